/* voile-application.c — the daemon's life cycle, actions and exported state.
 *
 * Everything a user can do (from a notification, the tray or `voile`) is an action of this
 * application, exported by GApplication on the session bus at VOILE_DBUS_PATH: the tray, the
 * notifications and the command line never disagree. Settings keys are stateful actions
 * (g_settings_create_action); "status" is a read-only a{sv} state kept current here. */
#include "config.h"

#include "voile-application.h"

#include <glib-unix.h>
#include <glib/gi18n.h>
#include <string.h>

#include "voile-clipboard.h"
#include "voile-dbus-api.h"
#include "voile-notifier.h"
#include "voile-types.h"
#include "voile-scan-job.h"
#include "voile-watcher.h"

#ifdef HAVE_UI
#include "voile-preview-window.h"
#include "voile-tray-menu.h"
#include "voile-tray-supervisor.h"
#endif
#ifdef HAVE_UI_PREFERENCES
#include "voile-preferences-window.h"
#include "voile-wipe.h"
#endif

struct _VoileApplication
{
  GtkApplication parent_instance;
  GSettings *settings;
  VoileClipboard *clipboard; /* NULL when no backend works */
  VoileNotifier *notifier;
  VoileWatcher *watcher;
  GSimpleAction *status;
  guint resume_id; /* ends a timed pause */
#ifdef HAVE_UI
  GMenuModel *tray_menu;
  guint tray_menu_export_id;
  VoileTraySupervisor *tray;
#endif
};

G_DEFINE_TYPE (VoileApplication, voile_application, GTK_TYPE_APPLICATION)

/* ---- status ------------------------------------------------------------------------------- */

static const char *
tray_state (VoileApplication *self)
{
#ifdef HAVE_UI
  if (self->tray != NULL)
    return voile_tray_supervisor_get_state (self->tray);
#endif
  return "disabled";
}

