/* voile-restorer.c — finds placeholders in a chatbot's answer and puts the values back.
 *
 * Chatbots rewrite what they quote: "[EMAIL_1]" comes back as "EMAIL_1", "email_1",
 * "Email 1", "EMAIL-1", "**[EMAIL_1]**" or, in escaped markdown, "EMAIL\_1". A placeholder
 * is recognised as a whole word: a type name (its underscores written as "_", "-", " ",
 * "\_" or nothing), an optional separator and a number without leading zero, with no letter,
 * digit or underscore on either side. Digits are read greedily, so "EMAIL_10" is never
 * EMAIL_1; a bracket ends it, so "[EMAIL_1]0" is EMAIL_1 then "0". Its own square brackets
 * go with it, or template brackets put in their place: "{EMAIL_1}", "{{EMAIL_1}}", "<EMAIL_1>".
 * Only placeholders the mapping knows are replaced; the rest of the text is left byte for byte.
 */
#include "config.h"

#include "voile-mapping-private.h"

#include <string.h>

/* Names a chatbot answering in French may give the tags. */
static const struct
{
  const char *name;
  VoileType type;
} aliases[] = {
  { "PERSONNE", VOILE_TYPE_PERSON },        { "TELEPHONE", VOILE_TYPE_PHONE },
  { "E_MAIL", VOILE_TYPE_EMAIL },           { "COURRIEL", VOILE_TYPE_EMAIL },
  { "ADRESSE", VOILE_TYPE_POSTAL_ADDRESS },
};

#define MAX_DIGITS 9

static gboolean
is_word_char (gunichar c)
{
  return c == '_' || g_unichar_isalnum (c);
}

/* Is the character that ends just before pos a letter, a digit or an underscore? */
static gboolean
word_char_before (const char *text, gsize pos)
{
  if (pos == 0)
    return FALSE;
  guchar b = (guchar)text[pos - 1];
  if (b < 0x80)
    return b == '_' || g_ascii_isalnum (b);

  gsize start = pos - 1;
  while (start > 0 && pos - start < 4 && ((guchar)text[start] & 0xc0) == 0x80)
    start--;
  gunichar c = g_utf8_get_char_validated (text + start, (gssize)(pos - start));
  return c != (gunichar)-1 && c != (gunichar)-2 && is_word_char (c);
}

static gboolean
word_char_at (const char *text, gsize len, gsize pos)
{
  if (pos >= len)
    return FALSE;
  guchar b = (guchar)text[pos];
  if (b < 0x80)
    return b == '_' || g_ascii_isalnum (b);
  gunichar c = g_utf8_get_char_validated (text + pos, (gssize)(len - pos));
  return c != (gunichar)-1 && c != (gunichar)-2 && is_word_char (c);
}

/* Chatbots swap the placeholder's square brackets for the brackets of templates they know
 * ("{PHONE_1}", "{{PERSON_1}}", "<EMAIL_1>"): when ours are gone, those go with it if they hug
 * it on both sides. Round brackets and quotes stay: they are the sentence's. */
static gboolean
bracket_pair_around (const char *text, gsize len, gsize start, gsize end)
{
  if (start == 0 || end >= len)
    return FALSE;
  char open = text[start - 1], close = text[end];
  return (open == '{' && close == '}') || (open == '<' && close == '>');
}

/* Skips one optional separator: "_", "-", " ", "\_". */
static gsize
skip_separator (const char *text, gsize len, gsize pos)
{
  if (pos < len && (text[pos] == '_' || text[pos] == '-' || text[pos] == ' '))
    return pos + 1;
  if (pos + 1 < len && text[pos] == '\\' && text[pos + 1] == '_')
    return pos + 2;
  return pos;
}

/* Matches name (upper case, '_' between words) at pos; returns the end or 0. */
static gsize
match_name (const char *text, gsize len, gsize pos, const char *name)
{
  for (const char *n = name; *n != '\0'; n++)
    {
      if (*n == '_')
        {
          pos = skip_separator (text, len, pos);
          continue;
        }
      if (pos >= len || g_ascii_toupper (text[pos]) != *n)
        return 0;
      pos++;
    }
  return pos;
}

