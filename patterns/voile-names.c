/* voile-names.c — finds people's names (PERSON) and cities (LOCATION) in text.
 *
 * One pass over the lines of the text: each line is split into words (voile-name-tokens.c)
 * and given to the structured-text rules (voile-name-fields.c); here, runs of capitalised
 * words are judged by their context (a title, a greeting, a closing line, a chat header, a
 * list of people) or by the name lists (a first name followed by a surname…). Then
 * voile-name-entities.c marks the later mentions and groups mentions into entities.
 */
#include "config.h"

#include "voile-names.h"
#include "voile-ascii.h"
#include "voile-name-lexicon.h"
#include "voile-name-private.h"
#include "voile-name-candidates.h"
#include "voile-name-inverted.h"
#include "voile-name-rota.h"

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Longer lines are cut (at a space) so that the words of one line stay few. */
#define LINE_CHUNK_MAX 16384

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
  CONTEXT_KIN,   /* "sa sœur Bérénice", "my partner Fraser" */
  CONTEXT_REACH, /* "vu avec Jean-Luc", "merci à Inès", "call Priya": a word of contact */
  CONTEXT_PAYEE, /* "VIR SEPA KERBRAT GWENOLA": a bank line's code, then who paid or is paid */
} NameContext;

/* What the whole line looks like: computed the first time a rule asks. */
typedef struct
{
  VoileNameCollector *c;
  GArray *tokens;
  gboolean known;
  gboolean title_like; /* "Rapport Annuel Sur La Gestion": most words capitalised */
  gboolean all_caps;   /* "MERCI DE RAPPELER": no lower-case word */
  gint variety;        /* -1 unknown; names a plant or potato variety ("Charlotte potatoes") */
} LineInfo;

/* Does the line name a plant, fruit or grape variety? Asked only once a name was found
 * with no context, so the context lookup of every word is rare. */
/* "Kevin Marques a appelé": a variety word that is a surname too ("Marques"), capitalised
 * right after a given name, is that person's surname and says nothing of the line. */
static gboolean
variety_word_is_surname (LineInfo *line, guint i)
{
  const char *text = line->c->text;
  VoileToken *t = tok (line->tokens, i), *before = i > 0 ? tok (line->tokens, i - 1) : NULL;
  if (before == NULL || !before->joined || t->shape != VOILE_SHAPE_CAP
      || before->shape != VOILE_SHAPE_CAP)
    return FALSE;
  voile_token_lookup (text, t);
  voile_token_lookup (text, before);
  return (t->name_flags & VOILE_NAME_LAST) && (before->name_flags & VOILE_NAME_FIRST)
         && !(before->name_flags & (VOILE_NAME_WORD | VOILE_NAME_AMBIGUOUS));
}

static gboolean
line_names_variety (LineInfo *line)
{
  if (line->variety < 0)
    {
      line->variety = 0;
      for (guint i = 0; i < line->tokens->len && !line->variety; i++)
        line->variety
            = voile_name_token_has_context (line->c->text, line->tokens, i, VOILE_CONTEXT_VARIETY)
              && !variety_word_is_surname (line, i);
    }
  return line->variety;
}

static void
line_info (LineInfo *info);

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

/* ---- prose rules -------------------------------------------------------------------- */

/* Names (not particles) of the run tokens[from..to], stopping at a breaker; at most
 * NAME_WORDS_MAX. Returns the count, indices in names[]. */
static guint
collect_names (VoileNameCollector *c, GArray *tokens, guint from, guint to, guint *names,
               gboolean lead_particle)
{
  guint n = 0;
  VoileToken *words = (VoileToken *)(gpointer)tokens->data; /* read once (see below) */

  for (guint i = from; i <= to && n < NAME_WORDS_MAX; i++)
    {
      VoileToken *t = &words[i];

      voile_token_lookup (c->text, t);
      if (is_particle (t) && n > 0 && i < to)
        continue;
      if (is_breaker (t) || (is_particle (t) && n == 0 && !lead_particle))
        break;
      names[n++] = i;
    }
  return n;
}

/* "George VI", "Louis XIV", "Henri IV": capitals of a Roman numeral right after a
 * capitalised word. */
static gboolean
regnal_number (const char *text, GArray *tokens, guint i)
{
  const VoileToken *t = tok (tokens, i);

  if (i == 0 || t->end - t->start < 2 || t->end - t->start > 5)
    return FALSE;
  for (gsize k = t->start; k < t->end; k++)
    if (text[k] != 'I' && text[k] != 'V' && text[k] != 'X')
      return FALSE;
  return tok (tokens, i - 1)->shape == VOILE_SHAPE_CAP && tok (tokens, i - 1)->joined;
}

/* A surname that is no given name and no word: "Fatou", "Wojcik". */
static inline gboolean
is_surname_only (const VoileToken *t)
{
  return is_firm_last (t) && !(t->name_flags & (VOILE_NAME_FIRST | VOILE_NAME_WORD));
}

/* A word in no list that is a brand or place more than a name: "Robotics", "Midtown",
 * "Distrib'Ouest", "Infotech", "Bricoville" (word endings, an inner apostrophe). */
static gboolean
coined_word (const char *text, const VoileToken *t)
{
  gsize n = t->end - t->start;

  if (memchr (text + t->start, '\'', n) != NULL || memchr (text + t->start, '-', n) != NULL)
    return TRUE;
  if (voile_name_has_brand_ending (text + t->start, n))
    return TRUE;
  /* "Templates", "Boxes": the plural of a word the lists know. */
  if (n > 3 && text[t->end - 1] == 's'
      && ((voile_name_lookup_word (text + t->start, n - 1) & VOILE_NAME_WORD)
          || (text[t->end - 2] == 'e'
              && (voile_name_lookup_word (text + t->start, n - 2) & VOILE_NAME_WORD))))
    return TRUE;
  return FALSE;
}

/* "on Debian Alioth", "in Atlanta Midtown", "la Kouign Amann": a preposition of place or an
 * article before capitalised words in no list says they are a place or a thing. */
static gboolean
after_place_word (VoileNameCollector *c, GArray *tokens, guint i)
{
  static const char *const words[] = { "on", "in", "at", "sur", "dans", "of", "via", NULL };
  if (i == 0 || tok (tokens, i - 1)->shape != VOILE_SHAPE_LOWER || !tok (tokens, i - 1)->joined)
    return FALSE;
  const VoileToken *p = tok (tokens, i - 1);
  for (const char *const *w = words; *w != NULL; w++)
    if (p->end - p->start == strlen (*w) && memcmp (c->text + p->start, *w, strlen (*w)) == 0)
      return TRUE;
  return voile_name_token_has_context (c->text, tokens, i - 1, VOILE_CONTEXT_DETERMINER);
}

/* "Nonemployee Comp", "Multistate Filing": a word in no list made of a prefix and a common
 * word is a compound (a column header, a form's box), no given name in no list. */
static gboolean
prefixed_word (VoileNameCollector *c, const VoileToken *t)
{
  static const char *const prefixes[]
      = { "non", "anti", "multi", "inter", "over", "under", "sub", "pre", "post", "semi", NULL };
  const char *word = c->text + t->start;
  gsize len = t->end - t->start;

  for (const char *const *p = prefixes; *p != NULL; p++)
    {
      gsize n = strlen (*p);
      /* The rest is a word of five letters or more ("Nonemployee": "employee"). */
      if (len >= n + 5 && voile_ascii_strncasecmp (word, *p, n) == 0
          && (voile_name_lookup_word (word + n, len - n) & VOILE_NAME_WORD))
        return TRUE;
    }
  return FALSE;
}

/* "in person, Santa Ana office", "Arts Nova Scotia grant": two capitalised words that name
 * a place together (data/names/places.txt) are no given name and surname without a title
 * or a greeting. Folds both words only for a pair already taken as a person. */
static gboolean
place_pair (VoileNameCollector *c, const VoileToken *t0, const VoileToken *t1)
{
  char key[2 * VOILE_NAME_KEY_MAX + 1];
  gsize len0, len1;

  if (!voile_name_fold (c->text + t0->start, t0->end - t0->start, key, &len0)
      || !voile_name_fold (c->text + t1->start, t1->end - t1->start, key + len0 + 1, &len1))
    return FALSE;
  key[len0] = ' ';
  return (voile_name_lexicon_lookup (key, len0 + 1 + len1) & VOILE_NAME_PLACE_PAIR) != 0;
}

/* "San Antonio", "Jebel Ali": is the capitalised word right before token i the first word of a
 * place whose second word is token i? The second word alone is then no given name. */
static gboolean
after_place_pair_word (VoileNameCollector *c, GArray *tokens, guint i)
{
  if (i == 0)
    return FALSE;
  const VoileToken *before = tok (tokens, i - 1), *t = tok (tokens, i);
  return before->end + 1 == t->start && c->text[before->end] == ' '
         && (before->shape == VOILE_SHAPE_CAP || before->shape == VOILE_SHAPE_UPPER)
         && place_pair (c, before, t);
}

/* "M. R. D. Foot": an initial before two more is one of a chain of initials, no title. */
static gboolean
initials_chain (GArray *tokens, guint i, guint to)
{
  return tok (tokens, i)->shape == VOILE_SHAPE_INITIAL && i + 2 <= to
         && tok (tokens, i + 1)->shape == VOILE_SHAPE_INITIAL && tok (tokens, i + 1)->dot_after
         && tok (tokens, i + 2)->shape == VOILE_SHAPE_INITIAL && tok (tokens, i + 2)->dot_after;
}

/* "1.2 m. Bare-root", "200 ms": a lower-case title word after a number is a unit ("10h30
 * M. Durand" in an agenda is a title). */
static gboolean
after_number (VoileNameCollector *c, const VoileToken *t)
{
  gsize p = t->start;

  if (t->shape != VOILE_SHAPE_LOWER)
    return FALSE;
  while (p > 0 && c->text[p - 1] == ' ')
    p--;
  return p > 0 && p < t->start && g_ascii_isdigit (c->text[p - 1]);
}

/* Is the run first..last alone between single quotes, an opening one after a space, a
 * parenthesis or the line's start ("rosier 'Pierre de Ronsard',", "‘Claire Austin’")? */
static gboolean
in_single_quotes (VoileNameCollector *c, const VoileToken *first, const VoileToken *last)
{
  const char *text = c->text;
  gsize open, close = last->end;

  if (first->start >= 1 && text[first->start - 1] == '\'')
    open = first->start - 1;
  else if (first->start >= 3 && memcmp (text + first->start - 3, "\xe2\x80\x98", 3) == 0)
    open = first->start - 3;
  else
    return FALSE;
  if (open > 0 && text[open - 1] != ' ' && text[open - 1] != '\t' && text[open - 1] != '\n'
      && text[open - 1] != '(')
    return FALSE;
  return close < c->len
         && (text[close] == '\''
             || (close + 3 <= c->len && memcmp (text + close, "\xe2\x80\x99", 3) == 0));
}

/* Does t open a cell of a delimited line ("…,Early Bird,18.00", "\tVIP Pass")? Its first
 * word starts the value as a sentence's does (a comma of prose is followed by a space). */
static gboolean
starts_cell (VoileNameCollector *c, const VoileToken *t)
{
  gsize p = t->start;

  if (p > 0 && c->text[p - 1] == '"')
    p--;
  if (p > 0 && c->text[p - 1] == ',')
    return TRUE;
  while (p > 0 && c->text[p - 1] == ' ')
    p--;
  if (p == 0 || c->text[p - 1] == '\n')
    {
      /* The first cell of a tab- or semicolon-separated row ("Early Bird\t3"). */
      for (gsize q = t->end; q < c->len && c->text[q] != '\n'; q++)
        if (c->text[q] == '\t' || c->text[q] == ';')
          return TRUE;
      return FALSE;
    }
  return memchr (";\t|", c->text[p - 1], 3) != NULL;
}

/* "M. Le Goff", "Mme De Smet", "M. Van Damme", "Dr El Idrissi": after a title, a capitalised
 * particle followed by a capitalised word begins the surname ("Monsieur le Maire", in lower
 * case, is a form of address). */
static gboolean
title_particle (GArray *tokens, guint i, guint to)
{
  const VoileToken *t = tok (tokens, i);
  const VoileToken *next;

  /* "Mr Ó Briain": the one-letter "Ó" is a particle (the plain "O" is none); "Mrs ap
   * Dafydd": a patronym is one in lower case too. */
  if (i >= to || !is_particle (t) || !joins_next (t) || t->dot_after || t->elided
      || (t->shape != VOILE_SHAPE_CAP && t->shape != VOILE_SHAPE_UPPER
          && t->shape != VOILE_SHAPE_INITIAL
          && !(t->shape == VOILE_SHAPE_LOWER && (t->context_flags & VOILE_CONTEXT_PATRONYM))))
    return FALSE;
  next = tok (tokens, i + 1);
  return (next->shape == VOILE_SHAPE_CAP || next->shape == VOILE_SHAPE_UPPER)
         && next->end - next->start >= 2;
}

/* "La Rochelle", "Le Mans": a capitalised article before tokens[i] makes a place. */
static gboolean
after_capital_article (VoileNameCollector *c, GArray *tokens, guint i)
{
  return i > 0 && joins_next (tok (tokens, i - 1)) && tok (tokens, i - 1)->shape == VOILE_SHAPE_CAP
         && voile_name_token_has_context (c->text, tokens, i - 1, VOILE_CONTEXT_DETERMINER);
}

/* "Dear Ifeoluwa," / "Bonjour Maëlle" on a line of their own: a letter to someone, which
 * makes the whole text about people (a novel's dialogue greets someone mid-line). */
/* Up to this many words label a reply before its greeting ("Réponse : Bonjour Émilie,",
 * "Owner's reply: Hi Tom,"). */
#define REPLY_LABEL_WORDS_MAX 3

/* Do the tokens before tokens[greeting] only label what follows: a few words, then a colon
 * and the greeting ("Réponse : Bonjour …")? */
static gboolean
reply_label_before (VoileNameCollector *c, GArray *tokens, guint greeting)
{
  if (greeting == 0 || greeting > REPLY_LABEL_WORDS_MAX)
    return FALSE;
  gsize colon = tok (tokens, greeting - 1)->end, g = tok (tokens, greeting)->start;
  while (colon < g && c->text[colon] == ' ')
    colon++;
  if (colon >= g || c->text[colon] != ':')
    return FALSE;
  for (gsize k = colon + 1; k < g; k++)
    if (c->text[k] != ' ')
      return FALSE;
  for (guint i = 0; i + 1 < greeting; i++)
    if (tok (tokens, i)->next_char != ' ' && tok (tokens, i)->next_char != '\'')
      return FALSE;
  return TRUE;
}

static gboolean
opens_letter (VoileNameCollector *c, GArray *tokens, guint first, guint last)
{
  const VoileToken *end = tok (tokens, last);

  return first >= 1
         && voile_name_token_has_context (c->text, tokens, first - 1, VOILE_CONTEXT_GREETING)
         && (first == 1 || reply_label_before (c, tokens, first - 1))
         && (last + 1 == tokens->len || end->next_char == ',' || end->next_char == '\0');
}

/* The bank-statement class of an all-caps word ("VIR", "PRLV", "SEPA": a transfer; "CB",
 * "CARTE": a card payment), read from the context words; two-byte ones from the short
 * words, which are kept in lower case. */
static guint32
bank_code (VoileNameCollector *c, const VoileToken *t)
{
  if (t->end - t->start == 2)
    {
      char lower[2]
          = { g_ascii_tolower (c->text[t->start]), g_ascii_tolower (c->text[t->start + 1]) };
      return voile_name_short_word (lower) & (VOILE_CONTEXT_PAYEE | VOILE_CONTEXT_MERCHANT);
    }
  return t->context_flags & (VOILE_CONTEXT_PAYEE | VOILE_CONTEXT_MERCHANT);
}

/* The bank codes opening the run tokens[*i..j] ("VIR SEPA", "PRLV", "CB"): their classes;
 * *i moves past them. */
static guint32
bank_codes (VoileNameCollector *c, GArray *tokens, guint *i, guint j)
{
  guint32 codes = 0, code;

  while (*i < j)
    {
      VoileToken *t = tok (tokens, *i);
      voile_token_lookup_context (c->text, t);
      if ((code = bank_code (c, t)) == 0)
        break;
      codes |= code;
      (*i)++;
    }
  return codes;
}

/* Is tokens[i] a given name that is also a stop word (a month: "Mai", "June"), before a
 * surname that is nothing else, both capitalised? */
static gboolean
month_given_name (VoileNameCollector *c, GArray *tokens, guint i, guint to)
{
  VoileToken *t = tok (tokens, i), *next;

  gsize p = t->start;

  if (i >= to || t->shape != VOILE_SHAPE_CAP || !(t->name_flags & VOILE_NAME_FIRST)
      || !joins_next (t))
    return FALSE;
  while (p > 0 && c->text[p - 1] == ' ')
    p--;
  if (p > 0 && g_ascii_isdigit (c->text[p - 1]))
    return FALSE; /* "le 3 Mai Dupont…": a date */
  next = tok (tokens, i + 1);
  voile_token_lookup (c->text, next);
  return next->shape == VOILE_SHAPE_CAP && is_firm_last (next)
         && !(next->name_flags & VOILE_NAME_FIRST) && next->context_flags == 0;
}

/* One or two initials on a bank statement ("J", "MJ"): capitals without a vowel. */
static gboolean
bank_initials (VoileNameCollector *c, const VoileToken *t)
{
  return t->shape == VOILE_SHAPE_INITIAL
         || (t->shape == VOILE_SHAPE_UPPER && t->end - t->start == 2 && !has_vowel (c->text, t));
}

/* A surname in capitals beside a bank statement's initials: in a surname list or in none,
 * never a word ("GROUP", "RENT") nor a coined brand ("TELECOMS"). */
static gboolean
bank_surname (VoileNameCollector *c, const VoileToken *t)
{
  return t->shape == VOILE_SHAPE_UPPER && t->end - t->start >= 3 && has_vowel (c->text, t)
         && !(t->name_flags & (VOILE_NAME_WORD | VOILE_NAME_PROPER))
         && (is_firm_last (t) || is_unknown (t)) && !coined_word (c->text, t);
}

/* Does a comma list's item holding a firm's word come just before tokens[i] ("Hemi Walker,
 * Walker & Tane Accountants, Hamilton", "Harbor Savings Bank N.A., New York")? What follows a
 * firm in a list is where it is, not one more person. */
static gboolean
after_firm_item (VoileNameCollector *c, GArray *tokens, guint i)
{
  gsize p = tok (tokens, i)->start;

  while (p > 0 && c->text[p - 1] == ' ')
    p--;
  if (p == 0 || c->text[p - 1] != ',' || i == 0)
    return FALSE;
  /* The place ends the list: "…Energy, Callum speaking" names who answers. */
  gsize e = tok (tokens, i)->end;
  while (e < c->len && (c->text[e] == ' ' || g_ascii_isalpha (c->text[e])))
    {
      if (c->text[e] == ' ' && e + 1 < c->len && g_ascii_islower (c->text[e + 1]))
        return FALSE;
      e++;
    }
  /* The item's last word, past a legal form's initials ("Bank N.A."). */
  guint k = i - 1;
  while (k > 0 && tok (tokens, k)->shape == VOILE_SHAPE_INITIAL)
    k--;
  VoileToken *w = tok (tokens, k);
  voile_token_lookup_context (c->text, w);
  return w->shape != VOILE_SHAPE_LOWER && voile_name_token_is_org_word (c->text, tokens, k);
}

/* Does a bank statement's code of the class `code` come just before tokens[i], with at most
 * a card or transfer number or a date between? VOILE_CONTEXT_MERCHANT: a card payment ("CARTE
 * X1234 LEROY MERLIN", "CB*1234 LEROY MERLIN"); VOILE_CONTEXT_PAYEE: a transfer ("VIR INST
 * RECU 0423 POPA ANA MARIA"). */
static gboolean
after_bank_code (VoileNameCollector *c, GArray *tokens, guint i, guint code)
{
  for (guint back = 1; back <= 2 && back <= i; back++)
    {
      VoileToken *t = tok (tokens, i - back);
      /* "CB", "CARTE": card codes are short */
      if (t->shape == VOILE_SHAPE_UPPER
          && (code != VOILE_CONTEXT_MERCHANT || t->end - t->start <= 5))
        {
          voile_token_lookup_context (c->text, t);
          return (bank_code (c, t) & code) != 0;
        }
      if (t->shape != VOILE_SHAPE_OTHER)
        return FALSE;
    }
  return FALSE;
}

/* Does a comma and the end of the line follow t ("Bonjour Jordan,\n")? A greeting line of
 * its own addresses a person, not a place. */
static gboolean
vocative_line_end (VoileNameCollector *c, const VoileToken *t)
{
  gsize p = t->end;

  if (p >= c->len || c->text[p] != ',')
    return FALSE;
  for (p++; p < c->len && (c->text[p] == ' ' || c->text[p] == '\r'); p++)
    ;
  return p >= c->len || c->text[p] == '\n';
}

/* Is tokens[i] a capitalised word addressed by a comma and a word of address ("Kwame, can
 * you…", "Wojtek, please…", "Inès, tu peux…")? */
static gboolean
capital_vocative (VoileNameCollector *c, GArray *tokens, guint i)
{
  VoileToken *t = tok (tokens, i), *next;

  if (t->shape != VOILE_SHAPE_CAP || t->next_char != ',' || i + 1 >= tokens->len)
    return FALSE;
  voile_token_lookup (c->text, t);
  if ((t->name_flags & (VOILE_NAME_WORD | VOILE_NAME_AMBIGUOUS)) && !is_firm_first (t))
    return FALSE; /* "Guys, can you…", "Folks, please…" */
  next = tok (tokens, i + 1);
  if (next->shape != VOILE_SHAPE_LOWER || next->end - next->start < 2
      || next->end - next->start > 8)
    return FALSE;
  if (next->end - next->start == 2)
    return (voile_name_short_word (c->text + next->start) & VOILE_CONTEXT_ADDRESS) != 0;
  voile_token_lookup_context (c->text, next);
  return (next->context_flags & VOILE_CONTEXT_ADDRESS) != 0;
}

/* Does a code or social host end at text[slash] ("github.com/", "gitlab.com/")? Its first
 * path segment is an account, as a CV's header writes it. */
static gboolean
after_profile_host (const char *text, gsize slash)
{
  static const char *const hosts[]
      = { "github.com",    "gitlab.com",   "codeberg.org", "bitbucket.org", "twitter.com", "x.com",
          "instagram.com", "facebook.com", "behance.net",  "dribbble.com",  NULL };

  /* Most slashes follow no ".com", ".org" or ".net": told by one byte. */
  if (slash < 5 || text[slash - 4] != '.')
    return FALSE;
  for (guint i = 0; hosts[i] != NULL; i++)
    {
      gsize n = strlen (hosts[i]);
      if (slash >= n && memcmp (text + slash - n, hosts[i], n) == 0
          && (slash == n || text[slash - n - 1] == '/' || text[slash - n - 1] == '.'
              || text[slash - n - 1] == ' ' || text[slash - n - 1] == '\n'))
        return TRUE;
    }
  return FALSE;
}

static gboolean
word_is (VoileNameCollector *c, const VoileToken *t, const char *word, gsize len);

/* Do "du"/"de l'"/"from" and a team of a firm follow tokens[j] ("Maxime du support",
 * "Jade from accounts", "Inès de la compta")? A given name so placed is a person. */
static gboolean
of_a_team (VoileNameCollector *c, GArray *tokens, guint j)
{
  static const char *const teams[]
      = { "support",   "service",  "accueil",  "compta",  "comptabilite", "secretariat",
          "sav",       "standard", "accounts", "billing", "facturation",  "helpdesk",
          "reception", "payroll",  "paie",     NULL };
  VoileToken *of = tok (tokens, j + 1), *team = tok (tokens, j + 2);
  char key[VOILE_NAME_KEY_MAX];
  gsize key_len;
  guint k = j + 2;

  if (!tok (tokens, j)->joined || !of->joined || of->shape != VOILE_SHAPE_LOWER)
    return FALSE;
  if (!word_is (c, of, "du", 2) && !word_is (c, of, "from", 4))
    {
      /* "de la compta", "de l'accueil" */
      if (!word_is (c, of, "de", 2) || k + 1 >= tokens->len)
        return FALSE;
      if (word_is (c, team, "la", 2) && team->joined)
        team = tok (tokens, ++k);
      else if (!team->elided)
        return FALSE;
    }
  if (team->shape != VOILE_SHAPE_LOWER || team->end - team->start > 14
      || !voile_name_fold (c->text + team->start, team->end - team->start, key, &key_len))
    return FALSE;
  for (guint i = 0; teams[i] != NULL; i++)
    if (strlen (teams[i]) == key_len && memcmp (teams[i], key, key_len) == 0)
      return TRUE;
  return FALSE;
}

/* Is the initial t ("T.") the whole of its line, its dot included? */
static gboolean
initial_alone_on_line (VoileNameCollector *c, const VoileToken *t)
{
  gsize p = t->end;

  if (t->start > 0 && c->text[t->start - 1] != '\n')
    return FALSE;
  if (p >= c->len || c->text[p] != '.')
    return FALSE;
  for (p++; p < c->len && (c->text[p] == ' ' || c->text[p] == '\r'); p++)
    ;
  return p >= c->len || c->text[p] == '\n';
}

/* Tries a name starting at tokens[from] (the run ends at to). Returns the index of its last
 * word, or -1. */
/* Words a greeting addresses to a group, some of them surnames too ("Hi All,", "Hello
 * Friends,", "Hi Both,", "Hello World", "Salut les Amis"). */
static gboolean
greets_audience (const char *text, const VoileToken *t)
{
  static const char *const audience[]
      = { "all",       "amis",     "amies",   "both",      "colleagues", "copains", "darling",
          "everybody", "everyone", "folks",   "friend",    "friends",    "gang",    "guys",
          "ladies",    "mates",    "members", "neighbors", "neighbours", "parents", "people",
          "sunshine",  "tous",     "toutes",  "world",     NULL };
  return voile_ascii_word_in (text + t->start, t->end - t->start, audience);
}

/* Words of endearment or address said where a name could go ("hello love", "thanks hun",
 * "Hi Ma'am Kristina", "ok bhai", "merci ma belle"): some are given names too. */
static gboolean
is_endearment (const char *w, gsize n)
{
  static const char *const words[]
      = { "love", "luv",  "dear",  "darling", "honey", "hun",   "babe",   "sweetie", "sweetheart",
          "mate", "pal",  "buddy", "bro",     "sis",   "bhai",  "bhaiya", "apa",     "didi",
          "baji", "boss", "chief", "ma'am",   "maam",  "madam", NULL };
  return voile_ascii_word_in (w, n, words);
}

