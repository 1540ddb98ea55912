/* voile-line.c — the line around a span, read a bounded number of bytes each way. */
/* memrchr() */
#define _GNU_SOURCE
#include "voile-line.h"

#include <string.h>

void
voile_line_around (const char *text, gsize len, gsize start, gsize end, gsize max,
                   gsize *line_start, gsize *line_end)
{
  /* memchr() and memrchr() test many bytes at a time: a line of a table or a letter is
   * tens of bytes long, a flat payload's is the whole cap */
  gsize lo = start > max ? start - max : 0;
  gsize hi = end < len && len - end > max ? end + max : len;
  const char *before = start > lo ? memrchr (text + lo, '\n', start - lo) : NULL;
  const char *after = hi > end ? memchr (text + end, '\n', hi - end) : NULL;

  *line_start = before != NULL ? (gsize)(before - text) + 1 : lo;
  *line_end = after != NULL ? (gsize)(after - text) : hi;
}

gsize
voile_line_columns (const char *text, gsize from, gsize to)
{
  gsize n = 0;
  for (gsize p = from; p < to; p++)
    n += ((guchar)text[p] & 0xC0) != 0x80;
  return n;
}
