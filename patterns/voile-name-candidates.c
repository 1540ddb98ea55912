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
#define _GNU_SOURCE /* memrchr() */
#include "config.h"

#include "voile-name-candidates.h"
#include "voile-ascii.h"

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
  guint words;   /* the text's word count */
  guint finding; /* cursor in the findings, for contact_on_line() */
  /* The line of the last run asked about, and whether it opens its table: runs of one
   * line come together. */
  gsize line_start, line_end;
  gint line_first_row; /* -1 unknown */
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
  gsize from = pos > LINE_READ_MAX ? pos - LINE_READ_MAX : 0;
  const char *nl = memrchr (text + from, '\n', pos - from);

  return nl != NULL ? (gsize)(nl - text) + 1 : from;
}

static gsize
line_end_of (const char *text, gsize len, gsize pos)
{
  gsize to = MIN (len, pos + LINE_READ_MAX);
  const char *nl = memchr (text + pos, '\n', to - pos);
  gsize end = nl != NULL ? (gsize)(nl - text) : to;

  return end > pos && text[end - 1] == '\r' ? end - 1 : end;
}

/* Index in cell_delimiters of the delimiter that bounds a cell at text[at] (a byte before
 * or after the run), or -1. A comma counts with no space after it, as CSV writes it. */
static gint
cell_delimiter (const char *text, gsize len, gsize at)
{
  switch (text[at])
    {
      case '\t':
        return 0;
      case '|':
        return 1;
      case ';':
        return at + 1 < len && text[at + 1] == ' ' ? -1 : 2;
      case ',':
        return at + 1 < len && text[at + 1] == ' ' ? -1 : 3;
      default:
        return -1;
    }
}

/* The column of the cell at pos: the delimiters before it on its line. */
static guint
column_of (const char *text, gsize line_start, gsize pos, char delimiter)
{
  guint column = 0;

  for (gsize p = line_start; p < pos; p++)
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
  gint before = line_before ? -1 : cell_delimiter (text, len, b - 1);
  if (before < 0 && !line_before)
    return -1; /* most runs: a word before */
  gboolean line_after = a >= len || text[a] == '\n' || text[a] == '\r';
  gint after = line_after ? -1 : cell_delimiter (text, len, a);

  if ((before < 0 && !line_before) || (after < 0 && !line_after) || (before < 0 && after < 0))
    return -1;
  if (before >= 0 && after >= 0 && before != after)
    return -1;
  return before >= 0 ? before : after;
}

/* Is the line of pos over a rule of dashes ("|---|:--|", "+----+", "=====")? */
static gboolean
heads_table (const char *text, gsize len, gsize pos)
{
  gsize p = line_end_of (text, len, pos);

  while (p < len && (text[p] == '\r' || text[p] == '\n'))
    p++;
  while (p < len && (text[p] == ' ' || text[p] == '|' || text[p] == '+' || text[p] == '\t'))
    p++;
  return p < len && (text[p] == '-' || text[p] == ':' || text[p] == '=');
}

/* The line of pos, [*start, *end), read once for the runs of one line. */
static void
line_of (Proposer *p, gsize pos, gsize *start, gsize *end)
{
  if (pos < p->line_start || pos > p->line_end)
    {
      p->line_start = line_start_of (p->c->text, pos);
      p->line_end = line_end_of (p->c->text, p->c->len, pos);
      p->line_first_row = -1;
    }
  *start = p->line_start;
  *end = p->line_end;
}

