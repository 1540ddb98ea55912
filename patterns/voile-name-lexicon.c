/* voile-name-lexicon.c — folding and hash lookups over the compiled name tables. */
#include "config.h"

#include "voile-name-lexicon.h"
#include "voile-ascii.h"
#include "voile-name-lexicon-data.h"

/* Must match hash64() in data/names/compile-name-table.py. */
static inline guint64
name_hash (const char *key, gsize len)
{
  guint64 h = G_GUINT64_CONSTANT (0xcbf29ce484222325);

  for (gsize i = 0; i < len; i++)
    {
      h ^= (guchar)key[i];
      h *= G_GUINT64_CONSTANT (0x100000001b3);
    }
  h ^= h >> 33;
  h *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  h ^= h >> 33;
  return h;
}

/* What folding does with an ASCII byte: one table read instead of several tests. */
enum
{
  FOLD_FAIL = 0, /* cannot be in a name: the word is not folded */
  FOLD_SKIP,     /* the apostrophe: dropped */
  FOLD_LETTER,   /* kept, lower-cased */
  FOLD_HYPHEN,   /* kept */
};
static const guint8 fold_ascii[128] = {
  ['a' ... 'z'] = FOLD_LETTER,
  ['A' ... 'Z'] = FOLD_LETTER,
  ['-'] = FOLD_HYPHEN,
  ['\''] = FOLD_SKIP,
};

/* An ASCII letter? (c | 0x20 maps 'A'..'Z' to 'a'..'z' and no other byte there.) */
static inline gboolean
is_ascii_letter (guchar c)
{
  return (guchar)((c | 0x20) - 'a') < 26;
}

gboolean
voile_name_fold (const char *word, gsize len, char *out, gsize *out_len)
{
  gsize n = 0;
  gsize i = 0;
  gsize plain_max = MIN (len, VOILE_NAME_KEY_MAX);

  /* Most words are ASCII letters only: a tight loop first, the general one for the rest. */
  while (i < plain_max && is_ascii_letter ((guchar)word[i]))
    {
      out[i] = (char)(word[i] | 0x20);
      i++;
    }
  n = i;
  while (i < len)
    {
      guchar c = (guchar)word[i];

      if (c < 0x80)
        {
          guint8 f = fold_ascii[c];
          if (f >= FOLD_LETTER)
            {
              if (n >= VOILE_NAME_KEY_MAX)
                return FALSE;
              out[n++] = f == FOLD_LETTER ? (char)(c | 0x20) : '-';
            }
          else if (f == FOLD_FAIL)
            return FALSE;
          i++;
        }
      else if ((c & 0xe0) == 0xc0 && i + 1 < len)
        {
          gunichar u = ((gunichar)(c & 0x1f) << 6) | ((guchar)word[i + 1] & 0x3f);
          const char *folded;

          if (u < voile_name_fold_first || u > voile_name_fold_last)
            return FALSE;
          folded = voile_name_fold_table[u - voile_name_fold_first];
          if (folded[0] == '\0')
            return FALSE;
          for (; *folded != '\0'; folded++)
            {
              if (n >= VOILE_NAME_KEY_MAX)
                return FALSE;
              out[n++] = *folded;
            }
          i += 2;
        }
      else if (c == 0xe2 && i + 2 < len && (guchar)word[i + 1] == 0x80
               && (guchar)word[i + 2] == 0x99)
        i += 3; /* ’ */
      else if (c == 0xe1 && i + 2 < len && ((guchar)word[i + 1] & 0xfc) == 0xb8
               && ((guchar)word[i + 2] & 0xc0) == 0x80)
        {
          /* U+1E00..U+1EFF: "Nguyễn", "Thị" */
          const char *folded = voile_name_fold_table_ext[(((guchar)word[i + 1] & 0x03) << 6)
                                                         | ((guchar)word[i + 2] & 0x3f)];
          if (folded[0] == '\0')
            return FALSE;
          for (; *folded != '\0'; folded++)
            {
              if (n >= VOILE_NAME_KEY_MAX)
                return FALSE;
              out[n++] = *folded;
            }
          i += 3;
        }
      else
        return FALSE;
    }
  *out_len = n;
  return n > 0;
}

