/* voile-birth-ids.h — a date the identity number beside it was built from.
 *
 * A French NIR starts with the sex, then the year and the month of birth ("2 29 01 49 007
 * 251 09": born in January 1929); South Africa's identity number with the birth date
 * itself ("680715…"). A date on the same line whose month and year are the number's is
 * that person's date of birth, whatever the layout: a headerless CSV row
 * "LEBRETON;Jacqueline;12/01/1929;2 29 01 49 007 251 09".
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* findings: GArray of VoileFinding, sorted and non-overlapping; findings[i] an FR_NIR or an
 * ID_DOCUMENT (others are left). Converts the DATE findings on its line in place; their
 * spans do not change. Called from the birth dates' pass, which visits every finding. */
void
voile_birth_ids_promote_at (const char *text, gsize len, GArray *findings, guint i);

G_END_DECLS
