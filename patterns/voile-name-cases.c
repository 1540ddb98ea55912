/* voile-name-cases.c — the parties of a case title written in capitals, as cause lists,
 * registries and court files of common-law and civil-law courts write them:
 * "OLAWALE ADEWUNMI & ANOR v. BABATUNDE SHITTU", "JOHN KAMAU MWANGI vs NAIROBI CITY COUNTY",
 * "Affaire : HAMIDI c/ X".
 *
 * The title's structure says the words on either side of "v." are parties; a party is a
 * person when its words read as a name (a given name or a surname, none a common word nor a
 * place): "THE STATE", "FEDERAL REPUBLIC OF NIGERIA", "ACME HOLDINGS LTD" are parties and no
 * people. A reported case (a law report's citation after it) is dropped later as public
 * (voile-name-eponyms.c).
 */
#include "voile-name-private.h"

#include <string.h>

#define CASE_PARTY_WORDS 4

/* "v", "vs" (a dot after or not) or the French "c/": the word between two parties. */
static gboolean
is_versus (const char *text, const VoileToken *t)
{
  gsize n = t->end - t->start;
  const char *w = text + t->start;

  if (t->shape != VOILE_SHAPE_LOWER)
    return FALSE;
  if (n == 1 && w[0] == 'c')
    return t->next_char == '/';
  return (n == 1 && w[0] == 'v') || (n == 2 && w[0] == 'v' && w[1] == 's');
}

/* A word of a party in capitals: "ADEWUNMI", or an initial "A." of "A. O. OGUNDIPE". */
static gboolean
is_party_word (const VoileToken *t)
{
  return t->shape == VOILE_SHAPE_UPPER || (t->shape == VOILE_SHAPE_INITIAL && t->dot_after);
}

/* Only a space (an initial's dot and a space) between the words a and b = a + 1. */
static gboolean
close_words (const char *text, const VoileToken *a, const VoileToken *b)
{
  gsize gap = b->start - a->end;
  return (gap == 1 && text[a->end] == ' ') || (gap == 2 && a->dot_after && text[a->end + 1] == ' ');
}

/* "ANOR", "ORS", "OTHERS": the parties a title does not name ("& ANOR", "AND 2 ORS"). */
static gboolean
is_others (const char *text, const VoileToken *t)
{
  gsize n = t->end - t->start;
  const char *w = text + t->start;
  return t->shape == VOILE_SHAPE_UPPER
         && ((n == 4 && memcmp (w, "ANOR", 4) == 0) || (n == 3 && memcmp (w, "ANR", 3) == 0)
             || (n == 3 && memcmp (w, "ORS", 3) == 0) || (n == 6 && memcmp (w, "OTHERS", 6) == 0)
             || (n == 7 && memcmp (w, "ANOTHER", 7) == 0));
}

/* Do the party's words [first, last] read as a person's name? Each word a given name, a
 * surname or a word in no list (an initial too), none a common word, a place, a title or a
 * firm's word, and one word at least a name that is not an initial; one word alone must be a
 * surname that is nothing else, on a line holding a file's reference. */
static gboolean
party_is_person (const char *text, VoileToken *t, guint first, guint last, gboolean reference)
{
  guint names = 0, words = 0;

  for (guint i = first; i <= last; i++)
    {
      if (t[i].shape == VOILE_SHAPE_INITIAL)
        continue;
      voile_token_lookup (text, &t[i]);
      voile_token_lookup_context (text, &t[i]);
      if (is_breaker (&t[i]) || is_particle (&t[i])
          || (t[i].name_flags & (VOILE_NAME_WORD | VOILE_NAME_PROPER | VOILE_NAME_AMBIGUOUS)))
        return FALSE;
      words++;
      names += is_nameish (&t[i]);
    }
  if (words == 0 || names == 0)
    return FALSE;
  if (words == 1 && last == first)
    return (t[first].name_flags & VOILE_NAME_LAST) != 0 && reference;
  return TRUE;
}

/* Does the line hold a file's reference ("LD/0214/2023", "RG 25/01187", "2025/001873"): a
 * digit beside a slash? A party of one word is a person only on a line that does: a film's or
 * a match's title in capitals ("KRAMER vs. KRAMER (1979)") has none. */
