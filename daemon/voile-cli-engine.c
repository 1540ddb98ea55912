/* voile-cli-engine.c — `voile scan`, `voile anonymize` and `voile restore`: the engine on
 * files and pipes, no daemon needed. */
#include "config.h"

#include "voile-cli.h"

#include "voile-anonymizer.h"
#include "voile-engine.h"
#include "voile-json.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

/* Long values (a private key block) are cut in the human-readable listing. */
#define DISPLAY_MAX_CHARS 80

static const char *exit_status_help
    = N_ ("Exit status: 0 when no personal data was found, 1 when some was found (dates and "
          "amounts alone do not count), 2 on error.");

/* A finding's value on one terminal line: control characters escaped, long ones cut. */
static void
append_display_value (GString *out, const char *value, gsize len)
{
  const char *p = value;
  const char *end = value + len;
  guint chars = 0;

  while (p < end)
    {
      guchar c = (guchar)*p;
      if (chars == DISPLAY_MAX_CHARS)
        {
          g_string_append (out, "…");
          return;
        }
      if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c < 0x20 || c == 0x7f)
        g_string_append_printf (out, "\\x%02x", c);
      else
        {
          const char *next = g_utf8_next_char (p);
          gunichar u = g_utf8_get_char (p);
          if (next > end)
            next = end;
          /* C1 controls and bidi overrides could drive the terminal or hide text. */
          if ((u >= 0x80 && u <= 0x9f) || (u >= 0x202a && u <= 0x202e)
              || (u >= 0x2066 && u <= 0x2069))
            g_string_append_printf (out, "\\u%04x", u);
          else
            g_string_append_len (out, p, next - p);
          p = next;
          chars++;
          continue;
        }
      p++;
      chars++;
    }
}

static void
append_human_findings (GString *out, const char *name, const char *text,
                       const VoileScanResult *scan, gboolean redact)
{
  gsize pos = 0;
  guint line = 1;
  guint column = 1;

  for (guint i = 0; i < scan->findings->len; i++)
    {
      const VoileFinding *finding = &g_array_index (scan->findings, VoileFinding, i);

      /* Line and column (in characters, from 1) of the finding's start. */
      for (; pos < finding->start; pos++)
        {
          guchar c = (guchar)text[pos];
          if (c == '\n')
            line++, column = 1;
          else if ((c & 0xc0) != 0x80)
            column++;
        }
      g_string_append_printf (out, "%s:%u:%u: %s", name, line, column,
                              voile_type_get_name (finding->type));
      if (!redact)
        {
          g_string_append_c (out, ' ');
          append_display_value (out, text + finding->start, finding->end - finding->start);
        }
      g_string_append_c (out, '\n');
    }
}

/* One finding's JSON fields are written straight into the output's room, then counted in
 * its length at once: GLib 2.74 sends every g_string_append() through
 * g_string_insert_len(), and a dozen of those per finding cost 6 % of `voile scan --json`
 * on a large file. Writes copy fixed windows of up to 64 bytes: FIELDS_ROOM leaves room
 * for the longest fields (about 100 bytes: type name, two 20-digit offsets) and a window
 * past them. */
#define FIELDS_ROOM 256

typedef struct
{
  char *bytes; /* out's bytes past its length */
  gsize len;
  gsize room;
} FieldBytes;

/* Starts fields at the end of out, with FIELDS_ROOM bytes of room at least. */
static inline void
field_bytes_begin (FieldBytes *fields, GString *out)
{
  if (out->allocated_len - out->len <= FIELDS_ROOM)
    {
      gsize len = out->len;
      g_string_set_size (out, len + FIELDS_ROOM);
      out->len = len;
    }
  fields->bytes = out->str + out->len;
  fields->len = 0;
  fields->room = out->allocated_len - out->len - 1; /* and the final NUL */
}

