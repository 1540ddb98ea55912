/* voile-name-eponyms.c — diseases, laws and theorems named after people.
 *
 * "Parkinson's disease", "Hodgkin lymphoma", "maladie d'Alzheimer", "théorème de Pythagore",
 * "loi d'Ohm": the name is a condition's or a law's, not a person's. A leaflet explaining
 * them names their namesakes too ("named after James Parkinson", "décrite par Alois
 * Alzheimer en 1906"), figures of history, not contacts. So the surname of an eponym is no
 * name anywhere in the text, alone or ending a full name. A patient's note keeps its
 * patient: "M. Martin, suivi pour une maladie de Parkinson" drops Parkinson only. The
 * parties of a reported case ("Donoghue v Stevenson [1932] AC 562") are eponyms too: a case
 * is named after them.
 */
#include "voile-name-private.h"

/* Conditions named after the doctor who described them ("Parkinson's disease", "Down
 * syndrome", "Hodgkin lymphoma"), lower case, sorted (strcmp order). Nouns that say something
 * of a person too ("test", "number", "fracture", "sign", "cell") are left out: "Sophie's
 * number" is hers. */
static const char *const conditions_after[] = {
  "anaemia",        "anemia",   "ataxia", "chorea",     "disease", "diseases", "dystrophy",
  "encephalopathy", "lymphoma", "palsy",  "phenomenon", "reflex",  "sarcoma",  "syndrome",
  "thyroiditis",    "triad",    "tumor",  "tumour",     "ulcer",
};

/* Laws and results named after their finder ("Newton's second law", "Doppler effect"). */
static const char *const laws_after[] = {
  "algorithm", "conjecture", "constant", "effect",    "equation",  "equations", "law",
  "laws",      "lemma",      "paradox",  "postulate", "principle", "theorem",
};

/* Institutions named after someone, capitalised after a possessive: "Guy's Hospital",
 * "St Thomas' Hospital". */
static const char *const places_after[] = {
  "academy", "cathedral", "church", "college", "hospital", "infirmary", "school", "university",
};

/* The same in French, before "de"/"d'" and the name or right before it ("maladie de
 * Parkinson", "effet Doppler", "loi Evin"). Lower case, sorted (strcmp order, UTF-8 bytes).
 * "signe", "suite", "test", "nombre" are left out: "un signe de Pierre". */
static const char *const conditions_before[] = {
  "ataxie",    "chorée",     "dystrophie", "encéphalopathie", "lymphome",
  "maladie",   "maladies",   "myopathie",  "sarcome",         "syndrome",
  "syndromes", "thyroïdite", "triade",     "tumeur",          "ulcère",
};

static const char *const laws_before[] = {
  "algorithme", "conjecture", "constante", "effet",    "lemme",    "loi",     "lois",
  "méthode",    "paradoxe",   "postulat",  "principe", "théorème", "échelle", "équation",
};

typedef enum
{
  EPONYM_NONE,
  EPONYM_CONDITION, /* a person may have a condition: a given name there is theirs */
  EPONYM_LAW,
} EponymKind;

#define EPONYM_WORD_MAX 16
#define EPONYM_MENTIONS_MAX 400

static inline gboolean
word_byte (char ch)
{
  return g_ascii_isalpha (ch) || (guchar)ch >= 0x80;
}

/* The first letters of the nouns of all lists (a c d e l m p r s t u, and 'é' as 0xc3):
 * most words are ruled out before their lookup. */
#define NOUN_FIRST_LETTERS                                                                         \
  ((1u << 0) | (1u << 2) | (1u << 3) | (1u << 4) | (1u << 7) | (1u << 8) | (1u << 11) | (1u << 12) \
   | (1u << 15) | (1u << 17) | (1u << 18) | (1u << 19) | (1u << 20))

