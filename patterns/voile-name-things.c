/* voile-name-things.c — pets, storms and products named like people.
 *
 * A groomer's or a vet's bookings name the animals as people are named ("Rose (standard
 * poodle)", "Olive (teckel)", "Misty, cat", "notre chienne Margot") beside their owners. A
 * pet is not a person: its name is dropped with its other mentions ("Rose bites when…"),
 * and the owners' names stay. Storms are named from lists of given names ("tempête
 * Ciarán", "Storm Darragh"): a season's review lists them as a class lists its pupils. A car or a
 * watch is named by its maker and its model
 * ("une Dacia Duster", "a vintage Omega Seamaster"): no person either. Nor is the artist or
 * the author credited after a quoted title ("We'll Meet Again" (Vera Lynn), « Le Horla »
 * (Maupassant, 1887)): a playlist or a reading list names the famous.
 */
#include "voile-name-private.h"
#include "voile-ascii.h"
#include "voile-line.h"

/* Species and breeds, lower case, sorted (strcmp order, UTF-8 bytes). Words that also say
 * something of a person ("boxer", "british", "jack", "border", "lab", "cross") are left
 * out. */
static const char *const breed_words[] = {
  "akita",    "beagle",     "bengal",    "berger",       "bichon",    "birman",       "bouledogue",
  "braque",   "budgie",     "bulldog",   "bunny",        "burmese",   "caniche",      "carlin",
  "cat",      "cats",       "cavapoo",   "chat",         "chaton",    "chatons",      "chats",
  "chatte",   "chien",      "chienne",   "chiennes",     "chiens",    "chihuahua",    "chiot",
  "chiots",   "cockapoo",   "cocker",    "cockerpoo",    "collie",    "corgi",        "croisé",
  "croisée",  "dachs",      "dachshund", "dalmatian",    "dalmatien", "doberman",     "dog",
  "dogs",     "ferret",     "frenchie",  "furet",        "golden",    "goldendoodle", "greyhound",
  "hamster",  "husky",      "jrt",       "kitten",       "kittens",   "labradoodle",  "labrador",
  "lapin",    "lapins",     "lhasa",     "longhair",     "lurcher",   "malinois",     "maltais",
  "maltese",  "moggy",      "mongrel",   "newfoundland", "parrot",    "perroquet",    "persan",
  "persian",  "pomeranian", "poodle",    "pug",          "puppies",   "puppy",        "rabbit",
  "rabbits",  "ragdoll",    "retriever", "rottweiler",   "samoyed",   "schnauzer",    "setter",
  "sheepdog", "shiba",      "shih",      "shorthair",    "siamese",   "siamois",      "spaniel",
  "sphynx",   "spitz",      "springer",  "staffie",      "staffy",    "tabby",        "teckel",
  "terrier",  "tortoise",   "westie",    "whippet",      "yorkie",    "yorkshire",    "épagneul",
};

/* Species alone, which also come before a pet's name ("my dog Rose", "sa chienne Olive",
 * "the mare Dawn Run"). */
/* Species alone, singular or plural, which also come before a pet's name ("my dog Rose",
 * "sa chienne Olive", "the mare Dawn Run", "2 dogs Nala + Kobe"). */
static const char *const species_words[]
    = { "cat",     "cats",     "chat",   "chats",   "chatte", "cheval",  "chevaux", "chien",
        "chienne", "chiennes", "chiens", "chiot",   "chiots", "colt",    "dog",     "dogs",
        "filly",   "horse",    "horses", "jument",  "kitten", "kittens", "mare",    "poney",
        "poneys",  "ponies",   "pony",   "puppies", "puppy",  "stallion" };

/* Species as records and vets write them ("'Rosie', 'Canine', 'Border Collie'"), and words
 * naming a column of animals ("Cheval | Propriétaire", "Pet name"). */
static const char *const record_species_words[] = {
  "animal", "animals", "animaux", "avian",   "bovine",    "canine",  "caprine",
  "cheval", "chevaux", "chien",   "chiens",  "dog",       "dogs",    "equin",
  "equine", "feline",  "horse",   "horses",  "lagomorph", "pet",     "pets",
  "poney",  "pony",    "porcine", "reptile", "rodent",    "rongeur", "species",
};

/* Words of a column of the animals' people: "Propriétaire du cheval", "Pet owner". */
static const char *const owner_words[] = {
  "cavalier", "client", "cliente",      "contact",      "maitre",      "maître",
  "owner",    "owners", "proprietaire", "propriétaire", "responsable", "rider",
};

/* Words naming what comes next: "a beagle called Watson", "un chat nommé Caramel". */
static const char *const naming_words[] = {
  "appelé", "appelée", "baptisé", "baptisée", "called", "named", "nommé", "nommée",
};

/* Storms and cyclones named like people: "tempête Ciarán", "Storm Darragh", "Hurricane
 * Milton". */
static const char *const storm_words[] = {
  "cyclone", "hurricane", "ouragan", "storm", "tempête", "typhon", "typhoon",
};

#define ANIMAL_WORD_MAX 16

/* Is the word at text[p..) (letters and UTF-8 bytes, folded to ASCII lower case) in list?
 * *end: where the word ends. */
static gboolean
word_in (const char *text, gsize len, gsize p, const char *const *list, gsize n, gsize *end)
{
  char word[ANIMAL_WORD_MAX + 1];
  gsize e = p;

  while (e < len && (g_ascii_isalpha (text[e]) || (guchar)text[e] >= 0x80))
    e++;
  *end = e;
  if (e == p || e - p > ANIMAL_WORD_MAX)
    return FALSE;
  for (gsize k = p; k < e; k++)
    word[k - p] = g_ascii_tolower (text[k]);
  word[e - p] = '\0';
  return voile_name_sorted_lookup (list, n, word) != NULL;
}

