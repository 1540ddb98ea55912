/* voile-anonymizer.h — placeholders in, real values out, and the mapping between them.
 *
 * The mapping lives in memory only: values are zeroed when forgotten or expired. The CLI
 * may save it to a 0600 file on the user's explicit request (--map).
 */
#pragma once

#include <glib.h>

#include "voile-engine.h"

G_BEGIN_DECLS

typedef struct _VoileMapping VoileMapping;

VoileMapping *
voile_mapping_new (void);
/* Zeroes every stored value before freeing. */
void
voile_mapping_free (VoileMapping *mapping);
/* Forget everything (values zeroed); placeholder numbering starts again at 1. */
void
voile_mapping_clear (VoileMapping *mapping);
guint
voile_mapping_get_size (const VoileMapping *mapping);
/* Forget (and zero) the entries not used since monotonic time older_than_us. */
void
voile_mapping_expire (VoileMapping *mapping, gint64 older_than_us);

gboolean
voile_mapping_save (const VoileMapping *mapping, const char *path, GError **error);
VoileMapping *
voile_mapping_load (const char *path, GError **error);

/* Replaces every finding of scan by its placeholder ("[EMAIL_1]", "[PERSON_2]"…). The
 * same value (after normalisation: spacing and case of numbers, one entity for the
 * mentions of one person) gets the same placeholder in this text and in every later text
 * anonymized with the same mapping. Returns a new NUL-terminated string. */
char *
voile_anonymize (VoileMapping *mapping, const char *text, gsize len, const VoileScanResult *scan,
                 gsize *out_len);

/* Puts the real values back, also when a chatbot rewrote the placeholders (brackets
 * dropped, case changed, a space for the underscore, punctuation around them).
 * n_restored (nullable) receives the number of replacements. */
char *
voile_restore (const VoileMapping *mapping, const char *text, gsize len, gsize *out_len,
               guint *n_restored);

/* voile_restore() for an HTML document: placeholders are replaced in the text between tags
 * only, by their values HTML-escaped; the markup is left byte for byte. */
char *
voile_restore_html (const VoileMapping *mapping, const char *html, gsize len, gsize *out_len,
                    guint *n_restored);

/* TRUE when text holds at least one placeholder known to mapping (used to offer restore). */
gboolean
voile_mapping_text_has_placeholders (const VoileMapping *mapping, const char *text, gsize len);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VoileMapping, voile_mapping_free)

G_END_DECLS
