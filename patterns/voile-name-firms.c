/* voile-name-firms.c — firms, institutions and named venues read as people.
 *
 * A trade names its firm after a place or a word that reads as a name, then says its trade
 * in a word no name ends with: "Torbay Orthodontics", "Sri Ganesh Electricals", "Calder
 * Finishing", "Kestrel Homes". An institution puts its place after "of" or "de": "Bank of
 * America", "University of Kent". A building, a ship or a restaurant borrows a famous
 * person's full name behind an article: "Le Pierre Curie" (a residence), "the Victor Hugo".
 * None is a person. A name is dropped only when every mention of it stands so: a surname
 * of a person named in the text stays marked in a firm's name ("Benali Rénovation").
 */
#include "voile-name-private.h"
#include "voile-ascii.h"

#define FIRMS_MENTIONS_MAX 400
#define TRADE_WORD_MIN 6

/* Is text[s, e) a capitalised word in no name list that says a trade: an "-ing" word the lists
 * know ("Finishing", "Roofing"), the plural of a word they know ("Electricals", "Homes"), or
 * a learned "-ics" ("Orthodontics"; not "-vics", the ending of Hungarian surnames)? A word
 * that is a surname in no list ("Proctor", "Lorrain") is no trade, nor is an unknown
 * "Castaing". */
static gboolean
trade_word (const char *text, gsize s, gsize e)
{
  gsize n = e - s;

  if (n < TRADE_WORD_MIN || !g_ascii_isupper (text[s]))
    return FALSE;
  for (gsize k = s + 1; k < e; k++)
    if (!g_ascii_islower (text[k]))
      return FALSE;
  guint flags = voile_name_lookup_word (text + s, n);
  if (flags & (VOILE_NAME_FIRST | VOILE_NAME_LAST))
    return FALSE;
  const char *end = text + e;
  if ((flags & VOILE_NAME_WORD) && memcmp (end - 3, "ing", 3) == 0)
    return TRUE;
  if (memcmp (end - 3, "ics", 3) == 0 && end[-4] != 'v')
    return TRUE;
  return end[-1] == 's' && (voile_name_lookup_word (text + s, n - 1) & VOILE_NAME_WORD);
}

/* The end of the word that starts at text[p] (ASCII letters only), or p. */
static gsize
ascii_word_end (const char *text, gsize len, gsize p)
{
  while (p < len && g_ascii_isalpha (text[p]))
    p++;
  return p;
}

#define SENDER_LABEL_MAX 48

/* "[18/11/2026, 10:02] Hamza Transports Tanger: …": does a chat's sender label open at
 * text[s] (after the message's bracketed time, words up to a colon)? The contact a phone
 * saved under its firm's name is the man who writes. */
static gboolean
chat_sender_at (const char *text, gsize len, gsize s)
{
  if (s < 2 || text[s - 1] != ' ' || text[s - 2] != ']')
    return FALSE;
  for (gsize p = s; p < len && p < s + SENDER_LABEL_MAX; p++)
    {
      if (text[p] == ':')
        return TRUE;
      if (!g_ascii_isalpha (text[p]) && text[p] != ' ' && text[p] != '-' && (guchar)text[p] < 0x80)
        return FALSE;
    }
  return FALSE;
}

/* Does the mention end on a trade word, or is it followed by one? */
static gboolean
ends_in_trade (VoileNameCollector *c, const VoileNameMention *m)
{
  const char *text = c->text;
  gsize last = m->end;

  while (last > m->start && text[last - 1] != ' ')
    last--;
  if (last > m->start && trade_word (text, last, m->end))
    return TRUE;
  /* "Calder Finishing"; a full name before a trade is a sole trader's ("Dave Proctor
   * Building & Renovation"). */
  if (strchr (m->key, ' ') != NULL || m->end + 1 >= c->len || text[m->end] != ' ')
    return FALSE;
  /* "Kemal Removals": a given name that is nothing else names the man whose trade it is,
   * as a surname does ("Benali Rénovation"); so does one that is a surname too as a chat's
   * sender ("[…] Hamza Transports Tanger:"). "Torbay", "Kestrel" are places or words, and
   * "Calder Finishing" in prose a firm. */
  guint flags = voile_name_lookup_word (text + m->start, m->end - m->start);
  /* "[…] Siyabonga Funerals - Sizwe:": a contact saved as its firm, a dash and the agent
   * who writes names the man after the dash; the given name before the trade is the
   * firm's. */
  gsize trade_end = ascii_word_end (text, c->len, m->end + 1);
  if (trade_end + 3 < c->len && memcmp (text + trade_end, " - ", 3) == 0
      && g_ascii_isupper (text[trade_end + 3]) && chat_sender_at (text, c->len, m->start)
      && trade_word (text, m->end + 1, trade_end))
    return TRUE;
  if ((flags & VOILE_NAME_FIRST)
      && !(flags & (VOILE_NAME_PROPER | VOILE_NAME_WORD | VOILE_NAME_AMBIGUOUS))
      && (!(flags & VOILE_NAME_LAST) || chat_sender_at (text, c->len, m->start)))
    return FALSE;
  return trade_word (text, m->end + 1, ascii_word_end (text, c->len, m->end + 1));
}

