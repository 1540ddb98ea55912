/* voile-clipboard-backends.h — constructors of the clipboard backends, for
 * voile_clipboard_new_for_session() only. */
#pragma once

#include "voile-clipboard.h"

G_BEGIN_DECLS

/* X11 selections on the display GTK opened (also GNOME on Wayland through XWayland).
 * NULL with error when GTK does not run on X11. */
VoileClipboard *
voile_clipboard_x11_new (GError **error);

/* voile-clipboard-wayland.c (engineer W). Built when meson defines HAVE_WAYLAND_CLIPBOARD.
 * is_usable: TRUE when the compositor offers data-control (so GTK may stay on Wayland);
 * called in main() before GTK starts, must not need GTK. */
gboolean
voile_clipboard_wayland_is_usable (void);
VoileClipboard *
voile_clipboard_wayland_new (GError **error);

/* FALSE when the Wayland backend will be used; then GTK may open the Wayland display.
 * TRUE otherwise: GTK must use X11 (XWayland on GNOME) for the clipboard to work. */
gboolean
voile_clipboard_session_wants_x11 (void);

/* The cancellable a backend reads with: cancelled by the caller's cancellable, and after
 * timeout_s seconds so that a clipboard owner that never answers cannot hang a read. Embed it
 * in the read's data (its address must not change) and clear it when the read ends. */
typedef struct
{
  GCancellable *cancellable;
  GCancellable *caller;
  gulong caller_handler;
  guint timeout_id;
} VoileReadGuard;

void
voile_read_guard_init (VoileReadGuard *guard, GCancellable *caller, guint timeout_s);
void
voile_read_guard_clear (VoileReadGuard *guard);

G_END_DECLS
