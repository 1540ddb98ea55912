/* voile-name-entities.c — after the line pass: later mentions, e-mail name parts and
 * entities.
 *
 * Every word of a name found once is looked for again among the capitalised words the
 * first pass recorded (a hash lookup each, behind a Bloom filter: linear). Mentions are
 * then grouped: "Marie Dupont", "Dupont" and "Marie" are one entity, one placeholder.
 */
#include "config.h"

#include "voile-document-prior.h"
#include "voile-ascii.h"
#include "voile-name-lexicon.h"
#include "voile-name-candidates.h"
#include "voile-name-model.h"
#include "voile-name-private.h"
#include "voile-validators.h"

typedef struct
{
  gsize position;
  const char *key; /* the whole name this part belongs to */
} PartSource;

/* Records that part is a word of a found name; key is that whole name (NULL when the
 * name is the one word). */
static void
add_part_source (GHashTable *parts, const char *part, gsize position, const char *key)
{
  GArray *sources = g_hash_table_lookup (parts, part);
  PartSource source = { position, key };

  if (sources == NULL)
    {
      sources = g_array_new (FALSE, FALSE, sizeof (PartSource));
      g_hash_table_insert (parts, (gpointer)part, sources);
    }
  if (key != NULL && strchr (key, ' ') != NULL)
    {
      /* Consecutive mentions of one name add one source. */
      if (sources->len > 0 && g_array_index (sources, PartSource, sources->len - 1).key == key)
        return;
      g_array_append_val (sources, source);
    }
}

/* Every word of a multi-word key is a part pointing at that key. A name is mentioned
 * many times: its parts (split, filtered, interned, found in parts) are worked out once
 * per key and remembered as their source arrays, in one pool for all keys (c->key_parts
 * gives where a key's count of parts is, the arrays follow it): no array to allocate and
 * free per key. */
static void
index_key_parts (VoileNameCollector *c, GHashTable *parts, const char *key, gsize position)
{
  GPtrArray *pool = c->key_part_pool;
  guint at = GPOINTER_TO_UINT (g_hash_table_lookup (c->key_parts, key));

  if (at == 0)
    {
      const char *p = key;

      at = pool->len + 1;
      g_hash_table_insert (c->key_parts, (gpointer)key, GUINT_TO_POINTER (at));
      g_ptr_array_add (pool, GUINT_TO_POINTER (0));
      while (*p != '\0')
        {
          const char *space = strchr (p, ' ');
          gsize len = space != NULL ? (gsize)(space - p) : strlen (p);

          if (len >= 2
              && !(voile_name_context_lookup (p, len)
                   & (VOILE_CONTEXT_PARTICLE | VOILE_CONTEXT_DETERMINER | VOILE_CONTEXT_STOP
                      | VOILE_CONTEXT_TITLE)))
            {
              /* A word of a folded key fits the buffer: no allocation per part (a new
               * key's parts are most of this function's cost on real text). */
              char buffer[2 * VOILE_NAME_KEY_MAX + 1];
              g_autofree char *long_part = len < sizeof buffer ? NULL : g_strndup (p, len);
              char *part = long_part != NULL ? long_part : buffer;
              if (long_part == NULL)
                {
                  memcpy (buffer, p, len);
                  buffer[len] = '\0';
                }
              /* A part met before is in parts already (under its interned copy): only a
               * new one is interned, one hash and one probe fewer for most parts. */
              GArray *sources = g_hash_table_lookup (parts, part);

              if (sources == NULL)
                {
                  const char *interned = g_string_chunk_insert_const (c->strings, part);
                  sources = g_array_new (FALSE, FALSE, sizeof (PartSource));
                  g_hash_table_insert (parts, (gpointer)interned, sources);
                }
              g_ptr_array_add (pool, sources);
              pool->pdata[at - 1] = GUINT_TO_POINTER (GPOINTER_TO_UINT (pool->pdata[at - 1]) + 1);
            }
          if (space == NULL)
            break;
          p = space + 1;
        }
    }

  /* As add_part_source() for a key with a space: consecutive mentions of one name add one
   * source. */
  guint n_parts = GPOINTER_TO_UINT (pool->pdata[at - 1]);
  for (guint i = 0; i < n_parts; i++)
    {
      GArray *sources = pool->pdata[at + i];
      PartSource source = { position, key };

      if (sources->len > 0 && g_array_index (sources, PartSource, sources->len - 1).key == key)
        continue;
      g_array_append_val (sources, source);
    }
}

/* "marie.dupont@…": marks Marie and Dupont. Only when a part is a known name and none is a
 * common word ("contact.commercial@", "no-reply@"). */
static void
index_email_parts (VoileNameCollector *c, GHashTable *parts, const VoileFinding *f)
{
  const char *local = c->text + f->start;
  const char *at = memchr (local, '@', f->end - f->start);
  gsize starts[4], lens[4];
  guint n = 0;
  gboolean any_name = FALSE;

  if (at == NULL)
    return;
  for (const char *p = local; p < at;)
    {
      const char *q = p;
      while (
          q < at
          && (g_ascii_isalpha (*q) || (*q == '-' && q > p && q + 1 < at && g_ascii_isalpha (q[1]))))
        q++;
      if (q > p)
        {
          if (n == G_N_ELEMENTS (starts))
            return;
          starts[n] = (gsize)(p - c->text);
          lens[n] = (gsize)(q - p);
          n++;
        }
      p = q < at ? q + 1 : q;
    }
  if (n == 0 || n > 3)
    return;

  guint flags[4];
  for (guint i = 0; i < n; i++)
    {
      /* Folded and hashed once for both tables (0 and 0 when it cannot be folded). */
      guint64 hash;
      gboolean folds = voile_name_fold_hash (c->text + starts[i], lens[i], &hash);
      flags[i] = folds ? voile_name_lexicon_lookup_hash (hash) : 0;
      if (lens[i] < 2)
        return; /* "j.dupont@": the initial says too little */
      if ((flags[i] & VOILE_NAME_WORD) && !(flags[i] & (VOILE_NAME_FIRST | VOILE_NAME_LAST)))
        return;
      if (folds && voile_name_context_lookup_hash (hash) != 0)
        return;
      any_name |= (flags[i] & (VOILE_NAME_FIRST | VOILE_NAME_LAST)) != 0;
    }
  if (!any_name)
    return;
  /* "hector.ramirez.az@": a two-letter tag in no list after a full name is a state's or a
   * country's code, not a third name ("AZ" in the State column is no later mention). */
  if (n == 3)
    {
      guint kept = 0;
      for (guint i = 0; i < n; i++)
        if (lens[i] > 2 || (flags[i] & (VOILE_NAME_FIRST | VOILE_NAME_LAST)))
          starts[kept] = starts[i], lens[kept] = lens[i], flags[kept] = flags[i], kept++;
      n = kept;
    }
  /* "victor.hugo.montreuil@" beside the found "Victor Hugo": a place (or a word in no list,
   * "bagnolet") after the found full name is where its owner lives or works, not a third
   * name ("Montreuil" in the event column is no later mention). */
  if (n == 3
      && (((flags[2] & VOILE_NAME_PROPER) && !(flags[2] & VOILE_NAME_FIRST)) || flags[2] == 0))
    {
      GString *two = c->key;
      g_string_truncate (two, 0);
      voile_name_append_folded (two, c->text + starts[0], lens[0]);
      voile_name_append_folded (two, c->text + starts[1], lens[1]);
      if (g_hash_table_contains (c->key_parts, g_string_chunk_insert_const (c->strings, two->str)))
        n = 2;
    }
  if (n == 1
      && ((flags[0] & (VOILE_NAME_AMBIGUOUS | VOILE_NAME_PROPER))
          || !(flags[0] & VOILE_NAME_FIRST)))
    return; /* "marie@" yes; "contact@", "paris@" no */

  GString *key = c->key; /* the collector's scratch, free while finishing */
  g_string_truncate (key, 0);
  /* "dupont.marie@": given name first in the key. */
  gboolean swap = n == 2 && !(flags[0] & VOILE_NAME_FIRST) && (flags[1] & VOILE_NAME_FIRST);
  for (guint k = 0; k < n; k++)
    {
      guint i = swap ? (k + 1) % n : k;
      voile_name_append_folded (key, c->text + starts[i], lens[i]);
    }
  const char *interned = g_string_chunk_insert_const (c->strings, key->str);
  if (n == 1)
    {
      add_part_source (parts, interned, f->start, interned);
      return;
    }
  index_key_parts (c, parts, interned, f->start);
}

static int
compare_mentions (gconstpointer a, gconstpointer b)
{
  const VoileNameMention *ma = a, *mb = b;

  if (ma->start != mb->start)
    return ma->start < mb->start ? -1 : 1;
  if (ma->end != mb->end)
    return ma->end > mb->end ? -1 : 1; /* longer first */
  if ((ma->field != VOILE_FIELD_NONE) != (mb->field != VOILE_FIELD_NONE))
    return ma->field != VOILE_FIELD_NONE ? -1 : 1; /* a field says more than the lists */
  return 0;
}

/* A stable sort for arrays built in text order: a few sorted runs (the later mentions
 * appended after the first pass's, the e-mail parts after the names) are merged, linear
 * for each level of merging, where g_array_sort() (stable too: the same result) would
 * cost n log n comparisons. Arrays with many runs go to g_array_sort(). */
/* Moves each element that is out of place by a few positions (a line's mentions found by
 * several rules) back where it belongs, stably: it goes after its equals. Elements that
 * would go further stay for the merge. */
static void
sort_nearby (GArray *array, gsize size, GCompareFunc compare)
{
  char *data = array->data;
  char moving[64];

  g_assert (size <= sizeof moving);
  for (guint i = 1; i < array->len; i++)
    {
      char *x = data + (gsize)i * size;
      guint j = i;

      if (compare (x - size, x) <= 0)
        continue;
      while (j > 0 && i - j < 16 && compare (data + (gsize)(j - 1) * size, x) > 0)
        j--;
      if (j > 0 && compare (data + (gsize)(j - 1) * size, x) > 0)
        continue; /* further than 16 places */
      memcpy (moving, x, size);
      memmove (data + (gsize)(j + 1) * size, data + (gsize)j * size, (gsize)(i - j) * size);
      memcpy (data + (gsize)j * size, moving, size);
    }
}

static void
sort_stable (GArray *array, gsize size, GCompareFunc compare)
{
  guint runs[32];
  guint n_runs = 1;
  guint n = array->len;
  gboolean near_done = FALSE;

again:
  n_runs = 1;
  runs[0] = 0;
  for (guint i = 1; i < n; i++)
    if (compare (array->data + (gsize)(i - 1) * size, array->data + (gsize)i * size) > 0)
      {
        if (n_runs == G_N_ELEMENTS (runs))
          {
            if (!near_done)
              {
                sort_nearby (array, size, compare);
                near_done = TRUE;
                goto again;
              }
            g_array_sort (array, compare);
            return;
          }
        runs[n_runs++] = i;
      }
  if (n_runs == 1)
    return;

  g_autofree char *buffer = g_malloc ((gsize)n * size);
  char *from = array->data, *to = buffer;

  while (n_runs > 1)
    {
      guint merged = 0;

      for (guint r = 0; r < n_runs; r += 2)
        {
          guint a = runs[r], a_end = r + 1 < n_runs ? runs[r + 1] : n;
          guint b = a_end, b_end = r + 2 < n_runs ? runs[r + 2] : n;
          guint out = a;

          /* Ties take the left run first: stable. */
          while (a < a_end && b < b_end)
            {
              gboolean left = compare (from + (gsize)a * size, from + (gsize)b * size) <= 0;
              memcpy (to + (gsize)out++ * size, from + (gsize)(left ? a++ : b++) * size, size);
            }
          memcpy (to + (gsize)out * size, from + (gsize)a * size, (gsize)(a_end - a) * size);
          out += a_end - a;
          memcpy (to + (gsize)out * size, from + (gsize)b * size, (gsize)(b_end - b) * size);
          runs[merged++] = runs[r];
        }
      n_runs = merged;
      char *swap = from;
      from = to;
      to = swap;
    }
  if (from != array->data)
    memcpy (array->data, from, (gsize)n * size);
}

/* Drops the mentions of a sorted array that overlap an earlier one. */
static void
drop_overlapping (GArray *mentions)
{
  guint out = 0;
  gsize covered = 0;

  for (guint i = 0; i < mentions->len; i++)
    {
      VoileNameMention *m = &g_array_index (mentions, VoileNameMention, i);
      if (out > 0 && m->start < covered)
        continue;
      covered = m->end;
      g_array_index (mentions, VoileNameMention, out++) = *m;
    }
  g_array_set_size (mentions, out);
}

/* Sorts and drops mentions overlapping an earlier one. */
static void
sort_mentions (GArray *mentions)
{
  sort_stable (mentions, sizeof (VoileNameMention), compare_mentions);
  drop_overlapping (mentions);
}

/* Merges the sorted mentions added into the sorted mentions, stably (as sorting both
 * would): from the end, in place. Sorting the whole array again took a buffer as large as
 * it, and two copies of every mention. */
static void
merge_mentions (GArray *mentions, GArray *added)
{
  guint i = mentions->len, j = added->len, k = mentions->len + added->len;

  g_array_set_size (mentions, k);
  VoileNameMention *out = (VoileNameMention *)(gpointer)mentions->data;
  const VoileNameMention *more = (const VoileNameMention *)(gpointer)added->data;
  while (j > 0)
    {
      /* Ties keep the earlier array's mention first, as a stable sort would. */
      if (i > 0 && compare_mentions (&out[i - 1], &more[j - 1]) > 0)
        out[--k] = out[--i];
      else
        out[--k] = more[--j];
    }
}

/* Is tokens[i] part of a company or shop name? A capitalised common word joined before or
 * after it, or an ampersand next to it. */
static gboolean
in_company_name (VoileNameCollector *c, GArray *tokens, guint i)
{
  VoileToken *t = tok (tokens, i);

  if (t->next_char == '&' || (t->start >= 2 && c->text[t->start - 2] == '&'))
    return TRUE;
  if (i > 0 && tok (tokens, i - 1)->joined)
    {
      VoileToken *prev = tok (tokens, i - 1);
      voile_token_lookup (c->text, prev);
      if ((prev->shape == VOILE_SHAPE_CAP || prev->shape == VOILE_SHAPE_UPPER)
          && is_word_only (prev) && !(prev->context_flags & VOILE_CONTEXT_TITLE)
          && !prev->sentence_start)
        return TRUE;
    }
  if (i + 1 < tokens->len && t->joined)
    {
      VoileToken *next = tok (tokens, i + 1);
      voile_token_lookup (c->text, next);
      if ((next->shape == VOILE_SHAPE_CAP || next->shape == VOILE_SHAPE_UPPER) && !is_nameish (next)
          && !(next->context_flags & VOILE_CONTEXT_STOP))
        return TRUE;
      if (next->context_flags & VOILE_CONTEXT_ORG_AFTER)
        return TRUE;
    }
  return FALSE;
}

