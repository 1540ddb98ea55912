/* test-ui.c — the GTK 4 side of the tray and the windows, as a user meets them: the tray
 * menu's items and status line, the preview window's text and buttons, the preferences
 * window's bindings. Runs on Xvfb with a private bus (run_in_session.py). */
#include "config.h"

#include <gtk/gtk.h>

#include "voile-dbus-api.h"
#include "voile-preferences-window.h"
#include "voile-preview-window.h"
#include "voile-tray-menu.h"
#include "voile-types.h"

/* ---- helpers ------------------------------------------------------------------------------ */

static void
iterate (void)
{
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

static GVariant *
status_state (gboolean paused, gint64 until, guint32 today, const char *backend)
{
  GVariantDict dict;

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "paused", "b", paused);
  g_variant_dict_insert (&dict, "paused-until", "x", until);
  g_variant_dict_insert (&dict, "anonymized-today", "u", today);
  g_variant_dict_insert (&dict, "backend", "s", backend);
  return g_variant_dict_end (&dict);
}

static char *
item_label (GMenuModel *model, int index)
{
  char *label = NULL;

  g_menu_model_get_item_attribute (model, index, G_MENU_ATTRIBUTE_LABEL, "s", &label);
  return label;
}

/* Every "action(target)" of the menu and its submenus, in order. */
static void
collect_actions (GMenuModel *model, GString *out)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr (GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      g_autoptr (GMenuModel) submenu = g_menu_model_get_item_link (model, i, G_MENU_LINK_SUBMENU);
      g_autofree char *action = NULL;
      g_autoptr (GVariant) target = NULL;

      if (section != NULL)
        {
          collect_actions (section, out);
          continue;
        }
      if (submenu != NULL)
        {
          g_string_append (out, "{");
          collect_actions (submenu, out);
          g_string_append (out, "} ");
          continue;
        }
      if (!g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        {
          g_string_append (out, "- ");
          continue;
        }
      target = g_menu_model_get_item_attribute_value (model, i, G_MENU_ATTRIBUTE_TARGET, NULL);
      g_string_append (out, action);
      if (target != NULL)
        {
          g_autofree char *text = g_variant_print (target, TRUE);

          g_string_append_printf (out, "(%s)", text);
        }
      g_string_append (out, " ");
    }
}

static void
collect_widgets (GtkWidget *widget, GType type, GPtrArray *out)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, type, out);
}

static GtkWidget *
find_widget (GtkWidget *root, GType type, gboolean (*match) (GtkWidget *, gconstpointer),
             gconstpointer data)
{
  g_autoptr (GPtrArray) all = g_ptr_array_new ();

  collect_widgets (root, type, all);
  for (guint i = 0; i < all->len; i++)
    if (match == NULL || match (all->pdata[i], data))
      return all->pdata[i];
  return NULL;
}

static gboolean
button_has_label (GtkWidget *widget, gconstpointer label)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* The control of the preferences row titled title: the last child of the row. */
static GtkWidget *
row_control (GtkWidget *root, const char *title)
{
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();

  collect_widgets (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), title) == 0)
      {
        GtkWidget *row = gtk_widget_get_parent (gtk_widget_get_parent (labels->pdata[i]));

        return gtk_widget_get_last_child (row);
      }
  return NULL;
}

/* ---- the tray menu ------------------------------------------------------------------------ */

static void
test_status_line (void)
{
  g_autoptr (GDateTime) soon = g_date_time_add_minutes (g_date_time_new_now_local (), 15);
  g_autofree char *hhmm = g_date_time_format (soon, "%H:%M");
  g_autofree char *expected_until = g_strdup_printf ("Paused until %s", hhmm);
  struct
  {
    GVariant *state;
    const char *expected;
  } cases[] = {
    { NULL, "Protecting — 0 texts anonymized today" },
    { status_state (FALSE, 0, 1, "x11"), "Protecting — 1 text anonymized today" },
    { status_state (FALSE, 0, 3, "x11"), "Protecting — 3 texts anonymized today" },
    { status_state (TRUE, 0, 3, "x11"), "Paused" },
    { status_state (TRUE, g_date_time_to_unix (soon), 3, "x11"), expected_until },
    { status_state (FALSE, 0, 0, "none"), "Clipboard not available on this desktop" },
    { g_variant_new_string ("garbage"), "Protecting — 0 texts anonymized today" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GVariant) state = cases[i].state ? g_variant_ref_sink (cases[i].state) : NULL;
      g_autofree char *label = voile_tray_menu_format_status (state);

      g_assert_cmpstr (label, ==, cases[i].expected);
    }
}

