/* voile-mrz.c — machine-readable zones of passports, identity cards and visas (ICAO 9303).
 *
 * Layouts (positions from 0):
 * - TD3, passports and visas: two lines of 44. Line 1: "P", a subtype, the issuing state,
 *   then the name (5–43). Line 2: number 0–8 and its check digit, nationality, birth date
 *   13–18 and its check, sex, expiry 21–26 and its check, personal number, checks.
 * - TD2, older cards and visas: two lines of 36, the same fields up to the expiry.
 * - TD1, identity and residence cards: three lines of 30. Line 1: number 5–13, check 14.
 *   Line 2: birth 0–5, check 6, sex 7, expiry 8–13. Line 3: the name.
 * - France's identity card before 2021: two lines of 36. Line 1: "IDFRA", surname 5–29.
 *   Line 2: number 0–11, check 12, given names 13–26, birth 27–32, check 33.
 * A name is "SURNAME<<GIVEN<NAMES" padded with '<'. Check digits weigh 7, 3, 1 over
 * digits, letters (A = 10) and '<' (0). The check digits of the number and the birth date
 * must hold: a line of capitals and '<' in a program's output is no zone.
 */
#include "voile-mrz.h"

#include "voile-engine.h"
#include "voile-types.h"

#include <string.h>

/* The shapes of a zone: lines, their length, and where the fields are. */
typedef enum
{
  ZONE_TD3,
  ZONE_TD2,
  ZONE_TD1,
  ZONE_FR_CARD,
} ZoneKind;

static int
mrz_value (char ch)
{
  if (ch >= '0' && ch <= '9')
    return ch - '0';
  if (ch >= 'A' && ch <= 'Z')
    return ch - 'A' + 10;
  return ch == '<' ? 0 : -1;
}

static gboolean
check_digit_holds (const char *field, gsize n, char check)
{
  static const int weights[3] = { 7, 3, 1 };
  int sum = 0;

  if (check < '0' || check > '9')
    return FALSE;
  for (gsize i = 0; i < n; i++)
    sum += mrz_value (field[i]) * weights[i % 3];
  return sum % 10 == check - '0';
}

