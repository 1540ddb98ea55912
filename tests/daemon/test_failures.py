#!/usr/bin/python3
"""When the clipboard cannot be set, the user is told, and the clipboard keeps what it had.

No desktop refuses a selection on demand, so these tests need a build with
-Dtest_hooks=true (tests/run-all's sanitizer build has it): the daemon then fails to set the
clipboard while the file named by VOILE_TEST_PUBLISH_FAILS_WHILE exists."""

import os
import tempfile
import unittest

from voile_harness import Session, SessionTestCase

EMAIL = "karim.benali@example.net"
PHONE = "07 81 22 43 65"
PERSONAL = f"Relancer {EMAIL} au {PHONE} avant vendredi.\n"
VALUES = [EMAIL, PHONE, "karim", "benali"]
HOOKS = os.environ.get("VOILE_TEST_HOOKS") == "1"


@unittest.skipUnless(HOOKS, "needs a build with -Dtest_hooks=true")
class PublishFailureTest(SessionTestCase):
    session_args = dict(notifications="actions", lang="en")

    def setUp(self):
        self.flag_dir = tempfile.TemporaryDirectory()
        self.flag = os.path.join(self.flag_dir.name, "fail-publish")
        args = dict(self.session_args)
        args["extra_env"] = {"VOILE_TEST_PUBLISH_FAILS_WHILE": self.flag}
        self.s = Session(**args).__enter__()

    def tearDown(self):
        super().tearDown()
        self.flag_dir.cleanup()

    def fail_publishing(self, fail):
        if fail:
            open(self.flag, "w").close()
        elif os.path.exists(self.flag):
            os.unlink(self.flag)

    def assert_no_value(self, text, what):
        for value in VALUES:
            self.assertNotIn(value.lower(), text.lower(), f"{what} leaks a personal value")

    def anonymize(self):
        """Copies PERSONAL and anonymizes it (publishing works); returns the anonymized text."""
        s = self.s
        s.copy(PERSONAL)
        [n] = s.wait_notifications(1)
        s.invoke_notification_action(n, "anonymize")
        return s.wait_clipboard(lambda t: t != PERSONAL)

    def test_failed_anonymization_keeps_the_original_and_says_so(self):
        s = self.s
        self.fail_publishing(True)
        s.copy(PERSONAL)
        [n] = s.wait_notifications(1)
        s.invoke_notification_action(n, "anonymize")
        failure = s.wait_notifications(2)[-1]
        self.assertEqual(failure.summary, "Could not anonymize the clipboard")
        self.assertIn("original text is still in the clipboard", failure.body)
        self.assertEqual(failure.action_ids, set(), "a failure offers no undo")
        self.assert_no_value(failure.summary + " " + failure.body, "the failure notification")
        self.assertEqual(s.read_clipboard(), PERSONAL)
        self.assertEqual(s.status()["anonymized-today"], 0)
        self.assertFalse(s.status()["has-undo"])
        self.assertTrue(s.daemon_alive())
        # Once the clipboard can be set again, the next copy is anonymized as usual.
        self.fail_publishing(False)
        s.clear_notifications()
        text = self.anonymize()
        self.assertIn("[EMAIL_1]", text)
        self.assertEqual(s.status()["anonymized-today"], 1)

    def test_failed_undo_keeps_the_anonymized_text_and_says_so(self):
        s = self.s
        anonymized = self.anonymize()
        confirm = s.wait_notifications(2)[-1]
        self.assertEqual(confirm.action_ids, {"undo"})
        self.fail_publishing(True)
        s.invoke_notification_action(confirm, "undo")
        failure = s.wait_notifications(3)[-1]
        self.assertEqual(failure.summary, "Could not put the original text back")
        self.assert_no_value(failure.summary + " " + failure.body, "the failure notification")
        self.assertEqual(s.read_clipboard(), anonymized)
        # The original is still kept for undo: it works once the clipboard can be set.
        self.assertTrue(s.status()["has-undo"])
        self.fail_publishing(False)
        s.activate("undo")
        self.assertEqual(s.wait_clipboard(lambda t: t == PERSONAL), PERSONAL)

    def test_failed_restore_keeps_the_answer_and_says_so(self):
        s = self.s
        self.anonymize()
        s.clear_notifications()
        answer = "Here is a reminder for [EMAIL_1], phone [PHONE_1]."
        s.copy(answer)
        [n] = s.wait_notifications(1)
        self.assertIn("restore", n.action_ids)
        self.fail_publishing(True)
        s.invoke_notification_action(n, "restore")
        failure = s.wait_notifications(2)[-1]
        self.assertEqual(failure.summary, "Could not put the real values back")
        self.assert_no_value(failure.summary + " " + failure.body, "the failure notification")
        self.assertEqual(s.read_clipboard(), answer)
        self.fail_publishing(False)
        s.activate("restore")
        restored = s.wait_clipboard(lambda t: t != answer)
        self.assertEqual(restored, f"Here is a reminder for {EMAIL}, phone {PHONE}.")


@unittest.skipUnless(HOOKS, "needs a build with -Dtest_hooks=true")
class AutoModeFailureTest(PublishFailureTest):
    """In automatic mode there is no button: the failure is the only thing the user sees."""

    session_args = dict(notifications="actions", lang="fr", settings={"mode": "'auto'"})

    def test_failed_anonymization_keeps_the_original_and_says_so(self):
        s = self.s
        self.fail_publishing(True)
        s.copy(PERSONAL)
        failure = s.wait_notifications(1)[-1]
        self.assertEqual(failure.summary, "Impossible d’anonymiser le presse-papiers")
        self.assert_no_value(failure.summary + " " + failure.body, "the failure notification")
        self.assertEqual(s.read_clipboard(), PERSONAL)
        self.assertTrue(s.daemon_alive())

    # The flows with buttons are covered by the class above.
    test_failed_undo_keeps_the_anonymized_text_and_says_so = None
    test_failed_restore_keeps_the_answer_and_says_so = None


if __name__ == "__main__":
    unittest.main()
