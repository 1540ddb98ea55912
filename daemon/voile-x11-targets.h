/* voile-x11-targets.h — asks the X server which targets a selection owner offers.
 *
 * GTK 4.8 does not show every target (x-kde-passwordManagerHint is hidden), so the X11
 * backend asks for TARGETS itself, on a hidden window of GDK's own X connection, and reads
 * the password-manager hint before anything else. */
#pragma once

#include <gdk/x11/gdkx.h>
#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _VoileX11Targets VoileX11Targets;

typedef struct
{
  GStrv targets;   /* atom names the owner offers; empty when there is no owner */
  gboolean secret; /* x-kde-passwordManagerHint says "secret" (or could not be read) */
} VoileX11TargetsResult;

VoileX11Targets *voile_x11_targets_new (GdkX11Display *display);
void voile_x11_targets_free (VoileX11Targets *self);

/* selection: "CLIPBOARD" or "PRIMARY". Fails with G_IO_ERROR_TIMED_OUT when the owner does
 * not answer in time (it may have died). */
void voile_x11_targets_query_async (VoileX11Targets *self, const char *selection,
                                    GCancellable *cancellable, GAsyncReadyCallback callback,
                                    gpointer user_data);
VoileX11TargetsResult *voile_x11_targets_query_finish (VoileX11Targets *self,
                                                       GAsyncResult *result, GError **error);
void voile_x11_targets_result_free (VoileX11TargetsResult *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VoileX11TargetsResult, voile_x11_targets_result_free)

G_END_DECLS