/* Is the word at text[p..) a breed or a species, in the singular or the plural ("beagles",
 * "chiens")? *end: where the word ends. */
static gboolean
breed_at (const char *text, gsize len, gsize p, gsize *end)
{
  gsize e, singular_end;

  if (word_in (text, len, p, breed_words, G_N_ELEMENTS (breed_words), &e))
    {
      *end = e;
      return TRUE;
    }
  *end = e;
  return e > p + 3 && text[e - 1] == 's'
         && word_in (text, e - 1, p, breed_words, G_N_ELEMENTS (breed_words), &singular_end);
}

/* Is a breed among the first three words from text[p] ("rescue greyhound", "2x dachs",
 * "Border Terrier", "Jack Russells"), before close or the line's end? */
static gboolean
breed_within (const char *text, gsize len, gsize p, char close)
{
  gsize e;

  for (guint w = 0; w < 3 && p < len && text[p] != close && text[p] != '\n'; w++)
    {
      while (p < len && (text[p] == ' ' || g_ascii_isdigit (text[p]) || text[p] == 'x'))
        p++;
      if (breed_at (text, len, p, &e))
        return TRUE;
      if (e == p)
        return FALSE;
      /* "Jack" says something of a person, "Jack Russell" names a terrier. */
      if (e - p == 4 && voile_ascii_strncasecmp (text + p, "jack", 4) == 0 && e + 8 <= len
          && voile_ascii_strncasecmp (text + e, " russell", 8) == 0)
        return TRUE;
      p = e;
      if (p < len && (text[p] == ',' || text[p] == '-'))
        return FALSE; /* the first part said something else: "(née Martin, …)" */
    }
  return FALSE;
}

/* "Rose (standard poodle)", "Olive & Pickle (2x dachs)", "Misty, cat", "\"Hamish\" — Border
 * Terrier": does a species or a breed follow the name ending at text[p]? */
static gboolean
animal_after (const char *text, gsize len, gsize p)
{
  gsize e;

  /* "Olive & Pickle (…)", "Tic et Tac (…)": two pets of one owner. */
  if (p + 3 < len && text[p] == ' '
      && (text[p + 1] == '&' || memcmp (text + p + 1, "et ", 3) == 0
          || (p + 5 < len && memcmp (text + p + 1, "and ", 4) == 0)))
    {
      p += text[p + 1] == '&' ? 2 : text[p + 1] == 'e' ? 3 : 4;
      while (p < len && text[p] == ' ')
        p++;
      if (p >= len || !g_ascii_isupper (text[p]))
        return FALSE;
      while (p < len && (g_ascii_isalpha (text[p]) || (guchar)text[p] >= 0x80))
        p++;
    }
  if (p + 2 < len && text[p] == ',' && text[p + 1] == ' ')
    return word_in (text, len, p + 2, breed_words, G_N_ELEMENTS (breed_words), &e)
           && (e == len || !g_ascii_isalnum (text[e]));
  /* "\"Hamish\" — Border Terrier", « Gaston » – bouledogue, "Milo: cocker": a quote
   * closed, then a dash or a colon. */
  if (p < len && text[p] == '"')
    p++;
  else if (p + 3 <= len && memcmp (text + p, "\xe2\x80\x9d", 3) == 0) /* ” */
    p += 3;
  else if (p + 3 <= len && text[p] == ' ' && memcmp (text + p + 1, "\xc2\xbb", 2) == 0) /* » */
    p += 3;
  gsize sep = p + (p < len && text[p] == ' ');
  if (sep + 1 < len
      && (text[sep] == '-' || text[sep] == ':'
          || (sep + 3 < len && memcmp (text + sep, "\xe2\x80", 2) == 0
              && ((guchar)text[sep + 2] == 0x93 || (guchar)text[sep + 2] == 0x94)))) /* – — */
    return breed_within (text, len, sep + (text[sep] == '-' || text[sep] == ':' ? 1 : 3), '\n');
  if (p < len && text[p] == ' ')
    p++;
  /* "Murphy the lurcher", "Biscuit the cockapoo", "Filou le teckel": the pet then its
   * breed or species with an article. */
  if (p + 4 < len
      && (memcmp (text + p, "the ", 4) == 0 || memcmp (text + p, "le ", 3) == 0
          || memcmp (text + p, "la ", 3) == 0))
    {
      gsize w = p + (text[p] == 't' ? 4 : 3);
      return breed_at (text, len, w, &e) && (e == len || !g_ascii_isalnum (text[e]));
    }
  if (p >= len || text[p] != '(')
    return FALSE;
  return breed_within (text, len, p + 1, ')');
}

/* Is a separator of cells (',' ';' '|' or a tab, with quotes and spaces around) at text[p]?
 * The offset after it, or 0. */
static gsize
next_cell (const char *text, gsize len, gsize p)
{
  if (p < len && (text[p] == '\'' || text[p] == '"'))
    p++;
  while (p < len && text[p] == ' ')
    p++;
  if (p >= len || !(text[p] == ',' || text[p] == ';' || text[p] == '|' || text[p] == '\t'))
    return 0;
  p++;
  while (p < len && (text[p] == ' ' || text[p] == '\'' || text[p] == '"'))
    p++;
  return p;
}

