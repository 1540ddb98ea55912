/* voile-name-private.h — what the parts of the name finder share while scanning one text.
 *
 * The finder collects mentions (a span, a type and the key of the person or place) from
 * the prose rules (voile-names.c) and the structured-text rules (voile-name-fields.c),
 * then resolves entities and appends findings.
 */
#pragma once

#include <glib.h>

#include "voile-engine.h"
#include "voile-name-tokens.h"

G_BEGIN_DECLS

typedef enum
{
  VOILE_FIELD_NONE,
  VOILE_FIELD_PERSON, /* "client", "patient", "nom complet": a whole name */
  VOILE_FIELD_NAME,   /* a bare "name": also products, packages… so only names that look so */
  VOILE_FIELD_FIRST,  /* "prénom", "first_name" */
  VOILE_FIELD_LAST,   /* "nom", "last_name" */
  VOILE_FIELD_CITY,   /* "ville", "city" */
  /* Or'ed in: the record surely describes a person (a table with first-name and
   * last-name columns, or a name column beside an e-mail column): common words and
   * names in no list are taken ("Poulain", "Nkechi Eze"). */
  VOILE_FIELD_RELAXED = 0x10,
} VoileFieldKind;

#define VOILE_FIELD_KIND_MASK 0x0f

typedef struct
{
  gsize start;
  gsize end;
  VoileType type;
  float confidence;
  const char *key;  /* entity key (interned), NULL for LOCATION */
  guint8 field;     /* VoileFieldKind, for joining first and last names of one record */
  guint record;     /* structured record (row, tuple, object); 0 in prose */
} VoileNameMention;

typedef struct
{
  const char *text;
  gsize len;
  guint32 type_mask;
  const VoileScanResult *result; /* the structured findings, sorted */
  GArray *mentions;              /* of VoileNameMention */
  GStringChunk *strings;
  GArray *scratch;               /* of VoileToken, for field values */
  guint record;                  /* current record number; 0 = none */
  guint record_first_mention;    /* index of the record's first mention */
} VoileNameCollector;

/* TRUE when [start, end) overlaps a structured finding or a Voile placeholder. */
gboolean voile_name_collector_blocked (VoileNameCollector *c, gsize start, gsize end);

/* Adds a PERSON mention whose words are tokens[first..last]. given_at: index of the first
 * given-name word when the surname comes first in the text ("DUPONT Marie"), else 0: the
 * canonical key always puts given names first. */
void voile_name_collector_add_person (VoileNameCollector *c, const VoileToken *tokens,
                                      guint first, guint last, guint given_at, float confidence,
                                      VoileFieldKind field);
void voile_name_collector_add_location (VoileNameCollector *c, gsize start, gsize end,
                                        float confidence);

/* Structured records: mentions of a first-name field and a last-name field in one
 * record are one person. */
void voile_name_collector_begin_record (VoileNameCollector *c);
void voile_name_collector_end_record (VoileNameCollector *c);

/* A field value (CSV cell, "Key: value", JSON or SQL string) of the given kind: adds a
 * mention when it looks like a name (or a city). FALSE when it does not. */
gboolean voile_name_collector_add_field (VoileNameCollector *c, gsize start, gsize end,
                                         VoileFieldKind kind);

/* Structured text: call once per line, in order; state persists between lines. */
typedef struct _VoileFieldState VoileFieldState;
VoileFieldState *voile_field_state_new (void);
void voile_field_state_free (VoileFieldState *state);
void voile_name_find_fields (VoileNameCollector *c, VoileFieldState *state, gsize line_start,
                             gsize line_end);

/* Classifies a header or key ("first_name", "Nom du client", "ville"). */
VoileFieldKind voile_name_classify_key (const char *key, gsize len, gboolean *is_from);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VoileFieldState, voile_field_state_free)

G_END_DECLS
