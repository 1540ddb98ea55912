/* voile-watcher.c — from a copy to a decision.
 *
 * A copy goes: clipboard "changed" → read (size cap, cancellable) → scan on a thread → by
 * mode: notify (ask), anonymize at once (auto) or warn (notify). Only the newest copy of a
 * selection matters: a new one cancels the read and scan of the previous one and makes its
 * notification buttons do nothing.
 *
 * Loops: our own writes never reach us (the backends filter them), and text equal to what
 * we published last is not scanned again (clipboard managers re-publish it).
 *
 * Privacy: the texts live in memory only and are zeroed when dropped. Log messages say what
 * happened, never what was copied. */
#include "config.h"

#include "voile-watcher.h"

#include <glib/gi18n.h>
#include <string.h>

#include "voile-anonymizer.h"
#include "voile-dbus-api.h"
#include "voile-engine.h"
#include "voile-html.h"
#include "voile-scan-job.h"
#include "voile-wipe.h"

#define ATTENTION_SECONDS 5

/* ---- a copied text ------------------------------------------------------------------------ */

typedef struct
{
  guint serial;
  VoileSelection selection;
  GBytes *text; /* zeroed when freed */
  char *html;   /* the text/html flavour, or NULL */
  VoileScanOutcome *outcome;
} Copy;

static void
copy_clear (gpointer data)
{
  Copy *copy = data;
  g_clear_pointer (&copy->text, g_bytes_unref);
  g_clear_pointer (&copy->html, voile_wipe_string_free);
  g_clear_pointer (&copy->outcome, voile_scan_outcome_free);
}

static Copy *
copy_new (guint serial, VoileSelection selection, GBytes *text, char *html)
{
  Copy *copy = g_atomic_rc_box_new0 (Copy);
  copy->serial = serial;
  copy->selection = selection;
  copy->text = text;
  copy->html = html;
  return copy;
}

static Copy *
copy_ref (Copy *copy)
{
  return g_atomic_rc_box_acquire (copy);
}

static void
copy_unref (Copy *copy)
{
  g_atomic_rc_box_release_full (copy, copy_clear);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Copy, copy_unref)

static char *
hash_bytes (GBytes *bytes)
{
  return g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
}

/* ---- the watcher -------------------------------------------------------------------------- */

struct _VoileWatcher
{
  GObject parent_instance;
  VoileClipboard *clipboard;
  GSettings *settings;
  VoileNotifier *notifier;

  GCancellable *cancellables[2]; /* per selection: the current read and scan */
  guint serials[2];              /* per selection: the newest copy */
  Copy *pending;                 /* a copy with findings, or with placeholders to restore */
  gboolean pending_notified;
  Copy *undo;           /* the original our last anonymization replaced */
  char *published_hash; /* of the last text we published */
  gboolean publishing;

  VoileMapping *mapping; /* touched with mapping_lock held: scan jobs read it */
  GMutex mapping_lock;
  guint expire_id;

  gboolean too_big_said;
  guint anonymized_today;
  gint today; /* g_date_time_get_day_of_year + year * 1000 */
  gboolean attention;
  guint attention_id;
};

