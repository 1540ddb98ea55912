/* voile-mapping.c — the placeholder → value table: in memory, zeroed when forgotten.
 *
 * The only way it reaches the disk is voile_mapping_save(), which the CLI calls on the
 * user's explicit request (--map); the daemon never does.
 */
#include "config.h"

#include "voile-mapping-private.h"

#include "voile-json.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#define MAP_FORMAT "voile-mapping"
#define MAP_VERSION 1
/* A map file holds a few values per text: anything much bigger is not one of ours. */
#define MAP_MAX_FILE_SIZE (256u * 1024 * 1024)
#define KEY_SEPARATOR '\x1f'

static void
entry_free (VoileMappingEntry *entry)
{
  g_free (entry->placeholder);
  voile_wipe_string_free (entry->key);
  if (entry->value != NULL)
    voile_wipe (entry->value, entry->value_len);
  g_free (entry->value);
  if (entry->compact != NULL)
    voile_wipe (entry->compact, entry->compact_len);
  g_free (entry->compact);
  voile_person_forms_free (entry->forms);
  voile_wipe (entry, sizeof *entry);
  g_free (entry);
}

VoileMapping *
voile_mapping_new (void)
{
  VoileMapping *mapping = g_new0 (VoileMapping, 1);

  mapping->entries = g_ptr_array_new ();
  mapping->by_key = g_hash_table_new (g_str_hash, g_str_equal);
  mapping->by_placeholder = g_hash_table_new (g_str_hash, g_str_equal);
  mapping->text_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return mapping;
}

void
voile_mapping_clear (VoileMapping *mapping)
{
  g_return_if_fail (mapping != NULL);

  g_hash_table_remove_all (mapping->by_key);
  g_hash_table_remove_all (mapping->by_placeholder);
  g_hash_table_remove_all (mapping->text_words);
  for (guint i = 0; i < mapping->entries->len; i++)
    entry_free (g_ptr_array_index (mapping->entries, i));
  g_ptr_array_set_size (mapping->entries, 0);
  memset (mapping->next_number, 0, sizeof mapping->next_number);
}

void
voile_mapping_free (VoileMapping *mapping)
{
  if (mapping == NULL)
    return;
  voile_mapping_clear (mapping);
  g_ptr_array_unref (mapping->entries);
  g_hash_table_unref (mapping->by_key);
  g_hash_table_unref (mapping->by_placeholder);
  g_hash_table_unref (mapping->text_words);
  g_free (mapping);
}

guint
voile_mapping_get_size (const VoileMapping *mapping)
{
  g_return_val_if_fail (mapping != NULL, 0);
  return mapping->entries->len;
}

void
voile_mapping_expire (VoileMapping *mapping, gint64 older_than_us)
{
  guint kept = 0;

  g_return_if_fail (mapping != NULL);

  /* Numbering goes on after an expiry (unlike clear): an old answer still holding
   * "[EMAIL_1]" must not be restored with a newer, unrelated value. */
  for (guint i = 0; i < mapping->entries->len; i++)
    {
      VoileMappingEntry *entry = g_ptr_array_index (mapping->entries, i);

      if (entry->last_used_us < older_than_us)
        {
          g_hash_table_remove (mapping->by_key, entry->key);
          g_hash_table_remove (mapping->by_placeholder, entry->placeholder);
          entry_free (entry);
        }
      else
        mapping->entries->pdata[kept++] = entry;
    }
  g_ptr_array_set_size (mapping->entries, kept);
}

VoileMappingEntry *
voile_mapping_lookup_key (const VoileMapping *mapping, const char *key)
{
  return g_hash_table_lookup (mapping->by_key, key);
}

VoileMappingEntry *
voile_mapping_lookup_placeholder (const VoileMapping *mapping, VoileType type, guint number)
{
  char placeholder[64];
  const char *name = voile_type_get_name (type);
  gsize n = strlen (name);
  char digits[16];
  gsize n_digits = 0;

  /* "%s_%u" written by hand: restore looks up each placeholder of the answer twice, and
   * g_snprintf() was a fifth of its time. */
  do
    {
      digits[n_digits++] = (char)('0' + number % 10);
      number /= 10;
    }
  while (number > 0);
  if (n + 1 + n_digits >= sizeof placeholder)
    return NULL; /* longer than any placeholder */
  memcpy (placeholder, name, n);
  placeholder[n] = '_';
  for (gsize k = 0; k < n_digits; k++)
    placeholder[n + 1 + k] = digits[n_digits - 1 - k];
  placeholder[n + 1 + n_digits] = '\0';
  return g_hash_table_lookup (mapping->by_placeholder, placeholder);
}