static gint
match_name (VoileNameCollector *c, GArray *tokens, guint from, guint to, NameContext context,
            LineInfo *line)
{
  guint names_buf[NAME_WORDS_MAX], *names = names_buf;
  gboolean lead
      = (context == CONTEXT_TITLE || context == CONTEXT_PAYEE) && title_particle (tokens, from, to);
  guint n = collect_names (c, tokens, from, to, names, lead);
  VoileToken *t0, *t1;
  guint k;

  if (n == 0)
    return -1;
  t0 = tok (tokens, names[0]);
  t1 = n >= 2 ? tok (tokens, names[1]) : NULL;

  if (context == CONTEXT_TITLE)
    {
      /* "Mme Leroux", "Dr Petit", "M. DUPONT Jean": anything that is not a common word. */
      for (k = lead ? 1 : 0; k < n; k++)
        {
          VoileToken *t = tok (tokens, names[k]);
          /* "M. Bastien Lorrain", "M. Julien Ravier": a common word is the surname after a
           * given name (one that is a word too: after a title, "Julien" is no calendar). */
          /* (session 23, g23-names) "DR CNRS", "Mr HSBC": capitals with no vowel are an
           * acronym (a body, a bank), never a surname ("Dr NG" has two letters). */
          if (t->shape == VOILE_SHAPE_UPPER && t->end - t->start >= 3 && !has_vowel (c->text, t)
              && !is_nameish (t))
            break;
          if (is_word_only (t) && t->shape != VOILE_SHAPE_INITIAL
              && !(k > 0 && t->shape == VOILE_SHAPE_UPPER)
              && !(k == 1 && t->shape == VOILE_SHAPE_CAP && (t0->name_flags & VOILE_NAME_FIRST)
                   && !(t0->name_flags & VOILE_NAME_PROPER)))
            break;
        }
      if (k == 0 || (k == 1 && (t0->shape == VOILE_SHAPE_INITIAL || lead)))
        return -1; /* "Mme La Directrice": the particle alone is no name */
      voile_name_collector_add_person (c, (VoileToken *)tokens->data, names[0], names[k - 1],
                                       voile_name_given_index (tokens, names, k),
                                       CONFIDENCE_CONTEXT, VOILE_FIELD_NONE);
      return (gint)names[k - 1];
    }

  if (context == CONTEXT_KIN)
    {
      /* "sa sœur Bérénice", "your colleague Will", "her sister Niamh": a capitalised name
       * after a kinship or role noun, common word or in no list. Bare confidence: a
       * literature essay's "sa fille Cosette" stays unmarked. */
      for (k = 0; k < n; k++)
        {
          VoileToken *t = tok (tokens, names[k]);
          /* A place that is a given name too is one here: "my husband Jericho". */
          if ((!is_nameish (t) && !is_unknown (t))
              || ((t->name_flags & VOILE_NAME_PROPER) && !(t->name_flags & VOILE_NAME_FIRST))
              || is_word_only (t) || t->shape != VOILE_SHAPE_CAP)
            break;
        }
      if (k > 0)
        {
          voile_name_collector_add_person (c, (VoileToken *)tokens->data, names[0], names[k - 1],
                                           voile_name_given_index (tokens, names, k),
                                           CONFIDENCE_PAIR, VOILE_FIELD_NONE);
          return (gint)names[k - 1];
        }
      context = CONTEXT_NONE;
    }

  if (context == CONTEXT_REACH)
    {
      /* "vu avec Jean-Luc", "merci à Inès", "call Priya": a given name alone that is nothing
       * else, after a word of contact. Bare: kept in a snippet, dropped in long prose with
       * nothing about people around (a novel's "avec Marie"). */
      if (t0->shape == VOILE_SHAPE_CAP && is_firm_first (t0) && !t0->elided
          && (n == 1 || (is_word_only (t1) && t1->shape == VOILE_SHAPE_CAP))
          && !after_capital_article (c, tokens, names[0]))
        {
          voile_name_collector_add_person (c, (VoileToken *)tokens->data, names[0], names[0], 0,
                                           CONFIDENCE_PAIR, VOILE_FIELD_NONE);
          return (gint)names[0];
        }
      context = CONTEXT_NONE;
    }

  if (context == CONTEXT_PAYEE)
    {
      /* "VIR SEPA FALL OUSMANE SOLDE", "PRLV SEPA LE ROUX MAIWENN", "VIR SEPA Gwenola
       * KERBRAT": names up to the first common word; a person when a given name is among
       * them ("URSSAF BOURGOGNE", "ORANGE SA" are firms). */
      gboolean given = FALSE, loose_given = FALSE, surname = FALSE;
      guint f = lead ? 1 : 0;

      /* "BGC J PATEL RENT", "SO HARDCASTLE R", "STO KJ FAIRWEATHER": an initial or two beside
       * a surname in capitals (not a word: "DD BT GROUP" is a firm) name who paid. */
      if (n >= f + 2)
        {
          VoileToken *a = tok (tokens, names[f]), *b = tok (tokens, names[f + 1]);
          gboolean initials_first = bank_initials (c, a) && bank_surname (c, b);
          if (initials_first || (bank_surname (c, a) && bank_initials (c, b)))
            {
              guint last = f + 1;
              /* "VIR GJ PAOLI SANTONI": a second surname */
              while (initials_first && last + 1 < n
                     && bank_surname (c, tok (tokens, names[last + 1])))
                last++;
              voile_name_collector_add_person (c, (VoileToken *)tokens->data, names[0], names[last],
                                               0, CONFIDENCE_CONTEXT, VOILE_FIELD_NONE);
              return (gint)names[last];
            }
        }
      for (k = f; k < n; k++)
        {
          VoileToken *t = tok (tokens, names[k]);
          if ((t->shape != VOILE_SHAPE_UPPER && t->shape != VOILE_SHAPE_CAP) || is_word_only (t)
              || !has_vowel (c->text, t) || ((t->name_flags & VOILE_NAME_PROPER) && !is_nameish (t))
              || ((given || (loose_given && surname)) && k > 1
                  && (t->name_flags & (VOILE_NAME_FIRST | VOILE_NAME_PROPER)) != VOILE_NAME_FIRST))
            break; /* "DIOP AWA LOYER": the given names end the name, surname first */
          given |= is_firm_first (t);
          /* "DIALLO AMADOU", "POPA ANA MARIA": a given name that is also a word, after a
           * surname that is nothing else. */
          loose_given |= k > 0 && (t->name_flags & VOILE_NAME_FIRST)
                         && !(t->name_flags & VOILE_NAME_PROPER);
          surname |= k == 0 && is_firm_last (t) && !(t->name_flags & VOILE_NAME_FIRST);
        }
      if (k >= (lead ? 3 : 2) && (given || (loose_given && surname)))
        {
          voile_name_collector_add_person (c, (VoileToken *)tokens->data, names[0], names[k - 1],
                                           voile_name_given_index (tokens, names, k),
                                           CONFIDENCE_CONTEXT, VOILE_FIELD_NONE);
          return (gint)names[k - 1];
        }
      context = CONTEXT_NONE;
    }

  if (context == CONTEXT_GREETING || context == CONTEXT_CLOSING)
    {
      /* "Bonjour Sophie", "Cordialement,\nAmbre Roche": names, or words in no list. */
      gboolean any_name = FALSE;

      /* "Thanks,\nT.": an initial alone on the line under a closing signs for a person. */
      if (context == CONTEXT_CLOSING && n == 1 && t0->shape == VOILE_SHAPE_INITIAL
          && initial_alone_on_line (c, t0))
        {
          voile_name_collector_add_person (c, (VoileToken *)tokens->data, names[0], names[0], 0,
                                           CONFIDENCE_INITIAL, VOILE_FIELD_NONE);
          return (gint)names[0];
        }
      /* "Best regards,\nJ. Smith": an initial before a surname. */
      gboolean lead_initial = t1 != NULL && t0->shape == VOILE_SHAPE_INITIAL && t0->dot_after
                              && t1->shape == VOILE_SHAPE_CAP && !is_word_only (t1)
                              && (is_nameish (t1) || is_unknown (t1));
      /* "Hi Ma'am Kristina", "Hello Love,": a word of address, then maybe the name. */
      if (context == CONTEXT_GREETING && !lead_initial
          && is_endearment (c->text + t0->start, t0->end - t0->start))
        {
          if (n == 1)
            return -1;
          names++;
          n--;
          t0 = tok (tokens, names[0]);
        }
      for (k = lead_initial ? 1 : 0; k < n; k++)
        {
          VoileToken *t = tok (tokens, names[k]);
          if (is_word_only (t) || t->shape == VOILE_SHAPE_INITIAL)
            break;
          any_name |= is_nameish (t);
        }
      if (k == 0)
        return -1;
      if (k == 1 && (t0->name_flags & VOILE_NAME_PROPER) && !is_firm_first (t0)
          && !(context == CONTEXT_GREETING && (t0->name_flags & VOILE_NAME_FIRST)
               && vocative_line_end (c, t0)))
        return -1; /* "Hello Paris"; but "Bonjour Jordan,\n" opens a letter to Jordan */
      if (k == 1 && context == CONTEXT_GREETING && greets_audience (c->text, t0))
        return -1; /* "Hi All,", "Hello World": a group, not a person */
      if (context == CONTEXT_CLOSING && !any_name && k < 2)
        return -1; /* "L'équipe Support", "Acme" */
      voile_name_collector_add_person (c, (VoileToken *)tokens->data, names[0], names[k - 1],
                                       voile_name_given_index (tokens, names, k),
                                       opens_letter (c, tokens, names[0], names[k - 1])
                                           ? CONFIDENCE_SALUTATION
                                           : CONFIDENCE_GREETING,
                                       VOILE_FIELD_NONE);
      return (gint)names[k - 1];
    }

  if (t1 != NULL)
    {
      gboolean upper_pair = t0->shape == VOILE_SHAPE_UPPER && t1->shape == VOILE_SHAPE_UPPER;

      /* "J. Dupont" ("R.C.S. Perpignan" is an acronym's last letter before a town) */
      if (t0->shape == VOILE_SHAPE_INITIAL && t0->dot_after && !is_word_only (t1)
          && !(t0->start >= 2 && c->text[t0->start - 1] == '.'
               && g_ascii_isalpha (c->text[t0->start - 2]))
          && t1->shape == VOILE_SHAPE_CAP && !line_title_like (line)
          && ((t1->name_flags & VOILE_NAME_LAST) || is_unknown (t1)))
        {
          voile_name_collector_add_person (c, (VoileToken *)tokens->data, names[0], names[1], 0,
                                           CONFIDENCE_INITIAL, VOILE_FIELD_NONE);
          return (gint)names[1];
        }

      /* "DUPONT Marie", "ROBERT Firmin": French administrative order ("King George VI
       * Chase", "Louis XIV Salon" hold a regnal number). */
      /* "AUTORISE le Maire": a minute's verb in capitals, an article, a title; no particle
       * in lower case stands between a surname and its given name ("TRAN Van Long" keeps its
       * middle name) */
      if (t0->shape == VOILE_SHAPE_UPPER && t1->shape == VOILE_SHAPE_CAP
          && (names[1] == names[0] + 1 || tok (tokens, names[0] + 1)->shape != VOILE_SHAPE_LOWER)
          && !regnal_number (c->text, tokens, names[0])
          && ((t1->name_flags & VOILE_NAME_FIRST) || (is_firm_last (t0) && is_nameish (t1)))
          && (!(t1->name_flags & VOILE_NAME_PROPER) || is_nameish (t0)) && !is_word_only (t0)
          && (is_nameish (t0) || (t0->end - t0->start >= 3 && has_vowel (c->text, t0))))
        {
          k = 2;
          while (k < n && tok (tokens, names[k])->shape == VOILE_SHAPE_CAP
                 && (tok (tokens, names[k])->name_flags & VOILE_NAME_FIRST))
            k++;
          voile_name_collector_add_person (c, (VoileToken *)tokens->data, names[0], names[k - 1],
                                           names[1], CONFIDENCE_ADMIN, VOILE_FIELD_NONE);
          return (gint)names[k - 1];
        }

      /* "Marie Dupont", "Jean-Pierre Martin", "John F. Kennedy", "MARIE DUPONT". */
      if ((t0->name_flags & VOILE_NAME_FIRST) && t0->shape != VOILE_SHAPE_INITIAL
          && !is_word_only (t1))
        {
          gboolean firm0 = is_firm_first (t0);
          gboolean firm1 = is_firm_last (t1) || is_firm_first (t1)
                           || (is_unknown (t1)
                               && t1->shape == VOILE_SHAPE_CAP
                               /* "Nova Scotia": a place in no name list is no surname */
                               && !(t1->name_flags & VOILE_NAME_PROPER));
          gboolean ok;

          if (t1->shape == VOILE_SHAPE_INITIAL && n >= 3 && is_nameish (tok (tokens, names[2])))
            ok = firm0;
          else if (t1->shape == VOILE_SHAPE_INITIAL)
            /* "Marie D. a appelé", "Hugo B.: ok": a given name and the surname's initial,
             * the way notes and chats half-hide a person (who is still named). */
            ok = t0->shape == VOILE_SHAPE_CAP && !line_title_like (line)
                 && ((firm0 && (t1->dot_after || t1->next_char == ':'))
                     /* "Océane R.": a given name that is also a word, then an initial
                      * and its dot. */
                     || (t1->dot_after && !(t0->name_flags & VOILE_NAME_PROPER)));
          else if (upper_pair || line_all_caps (line))
            ok = is_nameish (t1) && (firm0 || is_firm_last (t1)) && !line_title_like (line);
          else if (line_title_like (line))
            ok = firm0 && is_nameish (t1) && !(t1->name_flags & VOILE_NAME_PROPER);
          else
            /* Both ambiguous ("Rose Baker", "Guillaume Fontaine"): a surname mid-sentence. */
            ok = firm0
                 || firm1
                 /* "I spoke to Devon Price": a place's name too, unless a word of
                  * place follows ("Orlando South") or a preposition of place goes before. */
                 || (!t0->sentence_start && (t1->name_flags & VOILE_NAME_LAST)
                     && !((t0->name_flags & VOILE_NAME_PROPER)
                          && (t1->context_flags & VOILE_CONTEXT_PLACE_BEFORE))
                     && t0->shape == VOILE_SHAPE_CAP && t1->shape == VOILE_SHAPE_CAP
                     && !starts_cell (c, t0) && !after_place_word (c, tokens, names[0]));
          if (t0->shape != t1->shape && t1->shape != VOILE_SHAPE_INITIAL)
            ok = FALSE; /* "Marie DUPONT" is the admin order's job; "ANNA Smith" is noise */
          if (ok && t1->shape == VOILE_SHAPE_CAP
              && (place_pair (c, t0, t1) || after_place_pair_word (c, tokens, names[0])))
            ok = FALSE;
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
              voile_name_collector_add_person (c, (VoileToken *)tokens->data, names[0],
                                               names[k - 1], 0, CONFIDENCE_PAIR, VOILE_FIELD_NONE);
              return (gint)names[k - 1];
            }
        }

      /* "my old boss Alasdair Munro": a given name in no list, then a surname that is
       * nothing else, mid-sentence. */
      if (n == 2 && t0->shape == VOILE_SHAPE_CAP && t1->shape == VOILE_SHAPE_CAP && is_unknown (t0)
          && !t0->sentence_start && is_firm_last (t1) && !(t1->name_flags & VOILE_NAME_FIRST)
          && context == CONTEXT_NONE && !line_title_like (line) && !prefixed_word (c, t0))
        {
          voile_name_collector_add_person (c, (VoileToken *)tokens->data, names[0], names[1], 0,
                                           CONFIDENCE_PAIR, VOILE_FIELD_NONE);
          return (gint)names[1];
        }

      /* "Aïssatou Keïta", "Adebayo Ogunleye": two words in no list (the lists miss many
       * origins), or one in no list beside a surname that is nothing else ("Fatou Ndiaye",
       * "Zbigniew Wójcik"): bare, and in a snippet kept only beside listed names. */
      if (n == 2 && names[1] == names[0] + 1 && t0->shape == VOILE_SHAPE_CAP
          && t1->shape == VOILE_SHAPE_CAP && (is_unknown (t0) || is_unknown (t1))
          && (is_unknown (t0) || is_surname_only (t0)) && (is_unknown (t1) || is_surname_only (t1))
          && context == CONTEXT_NONE && !t0->elided && t0->context_flags == 0
          && t1->context_flags == 0 && t0->end - t0->start >= 3 && t1->end - t1->start >= 3
          && has_vowel (c->text, t0) && has_vowel (c->text, t1) && !coined_word (c->text, t0)
          && !coined_word (c->text, t1) && !line_title_like (line)
          && !after_place_word (c, tokens, names[0]) && !place_pair (c, t0, t1)
          && !(names[0] > 0 && tok (tokens, names[0] - 1)->shape == VOILE_SHAPE_CAP
               && tok (tokens, names[0] - 1)->joined))
        {
          voile_name_collector_add_person (c, (VoileToken *)tokens->data, names[0], names[1], 0,
                                           CONFIDENCE_UNLISTED, VOILE_FIELD_NONE);
          return (gint)names[1];
        }

      /* "DELMAS CORINNE", "SCHNEIDER ANNE-SOPHIE": bank statements, surname first. */
      if (upper_pair && !(t0->name_flags & VOILE_NAME_FIRST) && is_firm_last (t0)
          && is_firm_first (t1) && !line_title_like (line))
        {
          voile_name_collector_add_person (c, (VoileToken *)tokens->data, names[0], names[1],
                                           names[1], CONFIDENCE_PAIR, VOILE_FIELD_NONE);
          return (gint)names[1];
        }

      /* "Dupont Marie": surname first, title case. */
      if ((t0->name_flags & VOILE_NAME_LAST) && !(t0->name_flags & VOILE_NAME_FIRST)
          && t0->shape == VOILE_SHAPE_CAP && t1->shape == VOILE_SHAPE_CAP
          && (t1->name_flags & VOILE_NAME_FIRST) && !line_title_like (line)
          && (is_firm_last (t0) && is_firm_first (t1)))
        {
          /* "Pham Thi Bich Ngoc": more given names, listed or not, may follow. */
          k = 2;
          while (k < n)
            {
              VoileToken *t = tok (tokens, names[k]);
              if (t->shape != VOILE_SHAPE_CAP || is_word_only (t)
                  || (t->name_flags & (VOILE_NAME_PROPER | VOILE_NAME_AMBIGUOUS))
                  || !((t->name_flags & VOILE_NAME_FIRST) || is_unknown (t)))
                break;
              k++;
            }
          voile_name_collector_add_person (c, (VoileToken *)tokens->data, names[0], names[k - 1],
                                           names[1], CONFIDENCE_PAIR, VOILE_FIELD_NONE);
          return (gint)names[k - 1];
        }
    }

  /* "Sophie" alone: a first name that is nothing else. Only given names alone with no
   * context get here, and no word alone after a determiner (find_in_line() rules the others
   * out before judge_run()): a rule for other lone words must change that test too. */
  if (t0->shape == VOILE_SHAPE_CAP && is_firm_first (t0) && context != CONTEXT_DETERMINER
      && !t0->elided && !line_title_like (line) && !line_all_caps (line)
      && (t1 == NULL || is_word_only (t1) || t1->shape != VOILE_SHAPE_CAP))
    {
      guint next = names[0] + 1;
      if (next < tokens->len && joins_next (t0)
          && (tok (tokens, next)->context_flags & VOILE_CONTEXT_ORG_AFTER))
        return -1;
      /* "Harlow & Pike Ltd", "Moss & Finch": a firm's name. */
      if (t0->next_char == '&' || (t0->start >= 2 && c->text[t0->start - 2] == '&'))
        return -1;
      if (after_capital_article (c, tokens, names[0]))
        return -1;
      /* "FOB San Antonio", "CIF Jebel Ali": a place's second word */
      if (after_place_pair_word (c, tokens, names[0]))
        return -1;
      /* "…, Walker & Tane Accountants, Hamilton": the firm's town */
      if (after_firm_item (c, tokens, names[0]))
        return -1;
      voile_name_collector_add_person (c, (VoileToken *)tokens->data, names[0], names[0], 0,
                                       CONFIDENCE_SINGLE, VOILE_FIELD_NONE);
      return (gint)names[0];
    }

  /* "…with Rose", "ask Mark": a name that is also a word, capitalised mid-sentence. */
  if (t0->shape == VOILE_SHAPE_CAP && (t0->name_flags & VOILE_NAME_FIRST)
      && !(t0->name_flags & VOILE_NAME_PROPER) && !t0->sentence_start && context == CONTEXT_NONE
      && !t0->elided && !line_title_like (line) && (t1 == NULL || t1->shape != VOILE_SHAPE_CAP)
      && names[0] > 0
      && tok (tokens, names[0] - 1)->shape == VOILE_SHAPE_LOWER
      /* "1 x Art direction": a quantity's "x", not a word before a name */
      && tok (tokens, names[0] - 1)->end - tok (tokens, names[0] - 1)->start >= 2
      && !voile_name_token_has_context (c->text, tokens, names[0] - 1,
                                        VOILE_CONTEXT_DETERMINER | VOILE_CONTEXT_PARTICLE
                                            | VOILE_CONTEXT_PLACE_BEFORE))
    {
      voile_name_collector_add_person (c, (VoileToken *)tokens->data, names[0], names[0], 0,
                                       CONFIDENCE_SINGLE, VOILE_FIELD_NONE);
      return (gint)names[0];
    }
  return -1;
}

/* (session 23, g23-names) Does t open a tab-separated cell, as a sentence ("…\tHabari
 * Chelangat, …": an SMS log's message column)? A greeting there opens the message as after
 * "|" (which the tokenizer counts a break: a tab is not one, for a rota's "\tJade + Wassim"). */
static inline gboolean
opens_tab_cell (const char *text, const VoileToken *t)
{
  return t->start > 0 && text[t->start - 1] == '\t';
}

/* "ME Service refuse", "CALL ME Sunday": the French title "Me" (Maître) in capitals is one
 * only before a surname in capitals ("ME DUPONT"). */
static inline gboolean
caps_me_before_cap (const char *text, const VoileToken *t, const VoileToken *next)
{
  return t->shape == VOILE_SHAPE_UPPER && t->end - t->start == 2 && text[t->start] == 'M'
         && text[t->start + 1] == 'E' && next->shape != VOILE_SHAPE_UPPER;
}

/* "Sam", "Ven": a weekday's three letters, French or English. */
static gboolean
is_weekday_abbreviation (const char *text, const VoileToken *t)
{
  static const char *const days[] = { "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "mon",
                                      "tue", "wed", "thu", "fri", "sat", "sun", NULL };
  return voile_ascii_word_in (text + t->start, 3, days);
}

/* Is words[i] a weekday's three letters beside another ("Ven  Sam")? The lengths first:
 * most words are not three letters long beside another of three. */
static inline gboolean
in_weekday_heading (const char *text, const VoileToken *words, guint i, guint n)
{
  if (words[i].end - words[i].start != 3)
    return FALSE;
  gboolean before = i > 0 && words[i - 1].end - words[i - 1].start == 3;
  gboolean after = i + 1 < n && words[i + 1].end - words[i + 1].start == 3;
  return (before || after) && is_weekday_abbreviation (text, &words[i])
         && ((before && is_weekday_abbreviation (text, &words[i - 1]))
             || (after && is_weekday_abbreviation (text, &words[i + 1])));
}

/* (session 23, g23-names) "MOHD FAIZAL BIN ISMAIL", "Nurul Aisyah binti Rahman", "Khalid bin
 * Saeed Al Mansoori": the patronymic's link of Malay and Arabic names between the person's
 * names and the father's. From tokens[i], words of one shape (capitals, or a capital and lower
 * case) that are no common word (a given name that is one too is kept, a surname is not:
 * "CARD"), no place and no context word, a link inside with a name on each side, then the
 * father's names and a family's particle ("Al"), and a listed name among them: "CARD BIN
 * RANGE", "Recycle Bin Folder" hold common words. Returns the last word's index, or -1. */
static const char *const patronymic_links[]
    = { "bin", "binti", "bte", "binte", "ibn", "bint", NULL };

/* Does the run tokens[from..to] hold a patronymic link after its first word? Read once per
 * run, before any lookup (most runs hold none). */
static gboolean
run_has_patronymic_link (const char *text, GArray *tokens, guint from, guint to)
{
  for (guint k = from + 1; k < to; k++)
    {
      const VoileToken *t = tok (tokens, k);
      gsize n = t->end - t->start;
      char f = (char)(text[t->start] | 0x20);
      if (n >= 3 && n <= 5 && (f == 'b' || f == 'i')
          && voile_ascii_word_in (text + t->start, n, patronymic_links))
        return TRUE;
    }
  return FALSE;
}

static gint
patronymic_run (VoileNameCollector *c, GArray *tokens, guint i, guint to)
{
  const char *const *links = patronymic_links;
  VoileToken *first = tok (tokens, i);
  gint last = -1;
  guint names = 0;
  gboolean listed = FALSE, linked = FALSE, pending = FALSE;

  if (first->shape != VOILE_SHAPE_UPPER && first->shape != VOILE_SHAPE_CAP)
    return -1;
  for (guint k = i; k <= to && k - i < 8; k++)
    {
      VoileToken *t = tok (tokens, k);
      if (names > 0 && !pending && t->end - t->start <= 5
          && voile_ascii_word_in (c->text + t->start, t->end - t->start, links)
          && (t->shape == first->shape || t->shape == VOILE_SHAPE_LOWER))
        {
          linked = pending = TRUE;
          continue;
        }
      voile_token_lookup (c->text, t);
      voile_token_lookup_context (c->text, t);
      /* "Khalid bin Saeed Al Mansoori": a family's particle after the father's name */
      if (linked && !pending && (t->context_flags & VOILE_CONTEXT_PARTICLE)
          && t->end - t->start <= 3)
        {
          pending = TRUE;
          continue;
        }
      /* A given name that is also a word is one here ("Nor Azlina binti …"), not a surname
       * that is ("CARD BIN RANGE"). */
      if (t->shape != first->shape || t->end - t->start < 2 || !has_vowel (c->text, t)
          || (t->name_flags & VOILE_NAME_PROPER) || is_word_only (t)
          || ((t->name_flags & VOILE_NAME_AMBIGUOUS) && !(t->name_flags & VOILE_NAME_FIRST))
          || t->context_flags != 0)
        break;
      listed |= is_nameish (t);
      names++;
      if (linked)
        {
          last = (gint)k;
          pending = FALSE;
        }
    }
  return listed ? last : -1;
}

static void
judge_run (VoileNameCollector *c, GArray *tokens, guint from, guint to, NameContext context,
           LineInfo *line)
{
  guint i = from;
  /* Read once: nothing here resizes the array, and the lookups' stores into the words
   * could alias its fields for the compiler. */
  VoileToken *words = (VoileToken *)(gpointer)tokens->data;
  gboolean links = to > from + 1 && run_has_patronymic_link (c->text, tokens, from, to);

  while (i <= to)
    {
      VoileToken *t = &words[i];
      gint last;

      voile_token_lookup (c->text, t);
      /* "Lun  Mar  Mer  Jeu  Ven  Sam": a time sheet's or a rota's heading of weekdays beside
       * each other, not "Sam" the given name. */
      if (in_weekday_heading (c->text, words, i, tokens->len))
        {
          context = CONTEXT_NONE;
          i++;
          continue;
        }
      if (links && i + 1 < to && (last = patronymic_run (c, tokens, i, to)) >= 0)
        {
          voile_name_collector_add_person (c, words, i, (guint)last, 0, CONFIDENCE_CONTEXT,
                                           VOILE_FIELD_NONE);
          context = CONTEXT_NONE;
          i = (guint)last + 1;
          continue;
        }
      if ((context == CONTEXT_TITLE || context == CONTEXT_PAYEE) && title_particle (tokens, i, to))
        goto match; /* "M. Le Goff": the particle is the surname's first word */
      /* "LE GOFF Yann", "VAN DEN BROEK Sanne": the administrative order, the surname's
       * particles in capitals too. */
      if (t->shape == VOILE_SHAPE_UPPER && is_particle (t) && context != CONTEXT_TITLE)
        {
          guint k = i;
          while (k < to && is_particle (tok (tokens, k))
                 && tok (tokens, k)->shape == VOILE_SHAPE_UPPER && joins_next (tok (tokens, k)))
            k++;
          if (k > i && k < to && tok (tokens, k)->shape == VOILE_SHAPE_UPPER)
            {
              guint before = c->mentions->len;
              last = match_name (c, tokens, k, to, context, line);
              if (c->mentions->len == before + 1)
                {
                  VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, before);
                  if (m->confidence == CONFIDENCE_ADMIN && m->start == tok (tokens, k)->start)
                    m->start = t->start;
                }
              context = CONTEXT_NONE;
              i = last >= 0 ? (guint)last + 1 : k + 1;
              continue;
            }
        }
      if (is_particle (t) && !is_nameish (t))
        {
          /* "Monsieur le Maire", "Madame la Directrice": a form of address before a
           * function, not a name ("M. Le Goff" has a capital). */
          if (context == CONTEXT_TITLE && t->shape == VOILE_SHAPE_LOWER
              && (t->context_flags & VOILE_CONTEXT_DETERMINER))
            context = CONTEXT_DETERMINER;
          i++;
          continue;
        }
      if ((t->context_flags & VOILE_CONTEXT_TITLE) && i < to
          && (t->shape != VOILE_SHAPE_INITIAL || t->dot_after) && !initials_chain (tokens, i, to)
          && !caps_me_before_cap (c->text, t, &words[i + 1]))
        {
          context = CONTEXT_TITLE;
          i++;
          continue;
        }
      /* A greeting opening its line opens a letter even under an address ("…Road\nDear"). */
      if ((t->context_flags & VOILE_CONTEXT_GREETING) && i < to
          && (t->sentence_start || context == CONTEXT_GREETING || i == 0
              || opens_tab_cell (c->text, t)))
        {
          context = CONTEXT_GREETING;
          i++;
          continue;
        }
      /* "Call Priya tomorrow", "Appelle Jean-Baptiste": a word of contact opening the
       * sentence. */
      if ((t->context_flags & VOILE_CONTEXT_REACH) && t->sentence_start && i < to
          && context == CONTEXT_NONE && !(t->name_flags & VOILE_NAME_FIRST))
        {
          context = CONTEXT_REACH;
          i++;
          continue;
        }
      if ((t->context_flags & VOILE_CONTEXT_PLACE_BEFORE) && !is_nameish (t) && i < to)
        return; /* "Rue Victor Hugo", "St Anne's", "Lycée Jean Moulin" */
      /* "Saint Blaise", "Pont Marie": a word that is also a surname still names a saint, a
       * feast or a place when it opens the words, capitalised, before a given name. */
      if ((t->context_flags & VOILE_CONTEXT_PLACE_BEFORE) && i == from && i < to
          && t->shape == VOILE_SHAPE_CAP
          && (voile_token_lookup (c->text, tok (tokens, i + 1)),
              tok (tokens, i + 1)->name_flags & VOILE_NAME_FIRST))
        return;
      /* "Mai Nguyen", "June Okafor": a month that is also a given name, before a surname
       * that is nothing else ("Mai 2025", "June Day" are dates). */
      if ((t->context_flags & VOILE_CONTEXT_STOP) && month_given_name (c, tokens, i, to))
        {
          voile_name_collector_add_person (c, words, i, i + 1, 0, CONFIDENCE_PAIR,
                                           VOILE_FIELD_NONE);
          context = CONTEXT_NONE;
          i += 2;
          continue;
        }
      /* "A. Lemoigne": an initial, not the article ("Plan A. Then…" is). */
      if ((t->context_flags & (VOILE_CONTEXT_STOP | VOILE_CONTEXT_DETERMINER))
          && !(t->shape == VOILE_SHAPE_INITIAL && t->dot_after && i < to
               && (voile_token_lookup (c->text, tok (tokens, i + 1)),
                   !(tok (tokens, i + 1)->name_flags & VOILE_NAME_AMBIGUOUS))))
        {
          context
              = (t->context_flags & VOILE_CONTEXT_DETERMINER) ? CONTEXT_DETERMINER : CONTEXT_NONE;
          i++;
          continue;
        }
    match:;
      guint before = c->mentions->len;
      last = match_name (c, tokens, i, to, context, line);
      /* "Maris Piper and King Edward potatoes": with no context, a variety line's names
       * are things. */
      if (c->mentions->len > before && (context == CONTEXT_NONE || context == CONTEXT_DETERMINER)
          && line_names_variety (line))
        g_array_set_size (c->mentions, before);
      context = CONTEXT_NONE;
      i = last >= 0 ? (guint)last + 1 : i + 1;
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
  /* "Wassim B.  4h-12h  REPOS  REPOS": one capitalised word among cells in capitals is no
   * title. */
  info->title_like
      = caps >= 3 && lower == 0 && common * 2 >= caps && (caps - upper >= 2 || upper == caps);
}

/* Last word of a short line is a closing: "Cordialement,", "Bien à vous", "Best regards". */
static gboolean
line_is_closing (VoileNameCollector *c, GArray *tokens)
{
  if (tokens->len == 0 || tokens->len > 5)
    return FALSE;
  VoileToken *t = tok (tokens, tokens->len - 1);
  if (t->next_char != '\0' && t->next_char != ',' && t->next_char != '.' && t->next_char != '!')
    return FALSE;
  return voile_name_token_has_context (c->text, tokens, tokens->len - 1, VOILE_CONTEXT_CLOSING);
}

/* "et", "and", "&", ",": what separates the items of a list of people. */
static gboolean
is_list_separator (VoileNameCollector *c, GArray *tokens, guint i, gboolean before)
{
  VoileToken *t;
  gsize len;
  const char *w;

  if (before ? i == 0 : i + 1 >= tokens->len)
    return TRUE;
  t = tok (tokens, before ? i - 1 : i);
  if (strchr (",&;:()", t->next_char) != NULL && t->next_char != '\0')
    return TRUE;
  if (!before && (t->next_char == '.' || t->next_char == '\0'))
    return TRUE;
  t = tok (tokens, before ? i - 1 : i + 1);
  len = t->end - t->start;
  w = c->text + t->start;
  return (len == 2 && memcmp (w, "et", 2) == 0) || (len == 3 && memcmp (w, "and", 3) == 0);
}

/* A name found only because it stands beside other names is as sure as they are: beside
 * names the lists alone found (an essay's "Sputnik and Yuri Gagarin") it stays bare, so it
 * cannot make a text look "about someone" by itself. */
static float
confidence_beside (VoileNameCollector *c, guint first_mention, guint last_mention)
{
  for (guint m = first_mention; m < last_mention; m++)
    if (!voile_name_mention_is_bare (&g_array_index (c->mentions, VoileNameMention, m)))
      return CONFIDENCE_LIST;
  return CONFIDENCE_LIST_BARE;
}

/* A line listing people ("Table 4 : Jade, Gabin, Rose Lambert, Adam"): once two items are
 * names, the other items that look like given names are too, common word or not. */
/* Are tokens[i..j] all common words, names or not ("Early Bird", "Day Pass")? Looked up. */
static gboolean
common_words_run (GArray *tokens, guint i, guint j)
{
  for (guint k = i; k <= j; k++)
    if (!(tok (tokens, k)->name_flags & (VOILE_NAME_WORD | VOILE_NAME_AMBIGUOUS)))
      return FALSE;
  return TRUE;
}

/* The whole name ("Lee Stott") among the line's mentions that ends, a comma and spaces
 * after it, right before at: its start, or 0. */
static gsize
full_name_before_comma (VoileNameCollector *c, guint first_mention, guint last_mention, gsize at)
{
  while (at > 0 && c->text[at - 1] == ' ')
    at--;
  if (at == 0 || c->text[at - 1] != ',')
    return 0;
  at--;
  for (guint m = first_mention; m < last_mention; m++)
    {
      const VoileNameMention *mention = &g_array_index (c->mentions, VoileNameMention, m);
      if (mention->end == at && mention->type == VOILE_TYPE_PERSON && mention->start > 0
          && strchr (mention->key, ' ') != NULL)
        return mention->start;
    }
  return 0;
}

/* "Officers: D. Brannigan, Priya Raghunathan, Lee Stott, Oyelaran (relief)", "(Cal Jessop,
 * Ifeoma Nwosu, Bartek)": a lone word in no list, or a surname that is no word, after two
 * whole names or more that open a comma list is one more person of it. Not a cell ("…,Colombia,…"),
 * a key
 * ("Requester:") nor a place or a brand the lists know. */
static gboolean
is_lone_list_item (VoileNameCollector *c, GArray *tokens, guint i, guint first_mention,
                   guint last_mention)
{
  const VoileToken *t = tok (tokens, i);
  gsize before;

  if (t->end - t->start < 3 || t->next_char == ':' || (t->name_flags & VOILE_NAME_PROPER)
      || (t->context_flags
          & (VOILE_CONTEXT_STOP | VOILE_CONTEXT_TITLE | VOILE_CONTEXT_GREETING
             | VOILE_CONTEXT_ORG_AFTER | VOILE_CONTEXT_DETERMINER))
      || !(is_unknown (t)
           || ((t->name_flags & VOILE_NAME_LAST)
               && !(t->name_flags & (VOILE_NAME_WORD | VOILE_NAME_AMBIGUOUS))))
      || starts_cell (c, t) || voile_name_is_country (c->text + t->start, t->end - t->start))
    return FALSE;
  /* The list opens after a label or a bracket, or the line's start, and is all names:
   * not "Mrs Aled & Bethan Hughes, Tŷ Coch, Clun" (an address after its people). */
  guint items = 0;
  gsize at = t->start;
  while ((before = full_name_before_comma (c, first_mention, last_mention, at)) > 0 && items < 16)
    {
      at = before;
      items++;
    }
  while (at > 0 && c->text[at - 1] == ' ')
    at--;
  return items >= 2
         && (at == 0 || c->text[at - 1] == ':' || c->text[at - 1] == '('
             || c->text[at - 1] == '\n');
}