enum
{
  SIGNAL_STATE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_TYPE (VoileWatcher, voile_watcher, G_TYPE_OBJECT)

static void
emit_state_changed (VoileWatcher *self)
{
  g_signal_emit (self, signals[SIGNAL_STATE_CHANGED], 0);
}

static gboolean
is_paused (VoileWatcher *self)
{
  return g_settings_get_boolean (self->settings, VOILE_ACTION_PAUSED);
}

static guint32
enabled_type_mask (VoileWatcher *self)
{
  guint32 mask = 0;
  for (guint c = 0; c < VOILE_N_CATEGORIES; c++)
    {
      g_autofree char *key
          = g_strconcat (VOILE_ACTION_CATEGORY_PREFIX, voile_category_get_id (c), NULL);
      if (g_settings_get_boolean (self->settings, key))
        mask |= voile_category_get_type_mask (c);
    }
  return mask;
}

/* "2 names, 1 email, 1 IBAN": counts only, never values. */
static char *
format_counts (const guint counts[VOILE_N_TYPES])
{
  g_autoptr (GString) text = g_string_new (NULL);
  for (guint t = 0; t < VOILE_N_TYPES; t++)
    {
      if (counts[t] == 0)
        continue;
      g_autofree char *part = voile_type_format_count (t, counts[t]);
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, part);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* ---- notifications ------------------------------------------------------------------------ */

typedef struct
{
  VoileWatcher *self; /* weak: the watcher lives as long as the application */
  guint serial;
  VoileSelection selection;
  gboolean for_undo;
} ActionTarget;

static void
on_notification_action (const char *action_id, gpointer user_data)
{
  ActionTarget *target = user_data;
  VoileWatcher *self = target->self;
  gboolean current;

  g_debug ("Notification action “%s”", action_id);
  /* A button of an older notification must not act on a newer copy. */
  if (target->for_undo)
    current = self->undo != NULL && self->undo->serial == target->serial
              && self->undo->selection == target->selection;
  else
    current = self->pending != NULL && self->pending->serial == target->serial
              && self->pending->selection == target->selection;
  if (!current)
    {
      g_debug ("Notification action “%s” for an older copy: ignored", action_id);
      return;
    }
  GApplication *app = g_application_get_default ();
  if (app != NULL && g_action_group_has_action (G_ACTION_GROUP (app), action_id))
    g_action_group_activate_action (G_ACTION_GROUP (app), action_id, NULL);
}

static void
notify (VoileWatcher *self, const char *summary, const char *body, const char *const *actions,
        const Copy *copy, gboolean for_undo)
{
  if (!g_settings_get_boolean (self->settings, VOILE_ACTION_NOTIFICATIONS))
    return;
  ActionTarget *target = NULL;
  if (actions != NULL && copy != NULL)
    {
      target = g_new0 (ActionTarget, 1);
      target->self = self;
      target->serial = copy->serial;
      target->selection = copy->selection;
      target->for_undo = for_undo;
    }
  voile_notifier_show (self->notifier, summary, body, target ? actions : NULL,
                       target ? on_notification_action : NULL, target, g_free);
}

static void
notify_detection (VoileWatcher *self, Copy *copy, gboolean with_buttons)
{
  g_autofree char *counts = format_counts (copy->outcome->counts);
  const char *const actions[] = {
    VOILE_ACTION_ANONYMIZE,
    C_ ("notification button", "Anonymize"),
    VOILE_ACTION_PREVIEW,
    C_ ("notification button", "Preview"),
    VOILE_ACTION_IGNORE,
    C_ ("notification button", "Ignore"),
    NULL,
  };
  g_autofree char *body
      = with_buttons ? g_strdup_printf (
            _ ("Found: %s. Anonymize the text before pasting it into a chatbot?"), counts)
                     : g_strdup_printf (_ ("Found: %s."), counts);
  notify (self, _ ("Personal data in the clipboard"), body, with_buttons ? actions : NULL, copy,
          FALSE);
  self->pending_notified = TRUE;
}

static void
notify_anonymized (VoileWatcher *self, Copy *original)
{
  g_autofree char *counts = format_counts (original->outcome->counts);
  g_autofree char *body = g_strdup_printf (_ ("Replaced: %s."), counts);
  const char *const actions[] = { VOILE_ACTION_UNDO, C_ ("notification button", "Undo"), NULL };
  notify (self, _ ("Clipboard anonymized"), body, actions, original, TRUE);
}

static void
notify_restorable (VoileWatcher *self, Copy *copy)
{
  const char *const actions[] = { VOILE_ACTION_RESTORE, C_ ("notification button", "Restore"),
                                  VOILE_ACTION_IGNORE, C_ ("notification button", "Ignore"), NULL };
  notify (self, _ ("Placeholders in the clipboard"),
          _ ("This text holds placeholders from an anonymized text. Put the real values back?"),
          actions, copy, FALSE);
  self->pending_notified = TRUE;
}

static void
notify_failure (VoileWatcher *self)
{
  notify (self, _ ("Could not anonymize the clipboard"),
          _ ("The original text is still in the clipboard: do not paste it into a chatbot."), NULL,
          NULL, FALSE);
}

static void
notify_undo_failure (VoileWatcher *self)
{
  notify (self, _ ("Could not put the original text back"),
          _ ("The clipboard still holds the anonymized text."), NULL, NULL, FALSE);
}

static void
notify_restore_failure (VoileWatcher *self)
{
  notify (self, _ ("Could not put the real values back"),
          _ ("The clipboard still holds the text with placeholders."), NULL, NULL, FALSE);
}

/* ---- state -------------------------------------------------------------------------------- */

static void
drop_pending (VoileWatcher *self, gboolean withdraw)
{
  if (self->pending == NULL)
    return;
  g_clear_pointer (&self->pending, copy_unref);
  if (withdraw && self->pending_notified)
    voile_notifier_withdraw (self->notifier);
  self->pending_notified = FALSE;
  emit_state_changed (self);
}

static gboolean
on_attention_over (gpointer user_data)
{
  VoileWatcher *self = user_data;
  self->attention_id = 0;
  self->attention = FALSE;
  emit_state_changed (self);
  return G_SOURCE_REMOVE;
}

static void
raise_attention (VoileWatcher *self)
{
  self->attention = TRUE;
  g_clear_handle_id (&self->attention_id, g_source_remove);
  self->attention_id = g_timeout_add_seconds (ATTENTION_SECONDS, on_attention_over, self);
}

static void
count_anonymized (VoileWatcher *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  gint today = g_date_time_get_year (now) * 1000 + g_date_time_get_day_of_year (now);
  if (today != self->today)
    self->anonymized_today = 0;
  self->today = today;
  self->anonymized_today++;
}

static gint64
ttl_us (VoileWatcher *self)
{
  return (gint64)g_settings_get_uint (self->settings, "mapping-ttl-minutes") * 60 * G_USEC_PER_SEC;
}

static void
schedule_expiry (VoileWatcher *self);

static gboolean
on_expire (gpointer user_data)
{
  VoileWatcher *self = user_data;
  self->expire_id = 0;
  g_mutex_lock (&self->mapping_lock);
  voile_mapping_expire (self->mapping, g_get_monotonic_time () - ttl_us (self));
  guint size = voile_mapping_get_size (self->mapping);
  g_mutex_unlock (&self->mapping_lock);
  /* The original we could put back is as personal as the mapping: it goes with it. */
  if (size == 0)
    g_clear_pointer (&self->undo, copy_unref);
  else
    schedule_expiry (self);
  emit_state_changed (self);
  return G_SOURCE_REMOVE;
}

/* One timer while values are remembered, not a periodic poll. */
static void
schedule_expiry (VoileWatcher *self)
{
  g_clear_handle_id (&self->expire_id, g_source_remove);
  guint seconds = (guint)(ttl_us (self) / G_USEC_PER_SEC) + 1;
  self->expire_id = g_timeout_add_seconds (seconds, on_expire, self);
}

static gboolean
publish (VoileWatcher *self, VoileSelection selection, GBytes *text, const char *html)
{
  g_autoptr (GError) error = NULL;
  gsize len = 0;
  const char *data = g_bytes_get_data (text, &len);
  if (self->clipboard == NULL
      || !voile_clipboard_publish (self->clipboard, selection, data, len, html, &error))
    {
      g_warning ("Could not set the clipboard: %s", error ? error->message : "no backend");
      return FALSE;
    }
  g_free (self->published_hash);
  self->published_hash = hash_bytes (text);
  return TRUE;
}

/* ---- anonymizing -------------------------------------------------------------------------- */

typedef struct
{
  GBytes *text;
  char *html;
} Publication;

static void
publication_free (Publication *publication)
{
  g_clear_pointer (&publication->text, g_bytes_unref);
  g_clear_pointer (&publication->html, voile_wipe_string_free);
  g_free (publication);
}

typedef struct
{
  Copy *copy;
  VoileMapping *mapping;
  GMutex *mapping_lock;
} PrepareData;

static void
prepare_data_free (PrepareData *data)
{
  copy_unref (data->copy);
  g_free (data);
}

static void
prepare_in_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  PrepareData *data = task_data;
  gsize len = 0, out_len = 0;
  const char *text = g_bytes_get_data (data->copy->text, &len);

  g_mutex_lock (data->mapping_lock);
  char *anonymized
      = voile_anonymize (data->mapping, text, len, data->copy->outcome->scan, &out_len);
  g_mutex_unlock (data->mapping_lock);

  Publication *publication = g_new0 (Publication, 1);
  if (data->copy->html != NULL)
    publication->html = voile_html_anonymize (voile_engine_get_default (), data->copy->html, text,
                                              len, data->copy->outcome->scan, anonymized, out_len);
  publication->text = voile_bytes_new_take_wiped (anonymized, out_len);
  g_task_return_pointer (task, publication, (GDestroyNotify)publication_free);
}

static void
on_prepared (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (VoileWatcher) self = user_data;
  PrepareData *data = g_task_get_task_data (G_TASK (result));
  Copy *copy = data->copy;
  g_autoptr (GError) error = NULL;
  Publication *publication = g_task_propagate_pointer (G_TASK (result), &error);

  self->publishing = FALSE;
  if (publication == NULL)
    {
      notify_failure (self);
      return;
    }
  /* The user copied something else meanwhile: that copy wins. */
  if (copy->serial != self->serials[copy->selection] || self->pending != copy)
    {
      g_debug ("A newer copy arrived while anonymizing: dropped");
      publication_free (publication);
      return;
    }
  if (!publish (self, copy->selection, publication->text, publication->html))
    {
      publication_free (publication);
      notify_failure (self);
      return;
    }
  publication_free (publication);

  g_clear_pointer (&self->undo, copy_unref);
  self->undo = copy_ref (copy);
  g_clear_pointer (&self->pending, copy_unref);
  self->pending_notified = FALSE;
  count_anonymized (self);
  schedule_expiry (self);
  g_debug ("Clipboard anonymized");
  notify_anonymized (self, self->undo);
  emit_state_changed (self);
}

gboolean
voile_watcher_anonymize (VoileWatcher *self)
{
  g_return_val_if_fail (VOILE_IS_WATCHER (self), FALSE);
  if (self->pending == NULL || !self->pending->outcome->has_direct || self->publishing)
    return FALSE;

  PrepareData *data = g_new0 (PrepareData, 1);
  data->copy = copy_ref (self->pending);
  data->mapping = self->mapping;
  data->mapping_lock = &self->mapping_lock;
  g_autoptr (GTask) task = g_task_new (NULL, NULL, on_prepared, g_object_ref (self));
  g_task_set_task_data (task, data, (GDestroyNotify)prepare_data_free);
  self->publishing = TRUE;
  g_task_run_in_thread (task, prepare_in_thread);
  return TRUE;
}

char *
voile_watcher_dup_preview (VoileWatcher *self, gsize *len)
{
  g_return_val_if_fail (VOILE_IS_WATCHER (self), NULL);
  if (self->pending == NULL || !self->pending->outcome->has_direct)
    return NULL;
  gsize text_len = 0;
  const char *text = g_bytes_get_data (self->pending->text, &text_len);
  g_mutex_lock (&self->mapping_lock);
  char *anonymized
      = voile_anonymize (self->mapping, text, text_len, self->pending->outcome->scan, len);
  g_mutex_unlock (&self->mapping_lock);
  schedule_expiry (self);
  return anonymized;
}

gboolean
voile_watcher_undo (VoileWatcher *self)
{
  g_return_val_if_fail (VOILE_IS_WATCHER (self), FALSE);
  if (self->undo == NULL)
    return FALSE;
  if (!publish (self, self->undo->selection, self->undo->text, self->undo->html))
    {
      notify_undo_failure (self);
      return FALSE;
    }
  g_clear_pointer (&self->undo, copy_unref);
  drop_pending (self, FALSE);
  voile_notifier_withdraw (self->notifier);
  g_debug ("Original text put back");
  emit_state_changed (self);
  return TRUE;
}

/* The chatbot's HTML with the real values (escaped) in its text, so that a rich-text paste
 * keeps its formatting; NULL (the paste gets the plain restored text) when there is no HTML
 * or when a placeholder would still show in it, e.g. written with character references. */
static char *
restore_html (VoileMapping *mapping, const char *html)
{
  guint n_restored = 0;

  if (html == NULL)
    return NULL;
  char *restored = voile_restore_html (mapping, html, strlen (html), NULL, &n_restored);
  char *visible = voile_html_visible_text (restored);
  gboolean left = voile_mapping_text_has_placeholders (mapping, visible, strlen (visible));
  voile_wipe_string_free (visible);
  if (n_restored == 0 || left)
    g_clear_pointer (&restored, voile_wipe_string_free);
  return restored;
}

gboolean
voile_watcher_restore (VoileWatcher *self)
{
  g_return_val_if_fail (VOILE_IS_WATCHER (self), FALSE);
  if (self->pending == NULL || !self->pending->outcome->has_placeholders)
    return FALSE;

  gsize len = 0, out_len = 0;
  guint n_restored = 0;
  const char *text = g_bytes_get_data (self->pending->text, &len);
  g_mutex_lock (&self->mapping_lock);
  char *restored = voile_restore (self->mapping, text, len, &out_len, &n_restored);
  char *html = restore_html (self->mapping, self->pending->html);
  g_mutex_unlock (&self->mapping_lock);
  g_autoptr (GBytes) bytes = voile_bytes_new_take_wiped (restored, out_len);

  gboolean published = n_restored > 0 && publish (self, self->pending->selection, bytes, html);
  g_clear_pointer (&html, voile_wipe_string_free);
  if (!published)
    {
      if (n_restored > 0) /* placeholders were there, the clipboard could not be set */
        notify_restore_failure (self);
      return FALSE;
    }
  drop_pending (self, TRUE);
  schedule_expiry (self);
  g_debug ("Real values put back (%u)", n_restored);
  return TRUE;
}

void
voile_watcher_ignore (VoileWatcher *self)
{
  g_return_if_fail (VOILE_IS_WATCHER (self));
  drop_pending (self, TRUE);
}

void
voile_watcher_forget (VoileWatcher *self)
{
  g_return_if_fail (VOILE_IS_WATCHER (self));
  g_mutex_lock (&self->mapping_lock);
  voile_mapping_clear (self->mapping);
  g_mutex_unlock (&self->mapping_lock);
  g_clear_handle_id (&self->expire_id, g_source_remove);
  g_clear_pointer (&self->undo, copy_unref);
  if (self->pending != NULL && !self->pending->outcome->has_direct)
    drop_pending (self, TRUE); /* nothing left to restore it with */
  g_debug ("Placeholder mapping forgotten");
  emit_state_changed (self);
}

/* ---- watching ----------------------------------------------------------------------------- */

typedef struct
{
  VoileWatcher *self; /* strong */
  guint serial;
  VoileSelection selection;
  GBytes *text;
  char *html;
} CopyContext;

static void
copy_context_free (CopyContext *ctx)
{
  g_object_unref (ctx->self);
  g_clear_pointer (&ctx->text, g_bytes_unref);
  g_clear_pointer (&ctx->html, voile_wipe_string_free);
  g_free (ctx);
}

static void
on_scanned (GObject *source, GAsyncResult *result, gpointer user_data)
{
  CopyContext *ctx = user_data;
  VoileWatcher *self = ctx->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (VoileScanOutcome) outcome = voile_scan_job_finish (result, &error);

  if (outcome == NULL || ctx->serial != self->serials[ctx->selection] || is_paused (self))
    {
      copy_context_free (ctx);
      return;
    }
  if (!outcome->has_direct && !outcome->has_placeholders)
    {
      g_debug ("Copy scanned: nothing personal");
      copy_context_free (ctx);
      return;
    }

  g_autoptr (Copy) copy = copy_new (ctx->serial, ctx->selection, g_steal_pointer (&ctx->text),
                                    g_steal_pointer (&ctx->html));
  copy->outcome = g_steal_pointer (&outcome);
  copy_context_free (ctx);

  drop_pending (self, FALSE);
  self->pending = copy_ref (copy);

  if (copy->outcome->has_direct)
    {
      g_autofree char *mode = g_settings_get_string (self->settings, VOILE_ACTION_MODE);
      g_debug ("Copy scanned: personal data found; mode %s", mode);
      raise_attention (self);
      if (g_str_equal (mode, "auto"))
        {
          if (!voile_watcher_anonymize (self))
            notify_failure (self);
        }
      else
        notify_detection (self, copy, g_str_equal (mode, "ask"));
    }
  else
    {
      g_debug ("Copy scanned: placeholders to restore");
      notify_restorable (self, copy);
    }
  emit_state_changed (self);
}

static void
on_read (GObject *source, GAsyncResult *result, gpointer user_data)
{
  CopyContext *ctx = user_data;
  VoileWatcher *self = ctx->self;
  g_autoptr (GError) error = NULL;
  g_autoptr (VoileClipboardContent) content
      = voile_clipboard_read_finish (VOILE_CLIPBOARD (source), result, &error);

  if (content == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Could not read the clipboard: %s", error->message);
      copy_context_free (ctx);
      return;
    }
  if (ctx->serial != self->serials[ctx->selection] || content->is_ours)
    {
      copy_context_free (ctx);
      return;
    }

  switch (content->kind)
    {
      case VOILE_CONTENT_SECRET:
        g_debug ("Copy marked secret by a password manager: left alone");
        drop_pending (self, TRUE);
        copy_context_free (ctx);
        return;
      case VOILE_CONTENT_NOT_TEXT:
      case VOILE_CONTENT_EMPTY:
        g_debug ("Copy without text (%s): left alone",
                 content->kind == VOILE_CONTENT_EMPTY ? "empty" : "not text");
        drop_pending (self, TRUE);
        copy_context_free (ctx);
        return;
      case VOILE_CONTENT_TOO_BIG:
        g_debug ("Copy over the size cap: left alone");
        drop_pending (self, TRUE);
        if (!self->too_big_said)
          {
            g_autofree char *size
                = g_format_size (g_settings_get_uint (self->settings, "max-size"));
            g_autofree char *body = g_strdup_printf (
                _ ("Voile checks copied texts up to %s. Larger ones are not checked."), size);
            notify (self, _ ("Copied text too large to check"), body, NULL, NULL, FALSE);
            self->too_big_said = TRUE;
          }
        copy_context_free (ctx);
        return;
      case VOILE_CONTENT_TEXT:
        break;
    }

  ctx->text = voile_bytes_new_take_wiped (g_steal_pointer (&content->text), content->len);
  ctx->html = g_steal_pointer (&content->html);

  /* What we published, coming back (a clipboard manager took it over): not a new copy. */
  g_autofree char *hash = hash_bytes (ctx->text);
  if (g_strcmp0 (hash, self->published_hash) == 0)
    {
      g_debug ("Copy equal to what Voile published: not scanned");
      copy_context_free (ctx);
      return;
    }
  g_clear_pointer (&self->published_hash, g_free);
  drop_pending (self, TRUE);

  voile_scan_job_run_async (ctx->text, enabled_type_mask (self), self->mapping, &self->mapping_lock,
                            self->cancellables[ctx->selection], on_scanned, ctx);
}

static void
on_clipboard_changed (VoileClipboard *clipboard, guint selection, gpointer user_data)
{
  VoileWatcher *self = user_data;
  if (selection > VOILE_SELECTION_PRIMARY || is_paused (self))
    return;
  if (selection == VOILE_SELECTION_PRIMARY
      && !g_settings_get_boolean (self->settings, VOILE_ACTION_WATCH_PRIMARY))
    return;

  g_cancellable_cancel (self->cancellables[selection]);
  g_clear_object (&self->cancellables[selection]);
  self->cancellables[selection] = g_cancellable_new ();

  CopyContext *ctx = g_new0 (CopyContext, 1);
  ctx->self = g_object_ref (self);
  ctx->serial = ++self->serials[selection];
  ctx->selection = selection;
  voile_clipboard_read_async (clipboard, selection,
                              g_settings_get_uint (self->settings, "max-size"),
                              self->cancellables[selection], on_read, ctx);
}

static void
on_paused_changed (GSettings *settings, const char *key, gpointer user_data)
{
  VoileWatcher *self = user_data;
  if (!is_paused (self))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (self->cancellables); i++)
    {
      g_cancellable_cancel (self->cancellables[i]);
      self->serials[i]++;
    }
  drop_pending (self, TRUE);
}