#define N_NAMES (VOILE_N_TYPES + G_N_ELEMENTS (aliases))

/* The names (types', then aliases') by their first letter, in that order: a word start is
 * tried against those of its letter only, and most letters start none. A restore tries
 * every word of the answer: going through all the names for each was most of its time. */
static struct
{
  guint8 n;
  guint8 names[N_NAMES];
} by_letter[26];
static VoileType name_types[N_NAMES];
static const char *names[N_NAMES];

static void
index_names (void)
{
  static gsize ready;

  if (!g_once_init_enter (&ready))
    return;
  for (guint i = 0; i < N_NAMES; i++)
    {
      name_types[i] = i < VOILE_N_TYPES ? (VoileType)i : aliases[i - VOILE_N_TYPES].type;
      names[i] = i < VOILE_N_TYPES ? voile_type_get_name (name_types[i])
                                   : aliases[i - VOILE_N_TYPES].name;
      g_assert (names[i][0] >= 'A' && names[i][0] <= 'Z');
      guint letter = (guint)(names[i][0] - 'A');
      by_letter[letter].names[by_letter[letter].n++] = (guint8)i;
    }
  g_once_init_leave (&ready, 1);
}

/* Tries to read a placeholder starting at pos (a word start, an ASCII letter); on success
 * fills the type, the number and the end of the word. */
static gboolean
match_placeholder_at (const char *text, gsize len, gsize pos, VoileType *out_type,
                      guint *out_number, gsize *out_end)
{
  guint letter = (guint)(g_ascii_toupper (text[pos]) - 'A');

  index_names ();
  if (letter >= 26)
    return FALSE;
  for (guint k = 0; k < by_letter[letter].n; k++)
    {
      guint i = by_letter[letter].names[k];
      VoileType type = name_types[i];
      const char *name = names[i];
      gsize end;
      guint number = 0;
      guint n_digits = 0;

      end = match_name (text, len, pos, name);
      if (end == 0)
        continue;
      end = skip_separator (text, len, end);
      if (end >= len || text[end] < '1' || text[end] > '9')
        continue;
      while (end < len && g_ascii_isdigit (text[end]) && n_digits <= MAX_DIGITS)
        {
          number = number * 10 + (guint)(text[end] - '0');
          end++;
          n_digits++;
        }
      if (n_digits > MAX_DIGITS || word_char_at (text, len, end))
        continue;
      *out_type = type;
      *out_number = number;
      *out_end = end;
      return TRUE;
    }
  return FALSE;
}

/* Finds the next placeholder known to mapping at or after *pos. On success, [*out_start,
 * *out_end) covers it with its brackets, if it kept them, and *out_entry is its entry. */
static gboolean
find_next (const VoileMapping *mapping, const char *text, gsize len, gsize *pos, gsize *out_start,
           gsize *out_end, const VoileMappingEntry **out_entry)
{
  for (gsize i = *pos; i < len; i++)
    {
      VoileType type;
      guint number;
      gsize start = i;
      gsize end;
      const VoileMappingEntry *entry;

      /* "$person1" is a variable of the code the answer shows, not "person 1" */
      if (!g_ascii_isalpha (text[i]) || word_char_before (text, i) || (i > 0 && text[i - 1] == '$')
          || !match_placeholder_at (text, len, i, &type, &number, &end))
        continue;

      entry = voile_mapping_lookup_placeholder (mapping, type, number);
      if (entry == NULL)
        {
          i = end - 1;
          continue;
        }
      /* Brackets go with the placeholder only as a pair: in "[EMAIL_1, EMAIL_2]" they
       * belong to the sentence. */
      if (start >= 2 && end + 1 < len && text[start - 2] == '\\' && text[start - 1] == '['
          && text[end] == '\\' && text[end + 1] == ']')
        {
          start -= 2;
          end += 2;
        }
      else if (start >= 1 && end < len && text[start - 1] == '[' && text[end] == ']')
        {
          /* Ours: what is around them ("<[EMAIL_1]>") is the text's. */
          start -= 1;
          end += 1;
        }
      else
        for (guint nesting = 0; nesting < 2 && bracket_pair_around (text, len, start, end);
             nesting++)
          {
            start -= 1;
            end += 1;
          }
      /* A look-alike the anonymized text held itself ("E-mail 1 - Value") stays; ours,
       * in brackets, never are. */
      if (start == i && g_hash_table_size (mapping->text_words) > 0)
        {
          g_autofree char *word = g_ascii_strdown (text + i, (gssize)(end - i));
          if (g_hash_table_contains (mapping->text_words, word))
            {
              i = end - 1;
              continue;
            }
        }
      *out_start = start;
      *out_end = end;
      *out_entry = entry;
      *pos = end;
      return TRUE;
    }
  *pos = len;
  return FALSE;
}

