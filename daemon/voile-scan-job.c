/* voile-scan-job.c — one scan on a GTask thread.
 *
 * The engine is thread-safe and its default instance is shared. A scan cannot be stopped
 * half-way, but a cancelled job's result is thrown away: only the newest copy matters. */
#include "config.h"

#include "voile-scan-job.h"

typedef struct
{
  GBytes *text;
  guint32 type_mask;
  VoileMapping *mapping;
  GMutex *mapping_lock;
} JobData;

static void
job_data_free (JobData *data)
{
  g_bytes_unref (data->text);
  g_free (data);
}

void
voile_scan_outcome_free (VoileScanOutcome *outcome)
{
  if (outcome == NULL)
    return;
  voile_scan_result_free (outcome->scan);
  g_free (outcome);
}

static void
run (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  JobData *data = task_data;
  gsize len = 0;
  const char *text = g_bytes_get_data (data->text, &len);
  VoileScanOutcome *outcome = g_new0 (VoileScanOutcome, 1);

  /* Every type is looked for, so that a value of a category switched off stays whole. */
  outcome->scan = voile_engine_scan (voile_engine_get_default (), text, len, VOILE_TYPE_MASK_ALL);
  voile_scan_result_keep_types (outcome->scan, data->type_mask);
  outcome->has_direct = voile_scan_result_has_direct_identifier (outcome->scan);
  voile_scan_result_count_by_type (outcome->scan, text, outcome->counts);
  if (!g_cancellable_is_cancelled (cancellable))
    {
      g_mutex_lock (data->mapping_lock);
      outcome->has_placeholders = voile_mapping_get_size (data->mapping) > 0
                                  && voile_mapping_text_has_placeholders (data->mapping, text, len);
      g_mutex_unlock (data->mapping_lock);
    }
  g_task_return_pointer (task, outcome, (GDestroyNotify)voile_scan_outcome_free);
}

void
voile_scan_job_run_async (GBytes *text, guint32 type_mask, VoileMapping *mapping,
                          GMutex *mapping_lock, GCancellable *cancellable,
                          GAsyncReadyCallback callback, gpointer user_data)
{
  g_autoptr (GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, voile_scan_job_run_async);
  JobData *data = g_new0 (JobData, 1);
  data->text = g_bytes_ref (text);
  data->type_mask = type_mask;
  data->mapping = mapping;
  data->mapping_lock = mapping_lock;
  g_task_set_task_data (task, data, (GDestroyNotify)job_data_free);
  g_task_run_in_thread (task, run);
}

VoileScanOutcome *
voile_scan_job_finish (GAsyncResult *result, GError **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
prepare_engine_in_thread (GTask *task, gpointer source, gpointer task_data,
                          GCancellable *cancellable)
{
  voile_engine_prepare (voile_engine_get_default ());
  g_task_return_boolean (task, TRUE);
}

void
voile_scan_job_prepare_engine_async (void)
{
  g_autoptr (GTask) task = g_task_new (NULL, NULL, NULL, NULL);
  g_task_run_in_thread (task, prepare_engine_in_thread);
}
