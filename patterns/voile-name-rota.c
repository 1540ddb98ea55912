/* voile-name-rota.c — rotas: consecutive "task: person" lines.
 *
 * "Tea urn: Siobhán", "Raffle table: Declan Fahy", "Car park (11–1): Gerry Twomey and Aoife",
 * "Siobhán Kelly – teas": a volunteer rota or a duty list names people beside a task, one
 * line each. Each name alone
 * is bare (the lists found it, no context word), so a long e-mail holding the rota would
 * drop them as general prose; three such lines or more in a row say the text is about
 * people.
 */
#include "voile-name-rota.h"

const guint8 voile_name_rota_separator_bytes[256]
    = { [':'] = 1, ['-'] = 1, ['('] = 1, [')'] = 1, [0xe2] = 1 };

/* Longest list of names on a line, in words. */
#define ROTA_NAME_WORDS_MAX 10

/* Longest task or name before the separator, in bytes and in words ("Car park (11–1)",
 * "Float and cash box"). */
#define ROTA_TASK_MAX 40

/* Where the line's separator of task and person is ("Tea urn: Siobhán", "Car park (9–11):
 * Gerry", "Raffle – Declan Fahy", "Siobhán Kelly - teas"): the index of the first word after
 * it, or -1. A colon followed by a space, or a dash between spaces, after one of the line's
 * first words (read from the words, not the bytes: most lines have none). */
static gint
rota_separator (VoileNameCollector *c, GArray *tokens, gsize line_start, gsize line_end)
{
  const char *text = c->text;
  gsize end = MIN (line_end, line_start + ROTA_TASK_MAX);
  const VoileToken *words = (const VoileToken *)(gconstpointer)tokens->data;
  guint n = tokens->len;

  guint limit = n >= 2 ? MIN (n - 1, ROTA_TASK_WORDS) : 0;

  for (guint i = 0; i < limit; i++)
    {
      const VoileToken *t = &words[i];
      gsize q = t->end;

      if (!voile_name_rota_separator_bytes[(guchar)t->next_char])
        continue;
      if (q >= end)
        return -1;
      if (t->next_char == '(')
        {
          /* "Car park (9–11):": the task's hours */
          const char *close = memchr (text + q, ')', end - q);
          if (close == NULL)
            continue;
          q = (gsize)(close - text);
        }
      while (q < line_end && (text[q] == ' ' || text[q] == ')'))
        q++;
      if (q + 1 >= line_end)
        return -1;
      if ((text[q] == ':' && text[q + 1] == ' ')
          || (text[q] == '-' && text[q - 1] == ' ' && text[q + 1] == ' ')
          || (q + 3 < line_end && text[q] == '\xe2' && text[q - 1] == ' ' && text[q + 1] == '\x80'
              && (text[q + 2] == '\x93' || text[q + 2] == '\x94') && text[q + 3] == ' '))
        return (gint)i + 1;
    }
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

/* Are tokens[from..to) only names: found ones, runs of capitalised words that may be a
 * name ("Paudie Mulcahy", a lone given name "Siobhán"), and joining words ("and", "et")?
 * The runs not found yet go to line. */
static gboolean
rota_names (VoileNameCollector *c, GArray *tokens, guint from, guint to, guint line_mentions,
            VoileRotaLine *line)
{
  guint found = 0;

  line->n_runs = 0;
  if (to <= from || to - from > ROTA_NAME_WORDS_MAX)
    return FALSE;
  for (guint i = from; i < to; i++)
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
      while (j + 1 < to && j + 1 < i + ROTA_RUN_WORDS && joins_next (tok (tokens, j))
             && tok (tokens, j + 1)->shape == VOILE_SHAPE_CAP
             && !rota_covered (c, tok (tokens, j + 1), line_mentions))
        j++;
      if (line->n_runs == ROTA_RUNS_MAX || !rota_run_may_name (c, tokens, i, j))
        return FALSE;
      VoileRotaRun *run = &line->runs[line->n_runs++];
      run->n = (guint8)(j - i + 1);
      for (guint k = i; k <= j; k++)
        run->words[k - i] = *tok (tokens, k);
      i = j;
    }
  if (found == 0 && line->n_runs == 0)
    return FALSE;
  line->names_start = tok (tokens, from)->start;
  line->names_end = tok (tokens, to - 1)->end;
  return TRUE;
}

/* Does a lower-case word follow tokens[from]'s start? */
static gboolean
rota_lower_after (GArray *tokens, guint from)
{
  for (guint i = from; i < tokens->len; i++)
    if (tok (tokens, i)->shape == VOILE_SHAPE_LOWER)
      return TRUE;
  return FALSE;
}

void
voile_name_rota_add_line (VoileNameCollector *c, VoileRotaBlock *block, GArray *tokens,
                          gsize line_start, gsize line_end, guint line_mentions)
{
  gint sep = rota_separator (c, tokens, line_start, line_end);
  VoileRotaLine *line;

  if (sep < 0 || block->n == ROTA_LINES_MAX)
    {
      if (block->n > 0)
        voile_name_rota_end (c, block);
      return;
    }
  line = &block->lines[block->n];
  /* The task first ("Tea urn: Siobhán"), or the person then a task in lower case
   * ("Siobhán Kelly: teas"; "Jane Austen – Emma" in a reading list names a work). */
  if (!rota_names (c, tokens, (guint)sep, tokens->len, line_mentions, line)
      && !(rota_lower_after (tokens, (guint)sep)
           && rota_names (c, tokens, 0, (guint)sep, line_mentions, line)))
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
      /* The names beside the tasks (not "Santa" of "Santa's grotto:"). */
      for (guint m = block->first_mention; m < last; m++)
        {
          VoileNameMention *mention = &g_array_index (c->mentions, VoileNameMention, m);
          gboolean in_names = FALSE;
          for (guint i = 0; i < block->n && !in_names; i++)
            in_names = mention->start >= block->lines[i].names_start
                       && mention->end <= block->lines[i].names_end;
          if (in_names && voile_name_mention_is_bare (mention))
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