static inline gboolean
may_start_noun (char ch)
{
  guchar lower = (guchar)ch | 0x20;

  if ((guchar)ch == 0xc3)
    return TRUE;
  return lower >= 'a' && lower <= 'z' && (NOUN_FIRST_LETTERS >> (lower - 'a')) & 1;
}

/* The word at text[p..), ASCII folded to lower case into word[]; FALSE when it is too
 * short or too long to be a noun of the lists, or starts as none does. *end: where it
 * ends. */
static gboolean
fold_noun (const char *text, gsize len, gsize p, char *word, gsize *end)
{
  gsize e = p;

  while (e < len && word_byte (text[e]) && e - p <= EPONYM_WORD_MAX)
    e++;
  *end = e;
  if (e - p < 3 || e - p > EPONYM_WORD_MAX || !may_start_noun (text[p]))
    return FALSE;
  for (gsize k = p; k < e; k++)
    word[k - p] = g_ascii_isupper (text[k]) ? (char)(text[k] | 0x20) : text[k];
  word[e - p] = '\0';
  return TRUE;
}

/* Is text[p..) a condition's or a law's noun? *end: where the word ends. */
static EponymKind
eponym_noun (const char *text, gsize len, gsize p, gboolean before, gsize *end)
{
  char word[EPONYM_WORD_MAX + 1];

  if (!fold_noun (text, len, p, word, end))
    return EPONYM_NONE;
  if (voile_name_sorted_lookup (
          before ? conditions_before : conditions_after,
          before ? G_N_ELEMENTS (conditions_before) : G_N_ELEMENTS (conditions_after), word)
      != NULL)
    return EPONYM_CONDITION;
  if (voile_name_sorted_lookup (before ? laws_before : laws_after,
                                before ? G_N_ELEMENTS (laws_before) : G_N_ELEMENTS (laws_after),
                                word)
      != NULL)
    return EPONYM_LAW;
  return EPONYM_NONE;
}

/* "Parkinson's disease", "Graves' disease", "Newton's second law", "Hodgkin lymphoma",
 * "Guy's Hospital": an eponym's noun after the word text[..end). */
static EponymKind
noun_after (const char *text, gsize len, gsize end)
{
  gsize p = end, e, e2;
  gboolean possessive = FALSE;
  EponymKind kind;

  if (p < len && text[p] == '\'')
    p++, possessive = TRUE;
  else if (p + 3 <= len && memcmp (text + p, "\xe2\x80\x99", 3) == 0) /* ’ */
    p += 3, possessive = TRUE;
  if (possessive && p < len && text[p] == 's')
    p++;
  if (p + 1 >= len || text[p] != ' ')
    return EPONYM_NONE;
  p++;
  /* "Hodgkin lymphoma": without a possessive the noun is in lower case. */
  if (!possessive && !g_ascii_islower (text[p]))
    return EPONYM_NONE;
  kind = eponym_noun (text, len, p, FALSE, &e);
  if (kind != EPONYM_NONE || !possessive)
    return kind;
  if (g_ascii_isupper (text[p]))
    {
      char lower[EPONYM_WORD_MAX + 1];
      if (e - p > EPONYM_WORD_MAX)
        return EPONYM_NONE;
      for (gsize k = p; k < e; k++)
        lower[k - p] = g_ascii_tolower (text[k]);
      lower[e - p] = '\0';
      return voile_name_sorted_lookup (places_after, G_N_ELEMENTS (places_after), lower) != NULL
                 ? EPONYM_LAW
                 : EPONYM_NONE;
    }
  /* One adjective between: "Newton's second law", "Bell's facial palsy". */
  if (g_ascii_islower (text[p]) && e < len && text[e] == ' ')
    return eponym_noun (text, len, e + 1, FALSE, &e2);
  return EPONYM_NONE;
}

/* "maladie de Parkinson", "maladie d'Alzheimer", "théorème de Pythagore", "effet Doppler":
 * an eponym's noun before the word starting at text[start]. */