static void
test_menu_items (void)
{
  g_autoptr (GApplication) app
      = g_application_new ("io.github.voile.TestMenu", G_APPLICATION_NON_UNIQUE);
  g_autoptr (GMenuModel) menu = NULL;
  g_autoptr (GMenuModel) status_section = NULL;
  g_autoptr (GString) actions = g_string_new (NULL);
  g_autoptr (GString) expected = g_string_new (NULL);
  g_autoptr (GSimpleAction) status = NULL;
  g_autofree char *label = NULL;

  g_assert_true (g_application_register (app, NULL, NULL));
  menu = voile_tray_menu_new (app);
  status_section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);

  collect_actions (menu, actions);
  g_string_append (expected, "- app.paused app.pause-for(uint32 15) app.pause-for(uint32 60) "
                             "app.mode('ask') app.mode('auto') app.mode('notify') {");
  for (guint i = 0; i < VOILE_N_CATEGORIES; i++)
    g_string_append_printf (expected, "app.category-%s ", voile_category_get_id (i));
  g_string_append (expected, "} app.anonymize app.preview app.restore app.undo app.forget "
                             "app.preferences app.about app.quit ");
  g_assert_cmpstr (actions->str, ==, expected->str);

  /* The status line follows the daemon's status action, even one added later. */
  label = item_label (status_section, 0);
  g_assert_cmpstr (label, ==, "Protecting — 0 texts anonymized today");
  g_clear_pointer (&label, g_free);

  status
      = g_simple_action_new_stateful (VOILE_ACTION_STATUS, NULL, status_state (FALSE, 0, 2, "x11"));
  g_action_map_add_action (G_ACTION_MAP (app), G_ACTION (status));
  label = item_label (status_section, 0);
  g_assert_cmpstr (label, ==, "Protecting — 2 texts anonymized today");
  g_clear_pointer (&label, g_free);

  g_simple_action_set_state (status, status_state (TRUE, 0, 2, "x11"));
  label = item_label (status_section, 0);
  g_assert_cmpstr (label, ==, "Paused");
  g_assert_cmpint (g_menu_model_get_n_items (status_section), ==, 1);
}

/* ---- the preview window ------------------------------------------------------------------- */

static guint anonymize_count, ignore_count, forget_count;

static void
on_anonymize (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  anonymize_count++;
}

static void
on_ignore (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  ignore_count++;
}

static void
on_forget (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  forget_count++;
}

static GtkApplication *
new_app (void)
{
  static const GActionEntry entries[] = {
    { VOILE_ACTION_ANONYMIZE, on_anonymize },
    { VOILE_ACTION_IGNORE, on_ignore },
    { VOILE_ACTION_FORGET, on_forget },
  };
  /* One id per app: an app can outlive its test (windows hold references to it). */
  static guint serial;
  g_autofree char *id = g_strdup_printf ("io.github.voile.TestUi%u", ++serial);
  GtkApplication *app = gtk_application_new (id, G_APPLICATION_NON_UNIQUE);
  g_autoptr (GError) error = NULL;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_action_map_add_action_entries (G_ACTION_MAP (app), entries, G_N_ELEMENTS (entries), app);
  return app;
}

static GtkWindow *
only_window (GtkApplication *app)
{
  GList *windows = gtk_application_get_windows (app);

  g_assert_cmpuint (g_list_length (windows), ==, 1);
  return windows->data;
}

