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
/* Context words of class kin, greeting or reach, by folded length (up to
 * VOILE_NAME_INTRO_LEN_MAX) and first letter: a bit for each last letter ('a' = bit 0). */
extern const guint32 voile_name_intro_ends[][26];
