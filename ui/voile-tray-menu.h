/* voile-tray-menu.h — the tray menu, built in the daemon and shown by voile-tray. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A menu model over the application's actions ("app." prefix), labelled in the daemon's
 * language. Export it at VOILE_DBUS_MENU_PATH. The status line follows the app's "status"
 * action state for as long as the model lives; the model holds a weak reference to app. */
GMenuModel *
voile_tray_menu_new (GApplication *app);

/* The status line for a "status" state (a{sv}, see voile-dbus-api.h): "Protecting — 3 texts
 * anonymized today", "Paused until 14:05"… Counts only, never content. */
char *
voile_tray_menu_format_status (GVariant *status);

G_END_DECLS
