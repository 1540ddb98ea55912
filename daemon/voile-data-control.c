/* voile-data-control.c — the Wayland clipboard through zwlr_data_control.
 *
 * Its own connection to the compositor (GTK's stays untouched), dispatched from the GLib main
 * loop. Offers of other clients are only looked at (their MIME types) until someone asks for
 * their data. Our sources serve every request with a non-blocking write from the main loop;
 * their data lives in memory only and is zeroed when the source is replaced. */
#include "config.h"

#include "voile-data-control.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gunixinputstream.h>
#include <gio/gunixoutputstream.h>
#include <glib-unix.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <wayland-client.h>

#include "wlr-data-control-unstable-v1-client-protocol.h"
#include "voile-wipe.h"

/* What a paste target may ask for; X11 programs get UTF8_STRING through XWayland. */
static const char *const text_mime_types[] = {
  "text/plain;charset=utf-8",
  "text/plain",
  "UTF8_STRING",
};

/* Another client's offer and the MIME types it announced. */
typedef struct
{
  struct zwlr_data_control_offer_v1 *offer;
  GPtrArray *mime_types; /* NULL-terminated */
} Offer;

typedef struct
{
  VoileDataControl *owner;
  struct zwlr_data_control_source_v1 *source;
  GBytes *text;
  GBytes *html; /* NULL when not offered */
  gboolean primary;
} Source;

struct _VoileDataControl
{
  struct wl_display *display;
  struct wl_registry *registry;
  struct wl_seat *seat;
  struct zwlr_data_control_manager_v1 *manager;
  guint manager_version;
  struct zwlr_data_control_device_v1 *device;
  Offer *offers[2];   /* the current CLIPBOARD / PRIMARY selections */
  Source *sources[2]; /* ours, while we own CLIPBOARD / PRIMARY */
  VoileDataControlChangedFunc changed;
  gpointer user_data;
  gboolean ready; /* past the selections found at connection time */
  guint watch_id;
  gboolean broken;
};

/* ---- sources ------------------------------------------------------------------------------- */

static void
source_free (Source *source)
{
  if (source->source != NULL)
    zwlr_data_control_source_v1_destroy (source->source);
  g_clear_pointer (&source->text, g_bytes_unref);
  g_clear_pointer (&source->html, g_bytes_unref);
  g_free (source);
}

/* One paste being served. */
typedef struct
{
  GBytes *bytes;
  GCancellable *cancellable;
  guint timeout_id;
} Write;

/* A paste target that stops reading is given up after this, so that it cannot keep the data
 * (and a pipe) forever. */
#define WRITE_TIMEOUT_S 30

static gboolean
on_write_timeout (gpointer user_data)
{
  Write *serving = user_data;
  serving->timeout_id = 0;
  g_cancellable_cancel (serving->cancellable);
  return G_SOURCE_REMOVE;
}

static void
on_written (GObject *stream, GAsyncResult *result, gpointer user_data)
{
  Write *serving = user_data;
  /* A reader that stops early (EPIPE) is its own business. */
  g_output_stream_write_all_finish (G_OUTPUT_STREAM (stream), result, NULL, NULL);
  g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL);
  g_object_unref (stream);
  g_clear_handle_id (&serving->timeout_id, g_source_remove);
  g_object_unref (serving->cancellable);
  g_bytes_unref (serving->bytes);
  g_free (serving);
}

static gboolean
is_text_mime_type (const char *mime_type)
{
  for (gsize i = 0; i < G_N_ELEMENTS (text_mime_types); i++)
    if (g_str_equal (mime_type, text_mime_types[i]))
      return TRUE;
  return FALSE;
}

static void
on_source_send (void *data, struct zwlr_data_control_source_v1 *wl_source, const char *mime_type,
                int32_t fd)
{
  Source *source = data;
  GBytes *bytes = NULL;
  if (is_text_mime_type (mime_type))
    bytes = source->text;
  else if (g_str_equal (mime_type, "text/html"))
    bytes = source->html;
  /* The marker type carries nothing. Writes are non-blocking, so that a slow reader never
   * stalls the daemon. */
  if (bytes == NULL || !g_unix_set_fd_nonblocking (fd, TRUE, NULL))
    {
      close (fd);
      return;
    }
  GOutputStream *stream = g_unix_output_stream_new (fd, TRUE);
  Write *serving = g_new0 (Write, 1);
  serving->bytes = g_bytes_ref (bytes);
  serving->cancellable = g_cancellable_new ();
  serving->timeout_id = g_timeout_add_seconds (WRITE_TIMEOUT_S, on_write_timeout, serving);
  gsize len = 0;
  const void *buffer = g_bytes_get_data (bytes, &len);
  g_output_stream_write_all_async (stream, buffer, len, G_PRIORITY_DEFAULT, serving->cancellable,
                                   on_written, serving);
}

static void
on_source_cancelled (void *data, struct zwlr_data_control_source_v1 *wl_source)
{
  Source *source = data;
  VoileDataControl *self = source->owner;
  guint index = source->primary ? 1 : 0;
  if (self->sources[index] == source)
    self->sources[index] = NULL;
  source_free (source);
}

