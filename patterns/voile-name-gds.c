/* voile-name-gds.c — passengers' names as airlines write them: "HOFFMANN/JULIA MRS".
 *
 * Reservation systems, boarding passes, manifests, APIS lists and the tickets, e-mails and
 * logs built on them write a passenger as the surname, a slash and the given names, in
 * capitals, often followed by a title: "1.SHARMA/PRIYA MRS", "pax=MCCARTHY/AOIFE",
 * "01 | RAO/VENKATESH MR | 5FGT2Q". Travel agents, hotels and help desks copy such lines
 * anywhere, with no header saying what the pair is. The shape alone is not enough
 * ("TCP/IP", "EUR/USD", "AND/OR", "CHD/INF"): a title after the pair, or a given name the
 * lists know, makes it a person. PAXLST messages (UN/EDIFACT) write the same name with
 * colons in their NAD segment: "NAD+FL+++HERNANDEZ:MARIA GUADALUPE+…".
 */
#include "voile-name-private.h"
#include "voile-ascii.h"

#include <string.h>

/* Titles that follow a name in a reservation ("SMITH/JOHN MR", "SHARMA/AARAV MSTR"). */
static const char *const pax_titles[] = {
  "capt", "dr", "miss", "mlle", "mme", "mr", "mrs", "ms", "mstr", "mx", "prof", "rev", NULL,
};

static gboolean
is_pax_title (const char *text, const VoileToken *t)
{
  return t->shape == VOILE_SHAPE_UPPER && t->end - t->start <= 4
         && voile_ascii_word_in (text + t->start, t->end - t->start, pax_titles);
}

/* A part of the pair: capitals only ("O'NEILL", "OYELARAN-ADEBAYO"), two letters or more. */
static gboolean
is_name_part (const VoileToken *t)
{
  return t->shape == VOILE_SHAPE_UPPER && t->end - t->start >= 2;
}

/* A common word and no name ("CREW", "MARKETING", "OR"): no part of a passenger's name. */
static gboolean
is_plain_word (const char *text, VoileToken *t)
{
  voile_token_lookup (text, t);
  return is_word_only (t);
}

/* "PERERA/SENUTH", "OKONKWO/CHIDINMA": a surname the lists know and nothing else, then a
 * given name in no list (the lists hold few names of Sri Lanka, Nigeria or Nepal) of three
 * letters or more with a vowel: the pair's shape and its known half make it a person. */
static gboolean
unlisted_given_after_surname (const char *text, VoileToken *sur, VoileToken *giv)
{
  voile_token_lookup (text, sur);
  voile_token_lookup (text, giv);
  if ((sur->name_flags
       & (VOILE_NAME_LAST | VOILE_NAME_FIRST | VOILE_NAME_AMBIGUOUS | VOILE_NAME_PROPER
          | VOILE_NAME_WORD))
          != VOILE_NAME_LAST
      || giv->name_flags != 0 || giv->context_flags != 0 || giv->end - giv->start < 3)
    return FALSE;
  for (gsize k = giv->start; k < giv->end; k++)
    if (strchr ("AEIOUY", text[k]) != NULL)
      return TRUE;
  return FALSE;
}

/* The surname and given names as one person: the pair is a record of two fields, so that
 * a later "Klein" or "Julia" is the same person. */
static void
add_pair (VoileNameCollector *c, gsize ss, gsize se, gsize gs, gsize ge, gsize ge_first)
{
  voile_name_collector_begin_record (c);
  /* Given names the field judge refuses whole ("ANH THU": "Thu" is a weekday too): the
   * first alone. */
  if (voile_name_collector_add_field (c, gs, ge, VOILE_FIELD_FIRST | VOILE_FIELD_RELAXED)
      || (ge_first < ge
          && voile_name_collector_add_field (c, gs, ge_first,
                                             VOILE_FIELD_FIRST | VOILE_FIELD_RELAXED)))
    voile_name_collector_add_field (c, ss, se, VOILE_FIELD_LAST | VOILE_FIELD_RELAXED);
  voile_name_collector_end_record (c);
}