/* "Bank of America", "Université de Nantes", "Church of England": an institution's word,
 * then "of"/"de"/"du"/"des", then the mention. */
static gboolean
after_institution (VoileNameCollector *c, const VoileNameMention *m)
{
  const char *text = c->text;
  gsize of = voile_name_word_start_before (text, m->start, 24);

  if (of == m->start)
    return FALSE;
  gsize of_len = m->start - 1 - of;
  if (!((of_len == 2
         && (memcmp (text + of, "of", 2) == 0 || memcmp (text + of, "de", 2) == 0
             || memcmp (text + of, "du", 2) == 0))
        || (of_len == 3 && memcmp (text + of, "des", 3) == 0)))
    return FALSE;
  gsize head = voile_name_word_start_before (text, of, 24);
  if (head == of || !g_ascii_isupper (text[head]))
    return FALSE;
  return (voile_name_context_word (text + head, of - 1 - head)
          & (VOILE_CONTEXT_ORG_AFTER | VOILE_CONTEXT_PLACE_BEFORE))
         != 0;
}

/* "Le Pierre Curie", "the Victor Hugo": an article before a full name that opens on a given
 * name names a thing (a building, a ship, a restaurant), not a person. */
static gboolean
after_article (VoileNameCollector *c, const VoileNameMention *m)
{
  const char *text = c->text;
  gsize w = voile_name_word_start_before (text, m->start, 24);
  gsize n = m->start - 1 - w;

  if (w == m->start || strchr (m->key, ' ') == NULL)
    return FALSE;
  if (!((n == 2
         && (voile_ascii_strncasecmp (text + w, "le", 2) == 0
             || voile_ascii_strncasecmp (text + w, "la", 2) == 0))
        || (n == 3 && voile_ascii_strncasecmp (text + w, "the", 3) == 0)))
    return FALSE;
  gsize first_end = m->start;
  while (first_end < m->end && text[first_end] != ' ')
    first_end++;
  guint flags = voile_name_lookup_word (text + m->start, first_end - m->start);
  return (flags & VOILE_NAME_FIRST) != 0;
}

/* Does the mention stand as a firm's, an institution's or a venue's name? A first-name or
 * last-name column's value is a person's whatever follows. */
static gboolean
stands_as_firm (VoileNameCollector *c, const VoileNameMention *m)
{
  guint kind = m->field & VOILE_FIELD_KIND_MASK;

  if (kind == VOILE_FIELD_FIRST || kind == VOILE_FIELD_LAST)
    return FALSE;
  return ends_in_trade (c, m) || after_institution (c, m) || after_article (c, m);
}

#define DOMAINS_MAX 32
#define DOMAIN_LABEL_MAX 48
#define SPELLED_NAME_MIN 6

typedef struct
{
  guint n;
  char labels[DOMAINS_MAX][DOMAIN_LABEL_MAX + 1]; /* "jatimplast", "minerasolnorte" */
  char locals[DOMAINS_MAX][DOMAIN_LABEL_MAX + 1]; /* the local parts, letters only */
} Domains;

/* Copies the lower-case letters of text[s, e) into out (DOMAIN_LABEL_MAX + 1 bytes). */
static void
letters_of (const char *text, gsize s, gsize e, char *out)
{
  gsize n = 0;

  for (gsize p = s; p < e && n < DOMAIN_LABEL_MAX; p++)
    if (g_ascii_isalpha (text[p]))
      out[n++] = g_ascii_tolower (text[p]);
  out[n] = '\0';
}

/* The first label of every e-mail address's domain ("yulia.k@jatimplast.co.id": "jatimplast",
 * "hessen-verpackung.de": "hessenverpackung") and its local part's letters. */
