/* test-html.c — the HTML flavour published with anonymized text keeps no personal data. */
#include "config.h"

#include <string.h>

#include "voile-anonymizer.h"
#include "voile-engine.h"
#include "voile-html.h"

static char *
anonymize_html (const char *text, const char *html)
{
  VoileEngine *engine = voile_engine_get_default ();
  g_autoptr (VoileMapping) mapping = voile_mapping_new ();
  gsize len = strlen (text), out_len = 0;
  g_autoptr (VoileScanResult) scan = voile_engine_scan (engine, text, len, VOILE_TYPE_MASK_ALL);
  g_autofree char *anonymized = voile_anonymize (mapping, text, len, scan, &out_len);
  return voile_html_anonymize (engine, html, text, len, scan, anonymized, out_len);
}

static void
test_values_replaced_in_markup (void)
{
  const char *text = "Write to marie.dupont@example.org or call 06 12 34 56 78.";
  const char *html = "<p style=\"color:red\">Write to <a href=\"mailto:marie.dupont@example.org\">"
                     "marie.dupont@example.org</a> or call <b>06&nbsp;12 34 56 78</b>.</p>";
  g_autofree char *out = anonymize_html (text, html);
  g_assert_null (strstr (out, "marie.dupont"));
  g_assert_null (strstr (out, "12 34 56"));
  g_assert_nonnull (strstr (out, "[EMAIL_1]"));
}

static void
test_formatting_kept_when_clean (void)
{
  const char *text = "Contact: marie.dupont@example.org";
  const char *html = "<p>Contact: <i>marie.dupont@example.org</i></p>";
  g_autofree char *out = anonymize_html (text, html);
  g_assert_cmpstr (out, ==, "<p>Contact: <i>[EMAIL_1]</i></p>");
}

static void
test_escaped_and_percent_encoded (void)
{
  const char *text = "Mail: marie+rh@example.com";
  const char *html = "<a href=\"mailto:marie%2Brh%40example.com\">marie+rh@example.com</a>";
  g_autofree char *out = anonymize_html (text, html);
  g_assert_null (strstr (out, "marie"));
}

static void
test_html_with_more_data_falls_back (void)
{
  /* The HTML holds an address the plain text does not: the fallback is the plain text. */
  const char *text = "Write to marie.dupont@example.org";
  const char *html
      = "<p>Write to marie.dupont@example.org</p><p hidden>paul.durand@example.net</p>";
  g_autofree char *out = anonymize_html (text, html);
  g_assert_null (strstr (out, "paul.durand"));
  g_assert_null (strstr (out, "marie.dupont"));
  g_assert_true (g_str_has_suffix (out, "<pre>Write to [EMAIL_1]</pre>"));
}

static void
test_fallback_escapes (void)
{
  g_autofree char *out = voile_html_from_text ("a < b & [EMAIL_1]", 17);
  g_assert_nonnull (strstr (out, "<pre>a &lt; b &amp; [EMAIL_1]</pre>"));
}

static void
test_visible_text (void)
{
  g_autofree char *text = voile_html_visible_text (
      "<style>p{}</style><p>Caf&eacute; &amp; cr&#232;me&#x21;</p><script>x()</script>");
  g_assert_cmpstr (g_strstrip (text), ==, "Café & crème!");
  g_autofree char *broken = voile_html_visible_text ("<p>unclosed <b");
  g_assert_nonnull (broken);
  g_autofree char *entity = voile_html_visible_text ("&#0; &#99999999; &unknown; &");
  g_assert_nonnull (entity);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/html/values-replaced-in-markup", test_values_replaced_in_markup);
  g_test_add_func ("/html/formatting-kept-when-clean", test_formatting_kept_when_clean);
  g_test_add_func ("/html/escaped-and-percent-encoded", test_escaped_and_percent_encoded);
  g_test_add_func ("/html/more-data-falls-back", test_html_with_more_data_falls_back);
  g_test_add_func ("/html/fallback-escapes", test_fallback_escapes);
  g_test_add_func ("/html/visible-text", test_visible_text);
  return g_test_run ();
}
