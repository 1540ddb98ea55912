/* voile-name-towns.c — the town after a street: "12 rue Nationale, Tours",
 * "4 Kingfisher Lane, La Lucia", "12 Adeola Odeku Street, Victoria Island, Lagos".
 *
 * A town written after a street line without a postcode is a LOCATION (the corpus's
 * convention): no list of towns is needed, the street before the comma says what the words
 * are. A table cell that a column rule read whole ("11-13 avenue Victor Hugo, Vincennes")
 * is cut back to its street, so that the town is a LOCATION too.
 */
#include "config.h"

#include "voile-name-private.h"
#include "voile-ascii.h"

#include <string.h>

/* Towns of more words are rare; more is a sentence. */
#define TOWN_WORDS_MAX 4
/* "Westlands, Nairobi": a district, then its city. */
#define TOWNS_CHAINED_MAX 3

static gboolean
is_upper_at (const char *text, gsize at, gsize end)
{
  if (at >= end)
    return FALSE;
  if ((guchar)text[at] < 0x80)
    return g_ascii_isupper (text[at]);
  gunichar u = g_utf8_get_char_validated (text + at, (gssize)(end - at));
  return u != (gunichar)-1 && u != (gunichar)-2 && g_unichar_isupper (u);
}

/* A letter, an apostrophe or a hyphen inside a town's word ("Saint-Ouen-sur-Seine",
 * "Auxey-Duresses", "L'Haÿ-les-Roses"); bytes of UTF-8 letters included. */
static gsize
word_end (const char *text, gsize at, gsize end)
{
  while (at < end)
    {
      guchar b = (guchar)text[at];
      if (g_ascii_isalpha (b) || b == '-' || b == '\'' || b >= 0x80)
        {
          /* Not the typographic spaces and dashes of UTF-8 punctuation (U+2000–U+206F). */
          if (b == 0xE2 && at + 1 < end && (guchar)text[at + 1] == 0x80)
            break;
          at++;
        }
      else
        break;
    }
  return at;
}

/* Words that open a flat's, a building's or a delivery line, not a town. */
static gboolean
is_unit_word (const char *w, gsize n)
{
  static const char *const words[]
      = { "flat", "apt", "apartment", "suite", "unit", "floor", "level", "room", "block", "blk",
          "building", "house", "box", "po", "bp", "cs", "cedex", "tsa", "appt", "app", "bât", "bat",
          "bâtiment", "batiment", "étage", "etage", "porte", "escalier", "esc", "lot", "villa",
          "studio", "ground", "basement", "attn", "ste", "bldg", "dept", "rm", "fl", "c/o", "chez",
          "code", "digicode",
          /* (session 19) Mexico's neighbourhood before its name: "Col. Roma Norte" */
          "col", "colonia", "int", "interior", "apto", "depto", "dpto",
          /* (session 20, g20-addr) the Philippines' barangay: "…, Brgy. San Isidro" */
          "brgy", "barangay", NULL };

  return voile_ascii_word_in (w, n, words);
}

/* "Kendal Road": the street of the line, not its town. */
static gboolean
is_street_word (const char *w, gsize n)
{
  static const char *const words[]
      = { "road", "street", "lane", "avenue", "drive", "close", "way", "crescent", "grove", "place",
          "court", "terrace", "gardens", "square", "mews", "row", "walk", "park", "hill", "green",
          "rise", "view", "parade", "estate", "quay", "wharf", "boulevard", "blvd", "rd", "st",
          "ave", "ln", "dr", "heights", "meadows", "chase", "yard", "gate", "vale", "cottage",
          "house", "farm", "barn", "lodge", "mill", "manor",
          /* (session 20, g20-addr) an estate's, a tower's or a free zone's name ends the
           * address ("Room 1802, Building 3, Jinxiu Garden", "…, Askari Towers") */
          "garden", "tower", "towers", "residency", "residences", "homes", "complex", "plaza",
          "compound", "enclave", "zone", "mall",
          /* (session 21, g21-addr) a French, Maghreb or Iberian street's type opening the part
           * after a comma ("…, Bd Abdelmoumen, 20360 Casablanca") */
          "bd", "bvd", "av", "rue", "chemin", "allée", "allee", "impasse", "route", "rte", "calle",
          "rua", "carrer", NULL };
  /* (session 22, g22-addr) Malaysia's street and estate words opening it ("…, Jalan
   * Genting Kelang, Setapak", "…, Taman Sri Rambai"), looked up after their first letter */
  static const char *const malay[]
      = { "jalan", "jln", "lorong",     "lrg",       "persiaran", "lebuh",
          "taman", "tmn", "pangsapuri", "residensi", "kampung",   NULL };

  if (n >= 3 && strchr ("JjLlPpTtRrKk", w[0]) != NULL && voile_ascii_word_in (w, n, malay))
    return TRUE;
  return voile_ascii_word_in (w, n, words);
}

