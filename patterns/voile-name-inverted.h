/* voile-name-inverted.h — "Surname, Given" cells of a list of people (see
 * voile-name-inverted.c). */
#pragma once

#include "voile-inverted-name.h"
#include "voile-name-private.h"

G_BEGIN_DECLS

/* The surname's and the given name's words of one cell: at most two each. */
#define INVERTED_WORDS 4

#define INVERTED_FOUND 1
#define INVERTED_PLACE 2
#define INVERTED_SURE 4 /* with INVERTED_FOUND: a name found with context, not bare */

typedef struct
{
  VoileToken words[INVERTED_WORDS];
  guint8 n;
  guint8 given_at; /* index of the first given-name word */
  guint8 found;    /* INVERTED_*: what the line's rules found there, 0 if nothing */
} VoileInvertedCell;

typedef struct
{
  GArray *cells; /* of VoileInvertedCell, NULL until the first */
} VoileInvertedState;

/* Call for each line where voile_inverted_name_next_comma() found a comma (first_comma),
 * after its names were found (from mentions[line_mentions] on): keeps its "Surname, Given" cells.
 */
void
voile_name_inverted_add_line (VoileNameCollector *c, VoileInvertedState *state, GArray *tokens,
                              gsize first_comma, gsize line_start, gsize line_end,
                              guint line_mentions);

/* At the end of the text: when the text writes its people "Surname, Given" (two such cells
 * or more already found as names, half of them at least), the others are people too. Frees
 * the state's cells. */
void
voile_name_inverted_end (VoileNameCollector *c, VoileInvertedState *state);

G_END_DECLS
