/* voile-engine.c — finds anchors in one pass, runs the rules there, resolves overlaps.
 *
 * Why anchors: running twenty regular expressions over megabytes of text is far too slow
 * for a clipboard watcher. One byte loop spots the few places where a detector could
 * start (digit runs, '@', '+', currency signs, keywords…) and only the rules declaring that
 * anchor kind run there, anchored, on a bounded window. Every rule runs at most once per
 * anchor over at most its window: the scan stays linear whatever the input.
 */
#include "config.h"

#include "voile-engine.h"
#include "voile-ascii.h"
#include "voile-engine-private.h"
#include "voile-example-values.h"
#include "voile-document-judge.h"

#include "voile-anchor-bytes.h"
#include "voile-names.h"
#include "voile-mrz.h"
#include "voile-prose-wrap.h"
#include "voile-rules.h"
#include "voile-form-ids.h"
#include "voile-person-phones.h"
#include "voile-reference-lists.h"
#include "voile-tables.h"
#include "voile-wipe.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <gio/gio.h>
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

/* Rules are numbered in table order, up to MAX_RULES; sets of them are RuleSet bitsets.
 * The rules anchored on digits and on keywords, the anchors met at every number and at
 * many words, also have their own number among those of their anchor kind, a slot: their
 * per-byte tables and hit sets hold only these (two-word sets of all the rules there cost
 * +4.7 % instructions on the structured scan). Slots follow rule order, so rules still run
 * in table order. The keyword rules are KW_BANKS banks of MAX_SLOTS slots, each bank one
 * word, tried in order (a keyword hit sets a bit in its bank only). The digit rules are
 * DIGIT_WORDS words of slots, one DigitSet (MAX_DIGIT_SLOTS): a digit anchor's tests are a
 * few ANDs whatever the words, and the second word costs nothing measurable (63 digit rules
 * filled one word). */
#define MAX_RULES 256
#define MAX_SLOTS 64
#define KW_BANKS 2
#define DIGIT_WORDS 2
#define MAX_DIGIT_SLOTS (64 * DIGIT_WORDS)
/* Keyword prefilter: three bytes, each folded to one of 32 classes. */
#define KW_CLASSES 32
#define KW_TABLE_SIZE (KW_CLASSES * KW_CLASSES * KW_CLASSES)
G_STATIC_ASSERT (KW_CLASSES == 32);
#define CONTEXT_BYTES 48
/* Index of an anchor kind in by_anchor[]: ANCHOR (PLUS) for VOILE_ANCHOR_PLUS. */
#define ANCHOR(kind) (__builtin_ctz (VOILE_ANCHOR_##kind))

typedef struct
{
  guint64 w[MAX_RULES / 64];
} RuleSet;
G_STATIC_ASSERT (sizeof (RuleSet) * 8 == MAX_RULES);

static inline void
rule_set_add (RuleSet *set, guint rule)
{
  set->w[rule / 64] |= G_GUINT64_CONSTANT (1) << (rule % 64);
}

static inline void
rule_set_remove (RuleSet *set, guint rule)
{
  set->w[rule / 64] &= ~(G_GUINT64_CONSTANT (1) << (rule % 64));
}

static inline gboolean
rule_set_has (const RuleSet *set, guint rule)
{
  return (set->w[rule / 64] >> (rule % 64)) & 1;
}

static inline RuleSet
rule_set_and (RuleSet a, RuleSet b)
{
  for (guint k = 0; k < G_N_ELEMENTS (a.w); k++)
    a.w[k] &= b.w[k];
  return a;
}

static inline gboolean
rule_set_is_empty (RuleSet set)
{
  guint64 any = 0;
  for (guint k = 0; k < G_N_ELEMENTS (set.w); k++)
    any |= set.w[k];
  return any == 0;
}

/* Removes the lowest rule of a non-empty set and returns it: rules come in table order. */
static inline guint
rule_set_pop (RuleSet *set)
{
  guint k = 0;
  while (set->w[k] == 0)
    k++;
  guint rule = 64 * k + (guint)__builtin_ctzll (set->w[k]);
  set->w[k] &= set->w[k] - 1;
  return rule;
}

/* A set of slots of one anchor kind (see MAX_SLOTS), and the rule of each slot. */
typedef guint64 SlotSet;

typedef struct
{
  guint8 rule[MAX_DIGIT_SLOTS];
  guint n;
} RuleSlots;
G_STATIC_ASSERT (MAX_RULES <= G_MAXUINT8 + 1);
G_STATIC_ASSERT (MAX_DIGIT_SLOTS >= MAX_SLOTS);
G_STATIC_ASSERT (MAX_DIGIT_SLOTS / 2 <= 64); /* see VoileEngine.digit_prefilter_group */

/* A set of DIGIT slots (see MAX_DIGIT_SLOTS): a vector of DIGIT_WORDS words, so that an
 * AND of two sets is one SIMD instruction where there is SIMD (the digit anchor's tests
 * cost as with one word), plain words elsewhere. */
typedef guint64 DigitSet __attribute__ ((vector_size (8 * DIGIT_WORDS)));

static inline void
digit_set_add (DigitSet *set, guint slot)
{
  (*set)[slot / 64] |= G_GUINT64_CONSTANT (1) << (slot % 64);
}

static inline void
digit_set_and (DigitSet *set, const DigitSet *other)
{
  *set &= *other;
}

static inline gboolean
digit_set_is_empty (const DigitSet *set)
{
  guint64 any = 0;
  for (guint k = 0; k < DIGIT_WORDS; k++)
    any |= (*set)[k];
  return any == 0;
}

static inline SlotSet
slot_bit (guint slot)
{
  return G_GUINT64_CONSTANT (1) << slot;
}

/* The slots (of a keyword bank) whose rules are in set. */
static SlotSet
rule_slots_select (const RuleSlots *slots, const RuleSet *set)
{
  SlotSet selected = 0;
  for (guint slot = 0; slot < slots->n; slot++)
    if (rule_set_has (set, slots->rule[slot]))
      selected |= slot_bit (slot);
  return selected;
}

/* The same for the DIGIT slots. */
static DigitSet
digit_slots_select (const RuleSlots *slots, const RuleSet *set)
{
  DigitSet selected = { 0 };
  for (guint slot = 0; slot < slots->n; slot++)
    if (rule_set_has (set, slots->rule[slot]))
      digit_set_add (&selected, slot);
  return selected;
}

typedef struct
{
  guint64 set;
  guint rule;
  const char *keyword;
} AssignKeyword;

/* The group of an ASSIGN keyword (see VoileEngine.assign_group): its rarest letter's. Any
 * byte of the keyword would do (a keyword inside the identifier has all its bytes there),
 * and the rarer the byte, the fewer identifiers lead to the group: grouped by their first
 * byte, the keywords starting with 'p', 's', 'c' or 'a' were read for most identifiers of
 * code and logs ("path", "status", "count", "app_id"). Letters from the commonest to the
 * rarest in English and French identifiers; other bytes ('_', digits) count as common. */
static guint
assign_keyword_group (const AssignKeyword *a)
{
  static const char by_frequency[] = "etaoinsrlcdumhpgfbywvkxjqz";
  const char *kw = a->keyword;
  guint best = 0;
  int best_rank = -2;

  if (kw[0] == '\0')
    return 64;
  for (gsize i = 0; kw[i] != '\0'; i++)
    {
      const char *at = strchr (by_frequency, kw[i]);
      int rank = kw[i] >= 'a' && kw[i] <= 'z' && at != NULL ? (int)(at - by_frequency) : -1;
      if (rank > best_rank)
        {
          best_rank = rank;
          best = (guchar)kw[i] % 64;
        }
    }
  return best;
}

/* A rule's pattern, compiled at its first run rather than with the engine: compiling and
 * JIT-compiling the whole table cost ~40 M instructions, most of a CLI run on a short text
 * and of the daemon's start, for rules a text often never reaches. ready is a GOnce flag:
 * the daemon scans from worker threads with one shared engine.
 *
 * JIT compiling is put off until it pays (see jit_due()): one JIT compilation costs 0.5 to
 * 1 M instructions, as much as a few hundred interpreted matches of these anchored
 * patterns, and a short text runs most patterns a few times (JIT compiling made two thirds
 * of a CLI scan of a 1.5 kB text). The JIT code is a copy of code, published once
 * (jit_ready is a second GOnce flag): code itself is never JIT-compiled, so that the
 * threads interpreting it never see it change. */
typedef struct
{
  gsize ready;
  pcre2_code *code; /* NULL: the pattern does not compile (see voile_engine_compile_all) */
  gsize jit_ready;
  pcre2_code *jit_code; /* read with g_atomic_pointer_get(); NULL until compiled (or no JIT) */
  gint uses;            /* interpreted matches, counted up to JIT_AFTER_USES */
} RulePattern;

struct _VoileEngine
{
  const VoileRule *rules;
  guint n_rules;
  RulePattern patterns[MAX_RULES];
  /* Pairs of a match data room enough for any pattern: one per '(' in it, whole match. */
  guint32 max_pairs;
  /* The highest confidence any rule gives: a finding this sure wins every overlap. */
  float top_confidence;
  RuleSet by_anchor[VOILE_N_ANCHORS];
  RuleSet has_prefilter;
  /* The DIGIT rules, as slots. Those allowed by the first digit / by the byte after the
   * first digit run… */
  RuleSlots digit_slots;
  DigitSet digit_first_ok[256];
  DigitSet digit_after_ok[256];
  DigitSet digit_end_ok[256];
  DigitSet digit_before_ok[256];
  DigitSet digit_spaced_ok[256];
  DigitSet digit_word_before_ok[256];
  DigitSet digit_end_spaced_ok[256];
  DigitSet digit_letter_next_ok[256];
  /* …accepting a first run of n digits / a number of n digits (n capped at 255), and
   * those with a prefilter: digit_rules() tests only these by hand. */
  DigitSet digit_run_ok[256];
  DigitSet digit_count_ok[256];
  DigitSet digit_has_prefilter;
  /* Per DIGIT slot whose prefilter other DIGIT slots share (the street rules'): 1 + the
   * number of that prefilter among the shared ones (0: its prefilter is its own). Each
   * shared one is used by two slots at least, so their answers fit in one word. */
  guint8 digit_prefilter_group[MAX_DIGIT_SLOTS];
  guint n_digit_prefilter_groups;
  /* The KEYWORD rules, as slots in banks (KwEntry.slot: bank * MAX_SLOTS + slot), and those
   * with a prefilter. */
  RuleSlots kw_slots[KW_BANKS];
  SlotSet kw_has_prefilter[KW_BANKS];
  /* Per KEYWORD slot with a prefilter: the slots of its bank with the same one, itself
   * included. */
  SlotSet kw_same_prefilter[KW_BANKS][MAX_SLOTS];
  /* Keyword prefilter: the three-byte key of a word start gives a bucket (0: none) of
   * keywords starting so, in kw_entries[kw_buckets[b].start…+count]. */
  guint16 kw_table[KW_TABLE_SIZE];
  guint64 kw_present[KW_TABLE_SIZE / 64]; /* 4 KiB: stays in cache, unlike kw_table */
  struct
  {
    guint start, count;
    /* The bytes a word's fourth byte may be for one of the bucket's keywords to start
     * there: the key's three bytes are shared by many common words ("for", "com", "ré"),
     * and this one test spares their keyword comparisons. */
    guint64 fourth[4];
  } * kw_buckets;
  GArray *kw_entries; /* of KwEntry, grouped by bucket */
  /* The keywords of the ASSIGN rules, one flat array, each with the set of its bytes (bit
   * c % 64): a keyword with a byte the identifier lacks cannot be in it, which spares most
   * strstr() calls. Grouped by their rarest letter (% 64; 64: the empty keyword), group b in
   * [assign_group[b], assign_group[b + 1]): only the groups of the identifier's bytes are
   * looked at. */
  AssignKeyword *assign_keywords;
  guint n_assign_keywords;
  guint assign_group[66];
  /* Every ASSIGN keyword holds a letter: an identifier without one ("10" of "10:32")
   * holds none of them. */
  gboolean assign_keywords_have_letters;
  VoileNameFinder *names;
  /* The patterns compiled at build time (see VoilePatternBlob), decoded at the first
   * pattern a scan needs: blob_ready is a GOnce flag. */
  gsize blob_ready;
  pcre2_code **blob_codes;
  const guint64 *blob_keys;
  guint n_blob_codes;
};

static gboolean
has_ascii_letter (const char *s)
{
  for (; *s != '\0'; s++)
    if (g_ascii_isalpha (*s))
      return TRUE;
  return FALSE;
}

static inline guint64
byte_set (const char *s)
{
  guint64 set = 0;
  for (; *s != '\0'; s++)
    set |= G_GUINT64_CONSTANT (1) << ((guchar)*s % 64);
  return set;
}

/* Per-scan state: nothing here is shared between threads. */
typedef struct
{
  VoileEngine *engine;
  const char *text;
  gsize len;
  RuleSet enabled;              /* rules whose type is in the mask */
  DigitSet digit_enabled;       /* the same, as DIGIT slots */
  SlotSet kw_enabled[KW_BANKS]; /* and as KEYWORD slots */
  pcre2_match_data *md;
  GArray *findings;
  /* Findings that fit in findings without growing it: the room made before the anchor
   * pass (a GArray never shrinks), that add_finding() fills by setting the length. */
  guint findings_room;
  GArray *placeholders; /* of gsize pairs */
  gsize ipv6_done;
  /* End of the last finding of top confidence: anchors inside it are not tried, whatever
   * they found would lose the overlap ("3000" in an IBAN is no card number). */
  gsize sure_until;
  /* digit_on_line(): no digit nor newline in [probe_from, probe_to); probe_hit: one is at
   * probe_to. */
  gsize probe_from;
  gsize probe_to;
  gboolean probe_hit;
} ScanState;

static guint8
kw_class_compute (guchar c)
{
  if (c >= 'a' && c <= 'z')
    return (guint8)(c - 'a' + 1);
  if (c >= 'A' && c <= 'Z')
    return (guint8)(c - 'A' + 1);
  if (c >= '0' && c <= '9')
    return 27;
  if (c == '_')
    return 28;
  if (c == '-' || c == '.')
    return 29;
  if (c >= 0x80)
    return 30;
  if (c == ' ')
    return 31;
  return 0;
}

static guint8 kw_classes[256];

static inline guint8
kw_class (guchar c)
{
  return kw_classes[c];
}

/* What the anchor pass does at a byte. Most bytes (spaces, punctuation, the rest of a
 * word) start nothing: one table read skips them. */
enum
{
  AC_NONE = 0,
  AC_DIGIT = 1,
  AC_ALPHA = 2,
  AC_SPECIAL = 3, /* a byte of the switch in find_anchors() */
};

