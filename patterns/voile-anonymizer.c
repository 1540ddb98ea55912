/* voile-anonymizer.c — replaces findings by placeholders, one placeholder per value.
 *
 * "One value" is decided on a normalised key, so that "06 12 34 56 78" and "06.12.34.56.78",
 * or "Marie.Dupont@x.fr" and "marie.dupont@x.fr", share "[PHONE_1]" / "[EMAIL_1]". For
 * people the engine already tells which mentions are one person (VoileFinding.entity).
 */
#include "config.h"

#include "voile-mapping-private.h"

#include <string.h>

typedef enum
{
  NORMALISE_EXACT,   /* secrets: every byte matters */
  NORMALISE_CASE,    /* e-mails, IP addresses: case does not matter */
  NORMALISE_COMPACT, /* numbers and codes: neither case nor spacing, dots, dashes */
  NORMALISE_PHONE,   /* compact, and +33 / 0033 are the leading 0 */
  NORMALISE_SPACING, /* amounts: spacing does not matter */
  NORMALISE_TEXT,    /* names, addresses, dates: case, and runs of spaces are one */
} Normalisation;

static Normalisation
normalisation_for_type (VoileType type)
{
  switch (type)
    {
      case VOILE_TYPE_SECRET:
        return NORMALISE_EXACT;
      case VOILE_TYPE_EMAIL:
      case VOILE_TYPE_IP_ADDRESS:
        return NORMALISE_CASE;
      case VOILE_TYPE_PHONE:
        return NORMALISE_PHONE;
      case VOILE_TYPE_IBAN:
      case VOILE_TYPE_CREDIT_CARD:
      case VOILE_TYPE_FR_NIR:
      case VOILE_TYPE_FR_SIREN:
      case VOILE_TYPE_FR_SIRET:
      case VOILE_TYPE_FR_VAT:
      case VOILE_TYPE_US_SSN:
      case VOILE_TYPE_UK_NINO:
      case VOILE_TYPE_ID_DOCUMENT:
      case VOILE_TYPE_LICENSE_PLATE:
      case VOILE_TYPE_CUSTOMER_ID:
        return NORMALISE_COMPACT;
      case VOILE_TYPE_AMOUNT:
        return NORMALISE_SPACING;
      case VOILE_TYPE_PERSON:
      case VOILE_TYPE_LOCATION:
      case VOILE_TYPE_POSTAL_ADDRESS:
      case VOILE_TYPE_DATE_OF_BIRTH:
      case VOILE_TYPE_DATE:
      case VOILE_N_TYPES:
      default:
        return NORMALISE_TEXT;
    }
}

/* The ASCII bytes g_unichar_isspace() accepts: not '\v' (a control character to Unicode). */
static const gboolean ascii_space[128] = {
  ['\t'] = TRUE, ['\n'] = TRUE, ['\f'] = TRUE, ['\r'] = TRUE, [' '] = TRUE,
};

static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00a0 || c == 0x202f || c == 0x2007;
}

/* What make_key() does with an ASCII byte (1 to 127) in each normalisation: drop it, take
 * it as a space between words, or write this byte. */
enum
{
  ASCII_DROP = 0x80,
  ASCII_SPACE = 0x81,
};

static guint8 ascii_actions[NORMALISE_TEXT + 1][128];

static void
ascii_actions_init (void)
{
  static gsize ready = 0;

  if (!g_once_init_enter (&ready))
    return;
  for (guint norm = 0; norm <= NORMALISE_TEXT; norm++)
    for (guint b = 1; b < 128; b++)
      {
        gboolean space = ascii_space[b];
        guint8 lower = (guint8)(b >= 'A' && b <= 'Z' ? b + 32 : b);
        guint8 action = lower;

        switch ((Normalisation)norm)
          {
            case NORMALISE_EXACT:
              action = (guint8)b;
              break;
            case NORMALISE_CASE:
              break;
            case NORMALISE_COMPACT:
            case NORMALISE_PHONE:
              if (space || b == '.' || b == '-' || b == '/' || b == '(' || b == ')')
                action = ASCII_DROP;
              break;
            case NORMALISE_SPACING:
              if (space)
                action = ASCII_DROP;
              break;
            case NORMALISE_TEXT:
              if (space)
                action = ASCII_SPACE;
              break;
            default:
              g_assert_not_reached ();
          }
        ascii_actions[norm][b] = action;
      }
  g_once_init_leave (&ready, 1);
}

/* Writes "TYPE\x1F" and the normalised value into one buffer sized up front, so that no
 * partial copy of the value is left in freed memory. NUL bytes are dropped (keys are C
 * strings); invalid UTF-8 bytes are kept as they are. */
