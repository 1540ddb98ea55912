/* voile-json.c — a JSON string writer and a small pull reader. */
#include "config.h"

#include "voile-json.h"

#include "voile-types.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#define MAX_DEPTH 64

/* The length of the longest run of 8-byte words at p that need no escape and hold no byte
 * >= 0x80 (no control byte, DEL, quote nor backslash: each test true of a word exactly when
 * of one of its bytes). */
static inline gsize
plain_ascii_words (const char *p, const char *end)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  const char *q = p;

  while (end - q >= 8)
    {
      guint64 w, quote, backslash, del;
      memcpy (&w, q, 8);
      quote = w ^ (ones * '"');
      backslash = w ^ (ones * '\\');
      del = w ^ (ones * 0x7f);
      if (((w - ones * 0x20) | w | ((quote - ones) & ~quote) | ((backslash - ones) & ~backslash)
           | ((del - ones) & ~del))
          & highs)
        break;
      q += 8;
    }
  return (gsize)(q - p);
}

void
voile_json_append_string (GString *out, const char *text, gsize len)
{
  const char *p = text;
  const char *end = text + len;

  /* Most strings (a finding's value) need no escape and are ASCII: appended with their
   * quotes in one copy. */
  gsize ascii = plain_ascii_words (text, end);
  while (ascii < len && (guchar)text[ascii] >= 0x20 && (guchar)text[ascii] < 0x7f
         && text[ascii] != '"' && text[ascii] != '\\')
    ascii++;
  if (ascii == len && out->len + len + 2 < out->allocated_len)
    {
      char *w = out->str + out->len;
      w[0] = '"';
      memcpy (w + 1, text, len);
      w[len + 1] = '"';
      w[len + 2] = '\0';
      out->len += len + 2;
      return;
    }

  g_string_append_c (out, '"');
  while (p < end)
    {
      /* A run that needs no escape (printable ASCII and valid UTF-8 sequences: most of any
       * text) is appended whole: one append per character cost more than the scan. */
      const char *plain = p;
      plain += plain_ascii_words (plain, end);
      while (plain < end)
        {
          guchar b = (guchar)*plain;
          if (b >= 0x20 && b < 0x7f && b != '"' && b != '\\')
            plain++;
          else if (b >= 0x80)
            {
              gunichar u = g_utf8_get_char_validated (plain, end - plain);
              if (u == (gunichar)-1 || u == (gunichar)-2)
                break;
              plain = g_utf8_next_char (plain);
            }
          else
            break;
        }
      if (plain > p)
        {
          voile_string_append_len (out, p, (gsize)(plain - p));
          p = plain;
          continue;
        }
      guchar c = (guchar)*p;

      if (c >= 0x80)
        {
          /* Only invalid sequences reach here. */
          g_string_append (out, "\\ufffd");
          p++;
          continue;
        }
      switch (c)
        {
          case '"':
            g_string_append (out, "\\\"");
            break;
          case '\\':
            g_string_append (out, "\\\\");
            break;
          case '\n':
            g_string_append (out, "\\n");
            break;
          case '\r':
            g_string_append (out, "\\r");
            break;
          case '\t':
            g_string_append (out, "\\t");
            break;
          default:
            if (c < 0x20 || c == 0x7f)
              g_string_append_printf (out, "\\u%04x", c);
            else
              g_string_append_c (out, (char)c);
            break;
        }
      p++;
    }
  g_string_append_c (out, '"');
}

void
voile_json_reader_init (VoileJsonReader *reader, const char *data, gsize len)
{
  reader->start = data;
  reader->pos = data;
  reader->end = data + len;
  reader->line_pos = data;
  reader->line = 1;
}

guint
voile_json_reader_get_line (VoileJsonReader *reader)
{
  if (reader->line_pos == NULL || reader->line_pos > reader->pos)
    {
      reader->line_pos = reader->start;
      reader->line = 1;
    }
  for (const char *p = reader->line_pos; (p = memchr (p, '\n', (gsize)(reader->pos - p))) != NULL;
       p++)
    reader->line++;
  reader->line_pos = reader->pos;
  return reader->line;
}

static gboolean
fail (VoileJsonReader *reader, GError **error, const char *what)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               /* Translators: a syntax error in a JSON file, e.g. "line 3: expected a string" */
               _ ("line %u: %s"), voile_json_reader_get_line (reader), what);
  return FALSE;
}

