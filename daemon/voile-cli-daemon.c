/* voile-cli-daemon.c — `voile status`, `voile pause`, `voile resume`, `voile mode` and
 * `voile forget`: the running daemon's exported actions (org.gtk.Actions), called directly so
 * that the daemon is never started by D-Bus activation just to be asked a question. */
#include "config.h"

#include "voile-cli.h"

#include "voile-dbus-api.h"
#include "voile-json.h"

#include <glib/gi18n.h>
#include <string.h>

#define CALL_TIMEOUT_MS 10000
#define MAX_PAUSE_MINUTES (60u * 24 * 366)

static void
report_call_error (GError *error)
{
  g_autofree char *remote = g_dbus_error_get_remote_error (error);

  if (g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_SERVICE_UNKNOWN)
      || g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_NAME_HAS_NO_OWNER)
      || g_strcmp0 (remote, "org.freedesktop.DBus.Error.ServiceUnknown") == 0
      || g_strcmp0 (remote, "org.freedesktop.DBus.Error.NameHasNoOwner") == 0)
    voile_cli_error (_ ("the Voile daemon is not running (start it with “voile-daemon”)"));
  else
    {
      g_dbus_error_strip_remote_error (error);
      voile_cli_error (_ ("the Voile daemon did not answer: %s"), error->message);
    }
}

static GDBusConnection *
connect_session_bus (void)
{
  g_autoptr (GError) error = NULL;
  GDBusConnection *bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);

  if (bus == NULL)
    voile_cli_error (_ ("the Voile daemon is not running (no session bus: %s)"), error->message);
  return bus;
}

/* Calls an org.gtk.Actions method on the daemon; prints the error and returns NULL on
 * failure. */
static GVariant *
call_actions (const char *method, GVariant *parameters, const GVariantType *reply_type)
{
  g_autoptr (GDBusConnection) bus = connect_session_bus ();
  g_autoptr (GError) error = NULL;
  GVariant *reply;

  if (bus == NULL)
    {
      if (parameters != NULL)
        g_variant_unref (g_variant_ref_sink (parameters));
      return NULL;
    }
  reply = g_dbus_connection_call_sync (
      bus, VOILE_DBUS_NAME, VOILE_DBUS_PATH, "org.gtk.Actions", method, parameters, reply_type,
      G_DBUS_CALL_FLAGS_NO_AUTO_START, CALL_TIMEOUT_MS, NULL, &error);
  if (reply == NULL)
    report_call_error (error);
  return reply;
}

static gboolean
activate (const char *action, GVariant *parameter)
{
  GVariantBuilder params;
  g_autoptr (GVariant) reply = NULL;

  g_variant_builder_init (&params, G_VARIANT_TYPE ("av"));
  if (parameter != NULL)
    g_variant_builder_add (&params, "v", parameter);
  reply = call_actions ("Activate", g_variant_new ("(sava{sv})", action, &params, NULL),
                        G_VARIANT_TYPE ("()"));
  return reply != NULL;
}

static gboolean
set_state (const char *action, GVariant *value)
{
  g_autoptr (GVariant) reply = call_actions (
      "SetState", g_variant_new ("(sva{sv})", action, value, NULL), G_VARIANT_TYPE ("()"));
  return reply != NULL;
}

/* The state of the daemon's "status" action (a{sv}), or NULL (error printed). */
static GVariant *
get_status (void)
{
  g_autoptr (GVariant) reply = NULL;
  gboolean enabled;
  const char *signature;
  GVariantIter *states;
  GVariant *value = NULL;

  reply = call_actions ("Describe", g_variant_new ("(s)", VOILE_ACTION_STATUS),
                        G_VARIANT_TYPE ("((bgav))"));
  if (reply == NULL)
    return NULL;
  g_variant_get (reply, "((b&gav))", &enabled, &signature, &states);
  if (!g_variant_iter_next (states, "v", &value)
      || !g_variant_is_of_type (value, G_VARIANT_TYPE_VARDICT))
    {
      g_clear_pointer (&value, g_variant_unref);
      voile_cli_error (_ ("the Voile daemon sent a status this version does not understand"));
    }
  g_variant_iter_free (states);
  return value;
}