/* Counts the fields written in out's length. */
static inline void
field_bytes_end (FieldBytes *fields, GString *out)
{
  out->len += fields->len;
  out->str[out->len] = '\0';
}

G_ALWAYS_INLINE static inline void
field_bytes_put (FieldBytes *fields, const char *bytes, gsize len)
{
  g_assert (len <= fields->room - fields->len);
  memcpy (fields->bytes + fields->len, bytes, len);
  fields->len += len;
}

#define field_bytes_put_literal(fields, literal)                                                   \
  field_bytes_put ((fields), "" literal "", sizeof (literal) - 1)

/* The decimal digits of n, without printf: a large file has findings by the hundred
 * thousand, and formatting their offsets cost more than finding them. */
static void
field_bytes_put_decimal (FieldBytes *fields, gsize n)
{
  /* Two digits a division: offsets have six or seven, and each division is a multiply and
   * a few shifts, a third of this function's cost one digit at a time. */
  static const char pairs[201] = "00010203040506070809101112131415161718192021222324252627282930"
                                 "31323334353637383940414243444546474849505152535455565758596061"
                                 "62636465666768697071727374757677787980818283848586878889909192"
                                 "93949596979899";
  /* Written right-aligned at the end of a 24-byte window, then the whole window copied:
   * a copy of known size is a few moves, one of the digits' length a call. */
  char digits[48];
  gsize k = 24;

  memset (digits + 24, 0, 24); /* copied, never read */
  while (n >= 100)
    {
      gsize pair = n % 100;
      n /= 100;
      k -= 2;
      memcpy (digits + k, pairs + 2 * pair, 2);
    }
  if (n >= 10)
    {
      k -= 2;
      memcpy (digits + k, pairs + 2 * n, 2);
    }
  else
    digits[--k] = (char)('0' + n);
  if (fields->room - fields->len >= 24)
    {
      memcpy (fields->bytes + fields->len, digits + k, 24);
      fields->len += 24 - k;
    }
  else
    field_bytes_put (fields, digits + k, 24 - k);
}

/* Confidences take a few values: each is formatted once (by g_ascii_formatd(), so the
 * text is the same) and found again by its bits. */
typedef struct
{
  guint64 bits[16];
  char text[16][G_ASCII_DTOSTR_BUF_SIZE];
  gsize len[16];
  guint n;
} ConfidenceTexts;

/* The text of value, its length in *len (counted once, when the text is made). */
static const char *
confidence_text (ConfidenceTexts *texts, double value, gsize *len)
{
  guint64 bits;
  guint k;

  memcpy (&bits, &value, sizeof bits);
  for (k = 0; k < texts->n; k++)
    if (texts->bits[k] == bits)
      {
        *len = texts->len[k];
        return texts->text[k];
      }
  /* Full (never with the engine's confidences): the last slot is reused. */
  k = MIN (texts->n, G_N_ELEMENTS (texts->bits) - 1);
  texts->n = k + 1;
  texts->bits[k] = bits;
  /* g_ascii_formatd: a French locale must not turn 0.98 into 0,98. */
  g_ascii_formatd (texts->text[k], sizeof texts->text[k], "%.2f", value);
  texts->len[k] = strlen (texts->text[k]);
  *len = texts->len[k];
  return texts->text[k];
}

