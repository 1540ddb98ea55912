/* voile-form-ids.c — the number fields of a form whose subject is a person found.
 *
 * Read after the name finder: the person a form is about is known by then ("Inmate:
 * HOLLOWAY, DeAndre", "Prisoner name: …"), and the fields beside the name's field carry
 * that person's numbers under labels no list can hold ("SO#", "FPS No.", "CDCR #",
 * "ChildView ID", "Prison number"). The label's shape tells a number (its last word: "no.",
 * "#", "number", "ID", "ref"); its words only exclude: a thing, an identity document, a
 * practitioner's own number.
 */
/* memrchr() */
#define _GNU_SOURCE
#include "voile-form-ids.h"

#include <string.h>

#include "voile-ascii.h"
#include "voile-engine.h"
#include "voile-findings.h"
#include "voile-line.h"
#include "voile-person-nouns.h"

/* A label runs up to this many bytes before its colon. */
#define FORM_LABEL_MAX 40
/* Words kept of a label, and their length. */
#define FORM_LABEL_WORDS 8
#define FORM_WORD_MAX 24

/* A label's words that say its number is no person's file at an office: a thing's, a
 * transaction's or a document's to many (as the rules' label reader), an identity document's
 * (its own detectors'), a contact's, or a practitioner's registration or badge; a health
 * plan's numbers, shared by all its members ("Group #", "RxBIN", "RxPCN", "RxGrp"); a CRM's
 * deal, a firm's sale. */
static const char *const not_a_file[] = { "invoice",
                                          "receipt",
                                          "confirmation",
                                          "payment",
                                          "transaction",
                                          "transfer",
                                          "tracking",
                                          "parcel",
                                          "shipment",
                                          "waybill",
                                          "serial",
                                          "product",
                                          "item",
                                          "sku",
                                          "part",
                                          "model",
                                          "lot",
                                          "batch",
                                          "version",
                                          "build",
                                          "issue",
                                          "bug",
                                          "task",
                                          "job",
                                          "room",
                                          "seat",
                                          "bed",
                                          "cell",
                                          "flight",
                                          "train",
                                          "page",
                                          "section",
                                          "exhibit",
                                          "quote",
                                          "purchase",
                                          "po",
                                          "voucher",
                                          "coupon",
                                          "gift",
                                          "promo",
                                          "cheque",
                                          "check",
                                          "card",
                                          "passport",
                                          "licence",
                                          "license",
                                          "driver",
                                          "driving",
                                          "dl",
                                          "national",
                                          "identity",
                                          "nin",
                                          "nino",
                                          "ssn",
                                          "sin",
                                          "social",
                                          "security",
                                          "insurance",
                                          "tax",
                                          "vat",
                                          "tin",
                                          "trn",
                                          "ein",
                                          "abn",
                                          "company",
                                          "phone",
                                          "tel",
                                          "mobile",
                                          "fax",
                                          "contact",
                                          "badge",
                                          "collar",
                                          "shoulder",
                                          "warrant",
                                          "bar",
                                          "gmc",
                                          "nmc",
                                          "sra",
                                          "hcpc",
                                          "nrpsi",
                                          "naati",
                                          "practitioner",
                                          "device",
                                          "tag",
                                          "imei",
                                          "iccid",
                                          "sim",
                                          "meter",
                                          "vehicle",
                                          "plate",
                                          "vin",
                                          "chip",
                                          "microchip",
                                          "tattoo",
                                          "animal",
                                          "property",
                                          "bag",
                                          "sample",
                                          "specimen",
                                          "unit",
                                          "apt",
                                          "flat",
                                          "house",
                                          "court",
                                          "courtroom",
                                          "hearing",
                                          "of",
                                          "nb",
                                          "nombre",
                                          "facture",
                                          "devis",
                                          "commande",
                                          "colis",
                                          "permis",
                                          "passeport",
                                          "téléphone",
                                          "tél",
                                          "siret",
                                          "siren",
                                          "tva",
                                          "bus",
                                          "route",
                                          "coach",
                                          "platform",
                                          "gate",
                                          "stop",
                                          "car",
                                          "van",
                                          "taxi",
                                          "boat",
                                          "vessel",
                                          "locker",
                                          "key",
                                          "desk",
                                          "box",
                                          "container",
                                          "pallet",
                                          "kit",
                                          "competence",
                                          "competency",
                                          "qualification",
                                          "accreditation",
                                          "certification",
                                          "group",
                                          "groupe",
                                          "grp",
                                          "rxgrp",
                                          "bin",
                                          "rxbin",
                                          "pcn",
                                          "rxpcn",
                                          "deal",
                                          "opportunity",
                                          NULL };