/* "Crew: Joanna Hartley, …", "Crew (Joanna Hartley, …)": the word that a colon or a
 * bracket opening on a name follows is the list's label, not one of its items. */
static gboolean
opens_list (VoileNameCollector *c, GArray *tokens, guint j, guint first_mention, guint last_mention)
{
  const VoileToken *t = tok (tokens, j);

  if (t->next_char == ':')
    return TRUE;
  if (t->next_char != '(' || j + 1 >= tokens->len)
    return FALSE;
  for (guint m = first_mention; m < last_mention; m++)
    if (g_array_index (c->mentions, VoileNameMention, m).start == tok (tokens, j + 1)->start)
      return tok (tokens, j + 1)->start > t->end && c->text[tok (tokens, j + 1)->start - 1] == '(';
  return FALSE;
}

static void
find_list_items (VoileNameCollector *c, GArray *tokens, guint first_mention)
{
  guint last_mention = c->mentions->len;

  for (guint i = 0; i < tokens->len; i++)
    {
      VoileToken *t = tok (tokens, i);
      guint j = i, firsts = 0, unknown = 0;
      gboolean taken = FALSE;

      if (t->shape != VOILE_SHAPE_CAP)
        continue;
      while (j + 1 < tokens->len && joins_next (tok (tokens, j))
             && tok (tokens, j + 1)->shape == VOILE_SHAPE_CAP)
        j++;
      /* The separators first: the line's mentions are many on a long line without breaks. */
      if (j - i >= 2 || !is_list_separator (c, tokens, i, TRUE)
          || !is_list_separator (c, tokens, j, FALSE))
        {
          i = j;
          continue;
        }
      for (guint m = first_mention; m < last_mention && !taken; m++)
        {
          const VoileNameMention *mention = &g_array_index (c->mentions, VoileNameMention, m);
          taken = mention->start < tok (tokens, j)->end && mention->end > t->start;
        }
      if (taken || opens_list (c, tokens, j, first_mention, last_mention))
        {
          i = j;
          continue;
        }
      for (guint k = i; k <= j; k++)
        {
          VoileToken *w = tok (tokens, k);
          voile_token_lookup (c->text, w);
          if (w->context_flags
              & (VOILE_CONTEXT_STOP | VOILE_CONTEXT_TITLE | VOILE_CONTEXT_GREETING
                 | VOILE_CONTEXT_ORG_AFTER | VOILE_CONTEXT_DETERMINER))
            firsts = unknown = 0, k = j;
          else if ((w->name_flags & VOILE_NAME_FIRST) && !(w->name_flags & VOILE_NAME_PROPER))
            firsts++;
          else if (is_unknown (w))
            unknown++;
        }
      /* "Jade", "Awa Konaté", "Benoît": a given name first, or two words in no list; but a
       * table cell of common words is a category ("…,Early Bird,18.00", "VIP Pass"). */
      gboolean lone
          = j == i && firsts == 0 && is_lone_list_item (c, tokens, i, first_mention, last_mention);
      if (((firsts >= 1 && (tok (tokens, i)->name_flags & VOILE_NAME_FIRST))
           || (j > i && unknown == 2) || lone)
          && !(j > i && starts_cell (c, t) && common_words_run (tokens, i, j))
          /* "Phnom Penh (Cambodge)" in a place-of-birth column */
          && !(j == i + 1 && place_pair (c, t, tok (tokens, j))) && !after_firm_item (c, tokens, i))
        voile_name_collector_add_person (c, (VoileToken *)tokens->data, i, j, 0,
                                         confidence_beside (c, first_mention, last_mention),
                                         VOILE_FIELD_NONE);
      i = j;
    }
}

/* "Hanta et Julien Ramanantsoa", "Tom and Alice Baker": a capitalised word coordinated
 * with a full name found on the line is a given name sharing the surname. */
static inline gboolean
word_is (VoileNameCollector *c, const VoileToken *t, const char *word, gsize len);

/* The largest end of the mentions the earlier lines left (c->line_first_mention of them),
 * so that a test for a mention over a span of the line reads them only when one ends past
 * the span's start: reading them all for each line made a list of people, one pair a line,
 * quadratic (60,000 lines took 4 s). While lines are read, the mentions before a line's
 * first are only ever added to (a line drops only its own, a span is widened only on the
 * mention just added): what was read of them stays true, and only the new ones are read. */
static gsize
earlier_mentions_end (VoileNameCollector *c)
{
  guint first_mention = c->line_first_mention;

  if (c->ends_upto > first_mention)
    {
      c->ends_upto = 0;
      c->ends_max = 0;
    }
  for (; c->ends_upto < first_mention; c->ends_upto++)
    c->ends_max
        = MAX (c->ends_max, g_array_index (c->mentions, VoileNameMention, c->ends_upto).end);
  return c->ends_max;
}

gboolean
voile_name_collector_holds (VoileNameCollector *c, gsize start, gsize end)
{
  /* The earlier lines' mentions all end before start (unless one ran across a wrapped
   * line's break): then only the line's can overlap. */
  guint from = earlier_mentions_end (c) <= start ? c->line_first_mention : 0;
  for (guint k = from; k < c->mentions->len; k++)
    {
      const VoileNameMention *other = &g_array_index (c->mentions, VoileNameMention, k);
      if (other->start < end && other->end > start)
        return TRUE;
    }
  return FALSE;
}

/* "Kouassi Yao et Aïssatou Bah", "Marie Dupont and Wang Fang": after a full name and
 * "et"/"and"/"ou"/"or", two capitalised words are the next person, whatever the lists say of the
 * second ("Bah", "Fang" are words too), when the first is a name or in no list. */
static void
find_coordinated_after (VoileNameCollector *c, GArray *tokens, const VoileNameMention *mention,
                        guint m)
{
  /* Most mentions are followed by no " et " nor " and ": told from the bytes first. */
  const char *after = c->text + mention->end;
  gsize room = c->len - mention->end;
  if (mention->type != VOILE_TYPE_PERSON
      || !((room > 4
            && (voile_ascii_strncasecmp (after, " et ", 4) == 0
                || voile_ascii_strncasecmp (after, " ou ", 4) == 0
                || voile_ascii_strncasecmp (after, " or ", 4) == 0))
           || (room > 5 && voile_ascii_strncasecmp (after, " and ", 5) == 0))
      || strchr (mention->key, ' ') == NULL)
    return;
  guint i = token_index_from (tokens, mention->end, TRUE);
  /* tokens[i] ends the mention; then "et", then two words, the line or the list ending
   * after them. */
  if (i + 3 >= tokens->len || tok (tokens, i)->end != mention->end || !tok (tokens, i)->joined
      || !tok (tokens, i + 1)->joined || !tok (tokens, i + 2)->joined)
    return;
  VoileToken *conj = tok (tokens, i + 1), *t = tok (tokens, i + 2), *u = tok (tokens, i + 3);
  if (!(word_is (c, conj, "et", 2) || word_is (c, conj, "and", 3) || word_is (c, conj, "ou", 2)
        || word_is (c, conj, "or", 2)))
    return;
  /* "M OU MME RAKOTOMALALA HERY OU FONTAINE MAELLE": a bank's holders, in capitals. */
  gboolean caps = t->shape == VOILE_SHAPE_UPPER && u->shape == VOILE_SHAPE_UPPER
                  && conj->shape == VOILE_SHAPE_UPPER;
  if ((t->shape != VOILE_SHAPE_CAP && !caps) || (u->shape != VOILE_SHAPE_CAP && !caps)
      || (i + 4 < tokens->len && u->joined && is_candidate (tok (tokens, i + 4))))
    return;
  voile_token_lookup (c->text, t);
  voile_token_lookup (c->text, u);
  if ((t->name_flags | u->name_flags) & VOILE_NAME_PROPER || t->context_flags != 0
      || u->context_flags != 0
      || !(is_nameish (t) || is_unknown (t))
      /* "Grand Hotel": a word after a name that is a word too */
      || (is_word_only (u) && !(is_firm_first (t) || is_firm_last (t) || is_unknown (t)))
      || voile_name_collector_blocked (c, t->start, u->end))
    return;
  if (voile_name_collector_holds (c, t->start, u->end))
    return;
  voile_name_collector_add_person (c, (VoileToken *)tokens->data, i + 2, i + 3, 0,
                                   confidence_beside (c, m, m + 1), VOILE_FIELD_NONE);
}

static void
find_coordinated (VoileNameCollector *c, GArray *tokens, guint first_mention)
{
  guint last_mention = c->mentions->len;

  for (guint m = first_mention; m < last_mention; m++)
    {
      const VoileNameMention mention = g_array_index (c->mentions, VoileNameMention, m);

      if (mention.type != VOILE_TYPE_PERSON)
        continue;
      guint i = token_index_from (tokens, mention.start, FALSE);
      /* The mention is two words or more; "et"/"and" then one word before it. */
      if (i < 2 || i + 1 >= tokens->len || tok (tokens, i)->start != mention.start
          || tok (tokens, i)->end >= mention.end || !tok (tokens, i - 1)->joined
          || !tok (tokens, i - 2)->joined)
        continue;
      VoileToken *conj = tok (tokens, i - 1), *t = tok (tokens, i - 2);
      if (!(word_is (c, conj, "et", 2) || word_is (c, conj, "and", 3)))
        continue;
      voile_token_lookup (c->text, t);
      if (t->shape != VOILE_SHAPE_CAP || is_word_only (t) || (t->name_flags & VOILE_NAME_PROPER)
          || (t->context_flags & ~(guint32)(VOILE_CONTEXT_KIN | VOILE_CONTEXT_VARIETY)) != 0
          || voile_name_collector_blocked (c, t->start, t->end))
        continue;
      gboolean taken = FALSE;
      for (guint k = first_mention; k < c->mentions->len && !taken; k++)
        {
          const VoileNameMention *other = &g_array_index (c->mentions, VoileNameMention, k);
          taken = other->start < t->end && other->end > t->start;
        }
      if (!taken)
        voile_name_collector_add_person (c, (VoileToken *)tokens->data, i - 2, i - 2, 0,
                                         confidence_beside (c, m, m + 1), VOILE_FIELD_NONE);
    }
  for (guint m = first_mention; m < last_mention; m++)
    find_coordinated_after (c, tokens, &g_array_index (c->mentions, VoileNameMention, m), m);
}

/* "Naledi (Support)  ·  10:31 AM": after a help desk header's name (tokens[0, n)), the
 * agent's role in brackets, then a dot or a dash before the time. Moves *at past them and
 * counts the role's words in *role; FALSE when the header is none. */
G_GNUC_NO_INLINE static gboolean
header_role (VoileNameCollector *c, GArray *tokens, guint n, const char **at, const char *end,
             guint *role)
{
  const char *p = *at, *name_end = p;

  if (*p == '(')
    {
      const char *close = memchr (p, ')', (gsize)MIN (end - p, 32));
      if (close == NULL)
        return FALSE;
      while (n + *role < tokens->len && c->text + tok (tokens, n + *role)->start < close)
        (*role)++;
      p = close + 1;
    }
  for (;;)
    {
      if (p < end && (*p == ' ' || *p == '\t' || *p == '|' || *p == '-'))
        p++;
      else if (p + 1 < end && memcmp (p, "\xC2\xB7", 2) == 0)
        p += 2; /* '·' */
      else if (p + 2 < end
               && (memcmp (p, "\xE2\x80\xA2", 3) == 0 || memcmp (p, "\xE2\x80\x94", 3) == 0))
        p += 3; /* '•', '—' */
      else
        break;
    }
  if (p == name_end)
    return FALSE;
  /* "Agent · 10:41", "Support (bot) · 10:41": a role or a common word is no name. */
  voile_token_lookup (c->text, tok (tokens, 0));
  guint f = tok (tokens, 0)->name_flags;
  if ((f & (VOILE_NAME_WORD | VOILE_NAME_PROPER))
      || ((f & VOILE_NAME_AMBIGUOUS) && !(f & VOILE_NAME_FIRST)))
    return FALSE;
  *at = p;
  return TRUE;
}

/* "Olumide Bankole 09:03", "Jordan Pike  10:42 AM": the header of a chat message, a name
 * then a time and nothing else. */
static gboolean
line_is_speaker (VoileNameCollector *c, GArray *tokens, gsize line_start, gsize line_end)
{
  guint n = 0;
  const char *p, *end = c->text + line_end;

  /* "07:00  Julien (renfo)", "19:00 - Aurore": an agenda line, a time then a name. */
  p = c->text + line_start;
  while (p < end && (*p == ' ' || *p == '\t'))
    p++;
  if (tokens->len > 0 && p + 5 <= end && g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1])
      && (p[2] == ':' || p[2] == 'h') && g_ascii_isdigit (p[3]) && g_ascii_isdigit (p[4]))
    {
      for (p += 5; p < c->text + tok (tokens, 0)->start; p++)
        if (!(*p == ' ' || *p == '\t' || *p == '-' || *p == '|' || (guchar)*p >= 0x80))
          return FALSE;
      if (tok (tokens, 0)->shape != VOILE_SHAPE_CAP)
        return FALSE;
      /* "00:55  Second complaint.", "03:30  Quiet.": a log's entry opens on a common word
       * that only the surname lists also know; "07:00  Julien" is a given name. */
      if (tokens->len > 1 && tok (tokens, 0)->joined && !tok (tokens, 0)->dot_after
          && tok (tokens, 1)->shape == VOILE_SHAPE_CAP)
        return TRUE; /* "10:15 Vu Thi Lan: …" */
      voile_token_lookup (c->text, tok (tokens, 0));
      guint f = tok (tokens, 0)->name_flags;
      return !((f & (VOILE_NAME_WORD | VOILE_NAME_PROPER))
               || ((f & VOILE_NAME_AMBIGUOUS) && !(f & VOILE_NAME_FIRST)));
    }

  /* The name's words, "Rousseau, Hélène" included; "(Support)" is a role. */
  while (n < tokens->len && n < NAME_WORDS_MAX && tok (tokens, n)->shape == VOILE_SHAPE_CAP
         && (n == 0 || c->text[tok (tokens, n)->start - 1] != '('))
    n++;
  if (n == 0)
    return FALSE;
  p = c->text + tok (tokens, n - 1)->end;
  while (p < end && (*p == ' ' || *p == '\t'))
    p++;
  /* "Naledi (Support)  ·  10:31 AM": a help desk's header (rare: read apart). */
  guint role = 0;
  if (p < end && !g_ascii_isdigit (*p)
      && (!(*p == '(' || *p == '|' || *p == '-' || (guchar)*p == 0xC2 || (guchar)*p == 0xE2)
          || tokens->len > n + 5 || !header_role (c, tokens, n, &p, end, &role)))
    return FALSE;
  n += role;
  if (n < tokens->len
      && !(n + 1 == tokens->len && (tok (tokens, n)->end - tok (tokens, n)->start) == 2
           && ((c->text[tok (tokens, n)->start] | 0x20) == 'a'
               || (c->text[tok (tokens, n)->start] | 0x20) == 'p')
           && (c->text[tok (tokens, n)->start + 1] | 0x20) == 'm'))
    return FALSE; /* only the name, maybe a role, and maybe "AM"/"PM", as words */
  if (!(p + 4 <= end && g_ascii_isdigit (p[0])))
    return FALSE;
  p += g_ascii_isdigit (p[1]) ? 2 : 1;
  if (!(p + 3 <= end && *p == ':' && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2])))
    return FALSE;
  /* Then nothing but "AM"/"PM": not a timetable row ("La Rose  06:38  06:58"). */
  for (p += 3; p < end; p++)
    if (!(*p == ' ' || *p == '\t' || *p == '\r' || g_ascii_isalpha (*p)))
      return FALSE;
  return TRUE;
}

/* "09:14 ", "9:14:05 ": a time alone opening the line, then one space: the time's last
 * character, or NULL. */
static const char *
bare_time_end (const char *p, const char *end)
{
  const char *q = p;
  guint groups = 0;

  while (groups < 3)
    {
      const char *d = q;
      while (q < end && q - d < 2 && g_ascii_isdigit (*q))
        q++;
      if (q == d || (groups > 0 && q - d != 2))
        return NULL;
      groups++;
      if (q < end && *q == ':' && q + 1 < end && g_ascii_isdigit (q[1]))
        q++;
      else
        break;
    }
  return groups >= 2 && q + 1 < end && *q == ' ' && q[1] != ' ' ? q - 1 : NULL;
}

/* "12/03/2025, 18:05 - ": an Android export's date and time, then " - " (within 32 bytes,
 * a colon in the time): the dash, or NULL. */
static const char *
android_time_end (const char *p, const char *end)
{
  gboolean colon = FALSE;

  if (p >= end || !g_ascii_isdigit (*p))
    return NULL;
  for (const char *q = p; q + 2 < end && q < p + 32; q++)
    {
      if (*q == ':')
        colon = TRUE;
      else if (q[0] == ' ' && q[1] == '-' && q[2] == ' ')
        return colon ? q + 1 : NULL;
    }
  return NULL;
}

/* The sender slot of a chat line at ls ("[10:02] Hanta:", "09:14 client :",
 * "12/03/2025, 18:05 - Jhen:"): its bounds between the time and the colon; FALSE when the
 * line has none. */
static gboolean
sender_slot (const char *text, gsize ls, gsize le, gsize *ss, gsize *se)
{
  const char *p = text + ls, *end = text + le, *close, *colon;

  if (p + 8 > end)
    return FALSE;
  close = *p == '[' ? memchr (p, ']', (gsize)MIN (end - p, 40)) : bare_time_end (p, end);
  if (close == NULL && *p != '[')
    close = android_time_end (p, end);
  if (close == NULL)
    return FALSE;
  colon = memchr (close + 1, ':', (gsize)MIN (end - close - 1, 40));
  if (colon == NULL)
    return FALSE;
  *ss = (gsize)(close + 1 - text);
  *se = (gsize)(colon - text);
  return TRUE;
}

/* Does the word t (in no list), the sender of a chat line, send another line of the chat
 * near this one ("] Hanta:", " agent_Hanta :"), and someone else too (a dialogue, not a
 * bot's log of its actions, "Dyno: Muted: …")? Looked at in a bounded window once per
 * window, so that a long chat is read a bounded number of times. */
#define SENDER_WINDOW 4096
static gboolean
sender_repeats_core (VoileNameCollector *c, const VoileToken *t, gsize line_start, gsize line_end)
{
  gsize n = t->end - t->start;
  gboolean again = FALSE, other = FALSE;

  if (n < 3 || n >= sizeof c->sender || t->context_flags != 0)
    return FALSE;
  if (line_start < c->sender_until && strlen (c->sender) == n
      && memcmp (c->sender, c->text + t->start, n) == 0)
    return TRUE;
  if (c->not_sender_at == t->start + 1)
    return FALSE;
  gsize from = line_start > SENDER_WINDOW ? line_start - SENDER_WINDOW : 0;
  gsize to = MIN (c->len, line_end + SENDER_WINDOW);
  /* from the start of a line */
  while (from > 0 && from < to && c->text[from - 1] != '\n')
    from++;
  for (gsize ls = from; ls < to && !(again && other);)
    {
      const char *nl = memchr (c->text + ls, '\n', to - ls);
      gsize le = nl != NULL ? (gsize)(nl - c->text) : to, ss, se;
      if (ls != line_start && le > ls && (c->text[ls] == '[' || g_ascii_isdigit (c->text[ls]))
          && sender_slot (c->text, ls, le, &ss, &se))
        {
          const char *hit = NULL;
          for (gsize h = ss; h + n <= se && hit == NULL; h++)
            if (c->text[h] == c->text[t->start] && memcmp (c->text + h, c->text + t->start, n) == 0
                && (h == ss || c->text[h - 1] == ' ' || c->text[h - 1] == '_')
                && (h + n == se || c->text[h + n] == ' '))
              hit = c->text + h;
          if (hit != NULL)
            again = TRUE;
          else
            other = TRUE;
        }
      ls = le + 1;
    }
  if (again && other)
    {
      memcpy (c->sender, c->text + t->start, n);
      c->sender[n] = '\0';
      c->sender_until = to;
    }
  else
    c->not_sender_at = t->start + 1;
  return again && other;
}

static gboolean
sender_repeats (VoileNameCollector *c, const VoileToken *t, gsize line_start, gsize line_end)
{
  voile_token_lookup (c->text, (VoileToken *)t);
  return is_unknown (t) && sender_repeats_core (c, t, line_start, line_end);
}

/* "[18/10/2025, 19:09] Sofia ❤️: …", "02/03/2025, 22:15 - Devon: …": a chat's sender saved
 * as one given name that is also a place (the lists' proper word), maybe an emoji after it,
 * who sends other lines of the chat facing someone else, is the sender's name. Token i opens
 * the slot after the time; taken when the slot holds nothing else before its colon. */
static gboolean
place_named_sender (VoileNameCollector *c, GArray *tokens, guint i, gsize line_start,
                    gsize line_end)
{
  const VoileToken *t = tok (tokens, i);
  const char *end = c->text + line_end, *p = c->text + t->end;
  guint f = t->name_flags;

  if (!(f & VOILE_NAME_FIRST) || !(f & VOILE_NAME_PROPER) || (f & VOILE_NAME_WORD)
      || t->shape != VOILE_SHAPE_CAP)
    return FALSE;
  /* a space, then an emoji's bytes (no letter, no digit) at most, then the colon */
  for (const char *stop = MIN (end, p + 24); p < stop && (*p == ' ' || (guchar)*p >= 0x80);)
    p++;
  if (p >= end || *p != ':')
    return FALSE;
  voile_token_lookup_context (c->text, (VoileToken *)t);
  return sender_repeats_core (c, t, line_start, line_end);
}

/* "09:14 agent_Hanta : …", "[10:02] support_Lucas: …": a live chat's sender written as its
 * role, an underscore and the agent's given name (a handle the words skip whole). The name
 * is taken when it sends other lines near this one. */
static void
find_role_sender (VoileNameCollector *c, gsize line_start, gsize line_end)
{
  const char *text = c->text, *end = text + line_end, *p = text + line_start, *close, *q;

  while (p < end && (*p == ' ' || *p == '\t'))
    p++;
  if (p + 8 > end)
    return;
  close = *p == '[' ? memchr (p, ']', (gsize)MIN (end - p, 40)) : bare_time_end (p, end);
  if (close == NULL)
    return;
  for (q = close + 1; q < end && *q == ' '; q++)
    ;
  const char *role = q;
  while (q < end && q - role <= 12 && g_ascii_islower (*q))
    q++;
  if (q - role < 2 || q + 1 >= end || *q != '_' || !g_ascii_isupper (q[1]))
    return;
  VoileToken name = { .start = (gsize)(q + 1 - text), .shape = VOILE_SHAPE_CAP };
  for (q += 2; q < end && (g_ascii_islower (*q) || (guchar)*q >= 0x80); q++)
    ;
  name.end = (gsize)(q - text);
  while (q < end && *q == ' ')
    q++;
  if (q < end && *q == ':' && sender_repeats (c, &name, line_start, line_end))
    voile_name_collector_add_person (c, &name, 0, 0, 0, CONFIDENCE_GREETING, VOILE_FIELD_NONE);
}

/* "[02/10/2025 19:40] Karim Haddad: …", "[9:14 AM] Priya Raman": a chat export's header,
 * a bracketed time, then the sender's name (then a colon or the end of the line). Returns
 * the index of the name's first word, or -1. */
static gint
chat_header_name (VoileNameCollector *c, GArray *tokens, gsize line_start, gsize line_end)
{
  const char *p = c->text + line_start, *end = c->text + line_end, *close;
  guint i = 0, j;

  while (p < end && (*p == ' ' || *p == '\t'))
    p++;
  if (p + 8 > end || !(*p == '[' ? g_ascii_isdigit (p[1]) : g_ascii_isdigit (p[0])))
    return -1;
  gboolean bare_time = FALSE;
  if (*p == '[')
    close = memchr (p, ']', (gsize)MIN (end - p, 40));
  else if ((close = bare_time_end (p, end)) != NULL)
    bare_time = TRUE; /* "09:14 agent_Hanta : Bonjour…": a live chat's copy, the time alone */
  else
    {
      /* "12/03/2025, 18:05 - Tunde Adeyemi: …": an Android export, the time then " - ". */
      close = NULL;
      for (const char *q = p; q + 2 < end && q < p + 32 && close == NULL; q++)
        if (q[0] == ' ' && q[1] == '-' && q[2] == ' ')
          close = q + 1;
    }
  if (close == NULL || memchr (p, ':', (gsize)(close - p)) == NULL)
    return -1;
  while (i < tokens->len && c->text + tok (tokens, i)->start < close)
    i++; /* "AM" */
  if (i == tokens->len || tok (tokens, i)->shape != VOILE_SHAPE_CAP)
    return -1;
  /* "[10:03] Client : …": a role, not a name; a given name that is also a word is the
   * sender's ("[07:02] Laure:", "Rose:"). */
  voile_token_lookup (c->text, tok (tokens, i));
  guint f = tok (tokens, i)->name_flags;
  if (place_named_sender (c, tokens, i, line_start, line_end))
    {
      voile_name_collector_add_person (c, (VoileToken *)tokens->data, i, i, 0, CONFIDENCE_GREETING,
                                       VOILE_FIELD_NONE);
      return -1;
    }
  if ((f & (VOILE_NAME_WORD | VOILE_NAME_PROPER))
      || ((f & VOILE_NAME_AMBIGUOUS) && !(f & VOILE_NAME_FIRST)))
    return -1;
  for (p = close + 1; p < c->text + tok (tokens, i)->start; p++)
    if (*p != ' ')
      return -1;
  for (j = i; j + 1 < tokens->len && joins_next (tok (tokens, j)) && j - i < NAME_WORDS_MAX; j++)
    ;
  for (p = c->text + tok (tokens, j)->end; p < end && (*p == ' ' || *p == '.'); p++)
    ;
  /* "[08/09/2025 07:55] Wamytan J. (BT Koné) :", "Gaël Le Floch (PSIG Nord) :": the sender's
   * unit or role in brackets, then the colon. */
  if (p < end && *p == '(')
    {
      /* "Ltn Mourad Bensalem (chef de centre):": a first word in no list (a rank) is left
       * to the prose rules, which keep it out of the name, unless an initial follows it. */
      voile_token_lookup_context (c->text, tok (tokens, i));
      /* "[07/04/2025, 08:12] Marelize (Conveyancing):": a one-word sender in no list with
       * its firm or role, who sends line after line facing others, is a contact's name
       * (sender_repeats(): no rank, which has a context word, nor a bot). */
      gboolean repeats = j == i && !(f & (VOILE_NAME_FIRST | VOILE_NAME_LAST))
                         && sender_repeats (c, tok (tokens, i), line_start, line_end);
      if ((tok (tokens, i)->context_flags & VOILE_CONTEXT_TITLE)
          || (!(f & (VOILE_NAME_FIRST | VOILE_NAME_LAST))
              && !(j == i + 1 && tok (tokens, j)->shape == VOILE_SHAPE_INITIAL) && !repeats))
        return -1;
      const char *shut = memchr (p, ')', (gsize)MIN (end - p, 48));
      if (shut == NULL)
        return -1;
      for (p = shut + 1; p < end && *p == ' '; p++)
        ;
      return p < end && *p == ':' ? (gint)i : -1;
    }
  /* After a bare time the colon is needed: "09:14 Paris Nord" is a timetable's row. */
  if (bare_time)
    return p < end && *p == ':' ? (gint)i : -1;
  return p == end || *p == ':' || *p == '\r' ? (gint)i : -1;
}

/* (session 23, g23-names) "[09/11/2026, 10:22] Dr Baraka (NHIF desk): …", "[…] Sr Joy:": a
 * chat's sender saved as a title and one capitalised word, then maybe a role in brackets,
 * then the colon. The slot says a person sends; the word after the title is the person's
 * name even when it is a common word too (the prose's title rule leaves those out: "Dr
 * Pepper"). Only such words are taken here: names in a list are the title rule's. */
static void
find_title_sender (VoileNameCollector *c, GArray *tokens, gsize line_start, gsize line_end)
{
  const char *text = c->text, *end = text + line_end, *p = text + line_start, *close;
  guint i = 0;

  if (p + 8 > end || *p != '[' || !g_ascii_isdigit (p[1]))
    return;
  close = memchr (p, ']', (gsize)MIN (end - p, 40));
  if (close == NULL || memchr (p, ':', (gsize)(close - p)) == NULL)
    return;
  while (i < tokens->len && text + tok (tokens, i)->start < close)
    i++;
  if (i + 1 >= tokens->len)
    return;
  VoileToken *title = tok (tokens, i), *name = tok (tokens, i + 1);
  for (p = close + 1; p < text + title->start; p++)
    if (*p != ' ')
      return;
  voile_token_lookup_context (text, title);
  if (!(title->context_flags & VOILE_CONTEXT_TITLE) || !joins_next (title)
      || title->shape == VOILE_SHAPE_LOWER || name->shape != VOILE_SHAPE_CAP
      || name->end - name->start < 3)
    return;
  voile_token_lookup (text, name);
  voile_token_lookup_context (text, name);
  if (!is_word_only (name) || (name->name_flags & VOILE_NAME_PROPER)
      || (name->context_flags & (VOILE_CONTEXT_STOP | VOILE_CONTEXT_TITLE)))
    return;
  for (p = text + name->end; p < end && *p == ' '; p++)
    ;
  if (p < end && *p == '(')
    {
      const char *shut = memchr (p, ')', (gsize)MIN (end - p, 48));
      if (shut == NULL)
        return;
      for (p = shut + 1; p < end && *p == ' '; p++)
        ;
    }
  if (p < end && *p == ':')
    voile_name_collector_add_person (c, (VoileToken *)tokens->data, i + 1, i + 1, 0,
                                     CONFIDENCE_GREETING, VOILE_FIELD_NONE);
}

/* "marie  10:05": a chat header whose display name is written in lower case (Slack). */
static void
find_lower_speaker (VoileNameCollector *c, GArray *tokens, gsize line_start, gsize line_end)
{
  VoileToken *t;
  const char *p, *end = c->text + line_end;

  if (tokens->len == 0 || tokens->len > 2)
    return;
  t = tok (tokens, 0);
  if (t->shape != VOILE_SHAPE_LOWER || t->end - t->start < 3)
    return;
  for (p = c->text + line_start; p < c->text + t->start; p++)
    if (*p != ' ' && *p != '\t')
      return;
  for (p = c->text + t->end; p < end && (*p == ' ' || *p == '\t'); p++)
    ;
  if (!(p + 4 <= end && g_ascii_isdigit (p[0])))
    return;
  p += g_ascii_isdigit (p[1]) ? 2 : 1;
  if (!(p + 3 <= end && *p == ':' && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2])))
    return;
  for (p += 3; p < end; p++)
    if (!(*p == ' ' || *p == '\t' || *p == '\r' || g_ascii_isalpha (*p)))
      return;
  voile_token_lookup (c->text, t);
  if (!(t->name_flags & VOILE_NAME_FIRST) || (t->name_flags & (VOILE_NAME_WORD | VOILE_NAME_PROPER))
      || (t->context_flags & (VOILE_CONTEXT_STOP | VOILE_CONTEXT_DETERMINER)))
    return;
  voile_name_collector_add_person (c, (VoileToken *)tokens->data, 0, 0, 0, CONFIDENCE_GREETING,
                                   VOILE_FIELD_NONE);
}

static inline gboolean
word_is (VoileNameCollector *c, const VoileToken *t, const char *word, gsize len)
{
  return t->end - t->start == len && voile_ascii_strncasecmp (c->text + t->start, word, len) == 0;
}

typedef enum
{
  INTRO_NONE,
  INTRO_KIN,   /* a kinship or role noun: "sa sœur", "votre technicien", "my partner" */
  INTRO_REACH, /* a contact verb or preposition: "call dave", "from marguerite" */
  INTRO_SELF,  /* "c'est", "je suis", "je m'appelle", "this is", "my name is" */
  INTRO_GREET, /* a greeting or thanks in a chat: "salut marie", "merci julien", "hey priya" */
  INTRO_TITLE, /* a title in lower-case notes: "rdv avec mme leroux", "dr petit" */
} Intro;

