/* voile-name-candidates.c — proposes the names no rule finds, for the name model to judge.
 *
 * On unseen text most missed names were never candidates: "JOHN OTIENO ODHIAMBO" in an M-Pesa
 * export, client="Benedikt Sauer" in a log, "pour Paulette", "Lerato (accounts)": words in
 * no list where no context word of the rules stands. The runs of capitalised words that sit
 * where names sit (a table cell, a quoted value, after a preposition of people, before a
 * person's verb or a role in brackets, beside a contact detail) are proposed here; the
 * learned model (voile-name-model.c), whose features say why each was proposed, keeps those
 * it scores over its acceptance threshold, stricter than its veto.
 *
 * Cheap by design: one walk over the capitalised words the line pass already listed, byte
 * tests first; only the runs with a reason are looked up and scored.
 */
#include "config.h"

#include "voile-name-candidates.h"

#include "voile-name-lexicon.h"
#include "voile-name-model.h"

/* Longest run proposed, in words. */
#define RUN_WORDS_MAX 4
/* Bytes read back to a line's start, or on to its end. */
#define LINE_READ_MAX 4096
/* Kept mentions read for the columns of people. */
#define COLUMN_MENTIONS_MAX 512
#define COLUMNS_MAX 64

static const char cell_delimiters[] = "\t|;,";

typedef struct
{
  VoileNameCollector *c;
  VoileNameModelText text;
  guint words; /* the text's word count */
  gboolean text_ready;
  gboolean columns_ready;
  guint64 columns[4]; /* per delimiter of cell_delimiters: columns holding a person */
} Proposer;

static inline gboolean
is_letter (guchar b)
{
  return g_ascii_isalpha (b) || b >= 0x80;
}

static gsize
line_start_of (const char *text, gsize pos)
{
  gsize p = pos;

  while (p > 0 && text[p - 1] != '\n' && pos - p < LINE_READ_MAX)
    p--;
  return p;
}

static gsize
line_end_of (const char *text, gsize len, gsize pos)
{
  gsize p = pos;

  while (p < len && text[p] != '\n' && text[p] != '\r' && p - pos < LINE_READ_MAX)
    p++;
  return p;
}

/* Index in cell_delimiters of the delimiter that bounds a cell at text[at] (a byte before
 * or after the run), or -1. A comma counts with no space after it, as CSV writes it. */
static gint
cell_delimiter (const char *text, gsize len, gsize at)
{
  const char *d = memchr (cell_delimiters, text[at], sizeof cell_delimiters - 1);

  if (d == NULL || text[at] == '\0')
    return -1;
  if ((*d == ',' || *d == ';') && at + 1 < len && text[at + 1] == ' ')
    return -1;
  return (gint)(d - cell_delimiters);
}

/* The column of the cell at pos: the delimiters before it on its line. */
static guint
column_of (const char *text, gsize pos, char delimiter)
{
  guint column = 0;

  for (gsize p = line_start_of (text, pos); p < pos; p++)
    column += text[p] == delimiter;
  return column;
}

/* Is [start, end) a whole cell? Its delimiter's index, or -1. */
static gint
whole_cell (const char *text, gsize len, gsize start, gsize end)
{
  gsize b = start, a = end;

  while (b > 0 && text[b - 1] == ' ')
    b--;
  while (a < len && text[a] == ' ')
    a++;
  gboolean line_before = b == 0 || text[b - 1] == '\n';
  gboolean line_after = a >= len || text[a] == '\n' || text[a] == '\r';
  gint before = line_before ? -1 : cell_delimiter (text, len, b - 1);
  gint after = line_after ? -1 : cell_delimiter (text, len, a);

  if ((before < 0 && !line_before) || (after < 0 && !line_after) || (before < 0 && after < 0))
    return -1;
  if (before >= 0 && after >= 0 && before != after)
    return -1;
  return before >= 0 ? before : after;
}

/* The columns of the people the rules found in cells, read once. */
static void
read_columns (Proposer *p)
{
  VoileNameCollector *c = p->c;
  guint n = MIN (c->mentions->len, COLUMN_MENTIONS_MAX);

  p->columns_ready = TRUE;
  for (guint i = 0; i < n; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type != VOILE_TYPE_PERSON)
        continue;
      gint d = whole_cell (c->text, c->len, m->start, m->end);
      if (d < 0)
        continue;
      guint column = column_of (c->text, m->start, cell_delimiters[d]);
      if (column < COLUMNS_MAX)
        p->columns[d] |= G_GUINT64_CONSTANT (1) << column;
    }
}