/* Replaces the bytes *field holds (zeroing the old ones) by a NUL-terminated copy of value. */
static void
replace_wiped (char **field, gsize *field_len, const char *value, gsize value_len)
{
  if (*field != NULL)
    voile_wipe (*field, *field_len);
  g_free (*field);
  *field = g_malloc (value_len + 1);
  memcpy (*field, value, value_len);
  (*field)[value_len] = '\0';
  *field_len = value_len;
}

void
voile_mapping_entry_set_value (VoileMappingEntry *entry, const char *value, gsize value_len)
{
  replace_wiped (&entry->value, &entry->value_len, value, value_len);
  entry->value_is_login
      = entry->type == VOILE_TYPE_PERSON && voile_person_is_login_spelling (value, value_len);
}

void
voile_mapping_entry_set_compact (VoileMappingEntry *entry, const char *compact, gsize compact_len)
{
  replace_wiped (&entry->compact, &entry->compact_len, compact, compact_len);
}

VoilePersonForms *
voile_mapping_entry_get_forms (VoileMappingEntry *entry)
{
  if (entry->forms == NULL)
    entry->forms = voile_person_forms_new ();
  return entry->forms;
}

/* "EMAIL_12": what g_strdup_printf ("%s_%u") gives, without the cost of printf (one call
 * per new value of a text). */
static char *
placeholder_name (VoileType type, guint number)
{
  const char *name = voile_type_get_name (type);
  gsize n = strlen (name);
  char digits[16];
  guint d = 0;
  char *s;

  do
    digits[d++] = (char)('0' + number % 10);
  while ((number /= 10) != 0);
  s = g_malloc (n + 1 + d + 1);
  memcpy (s, name, n);
  s[n++] = '_';
  while (d > 0)
    s[n++] = digits[--d];
  s[n] = '\0';
  return s;
}

VoileMappingEntry *
voile_mapping_add (VoileMapping *mapping, VoileType type, guint number, char *key,
                   const char *value, gsize value_len)
{
  g_autofree char *placeholder = NULL;

  if (number == 0)
    number = ++mapping->next_number[type];
  placeholder = placeholder_name (type, number);
  if (number == 0 || g_hash_table_contains (mapping->by_placeholder, placeholder)
      || g_hash_table_contains (mapping->by_key, key))
    {
      voile_wipe_string_free (key);
      return NULL;
    }
  mapping->next_number[type] = MAX (mapping->next_number[type], number);

  VoileMappingEntry *entry = g_new0 (VoileMappingEntry, 1);
  entry->type = type;
  entry->number = number;
  entry->placeholder = g_steal_pointer (&placeholder);
  entry->key = key;
  entry->last_used_us = g_get_monotonic_time ();
  voile_mapping_entry_set_value (entry, value, value_len);
  g_ptr_array_add (mapping->entries, entry);
  g_hash_table_insert (mapping->by_key, entry->key, entry);
  g_hash_table_insert (mapping->by_placeholder, entry->placeholder, entry);
  return entry;
}

/* Saving ------------------------------------------------------------------------------ */

/* ', "forms": [{"after": "bonjour", "before": ",", "value": "Marie", "count": 2}, …]' */
static void
append_forms (GString *out, const VoilePersonForms *forms)
{
  g_string_append (out, ", \"forms\": [");
  for (guint f = 0; f < voile_person_forms_get_size (forms); f++)
    {
      const char *cue, *next, *value;
      gsize len;
      guint count;

      voile_person_forms_get (forms, f, &cue, &next, &value, &len, &count);
      g_string_append (out, f == 0 ? "{\"after\": " : ", {\"after\": ");
      voile_json_append_string (out, cue, strlen (cue));
      if (next[0] != '\0')
        {
          g_string_append (out, ", \"before\": ");
          voile_json_append_string (out, next, strlen (next));
        }
      g_string_append (out, ", \"value\": ");
      voile_json_append_string (out, value, len);
      g_string_append_printf (out, ", \"count\": %u}", count);
    }
  g_string_append (out, "]");
}

