/* test-corpus-round-trip — every corpus text anonymized, then restored, as a user does.
 *
 * `voile anonymize` then `voile restore` on the anonymized text itself must give the text
 * back: a person's parts in a row's cells ("'Harold','Finch'"), a key's value, a title's
 * surname beside the full name elsewhere. One placeholder per person leaves a few texts
 * where the same words surround two spellings, and other types come back in the first
 * spelling met ("06 12…" where the text also had "06.12…"); those are counted, and the test
 * fails when more than MAX_DIFFERING_PERCENT of the texts differ.
 *
 * Usage: test-corpus-round-trip [--verbose] DIR…
 */
#include "config.h"

#include <string.h>

#include "corpus-markup.h"
#include "voile-engine.h"
#include "voile-anonymizer.h"

#define MAX_DIFFERING_PERCENT 1.0

static gint
compare_paths (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *)a, *(const char *const *)b);
}

/* The first line where a and b differ, for --verbose. */
static void
print_first_difference (const char *path, const char *a, const char *b)
{
  const char *line = a;
  gsize i = 0;

  while (a[i] != '\0' && a[i] == b[i])
    {
      if (a[i] == '\n')
        line = a + i + 1;
      i++;
    }
  const char *end = strchr (line, '\n');
  g_print ("  %s: «%.*s»\n", path, (int)(end != NULL ? end - line : (gssize)strlen (line)), line);
}

int
main (int argc, char **argv)
{
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  gboolean verbose = FALSE;
  guint texts = 0, differing = 0;

  for (int i = 1; i < argc; i++)
    if (strcmp (argv[i], "--verbose") == 0)
      verbose = TRUE;
    else if (!corpus_collect_texts (argv[i], paths))
      {
        g_printerr ("%s: cannot read\n", argv[i]);
        return 2;
      }
  if (paths->len == 0)
    {
      g_printerr ("usage: %s [--verbose] DIR…\n", argv[0]);
      return 2;
    }
  g_ptr_array_sort (paths, compare_paths);

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = paths->pdata[i];
      g_autoptr (GError) error = NULL;
      g_autofree char *annotated = NULL;
      gsize annotated_len = 0, len = 0;

      if (!g_file_get_contents (path, &annotated, &annotated_len, &error))
        {
          g_printerr ("%s: %s\n", path, error->message);
          return 2;
        }
      g_autoptr (GArray) spans = g_array_new (FALSE, FALSE, sizeof (CorpusSpan));
      g_autofree char *raw = corpus_markup_parse (annotated, annotated_len, spans, &len, &error);
      if (raw == NULL)
        {
          g_printerr ("%s: %s\n", path, error->message);
          return 2;
        }
      g_autoptr (VoileScanResult) scan
          = voile_engine_scan (voile_engine_get_default (), raw, len, VOILE_TYPE_MASK_ALL);
      g_autoptr (VoileMapping) mapping = voile_mapping_new ();
      gsize out_len = 0, back_len = 0;
      g_autofree char *out = voile_anonymize (mapping, raw, len, scan, &out_len);
      g_autofree char *back = voile_restore (mapping, out, out_len, &back_len, NULL);

      texts++;
      if (back_len != len || memcmp (back, raw, len) != 0)
        {
          differing++;
          if (verbose)
            print_first_difference (path, raw, back);
        }
    }

  double percent = 100.0 * differing / MAX (texts, 1u);
  g_print ("anonymized then restored: %u of %u texts differ from the original (%.1f%%, at most "
           "%.1f%%)\n",
           differing, texts, percent, MAX_DIFFERING_PERCENT);
  return percent <= MAX_DIFFERING_PERCENT ? 0 : 1;
}
