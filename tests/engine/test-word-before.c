/* test-word-before.c — the word that ends at a position: ASCII and UTF-8 words, dots, stop
 * characters, the start of the text, the bound on how far back a read goes. */
#include "config.h"

#include "voile-word-before.h"

#include <string.h>

/* The start of the word ending at the end of text, as an offset. */
static gsize
word_start (const char *text, gsize most, VoileWordBytes bytes_)
{
  return voile_word_start (text, strlen (text), most, bytes_);
}

static void
test_ascii_and_utf8 (void)
{
  g_assert_cmpuint (word_start ("the loi", 12, VOILE_WORD_ASCII), ==, 4);
  /* "décret": é is two bytes past ASCII; an ASCII word stops at them */
  g_assert_cmpuint (word_start ("le décret", 12, VOILE_WORD_ASCII), ==, 6);
  g_assert_cmpuint (word_start ("le décret", 12, VOILE_WORD_UTF8), ==, 3);
  g_assert_cmpuint (word_start ("see c.", 7, VOILE_WORD_UTF8), ==, 6);
  g_assert_cmpuint (word_start ("see c.", 7, VOILE_WORD_UTF8 | VOILE_WORD_DOTS), ==, 4);
  /* no word: the position is returned */
  g_assert_cmpuint (word_start ("was ", 12, VOILE_WORD_UTF8), ==, 4);
  g_assert_cmpuint (word_start ("", 12, VOILE_WORD_UTF8), ==, 0);
}

static void
test_start_and_bound (void)
{
  /* the start of the text ends a word */
  g_assert_cmpuint (word_start ("were", 12, VOILE_WORD_ASCII), ==, 0);
  /* at most most bytes are read back: a longer run gives its last bytes */
  g_assert_cmpuint (word_start ("overcharges", 8, VOILE_WORD_ASCII), ==, 3);
  g_assert_cmpuint (word_start ("overcharges", 0, VOILE_WORD_ASCII), ==, 11);
  /* a run far longer than the bound reads no further than it */
  gsize n = 1 << 20;
  char *long_word = g_malloc (n + 1);
  memset (long_word, 'a', n);
  long_word[n] = '\0';
  g_assert_cmpuint (voile_word_start (long_word, n, 12, VOILE_WORD_UTF8), ==, n - 12);
  g_assert_cmpuint (voile_token_start (long_word, n, 12, " "), ==, n - 12);
  g_free (long_word);
}

static void
test_tokens_and_runs (void)
{
  static const char text[] = "vu par (Dr. Martin";
  gsize dr_end = strlen ("vu par (Dr.");
  /* a token is anything but its stops: the dot belongs to it, the bracket ends it */
  g_assert_cmpuint (voile_token_start (text, dr_end, 12, " \n(,\t\""), ==, 8);
  g_assert_cmpuint (voile_token_start (text, dr_end, 12, " "), ==, 7);
  /* "sage-femme": a dash is no stop */
  g_assert_cmpuint (voile_token_start ("la sage-femme", 13, 12, " "), ==, 3);
  /* a NUL byte of the text is no stop */
  static const char nul[] = "a\0b";
  g_assert_cmpuint (voile_token_start (nul, 3, 12, " "), ==, 0);
  /* blanks and line breaks before a position, at most most of them */
  g_assert_cmpuint (voile_run_start ("loi du  \n", 9, 3, " \n"), ==, 6);
  g_assert_cmpuint (voile_run_start ("loi du    ", 10, 3, " "), ==, 7);
  g_assert_cmpuint (voile_run_start ("   ", 3, 8, " "), ==, 0);
  g_assert_cmpuint (voile_run_start ("loi", 3, 8, " "), ==, 3);
}

static void
test_word_in_list (void)
{
  static const char *const nouns[] = { "loi", "décret", "act", NULL };
  static const char *const text[] = { "la Loi", "le décret", "(act", "loi", NULL };
  for (const char *const *t = text; *t != NULL; t++)
    g_assert_true (voile_word_before_in (*t, strlen (*t), 12, VOILE_WORD_UTF8, nouns));
  /* glued to a letter or a digit, cut by the bound, or outside the bytes asked: no word */
  g_assert_false (voile_word_before_in ("3act", 4, 12, VOILE_WORD_UTF8, nouns));
  g_assert_false (voile_word_before_in ("contract", 8, 12, VOILE_WORD_UTF8, nouns));
  g_assert_false (voile_word_before_in ("redact", 6, 3, VOILE_WORD_UTF8, nouns));
  g_assert_false (voile_word_before_in ("le décret", 10, 12, VOILE_WORD_ASCII, nouns));
  g_assert_false (voile_word_before_in ("loi ", 4, 12, VOILE_WORD_UTF8, nouns));
  /* a byte past ASCII before an ASCII word is no letter glued to it */
  g_assert_true (voile_word_before_in ("éact", 5, 12, VOILE_WORD_ASCII, nouns));
}

/* Apostrophes ("jusqu'au", a deadline's word) and slashes ("p/n", "y/o", an abbreviation's)
 * belong to a word only when asked. */
static void
test_apostrophes_and_slashes (void)
{
  g_assert_cmpuint (word_start ("paid jusqu'au", 12, VOILE_WORD_ASCII), ==, 11);
  g_assert_cmpuint (word_start ("paid jusqu'au", 12, VOILE_WORD_APOSTROPHES), ==, 5);
  g_assert_cmpuint (word_start ("Honeywell P/N", 12, VOILE_WORD_ASCII), ==, 12);
  g_assert_cmpuint (word_start ("Honeywell P/N", 12, VOILE_WORD_SLASHES), ==, 10);
  g_assert_cmpuint (word_start ("7 y/o.", 12, VOILE_WORD_SLASHES), ==, 6);
  g_assert_cmpuint (word_start ("7 y/o.", 12, VOILE_WORD_DOTS | VOILE_WORD_SLASHES), ==, 2);
  /* a slash is no apostrophe, nor the reverse */
  g_assert_cmpuint (word_start ("d'ici/y", 12, VOILE_WORD_SLASHES), ==, 2);
  g_assert_cmpuint (word_start ("d'ici/y", 12, VOILE_WORD_APOSTROPHES), ==, 6);
  static const char *const labels[] = { "p/n", "s/n", "d'ici", NULL };
  g_assert_true (voile_word_before_in ("(P/N", 4, 10, VOILE_WORD_SLASHES, labels));
  g_assert_true (voile_word_before_in ("payé d'ici", 11, 9, VOILE_WORD_APOSTROPHES, labels));
  /* "SP/N" is another word, "3p/n" glued to a digit */
  g_assert_false (voile_word_before_in ("SP/N", 4, 10, VOILE_WORD_SLASHES, labels));
  g_assert_false (voile_word_before_in ("3p/n", 4, 10, VOILE_WORD_SLASHES, labels));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/word-before/ascii-and-utf8", test_ascii_and_utf8);
  g_test_add_func ("/word-before/start-and-bound", test_start_and_bound);
  g_test_add_func ("/word-before/tokens-and-runs", test_tokens_and_runs);
  g_test_add_func ("/word-before/word-in-list", test_word_in_list);
  g_test_add_func ("/word-before/apostrophes-and-slashes", test_apostrophes_and_slashes);
  return g_test_run ();
}
