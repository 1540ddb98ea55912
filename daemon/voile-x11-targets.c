/* voile-x11-targets.c — TARGETS and the password-manager hint, straight from the X server.
 *
 * One request at a time: XConvertSelection() to a hidden, never-mapped window, answered by a
 * SelectionNotify that we pick out of GDK's event stream (GdkX11Display::xevent). Queries
 * made meanwhile wait in a queue. Each step has a timeout, since an owner may die without
 * answering. */
#include "config.h"

#include "voile-x11-targets.h"

#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <string.h>

#define STEP_TIMEOUT_MS 2000
#define HINT_TARGET "x-kde-passwordManagerHint"

struct _VoileX11Targets
{
  GdkX11Display *display;
  Display *xdisplay;
  Window window;
  Atom property;
  Atom targets_atom;
  Atom hint_atom;
  gulong xevent_id;
  GQueue queue;   /* of GTask, head = the one in progress */
  guint timeout_id;
  gboolean asking_hint; /* the current step is the hint, not TARGETS */
};

typedef struct
{
  Atom selection;
  VoileX11TargetsResult *result;
} QueryData;

static void
query_data_free (QueryData *data)
{
  voile_x11_targets_result_free (data->result);
  g_free (data);
}

void
voile_x11_targets_result_free (VoileX11TargetsResult *result)
{
  if (result == NULL)
    return;
  g_strfreev (result->targets);
  g_free (result);
}

static void start_next (VoileX11Targets *self);

static void
finish_current (VoileX11Targets *self, GError *error)
{
  g_autoptr (GTask) task = g_queue_pop_head (&self->queue);
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (task == NULL)
    return;
  if (error != NULL)
    g_task_return_error (task, error);
  else
    {
      QueryData *data = g_task_get_task_data (task);
      g_task_return_pointer (task, g_steal_pointer (&data->result),
                             (GDestroyNotify) voile_x11_targets_result_free);
    }
  start_next (self);
}

static gboolean
on_timeout (gpointer user_data)
{
  VoileX11Targets *self = user_data;
  self->timeout_id = 0;
  finish_current (self, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                                             "The selection owner did not answer"));
  return G_SOURCE_REMOVE;
}

static void
convert (VoileX11Targets *self, Atom selection, Atom target)
{
  self->asking_hint = target == self->hint_atom;
  XConvertSelection (self->xdisplay, selection, target, self->property, self->window,
                     CurrentTime);
  XFlush (self->xdisplay);
  self->timeout_id = g_timeout_add (STEP_TIMEOUT_MS, on_timeout, self);
}

static void
start_next (VoileX11Targets *self)
{
  GTask *task;
  while ((task = g_queue_peek_head (&self->queue)) != NULL
         && g_task_return_error_if_cancelled (task))
    g_object_unref (g_queue_pop_head (&self->queue));
  if (task == NULL)
    return;
  QueryData *data = g_task_get_task_data (task);
  convert (self, data->selection, self->targets_atom);
}

/* Reads and deletes our property; NULL when the owner refused (property None). */
static guchar *
take_property (VoileX11Targets *self, Atom *type, int *format, unsigned long *n_items)
{
  unsigned long bytes_after = 0;
  guchar *value = NULL;
  gdk_x11_display_error_trap_push (self->display);
  int status = XGetWindowProperty (self->xdisplay, self->window, self->property, 0, 65536, True,
                                   AnyPropertyType, type, format, n_items, &bytes_after, &value);
  if (gdk_x11_display_error_trap_pop (self->display) != 0 || status != Success)
    return NULL;
  return value;
}