/* ', "order": [0, 1, 0]': which form each mention of the last text was. */
static void
append_order (GString *out, const VoilePersonForms *forms)
{
  guint n;
  const guint8 *order = voile_person_forms_get_order (forms, &n);

  if (n == 0)
    return;
  g_string_append (out, ", \"order\": [");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, i == 0 ? "%u" : ", %u", order[i]);
  g_string_append (out, "]");
}

static int
compare_strings (const void *a, const void *b)
{
  return strcmp (*(const char *const *)a, *(const char *const *)b);
}

gboolean
voile_mapping_save (const VoileMapping *mapping, const char *path, GError **error)
{
  gsize estimate = 128;
  gboolean ok;

  g_return_val_if_fail (mapping != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* Size the buffer once so that growing it leaves no stray copies of the values in freed
   * memory: every byte escapes to at most 6. */
  for (guint i = 0; i < mapping->entries->len; i++)
    {
      const VoileMappingEntry *entry = g_ptr_array_index (mapping->entries, i);
      estimate += 144 + 6 * (entry->value_len + entry->compact_len + strlen (entry->key));
      for (guint f = 0; entry->forms != NULL && f < voile_person_forms_get_size (entry->forms); f++)
        {
          const char *cue, *next, *value;
          gsize len;
          guint count;
          voile_person_forms_get (entry->forms, f, &cue, &next, &value, &len, &count);
          estimate += 80 + 6 * (strlen (cue) + strlen (next) + len);
        }
      if (entry->forms != NULL)
        {
          guint n;
          voile_person_forms_get_order (entry->forms, &n);
          estimate += 16 + 5 * (gsize)n;
        }
    }

  GHashTableIter iter;
  gpointer word;
  g_hash_table_iter_init (&iter, mapping->text_words);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    estimate += 8 + 6 * strlen (word);
  GString *out = g_string_sized_new (estimate);
  g_string_append (out, "{\n  \"format\": \"" MAP_FORMAT "\",\n  \"version\": ");
  g_string_append_printf (out, "%d,\n  \"entries\": [", MAP_VERSION);
  for (guint i = 0; i < mapping->entries->len; i++)
    {
      const VoileMappingEntry *entry = g_ptr_array_index (mapping->entries, i);
      const char *match = strchr (entry->key, KEY_SEPARATOR);

      match = match != NULL ? match + 1 : "";
      g_string_append (out, i == 0 ? "\n    " : ",\n    ");
      g_string_append (out, "{\"placeholder\": ");
      voile_json_append_string (out, entry->placeholder, strlen (entry->placeholder));
      g_string_append (out, ", \"value\": ");
      voile_json_append_string (out, entry->value, entry->value_len);
      g_string_append (out, ", \"match\": ");
      voile_json_append_string (out, match, strlen (match));
      if (entry->compact != NULL
          && (entry->compact_len != entry->value_len
              || memcmp (entry->compact, entry->value, entry->value_len) != 0))
        {
          g_string_append (out, ", \"compact\": ");
          voile_json_append_string (out, entry->compact, entry->compact_len);
        }
      /* Other types' spellings only when a value was written two ways. */
      if (entry->forms != NULL
          && voile_person_forms_get_size (entry->forms)
                 > (entry->type == VOILE_TYPE_PERSON ? 0 : 1))
        {
          append_forms (out, entry->forms);
          append_order (out, entry->forms);
        }
      g_string_append (out, "}");
    }
  g_string_append (out, "\n  ]");
  if (g_hash_table_size (mapping->text_words) > 0)
    {
      /* Sorted: the same map saves to the same bytes. */
      g_autofree const char **words
          = (const char **)g_hash_table_get_keys_as_array (mapping->text_words, NULL);
      guint n = g_hash_table_size (mapping->text_words);
      qsort (words, n, sizeof *words, compare_strings);
      g_string_append (out, ",\n  \"text_words\": [");
      for (guint i = 0; i < n; i++)
        {
          if (i > 0)
            g_string_append (out, ", ");
          voile_json_append_string (out, words[i], strlen (words[i]));
        }
      g_string_append (out, "]");
    }
  g_string_append (out, "\n}\n");

  /* Created with mode 0600 (less with the umask) and renamed into place: the values are
   * never readable by others, not even for an instant. */
  ok = g_file_set_contents_full (path, out->str, (gssize)out->len, G_FILE_SET_CONTENTS_CONSISTENT,
                                 0600, error);
  voile_wipe (out->str, out->allocated_len);
  g_string_free (out, TRUE);
  return ok;
}

/* Loading ----------------------------------------------------------------------------- */

static gboolean
parse_placeholder (const char *placeholder, VoileType *out_type, guint *out_number)
{
  const char *underscore = strrchr (placeholder, '_');
  guint64 number;
  g_autofree char *type_name = NULL;

  if (underscore == NULL || underscore[1] == '0'
      || !g_ascii_string_to_unsigned (underscore + 1, 10, 1, G_MAXINT, &number, NULL))
    return FALSE;
  type_name = g_strndup (placeholder, (gsize)(underscore - placeholder));
  if (!voile_type_from_name (type_name, out_type)
      || strcmp (type_name, voile_type_get_name (*out_type)) != 0)
    return FALSE;
  *out_number = (guint)number;
  return TRUE;
}

/* One {"after": …, "before": …, "value": …, "count": N} of an entry's "forms" ("before" is
 * optional: maps of earlier versions have none); *value (value_len bytes) is the caller's
 * to wipe. */
static gboolean
parse_form (VoileJsonReader *reader, char **cue, char **next, char **value, gsize *value_len,
            guint64 *count, GError **error)
{
  gboolean started = FALSE;
  char *name;
  VoileJsonStep step;
  guint line;

  voile_json_reader_peek (reader);
  line = voile_json_reader_get_line (reader);
  while ((step = voile_json_reader_next_member (reader, &started, &name, error)) == VOILE_JSON_NEXT)
    {
      g_autofree char *member = name;
      char **target = strcmp (member, "after") == 0    ? cue
                      : strcmp (member, "before") == 0 ? next
                      : strcmp (member, "value") == 0  ? value
                                                       : NULL;
      if (target != NULL && *target != NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _ ("line %u: “%s” given twice"),
                       line, member);
          return FALSE;
        }
      gboolean read;
      if (target != NULL)
        {
          *target
              = voile_json_reader_read_string (reader, target == value ? value_len : NULL, error);
          read = *target != NULL;
        }
      else if (strcmp (member, "count") == 0)
        read = voile_json_reader_read_uint (reader, count, error);
      else
        read = voile_json_reader_skip_value (reader, error);
      if (!read)
        return FALSE;
    }
  if (step == VOILE_JSON_ERROR)
    return FALSE;
  if (*cue == NULL || *value == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _ ("line %u: a form needs an “after” and a “value”"), line);
      return FALSE;
    }
  return TRUE;
}

