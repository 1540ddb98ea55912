/* voile-example-values.c — values a document says are no one's (see the header). */
/* memrchr(), memmem() */
#define _GNU_SOURCE
#include "config.h"

#include "voile-example-values.h"
#include "voile-person-nouns.h"

#include "voile-ascii.h"
#include "voile-engine.h"
#include "voile-findings.h"
#include "voile-validators.h"
#include "voile-word-before.h"

#include <string.h>

/* The opening read for a declaration: a fixture's or a test plan's header comes first. */
#define OPENING_BYTES 1024
#define OPENING_LINES 8

static gboolean
is_word_byte (guchar c)
{
  return g_ascii_isalnum (c) || c >= 0x80;
}

/* Where does one of the words start in the lower-cased line[0, n), at from to before last? A
 * word ending in '*' is a stem (any end); the others end where the line's word ends. Words may
 * hold spaces ("on purpose"). Sets *end past the word; G_MAXSIZE when none does. */
static gsize
line_find (const char *line, gsize n, gsize from, gsize last, const char *const *words, gsize *end)
{
  gsize to = n;
  for (gsize i = from; i < MIN (last, n); i++)
    {
      if (i > 0 && is_word_byte ((guchar)line[i - 1]))
        continue;
      for (const char *const *w = words; *w != NULL; w++)
        {
          gsize wl = strlen (*w);
          gboolean stem = (*w)[wl - 1] == '*';
          if (stem)
            wl--;
          if (line[i] == (*w)[0] && i + wl <= to && memcmp (line + i, *w, wl) == 0
              && (stem || i + wl == to || !is_word_byte ((guchar)line[i + wl])))
            {
              *end = i + wl;
              return i;
            }
        }
    }
  return G_MAXSIZE;
}

/* Does a word of b follow a word of a within gap bytes after it ("ids are fake": a noun, then
 * what the values are)? Every a of the line is tried. */
static gboolean
line_has_then (const char *line, gsize n, const char *const *a, const char *const *b, gsize gap)
{
  gsize end, b_end;
  for (gsize at = line_find (line, n, 0, n, a, &end); at != G_MAXSIZE;
       at = line_find (line, n, at + 1, n, a, &end))
    {
      /* skip the rest of a stem's word */
      while (end < n && is_word_byte ((guchar)line[end]))
        end++;
      if (line_find (line, n, end, end + gap, b, &b_end) != G_MAXSIZE)
        return TRUE;
    }
  return FALSE;
}

/* "every line must be REJECTED", "Toutes les valeurs ci-dessous sont FAUSSES et doivent être
 * rejetées", "(ALL INVALID on purpose)", "none of these are real accounts", "all ids are fake",
 * "dummy values": the values' noun and, after it, what they are (or the adjective right before
 * it). Being rejected or invalid is what a user's real file may be too ("every line of my file
 * was rejected by the bank"): it declares examples only as what the values must be, or when said
 * to be on purpose. "Hi all, a fake invoice quoting our customer numbers" declares nothing. */
/* The predicates' common parts, found by the library's fast search first: most opening lines
 * hold none, and the ordered reading below costs a few hundred thousand instructions a KB. */
