/* voile-name-inverted.c — "Surname, Given" cells of a list of people.
 *
 * Accounting, library and booking exports write their people surname first, a comma, then
 * the given name ("Evans-Pugh, Sioned", "SCHMITT, Jade", "Tan, Boon"), one a cell, in
 * aligned, pipe, tab or quoted columns. The lists find most of them word by word; the cells
 * whose words they do not know (or know as words) stay unfound. When the text writes
 * several such cells and the lists found half of them, the text is a list of people written
 * that way: its other cells of the same shape are people too. */

#include "voile-name-inverted.h"

#include <string.h>

#define INVERTED_CELLS_MAX 256

/* Does a cell open at text[start]: the line's start, a delimiter but a comma, "& " or a
 * column's gap
 * (two spaces or more) before it? */
static gboolean
opens_cell (const char *text, gsize line_start, gsize start)
{
  gsize p = start, spaces = 0;

  while (p > line_start && text[p - 1] == ' ')
    p--, spaces++;
  if (p == line_start)
    return TRUE;
  switch (text[p - 1])
    {
      case '|':
      case '\t':
      case '"':
      case ';':
      case '&':
        return TRUE;
      default:
        /* Not after a comma: "Maël, Louise, Paul" lists given names. */
        return spaces >= 2;
    }
}

/* Does the cell close at text[end]: the line's end, a delimiter (no comma: a list of names
 * goes on), a column's gap, "&" or "("
 * (another person, a title: "Akhtar, Nasreen (Mrs)"), or a lower-case word ("t/a Spice
 * Hut")? Not another capitalised word: the given name would go on. */
static gboolean
closes_cell (const char *text, gsize end, gsize line_end)
{
  gsize p = end;

  if (p < line_end && text[p] == '.') /* "Delgado, M." */
    p++;
  while (p < line_end && text[p] == ' ')
    p++;
  if (p == line_end)
    return TRUE;
  if (p - end >= 2)
    return TRUE;
  switch (text[p])
    {
      case '|':
      case '\t':
      case '"':
      case ';':
      case '&':
      case '(':
        return TRUE;
      default:
        return p > end && g_ascii_islower (text[p]);
    }
}

/* May the word be part of a person's name here: capitalised, no title, stop word, firm's
 * or street's word. */
static gboolean
name_word (VoileNameCollector *c, GArray *tokens, guint i, gboolean given)
{
  VoileToken *t = tok (tokens, i);

  if (t->shape != VOILE_SHAPE_CAP && !(t->shape == VOILE_SHAPE_UPPER && !given)
      && !(t->shape == VOILE_SHAPE_INITIAL && given))
    return FALSE;
  voile_token_lookup (c->text, t);
  /* Nor a header's word: "Surname, Given names", "Apellidos, Nombre" head the column. */
  return !(t->context_flags
           & (VOILE_CONTEXT_TITLE | VOILE_CONTEXT_GREETING | VOILE_CONTEXT_STOP
              | VOILE_CONTEXT_CLOSING | VOILE_CONTEXT_JOIN | VOILE_CONTEXT_DETERMINER
              | VOILE_CONTEXT_FIRST_KEY | VOILE_CONTEXT_LAST_KEY))
         && !voile_name_token_is_org_word (c->text, tokens, i);
}

/* "St. Hilaire": a saint's abbreviation opening a surname. */
static gboolean
saint_abbreviation (const char *text, const VoileToken *t)
{
  gsize n = t->end - t->start;

  return t->dot_after && (n == 2 || n == 3) && strncmp (text + t->start, "Ste", n) == 0;
}

/* Did the line's rules find a word of the cell (mentions[from..] are the line's)? A place
 * found there makes the cell none of a person. */
static guint8
cell_found (VoileNameCollector *c, guint from, gsize start, gsize end)
{
  for (guint m = from; m < c->mentions->len; m++)
    {
      const VoileNameMention *mention = &g_array_index (c->mentions, VoileNameMention, m);
      if (mention->start < end && mention->end > start)
        return mention->type != VOILE_TYPE_PERSON     ? INVERTED_PLACE
               : voile_name_mention_is_bare (mention) ? INVERTED_FOUND
                                                      : INVERTED_FOUND | INVERTED_SURE;
    }
  return 0;
}

