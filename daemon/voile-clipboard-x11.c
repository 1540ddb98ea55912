/* voile-clipboard-x11.c — the clipboard through GdkClipboard on X11 (and XWayland).
 *
 * GdkClipboard::changed fires twice per copy (first with no formats while GDK asks the new
 * owner for its TARGETS) and once at start-up; our own writes are "local". The targets
 * themselves, and the content, are read by VoileX11Selection, which sees the password-manager
 * hint GTK hides and survives an owner that dies in the middle of a transfer. */
#include "config.h"

#include <gdk/x11/gdkx.h>
#include <gtk/gtk.h>
#include <string.h>

#include "voile-clipboard-backends.h"
#include "voile-types.h"
#include "voile-x11-selection.h"
#include "voile-wipe.h"

/* Past this, a read is given up: the owner is stuck or gone. */
#define READ_TIMEOUT_S 10

struct _VoileClipboardX11
{
  VoileClipboard parent_instance;
  GdkClipboard *clipboards[2]; /* CLIPBOARD, PRIMARY */
  VoileX11Selection *selection;
  /* What was copied before we started is not news: GDK still has to announce it. */
  gboolean skip_existing[2];
  guint skip_existing_id;
};

G_DECLARE_FINAL_TYPE (VoileClipboardX11, voile_clipboard_x11, VOILE, CLIPBOARD_X11, VoileClipboard)
G_DEFINE_TYPE (VoileClipboardX11, voile_clipboard_x11, VOILE_TYPE_CLIPBOARD)

/* In order of preference. TEXT and COMPOUND_TEXT alone (very old programs) are not read. */
static const char *const text_targets[] = {
  "UTF8_STRING",
  "text/plain;charset=utf-8",
  "text/plain",
  "STRING",
};

/* Offered by file managers next to the paths as text: a copy of files, not text. */
static const char *const file_targets[] = {
  "text/uri-list",
  "x-special/gnome-copied-files",
  "application/x-kde-cutselection",
};

static gboolean
targets_contain_any (GStrv targets, const char *const *wanted, gsize n_wanted)
{
  for (gsize i = 0; i < n_wanted; i++)
    if (g_strv_contains ((const char *const *)targets, wanted[i]))
      return TRUE;
  return FALSE;
}

/* ---- reading ------------------------------------------------------------------------------ */

typedef struct
{
  VoileSelection selection;
  gsize max_bytes;
  const char *text_target;
  gboolean has_html;
  VoileClipboardContent *content;
  VoileReadGuard guard; /* guard.cancellable: ours, cancelled by the caller's or a timeout */
} ReadData;

static void
read_data_free (ReadData *data)
{
  voile_read_guard_clear (&data->guard);
  voile_clipboard_content_free (data->content);
  g_free (data);
}

static const char *
selection_name (VoileSelection selection)
{
  return selection == VOILE_SELECTION_PRIMARY ? "PRIMARY" : "CLIPBOARD";
}

static void
return_content (GTask *task)
{
  ReadData *data = g_task_get_task_data (task);
  g_task_return_pointer (task, g_steal_pointer (&data->content),
                         (GDestroyNotify)voile_clipboard_content_free);
  g_object_unref (task);
}

/* Takes the bytes (zeroing them) as NUL-terminated UTF-8. STRING is Latin-1; an HTML flavour
 * may come as UTF-16 with a byte-order mark (Firefox); other text that is not UTF-8 is
 * repaired with U+FFFD. */
static char *
bytes_to_utf8 (GBytes *bytes, const char *target, gsize *out_len)
{
  gsize len = 0;
  guint8 *owned = g_bytes_unref_to_data (bytes, &len);
  const guint8 *data = owned;
  char *text = NULL;
  gsize written = 0;

  if (g_str_equal (target, "STRING"))
    text = g_convert ((const char *)data, (gssize)len, "UTF-8", "ISO-8859-1", NULL, &written, NULL);
  else if (len >= 2
           && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
    text = g_convert ((const char *)data + 2, (gssize)len - 2, "UTF-8",
                      data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE", NULL, &written, NULL);
  else
    {
      if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
        {
          data += 3;
          len -= 3;
        }
      if (voile_text_is_valid ((const char *)data, len, NULL))
        {
          text = g_malloc (len + 1);
          if (len > 0)
            memcpy (text, data, len);
          text[len] = '\0';
          written = len;
        }
      else
        {
          text = g_utf8_make_valid ((const char *)data, (gssize)len);
          written = strlen (text);
        }
    }
  if (owned != NULL)
    voile_wipe (owned, (gsize)(data - owned) + len);
  g_free (owned);
  *out_len = written;
  return text;
}

static void
on_html_read (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  VoileClipboardX11 *self = g_task_get_source_object (task);
  ReadData *data = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  GBytes *bytes = voile_x11_selection_read_finish (self->selection, result, &error);

  if (g_cancellable_is_cancelled (data->guard.cancellable))
    {
      g_clear_pointer (&bytes, g_bytes_unref);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Cancelled");
      g_object_unref (task);
      return;
    }
  /* No HTML after all, or too big: the text alone is fine, we never republish the original
   * HTML. */
  if (bytes != NULL)
    {
      gsize len = 0;
      data->content->html = bytes_to_utf8 (bytes, "text/html", &len);
    }
  return_content (task);
}

static void
on_text_read (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  VoileClipboardX11 *self = g_task_get_source_object (task);
  ReadData *data = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  GBytes *bytes = voile_x11_selection_read_finish (self->selection, result, &error);

  if (bytes == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE))
        {
          data->content->kind = VOILE_CONTENT_TOO_BIG;
          return_content (task);
          return;
        }
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }

  gsize len = 0;
  data->content->text = bytes_to_utf8 (bytes, data->text_target, &len);
  data->content->len = len;
  data->content->kind = data->content->text == NULL ? VOILE_CONTENT_NOT_TEXT
                        : len > 0                   ? VOILE_CONTENT_TEXT
                                                    : VOILE_CONTENT_EMPTY;
  if (data->content->kind == VOILE_CONTENT_TEXT && data->has_html)
    {
      voile_x11_selection_read_async (self->selection, selection_name (data->selection),
                                      "text/html", data->max_bytes, data->guard.cancellable,
                                      on_html_read, task);
      return;
    }
  return_content (task);
}

