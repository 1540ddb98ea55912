/* voile-document-judge.c — is a whole text about no person? Its weak findings go then.
 *
 * Per-kind rules for texts that hold no personal data (a fixture's values, a template's
 * placeholders, a fee page's helpline) did not carry from one blind set to the next; this is
 * learned instead: a logistic regression over the words the text uses (the document prior's
 * tokenizer: capitalised words inside sentences left out) and what the engine found in it
 * (per type, any and how many; the direct findings, the sure ones), trained by
 * tests/corpus/tools/train-document-judge.py on the corpus's and seen sets' clean texts
 * against their pii texts. A text judged about no person that holds a few weak findings (at
 * most VOILE_DOCUMENT_JUDGE_WEAK_MAX) and uses enough of its words to be judged
 * (VOILE_DOCUMENT_JUDGE_MIN_WORDS: a short message is not) loses them; a checksummed number, an
 * e-mail address, a secret, an SSN, a NINO or an IP address stays whatever the judge says.
 */
#include "voile-document-judge.h"

#include <math.h>

#include "voile-engine.h"
#include "voile-types.h"

typedef struct
{
  const char *word; /* lower-cased UTF-8 */
  gint16 weight;    /* times VOILE_DOCUMENT_JUDGE_SCALE; > 0: about no person */
} VoileDocumentJudgeWord;

#include "voile-document-judge-data.h"
#include "voile-document-words.h"

#define JUDGE_WORDS G_N_ELEMENTS (voile_document_judge_words)
#define JUDGE_SURE 0.95f

static gboolean judge_enabled = TRUE;

void
voile_document_judge_set_enabled (gboolean enabled)
{
  judge_enabled = enabled;
}

/* Kept whatever the judge says: a checksum or a strict published layout says the value is
 * real (a fixture's valid IBAN left unflagged would be a leak, one flagged only a question);
 * quasi-identifiers flag no text. The trainer's STRONG and QUASI. */
static gboolean
is_weak (VoileType type)
{
  switch (type)
    {
      case VOILE_TYPE_IBAN:
      case VOILE_TYPE_CREDIT_CARD:
      case VOILE_TYPE_FR_NIR:
      case VOILE_TYPE_FR_SIREN:
      case VOILE_TYPE_FR_SIRET:
      case VOILE_TYPE_FR_VAT:
      case VOILE_TYPE_EMAIL:
      case VOILE_TYPE_SECRET:
      case VOILE_TYPE_US_SSN:
      case VOILE_TYPE_UK_NINO:
      case VOILE_TYPE_IP_ADDRESS:
        return FALSE;
      default:
        return !voile_type_is_quasi_identifier (type);
    }
}

/* The words by hash, as the prior's. Slots hold an index + 1, 0 when empty. */
#define JUDGE_SLOTS 8192
G_STATIC_ASSERT (JUDGE_WORDS < JUDGE_SLOTS / 2 && JUDGE_WORDS < G_MAXUINT16);
static guint16 judge_slots[JUDGE_SLOTS];

static G_GNUC_NO_INLINE void
init_judge_slots (void)
{
  static gsize done;

  if (g_once_init_enter (&done))
    {
      for (guint k = 0; k < JUDGE_WORDS; k++)
        {
          const char *w = voile_document_judge_words[k].word;
          guint32 slot = voile_document_word_hash (w, strlen (w)) & (JUDGE_SLOTS - 1);
          while (judge_slots[slot] != 0)
            slot = (slot + 1) & (JUDGE_SLOTS - 1);
          judge_slots[slot] = (guint16)(k + 1);
        }
      g_once_init_leave (&done, 1);
    }
}

static gint
find_word (const char *word, gsize len)
{
  guint32 slot = voile_document_word_hash (word, len) & (JUDGE_SLOTS - 1);

  for (; judge_slots[slot] != 0; slot = (slot + 1) & (JUDGE_SLOTS - 1))
    {
      const char *w = voile_document_judge_words[judge_slots[slot] - 1].word;
      if (strncmp (w, word, len) == 0 && w[len] == '\0')
        return judge_slots[slot] - 1;
    }
  return -1;
}