char
voile_json_reader_peek (VoileJsonReader *reader)
{
  while (reader->pos < reader->end
         && (*reader->pos == ' ' || *reader->pos == '\t' || *reader->pos == '\n'
             || *reader->pos == '\r'))
    reader->pos++;
  return reader->pos < reader->end ? *reader->pos : '\0';
}

gboolean
voile_json_reader_expect (VoileJsonReader *reader, char c, GError **error)
{
  if (voile_json_reader_peek (reader) != c || reader->pos >= reader->end)
    {
      g_autofree char *what = g_strdup_printf (_ ("expected “%c”"), c);
      return fail (reader, error, what);
    }
  reader->pos++;
  return TRUE;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
read_hex4 (VoileJsonReader *reader, gunichar *out)
{
  gunichar u = 0;

  if (reader->end - reader->pos < 4)
    return FALSE;
  for (int i = 0; i < 4; i++)
    {
      int v = hex_value (reader->pos[i]);
      if (v < 0)
        return FALSE;
      u = (u << 4) | (gunichar)v;
    }
  reader->pos += 4;
  *out = u;
  return TRUE;
}

char *
voile_json_reader_read_string (VoileJsonReader *reader, gsize *out_len, GError **error)
{
  if (!voile_json_reader_expect (reader, '"', error))
    return NULL;

  /* The decoded string is never longer than its escaped form: one allocation, no copies
   * of secrets left behind by a growing buffer. */
  const char *close = reader->pos;
  gsize out_size = (gsize)(reader->end - reader->pos) + 1;
  char *out = g_malloc (out_size);
  gsize n = 0;

  while (close < reader->end && *close != '"')
    {
      guchar c = (guchar)*close;
      if (c < 0x20)
        goto bad;
      if (c != '\\')
        {
          out[n++] = (char)c;
          close++;
          continue;
        }
      close++;
      if (close >= reader->end)
        goto bad;
      char e = *close++;
      switch (e)
        {
          case '"':
          case '\\':
          case '/':
            out[n++] = e;
            break;
          case 'b':
            out[n++] = '\b';
            break;
          case 'f':
            out[n++] = '\f';
            break;
          case 'n':
            out[n++] = '\n';
            break;
          case 'r':
            out[n++] = '\r';
            break;
          case 't':
            out[n++] = '\t';
            break;
          case 'u':
            {
              gunichar u;
              reader->pos = close;
              if (!read_hex4 (reader, &u))
                goto bad;
              if (u >= 0xd800 && u < 0xdc00)
                {
                  gunichar low;
                  if (reader->end - reader->pos < 2 || reader->pos[0] != '\\'
                      || reader->pos[1] != 'u')
                    goto bad;
                  reader->pos += 2;
                  if (!read_hex4 (reader, &low) || low < 0xdc00 || low > 0xdfff)
                    goto bad;
                  u = 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00);
                }
              else if (u >= 0xdc00 && u <= 0xdfff)
                goto bad;
              close = reader->pos;
              /* Every \u escape is 6 bytes and encodes to at most 4. */
              n += (gsize)g_unichar_to_utf8 (u, out + n);
              break;
            }
          default:
            goto bad;
        }
    }
  if (close >= reader->end)
    goto bad;
  out[n] = '\0';
  if (!voile_text_is_valid (out, n, NULL))
    goto bad;
  reader->pos = close + 1;
  if (out_len != NULL)
    *out_len = n;
  return out;

bad:
  reader->pos = close < reader->end ? close : reader->end;
  memset (out, 0, out_size);
  g_free (out);
  fail (reader, error, _ ("invalid string"));
  return NULL;
}

gboolean
voile_json_reader_read_uint (VoileJsonReader *reader, guint64 *out, GError **error)
{
  guint64 value = 0;
  const char *p;

  voile_json_reader_peek (reader);
  p = reader->pos;
  if (p >= reader->end || !g_ascii_isdigit (*p))
    return fail (reader, error, _ ("expected a number"));
  while (p < reader->end && g_ascii_isdigit (*p))
    {
      guint digit = (guint)(*p - '0');
      if (value > (G_MAXUINT64 - digit) / 10)
        return fail (reader, error, _ ("number too large"));
      value = value * 10 + digit;
      p++;
    }
  if (p < reader->end && (*p == '.' || *p == 'e' || *p == 'E'))
    return fail (reader, error, _ ("expected a whole number"));
  reader->pos = p;
  *out = value;
  return TRUE;
}

