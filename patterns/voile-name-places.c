/* voile-name-places.c — house and place names read as people's.
 *
 * Welsh writes its places, farms and houses with words that read as names ("Tŷ Glan Môr",
 * "Llŷn", "Bryn Awel"). Its letters ŵ and ŷ (w and y with a circumflex) appear in no
 * given name or surname the lists hold, and in no other language Voile reads: a name
 * holding one is a place's, dropped with its other mentions ("Môr" of "Tŷ Glan Môr").
 */
#include "voile-name-private.h"

#define PLACES_MENTIONS_MAX 400

/* Does text[s, e) hold ŵ, ŷ, Ŵ or Ŷ (U+0174..U+0177: 0xC5 0xB4..0xB7)? */
static gboolean
holds_welsh_circumflex (const char *text, gsize s, gsize e)
{
  const char *p = text + s, *end = text + e;

  while ((p = memchr (p, 0xC5, (gsize)(end - p))) != NULL && p + 1 < end)
    {
      if ((guchar)p[1] >= 0xB4 && (guchar)p[1] <= 0xB7)
        return TRUE;
      p++;
    }
  return FALSE;
}

void
voile_name_drop_welsh_places (VoileNameCollector *c)
{
  g_autoptr (GHashTable) places = NULL;
  g_autoptr (GHashTable) words = NULL;
  guint out = 0;

  if (c->mentions->len > PLACES_MENTIONS_MAX || memchr (c->text, 0xC5, c->len) == NULL)
    return;
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type != VOILE_TYPE_PERSON || !holds_welsh_circumflex (c->text, m->start, m->end))
        continue;
      if (places == NULL)
        {
          places = g_hash_table_new (g_str_hash, g_str_equal);
          words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
        }
      g_hash_table_add (places, (gpointer)m->key);
      /* Its words alone are the place too ("Môr" of "tŷ glan môr"). */
      g_auto (GStrv) parts = g_strsplit (m->key, " ", -1);
      for (guint k = 0; parts[k] != NULL; k++)
        g_hash_table_add (words, g_strdup (parts[k]));
    }
  if (places == NULL)
    return;
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      gboolean place
          = m->type == VOILE_TYPE_PERSON
            && (g_hash_table_contains (places, m->key)
                || (strchr (m->key, ' ') == NULL && g_hash_table_contains (words, m->key)));
      if (!place)
        g_array_index (c->mentions, VoileNameMention, out++) = *m;
    }
  g_array_set_size (c->mentions, out);
}

/* Is the folded word the first word of a full name the text gives a person? */
static gboolean
first_word_of_person (VoileNameCollector *c, const char *folded)
{
  gsize n = strlen (folded);

  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type == VOILE_TYPE_PERSON && strncmp (m->key, folded, n) == 0 && m->key[n] == ' ')
        return TRUE;
    }
  return FALSE;
}

void
voile_name_drop_given_name_places (VoileNameCollector *c)
{
  g_autoptr (GString) folded = NULL;
  guint out = 0;

  if (c->mentions->len > PLACES_MENTIONS_MAX)
    return;
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      gboolean given = FALSE;
      if (m->type == VOILE_TYPE_LOCATION && m->end - m->start < VOILE_NAME_KEY_MAX
          && memchr (c->text + m->start, ' ', m->end - m->start) == NULL)
        {
          guint flags = voile_name_lookup_word (c->text + m->start, m->end - m->start);
          if ((flags & VOILE_NAME_FIRST)
              && !(flags & (VOILE_NAME_PROPER | VOILE_NAME_WORD | VOILE_NAME_AMBIGUOUS)))
            {
              if (folded == NULL)
                folded = g_string_sized_new (VOILE_NAME_KEY_MAX);
              g_string_truncate (folded, 0);
              voile_name_append_folded (folded, c->text + m->start, m->end - m->start);
              given = first_word_of_person (c, folded->str);
            }
        }
      if (!given)
        g_array_index (c->mentions, VoileNameMention, out++) = *m;
    }
  g_array_set_size (c->mentions, out);
}

