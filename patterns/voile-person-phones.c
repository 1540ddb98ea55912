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

/* A phone at [start, end) into *added (made at the first), unless it overlaps one of the n
 * findings the engine had. */
static void
add_phone (GArray **added, GArray *findings, guint n, gsize start, gsize end)
{
  if (voile_findings_overlap (findings, n, start, end))
    return;
  if (*added == NULL)
    *added = g_array_new (FALSE, FALSE, sizeof (VoileFinding));
  VoileFinding found = { VOILE_TYPE_PHONE, start, end, 0.8f, 0 };
  g_array_append_val (*added, found);
}

/* The phones added, in their places among the findings: did the pass add any? */
static gboolean
insert_added (GArray *findings, const GArray *added)
{
  if (added == NULL)
    return FALSE;
  voile_findings_insert_each (findings, added);
  return TRUE;
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
      add_phone (&added, findings, n, p, e);
    }
  return insert_added (findings, added);
}

/* (session 25, g25-phones) The groups of a national number from its trunk 0 in three groups
 * or more, nine to eleven digits ("0977 418 225": 4-3-3): its layout as the group sizes and
 * the separator, packed; 0 when it has none. */
static guint
trunk_layout (const char *t, gsize len, gsize p, gsize *end)
{
  guint sizes[MAX_GROUPS], g = 0, n = 0, layout = 0;

  if (p >= len || t[p] != '0' || p + 1 >= len || t[p + 1] == '0')
    return 0;
  gsize e = read_groups (t, len, p, sizes, &g);
  if (g < 3 || g > 4)
    return 0;
  for (guint i = 0; i < g; i++)
    {
      if (sizes[i] < 2 || sizes[i] > 4)
        return 0;
      n += sizes[i];
      layout = layout * 8 + sizes[i];
    }
  if (n < 9 || n > 11)
    return 0;
  /* "0800 000 000": a test vector's zeros after the first group */
  gboolean zeros = TRUE;
  for (gsize i = p + sizes[0]; i < e; i++)
    zeros &= !g_ascii_isdigit (t[i]) || t[i] == '0';
  if (zeros)
    return 0;
  /* one separator throughout: the one after the first group */
  char sep = t[p + sizes[0]];
  for (gsize i = p; i < e; i++)
    if (!g_ascii_isdigit (t[i]) && t[i] != sep)
      return 0;
  *end = e;
  return layout * 4 + (sep == ' ' ? 1 : sep == '-' ? 2 : 3);
}

/* Is l one of the n layouts? */
static gboolean
layout_known (const guint *layouts, guint n, guint l)
{
  for (guint k = 0; k < n; k++)
    if (layouts[k] == l)
      return TRUE;
  return FALSE;
}

/* How far around a phone found the numbers in its layout are looked for: a register's rows, a
 * ticket's lines, a chat's next messages. */
#define LAYOUT_WINDOW 2048

gboolean
voile_layout_phones_find (const char *text, gsize len, GArray *findings)
{
  guint layouts[4], n_layouts = 0, n = findings->len;
  gsize e, from = 0, scanned = 0;
  g_autoptr (GArray) added = NULL;

  /* the layouts of the phones found, first: a window may hold a number in the layout of a
   * phone found after it */
  for (guint i = 0; i < n && n_layouts < G_N_ELEMENTS (layouts); i++)
    {
      const VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      if (f->type != VOILE_TYPE_PHONE || f->start >= len || text[f->start] != '0')
        continue;
      guint l = trunk_layout (text, len, f->start, &e);
      if (l != 0 && e == f->end && !layout_known (layouts, n_layouts, l))
        layouts[n_layouts++] = l;
    }
  if (n_layouts == 0)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      const VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      if (f->type != VOILE_TYPE_PHONE || f->start >= len || text[f->start] != '0')
        continue;
      guint l = trunk_layout (text, len, f->start, &e);
      if (l == 0 || e != f->end || !layout_known (layouts, n_layouts, l))
        continue;
      /* the window around this phone, from where the last one's ended: no byte read twice */
      from = MAX (scanned, f->start > LAYOUT_WINDOW ? f->start - LAYOUT_WINDOW : 0);
      gsize to = MIN (len, f->end + LAYOUT_WINDOW);
      for (gsize p = from; p + 1 < to; p++)
        {
          const char *z = memchr (text + p, '0', to - 1 - p);
          if (z == NULL)
            break;
          p = (gsize)(z - text);
          /* a trunk 0 then a digit of 1-9, opening its token after a space, a line's start,
           * a cell's or a bracket's sign: not the tail of a longer chain, a sum or a signed
           * number */
          if (text[p] != '0' || text[p + 1] < '1' || text[p + 1] > '9')
            continue;
          if (p > 0 && text[p - 1] != ' ' && text[p - 1] != '\t' && text[p - 1] != '\n'
              && text[p - 1] != '|' && text[p - 1] != '(' && text[p - 1] != '"'
              && text[p - 1] != '\'' && text[p - 1] != ';' && text[p - 1] != '=')
            continue;
          gsize q = p + 2;
          while (q < len && q < p + 5 && g_ascii_isdigit (text[q]))
            q++;
          if (q >= len || (text[q] != ' ' && text[q] != '-' && text[q] != '.'))
            continue;
          guint l2 = trunk_layout (text, len, p, &e);
          if (l2 == 0 || !layout_known (layouts, n_layouts, l2))
            continue;
          /* the number ends there: not a longer chain, a decimal or a word */
          if (e < len
              && (g_ascii_isalnum (text[e]) || text[e] == '_'
                  || (e + 1 < len && strchr (".,-/ ", text[e]) != NULL
                      && g_ascii_isdigit (text[e + 1]))))
            continue;
          gsize start = p;
          p = e;
          add_phone (&added, findings, n, start, e);
        }
      scanned = MAX (scanned, to);
    }
  return insert_added (findings, added);
}
