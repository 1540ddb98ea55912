/* test-rule-table.c — the engine takes a table of 256 rules: the detectors of
 * voile_rules_get() and as many more, as a contributor adding detectors would make it.
 * The rows past the 64th are found at each kind of anchor (digits and keywords have their
 * own numbering in the engine, the other anchors share one rule set). */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "voile-engine-private.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#define TABLE_ROWS 256

/* A literal at the anchor, as the finding: no real detector finds these. */
static gboolean
match_literal (VoileCandidate *c, const char *literal)
{
  gsize n = strlen (literal);

  if (c->anchor + n > c->len || memcmp (c->text + c->anchor, literal, n) != 0)
    return FALSE;
  c->start = c->anchor;
  c->end = c->anchor + n;
  return TRUE;
}

static gboolean
match_digits (VoileCandidate *c)
{
  return match_literal (c, "31415926535");
}

static gboolean
match_keyword (VoileCandidate *c)
{
  return match_literal (c, "zorglub");
}

static gboolean
match_at (VoileCandidate *c)
{
  return match_literal (c, "glorbz");
}

static const char *const zorglub_keywords[] = { "zorglub", NULL };

/* The last rows of the big table, one per kind of anchor numbering. */
static const VoileRule last_rows[] = {
  { .id = "test-digits",
    .type = VOILE_TYPE_SECRET,
    .anchors = VOILE_ANCHOR_DIGIT,
    .match = match_digits,
    .min_digits = 11,
    .window = 16,
    .confidence = 0.5f },
  { .id = "test-keyword",
    .type = VOILE_TYPE_SECRET,
    .anchors = VOILE_ANCHOR_KEYWORD,
    .match = match_keyword,
    .keywords = zorglub_keywords,
    .window = 16,
    .confidence = 0.5f },
  { .id = "test-at",
    .type = VOILE_TYPE_SECRET,
    .anchors = VOILE_ANCHOR_AT,
    .match = match_at,
    .window = 16,
    .confidence = 0.5f },
};

static const char text[] = "Marie: marie.dupont@example.fr, code 31415926535, mot zorglub, "
                           "glorbz@example.org.";

/* The real rules, rows that anchor nowhere, then last_rows: TABLE_ROWS rows. */
static VoileRule *
big_table (void)
{
  guint n_real = 0;
  const VoileRule *real = voile_rules_get (&n_real);
  VoileRule *rules = g_new0 (VoileRule, TABLE_ROWS);
  guint first_last = TABLE_ROWS - G_N_ELEMENTS (last_rows);

  g_assert_cmpuint (n_real, <=, first_last);
  memcpy (rules, real, n_real * sizeof *rules);
  for (guint i = n_real; i < first_last; i++)
    rules[i] = (VoileRule){ .id = "test-padding", .type = VOILE_TYPE_SECRET };
  memcpy (rules + first_last, last_rows, sizeof last_rows);
  return rules;
}

static gboolean
has_finding (const VoileScanResult *result, VoileType type, const char *value)
{
  const char *at = strstr (text, value);
  gsize start = (gsize)(at - text);

  g_assert_nonnull (at);
  for (guint i = 0; i < result->findings->len; i++)
    {
      const VoileFinding *f = &g_array_index (result->findings, VoileFinding, i);
      if (f->type == type && f->start == start && f->end == start + strlen (value))
        return TRUE;
    }
  return FALSE;
}

