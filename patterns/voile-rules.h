/* voile-rules.h — the detector table: one row per way of finding a type.
 *
 * The engine never runs a pattern over the whole text. One cheap pass finds anchors (a
 * digit run at a word boundary, an '@', a '+', a currency sign, a keyword…) and each rule
 * runs, anchored, only at the anchors of the kinds it declares. Adding a detector is
 * adding a row here and a test in tests/engine/.
 */
#pragma once

#include <glib.h>

#include "voile-types.h"

G_BEGIN_DECLS

typedef enum
{
  /* A digit run whose previous byte is not a letter, digit or '_' (nor a number
   * separator after one: the "3" of "1.3" is not a new number). */
  VOILE_ANCHOR_DIGIT = 1 << 0,
  /* An upper-case ASCII word start with a digit within four bytes ("FR76", "NW1",
   * "AB-123-CD", "AB 12 34 56 C"). */
  VOILE_ANCHOR_UPPER_DIGIT = 1 << 1,
  /* A word start whose first three bytes (lower-cased) begin one of the rule's keywords. */
  VOILE_ANCHOR_KEYWORD = 1 << 2,
  /* The start of the local part before an '@'. */
  VOILE_ANCHOR_AT = 1 << 3,
  /* A '+' followed by a digit. */
  VOILE_ANCHOR_PLUS = 1 << 4,
  /* A '(' followed by a digit. */
  VOILE_ANCHOR_PAREN = 1 << 5,
  /* '$', '£' or '€'. */
  VOILE_ANCHOR_CURRENCY = 1 << 6,
  /* "-----BEGIN". */
  VOILE_ANCHOR_PEM = 1 << 7,
  /* The scheme before "://". */
  VOILE_ANCHOR_SCHEME = 1 << 8,
  /* The identifier before '=' or ':' when it holds one of the rule's keywords
   * (as a substring, lower-cased): "DB_PASSWORD=", "\"api_key\":". */
  VOILE_ANCHOR_ASSIGN = 1 << 9,
  /* The start of a run of hex digits, ':' and '.' that holds "::" or several ':'. */
  VOILE_ANCHOR_HEX_COLON = 1 << 10,
  /* "[at]", "(at)", "[arobase]": an e-mail address written to fool harvesters. */
  VOILE_ANCHOR_OBFUSCATED_AT = 1 << 11,
  /* (g24-refs-en) The start of a system's code, capitals then digit runs joined by dashes
   * ("GRV-26-009", "FSM-ECS-2025-889301"): anchored at its first capital, once, when the
   * first '-' before a digit is met (the digits after a letter's '-' are no DIGIT anchor). */
  VOILE_ANCHOR_CODE_DASH = 1 << 12,
} VoileAnchor;

#define VOILE_N_ANCHORS 13

/* A match being checked by a rule's validator. The validator may move start/end (e.g.
 * to trim an IBAN to its country's length) and change confidence. */
typedef struct
{
  const char *text; /* the whole scanned text */
  gsize len;
  gsize anchor; /* where the rule was tried */
  gsize start;  /* the finding */
  gsize end;
  gsize match_start; /* the whole regex match (keyword included) */
  gsize match_end;
  float confidence;
  gboolean has_context; /* one of the rule's context words precedes the match */
} VoileCandidate;

typedef gboolean (*VoileValidateFunc) (VoileCandidate *candidate);
/* A cheap test before a rule's pattern: see VoileRule.prefilter. */
typedef gboolean (*VoilePrefilterFunc) (const char *text, gsize len, gsize anchor, gsize end);
/* For rules without a pattern: find a match at anchor, fill start/end. */
typedef gboolean (*VoileMatchFunc) (VoileCandidate *candidate);

typedef struct
{
  const char *id; /* "phone-fr": for tests and debugging */
  VoileType type;
  guint anchors;       /* VoileAnchor bits */
  const char *pattern; /* PCRE2, compiled anchored with UTF; NULL when match is set */
  VoileMatchFunc match;
  /* KEYWORD and ASSIGN anchors: lower-case ASCII (UTF-8 allowed after the 3rd byte). For
   * KEYWORD anchors a final '$' means the keyword must end the word ("mar$": "Mar 5" but
   * not "Marie"). */
  const char *const *keywords;
  /* DIGIT anchors: at least min_digits digits in the number at the anchor (digits joined by
   * single separators), and a first digit run of first_run_min..first_run_max digits. */
  guint8 min_digits;
  guint8 first_run_min;
  guint8 first_run_max;
  /* Also try the pattern from up to this many words before the anchor, on the same line
   * ("Springfield, IL 62704" is anchored at 62704). */
  guint8 back_words;
  /* DIGIT anchors, cheap byte tests before any regex: the first digit must be one of
   * first_bytes, the byte after the first digit run one of after_run, the byte after the
   * whole number (digits joined by separators) one of after_number, the byte before the
   * number one of before_number (NULL: any). */
  const char *first_bytes;
  const char *after_run;
  const char *after_number;
  const char *before_number;
  /* DIGIT anchors: when spaces (' ') follow the first digit run, the byte after them must
   * be one of these (NULL: any). A necessary condition of the prefilter, told for all the
   * rules by one table read instead of a call each. */
  const char *after_spaces;
  /* DIGIT anchors: when the byte before the number is a space, the byte before that space
   * must be one of these (NULL: any): the end of the word before, for the same reason. */
  const char *before_space;
  /* DIGIT anchors: when spaces (' ') follow the whole number, the byte after them must be
   * one of these (NULL: any). */
  const char *after_number_spaces;
  /* DIGIT anchors: when an ASCII letter follows the first digit run ("221B"), the byte
   * after that letter must be one of these (NULL: any). */
  const char *after_run_letter;
  /* DIGIT, UPPER_DIGIT, KEYWORD and CURRENCY anchors: a last cheap test before the pattern (e.g. "a
   * currency sign follows the number"); for DIGIT anchors end is where the digits joined by
   * separators end, for the others end == anchor. It must be a necessary condition of a
   * finding: it only spares pattern runs. */
  VoilePrefilterFunc prefilter;
  /* Every match holds a digit and stays on one line: the pattern is tried only when a
   * digit follows the anchor, on its line, within window bytes (keyword rules mostly
   * meet words, not references). */
  gboolean needs_digit;
  guint8 group;   /* capture group that is the finding; 0 = the whole match */
  guint16 window; /* longest match, in bytes */
  float confidence;
  VoileValidateFunc validate; /* nullable */
  /* Lower-case words looked for in the 48 bytes before the match. */
  const char *const *context;
  float context_confidence; /* confidence when a context word is there (0: unchanged) */
  gboolean needs_context;   /* drop the match without one */
  /* A second reader of values other rules mostly read first ("n° client : CL-744137"): its
   * match is dropped before its costly validator where a finding of its type, just added,
   * already overlaps it. */
  gboolean after_others;
} VoileRule;

const VoileRule *
voile_rules_get (guint *n_rules);

/* (g18-ids2) An XML element whose tag names a person's reference ("<MndtId>…</MndtId>",
 * "<CustomerNumber>", "<NumeroAdherent>") or an identity document's number ("<NationalId>",
 * "<PassportNumber>"), read as the key rules read a JSON key: appends to findings (sorted,
 * resolved) a finding for each such value no finding overlaps, unsorted after them. Only
 * the text's '<' are visited. TRUE when one was added. */
gboolean
voile_rules_xml_keys (const char *text, gsize len, guint32 type_mask, GArray *findings);

G_END_DECLS