static const guint8 anchor_class[256] = {
  ['0' ... '9'] = AC_DIGIT,
  ['a' ... 'z'] = AC_ALPHA,
  ['A' ... 'Z'] = AC_ALPHA,
  ['@'] = AC_SPECIAL,
  ['+'] = AC_SPECIAL,
  ['$'] = AC_SPECIAL,
  [0xC2] = AC_SPECIAL,
  [0xE2] = AC_SPECIAL,
  ['-'] = AC_SPECIAL,
  [':'] = AC_SPECIAL,
  ['='] = AC_SPECIAL,
  [','] = AC_SPECIAL,
  ['['] = AC_SPECIAL,
  ['('] = AC_SPECIAL,
  /* The lead bytes of accented letters start words as ASCII letters do ("état", "Șoseaua"). */
  [0xC3 ... 0xE1] = AC_ALPHA,
  [0xE3 ... 0xFF] = AC_ALPHA,
};

/* ASCII letters, digits and '_'. */
static const guint8 word_byte[256] = {
  ['0' ... '9'] = 1,
  ['a' ... 'z'] = 1,
  ['A' ... 'Z'] = 1,
  ['_'] = 1,
};

static inline gboolean
is_word_byte (guchar c)
{
  return word_byte[c];
}

/* upper_digit_anchor() wants a capital first and a digit or a capital second: two table
 * reads at each word start, not four GLib class tests. */
static const guint8 upper_byte[256] = { ['A' ... 'Z'] = 1 };
static const guint8 upper_or_digit_byte[256] = { ['A' ... 'Z'] = 1, ['0' ... '9'] = 1 };

static guint
kw_key (guint8 a, guint8 b, guint8 c)
{
  return ((guint)a * KW_CLASSES + b) * KW_CLASSES + c;
}

typedef struct
{
  guint key;
  guint slot; /* of the rule: bank * MAX_SLOTS + its slot in VoileEngine.kw_slots[bank] */
  const char *keyword;
  /* 3 when the keyword starts with three ASCII letters: a word start with its key holds
   * them (each letter has its own class), keyword_at() compares from the fourth byte. */
  guint known;
  /* The eight bytes from known, as a necessary condition tested in one compare: a word
   * whose eight bytes there differ from head under head_mask does not start with the
   * keyword (letters compared without their case bit, the keyword's end and a final '$'
   * masked out). */
  guint64 head, head_mask;
} KwEntry;

static void
kw_table_add (GArray *pending, guint key, guint slot, const char *keyword)
{
  gboolean three_letters = g_ascii_isalpha (keyword[0]) && g_ascii_isalpha (keyword[1])
                           && g_ascii_isalpha (keyword[2]);
  KwEntry e = { key, slot, keyword, three_letters ? 3 : 0, 0, 0 };

  for (guint k = 0; k < 8; k++)
    {
      gsize at = e.known + k;
      guchar b = (guchar)keyword[at];
      if (b == '\0' || (b == '$' && keyword[at + 1] == '\0'))
        break;
      /* The bytes keyword_byte_matches() accepts: b and, for a letter (ASCII, or Latin-1
       * after C3), b with its case bit flipped. */
      gboolean folds
          = g_ascii_isalpha (b) || (b >= 0x80 && at > 0 && (guchar)keyword[at - 1] == 0xC3);
      guint64 mask = folds ? 0xDF : 0xFF;
      e.head |= ((guint64)b & mask) << (8 * k);
      e.head_mask |= mask << (8 * k);
    }
  g_array_append_val (pending, e);
}

/* Does the text byte a match the keyword byte b (kw_prev and t_prev: the bytes before
 * them)? Case-insensitive for ASCII and for the Latin-1 letters of UTF-8 (C3 xx: "É" is
 * C3 89, "é" C3 A9), so that "NÉ LE" and "RÉF." match "né le" and "réf". */
static inline gboolean
keyword_byte_matches (guchar kw_prev, guchar t_prev, guchar b, guchar a)
{
  if (a == b)
    return TRUE;
  if (a < 0x80 && b < 0x80 && (a | 0x20) == (b | 0x20) && g_ascii_isalpha (a))
    return TRUE;
  return kw_prev == 0xC3 && t_prev == 0xC3 && a >= 0x80 && b >= 0x80 && (a | 0x20) == (b | 0x20);
}

static inline void
byte_set_add (guint64 set[4], guchar c)
{
  set[c / 64] |= G_GUINT64_CONSTANT (1) << (c % 64);
}

/* Adds to set the bytes that may be the fourth of a word where keyword kw starts: those
 * keyword_byte_matches() accepts, whatever the third byte of the text (it matched the
 * keyword's). */
static void
add_fourth_bytes (guint64 set[4], const char *kw)
{
  gsize n = strlen (kw);
  guchar b = n >= 4 ? (guchar)kw[3] : 0;

  if (n < 4)
    {
      /* The keyword ends before. */
      for (guint k = 0; k < 4; k++)
        set[k] = G_MAXUINT64;
      return;
    }
  if (b == '$' && n == 4)
    {
      /* A final '$': any byte but an ASCII letter (see keyword_at()). */
      const guint64 letters = (G_GUINT64_CONSTANT (0x3ffffff) << ('A' - 64))
                              | (G_GUINT64_CONSTANT (0x3ffffff) << ('a' - 64));
      set[0] = set[2] = set[3] = G_MAXUINT64;
      set[1] |= ~letters;
      return;
    }
  byte_set_add (set, b);
  if (g_ascii_isalpha (b))
    byte_set_add (set, (guchar)(b ^ 0x20));
  else if ((guchar)kw[2] == 0xC3 && b >= 0x80)
    byte_set_add (set, (guchar)(b ^ 0x20));
}

static int
compare_kw_entries (gconstpointer a, gconstpointer b)
{
  const KwEntry *ea = a, *eb = b;
  if (ea->key != eb->key)
    return ea->key < eb->key ? -1 : 1;
  return ea->slot < eb->slot ? -1 : ea->slot > eb->slot;
}

static void
build_keyword_buckets (VoileEngine *engine, GArray *pending)
{
  guint n_buckets = 1;

  g_array_sort (pending, compare_kw_entries);
  for (guint i = 0; i < pending->len; i++)
    if (i == 0
        || g_array_index (pending, KwEntry, i).key != g_array_index (pending, KwEntry, i - 1).key)
      n_buckets++;
  g_assert (n_buckets <= G_MAXUINT16);
  engine->kw_buckets = g_malloc0 (n_buckets * sizeof *engine->kw_buckets);
  engine->kw_entries = pending;
  guint b = 0;
  for (guint i = 0; i < pending->len; i++)
    {
      guint key = g_array_index (pending, KwEntry, i).key;
      if (i == 0 || key != g_array_index (pending, KwEntry, i - 1).key)
        {
          b++;
          engine->kw_buckets[b].start = i;
          engine->kw_table[key] = (guint16)b;
          engine->kw_present[key / 64] |= G_GUINT64_CONSTANT (1) << (key % 64);
        }
      engine->kw_buckets[b].count++;
      add_fourth_bytes (engine->kw_buckets[b].fourth, g_array_index (pending, KwEntry, i).keyword);
    }
}

static gboolean
register_keywords (GArray *pending, guint slot, const char *const *keywords, const char *rule_id,
                   GError **error)
{
  for (const char *const *kw = keywords; *kw != NULL; kw++)
    {
      gsize n = strlen (*kw);
      /* The anchor pass looks for keywords at word starts only, letters and the lead bytes
       * of accented letters: a keyword starting otherwise would never be tried. */
      if (n == 0 || anchor_class[(guchar)(*kw)[0]] != AC_ALPHA)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       "Keyword \"%s\" of %s does not start with a letter: it would never anchor",
                       *kw, rule_id);
          return FALSE;
        }
      guint8 a = kw_class ((guchar)(*kw)[0]);
      guint8 b = n > 1 ? kw_class ((guchar)(*kw)[1]) : 0;

      /* "za$" is two letters and the word's end: its third byte is any that ends the word,
       * as for a short keyword (the '$' is no byte of the text). */
      gboolean two_then_end = n == 3 && (*kw)[2] == '$';
      if (n >= 3 && !two_then_end)
        kw_table_add (pending, kw_key (a, b, kw_class ((guchar)(*kw)[2])), slot, *kw);
      else
        /* A short keyword ("né" is three bytes, "ti" would be two): any third byte that
         * ends the word. */
        for (guint8 c = 0; c < KW_CLASSES; c++)
          if (c == 0 || c > 26)
            kw_table_add (pending, kw_key (a, b, c), slot, *kw);
    }
  return TRUE;
}

/* Gives a slot to the rule, or fails when the anchor kind has max rules already (raise
 * names what holds more). */
static gboolean
rule_slots_add (RuleSlots *slots, guint max, guint rule, const char *anchor_kind, const char *raise,
                guint *slot, GError **error)
{
  if (slots->n == max)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "More than %u detectors anchored on %s: raise %s in voile-engine.c", max,
                   anchor_kind, raise);
      return FALSE;
    }
  *slot = slots->n++;
  slots->rule[*slot] = (guint8)rule;
  return TRUE;
}

/* Marks in table the bytes a rule's byte condition accepts: every byte when it has none
 * (NULL), else the bytes of its set. Walking the set once, rather than asking strchr for each
 * of the 256 bytes, keeps the engine's start-up short. */
static void
add_allowed_bytes (DigitSet *table, const char *bytes, guint slot)
{
  if (bytes == NULL)
    {
      for (guint c = 0; c < 256; c++)
        digit_set_add (&table[c], slot);
      return;
    }
  for (const guchar *b = (const guchar *)bytes; *b != '\0'; b++)
    digit_set_add (&table[*b], slot);
}

/* Fills the DIGIT tables for the rule of this DIGIT slot. */
static void
add_digit_slot (VoileEngine *engine, guint slot)
{
  const VoileRule *rule = &engine->rules[engine->digit_slots.rule[slot]];

  add_allowed_bytes (engine->digit_first_ok, rule->first_bytes, slot);
  add_allowed_bytes (engine->digit_after_ok, rule->after_run, slot);
  add_allowed_bytes (engine->digit_end_ok, rule->after_number, slot);
  add_allowed_bytes (engine->digit_before_ok, rule->before_number, slot);
  add_allowed_bytes (engine->digit_spaced_ok, rule->after_spaces, slot);
  add_allowed_bytes (engine->digit_word_before_ok, rule->before_space, slot);
  add_allowed_bytes (engine->digit_end_spaced_ok, rule->after_number_spaces, slot);
  add_allowed_bytes (engine->digit_letter_next_ok, rule->after_run_letter, slot);
  for (guint c = 0; c < 256; c++)
    {
      if (c >= rule->first_run_min && (rule->first_run_max == 0 || c <= rule->first_run_max))
        digit_set_add (&engine->digit_run_ok[c], slot);
      if (c >= rule->min_digits)
        digit_set_add (&engine->digit_count_ok[c], slot);
    }
  if (rule->prefilter == NULL)
    return;
  digit_set_add (&engine->digit_has_prefilter, slot);
  for (guint k = 0; k < slot; k++)
    if (engine->rules[engine->digit_slots.rule[k]].prefilter == rule->prefilter)
      {
        if (engine->digit_prefilter_group[k] == 0)
          engine->digit_prefilter_group[k] = (guint8)++engine->n_digit_prefilter_groups;
        engine->digit_prefilter_group[slot] = engine->digit_prefilter_group[k];
        break;
      }
}

/* Keyword slot slot of bank has a prefilter: the slots of the bank that share it answer
 * with it. */
static void
add_keyword_prefilter (VoileEngine *engine, guint bank, guint slot)
{
  const RuleSlots *slots = &engine->kw_slots[bank];
  VoilePrefilterFunc prefilter = engine->rules[slots->rule[slot]].prefilter;
  SlotSet *same = engine->kw_same_prefilter[bank];

  engine->kw_has_prefilter[bank] |= slot_bit (slot);
  same[slot] |= slot_bit (slot);
  for (guint k = 0; k < slot; k++)
    if ((engine->kw_has_prefilter[bank] & slot_bit (k))
        && engine->rules[slots->rule[k]].prefilter == prefilter)
      {
        same[slot] |= slot_bit (k);
        same[k] |= slot_bit (slot);
      }
}

VoileEngine *
voile_engine_new (GError **error)
{
  guint n_rules = 0;
  const VoileRule *rules = voile_rules_get (&n_rules);

  return voile_engine_new_for_rules (rules, n_rules, error);
}

