/* voile-name-tokens.c — words of a line, with their shape, for the name finder. */
#include "config.h"

#include "voile-name-tokens.h"
#include "voile-ascii.h"
#include "voile-name-lexicon.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Byte classes of ASCII, so the hot loop needs no library call. */
enum
{
  BYTE_LOWER = 1 << 0,
  BYTE_UPPER = 1 << 1,
  BYTE_DIGIT = 1 << 2,
  BYTE_SPACE = 1 << 3, /* blanks that keep two words joined */
  BYTE_BREAK = 1 << 4, /* after these a capital says nothing: ". ! ? ; : | ( ) [ ] \" * >" */
};

static guint8 byte_class[256]; /* 0 for bytes >= 0x80 */
static guint16 line_mark[256]; /* VoileLineMarks of a byte */
/* VOILE_LINE_CELL for the bytes after which a word may open a cell. */
static const guint16 cell_mark[256] = {
  [','] = VOILE_LINE_CELL, [';'] = VOILE_LINE_CELL, ['\t'] = VOILE_LINE_CELL,
  ['|'] = VOILE_LINE_CELL, ['"'] = VOILE_LINE_CELL,
};
/* What a number or identifier glued to it takes in: ASCII letters and digits, '_', and
 * every byte of a UTF-8 sequence. */
static const guint8 glued_byte[256] = {
  ['0' ... '9'] = 1, ['a' ... 'z'] = 1, ['A' ... 'Z'] = 1, ['_'] = 1, [0x80 ... 0xff] = 1,
};

/* Bytes that end a word of ASCII lower-case letters there (the word loop breaks on them):
 * every ASCII byte but letters, digits, '_', '\'' and '-'. Bytes >= 0x80 may be letters or
 * a curly apostrophe: left to the word loop. */
static const guint8 ends_plain_word[256] = {
  [0x00 ... 0x26] = 1, [0x28 ... 0x2c] = 1, [0x2e ... 0x2f] = 1, [0x3a ... 0x40] = 1,
  [0x5b ... 0x5e] = 1, [0x60] = 1,          [0x7b ... 0x7f] = 1,
};

static void
init_byte_class (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      for (int c = 'a'; c <= 'z'; c++)
        byte_class[c] = BYTE_LOWER;
      for (int c = 'A'; c <= 'Z'; c++)
        byte_class[c] = BYTE_UPPER;
      for (int c = '0'; c <= '9'; c++)
        byte_class[c] = BYTE_DIGIT;
      byte_class[' '] = byte_class['\r'] = byte_class['\v'] = byte_class['\f'] = BYTE_SPACE;
      for (const char *b = ".!?;:|()[]\"*>"; *b != '\0'; b++)
        byte_class[(guchar)*b] = BYTE_BREAK;
      line_mark[':'] = VOILE_LINE_KEY;
      line_mark['='] = VOILE_LINE_KEY | VOILE_LINE_EQUALS;
      line_mark['['] = VOILE_LINE_BRACKET;
      line_mark[','] = line_mark[';'] = line_mark['\t'] = line_mark['|'] = VOILE_LINE_DELIM;
      line_mark['\t'] |= VOILE_LINE_PIPE_TAB;
      line_mark['|'] |= VOILE_LINE_PIPE_TAB;
      line_mark['"'] = VOILE_LINE_QUOTE;
      line_mark['{'] = line_mark['}'] = VOILE_LINE_BRACE;
      line_mark['/'] = VOILE_LINE_SLASH;
      line_mark['('] = VOILE_LINE_PAREN;
      line_mark['&'] = VOILE_LINE_AMPERSAND;
      g_once_init_leave (&done, 1);
    }
}

/* Letter at p (p < end)? len gets the character's byte length, upper its case. */
static inline gboolean
letter_at (const char *p, const char *end, gsize *len, gboolean *upper)
{
  guchar c = (guchar)*p;

  if (c < 0x80)
    {
      *len = 1;
      *upper = (byte_class[c] & BYTE_UPPER) != 0;
      return (byte_class[c] & (BYTE_LOWER | BYTE_UPPER)) != 0;
    }
  if (c < 0xc0)
    {
      *len = 1;
      return FALSE;
    }
  *len = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
  if (p + *len > end)
    {
      *len = 1;
      return FALSE;
    }
  if (c == 0xc3)
    {
      /* Latin-1 letters, the common case: À-Þ upper, ß-ÿ lower, × and ÷ not letters. */
      guchar d = (guchar)p[1];
      *upper = d < 0x9f;
      return d >= 0x80 && d != 0x97 && d != 0xb7;
    }
  gunichar u = g_utf8_get_char (p);
  *upper = g_unichar_isupper (u);
  return g_unichar_isalpha (u);
}

