/* test-person-nouns.c — the one list of person nouns (voile-person-nouns.c): sorted for its
 * binary search, and each reader's nouns where they differ. */
#include "config.h"

#include "voile-person-nouns.h"

#include <string.h>

static guint
flags_of (const char *w)
{
  return voile_person_noun_flags (w, strlen (w));
}

static void
test_sorted (void)
{
  const char *previous = NULL, *word;

  for (gsize i = 0; (word = voile_person_noun_nth (i)) != NULL; previous = word, i++)
    {
      if (previous != NULL && strcmp (previous, word) >= 0)
        g_error ("\"%s\" before \"%s\": not in strcmp() order", previous, word);
      g_assert_cmpuint (flags_of (word), !=, 0);
    }
}

static void
test_lookup (void)
{
  /* both readers */
  g_assert_cmpuint (flags_of ("client") & VOILE_PERSON_NOUN_HEADER, !=, 0);
  g_assert_cmpuint (flags_of ("client") & VOILE_PERSON_NOUN_KEY, !=, 0);
  g_assert_cmpuint (flags_of ("élève"), ==, VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY);
  g_assert_cmpuint (flags_of ("rider"), ==, VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY);
  /* a table's header only ("Stagiaire", "Res ID"), a key only ("buyer_id", "lease_ref") */
  g_assert_cmpuint (flags_of ("stagiaire"), ==, VOILE_PERSON_NOUN_HEADER);
  g_assert_cmpuint (flags_of ("res"), ==, VOILE_PERSON_NOUN_HEADER);
  g_assert_cmpuint (flags_of ("buyer"), ==, VOILE_PERSON_NOUN_KEY);
  g_assert_cmpuint (flags_of ("lease"), ==, VOILE_PERSON_NOUN_KEY);
  /* a firm's record as often as a person's */
  g_assert_cmpuint (flags_of ("tenant") & VOILE_PERSON_NOUN_SHARED, !=, 0);
  g_assert_cmpuint (flags_of ("account") & VOILE_PERSON_NOUN_SHARED, !=, 0);
  g_assert_cmpuint (flags_of ("customer") & VOILE_PERSON_NOUN_SHARED, ==, 0);
  /* whole words only: prefixes and plurals are the readers' */
  g_assert_cmpuint (flags_of ("clients"), ==, 0);
  g_assert_cmpuint (flags_of ("cli"), ==, 0);
  g_assert_cmpuint (flags_of ("product"), ==, 0);
  g_assert_cmpuint (flags_of ("zzz"), ==, 0);
  g_assert_cmpuint (flags_of (""), ==, 0);
  g_assert_cmpuint (voile_person_noun_flags ("guest_id", 5), !=, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/person-nouns/sorted", test_sorted);
  g_test_add_func ("/person-nouns/lookup", test_lookup);
  return g_test_run ();
}