VoileEngine *
voile_engine_new_for_rules (const VoileRule *rules, guint n_rules, GError **error)
{
  g_autoptr (VoileEngine) engine = g_new0 (VoileEngine, 1);

  engine->rules = rules;
  engine->n_rules = n_rules;
  static gsize classes_ready = 0;
  if (g_once_init_enter (&classes_ready))
    {
      for (guint c = 0; c < 256; c++)
        kw_classes[c] = kw_class_compute ((guchar)c);
      g_once_init_leave (&classes_ready, 1);
    }
  if (engine->n_rules > MAX_RULES)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "%u detectors, more than %d: raise MAX_RULES in voile-engine.c", engine->n_rules,
                   MAX_RULES);
      return NULL;
    }
  for (guint i = 0; i < engine->n_rules; i++)
    engine->top_confidence
        = MAX (engine->top_confidence,
               MAX (engine->rules[i].confidence, engine->rules[i].context_confidence));
  g_autoptr (GArray) pending = g_array_new (FALSE, FALSE, sizeof (KwEntry));
  g_autoptr (GArray) assign_keywords = g_array_new (FALSE, FALSE, sizeof (AssignKeyword));

  engine->assign_keywords_have_letters = TRUE;

  for (guint i = 0; i < engine->n_rules; i++)
    {
      const VoileRule *rule = &engine->rules[i];

      guint slot;

      for (guint a = 0; a < VOILE_N_ANCHORS; a++)
        if (rule->anchors & (1u << a))
          rule_set_add (&engine->by_anchor[a], i);
      if (rule->prefilter != NULL)
        rule_set_add (&engine->has_prefilter, i);
      if (rule->anchors & VOILE_ANCHOR_DIGIT)
        {
          if (!rule_slots_add (&engine->digit_slots, MAX_DIGIT_SLOTS, i, "digits", "DIGIT_WORDS",
                               &slot, error))
            return NULL;
          add_digit_slot (engine, slot);
        }
      if ((rule->anchors & VOILE_ANCHOR_KEYWORD) && rule->keywords != NULL)
        {
          /* The first bank with room (banks fill in rule order). */
          guint bank = 0;
          while (bank + 1 < KW_BANKS && engine->kw_slots[bank].n == MAX_SLOTS)
            bank++;
          if (engine->kw_slots[bank].n == MAX_SLOTS)
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           "More than %d detectors anchored on keywords: raise KW_BANKS in "
                           "voile-engine.c",
                           KW_BANKS * MAX_SLOTS);
              return NULL;
            }
          if (!rule_slots_add (&engine->kw_slots[bank], MAX_SLOTS, i, "keywords", "KW_BANKS", &slot,
                               error))
            return NULL;
          if (rule->prefilter != NULL)
            add_keyword_prefilter (engine, bank, slot);
          if (!register_keywords (pending, bank * MAX_SLOTS + slot, rule->keywords, rule->id,
                                  error))
            return NULL;
        }
      for (const char *const *kw = rule->keywords;
           (rule->anchors & VOILE_ANCHOR_ASSIGN) && kw != NULL && *kw != NULL; kw++)
        {
          AssignKeyword a = { byte_set (*kw), i, *kw };
          g_array_append_val (assign_keywords, a);
          if (!has_ascii_letter (*kw))
            engine->assign_keywords_have_letters = FALSE;
        }

      if (rule->pattern == NULL)
        continue;
      /* Every capture group opens with '(': an upper bound of the pattern's, known without
       * compiling it (a larger match data changes no match). */
      guint32 brackets = 0;
      for (const char *c = strchr (rule->pattern, '('); c != NULL; c = strchr (c + 1, '('))
        brackets++;
      engine->max_pairs = MAX (engine->max_pairs, brackets + 1);
    }

  build_keyword_buckets (engine, g_steal_pointer (&pending));
  engine->n_assign_keywords = assign_keywords->len;
  engine->assign_keywords = g_new (AssignKeyword, MAX (assign_keywords->len, 1));
  /* A counting sort by group, table order kept within each. */
  for (guint k = 0; k < assign_keywords->len; k++)
    engine->assign_group[assign_keyword_group (&g_array_index (assign_keywords, AssignKeyword, k))
                         + 1]++;
  for (guint b = 1; b < G_N_ELEMENTS (engine->assign_group); b++)
    engine->assign_group[b] += engine->assign_group[b - 1];
  {
    guint next[65];
    memcpy (next, engine->assign_group, sizeof next);
    for (guint k = 0; k < assign_keywords->len; k++)
      {
        const AssignKeyword *a = &g_array_index (assign_keywords, AssignKeyword, k);
        engine->assign_keywords[next[assign_keyword_group (a)]++] = *a;
      }
  }
  engine->names = voile_name_finder_new ();
  return g_steal_pointer (&engine);
}

#define PATTERN_OPTIONS (PCRE2_UTF | PCRE2_ANCHORED | PCRE2_MATCH_INVALID_UTF)

guint64
voile_engine_pattern_key (const char *pattern)
{
  /* FNV-1a over the text, then the options and the length: 64 bits that differ for any
   * two patterns a table will hold. */
  guint64 h = G_GUINT64_CONSTANT (0xcbf29ce484222325);
  gsize n = 0;
  for (const guchar *p = (const guchar *)pattern; *p != '\0'; p++, n++)
    h = (h ^ *p) * G_GUINT64_CONSTANT (0x100000001b3);
  h = (h ^ PATTERN_OPTIONS) * G_GUINT64_CONSTANT (0x100000001b3);
  return (h ^ n) * G_GUINT64_CONSTANT (0x100000001b3);
}

static pcre2_code *
compile_pattern (const VoileRule *rule, GError **error)
{
  int errcode = 0;
  PCRE2_SIZE erroffset = 0;
  pcre2_code *code = pcre2_compile ((PCRE2_SPTR)rule->pattern, PCRE2_ZERO_TERMINATED,
                                    PATTERN_OPTIONS, &errcode, &erroffset, NULL);
  if (code == NULL)
    {
      PCRE2_UCHAR msg[256];
      pcre2_get_error_message (errcode, msg, sizeof msg);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "Detector “%s” does not compile at offset %zu: %s", rule->id, (size_t)erroffset,
                   (const char *)msg);
    }
  return code;
}

GBytes *
voile_engine_encode_patterns (guint64 **keys, guint *n_keys, GError **error)
{
  guint n_rules = 0;
  const VoileRule *rules = voile_rules_get (&n_rules);
  g_autoptr (GPtrArray) codes = g_ptr_array_new_with_free_func ((GDestroyNotify)pcre2_code_free);
  g_autoptr (GArray) key_array = g_array_new (FALSE, FALSE, sizeof (guint64));

  for (guint i = 0; i < n_rules; i++)
    {
      if (rules[i].pattern == NULL)
        continue;
      pcre2_code *code = compile_pattern (&rules[i], error);
      if (code == NULL)
        return NULL;
      guint64 key = voile_engine_pattern_key (rules[i].pattern);
      g_ptr_array_add (codes, code);
      g_array_append_val (key_array, key);
    }
  uint8_t *bytes = NULL;
  PCRE2_SIZE size = 0;
  int32_t rc = pcre2_serialize_encode ((const pcre2_code **)codes->pdata, (int32_t)codes->len,
                                       &bytes, &size, NULL);
  if (rc < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "pcre2_serialize_encode failed: %d", rc);
      return NULL;
    }
  GBytes *encoded = g_bytes_new (bytes, size);
  pcre2_serialize_free (bytes);
  *n_keys = key_array->len;
  *keys = (guint64 *)(gpointer)g_array_free (g_steal_pointer (&key_array), FALSE);
  return encoded;
}

const char *
voile_engine_pcre2_version (guint32 *link_size)
{
  static char version[64];
  static gsize done;

  if (g_once_init_enter (&done))
    {
      if (pcre2_config (PCRE2_CONFIG_VERSION, version) < 0)
        version[0] = '\0';
      g_once_init_leave (&done, 1);
    }
  *link_size = 0;
  pcre2_config (PCRE2_CONFIG_LINKSIZE, link_size);
  return version;
}

/* Rule r's pattern as compiled at build time, or NULL: see VoilePatternBlob. */
static pcre2_code *
blob_pattern (VoileEngine *engine, const char *pattern)
{
  if (g_once_init_enter (&engine->blob_ready))
    {
      const VoilePatternBlob *blob
          = voile_pattern_blob_get != NULL ? voile_pattern_blob_get () : NULL;
      guint32 link_size = 0;
      const char *version = voile_engine_pcre2_version (&link_size);
      if (blob != NULL && blob->n_keys > 0 && blob->pcre2_version != NULL
          && strcmp (blob->pcre2_version, version) == 0 && blob->pcre2_link_size == link_size
          && pcre2_serialize_get_number_of_codes (blob->bytes) == (int32_t)blob->n_keys)
        {
          pcre2_code **codes = g_new0 (pcre2_code *, blob->n_keys);
          /* Fails on a blob of another PCRE2 version: the patterns are compiled then. */
          if (pcre2_serialize_decode (codes, (int32_t)blob->n_keys, blob->bytes, NULL)
              == (int32_t)blob->n_keys)
            {
              engine->blob_codes = codes;
              engine->blob_keys = blob->keys;
              engine->n_blob_codes = blob->n_keys;
            }
          else
            g_free (codes);
        }
      g_once_init_leave (&engine->blob_ready, 1);
    }
  if (engine->n_blob_codes == 0)
    return NULL;
  guint64 key = voile_engine_pattern_key (pattern);
  for (guint k = 0; k < engine->n_blob_codes; k++)
    if (engine->blob_keys[k] == key)
      return pcre2_code_copy (engine->blob_codes[k]);
  return NULL;
}

/* Rule r's pattern, compiled at the first call, by one thread: the others wait. */
static RulePattern *
rule_pattern (VoileEngine *engine, guint r)
{
  RulePattern *p = &engine->patterns[r];

  if (g_once_init_enter (&p->ready))
    {
      g_autoptr (GError) error = NULL;
      p->code = blob_pattern (engine, engine->rules[r].pattern);
      if (p->code == NULL)
        p->code = compile_pattern (&engine->rules[r], &error);
      /* The table's patterns are tested (voile_engine_compile_all): a rule that does not
       * compile finds nothing rather than stopping the daemon. */
      if (p->code == NULL)
        g_critical ("%s", error->message);
      g_once_init_leave (&p->ready, 1);
    }
  return p;
}

/* Gives p its JIT code, once; the other threads go on interpreting meanwhile. */
static void
jit_compile_pattern (RulePattern *p)
{
  if (g_once_init_enter (&p->jit_ready))
    {
      pcre2_code *copy = p->code != NULL ? pcre2_code_copy (p->code) : NULL;
      /* JIT may be unavailable (SELinux, W^X): the interpreter still works. */
      if (copy != NULL && pcre2_jit_compile (copy, PCRE2_JIT_COMPLETE) == 0)
        g_atomic_pointer_set (&p->jit_code, copy);
      else if (copy != NULL)
        pcre2_code_free (copy);
      g_once_init_leave (&p->jit_ready, 1);
    }
}

void
voile_engine_prepare (VoileEngine *engine)
{
  g_return_if_fail (engine != NULL);
  /* A long-running process: every pattern JIT-compiled now, not at its first matches. */
  for (guint r = 0; r < engine->n_rules; r++)
    if (engine->rules[r].pattern != NULL)
      jit_compile_pattern (rule_pattern (engine, r));
}

gboolean
voile_engine_compile_all (VoileEngine *engine, GError **error)
{
  for (guint i = 0; i < engine->n_rules; i++)
    {
      if (engine->rules[i].pattern == NULL)
        continue;
      pcre2_code *code = compile_pattern (&engine->rules[i], error);
      if (code == NULL)
        return FALSE;
      guint32 captures = 0;
      pcre2_pattern_info (code, PCRE2_INFO_CAPTURECOUNT, &captures);
      pcre2_code_free (code);
      if (captures + 1 > engine->max_pairs)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       "Detector “%s” has more groups than its brackets", engine->rules[i].id);
          return FALSE;
        }
    }
  return TRUE;
}

VoileEngine *
voile_engine_get_default (void)
{
  static VoileEngine *engine;

  if (g_once_init_enter (&engine))
    {
      g_autoptr (GError) error = NULL;
      VoileEngine *e = voile_engine_new (&error);
      if (e == NULL)
        g_error ("Cannot build the detection engine: %s", error->message);
      g_once_init_leave (&engine, e);
    }
  return engine;
}

void
voile_engine_free (VoileEngine *engine)
{
  if (engine == NULL)
    return;
  for (guint i = 0; i < MAX_RULES; i++)
    {
      if (engine->patterns[i].code != NULL)
        pcre2_code_free (engine->patterns[i].code);
      if (engine->patterns[i].jit_code != NULL)
        pcre2_code_free (engine->patterns[i].jit_code);
    }
  for (guint k = 0; k < engine->n_blob_codes; k++)
    pcre2_code_free (engine->blob_codes[k]);
  g_free (engine->blob_codes);
  if (engine->names != NULL)
    voile_name_finder_free (engine->names);
  if (engine->kw_entries != NULL)
    g_array_unref (engine->kw_entries);
  g_free (engine->kw_buckets);
  g_free (engine->assign_keywords);
  g_free (engine);
}

VoileScanResult *
voile_scan_result_new (void)
{
  VoileScanResult *result = g_new0 (VoileScanResult, 1);
  result->findings = g_array_new (FALSE, FALSE, sizeof (VoileFinding));
  result->entities = g_ptr_array_new_with_free_func (g_free);
  return result;
}

void
voile_scan_result_free (VoileScanResult *result)
{
  if (result == NULL)
    return;
  g_array_unref (result->findings);
  g_ptr_array_unref (result->entities);
  g_free (result);
}

/* ---- running one rule ---------------------------------------------------------------- */

static gboolean
has_context_word (const ScanState *st, const VoileRule *rule, gsize pos)
{
  char buf[CONTEXT_BYTES + 1];
  gsize from = pos > CONTEXT_BYTES ? pos - CONTEXT_BYTES : 0;
  gsize n = pos - from;

  for (gsize i = 0; i < n; i++)
    {
      char ch = st->text[from + i];
      buf[i] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
    }
  buf[n] = '\0';
  /* NUL bytes in the text would end the string early: that only shortens the context. */
  for (const char *const *w = rule->context; *w != NULL; w++)
    if (strstr (buf, *w) != NULL)
      return TRUE;
  return FALSE;
}

static void
add_finding (ScanState *st, const VoileRule *rule, const VoileCandidate *c)
{
  guint n = st->findings->len;

  if (c->confidence >= st->engine->top_confidence)
    st->sure_until = MAX (st->sure_until, c->end);

  /* A plain array (not zero-terminated) grows within its room by its length alone:
   * g_array_set_size() is a call and tests per finding. */
  if (n < st->findings_room)
    st->findings->len = n + 1;
  else
    g_array_set_size (st->findings, n + 1);
  g_array_index (st->findings, VoileFinding, n) = (VoileFinding){
    .type = rule->type,
    .start = c->start,
    .end = c->end,
    .confidence = c->confidence,
    .entity = 0,
  };
}

static const guint8 digit_or_newline[256] = { ['0' ... '9'] = 1, ['\n'] = 1 };

/* TRUE when a digit follows pos within limit bytes, before the end of the line. Keyword
 * anchors come close together: what was already read ([probe_from, probe_to) holds no
 * digit nor newline) is not read again. */
static gboolean
digit_on_line (ScanState *st, gsize pos, gsize limit)
{
  const char *t = st->text;
  gsize lim = MIN (st->len, pos + limit);
  gsize to = st->probe_to;

  if (pos < st->probe_from || pos > to)
    {
      st->probe_from = to = pos;
      st->probe_hit = FALSE;
    }
  if (!st->probe_hit)
    {
      /* Locals only in this loop: a store through st would make the compiler reload. */
      while (to < lim && !digit_or_newline[(guchar)t[to]])
        to++;
      st->probe_hit = to < lim;
      st->probe_to = to;
    }
  return st->probe_hit && to < lim && t[to] != '\n';
}

/* Does one of the last findings (those of the rules just tried at this anchor and the ones
 * before) have this type and overlap [start, end)? */
static gboolean
found_before (const ScanState *st, VoileType type, gsize start, gsize end)
{
  guint n = st->findings->len;

  for (guint k = n; k > 0 && n - k < 4; k--)
    {
      const VoileFinding *f = &g_array_index (st->findings, VoileFinding, k - 1);
      if (f->type == type && f->start < end && start < f->end)
        return TRUE;
    }
  return FALSE;
}

