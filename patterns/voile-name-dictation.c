/* voile-name-dictation.c — names in speech-to-text: dictated letters, voice notes.
 *
 * A dictation has no capitals and no punctuation ("letter to doctor imran qureshi
 * consultant…", "passer chez madame girard 12 rue du moulin à saint-herblain"): the rules
 * that read capitals see nothing, and the lower-case rules of chats stay strict because a
 * lower-case word of prose is seldom a name. In a line that reads as dictation, a title, a
 * role ("patient", "la cliente"), a kinship noun or a verb of contact is followed by a name
 * often enough to take the names that are also words ("son fils pierre", "her husband
 * colin"), and the word after "à" that ends a found street address is its city.
 */
#include "voile-name-private.h"
#include "voile-ascii.h"

/* A dictation line: this many words at least… */
#define DICTATION_WORDS_MIN 30
/* …and, per this many words, at most one capitalised word and one punctuation mark. */
#define DICTATION_WORDS_PER_MARK 20

/* Does the line read as speech-to-text: long, lower case, with hardly any punctuation? */
gboolean
voile_name_line_is_dictation (const VoileNameCollector *c, GArray *tokens)
{
  /* What follows a word in written prose or in code; dictation spells "full stop". */
  static const gboolean punctuation[256]
      = { ['.'] = TRUE, [','] = TRUE, [';'] = TRUE, [':'] = TRUE, ['!'] = TRUE, ['?'] = TRUE,
          ['('] = TRUE, [')'] = TRUE, ['['] = TRUE, [']'] = TRUE, ['{'] = TRUE, ['}'] = TRUE,
          ['='] = TRUE, ['<'] = TRUE, ['>'] = TRUE, ['"'] = TRUE };
  /* Most long lines are written prose: they go over the budget within a few words. */
  guint budget = tokens->len / DICTATION_WORDS_PER_MARK, capitals = 0, marks = 0, other = 0;

  (void)c;
  if (tokens->len < DICTATION_WORDS_MIN)
    return FALSE;
  for (guint i = 0; i < tokens->len; i++)
    {
      const VoileToken *t = tok (tokens, i);
      other += t->shape == VOILE_SHAPE_OTHER;
      capitals += t->shape == VOILE_SHAPE_CAP || t->shape == VOILE_SHAPE_INITIAL;
      marks += punctuation[(guchar)t->next_char];
      if (capitals > budget || marks > budget)
        return FALSE;
    }
  return tokens->len - other >= DICTATION_WORDS_MIN;
}

/* "his son aaron": the English noun, not the French determiner ("son fils") the context
 * lists know "son" as. */
gboolean
voile_name_is_english_son (const VoileNameCollector *c, GArray *tokens, guint i)
{
  static const char *const owners[] = { "his", "her", "my", "their", "our", "your", NULL };
  const VoileToken *t = tok (tokens, i);
  const VoileToken *before = i > 0 ? tok (tokens, i - 1) : NULL;

  return before != NULL && t->end - t->start == 3 && memcmp (c->text + t->start, "son", 3) == 0
         && voile_word_in (c->text + before->start, before->end - before->start, owners);
}

/* A word of a dictated name: lower case, a name, no title or stop word; a common word
 * only when it is a name too ("rose", "colin"). */
static gboolean
name_word (const VoileNameCollector *c, VoileToken *t)
{
  /* Three letters at least: "docteur si…", "mrs ng" reads as often as a word. */
  if (t->shape != VOILE_SHAPE_LOWER || t->end - t->start < 3 || t->elided)
    return FALSE;
  voile_token_lookup (c->text, t);
  return is_nameish (t) && !(t->name_flags & (VOILE_NAME_WORD | VOILE_NAME_PROPER))
         && t->context_flags == 0;
}

/* What the word before a dictated name is. */
typedef enum
{
  SLOT_TITLE, /* "doctor", "madame", "mrs": a surname alone follows as often as a full name */
  SLOT_ROLE,  /* "patient", "la cliente": a given name follows, and often a surname */
  SLOT_KIN,   /* "son fils", "her husband": a given name follows */
  SLOT_VERB,  /* "call", "rappeler": the same */
} Slot;

/* A word in no list and no context word, long enough for a surname ("belkacem"). */
static gboolean
unlisted_word (const VoileNameCollector *c, VoileToken *t, gsize min_len)
{
  if (t->shape != VOILE_SHAPE_LOWER || t->end - t->start < min_len || t->elided)
    return FALSE;
  voile_token_lookup (c->text, t);
  return is_unknown (t) && t->context_flags == 0;
}

/* The last word of the name that starts at tokens[i] ("imran qureshi", "benoît le roux",
 * "madame le bihan"), or -1. */
