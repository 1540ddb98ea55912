/* test-spoken.c — numbers written in words (voile-number-words.c) and the personal data
 * transcripts spell out with them (voile-spoken.c): found in context, look-alikes left. */
#include "config.h"

#include <string.h>

#include "voile-engine.h"
#include "voile-number-words.h"

#define FR VOILE_NUMBER_LANG_FR
#define EN VOILE_NUMBER_LANG_EN

static void
test_cardinals (void)
{
  static const struct
  {
    const char *text;
    VoileNumberLang lang;
    guint value;
    const char *rest; /* what follows the number */
  } cases[] = {
    { "douze", FR, 12, "" },
    { "trente-quatre,", FR, 34, "," },
    { "vingt et un euros", FR, 21, " euros" },
    { "soixante-et-onze", FR, 71, "" },
    { "soixante-dix-huit", FR, 78, "" },
    { "quatre-vingts euros", FR, 80, " euros" },
    { "quatre-vingt-dix-neuf", FR, 99, "" },
    { "QUATRE-VINGT-UN", FR, 81, "" },
    { "deux cent cinquante", FR, 250, "" },
    { "cent douze avenue", FR, 112, " avenue" },
    { "mille deux cents euros", FR, 1200, " euros" },
    { "trois cent quarante-huit mille euros", FR, 348000, " euros" },
    { "deux mille vingt-six", FR, 2026, "" },
    { "zéro", FR, 0, "" },
    { "twenty-one pilots", EN, 21, " pilots" },
    { "twelve hundred pounds", EN, 1200, " pounds" },
    { "two hundred and fifty dollars", EN, 250, " dollars" },
    { "two thousand and twenty-six", EN, 2026, "" },
    { "nineteen", EN, 19, "" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *t = cases[i].text;
      guint value = G_MAXUINT;
      gsize end = voile_number_words_cardinal (t, strlen (t), 0, cases[i].lang, &value);
      g_assert_cmpuint (end, !=, 0);
      g_assert_cmpuint (value, ==, cases[i].value);
      g_assert_cmpstr (t + end, ==, cases[i].rest);
    }

  /* Not numbers, or not in that language */
  static const struct
  {
    const char *text;
    VoileNumberLang lang;
  } none[] = { { "douzaine", FR }, { "douze", EN }, { "twelve", FR }, { "oh", EN },
               { "et", FR },       { "and", EN },   { "", FR },       { "-vingt", FR } };
  for (gsize i = 0; i < G_N_ELEMENTS (none); i++)
    {
      guint value;
      g_assert_cmpuint (voile_number_words_cardinal (none[i].text, strlen (none[i].text), 0,
                                                     none[i].lang, &value),
                        ==, 0);
    }
}

static void
test_ordinals (void)
{
  static const struct
  {
    const char *text;
    guint value; /* 0: none */
  } cases[] = {
    { "first", 1 },         { "twelfth", 12 },   { "twenty-first", 21 },
    { "thirty first", 31 }, { "Thirtieth", 30 }, { "thirty-second", 0 },
    { "twelve", 0 },        { "firstly", 0 },    { "twenty-second", 22 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint value = 0;
      gsize end = voile_number_words_ordinal_en (cases[i].text, strlen (cases[i].text), 0, &value);
      g_assert_cmpuint (end != 0 ? value : 0, ==, cases[i].value);
      if (end != 0)
        g_assert_cmpuint (end, ==, strlen (cases[i].text));
    }
}

static void
test_digits (void)
{
  static const struct
  {
    const char *text;
    VoileNumberLang lang;
    const char *digits;
    guint n_words;
    const char *rest;
  } cases[] = {
    { "zéro six, douze, trente-quatre. Merci", FR, "061234", 4, ". Merci" },
    { "06 douze 34 cinquante-six 78 voilà", FR, "0612345678", 2, " voilà" },
    { "zéro quatre, soixante-sept, quatre-vingt-douze", FR, "046792", 4, "" },
    { "oh eight seven double five, triple two!", EN, "08755222", 5, "!" },
    { "six one four - five five five - zero one six nine", EN, "6145550169", 10, "" },
    { "sixty-one forty", EN, "6140", 2, "" },
    /* A symbol ends a word: "six⟧" is "six" */
    { "zéro six⟧", FR, "06", 2, "⟧" },
    { "zéro six…", FR, "06", 2, "…" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      char digits[17];
      guint n_words = 0;
      const char *t = cases[i].text;
      gsize end = voile_number_words_digits (t, strlen (t), 0, cases[i].lang, digits, sizeof digits,
                                             &n_words);
      g_assert_cmpuint (end, !=, 0);
      g_assert_cmpstr (digits, ==, cases[i].digits);
      g_assert_cmpuint (n_words, ==, cases[i].n_words);
      g_assert_cmpstr (t + end, ==, cases[i].rest);
    }

  /* Longer than the caller's room: a list or a count, not one number. */
  const char *list = "un deux trois quatre cinq six sept huit neuf dix onze douze treize";
  char small[8];
  guint n_words;
  g_assert_cmpuint (
      voile_number_words_digits (list, strlen (list), 0, FR, small, sizeof small, &n_words), ==, 0);
}

typedef struct
{
  const char *text;
  const char *type;
  const char *value;
} Found;

static const Found found[] = {
  /* Phones read group by group, in both languages, digits mixed in */
  { "it's six one four, five five five, zero one six nine, or my work number", "PHONE",
    "six one four, five five five, zero one six nine" },
  { "or me on oh eight seven three one two four four five six ok", "PHONE",
    "oh eight seven three one two four four five six" },
  { "mobile oh seven seven double four, nine one two, three eight six.", "PHONE",
    "oh seven seven double four, nine one two, three eight six" },
  { "Call two one two - five five five - zero one four two", "PHONE",
    "two one two - five five five - zero one four two" },
  { "son numéro c'est le zéro six quarante-trois vingt et un dix-sept quatre-vingt-huit voilà",
    "PHONE", "zéro six quarante-trois vingt et un dix-sept quatre-vingt-huit" },
  { "le 06 douze 34 cinquante-six 78 voilà", "PHONE", "06 douze 34 cinquante-six 78" },
  { "rappeler au zéro six. trente. quarante-quatre. quatre-vingt-un. douze avant", "PHONE",
    "zéro six. trente. quarante-quatre. quatre-vingt-un. douze" },
  { "appelez le plus trente-trois six, douze, trente-quatre, cinquante-six, soixante-dix-huit",
    "PHONE", "plus trente-trois six, douze, trente-quatre, cinquante-six, soixante-dix-huit" },
  { "my UK mobile is +44 seven seven double oh, nine double oh one two three", "PHONE",
    "+44 seven seven double oh, nine double oh one two three" },
  /* E-mail addresses read out */
  { "you can email me at john dot smith at gmail dot com thanks", "EMAIL",
    "john dot smith at gmail dot com" },
  { "c'est marie point dupont arobase orange point fr voilà", "EMAIL",
    "marie point dupont arobase orange point fr" },
  { "sarah underscore lee at yahoo dot co dot uk ok", "EMAIL",
    "sarah underscore lee at yahoo dot co dot uk" },
  { "son mail c'est dupont arobase free point fr", "EMAIL", "dupont arobase free point fr" },
  /* Dates in words; a birth date after "born" */
  { "launch is still the twelfth of january yes", "DATE", "twelfth of january" },
  { "move it to December the tenth instead", "DATE", "December the tenth" },
  { "we met on March third, 2025 at the office", "DATE", "March third, 2025" },
  { "on the twenty-first of March two thousand and twenty-six", "DATE",
    "twenty-first of March two thousand and twenty-six" },
  { "she was born on the fourth of July nineteen eighty-two and", "DATE_OF_BIRTH",
    "fourth of July nineteen eighty-two" },
  { "rendez-vous le vingt-sept octobre", "DATE", "vingt-sept octobre" },
  { "il est né le premier décembre mille neuf cent quatre-vingt-cinq", "DATE_OF_BIRTH",
    "premier décembre mille neuf cent quatre-vingt-cinq" },
  /* French sums in words */
  { "c'était mille deux cents euros et après", "AMOUNT", "mille deux cents euros" },
  { "frais de port offerts à partir de quatre-vingts euros", "AMOUNT", "quatre-vingts euros" },
  { "se lit mille deux cent quatre euros et cinquante-six centimes.", "AMOUNT",
    "mille deux cent quatre euros et cinquante-six centimes" },
  /* Addresses and postcodes in words */
  { "c'est douze bis allée des Frênes à Saint-Herblain", "POSTAL_ADDRESS",
    "douze bis allée des Frênes" },
  { "l'atelier c'est quarante-deux rue de la Mouzaïa dans le dix-neuvième", "POSTAL_ADDRESS",
    "quarante-deux rue de la Mouzaïa" },
  { "la nouvelle adresse c'est cent douze avenue Jean Jaurès", "POSTAL_ADDRESS",
    "cent douze avenue Jean Jaurès" },
  { "dans le dix-neuvième soixante-quinze zéro dix-neuf Paris", "POSTAL_ADDRESS",
    "soixante-quinze zéro dix-neuf Paris" },
  { "I live at forty-two Acacia Avenue, Leeds", "POSTAL_ADDRESS", "forty-two Acacia Avenue" },
};

/* Number words that are no personal data. */
static const struct
{
  const char *text;
  const char *type; /* "*": no finding at all */
} not_found[] = {
  { "one or two things before we start, back in five minutes", "*" },
  { "first of all we shipped two releases", "*" },
  { "on attend deux cents personnes à quatorze heures", "*" },
  { "la mairie ferme les trois rues piétonnes", "*" },
  { "ten nine eight seven six five four three two one", "*" },
  { "zéro un deux trois quatre cinq six sept huit neuf", "*" },
  { "les numéros gagnants : douze trente-quatre cinquante-six soixante-dix-huit quatre-vingt-dix",
    "*" },
  { "they can call you on the number ending two two one", "*" },
  { "we may first check the pricing page", "*" },
  { "the score was six one, four six, six three", "*" },
  /* English sums in words are left, as the corpora leave them */
  { "we paid fifteen hundred euro in the end", "*" },
  { "about twelve hundred quid for a pump", "*" },
  { "soixante-quinze kilomètres jusqu'à Paris", "*" },
  { "il a fini à zéro six six six pour le score", "*" },
  { "il en veut plus deux ou trois", "*" },
  { "we met at Google dot com headquarters, see you at five", "*" },
  { "email me at gmail dot com, look at example.com", "*" },
};

static GPtrArray *
scan_values (const char *text, const char *type)
{
  guint32 mask = VOILE_TYPE_MASK_ALL & ~VOILE_TYPE_BIT (VOILE_TYPE_PERSON)
                 & ~VOILE_TYPE_BIT (VOILE_TYPE_LOCATION);
  g_autoptr (VoileScanResult) r
      = voile_engine_scan (voile_engine_get_default (), text, strlen (text), mask);
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < r->findings->len; i++)
    {
      VoileFinding *f = &g_array_index (r->findings, VoileFinding, i);
      const char *name = voile_type_get_name (f->type);
      if (type == NULL || strcmp (type, "*") == 0 || strcmp (type, name) == 0)
        g_ptr_array_add (
            values, g_strdup_printf ("%s=%.*s", name, (int)(f->end - f->start), text + f->start));
    }
  return values;
}

static void
test_found (void)
{
  guint failures = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (found); i++)
    {
      g_autoptr (GPtrArray) values = scan_values (found[i].text, NULL);
      g_autofree char *want = g_strdup_printf ("%s=%s", found[i].type, found[i].value);
      gboolean ok = FALSE;
      for (guint k = 0; k < values->len; k++)
        ok |= strcmp (values->pdata[k], want) == 0;
      if (!ok)
        {
          g_printerr ("MISSED %s in «%s»\n", want, found[i].text);
          failures++;
        }
    }
  g_assert_cmpuint (failures, ==, 0);
}

static void
test_not_found (void)
{
  guint failures = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (not_found); i++)
    {
      g_autoptr (GPtrArray) values = scan_values (not_found[i].text, not_found[i].type);
      for (guint k = 0; k < values->len; k++)
        {
          g_printerr ("FALSE POSITIVE in «%s»: %s\n", not_found[i].text,
                      (const char *)values->pdata[k]);
          failures++;
        }
    }
  g_assert_cmpuint (failures, ==, 0);
}