/* Does the lower-case word text[start, end) equal one of the words (NUL-separated)? */
static gboolean
word_in (const char *text, gsize start, gsize end, const char *words)
{
  for (const char *w = words; *w != '\0'; w += strlen (w) + 1)
    {
      gsize n = strlen (w);
      if (n == end - start && g_ascii_strncasecmp (text + start, w, n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The word that ends at or before pos on its line (spaces skipped): [*start, *end). */
static gboolean
word_before (const char *text, gsize pos, gsize *start, gsize *end)
{
  gsize e = pos;

  while (e > 0 && text[e - 1] == ' ')
    e--;
  gsize s = e;
  while (s > 0 && is_letter ((guchar)text[s - 1]) && e - s < 16)
    s--;
  *start = s;
  *end = e;
  return s < e && (s == 0 || !is_letter ((guchar)text[s - 1]));
}

/* Is the run the value of a key that names people ("client=\"…\"", "consignee: …",
 * "\"customer_name\": \"…\"")? pos: the run's start. */
static gboolean
after_person_key (const char *text, gsize pos)
{
  gsize p = pos;

  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '"' || text[p - 1] == '\''))
    p--;
  if (p == 0 || (text[p - 1] != '=' && text[p - 1] != ':'))
    return FALSE;
  p--;
  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '"' || text[p - 1] == '\''))
    p--;
  gsize key_end = p;
  while (p > 0 && key_end - p < 40
         && (g_ascii_isalnum (text[p - 1]) || text[p - 1] == '_' || text[p - 1] == '-'
             || (guchar)text[p - 1] >= 0x80))
    p--;
  if (p == key_end)
    return FALSE;
  VoileFieldKind kind = voile_name_classify_key (text + p, key_end - p, NULL);
  return kind == VOILE_FIELD_PERSON || kind == VOILE_FIELD_NAME || kind == VOILE_FIELD_FIRST
         || kind == VOILE_FIELD_LAST;
}

/* Is a PERSON mention of the rules within [start, end), but for [self, self_end)? Mentions
 * are sorted by start. */
static gboolean
person_on_line (VoileNameCollector *c, gsize start, gsize end, gsize self, gsize self_end)
{
  const VoileNameMention *all = (const VoileNameMention *)(gpointer)c->mentions->data;
  guint lo = 0, hi = c->mentions->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (all[mid].start < start)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i < c->mentions->len && all[i].start < end; i++)
    if (all[i].type == VOILE_TYPE_PERSON && (all[i].end <= self || all[i].start >= self_end))
      return TRUE;
  return FALSE;
}

/* Prepositions and verbs that put a person after them. */
static const char people_prepositions[]
    = "for\0with\0from\0by\0pour\0avec\0chez\0par\0attn\0cc\0contact\0\0";
/* Verbs that follow a person. */
static const char person_verbs[]
    = "will\0would\0said\0says\0asked\0called\0wants\0came\0is\0was\0has\0had\0can\0"
      "est\0a\0va\0veut\0viendra\0passera\0doit\0sera\0dit\0demande\0\0";