static gboolean
skip_value_at (VoileJsonReader *reader, guint depth, GError **error)
{
  char c = voile_json_reader_peek (reader);

  if (depth > MAX_DEPTH)
    return fail (reader, error, _ ("nested too deep"));
  if (c == '"')
    {
      gsize len;
      char *s = voile_json_reader_read_string (reader, &len, error);
      if (s == NULL)
        return FALSE;
      memset (s, 0, len);
      g_free (s);
      return TRUE;
    }
  if (c == '{' || c == '[')
    {
      char close = c == '{' ? '}' : ']';
      reader->pos++;
      if (voile_json_reader_peek (reader) == close)
        {
          reader->pos++;
          return TRUE;
        }
      for (;;)
        {
          if (c == '{')
            {
              if (!skip_value_at (reader, depth + 1, error)
                  || !voile_json_reader_expect (reader, ':', error))
                return FALSE;
            }
          if (!skip_value_at (reader, depth + 1, error))
            return FALSE;
          if (voile_json_reader_peek (reader) == ',')
            {
              reader->pos++;
              continue;
            }
          return voile_json_reader_expect (reader, close, error);
        }
    }
  if (c == '-' || g_ascii_isdigit (c))
    {
      const char *p = reader->pos + 1;
      while (p < reader->end && (g_ascii_isdigit (*p) || strchr (".eE+-", *p) != NULL))
        p++;
      reader->pos = p;
      return TRUE;
    }
  static const char *const words[] = { "true", "false", "null" };
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      gsize n = strlen (words[i]);
      if ((gsize)(reader->end - reader->pos) >= n && memcmp (reader->pos, words[i], n) == 0)
        {
          reader->pos += n;
          return TRUE;
        }
    }
  return fail (reader, error, _ ("expected a value"));
}

gboolean
voile_json_reader_skip_value (VoileJsonReader *reader, GError **error)
{
  return skip_value_at (reader, 0, error);
}

/* The step shared by objects and arrays: the opening bracket the first time, then a comma
 * between two items or the closing bracket. */
static VoileJsonStep
next_item (VoileJsonReader *reader, gboolean *started, char open, char close, GError **error)
{
  if (!*started)
    {
      if (!voile_json_reader_expect (reader, open, error))
        return VOILE_JSON_ERROR;
      *started = TRUE;
      if (voile_json_reader_peek (reader) != close)
        return VOILE_JSON_NEXT;
    }
  else if (voile_json_reader_peek (reader) == ',')
    {
      voile_json_reader_expect (reader, ',', NULL);
      return VOILE_JSON_NEXT;
    }
  return voile_json_reader_expect (reader, close, error) ? VOILE_JSON_END : VOILE_JSON_ERROR;
}

VoileJsonStep
voile_json_reader_next_member (VoileJsonReader *reader, gboolean *started, char **name,
                               GError **error)
{
  VoileJsonStep step = next_item (reader, started, '{', '}', error);

  *name = NULL;
  if (step != VOILE_JSON_NEXT)
    return step;
  *name = voile_json_reader_read_string (reader, NULL, error);
  if (*name == NULL)
    return VOILE_JSON_ERROR;
  if (!voile_json_reader_expect (reader, ':', error))
    {
      g_clear_pointer (name, g_free);
      return VOILE_JSON_ERROR;
    }
  return VOILE_JSON_NEXT;
}

VoileJsonStep
voile_json_reader_next_element (VoileJsonReader *reader, gboolean *started, GError **error)
{
  return next_item (reader, started, '[', ']', error);
}

gboolean
voile_json_reader_expect_end (VoileJsonReader *reader, GError **error)
{
  if (voile_json_reader_peek (reader) != '\0' || reader->pos < reader->end)
    return fail (reader, error, _ ("unexpected text after the end"));
  return TRUE;
}

gsize
voile_json_enclosing_object (const char *text, gsize at, gsize reach)
{
  gint depth = 0;
  gsize from = at > reach ? at - reach : 0;
  for (gsize i = at; i-- > from;)
    {
      char ch = text[i];
      if (ch == '}' || ch == ']')
        depth++;
      else if ((ch == '{' || ch == '[') && depth > 0)
        depth--;
      else if (ch == '{')
        return i;
      else if (ch == '[')
        return G_MAXSIZE;
    }
  return G_MAXSIZE;
}
