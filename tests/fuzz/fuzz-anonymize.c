/* fuzz-anonymize.c — libFuzzer target: scan, anonymize, then restore with the same mapping.
 *
 * Anonymizing twice with one mapping must give the same text (same value, same
 * placeholder), and the anonymized text must not make the restorer misbehave. */
#include "config.h"

#include "voile-anonymizer.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  const char *text = (const char *)data;
  gsize first_len = 0, second_len = 0, restored_len = 0;
  guint n_restored = 0;

  if (!voile_text_is_valid (text, size, NULL))
    return -1;

  g_autoptr (VoileMapping) mapping = voile_mapping_new ();
  g_autoptr (VoileScanResult) scan
      = voile_engine_scan (voile_engine_get_default (), text, size, VOILE_TYPE_MASK_ALL);
  g_autofree char *first = voile_anonymize (mapping, text, size, scan, &first_len);
  g_autofree char *second = voile_anonymize (mapping, text, size, scan, &second_len);
  if (first_len != second_len || memcmp (first, second, first_len) != 0)
    abort ();
  if (scan->findings->len > 0 && voile_mapping_get_size (mapping) == 0)
    abort ();
  if (scan->findings->len > 0 && !voile_mapping_text_has_placeholders (mapping, first, first_len))
    abort ();

  g_autofree char *restored = voile_restore (mapping, first, first_len, &restored_len, &n_restored);
  if (restored == NULL || restored[restored_len] != '\0')
    abort ();
  /* Every placeholder the anonymizer wrote comes back. */
  if (n_restored < scan->findings->len)
    abort ();

  voile_mapping_expire (mapping, G_MAXINT64);
  if (voile_mapping_get_size (mapping) != 0)
    abort ();
  return 0;
}
