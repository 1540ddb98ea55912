/* voile-engine.c — STUB, to be replaced by the engine (issue 2). */
#include "config.h"

#include "voile-engine.h"

#include <string.h>

struct _VoileEngine
{
  int unused;
};

VoileEngine *
voile_engine_new (GError **error)
{
  return g_new0 (VoileEngine, 1);
}

VoileEngine *
voile_engine_get_default (void)
{
  static VoileEngine *engine;
  if (g_once_init_enter (&engine))
    g_once_init_leave (&engine, voile_engine_new (NULL));
  return engine;
}

void
voile_engine_free (VoileEngine *engine)
{
  g_free (engine);
}

VoileScanResult *
voile_scan_result_new (void)
{
  VoileScanResult *result = g_new0 (VoileScanResult, 1);
  result->findings = g_array_new (FALSE, FALSE, sizeof (VoileFinding));
  result->entities = g_ptr_array_new_with_free_func (g_free);
  return result;
}

void
voile_scan_result_free (VoileScanResult *result)
{
  if (result == NULL)
    return;
  g_array_unref (result->findings);
  g_ptr_array_unref (result->entities);
  g_free (result);
}

VoileScanResult *
voile_engine_scan (VoileEngine *engine, const char *text, gsize len, guint32 type_mask)
{
  return voile_scan_result_new ();
}

gboolean
voile_scan_result_has_direct_identifier (const VoileScanResult *result)
{
  for (guint i = 0; i < result->findings->len; i++)
    if (!voile_type_is_quasi_identifier (g_array_index (result->findings, VoileFinding, i).type))
      return TRUE;
  return FALSE;
}

void
voile_scan_result_count_by_type (const VoileScanResult *result, const char *text,
                                 guint counts[VOILE_N_TYPES])
{
  memset (counts, 0, sizeof (guint) * VOILE_N_TYPES);
  for (guint i = 0; i < result->findings->len; i++)
    counts[g_array_index (result->findings, VoileFinding, i).type]++;
}
