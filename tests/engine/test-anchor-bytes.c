/* test-anchor-bytes.c — the anchor pass's block masks (computed sixteen bytes at a time
 * with SSE2) say what the byte-by-byte rule says, for every pair of adjacent byte values,
 * at every alignment, and at the text's end (where the bytes are read one by one). */
#include "config.h"

#include "voile-anchor-bytes.h"

/* The rule, written out again: the punctuation bytes of the anchor pass's switch and the
 * lead bytes of "£", "¥" and "€"; a digit after no letter, digit or '_'; a letter or a lead
 * byte from C3 up ("é", "Ș") after none of these nor a byte of a UTF-8 sequence. */
static gboolean
reference_is_special (guchar c)
{
  return c == '@' || c == '+' || c == '$' || c == '-' || c == ':' || c == '=' || c == ','
         || c == '[' || c == '(' || c == 0xC2 || c == 0xE2;
}

static gboolean
reference_is_word (guchar c)
{
  return g_ascii_isalnum (c) || c == '_';
}

static guint64
reference_mask (const guchar *t, gsize len, gsize base)
{
  guint64 mask = 0;

  for (gsize k = 0; k < VOILE_ANCHOR_BLOCK && base + k < len; k++)
    {
      gsize i = base + k;
      guchar c = t[i];
      gboolean after_word = i > 0 && reference_is_word (t[i - 1]);
      gboolean after_high = i > 0 && t[i - 1] >= 0x80;
      if (reference_is_special (c) || (g_ascii_isdigit (c) && !after_word)
          || ((g_ascii_isalpha (c) || c >= 0xC3) && !after_word && !after_high))
        mask |= G_GUINT64_CONSTANT (1) << k;
    }
  return mask;
}

static void
test_every_byte_pair (void)
{
  /* Every byte value after every byte value. */
  gsize len = 2 * 256 * 256;
  g_autofree guchar *text = g_malloc (len);
  gsize n = 0;

  for (guint p = 0; p < 256; p++)
    for (guint c = 0; c < 256; c++)
      {
        text[n++] = (guchar)p;
        text[n++] = (guchar)c;
      }
  /* A step prime to 16: the blocks start at every alignment. */
  for (gsize base = 0; base < len; base += 61)
    {
      guint64 got = voile_anchor_block_mask ((const char *)text, len, base);
      guint64 want = reference_mask (text, len, base);
      if (got != want)
        g_error ("block at %zu: %016" G_GINT64_MODIFIER "x, expected %016" G_GINT64_MODIFIER "x",
                 base, got, want);
    }
  /* The last blocks, shorter than sixty-four bytes. */
  for (gsize base = len - 80; base < len; base++)
    g_assert_cmphex (voile_anchor_block_mask ((const char *)text, len, base), ==,
                     reference_mask (text, len, base));
}

static void
test_cursor_visits_every_anchor (void)
{
  /* The cursor, stepping from anchor to anchor (with a jump now and then, as after a
   * finding), stops exactly at the bytes the rule names. */
  g_autoptr (GRand) rand = g_rand_new_with_seed (7);
  static const char alphabet[] = "aZ09_ @+$-:=,[(.\n\xc2\xe2\xc3\xa9";
  gsize len = 5000;
  g_autofree guchar *text = g_malloc (len);

  for (gsize i = 0; i < len; i++)
    text[i] = (guchar)alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)];

  VoileAnchorCursor cursor = VOILE_ANCHOR_CURSOR_INIT;
  gsize expected = 0, i = voile_anchor_next (&cursor, (const char *)text, len, 0);
  while (i < len)
    {
      while (expected < i)
        {
          g_assert_false (reference_mask (text, len, expected) & 1);
          expected++;
        }
      g_assert_true (reference_mask (text, len, i) & 1);
      if (g_rand_int_range (rand, 0, 10) == 0)
        {
          gsize to = MIN (len, i + (gsize)g_rand_int_range (rand, 1, 150));
          expected = to;
          i = voile_anchor_next (&cursor, (const char *)text, len, to);
        }
      else
        {
          expected = i + 1;
          i = voile_anchor_next_after (&cursor, (const char *)text, len);
        }
    }
  for (; expected < len; expected++)
    g_assert_false (reference_mask (text, len, expected) & 1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/anchor-bytes/every-byte-pair", test_every_byte_pair);
  g_test_add_func ("/anchor-bytes/cursor-visits-every-anchor", test_cursor_visits_every_anchor);
  return g_test_run ();
}