static void
handle_targets_reply (VoileX11Targets *self, GTask *task, gboolean refused)
{
  QueryData *data = g_task_get_task_data (task);
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  gboolean has_hint = FALSE;

  if (!refused)
    {
      Atom type;
      int format;
      unsigned long n_items = 0;
      guchar *value = take_property (self, &type, &format, &n_items);
      if (value != NULL && type == XA_ATOM && format == 32 && n_items > 0)
        {
          Atom *atoms = (Atom *) value;
          g_autofree char **names = g_new0 (char *, n_items);
          gdk_x11_display_error_trap_push (self->display);
          Status ok = XGetAtomNames (self->xdisplay, atoms, (int) n_items, names);
          gdk_x11_display_error_trap_pop_ignored (self->display);
          for (unsigned long i = 0; ok && i < n_items; i++)
            {
              if (names[i] == NULL)
                continue;
              g_strv_builder_add (builder, names[i]);
              if (atoms[i] == self->hint_atom)
                has_hint = TRUE;
              XFree (names[i]);
            }
        }
      if (value != NULL)
        XFree (value);
    }

  data->result = g_new0 (VoileX11TargetsResult, 1);
  data->result->targets = g_strv_builder_end (builder);
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (has_hint)
    convert (self, data->selection, self->hint_atom);
  else
    finish_current (self, NULL);
}

static void
handle_hint_reply (VoileX11Targets *self, GTask *task, gboolean refused)
{
  QueryData *data = g_task_get_task_data (task);
  /* A hint we cannot read counts as secret: better miss a copy than read a password. */
  gboolean secret = TRUE;
  if (!refused)
    {
      Atom type;
      int format;
      unsigned long n_items = 0;
      guchar *value = take_property (self, &type, &format, &n_items);
      if (value != NULL && format == 8)
        secret = n_items >= 6 && strncmp ((const char *) value, "secret", 6) == 0;
      if (value != NULL)
        XFree (value);
    }
  data->result->secret = secret;
  finish_current (self, NULL);
}

static gboolean
on_xevent (GdkX11Display *display, gpointer xevent, gpointer user_data)
{
  VoileX11Targets *self = user_data;
  XEvent *event = xevent;
  if (event == NULL || event->type != SelectionNotify
      || event->xselection.requestor != self->window)
    return FALSE;

  GTask *task = g_queue_peek_head (&self->queue);
  if (task == NULL || self->timeout_id == 0)
    return TRUE; /* a late answer to a request that timed out */
  gboolean refused = event->xselection.property == None;
  if (self->asking_hint)
    handle_hint_reply (self, task, refused);
  else
    handle_targets_reply (self, task, refused);
  return TRUE;
}

VoileX11Targets *
voile_x11_targets_new (GdkX11Display *display)
{
  VoileX11Targets *self = g_new0 (VoileX11Targets, 1);
  self->display = g_object_ref (display);
  self->xdisplay = gdk_x11_display_get_xdisplay (GDK_DISPLAY (display));
  self->window = XCreateSimpleWindow (self->xdisplay, DefaultRootWindow (self->xdisplay), -10,
                                      -10, 1, 1, 0, 0, 0);
  self->property = XInternAtom (self->xdisplay, "VOILE_TARGETS", False);
  self->targets_atom = XInternAtom (self->xdisplay, "TARGETS", False);
  self->hint_atom = XInternAtom (self->xdisplay, HINT_TARGET, False);
  g_queue_init (&self->queue);
  self->xevent_id = g_signal_connect (display, "xevent", G_CALLBACK (on_xevent), self);
  return self;
}

void
voile_x11_targets_free (VoileX11Targets *self)
{
  if (self == NULL)
    return;
  g_clear_signal_handler (&self->xevent_id, self->display);
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  GTask *task;
  while ((task = g_queue_pop_head (&self->queue)) != NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Shutting down");
      g_object_unref (task);
    }
  XDestroyWindow (self->xdisplay, self->window);
  g_object_unref (self->display);
  g_free (self);
}

void
voile_x11_targets_query_async (VoileX11Targets *self, const char *selection,
                               GCancellable *cancellable, GAsyncReadyCallback callback,
                               gpointer user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, voile_x11_targets_query_async);
  QueryData *data = g_new0 (QueryData, 1);
  data->selection = XInternAtom (self->xdisplay, selection, False);
  g_task_set_task_data (task, data, (GDestroyNotify) query_data_free);
  g_queue_push_tail (&self->queue, task);
  if (g_queue_get_length (&self->queue) == 1)
    start_next (self);
}

VoileX11TargetsResult *
voile_x11_targets_query_finish (VoileX11Targets *self, GAsyncResult *result, GError **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}
