#!/usr/bin/python3
"""Notifications in the user's language: English and French (fr_FR.UTF-8)."""

import unittest

from voile_harness import SessionTestCase

TEXT = ("Bonjour Marie,\nle RIB est FR76 3000 6000 0112 3456 7890 189, écrivez à "
        "marie.dupont@example.org ou à contact@dupont-conseil.fr.\n")
VALUES = ["marie.dupont", "dupont-conseil", "3000 6000", "FR76"]


class FrenchTest(SessionTestCase):
    session_args = dict(notifications="actions", lang="fr")

    def copy_and_get_notification(self):
        self.s.copy(TEXT)
        [n] = self.s.wait_notifications(1)
        for value in VALUES:
            self.assertNotIn(value.lower(), (n.summary + n.body).lower())
        return n

    def test_french_notification(self):
        s = self.s
        n = self.copy_and_get_notification()
        self.assertEqual(n.summary, "Données personnelles dans le presse-papiers")
        self.assertTrue(n.body.startswith("Trouvé : "), n.body)
        self.assertIn("chatbot", n.body)
        self.assertEqual(n.actions, {"anonymize": "Anonymiser", "preview": "Aperçu",
                                     "ignore": "Ignorer"})
        s.invoke_notification_action(n, "anonymize")
        confirm = s.wait_notifications(2)[-1]
        self.assertEqual(confirm.summary, "Presse-papiers anonymisé")
        self.assertEqual(confirm.actions, {"undo": "Annuler"})
        self.assertTrue(confirm.body.startswith("Remplacé : "), confirm.body)

    def test_french_counts(self):
        # "2 e-mails, 1 IBAN": the count phrases come from patterns/voile-types.c.
        n = self.copy_and_get_notification()
        self.assertIn("2 e-mails", n.body)
        self.assertIn("1 IBAN", n.body)
        self.assertNotIn("emails", n.body)


class EnglishTest(SessionTestCase):
    session_args = dict(notifications="actions", lang="en")

    def test_english_notification(self):
        s = self.s
        s.copy(TEXT)
        [n] = s.wait_notifications(1)
        self.assertEqual(n.summary, "Personal data in the clipboard")
        self.assertIn("2 emails", n.body)
        self.assertIn("1 IBAN", n.body)
        self.assertEqual(n.actions, {"anonymize": "Anonymize", "preview": "Preview",
                                     "ignore": "Ignore"})
        for value in VALUES:
            self.assertNotIn(value.lower(), (n.summary + n.body).lower())


if __name__ == "__main__":
    unittest.main()
