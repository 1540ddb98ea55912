/* voile-document-prior.c — scores a text: are its people public or fictional, or private?
 *
 * Hand lists of cue words ("novel", "statue") did not carry from one blind set to the next,
 * so the words are learned: a logistic regression over the lower-cased words the text uses
 * (each counted once), trained by tests/corpus/tools/train-document-prior.py on the corpus's
 * clean texts that name people against its texts holding PERSON marks. Capitalised words
 * inside a sentence — the names themselves — are skipped: the model weighs the words around
 * names ("match", "chapter", "season" against "client", "rdv", "merci"), not the names.
 * The tokenizer must stay byte for byte that of the training script.
 */
#include "voile-document-prior.h"

#include <math.h>
#include <string.h>

#include "voile-document-prior-data.h"

/* A text's start says what it is; a megabyte paste costs no more than its first 16 KB. */
#define VOILE_DOCUMENT_PRIOR_SCAN_MAX 16384
#define PRIOR_WORD_MIN 2
#define PRIOR_WORD_MAX 24
#define PRIOR_WORDS G_N_ELEMENTS (voile_document_prior_words)
/* Added to the trained threshold when the text holds a contact detail or an identifier
 * (set by hand: on set-6 it cost 0.1 point of PERSON precision, a bar of +1.0 cost 2.3). */
#define PRIOR_DETAILS_MARGIN 0.5

static gsize
sequence_length (guchar c)
{
  return c < 0xc0 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
}

/* ASCII letters and UTF-8 letters; U+0080–U+00BF (nbsp, «, ») and U+2000–U+2FFF (quotes,
 * dashes, bullets) separate words. */
static gboolean
is_word_lead (guchar c)
{
  return g_ascii_isalpha (c) || (c >= 0xc3 && c != 0xe2);
}

/* An upper-case letter of ASCII or Latin-1 (À–Þ but ×). */
static gboolean
is_upper_at (const char *text, gsize len, gsize i)
{
  guchar c = (guchar)text[i], next = i + 1 < len ? (guchar)text[i + 1] : 0;

  return g_ascii_isupper (c) || (c == 0xc3 && next >= 0x80 && next <= 0x9e && next != 0x97);
}

/* A capitalised word after these (or a line's start, or any non-ASCII byte: a bullet, a
 * dash, a guillemet) opens a sentence, a line or a cell: "Dear", "Client", "Chapitre". */
static gboolean
opens_sentence (guchar c)
{
  return c >= 0x80 || strchr ("\n\r.!?:;|>-*([{\"#", c) != NULL;
}

/* The words by hash, built on first use: a word costs one probe or two where bsearch() cost a
 * dozen strcmp() calls (the score is read on every text, a corpus-sized text pays it per
 * byte). Slots hold an index + 1, 0 when empty. */
#define PRIOR_SLOTS 8192
G_STATIC_ASSERT (PRIOR_WORDS < PRIOR_SLOTS / 2 && PRIOR_WORDS < G_MAXUINT16);
static guint16 prior_slots[PRIOR_SLOTS];

static inline guint32
word_hash (const char *word, gsize len)
{
  guint32 h = 2166136261u;

  for (gsize k = 0; k < len; k++)
    h = (h ^ (guchar)word[k]) * 16777619u;
  return h ^ (h >> 13);
}

static G_GNUC_NO_INLINE void
init_prior_slots (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      for (guint k = 0; k < PRIOR_WORDS; k++)
        {
          const char *w = voile_document_prior_words[k].word;
          guint32 slot = word_hash (w, strlen (w)) & (PRIOR_SLOTS - 1);
          while (prior_slots[slot] != 0)
            slot = (slot + 1) & (PRIOR_SLOTS - 1);
          prior_slots[slot] = (guint16)(k + 1);
        }
      g_once_init_leave (&done, 1);
    }
}

