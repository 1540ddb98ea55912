"""voile_harness — an isolated desktop session for Voile's end-to-end tests.

    from voile_harness import Session
    with Session(notifications="actions", lang="en") as s:
        s.copy("Write to marie.dupont@example.org")
        [n] = s.wait_notifications(1)
        s.invoke_notification_action(n, "anonymize")
        s.wait_clipboard(lambda text: "[EMAIL_1]" in text)

A Session makes a temporary HOME and XDG_RUNTIME_DIR, starts Xvfb on a free display
(-displayfd), a private session bus (no service activation, so nothing installed on the
machine can answer), python3-dbusmock's notification server (capabilities with or without
"actions"; None = no server at all), then the real voile-daemon from the build tree, and waits
until it owns io.github.voile.Voile. Everything is torn down on exit, also when a test fails;
the daemon's log is printed when the block raises.

Paths come from the environment that meson sets (tests/daemon/meson.build):
VOILE_DAEMON, VOILE_CLI, VOILE_TRAY (optional), GSETTINGS_SCHEMA_DIR, VOILE_LOCALEDIR.

Settings: GSETTINGS_BACKEND=keyfile in the temp HOME; Session(settings={"mode": "'auto'"})
writes GVariant text values before the daemon starts. At run time, change them the way a user
does: through the daemon's actions (set_action_state).
"""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import gi

gi.require_version("Gio", "2.0")
gi.require_version("GLib", "2.0")
from gi.repository import Gio, GLib  # noqa: E402

VOILE_NAME = "io.github.voile.Voile"
VOILE_PATH = "/io/github/voile/Voile"
VOILE_MENU_PATH = "/io/github/voile/Voile/menus/tray"
NOTIFY_NAME = "org.freedesktop.Notifications"
NOTIFY_PATH = "/org/freedesktop/Notifications"
MOCK_IFACE = "org.freedesktop.DBus.Mock"
SCHEMA_ID = "io.github.voile.Voile"
HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={dir}</listen>
  <auth>EXTERNAL</auth>
  {servicedirs}
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

ACTION_CAPS = "actions body body-markup icon-static persistence"
NO_ACTION_CAPS = "body body-markup icon-static"


