/* voile-findings.h — searching an array of findings sorted by position. */
#pragma once

#include "voile-engine.h"

G_BEGIN_DECLS

/* The index of the first of the n first findings that ends after pos (n when none does). */
static inline guint
voile_findings_first_ending_after (GArray *findings, guint n, gsize pos)
{
  guint lo = 0, hi = n;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (g_array_index (findings, VoileFinding, mid).end <= pos)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Does [s, e) overlap one of the n first findings (sorted, without overlaps)? */
static inline gboolean
voile_findings_overlap (GArray *findings, guint n, gsize s, gsize e)
{
  guint i = voile_findings_first_ending_after (findings, n, s);
  return i < n && g_array_index (findings, VoileFinding, i).start < e;
}

/* Inserts each of added (sorted by position) at its place in findings (sorted, without
 * overlaps), except those that overlap a finding already there. */
static inline void
voile_findings_insert_each (GArray *findings, const GArray *added)
{
  for (guint a = 0; a < added->len; a++)
    {
      const VoileFinding *f = &g_array_index (added, VoileFinding, a);
      guint at = voile_findings_first_ending_after (findings, findings->len, f->start);
      if (at < findings->len && g_array_index (findings, VoileFinding, at).start < f->end)
        continue;
      g_array_insert_val (findings, at, *f);
    }
}

/* Removes every finding of the given type, keeping the others in their order. */
static inline void
voile_findings_remove_type (GArray *findings, VoileType type)
{
  guint out = 0;
  for (guint i = 0; i < findings->len; i++)
    {
      const VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      if (f->type == type)
        continue;
      if (out != i)
        g_array_index (findings, VoileFinding, out) = *f;
      out++;
    }
  g_array_set_size (findings, out);
}

G_END_DECLS