/* ---- getters ------------------------------------------------------------------------------ */

guint
voile_watcher_get_anonymized_today (VoileWatcher *self)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  gint today = g_date_time_get_year (now) * 1000 + g_date_time_get_day_of_year (now);
  return today == self->today ? self->anonymized_today : 0;
}

gboolean
voile_watcher_get_attention (VoileWatcher *self)
{
  return self->attention;
}

gboolean
voile_watcher_has_undo (VoileWatcher *self)
{
  return self->undo != NULL;
}

gboolean
voile_watcher_has_mapping (VoileWatcher *self)
{
  g_mutex_lock (&self->mapping_lock);
  gboolean has = voile_mapping_get_size (self->mapping) > 0;
  g_mutex_unlock (&self->mapping_lock);
  return has;
}

gboolean
voile_watcher_has_pending (VoileWatcher *self)
{
  return self->pending != NULL;
}

/* ---- life cycle --------------------------------------------------------------------------- */

static void
voile_watcher_dispose (GObject *object)
{
  VoileWatcher *self = VOILE_WATCHER (object);
  for (guint i = 0; i < G_N_ELEMENTS (self->cancellables); i++)
    {
      g_cancellable_cancel (self->cancellables[i]);
      g_clear_object (&self->cancellables[i]);
    }
  if (self->clipboard != NULL)
    g_signal_handlers_disconnect_by_data (self->clipboard, self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->clipboard);
  g_clear_object (&self->settings);
  g_clear_handle_id (&self->expire_id, g_source_remove);
  g_clear_handle_id (&self->attention_id, g_source_remove);
  g_clear_pointer (&self->pending, copy_unref);
  g_clear_pointer (&self->undo, copy_unref);
  G_OBJECT_CLASS (voile_watcher_parent_class)->dispose (object);
}