/* A pattern is JIT-compiled at its JIT_AFTER_USES-th interpreted match (over all texts:
 * a long-running process ends with every pattern it uses compiled, having interpreted
 * each about as long as compiling it costs), or sooner when its matches so far, spread over
 * the whole text as over the part read (pos, plus JIT_SPREAD_BYTES so that a match near
 * the start predicts little), promise JIT_PROJECTED_USES in the text: on a large text the
 * patterns that run often are compiled at once, as before. (Measured with callgrind, voile
 * scan --json: 60 % fewer instructions on the corpus's texts of 1 kB, 20 to 40 % on 64 kB,
 * the same on 2 MB; JIT_PROJECTED_USES 128 or 256 save more on texts like the corpus's,
 * but cost up to 3 or 4 % on the bench's templates of 150 to 400 kB.) */
#define JIT_AFTER_USES 256
#define JIT_PROJECTED_USES 64
#define JIT_SPREAD_BYTES 4096

static inline gboolean
jit_due (gint uses, gsize pos, gsize len)
{
  return uses >= JIT_AFTER_USES
         || (guint64)uses * len >= (guint64)JIT_PROJECTED_USES * ((guint64)pos + JIT_SPREAD_BYTES);
}

/* Matches rule r's pattern from pos (PCRE2's result), JIT-compiling it when it is due (see
 * RulePattern). */
static int
match_pattern (ScanState *st, guint r, gsize pos, gsize window_end)
{
  RulePattern *p = rule_pattern (st->engine, r);
  pcre2_code *jit = g_atomic_pointer_get (&p->jit_code);

  if (jit == NULL && p->code != NULL && g_atomic_int_get (&p->uses) < JIT_AFTER_USES
      && jit_due (g_atomic_int_add (&p->uses, 1) + 1, pos, st->len))
    {
      jit_compile_pattern (p);
      jit = g_atomic_pointer_get (&p->jit_code);
    }
  if (jit != NULL)
    return pcre2_jit_match (jit, (PCRE2_SPTR)st->text, window_end, pos, 0, st->md, NULL);
  if (p->code == NULL)
    return PCRE2_ERROR_NOMATCH;
  return pcre2_match (p->code, (PCRE2_SPTR)st->text, window_end, pos, 0, st->md, NULL);
}

/* Tries rule number r at pos; covers: the match must reach past this offset (for rules
 * tried from words before their anchor). Returns TRUE when a finding was added. */
static gboolean
run_rule (ScanState *st, guint r, gsize pos, gsize covers)
{
  const VoileRule *rule = &st->engine->rules[r];
  VoileCandidate c = {
    .text = st->text,
    .len = st->len,
    .anchor = pos,
    .confidence = rule->confidence,
  };

  if (rule->match != NULL)
    {
      if (!rule->match (&c))
        return FALSE;
      c.match_start = c.start;
      c.match_end = c.end;
    }
  else
    {
      gsize window_end = MIN (st->len, pos + rule->window);
      int rc;

      if (rule->needs_digit && !digit_on_line (st, pos, rule->window))
        return FALSE;

      /* Never cut a UTF-8 sequence. (Compiled with PCRE2_MATCH_INVALID_UTF, the patterns
       * also stay safe on invalid input: such bytes simply never match.) */
      while (window_end > pos && window_end < st->len
             && ((guchar)st->text[window_end] & 0xC0) == 0x80)
        window_end--;
      rc = match_pattern (st, r, pos, window_end);
      if (rc <= 0)
        return FALSE;
      PCRE2_SIZE *ov = pcre2_get_ovector_pointer (st->md);
      c.match_start = ov[0];
      c.match_end = ov[1];
      /* A match that runs into the window's end may be a truncated longer thing. */
      if (c.match_end == window_end && window_end < st->len)
        return FALSE;
      if (rule->group > 0)
        {
          if ((guint)rc <= rule->group || ov[2 * rule->group] == PCRE2_UNSET)
            return FALSE;
          c.start = ov[2 * rule->group];
          c.end = ov[2 * rule->group + 1];
        }
      else
        {
          c.start = c.match_start;
          c.end = c.match_end;
        }
    }
  if (c.end <= c.start || c.match_end <= covers)
    return FALSE;

  /* Context words only matter where they decide (needs_context, SIREN without spaces) or
   * lift a middling confidence: skip the lookup for matches already sure. */
  if (rule->context != NULL && (rule->needs_context || rule->confidence < 0.9f))
    {
      c.has_context = has_context_word (st, rule, c.match_start);
      if (rule->needs_context && !c.has_context)
        return FALSE;
    }
  if (rule->after_others && found_before (st, rule->type, c.start, c.end))
    return FALSE;
  if (rule->validate != NULL && !rule->validate (&c))
    return FALSE;
  if (c.has_context && rule->context_confidence > c.confidence)
    c.confidence = rule->context_confidence;
  if (c.end <= c.start)
    return FALSE;
  add_finding (st, rule, &c);
  return TRUE;
}

/* Start of the word before pos on the same line, or G_MAXSIZE. */
static gsize
previous_word_start (const char *text, gsize pos)
{
  gsize i = pos;

  /* "Montréal (Québec) H3B 2Y5": brackets part words too. */
  while (i > 0
         && (text[i - 1] == ' ' || text[i - 1] == ',' || text[i - 1] == '\t' || text[i - 1] == '('
             || text[i - 1] == ')'))
    i--;
  if (i == 0 || i == pos)
    return G_MAXSIZE;
  gsize end = i;
  while (i > 0 && end - i < 40)
    {
      guchar c = (guchar)text[i - 1];
      if (!(is_word_byte (c) || c >= 0x80 || c == '.' || c == '\'' || c == '-'))
        break;
      i--;
    }
  return i < end ? i : G_MAXSIZE;
}

/* Tries rule number r at pos, and from the words before it when the rule says so. */
static void
run_rule_at (ScanState *st, guint r, gsize pos)
{
  const VoileRule *rule = &st->engine->rules[r];

  if (rule->back_words > 0)
    {
      gsize starts[8];
      guint n = 0;
      gsize p = pos;
      while (n < rule->back_words && n < G_N_ELEMENTS (starts))
        {
          p = previous_word_start (st->text, p);
          if (p == G_MAXSIZE)
            break;
          starts[n++] = p;
        }
      gboolean found = FALSE;
      /* Farthest first: the longest address wins. */
      for (guint k = n; k > 0 && !found; k--)
        found = run_rule (st, r, starts[k - 1], pos);
      if (!found)
        run_rule (st, r, pos, pos);
    }
  else
    run_rule (st, r, pos, pos);
}

/* Tries the enabled rules of set at pos, in table order. */
static void
run_rules (ScanState *st, RuleSet set, gsize pos)
{
  for (set = rule_set_and (set, st->enabled); !rule_set_is_empty (set);)
    run_rule_at (st, rule_set_pop (&set), pos);
}

/* The same for rules given as (enabled) slots of a keyword bank. */
static void
run_rule_slots (ScanState *st, SlotSet set, const RuleSlots *slots, gsize pos)
{
  for (; set != 0; set &= set - 1)
    run_rule_at (st, slots->rule[__builtin_ctzll (set)], pos);
}

/* The same for rules given as (enabled) DIGIT slots. */
static void
run_digit_slots (ScanState *st, DigitSet set, gsize pos)
{
  for (guint k = 0; k < DIGIT_WORDS; k++)
    for (guint64 m = set[k]; m != 0; m &= m - 1)
      run_rule_at (st, st->engine->digit_slots.rule[64 * k + __builtin_ctzll (m)], pos);
}

/* ---- anchors ------------------------------------------------------------------------ */

/* Three dots within the digits at i: "81.64.112.7" starts a field, not a decimal's tail. */
static gboolean
looks_like_dotted_quad (const char *t, gsize len, gsize i)
{
  guint dots = 0;
  for (gsize k = i; k < len && k < i + 16 && (g_ascii_isdigit (t[k]) || t[k] == '.'); k++)
    dots += t[k] == '.';
  return dots == 3;
}

/* "2025-02-11" or "11/02/2025" at i: after "10482," it starts a CSV field, not a
 * decimal's tail. */
static gboolean
looks_like_date_field (const char *t, gsize len, gsize i)
{
  gsize k = i;
  while (k < len && k < i + 4 && g_ascii_isdigit (t[k]))
    k++;
  if (k - i == 4)
    return k + 6 <= len && t[k] == '-' && g_ascii_isdigit (t[k + 1]) && g_ascii_isdigit (t[k + 2])
           && t[k + 3] == '-' && g_ascii_isdigit (t[k + 4]) && g_ascii_isdigit (t[k + 5]);
  if (k - i < 1 || k - i > 2 || k >= len || t[k] != '/')
    return FALSE;
  gsize m = ++k;
  while (k < len && k < m + 2 && g_ascii_isdigit (t[k]))
    k++;
  if (k == m || k + 5 > len || t[k] != '/')
    return FALSE;
  for (gsize y = k + 1; y < k + 5; y++)
    if (!g_ascii_isdigit (t[y]))
      return FALSE;
  return TRUE;
}

/* "806-555-0149" at i: after "79109," it starts a CSV field (a US phone), not a decimal's
 * tail. */
static gboolean
looks_like_phone_field (const char *t, gsize len, gsize i)
{
  static const char shape[] = "ddd-ddd-dddd";
  if (i + sizeof shape - 1 > len)
    return FALSE;
  for (gsize k = 0; k < sizeof shape - 1; k++)
    if (shape[k] == 'd' ? !g_ascii_isdigit (t[i + k])
                        : t[i + k] != t[i + 3] || (t[i + 3] != '-' && t[i + 3] != '.'))
      return FALSE;
  return i + sizeof shape - 1 == len || !g_ascii_isdigit (t[i + sizeof shape - 1]);
}

/* "0758204417" or "06 14 77 30 52" at i: after "93170," (a postcode's cell) it starts a
 * CSV field (a French phone), not a decimal's tail. */
static gboolean
looks_like_fr_phone_field (const char *t, gsize len, gsize i)
{
  if (i + 10 > len || t[i] != '0' || t[i + 1] < '1' || t[i + 1] > '9')
    return FALSE;
  gsize k = i + 2;
  char sep = g_ascii_isdigit (t[k]) ? 0 : t[k];
  if (sep != 0 && sep != ' ' && sep != '.' && sep != '-')
    return FALSE;
  for (guint pair = 0; pair < 4; pair++)
    {
      if (sep != 0 && (k >= len || t[k++] != sep))
        return FALSE;
      if (k + 2 > len || !g_ascii_isdigit (t[k]) || !g_ascii_isdigit (t[k + 1]))
        return FALSE;
      k += 2;
    }
  return k == len || !g_ascii_isdigit (t[k]);
}

/* (session 18, g18-struct) "5167320098412562" at i: after "…7720418-6," a run of 13 to 19
 * digits starts a CSV field (a card's number), no decimal has such a tail. */
static gboolean
looks_like_long_field (const char *t, gsize len, gsize i)
{
  if (i + 13 > len || !g_ascii_isdigit (t[i + 12])) /* most decimals fail here */
    return FALSE;
  gsize k = i;
  while (k < len && k < i + 20 && g_ascii_isdigit (t[k]))
    k++;
  return k - i >= 13 && k - i <= 19 && (k == len || t[k] == ',' || t[k] == '\r' || t[k] == '\n');
}

/* "20,00 €" at i: after "2024-09-14," or "Carton x3," it starts a CSV field (a price in
 * euros with its decimal comma), not a decimal's tail: "14,20,00 €" is no one number. */
static gboolean
looks_like_euro_field (const char *t, gsize len, gsize i)
{
  gsize k = i;
  while (k < len && k < i + 4 && g_ascii_isdigit (t[k]))
    k++;
  if (k == i || k - i > 3)
    return FALSE;
  /* "1 250,00 €", "1.250,00 €" */
  while (k + 4 <= len && (t[k] == ' ' || t[k] == '.') && g_ascii_isdigit (t[k + 1])
         && g_ascii_isdigit (t[k + 2]) && g_ascii_isdigit (t[k + 3]))
    k += 4;
  if (k + 3 > len || t[k] != ',' || !g_ascii_isdigit (t[k + 1]) || !g_ascii_isdigit (t[k + 2]))
    return FALSE;
  k += 3;
  if (k < len && t[k] == ' ')
    k++;
  else if (k + 2 <= len && (guchar)t[k] == 0xC2 && (guchar)t[k + 1] == 0xA0)
    k += 2;
  else if (k + 3 <= len && (guchar)t[k] == 0xE2 && (guchar)t[k + 1] == 0x80
           && (guchar)t[k + 2] == 0xAF)
    k += 3;
  return (k + 3 <= len && memcmp (t + k, "\xe2\x82\xac", 3) == 0)
         || (k + 3 <= len && memcmp (t + k, "EUR", 3) == 0
             && (k + 3 == len || !g_ascii_isalpha (t[k + 3])));
}

/* "18/01" at i, after "05/01-": the second date of a range of two. */
static gboolean
looks_like_day_month_range_end (const char *t, gsize len, gsize i)
{
  if (i < 6 || i + 5 > len)
    return FALSE;
  const char *b = t + i - 6, *a = t + i;
  return g_ascii_isdigit (b[0]) && g_ascii_isdigit (b[1]) && b[2] == '/' && g_ascii_isdigit (b[3])
         && g_ascii_isdigit (b[4]) && b[5] == '-'
         && (i == 6 || (!g_ascii_isalnum (t[i - 7]) && t[i - 7] != '/')) && g_ascii_isdigit (a[0])
         && g_ascii_isdigit (a[1]) && a[2] == '/' && g_ascii_isdigit (a[3])
         && g_ascii_isdigit (a[4]) && (i + 5 == len || (!g_ascii_isdigit (a[5]) && a[5] != '/'));
}

/* "20/11/2025" at i, after "01/11/2025-" (or the dots of "01.11.2025-"): the second date of a
 * range written without spaces, as report filters and exports print them. */
G_NO_INLINE static gboolean
looks_like_full_date_range_end (const char *t, gsize len, gsize i)
{
  if (i < 11 || i + 10 > len)
    return FALSE;
  const char *b = t + i - 11, *a = t + i;
  char sep = b[2];
  if (sep != '/' && sep != '.')
    return FALSE;
  for (guint k = 0; k < 10; k++)
    {
      gboolean want_sep = k == 2 || k == 5;
      if (want_sep ? (b[k] != sep || a[k] != sep)
                   : (!g_ascii_isdigit (b[k]) || !g_ascii_isdigit (a[k])))
        return FALSE;
    }
  return b[10] == '-' && (i == 11 || (!g_ascii_isalnum (t[i - 12]) && t[i - 12] != sep))
         && (i + 10 == len || (!g_ascii_isalnum (a[10]) && a[10] != sep));
}

