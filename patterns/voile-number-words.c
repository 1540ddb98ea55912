/* voile-number-words.c — numbers written in words, French and English. */
#include "voile-number-words.h"

#include <string.h>

#define FR VOILE_NUMBER_LANG_FR
#define EN VOILE_NUMBER_LANG_EN

typedef enum
{
  KIND_UNIT,     /* 0..9 */
  KIND_TEEN,     /* 10..19 */
  KIND_TENS,     /* 20..90 */
  KIND_HUNDRED,  /* "cent", "hundred" */
  KIND_THOUSAND, /* "mille", "thousand" */
  KIND_AND,      /* "et", "and" */
  KIND_OH,       /* "oh", "nought": a 0 read as a digit, never a cardinal */
  KIND_REPEAT,   /* "double", "triple" before a digit */
} WordKind;

typedef struct
{
  const char *word;
  guint8 length;
  guint8 kind;
  guint8 langs;
  guint16 value;
} NumberWord;

#define W(w, kind, langs, value)                                                                   \
  {                                                                                                \
    w, sizeof (w) - 1, kind, langs, value                                                          \
  }

static const NumberWord number_words[] = {
  /* sorted by first letter: see index_table() */
  W ("and", KIND_AND, EN, 0),
  W ("cinq", KIND_UNIT, FR, 5),
  W ("cinquante", KIND_TENS, FR, 50),
  W ("cent", KIND_HUNDRED, FR, 100),
  W ("cents", KIND_HUNDRED, FR, 100),
  W ("deux", KIND_UNIT, FR, 2),
  W ("dix", KIND_TEEN, FR, 10),
  W ("douze", KIND_TEEN, FR, 12),
  W ("double", KIND_REPEAT, EN, 2),
  W ("eight", KIND_UNIT, EN, 8),
  W ("eleven", KIND_TEEN, EN, 11),
  W ("eighteen", KIND_TEEN, EN, 18),
  W ("eighty", KIND_TENS, EN, 80),
  W ("et", KIND_AND, FR, 0),
  W ("four", KIND_UNIT, EN, 4),
  W ("five", KIND_UNIT, EN, 5),
  W ("fourteen", KIND_TEEN, EN, 14),
  W ("fifteen", KIND_TEEN, EN, 15),
  W ("forty", KIND_TENS, EN, 40),
  W ("fifty", KIND_TENS, EN, 50),
  W ("huit", KIND_UNIT, FR, 8),
  W ("hundred", KIND_HUNDRED, EN, 100),
  W ("mille", KIND_THOUSAND, FR, 1000),
  W ("nought", KIND_OH, EN, 0),
  W ("neuf", KIND_UNIT, FR, 9),
  W ("nine", KIND_UNIT, EN, 9),
  W ("nineteen", KIND_TEEN, EN, 19),
  W ("ninety", KIND_TENS, EN, 90),
  W ("oh", KIND_OH, EN, 0),
  W ("one", KIND_UNIT, EN, 1),
  W ("onze", KIND_TEEN, FR, 11),
  W ("quatre", KIND_UNIT, FR, 4),
  W ("quatorze", KIND_TEEN, FR, 14),
  W ("quinze", KIND_TEEN, FR, 15),
  W ("quarante", KIND_TENS, FR, 40),
  W ("six", KIND_UNIT, FR | EN, 6),
  W ("sept", KIND_UNIT, FR, 7),
  W ("seven", KIND_UNIT, EN, 7),
  W ("seize", KIND_TEEN, FR, 16),
  W ("sixteen", KIND_TEEN, EN, 16),
  W ("seventeen", KIND_TEEN, EN, 17),
  W ("soixante", KIND_TENS, FR, 60),
  W ("sixty", KIND_TENS, EN, 60),
  W ("seventy", KIND_TENS, EN, 70),
  W ("two", KIND_UNIT, EN, 2),
  W ("trois", KIND_UNIT, FR, 3),
  W ("three", KIND_UNIT, EN, 3),
  W ("ten", KIND_TEEN, EN, 10),
  W ("twelve", KIND_TEEN, EN, 12),
  W ("treize", KIND_TEEN, FR, 13),
  W ("thirteen", KIND_TEEN, EN, 13),
  W ("twenty", KIND_TENS, EN, 20),
  W ("trente", KIND_TENS, FR, 30),
  W ("thirty", KIND_TENS, EN, 30),
  W ("thousand", KIND_THOUSAND, EN, 1000),
  W ("triple", KIND_REPEAT, EN, 3),
  W ("un", KIND_UNIT, FR, 1),
  W ("une", KIND_UNIT, FR, 1),
  W ("vingt", KIND_TENS, FR, 20),
  W ("vingts", KIND_TENS, FR, 20),
  W ("zéro", KIND_UNIT, FR, 0),
  W ("zero", KIND_UNIT, FR | EN, 0),
};

