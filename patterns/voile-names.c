/* voile-names.c — finds people's names (PERSON) and cities (LOCATION) in text.
 *
 * One pass over the lines of the text: each line is split into words, and runs of
 * capitalised words are judged by their context (a title, a greeting, a closing line, a
 * structured field) or by the name lists (a first name followed by a surname…). A second
 * pass marks every later mention of a word of a name already found, and of the name parts
 * of e-mail addresses. Then mentions are grouped into entities: "Marie Dupont", "Dupont"
 * and "Marie" are one person.
 */
#include "config.h"

#include "voile-names.h"
#include "voile-name-lexicon.h"
#include "voile-name-private.h"

#include <string.h>

/* Longer lines are cut (at a space) so that the words of one line stay few. */
#define LINE_CHUNK_MAX 16384
/* A name has at most this many words (particles not counted). */
#define NAME_WORDS_MAX 4
/* Longest structured value taken for a name or a city. */
#define MAX_FIELD_LEN 80

/* Below this many words a text is a snippet, not general prose (see
 * drop_bare_without_context()). */
#define PROSE_MIN_WORDS 60

#define CONFIDENCE_CONTEXT 0.9f
#define CONFIDENCE_GREETING 0.85f
#define CONFIDENCE_PAIR 0.85f
#define CONFIDENCE_ADMIN 0.86f
#define CONFIDENCE_FIELD 0.9f
#define CONFIDENCE_LATER 0.8f
#define CONFIDENCE_INITIAL 0.7f
#define CONFIDENCE_SINGLE 0.6f
#define CONFIDENCE_LOCATION 0.8f

struct _VoileNameFinder
{
  int unused; /* the tables are compiled in: nothing to build */
};

typedef enum
{
  CONTEXT_NONE,
  CONTEXT_TITLE,
  CONTEXT_GREETING,
  CONTEXT_CLOSING,
  CONTEXT_DETERMINER,
} NameContext;

/* What the whole line looks like: computed the first time a rule asks. */
typedef struct
{
  VoileNameCollector *c;
  GArray *tokens;
  gboolean known;
  gboolean title_like; /* "Rapport Annuel Sur La Gestion": most words capitalised */
  gboolean all_caps;   /* "MERCI DE RAPPELER": no lower-case word */
} LineInfo;

static void line_info (LineInfo *info);

static inline gboolean
line_title_like (LineInfo *line)
{
  if (!line->known)
    line_info (line);
  return line->title_like;
}

static inline gboolean
line_all_caps (LineInfo *line)
{
  if (!line->known)
    line_info (line);
  return line->all_caps;
}

VoileNameFinder *
voile_name_finder_new (void)
{
  return g_new0 (VoileNameFinder, 1);
}

void
voile_name_finder_free (VoileNameFinder *finder)
{
  g_free (finder);
}

/* ---- word predicates ---------------------------------------------------------------- */

static inline VoileToken *
tok (GArray *tokens, guint i)
{
  return &g_array_index (tokens, VoileToken, i);
}

static inline gboolean
is_candidate (const VoileToken *t)
{
  return t->shape == VOILE_SHAPE_CAP || t->shape == VOILE_SHAPE_UPPER
         || t->shape == VOILE_SHAPE_INITIAL;
}

static inline gboolean
is_nameish (const VoileToken *t)
{
  return (t->name_flags & (VOILE_NAME_FIRST | VOILE_NAME_LAST)) != 0;
}

static inline gboolean
is_word_only (const VoileToken *t)
{
  return (t->name_flags & VOILE_NAME_WORD) && !is_nameish (t);
}

static inline gboolean
is_unknown (const VoileToken *t)
{
  return t->shape != VOILE_SHAPE_INITIAL
         && !(t->name_flags & (VOILE_NAME_FIRST | VOILE_NAME_LAST | VOILE_NAME_WORD));
}

static inline gboolean
is_firm_first (const VoileToken *t)
{
  return (t->name_flags & VOILE_NAME_FIRST)
         && !(t->name_flags & (VOILE_NAME_AMBIGUOUS | VOILE_NAME_PROPER));
}

static inline gboolean
is_firm_last (const VoileToken *t)
{
  return (t->name_flags & VOILE_NAME_LAST)
         && !(t->name_flags & (VOILE_NAME_AMBIGUOUS | VOILE_NAME_PROPER));
}

static inline gboolean
is_particle (const VoileToken *t)
{
  return (t->context_flags & VOILE_CONTEXT_PARTICLE) && t->shape != VOILE_SHAPE_OTHER
         && t->end - t->start <= 5;
}

/* Words that end a name: "Lundi", "Madame", "SARL"… */
static inline gboolean
is_breaker (const VoileToken *t)
{
  return t->shape == VOILE_SHAPE_OTHER || t->shape == VOILE_SHAPE_LOWER
         || (t->context_flags
             & (VOILE_CONTEXT_TITLE | VOILE_CONTEXT_GREETING | VOILE_CONTEXT_STOP
                | VOILE_CONTEXT_ORG_AFTER | VOILE_CONTEXT_CLOSING));
}

static gboolean
has_vowel (const char *text, const VoileToken *t)
{
  for (gsize i = t->start; i < t->end; i++)
    if (strchr ("aeiouyAEIOUY", text[i]) != NULL || (guchar) text[i] >= 0x80)
      return TRUE;
  return FALSE;
}

/* Joined to the next word for a name: only spaces between, or the dot of an initial or of
 * an abbreviated title ("J. Dupont", "M. Martin", "Dr. Petit"). */