/* Does tokens[i] introduce a person, so that the words after it are a name even in lower
 * case? */
static Intro
introduces_name (VoileNameCollector *c, GArray *tokens, guint i)
{
  VoileToken *t = tok (tokens, i);
  gsize len = t->end - t->start;
  const char *w = c->text + t->start;

  /* Its one caller, find_lower_names(), has tested that the word is lower case, joined to
   * the next and of 2 to 12 bytes: not tested again for every word pair of prose. */
  switch (len)
    {
      case 2:
        {
          /* "ok thomas je regarde", "cc dylan", "hi priya", "à julien": two-byte words
           * skip the hash lookup below; data/names/short-words.txt has its own table. */
          guint flags = voile_name_short_word (w);
          if (flags & VOILE_CONTEXT_GREETING)
            return INTRO_GREET;
          if (flags & VOILE_CONTEXT_TITLE)
            return INTRO_TITLE;
          if (flags & VOILE_CONTEXT_REACH)
            return INTRO_REACH;
        }
        /* "la maman de noa", "the mother of kwame": a kinship noun, then "de" or "of". */
        if ((memcmp (w, "de", 2) == 0 || memcmp (w, "of", 2) == 0) && i > 0)
          {
            VoileToken *kin = tok (tokens, i - 1);
            if (kin->shape != VOILE_SHAPE_LOWER || !kin->joined
                || (!(kin->looked_up & 1)
                    && !voile_name_may_introduce (c->text + kin->start, kin->end - kin->start)))
              return INTRO_NONE;
            voile_token_lookup_context (c->text, kin);
            return (kin->context_flags & VOILE_CONTEXT_KIN) ? INTRO_KIN : INTRO_NONE;
          }
        /* "this is", "my name is" */
        if (memcmp (w, "is", 2) == 0 && i > 0)
          return word_is (c, tok (tokens, i - 1), "this", 4)
                         || (word_is (c, tok (tokens, i - 1), "name", 4) && i > 1
                             && word_is (c, tok (tokens, i - 2), "my", 2))
                     ? INTRO_SELF
                     : INTRO_NONE;
        return INTRO_NONE;
      case 3:
        /* "c'est" */
        if (memcmp (w, "est", 3) == 0)
          return t->elided && t->start >= 2 && (c->text[t->start - 2] | 0x20) == 'c' ? INTRO_SELF
                                                                                     : INTRO_NONE;
        break;
      case 4:
        /* "l'animatrice cest marjorie": "c'est" as texts type it. */
        if (memcmp (w, "cest", 4) == 0)
          return INTRO_SELF;
        if (memcmp (w, "suis", 4) == 0)
          return i > 0 && word_is (c, tok (tokens, i - 1), "je", 2) ? INTRO_SELF : INTRO_NONE;
        break;
      case 7:
        if (memcmp (w, "appelle", 7) == 0)
          return t->elided ? INTRO_SELF : INTRO_NONE;
        break;
      default:
        break;
    }
  /* Most word pairs of prose get here: rule the word out without its lookup when it can
   * be no kin, greeting, reach or title word. */
  if (!(t->looked_up & 1) && !voile_name_may_introduce (w, len))
    return INTRO_NONE;
  voile_token_lookup_context (c->text, t);
  if (t->context_flags & VOILE_CONTEXT_KIN)
    return INTRO_KIN;
  /* "mme", "mlle", "mrs" but not "dame", "miss", "famille": common words in lower case. */
  if (t->context_flags & VOILE_CONTEXT_TITLE)
    return (voile_token_lookup (c->text, t), t->name_flags & VOILE_NAME_WORD) ? INTRO_NONE
                                                                              : INTRO_TITLE;
  /* "salut marie,", "oui merci julien !", "parfait, coucou ambre": the chat's "Bonjour
   * Marie", wherever it falls in the message. */
  if (t->context_flags & VOILE_CONTEXT_GREETING)
    return INTRO_GREET;
  return (t->context_flags & VOILE_CONTEXT_REACH) ? INTRO_REACH : INTRO_NONE;
}

#define TENTATIVE_MAX 64

/* A word in no list, or a surname that is no given name and no word ("femi"). */
static inline gboolean
may_be_tentative (const VoileToken *t)
{
  return t->context_flags == 0
         && (is_unknown (t)
             || ((t->name_flags & VOILE_NAME_LAST)
                 && !(t->name_flags & (VOILE_NAME_FIRST | VOILE_NAME_WORD | VOILE_NAME_PROPER))));
}

/* A lower-case word in no list where a name is expected ("thanks femi"): kept aside, and a
 * name only if a found name holds it ("Femi Adeyemi"), see resolve_tentative(). */
static void
note_tentative (VoileNameCollector *c, const VoileToken *t)
{
  if (c->tentative == NULL)
    c->tentative = g_array_new (FALSE, FALSE, sizeof (VoileToken));
  if (c->tentative->len < TENTATIVE_MAX)
    g_array_append_val (c->tentative, *t);
}

/* A hash of a word for resolve_tentative(): 0..63, from its length and its first and last
 * bytes. */
static inline guint
tentative_hash (const char *w, gsize n)
{
  if (n == 0)
    return 0;
  return ((guint)n * 7u + (guchar)w[0] * 3u + (guchar)w[n - 1]) & 63u;
}

/* Adds the kept-aside words whose folded form is a word of a found name's key that holds
 * more than one word, or a one-word key that more than the lists found ("Bonjour Julien").
 * The kept-aside words (TENTATIVE_MAX at most) are folded first, then the keys' words are
 * compared with them in one walk of the mentions: no set of every key's words is built
 * (an allocation and a hash per word, a tenth of the name finder's time on a long text),
 * and no walk of every mention for every kept-aside word (quadratic in a long text). */
static void
resolve_tentative (VoileNameCollector *c)
{
  if (c->tentative == NULL)
    return;

  guint n_tentative = c->tentative->len;
  char keys[TENTATIVE_MAX][VOILE_NAME_KEY_MAX + 1];
  gsize key_lens[TENTATIVE_MAX];
  gboolean folded[TENTATIVE_MAX], found[TENTATIVE_MAX];
  /* The folded words by a hash of their length and first byte: a bit set for each hash
   * held, and the words of each hash chained (G_MAXUINT ends a chain). */
  guint64 held = 0;
  guint chain_head[64], chain_next[TENTATIVE_MAX];
  guint left = 0; /* folded words not matched yet */

  g_assert (n_tentative <= TENTATIVE_MAX);
  for (guint i = 0; i < n_tentative; i++)
    {
      VoileToken *t = &g_array_index (c->tentative, VoileToken, i);
      folded[i] = voile_name_fold (c->text + t->start, t->end - t->start, keys[i], &key_lens[i]);
      found[i] = FALSE;
      if (!folded[i])
        continue;
      keys[i][key_lens[i]] = '\0';
      left++;
    }
  for (guint i = n_tentative; i-- > 0;)
    if (folded[i])
      {
        guint h = tentative_hash (keys[i], key_lens[i]);
        if (!((held >> h) & 1))
          chain_head[h] = G_MAXUINT;
        held |= G_GUINT64_CONSTANT (1) << h;
        chain_next[i] = chain_head[h];
        chain_head[h] = i;
      }

  const char *previous = NULL;
  for (guint m = 0; m < c->mentions->len && left > 0; m++)
    {
      const VoileNameMention *mention = &g_array_index (c->mentions, VoileNameMention, m);
      const char *k = mention->key;
      /* (Keys are interned: the same name's mentions one after another are read once.) */
      if (mention->type != VOILE_TYPE_PERSON || k == NULL || k == previous
          || (strchr (k, ' ') == NULL
              && (mention->confidence <= CONFIDENCE_INITIAL
                  || mention->confidence == CONFIDENCE_LIST_BARE)))
        continue;
      previous = k;
      for (const char *w = k;;)
        {
          const char *space = strchr (w, ' ');
          gsize n = space != NULL ? (gsize)(space - w) : strlen (w);
          guint h = tentative_hash (w, n);
          if ((held >> h) & 1)
            for (guint i = chain_head[h]; i != G_MAXUINT; i = chain_next[i])
              if (!found[i] && key_lens[i] == n && memcmp (keys[i], w, n) == 0)
                {
                  found[i] = TRUE;
                  left--;
                }
          if (space == NULL)
            break;
          w = space + 1;
        }
    }
  for (guint i = 0; i < n_tentative; i++)
    if (found[i])
      voile_name_collector_add_person (c, &g_array_index (c->tentative, VoileToken, i), 0, 0, 0,
                                       CONFIDENCE_LATER, VOILE_FIELD_NONE);
  g_array_unref (c->tentative);
  c->tentative = NULL;
}

/* "clémence tu prends le gâteau ?", "marcus, can you…": a chat message opening on a
 * lower-case given name, then a comma or a word of address. Bare: kept beside context. */
static void
find_lower_vocative (VoileNameCollector *c, GArray *tokens, guint i)
{
  VoileToken *t = tok (tokens, i);

  if (t->shape != VOILE_SHAPE_LOWER || t->end - t->start < 3)
    return;
  /* A word of its own ("python3.11-dev, and" is not a message to Dev). */
  if (t->start > 0 && c->text[t->start - 1] != ' ' && c->text[t->start - 1] != '\t'
      && c->text[t->start - 1] != '\n')
    return;
  /* Then a comma, a word of address ("tu", "you", "can", "please": data/names/
   * context-words.txt) or a verb of speech ("lena said", "priya asked"). */
  VoileToken *next = tok (tokens, i + 1);
  gsize n = next->end - next->start;
  gboolean comma = t->next_char == ',', tu = FALSE, you = FALSE;
  if (!comma && t->joined && n >= 2 && n <= 8 && next->shape == VOILE_SHAPE_LOWER)
    {
      voile_token_lookup_context (c->text, next);
      tu = (next->context_flags & VOILE_CONTEXT_ADDRESS_STRONG) != 0;
      you = (next->context_flags & (VOILE_CONTEXT_ADDRESS | VOILE_CONTEXT_SAYS)) != 0;
    }
  if (!comma && !you)
    return;
  voile_token_lookup (c->text, t);
  if (may_be_tentative (t))
    note_tentative (c, t); /* "femi can you…": a name if "Femi" is found elsewhere */
  /* "clémence tu…": a name that is also a word, when "tu" says it is addressed ("see
   * you" is no name). */
  if (!(t->name_flags & VOILE_NAME_FIRST) || (t->name_flags & (VOILE_NAME_WORD | VOILE_NAME_PROPER))
      || ((t->name_flags & VOILE_NAME_AMBIGUOUS) && !tu) || t->context_flags != 0)
    return;
  voile_name_collector_add_person (c, (VoileToken *)tokens->data, i, i, 0, CONFIDENCE_PAIR,
                                   VOILE_FIELD_NONE);
}

/* After the greeting tokens[i], may the name that is also a word be a name? In English only
 * when punctuation follows ("hi will!" but not "thanks will do"); French greetings are
 * followed by a name ("merci julien pour le devis"). */
static gboolean
ambiguous_after_greeting (VoileNameCollector *c, GArray *tokens, guint i)
{
  VoileToken *g = tok (tokens, i), *name = tok (tokens, i + 1);
  gboolean english = word_is (c, g, "thanks", 6) || word_is (c, g, "hi", 2)
                     || word_is (c, g, "hey", 3) || word_is (c, g, "hello", 5)
                     || word_is (c, g, "dear", 4);
  return !english || (name->next_char != '\0' && strchr (",!.?:;)", name->next_char) != NULL)
         || (name->next_char == '\0' && i + 2 >= tokens->len);
}

/* "cc sophie et nadia", "thanks priya and tom": after a lower-case given name found,
 * "et"/"and" and another one. Returns the index of the last name word taken. */
static guint
find_lower_coordinated (VoileNameCollector *c, GArray *tokens, guint k, float confidence)
{
  if (k + 2 >= tokens->len || !tok (tokens, k)->joined || !tok (tokens, k + 1)->joined)
    return k;
  VoileToken *conj = tok (tokens, k + 1), *t = tok (tokens, k + 2);
  if (!(word_is (c, conj, "et", 2) || word_is (c, conj, "and", 3)) || t->shape != VOILE_SHAPE_LOWER
      || t->end - t->start < 3)
    return k;
  voile_token_lookup (c->text, t);
  /* "sam and ben": a particle ("Ben Amor") is a given name too after "and" ("et ben" is
   * French for "well"). */
  gboolean and_particle
      = conj->end - conj->start == 3 && t->context_flags == VOILE_CONTEXT_PARTICLE;
  if (!(t->name_flags & VOILE_NAME_FIRST) || (t->name_flags & (VOILE_NAME_WORD | VOILE_NAME_PROPER))
      || (t->context_flags != 0 && !and_particle))
    return k;
  if ((t->name_flags & VOILE_NAME_AMBIGUOUS) && !and_particle)
    {
      note_tentative (c, t); /* "et marc": a name if "Marc" is found elsewhere */
      return k;
    }
  voile_name_collector_add_person (c, (VoileToken *)tokens->data, k + 2, k + 2, 0, confidence,
                                   VOILE_FIELD_NONE);
  return k + 2;
}

/* "c'est jacqueline moreau-villiers, la cliente", "my partner fraser": a lower-case name
 * after words that introduce a person. Lower-case words anywhere else stay unread. */
/* "cc preston rd", "at kingsley road": a street's word after tokens[i] makes it a street. */
static gboolean
before_street_word (VoileNameCollector *c, GArray *tokens, guint i)
{
  if (i + 1 >= tokens->len || !tok (tokens, i)->joined)
    return FALSE;
  return voile_name_token_is_org_word (c->text, tokens, i + 1);
}

static void
find_lower_names (VoileNameCollector *c, GArray *tokens)
{
  /* Read once: the words' flags written by lookups below could alias the array's fields,
   * which nothing here resizes. */
  VoileToken *words = (VoileToken *)(gpointer)tokens->data;
  guint n_words = tokens->len;

  /* Every rule below (and find_lower_vocative()) starts from a lower-case word of three
   * bytes or more: a line without one (capitals, numbers, a table's cells) is not read
   * pair by pair. */
  guint first_lower = 0;
  while (first_lower < n_words
         && !(words[first_lower].shape == VOILE_SHAPE_LOWER
              && words[first_lower].end - words[first_lower].start >= 3))
    first_lower++;
  if (first_lower == n_words)
    return;

  /* (The pairs before it hold none either.) */
  for (guint i = first_lower > 0 ? first_lower - 1 : 0; i + 1 < n_words; i++)
    {
      VoileToken *t0 = &words[i + 1];
      guint k = i + 1;
      Intro intro;

      const VoileToken *ti = &words[i];
      gsize len = ti->end - ti->start;

      if (i == 0 || ti->sentence_start)
        find_lower_vocative (c, tokens, i);
      /* introduces_name()'s first test too, in one branch: most word pairs fail it, in no
       * pattern the branch predictor could learn. */
      if (!((t0->shape == VOILE_SHAPE_LOWER) & (t0->end - t0->start >= 3) & (ti->joined != 0)
            & (ti->shape == VOILE_SHAPE_LOWER) & (len - 2 <= 10)))
        {
          /* "coucou, maëlle a oublié…", "hey, sanjay is here": a greeting, a comma, then a
           * lower-case given name that is nothing else. */
          if (ti->next_char == ',' && (i == 0 || ti->sentence_start)
              && t0->shape == VOILE_SHAPE_LOWER && ti->shape == VOILE_SHAPE_LOWER
              && t0->end - t0->start >= 3 && len >= 2 && len <= 8)
            {
              voile_token_lookup_context (c->text, (VoileToken *)ti);
              if ((ti->context_flags & VOILE_CONTEXT_GREETING)
                  && !(ti->context_flags & VOILE_CONTEXT_CLOSING))
                {
                  voile_token_lookup (c->text, t0);
                  if (is_firm_first (t0) && t0->context_flags == 0
                      && !(t0->name_flags & VOILE_NAME_WORD))
                    voile_name_collector_add_person (c, (VoileToken *)tokens->data, i + 1, i + 1, 0,
                                                     CONFIDENCE_PAIR, VOILE_FIELD_NONE);
                }
            }
          /* "rdv avec m. dupont": the one-letter title of lower-case notes, then a surname
           * ("3 m. de large" is a length). */
          if (len == 1 && c->text[ti->start] == 'm' && ti->dot_after
              && t0->shape == VOILE_SHAPE_LOWER && t0->end - t0->start >= 3
              && t0->start == ti->end + 2 && c->text[ti->end + 1] == ' ')
            {
              voile_token_lookup (c->text, t0);
              if ((t0->name_flags & VOILE_NAME_LAST) && t0->context_flags == 0
                  && !(t0->name_flags & (VOILE_NAME_WORD | VOILE_NAME_PROPER)))
                voile_name_collector_add_person (c, (VoileToken *)tokens->data, i + 1, i + 1, 0,
                                                 CONFIDENCE_CONTEXT, VOILE_FIELD_NONE);
            }
          continue;
        }
      intro = introduces_name (c, tokens, i);
      if (intro == INTRO_NONE)
        continue;
      /* "ok lang", "salam bhai", "hi didi": a function word or a kinship word of a language
       * the finder does not read after a greeting or a contact word is none of a name's;
       * after a title it may be a surname ("mr yang", "dr lai"). */
      voile_token_lookup (c->text, t0);
      if (intro != INTRO_TITLE
          && ((t0->name_flags & (VOILE_NAME_FIRST | VOILE_NAME_LAST)) || may_be_tentative (t0))
          && voile_name_chat_function_word (c->text + t0->start, t0->end - t0->start))
        continue;
      if (intro == INTRO_TITLE)
        {
          /* "mme leroux", "dr petit", "mme kerboriou": after a title, a surname, a name
           * that is also a word, or a word in no list. */
          if (t0->context_flags == 0 && !(t0->name_flags & (VOILE_NAME_WORD | VOILE_NAME_PROPER))
              && (is_nameish (t0) || is_unknown (t0)) && !t0->elided)
            {
              voile_name_collector_add_person (
                  c, (VoileToken *)tokens->data, i + 1, i + 1, 0,
                  is_nameish (t0) ? CONFIDENCE_CONTEXT : CONFIDENCE_PAIR, VOILE_FIELD_NONE);
              i++;
            }
          continue;
        }
      if ((intro == INTRO_GREET || intro == INTRO_REACH) && may_be_tentative (t0))
        note_tentative (c, t0); /* "thanks femi", "with kwame": a name if "Femi" is found */
      /* "cc julien", "à marc": a given name that is also a word ("calendrier julien"), a
       * name if the text names "Julien" elsewhere. */
      if (intro == INTRO_REACH && (t0->name_flags & VOILE_NAME_FIRST)
          && (t0->name_flags & VOILE_NAME_AMBIGUOUS)
          && !(t0->name_flags & (VOILE_NAME_WORD | VOILE_NAME_PROPER)) && t0->context_flags == 0)
        note_tentative (c, t0);
      /* "thanks jordan", "hey india!": a given name that is also a place, addressed at the
       * end of a greeting. */
      gboolean greeted_place = intro == INTRO_GREET && (t0->name_flags & VOILE_NAME_FIRST)
                               && !(t0->name_flags & (VOILE_NAME_WORD | VOILE_NAME_AMBIGUOUS))
                               && (t0->next_char == '\0' || strchr ("!,.?\n", t0->next_char));
      /* A title is never the name itself: "je suis née le…" (née as in "née Dupont"). */
      if (!is_nameish (t0)
          || (t0->name_flags & (VOILE_NAME_WORD | (greeted_place ? 0 : VOILE_NAME_PROPER)))
          || (t0->context_flags
              & (VOILE_CONTEXT_STOP | VOILE_CONTEXT_DETERMINER | VOILE_CONTEXT_TITLE))
          || before_street_word (c, tokens, i + 1))
        continue;
      /* The surname, joined by a space: after "c'est", "je suis", a name or a word in no
       * list ("moreau-villiers"), a common word only after a given name ("oliver grant");
       * a kinship noun is followed by a given name only ("kader passera" is a verb). */
      gboolean given
          = (t0->name_flags & VOILE_NAME_FIRST) && !(t0->name_flags & VOILE_NAME_AMBIGUOUS);
      while (intro == INTRO_SELF && k + 1 < tokens->len && k - i < 3 && tok (tokens, k)->joined)
        {
          VoileToken *t = tok (tokens, k + 1);
          voile_token_lookup (c->text, t);
          /* "c'est fabrice da rocha": a particle, then the surname. */
          if (given && t->shape == VOILE_SHAPE_LOWER && (t->context_flags & VOILE_CONTEXT_PARTICLE)
              && t->joined && k + 2 < tokens->len)
            {
              VoileToken *after = tok (tokens, k + 2);
              voile_token_lookup (c->text, after);
              if (after->shape == VOILE_SHAPE_LOWER && after->context_flags == 0
                  && after->end - after->start >= 3
                  && !(after->name_flags & (VOILE_NAME_WORD | VOILE_NAME_PROPER))
                  && (is_nameish (after) || is_unknown (after)))
                {
                  k += 2;
                  continue;
                }
            }
          if (t->shape != VOILE_SHAPE_LOWER || t->context_flags != 0
              || (t->name_flags & (VOILE_NAME_WORD | VOILE_NAME_PROPER))
              || !(is_nameish (t) || (is_unknown (t) && t->end - t->start >= 3))
              || ((t->name_flags & VOILE_NAME_AMBIGUOUS) && !given))
            break;
          k++;
        }
      /* "from topps tiles": after a contact word, a given name only. */
      if ((intro == INTRO_REACH || intro == INTRO_GREET) && !(t0->name_flags & VOILE_NAME_FIRST))
        continue;
      /* "hello love,", "thanks hun", "ok bhai": a term of endearment or address, no name. */
      if (intro == INTRO_GREET && is_endearment (c->text + t0->start, t0->end - t0->start))
        continue;
      /* "c'est rose", "my partner will": one word that is also a common word; "this is
       * like parenthesizing", "this is well-known": a common word that is no given name. */
      if ((t0->name_flags & VOILE_NAME_AMBIGUOUS)
          && (k == i + 1 || !(t0->name_flags & VOILE_NAME_FIRST))
          && !(intro == INTRO_GREET && (t0->name_flags & VOILE_NAME_FIRST)
               && (ambiguous_after_greeting (c, tokens, i))))
        continue; /* "merci julien": a greeting is context enough */
      {
        /* "jean-pierre" yes, "well-known" no: a compound given name starts with one. */
        const char *hyphen = memchr (c->text + t0->start, '-', t0->end - t0->start);
        if (hyphen != NULL
            && !(voile_name_lookup_word (c->text + t0->start, (gsize)(hyphen - c->text) - t0->start)
                 & VOILE_NAME_FIRST))
          continue;
      }
      /* A kinship noun gives a bare name: "sa fille cosette" in an essay stays unmarked. */
      float confidence = intro == INTRO_GREET  ? CONFIDENCE_CONTEXT
                         : intro == INTRO_SELF ? CONFIDENCE_GREETING
                                               : CONFIDENCE_PAIR;
      voile_name_collector_add_person (c, (VoileToken *)tokens->data, i + 1, k, 0, confidence,
                                       VOILE_FIELD_NONE);
      if ((intro == INTRO_REACH || intro == INTRO_GREET) && k == i + 1)
        k = find_lower_coordinated (c, tokens, k, confidence);
      i = k;
    }
}

/* "On Mon, Apr 7, 2025 at 4:02 PM Oluwaseun Bankole <…> wrote:", "Le lun. 7 avr. 2025 à
 * 16:02, Jeanne Martin <…> a écrit :": the header of a quoted reply. */
static gboolean
line_is_reply_header (const char *text, gsize line_start, gsize line_end)
{
  while (line_end > line_start && g_ascii_isspace (text[line_end - 1]))
    line_end--;
  if (line_end - line_start < 12 || text[line_end - 1] != ':')
    return FALSE;
  line_end--;
  while (line_end > line_start && text[line_end - 1] == ' ')
    line_end--;
  return (line_end - line_start >= 5 && memcmp (text + line_end - 5, "wrote", 5) == 0)
         || (line_end - line_start >= 6 && memcmp (text + line_end - 6, "\303\251crit", 6) == 0);
}

/* Words in no list are a name only beside another name or a contact detail on their line
 * ("Aïssatou Keïta chez Mme Lefèbvre", "Fatou Ndiaye et Awa Sarr", "Sergei Golovan <…@…>"):
 * alone, they are more often a product or a place ("the current Debian Vim scripts"). */
static void
keep_unlisted_beside_names (VoileNameCollector *c, guint first_mention, gsize line_start,
                            gsize line_end)
{
  gboolean other = FALSE, unlisted = FALSE;
  for (guint m = first_mention; m < c->mentions->len; m++)
    {
      const VoileNameMention *mention = &g_array_index (c->mentions, VoileNameMention, m);
      if (mention->type != VOILE_TYPE_PERSON)
        continue;
      if (mention->confidence == CONFIDENCE_UNLISTED)
        unlisted = TRUE;
      else
        other = TRUE;
    }
  /* "-- Sergei Golovan <sgolovan@debian.org>": a contact detail on the line says so too. */
  if (!unlisted || other
      || voile_name_collector_overlaps (c, line_start, line_end, VOILE_TYPE_EMAIL)
      || voile_name_collector_overlaps (c, line_start, line_end, VOILE_TYPE_PHONE))
    return;
  guint kept = first_mention;
  for (guint m = first_mention; m < c->mentions->len; m++)
    if (g_array_index (c->mentions, VoileNameMention, m).confidence != CONFIDENCE_UNLISTED)
      g_array_index (c->mentions, VoileNameMention, kept++)
          = g_array_index (c->mentions, VoileNameMention, m);
  g_array_set_size (c->mentions, kept);
}

/* Is the word at j, after the given name at i, a role's acronym ("IDEL", "AESH", "CPE")
 * rather than a surname? */
static gboolean
is_role_acronym (VoileNameCollector *c, GArray *tokens, guint i, guint j)
{
  VoileToken *given = tok (tokens, i), *role = tok (tokens, j);
  gsize n = role->end - role->start;

  if (n < 2 || n > 5)
    return FALSE;
  for (gsize k = role->start; k < role->end; k++)
    if (!g_ascii_isupper (c->text[k]))
      return FALSE;
  voile_token_lookup (c->text, given);
  voile_token_lookup (c->text, role);
  return (given->name_flags & VOILE_NAME_FIRST) && given->shape == VOILE_SHAPE_CAP
         && !(role->name_flags & (VOILE_NAME_FIRST | VOILE_NAME_LAST));
}

/* "served on Jordan Pike (DOB 14/06/2004)", "Mr Ade Bello (07700 900123)": a given name and
 * one more capitalised word right before a bracket that opens on the person's date of birth,
 * phone or e-mail are that person, whatever the lists say of the second word ("Pike"). */
#define DETAIL_LEAD_MAX 12
static void
find_names_before_details (VoileNameCollector *c, GArray *tokens, guint first_mention,
                           gsize line_start, gsize line_end)
{
  const char *text = c->text;

  for (const char *q = memchr (text + line_start, '(', line_end - line_start); q != NULL;
       q = q + 1 < text + line_end ? memchr (q + 1, '(', (gsize)(text + line_end - q - 1)) : NULL)
    {
      gsize open = (gsize)(q - text), to = MIN (open + 1 + DETAIL_LEAD_MAX, line_end);
      if (open < line_start + 2 || text[open - 1] != ' ' || open + 1 >= line_end)
        continue;
      /* The words' shapes first, the lists and the findings only then: most brackets
       * follow no pair of capitalised words. */
      guint j = token_index_from (tokens, open - 1, TRUE);
      if (j == 0 || j >= tokens->len || tok (tokens, j)->end != open - 1)
        continue;
      VoileToken *first = tok (tokens, j - 1), *last = tok (tokens, j);
      if (first->shape != VOILE_SHAPE_CAP || last->shape != VOILE_SHAPE_CAP || !first->joined
          || (j >= 2 && tok (tokens, j - 2)->joined && is_candidate (tok (tokens, j - 2))))
        continue;
      voile_token_lookup (text, first);
      if (!(first->name_flags & VOILE_NAME_FIRST))
        continue;
      voile_token_lookup (text, last);
      if (((first->context_flags | last->context_flags)
           & (VOILE_CONTEXT_STOP | VOILE_CONTEXT_TITLE | VOILE_CONTEXT_ORG_AFTER
              | VOILE_CONTEXT_PLACE_BEFORE))
          || !(voile_name_collector_overlaps (c, open + 1, to, VOILE_TYPE_DATE_OF_BIRTH)
               || voile_name_collector_overlaps (c, open + 1, to, VOILE_TYPE_PHONE)
               || voile_name_collector_overlaps (c, open + 1, to, VOILE_TYPE_EMAIL)))
        continue;
      gboolean taken = FALSE;
      for (guint m = first_mention; m < c->mentions->len && !taken; m++)
        {
          const VoileNameMention *mention = &g_array_index (c->mentions, VoileNameMention, m);
          taken = mention->start < last->end && mention->end > first->start;
        }
      if (!taken)
        voile_name_collector_add_person (c, (VoileToken *)tokens->data, j - 1, j, 0,
                                         CONFIDENCE_CONTEXT, VOILE_FIELD_NONE);
    }
}

/* Is one of the mentions from first_mention on a list item? Only those are dropped on a
 * variety line: tested first, as the variety test looks every word up. */
static gboolean
has_list_mention (VoileNameCollector *c, guint first_mention)
{
  for (guint m = first_mention; m < c->mentions->len; m++)
    {
      float confidence = g_array_index (c->mentions, VoileNameMention, m).confidence;
      if (confidence == CONFIDENCE_LIST || confidence == CONFIDENCE_LIST_BARE)
        return TRUE;
    }
  return FALSE;
}

/* A chat sender's second word that says the trade, no name: a common word ("Traiteur",
 * "Fabrics") or a word in no list made of one ("Electricals": a word's plural). */
static gboolean
trade_after_given (VoileNameCollector *c, VoileToken *t)
{
  voile_token_lookup (c->text, t);
  voile_token_lookup_context (c->text, t);
  /* not a particle: "Yann Le Goff:" */
  return t->shape == VOILE_SHAPE_CAP && !is_nameish (t) && !is_particle (t)
         && !(t->context_flags & VOILE_CONTEXT_PARTICLE)
         && ((t->name_flags & VOILE_NAME_WORD) || coined_word (c->text, t));
}

