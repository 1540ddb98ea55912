/* voile-wipe.h — zeroing memory that held copied text before it is released.
 *
 * Copied text may be personal: it must not linger in freed memory. A plain memset() right
 * before free() is a dead store the compiler may remove; these helpers cannot be removed.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Zeroes len bytes at data (NULL is fine). */
void
voile_wipe (gpointer data, gsize len);
/* voile_wipe() then g_free(). */
void
voile_wipe_free (gpointer data, gsize len);
/* For NUL-terminated strings: zeroes up to the NUL, then g_free(). */
void
voile_wipe_string_free (char *text);

/* A GBytes holding a copy of data that is zeroed when the last reference goes. */
GBytes *
voile_bytes_new_wiped (const char *data, gsize len);
/* The same, taking ownership of a g_malloc'd buffer instead of copying it. */
GBytes *
voile_bytes_new_take_wiped (char *data, gsize len);

G_END_DECLS
