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

gsize
voile_name_word_start_before (const char *text, gsize p, gsize max_len)
{
  gsize w;

  if (p < 2 || text[p - 1] != ' ')
    return p;
  for (w = p - 1; w > 0 && p - 1 - w < max_len
                  && (g_ascii_isalpha (text[w - 1]) || (guchar)text[w - 1] >= 0x80);
       w--)
    ;
  return w < p - 1 ? w : p;
}
