/* voile-cli.c — the `voile` command: finds, hides and restores personal data in files and
 * pipes, and drives the running daemon. Needs GIO only, never GTK. */
#include "config.h"

#include "voile-cli.h"
#include "voile-private-memory.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

typedef struct
{
  const char *name;
  int (*run) (int argc, char **argv);
  const char *summary;
} VoileCliCommand;

static const VoileCliCommand commands[] = {
  { "scan", voile_cli_scan, N_ ("List the personal data found in files or standard input") },
  { "anonymize", voile_cli_anonymize, N_ ("Replace the personal data by placeholders") },
  { "restore", voile_cli_restore, N_ ("Put the real values back in place of the placeholders") },
  { "status", voile_cli_status, N_ ("Show what the Voile daemon is doing") },
  { "pause", voile_cli_pause, N_ ("Stop watching the clipboard for a while") },
  { "resume", voile_cli_resume, N_ ("Watch the clipboard again") },
  { "mode", voile_cli_mode, N_ ("Show or set what the daemon does with personal data") },
  { "forget", voile_cli_forget, N_ ("Wipe the daemon's placeholder mapping and Undo now") },
};

static void
print_usage (FILE *stream)
{
  g_autoptr (GString) out = g_string_new (NULL);

  g_string_append_printf (out, "%s\n  voile %s\n\n", _ ("Usage:"), _ ("COMMAND [OPTION…] [FILE…]"));
  g_string_append_printf (out, "%s\n", _ ("Keeps personal data out of chatbots."));
  g_string_append_printf (out, "\n%s\n", _ ("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (out, "  %-11s %s\n", commands[i].name, _ (commands[i].summary));
  g_string_append_printf (out, "\n%s\n", _ ("Options:"));
  g_string_append_printf (out, "  %-11s %s\n", "-h, --help", _ ("Show this help"));
  g_string_append_printf (out, "  %-11s %s\n", "--version", _ ("Show the version"));
  g_string_append_printf (out, "\n%s\n",
                          _ ("Run “voile COMMAND --help” for the options of a command."));
  g_string_append_printf (
      out, "%s\n",
      _ ("Exit status: 0 when no personal data was found, 1 when some was found (dates and "
         "amounts alone do not count), 2 on error."));
  fputs (out->str, stream);
}

static void
setup_locale (void)
{
  const char *localedir = g_getenv ("VOILE_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* Tests point VOILE_LOCALEDIR at the build tree's po/ output. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

int
main (int argc, char **argv)
{
  const char *name;

  setup_locale ();
  /* The files and pipes it reads are the user's data: no core dump of them. */
  voile_private_memory_protect ();
  /* A closed pipe (voile scan … | head) is a write error to report, not a death. */
  signal (SIGPIPE, SIG_IGN);
  g_set_prgname ("voile");

  if (argc < 2)
    {
      print_usage (stderr);
      return VOILE_CLI_EXIT_ERROR;
    }
  name = argv[1];
  if (strcmp (name, "--help") == 0 || strcmp (name, "-h") == 0 || strcmp (name, "help") == 0)
    {
      if (strcmp (name, "help") == 0 && argc > 2)
        {
          /* "voile help scan" is "voile scan --help". */
          char *help_argv[] = { argv[2], (char *)"--help", NULL };
          for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
            if (strcmp (argv[2], commands[i].name) == 0)
              {
                g_autofree char *prgname = g_strdup_printf ("voile %s", commands[i].name);
                g_set_prgname (prgname);
                return commands[i].run (2, help_argv);
              }
          voile_cli_error (_ ("unknown command “%s”"), argv[2]);
          return VOILE_CLI_EXIT_ERROR;
        }
      print_usage (stdout);
      return voile_cli_flush () ? VOILE_CLI_EXIT_OK : VOILE_CLI_EXIT_ERROR;
    }
  if (strcmp (name, "--version") == 0 || strcmp (name, "-V") == 0)
    {
      g_print ("voile %s\n", PACKAGE_VERSION);
      return voile_cli_flush () ? VOILE_CLI_EXIT_OK : VOILE_CLI_EXIT_ERROR;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (name, commands[i].name) == 0)
      {
        g_autofree char *prgname = g_strdup_printf ("voile %s", name);
        g_set_prgname (prgname);
        return commands[i].run (argc - 1, argv + 1);
      }

  voile_cli_error (_ ("unknown command “%s”"), name);
  g_printerr (_ ("Run “voile --help” to see the commands.\n"));
  return VOILE_CLI_EXIT_ERROR;
}
