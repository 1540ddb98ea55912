/* voile-clipboard-wayland.c — the clipboard on wlroots compositors (sway…) and KDE Plasma,
 * through the data-control protocol as wl-clipboard speaks it.
 *
 * A windowless GTK app on Wayland sees no clipboard change and may not set the clipboard, but
 * a data-control client may do both. wl-clipboard is that client:
 *
 *  - watching: one long-lived `wl-paste --watch echo` per selection. wl-paste runs `echo` on
 *    every new selection; echo writes a line to wl-paste's stdout (our pipe) and never reads
 *    the content wl-paste offers it on stdin. No polling: we sleep on that pipe.
 *    (`--type text --watch` is no good: wl-paste 2.1 exits on the first non-text copy.)
 *  - reading: `wl-paste --list-types` first, so that a copy marked secret by a password
 *    manager (x-kde-passwordManagerHint) or holding no text is never read; then
 *    `wl-paste --no-newline --type T` with a size cap, a timeout and a cancellable.
 *  - publishing: `wl-copy --type text/plain -- TEXT`. The text goes through argv because
 *    wl-copy 2.1 copies its standard input into a file under /tmp, and copied text must never
 *    touch the disk. wl-copy offers one MIME type per call, so an HTML flavour is not
 *    published: pasting gives the plain text, and no HTML copy of the personal data survives.
 *
 * Our own publications are recognised twice: the watch event that follows a publication is
 * swallowed, and a read that returns the text we published says is_ours. */
#include "config.h"

#include <string.h>
#include <wayland-client.h>

#include "voile-clipboard-backends.h"
#include "voile-dbus-api.h"
#include "voile-types.h"

/* Past this, a read is given up: the owner is stuck or gone. */
#define READ_TIMEOUT_S 10
/* The watch event of our own publication arrives within this delay, or never. */
#define OWN_EVENT_DELAY_US (2 * G_USEC_PER_SEC)
/* wl-paste restarts: first after 1 s, doubling up to 1 min; a run that lasted this long
 * was healthy and resets the delay. */
#define RESTART_MIN_S 1
#define RESTART_MAX_S 60
#define HEALTHY_RUN_US (30 * G_USEC_PER_SEC)
/* argv limits: one argument may not exceed MAX_ARG_STRLEN (128 KiB); all of them together
 * share ARG_MAX (2 MiB with the usual 8 MiB stack) with the environment. */
#define ARG_CHUNK_MAX (120 * 1024)
#define PUBLISH_MAX (1536 * 1024)

typedef struct _VoileClipboardWayland VoileClipboardWayland;

/* The long-lived `wl-paste --watch` of one selection. */
typedef struct
{
  VoileClipboardWayland *owner; /* not a reference: the backend owns the watch */
  VoileSelection selection;
  GSubprocess *process;
  GDataInputStream *lines;
  GCancellable *cancellable; /* cancelled when the backend goes away */
  guint restart_id;
  guint restart_delay_s;
  gint64 started_us;
  gboolean skip_first_event; /* the selection that was there when wl-paste started */
  /* Our publications whose watch event is still to come. */
  guint own_pending;
  gint64 own_pending_until_us;
} Watch;

struct _VoileClipboardWayland
{
  VoileClipboard parent_instance;
  Watch watches[2]; /* CLIPBOARD, PRIMARY */
  /* SHA-256 of what we last published per selection (never the text itself). */
  char *published_digest[2];
  /* PRIMARY changes at every mouse selection: watched only when the user asked for it. */
  GSettings *settings;
};

G_DECLARE_FINAL_TYPE (VoileClipboardWayland, voile_clipboard_wayland, VOILE, CLIPBOARD_WAYLAND,
                      VoileClipboard)
G_DEFINE_TYPE (VoileClipboardWayland, voile_clipboard_wayland, VOILE_TYPE_CLIPBOARD)

/* In order of preference; wl-copy and most toolkits offer several of them for one text. */
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

static GSubprocess *
spawn_argv (GSubprocessFlags flags, const char *const *argv, GError **error)
{
  g_autoptr (GSubprocessLauncher) launcher = g_subprocess_launcher_new (flags);
  /* No locale in wl-clipboard's messages: we never show them, and they never hold content. */
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C", TRUE);
  return g_subprocess_launcher_spawnv (launcher, argv, error);
}