static inline gboolean
joins_next (const VoileToken *t)
{
  if (!t->joined)
    return FALSE;
  if (!t->dot_after)
    return TRUE;
  return t->shape == VOILE_SHAPE_INITIAL || (t->context_flags & VOILE_CONTEXT_TITLE);
}

/* ---- the collector ------------------------------------------------------------------ */

gboolean
voile_name_collector_blocked (VoileNameCollector *c, gsize start, gsize end)
{
  GArray *findings = c->result->findings;
  guint lo = 0, hi = findings->len;

  /* First finding whose end is past start. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (g_array_index (findings, VoileFinding, mid).end <= start)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i < findings->len; i++)
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
static void
append_folded (GString *key, const char *word, gsize len)
{
  char folded[VOILE_NAME_KEY_MAX];
  gsize folded_len;

  if (key->len > 0)
    g_string_append_c (key, ' ');
  if (voile_name_fold (word, len, folded, &folded_len))
    g_string_append_len (key, folded, folded_len);
  else
    {
      g_autofree char *down = g_utf8_strdown (word, len);
      g_string_append (key, down);
    }
}

static void
add_mention (VoileNameCollector *c, gsize start, gsize end, VoileType type, float confidence,
             const char *key, VoileFieldKind field)
{
  VoileNameMention m = { 0 };

  if (start >= end || voile_name_collector_blocked (c, start, end))
    return;
  m.start = start;
  m.end = end;
  m.type = type;
  m.confidence = confidence;
  m.key = key;
  m.field = field;
  m.record = field != VOILE_FIELD_NONE ? c->record : 0;
  g_array_append_val (c->mentions, m);
}

void
voile_name_collector_add_person (VoileNameCollector *c, const VoileToken *tokens, guint first,
                                 guint last, guint given_at, float confidence,
                                 VoileFieldKind field)
{
  g_autoptr (GString) key = g_string_new (NULL);

  if (!(c->type_mask & VOILE_TYPE_BIT (VOILE_TYPE_PERSON)))
    return;
  if (given_at > first && given_at <= last)
    {
      for (guint i = given_at; i <= last; i++)
        append_folded (key, c->text + tokens[i].start, tokens[i].end - tokens[i].start);
      for (guint i = first; i < given_at; i++)
        append_folded (key, c->text + tokens[i].start, tokens[i].end - tokens[i].start);
    }
  else
    for (guint i = first; i <= last; i++)
      append_folded (key, c->text + tokens[i].start, tokens[i].end - tokens[i].start);

  add_mention (c, tokens[first].start, tokens[last].end, VOILE_TYPE_PERSON, confidence,
               g_string_chunk_insert_const (c->strings, key->str), field);
}

void
voile_name_collector_add_location (VoileNameCollector *c, gsize start, gsize end,
                                   float confidence)
{
  if (!(c->type_mask & VOILE_TYPE_BIT (VOILE_TYPE_LOCATION)))
    return;
  add_mention (c, start, end, VOILE_TYPE_LOCATION, confidence, NULL, VOILE_FIELD_CITY);
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

/* ---- prose rules -------------------------------------------------------------------- */

/* Names (not particles) of the run tokens[from..to], stopping at a breaker; at most
 * NAME_WORDS_MAX. Returns the count, indices in names[]. */
static guint
collect_names (VoileNameCollector *c, GArray *tokens, guint from, guint to, guint *names)
{
  guint n = 0;

  for (guint i = from; i <= to && n < NAME_WORDS_MAX; i++)
    {
      VoileToken *t = tok (tokens, i);

      voile_token_lookup (c->text, t);
      if (is_particle (t) && n > 0 && i < to)
        continue;
      if (is_breaker (t) || (is_particle (t) && n == 0))
        break;
      names[n++] = i;
    }
  return n;
}

/* Given-name word at index i of names[] onwards, for "DUPONT Marie": the first CAP first
 * name after the leading upper-case surname. */
static guint
given_index (GArray *tokens, const guint *names, guint n)
{
  if (n >= 2 && tok (tokens, names[0])->shape == VOILE_SHAPE_UPPER)
    for (guint k = 1; k < n; k++)
      if (tok (tokens, names[k])->shape == VOILE_SHAPE_CAP)
        return names[k];
  return 0;
}

/* Tries a name starting at tokens[from] (the run ends at to). Returns the index of its last
 * word, or -1. */
static gint
match_name (VoileNameCollector *c, GArray *tokens, guint from, guint to, NameContext context,
            LineInfo *line)
{
  guint names[NAME_WORDS_MAX];
  guint n = collect_names (c, tokens, from, to, names);
  VoileToken *t0, *t1;
  guint k;

  if (n == 0)
    return -1;
  t0 = tok (tokens, names[0]);
  t1 = n >= 2 ? tok (tokens, names[1]) : NULL;

  if (context == CONTEXT_TITLE)
    {
      /* "Mme Leroux", "Dr Petit", "M. DUPONT Jean": anything that is not a common word. */
      for (k = 0; k < n; k++)
        {
          VoileToken *t = tok (tokens, names[k]);
          if (is_word_only (t) && t->shape != VOILE_SHAPE_INITIAL
              && !(k > 0 && t->shape == VOILE_SHAPE_UPPER))
            break;
        }
      if (k == 0 || (k == 1 && t0->shape == VOILE_SHAPE_INITIAL))
        return -1;
      voile_name_collector_add_person (c, (VoileToken *) tokens->data, names[0], names[k - 1],
                                       given_index (tokens, names, k), CONFIDENCE_CONTEXT,
                                       VOILE_FIELD_NONE);
      return (gint) names[k - 1];
    }

  if (context == CONTEXT_GREETING || context == CONTEXT_CLOSING)
    {
      /* "Bonjour Sophie", "Cordialement,\nAmbre Roche": names, or words in no list. */
      gboolean any_name = FALSE;

      for (k = 0; k < n; k++)
        {
          VoileToken *t = tok (tokens, names[k]);
          if (is_word_only (t) || t->shape == VOILE_SHAPE_INITIAL)
            break;
          any_name |= is_nameish (t);
        }
      if (k == 0)
        return -1;
      if (k == 1 && (t0->name_flags & VOILE_NAME_PROPER) && !is_firm_first (t0))
        return -1; /* "Hello Paris" */
      if (context == CONTEXT_CLOSING && !any_name && k < 2)
        return -1; /* "L'équipe Support", "Acme" */
      voile_name_collector_add_person (c, (VoileToken *) tokens->data, names[0], names[k - 1],
                                       given_index (tokens, names, k), CONFIDENCE_GREETING,
                                       VOILE_FIELD_NONE);
      return (gint) names[k - 1];
    }

  if (t1 != NULL)
    {
      gboolean upper_pair = t0->shape == VOILE_SHAPE_UPPER && t1->shape == VOILE_SHAPE_UPPER;

      /* "J. Dupont" */
      if (t0->shape == VOILE_SHAPE_INITIAL && t0->dot_after && !is_word_only (t1)
          && t1->shape == VOILE_SHAPE_CAP && !line_title_like (line)
          && ((t1->name_flags & VOILE_NAME_LAST) || is_unknown (t1)))
        {
          voile_name_collector_add_person (c, (VoileToken *) tokens->data, names[0], names[1], 0,
                                           CONFIDENCE_INITIAL, VOILE_FIELD_NONE);
          return (gint) names[1];
        }

      /* "DUPONT Marie", "ROBERT Firmin": French administrative order. */
      if (t0->shape == VOILE_SHAPE_UPPER && t1->shape == VOILE_SHAPE_CAP
          && (t1->name_flags & VOILE_NAME_FIRST) && !(t1->name_flags & VOILE_NAME_PROPER)
          && !is_word_only (t0)
          && (is_nameish (t0) || (t0->end - t0->start >= 3 && has_vowel (c->text, t0))))
        {
          k = 2;
          while (k < n && tok (tokens, names[k])->shape == VOILE_SHAPE_CAP
                 && (tok (tokens, names[k])->name_flags & VOILE_NAME_FIRST))
            k++;
          voile_name_collector_add_person (c, (VoileToken *) tokens->data, names[0], names[k - 1],
                                           names[1], CONFIDENCE_ADMIN, VOILE_FIELD_NONE);
          return (gint) names[k - 1];
        }

      /* "Marie Dupont", "Jean-Pierre Martin", "John F. Kennedy", "MARIE DUPONT". */
      if ((t0->name_flags & VOILE_NAME_FIRST) && t0->shape != VOILE_SHAPE_INITIAL
          && !is_word_only (t1))
        {
          gboolean firm0 = is_firm_first (t0);
          gboolean firm1 = is_firm_last (t1) || is_firm_first (t1)
                           || (is_unknown (t1) && t1->shape == VOILE_SHAPE_CAP);
          gboolean ok;

          if (t1->shape == VOILE_SHAPE_INITIAL)
            ok = firm0 && n >= 3 && is_nameish (tok (tokens, names[2]));
          else if (upper_pair || line_all_caps (line))
            ok = is_nameish (t1) && (firm0 || is_firm_last (t1)) && !line_title_like (line);
          else if (line_title_like (line))
            ok = firm0 && is_nameish (t1) && !(t1->name_flags & VOILE_NAME_PROPER);
          else
            ok = firm0 || firm1; /* "Rose Garden", "Will Power": both ambiguous */
          if (t0->shape != t1->shape && t1->shape != VOILE_SHAPE_INITIAL)
            ok = FALSE; /* "Marie DUPONT" is the admin order's job; "ANNA Smith" is noise */
          if (ok)
            {
              k = 2;
              while (k < n)
                {
                  VoileToken *t = tok (tokens, names[k]);
                  if (is_word_only (t) || (t->name_flags & VOILE_NAME_PROPER)
                      || t->shape != t0->shape || !(is_nameish (t) || is_unknown (t)))
                    break;
                  k++;
                }
              voile_name_collector_add_person (c, (VoileToken *) tokens->data, names[0],
                                               names[k - 1], 0, CONFIDENCE_PAIR,
                                               VOILE_FIELD_NONE);
              return (gint) names[k - 1];
            }
        }

      /* "Dupont Marie": surname first, title case. */
      if ((t0->name_flags & VOILE_NAME_LAST) && !(t0->name_flags & VOILE_NAME_FIRST)
          && t0->shape == VOILE_SHAPE_CAP && t1->shape == VOILE_SHAPE_CAP
          && (t1->name_flags & VOILE_NAME_FIRST) && !line_title_like (line)
          && (is_firm_last (t0) && is_firm_first (t1)))
        {
          voile_name_collector_add_person (c, (VoileToken *) tokens->data, names[0], names[1],
                                           names[1], CONFIDENCE_PAIR, VOILE_FIELD_NONE);
          return (gint) names[1];
        }
    }

  /* "Sophie" alone: a first name that is nothing else. */
  if (t0->shape == VOILE_SHAPE_CAP && is_firm_first (t0) && context != CONTEXT_DETERMINER
      && !t0->elided && !line_title_like (line) && !line_all_caps (line)
      && (t1 == NULL || is_word_only (t1) || t1->shape != VOILE_SHAPE_CAP))
    {
      guint next = names[0] + 1;
      if (next < tokens->len && joins_next (t0)
          && (tok (tokens, next)->context_flags & VOILE_CONTEXT_ORG_AFTER))
        return -1;
      voile_name_collector_add_person (c, (VoileToken *) tokens->data, names[0], names[0], 0,
                                       CONFIDENCE_SINGLE, VOILE_FIELD_NONE);
      return (gint) names[0];
    }
  return -1;
}

static gboolean
lookup_context (VoileNameCollector *c, GArray *tokens, guint i, guint32 flag)
{
  VoileToken *t = tok (tokens, i);

  voile_token_lookup_context (c->text, t);
  return (t->context_flags & flag) != 0;
}

static void
judge_run (VoileNameCollector *c, GArray *tokens, guint from, guint to, NameContext context,
           LineInfo *line)
{
  guint i = from;

  while (i <= to)
    {
      VoileToken *t = tok (tokens, i);
      gint last;

      voile_token_lookup (c->text, t);
      if (is_particle (t) && !is_nameish (t))
        {
          i++;
          continue;
        }
      if ((t->context_flags & VOILE_CONTEXT_TITLE) && i < to
          && (t->shape != VOILE_SHAPE_INITIAL || t->dot_after))
        {
          context = CONTEXT_TITLE;
          i++;
          continue;
        }
      if ((t->context_flags & VOILE_CONTEXT_GREETING) && i < to
          && (t->sentence_start || context == CONTEXT_GREETING))
        {
          context = CONTEXT_GREETING;
          i++;
          continue;
        }
      if (t->context_flags & (VOILE_CONTEXT_STOP | VOILE_CONTEXT_DETERMINER))
        {
          context = (t->context_flags & VOILE_CONTEXT_DETERMINER) ? CONTEXT_DETERMINER
                                                                   : CONTEXT_NONE;
          i++;
          continue;
        }
      last = match_name (c, tokens, i, to, context, line);
      context = CONTEXT_NONE;
      i = last >= 0 ? (guint) last + 1 : i + 1;
    }
}

static void
line_info (LineInfo *info)
{
  VoileNameCollector *c = info->c;
  GArray *tokens = info->tokens;
  guint words = 0, lower = 0, caps = 0, common = 0, upper = 0;

  info->known = TRUE;
  for (guint i = 0; i < tokens->len; i++)
    {
      VoileToken *t = tok (tokens, i);
      gsize len = t->end - t->start;

      if (t->shape == VOILE_SHAPE_OTHER || len < 2)
        continue;
      words++;
      if (t->shape == VOILE_SHAPE_LOWER)
        {
          if (len >= 4)
            lower++;
          continue;
        }
      caps++;
      if (t->shape == VOILE_SHAPE_UPPER)
        upper++;
      voile_token_lookup (c->text, t);
      if (is_word_only (t))
        common++;
    }
  info->all_caps = upper >= 2 && upper == words;
  info->title_like = words >= 3 && lower == 0 && common * 2 >= caps;
}

/* Last word of a short line is a closing: "Cordialement,", "Bien à vous", "Best regards". */
static gboolean
line_is_closing (VoileNameCollector *c, GArray *tokens)
{
  if (tokens->len == 0 || tokens->len > 5)
    return FALSE;
  VoileToken *t = tok (tokens, tokens->len - 1);
  if (t->next_char != '\0' && t->next_char != ',' && t->next_char != '.'
      && t->next_char != '!')
    return FALSE;
  return lookup_context (c, tokens, tokens->len - 1, VOILE_CONTEXT_CLOSING);
}

static void
find_in_line (VoileNameCollector *c, GArray *tokens, gboolean after_closing)
{
  LineInfo info = { c, tokens, FALSE, FALSE, FALSE };

  for (guint i = 0; i < tokens->len; i++)
    {
      VoileToken *t = tok (tokens, i);
      NameContext context = CONTEXT_NONE;
      guint j;

      if (!is_candidate (t))
        continue;

      /* The run: capitalised words joined by spaces, particles inside. */
      j = i;
      while (j + 1 < tokens->len && joins_next (tok (tokens, j)))
        {
          VoileToken *next = tok (tokens, j + 1);
          if (is_candidate (next))
            j++;
          else if (j + 2 < tokens->len && joins_next (next) && is_candidate (tok (tokens, j + 2))
                   && lookup_context (c, tokens, j + 1, VOILE_CONTEXT_PARTICLE))
            j += 2;
          else
            break;
        }

      /* What comes just before the run. */
      if (i == 0 && after_closing)
        context = CONTEXT_CLOSING;
      else if (i > 0)
        {
          VoileToken *prev = tok (tokens, i - 1);
          voile_token_lookup_context (c->text, prev);
          if ((prev->context_flags & VOILE_CONTEXT_GREETING)
              && (prev->joined || prev->next_char == ',')
              && (prev->sentence_start || i == 1))
            context = CONTEXT_GREETING;
          else if ((prev->context_flags & VOILE_CONTEXT_CLOSING) && prev->next_char == ','
                   && i <= 3)
            context = CONTEXT_CLOSING;
          else if ((prev->context_flags & VOILE_CONTEXT_TITLE) && prev->joined
                   && (prev->shape != VOILE_SHAPE_INITIAL || prev->dot_after))
            context = CONTEXT_TITLE;
          else if (prev->joined && (prev->context_flags & VOILE_CONTEXT_PLACE_BEFORE))
            {
              i = j; /* "rue Victor Hugo", "lycée Jean Moulin" */
              continue;
            }
          else if (prev->joined && i >= 2 && (prev->context_flags & VOILE_CONTEXT_DETERMINER)
                   && lookup_context (c, tokens, i - 2, VOILE_CONTEXT_PLACE_BEFORE))
            {
              i = j; /* "avenue du Général…", "place de la Concorde" */
              continue;
            }
          else if (prev->joined && (prev->context_flags & VOILE_CONTEXT_DETERMINER))
            context = CONTEXT_DETERMINER;
        }
      if (t->elided)
        context = context == CONTEXT_NONE ? CONTEXT_DETERMINER : context;

      /* "… Victor Hugo Street", "Martin Consulting": a place or a company. */
      if (j + 1 < tokens->len && joins_next (tok (tokens, j))
          && lookup_context (c, tokens, j + 1, VOILE_CONTEXT_ORG_AFTER))
        {
          i = j;
          continue;
        }
      if (lookup_context (c, tokens, j, VOILE_CONTEXT_ORG_AFTER) && j > i)
        {
          i = j;
          continue;
        }

      judge_run (c, tokens, i, j, context, &info);
      i = j;
    }
}

/* End of the line starting at pos; a line longer than LINE_CHUNK_MAX is cut at a space
 * (*cut set), so the words of one line stay few. */
static gsize
next_line_end (const char *text, gsize len, gsize pos, gboolean *cut)
{
  gsize limit = len - pos > LINE_CHUNK_MAX ? pos + LINE_CHUNK_MAX : len;
  const char *nl = memchr (text + pos, '\n', limit - pos);
  gsize end;

  *cut = FALSE;
  if (nl != NULL)
    return (gsize) (nl - text);
  if (limit == len)
    return len;
  *cut = TRUE;
  for (end = limit; end > pos + 1 && text[end] != ' '; end--)
    ;
  return end > pos + 1 ? end : limit;
}

/* ---- structured values -------------------------------------------------------------- */

gboolean
voile_name_collector_add_field (VoileNameCollector *c, gsize start, gsize end,
                                VoileFieldKind kind)
{
  GArray *tokens = c->scratch;
  gboolean relaxed = (kind & VOILE_FIELD_RELAXED) != 0;
  guint first = 0, n, any_name = 0, firm_first = 0, caps = 0, unknown = 0, names_n = 0;
  gboolean lower_value = TRUE;

  kind &= VOILE_FIELD_KIND_MASK;
  /* Quotes and spaces around; then letters, spaces, hyphens, apostrophes, dots only (a
   * city may follow its postcode: "75011 Paris"). */
  while (start < end && (g_ascii_isspace (c->text[start]) || c->text[start] == '\''
                         || c->text[start] == '"'))
    start++;
  while (end > start && (g_ascii_isspace (c->text[end - 1]) || c->text[end - 1] == '\''
                         || c->text[end - 1] == '"'))
    end--;
  if (kind == VOILE_FIELD_CITY)
    while (start < end && (g_ascii_isdigit (c->text[start]) || c->text[start] == ' '))
      start++;
  if (start >= end || end - start > MAX_FIELD_LEN)
    return FALSE;
  for (gsize p = start; p < end; p++)
    {
      guchar ch = (guchar) c->text[p];
      if (ch < 0x80 && !g_ascii_isalpha (ch) && strchr (" -'.", ch) == NULL)
        return FALSE;
    }

  g_array_set_size (tokens, 0);
  voile_name_tokenize_line (c->text, start, end, TRUE, tokens);
  n = tokens->len;
  /* "M. Martin", "Mme DUPONT": the title is context. */
  while (first < n && lookup_context (c, tokens, first, VOILE_CONTEXT_TITLE) && first + 1 < n)
    first++;
  if (first >= n || n - first > NAME_WORDS_MAX + 2)
    return FALSE;

  for (guint i = first; i < n; i++)
    {
      VoileToken *t = tok (tokens, i);
      voile_token_lookup (c->text, t);
      if (t->shape == VOILE_SHAPE_OTHER || (t->context_flags & VOILE_CONTEXT_ORG_AFTER))
        return FALSE;
      if (t->shape != VOILE_SHAPE_LOWER)
        lower_value = FALSE;
    }

  if (kind == VOILE_FIELD_CITY)
    {
      VoileToken *t0 = tok (tokens, first);
      if (t0->shape != VOILE_SHAPE_CAP && t0->shape != VOILE_SHAPE_UPPER)
        return FALSE;
      voile_name_collector_add_location (c, t0->start, tok (tokens, n - 1)->end,
                                         CONFIDENCE_LOCATION);
      return TRUE;
    }

  for (guint i = first; i < n; i++)
    {
      VoileToken *t = tok (tokens, i);

      /* "de La Fontaine", "Le Breton", "van Dyke": particles anywhere but last. */
      if (is_particle (t) && i + 1 < n)
        continue;
      names_n++;
      if (t->context_flags & (VOILE_CONTEXT_STOP | VOILE_CONTEXT_GREETING))
        return FALSE;
      if (t->shape == VOILE_SHAPE_LOWER && !lower_value)
        return FALSE; /* "Service commercial" */
      if (is_word_only (t) && !(relaxed && !lower_value))
        return FALSE; /* "Clavier", "Comptabilité" */
      any_name += is_nameish (t);
      unknown += is_unknown (t);
      firm_first += (t->name_flags & VOILE_NAME_FIRST) && !(t->name_flags & VOILE_NAME_PROPER);
      caps += t->shape == VOILE_SHAPE_CAP || t->shape == VOILE_SHAPE_UPPER;
    }
  if (names_n == 0)
    return FALSE;
  /* "owner = ghazal", "marie;dupont": lower case, one word, in no word list. */
  if (lower_value
      && !(any_name == names_n || (names_n == 1 && unknown == 1 && kind != VOILE_FIELD_NAME
                                   && tok (tokens, n - 1)->end - tok (tokens, first)->start >= 3)))
    return FALSE;

  switch (kind)
    {
    case VOILE_FIELD_NAME:
      /* "name": "Marie Dupont" yes; "name": "voile", "Acme Cloud" no. */
      if (!relaxed && (caps < names_n || lower_value
                       || (firm_first == 0 && (names_n < 2 || any_name + unknown < names_n))))
        return FALSE;
      if (relaxed && any_name == 0 && caps < 2)
        return FALSE;
      break;
    case VOILE_FIELD_PERSON:
      /* "Client : Acme" is a company: a known name, or two capitalised words. */
      if (any_name == 0 && (caps < 2 || unknown < caps))
        return FALSE;
      break;
    case VOILE_FIELD_FIRST:
    case VOILE_FIELD_LAST:
    case VOILE_FIELD_CITY:
    case VOILE_FIELD_NONE:
    default:
      break;
    }

  {
    guint names[NAME_WORDS_MAX + 2];
    guint m = 0;
    for (guint i = first; i < n; i++)
      names[m++] = i;
    voile_name_collector_add_person (c, (VoileToken *) tokens->data, first, n - 1,
                                     given_index (tokens, names, m), CONFIDENCE_FIELD, kind);
  }
  return TRUE;
}

/* ---- later mentions and e-mail parts ------------------------------------------------- */

typedef struct
{
  gsize position;
  const char *key; /* the whole name this part belongs to */
} PartSource;

static void
add_part_source (GHashTable *parts, const char *part, gsize position, const char *key)
{
  GArray *sources = g_hash_table_lookup (parts, part);
  PartSource source = { position, key };

  if (sources == NULL)
    {
      sources = g_array_new (FALSE, FALSE, sizeof (PartSource));
      g_hash_table_insert (parts, (gpointer) part, sources);
    }
  g_array_append_val (sources, source);
}

/* Every word of a multi-word key is a part pointing at that key. */
static void
index_key_parts (VoileNameCollector *c, GHashTable *parts, const char *key, gsize position)
{
  const char *p = key;

  while (*p != '\0')
    {
      const char *space = strchr (p, ' ');
      gsize len = space != NULL ? (gsize) (space - p) : strlen (p);

      if (len >= 2 && !(voile_name_context_lookup (p, len)
                        & (VOILE_CONTEXT_PARTICLE | VOILE_CONTEXT_DETERMINER
                           | VOILE_CONTEXT_STOP | VOILE_CONTEXT_TITLE)))
        {
          g_autofree char *part = g_strndup (p, len);
          add_part_source (parts, g_string_chunk_insert_const (c->strings, part), position, key);
        }
      if (space == NULL)
        break;
      p = space + 1;
    }
}

/* "marie.dupont@…": marks Marie and Dupont. Only when a part is a known name and none is a
 * common word ("contact.commercial@", "no-reply@"). */
static void
index_email_parts (VoileNameCollector *c, GHashTable *parts, const VoileFinding *f)
{
  const char *local = c->text + f->start;
  const char *at = memchr (local, '@', f->end - f->start);
  gsize starts[4], lens[4];
  guint n = 0;
  gboolean any_name = FALSE;

  if (at == NULL)
    return;
  for (const char *p = local; p < at;)
    {
      const char *q = p;
      while (q < at && g_ascii_isalpha (*q))
        q++;
      if (q > p)
        {
          if (n == G_N_ELEMENTS (starts))
            return;
          starts[n] = (gsize) (p - c->text);
          lens[n] = (gsize) (q - p);
          n++;
        }
      p = q < at ? q + 1 : q;
    }
  if (n == 0 || n > 3)
    return;

  guint flags[4];
  for (guint i = 0; i < n; i++)
    {
      flags[i] = voile_name_lookup_word (c->text + starts[i], lens[i]);
      if (lens[i] < 2)
        return; /* "j.dupont@": the initial says too little */
      if ((flags[i] & VOILE_NAME_WORD) && !(flags[i] & (VOILE_NAME_FIRST | VOILE_NAME_LAST)))
        return;
      if (voile_name_context_word (c->text + starts[i], lens[i]) != 0)
        return;
      any_name |= (flags[i] & (VOILE_NAME_FIRST | VOILE_NAME_LAST)) != 0;
    }
  if (!any_name)
    return;
  if (n == 1 && ((flags[0] & (VOILE_NAME_AMBIGUOUS | VOILE_NAME_PROPER))
                 || !(flags[0] & VOILE_NAME_FIRST)))
    return; /* "marie@" yes; "contact@", "paris@" no */

  g_autoptr (GString) key = g_string_new (NULL);
  /* "dupont.marie@": given name first in the key. */
  gboolean swap = n == 2 && !(flags[0] & VOILE_NAME_FIRST) && (flags[1] & VOILE_NAME_FIRST);
  for (guint k = 0; k < n; k++)
    {
      guint i = swap ? (k + 1) % n : k;
      append_folded (key, c->text + starts[i], lens[i]);
    }
  const char *interned = g_string_chunk_insert_const (c->strings, key->str);
  if (n == 1)
    {
      add_part_source (parts, interned, f->start, interned);
      return;
    }
  index_key_parts (c, parts, interned, f->start);
}

static int
compare_mentions (gconstpointer a, gconstpointer b)
{
  const VoileNameMention *ma = a, *mb = b;

  if (ma->start != mb->start)
    return ma->start < mb->start ? -1 : 1;
  if (ma->end != mb->end)
    return ma->end > mb->end ? -1 : 1; /* longer first */
  return 0;
}

/* Sorts and drops mentions overlapping an earlier one. */
static void
sort_mentions (GArray *mentions)
{
  guint out = 0;
  gsize covered = 0;

  g_array_sort (mentions, compare_mentions);
  for (guint i = 0; i < mentions->len; i++)
    {
      VoileNameMention *m = &g_array_index (mentions, VoileNameMention, i);
      if (out > 0 && m->start < covered)
        continue;
      covered = m->end;
      g_array_index (mentions, VoileNameMention, out++) = *m;
    }
  g_array_set_size (mentions, out);
}

/* Is tokens[i] part of a company or shop name? A capitalised common word joined before or
 * after it, or an ampersand next to it. */
static gboolean
in_company_name (VoileNameCollector *c, GArray *tokens, guint i)
{
  VoileToken *t = tok (tokens, i);

  if (t->next_char == '&' || (t->start >= 2 && c->text[t->start - 2] == '&'))
    return TRUE;
  if (i > 0 && tok (tokens, i - 1)->joined)
    {
      VoileToken *prev = tok (tokens, i - 1);
      voile_token_lookup (c->text, prev);
      if ((prev->shape == VOILE_SHAPE_CAP || prev->shape == VOILE_SHAPE_UPPER)
          && is_word_only (prev) && !(prev->context_flags & VOILE_CONTEXT_TITLE)
          && !prev->sentence_start)
        return TRUE;
    }
  if (i + 1 < tokens->len && t->joined)
    {
      VoileToken *next = tok (tokens, i + 1);
      voile_token_lookup (c->text, next);
      if ((next->shape == VOILE_SHAPE_CAP || next->shape == VOILE_SHAPE_UPPER)
          && !is_nameish (next) && !(next->context_flags & VOILE_CONTEXT_STOP))
        return TRUE;
      if (next->context_flags & VOILE_CONTEXT_ORG_AFTER)
        return TRUE;
    }
  return FALSE;
}

/* Second pass: capitalised words equal to a part of a found name, anywhere. */
static void
find_later_mentions (VoileNameCollector *c, GHashTable *parts)
{
  g_autoptr (GArray) tokens = g_array_new (FALSE, FALSE, sizeof (VoileToken));
  g_autoptr (GArray) found = g_array_new (FALSE, FALSE, sizeof (VoileNameMention));
  guint cursor = 0;
  gsize pos = 0;

  while (pos < c->len)
    {
      gboolean cut = FALSE;
      gsize line_end = next_line_end (c->text, c->len, pos, &cut);
      g_array_set_size (tokens, 0);
      voile_name_tokenize_line (c->text, pos, line_end, TRUE, tokens);
      for (guint i = 0; i < tokens->len; i++)
        {
          VoileToken *t = tok (tokens, i);
          char key[VOILE_NAME_KEY_MAX + 1];
          gsize key_len;

          if (t->shape != VOILE_SHAPE_CAP && t->shape != VOILE_SHAPE_UPPER
              && t->shape != VOILE_SHAPE_LOWER)
            continue;
          if (t->end - t->start < 2)
            continue;
          if (!voile_name_fold (c->text + t->start, t->end - t->start, key, &key_len))
            continue;
          key[key_len] = '\0';
          if (!g_hash_table_contains (parts, key))
            continue;
          if (t->shape == VOILE_SHAPE_LOWER)
            {
              /* "merci marie": only firm names written exactly ("rose" is a flower). */
              guint flags = voile_name_lexicon_lookup (key, key_len);
              if (key_len < 4 || (flags & (VOILE_NAME_AMBIGUOUS | VOILE_NAME_WORD))
                  || memcmp (key, c->text + t->start, key_len) != 0
                  || t->end - t->start != key_len)
                continue;
            }
          /* "Cabinet Roche", "Fairweather Joinery Ltd", "Calloway & Finch": a company. */
          if (in_company_name (c, tokens, i))
            continue;
          /* Skip words already inside a mention. */
          while (cursor < c->mentions->len
                 && g_array_index (c->mentions, VoileNameMention, cursor).end <= t->start)
            cursor++;
          if (cursor < c->mentions->len
              && g_array_index (c->mentions, VoileNameMention, cursor).start < t->end)
            continue;
          if (voile_name_collector_blocked (c, t->start, t->end))
            continue;

          VoileNameMention m = { 0 };
          m.start = t->start;
          m.end = t->end;
          m.type = VOILE_TYPE_PERSON;
          m.confidence = CONFIDENCE_LATER;
          m.key = g_string_chunk_insert_const (c->strings, key);
          g_array_append_val (found, m);
        }
      pos = cut ? line_end : line_end + 1;
    }
  g_array_append_vals (c->mentions, found->data, found->len);
}

/* The whole name a one-word mention belongs to: the latest one before it, else the first. */
static const char *
resolve_key (GHashTable *parts, const VoileNameMention *m)
{
  GArray *sources;
  const PartSource *best = NULL;

  if (strchr (m->key, ' ') != NULL)
    return m->key;
  sources = g_hash_table_lookup (parts, m->key);
  if (sources == NULL)
    return m->key;
  for (guint i = 0; i < sources->len; i++)
    {
      const PartSource *s = &g_array_index (sources, PartSource, i);
      if (strchr (s->key, ' ') == NULL)
        continue;
      if (s->position <= m->start && (best == NULL || best->position > m->start
                                      || s->position >= best->position))
        best = s;
      else if (best == NULL)
        best = s;
    }
  return best != NULL ? best->key : m->key;
}

static void
emit_findings (VoileNameCollector *c, GHashTable *parts)
{
  g_autoptr (GHashTable) entities = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      VoileFinding f = { 0 };

      f.type = m->type;
      f.start = m->start;
      f.end = m->end;
      f.confidence = m->confidence;
      if (m->type == VOILE_TYPE_PERSON)
        {
          const char *key = resolve_key (parts, m);
          gpointer index;

          if (!g_hash_table_lookup_extended (entities, key, NULL, &index))
            {
              g_ptr_array_add (c->result->entities, g_strdup (key));
              index = GUINT_TO_POINTER (c->result->entities->len);
              g_hash_table_insert (entities, (gpointer) key, index);
            }
          f.entity = GPOINTER_TO_UINT (index);
        }
      g_array_append_val (c->result->findings, f);
    }
}

