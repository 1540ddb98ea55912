/* fuzz-map-file.c — libFuzzer target: any bytes as a map file (`voile restore --map`).
 * A file that loads must save and load again to the same number of entries. */
#include "config.h"

#include "voile-anonymizer.h"
#include "voile-mapping-private.h"

#include <glib/gstdio.h>
#include <stdint.h>
#include <stdlib.h>

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  static char *path;
  g_autoptr (GError) error = NULL;

  g_autoptr (VoileMapping) mapping
      = voile_mapping_load_from_data ((const char *)data, size, "fuzz", &error);
  if (mapping == NULL)
    {
      if (error == NULL)
        abort ();
      return 0;
    }
  if (path == NULL)
    {
      g_autofree char *dir = g_dir_make_tmp ("voile-fuzz-XXXXXX", NULL);
      if (dir == NULL)
        abort ();
      path = g_build_filename (dir, "map.json", NULL);
    }
  if (!voile_mapping_save (mapping, path, NULL))
    abort ();
  g_autoptr (VoileMapping) again = voile_mapping_load (path, NULL);
  if (again == NULL || voile_mapping_get_size (again) != voile_mapping_get_size (mapping))
    abort ();
  g_unlink (path);
  return 0;
}
