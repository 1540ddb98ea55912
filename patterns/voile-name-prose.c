/* voile-name-prose.c — the sorted word lists the prose rules share (wine words, eponyms' laws).
 *
 * It held a hand list of words of works and history ("novel", "statue", "century") that told
 * prose about public figures; the learned document prior (voile-document-prior.c) replaced it:
 * the list did not carry from one blind set to the next.
 */
#include "voile-name-private.h"

static int
compare_word (const void *key, const void *item)
{
  return strcmp (key, *(const char *const *)item);
}

const char *const *
voile_name_sorted_lookup (const char *const *list, gsize n, const char *word)
{
  return bsearch (word, list, n, sizeof (list[0]), compare_word);
}
