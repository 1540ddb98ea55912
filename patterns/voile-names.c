/* voile-names.c — STUB, to be replaced by the name finder (issue 3). */
#include "config.h"

#include "voile-names.h"

struct _VoileNameFinder
{
  int unused;
};

VoileNameFinder *
voile_name_finder_new (void)
{
  return g_new0 (VoileNameFinder, 1);
}

void
voile_name_finder_free (VoileNameFinder *finder)
{
  g_free (finder);
}

void
voile_name_finder_find (const VoileNameFinder *finder, const char *text, gsize len,
                        guint32 type_mask, VoileScanResult *result)
{
}
