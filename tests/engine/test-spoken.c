/* test-spoken.c — numbers written in words (voile-number-words.c), and long runs of them
 * through the engine. What transcripts spell out with them (voile-spoken.c) is in
 * test-engine.c's tables with the other detectors. */
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
    /* (g20-spoken) "quatre-" before "vingt" opens the next pair: 40 93, not 44 20 13 */
    { "dix-sept quarante quatre-vingt-treize vingt-huit", FR, "17409328", 4, "" },
    { "quarante quatre, douze", FR, "4412", 2, "" },
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
  g_test_add_func ("/spoken/long-runs", test_long_runs);
  return g_test_run ();
}
