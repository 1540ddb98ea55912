/* voile-name-fields.c — names and cities in structured text: CSV/TSV exports with a
 * header, "Key : value" lines, JSON fields and SQL INSERT statements.
 *
 * The header or key says what a value is ("prénom", "last_name", "client", "ville"); the
 * value is then judged by voile_name_collector_add_field(). Values of one row, object or
 * tuple form a record, so that a first-name field and a last-name field are one person.
 */
#include "config.h"

#include "voile-name-lexicon.h"
#include "voile-name-private.h"

#include <string.h>

#define MAX_COLUMNS 64
#define MAX_KEY_LEN 48
#define MAX_VALUE_LEN 120
#define MAX_HEADER_LEN 4096

struct _VoileFieldState
{
  gboolean in_table; /* rows follow a header we understood */
  char delimiter;
  guint n_columns;
  guint8 kinds[MAX_COLUMNS]; /* VoileFieldKind per column */
  gboolean record_open;      /* "Key: value" lines or a JSON object */
};

VoileFieldState *
voile_field_state_new (void)
{
  return g_new0 (VoileFieldState, 1);
}

void
voile_field_state_free (VoileFieldState *state)
{
  g_free (state);
}

/* ---- keys --------------------------------------------------------------------------- */

VoileFieldKind
voile_name_classify_key (const char *key, gsize len, gboolean *is_from)
{
  guint32 all = 0;
  guint words = 0;
  gsize i = 0;

  if (is_from != NULL)
    *is_from = FALSE;
  if (len == 0 || len > MAX_KEY_LEN)
    return VOILE_FIELD_NONE;

  /* Words split at non-letters and at camelCase humps: "firstName", "nom_client". */
  while (i < len)
    {
      gsize start;

      while (i < len && !(g_ascii_isalpha (key[i]) || (guchar) key[i] >= 0x80))
        {
          if (g_ascii_isdigit (key[i]))
            return VOILE_FIELD_NONE; /* "name2", "adresse1": not worth the risk */
          i++;
        }
      if (i >= len)
        break;
      start = i++;
      while (i < len && (g_ascii_islower (key[i]) || (guchar) key[i] >= 0x80
                         || (g_ascii_isupper (key[i]) && g_ascii_isupper (key[i - 1])
                             && !(i + 1 < len && g_ascii_islower (key[i + 1])))))
        i++;
      if (++words > 4)
        return VOILE_FIELD_NONE;
      all |= voile_name_context_word (key + start, i - start);
    }

  if (all & VOILE_CONTEXT_THING_KEY)
    return VOILE_FIELD_NONE;
  if (all & VOILE_CONTEXT_CITY_KEY)
    return VOILE_FIELD_CITY;
  if ((all & VOILE_CONTEXT_FIRST_KEY) && (all & VOILE_CONTEXT_PERSON_KEY))
    return VOILE_FIELD_FIRST; /* "prénom", "first_name", "given name" */
  if ((all & VOILE_CONTEXT_LAST_KEY) && (all & VOILE_CONTEXT_PERSON_KEY))
    {
      /* "nom complet", "full name" hold whole names; "nom", "last_name" the surname. */
      return words == 1 || (all & VOILE_CONTEXT_FIRST_KEY) == 0 ? VOILE_FIELD_LAST
                                                                 : VOILE_FIELD_PERSON;
    }
  if (all & VOILE_CONTEXT_PERSON_KEY)
    {
      /* A bare "name" also names products and packages. */
      gboolean bare = words == 1 && len >= 4 && g_ascii_strncasecmp (key, "name", 4) == 0;
      return bare ? VOILE_FIELD_NAME : VOILE_FIELD_PERSON;
    }
  if ((all & VOILE_CONTEXT_FROM_KEY) && words == 1)
    {
      if (is_from != NULL)
        *is_from = TRUE;
      return VOILE_FIELD_NAME;
    }
  return VOILE_FIELD_NONE;
}

/* ---- CSV ---------------------------------------------------------------------------- */

/* Splits text[start..end) at delim, honouring double quotes; bounds of up to max fields go
 * to starts/ends (quotes excluded). Returns the field count (max + 1 when more). */
