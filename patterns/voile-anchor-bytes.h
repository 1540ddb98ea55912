/* voile-anchor-bytes.h — where the anchor pass must look, sixty-four bytes at a time.
 *
 * Private to voile-engine.c. The anchor pass acts at two kinds of bytes only: the start of
 * a word (a digit whose previous byte is not a letter, digit or '_'; a letter, or the lead
 * byte of a UTF-8 letter from C3 up ("état", "Șoseaua": keywords may start so), whose
 * previous byte is not one either, nor part of a UTF-8 character: the "s" of "présent"
 * starts nothing) and the few punctuation bytes of its switch. Everything else (the rest of
 * each word,
 * spaces, most punctuation, UTF-8 continuation bytes) is skipped here with SSE2 compares (four
 * loads of sixteen bytes), one bit per byte, instead of a table read and a branch per byte. Without
 * SSE2 the same bits are computed byte by byte.
 */
#pragma once

#include <glib.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define VOILE_ANCHOR_BLOCK 64

/* The punctuation bytes find_anchors() handles: '@' '+' '$' '-' ':' '=' ',' '[' '(' and the
 * lead bytes of "£", "¥" (C2) and "€" (E2). */
static inline gboolean
voile_anchor_byte_is_special (guchar c)
{
  switch (c)
    {
      case '@':
      case '+':
      case '$':
      case '-':
      case ':':
      case '=':
      case ',':
      case '[':
      case '(':
      case 0xC2:
      case 0xE2:
        return TRUE;
      default:
        return FALSE;
    }
}

static inline gboolean
voile_anchor_byte_is_word (guchar c)
{
  return g_ascii_isalnum (c) || c == '_';
}

#if defined(__SSE2__)
/* The classes of sixteen bytes, one bit per byte. */
typedef struct
{
  guint digits, letters, high, leads, underscores, specials;
} VoileAnchorClasses16;

G_ALWAYS_INLINE static inline VoileAnchorClasses16
voile_anchor_classes16 (const char *p)
{
  __m128i v = _mm_loadu_si128 ((const __m128i *)(gconstpointer)p);
  /* Unsigned x <= n as min (x, n) == x. */
  __m128i digit_off = _mm_sub_epi8 (v, _mm_set1_epi8 ('0'));
  __m128i digit = _mm_cmpeq_epi8 (_mm_min_epu8 (digit_off, _mm_set1_epi8 (9)), digit_off);
  __m128i folded = _mm_or_si128 (v, _mm_set1_epi8 (0x20));
  __m128i alpha_off = _mm_sub_epi8 (folded, _mm_set1_epi8 ('a'));
  __m128i alpha = _mm_cmpeq_epi8 (_mm_min_epu8 (alpha_off, _mm_set1_epi8 (25)), alpha_off);
  /* '+' ',' '-' are 2B 2C 2D: one range test; C2 and E2 differ by the bit 20: one compare
   * of the folded bytes. */
  __m128i plus_off = _mm_sub_epi8 (v, _mm_set1_epi8 ('+'));
  __m128i special = _mm_cmpeq_epi8 (_mm_min_epu8 (plus_off, _mm_set1_epi8 (2)), plus_off);
  special = _mm_or_si128 (special, _mm_cmpeq_epi8 (folded, _mm_set1_epi8 ((char)0xE2)));
  special = _mm_or_si128 (special, _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('@')));
  special = _mm_or_si128 (special, _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('$')));
  special = _mm_or_si128 (special, _mm_cmpeq_epi8 (v, _mm_set1_epi8 (':')));
  special = _mm_or_si128 (special, _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('=')));
  special = _mm_or_si128 (special, _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('[')));
  special = _mm_or_si128 (special, _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('(')));
  return (VoileAnchorClasses16){
    .digits = (guint)_mm_movemask_epi8 (digit),
    .letters = (guint)_mm_movemask_epi8 (alpha),
    .high = (guint)_mm_movemask_epi8 (v),
    /* Unsigned x >= C3 as max (x, C3) == x. */
    .leads
    = (guint)_mm_movemask_epi8 (_mm_cmpeq_epi8 (_mm_max_epu8 (v, _mm_set1_epi8 ((char)0xC3)), v)),
    .underscores = (guint)_mm_movemask_epi8 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('_'))),
    .specials = (guint)_mm_movemask_epi8 (special),
  };
}
#endif