/* Is the line of pos the first of its table: the line before, if any, holds no delimiter? */
static gboolean
first_row (Proposer *p, gsize pos, char delimiter)
{
  gsize ls, le;

  line_of (p, pos, &ls, &le);
  if (p->line_first_row < 0)
    {
      gsize prev = ls > 0 ? line_start_of (p->c->text, ls - 1) : 0;
      p->line_first_row = ls == 0 || memchr (p->c->text + prev, delimiter, ls - 1 - prev) == NULL;
    }
  return p->line_first_row;
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
      guint column
          = column_of (c->text, line_start_of (c->text, m->start), m->start, cell_delimiters[d]);
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
      if (n == end - start && voile_ascii_strncasecmp (text + start, w, n) == 0)
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

/* Prepositions that put a person after them. */
static const char people_prepositions[]
    = "for\0with\0from\0by\0pour\0avec\0chez\0par\0attn\0cc\0contact\0\0";
#define PREPOSITION_MAX 7
/* Verbs that follow a person, not a thing ("is", "a", "est" follow anything). */
static const char person_verbs[] = "said\0says\0asked\0called\0wants\0came\0will\0would\0"
                                   "dit\0demande\0veut\0viendra\0passera\0doit\0rappelle\0\0";
#define VERB_MAX 8
/* Bytes around a run within which a contact detail is looked for. */
#define CONTACT_REACH 512
/* Findings read around a run at most: dense numbers stay linear. */
#define CONTACT_FINDINGS_MAX 16

/* Is a contact detail (an e-mail address, a phone number) on the line of [start, end)?
 * Findings are sorted and runs come in text order: a cursor walks them once. */
static gboolean
contact_on_line (Proposer *p, gsize start, gsize end)
{
  GArray *findings = p->c->result->findings;
  const VoileFinding *f = (const VoileFinding *)(gpointer)findings->data;
  const char *text = p->c->text;

  while (p->finding < findings->len && f[p->finding].end + CONTACT_REACH <= start)
    p->finding++;
  for (guint k = p->finding; k < findings->len && k < p->finding + CONTACT_FINDINGS_MAX
                             && f[k].start < end + CONTACT_REACH;
       k++)
    {
      if (f[k].type != VOILE_TYPE_EMAIL && f[k].type != VOILE_TYPE_PHONE)
        continue;
      gsize from = MIN (f[k].start, start), to = MAX (f[k].end, end);
      if (memchr (text + from, '\n', to - from) == NULL)
        return TRUE;
    }
  return FALSE;
}

/* The precheck, bytes only: a cell, a quoted or keyed value, a role in brackets after the
 * run, a dash before it. Runs in prose, a word on each side, stop here (most of them). */
static inline gboolean
may_sit_where_names_sit (const char *text, gsize len, gsize start, gsize end)
{
  gsize b = start, a = end;

  if (b > 0 && text[b - 1] == ' ')
    {
      b--;
      while (b > 0 && text[b - 1] == ' ')
        b--;
      /* The common case, a word before: only " - " and " – " go on. */
      if (b > 0 && g_ascii_isalpha (text[b - 1]))
        return a < len && text[a] == '(' ? TRUE
                                         : a + 1 < len && text[a] == ' ' && text[a + 1] == '(';
    }
  while (a < len && text[a] == ' ')
    a++;
  guchar before = b > 0 ? (guchar)text[b - 1] : '\n';
  guchar after = a < len ? (guchar)text[a] : '\n';
  switch (before)
    {
      case '\n':
        /* A line's first words: a cell only, or a name before its role. */
        return after == '\t' || after == '|' || after == ';' || after == ',' || after == '\n'
               || after == '\r' || after == '(';
      case ',':
      case ';':
        return b == start || after == '('; /* "a,B" in a CSV row; ", " is prose */
      case '-':
        return b >= 2 && text[b - 2] == ' ';
      case '\t':
      case '|':
      case '"':
      case '=':
      case ':':
      case '\'':
        return TRUE;
      default:
        return after == '(' || (b >= 4 && !memcmp (text + b - 4, " \xe2\x80\x93", 4));
    }
}

static guint
reasons (Proposer *p, gsize start, gsize end, gboolean caps, gboolean one_word)
{
  VoileNameCollector *c = p->c;
  const char *text = c->text;
  gsize len = c->len;
  guint why = 0;
  gsize ws = 0, we = 0;

  gsize b = start;
  while (b > 0 && text[b - 1] == ' ')
    b--;
  gsize a = end;
  while (a < len && text[a] == ' ')
    a++;
  guchar before = b > 0 ? (guchar)text[b - 1] : '\n';
  guchar after = a < len ? (guchar)text[a] : '\n';

  /* The precheck, bytes only: a cell, a quoted or keyed value, a role in brackets after it,
   * a dash before it. Runs in prose, a word on each side, stop here (most of them). */
  gboolean en_dash = b >= 4 && !memcmp (text + b - 4, " \xe2\x80\x93", 4);
  if (!may_sit_where_names_sit (text, len, start, end))
    return 0;

  gboolean quoted = start > 0 && end < len && text[start - 1] == '"' && text[end] == '"';
  gint d = whole_cell (text, len, start, end);
  /* "| Produit | Qté |" over "|---|---|", or the first row of its table: a header. */
  if (d >= 0 && (heads_table (text, len, end) || first_row (p, start, cell_delimiters[d])))
    return 0;
  if (d >= 0)
    {
      why |= VOILE_WHY_CELL;
      if (!p->columns_ready)
        read_columns (p);
      gsize ls, le;
      line_of (p, start, &ls, &le);
      guint column = column_of (text, ls, start, cell_delimiters[d]);
      if (column < COLUMNS_MAX && (p->columns[d] & (G_GUINT64_CONSTANT (1) << column)))
        why |= VOILE_WHY_COLUMN;
    }
  if (quoted)
    why |= VOILE_WHY_QUOTED;
  if ((before == '"' || before == '=' || before == ':' || before == '\'')
      && after_person_key (text, start))
    why |= VOILE_WHY_PERSON_KEY;
  if (after == '(' && a + 1 < len && g_ascii_islower (text[a + 1]))
    why |= VOILE_WHY_ROLE_AFTER;
  if ((before == '-' && b >= 2 && text[b - 2] == ' ') || en_dash)
    why |= VOILE_WHY_DASH;
  if (why == 0)
    return 0;
  /* A sentence's first word is capitalised whatever it is: alone, it needs a cell or quotes. */
  if (one_word && d < 0 && !quoted && before == '\n')
    return 0;

  /* What else the model reads of the run's place, asked of the few runs left. */
  if (g_ascii_islower (before) || before == '-' || en_dash)
    {
      gsize at = before == '-' ? b - 1 : en_dash ? b - 4 : start;
      if (word_before (text, at, &ws, &we))
        {
          /* "lycée Paul Guérin", "rue Victor Hugo", "the Grand Chêne": a place or a thing. */
          if (voile_name_context_word (text + ws, we - ws)
              & (VOILE_CONTEXT_PLACE_BEFORE | VOILE_CONTEXT_DETERMINER))
            return 0;
          if (we - ws <= PREPOSITION_MAX && word_in (text, ws, we, people_prepositions))
            why |= VOILE_WHY_PREPOSITION;
        }
    }
  if (g_ascii_islower (after))
    {
      gsize e = a;
      while (e < len && g_ascii_isalpha (text[e]) && e - a <= VERB_MAX)
        e++;
      if (e - a <= VERB_MAX && word_in (text, a, e, person_verbs))
        why |= VOILE_WHY_VERB_AFTER;
    }
  if (!one_word && contact_on_line (p, start, end))
    why |= VOILE_WHY_CONTACT;
  gsize ls, le;
  line_of (p, start, &ls, &le);
  if (person_on_line (c, ls, le, start, end))
    why |= VOILE_WHY_ROW_PERSON;
  if (caps)
    why |= VOILE_WHY_ALL_CAPS;
  if (one_word)
    why |= VOILE_WHY_ONE_WORD;
  return why;
}

/* May the word be part of a proposed name? Not a common word, nor a word the rules read as
 * context (a title, a month, a company suffix…): those runs are not names or are the rules'.
 * alone: the run is this one word. */
static gboolean
word_may_be_name (const char *text, const VoileSpan *w, gboolean alone)
{
  gsize n = w->end - w->start;
  guint flags = voile_name_lookup_word (text + w->start, n);

  if ((flags & VOILE_NAME_WORD) && !(flags & (VOILE_NAME_FIRST | VOILE_NAME_LAST)))
    return FALSE;
  /* Alone, a name that is also a common word or a place ("Produit", "Florence") is one of
   * those more often than not where no rule saw a person. */
  if (alone && (flags & (VOILE_NAME_AMBIGUOUS | VOILE_NAME_PROPER)))
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
  gboolean lower = (why & VOILE_WHY_LOWER) != 0;

  /* Lower-case words were chosen by voile_name_note_lower_words(). */
  for (guint k = 0; k < n && !lower; k++)
    if (!word_may_be_name (c->text, &words[k], n == 1))
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
      && (lower ? voile_name_model_accepts_lower (voile_name_model_proposal_score (&features))
                : voile_name_model_accepts (voile_name_model_proposal_score (&features))))
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

/* ---- lower-case words ------------------------------------------------------------------ */

/* Lower-case runs remembered per text (a chat names a few dozen people at most; each run
 * judged costs a mention's features), and their longest, in words. */
#define LOWER_RUNS_MAX 64
#define LOWER_RUN_WORDS_MAX 3

/* May the lower-case word be (part of) a name: in the lists of names, no common word, no
 * context word ("mme", "rue")? Ambiguous ones ("rose", "jordan") are left to the model.
 * Words in no list are not ("royal mail", "anjali paypal", "wala kotse": brands and other
 * languages' words follow names in chats). */
static gboolean
lower_may_be_name (const char *text, VoileToken *t)
{
  gsize len = t->end - t->start;

  if (t->shape != VOILE_SHAPE_LOWER || len < 2 || len > 20 || t->elided)
    return FALSE;
  voile_token_lookup (text, t);
  if (t->context_flags != 0 || (t->name_flags & VOILE_NAME_WORD))
    return FALSE;
  /* Two letters a surname only ("ya sorry", "ok ya"): chat slang, not a person; the
   * two-letter given names ("jo", "al") stay. */
  if (len == 2 && !(t->name_flags & VOILE_NAME_FIRST))
    return FALSE;
  return (t->name_flags & (VOILE_NAME_FIRST | VOILE_NAME_LAST)) != 0
         && !voile_name_chat_function_word (text + t->start, len);
}

void
voile_name_note_lower_words (VoileNameCollector *c, GArray *tokens, guint line_caps)
{
  VoileToken *t = (VoileToken *)(gpointer)tokens->data;
  const guint n = tokens->len;
  gboolean informal = FALSE;

  /* A line typed in lower case: three words or more, one in four capitalised at most, a
   * sentence that opens in lower case (prose opens its sentences on capitals, and its
   * lower-case words are not read here). */
  if (n < 3 || line_caps * 4 > n
      || (c->lower_words != NULL && c->lower_words->len >= LOWER_RUNS_MAX)
      || (!voile_name_model_accepts_any_lower () && !voile_name_model_observed ()))
    return;
  /* And words apart as typed text ("localhost:5432:*:postgres:dev" is no message). */
  guint joined = 0;
  for (guint i = 0; i < n; i++)
    {
      informal |= t[i].sentence_start && t[i].shape == VOILE_SHAPE_LOWER && i + 1 < n;
      joined += t[i].joined;
    }
  if (!informal || joined < 2)
    return;
  for (guint i = 0; i < n; i++)
    {
      if (!lower_may_be_name (c->text, &t[i]))
        continue;
      guint j = i;
      while (j + 1 < n && j + 1 - i < LOWER_RUN_WORDS_MAX && t[j].joined
             && lower_may_be_name (c->text, &t[j + 1]))
        j++;
      if (c->lower_words == NULL)
        c->lower_words = g_array_new (FALSE, FALSE, sizeof (VoileSpan));
      if (t[j].end > G_MAXUINT32 || c->lower_words->len >= LOWER_RUNS_MAX)
        return;
      VoileSpan run = { (guint32)t[i].start, (guint32)t[j].end };
      g_array_append_val (c->lower_words, run);
      i = j;
    }
}

/* Why the lower-case run [start, end) may be a name: the reasons of a run in prose. */
static guint
lower_reasons (Proposer *p, gsize start, gsize end, gboolean one_word)
{
  VoileNameCollector *c = p->c;
  const char *text = c->text;
  guint why = VOILE_WHY_LOWER;
  gsize ws, we, ls, le;

  if (one_word)
    why |= VOILE_WHY_ONE_WORD;
  if (word_before (text, start, &ws, &we) && we - ws <= PREPOSITION_MAX
      && word_in (text, ws, we, people_prepositions))
    why |= VOILE_WHY_PREPOSITION;
  gsize a = end;
  while (a < c->len && text[a] == ' ')
    a++;
  if (a < c->len && g_ascii_islower (text[a]))
    {
      gsize e = a;
      while (e < c->len && g_ascii_isalpha (text[e]) && e - a <= VERB_MAX)
        e++;
      if (e - a <= VERB_MAX && word_in (text, a, e, person_verbs))
        why |= VOILE_WHY_VERB_AFTER;
    }
  if (contact_on_line (p, start, end))
    why |= VOILE_WHY_CONTACT;
  line_of (p, start, &ls, &le);
  if (person_on_line (c, ls, le, start, end))
    why |= VOILE_WHY_ROW_PERSON;
  return why;
}

/* Judges the lower-case runs no mention covers (the rules' own, exactly, are shown to the
 * trainer as the generator would have proposed them). */
static void
propose_lower (Proposer *p, GArray *runs, GArray *accepted)
{
  VoileNameCollector *c = p->c;
  const VoileNameMention *mentions = (const VoileNameMention *)(gpointer)c->mentions->data;
  const guint n_mentions = c->mentions->len;
  guint cursor = 0;

  if (!voile_name_model_accepts_any_lower () && !voile_name_model_observed ())
    return;
  for (guint r = 0; r < runs->len; r++)
    {
      const VoileSpan *run = &g_array_index (runs, VoileSpan, r);
      VoileSpan words[LOWER_RUN_WORDS_MAX];
      guint n = 0;
      gsize s = run->start;

      /* The run's words: one space apart (voile_name_note_lower_words() joined them). */
      for (gsize k = run->start; k <= run->end && n < LOWER_RUN_WORDS_MAX; k++)
        if (k == run->end || c->text[k] == ' ')
          {
            if (k > s)
              words[n++] = (VoileSpan){ (guint32)s, (guint32)k };
            s = k + 1;
          }
      if (n == 0)
        continue;
      while (cursor < n_mentions && mentions[cursor].end <= run->start)
        cursor++;
      VoileNameModelVerdict verdict = VOILE_NAME_MODEL_PROPOSED;
      if (cursor < n_mentions && mentions[cursor].start < run->end)
        {
          if (!voile_name_model_observed () || mentions[cursor].start != run->start
              || mentions[cursor].end != run->end || mentions[cursor].type != VOILE_TYPE_PERSON)
            continue;
          verdict = VOILE_NAME_MODEL_SHADOW;
        }
      judge (p, words, n, 0, words[n - 1].end, lower_reasons (p, run->start, run->end, n == 1),
             verdict, accepted);
    }
}

static gint
compare_start (gconstpointer a, gconstpointer b)
{
  const VoileNameMention *x = a, *y = b;

  return x->start < y->start ? -1 : x->start > y->start;
}

void
voile_name_propose_candidates (VoileNameCollector *c, guint words, GArray *accepted)
{
  const VoileSpan *caps = (const VoileSpan *)(gpointer)c->capitals->data;
  const guint n_caps = c->capitals->len;
  const VoileNameMention *mentions = (const VoileNameMention *)(gpointer)c->mentions->data;
  const guint n_mentions = c->mentions->len;
  Proposer p = { c, { 0 }, words, 0, 1, 0, -1, FALSE, FALSE, { 0 } };
  guint cursor = 0;

  g_autoptr (GArray) lower = g_steal_pointer (&c->lower_words);

  if (!(c->type_mask & VOILE_TYPE_BIT (VOILE_TYPE_PERSON)))
    return;
  if (lower != NULL)
    propose_lower (&p, lower, accepted);
  const guint n_lower = accepted->len;
  p.finding = 0; /* the capitalised runs walk the text again */
  /* Acceptance off (a model trained without proposals): nothing to propose, nothing to pay;
   * the trainer's dump tool still sees them. */
  if (n_caps == 0 || (!voile_name_model_accepts_any () && !voile_name_model_observed ()))
    return;
  cursor = 0;
  const guint range_end = n_caps;
  for (guint i = 0; i < range_end;)
    {
      /* The run: capitalised words one space apart. */
      guint j = i;
      while (j + 1 < range_end && caps[j + 1].start == caps[j].end + 1
             && c->text[caps[j].end] == ' ')
        j++;
      guint next = j + 1;
      guint n = j - i + 1;
      gsize start = caps[i].start, end = caps[j].end;
      guint given_at = 0;

      /* The common case first, inline: a word, a space, the run, and no bracket after. */
      if (start >= 2 && c->text[start - 1] == ' ' && g_ascii_isalpha (c->text[start - 2])
          && end + 1 < c->len && c->text[end] != ',' && c->text[end] != '('
          && c->text[end + 1] != '(')
        {
          i = next;
          continue;
        }
      if (c->text[end] != ',')
        {
          /* Most runs: too long, a mention of the rules, or in prose. */
          while (cursor < n_mentions && mentions[cursor].end <= start)
            cursor++;
          if (n > RUN_WORDS_MAX
              || (cursor < n_mentions && mentions[cursor].start < end
                  && !voile_name_model_observed ())
              || !may_sit_where_names_sit (c->text, c->len, start, end))
            {
              i = next;
              continue;
            }
        }
      /* "HALVORSEN, ERIK T": a surname in capitals, a comma, the given names. */
      gboolean caps_run = TRUE;
      for (guint k = i; k <= j && caps_run; k++)
        caps_run = all_caps (c->text, &caps[k]);
      guint why_extra = 0;
      if (caps_run && n <= 2 && next < range_end && end + 2 < c->len && c->text[end] == ','
          && c->text[end + 1] == ' ' && caps[next].start == end + 2
          && all_caps (c->text, &caps[next]))
        {
          guint k = next;
          while (k + 1 < range_end && caps[k + 1].start == caps[k].end + 1
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
  /* The lower-case proposals came first: the array goes out sorted. */
  if (n_lower > 0 && accepted->len > n_lower)
    g_array_sort (accepted, compare_start);
}