static void
find_in_line (VoileNameCollector *c, GArray *tokens, gboolean after_closing, gsize line_start,
              gsize line_end, guint marks)
{
  /* A speaker's line holds a time: "07:00  Julien", "07h00 Julien" (a digit opens the
   * line), "Naledi (Support)  ·  10:31 AM" (a colon). Most lines have neither and are not
   * read again (the tokenizer saw every ASCII byte unless VOILE_LINE_UNSEEN). */
  gsize first = line_start;
  while (first < line_end && (c->text[first] == ' ' || c->text[first] == '\t'))
    first++;
  gboolean speaker = ((marks & (VOILE_LINE_KEY | VOILE_LINE_UNSEEN))
                      || (first < line_end && g_ascii_isdigit (c->text[first])))
                     && line_is_speaker (c, tokens, line_start, line_end);
  gint chat_sender = c->text[line_start] == '[' || g_ascii_isdigit (c->text[line_start])
                         ? chat_header_name (c, tokens, line_start, line_end)
                         : -1;
  gboolean reply_header = line_is_reply_header (c->text, line_start, line_end);
  guint first_mention = c->mentions->len;
  if (chat_sender < 0 && line_start < line_end
      && (c->text[line_start] == '[' || g_ascii_isdigit (c->text[line_start])))
    find_role_sender (c, line_start, line_end);
  if (line_start < line_end && c->text[line_start] == '[')
    find_title_sender (c, tokens, line_start, line_end);
  LineInfo info = { c, tokens, FALSE, FALSE, FALSE, -1 };

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
                   && voile_name_token_has_context (c->text, tokens, j + 1, VOILE_CONTEXT_PARTICLE))
            j += 2;
          else
            break;
        }

      /* "Daughter Priya called", "Petit-fils Hoang : 06…": a kinship noun opening a
       * sentence, then the name (in lower case, after "my" or "sa", below). */
      if (j > i && t->shape == VOILE_SHAPE_CAP && t->sentence_start && t->joined
          && ((t->looked_up & 1)
              || voile_name_may_introduce (c->text + t->start, t->end - t->start)))
        {
          voile_token_lookup_context (c->text, t);
          gboolean kin_names = (t->context_flags & VOILE_CONTEXT_KIN) != 0
                               && !(i > 0
                                    && voile_name_token_has_context (
                                        c->text, tokens, i - 1,
                                        VOILE_CONTEXT_FROM_KEY | VOILE_CONTEXT_PERSON_KEY));
          /* not a given name that folds to one ("Mere Tipene": Māori's Mary, no "mère") */
          if (kin_names)
            {
              voile_token_lookup (c->text, t);
              kin_names = !(t->name_flags & VOILE_NAME_FIRST);
            }
          /* not a brand's plural after it ("Brother Printers"): a name or a word in no list */
          for (guint k = i + 1; k <= j && kin_names; k++)
            {
              VoileToken *u = tok (tokens, k);
              voile_token_lookup (c->text, u);
              kin_names = !is_word_only (u) && !coined_word (c->text, u)
                          && (is_nameish (u) || is_unknown (u));
            }
          if (kin_names)
            {
              t = tok (tokens, ++i);
              context = CONTEXT_KIN;
            }
        }

      /* What comes just before the run. */
      /* "[Sender Name]", "{{Signature}}" under a closing: a mail-merge field, no signature. */
      if (i == 0 && after_closing && t->start > line_start
          && (c->text[t->start - 1] == '[' || c->text[t->start - 1] == '{'
              || c->text[t->start - 1] == '<'))
        continue;
      /* "'Pierre de Ronsard'", "‘Gertrude Jekyll’": single quotes around capitalised words
       * name a cultivar or a product, as catalogues write them. */
      if (t->start > 0 && (c->text[t->start - 1] == '\'' || c->text[t->start - 1] == '\x98')
          && in_single_quotes (c, t, tok (tokens, j)))
        {
          i = j;
          continue;
        }
      /* "VIR SEPA KERBRAT GWENOLA", "CB LEROY MERLIN": a bank line's codes open the run. */
      guint32 bank = t->shape == VOILE_SHAPE_UPPER && j > i ? bank_codes (c, tokens, &i, j) : 0;
      if (t->shape == VOILE_SHAPE_UPPER && j > i && bank == 0
          && after_bank_code (c, tokens, i, VOILE_CONTEXT_MERCHANT))
        bank = VOILE_CONTEXT_MERCHANT; /* "CARTE X1234 LEROY MERLIN", "CB*1234 …" */
      if ((t->shape == VOILE_SHAPE_UPPER || t->shape == VOILE_SHAPE_INITIAL) && j > i && bank == 0
          && after_bank_code (c, tokens, i, VOILE_CONTEXT_PAYEE))
        bank = VOILE_CONTEXT_PAYEE; /* "VIR INST RECU 0423 POPA ANA MARIA", "BGC,J PATEL" */
      if (bank & VOILE_CONTEXT_MERCHANT)
        {
          i = j; /* a card payment names a shop */
          continue;
        }
      t = tok (tokens, i);
      if ((i == 0 && (after_closing || speaker)) || (gint)i == chat_sender)
        {
          context = CONTEXT_CLOSING;
          /* "[21/11, 07:02] Laure IDEL:", "Karim CPE:": the sender's role after the given
           * name, a short acronym no name list knows. */
          if ((gint)i == chat_sender && j == i + 1 && tok (tokens, j)->shape == VOILE_SHAPE_UPPER
              && tok (tokens, j)->next_char == ':' && is_role_acronym (c, tokens, i, j))
            j = i;
          /* "[14/11/2025, 05:13] Soulaimana M.:", "Wamytan J. (BT Koné) :": a contact saved
           * as a name and an initial, the form a phone's address book gives a colleague;
           * the name need be in no list (a word or a place was ruled out above). */
          if ((gint)i == chat_sender && j == i + 1 && t->shape == VOILE_SHAPE_CAP
              && t->end - t->start >= 3 && tok (tokens, j)->shape == VOILE_SHAPE_INITIAL
              && tok (tokens, j)->end - tok (tokens, j)->start == 1
              && (tok (tokens, j)->dot_after || tok (tokens, j)->next_char == ':'))
            {
              voile_name_collector_add_person (c, (VoileToken *)tokens->data, i, j, 0,
                                               CONFIDENCE_GREETING, VOILE_FIELD_NONE);
              i = j;
              continue;
            }
          /* "09:14 agent_Hanta : …" line after line: a word in no list that sends again and
           * again in a chat's sender slot is the sender's name. */
          if ((gint)i == chat_sender && j == i && sender_repeats (c, t, line_start, line_end))
            {
              voile_name_collector_add_person (c, (VoileToken *)tokens->data, i, i, 0,
                                               CONFIDENCE_GREETING, VOILE_FIELD_NONE);
              continue;
            }
        }
      else if (i > 0)
        {
          VoileToken *prev = tok (tokens, i - 1);
          voile_token_lookup_context (c->text, prev);
          if ((prev->context_flags & VOILE_CONTEXT_GREETING)
              && (prev->joined || prev->next_char == ',')
              && (prev->sentence_start || i == 1 || opens_tab_cell (c->text, prev)))
            context = CONTEXT_GREETING;
          else if ((prev->context_flags & VOILE_CONTEXT_CLOSING) && prev->next_char == ','
                   && i <= 3)
            context = CONTEXT_CLOSING;
          else if ((prev->context_flags & VOILE_CONTEXT_CLOSING) && i == 1 && prev->joined
                   && j + 1 == tokens->len)
            context = CONTEXT_CLOSING; /* "cordialement Max", "Cheers Gav" on a line of its own */
          else if ((prev->context_flags & VOILE_CONTEXT_TITLE) && prev->joined
                   && (prev->shape != VOILE_SHAPE_INITIAL || prev->dot_after)
                   && !after_number (c, prev))
            context = CONTEXT_TITLE;
          else if ((prev->context_flags & VOILE_CONTEXT_CITY_KEY)
                   && (prev->context_flags & VOILE_CONTEXT_LIVES))
            {
              i = j; /* "Place of birth: Hai Phong": a town, and no LOCATION either */
              continue;
            }
          else if (prev->joined && (prev->context_flags & VOILE_CONTEXT_PLACE_BEFORE))
            {
              i = j; /* "rue Victor Hugo", "lycée Jean Moulin" */
              continue;
            }
          else if (prev->joined && i >= 2 && (prev->context_flags & VOILE_CONTEXT_DETERMINER)
                   && voile_name_token_has_context (c->text, tokens, i - 2,
                                                    VOILE_CONTEXT_PLACE_BEFORE))
            {
              i = j; /* "avenue du Général…", "place de la Concorde" */
              continue;
            }
          else if (prev->joined && prev->shape == VOILE_SHAPE_LOWER
                   && ((prev->context_flags & VOILE_CONTEXT_KIN)
                       || (prev->end - prev->start == 3
                           && voile_name_is_english_son (c, tokens, i - 1))))
            context = CONTEXT_KIN;
          else if (prev->joined && prev->shape == VOILE_SHAPE_LOWER
                   && ((prev->context_flags & VOILE_CONTEXT_REACH)
                       || (prev->end - prev->start == 2
                           && (voile_name_short_word (c->text + prev->start)
                               & VOILE_CONTEXT_REACH))))
            context = CONTEXT_REACH;
          else if (prev->joined && (prev->context_flags & VOILE_CONTEXT_DETERMINER))
            context = CONTEXT_DETERMINER;
        }
      if (bank && context == CONTEXT_NONE)
        context = CONTEXT_PAYEE;
      if (context == CONTEXT_NONE && j == i && (i == 0 || t->sentence_start)
          && capital_vocative (c, tokens, i))
        context = CONTEXT_GREETING; /* "Wojtek, can you check…" */
      if (context == CONTEXT_NONE && j == i && j + 2 < tokens->len && of_a_team (c, tokens, j))
        context = CONTEXT_GREETING; /* "Maxime du support", "Jade from accounts" */
      if (t->elided)
        {
          /* "le papa d'Adama", "la sœur d'Inès"; "chez d'Artagnan" is a place. */
          gboolean of_kin
              = i > 0 && t->start >= 2 && (c->text[t->start - 2] | 0x20) == 'd'
                && tok (tokens, i - 1)->shape == VOILE_SHAPE_LOWER
                && voile_name_token_has_context (c->text, tokens, i - 1, VOILE_CONTEXT_KIN);
          if (of_kin)
            context = CONTEXT_KIN;
          else if (context == CONTEXT_NONE)
            context = CONTEXT_DETERMINER;
        }

      /* "… 4:02 PM Oluwaseun Bankole <o.b@…> wrote:": the sender's display name. */
      if (reply_header && tok (tokens, j)->next_char == '<' && context == CONTEXT_NONE)
        {
          if (i < j && tok (tokens, i)->shape == VOILE_SHAPE_UPPER
              && tok (tokens, i)->end - tok (tokens, i)->start == 2)
            i++; /* "PM" */
          context = CONTEXT_GREETING;
        }

      /* A word alone with no context is a name only as a given name (judge_run() and
       * match_name(): "Sophie" alone, "…with Rose"): most such words open a sentence ("Le",
       * "Thanks", "INFO") and are ruled out here, without the run's checks. After a
       * determiner ("la Poste", "l'Oréal") a word alone is never one. */
      gboolean lone = j == i && context == CONTEXT_NONE;
      if (lone)
        voile_token_lookup (c->text, t);
      gboolean judged = j > i
                        || (context == CONTEXT_NONE ? (t->name_flags & VOILE_NAME_FIRST) != 0
                                                    : context != CONTEXT_DETERMINER);
      /* "T1   Guérin x2", "Pham 4 pers": a booking's name, before its party size. */
      char after = tok (tokens, j)->next_char;
      gboolean booking
          = G_UNLIKELY ((after | 0x20) == 'x' || (after | 0x20) == 'p' || g_ascii_isdigit (after));
      if (!judged && !booking)
        {
          i = j;
          continue;
        }

      /* "[12/11, 09:14] Joseph Pharmacy:", "Nusrat Store Mirpur:": a chat's sender saved as a
       * given name and the trade run; the given name stands for who writes. */
      if ((gint)i == chat_sender && j > i
          && (voile_name_token_is_org_word (c->text, tokens, i + 1)
              || trade_after_given (c, tok (tokens, i + 1))))
        {
          voile_token_lookup (c->text, t);
          if (t->shape == VOILE_SHAPE_CAP && (t->name_flags & VOILE_NAME_FIRST)
              && !(t->name_flags & VOILE_NAME_WORD))
            voile_name_collector_add_person (c, (VoileToken *)tokens->data, i, i, 0,
                                             CONFIDENCE_CONTEXT, VOILE_FIELD_NONE);
          i = j;
          continue;
        }
      /* "… Victor Hugo Street", "Martin Consulting": a place or a company. */
      if (j + 1 < tokens->len && joins_next (tok (tokens, j))
          && voile_name_token_is_org_word (c->text, tokens, j + 1))
        {
          i = j;
          continue;
        }
      /* A run of one word is no firm: its lookup is left to judge_run(), which looks the
       * word up in full first thing (one memo probe, not two). */
      if (j > i && voile_name_token_is_org_word (c->text, tokens, j))
        {
          i = j;
          continue;
        }

      if (judged)
        judge_run (c, tokens, i, j, context, &info);
      if (booking)
        voile_name_find_booking (c, tokens, j, line_start, line_end);
      i = j;
    }

  find_lower_names (c, tokens);
  if (tokens->len >= 30 && voile_name_line_is_dictation (c, tokens))
    voile_name_find_dictation (c, tokens);
  if (tokens->len <= 2)
    find_lower_speaker (c, tokens, line_start, line_end);
  if (c->mentions->len > first_mention)
    keep_unlisted_beside_names (c, first_mention, line_start, line_end);
  if (c->mentions->len > first_mention)
    find_coordinated (c, tokens, first_mention);
  if (c->mentions->len >= first_mention + 2)
    find_list_items (c, tokens, first_mention);
  if (tokens->len >= 2 && (marks & (VOILE_LINE_PAREN | VOILE_LINE_UNSEEN))
      && memchr (c->text + line_start, '(', line_end - line_start) != NULL)
    find_names_before_details (c, tokens, first_mention, line_start, line_end);
  if (has_list_mention (c, first_mention) && line_names_variety (&info))
    {
      /* "Variétés : Charlotte, Amandine": the list of a variety line is one of things. */
      guint kept = first_mention;
      for (guint m = first_mention; m < c->mentions->len; m++)
        if (g_array_index (c->mentions, VoileNameMention, m).confidence != CONFIDENCE_LIST
            && g_array_index (c->mentions, VoileNameMention, m).confidence != CONFIDENCE_LIST_BARE)
          g_array_index (c->mentions, VoileNameMention, kept++)
              = g_array_index (c->mentions, VoileNameMention, m);
      g_array_set_size (c->mentions, kept);
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
    return (gsize)(nl - text);
  if (limit == len)
    return len;
  *cut = TRUE;
  for (end = limit; end > pos + 1 && text[end] != ' '; end--)
    ;
  return end > pos + 1 ? end : limit;
}

/* The last line of an international address block names the country, not a town:
 * "New Zealand", "Pologne", "UNITED KINGDOM". */
gboolean
voile_name_is_country (const char *s, gsize n)
{
  static const char *const countries[] = { "france",
                                           "belgique",
                                           "belgium",
                                           "suisse",
                                           "switzerland",
                                           "schweiz",
                                           "luxembourg",
                                           "germany",
                                           "allemagne",
                                           "deutschland",
                                           "spain",
                                           "espagne",
                                           "españa",
                                           "italy",
                                           "italie",
                                           "italia",
                                           "portugal",
                                           "netherlands",
                                           "the netherlands",
                                           "pays-bas",
                                           "nederland",
                                           "united kingdom",
                                           "royaume-uni",
                                           "uk",
                                           "ireland",
                                           "irlande",
                                           "eire",
                                           "poland",
                                           "pologne",
                                           "polska",
                                           "austria",
                                           "autriche",
                                           "sweden",
                                           "suède",
                                           "norway",
                                           "norvège",
                                           "denmark",
                                           "danemark",
                                           "finland",
                                           "finlande",
                                           "greece",
                                           "grèce",
                                           "romania",
                                           "roumanie",
                                           "usa",
                                           "united states",
                                           "états-unis",
                                           "canada",
                                           "australia",
                                           "australie",
                                           "new zealand",
                                           "nouvelle-zélande",
                                           "aotearoa",
                                           "india",
                                           "inde",
                                           "pakistan",
                                           "morocco",
                                           "maroc",
                                           "algeria",
                                           "algérie",
                                           "tunisia",
                                           "tunisie",
                                           "senegal",
                                           "sénégal",
                                           "japan",
                                           "japon",
                                           "china",
                                           "chine",
                                           "brazil",
                                           "brésil",
                                           "mexico",
                                           "mexique",
                                           "south africa",
                                           "afrique du sud",
                                           "nigeria",
                                           "philippines",
                                           "singapore",
                                           "singapour",
                                           "scotland",
                                           "écosse",
                                           "wales",
                                           "england",
                                           "angleterre",
                                           "northern ireland",
                                           "bangladesh",
                                           "sri lanka",
                                           "nepal",
                                           "south korea",
                                           "republic of korea",
                                           "korea",
                                           "vietnam",
                                           "viet nam",
                                           "kenya",
                                           "ghana",
                                           "egypt",
                                           "malaysia",
                                           "indonesia",
                                           "thailand",
                                           "chile",
                                           "argentina",
                                           "colombia",
                                           "peru",
                                           "pérou",
                                           "türkiye",
                                           "turkey",
                                           "turquie",
                                           "uae",
                                           "united arab emirates",
                                           "émirats arabes unis",
                                           "saudi arabia",
                                           "arabie saoudite",
                                           "qatar",
                                           "oman",
                                           "kuwait",
                                           "bahrain",
                                           "rwanda",
                                           "burundi",
                                           "zambia",
                                           "zimbabwe",
                                           "botswana",
                                           "namibia",
                                           "mozambique",
                                           "madagascar",
                                           "togo",
                                           "benin",
                                           "bénin",
                                           "cambodia",
                                           "cambodge",
                                           "taiwan",
                                           "uganda",
                                           "ouganda",
                                           "tanzania",
                                           "tanzanie",
                                           "ethiopia",
                                           "éthiopie",
                                           "lebanon",
                                           "liban",
                                           "cameroon",
                                           "cameroun",
                                           "ukraine",
                                           "russia",
                                           "russie",
                                           "hungary",
                                           "hongrie",
                                           "bulgaria",
                                           "bulgarie",
                                           "croatia",
                                           "croatie",
                                           "serbia",
                                           "serbie",
                                           "czech republic",
                                           "czechia",
                                           "république tchèque",
                                           "slovakia",
                                           "slovaquie",
                                           NULL };
  if (n == 0)
    return FALSE;
  /* The first byte rules most countries out before their length is read. */
  char lead = g_ascii_tolower (s[0]);
  for (const char *const *w = countries; *w != NULL; w++)
    if ((*w)[0] == lead && strlen (*w) == n && voile_ascii_strncasecmp (s, *w, n) == 0)
      return TRUE;
  /* (session 20, g20-addr) an accented capital, "ALGÉRIE", "ÉGYPTE": folded, once (a word
   * in lower case matched above already) */
  gboolean accented_capital = FALSE;
  for (gsize i = 0; i + 1 < n && n <= 40 && !accented_capital; i++)
    accented_capital = (guchar)s[i] == 0xC3 && (guchar)s[i + 1] >= 0x80 && (guchar)s[i + 1] <= 0x9E;
  if (accented_capital)
    {
      g_autofree char *folded = g_utf8_casefold (s, (gssize)n);
      gsize m = strlen (folded);
      if (m != n || memcmp (folded, s, n) != 0)
        for (const char *const *w = countries; *w != NULL; w++)
          if ((*w)[0] == folded[0] && strlen (*w) == m && memcmp (folded, *w, m) == 0)
            return TRUE;
    }
  return FALSE;
}

/* A line of an address block holding only a town: "    Grantchester", "CAMBRIDGE". */
static gboolean
find_address_city (VoileNameCollector *c, GArray *tokens, gsize line_start, gsize line_end)
{
  const VoileToken *first, *last;
  gboolean known_place = FALSE, all_caps = TRUE;

  if (tokens->len == 0 || tokens->len > 3)
    return FALSE;
  for (guint i = 0; i < tokens->len; i++)
    {
      VoileToken *t = tok (tokens, i);
      voile_token_lookup (c->text, t);
      if ((t->shape != VOILE_SHAPE_CAP && t->shape != VOILE_SHAPE_UPPER && !is_particle (t))
          || is_word_only (t)
          || (t->context_flags
              & (VOILE_CONTEXT_STOP | VOILE_CONTEXT_TITLE | VOILE_CONTEXT_GREETING
                 | VOILE_CONTEXT_CLOSING)))
        return FALSE; /* "Dear Ifeoluwa," opens the letter under the address */
      known_place |= (t->name_flags & VOILE_NAME_PROPER) != 0;
      all_caps &= t->shape == VOILE_SHAPE_UPPER;
    }
  /* "GARANT", "LOCATAIRE": a form's heading in capitals, unless the lists know the place. */
  if (all_caps && !known_place)
    return FALSE;
  first = tok (tokens, 0);
  last = tok (tokens, tokens->len - 1);
  for (gsize p = line_start; p < first->start; p++)
    if (!g_ascii_isspace (c->text[p]))
      return FALSE;
  for (gsize p = last->end; p < line_end; p++)
    if (!g_ascii_isspace (c->text[p]) && c->text[p] != ',')
      return FALSE;
  if (voile_name_collector_blocked (c, first->start, last->end)
      || voile_name_is_country (c->text + first->start, last->end - first->start))
    return FALSE;
  voile_name_collector_add_location (c, first->start, last->end, CONFIDENCE_LOCATION);
  return TRUE;
}

/* ---- user handles ------------------------------------------------------------------- */

/* Name flags of text[start, end), 0 when empty or too long. */
static guint
word_flags (const char *text, gsize start, gsize end)
{
  return end > start ? voile_name_lookup_word (text + start, end - start) : 0;
}

static inline gboolean
name_only (guint flags, guint wanted)
{
  return (flags & wanted) && !(flags & VOILE_NAME_WORD);
}

/* "bo_app", "crm_svc", "shop_api": a service account's suffix after a short name. */
static gboolean
technical_suffix (const char *h, gsize n)
{
  static const char *const suffixes[]
      = { "adm", "admin", "api", "app", "bot",  "ci",   "db",   "dev", "ops", "prod",
          "ro",  "rw",    "srv", "svc", "sync", "test", "user", "web", NULL };
  for (guint i = 0; suffixes[i] != NULL; i++)
    if (strlen (suffixes[i]) == n && memcmp (h, suffixes[i], n) == 0)
      return TRUE;
  return FALSE;
}

/* "apikey", "devops", "webmaster": a service account, not an initial and a surname. */
static gboolean
is_technical (const char *h)
{
  static const char *const prefixes[]
      = { "api", "app", "web", "dev",  "db",   "git", "bot",  "svc",  "sys",  "srv", "www",
          "adm", "ops", "ci",  "mail", "smtp", "ftp", "test", "demo", "user", NULL };
  for (guint i = 0; prefixes[i] != NULL; i++)
    if (strncmp (h, prefixes[i], strlen (prefixes[i])) == 0)
      return TRUE;
  return FALSE;
}

/* "helenevasseur", "marcdupont": a given name glued to a surname, both names only. */
static gboolean
glued_full_name (const char *text, gsize start, gsize end)
{
  for (gsize cut = start + 3; cut + 3 <= end; cut++)
    {
      if ((guchar)text[cut] >= 0x80 && ((guchar)text[cut] & 0xC0) == 0x80)
        continue; /* inside a UTF-8 letter */
      guint first = word_flags (text, start, cut);
      if (name_only (first, VOILE_NAME_FIRST)
          && !(first & (VOILE_NAME_AMBIGUOUS | VOILE_NAME_PROPER))
          && name_only (word_flags (text, cut, end), VOILE_NAME_LAST))
        return TRUE;
    }
  return FALSE;
}

/* "rdt", "MC", "b": two or three letters without a vowel, or one letter — initials. */
static gboolean
initials_only (const char *text, gsize start, gsize end)
{
  if (end - start == 1)
    return g_ascii_isalpha (text[start]);
  for (gsize p = start; p < end; p++)
    if (!g_ascii_isalpha (text[p]) || strchr ("aeiouyAEIOUY", text[p]) != NULL)
      return FALSE;
  return end - start <= 3;
}

/* Does the handle text[start, end) spell a person's name? "nadia.haddad", "ollie_pemberton",
 * "a.roussel", "yannis.k" (a given name and a surname or an initial), "mkaplan", "jdoe" (an
 * initial and a surname), "ghazal" (a name alone, when loose). Reports it as PERSON. */
static gboolean
find_handle (VoileNameCollector *c, gsize start, gsize end, gboolean loose)
{
  const char *text = c->text;
  gsize sep = 0, n_sep = 0;
  VoileToken parts[2] = { 0 };
  gboolean ok = FALSE;

  gsize whole_end = end;
  gboolean capitals = FALSE;

  if (end - start < 3 || end - start > 40)
    return FALSE;
  /* "yassine.b92", "gav_mcbride77": where a login is expected, the digits that make a
   * marketplace pseudonym unique. */
  if (loose)
    {
      gsize digits = end;
      while (digits > start && g_ascii_isdigit (text[digits - 1]))
        digits--;
      if (end - digits <= 4 && digits - start >= 3 && text[digits - 1] != '.'
          && text[digits - 1] != '_')
        end = digits;
    }
  for (gsize p = start; p < end; p++)
    {
      guchar ch = (guchar)text[p];
      if (ch == '.' || ch == '_')
        sep = p, n_sep++;
      else if (loose && g_ascii_isupper (ch))
        capitals = TRUE; /* "Lorenzo_MC": read below only with a separator */
      else if (!(g_ascii_islower (ch) || ch >= 0x80 || (ch == '-' && p > start)))
        return FALSE; /* digits, capitals (code identifiers), other marks */
    }
  /* "luis_arroyo_studio", "thibaut-lemaire-dev": two separators, or hyphens, where a login
   * is expected: read as a login (a trade or an id after the name). */
  if (loose && (n_sep > 1 || (n_sep == 0 && memchr (text + start, '-', end - start) != NULL)))
    return voile_name_add_login (c, start, whole_end, TRUE);
  if (n_sep > 1 || (capitals && n_sep == 0) || (end < whole_end && n_sep == 0 && !loose))
    return FALSE;
  if (n_sep == 1)
    {
      gsize l1 = sep - start, l2 = end - sep - 1;
      guint f1 = word_flags (text, start, sep), f2 = word_flags (text, sep + 1, end);
      gboolean short_first = FALSE;

      if (l1 == 0 || l2 == 0 || technical_suffix (text + sep + 1, l2))
        return FALSE;
      ok = (l1 == 1 && name_only (f2, VOILE_NAME_LAST) && l2 >= 3
            && (loose || !(f2 & VOILE_NAME_AMBIGUOUS))) /* "v.major", "e.patch": code */
           || (name_only (f1, VOILE_NAME_FIRST) && (loose || !(f1 & VOILE_NAME_AMBIGUOUS))
               && (l2 == 1 || name_only (f2, VOILE_NAME_FIRST | VOILE_NAME_LAST)
                   || (loose && f2 == 0 && l2 >= 3))) /* "sarah.okoye" in a user field */
           || (name_only (f1, VOILE_NAME_LAST) && !(f1 & VOILE_NAME_AMBIGUOUS)
               && name_only (f2, VOILE_NAME_FIRST) && !(f2 & VOILE_NAME_AMBIGUOUS));
      if (!ok && loose)
        {
          /* Where a login is expected: "clemence_rdt", "Lorenzo_MC" (a given name and
           * initials), "gav_mcbride", "mathou.benard" (a short form and a surname),
           * "bartosz.kowalski" (two names the lists know as surnames). */
          ok = (name_only (f1, VOILE_NAME_FIRST) && l1 >= 3 && l2 <= 3
                && initials_only (text, sep + 1, end))
               || (f1 == 0 && l1 >= 2 && l1 <= 6 && name_only (f2, VOILE_NAME_LAST) && l2 >= 4
                   && !(f2 & (VOILE_NAME_AMBIGUOUS | VOILE_NAME_PROPER))
                   && !is_technical (text + start))
               || (name_only (f1, VOILE_NAME_FIRST | VOILE_NAME_LAST)
                   && name_only (f2, VOILE_NAME_FIRST | VOILE_NAME_LAST)
                   && !((f1 | f2) & (VOILE_NAME_AMBIGUOUS | VOILE_NAME_PROPER)));
          short_first = ok && f1 == 0;
          /* "reviewer=a.kouassi", "assigned=s.benhamou": an initial and a word in no list,
           * with a vowel, where a login is expected */
          if (!ok && l1 == 1 && f2 == 0 && l2 >= 5 && !is_technical (text + start))
            for (gsize v = sep + 1; v < end && !ok; v++)
              ok = strchr ("aeiouy", text[v]) != NULL;
        }
      parts[0].start = short_first ? sep + 1 : start, parts[0].end = short_first ? end : sep;
      parts[1].start = short_first || l2 == 1 || initials_only (text, sep + 1, end) ? end : sep + 1;
      parts[1].end = end;
    }
  else
    {
      guint whole = word_flags (text, start, end);
      guint rest = end - start >= 4 ? word_flags (text, start + 1, end) : 0;

      ok = (loose && name_only (whole, VOILE_NAME_FIRST | VOILE_NAME_LAST)
            && !(whole & (VOILE_NAME_PROPER | VOILE_NAME_AMBIGUOUS)))
           || (whole == 0 && name_only (rest, VOILE_NAME_LAST) && !(rest & VOILE_NAME_PROPER)
               && (loose || !(rest & VOILE_NAME_AMBIGUOUS)) && !is_technical (text + start))
           /* "pbonnet" in a login field: a surname that is also a word ("bonnet") */
           || (loose && whole == 0 && (rest & VOILE_NAME_LAST) && !(rest & VOILE_NAME_PROPER)
               && !is_technical (text + start))
           || (loose && whole == 0 && glued_full_name (text, start, end));
      parts[0].start = start, parts[0].end = end;
    }
  /* "hdiab_research", "awojcik_uw", "lixiaoming_sz": where a login is expected, a tag of
   * letters (a field, a university, a town) after a login that spells a name. */
  if (!ok && loose && n_sep == 1 && text[sep] == '_' && sep - start >= 4 && end - sep - 1 >= 2
      && end - sep - 1 <= 12 && end == whole_end)
    {
      guint had = c->mentions->len;
      if (find_handle (c, start, sep, TRUE) && c->mentions->len > had)
        {
          VoileNameMention *last
              = &g_array_index (c->mentions, VoileNameMention, c->mentions->len - 1);
          if (last->start == start && last->end == sep)
            last->end = whole_end;
          return TRUE;
        }
    }
  if (!ok)
    return FALSE;
  guint before = c->mentions->len;
  voile_name_collector_add_person (c, parts, 0, n_sep == 1 && parts[1].start < end ? 1 : 0, 0,
                                   CONFIDENCE_FIELD, VOILE_FIELD_NONE);
  /* Not added when it lies inside a structured finding (an e-mail address). */
  if (c->mentions->len == before)
    return FALSE;
  /* The span covers the whole handle ("yannis.k", "yassine.b92"). */
  g_array_index (c->mentions, VoileNameMention, c->mentions->len - 1).start = start;
  g_array_index (c->mentions, VoileNameMention, c->mentions->len - 1).end = whole_end;
  return TRUE;
}

/* A key whose value is a login: "ADMIN_USER", "login", "owner", "uid", "Reporter",
 * "Identifiant", "utilisateur". */
gboolean
voile_name_is_user_key (const char *k, gsize n)
{
  static const char *const whole[]
      = { "uid", "reporter", "assignee", "author", "auteur", "identifiant", "assigned", "requester",
          "demandeur", "agent", "submitter", "creator", "reviewer", "approver", "operator",
          "operateur",
          /* "opérateur", folded as below: the é's bytes with the bit set */
          "op\xe3\xa9rateur", NULL };
  char f[64];

  /* "by" alone: a moderation log's or an audit trail's actor (`"by":"lgiordano"`). */
  if (n == 2 && (k[0] | 0x20) == 'b' && (k[1] | 0x20) == 'y')
    return TRUE;
  /* Folded once, then compared with memcmp (every header of a table is asked). */
  if (n < 3 || n > sizeof f)
    return FALSE;
  /* Only letters are compared: a bit sets the lower case of an ASCII capital and makes no
   * other byte a lower-case letter. */
  for (gsize q = 0; q < n; q++)
    f[q] = (char)(k[q] | 0x20);
  for (gsize q = 0; q + 4 <= n; q++)
    {
      /* The first letter before the calls: most bytes of a key start none of these. */
      char first = f[q];
      /* "username", "assigned_user", "AssignedUser"; not inside a word ("rusersd") */
      if ((first == 'u' && memcmp (f + q, "user", 4) == 0
           && (q == 0 || !g_ascii_islower (k[q - 1]) || k[q] == 'U'))
          || (first == 'l' && q + 5 <= n && memcmp (f + q, "login", 5) == 0)
          || (first == 'o' && q + 5 <= n && memcmp (f + q, "owner", 5) == 0)
          || (first == 'u' && q + 11 <= n && memcmp (f + q, "utilisateur", 11) == 0)
          || (first == 'p' && q + 6 <= n && memcmp (f + q, "propri", 6) == 0)
          /* "Actor", "GITHUB_ACTOR", "triggering_actor": not "factor" */
          || (first == 'a' && q + 5 == n && (q == 0 || k[q - 1] == '_')
              && memcmp (f + q, "actor", 5) == 0))
        return TRUE;
    }
  /* "assigned_to", "reviewed by": the login after a participle's preposition */
  if (n > 6 && (k[n - 3] == '_' || k[n - 3] == ' ')
      && (memcmp (f + n - 2, "to", 2) == 0 || memcmp (f + n - 2, "by", 2) == 0))
    {
      /* "created_by", "handled_by", "reviewed by": a participle's actor (not "sort_by") */
      if (f[n - 1] == 'y' && f[n - 5] == 'e' && f[n - 4] == 'd' && g_ascii_isalpha (k[0]))
        return TRUE;
      n -= 3;
    }
  if (n > 11)
    return FALSE;
  for (const char *const *w = whole; *w != NULL; w++)
    if ((*w)[0] == f[0] && strlen (*w) == n && memcmp (f, *w, n) == 0)
      return TRUE;
  return FALSE;
}

