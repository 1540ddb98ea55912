/* voile-x11-selection.c — ICCCM selection conversion on GDK's X connection.
 *
 * One conversion at a time, in a queue: XConvertSelection() to our hidden window, then the
 * SelectionNotify (and, for large data, the INCR chunks announced by PropertyNotify), picked
 * out of GDK's event stream through GdkX11Display::xevent. Each request uses its own property
 * (from a small ring), so a late event of an abandoned request cannot be mistaken for the
 * answer to the next one. A request that makes no progress for STEP_TIMEOUT_MS fails. */
#include "config.h"

#include "voile-x11-selection.h"
#include "voile-wipe.h"

#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <string.h>

#define STEP_TIMEOUT_MS 3000
#define N_PROPERTIES 16
#define HINT_TARGET "x-kde-passwordManagerHint"

struct _VoileX11Selection
{
  GdkX11Display *display;
  Display *xdisplay;
  Window window;
  Atom properties[N_PROPERTIES];
  guint next_property;
  Atom incr_atom;
  Atom targets_atom;
  Atom hint_atom;
  gulong xevent_id;
  GQueue queue; /* of GTask; the head is in progress once started */
  /* INCR transfers given up past the size cap: property atom → timeout id. Owners such as
   * xclip wait for every chunk to be taken before they serve anyone else, so we go on
   * deleting the chunks, unread, until the end. */
  GHashTable *draining;
};

typedef struct
{
  VoileX11Selection *self;
  Atom selection;
  Atom target;
  Atom property;
  gsize max_bytes;
  GByteArray *buffer;
  Atom type;
  int format;
  gboolean started;
  gboolean incr;
  guint timeout_id;
  GCancellable *cancellable;
  gulong cancel_id;
} Request;

static void
request_free (Request *request)
{
  g_clear_handle_id (&request->timeout_id, g_source_remove);
  if (request->cancellable != NULL)
    g_cancellable_disconnect (request->cancellable, request->cancel_id);
  g_clear_object (&request->cancellable);
  if (request->buffer != NULL)
    {
      if (request->buffer->data != NULL)
        voile_wipe (request->buffer->data, request->buffer->len);
      g_byte_array_unref (request->buffer);
    }
  g_free (request);
}

static void
start_next (VoileX11Selection *self);

static gboolean
on_drain_timeout (gpointer user_data)
{
  /* The owner went quiet: forget the transfer (the value was the timeout id, now gone). */
  g_hash_table_steal (((gpointer *)user_data)[0], ((gpointer *)user_data)[1]);
  return G_SOURCE_REMOVE;
}

static void
start_draining (VoileX11Selection *self, Atom property)
{
  gpointer *closure = g_new (gpointer, 2);
  closure[0] = self->draining;
  closure[1] = GSIZE_TO_POINTER (property);
  guint id
      = g_timeout_add_full (G_PRIORITY_DEFAULT, STEP_TIMEOUT_MS, on_drain_timeout, closure, g_free);
  g_hash_table_replace (self->draining, GSIZE_TO_POINTER (property), GUINT_TO_POINTER (id));
  gdk_x11_display_error_trap_push (self->display);
  XDeleteProperty (self->xdisplay, self->window, property);
  gdk_x11_display_error_trap_pop_ignored (self->display);
}

/* A chunk of a transfer we gave up: delete it unread; a zero-length chunk ends it. */
static void
drain_chunk (VoileX11Selection *self, Atom property)
{
  Atom type = None;
  int format = 0;
  unsigned long n_items = 0, bytes_after = 0;
  guchar *value = NULL;

  gdk_x11_display_error_trap_push (self->display);
  XGetWindowProperty (self->xdisplay, self->window, property, 0, 0, False, AnyPropertyType, &type,
                      &format, &n_items, &bytes_after, &value);
  if (value != NULL)
    XFree (value);
  /* Gone already: the announcement of a chunk we deleted unread. Not the end. */
  if (type == None)
    {
      gdk_x11_display_error_trap_pop_ignored (self->display);
      return;
    }
  XDeleteProperty (self->xdisplay, self->window, property);
  gdk_x11_display_error_trap_pop_ignored (self->display);

  g_source_remove (
      GPOINTER_TO_UINT (g_hash_table_lookup (self->draining, GSIZE_TO_POINTER (property))));
  if (bytes_after == 0)
    {
      /* A zero-length chunk: the transfer is over. */
      g_hash_table_remove (self->draining, GSIZE_TO_POINTER (property));
      return;
    }
  gpointer *closure = g_new (gpointer, 2);
  closure[0] = self->draining;
  closure[1] = GSIZE_TO_POINTER (property);
  guint id
      = g_timeout_add_full (G_PRIORITY_DEFAULT, STEP_TIMEOUT_MS, on_drain_timeout, closure, g_free);
  g_hash_table_replace (self->draining, GSIZE_TO_POINTER (property), GUINT_TO_POINTER (id));
}

