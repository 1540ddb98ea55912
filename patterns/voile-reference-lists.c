/* voile-reference-lists.c — the other references of a list after one that was found. */
#include "config.h"

#include "voile-reference-lists.h"

#include "voile-ascii.h"
#include "voile-engine.h"
#include "voile-findings.h"
#include "voile-validators.h"

#include <string.h>

/* The longest value followed: references are short. */
#define MAX_LISTED 40

/* A byte's class in a value's shape: a digit, a capital, a small letter, or the byte itself
 * ("-", "/", " "). */
static char
shape_class (char c)
{
  if (g_ascii_isdigit (c))
    return '9';
  if (g_ascii_isupper (c))
    return 'A';
  if (g_ascii_islower (c))
    return 'a';
  return c;
}

/* The list's separator at t[i…] ("," "/" "&" "and" "et" "or" "ou", with spaces, and a
 * number sign before the next value): where the next value starts, or 0. */
static gsize
skip_separator (const char *t, gsize len, gsize i)
{
  static const char *const words[] = { "and ", "et ", "or ", "ou ", "& ", NULL };
  gsize p = i;

  while (p < len && t[p] == ' ')
    p++;
  if (p < len && (t[p] == ',' || t[p] == '/' || t[p] == ';'))
    {
      p++;
      while (p < len && t[p] == ' ')
        p++;
    }
  else if (p == i)
    return 0; /* "A0001 B0002" without a separator: two columns, not a list */
  for (const char *const *w = words; *w != NULL; w++)
    {
      gsize n = strlen (*w);
      if (p + n <= len && memcmp (t + p, *w, n) == 0)
        {
          p += n;
          break;
        }
    }
  if (p < len && t[p] == '#')
    p++;
  return p > i && p < len ? p : 0;
}

/* Is the value at text[s…] a cell of a delimited table's row: it opens the row or follows the
 * row's separator, and the line above (its header or the row before) holds as many of that
 * separator, two at least? The cell after it is another column's, no item of a list
 * ("CONTACT_ID,ACCOUNT_ID" over "30041,88120,…": the table reader decides each column). */
static gboolean
in_table_row (const char *t, gsize len, gsize s)
{
  gsize ls = s;
  while (ls > 0 && t[ls - 1] != '\n' && s - ls < 512)
    ls--;
  if (ls == 0 || t[ls - 1] != '\n')
    return FALSE;
  char sep = ls == s ? 0 : t[s - 1];
  if (sep == 0)
    {
      for (gsize i = s; i < len && t[i] != '\n' && i - s < 64 && sep == 0; i++)
        if (t[i] == ',' || t[i] == ';' || t[i] == '\t')
          sep = t[i];
    }
  if (sep != ',' && sep != ';' && sep != '\t')
    return FALSE;
  guint here = 0, above = 0;
  for (gsize i = ls; i < len && t[i] != '\n' && i - ls < 4096; i++)
    here += t[i] == sep;
  gsize ps = ls - 1;
  while (ps > 0 && t[ps - 1] != '\n' && ls - ps < 4096)
    ps--;
  for (gsize i = ps; i < ls - 1; i++)
    above += t[i] == sep;
  return here >= 2 && here == above;
}

/* How far after a "#4471" found the next "#…" of its kind is still the same talk. */
#define NUMBER_SIGN_REACH 160

/* "orders (#3094 in April, #3310 in August) and her current one, #3512": after a reference
 * written with its number sign, the next ones of its shape in the sentences after, even
 * with words between. Returns TRUE when one was added. */