/* An entry's "order": the index of the form each mention was (older maps have none). */
static gboolean
parse_order (VoileJsonReader *reader, GByteArray *order, GError **error)
{
  gboolean started = FALSE;
  VoileJsonStep step;

  while ((step = voile_json_reader_next_element (reader, &started, error)) == VOILE_JSON_NEXT)
    {
      guint64 index;
      if (!voile_json_reader_read_uint (reader, &index, error))
        return FALSE;
      guint8 b = index < 0xFF ? (guint8)index : 0xFF;
      g_byte_array_append (order, &b, 1);
    }
  return step == VOILE_JSON_END;
}

/* An entry's "forms": its spellings, a person's with the words around each. */
static gboolean
parse_forms (VoileJsonReader *reader, VoilePersonForms *forms, GError **error)
{
  gboolean started = FALSE;
  VoileJsonStep step;

  while ((step = voile_json_reader_next_element (reader, &started, error)) == VOILE_JSON_NEXT)
    {
      g_autofree char *cue = NULL;
      g_autofree char *next = NULL;
      char *value = NULL;
      gsize value_len = 0;
      guint64 count = 1;
      gboolean ok = parse_form (reader, &cue, &next, &value, &value_len, &count, error);

      if (ok)
        voile_person_forms_add (forms, cue, next != NULL ? next : "", value, value_len,
                                (guint)MIN (count, G_MAXUINT));
      if (value != NULL)
        voile_wipe (value, value_len);
      g_free (value);
      if (!ok)
        return FALSE;
    }
  return step == VOILE_JSON_END;
}

