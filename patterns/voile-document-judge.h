/* voile-document-judge.h — is a whole text about no person? Its weak findings go then.
 *
 * A learned score (voile-document-judge.c, weights trained by
 * tests/corpus/tools/train-document-judge.py from the annotated corpus and the seen held-out
 * sets) over the words a text uses and what the engine found in it.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Drops the findings that are weak in a text judged about no person (findings: sorted, of
 * VoileFinding). TRUE when it dropped any. */
gboolean
voile_document_judge_apply (const char *text, gsize len, GArray *findings);

/* The text's score (> 0 leans to about no person) given what the engine found in it. Reads at
 * most the first VOILE_DOCUMENT_SCAN_MAX bytes. */
double
voile_document_judge_score (const char *text, gsize len, GArray *findings);

/* The training dump tool scans with the judge off (the trainer decides what it would drop);
 * on by default. Not thread-safe: call before any scan. */
void
voile_document_judge_set_enabled (gboolean enabled);

G_END_DECLS