static void
test_rows_past_64_found (void)
{
  g_autofree VoileRule *rules = big_table ();
  g_autoptr (GError) error = NULL;
  g_autoptr (VoileEngine) engine = voile_engine_new_for_rules (rules, TABLE_ROWS, &error);

  g_assert_no_error (error);
  g_assert_nonnull (engine);
  g_autoptr (VoileScanResult) result
      = voile_engine_scan (engine, text, strlen (text), VOILE_TYPE_MASK_ALL);
  g_assert_true (has_finding (result, VOILE_TYPE_EMAIL, "marie.dupont@example.fr"));
  g_assert_true (has_finding (result, VOILE_TYPE_SECRET, "31415926535"));
  g_assert_true (has_finding (result, VOILE_TYPE_SECRET, "zorglub"));

  /* "glorbz" is also the start of an e-mail address, a surer finding: without it. */
  g_autoptr (VoileScanResult) secrets
      = voile_engine_scan (engine, text, strlen (text), VOILE_TYPE_BIT (VOILE_TYPE_SECRET));
  g_assert_true (has_finding (secrets, VOILE_TYPE_SECRET, "31415926535"));
  g_assert_true (has_finding (secrets, VOILE_TYPE_SECRET, "zorglub"));
  g_assert_true (has_finding (secrets, VOILE_TYPE_SECRET, "glorbz"));

  /* The type mask still switches the rows off. */
  g_autoptr (VoileScanResult) no_secret = voile_engine_scan (
      engine, text, strlen (text), VOILE_TYPE_MASK_ALL & ~VOILE_TYPE_BIT (VOILE_TYPE_SECRET));
  g_assert_false (has_finding (no_secret, VOILE_TYPE_SECRET, "31415926535"));
  g_assert_false (has_finding (no_secret, VOILE_TYPE_SECRET, "zorglub"));
  g_assert_false (has_finding (no_secret, VOILE_TYPE_SECRET, "glorbz"));
  g_assert_true (has_finding (no_secret, VOILE_TYPE_EMAIL, "marie.dupont@example.fr"));
}

/* The real detectors alone find none of the test rows' values. */
static void
test_real_rules_do_not_find_them (void)
{
  VoileEngine *engine = voile_engine_get_default ();
  g_autoptr (VoileScanResult) result
      = voile_engine_scan (engine, text, strlen (text), VOILE_TYPE_BIT (VOILE_TYPE_SECRET));

  g_assert_false (has_finding (result, VOILE_TYPE_SECRET, "31415926535"));
  g_assert_false (has_finding (result, VOILE_TYPE_SECRET, "zorglub"));
  g_assert_false (has_finding (result, VOILE_TYPE_SECRET, "glorbz"));
}

/* A table the engine has no room for is an error that says what to raise, not a crash. */
static void
test_too_many_rows_is_an_error (void)
{
  g_autofree VoileRule *rules = g_new0 (VoileRule, 2 * TABLE_ROWS);
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < 2 * TABLE_ROWS; i++)
    rules[i] = last_rows[0];
  g_autoptr (VoileEngine) too_many = voile_engine_new_for_rules (rules, 2 * TABLE_ROWS, &error);
  g_assert_null (too_many);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "MAX_RULES"));
  g_clear_error (&error);

  /* 129 rows, all anchored on digits: more than the digit numbering holds. */
  g_autoptr (VoileEngine) too_many_digits = voile_engine_new_for_rules (rules, 129, &error);
  g_assert_null (too_many_digits);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "DIGIT_WORDS"));
}

static gboolean
match_nothing (VoileCandidate *c)
{
  return FALSE;
}

/* Says yes before "31415926535" only: shared by all the rows of the test below. */
static gboolean
prefilter_pi (const char *t, gsize len, gsize anchor, gsize end)
{
  return end - anchor == 11 && memcmp (t + anchor, "31415926535", 11) == 0;
}

/* The digit rules are numbered in two words of 64: 128 rows anchored on digits fit, the
 * last one's number in the second word, and it is found. All share one prefilter, whose
 * answer, asked once, holds for the rows of both words; a 129th row is an error (see
 * test_too_many_rows_is_an_error). */
