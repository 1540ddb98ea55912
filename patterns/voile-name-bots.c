/* voile-name-bots.c — chat assistants named like people.
 *
 * A support chat copied from a website or an insurer's app opens with its bot, named as a
 * person is ("Assistant virtuel Lou · 09:02", "Je suis Lou, l'assistante virtuelle
 * d'AssurMut", "Hi, I'm Ava, your virtual assistant", "Max (bot)"). A bot is no person: its
 * name is dropped with its other mentions, and the customer's and the agents' names stay.
 * So is a chat's tool named "Carl-bot".
 */
#include "voile-name-private.h"
#include "voile-ascii.h"
#include "voile-line.h"

/* Words that say the name next to them is a bot's: just before it ("assistant virtuel
 * Lou", "chatbot Ava"), lower case, folded to ASCII. */
static const char *const bot_words_before[] = {
  "bot", "chatbot", "virtual", "virtuel", "virtuelle",
};

/* What follows a bot's name when it introduces itself or is labelled: ", l'assistante
 * virtuelle", ", your virtual assistant", " (bot)". Compared without case. */
static const char *const bot_phrases_after[] = {
  ", l'assistant virtuel",
  ", l'assistante virtuelle",
  ", l\xE2\x80\x99"
  "assistant virtuel",
  ", l\xE2\x80\x99"
  "assistante virtuelle",
  ", votre assistant virtuel",
  ", votre assistante virtuelle",
  ", your virtual assistant",
  ", the virtual assistant",
  ", our virtual assistant",
  ", your digital assistant",
  ", your ai assistant",
  " (bot)",
  " (chatbot)",
  " (ai agent)",
  " (ai assistant)",
  " (agent ia)",
  " (assistant ia)",
  ", our chatbot",
  ", notre chatbot",
  /* "Rogers Virtual Assistant:", "Orange Assistant virtuel": a chat's label names the
   * firm whose bot speaks, and the firm is no person either. */
  " virtual assistant",
  " digital assistant",
  " ai assistant",
  " assistant virtuel",
  " assistante virtuelle",
};

#define BOT_WORD_MAX 12
#define BOTS_MENTIONS_MAX 400

/* Is the word before text[p] (a space between) one of bot_words_before? */
static gboolean
bot_word_before (const char *text, gsize p)
{
  char word[BOT_WORD_MAX + 1];
  gsize e, s;

  if (p < 2 || text[p - 1] != ' ')
    return FALSE;
  e = p - 1;
  for (s = e; s > 0 && e - s < BOT_WORD_MAX && g_ascii_isalpha (text[s - 1]); s--)
    ;
  if (s == e || (s > 0 && (g_ascii_isalpha (text[s - 1]) || (guchar)text[s - 1] >= 0x80)))
    return FALSE;
  for (gsize k = s; k < e; k++)
    word[k - s] = g_ascii_tolower (text[k]);
  word[e - s] = '\0';
  return voile_name_sorted_lookup (bot_words_before, G_N_ELEMENTS (bot_words_before), word) != NULL;
}

/* Does one of the n phrases (lower case) start at text[p] and end a word there? */
static gboolean
phrase_at (const char *text, gsize len, gsize p, const char *const *phrases, guint n)
{
  for (guint k = 0; k < n; k++)
    {
      gsize w = strlen (phrases[k]);
      if (p + w <= len && voile_ascii_strncasecmp (text + p, phrases[k], w) == 0
          && (p + w == len || !g_ascii_isalpha (text[p + w])))
        return TRUE;
    }
  return FALSE;
}

/* What follows a firm's possessive after a bot's name: "I'm Tilly, Thames Water's virtual
 * assistant", "Ava, Acme's chatbot". */
static const char *const bot_heads[] = {
  "virtual assistant", "digital assistant", "ai assistant", "chatbot", "bot",
};

#define BOT_FIRM_MAX 40

/* ", Thames Water's virtual assistant": a comma, a firm's name of capitalised words ending
 * on 's or ’s, then a bot's head noun. */
