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
  "accueil",     "agent",       "assistance", "chauffeur",    "commentaire", "conseiller",
  "conseillere", "hote",        "hotesse",    "internal",     "interne",     "livreur",
  "moderateur",  "moderatrice", "note",       "operateur",    "operatrice",  "sav",
  "standard",    "support",     "technicien", "technicienne", "vendeur",     "vendeuse",
};

/* Is text[s, e) what may open a message's line before its role: nothing, a chat's stamp in
 * square brackets ("[14:04] Agent (Jiyeon):") or a rule of dashes ("--- Note interne
 * (Julien M.) — 14/01/2026 ---")? */
static gboolean
is_header_lead (const char *text, gsize s, gsize e)
{
  if (s == e)
    return TRUE;
  if (e - s > 32)
    return FALSE;
  if (text[s] == '-')
    {
      while (s < e && (text[s] == '-' || text[s] == ' '))
        s++;
      return s == e;
    }
  if (text[s] != '[' || text[e - 1] != ' ')
    return FALSE;
  for (s++; s < e && text[s] != ']'; s++)
    if (!g_ascii_isdigit (text[s]) && strchr (":/.,- APMapm", text[s]) == NULL)
      return FALSE;
  for (s += s < e; s < e; s++)
    if (text[s] != ' ')
      return FALSE;
  return TRUE;
}

/* Does text[p, line_end), after a bracket closing the author's name, go on as a message's
 * header: a colon, or a date after a dash or a comma, one lower-case word allowed before
 * ("(Julien M.) — 14/01/2026", "(Yamamoto) internal, 2026-11-04")? */
static gboolean
header_goes_on (const char *text, gsize p, gsize line_end)
{
  gsize q = p;
  while (q < line_end && text[q] == ' ')
    q++;
  if (q < line_end && text[q] == ':')
    return TRUE;
  if (q < line_end && g_ascii_islower (text[q]))
    {
      while (q < line_end && q - p < 24 && g_ascii_islower (text[q]))
        q++;
    }
  for (guint k = 0; q < line_end && k < 6; k++, q++)
    if (text[q] == ' ' || text[q] == ',' || text[q] == '-' || (guchar)text[q] >= 0x80)
      continue;
    else
      break;
  return q > p && q + 4 < line_end && g_ascii_isdigit (text[q]) && g_ascii_isdigit (text[q + 1])
         && (text[q + 2] == '/' || g_ascii_isdigit (text[q + 2]));
}

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

  /* "Commentaire m.lorant (DSN, appli) - 13/11/2026 11:20 :": a ticket's comment headed by
   * its author's login, then a remark in brackets or the date. */
  if (tokens->len >= 2
      && is_header_lead (text, line_start, g_array_index (tokens, VoileToken, 0).start)
      && is_agent_role (text, &g_array_index (tokens, VoileToken, 0)))
    {
      gsize ls = g_array_index (tokens, VoileToken, 0).end, le;
      if (ls + 1 < line_end && text[ls] == ' ' && g_ascii_islower (text[ls + 1]))
        {
          ls++;
          for (le = ls; le < line_end && le - ls < 32
                        && (g_ascii_islower (text[le]) || g_ascii_isdigit (text[le])
                            || text[le] == '.' || text[le] == '_' || text[le] == '-');
               le++)
            ;
          if (le > ls + 3 && le + 1 < line_end && text[le] == ' '
              && (text[le + 1] == '(' || header_goes_on (text, le, line_end)))
            {
              if (voile_name_add_login (c, ls, le, TRUE)
                  || (voile_name_login_may_be_person (text, ls, le)
                      && voile_name_add_unlisted_login (c, ls, le)))
                return;
            }
        }
    }
  /* The role's words, the last one a role: "Support", "Note agent", "Service client SAV". */
  for (i = 0; i < tokens->len && i < AGENT_ROLE_WORDS_MAX; i++)
    {
      const VoileToken *t = &g_array_index (tokens, VoileToken, i);
      if (t->next_char == '(')
        break;
    }
  if (i >= tokens->len || i >= AGENT_ROLE_WORDS_MAX
      || !is_header_lead (text, line_start, g_array_index (tokens, VoileToken, 0).start)
      || !is_agent_role (text, &g_array_index (tokens, VoileToken, i)))
    return;
  open = i + 1;
  /* "QC note (kpetrova):", "Commentaire (m.lorant) :": a login in lower case. */
  {
    gsize ls = g_array_index (tokens, VoileToken, i).end;
    while (ls < line_end && (text[ls] == ' ' || text[ls] == '('))
      ls++;
    gsize le = ls;
    while (le < line_end && le - ls < 32
           && (g_ascii_islower (text[le]) || g_ascii_isdigit (text[le]) || text[le] == '.'
               || text[le] == '_' || text[le] == '-'))
      le++;
    if (le > ls + 3 && g_ascii_islower (text[ls]) && text[ls - 1] == '(' && le < line_end
        && text[le] == ')' && header_goes_on (text, le + 1, line_end))
      {
        if (!voile_name_add_login (c, ls, le, TRUE)
            && voile_name_login_may_be_person (text, ls, le))
          voile_name_add_unlisted_login (c, ls, le);
        return;
      }
  }
  if (open >= tokens->len)
    return;
  /* The bracket holds one or two capitalised words, then ')' and a colon. */
  const VoileToken *first = &g_array_index (tokens, VoileToken, open);
  if (first->start < 1 || text[first->start - 1] != '(' || first->shape != VOILE_SHAPE_CAP)
    return;
  guint last = open;
  while (last + 1 < tokens->len && last - open + 1 < AGENT_NAME_WORDS_MAX
         && g_array_index (tokens, VoileToken, last).joined
         && (g_array_index (tokens, VoileToken, last + 1).shape == VOILE_SHAPE_CAP
             || g_array_index (tokens, VoileToken, last + 1).shape == VOILE_SHAPE_INITIAL))
    last++;
  gsize p = g_array_index (tokens, VoileToken, last).end;
  /* "(Julien M.)": a given name and an initial */
  if (last > open && p + 1 < line_end && text[p] == '.'
      && g_array_index (tokens, VoileToken, last).end
                 - g_array_index (tokens, VoileToken, last).start
             == 1)
    p++;
  if (p >= line_end || text[p] != ')' || !header_goes_on (text, p + 1, line_end))
    return;
  /* A given name, or a capitalised word in no list; a common word ("bot") or a place is
   * a label. */
  VoileToken *name = &g_array_index (tokens, VoileToken, open);
  voile_token_lookup (text, name);
  guint f = name->name_flags;
  if ((f & VOILE_NAME_PROPER) && !(f & VOILE_NAME_FIRST))
    return;
  /* A surname alone after a header's date ("Agent (Yamamoto) internal, 2026-11-04") */
  if (!(f & VOILE_NAME_FIRST) && f != 0
      && !((f & VOILE_NAME_LAST) && !(f & (VOILE_NAME_WORD | VOILE_NAME_PROPER))))
    return;
  voile_name_collector_add_person (c, (const VoileToken *)(gconstpointer)tokens->data, open, last,
                                   0, CONFIDENCE_CONTEXT, VOILE_FIELD_NONE);
}
