/* voile-person-nouns.c — nouns that name whose record a number is.
 *
 * A table's header ("Emp ID", "N° adhérent") and a key ("user_id", "numero_allocataire")
 * say a number is a person's file by one of these nouns beside a number's word. The two
 * readers keep their own ways of matching (voile-tables.c: a prefix of five bytes or more
 * followed by up to two, "employe", "adherente"; voile-rules.c: whole or plural, "users");
 * each noun says which reader takes it, as each had its own list before.
 */
#include "voile-person-nouns.h"

#include <string.h>

typedef struct
{
  const char *word;
  guint8 flags;
} VoilePersonNoun;

/* Sorted in strcmp() order (UTF-8 bytes: "élève" after the ASCII words), for
 * voile_person_noun_flags()'s binary search; tests/engine/test-person-nouns.c checks it. */
static const VoilePersonNoun person_nouns[] = {
  /* a newspaper's subscriber: "abonne_id" */
  { "abonne", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  /* one person's absence, appointment, lease or tenancy record (keys) */
  { "absence", VOILE_PERSON_NOUN_KEY },
  { "account", VOILE_PERSON_NOUN_KEY | VOILE_PERSON_NOUN_SHARED },
  { "acct", VOILE_PERSON_NOUN_KEY | VOILE_PERSON_NOUN_SHARED },
  { "adherent", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "adhérent", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "affiliate", VOILE_PERSON_NOUN_KEY },
  { "allocataire", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "applicant", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "appointment", VOILE_PERSON_NOUN_KEY },
  { "apprenant", VOILE_PERSON_NOUN_HEADER },
  { "assure", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "assuré", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "athlete", VOILE_PERSON_NOUN_HEADER },
  /* (g20-ids) a journal's or a conference's people: "author_id", "reviewer_id", "Reviewer ID",
   * "referee_id", "registrant_id" */
  { "author", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY | VOILE_PERSON_NOUN_ACTOR },
  { "backer", VOILE_PERSON_NOUN_KEY },
  { "beneficiaire", VOILE_PERSON_NOUN_HEADER },
  { "beneficiary", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "benevole", VOILE_PERSON_NOUN_HEADER },
  { "booking", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY | VOILE_PERSON_NOUN_SHARED },
  { "buyer", VOILE_PERSON_NOUN_KEY },
  { "bénéficiaire", VOILE_PERSON_NOUN_HEADER },
  { "bénévole", VOILE_PERSON_NOUN_HEADER },
  { "caf", VOILE_PERSON_NOUN_KEY },
  { "camper", VOILE_PERSON_NOUN_HEADER },
  { "candidate", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  /* (g18-ids) a card programme's person: "cardholder_id" */
  { "cardholder", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "child", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  /* (g18-ids) a claim's person: "Claimant ref", "claimant_id" */
  { "claimant", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "client", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  /* a booking's confirmation, a person's file (keys) */
  { "confirmation", VOILE_PERSON_NOUN_KEY | VOILE_PERSON_NOUN_SHARED },
  { "conjoint", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "contact", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  /* a platform's workers: contractor, courier, driver, rider */
  { "contractor", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "courier", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "cust", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "customer", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  /* Mixpanel's and PostHog's "$distinct_id" is always one user's */
  { "distinct", VOILE_PERSON_NOUN_KEY },
  { "donateur", VOILE_PERSON_NOUN_HEADER },
  { "donor", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "dossier", VOILE_PERSON_NOUN_KEY },
  { "driver", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "eleve", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "emp", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "employee", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "employé", VOILE_PERSON_NOUN_HEADER },
  { "enfant", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "epouse", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "epoux", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "etudiant", VOILE_PERSON_NOUN_HEADER },
  { "famille", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "family", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "father", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "foyer", VOILE_PERSON_NOUN_HEADER },
  { "freelancer", VOILE_PERSON_NOUN_HEADER },
  { "godfather", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "godmother", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "godparent", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "guardian", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "guest", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "holder", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY | VOILE_PERSON_NOUN_SHARED },
  { "household", VOILE_PERSON_NOUN_HEADER },
  { "insured", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "intervenant", VOILE_PERSON_NOUN_HEADER },
  { "joueur", VOILE_PERSON_NOUN_HEADER },
  { "learner", VOILE_PERSON_NOUN_HEADER },
  { "lease", VOILE_PERSON_NOUN_KEY },
  { "licencié", VOILE_PERSON_NOUN_HEADER },
  { "locataire", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "marraine", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "member", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "membre", VOILE_PERSON_NOUN_HEADER },
  { "mere", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "mother", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "mère", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "order", VOILE_PERSON_NOUN_KEY | VOILE_PERSON_NOUN_SHARED },
  { "owner", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY | VOILE_PERSON_NOUN_SHARED },
  { "parrain", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "participant", VOILE_PERSON_NOUN_HEADER },
  { "passenger", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "patient", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "payer", VOILE_PERSON_NOUN_KEY },
  { "pere", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "person", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "personne", VOILE_PERSON_NOUN_HEADER },
  /* a gaming or betting platform's account: "player=U-1188450", "player_id" */
  { "player", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "policyholder", VOILE_PERSON_NOUN_KEY },
  { "profile", VOILE_PERSON_NOUN_KEY },
  { "pupil", VOILE_PERSON_NOUN_HEADER },
  { "père", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "referee", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY | VOILE_PERSON_NOUN_ACTOR },
  { "registrant", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "requester", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  /* a booking: "Res ID", "RESA" */
  { "res", VOILE_PERSON_NOUN_HEADER },
  { "resa", VOILE_PERSON_NOUN_HEADER },
  { "reservation", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY | VOILE_PERSON_NOUN_SHARED },
  { "resident", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "reviewer", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY | VOILE_PERSON_NOUN_ACTOR },
  { "rider", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "résa", VOILE_PERSON_NOUN_HEADER },
  { "résident", VOILE_PERSON_NOUN_HEADER },
  { "salarie", VOILE_PERSON_NOUN_HEADER },
  { "salarié", VOILE_PERSON_NOUN_HEADER },
  { "souscripteur", VOILE_PERSON_NOUN_KEY },
  { "spouse", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "staff", VOILE_PERSON_NOUN_HEADER },
  { "stagiaire", VOILE_PERSON_NOUN_HEADER },
  { "student", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "subscriber", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  /* (g18-ids) a charity's supporter: "Supporter record", "supporter_id" */
  { "supporter", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "temoin", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "tenancy", VOILE_PERSON_NOUN_KEY },
  { "tenant", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY | VOILE_PERSON_NOUN_SHARED },
  { "traveler", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "traveller", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "tuteur", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "tutrice", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "témoin", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "usager", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "user", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "usr", VOILE_PERSON_NOUN_HEADER },
  { "volunteer", VOILE_PERSON_NOUN_HEADER },
  { "voyageur", VOILE_PERSON_NOUN_HEADER },
  { "witness", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "worker", VOILE_PERSON_NOUN_HEADER },
  { "élève", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "épouse", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "époux", VOILE_PERSON_NOUN_HEADER | VOILE_PERSON_NOUN_KEY },
  { "étudiant", VOILE_PERSON_NOUN_HEADER },
};

/* w[0..n) against the NUL-terminated word, in strcmp() order. */
static int
compare_word (const char *w, gsize n, const char *word)
{
  gsize i = 0;

  for (; i < n && word[i] != '\0'; i++)
    if (w[i] != word[i])
      return (int)(guchar)w[i] - (int)(guchar)word[i];
  if (i < n)
    return 1;
  return word[i] == '\0' ? 0 : -1;
}

guint
voile_person_noun_flags (const char *w, gsize n)
{
  gsize low = 0, high = G_N_ELEMENTS (person_nouns);

  while (low < high)
    {
      gsize mid = (low + high) / 2;
      int cmp = compare_word (w, n, person_nouns[mid].word);
      if (cmp == 0)
        return person_nouns[mid].flags;
      if (cmp < 0)
        high = mid;
      else
        low = mid + 1;
    }
  return 0;
}

const char *
voile_person_noun_nth (gsize i)
{
  return i < G_N_ELEMENTS (person_nouns) ? person_nouns[i].word : NULL;
}
