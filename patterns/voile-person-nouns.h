/* voile-person-nouns.h — nouns that name whose record a number is ("employee", "élève",
 * "tenant", "contractor"), one list for the tables' headers and the rules' keys (see
 * voile-person-nouns.c). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  /* read in a table's header: "Emp ID", "Student No.", "N° adhérent" */
  VOILE_PERSON_NOUN_HEADER = 1 << 0,
  /* read in a key's part: "user_id", "numero_allocataire", "customerRef" */
  VOILE_PERSON_NOUN_KEY = 1 << 1,
  /* with KEY: a record a firm or an app may own as well (a SaaS's tenant, an order, an
   * account), a person's only beside a number's word */
  VOILE_PERSON_NOUN_SHARED = 1 << 2,
  /* (g20-ids) with HEADER: a person who acts on a row (its reviewer, its author); "Reviewer
   * ID" numbers them, but a column of their names does not make the rows people */
  VOILE_PERSON_NOUN_ACTOR = 1 << 3,
} VoilePersonNounFlags;

/* The flags of the lower-case word w[0..n) when it is one of the nouns, 0 otherwise. */
guint
voile_person_noun_flags (const char *w, gsize n);

/* The list's i-th word, NULL past its end (for the test of its order). */
const char *
voile_person_noun_nth (gsize i);

G_END_DECLS
