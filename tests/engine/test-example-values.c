/* test-example-values.c — values a document says are no one's (voile-example-values.c): a
 * fixture that declares its values invalid or fictitious, a schema's examples, a period of
 * years, a versioned document's reference, a processor's test card, a template's sample in
 * brackets; and the same values kept where nothing says so. */
#include "config.h"

#include <string.h>

#include "voile-engine.h"
#include "voile-example-values.h"

typedef struct
{
  const char *text;
  const char *value; /* a finding's exact text */
  const char *type;  /* its expected type, NULL: no finding there */
} Case;

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
      if (f->start == s && f->end == e)
        return voile_type_get_name (f->type);
    }
  return NULL;
}

static void
check (const Case *cases, gsize n)
{
  for (gsize i = 0; i < n; i++)
    {
      const char *got = type_at (cases[i].text, cases[i].value);
      if (g_strcmp0 (got, cases[i].type) != 0)
        g_printerr ("«%s» in «%s»: %s, expected %s\n", cases[i].value, cases[i].text,
                    got != NULL ? got : "nothing",
                    cases[i].type != NULL ? cases[i].type : "nothing");
      g_assert_cmpstr (got, ==, cases[i].type);
    }
}

static void
test_declarations (void)
{
  static const struct
  {
    const char *text;
    gboolean declared;
  } cases[] = {
    { "# fixtures/bad_ids.csv — every row must be rejected by the importer\n", TRUE },
    { "Jeu d'essai\nToutes les valeurs ci-dessous sont fictives.\n", TRUE },
    { "// seed data: all ids are fake\n", TRUE },
    { "# KEEP: INVALID ON PURPOSE (all of them)\n", TRUE },
    { "# None of these is a real customer\n", TRUE },
    { "Aucune de ces données n'est réelle : elles servent aux tests.\n", TRUE },
    { "Les numéros suivants doivent être refusés par le formulaire.\n", TRUE },
    /* a user's real file, rejected or wrong: no declaration */
    { "Hi, every line of my payment file was rejected by the bank, can you see why?\n", FALSE },
    { "Bonjour, tous mes prélèvements sont rejetés depuis lundi.\n", FALSE },
    { "I don't want my real name in the chat.\n", FALSE },
    { "Objet : faux numéro de client sur la facture\n", FALSE },
    { "Hi all, a fake invoice quoting our customer numbers went out last night.\n", FALSE },
    { "Dummy values for the demo tenant:\n", TRUE },
    /* past the eighth line: the opening only */
    { "a\nb\nc\nd\ne\nf\ng\nh\nAll values below are fictitious.\n", FALSE },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gboolean got = voile_example_values_declared (cases[i].text, strlen (cases[i].text));
      if (got != cases[i].declared)
        g_printerr ("declaration: «%s»\n", cases[i].text);
      g_assert_true (got == cases[i].declared);
    }
}

static void
test_declared_fixture (void)
{
  static const Case cases[] = {
    /* a declared fixture: its references and birth dates are examples */
    { "# test_members.txt — fixtures for the import validator (ALL INVALID on purpose)\n"
      "member_no | M-00417 | bad_check\n"
      "passport  | 12AB34567 | bad_length\n"
      "dob       | 2011-04-09 | under_age\n",
      "2011-04-09", "DATE" },
    { "# test_members.txt — fixtures for the import validator (ALL INVALID on purpose)\n"
      "customer no: 4418207\n",
      "4418207", NULL },
    /* the same lines without the declaration keep them */
    { "Customer no: 4418207\n", "4418207", "CUSTOMER_ID" },
    { "Patient dob: 2011-04-09\n", "2011-04-09", "DATE_OF_BIRTH" },
  };
  check (cases, G_N_ELEMENTS (cases));
}

static void
test_schema_examples (void)
{
  static const Case cases[] = {
    { "components:\n  schemas:\n    Adherent:\n      properties:\n"
      "        date_of_birth: { type: string, format: date, example: \"1988-02-29\" }\n",
      "1988-02-29", "DATE" },
    { "{\"examples\": [{\"child\": {\"dob\": \"2024-07-01\"}}]}\n", "2024-07-01", "DATE" },
    /* prose's "Exemple :" is no key: the child's birth date stays */
    { "Exemple : l'enfant Lou Garnier, née le 14/11/2025, apparaît mal encodée.\n", "14/11/2025",
      "DATE_OF_BIRTH" },
    { "{\"patient\": {\"dob\": \"1961-10-08\"}}\n", "1961-10-08", "DATE_OF_BIRTH" },
  };
  check (cases, G_N_ELEMENTS (cases));
}

