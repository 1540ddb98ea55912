/* voile-clipboard-x11.c — the clipboard through GdkClipboard on X11 (and XWayland).
 *
 * GdkClipboard::changed fires twice per copy (first with no formats while GDK asks the new
 * owner for its TARGETS) and once at start-up; our own writes are "local". The targets
 * themselves come from VoileX11Targets, which sees the password-manager hint GTK hides. */
#include "config.h"

#include <gdk/x11/gdkx.h>
#include <gtk/gtk.h>
#include <string.h>

#include "voile-clipboard-backends.h"
#include "voile-types.h"
#include "voile-x11-targets.h"

#define READ_CHUNK (64 * 1024)
/* Past this, a read is given up: the owner is stuck or gone. */
#define READ_TIMEOUT_S 10

struct _VoileClipboardX11
{
  VoileClipboard parent_instance;
  GdkClipboard *clipboards[2]; /* CLIPBOARD, PRIMARY */
  VoileX11Targets *targets;
};

G_DECLARE_FINAL_TYPE (VoileClipboardX11, voile_clipboard_x11, VOILE, CLIPBOARD_X11,
                      VoileClipboard)
G_DEFINE_TYPE (VoileClipboardX11, voile_clipboard_x11, VOILE_TYPE_CLIPBOARD)

static const char *const text_targets[] = {
  "UTF8_STRING", "text/plain;charset=utf-8", "text/plain", "STRING", "TEXT", "COMPOUND_TEXT",
};

/* Offered by file managers next to the paths as text: a copy of files, not text. */
static const char *const file_targets[] = {
  "text/uri-list", "x-special/gnome-copied-files", "application/x-kde-cutselection",
};

static const char *read_mime_types[] = { "text/plain;charset=utf-8", "text/plain", NULL };
static const char *html_mime_types[] = { "text/html", NULL };

static gboolean
targets_contain_any (GStrv targets, const char *const *wanted, gsize n_wanted)
{
  for (gsize i = 0; i < n_wanted; i++)
    if (g_strv_contains ((const char *const *) targets, wanted[i]))
      return TRUE;
  return FALSE;
}

/* ---- reading ------------------------------------------------------------------------------ */

typedef struct
{
  VoileSelection selection;
  gsize max_bytes;
  gboolean has_html;
  gboolean reading_html;
  GByteArray *buffer;
  GInputStream *stream;
  VoileClipboardContent *content;
  GCancellable *cancellable; /* ours: the caller's, or the timeout */
  gulong caller_cancel_id;
  GCancellable *caller_cancellable;
  guint timeout_id;
} ReadData;

static void
wipe_byte_array (GByteArray *array)
{
  if (array == NULL)
    return;
  memset (array->data, 0, array->len);
  g_byte_array_unref (array);
}

static void
read_data_free (ReadData *data)
{
  g_clear_handle_id (&data->timeout_id, g_source_remove);
  if (data->caller_cancellable != NULL)
    g_cancellable_disconnect (data->caller_cancellable, data->caller_cancel_id);
  g_clear_object (&data->caller_cancellable);
  g_clear_object (&data->cancellable);
  g_clear_object (&data->stream);
  wipe_byte_array (g_steal_pointer (&data->buffer));
  voile_clipboard_content_free (data->content);
  g_free (data);
}

static gboolean
on_read_timeout (gpointer user_data)
{
  ReadData *data = user_data;
  data->timeout_id = 0;
  g_cancellable_cancel (data->cancellable);
  return G_SOURCE_REMOVE;
}

static void
on_caller_cancelled (GCancellable *caller, gpointer user_data)
{
  g_cancellable_cancel (G_CANCELLABLE (user_data));
}

static void
return_content (GTask *task)
{
  ReadData *data = g_task_get_task_data (task);
  g_task_return_pointer (task, g_steal_pointer (&data->content),
                         (GDestroyNotify) voile_clipboard_content_free);
  g_object_unref (task);
}