static void
append_json_findings (GString *out, const char *text, const VoileScanResult *scan, gboolean redact)
{
  ConfidenceTexts confidences = { .n = 0 };
  /* Each type's first fields, {"type":"NAME","start":, written at its first finding (length
   * 0: not yet), in a window copied whole (see field_bytes_put_decimal()). */
  char type_fields[VOILE_N_TYPES][64];
  gsize type_fields_len[VOILE_N_TYPES] = { 0 };
  /* The last fields of the confidences met, ,"confidence":0.95} (confidence_text() reuses
   * its last text: copied), found again by their float's bits in a table indexed by a hash
   * of them (len 0: empty; a collision writes them again), copied whole as a window. */
  struct
  {
    guint32 bits;
    gsize len;
    char text[32];
  } seen[16] = { { 0 } };
  G_STATIC_ASSERT (sizeof ((VoileFinding *)NULL)->confidence == sizeof (guint32));

  g_string_append (out, "\"findings\":[");
  for (guint i = 0; i < scan->findings->len; i++)
    {
      const VoileFinding *finding = &g_array_index (scan->findings, VoileFinding, i);
      guint32 bits;
      memcpy (&bits, &finding->confidence, sizeof bits);
      guint slot = (bits * 0x9E3779B1u) >> 28;
      if (seen[slot].len == 0 || seen[slot].bits != bits)
        {
          double value
              = isfinite (finding->confidence) ? CLAMP (finding->confidence, 0.0, 1.0) : 0.0;
          gsize n = 0;
          const char *formatted = confidence_text (&confidences, value, &n);
          /* "%.2f" of a value in [0, 1]: "0.95", "1.00". */
          static const char head[] = ",\"confidence\":";
          g_assert (n > 0 && sizeof head - 1 + n + 1 <= sizeof seen[slot].text);
          memcpy (seen[slot].text, head, sizeof head - 1);
          memcpy (seen[slot].text + sizeof head - 1, formatted, n);
          seen[slot].text[sizeof head - 1 + n] = '}';
          seen[slot].len = sizeof head - 1 + n + 1;
          seen[slot].bits = bits;
        }
      FieldBytes fields;

      field_bytes_begin (&fields, out);
      if (i > 0)
        field_bytes_put_literal (&fields, ",");
      /* A finding's type is one of the VOILE_N_TYPES (its name would be NULL otherwise). */
      g_assert ((guint)finding->type < VOILE_N_TYPES);
      if (type_fields_len[finding->type] == 0)
        {
          /* Type names are plain ASCII identifiers: no escaping needed. */
          const char *type_name = voile_type_get_name (finding->type);
          memset (type_fields[finding->type], 0, sizeof type_fields[finding->type]);
          int n = g_snprintf (type_fields[finding->type], sizeof type_fields[finding->type],
                              "{\"type\":\"%s\",\"start\":", type_name);
          g_assert (n > 0 && (gsize)n < sizeof type_fields[finding->type]);
          type_fields_len[finding->type] = (gsize)n;
        }
      G_STATIC_ASSERT (sizeof type_fields[0] + 1 <= FIELDS_ROOM);
      memcpy (fields.bytes + fields.len, type_fields[finding->type], sizeof type_fields[0]);
      fields.len += type_fields_len[finding->type];
      field_bytes_put_decimal (&fields, finding->start);
      field_bytes_put_literal (&fields, ",\"end\":");
      field_bytes_put_decimal (&fields, finding->end);
      if (!redact)
        {
          field_bytes_put_literal (&fields, ",\"text\":");
          field_bytes_end (&fields, out);
          voile_json_append_string (out, text + finding->start, finding->end - finding->start);
          field_bytes_begin (&fields, out);
        }
      if (fields.room - fields.len >= sizeof seen[slot].text)
        {
          memcpy (fields.bytes + fields.len, seen[slot].text, sizeof seen[slot].text);
          fields.len += seen[slot].len;
        }
      else
        field_bytes_put (&fields, seen[slot].text, seen[slot].len);
      field_bytes_end (&fields, out);
    }
  g_string_append_c (out, ']');
}

static VoileEngine *
get_engine (void)
{
  static VoileEngine *engine;
  g_autoptr (GError) error = NULL;

  if (engine == NULL)
    {
      engine = voile_engine_new (&error);
      if (engine == NULL)
        voile_cli_error (_ ("cannot start the detection engine: %s"), error->message);
    }
  return engine;
}

#define KEEP_OPTION_HELP                                                                           \
  N_ ("Leave these kinds of data as they are: names, contact, bank, official, addresses, "         \
      "birth-dates, secrets, references, dates-amounts (comma-separated, or the option "           \
      "repeated)")