static void
append_json_value (GString *out, GVariant *value)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  if (g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
    g_string_append (out, g_variant_get_boolean (value) ? "true" : "false");
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    {
      const char *s = g_variant_get_string (value, NULL);
      voile_json_append_string (out, s, strlen (s));
    }
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_UINT32))
    g_string_append_printf (out, "%u", g_variant_get_uint32 (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT32))
    g_string_append_printf (out, "%d", g_variant_get_int32 (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    g_string_append_printf (out, "%" G_GINT64_FORMAT, g_variant_get_int64 (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_UINT64))
    g_string_append_printf (out, "%" G_GUINT64_FORMAT, g_variant_get_uint64 (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    g_string_append (out, g_ascii_dtostr (number, sizeof number, g_variant_get_double (value)));
  else
    {
      g_autofree char *text = g_variant_print (value, FALSE);
      voile_json_append_string (out, text, strlen (text));
    }
}

static const char *
lookup_string (GVariant *status, const char *key)
{
  const char *value = NULL;

  if (!g_variant_lookup (status, key, "&s", &value))
    return "?";
  return value;
}

/* A status value in words: the daemon reports machine-readable states (see voile-dbus-api.h). */
static const char *
describe_state (const char *key, const char *value)
{
  static const struct
  {
    const char *key;
    const char *value;
    const char *words;
  } words[] = {
    { "mode", "ask", N_ ("ask before anonymizing") },
    { "mode", "auto", N_ ("anonymize automatically") },
    { "mode", "notify", N_ ("warn only") },
    { "backend", "x11", N_ ("X11") },
    { "backend", "wayland-data-control", N_ ("Wayland (data-control)") },
    { "backend", "none", N_ ("none: this desktop gives no access to the clipboard") },
    { "notifications", "actions", N_ ("shown, with buttons") },
    { "notifications", "no-actions", N_ ("shown without buttons: use the tray or voile") },
    { "notifications", "none", N_ ("no notification server: use the tray or voile") },
    { "tray", "running", N_ ("shown") },
    { "tray", "no-host", N_ ("this desktop shows no tray icons") },
    { "tray", "disabled", N_ ("turned off") },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (words[i].key, key) && g_str_equal (words[i].value, value))
      return _ (words[i].words);
  return value;
}

/* Prints LINE and a line break; FALSE when standard output failed. */
static gboolean
write_line (const char *line)
{
  g_autofree char *text = g_strconcat (line, "\n", NULL);

  return voile_cli_write (text, strlen (text)) && voile_cli_flush ();
}

static void
append_human_status (GString *out, GVariant *status)
{
  gboolean paused = FALSE;
  gint64 until = 0;
  guint32 today = 0;

  g_variant_lookup (status, "paused", "b", &paused);
  g_variant_lookup (status, "paused-until", "x", &until);
  g_variant_lookup (status, "anonymized-today", "u", &today);

  g_string_append_printf (out, "%s\n", _ ("Voile is running."));
  if (!paused)
    g_string_append_printf (out, "  %s %s\n", _ ("Clipboard:"), _ ("watched"));
  else if (until > 0)
    {
      g_autoptr (GDateTime) time = g_date_time_new_from_unix_local (until);
      g_autofree char *when = time != NULL ? g_date_time_format (time, "%H:%M") : NULL;
      g_autofree char *paused_until
          = g_strdup_printf (_ ("paused until %s"), when != NULL ? when : "?");
      g_string_append_printf (out, "  %s %s\n", _ ("Clipboard:"), paused_until);
    }
  else
    g_string_append_printf (out, "  %s %s\n", _ ("Clipboard:"), _ ("paused until resumed"));
  g_string_append_printf (out, "  %s %s\n", _ ("Mode:"),
                          describe_state ("mode", lookup_string (status, "mode")));
  g_string_append_printf (out, "  %s %s\n", _ ("Clipboard access:"),
                          describe_state ("backend", lookup_string (status, "backend")));
  g_string_append_printf (
      out, "  %s %s\n", _ ("Notifications:"),
      describe_state ("notifications", lookup_string (status, "notifications")));
  g_string_append_printf (out, "  %s %s\n", _ ("Tray icon:"),
                          describe_state ("tray", lookup_string (status, "tray")));
  g_string_append_printf (out, "  %s %u\n", _ ("Texts anonymized today:"), today);
}

int
voile_cli_status (int argc, char **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 'j', 0, G_OPTION_ARG_NONE, &json, N_ ("Print the status as a JSON object"), NULL },
    { NULL },
  };
  g_autoptr (GVariant) status = NULL;
  g_autoptr (GString) out = g_string_new (NULL);

  g_autoptr (GOptionContext) context
      = voile_cli_option_context_new (NULL, entries,
                                      _ ("Shows whether the Voile daemon is running and "
                                         "watching the clipboard (exit status 2 when it is "
                                         "not running)."));
  if (!voile_cli_parse_options (context, &argc, &argv, "status"))
    return VOILE_CLI_EXIT_ERROR;
  if (argc > 1)
    {
      voile_cli_error (_ ("“voile %s” takes no argument"), "status");
      return VOILE_CLI_EXIT_ERROR;
    }

  status = get_status ();
  if (status == NULL)
    return VOILE_CLI_EXIT_ERROR;

  if (json)
    {
      GVariantIter iter;
      const char *key;
      GVariant *value;

      g_string_append (out, "{\"running\":true");
      g_variant_iter_init (&iter, status);
      while (g_variant_iter_next (&iter, "{&sv}", &key, &value))
        {
          if (strcmp (key, "running") != 0)
            {
              g_string_append_c (out, ',');
              voile_json_append_string (out, key, strlen (key));
              g_string_append_c (out, ':');
              append_json_value (out, value);
            }
          g_variant_unref (value);
        }
      g_string_append (out, "}\n");
    }
  else
    append_human_status (out, status);

  if (!voile_cli_write (out->str, out->len) || !voile_cli_flush ())
    return VOILE_CLI_EXIT_ERROR;
  return VOILE_CLI_EXIT_OK;
}

int
voile_cli_pause (int argc, char **argv)
{
  guint64 minutes = 0;
  g_autofree char *message = NULL;

  g_autoptr (GOptionContext) context
      = voile_cli_option_context_new (_ ("[MINUTES]"), NULL,
                                      _ ("Stops watching the clipboard for MINUTES minutes, "
                                         "or until “voile resume” without MINUTES."));
  if (!voile_cli_parse_options (context, &argc, &argv, "pause"))
    return VOILE_CLI_EXIT_ERROR;
  if (argc > 2)
    {
      voile_cli_error (_ ("“voile %s” takes at most one argument"), "pause");
      return VOILE_CLI_EXIT_ERROR;
    }
  if (argc == 2 && !g_ascii_string_to_unsigned (argv[1], 10, 0, MAX_PAUSE_MINUTES, &minutes, NULL))
    {
      voile_cli_error (_ ("“%s” is not a number of minutes (0 to %u)"), argv[1], MAX_PAUSE_MINUTES);
      return VOILE_CLI_EXIT_ERROR;
    }

  if (!activate (VOILE_ACTION_PAUSE_FOR, g_variant_new_uint32 ((guint32)minutes)))
    return VOILE_CLI_EXIT_ERROR;

  if (minutes == 0)
    message = g_strdup (_ ("Voile is paused until “voile resume”."));
  else
    message = g_strdup_printf (ngettext ("Voile is paused for %u minute.",
                                         "Voile is paused for %u minutes.", (gulong)minutes),
                               (guint)minutes);
  return write_line (message) ? VOILE_CLI_EXIT_OK : VOILE_CLI_EXIT_ERROR;
}

int
voile_cli_resume (int argc, char **argv)
{
  g_autoptr (GOptionContext) context = voile_cli_option_context_new (
      NULL, NULL, _ ("Watches the clipboard again after “voile pause”."));
  if (!voile_cli_parse_options (context, &argc, &argv, "resume"))
    return VOILE_CLI_EXIT_ERROR;
  if (argc > 1)
    {
      voile_cli_error (_ ("“voile %s” takes no argument"), "resume");
      return VOILE_CLI_EXIT_ERROR;
    }

  if (!activate (VOILE_ACTION_RESUME, NULL))
    return VOILE_CLI_EXIT_ERROR;
  return write_line (_ ("Voile is watching the clipboard again.")) ? VOILE_CLI_EXIT_OK
                                                                   : VOILE_CLI_EXIT_ERROR;
}

/* The modes are the "mode" rows of describe_state()'s table: one list to keep. */
static gboolean
is_mode (const char *word)
{
  return describe_state ("mode", word) != word;
}

int
voile_cli_mode (int argc, char **argv)
{
  g_autoptr (GVariant) status = NULL;
  g_autofree char *line = NULL;
  const char *mode;

  g_autoptr (GOptionContext) context = voile_cli_option_context_new (
      _ ("[ask|auto|notify]"), NULL,
      _ ("Shows or sets what the daemon does when a copy holds personal data: “ask” notifies "
         "and offers to anonymize, “auto” anonymizes at once and offers Undo, “notify” only "
         "warns."));
  if (!voile_cli_parse_options (context, &argc, &argv, "mode"))
    return VOILE_CLI_EXIT_ERROR;
  if (argc > 2)
    {
      voile_cli_error (_ ("“voile %s” takes at most one argument"), "mode");
      return VOILE_CLI_EXIT_ERROR;
    }
  if (argc == 2 && !is_mode (argv[1]))
    {
      voile_cli_error (_ ("“%s” is not a mode (ask, auto or notify)"), argv[1]);
      return VOILE_CLI_EXIT_ERROR;
    }

  if (argc == 2)
    {
      if (!set_state (VOILE_ACTION_MODE, g_variant_new_string (argv[1])))
        return VOILE_CLI_EXIT_ERROR;
      mode = argv[1];
    }
  else
    {
      status = get_status ();
      if (status == NULL)
        return VOILE_CLI_EXIT_ERROR;
      mode = lookup_string (status, "mode");
    }

  line = g_strdup_printf ("%s %s (%s)", _ ("Mode:"), mode, describe_state ("mode", mode));
  return write_line (line) ? VOILE_CLI_EXIT_OK : VOILE_CLI_EXIT_ERROR;
}

int
voile_cli_forget (int argc, char **argv)
{
  g_autoptr (GVariant) status = NULL;
  gboolean mapping = FALSE;
  gboolean undo = FALSE;

  g_autoptr (GOptionContext) context = voile_cli_option_context_new (
      NULL, NULL,
      _ ("Makes the daemon forget at once the real values behind its placeholders and the "
         "original kept for Undo (they are wiped from memory): after it, “Restore” and "
         "“Undo” have nothing left to give back."));
  if (!voile_cli_parse_options (context, &argc, &argv, "forget"))
    return VOILE_CLI_EXIT_ERROR;
  if (argc > 1)
    {
      voile_cli_error (_ ("“voile %s” takes no argument"), "forget");
      return VOILE_CLI_EXIT_ERROR;
    }

  status = get_status ();
  if (status == NULL)
    return VOILE_CLI_EXIT_ERROR;
  g_variant_lookup (status, "has-mapping", "b", &mapping);
  g_variant_lookup (status, "has-undo", "b", &undo);
  /* Activating a disabled action does nothing: say so rather than claim a wipe. */
  if (!mapping && !undo)
    return write_line (_ ("Voile holds no real values: nothing to forget.")) ? VOILE_CLI_EXIT_OK
                                                                             : VOILE_CLI_EXIT_ERROR;
  if (!activate (VOILE_ACTION_FORGET, NULL))
    return VOILE_CLI_EXIT_ERROR;
  return write_line (_ ("Voile has forgotten the real values behind its placeholders."))
             ? VOILE_CLI_EXIT_OK
             : VOILE_CLI_EXIT_ERROR;
}