/* "(30918, 10443, 'Rosie', 'Canine', 'Border Collie', …)", "Ulysse;hongre;selle français":
 * the cell after the name says a species or a breed. */
static gboolean
animal_in_next_cell (const char *text, gsize len, gsize p)
{
  gsize e;

  p = next_cell (text, len, p);
  if (p == 0)
    return FALSE;
  /* "Yannick | chien dans la cour": a remark on the home visited, not the row's species. */
  static const char *const places[] = { "at", "au", "chez", "dans", "in", "near", "sous", "sur" };
  gsize q = p;
  while (q < len && (g_ascii_isalpha (text[q]) || (guchar)text[q] >= 0x80))
    q++;
  e = q;
  while (q < len && text[q] == ' ')
    q++;
  if (q > e && word_in (text, len, q, places, G_N_ELEMENTS (places), &e))
    return FALSE;
  if (word_in (text, len, p, record_species_words, G_N_ELEMENTS (record_species_words), &e)
      && (e == len || !g_ascii_isalnum (text[e])))
    return TRUE;
  return breed_within (text, len, p, text[p - 1] == '|' ? '|' : '\n');
}

#define HEADER_LINES_MAX 40

/* "Cheval | Propriétaire" over "Ulysse | Camille Thévenot": is the header of the table
 * column the name at text[p] stands in a word of animals? The header is the first of the
 * lines above holding the same separator (at most HEADER_LINES_MAX of them). */
static gboolean
animal_column (const char *text, gsize len, gsize p)
{
  gsize line = p, q;
  char delim = 0;
  guint column = 0;

  while (line > 0 && text[line - 1] != '\n')
    line--;
  for (gsize k = line; k < p; k++)
    if (text[k] == '|' || text[k] == '\t' || (delim == ';' && text[k] == ';'))
      {
        if (delim == 0)
          delim = text[k];
        column += text[k] == delim;
      }
  if (delim == 0)
    {
      /* The first cell: the separator after it says the table's. */
      for (q = p; q < len && text[q] != '\n' && text[q] != '|' && text[q] != '\t'; q++)
        ;
      if (q >= len || text[q] == '\n')
        return FALSE;
      delim = text[q];
    }
  gsize header = line;
  for (guint n = 0; n < HEADER_LINES_MAX && header > 0; n++)
    {
      gsize above = header - 1;
      while (above > 0 && text[above - 1] != '\n')
        above--;
      if (memchr (text + above, delim, header - 1 - above) == NULL)
        break;
      header = above;
    }
  if (header == line)
    return FALSE;
  /* Its cell in that column, then the cell's first words. */
  q = header;
  for (guint k = 0; k < column; k++)
    {
      while (q < len && text[q] != '\n' && text[q] != delim)
        q++;
      if (q >= len || text[q] != delim)
        return FALSE;
      q++;
    }
  gboolean animal = FALSE;
  for (guint w = 0; w < 4; w++)
    {
      gsize e;
      while (q < len && (text[q] == ' ' || text[q] == '\'' || text[q] == '"' || text[q] == '_'))
        q++;
      if (q >= len || text[q] == '\n' || text[q] == delim)
        break;
      if (word_in (text, len, q, owner_words, G_N_ELEMENTS (owner_words), &e))
        return FALSE;
      animal
          |= word_in (text, len, q, record_species_words, G_N_ELEMENTS (record_species_words), &e);
      q = e > q ? e : q + 1;
    }
  return animal;
}

#define ALIGNED_LINE_MAX 512
/* How far before a name its aligned cell may start ("  Mister Fogpatches"). */
#define ALIGNED_CELL_LEAD 16

/* Does text[s, e) hold a gap of two spaces or more (a table aligned with spaces)? */
static gboolean
has_gap (const char *text, gsize s, gsize e)
{
  for (gsize k = s; k + 1 < e; k++)
    if (text[k] == ' ' && text[k + 1] == ' ')
      return TRUE;
  return FALSE;
}

/* "No  Horse            Age" over " 1  Danny Kirwan      9": a race card, a show's entries,
 * aligned with spaces. Is the header cell above the name at text[p] (the last cell of the
 * header starting at or before the name's column, cells parted by two spaces or more) a
 * word of animals? The header is the first line of the block of aligned lines above. */
static gboolean
animal_aligned_column (const char *text, gsize len, gsize p)
{
  gsize line, line_end, header, header_end;

  /* A cell starts after two spaces or more, at most a title's word before the name ("  Mrs
   * Milner"): a cheap test before the line is read. */
  gboolean gap = FALSE;
  for (gsize k = p; k > 1 && p - k < ALIGNED_CELL_LEAD && text[k - 1] != '\n' && !gap; k--)
    gap = text[k - 1] == ' ' && text[k - 2] == ' ';
  if (!gap)
    return FALSE;
  voile_line_around (text, len, p, p, ALIGNED_LINE_MAX, &line, &line_end);
  if (!has_gap (text, line, line_end) || memchr (text + line, '\t', line_end - line) != NULL)
    return FALSE;
  header = line;
  header_end = line_end;
  for (guint n = 0; n < HEADER_LINES_MAX && header > 0; n++)
    {
      gsize above, above_end;
      voile_line_around (text, len, header - 1, header - 1, ALIGNED_LINE_MAX, &above, &above_end);
      if (above == above_end || !has_gap (text, above, above_end))
        break;
      header = above;
      header_end = above_end;
    }
  if (header == line)
    return FALSE;
  gsize column = p - line, cell = G_MAXSIZE;
  for (gsize k = header; k < header_end && k - header <= column; k++)
    if (text[k] != ' '
        && (k == header || (k >= header + 2 && text[k - 1] == ' ' && text[k - 2] == ' ')))
      cell = k;
  if (cell == G_MAXSIZE)
    return FALSE;
  for (guint w = 0; w < 3 && cell < header_end; w++)
    {
      gsize e;
      if (word_in (text, header_end, cell, record_species_words,
                   G_N_ELEMENTS (record_species_words), &e))
        return TRUE;
      if (e == cell || e + 1 >= header_end || text[e] != ' ' || text[e + 1] == ' ')
        return FALSE;
      cell = e + 1;
    }
  return FALSE;
}