/* A megabyte of number words: every word is an anchor, each reads a bounded stretch. */
static void
test_long_runs (void)
{
  static const char *const units[] = { "six ", "zéro six, ", "douze ", "oh eight ", "deux cents " };

  for (gsize u = 0; u < G_N_ELEMENTS (units); u++)
    {
      g_autoptr (GString) s = g_string_new (NULL);
      while (s->len < 1 << 20)
        g_string_append (s, units[u]);
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr (VoileScanResult) r
          = voile_engine_scan (voile_engine_get_default (), s->str, s->len, VOILE_TYPE_MASK_ALL);
      /* a run longer than any phone number is none */
      for (guint i = 0; i < r->findings->len; i++)
        g_assert_cmpint (g_array_index (r->findings, VoileFinding, i).type, !=, VOILE_TYPE_PHONE);
      /* generous: a quadratic scan takes minutes */
      g_assert_cmpint (g_get_monotonic_time () - t0, <, 20 * G_USEC_PER_SEC);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/spoken/cardinals", test_cardinals);
  g_test_add_func ("/spoken/ordinals", test_ordinals);
  g_test_add_func ("/spoken/digits", test_digits);
  g_test_add_func ("/spoken/found-in-context", test_found);
  g_test_add_func ("/spoken/look-alikes-not-found", test_not_found);
  g_test_add_func ("/spoken/long-runs", test_long_runs);
  return g_test_run ();
}
