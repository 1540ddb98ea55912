/* voile-name-lexicon.h — what a word is: a first name, a surname, a common word, a title…
 *
 * Two hash tables compiled into the library from data/names/ (no file read at run time).
 * Words are looked up by their folded key: lower case, accents dropped, apostrophes
 * dropped ("Hélène", "HELENE" and "hélène" are one key; "O'Neill" is "oneill").
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  VOILE_NAME_FIRST = 1 << 0,     /* a given name */
  VOILE_NAME_LAST = 1 << 1,      /* a surname */
  VOILE_NAME_AMBIGUOUS = 1 << 2, /* a name that is also a common word: "Rose", "Petit" */
  VOILE_NAME_PROPER = 1 << 3,    /* a name that is also a place or brand: "Florence" */
  VOILE_NAME_WORD = 1 << 4,      /* a common word and no name: "Station", "Market" */
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

/* FALSE when the word surely has none of the context classes kin, greeting, reach and title
 * (a word of ASCII letters and hyphens whose length, first and last letters match no such
 * word): most words of prose, ruled out without folding, hashing or a table probe. TRUE
 * means "look it up". */
gboolean
voile_name_may_introduce (const char *word, gsize len);

G_END_DECLS