static void
test_shapes (void)
{
  static const Case cases[] = {
    /* a period of years is no reference */
    { "Fonds du registre matricule (1859-1940), cote 1 R 412.\n", "1859-1940", NULL },
    { "Matricule : 2024-1187\n", "2024-1187", "CUSTOMER_ID" },
    /* a versioned document's own reference */
    { "Procedure ref: QA-PR-0071, version 4 (approved by the board)\n", "QA-PR-0071", NULL },
    { "Customer ref: CR-88142 (v2 of the claim form attached)\n", "CR-88142", "CUSTOMER_ID" },
    /* a processor's test card after a case word */
    { "Stripe test mode:\n| dispute | 4000 0000 0000 0259 | charge.dispute.created |\n",
      "4000 0000 0000 0259", NULL },
  };
  check (cases, G_N_ELEMENTS (cases));
}

static void
test_template_samples (void)
{
  static const Case cases[] = {
    { "FICHE D'INSCRIPTION (modèle)\nNom : [NOM]   Prénom : [PRÉNOM]\n"
      "Date : [JJ/MM/AAAA]\nMail : [votre.nom@domaine.fr]\n",
      "votre.nom@domaine.fr", NULL },
    /* no template's blanks around: the address in brackets stays */
    { "Réponse de [marc.olivier@wanadoo.fr] reçue hier.\nMail : [marc.olivier@wanadoo.fr]\n",
      "marc.olivier@wanadoo.fr", "EMAIL" },
    /* a log's tags are no blanks; its addresses in brackets stay */
    { "[INFO] [WORKER] [QUEUE] connect from: [10.20.0.11]\n[INFO] relay=mx[10.20.0.12]\n",
      "10.20.0.11", "IP_ADDRESS" },
  };
  check (cases, G_N_ELEMENTS (cases));
}

static void
test_dates (void)
{
  static const Case cases[] = {
    /* a rule's start under a line naming the birth-date field is no birth date */
    { "Indiquez le nom, le prénom et la date de naissance de l'enfant.\n"
      "Depuis le 1er septembre 2025, le dossier se dépose en ligne.\n",
      "1er septembre 2025", "DATE" },
    { "Give the member's full name and date of birth.\nSince 3 March 2025 forms go online.\n",
      "3 March 2025", "DATE" },
    { "Date de naissance : 14/05/1979\n", "14/05/1979", "DATE_OF_BIRTH" },
    /* the 29th of February of a common year is no day */
    { "DATE | 29/02/2025 | année non bissextile\n", "29/02/2025", NULL },
    { "bad: 2023-02-29\n", "2023-02-29", NULL },
    { "Réunion du 29/02/2024 à la mairie.\n", "29/02/2024", "DATE" },
    { "Born 2000-02-29.\n", "2000-02-29", "DATE_OF_BIRTH" },
  };
  check (cases, G_N_ELEMENTS (cases));
}

/* A history dates what it tells by years before 1950 as prose writes them; its people are the
 * past's. A residents' list's birth dates, a message about one's forebears and a text with a
 * contact detail keep their names. */
