/* fuzz-restore.c — libFuzzer target: any text through the restorer, with a mapping that
 * knows a few placeholders of several types (EMAIL_1, EMAIL_10, CREDIT_CARD_2, DATE_OF_BIRTH_1,
 * PERSON_1 with spellings after a greeting, a line start and a title). */
#include "config.h"

#include "voile-anonymizer.h"
#include "voile-mapping-private.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static const char map_file[]
    = "{\"format\": \"voile-mapping\", \"version\": 1, \"entries\": ["
      "{\"placeholder\": \"EMAIL_1\", \"value\": \"a@example.com\"},"
      "{\"placeholder\": \"EMAIL_10\", \"value\": \"j@example.com\"},"
      "{\"placeholder\": \"CREDIT_CARD_2\", \"value\": \"4970 1012 3456 7890\"},"
      "{\"placeholder\": \"DATE_OF_BIRTH_1\", \"value\": \"1er avril 1980\"},"
      "{\"placeholder\": \"PERSON_1\", \"value\": \"Zo\\u00e9 \\\"L\\\"\\u0000\", \"forms\": ["
      "{\"after\": \"bonjour\", \"value\": \"Zo\\u00e9\", \"count\": 2},"
      "{\"after\": \"\\n\", \"value\": \"z.l\"}, {\"after\": \"m.\", \"value\": \"L\\u0000\"}]}]}";

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static VoileMapping *mapping;
  gsize out_len = 0;
  guint n_restored = 0;

  if (mapping == NULL)
    {
      mapping = voile_mapping_load_from_data (map_file, sizeof map_file - 1, "seed", NULL);
      if (mapping == NULL || voile_mapping_get_size (mapping) != 5)
        abort ();
    }

  /* The restorer takes any bytes, valid UTF-8 or not. */
  g_autofree char *out = voile_restore (mapping, (const char *)data, size, &out_len, &n_restored);
  if (out == NULL || out[out_len] != '\0')
    abort ();
  if ((n_restored > 0) != voile_mapping_text_has_placeholders (mapping, (const char *)data, size))
    abort ();
  if (n_restored == 0 && (out_len != size || memcmp (out, data, size) != 0))
    abort ();

  /* The same bytes as the HTML of an answer: never more replacements than in plain text
   * (markup is skipped), and nothing changed when there are none. */
  guint n_html = 0;
  gsize html_len = 0;
  g_autofree char *html
      = voile_restore_html (mapping, (const char *)data, size, &html_len, &n_html);
  if (html == NULL || html[html_len] != '\0' || n_html > n_restored)
    abort ();
  if (n_html == 0 && (html_len != size || memcmp (html, data, size) != 0))
    abort ();
  return 0;
}