/* Like find_next(), but in HTML only in the text between tags: a value put inside markup
 * could break an attribute or a tag. */
static gboolean
find_next_in (const VoileMapping *mapping, const char *text, gsize len, gboolean html, gsize *pos,
              gsize *out_start, gsize *out_end, const VoileMappingEntry **out_entry)
{
  if (!html)
    return find_next (mapping, text, len, pos, out_start, out_end, out_entry);
  while (*pos < len)
    {
      if (text[*pos] == '<')
        {
          const char *close = memchr (text + *pos, '>', len - *pos);
          *pos = close != NULL ? (gsize)(close - text) + 1 : len;
          continue;
        }
      const char *open = memchr (text + *pos, '<', len - *pos);
      gsize segment_end = open != NULL ? (gsize)(open - text) : len;
      if (find_next (mapping, text, segment_end, pos, out_start, out_end, out_entry))
        return TRUE;
      *pos = segment_end;
    }
  return FALSE;
}

/* Appends value to out (when out is not NULL), HTML-escaped when html; returns the number of
 * bytes it takes. */
static gsize
append_value (GString *out, const char *value, gsize len, gboolean html)
{
  gsize size = 0;

  if (!html)
    {
      if (out != NULL)
        g_string_append_len (out, value, (gssize)len);
      return len;
    }
  for (gsize i = 0; i < len; i++)
    {
      const char *escaped = NULL;
      switch (value[i])
        {
          case '&':
            escaped = "&amp;";
            break;
          case '<':
            escaped = "&lt;";
            break;
          case '>':
            escaped = "&gt;";
            break;
          case '"':
            escaped = "&quot;";
            break;
          case '\'':
            escaped = "&#39;";
            break;
          default:
            break;
        }
      if (escaped != NULL)
        {
          size += strlen (escaped);
          if (out != NULL)
            g_string_append (out, escaped);
        }
      else
        {
          size++;
          if (out != NULL)
            g_string_append_c (out, value[i]);
        }
    }
  return size;
}

/* A placeholder glued to a URL or a login ("sftp://[PERSON_1]@host", "user=[PERSON_1]",
 * "github.com/[PERSON_1]") stands for a login: a full name, with its space, would break it. */
static gboolean
in_token_slot (const char *text, gsize len, gsize start, gsize end)
{
  if (start > 0 && memchr ("/:@=", text[start - 1], 4) != NULL)
    return TRUE;
  return end < len && text[end] == '@';
}

/* The value put back in place of the previous placeholder, and where it ended in the text:
 * the word before a placeholder may be one ("Karel Zak" anonymized "[PERSON_3] [PERSON_3]"
 * when its two words were found apart). */
typedef struct
{
  gsize start;
  gsize end;
  const char *value;
  gsize value_len;
} PreviousSlot;

/* The words around the placeholder at [start, end), as voile-person-forms.h reads them. The
 * word before is read in the restored text: when only blanks and marks separate the
 * placeholder from the previous one, it ends that one's value ("Zak" met after "karel",
 * "Finch" after "'Harold','"). */