static const NumberWord ordinals_en[] = {
  /* sorted by first letter: see index_table() */
  W ("eighth", KIND_UNIT, EN, 8),       W ("eleventh", KIND_TEEN, EN, 11),
  W ("eighteenth", KIND_TEEN, EN, 18),  W ("first", KIND_UNIT, EN, 1),
  W ("fourth", KIND_UNIT, EN, 4),       W ("fifth", KIND_UNIT, EN, 5),
  W ("fourteenth", KIND_TEEN, EN, 14),  W ("fifteenth", KIND_TEEN, EN, 15),
  W ("ninth", KIND_UNIT, EN, 9),        W ("nineteenth", KIND_TEEN, EN, 19),
  W ("second", KIND_UNIT, EN, 2),       W ("sixth", KIND_UNIT, EN, 6),
  W ("seventh", KIND_UNIT, EN, 7),      W ("sixteenth", KIND_TEEN, EN, 16),
  W ("seventeenth", KIND_TEEN, EN, 17), W ("third", KIND_UNIT, EN, 3),
  W ("tenth", KIND_TEEN, EN, 10),       W ("twelfth", KIND_TEEN, EN, 12),
  W ("thirteenth", KIND_TEEN, EN, 13),  W ("twentieth", KIND_TEEN, EN, 20),
  W ("thirtieth", KIND_TEEN, EN, 30),
};

#undef W

/* The longest word of the tables, in bytes: a longer word is none of them. */
#define LONGEST_WORD 11

gsize
voile_number_words_word_end (const char *t, gsize len, gsize pos)
{
  gsize e = pos, n;
  while (e < len && e - pos < 24 && (n = voile_number_words_letter_len (t, len, e)) != 0)
    e += n;
  return e;
}

gsize
voile_number_words_word_start (const char *t, gsize end)
{
  gsize s = end;
  while (s > 0 && end - s < 24)
    {
      if (g_ascii_isalpha (t[s - 1]))
        s--;
      else if (s >= 2 && ((guchar)t[s - 1] & 0xC0) == 0x80
               && ((guchar)t[s - 2] == 0xC3 || (guchar)t[s - 2] == 0xC5))
        s -= 2;
      else
        break;
    }
  return s;
}

static gboolean
letter_at (const char *t, gsize len, gsize pos)
{
  return pos < len && voile_number_words_letter_len (t, len, pos) != 0;
}

/* Case-insensitive, for ASCII and the Latin-1 letters of UTF-8 ("ZÉRO"). */
static gboolean
same_word (const char *t, const char *word, gsize n)
{
  for (gsize i = 0; i < n; i++)
    {
      guchar a = (guchar)t[i], b = (guchar)word[i];
      if (a == b)
        continue;
      if (a >= 'A' && a <= 'Z' && (a | 0x20) == b)
        continue;
      if (i > 0 && a >= 0x80 && (guchar)word[i - 1] == 0xC3 && (a | 0x20) == b)
        continue;
      return FALSE;
    }
  return TRUE;
}

/* A table of words sorted by first letter, and where each letter's words start in it
 * (start[26]: the end), computed at the first lookup. */
typedef struct
{
  const NumberWord *words;
  gsize n_words;
  gsize ready;
  guint8 start[27];
  /* Per first letter, bit n set when one of its words is n bytes long. */
  guint16 lengths[26];
} WordTable;

static WordTable cardinal_table = { number_words, G_N_ELEMENTS (number_words), 0, { 0 }, { 0 } };
static WordTable ordinal_en_table = { ordinals_en, G_N_ELEMENTS (ordinals_en), 0, { 0 }, { 0 } };

static void
index_table (WordTable *table)
{
  gsize i = 0;
  for (guint letter = 0; letter < 26; letter++)
    {
      while (i < table->n_words && (guint)(table->words[i].word[0] - 'a') < letter)
        i++;
      table->start[letter] = (guint8)i;
    }
  table->start[26] = (guint8)table->n_words;
  for (gsize k = 0; k < table->n_words; k++)
    table->lengths[table->words[k].word[0] - 'a'] |= 1u << table->words[k].length;
}

