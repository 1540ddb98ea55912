/* voile-clipboard-wayland.c — the clipboard on wlroots compositors (sway…) and KDE Plasma,
 * through the data-control protocol (voile-data-control.c).
 *
 * A windowless GTK app on Wayland sees no clipboard change and may not set the clipboard; a
 * data-control client may do both. Why not wl-clipboard (wl-paste --watch / wl-copy), which
 * speaks the same protocol: wl-paste 2.1 transfers every new selection into its --watch
 * command, secrets included, and a command that does not drain it kills a wl-copy owner with
 * SIGPIPE (the user loses the clipboard); `--type text --watch` exits on the first non-text
 * copy; wl-copy copies its input into a file under /tmp (copied text must never touch the
 * disk) or takes it in argv (visible to every local user), and offers one MIME type per call.
 * Speaking the protocol ourselves, we:
 *
 *  - learn each new selection and its MIME types, with no transfer and no process: a copy
 *    marked secret by a password manager (x-kde-passwordManagerHint) or holding no text is
 *    never read;
 *  - read one text type through a pipe, with a size cap, a timeout and a cancellable;
 *  - publish text/plain (and aliases) with text/html when asked, served from memory, plus a
 *    marker type that tells our own publications (and their copies by clipboard managers)
 *    from new copies. */
#include "config.h"

#include <string.h>

#include "voile-clipboard-backends.h"
#include "voile-data-control.h"
#include "voile-types.h"
#include "voile-wipe.h"

/* Past this, a read is given up: the owner is stuck or gone. */
#define READ_TIMEOUT_S 10
/* Offered with every publication of ours; carries nothing. */
#define OWN_MARKER_TYPE "application/x-io.github.voile.Voile-published"
/* After the size cap, the rest is drained (not kept) so that an owner which dies on EPIPE
 * (wl-copy does) keeps the clipboard; up to this much. */
#define DRAIN_MAX (256 * 1024 * 1024)

struct _VoileClipboardWayland
{
  VoileClipboard parent_instance;
  VoileDataControl *data_control;
  /* SHA-256 of what we last published per selection (never the text itself). */
  char *published_digest[2];
};

G_DECLARE_FINAL_TYPE (VoileClipboardWayland, voile_clipboard_wayland, VOILE, CLIPBOARD_WAYLAND,
                      VoileClipboard)
G_DEFINE_TYPE (VoileClipboardWayland, voile_clipboard_wayland, VOILE_TYPE_CLIPBOARD)

/* In order of preference; most toolkits offer several of them for one text. */
static const char *const text_types[] = {
  "text/plain;charset=utf-8",
  "UTF8_STRING",
  "text/plain",
  "STRING",
};

/* Offered by file managers next to the paths as text: a copy of files, not text. */
static const char *const file_types[] = {
  "text/uri-list",
  "x-special/gnome-copied-files",
  "application/x-kde-cutselection",
};

#define SECRET_HINT_TYPE "x-kde-passwordManagerHint"

static char *
digest_of (const char *text, gsize len)
{
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)text, len);
}

static gboolean
strv_contains_any (const char *const *strv, const char *const *wanted, gsize n_wanted)
{
  for (gsize i = 0; i < n_wanted; i++)
    if (g_strv_contains (strv, wanted[i]))
      return TRUE;
  return FALSE;
}

gboolean
voile_clipboard_wayland_is_usable (void)
{
  /* Mutter (GNOME) has no data-control: there XWayland is the way. */
  return voile_data_control_is_available ();
}

/* ---- watching ------------------------------------------------------------------------------ */

static void
on_selection_changed (gboolean primary, gpointer user_data)
{
  VoileClipboardWayland *self = user_data;
  VoileSelection selection = primary ? VOILE_SELECTION_PRIMARY : VOILE_SELECTION_CLIPBOARD;
  const char *const *types = voile_data_control_get_mime_types (self->data_control, primary);
  /* Our own publication, or a clipboard manager taking it over with all its types. */
  if (types != NULL && g_strv_contains (types, OWN_MARKER_TYPE))
    return;
  voile_clipboard_emit_changed (VOILE_CLIPBOARD (self), selection);
}

/* ---- reading ------------------------------------------------------------------------------- */

typedef struct
{
  VoileSelection selection;
  gsize max_bytes;
  gboolean reading_html;
  gboolean has_html;
  gboolean draining; /* over the cap: reading to drop */
  gsize drained;
  GInputStream *stream;
  GByteArray *buffer;
  VoileClipboardContent *content;
  VoileReadGuard guard; /* guard.cancellable: ours, cancelled by the caller's or a timeout */
} ReadData;

static void
clear_buffer (GByteArray **buffer)
{
  if (*buffer == NULL)
    return;
  /* Copied text may be personal: do not leave it in freed memory. */
  voile_wipe ((*buffer)->data, (*buffer)->len);
  g_byte_array_unref (*buffer);
  *buffer = NULL;
}