/* « » “ ” at p? A capital after them says nothing. */
static inline gboolean
is_opening_quote (const char *p, const char *end)
{
  guchar a = (guchar)p[0], b = p + 1 < end ? (guchar)p[1] : 0;

  if (a == 0xc2)
    return b == 0xab || b == 0xbb;
  return a == 0xe2 && b == 0x80 && p + 2 < end && ((guchar)p[2] == 0x9c || (guchar)p[2] == 0x9d);
}

/* ’ (U+2019) at p? */
/* Does an English contraction's ending ("ll", "ve", "re", "m", "d", "t") start at p and end
 * the word? */
static gboolean
contraction_at (const char *p, const char *end)
{
  gsize n = 0;

  while (p + n < end && n < 3 && (byte_class[(guchar)p[n]] & BYTE_LOWER))
    n++;
  if (n == 0 || n > 2 || (p + n < end && (byte_class[(guchar)p[n]] & (BYTE_LOWER | BYTE_UPPER))))
    return FALSE;
  if (n == 1)
    return p[0] == 'm' || p[0] == 'd' || p[0] == 't';
  return (p[0] == 'l' && p[1] == 'l') || (p[0] == 'v' && p[1] == 'e')
         || (p[0] == 'r' && p[1] == 'e');
}

static inline gboolean
is_curly_apostrophe (const char *p, const char *end)
{
  return p + 3 <= end && (guchar)p[0] == 0xe2 && (guchar)p[1] == 0x80 && (guchar)p[2] == 0x99;
}

static gboolean
is_elision (const char *word, gsize len)
{
  static const char *const elisions[]
      = { "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu" };

  if (len == 0)
    return FALSE;
  /* The first byte before the length and the other bytes: asked of every word before an
   * apostrophe. */
  const char first = (char)voile_ascii_lower (word[0]);
  for (guint i = 0; i < G_N_ELEMENTS (elisions); i++)
    if (elisions[i][0] == first && strlen (elisions[i]) == len
        && voile_ascii_strncasecmp (word, elisions[i], len) == 0)
      return TRUE;
  return FALSE;
}

/* Prefixes after which a capital stays inside a name: "McDonald", "MacArthur", "DeVito",
 * "LaFontaine", "DiCaprio", "VanDyke", "FitzGerald", "NicDhòmhnaill" (Scottish Gaelic). */
static gboolean
is_name_prefix (const char *segment, gsize len)
{
  static const char *const prefixes2[] = { "Mc", "De", "Di", "Da", "Du", "La", "Le" };
  static const char *const prefixes3[] = { "Mac", "Nic", "Van", "Von" };

  switch (len)
    {
      case 2:
        for (guint i = 0; i < G_N_ELEMENTS (prefixes2); i++)
          if (memcmp (segment, prefixes2[i], 2) == 0)
            return TRUE;
        return FALSE;
      case 3:
        for (guint i = 0; i < G_N_ELEMENTS (prefixes3); i++)
          if (memcmp (segment, prefixes3[i], 3) == 0)
            return TRUE;
        return FALSE;
      case 4:
        return memcmp (segment, "Fitz", 4) == 0;
      default:
        return FALSE;
    }
}

/* End of the run of ASCII letters of one case (first: 'a' or 'A') starting at p. Sixteen bytes at a
 * time where the line allows: the end of a word is then found without a loop exit that the branch
 * predictor cannot guess (word lengths vary). */
static inline const char *
letter_run_end (const char *p, const char *end, char first, guint8 cls)
{
#ifdef __SSE2__
  const __m128i shift = _mm_set1_epi8 ((char)(0x80 - first));
  const __m128i limit = _mm_set1_epi8 ((char)(0x80 + 26));

  while (end - p >= 16)
    {
      /* c - first < 26 unsigned, as a signed compare of bytes shifted by 0x80. */
      __m128i bytes = _mm_loadu_si128 ((const __m128i *)(const void *)p);
      __m128i in_run = _mm_cmplt_epi8 (_mm_add_epi8 (bytes, shift), limit);
      guint mask = (guint)_mm_movemask_epi8 (in_run) ^ 0xffffu;
      if (mask != 0)
        return p + __builtin_ctz (mask);
      p += 16;
    }
#endif
  while (p < end && (byte_class[(guchar)*p] & cls))
    p++;
  return p;
}

