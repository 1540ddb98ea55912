/* voile-dbus-api.h — the daemon's public face on the session bus.
 *
 * voile-daemon is a GtkApplication with id and bus name io.github.voile.Voile. GApplication
 * exports its actions (org.gtk.Actions) at VOILE_DBUS_PATH; the tray menu model
 * (org.gtk.Menus) is exported at VOILE_DBUS_MENU_PATH. The tray helper and the `voile`
 * command only ever act through these actions, so they cannot disagree.
 */
#pragma once

#define VOILE_DBUS_NAME "io.github.voile.Voile"
#define VOILE_DBUS_PATH "/io/github/voile/Voile"
#define VOILE_DBUS_MENU_PATH "/io/github/voile/Voile/menus/tray"

/* Stateful actions made with g_settings_create_action(): their name is the GSettings key
 * (schema io.github.voile.Voile) and their state the key's value. */
#define VOILE_ACTION_PAUSED "paused"               /* b: all watching stopped */
#define VOILE_ACTION_MODE "mode"                   /* s: "ask" | "auto" | "notify" */
#define VOILE_ACTION_WATCH_PRIMARY "watch-primary" /* b: also watch the PRIMARY selection */
/* One per VoileCategory: "category-" + voile_category_get_id() ("category-names"…), b. */
#define VOILE_ACTION_CATEGORY_PREFIX "category-"
#define VOILE_ACTION_NOTIFICATIONS "notifications" /* b: show notifications at all */
#define VOILE_ACTION_SHOW_TRAY "show-tray"         /* b: run the tray helper when a tray exists */

/* Read-only state, maintained by the daemon (activating them does nothing). */
#define VOILE_ACTION_STATUS "status"
/* a{sv}: "paused" b, "paused-until" x (unix seconds, 0 = until resumed), "mode" s,
 *        "anonymized-today" u, "backend" s ("x11", "wayland-data-control", "none"),
 *        "attention" b (a detection in the last few seconds), "has-undo" b,
 *        "has-mapping" b, "has-pending" b (a copy awaits anonymize/restore/ignore),
 *        "notifications" s ("actions", "no-actions", "none"),
 *        "tray" s ("running", "no-host", "disabled") */

/* Commands. */
#define VOILE_ACTION_PAUSE_FOR "pause-for" /* u: minutes (0 = until resumed) */
#define VOILE_ACTION_RESUME "resume"
#define VOILE_ACTION_ANONYMIZE "anonymize" /* replace the clipboard with the anonymized text */
#define VOILE_ACTION_PREVIEW "preview"     /* show the preview window */
#define VOILE_ACTION_IGNORE "ignore"       /* leave this copy alone */
#define VOILE_ACTION_UNDO "undo"           /* put the last original back */
#define VOILE_ACTION_RESTORE "restore"     /* put real values back into the clipboard text */
#define VOILE_ACTION_FORGET "forget"       /* zero and drop the placeholder mapping */
#define VOILE_ACTION_PREFERENCES "preferences"
#define VOILE_ACTION_ABOUT "about"
#define VOILE_ACTION_QUIT "quit"

/* Notification action ids are the command names above: anonymize, preview, ignore, undo,
 * restore. */