static void
test_histories (void)
{
  static const char history[]
      = "How the Ashworth mill families came to Lowell\n\n"
        "Thomas Ashworth sailed from Liverpool in 1848 with his brother Samuel; both found work in "
        "the\nMerrimack mills by 1850. Their cousin Hannah Pike followed in 1852, and the three "
        "are on the\n1860 census in the same boarding house. The mill closed in 1926 and the "
        "records went to the\nhistorical society (catalogue, 1931).\n";
  static const char residents[] = "Résidence Les Tilleuls – liste des résidents, aile B\n\n"
                                  "Mme Jeanne Kervella, née le 4 juin 1929, chambre 12\n"
                                  "M. Louis Prigent, né le 17 mars 1931, chambre 14\n"
                                  "Mme Odette Le Bris, née le 2 avril 1935, chambre 15\n"
                                  "M. René Morvan, né le 9 mai 1940, chambre 16\n";
  static const char forebears[]
      = "Bonjour Madame,\n\nJe fais des recherches sur mon arrière-grand-père Yves Le Gall, "
        "gardien de phare de 1921 à 1938,\nné vers 1890 et marié en 1919. Pourriez-vous "
        "m'envoyer son dossier ?\n\nBien cordialement,\nCorentin Le Gall\n";
  static const char contact[]
      = "Thomas Ashworth sailed from Liverpool in 1848; the mill took him on by 1850, closed in "
        "1926\nand its records went to the society in 1931. Ask the archivist, "
        "jdoyle@lowell-history.org.\nPosted by Thomas Ashworth.\n";
  const Case cases[] = {
    { history, "Thomas Ashworth", NULL },
    { history, "Hannah Pike", NULL },
    { residents, "Jeanne Kervella", "PERSON" },
    { residents, "4 juin 1929", "DATE_OF_BIRTH" },
    { forebears, "Yves Le Gall", "PERSON" },
    { forebears, "Corentin Le Gall", "PERSON" },
    { contact, "jdoyle@lowell-history.org", "EMAIL" },
    { contact, "Thomas Ashworth", "PERSON" },
  };
  check (cases, G_N_ELEMENTS (cases));
  g_assert_true (voile_example_values_tells_history (history, strlen (history)));
  static const char amounts[]
      = "Versements : 1 250 € (1984, 'x'), 1850,00 €, ref 1920-A, 1931.5 kg, lot 1902\n";
  g_assert_false (voile_example_values_tells_history (amounts, strlen (amounts)));
}

/* "serrure TSA         129,00 €": a catalogue's price read as an address across a column's gap.
 */
static void
test_catalogue_prices (void)
{
  const Case cases[] = {
    { "MAL-202   Malle « Gustave » 120 L, roulettes, serrure TSA         129,00 €\n"
      "MAL-203   Malle cabine 60 L                                        79,00 €\n",
      "TSA         129", NULL },
    { "Écrire à : Service des retraites, TSA 30129, 75000 Paris\n", "TSA 30129", "POSTAL_ADDRESS" },
  };
  check (cases, G_N_ELEMENTS (cases));
}

/* (session 25, g25-clean) look-alikes of personal data in texts about no one: an
 * organisation's rule book's code, a declared fixture's names and the SSN of every form, a
 * placeholder's birth year, a year alone, an enactment's date after an institution's birth,
 * a year and a comma read as an address, a birthday of nobody found. */