/* "14NOV25" or "12NOV" at i after "INR98450/" or "BA0074/": a date of an airline system's
 * slashed fields (GDS fare lines, WorldTracer's flight dates), whose number before the slash
 * does not make it a number's tail. */
G_NO_INLINE static gboolean
looks_like_airline_date_field (const char *t, gsize len, gsize i)
{
  static const char months[] = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";

  if (i + 5 > len || t[i] > '3' || !g_ascii_isdigit (t[i + 1]))
    return FALSE;
  gboolean month = FALSE;
  for (guint m = 0; m < 12 && !month; m++)
    month = memcmp (t + i + 2, months + 3 * m, 3) == 0;
  if (!month)
    return FALSE;
  gsize k = i + 5;
  if (k + 2 <= len && g_ascii_isdigit (t[k]) && g_ascii_isdigit (t[k + 1]))
    k += 2;
  return k == len || !g_ascii_isalnum (t[k]);
}

/* The DIGIT slots whose rules may match at the digit i. */
static inline DigitSet
digit_rules (const ScanState *st, gsize i)
{
  const char *t = st->text;
  gsize len = st->len;
  gsize j = i;
  guint first_run = 0, digits = 0;
  const VoileEngine *e = st->engine;
  DigitSet candidates = st->digit_enabled;

  while (j < len && g_ascii_isdigit (t[j]))
    j++, first_run++;
  digit_set_and (&candidates, &e->digit_first_ok[(guchar)t[i]]);
  digit_set_and (&candidates, &e->digit_before_ok[i > 0 ? (guchar)t[i - 1] : 0]);
  digit_set_and (&candidates, &e->digit_after_ok[j < len ? (guchar)t[j] : 0]);
  if (digit_set_is_empty (&candidates))
    return candidates;
  if (i > 0 && t[i - 1] == ' ')
    digit_set_and (&candidates, &e->digit_word_before_ok[i > 1 ? (guchar)t[i - 2] : 0]);
  if (j < len && g_ascii_isalpha (t[j]))
    digit_set_and (&candidates, &e->digit_letter_next_ok[j + 1 < len ? (guchar)t[j + 1] : 0]);
  if (j < len && t[j] == ' ')
    {
      gsize k = j + 1;
      while (k < len && t[k] == ' ')
        k++;
      digit_set_and (&candidates, &e->digit_spaced_ok[k < len ? (guchar)t[k] : 0]);
    }
  digits = first_run;
  /* Digits joined by single separators: "06 12 34 56 78", "1 500,00", "15/03/2024". */
  while (j < len && j - i < 64)
    {
      guchar c = (guchar)t[j];
      gsize sep = 0;
      if (c == ' ' || c == '.' || c == '-' || c == '/' || c == ',' || c == ':')
        sep = 1;
      else if (c == 0xC2 && j + 1 < len && (guchar)t[j + 1] == 0xA0)
        sep = 2;
      else if (c == 0xE2 && j + 2 < len && (guchar)t[j + 1] == 0x80 && (guchar)t[j + 2] == 0xAF)
        sep = 3;
      if (sep == 0 || j + sep >= len || !g_ascii_isdigit (t[j + sep]))
        break;
      j += sep;
      while (j < len && g_ascii_isdigit (t[j]))
        j++, digits++;
    }
  digit_set_and (&candidates, &e->digit_run_ok[MIN (first_run, 255u)]);
  digit_set_and (&candidates, &e->digit_count_ok[MIN (digits, 255u)]);
  digit_set_and (&candidates, &e->digit_end_ok[j < len ? (guchar)t[j] : 0]);
  if (j < len && t[j] == ' ' && !digit_set_is_empty (&candidates))
    {
      gsize k = j + 1;
      while (k < len && t[k] == ' ')
        k++;
      digit_set_and (&candidates, &e->digit_end_spaced_ok[k < len ? (guchar)t[k] : 0]);
    }
  /* Rules may share a prefilter (the street rules): each one is asked once, its answer
   * kept in the bit of its group. */
  guint64 asked = 0, answers = 0;
  for (guint k = 0; k < DIGIT_WORDS; k++)
    for (guint64 m = candidates[k] & e->digit_has_prefilter[k]; m != 0; m &= m - 1)
      {
        guint slot = 64 * k + (guint)__builtin_ctzll (m);
        guint group = e->digit_prefilter_group[slot];
        guint64 ok;

        if (group == 0)
          ok = e->rules[e->digit_slots.rule[slot]].prefilter (t, len, i, j);
        else if ((asked >> (group - 1)) & 1)
          ok = (answers >> (group - 1)) & 1;
        else
          {
            ok = e->rules[e->digit_slots.rule[slot]].prefilter (t, len, i, j) ? 1 : 0;
            asked |= G_GUINT64_CONSTANT (1) << (group - 1);
            answers |= ok << (group - 1);
          }
        if (!ok)
          candidates[k] &= ~(G_GUINT64_CONSTANT (1) << (slot % 64));
      }
  return candidates;
}

/* Runs the DIGIT rules that may match at the digit i. Not inlined in the anchor pass: its
 * sets of two words there cost registers to the whole byte loop. */
G_NO_INLINE static void
run_digit_rules (ScanState *st, gsize i)
{
  DigitSet slots = digit_rules (st, i);
  if (!digit_set_is_empty (&slots))
    run_digit_slots (st, slots, i);
}

/* Does keyword kw start t (avail bytes)? Case-insensitive (see keyword_byte_matches()). */
static gboolean
keyword_at (const char *t, gsize avail, const char *kw)
{
  for (gsize i = 0; kw[i] != '\0'; i++)
    {
      guchar a, b;
      /* A final '$': the keyword must end the word ("mar" but not "Marie"). */
      if (kw[i] == '$' && kw[i + 1] == '\0')
        return i >= avail || !g_ascii_isalpha (t[i]);
      if (i >= avail)
        return FALSE;
      a = (guchar)t[i];
      b = (guchar)kw[i];
      if (!keyword_byte_matches (i > 0 ? (guchar)kw[i - 1] : 0, i > 0 ? (guchar)t[i - 1] : 0, b, a))
        return FALSE;
    }
  return TRUE;
}

/* The rules of the keyword slots hits of bank whose keyword starts at i: a rule's prefilter
 * rejects before its pattern runs (see VoileRule.prefilter); rules that share one (the
 * spoken digits') take its one answer. */
G_ALWAYS_INLINE static inline void
run_keyword_bank (ScanState *st, guint bank, SlotSet hits, gsize i)
{
  const VoileEngine *engine = st->engine;
  const RuleSlots *slots = &engine->kw_slots[bank];

  for (SlotSet m = hits & engine->kw_has_prefilter[bank]; m != 0;)
    {
      guint slot = (guint)__builtin_ctzll (m);
      SlotSet same = engine->kw_same_prefilter[bank][slot];
      m &= ~same;
      if (!engine->rules[slots->rule[slot]].prefilter (st->text, st->len, i, i))
        hits &= ~same;
    }
  run_rule_slots (st, hits, slots, i);
}

/* The three-byte prefilter said "maybe": run only the rules one of whose keywords really
 * starts here (a call into the regex engine costs more than a few compares). The two banks'
 * hits are two scalars: an array of them cost +1.5 % instructions. */
G_STATIC_ASSERT (KW_BANKS == 2);
static void
keyword_anchor (ScanState *st, guint16 bucket, gsize i)
{
  const VoileEngine *engine = st->engine;
  SlotSet hits0 = 0, hits1 = 0;
  const SlotSet enabled0 = st->kw_enabled[0], enabled1 = st->kw_enabled[1];
  gsize avail = st->len - i;
  guint start = engine->kw_buckets[bucket].start;
  guint end = start + engine->kw_buckets[bucket].count;

  if (avail > 3)
    {
      guchar fourth = (guchar)st->text[i + 3];
      if (!((engine->kw_buckets[bucket].fourth[fourth / 64] >> (fourth % 64)) & 1))
        return;
    }

  for (guint k = start; k < end; k++)
    {
      const KwEntry *e = &g_array_index (engine->kw_entries, KwEntry, k);
      gboolean second = e->slot >= MAX_SLOTS;
      SlotSet bit = slot_bit (e->slot % MAX_SLOTS);
      if (((second ? hits1 : hits0) & bit) != 0 || ((second ? enabled1 : enabled0) & bit) == 0)
        continue;
      const char *at = st->text + i + e->known;
      if (avail - e->known >= 8)
        {
          guint64 word; /* the eight bytes at at, the first lowest as in head */
          memcpy (&word, at, sizeof word);
          if (((GUINT64_FROM_LE (word) ^ e->head) & e->head_mask) != 0)
            continue;
        }
      if (keyword_at (at, avail - e->known, e->keyword + e->known))
        {
          if (second)
            hits1 |= bit;
          else
            hits0 |= bit;
        }
    }
  if (hits0 != 0)
    run_keyword_bank (st, 0, hits0, i);
  if (hits1 != 0)
    run_keyword_bank (st, 1, hits1, i);
}

/* A digit within five bytes: a British driving licence starts with a surname's five
 * letters ("MORGA657054SM9IJ"). */
static gboolean
upper_digit_anchor (const char *t, gsize len, gsize i)
{
  gsize lim = MIN (len, i + 6);

  for (gsize j = i + 1; j < lim; j++)
    {
      char c = t[j];
      if (g_ascii_isdigit (c))
        return TRUE;
      if (c == ' ' || c == '-')
        return j == i + 2 && j + 1 < len && g_ascii_isdigit (t[j + 1]);
      if (!g_ascii_isupper (c))
        return FALSE;
    }
  return FALSE;
}

/* (g25-refs-en) A system's code whose groups a '/' joins ("CR/1187/09/25", "MKN/GRP/0118",
 * "TS/HYD/0048213/000/0011847") at i: two to six capitals to j, a '/', then capitals, digits and
 * slashes with a run of three digits at least, after a label's separator (as
 * code_dash_anchor()'s). */
G_NO_INLINE static gboolean
code_slash_start (const char *t, gsize len, gsize i, gsize j)
{
  if (j - i < 2 || j + 1 >= len || !g_ascii_isalnum (t[j + 1]))
    return FALSE;
  if (i > 0 && strchr (" \t:#(\n", t[i - 1]) == NULL)
    return FALSE;
  guint run = 0, best = 0;
  for (gsize k = j + 1; k < len && k - i < 32; k++)
    {
      if (g_ascii_isdigit (t[k]))
        best = MAX (best, ++run);
      else if (g_ascii_isupper (t[k]) || t[k] == '/')
        run = 0;
      else
        break;
    }
  return best >= 3;
}

/* (g24-refs-en) The '-' at dash, a digit after it, closes the capitals of a system's code
 * ("GRV-26-009", "FSM-ECS-2025-889301", "SP2MI-2025-…"): the CODE_DASH rules run at the
 * code's first byte, two capitals opening a token (24 bytes back at most), when this is the
 * token's first '-' before a digit, after a label's separator (a space, a tab, ':', '#', '('):
 * not inside a link, a path, a key or another token. */
G_NO_INLINE static void
code_dash_anchor (ScanState *st, gsize dash)
{
  const char *t = st->text;
  gsize s = dash;

  while (s > 0 && dash - s < 24
         && (g_ascii_isupper (t[s - 1]) || g_ascii_isdigit (t[s - 1]) || t[s - 1] == '-'))
    {
      if (t[s - 1] == '-' && g_ascii_isdigit (t[s]))
        return; /* not the first dash before digits: anchored already */
      s--;
    }
  if (s + 2 > dash || !g_ascii_isupper (t[s]) || !g_ascii_isupper (t[s + 1]))
    return;
  /* the separators the noun-led reading takes between a label and its value; a code opening
   * a cell or a quoted value has no label before it, one opening a line may have it at the
   * end of the line before (g24b-keys: prose wrapped at a fixed width) */
  if (s == 0 || strchr (" \t:#(\n", t[s - 1]) == NULL || t[s - 1] == '\0')
    return;
  run_rules (st, st->engine->by_anchor[ANCHOR (CODE_DASH)], s);
}

