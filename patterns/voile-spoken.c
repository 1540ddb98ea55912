/* voile-spoken.c — personal data spoken in words, as transcripts write it. */
#include "voile-spoken.h"
#include "voile-ascii.h"

#include <string.h>

#include "voile-line.h"
#include "voile-number-words.h"
#include "voile-person-nouns.h"

#define FR VOILE_NUMBER_LANG_FR
#define EN VOILE_NUMBER_LANG_EN

/* Longest digit string read here: a phone number with its country code. */
#define MAX_SPOKEN_DIGITS 16

/* A word, or its compound with hyphens ("quarante-trois", "Saint-Herblain"): its end. */
static gsize
compound_end (const char *t, gsize len, gsize pos, gsize limit)
{
  gsize p = pos, n;
  while (p < len && p - pos < limit)
    {
      if ((n = voile_number_words_letter_len (t, len, p)) != 0)
        p += n;
      else if (t[p] == '-' && p > pos)
        p++;
      else
        break;
    }
  return p;
}

/* Case-insensitive ASCII: is the word [s, e) this one? */
static gboolean
word_is (const char *t, gsize s, gsize e, const char *word)
{
  gsize n = strlen (word);
  return e - s == n && voile_ascii_strncasecmp (t + s, word, n) == 0;
}