/* YYMMDD with a month and a day that exist. */
static gboolean
is_mrz_date (const char *d)
{
  for (int i = 0; i < 6; i++)
    if (!g_ascii_isdigit (d[i]))
      return FALSE;
  int month = (d[2] - '0') * 10 + (d[3] - '0'), day = (d[4] - '0') * 10 + (d[5] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/* The line at p: its first byte after leading blanks, its end before "\r" and trailing
 * blanks, and where the next line starts. FALSE when it holds a byte no zone has. */
static gboolean
zone_line (const char *text, gsize len, gsize p, gsize *s, gsize *e, gsize *next)
{
  while (p < len && (text[p] == ' ' || text[p] == '\t'))
    p++;
  *s = p;
  const char *nl = memchr (text + p, '\n', len - p);
  gsize end = nl != NULL ? (gsize)(nl - text) : len;
  *next = nl != NULL ? end + 1 : len;
  while (end > p && (text[end - 1] == '\r' || text[end - 1] == ' ' || text[end - 1] == '\t'))
    end--;
  *e = end;
  if (end - p > 44)
    return FALSE;
  for (gsize i = p; i < end; i++)
    if (mrz_value (text[i]) < 0)
      return FALSE;
  return TRUE;
}

/* text[a, b) without its trailing fillers. */
static VoileMrzSpan
trimmed (const char *text, gsize a, gsize b)
{
  while (b > a && text[b - 1] == '<')
    b--;
  return (VoileMrzSpan){ a, b };
}

/* "SURNAME<<GIVEN<NAMES<<<": the surname up to the first "<<", the given names after. */
static void
split_name (const char *text, gsize a, gsize b, VoileMrz *mrz)
{
  VoileMrzSpan name = trimmed (text, a, b);
  gsize p = name.start;
  while (p + 1 < name.end && !(text[p] == '<' && text[p + 1] == '<'))
    p++;
  if (p + 1 >= name.end)
    {
      mrz->surname = name;
      mrz->given = (VoileMrzSpan){ name.end, name.end };
      return;
    }
  mrz->surname = (VoileMrzSpan){ name.start, p };
  gsize g = p + 2;
  while (g < name.end && text[g] == '<')
    g++;
  mrz->given = (VoileMrzSpan){ g, name.end };
}

gboolean
voile_mrz_may_open (const char *text, gsize line_start, gsize line_end)
{
  while (line_end > line_start && (text[line_end - 1] == '\r' || text[line_end - 1] == ' '))
    line_end--;
  gsize n = line_end - line_start;
  if (n != 30 && n != 36 && n != 44)
    return FALSE;
  char kind = text[line_start], sub = text[line_start + 1];
  return strchr ("ACIPV", kind) != NULL && kind != '\0'
         && (sub == '<' || (sub >= 'A' && sub <= 'Z'));
}

gboolean
voile_mrz_read (const char *text, gsize len, gsize line_start, VoileMrz *mrz, gsize *zone_end)
{
  gsize s1, e1, s2, e2, s3 = 0, e3 = 0, next;
  ZoneKind kind;

  if (!zone_line (text, len, line_start, &s1, &e1, &next) || next >= len
      || !voile_mrz_may_open (text, s1, e1) || !zone_line (text, len, next, &s2, &e2, &next)
      || e2 - s2 != e1 - s1)
    return FALSE;
  const char *l1 = text + s1, *l2 = text + s2;
  switch (e1 - s1)
    {
      case 44:
        kind = ZONE_TD3;
        break;
      case 36:
        kind = memcmp (l1, "IDFRA", 5) == 0 ? ZONE_FR_CARD : ZONE_TD2;
        break;
      default:
        kind = ZONE_TD1;
        if (!zone_line (text, len, next, &s3, &e3, &next) || e3 - s3 != 30)
          return FALSE;
        break;
    }
  *zone_end = kind == ZONE_TD1 ? e3 : e2;

  memset (mrz, 0, sizeof *mrz);
  switch (kind)
    {
      case ZONE_TD3:
      case ZONE_TD2:
        if (!strchr ("MF<X", l2[20]) || !check_digit_holds (l2, 9, l2[9])
            || !check_digit_holds (l2 + 13, 6, l2[19]) || !is_mrz_date (l2 + 13))
          return FALSE;
        mrz->document = trimmed (text, s2, s2 + 9);
        mrz->birth = (VoileMrzSpan){ s2 + 13, s2 + 19 };
        if (check_digit_holds (l2 + 21, 6, l2[27]) && is_mrz_date (l2 + 21))
          mrz->expiry = (VoileMrzSpan){ s2 + 21, s2 + 27 };
        split_name (text, s1 + 5, e1, mrz);
        break;
      case ZONE_TD1:
        {
          if (!strchr ("MF<X", l2[7]) || !check_digit_holds (l1 + 5, 9, l1[14])
              || !check_digit_holds (l2, 6, l2[6]) || !is_mrz_date (l2))
            return FALSE;
          mrz->document = trimmed (text, s1 + 5, s1 + 14);
          mrz->birth = (VoileMrzSpan){ s2, s2 + 6 };
          if (check_digit_holds (l2 + 8, 6, l2[14]) && is_mrz_date (l2 + 8))
            mrz->expiry = (VoileMrzSpan){ s2 + 8, s2 + 14 };
          split_name (text, s3, e3, mrz);
          break;
        }
      case ZONE_FR_CARD:
        if (!strchr ("MF", l2[34]) || !check_digit_holds (l2, 12, l2[12])
            || !check_digit_holds (l2 + 27, 6, l2[33]) || !is_mrz_date (l2 + 27))
          return FALSE;
        mrz->document = trimmed (text, s2, s2 + 12);
        mrz->birth = (VoileMrzSpan){ s2 + 27, s2 + 33 };
        mrz->surname = trimmed (text, s1 + 5, s1 + 30);
        mrz->given = trimmed (text, s2 + 13, s2 + 27);
        break;
    }
  /* A number of fillers only is none; a name is letters. */
  return mrz->document.end > mrz->document.start && mrz->surname.end > mrz->surname.start;
}

static void
add_finding (GArray *findings, guint32 type_mask, VoileType type, VoileMrzSpan span)
{
  if (span.end <= span.start || !(type_mask & VOILE_TYPE_BIT (type)))
    return;
  VoileFinding f = { .type = type, .start = span.start, .end = span.end, .confidence = 0.97f };
  g_array_append_val (findings, f);
}

gboolean
voile_mrz_find (const char *text, gsize len, guint32 type_mask, GArray *findings)
{
  gboolean added = FALSE;
  gsize pos = 0;

  /* Every zone holds "<<" (a name's separator, fillers), on its first line or the one or
   * two after it. */
  while (pos + 1 < len)
    {
      const char *hit = memchr (text + pos, '<', len - pos - 1);
      if (hit == NULL)
        break;
      if (hit[1] != '<')
        {
          pos = (gsize)(hit - text) + 1;
          continue;
        }
      gsize h = (gsize)(hit - text);
      /* The starts of the line holding it and of the two lines before (a zone's lines are
       * short: a longer one ends the search). */
      gsize starts[3], ls = h;
      guint n = 0;
      while (ls > 0 && text[ls - 1] != '\n' && h - ls <= 64)
        ls--;
      if (ls == 0 || text[ls - 1] == '\n')
        starts[n++] = ls;
      while (n > 0 && n < 3 && ls > 0)
        {
          gsize ps = ls - 1;
          while (ps > 0 && text[ps - 1] != '\n' && ls - ps <= 64)
            ps--;
          if (ps > 0 && text[ps - 1] != '\n')
            break;
          ls = ps;
          starts[n++] = ls;
        }
      const char *nl = memchr (hit, '\n', len - h);
      gsize after = nl != NULL ? (gsize)(nl - text) + 1 : len;
      for (guint k = n; k-- > 0;)
        {
          VoileMrz mrz;
          gsize zone_end;
          if (!voile_mrz_read (text, len, starts[k], &mrz, &zone_end) || zone_end <= h)
            continue;
          /* What other rules saw in the zone's lines is the zone's own. */
          guint out = 0;
          for (guint i = 0; i < findings->len; i++)
            {
              VoileFinding *f = &g_array_index (findings, VoileFinding, i);
              if (f->end <= starts[k] || f->start >= zone_end)
                g_array_index (findings, VoileFinding, out++) = *f;
            }
          g_array_set_size (findings, out);
          add_finding (findings, type_mask, VOILE_TYPE_ID_DOCUMENT, mrz.document);
          add_finding (findings, type_mask, VOILE_TYPE_DATE_OF_BIRTH, mrz.birth);
          add_finding (findings, type_mask, VOILE_TYPE_DATE, mrz.expiry);
          added = TRUE;
          after = MAX (after, zone_end);
          break;
        }
      pos = after;
    }
  return added;
}
