/* voile-name-email-pairs.c — two words that an e-mail address on their line spells.
 *
 * Exports and chats name a person beside the address they wrote from, often in lower case
 * or with a name in no list: "june whitlock","junewhitlock1952@aol.com"; "that customer is
 * dan mcgarrigle, he emailed from dmcgarrigle@…". An address whose local part is the two
 * words glued ("junewhitlock"), or the first one's initial and the second ("dmcgarrigle"),
 * or both the other way round ("whitlockjune"), says the two words are a person's name,
 * whatever their case and whatever the lists know. Local parts with a separator
 * ("june.whitlock@") are read by the later-mention pass instead.
 */
#include "voile-name-private.h"

/* How far from the address its line is read, each side. */
#define PAIR_WINDOW 160
/* Longest local part (letters only) compared. */
#define LOCAL_MAX 40

typedef struct
{
  gsize start, end;
  char folded[LOCAL_MAX + 1];
  gsize len;
} Word;

/* The letters the local part starts with, lower-cased, in out (LOCAL_MAX + 1 bytes); 0 when
 * it holds a separator before its '@' or too few letters. Trailing digits are left
 * ("junewhitlock1952"). */
static gsize
glued_local_part (const char *text, const VoileFinding *f, char *out)
{
  gsize n = 0, p = f->start;

  while (p < f->end && g_ascii_isalpha (text[p]) && n < LOCAL_MAX)
    out[n++] = g_ascii_tolower (text[p++]);
  while (p < f->end && g_ascii_isdigit (text[p]))
    p++;
  if (p >= f->end || text[p] != '@' || n < 6)
    return 0;
  out[n] = '\0';
  return n;
}

/* The next word of text[p, end): letters, UTF-8 included, not folded yet (w->len 0).
 * FALSE at the end. */
static gboolean
next_word (const char *text, gsize *p, gsize end, Word *w)
{
  gsize q = *p;

  for (;;)
    {
      while (q < end && !(g_ascii_isalpha (text[q]) || (guchar)text[q] >= 0xC0))
        q++;
      if (q >= end)
        return FALSE;
      gsize s = q;
      while (q < end && (g_ascii_isalpha (text[q]) || (guchar)text[q] >= 0x80))
        q++;
      *p = q;
      /* Part of an address, a handle or a file name: no word of prose. */
      if ((s > 0 && strchr ("@._/-", text[s - 1]) != NULL)
          || (q < end && strchr ("@_/", text[q]) != NULL)
          || (q + 1 < end && (text[q] == '.' || text[q] == '-') && g_ascii_isalnum (text[q + 1]))
          || q - s > LOCAL_MAX)
        continue;
      w->start = s;
      w->end = q;
      w->len = 0;
      return TRUE;
    }
}

/* Folds the word once; FALSE when it cannot be folded. */
static gboolean
fold_word (const char *text, Word *w)
{
  if (w->len > 0)
    return TRUE;
  if (!voile_name_fold (text + w->start, w->end - w->start, w->folded, &w->len) || w->len == 0)
    return FALSE;
  w->folded[w->len] = '\0';
  return TRUE;
}

/* Might the word open the local part? Its first letter, compared before any folding (a
 * letter with an accent is folded to be sure). */
static inline gboolean
may_open (const char *text, const Word *w, char first)
{
  guchar ch = (guchar)text[w->start];
  return ch >= 0x80 || g_ascii_tolower (ch) == first;
}

/* Does local spell a + b, or a's initial + b? */
static gboolean
spells (const char *local, gsize n, const Word *a, const Word *b)
{
  if (a->len + b->len == n && memcmp (local, a->folded, a->len) == 0
      && memcmp (local + a->len, b->folded, b->len) == 0)
    return TRUE;
  return b->len >= 4 && 1 + b->len == n && local[0] == a->folded[0]
         && memcmp (local + 1, b->folded, b->len) == 0;
}

/* A word of a name: a given name or a surname ("june" too, a month as well), or a word in
 * no list that is no context word ("from", "the"); two letters or more. */
static gboolean
may_be_name_word (const Word *w)
{
  if (w->len < 2)
    return FALSE;
  guint f = voile_name_lexicon_lookup (w->folded, w->len);
  if (f & (VOILE_NAME_FIRST | VOILE_NAME_LAST))
    return TRUE;
  return !(f & VOILE_NAME_WORD) && voile_name_context_lookup (w->folded, w->len) == 0;
}

static void
find_pair_near (VoileNameCollector *c, const VoileFinding *f, const char *local, gsize n)
{
  const char *text = c->text;
  gsize from = f->start > PAIR_WINDOW ? f->start - PAIR_WINDOW : 0;
  gsize to = MIN (c->len, f->end + PAIR_WINDOW);
  const char *nl = memchr (text + f->end, '\n', to - f->end);
  if (nl != NULL)
    to = (gsize)(nl - text);
  for (gsize k = f->start; k > from; k--)
    if (text[k - 1] == '\n')
      {
        from = k;
        break;
      }

  Word prev = { 0 }, w;
  gboolean have_prev = FALSE;
  gsize p = from;
  while (next_word (text, &p, to, &w))
    {
      /* One space between the two words, outside any structured finding. */
      if (have_prev && w.start == prev.end + 1 && text[prev.end] == ' '
          && (may_open (text, &prev, local[0]) || may_open (text, &w, local[0]))
          && fold_word (text, &prev) && fold_word (text, &w)
          && (spells (local, n, &prev, &w) || spells (local, n, &w, &prev))
          && may_be_name_word (&prev) && may_be_name_word (&w)
          && !voile_name_collector_blocked (c, prev.start, w.end))
        {
          VoileToken words[2]
              = { { .start = prev.start, .end = prev.end }, { .start = w.start, .end = w.end } };
          voile_name_collector_add_person (c, words, 0, 1, 0, CONFIDENCE_CONTEXT, VOILE_FIELD_NONE);
          return;
        }
      prev = w;
      have_prev = TRUE;
    }
}

void
voile_name_find_email_pairs (VoileNameCollector *c)
{
  const GArray *findings = c->result->findings;

  for (guint i = 0; i < findings->len; i++)
    {
      const VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      char local[LOCAL_MAX + 1];
      gsize n;

      if (f->type != VOILE_TYPE_EMAIL || f->end - f->start < 8)
        continue;
      n = glued_local_part (c->text, f, local);
      if (n > 0)
        find_pair_near (c, f, local, n);
    }
}
