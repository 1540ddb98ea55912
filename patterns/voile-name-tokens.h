/* voile-name-tokens.h — splits one line of text into words for the name finder.
 *
 * A word is a run of letters, with inner hyphens and apostrophes ("Jean-Pierre",
 * "O'Neill"); French elisions are split off ("l'Oréal" gives "l'" and "Oréal"). Digits or
 * underscores make a word OTHER: identifiers and placeholders ("PERSON_1") are never names.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  VOILE_SHAPE_LOWER,   /* "rose", "de" */
  VOILE_SHAPE_CAP,     /* "Rose", "Jean-Pierre", "McDonald" */
  VOILE_SHAPE_UPPER,   /* "DUPONT", two letters or more */
  VOILE_SHAPE_INITIAL, /* one capital letter: "J" in "J. Dupont", "M" in "M. Martin" */
  VOILE_SHAPE_OTHER,   /* "MyClass", "v2", "first_name" */
} VoileShape;

typedef struct
{
  gsize start;
  gsize end;
  guint8 shape;          /* VoileShape */
  guint8 sentence_start; /* first word of a sentence or of the line */
  guint8 dot_after;      /* directly followed by '.' */
  guint8 joined;         /* only spaces (no punctuation) between this word and the next */
  guint8 elided;         /* an elision before it: "l'", "d'" (the word is after the apostrophe) */
  guint8 looked_up;      /* bits: 1 context_flags known, 2 name_flags known */
  guint16 name_flags;    /* VoileNameFlags */
  guint32 context_flags; /* VoileContextFlags */
  char next_char;        /* first non-space character after the word ('\0' at end of line) */
} VoileToken;

/* Punctuation seen on a line, so the structured-text rules can skip most lines. */
typedef enum
{
  VOILE_LINE_KEY = 1 << 0,   /* ':' or '=' */
  VOILE_LINE_DELIM = 1 << 1, /* ',' ';' tab '|' */
  VOILE_LINE_QUOTE = 1 << 2, /* '"' */
  VOILE_LINE_BRACE = 1 << 3, /* '{' '}' */
  VOILE_LINE_DOTS = 1 << 4,  /* "..." */
  /* Bytes that rules look for in a line with memchr(), which most lines can skip: */
  VOILE_LINE_DOTTED = 1 << 5,  /* a '.' between an ASCII letter and a lower-case one */
  VOILE_LINE_EQUALS = 1 << 6,  /* '=' */
  VOILE_LINE_BRACKET = 1 << 7, /* '[' */
  VOILE_LINE_SCHEME = 1 << 8,  /* "://" */
  /* Malformed UTF-8 made the word loop step over an ASCII byte unseen: any of the four
   * above may be there. */
  VOILE_LINE_UNSEEN = 1 << 9,
  /* A word right after ',' ';' tab '|' or '"': maybe a cell of a delimited row (prose puts
   * a space after its commas). */
  VOILE_LINE_CELL = 1 << 10,
  /* '/': "HOFFMANN/JULIA" (voile-name-gds.c). */
  VOILE_LINE_SLASH = 1 << 11,
  /* '(': "Pauline Girard (notaire)" (find_names_before_details()). */
  VOILE_LINE_PAREN = 1 << 12,
  /* '&': "Jess & Callum" (find_ampersand_pairs()). */
  VOILE_LINE_AMPERSAND = 1 << 13,
  /* Two spaces in a row: the wide gaps of a space-aligned table. */
  VOILE_LINE_SPACES = 1 << 14,
  /* '|' or a tab: the separators of a grid of people (grid_add_line() in voile-names.c),
   * which most delimited lines (commas, semicolons) lack. */
  VOILE_LINE_PIPE_TAB = 1 << 15,
} VoileLineMarks;

/* The marks of the line's punctuation (for the structured-text rules: not the bytes
 * above). */
#define VOILE_LINE_PUNCTUATION                                                                     \
  (VOILE_LINE_KEY | VOILE_LINE_DELIM | VOILE_LINE_QUOTE | VOILE_LINE_BRACE | VOILE_LINE_DOTS)

/* Appends the words of text[line_start..line_end) to tokens (a GArray of VoileToken, not
 * zero-terminated).
 * after_sentence: TRUE when the line starts a sentence (the previous line ended one or
 * was empty). marks (may be NULL) gets the VoileLineMarks of the line. */
void
voile_name_tokenize_line (const char *text, gsize line_start, gsize line_end,
                          gboolean after_sentence, GArray *tokens, guint *marks);

/* Room for the words of a line of line_len bytes: a word takes a letter and a separator. */
#define VOILE_NAME_TOKENS_ROOM(line_len) ((line_len) / 2 + 1)

/* The same into out, with room for VOILE_NAME_TOKENS_ROOM (line_end - line_start) words:
 * returns their count. For a caller that keeps its room from line to line. */
guint
voile_name_tokenize_into (const char *text, gsize line_start, gsize line_end,
                          gboolean after_sentence, VoileToken *out, guint *marks);

void
voile_token_fill (const char *text, VoileToken *token);
void
voile_token_fill_context (const char *text, VoileToken *token);

/* Looks the word up (once) and fills name_flags and context_flags. Hyphenated words
 * unknown as a whole take their parts' flags. Inline: most calls find it done. */
static inline void
voile_token_lookup (const char *text, VoileToken *token)
{
  if (!(token->looked_up & 2))
    voile_token_fill (text, token);
}

/* Only context_flags (the small table): enough for the words around a name. */
static inline void
voile_token_lookup_context (const char *text, VoileToken *token)
{
  if (!(token->looked_up & 1))
    voile_token_fill_context (text, token);
}

G_END_DECLS
