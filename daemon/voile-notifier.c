/* voile-notifier.c — libnotify on a worker thread.
 *
 * Threading: NotifyNotification objects are built on the main thread and handed to the
 * worker, which alone calls libnotify's blocking functions (show, close, server caps) and
 * alone knows the notification on screen. libnotify's D-Bus proxy is created by the worker,
 * with no thread-default context, so its signals (ActionInvoked) are dispatched on the main
 * context: action callbacks run on the main thread. Notifications are unreferenced on the
 * main thread too, so that none is finalized while its signal is being dispatched.
 *
 * libnotify is not thread-safe: it keeps one proxy for the process, drops it and makes it
 * again when the server is gone, and a notification's finalization uses it too (it may make
 * it again). So the worker holds libnotify_lock around its libnotify calls, and the main
 * thread unreferences a notification only when it can take the lock, trying again shortly
 * otherwise: it never waits on a server that hangs. (Under AddressSanitizer, with no server,
 * the worker once freed the proxy's object path while a finalization on the main thread read
 * it.) */
#include "config.h"

#include "voile-notifier.h"

#include <gio/gio.h>
#include <libnotify/notify.h>

#define NOTIFY_BUS_NAME "org.freedesktop.Notifications"
/* How long the main thread waits before trying an unref again. */
#define UNREF_RETRY_MS 50

static GMutex libnotify_lock;

typedef enum
{
  JOB_SHOW,
  JOB_CLOSE,
  JOB_CAPS,
} JobKind;

typedef struct
{
  JobKind kind;
  NotifyNotification *notification; /* JOB_SHOW */
} Job;

typedef enum
{
  SERVER_NONE,
  SERVER_NO_ACTIONS,
  SERVER_ACTIONS,
} ServerState;

struct _VoileNotifier
{
  GThreadPool *worker;
  guint watch_id;
  ServerState state; /* main thread */
  VoileNotifierStateFunc state_func;
  gpointer state_data;
  /* Worker thread only. */
  NotifyNotification *current;
  gboolean failing; /* the last show failed: do not repeat the warning */
};

typedef struct
{
  VoileNotifierActionFunc func;
  gpointer user_data;
  GDestroyNotify destroy;
} ActionClosure;

static void
action_closure_free (gpointer data)
{
  ActionClosure *closure = data;
  if (closure->destroy != NULL)
    closure->destroy (closure->user_data);
  g_free (closure);
}

/* ---- main-thread helpers, called from the worker with g_main_context_invoke ------------- */

static gboolean
unref_on_main (gpointer data)
{
  if (!g_mutex_trylock (&libnotify_lock))
    {
      g_timeout_add (UNREF_RETRY_MS, unref_on_main, data);
      return G_SOURCE_REMOVE;
    }
  g_object_unref (data);
  g_mutex_unlock (&libnotify_lock);
  return G_SOURCE_REMOVE;
}

typedef struct
{
  VoileNotifier *self;
  ServerState state;
} StateUpdate;

static void
set_state (VoileNotifier *self, ServerState state)
{
  if (self->state == state)
    return;
  self->state = state;
  if (self->state_func != NULL)
    self->state_func (self, self->state_data);
}

static gboolean
apply_state_on_main (gpointer data)
{
  StateUpdate *update = data;
  set_state (update->self, update->state);
  g_free (update);
  return G_SOURCE_REMOVE;
}

/* ---- worker ------------------------------------------------------------------------------- */

static void
run_job (gpointer data, gpointer user_data)
{
  Job *job = data;
  VoileNotifier *self = user_data;
  g_autoptr (GError) error = NULL;

  g_mutex_lock (&libnotify_lock);
  switch (job->kind)
    {
      case JOB_SHOW:
        /* One notification at a time. The previous one is closed rather than replaced: a
         * late NotificationClosed or ActionInvoked for it must not reach the new one, which
         * would happen if both shared an id. */
        if (self->current != NULL)
          {
            notify_notification_close (self->current, NULL);
            g_main_context_invoke (NULL, unref_on_main, g_steal_pointer (&self->current));
          }
        if (!notify_notification_show (job->notification, &error))
          {
            if (!self->failing)
              g_message ("Could not show a notification: %s", error->message);
            self->failing = TRUE;
          }
        else
          self->failing = FALSE;
        self->current = g_steal_pointer (&job->notification);
        break;

      case JOB_CLOSE:
        if (self->current != NULL)
          {
            notify_notification_close (self->current, NULL);
            g_main_context_invoke (NULL, unref_on_main, g_steal_pointer (&self->current));
          }
        break;

      case JOB_CAPS:
        {
          GList *caps = notify_get_server_caps ();
          StateUpdate *update = g_new0 (StateUpdate, 1);
          update->self = self;
          update->state = caps == NULL ? SERVER_NONE
                          : g_list_find_custom (caps, "actions", (GCompareFunc)g_strcmp0)
                              ? SERVER_ACTIONS
                              : SERVER_NO_ACTIONS;
          g_list_free_full (caps, g_free);
          g_main_context_invoke (NULL, apply_state_on_main, update);
        }
        break;
    }
  g_mutex_unlock (&libnotify_lock);
  if (job->notification != NULL)
    g_main_context_invoke (NULL, unref_on_main, job->notification);
  g_free (job);
}

