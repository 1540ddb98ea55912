/* voile-tray-menu.c — the tray menu as a GMenuModel over the daemon's actions.
 *
 * Built in the daemon, so every label is in the daemon's language, and exported on the bus
 * for voile-tray to show. Items carry "app."-prefixed action names: the helper inserts the
 * daemon's exported action group under "app", so the tray, the notifications and `voile`
 * all drive the same actions and can never disagree.
 */
#include "config.h"

#include "voile-tray-menu.h"

#include <glib/gi18n.h>

#include "voile-dbus-api.h"
#include "voile-types.h"

/* GTK shows an item bound to a disabled action greyed out, and hides it when asked to:
 * commands that only make sense now and then (a pending copy, a stored mapping) vanish
 * instead of cluttering the menu. */
#define HIDDEN_WHEN_DISABLED "action-disabled"

char *
voile_tray_menu_format_status (GVariant *status)
{
  gboolean paused = FALSE;
  gint64 paused_until = 0;
  guint32 anonymized_today = 0;
  const char *backend = NULL;

  if (status != NULL && g_variant_is_of_type (status, G_VARIANT_TYPE_VARDICT))
    {
      g_variant_lookup (status, "paused", "b", &paused);
      g_variant_lookup (status, "paused-until", "x", &paused_until);
      g_variant_lookup (status, "anonymized-today", "u", &anonymized_today);
      g_variant_lookup (status, "backend", "&s", &backend);
    }

  if (paused && paused_until > 0)
    {
      g_autoptr (GDateTime) until = g_date_time_new_from_unix_local (paused_until);
      /* Hours and minutes only: pauses last an hour or so. */
      g_autofree char *hhmm = until != NULL ? g_date_time_format (until, "%H:%M") : NULL;

      /* TRANSLATORS: tray status line; %s is a time of day such as 14:05. */
      return g_strdup_printf (_ ("Paused until %s"), hhmm != NULL ? hhmm : "?");
    }
  if (paused)
    /* TRANSLATORS: tray status line while protection is paused with no end time. */
    return g_strdup (_ ("Paused"));
  if (g_strcmp0 (backend, "none") == 0)
    /* TRANSLATORS: tray status line when no clipboard could be watched on this desktop. */
    return g_strdup (_ ("Clipboard not available on this desktop"));

  /* TRANSLATORS: tray status line; only a count, never any copied text. */
  return g_strdup_printf (ngettext ("Protecting — %u text anonymized today",
                                    "Protecting — %u texts anonymized today", anonymized_today),
                          anonymized_today);
}

static void
update_status_line (GMenu *section, GActionGroup *group)
{
  g_autoptr (GVariant) state = NULL;
  g_autoptr (GMenuItem) item = NULL;
  g_autofree char *label = NULL;

  /* GApplication answers only once registered (the daemon builds the menu in startup). */
  if ((!G_IS_APPLICATION (group) || g_application_get_is_registered (G_APPLICATION (group)))
      && g_action_group_has_action (group, VOILE_ACTION_STATUS))
    state = g_action_group_get_action_state (group, VOILE_ACTION_STATUS);
  label = voile_tray_menu_format_status (state);

  /* Same label: leave the model alone, so the bus sees no needless change. */
  if (g_menu_model_get_n_items (G_MENU_MODEL (section)) > 0)
    {
      g_autofree char *old = NULL;

      if (g_menu_model_get_item_attribute (G_MENU_MODEL (section), 0, G_MENU_ATTRIBUTE_LABEL, "s",
                                           &old)
          && g_strcmp0 (old, label) == 0)
        return;
    }

  /* No action: the line is information, and the tray shows it greyed out. */
  item = g_menu_item_new (label, NULL);
  if (g_menu_model_get_n_items (G_MENU_MODEL (section)) > 0)
    g_menu_remove (section, 0);
  g_menu_insert_item (section, 0, item);
}

static void
on_status_changed (GActionGroup *group, const char *action_name, GVariant *state,
                   gpointer user_data)
{
  update_status_line (G_MENU (user_data), group);
}

static void
on_status_added (GActionGroup *group, const char *action_name, gpointer user_data)
{
  update_status_line (G_MENU (user_data), group);
}

static void
append_with_target (GMenu *menu, const char *label, const char *action, GVariant *target)
{
  g_autoptr (GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, target);
  g_menu_append_item (menu, item);
}