/* Is tokens[i] inside the name of a street or a building named after someone ("rue Victor
 * Hugo", "place Jean Jaurès", "lycée Jean Moulin")? A place word, then at least two
 * capitalised words (particles between) reaching it. A person found elsewhere in the text
 * does not make the street a mention of them; one word ("Cabinet Roche") may be the person. */
static gboolean
in_place_name (VoileNameCollector *c, GArray *tokens, guint i)
{
  guint place = G_MAXUINT;

  for (guint back = 1; back <= 4 && back <= i; back++)
    {
      VoileToken *prev = tok (tokens, i - back);
      if (!prev->joined)
        return FALSE;
      voile_token_lookup_context (c->text, prev);
      if (prev->context_flags & VOILE_CONTEXT_TITLE)
        return FALSE; /* "cabinet du Dr Maëlys Gauthier": the title names a person */
      if (prev->context_flags & VOILE_CONTEXT_PLACE_BEFORE)
        {
          place = i - back;
          break;
        }
      if (prev->shape != VOILE_SHAPE_CAP && !(prev->context_flags & VOILE_CONTEXT_PARTICLE))
        return FALSE;
    }
  if (place == G_MAXUINT)
    return FALSE;

  guint capitals = 0;
  for (guint j = place + 1; j < tokens->len; j++)
    {
      VoileToken *t = tok (tokens, j);
      if (t->shape == VOILE_SHAPE_CAP)
        capitals++;
      else
        {
          voile_token_lookup_context (c->text, t);
          if (!(t->context_flags & VOILE_CONTEXT_PARTICLE))
            break;
        }
      if (!t->joined || capitals >= 2)
        break;
    }
  return capitals >= 2;
}

/* The stretch c->scratch holds the words of (see retokenize_around()); from G_MAXSIZE: none. */
typedef struct
{
  gsize from, to;
  gboolean line_start;
} ScratchLine;

/* Re-reads the line around the word at [start, end) into c->scratch; its index there, or -1.
 * The same stretch as the last call's (another name of the line) is not read again: its words
 * are the same (their lookups too, a pure function of their bytes). */
static int
retokenize_around (VoileNameCollector *c, gsize start, gsize end, ScratchLine *last)
{
  gsize from = start > 160 ? start - 160 : 0, to = end + 160 < c->len ? end + 160 : c->len;
  gboolean line_start = from == 0;
  const char *nl = memchr (c->text + end, '\n', to - end);

  if (nl != NULL)
    to = (gsize)(nl - c->text);
  for (gsize p = start; p > from; p--)
    if (c->text[p - 1] == '\n')
      {
        from = p;
        line_start = TRUE;
        break;
      }
  /* Not in the middle of a word. */
  while (!line_start && from < start && c->text[from] != ' ')
    from++;

  if (from != last->from || to != last->to || line_start != last->line_start)
    {
      g_array_set_size (c->scratch, 0);
      voile_name_tokenize_line (c->text, from, to, line_start, c->scratch, NULL);
      last->from = from;
      last->to = to;
      last->line_start = line_start;
    }
  for (guint i = 0; i < c->scratch->len; i++)
    if (tok (c->scratch, i)->start == start)
      return (int)i;
  return -1;
}

/* A small Bloom filter over the parts' keys, so most capitalised words cost one hash. 8 KB:
 * a long text has thousands of parts (4,500 in 2 MB of the corpus), which filled 4,096 bits
 * two thirds, and as many words went on to the hash table (−0.5 % of a scan there). */
#define PART_FILTER_BITS 65536

static inline guint
part_filter_bit (const char *key, gsize len)
{
  guint h = 2166136261u;
  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar)key[i]) * 16777619u;
  return h % PART_FILTER_BITS;
}

/* "… Plus tard, Le Goff a rappelé": the start of a later mention of part, moved back over
 * the capitalised particle just before it when a found name holds that particle before the
 * part ("yann le goff"). */
static gsize
later_mention_start (VoileNameCollector *c, GHashTable *parts, const char *part, gsize start)
{
  char particle[VOILE_NAME_KEY_MAX];
  gsize from = start - 1, n, bytes;
  GArray *sources;

  if (start < 3 || c->text[start - 1] != ' ')
    return start;
  /* The word before, of ASCII letters or accented ones ("Ó Briain", "Ní Bhriain"). */
  while (from > 0 && from + 6 >= start
         && (g_ascii_isalpha (c->text[from - 1]) || (guchar)c->text[from - 1] >= 0x80))
    from--;
  bytes = start - 1 - from;
  /* Two bytes at least: "Ó" is, "J" (an initial) is not. */
  if (bytes < 2 || bytes > 6 || (from > 0 && (guchar)c->text[from - 1] >= 0x80)
      || !voile_name_fold (c->text + from, bytes, particle, &n) || n >= sizeof particle)
    return start;
  particle[n] = '\0';
  /* A capital first ("É" and "Ó" are 0xc3 then 0x80..0x9e), or a patronym, written in lower
   * case ("Mrs ap Dafydd"; "de Goff" may be "the report of Goff"). */
  guint flags = voile_name_context_lookup (particle, n);
  gboolean capital = g_ascii_isupper (c->text[from])
                     || ((guchar)c->text[from] == 0xc3 && (guchar)c->text[from + 1] < 0x9f);
  if (!(flags & VOILE_CONTEXT_PARTICLE) || !(capital || (flags & VOILE_CONTEXT_PATRONYM)))
    return start;
  sources = g_hash_table_lookup (parts, part);
  for (guint i = 0; sources != NULL && i < sources->len; i++)
    {
      const char *key = g_array_index (sources, PartSource, i).key;
      const char *at = key != NULL ? strstr (key, particle) : NULL;
      if (at != NULL && (at == key || at[-1] == ' ') && at[n] == ' '
          && strncmp (at + n + 1, part, strlen (part)) == 0)
        return from;
    }
  return start;
}

/* Second pass: capitalised words equal to a part of a found name, anywhere. Only the
 * capitalised words recorded by the first pass are read again. */
/* "the Adeyemis", "The Okekes": a plural surname after "the" names the family. Drops the
 * 's' of key when the word is so placed. */
static gboolean
family_plural (VoileNameCollector *c, const VoileSpan *w, char *key, gsize *key_len)
{
  const char *before;

  if (*key_len < 4 || key[*key_len - 1] != 's' || key[*key_len - 2] == 's' || w->start < 4)
    return FALSE;
  before = c->text + w->start - 4;
  if ((before[0] != 't' && before[0] != 'T') || memcmp (before + 1, "he ", 3) != 0
      || (w->start > 4 && g_ascii_isalpha (before[-1])))
    return FALSE;
  key[--*key_len] = '\0';
  return TRUE;
}

typedef enum
{
  CATALOGUE_NONE = 0,
  CATALOGUE_TOYS = 1 << 0,    /* lines of a price and an age range */
  CATALOGUE_WINES = 1 << 1,   /* a wine list: lines of a price and a vintage or a wine word */
  CATALOGUE_VINTAGE = 1 << 2, /* lines of a price and a vintage, that may be a wine list's */
} CatalogueKind;

static gboolean
on_catalogue_line (VoileNameCollector *c, gsize at, guint kinds);

/* Appends a later mention of the person whose key is key. */
static void
append_later_mention (GArray *found, gsize start, gsize end, const char *key)
{
  VoileNameMention m = { 0 };

  m.start = start;
  m.end = end;
  m.type = VOILE_TYPE_PERSON;
  m.confidence = CONFIDENCE_LATER;
  m.key = key;
  g_array_append_val (found, m);
}

/* "FROMAGERIE CHAPUIS-OUMAROU", "SCP GUÉRIN-LASSALLE", "réf. CLIO-RICOLFI": a found
 * person's surname as one part of a hyphenated word gives the person away. Adds a mention
 * for each part that is a found name's part and no given name ("Jean-Pierre" beside a
 * found "Pierre" is somebody else). */
static void
find_hyphen_parts (VoileNameCollector *c, GHashTable *parts, const guint8 *pairs,
                   const VoileSpan *w, GArray *found)
{
  const char *text = c->text;

  for (gsize s = w->start; s < w->end;)
    {
      const char *hyphen = memchr (text + s, '-', w->end - s);
      gsize e = hyphen != NULL ? (gsize)(hyphen - text) : w->end;
      char key[VOILE_NAME_KEY_MAX + 1];
      gsize key_len;

      /* The parts' first two letters first, as for whole words. */
      gboolean pair_known = TRUE;
      if (e - s >= 3 && g_ascii_isalpha (text[s]) && g_ascii_isalpha (text[s + 1]))
        {
          guint pair = (guint)(((guchar)text[s] | 0x20) - 'a') * 26
                       + (guint)(((guchar)text[s + 1] | 0x20) - 'a');
          pair_known = (pairs[pair / 8] & (1 << (pair % 8))) != 0;
        }
      if (e - s >= 3 && (s > w->start || e < w->end) && pair_known
          && voile_name_fold (text + s, e - s, key, &key_len))
        {
          key[key_len] = '\0';
          if (g_hash_table_contains (parts, key)
              && !(voile_name_lexicon_lookup (key, key_len) & VOILE_NAME_FIRST)
              && !voile_name_collector_blocked (c, s, e))
            append_later_mention (found, s, e, g_string_chunk_insert_const (c->strings, key));
        }
      s = e + 1;
    }
}

/* Given names found with a surname ("David Laffitte"), whose short forms ("Dav") are the
 * person in a chat. */
#define SHORT_FORMS_MAX 16
#define SHORT_FORMS_PARTS_MAX 128
#define SHORT_FORMS_TEXT_MAX (64u << 10)

typedef struct
{
  guint n;
  guint32 first_letters;         /* bit (letter - 'a') of each given name's first letter */
  guint32 head[SHORT_FORMS_MAX]; /* its first three bytes, packed */
  const char *given[SHORT_FORMS_MAX];
} ShortForms;

static inline guint32
head_of (const char *word)
{
  return (guint32)(guchar)word[0] | (guint32)(guchar)word[1] << 8 | (guint32)(guchar)word[2] << 16;
}

/* Collects the found given names of five letters or more that start a full name's key or end a
 * surname-first one. */
static void
collect_short_forms (GHashTable *parts, ShortForms *forms)
{
  GHashTableIter iter;
  gpointer key_ptr, value;

  forms->n = 0;
  forms->first_letters = 0;
  g_hash_table_iter_init (&iter, parts);
  while (g_hash_table_iter_next (&iter, &key_ptr, &value) && forms->n < SHORT_FORMS_MAX)
    {
      const char *part = key_ptr;
      GArray *sources = value;
      gsize n = strlen (part);
      if (n < 5 || sources->len == 0)
        continue;
      const char *whole = g_array_index (sources, PartSource, 0).key;
      if (whole == NULL)
        continue;
      /* First of the key ("Dominic Reid"), or last of a register's surname-first row
       * ("REID Dominic"), then no surname too. */
      gsize whole_len = strlen (whole);
      gboolean leads = strncmp (whole, part, n) == 0 && whole[n] == ' ';
      gboolean trails = !leads && whole_len > n + 1 && whole[whole_len - n - 1] == ' '
                        && strcmp (whole + whole_len - n, part) == 0;
      if (!leads && !trails)
        continue;
      guint flags = voile_name_lexicon_lookup (part, n);
      if ((flags & VOILE_NAME_FIRST) && !(flags & VOILE_NAME_WORD)
          && (leads || !(flags & VOILE_NAME_LAST)) && part[0] >= 'a' && part[0] <= 'z')
        {
          forms->first_letters |= 1u << (part[0] - 'a');
          forms->head[forms->n] = head_of (part);
          forms->given[forms->n++] = part;
        }
    }
}

/* "Dav", "Seb": a capitalised word of three or four letters in no list that starts one
 * found given name (and no other) is its short form. Returns that given name, or NULL. */
static const char *
short_form_of (const VoileNameCollector *c, const ShortForms *forms, const VoileSpan *w,
               const char *key, gsize key_len)
{
  const char *match = NULL;

  if (key_len < 3 || key_len > 4 || w->end - w->start != key_len || key[0] < 'a' || key[0] > 'z'
      || !(forms->first_letters & (1u << (key[0] - 'a'))) || !g_ascii_isupper (c->text[w->start]))
    return NULL;
  guint32 head = head_of (key);
  for (guint i = 0; i < forms->n; i++)
    if (forms->head[i] == head && (key_len == 3 || forms->given[i][3] == key[3]))
      {
        if (match != NULL)
          return NULL; /* "Mar": Marion or Margaux */
        match = forms->given[i];
      }
  if (match == NULL)
    return NULL;
  for (gsize p = w->start + 1; p < w->end; p++)
    if (!g_ascii_islower (c->text[p]))
      return NULL;
  /* "Max", "Dan" are names of their own; "Mar", "Jul" may be months. A surname that is
   * also a word ("Dom") is the short form still: it starts the found given name. */
  guint flags = voile_name_lexicon_lookup (key, key_len);
  if ((flags & ~(guint)(VOILE_NAME_LAST | VOILE_NAME_AMBIGUOUS)) != 0
      || voile_name_context_lookup (key, key_len) != 0)
    return NULL;
  /* "Lun  Mar  Mer": a time sheet's weekdays, not "Mar" for Marcel. */
  static const char *const weekdays[] = { "lun", "mar", "mer", "jeu", "ven", "sam", "dim", NULL };
  if (key_len == 3 && voile_word_in (key, 3, weekdays))
    return NULL;
  return match;
}

/* Does the word hold a hyphen between two letters? */
static inline gboolean
is_hyphenated (const char *text, const VoileSpan *w)
{
  /* Two parts of three letters at least ("GIRAUD-MESNIL"), the only ones read. */
  if (w->end - w->start < 7)
    return FALSE;
  for (gsize p = w->start + 3; p + 3 < w->end; p++)
    if (text[p] == '-')
      return TRUE;
  return FALSE;
}