/* Does a word start with one of cues in the window bytes before pos, on pos's line? */
static gboolean
cue_before (const char *t, gsize pos, gsize window, const char *const *cues)
{
  gsize from = pos > window ? pos - window : 0;

  for (gsize i = pos; i > from; i--)
    if (t[i - 1] == '\n')
      {
        from = i;
        break;
      }
  for (gsize i = from; i < pos; i++)
    {
      if (!g_ascii_isalpha (t[i]) || (i > 0 && g_ascii_isalpha (t[i - 1])))
        continue; /* word starts only */
      /* The cues start with a lower-case ASCII letter: t[i], a letter, lowered by one bit. */
      char first = (char)(t[i] | 0x20);
      for (const char *const *w = cues; *w != NULL; w++)
        {
          if ((*w)[0] != first)
            continue;
          gsize n = strlen (*w);
          if (pos - i >= n && voile_ascii_strncasecmp (t + i, *w, n) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* Where the spoken number of the anchor starts: the anchor, or the digit runs just before
 * it ("06 douze 34": at "douze"). G_MAXSIZE when a number word comes first: the rule runs
 * at that word's anchor, and once is enough. */
static gsize
spoken_start (const char *t, gsize len, gsize anchor, guint lang)
{
  gsize start = anchor;

  for (guint runs = 0; runs < 4; runs++)
    {
      gsize p = voile_number_words_separator_before (t, start), e;
      if (p == start || p == 0)
        break;
      if (g_ascii_isdigit (t[p - 1]))
        {
          gsize s = p;
          while (s > 0 && g_ascii_isdigit (t[s - 1]) && p - s < 5)
            s--;
          if (p - s > 4 || (s > 0 && (g_ascii_isalnum (t[s - 1]) || t[s - 1] == '_')))
            break;
          start = s;
          continue;
        }
      gsize s = voile_number_words_word_start (t, p);
      if (s < p && (voile_number_word_langs (t, len, s, &e) & lang) && e == p)
        return G_MAXSIZE;
      break;
    }
  return start;
}

/* The end of the number words from pos on ("quarante-trois", "vingt et un", "thirty three
 * eighty-one"): where the word after them starts, or where they end on anything else. */
static gsize
after_number_words (const char *t, gsize len, gsize pos, guint lang)
{
  gsize p = pos, e;

  for (guint words = 0; words < 8; words++)
    {
      p = compound_end (t, len, p, 64);
      if (p + 1 >= len || t[p] != ' ')
        return p;
      if (!(voile_number_word_langs (t, len, p + 1, &e) & lang)
          && !word_is (t, p + 1, voile_number_words_word_end (t, len, p + 1),
                       lang == FR ? "et" : "and"))
        return p + 1;
      p++;
    }
  return p;
}

gboolean
voile_spoken_groups_prefilter (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = voile_number_words_separator_before (t, anchor), e;

  (void)end;
  /* "06 douze": a digit run before */
  if (p < anchor && p > 0 && g_ascii_isdigit (t[p - 1]))
    return TRUE;
  /* Most number words in prose stand alone ("deux personnes", "six months"): another
   * group must follow. */
  p = compound_end (t, len, anchor, 24);
  p = voile_number_words_separator_after (t, len, p);
  if (p == 0 || p >= len)
    return FALSE;
  return g_ascii_isdigit (t[p]) || voile_number_word_langs (t, len, p, &e) != 0;
}

/* "0123456789", "9876543210", "1111111111": a count or a test, no number anyone has. */
static gboolean
is_counting (const char *d, gsize n)
{
  gboolean up = TRUE, down = TRUE, same = TRUE;
  for (gsize i = 1; i < n; i++)
    {
      up = up && d[i] == d[i - 1] + 1;
      down = down && d[i] == d[i - 1] - 1;
      same = same && d[i] == d[i - 1];
    }
  return up || down || same;
}

static gboolean
phone_shape (const char *d, gsize n, guint lang)
{
  if (is_counting (d, n))
    return FALSE;
  if (lang == FR)
    /* "zéro six douze…": ten digits, a 0 then the area or mobile digit */
    return n == 10 && d[0] == '0' && d[1] != '0';
  /* UK, Irish, Australian numbers with their trunk 0; North American ones with an area
   * code and exchange that start at 2, their country code 1 before. */
  if (d[0] == '0')
    return n >= 9 && n <= 11 && d[1] != '0';
  if (n == 11 && d[0] == '1')
    d++, n--;
  return n == 10 && d[0] >= '2' && d[3] >= '2';
}

/* "+" or the word "plus" just before a spoken number: where it starts, or G_MAXSIZE. */
static gsize
international_prefix (const char *t, gsize start)
{
  if (start > 0 && t[start - 1] == '+')
    return start - 1;
  if (start >= 5 && t[start - 1] == ' ')
    {
      gsize s = voile_number_words_word_start (t, start - 1);
      if (word_is (t, s, start - 1, "plus") && (s == 0 || !g_ascii_isalnum (t[s - 1])))
        return s;
    }
  return G_MAXSIZE;
}

/* The spoken digits the anchor starts in lang, of two words at least (digits alone are the
 * digit rules'): FALSE when it starts none or is not their first word. */
static gboolean
read_spoken_digits (const VoileCandidate *c, guint lang, char *digits, gsize *start, gsize *end)
{
  guint n_words = 0;
  gsize s = spoken_start (c->text, c->len, c->anchor, lang), e;

  if (s == G_MAXSIZE)
    return FALSE;
  e = voile_number_words_digits (c->text, c->len, s, lang, digits, MAX_SPOKEN_DIGITS + 1, &n_words);
  if (e == 0 || n_words < 2)
    return FALSE;
  *start = s;
  *end = e;
  return TRUE;
}

/* The anchor word's languages, French first ("six" is both). */
static guint
anchor_langs (const VoileCandidate *c)
{
  gsize e;
  return voile_number_word_langs (c->text, c->len, c->anchor, &e);
}

static gboolean
reference_cue_before (const char *t, gsize pos);

/* "call me on five five five, zero one six nine": a North American number without its
 * area code, when the line says it is a phone's; (session 18) and the eight digits of the
 * countries that have no trunk 0 nor area code (Central America, Singapore, Hong Kong, the
 * Gulf, Scandinavia): "call me at five five one two, eight eight four zero", not after an
 * account's or an order's number. */
static gboolean
local_number_said (const char *t, gsize start, const char *d, gsize n)
{
  static const char *const cues[]
      = { "call", "phone", "cell", "mobile", "number", "ring", "text", "reach", NULL };
  return (n == 7 || (n == 8 && !reference_cue_before (t, start))) && d[0] >= '2'
         && !is_counting (d, n) && cue_before (t, start, 40, cues);
}

/* Is the number read at *start a phone? A country code moves *start back to it. */
static gboolean
accept_phone (VoileCandidate *c, guint lang, const char *digits, gsize n, gsize *start)
{
  gsize plus = international_prefix (c->text, *start);
  if (plus != G_MAXSIZE)
    {
      /* "plus trente-trois six douze…", "+44 seven seven double oh…": a country code
       * and a national number without its trunk 0 */
      if (n < 10 || n > 13 || digits[0] == '0' || is_counting (digits, n))
        return FALSE;
      *start = plus;
      return TRUE;
    }
  return phone_shape (digits, n, lang) || local_number_said (c->text, *start, digits, n);
}

/* Reads the digits spoken at the anchor, French then English, and takes the first reading
 * accept() keeps: the phone and the reference rules differ only in that judgement. */
static gboolean
find_spoken_digits (VoileCandidate *c,
                    gboolean (*accept) (VoileCandidate *, guint, const char *, gsize, gsize *))
{
  guint langs = anchor_langs (c);
  static const guint order[] = { FR, EN };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      char digits[MAX_SPOKEN_DIGITS + 1];
      gsize start, end;

      if (!(langs & order[i]) || !read_spoken_digits (c, order[i], digits, &start, &end)
          || !accept (c, order[i], digits, strlen (digits), &start))
        continue;
      c->start = start;
      c->end = end;
      return TRUE;
    }
  return FALSE;
}

gboolean
voile_spoken_phone (VoileCandidate *c)
{
  return find_spoken_digits (c, accept_phone);
}

/* Does the line say, in the 48 bytes before pos, that a customer's reference follows: a
 * file's noun ("account", "dossier", "claim"…) and a number's ("number", "numéro", "réf";
 * "référence" says both)? */
static gboolean
reference_cue_before (const char *t, gsize pos)
{
  static const char *const files[]
      = { "account", "customer", "member", "policy", "claim", "booking", "order", "dossier",
          "client", "adhérent", "adherent", "contrat", "contract", "commande", "sinistre",
          "allocataire", "sociétaire", "patient", "référence", "reference",
          /* (g18-ids2) a case one person opens */
          "dispute", "complaint", "case", "ticket", "réclamation", "plainte",
          /* (g20-spoken) cards that name their holder: "my library card number is two one…" */
          "library", "loyalty", "fidélité", "abonné", "subscriber", NULL };
  static const char *const numbers[] = { "number", "numéro", "numero", "n°", "réf", "ref", NULL };

  return cue_before (t, pos, 48, files) && cue_before (t, pos, 48, numbers);
}

static gboolean
question_line_before (const char *t, gsize pos, gsize *s, gsize *e);
static gboolean
cue_in_line (gboolean (*cue) (const char *, gsize), const char *t, gsize s, gsize e);

/* (g20-spoken) A number that opens its line, blanks before it, under a line that goes on into
 * it (no full stop, question or exclamation mark at its end): a wrapped sentence ("… My member
 * number is\n    seven seven one two…"). Does cue() hold at that line's end? Reads at most
 * VOILE_LINE_READ_MAX bytes back. */
static gboolean
cue_on_wrapped_line (gboolean (*cue) (const char *, gsize), const char *t, gsize pos)
{
  gsize ls = pos;
  while (ls > 0 && pos - ls < 64 && (t[ls - 1] == ' ' || t[ls - 1] == '\t'))
    ls--;
  if (ls == 0 || t[ls - 1] != '\n')
    return FALSE;
  gsize pe = ls - 1;
  if (pe > 0 && t[pe - 1] == '\r')
    pe--;
  while (pe > 0 && ls - pe < 16 && t[pe - 1] == ' ')
    pe--;
  if (pe == 0 || t[pe - 1] == '.' || t[pe - 1] == '?' || t[pe - 1] == '!' || t[pe - 1] == '\n')
    return FALSE;
  return cue (t, pe);
}

/* A phone number is the phone rule's; a short number is a count or a time. (g18-ids2) The
 * reference's words may be in the question the line before asks ("Have you got your claim
 * reference handy?" then "It's H for Hotel, four four one two nine"). */
static gboolean
accept_reference (VoileCandidate *c, guint lang, const char *digits, gsize n, gsize *start)
{
  gsize qs, qe;
  return n >= 5 && !is_counting (digits, n) && !phone_shape (digits, n, lang)
         && (reference_cue_before (c->text, *start)
             || cue_on_wrapped_line (reference_cue_before, c->text, *start)
             || (question_line_before (c->text, *start, &qs, &qe)
                 && cue_in_line (reference_cue_before, c->text, qs, qe)));
}

/* (g18-ids2) Letters spelled before a spoken number the way call centres spell them: "D as
 * in David, seven seven four…", "B for Bravo", "K comme Kilo": where the first such letter
 * starts, or start when none. */
static gsize
phonetic_letters_start (const char *t, gsize start)
{
  static const char *const joins[] = { " as in ", " for ", " like ", " comme ", NULL };

  for (guint letters = 0; letters < 3; letters++)
    {
      gsize p = start;
      if (p >= 2 && t[p - 1] == ' ' && t[p - 2] == ',')
        p -= 2;
      else if (p >= 1 && t[p - 1] == ' ')
        p -= 1;
      else
        return start;
      /* the capitalised word that names the letter */
      gsize w = p;
      while (w > 0 && g_ascii_isalpha (t[w - 1]))
        w--;
      if (w == p || !g_ascii_isupper (t[w]) || p - w > 12)
        return start;
      gsize l = G_MAXSIZE;
      for (const char *const *j = joins; *j != NULL && l == G_MAXSIZE; j++)
        {
          gsize n = strlen (*j);
          if (w >= n + 1 && memcmp (t + w - n, *j, n) == 0 && g_ascii_isupper (t[w - n - 1])
              && t[w - n - 1] == t[w] && (w - n - 1 == 0 || !g_ascii_isalnum (t[w - n - 2])))
            l = w - n - 1;
        }
      if (l == G_MAXSIZE)
        return start;
      start = l;
    }
  return start;
}

gboolean
voile_spoken_reference (VoileCandidate *c)
{
  if (!find_spoken_digits (c, accept_reference))
    return FALSE;
  c->start = phonetic_letters_start (c->text, c->start);
  return TRUE;
}

/* Metropolitan départements 01–95, overseas 97x and 98x. */
static gboolean
is_french_postcode (const char *d)
{
  int department = (d[0] - '0') * 10 + (d[1] - '0');
  return strlen (d) == 5 && department >= 1 && department != 96 && department <= 98;
}

/* A city's name after a postcode: "Paris", "Saint-Herblain", "Le Mans"; its end or 0. */
static gsize
city_after (const char *t, gsize len, gsize pos)
{
  gsize p = pos, e;

  if (p + 1 >= len || t[p] != ' ')
    return 0;
  p++;
  /* A capital first: ASCII, or the Latin-1 capitals of UTF-8 (C3 80..9E: "Évry") */
  if (!(g_ascii_isupper (t[p])
        || ((guchar)t[p] == 0xC3 && p + 1 < len && (guchar)t[p + 1] >= 0x80
            && (guchar)t[p + 1] <= 0x9E)))
    return 0;
  e = compound_end (t, len, p, 48);
  while (e > p && t[e - 1] == '-')
    e--;
  /* "Le Mans", "La Rochelle": the article and the name */
  if ((word_is (t, p, e, "le") || word_is (t, p, e, "la") || word_is (t, p, e, "les")))
    {
      gsize more = city_after (t, len, e);
      return more != 0 ? more : 0;
    }
  return e;
}

gboolean
voile_spoken_postcode_fr (VoileCandidate *c)
{
  char digits[MAX_SPOKEN_DIGITS + 1];
  gsize start, end;

  if (!(anchor_langs (c) & FR) || !read_spoken_digits (c, FR, digits, &start, &end)
      || !is_french_postcode (digits))
    return FALSE;
  gsize city = city_after (c->text, c->len, end);
  if (city == 0)
    return FALSE;
  c->start = start;
  c->end = city;
  return TRUE;
}

/* The earliest start of a French cardinal that ends right at end ("mille deux cents"
 * before " euros"); G_MAXSIZE when none does. */
static gsize
cardinal_fr_ending_at (const char *t, gsize len, gsize end)
{
  gsize starts[12];
  guint n = 0;
  gsize p = end, e;

  /* Back over the words of numbers, joined by blanks or hyphens */
  while (n < G_N_ELEMENTS (starts))
    {
      gsize s = voile_number_words_word_start (t, p);
      if (s == p || !(voile_number_word_langs (t, len, s, &e) & FR || word_is (t, s, p, "et")))
        break;
      starts[n++] = s;
      if (s == 0 || (t[s - 1] != ' ' && t[s - 1] != '-'))
        break;
      p = s - 1;
    }
  while (n > 0)
    {
      guint value = 0;
      gsize s = starts[--n];
      if (voile_number_words_cardinal (t, len, s, FR, &value) == end && value > 0)
        return s;
    }
  return G_MAXSIZE;
}

gboolean
voile_spoken_amount_fr (VoileCandidate *c)
{
  gsize a = c->anchor;
  gsize e = a;

  while (e < c->len && g_ascii_isalpha (c->text[e]) && e - a < 6)
    e++;
  if (!word_is (c->text, a, e, "euro") && !word_is (c->text, a, e, "euros"))
    return FALSE;
  if (a < 2 || c->text[a - 1] != ' ')
    return FALSE;
  gsize start = cardinal_fr_ending_at (c->text, c->len, a - 1);
  if (start == G_MAXSIZE)
    return FALSE;
  c->start = start;
  c->end = e;
  /* "… euros et cinquante-six centimes" */
  if (e + 4 < c->len && voile_ascii_strncasecmp (c->text + e, " et ", 4) == 0)
    {
      guint cents = 0;
      gsize ce = voile_number_words_cardinal (c->text, c->len, e + 4, FR, &cents);
      if (ce != 0 && cents > 0 && cents < 100 && ce + 1 < c->len && c->text[ce] == ' '
          && word_is (c->text, ce + 1, voile_number_words_word_end (c->text, c->len, ce + 1),
                      "centimes"))
        c->end = ce + 9;
    }
  return TRUE;
}

/* A year after a date: ", 2026", " 1982", " nineteen eighty-two", " twenty twenty-six",
 * " two thousand and twenty-six". Returns its end, or pos when there is none. */
static gsize
year_after (const char *t, gsize len, gsize pos)
{
  gsize p = pos;
  guint value = 0;

  if (p < len && t[p] == ',')
    p++;
  if (p + 1 >= len || t[p] != ' ')
    return pos;
  p++;
  if (p + 4 <= len && (t[p] == '1' || t[p] == '2') && g_ascii_isdigit (t[p + 1])
      && g_ascii_isdigit (t[p + 2]) && g_ascii_isdigit (t[p + 3])
      && (p + 4 == len || !g_ascii_isalnum (t[p + 4])))
    return p + 4;
  gsize e = voile_number_words_cardinal (t, len, p, EN, &value);
  if (e != 0 && value >= 1900 && value <= 2099)
    return e;
  if (e != 0 && (value == 19 || value == 20) && e + 1 < len && t[e] == ' ')
    {
      guint rest = 0;
      gsize e2 = voile_number_words_cardinal (t, len, e + 1, EN, &rest);
      if (e2 != 0 && rest >= 10 && rest <= 99)
        return e2;
    }
  /* (g20-spoken) a birth year said in two words' tens ("fifth of june eighty-two, …", "third
   * of May ninety-seven."), the clause closed after it: "the fourth of July forty guests" is a
   * count */
  if (e != 0 && value >= 20 && value <= 99 && (e == len || strchr (",.;!?\r\n", t[e]) != NULL))
    return e;
  return pos;
}

/* The start of an English ordinal day that ends at end ("twelfth", "twenty-first",
 * "thirty first"), or G_MAXSIZE. */
static gsize
ordinal_ending_at (const char *t, gsize len, gsize end)
{
  guint day;

  /* Every ordinal ends so ("first", "second", "third", "fourth"): most words before a month
   * are no ordinal, and are not looked up. */
  if (end < 2)
    return G_MAXSIZE;
  char x = (char)(t[end - 2] | 0x20), y = (char)(t[end - 1] | 0x20);
  if (!((x == 's' && y == 't') || (x == 'n' && y == 'd') || (x == 'r' && y == 'd')
        || (x == 't' && y == 'h')))
    return G_MAXSIZE;
  gsize s = voile_number_words_word_start (t, end);

  if (s == end)
    return G_MAXSIZE;
  /* the ten before the unit */
  if (s >= 2 && (t[s - 1] == '-' || t[s - 1] == ' '))
    {
      gsize s2 = voile_number_words_word_start (t, s - 1);
      if (s2 < s - 1 && voile_number_words_ordinal_en (t, len, s2, &day) == end)
        return s2;
    }
  return voile_number_words_ordinal_en (t, len, s, &day) == end ? s : G_MAXSIZE;
}

gboolean
voile_spoken_date_en (VoileCandidate *c)
{
  const char *t = c->text;
  gsize a = c->anchor, month_end = a, start = G_MAXSIZE, end = 0;
  guint day = 0;

  while (month_end < c->len && g_ascii_isalpha (t[month_end]))
    month_end++;
  /* "twelfth of january", "the twenty-first of March", and British "twelfth January" */
  if (a >= 2 && t[a - 1] == ' ')
    {
      gsize ord_end = a - 1;
      if (a >= 5 && (t[a - 2] == 'f' || t[a - 2] == 'F') && (t[a - 3] == 'o' || t[a - 3] == 'O')
          && t[a - 4] == ' ')
        ord_end = a - 4;
      start = ordinal_ending_at (t, c->len, ord_end);
      if (start != G_MAXSIZE)
        end = month_end;
      /* without "of", "the second March rally" is no date: a year or a stop must follow */
      if (start != G_MAXSIZE && ord_end == a - 1 && year_after (t, c->len, end) == end
          && end < c->len && !strchr (",.;!?\r\n", t[end]))
        start = G_MAXSIZE;
    }
  /* "March third", "January the twenty-first"; "may first" is a verb's */
  if (start == G_MAXSIZE && month_end + 1 < c->len && t[month_end] == ' '
      && !(t[a] == 'm' && (t[a + 1] == 'a' || t[a + 1] == 'A') && month_end - a == 3))
    {
      gsize p = month_end + 1;
      if (p + 4 < c->len && voile_ascii_strncasecmp (t + p, "the ", 4) == 0)
        p += 4;
      gsize e = voile_number_words_ordinal_en (t, c->len, p, &day);
      if (e != 0)
        start = a, end = e;
    }
  if (start == G_MAXSIZE
      || (end < c->len && (voile_number_words_letter_len (t, c->len, end) != 0 || t[end] == '-')))
    return FALSE;
  c->start = start;
  c->end = year_after (t, c->len, end);
  return TRUE;
}

/* The house number in words at anchor ("quarante-deux", "douze bis"), not the end of a
 * longer number; returns its end or 0. */
static gsize
house_number_words (const char *t, gsize len, gsize anchor, guint lang)
{
  guint value = 0;
  gsize e;

  /* (g20-spoken) a comma or a stop before ends the value before ("fifth of june eighty-two,
   * forty one Elmwood Crescent"): not the end of a longer number */
  gsize sep = voile_number_words_separator_before (t, anchor);
  if (spoken_start (t, len, anchor, lang) != anchor
      && (sep == anchor || memchr (t + sep, ',', anchor - sep) == NULL))
    return 0;
  e = voile_number_words_cardinal (t, len, anchor, lang, &value);
  if (e == 0 || value == 0 || value > 9999)
    return 0;
  return e;
}

gboolean
voile_spoken_street_fr_prefilter (const char *t, gsize len, gsize anchor, gsize end)
{
  /* With their lengths: a word of another length is compared with none. */
#define T(w)                                                                                       \
  {                                                                                                \
    w, sizeof (w) - 1                                                                              \
  }
  static const struct
  {
    const char *word;
    gsize length;
  } street_types[] = {
    T ("rue"),       T ("avenue"),   T ("boulevard"), T ("allée"),  T ("allee"),
    T ("impasse"),   T ("chemin"),   T ("place"),     T ("quai"),   T ("cours"),
    T ("route"),     T ("square"),   T ("passage"),   T ("voie"),   T ("sentier"),
    T ("faubourg"),  T ("cité"),     T ("résidence"), T ("hameau"), T ("lotissement"),
    T ("promenade"), T ("villa"),    T ("ruelle"),    T ("montée"), T ("traverse"),
    T ("clos"),      T ("chaussée"), T ("esplanade"),
  };
#undef T
  gsize p = after_number_words (t, len, anchor, FR), w = p;

  (void)end;
  if (p == anchor || p >= len || t[p - 1] != ' ')
    return FALSE;
  w = voile_number_words_word_end (t, len, p);
  if (word_is (t, p, w, "bis") || word_is (t, p, w, "ter") || word_is (t, p, w, "quater"))
    {
      if (w + 1 >= len || t[w] != ' ')
        return FALSE;
      p = w + 1;
      w = p;
      w = voile_number_words_word_end (t, len, p);
    }
  for (gsize k = 0; k < G_N_ELEMENTS (street_types); k++)
    {
      gsize n = street_types[k].length;
      /* the accents of "allée", "cité" are lower case in a transcript */
      if (w - p == n && voile_ascii_strncasecmp (t + p, street_types[k].word, n) == 0)
        return house_number_words (t, len, anchor, FR) != 0;
    }
  return FALSE;
}

gboolean
voile_spoken_street_en_prefilter (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = after_number_words (t, len, anchor, EN);

  (void)end;
  /* a capitalised word after the number: the street's name */
  if (p == anchor || p >= len || t[p - 1] != ' ' || !g_ascii_isupper (t[p]))
    return FALSE;
  return house_number_words (t, len, anchor, EN) != 0;
}

/* ---- e-mail addresses read out: "john dot smith at gmail dot com",
 * "marie point dupont arobase orange point fr" ------------------------------------------- */

/* An address's word: letters and digits ("smith82"), and "." "_" "-" written inside. */
static gsize
address_word_end (const char *t, gsize len, gsize pos)
{
  gsize e = pos;
  while (e < len && e - pos < 64
         && (g_ascii_isalnum (t[e])
             || ((t[e] == '.' || t[e] == '_' || t[e] == '-') && e > pos && e + 1 < len
                 && g_ascii_isalnum (t[e + 1]))))
    e++;
  return e;
}

static gsize
address_word_start (const char *t, gsize end)
{
  gsize s = end;
  while (s > 0 && end - s < 64
         && (g_ascii_isalnum (t[s - 1])
             || ((t[s - 1] == '.' || t[s - 1] == '_' || t[s - 1] == '-') && s - 1 > 0
                 && g_ascii_isalnum (t[s - 2]) && s < end)))
    s--;
  return s;
}

/* The words said for ".", "_" and "-" between the parts of an address, with their blanks. */
static const char *const spoken_joiners[]
    = { " dot ",          " underscore ", " dash ",         " hyphen ", " point ",
        " tiret du bas ", " tiret bas ",  " tiret du six ", " tiret ",  NULL };

/* A joiner at pos (" dot "): its end, or 0. */
static gsize
joiner_after (const char *t, gsize len, gsize pos)
{
  for (const char *const *j = spoken_joiners; *j != NULL; j++)
    {
      gsize n = strlen (*j);
      if (pos + n < len && voile_ascii_strncasecmp (t + pos, *j, n) == 0)
        return pos + n;
    }
  return 0;
}

/* A joiner that ends at end: its start, or G_MAXSIZE. */
static gsize
joiner_before (const char *t, gsize end)
{
  for (const char *const *j = spoken_joiners; *j != NULL; j++)
    {
      gsize n = strlen (*j);
      if (end >= n + 1 && voile_ascii_strncasecmp (t + end - n, *j, n) == 0)
        return end - n;
    }
  return G_MAXSIZE;
}

static gboolean
is_top_level_domain (const char *t, gsize s, gsize e)
{
  static const char *const tlds[]
      = { "com", "fr", "net", "org", "uk", "ie", "io", "eu",   "de",  "be",  "ch",  "ca",
          "au",  "us", "es",  "it",  "nl", "lu", "re", "info", "biz", "edu", "gov", NULL };
  return voile_ascii_word_in (t + s, e - s, tlds);
}

/* A word that says an address follows, in the 48 bytes before pos: one word before "at"
 * is an address's local part only then ("email me at", "we met at Google dot com"). */
static gboolean
address_cue_before (const char *t, gsize pos)
{
  static const char *const cues[]
      = { "mail",    "email", "e-mail", "courriel", "adresse", "address",
          "contact", "écri",  "ecri",   "write",    NULL };
  return cue_before (t, pos, 48, cues);
}

/* "email me at …", "reach us at …": who, not whose address. */
static gboolean
is_pronoun (const char *t, gsize s, gsize e)
{
  static const char *const pronouns[]
      = { "me", "us", "him", "her", "them", "you", "it", "moi", "nous", "lui", "is", NULL };
  return voile_ascii_word_in (t + s, e - s, pronouns);
}

gboolean
voile_spoken_email_prefilter (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = anchor;

  (void)end;
  while (p < len && p - anchor < 9 && g_ascii_isalpha (t[p]))
    p++;
  if (p + 1 >= len || t[p] != ' ')
    return FALSE;
  gsize e = address_word_end (t, len, p + 1);
  if (e == p + 1 || e + 1 >= len)
    return FALSE;
  /* "gmail.com" written; "at 3.2" is a version */
  gsize last_dot = e;
  while (last_dot > p + 1 && t[last_dot - 1] != '.')
    last_dot--;
  if (last_dot > p + 1)
    return e - last_dot >= 2 && g_ascii_isalpha (t[last_dot]) && g_ascii_isalpha (t[e - 1])
           && is_top_level_domain (t, last_dot, e);
  return t[e] == ' '
         && ((e + 5 < len && voile_ascii_strncasecmp (t + e, " dot ", 5) == 0)
             || (e + 7 < len && voile_ascii_strncasecmp (t + e, " point ", 7) == 0));
}

gboolean
voile_spoken_email (VoileCandidate *c)
{
  const char *t = c->text;
  gsize len = c->len, a = c->anchor;
  gsize at_end = voile_number_words_word_end (t, len, a);

  if (!word_is (t, a, at_end, "at") && !word_is (t, a, at_end, "arobase")
      && !word_is (t, a, at_end, "arrobase") && !word_is (t, a, at_end, "arobas"))
    return FALSE;
  /* The domain: words joined by " dot ", the last one a top-level domain */
  if (at_end + 1 >= len || t[at_end] != ' ')
    return FALSE;
  gsize p = at_end + 1, e = address_word_end (t, len, p), end = 0;
  guint dots = 0;
  if (e == p)
    return FALSE;
  /* "gmail.com" written, "gmail dot com" said */
  if (memchr (t + p, '.', e - p) != NULL)
    {
      gsize last_dot = e;
      while (last_dot > p && t[last_dot - 1] != '.')
        last_dot--;
      if (is_top_level_domain (t, last_dot, e))
        end = e;
    }
  for (guint parts = 0; parts < 4; parts++)
    {
      gsize j = joiner_after (t, len, e);
      if (j == 0 || t[j - 2] == 'h'
          || (t[e + 1] != 'd' && t[e + 1] != 'p' && t[e + 1] != 'D' && t[e + 1] != 'P'))
        break; /* only " dot " and " point " in a domain */
      gsize we = address_word_end (t, len, j);
      if (we == j)
        break;
      dots++;
      e = we;
      if (is_top_level_domain (t, j, we))
        end = we;
    }
  if (end == 0 || (dots == 0 && memchr (t + p, '.', end - p) == NULL))
    return FALSE;
  /* The local part before: one word, or words joined by " dot ", " underscore "… */
  if (a < 2 || t[a - 1] != ' ')
    return FALSE;
  gsize start = address_word_start (t, a - 1);
  if (start == a - 1 || (start > 0 && !(t[start - 1] == ' ' || t[start - 1] == '\n')))
    return FALSE;
  guint local_words = 1;
  for (guint parts = 0; parts < 3; parts++)
    {
      gsize j = joiner_before (t, start);
      if (j == G_MAXSIZE)
        break;
      gsize s = address_word_start (t, j);
      if (s == j)
        break;
      start = s;
      local_words++;
    }
  /* "j.smith" is one word written with its dot; "met" is a word, "look at example.com" a
   * site: one plain word needs a cue before and a domain said, not written */
  if (local_words == 1 && memchr (t + start, '.', a - 1 - start) == NULL
      && memchr (t + start, '_', a - 1 - start) == NULL
      && (dots == 0 || !address_cue_before (t, start) || is_pronoun (t, start, a - 1)))
    return FALSE;
  c->start = start;
  c->end = end;
  return TRUE;
}

/* ---- (g18-ids2) a number spelled one digit at a time: "6 0 0 2 9 1 7 3" -------------- */

/* The end of six to fourteen single digits parted by single spaces from the anchor
 * ("4 1 0 8 2 2 7 6": a paper form's boxes, a transcript's dictation); 0 when the digits
 * are grouped ("06 12 34"), fewer, or count up, down or stay the same. */
static gsize
spelled_digits_end (const char *t, gsize len, gsize anchor, char *digits)
{
  gsize p = anchor, n = 0;

  for (;;)
    {
      if (p >= len || !g_ascii_isdigit (t[p]) || (p + 1 < len && g_ascii_isdigit (t[p + 1])))
        return 0;
      if (n >= 14)
        return 0;
      digits[n++] = t[p++];
      if (p + 1 < len && t[p] == ' ' && g_ascii_isdigit (t[p + 1]))
        p++;
      else
        break;
    }
  digits[n] = '\0';
  if (n < 6 || is_counting (digits, n) || (p < len && g_ascii_isalnum (t[p])))
    return 0;
  return p;
}

/* A transcript's speaker at the line's start ("AGENT:", "CALLER:", "CONSEILLÈRE :"): the
 * label's length up to its colon, 0 when none. */
static gsize
speaker_label (const char *t, gsize ls, gsize le)
{
  gsize p = ls;
  if (p >= le || !g_ascii_isupper (t[p]))
    return 0;
  while (p < le && p - ls < 24 && (g_ascii_isalpha (t[p]) || (guchar)t[p] >= 0x80 || t[p] == ' '))
    p++;
  return p < le && t[p] == ':' ? p - ls : 0;
}

/* The previous line, when it asks a question ("And your supporter number please?") or is
 * another speaker's turn ("AGENT: Can I take your supporter number, it's on the letter." over
 * "CALLER: Yes it's, um, 6 0 0 …"): its start and its end (160 bytes at most), or FALSE.
 * A transcript's answer gives the number its question names. */
static gboolean
question_line_before (const char *t, gsize pos, gsize *s, gsize *e)
{
  gsize ls = pos;
  /* a line's start at most VOILE_LINE_READ_MAX bytes back: one long line (a flat paste) is
   * no transcript, and reading it whole per number made scans quadratic */
  while (ls > 0 && pos - ls < VOILE_LINE_READ_MAX && t[ls - 1] != '\n')
    ls--;
  if (ls == 0 || t[ls - 1] != '\n')
    return FALSE;
  gsize pe = ls - 1;
  while (pe > 0 && (t[pe - 1] == ' ' || t[pe - 1] == '\r'))
    pe--;
  if (pe == 0)
    return FALSE;
  gsize ps = pe;
  while (ps > 0 && t[ps - 1] != '\n' && pe - ps < 400)
    ps--;
  if (t[pe - 1] != '?')
    {
      gsize a = speaker_label (t, ps, pe), b = speaker_label (t, ls, pos);
      if (a == 0 || b == 0 || (a == b && memcmp (t + ps, t + ls, a) == 0))
        return FALSE;
    }
  *s = pe - ps > 160 ? pe - 160 : ps;
  *e = pe;
  return TRUE;
}

/* Does cue() hold anywhere in the line [s, e) (its 48-byte windows, every 40 bytes)? */
static gboolean
cue_in_line (gboolean (*cue) (const char *, gsize), const char *t, gsize s, gsize e)
{
  for (gsize p = MIN (s + 48, e);; p = MIN (p + 40, e))
    {
      if (cue (t, p))
        return TRUE;
      if (p == e)
        return FALSE;
    }
}

/* Does a document's word come in the 48 bytes before pos, on its line? */
static gboolean
document_cue_before (const char *t, gsize pos)
{
  static const char *const documents[]
      = { "passport",         "passeport",       "licence",          "license",
          "permis",           "identity card",   "id card",          "carte d'identité",
          "carte d’identité", "titre de séjour", "residence permit", NULL };
  return cue_before (t, pos, 48, documents);
}

/* Reads the spelled digits at the anchor, one to three capitals and a space before them taken
 * in ("Z 4 7 1 8 2 9 3": a passport's), and asks cue() of the line before them, or of the
 * question the line before asks. */
static gboolean
spelled_number (VoileCandidate *c, gboolean (*cue) (const char *, gsize))
{
  const char *t = c->text;
  char digits[16];
  gsize end = spelled_digits_end (t, c->len, c->anchor, digits);
  gsize start = c->anchor, qs, qe;

  if (end == 0)
    return FALSE;
  /* one to three capitals: "Z 4 7 1…", "PT 2 2 6 4 1 9" */
  if (start >= 2 && t[start - 1] == ' ' && g_ascii_isupper (t[start - 2]))
    {
      gsize l = start - 2;
      while (l > 0 && start - 1 - l < 3 && g_ascii_isupper (t[l - 1]))
        l--;
      if (l == 0 || !g_ascii_isalnum (t[l - 1]))
        start = l;
    }
  if (!cue (t, start)
      && !(question_line_before (t, start, &qs, &qe) && cue_in_line (cue, t, qs, qe)))
    return FALSE;
  c->start = start;
  c->end = end;
  return TRUE;
}

/* A reference's words before pos, or a person's noun ("supporter", "donor", "tenant": the
 * nouns the tables' headers know) with a number's word after it ("supporter number"). */
static gboolean
spelled_reference_cue (const char *t, gsize pos)
{
  static const char *const numbers[] = { "number", "numéro", "numero", "n°", "no", "ref", NULL };
  gsize from = pos > 48 ? pos - 48 : 0;
  gboolean person = FALSE;

  if (reference_cue_before (t, pos))
    return TRUE;
  for (gsize i = pos; i > from; i--)
    if (t[i - 1] == '\n')
      {
        from = i;
        break;
      }
  for (gsize i = from; i < pos;)
    {
      if (!g_ascii_isalpha (t[i]) && (guchar)t[i] < 0x80)
        {
          i++;
          continue;
        }
      gsize e = i;
      char w[24];
      while (e < pos && (g_ascii_isalpha (t[e]) || (guchar)t[e] >= 0x80 || t[e] == '\xb0'))
        e++;
      if (e - i < sizeof w)
        {
          for (gsize k = i; k < e; k++)
            w[k - i] = g_ascii_tolower (t[k]);
          w[e - i] = '\0';
          if (person && voile_ascii_word_in (w, e - i, numbers))
            return TRUE;
          person = voile_person_noun_flags (w, e - i) != 0;
        }
      else
        person = FALSE;
      i = e;
    }
  return FALSE;
}

gboolean
voile_spelled_reference (VoileCandidate *c)
{
  return spelled_number (c, spelled_reference_cue) && !document_cue_before (c->text, c->start);
}

gboolean
voile_spelled_document (VoileCandidate *c)
{
  return spelled_number (c, document_cue_before);
}