/* A label naming who handles the case rather than whom it is about: the name in its field
 * is a practitioner's, or a correspondent's, and the numbers beside it are not the
 * subject's. */
static const char *const not_the_subject[]
    = { "officer", "pc",         "dc",       "sgt",      "doctor",     "dr",       "gp",
        "nurse",   "solicitor",  "lawyer",   "attorney", "counsel",    "advocate", "interpreter",
        "judge",   "magistrate", "clerk",    "agent",    "supervisor", "manager",  "worker",
        "author",  "by",         "from",     "to",       "cc",         "sender",   "signed",
        "contact", "emergency",  "next",     "kin",      "referrer",   "staff",    "prepared",
        "trading", "company",    "business", "firm",     "employer",   "supplier", NULL };

static gboolean
word_in (const char *w, const char *const *list)
{
  for (const char *const *p = list; *p != NULL; p++)
    if ((*p)[0] == w[0] && strcmp (w, *p) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_number_word (const char *w)
{
  static const char *const numbers[]
      = { "no", "nr", "num", "number", "id", "ref", "#", "n°", NULL };
  return word_in (w, numbers);
}

typedef struct
{
  char words[FORM_LABEL_WORDS][FORM_WORD_MAX + 1];
  guint n;
} LabelWords;

/* The end of the label t[s, e) past its trailing spaces and a bracketed hint of up to 16
 * bytes at its end ("Inmate ID (PIN)", "Ref. (staff use)"). */
static gsize
label_end_past_hint (const char *t, gsize s, gsize e)
{
  while (e > s && t[e - 1] == ' ')
    e--;
  if (e > s && t[e - 1] == ')')
    {
      gsize o = e - 1;
      while (o > s && t[o] != '(' && e - o <= 16)
        o--;
      if (t[o] == '(' && o > s)
        e = o;
    }
  return e;
}

/* Splits the label t[s, e) into lower-case words ("SO#" gives "so", "#"; a bracketed hint
 * of up to 16 bytes at its end, "(PIN)", "(staff use)", is left out). FALSE for what is no
 * label: a byte other than letters, spaces, '.', '#', '\'', '-', '/', a bracket or '°'. */
static gboolean
label_words (const char *t, gsize s, gsize e, LabelWords *lw)
{
  lw->n = 0;
  e = label_end_past_hint (t, s, e);
  for (gsize i = s; i < e;)
    {
      guchar b = (guchar)t[i];
      if (b == ' ' || b == '.' || b == '-' || b == '/' || b == '\'' || b == '(' || b == ')')
        {
          i++;
          continue;
        }
      if (b == '#')
        {
          if (lw->n == FORM_LABEL_WORDS)
            return FALSE;
          strcpy (lw->words[lw->n++], "#");
          i++;
          continue;
        }
      if (!g_ascii_isalpha (b) && b < 0x80)
        return FALSE;
      gsize w = i, k = 0;
      while (i < e && (g_ascii_isalpha (t[i]) || (guchar)t[i] >= 0x80))
        i++;
      if (lw->n == FORM_LABEL_WORDS || i - w > FORM_WORD_MAX)
        return FALSE;
      for (; k < i - w; k++)
        lw->words[lw->n][k] = g_ascii_tolower (t[w + k]);
      lw->words[lw->n++][k] = '\0';
    }
  return lw->n > 0;
}

/* Does the label name a number of a person's file: a number's word last ("FPS No.", "SO#",
 * "Prison number", "ChildView ID"), a word of its own besides ("ID No." is an identity
 * card's), and no word of not_a_file? */
static gboolean
label_is_file_number (const LabelWords *lw)
{
  guint own = 0;
  if (lw->n < 2 || !is_number_word (lw->words[lw->n - 1]))
    return FALSE;
  for (guint i = 0; i < lw->n; i++)
    {
      if (word_in (lw->words[i], not_a_file))
        return FALSE;
      own += !is_number_word (lw->words[i]);
    }
  return own > 0;
}

/* Does the label before the colon at t[colon] (its line from s) end like a number's word
 * ("no", "nr", "id", "ref", "num", "number", "n°", "#"), past spaces, a dot and a bracketed
 * hint? A test of two bytes before the label is read: most fields are "Name:", "Date:". */
static gboolean
label_may_end_number (const char *t, gsize s, gsize colon)
{
  gsize e = label_end_past_hint (t, s, colon);
  while (e > s && t[e - 1] == ' ')
    e--;
  if (e > s && t[e - 1] == '.')
    e--;
  if (e > s && t[e - 1] == '#')
    return TRUE;
  if (e < s + 2)
    return FALSE;
  guchar y = (guchar)t[e - 2] | 0x20, z = (guchar)t[e - 1] | 0x20;
  return (y == 'n' && (z == 'o' || z == 'r')) || (y == 'i' && z == 'd')
         || (y == 'e' && (z == 'f' || z == 'r')) || (y == 'u' && z == 'm')
         || ((guchar)t[e - 2] == 0xC2 && (guchar)t[e - 1] == 0xB0);
}

/* The end of a file number's value at t[v, e), or 0: letters, digits, '-' and '/' (one at a
 * time), four digits at least (five when no letter), ending the field; not a date. */
static gsize
value_end (const char *t, gsize v, gsize e)
{
  gsize p = v, digits = 0, letters = 0, groups = 1, group = 0, lens[3] = { 0, 0, 0 };

  if (v >= e || !g_ascii_isalnum (t[v]))
    return 0;
  for (; p < e && p - v <= 32; p++)
    {
      if (g_ascii_isdigit (t[p]))
        digits++, group++;
      else if (g_ascii_isalpha (t[p]))
        letters++, group++;
      else if ((t[p] == '-' || t[p] == '/') && p + 1 < e && g_ascii_isalnum (t[p + 1]))
        {
          if (groups <= 3)
            lens[groups - 1] = group;
          groups++;
          group = 0;
        }
      else
        break;
    }
  if (groups <= 3)
    lens[groups - 1] = group;
  if (p - v > 32 || digits < 4 || (letters == 0 && digits < 5))
    return 0;
  /* the field ends there: "01 YE 0448291" or "4190 999 00 …" read in part would be wrong */
  if (p < e && t[p] != ' ' && t[p] != '\t' && t[p] != '\r' && t[p] != '\n' && t[p] != ')'
      && t[p] != ',' && t[p] != ';')
    return 0;
  if (p + 1 < e && t[p] == ' ' && g_ascii_isdigit (t[p + 1]))
    return 0;
  /* "2026-11-21", "21/11/2026": a date the date rules left */
  if (letters == 0 && groups == 3
      && ((lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2)
          || (lens[0] <= 2 && lens[1] <= 2 && (lens[2] == 2 || lens[2] == 4))))
    return 0;
  return p;
}

/* Where the label before the colon at t[colon] starts (the line's start past spaces, or
 * after a gap of two spaces or a tab), or G_MAXSIZE when there is none within
 * FORM_LABEL_MAX bytes. ls is the line's start, or a bound before it (a '\n' stops too). */
static gsize
label_start (const char *t, gsize ls, gsize colon)
{
  gsize i = colon;
  while (i > ls && colon - i < FORM_LABEL_MAX)
    {
      if (t[i - 1] == '\n' || t[i - 1] == '\t' || t[i - 1] == '|'
          || (t[i - 1] == ' ' && i - 1 > ls && t[i - 2] == ' '))
        break;
      i--;
    }
  while (i < colon && t[i] == ' ')
    i++;
  if (i == colon || (i > ls && colon - i >= FORM_LABEL_MAX) || !g_ascii_isalpha (t[i]))
    return G_MAXSIZE;
  /* a label opens its line or follows a gap */
  if (i > ls && t[i - 1] != ' ' && t[i - 1] != '\t' && t[i - 1] != '|' && t[i - 1] != '\n')
    return G_MAXSIZE;
  return i;
}

/* Appends the file numbers of the fields of the lines [s, e) to added (a '\n' ends a label
 * and a value). */
static void
read_block (const char *t, gsize s, gsize e, GArray *findings, guint sorted, GArray *added)
{
  for (const char *c = memchr (t + s, ':', e - s); c != NULL;
       c = (gsize)(c - t) + 1 < e ? memchr (c + 1, ':', e - (gsize)(c - t) - 1) : NULL)
    {
      gsize colon = (gsize)(c - t);
      if (!label_may_end_number (t, s, colon))
        continue;
      gsize ls = label_start (t, s, colon);
      LabelWords lw;
      if (ls == G_MAXSIZE || !label_words (t, ls, colon, &lw) || !label_is_file_number (&lw))
        continue;
      gsize v = colon + 1;
      while (v < e && v - colon <= 8 && (t[v] == ' ' || t[v] == '\t'))
        v++;
      gsize ve = value_end (t, v, e);
      if (ve == 0)
        continue;
      guint k = voile_findings_first_ending_after (findings, sorted, v);
      if (k < sorted && g_array_index (findings, VoileFinding, k).start < ve)
        continue;
      VoileFinding f = { VOILE_TYPE_CUSTOMER_ID, v, ve, 0.8f, 0 };
      g_array_append_val (added, f);
    }
}

/* The colon of the form field whose value holds the PERSON finding f ("Label: Name",
 * "Inmate: HOLLOWAY, DeAndre": the name finder may find a part), or G_MAXSIZE: the last
 * colon of the 40 bytes before the name (from lo), a value's bytes between (letters, single
 * spaces, quotes, commas, brackets). Most names are in prose, with no colon there. */
static gsize
subject_colon (const char *t, gsize lo, const VoileFinding *f)
{
  const char *c = f->start > lo ? memrchr (t + lo, ':', f->start - lo) : NULL;
  if (c == NULL)
    return G_MAXSIZE;
  gsize colon = (gsize)(c - t), i = colon + 1;
  while (i < f->start && i - colon <= 16 && (t[i] == ' ' || t[i] == '\t'))
    i++;
  for (; i < f->start; i++)
    {
      guchar b = (guchar)t[i];
      /* a gap: another field's end */
      if (b == ' ' && t[i + 1] == ' ')
        return G_MAXSIZE;
      if (!(g_ascii_isalpha (b) || b >= 0x80 || b == ' ' || b == ',' || b == '"' || b == '\''
            || b == '(' || b == ')' || b == '.' || b == '-'))
        return G_MAXSIZE;
    }
  return colon;
}

/* Is the label before the subject's colon a form's (opening its line or after a gap),
 * naming no practitioner nor correspondent? Asked only of a block that holds a number field. */
static gboolean
label_names_subject (const char *t, gsize ls, gsize colon)
{
  gsize s = label_start (t, ls, colon);
  LabelWords lw;
  if (s == G_MAXSIZE || !label_words (t, s, colon, &lw))
    return FALSE;
  for (guint w = 0; w < lw.n; w++)
    if (word_in (lw.words[w], not_the_subject))
      return FALSE;
  return TRUE;
}

static gboolean
merge_sorted (GArray *findings, GArray *added);

/* ---- g18-ids: a reference in brackets beside a name found (session 18) -------------- */

/* The end of a reference's shape at v: one to five capitals, an optional dash, then digits
 * in up to three groups parted by "-" or "/" (three digits or more in all, the first group
 * two or more), an optional last group of letters and digits ("HH-022980", "HH001902",
 * "B-0377", "HEA-25-407", "CCA-2291/04"); it needs a dash or five digits ("AF1234", a flight,
 * and "M2" are left). 0 when none. */
static gsize
bracketed_value_end (const char *t, gsize len, gsize v)
{
  /* Public identifiers a changelog or a standard credits to a person: "CVE-2021-3541 (Daniel
   * Veillard)", "RFC 9110", a security advisory's, a standard's. */
  static const char *const public_schemes[]
      = { "CVE",  "CWE",  "GHSA", "RFC", "ISO", "IEC", "DSA",  "DLA", "USN", "RHSA",
          "RHBA", "ELSA", "MS",   "KB",  "BZ",  "PEP", "NIST", "EN",  "DIN", NULL };
  gsize p = v;
  while (p < len && p - v < 6 && g_ascii_isupper (t[p]))
    p++;
  gsize caps = p - v;
  if (caps == 0 || caps > 5 || voile_ascii_word_in (t + v, caps, public_schemes))
    return 0;
  gboolean dash = p < len && t[p] == '-';
  if (dash)
    p++;
  guint digits = 0, groups = 0;
  for (;;)
    {
      gsize d = p;
      while (p < len && p - d < 11 && g_ascii_isdigit (t[p]))
        p++;
      if (p == d || (groups == 0 && p - d < 2))
        return 0;
      digits += (guint)(p - d);
      groups++;
      if (groups < 3 && p + 1 < len && (t[p] == '-' || t[p] == '/') && g_ascii_isdigit (t[p + 1]))
        {
          dash = TRUE;
          p++;
          continue;
        }
      break;
    }
  if (digits < 3 || digits > 14)
    return 0;
  if (p + 1 < len && (t[p] == '-' || t[p] == '/') && g_ascii_isalnum (t[p + 1]))
    {
      gsize g = ++p;
      while (p < len && p - g < 9 && g_ascii_isalnum (t[p]))
        p++;
    }
  if (p < len && (g_ascii_isalnum (t[p]) || t[p] == '-' || t[p] == '_'))
    return 0;
  return dash || digits >= 5 ? p : 0;
}

/* A word inside the brackets before the value, which says it is the person's number or
 * card ("(client BF-2291)", "(carte B-0377)", "(record HH-2291)"): a person's noun or a
 * number's or a file's word; any other word (a practitioner's "RPPS", a "tel") leaves it. */
static gboolean
bracket_word_is_reference (const char *w, gsize n)
{
  static const char *const words[]
      = { "no",     "nr",   "num",   "ref",     "réf",    "id",      "n°",   "card", "carte",
          "record", "file", "fiche", "dossier", "compte", "account", "acct", NULL };
  char lower[24];
  if (n == 0 || n >= sizeof lower)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    lower[i] = g_ascii_tolower (w[i]);
  lower[n] = '\0';
  if (lower[n - 1] == '.')
    lower[--n] = '\0';
  for (const char *const *k = words; *k != NULL; k++)
    if (strcmp (lower, *k) == 0)
      return TRUE;
  return voile_person_noun_flags (lower, n) != 0;
}

/* (g18-ids2) A lower-case word's first byte: ASCII, or an accented small letter of Latin-1
 * ("écrou", "élève"). */
static gboolean
starts_lower_word (const char *t, gsize len, gsize w)
{
  return g_ascii_islower (t[w])
         || ((guchar)t[w] == 0xc3 && w + 1 < len && (guchar)t[w + 1] >= 0xa0
             && (guchar)t[w + 1] <= 0xbf);
}

/* (g18-ids2) The end of a number of five to twelve digits at v, nothing of a word after it;
 * 0 when none. Only after a word of its own beside a name ("écrou 24187", "uid 30418827"):
 * digits alone in brackets are as often a count or a year. */
static gsize
worded_digits_end (const char *t, gsize len, gsize v)
{
  gsize p = v;
  while (p < len && p - v < 13 && g_ascii_isdigit (t[p]))
    p++;
  if (p - v < 5 || p - v > 12
      || (p < len && (g_ascii_isalnum (t[p]) || t[p] == '-' || t[p] == '_')))
    return 0;
  gboolean same = TRUE;
  for (gsize i = v + 1; i < p; i++)
    same = same && t[i] == t[v];
  return same ? 0 : p;
}

/* (g18-ids2) Words before a number beside a name that make it no file of theirs: a
 * practitioner's or a firm's register, a phone's extension, a sum of money or a measure
 * ("(salary 45000)", "(budget 12000)", "(paid 15000)"). */
static gboolean
word_is_not_a_file (const char *w, gsize n)
{
  static const char *const words[]
      = { "siret",   "siren",   "rpps",     "adeli",  "finess",  "tva",     "vat",     "ein",
          "tel",     "tél",     "ext",      "poste",  "fax",     "gln",     "ean",     "lot",
          "salary",  "salaire", "budget",   "revenu", "income",  "paid",    "payé",    "price",
          "prix",    "loyer",   "rent",     "total",  "montant", "amount",  "cost",    "coût",
          "km",      "miles",   "score",    "points", "pts",     "kg",      "approx",  "env",
          "environ", "about",   "around",   "over",   "under",   "plus",    "moins",   "soit",
          "capital", "ca",      "turnover", "fee",    "fees",    "pledged", "donated", "gave",
          NULL };
  return voile_ascii_word_in (w, n, words);
}

/* "Alan Griffiths (HH001902)", "Mrs Begum (client\nBF-2291)", "M. Lefebvre (carte B-0377)"
 * and "ES-0041 (Aminata)": a reference in brackets right after a name found, or a reference
 * right before a name in brackets, is that person's record or card; a date, a phone, an
 * amount (findings already) or a word are not references, and a value a finding covers is
 * left. Asked of PERSON findings only, a few bytes each side. */
static gboolean
bracketed_references (const char *text, gsize len, GArray *findings)
{
  g_autoptr (GArray) added = NULL;
  guint n = findings->len;
  gsize last_end = 0;

  for (guint i = 0; i < n; i++)
    {
      const VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      if (f->type != VOILE_TYPE_PERSON)
        continue;
      gsize prev_end = i > 0 ? g_array_index (findings, VoileFinding, i - 1).end : 0;
      gsize next_start = i + 1 < n ? g_array_index (findings, VoileFinding, i + 1).start : len;
      gsize vs = 0, ve = 0;
      /* before: "ES-0041 (Aminata)" */
      if (f->start >= 6 && text[f->start - 1] == '(' && text[f->start - 2] == ' ')
        {
          gsize e = f->start - 2, b = e;
          while (b > 0
                 && (g_ascii_isalnum (text[b - 1]) || text[b - 1] == '-' || text[b - 1] == '/'))
            b--;
          if (b < e && b >= prev_end && b >= last_end && bracketed_value_end (text, len, b) == e
              && f->end < len && text[f->end] == ')')
            vs = b, ve = e;
        }
      /* after: "Alan Griffiths (HH001902)", "(client BF-2291)"; (g18-ids2) and "Steeve
       * Ramassamy (écrou 23950)", "Jean Bellance, écrou 24187, demande…": a word of its own
       * and five digits or more in the brackets or the comma's apposition right after the
       * name, and nothing else there, are that person's number in that word's register */
      gboolean comma = f->end + 2 < len && text[f->end] == ',' && text[f->end + 1] == ' ';
      if (ve == 0 && f->end + 2 < len && (text[f->end] == ' ' || comma)
          && (text[f->end + 1] == '(' || comma))
        {
          gsize p = f->end + 2;
          gsize w = p;
          while (p < len && p - w < 12
                 && (g_ascii_isalpha (text[p]) || (guchar)text[p] >= 0x80 || text[p] == '.'
                     || text[p] == '\xc2'))
            p++;
          /* the value's first sign after the word and its spaces: a digit, or a capital of a
           * reference's letters; else nothing to read (most names are followed by words) */
          gsize we = p, q = p;
          while (q < len && (text[q] == ' ' || text[q] == '\n'))
            q++;
          gboolean worded = p > w && q > p && q < len
                            && (g_ascii_isdigit (text[q]) || g_ascii_isupper (text[q]))
                            && starts_lower_word (text, len, w);
          if (!worded && (comma || !g_ascii_isupper (text[w])))
            continue;
          if (worded && word_is_not_a_file (text + w, we - w))
            continue;
          p = worded ? q : w;
          /* after a comma, a reference's letters only under a word known to name one
           * ("Stevie, route G12-07": a delivery round) */
          gsize e = 0;
          if (!comma
              || (g_ascii_isupper (text[p]) && g_ascii_islower (text[w])
                  && bracket_word_is_reference (text + w, we - w)))
            e = bracketed_value_end (text, len, p);
          if (e == 0 && worded && g_ascii_isdigit (text[p]))
            e = worded_digits_end (text, len, p);
          /* the brackets close on the value; the apposition ends at a comma, a stop or the
           * line's end */
          gboolean closed
              = e != 0 && e < len
                && (comma ? (text[e] == ',' || text[e] == ';' || text[e] == '\n'
                             || (text[e] == '.'
                                 && (e + 1 == len || text[e + 1] == ' ' || text[e + 1] == '\n')))
                          : text[e] == ')');
          if (closed && e <= next_start)
            vs = p, ve = e;
        }
      if (ve == 0)
        continue;
      if (added == NULL)
        added = g_array_new (FALSE, FALSE, sizeof (VoileFinding));
      VoileFinding found = { VOILE_TYPE_CUSTOMER_ID, vs, ve, 0.7f, 0 };
      g_array_append_val (added, found);
      last_end = ve;
    }
  return merge_sorted (findings, added);
}

gboolean
voile_form_ids_find (const char *text, gsize len, GArray *findings)
{
  g_autoptr (GArray) added = NULL;
  guint sorted = findings->len;
  /* lines before done were read for an earlier name (or hold no number field) */
  gsize done = 0;

  for (guint i = 0; i < sorted; i++)
    {
      const VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      gsize colon;
      /* a name on lines read already: its block's were read with them */
      if (f->type != VOILE_TYPE_PERSON || f->start < done)
        continue;
      /* read back 40 bytes at most (a line's start stops it) */
      colon = subject_colon (text, f->start > 40 ? f->start - 40 : 0, f);
      if (colon == G_MAXSIZE)
        continue;
      /* the form's block: the name's line and the two after it; a blank line ends it */
      gsize ls, to;
      voile_line_around (text, len, colon, f->end, VOILE_LINE_READ_MAX, &ls, &to);
      for (guint k = 0; k < 2 && to + 1 < len && text[to] == '\n' && text[to + 1] != '\n'; k++)
        {
          gsize hi = MIN (len, to + 1 + VOILE_LINE_READ_MAX);
          const char *nl = memchr (text + to + 1, '\n', hi - to - 1);
          to = nl != NULL ? (gsize)(nl - text) : hi;
        }
      gsize from = MAX (ls, done);
      if (added == NULL)
        added = g_array_new (FALSE, FALSE, sizeof (VoileFinding));
      guint had = added->len;
      read_block (text, from, to, findings, sorted, added);
      /* no number field there: no later name of the block will find one */
      if (added->len == had || label_names_subject (text, ls, colon))
        done = to;
      else
        g_array_set_size (added, had);
    }
  gboolean any = merge_sorted (findings, added);
  return bracketed_references (text, len, findings) || any;
}

/* Merges added (sorted, overlapping no finding nor each other) into findings (sorted). */
static gboolean
merge_sorted (GArray *findings, GArray *added)
{
  if (added == NULL || added->len == 0)
    return FALSE;
  /* Merged in from the end, in order: the values overlap no finding (read_block() asked) nor
   * each other (each block's lines after the last's), and both arrays are sorted, so one
   * pass keeps the array sorted; inserting each would move the findings after it every time,
   * a quadratic walk on a long form export. */
  guint n_old = findings->len, n_added = added->len;
  g_array_set_size (findings, n_old + n_added);
  VoileFinding *all = (VoileFinding *)findings->data;
  const VoileFinding *more = (const VoileFinding *)added->data;
  for (guint i = n_old, j = n_added, k = n_old + n_added; j > 0;)
    {
      if (i > 0 && all[i - 1].end > more[j - 1].start)
        all[--k] = all[--i];
      else
        all[--k] = more[--j];
    }
  return TRUE;
}
