/* voile-bench — prints how fast the engine scans and anonymizes ~10 MB of mixed text.
 *
 * The text is generated here from templates (French and English prose, customer e-mails,
 * CRM exports, invoices, logs, code), about one part in four holding personal data. One
 * thread; PCRE2 JIT as in production. It prints figures and never fails on a slow
 * machine: targets are read by people, not asserted.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "voile-anonymizer.h"
#include "voile-engine.h"
#include "voile-names.h"

static const char *const first_names[]
    = { "Marie", "Jean",  "Sophie", "Pierre", "Camille", "Nicolas", "Julie",    "Thomas",
        "Emma",  "Lucas", "Olivia", "James",  "Emily",   "William", "Charlotte" };
static const char *const surnames[]
    = { "Dupont", "Martin",  "Bernard", "Durand", "Lefebvre", "Moreau", "Laurent", "Garnier",
        "Smith",  "Johnson", "Brown",   "Taylor", "Wilson",   "Davies", "Evans" };
static const char *const cities[] = { "75011 Paris",    "69003 Lyon",  "13008 Marseille",
                                      "33000 Bordeaux", "59000 Lille", "44000 Nantes" };
static const char *const streets[]
    = { "rue de la Paix",     "avenue Victor Hugo", "boulevard Voltaire",
        "allée des Tilleuls", "chemin du Moulin",   "place de la République" };

static const char *const prose[] = {
  "La réunion de lundi a permis de faire le point sur l'avancement du projet. Les équipes "
  "ont présenté leurs résultats et nous avons convenu de revoir le planning du trimestre.\n",
  "Pour préparer la pâte, mélangez 250 g de farine, 3 œufs et 50 cl de lait. Laissez reposer "
  "une heure avant de cuire les crêpes dans une poêle bien chaude.\n",
  "The quarterly report shows a 12.5% increase in active users, driven by the new onboarding "
  "flow released in version 2.4.1. Churn remained stable at 3.2% over the period.\n",
  "Thanks for your feedback on the draft. I have reworked the introduction and moved the "
  "detailed figures to the appendix, as suggested during Tuesday's call.\n",
  "LE CONSEIL MUNICIPAL SE RÉUNIRA EN SÉANCE PUBLIQUE POUR EXAMINER LE BUDGET PRIMITIF ET LES "
  "SUBVENTIONS ACCORDÉES AUX ASSOCIATIONS SPORTIVES DE LA COMMUNE.\n",
  "Le taux de chômage s'établit à 7,3 % au troisième trimestre, selon les chiffres publiés "
  "par l'institut. Les régions du nord restent les plus touchées.\n",
};

static const char *const logs[] = {
  "2024-03-15T10:32:01Z INFO server started on port 8080 (build 4.2.1-rc3)\n",
  "2024-03-15 10:32:02,417 WARN cache miss ratio 0.173 for key user-profile\n",
  "[2024-03-15 10:32:05] GET /api/v2/orders?page=3 200 12ms\n",
  "commit 3f4a9c1e2b7d8a6f5e4c3b2a1908f7e6d5c4b3a2 Merge branch 'feature/export'\n",
};

static const char *const code[] = {
  "static int compute_total (const struct item *items, size_t n) {\n  int sum = 0;\n"
  "  for (size_t i = 0; i < n; i++)\n    sum += items[i].price * items[i].qty;\n  return sum;\n}\n",
  "def parse(line):\n    key, _, value = line.partition('=')\n    return key.strip(), "
  "value.strip()\n",
  "| Produit | Qté | Prix unitaire |\n| Vis 4x40 | 200 | 0.12 |\n| Chevilles | 150 | 0.08 |\n",
};

static void
append_pii_block (GString *s, GRand *rand)
{
  const char *first = first_names[g_rand_int_range (rand, 0, G_N_ELEMENTS (first_names))];
  const char *last = surnames[g_rand_int_range (rand, 0, G_N_ELEMENTS (surnames))];
  g_autofree char *lower_first = g_ascii_strdown (first, -1);
  g_autofree char *lower_last = g_ascii_strdown (last, -1);

  switch (g_rand_int_range (rand, 0, 4))
    {
      case 0:
        g_string_append_printf (
            s,
            "Bonjour,\nJe suis %s %s, client depuis 2019 (n° client : CL-%06d). Pouvez-vous "
            "me rappeler au 06 %02d %02d %02d %02d ? Mon adresse : %d %s, %s.\nCordialement,\n%s "
            "%s\n%s.%s@exemple.fr\n",
            first, last, g_rand_int_range (rand, 0, 999999), g_rand_int_range (rand, 10, 99),
            g_rand_int_range (rand, 10, 99), g_rand_int_range (rand, 10, 99),
            g_rand_int_range (rand, 10, 99), g_rand_int_range (rand, 1, 200),
            streets[g_rand_int_range (rand, 0, G_N_ELEMENTS (streets))],
            cities[g_rand_int_range (rand, 0, G_N_ELEMENTS (cities))], first, last, lower_first,
            lower_last);
        break;
      case 1:
        g_string_append_printf (
            s,
            "nom;prénom;email;téléphone;iban\n%s;%s;%s.%s@mail.com;+33 6 %02d %02d %02d %02d;"
            "FR76 3000 6000 0112 3456 7890 189\n",
            last, first, lower_first, lower_last, g_rand_int_range (rand, 10, 99),
            g_rand_int_range (rand, 10, 99), g_rand_int_range (rand, 10, 99),
            g_rand_int_range (rand, 10, 99));
        break;
      case 2:
        g_string_append_printf (
            s,
            "FACTURE n° F2024-%04d du 15 mars 2024\nClient : %s %s, SIRET 732 829 320 00074\n"
            "Total HT : %d,00 € — TVA 20 %% — Total TTC : %d,00 €\n",
            g_rand_int_range (rand, 1, 9999), first, last, g_rand_int_range (rand, 100, 5000),
            g_rand_int_range (rand, 120, 6000));
        break;
      default:
        g_string_append_printf (
            s,
            "Dear %s,\nThank you for your order #%d. We will ship it to 221B Baker Street, "
            "London NW1 6XE. Call us on +44 20 7946 0958 if needed.\nBest regards,\n%s %s\n",
            first, g_rand_int_range (rand, 100000, 999999), first, last);
        break;
    }
}

static GString *
build_text (gsize target)
{
  GString *s = g_string_sized_new (target + 4096);
  g_autoptr (GRand) rand = g_rand_new_with_seed (42);

  while (s->len < target)
    {
      guint k = (guint)g_rand_int_range (rand, 0, 8);
      if (k < 2)
        append_pii_block (s, rand);
      else if (k < 5)
        g_string_append (s, prose[g_rand_int_range (rand, 0, G_N_ELEMENTS (prose))]);
      else if (k < 7)
        g_string_append (s, logs[g_rand_int_range (rand, 0, G_N_ELEMENTS (logs))]);
      else
        g_string_append (s, code[g_rand_int_range (rand, 0, G_N_ELEMENTS (code))]);
    }
  return s;
}

/* Appends the text of a file, without the test corpus's marks ("⟦PERSON|Marie⟧" gives
 * "Marie"), so the engine sees the text as a user would have copied it. */
