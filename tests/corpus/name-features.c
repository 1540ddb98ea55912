/* name-features — prints the name model's features of every PERSON candidate, for
 * tests/corpus/tools/train-name-model.py (not installed).
 *
 * Usage: name-features FILE…
 * For each file (plain text, marks already removed): a line "# FILE", then one line per
 * candidate: start, end (bytes), 1 when the hand rules keep it, 0 when they drop it, 2 for a
 * proposal of voile-name-candidates.c (judged by the model alone), 3 for a name the rules
 * kept seen as the generator would have proposed it (trained on, never judged), its person (an
 * address, the same for the mentions of one key in one text), then the features as id:value.
 */
#include <stdio.h>

#include "voile-engine.h"
#include "voile-name-model.h"

static void
print_candidate (const VoileNameMention *m, const VoileNameFeatures *features,
                 VoileNameModelVerdict verdict, gpointer data)
{
  (void)data;
  /* Keys are interned per text: the address tells a text's people apart. */
  printf ("%zu\t%zu\t%d\t%p\t", m->start, m->end, (int)verdict, (const void *)m->key);
  for (guint i = 0; i < features->n; i++)
    printf ("%s%u:%g", i > 0 ? " " : "", features->ids[i], (double)features->values[i]);
  printf ("\n");
}

int
main (int argc, char **argv)
{
  voile_name_model_set_observer (print_candidate, NULL);
  printf ("features %u\n", voile_name_model_feature_count ());
  for (int a = 1; a < argc; a++)
    {
      g_autofree char *text = NULL;
      gsize len;
      g_autoptr (GError) error = NULL;

      if (!g_file_get_contents (argv[a], &text, &len, &error))
        {
          fprintf (stderr, "%s\n", error->message);
          return 2;
        }
      printf ("# %s\n", argv[a]);
      if (!voile_text_is_valid (text, len, NULL))
        continue;
      g_autoptr (VoileScanResult) result
          = voile_engine_scan (voile_engine_get_default (), text, len, VOILE_TYPE_MASK_ALL);
      g_assert_nonnull (result); /* the observer printed what it saw */
    }
  return 0;
}