/* Bit k set: text[base + k] is a word start or a special byte, for the bytes of
 * [base, MIN (base + 64, len)). */
G_ALWAYS_INLINE static inline guint64
voile_anchor_block_mask (const char *text, gsize len, gsize base)
{
  gboolean previous_word = base > 0 && voile_anchor_byte_is_word ((guchar)text[base - 1]);
  gboolean previous_high = base > 0 && (guchar)text[base - 1] >= 0x80;

#if defined(__SSE2__)
  if (len - base >= VOILE_ANCHOR_BLOCK)
    {
      guint64 digits = 0, letters = 0, high = 0, leads = 0, underscores = 0, specials = 0;
      for (guint q = 0; q < 4; q++)
        {
          VoileAnchorClasses16 c = voile_anchor_classes16 (text + base + 16 * q);
          digits |= (guint64)c.digits << (16 * q);
          letters |= (guint64)c.letters << (16 * q);
          high |= (guint64)c.high << (16 * q);
          leads |= (guint64)c.leads << (16 * q);
          underscores |= (guint64)c.underscores << (16 * q);
          specials |= (guint64)c.specials << (16 * q);
        }
      guint64 after_word = ((digits | letters | underscores) << 1) | (guint64)previous_word;
      guint64 after_high = (high << 1) | (guint64)previous_high;
      return (digits & ~after_word) | ((letters | leads) & ~(after_word | after_high)) | specials;
    }
#endif
  guint64 mask = 0;
  gsize n = MIN (len - base, (gsize)VOILE_ANCHOR_BLOCK);
  for (gsize k = 0; k < n; k++)
    {
      guchar c = (guchar)text[base + k];
      if (voile_anchor_byte_is_special (c) || (g_ascii_isdigit (c) && !previous_word)
          || ((g_ascii_isalpha (c) || c >= 0xC3) && !previous_word && !previous_high))
        mask |= G_GUINT64_CONSTANT (1) << k;
      previous_word = voile_anchor_byte_is_word (c);
      previous_high = c >= 0x80;
    }
  return mask;
}

/* The block last read: bits of the positions not yet visited. */
typedef struct
{
  gsize base;
  guint64 mask;
} VoileAnchorCursor;

#define VOILE_ANCHOR_CURSOR_INIT                                                                   \
  {                                                                                                \
    G_MAXSIZE, 0                                                                                   \
  }

/* The next block with a bit set, from the one after the cursor's; len past the end. */
static inline gsize
voile_anchor_next_block (VoileAnchorCursor *cursor, const char *text, gsize len)
{
  while (cursor->mask == 0)
    {
      cursor->base += VOILE_ANCHOR_BLOCK;
      if (cursor->base >= len)
        {
          cursor->base = G_MAXSIZE;
          return len;
        }
      cursor->mask = voile_anchor_block_mask (text, len, cursor->base);
    }
  return cursor->base + (gsize)__builtin_ctzll (cursor->mask);
}

/* The first word start or special byte at or after i, or len. */
G_ALWAYS_INLINE static inline gsize
voile_anchor_next (VoileAnchorCursor *cursor, const char *text, gsize len, gsize i)
{
  if (i >= cursor->base && i - cursor->base < VOILE_ANCHOR_BLOCK)
    cursor->mask &= ~G_GUINT64_CONSTANT (0) << (i - cursor->base);
  else
    {
      if (i >= len)
        return len;
      cursor->base = i;
      cursor->mask = voile_anchor_block_mask (text, len, i);
    }
  if (G_LIKELY (cursor->mask != 0))
    return cursor->base + (gsize)__builtin_ctzll (cursor->mask);
  return voile_anchor_next_block (cursor, text, len);
}

/* The word start or special byte after the one voile_anchor_next() or this function last
 * returned (the lowest bit of the mask), or len: one bit cleared, no position compares. */
G_ALWAYS_INLINE static inline gsize
voile_anchor_next_after (VoileAnchorCursor *cursor, const char *text, gsize len)
{
  cursor->mask &= cursor->mask - 1;
  if (G_LIKELY (cursor->mask != 0))
    return cursor->base + (gsize)__builtin_ctzll (cursor->mask);
  return voile_anchor_next_block (cursor, text, len);
}
