/* voile-mapping-private.h — the mapping's entries, shared by the anonymizer and the restorer.
 *
 * Not installed, not used outside patterns/ (and its tests).
 */
#pragma once

#include "voile-anonymizer.h"
#include "voile-person-forms.h"
#include "voile-wipe.h"

G_BEGIN_DECLS

typedef struct
{
  VoileType type;
  guint number;      /* the N of "[TYPE_N]", from 1 */
  char *placeholder; /* "EMAIL_3": no brackets, upper case; also the restore lookup key */
  char *key;         /* type name, a 0x1F separator and the normalised value (or entity) */
  char *value;       /* the text put back on restore; may hold NUL bytes */
  gsize value_len;
  gboolean value_is_login; /* people: value spells a login (voile_person_is_login_spelling) */
  /* People only: the longest spelling met that is written as one token ("nadia.haddou",
   * "nhaddou"), put back where a placeholder sits inside a URL or a login
   * ("sftp://[PERSON_1]@host"), where the full name would break it. NULL when none. */
  char *compact;
  gsize compact_len;
  /* Each spelling met, with the words around it for people (see voile-person-forms.h), and
   * which one each mention of the last text was. NULL until the first;
   * voile_mapping_entry_get_forms() creates it. */
  VoilePersonForms *forms;
  gint64 last_used_us; /* g_get_monotonic_time() of the last anonymize that used it */
  /* Other types: the mentions of the text numbered text_number so far, all spelled as value
   * until forms is made (a second spelling met). */
  guint text_number;
  guint text_mentions;
} VoileMappingEntry;

struct _VoileMapping
{
  GPtrArray *entries;         /* owns the VoileMappingEntry */
  GHashTable *by_key;         /* entry->key -> entry */
  GHashTable *by_placeholder; /* entry->placeholder -> entry */
  guint next_number[VOILE_N_TYPES];
  /* Placeholder look-alikes the anonymized texts held themselves, lower case ("e-mail 1" of
   * a contacts export's "E-mail 1 - Value" header): restore leaves them alone. */
  GHashTable *text_words;
  guint texts; /* texts anonymized with it: numbers the order of a person's mentions */
};

/* Remembers the placeholder look-alikes of a text about to be anonymized (restorer.c, where
 * look-alikes are read). */
void
voile_mapping_note_text_words (VoileMapping *mapping, const char *text, gsize len);

VoileMappingEntry *
voile_mapping_lookup_key (const VoileMapping *mapping, const char *key);
VoileMappingEntry *
voile_mapping_lookup_placeholder (const VoileMapping *mapping, VoileType type, guint number);
/* Takes ownership of key; copies value. number 0 = the next free number of the type. Returns
 * NULL when number is already taken. */
VoileMappingEntry *
voile_mapping_add (VoileMapping *mapping, VoileType type, guint number, char *key,
                   const char *value, gsize value_len);
/* Replaces the value put back on restore (zeroing the old one). */
void
voile_mapping_entry_set_value (VoileMappingEntry *entry, const char *value, gsize value_len);

/* Replaces the one-token spelling put back inside URLs and logins. */
void
voile_mapping_entry_set_compact (VoileMappingEntry *entry, const char *compact, gsize compact_len);

/* The entry's spellings, created empty on first use. */
VoilePersonForms *
voile_mapping_entry_get_forms (VoileMappingEntry *entry);

/* Loads a mapping from the bytes of a map file; name is used in error messages only. */
VoileMapping *
voile_mapping_load_from_data (const char *data, gsize len, const char *name, GError **error);

G_END_DECLS
