/* voile-document-prior.h — does a whole text name public or fictional people, or private ones?
 *
 * A learned score (voile-document-prior.c, weights trained by
 * tests/corpus/tools/train-document-prior.py from the annotated corpus): the names finder asks
 * it before dropping names that only the lists or titles support in long prose.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *word; /* lower-cased UTF-8 */
  gint16 weight;    /* times VOILE_DOCUMENT_PRIOR_SCALE; > 0: public people */
} VoileDocumentPriorWord;

/* The text's score: > 0 leans to public or fictional people, < 0 to private ones. Reads at
 * most the first VOILE_DOCUMENT_SCAN_MAX bytes (voile-document-words.h). */
double
voile_document_prior_score (const char *text, gsize len);

/* TRUE when the score clears the trained threshold: the text is about public or fictional
 * people (a review, a match report, a racecard, a history lesson). details: the text holds a
 * contact detail or an identifier, so the bar is higher (a grievance report or an incident
 * report tells of private people in the third person, as a match report does of players). */
gboolean
voile_document_prior_is_public (const char *text, gsize len, gboolean details);

/* The same judgements of a score already computed (a text asked both questions is read once). */
gboolean
voile_document_prior_score_is_public (double score, gboolean details);
gboolean
voile_document_prior_score_is_private (double score);

/* TRUE when the score is under the trained private threshold: the text is surely about
 * private people (a witness statement, a coach's debrief, a family update), so its names
 * need no other support. Only about 1 % of the public texts score so low in the trainer's
 * cross-validation. */
gboolean
voile_document_prior_is_private (const char *text, gsize len);

G_END_DECLS
