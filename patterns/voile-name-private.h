/* voile-name-private.h — what the parts of the name finder share while scanning one text.
 *
 * The finder collects mentions (a span, a type and the key of the person or place) from
 * the prose rules (voile-names.c) and the structured-text rules (voile-name-fields.c) into
 * a collector (voile-name-collector.c), then voile-name-entities.c adds later mentions,
 * resolves entities and appends findings.
 */
#pragma once

#include <glib.h>

#include "voile-engine.h"
#include "voile-name-lexicon.h"
#include "voile-name-tokens.h"

#include <string.h>

G_BEGIN_DECLS

typedef enum
{
  VOILE_FIELD_NONE,
  VOILE_FIELD_PERSON, /* "client", "patient", "nom complet": a whole name */
  VOILE_FIELD_NAME,   /* a bare "name": also products, packages… so only names that look so */
  VOILE_FIELD_FIRST,  /* "prénom", "first_name" */
  VOILE_FIELD_LAST,   /* "nom", "last_name" */
  VOILE_FIELD_CITY,   /* "ville", "city" */
  VOILE_FIELD_STAFF,  /* "Collab.", "Initials", "Timekeeper": a staff member, often as initials */
  VOILE_FIELD_USER,   /* "Reporter", "Assignee", "Owner", "Discord": an account's login */
  /* Or'ed in: the record surely describes a person (a table with first-name and
   * last-name columns, or a name column beside an e-mail column): common words and
   * names in no list are taken ("Poulain", "Nkechi Eze"). */
  VOILE_FIELD_RELAXED = 0x10,
} VoileFieldKind;

#define VOILE_FIELD_KIND_MASK 0x0f

typedef struct
{
  gsize start;
  gsize end;
  VoileType type;
  float confidence;
  const char *key; /* entity key (interned), "" for LOCATION: never NULL */
  guint8 field;    /* VoileFieldKind, for joining first and last names of one record */
  guint16 why;     /* VoileNameWhy: why voile-name-candidates.c proposed it; 0 for the rules' */
  guint record;    /* structured record (row, tuple, object); 0 in prose */
} VoileNameMention;

typedef struct
{
  guint32 start;
  guint32 end;
} VoileSpan;

typedef struct
{
  const char *text;
  gsize len;
  guint32 type_mask;
  const VoileScanResult *result; /* the structured findings, sorted */
  GArray *mentions;              /* of VoileNameMention */
  GStringChunk *strings;
  GArray *scratch;            /* of VoileToken, for field values */
  GArray *capitals;           /* of VoileSpan: every capitalised word, for later mentions */
  guint finding_hint;         /* last answer of the search for a structured finding */
  guint record;               /* current record number; 0 = none */
  guint record_first_mention; /* index of the record's first mention */
  GString *key;               /* scratch for a mention's key: one buffer, no allocation each */
  GHashTable *key_parts;      /* while finishing: interned key -> 1 + index in key_part_pool */
  GPtrArray *key_part_pool;   /* while finishing: per key, its number of parts, their sources */
  GArray *tentative;          /* of VoileToken: lower-case words that may be names, or NULL */
  GArray *lower_words;        /* of VoileSpan: for voile-name-candidates.c, or NULL */
  double prior_score;         /* the document prior's score, once prior_scored */
  gboolean prior_scored;
  guint account_names; /* logins spelling a name in a table's account column ("Assignee") */
  /* A chat's sender in no list, confirmed as sending in a dialogue up to sender_until, so
   * that its next lines need not look again (voile-names.c). */
  char sender[48];
  gsize sender_until;
  /* The word (its start + 1) that sender_repeats() last found no dialogue for: a chat
   * header's sender is asked twice. */
  gsize not_sender_at;
  /* While lines are read: the number of mentions when the line began, and the largest end
   * of mentions[0, ends_upto) (voile-names.c, earlier_mentions_end()). */
  guint line_first_mention;
  guint ends_upto;
  gsize ends_max;
} VoileNameCollector;

/* TRUE when a mention found so far overlaps [start, end), a span of the current line. */
gboolean
voile_name_collector_holds (VoileNameCollector *c, gsize start, gsize end);

