/* voile-name-model.c — scores each PERSON candidate with a learned model.
 *
 * Hand rules per kind of miss stopped carrying from one blind set to the next; the words
 * around a name, its lists and its layout are weighed here by a logistic regression that
 * tests/corpus/tools/train-name-model.py fits on the corpus's candidates (labelled by the
 * PERSON marks). Features are cheap: the mention's own words, one word on each side, its
 * line's structured findings and what the collector already knows of the text.
 */
#include "config.h"

#include "voile-name-model.h"

#include <math.h>

#include "voile-document-prior.h"
#include "voile-name-candidates.h"
#include "voile-name-lexicon.h"

#include "voile-name-model-data.h"

#define EVIDENCE_KINDS 13 /* see evidence () */
#define FIELD_KINDS 6     /* VoileFieldKind, CITY and above as one */
#define WORD_CLASSES 7    /* see word_class () */
#define BEFORE_KINDS 4    /* nothing on the line, a lower-case word, a capitalised word, digits */
#define AFTER_KINDS 9     /* , . : ( end of line, possessive, lower-case word, capitalised, digit */
#define CONTEXT_FLAGS 26  /* VoileContextFlags */
#define HASH_BUCKETS 64
#define SUFFIX_BUCKETS 64
#define SUFFIX_LETTERS 3

/* Feature layout: each block's first index. The weights follow it: retrain after any change
 * (the static assertion below catches a change of size only). */
enum
{
  F_EVIDENCE = 0, /* how the rules found it */
  F_FIELD = F_EVIDENCE + EVIDENCE_KINDS,
  F_RELAXED = F_FIELD + FIELD_KINDS,
  F_RECORD,
  F_WORDS, /* 1, 2, 3, 4+ */
  F_FIRST_WORD = F_WORDS + 4,
  F_LAST_WORD = F_FIRST_WORD + WORD_CLASSES, /* of names of two words or more */
  F_ANY_COMMON = F_LAST_WORD + WORD_CLASSES,
  F_ALL_UNKNOWN,
  F_ALL_CAPS,
  F_TITLE_CASE,
  F_LOWER,
  F_HYPHEN,
  F_APOSTROPHE,
  F_NON_ASCII,
  F_LINE_START,
  F_SENTENCE_START,
  F_AFTER_COLON,
  F_AFTER_OPEN, /* ( [ " */
  F_BEFORE_KIND,
  F_BEFORE_FLAGS = F_BEFORE_KIND + BEFORE_KINDS,
  F_AFTER_KIND = F_BEFORE_FLAGS + CONTEXT_FLAGS,
  F_AFTER_FLAGS = F_AFTER_KIND + AFTER_KINDS,
  F_LINE_EMAIL = F_AFTER_FLAGS + CONTEXT_FLAGS,
  F_LINE_PHONE,
  F_LINE_ADDRESS,
  F_ALONE_ON_LINE,
  F_SNIPPET,
  F_LOG_WORDS,
  F_PRIOR,
  F_PRIOR_PUBLIC,
  F_PRIOR_PRIVATE,
  F_DETAILS,
  F_PEOPLE,                   /* distinct keys: 1, 2–3, 4–10, more */
  F_KEY_COUNT = F_PEOPLE + 4, /* 1, 2, 3+ */
  F_BEFORE_HASH = F_KEY_COUNT + 3,
  F_AFTER_HASH = F_BEFORE_HASH + HASH_BUCKETS,
  F_OWN_FLAGS = F_AFTER_HASH + HASH_BUCKETS, /* context flags of the mention's own words */
  F_LIST_ITEM = F_OWN_FLAGS + CONTEXT_FLAGS, /* the line opens on a number or a bullet */
  F_PROPOSED, /* proposed by voile-name-candidates.c, not by the rules */
  F_WHY,      /* why it was proposed: VoileNameWhy bits */
  /* The last three letters of each word, hashed: names of every origin share endings
   * ("-ala", "-ena", "-abo") that brands and common words do not. */
  F_SUFFIX = F_WHY + VOILE_NAME_WHY_KINDS,
  /* The first and last words' classes again, for proposals only: among runs no rule
   * proposed, a given name in the lists says more than among the rules' candidates. */
  F_PROPOSED_FIRST = F_SUFFIX + SUFFIX_BUCKETS,
  F_PROPOSED_LAST = F_PROPOSED_FIRST + WORD_CLASSES,
  F_COUNT = F_PROPOSED_LAST + WORD_CLASSES,
};