static void
slot_cues (const VoileMapping *mapping, GHashTable *seen, const char *text, gsize len, gsize start,
           gsize end, const PreviousSlot *previous, char cue[VOILE_PERSON_CUE_MAX],
           char next[VOILE_PERSON_CUE_MAX])
{
  gsize p = start, marks = 0;
  while (p > previous->end && text[p - 1] != '\n' && !g_ascii_isalnum (text[p - 1])
         && (guchar)text[p - 1] < 0x80 && (strchr (" \t*", text[p - 1]) != NULL || ++marks <= 8))
    p--;
  if (previous->value != NULL && p == previous->end && p < start)
    {
      /* What the text reads there once restored: the end of the previous value, then the
       * marks between ("Harold','" before "Finch"). */
      char joined[VOILE_PERSON_CUE_MAX + 32];
      /* and what its word had before it: "1.GAUTHIER/" of a reservation's "1.[PERSON_1]/" */
      gsize b = previous->start, n = 0;
      while (b > 0 && previous->start - b < 16 && strchr (" \t\r\n]", text[b - 1]) == NULL)
        b--;
      memcpy (joined, text + b, previous->start - b);
      n = previous->start - b;
      gsize tail = MIN (previous->value_len, (gsize)VOILE_PERSON_CUE_MAX);
      memcpy (joined + n, previous->value + previous->value_len - tail, tail);
      n += tail;
      /* Blanks as the text has them, up to the eight past which the cue stops looking for
       * the word before a mark ("Kapoor        | Anil" is read "|", as anonymize read it). */
      gsize blanks = 0;
      for (gsize i = p; i < start && n < sizeof joined; i++)
        {
          blanks = strchr (" \t", text[i]) != NULL ? blanks + 1 : 0;
          if (blanks <= 8)
            joined[n++] = text[i];
        }
      voile_person_cue_before (joined, n, cue);
      voile_wipe (joined, sizeof joined);
    }
  else
    voile_person_cue_before (text, start, cue);

  /* The word after, when another placeholder follows ("[PERSON_1]  [DATE_2] 14:05" of a
   * chat's "yanis_b  12 nov. 14:05"): read in that one's value at its rank. */
  gsize q = end;
  while (q < len && (text[q] == ' ' || text[q] == '\t' || text[q] == '*'))
    q++;
  gsize from = q, next_start, next_end;
  const VoileMappingEntry *following;
  if (q < len && (text[q] == '[' || g_ascii_isalpha (text[q]))
      && find_next (mapping, text, MIN (len, q + 64), &from, &next_start, &next_end, &following)
      && next_start == q)
    {
      gsize value_len = following->value_len;
      const char *value
          = following->forms == NULL
                ? NULL
                : voile_person_forms_nth (following->forms,
                                          GPOINTER_TO_UINT (g_hash_table_lookup (seen, following)),
                                          &value_len);
      if (value == NULL)
        {
          value = following->value;
          value_len = following->value_len;
        }
      char joined[2 * VOILE_PERSON_CUE_MAX];
      gsize n = MIN (value_len, (gsize)VOILE_PERSON_CUE_MAX);
      memcpy (joined, value, n);
      for (gsize i = next_end; i < len && n < sizeof joined; i++)
        joined[n++] = text[i];
      voile_person_cue_after (joined, n, 0, next);
      voile_wipe (joined, sizeof joined);
    }
  else
    voile_person_cue_after (text, len, end, next);
}

/* What goes back in place of the placeholder at [start, end): for a person, inside a URL or a
 * login the spelling the text had there between the same words, else the login spelling; elsewhere
 * the spelling met after the same word ("Bonjour Marie", "Atelier Vasseur"), and before the same
 * word when that tells two spellings apart, else the longest; between spellings that fit as well,
 * the one the text had at the person's nth mention. */
