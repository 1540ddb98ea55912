/* voile-engine-private.h — an engine built from any table of rules, for the tests.
 *
 * Not installed, not used outside patterns/ (and its tests).
 */
#pragma once

#include "voile-engine.h"
#include "voile-rules.h"

G_BEGIN_DECLS

/* Like voile_engine_new(), with rules instead of voile_rules_get(): they must outlive the
 * engine. Fails on a table the engine has no room for (see MAX_RULES and MAX_SLOTS in
 * voile-engine.c). */
VoileEngine *
voile_engine_new_for_rules (const VoileRule *rules, guint n_rules, GError **error);

/* Compiles every pattern of the engine's rules now (the engine compiles each at its first
 * run): FALSE, with the first that does not compile, for the tests. */
gboolean
voile_engine_compile_all (VoileEngine *engine, GError **error);

G_END_DECLS