static void
find_later_mentions (VoileNameCollector *c, GHashTable *parts, guint catalogue)
{
  g_autoptr (GArray) found = g_array_new (FALSE, FALSE, sizeof (VoileNameMention));
  guint8 filter[PART_FILTER_BITS / 8] = { 0 };
  /* The parts' first two letters (a-z each), tested before folding: a word starting with
   * two ASCII letters folds to a key starting with them lower-cased, so a pair no part
   * starts with rules the word out without folding it (most capitalised words). */
  guint8 pairs[26 * 26 / 8 + 1] = { 0 };
  GHashTableIter iter;
  gpointer key_ptr;
  guint cursor = 0;
  ScratchLine scratch_line = { G_MAXSIZE, G_MAXSIZE, FALSE }; /* c->scratch holds nothing yet */

  g_hash_table_iter_init (&iter, parts);
  while (g_hash_table_iter_next (&iter, &key_ptr, NULL))
    {
      const char *part = key_ptr;
      guint bit = part_filter_bit (part, strlen (part));
      filter[bit / 8] |= 1 << (bit % 8);
      if (part[0] >= 'a' && part[0] <= 'z' && part[1] >= 'a' && part[1] <= 'z')
        {
          guint pair = (guint)(part[0] - 'a') * 26 + (guint)(part[1] - 'a');
          pairs[pair / 8] |= 1 << (pair % 8);
        }
    }

  /* A chat or a letter, not a long export: its names' short forms are looked for. */
  ShortForms short_forms = { 0 };
  if (c->len <= SHORT_FORMS_TEXT_MAX && g_hash_table_size (parts) <= SHORT_FORMS_PARTS_MAX)
    collect_short_forms (parts, &short_forms);

  /* Read once: nothing below changes the words, the mentions (found ones go to their own
   * array) nor the text, but the calls would make the compiler read them again each word. */
  const VoileSpan *words = (const VoileSpan *)(gpointer)c->capitals->data;
  const guint n_words = c->capitals->len;
  const VoileNameMention *mentions = (const VoileNameMention *)(gpointer)c->mentions->data;
  const guint n_mentions = c->mentions->len;
  const char *text = c->text;

  for (guint i = 0; i < n_words; i++)
    {
      const VoileSpan *w = &words[i];
      char key[VOILE_NAME_KEY_MAX + 1];
      gsize key_len;
      guint bit;

      if (w->end - w->start < 2)
        continue;
      /* Skip words already inside a mention (most capitalised words of a text about
       * people), before any folding. Mentions are sorted and disjoint: the cursor only
       * depends on the word's start, which only grows. */
      while (cursor < n_mentions && mentions[cursor].end <= w->start)
        cursor++;
      if (cursor < n_mentions && mentions[cursor].start < w->end)
        continue;
      guchar a = (guchar)text[w->start] | 0x20, b = (guchar)text[w->start + 1] | 0x20;
      if (g_ascii_isalpha (text[w->start]) && g_ascii_isalpha (text[w->start + 1]))
        {
          guint pair = (guint)(a - 'a') * 26 + (guint)(b - 'a');
          if (!(pairs[pair / 8] & (1 << (pair % 8))))
            {
              if (is_hyphenated (text, w))
                find_hyphen_parts (c, parts, pairs, w, found);
              continue;
            }
        }
      if (!voile_name_fold (c->text + w->start, w->end - w->start, key, &key_len))
        continue;
      bit = part_filter_bit (key, key_len);
      key[key_len] = '\0';
      if (!(filter[bit / 8] & (1 << (bit % 8))) || !g_hash_table_contains (parts, key))
        {
          const char *given
              = short_forms.n > 0 ? short_form_of (c, &short_forms, w, key, key_len) : NULL;
          if (given != NULL && !voile_name_collector_blocked (c, w->start, w->end))
            {
              append_later_mention (found, w->start, w->end, given);
              continue;
            }
          /* "the Okekes came twice": a family named by its plural surname. */
          if (!family_plural (c, w, key, &key_len))
            {
              if (is_hyphenated (text, w))
                find_hyphen_parts (c, parts, pairs, w, found);
              continue;
            }
          bit = part_filter_bit (key, key_len);
          if (!(filter[bit / 8] & (1 << (bit % 8))) || !g_hash_table_contains (parts, key))
            continue;
        }
      if (voile_name_collector_blocked (c, w->start, w->end)
          || (catalogue && on_catalogue_line (c, w->start, catalogue)))
        continue;
      /* The words around are read again only when a rule below can use them: a word just
       * before (a street's "place Jean Jaurès" needs one), or a given name that only a
       * company name would take back. */
      gboolean given_only
          = (voile_name_lexicon_lookup (key, key_len) & (VOILE_NAME_FIRST | VOILE_NAME_LAST))
            == VOILE_NAME_FIRST;
      gboolean word_before
          = w->start >= 2 && c->text[w->start - 1] == ' '
            && (g_ascii_isalpha (c->text[w->start - 2]) || (guchar)c->text[w->start - 2] >= 0x80);
      int at
          = word_before || given_only ? retokenize_around (c, w->start, w->end, &scratch_line) : -1;
      if (at >= 0 && in_place_name (c, c->scratch, (guint)at))
        continue;
      /* A found person's surname in a company name ("Benali Rénovation") gives the
       * person away: a mention too (tests/corpus/README.md); a given name there
       * ("Marie Claire") names the company. */
      if (at >= 0 && given_only && in_company_name (c, c->scratch, (guint)at))
        continue;

      VoileNameMention m = { 0 };
      m.start = later_mention_start (c, parts, key, w->start);
      if (cursor > 0 && mentions[cursor - 1].end > m.start)
        m.start = w->start; /* the particle ends an earlier mention */
      m.end = w->end;
      m.type = VOILE_TYPE_PERSON;
      m.confidence = CONFIDENCE_LATER;
      m.key = g_string_chunk_insert_const (c->strings, key);
      g_array_append_val (found, m);
    }
  /* Found in text order, but a particle taken before a word can put one before the last. */
  sort_stable (found, sizeof (VoileNameMention), compare_mentions);
  merge_mentions (c->mentions, found);
}

static int
compare_sources (gconstpointer a, gconstpointer b)
{
  const PartSource *sa = a, *sb = b;
  return sa->position < sb->position ? -1 : sa->position > sb->position;
}

/* Sorts each part's whole names by position, for resolve_key()'s binary search. */
static void
sort_part_sources (GHashTable *parts)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, parts);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    sort_stable (value, sizeof (PartSource), compare_sources);
}

/* The whole name a one-word mention belongs to: the latest one before it, else the first.
 * Binary search: a name mentioned thousands of times stays linear overall. */
static const char *
resolve_key (GHashTable *parts, const VoileNameMention *m)
{
  GArray *sources;
  guint lo = 0, hi;

  if (strchr (m->key, ' ') != NULL)
    return m->key;
  sources = g_hash_table_lookup (parts, m->key);
  if (sources == NULL || sources->len == 0)
    return m->key;
  hi = sources->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (g_array_index (sources, PartSource, mid).position <= m->start)
        lo = mid + 1;
      else
        hi = mid;
    }
  return g_array_index (sources, PartSource, lo > 0 ? lo - 1 : 0).key;
}

static void
emit_findings (VoileNameCollector *c, GHashTable *parts)
{
  /* Keys are interned (g_string_chunk_insert_const() on one chunk): one name, one
   * pointer, so the pointer is the key. */
  g_autoptr (GHashTable) entities = g_hash_table_new (NULL, NULL);
  GArray *findings = c->result->findings;
  guint out = findings->len;

  /* One finding per mention: the room is made once, not grown append by append (each
   * growth copied the whole array). */
  g_array_set_size (findings, out + c->mentions->len);
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      VoileFinding f = { 0 };

      f.type = m->type;
      f.start = m->start;
      f.end = m->end;
      f.confidence = m->confidence;
      if (m->type == VOILE_TYPE_PERSON)
        {
          const char *key = resolve_key (parts, m);
          gpointer index;

          if (!g_hash_table_lookup_extended (entities, key, NULL, &index))
            {
              g_ptr_array_add (c->result->entities, g_strdup (key));
              index = GUINT_TO_POINTER (c->result->entities->len);
              g_hash_table_insert (entities, (gpointer)key, index);
            }
          f.entity = GPOINTER_TO_UINT (index);
        }
      g_array_index (findings, VoileFinding, out++) = f;
    }
}

/* Whether only spaces, punctuation and at most a word of coordination lie between two
 * mentions: "Chidi Okonkwo, Tran Thi Mai", "Oumar Sow et Aissatou Barry", a bulleted line
 * each, as notes, rotas and lists of attendees write people. */
static gboolean
listed_side_by_side (VoileNameCollector *c, gsize from, gsize to)
{
  gsize word = 0, word_len = 0;

  /* "…Ibáñez'),(2,'Fraser…": quoted values of records (SQL tuples, CSV) list people. */
  for (gsize i = from; i + 1 < to; i++)
    if ((c->text[i] == ',' && (c->text[i + 1] == '\'' || c->text[i + 1] == '"'))
        || ((c->text[i] == '\'' || c->text[i] == '"') && c->text[i + 1] == ','))
      return TRUE;
  for (gsize i = from; i < to; i++)
    if (g_ascii_isalnum (c->text[i]))
      {
        if (word_len > 0 && i != word + word_len)
          return FALSE; /* a second word */
        if (word_len == 0)
          word = i;
        word_len++;
      }
  if (word_len == 0)
    return TRUE;
  return (voile_name_context_word (c->text + word, word_len) & VOILE_CONTEXT_JOIN) != 0;
}

/* Is the mention the whole value of a form's field, a label opening its line ("Detainee:
 * John Smith", "Tenant name : Marie Dupont")? A form names people in fields, not in a news
 * brief's sentences. */
static gboolean
is_field_value (VoileNameCollector *c, const VoileNameMention *m)
{
  const char *t = c->text;
  gsize e = m->end, p = m->start, words = 0;

  while (e < c->len && (t[e] == ' ' || t[e] == '\t' || t[e] == '\r'))
    e++;
  if (e < c->len && t[e] != '\n')
    return FALSE;
  while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == '\t') && m->start - p < 8)
    p--;
  if (p == 0 || t[p - 1] != ':')
    return FALSE;
  p--;
  while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == '\t') && m->start - p < 16)
    p--;
  /* the label: up to three words of letters, opening its line */
  for (gsize w = p; w > 0 && t[w - 1] != '\n'; w--)
    {
      guchar b = (guchar)t[w - 1];
      if (m->start - w > 40 || !(g_ascii_isalpha (b) || b >= 0x80 || b == ' ' || b == '_'))
        return FALSE;
      if (b == ' ' && w < p && t[w] != ' ' && ++words > 2)
        return FALSE;
      p = w - 1;
    }
  return p < m->start && g_ascii_isalpha (t[p]) && g_ascii_isupper (t[p]);
}

/* Distinct people named in full ("Marie Dupont") in running text, counted up to at_most;
 * 0 when two names stand side by side, as in a list of people, or one is a form's field. */
static guint
count_people_in_prose (VoileNameCollector *c, guint at_most)
{
  const char *seen[8];
  const VoileNameMention *prev = NULL;
  guint n = 0;

  g_assert (at_most <= G_N_ELEMENTS (seen));
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      gboolean known = FALSE;

      if (m->type != VOILE_TYPE_PERSON)
        continue;
      if (prev != NULL && m->start >= prev->end && listed_side_by_side (c, prev->end, m->start))
        return 0;
      if (is_field_value (c, m))
        return 0;
      prev = m;
      if (strchr (m->key, ' ') == NULL)
        continue;
      for (guint k = 0; k < n && !known; k++)
        known = strcmp (seen[k], m->key) == 0;
      if (!known && n < at_most)
        seen[n++] = m->key;
    }
  return n;
}

/* The start of the word ending before text[p] (spaces and a dot skipped), and its context
 * flags; 0 when there is none. */
static guint32
word_before (const char *text, gsize p, gsize *start)
{
  gsize w;

  if (p == 0 || text[p - 1] != ' ')
    return 0;
  while (p > 0 && text[p - 1] == ' ')
    p--;
  if (p > 0 && text[p - 1] == '.')
    p--;
  for (w = p; w > 0 && p - w < 16 && (g_ascii_isalpha (text[w - 1]) || (guchar)text[w - 1] >= 0x80);
       w--)
    ;
  *start = w;
  return w < p ? voile_name_context_word (text + w, p - w) : 0;
}

/* Is the word ending before text[p] a title ("Mrs", "M.", "Lord")? */
static gboolean
title_before (const char *text, gsize p)
{
  gsize w;

  return (word_before (text, p, &w) & VOILE_CONTEXT_TITLE) != 0;
}

/* A name after a title and nothing else: "Mr Darcy", "Lord Byron" in prose, not "Dear Ms
 * Hale," nor a salutation line of its own ("Madame Durand,"). */
static gboolean
after_title_only (VoileNameCollector *c, const VoileNameMention *m)
{
  gsize title, w;

  if (!(word_before (c->text, m->start, &title) & VOILE_CONTEXT_TITLE))
    return FALSE;
  if (word_before (c->text, title, &w) & VOILE_CONTEXT_GREETING)
    return FALSE;
  return !((title == 0 || c->text[title - 1] == '\n') && m->end + 1 < c->len
           && c->text[m->end] == ','
           && (c->text[m->end + 1] == '\n' || c->text[m->end + 1] == '\r'));
}

/* "Madame de Sévigné", "M. de Tréville": a title before a noble particle names a figure of
 * history in long prose, which says nothing of the text being about someone. */
static gboolean
after_title_and_particle (VoileNameCollector *c, const VoileNameMention *m)
{
  const char *text = c->text;
  gsize p = m->start;

  if (p >= 3 && memcmp (text + p - 3, "de ", 3) == 0)
    p -= 3;
  else if (p >= 2 && memcmp (text + p - 2, "d'", 2) == 0)
    p -= 2;
  else
    return FALSE;
  return title_before (text, p);
}

/* Does text[s, e) hold the age range of a toy or a book ("ages 3+", "dès 3 ans", "(0+)",
 * "18 months+")? */
static gboolean
holds_age_range (const char *text, gsize s, gsize e)
{
  for (gsize p = s; p < e; p++)
    {
      if (g_ascii_isdigit (text[p]) && p + 1 < e && text[p + 1] == '+' && p > s
          && (text[p - 1] == ' ' || text[p - 1] == '(')
          && (p + 2 == e || strchr (" ),.", text[p + 2]) != NULL))
        return TRUE; /* "ages 3+", "(0+)" */
      if (text[p] == '+' && p >= s + 3
          && ((p >= s + 6 && memcmp (text + p - 6, "months", 6) == 0)
              || (p >= s + 5 && memcmp (text + p - 5, "years", 5) == 0)
              || (p >= s + 4 && memcmp (text + p - 4, "mois", 4) == 0)
              || memcmp (text + p - 3, "ans", 3) == 0))
        return TRUE; /* "18 months+", "3 ans+" */
      if (p + 5 < e && (memcmp (text + p, "ages ", 5) == 0 || memcmp (text + p, "Ages ", 5) == 0)
          && g_ascii_isdigit (text[p + 5]))
        return TRUE;
      if (p + 5 < e && memcmp (text + p, "d\xc3\xa8s ", 5) == 0
          && (g_ascii_isdigit (text[p + 5]) || (p + 8 < e && memcmp (text + p + 5, "la ", 3) == 0)))
        return TRUE; /* "dès 3 ans", "dès la naissance" */
    }
  return FALSE;
}

/* Words of a wine list and grape varieties, lower case, sorted (strcmp order, UTF-8
 * bytes). */
