/* voile-scan-job.h — scanning a copied text off the main thread. */
#pragma once

#include <gio/gio.h>

#include "voile-anonymizer.h"
#include "voile-engine.h"

G_BEGIN_DECLS

typedef struct
{
  VoileScanResult *scan;
  guint counts[VOILE_N_TYPES]; /* distinct values per type */
  gboolean has_direct;         /* a direct identifier was found (not dates/amounts alone) */
  gboolean has_placeholders;   /* holds placeholders the mapping knows: restorable */
} VoileScanOutcome;

void
voile_scan_outcome_free (VoileScanOutcome *outcome);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VoileScanOutcome, voile_scan_outcome_free)

/* Scans text (valid UTF-8) for the types in type_mask with the default engine, and looks for
 * placeholders of mapping, which is only touched with mapping_lock held. */
void
voile_scan_job_run_async (GBytes *text, guint32 type_mask, VoileMapping *mapping,
                          GMutex *mapping_lock, GCancellable *cancellable,
                          GAsyncReadyCallback callback, gpointer user_data);
VoileScanOutcome *
voile_scan_job_finish (GAsyncResult *result, GError **error);

/* Builds the default engine and compiles its detectors in a worker thread, so that the first
 * copy is scanned as fast as the next ones. */
void
voile_scan_job_prepare_engine_async (void);

G_END_DECLS
