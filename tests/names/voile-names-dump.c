/* voile-names-dump — prints the PERSON/LOCATION findings of stdin (debugging aid).
 *
 * Usage: voile-names-dump [--engine] < text
 * With --engine the whole engine runs (structured findings first), else only the finder.
 */
#include <stdio.h>
#include <string.h>

#include "voile-engine.h"
#include "voile-names.h"

int
main (int argc, char **argv)
{
  g_autoptr (GString) input = g_string_new (NULL);
  g_autoptr (VoileScanResult) result = NULL;
  char buf[65536];
  size_t n;

  while ((n = fread (buf, 1, sizeof buf, stdin)) > 0)
    g_string_append_len (input, buf, n);
  if (!voile_text_is_valid (input->str, input->len, NULL))
    {
      fprintf (stderr, "invalid UTF-8\n");
      return 2;
    }
  if (argc > 1 && strcmp (argv[1], "--engine") == 0)
    result = voile_engine_scan (voile_engine_get_default (), input->str, input->len,
                                VOILE_TYPE_MASK_ALL);
  else
    {
      g_autoptr (VoileNameFinder) finder = voile_name_finder_new ();
      result = voile_scan_result_new ();
      voile_name_finder_find (finder, input->str, input->len, VOILE_TYPE_MASK_ALL, result);
    }
  for (guint i = 0; i < result->findings->len; i++)
    {
      const VoileFinding *f = &g_array_index (result->findings, VoileFinding, i);
      printf ("%s\t%.*s\t%u%s%s\t%.2f\n", voile_type_get_name (f->type), (int)(f->end - f->start),
              input->str + f->start, f->entity, f->entity ? ":" : "",
              f->entity ? (const char *)g_ptr_array_index (result->entities, f->entity - 1) : "",
              f->confidence);
    }
  return 0;
}