static inline const char *
lower_run_end (const char *p, const char *end)
{
  return letter_run_end (p, end, 'a', BYTE_LOWER);
}

static inline const char *
upper_run_end (const char *p, const char *end)
{
  return letter_run_end (p, end, 'A', BYTE_UPPER);
}

/* End of the run of glued_byte[] bytes starting at p: sixteen bytes at a time where the
 * line allows, as for letter runs (numbers and identifiers vary in length too). */
static inline const char *
glued_run_end (const char *p, const char *end)
{
#ifdef __SSE2__
  const __m128i digit_shift = _mm_set1_epi8 ((char)(0x80 - '0'));
  const __m128i digit_limit = _mm_set1_epi8 ((char)(0x80 + 10));
  const __m128i letter_shift = _mm_set1_epi8 ((char)(0x80 - 'a'));
  const __m128i letter_limit = _mm_set1_epi8 ((char)(0x80 + 26));

  while (end - p >= 16)
    {
      __m128i bytes = _mm_loadu_si128 ((const __m128i *)(const void *)p);
      /* (c | 0x20) - 'a' < 26 for ASCII letters of either case and no other byte. */
      __m128i folded = _mm_or_si128 (bytes, _mm_set1_epi8 (0x20));
      __m128i glued = _mm_or_si128 (
          _mm_or_si128 (_mm_cmplt_epi8 (_mm_add_epi8 (bytes, digit_shift), digit_limit),
                        _mm_cmplt_epi8 (_mm_add_epi8 (folded, letter_shift), letter_limit)),
          _mm_or_si128 (_mm_cmpeq_epi8 (bytes, _mm_set1_epi8 ('_')),
                        _mm_cmplt_epi8 (bytes, _mm_setzero_si128 ()))); /* >= 0x80 */
      guint mask = (guint)_mm_movemask_epi8 (glued) ^ 0xffffu;
      if (mask != 0)
        return p + __builtin_ctz (mask);
      p += 16;
    }
#endif
  while (p < end && glued_byte[(guchar)*p])
    p++;
  return p;
}

/* VOILE_LINE_UNSEEN when the bytes after the first of a character of clen bytes hold an
 * ASCII byte (malformed UTF-8: the loop steps over it unseen), else 0. */
static inline guint
steps_over_ascii (const char *p, gsize clen)
{
  gboolean ascii = FALSE;

  for (gsize k = 1; k < clen; k++)
    ascii |= (guchar)p[k] < 0x80;
  return ascii ? VOILE_LINE_UNSEEN : 0;
}

static inline gboolean
is_space (guchar c)
{
  return c == '\t' || (byte_class[c] & BYTE_SPACE);
}

/* The first byte from p on that is no space ('\0' at end): a word's next_char, read ahead
 * when the word is stored (the gap after a word is short), not looked for at every byte the
 * loop meets after it. */
static inline char
next_non_space (const char *p, const char *end)
{
  while (p < end && is_space ((guchar)*p))
    p++;
  return p < end ? *p : '\0';
}

