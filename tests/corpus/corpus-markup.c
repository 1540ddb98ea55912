/* corpus-markup.c — strips ⟦TYPE|value⟧ marks and records where they were. */
#include "corpus-markup.h"

#include <gio/gio.h>

#include <string.h>

#define MARK_LEN 3 /* both marks are 3-byte UTF-8 sequences */

static gboolean
starts_with (const char *p, const char *end, const char *mark)
{
  return (gsize)(end - p) >= MARK_LEN && memcmp (p, mark, MARK_LEN) == 0;
}

/* Line number of p, for error messages that point at the annotation to fix. */
static guint
line_of (const char *text, const char *p)
{
  guint line = 1;
  for (const char *q = text; q < p; q++)
    if (*q == '\n')
      line++;
  return line;
}

char *
corpus_markup_parse (const char *annotated, gsize len, GArray *spans, gsize *out_len,
                     GError **error)
{
  const char *p = annotated;
  const char *end = annotated + len;
  g_autoptr (GString) raw = g_string_sized_new (len);

  while (p < end)
    {
      if (starts_with (p, end, CORPUS_MARK_CLOSE))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "line %u: stray ⟧",
                       line_of (annotated, p));
          return NULL;
        }
      if (!starts_with (p, end, CORPUS_MARK_OPEN))
        {
          g_string_append_c (raw, *p++);
          continue;
        }

      const char *mark = p;
      p += MARK_LEN;
      const char *bar = p;
      while (bar < end && *bar != '|' && *bar != '\n' && !starts_with (bar, end, CORPUS_MARK_CLOSE))
        bar++;
      if (bar >= end || *bar != '|')
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "line %u: mark without '|'",
                       line_of (annotated, mark));
          return NULL;
        }
      g_autofree char *type_name = g_strndup (p, bar - p);
      CorpusSpan span = { 0 };
      if (!voile_type_from_name (type_name, &span.type)
          || strcmp (voile_type_get_name (span.type), type_name) != 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "line %u: unknown type “%s”",
                       line_of (annotated, mark), type_name);
          return NULL;
        }

      const char *value = bar + 1;
      const char *close = value;
      while (close < end && !starts_with (close, end, CORPUS_MARK_CLOSE))
        {
          if (starts_with (close, end, CORPUS_MARK_OPEN))
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "line %u: nested mark",
                           line_of (annotated, mark));
              return NULL;
            }
          close++;
        }
      if (close >= end)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "line %u: unclosed mark",
                       line_of (annotated, mark));
          return NULL;
        }
      if (close == value)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "line %u: empty value",
                       line_of (annotated, mark));
          return NULL;
        }

      span.start = raw->len;
      g_string_append_len (raw, value, close - value);
      span.end = raw->len;
      g_array_append_val (spans, span);
      p = close + MARK_LEN;
    }

  if (out_len != NULL)
    *out_len = raw->len;
  return g_string_free (g_steal_pointer (&raw), FALSE);
}

gboolean
corpus_collect_texts (const char *dir, GPtrArray *paths)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return FALSE;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        corpus_collect_texts (path, paths);
      else if (g_str_has_suffix (name, ".txt"))
        g_ptr_array_add (paths, g_steal_pointer (&path));
    }
  return TRUE;
}
