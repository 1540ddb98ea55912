/* voile-tables.h — what a table's column header says about its cells.
 *
 * CRM exports and spreadsheets pasted as CSV, TSV or Markdown name their columns once:
 * "Date de naissance", "N° adhérent", "SIREN". A date under "dob" is a date of birth, a
 * bare 9-digit number under "SIREN" is a SIREN although no context word sits next to it.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* findings: GArray of VoileFinding, sorted and non-overlapping. Converts DATE findings in
 * birth-date columns to DATE_OF_BIRTH, and appends findings for cells of identifier
 * columns that hold none yet (the caller sorts and resolves overlaps afterwards). */
void
voile_tables_apply (const char *text, gsize len, guint32 type_mask, GArray *findings);

/* After the name finder: a delimited table whose header has a number's column ("FRNSW no.",
 * "Réf.") the first pass left (no header names the rows' people) and another column most of
 * whose cells (two thirds, three rows at least) are whole PERSON findings: the rows are
 * people, the number column's values are their references (CUSTOMER_ID). findings must be
 * sorted; new ones are appended. */
void
voile_tables_person_id_columns (const char *text, gsize len, GArray *findings);
/* (g21-tables) a people's table's columns of references, told by their cells' shape */
void
voile_tables_person_shape_columns (const char *text, gsize len, GArray *findings);
/* (g22-tables) json-person-id after the name finder: the "id" of a JSON object whose own
 * "name" key holds a whole name found ("parties": [{"id": 55021, "role": …, "name": "Lim
 * Chee Keong"}]); the first `sorted` findings are sorted, new ones appended (inserted in order when
 * in_order, findings holding no more than those) */
void
voile_tables_json_person_ids (const char *text, gsize len, GArray *findings, guint sorted,
                              gboolean in_order);

/* Converts a DATE to DATE_OF_BIRTH when a birth keyword ("date de naissance", "DOB",
 * "born"…) precedes it closely with no other date in between (an answer on the line after
 * a question, a form with dot leaders). */
void
voile_tables_promote_birth_dates (const char *text, gsize len, GArray *findings);

/* (session 20) A whole date written right after a person's name in a list of people
 * ("VERCHÈRE Mathéo 14/02/2003 CNI …", "née TIXIER, 11/12/1959"), at least sixteen years
 * before the text's newest date: the person's birth date. Run after the names are found. */
void
voile_tables_promote_dates_after_names (const char *text, gsize len, GArray *findings);

/* Adds the street line of an address block: the line above a "postcode City" line, or
 * the words before ", postcode City", when it reads like one ("La Grange Neuve", "Lieu-dit
 * Kerhuel", "Unit 4, Canal Side Works", "3 hent Kerjégu"). findings must be sorted; new
 * ones are appended. */
void
voile_tables_complete_addresses (const char *text, gsize len, GArray *findings);

/* Does a table's header cell name a column of a catalogue or an inventory ("prix",
 * "price_gbp", "Stock", "SKU", "Quantité", "couleur", "size")? Then the table's "nom"/"name"
 * column names products ("Charlotte" potatoes, a "Louise" dress) and its bare "ref" column
 * product references. */
/* Does a labelled field's value ("Home address: Flat 11, Weavers Court") read as an
 * address rather than code or a placeholder? */
gboolean
voile_tables_value_is_address (const char *value, gsize len);

gboolean
voile_tables_header_is_product (const char *cell, gsize len);

/* Does text[start..end) hold an odd number of double quotes? Then a quoted cell of a CSV
 * row goes on to the next line (Google Contacts' "Address 1 - Formatted"), or ends there. */
gboolean
voile_tables_odd_quotes (const char *text, gsize start, gsize end);

/* Does the stretch of the line before pos (from on, up to a JSON object's start) name an
 * animal ("Date of birth (pet):", "\"species\":\"cat\",…,\"dob\":")? Then a birth date
 * there is a pet's, no person's. */
gboolean
voile_tables_birth_of_animal (const char *text, gsize from, gsize pos);

G_END_DECLS