/* Longest neighbour word read. */
#define NEIGHBOUR_MAX 24
/* Mentions read for the counts of keys, and the count of people past which all is "many". */
#define KEYS_READ_MAX 256
#define PEOPLE_MAX 11
#define KEY_COUNT_MAX 3
/* Bytes read back to a line's start. */
#define LINE_BACK_MAX 4096

G_STATIC_ASSERT (G_N_ELEMENTS (voile_name_model_weights) == F_COUNT);

static VoileNameModelObserver observer;
static gpointer observer_data;

guint
voile_name_model_feature_count (void)
{
  return F_COUNT;
}

static void
set (VoileNameFeatures *out, guint id, float value)
{
  if (out->n < VOILE_NAME_MODEL_ACTIVE_MAX)
    {
      out->ids[out->n] = (guint16)id;
      out->values[out->n] = value;
      out->n++;
    }
}

static guint
evidence (const VoileNameMention *m)
{
  static const float kinds[]
      = { CONFIDENCE_GREETING, CONFIDENCE_SALUTATION, CONFIDENCE_PAIR, CONFIDENCE_ADMIN,
          CONFIDENCE_LATER,    CONFIDENCE_INITIAL,    CONFIDENCE_LIST, CONFIDENCE_LIST_BARE,
          CONFIDENCE_SINGLE,   CONFIDENCE_UNLISTED };

  if (m->confidence == CONFIDENCE_CONTEXT)
    return m->field != VOILE_FIELD_NONE ? 1 : 0;
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (m->confidence == kinds[i])
      return 2 + i;
  return 12;
}

/* 0 firm given name, 1 firm surname, 2 ambiguous, 3 proper, 4 common word, 5 in no list,
 * 6 initial. */
static guint
word_class (const char *w, gsize len)
{
  if (len == 1 || (len == 2 && w[1] == '.'))
    return 6;
  guint flags = voile_name_lookup_word (w, len);
  if (flags & VOILE_NAME_AMBIGUOUS)
    return 2;
  if (flags & VOILE_NAME_PROPER)
    return 3;
  if (flags & VOILE_NAME_FIRST)
    return 0;
  if (flags & VOILE_NAME_LAST)
    return 1;
  return (flags & VOILE_NAME_WORD) ? 4 : 5;
}

static gboolean
is_letter (guchar c)
{
  return g_ascii_isalpha (c) || c >= 0x80;
}

static void
set_flags (VoileNameFeatures *out, guint base, guint flags)
{
  for (guint b = 0; b < CONTEXT_FLAGS; b++)
    if (flags & (1u << b))
      set (out, base + b, 1.0f);
}

static void
set_hash (VoileNameFeatures *out, guint base, const char *w, gsize len)
{
  guint64 hash;

  if (len > 0 && len <= NEIGHBOUR_MAX && voile_name_fold_hash (w, len, &hash))
    set (out, base + (guint)((hash * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15)) >> 58), 1.0f);
}

/* The hashed ending of a word of the mention (its folded last letters). */
static void
set_suffix (VoileNameFeatures *out, const char *w, gsize len)
{
  char folded[VOILE_NAME_KEY_MAX];
  gsize n;

  if (len < 2 || len > VOILE_NAME_KEY_MAX || !voile_name_fold (w, len, folded, &n) || n < 2)
    return;
  gsize from = n > SUFFIX_LETTERS ? n - SUFFIX_LETTERS : 0;
  guint hash = 5381;
  for (gsize k = from; k < n; k++)
    hash = hash * 33 + (guchar)folded[k];
  set (out, F_SUFFIX + (hash * 2654435761u >> 26) % SUFFIX_BUCKETS, 1.0f);
}