/* Turns the bytes read into NUL-terminated UTF-8. An HTML flavour may come as UTF-16 with a
 * byte-order mark (Firefox); text that is not UTF-8 is repaired with U+FFFD. */
static char *
bytes_to_utf8 (GByteArray *buffer, gsize *out_len)
{
  const guint8 *data = buffer->data;
  gsize len = buffer->len;
  char *text;

  if (len >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
    {
      const char *from = data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
      gsize written = 0;
      text = g_convert ((const char *) data + 2, len - 2, "UTF-8", from, NULL, &written, NULL);
      if (text == NULL)
        return NULL;
      *out_len = written;
      return text;
    }
  if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
    {
      data += 3;
      len -= 3;
    }
  if (voile_text_is_valid ((const char *) data, len, NULL))
    {
      text = g_malloc (len + 1);
      memcpy (text, data, len);
      text[len] = '\0';
      *out_len = len;
      return text;
    }
  text = g_utf8_make_valid ((const char *) data, (gssize) len);
  *out_len = strlen (text);
  return text;
}

static void read_flavour (GTask *task);

static void
on_chunk_read (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  ReadData *data = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), result,
                                                              &error);
  if (chunk == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }

  gsize size = g_bytes_get_size (chunk);
  if (size > 0 && data->buffer->len + size <= data->max_bytes)
    {
      g_byte_array_append (data->buffer, g_bytes_get_data (chunk, NULL), size);
      g_input_stream_read_bytes_async (data->stream, READ_CHUNK, G_PRIORITY_DEFAULT,
                                       data->cancellable, on_chunk_read, task);
      return;
    }
  if (size > 0)
    {
      /* Over the cap. A too-big HTML flavour is only dropped: we never republish it. */
      if (!data->reading_html)
        {
          wipe_byte_array (g_steal_pointer (&data->buffer));
          data->content->kind = VOILE_CONTENT_TOO_BIG;
          g_input_stream_close_async (data->stream, G_PRIORITY_DEFAULT, NULL, NULL, NULL);
          return_content (task);
          return;
        }
      g_byte_array_set_size (data->buffer, 0);
    }
  g_input_stream_close_async (data->stream, G_PRIORITY_DEFAULT, NULL, NULL, NULL);
  g_clear_object (&data->stream);

  gsize len = 0;
  if (!data->reading_html)
    {
      data->content->text = bytes_to_utf8 (data->buffer, &len);
      data->content->len = len;
      data->content->kind = len > 0 ? VOILE_CONTENT_TEXT : VOILE_CONTENT_EMPTY;
      if (data->content->text == NULL)
        data->content->kind = VOILE_CONTENT_NOT_TEXT;
      if (data->content->kind == VOILE_CONTENT_TEXT && data->has_html)
        {
          data->reading_html = TRUE;
          wipe_byte_array (data->buffer);
          data->buffer = g_byte_array_new ();
          read_flavour (task);
          return;
        }
    }
  else if (data->buffer->len > 0)
    {
      data->content->html = bytes_to_utf8 (data->buffer, &len);
    }
  return_content (task);
}

static void
on_stream_ready (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  ReadData *data = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  data->stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, NULL, &error);
  if (data->stream == NULL)
    {
      if (data->reading_html && !g_cancellable_is_cancelled (data->cancellable))
        {
          return_content (task); /* no HTML after all: the text alone is fine */
          return;
        }
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }
  g_input_stream_read_bytes_async (data->stream, READ_CHUNK, G_PRIORITY_DEFAULT,
                                   data->cancellable, on_chunk_read, task);
}

static void
read_flavour (GTask *task)
{
  VoileClipboardX11 *self = g_task_get_source_object (task);
  ReadData *data = g_task_get_task_data (task);
  gdk_clipboard_read_async (self->clipboards[data->selection],
                            (const char **) (data->reading_html ? html_mime_types : read_mime_types),
                            G_PRIORITY_DEFAULT, data->cancellable, on_stream_ready, task);
}

