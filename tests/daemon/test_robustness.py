#!/usr/bin/python3
"""Bad input and a hostile desktop: after each, the daemon is up, answers on D-Bus, still
works, and the user's clipboard is intact."""

import os
import subprocess
import time
import unittest

from voile_harness import SessionTestCase, wait_until

EMAIL = "sophie.leroy@example.fr"
TEXT = f"Rappeler {EMAIL} demain matin."


class RobustnessTest(SessionTestCase):
    session_args = dict(notifications="actions", lang="en")

    def assert_still_works(self):
        """Up, answering, and a normal copy is still noticed."""
        s = self.s
        self.assertTrue(s.daemon_alive(), "the daemon died or stopped answering")
        s.clear_notifications()
        marker = f"{TEXT} {time.monotonic_ns()}"
        s.copy(marker)
        [n] = s.wait_notifications(1, timeout=15)
        self.assertIn("anonymize", n.action_ids)
        self.assertEqual(s.read_clipboard(), marker)

    def test_memory_stays_out_of_core_dumps(self):
        """What the daemon holds (the clipboard, the mapping) never lands in a core dump;
        that no other process may read it is tested on `voile` (tests/cli, PrivateMemory)."""
        with open(f"/proc/{self.s.daemon.pid}/limits") as f:
            self.assertRegex(f.read(), r"Max core file size\s+0\s+0\s")
        self.assert_still_works()

    def test_20_mb_copy(self):
        s = self.s
        big = ("Ligne sans rien de personnel, juste du remplissage. " * 20)[:1000] + "\n"
        data = (big * (20 * 1024 * 1024 // len(big) + 1))[: 20 * 1024 * 1024 - len(EMAIL)]
        data += EMAIL
        started = time.monotonic()
        s.copy(data)
        [n] = s.wait_notifications(1, timeout=30)
        self.assertNotIn(EMAIL, n.summary + n.body)
        self.assertNotIn("anonymize", n.action_ids)
        self.assertIn("too large", n.summary)
        self.assertTrue(s.daemon_alive())
        self.assertLess(time.monotonic() - started, 30)
        # The user's copy is untouched. xclip serves one transfer at a time and drops other
        # requests meanwhile: the daemon finishes taking (and dropping) the chunks of the
        # transfer it gave up past the cap, so ask again until xclip is free (on a loaded
        # machine a read may also end early, cut by that transfer: ask again too; under
        # AddressSanitizer that transfer has taken more than 30 s once).
        copied = None
        for _ in range(12):
            try:
                copied = s.read_clipboard(raw=True, timeout=5)
            except subprocess.TimeoutExpired:
                continue
            if len(copied) == len(data.encode()):
                break
            time.sleep(1)
        self.assertEqual(len(copied), len(data.encode()))
        # Said once: a second big copy raises nothing.
        s.copy(data + "x")
        s.assert_no_new_notification(3.0)
        self.assert_still_works()

    def test_3_mb_copy_under_the_cap(self):
        s = self.s
        filler = ("Compte rendu de réunion sans donnée personnelle. " * 40)[:2000] + "\n"
        data = filler * (3 * 1024 * 1024 // len(filler)) + f"Contact : {EMAIL}\n"
        s.copy(data)
        [n] = s.wait_notifications(1, timeout=30)
        self.assertIn("1 email", n.body)
        s.invoke_notification_action(n, "anonymize")
        text = s.wait_clipboard(lambda t: t != data, timeout=30)
        self.assertTrue(text.endswith("Contact : [EMAIL_1]\n"))
        self.assertEqual(len(text), len(data) - len(EMAIL) + len("[EMAIL_1]"))

    def test_invalid_utf8_and_nul_bytes(self):
        s = self.s
        data = b"Caf\xe9 cr\xe8me \xff\xfe\x00 ok " + EMAIL.encode() + b" \xc3\x28 fin\x00\x00"
        s.copy(data)
        time.sleep(2.0)
        self.assertTrue(s.daemon_alive())
        self.assertEqual(s.read_clipboard(raw=True), data)
        # Binary noise claimed as text.
        s.copy(os.urandom(200_000))
        time.sleep(1.5)
        self.assert_still_works()

    def test_owner_exits_mid_read(self):
        s = self.s
        owner = s.copy_targets({"UTF8_STRING": TEXT, "text/plain;charset=utf-8": TEXT},
                               die_on_request=True)
        wait_until(lambda: owner.poll() is not None, 15, what="the owner to die on the request")
        self.assertTrue(s.daemon_alive())
        self.assert_still_works()

    def test_notification_server_goes_away(self):
        s = self.s
        s.copy(TEXT)
        s.wait_notifications(1)
        s.stop_notification_server()
        s.wait_action_state("status", lambda st: st["notifications"] == "none")
        s.copy(TEXT + " encore")
        time.sleep(1.5)
        self.assertTrue(s.daemon_alive())
        # Commands stay reachable without notifications.
        wait_until(lambda: s.status()["has-pending"], 5, what="the copy to be pending")
        s.activate("anonymize")
        self.assertIn("[EMAIL_1]", s.wait_clipboard(lambda t: EMAIL not in t))
        # The server comes back: notifications with buttons again.
        s.start_notification_server("actions")
        s.wait_action_state("status", lambda st: st["notifications"] == "actions", timeout=10)
        self.assert_still_works()


class SizeCapTest(SessionTestCase):
    session_args = dict(notifications="actions", settings={"max-size": "uint32 2048"})

    def test_max_size_setting(self):
        s = self.s
        s.copy(("x" * 3000) + " " + EMAIL)
        [n] = s.wait_notifications(1)
        self.assertIn("too large", n.summary)
        self.assertIn("2.0\u00a0kB", n.body)
        self.assertNotIn(EMAIL, n.summary + n.body)
        s.clear_notifications()
        s.copy(TEXT)
        [n] = s.wait_notifications(1)
        self.assertIn("anonymize", n.action_ids)


class NoNotificationServerTest(SessionTestCase):
    session_args = dict(notifications=None, lang="en")

    def test_runs_without_notification_server(self):
        s = self.s
        self.assertEqual(s.status()["notifications"], "none")
        s.copy(TEXT)
        wait_until(lambda: s.status()["has-pending"], 10, what="the copy to be pending")
        self.assertTrue(s.daemon_alive())
        s.activate("anonymize")
        self.assertIn("[EMAIL_1]", s.wait_clipboard(lambda t: EMAIL not in t))
        s.activate("undo")
        s.wait_clipboard(lambda t: t == TEXT)
        self.assertTrue(s.daemon_alive())


class NoActionsServerTest(SessionTestCase):
    session_args = dict(notifications="no-actions", lang="en")

    def test_server_without_buttons(self):
        s = self.s
        self.assertEqual(s.status()["notifications"], "no-actions")
        s.copy(TEXT)
        [n] = s.wait_notifications(1)
        self.assertEqual(n.actions, {})
        self.assertIn("1 email", n.body)
        s.activate("anonymize")
        self.assertIn("[EMAIL_1]", s.wait_clipboard(lambda t: EMAIL not in t))


if __name__ == "__main__":
    unittest.main()
