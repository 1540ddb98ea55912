/* voile-name-rota.c — rotas: consecutive "task: person" lines.
 *
 * "Tea urn: Siobhán", "Raffle table: Declan Fahy", "Car park (11–1): Gerry Twomey and Aoife":
 * a volunteer rota or a duty list names people after a task, one line each. Each name alone
 * is bare (the lists found it, no context word), so a long e-mail holding the rota would
 * drop them as general prose; three such lines or more in a row say the text is about
 * people.
 */
#include "voile-name-rota.h"

/* Longest value after the colon, in words. */
#define ROTA_VALUE_WORDS_MAX 10

/* Longest task before the colon, in bytes ("Car park (11–1)", "Float and cash box"). */
#define ROTA_TASK_MAX 40

/* The index of the first word after the colon that ends the task ("Tea urn: …"), or -1. */
static gint
rota_value_start (VoileNameCollector *c, GArray *tokens, gsize line_start, gsize line_end)
{
  const char *colon
      = memchr (c->text + line_start, ':', MIN (line_end - line_start, ROTA_TASK_MAX));

  if (colon == NULL || colon + 1 >= c->text + line_end || colon[1] != ' ')
    return -1;
  gsize at = (gsize)(colon - c->text);
  for (guint i = 1; i < tokens->len; i++)
    if (tok (tokens, i)->start > at)
      return tok (tokens, 0)->start < at ? (gint)i : -1;
  return -1;
}

/* Whether tokens[i] lies inside a PERSON mention of c->mentions[first…]. */
static gboolean
rota_covered (VoileNameCollector *c, const VoileToken *t, guint first)
{
  for (guint m = first; m < c->mentions->len; m++)
    {
      const VoileNameMention *mention = &g_array_index (c->mentions, VoileNameMention, m);
      if (mention->type == VOILE_TYPE_PERSON && mention->start <= t->start
          && mention->end >= t->end)
        return TRUE;
    }
  return FALSE;
}

/* tokens[i..j] may be a name on a rota: capitalised words, none a common word only, a
 * place or a month; a lone word must be a given name and nothing else ("Siobhán", not
 * "Santa" or "Tombola"). */
static gboolean
rota_run_may_name (VoileNameCollector *c, GArray *tokens, guint i, guint j)
{
  for (guint k = i; k <= j; k++)
    {
      VoileToken *t = tok (tokens, k);
      voile_token_lookup (c->text, t);
      if (t->shape != VOILE_SHAPE_CAP || is_word_only (t) || (t->name_flags & VOILE_NAME_PROPER)
          || (t->context_flags
              & (VOILE_CONTEXT_STOP | VOILE_CONTEXT_TITLE | VOILE_CONTEXT_PLACE_BEFORE
                 | VOILE_CONTEXT_ORG_AFTER))
          || !has_vowel (c->text, t))
        return FALSE;
    }
  return i < j || is_firm_first (tok (tokens, i));
}

void
voile_name_rota_add_line (VoileNameCollector *c, VoileRotaBlock *block, GArray *tokens,
                          gsize line_start, gsize line_end, guint line_mentions)
{
  gint value = tokens->len >= 2 ? rota_value_start (c, tokens, line_start, line_end) : -1;
  guint n_value = value >= 0 ? tokens->len - (guint)value : 0;
  guint found = 0;
  VoileRotaLine *line;

  if (n_value == 0 || n_value > ROTA_VALUE_WORDS_MAX || block->n == ROTA_LINES_MAX)
    {
      voile_name_rota_end (c, block);
      return;
    }
  line = &block->lines[block->n];
  line->value_start = tok (tokens, (guint)value)->start;
  line->n_runs = 0;
  /* Every value word is in a found name, in a run of capitalised words that may be a name
   * ("Paudie Mulcahy", a lone given name "Siobhán"), or a joining word ("and", "et"). */
  for (guint i = (guint)value; i < tokens->len; i++)
    {
      VoileToken *t = tok (tokens, i);
      guint j = i;

      if (rota_covered (c, t, line_mentions))
        {
          found++;
          continue;
        }
      if (t->shape == VOILE_SHAPE_LOWER
          && voile_name_token_has_context (c->text, tokens, i, VOILE_CONTEXT_JOIN))
        continue;
      while (j + 1 < tokens->len && j + 1 < i + ROTA_RUN_WORDS && joins_next (tok (tokens, j))
             && tok (tokens, j + 1)->shape == VOILE_SHAPE_CAP
             && !rota_covered (c, tok (tokens, j + 1), line_mentions))
        j++;
      if (line->n_runs == ROTA_RUNS_MAX || !rota_run_may_name (c, tokens, i, j))
        {
          voile_name_rota_end (c, block);
          return;
        }
      VoileRotaRun *run = &line->runs[line->n_runs++];
      run->n = (guint8)(j - i + 1);
      for (guint k = i; k <= j; k++)
        run->words[k - i] = *tok (tokens, k);
      i = j;
    }
  if (found == 0 && line->n_runs == 0)
    {
      voile_name_rota_end (c, block);
      return;
    }
  if (block->n == 0)
    block->first_mention = line_mentions;
  block->n++;
}

void
voile_name_rota_end (VoileNameCollector *c, VoileRotaBlock *block)
{
  if (block->n >= ROTA_LINES_MIN)
    {
      guint last = c->mentions->len;
      /* The names after the tasks' colons (not "Santa" of "Santa's grotto:"). */
      for (guint m = block->first_mention; m < last; m++)
        {
          VoileNameMention *mention = &g_array_index (c->mentions, VoileNameMention, m);
          gboolean in_value = FALSE;
          for (guint i = 0; i < block->n && !in_value; i++)
            in_value = mention->start >= block->lines[i].value_start
                       && (i + 1 == block->n || mention->start < block->lines[i + 1].value_start);
          if (in_value && voile_name_mention_is_bare (mention))
            mention->confidence = CONFIDENCE_LIST;
        }
      for (guint i = 0; i < block->n; i++)
        for (guint k = 0; k < block->lines[i].n_runs; k++)
          {
            VoileRotaRun *run = &block->lines[i].runs[k];
            voile_name_collector_add_person (c, run->words, 0, run->n - 1, 0, CONFIDENCE_LIST,
                                             VOILE_FIELD_NONE);
          }
    }
  block->n = 0;
}
