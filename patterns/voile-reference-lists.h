/* voile-reference-lists.h — the other references of a list after one that was found.
 *
 * "candidate IDs: 48820193004, 48820193117, 48820194552", "licences 5301772 A / 5301773 B",
 * "passports 19AB12345 and 21CD67890": the label names the first value only, the ones after
 * it have its shape.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* findings: GArray of VoileFinding, sorted and non-overlapping. Appends a finding of the
 * same type for each value that follows a CUSTOMER_ID or an ID_DOCUMENT finding on its line,
 * parted from it by a list's separator (",", "/", "&", "and", "et", "or", "ou") and written
 * with the same shape (letters, digits and signs at the same places). Returns TRUE when it
 * appended any (the caller sorts and resolves overlaps). */
gboolean
voile_reference_lists_extend (const char *text, gsize len, GArray *findings);

G_END_DECLS
