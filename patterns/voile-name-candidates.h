/* voile-name-candidates.h — names no rule proposes, judged by the learned name model.
 *
 * The hand rules find a name from its lists or a context word; a name in no list in a
 * table cell, a quoted value or after "pour", "with" is never proposed. This generator
 * walks the text's capitalised words once, proposes the runs that sit where names sit
 * (the reasons below) and keeps those the name model scores over its acceptance threshold.
 */
#pragma once

#include "voile-name-private.h"

G_BEGIN_DECLS

/* Why a run was proposed: bits of VoileNameMention.why, and features of the model. */
typedef enum
{
  VOILE_WHY_CELL = 1 << 0,          /* a whole cell of a delimited row */
  VOILE_WHY_COLUMN = 1 << 1,        /* … in the column of a person the rules found */
  VOILE_WHY_QUOTED = 1 << 2,        /* a whole quoted value: client="…" */
  VOILE_WHY_PREPOSITION = 1 << 3,   /* after for, with, from, pour, avec, chez, par… */
  VOILE_WHY_VERB_AFTER = 1 << 4,    /* before will, said, est, a appelé… */
  VOILE_WHY_ROLE_AFTER = 1 << 5,    /* before "(accounts)", "(mineure)" */
  VOILE_WHY_CONTACT = 1 << 6,       /* an e-mail or a phone number on its line */
  VOILE_WHY_DASH = 1 << 7,          /* after " - ", " – " */
  VOILE_WHY_SURNAME_COMMA = 1 << 8, /* "HALVORSEN, ERIK T" */
  VOILE_WHY_ALL_CAPS = 1 << 9,      /* in capitals */
  VOILE_WHY_ONE_WORD = 1 << 10,     /* a single word */
  VOILE_WHY_ROW_PERSON = 1 << 11,   /* a person the rules found on its line */
  VOILE_WHY_PERSON_KEY = 1 << 12,   /* the value of a key of people: client="…", consignee: */
  VOILE_WHY_LOWER = 1 << 13,        /* words of the lists on a line typed in lower case */
} VoileNameWhy;

#define VOILE_NAME_WHY_KINDS 14

/* Proposes the runs of capitalised words that no mention covers and adds to accepted (a
 * sorted array of VoileNameMention) those the model accepts. Call after the veto, before
 * later mentions. words: the text's word count. */
void
voile_name_propose_candidates (VoileNameCollector *c, guint words, GArray *accepted);

/* Called by the line pass for each line (its words, line_caps of them capitalised): on a
 * line typed in lower case ("ill ask martin in compliance", "merci ibra"), remembers the
 * words of the name lists no hand rule needs to have seen, for
 * voile_name_propose_candidates() to propose. Costs nothing when the model accepts no
 * lower-case proposal. */
void
voile_name_note_lower_words (VoileNameCollector *c, GArray *tokens, guint line_caps);

G_END_DECLS