static gboolean
bot_of_firm_after (const char *text, gsize len, gsize p)
{
  if (p + 3 >= len || text[p] != ',' || text[p + 1] != ' ' || !g_ascii_isupper (text[p + 2]))
    return FALSE;
  for (gsize q = p + 2; q < len && q < p + 2 + BOT_FIRM_MAX; q++)
    {
      gsize head;
      if (text[q] == '\'' && q + 2 < len && text[q + 1] == 's' && text[q + 2] == ' ')
        head = q + 3;
      else if ((guchar)text[q] == 0xE2 && q + 4 < len
               && memcmp (text + q, "\xE2\x80\x99s ", 5) == 0)
        head = q + 5;
      else if (g_ascii_isalnum (text[q]) || text[q] == ' ' || text[q] == '-' || text[q] == '&'
               || (guchar)text[q] >= 0x80)
        continue;
      else
        return FALSE;
      return phrase_at (text, len, head, bot_heads, G_N_ELEMENTS (bot_heads));
    }
  return FALSE;
}

static gboolean
bot_phrase_after (const char *text, gsize len, gsize p)
{
  if (p >= len || (text[p] != ',' && text[p] != ' '))
    return FALSE;
  if (bot_of_firm_after (text, len, p))
    return TRUE;
  return phrase_at (text, len, p, bot_phrases_after, G_N_ELEMENTS (bot_phrases_after));
}

/* "Carl-bot", "Deploy_Bot": a name that says it is a bot's, a chat's moderation or
 * deployment tool (a login "jbot" or a surname "Talbot" have no separator before it). */
static gboolean
glued_bot (const char *text, gsize s, gsize e)
{
  return e - s > 4 && (text[e - 4] == '-' || text[e - 4] == '_')
         && voile_ascii_strncasecmp (text + e - 3, "bot", 3) == 0;
}

/* What a bot says before its own name: "Je suis Léo", "I'm Tilly". Lower case. */
static const char *const intro_phrases[] = {
  "je suis ", "je m'appelle ", "i'm ", "i am ", "my name is ", "i\xE2\x80\x99m ",
};

#define BOT_LABEL_MAX 40

/* "Assistant virtuel : Bonjour ! Je suis Léo, l'assistant bagages.": does the name at
 * text[p] follow a self-introduction on a line whose speaker's label (the words before the
 * line's first colon) holds a bot's word? */
static gboolean
introduced_by_bot (const char *text, gsize len, gsize p)
{
  gboolean intro = FALSE;

  /* Every phrase ends on "s ", "e ", "m " (a cheap test for most names). */
  if (p < 4 || text[p - 1] != ' ' || memchr ("semSEM", text[p - 2], 6) == NULL)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (intro_phrases) && !intro; k++)
    {
      gsize n = strlen (intro_phrases[k]);
      intro = p >= n && voile_ascii_strncasecmp (text + p - n, intro_phrases[k], n) == 0;
    }
  if (!intro)
    return FALSE;
  gsize line, line_end;
  voile_line_around (text, len, p, p, VOILE_LINE_READ_MAX, &line, &line_end);
  gsize colon = line;
  while (colon < p && colon < line + BOT_LABEL_MAX && text[colon] != ':')
    colon++;
  if (colon >= p || text[colon] != ':')
    return FALSE;
  for (gsize w = line; w < colon;)
    {
      char word[BOT_WORD_MAX + 1];
      gsize e = w;
      while (e < colon && g_ascii_isalpha (text[e]))
        e++;
      if (e > w && e - w <= BOT_WORD_MAX)
        {
          for (gsize k = w; k < e; k++)
            word[k - w] = g_ascii_tolower (text[k]);
          word[e - w] = '\0';
          if (voile_name_sorted_lookup (bot_words_before, G_N_ELEMENTS (bot_words_before), word)
              != NULL)
            return TRUE;
        }
      w = e > w ? e : w + 1;
    }
  return FALSE;
}

void
voile_name_drop_bots (VoileNameCollector *c)
{
  g_autoptr (GHashTable) bots = NULL;
  guint out = 0;

  if (c->mentions->len > BOTS_MENTIONS_MAX)
    return;
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      /* A bot has one name: "Lou Martin, virtual assistant" is a person. */
      if (m->type != VOILE_TYPE_PERSON || strchr (m->key, ' ') != NULL)
        continue;
      if (bot_word_before (c->text, m->start) || bot_phrase_after (c->text, c->len, m->end)
          || glued_bot (c->text, m->start, m->end) || introduced_by_bot (c->text, c->len, m->start))
        {
          if (bots == NULL)
            bots = g_hash_table_new (g_str_hash, g_str_equal);
          g_hash_table_add (bots, (gpointer)m->key);
        }
    }
  if (bots == NULL)
    return;
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type != VOILE_TYPE_PERSON || !g_hash_table_contains (bots, m->key))
        g_array_index (c->mentions, VoileNameMention, out++) = *m;
    }
  g_array_set_size (c->mentions, out);
}
