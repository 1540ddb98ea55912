/* voile-name-figures.c — public figures named in full are no contacts.
 *
 * A team page naming its squads after computer scientists ("Turing — platform (Alan
 * Turing, UK)"), a school's heading ("lycée polyvalent Émile Zola"), a loan list's authors
 * ("L'Anomalie / Hervé Le Tellier"): people of history, science, letters and the arts
 * (data/names/public-figures.txt), written in full, are not the people a text is about.
 * Their full name and its later mentions are dropped, unless a title or a greeting before
 * one mention, or a name field holding it, makes a namesake of the text ("M. Victor Hugo",
 * "Nom : Hugo, prénom : Victor").
 */
#include "voile-name-private.h"

#include "voile-name-lexicon.h"

/* Is there a title or a greeting word right before text[start] ("M. ", "Dr ", "Dear ")? */
static gboolean
title_before (const VoileNameCollector *c, gsize start)
{
  gsize p = start, w;

  while (p > 0 && start - p < 4 && (c->text[p - 1] == ' ' || c->text[p - 1] == '.'))
    p--;
  if (p == start)
    return FALSE;
  for (w = p;
       w > 0 && p - w < 16 && (g_ascii_isalpha (c->text[w - 1]) || (guchar)c->text[w - 1] >= 0x80);
       w--)
    ;
  return w < p
         && (voile_name_context_word (c->text + w, p - w)
             & (VOILE_CONTEXT_TITLE | VOILE_CONTEXT_GREETING))
                != 0;
}

static gboolean
person_field (guint8 field)
{
  guint kind = field & VOILE_FIELD_KIND_MASK;

  return kind != VOILE_FIELD_NONE && kind != VOILE_FIELD_CITY;
}

static gboolean
is_figure (const char *key)
{
  return key != NULL && strchr (key, ' ') != NULL && voile_name_is_public_figure (key);
}

void
voile_name_drop_public_figures (VoileNameCollector *c)
{
  g_autoptr (GHashTable) figures = NULL;
  guint out = 0;

  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type != VOILE_TYPE_PERSON || !is_figure (m->key))
        continue;
      if (figures == NULL)
        figures = g_hash_table_new (g_str_hash, g_str_equal);
      /* 1: a figure to drop; 2: a mention makes it a person of the text */
      gboolean kept = GPOINTER_TO_INT (g_hash_table_lookup (figures, m->key)) == 2
                      || person_field (m->field) || title_before (c, m->start);
      g_hash_table_insert (figures, (gpointer)m->key, GINT_TO_POINTER (kept ? 2 : 1));
    }
  if (figures == NULL)
    return;
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type != VOILE_TYPE_PERSON || m->key == NULL
          || GPOINTER_TO_INT (g_hash_table_lookup (figures, m->key)) != 1)
        g_array_index (c->mentions, VoileNameMention, out++) = *m;
    }
  g_array_set_size (c->mentions, out);
}
