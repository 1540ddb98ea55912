/* voile-preview-window.h — shows the anonymized text before it goes on the clipboard. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Shows anonymized (len bytes, need not be valid UTF-8) with its placeholders highlighted,
 * and buttons that activate app.anonymize or app.ignore. One window per app: a second call
 * replaces the text. The window keeps no copy once closed. */
void
voile_preview_window_present (GtkApplication *app, const char *anonymized, gsize len);

G_END_DECLS