/* Words of a header of a column of states or of vehicles, lower case, folded to ASCII,
 * sorted: a booking's "Statut" holds "Honoré" (kept), "Annulé", "Lapin (no-show)", a permit
 * export's "vehicle_make" "Subaru Outback", never a person. */
static const char *const state_headers[] = {
  "categorie", "category", "etat",  "make",   "model",  "modele",  "outcome",
  "result",    "resultat", "state", "status", "statut", "vehicle", "vehicule",
};

#define STATE_HEADER_MAX 12
/* How far before a name the start of its cell is looked for. */
#define CELL_WORDS_BEFORE_MAX 40

/* Header cells of a column of firms: "Employeur", "Company name", "Entreprise" (the cell
 * alone, or before "name"/"nom": "Company contact" holds people), folded, sorted. */
static const char *const firm_headers[] = {
  "company",    "employer",     "employeur",    "enseigne",
  "entreprise", "organisation", "organization", "societe",
};

/* Is the header cell text[q, header_end) up to delim a firm column's: a firm word alone or
 * before "name"/"nom"? */
static gboolean
firm_header (const char *text, gsize q, gsize qe, gsize header_end, char delim)
{
  char folded[VOILE_NAME_KEY_MAX];
  gsize n;

  if (!voile_name_fold (text + q, qe - q, folded, &n) || n >= sizeof folded)
    return FALSE;
  folded[n] = '\0';
  if (voile_name_sorted_lookup (firm_headers, G_N_ELEMENTS (firm_headers), folded) == NULL)
    return FALSE;
  while (qe < header_end && (text[qe] == ' ' || text[qe] == '_'))
    qe++;
  gsize ne = qe;
  while (ne < header_end && text[ne] != delim && text[ne] != '"' && text[ne] != '\r')
    ne++;
  return ne == qe || (ne - qe == 4 && voile_ascii_strncasecmp (text + qe, "name", 4) == 0)
         || (ne - qe == 3 && voile_ascii_strncasecmp (text + qe, "nom", 3) == 0);
}

static gboolean
is_cell_delimiter (char ch)
{
  return ch == ';' || ch == ',' || ch == '|' || ch == '\t';
}

/* "Date;Client;…;Statut" over "…;Maëva;145,00 €;Honoré;PLN-…": is the name text[s, e) a
 * whole cell of a delimited table whose header cell names a state? The header is the first
 * line of the block of lines above holding the row's delimiter. */
static gboolean
state_column (const char *text, gsize len, gsize s, gsize e, VoileStateCache *cache, gboolean *firm)
{
  gsize line, line_end;

  if (s == 0 || !is_cell_delimiter (text[s - 1])
      || (e < len && !is_cell_delimiter (text[e]) && text[e] != '\n' && text[e] != '\r'))
    return FALSE;
  char delim = text[s - 1];
  voile_line_around (text, len, s, e, ALIGNED_LINE_MAX, &line, &line_end);
  guint column = 0;
  for (gsize k = line; k < s; k++)
    column += text[k] == delim;
  gsize header = line, header_end = line_end;
  /* The rows of one table follow each other: the header found for the row above, or for an
   * earlier cell of this row, is this row's. */
  if (cache->delim == delim && cache->header_end < line
      && (line == cache->row || line == cache->row_end + 1))
    {
      header = cache->header;
      header_end = cache->header_end;
    }
  else
    for (guint n = 0; n < HEADER_LINES_MAX && header > 0; n++)
      {
        gsize above, above_end;
        voile_line_around (text, len, header - 1, header - 1, ALIGNED_LINE_MAX, &above, &above_end);
        if (memchr (text + above, delim, above_end - above) == NULL)
          break;
        header = above;
        header_end = above_end;
      }
  if (header == line)
    return FALSE;
  cache->delim = delim;
  cache->header = header;
  cache->header_end = header_end;
  cache->row = line;
  cache->row_end = line_end;
  gsize q = header;
  for (guint k = 0; k < column; k++)
    {
      while (q < header_end && text[q] != delim)
        q++;
      if (q >= header_end)
        return FALSE;
      q++;
    }
  /* The cell's first words ("vehicle_make", "Statut RDV"). */
  for (guint w = 0; w < 3; w++)
    {
      while (q < header_end && (text[q] == ' ' || text[q] == '"' || text[q] == '_'))
        q++;
      gsize qe = q;
      while (qe < header_end && text[qe] != delim && text[qe] != '"' && text[qe] != ' '
             && text[qe] != '_' && text[qe] != '\r')
        qe++;
      char folded[VOILE_NAME_KEY_MAX];
      gsize n;
      if (qe == q || qe - q > STATE_HEADER_MAX)
        return FALSE;
      if (voile_name_fold (text + q, qe - q, folded, &n) && n < sizeof folded)
        {
          folded[n] = '\0';
          if (voile_name_sorted_lookup (state_headers, G_N_ELEMENTS (state_headers), folded)
              != NULL)
            return TRUE;
        }
      /* "Nom;Prénom;Employeur" over "…;Intermarché Aubagne;": a firm and its branch. */
      if (w == 0 && firm_header (text, q, qe, header_end, delim))
        {
          *firm = TRUE;
          return TRUE;
        }
      q = qe;
    }
  return FALSE;
}

