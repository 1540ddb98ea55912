/* voile-json.h — just enough JSON for the CLI's output and the map file.
 *
 * GLib has no JSON and Voile needs only flat documents, so a writer helper and a small
 * pull reader are cheaper than a new dependency.
 */
#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

/* g_string_append_len() without its call into g_string_insert_len() while the string has
 * room (GLib 2.76 inlines the same test; 2.74, Debian 12's, does not): the CLI appends
 * three times per finding, and the calls cost more than the copies. */
static inline void
voile_string_append_len (GString *out, const char *bytes, gsize len)
{
  if (out->len + len < out->allocated_len)
    {
      memcpy (out->str + out->len, bytes, len);
      out->len += len;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_len (out, bytes, (gssize)len);
}

/* Appends text as a quoted JSON string. NUL bytes and control characters are escaped
 * (\u0000); bytes that are not valid UTF-8 become U+FFFD. */
void
voile_json_append_string (GString *out, const char *text, gsize len);

typedef struct
{
  const char *pos;
  const char *end;
  const char *start;
  /* get_line()'s last answer: the line at line_pos, so that asking again further on counts
   * only the newlines in between (a map file asks at each of its entries). */
  const char *line_pos;
  guint line;
} VoileJsonReader;

void
voile_json_reader_init (VoileJsonReader *reader, const char *data, gsize len);
/* Skips white space; returns the next byte without consuming it, or 0 at the end. */
char
voile_json_reader_peek (VoileJsonReader *reader);
/* Consumes c (after white space) or fails. */
gboolean
voile_json_reader_expect (VoileJsonReader *reader, char c, GError **error);
/* Reads a string; the result is NUL-terminated and *out_len (nullable) is its length, which
 * may be more than strlen() when it holds \u0000. The caller owns (and should zero) it. */
char *
voile_json_reader_read_string (VoileJsonReader *reader, gsize *out_len, GError **error);
/* Reads a non-negative integer that fits in a guint64. */
gboolean
voile_json_reader_read_uint (VoileJsonReader *reader, guint64 *out, GError **error);
/* Skips any value (nested at most 64 deep). */
gboolean
voile_json_reader_skip_value (VoileJsonReader *reader, GError **error);
/* Fails unless only white space is left. */
gboolean
voile_json_reader_expect_end (VoileJsonReader *reader, GError **error);
typedef enum
{
  VOILE_JSON_NEXT,  /* at the next member's value, or the next element */
  VOILE_JSON_END,   /* the closing '}' or ']' is consumed */
  VOILE_JSON_ERROR, /* error is set */
} VoileJsonStep;

/* Walks an object: *started is FALSE before its '{'. At VOILE_JSON_NEXT, *name (the caller's
 * to free) is the member's name and the reader is at its value, which the caller reads. */
VoileJsonStep
voile_json_reader_next_member (VoileJsonReader *reader, gboolean *started, char **name,
                               GError **error);
/* Walks an array the same way: at VOILE_JSON_NEXT the reader is at an element. */
VoileJsonStep
voile_json_reader_next_element (VoileJsonReader *reader, gboolean *started, GError **error);
/* Line number (from 1) of the reader's position, for error messages. */
guint
voile_json_reader_get_line (VoileJsonReader *reader);

/* Reading a scanned text, not a document: the '{' opening the JSON object around text[at],
 * the complete children before at skipped; G_MAXSIZE when none within reach bytes back or
 * when at sits in a list. */
gsize
voile_json_enclosing_object (const char *text, gsize at, gsize reach);

G_END_DECLS
