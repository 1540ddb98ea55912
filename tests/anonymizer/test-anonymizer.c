/* test-anonymizer.c — the mapping, the anonymizer and the restorer, on hand-built scans
 * (independent of the detectors). */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include "voile-anonymizer.h"
#include "voile-mapping-private.h"

#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Builds a scan of text by hand: each (value, type, entity) marks the next occurrence of
 * value after the previous finding. */
typedef struct
{
  const char *value;
  VoileType type;
  guint entity;
} Mark;

static VoileScanResult *
make_scan (const char *text, const Mark *marks, guint n_marks, const char *const *entities)
{
  VoileScanResult *scan = voile_scan_result_new ();
  gsize from = 0;

  for (guint i = 0; entities != NULL && entities[i] != NULL; i++)
    g_ptr_array_add (scan->entities, g_strdup (entities[i]));
  for (guint i = 0; i < n_marks; i++)
    {
      const char *hit = strstr (text + from, marks[i].value);
      g_assert_nonnull (hit);
      VoileFinding finding = {
        .type = marks[i].type,
        .start = (gsize)(hit - text),
        .end = (gsize)(hit - text) + strlen (marks[i].value),
        .confidence = 0.9f,
        .entity = marks[i].entity,
      };
      g_array_append_val (scan->findings, finding);
      from = finding.end;
    }
  return scan;
}

static char *
anonymize (VoileMapping *mapping, const char *text, const Mark *marks, guint n_marks,
           const char *const *entities)
{
  g_autoptr (VoileScanResult) scan = make_scan (text, marks, n_marks, entities);
  gsize out_len = 0;
  char *out = voile_anonymize (mapping, text, strlen (text), scan, &out_len);

  g_assert_cmpuint (out_len, ==, strlen (out));
  return out;
}

static char *
restore (const VoileMapping *mapping, const char *text, guint *n_restored)
{
  gsize out_len = 0;
  char *out = voile_restore (mapping, text, strlen (text), &out_len, n_restored);

  g_assert_cmpuint (out_len, ==, strlen (out));
  return out;
}

static void
test_same_value_same_placeholder (void)
{
  g_autoptr (VoileMapping) mapping = voile_mapping_new ();
  const char *text = "Écrire à marie@example.fr ou Marie@Example.FR, copie à paul@example.org.";
  const Mark marks[] = {
    { "marie@example.fr", VOILE_TYPE_EMAIL },
    { "Marie@Example.FR", VOILE_TYPE_EMAIL },
    { "paul@example.org", VOILE_TYPE_EMAIL },
  };
  g_autofree char *out = anonymize (mapping, text, marks, G_N_ELEMENTS (marks), NULL);

  g_assert_cmpstr (out, ==, "Écrire à [EMAIL_1] ou [EMAIL_1], copie à [EMAIL_2].");
  g_assert_cmpuint (voile_mapping_get_size (mapping), ==, 2);
}

static void
test_same_placeholder_across_texts (void)
{
  g_autoptr (VoileMapping) mapping = voile_mapping_new ();
  const Mark first[] = {
    { "FR76 3000 6000 0112 3456 7890 189", VOILE_TYPE_IBAN },
    { "06 12 34 56 78", VOILE_TYPE_PHONE },
  };
  const Mark second[] = {
    { "07 98 76 54 32", VOILE_TYPE_PHONE },
    { "+33 (0)6 12 34 56 78", VOILE_TYPE_PHONE },
    { "fr7630006000011234567890189", VOILE_TYPE_IBAN },
    { "0033 6.12.34.56.78", VOILE_TYPE_PHONE },
    { "+33612345678", VOILE_TYPE_PHONE },
  };
  g_autofree char *a = anonymize (
      mapping, "IBAN FR76 3000 6000 0112 3456 7890 189, tél. 06 12 34 56 78", first, 2, NULL);
  g_autofree char *b = anonymize (mapping,
                                  "Appelez le 07 98 76 54 32 ou le +33 (0)6 12 34 56 78 ; IBAN "
                                  "fr7630006000011234567890189 ; 0033 6.12.34.56.78 ; +33612345678",
                                  second, G_N_ELEMENTS (second), NULL);

  g_assert_cmpstr (a, ==, "IBAN [IBAN_1], tél. [PHONE_1]");
  g_assert_cmpstr (b, ==,
                   "Appelez le [PHONE_2] ou le [PHONE_1] ; IBAN [IBAN_1] ; [PHONE_1] ; [PHONE_1]");
}

static void
test_person_entities (void)
{
  g_autoptr (VoileMapping) mapping = voile_mapping_new ();
  const char *text = "Bonjour Marie, je transmets à M. Dupont. Marie Dupont et Paul Martin.";
  const char *const entities[] = { "marie dupont", "paul martin", NULL };
  const Mark marks[] = {
    { "Marie", VOILE_TYPE_PERSON, 1 },
    { "Dupont", VOILE_TYPE_PERSON, 1 },
    { "Marie Dupont", VOILE_TYPE_PERSON, 1 },
    { "Paul Martin", VOILE_TYPE_PERSON, 2 },
  };
  g_autofree char *out = anonymize (mapping, text, marks, G_N_ELEMENTS (marks), entities);
  g_autofree char *back = NULL;

  g_assert_cmpstr (out, ==,
                   "Bonjour [PERSON_1], je transmets à M. [PERSON_1]. [PERSON_1] et [PERSON_2].");
  /* The longest mention is what comes back. */
  back = restore (mapping, "Réponse pour [PERSON_1] et PERSON_2.", NULL);
  g_assert_cmpstr (back, ==, "Réponse pour Marie Dupont et Paul Martin.");

  /* A later text whose engine run numbered entities differently: the key decides. */
  const char *const other_entities[] = { "paul martin", NULL };
  const Mark other[] = { { "Paul MARTIN", VOILE_TYPE_PERSON, 1 } };
  g_autofree char *again = anonymize (mapping, "Signé : Paul MARTIN", other, 1, other_entities);
  g_assert_cmpstr (again, ==, "Signé : [PERSON_2]");
}