/* A found person's surname in a firm's name ("Boucherie Casanova" beside "CASANOVA") is a
 * later mention still, and kept. */
gboolean
voile_name_in_state_column (VoileNameCollector *c, const VoileNameMention *m,
                            VoileStateCache *cache)
{
  gboolean firm = FALSE;

  if (m->confidence >= CONFIDENCE_FIELD || m->start == 0)
    return FALSE;
  if (is_cell_delimiter (c->text[m->start - 1]))
    return state_column (c->text, c->len, m->start, m->end, cache, &firm)
           && !(firm && m->confidence == CONFIDENCE_LATER);
  /* "…,Clipper Hamilton,…": the last words of a cell, after the words of a firm. */
  gsize s = m->start;
  while (s > 0 && m->start - s < CELL_WORDS_BEFORE_MAX
         && (g_ascii_isalpha (c->text[s - 1]) || c->text[s - 1] == ' '
             || (guchar)c->text[s - 1] >= 0x80))
    s--;
  return s > 0 && s < m->start && is_cell_delimiter (c->text[s - 1]) && c->text[s] != ' '
         && state_column (c->text, c->len, s, m->end, cache, &firm)
         && m->confidence != CONFIDENCE_LATER;
}

/* Pet-care services an item or a payment names before the animal's name ("Dog walks x5 -
 * Mabel", "House sit 2 nights - Ziggy", "Toilettage - Caramel"), lower case, sorted. */
static const char *const pet_service_words[] = {
  "boarding", "daycare", "groom",   "grooming",   "promenade", "promenades",
  "sit",      "sits",    "sitting", "toilettage", "walk",      "walks",
};

#define PET_ITEM_MAX 60

/* Does the name text[p, e) end an item cell that opens on a pet-care service or a species,
 * after a dash ("…\"Dog walks x5 - Mabel\"", "Cat visits x6 – Tigger,")? */
static gboolean
pet_service_item (const char *text, gsize len, gsize p, gsize e)
{
  gsize from, q, w;

  if (e < len && text[e] != '"' && text[e] != ',' && text[e] != '\t' && text[e] != '|'
      && text[e] != '\n' && text[e] != '\r')
    return FALSE;
  if (p >= 3 && memcmp (text + p - 3, " - ", 3) == 0)
    q = p - 3;
  else if (p >= 5 && memcmp (text + p - 5, " \xe2\x80\x93 ", 5) == 0) /* " – " */
    q = p - 5;
  else
    return FALSE;
  from = q > PET_ITEM_MAX ? q - PET_ITEM_MAX : 0;
  for (w = q; w > from && text[w - 1] != '"' && text[w - 1] != ',' && text[w - 1] != '\t'
              && text[w - 1] != '|' && text[w - 1] != '\n';
       w--)
    ;
  for (gsize k = w; k < q; k++)
    {
      gsize end;
      if (!g_ascii_isalpha (text[k]) || (k > w && g_ascii_isalpha (text[k - 1])))
        continue;
      if (word_in (text, q, k, pet_service_words, G_N_ELEMENTS (pet_service_words), &end)
          || word_in (text, q, k, species_words, G_N_ELEMENTS (species_words), &end))
        return TRUE;
    }
  return FALSE;
}

/* Is the word before the name starting at text[p] one of list? */
static gboolean
listed_before (const char *text, gsize p, const char *const *list, gsize n)
{
  gsize w = voile_name_word_start_before (text, p, ANIMAL_WORD_MAX + 1), e;

  return w < p && word_in (text, p - 1, w, list, n, &e);
}

/* "my dog Rose", "notre chienne Olive", "a small beagle called Watson": a species just
 * before the name, or a species or a breed before a word of naming. */
static gboolean
species_before (const char *text, gsize p)
{
  if (listed_before (text, p, species_words, G_N_ELEMENTS (species_words)))
    return TRUE;
  if (!listed_before (text, p, naming_words, G_N_ELEMENTS (naming_words)))
    return FALSE;
  p = voile_name_word_start_before (text, p, ANIMAL_WORD_MAX + 1);
  return listed_before (text, p, species_words, G_N_ELEMENTS (species_words))
         || listed_before (text, p, breed_words, G_N_ELEMENTS (breed_words));
}

/* Keeps a name said after a title or a greeting ("Bonjour Claudia,"), even among storms. */
gboolean
voile_name_addressed (const char *text, gsize p)
{
  gsize w = voile_name_word_start_before (text, p, ANIMAL_WORD_MAX + 1);

  if (w >= p)
    return FALSE;
  return (voile_name_context_word (text + w, p - 1 - w)
          & (VOILE_CONTEXT_TITLE | VOILE_CONTEXT_GREETING))
         != 0;
}

/* Is text[e, s) what joins two pets' names: " + ", " & ", " and ", " et ", ", "? */
static gboolean
pet_joined (const char *text, gsize e, gsize s)
{
  static const char *const joins[] = { " + ", " & ", " and ", " et ", ", " };

  for (guint k = 0; k < G_N_ELEMENTS (joins); k++)
    if (s - e == strlen (joins[k]) && memcmp (text + e, joins[k], s - e) == 0)
      return TRUE;
  return FALSE;
}

