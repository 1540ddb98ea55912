/* voile-names.h — finds people's names (PERSON) and cities of addresses/exports (LOCATION).
 *
 * Called by the engine after the structured detectors. Read-only once built, so it is
 * shared between threads like the engine.
 */
#pragma once

#include <glib.h>

#include "voile-engine.h"

G_BEGIN_DECLS

typedef struct _VoileNameFinder VoileNameFinder;

VoileNameFinder *
voile_name_finder_new (void);
void
voile_name_finder_free (VoileNameFinder *finder);

/* Appends PERSON and/or LOCATION findings (as type_mask allows) to result->findings, and
 * their entities to result->entities. result->findings already holds the structured
 * findings, sorted by start: the finder may read them (e-mail local parts, addresses) and
 * must not report a span inside one. The engine sorts and resolves overlaps afterwards. */
void
voile_name_finder_find (const VoileNameFinder *finder, const char *text, gsize len,
                        guint32 type_mask, VoileScanResult *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VoileNameFinder, voile_name_finder_free)

G_END_DECLS