static void
at_anchor (ScanState *st, gsize at)
{
  const char *t = st->text;
  gsize s = at;

  /* GitHub's bots: "49699333+dependabot[bot]@users.noreply.github.com" */
  if (at >= 5 && memcmp (t + at - 5, "[bot]", 5) == 0)
    s = at - 5;
  while (s > 0 && at - s < 64)
    {
      char c = t[s - 1];
      if (!(g_ascii_isalnum (c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
            || c == '\''))
        break;
      s--;
    }
  while (s < at && !g_ascii_isalnum (t[s]))
    s++;
  if (s < at)
    run_rules (st, st->engine->by_anchor[ANCHOR (AT)], s);
}

/* The bytes of an identifier before '=' or ':': "DB_PASSWORD", "app.secret-key". */
static const guint8 identifier_byte[256] = {
  ['0' ... '9'] = 1, ['a' ... 'z'] = 1, ['A' ... 'Z'] = 1, ['_'] = 1, ['.'] = 1, ['-'] = 1,
};

static void
assign_anchor (ScanState *st, gsize op)
{
  const char *t = st->text;
  gsize e = op;
  char id[72];

  while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\t'))
    e--;
  if (e > 0 && (t[e - 1] == '"' || t[e - 1] == '\''))
    e--;
  gsize s = e;
  while (s > 0 && e - s < 64 && identifier_byte[(guchar)t[s - 1]])
    s--;
  /* "2024-03-15T10:32", "10h30:": a key's name starts with a letter (or '_') */
  if (s == e || (s > 0 && is_word_byte ((guchar)t[s - 1])) || g_ascii_isdigit (t[s]))
    return;
  guint64 id_set = 0;
  guint letters = 0;
  for (gsize i = s; i < e; i++)
    {
      id[i - s] = (t[i] >= 'A' && t[i] <= 'Z') ? (char)(t[i] + 32) : t[i];
      id_set |= G_GUINT64_CONSTANT (1) << ((guchar)id[i - s] % 64);
      letters |= (guint)(id[i - s] >= 'a' && id[i - s] <= 'z');
    }
  id[e - s] = '\0';
  if (letters == 0 && st->engine->assign_keywords_have_letters)
    return;

  RuleSet enabled = rule_set_and (st->engine->by_anchor[ANCHOR (ASSIGN)], st->enabled);
  RuleSet hits = { { 0 } };
  const AssignKeyword *keywords = st->engine->assign_keywords;
  const guint *group = st->engine->assign_group;
  /* The groups of the identifier's bytes, then the empty keyword's (bit 64). */
  for (guint64 m = id_set; m != 0 || group[64] < group[65];)
    {
      guint b = 64;
      if (m != 0)
        {
          b = (guint)__builtin_ctzll (m);
          m &= m - 1;
        }
      for (guint k = group[b]; k < group[b + 1]; k++)
        if ((keywords[k].set & ~id_set) == 0)
          {
            guint r = keywords[k].rule;
            if (rule_set_has (&enabled, r) && !rule_set_has (&hits, r)
                && strstr (id, keywords[k].keyword) != NULL)
              rule_set_add (&hits, r);
          }
      if (b == 64)
        break;
    }
  run_rules (st, hits, s);
}

/* '$', '£', '¥' or '€' at sign: the rules' prefilters reject before their patterns. */
static void
currency_anchor (ScanState *st, gsize sign)
{
  RuleSet mask = rule_set_and (st->engine->by_anchor[ANCHOR (CURRENCY)], st->enabled);

  for (RuleSet m = rule_set_and (mask, st->engine->has_prefilter); !rule_set_is_empty (m);)
    {
      guint r = rule_set_pop (&m);
      if (!st->engine->rules[r].prefilter (st->text, st->len, sign, sign))
        rule_set_remove (&mask, r);
    }
  run_rules (st, mask, sign);
}

static void
hex_colon_anchor (ScanState *st, gsize colon)
{
  const char *t = st->text;
  gsize s = colon;

  if (colon < st->ipv6_done)
    return;
  while (s > 0 && colon - s < 40 && (g_ascii_isxdigit (t[s - 1]) || t[s - 1] == ':'))
    s--;
  if (s > 0 && (is_word_byte ((guchar)t[s - 1]) || t[s - 1] == '.' || t[s - 1] == ':'))
    return;
  /* Cheap rejections before the parser: "Note: …", "10:30". */
  if (colon + 1 >= st->len || !(g_ascii_isxdigit (t[colon + 1]) || t[colon + 1] == ':'))
    {
      if (!(colon > s && t[colon - 1] == ':'))
        return;
    }
  gsize e = colon;
  while (e < st->len && e - s < 45 && (g_ascii_isxdigit (t[e]) || t[e] == ':' || t[e] == '.'))
    e++;
  st->ipv6_done = e;
  run_rules (st, st->engine->by_anchor[ANCHOR (HEX_COLON)], s);
}

/* "[at]", "(at)", "[arobase]" (case-insensitive): the rule starts at the word before. */
static void
obfuscated_at_anchor (ScanState *st, gsize open)
{
  const char *t = st->text + open;
  gsize avail = st->len - open;

  /* Most brackets open something else: one byte test before the string compares. */
  if (avail < 4 || (t[1] | 0x20) != 'a')
    return;
  if ((avail >= 4 && voile_ascii_strncasecmp (t + 1, "at", 2) == 0 && (t[3] == ']' || t[3] == ')'))
      || (avail >= 9 && voile_ascii_strncasecmp (t + 1, "arobase", 7) == 0
          && (t[8] == ']' || t[8] == ')')))
    {
      gsize end = open, pos;
      while (end > 0 && st->text[end - 1] == ' ')
        end--;
      pos = end;
      while (pos > 0 && end - pos < 64
             && (g_ascii_isalnum (st->text[pos - 1]) || strchr ("._%+-", st->text[pos - 1]))
             && st->text[pos - 1] != '\0')
        pos--;
      if (pos < end)
        run_rules (st, st->engine->by_anchor[ANCHOR (OBFUSCATED_AT)], pos);
    }
}

static void
placeholder_anchor (ScanState *st, gsize open)
{
  const char *t = st->text;
  gsize i = open + 1;
  gsize lim = MIN (st->len, open + 48);
  gboolean underscore_digit = FALSE;

  if (i >= lim || !g_ascii_isupper (t[i]))
    return;
  while (i < lim && (g_ascii_isupper (t[i]) || g_ascii_isdigit (t[i]) || t[i] == '_'))
    {
      if (t[i] == '_' && i + 1 < lim && g_ascii_isdigit (t[i + 1]))
        underscore_digit = TRUE;
      i++;
    }
  if (i < lim && t[i] == ']' && underscore_digit)
    {
      gsize span[2] = { open, i + 1 };
      g_array_append_vals (st->placeholders, span, 2);
    }
}

/* Acts at the anchor byte i (a word start or a special byte); returns where the pass goes
 * on from (i + 1, or past what was read). */
G_ALWAYS_INLINE static inline gsize
at_anchor_byte (ScanState *st, gsize i)
{
  const char *t = st->text;
  gsize len = st->len;
  const RuleSet *by = st->engine->by_anchor;
  guchar c = (guchar)t[i];

  if (anchor_class[c] == AC_DIGIT)
    {
      guchar p1 = i > 0 ? (guchar)t[i - 1] : ' ';
      guchar p2 = i > 1 ? (guchar)t[i - 2] : ' ';
      /* The cursor stops only at digits after no letter, digit nor '_'. */
      gboolean start = TRUE;
      /* The "3" of "1.3", "10:30", "2024-03": not the start of a number. */
      if (start && (p1 == '.' || p1 == ',' || p1 == ':' || p1 == '/') && g_ascii_isdigit (p2))
        start = (p1 == ','
                 && (looks_like_dotted_quad (t, len, i)       /* CSV: "…:55,81.64.1.7" */
                     || looks_like_date_field (t, len, i)     /* "10482,2025-02-11" */
                     || looks_like_phone_field (t, len, i)    /* "79109,806-555-0149" */
                     || looks_like_fr_phone_field (t, len, i) /* "93170,0758204417" */
                     || looks_like_euro_field (t, len, i)     /* "2024-09-14,20,00 €" */
                     || looks_like_long_field (t, len, i)))   /* "…-6,5167320098412562," */
                || (p1 == '/' && looks_like_airline_date_field (t, len, i)); /* "…/14NOV25" */
      /* not the "18" of "05/01-18/01" (a range of two dates) either */
      if (start && p1 == '-' && is_word_byte (p2) && !looks_like_day_month_range_end (t, len, i)
          && !looks_like_full_date_range_end (t, len, i))
        start = FALSE;
      /* The "147" of "2 147 483 648": a group of a number written with spaces. */
      if (start && p1 == ' ' && g_ascii_isdigit (p2) && i + 3 <= len)
        {
          gsize b = i - 1, run = 0, cur = 0;
          while (b > 0 && g_ascii_isdigit (t[b - 1]) && run < 4)
            b--, run++;
          while (i + cur < len && g_ascii_isdigit (t[i + cur]) && cur < 4)
            cur++;
          /* (session 22, g22-addr) but Québec's "11 950, rue Lachapelle": a civic number
           * written with its thousands apart, a comma and a word after */
          if (run <= 3 && cur == 3 && (b == 0 || !is_word_byte ((guchar)t[b - 1]))
              && !(i + 5 < len && t[i + 3] == ',' && t[i + 4] == ' ' && g_ascii_isalpha (t[i + 5])))
            start = FALSE;
        }
      if (start)
        {
          run_digit_rules (st, i);
        }
      return i + 1;
    }
  if (anchor_class[c] == AC_ALPHA)
    {
      /* The cursor stops only at word starts: no letter, digit, '_' nor UTF-8 byte
       * before. */
      guchar n1 = 0, n2 = 0;
      if (G_LIKELY (i + 2 < len))
        n1 = (guchar)t[i + 1], n2 = (guchar)t[i + 2];
      else if (i + 1 < len)
        n1 = (guchar)t[i + 1];
      /* kw_key() with shifts: the classes are five bits each (class 0 for the bytes
       * past the end, as kw_class (0)). */
      guint key = ((guint)kw_class (c) << 10) | ((guint)kw_class (n1) << 5) | kw_class (n2);
      /* Most words start nothing: one branch for both tests, computed without
       * branches (upper_digit_anchor() wants a digit or a capital second). */
      guint kw_hit = (guint)(st->engine->kw_present[key / 64] >> (key % 64)) & 1u;
      guint upper_maybe = (guint)(upper_byte[c] & upper_or_digit_byte[n1]);
      if (G_LIKELY ((kw_hit | upper_maybe) == 0))
        {
          return i + 1;
        }
      if (kw_hit)
        keyword_anchor (st, st->engine->kw_table[key], i);
      if (upper_maybe && !upper_digit_anchor (t, len, i))
        {
          /* (g25-refs-en) a code of slashes: the CODE_DASH rules read it as a dashed one's;
           * the capitals' end read here, most end on no '/' */
          gsize j = i + 1;
          while (j < len && j - i < 7 && g_ascii_isupper (t[j]))
            j++;
          if (G_UNLIKELY (j < len && t[j] == '/') && code_slash_start (t, len, i, j)
              && !rule_set_is_empty (rule_set_and (by[ANCHOR (CODE_DASH)], st->enabled)))
            run_rules (st, st->engine->by_anchor[ANCHOR (CODE_DASH)], i);
        }
      else if (upper_maybe)
        {
          RuleSet mask = rule_set_and (by[ANCHOR (UPPER_DIGIT)], st->enabled);
          for (RuleSet m = mask; !rule_set_is_empty (m);)
            {
              guint r = rule_set_pop (&m);
              const VoileRule *rule = &st->engine->rules[r];
              if (rule->prefilter != NULL && !rule->prefilter (t, len, i, i))
                rule_set_remove (&mask, r);
            }
          run_rules (st, mask, i);
        }
      return i + 1;
    }
  switch (c)
    {
      case '@':
        at_anchor (st, i);
        break;
      case '+':
        if (i + 1 < len && g_ascii_isdigit (t[i + 1]))
          run_rules (st, by[ANCHOR (PLUS)], i);
        break;

      case '$':
        currency_anchor (st, i);
        break;
      case 0xC2: /* £ ¥ */
        if (i + 1 < len && ((guchar)t[i + 1] == 0xA3 || (guchar)t[i + 1] == 0xA5))
          currency_anchor (st, i);
        break;
      case 0xE2: /* € and the other signs of U+20A0…U+20C0: ₦ ₹ ₱ ₩ ₽ */
        if (i + 2 < len && (guchar)t[i + 1] == 0x82 && (guchar)t[i + 2] >= 0xA0
            && (guchar)t[i + 2] <= 0xC0)
          currency_anchor (st, i);
        break;
      case '-':
        if (i + 10 <= len && memcmp (t + i, "-----BEGIN", 10) == 0)
          {
            run_rules (st, by[ANCHOR (PEM)], i);
            return i + 10;
          }
        if (i > 1 && i + 1 < len && g_ascii_isdigit (t[i + 1])
            && (g_ascii_isupper (t[i - 1]) || g_ascii_isdigit (t[i - 1]))
            && !rule_set_is_empty (rule_set_and (by[ANCHOR (CODE_DASH)], st->enabled)))
          code_dash_anchor (st, i);
        break;
      case ':':
        if (i + 2 < len && t[i + 1] == '/' && t[i + 2] == '/')
          {
            gsize s = i;
            while (s > 0 && i - s < 16
                   && (g_ascii_isalnum (t[s - 1]) || t[s - 1] == '+' || t[s - 1] == '.'
                       || t[s - 1] == '-'))
              s--;
            while (s < i && !g_ascii_isalpha (t[s]))
              s++;
            if (s < i)
              run_rules (st, by[ANCHOR (SCHEME)], s);
          }
        else
          {
            assign_anchor (st, i);
            hex_colon_anchor (st, i);
          }
        break;
      case '=':
        assign_anchor (st, i);
        break;
      case ',':
        /* define('DB_PASSWORD', '…') */
        if (i > 0 && (t[i - 1] == '\'' || t[i - 1] == '"'))
          assign_anchor (st, i);
        break;
      case '[':
        placeholder_anchor (st, i);
        obfuscated_at_anchor (st, i);
        break;
      case '(':
        if (i + 1 < len && g_ascii_isdigit (t[i + 1]))
          run_rules (st, by[ANCHOR (PAREN)], i);
        else
          obfuscated_at_anchor (st, i);
        break;
      default:
        break;
    }
  return i + 1;
}

static void
find_anchors (ScanState *st)
{
  const char *t = st->text;
  gsize len = st->len;
  VoileAnchorCursor cursor = VOILE_ANCHOR_CURSOR_INIT;
  gsize i = voile_anchor_next (&cursor, t, len, st->sure_until);

  /* Bytes inside a word are never anchors: after a word start, the cursor goes on from the
   * next word start or special byte (the next one in its mask, when nothing was skipped). */
  while (i < len)
    {
      gsize next = at_anchor_byte (st, i);
      next = MAX (next, st->sure_until);
      i = next == i + 1 ? voile_anchor_next_after (&cursor, t, len)
                        : voile_anchor_next (&cursor, t, len, next);
    }
}

/* ---- overlaps ---------------------------------------------------------------------- */

static int
compare_by_start (gconstpointer a, gconstpointer b)
{
  const VoileFinding *fa = a, *fb = b;
  if (fa->start != fb->start)
    return fa->start < fb->start ? -1 : 1;
  if (fa->end != fb->end)
    return fa->end > fb->end ? -1 : 1;
  return 0;
}

/* The better of two overlapping findings: validated beats format-only beats context-only
 * (confidence), then the longer, then the earlier. */
static int
compare_by_merit (gconstpointer a, gconstpointer b)
{
  const VoileFinding *fa = *(const VoileFinding *const *)a;
  const VoileFinding *fb = *(const VoileFinding *const *)b;
  if (fa->confidence != fb->confidence)
    return fa->confidence > fb->confidence ? -1 : 1;
  gsize la = fa->end - fa->start, lb = fb->end - fb->start;
  if (la != lb)
    return la > lb ? -1 : 1;
  if (fa->start != fb->start)
    return fa->start < fb->start ? -1 : 1;
  return 0;
}

/* Sorts findings by start. Anchors come in text order, rules tried from a word before
 * their anchor and later passes (tables, names) append a few findings out of order: the
 * array is a few sorted runs, put in order here in linear time (two runs merged, a few
 * findings moved back) or by merging the runs pairwise (O(n log runs)). Stable, like
 * g_array_sort(), so the same order. */
static void
sort_by_start (GArray *findings)
{
  VoileFinding *f = (VoileFinding *)(gpointer)findings->data;
  guint n = findings->len, split = 1;

  while (split < n && compare_by_start (&f[split - 1], &f[split]) <= 0)
    split++;
  if (split >= n)
    return;

  guint second_end = split + 1;
  while (second_end < n && compare_by_start (&f[second_end - 1], &f[second_end]) <= 0)
    second_end++;
  if (second_end == n)
    {
      /* Two runs (a later pass's findings after the anchors'): only the second, the
       * shorter, is copied; merged from the end, ties keep the first run's finding first. */
      guint m = n - split;
      g_autofree VoileFinding *tail = g_memdup2 (f + split, (gsize)m * sizeof (VoileFinding));
      gssize a = (gssize)split - 1, b = (gssize)m - 1, out = (gssize)n - 1;
      while (b >= 0)
        {
          if (a >= 0 && compare_by_start (&tail[b], &f[a]) < 0)
            f[out--] = f[a--];
          else
            f[out--] = tail[b--];
        }
      return;
    }

  /* A few findings out of place (rules tried from a word before their anchor): each moved
   * back past the strictly later findings only (stable), its place found by a binary search
   * of the sorted ones before it and the later ones moved with one memmove() (one by one,
   * a finding moved back far cost a compare and a copy per finding passed). A budget of
   * findings passed keeps the worst case linear; past it, the merge below sorts what is left
   * (the order of equal findings is still the original one: a stable sort has one result). */
  gsize budget = 8 * (gsize)n;
  guint k = split;
  for (; k < n && budget > 0; k++)
    {
      if (compare_by_start (&f[k - 1], &f[k]) <= 0)
        continue;
      VoileFinding moved = f[k];
      /* f[0, k) is sorted and f[k - 1] is later than moved: the first finding later than
       * it is in [0, k - 1]. */
      guint lo = 0, hi = k - 1;
      /* (Most go back by one: tested first.) */
      if (k >= 2 && compare_by_start (&moved, &f[k - 2]) >= 0)
        lo = hi;
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;
          if (compare_by_start (&moved, &f[mid]) < 0)
            hi = mid;
          else
            lo = mid + 1;
        }
      if (k - lo > budget)
        {
          budget = 0;
          break;
        }
      memmove (f + lo + 1, f + lo, (gsize)(k - lo) * sizeof (VoileFinding));
      f[lo] = moved;
      budget -= k - lo;
    }
  if (k == n && budget > 0)
    return;

  /* Run boundaries: runs[k] is where run k starts, runs[n_runs] == n. */
  g_autofree guint *runs = g_new (guint, n + 1);
  guint n_runs = 0;
  runs[n_runs++] = 0;
  for (guint r = 1; r < n; r++)
    if (compare_by_start (&f[r - 1], &f[r]) > 0)
      runs[n_runs++] = r;
  runs[n_runs] = n;

  g_autofree VoileFinding *buffer = g_new (VoileFinding, n);
  VoileFinding *src = f, *dst = buffer;
  while (n_runs > 1)
    {
      guint out_runs = 0;
      for (guint r = 0; r < n_runs; r += 2)
        {
          guint a = runs[r], mid = runs[MIN (r + 1, n_runs)], end = runs[MIN (r + 2, n_runs)];
          guint x = a, y = mid, o = a;
          /* Ties: the left run's finding first (stable). */
          while (x < mid && y < end)
            dst[o++] = compare_by_start (&src[y], &src[x]) < 0 ? src[y++] : src[x++];
          memcpy (dst + o, src + x, (gsize)(mid - x) * sizeof (VoileFinding));
          o += mid - x;
          memcpy (dst + o, src + y, (gsize)(end - y) * sizeof (VoileFinding));
          runs[out_runs++] = a;
        }
      runs[out_runs] = n;
      n_runs = out_runs;
      VoileFinding *swap = src;
      src = dst;
      dst = swap;
    }
  if (src != f)
    memcpy (f, src, (gsize)n * sizeof (VoileFinding));
}

