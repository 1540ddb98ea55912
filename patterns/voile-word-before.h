/* voile-word-before.h — the word that ends at a position, read back a bounded number of bytes.
 *
 * Many checks ask "is a word of this list just before p" ("Dr" before a name, "loi du" before
 * a date, "were" before a price). Each used to read the bytes back with its own loop, its own
 * stop characters and, at times, no bound at all. These helpers read back at most the number
 * of bytes a caller gives: a text of one long line must not make a check read it whole.
 * Inline, as voile-ascii.h: some callers run at every candidate of a frequent rule.
 *
 * A word ends at the given position (blanks before it are the caller's to skip, with
 * voile_run_start()). What belongs to a word is either a class of bytes (VoileWordBytes) or
 * any byte but a caller's stop characters (voile_token_start()).
 */
#pragma once

#include "voile-ascii.h"

#include <glib.h>
#include <string.h>

typedef enum
{
  VOILE_WORD_ASCII = 0,            /* ASCII letters only */
  VOILE_WORD_UTF8 = 1 << 0,        /* bytes of UTF-8 sequences too ("décret", "maître") */
  VOILE_WORD_DOTS = 1 << 1,        /* dots too ("c.", "Dr.") */
  VOILE_WORD_APOSTROPHES = 1 << 2, /* apostrophes too ("d'ici", "jusqu'au") */
  VOILE_WORD_SLASHES = 1 << 3,     /* slashes too ("p/n", "y/o") */
} VoileWordBytes;

static inline gboolean
voile_word_byte (guchar c, VoileWordBytes bytes_)
{
  return g_ascii_isalpha (c) || ((bytes_ & VOILE_WORD_UTF8) && c >= 0x80)
         || ((bytes_ & VOILE_WORD_DOTS) && c == '.')
         || ((bytes_ & VOILE_WORD_APOSTROPHES) && c == '\'')
         || ((bytes_ & VOILE_WORD_SLASHES) && c == '/');
}

/* Is c one of set's bytes (a NUL-terminated set; a NUL byte of the text is in none)? A loop,
 * not strchr(): on a set written in the call it unrolls into a compare or two. */
static inline gboolean
voile_byte_in_set (guchar c, const char *set)
{
  for (; *set != '\0'; set++)
    if ((guchar)*set == c)
      return TRUE;
  return FALSE;
}

/* The start of the run of word bytes (bytes_) ending at end, at most most bytes long (a
 * longer run gives its last most bytes). end when there is none. */
static inline gsize
voile_word_start (const char *t, gsize end, gsize most, VoileWordBytes bytes_)
{
  gsize s = end;
  while (s > 0 && end - s < most && voile_word_byte ((guchar)t[s - 1], bytes_))
    s--;
  return s;
}

/* The start of the run of bytes that are none of stops ending at end, at most most bytes
 * long: a token is what stands between its stops ("Dr." and "sage-femme" after a blank). */
static inline gsize
voile_token_start (const char *t, gsize end, gsize most, const char *stops)
{
  gsize s = end;
  while (s > 0 && end - s < most && !voile_byte_in_set ((guchar)t[s - 1], stops))
    s--;
  return s;
}

/* The start of the run of set's bytes (" " for blanks, " \n" with line breaks) ending at
 * end, at most most bytes long. */
static inline gsize
voile_run_start (const char *t, gsize end, gsize most, const char *set)
{
  gsize s = end;
  while (s > 0 && end - s < most && voile_byte_in_set ((guchar)t[s - 1], set))
    s--;
  return s;
}

/* Is the word of bytes_ that ends at end, read back at most most bytes, one of list's (ASCII
 * case folded), standing alone: no ASCII letter or digit glued before it ("3was", or a
 * longer word the bound cut)? */
static inline gboolean
voile_word_before_in (const char *t, gsize end, gsize most, VoileWordBytes bytes_,
                      const char *const *list)
{
  gsize s = voile_word_start (t, end, most, bytes_);
  if (s == end || (s > 0 && g_ascii_isalnum (t[s - 1])))
    return FALSE;
  return voile_ascii_word_in (t + s, end - s, list);
}