/* The handle that starts at text[p] (lower-case letters, digits, '.', '_', '-'): its end. */
static gsize
handle_end (const char *text, gsize start, gsize line_end)
{
  gsize p = start;
  while (p < line_end
         && (g_ascii_isalnum (text[p]) || (guchar)text[p] >= 0x80 || text[p] == '.'
             || text[p] == '_' || text[p] == '-'))
    p++;
  while (p > start && (text[p - 1] == '.' || text[p - 1] == '-'))
    p--; /* "merci @julien." */
  return p;
}

/* The next occurrence of a byte in the whole text, kept from line to line: a line without
 * it costs a comparison, not a search (lines come in order, searches start ever later). */
typedef struct
{
  gsize at; /* G_MAXSIZE: not searched yet */
} NextByte;

#define NEXT_BYTE_INIT                                                                             \
  {                                                                                                \
    G_MAXSIZE                                                                                      \
  }

/* The first occurrence of byte in text[from..line_end), or NULL. from must not decrease
 * from one call to the next. */
static inline const char *
next_byte_in_line (VoileNameCollector *c, NextByte *next, char byte, gsize from, gsize line_end)
{
  if (next->at == G_MAXSIZE || next->at < from)
    {
      const char *q = memchr (c->text + from, byte, c->len - from);
      next->at = q != NULL ? (gsize)(q - c->text) : c->len;
    }
  return next->at < line_end ? c->text + next->at : NULL;
}

/* Where the next '@', '/' and '\\' of the text are (c->len: none; G_MAXSIZE: not searched
 * yet). */
typedef struct
{
  gsize at[3];
  gsize first;     /* the least of at[] */
  NextByte colon;  /* for "scheme://" and "key: value" */
  NextByte equals; /* for "key=value" */
  /* The indent of a YAML key that opens a list of accounts ("users:"), then its items;
   * G_MAXSIZE: none. */
  gsize account_list;
  /* The space before the next "by" or "par" of the text (c->len: none; G_MAXSIZE: not
   * searched yet). */
  gsize author_at;
} HandleBytes;

/* "… · plan=Flex · city=Glasgow · signed_up=…", "user=42 city=Saint-Dié-des-Vosges": the
 * value of a city key among a line's key=value pairs (a log's or a chat tool's attributes),
 * its capitalised words up to the next pair. */
static void
find_city_pair (VoileNameCollector *c, gsize ks, gsize eq, gsize line_end)
{
  const char *text = c->text;
  if (eq - ks < 4 || eq - ks > 16)
    return;
  guint32 flags = voile_name_context_word (text + ks, eq - ks);
  if (!(flags & VOILE_CONTEXT_CITY_KEY) || (flags & VOILE_CONTEXT_LIVES))
    return;
  gsize vs = eq + 1 + (eq + 1 < line_end && (text[eq + 1] == '"' || text[eq + 1] == '\''));
  gsize ve = vs, p = vs;
  for (guint words = 0; words < 4 && p < line_end && g_ascii_isupper (text[p]); words++)
    {
      while (p < line_end
             && (g_ascii_isalpha (text[p]) || text[p] == '-' || text[p] == '\''
                 || (guchar)text[p] >= 0x80))
        p++;
      ve = p;
      /* The next word when one space and a capital follow: "San Jose", not "Glasgow · x". */
      if (p + 1 < line_end && text[p] == ' ' && g_ascii_isupper (text[p + 1]))
        p++;
      else
        break;
    }
  if (ve - vs < 3 || (ve < line_end && strchr (" \t\r,;&\"'|", text[ve]) == NULL)
      || voile_name_collector_blocked (c, vs, ve) || voile_name_is_country (text + vs, ve - vs))
    return;
  voile_name_collector_add_location (c, vs, ve, CONFIDENCE_LOCATION);
}

/* Handles inside a line: "user=pbonnet" (a log's key=value pairs), "@camille" (a chat
 * mention), "for tbrennan from" (sshd), "/home/tbrennan", "C:\Users\mlefevre". */
static void
find_inline_handles (VoileNameCollector *c, gsize line_start, gsize line_end, guint marks,
                     HandleBytes *next)
{
  gboolean keys = (marks & VOILE_LINE_KEY) != 0;
  const char *text = c->text;
  gsize n = line_end - line_start;

  /* Most lines hold none of '@', '/', '\\': one search over the whole text for each,
   * not three per line. */
  static const char bytes[3] = { '@', '/', '\\' };
  if (next->first < line_start || next->first == G_MAXSIZE)
    {
      for (guint b = 0; b < 3; b++)
        if (next->at[b] < line_start || next->at[b] == G_MAXSIZE)
          {
            const char *q = memchr (text + line_start, bytes[b], c->len - line_start);
            next->at[b] = q != NULL ? (gsize)(q - text) : c->len;
          }
      next->first = MIN (next->at[0], MIN (next->at[1], next->at[2]));
    }

  /* Only in lines where the tokenizer saw a '=' (or could have missed one). */
  for (const char *q = (marks & (VOILE_LINE_EQUALS | VOILE_LINE_UNSEEN))
                           ? memchr (text + line_start, '=', n)
                           : NULL;
       q != NULL; q = memchr (q + 1, '=', (gsize)(text + line_end - q - 1)))
    {
      gsize eq = (gsize)(q - text), ks = eq;
      while (ks > line_start && (g_ascii_isalnum (text[ks - 1]) || text[ks - 1] == '_'))
        ks--;
      if (ks == eq || ks == line_start || eq + 1 >= line_end)
        continue;
      if (!voile_name_is_user_key (text + ks, eq - ks))
        {
          find_city_pair (c, ks, eq, line_end);
          continue;
        }
      gsize vs = eq + 1 + (text[eq + 1] == '"' || text[eq + 1] == '\'');
      find_handle (c, vs, handle_end (text, vs, line_end), TRUE);
    }
  /* "02:31:18  E130 INTRUSION (couloir)   opérateur: mlopes", "… | agent: tnguyen": a log
   * or record line's later field "key: login" whose key names a user (a line's first key is
   * read by find_handles(), a key line's fields by the field rules). The key is a word after
   * a space, read back a bounded way; the value one lower-case login. */
  gint key_line = -1; /* not known yet */
  for (const char *q = keys && n > 8 ? memchr (text + line_start + 1, ':', n - 1) : NULL; q != NULL;
       q = memchr (q + 1, ':', (gsize)(text + line_end - q - 1)))
    {
      gsize colon = (gsize)(q - text), ks = colon;
      /* The value first, the cheapest test: one lower-case login ending the field (the
       * line's end, a tab, a wide gap, a cell's bar or comma), as no word of prose does. */
      if (colon + 5 >= line_end || text[colon + 1] != ' ' || !g_ascii_islower (text[colon + 2])
          || !g_ascii_isalpha (text[colon - 1]))
        continue;
      gsize vs = colon + 2, ve = handle_end (text, vs, line_end);
      if (ve - vs < 4
          || !(ve == line_end || strchr ("\r\t|,;", text[ve]) != NULL
               || (text[ve] == ' ' && ve + 1 < line_end && text[ve + 1] == ' ')))
        continue;
      while (ks > line_start && colon - ks < 24
             && (g_ascii_isalpha (text[ks - 1]) || (guchar)text[ks - 1] >= 0x80
                 || text[ks - 1] == '_'))
        ks--;
      if (ks == line_start || colon - ks < 4 || text[ks - 1] != ' '
          || !voile_name_is_user_key (text + ks, colon - ks))
        continue;
      if (key_line < 0)
        {
          gsize lead = line_start;
          while (
              lead < line_end && lead < line_start + 24
              && (g_ascii_isalpha (text[lead]) || (guchar)text[lead] >= 0x80 || text[lead] == ' '))
            lead++;
          key_line = lead > line_start && lead < line_end && text[lead] == ':';
        }
      if (key_line)
        break;
      /* Not again when a rule of the line's fields has taken it: a second mention would
       * count twice. */
      gboolean taken = FALSE;
      for (guint m = c->mentions->len; m > 0 && m + 16 > c->mentions->len && !taken; m--)
        {
          const VoileNameMention *had = &g_array_index (c->mentions, VoileNameMention, m - 1);
          taken = had->start <= vs && vs < had->end;
        }
      if (!taken)
        find_handle (c, vs, ve, TRUE);
    }
  for (const char *q = next->at[0] < line_end ? text + next->at[0] : NULL; q != NULL;
       q = memchr (q + 1, '@', (gsize)(text + line_end - q - 1)))
    {
      gsize at = (gsize)(q - text);
      if ((at > line_start && !strchr (" \t(,;\"'", text[at - 1])) || at + 1 >= line_end
          || !g_ascii_islower (text[at + 1]))
        continue;
      gsize he = handle_end (text, at + 1, line_end);
      if (he < line_end && (text[he] == '/' || text[he] == '@'))
        continue; /* "@types/node": a package scope */
      if (!find_handle (c, at + 1, he, TRUE))
        voile_name_add_mention (c, at + 1, he);
    }
  /* "sshd[2211]: Accepted publickey for tbrennan from 10.0.4.17": a syslog line. */
  const char *bracket = keys && (marks & (VOILE_LINE_BRACKET | VOILE_LINE_UNSEEN))
                            ? memchr (text + line_start, '[', n)
                            : NULL;
  if (n > 16 && bracket != NULL
      && memchr (bracket, ']', (gsize)(text + line_end - bracket)) != NULL)
    for (const char *q = memchr (text + line_start, 'f', n - 10); q != NULL;
         q = memchr (q + 1, 'f', (gsize)(text + line_end - 10 - q - 1)))
      {
        gsize fs = (gsize)(q - text);
        if (fs == line_start || text[fs - 1] != ' ' || memcmp (q, "for ", 4) != 0)
          continue;
        gsize he = handle_end (text, fs + 4, line_end);
        if (he + 6 <= line_end && memcmp (text + he, " from ", 6) == 0)
          find_handle (c, fs + 4, he, FALSE);
      }
  /* "/home/tbrennan", "C:\\Users\\mlefevre\\AppData", "/Users/jdoe": a home folder. */
  for (const char *q = next->at[1] < line_end ? text + next->at[1] : NULL; q != NULL;
       q = memchr (q + 1, '/', (gsize)(text + line_end - q - 1)))
    {
      gsize hs = (gsize)(q - text) + 1;
      if (hs + 5 < line_end && memcmp (text + hs, "home/", 5) == 0)
        find_handle (c, hs + 5, handle_end (text, hs + 5, line_end), FALSE);
      else if (hs + 6 < line_end && memcmp (text + hs, "Users/", 6) == 0)
        find_handle (c, hs + 6, handle_end (text, hs + 6, line_end), FALSE);
      else if (hs + 3 < line_end && memcmp (text + hs, "in/", 3) == 0)
        voile_name_profile_slug (c, hs - 1, line_end);
      else if (after_profile_host (text, hs - 1))
        {
          /* "github.com/kmansouri"; "github.com/kemi-adeyemo", "x.com/luis_arroyo_studio": a
           * separator says a person's handle (an organisation's is one word). */
          gsize he = handle_end (text, hs, line_end), k = hs;
          while (k < he && text[k] != '-' && text[k] != '_' && text[k] != '.')
            k++;
          find_handle (c, hs, he, k < he);
        }
    }
  for (const char *q = next->at[2] < line_end ? text + next->at[2] : NULL; q != NULL;
       q = memchr (q + 1, '\\', (gsize)(text + line_end - q - 1)))
    {
      gsize hs = (gsize)(q - text) + 1;
      if (hs + 6 < line_end && memcmp (text + hs, "Users\\", 6) == 0)
        find_handle (c, hs + 6, handle_end (text, hs + 6, line_end), FALSE);
    }
}

/* "…,+44 7700 900654,rbarnes,1990-04-17": a cell of a delimited row that is a login
 * alone (an owner or assignee column). Strict: an initial and a surname, or names. */
static void
find_cell_handles (VoileNameCollector *c, GArray *tokens)
{
  /* What a cell's word follows: a delimiter, or the quote that follows one. */
  static const gboolean cell_before[256]
      = { [','] = TRUE, [';'] = TRUE, ['\t'] = TRUE, ['|'] = TRUE, ['"'] = TRUE };
  const char *text = c->text;

  for (guint i = 0; i < tokens->len; i++)
    {
      const VoileToken *t = tok (tokens, i);
      gsize s = t->start, e = t->end;
      /* First the byte before, which rules out most words (a space). */
      if (s == 0 || !cell_before[(guchar)text[s - 1]])
        continue;
      if (t->shape != VOILE_SHAPE_LOWER || e - s < 4)
        continue;
      char before = text[s - 1] == '"' && s >= 2 ? text[s - 2] : text[s - 1];
      char after = e >= c->len ? '\n' : text[e] == '"' && e + 1 < c->len ? text[e + 1] : text[e];
      if ((before == ',' || before == ';' || before == '\t' || before == '|')
          && (after == ',' || after == ';' || after == '\t' || after == '|' || after == '\n'
              || after == '\r'))
        find_handle (c, s, e, FALSE);
    }
}

/* Does text[q, line_end) end on a time, "3:12 PM", "14:02"? */
static gboolean
ends_on_time (const char *text, gsize q, gsize line_end)
{
  gsize e = line_end;
  while (e > q && (text[e - 1] == ' ' || text[e - 1] == '\r'))
    e--;
  if (e - q >= 3 && (text[e - 1] == 'M' || text[e - 1] == 'm') && strchr ("AaPp", text[e - 2]))
    {
      e -= 2;
      while (e > q && text[e - 1] == ' ')
        e--;
    }
  return e - q >= 4 && g_ascii_isdigit (text[e - 1]) && g_ascii_isdigit (text[e - 2])
         && (text[e - 3] == ':' || text[e - 3] == 'h') && g_ascii_isdigit (text[e - 4]);
}

/* "From gav_mcbride77 · 17 Nov 2026", "clemence_rdt · 14/11/2026", "Lorenzo_MC (vendeur) –
 * 18 nov.", "rob.nkemelu  7:05 AM": the header of a marketplace message or of a chat
 * export opens on the sender's pseudonym, then a separator or the time. Only pseudonyms
 * with a separator or digits: a plain word there is read as a name by the prose rules. */
static void
find_header_handle (VoileNameCollector *c, gsize p, gsize line_end)
{
  const char *text = c->text;
  gboolean marked = FALSE;

  if (line_end - p > 100 || line_end - p < 8)
    return;
  if (memcmp (text + p, "From ", 5) == 0)
    p += 5;
  else if (memcmp (text + p, "De ", 3) == 0)
    p += 3;
  else if (memcmp (text + p, "Me (", 4) == 0 || memcmp (text + p, "Moi (", 5) == 0)
    {
      /* "Me (harriet_quaye_vo)  Nov 19, 3:40 PM": one's own pseudonym in a thread. */
      gsize hs = p + (text[p + 1] == 'e' ? 4 : 5), he = handle_end (text, hs, line_end);
      if (he > hs && he + 2 < line_end && text[he] == ')' && text[he + 1] == ' ')
        find_handle (c, hs, he, TRUE);
      return;
    }
  /* The first space, then what follows it: most lines go on with a word and stop here,
   * before their first word is read. */
  const char *space = memchr (text + p, ' ', MIN (line_end - p, 42));
  if (space == NULL || space == text + p)
    return;
  gsize he = (gsize)(space - text), q = he;
  while (q < line_end && q < he + 4 && text[q] == ' ')
    q++;
  if (q + 2 >= line_end)
    return;
  gboolean header
      = memcmp (text + q, "\xc2\xb7", 2) == 0 /* "·" */
        || (q + 3 <= line_end
            && (memcmp (text + q, "\xe2\x80\x93", 3) == 0      /* "–" */
                || memcmp (text + q, "\xe2\x80\x94", 3) == 0)) /* "—" */
        || (text[q] == '-' && text[q + 1] == ' ')
        || text[q] == '('
        /* "  7:05 AM", " 14:02": the time of the message */
        || (g_ascii_isdigit (text[q])
            && (text[q + 1] == ':'
                || (g_ascii_isdigit (text[q + 1]) && q + 2 < line_end && text[q + 2] == ':')))
        /* "  Nov 19, 3:12 PM", "  19 nov. 14:02": a short date, then the time, and no more */
        || (line_end - q <= 24 && g_ascii_isalnum (text[q]) && ends_on_time (text, q, line_end));
  if (!header || !g_ascii_isalpha (text[p]) || handle_end (text, p, line_end) != he)
    return;
  for (gsize k = p; k < he && !marked; k++)
    marked = text[k] == '.' || text[k] == '_' || g_ascii_isdigit (text[k]);
  if (marked)
    find_handle (c, p, he, TRUE);
}

/* "login bkowalski" in a ~/.netrc ("machine api.github.com login bkowalski password …"),
 * and the user field of a ~/.pgpass line ("db.corp:5432:reports:bkowalski:secret"). */
static void
find_netrc_login (VoileNameCollector *c, gsize p, gsize line_end)
{
  const char *text = c->text;
  gsize k;

  if (p + 8 < line_end
      && (memcmp (text + p, "login ", 6) == 0 || memcmp (text + p, "machine ", 8) == 0))
    {
      for (k = p; k + 7 < line_end; k++)
        if (memcmp (text + k, "login ", 6) == 0 && (k == p || text[k - 1] == ' '))
          {
            gsize vs = k + 6;
            while (vs < line_end && text[vs] == ' ')
              vs++;
            find_handle (c, vs, handle_end (text, vs, line_end), TRUE);
            return;
          }
      return;
    }
  /* host:port:database:username:password, no space: the port is digits or '*'. */
  gsize colons[4];
  guint n = 0;
  if (line_end - p > 200 || !g_ascii_isalnum (text[p])
      || memchr (text + p, ' ', line_end - p) != NULL)
    return;
  for (k = p; k < line_end && text[k] != ' ' && text[k] != '\t'; k++)
    if (text[k] == ':' && n < 4)
      colons[n++] = k;
  if (n < 4 || k < line_end || colons[0] == p || colons[1] == colons[0] + 1)
    return;
  for (k = colons[0] + 1; k < colons[1]; k++)
    if (!g_ascii_isdigit (text[k]) && text[k] != '*')
      return;
  if (colons[3] > colons[2] + 1)
    find_handle (c, colons[2] + 1, colons[3], TRUE);
}

/* The message headers and ~/.netrc or ~/.pgpass lines of find_header_handle() and
 * find_netrc_login(), told from the line's words before any byte is read again: a first
 * word with digits or an underscore ("gav_mcbride77"), or a dot after it ("rob.nkemelu"),
 * maybe after "From"; "login" or "machine"; a first word glued to what follows, not "Key: ". */
static void
find_header_and_netrc_logins (VoileNameCollector *c, GArray *tokens, gsize line_start,
                              gsize line_end, guint marks)
{
  const char *text = c->text;
  const VoileToken *t = tok (tokens, 0);
  gsize n = t->end - t->start;

  if ((n == 4 && memcmp (text + t->start, "From", 4) == 0 && tokens->len > 1)
      || (n == 2 && memcmp (text + t->start, "De", 2) == 0 && tokens->len > 1))
    t = tok (tokens, 1);
  /* (A run with digits or '_' is no word: the line's first word then starts later.) */
  /* t may now be the word after "From"/"De": its own length, not the first word's. */
  gsize tn = t->end - t->start;
  gboolean own = ((tn == 2 && memcmp (text + t->start, "Me", 2) == 0)
                  || (tn == 3 && memcmp (text + t->start, "Moi", 3) == 0))
                 && t->end + 1 < line_end && text[t->end + 1] == '(';
  if (own || t->shape == VOILE_SHAPE_OTHER || t->dot_after
      || (tok (tokens, 0)->start > line_start && g_ascii_isalpha (text[line_start]))
      || (t != tok (tokens, 0) && t->start > tok (tokens, 0)->end + 1))
    find_header_handle (c, line_start, line_end);
  t = tok (tokens, 0);
  if ((n == 5 && text[t->start] == 'l') || (n == 7 && text[t->start] == 'm')
      || ((marks & VOILE_LINE_KEY) && t->end < line_end && text[t->end] != ' '
          && !(text[t->end] == ':' && t->end + 1 < line_end && text[t->end + 1] == ' ')))
    {
      gsize p = line_start;
      while (p < line_end && (text[p] == ' ' || text[p] == '\t'))
        p++;
      find_netrc_login (c, p, line_end);
    }
}

/* A key whose items are accounts: "members", "maintainers", "reviewers", "admins". */
static gboolean
is_members_key (const char *k, gsize n)
{
  static const char *const keys[] = { "members",   "maintainers",   "reviewers", "admins",
                                      "approvers", "collaborators", "membres",   NULL };
  for (const char *const *w = keys; *w != NULL; w++)
    if (strlen (*w) == n && voile_ascii_strncasecmp (k, *w, n) == 0)
      return TRUE;
  return FALSE;
}

/* Is text[at] the space before the word "by" or "par"? */
static inline gboolean
is_author_word (const char *text, gsize len, gsize at)
{
  return (at + 2 < len && text[at + 1] == 'b' && text[at + 2] == 'y')
         || (at + 3 < len && text[at + 1] == 'p' && text[at + 2] == 'a' && text[at + 3] == 'r');
}

/* The space before the next "by" or "par" at or after from, or len: sixteen bytes at a time
 * (a space then a 'b' or a 'p'), not a search for each letter. */
static gsize
next_author_word (const char *text, gsize len, gsize from)
{
  gsize p = from;
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8 (' '), b = _mm_set1_epi8 ('b'), pe = _mm_set1_epi8 ('p');
  while (p + 17 <= len)
    {
      __m128i v0 = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(text + p));
      __m128i v1 = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(text + p + 1));
      guint mask = (guint)_mm_movemask_epi8 (
          _mm_and_si128 (_mm_cmpeq_epi8 (v0, space),
                         _mm_or_si128 (_mm_cmpeq_epi8 (v1, b), _mm_cmpeq_epi8 (v1, pe))));
      for (; mask != 0; mask &= mask - 1)
        {
          gsize at = p + (gsize)__builtin_ctz (mask);
          if (is_author_word (text, len, at))
            return at;
        }
      p += 16;
    }
#endif
  for (; p + 2 < len; p++)
    if (text[p] == ' ' && is_author_word (text, len, p))
      return p;
  return len;
}

/* A word of record-keeping whose agent, after "by"/"par", is the member of staff who did it:
 * "keyed by dbirtles", "Last updated 19/10/2026 by tmwale", "Édité le … par c.lemoal". Not
 * the verbs whose agent is a program ("powered by nginx", "généré par Lucca"). */
static gboolean
is_record_word (const char *w, gsize n)
{
  static const char *const words[] = {
    "keyed",       "updated",   "added",    "entered",   "edited",   "created",   "opened",
    "closed",      "processed", "reviewed", "approved",  "checked",  "verified",  "completed",
    "assigned",    "logged",    "recorded", "submitted", "modified", "changed",   "raised",
    "noted",       "written",   "done",     "taken",     "resolved", "escalated", "authorised",
    "authorized",  "prepared",  "drafted",  "issued",    "received", "amended",   "entry",
    "note",        "notes",     "comment",  "ouvert",    "ouverte",  "saisi",     "saisie",
    "rédigé",      "rédigée",   "édité",    "éditée",    "créé",     "créée",     "modifié",
    "modifiée",    "validé",    "validée",  "traité",    "traitée",  "vérifié",   "vérifiée",
    "clôturé",     "clôturée",  "fermé",    "fermée",    "ajouté",   "ajoutée",   "enregistré",
    "enregistrée", "jour",      "signé",    "signée",    "Édité",    "Éditée",    "fait",
    "faite",       "applied",   "placed",   NULL
  };
  return voile_ascii_word_in (w, n, words);
}

/* Verbs whose agent is a program: "généré par Lucca", "generated by Sage". */
static gboolean
is_program_verb (const char *w, gsize n)
{
  static const char *const words[] = { "généré",   "générée", "generated", "produced", "powered",
                                       "exported", "exporté", "exportée",  NULL };
  return voile_ascii_word_in (w, n, words);
}

/* Is one of the two words before text[at] (a date's start) a program's verb ("Généré le
 * 18/11/2026")? */
static gboolean
before_program_verb (const char *text, gsize line_start, gsize at)
{
  gsize we = at;
  for (guint w = 0; w < 2 && we > line_start; w++)
    {
      while (we > line_start && text[we - 1] == ' ')
        we--;
      gsize ws = we;
      while (ws > line_start && text[ws - 1] != ' ')
        ws--;
      if (is_program_verb (text + ws, we - ws))
        return TRUE;
      we = ws;
    }
  return FALSE;
}

/* The login text[vs, ve) of a member of staff who kept a record: one that spells a name, or
 * one in no list made of an initial and a word that is no common word ("jwhitcombe",
 * "c.lemoal"). */
static gboolean
author_login (VoileNameCollector *c, gsize vs, gsize ve)
{
  const char *text = c->text;

  if (find_handle (c, vs, ve, TRUE))
    return TRUE;
  /* In no list: "jwhitcombe" (an initial and a word that is no common word), "c.lemoal". */
  gsize dot = vs;
  while (dot < ve && text[dot] != '.')
    dot++;
  for (gsize q = vs; q < ve; q++)
    if (!g_ascii_islower (text[q]) && q != dot)
      return FALSE;
  gsize ss = dot < ve ? dot + 1 : vs + 1; /* the surname's start */
  if ((dot < ve && dot - vs > 2) || ve - ss < 4 || ve - ss > 16 || is_technical (text + vs)
      || word_flags (text, vs, ve) != 0 || (word_flags (text, ss, ve) & VOILE_NAME_WORD))
    return FALSE;
  /* A glued initial starts on two consonants no word starts with ("jw", "dg", "tm"): not
   * "adjuster", "paralegal", "thompson" (words and names read whole). */
  static const char *const onsets[]
      = { "bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gn", "gr",  "kl",
          "kn", "kr", "ph", "pl", "pr", "ps", "qu", "rh", "sc", "sh", "sk",  "sl",
          "sm", "sn", "sp", "st", "sw", "th", "tr", "tw", "wh", "wr", "sch", NULL };
  if (dot == ve
      && (strchr ("aeiou", text[vs]) != NULL || strchr ("aeiouy", text[vs + 1]) != NULL
          || voile_word_in (text + vs, 2, onsets)))
    return FALSE;
  /* A surname has a vowel; "xcvbn" is noise. */
  gboolean vowel = FALSE;
  for (gsize q = ss; q < ve; q++)
    vowel = vowel || strchr ("aeiouy", text[q]) != NULL;
  if (!vowel)
    return FALSE;
  VoileToken part = { 0 };
  part.start = vs, part.end = ve;
  voile_name_collector_add_person (c, &part, 0, 0, 0, CONFIDENCE_FIELD, VOILE_FIELD_NONE);
  return TRUE;
}

/* "keyed by dbirtles", "Processed by: kwhitlock", "Ouvert le 14/11/2026 par f.amrani": the
 * login after "by"/"par" that closes a record's line names the member of staff who kept it.
 * The shape says so: a word of record-keeping or a date before "by", or a colon after it, and
 * one lower-case login ending the clause. Its surname may be in no list ("jwhitcombe"): a
 * login of an initial and a word that is no common word is read as one there. */
static void
find_author_handle (VoileNameCollector *c, gsize line_start, gsize line_end, gsize at, gsize n)
{
  const char *text = c->text;
  gsize vs = at + 1 + n; /* after "by" */
  gboolean colon = vs < line_end && text[vs] == ':';

  if (colon)
    vs++;
  if (vs >= line_end || text[vs] != ' ')
    return;
  while (vs < line_end && text[vs] == ' ')
    vs++;
  if (vs >= line_end || !g_ascii_islower (text[vs]))
    return;
  gsize ve = handle_end (text, vs, line_end);
  /* Most words after "by"/"par" are short or common ("the", "le", "exemple"): no login. */
  if (ve - vs < 4
      || (ve < line_end && strchr (" \t\r,;:)", text[ve]) == NULL
          && !(text[ve] == '.' && (ve + 1 == line_end || text[ve + 1] == ' ')))
      || (word_flags (text, vs, ve) & VOILE_NAME_WORD))
    return;
  if (!colon)
    {
      /* A word of record-keeping among the three words before "by": "keyed by", "Last
       * updated 19/10/2026 by", "ouvert le 14/11/2026 par". */
      gboolean record = FALSE;
      gsize we = at;
      for (guint w = 0; w < 3 && !record && we > line_start; w++)
        {
          gsize ws = we;
          while (ws > line_start && text[ws - 1] != ' ')
            ws--;
          /* "run 03/11/2025 by tpowell": a date, unless a program made the record
           * ("Généré le 18/11/2026 par lucca") */
          record = is_record_word (text + ws, we - ws)
                   || (we - ws >= 5 && g_ascii_isdigit (text[ws]) && g_ascii_isdigit (text[we - 1])
                       && memchr (text + ws, '/', we - ws) != NULL
                       && !(ws > line_start + 1 && before_program_verb (text, line_start, ws)));
          we = ws;
          while (we > line_start && text[we - 1] == ' ')
            we--;
        }
      if (!record)
        return;
    }
  author_login (c, vs, ve);
}

/* A notes log's author after the entry's stamp: "11/05/2025 14:40  kbrooks  OB call…",
 * "09/22/2025 (kdeschenie): MVR shows…". A date (and a time), then a lower-case login set
 * apart by a wide gap or in brackets before a colon. */
static void
stamped_author (VoileNameCollector *c, gsize p, gsize line_end)
{
  const char *text = c->text;
  gsize q = p, vs, ve;
  gboolean sep = FALSE;

  while (q < line_end && (g_ascii_isdigit (text[q]) || text[q] == '/' || text[q] == '-'))
    sep |= text[q++] == '/' || text[q - 1] == '-';
  if (q - p < 5 || !sep || q + 3 >= line_end)
    return;
  /* "14:40", "9:05am" */
  if (text[q] == ' ' && g_ascii_isdigit (text[q + 1]))
    {
      gsize r = q + 1;
      gboolean colon = FALSE;
      while (r < line_end && (g_ascii_isdigit (text[r]) || text[r] == ':'))
        colon |= text[r++] == ':';
      if (colon)
        q = r;
      if (q + 1 < line_end && (text[q] == 'a' || text[q] == 'p') && text[q + 1] == 'm')
        q += 2;
    }
  if (q + 2 >= line_end)
    return;
  if (text[q] == ' ' && text[q + 1] == '(')
    {
      vs = q + 2;
      ve = handle_end (text, vs, line_end);
      if (ve + 1 >= line_end || text[ve] != ')'
          || !(text[ve + 1] == ':'
               || (text[ve + 1] == ' ' && ve + 2 < line_end && text[ve + 2] == ':')))
        return; /* "(kdeschenie):", French "(ylebras) :" */
    }
  else if (text[q] == '\t' || (text[q] == ' ' && text[q + 1] == ' '))
    {
      for (vs = q; vs < line_end && (text[vs] == ' ' || text[vs] == '\t'); vs++)
        ;
      ve = handle_end (text, vs, line_end);
      if (ve + 1 >= line_end || !(text[ve] == '\t' || (text[ve] == ' ' && text[ve + 1] == ' ')))
        return;
    }
  else
    return;
  if (vs >= ve || !g_ascii_islower (text[vs]) || ve - vs < 4
      || (word_flags (text, vs, ve) & VOILE_NAME_WORD))
    return;
  author_login (c, vs, ve);
}

/* Each " by " and " par " of the line: the text is searched once, not line by line. */
static inline void
find_author_handles (VoileNameCollector *c, gsize line_start, gsize line_end, HandleBytes *next)
{
  /* Most lines hold neither: two comparisons. */
  if (next->author_at != G_MAXSIZE && next->author_at >= line_start && next->author_at >= line_end)
    return;
  for (gsize from = line_start;;)
    {
      if (next->author_at == G_MAXSIZE || next->author_at < from)
        next->author_at = next_author_word (c->text, c->len, from);
      gsize at = next->author_at;
      if (at >= line_end)
        break;
      find_author_handle (c, line_start, line_end, at, c->text[at + 1] == 'b' ? 2 : 3);
      from = at + 1;
    }
}

