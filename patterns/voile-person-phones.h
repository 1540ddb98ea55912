/* voile-person-phones.h — a phone number written right after a person's name.
 *
 * Registers, rosters, line lists and letters of every country write a contact's number
 * straight after the name, bare or in brackets ("CHW Nkandu 0955 330 942", "mon neveu
 * Jimmy (93 28 51)", "Mr. Arun (97877 41230)"), with no phone word: the name found says
 * whose number it is, the digits' grouping that it is a phone's (a national number from
 * its trunk 0, or six to ten digits in pairs, in 3-4, 4-3, 4-4 or 5-5 where numbers have
 * no trunk 0), whatever the country's plan.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* After the name finder: for each PERSON finding, reads the number right after it (a
 * space, or " (" and a closing ")") and inserts a PHONE when its groups have a phone's
 * shape and no finding covers it. findings must be sorted and non-overlapping, and stay
 * so; returns TRUE when it added any. */
gboolean
voile_person_phones_find (const char *text, gsize len, GArray *findings);

/* (session 25, g25-phones) After every phone rule: a national number from its trunk 0 in the
 * very groups and separator of a phone already found in the same text ("0977 418 225" found
 * by its label, "0955 330 942" in a register's cell with no word): a text writes its phones
 * one way. Inserts a PHONE where no finding covers the number; returns TRUE when it added
 * any. */
gboolean
voile_layout_phones_find (const char *text, gsize len, GArray *findings);
G_END_DECLS