guint
voile_name_tokenize_into (const char *text, gsize line_start, gsize line_end,
                          gboolean after_sentence, VoileToken *out, guint *marks)
{
  guint seen = 0;
  const char *end = text + line_end;
  const char *p = text + line_start;
  gboolean sentence;
  gboolean pending_elision = FALSE;
  guint n = 0;
  /* The caller's room: the loop writes in place. */
  const gsize room = VOILE_NAME_TOKENS_ROOM (line_end - line_start);
  /* The previous word of the line, whose joined flag the next word sets; a dummy before
   * the first, so that no branch tells them apart. */
  VoileToken before_first;
  VoileToken *prev = &before_first;

  gsize gap_start = line_start;
  gboolean gap_clean = FALSE; /* only spaces (or one dot) since the previous word */

  init_byte_class ();
  sentence = after_sentence;
  while (p < end)
    {
      gsize clen;
      gboolean upper;

      if (*p == ' ')
        {
          /* The most common byte between words: only the double-space test applies. */
          if (p > text + gap_start && p[-1] == ' ')
            {
              gap_clean = FALSE; /* two spaces: columns, not one name ("Saoirse   Brennan") */
              seen |= VOILE_LINE_SPACES;
            }
          p++;
          continue;
        }
      if (byte_class[(guchar)*p] & (BYTE_LOWER | BYTE_UPPER))
        {
          /* Only here and in the word loop below: a word reached from the one-space gap
           * follows a space. */
          seen |= p > text ? cell_mark[(guchar)p[-1]] : 0;
        plain_word:;
          /* Most words: an ASCII letter then ASCII lower-case letters (or upper-case
           * letters only), up to a space or a plain punctuation mark. Such a word is LOWER,
           * CAP, UPPER or INITIAL, and the word loop below has nothing to add. */
          const char *q = lower_run_end (p + 1, end);
          gboolean all_upper = FALSE;
          if (q == p + 1 && (byte_class[(guchar)*p] & BYTE_UPPER))
            {
              /* "DUPONT", "INFO": upper case only. */
              q = upper_run_end (q, end);
              all_upper = q > p + 1;
            }
          /* Latin-1 lower-case letters ("é", "à", "ß" but not "÷") continue the run. */
          while (!all_upper && end - q >= 2 && (guchar)q[0] == 0xc3 && (guchar)q[1] >= 0x9f
                 && (guchar)q[1] != 0xb7)
            q = lower_run_end (q + 2, end);
          if (q == end || ends_plain_word[(guchar)*q])
            {
              guint8 shape = (byte_class[(guchar)*p] & BYTE_LOWER) ? VOILE_SHAPE_LOWER
                             : all_upper                           ? VOILE_SHAPE_UPPER
                             : q == p + 1                          ? VOILE_SHAPE_INITIAL
                                                                   : VOILE_SHAPE_CAP;
              g_assert (n < room);
              out[n] = (VoileToken){
                .start = (gsize)(p - text),
                .end = (gsize)(q - text),
                .shape = shape,
                .sentence_start = (guint8)sentence,
                .elided = (guint8)pending_elision,
                .dot_after = q < end && *q == '.',
              };
              prev->joined = (guint8)gap_clean;
              prev = &out[n];
              n++;
              pending_elision = FALSE;
              sentence = FALSE;
              gap_start = (gsize)(q - text);
              gap_clean = TRUE;
              p = q;
              /* One space then a letter, the usual gap between two words: straight to the
               * next word, where the tests at the top of the loop would lead. */
              if (end - q >= 2 && q[0] == ' '
                  && (byte_class[(guchar)q[1]] & (BYTE_LOWER | BYTE_UPPER)))
                {
                  out[n - 1].next_char = q[1];
                  p = q + 1;
                  goto plain_word;
                }
              out[n - 1].next_char = next_non_space (q, end);
              continue;
            }
        }
      if ((guchar)*p < 0x80 && !(byte_class[(guchar)*p] & (BYTE_LOWER | BYTE_UPPER)))
        {
          /* An ASCII byte that is no letter (punctuation, digits, tabs: most of logs and
           * code), as below, with flags set rather than branches taken: the kinds of such
           * bytes alternate in no pattern the branch predictor could learn. */
          guchar c = (guchar)*p;
          guint8 cls = byte_class[c];
          seen |= line_mark[c];
          if (c == ':' && end - p >= 3 && p[1] == '/' && p[2] == '/')
            seen |= VOILE_LINE_SCHEME;
          if (c == '.')
            {
              if (p + 2 < end && p[1] == '.' && p[2] == '.')
                seen |= VOILE_LINE_DOTS;
              /* "a.roussel": what the search for dotted logins needs to look at all. */
              if (p > text + line_start && (byte_class[(guchar)p[-1]] & (BYTE_LOWER | BYTE_UPPER))
                  && p + 1 < end && (byte_class[(guchar)p[1]] & BYTE_LOWER))
                seen |= VOILE_LINE_DOTTED;
            }
          sentence |= (cls & BYTE_BREAK) != 0;
          /* "J. Dupont", "Dr. Petit": one dot keeps the words joined. */
          gap_clean &= (cls & BYTE_SPACE) != 0 || (c == '.' && p == text + gap_start);
          if (glued_byte[c])
            {
              /* A number or identifier glued to nothing: skip it whole. */
              p = glued_run_end (p, end);
              gap_clean = FALSE;
              continue;
            }
          p++;
          continue;
        }
      if (!letter_at (p, end, &clen, &upper))
        {
          guchar c = (guchar)*p;

          /* After these, a capital says nothing: "Hi" in "| Hi Niamh" opens a message. */
          guint8 cls = byte_class[c];
          seen |= line_mark[c];
          if (c == '.' && p + 2 < end && p[1] == '.' && p[2] == '.')
            seen |= VOILE_LINE_DOTS;
          if (cls & BYTE_BREAK)
            sentence = TRUE;
          else if (c >= 0x80 && is_opening_quote (p, end))
            sentence = TRUE; /* « Lu et approuvé », “Thanks” */
          if ((cls & BYTE_SPACE) && p > text + gap_start && p[-1] == ' ' && c == ' ')
            gap_clean = FALSE; /* two spaces: columns, not one name ("Saoirse   Brennan") */
          if (!(cls & BYTE_SPACE))
            {
              /* "J. Dupont", "Dr. Petit": one dot keeps the words joined. */
              if (!(c == '.' && gap_clean && p == text + gap_start))
                gap_clean = FALSE;
            }
          if ((cls & BYTE_DIGIT) || c == '_')
            {
              /* A number or identifier glued to nothing: skip it whole. */
              p = glued_run_end (p, end);
              gap_clean = FALSE;
              continue;
            }
          seen |= steps_over_ascii (p, clen);
          p += clen;
          continue;
        }

      /* A word. */
      const char *start = p;
      seen |= p > text ? cell_mark[(guchar)p[-1]] : 0;
      gboolean first_upper = upper;
      gboolean any_lower = FALSE, any_upper = FALSE, other = FALSE, camel = FALSE;
      gboolean prev_lower = FALSE;
      guint letters = 0;
      const char *segment = start;

      while (p < end)
        {
          if (byte_class[(guchar)*p] & BYTE_LOWER)
            {
              /* Fast path: a run of ASCII lower-case letters. */
              const char *q = lower_run_end (p + 1, end);
              any_lower = prev_lower = TRUE;
              letters += (guint)(q - p);
              p = q;
              if (p < end && *p == ' ')
                break; /* the usual end of a word, without going round the loop again */
              continue;
            }
          if (byte_class[(guchar)*p] & BYTE_UPPER)
            {
              /* A run of ASCII capitals ("RÉUNIRA", "SÉANCE": capitals around a Latin-1
               * one), as letter_at() below would take them one by one: only the first
               * can follow a lower-case letter. */
              any_upper = TRUE;
              /* "McDonald", "DeVito" are names; "MyClass", "NaOH" are not. */
              if (prev_lower && !is_name_prefix (segment, (gsize)(p - segment)))
                camel = TRUE;
              const char *q = upper_run_end (p + 1, end);
              prev_lower = FALSE;
              letters += (guint)(q - p);
              p = q;
              continue;
            }
          if (*p == ' ')
            break; /* the usual end of a word: none of the tests below applies */
          if (letter_at (p, end, &clen, &upper))
            {
              if (upper)
                {
                  any_upper = TRUE;
                  /* "McDonald", "DeVito" are names; "MyClass", "NaOH" are not. */
                  if (prev_lower && !is_name_prefix (segment, (gsize)(p - segment)))
                    camel = TRUE;
                }
              else
                any_lower = TRUE;
              prev_lower = !upper;
              letters++;
              seen |= steps_over_ascii (p, clen);
              p += clen;
              continue;
            }
          guchar c = (guchar)*p;
          gsize sep = c == '\'' || c == '-' ? 1 : is_curly_apostrophe (p, end) ? 3 : 0;
          gsize next_len;
          gboolean next_upper;

          /* "Theo's progress": the possessive is not part of the name. */
          if (sep > 0 && c != '-' && p + sep < end && (p[sep] == 's' || p[sep] == 'S')
              && (p + sep + 1 >= end
                  || !(byte_class[(guchar)p[sep + 1]] & (BYTE_LOWER | BYTE_UPPER))))
            break;
          /* "I'll", "You're", "Don't": a capitalised English contraction is no name ("Sophie
           * I'll"). */
          if (sep > 0 && c != '-' && first_upper && contraction_at (p + sep, end))
            other = TRUE;
          if (sep > 0 && p + sep < end && letter_at (p + sep, end, &next_len, &next_upper))
            {
              if (c != '-' && letters <= 6 && is_elision (start, (gsize)(p - start))
                  && !(letters == 1 && first_upper && next_upper))
                {
                  /* "l'Oréal", "d'Artagnan", "L'équipe": the word starts after the
                   * apostrophe. */
                  pending_elision = TRUE;
                  p += sep;
                  start = p;
                  segment = p;
                  first_upper = next_upper;
                  any_lower = any_upper = other = camel = prev_lower = FALSE;
                  letters = 0;
                  continue;
                }
              p += sep;
              prev_lower = FALSE;
              segment = p;
              continue;
            }
          if ((byte_class[c] & BYTE_DIGIT) || c == '_')
            {
              other = TRUE;
              p++;
              continue;
            }
          break;
        }

      VoileToken token = { 0 };
      g_assert (n < room);
      token.start = (gsize)(start - text);
      token.end = (gsize)(p - text);
      token.sentence_start = sentence;
      token.elided = pending_elision;
      token.dot_after = p < end && *p == '.';
      if (other || camel)
        token.shape = VOILE_SHAPE_OTHER;
      else if (!first_upper)
        token.shape = VOILE_SHAPE_LOWER;
      else if (letters == 1)
        token.shape = VOILE_SHAPE_INITIAL;
      else if (!any_lower && any_upper)
        token.shape = VOILE_SHAPE_UPPER;
      else
        token.shape = VOILE_SHAPE_CAP;

      prev->joined = (guint8)gap_clean;
      prev = &out[n];
      token.next_char = next_non_space (p, end);
      out[n++] = token;
      pending_elision = FALSE;
      sentence = FALSE;
      gap_start = token.end;
      gap_clean = TRUE;
    }

  if (marks != NULL)
    *marks = seen;
  return n;
}

