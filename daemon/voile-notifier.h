/* voile-notifier.h — desktop notifications that never block the daemon.
 *
 * libnotify's calls are blocking D-Bus round trips, and a notification server can hang or
 * vanish: every call runs on one worker thread, in order. Action callbacks come back on the
 * main thread. Each new notification replaces the previous one. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _VoileNotifier VoileNotifier;

typedef void (*VoileNotifierActionFunc) (const char *action_id, gpointer user_data);
typedef void (*VoileNotifierStateFunc) (VoileNotifier *notifier, gpointer user_data);

VoileNotifier *
voile_notifier_new (const char *app_name);
void
voile_notifier_free (VoileNotifier *self);

/* "actions" (a server that shows buttons), "no-actions" or "none" (no server). */
const char *
voile_notifier_get_server_state (VoileNotifier *self);
gboolean
voile_notifier_has_actions (VoileNotifier *self);
/* Called on the main thread whenever get_server_state() changes. */
void
voile_notifier_set_state_func (VoileNotifier *self, VoileNotifierStateFunc func,
                               gpointer user_data);

/* summary and body must never hold clipboard content. actions: NULL or a NULL-terminated
 * list of id, label pairs, left out when the server cannot show them. func is called with the
 * action id on the main thread; destroy frees user_data when the notification is gone. */
void
voile_notifier_show (VoileNotifier *self, const char *summary, const char *body,
                     const char *const *actions, VoileNotifierActionFunc func, gpointer user_data,
                     GDestroyNotify destroy);
/* Closes the current notification, if any. */
void
voile_notifier_withdraw (VoileNotifier *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VoileNotifier, voile_notifier_free)

G_END_DECLS