static EponymKind
noun_before (const char *text, gsize start)
{
  gsize p = start, w, e;
  gboolean de = TRUE;

  if (p >= 4 && memcmp (text + p - 4, "d\xe2\x80\x99", 4) == 0)
    p -= 4;
  else if (p >= 2 && text[p - 1] == '\'' && text[p - 2] == 'd')
    p -= 2;
  else if (p >= 3 && (memcmp (text + p - 3, "de ", 3) == 0 || memcmp (text + p - 3, "du ", 3) == 0))
    p -= 3;
  else
    de = FALSE;
  if (p < 2 || text[p - 1] != ' ')
    return EPONYM_NONE;
  p--;
  for (w = p; w > 0 && p - w <= EPONYM_WORD_MAX && word_byte (text[w - 1]); w--)
    ;
  /* Without "de", the noun is in lower case ("l'effet Doppler") or opens its line ("Effet
   * Doppler :"): "Mme Dupont", "Dr Petit" need no lookup. */
  if (w == p || (!de && g_ascii_isupper (text[w]) && w > 0 && text[w - 1] != '\n'))
    return EPONYM_NONE;
  return eponym_noun (text, p, w, TRUE, &e);
}

/* Is text[p..) a law report's citation: a year in brackets then the report ("[1893] 1 QB
 * 256", "[2019] UKSC 12", "(1854) 9 Exch 341"), or after the volume's page ("347 U.S. 483
 * (1954)")? */
static gboolean
citation_at (const char *text, gsize len, gsize p)
{
  char close = text[p] == '[' ? ']' : ')';

  if (p + 7 >= len || (text[p] != '[' && text[p] != '('))
    return FALSE;
  for (guint k = 1; k <= 4; k++)
    if (!g_ascii_isdigit (text[p + k]))
      return FALSE;
  if (text[p + 5] != close || (text[p + 1] != '1' && text[p + 1] != '2'))
    return FALSE;
  if (text[p + 6] == ' ' && (g_ascii_isdigit (text[p + 7]) || g_ascii_isupper (text[p + 7])))
    return TRUE;
  return close == ')' && p >= 2 && text[p - 1] == ' ' && g_ascii_isdigit (text[p - 2]);
}

#define CASE_LINE_MAX 160
#define CASE_LOWER_WORD_MAX 5

/* "Donoghue v Stevenson [1932] AC 562", "Hadley v Baxendale (1854) 9 Exch 341": the parties
 * of a reported case, a public record. A client's own matter ("Patel v Acme Ltd") has no
 * law report: it stays. The word text[s, e) is before or after the "v". */
static gboolean
case_party (const char *text, gsize len, gsize s, gsize e)
{
  gsize p;

  if (e + 3 < len && memcmp (text + e, " v", 2) == 0
      && (text[e + 2] == ' ' || (text[e + 2] == '.' && text[e + 3] == ' ')))
    p = e + 3;
  else if (e + 4 < len && memcmp (text + e, " vs", 3) == 0
           && (text[e + 3] == ' ' || (text[e + 3] == '.' && text[e + 4] == ' ')))
    p = e + 4;
  else if (s >= 4 && memcmp (text + s - 3, " v ", 3) == 0 && g_ascii_isalpha (text[s - 4]))
    p = s;
  else if (s >= 5 && memcmp (text + s - 4, " v. ", 4) == 0 && g_ascii_isalpha (text[s - 5]))
    p = s;
  else
    return FALSE;
  while (p < len && text[p] == ' ')
    p++;
  if (p >= len || !g_ascii_isupper (text[p]))
    return FALSE;
  /* The other party, then the report: "A Salomon & Co Ltd [1897]", "Secretary of State for
   * the Home Department, ex parte Brind [1991]", "Board of Education, 347 U.S. 483 (1954)".
   * A longer lower-case word is the sentence going on ("Patel v Acme Ltd, the hearing…"). */
  for (gsize end = MIN (len, p + CASE_LINE_MAX); p < end; p++)
    {
      gsize w = p + 1;
      if (text[p] == '\n' || text[p] == ';')
        return FALSE;
      if ((text[p] == '[' || text[p] == '(') && citation_at (text, len, p))
        return TRUE;
      if (text[p] != ' ' || w >= end || !g_ascii_islower (text[w]))
        continue;
      while (w < end && g_ascii_isalpha (text[w]))
        w++;
      if (w - p - 1 > CASE_LOWER_WORD_MAX)
        return FALSE;
    }
  return FALSE;
}

