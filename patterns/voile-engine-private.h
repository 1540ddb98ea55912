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

/* The table's patterns compiled at build time (voile-pattern-blob-gen writes them in
 * voile-pattern-blob.c, linked into every program but that generator): the engine copies a
 * rule's compiled pattern from there instead of compiling it, whenever the key of the
 * rule's pattern is there and the PCRE2 library reads the blob (the same major and minor
 * version as at build time); it compiles the pattern otherwise. */
typedef struct
{
  const guint8 *bytes; /* pcre2_serialize_encode() of n_keys codes */
  gsize size;
  const guint64 *keys; /* voile_engine_pattern_key() of each code's pattern, in order */
  guint n_keys;
  /* The PCRE2 that compiled them (pcre2_config()): the engine reads them with the same
   * version and internal link size only (a serialized pattern's header does not say its
   * link size). */
  const char *pcre2_version;
  guint32 pcre2_link_size;
} VoilePatternBlob;

/* Defined by voile-pattern-blob.c only: NULL (a weak symbol) where it is not linked in. */
const VoilePatternBlob *
voile_pattern_blob_get (void) __attribute__ ((weak));

/* The key of a pattern's text and of the options the engine compiles it with. */
guint64
voile_engine_pattern_key (const char *pattern);

/* The patterns of voile_rules_get(), compiled as the engine does, serialized (see
 * VoilePatternBlob), their keys in *keys (free with g_free()). NULL with error when one does
 * not compile. */
/* The running PCRE2's version (static) and internal link size, as VoilePatternBlob records
 * them. */
const char *
voile_engine_pcre2_version (guint32 *link_size);

GBytes *
voile_engine_encode_patterns (guint64 **keys, guint *n_keys, GError **error);

G_END_DECLS