/* Ends the request of task (the head, or a queued one) with bytes or error. */
static void
finish (VoileX11Selection *self, GTask *task, GError *error)
{
  Request *request = g_task_get_task_data (task);
  gboolean was_head = g_queue_peek_head (&self->queue) == task;

  if (!g_queue_remove (&self->queue, task))
    return; /* already finished */
  g_clear_handle_id (&request->timeout_id, g_source_remove);
  if (request->incr && error != NULL) /* too big, cancelled or stalled mid-way */
    start_draining (self, request->property);
  else if (request->started)
    {
      /* Stop an INCR transfer and leave nothing behind on our window. */
      gdk_x11_display_error_trap_push (self->display);
      XDeleteProperty (self->xdisplay, self->window, request->property);
      gdk_x11_display_error_trap_pop_ignored (self->display);
    }
  if (error != NULL)
    g_task_return_error (task, error);
  else
    {
      GBytes *bytes = g_byte_array_free_to_bytes (g_steal_pointer (&request->buffer));
      g_task_return_pointer (task, bytes, (GDestroyNotify)g_bytes_unref);
    }
  g_object_unref (task);
  if (was_head)
    start_next (self);
}

static gboolean
on_step_timeout (gpointer user_data)
{
  GTask *task = user_data;
  Request *request = g_task_get_task_data (task);
  request->timeout_id = 0;
  finish (request->self, task,
          g_error_new_literal (G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                               "The selection owner stopped answering"));
  return G_SOURCE_REMOVE;
}

static void
restart_timeout (GTask *task)
{
  Request *request = g_task_get_task_data (task);
  g_clear_handle_id (&request->timeout_id, g_source_remove);
  request->timeout_id = g_timeout_add (STEP_TIMEOUT_MS, on_step_timeout, task);
}

static gboolean
on_cancelled_idle (gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  Request *request = g_task_get_task_data (task);
  finish (request->self, task, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "Cancelled"));
  return G_SOURCE_REMOVE;
}

static void
on_cancelled (GCancellable *cancellable, gpointer user_data)
{
  /* Not from within the cancellable's handler: finish() disconnects it. */
  g_idle_add (on_cancelled_idle, g_object_ref (user_data));
}

static void
start_next (VoileX11Selection *self)
{
  GTask *task = g_queue_peek_head (&self->queue);
  if (task == NULL)
    return;
  Request *request = g_task_get_task_data (task);
  if (request->started)
    return;
  request->started = TRUE;
  request->property = self->properties[self->next_property];
  self->next_property = (self->next_property + 1) % N_PROPERTIES;
  gdk_x11_display_error_trap_push (self->display);
  XDeleteProperty (self->xdisplay, self->window, request->property);
  XConvertSelection (self->xdisplay, request->selection, request->target, request->property,
                     self->window, CurrentTime);
  XFlush (self->xdisplay);
  gdk_x11_display_error_trap_pop_ignored (self->display);
  restart_timeout (task);
}

static gsize
item_size (int format)
{
  /* Xlib hands 32-bit items as longs. */
  return format == 8 ? 1 : format == 16 ? sizeof (short) : sizeof (long);
}

/* Appends (and deletes) our property; FALSE with error past max_bytes or on an X error.
 * *n_bytes: how much was appended. */
static gboolean
take_property (VoileX11Selection *self, Request *request, Atom *type, gsize *n_bytes,
               GError **error)
{
  unsigned long n_items = 0, bytes_after = 0;
  int format = 0;
  guchar *value = NULL;
  long room = (long)MIN ((request->max_bytes - request->buffer->len) / 4 + 1, G_MAXLONG / 8);

  gdk_x11_display_error_trap_push (self->display);
  int status = XGetWindowProperty (self->xdisplay, self->window, request->property, 0, room, True,
                                   AnyPropertyType, type, &format, &n_items, &bytes_after, &value);
  if (gdk_x11_display_error_trap_pop (self->display) != 0 || status != Success)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Could not read the property");
      return FALSE;
    }
  *n_bytes = value != NULL ? n_items * item_size (format) : 0;
  if (*type != self->incr_atom && *n_bytes > 0)
    {
      request->format = format;
      request->type = *type;
      g_byte_array_append (request->buffer, value, (guint)*n_bytes);
    }
  if (value != NULL)
    XFree (value);
  if (bytes_after > 0 || request->buffer->len > request->max_bytes)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                           "The selection is larger than the limit");
      return FALSE;
    }
  return TRUE;
}