static void
read_data_free (ReadData *data)
{
  voile_read_guard_clear (&data->guard);
  g_clear_object (&data->stream);
  clear_buffer (&data->buffer);
  voile_clipboard_content_free (data->content);
  g_free (data);
}

static void
return_content (GTask *task)
{
  ReadData *data = g_task_get_task_data (task);
  g_task_return_pointer (task, g_steal_pointer (&data->content),
                         (GDestroyNotify)voile_clipboard_content_free);
  g_object_unref (task);
}

static void
return_error (GTask *task, GError *error)
{
  ReadData *data = g_task_get_task_data (task);
  if (g_cancellable_is_cancelled (data->guard.cancellable))
    {
      g_clear_error (&error);
      error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "Cancelled");
    }
  g_task_return_error (task, error);
  g_object_unref (task);
}

/* The buffer as NUL-terminated UTF-8 (the buffer is zeroed and dropped). Text that is not
 * UTF-8 is repaired with U+FFFD; NUL bytes are kept. */
static char *
take_buffer_as_utf8 (GByteArray **buffer, gsize *out_len)
{
  const char *data = (const char *)(*buffer)->data;
  gsize len = (*buffer)->len;
  char *text;

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      len -= 3;
    }
  if (voile_text_is_valid (data, len, NULL))
    {
      text = g_malloc (len + 1);
      memcpy (text, data, len);
      text[len] = '\0';
    }
  else
    {
      text = g_utf8_make_valid (data, (gssize)len);
      len = strlen (text);
    }
  clear_buffer (buffer);
  *out_len = len;
  return text;
}

static void
read_next_chunk (GTask *task);
static void
start_transfer (GTask *task, const char *mime_type);

static void
finish_transfer (GTask *task)
{
  ReadData *data = g_task_get_task_data (task);
  gsize len = 0;

  g_clear_object (&data->stream);
  if (data->draining)
    {
      clear_buffer (&data->buffer);
      if (!data->reading_html)
        data->content->kind = VOILE_CONTENT_TOO_BIG;
      /* Too big an HTML flavour: the text alone will do, we never republish the original. */
      return_content (task);
      return;
    }
  if (!data->reading_html)
    {
      data->content->text = take_buffer_as_utf8 (&data->buffer, &data->content->len);
      data->content->kind = VOILE_CONTENT_TEXT;
      if (data->has_html)
        {
          data->reading_html = TRUE;
          start_transfer (task, "text/html");
          return;
        }
    }
  else
    {
      data->content->html = take_buffer_as_utf8 (&data->buffer, &len);
    }
  return_content (task);
}

static void
on_chunk (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  ReadData *data = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) chunk
      = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), result, &error);
  if (chunk == NULL)
    {
      return_error (task, g_steal_pointer (&error));
      return;
    }

  gsize size = 0;
  const guint8 *bytes = g_bytes_get_data (chunk, &size);
  if (size == 0)
    {
      finish_transfer (task);
      return;
    }
  if (!data->draining && data->buffer->len + size > data->max_bytes)
    {
      data->draining = TRUE;
      clear_buffer (&data->buffer);
    }
  if (data->draining)
    {
      data->drained += size;
      if (data->drained > DRAIN_MAX)
        {
          finish_transfer (task);
          return;
        }
    }
  else
    {
      g_byte_array_append (data->buffer, bytes, (guint)size);
    }
  /* The chunk is plain heap memory that only we hold: zero it too. */
  voile_wipe ((gpointer)bytes, size);
  read_next_chunk (task);
}

static void
read_next_chunk (GTask *task)
{
  ReadData *data = g_task_get_task_data (task);
  g_input_stream_read_bytes_async (data->stream, 64 * 1024, G_PRIORITY_DEFAULT,
                                   data->guard.cancellable, on_chunk, task);
}

static void
start_transfer (GTask *task, const char *mime_type)
{
  VoileClipboardWayland *self = g_task_get_source_object (task);
  ReadData *data = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;

  data->stream = voile_data_control_receive (
      self->data_control, data->selection == VOILE_SELECTION_PRIMARY, mime_type, &error);
  if (data->stream == NULL)
    {
      return_error (task, g_steal_pointer (&error));
      return;
    }
  clear_buffer (&data->buffer);
  data->buffer = g_byte_array_new ();
  data->draining = FALSE;
  data->drained = 0;
  read_next_chunk (task);
}