void
voile_name_inverted_add_line (VoileNameCollector *c, VoileInvertedState *state, GArray *tokens,
                              gsize first_comma, gsize line_start, gsize line_end,
                              guint line_mentions)
{
  const char *text = c->text;

  /* From each such comma (few per line): the surname's last word ends there. */
  guint j = 0;
  for (gsize p = first_comma; p != 0 && j + 1 < tokens->len;
       p = voile_inverted_name_next_comma (text, line_start, p + 1, line_end))
    {
      while (j + 1 < tokens->len && tok (tokens, j)->end < p)
        j++;
      if (j + 1 >= tokens->len || tok (tokens, j)->end != p)
        continue;

      const VoileToken *last = tok (tokens, j);
      guint i = j, k;

      if (tok (tokens, j + 1)->start != p + 2
          || (last->shape != VOILE_SHAPE_CAP && last->shape != VOILE_SHAPE_UPPER))
        continue;
      /* The surname: one or two words ("Running Crane", "St. Hilaire"), opening a cell. */
      if (!opens_cell (text, line_start, last->start))
        {
          if (j == 0)
            continue;
          const VoileToken *before = tok (tokens, j - 1);
          if (!(before->joined
                || (saint_abbreviation (text, before) && before->end + 2 == last->start))
              || !opens_cell (text, line_start, before->start))
            continue;
          i = j - 1;
        }
      /* The given name: one or two words, or an initial. */
      k = j + 1;
      if (tok (tokens, k)->shape != VOILE_SHAPE_INITIAL && tok (tokens, k)->joined
          && k + 1 < tokens->len && tok (tokens, k + 1)->shape == VOILE_SHAPE_CAP)
        k++;
      if (!closes_cell (text, tok (tokens, k)->end, line_end))
        continue;
      gboolean ok = TRUE;
      for (guint w = i; w <= k && ok; w++)
        ok = (w == i && j > i && saint_abbreviation (text, tok (tokens, w)))
             || name_word (c, tokens, w, w > j);
      if (!ok)
        continue;
      VoileInvertedCell cell = { 0 };
      for (guint w = i; w <= k; w++)
        cell.words[cell.n++] = *tok (tokens, w);
      cell.given_at = (guint8)(j + 1 - i);
      cell.found = cell_found (c, line_mentions, cell.words[0].start, cell.words[cell.n - 1].end);
      if (state->cells == NULL)
        state->cells = g_array_new (FALSE, FALSE, sizeof (VoileInvertedCell));
      if (state->cells->len < INVERTED_CELLS_MAX)
        g_array_append_val (state->cells, cell);
    }
}

void
voile_name_inverted_end (VoileNameCollector *c, VoileInvertedState *state)
{
  GArray *cells = state->cells;
  guint found = 0;
  /* Beside names the lists alone found, as bare as they are (see confidence_beside()). */
  float confidence = CONFIDENCE_LIST_BARE;

  if (cells == NULL)
    return;
  for (guint i = 0; i < cells->len; i++)
    {
      guint8 f = g_array_index (cells, VoileInvertedCell, i).found;
      found += (f & INVERTED_FOUND) != 0;
      if (f & INVERTED_SURE)
        confidence = CONFIDENCE_LIST;
    }
  if (found >= 2 && found * 2 >= cells->len)
    for (guint i = 0; i < cells->len; i++)
      {
        const VoileInvertedCell *cell = &g_array_index (cells, VoileInvertedCell, i);
        gboolean known = FALSE;
        /* A word the lists know as a name or know not at all: common words only ("Cash,
         * Cheque") name no one. */
        for (guint w = 0; w < cell->n; w++)
          known |= is_nameish (&cell->words[w]) || is_unknown (&cell->words[w]);
        if (cell->found == 0 && known)
          voile_name_collector_add_person (c, cell->words, 0, cell->n - 1, cell->given_at,
                                           confidence, VOILE_FIELD_NONE);
      }
  g_array_unref (cells);
  state->cells = NULL;
}