static void
value_for_slot (const VoileMapping *mapping, GHashTable *seen, const VoileMappingEntry *entry,
                const char *text, gsize len, gsize start, gsize end, guint nth,
                PreviousSlot *previous, const char **value, gsize *value_len)
{
  char cue[VOILE_PERSON_CUE_MAX], next[VOILE_PERSON_CUE_MAX];
  gboolean token_slot = in_token_slot (text, len, start, end);

  *value = NULL;
  if (entry->type != VOILE_TYPE_PERSON)
    {
      /* a value written two ways: the way the text had at this mention */
      if (entry->forms != NULL)
        *value = voile_person_forms_nth (entry->forms, nth, value_len);
      if (*value == NULL)
        {
          *value = entry->value;
          *value_len = entry->value_len;
        }
      *previous
          = (PreviousSlot){ .start = start, .end = end, .value = *value, .value_len = *value_len };
      return;
    }
  if (entry->forms != NULL)
    slot_cues (mapping, seen, text, len, start, end, previous, cue, next);
  if (entry->forms != NULL && token_slot)
    {
      /* "@amandine" where "amandine.r" is met too; "@Hayley Wen" as the chat wrote it */
      *value = voile_person_forms_nth_between (entry->forms, nth, cue, next, value_len);
    }
  if (*value == NULL && entry->compact != NULL && token_slot)
    {
      *value = entry->compact;
      *value_len = entry->compact_len;
    }
  if (*value == NULL && entry->forms != NULL)
    *value = voile_person_forms_pick (entry->forms, cue, next, nth, value_len);
  if (*value == NULL)
    {
      *value = entry->value;
      *value_len = entry->value_len;
    }
  *previous
      = (PreviousSlot){ .start = start, .end = end, .value = *value, .value_len = *value_len };
}

/* How many placeholders of entry came before this one (seen counts them per entry). */
static guint
count_mention (GHashTable *seen, const VoileMappingEntry *entry)
{
  if (entry->forms == NULL)
    return G_MAXUINT;
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (seen, entry));
  g_hash_table_insert (seen, (gpointer)entry, GUINT_TO_POINTER (n + 1));
  return n;
}

static char *
restore (const VoileMapping *mapping, const char *text, gsize len, gboolean html, gsize *out_len,
         guint *n_restored)
{
  GString *out;
  gsize pos = 0;
  gsize cursor = 0;
  gsize start, end;
  const VoileMappingEntry *entry;
  guint count = 0;

  /* Two passes: the output is allocated once, so that growing it leaves no copies of the
   * values in freed memory. */
  gsize size = len;
  const char *value;
  gsize value_len;
  PreviousSlot previous = { 0 };
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);
  while (find_next_in (mapping, text, len, html, &pos, &start, &end, &entry))
    {
      value_for_slot (mapping, seen, entry, text, len, start, end, count_mention (seen, entry),
                      &previous, &value, &value_len);
      size = size - (end - start) + append_value (NULL, value, value_len, html);
    }

  out = g_string_sized_new (size + 1);
  pos = 0;
  previous = (PreviousSlot){ 0 };
  g_hash_table_remove_all (seen);
  while (find_next_in (mapping, text, len, html, &pos, &start, &end, &entry))
    {
      g_string_append_len (out, text + cursor, (gssize)(start - cursor));
      value_for_slot (mapping, seen, entry, text, len, start, end, count_mention (seen, entry),
                      &previous, &value, &value_len);
      append_value (out, value, value_len, html);
      cursor = end;
      count++;
    }
  g_string_append_len (out, text + cursor, (gssize)(len - cursor));

  if (n_restored != NULL)
    *n_restored = count;
  if (out_len != NULL)
    *out_len = out->len;
  return g_string_free (out, FALSE);
}

char *
voile_restore (const VoileMapping *mapping, const char *text, gsize len, gsize *out_len,
               guint *n_restored)
{
  g_return_val_if_fail (mapping != NULL, NULL);
  g_return_val_if_fail (text != NULL || len == 0, NULL);

  return restore (mapping, text, len, FALSE, out_len, n_restored);
}

char *
voile_restore_html (const VoileMapping *mapping, const char *html, gsize len, gsize *out_len,
                    guint *n_restored)
{
  g_return_val_if_fail (mapping != NULL, NULL);
  g_return_val_if_fail (html != NULL || len == 0, NULL);

  return restore (mapping, html, len, TRUE, out_len, n_restored);
}

gboolean
voile_mapping_text_has_placeholders (const VoileMapping *mapping, const char *text, gsize len)
{
  gsize pos = 0;
  gsize start, end;
  const VoileMappingEntry *entry;

  g_return_val_if_fail (mapping != NULL, FALSE);
  g_return_val_if_fail (text != NULL || len == 0, FALSE);

  return find_next (mapping, text, len, &pos, &start, &end, &entry);
}

