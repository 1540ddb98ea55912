/* voile-tables.c — column headers give their cells a type. */
#include "config.h"

#include "voile-tables.h"

#include "voile-engine.h"
#include "voile-validators.h"

#include <string.h>

#define MAX_COLUMNS 64
#define MAX_HEADER_CELL 48

typedef gboolean (*VoileCellCheck) (const char *cell, gsize len);

typedef struct
{
  VoileType type;
  /* Lower-case substrings of the header cell; "=x" means the whole cell is x. */
  const char *const *headers;
  VoileCellCheck check; /* NULL: only converts DATE findings (birth dates) */
  float confidence;
} VoileColumnRule;

static guint
count_digits (const char *s, gsize n)
{
  guint d = 0;
  for (gsize i = 0; i < n; i++)
    d += g_ascii_isdigit (s[i]) ? 1 : 0;
  return d;
}

static gboolean
cell_is_reference (const char *s, gsize n)
{
  if (n < 3 || n > 32 || count_digits (s, n) < 2)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isalnum (s[i]) && strchr ("-/._ ", s[i]) == NULL)
      return FALSE;
  return TRUE;
}

static gboolean
cell_is_siren (const char *s, gsize n)
{
  char d[16];
  gsize k = voile_compact_alnum (s, n, d, sizeof d, FALSE);
  return k == 9 && count_digits (s, n) == 9 && voile_siren_is_valid (d, k);
}

static gboolean
cell_is_ssn (const char *s, gsize n)
{
  char d[16];
  gsize k = voile_compact_alnum (s, n, d, sizeof d, FALSE);
  return k == 9 && voile_us_ssn_is_valid (d, k);
}

static gboolean
cell_is_document_number (const char *s, gsize n)
{
  if (n < 6 || n > 24 || count_digits (s, n) < 2)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isalnum (s[i]) && s[i] != '-' && s[i] != ' ')
      return FALSE;
  return TRUE;
}

static const char *const birth_headers[] = { "naissance", "birth", "=dob", "=d.o.b.", "=ddn",
                                             "=né le", "=né(e) le", "=born", NULL };
static const char *const reference_headers[] = {
  "client", "customer", "adhérent", "adherent", "dossier", "contrat", "contract", "member",
  "account", "compte", "allocataire", "matricule", "policy", "police", "commande", "order",
  "=ref", "=réf", "=réf.", "=ref.", "référence", "reference", "abonné", "subscriber",
  "licence", "ticket", "n° sinistre", "claim", NULL
};
static const char *const siren_headers[] = { "siren", NULL };
static const char *const ssn_headers[] = { "=ssn", "social security", NULL };
static const char *const document_headers[] = { "passport", "passeport", "=cni",
                                                "carte d'identité", "pièce d'identité",
                                                "id card", "driving licen", "permis", NULL };

static const VoileColumnRule column_rules[] = {
  { VOILE_TYPE_DATE_OF_BIRTH, birth_headers, NULL, 0.93f },
  { VOILE_TYPE_FR_SIREN, siren_headers, cell_is_siren, 0.95f },
  { VOILE_TYPE_US_SSN, ssn_headers, cell_is_ssn, 0.95f },
  { VOILE_TYPE_ID_DOCUMENT, document_headers, cell_is_document_number, 0.85f },
  /* Last: "n° client" must not shadow a more specific header. */
  { VOILE_TYPE_CUSTOMER_ID, reference_headers, cell_is_reference, 0.8f },
};

typedef struct
{
  gsize start, end; /* trimmed of spaces and quotes */
} Cell;