static gboolean
extend_number_signs (const char *text, gsize len, GArray *findings, guint n, VoileFinding f)
{
  gsize width = f.end - f.start;
  gsize reach = MIN (len, f.end + NUMBER_SIGN_REACH);
  gboolean added = FALSE;

  if (f.start == 0 || text[f.start - 1] != '#' || width < 3)
    return FALSE;
  /* the paragraph's end bounds the search; memchr() finds line ends and signs fast */
  for (const char *nl = memchr (text + f.end, '\n', reach - f.end); nl != NULL;
       nl = memchr (nl + 1, '\n', reach - (gsize)(nl + 1 - text)))
    if ((gsize)(nl + 1 - text) < reach && nl[1] == '\n')
      {
        reach = (gsize)(nl - text);
        break;
      }
  for (gsize p = f.end; p + 1 + width <= reach; p++)
    {
      const char *sign = memchr (text + p, '#', reach - p);
      if (sign == NULL)
        break;
      p = (gsize)(sign - text);
      if (p + 1 + width > reach || (p > 0 && (g_ascii_isalnum (text[p - 1]) || text[p - 1] == '&')))
        continue;
      gsize next = p + 1;
      gboolean same = TRUE;
      for (gsize i = 0; i < width && same; i++)
        same = shape_class (text[next + i]) == shape_class (text[f.start + i]);
      if (!same
          || (next + width < len
              && (g_ascii_isalnum (text[next + width]) || text[next + width] == '-'
                  || text[next + width] == '_' || (guchar)text[next + width] >= 0x80))
          || voile_findings_overlap (findings, n, next, next + width))
        continue;
      VoileFinding found = { f.type, next, next + width, f.confidence, 0 };
      g_array_append_val (findings, found);
      added = TRUE;
      p = next + width - 1;
    }
  return added;
}

/* The distinct references followed through the text, and how far from the first place
 * each is: a long export's are in its columns already, and each costs a search. */
#define MAX_MENTIONED 16
#define MENTION_REACH (8 * 1024)

/* Is a reference's value distinct enough that the same bytes elsewhere are surely it? Four
 * digits alone may be a year or a count, unless padded with a zero ("matricule 0027"). */
static gboolean
mention_worthy (const char *v, gsize w)
{
  guint digits = 0;

  if (w < 4 || w > MAX_LISTED)
    return FALSE;
  for (gsize i = 0; i < w; i++)
    digits += g_ascii_isdigit (v[i]) ? 1 : 0;
  return digits > 0 && !(digits == w && w == 4 && v[0] != '0');
}

/* Is text[s, e) a whole token: no letter, digit or joiner glued to either side ("n°0027",
 * "/client/C-1874" and "(0027)" are; "10027", "C-1874-B", "0027.pdf" are not)? */
static gboolean
stands_alone (const char *t, gsize len, gsize s, gsize e)
{
  if (s > 0)
    {
      guchar b = (guchar)t[s - 1];
      /* "n°", "nº" and a no-break space are the only non-ASCII bytes allowed before */
      gboolean sign = s >= 2 && (guchar)t[s - 2] == 0xC2 && (b == 0xB0 || b == 0xBA || b == 0xA0);
      if (g_ascii_isalnum (b) || strchr ("-_.@", b) != NULL || (b >= 0x80 && !sign))
        return FALSE;
    }
  if (e < len)
    {
      guchar b = (guchar)t[e];
      if (g_ascii_isalnum (b) || b == '-' || b == '_' || b == '@' || b >= 0x80)
        return FALSE;
      /* "41877.pdf", "4471/2026" go on; a URL's path segment "/payouts/41877/summary" is
       * the value alone. */
      if ((b == '.' || b == '/') && e + 1 < len && g_ascii_isalnum (t[e + 1])
          && !(b == '/' && s > 0 && t[s - 1] == '/'))
        return FALSE;
    }
  return TRUE;
}

/* (g19-ids) The length of a capitalized word and its space right before t[s] ("Peter " of
 * "Peter AK0551983"): two to sixteen letters, a capital then small ones, a word of its own;
 * 0 for none. */
static gsize
name_word_before (const char *t, gsize s)
{
  if (s < 3 || t[s - 1] != ' ')
    return 0;
  gsize w = s - 1;
  while (w > 0 && s - 1 - w < 16 && g_ascii_islower (t[w - 1]))
    w--;
  if (w == 0 || !g_ascii_isupper (t[w - 1]) || w == s - 1)
    return 0;
  w--;
  if (w > 0 && (g_ascii_isalnum (t[w - 1]) || (guchar)t[w - 1] >= 0x80))
    return 0;
  return s - w;
}

