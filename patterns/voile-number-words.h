/* voile-number-words.h — numbers written in words, French and English.
 *
 * Transcripts (voicemails, meeting auto-transcripts, dictations) spell numbers out:
 * "zéro six, douze, trente-quatre", "oh eight seven three", "mille deux cents euros",
 * "twelfth of january". The detectors of such spans (voile-spoken.c) read the words here,
 * in one place for both languages. Case-insensitive; no allocation; never reads past len.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  VOILE_NUMBER_LANG_FR = 1 << 0,
  VOILE_NUMBER_LANG_EN = 1 << 1,
} VoileNumberLang;

/* The languages (VoileNumberLang bits) in which the word at pos is a number word ("six":
 * both, "douze": French, "oh": English), 0 when it is none. *end: the word's end. */
guint
voile_number_word_langs (const char *text, gsize len, gsize pos, gsize *end);

/* A cardinal number at pos, 0 to 999 999, in one language: "quarante-deux", "vingt et un",
 * "quatre-vingt-dix-huit", "mille deux cents", "twelve hundred", "two hundred and fifty".
 * Returns the end of its last word, 0 when no number starts at pos. */
gsize
voile_number_words_cardinal (const char *text, gsize len, gsize pos, VoileNumberLang lang,
                             guint *value);

/* An English ordinal day, 1 to 31: "first", "twelfth", "twenty-first", "thirty first". */
gsize
voile_number_words_ordinal_en (const char *text, gsize len, gsize pos, guint *value);

/* Digits spoken one group at a time, as phone numbers and postcodes are read: "zéro six,
 * douze, trente-quatre", "oh eight seven, double five", "06 douze 34" (digit runs mixed in).
 * Groups are separated by blanks, commas, dots or dashes, on one line. Writes the digits to
 * digits (NUL-terminated; at most size - 1 of them: a longer run returns 0) and the number
 * of groups spoken in words to *n_words. Returns the end of the last group, 0 when none. */
gsize
voile_number_words_digits (const char *text, gsize len, gsize pos, VoileNumberLang lang,
                           char *digits, gsize size, guint *n_words);

/* Words as these functions read them: ASCII letters and the Latin letters of UTF-8 ("é",
 * "œ"); punctuation, symbols and other scripts end them. The bytes of the letter at pos (0:
 * none), the end of the word at pos, the start of the word that ends at end (end: none). */
static inline gsize
voile_number_words_letter_len (const char *text, gsize len, gsize pos)
{
  guchar c = (guchar)text[pos];
  if (g_ascii_isalpha (c))
    return 1;
  /* "é", "œ": C3 and C5 sequences; "…", "’", a no-break space, "⟧" end a word */
  if ((c == 0xC3 || c == 0xC5) && pos + 1 < len && ((guchar)text[pos + 1] & 0xC0) == 0x80)
    return 2;
  return 0;
}
gsize
voile_number_words_word_end (const char *text, gsize len, gsize pos);
gsize
voile_number_words_word_start (const char *text, gsize end);

/* What separates two groups of spoken digits: blanks and at most one comma, dot, dash or
 * semicolon, on one line. The position after it (0 when there is none at pos), or before it
 * (pos when there is none). */
gsize
voile_number_words_separator_after (const char *text, gsize len, gsize pos);
gsize
voile_number_words_separator_before (const char *text, gsize pos);

G_END_DECLS