static gboolean
line_may_declare (const char *line, gsize n)
{
  static const char *const hints[]
      = { "fake",  "fictif", "fictiv",     "fictitious", "dummy",  "made",  "invent",
          "bogus", "synth",  "imaginaire", "invalid",    "reject", "rejet", "refus",
          "real",  "réel",   "reel",       "faus",       "faux",   NULL };
  for (const char *const *h = hints; *h != NULL; h++)
    if (memmem (line, n, *h, strlen (*h)) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
line_declares_examples (const char *line, gsize n)
{
  static const char *const quantifiers[]
      = { "all", "every", "each", "none", "toutes", "tous", "aucune", "aucun", "chaque", NULL };
  static const char *const nouns[]
      = { "value*",  "valeur*", "id",      "ids",     "identifier*", "identifiant*",
          "number*", "numéro*", "numero*", "data",    "donnée*",     "donnee*",
          "line",    "lines",   "ligne",   "lignes",  "entry",       "entries",
          "entrée*", "record",  "records", "vector*", "sample*",     "échantillon*",
          "row",     "rows",    NULL };
  static const char *const fictitious[]
      = { "fake",  "fakes",     "fictitious",  "fictif*",      "fictiv*",
          "dummy", "made-up",   "made up",     "invented",     "inventé*",
          "bogus", "synthetic", "imaginaire*", "synthétique*", NULL };
  static const char *const rejected[] = { "invalid*", "reject*", "rejet*", "refus*", NULL };
  static const char *const modals[] = { "must",    "should", "shall",    "doivent",  "doit",
                                        "devront", "devra",  "expected", "attendu*", NULL };
  static const char *const on_purpose[]
      = { "on purpose",     "deliberately", "intentionally", "by design", "exprès",
          "volontairement", "à dessein",    "délibérément",  NULL };
  /* (session 25, g25-clean) French "faux" only with a quantifier: "Toutes les valeurs
   * ci-dessous sont FAUSSES" declares; "le numéro client indiqué est faux" is a customer's
   * correction of their own number */
  static const char *const false_fr[] = { "faux", "fausse", "fausses", NULL };
  static const char *const none[] = { "none", "aucune", "aucun", NULL };
  static const char *const real[] = { "real", "réel*", "reel*", NULL };

  if (!line_may_declare (line, n))
    return FALSE;

  if (line_has_then (line, n, nouns, fictitious, 60)
      || line_has_then (line, n, fictitious, nouns, 2))
    return TRUE;
  if (line_has_then (line, n, nouns, modals, 40) && line_has_then (line, n, modals, rejected, 20))
    return TRUE;
  gsize end;
  if (line_has_then (line, n, quantifiers, nouns, 12)
      && line_has_then (line, n, nouns, false_fr, 40))
    return TRUE;
  /* (session 26, g26-clean) the adverb before its adjective too: "every value below is
   * deliberately INVALID", "Toutes les valeurs … sont volontairement INVALIDES" */
  if ((line_has_then (line, n, rejected, on_purpose, 20)
       || line_has_then (line, n, on_purpose, rejected, 2))
      && line_find (line, n, 0, n, quantifiers, &end) != G_MAXSIZE)
    return TRUE;
  return line_has_then (line, n, none, real, 60);
}

gboolean
voile_example_values_declared (const char *text, gsize len)
{
  /* Lower-cased by hand (ASCII, and Latin-1's capitals "É", "À" as UTF-8 writes them: 0xC3
   * then 0x80-0x9E), line by line: glib's UTF-8 case folding cost a thousand instructions a
   * character here. */
  char line[OPENING_BYTES];
  gsize n = MIN (len, (gsize)OPENING_BYTES), i = 0;

  for (guint lines = 0; lines < OPENING_LINES && i < n; lines++)
    {
      gsize k = 0;
      for (; i < n && text[i] != '\n'; i++)
        {
          guchar c = (guchar)text[i];
          if (c >= 'A' && c <= 'Z')
            c += 'a' - 'A';
          else if (c >= 0x80 && c <= 0x9E && c != 0x97 && k > 0 && (guchar)line[k - 1] == 0xC3)
            c += 0x20;
          line[k++] = (char)c;
        }
      if (line_declares_examples (line, k))
        return TRUE;
      i++; /* the line's break */
    }
  return FALSE;
}

/* `naissance: { type: string, format: date, example: "1970-01-01" }`, `"examples":
 * [{"date_naissance": "2025-01-01"}]`: a schema's or an API document's example key earlier on
 * the value's line (a key: the word in lower case, maybe a quote, then the colon at once;
 * prose's "Exemple : l'enfant …, née le …" is no key). Reads 300 bytes back. */
static gboolean
under_example_key (const char *t, gsize start)
{
  static const char *const keys[]
      = { "example", "examples", "exemple", "exemples", "default", NULL };
  gsize lo = start > 300 ? start - 300 : 0;
  const char *nl = start > lo ? memrchr (t + lo, '\n', start - lo) : NULL;
  gsize ls = nl != NULL ? (gsize)(nl - t) + 1 : lo;
  /* the keys' common parts first, with the library's fast search: most lines hold none */
  if (memmem (t + ls, start - ls, "xampl", 5) == NULL
      && memmem (t + ls, start - ls, "xempl", 5) == NULL
      && memmem (t + ls, start - ls, "default", 7) == NULL)
    return FALSE;
  for (gsize i = ls; i < start; i++)
    {
      if (!g_ascii_isalpha (t[i]) || (i > ls && g_ascii_isalnum (t[i - 1])))
        continue;
      gsize e = i;
      while (e < start && g_ascii_isalpha (t[e]))
        e++;
      if (!voile_word_in (t + i, e - i, keys))
        {
          i = e;
          continue;
        }
      gsize k = e;
      if (k < start && (t[k] == '"' || t[k] == '\''))
        k++;
      if (k < start && t[k] == ':')
        return TRUE;
      i = e;
    }
  return FALSE;
}

/* "(1867-1921)", "1914–1918": two years joined by a dash, the second later and at most a
 * lifetime and a half after the first, are a period, no reference. */
static gboolean
is_year_span (const char *t, gsize n)
{
  gsize dash;
  if (n == 9 && t[4] == '-')
    dash = 1;
  else if (n == 11 && memcmp (t + 4, "\xe2\x80\x93", 3) == 0)
    dash = 3;
  else
    return FALSE;
  guint a = 0, b = 0;
  for (gsize i = 0; i < 4; i++)
    {
      if (!g_ascii_isdigit (t[i]) || !g_ascii_isdigit (t[4 + dash + i]))
        return FALSE;
      a = a * 10 + (guint)(t[i] - '0');
      b = b * 10 + (guint)(t[4 + dash + i] - '0');
    }
  return a >= 1000 && b <= 2199 && b > a && b - a <= 150;
}

/* (session 24, g24-clean) Two to four capitals glued to a year alone ("RE2020", "RT2012" a
 * building regulation, "TY2025" a tax year, "FY2026", "PLU2024"): a year's label — a rule's,
 * a season's, a budget's — no one's file, which holds a sequence beside its year. */
static gboolean
is_year_label (const char *t, gsize n)
{
  if (n < 6 || n > 8)
    return FALSE;
  gsize k = n - 4;
  for (gsize i = 0; i < k; i++)
    if (!g_ascii_isupper (t[i]))
      return FALSE;
  guint y = 0;
  for (gsize i = k; i < n; i++)
    {
      if (!g_ascii_isdigit (t[i]))
        return FALSE;
      y = y * 10 + (guint)(t[i] - '0');
    }
  return y >= 1950 && y <= 2099;
}

/* "Policy HR-ER-03, version 6", "Procédure QUA-PR-007 (v4)", "SOP-114 rev. C": a reference
 * followed by its version numbers a document a firm revises, no person's file. */
static gboolean
before_version (const char *t, gsize len, gsize end)
{
  static const char *const words[]
      = { "version", "ver", "v", "rev", "révision", "revision", "rév", "édition", NULL };
  gsize i = end;
  if (i < len && t[i] == ',')
    i++;
  if (i < len && t[i] == ' ')
    i++;
  if (i < len && t[i] == '(')
    i++;
  gsize s = i;
  while (i < len && i - s < 12 && (g_ascii_isalpha (t[i]) || (guchar)t[i] >= 0x80))
    i++;
  if (i == s || !voile_ascii_word_in (t + s, i - s, words))
    return FALSE;
  gboolean v = i - s == 1;
  if (i < len && t[i] == '.')
    i++;
  if (!v && i < len && t[i] == ' ')
    i++;
  if (i >= len)
    return FALSE;
  if (g_ascii_isdigit (t[i]))
    while (
        i < len
        && (g_ascii_isdigit (t[i]) || (t[i] == '.' && i + 1 < len && g_ascii_isdigit (t[i + 1]))))
      i++;
  else if (!v && g_ascii_isupper (t[i])) /* "rev. C": a revision's letter alone */
    i++;
  else
    return FALSE;
  /* the version closes its phrase ("version 6" at the line's end, "(v4)", "rev. C,", "version 4
   * (approved …)", "version 3."); "(v2 of the claim form …)", "version 2 de la fiche" speak of
   * another document */
  gsize j = i;
  while (j < len && j - i < 40 && t[j] == ' ')
    j++;
  if (j == len || t[j] == '\n' || t[j] == '\r' || t[j] == ')' || t[j] == ',' || t[j] == ';'
      || t[j] == '|' || (t[j] == '(' && j > i))
    return TRUE;
  /* "version 3." ending its sentence */
  return t[j] == '.' && j == i && (j + 1 == len || t[j + 1] == ' ' || t[j + 1] == '\n');
}

/* (session 25, g25-clean) "Policy FIN-210", "per policy PRV-08", "Medical Policy MP-RAD-031",
 * "procédure QUA-PR-007": a code of capitals and dashes whose digits are two or three, right
 * after a word naming an organisation's rule book (policy, procedure, protocol, guideline,
 * directive, standard), is that document's own number. A person's insurance policy or a court's
 * procedure holds a long number ("policy HX-22871093", "Procédure n° 2025/00412"). */
static gboolean
is_document_code (const char *t, gsize start, gsize end)
{
  static const char *const words[]
      = { "policy",    "policies",  "procedure", "procédure", "protocol", "protocole",
          "guideline", "directive", "standard",  "politique", "sop",      NULL };
  guint digits = 0, letters = 0;
  if (end - start > 16)
    return FALSE;
  for (gsize i = start; i < end; i++)
    if (g_ascii_isdigit (t[i]))
      digits++;
    else if (g_ascii_isupper (t[i]))
      letters++;
    else if (t[i] != '-')
      return FALSE;
  if (digits < 2 || digits > 3 || letters < 2 || !g_ascii_isdigit (t[end - 1]))
    return FALSE;
  /* the word right before, one blank between */
  if (start < 2 || t[start - 1] != ' ')
    return FALSE;
  return voile_word_before_in (t, start - 1, 10, VOILE_WORD_UTF8, words);
}

/* (session 25, g25-clean) A birth date no one alive can have: a year from 2090 (a
 * placeholder's "31/12/2099", "9999-12-31", a test's "born in the future"), the four digits
 * of its year read as a whole number. Other calendars' years are no placeholders: Nepal's
 * Bikram Sambat (2026 is 2082-2083: "DOB 2071-01-22 B.S.") and Thailand's Buddhist era
 * (2400-2599) date living people. */
static gboolean
birth_year_impossible (const char *t, gsize n)
{
  for (gsize i = 0; i + 4 <= n; i++)
    if ((i == 0 || !g_ascii_isdigit (t[i - 1])) && g_ascii_isdigit (t[i])
        && g_ascii_isdigit (t[i + 1]) && g_ascii_isdigit (t[i + 2]) && g_ascii_isdigit (t[i + 3])
        && (i + 4 == n || !g_ascii_isdigit (t[i + 4])))
      {
        guint y = (guint)((t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10
                          + (t[i + 3] - '0'));
        return (y >= 2090 && y < 2400) || y >= 2600;
      }
  return FALSE;
}

/* (session 25, g25-clean) "Assuré né en 1964", "customer born 1989", "l'homonyme est né en
 * 1961": a year alone is a generation's, no birth date (the corpus marks none). */
static gboolean
is_lone_year (const char *t, gsize n)
{
  return n == 4 && g_ascii_isdigit (t[0]) && g_ascii_isdigit (t[1]) && g_ascii_isdigit (t[2])
         && g_ascii_isdigit (t[3]);
}

/* "| dispute (fraudulent) | 4000 0000 0000 0259 |": a processor's published test card (a valid
 * card number of a test series, written in groups or whole) that the card's rule left as
 * documentation is no reference either, whatever case word stands before it. */
static gboolean
is_test_card (const char *t, gsize n)
{
  char d[24];
  gsize k = 0;
  for (gsize i = 0; i < n; i++)
    if (g_ascii_isdigit (t[i]))
      {
        if (k == sizeof d)
          return FALSE;
        d[k++] = t[i];
      }
    else if (t[i] != ' ' && t[i] != '-')
      return FALSE;
  return voile_card_is_valid (d, k) && voile_card_is_test_number (d, k);
}

/* (session 26, g26-clean) "for example MORGA657054SM9IJ – the DVLA's own sample": the number
 * printed on the DVLA's specimen licence (Sarah Meredith Morgan's, in its leaflets and on
 * gov.uk), as the SIV's specimen plate is dropped by its rule: a document's sample, no
 * licence of anyone's. */
static gboolean
is_specimen_document (const char *t, gsize n)
{
  static const char *const specimens[] = { "MORGA657054SM9IJ", NULL };
  for (const char *const *s = specimens; *s != NULL; s++)
    if (n == strlen (*s) && memcmp (t, *s, n) == 0)
      return TRUE;
  return FALSE;
}

/* Does a bracket opened at t[open] stand after a label's colon ("Date : [", "Courriel: [")?
 * Only blanks between. */
static gboolean
after_label_colon (const char *t, gsize open)
{
  gsize i = open;
  while (i > 0 && open - i < 4 && t[i - 1] == ' ')
    i--;
  return i > 0 && i < open && t[i - 1] == ':';
}

/* "[NOM]", "[JJ/MM/AAAA]", "[CODE POSTAL]", "[HH:MM]": a blank's name in capitals between
 * brackets, after a label's colon. Returns the byte after its ']' (0: none at t[open]). */
static gsize
blank_field_end (const char *t, gsize len, gsize open)
{
  guint upper = 0;
  gsize i = open + 1;
  for (; i < len && i - open <= 32 && t[i] != ']'; i++)
    {
      guchar c = (guchar)t[i];
      if (g_ascii_isupper (c))
        upper++;
      else if (g_ascii_islower (c) || g_ascii_isdigit (c) || c == '\n'
               || !(c >= 0x80 || c == ' ' || c == '/' || c == ':' || c == '-' || c == '.'
                    || c == '\''))
        return 0;
    }
  return i < len && t[i] == ']' && upper >= 2 ? i + 1 : 0;
}

/* "Courriel : [adresse@exemple.fr]" in a form to fill in ("Date : [JJ/MM/AAAA]   Heure :
 * [HH:MM]", "Agent rédacteur : [GRADE] [NOM]"): a value that fills a bracket after a label's
 * colon, in a text where three other labels' brackets name their blanks in capitals, is the
 * template's sample. A log's "[INFO]" and its "relay=host[10.0.0.1]" stand after no label's
 * colon. Reads the text's first 16 KB for the blanks, once. */
static gboolean
fills_template_blank (const char *t, gsize len, const VoileFinding *f, gint *template)
{
  if (f->start == 0 || t[f->start - 1] != '[' || f->end >= len || t[f->end] != ']'
      || !after_label_colon (t, f->start - 1))
    return FALSE;
  if (*template <0)
    {
      guint blanks = 0;
      gsize n = MIN (len, (gsize)16384);
      for (const char *p = memchr (t, '[', n); p != NULL && blanks < 3;
           p = memchr (p + 1, '[', n - (gsize)(p + 1 - t)))
        {
          gsize open = (gsize)(p - t);
          if (blank_field_end (t, n, open) != 0
              && (after_label_colon (t, open)
                  || (open > 0 && t[open - 1] == ' ' && open > 1 && t[open - 2] == ']')))
            blanks++;
        }
      *template = blanks >= 3;
    }
  return *template;
}

/* The part of a text read for the years a history tells by. */
#define HISTORY_BYTES 65536
/* Years at most this are before any working life of a person alive now could be told. */
#define HISTORY_LAST_YEAR 1950
/* Distinct such years a history tells by. */
#define HISTORY_YEARS 4

/* Is the year at t[i, i + 4) written as prose dates an event ("en 1923", "from 1864", "in
 * 1850,", "vers 1900", "juin 1936") or in brackets as a life's or a work's years ("(1969)",
 * "(1802-1885)",
 * "(1847–1864)")? A dump's "(1984, 'x'" and an amount's "1 250" are neither. */
static gboolean
year_told (const char *t, gsize len, gsize i)
{
  static const char *const before[]
      = { "in",       "en",       "de",      "from",      "à",       "to",        "and",
          "et",       "since",    "of",      "vers",      "dès",     "by",        "after",
          "before",   "après",    "avant",   "until",     "depuis",  "jusqu",     "around",
          "circa",    "c",        "entre",   "between",   "janvier", "février",   "mars",
          "avril",    "mai",      "juin",    "juillet",   "août",    "septembre", "octobre",
          "novembre", "décembre", "january", "february",  "march",   "april",     "may",
          "june",     "july",     "august",  "september", "october", "november",  "december",
          NULL };
  gsize e = i + 4;
  if (i > 0 && t[i - 1] == '(')
    return e < len
           && (t[e] == ')' || t[e] == '-'
               || (e + 2 < len && memcmp (t + e, "\xe2\x80\x93", 3) == 0));
  if (e < len
      && !(t[e] == ' ' || t[e] == ',' || t[e] == '.' || t[e] == ';' || t[e] == ')' || t[e] == '\n'
           || t[e] == '\r'))
    return FALSE;
  if (e < len && t[e] == '.' && e + 1 < len && g_ascii_isdigit (t[e + 1]))
    return FALSE;
  if (i < 2 || (t[i - 1] != ' ' && t[i - 1] != '\''))
    return FALSE;
  gsize s = voile_word_start (t, i - 1, 7, VOILE_WORD_UTF8 | VOILE_WORD_DOTS);
  gsize n = i - 1 - s;
  if (n > 0 && t[s + n - 1] == '.') /* "c. 1850" */
    n--;
  return (s == 0 || !g_ascii_isalnum (t[s - 1])) && voile_ascii_word_in (t + s, n, before);
}

/* Is byte i inside a birth date found ("né le 3 mai 1931": a person's, counted as no history's
 * year)? The bytes asked grow: *k, the first finding not yet passed, moves on with them. */
static gboolean
inside_birth_date (const GArray *findings, gsize i, guint *k)
{
  for (; findings != NULL && *k < findings->len; (*k)++)
    {
      const VoileFinding *f = &g_array_index (findings, VoileFinding, *k);
      if (f->end > i)
        return f->start <= i && f->type == VOILE_TYPE_DATE_OF_BIRTH;
    }
  return FALSE;
}

/* "De 1852 à 1953 … en 1923 … (1969)", "left Dunganstown in 1849 … from 1864 … (1847–1864)":
 * a text that dates what it tells by at least four distinct years before 1950, written as
 * prose writes them, is a history, an article on the past or a genealogy of famous people:
 * the people, places and births it names are the past's. The years of the birth dates found
 * are a person's (a residents' list "née le 4 juin 1929"), not counted. Reads the first 64 KB. */
static gboolean
tells_history (const char *t, gsize len, const GArray *findings)
{
  guint years[HISTORY_YEARS];
  guint count = 0, next = 0;
  gsize n = MIN (len, (gsize)HISTORY_BYTES);
  for (const char *p = memchr (t, '1', n); p != NULL && count < HISTORY_YEARS;
       p = p + 1 < t + n ? memchr (p + 1, '1', n - (gsize)(p + 1 - t)) : NULL)
    {
      gsize i = (gsize)(p - t);
      if (i + 4 > n || (i > 0 && g_ascii_isalnum (t[i - 1])) || !g_ascii_isdigit (t[i + 1])
          || !g_ascii_isdigit (t[i + 2]) || !g_ascii_isdigit (t[i + 3])
          || (i + 4 < n && g_ascii_isalnum (t[i + 4])))
        continue;
      guint y = (guint)((t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 + (t[i + 3] - '0')) + 1000;
      if (y > HISTORY_LAST_YEAR || !year_told (t, n, i) || inside_birth_date (findings, i, &next))
        continue;
      gboolean seen = FALSE;
      for (guint k = 0; k < count && !seen; k++)
        seen = years[k] == y;
      if (!seen)
        years[count++] = y;
    }
  return count >= HISTORY_YEARS;
}

gboolean
voile_example_values_tells_history (const char *text, gsize len)
{
  return tells_history (text, len, NULL);
}

/* Does one of words (none longer than longest) stand as a word in the first 64 KB of t? A
 * one-letter word counts with its apostrophe ("j'ai", "t’es"), or alone when it is one of
 * bare_letters ("u" as chats write "you"); with pronoun_i, "I" before a lower-case word or an
 * apostrophe counts too ("I was", "I'm"; not "I. Une alliance"). */
static gboolean
speaks_word_of (const char *t, gsize len, const char *const *words, gsize longest,
                const char *bare_letters, gboolean pronoun_i)
{
  gsize n = MIN (len, (gsize)HISTORY_BYTES);
  for (gsize i = 0; i < n; i++)
    {
      if (!g_ascii_isalpha (t[i])
          || (i > 0 && (g_ascii_isalnum (t[i - 1]) || (guchar)t[i - 1] >= 0x80)))
        continue;
      gsize e = i;
      while (e < n && (g_ascii_isalpha (t[e]) || (guchar)t[e] >= 0x80))
        e++;
      if (pronoun_i && e - i == 1 && t[i] == 'I' && e + 1 < n
          && ((t[e] == ' ' && g_ascii_islower (t[e + 1])) || t[e] == '\''))
        return TRUE;
      /* (session 25, g25-clean) two capitals are an abbreviation ("MA" Medicare Advantage, a
       * state's "ME", "TU" a weekday), no "ma", "me", "tu" */
      if (e - i == 2 && g_ascii_isupper (t[i]) && g_ascii_isupper (t[i + 1]))
        {
          i = e;
          continue;
        }
      if (e - i <= longest && voile_ascii_word_in (t + i, e - i, words)
          && (e - i > 1 || strchr (bare_letters, t[i]) != NULL
              || (e < n && (t[e] == '\'' || memcmp (t + e, "\xe2\x80\x99", MIN (3, n - e)) == 0))))
        return TRUE;
      i = e;
    }
  return FALSE;
}

/* Does the text speak in the first person singular ("je", "j'ai", "mon arrière-grand-père", "I
 * was", "my grandfather")? A history or an article tells of others; a message asking about one's
 * own forebears ("Je fais des recherches sur mon arrière-grand-père …, gardien de 1921 à 1938")
 * is someone's, whatever years it gives. */
static gboolean
speaks_first_person (const char *t, gsize len)
{
  static const char *const words[]
      = { "je", "j", "moi", "mon", "ma", "mes", "me", "my", "mine", "myself", NULL };
  return speaks_word_of (t, len, words, 6, "", TRUE);
}

/* A history's people, places and births (see above) in a text that holds no contact detail nor
 * identifier of anyone, and that speaks of no "I" or "je" (a message about one's forebears): its
 * PERSON, LOCATION and POSTAL_ADDRESS findings are dropped and its
 * birth dates made plain dates. A letter or a file about someone holds more than a name. */
static void
drop_history_people (const char *text, gsize len, GArray *findings, gboolean keep_dates)
{
  gboolean told = FALSE;
  for (guint i = 0; i < findings->len; i++)
    {
      VoileType type = g_array_index (findings, VoileFinding, i).type;
      if (type == VOILE_TYPE_PERSON || type == VOILE_TYPE_LOCATION
          || type == VOILE_TYPE_POSTAL_ADDRESS || type == VOILE_TYPE_DATE_OF_BIRTH)
        told = TRUE;
      else if (!voile_type_is_quasi_identifier (type))
        return;
    }
  if (!told || !tells_history (text, len, findings) || speaks_first_person (text, len))
    return;
  guint out = 0;
  for (guint i = 0; i < findings->len; i++)
    {
      VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      if (f->type == VOILE_TYPE_PERSON || f->type == VOILE_TYPE_LOCATION
          || f->type == VOILE_TYPE_POSTAL_ADDRESS
          || (f->type == VOILE_TYPE_DATE_OF_BIRTH && !keep_dates))
        continue;
      if (f->type == VOILE_TYPE_DATE_OF_BIRTH)
        f->type = VOILE_TYPE_DATE;
      if (out != i)
        g_array_index (findings, VoileFinding, out) = *f;
      out++;
    }
  g_array_set_size (findings, out);
}

/* Does the text speak to someone or as someone ("you", "your", "vous", "votre", "tu", "I", "my",
 * "je", "mon"…)? Reads the first 64 KB. */
static gboolean
speaks_to_or_as_someone (const char *t, gsize len)
{
  /* "t'" only with its apostrophe ("t'as", "t’es"); "u" and "ur" as chats write them */
  static const char *const words[] = { "you", "your", "yours", "vous", "votre", "vos", "tu", "toi",
                                       "ton", "ta",   "tes",   "te",   "t",     "u",   "ur", NULL };
  return speaks_first_person (t, len) || speaks_word_of (t, len, words, 5, "u", FALSE);
}

/* Does a person's noun ("client", "patient", "member", "élève"…: the tables' header nouns) stand
 * before the reference on its line, within 48 bytes ("model.Client#48213", "member no 4471")? */
static gboolean
person_noun_before (const char *t, gsize start)
{
  gsize stop = start > 48 ? start - 48 : 0;
  gsize e = start;
  while (e > stop)
    {
      while (e > stop && !g_ascii_isalpha (t[e - 1]) && t[e - 1] != '\n')
        e--;
      if (e == stop || t[e - 1] == '\n')
        return FALSE;
      gsize b = e;
      while (b > stop && (g_ascii_isalpha (t[b - 1]) || (guchar)t[b - 1] >= 0x80))
        b--;
      char lower[24];
      if (e - b < sizeof lower)
        {
          for (gsize k = b; k < e; k++)
            lower[k - b] = g_ascii_tolower (t[k]);
          if (voile_person_noun_flags (lower, e - b) & VOILE_PERSON_NOUN_HEADER)
            return TRUE;
        }
      e = b;
    }
  return FALSE;
}

/* (session 23, g23-clean) A reference with nobody around it: when the only direct identifiers
 * found are one or two distinct CUSTOMER_ID values, and the text names no person, gives no
 * contact detail, no place, and neither speaks as nor to anyone ("I", "my", "you", "vous"…), the
 * number is a document's, a system's or an event's — an advisory's "Référence : AV-2026-118", an
 * outage's incident, a stock bot's emergency order, a certificate's licence, a case against a
 * firm — not one person's file: a person's reference is pasted with the person, or by them.
 * Documents only (600 bytes or more): a line or a snippet copied alone is read as someone's. */
#define LONE_REFERENCE_MIN_BYTES 600

static void
drop_lone_references (const char *text, gsize len, GArray *findings)
{
  const VoileFinding *first = NULL, *second = NULL;
  /* a document: a line or a snippet copied alone ("Matricule : 2024-1187") is someone's */
  if (len < LONE_REFERENCE_MIN_BYTES)
    return;
  for (guint i = 0; i < findings->len; i++)
    {
      const VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      if (f->type == VOILE_TYPE_DATE || f->type == VOILE_TYPE_AMOUNT)
        continue;
      if (f->type != VOILE_TYPE_CUSTOMER_ID || person_noun_before (text, f->start))
        return;
      gsize n = f->end - f->start;
      if (first == NULL)
        first = f;
      else if (!(first->end - first->start == n
                 && memcmp (text + first->start, text + f->start, n) == 0))
        {
          if (second == NULL)
            second = f;
          else if (!(second->end - second->start == n
                     && memcmp (text + second->start, text + f->start, n) == 0))
            return; /* three distinct references: a list, an export */
        }
    }
  if (first == NULL || speaks_to_or_as_someone (text, len))
    return;
  voile_findings_remove_type (findings, VOILE_TYPE_CUSTOMER_ID);
}

/* The test the drop_lone_*() passes share: is every direct identifier found of type (the
 * quasi-identifiers and places aside), one at least, each one fits says yes to (when given), in
 * a document (LONE_REFERENCE_MIN_BYTES or more) that neither speaks as nor to anyone? */
typedef gboolean (*LoneFindingFits) (const char *text, const VoileFinding *f);

static gboolean
only_lone_findings_of (const char *text, gsize len, const GArray *findings, VoileType type,
                       LoneFindingFits fits)
{
  gboolean any = FALSE;
  if (len < LONE_REFERENCE_MIN_BYTES)
    return FALSE;
  for (guint i = 0; i < findings->len; i++)
    {
      const VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      if (f->type == VOILE_TYPE_DATE || f->type == VOILE_TYPE_AMOUNT
          || f->type == VOILE_TYPE_LOCATION)
        continue;
      if (f->type != type || (fits != NULL && !fits (text, f)))
        return FALSE;
      any = TRUE;
    }
  return any && !speaks_to_or_as_someone (text, len);
}

static gboolean
holds_no_digit (const char *text, const VoileFinding *f)
{
  for (gsize k = f->start; k < f->end; k++)
    if (g_ascii_isdigit (text[k]))
      return FALSE;
  return TRUE;
}

/* (session 24, g24-clean) Streets with nobody in them: when the only direct identifiers found
 * are addresses holding no number ("Lincoln Ave", "Jefferson Ct" in a hydrant survey's table; a
 * road works notice's, a gritting route's, a bus diversion's streets) and the text names no
 * person, gives no contact detail and neither speaks as nor to anyone, the streets are the
 * town's, no one's home: a home's address has its number. Documents only (600 bytes or more).
 * Places found beside them (LOCATION) do not change the verdict and stay. */
static void
drop_lone_streets (const char *text, gsize len, GArray *findings)
{
  if (only_lone_findings_of (text, len, findings, VOILE_TYPE_POSTAL_ADDRESS, holds_no_digit))
    voile_findings_remove_type (findings, VOILE_TYPE_POSTAL_ADDRESS);
}

/* (session 25, g25-clean) Birthdays with nobody's: when the only direct identifiers found are
 * birth dates and the text names no person, gives no contact detail nor identifier and neither
 * speaks as nor to anyone, the dates are a famous person's told in an article ("her birthday,
 * 12 May, is now celebrated as …", the names dropped as public), an institution's ("la retraite
 * est née le …"), or a worked example's: no one's file, which holds more than a date. Documents
 * only (600 bytes or more). The dates stay plain dates. */
static void
drop_lone_birth_dates (const char *text, gsize len, GArray *findings, gboolean keep_dates)
{
  if (!only_lone_findings_of (text, len, findings, VOILE_TYPE_DATE_OF_BIRTH, NULL))
    return;
  guint out = 0;
  for (guint i = 0; i < findings->len; i++)
    {
      VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      if (f->type == VOILE_TYPE_DATE_OF_BIRTH)
        {
          if (!keep_dates)
            continue;
          f->type = VOILE_TYPE_DATE;
        }
      if (out != i)
        g_array_index (findings, VoileFinding, out) = *f;
      out++;
    }
  g_array_set_size (findings, out);
}

/* Is the e-mail address f at a domain RFC 2606 and RFC 6761 reserve for documentation
 * and tests (example.com, .net, .org and their subdomains; the .example, .test, .invalid and
 * .localhost top-level names)? Nobody's mailbox can be there. */
static gboolean
at_reserved_domain (const char *text, const VoileFinding *f)
{
  const char *t = text + f->start;
  gsize n = f->end - f->start;
  static const char *const seconds[] = { "example.com", "example.net", "example.org", NULL };
  static const char *const tops[] = { "example", "test", "invalid", "localhost", NULL };
  const char *at = memchr (t, '@', n);
  if (at == NULL)
    return FALSE;
  const char *d = at + 1;
  gsize dn = (gsize)(t + n - d);
  const char *dot = memrchr (d, '.', dn);
  const char *top = dot != NULL ? dot + 1 : d;
  if (voile_ascii_word_in (top, (gsize)(t + n - top), tops))
    return TRUE;
  for (const char *const *w = seconds; *w != NULL; w++)
    {
      gsize wl = strlen (*w);
      if (dn >= wl && g_ascii_strncasecmp (d + dn - wl, *w, wl) == 0
          && (dn == wl || d[dn - wl - 1] == '.'))
        return TRUE;
    }
  return FALSE;
}

/* (session 26, g26-clean) Mailboxes nobody reads: when a document's (600 bytes or more) only
 * direct identifiers are e-mail addresses at reserved domains (a rules file's
 * `notify="ops-leads@example.com"`, a README's `alerts@shop.test`) and it neither speaks as nor
 * to anyone, they are the documentation's samples the conventions leave unmarked. A letter or
 * a file using such a domain for a person's stand-in holds a name, a phone or a reference too. */
static void
drop_lone_reserved_emails (const char *text, gsize len, GArray *findings)
{
  if (only_lone_findings_of (text, len, findings, VOILE_TYPE_EMAIL, at_reserved_domain))
    voile_findings_remove_type (findings, VOILE_TYPE_EMAIL);
}

/* "Malle « Gustave » 120 L, serrure TSA         129,00 €": an address read across a
 * space-aligned table's gap whose number is a price's whole part (a decimal comma or point and
 * two digits after it) is a catalogue's row, no address; the price is left to the amounts. */
static gboolean
address_ends_in_price (const char *t, gsize len, const VoileFinding *f)
{
  gsize e = f->end;
  if (f->type != VOILE_TYPE_POSTAL_ADDRESS || e == f->start || !g_ascii_isdigit (t[e - 1])
      || e + 2 >= len || (t[e] != ',' && t[e] != '.') || !g_ascii_isdigit (t[e + 1])
      || !g_ascii_isdigit (t[e + 2]) || (e + 3 < len && g_ascii_isdigit (t[e + 3])))
    return FALSE;
  return memmem (t + f->start, e - f->start, "   ", 3) != NULL;
}

/* (session 25, g25-clean) "Édouard Balladur (1993, passage aux 25 meilleures années)", "©
 * 2024, BD TOPO IGN": a year (1900-2099) and a comma opening an address read is a date's year
 * before a phrase that starts with a street's word; a house's number takes no comma when it is
 * a year's four digits (the corpus has none). */
static gboolean
address_opens_on_year (const char *t, gsize len, const VoileFinding *f)
{
  gsize s = f->start;
  if (f->type != VOILE_TYPE_POSTAL_ADDRESS || f->end - s < 6 || s + 5 > len)
    return FALSE;
  if (!(t[s] == '1' && t[s + 1] == '9') && !(t[s] == '2' && t[s + 1] == '0'))
    return FALSE;
  return g_ascii_isdigit (t[s + 2]) && g_ascii_isdigit (t[s + 3]) && t[s + 4] == ',';
}

/* The types a declared fixture's values are dropped for besides its references and birth
 * dates: names and national numbers (session 25, g25-clean), and (session 26, g26-clean) the
 * phones, accounts, cards and plates validators' fixtures list beside them ("INVALID_CHI =
 * [\"0101010000\"]", "AB-123-SS  # SS interdit", a card whose Luhn key is wrong on purpose). */
static gboolean
declared_sample_type (VoileType type)
{
  return type == VOILE_TYPE_PERSON || type == VOILE_TYPE_US_SSN || type == VOILE_TYPE_UK_NINO
         || type == VOILE_TYPE_FR_NIR || type == VOILE_TYPE_PHONE || type == VOILE_TYPE_IBAN
         || type == VOILE_TYPE_CREDIT_CARD || type == VOILE_TYPE_LICENSE_PLATE;
}

/* (session 26, g26-clean) "SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate
 * entry …", "…: 1064 You have an error in your SQL syntax": PDO's error line (SQLSTATE's class
 * in brackets, then the server's error number and its message) holds no address; the number
 * is MySQL's error code, the capital its message's first word. */
static gboolean
address_in_sql_error (const char *t, const VoileFinding *f)
{
  gsize s = f->start, lo = s > 160 ? s - 160 : 0;
  if (f->type != VOILE_TYPE_POSTAL_ADDRESS || s < 2 || t[s - 1] != ' ' || t[s - 2] != ':')
    return FALSE;
  const char *nl = memrchr (t + lo, '\n', s - lo);
  gsize ls = nl != NULL ? (gsize)(nl - t) + 1 : lo;
  return memmem (t + ls, s - ls, "SQLSTATE[", 9) != NULL;
}

void
voile_example_values_apply (const char *text, gsize len, GArray *findings, gboolean keep_dates)
{
  gint declared = -1; /* read once, when a finding of a kind it concerns is there */
  gint template = -1;
  guint out = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      if (G_UNLIKELY (f->type == VOILE_TYPE_POSTAL_ADDRESS)
          && (address_ends_in_price (text, len, f) || address_opens_on_year (text, len, f)
              || address_in_sql_error (text, f)))
        continue;
      if (f->start > 0 && text[f->start - 1] == '[' && f->type != VOILE_TYPE_DATE
          && f->type != VOILE_TYPE_AMOUNT && fills_template_blank (text, len, f, &template))
        continue;
      gboolean reference = f->type == VOILE_TYPE_CUSTOMER_ID || f->type == VOILE_TYPE_ID_DOCUMENT;
      if (G_UNLIKELY (f->type == VOILE_TYPE_DATE_OF_BIRTH)
          && is_lone_year (text + f->start, f->end - f->start))
        continue;
      if (G_UNLIKELY (f->type == VOILE_TYPE_CUSTOMER_ID)
          && is_document_code (text, f->start, f->end))
        continue;
      /* (session 25, g25-clean) a declared fixture's names and national numbers are its
       * samples too ("TESTPATIENT, ALPHA", "ZZTEST", under "all values invalid on purpose") */
      if (G_UNLIKELY (declared_sample_type (f->type)))
        {
          if (declared < 0)
            declared = voile_example_values_declared (text, len);
          if (declared)
            continue;
        }
      if (G_UNLIKELY (reference || f->type == VOILE_TYPE_DATE_OF_BIRTH))
        {
          if (declared < 0)
            declared = voile_example_values_declared (text, len);
          gboolean example = declared;
          if (reference && !example)
            example = is_year_span (text + f->start, f->end - f->start)
                      || (f->type == VOILE_TYPE_CUSTOMER_ID
                          && is_year_label (text + f->start, f->end - f->start))
                      || is_test_card (text + f->start, f->end - f->start)
                      || is_specimen_document (text + f->start, f->end - f->start)
                      || (f->type == VOILE_TYPE_CUSTOMER_ID && before_version (text, len, f->end));
          if (!reference && !example)
            example = under_example_key (text, f->start)
                      || birth_year_impossible (text + f->start, f->end - f->start);
          if (example)
            {
              if (reference || !keep_dates)
                continue;
              f->type = VOILE_TYPE_DATE;
            }
        }
      if (out != i)
        g_array_index (findings, VoileFinding, out) = *f;
      out++;
    }
  g_array_set_size (findings, out);
  drop_history_people (text, len, findings, keep_dates);
  drop_lone_references (text, len, findings);
  drop_lone_streets (text, len, findings);
  drop_lone_birth_dates (text, len, findings, keep_dates);
  drop_lone_reserved_emails (text, len, findings);
}

/* (session 25, g25b-clean) A template's or a manual's sample address: every word of the
 * local part is a placeholder's ("prenom.nom@exemple.fr", "firstname.lastname@company.com",
 * "votre.email@fournisseur.fr", "name@yourcompany.com", "user@domain.com"), or the local part is
 * the placeholder person "john.doe" / "jane.doe" / "jdoe". Nobody's mailbox is named so; a
 * person's "marie.dupont@exemple.fr" or a firm's "contact@…" stays. */
gboolean
voile_example_values_placeholder_mailbox (const char *t, gsize n)
{
  static const char *const words[]
      = { "address", "adresse",   "courriel", "e-mail",   "email",    "exemple",  "example",
          "first",   "firstname", "fname",    "last",     "lastname", "lname",    "mail",
          "name",    "nom",       "prenom",   "surname",  "user",     "username", "utilisateur",
          "votre",   "you",       "your",     "yourname", NULL };
  const char *at = memchr (t, '@', n);
  if (at == NULL || at == t)
    return FALSE;
  gsize local = (gsize)(at - t);
  if ((local == 8
       && (voile_ascii_strncasecmp (t, "john.doe", 8) == 0
           || voile_ascii_strncasecmp (t, "jane.doe", 8) == 0))
      || (local == 4 && voile_ascii_strncasecmp (t, "jdoe", 4) == 0))
    return TRUE;
  /* "prénom": the accented e written as one byte pair */
  gsize s = 0;
  while (s < local)
    {
      gsize e = s;
      while (e < local && t[e] != '.' && t[e] != '_' && t[e] != '+'
             && !(t[e] == '-' && !(e >= 1 && voile_ascii_strncasecmp (t + e - 1, "e-m", 3) == 0)))
        e++;
      gboolean ok = voile_ascii_word_in (t + s, e - s, words)
                    || (e - s == 7 && memcmp (t + s, "pr\xc3\xa9nom", 7) == 0);
      if (!ok)
        return FALSE;
      s = e + 1;
    }
  return TRUE;
}

/* (session 25, g25b-clean) A quoted string followed by its colon is a JSON object's key, never
 * a value: a password's word inside an event's name ("event":"password.reset","user_id":…)
 * reaches the next string, a key; a key and its value read as one. Reads the finding and at
 * most 4 bytes after it. */
gboolean
voile_example_values_json_key (const char *t, gsize len, gsize start, gsize end)
{
  /* a JSON pair's separator inside: a key and its value read as one ("event":"otp.sent" after a
   * line naming a password) */
  for (gsize i = start; i + 3 <= end; i++)
    if (t[i] == '"' && (t[i + 1] == ':' || t[i + 1] == ',') && t[i + 2] == '"')
      return TRUE;
  if (start == 0 || t[start - 1] != '"' || end >= len || t[end] != '"')
    return FALSE;
  gsize i = end + 1;
  while (i < len && i < end + 4 && t[i] == ' ')
    i++;
  return i < len && t[i] == ':';
}

/* (session 26, g26-code) One sign repeated ("xxxxxxxx", "00000000", "********"): nobody's value,
 * a placeholder's. */
gboolean
voile_example_values_one_sign (const char *v, gsize n)
{
  for (gsize i = 1; i < n; i++)
    if (v[i] != v[0])
      return FALSE;
  return n > 0;
}

/* (session 25, g25b-clean) A key a manual prints as its example or a placeholder standing for
 * one: AWS's documented pair ("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
 * "EXAMPLE" in capitals inside the value), or a value whose sign after its prefix is one sign
 * repeated ("ghp_xxxxxxxx…", "sk_live_XXXXXXXXXXXX", "0000000000000000"). A real key's random
 * signs never spell the word nor run one sign twelve times. Not is_placeholder_value() of the
 * rules: its words ("true", "null", "none", "token") are a setting's value when it is no secret,
 * and a random key may hold them; only the sign no key has, one sign repeated, is shared. */
gboolean
voile_example_values_secret (const char *t, gsize n)
{
  for (gsize i = 0; i + 7 <= n; i++)
    if (t[i] == 'E' && memcmp (t + i, "EXAMPLE", 7) == 0)
      return TRUE;
  /* the tail after the last '_', '-' or '.' (the prefix), or the whole value */
  gsize s = n;
  while (s > 0 && t[s - 1] != '_' && t[s - 1] != '-' && t[s - 1] != '.')
    s--;
  return n - s >= 12 && voile_example_values_one_sign (t + s, n - s);
}