static void
append_unmarked (GString *s, const char *text, gsize len)
{
  const char *p = text, *end = text + len;

  while (p < end)
    {
      const char *open = g_strstr_len (p, end - p, "⟦");
      const char *close = g_strstr_len (p, end - p, "⟧");
      const char *mark = open != NULL && (close == NULL || open < close) ? open : close;

      if (mark == NULL)
        {
          g_string_append_len (s, p, end - p);
          break;
        }
      g_string_append_len (s, p, mark - p);
      p = mark + strlen ("⟦"); /* ⟦ and ⟧ are both three bytes */
      if (mark == open)
        {
          const char *bar = p;
          while (bar < end && (g_ascii_isupper (*bar) || *bar == '_'))
            bar++;
          if (bar < end && *bar == '|')
            p = bar + 1;
        }
    }
}

static int
compare_paths (gconstpointer a, gconstpointer b)
{
  return g_strcmp0 (*(char *const *)a, *(char *const *)b);
}

/* The .txt files under path (or path itself), sorted, appended to paths. */
static void
collect_files (const char *path, GPtrArray *paths)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    {
      g_ptr_array_add (paths, g_strdup (path));
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort (names, compare_paths);
  for (guint i = 0; i < names->len; i++)
    {
      const char *child = names->pdata[i];
      if (g_file_test (child, G_FILE_TEST_IS_DIR) || g_str_has_suffix (child, ".txt"))
        collect_files (child, paths);
    }
}

/* The given files (directories: their .txt files), each ending with a newline, repeated
 * until the text reaches target. */
