"""python3-dbusmock template: a stand-in tray host (org.kde.StatusNotifierWatcher).

    python3 -m dbusmock --session -t tests/tray/snwatcher.py

It records what a panel's watcher would: every RegisterStatusNotifierItem() as "sender/path"
(the spec allows a bus name or an object path; an object path means "on the caller's
connection"), exposed in the RegisteredStatusNotifierItems property, plus the usual signal.
Items are not dropped when their owner leaves: tests compare lists before and after.
"""

import dbus
import dbus.service

from dbusmock import mockobject

BUS_NAME = "org.kde.StatusNotifierWatcher"
MAIN_OBJ = "/StatusNotifierWatcher"
MAIN_IFACE = "org.kde.StatusNotifierWatcher"
SYSTEM_BUS = False


def load(mock, parameters):
    mock.AddProperties(MAIN_IFACE, {
        "RegisteredStatusNotifierItems": dbus.Array([], signature="s"),
        "IsStatusNotifierHostRegistered": dbus.Boolean(True),
        "ProtocolVersion": dbus.Int32(0),
    })


@dbus.service.method(MAIN_IFACE, in_signature="s", out_signature="", sender_keyword="sender")
def RegisterStatusNotifierItem(self, service, sender=None):
    if service.startswith("/"):
        item = f"{sender}{service}"
    else:
        item = f"{service}/StatusNotifierItem"
    items = list(self.Get(MAIN_IFACE, "RegisteredStatusNotifierItems"))
    items.append(item)
    self.UpdateProperties(MAIN_IFACE, {
        "RegisteredStatusNotifierItems": dbus.Array(items, signature="s")})
    self.EmitSignal(MAIN_IFACE, "StatusNotifierItemRegistered", "s", [item])


@dbus.service.method(MAIN_IFACE, in_signature="s", out_signature="")
def RegisterStatusNotifierHost(self, service):
    pass
