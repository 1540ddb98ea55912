/* voile-application.h — the voile-daemon GtkApplication: one instance per session, no
 * window of its own, its state and commands exported as actions on the session bus. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define VOILE_TYPE_APPLICATION (voile_application_get_type ())
G_DECLARE_FINAL_TYPE (VoileApplication, voile_application, VOILE, APPLICATION, GtkApplication)

VoileApplication *
voile_application_new (void);

G_END_DECLS