/* The types to report once the kinds named by --keep are left out (the daemon's "category-…"
 * switches, by the same names). FALSE, with the error printed, for an unknown kind. */
static gboolean
parse_kept_kinds (GStrv keep, guint32 *out_mask)
{
  guint32 mask = VOILE_TYPE_MASK_ALL;

  for (guint i = 0; keep != NULL && keep[i] != NULL; i++)
    {
      g_auto (GStrv) kinds = g_strsplit (keep[i], ",", -1);

      for (guint k = 0; kinds[k] != NULL; k++)
        {
          const char *kind = g_strstrip (kinds[k]);
          VoileCategory category;

          if (*kind == '\0')
            continue;
          if (!voile_category_from_id (kind, &category))
            {
              g_autoptr (GString) known = g_string_new (NULL);

              for (guint c = 0; c < VOILE_N_CATEGORIES; c++)
                g_string_append_printf (known, "%s%s", c > 0 ? ", " : "",
                                        voile_category_get_id (c));
              voile_cli_error (_ ("“%s” is not a kind of data (%s)"), kind, known->str);
              return FALSE;
            }
          mask &= ~voile_category_get_type_mask (category);
        }
    }
  *out_mask = mask;
  return TRUE;
}

int
voile_cli_scan (int argc, char **argv)
{
  gboolean json = FALSE;
  gboolean redact = FALSE;
  g_auto (GStrv) files = NULL;
  g_auto (GStrv) keep = NULL;
  const GOptionEntry entries[] = {
    { "json", 'j', 0, G_OPTION_ARG_NONE, &json,
      N_ ("Print one JSON object with the findings and their byte offsets"), NULL },
    { "redact", 0, 0, G_OPTION_ARG_NONE, &redact, N_ ("Do not print the values found"), NULL },
    { "keep", 'k', 0, G_OPTION_ARG_STRING_ARRAY, &keep, KEEP_OPTION_HELP, N_ ("KINDS") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL },
  };
  guint32 mask;
  VoileEngine *engine;
  gboolean found = FALSE;
  gboolean failed = FALSE;
  guint n_inputs;
  gboolean several;
  g_autoptr (GString) json_out = g_string_new (NULL);

  g_autoptr (GOptionContext) context = voile_cli_option_context_new (
      _ ("[FILE…]"), entries,
      _ ("Lists the personal data found in the files (standard input when there is no "
         "FILE, or for “-”): file:line:column, type and value, one finding a line.\n"
         "With --json and several files, prints {\"files\":[{\"file\":…,\"findings\":"
         "[…]}…]}; byte offsets are per file."));
  g_option_context_set_description (context, _ (exit_status_help));
  if (!voile_cli_parse_options (context, &argc, &argv, "scan") || !parse_kept_kinds (keep, &mask))
    return VOILE_CLI_EXIT_ERROR;

  engine = get_engine ();
  if (engine == NULL)
    return VOILE_CLI_EXIT_ERROR;

  n_inputs = files != NULL ? g_strv_length (files) : 0;
  several = n_inputs > 1;
  if (json && several)
    g_string_append (json_out, "{\"files\":[");

  for (guint i = 0; i < MAX (n_inputs, 1); i++)
    {
      const char *path = n_inputs > 0 ? files[i] : NULL;
      g_autoptr (GError) error = NULL;
      g_autofree char *text = NULL;
      g_autoptr (VoileScanResult) scan = NULL;
      gsize len = 0;

      if (json && several)
        {
          if (i > 0)
            g_string_append_c (json_out, ',');
          g_string_append (json_out, "{\"file\":");
          voile_json_append_string (json_out, voile_cli_input_name (path),
                                    strlen (voile_cli_input_name (path)));
          g_string_append_c (json_out, ',');
        }

      text = voile_cli_read_text (path, &len, &error);
      if (text == NULL)
        {
          voile_cli_error ("%s", error->message);
          failed = TRUE;
          if (json && several)
            {
              g_string_append (json_out, "\"error\":");
              voile_json_append_string (json_out, error->message, strlen (error->message));
              g_string_append_c (json_out, '}');
            }
          continue;
        }

      scan = voile_engine_scan (engine, text, len, VOILE_TYPE_MASK_ALL);
      voile_scan_result_keep_types (scan, mask);
      found |= voile_scan_result_has_direct_identifier (scan);

      if (json)
        {
          if (!several)
            g_string_append_c (json_out, '{');
          append_json_findings (json_out, text, scan, redact);
          g_string_append_c (json_out, '}');
        }
      else
        {
          g_autoptr (GString) out = g_string_new (NULL);
          g_autofree char *display = g_filename_display_name (voile_cli_input_name (path));

          append_human_findings (out, display, text, scan, redact);
          if (!voile_cli_write (out->str, out->len))
            return VOILE_CLI_EXIT_ERROR;
        }
    }

  if (json)
    {
      if (several)
        g_string_append (json_out, "]}");
      g_string_append_c (json_out, '\n');
      /* With a single input that could not be read, there is no object to print. */
      if ((several || !failed) && !voile_cli_write (json_out->str, json_out->len))
        return VOILE_CLI_EXIT_ERROR;
    }
  if (!voile_cli_flush () || failed)
    return VOILE_CLI_EXIT_ERROR;
  return found ? VOILE_CLI_EXIT_FOUND : VOILE_CLI_EXIT_OK;
}