/* The word before text[start] on its line, and what sits between. */
static void
before_features (const char *text, gsize start, VoileNameFeatures *out)
{
  gsize p = start, w;

  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t'))
    p--;
  if (p == 0 || text[p - 1] == '\n' || text[p - 1] == '\r')
    {
      set (out, F_LINE_START, 1.0f);
      set (out, F_BEFORE_KIND, 1.0f);
      return;
    }
  guchar c = (guchar)text[p - 1];
  if (c == '.' && p >= 2 && is_letter ((guchar)text[p - 2]))
    p--; /* "M. Martin", "Dr. Petit" */
  else if (!is_letter (c))
    {
      set (out, F_BEFORE_KIND + (g_ascii_isdigit (c) ? 3 : 0), 1.0f);
      if (c == '.' || c == '!' || c == '?')
        set (out, F_SENTENCE_START, 1.0f);
      else if (c == ':')
        set (out, F_AFTER_COLON, 1.0f);
      else if (c == '(' || c == '[' || c == '"')
        set (out, F_AFTER_OPEN, 1.0f);
      return;
    }
  for (w = p; w > 0 && p - w < NEIGHBOUR_MAX && is_letter ((guchar)text[w - 1]); w--)
    ;
  set (out, F_BEFORE_KIND + (g_ascii_isupper (text[w]) ? 2 : 1), 1.0f);
  set_flags (out, F_BEFORE_FLAGS, voile_name_context_word (text + w, p - w));
  set_hash (out, F_BEFORE_HASH, text + w, p - w);
}

/* The character and the word after text[end). */
static gboolean
after_features (const char *text, gsize len, gsize end, VoileNameFeatures *out)
{
  gsize p = end;

  gsize quote = p < len && text[p] == '\''                              ? 1
                : p + 3 <= len && !memcmp (text + p, "\xe2\x80\x99", 3) ? 3
                                                                        : 0;
  if (quote > 0 && p + quote < len && text[p + quote] == 's')
    {
      set (out, F_AFTER_KIND + 5, 1.0f); /* "Marie's" */
      return FALSE;
    }
  while (p < len && (text[p] == ' ' || text[p] == '\t'))
    p++;
  if (p >= len || text[p] == '\n' || text[p] == '\r')
    {
      set (out, F_AFTER_KIND + 4, 1.0f);
      return TRUE;
    }
  guchar c = (guchar)text[p];
  if (!is_letter (c))
    {
      static const char marks[] = ",.:(";
      const char *at = strchr (marks, c);
      set (out,
           F_AFTER_KIND
               + (at != NULL && c != '\0' ? (guint)(at - marks)
                  : g_ascii_isdigit (c)   ? 8
                                          : 6),
           1.0f);
      return FALSE;
    }
  gsize w = p;
  while (w < len && w - p < NEIGHBOUR_MAX && is_letter ((guchar)text[w]))
    w++;
  set (out, F_AFTER_KIND + (g_ascii_isupper (c) ? 7 : 6), 1.0f);
  set_flags (out, F_AFTER_FLAGS, voile_name_context_word (text + p, w - p));
  set_hash (out, F_AFTER_HASH, text + p, w - p);
  return FALSE;
}

/* The words of the mention: their count, lists and case. */
static void
word_features (const char *text, const VoileNameMention *m, VoileNameFeatures *out)
{
  guint n = 0, last_class = 5, common = 0, unknown = 0, own = 0;
  gboolean caps = TRUE, title = TRUE, lower = FALSE, hyphen = FALSE, apostrophe = FALSE,
           non_ascii = FALSE;
  gsize i = m->start;

  while (i < m->end)
    {
      while (i < m->end && !is_letter ((guchar)text[i]))
        i++;
      gsize s = i;
      while (
          i < m->end
          && (is_letter ((guchar)text[i]) || text[i] == '-' || text[i] == '\'' || text[i] == '.'))
        i++;
      if (i == s)
        break;
      guint cls = word_class (text + s, i - s);
      set_suffix (out, text + s, i - s);
      own |= voile_name_context_word (text + s, i - s);
      if (n == 0)
        {
          set (out, F_FIRST_WORD + cls, 1.0f);
          if (m->why != 0)
            set (out, F_PROPOSED_FIRST + cls, 1.0f);
        }
      last_class = cls;
      common += cls == 4;
      unknown += cls == 5;
      n++;
      if (g_ascii_islower (text[s]))
        lower = TRUE;
      for (gsize k = s; k < i; k++)
        {
          guchar b = (guchar)text[k];
          hyphen |= b == '-';
          apostrophe |= b == '\'';
          non_ascii |= b >= 0x80;
          if (k > s && g_ascii_islower (b))
            caps = FALSE;
          if (k > s && g_ascii_isupper (b) && text[k - 1] != '-' && text[k - 1] != '\'')
            title = FALSE;
        }
      if (i - s < 2)
        caps = FALSE;
    }
  if (n == 0)
    return;
  set (out, F_WORDS + MIN (n, 4) - 1, 1.0f);
  set_flags (out, F_OWN_FLAGS, own);
  if (n > 1)
    set (out, F_LAST_WORD + last_class, 1.0f);
  if (n > 1 && m->why != 0)
    set (out, F_PROPOSED_LAST + last_class, 1.0f);
  if (common > 0)
    set (out, F_ANY_COMMON, 1.0f);
  if (unknown == n)
    set (out, F_ALL_UNKNOWN, 1.0f);
  if (caps)
    set (out, F_ALL_CAPS, 1.0f);
  else if (title && !lower)
    set (out, F_TITLE_CASE, 1.0f);
  if (lower)
    set (out, F_LOWER, 1.0f);
  if (hyphen)
    set (out, F_HYPHEN, 1.0f);
  if (apostrophe)
    set (out, F_APOSTROPHE, 1.0f);
  if (non_ascii)
    set (out, F_NON_ASCII, 1.0f);
}