void
voile_name_tokenize_line (const char *text, gsize line_start, gsize line_end,
                          gboolean after_sentence, GArray *tokens, guint *marks)
{
  guint first_index = tokens->len;

  g_array_set_size (tokens, first_index + VOILE_NAME_TOKENS_ROOM (line_end - line_start));
  guint n = voile_name_tokenize_into (text, line_start, line_end, after_sentence,
                                      (VoileToken *)(gpointer)tokens->data + first_index, marks);
  /* Shrinking a plain array (not zero-terminated, as tokens arrays are) is setting its
   * length: g_array_set_size() would go through g_array_remove_range(), a hot spot here. */
  tokens->len = first_index + n;
}

/* What the tables say of one word: its context flags and, when want_name, its name flags
 * (0 and 0 when it cannot be folded). A pure function of the word's bytes. Without
 * want_name the large name table is not touched. */
static void
word_flags (const char *word, gsize len, gboolean want_name, guint32 *context_flags,
            guint16 *name_flags)
{
  char key[VOILE_NAME_KEY_MAX];
  gsize key_len;
  guint64 hash;
  guint word_name;

  *context_flags = 0;
  *name_flags = 0;
  if (!voile_name_fold_hash (word, len, &hash))
    return;
  *context_flags = voile_name_context_lookup_hash (hash);
  /* "Ó Briain" has a particle, "Type O" and "O Level" a letter: the plain "o" folds alike. */
  if (len == 1 && (*word == 'o' || *word == 'O'))
    *context_flags &= ~(guint32)(VOILE_CONTEXT_PARTICLE | VOILE_CONTEXT_PATRONYM);
  if (!want_name)
    return;
  word_name = voile_name_lexicon_lookup_hash (hash);
  *name_flags = word_name;
  /* A hyphen of the key is a hyphen of the word (folding keeps it, makes no other). */
  if (word_name != 0 || memchr (word, '-', len) == NULL)
    return;
  if (!voile_name_fold (word, len, key, &key_len))
    return;

  /* "Jean-Pierre" is a first name when each part is; "Dupont-Martin" a surname when a part
   * is a name; "Saint-Denis" is a place. */
  gboolean all_first = TRUE, any_name = FALSE, all_ambiguous = TRUE;
  gboolean first_part = TRUE;
  gsize part_start = 0;

  for (gsize i = 0; i <= key_len; i++)
    {
      if (i < key_len && key[i] != '-')
        continue;
      if (i > part_start)
        {
          guint flags = voile_name_lexicon_lookup (key + part_start, i - part_start);
          guint context = voile_name_context_lookup (key + part_start, i - part_start);

          if (first_part && (context & VOILE_CONTEXT_PLACE_BEFORE))
            {
              *name_flags = VOILE_NAME_PROPER;
              return;
            }
          if (!(flags & VOILE_NAME_FIRST))
            all_first = FALSE;
          if (flags & (VOILE_NAME_FIRST | VOILE_NAME_LAST))
            any_name = TRUE;
          if (!(flags & VOILE_NAME_AMBIGUOUS))
            all_ambiguous = FALSE;
          first_part = FALSE;
        }
      part_start = i + 1;
    }
  if (all_first)
    *name_flags |= VOILE_NAME_FIRST;
  else if (any_name)
    *name_flags |= VOILE_NAME_LAST;
  if (any_name && all_ambiguous)
    *name_flags |= VOILE_NAME_AMBIGUOUS;
}