/* ---- entry point -------------------------------------------------------------------- */

/* Found by the lists alone, with no context word: "Marie Dupont", "Sophie". */
static inline gboolean
is_bare (const VoileNameMention *m)
{
  return m->type == VOILE_TYPE_PERSON
         && (m->confidence == CONFIDENCE_PAIR || m->confidence == CONFIDENCE_SINGLE
             || m->confidence == CONFIDENCE_INITIAL);
}

/* Names found by the lists alone count only in a text that is about someone: one with a
 * contact detail, an identifier, a greeting, a title or a structured field, or a short
 * snippet (a sentence or two says nothing either way, and a missed name costs more). A
 * literature essay, a cocktail menu or a book list mentions people who are not the user's
 * contacts ("Victor Hugo", "Tom Collins", "George Orwell"). */
static void
drop_bare_without_context (VoileNameCollector *c, guint words)
{
  gboolean context = FALSE;
  guint out = 0;

  for (guint i = 0; i < c->result->findings->len && !context; i++)
    {
      const VoileFinding *f = &g_array_index (c->result->findings, VoileFinding, i);
      context = !voile_type_is_quasi_identifier (f->type);
    }
  for (guint i = 0; i < c->mentions->len && !context; i++)
    context = !is_bare (&g_array_index (c->mentions, VoileNameMention, i));
  if (context)
    return;
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      /* A lone first name needs context even in a snippet ("London", "Sophie"). */
      if (!is_bare (m) || (words < PROSE_MIN_WORDS && m->confidence != CONFIDENCE_SINGLE))
        g_array_index (c->mentions, VoileNameMention, out++) = *m;
    }
  g_array_set_size (c->mentions, out);
}