/* Does the line text[start..name) open on a number or a bullet ("3. ", "- ", "• ")? */
static gboolean
opens_list_item (const char *text, gsize start, gsize name)
{
  gsize p = start;

  while (p < name && (text[p] == ' ' || text[p] == '\t'))
    p++;
  if (p >= name)
    return FALSE;
  if (text[p] == '-' || text[p] == '*' || (name - p >= 3 && !memcmp (text + p, "\xe2\x80\xa2", 3)))
    return TRUE;
  while (p < name && g_ascii_isdigit (text[p]))
    p++;
  return p > start && p < name && g_ascii_isdigit (text[p - 1])
         && (text[p] == '.' || text[p] == ')');
}

/* Does the text hold a contact detail or an identifier (not only quasi-identifiers)? */
static gboolean
has_details (VoileNameCollector *c)
{
  for (guint i = 0; i < c->result->findings->len; i++)
    {
      VoileType type = g_array_index (c->result->findings, VoileFinding, i).type;
      if (!voile_type_is_quasi_identifier (type) && type != VOILE_TYPE_PERSON
          && type != VOILE_TYPE_LOCATION)
        return TRUE;
    }
  return FALSE;
}

/* Distinct keys among the first mentions (keys are interned): bounded, a long export
 * counts its first few hundred mentions only. */
static guint
count_people (GArray *mentions)
{
  guint n = MIN (mentions->len, KEYS_READ_MAX), people = 0;
  const VoileNameMention *all = (const VoileNameMention *)(gpointer)mentions->data;

  for (guint i = 0; i < n && people <= PEOPLE_MAX; i++)
    {
      gboolean first = all[i].type == VOILE_TYPE_PERSON;
      for (guint j = 0; j < i && first; j++)
        first = all[j].type != VOILE_TYPE_PERSON || all[j].key != all[i].key;
      people += first;
    }
  return people;
}

/* Mentions of m's key among the first mentions, up to KEY_COUNT_MAX (all the feature tells). */
static guint
count_key (GArray *mentions, const VoileNameMention *m)
{
  guint n = MIN (mentions->len, KEYS_READ_MAX), same = 0;
  const VoileNameMention *all = (const VoileNameMention *)(gpointer)mentions->data;

  for (guint i = 0; i < n && same < KEY_COUNT_MAX; i++)
    same += all[i].type == VOILE_TYPE_PERSON && all[i].key == m->key;
  return same;
}

void
voile_name_model_text_init (VoileNameModelText *text, VoileNameCollector *c, GArray *mentions,
                            guint words)
{
  text->c = c;
  text->mentions = mentions;
  text->words = words;
  text->prior = words >= PROSE_MIN_WORDS && !voile_name_collector_people_table (c)
                    ? voile_name_collector_prior_score (c)
                    : 0.0;
  text->details = has_details (c);
  text->people = count_people (mentions);
}