static void
test_restore_rewritten (void)
{
  g_autoptr (VoileMapping) mapping = voile_mapping_new ();
  const Mark marks[] = {
    { "marie@example.fr", VOILE_TYPE_EMAIL },
    { "4970 1012 3456 7890", VOILE_TYPE_CREDIT_CARD },
    { "Marie Dupont", VOILE_TYPE_PERSON },
    { "1 85 05 78 006 084 36", VOILE_TYPE_FR_NIR },
  };
  g_autofree char *out = anonymize (
      mapping, "marie@example.fr 4970 1012 3456 7890 Marie Dupont 1 85 05 78 006 084 36", marks,
      G_N_ELEMENTS (marks), NULL);
  g_assert_cmpstr (out, ==, "[EMAIL_1] [CREDIT_CARD_1] [PERSON_1] [FR_NIR_1]");

  static const struct
  {
    const char *in;
    const char *out;
    guint n;
  } cases[] = {
    { "[EMAIL_1]", "marie@example.fr", 1 },
    { "EMAIL_1", "marie@example.fr", 1 },
    { "email_1", "marie@example.fr", 1 },
    { "Email 1", "marie@example.fr", 1 },
    { "EMAIL-1", "marie@example.fr", 1 },
    { "EMAIL1", "marie@example.fr", 1 },
    { "E-mail 1", "marie@example.fr", 1 },
    { "Écrivez à **[EMAIL_1]**.", "Écrivez à **marie@example.fr**.", 1 },
    { "(EMAIL_1), `EMAIL_1`; «EMAIL_1»",
      "(marie@example.fr), `marie@example.fr`; «marie@example.fr»", 3 },
    { "Contact: EMAIL\\_1 or \\[EMAIL\\_1\\]", "Contact: marie@example.fr or marie@example.fr", 2 },
    { "person_1 paid with credit card 1 (Credit-Card-1, CREDITCARD_1)",
      "Marie Dupont paid with 4970 1012 3456 7890 (4970 1012 3456 7890, 4970 1012 3456 7890)", 4 },
    { "Bonjour Personne 1, votre NIR FR NIR 1",
      "Bonjour Marie Dupont, votre NIR 1 85 05 78 006 084 36", 2 },
    /* Not ours, or not a whole placeholder: left byte for byte. */
    { "[EMAIL_2] EMAIL_10 EMAIL_01 [PHONE_1]", "[EMAIL_2] EMAIL_10 EMAIL_01 [PHONE_1]", 0 },
    { "MYEMAIL_1 EMAIL_1x EMAIL_1_x email_1é éEMAIL_1 2EMAIL_1",
      "MYEMAIL_1 EMAIL_1x EMAIL_1_x email_1é éEMAIL_1 2EMAIL_1", 0 },
    { "EMAIL_1000000000000", "EMAIL_1000000000000", 0 },
    /* The bracket ends the placeholder: "[EMAIL_1]0" is EMAIL_1 then 0. */
    { "[EMAIL_1]0", "marie@example.fr0", 1 },
    /* Unpaired brackets belong to the sentence. */
    { "[EMAIL_1, PERSON_1]", "[marie@example.fr, Marie Dupont]", 2 },
    { "{EMAIL_1, x} <PERSON_1 >", "{marie@example.fr, x} <Marie Dupont >", 2 },
    /* Template brackets a chatbot put instead of ours go with the placeholder. */
    { "Écrire à {EMAIL_1} ou <EMAIL_1>, signé {{PERSON_1}}",
      "Écrire à marie@example.fr ou marie@example.fr, signé Marie Dupont", 3 },
    /* With ours kept, what is around them is the text's: an e-mail header, a wiki link. */
    { "De : [PERSON_1] <[EMAIL_1]>, voir [[EMAIL_1]]",
      "De : Marie Dupont <marie@example.fr>, voir [marie@example.fr]", 3 },
    /* Two levels at most: the third pair is the text's. */
    { "{{{EMAIL_1}}}", "{marie@example.fr}", 1 },
    { "", "", 0 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint n = 99;
      g_autofree char *back = restore (mapping, cases[i].in, &n);
      g_test_message ("restore “%s”", cases[i].in);
      g_assert_cmpstr (back, ==, cases[i].out);
      g_assert_cmpuint (n, ==, cases[i].n);
      g_assert_true (
          voile_mapping_text_has_placeholders (mapping, cases[i].in, strlen (cases[i].in))
          == (cases[i].n > 0));
    }
}

static void
test_email_10_is_not_email_1 (void)
{
  g_autoptr (VoileMapping) mapping = voile_mapping_new ();
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (GArray) marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  g_autoptr (GPtrArray) values = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 1; i <= 10; i++)
    {
      char *value = g_strdup_printf ("user%u@example.com", i);
      g_string_append_printf (text, "%s ", value);
      g_ptr_array_add (values, value);
      Mark mark = { value, VOILE_TYPE_EMAIL, 0 };
      g_array_append_val (marks, mark);
    }
  g_autofree char *out
      = anonymize (mapping, text->str, (const Mark *)marks->data, marks->len, NULL);
  g_assert_true (g_str_has_prefix (out, "[EMAIL_1] [EMAIL_2]"));
  g_assert_true (g_str_has_suffix (out, "[EMAIL_10] "));

  g_autofree char *back = restore (mapping, "EMAIL_10, [EMAIL_1]0, email_1.", NULL);
  g_assert_cmpstr (back, ==, "user10@example.com, user1@example.com0, user1@example.com.");
}

/* The entry of "TYPE_N" is found for every type, from one digit to ten, and for no other
 * number; and restore finds every type's name (and the French aliases) by its first letter
 * (numbers of up to nine digits: restore reads no more). */
static void
test_lookup_every_placeholder (void)
{
  static const guint numbers[] = { 1, 9, 10, 99, 100, 12345, 123456789, 4000000000u };
  g_autoptr (VoileMapping) mapping = voile_mapping_new ();

  for (guint t = 0; t < VOILE_N_TYPES; t++)
    for (guint k = 0; k < G_N_ELEMENTS (numbers); k++)
      {
        g_autofree char *value = g_strdup_printf ("value %u %u", t, numbers[k]);
        g_assert_nonnull (voile_mapping_add (mapping, (VoileType)t, numbers[k],
                                             g_strdup_printf ("key %u %u", t, numbers[k]), value,
                                             strlen (value)));
      }
  for (guint t = 0; t < VOILE_N_TYPES; t++)
    {
      for (guint k = 0; k < G_N_ELEMENTS (numbers); k++)
        {
          VoileMappingEntry *entry
              = voile_mapping_lookup_placeholder (mapping, (VoileType)t, numbers[k]);
          g_autofree char *placeholder
              = g_strdup_printf ("%s_%u", voile_type_get_name ((VoileType)t), numbers[k]);
          g_assert_nonnull (entry);
          g_assert_cmpstr (entry->placeholder, ==, placeholder);
          if (numbers[k] > 999999999)
            continue;
          g_autofree char *text = g_strdup_printf ("<%s>", placeholder);
          g_autofree char *back = restore (mapping, text, NULL);
          g_autofree char *value = g_strdup_printf ("value %u %u", t, numbers[k]);
          g_assert_cmpstr (back, ==, value);
        }
      g_assert_null (voile_mapping_lookup_placeholder (mapping, (VoileType)t, 0));
      g_assert_null (voile_mapping_lookup_placeholder (mapping, (VoileType)t, 2));
      g_assert_null (voile_mapping_lookup_placeholder (mapping, (VoileType)t, 1000));
      g_assert_null (voile_mapping_lookup_placeholder (mapping, (VoileType)t, G_MAXUINT));
    }
  g_autofree char *back = restore (mapping,
                                   "Personne 9, Telephone_10, Courriel-99, e_mail 100, ADRESSE_1 ; "
                                   "personnes 1, zEMAIL_1",
                                   NULL);
  g_autofree char *expected = g_strdup_printf (
      "value %u 9, value %u 10, value %u 99, value %u 100, value %u 1 ; personnes 1, zEMAIL_1",
      VOILE_TYPE_PERSON, VOILE_TYPE_PHONE, VOILE_TYPE_EMAIL, VOILE_TYPE_EMAIL,
      VOILE_TYPE_POSTAL_ADDRESS);
  g_assert_cmpstr (back, ==, expected);
}