/* wl-paste [--primary] ARGS…: stdout is ours, stderr is dropped (it never holds content). */
G_GNUC_NULL_TERMINATED static GSubprocess *
spawn_wl_paste (VoileSelection selection, GError **error, const char *first_arg, ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_ptr_array_add (argv, (gpointer) "wl-paste");
  if (selection == VOILE_SELECTION_PRIMARY)
    g_ptr_array_add (argv, (gpointer) "--primary");
  va_list args;
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  return spawn_argv (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                     (const char *const *)argv->pdata, error);
}

/* ---- is data-control there? ---------------------------------------------------------------- */

static void
on_global (void *data, struct wl_registry *registry, uint32_t name, const char *interface,
           uint32_t version)
{
  gboolean *found = data;
  /* wl-clipboard 2.1 speaks the wlroots flavour only (also implemented by KWin). */
  if (g_str_equal (interface, "zwlr_data_control_manager_v1"))
    *found = TRUE;
}

static void
on_global_remove (void *data, struct wl_registry *registry, uint32_t name)
{
}

static const struct wl_registry_listener registry_listener = {
  .global = on_global,
  .global_remove = on_global_remove,
};

gboolean
voile_clipboard_wayland_is_usable (void)
{
  if (g_getenv ("WAYLAND_DISPLAY") == NULL)
    return FALSE;

  g_autofree char *wl_paste = g_find_program_in_path ("wl-paste");
  g_autofree char *wl_copy = g_find_program_in_path ("wl-copy");
  if (wl_paste == NULL || wl_copy == NULL)
    {
      g_message ("wl-clipboard (wl-paste, wl-copy) is not installed: no Wayland clipboard");
      return FALSE;
    }

  /* Ask the compositor itself: Mutter (GNOME) has no data-control, and there wl-paste
   * --watch would fail; XWayland is the way. */
  struct wl_display *display = wl_display_connect (NULL);
  if (display == NULL)
    return FALSE;
  gboolean found = FALSE;
  struct wl_registry *registry = wl_display_get_registry (display);
  wl_registry_add_listener (registry, &registry_listener, &found);
  int roundtrip = wl_display_roundtrip (display);
  wl_registry_destroy (registry);
  wl_display_disconnect (display);
  return roundtrip >= 0 && found;
}

/* ---- watching ------------------------------------------------------------------------------ */

static void
watch_start (Watch *watch);

static gboolean
on_restart_timeout (gpointer user_data)
{
  Watch *watch = user_data;
  watch->restart_id = 0;
  watch_start (watch);
  return G_SOURCE_REMOVE;
}

static void
watch_schedule_restart (Watch *watch)
{
  if (watch->process != NULL)
    g_subprocess_force_exit (watch->process);
  g_clear_object (&watch->process);
  g_clear_object (&watch->lines);
  /* A publication made while nobody watched will never be seen. */
  watch->own_pending = 0;

  if (g_get_monotonic_time () - watch->started_us > HEALTHY_RUN_US)
    watch->restart_delay_s = RESTART_MIN_S;
  g_message ("wl-paste --watch (%s) stopped; restarting in %u s",
             watch->selection == VOILE_SELECTION_PRIMARY ? "primary" : "clipboard",
             watch->restart_delay_s);
  watch->restart_id = g_timeout_add_seconds (watch->restart_delay_s, on_restart_timeout, watch);
  watch->restart_delay_s = MIN (watch->restart_delay_s * 2, RESTART_MAX_S);
}

static void
watch_on_event (Watch *watch)
{
  if (watch->skip_first_event)
    {
      watch->skip_first_event = FALSE;
      return;
    }
  if (watch->own_pending > 0)
    {
      watch->own_pending--;
      if (g_get_monotonic_time () <= watch->own_pending_until_us)
        return;
      watch->own_pending = 0;
    }
  voile_clipboard_emit_changed (VOILE_CLIPBOARD (watch->owner), watch->selection);
}

static void
on_watch_line (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *line
      = g_data_input_stream_read_line_finish (G_DATA_INPUT_STREAM (source), result, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return; /* the backend is going away: user_data may be freed */

  Watch *watch = user_data;
  if (line == NULL)
    {
      watch_schedule_restart (watch);
      return;
    }
  watch_on_event (watch);
  g_data_input_stream_read_line_async (watch->lines, G_PRIORITY_DEFAULT, watch->cancellable,
                                       on_watch_line, watch);
}

static void
watch_spawn (Watch *watch)
{
  g_autoptr (GError) error = NULL;
  watch->started_us = g_get_monotonic_time ();
  watch->process = spawn_wl_paste (watch->selection, &error, "--watch", "echo", "changed", NULL);
  if (watch->process == NULL)
    {
      g_warning ("Could not start wl-paste: %s", error->message);
      watch_schedule_restart (watch);
      return;
    }
  watch->lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (watch->process));
  g_data_input_stream_read_line_async (watch->lines, G_PRIORITY_DEFAULT, watch->cancellable,
                                       on_watch_line, watch);
}