/* TRUE when [start, end) overlaps a structured finding or a Voile placeholder. */
gboolean
voile_name_collector_blocked (VoileNameCollector *c, gsize start, gsize end);

/* Adds a PERSON mention whose words are tokens[first..last]. given_at: index of the first
 * given-name word when the surname comes first in the text ("DUPONT Marie"), else 0: the
 * canonical key always puts given names first. */
void
voile_name_collector_add_person (VoileNameCollector *c, const VoileToken *tokens, guint first,
                                 guint last, guint given_at, float confidence,
                                 VoileFieldKind field);
void
voile_name_collector_add_location (VoileNameCollector *c, gsize start, gsize end, float confidence);

/* Structured records: mentions of a first-name field and a last-name field in one
 * record are one person. */
void
voile_name_collector_begin_record (VoileNameCollector *c);
void
voile_name_collector_end_record (VoileNameCollector *c);

/* A field value (CSV cell, "Key: value", JSON or SQL string) of the given kind: adds a
 * mention when it looks like a name (or a city). FALSE when it does not. */
gboolean
voile_name_collector_add_field (VoileNameCollector *c, gsize start, gsize end, VoileFieldKind kind);

/* An HL7 v2 segment line ("PID|1||…||DUPONT^Marie|…"): adds the names of its name fields.
 * FALSE when the line is no segment that holds names. */
gboolean
voile_name_find_hl7_segment (VoileNameCollector *c, gsize s, gsize line_end);

/* Passengers' names as reservations write them, "HOFFMANN/JULIA MRS", among the line's
 * words (voile-name-gds.c). */
void
voile_name_find_gds (VoileNameCollector *c, GArray *tokens);
/* A PAXLST message's "NAD+FL+++SURNAME:GIVEN+…" segment at text[s, line_end). */
void
voile_name_find_paxlst_name (VoileNameCollector *c, gsize s, gsize line_end);

/* A passport's or an identity card's machine-readable zone opening at text[s] (its first
 * line ends at line_end): adds its holder's name. FALSE when no zone opens there. */
/* The parties of a case title in capitals on the line ("ADEWUNMI & ANOR v. SHITTU"). */
void
voile_name_find_case_titles (VoileNameCollector *c, GArray *tokens, gsize line_start,
                             gsize line_end, guint marks);

gboolean
voile_name_find_mrz (VoileNameCollector *c, gsize s, gsize line_end);

/* Structured text: call once per line, in order, with the line's VoileLineMarks; state
 * persists between lines. */
typedef struct _VoileFieldState VoileFieldState;
VoileFieldState *
voile_field_state_new (void);
void
voile_field_state_free (VoileFieldState *state);
void
voile_name_find_fields (VoileNameCollector *c, VoileFieldState *state, gsize line_start,
                        gsize line_end, guint marks);

/* Was the last line given to voile_name_find_fields() a row of a table of things
 * (products, companies, hosts)? Its cells are not read as prose. */
gboolean
voile_field_state_things_row (const VoileFieldState *state);

/* Classifies a header or key ("first_name", "Nom du client", "ville"). */
VoileFieldKind
voile_name_classify_key (const char *key, gsize len, gboolean *is_from);

/* ---- shared limits and confidences ---------------------------------------------------- */

/* A name has at most this many words (particles not counted). */
#define NAME_WORDS_MAX 4
/* Longest structured value taken for a name or a city. */
#define MAX_FIELD_LEN 80

/* Below this many words a text is a snippet, not general prose (see
 * drop_bare_without_context()). */
#define PROSE_MIN_WORDS 60
/* A snippet naming this many people in full with no context is general prose too. */
#define SNIPPET_PEOPLE_MAX 3

#define CONFIDENCE_CONTEXT 0.9f
#define CONFIDENCE_GREETING 0.85f
/* A name after a greeting word ("Dear Ifeoluwa,"): a message to someone, context for the
 * whole text (CONFIDENCE_GREETING, shared with chat headers, counts as bare). */
#define CONFIDENCE_SALUTATION 0.87f
#define CONFIDENCE_PAIR 0.85f
#define CONFIDENCE_ADMIN 0.86f
#define CONFIDENCE_FIELD 0.9f
#define CONFIDENCE_LATER 0.8f
#define CONFIDENCE_INITIAL 0.7f
#define CONFIDENCE_LIST 0.75f
/* A name found only beside names that the lists alone found ("Thackeray and Wilkie Collins" in
 * an essay): as bare as they are. */