static void
resolve_overlaps (GArray *findings)
{
  g_autoptr (GPtrArray) group = g_ptr_array_new ();
  g_autoptr (GArray) winners = g_array_new (FALSE, FALSE, sizeof (VoileFinding));
  guint i = 0, out = 0;

  sort_by_start (findings);

  /* Compacts in place: out never passes i. */
  while (i < findings->len)
    {
      VoileFinding *first = &g_array_index (findings, VoileFinding, i);
      gsize group_start = first->start, group_end = first->end;
      guint j = i + 1;

      while (j < findings->len && g_array_index (findings, VoileFinding, j).start < group_end)
        {
          group_end = MAX (group_end, g_array_index (findings, VoileFinding, j).end);
          j++;
        }
      if (j == i + 1)
        {
          g_array_index (findings, VoileFinding, out++) = *first;
          i = j;
          continue;
        }

      if (j == i + 2)
        {
          /* Two findings (most groups): what the general case below does, without its
           * allocations and sorts. The better one wins (the first on a tie: the sort is
           * stable); the other stays only if their spans share no byte (one is empty). */
          VoileFinding a = *first, b = g_array_index (findings, VoileFinding, i + 1);
          const VoileFinding *pa = &a, *pb = &b;
          gboolean b_better = compare_by_merit (&pa, &pb) > 0;
          VoileFinding win = b_better ? b : a, other = b_better ? a : b;
          gboolean other_free = other.end <= other.start || win.end <= win.start
                                || other.end <= win.start || other.start >= win.end;
          if (!other_free)
            g_array_index (findings, VoileFinding, out++) = win;
          else if (compare_by_start (&other, &win) < 0)
            {
              g_array_index (findings, VoileFinding, out++) = other;
              g_array_index (findings, VoileFinding, out++) = win;
            }
          else
            {
              g_array_index (findings, VoileFinding, out++) = win;
              g_array_index (findings, VoileFinding, out++) = other;
            }
          i = j;
          continue;
        }

      /* Overlapping group: best first, each kept only where the span is still free. */
      g_ptr_array_set_size (group, 0);
      for (guint k = i; k < j; k++)
        g_ptr_array_add (group, &g_array_index (findings, VoileFinding, k));
      g_ptr_array_sort (group, compare_by_merit);
      g_autofree guint8 *taken = g_malloc0 (group_end - group_start);
      g_array_set_size (winners, 0);
      for (guint k = 0; k < group->len; k++)
        {
          VoileFinding *f = group->pdata[k];
          gboolean free_span = TRUE;
          for (gsize b = f->start; b < f->end && free_span; b++)
            free_span = !taken[b - group_start];
          if (!free_span)
            continue;
          memset (taken + (f->start - group_start), 1, f->end - f->start);
          g_array_append_val (winners, *f);
        }
      g_array_sort (winners, compare_by_start);
      for (guint k = 0; k < winners->len; k++)
        g_array_index (findings, VoileFinding, out++) = g_array_index (winners, VoileFinding, k);
      i = j;
    }
  g_array_set_size (findings, out);
}

static void
drop_unwanted_types (GArray *findings, guint32 type_mask)
{
  guint out = 0;
  for (guint i = 0; i < findings->len; i++)
    {
      VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      if (type_mask & VOILE_TYPE_BIT (f->type))
        g_array_index (findings, VoileFinding, out++) = *f;
    }
  g_array_set_size (findings, out);
}

static void
drop_inside_placeholders (GArray *findings, GArray *placeholders)
{
  guint out = 0, p = 0;

  if (placeholders->len == 0)
    return;
  for (guint i = 0; i < findings->len; i++)
    {
      VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      while (p < placeholders->len && g_array_index (placeholders, gsize, p + 1) <= f->start)
        p += 2;
      if (p < placeholders->len && g_array_index (placeholders, gsize, p) < f->end)
        continue;
      g_array_index (findings, VoileFinding, out++) = *f;
    }
  g_array_set_size (findings, out);
}

/* (session 19, g19-fp) "18-11-2025", "2026-05-13 14:00:00": a whole date (day, month and
 * four-digit year, either order, with one kind of separator) is when something happened, never a
 * reference nor a document's number, whatever label stands before it. */
