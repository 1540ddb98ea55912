/* voile-table-copy.c — the column list of a PostgreSQL COPY line. */
#include "config.h"

#include "voile-table-copy.h"
#include "voile-ascii.h"

#include <string.h>

static gsize
skip_blanks (const char *text, gsize p, gsize e)
{
  while (p < e && (text[p] == ' ' || text[p] == '\t'))
    p++;
  return p;
}

/* Does text[p..e) start with word (ASCII, any case), ending a word there? */
static gboolean
word_at (const char *text, gsize p, gsize e, const char *word)
{
  gsize n = strlen (word);
  return p + n <= e && voile_ascii_strncasecmp (text + p, word, n) == 0
         && (p + n == e || !g_ascii_isalnum (text[p + n]));
}

gboolean
voile_table_copy_columns (const char *text, gsize s, gsize e, gsize *columns_start,
                          gsize *columns_end)
{
  gsize p = s;

  /* psql's client-side "\copy" reads the same rows. */
  if (p < e && text[p] == '\\')
    p++;
  if (!word_at (text, p, e, "copy"))
    return FALSE;
  p = skip_blanks (text, p + 4, e);
  /* The table: "clients", "public.clients", "\"Clients\"". */
  gsize name = p;
  while (p < e && text[p] != '(' && text[p] != ' ')
    p++;
  if (p == name)
    return FALSE;
  p = skip_blanks (text, p, e);
  if (p >= e || text[p] != '(')
    return FALSE;
  gsize open = p + 1;
  const char *close = memchr (text + open, ')', e - open);
  if (close == NULL)
    return FALSE;
  p = skip_blanks (text, (gsize)(close - text) + 1, e);
  /* Rows follow only when they come from stdin (not from a file on the server). */
  if (!word_at (text, p, e, "from"))
    return FALSE;
  p = skip_blanks (text, p + 4, e);
  if (!word_at (text, p, e, "stdin"))
    return FALSE;
  *columns_start = open;
  *columns_end = (gsize)(close - text);
  return TRUE;
}
