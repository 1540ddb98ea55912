/* voile-wipe.c — zeroing memory that held copied text before it is released. */
/* explicit_bzero() is a glibc extension. */
#define _DEFAULT_SOURCE

#include "config.h"

#include "voile-wipe.h"

#include <string.h>

void
voile_wipe (gpointer data, gsize len)
{
  if (data == NULL || len == 0)
    return;
  /* explicit_bzero() (glibc ≥ 2.25) is never treated as a dead store. */
  explicit_bzero (data, len);
}

void
voile_wipe_free (gpointer data, gsize len)
{
  voile_wipe (data, len);
  g_free (data);
}

void
voile_wipe_string_free (char *text)
{
  if (text != NULL)
    voile_wipe (text, strlen (text));
  g_free (text);
}

typedef struct
{
  char *data;
  gsize len;
} WipedBuffer;

static void
wiped_buffer_free (gpointer user_data)
{
  WipedBuffer *buffer = user_data;

  voile_wipe_free (buffer->data, buffer->len);
  g_free (buffer);
}

GBytes *
voile_bytes_new_take_wiped (char *data, gsize len)
{
  WipedBuffer *buffer = g_new (WipedBuffer, 1);

  buffer->data = data;
  buffer->len = len;
  return g_bytes_new_with_free_func (data, len, wiped_buffer_free, buffer);
}

GBytes *
voile_bytes_new_wiped (const char *data, gsize len)
{
  /* One more byte, so that an empty text still has a buffer of its own. */
  char *copy = g_malloc (len + 1);

  if (len > 0)
    memcpy (copy, data, len);
  copy[len] = '\0';
  return voile_bytes_new_take_wiped (copy, len);
}