static const char *const wine_words[] = {
  "aoc",        "aop",      "appellation", "blanc",    "bottle",    "bottles",    "bouteille",
  "bouteilles", "brut",     "cabernet",    "cellar",   "champagne", "champagnes", "chardonnay",
  "chateau",    "chenin",   "château",     "cru",      "crus",      "cuvée",      "domaine",
  "gamay",      "grape",    "grappe",      "grenache", "magnum",    "malbec",     "merlot",
  "millésime",  "pinot",    "prosecco",    "riesling", "rosé",      "rouge",      "sauvignon",
  "shiraz",     "syrah",    "tempranillo", "vigneron", "vin",       "vineyard",   "vins",
  "vintage",    "viognier", "wine",        "winery",   "wines",
};

#define WINE_WORD_MAX 16
#define WINE_WORDS_NEEDED 3

/* Is text[s, e) a word of wine_words (ASCII folded to lower case)? */
static gboolean
wine_word (const char *text, gsize s, gsize e, const char *const **hit)
{
  char word[WINE_WORD_MAX + 1];

  /* Words of 3 to 11 bytes; "vin" is the shortest, "appellation" the longest. */
  if (e - s > 11 || e - s < 3)
    return FALSE;
  for (gsize k = s; k < e; k++)
    word[k - s] = g_ascii_tolower (text[k]);
  word[e - s] = '\0';
  *hit = voile_name_sorted_lookup (wine_words, G_N_ELEMENTS (wine_words), word);
  return *hit != NULL;
}

/* Does text[s, e) hold a vintage (a year 1900–2099 standing alone), or with words, a wine
 * word? */
static gboolean
holds_wine_or_vintage (const char *text, gsize s, gsize e, gboolean words)
{
  for (gsize p = s; p < e;)
    {
      gsize w = p;
      const char *const *hit;
      if (!g_ascii_isalnum (text[p]) && (guchar)text[p] < 0x80)
        {
          p++;
          continue;
        }
      while (p < e && (g_ascii_isalnum (text[p]) || (guchar)text[p] >= 0x80))
        p++;
      if (p - w == 4 && (text[w] == '1' || text[w] == '2')
          && (text[w + 1] == '9' || text[w + 1] == '0') && g_ascii_isdigit (text[w + 2])
          && g_ascii_isdigit (text[w + 3]) && (w == s || text[w - 1] == ' ')
          && (p == e || text[p] == ' ' || text[p] == ','))
        return TRUE;
      if (words && wine_word (text, w, p, &hit))
        return TRUE;
    }
  return FALSE;
}

/* Does the text read as a wine list: three wine words or more ("cru", "cuvée", "domaine",
 * "bouteilles")? Read only in a text of three prices or more. */
static gboolean
names_wines (VoileNameCollector *c)
{
  guint64 seen = 0;

  G_STATIC_ASSERT (G_N_ELEMENTS (wine_words) <= 64);
  for (gsize p = 0; p < c->len;)
    {
      gsize w = p;
      const char *const *hit;
      if (!g_ascii_isalpha (c->text[p]) && (guchar)c->text[p] < 0x80)
        {
          p++;
          continue;
        }
      while (p < c->len && (g_ascii_isalpha (c->text[p]) || (guchar)c->text[p] >= 0x80))
        p++;
      if (wine_word (c->text, w, p, &hit))
        {
          seen |= G_GUINT64_CONSTANT (1) << (hit - wine_words);
          if (__builtin_popcountll (seen) >= WINE_WORDS_NEEDED)
            return TRUE;
        }
    }
  return FALSE;
}

/* Does the line around text[at] list a product with a price and an age range ("Barnaby
 * Bear, cream plush … ages 0+ … £16.50"), or, in a wine list, a price and a vintage or a
 * wine word ("Joseph Drouhin, Chablis 2022 …… 22,90 €")? The names on it are toys or
 * producers. */
static gboolean
on_catalogue_line (VoileNameCollector *c, gsize at, guint kinds)
{
  gsize s = at, e = at;
  gboolean price = FALSE;

  while (s > 0 && c->text[s - 1] != '\n' && at - s < 400)
    s--;
  while (e < c->len && c->text[e] != '\n' && e - at < 400)
    e++;
  for (gsize p = s; p < e && !price; p++)
    price = c->text[p] == '$' || (p + 2 < e && memcmp (c->text + p, "\xe2\x82\xac", 3) == 0)
            || (p + 1 < e && memcmp (c->text + p, "\xc2\xa3", 2) == 0); /* '€', '£' */
  return price
         && (((kinds & CATALOGUE_TOYS) && holds_age_range (c->text, s, e))
             || ((kinds & (CATALOGUE_WINES | CATALOGUE_VINTAGE))
                 && holds_wine_or_vintage (c->text, s, e, (kinds & CATALOGUE_WINES) != 0)));
}

#define CATALOGUE_MENTIONS_MAX 400

/* A catalogue names its toys like people ("Hattie the rag doll … ages 3+ … £22.00"), a
 * wine list its producers ("Louis Jadot, Beaune 2019 … 64,50 €", "Pol Roger Brut"): a
 * name on such a line is dropped, title or not, with its other mentions ("Hattie also
 * comes as…"), in a text of three prices or more. Returns the kinds of catalogue that
 * dropped one. */
static guint
drop_catalogue_names (VoileNameCollector *c)
{
  g_autoptr (GHashTable) toys = NULL;
  guint prices = 0, out = 0, kinds = CATALOGUE_TOYS;
  gint wines = -1; /* does the text read as a wine list? -1: not asked yet */

  /* A catalogue pasted is a page or two; each name's line is read again, so a long export
   * of people is not. */
  if (c->mentions->len > CATALOGUE_MENTIONS_MAX)
    return CATALOGUE_NONE;
  for (guint i = 0; i < c->result->findings->len && prices < 3; i++)
    prices += g_array_index (c->result->findings, VoileFinding, i).type == VOILE_TYPE_AMOUNT;
  if (prices < 3)
    return CATALOGUE_NONE;
  /* The first words of the toys' and producers' names. The whole text is read for wine
   * words once, when a name stands on a line of a price and a vintage; in a wine list,
   * the lines are read again for the wine words of those without a vintage ("Brut"). */
  toys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type != VOILE_TYPE_PERSON
          || !on_catalogue_line (c, m->start, kinds | (wines < 0 ? CATALOGUE_VINTAGE : 0)))
        continue;
      /* A line of a vintage and no age range (read again: such lines are few). */
      if (wines < 0 && !on_catalogue_line (c, m->start, kinds))
        {
          wines = names_wines (c);
          if (!wines)
            continue; /* the vintage said nothing: not a wine list */
          kinds |= CATALOGUE_WINES;
          g_hash_table_remove_all (toys);
          i = G_MAXUINT; /* from the first mention again */
          continue;
        }
      g_hash_table_add (toys, g_strndup (m->key, strcspn (m->key, " ")));
    }
  if (g_hash_table_size (toys) == 0)
    return CATALOGUE_NONE;
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      g_autofree char *first = g_strndup (m->key, strcspn (m->key, " "));
      if (m->type != VOILE_TYPE_PERSON || !g_hash_table_contains (toys, first))
        g_array_index (c->mentions, VoileNameMention, out++) = *m;
    }
  g_array_set_size (c->mentions, out);
  return kinds;
}

/* Does a sentence end at text[p]: '.', '!' or '?' after two lower-case letters or digits
 * ("en 1868.", "la ville."), then a space and a capital? Not after a title or an initial
 * ("Mrs. Hale", "J. Smith"), nor before a number ("tél. 01 23…"). */
static gboolean
ends_sentence_at (const char *text, gsize len, gsize p)
{
  if (p < 2 || p + 3 >= len || strchr (".!?", text[p]) == NULL || text[p] == '\0'
      || text[p + 1] != ' ')
    return FALSE;
  for (gsize k = p - 2; k < p; k++)
    if (!g_ascii_islower (text[k]) && !g_ascii_isdigit (text[k]) && (guchar)text[k] < 0x80)
      return FALSE;
  guchar c = (guchar)text[p + 2], next = (guchar)text[p + 3];
  return g_ascii_isupper (c) || (c == 0xc3 && next >= 0x80 && next <= 0x9e && next != 0x97);
}

/* Bytes read on each side of a name for its sentence: a megabyte line costs no more. */
#define SENTENCE_SCAN_MAX 1024
/* Bytes of a bibliography's entry read after its author. */
#define REFERENCE_SCAN_MAX 512

/* The line around text[start, end), cut to the name's sentence when the line is a paragraph:
 * an address in a heritage note's paragraph is no detail of the architect three sentences
 * on ("… au hameau Boileau. La rue Mallet-Stevens … de Robert Mallet-Stevens"). */
void
voile_name_sentence_around (const char *text, gsize len, gsize start, gsize end, gsize *from,
                            gsize *to)
{
  gsize s = start, e = end;

  while (s > 0 && start - s < SENTENCE_SCAN_MAX && text[s - 1] != '\n'
         && !ends_sentence_at (text, len, s - 1))
    s--;
  while (e < len && e - end < SENTENCE_SCAN_MAX && text[e] != '\n'
         && !ends_sentence_at (text, len, e))
    e++;
  *from = s;
  *to = e;
}

/* A hard-wrapped paragraph (an e-mail wrapped at 72 columns, a decree's or a letter's
 * lines): its sentence goes on past a line's end when the line is full and stops inside the
 * sentence, on a word or a comma, and the next line goes straight on. */
#define WRAPPED_LINE_MIN 60
#define WRAPPED_LINES_MAX 2

static gboolean
line_wraps_at (const char *text, gsize len, gsize newline)
{
  gsize line_start = newline;

  while (line_start > 0 && newline - line_start < WRAPPED_LINE_MIN && text[line_start - 1] != '\n')
    line_start--;
  if (newline - line_start < WRAPPED_LINE_MIN || newline + 1 >= len)
    return FALSE;
  guchar last = (guchar)text[newline - 1], next = (guchar)text[newline + 1];
  return (g_ascii_isalnum (last) || last == ',' || last >= 0x80)
         && (g_ascii_isalnum (next) || next >= 0xc3);
}

/* The name's sentence (voile_name_sentence_around()), carried over the line breaks of a
 * hard-wrapped paragraph: "… M. Kévin DUBRULLE, né le 11/01/1998 à Lens (62), demeurant" ends
 * a line whose sentence gives his address on the next. */
static void
sentence_around_wrapped (const char *text, gsize len, gsize start, gsize end, gsize *from,
                         gsize *to)
{
  voile_name_sentence_around (text, len, start, end, from, to);
  for (guint lines = 0; lines < WRAPPED_LINES_MAX; lines++)
    {
      if (*to >= len || text[*to] != '\n' || !line_wraps_at (text, len, *to))
        break;
      gsize next_start = *to + 1, next_end;
      voile_name_sentence_around (text, len, next_start, next_start, &next_start, &next_end);
      *to = next_end;
    }
  for (guint lines = 0; lines < WRAPPED_LINES_MAX; lines++)
    {
      if (*from == 0 || text[*from - 1] != '\n' || !line_wraps_at (text, len, *from - 1))
        break;
      gsize previous_end = *from - 1, previous_start;
      voile_name_sentence_around (text, len, previous_end, previous_end, &previous_start,
                                  &previous_end);
      *from = previous_start;
    }
}

/* Does the name open a bibliography's entry: a comma after it, then a title, a publisher
 * and a year ("PROST Antoine, Autour du Front populaire, Paris, Seuil, 2006.")? The
 * administrative order is an author's there, not a file's. */
static gboolean
opens_reference (VoileNameCollector *c, const VoileNameMention *m)
{
  const char *text = c->text;
  gsize p = m->end, commas = 0;

  if (p >= c->len || text[p] != ',')
    return FALSE;
  for (; p + 5 <= c->len && p - m->end < REFERENCE_SCAN_MAX && text[p] != '\n'; p++)
    {
      commas += text[p] == ',';
      if (commas >= 2 && (text[p] == ' ' || text[p] == '(')
          && (text[p + 1] == '1' || text[p + 1] == '2') && g_ascii_isdigit (text[p + 2])
          && g_ascii_isdigit (text[p + 3]) && g_ascii_isdigit (text[p + 4])
          && (p + 5 == c->len || strchr (".,)\n", text[p + 5]) != NULL))
        return TRUE;
    }
  return FALSE;
}

#define ROLE_SCAN_MAX 160
#define ROLE_LABEL_MAX 48

/* Roles of an event's or a meeting's people, as a programme labels them: "chair: …",
 * "modératrice : …", "jury: …, …". Folded. */
static gboolean
is_event_role (const char *w, gsize n)
{
  static const char *const roles[] = {
    "chair",        "chairs",        "cochair",     "cochairs",     "co-chair",      "co-chairs",
    "chairperson",  "moderator",     "moderators",  "moderateur",   "moderatrice",   "presenter",
    "presenters",   "discussant",    "discussants", "panelist",     "panelists",     "panellist",
    "panellists",   "jury",          "judges",      "convenor",     "convener",      "rapporteur",
    "rapporteure",  "orateur",       "oratrice",    "speakers",     "intervenants",  "facilitator",
    "facilitators", "animateurs",    "animateur",   "animatrice",   "responsable",   "formateur",
    "formatrice",   "organiser",     "organizer",   "organisateur", "organisatrice", "coordinator",
    "coordinateur", "coordinatrice", "president",   "presidente",   "seance",        "secretary",
    "treasurer",    "tresorier",     "tresoriere",
  };
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (strlen (roles[i]) == n && memcmp (roles[i], w, n) == 0)
      return TRUE;
  return FALSE;
}

/* Is the name the value of a label giving a person's role, "chair: Alessandro Bianchi",
 * "chairs: Mehmet Öztürk / Lucía Martín Herrero", "Organiser : …" — the label's word a
 * role of an event or a key of people (not an author's: a book list names public people),
 * the colon on the name's line within a few words, nothing between but names and their
 * separators? A key of people counts only when keys is TRUE: the model's veto is overridden
 * by a role alone ("Apologies:", "Tenant:" head lists of things and roles too). */