static void
on_initial_types (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *out = NULL;
  gboolean ok
      = g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result, &out, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  Watch *watch = user_data;
  /* wl-paste --watch reports the selection it finds at start: not a copy made now. */
  watch->skip_first_event
      = ok && g_subprocess_get_successful (G_SUBPROCESS (source)) && out != NULL && *out != '\0';
  watch_spawn (watch);
}

static void
watch_start (Watch *watch)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GSubprocess) probe = spawn_wl_paste (watch->selection, &error, "--list-types", NULL);
  if (probe == NULL)
    {
      watch->skip_first_event = FALSE;
      watch_spawn (watch);
      return;
    }
  g_subprocess_communicate_utf8_async (probe, NULL, watch->cancellable, on_initial_types, watch);
}

static void
watch_run (Watch *watch)
{
  if (watch->cancellable != NULL)
    return; /* already running, or waiting to restart */
  watch->cancellable = g_cancellable_new ();
  watch->restart_delay_s = RESTART_MIN_S;
  watch->own_pending = 0;
  watch_start (watch);
}

static void
watch_stop (Watch *watch)
{
  g_cancellable_cancel (watch->cancellable);
  g_clear_handle_id (&watch->restart_id, g_source_remove);
  if (watch->process != NULL)
    g_subprocess_force_exit (watch->process);
  g_clear_object (&watch->process);
  g_clear_object (&watch->lines);
  g_clear_object (&watch->cancellable);
}

/* ---- reading ------------------------------------------------------------------------------- */

typedef enum
{
  STAGE_TYPES,
  STAGE_TEXT,
  STAGE_HTML,
} ReadStage;

typedef struct
{
  VoileSelection selection;
  gsize max_bytes;
  ReadStage stage;
  const char *text_type;
  gboolean has_html;
  GSubprocess *process;
  GByteArray *buffer;
  VoileClipboardContent *content;
  GCancellable *cancellable; /* ours: cancelled by the caller's, or by the timeout */
  GCancellable *caller_cancellable;
  gulong caller_cancel_id;
  guint timeout_id;
} ReadData;

static void
clear_buffer (GByteArray **buffer)
{
  if (*buffer == NULL)
    return;
  /* Copied text may be personal: do not leave it in freed memory. */
  memset ((*buffer)->data, 0, (*buffer)->len);
  g_byte_array_unref (*buffer);
  *buffer = NULL;
}

static void
read_data_free (ReadData *data)
{
  g_clear_handle_id (&data->timeout_id, g_source_remove);
  if (data->caller_cancellable != NULL)
    g_cancellable_disconnect (data->caller_cancellable, data->caller_cancel_id);
  g_clear_object (&data->caller_cancellable);
  if (data->process != NULL)
    g_subprocess_force_exit (data->process);
  g_clear_object (&data->process);
  clear_buffer (&data->buffer);
  g_clear_object (&data->cancellable);
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
                         (GDestroyNotify)voile_clipboard_content_free);
  g_object_unref (task);
}

