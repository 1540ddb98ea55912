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

/* How many placeholders the anonymizer writes for scan: one a finding, but one for the parts
 * of a person found apart that only one to three blanks separate ("Karel" "Zak"). */
static guint
placeholders_written (const char *text, const VoileScanResult *scan)
{
  guint n = 0;

  for (guint i = 0; i < scan->findings->len; i++)
    {
      const VoileFinding *f = &g_array_index (scan->findings, VoileFinding, i);
      const VoileFinding *prev
          = i > 0 ? &g_array_index (scan->findings, VoileFinding, i - 1) : NULL;
      gboolean joined = prev != NULL && f->type == VOILE_TYPE_PERSON && prev->type == f->type
                        && f->entity > 0 && prev->entity == f->entity && f->start > prev->end
                        && f->start - prev->end <= 3;
      for (gsize p = prev != NULL ? prev->end : 0; joined && p < f->start; p++)
        joined = text[p] == ' ' || text[p] == '\t';
      n += !joined;
    }
  return n;
}

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
  if (n_restored < placeholders_written (text, scan))
    abort ();

  voile_mapping_expire (mapping, G_MAXINT64);
  if (voile_mapping_get_size (mapping) != 0)
    abort ();
  return 0;
}
