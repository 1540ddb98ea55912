/* voile-data-control.h — a wlroots data-control client (zwlr_data_control_manager_v1):
 * the Wayland clipboard seen and set by a program without a window, for
 * voile-clipboard-wayland.c.
 *
 * It learns every new selection and its MIME types without transferring anything, receives
 * one MIME type on demand through a pipe, and takes the selection with several MIME types
 * served from memory. Spoken by sway and other wlroots compositors, and by KWin. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _VoileDataControl VoileDataControl;

/* Called when a selection (CLIPBOARD, or PRIMARY when primary) gets a new owner or is
 * cleared; not for the selection found at connection time. */
typedef void (*VoileDataControlChangedFunc) (gboolean primary, gpointer user_data);

/* TRUE when WAYLAND_DISPLAY's compositor offers data-control and a seat (a short-lived
 * connection of its own). */
gboolean
voile_data_control_is_available (void);

/* Connects to the compositor of WAYLAND_DISPLAY and dispatches from the GLib main loop. */
VoileDataControl *
voile_data_control_new (VoileDataControlChangedFunc changed, gpointer user_data, GError **error);
void
voile_data_control_free (VoileDataControl *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VoileDataControl, voile_data_control_free)

/* The MIME types the current selection is offered in (NULL-terminated, owned by self, valid
 * until the next change); NULL when the selection is empty. */
const char *const *
voile_data_control_get_mime_types (VoileDataControl *self, gboolean primary);

/* Asks the selection's owner for mime_type; the data comes on the returned stream until EOF.
 * Nothing is transferred before this call. */
GInputStream *
voile_data_control_receive (VoileDataControl *self, gboolean primary, const char *mime_type,
                            GError **error);

/* Takes the selection with text (as text/plain and its aliases) and html (as text/html,
 * when non-NULL), plus marker_mime_type, a type that names us to ourselves; serves them
 * from memory until another client takes the selection. */
gboolean
voile_data_control_set_selection (VoileDataControl *self, gboolean primary, const char *text,
                                  gsize len, const char *html, const char *marker_mime_type,
                                  GError **error);

G_END_DECLS
