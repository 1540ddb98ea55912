/* voile-name-greetings.c — greetings of other languages read as names.
 *
 * A letter from a New Zealand agency opens on "Kia ora Tama," or "Tēnā koe Ana" and closes
 * on "Ngā mihi,"; a message from Malaysia opens on "Selamat pagi", one from Egypt on "Salam
 * alaikum". The first word of such a greeting is a given name in the lists (Kia, Tena, Nga,
 * Salam), and the chat header rules may take the second. A greeting is no person: its words
 * are dropped where they greet (voile-name-entities.c), and the name after it ("Tama",
 * "Ana") stays.
 */
#include "voile-name-private.h"
#include "voile-ascii.h"

/* Two-word greetings and closings, as typed (UTF-8, lower case); compared without ASCII case,
 * with or without their macrons. */
static const char *const greetings[][2] = {
  { "kia", "ora" },
  { "kia", "kaha" },
  { "t\xc4\x93n\xc4\x81", "koe" },
  { "tena", "koe" },
  { "t\xc4\x93n\xc4\x81", "koutou" },
  { "tena", "koutou" },
  { "t\xc4\x93n\xc4\x81", "k\xc5\x8drua" },
  { "tena", "korua" },
  { "ng\xc4\x81", "mihi" },
  { "nga", "mihi" },
  { "salam", "alaikum" },
  { "salaam", "alaikum" },
  { "salam", "aleikum" },
  { "selamat", "pagi" },
  { "selamat", "siang" },
  { "selamat", "sore" },
  { "selamat", "malam" },
  { "selamat", "datang" },
};

/* Is text[s, e) the word w, without ASCII case? */
static gboolean
word_is (const char *text, gsize s, gsize e, const char *w)
{
  gsize n = strlen (w);

  return e - s == n && voile_ascii_strncasecmp (text + s, w, n) == 0;
}

/* Is a letter (ASCII or a UTF-8 byte) at text[p]? */
static gboolean
letter_at (const char *text, gsize len, gsize p)
{
  return p < len && (g_ascii_isalpha (text[p]) || (guchar)text[p] >= 0x80);
}

#define GREETING_WORD_MAX 7

/* Is the mention text[s, e) a word of a greeting: its first word with the second after one
 * space, or its second after the first? */
static gboolean
greeting_at (const char *text, gsize len, gsize s, gsize e)
{
  if (e - s < 3 || e - s > GREETING_WORD_MAX)
    return FALSE;
  char lead = g_ascii_tolower (text[s]);
  /* The letters the greetings' words open on: a cheap test for most names. */
  if (memchr ("kntsomapd", lead, 9) == NULL)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (greetings); k++)
    {
      /* Most names open on another letter than both words of every greeting. */
      if (lead == greetings[k][0][0] && word_is (text, s, e, greetings[k][0]) && e + 1 < len
          && text[e] == ' ')
        {
          gsize we = e + 1;
          while (letter_at (text, len, we))
            we++;
          if (word_is (text, e + 1, we, greetings[k][1]))
            return TRUE;
        }
      if (lead == greetings[k][1][0] && word_is (text, s, e, greetings[k][1]) && s >= 2
          && text[s - 1] == ' ')
        {
          gsize w = s - 1;
          while (w > 0 && letter_at (text, len, w - 1))
            w--;
          if (word_is (text, w, s - 1, greetings[k][0]))
            return TRUE;
        }
    }
  return FALSE;
}

gboolean
voile_name_greets (VoileNameCollector *c, const VoileNameMention *m)
{
  return greeting_at (c->text, c->len, m->start, m->end);
}