static gboolean
parse_entry (VoileMapping *mapping, VoileJsonReader *reader, GError **error)
{
  g_autoptr (VoilePersonForms) forms = NULL;
  g_autoptr (GByteArray) order = NULL;
  g_autofree char *placeholder = NULL;
  char *value = NULL;
  gsize value_len = 0;
  char *match = NULL;
  gsize match_len = 0;
  char *compact = NULL;
  gsize compact_len = 0;
  gboolean ok = FALSE;
  VoileType type;
  guint number;
  guint line;
  gboolean started = FALSE;
  char *name;
  VoileJsonStep step;

  voile_json_reader_peek (reader);
  line = voile_json_reader_get_line (reader);
  while ((step = voile_json_reader_next_member (reader, &started, &name, error)) == VOILE_JSON_NEXT)
    {
      g_autofree char *member = name;
      char **target = NULL;
      gsize *target_len = NULL;

      if (strcmp (member, "placeholder") == 0)
        target = &placeholder;
      else if (strcmp (member, "value") == 0)
        target = &value, target_len = &value_len;
      else if (strcmp (member, "match") == 0)
        target = &match, target_len = &match_len;
      else if (strcmp (member, "compact") == 0)
        target = &compact, target_len = &compact_len;

      if ((target != NULL && *target != NULL) || (strcmp (member, "forms") == 0 && forms != NULL)
          || (strcmp (member, "order") == 0 && order != NULL))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _ ("line %u: “%s” given twice"),
                       line, member);
          goto out;
        }
      if (strcmp (member, "forms") == 0)
        {
          forms = voile_person_forms_new ();
          if (!parse_forms (reader, forms, error))
            goto out;
        }
      else if (strcmp (member, "order") == 0)
        {
          order = g_byte_array_new ();
          if (!parse_order (reader, order, error))
            goto out;
        }
      else if (target != NULL)
        {
          *target = voile_json_reader_read_string (reader, target_len, error);
          if (*target == NULL)
            goto out;
        }
      else if (!voile_json_reader_skip_value (reader, error))
        goto out;
    }
  if (step == VOILE_JSON_ERROR)
    goto out;

  if (placeholder == NULL || value == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _ ("line %u: an entry needs a “placeholder” and a “value”"), line);
      goto out;
    }
  if (!parse_placeholder (placeholder, &type, &number))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _ ("line %u: “%s” is not a Voile placeholder"), line, placeholder);
      goto out;
    }
  if (match != NULL && memchr (match, '\0', match_len) != NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _ ("line %u: invalid “match”"),
                   line);
      goto out;
    }

  /* Without "match", the entry restores but never matches a new value. */
  char *key = match != NULL
                  ? g_strdup_printf ("%s%c%s", voile_type_get_name (type), KEY_SEPARATOR, match)
                  : g_strdup_printf ("%s%c%c%s", voile_type_get_name (type), KEY_SEPARATOR,
                                     KEY_SEPARATOR, placeholder);
  if (voile_mapping_lookup_placeholder (mapping, type, number) != NULL)
    {
      voile_wipe_string_free (key);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _ ("line %u: “%s” appears twice"),
                   line, placeholder);
      goto out;
    }
  VoileMappingEntry *entry = voile_mapping_add (mapping, type, number, key, value, value_len);
  if (entry == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _ ("line %u: the value of “%s” appears twice"), line, placeholder);
      goto out;
    }
  if (compact != NULL)
    voile_mapping_entry_set_compact (entry, compact, compact_len);
  if (forms != NULL && order != NULL)
    voile_person_forms_set_order (forms, order->data, order->len);
  entry->forms = g_steal_pointer (&forms);
  ok = TRUE;

