/* voile-name-prose.c — does a text read as prose about public figures?
 *
 * A history page, a walking tour or a reading sheet names people by title ("Lord Byron",
 * "Mr Darcy", "Sir Walter Scott", "Maître Renard") as letters and session notes do. What
 * tells them apart is the vocabulary of works and history: "novel", "poet", "statue",
 * "named after", "century", "fable", a year of a past century. Our convention (issue #3):
 * famous people and characters in general prose are not personal data.
 */
#include "voile-name-private.h"

/* Words of works, arts and history, lower case, sorted (strcmp order, UTF-8 bytes). Words
 * of forms and records ("born", "né", "author", "book") are left out: an application or a
 * notary's letter holds them too. */
static const char *const cue_words[] = {
  "acteur",      "actor",         "actress",       "actrice",    "adaptation", "biographie",
  "biography",   "centuries",     "century",       "chapitre",   "character",  "characters",
  "composer",    "compositeur",   "célèbre",       "died",       "dramaturge", "empereur",
  "emperor",     "fable",         "fables",        "fabuliste",  "famous",     "film",
  "historian",   "historien",     "impératrice",   "inventeur",  "inventor",   "king",
  "kings",       "legend",        "legendary",     "legends",    "légendaire", "légende",
  "légendes",    "mathematician", "mathématicien", "monument",   "monuments",  "myth",
  "mythe",       "named",         "narrateur",     "narrator",   "novel",      "novelist",
  "novels",      "opera",         "opéra",         "painter",    "peintre",    "personnage",
  "personnages", "philosophe",    "philosopher",   "playwright", "poem",       "poems",
  "poet",        "poetry",        "portrayed",     "poème",      "poèmes",     "poète",
  "poésie",      "queen",         "queens",        "reign",      "reine",      "reines",
  "roi",         "rois",          "roman",         "romancier",  "romancière", "romans",
  "règne",       "savant",        "scientist",     "sculpteur",  "sculptor",   "siècle",
  "siècles",     "statue",        "symphonie",     "symphony",   "écrivain",   "écrivaine",
  "œuvre",       "œuvres",
};

/* Words before a year of history ("in 1842", "en 1661", "(Jane Austen, 1813)" has ", "). */
static const char *const year_words[] = {
  "after", "around", "before", "by", "de",    "depuis", "dès",
  "en",    "from",   "in",     "of", "since", "until",  "vers",
};

#define CUES_NEEDED 3
#define CUE_WORD_MAX 16

static int
compare_word (const void *key, const void *item)
{
  return strcmp (key, *(const char *const *)item);
}

const char *const *
voile_name_sorted_lookup (const char *const *list, gsize n, const char *word)
{
  return bsearch (word, list, n, sizeof (list[0]), compare_word);
}

/* A year of a past century (1100–1899) standing alone after a preposition or a comma
 * ("in 1842", "en 1661", "(Jane Austen, 1813)"): a code, a phone or an amount has other
 * digits or signs around it. p: the first digit, a word's start. */
static gboolean
past_year_at (const char *text, gsize len, gsize p, const char *prev_word)
{
  if (p + 4 > len || text[p] != '1' || text[p + 1] == '0' || text[p + 1] == '9')
    return FALSE;
  for (gsize k = 1; k < 4; k++)
    if (!g_ascii_isdigit (text[p + k]))
      return FALSE;
  if (p + 4 < len && strchr (" \n)];:!?", text[p + 4]) == NULL
      && !((text[p + 4] == '.' || text[p + 4] == ',')
           && (p + 5 == len || !g_ascii_isdigit (text[p + 5]))))
    return FALSE;
  if (p >= 2 && text[p - 1] == ' ' && text[p - 2] == ',')
    return TRUE;
  return prev_word[0] != '\0'
         && voile_name_sorted_lookup (year_words, G_N_ELEMENTS (year_words), prev_word) != NULL;
}

gboolean
voile_name_prose_about_public_figures (const char *text, gsize len)
{
  guint64 seen[2] = { 0, 0 };
  gboolean year = FALSE;
  char word[CUE_WORD_MAX + 1], prev[CUE_WORD_MAX + 1] = "";
  gsize p = 0;

  G_STATIC_ASSERT (G_N_ELEMENTS (cue_words) <= 128);
  while (p < len)
    {
      guchar ch = (guchar)text[p];
      if (g_ascii_isdigit (ch))
        {
          if (!year && (p == 0 || text[p - 1] == ' ' || text[p - 1] == '('))
            year = past_year_at (text, len, p, prev);
          while (p < len && g_ascii_isdigit (text[p]))
            p++;
          prev[0] = '\0';
          continue;
        }
      if (!g_ascii_isalpha (ch) && ch < 0x80)
        {
          if (ch != ' ')
            prev[0] = '\0';
          p++;
          continue;
        }
      gsize s = p;
      while (p < len && (g_ascii_isalpha (text[p]) || (guchar)text[p] >= 0x80))
        p++;
      prev[0] = '\0';
      if (p - s > CUE_WORD_MAX)
        continue;
      for (gsize k = s; k < p; k++)
        word[k - s] = g_ascii_tolower (text[k]);
      word[p - s] = '\0';
      memcpy (prev, word, p - s + 1);
      const char *const *hit = voile_name_sorted_lookup (cue_words, G_N_ELEMENTS (cue_words), word);
      if (hit != NULL)
        {
          guint bit = (guint)(hit - cue_words);
          seen[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
        }
      if ((guint)(__builtin_popcountll (seen[0]) + __builtin_popcountll (seen[1])) + year
          >= CUES_NEEDED)
        return TRUE;
    }
  return FALSE;
}