/* voile_number_words_word_end(), stopping once the word is longer than limit bytes: a
 * longer word is no number word, and its end is not needed. */
static gsize
word_end_within (const char *t, gsize len, gsize pos, gsize limit)
{
  gsize e = pos, n;
  while (e < len && e - pos < limit && (n = voile_number_words_letter_len (t, len, e)) != 0)
    e += n;
  return e;
}

static const NumberWord *
lookup_in (WordTable *table, const char *t, gsize len, gsize pos, guint langs, gsize *end)
{
  if (g_once_init_enter (&table->ready))
    {
      index_table (table);
      g_once_init_leave (&table->ready, 1);
    }
  if (pos >= len || !g_ascii_isalpha (t[pos]))
    return NULL;
  /* t[pos] is an ASCII letter: setting bit 5 lowers it (g_ascii_tolower() is a call). */
  guint letter = (guint)(((guchar)t[pos] | 0x20) - 'a');
  guint first = table->start[letter], stop = table->start[letter + 1];
  /* Most words start with a letter no number word does ("b", "p", "r"…): no need to find
   * their end. */
  if (first == stop)
    return NULL;
  gsize e = word_end_within (t, len, pos, LONGEST_WORD + 1);
  gsize n = e - pos;

  if (n > LONGEST_WORD || !(table->lengths[letter] & (1u << n)))
    return NULL;
  for (guint i = first; i < stop; i++)
    {
      const NumberWord *w = &table->words[i];
      if (w->length == n && (w->langs & langs) && same_word (t + pos, w->word, n))
        {
          *end = e;
          return w;
        }
    }
  return NULL;
}

static const NumberWord *
lookup (const char *t, gsize len, gsize pos, guint langs, gsize *end)
{
  return lookup_in (&cardinal_table, t, len, pos, langs, end);
}

static const NumberWord *
lookup_ordinal_en (const char *t, gsize len, gsize pos, gsize *end)
{
  return lookup_in (&ordinal_en_table, t, len, pos, EN, end);
}

guint
voile_number_word_langs (const char *text, gsize len, gsize pos, gsize *end)
{
  const NumberWord *w = lookup (text, len, pos, FR | EN, end);
  guint langs = 0;

  /* "six" and "zero" are in both languages: one entry says so. "et", "and" join numbers
   * but are none. */
  if (w != NULL && w->kind != KIND_AND)
    langs = w->langs;
  return langs;
}

/* The next word of a compound: after a '-' or one space ("trente-quatre", "vingt deux"). */
static gsize
compound_next (const char *t, gsize len, gsize pos)
{
  if (pos < len && (t[pos] == '-' || t[pos] == ' ') && letter_at (t, len, pos + 1))
    return pos + 1;
  return 0;
}

/* A word of a kind and value range after a compound separator; its end, or 0. */
static gsize
compound_word (const char *t, gsize len, gsize pos, guint lang, guint kind_mask, guint lo, guint hi,
               const NumberWord **found)
{
  gsize p = compound_next (t, len, pos), e;
  if (p == 0)
    return 0;
  const NumberWord *w = lookup (t, len, p, lang, &e);
  if (w == NULL || !(kind_mask & (1u << w->kind)) || w->value < lo || w->value > hi)
    return 0;
  *found = w;
  return e;
}

/* The units after a ten: "-quatre", " et un", "-dix-sept" (after soixante and quatre-vingt). */
static gsize
tens_tail (const char *t, gsize len, gsize pos, guint lang, gboolean teens, guint *value)
{
  const NumberWord *w, *and;
  gsize p = pos, e;

  /* "vingt et un", "soixante-et-onze", "twenty and one" is no English */
  if (lang == FR && (e = compound_word (t, len, p, lang, 1u << KIND_AND, 0, 0, &and)) != 0)
    p = e;
  e = compound_word (t, len, p, lang, (1u << KIND_UNIT) | (teens ? 1u << KIND_TEEN : 0), 1,
                     teens ? 16 : 9, &w);
  if (e == 0)
    return 0;
  /* "quarante quatre-vingt-treize": the "quatre" of a "quatre-vingt" opens the next number,
   * it is no unit of the ten before (a phone read in pairs: "… dix-sept quarante
   * quatre-vingt-treize vingt-huit") */
  const NumberWord *eighty;
  if (lang == FR && w->value == 4 && e < len && t[e] == '-'
      && compound_word (t, len, e, lang, 1u << KIND_TENS, 20, 20, &eighty) != 0)
    return 0;
  *value = w->value;
  if (lang == FR && w->value == 10)
    {
      const NumberWord *u;
      gsize e2 = compound_word (t, len, e, lang, 1u << KIND_UNIT, 7, 9, &u);
      if (e2 != 0)
        {
          *value = 10 + u->value;
          e = e2;
        }
    }
  return e;
}