static void
test_g25_clean (void)
{
  static const char fixture[]
      = "# seed_users.csv — ALL INVALID on purpose, for the importer's tests\n"
        "id,last,first,ssn\n1,TESTUSER,DELTA,000-11-2222\n2,ZZDUMMY,ECHO,123-45-6789\n";
  static const char undeclared[]
      = "id,last,first,ssn\n1,KOWALCZYK,Marta,412-55-8830\n2,ZZDUMMY,ECHO,123-45-6789\n";
  static const char birthday[]
      = "Women in chemistry: a short history of the prize\n\n"
        "When the committee first gave the award to a woman, the field had already changed. "
        "Her\nwork on crystal structures was read in every laboratory of the continent, and "
        "the prize\nwent on to reward three more women within the following two decades. "
        "Today her birthday,\n3 June, is kept by the society as a day of open laboratories "
        "for secondary schools, with\nlectures, demonstrations and a poster competition "
        "judged by doctoral students. The society\npublishes the programme each spring and "
        "asks departments to open their doors for the\nafternoon; more than forty took part "
        "last year, from small colleges to national institutes.\n";
  static const char birthday_to_someone[]
      = "Hi Ravi, quick one before the payroll run: your birthday is 3 June, right? The "
        "system\nneeds it for the pension scheme and the form you sent last week left the "
        "field empty. If\nthat's right I'll key it in today and the scheme will send you "
        "the welcome letter by post\nwithin a fortnight; if not, just reply with the right "
        "date and I will fix it before the\nrun closes on Thursday. Thanks a lot, and sorry "
        "for the chase, the deadline is not ours.\nBest wishes from the payroll team, who "
        "would rather ask twice than file it wrong.\n";
  static const char abbreviations[]
      = "Claims desk guide: out-of-network imaging\n\n"
        "This guide sums up how the desk handles imaging claims from out-of-network providers "
        "in\nthe commercial and MA lines of business. Every claim is priced at the plan "
        "allowance and\nthe provider is told of the balance-billing rules of the state where "
        "care was given (ME, NH\nand VT follow the same schedule). Escalations go to the desk "
        "lead with the incident\nreference INC-4471902 quoted in the subject line, so that the "
        "audit trail stays in one\nplace. The desk reviews this guide every quarter and posts "
        "changes on the intranet page of\nthe claims operations team, with the date of the "
        "change and a short note on its reason.\n";
  const Case cases[] = {
    /* two capitals are no "ma", "me": nobody is spoken to, the reference is the desk's */
    { abbreviations, "INC-4471902", NULL },
    /* a rule book's own code after "policy": two or three digits */
    { "Refunds above the limit follow policy TRV-17 (travel desk approval).\n", "TRV-17", NULL },
    /* a person's policy holds a long number */
    { "Your policy HX-22871093 renews on 1 March.\n", "HX-22871093", "CUSTOMER_ID" },
    /* a declared fixture's names and the digits in order */
    { fixture, "TESTUSER", NULL },
    { fixture, "123-45-6789", NULL },
    { undeclared, "KOWALCZYK", "PERSON" },
    { undeclared, "412-55-8830", "US_SSN" },
    { undeclared, "123-45-6789", NULL },
    { "Employee SSN: 123-45-6780\n", "123-45-6780", "US_SSN" },
    /* a placeholder's birth year; Nepal's calendar dates living people */
    { "Date de naissance : 01/01/2099 (valeur par défaut du logiciel)\n", "01/01/2099", "DATE" },
    { "DOB 2071-01-22 B.S., Ward 4, Dharan\n", "2071-01-22", "DATE_OF_BIRTH" },
    /* a year alone is a generation's */
    { "Le demandeur, né en 1958, a cotisé 41 ans.\n", "1958", NULL },
    /* an institution born of a text dated so */
    { "Le régime des cadres est né de la convention du 14 mars 1947.\n", "14 mars 1947", "DATE" },
    { "Born 4 October 1970 in Leeds; licensed under the Act of 6 August 1998.\n", "4 October 1970",
      "DATE_OF_BIRTH" },
    /* a year and a comma open no address */
    { "Fond de plan : © 2022, BD ORTHO IGN ; cadastre DGFiP.\n", "2022, BD ORTHO IGN", NULL },
    { "Livraison au 12, rue des Lilas, 35000 Rennes.\n", "12, rue des Lilas", "POSTAL_ADDRESS" },
    /* a birthday with nobody around it; the same asked of someone */
    { birthday, "3 June", "DATE" },
    { birthday_to_someone, "3 June", "DATE_OF_BIRTH" },
  };
  check (cases, G_N_ELEMENTS (cases));
  /* French "faux" declares with a quantifier only */
  static const char all_false[] = "Toutes les valeurs ci-dessous sont FAUSSES.\n";
  static const char one_false[] = "Bonjour, le numéro client indiqué est faux.\n";
  g_assert_true (voile_example_values_declared (all_false, strlen (all_false)));
  g_assert_false (voile_example_values_declared (one_false, strlen (one_false)));
}

/* (session 25, g25b-clean) a manual's or a template's sample values, beside real ones */
static void
test_g25b_samples (void)
{
  static const Case cases[] = {
    /* placeholder mailboxes */
    { "Saisissez votre adresse (ex. : prenom.nom@exemple.fr) puis validez.\n",
      "prenom.nom@exemple.fr", NULL },
    { "Use the pattern firstname.lastname@northwind-traders.com for new staff.\n",
      "firstname.lastname@northwind-traders.com", NULL },
    { "Type your address, e.g. jane.doe@example.com, in the box.\n", "jane.doe@example.com", NULL },
    { "Indiquez votre.email@fournisseur.fr dans le champ prévu.\n", "votre.email@fournisseur.fr",
      NULL },
    /* people's and firms' mailboxes stay */
    { "Écrivez à marie.dupont@exemple.fr pour le dossier.\n", "marie.dupont@exemple.fr", "EMAIL" },
    { "Contact: john.doherty@gmail.com\n", "john.doherty@gmail.com", "EMAIL" },
    { "Questions to support@northwind-traders.com please.\n", "support@northwind-traders.com",
      "EMAIL" },
    { "Mail nomade.leroux@orange.fr\n", "nomade.leroux@orange.fr", "EMAIL" },
    /* a manual's keys, placeholders; a real key stays */
    { "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n", "AKIAIOSFODNN7EXAMPLE", NULL },
    { "export GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
      "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", NULL },
    { "export GITHUB_TOKEN=ghp_Q8x2LmT7vR4kP9wZ1cN6bY3hJ5sD0fG2aE8u\n",
      "ghp_Q8x2LmT7vR4kP9wZ1cN6bY3hJ5sD0fG2aE8u", "SECRET" },
    /* a password's word in an event's name reaches the next key: no value */
    { "{\"event\":\"password.reset\",\"user_id\":\"usr_Fe71sQaD2k\"}\n", "user_id", NULL },
    { "{\"login\":\"admin\",\"password\":\"Tr0ub4dor&3xQ\"}\n", "Tr0ub4dor&3xQ", "SECRET" },
    { "{\"event\":\"password.reset\",\"total\":412}\n{\"week\":\"W47\",\"event\":\"otp.sent\","
      "\"total\":"
      "90}\n",
      "event\":\"otp.sent", NULL },
    /* the specimen plate; a car's plate stays */
    { "Plaque d'immatriculation au format AB-123-CD (lettres, chiffres, lettres).\n", "AB-123-CD",
      NULL },
    { "Véhicule immatriculé GH-417-KT stationné devant le 4.\n", "GH-417-KT", "LICENSE_PLATE" },
  };
  check (cases, G_N_ELEMENTS (cases));
}

