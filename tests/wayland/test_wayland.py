#!/usr/bin/python3
"""The core scenario on Wayland: the real voile-daemon under a headless sway (wlroots, with
data-control), wl-copy / wl-paste as the user's programs, a private session bus and
python3-dbusmock's notification server.

sway refuses to run as root, and CI runs as root: then this script copies what it needs
(the daemon, the compiled schema, the translations, the harness) into a directory any user
can read and runs itself again as an unprivileged user (voile-ci, created when missing).
"""

import glob
import os
import pwd
import shutil
import stat
import subprocess
import sys
import tempfile
import time
import unittest

CI_USER = "voile-ci"
HERE = os.path.dirname(os.path.abspath(__file__))


# ---- running as an unprivileged user ---------------------------------------------------------

def _copy_readable(src, dst):
    if os.path.isdir(src):
        shutil.copytree(src, dst, dirs_exist_ok=True)
    else:
        shutil.copy2(src, dst)
    for root, dirs, files in os.walk(dst) if os.path.isdir(dst) else [(None, [], [])]:
        for d in dirs:
            os.chmod(os.path.join(root, d), 0o755)
        for f in files:
            path = os.path.join(root, f)
            os.chmod(path, os.stat(path).st_mode | stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    if os.path.isfile(dst):
        os.chmod(dst, os.stat(dst).st_mode | stat.S_IRGRP | stat.S_IROTH)


def run_as_unprivileged_user():
    """Runs this script again as CI_USER; returns its exit status."""
    try:
        pwd.getpwnam(CI_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent",
                        "--shell", "/usr/sbin/nologin", CI_USER], check=True)
    stage = tempfile.mkdtemp(prefix="voile-wayland-")
    try:
        os.chmod(stage, 0o755)
        daemon = os.path.join(stage, "voile-daemon")
        shutil.copy2(os.environ["VOILE_DAEMON"], daemon)
        os.chmod(daemon, 0o755)
        schemas = os.path.join(stage, "schemas")
        os.mkdir(schemas, 0o755)
        _copy_readable(os.path.join(os.environ["GSETTINGS_SCHEMA_DIR"], "gschemas.compiled"),
                       os.path.join(schemas, "gschemas.compiled"))
        locale = os.path.join(stage, "locale")
        if os.path.isdir(os.environ.get("VOILE_LOCALEDIR", "")):
            _copy_readable(os.environ["VOILE_LOCALEDIR"], locale)
        harness = os.path.join(stage, "harness")
        os.mkdir(harness, 0o755)
        for path in os.environ.get("PYTHONPATH", "").split(os.pathsep):
            if os.path.isdir(path):
                for name in os.listdir(path):
                    if name.endswith(".py"):
                        _copy_readable(os.path.join(path, name), os.path.join(harness, name))
        script = os.path.join(stage, os.path.basename(__file__))
        _copy_readable(os.path.abspath(__file__), script)

        env = {
            "PATH": "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin",
            "LANG": os.environ.get("LANG", "C.UTF-8"),
            "VOILE_DAEMON": daemon,
            "GSETTINGS_SCHEMA_DIR": schemas,
            "VOILE_LOCALEDIR": locale,
            "PYTHONPATH": harness,
            "PYTHONDONTWRITEBYTECODE": "1",
            "ASAN_OPTIONS": os.environ.get("ASAN_OPTIONS", "detect_leaks=0"),
            "UBSAN_OPTIONS": os.environ.get("UBSAN_OPTIONS", "print_stacktrace=1"),
            "VOILE_TEST_UNPRIVILEGED": "1",
        }
        argv = ["runuser", "-u", CI_USER, "--", "env", "-i"]
        argv += [f"{k}={v}" for k, v in env.items()]
        argv += ["/usr/bin/python3", script] + sys.argv[1:]
        return subprocess.run(argv, cwd=stage).returncode
    finally:
        shutil.rmtree(stage, ignore_errors=True)


if __name__ == "__main__" and os.getuid() == 0:
    sys.exit(run_as_unprivileged_user())

from voile_harness import Session, SessionTestCase, wait_until  # noqa: E402

