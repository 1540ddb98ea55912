/* voile-birth-ids.c — a date the identity number beside it was built from. */
#include "config.h"

#include "voile-birth-ids.h"

#include "voile-engine.h"
#include "voile-line.h"

/* The birth year (two digits) and month an identity number holds, from its digits: a NIR's
 * second to fifth, a South African number's first four. FALSE for other findings. */
static gboolean
id_birth_month (const char *t, const VoileFinding *f, guint *yy, guint *mm)
{
  char d[16];
  guint n = 0;

  for (gsize i = f->start; i < f->end && n < sizeof d; i++)
    if (g_ascii_isdigit (t[i]))
      d[n++] = t[i];
  if (f->type == VOILE_TYPE_FR_NIR && n >= 13)
    {
      *yy = (guint)(d[1] - '0') * 10 + (guint)(d[2] - '0');
      *mm = (guint)(d[3] - '0') * 10 + (guint)(d[4] - '0');
    }
  else if (f->type == VOILE_TYPE_ID_DOCUMENT && n == 13 && f->end - f->start <= 15)
    {
      *yy = (guint)(d[0] - '0') * 10 + (guint)(d[1] - '0');
      *mm = (guint)(d[2] - '0') * 10 + (guint)(d[3] - '0');
    }
  else
    return FALSE;
  return *mm >= 1 && *mm <= 12;
}

/* The month and the year of a date written in digits: "12/01/1929", "12.01.1929",
 * "1929-01-12", "19290112". FALSE for other writings. */
static gboolean
date_month_year (const char *s, gsize n, guint *mm, guint *year)
{
  guint v[3] = { 0 }, w[3] = { 0 }, k = 0;

  for (gsize i = 0; i < n; i++)
    {
      if (g_ascii_isdigit (s[i]))
        {
          v[k] = v[k] * 10 + (guint)(s[i] - '0');
          w[k]++;
        }
      else if ((s[i] == '/' || s[i] == '.' || s[i] == '-') && w[k] > 0 && k < 2)
        k++;
      else
        return FALSE;
    }
  if (k == 0 && w[0] == 8)
    {
      *year = v[0] / 10000;
      *mm = v[0] / 100 % 100;
      return TRUE;
    }
  if (k != 2)
    return FALSE;
  if (w[0] == 4)
    *year = v[0], *mm = v[1];
  else if (w[2] == 4)
    *year = v[2], *mm = v[1];
  else
    return FALSE;
  return TRUE;
}

/* Converts each DATE of text[ls, le) whose month and year are mm and yy, from findings[j]
 * going by step (1: forwards, -1: backwards) while they are on the line. */
static void
promote_dates (const char *text, GArray *findings, guint j, gint step, gsize ls, gsize le, guint yy,
               guint mm)
{
  for (; j < findings->len; j += (guint)step)
    {
      VoileFinding *d = &g_array_index (findings, VoileFinding, j);
      guint dm, year;
      if (d->start < ls || d->start >= le)
        break;
      if (d->type == VOILE_TYPE_DATE
          && date_month_year (text + d->start, d->end - d->start, &dm, &year) && dm == mm
          && year % 100 == yy)
        d->type = VOILE_TYPE_DATE_OF_BIRTH;
    }
}

void
voile_birth_ids_promote_at (const char *text, gsize len, GArray *findings, guint i)
{
  const VoileFinding *id = &g_array_index (findings, VoileFinding, i);
  guint yy, mm;

  if ((id->type != VOILE_TYPE_FR_NIR && id->type != VOILE_TYPE_ID_DOCUMENT)
      || !id_birth_month (text, id, &yy, &mm))
    return;
  /* the line the number is on */
  gsize ls, le;
  voile_line_around (text, len, id->start, id->end, VOILE_LINE_READ_MAX, &ls, &le);
  if (i > 0)
    promote_dates (text, findings, i - 1, -1, ls, le, yy, mm);
  promote_dates (text, findings, i + 1, 1, ls, le, yy, mm);
}
