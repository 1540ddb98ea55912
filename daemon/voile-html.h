/* voile-html.h — an HTML flavour for anonymized text that keeps no personal data. */
#pragma once

#include <glib.h>

#include "voile-engine.h"

G_BEGIN_DECLS

/* Builds the text/html flavour to publish with anonymized text.
 *
 * original_html: the HTML flavour the owner offered. text/len: the text/plain flavour that
 * scan was made on; anonymized/anonymized_len: voile_anonymize()'s output for it. The values
 * found in text are replaced by their placeholders in the HTML (raw, HTML-escaped and
 * percent-encoded spellings); the result is checked by scanning its visible text and its
 * markup again. When that finds anything, or the values cannot be matched to their
 * placeholders, the escaped anonymized text in <pre> is returned instead. Never NULL. */
char *
voile_html_anonymize (VoileEngine *engine, const char *original_html, const char *text, gsize len,
                      const VoileScanResult *scan, const char *anonymized, gsize anonymized_len);

/* The escaped text inside <pre>: the fallback above. */
char *
voile_html_from_text (const char *text, gsize len);

/* The text a browser would show for html: tags dropped, common entities decoded. For
 * checking only. */
char *
voile_html_visible_text (const char *html);

G_END_DECLS