static void
set_action_enabled (VoileApplication *self, const char *name, gboolean enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
update_status (VoileApplication *self)
{
  if (self->status == NULL || self->watcher == NULL)
    return;
  g_autoptr (GVariantDict) dict = g_variant_dict_new (NULL);
  g_autofree char *mode = g_settings_get_string (self->settings, VOILE_ACTION_MODE);
  g_variant_dict_insert (dict, "paused", "b",
                         g_settings_get_boolean (self->settings, VOILE_ACTION_PAUSED));
  g_variant_dict_insert (dict, "paused-until", "x",
                         g_settings_get_int64 (self->settings, "paused-until"));
  g_variant_dict_insert (dict, "mode", "s", mode);
  g_variant_dict_insert (dict, "anonymized-today", "u",
                         voile_watcher_get_anonymized_today (self->watcher));
  g_variant_dict_insert (dict, "backend", "s",
                         self->clipboard ? voile_clipboard_get_name (self->clipboard) : "none");
  g_variant_dict_insert (dict, "attention", "b", voile_watcher_get_attention (self->watcher));
  g_variant_dict_insert (dict, "has-undo", "b", voile_watcher_has_undo (self->watcher));
  g_variant_dict_insert (dict, "has-mapping", "b", voile_watcher_has_mapping (self->watcher));
  g_variant_dict_insert (dict, "has-pending", "b", voile_watcher_has_pending (self->watcher));
  g_variant_dict_insert (dict, "notifications", "s",
                         voile_notifier_get_server_state (self->notifier));
  g_variant_dict_insert (dict, "tray", "s", tray_state (self));
  g_autoptr (GVariant) state = g_variant_ref_sink (g_variant_dict_end (dict));

  g_autoptr (GVariant) old = g_action_get_state (G_ACTION (self->status));
  if (old == NULL || !g_variant_equal (old, state))
    g_simple_action_set_state (self->status, state);

  /* Commands with nothing to act on are disabled: the tray greys them out or hides them. */
  gboolean pending = voile_watcher_has_pending (self->watcher);
  gboolean mapping = voile_watcher_has_mapping (self->watcher);
  gboolean undo = voile_watcher_has_undo (self->watcher);
  set_action_enabled (self, VOILE_ACTION_ANONYMIZE, pending);
  set_action_enabled (self, VOILE_ACTION_PREVIEW, pending);
  set_action_enabled (self, VOILE_ACTION_RESTORE, mapping);
  set_action_enabled (self, VOILE_ACTION_UNDO, undo);
  set_action_enabled (self, VOILE_ACTION_FORGET, mapping || undo);
}

static void
on_watcher_state_changed (VoileWatcher *watcher, gpointer user_data)
{
  update_status (user_data);
}

static void
on_notifier_state_changed (VoileNotifier *notifier, gpointer user_data)
{
  update_status (user_data);
}

#ifdef HAVE_UI
static void
on_tray_state_changed (VoileTraySupervisor *supervisor, const char *state, gpointer user_data)
{
  update_status (user_data);
}
#endif

/* ---- pausing ------------------------------------------------------------------------------ */

static gboolean
on_pause_over (gpointer user_data)
{
  VoileApplication *self = user_data;
  self->resume_id = 0;
  g_debug ("Timed pause over");
  g_settings_set_boolean (self->settings, VOILE_ACTION_PAUSED, FALSE);
  return G_SOURCE_REMOVE;
}

/* Follows paused/paused-until: one timer for a timed pause, no polling. */
static void
sync_pause_timer (VoileApplication *self)
{
  g_clear_handle_id (&self->resume_id, g_source_remove);
  gboolean paused = g_settings_get_boolean (self->settings, VOILE_ACTION_PAUSED);
  gint64 until = g_settings_get_int64 (self->settings, "paused-until");
  if (!paused)
    {
      if (until != 0)
        g_settings_set_int64 (self->settings, "paused-until", 0);
      return;
    }
  if (until == 0)
    return;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  if (until <= now)
    {
      g_settings_set_boolean (self->settings, VOILE_ACTION_PAUSED, FALSE);
      return;
    }
  self->resume_id
      = g_timeout_add_seconds ((guint)MIN (until - now, G_MAXUINT), on_pause_over, self);
}

static void
on_settings_changed (GSettings *settings, const char *key, gpointer user_data)
{
  VoileApplication *self = user_data;
  if (g_str_equal (key, VOILE_ACTION_PAUSED) || g_str_equal (key, "paused-until"))
    sync_pause_timer (self);
  update_status (self);
}

static void
pause_for_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  VoileApplication *self = user_data;
  guint minutes = g_variant_get_uint32 (parameter);
  gint64 until = minutes == 0 ? 0 : g_get_real_time () / G_USEC_PER_SEC + (gint64)minutes * 60;
  /* paused first: a paused-until without paused would be reset by sync_pause_timer(). */
  g_settings_set_boolean (self->settings, VOILE_ACTION_PAUSED, TRUE);
  g_settings_set_int64 (self->settings, "paused-until", until);
  sync_pause_timer (self);
  update_status (self);
}

static void
resume_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  VoileApplication *self = user_data;
  g_settings_set_boolean (self->settings, VOILE_ACTION_PAUSED, FALSE);
}

/* ---- commands ----------------------------------------------------------------------------- */

static void
anonymize_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  VoileApplication *self = user_data;
  if (!voile_watcher_anonymize (self->watcher))
    g_debug ("Nothing to anonymize");
}

static void
preview_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  VoileApplication *self = user_data;
  gsize len = 0;
  g_autofree char *anonymized = voile_watcher_dup_preview (self->watcher, &len);
  if (anonymized == NULL)
    return;
#ifdef HAVE_UI
  voile_preview_window_present (GTK_APPLICATION (self), anonymized, len);
#endif
  voile_wipe (anonymized, len);
}

static void
ignore_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  voile_watcher_ignore (VOILE_APPLICATION (user_data)->watcher);
}

static void
undo_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  if (!voile_watcher_undo (VOILE_APPLICATION (user_data)->watcher))
    g_debug ("Nothing to undo");
}

static void
restore_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  if (!voile_watcher_restore (VOILE_APPLICATION (user_data)->watcher))
    g_debug ("Nothing to restore");
}

static void
forget_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  voile_watcher_forget (VOILE_APPLICATION (user_data)->watcher);
}

static void
preferences_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
#ifdef HAVE_UI_PREFERENCES
  voile_preferences_window_present (GTK_APPLICATION (user_data));
#else
  g_message ("The preferences window is not built in; use gsettings (schema %s)", APP_ID);
#endif
}

