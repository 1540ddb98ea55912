/* test-json.c — voile_string_append_len() builds the same string as g_string_append_len(),
 * across the string's growth (room left, room just short, empty appends), and
 * voile_json_append_string() writes plain runs, escapes and U+FFFD as before, whatever the
 * place of a byte to escape in its eight-byte words; voile_text_is_valid() answers as
 * g_utf8_validate_len() over the runs between NUL bytes, at the same bad byte, wherever
 * ASCII, two-byte characters, longer ones and bad bytes fall in its sixteen-byte blocks;
 * voile_json_reader_get_line() counts the newlines before the reader's position wherever it
 * was asked before (further on, at the same place, or back). */
#include "config.h"

#include "voile-json.h"
#include "voile-types.h"

#include <string.h>

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

/* voile_json_append_string() a byte at a time, as it was before its word-wide scan. */
static void
reference_json_string (GString *out, const char *text, gsize len)
{
  const char *p = text, *end = text + len;

  g_string_append_c (out, '"');
  while (p < end)
    {
      guchar c = (guchar)*p;
      if (c >= 0x80)
        {
          gunichar u = g_utf8_get_char_validated (p, end - p);
          if (u == (gunichar)-1 || u == (gunichar)-2)
            {
              g_string_append (out, "\\ufffd");
              p++;
            }
          else
            {
              const char *next = g_utf8_next_char (p);
              g_string_append_len (out, p, next - p);
              p = next;
            }
          continue;
        }
      if (c == '"')
        g_string_append (out, "\\\"");
      else if (c == '\\')
        g_string_append (out, "\\\\");
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c < 0x20 || c == 0x7f)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, (char)c);
      p++;
    }
  g_string_append_c (out, '"');
}

static void
test_json_string_words (void)
{
  static const char *const specials[]
      = { "\"", "\\", "\n", "\x01", "\x1f", "\x7f", "\x80", "é", "\xc3", "’", " ", "~" };

  for (guint s = 0; s < G_N_ELEMENTS (specials); s++)
    for (gsize len = 0; len <= 20; len++)
      for (gsize at = 0; at <= len; at++)
        {
          g_autoptr (GString) text = g_string_new (NULL);
          for (gsize k = 0; k < len; k++)
            {
              if (k == at)
                g_string_append (text, specials[s]);
              g_string_append_c (text, (char)('a' + k % 26));
            }
          /* Into a string with room to spare, and into one just full. */
          for (guint room = 0; room < 2; room++)
            {
              g_autoptr (GString) ours = g_string_sized_new (room ? 1 : 256);
              g_autoptr (GString) expected = g_string_new (NULL);
              g_string_append (ours, "x");
              g_string_append (expected, "x");
              voile_json_append_string (ours, text->str, text->len);
              reference_json_string (expected, text->str, text->len);
              g_assert_cmpstr (ours->str, ==, expected->str);
              g_assert_cmpuint (ours->len, ==, expected->len);
            }
        }
}

/* voile_text_is_valid() as it was: g_utf8_validate_len() over each run between NUL bytes. */
static gboolean
reference_text_is_valid (const char *text, gsize len, gsize *bad_offset)
{
  gsize pos = 0;

  while (pos < len)
    {
      if (text[pos] == '\0')
        {
          pos++;
          continue;
        }
      const char *nul = memchr (text + pos, '\0', len - pos);
      gsize run_end = nul != NULL ? (gsize)(nul - text) : len;
      const char *end = NULL;
      if (!g_utf8_validate_len (text + pos, run_end - pos, &end))
        {
          *bad_offset = (gsize)(end - text);
          return FALSE;
        }
      pos = run_end;
    }
  return TRUE;
}

static void
test_text_is_valid_blocks (void)
{
  static const char *const pieces[] = { "a",
                                        "abcdefghijklmnopq",
                                        "é",
                                        "ÉÉ",
                                        "’",
                                        "𝄞",
                                        "\xc0\x80",
                                        "\x80",
                                        "\xc3",
                                        "\xc3(",
                                        "\xe2\x80",
                                        "\xf5\x80\x80\x80",
                                        "\xed\xa0\x80",
                                        "" };
  GRand *rand = g_rand_new_with_seed (17);

  for (guint round = 0; round < 20000; round++)
    {
      g_autoptr (GString) text = g_string_new (NULL);
      guint n = (guint)g_rand_int_range (rand, 0, 12);
      for (guint k = 0; k < n; k++)
        {
          guint which = (guint)g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces));
          if (which == G_N_ELEMENTS (pieces) - 1)
            g_string_append_c (text, '\0');
          else if (which >= 6 && g_rand_int_range (rand, 0, 4) != 0)
            g_string_append (text, "plain ascii "); /* bad bytes rarer than the others */
          else
            g_string_append (text, pieces[which]);
        }
      gsize bad = G_MAXSIZE, expected_bad = G_MAXSIZE;
      gboolean valid = voile_text_is_valid (text->str, text->len, &bad);
      gboolean expected = reference_text_is_valid (text->str, text->len, &expected_bad);
      g_assert_cmpint (valid, ==, expected);
      if (!expected)
        g_assert_cmpuint (bad, ==, expected_bad);
    }
  g_rand_free (rand);
}

static void
test_reader_line (void)
{
  const char text[] = "{\n\"a\": 1,\n\n  \"b\": [\n2]\n}\n";
  const gsize len = sizeof text - 1;
  VoileJsonReader reader;
  GRand *rand = g_rand_new_with_seed (18);

  voile_json_reader_init (&reader, text, len);
  for (guint round = 0; round < 200; round++)
    {
      gsize at = round < len + 1 ? round : (gsize)g_rand_int_range (rand, 0, (gint32)len + 1);
      guint expected = 1;
      for (gsize i = 0; i < at; i++)
        expected += text[i] == '\n';
      reader.pos = text + at;
      g_assert_cmpuint (voile_json_reader_get_line (&reader), ==, expected);
    }
  g_rand_free (rand);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/json/append-len-same-as-glib", test_append_len_same_as_glib);
  g_test_add_func ("/json/string", test_json_string);
  g_test_add_func ("/json/string-words", test_json_string_words);
  g_test_add_func ("/types/text-is-valid-blocks", test_text_is_valid_blocks);
  g_test_add_func ("/json/reader-line", test_reader_line);
  return g_test_run ();
}