static gboolean
tagged (GtkTextBuffer *buffer, const char *needle, int *n_tagged)
{
  GtkTextTag *tag
      = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "placeholder");
  GtkTextIter start, match_start, match_end;

  gtk_text_buffer_get_start_iter (buffer, &start);
  if (!gtk_text_iter_forward_search (&start, needle, 0, &match_start, &match_end, NULL))
    return FALSE;
  *n_tagged = 0;
  for (GtkTextIter it = match_start; !gtk_text_iter_equal (&it, &match_end);
       gtk_text_iter_forward_char (&it))
    if (gtk_text_iter_has_tag (&it, tag))
      (*n_tagged)++;
  return TRUE;
}

static void
test_preview_window (void)
{
  g_autoptr (GtkApplication) app = new_app ();
  static const char text[] = "Bonjour [PERSON_1],\nécrivez à [EMAIL_12]. [not_one] [X_] \xff\0end";
  GtkWindow *window;
  GtkTextView *view;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *shown = NULL;
  int n = 0;

  anonymize_count = ignore_count = 0;
  voile_preview_window_present (app, text, sizeof text - 1);
  iterate ();
  window = only_window (app);
  view = GTK_TEXT_VIEW (find_widget (GTK_WIDGET (window), GTK_TYPE_TEXT_VIEW, NULL, NULL));
  g_assert_nonnull (view);
  g_assert_false (gtk_text_view_get_editable (view));
  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  /* Invalid bytes and NUL become U+FFFD; nothing after them is lost. */
  g_assert_cmpstr (
      shown, ==,
      "Bonjour [PERSON_1],\nécrivez à [EMAIL_12]. [not_one] [X_] \xef\xbf\xbd\xef\xbf\xbd"
      "end");

  g_assert_true (tagged (buffer, "[PERSON_1]", &n));
  g_assert_cmpint (n, ==, 10);
  g_assert_true (tagged (buffer, "[EMAIL_12]", &n));
  g_assert_cmpint (n, ==, 10);
  g_assert_true (tagged (buffer, "[not_one]", &n));
  g_assert_cmpint (n, ==, 0);
  g_assert_true (tagged (buffer, "Bonjour", &n));
  g_assert_cmpint (n, ==, 0);

  /* A second preview reuses the window. */
  voile_preview_window_present (app, "[NAME_1]", 8);
  iterate ();
  g_assert_true (only_window (app) == window);

  /* "Anonymize" activates app.anonymize once and closes. */
  g_signal_emit_by_name (
      find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, button_has_label, "_Anonymize"),
      "clicked");
  iterate ();
  g_assert_cmpuint (anonymize_count, ==, 1);
  g_assert_cmpuint (ignore_count, ==, 0);
  g_assert_null (gtk_application_get_windows (app));

  /* Closing the window means "leave it": app.ignore. */
  voile_preview_window_present (app, "x", 1);
  iterate ();
  gtk_window_close (only_window (app));
  iterate ();
  g_assert_cmpuint (ignore_count, ==, 1);
  g_assert_cmpuint (anonymize_count, ==, 1);
  g_assert_null (gtk_application_get_windows (app));

  /* "Cancel" too. */
  voile_preview_window_present (app, "x", 1);
  iterate ();
  window = only_window (app);
  g_signal_emit_by_name (
      find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, button_has_label, "_Cancel"), "clicked");
  iterate ();
  g_assert_cmpuint (ignore_count, ==, 2);
  g_assert_null (gtk_application_get_windows (app));
}

static void
test_preview_window_big_text (void)
{
  g_autoptr (GtkApplication) app = new_app ();
  gsize len = 1024 * 1024;
  g_autofree char *big = g_malloc (len);
  GtkTextView *view;
  g_autofree char *shown = NULL;
  GtkTextIter start, end;

  for (gsize i = 0; i < len; i++)
    big[i] = (i % 64 == 63) ? '\n' : "[EMAIL_1] "[i % 10];
  voile_preview_window_present (app, big, len);
  iterate ();
  view = GTK_TEXT_VIEW (
      find_widget (GTK_WIDGET (only_window (app)), GTK_TYPE_TEXT_VIEW, NULL, NULL));
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  shown = gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
  g_assert_cmpuint (strlen (shown), <, len);
  g_assert_true (g_str_has_suffix (shown, "(The text is too long to show in full.)"));
  gtk_window_destroy (only_window (app));
  iterate ();
}

