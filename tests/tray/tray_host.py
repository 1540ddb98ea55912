"""What a panel does with Voile's tray icon, for the tray tests: a stand-in tray host
(python3-dbusmock with snwatcher.py) and a reader for the registered items and their menus
over org.kde.StatusNotifierItem and com.canonical.dbusmenu."""

import os
import signal
import subprocess
import time

from gi.repository import Gio, GLib

from voile_harness import PYTHON, wait_until

WATCHER_NAME = "org.kde.StatusNotifierWatcher"
WATCHER_PATH = "/StatusNotifierWatcher"
ITEM_IFACE = "org.kde.StatusNotifierItem"
DBUSMENU_IFACE = "com.canonical.dbusmenu"
HERE = os.path.dirname(os.path.abspath(__file__))


class MenuItem:
    """One dbusmenu item: id, properties (unpacked) and children."""

    def __init__(self, item_id, props, children):
        self.id = item_id
        self.props = props
        self.children = children

    @property
    def label(self):
        return self.props.get("label", "")

    @property
    def visible(self):
        return self.props.get("visible", True)

    @property
    def enabled(self):
        return self.props.get("enabled", True)

    @property
    def toggle_type(self):
        return self.props.get("toggle-type", "")

    @property
    def toggled(self):
        return self.props.get("toggle-state", 0) == 1

    @property
    def is_separator(self):
        return self.props.get("type") == "separator"

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    def find(self, label):
        """The item with this label (mnemonic underscores ignored); KeyError when none."""
        for item in self.walk():
            if item.label.replace("_", "") == label:
                return item
        raise KeyError(f"no menu item {label!r} in {[i.label for i in self.walk()]}")

    def labels(self):
        return [i.label.replace("_", "") for i in self.walk() if i.label and i.visible]


def _parse_layout(variant):
    item_id, props, children = variant
    return MenuItem(item_id, props, [_parse_layout(c) for c in children])


class TrayHost:
    """The panel side, on the session's bus."""

    def __init__(self, session):
        self.session = session
        self.proc = None

    def start(self):
        self.proc = self.session._spawn(
            [PYTHON, "-m", "dbusmock", "--session", "-t", os.path.join(HERE, "snwatcher.py")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_until(lambda: self.session.name_has_owner(WATCHER_NAME), 20,
                   what="the StatusNotifierWatcher mock")

    def stop(self):
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        self.proc = None

    def items(self):
        """Every item registered so far, as (bus name, object path)."""
        reply = self.session.call(WATCHER_NAME, WATCHER_PATH, "org.freedesktop.DBus.Properties",
                                  "Get", GLib.Variant("(ss)", (WATCHER_NAME,
                                                               "RegisteredStatusNotifierItems")),
                                  "(v)")
        result = []
        for item in reply[0]:
            name, _, path = item.partition("/")
            result.append((name, "/" + path))
        return result

    def wait_item(self, known=(), timeout=15.0):
        """Waits for an item not in known; returns it."""
        def fresh():
            for item in self.items():
                if item not in known and self.session.name_has_owner(item[0]):
                    return item
            return None
        return wait_until(fresh, timeout, what="a tray item to register")

    def item_property(self, item, name):
        return self.session.call(item[0], item[1], "org.freedesktop.DBus.Properties", "Get",
                                 GLib.Variant("(ss)", (ITEM_IFACE, name)), "(v)")[0]

    def menu(self, item):
        """The item's whole menu, read with GetLayout."""
        path = self.item_property(item, "Menu")
        reply = self.session.call(item[0], path, DBUSMENU_IFACE, "GetLayout",
                                  GLib.Variant("(iias)", (0, -1, [])), "(u(ia{sv}av))")
        return _parse_layout(reply[1])

    def wait_menu(self, item, predicate, timeout=10.0, what="the tray menu"):
        """Waits until predicate(menu) is true; returns the menu."""
        last = []

        def check():
            try:
                menu = self.menu(item)
            except GLib.Error:
                return None
            last[:] = [menu]
            return menu if predicate(menu) else None
        try:
            return wait_until(check, timeout, what=what)
        except TimeoutError:
            if last:
                raise TimeoutError(f"timed out waiting for {what}; menu: "
                                   + repr([(i.label, i.toggle_type, i.props.get("toggle-state"),
                                            i.visible, i.enabled) for i in last[0].walk()]))
            raise

    def click(self, item, label):
        """What a click on a menu entry does: a dbusmenu "clicked" event."""
        path = self.item_property(item, "Menu")
        entry = self.menu(item).find(label)
        self.session.call(item[0], path, DBUSMENU_IFACE, "Event",
                          GLib.Variant("(isvu)", (entry.id, "clicked", GLib.Variant("s", ""),
                                                  int(time.time()))))

    def pid(self, item):
        return self.session.call("org.freedesktop.DBus", "/org/freedesktop/DBus",
                                 "org.freedesktop.DBus", "GetConnectionUnixProcessID",
                                 GLib.Variant("(s)", (item[0],)), "(u)")[0]


def children_named(pid, comm):
    """Pids of pid's child processes whose command name is comm."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        if ppid == pid and name == comm[:15]:
            found.append(int(entry))
    return found


def pid_alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            state = f.read().rsplit(")", 1)[1].split()[0]
        return state != "Z"
    except OSError:
        return False