#define CONFIDENCE_LIST_BARE 0.74f
#define CONFIDENCE_SINGLE 0.6f
/* Two capitalised words in no list ("Aïssatou Keïta"): bare, and in a snippet kept only
 * beside names the lists know ("Petzl Actik" in a kit list is a brand). */
#define CONFIDENCE_UNLISTED 0.62f
#define CONFIDENCE_LOCATION 0.8f

/* ---- word predicates (the token must have been looked up for the name tests) ------------ */

static inline VoileToken *
tok (GArray *tokens, guint i)
{
  return &g_array_index (tokens, VoileToken, i);
}

/* The index of the first token whose start (by_end: whose end) is at or after pos, or
 * tokens->len. The tokens follow the text, so starts and ends both increase: a binary
 * search, since a line without breaks is cut only every LINE_CHUNK_MAX bytes and holds
 * thousands of words, which a walk from the first one per mention read again. */
static inline guint
token_index_from (GArray *tokens, gsize pos, gboolean by_end)
{
  guint lo = 0, hi = tokens->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const VoileToken *t = tok (tokens, mid);
      if ((by_end ? t->end : t->start) < pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static inline gboolean
is_candidate (const VoileToken *t)
{
  return t->shape == VOILE_SHAPE_CAP || t->shape == VOILE_SHAPE_UPPER
         || t->shape == VOILE_SHAPE_INITIAL;
}

static inline gboolean
is_nameish (const VoileToken *t)
{
  return (t->name_flags & (VOILE_NAME_FIRST | VOILE_NAME_LAST)) != 0;
}

static inline gboolean
is_word_only (const VoileToken *t)
{
  return (t->name_flags & VOILE_NAME_WORD) && !is_nameish (t);
}

static inline gboolean
is_unknown (const VoileToken *t)
{
  return t->shape != VOILE_SHAPE_INITIAL
         && !(t->name_flags & (VOILE_NAME_FIRST | VOILE_NAME_LAST | VOILE_NAME_WORD));
}

static inline gboolean
is_firm_first (const VoileToken *t)
{
  return (t->name_flags & VOILE_NAME_FIRST)
         && !(t->name_flags & (VOILE_NAME_AMBIGUOUS | VOILE_NAME_PROPER));
}

static inline gboolean
is_firm_last (const VoileToken *t)
{
  return (t->name_flags & VOILE_NAME_LAST)
         && !(t->name_flags & (VOILE_NAME_AMBIGUOUS | VOILE_NAME_PROPER));
}

static inline gboolean
is_particle (const VoileToken *t)
{
  /* "D. Okafor": a capital and a dot is an initial, not "d'" (D'Ornano). */
  return (t->context_flags & VOILE_CONTEXT_PARTICLE) && t->shape != VOILE_SHAPE_OTHER
         && t->end - t->start <= 5 && !(t->shape == VOILE_SHAPE_INITIAL && t->dot_after);
}

/* Words that end a name: "Lundi", "Madame", "SARL", and "OU", "ET" between two in capitals. */
static inline gboolean
is_breaker (const VoileToken *t)
{
  return t->shape == VOILE_SHAPE_OTHER || t->shape == VOILE_SHAPE_LOWER
         || (t->context_flags
             & (VOILE_CONTEXT_TITLE | VOILE_CONTEXT_GREETING | VOILE_CONTEXT_STOP
                | VOILE_CONTEXT_ORG_AFTER | VOILE_CONTEXT_CLOSING | VOILE_CONTEXT_JOIN));
}

static inline gboolean
has_vowel (const char *text, const VoileToken *t)
{
  for (gsize i = t->start; i < t->end; i++)
    if (strchr ("aeiouyAEIOUY", text[i]) != NULL || (guchar)text[i] >= 0x80)
      return TRUE;
  return FALSE;
}

/* Joined to the next word for a name: only spaces between, or the dot of an initial or of
 * an abbreviated title ("J. Dupont", "M. Martin", "Dr. Petit"). */
static inline gboolean
joins_next (const VoileToken *t)
{
  if (!t->joined)
    return FALSE;
  if (!t->dot_after)
    return TRUE;
  return t->shape == VOILE_SHAPE_INITIAL || (t->context_flags & VOILE_CONTEXT_TITLE);
}

/* Does tokens[i] carry the context flag? Looks the small table up once. */
static inline gboolean
voile_name_token_has_context (const char *text, GArray *tokens, guint i, guint32 flag)
{
  VoileToken *t = tok (tokens, i);

  voile_token_lookup_context (text, t);
  return (t->context_flags & flag) != 0;
}

/* Is tokens[i] a word of a street or a firm ("Road", "Ltd", "SA", and "Rd", "Co", which
 * only the short words' table holds, in lower case)? */
static inline gboolean
voile_name_token_is_org_word (const char *text, GArray *tokens, guint i)
{
  const VoileToken *t = tok (tokens, i);

  if (t->end - t->start == 2)
    {
      const char lower[2]
          = { g_ascii_tolower (text[t->start]), g_ascii_tolower (text[t->start + 1]) };
      if (voile_name_short_word (lower) & VOILE_CONTEXT_ORG_AFTER)
        return TRUE;
    }
  /* "Vinos del Maule SpA": an Italian or a Chilean legal form, in mixed case, which the
   * tokenizer shapes as no word */
  if (t->shape == VOILE_SHAPE_OTHER && t->end - t->start == 3
      && memcmp (text + t->start, "SpA", 3) == 0)
    return TRUE;
  return voile_name_token_has_context (text, tokens, i, VOILE_CONTEXT_ORG_AFTER);
}

/* Index of the first given-name word of a name whose words are tokens[names[0..n)], when
 * the surname comes first ("DUPONT Marie", "DELMAS CORINNE"); else 0. */
guint
voile_name_given_index (GArray *tokens, const guint *names, guint n);

/* Appends the folded word to key, after a space when key is not empty (its lower-case
 * bytes when it cannot be folded). */
void
voile_name_append_folded (GString *key, const char *word, gsize len);

/* TRUE when [start, end) overlaps a structured finding of the given type. */
gboolean
voile_name_collector_overlaps (VoileNameCollector *c, gsize start, gsize end, VoileType type);

/* The document prior's score of the text, read once however many questions ask it. */
double
voile_name_collector_prior_score (VoileNameCollector *c);

gboolean
voile_name_collector_people_table (const VoileNameCollector *c);

gboolean
voile_name_mention_fills_name_element (VoileNameCollector *c, const VoileNameMention *m);

/* Is m a person after a greeting, with a title or not ("Dear Ifeoluwa,", "Dear Ms Hale,")? */
gboolean
voile_name_mention_greeted (VoileNameCollector *c, const VoileNameMention *m);
/* Is the name the value of a label giving a person's role ("chair: …", "Jury du concours :
 * …, …", "Organiser: …")? (voile-name-entities.c) */
/* Does the name close a programme's timed row ("10:40  Title      Pieter van der Berg")?
 * (voile-name-entities.c) */
gboolean
voile_name_mention_closes_timed_row (VoileNameCollector *c, const VoileNameMention *m);
gboolean
voile_name_mention_after_role_label (VoileNameCollector *c, const VoileNameMention *m,
                                     gboolean keys);

/* The sentence around text[start, end) within its line (at most 1 KB each side): a
 * paragraph's other sentences say nothing of the name. */
void
voile_name_sentence_around (const char *text, gsize len, gsize start, gsize end, gsize *from,
                            gsize *to);

/* After the line pass: drops list-only names in context-free prose, marks later mentions
 * and e-mail name parts, groups mentions into entities and appends the findings. words:
 * the text's word count. */
void
voile_name_collector_finish (VoileNameCollector *c, guint words);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VoileFieldState, voile_field_state_free)

/* Found by the lists alone, with no context word: "Marie Dupont", "Sophie". */
static inline gboolean
voile_name_mention_is_bare (const VoileNameMention *m)
{
  return m->type == VOILE_TYPE_PERSON
         && (m->confidence == CONFIDENCE_PAIR || m->confidence == CONFIDENCE_SINGLE
             || m->confidence == CONFIDENCE_INITIAL || m->confidence == CONFIDENCE_LIST_BARE
             || m->confidence == CONFIDENCE_UNLISTED);
}

/* Is word[0, len) a function word of a language typed in Latin letters in chats that the
 * finder does not read ("lang", "nila", "hai", "abhi": in the name lists, never a lower-case
 * name by itself)? Lower-case ASCII only (voile-name-logins.c). */
gboolean
voile_name_chat_function_word (const char *word, gsize len);

/* The entry of a list of words sorted in strcmp() order that equals word, or NULL. */
const char *const *
voile_name_sorted_lookup (const char *const *list, gsize n, const char *word);

/* The start of the word (letters, UTF-8 bytes) of at most max_len bytes that ends before the
 * single space at text[p - 1]; p when there is none. */
gsize
voile_name_word_start_before (const char *text, gsize p, gsize max_len);

/* Two words that an e-mail address on their line spells ("june whitlock" beside
 * "junewhitlock1952@…", "dan mcgarrigle" beside "dmcgarrigle@…"): a person, whatever their
 * case (voile-name-email-pairs.c). */
void
voile_name_find_email_pairs (VoileNameCollector *c);

/* The name a booking is under, before its party size ("T1   Guérin x2", "Pham 4 pers",
 * "Lagarde / Berthier x6"): tokens[i] is a capitalised word followed by 'x', 'p' or a digit
 * (voile-name-bookings.c). */
void
voile_name_find_booking (VoileNameCollector *c, GArray *tokens, guint i, gsize line_start,
                         gsize line_end);

/* The town after a street on the line: "12 rue Nationale, Tours" (voile-name-towns.c).
 * first: the index of the first structured finding that ends after the line's start. */
void
voile_name_find_towns_after_streets (VoileNameCollector *c, guint first, gsize line_end);

/* Does s[0, n) name a country ("New Zealand", "Pologne", "UNITED KINGDOM")? */
gboolean
voile_name_is_country (const char *s, gsize n);

/* Drops the mentions of pets named like people ("Rose (standard poodle)", "Misty, cat",
 * "ma chienne Olive") and their other mentions (voile-name-things.c). TRUE when it dropped
 * one. */
gboolean
voile_name_drop_pets (VoileNameCollector *c);
/* Drops the names of chat assistants ("Assistant virtuel Lou", "I'm Ava, your virtual
 * assistant", "Max (bot)") and their other mentions (voile-name-bots.c). */
void
voile_name_drop_bots (VoileNameCollector *c);
/* Drops the names holding the Welsh letters ŵ or ŷ ("Tŷ Glan Môr", "Llŷn"): places and
 * houses, with their other mentions (voile-name-places.c). */
void
voile_name_drop_welsh_places (VoileNameCollector *c);
/* Drops a city alone on its line that is the given name of a person the text names in full
 * ("Linh" signing after "De : Linh Nguyen-Thibault"): later mentions take it as the person
 * (voile-name-places.c). */
void
voile_name_drop_given_name_places (VoileNameCollector *c);
/* Drops the names that stand only as a town or a region before its country ("Viet Yen, Bac
 * Giang, Vietnam", "SAN ANTONIO, CHILE"), with their other mentions. */
void
voile_name_drop_address_chains (VoileNameCollector *c);
/* Drops a word that follows an ordinal twice or more ("2nd Dan", "6th Dan"), a grade, with
 * its other mentions (voile-name-ranks.c). */
void
voile_name_drop_ranks (VoileNameCollector *c);
/* Drops the months that are given names too, after a word of time and before the clause's
 * end or a number ("till Jan", "since June 2024") (voile-name-months.c). */
void
voile_name_drop_months (VoileNameCollector *c);
/* Words the lists hold as names that are no one where they stand, each dropped alone by
 * voile-name-entities.c: a greeting of another language ("Kia ora Tama,", "Tēnā koe Ana",
 * "Ngā mihi,"; voile-name-greetings.c), a French question's verb and pronoun ("Pouvez-vous";
 * voile-name-inversions.c), a country ending an address ("…, Porto, Portugal";
 * voile-name-places.c), a cell of a delimited table's column of states or vehicles
 * ("Statut": "Honoré"; voile-name-things.c). */
gboolean
voile_name_greets (VoileNameCollector *c, const VoileNameMention *m);
gboolean
voile_name_is_inversion (VoileNameCollector *c, const VoileNameMention *m);
gboolean
voile_name_is_country_mention (VoileNameCollector *c, const VoileNameMention *m);
/* The header last found for a delimited row, kept while the rows follow each other. */
typedef struct
{
  char delim; /* 0: none yet */
  gsize header, header_end, row, row_end;
} VoileStateCache;
gboolean
voile_name_in_state_column (VoileNameCollector *c, const VoileNameMention *m,
                            VoileStateCache *cache);
/* Drops the makers and models read as names ("Dacia Duster", "Omega Seamaster") and the
 * credits of quoted works ("We'll Meet Again" (Vera Lynn)). */
void
voile_name_drop_products (VoileNameCollector *c);
/* Drops the one-word models named after their model year ("your 2011 Camry", "2022 Camry
 * SE") and a law's articles ("Art. 196"), found by any pass (voile-name-things.c). */
void
voile_name_drop_numbered_things (VoileNameCollector *c);
/* Drops the firms, institutions and venues named like people ("Torbay Orthodontics", "Calder
 * Finishing", "Bank of America", "Le Pierre Curie") when no mention of them stands as a
 * person's (voile-name-firms.c). */
void
voile_name_drop_firms (VoileNameCollector *c);
/* Drops the storms named like people ("tempête Ciarán", "Storm Darragh"), and in a text
 * naming two storms or more, the single names it lists with them (voile-name-things.c). */
void
voile_name_drop_storms (VoileNameCollector *c);
/* Drops the public figures named in full ("Alan Turing", "Émile Zola") and their later
 * mentions, unless a title, a greeting or a name field makes one a person of the text
 * (voile-name-figures.c). */
void
voile_name_drop_public_figures (VoileNameCollector *c);
/* Drops the surnames of eponyms ("Parkinson's disease", "maladie d'Alzheimer", "théorème
 * de Pythagore") and the namesakes ending on them ("James Parkinson") (voile-name-eponyms.c). */
void
voile_name_drop_eponyms (VoileNameCollector *c);
/* Drops the characters named alone in a text citing three Bible passages or more ("Ruth
 * 1:16", "Leviticus 25:25") (voile-name-scripture.c). */
void
voile_name_drop_scripture_characters (VoileNameCollector *c);
/* Is the name at text[p] said after a title or a greeting ("Bonjour Claudia,", "Mrs
 * Okafor")? (voile-name-things.c) */
gboolean
voile_name_addressed (const char *text, gsize p);

/* ---- logins and lower-case chat names (voile-name-logins.c) ----------------------------- */

typedef struct _VoileLoginState VoileLoginState;
VoileLoginState *
voile_login_state_new (void);
void
voile_login_state_free (VoileLoginState *state);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VoileLoginState, voile_login_state_free)

