#!/usr/bin/python3
"""`voile status`, `voile pause [MINUTES]`, `voile resume`, `voile mode` and `voile forget` against
the real daemon."""

import json
import time
import unittest

from voile_harness import SessionTestCase, wait_until

TEXT = "Merci de répondre à paul.bernard@example.net avant vendredi."


class CliTest(SessionTestCase):
    session_args = dict(notifications="actions", lang="en")

    def status_json(self):
        r = self.s.run_cli(["status", "--json"])
        self.assertEqual(r.returncode, 0, r.stderr)
        return json.loads(r.stdout)

    def test_status(self):
        r = self.s.run_cli(["status"])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("ask", r.stdout)
        self.assertIn("Clipboard access: X11", r.stdout)
        st = self.status_json()
        self.assertEqual(st["mode"], "ask")
        self.assertEqual(st["backend"], "x11")
        self.assertFalse(st["paused"])
        self.assertEqual(st["notifications"], "actions")

    def test_pause_15_then_resume(self):
        s = self.s
        before = int(time.time())
        r = s.run_cli(["pause", "15"])
        self.assertEqual(r.returncode, 0, r.stderr)
        st = self.status_json()
        self.assertTrue(st["paused"])
        self.assertGreaterEqual(st["paused-until"], before + 15 * 60)
        self.assertTrue(s.action_state("paused"))
        s.copy(TEXT)
        s.assert_no_new_notification(2.0)

        r = s.run_cli(["resume"])
        self.assertEqual(r.returncode, 0, r.stderr)
        st = self.status_json()
        self.assertFalse(st["paused"])
        self.assertEqual(st["paused-until"], 0)
        s.copy(TEXT + " ")
        [n] = s.wait_notifications(1)
        self.assertIn("anonymize", n.action_ids)

    def test_pause_until_resumed(self):
        s = self.s
        r = s.run_cli(["pause"])
        self.assertEqual(r.returncode, 0, r.stderr)
        st = self.status_json()
        self.assertTrue(st["paused"])
        self.assertEqual(st["paused-until"], 0)
        s.run_cli(["resume"], check=True)
        self.assertFalse(self.status_json()["paused"])

    def test_mode_auto_then_back_to_ask(self):
        s = self.s
        r = s.run_cli(["mode"])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("Mode: ask (ask before anonymizing)", r.stdout)

        r = s.run_cli(["mode", "auto"])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("Mode: auto (anonymize automatically)", r.stdout)
        self.assertEqual(self.status_json()["mode"], "auto")
        # The daemon acts on it: the next copy is replaced at once.
        s.copy(TEXT)
        text = s.wait_clipboard(lambda t: t != TEXT)
        self.assertIn("[EMAIL_1]", text)
        self.assertNotIn("paul.bernard@example.net", text)

        s.run_cli(["mode", "ask"], check=True)
        self.assertEqual(self.status_json()["mode"], "ask")
        self.assertIn("Mode: ask", s.run_cli(["mode"]).stdout)

    def test_mode_refuses_an_unknown_mode(self):
        s = self.s
        r = s.run_cli(["mode", "automatic"])
        self.assertEqual(r.returncode, 2)
        self.assertIn("not a mode (ask, auto or notify)", r.stderr)
        self.assertEqual(self.status_json()["mode"], "ask")
        r = s.run_cli(["mode", "auto", "now"])
        self.assertEqual(r.returncode, 2)
        self.assertEqual(self.status_json()["mode"], "ask")

    def test_forget_wipes_the_mapping_and_undo(self):
        s = self.s
        r = s.run_cli(["forget"])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("nothing to forget", r.stdout)

        s.copy(TEXT)
        s.wait_notifications(1)
        s.activate("anonymize")
        s.wait_clipboard(lambda t: "[EMAIL_1]" in t)
        s.wait_notifications(2)
        st = self.status_json()
        self.assertTrue(st["has-mapping"])
        self.assertTrue(st["has-undo"])

        r = s.run_cli(["forget"])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("forgotten", r.stdout)
        st = self.status_json()
        self.assertFalse(st["has-mapping"])
        self.assertFalse(st["has-undo"])
        # Nothing is left to put back: a copied answer is no longer offered for restore.
        s.clear_notifications()
        s.copy("Réponse envoyée à [EMAIL_1].")
        s.assert_no_new_notification(2.0)

    def test_status_without_daemon(self):
        s = self.s
        s.stop_daemon()
        wait_until(lambda: not s.name_has_owner("io.github.voile.Voile"), 10,
                   what="the daemon to leave the bus")
        r = s.run_cli(["status"])
        self.assertEqual(r.returncode, 2)


if __name__ == "__main__":
    unittest.main()