static void
voile_clipboard_wayland_read_async (VoileClipboard *clipboard, VoileSelection selection,
                                    gsize max_bytes, GCancellable *cancellable,
                                    GAsyncReadyCallback callback, gpointer user_data)
{
  VoileClipboardWayland *self = VOILE_CLIPBOARD_WAYLAND (clipboard);
  GTask *task = g_task_new (clipboard, cancellable, callback, user_data);
  g_task_set_source_tag (task, voile_clipboard_wayland_read_async);

  ReadData *data = g_new0 (ReadData, 1);
  data->selection = selection;
  data->max_bytes = max_bytes;
  data->content = g_new0 (VoileClipboardContent, 1);
  voile_read_guard_init (&data->guard, cancellable, READ_TIMEOUT_S);
  g_task_set_task_data (task, data, (GDestroyNotify)read_data_free);

  /* Decided on the MIME types alone: nothing is transferred for what we leave alone. */
  const char *const *types = voile_data_control_get_mime_types (
      self->data_control, selection == VOILE_SELECTION_PRIMARY);
  const char *text_type = NULL;
  if (types == NULL || types[0] == NULL)
    data->content->kind = VOILE_CONTENT_EMPTY;
  else if (g_strv_contains (types, OWN_MARKER_TYPE))
    data->content->is_ours = TRUE;
  /* Any value of the hint: a password manager set it, and we never read its content. */
  else if (g_strv_contains (types, SECRET_HINT_TYPE))
    data->content->kind = VOILE_CONTENT_SECRET;
  else if (strv_contains_any (types, file_types, G_N_ELEMENTS (file_types)))
    data->content->kind = VOILE_CONTENT_NOT_TEXT;
  else
    {
      for (gsize i = 0; i < G_N_ELEMENTS (text_types) && text_type == NULL; i++)
        if (g_strv_contains (types, text_types[i]))
          text_type = text_types[i];
      if (text_type == NULL)
        data->content->kind = VOILE_CONTENT_NOT_TEXT;
    }
  if (text_type == NULL)
    {
      /* is_ours: the content of our own publication is ours to know, not to read back. */
      if (data->content->is_ours)
        data->content->kind = VOILE_CONTENT_EMPTY;
      return_content (task);
      return;
    }
  data->has_html = g_strv_contains (types, "text/html");
  start_transfer (task, text_type);
}

static VoileClipboardContent *
voile_clipboard_wayland_read_finish (VoileClipboard *clipboard, GAsyncResult *result,
                                     GError **error)
{
  VoileClipboardWayland *self = VOILE_CLIPBOARD_WAYLAND (clipboard);
  VoileClipboardContent *content = g_task_propagate_pointer (G_TASK (result), error);
  if (content != NULL && content->kind == VOILE_CONTENT_TEXT && !content->is_ours)
    {
      /* Our text again, put back by a program that dropped our marker. */
      ReadData *data = g_task_get_task_data (G_TASK (result));
      g_autofree char *digest = digest_of (content->text, content->len);
      content->is_ours = g_strcmp0 (digest, self->published_digest[data->selection]) == 0;
    }
  return content;
}

/* ---- publishing ---------------------------------------------------------------------------- */

static gboolean
voile_clipboard_wayland_publish (VoileClipboard *clipboard, VoileSelection selection,
                                 const char *text, gsize len, const char *html, GError **error)
{
  VoileClipboardWayland *self = VOILE_CLIPBOARD_WAYLAND (clipboard);
  if (!voile_data_control_set_selection (self->data_control, selection == VOILE_SELECTION_PRIMARY,
                                         text, len, html, OWN_MARKER_TYPE, error))
    return FALSE;
  g_free (self->published_digest[selection]);
  self->published_digest[selection] = digest_of (text, len);
  return TRUE;
}

static const char *
voile_clipboard_wayland_get_name (VoileClipboard *clipboard)
{
  return "wayland-data-control";
}

/* ---- life cycle ---------------------------------------------------------------------------- */

static void
voile_clipboard_wayland_dispose (GObject *object)
{
  VoileClipboardWayland *self = VOILE_CLIPBOARD_WAYLAND (object);
  g_clear_pointer (&self->data_control, voile_data_control_free);
  for (guint i = 0; i < G_N_ELEMENTS (self->published_digest); i++)
    g_clear_pointer (&self->published_digest[i], g_free);
  G_OBJECT_CLASS (voile_clipboard_wayland_parent_class)->dispose (object);
}

static void
voile_clipboard_wayland_class_init (VoileClipboardWaylandClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  VoileClipboardClass *clipboard_class = VOILE_CLIPBOARD_CLASS (klass);
  object_class->dispose = voile_clipboard_wayland_dispose;
  clipboard_class->read_async = voile_clipboard_wayland_read_async;
  clipboard_class->read_finish = voile_clipboard_wayland_read_finish;
  clipboard_class->publish = voile_clipboard_wayland_publish;
  clipboard_class->get_name = voile_clipboard_wayland_get_name;
}

static void
voile_clipboard_wayland_init (VoileClipboardWayland *self)
{
}

VoileClipboard *
voile_clipboard_wayland_new (GError **error)
{
  g_autoptr (VoileClipboardWayland) self = g_object_new (voile_clipboard_wayland_get_type (), NULL);
  self->data_control = voile_data_control_new (on_selection_changed, self, error);
  if (self->data_control == NULL)
    return NULL;
  return VOILE_CLIPBOARD (g_steal_pointer (&self));
}