/* At most one input: FILE, "-" or nothing (standard input). */
static gboolean
get_single_input (GStrv files, const char *command, const char **out_path)
{
  guint n = files != NULL ? g_strv_length (files) : 0;

  if (n > 1)
    {
      voile_cli_error (_ ("“voile %s” takes at most one FILE"), command);
      return FALSE;
    }
  *out_path = n == 1 ? files[0] : NULL;
  return TRUE;
}

/* An empty file is a new map: "voile anonymize --map "$(mktemp)"" makes one first. */
static gboolean
is_empty_file (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 && S_ISREG (st.st_mode) && st.st_size == 0;
}

int
voile_cli_anonymize (int argc, char **argv)
{
  g_autofree char *map_path = NULL;
  g_auto (GStrv) files = NULL;
  g_auto (GStrv) keep = NULL;
  const GOptionEntry entries[] = {
    { "map", 'm', 0, G_OPTION_ARG_FILENAME, &map_path,
      N_ ("Save the placeholder → value table to FILE (mode 0600; an existing map file is "
          "extended; an empty one is a new map)"),
      N_ ("FILE") },
    { "keep", 'k', 0, G_OPTION_ARG_STRING_ARRAY, &keep, KEEP_OPTION_HELP, N_ ("KINDS") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL },
  };
  guint32 mask;
  g_autoptr (GError) error = NULL;
  g_autoptr (VoileMapping) mapping = NULL;
  g_autoptr (VoileScanResult) scan = NULL;
  g_autofree char *text = NULL;
  g_autofree char *anonymized = NULL;
  const char *path;
  gsize len = 0;
  gsize out_len = 0;
  VoileEngine *engine;

  g_autoptr (GOptionContext) context = voile_cli_option_context_new (
      _ ("[FILE]"), entries,
      _ ("Prints the text of FILE (or standard input) with its personal data replaced "
         "by placeholders such as [EMAIL_1]; the same value always gets the same "
         "placeholder. Keep the map file to put the values back with “voile restore”."));
  if (!voile_cli_parse_options (context, &argc, &argv, "anonymize")
      || !get_single_input (files, "anonymize", &path) || !parse_kept_kinds (keep, &mask))
    return VOILE_CLI_EXIT_ERROR;

  if (map_path != NULL && g_file_test (map_path, G_FILE_TEST_EXISTS) && !is_empty_file (map_path))
    {
      /* Extending keeps placeholders stable across texts, and never overwrites a file that
       * is not ours. */
      mapping = voile_mapping_load (map_path, &error);
      if (mapping == NULL)
        {
          voile_cli_error ("%s", error->message);
          return VOILE_CLI_EXIT_ERROR;
        }
    }
  else
    mapping = voile_mapping_new ();

  text = voile_cli_read_text (path, &len, &error);
  if (text == NULL)
    {
      voile_cli_error ("%s", error->message);
      return VOILE_CLI_EXIT_ERROR;
    }
  engine = get_engine ();
  if (engine == NULL)
    return VOILE_CLI_EXIT_ERROR;

  scan = voile_engine_scan (engine, text, len, VOILE_TYPE_MASK_ALL);
  voile_scan_result_keep_types (scan, mask);
  anonymized = voile_anonymize (mapping, text, len, scan, &out_len);

  /* The map first: anonymized text without its map could never be restored. */
  if (map_path != NULL && !voile_mapping_save (mapping, map_path, &error))
    {
      g_autofree char *display = g_filename_display_name (map_path);
      voile_cli_error (_ ("cannot save the map file “%s”: %s"), display, error->message);
      return VOILE_CLI_EXIT_ERROR;
    }
  if (!voile_cli_write (anonymized, out_len) || !voile_cli_flush ())
    return VOILE_CLI_EXIT_ERROR;
  return VOILE_CLI_EXIT_OK;
}