static char *
make_key (VoileType type, const char *value, gsize len)
{
  Normalisation norm = normalisation_for_type (type);
  const char *type_name = voile_type_get_name (type);
  gsize size = strlen (type_name) + 2 + 4 * len + 8;
  char *key = g_malloc (size);
  gsize n = 0;
  const char *p = value;
  const char *end = value + len;
  gboolean pending_space = FALSE;

  ascii_actions_init ();
  n = strlen (type_name);
  memcpy (key, type_name, n);
  key[n++] = '\x1f';
  gsize body = n;

  while (p < end)
    {
      guchar b = (guchar)*p;

      /* ASCII (most bytes of most values): what the general case below does, without its
       * calls, by one table read. NUL takes the general case (an invalid sequence for
       * GLib). */
      if (b != 0 && b < 0x80)
        {
          guint8 action = ascii_actions[norm][b];
          p++;
          if (action == ASCII_DROP)
            continue;
          if (action == ASCII_SPACE)
            {
              pending_space = TRUE;
              continue;
            }
          /* Only NORMALISE_TEXT sets pending_space. */
          if (pending_space && n > body)
            key[n++] = ' ';
          pending_space = FALSE;
          key[n++] = (char)action;
          continue;
        }

      gunichar c = g_utf8_get_char_validated (p, end - p);
      const char *next;

      if (c == (gunichar)-1 || c == (gunichar)-2)
        {
          if (pending_space && n > body)
            key[n++] = ' ';
          pending_space = FALSE;
          key[n++] = *p++;
          continue;
        }
      next = g_utf8_next_char (p);
      if (c == 0)
        {
          p = next;
          continue;
        }
      switch (norm)
        {
          case NORMALISE_EXACT:
            memcpy (key + n, p, (gsize)(next - p));
            n += (gsize)(next - p);
            p = next;
            continue;
          case NORMALISE_CASE:
            break;
          case NORMALISE_COMPACT:
          case NORMALISE_PHONE:
            if (is_space (c) || c == '.' || c == '-' || c == '/' || c == '(' || c == ')'
                || c == 0x2010 || c == 0x2011 || c == 0x2013)
              {
                p = next;
                continue;
              }
            break;
          case NORMALISE_SPACING:
            if (is_space (c))
              {
                p = next;
                continue;
              }
            break;
          case NORMALISE_TEXT:
            if (is_space (c))
              {
                pending_space = TRUE;
                p = next;
                continue;
              }
            if (pending_space && n > body)
              key[n++] = ' ';
            pending_space = FALSE;
            break;
          default:
            g_assert_not_reached ();
        }
      n += (gsize)g_unichar_to_utf8 (g_unichar_tolower (c), key + n);
      p = next;
    }
  key[n] = '\0';

  if (norm == NORMALISE_PHONE)
    {
      /* "+33 (0)6…", "0033 6…" and "06…" are one number. */
      char *digits = key + body;
      gsize old_len = n - body;

      if (g_str_has_prefix (digits, "+33") || g_str_has_prefix (digits, "0033"))
        {
          gsize prefix = digits[0] == '+' ? 3 : 4;
          gsize keep_zero = digits[prefix] == '0' ? 0 : 1;

          memmove (digits + keep_zero, digits + prefix, old_len - prefix + 1);
          if (keep_zero)
            digits[0] = '0';
        }
      else if (g_str_has_prefix (digits, "00"))
        {
          digits[0] = '+';
          memmove (digits + 1, digits + 2, old_len - 2 + 1);
        }
      /* Leave no stale digits after the shortened key. */
      gsize new_len = strlen (digits);
      voile_wipe (digits + new_len, old_len - new_len);
    }
  return key;
}

/* Are text[from, to) one to three spaces or tabs, on one line? */
static gboolean
only_blanks_between (const char *text, gsize from, gsize to)
{
  if (to <= from || to - from > 3)
    return FALSE;
  for (gsize p = from; p < to; p++)
    if (text[p] != ' ' && text[p] != '\t')
      return FALSE;
  return TRUE;
}

/* A name across a wrapped line's break ("Sophie\nLeroux") comes back on one line where no
 * spelling met in its own place fits. */
static void
set_value_on_one_line (VoileMappingEntry *entry)
{
  char *one_line = g_malloc (entry->value_len);
  gsize n = 0;

  for (gsize i = 0; i < entry->value_len; i++)
    if (entry->value[i] != '\r' && entry->value[i] != '\n')
      one_line[n++] = entry->value[i];
    else if (n == 0 || one_line[n - 1] != ' ')
      one_line[n++] = ' ';
  voile_mapping_entry_set_value (entry, one_line, n);
  voile_wipe_free (one_line, entry->value_len);
}

/* The value a placeholder restores: the first spelling met, except for people, where the
 * longest mention ("Marie Dupont" rather than "Marie") says the most, the longest login
 * spelling is kept for placeholders inside URLs and handles, and each spelling is kept with
 * the words around it (text[start] is the mention's first byte). Every type keeps the
 * spelling of each mention, in order. now_us: when the anonymize began (the clock read once
 * a text, not once a mention). */