#define PETS_MENTIONS_MAX 400

gboolean
voile_name_drop_pets (VoileNameCollector *c)
{
  g_autoptr (GHashTable) pets = NULL;
  guint out = 0;

  /* Bookings are a page or two; a long export of people is read as it is. */
  if (c->mentions->len > PETS_MENTIONS_MAX)
    return FALSE;
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type != VOILE_TYPE_PERSON)
        continue;
      /* A column of horses names them with titles and in several words ("Mrs Milner",
       * "Danny Kirwan"): its header says what they are. */
      if (animal_aligned_column (c->text, c->len, m->start))
        {
          if (pets == NULL)
            pets = g_hash_table_new (g_str_hash, g_str_equal);
          g_hash_table_add (pets, (gpointer)m->key);
          continue;
        }
      /* A pet has one name: "Rose Dupont (poodle owner)" is a person. */
      if (strchr (m->key, ' ') != NULL)
        continue;
      /* "Mme Charpentier, chiens Filou et Vanille": after a title, the owner. */
      if ((animal_after (c->text, c->len, m->end) || species_before (c->text, m->start)
           || animal_in_next_cell (c->text, c->len, m->end)
           || pet_service_item (c->text, c->len, m->start, m->end)
           || animal_column (c->text, c->len, m->start))
          && !voile_name_addressed (c->text, m->start))
        {
          if (pets == NULL)
            pets = g_hash_table_new (g_str_hash, g_str_equal);
          g_hash_table_add (pets, (gpointer)m->key);
        }
    }
  if (pets == NULL)
    return FALSE;
  /* "dogs Nala + Kobe", "Olive et Pickle": the name joined to a pet's is a pet too. */
  for (guint i = 1; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      const VoileNameMention *prev = &g_array_index (c->mentions, VoileNameMention, i - 1);
      if (m->type == VOILE_TYPE_PERSON && prev->type == VOILE_TYPE_PERSON
          && strchr (m->key, ' ') == NULL && g_hash_table_contains (pets, prev->key)
          && pet_joined (c->text, prev->end, m->start))
        g_hash_table_add (pets, (gpointer)m->key);
    }
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      /* Among pets, "Jack Russells" and "King Charles" are breeds. */
      if (m->type != VOILE_TYPE_PERSON
          || !(g_hash_table_contains (pets, m->key) || g_str_has_prefix (m->key, "jack russell")
               || g_str_has_prefix (m->key, "king charles")))
        g_array_index (c->mentions, VoileNameMention, out++) = *m;
    }
  g_array_set_size (c->mentions, out);
  return TRUE;
}

#define STORM_NAMES_MANY 2

/* Do the two bytes at end end a storm's word ("-rm", "-ne", "-an", "-te", "-on")? */
static inline gboolean
storm_word_ending (const char *end)
{
  char a = (char)(end[0] | 0x20), b = (char)(end[1] | 0x20);

  return (a == 'r' && b == 'm') || (a == 'n' && b == 'e') || (a == 'a' && b == 'n')
         || (a == 't' && b == 'e') || (a == 'o' && b == 'n');
}

/* Does the key start with a storm's word ("storm ashley": "Storm" is a given name too)? */
static gboolean
storm_key (const char *key)
{
  const char *space = strchr (key, ' ');
  char word[ANIMAL_WORD_MAX + 1];

  if (space == NULL || space - key > ANIMAL_WORD_MAX)
    return FALSE;
  memcpy (word, key, space - key);
  word[space - key] = '\0';
  return voile_name_sorted_lookup (storm_words, G_N_ELEMENTS (storm_words), word) != NULL;
}

void
voile_name_drop_storms (VoileNameCollector *c)
{
  g_autoptr (GHashTable) storms = NULL;
  g_autoptr (GString) key = NULL;
  const VoileSpan *words = (const VoileSpan *)(gpointer)c->capitals->data;
  gboolean person = FALSE, many;
  guint out = 0;

  if (c->mentions->len > PETS_MENTIONS_MAX)
    return;
  /* A storm is named by one word ("Ciarán"), or with its word ("Storm Ashley"). */
  for (guint i = 0; i < c->mentions->len && !person; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      person = m->type == VOILE_TYPE_PERSON && (strchr (m->key, ' ') == NULL || storm_key (m->key));
    }
  if (!person)
    return;
  /* Every storm the text names, found as a person or not ("tempête Domingos"). A test of
   * the last two letters before spares most words a lookup. */
  for (guint i = 0; i < c->capitals->len; i++)
    {
      gsize s = words[i].start;
      if (s < 6 || c->text[s - 1] != ' ' || !storm_word_ending (c->text + s - 3)
          || !listed_before (c->text, s, storm_words, G_N_ELEMENTS (storm_words)))
        continue;
      if (storms == NULL)
        {
          storms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          key = g_string_new (NULL);
        }
      g_string_truncate (key, 0);
      voile_name_append_folded (key, c->text + words[i].start, words[i].end - words[i].start);
      g_hash_table_add (storms, g_strdup (key->str));
    }
  if (storms == NULL)
    return;
  /* A season's review names its storms once with the word, then alone and in lists
   * ("Amy, Benjamin, Claudia…", "Lothar et Martin"): there, a single name is a storm's. */
  many = g_hash_table_size (storms) >= STORM_NAMES_MANY;
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      gboolean single = strchr (m->key, ' ') == NULL;
      gboolean storm = m->type == VOILE_TYPE_PERSON
                       && (g_hash_table_contains (storms, m->key) || storm_key (m->key)
                           || (many && single && !voile_name_addressed (c->text, m->start)));
      if (!storm)
        g_array_index (c->mentions, VoileNameMention, out++) = *m;
    }
  g_array_set_size (c->mentions, out);
}