/* The index of word (len bytes, no NUL) among the words, or -1. */
static inline gint
find_word (const char *word, gsize len)
{
  guint32 slot = word_hash (word, len) & (PRIOR_SLOTS - 1);

  for (; prior_slots[slot] != 0; slot = (slot + 1) & (PRIOR_SLOTS - 1))
    {
      const char *w = voile_document_prior_words[prior_slots[slot] - 1].word;
      if (strncmp (w, word, len) == 0 && w[len] == '\0')
        return prior_slots[slot] - 1;
    }
  return -1;
}

double
voile_document_prior_score (const char *text, gsize len)
{
  guint64 seen[(PRIOR_WORDS + 63) / 64] = { 0 };
  char word[PRIOR_WORD_MAX + 1];
  gint64 sum = 0;
  guint count = 0;
  gsize i = 0;

  init_prior_slots ();
  len = MIN (len, VOILE_DOCUMENT_PRIOR_SCAN_MAX);
  while (i < len)
    {
      guchar c = (guchar)text[i];
      if (!is_word_lead (c))
        {
          i += c >= 0xc0 ? sequence_length (c) : 1;
          continue;
        }
      gsize s = i;
      while (i < len && is_word_lead ((guchar)text[i]))
        i += sequence_length ((guchar)text[i]);
      i = MIN (i, len);
      if (i - s < PRIOR_WORD_MIN || i - s > PRIOR_WORD_MAX)
        continue;
      if (is_upper_at (text, len, s))
        {
          gsize p = s;
          while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t'))
            p--;
          if (p > 0 && !opens_sentence ((guchar)text[p - 1]))
            continue; /* a name inside a sentence */
        }
      gsize word_len = i - s;
      for (gsize k = s; k < i; k++)
        {
          guchar b = (guchar)text[k];
          word[k - s] = (char)(b >= 'A' && b <= 'Z' ? b + 0x20 : b);
          if (k > s && (guchar)text[k - 1] == 0xc3 && b >= 0x80 && b <= 0x9e && b != 0x97)
            word[k - s] = (char)(b + 0x20); /* É → é */
          /* A NUL stepped over inside a malformed sequence ends the word, as it would a
           * string. */
          if (b == '\0')
            {
              word_len = k - s;
              break;
            }
        }
      gint found = find_word (word, word_len);
      if (found < 0)
        continue;
      gsize k = (gsize)found;
      const VoileDocumentPriorWord *hit = &voile_document_prior_words[k];
      if (seen[k / 64] & (G_GUINT64_CONSTANT (1) << (k % 64)))
        continue;
      seen[k / 64] |= G_GUINT64_CONSTANT (1) << (k % 64);
      sum += hit->weight;
      count++;
    }
  double bias = (double)VOILE_DOCUMENT_PRIOR_BIAS / VOILE_DOCUMENT_PRIOR_SCALE;
  if (count == 0)
    return bias;
  return bias + (double)sum / VOILE_DOCUMENT_PRIOR_SCALE / sqrt ((double)count);
}

gboolean
voile_document_prior_score_is_public (double score, gboolean details)
{
  double threshold = (double)VOILE_DOCUMENT_PRIOR_THRESHOLD / VOILE_DOCUMENT_PRIOR_SCALE;

  if (details)
    threshold += PRIOR_DETAILS_MARGIN;
  return score > threshold;
}

gboolean
voile_document_prior_score_is_private (double score)
{
  return score < (double)VOILE_DOCUMENT_PRIOR_PRIVATE_THRESHOLD / VOILE_DOCUMENT_PRIOR_SCALE;
}

gboolean
voile_document_prior_is_public (const char *text, gsize len, gboolean details)
{
  return voile_document_prior_score_is_public (voile_document_prior_score (text, len), details);
}

gboolean
voile_document_prior_is_private (const char *text, gsize len)
{
  return voile_document_prior_score_is_private (voile_document_prior_score (text, len));
}