static const struct zwlr_data_control_source_v1_listener source_listener = {
  .send = on_source_send,
  .cancelled = on_source_cancelled,
};

/* ---- the device: selections and their offers ---------------------------------------------- */

static void
offer_free (Offer *offer)
{
  zwlr_data_control_offer_v1_destroy (offer->offer);
  g_ptr_array_unref (offer->mime_types);
  g_free (offer);
}

static void
on_offer_mime_type (void *data, struct zwlr_data_control_offer_v1 *wl_offer, const char *mime_type)
{
  Offer *offer = data;
  /* Keep the array NULL-terminated. */
  g_ptr_array_insert (offer->mime_types, (gint)offer->mime_types->len - 1, g_strdup (mime_type));
}

static const struct zwlr_data_control_offer_v1_listener offer_listener = {
  .offer = on_offer_mime_type,
};

static void
on_device_data_offer (void *data, struct zwlr_data_control_device_v1 *device,
                      struct zwlr_data_control_offer_v1 *wl_offer)
{
  Offer *offer = g_new0 (Offer, 1);
  offer->offer = wl_offer;
  offer->mime_types = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (offer->mime_types, NULL);
  zwlr_data_control_offer_v1_add_listener (wl_offer, &offer_listener, offer);
}

static void
set_offer (VoileDataControl *self, guint index, struct zwlr_data_control_offer_v1 *wl_offer)
{
  /* The protocol wants the previous offer destroyed when a new one comes. */
  g_clear_pointer (&self->offers[index], offer_free);
  if (wl_offer != NULL)
    self->offers[index] = zwlr_data_control_offer_v1_get_user_data (wl_offer);
  if (self->ready && self->changed != NULL)
    self->changed (index == 1, self->user_data);
}

static void
on_device_selection (void *data, struct zwlr_data_control_device_v1 *device,
                     struct zwlr_data_control_offer_v1 *offer)
{
  set_offer (data, 0, offer);
}

static void
on_device_primary_selection (void *data, struct zwlr_data_control_device_v1 *device,
                             struct zwlr_data_control_offer_v1 *offer)
{
  set_offer (data, 1, offer);
}

static void
on_device_finished (void *data, struct zwlr_data_control_device_v1 *device)
{
  VoileDataControl *self = data;
  g_message ("The Wayland compositor ended our data-control device");
  self->broken = TRUE;
}

static const struct zwlr_data_control_device_v1_listener device_listener = {
  .data_offer = on_device_data_offer,
  .selection = on_device_selection,
  .finished = on_device_finished,
  .primary_selection = on_device_primary_selection,
};

/* ---- connection ---------------------------------------------------------------------------- */

static void
on_global (void *data, struct wl_registry *registry, uint32_t name, const char *interface,
           uint32_t version)
{
  VoileDataControl *self = data;
  if (self->seat == NULL && g_str_equal (interface, wl_seat_interface.name))
    self->seat = wl_registry_bind (registry, name, &wl_seat_interface, 1);
  else if (self->manager == NULL
           && g_str_equal (interface, zwlr_data_control_manager_v1_interface.name))
    {
      self->manager_version = MIN (version, 2);
      self->manager = wl_registry_bind (registry, name, &zwlr_data_control_manager_v1_interface,
                                        self->manager_version);
    }
}

static void
on_global_remove (void *data, struct wl_registry *registry, uint32_t name)
{
}

static const struct wl_registry_listener registry_listener = {
  .global = on_global,
  .global_remove = on_global_remove,
};

static gboolean
on_display_event (gint fd, GIOCondition condition, gpointer user_data)
{
  VoileDataControl *self = user_data;
  gboolean ok = (condition & (G_IO_ERR | G_IO_HUP)) == 0;

  /* Read only what is there: a round trip made by a publication in this same main-loop
   * iteration may already have taken the events the poll saw, and a blocking read would
   * freeze the daemon. */
  if (ok && wl_display_prepare_read (self->display) == 0)
    {
      struct pollfd pfd = { .fd = fd, .events = POLLIN };
      if (poll (&pfd, 1, 0) > 0)
        ok = wl_display_read_events (self->display) >= 0;
      else
        wl_display_cancel_read (self->display);
    }
  if (ok)
    ok = wl_display_dispatch_pending (self->display) >= 0;
  if (!ok)
    {
      g_message ("Lost the connection to the Wayland compositor");
      self->broken = TRUE;
      self->watch_id = 0;
      return G_SOURCE_REMOVE;
    }
  wl_display_flush (self->display);
  return G_SOURCE_CONTINUE;
}

gboolean
voile_data_control_is_available (void)
{
  if (g_getenv ("WAYLAND_DISPLAY") == NULL)
    return FALSE;
  g_autoptr (VoileDataControl) probe = voile_data_control_new (NULL, NULL, NULL);
  return probe != NULL;
}