static void
on_targets (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  VoileClipboardX11 *self = g_task_get_source_object (task);
  ReadData *data = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (VoileX11Targets) targets
      = voile_x11_selection_query_targets_finish (self->selection, result, &error);

  if (targets == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }

  data->content->is_ours = gdk_clipboard_is_local (self->clipboards[data->selection]);
  for (gsize i = 0; i < G_N_ELEMENTS (text_targets) && data->text_target == NULL; i++)
    if (g_strv_contains ((const char *const *)targets->targets, text_targets[i]))
      data->text_target = text_targets[i];

  if (targets->secret)
    data->content->kind = VOILE_CONTENT_SECRET;
  else if (targets->targets[0] == NULL)
    data->content->kind = VOILE_CONTENT_EMPTY;
  else if (data->text_target == NULL
           || targets_contain_any (targets->targets, file_targets, G_N_ELEMENTS (file_targets)))
    data->content->kind = VOILE_CONTENT_NOT_TEXT;
  else if (data->content->is_ours)
    data->content->kind = VOILE_CONTENT_EMPTY; /* our own text: no need to read it */
  else
    {
      data->has_html = g_strv_contains ((const char *const *)targets->targets, "text/html");
      voile_x11_selection_read_async (self->selection, selection_name (data->selection),
                                      data->text_target, data->max_bytes, data->guard.cancellable,
                                      on_text_read, task);
      return;
    }
  return_content (task);
}

static void
voile_clipboard_x11_read_async (VoileClipboard *clipboard, VoileSelection selection,
                                gsize max_bytes, GCancellable *cancellable,
                                GAsyncReadyCallback callback, gpointer user_data)
{
  VoileClipboardX11 *self = VOILE_CLIPBOARD_X11 (clipboard);
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, voile_clipboard_x11_read_async);

  ReadData *data = g_new0 (ReadData, 1);
  data->selection = selection;
  data->max_bytes = max_bytes;
  data->content = g_new0 (VoileClipboardContent, 1);
  data->content->kind = VOILE_CONTENT_EMPTY;
  voile_read_guard_init (&data->guard, cancellable, READ_TIMEOUT_S);
  g_task_set_task_data (task, data, (GDestroyNotify)read_data_free);

  voile_x11_selection_query_targets_async (self->selection, selection_name (selection),
                                           data->guard.cancellable, on_targets, task);
}

static VoileClipboardContent *
voile_clipboard_x11_read_finish (VoileClipboard *clipboard, GAsyncResult *result, GError **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- publishing --------------------------------------------------------------------------- */

static gboolean
voile_clipboard_x11_publish (VoileClipboard *clipboard, VoileSelection selection, const char *text,
                             gsize len, const char *html, GError **error)
{
  VoileClipboardX11 *self = VOILE_CLIPBOARD_X11 (clipboard);
  g_autoptr (GBytes) text_bytes = voile_bytes_new_wiped (text, len);
  GdkContentProvider *providers[3];
  guint n = 0;

  /* GDK serves UTF8_STRING, STRING, TEXT… from text/plain;charset=utf-8. */
  providers[n++] = gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", text_bytes);
  providers[n++] = gdk_content_provider_new_for_bytes ("text/plain", text_bytes);
  if (html != NULL)
    {
      g_autoptr (GBytes) html_bytes = voile_bytes_new_wiped (html, strlen (html));
      providers[n++] = gdk_content_provider_new_for_bytes ("text/html", html_bytes);
    }
  g_autoptr (GdkContentProvider) union_provider = gdk_content_provider_new_union (providers, n);

  if (!gdk_clipboard_set_content (self->clipboards[selection], union_provider))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           "The X server did not give us the selection");
      return FALSE;
    }
  return TRUE;
}