static void
voile_watcher_finalize (GObject *object)
{
  VoileWatcher *self = VOILE_WATCHER (object);
  g_clear_pointer (&self->mapping, voile_mapping_free);
  g_mutex_clear (&self->mapping_lock);
  g_free (self->published_hash);
  G_OBJECT_CLASS (voile_watcher_parent_class)->finalize (object);
}

static void
voile_watcher_class_init (VoileWatcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  object_class->dispose = voile_watcher_dispose;
  object_class->finalize = voile_watcher_finalize;
  signals[SIGNAL_STATE_CHANGED]
      = g_signal_new ("state-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                      NULL, G_TYPE_NONE, 0);
}

static void
voile_watcher_init (VoileWatcher *self)
{
  g_mutex_init (&self->mapping_lock);
  self->mapping = voile_mapping_new ();
  for (guint i = 0; i < G_N_ELEMENTS (self->cancellables); i++)
    self->cancellables[i] = g_cancellable_new ();
}

VoileWatcher *
voile_watcher_new (VoileClipboard *clipboard, GSettings *settings, VoileNotifier *notifier)
{
  VoileWatcher *self = g_object_new (VOILE_TYPE_WATCHER, NULL);
  self->settings = g_object_ref (settings);
  self->notifier = notifier;
  if (clipboard != NULL)
    {
      self->clipboard = g_object_ref (clipboard);
      g_signal_connect (clipboard, "changed", G_CALLBACK (on_clipboard_changed), self);
    }
  g_signal_connect (settings, "changed::" VOILE_ACTION_PAUSED, G_CALLBACK (on_paused_changed),
                    self);
  return self;
}
