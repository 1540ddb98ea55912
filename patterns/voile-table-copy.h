/* voile-table-copy.h — PostgreSQL COPY blocks, as pg_dump writes them.
 *
 * "COPY public.clients (id, nom, prenom, date_naissance) FROM stdin;" names the columns of
 * the tab-separated rows below it, up to a line "\.": a table whose header is the column
 * list of the COPY line.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Does the line text[s..e) start with "COPY" or "\\copy" (any case)? Asked of every line
 * first: voile_table_copy_columns() only of the few that do. */
static inline gboolean
voile_table_copy_may_start (const char *text, gsize s, gsize e)
{
  if (s < e && text[s] == '\\')
    s++;
  return e - s > 8 && (text[s] | 0x20) == 'c' && (text[s + 1] | 0x20) == 'o'
         && (text[s + 2] | 0x20) == 'p' && (text[s + 3] | 0x20) == 'y';
}

/* Is text[s..e) (one line) a "COPY table (columns) FROM stdin;" line? Then *columns_start
 * and *columns_end bound its column list, inside the brackets: its names are separated by
 * commas, its rows' cells by tabs. */
gboolean
voile_table_copy_columns (const char *text, gsize s, gsize e, gsize *columns_start,
                          gsize *columns_end);

G_END_DECLS