/* The map holds the real values: say so when other users can read it. */
static void
warn_if_map_shared (const char *map_path)
{
  GStatBuf st;

  if (g_stat (map_path, &st) == 0 && (st.st_mode & 077) != 0)
    {
      g_autofree char *display = g_filename_display_name (map_path);
      voile_cli_error (_ ("warning: other users can read the map file “%s” (chmod 600 it)"),
                       display);
    }
}

int
voile_cli_restore (int argc, char **argv)
{
  g_autofree char *map_path = NULL;
  g_auto (GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "map", 'm', 0, G_OPTION_ARG_FILENAME, &map_path,
      N_ ("The map file written by “voile anonymize --map” (required)"), N_ ("FILE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL },
  };
  g_autoptr (GError) error = NULL;
  g_autoptr (VoileMapping) mapping = NULL;
  g_autofree char *text = NULL;
  g_autofree char *restored = NULL;
  const char *path;
  gsize len = 0;
  gsize out_len = 0;

  g_autoptr (GOptionContext) context = voile_cli_option_context_new (
      _ ("--map FILE [FILE]"), entries,
      _ ("Prints the text of FILE (or standard input) with the placeholders of the "
         "map file replaced by the real values, also when a chatbot rewrote them "
         "(“email_1”, “Email 1”, “EMAIL-1”, **[EMAIL_1]**)."));
  if (!voile_cli_parse_options (context, &argc, &argv, "restore")
      || !get_single_input (files, "restore", &path))
    return VOILE_CLI_EXIT_ERROR;
  if (map_path == NULL)
    {
      voile_cli_error (_ ("“voile restore” needs the map file: --map FILE"));
      return VOILE_CLI_EXIT_ERROR;
    }

  mapping = voile_mapping_load (map_path, &error);
  if (mapping == NULL)
    {
      voile_cli_error ("%s", error->message);
      return VOILE_CLI_EXIT_ERROR;
    }
  warn_if_map_shared (map_path);
  text = voile_cli_read_text (path, &len, &error);
  if (text == NULL)
    {
      voile_cli_error ("%s", error->message);
      return VOILE_CLI_EXIT_ERROR;
    }

  restored = voile_restore (mapping, text, len, &out_len, NULL);
  if (!voile_cli_write (restored, out_len) || !voile_cli_flush ())
    return VOILE_CLI_EXIT_ERROR;
  return VOILE_CLI_EXIT_OK;
}
