/* voile-daemon.c — entry point of the clipboard daemon. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "voile-application.h"
#include "voile-clipboard-backends.h"
#include "voile-private-memory.h"

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  /* VOILE_LOCALEDIR: translations from a build tree, for the tests. */
  const char *localedir = g_getenv ("VOILE_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_application_name (_ ("Voile"));

  /* Before the first clipboard read: what it holds stays out of core dumps and debuggers. */
  if (!voile_private_memory_protect ())
    g_warning ("Could not keep the daemon's memory out of core dumps");

  /* A windowless GTK app only sees the clipboard on X11, unless the compositor has
   * data-control; on GNOME/Wayland this means XWayland. Decided before GTK opens a display. */
  if (voile_clipboard_session_wants_x11 ())
    gdk_set_allowed_backends ("x11");

  /* A windowless daemon does not need OpenGL, and loading the GL driver when GTK opens the
   * display costs some 60 MB of resident memory. The preview and preferences windows draw
   * well without it. */
  if (g_getenv ("GDK_DEBUG") == NULL)
    g_setenv ("GDK_DEBUG", "gl-disable", TRUE);

  g_autoptr (VoileApplication) app = voile_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
