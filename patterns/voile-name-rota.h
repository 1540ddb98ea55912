/* voile-name-rota.h — rotas: consecutive "task: person" lines (see voile-name-rota.c). */
#pragma once

#include "voile-name-private.h"

G_BEGIN_DECLS

#define ROTA_LINES_MIN 3
#define ROTA_LINES_MAX 32
#define ROTA_RUNS_MAX 3
#define ROTA_RUN_WORDS 3

/* Capitalised words not found yet that the rota makes a name ("Tea urn: Siobhán"). */
typedef struct
{
  VoileToken words[ROTA_RUN_WORDS];
  guint8 n;
} VoileRotaRun;

typedef struct
{
  gsize names_start; /* the names' side of the line */
  gsize names_end;
  VoileRotaRun runs[ROTA_RUNS_MAX];
  guint8 n_runs;
} VoileRotaLine;

typedef struct
{
  guint n;             /* consecutive rota lines so far */
  guint first_mention; /* the mentions of the block start here */
  VoileRotaLine lines[ROTA_LINES_MAX];
} VoileRotaBlock;

/* Longest task or name before the separator, in words. */
#define ROTA_TASK_WORDS 4

/* The bytes a rota's separator or a task's hours begin with (':', '-', '(', ')', "–"). */
extern const guint8 voile_name_rota_separator_bytes[256];

/* Whether the line may be a rota line: one of its first words is followed by one of those
 * bytes. Inline, as most lines are not: no call for them. */
static inline gboolean
voile_name_rota_may_be_line (GArray *tokens)
{
  const VoileToken *words = (const VoileToken *)(gconstpointer)tokens->data;
  guint limit = tokens->len >= 2 ? MIN (tokens->len - 1, ROTA_TASK_WORDS) : 0;

  for (guint i = 0; i < limit; i++)
    if (voile_name_rota_separator_bytes[(guchar)words[i].next_char])
      return TRUE;
  return FALSE;
}

/* Call once per line (empty lines too) after the line's names were found (its mentions start at
 * line_mentions); a line that is no rota line ends the block. */
void
voile_name_rota_add_line (VoileNameCollector *c, VoileRotaBlock *block, GArray *tokens,
                          gsize line_start, gsize line_end, guint line_mentions);

/* Ends the block: with ROTA_LINES_MIN lines or more, its names are a list of people. */
void
voile_name_rota_end (VoileNameCollector *c, VoileRotaBlock *block);

G_END_DECLS
