/* fuzz-scan.c — libFuzzer target: any bytes through voile_engine_scan().
 *
 * Checks what every caller relies on: findings sorted, disjoint, inside the text, of a
 * known type, with a confidence in 0..1 and a valid entity index. */
#include "config.h"

#include "voile-engine.h"

#include <stdint.h>
#include <stdlib.h>

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  const char *text = (const char *)data;
  gsize previous_end = 0;

  if (!voile_text_is_valid (text, size, NULL))
    return -1; /* the engine's contract: valid UTF-8 only (the CLI checks first) */

  g_autoptr (VoileScanResult) scan
      = voile_engine_scan (voile_engine_get_default (), text, size, VOILE_TYPE_MASK_ALL);
  for (guint i = 0; i < scan->findings->len; i++)
    {
      const VoileFinding *f = &g_array_index (scan->findings, VoileFinding, i);
      if (f->type >= VOILE_N_TYPES || f->start < previous_end || f->start >= f->end || f->end > size
          || !(f->confidence >= 0.0f && f->confidence <= 1.0f) || f->entity > scan->entities->len)
        abort ();
      previous_end = f->end;
    }
  guint counts[VOILE_N_TYPES];
  voile_scan_result_count_by_type (scan, text, counts);
  (void)voile_scan_result_has_direct_identifier (scan);
  return 0;
}