static void
test_round_trip_bytes (void)
{
  g_autoptr (VoileMapping) mapping = voile_mapping_new ();
  /* NUL bytes and non-ASCII text around the findings survive both ways. */
  const char text[] = "Nom : Zoé Lefèvre\0binaire\nIBAN : DE89 3704 0044 0532 0130 00\n"
                      "Zoé Lefèvre — zoe@exemple.fr\n";
  gsize len = sizeof text - 1;
  g_autoptr (VoileScanResult) scan = voile_scan_result_new ();
  const struct
  {
    gsize start;
    const char *value;
    VoileType type;
  } marks[] = {
    { 6, "Zoé Lefèvre", VOILE_TYPE_PERSON },
    { 35, "DE89 3704 0044 0532 0130 00", VOILE_TYPE_IBAN },
    { 63, "Zoé Lefèvre", VOILE_TYPE_PERSON },
    { 81, "zoe@exemple.fr", VOILE_TYPE_EMAIL },
  };
  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      g_assert_cmpmem (text + marks[i].start, strlen (marks[i].value), marks[i].value,
                       strlen (marks[i].value));
      VoileFinding f
          = { marks[i].type, marks[i].start, marks[i].start + strlen (marks[i].value), 0.9f, 0 };
      g_array_append_val (scan->findings, f);
    }
  gsize anon_len = 0, back_len = 0;
  g_autofree char *anon = voile_anonymize (mapping, text, len, scan, &anon_len);
  const char expected[] = "Nom : [PERSON_1]\0binaire\nIBAN : [IBAN_1]\n[PERSON_1] — [EMAIL_1]\n";
  g_assert_cmpmem (anon, anon_len, expected, sizeof expected - 1);
  g_autofree char *back = voile_restore (mapping, anon, anon_len, &back_len, NULL);
  g_assert_cmpmem (back, back_len, text, len);
}

static void
test_bad_findings_skipped (void)
{
  g_autoptr (VoileMapping) mapping = voile_mapping_new ();
  g_autoptr (VoileScanResult) scan = voile_scan_result_new ();
  const char *text = "abc def ghi";
  const VoileFinding findings[] = {
    { VOILE_TYPE_EMAIL, 4, 7, 1, 0 },   /* "def" */
    { VOILE_TYPE_EMAIL, 5, 9, 1, 0 },   /* overlaps: skipped */
    { VOILE_TYPE_EMAIL, 8, 40, 1, 0 },  /* past the end: skipped */
    { VOILE_N_TYPES, 8, 9, 1, 0 },      /* no such type: skipped */
    { VOILE_TYPE_PERSON, 8, 11, 1, 7 }, /* entity out of range: its own text is the key */
  };
  g_array_append_vals (scan->findings, findings, G_N_ELEMENTS (findings));
  gsize len;
  g_autofree char *out = voile_anonymize (mapping, text, strlen (text), scan, &len);
  g_assert_cmpstr (out, ==, "abc [EMAIL_1] [PERSON_1]");
}

/* Reads memory that was freed without telling the sanitizers: /proc/self/mem is a file. */
static gboolean
read_raw_memory (const void *address, void *buffer, gsize len)
{
  int fd = g_open ("/proc/self/mem", O_RDONLY, 0);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = pread (fd, buffer, len, (off_t)(uintptr_t)address) == (gssize)len;
  close (fd);
  return ok;
}

/* Whether 32 consecutive bytes of secret (taken beyond the allocator's first 16 bytes of
 * bookkeeping) are still readable at address. */
static gboolean
secret_left_at (const void *address, const char *secret, gsize len)
{
  g_autofree char *copy = g_malloc (len);

  g_assert_cmpuint (len, >, 64);
  if (!read_raw_memory (address, copy, len))
    {
      g_test_skip ("/proc/self/mem not readable");
      return FALSE;
    }
  return memcmp (copy + 32, secret + 32, 32) == 0;
}

typedef enum
{
  FORGET_BY_CLEAR,
  FORGET_BY_EXPIRE,
  FORGET_BY_FREE,
} ForgetHow;