/* "CDI_Sow_Aminata.pdf", "Contrat_Marie_Dupont.docx", "payslip_2026-10_Owen_Price.pdf": a
 * document's file name whose underscore parts hold a given name and a surname, capitalised,
 * side by side (either order). dot is the extension's dot. */
static void
file_name_people (VoileNameCollector *c, gsize line_start, gsize dot, gsize line_end)
{
  static const char *const extensions[]
      = { "pdf", "docx", "doc", "odt", "jpg", "jpeg", "png", "heic", "xlsx", "xls", "ods", NULL };
  const char *text = c->text;
  gsize e = dot + 1, s = dot;

  while (e < line_end && g_ascii_isalpha (text[e]))
    e++;
  if (!voile_ascii_word_in (text + dot + 1, e - dot - 1, extensions))
    return;
  while (s > line_start
         && (g_ascii_isalnum (text[s - 1]) || (guchar)text[s - 1] >= 0x80 || text[s - 1] == '_'
             || text[s - 1] == '-'))
    s--;
  if (memchr (text + s, '_', dot - s) == NULL)
    return;
  /* The parts between underscores: two capitalised ones side by side, a given name and a
   * surname or a word in no list, neither a common word nor a place. */
  VoileToken parts[8];
  guint n = 0;
  for (gsize ps = s, q = s; q <= dot && n < G_N_ELEMENTS (parts); q++)
    {
      if (q < dot && text[q] != '_')
        continue;
      VoileToken t = { 0 };
      t.start = ps, t.end = q, t.shape = VOILE_SHAPE_CAP;
      gboolean ok = q - ps >= 2 && g_ascii_isupper (text[ps]) && !g_ascii_isupper (text[ps + 1]);
      for (gsize k = ps; ok && k < q; k++)
        ok = g_ascii_isalpha (text[k]) || (guchar)text[k] >= 0x80 || text[k] == '-';
      t.name_flags = ok ? voile_name_lookup_word (text + ps, q - ps) : VOILE_NAME_WORD;
      parts[n++] = t;
      ps = q + 1;
    }
  for (guint k = 0; k + 1 < n; k++)
    {
      guint f0 = parts[k].name_flags, f1 = parts[k + 1].name_flags;
      /* A place's name only beside a surname that is nothing else ("Mehta_Rohan") */
      gboolean only0
          = (f0 & (VOILE_NAME_LAST | VOILE_NAME_FIRST | VOILE_NAME_PROPER)) == VOILE_NAME_LAST;
      gboolean only1
          = (f1 & (VOILE_NAME_LAST | VOILE_NAME_FIRST | VOILE_NAME_PROPER)) == VOILE_NAME_LAST;
      if (((f0 | f1) & VOILE_NAME_WORD)
          || ((f0 & VOILE_NAME_PROPER) && !((f0 & VOILE_NAME_FIRST) && only1))
          || ((f1 & VOILE_NAME_PROPER) && !((f1 & VOILE_NAME_FIRST) && only0)))
        continue;
      /* "Mehta_Rohan": both are given names in some list; either order is a person. */
      gboolean given_first
          = (f0 & VOILE_NAME_FIRST) && (f1 & (VOILE_NAME_LAST | VOILE_NAME_FIRST) || f1 == 0);
      gboolean surname_first = !(f0 & VOILE_NAME_FIRST) && (f1 & VOILE_NAME_FIRST)
                               && ((f0 & VOILE_NAME_LAST) || f0 == 0);
      if (given_first || surname_first)
        {
          voile_name_collector_add_person (c, parts + k, 0, 1, surname_first ? 1 : 0,
                                           CONFIDENCE_FIELD, VOILE_FIELD_NONE);
          return;
        }
    }
}

/* Handles where a person's login goes: a chat display name ("**nadia.haddad**:"), the
 * user of a URL ("https://mkaplan:…@github.com"), the value of a user key
 * ("NEXTCLOUD_ADMIN_USER: cmercier", "owner = \"ghazal\""), and "a.roussel"-like words. */
static void
find_handles (VoileNameCollector *c, gsize line_start, gsize line_end, guint marks,
              HandleBytes *next)
{
  const char *text = c->text;
  gsize p = line_start, k;
  while (p < line_end && (text[p] == ' ' || text[p] == '\t'))
    p++;
  /* "users:" then "  - kofi": the items of a YAML list of accounts are logins. */
  if (next->account_list != G_MAXSIZE)
    {
      if (p + 2 < line_end && text[p] == '-' && text[p + 1] == ' '
          && p - line_start >= next->account_list)
        {
          gsize vs = p + 2, ve;
          while (vs < line_end && (text[vs] == ' ' || text[vs] == '"' || text[vs] == '\''))
            vs++;
          ve = handle_end (text, vs, line_end);
          if (ve > vs && (ve == line_end || strchr (" \t\r\"'#", text[ve]) != NULL))
            {
              find_handle (c, vs, ve, TRUE);
              return;
            }
        }
      else if (p < line_end)
        next->account_list = G_MAXSIZE;
    }
  /* "**nadia.haddad**" */
  if (p + 4 < line_end && text[p] == '*' && text[p + 1] == '*')
    {
      for (k = p + 2; k < line_end && k < p + 44 && text[k] != '*' && text[k] != ' '; k++)
        ;
      if (k + 1 < line_end && text[k] == '*' && text[k + 1] == '*')
        find_handle (c, p + 2, k, TRUE);
    }
  /* "ADMIN_USER=jdoe", "owner = \"ghazal\"": a key naming a user, then one word (most
   * lines have neither '=' nor ':' and are not read: the tokenizer's VOILE_LINE_KEY says
   * so without a search). */
  gboolean key_mark = (marks & (VOILE_LINE_KEY | VOILE_LINE_UNSEEN))
                      && (next_byte_in_line (c, &next->colon, ':', p, line_end) != NULL
                          || next_byte_in_line (c, &next->equals, '=', p, line_end) != NULL);
  for (k = p;
       key_mark && k < line_end && k < p + 48 && (g_ascii_isalnum (text[k]) || text[k] == '_'); k++)
    ;
  if (key_mark && k > p && k < line_end && k < p + 48)
    {
      gsize key_end = k, vs, ve;
      while (k < line_end && text[k] == ' ')
        k++;
      if (k < line_end && (text[k] == '=' || text[k] == ':'))
        {
          gboolean user_key = voile_name_is_user_key (text + p, key_end - p);
          vs = k + 1;
          gsize rest = vs;
          while (rest < line_end && (text[rest] == ' ' || text[rest] == '\r'))
            rest++;
          if (text[k] == ':' && (rest == line_end || text[rest] == '#')
              && (user_key || is_members_key (text + p, key_end - p)))
            next->account_list = p - line_start;
          /* Only a user key's value is read: most keys name no user. */
          if (user_key)
            {
              while (vs < line_end && (text[vs] == ' ' || text[vs] == '"' || text[vs] == '\''))
                vs++;
              for (ve = vs; ve < line_end && !strchr (" \"'\t\r,;#", text[ve]); ve++)
                ;
              if (ve > vs)
                find_handle (c, vs, ve, TRUE);
            }
        }
    }
  /* "jmiller: reproduced", "sarah.okoye: fixed": a comment's author, then a colon. */
  if ((marks & VOILE_LINE_KEY) && p < line_end && g_ascii_islower (text[p]))
    {
      k = handle_end (text, p, line_end);
      if (k + 1 < line_end && text[k] == ':' && text[k + 1] == ' ')
        find_handle (c, p, k, FALSE);
    }
  find_inline_handles (c, line_start, line_end, marks, next);
  find_author_handles (c, line_start, line_end, next);
  if (g_ascii_isdigit (text[p]))
    stamped_author (c, p, line_end);
  /* "https://mkaplan:token@github.com": only in lines where the tokenizer saw "://". */
  for (const char *u = (marks & (VOILE_LINE_SCHEME | VOILE_LINE_UNSEEN))
                           ? next_byte_in_line (c, &next->colon, ':', p, line_end)
                           : NULL;
       u != NULL && u + 3 < text + line_end;
       u = memchr (u + 1, ':', (gsize)(text + line_end - u - 1)))
    {
      if (u[1] != '/' || u[2] != '/')
        continue;
      gsize us = (gsize)(u - text) + 3, ue = us;
      while (ue < line_end && text[ue] != ':' && text[ue] != '@' && text[ue] != '/'
             && text[ue] != ' ')
        ue++;
      gsize at = ue;
      while (at < line_end && text[at] != '@' && text[at] != '/' && text[at] != ' ')
        at++;
      if (at < line_end && text[at] == '@' && ue > us)
        find_handle (c, us, ue, FALSE);
    }
  /* "Le compte a.roussel est verrouillé": a dotted lower-case word, not an e-mail. Only
   * in lines where the tokenizer saw a dot that could start one (most have none). */
  for (const char *d = (marks & (VOILE_LINE_DOTTED | VOILE_LINE_UNSEEN))
                           ? memchr (text + p, '.', line_end - p)
                           : NULL;
       d != NULL; d = memchr (d + 1, '.', (gsize)(text + line_end - d - 1)))
    {
      gsize dot = (gsize)(d - text), ws = dot, we = dot + 1;
      if (dot == p || dot + 1 >= line_end || !g_ascii_islower (text[dot + 1])
          || !g_ascii_isalpha (text[dot - 1]))
        continue;
      /* ".pdf", ".docx", ".jpg", ".xlsx"…: a document's extension's first letters */
      static const char *const doc_prefixes[] = { "pd", "pn", "do", "od", "jp", "he", "xl", NULL };
      if (dot + 3 < line_end && voile_word_in (text + dot + 1, 2, doc_prefixes))
        file_name_people (c, line_start, dot, line_end);
      while (ws > line_start && (g_ascii_islower (text[ws - 1]) || (guchar)text[ws - 1] >= 0x80))
        ws--;
      while (we < line_end && (g_ascii_islower (text[we]) || (guchar)text[we] >= 0x80))
        we++;
      if ((ws > line_start && !strchr (" \t(\"',;|", text[ws - 1]))
          || (we < line_end && !strchr (" \t,;|)\"'", text[we])
              && !(text[we] == '.' && (we + 1 == line_end || text[we + 1] == ' '))))
        continue;
      find_handle (c, ws, we, FALSE);
      if (d < text + we)
        d = text + we - 1;
      if (d + 1 >= text + line_end)
        break;
    }
}

/* ---- names joined by '&' ------------------------------------------------------------- */

/* A capitalised word alone (no capitalised word joined before or after it) that may be a
 * given name: a given name that is nothing else, or a word in no list (firm: the first
 * only). */
static gboolean
ampersand_name (VoileNameCollector *c, GArray *tokens, guint i, gboolean firm)
{
  VoileToken *t = tok (tokens, i);

  if (t->shape != VOILE_SHAPE_CAP || t->end - t->start < 3
      || (i > 0 && tok (tokens, i - 1)->joined && tok (tokens, i - 1)->shape == VOILE_SHAPE_CAP)
      || (t->joined && i + 1 < tokens->len && tok (tokens, i + 1)->shape == VOILE_SHAPE_CAP))
    return FALSE;
  voile_token_lookup (c->text, t);
  return t->context_flags == 0 && !(t->name_flags & (VOILE_NAME_WORD | VOILE_NAME_PROPER))
         && (is_firm_first (t) || (!firm && is_unknown (t)));
}

/* The line's mention (from c->mentions[first] on) of two words or more that ends at end
 * (or starts at start, when end is 0). */
static gboolean
full_name_at (VoileNameCollector *c, guint first, gsize start, gsize end)
{
  for (guint m = first; m < c->mentions->len; m++)
    {
      const VoileNameMention *mention = &g_array_index (c->mentions, VoileNameMention, m);
      if (mention->type == VOILE_TYPE_PERSON && mention->key != NULL
          && strchr (mention->key, ' ') != NULL
          && (end != 0 ? mention->end == end : mention->start == start))
        {
          /* Not the start of a longer run of capitals ("Wattle & Stone Garden Design"). */
          gsize after = mention->end;
          return !(end == 0 && after + 1 < c->len && c->text[after] == ' '
                   && g_ascii_isupper (c->text[after + 1]));
        }
    }
  return FALSE;
}

/* "Cathal & Aoife" on a card, "Adeyinka & Tom Bankole-Shaw" in a list: names joined by '&'.
 * Two given names that are nothing else are people ("Ben & Jerry's", a brand, is not read);
 * so is a capitalised word alone, a given name or in no list, beside a found full name. */
static void
find_ampersand_pairs (VoileNameCollector *c, GArray *tokens, guint first_mention)
{
  const char *text = c->text;

  for (guint i = 0; i + 1 < tokens->len; i++)
    {
      VoileToken *a = tok (tokens, i), *b = tok (tokens, i + 1);
      gsize gap = b->start - a->end;
      if (a->next_char != '&' || gap > 3
          || !(gap == 1 || (gap == 3 && text[a->end] == ' ' && text[b->start - 1] == ' ')))
        continue;
      if (b->end < c->len && (text[b->end] == '\'' || (guchar)text[b->end] == 0xE2))
        continue; /* "Ben & Jerry's" */
      if (b->end - b->start == a->end - a->start
          && memcmp (text + a->start, text + b->start, a->end - a->start) == 0)
        continue; /* "Johnson & Johnson" */
      gboolean a_firm = ampersand_name (c, tokens, i, TRUE);
      gboolean b_firm = ampersand_name (c, tokens, i + 1, TRUE);
      if (a_firm && b_firm)
        {
          voile_name_collector_add_person (c, (VoileToken *)tokens->data, i, i, 0, CONFIDENCE_PAIR,
                                           VOILE_FIELD_NONE);
          voile_name_collector_add_person (c, (VoileToken *)tokens->data, i + 1, i + 1, 0,
                                           CONFIDENCE_PAIR, VOILE_FIELD_NONE);
        }
      else if ((a_firm || ampersand_name (c, tokens, i, FALSE))
               && full_name_at (c, first_mention, b->start, 0))
        voile_name_collector_add_person (c, (VoileToken *)tokens->data, i, i, 0, CONFIDENCE_PAIR,
                                         VOILE_FIELD_NONE);
      else if ((b_firm || ampersand_name (c, tokens, i + 1, FALSE))
               && full_name_at (c, first_mention, 0, a->end))
        voile_name_collector_add_person (c, (VoileToken *)tokens->data, i + 1, i + 1, 0,
                                         CONFIDENCE_PAIR, VOILE_FIELD_NONE);
    }
}

/* ---- patronymic links ---------------------------------------------------------------- */

/* Is tokens[i], tokens[i + 1] a patronymic link written with a slash: "s/o", "d/o", "w/o"
 * (son, daughter, wife of: India, Pakistan, Singapore), "a/l", "a/p" (Malay "anak lelaki",
 * "anak perempuan": son, daughter of)? Not "c/o" (care of), a space on each side. */
static gboolean
patronym_link_at (const char *text, GArray *tokens, guint i)
{
  const VoileToken *a = tok (tokens, i), *b = tok (tokens, i + 1);

  if (a->end - a->start != 1 || b->end - b->start != 1 || b->start != a->end + 1
      || text[a->end] != '/' || a->start == 0 || text[a->start - 1] != ' ' || !b->joined)
    return FALSE;
  char x = g_ascii_tolower (text[a->start]), y = g_ascii_tolower (text[b->start]);
  return (x == 'a' && (y == 'l' || y == 'p')) || ((x == 's' || x == 'd' || x == 'w') && y == 'o');
}

/* A word of a name on one side of a patronymic link: capitalised or in capitals, no common
 * word only, no title nor other context word (a particle is: "bin", "van"). */
static gboolean
patronym_word (VoileNameCollector *c, const VoileToken *t)
{
  if ((t->shape != VOILE_SHAPE_CAP && t->shape != VOILE_SHAPE_UPPER) || t->end - t->start < 2)
    return FALSE;
  voile_token_lookup (c->text, (VoileToken *)t);
  return !is_word_only (t) && (t->context_flags & ~VOILE_CONTEXT_PARTICLE) == 0
         && !((t->name_flags & VOILE_NAME_PROPER) && !is_nameish (t));
}

/* "Kumaresan a/l Sivalingam", "RAJENDRAN S/O MUTHUSAMY", "Devi d/o Raman": the link names
 * the person before it by the father after it, both personal names, whatever their origin,
 * one person's name (as the documents write it). One to four words on each side. */
static void
find_patronym_links (VoileNameCollector *c, GArray *tokens)
{
  const char *text = c->text;

  for (guint i = 1; i + 2 < tokens->len; i++)
    {
      if (!patronym_link_at (text, tokens, i) || !tok (tokens, i - 1)->joined)
        continue;
      guint first = i, last = i + 1;
      while (first > 0 && i - first < 4 && patronym_word (c, tok (tokens, first - 1))
             && (first == i || joins_next (tok (tokens, first - 1))))
        first--;
      while (last + 1 < tokens->len && last - i < 5 && patronym_word (c, tok (tokens, last + 1))
             && (last == i + 1 || joins_next (tok (tokens, last))))
        last++;
      if (first == i || last == i + 1)
        continue;
      /* A particle neither opens nor closes the name ("bin" is inside it). */
      while (first < i && is_particle (tok (tokens, first)))
        first++;
      while (last > i + 1 && is_particle (tok (tokens, last)))
        last--;
      if (first == i || last == i + 1)
        continue;
      voile_name_collector_add_person (c, (VoileToken *)tokens->data, first, last, 0,
                                       CONFIDENCE_CONTEXT, VOILE_FIELD_NONE);
      i = last;
    }
}

/* ---- plural titles ------------------------------------------------------------------- */

/* "des Docteurs Lafargue et Ozenne", "Maîtres Berthier et Roux", "Drs Patel and Moore": after
 * a plural title and the name found after it, "et"/"and" and a capitalised word that is no
 * common word only are the second person. */
static void
find_plural_title_pairs (VoileNameCollector *c, GArray *tokens, guint first_mention)
{
  static const char *const plurals[]
      = { "docteurs", "maitres", "drs", "dres", "messrs", "mmes", "mlles", NULL };

  for (guint i = 0; i + 3 < tokens->len; i++)
    {
      VoileToken *t = tok (tokens, i);
      char key[VOILE_NAME_KEY_MAX];
      gsize n;
      gboolean plural = FALSE;

      if (!(t->looked_up & 1) || !(t->context_flags & VOILE_CONTEXT_TITLE)
          || !voile_name_fold (c->text + t->start, t->end - t->start, key, &n))
        continue;
      for (guint k = 0; plurals[k] != NULL && !plural; k++)
        plural = strlen (plurals[k]) == n && memcmp (plurals[k], key, n) == 0;
      if (!plural)
        continue;
      /* The name found right after the title, then "et"/"and". */
      gsize name_end = 0;
      for (guint m = first_mention; m < c->mentions->len; m++)
        {
          const VoileNameMention *mention = &g_array_index (c->mentions, VoileNameMention, m);
          if (mention->type == VOILE_TYPE_PERSON && mention->start == tok (tokens, i + 1)->start)
            name_end = mention->end;
        }
      guint j = i + 1;
      while (name_end != 0 && j < tokens->len && tok (tokens, j)->end < name_end)
        j++;
      if (name_end == 0 || j + 2 >= tokens->len || tok (tokens, j)->end != name_end
          || !tok (tokens, j)->joined || !tok (tokens, j + 1)->joined)
        continue;
      VoileToken *conj = tok (tokens, j + 1), *second = tok (tokens, j + 2);
      gsize cl = conj->end - conj->start;
      if (!((cl == 2 && memcmp (c->text + conj->start, "et", 2) == 0)
            || (cl == 3 && memcmp (c->text + conj->start, "and", 3) == 0)))
        continue;
      voile_token_lookup (c->text, second);
      if (is_candidate (second) && second->shape != VOILE_SHAPE_INITIAL && !is_word_only (second)
          && second->context_flags == 0)
        voile_name_collector_add_person (c, (VoileToken *)tokens->data, j + 2, j + 2, 0,
                                         CONFIDENCE_CONTEXT, VOILE_FIELD_NONE);
    }
}

/* "Hi Jess & Callum!", "Dear Priya and Tom,": a greeting opening the line, the name found
 * after it, then '&' or "and"/"et" and a given name (no place): the second person greeted,
 * a given name that is a word too included ("Ben"). */
static void
find_greeting_pairs (VoileNameCollector *c, GArray *tokens, guint first_mention)
{
  gsize name_end = 0;

  for (guint m = first_mention; m < c->mentions->len; m++)
    {
      const VoileNameMention *mention = &g_array_index (c->mentions, VoileNameMention, m);
      if (mention->type == VOILE_TYPE_PERSON && mention->start == tok (tokens, 1)->start)
        name_end = mention->end;
    }
  guint j = 1;
  while (name_end != 0 && j < tokens->len && tok (tokens, j)->end < name_end)
    j++;
  if (name_end == 0 || j + 1 >= tokens->len || tok (tokens, j)->end != name_end)
    return;
  guint second = j + 1;
  VoileToken *a = tok (tokens, j), *b = tok (tokens, j + 1);
  gsize bl = b->end - b->start;
  if (a->next_char == '&')
    {
      if (b->start - a->end > 3)
        return;
    }
  else if (a->joined && b->joined && j + 2 < tokens->len
           && ((bl == 2 && memcmp (c->text + b->start, "et", 2) == 0)
               || (bl == 3 && memcmp (c->text + b->start, "and", 3) == 0)))
    second = j + 2;
  else
    return;
  VoileToken *s = tok (tokens, second);
  voile_token_lookup (c->text, s);
  if (s->shape == VOILE_SHAPE_CAP && (s->name_flags & VOILE_NAME_FIRST)
      && !(s->name_flags & VOILE_NAME_PROPER) && (s->context_flags & VOILE_CONTEXT_STOP) == 0)
    voile_name_collector_add_person (c, (VoileToken *)tokens->data, second, second, 0,
                                     CONFIDENCE_CONTEXT, VOILE_FIELD_NONE);
}

/* ---- handles found again, and handles spelled from found names -------------------------- */

/* Bounds the search: one pass over the text per handle, on texts the size of a paste. */
#define HANDLE_SEARCH_TEXT_MAX (256u << 10)
#define HANDLE_SEARCH_MAX 24

static inline gboolean
is_handle_byte (char ch)
{
  return g_ascii_isalnum (ch) || ch == '_' || (guchar)ch >= 0x80;
}

/* The handles looked for, in one buffer: no allocation or formatting per needle. */
typedef struct
{
  guint n;
  gsize at[HANDLE_SEARCH_MAX]; /* offsets in bytes */
  gsize len[HANDLE_SEARCH_MAX];
  const char *key[HANDLE_SEARCH_MAX]; /* the person's key: one person, one placeholder */
  GString *bytes;
} Needles;

/* Adds a, then glue (unless '\0'), then b: when 5 bytes or more, not there yet, and room
 * is left. */
static void
add_needle (Needles *needles, const char *a, gsize na, char glue, const char *b, gsize nb)
{
  gsize n = na + (glue != '\0') + nb, at = needles->bytes->len;

  if (n < 5 || needles->n >= HANDLE_SEARCH_MAX)
    return;
  g_string_append_len (needles->bytes, a, (gssize)na);
  if (glue != '\0')
    g_string_append_c (needles->bytes, glue);
  g_string_append_len (needles->bytes, b, (gssize)nb);
  for (guint i = 0; i < needles->n; i++)
    if (needles->len[i] == n
        && memcmp (needles->bytes->str + needles->at[i], needles->bytes->str + at, n) == 0)
      {
        g_string_truncate (needles->bytes, at);
        return;
      }
  needles->at[needles->n] = at;
  needles->len[needles->n++] = n;
}

/* Marks every whole-word occurrence of the needles (lower-case handles): one pass over the
 * text for all of them, not one per needle. */
static void
mark_handles_everywhere (VoileNameCollector *c, const Needles *needles)
{
  const char *text = c->text;
  /* A needle may start here: a byte that starts one, after no byte of a word, a path
   * ("$VIMRUNTIME/debian.vim") or a file name. */
  gboolean starts[256] = { FALSE };

  for (guint i = 0; i < needles->n; i++)
    starts[(guchar)needles->bytes->str[needles->at[i]]] = TRUE;
  for (gsize s = 0; s < c->len; s++)
    {
      if (!starts[(guchar)text[s]])
        continue;
      if (s > 0
          && (is_handle_byte (text[s - 1]) || text[s - 1] == '.' || text[s - 1] == '-'
              || text[s - 1] == '/'))
        continue;
      /* "HC\jmorvan", "C:\Users\kvenkatesh": a Windows account or home folder; not an
       * escape ("\ncgirard" holds no handle "ncgirard"). */
      if (s > 1 && text[s - 1] == '\\'
          && (text[s - 2] == '\\' || strchr ("nrtbfu", text[s]) != NULL
              || !(g_ascii_isalnum (text[s - 2]) || text[s - 2] == ':')))
        continue;
      for (guint i = 0; i < needles->n; i++)
        {
          gsize n = needles->len[i], e = s + n;
          if (e > c->len || memcmp (text + s, needles->bytes->str + needles->at[i], n) != 0)
            continue;
          /* "jmacaraeg0416", "aetxeberria64": a portal's login, the name and a number of
           * up to four digits (a birth year, a day) after it. */
          gsize digits = 0;
          while (e + digits < c->len && digits <= 4 && g_ascii_isdigit (text[e + digits]))
            digits++;
          if (digits >= 1 && digits <= 4)
            e += digits;
          if (e < c->len
              && (is_handle_byte (text[e]) || text[e] == '@'
                  || ((text[e] == '.' || text[e] == '-') && e + 1 < c->len
                      && is_handle_byte (text[e + 1]))))
            continue;
          VoileToken part = { .start = s, .end = e };
          guint before = c->mentions->len;
          voile_name_collector_add_person (c, &part, 0, 0, 0, CONFIDENCE_FIELD, VOILE_FIELD_NONE);
          if (c->mentions->len > before && needles->key[i] != NULL)
            g_array_index (c->mentions, VoileNameMention, before).key = needles->key[i];
        }
    }
}

/* Folds a person's key word by word into out ("jérôme moreau-bakayoko" → "jerome
 * moreau-bakayoko"): ASCII lower case, hyphens and spaces kept. FALSE when a word cannot be
 * folded or out is too small. */
static gboolean
fold_person_key (const char *key, char *out, gsize size)
{
  gsize n = 0;

  for (const char *w = key; *w != '\0';)
    {
      const char *space = strchr (w, ' ');
      gsize wl = space != NULL ? (gsize)(space - w) : strlen (w), fl;
      if (n + VOILE_NAME_KEY_MAX + 2 > size || !voile_name_fold (w, wl, out + n, &fl) || fl == 0)
        return FALSE;
      n += fl;
      if (space == NULL)
        break;
      out[n++] = ' ';
      w = space + 1;
    }
  out[n] = '\0';
  return n > 0;
}

/* People whose e-mail local parts are looked at, and e-mails read. */
#define LOCAL_PART_PEOPLE_MAX 32
#define LOCAL_PART_EMAILS_MAX 64

/* "ophelie.dacosta@…" beside a found "Ophélie": the local part, alone elsewhere ("owner:
 * ophelie.dacosta"), is that person's login. Its first word is the given name or its last the
 * surname of a found person (folded keys in people[], "given surname"). */
static void
add_local_part_needles (VoileNameCollector *c, Needles *needles, char people[][64],
                        const char *const *keys, guint n_people)
{
  guint n_emails = 0;

  for (guint i = 0; i < c->result->findings->len && n_emails < LOCAL_PART_EMAILS_MAX; i++)
    {
      const VoileFinding *f = &g_array_index (c->result->findings, VoileFinding, i);
      if (f->type != VOILE_TYPE_EMAIL)
        continue;
      n_emails++;
      const char *local = c->text + f->start;
      const char *at = memchr (local, '@', f->end - f->start);
      gsize n = at != NULL ? (gsize)(at - local) : 0, sep = n;
      if (n < 5 || n > 40)
        continue;
      for (gsize k = 0; k < n; k++)
        if (local[k] == '.' || local[k] == '_' || local[k] == '-')
          sep = sep == n ? k : n + 1; /* one separator only */
        else if (!g_ascii_islower (local[k]))
          sep = n + 1;
      if (sep >= n || sep < 2 || n - sep - 1 < 3)
        continue;
      for (guint p = 0; p < n_people; p++)
        {
          const char *given = people[p], *space = strchr (given, ' ');
          const char *last = space != NULL ? strrchr (given, ' ') + 1 : NULL;
          gsize gl = space != NULL ? (gsize)(space - given) : strlen (given);
          if ((gl == sep && memcmp (local, given, sep) == 0)
              || (last != NULL && strlen (last) == n - sep - 1
                  && memcmp (local + sep + 1, last, n - sep - 1) == 0))
            {
              guint first_needle = needles->n;
              add_needle (needles, local, n, '\0', "", 0);
              if (needles->n > first_needle)
                needles->key[first_needle] = keys[p];
              break;
            }
        }
    }
}

/* A login found once ("user=pbonnet") is the person wherever it appears again ("le login
 * pbonnet est refusé"), and a found full name gives its usual logins: "Claire Girard"
 * makes "cgirard", "c.girard", "claire.girard", "clairegirard", "claire_girard" names
 * ("sudo -u cgirard", "Déclenché par : cgirard"); accents are dropped ("Cécile Castagnet":
 * "ccastagnet") and a compound given name gives its initials ("Jean-Pierre Vandenberghe":
 * "jp.vandenberghe"). */
static void
find_handles_of_names (VoileNameCollector *c)
{
  g_autoptr (GString) bytes = NULL;
  Needles needles;
  guint n_mentions = c->mentions->len;
  char people[LOCAL_PART_PEOPLE_MAX][64];
  const char *people_keys[LOCAL_PART_PEOPLE_MAX];
  guint n_people = 0;

  if (c->len > HANDLE_SEARCH_TEXT_MAX || n_mentions == 0)
    return;
  /* Not c->key: adding a mention writes there. */
  needles.n = 0;
  needles.bytes = bytes = g_string_sized_new (256);
  memset (needles.key, 0, sizeof needles.key);
  for (guint i = 0; i < n_mentions && needles.n < HANDLE_SEARCH_MAX; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      const char *key = m->key, *space;
      char folded[64];

      if (m->type != VOILE_TYPE_PERSON || key == NULL)
        continue;
      if (g_ascii_islower (c->text[m->start]) && m->confidence == CONFIDENCE_FIELD
          && m->end - m->start <= 40)
        {
          /* A handle: one that is not a plain name or word ("camille" stays where found). */
          const char *h = c->text + m->start;
          gsize n = m->end - m->start;
          if (memchr (h, '.', n) != NULL || memchr (h, '_', n) != NULL || word_flags (h, 0, n) == 0)
            {
              const char *nul = memchr (h, '\0', n); /* the needle stops at a NUL byte */
              guint first_needle = needles.n;
              add_needle (&needles, h, nul != NULL ? (gsize)(nul - h) : n, '\0', "", 0);
              if (needles.n > first_needle)
                needles.key[first_needle] = m->key;
            }
          /* "kiran-venkatesh" spells a given name and a surname: its other logins
           * ("kvenkatesh" in a home folder) are that person too. */
          if (strchr (key, ' ') == NULL)
            continue;
        }
      if (!fold_person_key (key, folded, sizeof folded))
        continue;
      if (n_people < LOCAL_PART_PEOPLE_MAX)
        {
          gboolean dup = FALSE;
          for (guint p = 0; p < n_people && !dup; p++)
            dup = people_keys[p] == key;
          if (!dup)
            {
              memcpy (people[n_people], folded, sizeof folded);
              people_keys[n_people++] = key;
            }
        }
      space = strchr (folded, ' ');
      if (space == NULL || space - folded < 2 || strlen (space + 1) < 2)
        continue;
      gsize fl = (gsize)(space - folded);
      guint first_needle = needles.n;
      /* "morgane le guen": the surname's words glued ("mleguen"); "mohammed al-hashimi":
       * without its hyphen too ("m.alhashimi"). */
      char glued[64], bare[64];
      gsize ll = 0, bl = 0;
      for (const char *k = space + 1; *k != '\0' && ll < sizeof glued; k++)
        if (*k != ' ')
          {
            glued[ll++] = *k;
            if (*k != '-' && *k != '\'')
              bare[bl++] = *k;
          }
      if (ll == sizeof glued)
        continue;
      if (strlen (space + 1) - ll > 1)
        {
          /* "clemence van den broeck": three words or more after the given name, whose
           * initials a login abbreviates ("clemence.vdb"). */
          char initials[8];
          gsize il = 0;
          for (const char *k = space; k != NULL && il < sizeof initials; k = strchr (k + 1, ' '))
            initials[il++] = k[1];
          if (il <= 4)
            {
              add_needle (&needles, folded, fl, '.', initials, il);
              add_needle (&needles, folded, fl, '_', initials, il);
              add_needle (&needles, folded, fl, '\0', initials, il);
            }
          for (guint k = first_needle; k < needles.n; k++)
            needles.key[k] = m->key;
          continue;
        }
      const char *last = glued;
      add_needle (&needles, folded, 1, '\0', last, ll);  /* cgirard */
      add_needle (&needles, folded, 1, '.', last, ll);   /* c.girard */
      add_needle (&needles, folded, fl, '.', last, ll);  /* claire.girard */
      add_needle (&needles, folded, fl, '\0', last, ll); /* clairegirard */
      add_needle (&needles, folded, fl, '_', last, ll);  /* claire_girard */
      const char *hyphen = memchr (folded, '-', fl);
      if (hyphen != NULL && hyphen + 1 < space)
        {
          /* "jean-pierre vandenberghe": "jp.vandenberghe", "jpvandenberghe" */
          char initials[2] = { folded[0], hyphen[1] };
          add_needle (&needles, initials, 2, '.', last, ll);
          add_needle (&needles, initials, 2, '\0', last, ll);
        }
      if (strlen (space + 1) > ll)
        {
          /* "li wen harper": the initials of the given names, then the surname
           * ("lwharper"). */
          const char *surname = strrchr (folded, ' ') + 1;
          char initials[2] = { folded[0], space[1] };
          add_needle (&needles, initials, 2, '\0', surname, strlen (surname));
        }
      if (bl < ll && bl >= 3)
        {
          add_needle (&needles, folded, 1, '\0', bare, bl); /* malhashimi */
          add_needle (&needles, folded, 1, '.', bare, bl);  /* m.alhashimi */
          add_needle (&needles, folded, fl, '.', bare, bl); /* mohammed.alhashimi */
        }
      for (guint k = first_needle; k < needles.n; k++)
        needles.key[k] = m->key;
    }
  if (n_people > 0 && needles.n < HANDLE_SEARCH_MAX)
    add_local_part_needles (c, &needles, people, people_keys, n_people);
  if (needles.n > 0)
    mark_handles_everywhere (c, &needles);
}

