/* corpus-markup.h — the inline annotation format of the engine corpus.
 *
 * An annotated text marks each expected finding as ⟦TYPE|value⟧ (U+27E6 … U+27E7).
 * Parsing strips the markers and gives the raw text plus the byte span of every mark in it.
 */
#pragma once

#include <glib.h>

#include "voile-types.h"

G_BEGIN_DECLS

typedef struct
{
  VoileType type;
  gsize start; /* byte offset into the raw (stripped) text */
  gsize end;   /* exclusive */
} CorpusSpan;

#define CORPUS_MARK_OPEN "\xe2\x9f\xa6"  /* ⟦ U+27E6 */
#define CORPUS_MARK_CLOSE "\xe2\x9f\xa7" /* ⟧ U+27E7 */

/* Returns the raw text (markers stripped) and fills spans (of CorpusSpan, in text order).
 * NULL with error set on malformed markup: unclosed or nested mark, missing '|', unknown
 * type, empty value, stray closing mark. */
char *
corpus_markup_parse (const char *annotated, gsize len, GArray *spans, gsize *out_len,
                     GError **error);

/* Appends to paths (of char *, owned) every .txt file under dir, in any subfolder, in the
 * order the file system lists them. FALSE when dir cannot be read. */
gboolean
corpus_collect_texts (const char *dir, GPtrArray *paths);

G_END_DECLS