EMAIL = "marie.dupont@example.org"
PHONE = "06 12 34 56 78"
IBAN = "FR76 3000 6000 0112 3456 7890 189"
PERSONAL = (f"Bonjour,\nMerci d'écrire à {EMAIL} ou d'appeler le {PHONE}.\n"
            f"Virement sur l'IBAN {IBAN}.\n")
VALUES = [EMAIL, PHONE, IBAN, "marie", "dupont", "3000 6000", "12 34 56"]
CLEAN = "The meeting moved to Thursday; bring the slides and the budget draft."

SWAY_CONFIG = """# Headless sway for Voile's tests: no bar, no Xwayland, nothing else.
xwayland disable
output HEADLESS-1 resolution 1280x800
"""


class SwaySession(Session):
    """A harness Session without Xvfb, with a headless sway in its XDG_RUNTIME_DIR; the daemon
    runs on Wayland (GDK_BACKEND=wayland) and picks the data-control backend."""

    def __init__(self, **kwargs):
        super().__init__(x11=False, start_daemon=False,
                         extra_env={"GDK_BACKEND": "wayland"}, **kwargs)
        self.wl_copy_buffers = set()

    def _setup(self):
        super()._setup()
        self._start_sway()
        self.start_daemon()

    def _start_sway(self):
        config = os.path.join(self.tmp, "sway.conf")
        with open(config, "w") as f:
            f.write(SWAY_CONFIG)
        runtime = self.env["XDG_RUNTIME_DIR"]
        env = dict(self.env)
        env.update({"WLR_BACKENDS": "headless", "WLR_LIBINPUT_NO_DEVICES": "1",
                    "WLR_RENDERER": "pixman"})
        log = open(os.path.join(self.tmp, "sway.log"), "wb")
        self.sway = self._spawn(["sway", "-c", config], env=env, stdout=log,
                                stderr=subprocess.STDOUT)
        log.close()

        def socket():
            if self.sway.poll() is not None:
                raise RuntimeError("sway exited:\n" + self.sway_log())
            names = [n for n in os.listdir(runtime)
                     if n.startswith("wayland-") and not n.endswith(".lock")]
            return names[0] if names else None
        self.env["WAYLAND_DISPLAY"] = wait_until(socket, 20, what="sway's Wayland socket")
        # The socket exists before sway serves it: wait for a client to get through.
        wait_until(lambda: subprocess.run(["wl-paste", "--list-types"], env=self.env,
                                          capture_output=True, timeout=10).returncode
                   in (0, 1) and self.sway.poll() is None, 10, what="sway to answer")

    def _teardown(self, failed):
        # wl-copy serves from a background child that may outlive sway: end ours.
        runtime = (self.env or {}).get("XDG_RUNTIME_DIR")
        for pid in self.processes_with_argument("wl-copy") if runtime else []:
            try:
                with open(f"/proc/{pid}/environ", "rb") as f:
                    if f"XDG_RUNTIME_DIR={runtime}".encode() in f.read().split(b"\0"):
                        os.kill(pid, 15)
            except OSError:
                continue
        super()._teardown(failed)
        for path in self.wl_copy_buffers:
            shutil.rmtree(path, ignore_errors=True)

    def sway_log(self):
        try:
            with open(os.path.join(self.tmp, "sway.log"), "rb") as f:
                return f.read().decode("utf-8", "replace")
        except OSError:
            return ""

    # ---- the Wayland clipboard, as the user's programs see it ------------------------------

    def copy(self, data, mime="text/plain", selection="clipboard", wait=True):
        """wl-copy serves data (text through argv, bytes through stdin) until the next copy."""
        argv = ["wl-copy", "--type", mime]
        if selection == "primary":
            argv.insert(1, "--primary")
        # wl-copy's background server complains on stderr when sway goes away: not ours.
        if isinstance(data, str):
            subprocess.run(argv + ["--", data], env=self.env, check=True, timeout=10,
                           stderr=subprocess.DEVNULL)
        else:
            # wl-copy 2.1 keeps its standard input in /tmp/wl-copy-buffer-*: removed at the end.
            before = set(glob.glob("/tmp/wl-copy-buffer-*"))
            subprocess.run(argv, input=data, env=self.env, check=True, timeout=10,
                           stderr=subprocess.DEVNULL)
            self.wl_copy_buffers |= set(glob.glob("/tmp/wl-copy-buffer-*")) - before

    def read_clipboard(self, mime="text/plain", selection="clipboard"):
        argv = ["wl-paste", "--no-newline", "--type", mime]
        if selection == "primary":
            argv.insert(1, "--primary")
        r = subprocess.run(argv, env=self.env, capture_output=True, timeout=10)
        return r.stdout.decode("utf-8", "replace") if r.returncode == 0 else None

    def clipboard_types(self):
        r = subprocess.run(["wl-paste", "--list-types"], env=self.env, capture_output=True,
                           timeout=10)
        return set(r.stdout.decode().split()) if r.returncode == 0 else set()

    def wait_clipboard(self, predicate, mime="text/plain", timeout=10.0):
        def check():
            text = self.read_clipboard(mime)
            return text if text is not None and predicate(text) else None
        return wait_until(check, timeout, what="the Wayland clipboard to change")

    def processes_with_argument(self, needle):
        """Pids of processes whose command line contains needle."""
        found = []
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    if needle.encode() in f.read():
                        found.append(int(pid))
            except OSError:
                continue
        return found

    def daemon_children(self, prefix):
        """Pids of the daemon's child processes whose command line starts with prefix."""
        found = []
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                with open(f"/proc/{pid}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    cmdline = f.read().split(b"\0")
            except (OSError, ValueError, IndexError):
                continue
            if (ppid == self.daemon.pid
                    and [a.decode() for a in cmdline[:len(prefix)]] == prefix):
                found.append(int(pid))
        return found


def assert_no_value(testcase, text, what):
    lowered = text.lower()
    for value in VALUES:
        testcase.assertNotIn(value.lower(), lowered, f"{what} leaks a personal value")


class WaylandTest(SessionTestCase):
    session_args = dict(notifications="actions", lang="en")

    def setUp(self):
        self.s = SwaySession(**self.session_args).__enter__()

    def test_backend_is_data_control(self):
        self.assertEqual(self.s.status()["backend"], "wayland-data-control")
        # The daemon speaks data-control itself: no helper process, nothing polled.
        self.s.copy(CLEAN)
        time.sleep(1.0)
        self.assertEqual(self.s.daemon_children(["wl-paste"]), [])
        self.assertEqual(self.s.daemon_children(["wl-copy"]), [])

    def test_copy_anonymize_undo(self):
        s = self.s
        s.copy(PERSONAL)
        [n] = s.wait_notifications(1)
        s.assert_no_new_notification(1.0)
        self.assertEqual(n.action_ids, {"anonymize", "preview", "ignore"})
        assert_no_value(self, n.summary + " " + n.body, "the notification")
        self.assertIn("1 email", n.body)

        s.invoke_notification_action(n, "anonymize")
        text = s.wait_clipboard(lambda t: t != PERSONAL)
        for placeholder in ("[EMAIL_1]", "[PHONE_1]", "[IBAN_1]"):
            self.assertIn(placeholder, text)
        assert_no_value(self, text, "the anonymized clipboard")
        self.assertTrue(text.startswith("Bonjour,\nMerci d'écrire à "), "text around kept")
        # Every text flavour a paste target may ask for holds the anonymized text.
        self.assertEqual(s.read_clipboard("text/plain;charset=utf-8"), text)
        self.assertEqual(s.read_clipboard("UTF8_STRING"), text)
        self.assertNotIn("text/html", s.clipboard_types())
        # Served from the daemon's memory: no helper process holds the text in its arguments.
        self.assertFalse(s.processes_with_argument("[EMAIL_1]"), "text visible in a command line")

        confirm = s.wait_notifications(2)[-1]
        self.assertEqual(confirm.action_ids, {"undo"})
        assert_no_value(self, confirm.summary + " " + confirm.body, "the confirmation")
        # Another program (a clipboard manager) re-publishes Voile's output: nothing raised.
        s.copy(text)
        s.assert_no_new_notification(1.5)
        s.invoke_notification_action(confirm, "undo")
        self.assertEqual(s.wait_clipboard(lambda t: t == PERSONAL), PERSONAL)
        # Our own publications (anonymized text, original put back) raise nothing.
        s.assert_no_new_notification(2.0)
        self.assertEqual(len(s.notifications()), 2)
        assert_no_value(self, s.daemon_log(), "the daemon's debug log")

    def test_html_flavour_is_anonymized_too(self):
        s = self.s
        html = (f'<meta charset="utf-8"><p>Contact: <a href="mailto:{EMAIL}">{EMAIL}</a>, '
                f'<b>{PHONE}</b></p>')
        s.copy(html, mime="text/html")  # wl-copy offers it as text/html and as text/plain
        [n] = s.wait_notifications(1)
        s.invoke_notification_action(n, "anonymize")
        s.wait_clipboard(lambda t: t != html)
        self.assertIn("text/html", s.clipboard_types())
        for mime in ("text/html", "text/plain", "text/plain;charset=utf-8"):
            flavour = s.read_clipboard(mime)
            self.assertIsNotNone(flavour, f"{mime} not offered")
            self.assertIn("[EMAIL_1]", flavour)
            assert_no_value(self, flavour, f"the {mime} flavour")
        s.assert_no_new_notification(1.0)

    def test_nothing_personal_raises_nothing(self):
        s = self.s
        s.copy(CLEAN)
        s.assert_no_new_notification(2.0)
        self.assertTrue(s.daemon_alive())
        self.assertEqual(s.read_clipboard(), CLEAN)

    def test_non_text_then_text(self):
        # wl-paste --type text --watch would die here; our watcher must keep going.
        s = self.s
        s.copy(b"\x89PNG\r\n\x1a\n" + EMAIL.encode(), mime="image/png")
        s.assert_no_new_notification(1.5)
        s.copy(f"/home/{EMAIL}/cv.pdf\r\n", mime="text/uri-list")
        s.assert_no_new_notification(1.5)
        s.copy(PERSONAL)
        [n] = s.wait_notifications(1)
        self.assertIn("anonymize", n.action_ids)

    def test_invalid_utf8_and_nul_bytes(self):
        s = self.s
        s.copy(b"\xff\xfe broken \xc3\x28 text\x00 with a NUL, write to " + EMAIL.encode()
               + b" \xe2\x82", mime="text/plain")
        [n] = s.wait_notifications(1)
        self.assertIn("1 email", n.body)
        assert_no_value(self, n.summary + " " + n.body, "the notification")
        self.assertTrue(s.daemon_alive())

    def test_password_manager_hint(self):
        s = self.s
        s.copy("secret", mime="x-kde-passwordManagerHint")
        s.assert_no_new_notification(2.0)
        self.assertIn("secret", s.daemon_log().lower(), "the copy was not seen as secret")
        self.assertTrue(s.daemon_alive())

    def test_too_big_is_left_alone_and_still_pasteable(self):
        s = self.s
        big = (f"{EMAIL} " + "x" * 1023 + "\n").encode() * (9 * 1024)  # 9 MB: over the cap
        s.copy(big, mime="text/plain")
        notes = s.wait_notifications(1)
        self.assertNotIn("anonymize", notes[0].action_ids)
        assert_no_value(self, notes[0].summary + " " + notes[0].body, "the notification")
        # The owner was not hurt by a reader that stopped early: the copy still pastes.
        time.sleep(0.5)
        r = subprocess.run(["wl-paste", "--no-newline", "--type", "text/plain"], env=s.env,
                           capture_output=True, timeout=20)
        self.assertEqual(r.stdout, big)
        self.assertTrue(s.daemon_alive())
        # Said once only.
        s.copy(big + b"more")
        s.assert_no_new_notification(2.0)

    def test_primary_is_opt_in(self):
        s = self.s
        from gi.repository import GLib
        s.copy(PERSONAL, selection="primary")
        s.assert_no_new_notification(1.5)
        s.set_action_state("watch-primary", GLib.Variant("b", True))
        s.wait_action_state("watch-primary", lambda v: v is True)
        s.copy(PERSONAL + "\n", selection="primary")
        [n] = s.wait_notifications(1)
        self.assertIn("anonymize", n.action_ids)


def main():
    for tool in ("sway", "wl-copy", "wl-paste"):
        if shutil.which(tool) is None:
            print(f"{tool} is not installed: skipped")
            sys.exit(77)
    unittest.main()


if __name__ == "__main__":
    main()
