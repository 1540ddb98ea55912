/* voile-preferences-window.c — plain GTK 4.8 (no libadwaita): one window, bound controls.
 *
 * The daemon's actions are made from the same GSettings keys, so a switch flipped here
 * shows in the tray menu at once, and the other way round.
 */
#include "config.h"

#include "voile-preferences-window.h"

#include <glib/gi18n.h>

#include "voile-dbus-api.h"
#include "voile-types.h"

#define WINDOW_KEY "voile-preferences-window"

static const char *const mode_ids[] = { "ask", "auto", "notify" };

static gboolean
mode_to_selected (GValue *value, GVariant *variant, gpointer user_data)
{
  const char *mode = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (mode_ids); i++)
    if (g_strcmp0 (mode, mode_ids[i]) == 0)
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
selected_to_mode (const GValue *value, const GVariantType *type, gpointer user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (mode_ids))
    return NULL;
  return g_variant_new_string (mode_ids[selected]);
}

static GtkWidget *
new_row (const char *title, const char *subtitle, GtkWidget *control)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (title);

  gtk_widget_set_margin_top (row, 6);
  gtk_widget_set_margin_bottom (row, 6);
  gtk_widget_set_margin_start (row, 6);
  gtk_widget_set_margin_end (row, 6);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), control);
  gtk_box_append (GTK_BOX (texts), label);
  if (subtitle != NULL)
    {
      GtkWidget *sub = gtk_label_new (subtitle);

      gtk_label_set_xalign (GTK_LABEL (sub), 0.0f);
      gtk_label_set_wrap (GTK_LABEL (sub), TRUE);
      gtk_widget_add_css_class (sub, "dim-label");
      gtk_widget_add_css_class (sub, "caption");
      gtk_box_append (GTK_BOX (texts), sub);
    }
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (control, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (row), texts);
  gtk_box_append (GTK_BOX (row), control);

  /* Screen readers name the control after its row. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (control), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  return row;
}

static GtkWidget *
append_group (GtkBox *page, const char *title)
{
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *list = gtk_list_box_new ();

  gtk_label_set_xalign (GTK_LABEL (heading), 0.0f);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_top (heading, 12);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "frame");
  gtk_widget_add_css_class (list, "rich-list");
  gtk_box_append (page, heading);
  gtk_box_append (page, list);
  return list;
}

static gboolean
has_key (GSettings *settings, const char *key)
{
  g_autoptr (GSettingsSchema) schema = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  return g_settings_schema_has_key (schema, key);
}

/* Rows for keys the schema lacks are left out, so an older or newer schema never breaks
 * the window. */
static void
append_switch (GtkWidget *list, GSettings *settings, const char *key, const char *title,
               const char *subtitle)
{
  GtkWidget *control;

  if (!has_key (settings, key))
    return;
  control = gtk_switch_new ();
  g_settings_bind (settings, key, control, "active", G_SETTINGS_BIND_DEFAULT);
  gtk_list_box_append (GTK_LIST_BOX (list), new_row (title, subtitle, control));
}

/* Unsigned keys shown in bigger units (bytes as kilobytes): the scale is the user data. */
static gboolean
scaled_to_value (GValue *value, GVariant *variant, gpointer user_data)
{
  g_value_set_double (value, (double)g_variant_get_uint32 (variant) / GPOINTER_TO_UINT (user_data));
  return TRUE;
}

static GVariant *
value_to_scaled (const GValue *value, const GVariantType *type, gpointer user_data)
{
  double scaled = g_value_get_double (value) * GPOINTER_TO_UINT (user_data);

  return g_variant_new_uint32 ((guint32)CLAMP (scaled, 0, G_MAXUINT32));
}

static void
append_number (GtkWidget *list, GSettings *settings, const char *key, const char *title,
               const char *subtitle, double step, guint scale)
{
  g_autoptr (GSettingsSchema) schema = NULL;
  g_autoptr (GSettingsSchemaKey) schema_key = NULL;
  g_autoptr (GVariant) range = NULL;
  GVariant *limits = NULL;
  const char *range_type = NULL;
  double lower = 0, upper = G_MAXINT;
  GtkWidget *control;

  if (!has_key (settings, key))
    return;
  g_object_get (settings, "settings-schema", &schema, NULL);
  schema_key = g_settings_schema_get_key (schema, key);
  range = g_settings_schema_key_get_range (schema_key);
  g_variant_get (range, "(&sv)", &range_type, &limits);
  if (g_strcmp0 (range_type, "range") == 0)
    {
      g_autoptr (GVariant) low = g_variant_get_child_value (limits, 0);
      g_autoptr (GVariant) high = g_variant_get_child_value (limits, 1);

      if (g_variant_is_of_type (low, G_VARIANT_TYPE_UINT32))
        lower = g_variant_get_uint32 (low), upper = g_variant_get_uint32 (high);
      else if (g_variant_is_of_type (low, G_VARIANT_TYPE_INT32))
        lower = g_variant_get_int32 (low), upper = g_variant_get_int32 (high);
      else if (g_variant_is_of_type (low, G_VARIANT_TYPE_UINT64))
        lower = (double)g_variant_get_uint64 (low), upper = (double)g_variant_get_uint64 (high);
      else if (g_variant_is_of_type (low, G_VARIANT_TYPE_INT64))
        lower = (double)g_variant_get_int64 (low), upper = (double)g_variant_get_int64 (high);
    }
  g_variant_unref (limits);

  control = gtk_spin_button_new_with_range (lower / scale, upper / scale, step);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (control), TRUE);
  if (scale > 1
      && g_variant_type_equal (g_settings_schema_key_get_value_type (schema_key),
                               G_VARIANT_TYPE_UINT32))
    g_settings_bind_with_mapping (settings, key, control, "value", G_SETTINGS_BIND_DEFAULT,
                                  scaled_to_value, value_to_scaled, GUINT_TO_POINTER (scale), NULL);
  else
    g_settings_bind (settings, key, control, "value", G_SETTINGS_BIND_DEFAULT);
  gtk_list_box_append (GTK_LIST_BOX (list), new_row (title, subtitle, control));
}