static guint
reasons (Proposer *p, gsize start, gsize end, gboolean caps, gboolean one_word)
{
  VoileNameCollector *c = p->c;
  const char *text = c->text;
  gsize len = c->len;
  guint why = 0;
  gsize ws, we;

  gsize b = start;
  while (b > 0 && text[b - 1] == ' ')
    b--;
  gsize a = end;
  while (a < len && text[a] == ' ')
    a++;
  guchar before = b > 0 ? (guchar)text[b - 1] : '\n';
  guchar after = a < len ? (guchar)text[a] : '\n';

  gint d = whole_cell (text, len, start, end);
  if (d >= 0)
    {
      why |= VOILE_WHY_CELL;
      if (!p->columns_ready)
        read_columns (p);
      guint column = column_of (text, start, cell_delimiters[d]);
      if (column < COLUMNS_MAX && (p->columns[d] & (G_GUINT64_CONSTANT (1) << column)))
        why |= VOILE_WHY_COLUMN;
    }
  if (start > 0 && end < len && text[start - 1] == '"' && text[end] == '"')
    why |= VOILE_WHY_QUOTED;
  if ((before == '"' || before == '=' || before == ':' || before == '\'')
      && after_person_key (text, start))
    why |= VOILE_WHY_PERSON_KEY;
  if (after == '(' && a + 1 < len && g_ascii_islower (text[a + 1]))
    why |= VOILE_WHY_ROLE_AFTER;
  if (before == '-' && b >= 2 && text[b - 2] == ' ')
    why |= VOILE_WHY_DASH;
  else if (b >= 4 && !memcmp (text + b - 4, " \xe2\x80\x93", 4))
    why |= VOILE_WHY_DASH; /* " – " */
  if (is_letter (before) && word_before (text, start, &ws, &we))
    {
      /* "lycée Paul Guérin", "rue Victor Hugo", "the Grand Chêne": a place or a thing. */
      if (voile_name_context_word (text + ws, we - ws)
          & (VOILE_CONTEXT_PLACE_BEFORE | VOILE_CONTEXT_DETERMINER))
        return 0;
      if (word_in (text, ws, we, people_prepositions))
        why |= VOILE_WHY_PREPOSITION;
    }
  if (is_letter (after))
    {
      gsize e = a;
      while (e < len && is_letter ((guchar)text[e]) && e - a < 16)
        e++;
      if (word_in (text, a, e, person_verbs)
          || (voile_name_context_word (text + a, e - a)
              & (VOILE_CONTEXT_SAYS | VOILE_CONTEXT_CONTACT_VERB)))
        why |= VOILE_WHY_VERB_AFTER;
    }
  /* A contact detail on the line: asked of a run of two words or more only (one word
   * beside an address is most often a heading or a city). */
  if (!one_word && c->result->findings->len > 0)
    {
      gsize ls = line_start_of (text, start), le = line_end_of (text, len, end);
      if (voile_name_collector_overlaps (c, ls, le, VOILE_TYPE_EMAIL)
          || voile_name_collector_overlaps (c, ls, le, VOILE_TYPE_PHONE))
        why |= VOILE_WHY_CONTACT;
    }
  /* A sentence's first word is capitalised whatever it is: alone, it needs a cell or quotes. */
  if (one_word && !(why & (VOILE_WHY_CELL | VOILE_WHY_QUOTED))
      && (before == '\n' || before == '.' || before == '!' || before == '?'))
    return 0;
  if (why != 0)
    {
      gsize ls = line_start_of (text, start), le = line_end_of (text, len, end);
      if (person_on_line (c, ls, le, start, end))
        why |= VOILE_WHY_ROW_PERSON;
      if (caps)
        why |= VOILE_WHY_ALL_CAPS;
      if (one_word)
        why |= VOILE_WHY_ONE_WORD;
    }
  return why;
}

/* May the word be part of a proposed name? Not a common word, nor a word the rules read as
 * context (a title, a month, a company suffix…): those runs are not names or are the rules'. */
static gboolean
word_may_be_name (const char *text, const VoileSpan *w)
{
  gsize n = w->end - w->start;
  guint flags = voile_name_lookup_word (text + w->start, n);

  if ((flags & VOILE_NAME_WORD) && !(flags & (VOILE_NAME_FIRST | VOILE_NAME_LAST)))
    return FALSE;
  return voile_name_context_word (text + w->start, n) == 0;
}

/* Builds the proposal's key: the given names first ("HALVORSEN, ERIK" is "erik halvorsen"). */
static const char *
proposal_key (VoileNameCollector *c, const VoileSpan *words, guint n, guint given_at)
{
  g_string_truncate (c->key, 0);
  for (guint k = given_at; k < n; k++)
    voile_name_append_folded (c->key, c->text + words[k].start, words[k].end - words[k].start);
  for (guint k = 0; k < given_at; k++)
    voile_name_append_folded (c->key, c->text + words[k].start, words[k].end - words[k].start);
  return g_string_chunk_insert_const (c->strings, c->key->str);
}

static void
judge (Proposer *p, const VoileSpan *words, guint n, guint given_at, gsize end, guint why,
       VoileNameModelVerdict verdict, GArray *accepted)
{
  VoileNameCollector *c = p->c;
  VoileNameFeatures features;
  VoileNameMention m = { 0 };

  for (guint k = 0; k < n; k++)
    if (!word_may_be_name (c->text, &words[k]))
      return;
  if (voile_name_collector_blocked (c, words[0].start, end)
      || voile_name_is_country (c->text + words[0].start, end - words[0].start))
    return;
  if (!p->text_ready)
    {
      voile_name_model_text_init (&p->text, c, c->mentions, p->words);
      p->text_ready = TRUE;
    }
  m.start = words[0].start;
  m.end = end;
  m.type = VOILE_TYPE_PERSON;
  m.key = proposal_key (c, words, n, given_at);
  m.why = (guint16)why;
  voile_name_model_features (&p->text, &m, &features);
  voile_name_model_observe (&m, &features, verdict);
  if (verdict == VOILE_NAME_MODEL_PROPOSED
      && voile_name_model_accepts (voile_name_model_proposal_score (&features)))
    {
      m.confidence = CONFIDENCE_CONTEXT;
      g_array_append_val (accepted, m);
    }
}