gboolean
voile_name_mention_after_role_label (VoileNameCollector *c, const VoileNameMention *m,
                                     gboolean keys)
{
  const char *text = c->text;
  gsize p = m->start;

  while (p > 0 && m->start - p < ROLE_SCAN_MAX && text[p - 1] != ':')
    {
      char ch = text[p - 1];
      if (ch == '\n' || ch == '.' || ch == ';' || ch == '(' || ch == ')' || ch == '\t'
          || g_ascii_isdigit (ch))
        return FALSE;
      p--;
    }
  if (p == 0 || text[p - 1] != ':')
    return FALSE;
  /* The label's words, up to four back from the colon ("Président de séance :", "Jury du
   * concours photo :"): one names a role. */
  gsize e = p - 1;
  for (guint words = 0; words < 4; words++)
    {
      while (e > 0 && p - e < ROLE_LABEL_MAX && (text[e - 1] == ' ' || text[e - 1] == '\''))
        e--;
      gsize b = e;
      while (
          b > 0 && p - b < ROLE_LABEL_MAX
          && (g_ascii_isalpha (text[b - 1]) || text[b - 1] == '-' || (guchar)text[b - 1] >= 0x80))
        b--;
      if (b == e
          || (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n' && text[b - 1] != '\''
              && text[b - 1] != '\t'))
        return FALSE;
      char key[VOILE_NAME_KEY_MAX];
      gsize n;
      if (voile_name_fold (text + b, e - b, key, &n)
          && (is_event_role (key, n)
              || (keys && words == 0
                  && (voile_name_context_lookup (key, n) & VOILE_CONTEXT_PERSON_KEY)
                  && !(n == 6
                       && (memcmp (key, "author", 6) == 0 || memcmp (key, "auteur", 6) == 0)))))
        return TRUE;
      if (b == 0 || text[b - 1] == '\n')
        return FALSE;
      e = b;
    }
  return FALSE;
}

/* Does the name close a programme's timed row, "10:40  Fretting in bolted joints   Pieter van
 * der Berg", "09h30  Accueil   Marie Dupont*": the line opens on a time, a wide gap (three
 * spaces or a tab) before the name, nothing after it but a mark or a remark in brackets? */
gboolean
voile_name_mention_closes_timed_row (VoileNameCollector *c, const VoileNameMention *m)
{
  const char *text = c->text;
  gsize s = m->start, e = m->end;

  if (s < 3
      || !((text[s - 1] == ' ' && text[s - 2] == ' ' && text[s - 3] == ' ') || text[s - 1] == '\t'))
    return FALSE;
  while (e < c->len && e - m->end < 24 && (text[e] == '*' || text[e] == ' '))
    e++;
  if (e < c->len && (text[e] == '(' || text[e] == '['))
    {
      /* "(remote)", "[replaces …": a remark closes the row, or goes on to the next line. */
      char close = text[e] == '(' ? ')' : ']';
      while (e < c->len && e - m->end < 32 && text[e] != close && text[e] != '\n')
        e++;
      e += e < c->len && text[e] == close;
    }
  if (e < c->len && text[e] != '\n' && text[e] != '\r')
    return FALSE;
  gsize b = s;
  while (b > 0 && s - b < ROLE_SCAN_MAX && text[b - 1] != '\n')
    b--;
  if (b > 0 && text[b - 1] != '\n')
    return FALSE;
  while (b < s && (text[b] == ' ' || text[b] == '\t'))
    b++;
  /* "10:40", "9:30", "09h30", "14.00" */
  gsize d = b;
  while (d < s && d - b < 2 && g_ascii_isdigit (text[d]))
    d++;
  return d > b && d + 2 < s && (text[d] == ':' || text[d] == 'h' || text[d] == '.')
         && g_ascii_isdigit (text[d + 1]) && g_ascii_isdigit (text[d + 2]);
}

/* (session 23, g23-names) Is the name a chat export's sender, "[03/02/2027, 07:48] Sunita
 * Gurung: …", "[…] Dr Dharma (Health Post): …": the line opens on a bracketed time or date,
 * nothing but a title before the name, a role in brackets at most before the colon; a full
 * name or a titled one (a one-word sender may be a bot). A chat is between private people: its
 * senders need no other support. Reads at most 64 bytes on either side. */
static gboolean
chat_sender (VoileNameCollector *c, const VoileNameMention *m)
{
  const char *text = c->text;
  gsize s = m->start, e = m->end, b = s;

  while (b > 0 && s - b < 64 && text[b - 1] != ']' && text[b - 1] != '\n')
    b--;
  if (b == 0 || text[b - 1] != ']')
    return FALSE;
  gsize close = b - 1, open = close;
  while (open > 0 && close - open < 40 && text[open] != '[' && text[open] != '\n')
    open--;
  if (text[open] != '[' || (open > 0 && text[open - 1] != '\n') || !g_ascii_isdigit (text[open + 1])
      || memchr (text + open, ':', close - open) == NULL)
    return FALSE;
  /* nothing but spaces and one title ("Dr", "Sr", "Mrs.") between "]" and the name */
  guint words = 0;
  for (gsize p = b; p < s; p++)
    if (text[p] != ' ' && (p == b || text[p - 1] == ' ') && ++words > 1)
      return FALSE;
  if (words == 1)
    {
      gsize w = b;
      while (w < s && text[w] == ' ')
        w++;
      gsize we = w;
      while (we < s && g_ascii_isalpha (text[we]))
        we++;
      VoileToken t = { .start = w, .end = we };
      voile_token_lookup_context (text, &t);
      if (!(t.context_flags & VOILE_CONTEXT_TITLE))
        return FALSE;
    }
  while (e < c->len && e - m->end < 4 && text[e] == ' ')
    e++;
  if (e < c->len && text[e] == '(')
    {
      const char *shut = memchr (text + e, ')', MIN (c->len - e, 48));
      if (shut == NULL)
        return FALSE;
      e = (gsize)(shut - text) + 1;
      while (e < c->len && e - m->end < 64 && text[e] == ' ')
        e++;
    }
  /* a full name or a titled one: a one-word sender may be a bot ("Grafana:", "PagerDuty:") */
  return e < c->len && text[e] == ':'
         && (words == 1 || memchr (text + m->start, ' ', m->end - m->start) != NULL);
}

/* A name with context of its own, kept even in a text about public people: after a greeting
 * ("Dear Ifeoluwa,"), in the administrative order ("DUPONT Marie"), after a context word of
 * prose ("my husband Colin", "rappeler Sophie"), on a line with an e-mail address, a phone
 * number or a postal address ("Tomás Villanueva, Project Director — tomas.v@…"), in a table that
 * surely lists people (first and last name columns, a name beside an e-mail column) — not one that
 * only the lists, a capital, a title or a "Player" column support. */
static gboolean
has_own_context (VoileNameCollector *c, const VoileNameMention *m)
{
  if (m->record != 0)
    {
      guint kind = m->field & VOILE_FIELD_KIND_MASK;
      if ((m->field & VOILE_FIELD_RELAXED) || kind == VOILE_FIELD_FIRST || kind == VOILE_FIELD_LAST)
        return TRUE;
    }
  else if (m->confidence == CONFIDENCE_SALUTATION
           || (m->confidence == CONFIDENCE_ADMIN && !opens_reference (c, m))
           || (m->confidence == CONFIDENCE_CONTEXT && !after_title_only (c, m)
               && !after_title_and_particle (c, m)))
    return TRUE;
  if (m->type == VOILE_TYPE_PERSON
      && (voile_name_mention_after_role_label (c, m, TRUE)
          || voile_name_mention_closes_timed_row (c, m) || chat_sender (c, m)))
    return TRUE;
  gsize line_start, line_end;
  sentence_around_wrapped (c->text, c->len, m->start, m->end, &line_start, &line_end);
  return voile_name_collector_overlaps (c, line_start, line_end, VOILE_TYPE_EMAIL)
         || voile_name_collector_overlaps (c, line_start, line_end, VOILE_TYPE_PHONE)
         || voile_name_collector_overlaps (c, line_start, line_end, VOILE_TYPE_POSTAL_ADDRESS);
}

gboolean
voile_name_mention_greeted (VoileNameCollector *c, const VoileNameMention *m)
{
  gsize w;
  guint32 before = word_before (c->text, m->start, &w);

  if (m->type != VOILE_TYPE_PERSON)
    return FALSE;
  if (m->confidence == CONFIDENCE_SALUTATION || (before & VOILE_CONTEXT_GREETING))
    return TRUE;
  return (before & VOILE_CONTEXT_TITLE) && (word_before (c->text, w, &w) & VOILE_CONTEXT_GREETING);
}

/* A table whose account columns ("Reporter", "Assignee", "Owner") name people by their logins,
 * two or more: a tracker's or a system's export, where a workplace records the people it deals
 * with. It is no prose: the document prior, which tells prose about public figures from prose
 * about private people, does not judge it (a catalogue of authors has no account column). */
gboolean
voile_name_collector_people_table (const VoileNameCollector *c)
{
  return c->account_names >= 2;
}

double
voile_name_collector_prior_score (VoileNameCollector *c)
{
  if (!c->prior_scored)
    {
      c->prior_score = voile_document_prior_score (c->text, c->len);
      c->prior_scored = TRUE;
    }
  return c->prior_score;
}

/* Long prose that the document prior (voile-document-prior.c) judges to be about public or
 * fictional people — a review, a match report, a racecard, a history lesson — keeps only the
 * names with context of their own. TRUE when it judged so. */
static gboolean
drop_weak_in_public_prose (VoileNameCollector *c, guint words)
{
  gboolean weak = FALSE;
  guint out = 0;

  if (words < PROSE_MIN_WORDS || voile_name_collector_people_table (c))
    return FALSE;
  for (guint i = 0; i < c->mentions->len && !weak; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      weak = m->type == VOILE_TYPE_PERSON && !has_own_context (c, m);
    }
  /* A text greeting someone by name ("Dear Ifeoluwa,", "Dear Ms Hale,") is a message to
   * someone: left to the rules below. */
  for (guint i = 0; i < c->mentions->len && weak; i++)
    if (voile_name_mention_greeted (c, &g_array_index (c->mentions, VoileNameMention, i)))
      return FALSE;
  if (!weak)
    return FALSE;
  gboolean details = FALSE;
  for (guint i = 0; i < c->result->findings->len && !details; i++)
    {
      VoileType type = g_array_index (c->result->findings, VoileFinding, i).type;
      details = !voile_type_is_quasi_identifier (type) && type != VOILE_TYPE_PERSON
                && type != VOILE_TYPE_LOCATION;
    }
  if (!voile_document_prior_score_is_public (voile_name_collector_prior_score (c), details))
    return FALSE;
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type != VOILE_TYPE_PERSON || has_own_context (c, m))
        g_array_index (c->mentions, VoileNameMention, out++) = *m;
    }
  g_array_set_size (c->mentions, out);
  return TRUE;
}

/* Names found by the lists alone count only in a text that is about someone: one with a
 * contact detail, an identifier, a greeting, a title or a structured field, or a short
 * snippet (a sentence or two says nothing either way, and a missed name costs more). A
 * literature essay, a cocktail menu or a book list mentions people who are not the user's
 * contacts ("Victor Hugo", "Tom Collins", "George Orwell"). */
static void
drop_bare_without_context (VoileNameCollector *c, guint words)
{
  gboolean context = FALSE, titled = FALSE;
  guint out = 0;

  if (drop_weak_in_public_prose (c, words))
    return;

  for (guint i = 0; i < c->result->findings->len && !context; i++)
    {
      const VoileFinding *f = &g_array_index (c->result->findings, VoileFinding, i);
      context = !voile_type_is_quasi_identifier (f->type);
    }
  for (guint i = 0; i < c->mentions->len && !context; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      /* In a snippet, a line listing names is context enough ("Table 4 : Jade, Adam"); in
       * prose it is not ("Thackeray and Wilkie Collins"). */
      if (words >= PROSE_MIN_WORDS && m->confidence == CONFIDENCE_CONTEXT && m->record == 0
          && m->type == VOILE_TYPE_PERSON && after_title_only (c, m))
        titled = TRUE; /* "Mr Darcy", "Lord Byron": a letter's or a novel's? */
      else
        context = (!voile_name_mention_is_bare (m)
                   && !(words >= PROSE_MIN_WORDS && after_title_and_particle (c, m)))
                  || (words < PROSE_MIN_WORDS && m->confidence == CONFIDENCE_LIST_BARE)
                  /* "moderator: …", "Jury : …": a programme's or a meeting's people */
                  || (m->type == VOILE_TYPE_PERSON
                      && voile_name_mention_after_role_label (c, m, FALSE));
    }
  /* Long prose whose only context is titles: a letter's or a novel's? The document prior
   * above judged it not about public figures or characters ("Mr Darcy", "Lord Byron"). */
  context |= titled;
  if (context)
    return;
  /* Long prose the document prior is sure tells of private people (a witness statement, a
   * coach's debrief): its names need nothing more. */
  if (words >= PROSE_MIN_WORDS
      && voile_document_prior_score_is_private (voile_name_collector_prior_score (c)))
    return;
  /* A context-free snippet naming three people in full, each in its own words, is a news
   * brief or a review ("Macron a présenté… Bayrou défendra… Le Pen annonce"); a note about
   * contacts names them with a greeting, a title or a detail, and a rota lists them side by
   * side. Read it as prose. */
  if (words < PROSE_MIN_WORDS
      && count_people_in_prose (c, SNIPPET_PEOPLE_MAX) >= SNIPPET_PEOPLE_MAX)
    words = PROSE_MIN_WORDS;
  gboolean listed = FALSE; /* a name the lists found: unlisted pairs keep company */
  for (guint i = 0; i < c->mentions->len && !listed; i++)
    {
      float confidence = g_array_index (c->mentions, VoileNameMention, i).confidence;
      listed = confidence != CONFIDENCE_SINGLE && confidence != CONFIDENCE_UNLISTED;
    }
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      /* A lone first name needs context even in a snippet ("London", "Sophie"). A timed
       * row's last cell is a programme's speaker. */
      /* (session 23) a chat's sender in full or titled, kept alone */
      if ((m->type == VOILE_TYPE_PERSON
           && (voile_name_mention_closes_timed_row (c, m) || chat_sender (c, m)))
          || (!voile_name_mention_is_bare (m)
              && !(words >= PROSE_MIN_WORDS && after_title_and_particle (c, m)))
          || (words < PROSE_MIN_WORDS && m->confidence != CONFIDENCE_SINGLE
              && (m->confidence != CONFIDENCE_UNLISTED || listed)))
        g_array_index (c->mentions, VoileNameMention, out++) = *m;
    }
  g_array_set_size (c->mentions, out);
}

/* The initials of a whole name's key, first and last word ("gb" for "grainne ni bhriain")
 * or every word ("gnb"), the parts of a compound counted ("ohm" for "olivia hartley-mensah",
 * "jpd" for "jean-pierre dupont"); 0 when it has fewer than two words. */
static guint
key_initials (const char *key, char *first_last, char *every)
{
  guint n = 0, words = 0;
  char last = '\0';

  for (const char *p = key; *p != '\0'; p++)
    {
      gboolean word_start = p == key || p[-1] == ' ';
      if ((word_start || p[-1] == '-') && g_ascii_isalpha (*p))
        {
          if (n < 3)
            every[n] = *p;
          n++;
        }
      if (word_start && g_ascii_isalpha (*p))
        {
          last = *p;
          words++;
        }
    }
  if (words < 2)
    return 0;
  first_last[0] = key[0];
  first_last[1] = last;
  first_last[2] = '\0';
  every[MIN (n, 3)] = '\0';
  return words;
}

