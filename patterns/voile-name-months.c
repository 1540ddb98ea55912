/* voile-name-months.c — months that are given names too.
 *
 * "in Poland till Jan", "a startup in Austin in Jan —", "since June 2024", "until May.",
 * "extension — start Jan":
 * after a word of time and before the clause's end or a number, "Jan", "May", "June",
 * "April" and "August" are months, not Jan Kowalski or June Carter. Such a mention is
 * dropped alone: the same word elsewhere ("Jan said…") stays a name.
 */
#include "voile-name-private.h"

/* Sorted (strcmp order): months, full or abbreviated, that the given-name lists hold. */
static const char *const month_names[] = {
  "april", "aug", "august", "jan", "june", "may",
};

/* Sorted: words of time before a month ("till Jan", "early June"). */
static const char *const time_words[] = {
  "after", "before", "during", "early",    "end",    "in",  "last", "late",  "mid",
  "next",  "since",  "start",  "starting", "starts", "til", "till", "until",
};

#define MONTH_WORD_MAX 8

static gboolean
folded_word_in (const char *text, gsize s, gsize e, const char *const *list, gsize n)
{
  char word[MONTH_WORD_MAX + 1];

  if (e <= s || e - s > MONTH_WORD_MAX)
    return FALSE;
  for (gsize k = s; k < e; k++)
    {
      if (!g_ascii_isalpha (text[k]))
        return FALSE;
      word[k - s] = g_ascii_tolower (text[k]);
    }
  word[e - s] = '\0';
  return voile_name_sorted_lookup (list, n, word) != NULL;
}

/* Is the mention text[s, e) a month: a word of time before, the clause's end or a number
 * after? */
static gboolean
month_at (const char *text, gsize len, gsize s, gsize e)
{
  /* Every month listed opens on 'a', 'j' or 'm': most names go no further. */
  char first = (char)(text[s] | 0x20);
  if (e - s < 3 || e - s > 6 || (first != 'a' && first != 'j' && first != 'm')
      || !folded_word_in (text, s, e, month_names, G_N_ELEMENTS (month_names)))
    return FALSE;
  gsize a = e;
  if (a < len && text[a] == '.')
    a++;
  while (a < len && text[a] == ' ')
    a++;
  gboolean ends = a >= len || strchr (",;:)!?\r\n-", text[a]) != NULL || g_ascii_isdigit (text[a])
                  || (guchar)text[a] == 0xE2 /* — – */ || (a > e && text[a - 1] == '.');
  if (!ends || s < 2 || text[s - 1] != ' ')
    return FALSE;
  gsize w = s - 1;
  while (w > 0 && g_ascii_isalpha (text[w - 1]))
    w--;
  return folded_word_in (text, w, s - 1, time_words, G_N_ELEMENTS (time_words));
}

void
voile_name_drop_months (VoileNameCollector *c)
{
  guint out = 0;

  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type == VOILE_TYPE_PERSON && m->end - m->start <= MONTH_WORD_MAX
          && month_at (c->text, c->len, m->start, m->end))
        continue;
      g_array_index (c->mentions, VoileNameMention, out++) = *m;
    }
  g_array_set_size (c->mentions, out);
}