static void
test_digit_rules_past_64 (void)
{
  const guint n = 128;
  g_autofree VoileRule *rules = g_new0 (VoileRule, n);
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      rules[i] = last_rows[0];
      rules[i].prefilter = prefilter_pi;
      if (i + 1 < n)
        {
          rules[i].id = "test-filler";
          rules[i].match = match_nothing;
        }
    }
  g_autoptr (VoileEngine) engine = voile_engine_new_for_rules (rules, n, &error);
  g_assert_no_error (error);
  g_autoptr (VoileScanResult) result
      = voile_engine_scan (engine, text, strlen (text), VOILE_TYPE_MASK_ALL);
  g_assert_true (has_finding (result, VOILE_TYPE_SECRET, "31415926535"));
  g_autoptr (VoileScanResult) none = voile_engine_scan (
      engine, text, strlen (text), VOILE_TYPE_MASK_ALL & ~VOILE_TYPE_BIT (VOILE_TYPE_SECRET));
  g_assert_false (has_finding (none, VOILE_TYPE_SECRET, "31415926535"));

  /* The same row in the first word, after rows of the second one's prefilter. */
  rules[0] = last_rows[0];
  rules[0].prefilter = prefilter_pi;
  rules[n - 1].id = "test-filler";
  rules[n - 1].match = match_nothing;
  g_autoptr (VoileEngine) first = voile_engine_new_for_rules (rules, n, &error);
  g_assert_no_error (error);
  g_autoptr (VoileScanResult) found
      = voile_engine_scan (first, text, strlen (text), VOILE_TYPE_MASK_ALL);
  g_assert_true (has_finding (found, VOILE_TYPE_SECRET, "31415926535"));
}

/* The real table leaves room for more digit rules than it has. */
static void
test_real_digit_rules_fit (void)
{
  guint n = 0, digits = 0;
  const VoileRule *rules = voile_rules_get (&n);

  for (guint i = 0; i < n; i++)
    digits += (rules[i].anchors & VOILE_ANCHOR_DIGIT) != 0;
  g_assert_cmpuint (digits, <, 128);
  g_autoptr (GError) error = NULL;
  g_autoptr (VoileEngine) engine = voile_engine_new_for_rules (rules, n, &error);
  g_assert_no_error (error);
  g_assert_nonnull (engine);
}

/* The keyword rules are numbered in banks of 64: a keyword rule past the first bank is
 * found, in table order, and a table past the last bank is an error that says what to
 * raise. */
static void
test_keyword_rules_past_64 (void)
{
  static const char *const filler_keywords[] = { "quuxfiller", NULL };
  const guint n = 100, too_many = 129;
  g_autofree VoileRule *rules = g_new0 (VoileRule, too_many);
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < too_many; i++)
    {
      rules[i] = last_rows[1];
      rules[i].id = "test-filler";
      rules[i].keywords = filler_keywords;
    }
  rules[n - 1] = last_rows[1];
  g_autoptr (VoileEngine) engine = voile_engine_new_for_rules (rules, n, &error);
  g_assert_no_error (error);
  g_autoptr (VoileScanResult) result
      = voile_engine_scan (engine, text, strlen (text), VOILE_TYPE_MASK_ALL);
  g_assert_true (has_finding (result, VOILE_TYPE_SECRET, "zorglub"));

  g_autoptr (VoileEngine) full = voile_engine_new_for_rules (rules, too_many, &error);
  g_assert_null (full);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "KW_BANKS"));
}

/* Every detector's pattern compiles (the engine compiles each at its first run only). */
static void
test_patterns_compile (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VoileEngine) engine = voile_engine_new (&error);

  g_assert_no_error (error);
  g_assert_true (voile_engine_compile_all (engine, &error));
  g_assert_no_error (error);
}

/* The patterns compiled at build time are linked in, one per pattern of the table, each
 * the same as the engine's own compilation of it: the engine compiles none of them at run
 * time, and what it reads back finds what it would have compiled. */
