/* voile-tray-supervisor.h — keeps the voile-tray helper running while a tray exists. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _VoileTraySupervisor VoileTraySupervisor;

typedef void (*VoileTraySupervisorStateFunc) (VoileTraySupervisor *supervisor, const char *state,
                                              gpointer user_data);

/* Watches bus for a tray host (org.kde.StatusNotifierWatcher) and runs the helper while there
 * is one: $VOILE_TRAY_HELPER, else LIBEXECDIR/voile-tray. A helper that dies is started again
 * after 1 s, then 2, 4… up to 60 s; the delay goes back to 1 s once a helper has stayed up a
 * while. With no tray host it starts nothing and says so once in the log. */
VoileTraySupervisor *
voile_tray_supervisor_new (GDBusConnection *bus);
/* Stops the helper (SIGTERM) and the watching. */
void
voile_tray_supervisor_free (VoileTraySupervisor *supervisor);

/* "running" (a tray host and a helper), "no-host" (nobody shows tray icons) or "disabled"
 * (no helper to run): the "tray" field of the daemon's status. */
const char *
voile_tray_supervisor_get_state (VoileTraySupervisor *supervisor);

/* Called whenever get_state() changes; pass NULL to stop. */
void
voile_tray_supervisor_set_state_func (VoileTraySupervisor *supervisor,
                                      VoileTraySupervisorStateFunc func, gpointer user_data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VoileTraySupervisor, voile_tray_supervisor_free)

G_END_DECLS
