/* fuzz-corpus-driver.c — runs a fuzz target over files without libFuzzer, so that every
 * ordinary build replays the seed corpus (and any reproducer added to it) as a test. */
#include "config.h"

#include <glib.h>
#include <stdint.h>

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
main (int argc, char **argv)
{
  guint n = 0;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GDir) dir = g_dir_open (argv[i], 0, &error);
      const char *name;

      if (dir == NULL)
        g_error ("%s", error->message);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (argv[i], name, NULL);
          g_autofree char *data = NULL;
          gsize len = 0;

          if (!g_file_get_contents (path, &data, &len, &error))
            g_error ("%s", error->message);
          LLVMFuzzerTestOneInput ((const uint8_t *)data, len);
          n++;
        }
    }
  g_print ("%u inputs replayed\n", n);
  return n > 0 ? 0 : 1;
}