/* (session 26, g26-clean) a declared fixture's phones, cards and plates, the adverb before
 * "INVALID", PDO's error line, the DVLA's specimen licence, a 29 February of a two-digit common
 * year; and the same values kept where nothing says so. */
static void
test_g26_clean (void)
{
  static const Case cases[] = {
    { "# loyalty_fixtures.rb - each value here is intentionally INVALID\n"
      "BAD_PHONES = [\"020 7946 0000\", \"07700 900000\"]\n",
      "07700 900000", NULL },
    { "# loyalty_fixtures.rb - each value here is intentionally INVALID\n"
      "BAD_CARDS = [\"4539 1488 0343 6467\"]\n",
      "4539 1488 0343 6467", NULL },
    { "Tous ces numéros sont délibérément invalides (tests du module flotte).\n"
      "BX-482-KL   # bloc réservé\n",
      "BX-482-KL", NULL },
    /* no declaration: the phone stays */
    { "# loyalty notes - call back\nBAD_PHONES = [\"020 7946 0000\", \"07700 900000\"]\n",
      "07700 900000", "PHONE" },
    { "PDOException: SQLSTATE[23000]: Integrity constraint violation: 1452 Cannot add row\n",
      "1452 Cannot", NULL },
    { "Licence sample shown on gov.uk: MORGA657054SM9IJ (not yours).\n", "MORGA657054SM9IJ", NULL },
    { "My licence: PRICE804129LJ9KX, issued in Swansea.\n", "PRICE804129LJ9KX", "ID_DOCUMENT" },
    { "Row 14: 29/02/25 rejected (no such day), 28/02/25 accepted.\n", "29/02/25", NULL },
    { "Row 14: 29/02/25 rejected (no such day), 28/02/25 accepted.\n", "28/02/25", "DATE" },
    { "Row 15: 29/02/28 accepted (a leap year).\n", "29/02/28", "DATE" },
  };
  check (cases, G_N_ELEMENTS (cases));
}

/* (session 26, g26-clean) a document whose only direct identifiers are mailboxes at reserved
 * domains: its samples; one holding a person's stand-in beside a name and a phone keeps it */
static void
test_g26_reserved_emails (void)
{
#define G26_FILLER                                                                                 \
  "queue: overflow\nstrategy: round_robin\nmax_open: 140\nescalate_after_hours: 48\n"              \
  "retry: 3\nlog_level: debug\nrotation: daily\nkeep_days: 14\nbatch_size: 250\n"                  \
  "timeout_seconds: 30\nregion: eu-west\nfeature_flags: [triage_v2, auto_close]\n"
  static const Case cases[] = {
    { "# rules.yaml (staging)\n" G26_FILLER G26_FILLER G26_FILLER G26_FILLER
      "notify: ops-leads@example.com\nfallback: triage@claims.test\n",
      "ops-leads@example.com", NULL },
    { "Claim note\n" G26_FILLER G26_FILLER G26_FILLER G26_FILLER
      "Policyholder Dana Whitlock, 07700 900418, dana.whitlock@example.com\n",
      "dana.whitlock@example.com", "EMAIL" },
    { "# rules.yaml (staging)\n" G26_FILLER G26_FILLER G26_FILLER G26_FILLER
      "notify: ops-leads@examplecorp.com\n",
      "ops-leads@examplecorp.com", "EMAIL" },
  };
#undef G26_FILLER
  check (cases, G_N_ELEMENTS (cases));
}