static void
on_targets (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  VoileClipboardX11 *self = g_task_get_source_object (task);
  ReadData *data = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (VoileX11TargetsResult) targets =
      voile_x11_targets_query_finish (self->targets, result, &error);

  if (targets == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (task);
      return;
    }

  data->content->is_ours = gdk_clipboard_is_local (self->clipboards[data->selection]);
  if (targets->secret)
    data->content->kind = VOILE_CONTENT_SECRET;
  else if (targets->targets[0] == NULL)
    data->content->kind = VOILE_CONTENT_EMPTY;
  else if (!targets_contain_any (targets->targets, text_targets, G_N_ELEMENTS (text_targets))
           || targets_contain_any (targets->targets, file_targets, G_N_ELEMENTS (file_targets)))
    data->content->kind = VOILE_CONTENT_NOT_TEXT;
  else
    {
      data->has_html = g_strv_contains ((const char *const *) targets->targets, "text/html");
      data->buffer = g_byte_array_new ();
      read_flavour (task);
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
  data->cancellable = g_cancellable_new ();
  if (cancellable != NULL)
    {
      data->caller_cancellable = g_object_ref (cancellable);
      data->caller_cancel_id = g_cancellable_connect (cancellable, G_CALLBACK (on_caller_cancelled),
                                                      g_object_ref (data->cancellable),
                                                      g_object_unref);
    }
  data->timeout_id = g_timeout_add_seconds (READ_TIMEOUT_S, on_read_timeout, data);
  g_task_set_task_data (task, data, (GDestroyNotify) read_data_free);

  voile_x11_targets_query_async (self->targets,
                                 selection == VOILE_SELECTION_PRIMARY ? "PRIMARY" : "CLIPBOARD",
                                 data->cancellable, on_targets, task);
}

static VoileClipboardContent *
voile_clipboard_x11_read_finish (VoileClipboard *clipboard, GAsyncResult *result,
                                 GError **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- publishing --------------------------------------------------------------------------- */

static gboolean
voile_clipboard_x11_publish (VoileClipboard *clipboard, VoileSelection selection,
                             const char *text, gsize len, const char *html, GError **error)
{
  VoileClipboardX11 *self = VOILE_CLIPBOARD_X11 (clipboard);
  g_autoptr (GBytes) text_bytes = g_bytes_new (text, len);
  GdkContentProvider *providers[3];
  guint n = 0;

  /* GDK serves UTF8_STRING, STRING, TEXT… from text/plain;charset=utf-8. */
  providers[n++] = gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", text_bytes);
  providers[n++] = gdk_content_provider_new_for_bytes ("text/plain", text_bytes);
  if (html != NULL)
    {
      g_autoptr (GBytes) html_bytes = g_bytes_new (html, strlen (html));
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
  VoileSelection selection =
      gdk_clipboard == self->clipboards[VOILE_SELECTION_PRIMARY] ? VOILE_SELECTION_PRIMARY
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
  voile_clipboard_emit_changed (VOILE_CLIPBOARD (self), selection);
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
  g_clear_pointer (&self->targets, voile_x11_targets_free);
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
  self->targets = voile_x11_targets_new (GDK_X11_DISPLAY (display));
  self->clipboards[VOILE_SELECTION_CLIPBOARD] = g_object_ref (gdk_display_get_clipboard (display));
  self->clipboards[VOILE_SELECTION_PRIMARY] =
      g_object_ref (gdk_display_get_primary_clipboard (display));
  for (guint i = 0; i < G_N_ELEMENTS (self->clipboards); i++)
    g_signal_connect (self->clipboards[i], "changed", G_CALLBACK (on_gdk_clipboard_changed), self);
  return VOILE_CLIPBOARD (self);
}