static gboolean
on_xevent (GdkX11Display *display, gpointer xevent, gpointer user_data)
{
  VoileX11Selection *self = user_data;
  XEvent *event = xevent;
  if (event == NULL)
    return FALSE;

  if (event->type == SelectionNotify && event->xselection.requestor == self->window)
    {
      GTask *task = g_queue_peek_head (&self->queue);
      Request *request = task ? g_task_get_task_data (task) : NULL;
      if (request == NULL || !request->started || request->incr
          || event->xselection.selection != request->selection
          || event->xselection.target != request->target
          || (event->xselection.property != None
              && event->xselection.property != request->property))
        return TRUE; /* a late answer to an abandoned request */
      if (event->xselection.property == None)
        {
          finish (self, task,
                  g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                                       "The owner refused the conversion"));
          return TRUE;
        }
      GError *error = NULL;
      Atom type = None;
      gsize n = 0;
      if (!take_property (self, request, &type, &n, &error))
        finish (self, task, error);
      else if (type == self->incr_atom)
        {
          /* Deleting the property (done) asks the owner for the first chunk. */
          request->incr = TRUE;
          restart_timeout (task);
        }
      else
        finish (self, task, NULL);
      return TRUE;
    }

  if (event->type == PropertyNotify && event->xproperty.window == self->window
      && event->xproperty.state == PropertyNewValue
      && g_hash_table_contains (self->draining, GSIZE_TO_POINTER (event->xproperty.atom)))
    {
      drain_chunk (self, event->xproperty.atom);
      return TRUE;
    }

  if (event->type == PropertyNotify && event->xproperty.window == self->window
      && event->xproperty.state == PropertyNewValue)
    {
      GTask *task = g_queue_peek_head (&self->queue);
      Request *request = task ? g_task_get_task_data (task) : NULL;
      if (request == NULL || !request->incr || event->xproperty.atom != request->property)
        return TRUE;
      GError *error = NULL;
      Atom type = None;
      gsize n = 0;
      if (!take_property (self, request, &type, &n, &error))
        finish (self, task, error);
      else if (type == None)
        ; /* nothing there (yet): wait for the next announcement */
      else if (n == 0)
        finish (self, task, NULL); /* a zero-length chunk ends an INCR transfer */
      else
        restart_timeout (task);
      return TRUE;
    }
  return FALSE;
}

static void
convert_async (VoileX11Selection *self, Atom selection, Atom target, gsize max_bytes,
               GCancellable *cancellable, GAsyncReadyCallback callback, gpointer user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_check_cancellable (task, FALSE);
  Request *request = g_new0 (Request, 1);
  request->self = self;
  request->selection = selection;
  request->target = target;
  request->max_bytes = max_bytes;
  request->buffer = g_byte_array_new ();
  g_task_set_task_data (task, request, (GDestroyNotify)request_free);
  g_queue_push_tail (&self->queue, task);
  if (cancellable != NULL)
    {
      request->cancellable = g_object_ref (cancellable);
      request->cancel_id
          = g_cancellable_connect (cancellable, G_CALLBACK (on_cancelled), task, NULL);
    }
  start_next (self);
}

/* ---- TARGETS and the password-manager hint ------------------------------------------------ */

typedef struct
{
  VoileX11Selection *self;
  Atom selection;
  VoileX11Targets *result;
} TargetsData;

static void
targets_data_free (TargetsData *data)
{
  voile_x11_targets_free (data->result);
  g_free (data);
}

void
voile_x11_targets_free (VoileX11Targets *targets)
{
  if (targets == NULL)
    return;
  g_strfreev (targets->targets);
  g_free (targets);
}

static void
on_hint (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  TargetsData *data = g_task_get_task_data (task);
  g_autoptr (GBytes) bytes = g_task_propagate_pointer (G_TASK (result), NULL);
  /* A hint we cannot read counts as secret: better miss a copy than read a password. */
  gsize len = 0;
  const char *value = bytes ? g_bytes_get_data (bytes, &len) : NULL;
  data->result->secret = value == NULL || (len >= 6 && strncmp (value, "secret", 6) == 0);
  g_task_return_pointer (task, g_steal_pointer (&data->result),
                         (GDestroyNotify)voile_x11_targets_free);
}

