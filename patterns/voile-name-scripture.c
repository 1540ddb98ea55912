/* voile-name-scripture.c — the characters of a Bible study.
 *
 * Sermon notes, a study guide or an order of worship cite their passages by book, chapter
 * and verse ("Ruth 1:16", "Leviticus 25:25", "Jean 3:16") and name the characters alone:
 * "Elimelech takes Naomi to Moab", "Who has been a Ruth to you?". Those are no contacts. In a
 * text citing three passages or more, a name written as one word is a character's, unless
 * a title or a greeting says it is someone's ("Dear Ruth,", "Rev. Okafor"); full names stay
 * (the pastor's contact, a prayer list's "Carmen Beltrán").
 */
#include "voile-name-private.h"

/* Books of the Bible, English and French, as written in a reference; sorted (strcmp order,
 * UTF-8 bytes). "Psalm 23" without a verse is no reference: the count needs "N:N". */
static const char *const books[] = {
  "Abdias",      "Actes",        "Acts",        "Aggée",         "Amos",
  "Apocalypse",  "Cantique",     "Chronicles",  "Chroniques",    "Colossians",
  "Colossiens",  "Corinthians",  "Corinthiens", "Daniel",        "Deuteronomy",
  "Deutéronome", "Ecclesiastes", "Ecclésiaste", "Ephesians",     "Esdras",
  "Esther",      "Exode",        "Exodus",      "Ezekiel",       "Ezra",
  "Galates",     "Galatians",    "Genesis",     "Genèse",        "Habacuc",
  "Habakkuk",    "Haggai",       "Hebrews",     "Hosea",         "Hébreux",
  "Isaiah",      "Isaïe",        "Jacques",     "James",         "Jean",
  "Jeremiah",    "Job",          "Joel",        "John",          "Jonah",
  "Jonas",       "Joshua",       "Josué",       "Joël",          "Jude",
  "Judges",      "Juges",        "Jérémie",     "Kings",         "Lamentations",
  "Leviticus",   "Luc",          "Luke",        "Lévitique",     "Malachi",
  "Malachie",    "Marc",         "Mark",        "Matthew",       "Matthieu",
  "Micah",       "Michée",       "Nahum",       "Nehemiah",      "Nombres",
  "Numbers",     "Néhémie",      "Obadiah",     "Osée",          "Peter",
  "Philemon",    "Philippians",  "Philippiens", "Philémon",      "Pierre",
  "Proverbes",   "Proverbs",     "Psalm",       "Psalms",        "Psaume",
  "Psaumes",     "Revelation",   "Rois",        "Romains",       "Romans",
  "Ruth",        "Samuel",       "Sophonie",    "Thessalonians", "Thessaloniciens",
  "Timothy",     "Timothée",     "Tite",        "Titus",         "Zacharie",
  "Zechariah",   "Zephaniah",    "Éphésiens",   "Ésaïe",         "Ézéchiel",
};

#define BOOK_MAX 16
/* A study cites several passages; two could be a schedule ("Marc 10:30, Luc 11:00"). */
#define SCRIPTURE_REFERENCES_MIN 3
#define SCRIPTURE_MENTIONS_MAX 400

/* Is text[e..) " N:N" (a chapter and a verse) after the book text[s, e)? *sure: it cannot
 * be a given name and a time of day ("Marc 10:30, Luc 11:00" is a schedule): the book is
 * nobody's name ("Leviticus"), or the chapter is past 23 or the verse not two digits
 * ("Esther 3:2", "Genesis 50:20", "Ruth 1:1-22"). */
static gboolean
reference_at (const char *text, gsize len, gsize s, gsize e, gboolean *sure)
{
  char word[BOOK_MAX + 1];
  gsize p = e + 1, v;
  guint chapter = 0;

  if (e + 3 >= len || text[e] != ' ' || !g_ascii_isdigit (text[p]) || e - s > BOOK_MAX)
    return FALSE;
  while (p < len && p - e <= 3 && g_ascii_isdigit (text[p]))
    chapter = chapter * 10 + (guint)(text[p++] - '0');
  if (p + 1 >= len || text[p] != ':' || !g_ascii_isdigit (text[p + 1]))
    return FALSE;
  for (v = p + 1; v < len && g_ascii_isdigit (text[v]); v++)
    ;
  memcpy (word, text + s, e - s);
  word[e - s] = '\0';
  if (voile_name_sorted_lookup (books, G_N_ELEMENTS (books), word) == NULL)
    return FALSE;
  *sure = chapter > 23 || v - p != 3 || (v < len && text[v] == '-')
          || !(voile_name_lookup_word (text + s, e - s) & VOILE_NAME_FIRST);
  return TRUE;
}

/* A capitalised title or greeting before the name at text[p] ("Dear Ruth", "Rev. Okafor"); a
 * lower-case one is a verb's object more often there ("call me Naomi": "me" is Maître). */
static gboolean
titled (const char *text, gsize p)
{
  gsize e, w;

  if (p < 3 || text[p - 1] != ' ')
    return FALSE;
  e = text[p - 2] == '.' ? p - 2 : p - 1;
  for (w = e; w > 0 && e - w < BOOK_MAX && g_ascii_isalpha (text[w - 1]); w--)
    ;
  return w < e && g_ascii_isupper (text[w])
         && (voile_name_context_word (text + w, e - w)
             & (VOILE_CONTEXT_TITLE | VOILE_CONTEXT_GREETING))
                != 0;
}

void
voile_name_drop_scripture_characters (VoileNameCollector *c)
{
  const VoileSpan *words = (const VoileSpan *)(gpointer)c->capitals->data;
  guint references = 0, sure = 0, out = 0;
  gboolean single = FALSE;

  if (c->mentions->len > SCRIPTURE_MENTIONS_MAX)
    return;
  for (guint i = 0; i < c->mentions->len && !single; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      single = m->type == VOILE_TYPE_PERSON && m->record == 0 && strchr (m->key, ' ') == NULL;
    }
  if (!single)
    return;
  for (guint i = 0; i < c->capitals->len; i++)
    {
      gboolean certain;
      if (reference_at (c->text, c->len, words[i].start, words[i].end, &certain))
        references++, sure += certain;
    }
  if (references < SCRIPTURE_REFERENCES_MIN || sure == 0)
    return;
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      gboolean character = m->type == VOILE_TYPE_PERSON && m->record == 0
                           && strchr (m->key, ' ') == NULL && !titled (c->text, m->start);
      if (!character)
        g_array_index (c->mentions, VoileNameMention, out++) = *m;
    }
  g_array_set_size (c->mentions, out);
}
