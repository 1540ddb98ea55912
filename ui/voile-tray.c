/* voile-tray.c — the panel icon: a thin view over the daemon's actions and menu.
 *
 * Runs in its own process because libayatana-appindicator3 needs GTK 3 and the daemon is
 * GTK 4. It owns no state: the menu model and the action group both come from the daemon
 * over D-Bus, so a change made anywhere (notification, `voile pause`, another menu) shows
 * here at once, and the daemon can restart this helper at any time without losing anything.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <libayatana-appindicator/app-indicator.h>
#include <locale.h>

#include "voile-dbus-api.h"
#include "voile-tray-dbusmenu.h"

#define ICON_PROTECTING "voile-protecting-symbolic"
#define ICON_PAUSED "voile-paused-symbolic"
#define ICON_ATTENTION "voile-attention-symbolic"
#define TRAY_WATCHER_NAME "org.kde.StatusNotifierWatcher"
#define MENU_PATH "/io/github/voile/Voile/Tray/Menu"

typedef struct
{
  GDBusActionGroup *actions;
  GDBusMenuModel *menu_model;
  VoileTrayDbusmenu *menu;
  GtkWidget *placeholder_menu;
  AppIndicator *indicator;
  gboolean daemon_seen;
  int exit_status;
} Tray;

static void
show_status (Tray *tray)
{
  g_autoptr (GVariant) status = NULL;
  gboolean paused = FALSE;
  gboolean attention = FALSE;

  if (g_action_group_has_action (G_ACTION_GROUP (tray->actions), VOILE_ACTION_STATUS))
    status = g_action_group_get_action_state (G_ACTION_GROUP (tray->actions), VOILE_ACTION_STATUS);
  if (status != NULL && g_variant_is_of_type (status, G_VARIANT_TYPE_VARDICT))
    {
      g_variant_lookup (status, "paused", "b", &paused);
      g_variant_lookup (status, "attention", "b", &attention);
    }

  if (paused)
    app_indicator_set_icon_full (tray->indicator, ICON_PAUSED, _ ("Voile is paused"));
  else
    app_indicator_set_icon_full (tray->indicator, ICON_PROTECTING, _ ("Voile is protecting"));
  app_indicator_set_status (tray->indicator, attention && !paused ? APP_INDICATOR_STATUS_ATTENTION
                                                                  : APP_INDICATOR_STATUS_ACTIVE);
}

static void
on_status_changed (GActionGroup *group, const char *name, GVariant *state, gpointer user_data)
{
  show_status (user_data);
}

static void
on_status_added (GActionGroup *group, const char *name, gpointer user_data)
{
  show_status (user_data);
}

static void
show_tray (Tray *tray, GDBusConnection *bus, const char *daemon)
{
  g_auto (GStrv) names = NULL;
  const char *theme_path = g_getenv ("VOILE_ICON_THEME_PATH");

  tray->actions = g_dbus_action_group_get (bus, daemon, VOILE_DBUS_PATH);
  tray->menu_model = g_dbus_menu_model_get (bus, daemon, VOILE_DBUS_MENU_PATH);
  tray->menu = voile_tray_dbusmenu_new (G_MENU_MODEL (tray->menu_model),
                                        G_ACTION_GROUP (tray->actions), MENU_PATH);

  tray->indicator
      = app_indicator_new (APP_ID, ICON_PROTECTING, APP_INDICATOR_CATEGORY_APPLICATION_STATUS);
  if (theme_path != NULL && theme_path[0] != '\0')
    app_indicator_set_icon_theme_path (tray->indicator, theme_path);
  app_indicator_set_title (tray->indicator, "Voile");
  app_indicator_set_attention_icon_full (tray->indicator, ICON_ATTENTION,
                                         _ ("Voile found personal data"));
  /* AppIndicator registers only once it has a GtkMenu; the panel then reads our own dbusmenu
   * tree instead of that (empty) menu's: see voile-tray-dbusmenu.c for why. */
  tray->placeholder_menu = g_object_ref_sink (gtk_menu_new ());
  app_indicator_set_menu (tray->indicator, GTK_MENU (tray->placeholder_menu));
  g_object_set (tray->indicator, "dbus-menu-server", voile_tray_dbusmenu_get_server (tray->menu),
                NULL);

  g_signal_connect (tray->actions, "action-state-changed::" VOILE_ACTION_STATUS,
                    G_CALLBACK (on_status_changed), tray);
  g_signal_connect (tray->actions, "action-added::" VOILE_ACTION_STATUS,
                    G_CALLBACK (on_status_added), tray);
  /* A GDBusActionGroup fetches the daemon's actions on first use: ask now, so the icon is
   * right before the menu is ever opened. */
  names = g_action_group_list_actions (G_ACTION_GROUP (tray->actions));
  show_status (tray);
}

static void
on_daemon_appeared (GDBusConnection *bus, const char *name, const char *owner, gpointer user_data)
{
  Tray *tray = user_data;

  if (tray->daemon_seen)
    return;
  tray->daemon_seen = TRUE;
  /* Talk to this very instance: if another daemon replaces it, we go and it starts its own. */
  show_tray (tray, bus, owner);
}

/* Without a tray host AppIndicator would fall back to an old-style tray icon without our
 * menu: leave instead; the daemon starts us again when a panel comes back. */
static void
on_host_vanished (GDBusConnection *bus, const char *name, gpointer user_data)
{
  g_message ("The tray host left the session bus");
  gtk_main_quit ();
}

static void
on_daemon_vanished (GDBusConnection *bus, const char *name, gpointer user_data)
{
  Tray *tray = user_data;

  if (!tray->daemon_seen)
    {
      g_printerr ("%s\n", _ ("Voile is not running."));
      tray->exit_status = 1;
    }
  gtk_main_quit ();
}

int
main (int argc, char **argv)
{
  Tray tray = { 0 };
  guint watch_id;
  guint host_watch_id;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (!gtk_init_check (&argc, &argv))
    {
      g_printerr ("voile-tray: cannot open the display\n");
      return 1;
    }

  watch_id = g_bus_watch_name (G_BUS_TYPE_SESSION, VOILE_DBUS_NAME, G_BUS_NAME_WATCHER_FLAGS_NONE,
                               on_daemon_appeared, on_daemon_vanished, &tray, NULL);
  host_watch_id
      = g_bus_watch_name (G_BUS_TYPE_SESSION, TRAY_WATCHER_NAME, G_BUS_NAME_WATCHER_FLAGS_NONE,
                          NULL, on_host_vanished, NULL, NULL);
  gtk_main ();
  g_bus_unwatch_name (host_watch_id);
  g_bus_unwatch_name (watch_id);

  g_clear_object (&tray.indicator);
  g_clear_pointer (&tray.menu, voile_tray_dbusmenu_free);
  if (tray.placeholder_menu != NULL)
    gtk_widget_destroy (tray.placeholder_menu);
  g_clear_object (&tray.placeholder_menu);
  g_clear_object (&tray.menu_model);
  if (tray.actions != NULL)
    g_signal_handlers_disconnect_by_data (tray.actions, &tray);
  g_clear_object (&tray.actions);
  return tray.exit_status;
}