/* (g19-ids) The length of a capitalized word and one space at t[p] ("Brian " of ", Brian
 * AK1204457"); 0 for none. */
static gsize
name_word_at (const char *t, gsize len, gsize p)
{
  gsize e = p;
  if (p >= len || !g_ascii_isupper (t[p]))
    return 0;
  e++;
  while (e < len && e - p <= 16 && g_ascii_islower (t[e]))
    e++;
  if (e - p < 2 || e - p > 16 || e >= len || t[e] != ' ')
    return 0;
  /* a document's or a thing's label, not a name: "…, Invoice INV-2291" */
  static const char *const labels[]
      = { "Invoice", "Facture", "Order", "Commande", "Quote", "Devis",  "Receipt",
          "Ticket",  "Item",    "Ref",   "Product",  "Lot",   "Serial", NULL };
  if (voile_ascii_word_in (t + p, e - p, labels))
    return 0;
  return e + 1 - p;
}

/* (g19-ids) A remark in brackets after a value ("3301-7718-2046-5590 (me), …"): where the
 * list goes on past it (at most 24 bytes, one line, no bracket inside), or at itself. */
static gsize
skip_remark (const char *t, gsize len, gsize at)
{
  gsize p = at;
  if (p < len && t[p] == ' ')
    p++;
  if (p >= len || t[p] != '(')
    return at;
  for (gsize q = p + 1; q < len && q - p <= 24; q++)
    {
      if (t[q] == ')')
        return q > p + 1 ? q + 1 : at;
      if (t[q] == '(' || t[q] == '\n')
        return at;
    }
  return at;
}

/* (g21-shapes) A reference's system prefix: letters, any more letter groups each after a
 * separator, then the separator before the first digit ("AV-" of "AV-558201", "SLR-MX-" of
 * "SLR-MX-0082214", "cr_IN_" of "cr_IN_220184"); two letters at least. 0 for none. */
static gsize
sibling_prefix (const char *v, gsize w)
{
  gsize i = 0;
  guint letters = 0;

  for (;;)
    {
      gsize s = i;
      while (i < w && g_ascii_isalpha (v[i]))
        i++;
      if (i == s || i - s > 8)
        return 0;
      letters += (guint)(i - s);
      if (i >= w || (v[i] != '-' && v[i] != '_' && v[i] != '/' && v[i] != '.'))
        return 0;
      i++;
      if (i < w && g_ascii_isdigit (v[i]))
        break;
    }
  /* a thing's or a standard's prefix: its siblings are things too */
  static const char *const things[]
      = { "sku", "ean", "isbn",  "issn", "lot", "batch", "item",   "art",  "prd",  "prod", "model",
          "rev", "ver", "cve",   "iso",  "rfc", "nf",    "en",     "iec",  "din",  "ref",  "page",
          "fig", "tab", "table", "room", "bus", "route", "flight", "line", "step", "v",    NULL };
  gsize first = 0;
  while (first < i && g_ascii_isalpha (v[first]))
    first++;
  if (letters < 2 || voile_ascii_word_in (v, first, things))
    return 0;
  return i;
}

/* The tail after the prefix: digit runs joined by one separator each ("0082214", "25-0773");
 * its length, the digits it holds and the length of its last run, or 0 when it is no such
 * tail or goes on as a longer word. */
static gsize
sibling_tail (const char *t, gsize len, gsize p, guint *digits, gsize *last_run)
{
  gsize i = p, run = 0;
  *digits = 0;
  while (i < len && i - p <= MAX_LISTED)
    {
      if (g_ascii_isdigit (t[i]))
        {
          run++;
          (*digits)++;
          i++;
          continue;
        }
      if ((t[i] == '-' || t[i] == '/') && run > 0 && i + 1 < len && g_ascii_isdigit (t[i + 1]))
        {
          run = 0;
          i++;
          continue;
        }
      break;
    }
  *last_run = run;
  if (run == 0 || i - p > MAX_LISTED)
    return 0;
  return i - p;
}