static GString *
read_files (GPtrArray *args, gsize target)
{
  g_autoptr (GString) one = g_string_new (NULL);
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  GString *s;

  for (guint i = 0; i < args->len; i++)
    collect_files (args->pdata[i], paths);
  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *contents = NULL;
      gsize len = 0;
      g_autoptr (GError) error = NULL;

      if (!g_file_get_contents (paths->pdata[i], &contents, &len, &error))
        {
          g_printerr ("voile-bench: %s\n", error->message);
          return NULL;
        }
      if (!voile_text_is_valid (contents, len, NULL))
        continue;
      append_unmarked (one, contents, len);
      if (len > 0 && contents[len - 1] != '\n')
        g_string_append_c (one, '\n');
    }
  if (one->len == 0)
    {
      g_printerr ("voile-bench: no valid UTF-8 text in the given files\n");
      return NULL;
    }
  s = g_string_sized_new (target + one->len);
  while (s->len < target)
    g_string_append_len (s, one->str, (gssize)one->len);
  return s;
}

static gboolean
write_findings (const char *path, const VoileScanResult *result)
{
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < result->findings->len; i++)
    {
      const VoileFinding *f = &g_array_index (result->findings, VoileFinding, i);
      g_string_append_printf (out, "%s %zu %zu %.3f %u\n", voile_type_get_name (f->type),
                              (size_t)f->start, (size_t)f->end, (double)f->confidence, f->entity);
    }
  if (!g_file_set_contents (path, out->str, (gssize)out->len, &error))
    {
      g_printerr ("voile-bench: %s\n", error->message);
      return FALSE;
    }
  return TRUE;
}

/* Thread CPU time, not wall time: the figure must not depend on what else the machine is
 * running (the target is "one core"). */
