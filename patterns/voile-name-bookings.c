/* voile-name-bookings.c — the name a booking is under, before its party size.
 *
 * A restaurant's reservation book, a gîte's or a boat hire's planning name each booking by
 * a surname alone, then how many people come: "T1   Guérin x2", "Pham 4 pers 20h",
 * "Lagarde / Berthier x6", "Okafor party of 3", "20h Morel 2 couverts". The surname there is
 * a person's whatever its other meanings, unless it is a common word ("Table x2", "Menu
 * enfant x3") or a place.
 */
#include "voile-name-private.h"
#include "voile-ascii.h"

/* Words that count people after a number, folded: "4 pers", "2 couverts", "3 pax". */
static const char *const party_words[] = {
  "adultes", "couverts", "cvts", "guests", "pax", "people", "pers", "personnes",
};

typedef enum
{
  PARTY_NONE,
  PARTY_TIMES, /* "x2": also a quantity on an order ("Nutella x2") */
  PARTY_WORDS, /* "4 pers", "2 couverts", "party of 3": people */
} PartySize;

/* Does a party size open text[p, end)? "x2", "x 2", "4 pers", "2 couverts", "party of 3".
 * Bytes only, no allocation: most capitalised words are followed by none. */
static PartySize
party_size_at (const char *text, gsize p, gsize end)
{
  if (p + 2 <= end && (text[p] == 'x' || text[p] == 'X'))
    {
      gsize q = p + 1 + (p + 2 < end && text[p + 1] == ' ');
      if (!(q < end && g_ascii_isdigit (text[q])))
        return PARTY_NONE;
      q += 1 + (q + 1 < end && g_ascii_isdigit (text[q + 1]));
      /* "x2", "x12", then the end of the item; not "x86_64" nor "x2.5". */
      return q >= end || strchr (" \t,;)", text[q]) != NULL ? PARTY_TIMES : PARTY_NONE;
    }
  if (p + 10 <= end && voile_ascii_strncasecmp (text + p, "party of ", 9) == 0)
    return g_ascii_isdigit (text[p + 9]) ? PARTY_WORDS : PARTY_NONE;
  if (p < end && g_ascii_isdigit (text[p]))
    {
      gsize q = p + 1;
      if (q < end && g_ascii_isdigit (text[q]))
        q++;
      if (q >= end || text[q] != ' ')
        return PARTY_NONE;
      q++;
      gsize w = q;
      while (w < end && g_ascii_isalpha (text[w]) && w - q < 10)
        w++;
      if (w == q || (w < end && g_ascii_isalpha (text[w])))
        return PARTY_NONE;
      char word[12];
      for (gsize k = q; k < w; k++)
        word[k - q] = g_ascii_tolower (text[k]);
      word[w - q] = '\0';
      return voile_name_sorted_lookup (party_words, G_N_ELEMENTS (party_words), word) != NULL
                 ? PARTY_WORDS
                 : PARTY_NONE;
    }
  return PARTY_NONE;
}

/* A booking's line says when or how to reach the party: a time ("20h", "19:30") or a phone
 * number. An order's "Nutella x2" has neither. */
static gboolean
line_books (VoileNameCollector *c, gsize line_start, gsize line_end)
{
  const char *text = c->text;

  if (voile_name_collector_overlaps (c, line_start, line_end, VOILE_TYPE_PHONE))
    return TRUE;
  for (gsize p = line_start; p + 2 < line_end; p++)
    if (g_ascii_isdigit (text[p]) && (p == line_start || !g_ascii_isalnum (text[p - 1])))
      {
        gsize q = p + 1 + g_ascii_isdigit (text[p + 1]);
        if (q < line_end
            && (text[q] == 'h'
                || (text[q] == ':' && q + 2 < line_end && g_ascii_isdigit (text[q + 1]))))
          return TRUE;
      }
  return FALSE;
}

/* May the capitalised word be the name a booking is under? A surname or a given name, no
 * common word, place or context word (a word in no list may be a product: "Walks x4"). */
static gboolean
booking_name (VoileNameCollector *c, VoileToken *t)
{
  if ((t->shape != VOILE_SHAPE_CAP && t->shape != VOILE_SHAPE_UPPER) || t->end - t->start < 2)
    return FALSE;
  voile_token_lookup (c->text, t);
  return t->context_flags == 0
         && !(t->name_flags & (VOILE_NAME_WORD | VOILE_NAME_AMBIGUOUS | VOILE_NAME_PROPER))
         && is_nameish (t);
}

void
voile_name_find_booking (VoileNameCollector *c, GArray *tokens, guint i, gsize line_start,
                         gsize line_end)
{
  VoileToken *words = (VoileToken *)(gpointer)tokens->data;
  VoileToken *t = &words[i];

  if (t->end + 1 >= line_end || c->text[t->end] != ' ')
    return;
  PartySize party = party_size_at (c->text, t->end + 1, line_end);
  if (party == PARTY_NONE || !booking_name (c, t)
      || (party == PARTY_TIMES && !line_books (c, line_start, line_end)))
    return;
  guint first = i;
  /* "Lagarde / Berthier x6": two families at one table. */
  if (i >= 1 && words[i - 1].end + 3 == t->start
      && memcmp (c->text + words[i - 1].end, " / ", 3) == 0 && booking_name (c, &words[i - 1]))
    voile_name_collector_add_person (c, words, i - 1, i - 1, 0, CONFIDENCE_CONTEXT,
                                     VOILE_FIELD_NONE);
  /* "Auguste Delmas x2": a given name before the surname is one name. */
  else if (i >= 1 && words[i - 1].end + 1 == t->start && c->text[words[i - 1].end] == ' '
           && words[i - 1].shape == VOILE_SHAPE_CAP
           && (voile_token_lookup (c->text, &words[i - 1]),
               (words[i - 1].name_flags & VOILE_NAME_FIRST)
                   && !(words[i - 1].name_flags & (VOILE_NAME_WORD | VOILE_NAME_PROPER))))
    first = i - 1;
  voile_name_collector_add_person (c, words, first, i, 0, CONFIDENCE_CONTEXT, VOILE_FIELD_NONE);
}
