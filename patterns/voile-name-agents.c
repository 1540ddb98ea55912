/* voile-name-agents.c — the agent named in brackets after a role in a support chat.
 *
 * French support chats and call notes copied from an app or a help desk head each message
 * with the role first and the agent's given name in brackets ("Support (Ravi) : Bonjour
 * Jade", "Note agent (Jordan) : rappelée le 20/11", "Conseillère (Inès) :"). The name in
 * brackets is the person who wrote, often a given name that is also a word or a place, so
 * the lists alone would not take it. A bot's label ("Support (bot) :", "Agent (IA) :") is a
 * common word and stays unmarked.
 */
#include "voile-name-private.h"

/* Roles heading a message, folded like names (lower case, no accents), sorted. */
static const char *const agent_roles[] = {
  "accueil",  "agent",   "assistance", "chauffeur",    "conseiller", "conseillere", "hote",
  "hotesse",  "livreur", "moderateur", "moderatrice",  "operateur",  "operatrice",  "sav",
  "standard", "support", "technicien", "technicienne", "vendeur",    "vendeuse",
};

#define AGENT_ROLE_WORDS_MAX 3
#define AGENT_NAME_WORDS_MAX 2

static gboolean
is_agent_role (const char *text, const VoileToken *t)
{
  char key[VOILE_NAME_KEY_MAX];
  gsize len;

  if (!voile_name_fold (text + t->start, t->end - t->start, key, &len) || len >= sizeof key)
    return FALSE;
  key[len] = '\0';
  return voile_name_sorted_lookup (agent_roles, G_N_ELEMENTS (agent_roles), key) != NULL;
}

void
voile_name_find_agent_header (VoileNameCollector *c, GArray *tokens, gsize line_start,
                              gsize line_end)
{
  const char *text = c->text;
  guint i, open;

  /* The role's words, the last one a role: "Support", "Note agent", "Service client SAV". */
  for (i = 0; i < tokens->len && i < AGENT_ROLE_WORDS_MAX; i++)
    {
      const VoileToken *t = &g_array_index (tokens, VoileToken, i);
      if (t->next_char == '(')
        break;
    }
  if (i + 1 >= tokens->len || i >= AGENT_ROLE_WORDS_MAX
      || g_array_index (tokens, VoileToken, 0).start != line_start
      || !is_agent_role (text, &g_array_index (tokens, VoileToken, i)))
    return;
  open = i + 1;
  /* The bracket holds one or two capitalised words, then ')' and a colon. */
  const VoileToken *first = &g_array_index (tokens, VoileToken, open);
  if (first->start < 1 || text[first->start - 1] != '(' || first->shape != VOILE_SHAPE_CAP)
    return;
  guint last = open;
  while (last + 1 < tokens->len && last - open + 1 < AGENT_NAME_WORDS_MAX
         && g_array_index (tokens, VoileToken, last).joined
         && g_array_index (tokens, VoileToken, last + 1).shape == VOILE_SHAPE_CAP)
    last++;
  gsize p = g_array_index (tokens, VoileToken, last).end;
  if (p >= line_end || text[p] != ')')
    return;
  for (p++; p < line_end && (text[p] == ' ' || text[p] == '\t'); p++)
    ;
  if (p >= line_end || text[p] != ':')
    return;
  /* A given name, or a capitalised word in no list; a common word ("bot") or a place is
   * a label. */
  VoileToken *name = &g_array_index (tokens, VoileToken, open);
  voile_token_lookup (text, name);
  guint f = name->name_flags;
  if ((f & VOILE_NAME_PROPER) && !(f & VOILE_NAME_FIRST))
    return;
  if (!(f & VOILE_NAME_FIRST) && f != 0)
    return;
  voile_name_collector_add_person (c, (const VoileToken *)(gconstpointer)tokens->data, open, last,
                                   0, CONFIDENCE_CONTEXT, VOILE_FIELD_NONE);
}