/* name_hash() of the folded word, folding and hashing in one pass with no key buffer: the
 * tables compare check bits of the hash, never the key itself. Same failures as
 * voile_name_fold(). */
gboolean
voile_name_fold_hash (const char *word, gsize len, guint64 *hash)
{
  guint64 h = G_GUINT64_CONSTANT (0xcbf29ce484222325);
  gsize n = 0;
  gsize i = 0;
  gsize plain_max = MIN (len, VOILE_NAME_KEY_MAX);

  while (i < plain_max && is_ascii_letter ((guchar)word[i]))
    {
      h ^= (guchar)(word[i] | 0x20);
      h *= G_GUINT64_CONSTANT (0x100000001b3);
      i++;
    }
  n = i;
  while (i < len)
    {
      guchar c = (guchar)word[i];

      if (c < 0x80)
        {
          guint8 f = fold_ascii[c];
          if (f >= FOLD_LETTER)
            {
              if (n >= VOILE_NAME_KEY_MAX)
                return FALSE;
              n++;
              h ^= f == FOLD_LETTER ? (guchar)(c | 0x20) : (guchar)'-';
              h *= G_GUINT64_CONSTANT (0x100000001b3);
            }
          else if (f == FOLD_FAIL)
            return FALSE;
          i++;
        }
      else if ((c & 0xe0) == 0xc0 && i + 1 < len)
        {
          gunichar u = ((gunichar)(c & 0x1f) << 6) | ((guchar)word[i + 1] & 0x3f);
          const char *folded;

          if (u < voile_name_fold_first || u > voile_name_fold_last)
            return FALSE;
          folded = voile_name_fold_table[u - voile_name_fold_first];
          if (folded[0] == '\0')
            return FALSE;
          for (; *folded != '\0'; folded++)
            {
              if (n >= VOILE_NAME_KEY_MAX)
                return FALSE;
              n++;
              h ^= (guchar)*folded;
              h *= G_GUINT64_CONSTANT (0x100000001b3);
            }
          i += 2;
        }
      else if (c == 0xe2 && i + 2 < len && (guchar)word[i + 1] == 0x80
               && (guchar)word[i + 2] == 0x99)
        i += 3; /* ’ */
      else if (c == 0xe1 && i + 2 < len && ((guchar)word[i + 1] & 0xfc) == 0xb8
               && ((guchar)word[i + 2] & 0xc0) == 0x80)
        {
          /* U+1E00..U+1EFF: "Nguyễn", "Thị", as voile_name_fold() */
          const char *folded = voile_name_fold_table_ext[(((guchar)word[i + 1] & 0x03) << 6)
                                                         | ((guchar)word[i + 2] & 0x3f)];
          if (folded[0] == '\0')
            return FALSE;
          for (; *folded != '\0'; folded++)
            {
              if (n >= VOILE_NAME_KEY_MAX)
                return FALSE;
              n++;
              h ^= (guchar)*folded;
              h *= G_GUINT64_CONSTANT (0x100000001b3);
            }
          i += 3;
        }
      else
        return FALSE;
    }
  if (n == 0)
    return FALSE;
  h ^= h >> 33;
  h *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  h ^= h >> 33;
  *hash = h;
  return TRUE;
}

guint
voile_name_lexicon_lookup_hash (guint64 h)
{
  guint32 check = (guint32)(h >> 40) | 1;
  gsize mask = ((gsize)1 << voile_name_lexicon_bits) - 1;
  gsize slot = (gsize)h & mask;
  guint32 value;

  while ((value = voile_name_lexicon_slots[slot]) != 0)
    {
      if ((value >> 8) == check)
        return value & 0xff;
      slot = (slot + 1) & mask;
    }
  return 0;
}

