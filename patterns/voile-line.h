/* voile-line.h — the line around a span, read a bounded number of bytes each way.
 *
 * Checks run for each candidate or finding often want "the line it is on". A text without
 * line breaks (a minified payload, a PDF pasted flat) is one line: reading it whole per
 * finding made scans quadratic twice. Every such read goes through here, capped.
 */
#pragma once

#include <glib.h>

/* The usual cap: longer than any real line of a table, a letter or a log. */
#define VOILE_LINE_READ_MAX 512

/* The start and end (the '\n' or len) of the line holding text[start, end), at most max
 * bytes before start and after end. */
void
voile_line_around (const char *text, gsize len, gsize start, gsize end, gsize max,
                   gsize *line_start, gsize *line_end);

/* The columns of text[from, to): its UTF-8 characters (continuation bytes take none). */
gsize
voile_line_columns (const char *text, gsize from, gsize to);
