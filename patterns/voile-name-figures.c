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

#define FIGURES_MAX 64

/* The slot of key among the figures met, added when new; -1 when the table is full. */
static gint
figure_slot (const char **figures, gboolean *kept, guint *n, const char *key)
{
  for (guint k = 0; k < *n; k++)
    if (figures[k] == key)
      return (gint)k;
  if (*n == FIGURES_MAX)
    return -1;
  figures[*n] = key;
  kept[*n] = FALSE;
  return (gint)(*n)++;
}

void
voile_name_drop_public_figures (VoileNameCollector *c)
{
  /* The figures' keys met (interned: one pointer per name), whether a mention makes that
   * one a person of the text, and the figures' mentions: a text names a few at most, and
   * every other mention costs one filter test. */
  const char *figures[FIGURES_MAX];
  gboolean kept[FIGURES_MAX];
  g_autoptr (GArray) at = NULL; /* of guint: index of a figure's mention, then its slot */
  guint n = 0, out = 0, next = 0;

  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type != VOILE_TYPE_PERSON || m->key == NULL || !voile_name_is_public_figure (m->key))
        continue;
      gint k = figure_slot (figures, kept, &n, m->key);
      if (k < 0)
        continue;
      kept[k] |= person_field (m->field) || title_before (c, m->start);
      if (at == NULL)
        at = g_array_new (FALSE, FALSE, sizeof (guint));
      guint pair[2] = { i, (guint)k };
      g_array_append_vals (at, pair, 2);
    }
  if (at == NULL)
    return;
  for (guint i = 0; i < c->mentions->len; i++)
    {
      if (next < at->len && g_array_index (at, guint, next) == i)
        {
          gboolean drop = !kept[g_array_index (at, guint, next + 1)];
          next += 2;
          if (drop)
            continue;
        }
      g_array_index (c->mentions, VoileNameMention, out++)
          = g_array_index (c->mentions, VoileNameMention, i);
    }
  g_array_set_size (c->mentions, out);
}