static gboolean
header_matches (const char *cell, const char *const *headers)
{
  for (const char *const *h = headers; *h != NULL; h++)
    {
      if ((*h)[0] == '=' ? strcmp (cell, *h + 1) == 0 : strstr (cell, *h) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* The separator of a line that looks like a table row, or 0. */
static char
line_separator (const char *t, gsize s, gsize e)
{
  guint tabs = 0, semis = 0, pipes = 0, commas = 0;

  for (gsize i = s; i < e; i++)
    switch (t[i])
      {
      case '\t':
        tabs++;
        break;
      case ';':
        semis++;
        break;
      case '|':
        pipes++;
        break;
      case ',':
        commas++;
        break;
      default:
        break;
      }
  if (tabs >= 1)
    return '\t';
  if (semis >= 2)
    return ';';
  if (pipes >= 2)
    return '|';
  if (commas >= 2)
    return ',';
  return 0;
}

static guint
split_cells (const char *t, gsize s, gsize e, char sep, Cell *cells, guint max)
{
  guint n = 0;
  gsize i = s;

  /* Markdown: "| a | b |" has no cell before the first bar or after the last. */
  if (sep == '|')
    {
      while (i < e && t[i] == ' ')
        i++;
      if (i < e && t[i] == '|')
        i++;
      while (e > i && (t[e - 1] == ' ' || t[e - 1] == '\r'))
        e--;
      if (e > i && t[e - 1] == '|')
        e--;
    }
  while (i <= e && n < max)
    {
      gsize cs = i;
      gboolean quoted = FALSE;
      while (i < e && (t[i] != sep || quoted))
        {
          if (t[i] == '"')
            quoted = !quoted;
          i++;
        }
      gsize ce = i;
      while (cs < ce && (t[cs] == ' ' || t[cs] == '"' || t[cs] == '\r'))
        cs++;
      while (ce > cs && (t[ce - 1] == ' ' || t[ce - 1] == '"' || t[ce - 1] == '\r'))
        ce--;
      cells[n].start = cs;
      cells[n].end = ce;
      n++;
      i++;
    }
  return n;
}

/* Index of the first finding ending after pos. */
static guint
first_finding_after (GArray *findings, gsize pos)
{
  guint lo = 0, hi = findings->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (g_array_index (findings, VoileFinding, mid).end <= pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void
apply_to_cell (const char *t, const Cell *cell, const VoileColumnRule *rule, GArray *findings,
               guint sorted_len, GArray *added)
{
  guint k = first_finding_after (findings, cell->start);

  /* findings[0..sorted_len) is sorted; later entries are our own additions. */
  if (k > sorted_len)
    k = sorted_len;
  if (rule->check == NULL)
    {
      for (; k < sorted_len; k++)
        {
          VoileFinding *f = &g_array_index (findings, VoileFinding, k);
          if (f->start >= cell->end)
            break;
          if (f->type == VOILE_TYPE_DATE && f->end <= cell->end)
            {
              f->type = rule->type;
              f->confidence = MAX (f->confidence, rule->confidence);
            }
        }
      return;
    }
  if (k < sorted_len && g_array_index (findings, VoileFinding, k).start < cell->end)
    return; /* the cell already holds something */
  if (!rule->check (t + cell->start, cell->end - cell->start))
    return;
  VoileFinding f = { rule->type, cell->start, cell->end, rule->confidence, 0 };
  g_array_append_val (added, f);
}

void
voile_tables_apply (const char *text, gsize len, guint32 type_mask, GArray *findings)
{
  g_autoptr (GArray) added = g_array_new (FALSE, FALSE, sizeof (VoileFinding));
  Cell cells[MAX_COLUMNS];
  const VoileColumnRule *columns[MAX_COLUMNS];
  gsize pos = 0;

  while (pos < len)
    {
      const char *nl = memchr (text + pos, '\n', len - pos);
      gsize line_end = nl != NULL ? (gsize) (nl - text) : len;
      gsize next = line_end + 1;
      char sep = line_separator (text, pos, line_end);

      if (sep != 0)
        {
          guint n = split_cells (text, pos, line_end, sep, cells, MAX_COLUMNS);
          gboolean any = FALSE;

          for (guint c = 0; c < n; c++)
            {
              gsize cl = cells[c].end - cells[c].start;
              char lower[MAX_HEADER_CELL + 1];

              columns[c] = NULL;
              if (cl == 0 || cl > MAX_HEADER_CELL
                  || count_digits (text + cells[c].start, cl) > 0)
                continue;
              /* "len(customers)" is code, not a column name. */
              gboolean word_like = TRUE;
              for (gsize i = 0; i < cl && word_like; i++)
                word_like = strchr ("()=<>{}[]$;", text[cells[c].start + i]) == NULL
                            || text[cells[c].start + i] == '\0';
              if (!word_like)
                continue;
              for (gsize i = 0; i < cl; i++)
                lower[i] = g_ascii_tolower (text[cells[c].start + i]);
              lower[cl] = '\0';
              for (gsize r = 0; r < G_N_ELEMENTS (column_rules); r++)
                if ((type_mask & VOILE_TYPE_BIT (column_rules[r].type))
                    && header_matches (lower, column_rules[r].headers))
                  {
                    columns[c] = &column_rules[r];
                    any = TRUE;
                    break;
                  }
            }
          if (any)
            {
              guint header_cells = n;
              /* The rows below, as long as they are rows of the same table. */
              while (next < len)
                {
                  const char *nl2 = memchr (text + next, '\n', len - next);
                  gsize row_end = nl2 != NULL ? (gsize) (nl2 - text) : len;
                  Cell row[MAX_COLUMNS];
                  if (line_separator (text, next, row_end) != sep)
                    break;
                  guint m = split_cells (text, next, row_end, sep, row, MAX_COLUMNS);
                  if (sep == ',' ? m != header_cells : m + 1 < header_cells)
                    break;
                  for (guint c = 0; c < MIN (m, header_cells); c++)
                    if (columns[c] != NULL && row[c].end > row[c].start)
                      apply_to_cell (text, &row[c], columns[c], findings, findings->len, added);
                  next = row_end + 1;
                }
            }
        }
      pos = next;
    }
  g_array_append_vals (findings, added->data, added->len);
}

/* Does word occur in s as a whole word ("dob" but not "adobe")? */
static gboolean
has_word (const char *s, const char *word)
{
  gsize n = strlen (word);
  for (const char *p = strstr (s, word); p != NULL; p = strstr (p + 1, word))
    {
      gboolean before = p == s || !g_ascii_isalpha (p[-1]);
      gboolean after = !g_ascii_isalpha (p[n]);
      if (before && after)
        return TRUE;
    }
  return FALSE;
}

void
voile_tables_promote_birth_dates (const char *text, gsize len, GArray *findings)
{
  static const char *const words[] = { "naissance", "birth", "date of birth", "birthday", "dob",
                                       "d.o.b", "né le", "née le", "né(e) le", "born", "ddn",
                                       NULL };
  static const char *const not_birth_dates[] = { "place of birth", "lieu de naissance",
                                                 "country of birth", "pays de naissance",
                                                 "birthplace", "ville de naissance",
                                                 "city of birth", "nom de naissance",
                                                 "birth name", "birth certificate",
                                                 "acte de naissance", NULL };
  gsize previous_end = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      gboolean is_date = f->type == VOILE_TYPE_DATE;

      if (is_date)
        {
          gsize from = f->start > 120 ? f->start - 120 : 0;
          from = MAX (from, previous_end);
          gsize n = f->start - from;
          g_autofree char *window = g_ascii_strdown (text + from, (gssize) n);
          /* g_ascii_strdown stops at a NUL byte: fine, the window only gets shorter. */
          /* "Place of birth: Lagos" names a town, the next date is something else. */
          for (const char *const *x = not_birth_dates; *x != NULL; x++)
            for (char *p = strstr (window, *x); p != NULL; p = strstr (p + 1, *x))
              memset (p, ' ', strlen (*x));
          for (const char *const *w = words; *w != NULL; w++)
            if (has_word (window, *w))
              {
                f->type = VOILE_TYPE_DATE_OF_BIRTH;
                f->confidence = MAX (f->confidence, 0.9f);
                break;
              }
        }
      if (is_date || f->type == VOILE_TYPE_DATE_OF_BIRTH)
        previous_end = f->end;
    }
}
