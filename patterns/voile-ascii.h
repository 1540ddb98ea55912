/* voile-ascii.h — ASCII case-insensitive comparison, inlined.
 *
 * The engine compares words with keywords some 100,000 times a megabyte (headers,
 * context words, street and product words), almost always failing at the first byte.
 * g_ascii_strncasecmp() is a library call (through the PLT) doing exactly this loop: the
 * call cost more than the comparison. Same results as g_ascii_strncasecmp(), a NUL byte
 * in either string ending the comparison as there.
 *
 * voile_ascii_word_in() and voile_word_in(): is a word one of a NULL-terminated list's,
 * the loop many detectors wrote for themselves.
 */
#pragma once

#include <glib.h>
#include <string.h>

static inline gint
voile_ascii_strncasecmp (const char *s1, const char *s2, gsize n)
{
  while (n > 0 && *s1 != '\0' && *s2 != '\0')
    {
      gint c1 = (guchar)*s1, c2 = (guchar)*s2;

      c1 += (c1 >= 'A' && c1 <= 'Z') ? 'a' - 'A' : 0;
      c2 += (c2 >= 'A' && c2 <= 'Z') ? 'a' - 'A' : 0;
      if (c1 != c2)
        return c1 - c2;
      s1++;
      s2++;
      n--;
    }
  return n > 0 ? (gint)(guchar)*s1 - (gint)(guchar)*s2 : 0;
}

/* g_ascii_tolower() without the call. */
static inline guchar
voile_ascii_lower (char c)
{
  return (guchar)c + ((c >= 'A' && c <= 'Z') ? 'a' - 'A' : 0);
}

/* Is word[0..n) one of the NULL-terminated list's words, compared without ASCII case? The
 * lists hold no empty word: n == 0 is none (and word[0] may be past a text's end). The
 * first letters first: most words fail there, before strlen() and the comparison. That test
 * sets the bit 0x20 of both bytes rather than lowering each list word's (a branch-free OR):
 * two bytes equal without case are equal so; the few others ('@' and '`') the comparison
 * rules out. */
static inline gboolean
voile_ascii_word_in (const char *word, gsize n, const char *const *list)
{
  if (n == 0)
    return FALSE;
  guchar first = (guchar)word[0] | 0x20;
  for (; *list != NULL; list++)
    if (((guchar)(*list)[0] | 0x20) == first && strlen (*list) == n
        && voile_ascii_strncasecmp (word, *list, n) == 0)
      return TRUE;
  return FALSE;
}

/* Is word[0..n) one of the NULL-terminated list's words, byte for byte (a word already
 * lower-cased, or a list of capitals)? n == 0 is none, as above. */
static inline gboolean
voile_word_in (const char *word, gsize n, const char *const *list)
{
  if (n == 0)
    return FALSE;
  for (; *list != NULL; list++)
    if ((*list)[0] == word[0] && strlen (*list) == n && memcmp (word, *list, n) == 0)
      return TRUE;
  return FALSE;
}
