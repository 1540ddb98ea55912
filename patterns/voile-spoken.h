/* voile-spoken.h — personal data spoken in words, as transcripts write it.
 *
 * Voicemail transcriptions, meeting auto-transcripts and dictated notes spell numbers out:
 * "six one four, five five five, zero one six nine", "zéro six, douze, trente-quatre…",
 * "mille deux cents euros", "the twelfth of January", "quarante-deux rue de la Mouzaïa",
 * "soixante-quinze zéro dix-neuf Paris". These are the match functions and prefilters of
 * the rule table's "spoken" rows (voile-rules.c); the words are read by
 * voile-number-words.c.
 */
#pragma once

#include "voile-rules.h"

G_BEGIN_DECLS

/* KEYWORD anchor at a digit word: a phone number read group by group (French or English,
 * digit runs mixed in). */
gboolean
voile_spoken_phone (VoileCandidate *c);

/* KEYWORD anchor at a digit word: a customer's reference read out after its lead-in
 * ("my account number is four five two…", "numéro de dossier : vingt-trois, quarante…"). */
gboolean
voile_spoken_reference (VoileCandidate *c);

/* KEYWORD anchor at a French number word: a postcode read in words and its city
 * ("soixante-quinze zéro dix-neuf Paris"). */
gboolean
voile_spoken_postcode_fr (VoileCandidate *c);

/* KEYWORD anchor at "euro(s)": a French sum in words before it ("mille deux cents euros").
 * English sums in words are slang more often than not ("two grand", "eleven hundred
 * quid") and are left alone, as the corpora leave them. */
gboolean
voile_spoken_amount_fr (VoileCandidate *c);

/* KEYWORD anchor at an English month: a day in words before or after it ("twelfth of
 * january", "March third"), and a year after, in digits or words. */
gboolean
voile_spoken_date_en (VoileCandidate *c);

/* Prefilter of the phone and postcode rules: two spoken groups in a row at the anchor. */
gboolean
voile_spoken_groups_prefilter (const char *text, gsize len, gsize anchor, gsize end);

/* KEYWORD anchor at "at" or "arobase": an e-mail address read out ("john dot smith at gmail
 * dot com", "marie point dupont arobase orange point fr"). */
gboolean
voile_spoken_email (VoileCandidate *c);
/* Its prefilter: a word then " dot " / " point ", or a written domain, after the anchor. */
gboolean
voile_spoken_email_prefilter (const char *text, gsize len, gsize anchor, gsize end);

/* Prefilters of the street rules: a house number in words at the anchor, then (French) a
 * street type or (English) a capitalised word. */
gboolean
voile_spoken_street_fr_prefilter (const char *text, gsize len, gsize anchor, gsize end);
gboolean
voile_spoken_street_en_prefilter (const char *text, gsize len, gsize anchor, gsize end);

/* (g18-ids2) DIGIT anchor at a single digit: a number spelled one digit at a time ("6 0 0 2
 * 9 1 7 3", a capital letter before it taken in: "Z 4 7 1 8 2 9 3"), after a customer's
 * reference's words or an identity document's, on its line or in the question the line
 * before asks. */
gboolean
voile_spelled_reference (VoileCandidate *c);
gboolean
voile_spelled_document (VoileCandidate *c);

G_END_DECLS
