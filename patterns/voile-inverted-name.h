/* voile-inverted-name.h — the bytes of a "Surname, Given" cell ("Evans-Pugh, Sioned",
 * "SCHMITT, Jade", "Tan, Boon"), as accounting, library, booking and broker lists write
 * their people. One reader for the tables (an aligned list whose first row is such a cell,
 * voile-tables.c) and the names (a list of such cells, voile-name-inverted.c).
 *
 * Inline: the names try each delimited line, the tables each line before a capital, and
 * most hold no such cell.
 */
#pragma once

#include <glib.h>
#include <string.h>

/* Is text[p] the comma of a "Surname, Given" cell: after a letter (or a UTF-8 letter's
 * byte), then one space and a capital (or a UTF-8 letter's lead byte), all within
 * [line_start, line_end)? */
static inline gboolean
voile_inverted_name_comma_at (const char *text, gsize line_start, gsize p, gsize line_end)
{
  return p > line_start && p + 2 < line_end && text[p] == ',' && text[p + 1] == ' '
         && (g_ascii_isalpha (text[p - 1]) || (guchar)text[p - 1] >= 0x80)
         && (g_ascii_isupper (text[p + 2]) || (guchar)text[p + 2] >= 0xC3);
}

/* The first comma of a "Surname, Given" cell in text[from, line_end); 0 when none. */
static inline gsize
voile_inverted_name_next_comma (const char *text, gsize line_start, gsize from, gsize line_end)
{
  for (const char *comma = memchr (text + from, ',', line_end - from); comma != NULL;
       comma = memchr (comma + 1, ',', line_end - (gsize)(comma + 1 - text)))
    if (voile_inverted_name_comma_at (text, line_start, (gsize)(comma - text), line_end))
      return (gsize)(comma - text);
  return 0;
}

/* Does text[p, line_end) open with a "Surname, Given" cell whose surname is written with a
 * capital, then small letters ("Akhtar, Nasreen", "Evans-Pugh, Sioned")?
 * Returns its comma's position, 0 when none. */
static inline gsize
voile_inverted_name_surname_comma (const char *text, gsize p, gsize line_end)
{
  gsize i = p + 1;

  if (p + 3 >= line_end || !g_ascii_isupper (text[p]) || !g_ascii_islower (text[p + 1]))
    return 0;
  while (i < line_end && i - p < 24
         && (g_ascii_islower (text[i]) || text[i] == '-' || text[i] == '\''))
    {
      /* "Evans-Pugh": a capital after the hyphen */
      if (text[i] == '-' && i + 1 < line_end && g_ascii_isupper (text[i + 1]))
        i++;
      i++;
    }
  return voile_inverted_name_comma_at (text, p, i, line_end) ? i : 0;
}