static void
push_job (VoileNotifier *self, JobKind kind, NotifyNotification *notification)
{
  Job *job = g_new0 (Job, 1);
  job->kind = kind;
  job->notification = notification;
  g_thread_pool_push (self->worker, job, NULL);
}

/* ---- server presence ---------------------------------------------------------------------- */

static void
on_server_appeared (GDBusConnection *connection, const char *name, const char *owner,
                    gpointer user_data)
{
  push_job (user_data, JOB_CAPS, NULL);
}

static void
on_server_vanished (GDBusConnection *connection, const char *name, gpointer user_data)
{
  set_state (user_data, SERVER_NONE);
}

/* ---- public ------------------------------------------------------------------------------- */

VoileNotifier *
voile_notifier_new (const char *app_name)
{
  VoileNotifier *self = g_new0 (VoileNotifier, 1);
  if (!notify_is_initted ())
    notify_init (app_name);
  self->worker = g_thread_pool_new (run_job, self, 1, FALSE, NULL);
  self->watch_id
      = g_bus_watch_name (G_BUS_TYPE_SESSION, NOTIFY_BUS_NAME, G_BUS_NAME_WATCHER_FLAGS_NONE,
                          on_server_appeared, on_server_vanished, self, NULL);
  return self;
}

void
voile_notifier_free (VoileNotifier *self)
{
  if (self == NULL)
    return;
  g_bus_unwatch_name (self->watch_id);
  /* Do not wait for a server that hangs: pending jobs are dropped, the current one ends
   * with the process. */
  g_thread_pool_free (self->worker, TRUE, FALSE);
  g_free (self);
}

const char *
voile_notifier_get_server_state (VoileNotifier *self)
{
  switch (self->state)
    {
      case SERVER_ACTIONS:
        return "actions";
      case SERVER_NO_ACTIONS:
        return "no-actions";
      case SERVER_NONE:
      default:
        return "none";
    }
}

gboolean
voile_notifier_has_actions (VoileNotifier *self)
{
  return self->state == SERVER_ACTIONS;
}

void
voile_notifier_set_state_func (VoileNotifier *self, VoileNotifierStateFunc func, gpointer user_data)
{
  self->state_func = func;
  self->state_data = user_data;
}

static void
on_action (NotifyNotification *notification, char *action, gpointer user_data)
{
  ActionClosure *closure = user_data;
  closure->func (action, closure->user_data);
}

void
voile_notifier_show (VoileNotifier *self, const char *summary, const char *body,
                     const char *const *actions, VoileNotifierActionFunc func, gpointer user_data,
                     GDestroyNotify destroy)
{
  NotifyNotification *notification
      = notify_notification_new (summary, body, "io.github.voile.Voile");
  notify_notification_set_hint (notification, "transient", g_variant_new_boolean (TRUE));
  notify_notification_set_hint (notification, "desktop-entry",
                                g_variant_new_string ("io.github.voile.Voile"));

  gboolean added = FALSE;
  if (actions != NULL && func != NULL && voile_notifier_has_actions (self))
    {
      for (guint i = 0; actions[i] != NULL && actions[i + 1] != NULL; i += 2)
        {
          ActionClosure *closure = g_new0 (ActionClosure, 1);
          closure->func = func;
          closure->user_data = user_data;
          /* The first action owns user_data; the others only borrow it. */
          closure->destroy = added ? NULL : destroy;
          notify_notification_add_action (notification, actions[i], actions[i + 1], on_action,
                                          closure, action_closure_free);
          added = TRUE;
        }
    }
  if (!added && destroy != NULL)
    destroy (user_data);
  push_job (self, JOB_SHOW, notification);
}

void
voile_notifier_withdraw (VoileNotifier *self)
{
  push_job (self, JOB_CLOSE, NULL);
}