/* Words repeat (Zipf): a per-thread memo of word_flags() for short words spares the fold,
 * the hash and the probes into the 2 MiB name table (cache misses) on most lookups. Being
 * a pure function of the bytes, it stays valid from one text to the next; per thread, so
 * scans on several threads share nothing. */
#define MEMO_WORD_MAX 24
#define MEMO_SIZE 32768 /* a power of two: 1 MiB a thread */

typedef struct
{
  guint8 len;       /* 0: empty */
  guint8 have_name; /* name_flags known (context lookups alone do not fill them) */
  guint16 name_flags;
  guint32 context_flags;
  guint64 word[3]; /* the bytes, zero-padded, as read by read_padded() */
} WordMemo;

static GPrivate word_memo_key = G_PRIVATE_INIT (g_free); /* frees it when the thread ends */
/* The same, read without a call: initial-exec, as the library is linked into executables
 * (the default model of position-independent code reads it through __tls_get_addr(), a
 * call that made every lookup save and restore six registers). */
static _Thread_local WordMemo *word_memo __attribute__ ((tls_model ("initial-exec")));

static inline guint64
read_le64 (const char *p)
{
  guint64 v;
  memcpy (&v, p, 8);
  return GUINT64_FROM_LE (v);
}

static inline guint64
read_le32 (const char *p)
{
  guint32 v;
  memcpy (&v, p, 4);
  return GUINT32_FROM_LE (v);
}