/* Is t[s] inside a link or a path ("https://…/AV-558206", "files/AV-558206")? The token is
 * read back to a space, a few hundred bytes at most. */
static gboolean
in_link (const char *t, gsize s)
{
  for (gsize p = s; p > 0 && s - p < 256; p--)
    {
      char c = t[p - 1];
      if (c == ' ' || c == '\n' || c == '\t' || c == '"' || c == '\'' || c == '(' || c == '<')
        return FALSE;
      if (c == '/' || c == '=' || c == '?' || c == '#' || c == '@')
        return TRUE;
    }
  return FALSE;
}

/* (g21-shapes) "reviewer comment on AV-558206", "doublon : FAM-0051203": a reference found
 * with a system's prefix ("AV-558201" by its label) makes the text's other values of that
 * prefix and tail (digit runs alike, the last one give or take a digit) the same system's
 * references. Returns TRUE when one was added. */
static gboolean
extend_siblings (const char *text, gsize len, GArray *findings, guint n,
                 const VoileFinding *followed, guint m)
{
  gboolean added = FALSE;

  for (guint i = 0; i < m; i++)
    {
      VoileFinding f = followed[i];
      const char *v = text + f.start;
      gsize w = f.end - f.start;
      gsize plen = sibling_prefix (v, w), last, s_last;
      guint digits, s_digits;
      if (plen == 0 || sibling_tail (text, f.end, f.start + plen, &digits, &last) != w - plen
          || digits < 4 || last < 3)
        continue;
      /* one search per prefix and tail */
      gboolean seen = FALSE;
      for (guint j = 0; j < i && !seen; j++)
        seen
            = sibling_prefix (text + followed[j].start, followed[j].end - followed[j].start) == plen
              && memcmp (text + followed[j].start, v, plen) == 0;
      if (seen)
        continue;
      gsize from = f.start > MENTION_REACH ? f.start - MENTION_REACH : 0;
      gsize to = MIN (len, f.end + MENTION_REACH);
      for (const char *hit = voile_find_bytes (text, to, from, v, plen); hit != NULL;
           hit = voile_find_bytes (text, to, (gsize)(hit - text) + plen, v, plen))
        {
          gsize s = (gsize)(hit - text);
          gsize tl = sibling_tail (text, to, s + plen, &s_digits, &s_last);
          gsize e = s + plen + tl;
          if (tl == 0 || s == f.start || s_last + 1 < last || s_last > last + 1
              || tl - s_last != w - plen - last || s_digits - s_last != digits - last
              || (s > 0 && g_ascii_isalpha (text[s - 1])) || !stands_alone (text, len, s, e)
              || in_link (text, s))
            continue;
          /* the same joins at the same places before the last run */
          gboolean same = TRUE;
          for (gsize k = plen; k < w - last && same; k++)
            same = shape_class (text[s + k]) == shape_class (v[k]);
          if (!same || voile_findings_overlap (findings, n, s, e))
            continue;
          VoileFinding found = { f.type, s, e, f.confidence, 0 };
          g_array_append_val (findings, found);
          added = TRUE;
        }
    }
  return added;
}

/* "| 0027 | DELMAS-ARNAUD Sylvie |" then "Motif sortie n°0027 : départ à la retraite": a
 * reference found once by its label or its column is the same person's wherever the text
 * writes it again. Returns TRUE when a mention was added. */