static void
check_values_zeroed (ForgetHow how)
{
  VoileMapping *mapping = voile_mapping_new ();
  g_autoptr (GString) secret = g_string_new ("-----BEGIN PRIVATE KEY-----");
  for (guint i = 0; i < 8; i++)
    g_string_append (secret, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC");
  g_autoptr (VoileScanResult) scan = voile_scan_result_new ();
  VoileFinding f = { VOILE_TYPE_SECRET, 0, secret->len, 1, 0 };
  g_array_append_val (scan->findings, f);
  gsize len;
  g_autofree char *out = voile_anonymize (mapping, secret->str, secret->len, scan, &len);
  g_assert_cmpstr (out, ==, "[SECRET_1]");

  VoileMappingEntry *entry = g_ptr_array_index (mapping->entries, 0);
  const void *value_at = entry->value;
  const void *key_at = entry->key;
  g_autofree char *key_copy = g_strdup (entry->key);
  g_assert_true (secret_left_at (value_at, secret->str, secret->len));

  switch (how)
    {
      case FORGET_BY_CLEAR:
        voile_mapping_clear (mapping);
        g_assert_cmpuint (voile_mapping_get_size (mapping), ==, 0);
        break;
      case FORGET_BY_EXPIRE:
        voile_mapping_expire (mapping, g_get_monotonic_time () + 1);
        g_assert_cmpuint (voile_mapping_get_size (mapping), ==, 0);
        break;
      case FORGET_BY_FREE:
        g_clear_pointer (&mapping, voile_mapping_free);
        break;
    }
  g_assert_false (secret_left_at (value_at, secret->str, secret->len));
  g_assert_false (secret_left_at (key_at, key_copy, strlen (key_copy)));
  voile_mapping_free (mapping);
}

static void
test_zeroed_on_clear (void)
{
  check_values_zeroed (FORGET_BY_CLEAR);
}

static void
test_zeroed_on_expire (void)
{
  check_values_zeroed (FORGET_BY_EXPIRE);
}

static void
test_zeroed_on_free (void)
{
  check_values_zeroed (FORGET_BY_FREE);
}

static void
test_clear_restarts_numbering (void)
{
  g_autoptr (VoileMapping) mapping = voile_mapping_new ();
  const Mark a[] = { { "a@example.com", VOILE_TYPE_EMAIL } };
  const Mark b[] = { { "b@example.com", VOILE_TYPE_EMAIL } };
  g_autofree char *first = anonymize (mapping, "a@example.com", a, 1, NULL);
  g_assert_cmpstr (first, ==, "[EMAIL_1]");
  voile_mapping_clear (mapping);
  g_autofree char *back = restore (mapping, "[EMAIL_1]", NULL);
  g_assert_cmpstr (back, ==, "[EMAIL_1]");
  g_autofree char *second = anonymize (mapping, "b@example.com", b, 1, NULL);
  g_assert_cmpstr (second, ==, "[EMAIL_1]");
  g_autofree char *back2 = restore (mapping, "[EMAIL_1]", NULL);
  g_assert_cmpstr (back2, ==, "b@example.com");
}

static void
test_ttl_expiry (void)
{
  g_autoptr (VoileMapping) mapping = voile_mapping_new ();
  const Mark old_mark[] = { { "old@example.com", VOILE_TYPE_EMAIL } };
  const Mark new_mark[] = { { "new@example.com", VOILE_TYPE_EMAIL } };
  const Mark later_mark[] = { { "later@example.com", VOILE_TYPE_EMAIL } };

  g_autofree char *a = anonymize (mapping, "old@example.com", old_mark, 1, NULL);
  g_assert_cmpstr (a, ==, "[EMAIL_1]");
  g_usleep (2000);
  gint64 between = g_get_monotonic_time ();
  g_usleep (2000);
  g_autofree char *b = anonymize (mapping, "new@example.com", new_mark, 1, NULL);
  g_assert_cmpstr (b, ==, "[EMAIL_2]");

  /* Nothing is older than a time in the past. */
  voile_mapping_expire (mapping, between - G_USEC_PER_SEC);
  g_assert_cmpuint (voile_mapping_get_size (mapping), ==, 2);

  voile_mapping_expire (mapping, between);
  g_assert_cmpuint (voile_mapping_get_size (mapping), ==, 1);
  g_autofree char *back = restore (mapping, "[EMAIL_1] [EMAIL_2]", NULL);
  g_assert_cmpstr (back, ==, "[EMAIL_1] new@example.com");

  /* Numbers are not reused after an expiry: an old answer cannot get a new value. */
  g_autofree char *c = anonymize (mapping, "later@example.com", later_mark, 1, NULL);
  g_assert_cmpstr (c, ==, "[EMAIL_3]");

  /* Use refreshes an entry. */
  g_usleep (2000);
  gint64 mark = g_get_monotonic_time ();
  g_usleep (2000);
  g_autofree char *d = anonymize (mapping, "new@example.com", new_mark, 1, NULL);
  g_assert_cmpstr (d, ==, "[EMAIL_2]");
  voile_mapping_expire (mapping, mark);
  g_assert_cmpuint (voile_mapping_get_size (mapping), ==, 1);
  g_autofree char *back2 = restore (mapping, "EMAIL_2 EMAIL_3", NULL);
  g_assert_cmpstr (back2, ==, "new@example.com EMAIL_3");
}

static char *
temp_path (const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("voile-test-XXXXXX", &error);
  g_assert_no_error (error);
  return g_build_filename (dir, name, NULL);
}

static void
remove_temp (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_remove (path);
  g_rmdir (dir);
}

/* mapping saved to a map file and loaded back: what `voile restore --map` works with. */
static VoileMapping *
through_map_file (const VoileMapping *mapping)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = temp_path ("through.json");

  g_assert_true (voile_mapping_save (mapping, path, &error));
  g_assert_no_error (error);
  VoileMapping *loaded = voile_mapping_load (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  remove_temp (path);
  return loaded;
}

/* out restores to text, with mapping and with mapping saved to a map file and loaded back. */
static void
assert_restores (const VoileMapping *mapping, const char *out, const char *text)
{
  g_autofree char *back = restore (mapping, out, NULL);
  g_assert_cmpstr (back, ==, text);
  g_autoptr (VoileMapping) loaded = through_map_file (mapping);
  g_autofree char *back_loaded = restore (loaded, out, NULL);
  g_assert_cmpstr (back_loaded, ==, text);
}

/* A person's login stands in URLs and handles; the full name, with its space, would break
 * "sftp://[PERSON_1]@host" on the way back. */
static void
test_person_login_spelling (void)
{
  g_autoptr (VoileMapping) mapping = voile_mapping_new ();
  const char *text = "Nadia Haddou ne peut pas se connecter : sftp://nadia.haddou@files.example.fr "
                     "(compte nhaddou). Haddou rappellera.";
  const char *const entities[] = { "nadia haddou", NULL };
  const Mark marks[] = {
    { "Nadia Haddou", VOILE_TYPE_PERSON, 1 },
    { "nadia.haddou", VOILE_TYPE_PERSON, 1 },
    { "nhaddou", VOILE_TYPE_PERSON, 1 },
    { "Haddou", VOILE_TYPE_PERSON, 1 },
  };
  const char *answer = "Essayez sftp://[PERSON_1]@files.example.fr, user=PERSON_1, "
                       "https://git.example.fr/[PERSON_1] ou écrivez à [PERSON_1] : "
                       "« Bonjour [PERSON_1], »";
  const char *expected = "Essayez sftp://nadia.haddou@files.example.fr, user=nadia.haddou, "
                         "https://git.example.fr/nadia.haddou ou écrivez à Nadia Haddou : "
                         "« Bonjour Nadia Haddou, »";
  g_autofree char *out = anonymize (mapping, text, marks, G_N_ELEMENTS (marks), entities);
  g_assert_cmpstr (out, ==,
                   "[PERSON_1] ne peut pas se connecter : sftp://[PERSON_1]@files.example.fr "
                   "(compte [PERSON_1]). [PERSON_1] rappellera.");
  g_autofree char *back = restore (mapping, answer, NULL);
  g_assert_cmpstr (back, ==, expected);

  /* The login spelling survives a map file. */
  g_autoptr (VoileMapping) loaded = through_map_file (mapping);
  g_autofree char *back_loaded = restore (loaded, answer, NULL);
  g_assert_cmpstr (back_loaded, ==, expected);

  /* A person met only by name has no login: the name comes back everywhere, as before. */
  g_autoptr (VoileMapping) names_only = voile_mapping_new ();
  const Mark name_marks[]
      = { { "Paul Martin", VOILE_TYPE_PERSON, 1 }, { "Martin", VOILE_TYPE_PERSON, 1 } };
  const char *const name_entities[] = { "paul martin", NULL };
  g_autofree char *anon2
      = anonymize (names_only, "Paul Martin, puis Martin.", name_marks, 2, name_entities);
  g_assert_cmpstr (anon2, ==, "[PERSON_1], puis [PERSON_1].");
  g_autofree char *back2 = restore (names_only, "sftp://[PERSON_1]@host", NULL);
  g_assert_cmpstr (back2, ==, "sftp://Paul Martin@host");
}

/* One person, one placeholder, but the spelling that comes back is the one the text used
 * after the same word, or after a word of the same kind (a title, a greeting, a line start):
 * anonymize then restore gives the text back byte for byte. */
static void
test_person_spellings (void)
{
  g_autoptr (VoileMapping) mapping = voile_mapping_new ();
  const char *text = "Bonjour Monsieur Benhamou,\nTitulaire : SARL Atelier Vasseur\n"
                     "Contact : Camille Vasseur, compte cvasseur.\nBien à vous,\nCamille";
  const char *const entities[] = { "karim benhamou", "camille vasseur", NULL };
  const Mark marks[] = {
    { "Benhamou", VOILE_TYPE_PERSON, 1 },        { "Vasseur", VOILE_TYPE_PERSON, 2 },
    { "Camille Vasseur", VOILE_TYPE_PERSON, 2 }, { "cvasseur", VOILE_TYPE_PERSON, 2 },
    { "Camille", VOILE_TYPE_PERSON, 2 },
  };
  g_autofree char *out = anonymize (mapping, text, marks, G_N_ELEMENTS (marks), entities);
  g_assert_cmpstr (out, ==,
                   "Bonjour Monsieur [PERSON_1],\nTitulaire : SARL Atelier [PERSON_2]\n"
                   "Contact : [PERSON_2], compte [PERSON_2].\nBien à vous,\n[PERSON_2]");
  g_autofree char *round_trip = restore (mapping, out, NULL);
  g_assert_cmpstr (round_trip, ==, text);

  /* A chatbot's rewrite: the same words, words of the same kind, and others. */
  const char *answer = "Dear Mr PERSON_1, atelier **[PERSON_2]** (login: compte [PERSON_2]) "
                       "vous écrit pour [PERSON_2].\n[PERSON_2]\nHi [PERSON_2]";
  const char *expected = "Dear Mr Benhamou, atelier **Vasseur** (login: compte cvasseur) "
                         "vous écrit pour Camille Vasseur.\nCamille\nHi Camille Vasseur";
  g_autofree char *back = restore (mapping, answer, NULL);
  g_assert_cmpstr (back, ==, expected);

  /* "l'atelier [PERSON_2]", "d’Atelier [PERSON_2]": the word after an elision is the cue. */
  g_autofree char *elided = restore (mapping, "l'atelier [PERSON_2], d’Atelier PERSON_2", NULL);
  g_assert_cmpstr (elided, ==, "l'atelier Vasseur, d’Atelier Vasseur");

  /* The spellings survive a map file. */
  g_autoptr (VoileMapping) loaded = through_map_file (mapping);
  g_autofree char *back_loaded = restore (loaded, answer, NULL);
  g_assert_cmpstr (back_loaded, ==, expected);
  g_autofree char *round_trip_loaded = restore (loaded, out, NULL);
  g_assert_cmpstr (round_trip_loaded, ==, text);

  /* A login never comes back at a line start: there the name does. */
  g_autoptr (VoileMapping) chat = voile_mapping_new ();
  const Mark chat_marks[]
      = { { "priya.raman", VOILE_TYPE_PERSON, 1 }, { "Priya Raman", VOILE_TYPE_PERSON, 1 } };
  const char *const chat_entities[] = { "priya raman", NULL };
  g_autofree char *chat_out
      = anonymize (chat, "priya.raman  10:14\nmerci Priya Raman", chat_marks, 2, chat_entities);
  g_assert_cmpstr (chat_out, ==, "[PERSON_1]  10:14\nmerci [PERSON_1]");
  g_autofree char *chat_back = restore (chat, "[PERSON_1] will call.", NULL);
  g_assert_cmpstr (chat_back, ==, "Priya Raman will call.");
}

/* A name whose two words the engine found apart ("Karel" and "Zak") is one mention, one
 * placeholder; and a placeholder right after another takes its cue from the value restored
 * before it, not from the placeholder. */
static void
test_person_parts_found_apart (void)
{
  g_autoptr (VoileMapping) mapping = voile_mapping_new ();
  const char *text = "Written by Karel Zak <kzak@example.org>.\n"
                     "Copyright 2008-2019 Karel Zak\nAriel VARDI, 2002.\n";
  const char *const entities[] = { "karel zak", "ariel vardi", NULL };
  const Mark marks[] = {
    { "Karel Zak", VOILE_TYPE_PERSON, 1 }, { "Karel", VOILE_TYPE_PERSON, 1 },
    { "Zak", VOILE_TYPE_PERSON, 1 },       { "Ariel", VOILE_TYPE_PERSON, 2 },
    { "VARDI", VOILE_TYPE_PERSON, 2 },
  };
  g_autofree char *out = anonymize (mapping, text, marks, G_N_ELEMENTS (marks), entities);
  g_assert_cmpstr (out, ==,
                   "Written by [PERSON_1] <kzak@example.org>.\n"
                   "Copyright 2008-2019 [PERSON_1]\n[PERSON_2], 2002.\n");
  g_autofree char *back = restore (mapping, out, NULL);
  g_assert_cmpstr (back, ==, text);

  /* The parts a chatbot wrote side by side: the second follows the first's last word. */
  g_autoptr (VoileMapping) parts = voile_mapping_new ();
  const char *line = "Dear Ariel, signed Ariel VARDI";
  const Mark part_marks[] = { { "Ariel", VOILE_TYPE_PERSON, 1 },
                              { "Ariel", VOILE_TYPE_PERSON, 1 },
                              { "VARDI", VOILE_TYPE_PERSON, 2 } };
  const char *const part_entities[] = { "ariel vardi", "ariel vardi", NULL };
  g_autofree char *part_out = anonymize (parts, line, part_marks, 3, part_entities);
  g_assert_cmpstr (part_out, ==, "Dear [PERSON_1], signed [PERSON_1] [PERSON_1]");
  g_autofree char *part_back = restore (parts, part_out, NULL);
  g_assert_cmpstr (part_back, ==, line);

  /* "$person1" in code an answer shows is a variable. */
  g_autofree char *code = restore (mapping, "my $person1 = new Person; # PERSON_1", NULL);
  g_assert_cmpstr (code, ==, "my $person1 = new Person; # Karel Zak");
}

/* Which part of a person goes back where: the cell or the key before a mark, and the word
 * after when the word before is the same ("Mme Cazaux veut", "Mme Perrine Cazaux a"). */
static void
test_person_parts_in_place (void)
{
  g_autoptr (VoileMapping) mapping = voile_mapping_new ();
  const char *text = "INSERT INTO t VALUES (1,'Harold','Finch');\n"
                     "{\"first_name\": \"Harold\", \"last_name\": \"Finch\"}\n"
                     "Nom : FINCH   Prénom : Harold\n"
                     "Mme Perrine Cazaux a écrit. Mme Cazaux veut savoir.\n";
  const char *const entities[] = { "harold finch", "perrine cazaux", NULL };
  const Mark marks[] = {
    { "Harold", VOILE_TYPE_PERSON, 1 },         { "Finch", VOILE_TYPE_PERSON, 1 },
    { "Harold", VOILE_TYPE_PERSON, 1 },         { "Finch", VOILE_TYPE_PERSON, 1 },
    { "FINCH", VOILE_TYPE_PERSON, 1 },          { "Harold", VOILE_TYPE_PERSON, 1 },
    { "Perrine Cazaux", VOILE_TYPE_PERSON, 2 }, { "Cazaux", VOILE_TYPE_PERSON, 2 },
  };
  g_autofree char *out = anonymize (mapping, text, marks, G_N_ELEMENTS (marks), entities);
  g_autofree char *back = restore (mapping, out, NULL);
  g_assert_cmpstr (back, ==, text);

  /* The same through a map file. */
  g_autoptr (VoileMapping) loaded = through_map_file (mapping);
  g_autofree char *back_loaded = restore (loaded, out, NULL);
  g_assert_cmpstr (back_loaded, ==, text);

  /* A chatbot's answer keeps the keys: each gets its part. */
  g_autofree char *answer
      = restore (mapping, "{\"last_name\": \"[PERSON_1]\", \"first_name\": \"[PERSON_1]\"}", NULL);
  g_assert_cmpstr (answer, ==, "{\"last_name\": \"Finch\", \"first_name\": \"Harold\"}");
}

/* Two spellings met between the same words ("'lewis', 'achterberg'" and "'Lewis',
 * 'Achterberg'" in two rows; "Inès Garnier," and "Inès GARNIER,"): each comes back where it
 * was, also through a map file, and a second text anonymized with the same mapping brings
 * its own order. */
static void
test_person_spellings_in_order (void)
{
  g_autoptr (VoileMapping) mapping = voile_mapping_new ();
  const char *text
      = "(1, 'Lewis', 'Achterberg', 'l.a@example.org'),\n"
        "(2, 'lewis', 'achterberg', NULL),\n"
        "Signé : Inès GARNIER, présidente. Représentée par Madame Inès Garnier, dûment "
        "habilitée.\n";
  const char *const entities[] = { "lewis achterberg", "ines garnier", NULL };
  const Mark marks[] = {
    { "Lewis", VOILE_TYPE_PERSON, 1 }, { "Achterberg", VOILE_TYPE_PERSON, 1 },
    { "lewis", VOILE_TYPE_PERSON, 1 }, { "achterberg", VOILE_TYPE_PERSON, 1 },
    { "Inès", VOILE_TYPE_PERSON, 2 },  { "GARNIER", VOILE_TYPE_PERSON, 2 },
    { "Inès", VOILE_TYPE_PERSON, 2 },  { "Garnier", VOILE_TYPE_PERSON, 2 },
  };
  g_autofree char *out = anonymize (mapping, text, marks, G_N_ELEMENTS (marks), entities);
  assert_restores (mapping, out, text);

  /* A phone and an address written two ways: each comes back as it was. */
  g_autoptr (VoileMapping) values = voile_mapping_new ();
  const char *contacts = "Mobile,+33698142753,rb@example.org\n"
                         "Rappelez Mme B. au 06 98 14 27 53 (RB@Example.org) ou au +33698142753.\n";
  const Mark value_marks[] = {
    { "+33698142753", VOILE_TYPE_PHONE },   { "rb@example.org", VOILE_TYPE_EMAIL },
    { "06 98 14 27 53", VOILE_TYPE_PHONE }, { "RB@Example.org", VOILE_TYPE_EMAIL },
    { "+33698142753", VOILE_TYPE_PHONE },
  };
  const char *const value_entities[] = { NULL };
  g_autofree char *values_out
      = anonymize (values, contacts, value_marks, G_N_ELEMENTS (value_marks), value_entities);
  g_assert_cmpstr (values_out, ==,
                   "Mobile,[PHONE_1],[EMAIL_1]\nRappelez Mme B. au [PHONE_1] ([EMAIL_1]) ou au "
                   "[PHONE_1].\n");
  assert_restores (values, values_out, contacts);

  /* A chat's sender, a login, before the date of the message: the word after the
   * placeholder is read in the date's value. A chatbot's line starting with the person
   * still gets the name. */
  g_autoptr (VoileMapping) chat = voile_mapping_new ();
  const char *thread = "yanis_belkacem_pro  12 nov. 14:05\nbonjour, la maquette est top\n\n"
                       "Bonjour Yanis Belkacem, merci !\n";
  const Mark chat_marks[] = {
    { "yanis_belkacem_pro", VOILE_TYPE_PERSON, 1 },
    { "12 nov.", VOILE_TYPE_DATE },
    { "Yanis Belkacem", VOILE_TYPE_PERSON, 1 },
  };
  const char *const chat_entities[] = { "yanis belkacem", NULL };
  g_autofree char *chat_out
      = anonymize (chat, thread, chat_marks, G_N_ELEMENTS (chat_marks), chat_entities);
  g_assert_cmpstr (chat_out, ==,
                   "[PERSON_1]  [DATE_1] 14:05\nbonjour, la maquette est top\n\n"
                   "Bonjour [PERSON_1], merci !\n");
  g_autofree char *chat_back = restore (chat, chat_out, NULL);
  g_assert_cmpstr (chat_back, ==, thread);
  g_autofree char *chat_answer
      = restore (chat, "[PERSON_1] propose de payer hors plateforme.", NULL);
  g_assert_cmpstr (chat_answer, ==, "Yanis Belkacem propose de payer hors plateforme.");

  /* The same people in another order in the next text. */
  const char *second = "(7, 'lewis', 'achterberg', NULL),\n(8, 'Lewis', 'Achterberg', NULL),\n";
  const Mark second_marks[] = {
    { "lewis", VOILE_TYPE_PERSON, 1 },
    { "achterberg", VOILE_TYPE_PERSON, 1 },
    { "Lewis", VOILE_TYPE_PERSON, 1 },
    { "Achterberg", VOILE_TYPE_PERSON, 1 },
  };
  g_autofree char *second_out
      = anonymize (mapping, second, second_marks, G_N_ELEMENTS (second_marks), entities);
  g_autofree char *second_back = restore (mapping, second_out, NULL);
  g_assert_cmpstr (second_back, ==, second);

  /* A surname and its given name as two placeholders in a row: a reservation's
   * "1.GAUTHIER/ELODIE" (the word before the first is part of the second's cue) and a table's
   * cells padded wider than a cue looks ("Kapoor        | Anil"). */
  g_autoptr (VoileMapping) rows = voile_mapping_new ();
  const char *pax = "  1.GAUTHIER/ELODIE MME       TP 433\n"
                    "| 71 | Angioedema  | Kapoor        | Anil           | 519 |\n";
  const Mark pax_marks[] = {
    { "GAUTHIER", VOILE_TYPE_PERSON, 1 },
    { "ELODIE", VOILE_TYPE_PERSON, 1 },
    { "Kapoor", VOILE_TYPE_PERSON, 2 },
    { "Anil", VOILE_TYPE_PERSON, 2 },
  };
  const char *const pax_entities[] = { "elodie gauthier", "anil kapoor", NULL };
  g_autofree char *pax_out
      = anonymize (rows, pax, pax_marks, G_N_ELEMENTS (pax_marks), pax_entities);
  g_assert_cmpstr (pax_out, ==,
                   "  1.[PERSON_1]/[PERSON_1] MME       TP 433\n"
                   "| 71 | Angioedema  | [PERSON_2]        | [PERSON_2]           | 519 |\n");
  assert_restores (rows, pax_out, pax);
}

/* A contacts export's header holds "E-mail 1" and "Phone 1", which restore reads as
 * rewritten placeholders: those the anonymized text held itself stay as they were, also
 * through a map file; a chatbot's own "Email 1" is still restored. */
static void
test_text_words_kept (void)
{
  g_autoptr (VoileMapping) mapping = voile_mapping_new ();
  const char *text
      = "Name,E-mail 1 - Value,Phone 1 - Value\nRukhsana Begum,rb@example.org,0612345678\n";
  const Mark marks[] = {
    { "Rukhsana Begum", VOILE_TYPE_PERSON },
    { "rb@example.org", VOILE_TYPE_EMAIL },
    { "0612345678", VOILE_TYPE_PHONE },
  };
  g_autofree char *out = anonymize (mapping, text, marks, G_N_ELEMENTS (marks), NULL);
  g_assert_cmpstr (out, ==,
                   "Name,E-mail 1 - Value,Phone 1 - Value\n[PERSON_1],[EMAIL_1],[PHONE_1]\n");
  g_autofree char *back = restore (mapping, out, NULL);
  g_assert_cmpstr (back, ==, text);
  g_autoptr (VoileMapping) loaded = through_map_file (mapping);
  g_autofree char *back_loaded = restore (loaded, out, NULL);
  g_assert_cmpstr (back_loaded, ==, text);
  g_autofree char *answer = restore (loaded, "Email 1 bounced; phone 1 - Value: PHONE_1", NULL);
  g_assert_cmpstr (answer, ==, "rb@example.org bounced; phone 1 - Value: 0612345678");

  /* A text that already holds placeholders of ours: the new ones come after them. */
  g_autoptr (VoileMapping) again = voile_mapping_new ();
  const char *held = "Mme [PERSON_1] a écrit le [DATE_1]; Paul Martin le 3 mai 2021.";
  const Mark held_marks[]
      = { { "Paul Martin", VOILE_TYPE_PERSON }, { "3 mai 2021", VOILE_TYPE_DATE } };
  g_autofree char *held_out = anonymize (again, held, held_marks, 2, NULL);
  g_assert_cmpstr (held_out, ==, "Mme [PERSON_1] a écrit le [DATE_1]; [PERSON_2] le [DATE_2].");
  g_autofree char *held_back = restore (again, held_out, NULL);
  g_assert_cmpstr (held_back, ==, held);
}

static void
test_save_load (void)
{
  g_autoptr (VoileMapping) mapping = voile_mapping_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *path = temp_path ("map.json");
  /* Quotes, backslashes, control characters and a NUL byte in the values. */
  const char text[] = "A \"Zoé\" \\ Lefèvre\ttab\nB zoe@x.fr C 06 12 34 56 78 D a\0b";
  gsize len = sizeof text - 1;
  g_autoptr (VoileScanResult) scan = voile_scan_result_new ();
  const VoileFinding findings[] = {
    { VOILE_TYPE_PERSON, 2, 23, 1, 0 },
    { VOILE_TYPE_EMAIL, 26, 34, 1, 0 },
    { VOILE_TYPE_PHONE, 37, 51, 1, 0 },
    { VOILE_TYPE_SECRET, 54, 57, 1, 0 },
  };
  g_array_append_vals (scan->findings, findings, G_N_ELEMENTS (findings));
  gsize anon_len;
  g_autofree char *anon = voile_anonymize (mapping, text, len, scan, &anon_len);
  g_assert_cmpstr (anon, ==, "A [PERSON_1]\nB [EMAIL_1] C [PHONE_1] D [SECRET_1]");

  /* Created 0600 whatever the umask, and never wider. */
  mode_t old_umask = umask (0);
  gboolean saved = voile_mapping_save (mapping, path, &error);
  umask (old_umask);
  g_assert_no_error (error);
  g_assert_true (saved);
  GStatBuf st;
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);

  /* Saving again over a file that was world-readable makes it private. */
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_true (voile_mapping_save (mapping, path, &error));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);

  g_autoptr (VoileMapping) loaded = voile_mapping_load (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_cmpuint (voile_mapping_get_size (loaded), ==, 4);
  gsize back_len;
  g_autofree char *back = voile_restore (loaded, anon, anon_len, &back_len, NULL);
  g_assert_cmpmem (back, back_len, text, len);

  /* A loaded map goes on: known values keep their placeholder, new ones get the next. */
  const Mark marks[] = {
    { "06.12.34.56.78", VOILE_TYPE_PHONE },
    { "ZOE@X.FR", VOILE_TYPE_EMAIL },
    { "other@x.fr", VOILE_TYPE_EMAIL },
  };
  g_autofree char *more
      = anonymize (loaded, "06.12.34.56.78 ZOE@X.FR other@x.fr", marks, G_N_ELEMENTS (marks), NULL);
  g_assert_cmpstr (more, ==, "[PHONE_1] [EMAIL_1] [EMAIL_2]");
  remove_temp (path);
}