/* "…, 4000-447 Porto, Portugal", "33530 Bassens, France": a country ends an address that a
 * field rule read as someone's, and "France" or "Jordan"-like words are surnames too. A
 * capitalised mention after a comma that is a whole country's name is no person unless a title or a
 * greeting says so ("M. France"); in lower case it is a chat's sender ("france : j'apporte
 * le dessert"), who wrote her name so. */
gboolean
voile_name_is_country_mention (VoileNameCollector *c, const VoileNameMention *m)
{
  /* After a comma ("…, Porto, Portugal"): the address's last part; a cheap test first, the
   * country list is long. */
  return m->end - m->start < VOILE_NAME_KEY_MAX && m->start >= 2 && c->text[m->start - 2] == ','
         && c->text[m->start - 1] == ' ' && g_unichar_isupper (g_utf8_get_char (c->text + m->start))
         && voile_name_is_country (c->text + m->start, m->end - m->start)
         && !voile_name_addressed (c->text, m->start);
}

#define CHAIN_PART_MAX 40
#define CHAIN_PARTS_MAX 3

/* "Viet Yen, Bac Giang, Vietnam", "SAN ANTONIO, CHILE", "Santa Cruz, Colchagua, Chile": is the
 * mention followed, on its line, by a comma, up to two more capitalised parts each after a
 * comma, and a country that ends the chain (the line's end, a full stop, a bracket)? The
 * words before a country in such a chain are its towns and regions. */
static gboolean
followed_by_country (VoileNameCollector *c, const VoileNameMention *m)
{
  const char *t = c->text;
  gsize p = m->end;

  for (guint part = 0; part < CHAIN_PARTS_MAX; part++)
    {
      if (p + 2 >= c->len || t[p] != ',' || t[p + 1] != ' ')
        return FALSE;
      gsize s = p + 2, e = s;
      if (!g_unichar_isupper (g_utf8_get_char (t + s)))
        return FALSE;
      /* letters, spaces, hyphens and apostrophes up to the next comma or the chain's end */
      while (e < c->len && e - s < CHAIN_PART_MAX
             && (g_ascii_isalpha (t[e]) || (guchar)t[e] >= 0x80 || t[e] == ' ' || t[e] == '-'
                 || t[e] == '\''))
        e++;
      gsize w = e;
      while (w > s && t[w - 1] == ' ')
        w--;
      if (w == s)
        return FALSE;
      if (voile_name_is_country (t + s, w - s))
        return e >= c->len || t[e] == '\n' || t[e] == '\r' || t[e] == '.' || t[e] == ')'
               || t[e] == ' ' || t[e] == ';' || t[e] == '\t' || t[e] == '|';
      p = e;
    }
  return FALSE;
}

/* Does the mention stand as a town or a region before its country? A name after a title or a
 * greeting, or in a first-name or last-name field, is a person's wherever it stands. */
static gboolean
stands_as_place (VoileNameCollector *c, const VoileNameMention *m)
{
  guint kind = m->field & VOILE_FIELD_KIND_MASK;

  if (kind == VOILE_FIELD_FIRST || kind == VOILE_FIELD_LAST || m->end >= c->len
      || c->text[m->end] != ',')
    return FALSE;
  return followed_by_country (c, m) && !voile_name_addressed (c->text, m->start);
}

void
voile_name_drop_address_chains (VoileNameCollector *c)
{
  g_autoptr (GHashTable) places = NULL;
  guint out = 0;

  if (c->mentions->len > PLACES_MENTIONS_MAX)
    return;
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type != VOILE_TYPE_PERSON || !stands_as_place (c, m))
        continue;
      if (places == NULL)
        places = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_add (places, (gpointer)m->key);
    }
  if (places == NULL)
    return;
  /* A name said elsewhere as a person's ("Dear Ms Cruz") is a person. */
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type == VOILE_TYPE_PERSON && g_hash_table_contains (places, m->key)
          && !stands_as_place (c, m))
        g_hash_table_remove (places, m->key);
    }
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type != VOILE_TYPE_PERSON || !g_hash_table_contains (places, m->key))
        g_array_index (c->mentions, VoileNameMention, out++) = *m;
    }
  g_array_set_size (c->mentions, out);
}