static void
test_pattern_blob_matches_table (void)
{
  g_assert_nonnull (voile_pattern_blob_get);
  const VoilePatternBlob *blob = voile_pattern_blob_get ();
  g_assert_nonnull (blob);
  /* Made by the PCRE2 the tests run with: the engine reads it (another would be ignored). */
  guint32 link_size = 0;
  g_assert_cmpstr (blob->pcre2_version, ==, voile_engine_pcre2_version (&link_size));
  g_assert_cmpuint (blob->pcre2_link_size, ==, link_size);
  g_autofree pcre2_code **codes = g_new0 (pcre2_code *, blob->n_keys);
  g_assert_cmpint (pcre2_serialize_decode (codes, (int32_t)blob->n_keys, blob->bytes, NULL), ==,
                   (int32_t)blob->n_keys);

  guint n = 0, with_pattern = 0;
  const VoileRule *rules = voile_rules_get (&n);
  for (guint i = 0; i < n; i++)
    {
      if (rules[i].pattern == NULL)
        continue;
      with_pattern++;
      guint64 key = voile_engine_pattern_key (rules[i].pattern);
      guint k = 0;
      while (k < blob->n_keys && blob->keys[k] != key)
        k++;
      g_assert_cmpuint (k, <, blob->n_keys);

      int errcode;
      PCRE2_SIZE erroffset;
      pcre2_code *fresh = pcre2_compile ((PCRE2_SPTR)rules[i].pattern, PCRE2_ZERO_TERMINATED,
                                         PCRE2_UTF | PCRE2_ANCHORED | PCRE2_MATCH_INVALID_UTF,
                                         &errcode, &erroffset, NULL);
      g_assert_nonnull (fresh);
      size_t size_fresh = 0, size_blob = 0;
      uint32_t options_fresh = 0, options_blob = 0;
      pcre2_pattern_info (fresh, PCRE2_INFO_SIZE, &size_fresh);
      pcre2_pattern_info (codes[k], PCRE2_INFO_SIZE, &size_blob);
      pcre2_pattern_info (fresh, PCRE2_INFO_ALLOPTIONS, &options_fresh);
      pcre2_pattern_info (codes[k], PCRE2_INFO_ALLOPTIONS, &options_blob);
      g_assert_cmpuint (size_fresh, ==, size_blob);
      g_assert_cmpuint (options_fresh, ==, options_blob);
      pcre2_code_free (fresh);
    }
  g_assert_cmpuint (with_pattern, ==, blob->n_keys);
  for (guint k = 0; k < blob->n_keys; k++)
    pcre2_code_free (codes[k]);

  /* A pattern the table does not hold has another key: the engine compiles it. */
  g_assert_cmpuint (voile_engine_pattern_key ("[0-9]+"), !=, voile_engine_pattern_key ("[0-9]*"));
}

/* A pattern that does not compile is named by voile_engine_compile_all(); a scan reaching
 * it says so once and finds nothing there, without stopping. */
