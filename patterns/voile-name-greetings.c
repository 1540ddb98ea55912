/* voile-name-greetings.c — greetings of other languages read as names.
 *
 * A letter from a New Zealand agency opens on "Kia ora Tama," or "Tēnā koe Ana" and closes
 * on "Ngā mihi,"; a message from Malaysia opens on "Selamat pagi", one from Egypt on "Salam
 * alaikum". The first word of such a greeting is a given name in the lists (Kia, Tena, Nga,
 * Salam), and the chat header rules may take the second. A greeting is no person: its words
 * are dropped where they greet, and the name after it ("Tama", "Ana") stays.
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

/* Is the mention text[s, e) a word of a greeting: its first word with the second after one
 * space, or its second after the first? */
static gboolean
greeting_at (const char *text, gsize len, gsize s, gsize e)
{
  gsize w, we;

  if (e - s > 16)
    return FALSE;
  /* The word after, then the word before. */
  for (we = e + 1; e < len && text[e] == ' ' && letter_at (text, len, we); we++)
    ;
  for (w = s > 1 ? s - 1 : 0; w > 0 && letter_at (text, len, w - 1); w--)
    ;
  for (guint k = 0; k < G_N_ELEMENTS (greetings); k++)
    {
      if (word_is (text, s, e, greetings[k][0]) && we > e + 1
          && word_is (text, e + 1, we, greetings[k][1]))
        return TRUE;
      if (s >= 2 && text[s - 1] == ' ' && w < s - 1 && word_is (text, s, e, greetings[k][1])
          && word_is (text, w, s - 1, greetings[k][0]))
        return TRUE;
    }
  return FALSE;
}

void
voile_name_drop_greetings (VoileNameCollector *c)
{
  guint out = 0;

  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type == VOILE_TYPE_PERSON && greeting_at (c->text, c->len, m->start, m->end))
        continue;
      g_array_index (c->mentions, VoileNameMention, out++) = *m;
    }
  g_array_set_size (c->mentions, out);
}
