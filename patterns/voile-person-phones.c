/* voile-person-phones.c — a phone number written right after a person's name. */
#include "voile-person-phones.h"

#include "voile-engine.h"
#include "voile-findings.h"

#include <string.h>

#define MAX_GROUPS 6

/* Groups of digits: sizes[] their lengths, *n_groups their count; returns the end of the
 * last digit (start when none). One separator (space, '.', '-') between groups. */
static gsize
read_groups (const char *t, gsize len, gsize p, guint *sizes, guint *n_groups)
{
  gsize end = p;
  guint g = 0;

  while (p < len && g < MAX_GROUPS + 1)
    {
      gsize q = p;
      while (q < len && q - p < 8 && g_ascii_isdigit (t[q]))
        q++;
      if (q == p || (q < len && g_ascii_isdigit (t[q])))
        break;
      if (g == MAX_GROUPS)
        return p; /* too many groups: a list of numbers */
      sizes[g++] = (guint)(q - p);
      end = q;
      if (q + 1 < len && (t[q] == ' ' || t[q] == '.' || t[q] == '-') && g_ascii_isdigit (t[q + 1]))
        p = q + 1;
      else
        break;
    }
  *n_groups = g;
  return end;
}

/* Do the groups have a phone number's shape? */
static gboolean
phone_groups (const char *t, gsize s, const guint *sizes, guint g)
{
  guint n = 0;

  if (g < 2)
    return FALSE;
  for (guint i = 0; i < g; i++)
    {
      if (sizes[i] < 2 || sizes[i] > 5)
        return FALSE;
      n += sizes[i];
    }
  /* a national number from its trunk 0: "0955 330 942", "0208 113 560", "079 334 2210" */
  if (t[s] == '0')
    return n >= 9 && n <= 11 && t[s + 1] != '0';
  /* six or eight digits in pairs (New Caledonia, French Polynesia): not a date's day and
   * month ("14 06 26") */
  gboolean pairs = TRUE;
  for (guint i = 0; i < g; i++)
    pairs &= sizes[i] == 2;
  /* "23-14-70": a British bank's sort code */
  if (pairs && memchr (t + s, '-', n + g - 1) != NULL)
    return FALSE;
  if (pairs && (n == 6 || n == 8))
    {
      guint day = (guint)(t[s] - '0') * 10 + (guint)(t[s + 1] - '0');
      guint month = (guint)(t[s + 3] - '0') * 10 + (guint)(t[s + 4] - '0');
      return !(day >= 1 && day <= 31 && month >= 1 && month <= 12);
    }
  if (g != 2)
    return FALSE;
  /* a year first ("2024 2025", "1998 2003") is a span of years */
  if (sizes[0] == 4 && (memcmp (t + s, "19", 2) == 0 || memcmp (t + s, "20", 2) == 0))
    return FALSE;
  /* 3-4 and 4-3 (Fiji, Papua New Guinea's landlines), 4-4 (Hong Kong, Singapore, Papua New
   * Guinea's mobiles), 5-5 (India's mobiles) */
  return (sizes[0] == 3 && sizes[1] == 4) || (sizes[0] == 4 && sizes[1] == 3)
         || (sizes[0] == 4 && sizes[1] == 4) || (sizes[0] == 5 && sizes[1] == 5 && t[s] >= '6');
}

gboolean
voile_person_phones_find (const char *text, gsize len, GArray *findings)
{
  g_autoptr (GArray) added = NULL;
  guint n = findings->len;

  for (guint i = 0; i < n; i++)
    {
      const VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      if (f->type != VOILE_TYPE_PERSON || f->end + 3 >= len)
        continue;
      gsize p = f->end;
      gboolean bracket = FALSE;
      if (text[p] != ' ' && text[p] != '\t')
        continue;
      /* "Bwalya Chanda (wife) 0977 418 225", "Salote Naivalu (dental therapist)    …": a
       * role in brackets between, words only */
      if (p + 2 < len && text[p + 1] == '(' && !g_ascii_isdigit (text[p + 2]))
        {
          gsize q = p + 2;
          while (q < len && q < p + 40 && text[q] != ')' && text[q] != '\n' && text[q] != '('
                 && !g_ascii_isdigit (text[q]))
            q++;
          if (q >= len || text[q] != ')')
            continue;
          p = q + 1;
          if (p >= len || (text[p] != ' ' && text[p] != '\t'))
            continue;
        }
      /* one space, or the gap of a column aligned with spaces or tabs */
      gsize gap = p;
      while (p < len && p < gap + 48 && (text[p] == ' ' || text[p] == '\t'))
        p++;
      if (p >= len)
        continue;
      if (text[p] == '(' && p == gap + 1)
        bracket = TRUE, p++;
      if (!g_ascii_isdigit (text[p]))
        continue;
      guint sizes[MAX_GROUPS], g = 0;
      gsize e = read_groups (text, len, p, sizes, &g);
      if (e == p || !phone_groups (text, p, sizes, g))
        continue;
      /* the number ends there: a bracket closed, or the end of a cell, a line or a clause */
      if (bracket ? e >= len || text[e] != ')'
                  : e < len && strchr (" \t\r\n|,;.)\"", text[e]) == NULL)
        continue;
      /* "Dupont 06 12 34 56 78 90 …": a list goes on; "Dupont 0612 34 56 €": a sum */
      if (!bracket && e + 1 < len && text[e] == ' '
          && (g_ascii_isdigit (text[e + 1]) || (guchar)text[e + 1] >= 0x80
              || strchr ("$%", text[e + 1]) != NULL))
        continue;
      if (voile_findings_overlap (findings, n, p, e))
        continue;
      if (added == NULL)
        added = g_array_new (FALSE, FALSE, sizeof (VoileFinding));
      VoileFinding found = { VOILE_TYPE_PHONE, p, e, 0.8f, 0 };
      g_array_append_val (added, found);
    }
  if (added == NULL)
    return FALSE;
  voile_findings_insert_each (findings, added);
  return TRUE;
}
