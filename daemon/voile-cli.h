/* voile-cli.h — what the pieces of the `voile` command share. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Exit statuses, like a linter's. */
enum
{
  VOILE_CLI_EXIT_OK = 0,
  VOILE_CLI_EXIT_FOUND = 1, /* `scan`: personal data found */
  VOILE_CLI_EXIT_ERROR = 2,
};

/* Bigger inputs are refused rather than exhausting memory. */
#define VOILE_CLI_MAX_INPUT_SIZE ((gsize)1 << 30)

/* Subcommands: argv[0] is the subcommand's name. */
int
voile_cli_scan (int argc, char **argv);
int
voile_cli_anonymize (int argc, char **argv);
int
voile_cli_restore (int argc, char **argv);
int
voile_cli_status (int argc, char **argv);
int
voile_cli_pause (int argc, char **argv);
int
voile_cli_resume (int argc, char **argv);
int
voile_cli_mode (int argc, char **argv);
int
voile_cli_forget (int argc, char **argv);

/* "voile: message" on standard error. */
void
voile_cli_error (const char *format, ...) G_GNUC_PRINTF (1, 2);

/* A subcommand's option context: its parameter string, options (may be NULL) and summary,
 * all translated in Voile's domain. */
GOptionContext *
voile_cli_option_context_new (const char *parameter, const GOptionEntry *entries,
                              const char *summary);

/* Parses a subcommand's options; on failure prints the error and a hint, returns FALSE. */
gboolean
voile_cli_parse_options (GOptionContext *context, int *argc, char ***argv, const char *command);

/* The name shown for an input: the path, or "<stdin>". */
const char *
voile_cli_input_name (const char *path);

/* Reads a whole file (path NULL or "-": standard input) and checks that it is UTF-8 text
 * (NUL bytes allowed). The message of error is ready to show. */
char *
voile_cli_read_text (const char *path, gsize *out_len, GError **error);

/* Writes to standard output; FALSE (message printed) on failure, e.g. a closed pipe. */
gboolean
voile_cli_write (const char *data, gsize len);
/* Flushes standard output; FALSE (message printed) on failure. */
gboolean
voile_cli_flush (void);

G_END_DECLS