VoileDataControl *
voile_data_control_new (VoileDataControlChangedFunc changed, gpointer user_data, GError **error)
{
  g_autoptr (VoileDataControl) self = g_new0 (VoileDataControl, 1);
  self->changed = changed;
  self->user_data = user_data;
  self->display = wl_display_connect (NULL);
  if (self->display == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_CONNECTED,
                   "Cannot connect to the Wayland compositor: %s", g_strerror (errno));
      return NULL;
    }
  self->registry = wl_display_get_registry (self->display);
  wl_registry_add_listener (self->registry, &registry_listener, self);
  if (wl_display_roundtrip (self->display) < 0 || self->manager == NULL || self->seat == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           "The compositor has no data-control or no seat");
      return NULL;
    }
  self->device = zwlr_data_control_manager_v1_get_data_device (self->manager, self->seat);
  zwlr_data_control_device_v1_add_listener (self->device, &device_listener, self);
  if (wl_display_roundtrip (self->display) < 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           "The Wayland compositor went away");
      return NULL;
    }
  /* The selections found now are not new copies. */
  self->ready = TRUE;
  if (changed == NULL)
    return g_steal_pointer (&self); /* a probe */
  /* A paste target that closes its pipe early must not kill the daemon with SIGPIPE. */
  signal (SIGPIPE, SIG_IGN);
  self->watch_id = g_unix_fd_add (wl_display_get_fd (self->display), G_IO_IN | G_IO_ERR | G_IO_HUP,
                                  on_display_event, self);
  return g_steal_pointer (&self);
}

void
voile_data_control_free (VoileDataControl *self)
{
  if (self == NULL)
    return;
  g_clear_handle_id (&self->watch_id, g_source_remove);
  for (guint i = 0; i < G_N_ELEMENTS (self->sources); i++)
    g_clear_pointer (&self->sources[i], source_free);
  for (guint i = 0; i < G_N_ELEMENTS (self->offers); i++)
    g_clear_pointer (&self->offers[i], offer_free);
  if (self->device != NULL)
    zwlr_data_control_device_v1_destroy (self->device);
  if (self->manager != NULL)
    zwlr_data_control_manager_v1_destroy (self->manager);
  if (self->seat != NULL)
    wl_seat_destroy (self->seat);
  if (self->registry != NULL)
    wl_registry_destroy (self->registry);
  if (self->display != NULL)
    wl_display_disconnect (self->display);
  g_free (self);
}

const char *const *
voile_data_control_get_mime_types (VoileDataControl *self, gboolean primary)
{
  Offer *offer = self->offers[primary ? 1 : 0];
  return offer != NULL ? (const char *const *)offer->mime_types->pdata : NULL;
}

GInputStream *
voile_data_control_receive (VoileDataControl *self, gboolean primary, const char *mime_type,
                            GError **error)
{
  Offer *offer = self->offers[primary ? 1 : 0];
  int fds[2];

  if (self->broken || offer == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "Nothing to read");
      return NULL;
    }
  if (!g_unix_open_pipe (fds, FD_CLOEXEC, error))
    return NULL;
  zwlr_data_control_offer_v1_receive (offer->offer, mime_type, fds[1]);
  /* The compositor has its own copy of the write end once the request is sent. */
  wl_display_flush (self->display);
  close (fds[1]);
  g_unix_set_fd_nonblocking (fds[0], TRUE, NULL);
  return g_unix_input_stream_new (fds[0], TRUE);
}

gboolean
voile_data_control_set_selection (VoileDataControl *self, gboolean primary, const char *text,
                                  gsize len, const char *html, const char *marker_mime_type,
                                  GError **error)
{
  if (self->broken)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CLOSED, "The Wayland connection is gone");
      return FALSE;
    }
  if (primary && self->manager_version < 2)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           "The compositor's data-control has no primary selection");
      return FALSE;
    }

  Source *source = g_new0 (Source, 1);
  source->owner = self;
  source->primary = primary;
  source->text = voile_bytes_new_wiped (text, len);
  if (html != NULL)
    source->html = voile_bytes_new_wiped (html, strlen (html));
  source->source = zwlr_data_control_manager_v1_create_data_source (self->manager);
  zwlr_data_control_source_v1_add_listener (source->source, &source_listener, source);
  for (gsize i = 0; i < G_N_ELEMENTS (text_mime_types); i++)
    zwlr_data_control_source_v1_offer (source->source, text_mime_types[i]);
  if (html != NULL)
    zwlr_data_control_source_v1_offer (source->source, "text/html");
  if (marker_mime_type != NULL)
    zwlr_data_control_source_v1_offer (source->source, marker_mime_type);

  /* The previous source of ours is cancelled by the compositor (and freed then). */
  guint index = primary ? 1 : 0;
  self->sources[index] = source;
  if (primary)
    zwlr_data_control_device_v1_set_primary_selection (self->device, source->source);
  else
    zwlr_data_control_device_v1_set_selection (self->device, source->source);

  if (wl_display_roundtrip (self->display) < 0)
    {
      self->broken = TRUE;
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CLOSED,
                           "The Wayland compositor went away");
      return FALSE;
    }
  return TRUE;
}
