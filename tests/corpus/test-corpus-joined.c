/* test-corpus-joined — the engine on corpus texts pasted together.
 *
 * A clipboard often holds pieces of several documents, and some passes of the name finder
 * read every mention of a text: a form's city field beside a storm's name crashed the
 * scan although neither text alone did. Each text is joined with its two neighbours and
 * with a text of the other half of the corpus (the other language, mostly), and every
 * scan must give what all callers rely on: findings sorted, disjoint, inside the text,
 * of a known type, with a confidence in 0..1 and a valid entity.
 *
 * Usage: test-corpus-joined DIR…
 */
#include "config.h"

#include <string.h>

#include "corpus-markup.h"
#include "voile-engine.h"

static gint
compare_paths (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *)a, *(const char *const *)b);
}

/* The raw text of an annotated file (marks stripped), or NULL when it cannot be read. */
static char *
read_raw (const char *path, gsize *len)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) spans = g_array_new (FALSE, FALSE, sizeof (CorpusSpan));
  g_autofree char *annotated = NULL;
  gsize annotated_len = 0;

  if (!g_file_get_contents (path, &annotated, &annotated_len, &error))
    {
      g_printerr ("%s: %s\n", path, error->message);
      return NULL;
    }
  char *raw = corpus_markup_parse (annotated, annotated_len, spans, len, &error);
  if (raw == NULL)
    g_printerr ("%s: %s\n", path, error->message);
  return raw;
}

/* Scans text; FALSE (and says which texts) when a finding breaks the result's contract. */
static gboolean
scan_is_sound (const GString *text, const char *what)
{
  g_autoptr (VoileScanResult) scan
      = voile_engine_scan (voile_engine_get_default (), text->str, text->len, VOILE_TYPE_MASK_ALL);
  gsize previous_end = 0;

  for (guint i = 0; i < scan->findings->len; i++)
    {
      const VoileFinding *f = &g_array_index (scan->findings, VoileFinding, i);
      if (f->type >= VOILE_N_TYPES || f->start < previous_end || f->start >= f->end
          || f->end > text->len || !(f->confidence >= 0.0f && f->confidence <= 1.0f)
          || f->entity > scan->entities->len)
        {
          g_printerr ("unsound finding %u (%zu..%zu) in %s\n", i, f->start, f->end, what);
          return FALSE;
        }
      previous_end = f->end;
    }
  return TRUE;
}

int
main (int argc, char **argv)
{
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  guint scans = 0, failures = 0;

  if (argc < 2)
    {
      g_printerr ("usage: %s DIR…\n", argv[0]);
      return 2;
    }
  for (int i = 1; i < argc; i++)
    if (!corpus_collect_texts (argv[i], paths))
      {
        g_printerr ("%s: cannot read\n", argv[i]);
        return 2;
      }
  g_ptr_array_sort (paths, compare_paths);
  for (guint i = 0; i < paths->len; i++)
    {
      gsize len = 0;
      char *raw = read_raw (g_ptr_array_index (paths, i), &len);
      if (raw == NULL)
        return 2;
      g_ptr_array_add (texts, raw);
    }

  guint n = texts->len, half = n / 2;
  for (guint i = 0; i < n; i++)
    {
      /* Three neighbours (same folder, mostly), then a text from the other half. */
      const guint groups[2][3] = { { i, (i + 1) % n, (i + 2) % n }, { i, (i + half) % n, i } };
      const guint sizes[2] = { 3, 2 };
      for (guint g = 0; g < 2; g++)
        {
          if (g == 0 && i % 3 != 0)
            continue; /* each text in one group of three */
          g_autoptr (GString) joined = g_string_new (NULL);
          g_autofree char *what = NULL;
          for (guint k = 0; k < sizes[g]; k++)
            {
              if (k > 0)
                g_string_append (joined, "\n\n");
              g_string_append (joined, g_ptr_array_index (texts, groups[g][k]));
            }
          what = g_strdup_printf (
              "%s + %s%s%s", (char *)g_ptr_array_index (paths, groups[g][0]),
              (char *)g_ptr_array_index (paths, groups[g][1]), sizes[g] > 2 ? " + " : "",
              sizes[g] > 2 ? (char *)g_ptr_array_index (paths, groups[g][2]) : "");
          failures += !scan_is_sound (joined, what);
          scans++;
        }
    }
  g_print ("%u joined texts scanned, %u unsound\n", scans, failures);
  return failures == 0 && scans > 0 ? 0 : 1;
}