static void
collect_domains (VoileNameCollector *c, Domains *d)
{
  GArray *findings = c->result->findings;

  d->n = 0;
  for (guint i = 0; i < findings->len && d->n < DOMAINS_MAX; i++)
    {
      const VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      if (f->type != VOILE_TYPE_EMAIL)
        continue;
      const char *at = memchr (c->text + f->start, '@', f->end - f->start);
      if (at == NULL)
        continue;
      gsize s = (gsize)(at - c->text) + 1, e = s;
      while (e < f->end && c->text[e] != '.')
        e++;
      letters_of (c->text, s, e, d->labels[d->n]);
      letters_of (c->text, f->start, (gsize)(at - c->text), d->locals[d->n]);
      d->n++;
    }
}

/* Does an e-mail domain of the text spell the name, words glued ("Jatim Plast" in
 * "@jatimplast.co.id", "Hessen Verpackung" in "@hessen-verpackung.de"), while no local part
 * does and no word of it is a given name? A firm's name, then: people write from their own
 * names, firms from their domains. */
static gboolean
spelled_by_domain (const Domains *d, const char *key)
{
  char glued[DOMAIN_LABEL_MAX + 1];
  gsize n = 0;
  gboolean domain = FALSE;

  if (d->n == 0 || strchr (key, ' ') == NULL)
    return FALSE;
  for (const char *p = key; *p != '\0' && n < DOMAIN_LABEL_MAX; p++)
    if (g_ascii_isalpha (*p))
      glued[n++] = *p;
    else if (*p != ' ' && *p != '-')
      return FALSE; /* a word folding gave no ASCII: no domain spells it */
  glued[n] = '\0';
  if (n < SPELLED_NAME_MIN)
    return FALSE;
  /* "Marie Dupont <contact@mariedupont.fr>": a freelancer's own domain spells a person; a
   * name holding a given name is left to the other rules */
  for (const char *p = key; *p != '\0';)
    {
      const char *space = strchr (p, ' ');
      gsize len = space != NULL ? (gsize)(space - p) : strlen (p);
      if (voile_name_lexicon_lookup (p, len) & VOILE_NAME_FIRST)
        return FALSE;
      p += len + (space != NULL);
    }
  for (guint i = 0; i < d->n; i++)
    domain |= strstr (d->labels[i], glued) != NULL;
  if (!domain)
    return FALSE;
  /* "ghazal@ghazalmirzaei.dev": a word of the name in a local part is a person writing from
   * her own domain */
  for (const char *p = key; *p != '\0';)
    {
      const char *space = strchr (p, ' ');
      gsize len = space != NULL ? (gsize)(space - p) : strlen (p);
      char word[DOMAIN_LABEL_MAX + 1];
      if (len >= 3 && len <= DOMAIN_LABEL_MAX)
        {
          memcpy (word, p, len);
          word[len] = '\0';
          for (guint i = 0; i < d->n; i++)
            if (strstr (d->locals[i], word) != NULL)
              return FALSE;
        }
      p += len + (space != NULL);
    }
  return TRUE;
}

/* Copies the lower-case ASCII letters of a word of a mention's key into out (up to max
 * letters); FALSE when the word has a letter outside ASCII (no address spells it). */
static gboolean
ascii_word (const char *w, gsize len, char *out, gsize max)
{
  gsize n = 0;

  for (gsize k = 0; k < len; k++)
    {
      if ((guchar)w[k] >= 0x80)
        return FALSE;
      if (g_ascii_isalpha (w[k]) && n < max)
        out[n++] = g_ascii_tolower (w[k]);
    }
  out[n] = '\0';
  return TRUE;
}

/* A mail header's display name before its own address ("From: Maya Support
 * <support@maya.ph>", "De : Espace Campus France Sénégal <dakar@campusfrance.org>",
 * "Dearborn Endocrinology <frontdesk@dearbornendo.com>"): when a word of the name opens or
 * lies in the domain's first label and no word of it is in the local part, the name is the
 * firm's that owns the domain: people write from mailboxes that spell them ("Kevin Tran
 * <kevin@tranco.com.au>", "Samuel Adjei-Mensah <sadjeimensah@…>"; the name's last word there, when
 * no list knows it as a name, is the mailbox's role: "HR Onboarding <onboarding@…>"). A whole name
 * that opens on a given name is left (a person at a role mailbox of a firm named after her). Reads
 * 96 bytes after the mention at most, on its line. */