static void
update_entry (VoileMappingEntry *entry, guint text_number, const char *text, gsize text_len,
              gsize start, gsize len, gint64 now_us)
{
  const char *value = text + start;

  entry->last_used_us = now_us;
  if (entry->type != VOILE_TYPE_PERSON)
    {
      /* One value written two ways ("06 12 34 56 78" and "0612345678", "Marie.D@x.fr" and
       * "marie.d@x.fr"): each way comes back where it was. The spellings are kept from the
       * second one met on, the mentions before it counted meanwhile. */
      if (entry->text_number != text_number)
        {
          entry->text_number = text_number;
          entry->text_mentions = 0;
        }
      entry->text_mentions++;
      if (entry->forms == NULL && len == entry->value_len && memcmp (value, entry->value, len) == 0)
        return;
      if (entry->forms == NULL)
        for (guint i = 1; i < entry->text_mentions; i++)
          voile_person_forms_add_mention (voile_mapping_entry_get_forms (entry), text_number, "",
                                          "", entry->value, entry->value_len);
      voile_person_forms_add_mention (voile_mapping_entry_get_forms (entry), text_number, "", "",
                                      value, len);
      return;
    }
  /* A name written as a name beats a login ("Priya Raman" over "priya.raman"). */
  gboolean login = voile_person_is_login_spelling (value, len);
  if ((len > entry->value_len && login == entry->value_is_login)
      || (entry->value_is_login && !login))
    voile_mapping_entry_set_value (entry, value, len);
  if (memchr (entry->value, '\n', entry->value_len) != NULL)
    set_value_on_one_line (entry);
  if (len > entry->compact_len && login)
    voile_mapping_entry_set_compact (entry, value, len);

  char cue[VOILE_PERSON_CUE_MAX], next[VOILE_PERSON_CUE_MAX];
  voile_person_cue_before (text, start, cue);
  voile_person_cue_after (text, text_len, start + len, next);
  voile_person_forms_add_mention (voile_mapping_entry_get_forms (entry), text_number, cue, next,
                                  value, len);
}

char *
voile_anonymize (VoileMapping *mapping, const char *text, gsize len, const VoileScanResult *scan,
                 gsize *out_len)
{
  GString *out;
  gsize cursor = 0;
  gint64 now_us = g_get_monotonic_time ();

  g_return_val_if_fail (mapping != NULL, NULL);
  g_return_val_if_fail (text != NULL || len == 0, NULL);
  g_return_val_if_fail (scan != NULL, NULL);

  voile_mapping_note_text_words (mapping, text, len);
  mapping->texts++;
  out = g_string_sized_new (len + 16);
  for (guint i = 0; i < scan->findings->len; i++)
    {
      const VoileFinding *finding = &g_array_index (scan->findings, VoileFinding, i);
      const char *value = text + finding->start;
      gsize value_len = finding->end - finding->start;
      VoileMappingEntry *entry;
      char *key;

      /* Findings are sorted and disjoint; anything else is skipped rather than trusted. */
      if (finding->type >= VOILE_N_TYPES || finding->start < cursor || finding->end > len
          || finding->start >= finding->end)
        continue;
      /* Two parts of one person found apart ("Karel" and "Zak" of "Karel Zak") are one
       * mention: one placeholder, which restores the name as it was written. */
      while (finding->type == VOILE_TYPE_PERSON && finding->entity > 0
             && i + 1 < scan->findings->len)
        {
          const VoileFinding *next = &g_array_index (scan->findings, VoileFinding, i + 1);
          if (next->type != finding->type || next->entity != finding->entity
              || next->start < finding->start + value_len || next->end > len
              || !only_blanks_between (text, finding->start + value_len, next->start))
            break;
          value_len = next->end - finding->start;
          i++;
        }

      if (finding->entity > 0 && finding->entity <= scan->entities->len
          && g_ptr_array_index (scan->entities, finding->entity - 1) != NULL)
        {
          const char *entity = g_ptr_array_index (scan->entities, finding->entity - 1);
          key = make_key (finding->type, entity, strlen (entity));
        }
      else
        key = make_key (finding->type, value, value_len);

      entry = voile_mapping_lookup_key (mapping, key);
      if (entry != NULL)
        {
          voile_wipe_string_free (key);
          update_entry (entry, mapping->texts, text, len, finding->start, value_len, now_us);
        }
      else if ((entry = voile_mapping_add (mapping, finding->type, 0, key, value, value_len))
               != NULL)
        update_entry (entry, mapping->texts, text, len, finding->start, value_len, now_us);

      g_string_append_len (out, text + cursor, (gssize)(finding->start - cursor));
      if (entry != NULL)
        {
          g_string_append_c (out, VOILE_PLACEHOLDER_OPEN);
          g_string_append (out, entry->placeholder);
          g_string_append_c (out, VOILE_PLACEHOLDER_CLOSE);
        }
      cursor = finding->start + value_len;
    }
  g_string_append_len (out, text + cursor, (gssize)(len - cursor));

  if (out_len != NULL)
    *out_len = out->len;
  return g_string_free (out, FALSE);
}
