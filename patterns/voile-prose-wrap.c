/* voile-prose-wrap.c — line breaks of wrapped prose, read as spaces by the names finder. */
#include "config.h"

#include "voile-prose-wrap.h"

#include "voile-line.h"

#include <string.h>

/* Lines this long or longer tell the width a text is wrapped at; mail clients wrap at 66 to
 * 80 columns. */
#define LONG_LINE_MIN 40
#define WRAP_WIDTH_MIN 60
#define WRAP_WIDTH_MAX 80
/* A wrapped paragraph's lines end within this many columns of the width. */
#define WRAP_SLACK 16

/* The width the text is wrapped at, or 0 when it is not: most of its long lines end within a
 * few columns of one width, and few go past it (a URL, a long word). One pass, line by line:
 * a line of fewer bytes than LONG_LINE_MIN has fewer columns, one of more than four bytes a
 * column past WRAP_WIDTH_MAX more. */
static gsize
wrap_width (const char *text, gsize len)
{
  guint count[WRAP_WIDTH_MAX + 1] = { 0 };
  gsize lines = 0, within = 0;

  /* First in bytes, which cost nothing to count: a line of accented prose takes up to a fifth
   * more bytes than columns. Most texts stop here. */
  for (gsize line = 0; line < len;)
    {
      const char *nl = memchr (text + line, '\n', len - line);
      gsize end = nl != NULL ? (gsize)(nl - text) : len;
      lines += end - line >= LONG_LINE_MIN;
      within += end - line >= LONG_LINE_MIN && end - line <= WRAP_WIDTH_MAX * 6 / 5;
      line = end + 1;
    }
  if (lines < 3 || within * 5 < lines * 4)
    return 0;
  lines = within = 0;

  for (gsize line = 0; line < len;)
    {
      const char *nl = memchr (text + line, '\n', len - line);
      gsize end = nl != NULL ? (gsize)(nl - text) : len;
      gsize bytes = end - line;
      if (bytes >= LONG_LINE_MIN)
        {
          lines++;
          gsize n = bytes <= 4 * WRAP_WIDTH_MAX ? voile_line_columns (text, line, end)
                                                : WRAP_WIDTH_MAX + 1;
          if (n > 0 && text[end - 1] == '\r')
            n--;
          if (n >= LONG_LINE_MIN && n <= WRAP_WIDTH_MAX)
            within++, count[n]++;
          else if (n < LONG_LINE_MIN)
            lines--;
        }
      line = end + 1;
    }
  if (lines < 3 || within * 5 < lines * 4)
    return 0;
  gsize width = WRAP_WIDTH_MAX;
  while (width > 0 && count[width] == 0)
    width--;
  if (width < WRAP_WIDTH_MIN)
    return 0;
  /* and a paragraph's worth of them end near it */
  guint near = 0;
  for (gsize n = width - WRAP_SLACK; n <= width; n++)
    near += count[n];
  return near >= 3 ? width : 0;
}

/* Is text[start, end) a line of prose: single spaces between words (two after a sentence's
 * end), commas and semicolons followed by a space, none of the separators of a record (tab,
 * '|', quotes, dot leaders), no "Key: value" heading, a letter, a digit or a bracket first? */
static gboolean
prose_line (const char *text, gsize start, gsize end, gboolean first_of_pair)
{
  guint spaces = 0;

  /* "-- a comment", "# a heading", "* an item": not a sentence's start */
  if (start < end && (guchar)text[start] < 0x80 && !g_ascii_isalnum (text[start])
      && strchr ("'(", text[start]) == NULL)
    return FALSE;
  for (gsize p = start; p < end; p++)
    {
      char c = text[p];
      if (c == '\t' || c == '|' || c == '"')
        return FALSE;
      /* columns aligned with spaces or dots; a sentence's end may take two spaces */
      if (c == ' ' && p + 1 < end && text[p + 1] == ' '
          && (p == start || strchr (".!?", text[p - 1]) == NULL
              || (p + 2 < end && text[p + 2] == ' ')))
        return FALSE;
      if (c == '.' && p + 2 < end && text[p + 1] == '.' && text[p + 2] == '.')
        return FALSE;
      /* a CSV row's separators; prose puts a space after them (French before ';' too) */
      if ((c == ',' || c == ';') && p + 1 < end && text[p + 1] != ' ')
        return FALSE;
      /* "Subject: …", "Objet : …": a heading's key, not a sentence */
      if (c == ':' && first_of_pair && p - start < 24)
        return FALSE;
      spaces += c == ' ';
    }
  return !first_of_pair || spaces >= 7;
}

/* Does a capitalised word start at text[p] (or the word ending at p, backwards)? */
static gboolean
capital_at (const char *text, gsize p, gsize end)
{
  gunichar c = g_utf8_get_char_validated (text + p, (gssize)(end - p));
  return c != (gunichar)-1 && c != (gunichar)-2 && g_unichar_isupper (c);
}

char *
voile_prose_unwrap (const char *text, gsize len)
{
  gsize width = wrap_width (text, len);
  char *copy = NULL;
  gsize line = 0;

  if (width == 0)
    return NULL;
  for (const char *nl = memchr (text, '\n', len); nl != NULL;
       nl = memchr (nl + 1, '\n', len - (gsize)(nl + 1 - text)))
    {
      gsize brk = (gsize)(nl - text);
      gsize prev_start = line, prev_end = brk;
      gsize next_start = brk + 1;
      line = next_start;

      if (prev_end > prev_start && text[prev_end - 1] == '\r')
        prev_end--;
      if (next_start >= len || prev_end <= prev_start || text[prev_end - 1] == ' '
          || prev_end - prev_start + WRAP_SLACK < width
          || prev_end - prev_start > 4 * WRAP_WIDTH_MAX)
        continue;
      /* a capitalised word on both sides: "Karim\nBenali", "Madame\nInès Garnier" */
      if (!capital_at (text, next_start, len))
        continue;
      gsize last = prev_end;
      while (last > prev_start && text[last - 1] != ' ')
        last--;
      if (!capital_at (text, last, prev_end)
          || !g_unichar_isalpha (g_utf8_get_char (g_utf8_find_prev_char (text, text + prev_end))))
        continue;
      gsize prev_columns = voile_line_columns (text, prev_start, prev_end);
      if (prev_columns > width || prev_columns + WRAP_SLACK < width)
        continue;
      /* and the next word did not fit: the break is the wrapping's */
      gsize next_line_start, next_end, word_end = next_start;
      voile_line_around (text, len, next_start, next_start, VOILE_LINE_READ_MAX, &next_line_start,
                         &next_end);
      while (word_end < next_end && text[word_end] != ' ')
        word_end++;
      if (prev_columns + 1 + voile_line_columns (text, next_start, word_end) <= width)
        continue;
      if (!prose_line (text, prev_start, prev_end, TRUE)
          || !prose_line (text, next_start, next_end, FALSE))
        continue;
      if (copy == NULL)
        {
          copy = g_malloc (len + 1);
          memcpy (copy, text, len);
          copy[len] = '\0';
        }
      for (gsize p = prev_end; p <= brk; p++)
        copy[p] = ' ';
    }
  return copy;
}