/* Reads a town at text[at…]: capitalised words, a Paris, Lyon or Marseille arrondissement
 * after ("Paris 11e", "Lyon 3ème"). Returns its end, or 0 when the words are no town or run
 * on into a sentence. *comma: a comma follows (another town may). */
static gsize
read_town (VoileNameCollector *c, gsize at, gsize end, gboolean *comma)
{
  const char *t = c->text;
  gsize p = at, town_end = 0;
  guint words = 0;

  *comma = FALSE;
  while (words < TOWN_WORDS_MAX && is_upper_at (t, p, end))
    {
      gsize we = word_end (t, p, end);
      /* (session 22, g22-addr2) "…, 31400 Ipoh, Perak')": an SQL value's closing quote ends
       * the town, no part of it ("St Julian's" goes on after its apostrophe) */
      if (we > p + 1 && t[we - 1] == '\'')
        we--;
      /* "Ste H", "Bât B": a flat's letter */
      if (we <= p + 1 || is_unit_word (t + p, we - p))
        return 0;
      if (we - p <= 9 && is_street_word (t + p, we - p))
        return 0;
      VoileToken w = { .start = p, .end = we };
      voile_token_lookup_context (t, &w);
      if (w.context_flags
          & (VOILE_CONTEXT_STOP | VOILE_CONTEXT_TITLE | VOILE_CONTEXT_GREETING
             | VOILE_CONTEXT_CLOSING))
        return 0;
      words++;
      town_end = p = we;
      /* "Le Chesnay-Rocquencourt", "Durban North": one space between the words */
      if (p + 1 < end && t[p] == ' ' && is_upper_at (t, p + 1, end))
        p++;
      else
        break;
    }
  if (words == 0)
    return 0;
  p = town_end;
  /* "Paris 11e", "Lyon 1er", "Marseille 6ème" */
  if (p + 2 < end && t[p] == ' ' && g_ascii_isdigit (t[p + 1]))
    {
      gsize q = p + 1;
      while (q < end && q < p + 3 && g_ascii_isdigit (t[q]))
        q++;
      if (q < end && t[q] == 'e' && (q + 1 == end || !g_ascii_isalpha (t[q + 1])))
        town_end = p = q + 1;
      else if (q + 1 < end && t[q] == 'e' && t[q + 1] == 'r'
               && (q + 2 == end || !g_ascii_isalpha (t[q + 2])))
        town_end = p = q + 2;
      else if (q + 4 <= end && memcmp (t + q, "\xc3\xa8me", 4) == 0)
        town_end = p = q + 4;
    }
  /* The town ends its line, its cell or its clause: what follows is no more of a sentence. */
  gsize q = p;
  while (q < end && t[q] == ' ')
    q++;
  if (q == end)
    return town_end;
  if (q - p >= 2)
    return town_end; /* a column's gap */
  switch (t[q])
    {
      case ',':
        *comma = TRUE;
        return town_end;
      case '\t':
      case '|':
      case ';':
      case '.':
        /* (session 21, g21-addr) "45110 Zapopan, Jal.", "Monterrey, N.L.": a state's
         * abbreviation, a short word and its dot, closing the address */
        if (words == 1 && town_end - at <= 4)
          return 0;
        return town_end;
      case ')':
      case '(':
      case '"':
      case '\'': /* (session 22, g22-addr2) an SQL value's closing quote */
      case '\r':
        return town_end;
      default:
        return 0;
    }
}

