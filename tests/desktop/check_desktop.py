#!/usr/bin/python3
"""Desktop integration, as a distribution installs it: `meson install --destdir` into a
temporary directory, then every installed file is checked the way the desktop reads it.

    check_desktop.py BUILD_DIR PREFIX BINDIR SYSCONFDIR APP_ID [--expect-tray]

- the menu entry and the XDG autostart entry pass desktop-file-validate, run an installed
  binary, show an installed icon, and carry their French translation;
- the AppStream metadata passes `appstreamcli validate --no-net`, launches the installed menu
  entry and is translated into French;
- the GSettings schema compiles with `glib-compile-schemas --strict`;
- the D-Bus service file activates the installed daemon under the bus name the daemon owns,
  through the systemd unit; the unit starts the same binary, waits for that bus name, and
  belongs to the graphical session (`systemd-analyze verify --user` when it can run here);
- the icons, the translations and the programs landed where the desktop looks for them.
"""

import configparser
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET

BUILD_DIR, PREFIX, BINDIR, SYSCONFDIR, APP_ID = sys.argv[1:6]
EXPECT_TRAY = "--expect-tray" in sys.argv[6:]
DEST = None  # the destdir, set up once


def installed(path):
    """The file that `meson install` put at the absolute path `path`."""
    return os.path.join(DEST, path.lstrip("/"))


