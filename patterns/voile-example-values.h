/* voile-example-values.h — values a document says are no one's.
 *
 * A validator's fixture ("every line must be REJECTED by validate()", "Toutes les valeurs
 * ci-dessous sont FAUSSES", "ALL INVALID on purpose", "None of these is a real person's
 * data"), a schema's example (`example: "1970-01-01"` under a birth key), a period of years
 * ("registre matricule (1867-1921)"), a versioned document's own reference ("Policy
 * HR-ER-03, version 6"), a processor's test card and a template's sample in brackets
 * ("Courriel : [adresse@exemple.fr]") name no person: the references and birth dates the context
 * read there are examples, periods and documents. Read from the text's own structure: a declaration
 * in the text's opening lines, a schema's key, the value's own shape and what follows it.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Does one of the text's opening lines (the first eight, at most 1 KB) declare its values
 * fictitious, fake or invalid on purpose? */
gboolean
voile_example_values_declared (const char *text, gsize len);

/* Does the text date what it tells by at least four distinct years before 1950, as prose writes
 * them ("en 1923", "from 1864", "(1802-1885)")? A history's people are the past's. Reads the
 * first 64 KB. */
gboolean
voile_example_values_tells_history (const char *text, gsize len);

/* Is the e-mail address t[0, n) a template's or a manual's sample: its local part only
 * placeholder words ("prenom.nom@…", "firstname.lastname@…", "name@…") or the placeholder
 * person "john.doe" / "jane.doe" / "jdoe"? */
gboolean
voile_example_values_placeholder_mailbox (const char *t, gsize n);

/* Is the SECRET finding t[start, end) a JSON object's key (a quoted string its colon follows)
 * or a key and its value read as one (a pair's separator inside)? Reads at most 4 bytes after
 * end. */
gboolean
voile_example_values_json_key (const char *t, gsize len, gsize start, gsize end);

/* Is v[0, n) one sign repeated (n >= 1)? A placeholder's value ("xxxxxxxx", "0000"). */
gboolean
voile_example_values_one_sign (const char *v, gsize n);

/* Is the SECRET t[0, n) a manual's example key ("EXAMPLE" in capitals inside) or a
 * placeholder for one (its tail after its prefix one sign repeated, twelve times at least)? */
gboolean
voile_example_values_secret (const char *t, gsize n);

/* findings: GArray of VoileFinding, sorted and non-overlapping. Drops the CUSTOMER_ID and
 * ID_DOCUMENT findings of a declared document, periods of years, processors' test cards and
 * versioned documents' references, and a template's samples (a value filling a bracket after a
 * label, among blanks named in capitals: "Courriel : [adresse@exemple.fr]"); makes the birth
 * dates of a declared document and of a schema's examples plain dates (dropped when keep_dates
 * is FALSE); in a history (above) holding no contact detail nor identifier, drops the PERSON,
 * LOCATION and POSTAL_ADDRESS findings and makes birth dates plain dates. Reads at most 1 KB at the
 * text's start (16 KB for a template's blanks) and a few hundred bytes around each such finding. */
void
voile_example_values_apply (const char *text, gsize len, GArray *findings, gboolean keep_dates);

G_END_DECLS