static double
weight (gint32 w)
{
  return (double)w / VOILE_DOCUMENT_JUDGE_SCALE;
}

/* The score; words: how many of the judge's words the text uses (distinct). */
static double
judge_score (const char *text, gsize len, GArray *findings, guint *words)
{
  guint64 seen[(JUDGE_WORDS + 63) / 64] = { 0 };
  char word[VOILE_DOCUMENT_WORD_MAX + 1];
  gint64 sum = 0;
  guint count = 0, names = 0, direct = 0, sure = 0, per_type[VOILE_N_TYPES] = { 0 };
  gsize i = 0, word_len = 0;
  VoileDocumentToken token;

  init_judge_slots ();
  len = MIN (len, VOILE_DOCUMENT_SCAN_MAX);
  while ((token = voile_document_next_word (text, len, &i, word, &word_len)) != VOILE_DOCUMENT_END)
    {
      if (token == VOILE_DOCUMENT_NAME)
        {
          names++;
          continue;
        }
      gint found = find_word (word, word_len);
      if (found < 0)
        continue;
      gsize k = (gsize)found;
      if (seen[k / 64] & (G_GUINT64_CONSTANT (1) << (k % 64)))
        continue;
      seen[k / 64] |= G_GUINT64_CONSTANT (1) << (k % 64);
      sum += voile_document_judge_words[k].weight;
      count++;
    }
  double score = weight (VOILE_DOCUMENT_JUDGE_BIAS);
  if (count > 0)
    score += (double)sum / VOILE_DOCUMENT_JUDGE_SCALE / sqrt ((double)count);

  for (guint f = 0; f < findings->len; f++)
    {
      const VoileFinding *finding = &g_array_index (findings, VoileFinding, f);
      per_type[finding->type]++;
      direct += !voile_type_is_quasi_identifier (finding->type);
      sure += finding->confidence >= JUDGE_SURE;
    }
  /* The trainer's dense features, in its order: log1p of the counts, "none" a flag. */
  score += weight (voile_document_judge_counts[0]) * log1p (direct);
  score += direct == 0 ? weight (voile_document_judge_counts[1]) : 0.0;
  score += weight (voile_document_judge_counts[2]) * log1p (sure);
  score += weight (voile_document_judge_counts[3]) * log1p (names);
  for (guint t = 0; t < VOILE_N_TYPES; t++)
    if (per_type[t] > 0)
      score += weight (voile_document_judge_types[t][0])
               + weight (voile_document_judge_types[t][1]) * log1p (per_type[t]);
  *words = count;
  return score;
}

double
voile_document_judge_score (const char *text, gsize len, GArray *findings)
{
  guint words;

  return judge_score (text, len, findings, &words);
}

gboolean
voile_document_judge_apply (const char *text, gsize len, GArray *findings)
{
  guint weak = 0, words = 0;

  if (!judge_enabled)
    return FALSE;
  for (guint f = 0; f < findings->len; f++)
    weak += is_weak (g_array_index (findings, VoileFinding, f).type);
  /* Read the words only when the verdict can change something. */
  if (weak == 0 || weak > VOILE_DOCUMENT_JUDGE_WEAK_MAX)
    return FALSE;
  double score = judge_score (text, len, findings, &words);
  /* A short message is judged on too few words: it keeps what was found. */
  if (words < VOILE_DOCUMENT_JUDGE_MIN_WORDS || score <= weight (VOILE_DOCUMENT_JUDGE_THRESHOLD))
    return FALSE;
  guint out = 0;
  for (guint f = 0; f < findings->len; f++)
    {
      const VoileFinding *finding = &g_array_index (findings, VoileFinding, f);
      if (is_weak (finding->type))
        continue;
      if (out != f)
        g_array_index (findings, VoileFinding, out) = *finding;
      out++;
    }
  g_array_set_size (findings, out);
  return TRUE;
}
