/* voile-html.c — anonymizing the text/html flavour of a copy.
 *
 * Copies from browsers and office suites carry HTML next to the plain text. Publishing the
 * anonymized plain text with the original HTML would hand the personal data to a rich-text
 * paste, so the HTML is rewritten with the same placeholders, then scanned again; any doubt
 * and we fall back to the plain anonymized text in <pre>. */
#include "config.h"

#include "voile-html.h"
#include "voile-wipe.h"

#include <string.h>

typedef struct
{
  char *value;
  char *placeholder;
} Replacement;

static void
replacement_clear (gpointer data)
{
  Replacement *r = data;
  if (r->value != NULL)
    voile_wipe (r->value, strlen (r->value));
  g_free (r->value);
  g_free (r->placeholder);
}

char *
voile_html_from_text (const char *text, gsize len)
{
  g_autofree char *escaped = g_markup_escape_text (text, (gssize)len);
  return g_strconcat ("<meta charset=\"utf-8\"><pre>", escaped, "</pre>", NULL);
}

/* Pairs each finding's value with the placeholder that took its place: the text between
 * findings is the same in both strings, and a placeholder runs from '[' to ']'. */
static GArray *
match_placeholders (const char *text, gsize len, const VoileScanResult *scan,
                    const char *anonymized, gsize anonymized_len)
{
  g_autoptr (GArray) pairs = g_array_new (FALSE, TRUE, sizeof (Replacement));
  g_array_set_clear_func (pairs, replacement_clear);
  gsize p = 0, q = 0;

  for (guint i = 0; i < scan->findings->len; i++)
    {
      const VoileFinding *f = &g_array_index (scan->findings, VoileFinding, i);
      if (f->start < p || f->end > len || f->end <= f->start)
        return NULL;
      gsize gap = f->start - p;
      if (q + gap > anonymized_len || memcmp (text + p, anonymized + q, gap) != 0)
        return NULL;
      q += gap;
      if (q >= anonymized_len || anonymized[q] != '[')
        return NULL;
      const char *close = memchr (anonymized + q, ']', anonymized_len - q);
      if (close == NULL)
        return NULL;
      gsize placeholder_len = (gsize)(close - (anonymized + q)) + 1;
      Replacement r = {
        .value = g_strndup (text + f->start, f->end - f->start),
        .placeholder = g_strndup (anonymized + q, placeholder_len),
      };
      g_array_append_val (pairs, r);
      q += placeholder_len;
      p = f->end;
    }
  return g_steal_pointer (&pairs);
}

static int
compare_longest_first (gconstpointer a, gconstpointer b)
{
  const Replacement *ra = a, *rb = b;
  gsize la = strlen (ra->value), lb = strlen (rb->value);
  return la < lb ? 1 : la > lb ? -1 : 0;
}

static void
replace_all (GString *html, const char *needle, const char *replacement)
{
  if (needle[0] == '\0')
    return;
  g_string_replace (html, needle, replacement, 0);
}

static const struct
{
  const char *name;
  const char *utf8;
} entities[] = {
  { "amp", "&" },    { "lt", "<" },     { "gt", ">" },     { "quot", "\"" },  { "apos", "'" },
  { "nbsp", " " },   { "eacute", "é" }, { "egrave", "è" }, { "ecirc", "ê" },  { "euml", "ë" },
  { "agrave", "à" }, { "acirc", "â" },  { "ccedil", "ç" }, { "ocirc", "ô" },  { "ouml", "ö" },
  { "icirc", "î" },  { "iuml", "ï" },   { "ugrave", "ù" }, { "ucirc", "û" },  { "uuml", "ü" },
  { "Eacute", "É" }, { "Egrave", "È" }, { "Agrave", "À" }, { "Ccedil", "Ç" }, { "laquo", "«" },
  { "raquo", "»" },  { "rsquo", "’" },  { "euro", "€" },
};

