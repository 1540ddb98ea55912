/* voile-x11-selection.h — reading X selections straight from the X server.
 *
 * GTK 4.8 hides some targets (x-kde-passwordManagerHint), and a GdkClipboard read stays stuck
 * when the owner dies in the middle: the next read of the same target never completes. So
 * the X11 backend converts selections itself, on a hidden window of GDK's own X connection,
 * one request at a time, each with its own property, a timeout and INCR support. */
#pragma once

#include <gdk/x11/gdkx.h>
#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _VoileX11Selection VoileX11Selection;

typedef struct
{
  GStrv targets;   /* atom names the owner offers; empty when there is no owner */
  gboolean secret; /* x-kde-passwordManagerHint says "secret" (or could not be read) */
} VoileX11Targets;

VoileX11Selection *
voile_x11_selection_new (GdkX11Display *display);
void
voile_x11_selection_free (VoileX11Selection *self);

/* selection: "CLIPBOARD" or "PRIMARY". Fails with G_IO_ERROR_TIMED_OUT when the owner does
 * not answer in time (it may have died). */
void
voile_x11_selection_query_targets_async (VoileX11Selection *self, const char *selection,
                                         GCancellable *cancellable, GAsyncReadyCallback callback,
                                         gpointer user_data);
VoileX11Targets *
voile_x11_selection_query_targets_finish (VoileX11Selection *self, GAsyncResult *result,
                                          GError **error);
void
voile_x11_targets_free (VoileX11Targets *targets);

/* The bytes of target; fails with G_IO_ERROR_MESSAGE_TOO_LARGE past max_bytes (the transfer
 * is abandoned there), G_IO_ERROR_NOT_FOUND when the owner refuses the target. */
void
voile_x11_selection_read_async (VoileX11Selection *self, const char *selection, const char *target,
                                gsize max_bytes, GCancellable *cancellable,
                                GAsyncReadyCallback callback, gpointer user_data);
GBytes *
voile_x11_selection_read_finish (VoileX11Selection *self, GAsyncResult *result, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VoileX11Targets, voile_x11_targets_free)

G_END_DECLS
