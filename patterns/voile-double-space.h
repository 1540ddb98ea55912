/* voile-double-space.h — two spaces in a row: the gap between the columns of a table
 * aligned with spaces, which most lines of prose lack. The tables (voile-tables.c) and the
 * names' fields (voile-name-fields.c) ask it of each line that may be such a table's. */
#pragma once

#include <glib.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Two spaces in a row in text[start..end)? Sixteen pairs at a time where the line allows. */
static inline gboolean
voile_has_double_space (const char *text, gsize start, gsize end)
{
  gsize p = start;

#ifdef __SSE2__
  const __m128i space = _mm_set1_epi8 (' ');
  for (; p + 17 <= end; p += 16)
    {
      __m128i here = _mm_loadu_si128 ((const __m128i *)(const void *)(text + p));
      __m128i next = _mm_loadu_si128 ((const __m128i *)(const void *)(text + p + 1));
      if (_mm_movemask_epi8 (
              _mm_and_si128 (_mm_cmpeq_epi8 (here, space), _mm_cmpeq_epi8 (next, space)))
          != 0)
        return TRUE;
    }
#endif
  for (; p + 1 < end; p++)
    if (text[p] == ' ' && text[p + 1] == ' ')
      return TRUE;
  return FALSE;
}