/* ---- the preferences window --------------------------------------------------------------- */

static void
test_preferences_window (void)
{
  g_autoptr (GtkApplication) app = new_app ();
  g_autoptr (GSettings) settings = g_settings_new (APP_ID);
  g_autoptr (GPtrArray) switches = g_ptr_array_new ();
  GtkWindow *window;
  GtkWidget *pause, *mode, *names, *max_size, *ttl, *forget;

  g_settings_reset (settings, "paused");
  g_settings_reset (settings, "mode");
  voile_preferences_window_present (app);
  iterate ();
  window = only_window (app);

  collect_widgets (GTK_WIDGET (window), GTK_TYPE_SWITCH, switches);
  /* paused, watch-primary, notifications, show-tray and one per category. */
  g_assert_cmpuint (switches->len, ==, 4 + VOILE_N_CATEGORIES);

  pause = row_control (GTK_WIDGET (window), "Pause protection");
  g_assert_true (GTK_IS_SWITCH (pause));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (pause)));
  gtk_switch_set_active (GTK_SWITCH (pause), TRUE);
  g_assert_true (g_settings_get_boolean (settings, "paused"));
  g_settings_set_boolean (settings, "paused", FALSE);
  iterate ();
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (pause)));

  mode = row_control (GTK_WIDGET (window), "When personal data is copied");
  g_assert_true (GTK_IS_DROP_DOWN (mode));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (mode)), ==, 0);
  g_settings_set_string (settings, "mode", "notify");
  iterate ();
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (mode)), ==, 2);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (mode), 1);
  g_assert_cmpstr (g_settings_get_string (settings, "mode"), ==, "auto");

  names = row_control (GTK_WIDGET (window), voile_category_get_label (VOILE_CATEGORY_NAMES));
  g_assert_true (GTK_IS_SWITCH (names));
  gtk_switch_set_active (GTK_SWITCH (names), FALSE);
  g_assert_false (g_settings_get_boolean (settings, "category-names"));

  /* Bytes are shown as kilobytes. */
  max_size = row_control (GTK_WIDGET (window), "Largest text to check (KB)");
  g_assert_true (GTK_IS_SPIN_BUTTON (max_size));
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (max_size)), ==,
                     g_settings_get_uint (settings, "max-size") / 1024.0);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (max_size), 100);
  g_assert_cmpuint (g_settings_get_uint (settings, "max-size"), ==, 100 * 1024);

  ttl = row_control (GTK_WIDGET (window), "Forget placeholders after (minutes)");
  g_assert_true (GTK_IS_SPIN_BUTTON (ttl));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (ttl), 30);
  g_assert_cmpuint (g_settings_get_uint (settings, "mapping-ttl-minutes"), ==, 30);

  /* "Forget Now" drives app.forget, and is greyed out while that action is disabled. */
  forget = find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, button_has_label, "_Forget Now");
  g_assert_nonnull (forget);
  forget_count = 0;
  g_signal_emit_by_name (forget, "clicked");
  g_assert_cmpuint (forget_count, ==, 1);
  g_simple_action_set_enabled (
      G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (app), VOILE_ACTION_FORGET)),
      FALSE);
  iterate ();
  g_assert_false (gtk_widget_get_sensitive (forget));

  /* One window only. */
  voile_preferences_window_present (app);
  iterate ();
  g_assert_true (only_window (app) == window);
  gtk_window_destroy (window);
  iterate ();
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tray-menu/status-line", test_status_line);
  g_test_add_func ("/tray-menu/items", test_menu_items);
  g_test_add_func ("/preview-window/text-and-buttons", test_preview_window);
  g_test_add_func ("/preview-window/big-text", test_preview_window_big_text);
  g_test_add_func ("/preferences-window/bindings", test_preferences_window);
  return g_test_run ();
}