static void
check_load_fails (const char *contents, const char *message_part)
{
  g_autofree char *path = temp_path ("bad.json");
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  g_autoptr (VoileMapping) mapping = voile_mapping_load (path, &error);
  g_assert_null (mapping);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "bad.json"));
  if (message_part != NULL)
    g_assert_nonnull (strstr (error->message, message_part));
  remove_temp (path);
}

static void
test_load_errors (void)
{
  g_autoptr (GError) error = NULL;
  const char *ok_head = "{\"format\": \"voile-mapping\", \"version\": 1, \"entries\": [";

  check_load_fails ("", "line 1");
  check_load_fails ("hello", NULL);
  check_load_fails ("{\"entries\": []}", "voile-mapping");
  check_load_fails ("{\"format\": \"voile-mapping\", \"version\": 2, \"entries\": []}", "version");
  g_autofree char *unknown_type
      = g_strconcat (ok_head, "{\"placeholder\": \"FOO_1\", \"value\": \"x\"}]}", NULL);
  check_load_fails (unknown_type, "FOO_1");
  g_autofree char *zero
      = g_strconcat (ok_head, "{\"placeholder\": \"EMAIL_0\", \"value\": \"x\"}]}", NULL);
  check_load_fails (zero, "EMAIL_0");
  g_autofree char *twice = g_strconcat (ok_head,
                                        "{\"placeholder\": \"EMAIL_1\", \"value\": \"x\"},\n"
                                        "{\"placeholder\": \"EMAIL_1\", \"value\": \"y\"}]}",
                                        NULL);
  check_load_fails (twice, "line 2");
  g_autofree char *no_value = g_strconcat (ok_head, "{\"placeholder\": \"EMAIL_1\"}]}", NULL);
  check_load_fails (no_value, "value");
  g_autofree char *truncated = g_strconcat (ok_head, "{\"placeholder\": \"EMAIL_1\", \"val", NULL);
  check_load_fails (truncated, NULL);
  g_autofree char *bad_escape
      = g_strconcat (ok_head, "{\"placeholder\": \"EMAIL_1\", \"value\": \"\\ud800\"}]}", NULL);
  check_load_fails (bad_escape, NULL);
  g_autofree char *trailing = g_strconcat (ok_head, "]} x", NULL);
  check_load_fails (trailing, NULL);
  g_autofree char *form_no_value = g_strconcat (
      ok_head,
      "{\"placeholder\": \"PERSON_1\", \"value\": \"x\", \"forms\": [{\"after\": \"m\"}]}]}", NULL);
  check_load_fails (form_no_value, "after");
  g_autofree char *forms_twice
      = g_strconcat (ok_head,
                     "{\"placeholder\": \"PERSON_1\", \"value\": \"x\", \"forms\": [], "
                     "\"forms\": []}]}",
                     NULL);
  check_load_fails (forms_twice, "forms");
  g_autofree char *form_bad_count
      = g_strconcat (ok_head,
                     "{\"placeholder\": \"PERSON_1\", \"value\": \"x\", \"forms\": "
                     "[{\"after\": \"m\", \"value\": \"y\", \"count\": -1}]}]}",
                     NULL);
  check_load_fails (form_bad_count, NULL);
  g_autofree char *order_not_numbers = g_strconcat (
      ok_head, "{\"placeholder\": \"PERSON_1\", \"value\": \"x\", \"order\": [\"0\"]}]}", NULL);
  check_load_fails (order_not_numbers, NULL);
  g_autofree char *order_twice = g_strconcat (
      ok_head, "{\"placeholder\": \"PERSON_1\", \"value\": \"x\", \"order\": [], \"order\": [0]}]}",
      NULL);
  check_load_fails (order_twice, "order");

  /* Unknown members are skipped (forward compatibility). */
  g_autofree char *path = temp_path ("extra.json");
  g_autofree char *extra = g_strconcat ("{\"note\": {\"a\": [1, 2.5e3, true, null]}, ", ok_head + 1,
                                        "{\"placeholder\": \"IBAN_4\", \"value\": \"\\u00e9\", "
                                        "\"created\": 12}]}",
                                        NULL);
  g_assert_true (g_file_set_contents (path, extra, -1, NULL));
  g_autoptr (VoileMapping) mapping = voile_mapping_load (path, &error);
  g_assert_no_error (error);
  g_autofree char *back = restore (mapping, "iban 4", NULL);
  g_assert_cmpstr (back, ==, "é");
  remove_temp (path);

  /* Missing file, directory. */
  g_assert_null (voile_mapping_load ("/nonexistent/map.json", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (voile_mapping_load ("/", &error));
  g_assert_nonnull (error);
}

static void
test_save_error (void)
{
  g_autoptr (VoileMapping) mapping = voile_mapping_new ();
  g_autoptr (GError) error = NULL;

  g_assert_false (voile_mapping_save (mapping, "/nonexistent/dir/map.json", &error));
  g_assert_nonnull (error);
}

/* The chatbot's HTML: values go into the text between tags, escaped; the markup, including
 * a placeholder-like attribute, is left as it was. */
static void
test_restore_html (void)
{
  g_autoptr (VoileMapping) mapping = voile_mapping_new ();
  const char *text = "Écrire à Ada <ada@example.fr> ou à B&Q.";
  const Mark marks[] = {
    { "Ada <ada@example.fr>", VOILE_TYPE_EMAIL },
    { "B&Q", VOILE_TYPE_PERSON },
  };
  g_autofree char *anonymized = anonymize (mapping, text, marks, G_N_ELEMENTS (marks), NULL);
  g_assert_cmpstr (anonymized, ==, "Écrire à [EMAIL_1] ou à [PERSON_1].");

  const char *html = "<p class=\"EMAIL_1\">Écrire à <strong>[EMAIL_1]</strong>, "
                     "puis <a href=\"#PERSON_1\">Person 1</a>.</p>";
  guint n = 0;
  gsize out_len = 0;
  g_autofree char *back = voile_restore_html (mapping, html, strlen (html), &out_len, &n);
  g_assert_cmpuint (out_len, ==, strlen (back));
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (back, ==,
                   "<p class=\"EMAIL_1\">Écrire à <strong>Ada &lt;ada@example.fr&gt;</strong>, "
                   "puis <a href=\"#PERSON_1\">B&amp;Q</a>.</p>");

  /* An unclosed tag at the end: nothing after its '<' is touched. */
  const char *cut = "EMAIL_1 <span title='EMAIL_1";
  g_autofree char *cut_back = voile_restore_html (mapping, cut, strlen (cut), NULL, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (cut_back, ==, "Ada &lt;ada@example.fr&gt; <span title='EMAIL_1");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/anonymizer/same-value-same-placeholder", test_same_value_same_placeholder);
  g_test_add_func ("/anonymizer/same-placeholder-across-texts", test_same_placeholder_across_texts);
  g_test_add_func ("/anonymizer/person-entities", test_person_entities);
  g_test_add_func ("/anonymizer/bad-findings-skipped", test_bad_findings_skipped);
  g_test_add_func ("/anonymizer/round-trip-bytes", test_round_trip_bytes);
  g_test_add_func ("/anonymizer/person-parts-found-apart", test_person_parts_found_apart);
  g_test_add_func ("/anonymizer/person-parts-in-place", test_person_parts_in_place);
  g_test_add_func ("/anonymizer/text-words-kept", test_text_words_kept);
  g_test_add_func ("/restorer/rewritten-placeholders", test_restore_rewritten);
  g_test_add_func ("/restorer/email-10-is-not-email-1", test_email_10_is_not_email_1);
  g_test_add_func ("/restorer/html", test_restore_html);
  g_test_add_func ("/restorer/person-login-spelling", test_person_login_spelling);
  g_test_add_func ("/restorer/person-spellings", test_person_spellings);
  g_test_add_func ("/restorer/person-spellings-in-order", test_person_spellings_in_order);
  g_test_add_func ("/mapping/zeroed-on-clear", test_zeroed_on_clear);
  g_test_add_func ("/mapping/zeroed-on-expire", test_zeroed_on_expire);
  g_test_add_func ("/mapping/zeroed-on-free", test_zeroed_on_free);
  g_test_add_func ("/mapping/clear-restarts-numbering", test_clear_restarts_numbering);
  g_test_add_func ("/mapping/ttl-expiry", test_ttl_expiry);
  g_test_add_func ("/mapping/save-load", test_save_load);
  g_test_add_func ("/mapping/lookup-every-placeholder", test_lookup_every_placeholder);
  g_test_add_func ("/mapping/load-errors", test_load_errors);
  g_test_add_func ("/mapping/save-error", test_save_error);

  return g_test_run ();
}
