/* voile-name-ranks.c — grades and ranks named like people.
 *
 * A karate or judo grading form counts its grades with ordinals ("2nd Dan", "6th Dan",
 * "3rd Dan"), as a chess or a music syllabus may ("1st Kyu", "5e Dan"). "Dan" is a given
 * name in the lists: a word that follows an ordinal twice or more in one text is a grade,
 * dropped with its other mentions ("Dan Grading Application"). Once only, it may be a date
 * before a name ("Mon 3rd Dan to call"), which stays.
 */
#include "voile-name-private.h"
#include "voile-ascii.h"

#define RANKS_MENTIONS_MAX 400
#define RANKS_MANY 2

/* Does an ordinal and one space end at text[p] ("2nd ", "10th ", "3e ", "1er ", "5ème ")? */
static gboolean
ordinal_before (const char *text, gsize p)
{
  static const char *const suffixes[] = { "st", "nd", "rd", "th", "e", "er", "eme", "\xc3\xa8me" };

  if (p < 3 || text[p - 1] != ' ' || !(g_ascii_isalpha (text[p - 2]) || (guchar)text[p - 2] >= 0x80)
      || !(g_ascii_isdigit (text[p - 3]) || g_ascii_isalpha (text[p - 3])
           || (guchar)text[p - 3] >= 0x80))
    return FALSE;
  /* A digit must end where the suffix's letters start (at most four bytes before). */
  gsize q = p - 1;
  while (q > 0 && p - 1 - q < 5 && (g_ascii_isalpha (text[q - 1]) || (guchar)text[q - 1] >= 0x80))
    q--;
  if (q == 0 || !g_ascii_isdigit (text[q - 1]))
    return FALSE;
  gsize e = p - 1;
  for (guint k = 0; k < G_N_ELEMENTS (suffixes); k++)
    {
      gsize n = strlen (suffixes[k]);
      if (e < n + 1 || voile_ascii_strncasecmp (text + e - n, suffixes[k], n) != 0)
        continue;
      gsize d = e - n;
      if (!g_ascii_isdigit (text[d - 1]))
        continue;
      while (d > 0 && g_ascii_isdigit (text[d - 1]))
        d--;
      if (e - n - d > 2)
        continue; /* a year or a reference, not a grade */
      return d == 0 || !g_ascii_isalnum (text[d - 1]);
    }
  return FALSE;
}

void
voile_name_drop_ranks (VoileNameCollector *c)
{
  g_autoptr (GHashTable) counts = NULL;
  gboolean any = FALSE;
  guint out = 0;

  if (c->mentions->len > RANKS_MENTIONS_MAX)
    return;
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type != VOILE_TYPE_PERSON || strchr (m->key, ' ') != NULL
          || !ordinal_before (c->text, m->start))
        continue;
      if (counts == NULL)
        counts = g_hash_table_new (g_str_hash, g_str_equal);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, m->key)) + 1;
      g_hash_table_insert (counts, (gpointer)m->key, GUINT_TO_POINTER (n));
      any |= n >= RANKS_MANY;
    }
  if (!any)
    return;
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type == VOILE_TYPE_PERSON
          && GPOINTER_TO_UINT (g_hash_table_lookup (counts, m->key)) >= RANKS_MANY)
        continue;
      g_array_index (c->mentions, VoileNameMention, out++) = *m;
    }
  g_array_set_size (c->mentions, out);
}
