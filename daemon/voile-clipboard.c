/* voile-clipboard.c — the backend-neutral part of VoileClipboard, and the choice of backend. */
#include "config.h"

#include "voile-clipboard.h"

#include "voile-clipboard-backends.h"
#include "voile-wipe.h"

#include <string.h>

enum
{
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_ABSTRACT_TYPE (VoileClipboard, voile_clipboard, G_TYPE_OBJECT)

void
voile_clipboard_content_free (VoileClipboardContent *content)
{
  if (content == NULL)
    return;
  /* The text may be personal: do not leave it in freed memory. */
  if (content->text != NULL)
    voile_wipe (content->text, content->len);
  if (content->html != NULL)
    voile_wipe (content->html, strlen (content->html));
  g_free (content->text);
  g_free (content->html);
  g_free (content);
}

static void
voile_clipboard_class_init (VoileClipboardClass *klass)
{
  /* changed (guint selection): the selection got a new owner that is not us. */
  signals[SIGNAL_CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
voile_clipboard_init (VoileClipboard *self)
{
}

void
voile_clipboard_emit_changed (VoileClipboard *self, VoileSelection selection)
{
  g_return_if_fail (VOILE_IS_CLIPBOARD (self));
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0, (guint)selection);
}

void
voile_clipboard_read_async (VoileClipboard *self, VoileSelection selection, gsize max_bytes,
                            GCancellable *cancellable, GAsyncReadyCallback callback,
                            gpointer user_data)
{
  g_return_if_fail (VOILE_IS_CLIPBOARD (self));
  VOILE_CLIPBOARD_GET_CLASS (self)->read_async (self, selection, max_bytes, cancellable, callback,
                                                user_data);
}

VoileClipboardContent *
voile_clipboard_read_finish (VoileClipboard *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (VOILE_IS_CLIPBOARD (self), NULL);
  return VOILE_CLIPBOARD_GET_CLASS (self)->read_finish (self, result, error);
}

gboolean
voile_clipboard_publish (VoileClipboard *self, VoileSelection selection, const char *text,
                         gsize len, const char *html, GError **error)
{
  g_return_val_if_fail (VOILE_IS_CLIPBOARD (self), FALSE);
#ifdef VOILE_TEST_HOOKS
  /* No desktop refuses a selection on demand: the tests of what the user is told when the
   * clipboard cannot be set fail it while a file exists (builds with -Dtest_hooks=true). */
  const char *fail_while = g_getenv ("VOILE_TEST_PUBLISH_FAILS_WHILE");
  if (fail_while != NULL && g_file_test (fail_while, G_FILE_TEST_EXISTS))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Publishing disabled by a test");
      return FALSE;
    }
#endif
  return VOILE_CLIPBOARD_GET_CLASS (self)->publish (self, selection, text, len, html, error);
}

const char *
voile_clipboard_get_name (VoileClipboard *self)
{
  g_return_val_if_fail (VOILE_IS_CLIPBOARD (self), "none");
  return VOILE_CLIPBOARD_GET_CLASS (self)->get_name (self);
}

gboolean
voile_clipboard_session_wants_x11 (void)
{
#ifdef HAVE_WAYLAND_CLIPBOARD
  if (g_getenv ("WAYLAND_DISPLAY") != NULL && voile_clipboard_wayland_is_usable ())
    return FALSE;
#endif
  return TRUE;
}

VoileClipboard *
voile_clipboard_new_for_session (GError **error)
{
#ifdef HAVE_WAYLAND_CLIPBOARD
  if (!voile_clipboard_session_wants_x11 ())
    {
      g_autoptr (GError) wayland_error = NULL;
      VoileClipboard *clipboard = voile_clipboard_wayland_new (&wayland_error);
      if (clipboard != NULL)
        return clipboard;
      g_message ("Wayland data-control clipboard unavailable (%s); trying X11",
                 wayland_error->message);
    }
#endif
  return voile_clipboard_x11_new (error);
}

static gboolean
on_read_guard_timeout (gpointer user_data)
{
  VoileReadGuard *guard = user_data;

  guard->timeout_id = 0;
  g_cancellable_cancel (guard->cancellable);
  return G_SOURCE_REMOVE;
}

static void
on_read_guard_caller_cancelled (GCancellable *caller, gpointer user_data)
{
  g_cancellable_cancel (G_CANCELLABLE (user_data));
}

void
voile_read_guard_init (VoileReadGuard *guard, GCancellable *caller, guint timeout_s)
{
  guard->cancellable = g_cancellable_new ();
  guard->caller = caller != NULL ? g_object_ref (caller) : NULL;
  guard->caller_handler = 0;
  if (caller != NULL)
    guard->caller_handler
        = g_cancellable_connect (caller, G_CALLBACK (on_read_guard_caller_cancelled),
                                 g_object_ref (guard->cancellable), g_object_unref);
  guard->timeout_id = g_timeout_add_seconds (timeout_s, on_read_guard_timeout, guard);
}

void
voile_read_guard_clear (VoileReadGuard *guard)
{
  g_clear_handle_id (&guard->timeout_id, g_source_remove);
  if (guard->caller != NULL)
    g_cancellable_disconnect (guard->caller, guard->caller_handler);
  g_clear_object (&guard->caller);
  g_clear_object (&guard->cancellable);
}
