/* voile-anchor-bytes.h — where the anchor pass must look, sixteen bytes at a time.
 *
 * Private to voile-engine.c. The anchor pass acts at two kinds of bytes only: the start of
 * a word (a letter or digit whose previous byte is not a letter, digit or '_') and the few
 * punctuation bytes of its switch. Everything else (the rest of each word, spaces, most
 * punctuation, UTF-8 continuation bytes) is skipped here with SSE2 compares, one bit per
 * byte, instead of a table read and a branch per byte. Without SSE2 the same bits are
 * computed byte by byte.
 */
#pragma once

#include <glib.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define VOILE_ANCHOR_BLOCK 16

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

/* Bit k set: text[base + k] is a word start or a special byte, for the bytes of
 * [base, MIN (base + 16, len)). */
G_ALWAYS_INLINE static inline guint
voile_anchor_block_mask (const char *text, gsize len, gsize base)
{
  gboolean previous_word = base > 0 && voile_anchor_byte_is_word ((guchar)text[base - 1]);

#if defined(__SSE2__)
  if (len - base >= VOILE_ANCHOR_BLOCK)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(text + base));
      /* Unsigned x <= n as min (x, n) == x. */
      __m128i digit_off = _mm_sub_epi8 (v, _mm_set1_epi8 ('0'));
      __m128i digit = _mm_cmpeq_epi8 (_mm_min_epu8 (digit_off, _mm_set1_epi8 (9)), digit_off);
      __m128i alpha_off
          = _mm_sub_epi8 (_mm_or_si128 (v, _mm_set1_epi8 (0x20)), _mm_set1_epi8 ('a'));
      __m128i alpha = _mm_cmpeq_epi8 (_mm_min_epu8 (alpha_off, _mm_set1_epi8 (25)), alpha_off);
      __m128i special = _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('@'));
      special = _mm_or_si128 (special, _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('+')));
      special = _mm_or_si128 (special, _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('$')));
      special = _mm_or_si128 (special, _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('-')));
      special = _mm_or_si128 (special, _mm_cmpeq_epi8 (v, _mm_set1_epi8 (':')));
      special = _mm_or_si128 (special, _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('=')));
      special = _mm_or_si128 (special, _mm_cmpeq_epi8 (v, _mm_set1_epi8 (',')));
      special = _mm_or_si128 (special, _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('[')));
      special = _mm_or_si128 (special, _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('(')));
      special = _mm_or_si128 (special, _mm_cmpeq_epi8 (v, _mm_set1_epi8 ((char)0xC2)));
      special = _mm_or_si128 (special, _mm_cmpeq_epi8 (v, _mm_set1_epi8 ((char)0xE2)));
      guint alnum = (guint)_mm_movemask_epi8 (_mm_or_si128 (digit, alpha));
      guint word = alnum | (guint)_mm_movemask_epi8 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('_')));
      guint starts = alnum & ~((word << 1) | (guint)previous_word);
      return (starts | (guint)_mm_movemask_epi8 (special)) & 0xFFFFu;
    }
#endif
  guint mask = 0;
  gsize n = MIN (len - base, (gsize)VOILE_ANCHOR_BLOCK);
  for (gsize k = 0; k < n; k++)
    {
      guchar c = (guchar)text[base + k];
      if (voile_anchor_byte_is_special (c) || (g_ascii_isalnum (c) && !previous_word))
        mask |= 1u << k;
      previous_word = voile_anchor_byte_is_word (c);
    }
  return mask;
}

/* The block last read: bits of the positions not yet visited. */
typedef struct
{
  gsize base;
  guint mask;
} VoileAnchorCursor;

#define VOILE_ANCHOR_CURSOR_INIT                                                                   \
  {                                                                                                \
    G_MAXSIZE, 0                                                                                   \
  }

/* The first word start or special byte at or after i, or len. */
G_ALWAYS_INLINE static inline gsize
voile_anchor_next (VoileAnchorCursor *cursor, const char *text, gsize len, gsize i)
{
  if (i >= cursor->base && i - cursor->base < VOILE_ANCHOR_BLOCK)
    cursor->mask &= ~0u << (i - cursor->base);
  else
    {
      if (i >= len)
        return len;
      cursor->base = i;
      cursor->mask = voile_anchor_block_mask (text, len, i);
    }
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
  return cursor->base + (gsize)__builtin_ctz (cursor->mask);
}