static const char *
voile_clipboard_x11_get_name (VoileClipboard *clipboard)
{
  return "x11";
}

/* ---- watching ----------------------------------------------------------------------------- */

static void
on_gdk_clipboard_changed (GdkClipboard *gdk_clipboard, gpointer user_data)
{
  VoileClipboardX11 *self = user_data;
  VoileSelection selection = gdk_clipboard == self->clipboards[VOILE_SELECTION_PRIMARY]
                                 ? VOILE_SELECTION_PRIMARY
                                 : VOILE_SELECTION_CLIPBOARD;
  if (gdk_clipboard_is_local (gdk_clipboard))
    return;
  /* The first signal of a copy comes before GDK knows the formats: wait for the second. */
  GdkContentFormats *formats = gdk_clipboard_get_formats (gdk_clipboard);
  gsize n_mime_types = 0, n_gtypes = 0;
  gdk_content_formats_get_mime_types (formats, &n_mime_types);
  gdk_content_formats_get_gtypes (formats, &n_gtypes);
  if (n_mime_types == 0 && n_gtypes == 0)
    return;
  if (self->skip_existing[selection])
    {
      self->skip_existing[selection] = FALSE;
      g_debug ("Content copied before start-up: not announced");
      return;
    }
  voile_clipboard_emit_changed (VOILE_CLIPBOARD (self), selection);
}

static gboolean
on_skip_existing_over (gpointer user_data)
{
  VoileClipboardX11 *self = user_data;
  self->skip_existing_id = 0;
  self->skip_existing[0] = self->skip_existing[1] = FALSE;
  return G_SOURCE_REMOVE;
}

/* GDK announces the owner present at start-up with a "changed" of its own, once it knows the
 * formats. Skip that one (a restart must not re-announce the same copy), but only for a few
 * seconds, in case GDK never learns the formats. */
static void
skip_existing_content (VoileClipboardX11 *self, GdkDisplay *display)
{
  Display *xdisplay = gdk_x11_display_get_xdisplay (display);
  const char *names[] = { "CLIPBOARD", "PRIMARY" };
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      gsize n_mime_types = 0;
      gdk_content_formats_get_mime_types (gdk_clipboard_get_formats (self->clipboards[i]),
                                          &n_mime_types);
      self->skip_existing[i]
          = n_mime_types == 0
            && XGetSelectionOwner (xdisplay, XInternAtom (xdisplay, names[i], False)) != None;
    }
  self->skip_existing_id = g_timeout_add_seconds (3, on_skip_existing_over, self);
}

static void
voile_clipboard_x11_dispose (GObject *object)
{
  VoileClipboardX11 *self = VOILE_CLIPBOARD_X11 (object);
  for (guint i = 0; i < G_N_ELEMENTS (self->clipboards); i++)
    {
      if (self->clipboards[i] != NULL)
        g_signal_handlers_disconnect_by_data (self->clipboards[i], self);
      g_clear_object (&self->clipboards[i]);
    }
  g_clear_pointer (&self->selection, voile_x11_selection_free);
  g_clear_handle_id (&self->skip_existing_id, g_source_remove);
  G_OBJECT_CLASS (voile_clipboard_x11_parent_class)->dispose (object);
}

static void
voile_clipboard_x11_class_init (VoileClipboardX11Class *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  VoileClipboardClass *clipboard_class = VOILE_CLIPBOARD_CLASS (klass);
  object_class->dispose = voile_clipboard_x11_dispose;
  clipboard_class->read_async = voile_clipboard_x11_read_async;
  clipboard_class->read_finish = voile_clipboard_x11_read_finish;
  clipboard_class->publish = voile_clipboard_x11_publish;
  clipboard_class->get_name = voile_clipboard_x11_get_name;
}

static void
voile_clipboard_x11_init (VoileClipboardX11 *self)
{
}

VoileClipboard *
voile_clipboard_x11_new (GError **error)
{
  GdkDisplay *display = gdk_display_get_default ();
  if (display == NULL || !GDK_IS_X11_DISPLAY (display))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           "GTK does not run on an X11 display");
      return NULL;
    }
  VoileClipboardX11 *self = g_object_new (voile_clipboard_x11_get_type (), NULL);
  self->selection = voile_x11_selection_new (GDK_X11_DISPLAY (display));
  self->clipboards[VOILE_SELECTION_CLIPBOARD] = g_object_ref (gdk_display_get_clipboard (display));
  self->clipboards[VOILE_SELECTION_PRIMARY]
      = g_object_ref (gdk_display_get_primary_clipboard (display));
  for (guint i = 0; i < G_N_ELEMENTS (self->clipboards); i++)
    g_signal_connect (self->clipboards[i], "changed", G_CALLBACK (on_gdk_clipboard_changed), self);
  skip_existing_content (self, display);
  return VOILE_CLIPBOARD (self);
}
