/* voile-name-forge.c — the accounts acting on a GitHub or GitLab issue or pull request.
 *
 * A timeline copied from a code forge heads each event with the account that made it,
 * then the event's verb: "thanh-nguyen-vn wants to merge 7 commits into main",
 * "sophie-mueller reviewed on Nov 20, 2026", "**bartosz-kaminski** commented",
 * "lindqvist-e approved these changes". Forge accounts are hyphenated slugs, which the
 * login rules read as a repository's words ("ledger-tools") unless something says that a
 * person stands there: the verb does. The account is a person when it spells a name,
 * a given name or a surname with an initial included ("marta-s", "lindqvist-e").
 */
#include "voile-name-private.h"

#define FORGE_HANDLE_MAX 40
#define FORGE_LINE_MAX 120

/* The verbs of a forge timeline's events, after the account that made them; looked up by
 * their first letter (one test for most lines). */
static const char *const forge_verbs[] = {
  "approved", "closed",   "commented", "force-pushed", "merged",        "opened",
  "pushed",   "reopened", "requested", "reviewed",     "self-assigned", "wants",
};

static gboolean
forge_verb_at (const char *text, gsize p, gsize line_end)
{
  if (p >= line_end || strchr ("acfmoprsw", text[p]) == NULL)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (forge_verbs); k++)
    {
      gsize n = strlen (forge_verbs[k]);
      if (forge_verbs[k][0] == text[p] && p + n <= line_end
          && memcmp (text + p, forge_verbs[k], n) == 0
          && (p + n == line_end || text[p + n] == ' ' || text[p + n] == '\r'))
        return TRUE;
    }
  return FALSE;
}

/* "marta-s", "holmberg-k", "lindqvist-e": a given name, a surname or a name in no list,
 * then the other name's initial; the login rules leave such a hyphenated pair to
 * repositories ("ghazal-m"). */
static gboolean
name_and_initial (const char *text, gsize s, gsize e)
{
  gsize n = e - s;
  if (n < 5 || text[e - 2] != '-' || !g_ascii_islower (text[e - 1]))
    return FALSE;
  for (gsize k = s; k < e - 2; k++)
    if (!(g_ascii_islower (text[k]) || (guchar)text[k] >= 0x80))
      return FALSE;
  guint f = voile_name_lookup_word (text + s, n - 2);
  if (f == 0)
    return n - 2 >= 5;
  return (f & (VOILE_NAME_FIRST | VOILE_NAME_LAST)) && !(f & (VOILE_NAME_WORD | VOILE_NAME_PROPER));
}

void
voile_name_find_forge_actor (VoileNameCollector *c, gsize line_start, gsize line_end)
{
  const char *text = c->text;
  gsize s = line_start;

  /* An event line is short; prose is read by the other rules. */
  if (line_end - line_start > FORGE_LINE_MAX)
    return;
  /* "**bartosz-kaminski** commented": bold in a Markdown copy. */
  if (s + 2 < line_end && text[s] == '*' && text[s + 1] == '*')
    s += 2;
  if (s >= line_end || !g_ascii_islower (text[s]))
    return;
  /* A hyphen or an underscore: a prose sentence opens on a word ("team approved it"). */
  gsize e = s;
  gboolean joined = FALSE;
  while (e < line_end && e - s <= FORGE_HANDLE_MAX
         && (g_ascii_isalnum (text[e]) || text[e] == '-' || text[e] == '_'))
    {
      joined |= text[e] == '-' || text[e] == '_';
      e++;
    }
  gsize v = e;
  if (v + 1 < line_end && text[v] == '*' && text[v + 1] == '*')
    v += 2;
  if (!joined || e - s < 3 || e - s > FORGE_HANDLE_MAX || v >= line_end || text[v] != ' '
      || !forge_verb_at (text, v + 1, line_end))
    return;
  if (!voile_name_add_login (c, s, e, TRUE) && name_and_initial (text, s, e))
    voile_name_add_unlisted_login (c, s, e);
}
