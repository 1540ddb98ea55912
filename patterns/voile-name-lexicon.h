/* voile-name-lexicon.h — what a word is: a first name, a surname, a common word, a title…
 *
 * Two hash tables compiled into the library from data/names/ (no file read at run time).
 * Words are looked up by their folded key: lower case, accents dropped, apostrophes
 * dropped ("Hélène", "HELENE" and "hélène" are one key; "O'Neill" is "oneill").
 */
#pragma once

#include <glib.h>
#include <string.h>

#include "voile-name-lexicon-data.h"

G_BEGIN_DECLS

typedef enum
{
  VOILE_NAME_FIRST = 1 << 0,     /* a given name */
  VOILE_NAME_LAST = 1 << 1,      /* a surname */
  VOILE_NAME_AMBIGUOUS = 1 << 2, /* a name that is also a common word: "Rose", "Petit" */
  VOILE_NAME_PROPER = 1 << 3,    /* a name that is also a place or brand: "Florence" */
  VOILE_NAME_WORD = 1 << 4,      /* a common word and no name: "Station", "Market" */
  /* Two words that name a place together, keyed "santa ana" (folded words, one space):
   * "Santa Ana", "Nova Scotia" read as a given name and a surname. */
  VOILE_NAME_PLACE_PAIR = 1 << 5,
} VoileNameFlags;

/* Order = class list of data/names/compile-name-table.py. */
typedef enum
{
  VOILE_CONTEXT_TITLE = 1 << 0,
  VOILE_CONTEXT_GREETING = 1 << 1,
  VOILE_CONTEXT_CLOSING = 1 << 2,
  VOILE_CONTEXT_DETERMINER = 1 << 3,
  VOILE_CONTEXT_PARTICLE = 1 << 4,
  VOILE_CONTEXT_PLACE_BEFORE = 1 << 5,
  VOILE_CONTEXT_ORG_AFTER = 1 << 6,
  VOILE_CONTEXT_STOP = 1 << 7,
  VOILE_CONTEXT_PERSON_KEY = 1 << 8,
  VOILE_CONTEXT_FIRST_KEY = 1 << 9,
  VOILE_CONTEXT_LAST_KEY = 1 << 10,
  VOILE_CONTEXT_THING_KEY = 1 << 11,
  VOILE_CONTEXT_CITY_KEY = 1 << 12,
  VOILE_CONTEXT_LIVES = 1 << 13,
  VOILE_CONTEXT_FROM_KEY = 1 << 14,
  VOILE_CONTEXT_VARIETY = 1 << 15,
  VOILE_CONTEXT_KIN = 1 << 16,
  VOILE_CONTEXT_REACH = 1 << 17,
  VOILE_CONTEXT_SAYS = 1 << 18,
  VOILE_CONTEXT_ADDRESS = 1 << 19,
  VOILE_CONTEXT_ADDRESS_STRONG = 1 << 20,
  VOILE_CONTEXT_JOIN = 1 << 21,
  VOILE_CONTEXT_MEMBER_KEY = 1 << 22,
  VOILE_CONTEXT_PAYEE = 1 << 23,
  VOILE_CONTEXT_MERCHANT = 1 << 24,
  VOILE_CONTEXT_CONTACT_VERB = 1 << 25,
  VOILE_CONTEXT_PATRONYM = 1 << 26,
} VoileContextFlags;

/* Longest folded key looked up; longer words are never names. */
#define VOILE_NAME_KEY_MAX 40

/* Folds word[0..len) into out (VOILE_NAME_KEY_MAX bytes). FALSE when the word holds
 * anything but letters of Latin-1/Latin Extended-A, hyphens and apostrophes, or is too
 * long: such a word is in no table. */
gboolean
voile_name_fold (const char *word, gsize len, char *out, gsize *out_len);

/* Flags of a folded key; 0 when unknown. */
guint
voile_name_lexicon_lookup (const char *key, gsize len);
guint
voile_name_context_lookup (const char *key, gsize len);
/* Both lookups of one folded key, hashed once. */
void
voile_name_lookup_both (const char *key, gsize len, guint *context, guint *name);

/* Folds word[0..len) and hashes the key in one pass (no key buffer): FALSE when
 * voile_name_fold() would fail. The hash is all the lookups below need. */