static void
about_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  const char *developers[] = { "The Voile authors", NULL };
  gtk_show_about_dialog (NULL, "program-name", _ ("Voile"), "logo-icon-name", APP_ID, "version",
                         PACKAGE_VERSION, "comments",
                         _ ("Keeps personal data out of chatbots: checks what you copy and "
                            "offers to anonymize it. Everything stays on your computer."),
                         "license-type", GTK_LICENSE_GPL_3_0, "authors", developers, NULL);
}

static void
quit_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
status_change_state (GSimpleAction *action, GVariant *value, gpointer user_data)
{
  /* Read-only: only the daemon changes it. */
}

static void
status_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
}

static const GActionEntry command_entries[] = {
  { VOILE_ACTION_PAUSE_FOR, pause_for_activated, "u", NULL, NULL, { 0 } },
  { VOILE_ACTION_RESUME, resume_activated, NULL, NULL, NULL, { 0 } },
  { VOILE_ACTION_ANONYMIZE, anonymize_activated, NULL, NULL, NULL, { 0 } },
  { VOILE_ACTION_PREVIEW, preview_activated, NULL, NULL, NULL, { 0 } },
  { VOILE_ACTION_IGNORE, ignore_activated, NULL, NULL, NULL, { 0 } },
  { VOILE_ACTION_UNDO, undo_activated, NULL, NULL, NULL, { 0 } },
  { VOILE_ACTION_RESTORE, restore_activated, NULL, NULL, NULL, { 0 } },
  { VOILE_ACTION_FORGET, forget_activated, NULL, NULL, NULL, { 0 } },
  { VOILE_ACTION_PREFERENCES, preferences_activated, NULL, NULL, NULL, { 0 } },
  { VOILE_ACTION_ABOUT, about_activated, NULL, NULL, NULL, { 0 } },
  { VOILE_ACTION_QUIT, quit_activated, NULL, NULL, NULL, { 0 } },
};

static void
add_settings_actions (VoileApplication *self)
{
  const char *keys[] = { VOILE_ACTION_PAUSED, VOILE_ACTION_MODE, VOILE_ACTION_WATCH_PRIMARY,
                         VOILE_ACTION_NOTIFICATIONS, VOILE_ACTION_SHOW_TRAY };
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autoptr (GAction) action = g_settings_create_action (self->settings, keys[i]);
      g_action_map_add_action (G_ACTION_MAP (self), action);
    }
  for (guint c = 0; c < VOILE_N_CATEGORIES; c++)
    {
      g_autofree char *key
          = g_strconcat (VOILE_ACTION_CATEGORY_PREFIX, voile_category_get_id (c), NULL);
      g_autoptr (GAction) action = g_settings_create_action (self->settings, key);
      g_action_map_add_action (G_ACTION_MAP (self), action);
    }
}

/* ---- tray --------------------------------------------------------------------------------- */

#ifdef HAVE_UI
static void
sync_tray (VoileApplication *self)
{
  gboolean wanted = g_settings_get_boolean (self->settings, VOILE_ACTION_SHOW_TRAY);
  GDBusConnection *bus = g_application_get_dbus_connection (G_APPLICATION (self));
  if (wanted && self->tray == NULL && bus != NULL)
    {
      self->tray = voile_tray_supervisor_new (bus);
      voile_tray_supervisor_set_state_func (self->tray, on_tray_state_changed, self);
    }
  else if (!wanted && self->tray != NULL)
    g_clear_pointer (&self->tray, voile_tray_supervisor_free);
  update_status (self);
}

static void
on_show_tray_changed (GSettings *settings, const char *key, gpointer user_data)
{
  sync_tray (user_data);
}
#endif

/* ---- GApplication ------------------------------------------------------------------------- */