/* 0..99 in words. */
static gsize
small_number (const char *t, gsize len, gsize pos, guint lang, guint *value)
{
  gsize e, e2;
  const NumberWord *w = lookup (t, len, pos, lang, &e), *x;
  guint tail = 0;

  if (w == NULL)
    return 0;
  switch (w->kind)
    {
      case KIND_UNIT:
        /* "quatre-vingt(s)", "quatre-vingt-dix-huit" */
        if (lang == FR && w->value == 4
            && (e2 = compound_word (t, len, e, lang, 1u << KIND_TENS, 20, 20, &x)) != 0)
          {
            *value = 80;
            if (t[e2 - 1] != 's' && t[e2 - 1] != 'S'
                && (e = tens_tail (t, len, e2, lang, TRUE, &tail)) != 0)
              {
                *value += tail;
                return e;
              }
            return e2;
          }
        *value = w->value;
        return e;
      case KIND_TEEN:
        *value = w->value;
        if (lang == FR && w->value == 10
            && (e2 = compound_word (t, len, e, lang, 1u << KIND_UNIT, 7, 9, &x)) != 0)
          {
            *value = 10 + x->value;
            return e2;
          }
        return e;
      case KIND_TENS:
        *value = w->value;
        if (t[e - 1] == 's' || t[e - 1] == 'S') /* "vingts" ends its number */
          return e;
        if ((e2 = tens_tail (t, len, e, lang, lang == FR && w->value == 60, &tail)) != 0)
          {
            *value += tail;
            return e2;
          }
        return e;
      default:
        return 0;
    }
}

/* 0..999: "deux cent cinquante", "cent", "twelve hundred", "two hundred and fifty". */
static gsize
below_thousand (const char *t, gsize len, gsize pos, guint lang, guint *value)
{
  gsize e, e2, p;
  guint v = 1, rest = 0;
  const NumberWord *w = lookup (t, len, pos, lang, &e);

  if (w == NULL)
    return 0;
  if (w->kind == KIND_HUNDRED && lang == FR)
    p = pos; /* "cent vingt": one hundred */
  else
    {
      e = small_number (t, len, pos, lang, &v);
      if (e == 0)
        return 0;
      const NumberWord *h;
      if (compound_word (t, len, e, lang, 1u << KIND_HUNDRED, 100, 100, &h) == 0 || v == 0
          || (lang == FR && v == 1))
        {
          *value = v;
          return e;
        }
      p = compound_next (t, len, e);
    }
  lookup (t, len, p, lang, &e); /* the "cent" / "hundred" */
  *value = v * 100;
  p = e;
  if (lang == EN && (e2 = compound_next (t, len, p)) != 0)
    {
      const NumberWord *and = lookup (t, len, e2, lang, &e2);
      if (and != NULL && and->kind == KIND_AND)
        p = e2;
    }
  if ((e2 = compound_next (t, len, p)) != 0 && (e2 = small_number (t, len, e2, lang, &rest)) != 0
      && rest > 0)
    {
      *value += rest;
      return e2;
    }
  return e;
}

gsize
voile_number_words_cardinal (const char *text, gsize len, gsize pos, VoileNumberLang lang,
                             guint *value)
{
  gsize e, e2, p;
  guint high = 1, low = 0;
  const NumberWord *w = lookup (text, len, pos, lang, &e), *k;

  if (w == NULL)
    return 0;
  if (w->kind == KIND_THOUSAND && lang == FR)
    p = pos; /* "mille deux cents" */
  else
    {
      e = below_thousand (text, len, pos, lang, &high);
      if (e == 0)
        return 0;
      if (compound_word (text, len, e, lang, 1u << KIND_THOUSAND, 1000, 1000, &k) == 0 || high == 0)
        {
          *value = high;
          return e;
        }
      p = compound_next (text, len, e);
    }
  lookup (text, len, p, lang, &e);
  *value = high * 1000;
  p = e;
  if (lang == EN && (e2 = compound_next (text, len, p)) != 0)
    {
      const NumberWord *and = lookup (text, len, e2, lang, &e2);
      if (and != NULL && and->kind == KIND_AND)
        p = e2;
    }
  if ((e2 = compound_next (text, len, p)) != 0
      && (e2 = below_thousand (text, len, e2, lang, &low)) != 0 && low > 0)
    {
      *value += low;
      return e2;
    }
  return e;
}