def read_ini(path, strict=True):
    parser = configparser.ConfigParser(interpolation=None, strict=strict, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    with open(path, encoding="utf-8") as f:
        parser.read_file(f)
    return parser


def run(argv, **kwargs):
    return subprocess.run(argv, capture_output=True, text=True, timeout=120, **kwargs)


def setUpModule():
    global DEST
    DEST = tempfile.mkdtemp(prefix="voile-destdir-")
    meson = shutil.which("meson") or "meson"
    r = run([meson, "install", "-C", BUILD_DIR, "--no-rebuild", "--quiet", "--destdir", DEST])
    if r.returncode != 0:
        raise RuntimeError("meson install failed:\n" + r.stdout + r.stderr)


def tearDownModule():
    if DEST:
        shutil.rmtree(DEST, ignore_errors=True)


APPLICATIONS = os.path.join(PREFIX, "share", "applications")
DESKTOP = os.path.join(APPLICATIONS, APP_ID + ".desktop")
AUTOSTART = os.path.join(SYSCONFDIR, "xdg", "autostart", APP_ID + "-autostart.desktop")
METAINFO = os.path.join(PREFIX, "share", "metainfo", APP_ID + ".metainfo.xml")
DBUS_SERVICE = os.path.join(PREFIX, "share", "dbus-1", "services", APP_ID + ".service")
SCHEMAS = os.path.join(PREFIX, "share", "glib-2.0", "schemas")
DAEMON = os.path.join(BINDIR, "voile-daemon")


def find_unit():
    """The user unit, wherever systemd's pkg-config told meson to put it."""
    for root, _, files in os.walk(DEST):
        if "voile-daemon.service" in files and os.sep + "user" in root:
            return os.path.join(root, "voile-daemon.service")
    return None


class InstalledFiles(unittest.TestCase):
    def test_programs(self):
        for name in ("voile", "voile-daemon"):
            path = installed(os.path.join(BINDIR, name))
            self.assertTrue(os.access(path, os.X_OK), f"{name} is not installed in {BINDIR}")
        if EXPECT_TRAY:
            found = [os.path.join(r, f) for r, _, fs in os.walk(DEST) for f in fs
                     if f == "voile-tray"]
            self.assertTrue(found, "voile-tray is not installed")

    def test_icons(self):
        hicolor = installed(os.path.join(PREFIX, "share", "icons", "hicolor"))
        for rel in (f"scalable/apps/{APP_ID}.svg", f"symbolic/apps/{APP_ID}-symbolic.svg"):
            path = os.path.join(hicolor, rel)
            self.assertTrue(os.path.isfile(path), f"icon {rel} is not installed")
            ET.parse(path)  # well-formed SVG

    def test_translations(self):
        mo = installed(os.path.join(PREFIX, "share", "locale", "fr", "LC_MESSAGES", "voile.mo"))
        self.assertTrue(os.path.isfile(mo), "the French translation is not installed")

    def test_schema_compiles_strictly(self):
        schemas = installed(SCHEMAS)
        self.assertTrue(os.path.isfile(os.path.join(schemas, APP_ID + ".gschema.xml")))
        r = run(["glib-compile-schemas", "--strict", "--dry-run", schemas])
        self.assertEqual(r.returncode, 0, r.stderr)


class DesktopEntries(unittest.TestCase):
    def validate(self, path):
        r = run(["desktop-file-validate", path])
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        for line in (r.stdout + r.stderr).splitlines():
            self.assertNotIn("error:", line)

    def entry(self, path):
        self.assertTrue(os.path.isfile(installed(path)), f"{path} is not installed")
        self.validate(installed(path))
        return read_ini(installed(path))["Desktop Entry"]

    def check_exec(self, exec_line):
        program = exec_line.split()[0]
        self.assertTrue(os.path.isabs(program), f"Exec={exec_line} is not an absolute path")
        self.assertTrue(os.access(installed(program), os.X_OK), f"{program} is not installed")

    def check_icon(self, icon):
        hicolor = installed(os.path.join(PREFIX, "share", "icons", "hicolor"))
        found = [f for _, _, fs in os.walk(hicolor) for f in fs if os.path.splitext(f)[0] == icon]
        self.assertTrue(found, f"no installed icon named {icon}")

    def test_menu_entry(self):
        e = self.entry(DESKTOP)
        self.assertEqual(e["Type"], "Application")
        self.assertEqual(e["Name"], "Voile")
        self.check_exec(e["Exec"])
        self.assertEqual(e["Exec"].split()[0], DAEMON)
        self.check_icon(e["Icon"])
        self.assertIn("Comment[fr]", e)
        self.assertNotEqual(e["Comment[fr]"], e["Comment"])
        self.assertIn("presse-papiers", e["Keywords[fr]"])
        # D-Bus activation: the desktop calls the app by the desktop file's name.
        self.assertEqual(e["DBusActivatable"], "true")
        self.assertTrue(os.path.isfile(installed(DBUS_SERVICE)))

    def test_autostart_entry(self):
        e = self.entry(AUTOSTART)
        self.check_exec(e["Exec"])
        self.assertEqual(e["Exec"].split()[0], DAEMON)
        self.assertEqual(e["NoDisplay"], "true")
        self.assertNotEqual(e.get("Hidden", "false"), "true")
        self.assertIn("Comment[fr]", e)


class AppStream(unittest.TestCase):
    def test_metainfo(self):
        path = installed(METAINFO)
        self.assertTrue(os.path.isfile(path), "the metainfo is not installed")
        r = run(["appstreamcli", "validate", "--no-net", path])
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        root = ET.parse(path).getroot()
        self.assertEqual(root.findtext("id"), APP_ID)
        launchable = root.find("launchable")
        self.assertEqual(launchable.text, os.path.basename(DESKTOP))
        self.assertTrue(os.path.isfile(installed(DESKTOP)))
        lang = "{http://www.w3.org/XML/1998/namespace}lang"
        french = [e for e in root.iter() if e.get(lang) == "fr"]
        tags = {e.tag for e in french}
        self.assertIn("summary", tags, "no French summary")
        self.assertIn("p", tags, "no French description")


class Activation(unittest.TestCase):
    def test_dbus_service(self):
        path = installed(DBUS_SERVICE)
        self.assertTrue(os.path.isfile(path), "the D-Bus service file is not installed")
        service = read_ini(path)["D-BUS Service"]
        # dbus-daemon only finds a service whose file is named after the bus name.
        self.assertEqual(service["Name"], APP_ID)
        self.assertEqual(os.path.basename(path), service["Name"] + ".service")
        self.assertEqual(service["Exec"].split()[0], DAEMON)
        self.assertTrue(os.access(installed(DAEMON), os.X_OK))
        self.assertEqual(service["SystemdService"], "voile-daemon.service")
        self.assertIsNotNone(find_unit(), "the unit named by SystemdService is not installed")

    def test_systemd_unit(self):
        path = find_unit()
        self.assertIsNotNone(path, "the systemd user unit is not installed")
        unit = read_ini(path, strict=False)
        self.assertEqual(unit["Service"]["Type"], "dbus")
        self.assertEqual(unit["Service"]["BusName"], APP_ID)
        self.assertEqual(unit["Service"]["ExecStart"].split()[0], DAEMON)
        self.assertIn("graphical-session.target", unit["Unit"]["PartOf"].split())
        self.assertIn("graphical-session.target", unit["Install"]["WantedBy"].split())

    def test_systemd_analyze_verify(self):
        if shutil.which("systemd-analyze") is None:
            self.skipTest("systemd-analyze is not installed")
        with tempfile.TemporaryDirectory(prefix="voile-unit-") as tmp:
            runtime = os.path.join(tmp, "runtime")
            os.mkdir(runtime, 0o700)
            # Verify the unit as installed, with ExecStart pointing into the destdir (verify
            # checks the program exists).
            with open(find_unit()) as f:
                text = f.read().replace("ExecStart=" + DAEMON, "ExecStart=" + installed(DAEMON))
            unit = os.path.join(tmp, "voile-daemon.service")
            with open(unit, "w") as f:
                f.write(text)
            env = dict(os.environ, XDG_RUNTIME_DIR=runtime, SYSTEMD_LOG_COLOR="0")
            r = run(["systemd-analyze", "verify", "--user", unit], env=env)
            if "Failed to initialize manager" in r.stderr:
                self.skipTest("systemd-analyze cannot run a user manager here")
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(r.stderr.strip(), "", "systemd-analyze has complaints")


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1] + ["-v"])
