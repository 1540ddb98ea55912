/* voile-engine.h — the detection engine: text in, findings out.
 *
 * One VoileEngine is compiled once (PCRE2 JIT) and then shared: voile_engine_scan() may
 * be called from several threads at once on the same engine.
 */
#pragma once

#include <glib.h>

#include "voile-types.h"

G_BEGIN_DECLS

typedef struct _VoileEngine VoileEngine;

typedef struct
{
  VoileType type;
  gsize start;      /* byte offset into the scanned text */
  gsize end;        /* byte offset, exclusive */
  float confidence; /* 0..1 */
  /* 0 for most findings. For PERSON (and any type where several spellings name one thing),
   * a 1-based index into VoileScanResult.entities: every mention of one person ("Marie
   * Dupont", "Dupont", "Marie", "marie.dupont@" parts) carries the same entity, so the
   * anonymizer gives them one placeholder. */
  guint entity;
} VoileFinding;

typedef struct
{
  GArray *findings;    /* of VoileFinding: sorted by start, never overlapping */
  GPtrArray *entities; /* of char *: canonical key of entity i+1 (e.g. "marie dupont") */
} VoileScanResult;

VoileEngine *
voile_engine_new (GError **error);
/* A process-wide engine, built on first use (thread-safe); never freed. */
VoileEngine *
voile_engine_get_default (void);
void
voile_engine_free (VoileEngine *engine);
/* Compiles now what the engine otherwise compiles at its first use of each detector: a
 * long-running process calls it from a worker thread at start-up, so that its first scan is
 * as fast as the others. Thread-safe, also while scans run. */
void
voile_engine_prepare (VoileEngine *engine);

/* text must be valid UTF-8 (see voile_text_is_valid(): NUL bytes are fine) and need not be
 * NUL-terminated. type_mask: VOILE_TYPE_BIT()s of the types to look for
 * (VOILE_TYPE_MASK_ALL for all). Never returns NULL. */
VoileScanResult *
voile_engine_scan (VoileEngine *engine, const char *text, gsize len, guint32 type_mask);

VoileScanResult *
voile_scan_result_new (void);
void
voile_scan_result_free (VoileScanResult *result);
/* Drops the findings whose type is not in TYPE_MASK. After a scan of every type, this leaves
 * the values of the other types whole: a kept e-mail address keeps its name parts, where a scan
 * with the narrower mask would find "marie" in "marie.dupont@…" as a name. */
void
voile_scan_result_keep_types (VoileScanResult *result, guint32 type_mask);
/* TRUE when a finding of a direct identifier (not DATE/AMOUNT alone) is present. */
gboolean
voile_scan_result_has_direct_identifier (const VoileScanResult *result);
/* counts[type] = number of distinct values of that type (one person = one, whatever the
 * number of mentions). counts must hold VOILE_N_TYPES entries. */
void
voile_scan_result_count_by_type (const VoileScanResult *result, const char *text,
                                 guint counts[VOILE_N_TYPES]);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VoileEngine, voile_engine_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VoileScanResult, voile_scan_result_free)

G_END_DECLS
