/* voile-form-ids.h — the number fields of a form whose subject is a person found.
 *
 * A booking sheet, a grievance form, a discharge slip, a visitor application: "Name:" or
 * "Inmate:" holds a name the name finder found, and a field of the same block ("SO#:",
 * "FPS No.:", "Prison number:", "ChildView ID:") holds that person's number in the office's
 * system, whatever the trade calls it. The label's words are not known in advance; its
 * shape is (a number's word ending a label, before a colon, in the name's form block).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* After the name finder: for each PERSON finding that is a form field's value ("Label:
 * Name"), reads the fields of its line and of the two after it (a blank
 * line ends the block) whose label ends with a number's word ("no.", "#", "number", "ID",
 * "ref") and names no thing, no identity document and no practitioner, and inserts a
 * CUSTOMER_ID for a value holding four digits or more that no finding covers, in order.
 * findings must be sorted and non-overlapping, and stay so; returns TRUE when it added any. */
gboolean
voile_form_ids_find (const char *text, gsize len, GArray *findings);

G_END_DECLS