#define INITIALS_MENTIONS_MAX 200

/* After initials and a space, a table's cell ends ("| SB |") or the full name opens in
 * brackets or after a sign ("KM (Kirsty MacLeod …)", "SB = Samir Belkacem"). */
static gboolean
after_space_ends_cell (const char *text, gsize len, gsize p)
{
  if (p >= len)
    return FALSE;
  /* A speaker's or a signer's initials: French spacing before a colon ("KL : …"), a wide
   * gap before the next field ("Signed: HD      Date: …"), a dash of a remark ("AS – …"). */
  if (text[p] == ':' || text[p] == ';' || (text[p] == ' ' && p + 1 < len && text[p + 1] == ' '))
    return TRUE;
  if (p + 2 < len && (guchar)text[p] == 0xE2 && (guchar)text[p + 1] == 0x80
      && ((guchar)text[p + 2] == 0x93 || (guchar)text[p + 2] == 0x94))
    return TRUE;
  return text[p] == '|' || text[p] == '(' || text[p] == '=' || text[p] == '\t';
}

/* Abbreviations of notes that initials would spell before a French colon ("NB :", "PJ :",
 * "PS :"), where a speaker's initials stand too ("KL : …"); in lower case, as
 * find_initials() folds them. */
static gboolean
note_abbreviation (const char *key)
{
  static const char *const words[]
      = { "nb", "ps", "pj", "pv", "cr", "ras", "rq", "obs", "re", "fyi" };
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strcmp (words[i], key) == 0)
      return TRUE;
  return FALSE;
}

/* An article before the letters makes them a noun ("dans les CR", "the CV", "un PV"), not
 * someone's initials. */
static gboolean
after_article (const char *text, gsize start)
{
  static const char *const articles[] = { "les", "des", "le",  "la", "un", "une", "ces",
                                          "nos", "vos", "the", "a",  "an", "our", "your" };
  if (start < 2 || text[start - 1] != ' ')
    return FALSE;
  gsize e = start - 1, b = e;
  while (b > 0 && e - b < 5 && g_ascii_isalpha (text[b - 1]))
    b--;
  if (b == e || e - b > 4
      || (b > 0 && (g_ascii_isalnum (text[b - 1]) || (guchar)text[b - 1] >= 0x80)))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (articles); i++)
    if (strlen (articles[i]) == e - b && g_ascii_strncasecmp (articles[i], text + b, e - b) == 0)
      return TRUE;
  return FALSE;
}

/* Do two keys of the same initials name one person, one of them shortened to an initial
 * ("h doyle", "hamish doyle"): the same last word, the same first letter. */
static gboolean
same_person_initialled (const char *a, const char *b)
{
  const char *la = strrchr (a, ' '), *lb = strrchr (b, ' ');
  if (la == NULL || lb == NULL || a[0] != b[0] || strcmp (la, lb) != 0)
    return FALSE;
  /* One of them opens on an initial alone: "h doyle". */
  return a[1] == ' ' || a[1] == '.' || b[1] == ' ' || b[1] == '.';
}

/* Do the letters (lower case, 2 or 3) spell the initials of the key's last words ("pe"
 * for "canon paul ellison", a title the name took in), its first and last, or its every
 * word? */
static gboolean
key_has_initials (const char *key, const char *ini, gsize n)
{
  const char *starts[8];
  guint words = 0;
  char first_last[3], every[4];

  for (const char *p = key; *p != '\0'; p++)
    if ((p == key || p[-1] == ' ') && words < G_N_ELEMENTS (starts))
      starts[words++] = p;
  if (words < 2 || key_initials (key, first_last, every) == 0)
    return FALSE;
  if (strcmp (ini, first_last) == 0 || strcmp (ini, every) == 0)
    return TRUE;
  if (n > words)
    return FALSE;
  for (gsize k = 0; k < n; k++)
    if (starts[words - n + k][0] != ini[k])
      return FALSE;
  return TRUE;
}

/* "Deborah Ashcroft (DA, Chair)", "Jo Kerr (JK)": minutes and logs declare the initials
 * they will write a person by, in brackets right after the name. Declared initials stand
 * for that person wherever the text writes them, even letters a word or a title spells
 * elsewhere ("MS", "ST", "DA"). Adds key -> initials (lower case) to declared. */
static void
find_declared_initials (VoileNameCollector *c, GHashTable *declared)
{
  const char *text = c->text;
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      gsize p = m->end, s;
      char ini[4];

      if (m->type != VOILE_TYPE_PERSON || strchr (m->key, ' ') == NULL)
        continue;
      if (p < c->len && text[p] == ' ')
        p++;
      if (p >= c->len || text[p] != '(')
        continue;
      s = ++p;
      while (p < c->len && p - s < 4 && g_ascii_isupper (text[p]))
        p++;
      if (p - s < 2 || p - s > 3 || p >= c->len || (text[p] != ')' && text[p] != ','))
        continue;
      for (gsize k = s; k < p; k++)
        ini[k - s] = g_ascii_tolower (text[k]);
      ini[p - s] = '\0';
      if (!key_has_initials (m->key, ini, p - s))
        continue;
      const char *key = g_string_chunk_insert_const (c->strings, ini);
      gpointer old = NULL;
      /* Two people declaring the same letters: neither. */
      if (g_hash_table_lookup_extended (declared, key, NULL, &old) && old != m->key)
        g_hash_table_insert (declared, (gpointer)key, (gpointer) "");
      else
        g_hash_table_insert (declared, (gpointer)key, (gpointer)m->key);
    }
}

/* "Proposed: GT, seconded: RM", "Action: AK": minutes write the attendees they named in
 * full by their initials. Taken when the text names two people in full or more and the
 * initials stand for one of them only, or when the text declared them after the name. */
/* "J.D.        G.L." in a timesheet's signature columns, "Visa : M.-C." no: dotted initials,
 * two or three capitals each with its dot, of a person named in full in the text, where a
 * signature or a cell stands (the line's end, a wide gap, a cell's or a remark's sign; not
 * before a word, "U.S. citizen", nor glued to one, "J.D.Smith"). The text is read once for
 * its dots, only when find_initials() has people to match. */
static void
find_dotted_initials (VoileNameCollector *c, GHashTable *initials, GHashTable *declared,
                      gboolean two_people)
{
  g_autoptr (GArray) found = g_array_new (FALSE, FALSE, sizeof (VoileNameMention));
  const char *text = c->text;
  const VoileNameMention *mentions = (const VoileNameMention *)(gpointer)c->mentions->data;
  guint cursor = 0;

  for (const char *dot = memchr (text, '.', c->len); dot != NULL;
       dot
       = dot + 1 < text + c->len ? memchr (dot + 1, '.', (gsize)(text + c->len - dot - 1)) : NULL)
    {
      gsize q = (gsize)(dot - text), s = q - 1, e;
      char key[4];
      guint n = 0;

      if (q == 0 || !g_ascii_isupper (text[s])
          || (s > 0
              && (g_ascii_isalnum (text[s - 1]) || (guchar)text[s - 1] >= 0x80 || text[s - 1] == '.'
                  || text[s - 1] == '-' || text[s - 1] == '\'')))
        continue;
      for (e = s; n < 3 && e + 1 < c->len && g_ascii_isupper (text[e]) && text[e + 1] == '.';
           e += 2)
        key[n++] = g_ascii_tolower (text[e]);
      key[n] = '\0';
      if (n < 2 || (e < c->len && (g_ascii_isalnum (text[e]) || (guchar)text[e] >= 0x80)))
        continue;
      dot = text + e - 1;
      /* Where a signature or a cell ends: the line's end, a wide gap, a cell's sign. */
      gsize gap = e;
      while (gap < c->len && gap - e < 3 && text[gap] == ' ')
        gap++;
      if (!(gap == c->len || text[gap] == '\n' || text[gap] == '\r' || text[e] == ','
            || text[e] == ')' || text[e] == '|' || text[e] == '\t' || gap - e >= 2
            || (gap == e + 1 && after_space_ends_cell (text, c->len, e + 1))))
        continue;
      const char *whole = g_hash_table_lookup (declared, key);
      if (whole == NULL || *whole == '\0')
        whole = two_people ? g_hash_table_lookup (initials, key) : NULL;
      if (whole == NULL || *whole == '\0' || after_article (text, s))
        continue;
      while (cursor < c->mentions->len && mentions[cursor].end <= s)
        cursor++;
      if ((cursor < c->mentions->len && mentions[cursor].start < e)
          || voile_name_collector_blocked (c, s, e))
        continue;
      append_later_mention (found, s, e, whole);
    }
  merge_mentions (c->mentions, found);
}

static void
find_initials (VoileNameCollector *c)
{
  g_autoptr (GHashTable) initials = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) declared = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GArray) found = g_array_new (FALSE, FALSE, sizeof (VoileNameMention));
  const char *first_key = NULL;
  gboolean two_people = FALSE;
  guint cursor = 0;

  /* Initials stand for the few people of one meeting or one note; among hundreds of
   * names (a long export) they would stand for anyone. */
  if (c->mentions->len > INITIALS_MENTIONS_MAX)
    return;
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      char first_last[3], every[4];

      if (m->type != VOILE_TYPE_PERSON || key_initials (m->key, first_last, every) == 0)
        continue;
      two_people |= first_key != NULL && first_key != m->key;
      first_key = first_key != NULL ? first_key : m->key;
      for (guint v = 0; v < 2; v++)
        {
          const char *ini = g_string_chunk_insert_const (c->strings, v == 0 ? first_last : every);
          gpointer old = NULL;
          if (!g_hash_table_lookup_extended (initials, ini, NULL, &old) || old == m->key)
            g_hash_table_insert (initials, (gpointer)ini, (gpointer)m->key);
          else if (*(const char *)old != '\0' && same_person_initialled (old, m->key))
            {
              /* "H. Doyle" and "Hamish Doyle": one person; the longer key stays. */
              if (strlen (m->key) > strlen (old))
                g_hash_table_insert (initials, (gpointer)ini, (gpointer)m->key);
            }
          else
            g_hash_table_insert (initials, (gpointer)ini, (gpointer) ""); /* two people */
        }
    }
  find_declared_initials (c, declared);
  if (!two_people && g_hash_table_size (declared) == 0)
    return;

  const VoileSpan *words = (const VoileSpan *)(gpointer)c->capitals->data;
  const VoileNameMention *mentions = (const VoileNameMention *)(gpointer)c->mentions->data;
  for (guint i = 0; i < c->capitals->len; i++)
    {
      const VoileSpan *w = &words[i];
      gsize len = w->end - w->start;
      char key[4];
      const char *whole;

      if (len < 2 || len > 3)
        continue;
      for (gsize k = 0; k < len; k++)
        key[k] = g_ascii_isupper (c->text[w->start + k]) ? g_ascii_tolower (c->text[w->start + k])
                                                         : '\0';
      key[len] = '\0';
      if (strlen (key) != len
          || (w->end < c->len && (c->text[w->end] == '-' || (guchar)c->text[w->end] >= 0x80))
          || (w->start > 0
              && (c->text[w->start - 1] == '-' || (guchar)c->text[w->start - 1] >= 0x80)))
        continue; /* "Gb", "GN-21", "ÉTÉ" */
      /* Then punctuation, or a verb in lower case ("AK to book"); "RM 55 1029",
       * "SM Coiffure" are a code and a firm. */
      if (w->end + 1 < c->len && c->text[w->end] == ' ' && !g_ascii_islower (c->text[w->end + 1])
          && !after_space_ends_cell (c->text, c->len, w->end + 1))
        continue;
      whole = g_hash_table_lookup (declared, key);
      gboolean declared_here = whole != NULL && *whole != '\0';
      if (!declared_here)
        whole = two_people ? g_hash_table_lookup (initials, key) : NULL;
      if (whole == NULL || *whole == '\0' || after_article (c->text, w->start)
          || (w->end + 1 < c->len && c->text[w->end] == ' ' && c->text[w->end + 1] == ':'
              && note_abbreviation (key)))
        continue;
      /* "OK", "RH": chat words and codes are no initials; "MR" may be (Maëlle Rivoal).
       * Letters the text declared for a person are theirs. */
      if (!declared_here
          && ((voile_name_context_lookup (key, len) & ~(guint32)VOILE_CONTEXT_TITLE) != 0
              || (len == 2 && voile_name_short_word (key) != 0)))
        continue;
      while (cursor < c->mentions->len && mentions[cursor].end <= w->start)
        cursor++;
      if ((cursor < c->mentions->len && mentions[cursor].start < w->end)
          || voile_name_collector_blocked (c, w->start, w->end))
        continue;
      append_later_mention (found, w->start, w->end, whole);
    }
  merge_mentions (c->mentions, found);
  find_dotted_initials (c, initials, declared, two_people);
}

#define NATIVE_FORM_MAX 96

/* "LI Xiaoming (李晓明)", "Despoina Stavropoulou (Δέσποινα Σταυροπούλου)", "Ekaterina
 * Morozova (Екатерина Морозова)": a found name, then in brackets the same name in its own
 * script — letters of no Latin script and spaces only — is that person. */
static void
find_native_script_forms (VoileNameCollector *c)
{
  g_autoptr (GArray) found = g_array_new (FALSE, FALSE, sizeof (VoileNameMention));
  const char *text = c->text;

  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      gsize p = m->end;
      if (m->type != VOILE_TYPE_PERSON)
        continue;
      if (p < c->len && text[p] == ' ')
        p++;
      if (p >= c->len || text[p] != '(')
        continue;
      gsize s = ++p, last = s;
      guint letters = 0, lower = 0;
      gboolean ok = TRUE, space = FALSE;
      while (p < c->len && p - s < NATIVE_FORM_MAX && text[p] != ')' && ok)
        {
          if (text[p] == ' ')
            {
              space = TRUE;
              p++;
              continue;
            }
          if ((guchar)text[p] < 0x80)
            {
              ok = FALSE;
              break;
            }
          const char *next = g_utf8_find_next_char (text + p, text + c->len);
          gunichar u = g_utf8_get_char_validated (text + p, (gssize)(c->len - p));
          if (next == NULL || u == (gunichar)-1 || u == (gunichar)-2)
            break;
          GUnicodeScript script = g_unichar_get_script (u);
          ok = (g_unichar_isalpha (u) || script == G_UNICODE_SCRIPT_HAN)
               && script != G_UNICODE_SCRIPT_LATIN && script != G_UNICODE_SCRIPT_COMMON;
          letters += ok;
          lower
              += g_unichar_islower (u) || script == G_UNICODE_SCRIPT_HAN || !g_unichar_isupper (u);
          p = (gsize)(next - text);
          last = p;
        }
      /* Not an acronym in capitals: "Jan Kowalski (ПКО)". */
      if (!ok || letters < 2 || p >= c->len || text[p] != ')' || (lower == 0 && !space))
        continue;
      /* The next mention must not lie inside the brackets. */
      if (i + 1 < c->mentions->len
          && g_array_index (c->mentions, VoileNameMention, i + 1).start < p)
        continue;
      if (voile_name_collector_blocked (c, s, last))
        continue;
      append_later_mention (found, s, last, m->key);
    }
  if (found->len > 0)
    merge_mentions (c->mentions, found);
}