static gboolean
is_whole_date (const char *t, gsize n)
{
  if (n > 10 && (t[10] == ' ' || t[10] == 'T') && g_ascii_isdigit (t[0]) && t[4] == '-')
    n = 10; /* a timestamp's date */
  if (n != 10)
    return FALSE;
  gboolean year_first = t[4] == '-' || t[4] == '/' || t[4] == '.';
  gsize a = year_first ? 4 : 2, b = year_first ? 7 : 5;
  if (t[a] != t[b] || (t[a] != '-' && t[a] != '/' && t[a] != '.'))
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (i != a && i != b && !g_ascii_isdigit (t[i]))
      return FALSE;
  const char *y = year_first ? t : t + 6;
  guint year = (guint)((y[0] - '0') * 1000 + (y[1] - '0') * 100 + (y[2] - '0') * 10 + (y[3] - '0'));
  guint d1 = (guint)((t[year_first ? 5 : 0] - '0') * 10 + (t[year_first ? 6 : 1] - '0'));
  guint d2 = (guint)((t[year_first ? 8 : 3] - '0') * 10 + (t[year_first ? 9 : 4] - '0'));
  guint month = year_first ? d1 : d2, day = year_first ? d2 : d1;
  if (!year_first && month > 12 && day <= 12) /* US order */
    month = day, day = d2;
  return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/* (session 19, g19-fp) "rue du 8 Mai 1945", "avenue du 11 Novembre", "Avenida 5 de Mayo",
 * "Via 20 Settembre", "rue 7 novembre": a date naming a street is the street's name. The word
 * before the date (up to 16 bytes back, on the date's line) is a street's kind. */
static gboolean
after_street_word (const char *t, gsize start)
{
  static const char *const words[]
      = { "rue",    "avenue", "av",      "av.",  "bd",    "boulevard", "place",
          "allée",  "allee",  "impasse", "quai", "cours", "chemin",    "route",
          "square", "calle",  "avenida", "rua",  "via",   "viale",     "piazza",
          "corso",  "cité",   "cite",    NULL };
  gsize e = start;
  /* one linking word: "du", "de", "des" */
  while (e > 0 && start - e < 2 && t[e - 1] == ' ')
    e--;
  gsize s = e;
  while (s > 0 && e - s < 12
         && (g_ascii_isalpha (t[s - 1]) || t[s - 1] == '.' || (guchar)t[s - 1] >= 0x80))
    s--;
  if (e == start || s == e || e - s > 9)
    return FALSE;
  if ((e - s == 2 && voile_ascii_strncasecmp (t + s, "du", 2) == 0)
      || (e - s == 2 && voile_ascii_strncasecmp (t + s, "de", 2) == 0)
      || (e - s == 3 && voile_ascii_strncasecmp (t + s, "des", 3) == 0))
    {
      e = s;
      while (e > 0 && s - e < 2 && t[e - 1] == ' ')
        e--;
      if (e == s)
        return FALSE;
      s = e;
      while (s > 0 && e - s < 12
             && (g_ascii_isalpha (t[s - 1]) || t[s - 1] == '.' || (guchar)t[s - 1] >= 0x80))
        s--;
    }
  if (s > 0 && (g_ascii_isalnum (t[s - 1])))
    return FALSE;
  /* an address's street: capitalised ("Place du 14 Juillet"), or after its number, a comma, a
   * label's colon or the line's start ("12 rue du 8 Mai", ", rue 7 novembre"); not "au cours du
   * 10 février", "à la place du 12 mai" */
  gsize b = s;
  while (b > 0 && s - b < 4 && t[b - 1] == ' ')
    b--;
  if (!g_ascii_isupper (t[s])
      && !(b == 0 || g_ascii_isdigit (t[b - 1]) || t[b - 1] == ',' || t[b - 1] == ':'
           || t[b - 1] == '\n' || t[b - 1] == '\t' || t[b - 1] == '"' || t[b - 1] == '\''))
    return FALSE;
  for (const char *const *w = words; *w != NULL; w++)
    if (strlen (*w) == e - s && voile_ascii_strncasecmp (t + s, *w, e - s) == 0)
      return TRUE;
  return FALSE;
}

/* (session 22, g22-addr2) "Erf 1784 Waterkloof Ridge", "ERF 22107 Parow", "Survey No. 114
 * Wagholi", "parcelle 1234 Les Vignes": a land parcel's word before the number makes it the
 * parcel's (a registry's, not marked), not a house's number nor a postcode. The word is read
 * at most 24 bytes back: spaces, a number's word ("No.", "n°"), the parcel's word. */
static gboolean
after_parcel_word (const char *t, gsize start)
{
  static const char *const parcels[]
      = { "erf", "erven", "portion", "parcel", "parcelle", "cadastre", "cadastral", NULL };
  /* only before their number's word: "Title No.", "L.R. No.", "Survey No." */
  static const char *const numbered[]
      = { "title", "l.r.", "lr", "survey", "khasra", "khata", NULL };
  static const char *const numbers[] = { "no", "no.", "n°", "nº", "number", "numéro", NULL };
  gsize e = start;

  for (int round = 0; round < 2; round++)
    {
      gsize b = e;
      while (e > 0 && b - e < 2 && t[e - 1] == ' ')
        e--;
      if (e == b)
        return FALSE;
      gsize s = e;
      while (s > 0 && e - s < 10
             && (g_ascii_isalpha (t[s - 1]) || t[s - 1] == '.' || (guchar)t[s - 1] >= 0x80))
        s--;
      if (s == e || (s > 0 && g_ascii_isalnum (t[s - 1])))
        return FALSE;
      if (voile_ascii_word_in (t + s, e - s, parcels)
          || (round == 1 && voile_ascii_word_in (t + s, e - s, numbered)))
        return TRUE;
      if (round == 1 || !voile_ascii_word_in (t + s, e - s, numbers))
        return FALSE;
      e = s;
    }
  return FALSE;
}

/* (session 23, g23-clean; g23-refs2 had written the same for a sort code before its account,
 * folded here) "07-04-36", "Acct: 30-94-12 00418876": three pairs of digits joined by dashes
 * are a UK or Irish bank's sort code (or a short date), never a person's reference by
 * themselves: the account number after it is (tests/corpus/README.md: "A sort code or a BSB
 * is not marked, its account is"). */
static gboolean
is_dashed_pairs (const char *t, gsize n)
{
  if (n != 8 || t[2] != '-' || t[5] != '-')
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (i != 2 && i != 5 && !g_ascii_isdigit (t[i]))
      return FALSE;
  return TRUE;
}

static void
drop_lookalikes (const char *text, gsize len, GArray *findings, guint32 type_mask)
{
  guint out = 0;
  for (guint i = 0; i < findings->len; i++)
    {
      VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      if ((f->type == VOILE_TYPE_ID_DOCUMENT || f->type == VOILE_TYPE_CUSTOMER_ID)
          && f->end - f->start <= 19 && is_whole_date (text + f->start, f->end - f->start))
        {
          /* a date alone is a date; with its time of day, a machine's timestamp (not marked) */
          if (f->end - f->start != 10 || !(type_mask & VOILE_TYPE_BIT (VOILE_TYPE_DATE))
              || (f->end + 3 < len && (text[f->end] == ' ' || text[f->end] == 'T')
                  && g_ascii_isdigit (text[f->end + 1]) && g_ascii_isdigit (text[f->end + 2])
                  && text[f->end + 3] == ':'))
            continue;
          f->type = VOILE_TYPE_DATE;
        }
      if (f->type == VOILE_TYPE_CUSTOMER_ID && is_dashed_pairs (text + f->start, f->end - f->start))
        continue;
      if (f->type == VOILE_TYPE_EMAIL
          && voile_example_values_placeholder_mailbox (text + f->start, f->end - f->start))
        continue;
      if (f->type == VOILE_TYPE_SECRET
          && (voile_example_values_secret (text + f->start, f->end - f->start)
              || voile_example_values_json_key (text, len, f->start, f->end)))
        continue;
      if (f->type == VOILE_TYPE_DATE && after_street_word (text, f->start))
        continue;
      if (f->type == VOILE_TYPE_POSTAL_ADDRESS && g_ascii_isdigit (text[f->start])
          && after_parcel_word (text, f->start))
        continue;
      g_array_index (findings, VoileFinding, out++) = *f;
    }
  g_array_set_size (findings, out);
}

/* (session 19, g19-fp) "née le 11/03/1987 à Constantine (Algérie)", "born in Florence":
 * the words after a birth's "à" / "in" / "at", and the bracket after them, are a place of
 * birth, never a person, though "Constantine" and "Florence" are given names. The birth word
 * stands at most 40 bytes before the preposition, with a date or nothing between (no comma, no
 * line break); the place runs at most 60 bytes to the name. Reads at most 110 bytes back. */
static gboolean
in_birth_place (const char *t, gsize start)
{
  gsize from = start > 110 ? start - 110 : 0;
  gsize prep = G_MAXSIZE;
  /* the name opens the place ("à Constantine", "in Florence") or its bracket ("(Viêt Nam)") */
  if (start < 3
      || !(t[start - 1] == '('
           || (t[start - 1] == ' '
               && ((guchar)t[start - 2] == 0xA0 || t[start - 2] == 'n' || t[start - 2] == 't'
                   || t[start - 2] == '('))))
    return FALSE;
  gsize i = start;
  /* back over the place: capitalised words, hyphens, apostrophes, one opening bracket */
  while (i > from)
    {
      guchar b = (guchar)t[i - 1];
      if (b == '\n' || b == ',' || b == ';' || b == '.' || b == ':' || b == ')'
          || g_ascii_isdigit (b))
        return FALSE;
      if (start - i > 60)
        return FALSE;
      /* " à " (0xC3 0xA0), " in ", " at " */
      if (i >= 4 && t[i - 1] == ' ' && (guchar)t[i - 2] == 0xA0 && (guchar)t[i - 3] == 0xC3
          && t[i - 4] == ' ')
        {
          prep = i - 4;
          break;
        }
      if (i >= 4 && t[i - 1] == ' ' && t[i - 4] == ' '
          && ((t[i - 3] == 'i' && t[i - 2] == 'n') || (t[i - 3] == 'a' && t[i - 2] == 't')))
        {
          prep = i - 4;
          break;
        }
      i--;
    }
  if (prep == G_MAXSIZE)
    return FALSE;
  /* the birth word, with a date or nothing between */
  gsize stop = prep > 40 ? prep - 40 : 0;
  stop = MAX (stop, from);
  for (gsize k = prep; k > stop; k--)
    {
      guchar b = (guchar)t[k - 1];
      if (b == '\n' || b == ',' || b == ';' || b == ':' || b == '(' || b == ')')
        return FALSE;
      /* "né", "née", "nés", "nées" (é = 0xC3 0xA9), "born" */
      if (k >= 3 && (guchar)t[k - 1] == 0xA9 && (guchar)t[k - 2] == 0xC3
          && (t[k - 3] == 'n' || t[k - 3] == 'N') && (k == 3 || !g_ascii_isalpha (t[k - 4])))
        {
          gsize after = k;
          while (after < prep && (t[after] == 'e' || t[after] == 's'))
            after++;
          if (after == prep || t[after] == ' ' || t[after] == '(')
            return TRUE;
        }
      if (k >= 4 && voile_ascii_strncasecmp (t + k - 4, "born", 4) == 0
          && (k == 4 || !g_ascii_isalpha (t[k - 5])) && (k == prep || !g_ascii_isalpha (t[k])))
        return TRUE;
    }
  return FALSE;
}

static void
drop_birth_places (const char *text, GArray *findings)
{
  guint out = 0;
  for (guint i = 0; i < findings->len; i++)
    {
      const VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      if ((f->type == VOILE_TYPE_PERSON || f->type == VOILE_TYPE_LOCATION)
          && g_ascii_isupper (text[f->start]) && in_birth_place (text, f->start))
        continue;
      g_array_index (findings, VoileFinding, out++) = *f;
    }
  g_array_set_size (findings, out);
}

VoileScanResult *
voile_engine_scan (VoileEngine *engine, const char *text, gsize len, guint32 type_mask)
{
  VoileScanResult *result = voile_scan_result_new ();
  g_autoptr (GArray) placeholders = g_array_new (FALSE, FALSE, sizeof (gsize));
  ScanState st = {
    .engine = engine,
    .text = text,
    .len = len,
    .findings = result->findings,
    .placeholders = placeholders,
    .probe_from = G_MAXSIZE,
  };

  g_return_val_if_fail (engine != NULL, result);
  if (text == NULL || len == 0)
    return result;

  /* Birth dates are also found as dates promoted by their context: look for dates when
   * either is asked for, drop what was not asked for at the end. */
  guint32 search_mask = type_mask;
  if (type_mask & VOILE_TYPE_BIT (VOILE_TYPE_DATE_OF_BIRTH))
    search_mask |= VOILE_TYPE_BIT (VOILE_TYPE_DATE);
  for (guint i = 0; i < engine->n_rules; i++)
    if (search_mask & VOILE_TYPE_BIT (engine->rules[i].type))
      rule_set_add (&st.enabled, i);
  st.digit_enabled = digit_slots_select (&engine->digit_slots, &st.enabled);
  for (guint bank = 0; bank < KW_BANKS; bank++)
    st.kw_enabled[bank] = rule_slots_select (&engine->kw_slots[bank], &st.enabled);

  /* Room for one finding per 64 bytes (the bench and the corpus hold one per 90, names
   * included): growing past the room copies the whole array into fresh pages, paid in
   * page faults too (a few % of a large scan). Only touched pages cost memory. */
  g_array_set_size (result->findings, (guint)MIN (len / 64 + 16, (gsize)1 << 20));
  st.findings_room = result->findings->len;
  g_array_set_size (result->findings, 0);
  st.md = pcre2_match_data_create (engine->max_pairs + 1, NULL);
  find_anchors (&st);
  pcre2_match_data_free (st.md);

  resolve_overlaps (result->findings);
  /* a passport's or an identity card's machine-readable zone: its number and dates */
  if ((search_mask
       & (VOILE_TYPE_BIT (VOILE_TYPE_ID_DOCUMENT) | VOILE_TYPE_BIT (VOILE_TYPE_DATE_OF_BIRTH)
          | VOILE_TYPE_BIT (VOILE_TYPE_DATE)))
      && voile_mrz_find (text, len, search_mask, result->findings))
    resolve_overlaps (result->findings);
  /* (g18-ids2) XML elements named for a person's reference or document */
  if (voile_rules_xml_keys (text, len, search_mask, result->findings))
    resolve_overlaps (result->findings);
  guint before_tables = result->findings->len;
  voile_tables_apply (text, len, search_mask, result->findings);
  if (search_mask & VOILE_TYPE_BIT (VOILE_TYPE_POSTAL_ADDRESS))
    {
      if (result->findings->len != before_tables)
        resolve_overlaps (result->findings);
      before_tables = result->findings->len;
      voile_tables_complete_addresses (text, len, result->findings);
    }
  if (result->findings->len != before_tables)
    resolve_overlaps (result->findings);
  if ((search_mask
       & (VOILE_TYPE_BIT (VOILE_TYPE_CUSTOMER_ID) | VOILE_TYPE_BIT (VOILE_TYPE_ID_DOCUMENT)))
      && voile_reference_lists_extend (text, len, result->findings))
    resolve_overlaps (result->findings);
  drop_lookalikes (text, len, result->findings, search_mask);
  if (type_mask & VOILE_TYPE_BIT (VOILE_TYPE_DATE_OF_BIRTH))
    voile_tables_promote_birth_dates (text, len, result->findings);
  if (search_mask != type_mask)
    drop_unwanted_types (result->findings, type_mask);
  drop_inside_placeholders (result->findings, placeholders);

  if (type_mask & (VOILE_TYPE_BIT (VOILE_TYPE_PERSON) | VOILE_TYPE_BIT (VOILE_TYPE_LOCATION)))
    {
      guint before = result->findings->len;
      /* a name across a wrapped paragraph's line break: the finder reads the break as a space */
      char *unwrapped = voile_prose_unwrap (text, len);
      voile_name_finder_find (engine->names, unwrapped != NULL ? unwrapped : text, len, type_mask,
                              result);
      if (unwrapped != NULL)
        voile_wipe_free (unwrapped, len);
      if (result->findings->len != before)
        {
          resolve_overlaps (result->findings);
          drop_inside_placeholders (result->findings, placeholders);
          drop_birth_places (text, result->findings);
          if (type_mask & VOILE_TYPE_BIT (VOILE_TYPE_DATE_OF_BIRTH))
            voile_tables_promote_dates_after_names (text, len, result->findings);
          /* (g23-addr) a number right after a name found, in a phone's groups: "CHW Nkandu
           * 0955 330 942", "Jimmy (93 28 51)" (inserted in order, over no finding) */
          if (type_mask & VOILE_TYPE_BIT (VOILE_TYPE_PHONE))
            voile_person_phones_find (text, len, result->findings);
          /* the names found make a table's rows people: its number column their references */
          guint columns = result->findings->len;
          if (type_mask & VOILE_TYPE_BIT (VOILE_TYPE_CUSTOMER_ID))
            voile_tables_person_id_columns (text, len, result->findings);
          if (result->findings->len != columns)
            {
              resolve_overlaps (result->findings);
              drop_inside_placeholders (result->findings, placeholders);
            }
          /* the name a form is about makes its number fields that person's references
           * (inserted in order, over no finding: nothing to resolve) */
          if (type_mask & VOILE_TYPE_BIT (VOILE_TYPE_CUSTOMER_ID))
            voile_form_ids_find (text, len, result->findings);
        }
    }
  /* (g25-phones) a national number in the groups of a phone found in the same text (inserted
   * in order, over no finding: nothing to resolve) */
  if (type_mask & VOILE_TYPE_BIT (VOILE_TYPE_PHONE))
    voile_layout_phones_find (text, len, result->findings);
  /* (g21-tables) the columns of references their cells' shape tells in a table of people:
   * its names found above, or its birth dates (a hospital's extract of stays) */
  if (type_mask & VOILE_TYPE_BIT (VOILE_TYPE_CUSTOMER_ID))
    {
      guint columns = result->findings->len;
      voile_tables_person_shape_columns (text, len, result->findings);
      /* (g22-tables) a JSON object's "id" beside the name found in its "name" (the first
       * `columns` findings sorted; inserted in order, over no finding, when the tables
       * added none: nothing to resolve then) */
      gboolean shaped = result->findings->len != columns;
      voile_tables_json_person_ids (text, len, result->findings, columns, !shaped);
      if (shaped)
        {
          resolve_overlaps (result->findings);
          drop_inside_placeholders (result->findings, placeholders);
        }
    }
  /* (g22-clean) a fixture's, a schema's, a template's and a document's values that are no
   * one's */
  voile_example_values_apply (text, len, result->findings,
                              (type_mask & VOILE_TYPE_BIT (VOILE_TYPE_DATE)) != 0);
  /* (g26-judge) a text judged about no person loses its few weak findings */
  voile_document_judge_apply (text, len, result->findings);
  return result;
}

void
voile_scan_result_keep_types (VoileScanResult *result, guint32 type_mask)
{
  g_return_if_fail (result != NULL);
  if ((type_mask & VOILE_TYPE_MASK_ALL) != VOILE_TYPE_MASK_ALL)
    drop_unwanted_types (result->findings, type_mask);
}

gboolean
voile_scan_result_has_direct_identifier (const VoileScanResult *result)
{
  for (guint i = 0; i < result->findings->len; i++)
    if (!voile_type_is_quasi_identifier (g_array_index (result->findings, VoileFinding, i).type))
      return TRUE;
  return FALSE;
}

/* The form of a value that does not change with how it is written: digits and letters
 * only, upper-cased, for numbers; case-folded with single spaces for words. */
static char *
normalize_value (VoileType type, const char *text, gsize len)
{
  GString *s = g_string_sized_new (len);
  gboolean numeric = type != VOILE_TYPE_POSTAL_ADDRESS && type != VOILE_TYPE_PERSON
                     && type != VOILE_TYPE_LOCATION && type != VOILE_TYPE_SECRET
                     && type != VOILE_TYPE_EMAIL && type != VOILE_TYPE_DATE
                     && type != VOILE_TYPE_DATE_OF_BIRTH;
  gboolean space = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar)text[i];
      if (numeric)
        {
          if (g_ascii_isalnum (c))
            g_string_append_c (s, g_ascii_toupper (c));
        }
      else if (g_ascii_isspace (c))
        space = s->len > 0;
      else
        {
          if (space)
            g_string_append_c (s, ' ');
          space = FALSE;
          g_string_append_c (s, type == VOILE_TYPE_SECRET ? (char)c : g_ascii_tolower (c));
        }
    }
  return g_string_free (s, FALSE);
}

void
voile_scan_result_count_by_type (const VoileScanResult *result, const char *text,
                                 guint counts[VOILE_N_TYPES])
{
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  memset (counts, 0, sizeof (guint) * VOILE_N_TYPES);
  for (guint i = 0; i < result->findings->len; i++)
    {
      const VoileFinding *f = &g_array_index (result->findings, VoileFinding, i);
      char *key;

      if (f->entity > 0)
        key = g_strdup_printf ("%u#%u", f->type, f->entity);
      else
        {
          g_autofree char *norm = normalize_value (f->type, text + f->start, f->end - f->start);
          if (f->type == VOILE_TYPE_PHONE)
            {
              /* +33 6…, 0033 6… and 06… are one number (as the anonymizer keys them). */
              const char *rest = NULL;
              if (text[f->start] == '+' && g_str_has_prefix (norm, "33"))
                rest = norm + 2;
              else if (g_str_has_prefix (norm, "0033"))
                rest = norm + 4;
              if (rest != NULL)
                {
                  char *local = g_strconcat (rest[0] == '0' ? "" : "0", rest, NULL);
                  g_free (norm);
                  norm = local;
                }
            }
          key = g_strdup_printf ("%u:%s", f->type, norm);
        }
      if (g_hash_table_add (seen, key))
        counts[f->type]++;
    }
}