/* Do the eight bytes at p hold one in '1'..'9' ("Determine if a word has a byte between m
 * and n", for m = '0' and n = ':'; a byte of 0x80 or more counts as none)? */
static inline gboolean
has_digit_byte (const char *p)
{
  const guint64 ones = 0x0101010101010101ull, low7 = ones * 127;
  guint64 x;

  memcpy (&x, p, sizeof x);
  return ((ones * (127 + ':') - (x & low7)) & ~x & ((x & low7) + ones * (127 - '0')) & (ones * 128))
         != 0;
}

/* Does the word before a number (and one separator) end like a placeholder's name: "EMAIL",
 * "credit card", "DATE_OF_BIRTH", "Personne"? */
static gboolean
ends_like_a_name (const char *text, gsize d)
{
  gsize e = d;

  if (e > 0 && (text[e - 1] == '_' || text[e - 1] == '-' || text[e - 1] == ' '))
    e--;
  if (e > 0 && text[e - 1] == '\\')
    e--; /* "EMAIL\\_1" */
  if (e < 2 || !g_ascii_isalpha (text[e - 1]) || !g_ascii_isalpha (text[e - 2]))
    return FALSE;
  /* Each name's last part ("BIRTH" of "DATE_OF_BIRTH", "MAIL" of "E_MAIL"), read off the
   * names once; its last two letters first: most numbers follow none ("le 12"). */
  static const char *parts[VOILE_N_TYPES + G_N_ELEMENTS (aliases)];
  static gsize part_lens[G_N_ELEMENTS (parts)];
  static gsize parts_ready;
  if (g_once_init_enter (&parts_ready))
    {
      for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
        {
          const char *name = i < VOILE_N_TYPES ? voile_type_get_name ((VoileType)i)
                                               : aliases[i - VOILE_N_TYPES].name;
          const char *part = strrchr (name, '_');
          parts[i] = part != NULL ? part + 1 : name;
          part_lens[i] = strlen (parts[i]);
        }
      g_once_init_leave (&parts_ready, 1);
    }
  char last = g_ascii_toupper (text[e - 1]), before = g_ascii_toupper (text[e - 2]);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      gsize n = part_lens[i];
      if (n >= 2 && parts[i][n - 1] == last && parts[i][n - 2] == before && e >= n
          && g_ascii_strncasecmp (text + e - n, parts[i], n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The longest name before a placeholder's number: "DATE_OF_BIRTH_", "POSTAL\\_ADDRESS\\_". */
#define NAME_REACH 32

void
voile_mapping_note_text_words (VoileMapping *mapping, const char *text, gsize len)
{
  g_return_if_fail (mapping != NULL);
  g_return_if_fail (text != NULL || len == 0);

  /* From each number's first digit back to the word starts a name could begin at: far
   * fewer than the text's words, so that anonymizing stays as fast as it was. */
  for (gsize d = 1; d < len; d++)
    {
      /* Eight bytes at a time past those that hold no digit (a byte in 0x31..0x39). */
      while (d + 8 <= len && !has_digit_byte (text + d))
        d += 8;
      if (d >= len)
        break;
      if ((guchar)(text[d] - '1') > 8 || g_ascii_isdigit (text[d - 1])
          || !ends_like_a_name (text, d))
        continue;
      gsize from = d > NAME_REACH ? d - NAME_REACH : 0;
      for (gsize i = from; i < d; i++)
        {
          VoileType type;
          guint number;
          gsize end;

          if (!g_ascii_isalpha (text[i]) || word_char_before (text, i)
              || !match_placeholder_at (text, len, i, &type, &number, &end) || end <= d)
            continue;
          /* Ours, "[EMAIL_1]", are what a text that went through Voile holds: the new
           * placeholders of that type are numbered after them, so that restore never puts a
           * value where the text had one of its own. */
          if (!(i > 0 && end < len && text[i - 1] == '[' && text[end] == ']'))
            g_hash_table_add (mapping->text_words, g_ascii_strdown (text + i, (gssize)(end - i)));
          else if (voile_mapping_lookup_placeholder (mapping, type, number) == NULL)
            mapping->next_number[type] = MAX (mapping->next_number[type], number);
          break;
        }
    }
}