def wait_until(predicate, timeout=10.0, interval=0.05, what="condition"):
    """Returns predicate()'s first true value; raises TimeoutError after timeout seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(interval)


class Notification:
    """One Notify() call received by the mock server."""

    def __init__(self, nid, args):
        self.id = nid
        self.app_name = args[0]
        self.replaces_id = args[1]
        self.icon = args[2]
        self.summary = args[3]
        self.body = args[4]
        flat = list(args[5])
        self.actions = dict(zip(flat[0::2], flat[1::2]))  # id -> label
        self.hints = dict(args[6])
        self.timeout = args[7]

    @property
    def action_ids(self):
        return set(self.actions)

    def __repr__(self):
        return (f"Notification(id={self.id}, summary={self.summary!r}, body={self.body!r}, "
                f"actions={sorted(self.actions)})")


class Session:
    def __init__(self, notifications="actions", lang="en", settings=None, start_daemon=True,
                 daemon_args=(), extra_env=None, service_dirs=(), x11=True):
        """notifications: "actions", "no-actions" or None (no notification server).
        lang: "en" or "fr". settings: {key: GVariant text} written before the start."""
        self.notifications_mode = notifications
        self.lang = lang
        self.settings = settings or {}
        self.start_daemon_at_enter = start_daemon
        self.daemon_args = list(daemon_args)
        self.extra_env = dict(extra_env or {})
        self.service_dirs = list(service_dirs)
        self.want_x11 = x11
        self.procs = []  # every helper process, killed at exit in reverse order
        self.daemon = None
        self.notify_proc = None
        self.bus = None
        self.display = None
        self.tmp = None
        self.env = None
        self._cleared = 0  # notifications before this index are forgotten

    # ---- set-up and tear-down -------------------------------------------------------------

    def __enter__(self):
        try:
            self._setup()
        except BaseException:
            self._teardown(failed=True)
            raise
        return self

    def __exit__(self, exc_type, exc, tb):
        self._teardown(failed=exc_type is not None)
        return False

    def _setup(self):
        self.tmp = tempfile.mkdtemp(prefix="voile-test-")
        home = os.path.join(self.tmp, "home")
        runtime = os.path.join(self.tmp, "runtime")
        for d in (home, runtime, os.path.join(home, ".config"), os.path.join(home, ".cache"),
                  os.path.join(home, ".local", "share")):
            os.makedirs(d, mode=0o700, exist_ok=True)
        os.chmod(runtime, 0o700)

        env = {k: v for k, v in os.environ.items()
               if k not in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS",
                            "XDG_SESSION_TYPE", "XDG_CURRENT_DESKTOP", "SESSION_MANAGER",
                            "GNOME_SETUP_DISPLAY", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
        env.update({
            "HOME": home,
            "XDG_RUNTIME_DIR": runtime,
            "XDG_CONFIG_HOME": os.path.join(home, ".config"),
            "XDG_CACHE_HOME": os.path.join(home, ".cache"),
            "XDG_DATA_HOME": os.path.join(home, ".local", "share"),
            "GSETTINGS_BACKEND": "keyfile",
            "GDK_BACKEND": "x11",
            "NO_AT_BRIDGE": "1",
            "GTK_A11Y": "none",
            "GIO_USE_VFS": "local",
            "ASAN_OPTIONS": "detect_leaks=0",
            "UBSAN_OPTIONS": "print_stacktrace=1",
            "G_MESSAGES_DEBUG": "all",
        })
        if self.lang == "fr":
            env.update({"LANG": "fr_FR.UTF-8", "LANGUAGE": "fr", "LC_ALL": "fr_FR.UTF-8"})
        else:
            env.update({"LANG": "en_US.UTF-8", "LANGUAGE": "en", "LC_ALL": "en_US.UTF-8"})
        env.update(self.extra_env)
        self.env = env

        if self.settings:
            self.write_settings(self.settings)
        if self.want_x11:
            self._start_xvfb()
        self._start_bus()
        if self.notifications_mode is not None:
            self.start_notification_server(self.notifications_mode)
        if self.start_daemon_at_enter:
            self.start_daemon()

    def _spawn(self, argv, **kwargs):
        kwargs.setdefault("env", self.env)
        kwargs.setdefault("stdin", subprocess.DEVNULL)
        kwargs.setdefault("start_new_session", True)
        proc = subprocess.Popen(argv, **kwargs)
        self.procs.append(proc)
        return proc

    def _start_xvfb(self):
        r, w = os.pipe()
        self._spawn(["Xvfb", "-displayfd", str(w), "-screen", "0", "1280x800x24", "-nolisten",
                     "tcp", "-noreset"], pass_fds=(w,), stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL)
        os.close(w)
        number = b""
        deadline = time.monotonic() + 20
        while not number.endswith(b"\n"):
            if time.monotonic() > deadline:
                raise TimeoutError("Xvfb did not start")
            chunk = os.read(r, 32)
            if not chunk:
                raise RuntimeError("Xvfb exited")
            number += chunk
        os.close(r)
        self.display = ":" + number.decode().strip()
        self.env["DISPLAY"] = self.display

    def _start_bus(self):
        busdir = os.path.join(self.tmp, "bus")
        os.mkdir(busdir)
        servicedirs = "".join(f"<servicedir>{d}</servicedir>" for d in self.service_dirs)
        config = os.path.join(self.tmp, "bus.conf")
        with open(config, "w") as f:
            f.write(BUS_CONFIG.format(dir=busdir, servicedirs=servicedirs))
        proc = self._spawn(["dbus-daemon", "--config-file=" + config, "--nofork",
                            "--print-address=1"], stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL)
        address = proc.stdout.readline().decode().strip()
        if not address:
            raise RuntimeError("dbus-daemon did not start")
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address
        self.bus = Gio.DBusConnection.new_for_address_sync(
            address,
            Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
            | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION, None, None)

    def _teardown(self, failed):
        if failed and self.daemon is not None:
            sys.stderr.write("---- voile-daemon log ----\n" + self.daemon_log() + "\n")
        for proc in reversed(self.procs):
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                except (ProcessLookupError, PermissionError):
                    proc.terminate()
        for proc in reversed(self.procs):
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    proc.kill()
                proc.wait()
            for stream in (proc.stdout, proc.stderr):
                if stream:
                    stream.close()
        self.procs = []
        if self.bus is not None:
            try:
                self.bus.close_sync(None)
            except GLib.Error:
                pass
            self.bus = None
        if self.tmp:
            shutil.rmtree(self.tmp, ignore_errors=True)
            self.tmp = None

    # ---- settings ---------------------------------------------------------------------------

    def write_settings(self, settings):
        """{key: GVariant text}, e.g. {"mode": "'auto'", "paused": "true"}; before start only."""
        path = os.path.join(self.env["XDG_CONFIG_HOME"], "glib-2.0", "settings")
        os.makedirs(path, exist_ok=True)
        with open(os.path.join(path, "keyfile"), "a") as f:
            f.write("[" + "/io/github/voile/Voile/".strip("/") + "]\n")
            for key, value in settings.items():
                f.write(f"{key}={value}\n")

    # ---- bus helpers ------------------------------------------------------------------------

    def name_has_owner(self, name):
        reply = self.bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus",
                                   "org.freedesktop.DBus", "NameHasOwner",
                                   GLib.Variant("(s)", (name,)), GLib.VariantType("(b)"),
                                   Gio.DBusCallFlags.NONE, 5000, None)
        return reply.unpack()[0]

    def call(self, name, path, iface, method, args=None, reply_type=None, timeout_ms=5000):
        reply = self.bus.call_sync(name, path, iface, method, args,
                                   GLib.VariantType(reply_type) if reply_type else None,
                                   Gio.DBusCallFlags.NO_AUTO_START, timeout_ms, None)
        return reply.unpack() if reply is not None else None

    # ---- notification server ----------------------------------------------------------------

    def start_notification_server(self, mode="actions"):
        caps = ACTION_CAPS if mode == "actions" else NO_ACTION_CAPS
        self.notify_proc = self._spawn(
            [PYTHON, "-m", "dbusmock", "--session", "-t", "notification_daemon", "-p",
             '{"capabilities": "%s"}' % caps],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_until(lambda: self.name_has_owner(NOTIFY_NAME), 20, what="the notification mock")

    def stop_notification_server(self):
        """The notification server goes away (its process is killed)."""
        proc = self.notify_proc
        if proc is not None and proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        self.notify_proc = None
        wait_until(lambda: not self.name_has_owner(NOTIFY_NAME), 10,
                   what="the notification server to leave the bus")

    def notifications(self):
        """Every Notify() call since the server started (or since clear_notifications())."""
        if self.notify_proc is None:
            return []
        calls = self.call(NOTIFY_NAME, NOTIFY_PATH, MOCK_IFACE, "GetMethodCalls",
                          GLib.Variant("(s)", ("Notify",)), "(a(tav))")[0]
        result = []
        next_id = 1
        for _, args in calls:
            # The mock returns replaces_id when set, else a counter from 1 (see its template).
            if args[1]:
                nid = args[1]
            else:
                nid = next_id
                next_id += 1
            result.append(Notification(nid, args))
        return result[self._cleared:]

    def clear_notifications(self):
        """Forget the notifications seen so far (ids keep counting)."""
        self._cleared += len(self.notifications())

    def close_calls(self):
        """Ids passed to CloseNotification()."""
        calls = self.call(NOTIFY_NAME, NOTIFY_PATH, MOCK_IFACE, "GetMethodCalls",
                          GLib.Variant("(s)", ("CloseNotification",)), "(a(tav))")[0]
        return [args[0] for _, args in calls]

    def wait_notifications(self, count, timeout=10.0):
        """Waits until at least count notifications arrived; returns them all."""
        return wait_until(lambda: (len(self.notifications()) >= count and self.notifications()),
                          timeout, what=f"{count} notification(s)")

    def assert_no_new_notification(self, seconds=1.5):
        """Waits a while and raises AssertionError if a notification arrives."""
        before = len(self.notifications())
        time.sleep(seconds)
        after = self.notifications()
        if len(after) != before:
            raise AssertionError(f"unexpected notification(s): {after[before:]}")

    def invoke_notification_action(self, notification, action_id):
        """What a click on a notification's button does: ActionInvoked, then NotificationClosed
        (reason 2, dismissed by the user)."""
        nid = notification.id if isinstance(notification, Notification) else int(notification)
        # A person takes longer than this to click; it lets the daemon take the server's reply
        # (the notification's id) before the signal that refers to it.
        time.sleep(0.3)
        self.call(NOTIFY_NAME, NOTIFY_PATH, MOCK_IFACE, "EmitSignal",
                  GLib.Variant("(sssav)", (NOTIFY_NAME, "ActionInvoked", "us",
                                           [GLib.Variant("u", nid),
                                            GLib.Variant("s", action_id)])))
        self.call(NOTIFY_NAME, NOTIFY_PATH, MOCK_IFACE, "EmitSignal",
                  GLib.Variant("(sssav)", (NOTIFY_NAME, "NotificationClosed", "uu",
                                           [GLib.Variant("u", nid), GLib.Variant("u", 2)])))

    # ---- the daemon -------------------------------------------------------------------------

    def start_daemon(self, args=None, wait=True):
        exe = os.environ.get("VOILE_DAEMON")
        if not exe:
            raise RuntimeError("VOILE_DAEMON is not set (run through meson test)")
        log = open(os.path.join(self.tmp, "daemon.log"), "ab")
        argv = [exe] + (self.daemon_args if args is None else list(args))
        self.daemon = self._spawn(argv, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        if wait:
            self.wait_daemon_ready()
        return self.daemon

    def wait_daemon_ready(self, timeout=20.0):
        def ready():
            if self.daemon.poll() is not None:
                raise RuntimeError(f"voile-daemon exited with {self.daemon.returncode}:\n"
                                   + self.daemon_log())
            return self.name_has_owner(VOILE_NAME)
        wait_until(ready, timeout, what="voile-daemon on the bus")
        # Notification buttons are only added once the server's capabilities are known.
        expected = {"actions": "actions", "no-actions": "no-actions", None: "none"}
        want = expected.get(self.notifications_mode if self.notify_proc else None)
        wait_until(lambda: (self.status() or {}).get("notifications") == want, timeout,
                   what=f"the daemon to see the notification server ({want})")

    def daemon_log(self):
        try:
            with open(os.path.join(self.tmp, "daemon.log"), "rb") as f:
                return f.read().decode("utf-8", "replace")
        except (OSError, TypeError):
            return ""

    def daemon_alive(self):
        """True when the process runs and answers on D-Bus (a round trip to its actions)."""
        if self.daemon is None or self.daemon.poll() is not None:
            return False
        try:
            self.call(VOILE_NAME, VOILE_PATH, "org.gtk.Actions", "List", None, "(as)")
            return True
        except GLib.Error:
            return False

    def stop_daemon(self):
        if self.daemon is not None and self.daemon.poll() is None:
            self.daemon.send_signal(signal.SIGTERM)
            self.daemon.wait(timeout=10)

    # ---- the daemon's actions (org.gtk.Actions) ---------------------------------------------

    def list_actions(self):
        return self.call(VOILE_NAME, VOILE_PATH, "org.gtk.Actions", "List", None, "(as)")[0]

    def describe_action(self, name):
        """(enabled, parameter type string, [state]) as unpacked Python values."""
        return self.call(VOILE_NAME, VOILE_PATH, "org.gtk.Actions", "Describe",
                         GLib.Variant("(s)", (name,)), "((bgav))")[0]

    def action_state(self, name):
        """The action's state, unpacked (e.g. status -> dict)."""
        reply = self.bus.call_sync(VOILE_NAME, VOILE_PATH, "org.gtk.Actions", "Describe",
                                   GLib.Variant("(s)", (name,)), GLib.VariantType("((bgav))"),
                                   Gio.DBusCallFlags.NO_AUTO_START, 5000, None)
        states = reply.get_child_value(0).get_child_value(2)
        if states.n_children() == 0:
            return None
        return states.get_child_value(0).get_variant().unpack()

    def status(self):
        return self.action_state("status")

    def activate(self, name, parameter=None):
        """parameter: a GLib.Variant or None."""
        params = [parameter] if parameter is not None else []
        self.call(VOILE_NAME, VOILE_PATH, "org.gtk.Actions", "Activate",
                  GLib.Variant("(sava{sv})", (name, params, {})))

    def set_action_state(self, name, value):
        """value: a GLib.Variant, e.g. GLib.Variant("s", "auto")."""
        self.call(VOILE_NAME, VOILE_PATH, "org.gtk.Actions", "SetState",
                  GLib.Variant("(sva{sv})", (name, value, {})))

    def wait_action_state(self, name, predicate, timeout=5.0):
        return wait_until(lambda: predicate(self.action_state(name)), timeout,
                          what=f"state of {name}")

    # ---- the command-line tool --------------------------------------------------------------

    def run_cli(self, args, check=False, timeout=20):
        exe = os.environ.get("VOILE_CLI")
        if not exe:
            raise RuntimeError("VOILE_CLI is not set")
        env = dict(self.env)
        env.pop("G_MESSAGES_DEBUG", None)  # GLib prints debug messages on stdout
        return subprocess.run([exe] + list(args), env=env, capture_output=True,
                              text=True, timeout=timeout, check=check)

    # ---- the X11 clipboard ------------------------------------------------------------------

    def copy(self, data, target=None, selection="clipboard", wait=True):
        """Puts data (str or bytes) on the selection with xclip, which serves it until another
        client takes the selection over. target: an X target such as text/html (default:
        xclip's UTF8_STRING and friends)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        argv = ["xclip", "-quiet", "-selection", selection, "-i"]
        if target:
            argv += ["-t", target]
        proc = self._spawn(argv, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE)
        proc.stdin.write(data)
        proc.stdin.close()
        if wait:
            # xclip -quiet says "Waiting for selection requests" once it owns the selection.
            line = proc.stderr.readline()
            if not line:
                raise RuntimeError("xclip failed to own the selection")
        return proc

    def copy_targets(self, offers, selection="CLIPBOARD", die_on_request=False, log=None):
        """Owns the selection with several targets at once: offers = {target: bytes or str}
        (e.g. {"UTF8_STRING": text, "text/html": html, "x-kde-passwordManagerHint": "secret"}).
        die_on_request: the owner exits without answering when asked for content.
        log: a file path where the owner writes each target it was asked for, one a line."""
        argv = [PYTHON, os.path.join(HERE, "xselection_owner.py"), "--selection", selection]
        if die_on_request:
            argv.append("--die-on-request")
        if log:
            argv += ["--log", log]
        for i, (target, value) in enumerate(offers.items()):
            path = os.path.join(self.tmp, f"offer-{time.monotonic_ns()}-{i}")
            with open(path, "wb") as f:
                f.write(value.encode("utf-8") if isinstance(value, str) else value)
            argv.append(f"{target}={path}")
        proc = self._spawn(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        if proc.stdout.readline().strip() != b"ready":
            raise RuntimeError("the selection owner did not start")
        return proc

    def read_clipboard(self, target="UTF8_STRING", selection="clipboard", raw=False,
                       timeout=20):
        """The selection's content as text (bytes when raw); None when nobody serves it.
        Raises subprocess.TimeoutExpired when the owner does not answer in time."""
        r = subprocess.run(["xclip", "-selection", selection, "-o", "-t", target],
                           env=self.env, capture_output=True, timeout=timeout)
        if r.returncode != 0:
            return None
        return r.stdout if raw else r.stdout.decode("utf-8", "replace")

    def clipboard_targets(self, selection="clipboard"):
        text = self.read_clipboard("TARGETS", selection)
        return set(text.split()) if text else set()

    def wait_clipboard(self, predicate, target="UTF8_STRING", timeout=10.0):
        """Waits until predicate(text) is true; returns the text."""
        def check():
            text = self.read_clipboard(target)
            return text if text is not None and predicate(text) else None
        return wait_until(check, timeout, what=f"clipboard ({target}) to change")


class SessionTestCase(__import__("unittest").TestCase):
    """A TestCase with a fresh Session per test (self.s); prints the daemon's log when a test
    fails. Subclasses set session_args = dict(notifications=..., lang=..., settings=...)."""

    session_args = {}

    def setUp(self):
        self.s = Session(**self.session_args).__enter__()

    def tearDown(self):
        result = getattr(getattr(self, "_outcome", None), "result", None)
        failed = result is not None and any(
            test is self for test, _ in list(result.errors) + list(result.failures))
        log = self.s.daemon_log()
        sanitizer = [line for line in log.splitlines()
                     if "runtime error:" in line or "AddressSanitizer" in line
                     or "LeakSanitizer" in line]
        self.s.__exit__(AssertionError if failed or sanitizer else None, None, None)
        if sanitizer:
            raise AssertionError("sanitizer report in the daemon's log:\n" + "\n".join(sanitizer))