void
voile_name_model_features (const VoileNameModelText *text, const VoileNameMention *m,
                           VoileNameFeatures *out)
{
  VoileNameCollector *c = text->c;
  guint people = text->people, same = count_key (text->mentions, m);

  out->n = 0;
  set (out, F_EVIDENCE + evidence (m), 1.0f);
  set (out, F_FIELD + MIN (m->field & VOILE_FIELD_KIND_MASK, 5), 1.0f);
  if (m->field & VOILE_FIELD_RELAXED)
    set (out, F_RELAXED, 1.0f);
  if (m->record != 0)
    set (out, F_RECORD, 1.0f);
  word_features (c->text, m, out);
  before_features (c->text, m->start, out);
  gboolean line_end = after_features (c->text, c->len, m->end, out);

  gsize start = m->start;
  while (start > 0 && c->text[start - 1] != '\n' && m->start - start < LINE_BACK_MAX)
    start--;
  /* A detail counts in the name's own sentence, as for the rules (has_own_context). */
  gsize sentence_start, sentence_end;
  voile_name_sentence_around (c->text, c->len, m->start, m->end, &sentence_start, &sentence_end);
  if (voile_name_collector_overlaps (c, sentence_start, sentence_end, VOILE_TYPE_EMAIL))
    set (out, F_LINE_EMAIL, 1.0f);
  if (voile_name_collector_overlaps (c, sentence_start, sentence_end, VOILE_TYPE_PHONE))
    set (out, F_LINE_PHONE, 1.0f);
  if (voile_name_collector_overlaps (c, sentence_start, sentence_end, VOILE_TYPE_POSTAL_ADDRESS))
    set (out, F_LINE_ADDRESS, 1.0f);
  if (line_end && (start == m->start || c->text[start] == ' '))
    set (out, F_ALONE_ON_LINE, 1.0f);
  if (opens_list_item (c->text, start, m->start))
    set (out, F_LIST_ITEM, 1.0f);

  if (text->words < PROSE_MIN_WORDS)
    set (out, F_SNIPPET, 1.0f);
  set (out, F_LOG_WORDS, (float)(log1p ((double)text->words) / 10.0));
  /* A sentence or two says too little for the prior (the rules ask it of prose only). */
  if (text->words >= PROSE_MIN_WORDS)
    {
      set (out, F_PRIOR, (float)CLAMP (text->prior / 3.0, -1.0, 1.0));
      if (voile_document_prior_score_is_public (text->prior, FALSE))
        set (out, F_PRIOR_PUBLIC, 1.0f);
      if (voile_document_prior_score_is_private (text->prior))
        set (out, F_PRIOR_PRIVATE, 1.0f);
    }
  if (text->details)
    set (out, F_DETAILS, 1.0f);
  set (out,
       F_PEOPLE
           + (people <= 1                ? 0
              : people <= 3              ? 1
              : people <= PEOPLE_MAX - 1 ? 2
                                         : 3),
       1.0f);
  set (out, F_KEY_COUNT + MAX (same, 1) - 1, 1.0f);
  if (m->why != 0)
    {
      set (out, F_PROPOSED, 1.0f);
      for (guint b = 0; b < VOILE_NAME_WHY_KINDS; b++)
        if (m->why & (1u << b))
          set (out, F_WHY + b, 1.0f);
    }
}

double
voile_name_model_score (const VoileNameFeatures *features)
{
  double z = VOILE_NAME_MODEL_BIAS;

  for (guint i = 0; i < features->n; i++)
    z += voile_name_model_weights[features->ids[i]] * features->values[i];
  return z;
}

double
voile_name_model_proposal_score (const VoileNameFeatures *features)
{
  /* The bias holds the weight of the rules' keeping a candidate, which a proposal lacks. */
  return voile_name_model_score (features) - VOILE_NAME_MODEL_KEPT_WEIGHT;
}

gboolean
voile_name_model_accepts_any (void)
{
  return VOILE_NAME_MODEL_ACCEPT_ON;
}

gboolean
voile_name_model_accepts (double proposal_score)
{
  return VOILE_NAME_MODEL_ACCEPT_ON && proposal_score >= VOILE_NAME_MODEL_ACCEPT;
}

gboolean
voile_name_model_accepts_any_lower (void)
{
  return VOILE_NAME_MODEL_ACCEPT_LOWER_ON;
}

