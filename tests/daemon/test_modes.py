#!/usr/bin/python3
"""Modes (ask / auto / notify), pause, per-category switches, set through the daemon's actions."""

import os
import time
import unittest

from gi.repository import GLib

from voile_harness import SessionTestCase, wait_until

EMAIL = "jean.martin@example.com"
TEXT = f"Pouvez-vous relancer {EMAIL} au sujet de la facture ?"


class ModesTest(SessionTestCase):
    session_args = dict(notifications="actions", lang="en")

    def test_auto_mode_replaces_at_once_and_offers_undo(self):
        s = self.s
        s.set_action_state("mode", GLib.Variant("s", "auto"))
        s.wait_action_state("mode", lambda v: v == "auto")
        self.assertEqual(s.status()["mode"], "auto")
        s.copy(TEXT)
        text = s.wait_clipboard(lambda t: t != TEXT)
        self.assertNotIn(EMAIL, text)
        self.assertIn("[EMAIL_1]", text)
        [n] = s.wait_notifications(1)
        s.assert_no_new_notification(1.0)
        self.assertEqual(n.action_ids, {"undo"})
        self.assertNotIn(EMAIL, n.summary + n.body)
        # undo through the action, as the tray and `voile` do.
        s.activate("undo")
        s.wait_clipboard(lambda t: t == TEXT)
        wait_until(lambda: not s.status()["has-undo"], 5, what="undo to be used up")

    def test_notify_mode_only_warns(self):
        s = self.s
        s.set_action_state("mode", GLib.Variant("s", "notify"))
        s.wait_action_state("mode", lambda v: v == "notify")
        s.copy(TEXT)
        [n] = s.wait_notifications(1)
        self.assertNotIn("anonymize", n.action_ids)
        self.assertIn("1 email", n.body)
        time.sleep(1.0)
        self.assertEqual(s.read_clipboard(), TEXT)
        # The command stays reachable through the actions.
        s.activate("anonymize")
        self.assertIn("[EMAIL_1]", s.wait_clipboard(lambda t: t != TEXT))

    def test_paused_watches_nothing(self):
        s = self.s
        s.set_action_state("paused", GLib.Variant("b", True))
        s.wait_action_state("status", lambda st: st["paused"])
        s.copy(TEXT)
        s.assert_no_new_notification(2.0)
        self.assertEqual(s.read_clipboard(), TEXT)
        s.activate("resume")
        s.wait_action_state("status", lambda st: not st["paused"])
        s.copy(TEXT + " ")
        s.wait_notifications(1)

    def test_pause_for_minutes(self):
        s = self.s
        before = int(time.time())
        s.activate("pause-for", GLib.Variant("u", 15))
        st = s.wait_action_state("status", lambda st: st["paused"])
        st = s.status()
        self.assertGreaterEqual(st["paused-until"], before + 15 * 60)
        self.assertLessEqual(st["paused-until"], int(time.time()) + 15 * 60 + 1)
        s.copy(TEXT)
        s.assert_no_new_notification(2.0)
        s.activate("resume")
        s.wait_action_state("status", lambda st: not st["paused"] and st["paused-until"] == 0)

    def test_category_off(self):
        s = self.s
        s.set_action_state("category-contact", GLib.Variant("b", False))
        s.wait_action_state("category-contact", lambda v: v is False)
        s.copy(TEXT)
        s.assert_no_new_notification(2.0)
        # An address left alone stays whole: its name parts do not make it a name.
        s.copy("Écrire à marie.dupont@example.fr ou appeler le 06 12 34 56 78.")
        s.assert_no_new_notification(2.0)
        # Other categories still work.
        s.copy("Virement sur FR76 3000 6000 0112 3456 7890 189 demain.")
        [n] = s.wait_notifications(1)
        self.assertIn("1 IBAN", n.body)
        self.assertNotIn("email", n.body)

    def test_notifications_off_still_reachable(self):
        s = self.s
        s.set_action_state("notifications", GLib.Variant("b", False))
        s.wait_action_state("notifications", lambda v: v is False)
        s.copy(TEXT)
        wait_until(lambda: s.status()["has-pending"], 5, what="the copy to be pending")
        self.assertEqual(s.notifications(), [])
        s.activate("anonymize")
        self.assertIn("[EMAIL_1]", s.wait_clipboard(lambda t: t != TEXT))

    def test_actions_exported(self):
        s = self.s
        actions = set(s.list_actions())
        for name in ("paused", "mode", "watch-primary", "status", "pause-for", "resume",
                     "anonymize", "preview", "ignore", "undo", "restore", "forget",
                     "preferences", "about", "quit", "category-names", "category-contact",
                     "category-bank", "category-official", "category-addresses",
                     "category-birth-dates", "category-secrets", "category-references",
                     "category-dates-amounts"):
            self.assertIn(name, actions)
        st = s.status()
        self.assertEqual(st["backend"], "x11")
        self.assertEqual(st["mode"], "ask")
        self.assertFalse(st["paused"])
        self.assertEqual(st["notifications"], "actions")
        # The tray menu model is exported for the tray helper.
        if os.path.exists(os.path.join(os.path.dirname(__file__), "..", "..", "ui",
                                       "voile-tray-menu.c")):
            reply = s.call("io.github.voile.Voile", "/io/github/voile/Voile/menus/tray",
                           "org.gtk.Menus", "Start", GLib.Variant("(au)", ([0],)),
                           "(a(uuaa{sv}))")
            self.assertTrue(reply[0], "the tray menu is empty")
        # status is read-only.
        s.set_action_state("status", GLib.Variant("a{sv}", {"paused": GLib.Variant("b", True)}))
        time.sleep(0.3)
        self.assertEqual(s.status()["backend"], "x11")

    def test_single_instance_and_replace(self):
        s = self.s
        first = s.daemon
        # A second start hands over to the running one and exits.
        second = s.start_daemon(wait=False)
        self.assertEqual(second.wait(timeout=20), 0)
        self.assertIsNone(first.poll())
        # --replace takes over.
        third = s.start_daemon(args=["--replace"], wait=False)
        first.wait(timeout=20)
        wait_until(lambda: s.name_has_owner("io.github.voile.Voile"), 20, what="the new owner")
        s.daemon = third
        wait_until(s.daemon_alive, 20, what="the replacing daemon")
        s.copy(TEXT)
        s.wait_notifications(1)

    def test_quit(self):
        s = self.s
        s.activate("quit")
        self.assertEqual(s.daemon.wait(timeout=20), 0)


class SettingsAtStartTest(SessionTestCase):
    session_args = dict(notifications="actions", settings={"mode": "'auto'"})

    def test_mode_from_settings(self):
        s = self.s
        self.assertEqual(s.status()["mode"], "auto")
        s.copy(TEXT)
        self.assertIn("[EMAIL_1]", s.wait_clipboard(lambda t: t != TEXT))


if __name__ == "__main__":
    unittest.main()
