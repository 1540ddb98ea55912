/* voile-tray-dbusmenu.h — a GMenuModel and its actions, served as com.canonical.dbusmenu. */
#pragma once

#include <gio/gio.h>
#include <libdbusmenu-glib/server.h>

G_BEGIN_DECLS

typedef struct _VoileTrayDbusmenu VoileTrayDbusmenu;

/* Serves model at object_path as a dbusmenu tree. Items whose action is "app.NAME" act on
 * actions' NAME; a boolean state makes a check item, a state of the target's type a radio
 * item, and toggles, sensitivity and "hidden-when" follow the actions as they change. */
VoileTrayDbusmenu *
voile_tray_dbusmenu_new (GMenuModel *model, GActionGroup *actions, const char *object_path);
void
voile_tray_dbusmenu_free (VoileTrayDbusmenu *self);

/* For AppIndicator's "dbus-menu-server" property. */
DbusmenuServer *
voile_tray_dbusmenu_get_server (VoileTrayDbusmenu *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VoileTrayDbusmenu, voile_tray_dbusmenu_free)

G_END_DECLS
