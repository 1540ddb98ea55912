/* test-json.c — voile_string_append_len() builds the same string as g_string_append_len(),
 * across the string's growth (room left, room just short, empty appends), and
 * voile_json_append_string() writes plain runs, escapes and U+FFFD as before. */
#include "config.h"

#include "voile-json.h"

static void
test_append_len_same_as_glib (void)
{
  g_autoptr (GString) ours = g_string_new (NULL);
  g_autoptr (GString) glibs = g_string_new (NULL);
  char bytes[300];

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = (char)('a' + i % 26);
  for (gsize n = 0; n < 5000; n = n * 3 / 2 + 1)
    {
      gsize len = n % sizeof bytes;
      voile_string_append_len (ours, bytes, len);
      g_string_append_len (glibs, bytes, (gssize)len);
      g_assert_cmpuint (ours->len, ==, glibs->len);
      g_assert_cmpmem (ours->str, ours->len + 1, glibs->str, glibs->len + 1);
    }
  /* Exactly filling the room, then one byte more. */
  g_autoptr (GString) full = g_string_sized_new (8);
  while (full->len + 1 < full->allocated_len)
    voile_string_append_len (full, "x", 1);
  voile_string_append_len (full, "y", 1);
  g_assert_cmpuint (strlen (full->str), ==, full->len);
  g_assert_cmpint (full->str[full->len - 1], ==, 'y');
}

static void
test_json_string (void)
{
  g_autoptr (GString) out = g_string_new ("[");

  voile_json_append_string (out, "Zoé \"Dupont\"\n\t\\ fin", strlen ("Zoé \"Dupont\"\n\t\\ fin"));
  voile_json_append_string (out, "a\0b\xff", 4);
  g_assert_cmpstr (out->str, ==, "[\"Zoé \\\"Dupont\\\"\\n\\t\\\\ fin\"\"a\\u0000b\\ufffd\"");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/json/append-len-same-as-glib", test_append_len_same_as_glib);
  g_test_add_func ("/json/string", test_json_string);
  return g_test_run ();
}
