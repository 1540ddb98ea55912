/* test-document-judge.c — the document judge (voile-document-judge.c): a text about no person
 * (a validator's test values, a template, a fee page) loses its few weak findings; a text
 * about someone keeps them, and so does any text its checksummed numbers, or its many
 * findings. */
#include "config.h"

#include <string.h>

#include "voile-document-judge.h"
#include "voile-engine.h"

/* The type found exactly at value in text, or NULL. */
static const char *
type_at (const char *text, const char *value)
{
  g_autoptr (VoileScanResult) r
      = voile_engine_scan (voile_engine_get_default (), text, strlen (text), VOILE_TYPE_MASK_ALL);
  const char *at = strstr (text, value);
  g_assert_nonnull (at);
  gsize s = (gsize)(at - text), e = s + strlen (value);
  for (guint i = 0; i < r->findings->len; i++)
    {
      VoileFinding *f = &g_array_index (r->findings, VoileFinding, i);
      if (f->start < e && s < f->end)
        return voile_type_get_name (f->type);
    }
  return NULL;
}

typedef struct
{
  const char *text;
  const char *value;
  const char *type; /* found with the judge off */
  gboolean kept;    /* still found with it on */
} Case;

static void
check (const Case *cases, gsize n)
{
  for (gsize i = 0; i < n; i++)
    {
      voile_document_judge_set_enabled (FALSE);
      const char *off = type_at (cases[i].text, cases[i].value);
      voile_document_judge_set_enabled (TRUE);
      const char *on = type_at (cases[i].text, cases[i].value);
      const char *want = cases[i].kept ? cases[i].type : NULL;
      if (g_strcmp0 (off, cases[i].type) != 0 || g_strcmp0 (on, want) != 0)
        {
          g_autoptr (VoileScanResult) r
              = voile_engine_scan (voile_engine_get_default (), cases[i].text,
                                   strlen (cases[i].text), VOILE_TYPE_MASK_ALL);
          g_printerr (
              "«%s»: off %s, on %s (score %.3f)\n", cases[i].value, off ? off : "nothing",
              on ? on : "nothing",
              voile_document_judge_score (cases[i].text, strlen (cases[i].text), r->findings));
        }
      g_assert_cmpstr (off, ==, cases[i].type);
      g_assert_cmpstr (on, ==, want);
    }
}

/* Texts about no person (a validator's spec, a fixture): their stray findings go. */
static void
test_no_person (void)
{
  static const Case cases[] = {
    { "## Validation rules — mobile number field\n\n"
      "The form accepts ten digits starting with 06 or 07. The validator must reject the "
      "following test values, which are documented in the specification as invalid:\n\n"
      "| case | input | expected |\n|---|---|---|\n"
      "| too short | 06 12 | error: length |\n"
      "| reserved range | 0699999999 | error: reserved |\n"
      "| letters | 06AB | error: format |\n\n"
      "Unit tests live in tests/validators/test_mobile.py and run in the CI pipeline on every "
      "merge request. Update the specification when the numbering plan changes.\n",
      "0699999999", "PHONE", FALSE },
    /* a validator's notes (a fixture declared as such is the rules' to drop: g26-clean) */
    { "# Plate validator: specification notes\n"
      "\n"
      "The form's plate field accepts the SIV format: two letters, three digits, two letters,\n"
      "separated by dashes. The letters I, O and U are not used, and the series SS and WW are\n"
      "reserved. The validator normalises spaces to dashes and upper-cases the input before the\n"
      "check. A value such as GH-417-KT must be accepted, with or without its dashes.\n"
      "Run the unit tests in the CI pipeline on every merge request, and update this page when\n"
      "the rules of the registration system change.\n",
      "GH-417-KT", "LICENSE_PLATE", FALSE },
  };
  check (cases, G_N_ELEMENTS (cases));
}

/* Texts about someone keep what was found in them. */
static void
test_about_someone (void)
{
  static const Case cases[] = {
    { "Hi, it's me again — can you call me back on 07700 900461 this afternoon? Thanks.\n",
      "07700 900461", "PHONE", TRUE },
    { "Bonjour, je vous rappelle au 06 12 34 56 78 demain matin pour mon dossier.\n",
      "06 12 34 56 78", "PHONE", TRUE },
    { "Dear Mrs Whitcombe,\n\nFurther to our call, your claim has been registered and an "
      "assessor will contact you this week.\n\nKind regards,\nClaims team\n",
      "Whitcombe", "PERSON", TRUE },
    /* written to probe the judge: each scores between -2.5 and -0.8, judged clean under the
     * threshold the trainer's share of pii texts alone set (-2.6); the threshold is 0 */
    { "Can you help me rewrite this complaint more politely? The engineer was supposed to come "
      "between 8 and 12 and nobody turned up, I took a day off work for nothing. My reference is "
      "the booking made last Tuesday and they told me on the phone that my number 07911 204 337 "
      "would get a text the evening before, which never came. I want a refund of the call-out "
      "fee.\n",
      "07911 204 337", "PHONE", TRUE },
    { "Please summarise the key points of this meeting for the team: we agreed the budget for the "
      "spring campaign, the launch date moves to 14 March, and Priya Raman will own the supplier "
      "contracts. The next review is scheduled for the first week of April. Open questions: the "
      "print run size and whether we keep the regional radio spots.\n",
      "Priya Raman", "PERSON", TRUE },
    { "Translate into French please: The meeting with the landlord is confirmed for Thursday at "
      "10am. He asked that you bring the signed inventory and the two spare keys. If you are "
      "running late, call him directly on 0161 496 0832. The deposit will be returned within ten "
      "working days after the check-out.\n",
      "0161 496 0832", "PHONE", TRUE },
    { "Write a short reference: I have known Tomasz Wielgosz for three years as a volunteer at our "
      "food bank. He is reliable, punctual and kind with visitors, and he trained several new "
      "volunteers on the stock system. I recommend him without reservation for the warehouse "
      "position.\n",
      "Tomasz Wielgosz", "PERSON", TRUE },
    { "Summarise this ticket: customer reports that the router restarts every night around 2am "
      "since the firmware update. Tried factory reset, same problem. Serial number and account "
      "checked, line test fine. Customer can be reached at 020 7946 0321 during office hours. "
      "Escalate to second line if the issue persists after the replacement.\n",
      "020 7946 0321", "PHONE", TRUE },
  };
  check (cases, G_N_ELEMENTS (cases));
}

/* A checksummed number stays in a text judged about no person: a real IBAN in a fixture left
 * unflagged would be a leak. */
static void
test_strong_kept (void)
{
  static const Case cases[] = {
    { "## Validation rules — bank account field\n\n"
      "The validator must reject the following test values, which are documented in the "
      "specification as invalid, and accept the valid one:\n\n"
      "| case | input | expected |\n|---|---|---|\n"
      "| valid | FR76 3000 6000 0112 3456 7890 189 | ok |\n"
      "| reserved range | 0699999999 | error: reserved |\n\n"
      "Unit tests live in tests/validators/test_iban.py and run in the CI pipeline on every "
      "merge request. Update the specification when the rules change.\n",
      "FR76 3000 6000 0112 3456 7890 189", "IBAN", TRUE },
  };
  check (cases, G_N_ELEMENTS (cases));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/document-judge/no-person", test_no_person);
  g_test_add_func ("/document-judge/about-someone", test_about_someone);
  g_test_add_func ("/document-judge/strong-kept", test_strong_kept);
  return g_test_run ();
}
