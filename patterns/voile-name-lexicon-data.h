/* voile-name-lexicon-data.h — the tables compiled from data/names/ at build time.
 *
 * Defined in the generated voile-name-data.c (data/names/compile-name-table.py); read
 * only through voile-name-lexicon.h.
 */
#pragma once

#include <glib.h>

extern const guint voile_name_lexicon_bits;
extern const guint voile_name_context_bits;
extern const gunichar voile_name_fold_first;
extern const gunichar voile_name_fold_last;
/* (24 check bits << 8) | VoileNameFlags; 0 = empty. */
extern const guint32 voile_name_lexicon_slots[];
extern const guint32 voile_name_context_checks[];
extern const guint32 voile_name_context_flags[];
/* ASCII letters (up to two, NUL-terminated) for U+00C0..U+024F; "" when not a letter. */
extern const char voile_name_fold_table[][3];
/* The same for U+1E00..U+1EFF (Vietnamese "ễ", "ị"…), written in three bytes. */
extern const char voile_name_fold_table_ext[256][3];
/* data/names/short-words.txt: two-byte chat words, raw bytes (first | second << 8), and
 * their VoileContextFlags. */
extern const guint64 voile_name_short_word_mask;
extern const guint voile_name_short_word_count;
extern const guint16 voile_name_short_word_bytes[];
extern const guint32 voile_name_short_word_flags[];
/* data/names/brand-endings.txt, longest first, NULL-terminated. */
extern const char *const voile_name_brand_endings[];
/* data/names/public-figures.txt, folded full names in strcmp order. */
extern const guint64 voile_name_public_figure_filter[64];
extern const gsize voile_name_public_figure_count;
extern const char *const voile_name_public_figures[];
/* Context words of class kin, greeting, reach or title, by folded length (up to
 * VOILE_NAME_INTRO_LEN_MAX) and first letter: a bit for each last letter ('a' = bit 0). */
extern const guint32 voile_name_intro_ends[][26];
