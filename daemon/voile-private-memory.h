/* voile-private-memory.h — keep what the process holds out of core dumps and debuggers. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean
voile_private_memory_protect (void);

G_END_DECLS