static gboolean
display_of_firm_address (VoileNameCollector *c, const VoileNameMention *m)
{
  gsize p = m->end, stop = MIN (c->len, m->end + 96);
  char local[DOMAIN_LABEL_MAX + 1], label[DOMAIN_LABEL_MAX + 1];
  gboolean domain = FALSE;

  /* Most names have no '<' after them on their line: told by memchr() first. */
  const char *open = memchr (c->text + p, '<', stop - p);
  if (open == NULL)
    return FALSE;
  stop = (gsize)(open - c->text);
  while (p < stop && c->text[p] != '\n' && c->text[p] != '>' && c->text[p] != '@'
         && c->text[p] != '"')
    p++;
  if (p != stop)
    return FALSE;
  stop = MIN (c->len, m->end + 96);
  gsize ls = p + 1, at = ls;
  while (at < stop + 64 && at < c->len && c->text[at] != '@' && c->text[at] != '>'
         && c->text[at] != '\n' && c->text[at] != ' ')
    at++;
  if (at >= c->len || c->text[at] != '@' || at == ls)
    return FALSE;
  gsize ds = at + 1, de = ds;
  while (de < c->len && de < ds + 64 && (g_ascii_isalnum (c->text[de]) || c->text[de] == '-'))
    de++;
  if (de >= c->len || c->text[de] != '.')
    return FALSE;
  letters_of (c->text, ls, at, local);
  letters_of (c->text, ds, de, label);
  const char *key = m->key;
  const char *space = strchr (key, ' ');
  if (space != NULL && (voile_name_lexicon_lookup (key, (gsize)(space - key)) & VOILE_NAME_FIRST))
    return FALSE;
  for (const char *w = key; *w != '\0';)
    {
      const char *sp = strchr (w, ' ');
      gsize len = sp != NULL ? (gsize)(sp - w) : strlen (w);
      char word[DOMAIN_LABEL_MAX + 1];
      if (len <= DOMAIN_LABEL_MAX && ascii_word (w, len, word, DOMAIN_LABEL_MAX))
        {
          gsize n = strlen (word);
          /* The last word, no name, in the local part is the mailbox's role
           * ("Juniper Onboarding <onboarding@juniper.io>"), not its owner. */
          if (n >= 3 && strstr (local, word) != NULL
              && !(sp == NULL && w != key
                   && !(voile_name_lexicon_lookup (w, len) & (VOILE_NAME_FIRST | VOILE_NAME_LAST))))
            return FALSE;
          if (n >= 4 && strstr (label, word) != NULL)
            domain = TRUE;
        }
      w += len + (sp != NULL);
    }
  return domain;
}

void
voile_name_drop_firms (VoileNameCollector *c)
{
  g_autoptr (GHashTable) firms = NULL;
  /* the names a mail header's display gave its firm's: the body's mentions are the firm's */
  g_autoptr (GHashTable) headers = NULL;
  guint out = 0;
  Domains domains;

  if (c->mentions->len > FIRMS_MENTIONS_MAX)
    return;
  collect_domains (c, &domains);
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      gboolean header
          = domains.n > 0 && m->type == VOILE_TYPE_PERSON && display_of_firm_address (c, m);
      if (m->type != VOILE_TYPE_PERSON
          || !(
              stands_as_firm (c, m)
              || (spelled_by_domain (&domains, m->key) && !voile_name_addressed (c->text, m->start))
              || header))
        continue;
      if (firms == NULL)
        firms = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_add (firms, (gpointer)m->key);
      if (header)
        {
          if (headers == NULL)
            headers = g_hash_table_new (g_str_hash, g_str_equal);
          g_hash_table_add (headers, (gpointer)m->key);
        }
    }
  if (firms == NULL)
    return;
  /* A name said elsewhere as a person's ("Dear Mr Calder") is a person. */
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type == VOILE_TYPE_PERSON && g_hash_table_contains (firms, m->key)
          && !stands_as_firm (c, m)
          && !((spelled_by_domain (&domains, m->key)
                || (headers != NULL && g_hash_table_contains (headers, m->key)))
               && !voile_name_addressed (c->text, m->start)))
        g_hash_table_remove (firms, m->key);
    }
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type != VOILE_TYPE_PERSON || !g_hash_table_contains (firms, m->key))
        g_array_index (c->mentions, VoileNameMention, out++) = *m;
    }
  g_array_set_size (c->mentions, out);
}