/* "Dacia Duster", "Omega Seamaster": a maker (a context word that names the words after it
 * a thing, see data/names/context-words.txt), then its model, found by the lists alone (a
 * model may be a surname of the lists: "Duster"). "Mme Kia Martin" has a title. */
static gboolean
maker_and_model (const char *text, const VoileNameMention *m)
{
  gsize e = m->start;

  if (m->confidence != CONFIDENCE_PAIR)
    return FALSE;
  while (e < m->end && text[e] != ' ')
    e++;
  return e < m->end && e - m->start <= 16 && g_ascii_isupper (text[m->start])
         && (voile_name_context_word (text + m->start, e - m->start) & VOILE_CONTEXT_PLACE_BEFORE);
}

/* "…" (Vera Lynn), « … » (Maupassant, 1887): a name found by the lists alone, alone in
 * parentheses after a closing quote, credits a work. */
static gboolean
credit_after_title (const char *text, gsize len, const VoileNameMention *m)
{
  gsize p = m->start;

  if (m->confidence != CONFIDENCE_PAIR && m->confidence != CONFIDENCE_UNLISTED
      && m->confidence != CONFIDENCE_SINGLE)
    return FALSE;
  if (p < 3 || text[p - 1] != '(' || text[p - 2] != ' ')
    return FALSE;
  p -= 2;
  gboolean quote = text[p - 1] == '"'
                   || (p >= 3 && memcmp (text + p - 3, "\xe2\x80\x9d", 3) == 0) /* ” */
                   || (p >= 2 && memcmp (text + p - 2, "\xc2\xbb", 2) == 0);    /* » */
  if (!quote)
    return FALSE;
  /* Then the parenthesis closes, after the rest of the name ("(Édith Piaf)": "Piaf" in no
   * list), or a year follows: "(Jane Austen, 1813)". */
  p = m->end;
  while (p < len && p < m->end + 32
         && (g_ascii_isalpha (text[p]) || (guchar)text[p] >= 0x80 || text[p] == ' '
             || text[p] == '-' || text[p] == '\''))
    p++;
  return p < len
         && (text[p] == ')'
             || (text[p] == ',' && p + 2 < len && text[p + 1] == ' '
                 && g_ascii_isdigit (text[p + 2])));
}

/* (session 20, g20-fp) "Dear APC team,", "Hi Billing Team", "the Payments desk", "Thanks,
 * Compliance team": one capitalised word before a word of a group of staff names a
 * department, a product or a service, not a person ("the Smith family" is people: no
 * family word here). */
static gboolean
before_staff_group (const char *text, gsize len, const VoileNameMention *m)
{
  static const char *const groups[] = { "team", "teams", "desk", "squad", "helpdesk", NULL };
  gsize p = m->end;
  if (p + 5 > len || text[p] != ' ' || memchr (text + m->start, ' ', m->end - m->start) != NULL)
    return FALSE;
  p++;
  gsize e = p;
  while (e < len && e - p < 9 && g_ascii_isalpha (text[e]))
    e++;
  if (e < len && (g_ascii_isalnum (text[e]) || (guchar)text[e] >= 0x80))
    return FALSE;
  char w[10];
  for (gsize k = p; k < e; k++)
    w[k - p] = g_ascii_tolower (text[k]);
  return voile_word_in (w, e - p, groups);
}

/* "menu Aide > Ouvrir un ticket", "Settings > Privacy > Grace period": a word of a menu
 * path, between the arrows of an interface's steps. */
static gboolean
menu_step (const char *text, gsize len, const VoileNameMention *m)
{
  gsize s = m->start, e = m->end;

  if (e + 2 < len && text[e] == ' ' && text[e + 1] == '>' && text[e + 2] == ' ')
    return TRUE;
  if (e + 4 < len && text[e] == ' ' && memcmp (text + e + 1, "\xe2\x80\xba", 3) == 0) /* › */
    return TRUE;
  if (s >= 2 && text[s - 1] == ' ' && text[s - 2] == '>' && (s == 2 || text[s - 3] == ' '))
    return TRUE;
  return s >= 4 && text[s - 1] == ' ' && memcmp (text + s - 4, "\xe2\x80\xba", 3) == 0;
}

void
voile_name_drop_products (VoileNameCollector *c)
{
  guint out = 0;

  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (m->type != VOILE_TYPE_PERSON || m->record != 0
          || !(maker_and_model (c->text, m) || credit_after_title (c->text, c->len, m)
               || menu_step (c->text, c->len, m) || before_staff_group (c->text, c->len, m)))
        g_array_index (c->mentions, VoileNameMention, out++) = *m;
    }
  g_array_set_size (c->mentions, out);
}

/* Sorted: words before a model year ("your 2011 Camry", "vehicle 2021 Camry hybrid"). A year
 * after any other word ("In 2019 Rose moved") may start a sentence about a person. */
static const char *const model_year_before[] = {
  "a",   "car", "her",   "his", "la",  "ma",      "mon",     "my",    "our",  "sa",
  "son", "the", "their", "un",  "une", "vehicle", "voiture", "votre", "your",
};

#define MODEL_YEAR_WORD_MAX 8

/* Does a model year (1950–2039) and one space come before text[s], after a word of
 * model_year_before or at a cell's start (a line, a tab, a comma, a pipe)? Not after a
 * date's separator: "12/11/2021 Jean" is a log line's author. */
