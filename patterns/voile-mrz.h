/* voile-mrz.h — machine-readable zones of passports, identity cards and visas (ICAO 9303).
 *
 * The two or three lines of capitals, digits and '<' at the foot of a passport's photo
 * page or the back of an identity card hold the holder's name, the document's number and
 * the dates of birth and expiry, each number with its check digit. They reach a clipboard
 * from OCR, hotel and airline check-in logs, KYC tickets and consulates' e-mails.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A span of the text; start == end when the field is empty. */
typedef struct
{
  gsize start;
  gsize end;
} VoileMrzSpan;

typedef struct
{
  VoileMrzSpan document; /* its number, fillers cut */
  VoileMrzSpan birth;    /* YYMMDD */
  VoileMrzSpan expiry;   /* YYMMDD; empty when the zone has none (France's old card) */
  VoileMrzSpan surname;  /* "DUPONT", "DE<LA<CRUZ" */
  VoileMrzSpan given;    /* "MARIE<CLAIRE"; may be empty */
} VoileMrz;

/* Does a machine-readable zone open at text[line_start] (its first line, leading spaces
 * skipped)? On TRUE, fills mrz and sets *zone_end to the end of its last line. The lines'
 * lengths and the check digits of the document number and the birth date decide. */
gboolean
voile_mrz_read (const char *text, gsize len, gsize line_start, VoileMrz *mrz, gsize *zone_end);

/* A cheap test of one line: could it be the first line of a zone? (length and first
 * bytes) */
gboolean
voile_mrz_may_open (const char *text, gsize line_start, gsize line_end);

/* Adds the ID_DOCUMENT, DATE_OF_BIRTH and DATE findings of every zone of the text (types
 * in type_mask), replacing what other rules found inside its lines. TRUE when any was
 * added (findings then need their overlaps resolved). */
gboolean
voile_mrz_find (const char *text, gsize len, guint32 type_mask, GArray *findings);

G_END_DECLS