/* The len (1..MEMO_WORD_MAX) bytes of word as three zero-padded little-endian words, read
 * with overlapping loads that stay inside the word: no copy, no byte loop. */
static inline void
read_padded (const char *word, gsize len, guint64 w[3])
{
  w[1] = w[2] = 0;
  if (len >= 8)
    {
      w[0] = read_le64 (word);
      if (len >= 16)
        {
          w[1] = read_le64 (word + 8);
          if (len > 16)
            w[2] = read_le64 (word + len - 8) >> (8 * (24 - len));
        }
      else if (len > 8)
        w[1] = read_le64 (word + len - 8) >> (8 * (16 - len));
    }
  else if (len >= 4)
    w[0] = read_le32 (word) | (read_le32 (word + len - 4) << (8 * (len - 4)));
  else
    {
      /* 1 to 3 bytes: the first, the middle and the last (some of them the same byte). */
      w[0] = (guint64)(guchar)word[0] | (guint64)(guchar)word[len / 2] << (8 * (len / 2))
             | (guint64)(guchar)word[len - 1] << (8 * (len - 1));
    }
}

/* A miss (or a hit without the name flags): the tables are read and the entry filled. Out
 * of line, so that the hit path stays short. */
static G_GNUC_NO_INLINE void
fill_memo (WordMemo *e, const char *word, gsize len, gboolean want_name, const guint64 w[3])
{
  if (e->len != len || e->word[0] != w[0] || e->word[1] != w[1] || e->word[2] != w[2])
    {
      word_flags (word, len, want_name, &e->context_flags, &e->name_flags);
      e->have_name = want_name;
      memcpy (e->word, w, 3 * sizeof (guint64));
      e->len = (guint8)len;
    }
  else
    {
      guint32 same_context;
      word_flags (word, len, TRUE, &same_context, &e->name_flags);
      e->have_name = TRUE;
    }
}

/* The index of the memo entry of a word of 1..MEMO_WORD_MAX bytes, and in w the padded bytes
 * it must hold (see read_padded()); *differs is 0 when it holds the word (and its name flags,
 * if want_name). No call on this path, so that its callers save no registers. */
static inline __attribute__ ((always_inline)) gsize
memo_slot (const WordMemo *memo, const char *word, gsize len, gsize before, gboolean want_name,
           guint64 w[3], guint64 *differs)
{
  const WordMemo *e;
  guint64 h;
  gsize slot;

  if (len <= 8 && before + len >= 8)
    {
      /* Most words: the eight bytes that end the word, shifted down to it, are the same
       * value as read_padded() gives, without its branches on the length, which the
       * predictor misses as word lengths vary. */
      w[0] = read_le64 (word + len - 8) >> (8 * (8 - len));
      w[1] = w[2] = 0;
    }
  else
    read_padded (word, len, w);
  h = (w[0] ^ (w[1] * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15)) ^ (w[2] >> 7))
      * G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  slot = (h >> 40) & (MEMO_SIZE - 1);
  e = &memo[slot];
  /* One test, not a chain of branches that the predictor would each have to guess. */
  *differs = (e->len ^ (guint64)len) | (e->word[0] ^ w[0]) | (e->word[1] ^ w[1])
             | (e->word[2] ^ w[2]) | (guint64)(want_name & !e->have_name);
  return slot;
}