/* The last word of a key ("james parkinson" -> "parkinson"). */
static inline const char *
key_surname (const char *key)
{
  const char *space = strrchr (key, ' ');

  return space != NULL ? space + 1 : key;
}

/* The bit of the word text[s, e) in a 256-bit filter: its length, first and last bytes
 * (ASCII letters folded to lower case by their 0x20 bit: a filter needs no more). */
static inline guint
word_bit (const char *text, gsize s, gsize e)
{
  return (guint)(((e - s) * 31 + ((guchar)text[s] | 0x20) * 7 + ((guchar)text[e - 1] | 0x20))
                 & 255);
}
void
voile_name_drop_eponyms (VoileNameCollector *c)
{
  g_autoptr (GHashTable) eponyms = NULL;
  g_autoptr (GString) key = NULL;
  const VoileSpan *words = (const VoileSpan *)(gpointer)c->capitals->data;
  guint64 surnames[4] = { 0 };
  gboolean any = FALSE;
  guint out = 0;

  /* A leaflet or a lesson is a page or two; a long export of people is read as it is. */
  if (c->mentions->len > EPONYM_MENTIONS_MAX)
    return;
  /* Only the words written as the last word of a name found can drop one: the rest of the
   * capitalised words cost a test of this filter. */
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      gsize s = m->end;
      if (m->type != VOILE_TYPE_PERSON)
        continue;
      while (s > m->start && c->text[s - 1] != ' ')
        s--;
      if (s < m->end)
        {
          guint bit = word_bit (c->text, s, m->end);
          surnames[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
          any = TRUE;
        }
    }
  if (!any)
    return;
  for (guint i = 0; i < c->capitals->len; i++)
    {
      const VoileSpan *w = &words[i];
      guint bit = word_bit (c->text, w->start, w->end);
      if (!(surnames[bit / 64] & (G_GUINT64_CONSTANT (1) << (bit % 64))))
        continue;
      EponymKind kind = noun_after (c->text, c->len, w->end);
      if (kind == EPONYM_NONE)
        kind = noun_before (c->text, w->start);
      /* A reported case is named after its parties: neither they nor their namesakes in the
       * case's summary ("Mrs May Donoghue drank…") are contacts. */
      if (kind == EPONYM_NONE && case_party (c->text, c->len, w->start, w->end))
        kind = EPONYM_LAW;
      if (kind == EPONYM_NONE)
        continue;
      /* A given name with a condition is a person's ("la maladie de Julien"); a theorem's
       * is not ("théorème de Pythagore"). */
      guint flags = voile_name_lookup_word (c->text + w->start, w->end - w->start);
      if (kind == EPONYM_CONDITION && (flags & VOILE_NAME_FIRST) && !(flags & VOILE_NAME_LAST))
        continue;
      if (key == NULL)
        {
          key = g_string_new (NULL);
          eponyms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
        }
      g_string_truncate (key, 0);
      voile_name_append_folded (key, c->text + w->start, w->end - w->start);
      g_hash_table_add (eponyms, g_strdup (key->str));
    }
  if (eponyms == NULL)
    return;
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type != VOILE_TYPE_PERSON || m->record != 0
          || !g_hash_table_contains (eponyms, key_surname (m->key)))
        g_array_index (c->mentions, VoileNameMention, out++) = *m;
    }
  g_array_set_size (c->mentions, out);
}
