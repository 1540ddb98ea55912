/* voile-name-inversions.c — French questions read as names.
 *
 * French asks by putting the subject after its verb, joined by a hyphen: "Pouvez-vous
 * confirmer…", "Avez-vous reçu…", "Peut-on…", "Souhaitez-vous…". Capitalised at a
 * sentence's start, such a word looks like a compound given name ("Marie-Anne"); no name
 * ends on a subject pronoun, so a mention that does is dropped (voile-name-entities.c).
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
  /* The hyphen is among the last six bytes ("-elles", "-tu"). */
  gboolean hyphen = FALSE;
  for (gsize k = e > s + 6 ? e - 6 : s; k + 2 < e && !hyphen; k++)
    hyphen = text[k] == '-';
  if (!hyphen)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (inverted_pronouns); k++)
    {
      gsize n = strlen (inverted_pronouns[k]);
      if (e - s > n + 1 && voile_ascii_strncasecmp (text + e - n, inverted_pronouns[k], n) == 0)
        return TRUE;
    }
  return FALSE;
}

gboolean
voile_name_is_inversion (VoileNameCollector *c, const VoileNameMention *m)
{
  return inverted_at (c->text, m->start, m->end);
}