/* ---- bulleted lists of names ----------------------------------------------------------- */

#define BULLETS_MAX 32

/* "- Oumar Sy", "• Thi Lan Pham", "* Emre Aydın (excusé)": consecutive bullet lines, each a
 * name and nothing else. When most of them were found as names, the others are names too. */
typedef struct
{
  guint n, found;   /* lines, lines where a name was found */
  gboolean context; /* a found one had context: the others are not bare either */
  VoileToken words[BULLETS_MAX][NAME_WORDS_MAX];
  guint8 n_words[BULLETS_MAX];
  gboolean has[BULLETS_MAX]; /* the whole line was found as a name */
} BulletBlock;

/* Words in no list or names, none a place or brand nor a common word only ("Apple",
 * "Paris", "Questions diverses"). */
static gboolean
bullet_words_may_name (VoileNameCollector *c, VoileToken *words, guint n)
{
  for (guint k = 0; k < n; k++)
    {
      voile_token_lookup (c->text, &words[k]);
      if (is_word_only (&words[k]) || (words[k].name_flags & VOILE_NAME_PROPER)
          || (words[k].context_flags & (VOILE_CONTEXT_STOP | VOILE_CONTEXT_TITLE)))
        return FALSE;
    }
  return TRUE;
}

static void
end_bullet_block (VoileNameCollector *c, BulletBlock *block)
{
  if (block->n >= 3 && block->found * 3 >= block->n * 2)
    for (guint i = 0; i < block->n; i++)
      if (!block->has[i] && bullet_words_may_name (c, block->words[i], block->n_words[i]))
        voile_name_collector_add_person (c, block->words[i], 0, block->n_words[i] - 1, 0,
                                         block->context ? CONFIDENCE_LIST : CONFIDENCE_LIST_BARE,
                                         VOILE_FIELD_NONE);
  block->n = block->found = 0;
  block->context = FALSE;
}

/* Adds the line to the block when it is a bullet and a name, else ends the block. The
 * line's mentions are c->mentions[first_mention…]. */
static void
bullet_add_line (VoileNameCollector *c, BulletBlock *block, GArray *tokens, gsize line_start,
                 gsize line_end, guint first_mention)
{
  const char *text = c->text, *p = text + line_start, *end = text + line_end;
  guint n = tokens->len;

  while (p < end && (*p == ' ' || *p == '\t'))
    p++;
  gsize bullet
      = p + 1 < end && (*p == '-' || *p == '*') ? 1
        : p + 3 < end && (memcmp (p, "\xe2\x80\xa2", 3) == 0 || memcmp (p, "\xe2\x80\x93", 3) == 0)
            ? 3
            : 0; /* "•", "–" */
  gboolean ok = bullet > 0 && p[bullet] == ' ' && n >= 1 && n <= NAME_WORDS_MAX;
  for (guint i = 0; i < n && ok; i++)
    {
      VoileToken *t = tok (tokens, i);
      ok = (t->shape == VOILE_SHAPE_CAP || t->shape == VOILE_SHAPE_UPPER) && t->end - t->start >= 2
           && (i + 1 == n || t->joined);
    }
  if (ok)
    {
      /* Nothing after the name but punctuation or a bracketed note. */
      const char *q = text + tok (tokens, n - 1)->end;
      while (q < end && (*q == ' ' || *q == ',' || *q == ';' || *q == '.' || *q == '\r'))
        q++;
      ok = q == end || *q == '(';
    }
  if (!ok)
    {
      if (block->n > 0)
        end_bullet_block (c, block);
      return;
    }
  if (block->n == BULLETS_MAX)
    end_bullet_block (c, block);
  guint i = block->n++;
  block->n_words[i] = (guint8)n;
  for (guint k = 0; k < n; k++)
    block->words[i][k] = *tok (tokens, k);
  block->has[i] = FALSE;
  gboolean any = FALSE; /* "Emre Aydın" gave "Aydın" only: the line is completed */
  for (guint m = first_mention; m < c->mentions->len; m++)
    {
      const VoileNameMention *mention = &g_array_index (c->mentions, VoileNameMention, m);
      if (mention->type == VOILE_TYPE_PERSON && mention->start >= tok (tokens, 0)->start
          && mention->end <= tok (tokens, n - 1)->end)
        {
          any = TRUE;
          block->has[i] |= mention->start == tok (tokens, 0)->start
                           && mention->end == tok (tokens, n - 1)->end;
          block->context |= !voile_name_mention_is_bare (mention);
        }
    }
  block->found += any;
}

/* ---- lists of people, one a line ------------------------------------------------------ */

#define LIST_HEADS_MAX 32

/* The heads of consecutive "- Will: finishing the PDF" / "Priya: on call" lines. */
typedef struct
{
  guint n;
  guint first_mention; /* mentions since the block's first line */
  VoileToken heads[LIST_HEADS_MAX][2];
  guint8 words[LIST_HEADS_MAX];
} ListBlock;

/* "- Will: …", "• Hunter : …", "Marguerite: …": one or two capitalised words at the start
 * of the line (after a bullet), then a colon. */
static gboolean
line_list_head (VoileNameCollector *c, GArray *tokens, gsize line_start, gsize line_end,
                guint *words)
{
  const char *text = c->text;
  gsize p = line_start;

  while (p < line_end && (text[p] == ' ' || text[p] == '\t'))
    p++;
  if (p < line_end && (text[p] == '-' || text[p] == '*' || text[p] == '+'))
    p++;
  else if (p + 3 <= line_end && memcmp (text + p, "\xe2\x80\xa2", 3) == 0)
    p += 3; /* "•" */
  while (p < line_end && (text[p] == ' ' || text[p] == '\t'))
    p++;
  if (tokens->len < 2 || tok (tokens, 0)->start != p)
    return FALSE;
  for (guint n = 1; n <= 2 && n <= tokens->len; n++)
    {
      VoileToken *t = tok (tokens, n - 1);
      if (t->shape != VOILE_SHAPE_CAP)
        return FALSE;
      if (t->next_char == ':')
        {
          *words = n;
          return TRUE;
        }
      if (!t->joined)
        return FALSE;
    }
  return FALSE;
}

/* At the end of a block of list lines: when two heads or more already are people and all
 * the others are given names, those are people too, common words or not ("- Will: …"
 * beside "- Priya: …", "- Hunter: …"). */
static void
end_list_block (VoileNameCollector *c, ListBlock *block)
{
  guint people = 0;
  gboolean covered[LIST_HEADS_MAX] = { FALSE };

  for (guint h = 0; h < block->n; h++)
    for (guint m = block->first_mention; m < c->mentions->len && !covered[h]; m++)
      {
        const VoileNameMention *mention = &g_array_index (c->mentions, VoileNameMention, m);
        covered[h] = mention->type == VOILE_TYPE_PERSON
                     && mention->start < block->heads[h][block->words[h] - 1].end
                     && mention->end > block->heads[h][0].start;
        people += covered[h];
      }
  if (people < 2)
    {
      block->n = 0;
      return;
    }
  /* Every other head must be a given name ("- Summary: …" makes it a list of topics). */
  for (guint h = 0; h < block->n; h++)
    {
      VoileToken *t = &block->heads[h][0];
      if (covered[h])
        continue;
      voile_token_lookup (c->text, t);
      if (!(t->name_flags & VOILE_NAME_FIRST) || (t->name_flags & VOILE_NAME_PROPER)
          || (t->context_flags & (VOILE_CONTEXT_STOP | VOILE_CONTEXT_TITLE)))
        {
          block->n = 0;
          return;
        }
    }
  float confidence = confidence_beside (c, block->first_mention, c->mentions->len);
  for (guint h = 0; h < block->n; h++)
    if (!covered[h])
      voile_name_collector_add_person (c, block->heads[h], 0, block->words[h] - 1, 0, confidence,
                                       VOILE_FIELD_NONE);
  block->n = 0;
}

/* Only capitalised words (not all-capitals) on the line, nothing else but spaces. */
static gboolean
line_is_name_only (VoileNameCollector *c, GArray *tokens, gsize line_start, gsize line_end)
{
  gsize p = line_start;

  for (guint i = 0; i < tokens->len; i++)
    {
      VoileToken *t = tok (tokens, i);
      for (; p < t->start; p++)
        if (c->text[p] != ' ' && c->text[p] != '\t')
          return FALSE;
      if (t->shape != VOILE_SHAPE_CAP) /* "FRENCH ONION SOUP" is a heading */
        return FALSE;
      /* "Jan Feb Mar": a table's months */
      if (i > 0 && voile_name_token_has_context (c->text, tokens, i, VOILE_CONTEXT_STOP))
        return FALSE;
      p = t->end;
    }
  for (; p < line_end; p++)
    if (!g_ascii_isspace (c->text[p]))
      return FALSE;
  return TRUE;
}

/* ---- tables of people ------------------------------------------------------------------ */

#define GRID_ROWS_MAX 64
#define GRID_COLS_MAX 12

/* A block of consecutive lines cut into cells by '|' or tabs: "Lundi | Fatou Camara |
 * Kouassi Yao". Each cell that holds two or three capitalised words and nothing else is
 * kept, to be judged by its column once the block ends. */
typedef struct
{
  char sep;
  guint rows;
  guint first_mention;
  guint8 n_words[GRID_ROWS_MAX][GRID_COLS_MAX]; /* 0: not a name-shaped cell */
  guint8 filled[GRID_ROWS_MAX][GRID_COLS_MAX];  /* the cell holds something */
  guint8 firm[GRID_ROWS_MAX][GRID_COLS_MAX];    /* its last words end a firm's ("Co", "Bros") */
  NextByte pipe, tab;                           /* the separators' next places */
  VoileToken words[GRID_ROWS_MAX][GRID_COLS_MAX][3];
} PeopleGrid;

static gboolean
cell_covered (VoileNameCollector *c, guint from, const VoileToken *first, const VoileToken *last)
{
  for (guint m = from; m < c->mentions->len; m++)
    {
      const VoileNameMention *mention = &g_array_index (c->mentions, VoileNameMention, m);
      if (mention->type == VOILE_TYPE_PERSON && mention->start < last->end
          && mention->end > first->start)
        return TRUE;
    }
  return FALSE;
}

/* A column whose filled cells (but a header) are all name-shaped and hold a found person
 * is one of people: its other cells are people too. */
static void
end_grid (VoileNameCollector *c, PeopleGrid *grid)
{
  gboolean people_col[GRID_COLS_MAX] = { FALSE }, shaped_col[GRID_COLS_MAX] = { FALSE };
  gboolean any_people = FALSE;

  for (guint col = 0; col < GRID_COLS_MAX && grid->rows >= 2; col++)
    {
      guint shaped = 0, filled = 0, found = 0, firms = 0;
      for (guint r = 0; r < grid->rows; r++)
        {
          /* The first row may be the header ("Matin"). */
          filled += grid->filled[r][col] && !(r == 0 && grid->n_words[r][col] == 0);
          if (grid->n_words[r][col] == 0)
            continue;
          shaped++;
          firms += grid->firm[r][col];
          found += cell_covered (c, grid->first_mention, &grid->words[r][col][0],
                                 &grid->words[r][col][grid->n_words[r][col] - 1]);
        }
      /* Firms' words in two cells or more, a third of them, make a column of clients
       * ("Carver Bros", "Hebden Pickle Co."), not of people; one is a surname ("Ji-woo
       * Park"). */
      shaped_col[col] = shaped == filled && shaped >= 2 && !(firms >= 2 && firms * 3 >= shaped);
      people_col[col] = shaped_col[col] && found > 0;
      any_people |= people_col[col];
    }
  /* A column of people makes the grid one of people: its other name-shaped columns too
   * ("Kouassi Yao" beside "Marie Dupont"). */
  float confidence = confidence_beside (c, grid->first_mention, c->mentions->len);
  for (guint col = 0; col < GRID_COLS_MAX && any_people; col++)
    {
      if (!shaped_col[col])
        continue;
      for (guint r = 0; r < grid->rows; r++)
        {
          guint n = grid->n_words[r][col];
          if (n > 0
              && !cell_covered (c, grid->first_mention, &grid->words[r][col][0],
                                &grid->words[r][col][n - 1]))
            voile_name_collector_add_person (c, grid->words[r][col], 0, n - 1, 0, confidence,
                                             VOILE_FIELD_NONE);
        }
    }
  grid->rows = 0;
}

/* Adds the line to the grid (or ends the grid): FALSE when the line is no grid row.
 * marks: the tokenizer's (a line without VOILE_LINE_PIPE_TAB holds neither separator: not
 * searched for again). */
static gboolean
grid_add_line (VoileNameCollector *c, PeopleGrid *grid, GArray *tokens, gsize line_start,
               gsize line_end, guint marks)
{
  const char *text = c->text;
  gboolean may = (marks & (VOILE_LINE_PIPE_TAB | VOILE_LINE_UNSEEN)) != 0;
  char sep = !may                                                                    ? 0
             : next_byte_in_line (c, &grid->pipe, '|', line_start, line_end) != NULL ? '|'
             : next_byte_in_line (c, &grid->tab, '\t', line_start, line_end) != NULL ? '\t'
                                                                                     : 0;
  guint col = 0, t = 0, r;

  if (sep == 0 || (grid->rows > 0 && sep != grid->sep))
    return FALSE;
  if (grid->rows == 0)
    {
      grid->sep = sep;
      grid->first_mention = c->mentions->len;
    }
  if (grid->rows >= GRID_ROWS_MAX)
    return TRUE;
  r = grid->rows++;
  memset (grid->n_words[r], 0, sizeof grid->n_words[r]);
  memset (grid->filled[r], 0, sizeof grid->filled[r]);
  memset (grid->firm[r], 0, sizeof grid->firm[r]);
  for (gsize cs = line_start; cs <= line_end && col < GRID_COLS_MAX; col++)
    {
      const char *end = memchr (text + cs, sep, line_end - cs);
      gsize ce = end != NULL ? (gsize)(end - text) : line_end;
      guint n = 0;
      gboolean shaped = TRUE;

      for (gsize p = cs; p < ce && !grid->filled[r][col]; p++)
        grid->filled[r][col] = !g_ascii_isspace (text[p]) && text[p] != '-';
      while (t < tokens->len && tok (tokens, t)->start < cs)
        t++;
      for (; t < tokens->len && tok (tokens, t)->end <= ce; t++)
        {
          VoileToken *w = tok (tokens, t);
          voile_token_lookup (c->text, w);
          if (n >= 3 || w->shape != VOILE_SHAPE_CAP || is_word_only (w)
              || (w->context_flags & (VOILE_CONTEXT_STOP | VOILE_CONTEXT_TITLE))
              || (n > 0 && !tok (tokens, t - 1)->joined))
            shaped = FALSE;
          else
            {
              grid->words[r][col][n] = *w;
              grid->firm[r][col] |= n > 0 && voile_name_token_is_org_word (text, tokens, t);
            }
          n++;
        }
      /* Only the words: no digits or other marks in the cell. */
      for (gsize p = cs; p < ce && shaped; p++)
        shaped = !g_ascii_isdigit (text[p]) && text[p] != '@' && text[p] != '(';
      if (shaped && n >= 2 && n <= 3)
        grid->n_words[r][col] = (guint8)n;
      if (end == NULL)
        break;
      cs = ce + 1;
    }
  return TRUE;
}

/* ---- entry point -------------------------------------------------------------------- */

/* A capitalised word, recorded for later mentions (32-bit offsets: later mentions stop
 * at 4 GiB). */
static inline gboolean
is_capital (const VoileToken *t)
{
  return (t->shape == VOILE_SHAPE_CAP || t->shape == VOILE_SHAPE_UPPER) && t->end <= G_MAXUINT32;
}

/* Does [start, end) overlap a POSTAL_ADDRESS finding? Lines come in order, so a cursor
 * that only moves forward replaces a binary search per line. */
static gboolean
line_has_address (VoileNameCollector *c, guint *cursor, gsize start, gsize end)
{
  GArray *findings = c->result->findings;
  guint i = *cursor;

  while (i < findings->len && g_array_index (findings, VoileFinding, i).end <= start)
    i++;
  *cursor = i;
  for (; i < findings->len; i++)
    {
      const VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      if (f->start >= end)
        break;
      if (f->type == VOILE_TYPE_POSTAL_ADDRESS)
        return TRUE;
    }
  return FALSE;
}

static gboolean
ends_sentence (const char *text, gsize line_start, gsize line_end)
{
  while (line_end > line_start && g_ascii_isspace (text[line_end - 1]))
    line_end--;
  if (line_end == line_start)
    return TRUE;
  switch (text[line_end - 1])
    {
      case '.':
      case '!':
      case '?':
      case ':':
      case ';':
        return TRUE;
      default:
        return FALSE;
    }
}

void
voile_name_finder_find (const VoileNameFinder *finder, const char *text, gsize len,
                        guint32 type_mask, VoileScanResult *result)
{
  g_autoptr (GArray) tokens = NULL;
  g_autoptr (VoileFieldState) fields = NULL;
  g_autoptr (VoileLoginState) logins = NULL;
  gsize logins_due = 0;  /* see voile_name_find_logins() */
  guint lower_lines = 0; /* lines of two words or more opening in lower case: typed informally */
  VoileNameCollector c = { 0 };
  gboolean after_sentence = TRUE, after_closing = FALSE, after_address = FALSE;
  guint words = 0;
  gsize pos = 0;
  gsize tokens_room = 0; /* words the tokens array has room for */
  guint address_cursor = 0;
  guint n_caps = 0; /* capitalised words in c.capitals */
  ListBlock list = { 0 };
  BulletBlock bullets = { 0 };
  VoileRotaBlock rota = { 0 };
  VoileInvertedState inverted = { 0 };
  gboolean first_line = TRUE;
  g_autofree PeopleGrid *grid = NULL;
  HandleBytes handle_bytes = { { G_MAXSIZE, G_MAXSIZE, G_MAXSIZE },
                               G_MAXSIZE,
                               NEXT_BYTE_INIT,
                               NEXT_BYTE_INIT,
                               G_MAXSIZE,
                               G_MAXSIZE };

  type_mask &= VOILE_TYPE_BIT (VOILE_TYPE_PERSON) | VOILE_TYPE_BIT (VOILE_TYPE_LOCATION);
  if (text == NULL || len == 0 || type_mask == 0)
    return;

  c.text = text;
  c.len = len;
  c.type_mask = type_mask;
  c.result = result;
  /* Rooms reserved generously and never cleared: pages the scan does not write are never
   * touched (the kernel maps them on first write), while growing past a reservation
   * copies the whole array into fresh pages, both paid as CPU time (a tenth of the name
   * finder's on large texts). A mention every 256 bytes is more than dense exports
   * hold. */
  c.mentions = g_array_sized_new (FALSE, FALSE, sizeof (VoileNameMention),
                                  (guint)MIN (len / 256, 1u << 20));
  c.strings = g_string_chunk_new (4096);
  c.scratch = g_array_new (FALSE, FALSE, sizeof (VoileToken));
  c.key = g_string_sized_new (64);
  /* A capitalised word every 16 bytes: more than prose, exports and signatures hold (one in
   * 25 to 40 bytes); ALL-CAPS text grows it. */
  c.capitals
      = g_array_sized_new (FALSE, FALSE, sizeof (VoileSpan), (guint)MIN (len / 16, 1u << 21));
  /* The room reserved is the room used (see below). */
  g_array_set_size (c.capitals, (guint)MIN (len / 16, 1u << 21));
  tokens = g_array_new (FALSE, FALSE, sizeof (VoileToken));
  fields = voile_field_state_new ();
  logins = voile_login_state_new ();

  while (pos < len)
    {
      gboolean cut = FALSE;
      gsize line_end = next_line_end (text, len, pos, &cut);
      guint marks = 0;

      c.line_first_mention = c.mentions->len;

      /* The room only grows: most lines cost no call to resize the array. */
      if (VOILE_NAME_TOKENS_ROOM (line_end - pos) > tokens_room)
        {
          tokens_room = VOILE_NAME_TOKENS_ROOM (line_end - pos);
          g_array_set_size (tokens, tokens_room);
        }
      tokens->len = voile_name_tokenize_into (text, pos, line_end, after_sentence,
                                              (VoileToken *)(gpointer)tokens->data, &marks);
      voile_name_find_fields (
          &c, fields, pos, line_end,
          marks & (VOILE_LINE_PUNCTUATION | VOILE_LINE_SPACES | VOILE_LINE_UNSEEN));
      words += tokens->len;
      lower_lines += tokens->len >= 2 && tok (tokens, 0)->shape == VOILE_SHAPE_LOWER;
      guint line_caps = n_caps; /* n_caps - line_caps: the line's capitalised words */
      /* A word followed by '&' (find_ampersand_pairs()) is on a line holding one. */
      gboolean ampersand = (marks & (VOILE_LINE_AMPERSAND | VOILE_LINE_UNSEEN)) != 0;
      {
        /* Written in place into room grown by doubling (c.capitals->len is the room
         * during the pass, n_caps the count): g_array_append_val() per word cost a call
         * and a memcpy each (a hot spot). */
        if (n_caps + tokens->len > c.capitals->len)
          g_array_set_size (c.capitals, MAX (2 * c.capitals->len, n_caps + tokens->len));
        VoileSpan *caps = (VoileSpan *)(gpointer)c.capitals->data;
        /* Written whatever the word, kept by advancing the count: no branch that the
         * predictor would miss on every other word. */
        /* The words and their count read once: the stores into caps could alias them. */
        const VoileToken *words_of_line = (const VoileToken *)(gpointer)tokens->data;
        guint n_words = tokens->len;
        for (guint i = 0; i < n_words; i++)
          {
            const VoileToken *t = &words_of_line[i];
            caps[n_caps] = (VoileSpan){ (guint32)t->start, (guint32)t->end };
            n_caps += is_capital (t);
          }
      }
      /* A case title's parties: a line with a word in capitals on each side of its "v". */
      if (n_caps - line_caps >= 2)
        voile_name_find_case_titles (&c, tokens, pos, line_end, marks);
      {
        guint head_words = 0;
        if (tokens->len > 0 && line_list_head (&c, tokens, pos, line_end, &head_words))
          {
            if (list.n == 0)
              list.first_mention = c.mentions->len;
            if (list.n < LIST_HEADS_MAX)
              {
                list.heads[list.n][0] = *tok (tokens, 0);
                list.heads[list.n][1] = *tok (tokens, head_words - 1);
                list.words[list.n++] = (guint8)head_words;
              }
          }
        else if (list.n > 0)
          end_list_block (&c, &list);
      }
      /* "clemence_rdt · 14/11/2026": a pseudonym and a date are no words. */
      if (tokens->len == 0 && line_end - pos >= 8 && g_ascii_isalpha (text[pos])
          && (type_mask & VOILE_TYPE_BIT (VOILE_TYPE_PERSON)))
        find_header_handle (&c, pos, line_end);
      if (tokens->len > 0)
        {
          gboolean city = after_address && find_address_city (&c, tokens, pos, line_end);
          gboolean line_address = line_has_address (&c, &address_cursor, pos, line_end);
          if (line_address)
            voile_name_find_towns_after_streets (&c, address_cursor, line_end);
          /* A name alone on the first line heads a CV or a letter ("Oisín Gallagher-Byrne"). */
          gboolean heading = first_line && tokens->len >= 2 && tokens->len <= 3
                             && line_is_name_only (&c, tokens, pos, line_end);
          guint line_mentions = c.mentions->len;
          if (!city && !voile_field_state_things_row (fields))
            find_in_line (&c, tokens, after_closing || heading, pos, line_end, marks);
          if (type_mask & VOILE_TYPE_BIT (VOILE_TYPE_PERSON))
            voile_name_note_lower_words (&c, tokens, n_caps - line_caps);
          if (ampersand && (type_mask & VOILE_TYPE_BIT (VOILE_TYPE_PERSON)))
            find_ampersand_pairs (&c, tokens, line_mentions);
          if ((marks & VOILE_LINE_SLASH) && (type_mask & VOILE_TYPE_BIT (VOILE_TYPE_PERSON)))
            {
              voile_name_find_gds (&c, tokens);
              find_patronym_links (&c, tokens);
            }
          if (c.mentions->len > line_mentions && (type_mask & VOILE_TYPE_BIT (VOILE_TYPE_PERSON)))
            {
              find_plural_title_pairs (&c, tokens, line_mentions);
              if (tokens->len >= 3
                  && voile_name_token_has_context (text, tokens, 0, VOILE_CONTEXT_GREETING))
                find_greeting_pairs (&c, tokens, line_mentions); /* "Hi Jess & Callum!" */
            }
          bullet_add_line (&c, &bullets, tokens, pos, line_end, line_mentions);
          /* "Surname, Given": a comma and two capitalised words at least (CSV rows of
           * numbers and codes, most delimited lines, have fewer). */
          gsize comma;
          if ((marks & VOILE_LINE_DELIM) && n_caps - line_caps >= 2
              && (type_mask & VOILE_TYPE_BIT (VOILE_TYPE_PERSON))
              && (comma = voile_inverted_name_next_comma (text, pos, pos, line_end)) != 0)
            voile_name_inverted_add_line (&c, &inverted, tokens, comma, pos, line_end,
                                          line_mentions);
          if (rota.n > 0 || voile_name_rota_may_be_line (tokens))
            voile_name_rota_add_line (&c, &rota, tokens, pos, line_end, line_mentions);
          first_line = FALSE;
          if (type_mask & VOILE_TYPE_BIT (VOILE_TYPE_PERSON))
            {
              find_handles (&c, pos, line_end, marks, &handle_bytes);
              if ((guchar)text[pos] == 0xE2) /* "★★★★☆ Name · …" */
                voile_name_find_review_author (&c, pos, line_end);
              else if (g_ascii_islower (text[pos]) || text[pos] == '*')
                voile_name_find_forge_actor (&c, pos, line_end); /* "marta-s commented" */
              if ((tokens->len >= 2 && tok (tokens, 0)->next_char == '(')
                  || (tokens->len >= 3 && tok (tokens, 1)->next_char == '(')
                  || (tokens->len >= 2 && ((text[tok (tokens, 0)->start] | 0x20) == 'c')
                      && (tok (tokens, 0)->end - tok (tokens, 0)->start == 7
                          || tok (tokens, 0)->end - tok (tokens, 0)->start == 11)
                      && tok (tokens, 0)->end + 1 < line_end && text[tok (tokens, 0)->end] == ' '
                      && g_ascii_islower (text[tok (tokens, 0)->end + 1])))
                voile_name_find_agent_header (&c, tokens, pos, line_end); /* "Support (Ravi) :" */
              find_header_and_netrc_logins (&c, tokens, pos, line_end, marks);
              if (tokens->len >= 2 && tok (tokens, 0)->end - tok (tokens, 0)->start >= 4
                  && voile_name_label_line_may (text + tok (tokens, 0)->start))
                voile_name_label_line_login (&c, pos, line_end);
              /* Only a word right after a delimiter or a quote can be a cell. */
              if ((marks & (VOILE_LINE_DELIM | VOILE_LINE_CELL))
                  == (VOILE_LINE_DELIM | VOILE_LINE_CELL))
                find_cell_handles (&c, tokens);
              if ((marks & VOILE_LOGIN_MARKS) || logins_due < line_end
                  || (tokens->len <= 2 && line_end - pos <= 40
                      && tok (tokens, tokens->len - 1)->end + 1 >= line_end
                      && (tokens->len == 1 || tok (tokens, 0)->shape != VOILE_SHAPE_CAP)))
                logins_due = voile_name_find_logins (&c, logins, tokens, pos, line_end, marks,
                                                     n_caps - line_caps);
            }
          if (marks & VOILE_LINE_DELIM)
            {
              if (grid == NULL)
                {
                  /* Not cleared (~90 KiB, most texts have a delimited line): a row's
                   * cells are cleared as it is added, and only added rows are read. */
                  grid = g_new (PeopleGrid, 1);
                  grid->sep = 0;
                  grid->rows = 0;
                  grid->first_mention = 0;
                  grid->pipe = grid->tab = (NextByte)NEXT_BYTE_INIT;
                }
              if (!grid_add_line (&c, grid, tokens, pos, line_end, marks) && grid->rows > 0)
                end_grid (&c, grid);
            }
          else if (grid != NULL && grid->rows > 0)
            end_grid (&c, grid);
          after_closing = line_is_closing (&c, tokens);
          after_address = city || line_address;
        }
      else if (rota.n > 0)
        voile_name_rota_end (&c, &rota);
      after_sentence = ends_sentence (text, pos, line_end);
      pos = cut ? line_end : line_end + 1;
    }
  if (list.n > 0)
    end_list_block (&c, &list);
  if (bullets.n > 0)
    end_bullet_block (&c, &bullets);
  voile_name_rota_end (&c, &rota);
  if (grid != NULL && grid->rows > 0)
    end_grid (&c, grid);
  voile_name_inverted_end (&c, &inverted);
  voile_name_find_fields (&c, fields, len, len, 0); /* ends an open record */
  g_array_set_size (c.capitals, n_caps);
  if (type_mask & VOILE_TYPE_BIT (VOILE_TYPE_PERSON))
    {
      voile_name_find_email_pairs (&c);
      voile_name_find_agent_logins (&c); /* "run by gsinclair" */
      voile_name_end_logins (&c, logins, words, lower_lines);
      find_handles_of_names (&c);
    }
  resolve_tentative (&c);

  voile_name_collector_finish (&c, words);
  g_clear_pointer (&c.lower_words, g_array_unref); /* when the finish did not read them */

  g_array_unref (c.mentions);
  g_array_unref (c.scratch);
  g_string_free (c.key, TRUE);
  g_array_unref (c.capitals);
  g_string_chunk_free (c.strings);
}