static void
on_targets (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  TargetsData *data = g_task_get_task_data (task);
  VoileX11Selection *self = data->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = g_task_propagate_pointer (G_TASK (result), &error);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  gboolean has_hint = FALSE;

  if (bytes == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  gsize len = 0;
  const Atom *atoms = bytes ? g_bytes_get_data (bytes, &len) : NULL;
  gsize n_atoms = len / sizeof (Atom);
  if (n_atoms > 0)
    {
      g_autofree char **names = g_new0 (char *, n_atoms);
      gdk_x11_display_error_trap_push (self->display);
      Status ok = XGetAtomNames (self->xdisplay, (Atom *)atoms, (int)n_atoms, names);
      gdk_x11_display_error_trap_pop_ignored (self->display);
      for (gsize i = 0; ok && i < n_atoms; i++)
        {
          if (names[i] == NULL)
            continue;
          g_strv_builder_add (builder, names[i]);
          XFree (names[i]);
          if (atoms[i] == self->hint_atom)
            has_hint = TRUE;
        }
    }
  data->result = g_new0 (VoileX11Targets, 1);
  data->result->targets = g_strv_builder_end (builder);
  if (has_hint)
    {
      convert_async (self, data->selection, self->hint_atom, 4096, g_task_get_cancellable (task),
                     on_hint, g_object_ref (task));
      return;
    }
  g_task_return_pointer (task, g_steal_pointer (&data->result),
                         (GDestroyNotify)voile_x11_targets_free);
}

void
voile_x11_selection_query_targets_async (VoileX11Selection *self, const char *selection,
                                         GCancellable *cancellable, GAsyncReadyCallback callback,
                                         gpointer user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, voile_x11_selection_query_targets_async);
  TargetsData *data = g_new0 (TargetsData, 1);
  data->self = self;
  data->selection = XInternAtom (self->xdisplay, selection, False);
  g_task_set_task_data (task, data, (GDestroyNotify)targets_data_free);
  convert_async (self, data->selection, self->targets_atom, 64 * 1024, cancellable, on_targets,
                 task);
}

VoileX11Targets *
voile_x11_selection_query_targets_finish (VoileX11Selection *self, GAsyncResult *result,
                                          GError **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- content ------------------------------------------------------------------------------ */

void
voile_x11_selection_read_async (VoileX11Selection *self, const char *selection, const char *target,
                                gsize max_bytes, GCancellable *cancellable,
                                GAsyncReadyCallback callback, gpointer user_data)
{
  convert_async (self, XInternAtom (self->xdisplay, selection, False),
                 XInternAtom (self->xdisplay, target, False), max_bytes, cancellable, callback,
                 user_data);
}

GBytes *
voile_x11_selection_read_finish (VoileX11Selection *self, GAsyncResult *result, GError **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- life cycle --------------------------------------------------------------------------- */

VoileX11Selection *
voile_x11_selection_new (GdkX11Display *display)
{
  VoileX11Selection *self = g_new0 (VoileX11Selection, 1);
  self->display = g_object_ref (display);
  self->xdisplay = gdk_x11_display_get_xdisplay (GDK_DISPLAY (display));
  XSetWindowAttributes attributes = { .event_mask = PropertyChangeMask };
  self->window = XCreateWindow (self->xdisplay, DefaultRootWindow (self->xdisplay), -10, -10, 1, 1,
                                0, 0, InputOnly, CopyFromParent, CWEventMask, &attributes);
  for (guint i = 0; i < N_PROPERTIES; i++)
    {
      g_autofree char *name = g_strdup_printf ("VOILE_SELECTION_%u", i);
      self->properties[i] = XInternAtom (self->xdisplay, name, False);
    }
  self->incr_atom = XInternAtom (self->xdisplay, "INCR", False);
  self->targets_atom = XInternAtom (self->xdisplay, "TARGETS", False);
  self->hint_atom = XInternAtom (self->xdisplay, HINT_TARGET, False);
  g_queue_init (&self->queue);
  self->draining = g_hash_table_new (NULL, NULL);
  self->xevent_id = g_signal_connect (display, "xevent", G_CALLBACK (on_xevent), self);
  return self;
}

void
voile_x11_selection_free (VoileX11Selection *self)
{
  if (self == NULL)
    return;
  g_clear_signal_handler (&self->xevent_id, self->display);
  GTask *task;
  while ((task = g_queue_peek_head (&self->queue)) != NULL)
    finish (self, task, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "Shutting down"));
  GHashTableIter iter;
  gpointer id;
  g_hash_table_iter_init (&iter, self->draining);
  while (g_hash_table_iter_next (&iter, NULL, &id))
    g_source_remove (GPOINTER_TO_UINT (id));
  g_hash_table_unref (self->draining);
  XDestroyWindow (self->xdisplay, self->window);
  g_object_unref (self->display);
  g_free (self);
}