/* ---- a name spelled out after it ---------------------------------------------------- */

#define SPELLED_GAP_MAX 24
#define SPELLED_LETTERS_MAX 32

/* The ASCII letters of text[s, e) in lower case into out (max letters at most); FALSE when a
 * byte is no ASCII letter nor a word's inner hyphen or apostrophe. */
static gboolean
name_word_letters (const char *text, gsize s, gsize e, char *out, gsize max)
{
  gsize n = 0;

  for (gsize p = s; p < e; p++)
    if (g_ascii_isalpha (text[p]) && n < max)
      out[n++] = g_ascii_tolower (text[p]);
    else if (text[p] != '-' && text[p] != '\'')
      return FALSE;
  out[n] = '\0';
  return TRUE;
}

/* The bytes of v that are zero, as their high bits (exact: no borrow across bytes). */
static inline guint64
zero_bytes (guint64 v)
{
  const guint64 low7 = 0x7f7f7f7f7f7f7f7fULL;
  return ~(((v & low7) + low7) | v | low7);
}

/* Is there, in the SPELLED_GAP_MAX bytes from p, a space, a hyphen or a dot equal to the
 * byte two after it and not to the one between ("H U G", "S-I-L")? Words of 8 bytes read,
 * no byte loop. */
static inline gboolean
spelling_may_follow (const char *text, gsize len, gsize p)
{
  for (gsize q = p; q < p + SPELLED_GAP_MAX && q + 12 <= len; q += 8)
    {
      guint64 a, b, n, e;
      memcpy (&a, text + q, 8);
      memcpy (&n, text + q + 1, 8);
      memcpy (&b, text + q + 2, 8);
      memcpy (&e, text + q + 4, 8);
      guint64 seps = zero_bytes (a ^ 0x2020202020202020ULL) | zero_bytes (a ^ 0x2d2d2d2d2d2d2d2dULL)
                     | zero_bytes (a ^ 0x2e2e2e2e2e2e2e2eULL);
      /* The byte four after is a separator or a punctuation mark, not a word's letter
       * ("a dit" in "Marie a dit"): below '0' (its high bit clear, 0x50 added no carry). */
      guint64 low
          = ~(((e & 0x7f7f7f7f7f7f7f7fULL) + 0x5050505050505050ULL) | e) & 0x8080808080808080ULL;
      /* not a run of spaces of an aligned table: the byte between differs */
      if ((zero_bytes (a ^ b) & seps & ~zero_bytes (a ^ n) & low) != 0)
        return TRUE;
    }
  return FALSE;
}

/* "Darnell Hughes, H U G H E S.", "Rodrigo Silva, S-I-L-V-A", "my son is Oluwadamilare –
 * O-L-U-W-A-D-A-M-I-L-A-R-E": callers and forms spell a name letter by letter right after
 * it; the spelled letters, one space, one hyphen or one dot between each, are the same
 * person when they spell a word of the name just said. At most two short words between
 * ("Hughes, that's H-U-G-H-E-S"), SPELLED_GAP_MAX bytes. */
G_GNUC_NO_INLINE static void
find_spelled_forms (VoileNameCollector *c)
{
  g_autoptr (GArray) found = g_array_new (FALSE, FALSE, sizeof (VoileNameMention));
  const char *text = c->text;

  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type != VOILE_TYPE_PERSON)
        continue;
      gsize p = m->end, stop = MIN (c->len, m->end + SPELLED_GAP_MAX);
      guint words = 0;
      /* Most names have no "X-Y-" nor "X Y " after them: a separator equal to the byte two
       * after it, told eight bytes at a time (a byte loop cost 0.9 % of a corpus's scan). */
      if (!spelling_may_follow (text, c->len, p))
        continue;
      /* Past the gap: punctuation, spaces and two short words at most. */
      while (p < stop)
        {
          /* A lone letter, a separator and another lone letter: the spelling opens here. */
          if (g_ascii_isalpha (text[p]) && p + 3 < c->len
              && (text[p + 1] == ' ' || text[p + 1] == '-' || text[p + 1] == '.')
              && g_ascii_isalpha (text[p + 2]) && !g_ascii_isalnum (text[p + 3])
              && text[p + 3] != '\'' && (guchar)text[p + 3] < 0x80)
            break;
          if (g_ascii_isalpha (text[p]) || (guchar)text[p] >= 0x80)
            {
              gsize w0 = p;
              while (p < stop
                     && (g_ascii_isalpha (text[p]) || text[p] == '\'' || (guchar)text[p] >= 0x80))
                p++;
              /* Bytes of no letter outside ASCII (a dash, a quotation mark) are no word. */
              if (g_ascii_isalpha (text[w0]) || p - w0 > 3)
                if (++words > 2)
                  break;
              continue;
            }
          if (text[p] == '\n' || g_ascii_isdigit (text[p]))
            break;
          p++;
        }
      if (p >= stop || !g_ascii_isalpha (text[p]) || words > 2
          || (p > 0 && g_ascii_isalnum (text[p - 1])))
        continue;
      char sep = p + 1 < c->len ? text[p + 1] : '\0';
      if (sep != ' ' && sep != '-' && sep != '.')
        continue;
      char spelled[SPELLED_LETTERS_MAX + 1];
      gsize n = 0, s = p, e = p;
      while (p < c->len && g_ascii_isalpha (text[p]) && n < SPELLED_LETTERS_MAX
             && (p + 1 >= c->len || !g_ascii_isalnum (text[p + 1])))
        {
          spelled[n++] = g_ascii_tolower (text[p]);
          e = p + 1;
          if (p + 2 < c->len && text[p + 1] == sep && g_ascii_isalpha (text[p + 2]))
            p += 2;
          else if (sep == '.' && p + 3 < c->len && text[p + 1] == '.' && text[p + 2] == ' '
                   && g_ascii_isalpha (text[p + 3]))
            p += 3;
          else
            break;
        }
      spelled[n] = '\0';
      if (n < 3 || (e < c->len && g_ascii_isalnum (text[e])))
        continue;
      if (sep == '.' && e < c->len && text[e] == '.')
        e++;
      /* The spelling must be a word of the name said. */
      gboolean same = FALSE;
      for (gsize w = m->start; w < m->end && !same;)
        {
          gsize we = w;
          while (we < m->end && text[we] != ' ')
            we++;
          char word[SPELLED_LETTERS_MAX + 1];
          if (we - w <= SPELLED_LETTERS_MAX * 2)
            {
              /* "Quéméner" is spelled Q U E M E N E R. */
              g_autofree char *raw = g_strndup (text + w, we - w);
              /* g_str_to_ascii() reads UTF-8 only: a text's invalid bytes are no name */
              g_autofree char *ascii
                  = g_utf8_validate (raw, -1, NULL) ? g_str_to_ascii (raw, "C") : NULL;
              same = ascii != NULL
                     && name_word_letters (ascii, 0, strlen (ascii), word, SPELLED_LETTERS_MAX)
                     && strcmp (word, spelled) == 0;
            }
          w = we + 1;
        }
      /* The next mention must not lie over the spelling. */
      if (!same
          || (i + 1 < c->mentions->len
              && g_array_index (c->mentions, VoileNameMention, i + 1).start < e)
          || voile_name_collector_blocked (c, s, e))
        continue;
      append_later_mention (found, s, e, m->key);
    }
  if (found->len > 0)
    merge_mentions (c->mentions, found);
}

/* ---- nicknames beside a name ---------------------------------------------------------- */

#define NICKNAME_MAX 16

static inline gboolean
glued_byte (char ch);

/* The length of a quotation mark at text[p] (straight, curly, single or double), or 0. */
static gsize
quote_mark_at (const char *text, gsize len, gsize p)
{
  if (p >= len)
    return 0;
  if (text[p] == '"' || text[p] == '\'')
    return 1;
  if (p + 2 < len && (guchar)text[p] == 0xE2 && (guchar)text[p + 1] == 0x80
      && (guchar)text[p + 2] >= 0x98 && (guchar)text[p + 2] <= 0x9D)
    return 3;
  return 0;
}

/* A nickname's word at text[p]: a capital, then letters with one in lower case at least
 * ("Mags", "Chi", "Émi" no: an ASCII capital opens it); its end, or 0. */
static gsize
nickname_word_end (const char *text, gsize len, gsize p)
{
  gsize s = p;
  guint lower = 0;

  if (p >= len || !g_ascii_isupper (text[p]))
    return 0;
  p++;
  while (p < len && p - s <= NICKNAME_MAX)
    {
      if (g_ascii_islower (text[p]))
        {
          lower++;
          p++;
        }
      else if ((guchar)text[p] >= 0x80)
        {
          gunichar u = g_utf8_get_char_validated (text + p, (gssize)MIN (len - p, 4));
          if (u == (gunichar)-1 || u == (gunichar)-2 || !g_unichar_isalpha (u))
            break;
          lower += g_unichar_islower (u);
          p = (gsize)(g_utf8_next_char (text + p) - text);
        }
      else
        break;
    }
  if (lower == 0 || p - s < 2 || p - s > NICKNAME_MAX || p > len
      || (p < len && (g_ascii_isalnum (text[p]) || text[p] == '-' || text[p] == '_')))
    return 0;
  return p;
}

/* The words that say what follows is the name a person goes by, in brackets after the
 * name ("Wiremu (goes by Rem)", "Léon (dit Loulou)"); the length matched with its space. */
static gsize
nickname_intro_at (const char *text, gsize len, gsize p)
{
  static const char *const intros[]
      = { "goes by ", "known as ", "aka ",       "a.k.a. ", "called ", "prefers ", "dit ",
          "dite ",    "surnommé ", "surnommée ", "alias ",  "says ",   "appelé ",  "appelée " };
  for (guint i = 0; i < G_N_ELEMENTS (intros); i++)
    {
      gsize n = strlen (intros[i]);
      if (p + n < len && voile_ascii_strncasecmp (text + p, intros[i], n) == 0)
        return n;
    }
  return 0;
}

/* Is nick (folded, n bytes) the start (three letters or more) or the end (four or more)
 * of one of the key's words, as short forms are ("Nya" of Nyambura, "Emeka" of
 * Chukwuemeka)? */
static gboolean
nickname_shortens_key (const char *key, const char *nick, gsize n)
{
  for (const char *w = key; *w != '\0';)
    {
      const char *e = strchr (w, ' ');
      gsize wl = e != NULL ? (gsize)(e - w) : strlen (w);
      if (wl > n
          && ((n >= 3 && strncmp (w, nick, n) == 0)
              || (n >= 4 && strncmp (w + wl - n, nick, n) == 0)))
        return TRUE;
      w += wl + (e != NULL);
    }
  return FALSE;
}

static gboolean
inside_mention (GArray *mentions, gsize start, gsize end);

/* "Margaret (Mags) McDonagh", "Chukwuemeka (Emeka) Nwosu": a listed given name, a nickname
 * in bare brackets, a listed surname — three capitalised words no rule took, one person.
 * Read from the capitalised words: the surname is often found only later. */
static void
find_nicknames_inside_names (VoileNameCollector *c)
{
  g_autoptr (GArray) found = g_array_new (FALSE, FALSE, sizeof (VoileNameMention));
  g_autoptr (GString) key = g_string_new (NULL);
  const VoileSpan *words = (const VoileSpan *)(gpointer)c->capitals->data;
  const char *text = c->text;

  for (guint i = 1; i < c->capitals->len; i++)
    {
      gsize s = words[i].start, o = s - 2, ns, ne, gs, ge;
      if (s < 8 || text[s - 1] != ' ' || text[s - 2] != ')')
        continue;
      while (o > 0 && s - o < NICKNAME_MAX + 3 && text[o] != '(')
        o--;
      if (text[o] != '(' || o < 3 || text[o - 1] != ' ')
        continue;
      ns = o + 1;
      ne = nickname_word_end (text, c->len, ns);
      ge = o - 1;
      gs = ge;
      while (gs > 0 && ge - gs < VOILE_NAME_KEY_MAX && g_ascii_isalpha (text[gs - 1]))
        gs--;
      if (ne != s - 2 || gs == ge || !g_ascii_isupper (text[gs])
          || (gs > 0 && glued_byte (text[gs - 1]))
          || (found->len > 0 && g_array_index (found, VoileNameMention, found->len - 1).end > gs))
        continue;
      if ((voile_name_lookup_word (text + gs, ge - gs) & VOILE_NAME_FIRST) == 0
          || (voile_name_lookup_word (text + s, words[i].end - s) & VOILE_NAME_LAST) == 0
          || voile_name_context_word (text + ns, ne - ns) != 0
          || (voile_name_lookup_word (text + ns, ne - ns)
              & (VOILE_NAME_WORD | VOILE_NAME_PROPER | VOILE_NAME_AMBIGUOUS))
                 != 0
          || inside_mention (c->mentions, gs, words[i].end)
          || voile_name_collector_blocked (c, gs, words[i].end))
        continue;
      const gsize spans[3][2] = { { gs, ge }, { ns, ne }, { s, words[i].end } };
      for (guint k = 0; k < 3; k++)
        {
          VoileNameMention add = { 0 };
          add.type = VOILE_TYPE_PERSON;
          add.confidence = CONFIDENCE_LATER;
          g_string_truncate (key, 0);
          voile_name_append_folded (key, text + spans[k][0], spans[k][1] - spans[k][0]);
          add.start = spans[k][0];
          add.end = spans[k][1];
          add.key = g_string_chunk_insert_const (c->strings, key->str);
          g_array_append_val (found, add);
        }
    }
  if (found->len > 0)
    merge_mentions (c->mentions, found);
}

/* "Chinedu ("Chi")", "Margaret (Mags) McDonagh", "Martin "Buddy" McDonagh", "Wiremu (goes
 * by "Rem")", "Nyambura (Nya)": the name a person goes by, beside a found name — in quotes,
 * after words that say so, between the given name and the surname, or a short form of the
 * name in bare brackets. A word in bare brackets otherwise is a remark ("Marie (Lyon)",
 * "Tom (Sales)"). The nickname is a person of its own key: the text writes it again alone. */