void
voile_name_find_gds (VoileNameCollector *c, GArray *tokens)
{
  const char *text = c->text;
  VoileToken *w = (VoileToken *)(gpointer)tokens->data;
  guint n = tokens->len;

  for (guint i = 0; i + 1 < n; i++)
    {
      VoileToken *sur = &w[i], *giv = &w[i + 1];
      if (sur->next_char != '/' || text[sur->end] != '/' || giv->start != sur->end + 1
          || !is_name_part (sur) || !is_name_part (giv))
        continue;
      /* "AND/OR/NOT", "EN/FR/DE": a list of words or codes, not one name. "…/17MAR32/SHARMA/
       * RAHUL/P1" (an SSR DOCS line) has dates and numbers around the pair. */
      if (sur->start > 0 && text[sur->start - 1] == '/' && i > 0 && w[i - 1].end == sur->start - 1
          && w[i - 1].shape == VOILE_SHAPE_UPPER)
        continue;
      if (giv->next_char == '/' && text[giv->end] == '/' && i + 2 < n
          && w[i + 2].start == giv->end + 1 && w[i + 2].shape == VOILE_SHAPE_UPPER
          && w[i + 2].end - w[i + 2].start >= 2)
        continue;
      /* The given names: the first, then words a single space apart up to a title, a
       * column's gap or a cell's end ("NGUYEN/ANH THU   C9PX4R", "LIM/BOON HOCK MR"). */
      guint last = i + 1, title = 0;
      for (guint k = i + 2; k < n && w[k].start == w[k - 1].end + 1 && text[w[k - 1].end] == ' ';
           k++)
        {
          if (is_pax_title (text, &w[k]))
            {
              title = k;
              break;
            }
          if (!is_name_part (&w[k]) || k - i > 4)
            break;
          /* A word ends the given names unless a title follows it. */
          if (is_plain_word (text, &w[k])
              && !(k + 1 < n && w[k + 1].start == w[k].end + 1 && text[w[k].end] == ' '
                   && is_pax_title (text, &w[k + 1])))
            break;
          last = k;
        }
      /* A title right after the last given name, with no space ("SMITH/JOHNMR") is not
       * split: the pair then needs a known given name. */
      if (title == 0 && last + 1 < n && w[last + 1].start == w[last].end + 1
          && text[w[last].end] == ' ' && is_pax_title (text, &w[last + 1]))
        title = last + 1;
      /* A title vouches for a pair one of whose halves is a word too ("CHERIF/NADIA MRS",
       * "FITZGERALD/NOEL MR"); not for two words ("CREW/STAFF MR"). */
      gboolean sur_word = is_plain_word (text, sur), giv_word = is_plain_word (text, giv);
      if (title != 0 ? sur_word && giv_word : sur_word || giv_word)
        continue;
      /* "SSN/EIN", "EUR/USD": two short capitals are codes, unless the lists know one
       * ("LIM/WEI MR"). */
      if (sur->end - sur->start < 4 && giv->end - giv->start < 4
          && (title == 0 || !(is_nameish (sur) || is_nameish (giv))))
        continue;
      /* The surname's particles before it: "AL HASHIMI/FATIMA", "VAN DER MERWE/PIETER". */
      gsize sur_start = sur->start;
      guint sur_first = i;
      for (guint k = i; k > 0 && i - k < 3 && w[k - 1].end + 1 == w[k].start
                        && text[w[k - 1].end] == ' ' && w[k - 1].shape == VOILE_SHAPE_UPPER;
           k--)
        {
          voile_token_lookup_context (text, &w[k - 1]);
          if (!is_particle (&w[k - 1]))
            break;
          sur_start = w[k - 1].start;
          sur_first = k - 1;
        }
      /* With no title, a given name that is nothing else: "CREW", "JUNE", "FLORENCE" are
       * words, months or places too. */
      if (title == 0
          && ((giv->name_flags & (VOILE_NAME_FIRST | VOILE_NAME_AMBIGUOUS | VOILE_NAME_PROPER))
              != VOILE_NAME_FIRST)
          && !unlisted_given_after_surname (text, sur, giv))
        continue;
      /* Given names after the first that are neither names nor before a title are a
       * column's next words: keep the first alone. */
      if (title == 0)
        while (last > i + 1 && !(w[last].name_flags & (VOILE_NAME_FIRST | VOILE_NAME_LAST)))
          last--;
      /* "Passenger: CARUSO/ANTONIO" is read as a field first. */
      if (voile_name_collector_holds (c, sur_start, w[last].end))
        {
          i = last;
          continue;
        }
      if (title != 0)
        {
          /* The title vouches for the pair: its words are a name even when they are words
           * or weekdays too ("NGUYEN/ANH THU MS", "SMITH/JUNE MRS"). */
          voile_name_collector_begin_record (c);
          voile_name_collector_add_person (c, w, i + 1, last, 0, CONFIDENCE_FIELD,
                                           VOILE_FIELD_FIRST);
          voile_name_collector_add_person (c, w, sur_first, i, 0, CONFIDENCE_FIELD,
                                           VOILE_FIELD_LAST);
          voile_name_collector_end_record (c);
        }
      else
        add_pair (c, sur_start, sur->end, giv->start, w[last].end, giv->end);
      i = last;
    }
}

void
voile_name_find_paxlst_name (VoileNameCollector *c, gsize s, gsize line_end)
{
  const char *text = c->text;

  /* "NAD+FL+++HERNANDEZ:MARIA GUADALUPE+2215 W CERMAK RD+…": the fourth element. */
  if (line_end - s < 12 || memcmp (text + s, "NAD+", 4) != 0)
    return;
  gsize p = s + 4;
  for (guint plus = 0; plus < 3 && p < line_end; p++)
    if (text[p] == '+')
      plus++;
    else if (text[p] == '\'')
      return;
  gsize colon, e = p;
  while (e < line_end && text[e] != '+' && text[e] != '\'' && text[e] != ':')
    e++;
  if (e >= line_end || text[e] != ':' || e == p)
    return;
  colon = e++;
  while (e < line_end && text[e] != '+' && text[e] != '\'' && text[e] != ':')
    e++;
  if (e == colon + 1)
    return;
  add_pair (c, p, colon, colon + 1, e, e);
}