/* "Songpa-gu", "Yeoksam-dong": a Korean district or neighbourhood, a line of the address
 * as its authors write it, not a town set apart. */
static gboolean
is_korean_district (const char *t, gsize start, gsize end)
{
  static const char *const suffixes[] = { "-gu", "-dong", "-gun", "-eup", "-myeon", NULL };

  for (const char *const *x = suffixes; *x != NULL; x++)
    {
      gsize n = strlen (*x);
      if (end - start > n && memcmp (t + end - n, *x, n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* (session 22, g22-addr2) The part before an address finding's last ", " is a building's
 * tower, block or wing and its number or letter ("…, Tower 2, Urbana", "…, Block C, …"). */
static gboolean
last_part_follows_building (const char *t, gsize start, gsize end)
{
  static const char *const buildings[]
      = { "tower", "block", "blk", "wing", "building", "bldg", NULL };
  gsize p = end, q;

  while (p > start + 2 && !(t[p - 1] == ' ' && t[p - 2] == ','))
    p--;
  if (p <= start + 2)
    return FALSE;
  q = p - 2; /* the comma */
  gsize b = q;
  while (b > start && q - b < 16 && t[b - 1] != ',')
    b--;
  while (b < q && t[b] == ' ')
    b++;
  gsize w = b;
  while (w < q && g_ascii_isalpha (t[w]))
    w++;
  if (w == b || w >= q || t[w] != ' ' || !voile_ascii_word_in (t + b, w - b, buildings))
    return FALSE;
  /* its number or its letter, nothing else */
  for (gsize i = w + 1; i < q; i++)
    if (!g_ascii_isalnum (t[i]))
      return FALSE;
  return q - (w + 1) >= 1 && q - (w + 1) <= 4;
}

/* The street part of an address finding ends at a comma when what follows is towns:
 * "11-13 avenue Victor Hugo, Vincennes", "12 Adeola Odeku Street, Victoria Island, Lagos".
 * Only numbered streets: "Rathmines, Dublin 6" and "The Granary, Pewley Down" are one line
 * of an address. Fills towns[] (start, end pairs, last first); returns how many. */
static guint
towns_inside (VoileNameCollector *c, const VoileFinding *f, gsize towns[][2])
{
  const char *t = c->text;
  gboolean comma;
  gsize end = f->end;
  guint n = 0;

  guint most = TOWNS_CHAINED_MAX;

  if (!g_ascii_isdigit (t[f->start]))
    {
      /* "Flat 12B, Block 3, Kornhill Gardens, Quarry Bay", "House R-17, Block 6, Gulshan-e-
       * Iqbal, Lahore", "Villa 23, Cité Djily Mbaye, Thiès": a numbered flat, house or villa
       * opens the address as a street's number does. Its town is the last part only: the
       * parts before are the estate's and the district's lines. */
      gsize w = word_end (t, f->start, f->end), q = w;
      if (!is_unit_word (t + f->start, w - f->start) || q + 1 >= f->end || t[q] != ' ')
        return 0;
      for (q++; q < f->end && t[q] != ',' && t[q] != ' '; q++)
        if (g_ascii_isdigit (t[q]))
          break;
      if (q >= f->end || !g_ascii_isdigit (t[q]))
        return 0;
      /* Not "Unit 2, Kirkbride Airfield", "Flat 2, The Maltings" (the premises' name), nor
       * an abbreviation ("…, Brgy. Navarro"). */
      guint commas = 0;
      for (q = f->start; q < f->end; q++)
        commas += t[q] == ',';
      if (commas < 2 || (f->end < c->len && t[f->end] == '.'))
        return 0;
      /* (session 22, g22-addr2) "Flat 4C, Tower 2, Urbana": right after the building's
       * tower, block or wing comes the estate's name, not a town (which needs a part of its
       * own before it: "House R-17, Block 6, Gulshan-e-Iqbal, Lahore") */
      if (commas == 2 && last_part_follows_building (t, f->start, f->end))
        return 0;
      most = 1;
    }
  while (n < most)
    {
      gsize p = end;
      while (p > f->start + 2 && !(t[p - 1] == ' ' && t[p - 2] == ','))
        p--;
      if (p <= f->start + 2)
        break;
      gsize e = read_town (c, p, end, &comma);
      if (e != end || comma || is_korean_district (t, p, end))
        break;
      towns[n][0] = p;
      towns[n][1] = end;
      n++;
      end = p - 2;
    }
  return n;
}

/* "1120 Concession Rd 6, Simcoe", "P.O. Box 19873-00100, Nairobi": a road's number or a
 * box's postal code the address finding left out, before the comma of the town. Returns
 * the index after it, or p. */
static gsize
after_street_number (const char *t, gsize p, gsize line_end)
{
  gsize q = p + 1;

  if (q >= line_end || (t[p] != ' ' && t[p] != '-'))
    return p;
  while (q < line_end && q - p <= 6 && g_ascii_isdigit (t[q]))
    q++;
  if (q == p + 1 || q - p > 6 || q + 1 >= line_end || t[q] != ',' || t[q + 1] != ' ')
    return p;
  return q;
}

/* (session 20, g20-addr) Countries an international address ends with that
 * voile_name_is_country() lacks ("…, 6688311 Tel Aviv, Israël"), folded. Kept apart: many are
 * given names or words too (Jordan, Georgia, Maurice, Chili), which that list would drop as
 * people wherever they follow a comma; here they end an address, capitalised. */
static gboolean
is_other_country (const char *s, gsize n)
{
  static const char *const more[]
      = { "israël",     "israel",     "malta",     "malte",     "iran",      "cuba",
          "chili",      "corée",      "chypre",    "cyprus",    "jordan",    "jordanie",
          "égypte",     "egypte",     "brasil",    "latvia",    "estonia",   "iceland",
          "islande",    "ecuador",    "équateur",  "uruguay",   "georgia",   "bolivia",
          "bolivie",    "arménie",    "armenia",   "maurice",   "mauritius", "paraguay",
          "colombie",   "slovenia",   "indonésie", "thaïlande", "ethiopie",  "éthiopie",
          "argentine",  "kazakhstan", "lithuania", "guatemala", "venezuela", "belarus",
          "costa rica", NULL };
  if (n == 0 || n > 40)
    return FALSE;
  g_autofree char *folded = g_utf8_casefold (s, (gssize)n);
  for (const char *const *w = more; *w != NULL; w++)
    if (strcmp (folded, *w) == 0)
      return TRUE;
  /* The shared list was asked first, on the text as written (it folds case itself). */
  return FALSE;
}

/* (session 22, g22-addr2) A federation's state, the part after the town that ends its
 * address as a country does: Malaysia's states and federal territories (a closed list:
 * "…, 47300 Petaling Jaya, Selangor", "…, 31400 Ipoh, Perak"). */
static gboolean
is_state_name (const char *s, gsize n)
{
  static const char *const states[]
      = { "johor",   "kedah",           "kelantan",   "melaka",
          "malacca", "negeri sembilan", "pahang",     "perak",
          "perlis",  "pulau pinang",    "penang",     "sabah",
          "sarawak", "selangor",        "terengganu", "wilayah persekutuan",
          NULL };
  return n >= 4 && n <= 19 && strchr ("JKMNPSTWjkmnpstw", s[0]) != NULL
         && voile_ascii_word_in (s, n, states);
}

static gboolean
is_country_or_state (VoileNameCollector *c, gsize start, gsize end)
{
  return voile_name_is_country (c->text + start, end - start)
         || is_state_name (c->text + start, end - start)
         || (((guchar)c->text[start] >= 0x80 || g_ascii_isupper (c->text[start]))
             && is_other_country (c->text + start, end - start))
         /* "…, Dallas, TX": a state's or a province's code */
         || (end - start <= 3 && g_ascii_isupper (c->text[start])
             && g_ascii_isupper (c->text[end - 1]));
}

/* (session 19) "Cité Keur Gorgui, villa 212", "Av. Chapultepec 480, Int. 7": an address
 * finding that ends on a flat's, a villa's or an interior's number after its street's comma,
 * not on a postcode, so
 * that its town may follow as after a street ("…, villa 212, Dakar"). */
static gboolean
ends_on_unit_number (const char *t, const VoileFinding *f)
{
  gsize e = f->end, p = e;

  while (p > f->start && e - p < 6 && g_ascii_isalnum (t[p - 1]))
    p--;
  if (p == e || !g_ascii_isdigit (t[p]) || p <= f->start + 1)
    return FALSE;
  /* (session 20, g20-addr) a quarter's house number: "Hay Al Farah, rue 12 n° 31",
   * "Derb Sidi Ahmed Chaoui, n° 12" */
  {
    gsize m = t[p - 1] == ' ' ? p - 1 : p;
    if (m >= f->start + 4 && (guchar)t[m - 2] == 0xC2
        && ((guchar)t[m - 1] == 0xB0 || (guchar)t[m - 1] == 0xBA)
        && (t[m - 3] == 'n' || t[m - 3] == 'N') && t[m - 4] == ' ')
      return TRUE;
  }
  /* "villa 212", "Int. 7", "apt 3B" */
  gsize w = p - 1;
  if (t[w] != ' ')
    return FALSE;
  if (w > f->start && t[w - 1] == '.')
    w--;
  gsize s = w;
  while (s > f->start && w - s < 12 && g_ascii_isalpha (t[s - 1]))
    s--;
  /* after a street and its comma: a finding that is the flat alone ("Flat 2", then ", The
   * Maltings") is followed by its building's name, not by a town */
  return s < w && s >= f->start + 3 && t[s - 1] == ' ' && t[s - 2] == ','
         && is_unit_word (t + s, w - s);
}

/* (session 24, g24-addr) The part after the comma at e is the country that ends the address
 * ("…, Block 428, Seef, Kingdom of Bahrain", "…, villa 212, Dakar, Senegal"): the part before
 * it is the town, not a district the street line goes on with. */
static gboolean
country_part_after (VoileNameCollector *c, gsize e, gsize line_end)
{
  const char *t = c->text;
  gsize s = e + 2, q;

  if (s >= line_end || t[e] != ',' || t[e + 1] != ' ')
    return FALSE;
  /* "Kingdom of Bahrain", "State of Qatar", "Republic of Kenya" */
  for (q = s; q < line_end && q - s < 16 && g_ascii_isalpha (t[q]); q++)
    ;
  if (q + 4 < line_end && q > s && memcmp (t + q, " of ", 4) == 0 && g_ascii_isupper (t[s]))
    s = q + 4;
  for (q = s; q < line_end && q - s < 40
              && (g_ascii_isalpha (t[q]) || (guchar)t[q] >= 0x80 || t[q] == ' ' || t[q] == '-');
       q++)
    ;
  while (q > s && t[q - 1] == ' ')
    q--;
  if (q == s || (q < line_end && g_ascii_isalnum (t[q])))
    return FALSE;
  if (is_country_or_state (c, s, q))
    return TRUE;
  /* (session 24, g24-addr) "…, Block 15, Gulistan-e-Jauhar, Karachi": a district, then the
   * town ending the line (not "…, apto 402, Savassi," above the town's own line) */
  gboolean comma = FALSE;
  gsize te = read_town (c, e + 2, line_end, &comma);
  if (te == 0 || comma)
    return FALSE;
  while (te < line_end && te - e < 64 && (t[te] == ' ' || t[te] == '\r'))
    te++;
  return te == line_end;
}

void
voile_name_find_towns_after_streets (VoileNameCollector *c, guint first, gsize line_end)
{
  GArray *findings = c->result->findings;
  const char *t = c->text;

  if (!(c->type_mask & VOILE_TYPE_BIT (VOILE_TYPE_LOCATION)))
    return;
  for (guint i = first; i < findings->len; i++)
    {
      VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      gsize p;
      gboolean comma = FALSE;

      if (f->start >= line_end)
        break;
      if (f->type != VOILE_TYPE_POSTAL_ADDRESS || f->end > line_end)
        continue;
      /* a street: the finding ends on a word, not on a postcode; or a post-office box
       * ("P.O. Box 30197, Nairobi": its town follows as a street's does) */
      if (!g_ascii_isalpha (t[f->end - 1]) && (guchar)t[f->end - 1] < 0x80
          && !ends_on_unit_number (t, f)
          && !(f->end - f->start > 6
               && (memcmp (t + f->start, "P.O. Box", MIN (8, f->end - f->start)) == 0
                   || memcmp (t + f->start, "PO Box", 6) == 0
                   /* (session 25, g25-addr) the Postal Service's capitals */
                   || memcmp (t + f->start, "PO BOX", 6) == 0)))
        continue;
      gsize towns[TOWNS_CHAINED_MAX][2];
      guint n_towns = towns_inside (c, f, towns);
      if (n_towns > 0 && !is_country_or_state (c, towns[0][0], towns[0][1]))
        {
          /* The findings stay sorted by start and apart: only the end moves back. */
          f->end = towns[n_towns - 1][0] - 2;
          for (guint k = n_towns; k-- > 0;)
            voile_name_collector_add_location (c, towns[k][0], towns[k][1], CONFIDENCE_LOCATION);
          continue;
        }
      /* (session 21, g21-addr) HL7 v2's and HPRIM's address (XAD): the street, "^" and the
       * other designation, "^" and the city, "^" ("22 AVENUE DE LODEVE^^MONTPELLIER^^34070",
       * "3 RUE DU PORT^Bât B^LOCMARIAQUER^^56740"), in a segment's '|' field */
      if (f->end < line_end && t[f->end] == '^')
        {
          gsize s = f->end + 1;
          while (s < line_end && s - f->end < 64 && t[s] != '^' && t[s] != '|')
            s++;
          if (s < line_end && t[s] == '^' && is_upper_at (t, s + 1, line_end))
            {
              gsize e = ++s;
              while (e < line_end && e - s < 48
                     && (g_ascii_isalpha (t[e]) || (guchar)t[e] >= 0x80 || t[e] == ' '
                         || t[e] == '-' || t[e] == '\''))
                e++;
              if (e < line_end && t[e] == '^' && e - s >= 2 && t[e - 1] != ' '
                  && memchr (t + (f->start > 256 ? f->start - 256 : 0), '|',
                             f->start - (f->start > 256 ? f->start - 256 : 0))
                         != NULL
                  && !is_country_or_state (c, s, e) && !voile_name_collector_blocked (c, s, e))
                voile_name_collector_add_location (c, s, e, CONFIDENCE_LOCATION);
            }
          continue;
        }
      p = after_street_number (t, f->end, line_end);
      for (guint n = 0; n < TOWNS_CHAINED_MAX; n++)
        {
          gsize s = p + 2;
          /* "9 rue des Lilas à Bouguenais, digicode…": a numbered French street, then its
           * town in prose (not "ZA Ravine à Marquet", a place's own name) */
          if (n == 0 && (g_ascii_isdigit (t[f->start]) || ends_on_unit_number (t, f))
              && p + 4 < line_end && memcmp (t + p, " \xc3\xa0 ", 4) == 0)
            s = p + 4;
          else if (!(p + 2 < line_end && t[p] == ',' && t[p + 1] == ' '))
            break;
          gsize e = read_town (c, s, line_end, &comma);
          if (e == 0 || is_country_or_state (c, s, e) || is_korean_district (t, s, e)
              || voile_name_collector_blocked (c, s, e))
            break;
          /* after a flat's or a villa's number, the town ends the address: "…, villa 212,
           * Dakar, tél. …"; not "…, apto 402, Savassi," above the town's line, a district the
           * street line goes on with */
          if (n == 0 && comma && g_ascii_isdigit (t[f->end - 1])
              && !(e + 2 < line_end && t[e + 1] == ' ' && g_ascii_islower (t[e + 2]))
              && !country_part_after (c, e, line_end))
            break;
          voile_name_collector_add_location (c, s, e, CONFIDENCE_LOCATION);
          if (!comma)
            break;
          p = e;
          while (p < line_end && t[p] == ' ')
            p++;
        }
    }
}