static gboolean
model_year_before_at (const char *text, gsize s)
{
  if (s < 5 || text[s - 1] != ' ')
    return FALSE;
  const char *y = text + s - 5;
  if (!(memcmp (y, "19", 2) == 0 && y[2] >= '5') && !(memcmp (y, "20", 2) == 0 && y[2] <= '3'))
    return FALSE;
  if (!g_ascii_isdigit (y[2]) || !g_ascii_isdigit (y[3]))
    return FALSE;
  gsize p = s - 5;
  if (p == 0 || strchr ("\t\n\r,|", text[p - 1]) != NULL)
    return TRUE;
  if (text[p - 1] != ' ')
    return FALSE;
  gsize w = p - 1;
  while (w > 0 && p - 1 - w < MODEL_YEAR_WORD_MAX && g_ascii_isalpha (text[w - 1]))
    w--;
  gsize n = p - 1 - w;
  if (n == 0 || n > MODEL_YEAR_WORD_MAX || (w > 0 && g_ascii_isalpha (text[w - 1])))
    return FALSE;
  char word[MODEL_YEAR_WORD_MAX + 1];
  for (gsize k = 0; k < n; k++)
    word[k] = g_ascii_tolower (text[w + k]);
  word[n] = '\0';
  return voile_name_sorted_lookup (model_year_before, G_N_ELEMENTS (model_year_before), word)
         != NULL;
}

/* "Art. 196 Directive 2006/112/EC", "treaty Art. 21(2)": a law's article, not Art Garfunkel. */
static gboolean
article_number_at (const char *text, gsize len, const VoileNameMention *m)
{
  return m->end - m->start == 3 && memcmp (text + m->start, "Art", 3) == 0 && m->end + 2 < len
         && text[m->end] == '.' && text[m->end + 1] == ' ' && g_ascii_isdigit (text[m->end + 2]);
}

/* "Ward 23", "Bay 4", "Gate 12": a capitalised word alone, a number after it, no title
 * before it. */
static gboolean
numbered_word_at (VoileNameCollector *c, const VoileNameMention *m)
{
  if (m->type != VOILE_TYPE_PERSON || m->end + 2 >= c->len || c->text[m->end] != ' '
      || !g_ascii_isdigit (c->text[m->end + 1])
      || memchr (c->text + m->start, ' ', m->end - m->start) != NULL)
    return FALSE;
  /* one to three digits, then no other group of digits: not a phone ("cheers, Jarrah 0421
   * 555 903") nor any other number a finding covers */
  gsize e = m->end + 1;
  while (e < c->len && g_ascii_isdigit (c->text[e]))
    e++;
  if (e - m->end - 1 > 3
      || (e + 1 < c->len && c->text[e] == ' ' && g_ascii_isdigit (c->text[e + 1])))
    return FALSE;
  /* nor a time ("Hélène 10:05", "Paul 9h"), a date or a decimal; and the word is a common
   * word too ("Ward", "Line", "Bay"), not a name alone ("Hugo 12") */
  if (e < c->len && strchr (" ,;)\r\n", c->text[e]) == NULL
      && !(c->text[e] == '.' && (e + 1 == c->len || !g_ascii_isdigit (c->text[e + 1]))))
    return FALSE;
  if (!(voile_name_lookup_word (c->text + m->start, m->end - m->start)
        & (VOILE_NAME_WORD | VOILE_NAME_AMBIGUOUS)))
    return FALSE;
  return !voile_name_collector_blocked (c, m->end + 1, e)
         && !voile_name_addressed (c->text, m->start);
}

#define NUMBERED_MENTIONS_MAX 400

/* The single-word keys every mention of which is followed by a number ("discharged from Ward
 * 23"), or is a later mention of those ("Ward Manager"): a numbered place or thing, no
 * person. NULL when none. */
static GHashTable *
numbered_keys (VoileNameCollector *c)
{
  GHashTable *keys = NULL;

  if (c->mentions->len > NUMBERED_MENTIONS_MAX)
    return NULL;
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      if (!numbered_word_at (c, m))
        continue;
      if (keys == NULL)
        keys = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_add (keys, (gpointer)m->key);
    }
  if (keys == NULL)
    return NULL;
  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      /* A later mention ("Ward Manager") follows the others; a mention a rule found on its own
       * ("Dear Ms Ward") is a person's. */
      if (m->type == VOILE_TYPE_PERSON && g_hash_table_contains (keys, m->key)
          && !numbered_word_at (c, m) && m->confidence != CONFIDENCE_LATER)
        g_hash_table_remove (keys, m->key);
    }
  return keys;
}

void
voile_name_drop_numbered_things (VoileNameCollector *c)
{
  guint out = 0;
  g_autoptr (GHashTable) numbered = numbered_keys (c);

  for (guint i = 0; i < c->mentions->len; i++)
    {
      const VoileNameMention *m = &g_array_index (c->mentions, VoileNameMention, i);
      /* One capitalised word: "2011 Camry"; "2026 Jean Dupont" is a full name. */
      gboolean model
          = m->type == VOILE_TYPE_PERSON && g_ascii_isupper (c->text[m->start])
            && memchr (c->text + m->start, ' ', m->end - m->start) == NULL
            && (model_year_before_at (c->text, m->start) || article_number_at (c->text, c->len, m)
                || (numbered != NULL && g_hash_table_contains (numbered, m->key)));
      if (!model)
        g_array_index (c->mentions, VoileNameMention, out++) = *m;
    }
  g_array_set_size (c->mentions, out);
}
