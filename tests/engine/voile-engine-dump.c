/* voile-engine-dump — prints the engine's findings for a file or stdin (debugging aid). */
#include "config.h"

#include <stdio.h>

#include "voile-engine.h"

int
main (int argc, char **argv)
{
  g_autofree char *text = NULL;
  gsize len = 0;
  g_autoptr (GError) error = NULL;
  guint32 mask = VOILE_TYPE_MASK_ALL;

  if (argc > 2 && g_strcmp0 (argv[2], "--no-names") == 0)
    mask &= ~(VOILE_TYPE_BIT (VOILE_TYPE_PERSON) | VOILE_TYPE_BIT (VOILE_TYPE_LOCATION));
  if (argc > 1 && g_strcmp0 (argv[1], "-") != 0)
    {
      if (!g_file_get_contents (argv[1], &text, &len, &error))
        {
          g_printerr ("%s\n", error->message);
          return 2;
        }
    }
  else
    {
      GString *s = g_string_new (NULL);
      char buf[65536];
      size_t n;
      while ((n = fread (buf, 1, sizeof buf, stdin)) > 0)
        g_string_append_len (s, buf, (gssize)n);
      len = s->len;
      text = g_string_free (s, FALSE);
    }
  if (!voile_text_is_valid (text, len, NULL))
    {
      g_printerr ("invalid UTF-8\n");
      return 2;
    }
  g_autoptr (VoileScanResult) r = voile_engine_scan (voile_engine_get_default (), text, len, mask);
  for (guint i = 0; i < r->findings->len; i++)
    {
      VoileFinding *f = &g_array_index (r->findings, VoileFinding, i);
      g_autofree char *v = g_strndup (text + f->start, f->end - f->start);
      g_print ("%-15s %6zu %6zu %.2f «%s»\n", voile_type_get_name (f->type), (size_t)f->start,
               (size_t)f->end, f->confidence, v);
    }
  return r->findings->len > 0 ? 1 : 0;
}
