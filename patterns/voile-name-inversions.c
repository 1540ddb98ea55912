/* voile-name-inversions.c — French questions read as names.
 *
 * French asks by putting the subject after its verb, joined by a hyphen: "Pouvez-vous
 * confirmer…", "Avez-vous reçu…", "Peut-on…", "Souhaitez-vous…". Capitalised at a
 * sentence's start, such a word looks like a compound given name ("Marie-Anne"); no name
 * ends on a subject pronoun, so a mention that does is dropped.
 */
#include "voile-name-private.h"
#include "voile-ascii.h"

/* Pronouns after the verb's hyphen, with it, lower case. */
static const char *const inverted_pronouns[] = {
  "-vous", "-nous", "-tu", "-il", "-elle", "-ils", "-elles", "-on", "-je", "-moi", "-toi",
};

/* Does the mention text[s, e) end on a hyphen and a subject pronoun? */
static gboolean
inverted_at (const char *text, gsize s, gsize e)
{
  for (guint k = 0; k < G_N_ELEMENTS (inverted_pronouns); k++)
    {
      gsize n = strlen (inverted_pronouns[k]);
      if (e - s > n + 1 && voile_ascii_strncasecmp (text + e - n, inverted_pronouns[k], n) == 0)
        return TRUE;
    }
  return FALSE;
}

void
voile_name_drop_inversions (VoileNameCollector *c)
{
  guint out = 0;

  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type == VOILE_TYPE_PERSON && inverted_at (c->text, m->start, m->end))
        continue;
      g_array_index (c->mentions, VoileNameMention, out++) = *m;
    }
  g_array_set_size (c->mentions, out);
}
