/* test-inverted-name.c — the "Surname, Given" cell reader shared by the tables and the
 * names (voile-inverted-name.h): true and false cases, and a text's very end. */
#include "config.h"

#include "voile-inverted-name.h"

static gsize
surname_comma (const char *text)
{
  return voile_inverted_name_surname_comma (text, 0, strlen (text));
}

static gsize
next_comma (const char *text)
{
  return voile_inverted_name_next_comma (text, 0, 0, strlen (text));
}

static void
test_surname_comma (void)
{
  g_assert_cmpuint (surname_comma ("Akhtar, Nasreen   AB-1042"), ==, 6);
  g_assert_cmpuint (surname_comma ("Evans-Pugh, Sioned"), ==, 10);
  g_assert_cmpuint (surname_comma ("Al-Khalil, Omar"), ==, 9);
  g_assert_cmpuint (surname_comma ("Dell'orto, Gianni"), ==, 9);
  g_assert_cmpuint (surname_comma ("Akhtar, Émilie"), ==, 6);
  /* no capital after the comma, no comma, capitals only, a text's end */
  g_assert_cmpuint (surname_comma ("Bonjour, merci"), ==, 0);
  g_assert_cmpuint (surname_comma ("Akhtar Nasreen"), ==, 0);
  g_assert_cmpuint (surname_comma ("SCHMITT, Jade"), ==, 0);
  g_assert_cmpuint (surname_comma ("Akhtar, "), ==, 0);
  g_assert_cmpuint (surname_comma ("Ak,"), ==, 0);
  g_assert_cmpuint (surname_comma (""), ==, 0);
}

static void
test_next_comma (void)
{
  g_assert_cmpuint (next_comma ("C-0041 | SCHMITT, Jade | 12"), ==, 16);
  g_assert_cmpuint (next_comma ("12, 14 | Tan, Boon"), ==, 12);
  g_assert_cmpuint (next_comma ("Müller, Jürgen"), ==, 7);
  g_assert_cmpuint (next_comma ("3,50, 4,20, 7,10"), ==, 0);
  g_assert_cmpuint (next_comma ("Maison, jardin"), ==, 0);
  g_assert_cmpuint (next_comma (", Jade"), ==, 0);
  g_assert_cmpuint (next_comma ("Tan, B"), ==, 3);
  g_assert_cmpuint (next_comma ("Tan, "), ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/inverted-name/surname-comma", test_surname_comma);
  g_test_add_func ("/inverted-name/next-comma", test_next_comma);
  return g_test_run ();
}
