/* voile-cli-io.c — reading inputs and writing results for the `voile` command. */
/* O_CLOEXEC, fstat(), read(): POSIX, which -std=c17 leaves out. */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include "voile-cli.h"

#include "voile-types.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void
voile_cli_error (const char *format, ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("voile: %s\n", message);
}

GOptionContext *
voile_cli_option_context_new (const char *parameter, const GOptionEntry *entries,
                              const char *summary)
{
  GOptionContext *context = g_option_context_new (parameter);

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  return context;
}

gboolean
voile_cli_parse_options (GOptionContext *context, int *argc, char ***argv, const char *command)
{
  g_autoptr (GError) error = NULL;

  if (g_option_context_parse (context, argc, argv, &error))
    return TRUE;
  voile_cli_error ("%s", error->message);
  g_printerr (_ ("Run “voile %s --help” to see the options.\n"), command);
  return FALSE;
}

const char *
voile_cli_input_name (const char *path)
{
  return path == NULL || strcmp (path, "-") == 0 ? "<stdin>" : path;
}

static void
set_io_error (GError **error, const char *path, int errsv)
{
  g_autofree char *display = g_filename_display_name (voile_cli_input_name (path));

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv), _ ("cannot read “%s”: %s"),
               display, g_strerror (errsv));
}

static char *
read_fd (int fd, const char *path, gsize size_hint, gsize *out_len, GError **error)
{
  gsize capacity = MAX (size_hint + 1, 65536);
  gsize len = 0;
  char *data;

  if (capacity > VOILE_CLI_MAX_INPUT_SIZE + 1)
    capacity = VOILE_CLI_MAX_INPUT_SIZE + 1;
  data = g_try_malloc (capacity);
  if (data == NULL)
    {
      set_io_error (error, path, ENOMEM);
      return NULL;
    }

  for (;;)
    {
      if (len + 1 >= capacity)
        {
          if (capacity > VOILE_CLI_MAX_INPUT_SIZE)
            {
              g_autofree char *display = g_filename_display_name (voile_cli_input_name (path));
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                           _ ("“%s” is too large (the limit is %u MiB)"), display,
                           (guint)(VOILE_CLI_MAX_INPUT_SIZE >> 20));
              g_free (data);
              return NULL;
            }
          gsize new_capacity = MIN (capacity * 2, VOILE_CLI_MAX_INPUT_SIZE + 1);
          char *grown = g_try_realloc (data, new_capacity);
          if (grown == NULL)
            {
              g_free (data);
              set_io_error (error, path, ENOMEM);
              return NULL;
            }
          data = grown;
          capacity = new_capacity;
        }

      gssize n = read (fd, data + len, capacity - 1 - len);
      if (n < 0)
        {
          int errsv = errno;
          if (errsv == EINTR)
            continue;
          g_free (data);
          set_io_error (error, path, errsv);
          return NULL;
        }
      if (n == 0)
        break;
      len += (gsize)n;
    }
  data[len] = '\0';
  *out_len = len;
  return data;
}

char *
voile_cli_read_text (const char *path, gsize *out_len, GError **error)
{
  gboolean is_stdin = path == NULL || strcmp (path, "-") == 0;
  int fd = is_stdin ? STDIN_FILENO : g_open (path, O_RDONLY | O_CLOEXEC, 0);
  struct stat st;
  gsize size_hint = 0;
  gsize len = 0;
  gsize bad_offset = 0;
  char *data;

  if (fd < 0)
    {
      set_io_error (error, path, errno);
      return NULL;
    }
  if (fstat (fd, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        {
          if (!is_stdin)
            close (fd);
          set_io_error (error, path, EISDIR);
          return NULL;
        }
      if (S_ISREG (st.st_mode) && (guint64)st.st_size > VOILE_CLI_MAX_INPUT_SIZE)
        {
          g_autofree char *display = g_filename_display_name (voile_cli_input_name (path));
          if (!is_stdin)
            close (fd);
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                       _ ("“%s” is too large (the limit is %u MiB)"), display,
                       (guint)(VOILE_CLI_MAX_INPUT_SIZE >> 20));
          return NULL;
        }
      if (S_ISREG (st.st_mode) && st.st_size > 0)
        size_hint = (gsize)st.st_size;
    }

  data = read_fd (fd, path, size_hint, &len, error);
  if (!is_stdin)
    close (fd);
  if (data == NULL)
    return NULL;

  if (!voile_text_is_valid (data, len, &bad_offset))
    {
      g_autofree char *display = g_filename_display_name (voile_cli_input_name (path));
      g_autofree char *offset = g_strdup_printf ("%" G_GSIZE_FORMAT, bad_offset);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _ ("“%s” is not UTF-8 text (invalid byte at offset %s)"), display, offset);
      g_free (data);
      return NULL;
    }
  *out_len = len;
  return data;
}

/* Reported once: after a closed pipe every later write fails the same way. */
static gboolean write_failed;

static gboolean
report_write_error (int errsv)
{
  if (write_failed)
    return FALSE;
  write_failed = TRUE;
  voile_cli_error (_ ("cannot write to standard output: %s"), g_strerror (errsv));
  return FALSE;
}

gboolean
voile_cli_write (const char *data, gsize len)
{
  if (write_failed)
    return FALSE;
  if (len > 0 && fwrite (data, 1, len, stdout) != len)
    return report_write_error (errno);
  return TRUE;
}

gboolean
voile_cli_flush (void)
{
  if (write_failed)
    return FALSE;
  if (fflush (stdout) != 0 || ferror (stdout))
    return report_write_error (errno != 0 ? errno : EIO);
  return TRUE;
}
