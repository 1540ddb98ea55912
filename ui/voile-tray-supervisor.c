/* voile-tray-supervisor.c — start, watch and restart the voile-tray helper.
 *
 * The tray icon lives in its own process because libayatana-appindicator3 pulls in GTK 3,
 * which cannot share a process with the daemon's GTK 4. The helper is a thin view: all state
 * is in the daemon, so restarting it loses nothing.
 */
#include "config.h"

#include "voile-tray-supervisor.h"

#include <signal.h>

#define TRAY_WATCHER_NAME "org.kde.StatusNotifierWatcher"
#define FIRST_DELAY_S 1
#define MAX_DELAY_S 60
/* A helper that stayed up this long was healthy: its next crash starts the back-off afresh. */
#define STABLE_AFTER_S 30

struct _VoileTraySupervisor
{
  GDBusConnection *bus;
  char *helper_path;
  guint watch_id;
  gboolean host_present;
  gboolean disabled;
  gboolean told_no_host;

  GSubprocess *helper;
  GCancellable *cancellable;
  gint64 started_at_us;
  guint delay_s;
  guint respawn_id;

  const char *state;
  VoileTraySupervisorStateFunc state_func;
  gpointer state_data;
};

static void
spawn_helper (VoileTraySupervisor *self);

static void
update_state (VoileTraySupervisor *self)
{
  const char *state;

  if (self->disabled)
    state = "disabled";
  else if (!self->host_present)
    state = "no-host";
  else
    state = "running";

  if (g_strcmp0 (state, self->state) == 0)
    return;
  self->state = state;
  if (self->state_func != NULL)
    self->state_func (self, state, self->state_data);
}

static gboolean
on_respawn_timeout (gpointer user_data)
{
  VoileTraySupervisor *self = user_data;

  self->respawn_id = 0;
  if (self->host_present && self->helper == NULL)
    spawn_helper (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_respawn (VoileTraySupervisor *self)
{
  if (self->respawn_id != 0 || self->disabled)
    return;
  g_debug ("tray helper: next start in %u s", self->delay_s);
  self->respawn_id = g_timeout_add_seconds (self->delay_s, on_respawn_timeout, self);
  self->delay_s = MIN (self->delay_s * 2, MAX_DELAY_S);
}

static void
on_helper_exited (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;
  GSubprocess *helper = G_SUBPROCESS (source);
  VoileTraySupervisor *self;
  gint64 lived_s;

  /* Cancelled means the supervisor is gone: user_data is dangling. */
  if (!g_subprocess_wait_finish (helper, result, &error)
      && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = user_data;
  if (helper != self->helper)
    return;

  lived_s = (g_get_monotonic_time () - self->started_at_us) / G_USEC_PER_SEC;
  if (g_subprocess_get_if_signaled (helper))
    g_message ("Tray helper killed by signal %d after %" G_GINT64_FORMAT " s",
               g_subprocess_get_term_sig (helper), lived_s);
  else
    g_message ("Tray helper exited with status %d after %" G_GINT64_FORMAT " s",
               g_subprocess_get_exit_status (helper), lived_s);

  g_clear_object (&self->helper);
  if (lived_s >= STABLE_AFTER_S)
    self->delay_s = FIRST_DELAY_S;
  if (self->host_present)
    schedule_respawn (self);
  update_state (self);
}

static void
spawn_helper (VoileTraySupervisor *self)
{
  g_autoptr (GError) error = NULL;
  const char *argv[] = { self->helper_path, NULL };

  g_return_if_fail (self->helper == NULL);

  self->helper = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_NONE, &error);
  if (self->helper == NULL)
    {
      g_message ("Could not start the tray helper: %s", error->message);
      schedule_respawn (self);
      return;
    }
  self->started_at_us = g_get_monotonic_time ();
  g_subprocess_wait_async (self->helper, self->cancellable, on_helper_exited, self);
  update_state (self);
}

static void
on_host_appeared (GDBusConnection *bus, const char *name, const char *owner, gpointer user_data)
{
  VoileTraySupervisor *self = user_data;

  self->host_present = TRUE;
  /* A pending respawn keeps its back-off: a panel coming and going must not defeat it. */
  if (!self->disabled && self->helper == NULL && self->respawn_id == 0)
    spawn_helper (self);
  update_state (self);
}

static void
on_host_vanished (GDBusConnection *bus, const char *name, gpointer user_data)
{
  VoileTraySupervisor *self = user_data;

  self->host_present = FALSE;
  /* The helper, if any, stays: a restarting panel gets its icon back when it returns. */
  if (!self->told_no_host && !self->disabled)
    {
      g_message ("No tray on this desktop (no %s on the session bus): running without a tray "
                 "icon; `voile` and the notifications still work",
                 TRAY_WATCHER_NAME);
      self->told_no_host = TRUE;
    }
  update_state (self);
}

VoileTraySupervisor *
voile_tray_supervisor_new (GDBusConnection *bus)
{
  VoileTraySupervisor *self;
  const char *env_path = g_getenv ("VOILE_TRAY_HELPER");

  g_return_val_if_fail (G_IS_DBUS_CONNECTION (bus), NULL);

  self = g_new0 (VoileTraySupervisor, 1);
  self->bus = g_object_ref (bus);
  self->cancellable = g_cancellable_new ();
  self->delay_s = FIRST_DELAY_S;
  self->helper_path = g_strdup (env_path != NULL && env_path[0] != '\0'
                                    ? env_path
                                    : LIBEXECDIR G_DIR_SEPARATOR_S "voile-tray");
  if (!g_file_test (self->helper_path, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_message ("No tray helper at %s: running without a tray icon", self->helper_path);
      self->disabled = TRUE;
    }
  update_state (self);

  self->watch_id
      = g_bus_watch_name_on_connection (bus, TRAY_WATCHER_NAME, G_BUS_NAME_WATCHER_FLAGS_NONE,
                                        on_host_appeared, on_host_vanished, self, NULL);
  return self;
}

void
voile_tray_supervisor_free (VoileTraySupervisor *self)
{
  if (self == NULL)
    return;

  g_bus_unwatch_name (self->watch_id);
  g_clear_handle_id (&self->respawn_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  if (self->helper != NULL)
    g_subprocess_send_signal (self->helper, SIGTERM);
  g_clear_object (&self->helper);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->bus);
  g_free (self->helper_path);
  g_free (self);
}

const char *
voile_tray_supervisor_get_state (VoileTraySupervisor *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->state;
}

void
voile_tray_supervisor_set_state_func (VoileTraySupervisor *self, VoileTraySupervisorStateFunc func,
                                      gpointer user_data)
{
  g_return_if_fail (self != NULL);
  self->state_func = func;
  self->state_data = user_data;
}