char *
voile_html_visible_text (const char *html)
{
  GString *out = g_string_sized_new (strlen (html));
  const char *p = html;

  while (*p != '\0')
    {
      if (*p == '<')
        {
          /* Script and style bodies are not visible; comments neither. */
          if (g_ascii_strncasecmp (p, "<script", 7) == 0
              || g_ascii_strncasecmp (p, "<style", 6) == 0)
            {
              const char *end
                  = strstr (p, g_ascii_strncasecmp (p, "<script", 7) == 0 ? "</script" : "</style");
              if (end == NULL)
                end = strstr (p,
                              g_ascii_strncasecmp (p, "<script", 7) == 0 ? "</SCRIPT" : "</STYLE");
              if (end != NULL)
                p = end;
            }
          const char *close = strchr (p, '>');
          if (close == NULL)
            break;
          /* Block-level tags separate words. */
          g_string_append_c (out, ' ');
          p = close + 1;
          continue;
        }
      if (*p == '&')
        {
          const char *semi = strchr (p, ';');
          if (semi != NULL && semi - p <= 10)
            {
              gsize name_len = (gsize)(semi - p - 1);
              if (p[1] == '#')
                {
                  gunichar c = (p[2] == 'x' || p[2] == 'X')
                                   ? (gunichar)g_ascii_strtoull (p + 3, NULL, 16)
                                   : (gunichar)g_ascii_strtoull (p + 2, NULL, 10);
                  if (g_unichar_validate (c) && c != 0)
                    {
                      g_string_append_unichar (out, c);
                      p = semi + 1;
                      continue;
                    }
                }
              else
                {
                  gboolean found = FALSE;
                  for (gsize i = 0; i < G_N_ELEMENTS (entities) && !found; i++)
                    if (strlen (entities[i].name) == name_len
                        && strncmp (p + 1, entities[i].name, name_len) == 0)
                      {
                        g_string_append (out, entities[i].utf8);
                        found = TRUE;
                      }
                  if (found)
                    {
                      p = semi + 1;
                      continue;
                    }
                }
            }
        }
      g_string_append_c (out, *p);
      p++;
    }
  return g_string_free (out, FALSE);
}

static gboolean
text_has_direct_identifier (VoileEngine *engine, const char *text)
{
  gsize len = strlen (text);
  if (!voile_text_is_valid (text, len, NULL))
    return TRUE; /* cannot check it: assume the worst */
  g_autoptr (VoileScanResult) scan = voile_engine_scan (engine, text, len, VOILE_TYPE_MASK_ALL);
  return voile_scan_result_has_direct_identifier (scan);
}

char *
voile_html_anonymize (VoileEngine *engine, const char *original_html, const char *text, gsize len,
                      const VoileScanResult *scan, const char *anonymized, gsize anonymized_len)
{
  g_autoptr (GArray) pairs = match_placeholders (text, len, scan, anonymized, anonymized_len);
  if (pairs == NULL || original_html == NULL)
    return voile_html_from_text (anonymized, anonymized_len);

  g_array_sort (pairs, compare_longest_first);
  GString *html = g_string_new (original_html);
  for (guint i = 0; i < pairs->len; i++)
    {
      const Replacement *r = &g_array_index (pairs, Replacement, i);
      g_autofree char *escaped = g_markup_escape_text (r->value, -1);
      g_autofree char *percent = g_uri_escape_string (r->value, NULL, FALSE);
      replace_all (html, r->value, r->placeholder);
      replace_all (html, escaped, r->placeholder);
      replace_all (html, percent, r->placeholder);
    }

  /* Anything left? Look at what a reader sees, and at the markup (attributes, links). */
  gboolean leaks = FALSE;
  for (guint i = 0; i < pairs->len && !leaks; i++)
    {
      const Replacement *r = &g_array_index (pairs, Replacement, i);
      if (strstr (html->str, r->value) != NULL)
        leaks = TRUE;
    }
  g_autofree char *visible = leaks ? NULL : voile_html_visible_text (html->str);
  if (!leaks)
    leaks = text_has_direct_identifier (engine, visible)
            || text_has_direct_identifier (engine, html->str);
  if (visible != NULL)
    voile_wipe (visible, strlen (visible));

  if (leaks)
    {
      voile_wipe (html->str, html->len);
      g_string_free (html, TRUE);
      return voile_html_from_text (anonymized, anonymized_len);
    }
  return g_string_free (html, FALSE);
}