static gint64
cpu_now_us (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* The name finder alone, best of runs, on the structured findings of the text (as the
 * engine gives them to it): its own cost without the structured scan's, in nanoseconds a
 * byte (a steadier figure than MB/s of the whole scan on a loaded machine). */
static double
names_ns_per_byte (VoileEngine *engine, const char *text, gsize len, guint runs)
{
  g_autoptr (VoileScanResult) structured = voile_engine_scan (
      engine, text, len,
      VOILE_TYPE_MASK_ALL
          & ~(VOILE_TYPE_BIT (VOILE_TYPE_PERSON) | VOILE_TYPE_BIT (VOILE_TYPE_LOCATION)));
  g_autoptr (VoileNameFinder) finder = voile_name_finder_new ();
  gint64 best = G_MAXINT64;

  for (guint r = 0; r < runs; r++)
    {
      g_autoptr (VoileScanResult) result = voile_scan_result_new ();
      g_array_append_vals (result->findings, structured->findings->data, structured->findings->len);
      gint64 t0 = cpu_now_us ();
      voile_name_finder_find (finder, text, len, VOILE_TYPE_MASK_ALL, result);
      best = MIN (best, cpu_now_us () - t0);
    }
  return (double)best * 1000.0 / (double)MAX (len, 1);
}

static double
mb_per_s (gsize bytes, gint64 us)
{
  return (double)bytes / (1024.0 * 1024.0) / ((double)MAX (us, 1) / 1e6);
}

int
main (int argc, char **argv)
{
  gsize size = 10 * 1024 * 1024;
  guint runs = 3;
  g_autoptr (GString) text = NULL;
  VoileEngine *engine = voile_engine_get_default ();
  gint64 best_scan = G_MAXINT64, best_structured = G_MAXINT64, best_anon = G_MAXINT64;
  guint n_findings = 0;
  struct rusage usage;
  gboolean structured_only = FALSE;
  gboolean names_only = FALSE;
  gboolean runs_given = FALSE;
  const char *write_path = NULL;
  const char *findings_path = NULL;
  g_autoptr (GPtrArray) files = g_ptr_array_new ();

  /* --structured: the structured scan alone (for profiling the engine without names).
   * --names: the name finder alone, in ns/byte (best of --runs, 9 by default here).
   * --write FILE: save the generated text (to diff findings between two builds).
   * --findings FILE: save the structured scan's findings (type, offsets, confidence; no
   * text), to check that an optimisation finds exactly the same.
   * --size MB, --runs N: a smaller text or fewer runs (for callgrind).
   * FILE…: scan these files (directories: their .txt files), concatenated and repeated up to
   * 10 MB, instead of the generated text: e.g. tests/corpus, real texts rather than a few
   * templates (its marks are removed). */
  for (int i = 1; i < argc; i++)
    {
      if (g_strcmp0 (argv[i], "--structured") == 0)
        structured_only = TRUE;
      else if (g_strcmp0 (argv[i], "--names") == 0)
        names_only = TRUE;
      else if (g_strcmp0 (argv[i], "--write") == 0 && i + 1 < argc)
        write_path = argv[++i];
      else if (g_strcmp0 (argv[i], "--findings") == 0 && i + 1 < argc)
        findings_path = argv[++i];
      else if (g_strcmp0 (argv[i], "--size") == 0 && i + 1 < argc)
        {
          guint64 mb = g_ascii_strtoull (argv[++i], NULL, 10);
          size = (gsize)CLAMP (mb, 1, 1024) * 1024 * 1024;
        }
      else if (g_strcmp0 (argv[i], "--runs") == 0 && i + 1 < argc)
        {
          guint64 n = g_ascii_strtoull (argv[++i], NULL, 10);
          runs = (guint)CLAMP (n, 1, 100);
          runs_given = TRUE;
        }
      else
        g_ptr_array_add (files, argv[i]);
    }
  text = files->len > 0 ? read_files (files, size) : build_text (size);
  if (text == NULL)
    return 2;
  if (write_path != NULL)
    {
      g_autoptr (GError) error = NULL;
      if (!g_file_set_contents (write_path, text->str, (gssize)text->len, &error))
        {
          g_printerr ("voile-bench: %s\n", error->message);
          return 2;
        }
    }
  if (names_only)
    {
      g_print ("name finder alone               %8.2f ns/byte\n",
               names_ns_per_byte (engine, text->str, text->len, runs_given ? runs : 9));
      return 0;
    }

  for (guint r = 0; r < runs; r++)
    {
      gint64 t0 = cpu_now_us ();
      g_autoptr (VoileScanResult) structured = voile_engine_scan (
          engine, text->str, text->len,
          VOILE_TYPE_MASK_ALL
              & ~(VOILE_TYPE_BIT (VOILE_TYPE_PERSON) | VOILE_TYPE_BIT (VOILE_TYPE_LOCATION)));
      gint64 t1 = cpu_now_us ();
      best_structured = MIN (best_structured, t1 - t0);
      if (findings_path != NULL && r == 0 && !write_findings (findings_path, structured))
        return 2;
      if (structured_only)
        continue;
      g_autoptr (VoileScanResult) scan
          = voile_engine_scan (engine, text->str, text->len, VOILE_TYPE_MASK_ALL);
      gint64 t2 = cpu_now_us ();
      g_autoptr (VoileMapping) mapping = voile_mapping_new ();
      gsize out_len = 0;
      g_autofree char *out = voile_anonymize (mapping, text->str, text->len, scan, &out_len);
      gint64 t3 = cpu_now_us ();
      g_assert (out != NULL); /* also a use of it, which clang asks of a g_autofree variable */

      best_scan = MIN (best_scan, t2 - t1);
      best_anon = MIN (best_anon, t3 - t2);
      n_findings = scan->findings->len;
    }
  getrusage (RUSAGE_SELF, &usage);
  if (structured_only)
    {
      g_print ("scan, structured types only    %8.1f MB/s\n",
               mb_per_s (text->len, best_structured));
      return 0;
    }

  g_print (
      "voile-bench: %.1f MB of mixed text, %u findings, best of %u runs, one thread, CPU time\n",
      (double)text->len / (1024.0 * 1024.0), n_findings, runs);
  g_print ("  scan, all types, names on      %8.1f MB/s\n", mb_per_s (text->len, best_scan));
  g_print ("  scan, structured types only    %8.1f MB/s\n", mb_per_s (text->len, best_structured));
  g_print ("  anonymize (after the scan)     %8.1f MB/s\n", mb_per_s (text->len, best_anon));
  g_print ("  scan + anonymize               %8.1f MB/s\n",
           mb_per_s (text->len, best_scan + best_anon));
  g_print ("  peak RSS                       %8.1f MB\n", (double)usage.ru_maxrss / 1024.0);

  /* The same text as one line (a minified JSON, a PDF pasted without breaks): a rule that
   * reads its whole line again for each finding shows here, far under the names-on figure. */
  for (gsize i = 0; i < text->len; i++)
    if (text->str[i] == '\n')
      text->str[i] = ' ';
  gint64 t0 = cpu_now_us ();
  g_autoptr (VoileScanResult) one_line
      = voile_engine_scan (engine, text->str, text->len, VOILE_TYPE_MASK_ALL);
  gint64 one_line_us = cpu_now_us () - t0;
  g_assert (one_line != NULL);
  g_print ("  scan, the same text on one line %7.1f MB/s\n", mb_per_s (text->len, one_line_us));
  /* Speed is printed, never asserted, so say it in words when the one-line figure falls under
   * half the other (it was 0.9 against 43 MB/s once, and 8.9 against 19.5 another time, while
   * every test passed; the two are about equal otherwise): tests/run-all repeats this line at
   * its end. */
  if (mb_per_s (text->len, one_line_us) < mb_per_s (text->len, best_scan) / 2)
    g_print ("voile-bench: WARNING: the text on one line scans over twice as slowly as with "
             "its line breaks: a path reads a long line again for each finding\n");
  return 0;
}