guint
voile_name_context_lookup_hash (guint64 h)
{
  guint32 check = (guint32)(h >> 32) | 1;
  gsize mask = ((gsize)1 << voile_name_context_bits) - 1;
  gsize slot = (gsize)h & mask;

  while (voile_name_context_checks[slot] != 0)
    {
      if (voile_name_context_checks[slot] == check)
        return voile_name_context_flags[slot];
      slot = (slot + 1) & mask;
    }
  return 0;
}

guint
voile_name_lexicon_lookup (const char *key, gsize len)
{
  guint64 h = name_hash (key, len);
  guint32 check = (guint32)(h >> 40) | 1;
  gsize mask = ((gsize)1 << voile_name_lexicon_bits) - 1;
  gsize slot = (gsize)h & mask;
  guint32 value;

  while ((value = voile_name_lexicon_slots[slot]) != 0)
    {
      if ((value >> 8) == check)
        return value & 0xff;
      slot = (slot + 1) & mask;
    }
  return 0;
}

guint
voile_name_context_lookup (const char *key, gsize len)
{
  guint64 h = name_hash (key, len);
  guint32 check = (guint32)(h >> 32) | 1;
  gsize mask = ((gsize)1 << voile_name_context_bits) - 1;
  gsize slot = (gsize)h & mask;

  while (voile_name_context_checks[slot] != 0)
    {
      if (voile_name_context_checks[slot] == check)
        return voile_name_context_flags[slot];
      slot = (slot + 1) & mask;
    }
  return 0;
}

void
voile_name_lookup_both (const char *key, gsize len, guint *context, guint *name)
{
  guint64 h = name_hash (key, len);
  guint32 check = (guint32)(h >> 40) | 1;
  gsize mask = ((gsize)1 << voile_name_lexicon_bits) - 1;
  gsize slot = (gsize)h & mask;
  guint32 value;

  *name = 0;
  while ((value = voile_name_lexicon_slots[slot]) != 0)
    {
      if ((value >> 8) == check)
        {
          *name = value & 0xff;
          break;
        }
      slot = (slot + 1) & mask;
    }

  check = (guint32)(h >> 32) | 1;
  mask = ((gsize)1 << voile_name_context_bits) - 1;
  slot = (gsize)h & mask;
  *context = 0;
  while (voile_name_context_checks[slot] != 0)
    {
      if (voile_name_context_checks[slot] == check)
        {
          *context = voile_name_context_flags[slot];
          break;
        }
      slot = (slot + 1) & mask;
    }
}

guint
voile_name_lookup_word (const char *word, gsize len)
{
  guint64 hash;

  if (!voile_name_fold_hash (word, len, &hash))
    return 0;
  return voile_name_lexicon_lookup_hash (hash);
}

guint
voile_name_context_word (const char *word, gsize len)
{
  guint64 hash;

  if (!voile_name_fold_hash (word, len, &hash))
    return 0;
  return voile_name_context_lookup_hash (hash);
}

static int
compare_key (const void *a, const void *b)
{
  return strcmp (*(const char *const *)a, *(const char *const *)b);
}

gboolean
voile_name_is_public_figure (const char *key)
{
  guint32 h = 0x811c9dc5;
  guint bit;

  for (const char *p = key; *p != '\0'; p++)
    h = (h ^ (guchar)*p) * 0x01000193;
  bit = h & 4095;
  if (!(voile_name_public_figure_filter[bit / 64] & (G_GUINT64_CONSTANT (1) << (bit % 64))))
    return FALSE;
  return bsearch (&key, voile_name_public_figures, voile_name_public_figure_count,
                  sizeof voile_name_public_figures[0], compare_key)
         != NULL;
}

gboolean
voile_name_has_brand_ending (const char *word, gsize len)
{
  for (const char *const *e = voile_name_brand_endings; *e != NULL; e++)
    {
      gsize k = strlen (*e);
      if (len > k + 2 && voile_ascii_strncasecmp (word + len - k, *e, k) == 0)
        return TRUE;
    }
  return FALSE;
}
