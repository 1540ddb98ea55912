/* voile-preview-window.c — "this is what the chatbot would see".
 *
 * Opened from a notification's "preview" action. The text is already anonymized: the
 * original never reaches this window.
 */
#include "config.h"

#include "voile-preview-window.h"

#include <glib/gi18n.h>

#include "voile-dbus-api.h"
#include "voile-types.h"

/* A GtkTextView crawls with megabytes of text; nobody reads that much in a preview. */
#define MAX_SHOWN_BYTES (64 * 1024)
#define WINDOW_KEY "voile-preview-window"

static gboolean
is_placeholder_name_char (char c)
{
  return g_ascii_isupper (c) || c == '_';
}

/* Length of the placeholder "[TYPE_N]" starting at text[0], or 0. */
static gsize
placeholder_length (const char *text, gsize len)
{
  gsize i = 1;
  gsize digits_start;

  if (len < 4 || text[0] != VOILE_PLACEHOLDER_OPEN)
    return 0;
  while (i < len && is_placeholder_name_char (text[i]))
    i++;
  /* The name ends with "_" followed by the number. */
  if (i < 3 || text[i - 1] != '_')
    return 0;
  digits_start = i;
  while (i < len && g_ascii_isdigit (text[i]))
    i++;
  if (i == digits_start || i >= len || text[i] != VOILE_PLACEHOLDER_CLOSE)
    return 0;
  return i + 1;
}

static void
highlight_placeholders (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  gsize len;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  len = strlen (text);

  for (gsize i = 0; i < len; i++)
    {
      gsize n = placeholder_length (text + i, len - i);

      if (n == 0)
        continue;
      /* Placeholders are ASCII: byte offsets map to characters through the buffer. */
      gtk_text_buffer_get_iter_at_offset (buffer, &start,
                                          (int)g_utf8_pointer_to_offset (text, text + i));
      end = start;
      gtk_text_iter_forward_chars (&end, (int)n);
      gtk_text_buffer_apply_tag_by_name (buffer, "placeholder", &start, &end);
      i += n - 1;
    }
}

static void
set_text (GtkWindow *window, const char *anonymized, gsize len)
{
  GtkTextView *view = g_object_get_data (G_OBJECT (window), "text-view");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  gboolean truncated = len > MAX_SHOWN_BYTES;
  /* Invalid UTF-8 and NUL bytes become U+FFFD: a GtkTextBuffer takes valid text only. */
  g_autofree char *valid = g_utf8_make_valid (anonymized, (gssize)MIN (len, MAX_SHOWN_BYTES));

  gtk_text_buffer_set_text (buffer, valid, -1);
  if (truncated)
    {
      GtkTextIter end;

      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_insert (buffer, &end, "\n\n", -1);
      gtk_text_buffer_insert_with_tags_by_name (
          buffer, &end, _ ("(The text is too long to show in full.)"), -1, "note", NULL);
    }
  highlight_placeholders (buffer);
}

/* The buffer, not the view: the view is already gone when the window's "destroy" runs. */
static void
clear_text (GtkWindow *window)
{
  GtkTextBuffer *buffer = g_object_get_data (G_OBJECT (window), "text-buffer");

  gtk_text_buffer_set_text (buffer, "", 0);
}

/* The answer is given once: a click, or closing the window, which means "leave it". */
static void
answer (GtkWindow *window, const char *action)
{
  GApplication *app = G_APPLICATION (gtk_window_get_application (window));

  if (g_object_get_data (G_OBJECT (window), "answered") == NULL)
    {
      g_object_set_data (G_OBJECT (window), "answered", GINT_TO_POINTER (TRUE));
      if (app != NULL && g_action_group_has_action (G_ACTION_GROUP (app), action))
        g_action_group_activate_action (G_ACTION_GROUP (app), action, NULL);
    }
  gtk_window_destroy (window);
}

static void
on_anonymize_clicked (GtkButton *button, GtkWindow *window)
{
  answer (window, VOILE_ACTION_ANONYMIZE);
}

static void
on_cancel_clicked (GtkButton *button, GtkWindow *window)
{
  answer (window, VOILE_ACTION_IGNORE);
}

static gboolean
on_close_request (GtkWindow *window, gpointer user_data)
{
  if (g_object_get_data (G_OBJECT (window), "answered") == NULL)
    {
      answer (window, VOILE_ACTION_IGNORE);
      return TRUE;
    }
  return FALSE;
}

static void
on_destroy (GtkWindow *window, GtkApplication *app)
{
  clear_text (window);
  if (g_object_get_data (G_OBJECT (app), WINDOW_KEY) == window)
    g_object_set_data (G_OBJECT (app), WINDOW_KEY, NULL);
}

static GtkWindow *
create_window (GtkApplication *app)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (C_ ("preview", "_Cancel"));
  GtkWidget *anonymize = gtk_button_new_with_mnemonic (C_ ("preview", "_Anonymize"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *intro = gtk_label_new (
      _ ("This text will replace the clipboard. The highlighted placeholders stand for the "
         "personal data; Voile can put the real values back into the answer you copy."));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_window_set_application (GTK_WINDOW (window), app);
  gtk_window_set_title (GTK_WINDOW (window), _ ("Anonymized text"));
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 480);

  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), cancel);
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), anonymize);
  gtk_widget_add_css_class (anonymize, "suggested-action");
  gtk_window_set_titlebar (GTK_WINDOW (window), header);

  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0.0f);
  gtk_widget_add_css_class (intro, "dim-label");

  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_monospace (GTK_TEXT_VIEW (view), TRUE);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_buffer_create_tag (buffer, "placeholder", "weight", 700, "background", "#f6d32d",
                              "foreground", "#000000", NULL);
  gtk_text_buffer_create_tag (buffer, "note", "style", PANGO_STYLE_ITALIC, NULL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_add_css_class (scrolled, "frame");

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), intro);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_widget (GTK_WINDOW (window), anonymize);

  gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (shortcuts),
      gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                        gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, shortcuts);

  g_object_set_data (G_OBJECT (window), "text-view", view);
  g_object_set_data_full (G_OBJECT (window), "text-buffer", g_object_ref (buffer), g_object_unref);
  g_signal_connect (anonymize, "clicked", G_CALLBACK (on_anonymize_clicked), window);
  g_signal_connect (cancel, "clicked", G_CALLBACK (on_cancel_clicked), window);
  g_signal_connect (window, "close-request", G_CALLBACK (on_close_request), NULL);
  g_signal_connect (window, "destroy", G_CALLBACK (on_destroy), app);
  return GTK_WINDOW (window);
}

void
voile_preview_window_present (GtkApplication *app, const char *anonymized, gsize len)
{
  GtkWindow *window;

  g_return_if_fail (GTK_IS_APPLICATION (app));
  g_return_if_fail (anonymized != NULL || len == 0);

  window = g_object_get_data (G_OBJECT (app), WINDOW_KEY);
  if (window == NULL)
    {
      window = create_window (app);
      g_object_set_data (G_OBJECT (app), WINDOW_KEY, window);
    }
  set_text (window, anonymized != NULL ? anonymized : "", len);
  gtk_window_present (window);
}