static gint
dictated_name_end (const VoileNameCollector *c, GArray *tokens, guint i, Slot slot)
{
  VoileToken *first = tok (tokens, i);
  guint k = i;

  if (first->shape != VOILE_SHAPE_LOWER)
    return -1;
  voile_token_lookup (c->text, first);
  /* "madame le bihan": after a title, a particle and a surname. */
  if (slot == SLOT_TITLE && is_particle (first) && first->joined && i + 1 < tokens->len)
    {
      VoileToken *after = tok (tokens, i + 1);
      return name_word (c, after) && (after->name_flags & VOILE_NAME_LAST) ? (gint)i + 1 : -1;
    }
  /* "hervé" is a place too: a given name only with a surname after it. */
  gboolean proper_given = (first->name_flags & VOILE_NAME_PROPER)
                          && (first->name_flags & VOILE_NAME_FIRST)
                          && !(first->name_flags & VOILE_NAME_WORD) && first->context_flags == 0;
  /* "mrs fenella marchbanks": after a title, a given name in no list. */
  gboolean unlisted = slot == SLOT_TITLE && unlisted_word (c, first, 3);
  if (!name_word (c, first) && !proper_given && !unlisted)
    return -1;
  /* "the owner works shifts": after a role or a verb, a given name. */
  if (slot != SLOT_TITLE && !(first->name_flags & VOILE_NAME_FIRST))
    return -1;
  gboolean given = (first->name_flags & VOILE_NAME_FIRST) != 0 || unlisted;
  gboolean firm_given
      = (first->name_flags & VOILE_NAME_FIRST) && !(first->name_flags & VOILE_NAME_AMBIGUOUS);
  while (given && k + 1 < tokens->len && k - i < 2 && tok (tokens, k)->joined)
    {
      VoileToken *next = tok (tokens, k + 1);
      /* "benoît le roux", "anne de la tour": a particle, then a surname. */
      if (next->shape == VOILE_SHAPE_LOWER && k + 2 < tokens->len && next->joined
          && (voile_token_lookup_context (c->text, next), is_particle (next)))
        {
          VoileToken *after = tok (tokens, k + 2);
          if (name_word (c, after) && (after->name_flags & VOILE_NAME_LAST))
            {
              k += 2;
              continue;
            }
          break;
        }
      /* A surname after a given name, one in no list after a given name the lists know
       * ("yasmina belkacem"); one that is also a word only after a given name that is
       * none ("gwendolyn hope", not "will hope"). */
      /* (Given names are surnames too: "gwenaëlle tanguy".) */
      gboolean surname = name_word (c, next)
                         && ((next->name_flags & VOILE_NAME_LAST) || is_firm_first (next))
                         && !((next->name_flags & VOILE_NAME_AMBIGUOUS)
                              && (first->name_flags & VOILE_NAME_AMBIGUOUS));
      /* A word in no list after a given name is a surname after a title or a role
       * ("la cliente yasmina belkacem"); after a kinship noun or a verb it is as often
       * the verb of the sentence ("sa fille nolwenn ouvrira"). */
      if (!surname
          && !(firm_given && (slot == SLOT_TITLE || slot == SLOT_ROLE)
               && unlisted_word (c, next, 4)))
        break;
      k++;
    }
  if (k == i && (proper_given || (unlisted && first->end - first->start < 4)))
    return -1;
  return (gint)k;
}

/* "12 rue du moulin à saint-herblain": the word after "à" that follows a found street
 * address is its city (no list of cities: the address says it is one). */
static void
find_city_after_address (VoileNameCollector *c, GArray *tokens, guint i)
{
  VoileToken *a = tok (tokens, i), *city;

  if (i == 0 || i + 1 >= tokens->len || a->end - a->start != 2
      || memcmp (c->text + a->start, "\xc3\xa0", 2) != 0 || !a->joined)
    return;
  if (!voile_name_collector_overlaps (c, tok (tokens, i - 1)->start, tok (tokens, i - 1)->end,
                                      VOILE_TYPE_POSTAL_ADDRESS)
      || voile_name_collector_overlaps (c, a->start, a->end, VOILE_TYPE_POSTAL_ADDRESS))
    return;
  city = tok (tokens, i + 1);
  if (city->shape != VOILE_SHAPE_LOWER || city->end - city->start < 3 || city->elided)
    return;
  voile_token_lookup (c->text, city);
  /* "à domicile", "à la…": a common word is no city, unless it is compound
   * ("saint-herblain", whose parts are words). */
  if (city->context_flags != 0
      || ((city->name_flags & VOILE_NAME_WORD)
          && memchr (c->text + city->start, '-', city->end - city->start) == NULL))
    return;
  voile_name_collector_add_location (c, city->start, city->end, CONFIDENCE_LOCATION);
}

void
voile_name_find_dictation (VoileNameCollector *c, GArray *tokens)
{
  for (guint i = 0; i + 1 < tokens->len; i++)
    {
      VoileToken *t = tok (tokens, i);

      if (t->shape != VOILE_SHAPE_LOWER || !t->joined)
        continue;
      find_city_after_address (c, tokens, i);
      voile_token_lookup_context (c->text, t);
      /* A title, a role ("patient", "cliente"), a kinship noun ("son fils") or a verb
       * whose object is a person ("call", "rappeler"): a person follows, a name that is
       * also a word included ("rappeler rose de l'agence"). */
      Slot slot;
      if (t->context_flags & VOILE_CONTEXT_TITLE)
        slot = SLOT_TITLE;
      else if (t->context_flags & VOILE_CONTEXT_PERSON_KEY)
        slot = SLOT_ROLE;
      else if ((t->context_flags & VOILE_CONTEXT_KIN) || voile_name_is_english_son (c, tokens, i))
        slot = SLOT_KIN;
      /* Not the prepositions of contact ("with", "pour"), which precede common words as
       * often: data/names/context-words.txt marks the verbs. */
      else if (t->context_flags & VOILE_CONTEXT_CONTACT_VERB)
        slot = SLOT_VERB;
      else
        continue;
      gint end = dictated_name_end (c, tokens, i + 1, slot);
      if (end < 0)
        continue;
      voile_name_collector_add_person (c, (VoileToken *)tokens->data, i + 1, (guint)end, 0,
                                       CONFIDENCE_CONTEXT, VOILE_FIELD_NONE);
      i = (guint)end;
    }
}
