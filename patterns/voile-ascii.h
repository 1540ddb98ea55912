/* voile-ascii.h — ASCII case-insensitive comparison, inlined.
 *
 * The engine compares words with keywords some 100,000 times a megabyte (headers,
 * context words, street and product words), almost always failing at the first byte.
 * g_ascii_strncasecmp() is a library call (through the PLT) doing exactly this loop: the
 * call cost more than the comparison. Same results as g_ascii_strncasecmp(), a NUL byte
 * in either string ending the comparison as there.
 */
#pragma once

#include <glib.h>

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