static void
append_mode (GtkWidget *list, GSettings *settings)
{
  const char *labels[]
      = { _ ("Ask before anonymizing"), _ ("Anonymize automatically"), _ ("Warn only"), NULL };
  GtkWidget *control;

  if (!has_key (settings, "mode"))
    return;
  control = gtk_drop_down_new_from_strings (labels);
  g_settings_bind_with_mapping (settings, "mode", control, "selected", G_SETTINGS_BIND_DEFAULT,
                                mode_to_selected, selected_to_mode, NULL, NULL);
  gtk_list_box_append (GTK_LIST_BOX (list),
                       new_row (_ ("When personal data is copied"),
                                _ ("Automatic mode replaces the clipboard at once; you can undo "
                                   "it from the notification or the tray."),
                                control));
}

static GtkWindow *
create_window (GtkApplication *app, GSettings *settings)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *list;
  GtkWidget *forget;
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_window_set_application (GTK_WINDOW (window), app);
  gtk_window_set_title (GTK_WINDOW (window), _ ("Voile Preferences"));
  gtk_window_set_default_size (GTK_WINDOW (window), 560, 640);

  gtk_widget_set_margin_top (page, 12);
  gtk_widget_set_margin_bottom (page, 18);
  gtk_widget_set_margin_start (page, 18);
  gtk_widget_set_margin_end (page, 18);

  list = append_group (GTK_BOX (page), _ ("Protection"));
  append_switch (list, settings, VOILE_ACTION_PAUSED, _ ("Pause protection"),
                 _ ("Copied text is not looked at until you turn this off."));
  append_mode (list, settings);
  append_switch (list, settings, VOILE_ACTION_WATCH_PRIMARY, _ ("Also watch selected text"),
                 _ ("Text selected with the mouse (the primary selection), pasted with the "
                    "middle button."));
  append_switch (list, settings, "notifications", _ ("Show notifications"),
                 _ ("Without them, use the tray menu or the voile command."));
  append_switch (list, settings, "show-tray", _ ("Show the tray icon"),
                 _ ("Where the desktop has a tray: KDE, XFCE, MATE, Cinnamon, or GNOME with the "
                    "AppIndicator extension."));

  list = append_group (GTK_BOX (page), _ ("What to look for"));
  for (guint i = 0; i < VOILE_N_CATEGORIES; i++)
    {
      g_autofree char *key
          = g_strconcat (VOILE_ACTION_CATEGORY_PREFIX, voile_category_get_id (i), NULL);

      append_switch (list, settings, key, voile_category_get_label (i), NULL);
    }

  list = append_group (GTK_BOX (page), _ ("Privacy and limits"));
  append_number (list, settings, "mapping-ttl-minutes", _ ("Forget placeholders after (minutes)"),
                 _ ("How long Voile remembers which real value each placeholder stands for, "
                    "in memory only, to put it back into answers."),
                 5, 1);
  append_number (list, settings, "max-size", _ ("Largest text to check (KB)"),
                 _ ("Bigger copies are left alone."), 1024, 1024);
  forget = gtk_button_new_with_mnemonic (_ ("_Forget Now"));
  /* Greyed out while the daemon has nothing to forget. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (forget), "app." VOILE_ACTION_FORGET);
  gtk_list_box_append (GTK_LIST_BOX (list),
                       new_row (_ ("Forget placeholders"),
                                _ ("Clears the stored values at once; earlier placeholders can "
                                   "no longer be restored."),
                                forget));

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), page);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);

  gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (shortcuts),
      gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                        gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, shortcuts);

  /* The bindings hold the settings object; keep it for as long as the window. */
  g_object_set_data_full (G_OBJECT (window), "settings", g_object_ref (settings), g_object_unref);
  return GTK_WINDOW (window);
}

static void
on_destroy (GtkWindow *window, GtkApplication *app)
{
  if (g_object_get_data (G_OBJECT (app), WINDOW_KEY) == window)
    g_object_set_data (G_OBJECT (app), WINDOW_KEY, NULL);
}

void
voile_preferences_window_present (GtkApplication *app)
{
  GtkWindow *window;

  g_return_if_fail (GTK_IS_APPLICATION (app));

  window = g_object_get_data (G_OBJECT (app), WINDOW_KEY);
  if (window == NULL)
    {
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr (GSettingsSchema) schema
          = source != NULL ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;
      g_autoptr (GSettings) settings = NULL;

      /* g_settings_new() aborts on a missing schema: a broken install must not kill the
       * daemon from a menu item. */
      if (schema == NULL)
        {
          g_message ("Settings schema %s is not installed", APP_ID);
          return;
        }
      settings = g_settings_new_full (schema, NULL, NULL);
      window = create_window (app, settings);
      g_object_set_data (G_OBJECT (app), WINDOW_KEY, window);
      g_signal_connect (window, "destroy", G_CALLBACK (on_destroy), app);
    }
  gtk_window_present (window);
}