static void
test_bad_pattern_finds_nothing (void)
{
  static const VoileRule rules[] = {
    { .id = "test-broken",
      .type = VOILE_TYPE_EMAIL,
      .anchors = VOILE_ANCHOR_AT,
      .pattern = "[a-z+@",
      .window = 64,
      .confidence = 0.9f },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (VoileEngine) engine = voile_engine_new_for_rules (rules, 1, &error);

  g_assert_no_error (error);
  g_assert_false (voile_engine_compile_all (engine, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "test-broken"));

  if (g_test_subprocess ())
    {
      /* The critical is the message this test wants, not a failure. */
      g_log_set_always_fatal (G_LOG_FATAL_MASK);
      g_autoptr (VoileScanResult) result
          = voile_engine_scan (engine, text, strlen (text), VOILE_TYPE_BIT (VOILE_TYPE_EMAIL));
      g_assert_cmpuint (result->findings->len, ==, 0);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*test-broken*does not compile*");
}

/* The word at the anchor, as the finding. */
static gboolean
match_word (VoileCandidate *c)
{
  gsize end = c->anchor;

  while (end < c->len && c->text[end] != ' ')
    end++;
  c->start = c->anchor;
  c->end = end;
  return end > c->anchor;
}

/* Keyword anchors ignore case, in ASCII and in the accented letters of UTF-8, and a final
 * '$' ends the word: whatever the engine's prefilters test first (three bytes, then the
 * fourth), a keyword written in another case is found and a longer word is not. */
static void
test_keywords_ignore_case (void)
{
  static const char *const keywords[] = { "résidence", "préavis", "key$", "né", "écrou", NULL };
  static const VoileRule rules[] = {
    { .id = "test-keywords",
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = keywords,
      .match = match_word,
      .confidence = 0.9f },
  };
  static const struct
  {
    const char *text;
    const char *found; /* NULL: nothing */
  } cases[] = {
    { "la RÉSIDENCE fleurie", "RÉSIDENCE" },
    { "la Résidence fleurie", "Résidence" },
    { "le réseau 5", NULL },
    { "un PRÉAVIS court", "PRÉAVIS" },
    { "un Préavis court", "Préavis" },
    { "les prévisions", NULL },
    { "the KEY is", "KEY" },
    { "the key, then", "key," },
    { "the keys are", NULL },
    { "the keynote", NULL },
    { "NÉ le", "NÉ" },
    { "KEY", "KEY" },
    /* A keyword may start with an accented letter, in either case, at a word start only
     * (an elided article's apostrophe ends a word). */
    { "n° d'écrou 4471", "écrou" },
    { "ÉCROU 4471", "ÉCROU" },
    { "Écrou : 4471", "Écrou" },
    { "un décrou", NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (VoileEngine) engine = voile_engine_new_for_rules (rules, 1, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *t = cases[i].text;
      g_autoptr (VoileScanResult) result
          = voile_engine_scan (engine, t, strlen (t), VOILE_TYPE_BIT (VOILE_TYPE_CUSTOMER_ID));
      g_autofree char *found = NULL;

      if (result->findings->len > 0)
        {
          const VoileFinding *f = &g_array_index (result->findings, VoileFinding, 0);
          found = g_strndup (t + f->start, f->end - f->start);
        }
      g_test_message ("%s", t);
      g_assert_cmpstr (found, ==, cases[i].found);
    }
}

/* A keyword the anchor pass could never try (it looks at word starts: letters and the lead
 * bytes of accented ones) is a mistake in the table, named when the engine is built. */
static void
test_keyword_not_starting_a_word_is_an_error (void)
{
  static const char *const keywords[] = { "iban", "2fa", NULL };
  static const VoileRule rules[] = {
    { .id = "test-digit-keyword",
      .type = VOILE_TYPE_SECRET,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = keywords,
      .match = match_word,
      .confidence = 0.9f },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (VoileEngine) engine = voile_engine_new_for_rules (rules, 1, &error);

  g_assert_null (engine);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "\"2fa\" of test-digit-keyword"));
}

static const char shared_text[]
    = "Marie Dupont, marie.dupont@example.fr, tél. 06 12 34 56 78, +44 7700 900123,\n"
      "IBAN FR76 3000 6000 0112 3456 7890 189, née le 12/03/1985, 12 rue des Lilas 75011 "
      "Paris, NIR 1 85 03 75 111 222 33, carte 4970 1012 3456 7890, 192.168.10.24, "
      "DB_PASSWORD=Xk29!vQ7pLm, 1 200,50 €, SIRET 732 829 320 00074.\n";

typedef struct
{
  VoileEngine *engine;
  gboolean prepare; /* compile every detector first, as the daemon does at start-up */
  VoileScanResult *result;
} SharedScan;

static gpointer
scan_shared (gpointer data)
{
  SharedScan *scan = data;

  if (scan->prepare)
    voile_engine_prepare (scan->engine);
  scan->result
      = voile_engine_scan (scan->engine, shared_text, strlen (shared_text), VOILE_TYPE_MASK_ALL);
  return NULL;
}

/* Threads scanning with one fresh engine compile its patterns at once, one of them preparing
 * the whole engine meanwhile, and find what one scan alone finds. */
static void
test_threads_share_engine (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VoileEngine) engine = voile_engine_new (&error);
  g_autoptr (VoileEngine) alone = voile_engine_new (&error);
  SharedScan scans[4];
  GThread *threads[G_N_ELEMENTS (scans)];

  g_assert_no_error (error);
  g_autoptr (VoileScanResult) expected
      = voile_engine_scan (alone, shared_text, strlen (shared_text), VOILE_TYPE_MASK_ALL);
  g_assert_cmpuint (expected->findings->len, >=, 10);
  for (guint i = 0; i < G_N_ELEMENTS (scans); i++)
    {
      scans[i] = (SharedScan){ engine, i % 2 == 0, NULL };
      threads[i] = g_thread_new ("scan", scan_shared, &scans[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (scans); i++)
    {
      g_thread_join (threads[i]);
      g_assert_cmpuint (scans[i].result->findings->len, ==, expected->findings->len);
      for (guint k = 0; k < expected->findings->len; k++)
        {
          const VoileFinding *a = &g_array_index (scans[i].result->findings, VoileFinding, k);
          const VoileFinding *b = &g_array_index (expected->findings, VoileFinding, k);
          g_assert_cmpint (a->type, ==, b->type);
          g_assert_cmpuint (a->start, ==, b->start);
          g_assert_cmpuint (a->end, ==, b->end);
          g_assert_cmpfloat (a->confidence, ==, b->confidence);
        }
      voile_scan_result_free (scans[i].result);
    }
}

static void
assert_same_findings (const VoileScanResult *a, const VoileScanResult *b)
{
  g_assert_cmpuint (a->findings->len, ==, b->findings->len);
  for (guint k = 0; k < a->findings->len; k++)
    {
      const VoileFinding *fa = &g_array_index (a->findings, VoileFinding, k);
      const VoileFinding *fb = &g_array_index (b->findings, VoileFinding, k);
      g_assert_cmpint (fa->type, ==, fb->type);
      g_assert_cmpuint (fa->start, ==, fb->start);
      g_assert_cmpuint (fa->end, ==, fb->end);
      g_assert_cmpfloat (fa->confidence, ==, fb->confidence);
    }
}

/* A fresh engine interprets the patterns of a short text (JIT compiling is put off until it
 * pays) and JIT-compiles the busy ones of a long text as it reads it: both find what an
 * engine with every pattern JIT-compiled (voile_engine_prepare()) finds. */
static void
test_interpreted_and_jit_agree (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (VoileEngine) jit = voile_engine_new (&error);
  g_assert_no_error (error);
  voile_engine_prepare (jit);
  g_autoptr (GString) long_text = g_string_new (NULL);
  while (long_text->len < 256 * 1024)
    g_string_append (long_text, shared_text);

  const char *texts[] = { shared_text, long_text->str };
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (VoileEngine) fresh = voile_engine_new (&error);
      g_assert_no_error (error);
      g_autoptr (VoileScanResult) lazy
          = voile_engine_scan (fresh, texts[i], strlen (texts[i]), VOILE_TYPE_MASK_ALL);
      g_autoptr (VoileScanResult) compiled
          = voile_engine_scan (jit, texts[i], strlen (texts[i]), VOILE_TYPE_MASK_ALL);
      g_assert_cmpuint (compiled->findings->len, >=, 10);
      assert_same_findings (lazy, compiled);
      /* the same engine again, its patterns by now compiled or not */
      g_autoptr (VoileScanResult) again
          = voile_engine_scan (fresh, texts[i], strlen (texts[i]), VOILE_TYPE_MASK_ALL);
      assert_same_findings (again, compiled);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rule-table/rows-past-64-found", test_rows_past_64_found);
  g_test_add_func ("/rule-table/real-rules-do-not-find-them", test_real_rules_do_not_find_them);
  g_test_add_func ("/rule-table/too-many-rows-is-an-error", test_too_many_rows_is_an_error);
  g_test_add_func ("/rule-table/keyword-rules-past-64", test_keyword_rules_past_64);
  g_test_add_func ("/rule-table/digit-rules-past-64", test_digit_rules_past_64);
  g_test_add_func ("/rule-table/real-digit-rules-fit", test_real_digit_rules_fit);
  g_test_add_func ("/rule-table/patterns-compile", test_patterns_compile);
  g_test_add_func ("/rule-table/pattern-blob-matches-table", test_pattern_blob_matches_table);
  g_test_add_func ("/rule-table/bad-pattern-finds-nothing", test_bad_pattern_finds_nothing);
  g_test_add_func ("/rule-table/threads-share-engine", test_threads_share_engine);
  g_test_add_func ("/rule-table/interpreted-and-jit-agree", test_interpreted_and_jit_agree);
  g_test_add_func ("/rule-table/keywords-ignore-case", test_keywords_ignore_case);
  g_test_add_func ("/rule-table/keyword-not-starting-a-word-is-an-error",
                   test_keyword_not_starting_a_word_is_an_error);
  return g_test_run ();
}