gboolean
voile_name_model_accepts_lower (double proposal_score)
{
  return VOILE_NAME_MODEL_ACCEPT_LOWER_ON && proposal_score >= VOILE_NAME_MODEL_ACCEPT_LOWER;
}

static gboolean
has_detail_in_sentence (const VoileNameFeatures *features)
{
  for (guint i = 0; i < features->n; i++)
    if (features->ids[i] >= F_LINE_EMAIL && features->ids[i] <= F_LINE_ADDRESS)
      return TRUE;
  return FALSE;
}

void
voile_name_model_veto (VoileNameCollector *c, guint words)
{
  g_autoptr (GHashTable) supported = NULL; /* keys with a mention scoring over the veto */
  VoileNameFeatures features;
  VoileNameModelText text;
  gboolean vetoed = FALSE;
  guint out = 0;

  if (!VOILE_NAME_MODEL_VETO_ON || c->mentions->len == 0)
    return;
  /* A text greeting someone by name is a message to someone: the people it names are
   * private, however public its words sound (a review sent to a friend). */
  for (guint i = 0; i < c->mentions->len; i++)
    if (voile_name_mention_greeted (c, &g_array_index (c->mentions, VoileNameMention, i)))
      return;
  voile_name_model_text_init (&text, c, c->mentions, words);
  supported = g_hash_table_new (g_direct_hash, g_direct_equal);
  /* A person supported once is a person everywhere: the veto drops a key whose every
   * mention scores low. */
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type != VOILE_TYPE_PERSON || g_hash_table_contains (supported, m->key))
        continue;
      voile_name_model_features (&text, m, &features);
      /* A contact detail in the name's own sentence is the rules' strongest evidence (the
       * contact of a public text's last line): no score overrides it. */
      /* So is a label naming the person's role ("chair: …", "Jury : …, …"), or a
       * programme's timed row that the name closes. */
      if (has_detail_in_sentence (&features)
          || voile_name_model_score (&features) >= VOILE_NAME_MODEL_VETO
          || voile_name_mention_after_role_label (c, m, FALSE)
          || voile_name_mention_closes_timed_row (c, m)
          || voile_name_mention_fills_name_element (c, m))
        g_hash_table_add (supported, (gpointer)m->key);
      else
        vetoed = TRUE;
    }
  if (!vetoed)
    return;
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type != VOILE_TYPE_PERSON || g_hash_table_contains (supported, m->key))
        g_array_index (c->mentions, VoileNameMention, out++) = *m;
    }
  g_array_set_size (c->mentions, out);
}

void
voile_name_model_set_observer (VoileNameModelObserver callback, gpointer data)
{
  observer = callback;
  observer_data = data;
}

gboolean
voile_name_model_observed (void)
{
  return observer != NULL;
}

void
voile_name_model_observe (const VoileNameMention *m, const VoileNameFeatures *features,
                          VoileNameModelVerdict verdict)
{
  if (observer != NULL)
    observer (m, features, verdict, observer_data);
}

void
voile_name_model_report (VoileNameCollector *c, GArray *candidates, guint words)
{
  VoileNameFeatures features;
  VoileNameModelText kept_text, candidate_text;
  guint k = 0;

  voile_name_model_text_init (&kept_text, c, c->mentions, words);
  voile_name_model_text_init (&candidate_text, c, candidates, words);

  /* Both arrays are sorted by start: a candidate is kept when c->mentions holds its span. */
  for (guint i = 0; i < candidates->len; i++)
    {
      const VoileNameMention *m = &g_array_index (candidates, VoileNameMention, i);
      const VoileNameMention *kept = NULL;
      if (m->type != VOILE_TYPE_PERSON)
        continue;
      while (k < c->mentions->len
             && g_array_index (c->mentions, VoileNameMention, k).start < m->start)
        k++;
      for (guint j = k; j < c->mentions->len && kept == NULL; j++)
        {
          const VoileNameMention *o = &g_array_index (c->mentions, VoileNameMention, j);
          if (o->start != m->start)
            break;
          if (o->end == m->end && o->type == m->type)
            kept = o;
        }
      voile_name_model_features (kept != NULL ? &kept_text : &candidate_text, m, &features);
      observer (m, &features, kept != NULL ? VOILE_NAME_MODEL_KEPT : VOILE_NAME_MODEL_DROPPED,
                observer_data);
    }
}
