/* voile-document-prior.c — scores a text: are its people public or fictional, or private?
 *
 * Hand lists of cue words ("novel", "statue") did not carry from one blind set to the next,
 * so the words are learned: a logistic regression over the lower-cased words the text uses
 * (each counted once), trained by tests/corpus/tools/train-document-prior.py on the corpus's
 * clean texts that name people against its texts holding PERSON marks. Capitalised words
 * inside a sentence — the names themselves — are skipped: the model weighs the words around
 * names ("match", "chapter", "season" against "client", "rdv", "merci"), not the names.
 * The tokenizer (voile-document-words.h) must stay byte for byte that of the training script.
 */
#include "voile-document-prior.h"

#include <math.h>
#include <string.h>

#include "voile-document-prior-data.h"
#include "voile-document-words.h"

#define PRIOR_WORDS G_N_ELEMENTS (voile_document_prior_words)
/* Added to the trained threshold when the text holds a contact detail or an identifier
 * (set by hand: on set-6 it cost 0.1 point of PERSON precision, a bar of +1.0 cost 2.3). */
#define PRIOR_DETAILS_MARGIN 0.5

/* The words by hash, built on first use: a word costs one probe or two where bsearch() cost a
 * dozen strcmp() calls (the score is read on every text, a corpus-sized text pays it per
 * byte). Slots hold an index + 1, 0 when empty. */
#define PRIOR_SLOTS 8192
G_STATIC_ASSERT (PRIOR_WORDS < PRIOR_SLOTS / 2 && PRIOR_WORDS < G_MAXUINT16);
static guint16 prior_slots[PRIOR_SLOTS];

static G_GNUC_NO_INLINE void
init_prior_slots (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      for (guint k = 0; k < PRIOR_WORDS; k++)
        {
          const char *w = voile_document_prior_words[k].word;
          guint32 slot = voile_document_word_hash (w, strlen (w)) & (PRIOR_SLOTS - 1);
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
  guint32 slot = voile_document_word_hash (word, len) & (PRIOR_SLOTS - 1);

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
  char word[VOILE_DOCUMENT_WORD_MAX + 1];
  gint64 sum = 0;
  guint count = 0;
  gsize i = 0, word_len = 0;
  VoileDocumentToken token;

  init_prior_slots ();
  len = MIN (len, VOILE_DOCUMENT_SCAN_MAX);
  while ((token = voile_document_next_word (text, len, &i, word, &word_len)) != VOILE_DOCUMENT_END)
    {
      if (token == VOILE_DOCUMENT_NAME)
        continue; /* a name inside a sentence */
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
