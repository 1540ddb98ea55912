/* voile-watcher.h — watches the clipboard, scans each copy, and carries out the user's
 * choice: anonymize, undo, restore, ignore, forget. */
#pragma once

#include <gio/gio.h>

#include "voile-clipboard.h"
#include "voile-notifier.h"

G_BEGIN_DECLS

#define VOILE_TYPE_WATCHER (voile_watcher_get_type ())
G_DECLARE_FINAL_TYPE (VoileWatcher, voile_watcher, VOILE, WATCHER, GObject)

/* clipboard may be NULL (no backend: nothing is watched, commands do nothing). Notification
 * buttons activate the default GApplication's actions of the same name. Emits
 * "state-changed" when a getter below would answer differently. */
VoileWatcher *
voile_watcher_new (VoileClipboard *clipboard, GSettings *settings, VoileNotifier *notifier);

/* Commands; FALSE when there is nothing to act on. */
gboolean
voile_watcher_anonymize (VoileWatcher *self);
gboolean
voile_watcher_undo (VoileWatcher *self);
gboolean
voile_watcher_restore (VoileWatcher *self);
void
voile_watcher_ignore (VoileWatcher *self);
void
voile_watcher_forget (VoileWatcher *self);
/* The anonymized text of the pending copy, for the preview window; NULL when none. */
char *
voile_watcher_dup_preview (VoileWatcher *self, gsize *len);

guint
voile_watcher_get_anonymized_today (VoileWatcher *self);
gboolean
voile_watcher_get_attention (VoileWatcher *self);
gboolean
voile_watcher_has_undo (VoileWatcher *self);
gboolean
voile_watcher_has_mapping (VoileWatcher *self);
gboolean
voile_watcher_has_pending (VoileWatcher *self);

G_END_DECLS
