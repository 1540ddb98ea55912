/* voile-clipboard.h — one small interface over the desktop's clipboards.
 *
 * Implementations: voile-clipboard-x11.c (X11 selections read with Xlib, also GNOME through
 * XWayland) and voile-clipboard-wayland.c (the wlr data-control protocol, spoken natively by
 * voile-data-control.c).
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  VOILE_SELECTION_CLIPBOARD,
  VOILE_SELECTION_PRIMARY,
} VoileSelection;

typedef enum
{
  VOILE_CONTENT_TEXT,     /* text is set (valid UTF-8, maybe with NUL bytes) */
  VOILE_CONTENT_NOT_TEXT, /* files, images, uri-list…: leave alone */
  VOILE_CONTENT_SECRET,   /* x-kde-passwordManagerHint = secret: never read */
  VOILE_CONTENT_TOO_BIG,  /* over the size cap: not read */
  VOILE_CONTENT_EMPTY,
} VoileContentKind;

typedef struct
{
  VoileContentKind kind;
  char *text; /* the text/plain flavour, NUL-terminated; NULL unless kind == TEXT */
  gsize len;
  char *html;       /* the text/html flavour when the owner offered one, else NULL */
  gboolean is_ours; /* published by this process */
} VoileClipboardContent;

void
voile_clipboard_content_free (VoileClipboardContent *content);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VoileClipboardContent, voile_clipboard_content_free)

#define VOILE_TYPE_CLIPBOARD (voile_clipboard_get_type ())
G_DECLARE_DERIVABLE_TYPE (VoileClipboard, voile_clipboard, VOILE, CLIPBOARD, GObject)

struct _VoileClipboardClass
{
  GObjectClass parent_class;

  /* Reads what selection holds; never more than max_bytes (TOO_BIG past it). */
  void (*read_async) (VoileClipboard *self, VoileSelection selection, gsize max_bytes,
                      GCancellable *cancellable, GAsyncReadyCallback callback, gpointer user_data);
  VoileClipboardContent *(*read_finish) (VoileClipboard *self, GAsyncResult *result,
                                         GError **error);
  /* Takes ownership of the clipboard with text (and html, when non-NULL, as text/html). */
  gboolean (*publish) (VoileClipboard *self, VoileSelection selection, const char *text, gsize len,
                       const char *html, GError **error);
  /* "x11", "wayland-data-control"… */
  const char *(*get_name) (VoileClipboard *self);
};

/* Picks the backend for this session: Wayland data-control where the compositor has it,
 * X11 (XWayland on GNOME) otherwise. NULL with error when none works. */
VoileClipboard *
voile_clipboard_new_for_session (GError **error);

void
voile_clipboard_read_async (VoileClipboard *self, VoileSelection selection, gsize max_bytes,
                            GCancellable *cancellable, GAsyncReadyCallback callback,
                            gpointer user_data);
VoileClipboardContent *
voile_clipboard_read_finish (VoileClipboard *self, GAsyncResult *result, GError **error);
gboolean
voile_clipboard_publish (VoileClipboard *self, VoileSelection selection, const char *text,
                         gsize len, const char *html, GError **error);
const char *
voile_clipboard_get_name (VoileClipboard *self);

/* For implementations: emit "changed" (signal arg: VoileSelection as guint) once per real
 * change of the selection's owner, not for our own publications. */
void
voile_clipboard_emit_changed (VoileClipboard *self, VoileSelection selection);

G_END_DECLS
