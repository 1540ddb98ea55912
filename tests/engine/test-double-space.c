/* test-double-space.c — voile_has_double_space() (voile-double-space.h), shared by the
 * tables and the names' fields: the same answer as a byte loop for every position of a
 * pair of spaces in lines of every length up to past the vector's width, never reading
 * past the end it is given. */
#include "config.h"

#include "voile-double-space.h"

#include <string.h>

static gboolean
byte_loop (const char *text, gsize start, gsize end)
{
  for (gsize p = start; p + 1 < end; p++)
    if (text[p] == ' ' && text[p + 1] == ' ')
      return TRUE;
  return FALSE;
}

static void
test_every_position (void)
{
  char line[48];

  for (gsize len = 0; len <= 40; len++)
    for (gsize at = 0; at + 1 < len + 2; at++)
      {
        memset (line, 'x', sizeof line);
        /* a pair at 'at' (its second space may fall just past the end: no pair then) */
        line[at] = ' ';
        line[at + 1] = ' ';
        for (gsize start = 0; start <= MIN (len, 3); start++)
          g_assert_cmpint (voile_has_double_space (line, start, len), ==,
                           byte_loop (line, start, len));
      }
}

static void
test_lines (void)
{
  const char *header = "Nom      Prénom   Matricule";
  const char *prose = "Bonjour Madame, voici le dossier de M. Martin comme convenu.";

  g_assert_true (voile_has_double_space (header, 0, strlen (header)));
  g_assert_false (voile_has_double_space (prose, 0, strlen (prose)));
  g_assert_false (voile_has_double_space ("a  b", 2, 4));
  g_assert_false (voile_has_double_space ("", 0, 0));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/double-space/every-position", test_every_position);
  g_test_add_func ("/double-space/lines", test_lines);
  return g_test_run ();
}
