#!/usr/bin/python3
"""The core X11 flow: copy → one notification → anonymize → undo; restore; what is left alone."""

import os
import time
import unittest

from voile_harness import SessionTestCase, wait_until

EMAIL = "marie.dupont@example.org"
PHONE = "06 12 34 56 78"
IBAN = "FR76 3000 6000 0112 3456 7890 189"
PERSONAL = (f"Bonjour,\nMerci d'écrire à {EMAIL} ou d'appeler le {PHONE}.\n"
            f"Virement sur l'IBAN {IBAN}.\n")
VALUES = [EMAIL, PHONE, IBAN, "marie", "dupont", "3000 6000", "12 34 56"]


def assert_no_value(testcase, text, what):
    lowered = text.lower()
    for value in VALUES:
        testcase.assertNotIn(value.lower(), lowered, f"{what} leaks a personal value")


class FlowTest(SessionTestCase):
    session_args = dict(notifications="actions", lang="en")

    def anonymize_and_check(self, original):
        s = self.s
        [n] = s.wait_notifications(1)
        s.assert_no_new_notification(1.0)
        s.invoke_notification_action(n, "anonymize")
        text = s.wait_clipboard(lambda t: t != original)
        return n, text

    def test_copy_anonymize_undo(self):
        s = self.s
        s.copy(PERSONAL)
        n, text = self.anonymize_and_check(PERSONAL)

        self.assertEqual(n.action_ids, {"anonymize", "preview", "ignore"})
        self.assertTrue(n.hints.get("transient"))
        assert_no_value(self, n.summary + " " + n.body, "the notification")
        self.assertIn("1 email", n.body)
        self.assertIn("1 phone number", n.body)
        self.assertIn("1 IBAN", n.body)

        self.assertIn("[EMAIL_1]", text)
        self.assertIn("[PHONE_1]", text)
        self.assertIn("[IBAN_1]", text)
        assert_no_value(self, text, "the anonymized clipboard")
        self.assertTrue(text.startswith("Bonjour,\nMerci d'écrire à "), "text around kept")

        # The confirmation offers to undo; undo brings back the exact original.
        confirm = s.wait_notifications(2)[-1]
        self.assertEqual(confirm.action_ids, {"undo"})
        assert_no_value(self, confirm.summary + " " + confirm.body, "the confirmation")
        self.assertEqual(s.status()["anonymized-today"], 1)
        self.assertTrue(s.status()["has-undo"])
        s.invoke_notification_action(confirm, "undo")
        self.assertEqual(s.wait_clipboard(lambda t: t == PERSONAL), PERSONAL)
        # Putting the original back is not a new copy: nothing is raised again.
        s.assert_no_new_notification(1.5)
        assert_no_value(self, s.daemon_log(), "the daemon's debug log")

    def test_html_flavour_is_anonymized_too(self):
        s = self.s
        html = (f'<meta charset="utf-8"><p>Contact: <a href="mailto:{EMAIL}">{EMAIL}</a>, '
                f'<b>{PHONE}</b></p>')
        plain = f"Contact: {EMAIL}, {PHONE}"
        s.copy_targets({"UTF8_STRING": plain, "text/html": html})
        self.anonymize_and_check(plain)
        self.assertIn("text/html", s.clipboard_targets())
        new_html = s.read_clipboard("text/html")
        self.assertIsNotNone(new_html)
        assert_no_value(self, new_html, "the HTML flavour")
        self.assertIn("[EMAIL_1]", new_html)
        text = s.read_clipboard("UTF8_STRING")
        self.assertEqual(text, "Contact: [EMAIL_1], [PHONE_1]")
        # Undo puts both flavours back.
        confirm = s.wait_notifications(2)[-1]
        s.invoke_notification_action(confirm, "undo")
        s.wait_clipboard(lambda t: t == plain)
        self.assertEqual(s.read_clipboard("text/html"), html)

    def test_nothing_personal_raises_nothing(self):
        s = self.s
        s.copy("The meeting moved to Thursday; bring the slides and the budget draft.")
        s.assert_no_new_notification(2.0)
        self.assertTrue(s.daemon_alive())

    def test_own_output_is_not_scanned_again(self):
        s = self.s
        s.copy(PERSONAL)
        _, anonymized = self.anonymize_and_check(PERSONAL)
        s.wait_notifications(2)
        s.clear_notifications()
        # Another program (a clipboard manager) re-publishes what Voile wrote.
        s.copy(anonymized)
        s.assert_no_new_notification(2.0)

    def test_ignore_leaves_clipboard_alone(self):
        s = self.s
        s.copy(PERSONAL)
        [n] = s.wait_notifications(1)
        s.invoke_notification_action(n, "ignore")
        time.sleep(1.0)
        self.assertEqual(s.read_clipboard(), PERSONAL)
        self.assertFalse(s.status()["has-pending"])
        # anonymize now has nothing to act on.
        s.activate("anonymize")
        time.sleep(0.5)
        self.assertEqual(s.read_clipboard(), PERSONAL)

    def anonymize_personal_text(self):
        """Copies PERSONAL and anonymizes it, so that its placeholders can be restored."""
        self.s.copy(PERSONAL)
        self.anonymize_and_check(PERSONAL)
        self.s.wait_notifications(2)
        self.s.clear_notifications()

    def test_restore_real_values(self):
        s = self.s
        self.anonymize_personal_text()
        # The chatbot's answer comes back with the placeholders.
        answer = "Draft: please write to [EMAIL_1] and call [PHONE_1] tomorrow."
        s.copy(answer)
        [n] = s.wait_notifications(1)
        self.assertIn("restore", n.action_ids)
        assert_no_value(self, n.summary + " " + n.body, "the restore notification")
        s.invoke_notification_action(n, "restore")
        text = s.wait_clipboard(lambda t: t != answer)
        self.assertEqual(text, f"Draft: please write to {EMAIL} and call {PHONE} tomorrow.")
        # forget: the mapping is gone, the same answer is no longer restorable.
        s.activate("forget")
        wait_until(lambda: not s.status()["has-mapping"], 5, what="the mapping to be forgotten")
        s.clear_notifications()
        s.copy(answer + " ")
        s.assert_no_new_notification(2.0)

    def test_restore_gives_each_name_its_spelling(self):
        """A letter names its client several ways; one placeholder stands for all of them,
        and the chatbot's answer gets back the spelling the letter used in the same place."""
        s = self.s
        letter = ("Bonjour Camille,\nLa SARL Atelier Vasseur a bien reçu votre acompte.\n"
                  "Camille Vasseur, 06 12 34 56 78\n")
        s.copy(letter)
        _, text = self.anonymize_and_check(letter)
        self.assertNotIn("Vasseur", text)
        self.assertNotIn("Camille", text)
        s.wait_notifications(2)
        s.clear_notifications()
        answer = ("Bonjour [PERSON_1], l'atelier [PERSON_1] confirme le paiement "
                  "reçu de [PERSON_1].")
        s.copy(answer)
        [n] = s.wait_notifications(1)
        s.invoke_notification_action(n, "restore")
        restored = s.wait_clipboard(lambda t: t != answer)
        self.assertEqual(restored, "Bonjour Camille, l'atelier Vasseur confirme le paiement "
                                   "reçu de Camille Vasseur.")

    def test_restore_keeps_the_answer_formatting(self):
        """A chatbot's answer copied from the browser comes with HTML: the restored copy keeps
        it, with the real values (escaped) in place of the placeholders."""
        s = self.s
        self.anonymize_personal_text()
        plain = "Write to [EMAIL_1] & call [PHONE_1]."
        html = ('<meta charset="utf-8"><p>Write to <strong>[EMAIL_1]</strong> &amp; call '
                '<code>PHONE_1</code>.</p>')
        s.copy_targets({"UTF8_STRING": plain, "text/html": html})
        [n] = s.wait_notifications(1)
        s.invoke_notification_action(n, "restore")
        text = s.wait_clipboard(lambda t: t != plain)
        self.assertEqual(text, f"Write to {EMAIL} & call {PHONE}.")
        self.assertIn("text/html", s.clipboard_targets())
        self.assertEqual(s.read_clipboard("text/html"),
                         f'<meta charset="utf-8"><p>Write to <strong>{EMAIL}</strong> &amp; call '
                         f'<code>{PHONE}</code>.</p>')

    def test_password_manager_hint_respected(self):
        s = self.s
        log = os.path.join(s.tmp, "requests.log")
        s.copy_targets({"UTF8_STRING": PERSONAL, "text/plain;charset=utf-8": PERSONAL,
                        "x-kde-passwordManagerHint": "secret"}, log=log)
        s.assert_no_new_notification(2.5)
        with open(log) as f:
            asked = f.read().split()
        self.assertNotIn("UTF8_STRING", asked, "the secret was read")
        self.assertNotIn("text/plain;charset=utf-8", asked, "the secret was read")
        self.assertIn("TARGETS", asked)
        self.assertEqual(s.read_clipboard(), PERSONAL)

    def test_files_and_images_left_alone(self):
        s = self.s
        log = os.path.join(s.tmp, "requests.log")
        s.copy_targets({"text/uri-list": f"file:///home/{EMAIL}/cv.pdf\r\n",
                        "UTF8_STRING": f"/home/{EMAIL}/cv.pdf"}, log=log)
        s.assert_no_new_notification(2.0)
        with open(log) as f:
            self.assertNotIn("UTF8_STRING", f.read().split())
        s.copy(b"\x89PNG\r\n\x1a\n" + EMAIL.encode(), target="image/png")
        s.assert_no_new_notification(2.0)

    def test_preview_and_windows(self):
        s = self.s
        s.copy(PERSONAL)
        [n] = s.wait_notifications(1)
        s.invoke_notification_action(n, "preview")
        time.sleep(1.0)
        self.assertTrue(s.daemon_alive())
        self.assertEqual(s.read_clipboard(), PERSONAL, "preview must not touch the clipboard")
        # The preview window's button acts through the same action.
        s.activate("anonymize")
        self.assertIn("[EMAIL_1]", s.wait_clipboard(lambda t: t != PERSONAL))
        for action in ("about", "preferences"):
            s.activate(action)
            time.sleep(0.5)
            self.assertTrue(s.daemon_alive(), action)
        assert_no_value(self, s.daemon_log(), "the daemon's debug log")

    def test_primary_is_opt_in(self):
        s = self.s
        s.copy(PERSONAL, selection="primary")
        s.assert_no_new_notification(2.0)
        s.set_action_state("watch-primary", __import__("gi.repository.GLib").repository.GLib
                           .Variant("b", True))
        s.wait_action_state("watch-primary", lambda v: v is True)
        s.copy(PERSONAL + "\n", selection="primary")
        [n] = s.wait_notifications(1)
        self.assertIn("anonymize", n.action_ids)


class StartUpTest(SessionTestCase):
    session_args = dict(notifications="actions", lang="en", start_daemon=False)

    def test_content_copied_before_start_is_not_announced(self):
        s = self.s
        s.copy(PERSONAL)
        s.start_daemon()
        s.assert_no_new_notification(2.0)
        self.assertEqual(s.read_clipboard(), PERSONAL)
        # The next copy is.
        s.copy(PERSONAL + "\n")
        [n] = s.wait_notifications(1)
        self.assertIn("anonymize", n.action_ids)

    def test_copy_right_after_start_is_seen(self):
        s = self.s
        s.start_daemon()
        s.copy(PERSONAL)
        [n] = s.wait_notifications(1)
        self.assertIn("anonymize", n.action_ids)


if __name__ == "__main__":
    unittest.main()