static gboolean
line_has_reference (const char *text, gsize s, gsize e)
{
  for (gsize p = s + 1; p + 1 < e; p++)
    if (text[p] == '/' && (g_ascii_isdigit (text[p - 1]) || g_ascii_isdigit (text[p + 1])))
      return TRUE;
  return FALSE;
}

static void
add_party (VoileNameCollector *c, GArray *tokens, guint first, guint last)
{
  guint names[CASE_PARTY_WORDS];
  guint m = 0;

  for (guint i = first; i <= last && m < CASE_PARTY_WORDS; i++)
    names[m++] = i;
  voile_name_collector_add_person (c, (const VoileToken *)(gconstpointer)tokens->data, first, last,
                                   voile_name_given_index (tokens, names, m), CONFIDENCE_CONTEXT,
                                   VOILE_FIELD_NONE);
}

/* Does text[s, e) hold " v ", " v. ", " vs ", " vs. " or (slash: the line holds a '/')
 * " c/": the prefilter that keeps the word loop below off nearly every line. */
static gboolean
may_hold_title (const char *text, gsize s, gsize e, gboolean slash)
{
  const char *p = text + s + 1, *end = text + e;

  while (p + 1 < end && (p = memchr (p, 'v', (gsize)(end - p))) != NULL)
    {
      const char *q = p + 1;
      if (p[-1] == ' ')
        {
          if (q < end && *q == 's')
            q++;
          if (q < end && *q == '.')
            q++;
          if (q < end && *q == ' ')
            return TRUE;
        }
      p++;
    }
  for (p = text + s + 2; slash && p < end && (p = memchr (p, '/', (gsize)(end - p))) != NULL; p++)
    if (p[-1] == 'c' && p[-2] == ' ')
      return TRUE;
  return FALSE;
}

void
voile_name_find_case_titles (VoileNameCollector *c, GArray *tokens, gsize line_start,
                             gsize line_end, guint marks)
{
  if (tokens->len < 3
      || !may_hold_title (c->text, line_start, line_end, (marks & VOILE_LINE_SLASH) != 0))
    return;

  const char *text = c->text;
  VoileToken *t = (VoileToken *)(gpointer)tokens->data;
  guint n = tokens->len;
  int reference = -1;

  for (guint i = 1; i + 1 < n; i++)
    {
      /* "c/ X": against a party unknown (the French idiom), an initial without its dot. A
       * party before in small letters ("Ministère public c/ VERDIER") leaves the one after. */
      if (t[i].end - t[i].start > 2 || !is_versus (text, &t[i])
          || !(is_party_word (&t[i + 1]) || t[i + 1].shape == VOILE_SHAPE_INITIAL))
        continue;
      gboolean before = is_party_word (&t[i - 1]);
      /* The party before, "& ANOR" or "AND 2 ORS" after it stepped over. */
      guint last = i - 1;
      if (before && is_others (text, &t[last]) && last >= 1)
        {
          last--;
          if (t[last].end - t[last].start == 3 && memcmp (text + t[last].start, "AND", 3) == 0
              && last >= 1)
            last--;
          else if (memchr (text + t[last].end, '&', t[last + 1].start - t[last].end) == NULL)
            before = FALSE;
        }
      guint first = last;
      while (first > 0 && last - first + 1 < CASE_PARTY_WORDS && is_party_word (&t[first - 1])
             && close_words (text, &t[first - 1], &t[first]))
        first--;
      /* A longer run of capitals: a heading or a firm ("ASANTE AKIM RURAL BANK PLC"). */
      if (first > 0 && is_party_word (&t[first - 1])
          && close_words (text, &t[first - 1], &t[first]))
        before = FALSE;
      guint after = i + 1, end = after;
      while (end + 1 < n && end + 1 - after < CASE_PARTY_WORDS && is_party_word (&t[end + 1])
             && close_words (text, &t[end], &t[end + 1]))
        end++;
      gboolean more
          = end + 1 < n && is_party_word (&t[end + 1]) && close_words (text, &t[end], &t[end + 1]);
      /* Read once per line (a line of 8 MB may hold many "v"). */
      if (reference < 0)
        reference = line_has_reference (text, t[0].start, t[n - 1].end);
      if (before && is_party_word (&t[last]) && party_is_person (text, t, first, last, reference))
        add_party (c, tokens, first, last);
      if (!more && party_is_person (text, t, after, end, reference))
        add_party (c, tokens, after, end);
      i = end;
    }
}
