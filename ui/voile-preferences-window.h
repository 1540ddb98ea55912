/* voile-preferences-window.h — the settings, bound to GSettings io.github.voile.Voile. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Opens the preferences window, or raises it when already open. Every control is bound to
 * its GSettings key: changes apply at once, with no Apply button. */
void
voile_preferences_window_present (GtkApplication *app);

G_END_DECLS