static gboolean
ends_sentence (const char *text, gsize line_start, gsize line_end)
{
  while (line_end > line_start && g_ascii_isspace (text[line_end - 1]))
    line_end--;
  if (line_end == line_start)
    return TRUE;
  return strchr (".!?:;", text[line_end - 1]) != NULL;
}

void
voile_name_finder_find (const VoileNameFinder *finder, const char *text, gsize len,
                        guint32 type_mask, VoileScanResult *result)
{
  g_autoptr (GArray) tokens = NULL;
  g_autoptr (GHashTable) parts = NULL;
  g_autoptr (VoileFieldState) fields = NULL;
  VoileNameCollector c = { 0 };
  gboolean after_sentence = TRUE, after_closing = FALSE;
  guint words = 0;
  gsize pos = 0;

  type_mask &= VOILE_TYPE_BIT (VOILE_TYPE_PERSON) | VOILE_TYPE_BIT (VOILE_TYPE_LOCATION);
  if (text == NULL || len == 0 || type_mask == 0)
    return;

  c.text = text;
  c.len = len;
  c.type_mask = type_mask;
  c.result = result;
  c.mentions = g_array_new (FALSE, FALSE, sizeof (VoileNameMention));
  c.strings = g_string_chunk_new (4096);
  c.scratch = g_array_new (FALSE, FALSE, sizeof (VoileToken));
  tokens = g_array_new (FALSE, FALSE, sizeof (VoileToken));
  fields = voile_field_state_new ();

  while (pos < len)
    {
      gboolean cut = FALSE;
      gsize line_end = next_line_end (text, len, pos, &cut);

      g_array_set_size (tokens, 0);
      voile_name_tokenize_line (text, pos, line_end, after_sentence, tokens);
      voile_name_find_fields (&c, fields, pos, line_end);
      words += tokens->len;
      if (tokens->len > 0)
        {
          find_in_line (&c, tokens, after_closing);
          after_closing = line_is_closing (&c, tokens);
        }
      after_sentence = ends_sentence (text, pos, line_end);
      pos = cut ? line_end : line_end + 1;
    }
  voile_name_find_fields (&c, fields, len, len); /* ends an open record */

  /* Later mentions and entities. */
  parts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_array_unref);
  sort_mentions (c.mentions);
  drop_bare_without_context (&c, words);
  for (guint i = 0; i < c.mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c.mentions, VoileNameMention, i);
      if (m->type != VOILE_TYPE_PERSON)
        continue;
      if (strchr (m->key, ' ') != NULL)
        index_key_parts (&c, parts, m->key, m->start);
      else
        add_part_source (parts, m->key, m->start, m->key);
    }
  if (type_mask & VOILE_TYPE_BIT (VOILE_TYPE_PERSON))
    for (guint i = 0; i < result->findings->len; i++)
      {
        const VoileFinding *f = &g_array_index (result->findings, VoileFinding, i);
        if (f->type == VOILE_TYPE_EMAIL)
          index_email_parts (&c, parts, f);
      }
  if (g_hash_table_size (parts) > 0)
    {
      find_later_mentions (&c, parts);
      sort_mentions (c.mentions);
    }
  emit_findings (&c, parts);

  g_array_unref (c.mentions);
  g_array_unref (c.scratch);
  g_string_chunk_free (c.strings);
}