static void
return_error (GTask *task, GError *error)
{
  ReadData *data = g_task_get_task_data (task);
  if (g_cancellable_is_cancelled (data->cancellable))
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
    data += 3, len -= 3;
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
start_content_read (GTask *task, const char *type);

static void
finish_stage (GTask *task)
{
  VoileClipboardWayland *self = g_task_get_source_object (task);
  ReadData *data = g_task_get_task_data (task);
  gsize len = 0;

  if (data->stage == STAGE_TEXT)
    {
      data->content->text = take_buffer_as_utf8 (&data->buffer, &data->content->len);
      data->content->kind = VOILE_CONTENT_TEXT;
      g_autofree char *digest = digest_of (data->content->text, data->content->len);
      data->content->is_ours = g_strcmp0 (digest, self->published_digest[data->selection]) == 0;
      if (data->has_html && !data->content->is_ours)
        {
          data->stage = STAGE_HTML;
          start_content_read (task, "text/html");
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
      g_clear_object (&data->process); /* wl-paste exits by itself once done */
      finish_stage (task);
      return;
    }
  if (data->buffer->len + size > data->max_bytes)
    {
      g_subprocess_force_exit (data->process);
      g_clear_object (&data->process);
      clear_buffer (&data->buffer);
      if (data->stage == STAGE_TEXT)
        data->content->kind = VOILE_CONTENT_TOO_BIG;
      /* Too big an HTML flavour: the text alone will do, we never republish the original. */
      return_content (task);
      return;
    }
  g_byte_array_append (data->buffer, bytes, (guint)size);
  /* GBytes from a read are plain heap memory: zero them too. */
  memset ((gpointer)bytes, 0, size);
  read_next_chunk (task);
}

static void
read_next_chunk (GTask *task)
{
  ReadData *data = g_task_get_task_data (task);
  GInputStream *stdout_pipe = g_subprocess_get_stdout_pipe (data->process);
  g_input_stream_read_bytes_async (stdout_pipe, 64 * 1024, G_PRIORITY_DEFAULT, data->cancellable,
                                   on_chunk, task);
}

static void
start_content_read (GTask *task, const char *type)
{
  ReadData *data = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_clear_object (&data->process);
  data->process = spawn_wl_paste (data->selection, &error, "--no-newline", "--type", type, NULL);
  if (data->process == NULL)
    {
      return_error (task, g_steal_pointer (&error));
      return;
    }
  clear_buffer (&data->buffer);
  data->buffer = g_byte_array_new ();
  read_next_chunk (task);
}

static gboolean
strv_contains_any (const char *const *strv, const char *const *wanted, gsize n_wanted)
{
  for (gsize i = 0; i < n_wanted; i++)
    if (g_strv_contains (strv, wanted[i]))
      return TRUE;
  return FALSE;
}

static void
on_types (GObject *source, GAsyncResult *result, gpointer user_data)
{
  GTask *task = user_data;
  ReadData *data = g_task_get_task_data (task);
  g_autoptr (GError) error = NULL;
  g_autofree char *out = NULL;

  if (!g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result, &out, NULL, &error))
    {
      return_error (task, g_steal_pointer (&error));
      return;
    }
  g_clear_object (&data->process);

  /* wl-paste fails ("No selection") when nothing is copied. */
  g_auto (GStrv) types = g_strsplit (out != NULL ? out : "", "\n", -1);
  const char *const *offered = (const char *const *)types;
  if (out == NULL || *out == '\0')
    {
      data->content->kind = VOILE_CONTENT_EMPTY;
      return_content (task);
      return;
    }
  /* Any value of the hint: a password manager set it, and we never read its content. */
  if (g_strv_contains (offered, SECRET_HINT_TYPE))
    {
      data->content->kind = VOILE_CONTENT_SECRET;
      return_content (task);
      return;
    }
  if (strv_contains_any (offered, file_types, G_N_ELEMENTS (file_types)))
    {
      data->content->kind = VOILE_CONTENT_NOT_TEXT;
      return_content (task);
      return;
    }
  for (gsize i = 0; i < G_N_ELEMENTS (text_types) && data->text_type == NULL; i++)
    if (g_strv_contains (offered, text_types[i]))
      data->text_type = text_types[i];
  if (data->text_type == NULL)
    {
      data->content->kind = VOILE_CONTENT_NOT_TEXT;
      return_content (task);
      return;
    }
  data->has_html = g_strv_contains (offered, "text/html");
  data->stage = STAGE_TEXT;
  start_content_read (task, data->text_type);
}

static void
voile_clipboard_wayland_read_async (VoileClipboard *clipboard, VoileSelection selection,
                                    gsize max_bytes, GCancellable *cancellable,
                                    GAsyncReadyCallback callback, gpointer user_data)
{
  GTask *task = g_task_new (clipboard, cancellable, callback, user_data);
  g_task_set_source_tag (task, voile_clipboard_wayland_read_async);
  g_autoptr (GError) error = NULL;

  ReadData *data = g_new0 (ReadData, 1);
  data->selection = selection;
  data->max_bytes = max_bytes;
  data->stage = STAGE_TYPES;
  data->content = g_new0 (VoileClipboardContent, 1);
  data->cancellable = g_cancellable_new ();
  if (cancellable != NULL)
    {
      data->caller_cancellable = g_object_ref (cancellable);
      data->caller_cancel_id
          = g_cancellable_connect (cancellable, G_CALLBACK (on_caller_cancelled),
                                   g_object_ref (data->cancellable), g_object_unref);
    }
  data->timeout_id = g_timeout_add_seconds (READ_TIMEOUT_S, on_read_timeout, data);
  g_task_set_task_data (task, data, (GDestroyNotify)read_data_free);

  data->process = spawn_wl_paste (selection, &error, "--list-types", NULL);
  if (data->process == NULL)
    {
      return_error (task, g_steal_pointer (&error));
      return;
    }
  g_subprocess_communicate_utf8_async (data->process, NULL, data->cancellable, on_types, task);
}

static VoileClipboardContent *
voile_clipboard_wayland_read_finish (VoileClipboard *clipboard, GAsyncResult *result,
                                     GError **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- publishing ---------------------------------------------------------------------------- */

/* Cuts text into arguments that wl-copy joins back with single spaces: each cut drops one
 * space. NULL when a stretch of ARG_CHUNK_MAX bytes has no space. */
static GPtrArray *
split_for_argv (const char *text, gsize len)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  gsize start = 0;
  while (len - start > ARG_CHUNK_MAX)
    {
      gsize cut = start + ARG_CHUNK_MAX;
      while (cut > start && text[cut] != ' ')
        cut--;
      if (cut == start)
        return NULL;
      g_ptr_array_add (parts, g_strndup (text + start, cut - start));
      start = cut + 1;
    }
  g_ptr_array_add (parts, g_strndup (text + start, len - start));
  return g_steal_pointer (&parts);
}

static void
free_secret_strings (GPtrArray *parts)
{
  for (guint i = 0; i < parts->len; i++)
    {
      char *part = g_ptr_array_index (parts, i);
      if (part != NULL)
        memset (part, 0, strlen (part));
    }
  g_ptr_array_unref (parts);
}

static gboolean
voile_clipboard_wayland_publish (VoileClipboard *clipboard, VoileSelection selection,
                                 const char *text, gsize len, const char *html, GError **error)
{
  VoileClipboardWayland *self = VOILE_CLIPBOARD_WAYLAND (clipboard);
  Watch *watch = &self->watches[selection];

  /* html is dropped on purpose (see the top of the file). */
  if (memchr (text, '\0', len) != NULL || len > PUBLISH_MAX)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           "wl-copy cannot take this text (NUL bytes or too long)");
      return FALSE;
    }
  GPtrArray *parts = split_for_argv (text, len);
  if (parts == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           "wl-copy cannot take this text (too long without spaces)");
      return FALSE;
    }

  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_ptr_array_add (argv, (gpointer) "wl-copy");
  if (selection == VOILE_SELECTION_PRIMARY)
    g_ptr_array_add (argv, (gpointer) "--primary");
  g_ptr_array_add (argv, (gpointer) "--type");
  g_ptr_array_add (argv, (gpointer) "text/plain");
  g_ptr_array_add (argv, (gpointer) "--");
  for (guint i = 0; i < parts->len; i++)
    g_ptr_array_add (argv, g_ptr_array_index (parts, i));
  g_ptr_array_add (argv, NULL);

  /* Count the watch event before it can come. */
  watch->own_pending++;
  watch->own_pending_until_us = g_get_monotonic_time () + OWN_EVENT_DELAY_US;

  /* wl-copy returns once the selection is set, leaving a child that serves pastes until
   * another client takes the selection over. */
  g_autoptr (GSubprocess) process
      = spawn_argv (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                    (const char *const *)argv->pdata, error);
  gboolean ok = process != NULL && g_subprocess_wait_check (process, NULL, error);
  free_secret_strings (parts);
  if (!ok)
    {
      watch->own_pending--;
      return FALSE;
    }
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
on_watch_primary_changed (GSettings *settings, const char *key, gpointer user_data)
{
  VoileClipboardWayland *self = user_data;
  if (g_settings_get_boolean (settings, key))
    watch_run (&self->watches[VOILE_SELECTION_PRIMARY]);
  else
    watch_stop (&self->watches[VOILE_SELECTION_PRIMARY]);
}

static void
voile_clipboard_wayland_dispose (GObject *object)
{
  VoileClipboardWayland *self = VOILE_CLIPBOARD_WAYLAND (object);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  for (guint i = 0; i < G_N_ELEMENTS (self->watches); i++)
    watch_stop (&self->watches[i]);
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
  if (!voile_clipboard_wayland_is_usable ())
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           "The compositor has no data-control, or wl-clipboard is missing");
      return NULL;
    }
  VoileClipboardWayland *self = g_object_new (voile_clipboard_wayland_get_type (), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (self->watches); i++)
    {
      self->watches[i].owner = self;
      self->watches[i].selection = (VoileSelection)i;
    }
  watch_run (&self->watches[VOILE_SELECTION_CLIPBOARD]);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect (self->settings, "changed::" VOILE_ACTION_WATCH_PRIMARY,
                    G_CALLBACK (on_watch_primary_changed), self);
  on_watch_primary_changed (self->settings, VOILE_ACTION_WATCH_PRIMARY, self);
  return VOILE_CLIPBOARD (self);
}