gboolean
voile_name_fold_hash (const char *word, gsize len, guint64 *hash);
guint
voile_name_lexicon_lookup_hash (guint64 hash);
guint
voile_name_context_lookup_hash (guint64 hash);

/* Fold and look up in one go: 0 when the word cannot be folded. */
guint
voile_name_lookup_word (const char *word, gsize len);
guint
voile_name_context_word (const char *word, gsize len);

/* Context flags of a two-byte word of data/names/short-words.txt ("ok", "cc", "à"), raw
 * bytes as typed in lower case; 0 for any other. Costs a few compares, no hashing. */
static inline guint
voile_name_short_word (const char *word)
{
  extern const guint64 voile_name_short_word_mask;
  extern const guint voile_name_short_word_count;
  extern const guint16 voile_name_short_word_bytes[];
  extern const guint32 voile_name_short_word_flags[];
  guint16 bytes = (guint16)((guchar)word[0] | (guchar)word[1] << 8);

  if (!((voile_name_short_word_mask >> ((((guchar)word[0]) ^ (7u * (guchar)word[1])) % 64)) & 1))
    return 0;
  for (guint i = 0; i < voile_name_short_word_count; i++)
    if (voile_name_short_word_bytes[i] == bytes)
      return voile_name_short_word_flags[i];
  return 0;
}

/* Does the word (ASCII, any case) end like a brand or a place (data/names/brand-endings.txt:
 * "Infotech", "Bricoville")? The word must be two letters longer than the ending. */
gboolean
voile_name_has_brand_ending (const char *word, gsize len);

/* Is the entity key (folded, given names first: "alan turing") a public figure's full name
 * (data/names/public-figures.txt)? */
gboolean
voile_name_is_public_figure (const char *key);

/* Longest word of voile_name_intro_ends (INTRO_LEN_MAX in compile-name-table.py). */
#define VOILE_NAME_INTRO_LEN_MAX 12

static inline guint64
voile_name_load_le (const char *p, gsize n)
{
  guint64 v = 0;
  memcpy (&v, p, n);
  return GUINT64_FROM_LE (v);
}

/* A byte of x equal to 0? (The classic test: exact for "any".) */
static inline gboolean
voile_name_has_zero_byte (guint64 x)
{
  return ((x - G_GUINT64_CONSTANT (0x0101010101010101)) & ~x
          & G_GUINT64_CONSTANT (0x8080808080808080))
         != 0;
}

/* FALSE when the word surely has none of the context classes kin, greeting, reach and title
 * (a word of ASCII letters and hyphens whose length, first and last letters match no such
 * word): most words of prose, ruled out without folding, hashing or a table probe. TRUE
 * means "look it up". Inline: it runs for most word pairs of prose, where a call cost as
 * much as the test. */
static inline gboolean
voile_name_may_introduce (const char *word, gsize len)
{
  guint64 a, b;

  if (len < 2 || len > VOILE_NAME_INTRO_LEN_MAX)
    return TRUE;
  guint first = ((guchar)word[0] | 0x20) - 'a', last = ((guchar)word[len - 1] | 0x20) - 'a';
  if (first >= 26 || last >= 26 || ((voile_name_intro_ends[len][first] >> last) & 1))
    return TRUE;
  /* Its ends rule it out if the word folds to its own bytes (no byte past ASCII, no
   * apostrophe): then the key has the word's length and ends. Any other ASCII byte fails
   * the fold, and a word that cannot be folded has no context class at all. Read as two
   * overlapping loads, zero-padded: no byte loop. */
  if (len >= 8)
    a = voile_name_load_le (word, 8), b = voile_name_load_le (word + len - 8, 8);
  else if (len >= 4)
    a = voile_name_load_le (word, 4), b = voile_name_load_le (word + len - 4, 4);
  else /* two or three bytes: by hand, as memcpy() of a variable length is a call */
    a = (guchar)word[0] | (guint64)(guchar)word[1] << 8
        | (len == 3 ? (guint64)(guchar)word[2] << 16 : 0),
    b = 0;
  if (((a | b) & G_GUINT64_CONSTANT (0x8080808080808080)) != 0)
    return TRUE;
  const guint64 quotes = G_GUINT64_CONSTANT (0x2727272727272727);
  return voile_name_has_zero_byte (a ^ quotes) || voile_name_has_zero_byte (b ^ quotes);
}

G_END_DECLS