static void
voile_application_startup (GApplication *app)
{
  VoileApplication *self = VOILE_APPLICATION (app);
  g_autoptr (GError) error = NULL;

  G_APPLICATION_CLASS (voile_application_parent_class)->startup (app);
  /* A background service: no window keeps it alive. */
  g_application_hold (app);

  self->settings = g_settings_new (APP_ID);
  voile_scan_job_prepare_engine_async ();
  self->clipboard = voile_clipboard_new_for_session (&error);
  if (self->clipboard == NULL)
    g_warning ("No clipboard backend works in this session: %s", error->message);
  else
    g_message ("Watching the clipboard (%s)", voile_clipboard_get_name (self->clipboard));

  self->notifier = voile_notifier_new (_ ("Voile"));
  voile_notifier_set_state_func (self->notifier, on_notifier_state_changed, self);
  self->watcher = voile_watcher_new (self->clipboard, self->settings, self->notifier);
  g_signal_connect (self->watcher, "state-changed", G_CALLBACK (on_watcher_state_changed), self);

  add_settings_actions (self);
  g_action_map_add_action_entries (G_ACTION_MAP (self), command_entries,
                                   G_N_ELEMENTS (command_entries), self);
  self->status
      = g_simple_action_new_stateful (VOILE_ACTION_STATUS, NULL, g_variant_new ("a{sv}", NULL));
  g_signal_connect (self->status, "change-state", G_CALLBACK (status_change_state), self);
  g_signal_connect (self->status, "activate", G_CALLBACK (status_activated), self);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (self->status));

  g_signal_connect (self->settings, "changed", G_CALLBACK (on_settings_changed), self);
  sync_pause_timer (self);

#ifdef HAVE_UI
  GDBusConnection *bus = g_application_get_dbus_connection (app);
  if (bus != NULL)
    {
      self->tray_menu = voile_tray_menu_new (app);
      self->tray_menu_export_id = g_dbus_connection_export_menu_model (bus, VOILE_DBUS_MENU_PATH,
                                                                       self->tray_menu, &error);
      if (self->tray_menu_export_id == 0)
        g_warning ("Could not export the tray menu: %s", error->message);
    }
  g_signal_connect (self->settings, "changed::" VOILE_ACTION_SHOW_TRAY,
                    G_CALLBACK (on_show_tray_changed), self);
  sync_tray (self);
#endif
  update_status (self);
}

static void
voile_application_activate (GApplication *app)
{
  /* Started again while running: nothing to show, the daemon is already watching. */
}

static void
voile_application_shutdown (GApplication *app)
{
  VoileApplication *self = VOILE_APPLICATION (app);
#ifdef HAVE_UI
  g_clear_pointer (&self->tray, voile_tray_supervisor_free);
  GDBusConnection *bus = g_application_get_dbus_connection (app);
  if (bus != NULL && self->tray_menu_export_id != 0)
    g_dbus_connection_unexport_menu_model (bus, self->tray_menu_export_id);
  self->tray_menu_export_id = 0;
  g_clear_object (&self->tray_menu);
#endif
  g_clear_handle_id (&self->resume_id, g_source_remove);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  if (self->watcher != NULL)
    g_signal_handlers_disconnect_by_data (self->watcher, self);
  g_clear_pointer (&self->notifier, voile_notifier_free);
  g_clear_object (&self->watcher);
  g_clear_object (&self->clipboard);
  g_clear_object (&self->status);
  g_clear_object (&self->settings);
  G_APPLICATION_CLASS (voile_application_parent_class)->shutdown (app);
}

static gint
voile_application_handle_local_options (GApplication *app, GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("voile-daemon %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (g_variant_dict_contains (options, "replace"))
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_REPLACE);
  return -1;
}

static gboolean
on_sigterm (gpointer user_data)
{
  g_application_quit (G_APPLICATION (user_data));
  return G_SOURCE_CONTINUE;
}

static void
voile_application_class_init (VoileApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  app_class->startup = voile_application_startup;
  app_class->activate = voile_application_activate;
  app_class->shutdown = voile_application_shutdown;
  app_class->handle_local_options = voile_application_handle_local_options;
}

static void
voile_application_init (VoileApplication *self)
{
  const GOptionEntry options[] = {
    { "replace", 'r', 0, G_OPTION_ARG_NONE, NULL, N_ ("Replace the running instance"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_ ("Show the version and exit"), NULL },
    { NULL },
  };
  g_application_add_main_option_entries (G_APPLICATION (self), options);
  /* SIGTERM (systemd, logout) ends the main loop cleanly: notifications closed, memory
   * zeroed on the way out. */
  g_unix_signal_add (SIGTERM, on_sigterm, self);
  g_unix_signal_add (SIGINT, on_sigterm, self);
}

VoileApplication *
voile_application_new (void)
{
  return g_object_new (VOILE_TYPE_APPLICATION, "application-id", APP_ID, "flags",
                       G_APPLICATION_ALLOW_REPLACEMENT, NULL);
}
