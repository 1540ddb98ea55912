/* voile-name-collector.c — the mentions the name finder collects while it reads a text:
 * their spans, the canonical keys of the people, the records of structured text.
 */
#include "config.h"

#include "voile-ascii.h"
#include "voile-name-lexicon.h"
#include "voile-name-private.h"

/* Index of the first finding (findings are sorted) whose end is past pos. Lookups come
 * mostly in text order: the previous answer, or one a few findings further, is checked
 * before the binary search (whose probes miss the cache in a long text). */
static guint
first_finding_ending_after (VoileNameCollector *c, gsize pos)
{
  GArray *findings = c->result->findings;
  const VoileFinding *f = (const VoileFinding *)(gpointer)findings->data;
  guint lo = 0, hi = findings->len;
  guint hint = MIN (c->finding_hint, findings->len);

  if (hint == 0 || f[hint - 1].end <= pos)
    {
      for (guint i = hint; i < findings->len && i < hint + 8; i++)
        if (f[i].end > pos)
          return c->finding_hint = i;
      if (hint + 8 >= findings->len)
        return c->finding_hint = findings->len;
      lo = hint + 8;
    }
  else
    hi = hint;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (f[mid].end <= pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  return c->finding_hint = lo;
}

gboolean
voile_name_collector_blocked (VoileNameCollector *c, gsize start, gsize end)
{
  GArray *findings = c->result->findings;
  for (guint i = first_finding_ending_after (c, start); i < findings->len; i++)
    {
      const VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      if (f->start >= end)
        break;
      if (f->type != VOILE_TYPE_PERSON && f->type != VOILE_TYPE_LOCATION)
        return TRUE;
    }
  return FALSE;
}

/* Appends the folded word to key (a GString), or its bytes when it cannot be folded. */
void
voile_name_append_folded (GString *key, const char *word, gsize len)
{
  gsize at = key->len + (key->len > 0);
  gsize folded_len;

  /* Folded in place: room for a space and the longest key, then the length cut back. */
  g_string_set_size (key, at + VOILE_NAME_KEY_MAX);
  if (at > 0)
    key->str[at - 1] = ' ';
  if (voile_name_fold (word, len, key->str + at, &folded_len))
    g_string_truncate (key, at + folded_len);
  else
    {
      g_autofree char *down = g_utf8_strdown (word, len);
      g_string_truncate (key, at);
      g_string_append (key, down);
    }
}

/* Appends a mention known not to be blocked. */
static void
append_mention (VoileNameCollector *c, gsize start, gsize end, VoileType type, float confidence,
                const char *key, VoileFieldKind field)
{
  VoileNameMention m = { 0 };

  m.start = start;
  m.end = end;
  m.type = type;
  m.confidence = confidence;
  m.key = key;
  m.field = field;
  m.record = field != VOILE_FIELD_NONE ? c->record : 0;
  g_array_append_val (c->mentions, m);
}

static void
add_mention (VoileNameCollector *c, gsize start, gsize end, VoileType type, float confidence,
             const char *key, VoileFieldKind field)
{
  if (start >= end || voile_name_collector_blocked (c, start, end))
    return;
  append_mention (c, start, end, type, confidence, key, field);
}

/* Is text[start, end) a weekday's abbreviation ("Sam", "Mar", "Sat", "Sun", a dot allowed)
 * opening a schedule's slot: at the start of a line, a cell or a list item, and before a
 * clock time ("Sam 10h", "Mer 17h30", "Sat 9:30", "Sun 10am")? "Sam" is a given name too. */
static gboolean
weekday_before_time (const char *text, gsize len, gsize start, gsize end)
{
  static const char *const days[]
      = { "lun",  "mar", "mer", "jeu",  "ven",   "sam", "dim", "mon", "tue",
          "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", NULL };
  gsize p = start, q = end, d;

  if (end - start < 3 || end - start > 5 || !voile_ascii_word_in (text + start, end - start, days))
    return FALSE;
  while (p > 0 && text[p - 1] == ' ')
    p--;
  if (p > 0 && !strchr ("\n\t|,;:/(-", text[p - 1]))
    return FALSE; /* "avec Sam 10h": someone met at ten */
  if (q < len && text[q] == '.')
    q++;
  if (q >= len || text[q] != ' ')
    return FALSE;
  while (q < len && text[q] == ' ')
    q++;
  for (d = q; d < len && g_ascii_isdigit (text[d]); d++)
    ;
  if (d == q || d - q > 2 || d >= len)
    return FALSE;
  return text[d] == 'h' || text[d] == 'H'
         || (text[d] == ':' && d + 1 < len && g_ascii_isdigit (text[d + 1]))
         || ((text[d] == 'a' || text[d] == 'p') && d + 1 < len && text[d + 1] == 'm');
}

/* The word ending at text[end) (letters, UTF-8 bytes, hyphens): its start. */
static gsize
word_back (const char *text, gsize end)
{
  gsize p = end;
  while (p > 0
         && (g_ascii_isalpha (text[p - 1]) || (guchar)text[p - 1] >= 0x80 || text[p - 1] == '-'))
    p--;
  return p;
}

/* Is text[start, end) the second of two places after a locative word ("branches in Houston
 * and Katy", "entre Lyon et Florence", "near Dallas, Katy")? The first is a place the lists
 * know (given name too or not); a given name alone there is another town. */
static gboolean
second_of_places (const char *text, gsize start)
{
  static const char *const links[] = { "and", "et", "or", "ou", NULL };
  static const char *const locatives[]
      = { "in",      "at", "near", "between", "from",  "to",   "around",
          "outside", "à",  "en",   "vers",    "entre", "près", NULL };
  gsize p = start, w;

  while (p > 0 && text[p - 1] == ' ')
    p--;
  if (p > 0 && text[p - 1] == ',')
    p--;
  else
    {
      w = word_back (text, p);
      if (w == p || !voile_word_in (text + w, p - w, links))
        return FALSE;
      p = w;
      while (p > 0 && text[p - 1] == ' ')
        p--;
    }
  w = word_back (text, p);
  if (w == p || !g_ascii_isupper (text[w])
      || !(voile_name_lookup_word (text + w, p - w) & VOILE_NAME_PROPER))
    return FALSE;
  p = w;
  if (p == 0 || text[p - 1] != ' ')
    return FALSE;
  p--;
  w = word_back (text, p);
  return w < p && voile_word_in (text + w, p - w, locatives);
}

void
voile_name_collector_add_person (VoileNameCollector *c, const VoileToken *tokens, guint first,
                                 guint last, guint given_at, float confidence, VoileFieldKind field)
{
  GString *key = c->key;

  if (!(c->type_mask & VOILE_TYPE_BIT (VOILE_TYPE_PERSON)))
    return;
  /* add_mention() would drop it: no key to build. */
  if (tokens[first].start >= tokens[last].end
      || voile_name_collector_blocked (c, tokens[first].start, tokens[last].end))
    return;
  if (first == last && tokens[first].shape == VOILE_SHAPE_CAP)
    {
      gsize s = tokens[first].start, e = tokens[first].end;
      /* The bytes around first: most single names fail there. */
      if (e + 2 < c->len && (c->text[e] == ' ' || c->text[e] == '.') && e - s <= 5
          && weekday_before_time (c->text, c->len, s, e))
        return;
      if (s >= 3 && c->text[s - 1] == ' ' && strchr ("dtru,", c->text[s - 2]) != NULL
          && second_of_places (c->text, s))
        return;
    }
  /* (session 24, g24-clean) a product's or a version's suffix ends the last word: "SIMS
   * Nova-T", "Alexa Mini-C", "Hero-4": a hyphen and one capital or digits, no dot after (a
   * name's initial takes one: "Jean-P.") */
  {
    gsize e = tokens[last].end;
    const char *t = c->text;
    gsize h = e >= 2 && t[e - 2] == '-' ? e - 2 : (e + 1 < c->len && t[e] == '-' ? e : G_MAXSIZE);
    /* a link's slug in lower case keeps its digits: "linkedin.com/in/tariq-butt-71" */
    /* initials joined by a hyphen ("Weisbecker M-C", Marie-Claude) stay a name */
    if (h != G_MAXSIZE && h >= 2 && g_ascii_isalpha (t[h - 2]) && h + 1 < c->len
        && g_ascii_isupper (t[tokens[last].start])
        && (g_ascii_isupper (t[h + 1]) || g_ascii_isdigit (t[h + 1])))
      {
        gsize q = h + 2;
        if (g_ascii_isdigit (t[h + 1]))
          while (q < c->len && q < h + 6 && g_ascii_isdigit (t[q]))
            q++;
        if (q >= c->len || (!g_ascii_isalnum (t[q]) && (guchar)t[q] < 0x80 && t[q] != '.'))
          return;
      }
  }
  g_string_truncate (key, 0);
  if (given_at > first && given_at <= last)
    {
      for (guint i = given_at; i <= last; i++)
        voile_name_append_folded (key, c->text + tokens[i].start, tokens[i].end - tokens[i].start);
      for (guint i = first; i < given_at; i++)
        voile_name_append_folded (key, c->text + tokens[i].start, tokens[i].end - tokens[i].start);
    }
  else
    for (guint i = first; i <= last; i++)
      voile_name_append_folded (key, c->text + tokens[i].start, tokens[i].end - tokens[i].start);

  append_mention (c, tokens[first].start, tokens[last].end, VOILE_TYPE_PERSON, confidence,
                  g_string_chunk_insert_const (c->strings, key->str), field);
}

void
voile_name_collector_add_location (VoileNameCollector *c, gsize start, gsize end, float confidence)
{
  if (!(c->type_mask & VOILE_TYPE_BIT (VOILE_TYPE_LOCATION)))
    return;
  /* An empty key, not NULL: the passes over all mentions read keys before they test types. */
  add_mention (c, start, end, VOILE_TYPE_LOCATION, confidence, "", VOILE_FIELD_CITY);
}

void
voile_name_collector_begin_record (VoileNameCollector *c)
{
  c->record++;
  c->record_first_mention = c->mentions->len;
}

void
voile_name_collector_end_record (VoileNameCollector *c)
{
  VoileNameMention *first = NULL, *last = NULL;
  guint n_first = 0, n_last = 0;

  for (guint i = c->record_first_mention; i < c->mentions->len; i++)
    {
      VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->record != c->record || m->type != VOILE_TYPE_PERSON)
        continue;
      if (m->field == VOILE_FIELD_FIRST)
        first = m, n_first++;
      else if (m->field == VOILE_FIELD_LAST)
        last = m, n_last++;
    }
  /* "prénom: Marie" and "nom: Dupont" in one row or object: one person. */
  if (n_first == 1 && n_last == 1)
    {
      g_autofree char *key = g_strconcat (first->key, " ", last->key, NULL);
      first->key = last->key = g_string_chunk_insert_const (c->strings, key);
    }
  c->record_first_mention = c->mentions->len;
}

/* Given-name word at index i of names[] onwards, for "DUPONT Marie": the first CAP first
 * name after the leading upper-case surname. */
guint
voile_name_given_index (GArray *tokens, const guint *names, guint n)
{
  if (n >= 2 && tok (tokens, names[0])->shape == VOILE_SHAPE_UPPER)
    {
      for (guint k = 1; k < n; k++)
        if (tok (tokens, names[k])->shape == VOILE_SHAPE_CAP)
          return names[k];
      /* All upper case ("DELMAS CORINNE"): the lists tell which word is the given name. */
      if (!(tok (tokens, names[0])->name_flags & VOILE_NAME_FIRST))
        for (guint k = 1; k < n; k++)
          if (tok (tokens, names[k])->name_flags & VOILE_NAME_FIRST)
            return names[k];
    }
  return 0;
}

/* TRUE when [start, end) overlaps a structured finding of the given type. */
gboolean
voile_name_collector_overlaps (VoileNameCollector *c, gsize start, gsize end, VoileType type)
{
  GArray *findings = c->result->findings;
  for (guint i = first_finding_ending_after (c, start); i < findings->len; i++)
    {
      const VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      if (f->start >= end)
        break;
      if (f->type == type)
        return TRUE;
    }
  return FALSE;
}