static void
find_nicknames (VoileNameCollector *c)
{
  g_autoptr (GArray) found = g_array_new (FALSE, FALSE, sizeof (VoileNameMention));
  g_autoptr (GString) key = g_string_new (NULL);
  const char *text = c->text;

  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      const VoileNameMention *next
          = i + 1 < c->mentions->len ? &g_array_index (c->mentions, VoileNameMention, i + 1) : NULL;
      gsize p = m->end, ns, ne, q, surname_end = 0;
      gboolean strong = FALSE, introduced = FALSE, bracket;

      if (m->type != VOILE_TYPE_PERSON)
        continue;
      if (p < c->len && text[p] == ' ')
        p++;
      bracket = p < c->len && text[p] == '(';
      if (bracket)
        {
          gsize intro = nickname_intro_at (text, c->len, ++p);
          strong = introduced = intro > 0;
          p += intro;
        }
      q = quote_mark_at (text, c->len, p);
      if (q == 0 && !bracket)
        continue;
      strong |= q > 0;
      ns = p + q;
      ne = nickname_word_end (text, c->len, ns);
      if (ne == 0)
        continue;
      p = ne;
      if (q > 0)
        {
          gsize q2 = quote_mark_at (text, c->len, p);
          if (q2 == 0)
            continue;
          p += q2;
        }
      if (bracket)
        {
          /* "(dit Titou, responsable matériel)": after its words, a remark may follow. */
          gboolean remark = introduced && p < c->len && text[p] == ',';
          if (!remark && (p >= c->len || text[p] != ')'))
            continue;
          p += !remark;
        }
      /* Between the given name and the surname: the surname found right after, or a
       * listed surname after a given name alone (found again later). */
      gboolean inside_name = p + 1 < c->len && text[p] == ' ' && next != NULL
                             && next->type == VOILE_TYPE_PERSON && next->start == p + 1;
      if (!inside_name && p + 2 < c->len && text[p] == ' ' && g_ascii_isupper (text[p + 1])
          && strchr (m->key, ' ') == NULL)
        {
          gsize se = p + 1;
          while (se < c->len && se - p <= VOILE_NAME_KEY_MAX && g_ascii_isalpha (text[se]))
            se++;
          inside_name
              = (se >= c->len || !glued_byte (text[se]))
                && (voile_name_lookup_word (text + p + 1, se - p - 1) & VOILE_NAME_LAST) != 0;
          surname_end = inside_name ? se : 0;
        }
      if (!bracket && !inside_name)
        continue; /* Anna "the boss" …, a quote after a name */
      if (next != NULL && next->start < p)
        continue;
      /* Quoted or introduced, a word that is a name elsewhere ("Nya") is one here; a title
       * or a greeting is not. */
      guint context = voile_name_context_word (text + ns, ne - ns);
      if ((strong ? (context
                     & (VOILE_CONTEXT_TITLE | VOILE_CONTEXT_GREETING | VOILE_CONTEXT_CLOSING
                        | VOILE_CONTEXT_DETERMINER | VOILE_CONTEXT_PARTICLE | VOILE_CONTEXT_KIN))
                  : context)
              != 0
          || voile_name_collector_blocked (c, ns, ne))
        continue;
      g_string_truncate (key, 0);
      voile_name_append_folded (key, text + ns, ne - ns);
      /* A contract's defined term in quotes after its party ("Clients", "the Buyer") is
       * a word; a nickname in quotes is a name or a short form of the name. */
      if (q > 0 && bracket && !inside_name && nickname_intro_at (text, c->len, m->end + 2) == 0
          && !nickname_shortens_key (m->key, key->str, key->len)
          && (voile_name_lexicon_lookup (key->str, key->len)
              & (VOILE_NAME_WORD | VOILE_NAME_PROPER | VOILE_NAME_AMBIGUOUS))
                 != 0)
        continue;
      if (!strong && !inside_name
          && (!nickname_shortens_key (m->key, key->str, key->len)
              || (voile_name_lexicon_lookup (key->str, key->len)
                  & (VOILE_NAME_WORD | VOILE_NAME_PROPER | VOILE_NAME_AMBIGUOUS))
                     != 0))
        continue;
      VoileNameMention nick = { 0 };
      nick.start = ns;
      nick.end = ne;
      nick.type = VOILE_TYPE_PERSON;
      nick.confidence = CONFIDENCE_LATER;
      nick.key = g_string_chunk_insert_const (c->strings, key->str);
      g_array_append_val (found, nick);
      if (surname_end > 0 && !voile_name_collector_blocked (c, p + 1, surname_end))
        {
          /* "Martin "Buddy" Kelly": the surname the nickname parted from its given name. */
          g_string_truncate (key, 0);
          voile_name_append_folded (key, text + p + 1, surname_end - p - 1);
          nick.start = p + 1;
          nick.end = surname_end;
          nick.key = g_string_chunk_insert_const (c->strings, key->str);
          g_array_append_val (found, nick);
        }
    }
  if (found->len > 0)
    merge_mentions (c->mentions, found);
  /* Only where the rules kept a person: a text they judged to hold none (a template pasted
   * again and again, a catalogue) keeps none. */
  for (guint i = 0; i < c->mentions->len; i++)
    if (g_array_index (c->mentions, VoileNameMention, i).type == VOILE_TYPE_PERSON)
      {
        find_nicknames_inside_names (c);
        break;
      }
}

/* ---- later mentions in lower case ------------------------------------------------------ */

#define LOWER_NEEDLES_MAX 16
#define LOWER_NEEDLE_MIN 4
#define LOWER_NEEDLE_MAX 32

/* A byte a name cannot touch: a letter, a digit, or the glue of an address, a handle or
 * a compound ("k.haddad33@", "nadege_b", "jean-yves"). */
static inline gboolean
glued_byte (char ch)
{
  return g_ascii_isalnum (ch) || (guchar)ch >= 0x80 || strchr ("-_@/.'&+", ch) != NULL;
}

/* Does a found person's mention cover part of [start, end)? Mentions are sorted and
 * disjoint. */
static gboolean
inside_mention (GArray *mentions, gsize start, gsize end)
{
  guint lo = 0, hi = mentions->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (g_array_index (mentions, VoileNameMention, mid).end <= start)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < mentions->len && g_array_index (mentions, VoileNameMention, lo).start < end;
}

/* "…je demande à jean-yves" then "jean-yves ok pour demain", "Mr Pemberton" then "ask
 * pemberton": a found person's word written again in lower case, as chats and quick notes
 * do, is a mention too. Only words that are names and nothing else (not "rivière", "rose")
 * or in no list, of four letters or more; in a chat or a letter, not a long export. */
static void
find_lower_later_mentions (VoileNameCollector *c, GHashTable *parts)
{
  char needles[LOWER_NEEDLES_MAX][LOWER_NEEDLE_MAX + 1];
  const char *keys[LOWER_NEEDLES_MAX];
  gsize sizes[LOWER_NEEDLES_MAX];
  guint n = 0;

  if (c->len > SHORT_FORMS_TEXT_MAX)
    return;
  for (guint i = 0; i < c->mentions->len && n < LOWER_NEEDLES_MAX; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type != VOILE_TYPE_PERSON)
        continue;
      for (gsize s = m->start; s < m->end && n < LOWER_NEEDLES_MAX;)
        {
          gsize e = s;
          while (e < m->end && c->text[e] != ' ')
            e++;
          gsize size = e - s;
          char key[VOILE_NAME_KEY_MAX + 1];
          gsize key_len;
          gboolean taken = FALSE;
          if (size >= LOWER_NEEDLE_MIN && size <= LOWER_NEEDLE_MAX && g_ascii_isalpha (c->text[s])
              && voile_name_fold (c->text + s, size, key, &key_len))
            {
              key[key_len] = '\0';
              /* Folding drops accents: "Marié" (the groom) reads as "Marie". A word with an
               * accent is taken as it was found in lower case only ("nadège"). */
              for (gsize k = s; k < e && !taken; k++)
                taken = (guchar)c->text[k] >= 0x80 && g_ascii_isupper (c->text[s]);
              for (guint k = 0; k < n && !taken; k++)
                taken = strcmp (keys[k], key) == 0;
              guint flags = taken ? 0 : voile_name_lexicon_lookup (key, key_len);
              if (!taken && g_hash_table_contains (parts, key)
                  && !(flags & (VOILE_NAME_WORD | VOILE_NAME_AMBIGUOUS | VOILE_NAME_PROPER))
                  && voile_name_context_lookup (key, key_len) == 0
                  /* "Sajid Bhai" then "ok bhai": a word of address, no one's name */
                  && !voile_name_chat_function_word (key, key_len))
                {
                  for (gsize k = 0; k < size; k++)
                    needles[n][k] = g_ascii_tolower (c->text[s + k]);
                  needles[n][size] = '\0';
                  keys[n] = g_string_chunk_insert_const (c->strings, key);
                  sizes[n++] = size;
                }
            }
          s = e + 1;
        }
    }
  if (n == 0)
    return;

  g_autoptr (GArray) found = g_array_new (FALSE, FALSE, sizeof (VoileNameMention));
  for (guint k = 0; k < n; k++)
    for (const char *hit = voile_find_bytes (c->text, c->len, 0, needles[k], sizes[k]); hit != NULL;
         hit = voile_find_bytes (c->text, c->len, (gsize)(hit + 1 - c->text), needles[k], sizes[k]))
      {
        gsize start = (gsize)(hit - c->text), end = start + sizes[k];
        /* "nadège." ends a sentence; "nadege.b@" is an address. */
        gboolean ends
            = end == c->len || !glued_byte (c->text[end])
              || (c->text[end] == '.'
                  && (end + 1 == c->len || c->text[end + 1] == ' ' || c->text[end + 1] == '\n'));
        if ((start > 0 && glued_byte (c->text[start - 1])) || !ends
            || inside_mention (c->mentions, start, end)
            || voile_name_collector_blocked (c, start, end))
          continue;
        append_later_mention (found, start, end, keys[k]);
      }
  if (found->len == 0)
    return;
  sort_stable (found, sizeof (VoileNameMention), compare_mentions);
  merge_mentions (c->mentions, found);
}

/* Drops, one by one and in one pass, the mentions of words that are no one where they stand:
 * a greeting of another language, a French question, a country ending an address, a column
 * of states (see voile-name-private.h). */
static void
drop_misread_words (VoileNameCollector *c)
{
  VoileStateCache states = { 0 };
  guint out = 0;

  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      /* Each test opens on a byte or a length most names fail: read here, before a call. */
      gsize n = m->end - m->start;
      char before = m->start > 0 ? c->text[m->start - 1] : '\n';
      /* The letters greetings' words open on (a, d, k, m, n, o, p, s, t). */
      guint lead = (guint)((c->text[m->start] | 0x20) - 'a');
      gboolean greeting = n >= 3 && n <= 7 && lead < 26 && ((0xcf409u >> lead) & 1);
      /* A hyphen three to six bytes from the end ("-tu", "-elles"). */
      gboolean inversion = FALSE;
      for (gsize k = 3; k <= 6 && k < n && !inversion; k++)
        inversion = c->text[m->end - k] == '-';
      gboolean cell = before == ';' || before == ',' || before == '|' || before == '\t';
      /* Or the last words of a cell ("…,Clipper Hamilton,…"). */
      char after = m->end < c->len ? c->text[m->end] : '\n';
      gboolean cell_end
          = before == ' ' && (after == ';' || after == ',' || after == '|' || after == '\t');
      gboolean listed = before == ' ' && m->start >= 2 && c->text[m->start - 2] == ',';
      if (m->type == VOILE_TYPE_PERSON
          && ((greeting && voile_name_greets (c, m))
              || (inversion && voile_name_is_inversion (c, m))
              || (listed && voile_name_is_country_mention (c, m))
              || ((cell || cell_end) && voile_name_in_state_column (c, m, &states))))
        continue;
      if (out != i)
        g_array_index (c->mentions, VoileNameMention, out) = *m;
      out++;
    }
  g_array_set_size (c->mentions, out);
}

void
voile_name_collector_finish (VoileNameCollector *c, guint words)
{
  g_autoptr (GHashTable) parts = NULL;

  /* part (a folded word of a found name) -> the whole names it belongs to. */
  parts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_array_unref);
  c->key_parts = g_hash_table_new (g_direct_hash, g_direct_equal);
  c->key_part_pool = g_ptr_array_new ();
  sort_mentions (c->mentions);
  /* The trainer's dump tool sees every candidate and what the rules below make of it. */
  g_autoptr (GArray) candidates = voile_name_model_observed () ? g_array_copy (c->mentions) : NULL;
  guint catalogue = drop_catalogue_names (c);
  voile_name_drop_pets (c);
  voile_name_drop_bots (c);
  voile_name_drop_welsh_places (c);
  voile_name_drop_storms (c);
  voile_name_drop_eponyms (c);
  voile_name_drop_scripture_characters (c);
  voile_name_drop_products (c);
  voile_name_drop_firms (c);
  voile_name_drop_address_chains (c);
  drop_bare_without_context (c, words);
  if (candidates != NULL)
    voile_name_model_report (c, candidates, words);
  voile_name_model_veto (c, words); /* before later mentions: they go with it */
  {
    /* Names no rule proposed, judged by the model alone; their later mentions follow. */
    g_autoptr (GArray) proposed = g_array_new (FALSE, FALSE, sizeof (VoileNameMention));
    voile_name_propose_candidates (c, words, proposed);
    if (proposed->len > 0)
      {
        merge_mentions (c->mentions, proposed);
        voile_name_drop_pets (c); /* "Archie (border terrier)": no rule said it was a pet */
      }
  }
  voile_name_drop_public_figures (c); /* the rules' and the model's: "Philip Emeagwali" */
  voile_name_drop_given_name_places (c);
  find_nicknames (c); /* before the parts: "Mags" is written again alone */
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type != VOILE_TYPE_PERSON)
        continue;
      if (strchr (m->key, ' ') != NULL)
        index_key_parts (c, parts, m->key, m->start);
      else
        add_part_source (parts, m->key, m->start, m->key);
    }
  if (c->type_mask & VOILE_TYPE_BIT (VOILE_TYPE_PERSON))
    for (guint i = 0; i < c->result->findings->len; i++)
      {
        const VoileFinding *f = &g_array_index (c->result->findings, VoileFinding, i);
        if (f->type == VOILE_TYPE_EMAIL)
          index_email_parts (c, parts, f);
      }
  g_clear_pointer (&c->key_parts, g_hash_table_unref);
  g_clear_pointer (&c->key_part_pool, g_ptr_array_unref);
  sort_part_sources (parts);
  if (g_hash_table_size (parts) > 0)
    {
      find_later_mentions (c, parts, catalogue);
      drop_overlapping (c->mentions);
      find_lower_later_mentions (c, parts);
      find_initials (c);
      find_native_script_forms (c);
      find_spelled_forms (c);
      voile_name_drop_welsh_places (c); /* "Llŷn" after an e-mail's "llyn" */
    }
  voile_name_drop_months (c);          /* "till Jan", found alone or as a later mention */
  voile_name_drop_ranks (c);           /* "2nd Dan", "6th Dan" */
  drop_misread_words (c);              /* "Kia ora", "Pouvez-vous", ", France", "Honoré" */
  voile_name_drop_numbered_things (c); /* "your 2011 Camry", "Art. 196" */
  emit_findings (c, parts);
}