/* "Username          rohan_deshpande", "Account: seoyeon_lee": a login after a user's
 * label opening the line, then a colon, a wide gap, dot leaders or a tab. */
void
voile_name_label_line_login (VoileNameCollector *c, gsize line_start, gsize line_end);
/* "run by gsinclair": the login of the person who did an office act, after "by", over the
 * whole text (voile-name-logins.c). */
void
voile_name_find_agent_logins (VoileNameCollector *c);
/* The first two letters of a label voile_name_label_line_login() knows ("us", "lo", "ha",
 * "ac", "ga", "sc", "ps", "id", "ch"), any case: a line's first word tried before the call. */
static inline gboolean
voile_name_label_line_may (const char *w)
{
  char a = (char)(w[0] | 0x20), b = (char)(w[1] | 0x20);
  return (b == 's' && (a == 'u' || a == 'p')) || (a == 'l' && b == 'o')
         || (b == 'a' && (a == 'h' || a == 'g')) || (b == 'c' && (a == 'a' || a == 's'))
         || (a == 'i' && b == 'd') || (a == 'c' && b == 'h');
}

/* Logins that spell a name in the line (a log's user field, a chat handle, a profile URL)
 * and the lower-case names of chat lines (lines with n_capitals capitalised words at most
 * two); the chat's speakers are judged at the end. Returns the offset of the next byte that
 * needs a line read whatever its marks: lines before it need VOILE_LOGIN_MARKS. */