gsize
voile_number_words_ordinal_en (const char *text, gsize len, gsize pos, guint *value)
{
  gsize e, e2;
  const NumberWord *w = lookup_ordinal_en (text, len, pos, &e);

  if (w != NULL)
    {
      *value = w->value;
      return e;
    }
  /* "twenty-first", "thirty first" */
  w = lookup (text, len, pos, EN, &e);
  if (w == NULL || w->kind != KIND_TENS || w->value > 30
      || (e2 = compound_next (text, len, e)) == 0)
    return 0;
  const NumberWord *u = lookup_ordinal_en (text, len, e2, &e);
  if (u == NULL || u->kind != KIND_UNIT || (w->value == 30 && u->value > 1))
    return 0;
  *value = w->value + u->value;
  return e;
}

gsize
voile_number_words_separator_after (const char *t, gsize len, gsize pos)
{
  gsize p = pos;
  guint blanks = 0;

  while (p < len && t[p] == ' ' && blanks < 3)
    p++, blanks++;
  if (p < len && (t[p] == ',' || t[p] == '.' || t[p] == '-' || t[p] == ';'))
    {
      p++;
      while (p < len && t[p] == ' ' && blanks < 6)
        p++, blanks++;
    }
  return p > pos ? p : 0;
}

gsize
voile_number_words_digits (const char *text, gsize len, gsize pos, VoileNumberLang lang,
                           char *digits, gsize size, guint *n_words)
{
  gsize p = pos, end = 0, n = 0;
  guint words = 0;

  g_return_val_if_fail (size > 0, 0);
  for (;;)
    {
      char group[8];
      gsize g = 0, e = 0;

      if (p < len && g_ascii_isdigit (text[p]))
        {
          /* "06 douze 34": digit runs mixed in, up to four digits each */
          e = p;
          while (e < len && g_ascii_isdigit (text[e]) && e - p < 5)
            group[g++] = text[e++];
          if (g > 4 || (e < len && g_ascii_isalnum (text[e])))
            break;
        }
      else
        {
          guint v;
          const NumberWord *w = lookup (text, len, p, lang, &e);
          if (w == NULL)
            break;
          if (w->kind == KIND_OH)
            group[g++] = '0';
          else if (w->kind == KIND_REPEAT)
            {
              /* "double five", "triple oh" */
              gsize u = compound_next (text, len, e), ue;
              const NumberWord *d = u != 0 ? lookup (text, len, u, lang, &ue) : NULL;
              if (d == NULL || (d->kind != KIND_UNIT && d->kind != KIND_OH))
                break;
              for (guint i = 0; i < w->value; i++)
                group[g++] = (char)('0' + d->value);
              e = ue;
            }
          else if ((e = small_number (text, len, p, lang, &v)) != 0)
            {
              if (v >= 10)
                group[g++] = (char)('0' + v / 10);
              group[g++] = (char)('0' + v % 10);
            }
          else
            break;
          words++;
        }
      if (n + g >= size)
        return 0; /* too long for what the caller looks for: a list, a count */
      memcpy (digits + n, group, g);
      n += g;
      end = e;
      gsize s = voile_number_words_separator_after (text, len, end);
      if (s == 0)
        break;
      p = s;
    }
  digits[n] = '\0';
  *n_words = words;
  return end;
}

gsize
voile_number_words_separator_before (const char *t, gsize pos)
{
  gsize p = pos;
  guint blanks = 0;

  while (p > 0 && t[p - 1] == ' ' && blanks < 3)
    p--, blanks++;
  if (p > 0 && (t[p - 1] == ',' || t[p - 1] == '.' || t[p - 1] == '-' || t[p - 1] == ';'))
    {
      p--;
      while (p > 0 && t[p - 1] == ' ' && blanks < 6)
        p--, blanks++;
    }
  return p;
}