/* Is the capitalised word made of capitals only? */
static gboolean
all_caps (const char *text, const VoileSpan *w)
{
  for (gsize k = w->start; k < w->end; k++)
    if (g_ascii_islower (text[k]))
      return FALSE;
  return TRUE;
}

/* Is one of the words a short word in capitals ("AP", "NHS")? */
static gboolean
has_short_caps (const char *text, const VoileSpan *words, guint n)
{
  for (guint k = 0; k < n; k++)
    if (words[k].end - words[k].start <= 3 && all_caps (text, &words[k]))
      return TRUE;
  return FALSE;
}

void
voile_name_propose_candidates (VoileNameCollector *c, guint words, GArray *accepted)
{
  const VoileSpan *caps = (const VoileSpan *)(gpointer)c->capitals->data;
  const guint n_caps = c->capitals->len;
  const VoileNameMention *mentions = (const VoileNameMention *)(gpointer)c->mentions->data;
  const guint n_mentions = c->mentions->len;
  Proposer p = { c, { 0 }, words, FALSE, FALSE, { 0 } };
  guint cursor = 0;

  if (!(c->type_mask & VOILE_TYPE_BIT (VOILE_TYPE_PERSON)) || n_caps == 0)
    return;
  for (guint i = 0; i < n_caps;)
    {
      /* The run: capitalised words one space apart. */
      guint j = i;
      while (j + 1 < n_caps && caps[j + 1].start == caps[j].end + 1 && c->text[caps[j].end] == ' ')
        j++;
      guint next = j + 1;
      guint n = j - i + 1;
      gsize start = caps[i].start, end = caps[j].end;
      guint given_at = 0;

      /* "HALVORSEN, ERIK T": a surname in capitals, a comma, the given names. */
      gboolean caps_run = TRUE;
      for (guint k = i; k <= j && caps_run; k++)
        caps_run = all_caps (c->text, &caps[k]);
      guint why_extra = 0;
      if (caps_run && n <= 2 && next < n_caps && end + 2 < c->len && c->text[end] == ','
          && c->text[end + 1] == ' ' && caps[next].start == end + 2
          && all_caps (c->text, &caps[next]))
        {
          guint k = next;
          while (k + 1 < n_caps && caps[k + 1].start == caps[k].end + 1
                 && c->text[caps[k].end] == ' ' && all_caps (c->text, &caps[k + 1]))
            k++;
          /* Not "HT, TVA", "APA, PCH": codes in capitals. */
          if (k - i + 1 <= RUN_WORDS_MAX && caps[j].end - caps[j].start > 3
              && caps[next].end - caps[next].start > 3)
            {
              given_at = next - i;
              n = k - i + 1;
              end = caps[k].end;
              next = k + 1;
              why_extra = VOILE_WHY_SURNAME_COMMA;
              /* A middle initial after the given name ("ERIK T"). */
              if (end + 2 <= c->len && c->text[end] == ' ' && g_ascii_isupper (c->text[end + 1])
                  && (end + 2 == c->len || !is_letter ((guchar)c->text[end + 2])))
                end += 2;
            }
        }
      i = next;
      if (n > RUN_WORDS_MAX)
        continue;
      /* No mention of the rules overlaps it (mentions are sorted and apart). */
      while (cursor < n_mentions && mentions[cursor].end <= start)
        cursor++;
      VoileNameModelVerdict verdict = VOILE_NAME_MODEL_PROPOSED;
      if (cursor < n_mentions && mentions[cursor].start < end)
        {
          /* The trainer sees the names the rules found as proposals too (what the generator
           * would have proposed without them): the reasons are learnt on true names. */
          if (!voile_name_model_observed () || mentions[cursor].start != start
              || mentions[cursor].end != end || mentions[cursor].type != VOILE_TYPE_PERSON)
            continue;
          verdict = VOILE_NAME_MODEL_SHADOW;
        }
      /* "SKU", "USD": a short word in capitals alone is a code; "AP Chem", "NHS Band": one
       * among capitalised words names a course, a service, a product. */
      if (n == 1 && caps_run && end - start <= 3)
        continue;
      if (!caps_run && has_short_caps (c->text, &caps[next - n], n))
        continue;
      guint why = reasons (&p, start, end, caps_run, n == 1);
      if (why_extra != 0)
        why |= why_extra | VOILE_WHY_ALL_CAPS;
      if (why != 0)
        judge (&p, &caps[next - n], n, given_at, end, why, verdict, accepted);
    }
}