#define VOILE_LOGIN_MARKS                                                                          \
  (VOILE_LINE_KEY | VOILE_LINE_BRACKET | VOILE_LINE_SCHEME | VOILE_LINE_UNSEEN)
gsize
voile_name_find_logins (VoileNameCollector *c, VoileLoginState *state, GArray *tokens,
                        gsize line_start, gsize line_end, guint marks, guint n_capitals);
/* words: the text's word count; lower_lines: its lines that open on a lower-case word. */
void
voile_name_end_logins (VoileNameCollector *c, VoileLoginState *state, guint words,
                       guint lower_lines);
/* Reports the login text[start, end) as a PERSON when it spells a name ("grace.adebayo",
 * "jdurand", "luis_arroyo_studio"; loose: where a login is expected, "lea_m", "Lopez_Carmen").
 * FALSE when it does not. */
gboolean
voile_name_add_login (VoileNameCollector *c, gsize start, gsize end, gboolean loose);
/* Reports text[start, end), a login no list spells ("nkemi.obi", "dmokoena"), as a PERSON:
 * for a column of logins where another login spells a name. */
gboolean
voile_name_add_unlisted_login (VoileNameCollector *c, gsize start, gsize end);
/* Reports a handle the text declares as an account ("Username  rohan_deshpande", "his
 * gamertag is JaylenOW_09") as a person: a login that spells a name, or one in no list whose
 * parts are no service's nor only common words. */