out:
  if (value != NULL)
    voile_wipe (value, value_len);
  g_free (value);
  if (match != NULL)
    voile_wipe (match, match_len);
  g_free (match);
  if (compact != NULL)
    voile_wipe (compact, compact_len);
  g_free (compact);
  return ok;
}

static gboolean
parse_map (VoileMapping *mapping, VoileJsonReader *reader, GError **error)
{
  gboolean format_ok = FALSE;
  guint64 version = 0;
  gboolean have_entries = FALSE;

  gboolean started = FALSE;
  char *name;
  VoileJsonStep step;

  while ((step = voile_json_reader_next_member (reader, &started, &name, error)) == VOILE_JSON_NEXT)
    {
      g_autofree char *member = name;

      if (strcmp (member, "format") == 0)
        {
          g_autofree char *format = voile_json_reader_read_string (reader, NULL, error);
          if (format == NULL)
            return FALSE;
          format_ok = strcmp (format, MAP_FORMAT) == 0;
        }
      else if (strcmp (member, "version") == 0)
        {
          if (!voile_json_reader_read_uint (reader, &version, error))
            return FALSE;
        }
      else if (strcmp (member, "entries") == 0)
        {
          gboolean entries_started = FALSE;
          VoileJsonStep entry_step;

          have_entries = TRUE;
          while ((entry_step = voile_json_reader_next_element (reader, &entries_started, error))
                 == VOILE_JSON_NEXT)
            if (!parse_entry (mapping, reader, error))
              return FALSE;
          if (entry_step == VOILE_JSON_ERROR)
            return FALSE;
        }
      else if (strcmp (member, "text_words") == 0)
        {
          gboolean words_started = FALSE;
          VoileJsonStep word_step;

          while ((word_step = voile_json_reader_next_element (reader, &words_started, error))
                 == VOILE_JSON_NEXT)
            {
              char *word = voile_json_reader_read_string (reader, NULL, error);
              if (word == NULL)
                return FALSE;
              g_hash_table_add (mapping->text_words, word);
            }
          if (word_step == VOILE_JSON_ERROR)
            return FALSE;
        }
      else if (!voile_json_reader_skip_value (reader, error))
        return FALSE;
    }
  if (step == VOILE_JSON_ERROR || !voile_json_reader_expect_end (reader, error))
    return FALSE;
  if (!format_ok || !have_entries)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _ ("no “format”: “voile-mapping” or no “entries”"));
      return FALSE;
    }
  if (version != MAP_VERSION)
    {
      g_autofree char *found = g_strdup_printf ("%" G_GUINT64_FORMAT, version);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _ ("unsupported map file version %s (this Voile reads %d)"), found, MAP_VERSION);
      return FALSE;
    }
  return TRUE;
}

VoileMapping *
voile_mapping_load_from_data (const char *data, gsize len, const char *name, GError **error)
{
  g_autoptr (VoileMapping) mapping = voile_mapping_new ();
  g_autoptr (GError) local_error = NULL;
  VoileJsonReader reader;

  voile_json_reader_init (&reader, data, len);
  if (!parse_map (mapping, &reader, &local_error))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: the first %s is a file name, the second the reason */
                   _ ("“%s” is not a valid Voile map file: %s"), name, local_error->message);
      return NULL;
    }
  return g_steal_pointer (&mapping);
}

VoileMapping *
voile_mapping_load (const char *path, GError **error)
{
  g_autofree char *display = NULL;
  GStatBuf st;
  char *data = NULL;
  gsize len = 0;
  VoileMapping *mapping;

  g_return_val_if_fail (path != NULL, NULL);

  display = g_filename_display_name (path);
  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _ ("Cannot read the map file “%s”: %s"), display, g_strerror (saved_errno));
      return NULL;
    }
  if (!S_ISREG (st.st_mode) || (guint64)st.st_size > MAP_MAX_FILE_SIZE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _ ("“%s” is not a Voile map file"),
                   display);
      return NULL;
    }
  if (!g_file_get_contents (path, &data, &len, error))
    return NULL;
  mapping = voile_mapping_load_from_data (data, len, display, error);
  voile_wipe (data, len);
  g_free (data);
  return mapping;
}