static inline __attribute__ ((always_inline)) void
lookup_memo (WordMemo *memo, const char *word, gsize len, gsize before, gboolean want_name,
             guint32 *context_flags, guint16 *name_flags)
{
  guint64 w[3], differs;
  WordMemo *e = &memo[memo_slot (memo, word, len, before, want_name, w, &differs)];

  if (G_UNLIKELY (differs != 0))
    fill_memo (e, word, len, want_name, w);
  *context_flags = e->context_flags;
  *name_flags = e->name_flags;
}

/* Inlined into its two callers: the call's register saves cost a fifth of a memo hit.
 * before: how many bytes of the text come before word (readable). */
static inline __attribute__ ((always_inline)) void
lookup_word (const char *word, gsize len, gsize before, gboolean want_name, guint32 *context_flags,
             guint16 *name_flags)
{
  WordMemo *memo;

  if (len == 0 || len > MEMO_WORD_MAX)
    {
      word_flags (word, len, want_name, context_flags, name_flags);
      return;
    }
  memo = word_memo;
  if (G_UNLIKELY (memo == NULL))
    {
      memo = word_memo = g_new0 (WordMemo, MEMO_SIZE);
      g_private_set (&word_memo_key, memo);
    }
  lookup_memo (memo, word, len, before, want_name, context_flags, name_flags);
}

/* The memo's answer for a word of 1..MEMO_WORD_MAX bytes, when it holds one (name flags
 * too if want_name): FALSE on a miss, with nothing written. */
static inline __attribute__ ((always_inline)) gboolean
probe_memo (const WordMemo *memo, const char *word, gsize len, gsize before, gboolean want_name,
            guint32 *context_flags, guint16 *name_flags)
{
  guint64 w[3], differs;
  const WordMemo *e = &memo[memo_slot (memo, word, len, before, want_name, w, &differs)];

  if (G_UNLIKELY (differs != 0))
    return FALSE;
  *context_flags = e->context_flags;
  *name_flags = e->name_flags;
  return TRUE;
}

/* The lookups past the memo's hit path: a miss fills the memo (see lookup_word()). */
static G_GNUC_NO_INLINE void
fill_slow (const char *text, VoileToken *token, gboolean want_name)
{
  guint32 context_flags;
  guint16 name_flags;

  lookup_word (text + token->start, token->end - token->start, token->start, want_name,
               &context_flags, &name_flags);
  token->context_flags = context_flags;
  if (want_name)
    token->name_flags = name_flags;
}

void
voile_token_fill_context (const char *text, VoileToken *token)
{
  const WordMemo *memo = word_memo;
  gsize len = token->end - token->start;
  guint32 context_flags;
  guint16 name_flags;

  token->looked_up |= 1;
  if (token->shape == VOILE_SHAPE_OTHER || len > VOILE_NAME_KEY_MAX)
    return;
  /* A memo hit here; the rest (a miss, a word too long for the memo, no memo yet) as
   * before, in a tail call. */
  if (G_LIKELY (memo != NULL && len - 1 < MEMO_WORD_MAX)
      && probe_memo (memo, text + token->start, len, token->start, FALSE, &context_flags,
                     &name_flags))
    {
      token->context_flags = context_flags;
      return;
    }
  fill_slow (text, token, FALSE);
}

void
voile_token_fill (const char *text, VoileToken *token)
{
  const WordMemo *memo = word_memo;
  gsize len = token->end - token->start;
  guint32 context_flags;
  guint16 name_flags;

  token->looked_up = 3;
  if (token->shape == VOILE_SHAPE_OTHER)
    return;
  if (G_LIKELY (memo != NULL && len - 1 < MEMO_WORD_MAX)
      && probe_memo (memo, text + token->start, len, token->start, TRUE, &context_flags,
                     &name_flags))
    {
      token->context_flags = context_flags;
      token->name_flags = name_flags;
      return;
    }
  fill_slow (text, token, TRUE);
}