gboolean
voile_name_add_declared_handle (VoileNameCollector *c, gsize start, gsize end);
/* Has text[start, end) a person's login shape, names in no list allowed ("nkemi.obi",
 * "dmokoena"), and no service account's ("jira-bot", "deploy", "svc_backup")? */
gboolean
voile_name_login_may_be_person (const char *text, gsize start, gsize end);
/* A key whose value is a login: "ADMIN_USER", "login", "owner", "Reporter", "Assignee". */
gboolean
voile_name_is_user_key (const char *key, gsize len);
/* "@amandine", "@diego" in a chat: a mention of a lower-case given name is a person, one
 * that is also a word or a place included. FALSE when text[start, end) is not one. */
gboolean
voile_name_add_mention (VoileNameCollector *c, gsize start, gsize end);
/* "linkedin.com/in/claraduboismartin", "…/in/hannah-obrien-walsh-4b21a": a profile's slug is
 * its owner's name (company pages are under /company/). slash: the offset of the '/' before
 * "in/". */
void
voile_name_profile_slug (VoileNameCollector *c, gsize slash, gsize line_end);

/* "★★☆☆☆ kerry_ann_1987 · 12 reviews · 1 week ago": the author of a review copied with its
 * stars (voile-name-reviews.c). Call it for lines that open on a three-byte character. */
