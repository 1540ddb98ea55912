/* voile-document-words.h — the words a learned document score reads: the names finder's
 * document prior (voile-document-prior.c) and the document judge (voile-document-judge.c).
 * Byte for byte the tokenizer of tests/corpus/tools/train-document-prior.py, which both
 * trainers use.
 */
#pragma once

#include <glib.h>
#include <string.h>

/* A text's start says what it is; a megabyte paste costs no more than its first 16 KB. */
#define VOILE_DOCUMENT_SCAN_MAX 16384
#define VOILE_DOCUMENT_WORD_MIN 2
#define VOILE_DOCUMENT_WORD_MAX 24

static inline gsize
voile_document_sequence_length (guchar c)
{
  return c < 0xc0 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
}

/* ASCII letters and UTF-8 letters; U+0080–U+00BF (nbsp, «, ») and U+2000–U+2FFF (quotes,
 * dashes, bullets) separate words. */
static inline gboolean
voile_document_is_word_lead (guchar c)
{
  return g_ascii_isalpha (c) || (c >= 0xc3 && c != 0xe2);
}

/* An upper-case letter of ASCII or Latin-1 (À–Þ but ×). */
static inline gboolean
voile_document_is_upper_at (const char *text, gsize len, gsize i)
{
  guchar c = (guchar)text[i], next = i + 1 < len ? (guchar)text[i + 1] : 0;

  return g_ascii_isupper (c) || (c == 0xc3 && next >= 0x80 && next <= 0x9e && next != 0x97);
}

/* A capitalised word after these (or a line's start, or any non-ASCII byte: a bullet, a
 * dash, a guillemet) opens a sentence, a line or a cell: "Dear", "Client", "Chapitre". */
static inline gboolean
voile_document_opens_sentence (guchar c)
{
  return c >= 0x80 || strchr ("\n\r.!?:;|>-*([{\"#", c) != NULL;
}

/* FNV-1a, mixed: the words' hash of the scores' tables. */
static inline guint32
voile_document_word_hash (const char *word, gsize len)
{
  guint32 h = 2166136261u;

  for (gsize k = 0; k < len; k++)
    h = (h ^ (guchar)word[k]) * 16777619u;
  return h ^ (h >> 13);
}

typedef enum
{
  VOILE_DOCUMENT_END,
  VOILE_DOCUMENT_WORD, /* word[0..*word_len) holds it, lower-cased */
  VOILE_DOCUMENT_NAME, /* a capitalised word inside a sentence: left out */
} VoileDocumentToken;

/* The next token of text[*pos, len) (len already cut to VOILE_DOCUMENT_SCAN_MAX); word has
 * room for VOILE_DOCUMENT_WORD_MAX bytes. */
static inline VoileDocumentToken
voile_document_next_word (const char *text, gsize len, gsize *pos, char *word, gsize *word_len)
{
  gsize i = *pos;

  while (i < len)
    {
      guchar c = (guchar)text[i];
      if (!voile_document_is_word_lead (c))
        {
          i += c >= 0xc0 ? voile_document_sequence_length (c) : 1;
          continue;
        }
      gsize s = i;
      while (i < len && voile_document_is_word_lead ((guchar)text[i]))
        i += voile_document_sequence_length ((guchar)text[i]);
      i = MIN (i, len);
      if (i - s < VOILE_DOCUMENT_WORD_MIN || i - s > VOILE_DOCUMENT_WORD_MAX)
        continue;
      if (voile_document_is_upper_at (text, len, s))
        {
          gsize p = s;
          while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t'))
            p--;
          if (p > 0 && !voile_document_opens_sentence ((guchar)text[p - 1]))
            {
              *pos = i;
              return VOILE_DOCUMENT_NAME;
            }
        }
      *word_len = i - s;
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
              *word_len = k - s;
              break;
            }
        }
      *pos = i;
      return VOILE_DOCUMENT_WORD;
    }
  *pos = i;
  return VOILE_DOCUMENT_END;
}