static guint
split_row (const char *text, gsize start, gsize end, char delim, gsize *starts, gsize *ends,
           guint max)
{
  guint n = 0;
  gsize p = start;

  while (p <= end)
    {
      gsize fs = p, fe;

      if (p < end && text[p] == '"')
        {
          fs = ++p;
          while (p < end && !(text[p] == '"' && (p + 1 >= end || text[p + 1] != '"')))
            p += text[p] == '"' ? 2 : 1;
          fe = p;
          while (p < end && text[p] != delim)
            p++;
        }
      else
        {
          while (p < end && text[p] != delim)
            p++;
          fe = p;
        }
      if (n == max)
        return max + 1;
      starts[n] = fs;
      ends[n] = fe;
      n++;
      p++;
    }
  return n;
}

static char
guess_delimiter (const char *text, gsize start, gsize end)
{
  static const char candidates[] = { '\t', ';', ',', '|' };
  guint best_count = 0;
  char best = 0;

  for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
    {
      guint count = 0;
      for (gsize p = start; p < end; p++)
        count += text[p] == candidates[k];
      if (count > best_count)
        best_count = count, best = candidates[k];
    }
  return best;
}

static void
trim (const char *text, gsize *start, gsize *end)
{
  while (*start < *end && g_ascii_isspace (text[*start]))
    (*start)++;
  while (*end > *start && g_ascii_isspace (text[*end - 1]))
    (*end)--;
}

