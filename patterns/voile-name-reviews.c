/* voile-name-reviews.c — the authors of customer reviews copied from a business's page.
 *
 * Google, Tripadvisor and shop pages head each review with its stars and its author's
 * display name ("★★☆☆☆ kerry_ann_1987 · 12 reviews · 1 week ago", "★★★★★ Wiktor Zielinski ·
 * Local Guide · 2 reviews"): the author is a person, whether the name lists know the name
 * or not, and a handle spelling a name is one too.
 */
#include "voile-name-private.h"

#define REVIEW_NAME_MAX 48

/* The star at text[p] (★ U+2605 or ☆ U+2606)? */
static inline gboolean
star_at (const char *text, gsize p, gsize end)
{
  return p + 3 <= end && (guchar)text[p] == 0xE2 && (guchar)text[p + 1] == 0x98
         && ((guchar)text[p + 2] == 0x85 || (guchar)text[p + 2] == 0x86);
}

/* The length of the separator after a review's author at text[p]: " · ", " • ", " – ",
 * " — ", " - "; 0 when there is none. */
static gsize
separator_at (const char *text, gsize p, gsize end)
{
  if (p + 3 > end || text[p] != ' ')
    return 0;
  if (text[p + 1] == '-' && text[p + 2] == ' ')
    return 3;
  if (p + 4 <= end && (guchar)text[p + 1] == 0xC2 && (guchar)text[p + 2] == 0xB7
      && text[p + 3] == ' ')
    return 4; /* · */
  if (p + 5 <= end && (guchar)text[p + 1] == 0xE2 && (guchar)text[p + 2] == 0x80
      && ((guchar)text[p + 3] == 0xA2 || (guchar)text[p + 3] == 0x93 || (guchar)text[p + 3] == 0x94)
      && text[p + 4] == ' ')
    return 5; /* • – — */
  return 0;
}

void
voile_name_find_review_author (VoileNameCollector *c, gsize line_start, gsize line_end)
{
  const char *text = c->text;
  gsize p = line_start;
  guint stars = 0;

  while (star_at (text, p, line_end) && stars < 5)
    p += 3, stars++;
  if (stars == 0 || p >= line_end || text[p] != ' ')
    return;
  /* "★★☆☆☆ — mamadou_sy29 — il y a 5 jours": a dash may come before the author too. */
  p += separator_at (text, p, line_end);
  while (p < line_end && text[p] == ' ')
    p++;
  /* "★★☆☆☆  Reviewed by Sarah K. · Stayed Aug 2026": a holiday-let site names its author. */
  if (p + 12 < line_end && memcmp (text + p, "Reviewed by ", 12) == 0)
    p += 12;
  gsize s = p, e = 0;
  for (; p < line_end && p - s <= REVIEW_NAME_MAX; p++)
    if (separator_at (text, p, line_end) > 0)
      {
        e = p;
        break;
      }
  if (e <= s || p - s > REVIEW_NAME_MAX)
    return;
  /* A handle ("kerry_ann_1987", "m.oconnor"), or a display name of a few words. */
  gboolean handle = FALSE;
  for (gsize k = s; k < e; k++)
    handle |= text[k] == '_' || text[k] == '.' || g_ascii_isdigit (text[k]);
  if (handle)
    {
      if (memchr (text + s, ' ', e - s) != NULL || voile_name_add_login (c, s, e, TRUE))
        return;
      /* "kerry_ann_1987": where an author is expected, a handle opening on a given name. */
      gsize w = s;
      while (w < e && (g_ascii_isalpha (text[w]) || (guchar)text[w] >= 0x80))
        w++;
      guint f = w - s >= 3 ? voile_name_lookup_word (text + s, w - s) : 0;
      if ((f & VOILE_NAME_FIRST) && !(f & VOILE_NAME_WORD))
        {
          VoileToken whole = { .start = s, .end = e };
          voile_name_collector_add_person (c, &whole, 0, 0, 0, CONFIDENCE_CONTEXT,
                                           VOILE_FIELD_NONE);
        }
      return;
    }
  voile_name_collector_add_field (c, s, e, VOILE_FIELD_PERSON);
}
