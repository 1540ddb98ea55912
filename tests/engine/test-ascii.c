/* test-ascii.c — voile_ascii_strncasecmp() returns what g_ascii_strncasecmp() returns, for
 * every pair of byte values (NUL and bytes past ASCII included) at every position of a
 * short string and every length up to past its end; the word-in-list helpers. */
#include "config.h"

#include "voile-ascii.h"

#include <string.h>

static void
test_every_byte_pair (void)
{
  for (guint a = 0; a < 256; a++)
    for (guint b = 0; b < 256; b++)
      for (guint at = 0; at < 3; at++)
        {
          char s1[5] = "xYz!", s2[5] = "XyZ!";
          s1[at] = (char)a;
          s2[at] = (char)b;
          for (gsize n = 0; n <= 5; n++)
            {
              int expected = g_ascii_strncasecmp (s1, s2, n);
              int got = voile_ascii_strncasecmp (s1, s2, n);
              if (got != expected)
                g_error ("bytes %02x %02x at %u, n %zu: %d, not %d", a, b, at, n, got, expected);
            }
        }
}

static void
test_words (void)
{
  g_assert_cmpint (voile_ascii_strncasecmp ("Nom", "nom", 3), ==, 0);
  g_assert_cmpint (voile_ascii_strncasecmp ("NOMBRE", "nom", 3), ==, 0);
  g_assert_cmpint (voile_ascii_strncasecmp ("Prénom", "PRÉNOM", 7), !=, 0); /* ASCII only */
  g_assert_cmpint (voile_ascii_strncasecmp ("nom", "nomination", 10), <, 0);
  g_assert_cmpint (voile_ascii_strncasecmp ("", "", 4), ==, 0);
}

static void
test_word_in (void)
{
  static const char *const words[] = { "rue", "avenue", "bât", NULL };
  static const char *const capitals[] = { "Road", "Street", NULL };

  g_assert_true (voile_ascii_word_in ("Avenue Foch", 6, words));
  g_assert_true (voile_ascii_word_in ("RUE", 3, words));
  g_assert_true (voile_ascii_word_in ("bât", strlen ("bât"), words));
  g_assert_false (voile_ascii_word_in ("rues", 4, words));
  g_assert_false (voile_ascii_word_in ("ru", 2, words));
  g_assert_false (voile_ascii_word_in ("BÂT", strlen ("BÂT"), words)); /* ASCII only */
  g_assert_false (voile_ascii_word_in ("", 0, words));
  g_assert_true (voile_word_in ("Road", 4, capitals));
  g_assert_false (voile_word_in ("road", 4, capitals));
  g_assert_false (voile_word_in ("Roads", 5, capitals));
  g_assert_false (voile_word_in ("", 0, capitals));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ascii/every-byte-pair", test_every_byte_pair);
  g_test_add_func ("/ascii/words", test_words);
  g_test_add_func ("/ascii/word-in", test_word_in);
  return g_test_run ();
}