/* "Email", "e-mail", "Téléphone", "phone", "mobile": a column of contact details. */
static gboolean
header_is_contact (const char *key, gsize len)
{
  static const char *const words[] = { "mail", "phone", "tel", "mobile", "portable" };
  g_autofree char *down = g_ascii_strdown (key, len);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (down, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* A header: 2+ short fields, at least one naming a person or a city. */
static gboolean
try_header (VoileFieldState *st, const char *text, gsize start, gsize end)
{
  gsize starts[MAX_COLUMNS], ends[MAX_COLUMNS];
  gboolean useful = FALSE;
  char delim;
  guint n;

  if (end - start > MAX_HEADER_LEN)
    return FALSE;
  delim = guess_delimiter (text, start, end);
  if (delim == 0)
    return FALSE;
  n = split_row (text, start, end, delim, starts, ends, MAX_COLUMNS);
  if (n < 2 || n > MAX_COLUMNS)
    return FALSE;
  gboolean first = FALSE, last = FALSE, whole = FALSE, contact = FALSE;
  for (guint i = 0; i < n; i++)
    {
      trim (text, &starts[i], &ends[i]);
      if (ends[i] - starts[i] > MAX_KEY_LEN || memchr (text + starts[i], '@', ends[i] - starts[i]))
        return FALSE;
      st->kinds[i] = voile_name_classify_key (text + starts[i], ends[i] - starts[i], NULL);
      useful |= st->kinds[i] != VOILE_FIELD_NONE;
      first |= st->kinds[i] == VOILE_FIELD_FIRST;
      last |= st->kinds[i] == VOILE_FIELD_LAST;
      whole |= st->kinds[i] == VOILE_FIELD_NAME || st->kinds[i] == VOILE_FIELD_PERSON;
      contact |= header_is_contact (text + starts[i], ends[i] - starts[i]);
    }
  if (!useful)
    return FALSE;
  /* A table of people: its name columns take any name. */
  if ((first && last) || ((first || last || whole) && contact))
    for (guint i = 0; i < n; i++)
      if (st->kinds[i] != VOILE_FIELD_NONE && st->kinds[i] != VOILE_FIELD_CITY)
        st->kinds[i] |= VOILE_FIELD_RELAXED;
  st->in_table = TRUE;
  st->delimiter = delim;
  st->n_columns = n;
  return TRUE;
}

static gboolean
table_row (VoileNameCollector *c, VoileFieldState *st, gsize start, gsize end)
{
  gsize starts[MAX_COLUMNS], ends[MAX_COLUMNS];
  guint n = split_row (c->text, start, end, st->delimiter, starts, ends, MAX_COLUMNS);

  if (n < 2 || n + 2 < st->n_columns)
    return FALSE;
  voile_name_collector_begin_record (c);
  for (guint i = 0; i < n && i < st->n_columns; i++)
    if (st->kinds[i] != VOILE_FIELD_NONE)
      voile_name_collector_add_field (c, starts[i], ends[i], st->kinds[i]);
  voile_name_collector_end_record (c);
  return TRUE;
}

/* ---- "Key : value" and JSON ----------------------------------------------------------- */

static void
open_record (VoileNameCollector *c, VoileFieldState *st)
{
  if (!st->record_open)
    {
      voile_name_collector_begin_record (c);
      st->record_open = TRUE;
    }
}

static void
close_record (VoileNameCollector *c, VoileFieldState *st)
{
  if (st->record_open)
    {
      voile_name_collector_end_record (c);
      st->record_open = FALSE;
    }
}

/* Adds the items of a value: "Gillian Ormerod (Chair), Rajesh Pillai et Ade Ogunleye". */
static void
add_value_items (VoileNameCollector *c, gsize vs, gsize ve, VoileFieldKind kind)
{
  const char *text = c->text;
  gsize item = vs, p = vs;
  guint depth = 0;

  while (p <= ve)
    {
      gboolean split = p == ve;
      gsize skip = 1;

      if (!split)
        {
          char ch = text[p];
          if (ch == '(' || ch == '[')
            {
              if (depth++ == 0 && p > item)
                voile_name_collector_add_field (c, item, p, kind);
              p++;
              continue;
            }
          if ((ch == ')' || ch == ']') && depth > 0)
            {
              if (--depth == 0)
                item = p + 1;
              p++;
              continue;
            }
          if (depth > 0)
            {
              p++;
              continue;
            }
          split = ch == ',' || ch == ';' || ch == '&' || ch == '/' || ch == '+';
          if (!split && ch == ' ' && p + 4 <= ve
              && (memcmp (text + p, " et ", 4) == 0
                  || (p + 5 <= ve && memcmp (text + p, " and ", 5) == 0)))
            {
              split = TRUE;
              skip = text[p + 1] == 'e' ? 3 : 4;
            }
        }
      if (split)
        {
          if (p > item)
            voile_name_collector_add_field (c, item, p, kind);
          item = p + skip;
          p += skip;
          continue;
        }
      p++;
    }
}

/* "Nom : Dupont", "- Patient: ROBERT Firmin", "De : Marie Dupont <marie@…>",
 * "name = Ghazal Mirzaei", "Nom de naissance ..... KERBRAT", and several per line when
 * wide spaces separate them ("Nom : MORVAN      Prénom : Loïc"). */
static void
key_value_line (VoileNameCollector *c, VoileFieldState *st, gsize start, gsize end)
{
  const char *text = c->text;
  gsize ks = start;

  for (guint pairs = 0; pairs < 4 && ks < end; pairs++)
    {
      gsize sep, vs, ve;
      gboolean is_from;
      VoileFieldKind kind;

      while (ks < end && (g_ascii_isspace (text[ks]) || strchr ("-*>#|", text[ks]) != NULL))
        ks++;
      if (ks >= end || text[ks] == '"' || text[ks] == '{')
        return; /* JSON: see json_fields() */
      for (sep = ks; sep < end && sep - ks <= MAX_KEY_LEN; sep++)
        {
          char ch = text[sep];
          if (ch == ':' || ch == '=' || (ch == '.' && sep + 2 < end && text[sep + 1] == '.'
                                         && text[sep + 2] == '.'))
            break;
          if (ch == ',' || ch == ';' || ch == '(' || ch == '"' || ch == '<' || ch == '>')
            return;
        }
      if (sep >= end || sep - ks > MAX_KEY_LEN || sep == ks)
        return;
      kind = voile_name_classify_key (text + ks, sep - ks, &is_from);

      vs = sep + 1;
      while (vs < end && (text[vs] == '.' || text[vs] == ' ' || text[vs] == '\t'))
        vs++;
      /* The value ends at an e-mail, a pipe, a tab or a wide space (the next pair). */
      for (ve = vs; ve < end; ve++)
        if (strchr ("<|\t\"", text[ve]) != NULL
            || (text[ve] == ' ' && ve + 1 < end && text[ve + 1] == ' '))
          break;
      if (kind != VOILE_FIELD_NONE)
        {
          if (is_from && (ve == end || text[ve] != '<'))
            kind = VOILE_FIELD_NAME;
          open_record (c, st);
          add_value_items (c, vs, ve, kind);
        }
      /* Another pair after a wide space or a tab? */
      while (ve < end && text[ve] != ' ' && text[ve] != '\t')
        ve++;
      if (ve + 1 >= end || !(text[ve] == '\t' || text[ve + 1] == ' '))
        return;
      ks = ve;
    }
}

/* "first_name": "Marie" — any number per line; '{' and '}' bound records. */
static void
json_fields (VoileNameCollector *c, VoileFieldState *st, gsize start, gsize end)
{
  const char *text = c->text;
  gsize p = start;

  while (p < end)
    {
      char ch = text[p];

      if (ch == '{')
        {
          close_record (c, st);
          open_record (c, st);
          p++;
          continue;
        }
      if (ch == '}')
        {
          close_record (c, st);
          p++;
          continue;
        }
      if (ch != '"')
        {
          p++;
          continue;
        }

      /* A quoted key, then ':' and a quoted value. */
      gsize ks = p + 1, ke = ks;
      while (ke < end && text[ke] != '"' && ke - ks <= MAX_KEY_LEN)
        ke++;
      if (ke >= end || text[ke] != '"')
        {
          p = ke;
          continue;
        }
      gsize q = ke + 1;
      while (q < end && text[q] == ' ')
        q++;
      if (q >= end || text[q] != ':')
        {
          p = ke + 1;
          continue;
        }
      q++;
      while (q < end && text[q] == ' ')
        q++;
      if (q >= end || text[q] != '"')
        {
          p = q;
          continue;
        }
      gsize vs = q + 1, ve = vs;
      while (ve < end && text[ve] != '"' && text[ve] != '\\' && ve - vs <= MAX_VALUE_LEN)
        ve++;
      if (ve >= end || text[ve] != '"')
        {
          p = ve;
          continue;
        }
      VoileFieldKind kind = voile_name_classify_key (text + ks, ke - ks, NULL);
      if (kind != VOILE_FIELD_NONE)
        {
          open_record (c, st);
          voile_name_collector_add_field (c, vs, ve, kind);
        }
      p = ve + 1;
    }
}

/* ---- SQL INSERT ----------------------------------------------------------------------- */

static gsize
skip_space (const char *text, gsize p, gsize len)
{
  while (p < len && g_ascii_isspace (text[p]))
    p++;
  return p;
}

static gboolean
keyword_at (const char *text, gsize p, gsize len, const char *word)
{
  gsize n = strlen (word);
  return p + n <= len && g_ascii_strncasecmp (text + p, word, n) == 0
         && (p + n == len || !g_ascii_isalnum (text[p + n]));
}

/* A '…' literal at p ('' is a quote): its content bounds; returns the index after it. */
static gsize
sql_string (const char *text, gsize p, gsize len, gsize *vs, gsize *ve)
{
  *vs = ++p;
  while (p < len)
    {
      if (text[p] == '\'')
        {
          if (p + 1 < len && text[p + 1] == '\'')
            {
              p += 2;
              continue;
            }
          *ve = p;
          return p + 1;
        }
      p++;
    }
  *ve = len;
  return len;
}

/* INSERT INTO t (nom, prenom, …) VALUES ('Dupont', 'Marie', …), (…); */
static void
sql_insert (VoileNameCollector *c, gsize p)
{
  const char *text = c->text;
  gsize len = c->len;
  guint8 kinds[MAX_COLUMNS] = { 0 };
  guint n_columns = 0;

  p = skip_space (text, p + strlen ("insert"), len);
  if (!keyword_at (text, p, len, "into"))
    return;
  p = skip_space (text, p + 4, len);
  while (p < len && !g_ascii_isspace (text[p]) && text[p] != '(')
    p++;
  p = skip_space (text, p, len);
  if (p < len && text[p] == '(')
    {
      p++;
      while (p < len && text[p] != ')' && n_columns < MAX_COLUMNS)
        {
          gsize cs, ce;
          p = skip_space (text, p, len);
          cs = p;
          while (p < len && text[p] != ',' && text[p] != ')')
            p++;
          ce = p;
          while (cs < ce && strchr ("`\"[ ", text[cs]) != NULL)
            cs++;
          while (ce > cs && strchr ("`\"] \t\r\n", text[ce - 1]) != NULL)
            ce--;
          kinds[n_columns++] = voile_name_classify_key (text + cs, ce - cs, NULL);
          if (p < len && text[p] == ',')
            p++;
        }
      if (p >= len || text[p] != ')')
        return;
      p = skip_space (text, p + 1, len);
    }
  if (!keyword_at (text, p, len, "values"))
    return;
  p = skip_space (text, p + 6, len);

  while (p < len && text[p] == '(')
    {
      gsize str_start[2] = { 0 }, str_end[2] = { 0 };
      guint column = 0, strings = 0;

      p++;
      voile_name_collector_begin_record (c);
      while (p < len && text[p] != ')')
        {
          p = skip_space (text, p, len);
          if (p < len && text[p] == '\'')
            {
              gsize vs, ve;
              p = sql_string (text, p, len, &vs, &ve);
              if (column < n_columns && kinds[column] != VOILE_FIELD_NONE)
                voile_name_collector_add_field (c, vs, ve, kinds[column]);
              else if (n_columns == 0 && strings < 2)
                {
                  str_start[strings] = vs;
                  str_end[strings] = ve;
                  strings++;
                }
            }
          else
            {
              guint depth = 0;
              while (p < len && (depth > 0 || (text[p] != ',' && text[p] != ')')))
                {
                  depth += text[p] == '(';
                  depth -= depth > 0 && text[p] == ')';
                  p++;
                }
            }
          p = skip_space (text, p, len);
          if (p < len && text[p] == ',')
            {
              p++;
              column++;
            }
          else if (p < len && text[p] != ')')
            {
              voile_name_collector_end_record (c);
              return; /* not SQL we understand */
            }
        }
      /* No column list: the first two strings of the tuple, if they are a first name and
       * a surname ('Marie', 'Dupont'). */
      if (strings == 2)
        {
          guint f0 = voile_name_lookup_word (text + str_start[0], str_end[0] - str_start[0]);
          if ((f0 & VOILE_NAME_FIRST) && !(f0 & (VOILE_NAME_AMBIGUOUS | VOILE_NAME_PROPER))
              && voile_name_collector_add_field (c, str_start[0], str_end[0], VOILE_FIELD_FIRST))
            voile_name_collector_add_field (c, str_start[1], str_end[1], VOILE_FIELD_LAST);
        }
      voile_name_collector_end_record (c);
      if (p >= len)
        return;
      p = skip_space (text, p + 1, len);
      if (p < len && text[p] == ',')
        p = skip_space (text, p + 1, len);
      else
        return;
    }
}

/* ---- entry point ---------------------------------------------------------------------- */

void
voile_name_find_fields (VoileNameCollector *c, VoileFieldState *st, gsize line_start,
                        gsize line_end)
{
  const char *text = c->text;
  gsize s = line_start;

  while (s < line_end && g_ascii_isspace (text[s]))
    s++;
  if (s >= line_end)
    {
      /* A blank line ends a table and a block of "Key: value" lines. */
      st->in_table = FALSE;
      close_record (c, st);
      return;
    }

  if (st->in_table)
    {
      if (table_row (c, st, line_start, line_end))
        return;
      st->in_table = FALSE;
    }
  if (keyword_at (text, s, c->len, "insert"))
    {
      sql_insert (c, s);
      return;
    }
  if (memchr (text + s, ':', line_end - s) == NULL && memchr (text + s, '{', line_end - s) == NULL
      && memchr (text + s, '}', line_end - s) == NULL && try_header (st, text, s, line_end))
    {
      close_record (c, st);
      return;
    }
  key_value_line (c, st, line_start, line_end);
  if (memchr (text + s, '"', line_end - s) != NULL)
    json_fields (c, st, s, line_end);
}