static gboolean
extend_mentions (const char *text, gsize len, GArray *findings, guint n)
{
  VoileFinding followed[MAX_MENTIONED];
  guint m = 0;
  gboolean added = FALSE;

  for (guint k = 0; k < n && m < MAX_MENTIONED; k++)
    {
      VoileFinding f = g_array_index (findings, VoileFinding, k);
      gsize w = f.end - f.start;
      gboolean seen = FALSE;
      if (f.type != VOILE_TYPE_CUSTOMER_ID || !mention_worthy (text + f.start, w))
        continue;
      for (guint i = 0; i < m && !seen; i++)
        seen = followed[i].end - followed[i].start == w
               && memcmp (text + followed[i].start, text + f.start, w) == 0;
      if (!seen)
        followed[m++] = f;
    }
  for (guint i = 0; i < m; i++)
    {
      VoileFinding f = followed[i];
      gsize w = f.end - f.start;
      gsize from = f.start > MENTION_REACH ? f.start - MENTION_REACH : 0;
      gsize to = MIN (len, f.end + MENTION_REACH);
      for (const char *hit = voile_find_bytes (text, to, from, text + f.start, w); hit != NULL;
           hit = voile_find_bytes (text, to, (gsize)(hit - text) + w, text + f.start, w))
        {
          gsize s = (gsize)(hit - text);
          if (!stands_alone (text, len, s, s + w) || voile_findings_overlap (findings, n, s, s + w))
            continue;
          VoileFinding found = { f.type, s, s + w, f.confidence, 0 };
          g_array_append_val (findings, found);
          added = TRUE;
        }
    }
  if (extend_siblings (text, len, findings, n, followed, m))
    added = TRUE;
  return added;
}

gboolean
voile_reference_lists_extend (const char *text, gsize len, GArray *findings)
{
  guint n = findings->len;
  gboolean added = FALSE;

  for (guint k = 0; k < n; k++)
    {
      VoileFinding f = g_array_index (findings, VoileFinding, k);
      if ((f.type != VOILE_TYPE_CUSTOMER_ID && f.type != VOILE_TYPE_ID_DOCUMENT)
          || f.end - f.start < 4 || f.end - f.start > MAX_LISTED)
        continue;
      gsize limit = k + 1 < n ? g_array_index (findings, VoileFinding, k + 1).start : len;
      gsize width = f.end - f.start;

      if (f.type == VOILE_TYPE_CUSTOMER_ID && extend_number_signs (text, len, findings, n, f))
        added = TRUE;
      gsize from = f.start, at = f.end;
      /* asked once, of the few values followed by one of their shape */
      gint table_row = -1;
      /* (g19-ids) "Passports: Wanjiru AK0772140, Peter AK0551983, Brian AK1204457": each
       * value after a name, when the first one is */
      gboolean named = name_word_before (text, f.start) > 0;

      /* Each value of the list has the first one's shape, byte for byte. */
      for (;;)
        {
          gsize next = skip_separator (text, len, skip_remark (text, len, at));
          if (next != 0 && named)
            {
              gsize w = name_word_at (text, len, next);
              next = w > 0 ? next + w : 0;
            }
          if (next == 0 || next + width > limit)
            break;
          gboolean same = TRUE;
          for (gsize i = 0; i < width && same; i++)
            same = text[next + i] != '\n'
                   && shape_class (text[next + i]) == shape_class (text[from + i]);
          /* the value ends there: no longer word, no other digit */
          if (!same
              || (next + width < len
                  && (g_ascii_isalnum (text[next + width]) || text[next + width] == '-'
                      || text[next + width] == '_' || (guchar)text[next + width] >= 0x80)))
            break;
          /* "0412, 2025": four digits alone may be a year or a count as well */
          guint digits = 0;
          for (gsize i = 0; i < width; i++)
            digits += g_ascii_isdigit (text[next + i]) ? 1 : 0;
          if (digits == width && width <= 4)
            break;
          if (table_row < 0)
            table_row = in_table_row (text, len, f.start);
          if (table_row)
            break;
          VoileFinding found = { f.type, next, next + width, f.confidence, 0 };
          g_array_append_val (findings, found);
          added = TRUE;
          from = next;
          at = next + width;
        }
    }
  /* Only the first n findings are sorted: a mention may repeat a list's value appended
   * above, which the caller's resolve_overlaps() merges. */
  if (extend_mentions (text, len, findings, n))
    added = TRUE;
  return added;
}
