/* judge-features — prints what the engine finds in every annotated corpus text, for
 * tests/corpus/tools/train-document-judge.py (not installed).
 *
 * Usage: judge-features CORPUS_DIR…
 * For each text below a pii/ or clean/ folder: a line "T\tPATH\tCLEAN" (CLEAN 1 or 0), then
 * its findings "F\tTYPE\tCONFIDENCE\tSTART\tEND" and its marks "M\tTYPE\tSTART\tEND" (byte
 * offsets into the text with the marks removed, the text the engine scans), then the text
 * itself, marks removed, as one line "X\tLENGTH" followed by LENGTH bytes and a newline.
 * The scan is the engine's whole one, the document judge off: the trainer decides what the
 * judge would drop.
 */
#include <stdio.h>

#include "corpus-markup.h"
#include "voile-document-judge.h"
#include "voile-engine.h"

int
main (int argc, char **argv)
{
  voile_document_judge_set_enabled (FALSE);
  for (int a = 1; a < argc; a++)
    {
      g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
      corpus_collect_texts (argv[a], paths);
      for (guint p = 0; p < paths->len; p++)
        {
          const char *path = g_ptr_array_index (paths, p);
          gboolean clean = strstr (path, "/clean/") != NULL;
          if (!clean && strstr (path, "/pii/") == NULL)
            continue;
          g_autofree char *annotated = NULL;
          gsize len = 0, raw_len = 0;
          g_autoptr (GError) error = NULL;
          if (!g_file_get_contents (path, &annotated, &len, &error))
            {
              fprintf (stderr, "%s\n", error->message);
              return 2;
            }
          g_autoptr (GArray) spans = g_array_new (FALSE, FALSE, sizeof (CorpusSpan));
          g_autofree char *raw = corpus_markup_parse (annotated, len, spans, &raw_len, &error);
          if (raw == NULL)
            {
              fprintf (stderr, "%s: %s\n", path, error->message);
              return 2;
            }
          printf ("T\t%s\t%d\n", path, clean ? 1 : 0);
          g_autoptr (VoileScanResult) result
              = voile_engine_scan (voile_engine_get_default (), raw, raw_len, VOILE_TYPE_MASK_ALL);
          for (guint i = 0; i < result->findings->len; i++)
            {
              const VoileFinding *f = &g_array_index (result->findings, VoileFinding, i);
              printf ("F\t%s\t%.3f\t%zu\t%zu\n", voile_type_get_name (f->type),
                      (double)f->confidence, f->start, f->end);
            }
          for (guint i = 0; i < spans->len; i++)
            {
              const CorpusSpan *s = &g_array_index (spans, CorpusSpan, i);
              printf ("M\t%s\t%zu\t%zu\n", voile_type_get_name (s->type), s->start, s->end);
            }
          printf ("X\t%zu\n", raw_len);
          fwrite (raw, 1, raw_len, stdout);
          printf ("\n");
        }
    }
  return 0;
}