void
voile_name_find_review_author (VoileNameCollector *c, gsize line_start, gsize line_end);

/* "sophie-mueller reviewed on Nov 20", "**lindqvist-e** commented": the account opening a
 * forge timeline's event line (voile-name-forge.c). Call it for lines that open on a lower-case
 * letter or '*'. */
void
voile_name_find_forge_actor (VoileNameCollector *c, gsize line_start, gsize line_end);

/* "Support (Ravi) : …", "Note agent (Jordan) : …": the agent named in brackets after a role
 * opening a support chat's message (voile-name-agents.c). */
void
voile_name_find_agent_header (VoileNameCollector *c, GArray *tokens, gsize line_start,
                              gsize line_end);

/* ---- speech-to-text (voile-name-dictation.c) ------------------------------------------ */

/* Is tokens[i] the English "son" after a possessive ("my son", "her son"), not the French
 * determiner? */
gboolean
voile_name_is_english_son (const VoileNameCollector *c, GArray *tokens, guint i);
/* Does the line read as a dictation: long, lower case, hardly any punctuation? */
gboolean
voile_name_line_is_dictation (const VoileNameCollector *c, GArray *tokens);
/* Lower-case names after a title, role, kinship noun or contact verb of a dictation line,
 * and the city after its street address. */
void
voile_name_find_dictation (VoileNameCollector *c, GArray *tokens);

G_END_DECLS