static void
append_hidden_when_disabled (GMenu *menu, const char *label, const char *action)
{
  g_autoptr (GMenuItem) item = g_menu_item_new (label, action);

  g_menu_item_set_attribute (item, "hidden-when", "s", HIDDEN_WHEN_DISABLED);
  g_menu_append_item (menu, item);
}

static GMenuModel *
build_categories_menu (void)
{
  GMenu *categories = g_menu_new ();

  for (guint i = 0; i < VOILE_N_CATEGORIES; i++)
    {
      g_autofree char *action
          = g_strconcat ("app." VOILE_ACTION_CATEGORY_PREFIX, voile_category_get_id (i), NULL);

      g_menu_append (categories, voile_category_get_label (i), action);
    }
  return G_MENU_MODEL (categories);
}

GMenuModel *
voile_tray_menu_new (GApplication *app)
{
  g_autoptr (GMenu) status = g_menu_new ();
  g_autoptr (GMenu) pause = g_menu_new ();
  g_autoptr (GMenu) mode = g_menu_new ();
  g_autoptr (GMenu) commands = g_menu_new ();
  g_autoptr (GMenu) app_section = g_menu_new ();
  g_autoptr (GMenuModel) categories = build_categories_menu ();
  GMenu *menu;

  g_return_val_if_fail (G_IS_APPLICATION (app), NULL);

  update_status_line (status, G_ACTION_GROUP (app));
  /* The section lives as long as the menu; g_signal_connect_object() drops the handlers
   * with it, and they die with the app if it goes first. */
  g_signal_connect_object (app, "action-state-changed::" VOILE_ACTION_STATUS,
                           G_CALLBACK (on_status_changed), status, 0);
  g_signal_connect_object (app, "action-added::" VOILE_ACTION_STATUS, G_CALLBACK (on_status_added),
                           status, 0);

  g_menu_append (pause, _ ("Pause protection"), "app." VOILE_ACTION_PAUSED);
  append_with_target (pause, _ ("Pause for 15 minutes"), "app." VOILE_ACTION_PAUSE_FOR,
                      g_variant_new_uint32 (15));
  append_with_target (pause, _ ("Pause for 1 hour"), "app." VOILE_ACTION_PAUSE_FOR,
                      g_variant_new_uint32 (60));

  append_with_target (mode, _ ("Ask before anonymizing"), "app." VOILE_ACTION_MODE,
                      g_variant_new_string ("ask"));
  append_with_target (mode, _ ("Anonymize automatically"), "app." VOILE_ACTION_MODE,
                      g_variant_new_string ("auto"));
  append_with_target (mode, _ ("Warn only"), "app." VOILE_ACTION_MODE,
                      g_variant_new_string ("notify"));
  /* TRANSLATORS: tray submenu with one check item per kind of personal data. */
  g_menu_append_submenu (mode, _ ("Categories"), categories);

  /* The same commands as the notifications' buttons, for desktops whose notifications have
   * none: shown only while the daemon has something for them to act on. */
  append_hidden_when_disabled (commands, _ ("Anonymize the clipboard"),
                               "app." VOILE_ACTION_ANONYMIZE);
  append_hidden_when_disabled (commands, _ ("Show the anonymized text…"),
                               "app." VOILE_ACTION_PREVIEW);
  append_hidden_when_disabled (commands, _ ("Put the real values back"),
                               "app." VOILE_ACTION_RESTORE);
  g_menu_append (commands, _ ("Undo last anonymization"), "app." VOILE_ACTION_UNDO);
  g_menu_append (commands, _ ("Forget placeholders"), "app." VOILE_ACTION_FORGET);

  g_menu_append (app_section, C_ ("tray menu", "Preferences…"), "app." VOILE_ACTION_PREFERENCES);
  g_menu_append (app_section, C_ ("tray menu", "About Voile"), "app." VOILE_ACTION_ABOUT);
  g_menu_append (app_section, C_ ("tray menu", "Quit"), "app." VOILE_ACTION_QUIT);

  menu = g_menu_new ();
  g_menu_append_section (menu, NULL, G_MENU_MODEL (status));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (pause));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (mode));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (commands));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (app_section));
  return G_MENU_MODEL (menu);
}