/* The predicates read alone: an example key, a placeholder mailbox (every word of its local part a
 * placeholder's, the accented "prénom" too) and a JSON key (its colon after the closing quote,
 * at most three blanks between; a pair's separator inside). */
static void
test_sample_predicates (void)
{
  static const char *const samples[] = { "prenom.nom@exemple.fr", "pr\xc3\xa9nom.nom@exemple.fr",
                                         "First_Last@corp.com",   "e-mail@domain.com",
                                         "your+name@x.org",       "JDoe@corp.com",
                                         "John.Doe@example.com",  NULL };
  static const char *const people[] = { "marie.dupont@exemple.fr",
                                        "name.dupont@x.fr",
                                        "@domain.com",
                                        "nom",
                                        "jdoe2@x.fr",
                                        "john.doherty@x.com",
                                        NULL };
  for (const char *const *m = samples; *m != NULL; m++)
    g_assert_true (voile_example_values_placeholder_mailbox (*m, strlen (*m)));
  for (const char *const *m = people; *m != NULL; m++)
    g_assert_false (voile_example_values_placeholder_mailbox (*m, strlen (*m)));

  static const char key[] = "{\"password.reset\"   : 1}";
  static const char far[] = "{\"password.reset\"    : 1}";
  static const char pair[] = "{\"event\":\"otp.sent\"}";
  static const char value[] = "{\"password\":\"Tr0ub4dor\"}";
  g_assert_true (voile_example_values_json_key (key, strlen (key), 2, 16));
  g_assert_false (voile_example_values_json_key (far, strlen (far), 2, 16));
  g_assert_true (voile_example_values_json_key (pair, strlen (pair), 2, 18));
  g_assert_false (voile_example_values_json_key (value, strlen (value), 13, 22));
  /* an example key: "EXAMPLE" in capitals, or its tail one sign twelve times; a real key's
   * tail, eleven signs, "example" in lower case (the rules' placeholder words) are none */
  static const char *const examples[] = { "AKIAIOSFODNN7EXAMPLE", "ghp_xxxxxxxxxxxx",
                                          "sk_live_XXXXXXXXXXXX", "000000000000", NULL };
  static const char *const keys[]
      = { "ghp_xxxxxxxxxxx", "sk_live_example4f9Qz", "ghp_Q8x2LmT7vR4kP9wZ1cN6",
          "xxxxxxxxxxxx_a",  "sk_live_nonetrue0",    NULL };
  for (const char *const *k = examples; *k != NULL; k++)
    g_assert_true (voile_example_values_secret (*k, strlen (*k)));
  for (const char *const *k = keys; *k != NULL; k++)
    g_assert_false (voile_example_values_secret (*k, strlen (*k)));
  g_assert_true (voile_example_values_one_sign ("*", 1));
  g_assert_true (voile_example_values_one_sign ("0000", 4));
  g_assert_false (voile_example_values_one_sign ("0001", 4));
  g_assert_false (voile_example_values_one_sign ("", 0));

  /* at the text's ends: no byte read outside it */
  g_assert_false (voile_example_values_json_key (key, 16, 2, 16));
  g_assert_false (voile_example_values_json_key (key + 2, 14, 0, 14));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/example-values/declarations", test_declarations);
  g_test_add_func ("/example-values/declared-fixture", test_declared_fixture);
  g_test_add_func ("/example-values/schema-examples", test_schema_examples);
  g_test_add_func ("/example-values/shapes", test_shapes);
  g_test_add_func ("/example-values/template-samples", test_template_samples);
  g_test_add_func ("/example-values/dates", test_dates);
  g_test_add_func ("/example-values/histories", test_histories);
  g_test_add_func ("/example-values/catalogue-prices", test_catalogue_prices);
  g_test_add_func ("/example-values/g25-clean", test_g25_clean);
  g_test_add_func ("/example-values/g25b-samples", test_g25b_samples);
  g_test_add_func ("/example-values/g26-clean", test_g26_clean);
  g_test_add_func ("/example-values/g26-reserved-emails", test_g26_reserved_emails);
  g_test_add_func ("/example-values/sample-predicates", test_sample_predicates);
  return g_test_run ();
}
