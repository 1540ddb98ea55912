/* voile-tables.c — column headers give their cells a type. */
/* memrchr() */
#define _GNU_SOURCE
#include "config.h"

#include "voile-tables.h"
#include "voile-ascii.h"

#include "voile-birth-ids.h"
#include "voile-double-space.h"

#include "voile-engine.h"
#include "voile-findings.h"
#include "voile-inverted-name.h"
#include "voile-json.h"
#include "voile-line.h"
#include "voile-name-lexicon.h"
#include "voile-person-nouns.h"
#include "voile-record-format.h"
#include "voile-table-copy.h"
#include "voile-validators.h"
#include "voile-word-before.h"

#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define MAX_COLUMNS 64
#define MAX_HEADER_CELL 48

/* g_ascii_tolower() is a call into GLib; these passes ask it for many bytes. */
static inline char
ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

typedef gboolean (*VoileCellCheck) (const char *cell, gsize len);

typedef struct
{
  VoileType type;
  /* Lower-case substrings of the header cell; "=x" means the whole cell is x. */
  const char *const *headers;
  VoileCellCheck check; /* NULL: only converts DATE findings (birth dates) */
  float confidence;
} VoileColumnRule;

static guint
count_digits (const char *s, gsize n)
{
  guint d = 0;
  for (gsize i = 0; i < n; i++)
    d += g_ascii_isdigit (s[i]) ? 1 : 0;
  return d;
}

/* "TEST-0001", "demo_02", "SAMPLE-3": a schema's sample rows, nobody's. */
static gboolean
cell_is_placeholder (const char *s, gsize n)
{
  static const char *const words[] = { "test", "demo", "sample", "dummy", "example", NULL };
  gsize k = 0;
  while (k < n && g_ascii_isalpha (s[k]))
    k++;
  return k >= 4 && k < n && strchr ("-_ ", s[k]) != NULL && voile_ascii_word_in (s, k, words);
}

static gboolean
cell_is_reference (const char *s, gsize n)
{
  /* "xJ0nQ4lRkT2bWz8eYc1p3A==": a platform's id in base64, padded */
  if (n >= 18 && s[n - 1] == '=')
    n -= s[n - 2] == '=' ? 2 : 1;
  if (n < 3 || n > 32 || count_digits (s, n) < 2)
    return FALSE;
  /* "B0CX7K2L9M": an Amazon product's ASIN */
  if (n == 10 && (s[0] == 'B' || s[0] == 'b') && s[1] == '0')
    {
      gsize k = 2;
      while (k < n && g_ascii_isalnum (s[k]))
        k++;
      if (k == n)
        return FALSE;
    }
  /* "2024" under "Mandat" or "Employee since": a year; "06/2027" under "Fin mandat": its
   * end; "INV2291" beside customer numbers under "Account Ref": an invoice */
  if (n == 4 && count_digits (s, n) == 4
      && (strncmp (s, "19", 2) == 0 || strncmp (s, "20", 2) == 0))
    return FALSE;
  if (voile_is_month_year (s, n) || voile_is_document_number (s, n) || cell_is_placeholder (s, n))
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isalnum (s[i]) && strchr ("-/._ ", s[i]) == NULL)
      return FALSE;
  /* "GPL-2.0", "v1.4": a licence's or a version's name, not a person's number. */
  if (memchr (s, '.', n) != NULL && count_digits (s, n) < 4)
    return FALSE;
  /* "38.90": a price, not a reference. */
  if (n >= 4 && s[n - 3] == '.' && count_digits (s, n) == n - 1)
    return FALSE;
  /* "449 Motor Vehicle Expenses" (a ledger's account and its name), "CDI 35h" (a contract's
   * kind and hours): a word written in lower case, or a number with its unit, is no part
   * of a reference. */
  for (gsize i = 0; i < n;)
    {
      while (i < n && s[i] == ' ')
        i++;
      gsize w = i, lower = 0, digits = 0;
      while (i < n && s[i] != ' ')
        {
          lower += g_ascii_islower (s[i]) ? 1 : 0;
          digits += g_ascii_isdigit (s[i]) ? 1 : 0;
          i++;
        }
      if ((digits == 0 && lower >= 2)
          || (digits > 0 && g_ascii_isdigit (s[w]) && i - w == digits + 1
              && g_ascii_islower (s[i - 1])))
        return FALSE;
    }
  return TRUE;
}

/* An "Account" / "N° compte" column holds customers' or bank accounts, or a ledger's general
 * accounts ("411000", "512000": the class digit, then digits padded with zeros), which are
 * nobody's. */
static gboolean
cell_is_account_reference (const char *s, gsize n)
{
  if (n >= 6 && n <= 8 && s[0] >= '1' && s[0] <= '7' && s[n - 1] == '0' && count_digits (s, n) == n)
    return FALSE;
  return cell_is_reference (s, n);
}

/* A French ledger's export (FEC) names each entry's auxiliary account in "CompAuxNum": a
 * customer's, an employee's or a partner's account (C0087, S0003, A0001) is that person's
 * file at the accountant's; a supplier's ("F0014", "401…") is a firm's. */
static gboolean
cell_is_person_aux_account (const char *s, gsize n)
{
  if (n == 0 || s[0] == 'F' || s[0] == 'f' || (n >= 3 && strncmp (s, "401", 3) == 0))
    return FALSE;
  return cell_is_reference (s, n);
}

static const char *const aux_account_headers[]
    = { "=compauxnum", "=compte auxiliaire", "=n° compte auxiliaire", "=numéro auxiliaire", NULL };

static const VoileColumnRule account_column
    = { VOILE_TYPE_CUSTOMER_ID, NULL, cell_is_account_reference, 0.8f };

/* (g23-refs) A French hospital's patient number (IPP, "identifiant permanent du patient"): a
 * run of five digits or more, letters allowed, no decimal point (not an index's "104.3"). */
static gboolean
cell_is_patient_number (const char *s, gsize n)
{
  return count_digits (s, n) >= 5 && memchr (s, '.', n) == NULL && memchr (s, ' ', n) == NULL
         && cell_is_reference (s, n);
}

/* (g23-refs) The patient number every French hospital gives, under its word "IPP" as a whole
 * word ("IPP", "N° IPP", "ipp_patient"), whatever the table's rows are (an SMS log's, an
 * appointment list's, with no name column). */
static const char *const patient_number_headers[] = { "ipp", NULL };

static gboolean
cell_is_siren (const char *s, gsize n)
{
  char d[16];
  gsize k = voile_compact_alnum (s, n, d, sizeof d, FALSE);
  return k == 9 && count_digits (s, n) == 9 && voile_siren_is_valid (d, k);
}

static gboolean
cell_is_ssn (const char *s, gsize n)
{
  char d[16];
  gsize k = voile_compact_alnum (s, n, d, sizeof d, FALSE);
  return k == 9 && voile_us_ssn_is_valid (d, k);
}

static gboolean
cell_is_document_number (const char *s, gsize n)
{
  if (n < 6 || n > 24 || count_digits (s, n) < 2)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    /* (g23-ids) a national registration card's "204517/64/1": a slash after five signs at
     * least, so no date ("12/03/2026", "2026/03/12") */
    if (!g_ascii_isalnum (s[i]) && s[i] != '-' && s[i] != ' '
        && !(s[i] == '/' && memchr (s, '/', 5) == NULL && i + 1 < n))
      return FALSE;
  return TRUE;
}

static const char *const birth_headers[]
    = { "naiss", "birth", "=dob", "=d.o.b.", "=d.o.b", "=ddn", "=d.n.", "=né le", "=né(e) le",
        /* a registry's capitals without accents: "NE(E) LE" */
        "=ne le", "=nee le", "=born", "=bday", "=anniv", "=anniv.", "=anniversaire",
        "=date anniversaire", "=date d'anniversaire", "geburt", "nacimiento", "nascimento",
        /* SAP's Spanish "Fecha nac." */
        "fecha nac", "=f. nac.", "=fec. nac.",
        /* "dob_iso", "patient_dob", "Patient DOB" (not "adobe") */
        "dob_", "_dob", " dob",
        /* (session 22, g22-addr2) French's "ddn" so too: "ddn_visiteur", "enfant_ddn" */
        "ddn_", "_ddn", " ddn",
        /* (session 23, g23-addr) a school's export's "DATE_NAIS", "nais_eleve" (not
         * "connaissance") */
        "_nais", "nais_", " nais",
        /* (session 23, g23-dates) "naissance" cut to "nai" or "nais" after a date's word, as
         * information systems name their columns: "DATE_NAI_IND", "dateNais", "dt_nai" */
        "date_nai", "datenai", "date nai", "dt_nai", "dtnai", "dat_nai", "datnai", NULL };
static const char *const reference_headers[] = {
  "client", "account", "compte", "customer", "adhérent", "adherent", "dossier", "contrat",
  "contract", "member", "allocataire", "matricule", "policy", "police", "commande", "order", "=ref",
  "=réf", "=réf.", "=ref.", "référence", "reference", "abonné", "subscriber", "licence", "license",
  "ticket", "n° sinistre", "claim", "patient", "donor", "donateur", "souscripteur", "membership",
  "student", "élève", "usager", "=mrn", "employee", "employé", "=staff no", "payroll", "booking",
  "mandat", "=utr", "=emp #", "confirmation", "n° billet", "numéro de billet", "réservation",
  "reservation", "=attendee #", "nhs", "hospital no", "n° fiscal", "nuban", "inscription",
  "registration id", "registration #", "medicare", "=mbi", "record id", "contact id", "user id",
  "user_id", "=userid", "=pt no", "=pt no.", "=patient #",
  /* a pet's or a property's owner: a person */
  "owner id", "owner_id",
  /* the person a ledger or a scheme keeps an account for: a debtor ("A/C" in Sage's
   * aged debtors), a library's reader, a loyalty card's holder. Not "matter" (a
   * tracker's issue key in a time sheet) nor "guest" (beside a booking's "Ref"). */
  "debtor", "débiteur", "=a/c", "n° lecteur", "carte lecteur", "carte de lecteur", "loyalty card",
  "loyalty no", "loyalty number", "carte fidélité", "carte de fidélité", "=pnr",
  /* a law firm's matter ("00412-MacLeod"), a library's card ("carte | lecteur") */
  "matter number", "matter no", "matter ref", "=carte", "=n° carte",
  /* a worker's card in an access log ("Card#"; a coworking's "badge" beside the member's
   * id is a door's), SAP's personnel number
   * ("PERNR", "Pers.No."), an airline's crew, an injury log's case (OSHA's "(A) Case No.") */
  "=card#", "=card #", "=card no", "=card no.", "pernr", "pers.no", "pers. no", "personnel no",
  "personnel number", "crew id", "=crew no", "case no", "case #", "case number", "=case",
  /* a landowner's or a tenant's lease ("lease_id"; not "release") */
  "lease_id", "lease id", "lease no", "lease ref", "=lease",
  /* Mailchimp's member ids in every audience export */
  "=leid", "=euid",
  /* a social-housing request's "numéro unique" (NUD, départemental) */
  "=nud", "numéro unique", "numero unique", "num_unique",
  /* a student's SEVIS record, a survey's respondent (Qualtrics' "ResponseId", "External Data
   * Reference"), a refugee household's ("hh_id", UNHCR's proGres), a collector's "acct" */
  "sevis", "=responseid", "=response id", "=externalreference", "external data reference", "=hh_id",
  "household id", "progres", "=acct",
  /* a French voter's national number ("NNE"), Scotland's Community Health Index ("chi") */
  "=nne", "chi",
  /* a US State's Medicaid number; a town hall's or an office's register of requests, each
   * one person's ("N° demande" beside "Demandeur") */
  "medicaid", "demande", NULL
};
/* Columns that say a table's rows are people: its bare "id" column then numbers a person's
 * record (a users or contacts export), not a product or an event. */
static const char *const people_headers[]
    = { "email",      "e-mail",      "courriel",       "first name", "firstname",
        "first_name", "last name",   "lastname",       "last_name",  "prénom",
        "prenom",     "surname",     "nom de famille", "full name",  "full_name",
        "fullname",   "nom complet", "passenger",      "passager",   NULL };
/* "Customer Email", "Client name", "Billing Name": the e-mail or the name of the person a
 * row belongs to, so the row is something else (a payment, an order line): its bare "id"
 * numbers that thing. */
static gboolean
header_names_row_owner (const char *lower)
{
  static const char *const owners[]
      = { "customer", "client", "buyer",    "billing", "shipping",     "payer", "recipient",
          "sender",   "owner",  "acheteur", "payeur",  "destinataire", NULL };
  for (const char *const *o = owners; *o != NULL; o++)
    {
      gsize k = strlen (*o);
      if (strncmp (lower, *o, k) == 0 && (lower[k] == ' ' || lower[k] == '_'))
        return TRUE;
    }
  return FALSE;
}

/* "ref" alone names a product in a catalogue: columns that say the table is one. */
static const char *const generic_ref_headers[]
    = { "=ref", "=réf", "=réf.", "=ref.", "référence", "reference", NULL };
/* Words that make a "Référence …" column a person's file, whatever columns sit beside it. */
static const char *const owner_ref_headers[]
    = { "commande", "order",       "client", "customer", "dossier",
        "adhérent", "inscription", "member", "patient",  NULL };
static const char *const siren_headers[] = { "siren", NULL };
static const char *const ssn_headers[] = { "=ssn", "social security", NULL };
static gboolean
cell_is_address (const char *s, gsize n)
{
  /* "La Grande Métairie", "12 rue du Moulin": words, not a code. */
  guint capitals = 0;
  for (gsize i = 0; i < n; i++)
    if ((i == 0 || s[i - 1] == ' ') && (g_ascii_isupper (s[i]) || (guchar)s[i] == 0xC3))
      capitals++;
  /* "Flat 22", "Apt 3F": a flat's number in an address's second line. */
  return n >= 4 && n <= 80 && memchr (s, ' ', n) != NULL && memchr (s, '@', n) == NULL
         && (g_ascii_isdigit (s[0]) || capitals >= 2
             || (g_ascii_isupper (s[0]) && count_digits (s, n) > 0));
}

static const char *const address_headers[]
    = { "adresse", "address", "=rue", "=street", " street", "=voie",
        /* the second line's column: "Complément" (a flat, a building, a lieu-dit) */
        "=complément", "=complement", NULL };

/* "Address 1 - City", "Address 1 - Country", "Home Postal Code", "Adresse - Pays": one part
 * of a split address, which is no street (the city is a LOCATION, read by the name
 * finder; a postcode or a country alone is nobody's). */
static gboolean
header_is_address_part (const char *lower)
{
  static const char *const parts[]
      = { "city", "ville", "country", "pays", "region", "région", "state", "province",
          "postal code", "code postal", "postcode", "zip", "type", "label", "county", "département",
          /* Patreon's "Addressee": the name on the parcel */
          "addressee", NULL };
  for (const char *const *w = parts; *w != NULL; w++)
    if (strstr (lower, *w) != NULL)
      return TRUE;
  /* Qualtrics' "IPAddress", "ip_address", "MAC Address": a machine's address, whose second
   * header row ("IP Address") is no street. Not the end of "Ship Address". */
  static const char *const machines[]
      = { "ipaddress", "ip address", "ip_address", "mac address", NULL };
  for (const char *const *w = machines; *w != NULL; w++)
    {
      const char *hit = strstr (lower, *w);
      if (hit != NULL && (hit == lower || !g_ascii_isalpha (hit[-1])))
        return TRUE;
    }
  return FALSE;
}
static const char *const document_headers[]
    = { "passport", "passeport", "=cni", "carte d'identité", "pièce d'identité", "id card",
        "driving licen", "permis", "driver licen", "driver's licen", "drivers licen",
        /* South Africa's identity number, a national identity card's */
        "sa id number", "sa id no", "=sa id", "rsa id", "national id", "identity number",
        /* a seafarer's identity document, which a crew list gives beside the passport:
         * "Seaman's book", "SIRB", "Seafarer ID"; a Gulf State's "Civil ID" */
        "seaman", "seafarer", "=sirb", "sirb no", "civil id",
        /* a KYC export's "id_type, id_number" (TX DL, MATRICULA, passport) */
        "=id_number", "=id number", "=id no", "=id no.",
        /* (g22-ids2) the same in a snake_case export ("id_no" beside "client_name"); Sri
         * Lanka's, Pakistan's and Malaysia's identity cards under their own names */
        "=id_no", "=nic", "=nic no", "=nic_no", "=cnic", "=cnic no", "=cnic_no", "=mykad", "=ic no",
        "=ic_no",
        /* countries' identity numbers by their own names: India's, Nigeria's, Jamaica's,
         * Mexico's, Singapore's, Poland's, Romania's, the Philippines', a voter's card */
        "aadhaar", "aadhar", "=nin", "=trn", "=curp", "=nric", "=pesel", "=cnp", "philsys",
        "voter id", "voter card", "voter's card",
        /* a casino's or a hotel's register: "Pièce" (CNI, eID BE, Permis) then "N° pièce" */
        "n° pièce", "n° de pièce", "numéro de pièce", "numéro pièce",
        /* (g18-ids) the Emirates ID and the work permits a State issues ("labour_card_no") */
        "emirates id", "emirates_id", "labour card", "labour_card", "labor card", "labor_card",
        "work permit", "work_permit",
        /* (g21-tables) India's PAN under its own name, as "PAN:" is read in a label */
        "=pan", "=pan no", "=pan no.", "=pan number", "=pan_no", "=pan_number",
        /* (g23-ids) "Nat. ID", a national registration card's "NRC" (Zambia, Malawi) */
        "nat. id", "=nat id", "=nrc", "=nrc no", "=nrc no.", "=nrc_no",
        /* (g24-ids) Qatar's QID, Saudi Arabia's iqama, Bahrain's CPR, Indonesia's NIK */
        "=qid", "=qid no", "=qid no.", "=qid_no", "iqama", "=cpr", "=cpr no", "=cpr no.", "=cpr_no",
        "=nik", "=no. ktp", "=ktp", NULL };

/* (g23-ids) "SA_ID_No", "KE ID number", "gh_id": a country's ISO 3166 code, then "id" and a
 * number's word or nothing, names the country's identity number; not "to_id", "so_id", "my
 * id", "pt_id", "hr id", "co_id", "cr_id", "qa_id" (words or abbreviations before "id" in
 * other tables: the codes they spell are left out). */
static gboolean
header_is_country_id (const char *cell)
{
  static const char codes[]
      = "ae af al am ao au az ba bd bf bg bh bi bj bn bo br bw bz ca cf cg cl cm cn cu cv cy "
        "cz dj dk dz ec ee eg er es et fi fj fr ga gb gh gm gn gq gr gt gw gy hk hn ht hu ie "
        "il iq ir jm jo jp ke kg kh km kr kw kz lb lk lr ls lt lu lv ly ma md mg mk ml mm mn "
        "mt mu mv mw mx mz ne ng ni nl np nz om pe ph pk pl py ro rs ru rw sa sc sd se sg si "
        "sk sl sn sr ss sv sy sz td tg th tj tn tr tt tw tz ua ug uk uy uz ve vn ye za zm zw";
  gsize n = strlen (cell);
  if (n < 5 || n > 16 || !g_ascii_isalpha (cell[0]) || !g_ascii_isalpha (cell[1])
      || strchr (" _.-", cell[2]) == NULL || strncmp (cell + 3, "id", 2) != 0)
    return FALSE;
  gboolean known = FALSE;
  for (gsize k = 0; k + 1 < sizeof codes; k += 3)
    if (codes[k] == cell[0] && codes[k + 1] == cell[1])
      known = TRUE;
  if (!known)
    return FALSE;
  const char *rest = cell + 5;
  if (*rest == '\0')
    return TRUE;
  if (strchr (" _.-", *rest) == NULL)
    return FALSE;
  rest++;
  static const char *const numbers[] = { "no", "no.", "number", "num", "nr", "#", NULL };
  for (const char *const *w = numbers; *w != NULL; w++)
    if (strcmp (rest, *w) == 0)
      return TRUE;
  return FALSE;
}

/* "07823 441906", "+44 (0)20 7946 0018", "06.71.30.84.52" under "Phone", "Mobile",
 * "Téléphone": a number the phone rules may miss when another cell's digits follow it. */
static gboolean
nine_digits_in_groups (const char *s, gsize n)
{
  gsize group = 0, groups = 0, shortest = G_MAXSIZE;

  for (gsize i = 0; i <= n; i++)
    if (i < n && g_ascii_isdigit (s[i]))
      group++;
    else if (i == n || s[i] == ' ')
      {
        if (group == 0)
          return FALSE;
        shortest = MIN (shortest, group);
        groups++;
        if (i == n)
          return groups >= 3 && shortest >= 2 && group >= 2 && (group >= 3 || groups == 4);
        group = 0;
      }
    else
      return FALSE;
  return FALSE;
}

static gboolean
cell_is_phone (const char *s, gsize n)
{
  guint digits = count_digits (s, n);
  /* New Caledonia's "75 22 19", French Polynesia's "87 73 24 91": six or eight digits in
   * pairs, under a phone header only */
  if ((digits == 6 || digits == 8) && n == digits + digits / 2 - 1)
    {
      for (gsize i = 0; i < n; i++)
        if (i % 3 == 2 ? s[i] != ' ' : !g_ascii_isdigit (s[i]))
          return FALSE;
      return TRUE;
    }
  if (n > 24 || digits < 9 || digits > 15)
    return FALSE;
  /* A newsletter or SMS tool's export writes the number with its country code and no '+'
   * ("33612448019", "2250707381264"); a US one "806-555-0149": ten digits at least then. */
  if (!(s[0] == '+' || s[0] == '0' || s[0] == '(') && !(g_ascii_isdigit (s[0]) && digits >= 10))
    return FALSE;
  /* A national number has ten digits at least ("06 54 32 19 8" lost one), or nine in
   * whole groups, the last of three or four: New Zealand's "021 448 302", "03 443 7719",
   * Belgium's "02 506 96 11" */
  if (s[0] == '0' && s[1] != '0' && digits < 10 && !nine_digits_in_groups (s, n))
    return FALSE;
  /* (session 25, g25-phones) "254700000001" under "MSISDN": a sandbox's number, five zeros
   * in a row */
  guint zeros = 0;
  for (gsize i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]) && strchr ("+-. ()", s[i]) == NULL)
        return FALSE;
      zeros = s[i] == '0' ? zeros + 1 : 0;
      if (zeros >= 5)
        return FALSE;
    }
  return TRUE;
}

static const char *const phone_headers[]
    = { "phone", "mobile", "téléphone", "telephone", "portable", "=tel", "=tel.", "=tél", "=tél.",
        /* Brevo's and Mailchimp's column of the number texts are sent to */
        "=gsm", "=cell", "=sms", "whatsapp",
        /* "tél client", "tél. domicile": the phone of whom the next word says */
        "tél ", "tél.",
        /* (session 25, g25-phones) a telecom's word for the subscriber's number: "CUSTOMER
         * MSISDN", "msisdn" */
        "msisdn", NULL };

/* A rent roll or a property manager's export names each let by its street: "4820 de Bullion",
 * "212 Fairmount O" under "Property". The header also names a kind of thing in other tables
 * ("Property | Type" in an API's reference), so only a house number then a capitalised word
 * passes: no "3 bedrooms", no "Max Width". */
static const char *const property_headers[]
    = { "=property", "=rental property", "=propriété", "=immeuble", "=bien loué", NULL };

static gboolean
cell_is_street_line (const char *s, gsize n)
{
  gsize i = 0;
  while (i < n && i < 6 && g_ascii_isdigit (s[i]))
    i++;
  if (i == 0 || i == 6 || n > 60 || memchr (s, '@', n) != NULL)
    return FALSE;
  if (i < n && g_ascii_isalpha (s[i]) && i + 1 < n && s[i + 1] == ' ') /* "12B rue…" */
    i++;
  if (i >= n || s[i] != ' ')
    return FALSE;
  for (; i + 1 < n; i++)
    if (s[i] == ' ' && (g_ascii_isupper (s[i + 1]) || (guchar)s[i + 1] == 0xC3))
      return TRUE;
  return FALSE;
}

/* Shopify's orders export names each order in its "Name" column: "#1043". */
static const char *const order_name_headers[] = { "=name", NULL };

static gboolean
cell_is_order_name (const char *s, gsize n)
{
  /* The '#' was left out by apply_to_cell(): it must have been there. */
  if (n < 4 || n > 8 || s[-1] != '#')
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

/* A birth date the date rules do not take: a birthday without its year, as vCards and
 * Google Contacts write it ("--05-17", "--0517"), or a compact "19900416". */
static gboolean
cell_is_birthday (const char *s, gsize n)
{
  char d[8];
  gsize k = 0;
  gboolean yearless = n >= 6 && s[0] == '-' && s[1] == '-';

  /* Mailchimp's "Birthday" field: "03/14", the month then the day (or the day first) */
  if (n == 5 && s[2] == '/' && g_ascii_isdigit (s[0]) && g_ascii_isdigit (s[1])
      && g_ascii_isdigit (s[3]) && g_ascii_isdigit (s[4]))
    {
      guint a = (guint)((s[0] - '0') * 10 + (s[1] - '0'));
      guint b = (guint)((s[3] - '0') * 10 + (s[4] - '0'));
      return (a >= 1 && a <= 12 && b >= 1 && b <= 31) || (b >= 1 && b <= 12 && a >= 1 && a <= 31);
    }

  for (gsize i = yearless ? 2 : 0; i < n; i++)
    {
      if (g_ascii_isdigit (s[i]) && k < sizeof d)
        d[k++] = s[i];
      else if (!(s[i] == '-' && yearless && i == 4) || !g_ascii_isdigit (s[n - 1]))
        return FALSE;
    }
  if (yearless ? k != 4 : k != 8)
    return FALSE;
  const char *md = yearless ? d : d + 4;
  guint month = (guint)((md[0] - '0') * 10 + (md[1] - '0'));
  guint day = (guint)((md[2] - '0') * 10 + (md[3] - '0'));
  gboolean valid = month >= 1 && month <= 12 && day >= 1 && day <= 31;
  if (yearless)
    return valid;
  if (valid && (strncmp (d, "19", 2) == 0 || strncmp (d, "20", 2) == 0))
    return TRUE;
  /* DSN and payroll files write birth dates DDMMYYYY: "12051992" */
  day = (guint)((d[0] - '0') * 10 + (d[1] - '0'));
  month = (guint)((d[2] - '0') * 10 + (d[3] - '0'));
  return (strncmp (d + 4, "19", 2) == 0 || strncmp (d + 4, "20", 2) == 0) && month >= 1
         && month <= 12 && day >= 1 && day <= 31;
}

/* Accounting and analytics exports write their dates compact: the FEC's "EcritureDate"
 * and "PieceDate" columns ("20261003"), a report's "Date" column. The date rules leave eight
 * digits alone (an order number looks the same); the header tells. */
static const char *const date_headers[] = { "date", NULL };

static gboolean
cell_is_compact_date (const char *s, gsize n)
{
  return n == 8 && s[0] != '-' && cell_is_birthday (s, n);
}

/* A password column ("password", "userPassword", "mot de passe"): its cells are the
 * passwords or their hashes ("{SSHA}…", "$2y$10$…"), unless a placeholder stands there. */
static gboolean
cell_is_password (const char *s, gsize n)
{
  static const char *const placeholders[]
      = { "none", "null",     "n/a",      "yes",    "no",       "true",   "false",  "oui", "non",
          "set",  "changeme", "password", "secret", "redacted", "hidden", "masqué", NULL };
  gboolean same = TRUE, letter_or_digit = FALSE;

  if (n < 4 || n > 256 || memchr (s, ' ', n) != NULL)
    return FALSE;
  /* "{SSHA}xxxxxxxx": a hash scheme (RFC 2307) before a placeholder. */
  const char *close = s[0] == '{' ? memchr (s, '}', MIN (n, 24)) : NULL;
  if (close != NULL && close > s + 1 && g_ascii_isalpha (s[1]))
    {
      n -= (gsize)(close + 1 - s);
      s = close + 1;
      if (n < 4)
        return FALSE;
    }
  for (gsize i = 0; i < n; i++)
    {
      same &= s[i] == s[0];
      letter_or_digit |= g_ascii_isalnum (s[i]);
    }
  /* "********", "xxxxxx", "<password>", "${LDAP_PASS}", "{{ pass }}" */
  if (same || !letter_or_digit || s[0] == '<' || (s[0] == '$' && n > 1 && s[1] == '{')
      || (s[0] == '{' && n > 1 && s[1] == '{'))
    return FALSE;
  return !voile_ascii_word_in (s, n, placeholders);
}

static const char *const password_headers[]
    = { "password", "passwd", "mot de passe", "=mdp", "=pwd", NULL };

/* column_rules[DOCUMENT_COLUMN_RULE] is the identity documents', [PHONE_COLUMN_RULE] the
 * phones' */
#define DOCUMENT_COLUMN_RULE 4
#define PHONE_COLUMN_RULE 6
static const VoileColumnRule column_rules[] = {
  { VOILE_TYPE_DATE_OF_BIRTH, birth_headers, cell_is_birthday, 0.93f },
  { VOILE_TYPE_SECRET, password_headers, cell_is_password, 0.9f },
  { VOILE_TYPE_FR_SIREN, siren_headers, cell_is_siren, 0.95f },
  { VOILE_TYPE_US_SSN, ssn_headers, cell_is_ssn, 0.95f },
  { VOILE_TYPE_ID_DOCUMENT, document_headers, cell_is_document_number, 0.85f },
  { VOILE_TYPE_POSTAL_ADDRESS, address_headers, cell_is_address, 0.75f },
  { VOILE_TYPE_PHONE, phone_headers, cell_is_phone, 0.8f },
  { VOILE_TYPE_POSTAL_ADDRESS, property_headers, cell_is_street_line, 0.75f },
  { VOILE_TYPE_CUSTOMER_ID, order_name_headers, cell_is_order_name, 0.8f },
  { VOILE_TYPE_CUSTOMER_ID, aux_account_headers, cell_is_person_aux_account, 0.8f },
  { VOILE_TYPE_CUSTOMER_ID, patient_number_headers, cell_is_patient_number, 0.8f },
  /* After the others: "Passport issue date" is the document's column. */
  { VOILE_TYPE_DATE, date_headers, cell_is_compact_date, 0.8f },
  /* Last: "n° client" must not shadow a more specific header. */
  { VOILE_TYPE_CUSTOMER_ID, reference_headers, cell_is_reference, 0.8f },
};

typedef struct
{
  gsize start, end; /* trimmed of spaces and quotes */
} Cell;

static gsize
last_birth_keyword (const char *t, gsize from, gsize to);
static gboolean
sql_column_is_contact_key (const char *name, gsize n);
static gboolean
sql_column_is_firm_account (const char *name, gsize n);

/* "Patient (DOB)", "Nom (date de naissance)": the bracketed hint that strip_hint() leaves out
 * says the cells hold a birth date beside the name. */
static gboolean
hint_is_birth (const char *t, gsize s, gsize e)
{
  const char *open = memchr (t + s, '(', e - s);
  const char *close = open != NULL ? memchr (open, ')', (gsize)(t + e - open)) : NULL;
  return close != NULL && close - open <= 24
         && last_birth_keyword (t, (gsize)(open + 1 - t), (gsize)(close - t)) != G_MAXSIZE;
}

/* A header cell's remark in brackets at its end, longer than the hints strip_hint() drops
 * (14 to 48 bytes, after a space and two letters of words at least), is left out of the
 * cell, unless it is a birth hint ("Patient (date of birth of the child)"). */
static void
trim_header_remark (const char *t, Cell *cell)
{
  gsize s = cell->start, e = cell->end;
  while (e > s && t[e - 1] == ' ')
    e--;
  if (e - s < 18 || t[e - 1] != ')')
    return;
  gsize open = e - 1;
  while (open > s && e - open <= 48 && t[open] != '(')
    open--;
  if (t[open] != '(' || e - open <= 14 || e - open > 48 || open < s + 3 || t[open - 1] != ' '
      || !g_ascii_isalpha (t[open - 2]) || hint_is_birth (t, open, e))
    return;
  for (gsize k = open + 1; k + 1 < e; k++)
    if (t[k] == '(' || t[k] == ')')
      return;
  gsize w = open - 1;
  while (w > s && t[w - 1] == ' ')
    w--;
  cell->end = w;
}

/* Bytes of code, not of a column name: "len(customers)". */
static const guint8 code_byte[256] = {
  ['('] = 1, [')'] = 1, ['='] = 1, ['<'] = 1, ['>'] = 1, ['{'] = 1, ['}'] = 1, ['['] = 1,
  [']'] = 1, ['$'] = 1, [';'] = 1, ['/'] = 1, ['*'] = 1, ['#'] = 1, ['&'] = 1,
};

/* Is h in cell as a whole word or identifier part? "order" names "order_id" and "n° order",
 * not "reorder_point"; glued to an id word ("customerid", "numclient") it still is. */
static gboolean
cell_has_word (const char *cell, const char *h)
{
  static const char *const glued[] = { "id", "no", "nr", "num", "ref", "code", NULL };
  gsize n = strlen (h);

  for (const char *p = strstr (cell, h); p != NULL; p = strstr (p + 1, h))
    {
      /* "numclient", "refclient", "idcustomer": glued the other way. */
      const char *ws = p;
      while (ws > cell && g_ascii_isalpha (ws[-1]))
        ws--;
      gboolean prefix_ok = ws == p;
      for (const char *const *g = glued; *g != NULL && !prefix_ok; g++)
        prefix_ok = (gsize)(p - ws) == strlen (*g) && strncmp (ws, *g, strlen (*g)) == 0;
      if (!prefix_ok)
        continue;
      if (!g_ascii_isalpha (p[n]))
        return TRUE;
      for (const char *const *g = glued; *g != NULL; g++)
        if (strncmp (p + n, *g, strlen (*g)) == 0)
          return TRUE;
    }
  return FALSE;
}

/* Lower-cases the header cell h[0..n) into out (room for MAX_HEADER_CELL + 1), leaving out
 * a bracketed hint of up to 12 bytes: "Né(e) le" gives "né le", "Date de naissance
 * (JJ/MM/AAAA)" gives "date de naissance". Returns the length written. */
static gsize
strip_hint (const char *h, gsize n, char *out)
{
  gsize k = 0;

  for (gsize i = 0; i < n && k < MAX_HEADER_CELL; i++)
    {
      const char *close = h[i] == '(' ? memchr (h + i, ')', n - i) : NULL;
      if (close != NULL && close - (h + i) <= 13)
        {
          i = (gsize)(close - h);
          continue;
        }
      /* (session 24, g24-dates) a registry's capitals keep their accents: "NÉ(E) LE",
       * "RÉFÉRENCE" fold to "né(e) le", "référence" (Latin-1's capitals, À to Þ but ×) */
      if ((guchar)h[i] == 0xC3 && i + 1 < n && (guchar)h[i + 1] >= 0x80 && (guchar)h[i + 1] <= 0x9E
          && (guchar)h[i + 1] != 0x97 && k + 1 < MAX_HEADER_CELL)
        {
          out[k++] = h[i];
          out[k++] = (char)((guchar)h[i + 1] + 0x20);
          i++;
          continue;
        }
      out[k++] = ascii_lower (h[i]);
    }
  while (k > 0 && out[k - 1] == ' ')
    k--;
  out[k] = '\0';
  return k;
}

/* One bit for a pair of adjacent bytes: a header can only be in a cell that holds its first
 * two bytes side by side. */
static inline guint
bigram_index (guchar a, guchar b)
{
  return (a * 7u + b) % 64;
}

static inline guint64
bigram_bit (guchar a, guchar b)
{
  return G_GUINT64_CONSTANT (1) << bigram_index (a, b);
}

/* Per column rule, the bigram_bit()s of each header's first and last two bytes (in header
 * order) and their union: computed once, the header loop costs one test per header (a cell
 * holding the header holds both), and a cell sharing no bigram with any header of a rule
 * skips that rule. */
/* reference_headers holds 127: a list past 128 needs a third word in the bitsets below */
#define MAX_HEADERS 128
static guint64 header_bigrams[G_N_ELEMENTS (column_rules)][MAX_HEADERS];
static guint64 rule_bigrams[G_N_ELEMENTS (column_rules)];
/* Per column rule and bigram_index() of a first two bytes, the headers starting so (a bit
 * per header): a cell is asked only about the headers whose first two bytes it holds, not
 * about each of a rule's dozens of headers in turn. */
static guint64 headers_by_first[G_N_ELEMENTS (column_rules)][64][MAX_HEADERS / 64];
static guint64 rule_first_bigrams[G_N_ELEMENTS (column_rules)];

static void
compute_header_bigrams (void)
{
  static gsize done = 0;

  if (!g_once_init_enter (&done))
    return;
  for (gsize r = 0; r < G_N_ELEMENTS (column_rules); r++)
    {
      guint k = 0;
      for (const char *const *h = column_rules[r].headers; *h != NULL; h++, k++)
        {
          const guchar *word = (const guchar *)*h + ((*h)[0] == '=' ? 1 : 0);
          g_assert (k < MAX_HEADERS);
          /* Every header has two bytes at least (word[1] is not NUL). */
          /* Its first and its last two bytes: both are in a cell that holds it. */
          gsize n = strlen ((const char *)word);
          header_bigrams[r][k]
              = bigram_bit (word[0], word[1]) | bigram_bit (word[n - 2], word[n - 1]);
          rule_bigrams[r] |= header_bigrams[r][k];
          headers_by_first[r][bigram_index (word[0], word[1])][k / 64] |= G_GUINT64_CONSTANT (1)
                                                                          << (k % 64);
          rule_first_bigrams[r] |= bigram_bit (word[0], word[1]);
        }
    }
  g_once_init_leave (&done, 1);
}

/* pairs: the bigram_bit() of each pair of adjacent bytes of cell (a cheap "can the header
 * be there" test before strstr). */
static gboolean
header_matches (const char *cell, guint64 pairs, gsize rule)
{
  const char *const *headers = column_rules[rule].headers;
  /* Reference words are common inside other words ("ipp" in "shipping"); "birthdate" must
   * still match. */
  gboolean whole_word = headers == reference_headers || headers == patient_number_headers;

  guint64 candidates[MAX_HEADERS / 64] = { 0 };

  if (rule == DOCUMENT_COLUMN_RULE && header_is_country_id (cell))
    return TRUE;
  if (!(pairs & rule_bigrams[rule]))
    return FALSE;
  for (guint64 firsts = pairs & rule_first_bigrams[rule]; firsts != 0; firsts &= firsts - 1)
    for (guint w = 0; w < MAX_HEADERS / 64; w++)
      candidates[w] |= headers_by_first[rule][__builtin_ctzll (firsts)][w];
  for (guint w = 0; w < MAX_HEADERS / 64; w++)
    for (guint64 m = candidates[w]; m != 0; m &= m - 1)
      {
        guint k = 64 * w + (guint)__builtin_ctzll (m);
        if ((pairs & header_bigrams[rule][k]) != header_bigrams[rule][k])
          continue;
        const char *h = headers[k];
        if (h[0] == '='  ? strcmp (cell, h + 1) == 0
            : whole_word ? cell_has_word (cell, h)
                         : strstr (cell, h) != NULL)
          /* "donor_hash", "member hash": a salted hash stands for the person without
           * naming their file (an anonymized export) */
          return !(whole_word && strstr (cell, "hash") != NULL);
      }
  return FALSE;
}

/* header_matches() for the word lists that are no column rule (asked of few cells): "=x" is
 * the whole cell, else a substring. */
static gboolean
list_matches (const char *cell, guint64 pairs, const char *const *headers)
{
  for (const char *const *h = headers; *h != NULL; h++)
    {
      const guchar *word = (const guchar *)*h + ((*h)[0] == '=' ? 1 : 0);
      if (!(pairs & bigram_bit (word[0], word[1])))
        continue;
      if ((*h)[0] == '=' ? strcmp (cell, *h + 1) == 0 : strstr (cell, *h) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Adds 1 to *count for one set bit of mask, 2 for two or more: the callers only ask for
 * "at least two". */
static inline void
count_up_to_two (guint *count, guint mask)
{
  *count += (mask != 0) + ((mask & (mask - 1)) != 0);
}

/* Finds the end of the line starting at s (its '\n', or len) and returns the separator of
 * that line if it looks like a table row, or 0: a tab, else the first of ';', '|', ','
 * found twice. One pass over the line, sixteen bytes at a time with SSE2: most lines hold
 * none of these bytes, and a call per byte kind cost more than the line. */
static char
line_scan (const char *t, gsize s, gsize len, gsize *line_end)
{
  guint tabs = 0, semicolons = 0, bars = 0, commas = 0;
  gsize i = s;

#if defined(__SSE2__)
  while (len - i >= 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(t + i));
      __m128i tab = _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\t'));
      __m128i semicolon = _mm_cmpeq_epi8 (v, _mm_set1_epi8 (';'));
      __m128i bar = _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('|'));
      __m128i comma = _mm_cmpeq_epi8 (v, _mm_set1_epi8 (','));
      guint nl = (guint)_mm_movemask_epi8 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\n')));
      guint before = nl != 0 ? (nl & -nl) - 1 : 0xFFFFu;
      __m128i any = _mm_or_si128 (_mm_or_si128 (tab, semicolon), _mm_or_si128 (bar, comma));

      /* Most blocks hold no separator at all: one test for the four. */
      if (((guint)_mm_movemask_epi8 (any) & before) != 0)
        {
          count_up_to_two (&tabs, (guint)_mm_movemask_epi8 (tab) & before);
          count_up_to_two (&semicolons, (guint)_mm_movemask_epi8 (semicolon) & before);
          count_up_to_two (&bars, (guint)_mm_movemask_epi8 (bar) & before);
          count_up_to_two (&commas, (guint)_mm_movemask_epi8 (comma) & before);
        }
      if (nl != 0)
        {
          i += (gsize)__builtin_ctz (nl);
          goto found;
        }
      i += 16;
    }
#endif
  for (; i < len && t[i] != '\n'; i++)
    switch (t[i])
      {
        case '\t':
          tabs++;
          break;
        case ';':
          semicolons++;
          break;
        case '|':
          bars++;
          break;
        case ',':
          commas++;
          break;
        default:
          break;
      }
found:
  *line_end = i;
  if (tabs > 0)
    return '\t';
  if (semicolons >= 2)
    return ';';
  if (bars >= 2)
    return '|';
  if (commas >= 2)
    return ',';
  return 0;
}

/* psql and Koha print a rule under a table's header: "----+-------+----". The position of the
 * line after it, or next when the line at next is no such rule. */
static gsize
skip_rule_line (const char *t, gsize len, gsize next)
{
  gsize i = next, dashes = 0;
  if (next >= len || (t[next] != '-' && t[next] != '+' && t[next] != '='))
    return next;
  for (; i < len && t[i] != '\n'; i++)
    {
      if (t[i] == '-' || t[i] == '=')
        dashes++;
      else if (t[i] != '+' && t[i] != ' ' && t[i] != ':' && t[i] != '\r')
        return next;
    }
  return dashes >= 3 && i < len ? i + 1 : next;
}

/* The line line_scan() read last: a table's next line is read ahead for its header, then
 * again as the next row or line; the second time is free. */
typedef struct
{
  gsize start, end;
  char sep;
} LineMemo;

static char
line_scan_memo (const char *t, gsize s, gsize len, gsize *line_end, LineMemo *memo)
{
  if (memo->start != s)
    {
      memo->start = s;
      memo->sep = line_scan (t, s, len, &memo->end);
    }
  *line_end = memo->end;
  return memo->sep;
}

/* The first byte of [i, e) that is sep or '"', or e; sixteen bytes at a time with SSE2. */
static inline gsize
sep_or_quote (const char *t, gsize i, gsize e, char sep)
{
#if defined(__SSE2__)
  const __m128i seps = _mm_set1_epi8 (sep), quotes = _mm_set1_epi8 ('"');
  while (e - i >= 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(t + i));
      guint m = (guint)_mm_movemask_epi8 (
          _mm_or_si128 (_mm_cmpeq_epi8 (v, seps), _mm_cmpeq_epi8 (v, quotes)));
      if (m != 0)
        return i + (gsize)__builtin_ctz (m);
      i += 16;
    }
#endif
  while (i < e && t[i] != sep && t[i] != '"')
    i++;
  return i;
}

static guint
split_cells (const char *t, gsize s, gsize e, char sep, Cell *cells, guint max)
{
  guint n = 0;
  gsize i = s;

  /* Markdown: "| a | b |" has no cell before the first bar or after the last. */
  if (sep == '|')
    {
      while (i < e && t[i] == ' ')
        i++;
      if (i < e && t[i] == '|')
        i++;
      while (e > i && (t[e - 1] == ' ' || t[e - 1] == '\r'))
        e--;
      if (e > i && t[e - 1] == '|')
        e--;
    }
  while (i <= e && n < max)
    {
      gsize cs = i;
      /* Up to sep outside quotes: the bytes between a cell's quotes and the rest of an
       * unquoted cell are skipped by searches, not looked at one by one. */
      while (i < e)
        {
          i = sep_or_quote (t, i, e, sep);
          if (i >= e || t[i] != '"')
            break;
          const char *close = memchr (t + i + 1, '"', e - i - 1);
          i = close != NULL ? (gsize)(close - t) + 1 : e;
        }
      gsize ce = i;
      while (cs < ce && (t[cs] == ' ' || t[cs] == '"' || t[cs] == '\r'))
        cs++;
      while (ce > cs && (t[ce - 1] == ' ' || t[ce - 1] == '"' || t[ce - 1] == '\r'))
        ce--;
      cells[n].start = cs;
      cells[n].end = ce;
      n++;
      i++;
    }
  return n;
}

/* (g23-tables) The separator of the line [s, e) read as a row of a table whose separator is
 * sep: got (line_scan()'s) or sep when the row holds sep twice or more while line_scan()
 * preferred another ("02/11 | GUC-18830 | … | amoxyl; review 3 days; mother …": a pipe
 * table's free-text cell holding semicolons, a CSV's note holding "a; b; c"). A tab wins
 * over any. */
static char
row_separator_for (const char *t, gsize s, gsize e, char got, char sep)
{
  if (got == sep || got == 0 || got == '\t' || sep == '\t' || sep == 0)
    return got;
  guint k = 0;
  for (const char *p = memchr (t + s, sep, e - s); p != NULL && k < 2;
       p = memchr (p + 1, sep, (gsize)(t + e - p - 1)))
    k++;
  return k >= 2 ? sep : got;
}

/* (g23-tables) Is the line [s, e), split at sep, a table's preamble rather than its header:
 * a title or a note typed in one cell with the others left empty ("\"District register
 * Q3\";;;;;;", "Packed by: …;;;;"), a quoted title whose commas are its own, a row of
 * separators alone, or a line most of whose cells are empty ("Report;;;;Date: 03/11;;;;;;")?
 * A header names several of its columns. */
static gboolean
cells_are_preamble (const Cell *cells, guint n)
{
  guint filled = 0;
  for (guint c = 0; c < n; c++)
    filled += cells[c].end > cells[c].start;
  return filled <= 1 || (n >= 6 && filled * 4 <= n);
}

static gboolean
row_is_preamble (const char *t, gsize s, gsize e, char sep)
{
  Cell cells[MAX_COLUMNS];
  return cells_are_preamble (cells, split_cells (t, s, e, sep, cells, MAX_COLUMNS));
}

/* "P02,Grace,…,Rose Cottage, Church Lane,Alresford": a CSV row with more cells than its
 * header, whose address was written with its comma and no quotes. The address column takes
 * the extra cells; the cells after it keep their columns. Returns the new count (m when the
 * row has too many extra cells to be that). */
static guint
merge_address_cells (Cell *row, guint m, guint header_cells, guint address_column)
{
  guint extra = m - header_cells;
  if (extra > 2)
    return m;
  row[address_column].end = row[address_column + extra].end;
  memmove (&row[address_column + 1], &row[address_column + 1 + extra],
           (m - address_column - 1 - extra) * sizeof (Cell));
  return header_cells;
}

/* "…,Carton x3,10,00 €,29280,Plouzané": a sum with a French decimal comma written unquoted
 * in a CSV row splits into two cells ("10", "00 €"). Joins such pairs, from the left, while
 * the row has more cells than its header; returns the row's new number of cells, or m when
 * the joins would not give the header's number. */
static guint
merge_amount_cells (const char *t, Cell *row, guint m, guint header_cells)
{
  guint extra = m - header_cells, pairs = 0;
  guint at[4];

  for (guint c = 0; c + 1 < m && pairs < extra && pairs < G_N_ELEMENTS (at); c++)
    {
      const Cell *a = &row[c], *b = &row[c + 1];
      gsize an = a->end - a->start, bn = b->end - b->start;
      if (an == 0 || an > 7 || count_digits (t + a->start, an) != an || bn < 2
          || b->start != a->end + 1 || !g_ascii_isdigit (t[b->start])
          || !g_ascii_isdigit (t[b->start + 1]))
        continue;
      /* "00", "00 €", "50€", "00 EUR": two decimals, then the currency or nothing */
      gsize k = b->start + 2;
      if (k < b->end && t[k] == ' ')
        k++;
      if (k < b->end
          && !(b->end - k == 3
               && (memcmp (t + k, "€", 3) == 0
                   || (g_ascii_isupper (t[k]) && g_ascii_isupper (t[k + 1])
                       && g_ascii_isupper (t[k + 2])))))
        continue;
      at[pairs++] = c;
      c++;
    }
  if (pairs != extra)
    return m;
  for (guint i = pairs; i-- > 0;)
    {
      guint c = at[i];
      row[c].end = row[c + 1].end;
      memmove (&row[c + 1], &row[c + 2], (m - c - 2) * sizeof (Cell));
      m--;
    }
  return m;
}

gboolean
voile_tables_odd_quotes (const char *t, gsize s, gsize e)
{
  gboolean odd = FALSE;
  for (const char *q = memchr (t + s, '"', e - s); q != NULL;
       q = memchr (q + 1, '"', (gsize)(t + e - q - 1)))
    odd = !odd;
  return odd;
}

/* The end of the row starting at s whose first line ends at e: a quoted cell may hold
 * newlines (Google Contacts' "Address 1 - Formatted"), and the row then ends on the line
 * that closes the quote (a few lines further at most). */
static gsize
quoted_row_end (const char *t, gsize len, gsize s, gsize e)
{
  if (memchr (t + s, '"', e - s) == NULL || !voile_tables_odd_quotes (t, s, e))
    return e;
  gsize end = e;
  for (guint lines = 0; lines < 8 && end < len; lines++)
    {
      const char *nl = memchr (t + end + 1, '\n', len - end - 1);
      gsize next_end = nl != NULL ? (gsize)(nl - t) : len;
      gboolean closes = voile_tables_odd_quotes (t, end + 1, next_end);
      end = next_end;
      if (closes)
        return end;
    }
  return e;
}

/* A cell listing several values ("RC-0163, RC-0171"): each one, when every one passes the
 * column's check ("Smith, John" or "1,200" have a piece that does not). */
static void
apply_to_list_cell (const char *t, gsize start, gsize end, const VoileColumnRule *rule,
                    GArray *added)
{
  Cell pieces[8];
  guint n = 0;
  gsize p = start;

  while (p < end)
    {
      if (n == G_N_ELEMENTS (pieces))
        return; /* a longer list is no cell of references */
      while (p < end && t[p] == ' ')
        p++;
      gsize e = p;
      while (e < end && t[e] != ',')
        e++;
      gsize v = e;
      while (v > p && t[v - 1] == ' ')
        v--;
      if (v == p || !rule->check (t + p, v - p))
        return;
      pieces[n].start = p;
      pieces[n].end = v;
      n++;
      p = e + 1;
      if (e < end && p >= end)
        return; /* a trailing comma */
    }
  if (n < 2)
    return;
  for (guint i = 0; i < n; i++)
    {
      VoileFinding f = { rule->type, pieces[i].start, pieces[i].end, rule->confidence, 0 };
      g_array_append_val (added, f);
    }
}

static void
apply_to_cell (const char *t, const Cell *cell, const VoileColumnRule *rule, GArray *findings,
               guint sorted_len, GArray *added)
{
  guint k = voile_findings_first_ending_after (findings, findings->len, cell->start);

  /* findings[0..sorted_len) is sorted; later entries are our own additions. */
  if (k > sorted_len)
    k = sorted_len;
  if (rule->type == VOILE_TYPE_DATE_OF_BIRTH)
    {
      gboolean held = FALSE;
      for (; k < sorted_len; k++)
        {
          VoileFinding *f = &g_array_index (findings, VoileFinding, k);
          if (f->start >= cell->end)
            break;
          held = TRUE;
          if (f->type == VOILE_TYPE_DATE && f->end <= cell->end)
            {
              f->type = rule->type;
              f->confidence = MAX (f->confidence, rule->confidence);
            }
        }
      if (held)
        return;
    }
  if (k < sorted_len && g_array_index (findings, VoileFinding, k).start < cell->end)
    {
      /* "Flat 3, 22 Hope Street" found from its street: the cell is the whole address. */
      VoileFinding *f = &g_array_index (findings, VoileFinding, k);
      if (rule->type == VOILE_TYPE_POSTAL_ADDRESS && f->type == rule->type
          && f->start >= cell->start && f->end <= cell->end
          && (k + 1 >= sorted_len
              || g_array_index (findings, VoileFinding, k + 1).start >= cell->end)
          && rule->check (t + cell->start, cell->end - cell->start))
        {
          f->start = cell->start;
          f->end = cell->end;
        }
      /* "{CRYPT}$6$rounds=5000$…": the amounts or dates seen inside a password hash are
       * pieces of it. */
      if (rule->type == VOILE_TYPE_SECRET && f->type != VOILE_TYPE_SECRET && f->start >= cell->start
          && rule->check (t + cell->start, cell->end - cell->start))
        {
          VoileFinding whole = { rule->type, cell->start, cell->end, 0.99f, 0 };
          g_array_append_val (added, whole);
        }
      /* "0307891232" under "chi", "num_adherent_mutuelle": ten digits the phone rules read
       * by their shape alone (no '+', no bracket, no spaces) fill the cell of a reference
       * column. */
      if (rule->type == VOILE_TYPE_CUSTOMER_ID && f->type == VOILE_TYPE_PHONE
          && f->start == cell->start && f->end == cell->end
          && count_digits (t + cell->start, cell->end - cell->start) == cell->end - cell->start
          && rule->check (t + cell->start, cell->end - cell->start))
        f->type = VOILE_TYPE_CUSTOMER_ID;
      return; /* the cell already holds something */
    }
  gsize start = cell->start;
  /* "#1043": a reference's number sign is not part of it. */
  if (rule->type == VOILE_TYPE_CUSTOMER_ID && t[start] == '#' && start + 1 < cell->end
      && g_ascii_isdigit (t[start + 1]))
    start++;
  /* "'7391846215803": a spreadsheet's mark that the cell is text (so its digits stay as
   * typed), no part of the value. */
  if (t[start] == '\'' && start + 2 < cell->end && g_ascii_isalnum (t[start + 1])
      && memchr (t + start + 1, '\'', cell->end - start - 1) == NULL)
    start++;
  /* Cells hold values: a comment or punctuation first is something else, but for a number
   * ("+44 7700…", "(973) 555-…"), a year-less birthday ("--05-17") or a password hash
   * ("{SSHA}…", "$2y$…"). */
  if (!g_ascii_isalnum (t[start]) && (guchar)t[start] < 0xC3
      && !(rule->type == VOILE_TYPE_PHONE && (t[start] == '+' || t[start] == '('))
      && !(rule->type == VOILE_TYPE_DATE_OF_BIRTH && t[start] == '-')
      && rule->type != VOILE_TYPE_SECRET)
    return;
  gsize end = cell->end;
  /* "00412-MacLeod", "00414-O'Sullivan": a law firm's matter, numbered then named after its
   * client; the number is the reference, the name is the person's. */
  if (rule->type == VOILE_TYPE_CUSTOMER_ID && g_ascii_isdigit (t[start]))
    {
      gsize d = start;
      while (d < end && g_ascii_isdigit (t[d]))
        d++;
      if (d - start >= 3 && d + 3 < end && t[d] == '-'
          && (g_ascii_isupper (t[d + 1]) || (guchar)t[d + 1] >= 0xC3)
          && (g_ascii_islower (t[d + 2]) || t[d + 2] == '\'' || (guchar)t[d + 2] >= 0x80))
        end = d;
    }
  if (!rule->check (t + start, end - start))
    {
      /* "RC-0163, RC-0171": two members' numbers in one cell */
      if (rule->type == VOILE_TYPE_CUSTOMER_ID && memchr (t + start, ',', end - start) != NULL)
        apply_to_list_cell (t, start, end, rule, added);
      return;
    }
  VoileFinding f = { rule->type, start, end, rule->confidence, 0 };
  g_array_append_val (added, f);
}

/* The CREATE TABLE statements met so far (the last MAX_SQL_TABLES): a dump names its columns
 * there and its INSERTs give values only. The text is read once, forward, whatever the
 * number of INSERTs. */
#define MAX_SQL_TABLES 16
typedef struct _SqlTables
{
  gsize scanned_to;
  guint n;
  struct
  {
    gsize ns, ne; /* the table's name, quotes and schema left out */
    gsize bs, be; /* its body, inside the brackets */
  } tables[MAX_SQL_TABLES];
  /* (g22-tables) the keys of the tables of people met so far ("ppsmj_id" of `ppsmj`), their
   * names in the text: the same column in another table is that person's */
  guint n_keys;
  Cell keys[MAX_SQL_TABLES];
} SqlTables;

typedef enum
{
  SQL_COLUMN_OTHER,
  SQL_COLUMN_BIRTH,
  SQL_COLUMN_ANIMAL_BIRTH, /* a birth date in a table of animals */
  SQL_COLUMN_REFERENCE,
  SQL_COLUMN_DOCUMENT, /* an identity document's number: "passport_no" */
  SQL_COLUMN_PHONE,    /* "mobile", "phone_number" */
  /* (g22-tables) a number's column of a table of people ("no_ramq", "num_dossier"): its
   * values when of an identifier's shape (cell_is_id_token()) */
  SQL_COLUMN_SHAPED_REFERENCE,
} SqlColumnKind;

static gsize
sql_insert_references (const char *t, gsize len, gsize at, GArray *findings, guint sorted_len,
                       SqlTables *tables, GArray *added);
static gsize
sql_insert_cells (const char *t, gsize len, gsize at, SqlColumnKind kind, GArray *findings,
                  guint sorted_len, SqlTables *tables, GArray *added);
static gboolean
sql_columns_may_name_document (const char *t, gsize s, gsize e);
static gboolean
sql_columns_may_name_phone (const char *t, gsize s, gsize e);

/* "Order Total", "Montant commande", "Account balance": the column of an order or an
 * account holds money or counts, not their references; a "License plate" or "License key"
 * column is a car's or a program's. */
static gboolean
header_is_quantity (const char *lower)
{
  static const char *const words[]
      = { "total", "amount", "montant", "price", "prix", "balance", "solde", "status", "statut",
          "qty", "quantit", "discount", "remise", "tax", "shipping", "count", "items",
          /* "License plate", "License key": a car's or a program's, not a person's file */
          "plate", "key", NULL };

  for (const char *const *w = words; *w != NULL; w++)
    for (const char *p = strstr (lower, *w); p != NULL; p = strstr (p + 1, *w))
      /* "bank_account", "Account no": an account is no count */
      if (!(**w == 'c' && p - lower >= 2 && p[-2] == 'a' && p[-1] == 'c'))
        return TRUE;
  return FALSE;
}

/* Does the word w[0..n) name who a record stands for (an employee, a pupil, a contact…) or
 * a person's file (a booking)? Compared whole, or as a prefix of at least five bytes
 * followed by up to two ("employe", "adherente", "clients"). */
static guint
header_person_noun_flags (const char *w, gsize n)
{
  for (gsize extra = 0; extra <= 2 && (extra == 0 || n >= 5 + extra); extra++)
    {
      guint flags = voile_person_noun_flags (w, n - extra);
      if (flags & VOILE_PERSON_NOUN_HEADER)
        return flags;
    }
  return 0;
}

static gboolean
word_is_person_noun (const char *w, gsize n)
{
  return header_person_noun_flags (w, n) != 0;
}

/* A noun naming the person each row is: not one who acts on the row ("Reviewer"). */
static gboolean
word_is_row_person_noun (const char *w, gsize n)
{
  guint flags = header_person_noun_flags (w, n);
  return flags != 0 && !(flags & VOILE_PERSON_NOUN_ACTOR);
}

/* "id", "no", "num", "number", "code", "ref", "#", "n°": a number's word. */
static gboolean
word_is_id_word (const char *w, gsize n)
{
  switch (n)
    {
      case 1:
        return w[0] == '#';
      case 2:
        return memcmp (w, "id", 2) == 0 || memcmp (w, "no", 2) == 0 || memcmp (w, "nr", 2) == 0;
      case 3:
        return memcmp (w, "num", 3) == 0 || memcmp (w, "ref", 3) == 0 || memcmp (w, "n°", 3) == 0;
      case 4:
        /* "Réf. RDV", "Réf client": the accented abbreviation */
        return memcmp (w, "code", 4) == 0
               || memcmp (w,
                          "r\xc3\xa9"
                          "f",
                          4)
                      == 0;
      case 6:
        return memcmp (w, "number", 6) == 0 || memcmp (w, "numero", 6) == 0;
      case 7:
        return memcmp (w, "numéro", 7) == 0;
      default:
        return FALSE;
    }
}

/* The bytes that part a header's words. */
static const guint8 header_word_break[256] = {
  [' '] = 1, ['_'] = 1, ['-'] = 1, ['.'] = 1, ['/'] = 1, [':'] = 1, ['('] = 1, [')'] = 1,
};

/* The header's next word from *i: its start, its length in *k; *i moves past it. */
static inline __attribute__ ((always_inline)) const char *
next_header_word (const char *lower, gsize n, gsize *i, gsize *k)
{
  while (*i < n && header_word_break[(guchar)lower[*i]])
    (*i)++;
  gsize s = *i;
  while (*i < n && !header_word_break[(guchar)lower[*i]])
    (*i)++;
  *k = *i - s;
  return lower + s;
}

/* (g23-refs2) "person_name_id", "patient_identifier_id", "person_attribute_type_id",
 * "client_address_id": a person's noun, then an attribute's or a classifier's noun right before
 * the last word, a number's word. The compound's head is the last noun: the column numbers a
 * row of the person's names, identifiers, attributes or addresses (an entity-attribute
 * table's own key), or a kind of them (a lookup table's), not the person's file. */
static gboolean
header_names_attribute_row (const char *lower, gsize n)
{
  static const char *const heads[]
      = { "address",    "adresse", "attribute", "attribut", "category",     "catégorie",
          "identifier", "kind",    "name",      "names",    "relationship", "role",
          "status",     "statut",  "type",      NULL };
  const char *prev = NULL, *last = NULL;
  gsize prev_k = 0, last_k = 0, words = 0;

  for (gsize i = 0; i < n && words < 16;)
    {
      gsize k;
      const char *w = next_header_word (lower, n, &i, &k);
      if (k == 0)
        continue;
      prev = last, prev_k = last_k;
      last = w, last_k = k;
      words++;
    }
  return words >= 3 && word_is_id_word (last, last_k) && prev_k >= 4
         && voile_ascii_word_in (prev, prev_k, heads);
}

/* "EMP NO", "EmpID", "id_contact", "Student No.", "N° adhérent", "RES-ID", "INE", "OHIP #": a
 * column numbering the people (or the bookings) of the table. The header says so by a
 * person's noun beside a number's word (in either order, glued or not), or is the short name
 * of a number a State or a health system gives each person (a pupil's INE, a province's
 * health card). lower is lower-cased. */
static gboolean
header_is_person_id (const char *lower, gsize n, guint64 pairs)
{
  /* the bigrams of "id", "no", "nr", "num", "n°", "code", "ref", "ine", "ohip", "phin",
   * "ppsn", "crn", "health", "carte": a cell holding none of them is no such header */
  static const guint64 wanted_pairs = (G_GUINT64_CONSTANT (1) << ((('i' * 7u) + 'd') % 64))
                                      | (G_GUINT64_CONSTANT (1) << ((('n' * 7u) + 'o') % 64))
                                      | (G_GUINT64_CONSTANT (1) << ((('n' * 7u) + 'r') % 64))
                                      | (G_GUINT64_CONSTANT (1) << ((('n' * 7u) + 'u') % 64))
                                      | (G_GUINT64_CONSTANT (1) << ((('n' * 7u) + 0xC2u) % 64))
                                      | (G_GUINT64_CONSTANT (1) << ((('c' * 7u) + 'o') % 64))
                                      | (G_GUINT64_CONSTANT (1) << ((('r' * 7u) + 'e') % 64))
                                      | (G_GUINT64_CONSTANT (1) << ((('i' * 7u) + 'n') % 64))
                                      | (G_GUINT64_CONSTANT (1) << ((('o' * 7u) + 'h') % 64))
                                      | (G_GUINT64_CONSTANT (1) << ((('p' * 7u) + 'h') % 64))
                                      | (G_GUINT64_CONSTANT (1) << ((('p' * 7u) + 'p') % 64))
                                      | (G_GUINT64_CONSTANT (1) << ((('c' * 7u) + 'r') % 64))
                                      | (G_GUINT64_CONSTANT (1) << ((('h' * 7u) + 'e') % 64))
                                      | (G_GUINT64_CONSTANT (1) << ((('c' * 7u) + 'a') % 64));

  if (!(pairs & wanted_pairs) && memchr (lower, '#', n) == NULL)
    return FALSE;
  static const char *const person_numbers[]
      = { "ine", "ohip", "phin", "ppsn", "crn", "health card", "carte vitale", NULL };
  gboolean person = FALSE, id = FALSE;
  gsize i = 0;

  if (n < 2)
    return FALSE;
  if ((n <= 6 || n >= 11) && strchr ("iopch", lower[0]) != NULL)
    for (const char *const *p = person_numbers; *p != NULL; p++)
      {
        gsize k = strlen (*p);
        if (n >= k && strncmp (lower, *p, k) == 0
            && (n == k || lower[k] == ' ' || lower[k] == '#' || lower[k] == '.'))
          return TRUE;
      }
  /* The number's word first: most headers ("Name", "Email", "Total") have none. */
  while (i < n && !id)
    {
      gsize k;
      const char *w = next_header_word (lower, n, &i, &k);
      id = k > 0
           && (word_is_id_word (w, k)
               || (k > 4
                   && (memcmp (w + k - 2, "id", 2) == 0 || memcmp (w, "id", 2) == 0
                       || memcmp (w + k - 2, "no", 2) == 0 || w[k - 1] == '#')));
    }
  if (!id || header_names_attribute_row (lower, n))
    return FALSE;
  /* "Contact number", "contact no": a phone; "Number of guests", "nb adhérents": a count */
  if (strstr (lower, "contact n") != NULL || strstr (lower, "of ") != NULL
      || strncmp (lower, "nb", 2) == 0 || strncmp (lower, "nombre", 6) == 0)
    return FALSE;
  for (i = 0; i < n && !person;)
    {
      gsize k;
      const char *w = next_header_word (lower, n, &i, &k);
      if (k == 0 || word_is_id_word (w, k))
        continue;
      /* "empid", "idcontact", "clientno", "member#": glued */
      person = word_is_person_noun (w, k)
               || (k > 4 && memcmp (w + k - 2, "id", 2) == 0 && word_is_person_noun (w, k - 2))
               || (k > 4 && memcmp (w, "id", 2) == 0 && word_is_person_noun (w + 2, k - 2))
               || (k > 4 && memcmp (w + k - 2, "no", 2) == 0 && word_is_person_noun (w, k - 2))
               || (k > 2 && w[k - 1] == '#' && word_is_person_noun (w, k - 1));
    }
  return person;
}

/* Does the header hold a number's word: "id", "uid", "no", "n°", "number", "identifiant"…? */
static gboolean
header_has_row_id_word (const char *lower, gsize n)
{
  /* (g25b-refs) "N_planteur", "n_inscrit", "N dossier": "N°" without its sign, as a
   * snake_case export writes it, first and before one noun; not a count's "n_patients",
   * "n_obs" (a plural) */
  if (n >= 4 && lower[0] == 'n' && (lower[1] == '_' || lower[1] == ' ')
      && g_ascii_isalpha (lower[2]) && lower[n - 1] != 's')
    {
      gsize j = 2;
      while (j < n && (g_ascii_isalpha (lower[j]) || (guchar)lower[j] >= 0x80))
        j++;
      if (j == n)
        return TRUE;
    }
  for (gsize i = 0; i < n;)
    {
      gsize k;
      const char *w = next_header_word (lower, n, &i, &k);
      if (k == 0)
        continue;
      /* not "code": "Promo code", "Certificate Code" name no one */
      if ((word_is_id_word (w, k) && (k != 4 || memcmp (w, "code", 4) != 0))
          || (k == 3 && memcmp (w, "uid", 3) == 0) || (k >= 10 && memcmp (w, "identifi", 8) == 0)
          || (k >= 12 && memcmp (w, "d'identifi", 10) == 0))
        return TRUE;
    }
  return FALSE;
}

/* Is the thing's word t at the start of a word of lower ("Ticket number", "ticketno"), and,
 * for the short ones that start many words ("ip", "age", "lot", "bon", "tax"), a whole word?
 * "Foireann ID" holds "ean" and "Membership No" "ip", and name no thing. */
static gboolean
header_has_thing_word (const char *lower, const char *t)
{
  gsize k = strlen (t);
  for (const char *p = strstr (lower, t); p != NULL; p = strstr (p + 1, t))
    {
      if (p > lower && !header_word_break[(guchar)p[-1]] && p[-1] != ' ')
        continue;
      /* (g22-tables) "-ment" makes the act's noun, not the thing's: "placement" is no
       * "place" (a seat) */
      if (k > 3 && strncmp (p + k, "ment", 4) == 0)
        continue;
      if (k > 3 || !g_ascii_isalpha (p[k]))
        return TRUE;
    }
  return FALSE;
}

/* The words of a header that say its column numbers a thing, a transaction or a place, not
 * a person's file (header_is_row_id(), person_shape_columns()). */
static const char *const row_id_things[]
    = { "product", "produit", "item", "article", "sku", "asin", "ean", "isbn", "invoice", "facture",
        "receipt", "reçu", "tracking", "suivi", "parcel", "colis", "transac", "payment", "paiement",
        "charge", "refund", "ticket", "billet", "barcode", "line", "ligne", "event", "session",
        "webinar", "list", "campaign", "variant", "listing", "property", "room", "chambre", "table",
        "seat", "place", "phone", "tél", "tel", "mobile", "fax", "vat", "tva", "tax", "siret",
        "siren", "company", "société", "entreprise", "page", "serial", "série", "lot", "batch",
        "barre", "cheque", "chèque", "voucher", "bon", "plate", "vehicle", "bike", "vélo", "boat",
        "form", "quote", "devis", "shipment", "warehouse", "stock", "version", "build", "request",
        "trace", "message", "thread", "post", "comment", "zip", "postal", "iban", "bic", "sort",
        "routing", "ip", "count", "qty", "quantit", "total", "amount", "montant", "age", "expense",
        "dépense", "depense", "frais", "note", "repair", "répar", "repar", "ot", "os", "work",
        "intervention",
        /* a CRM's deal or opportunity (a firm's sale); a lab result's
         * "REF_RANGE" / "Ref. interval" (the normal values, "3.5-5.1"). Not "affaire": a
         * lawyer's case is a client's file */
        "deal", "opportunit", "range", "interval",
        /* a money transfer's number, whoever sent it (the corpus's table: transactions are
         * no one's file): "txn_no", "Transfer ID", "MTCN", "Payout ref" (g18-ids) */
        "txn", "trx", "transfer", "virement", "mtcn", "payout", "remittance", "wire", NULL };

/* "Backer UID", "Purchase ID", "Pass ID", "N°", "Numéro d'identification", "TenancyRef": a
 * number's word with no person's noun the rules know (glued: the header was read as one by
 * header_glued_id()). In a table whose rows are people (a name or an e-mail column), such a
 * column numbers each row's person or what they bought or booked, unless another word says
 * it numbers a thing ("Product ID", "Invoice number", "Ticket number", "Tracking #", "Phone
 * number", "Repair ref": a work order). A card's number ("num_carte", "Card No") is a
 * member's or a loyalty card's when its values hold letters, a bank card's else: *card says
 * so, for the rows to tell. lower is lower-cased. */
static gboolean
header_is_row_id (const char *lower, gsize n, gboolean glued, gboolean *card)
{
  if ((!glued && !header_has_row_id_word (lower, n)) || header_is_quantity (lower))
    return FALSE;
  for (const char *const *t = row_id_things; *t != NULL; t++)
    if (header_has_thing_word (lower, *t))
      return FALSE;
  *card = header_has_thing_word (lower, "card") || header_has_thing_word (lower, "carte");
  return TRUE;
}

/* "TenancyRef", "MemberId", "LicenceNo": a number's word glued to the word before it, told by
 * its capital (a lower-cased "paid" or "casino" is no such header). h[0..n) is the cell as
 * written. */
static gboolean
header_glued_id (const char *h, gsize n)
{
  /* With their lengths, and the last byte tested first: asked of every header cell. */
  static const struct
  {
    char word[7];
    guint8 len;
  } ends[] = { { "Ref", 3 }, { "Id", 2 },  { "ID", 2 },    { "No", 2 },
               { "Nr", 2 },  { "Num", 3 }, { "Number", 6 } };
  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    {
      gsize k = ends[i].len;
      if (n >= k + 3 && h[n - 1] == ends[i].word[k - 1] && memcmp (h + n - k, ends[i].word, k) == 0
          && g_ascii_islower (h[n - k - 1]) && g_ascii_isalpha (h[0]))
        return TRUE;
    }
  return FALSE;
}

/* "Vendeur (nom, prénom)", "Tenant", "applicant_name", "Nom" beside "Tél": a header naming
 * the person each row is, which the people_headers list (asked of the hint-less header)
 * does not hold. A person's noun alone or with a name's word is one; a bare "Nom" or "Name"
 * only beside a phone's or an e-mail's column (contact), as a catalogue's "Nom" has none.
 * raw[0..n) is the header as written, lower its hint-less lower-cased form. */
static gboolean
header_names_people (const char *raw, gsize n, const char *lower, gsize cl, gboolean contact)
{
  char whole[MAX_HEADER_CELL + 1];
  guint64 pairs = 0;
  gsize k = 0;

  for (; k < n && k < MAX_HEADER_CELL; k++)
    whole[k] = ascii_lower (raw[k]);
  whole[k] = '\0';
  for (gsize i = 0; i + 1 < k; i++)
    pairs |= bigram_bit ((guchar)whole[i], (guchar)whole[i + 1]);
  if (list_matches (whole, pairs, people_headers) && !header_names_row_owner (whole))
    return TRUE;
  gboolean noun = FALSE, name = FALSE;
  for (gsize i = 0; i < cl;)
    {
      gsize w;
      const char *word = next_header_word (lower, cl, &i, &w);
      if (w == 0)
        continue;
      if ((w == 3 && memcmp (word, "nom", 3) == 0) || (w == 4 && memcmp (word, "name", 4) == 0)
          || (w == 4 && memcmp (word, "noms", 4) == 0)
          || (w == 5 && memcmp (word, "names", 5) == 0))
        name = TRUE;
      /* a "Contact" column holds a phone or an e-mail as often as a name */
      else if (word_is_row_person_noun (word, w) && !(w == 7 && memcmp (word, "contact", 7) == 0))
        noun = TRUE;
      else
        return FALSE;
    }
  return noun || (name && contact);
}

/* Things a register names beside their numbers: "Site name", "drug_name", "Nom commune". */
static const char *const named_things[]
    = { "company",     "firm",       "file",          "fichier",       "drug",        "medication",
        "médicament",  "medicament", "site",          "station",       "tour",        "course",
        "cours",       "street",     "rue",           "city",          "ville",       "town",
        "commune",     "village",    "country",       "pays",          "region",      "région",
        "district",    "county",     "bank",          "banque",        "plan",        "project",
        "projet",      "brand",      "marque",        "vendor",        "supplier",    "fournisseur",
        "store",       "magasin",    "shop",          "branch",        "agence",      "school",
        "école",       "ecole",      "établissement", "etablissement", "hospital",    "hôpital",
        "hopital",     "clinic",     "facility",      "centre",        "center",      "team",
        "équipe",      "equipe",     "club",          "group",         "groupe",      "org",
        "employer",    "employeur",  "host",          "server",        "domain",      "field",
        "champ",       "column",     "app",           "device",        "model",       "modèle",
        "category",    "unit",       "service",       "department",    "département", "test",
        "exam",        "module",     "activit",       "job",           "poste",       "title",
        "titre",       "animal",     "pet",           "dog",           "chien",       "horse",
        "cheval",      "breed",      "race",          "crop",          "variet",      "account",
        "compte",      "user",       "login",         "display",       "screen",      "nick",
        "alias",       "sender",     "fund",          "fonds",         "scheme",      "régime",
        "regime",      "insurer",    "assureur",      "payer",         "payor",       "provider",
        "prestataire", NULL };

/* (g25b-refs) "borrower_name", "Name of mother", "visiteur_nom", "Nom du titulaire": a
 * name's word qualified by whose name it is, the qualifier no thing a register names
 * (named_things, row_id_things) and no one who acts on the row ("Reviewer name"). *own
 * says a qualifier is a word of the row id's header ids ("Site No" beside "Site name"): the
 * rows are that thing's, named. lower[0..cl) is lower-cased and hint-less. */
static gboolean
header_qualified_name (const char *lower, gsize cl, const char *ids, gboolean *own)
{
  static const char *const small[] = { "of", "the", "de", "du", "des", "la", "le", "d'", NULL };
  gboolean name = FALSE, qualified = FALSE;
  guint words = 0;

  for (gsize i = 0; i < cl && words < 6;)
    {
      gsize w;
      const char *word = next_header_word (lower, cl, &i, &w);
      if (w == 0)
        continue;
      words++;
      if ((w == 3 && memcmp (word, "nom", 3) == 0) || (w == 4 && memcmp (word, "name", 4) == 0))
        {
          name = TRUE;
          continue;
        }
      if (voile_ascii_word_in (word, w, small))
        continue;
      if (w < 3 || !g_ascii_isalpha (word[0])
          || (header_person_noun_flags (word, w) & VOILE_PERSON_NOUN_ACTOR))
        return FALSE;
      gsize idn = strlen (ids);
      for (gsize at = 0; at < idn;)
        {
          gsize k;
          const char *iw = next_header_word (ids, idn, &at, &k);
          if (k >= 3 && k == w && memcmp (iw, word, k) == 0)
            *own = TRUE;
        }
      qualified = TRUE;
    }
  if (!name || !qualified || *own)
    return FALSE;
  for (const char *const *t = named_things; *t != NULL; t++)
    if (header_has_thing_word (lower, *t))
      return FALSE;
  for (const char *const *t = row_id_things; *t != NULL; t++)
    if (header_has_thing_word (lower, *t))
      return FALSE;
  return TRUE;
}

/* "Tél", "Phone", "E-mail", "Mobile": a way to reach the row's person. */
static gboolean
header_is_contact (const char *lower)
{
  static const char *const contacts[]
      = { "tél",      "tel",   "téléphone", "telephone", "phone", "mobile",
          "portable", "email", "e-mail",    "courriel",  "gsm",   NULL };
  for (const char *const *c = contacts; *c != NULL; c++)
    if (strcmp (lower, *c) == 0)
      return TRUE;
  return FALSE;
}

/* "Balance", "Solde": a statement's running balance, whose rows are transactions, not
 * people, whatever names they hold; "contractor", "technicien": who does each row's work,
 * whose rows are work orders (a maintenance log's jobs), not their tenants' files. */
static gboolean
header_is_statement (const char *lower)
{
  return header_has_thing_word (lower, "balance") || header_has_thing_word (lower, "solde")
         || header_has_thing_word (lower, "contractor") || header_has_thing_word (lower, "technici")
         || header_has_thing_word (lower, "engineer");
}

/* "N° pièce", "No. document", "Document number": a number's word opening or closing the
 * header of the column after the one naming the document. */
static gboolean
header_opens_or_ends_on_id_word (const char *lower, gsize n)
{
  const char *space = memchr (lower, ' ', n);
  if (space == NULL)
    return FALSE;
  gsize first = (gsize)(space - lower);
  if (first > 0 && lower[first - 1] == '.')
    first--;
  const char *last = lower + n;
  while (last > lower && last[-1] != ' ')
    last--;
  gsize last_n = (gsize)(lower + n - last);
  if (last_n > 0 && last[last_n - 1] == '.')
    last_n--;
  return word_is_id_word (lower, first) || word_is_id_word (last, last_n);
}

/* (session 18, g18-ids) "doc_type", "sender_id_type", "id_doc_kind", "type_piece": a KYC
 * export's column naming which identity document each row's next column numbers, whatever
 * else its name says (whose document: "sender_", "payer_"): a word of kind (type, kind) and
 * a word of identity document (id, doc, document, pièce, identity), parted by spaces,
 * underscores or dashes. */
static gboolean
name_is_document_kind (const char *lower, gsize n)
{
  gboolean kind = FALSE, document = FALSE;
  gsize i = 0;

  if (n < 6 || n > 40 || (strstr (lower, "type") == NULL && strstr (lower, "kind") == NULL))
    return FALSE;
  while (i < n)
    {
      while (i < n && (lower[i] == ' ' || lower[i] == '_' || lower[i] == '-'))
        i++;
      gsize w = i;
      while (i < n && lower[i] != ' ' && lower[i] != '_' && lower[i] != '-')
        i++;
      gsize k = i - w;
      const char *word = lower + w;
      if ((k == 4 && memcmp (word, "type", 4) == 0) || (k == 4 && memcmp (word, "kind", 4) == 0))
        kind = TRUE;
      else if ((k == 2 && memcmp (word, "id", 2) == 0) || (k == 3 && memcmp (word, "doc", 3) == 0)
               || (k == 8 && memcmp (word, "document", 8) == 0)
               || (k == 8 && memcmp (word, "identity", 8) == 0)
               || (k == 5 && memcmp (word, "piece", 5) == 0)
               || (k == 6
                   && memcmp (word,
                              "pi\xc3\xa8"
                              "ce",
                              6)
                          == 0))
        document = TRUE;
    }
  return kind && document;
}

/* (session 18, g18-ids) "sender_id_no", "doc_number", "num_piece": the column after a
 * document's kind ends on a number's word (not a bare "id": a row's), or opens on one. */
static gboolean
name_ends_on_number_word (const char *lower, gsize n)
{
  gsize w = n;
  while (w > 0 && lower[w - 1] != ' ' && lower[w - 1] != '_' && lower[w - 1] != '-')
    w--;
  if (w == 0)
    return FALSE;
  gsize k = n - w;
  if (k > 0 && lower[n - 1] == '.')
    k--;
  if (!(k == 2 && memcmp (lower + w, "id", 2) == 0) && word_is_id_word (lower + w, k))
    return TRUE;
  /* the French way, the number's word first: "num_piece", "numero_document" */
  gsize f = 0;
  while (f < n && lower[f] != ' ' && lower[f] != '_' && lower[f] != '-')
    f++;
  return f < n && f > 2 && word_is_id_word (lower, f);
}

/* "Pièce", "Type de pièce", "ID type", "Document": the column naming which identity document
 * a guest showed; the number column beside it holds that document's number. */
static gboolean
header_is_document_kind (const char *lower)
{
  static const char *const kinds[]
      = { "pièce",   "piece",         "type de pièce",    "type de piece", "document",
          "id type", "document type", "type de document", "id document",   NULL };

  /* most headers start with none of their initials */
  if (lower[0] != 'p' && lower[0] != 't' && lower[0] != 'i' && lower[0] != 'd' && lower[0] != 's')
    return FALSE;
  /* The first byte before a call: asked of every header cell. */
  for (const char *const *k = kinds; *k != NULL; k++)
    if ((*k)[0] == lower[0] && strcmp (lower, *k) == 0)
      return TRUE;
  return name_is_document_kind (lower, strlen (lower));
}

/* A table aligned with spaces whose first column is a person's reference:
 * "Patient no   Name   Last visit" over "10482        Mrs J. Corrigan …" (a recall list
 * printed from a practice's software). The header line at s (ending at e) is asked only when
 * its first cell ends on two spaces; each row's first word under it is a reference. Returns
 * where the rows stop (s when the line is no such header). */
static gsize
aligned_reference_rows (const char *t, gsize len, gsize s, gsize e, GArray *findings, GArray *added)
{
  gsize lim = MIN (e, s + MAX_HEADER_CELL);
  char lower[MAX_HEADER_CELL + 1];

  /* Most lines: the next line starts with no value ("10482", "PT-0042"), or their first two
   * letters start no reference header ("Patient", "Member"). */
  if (e + 2 >= len
      || !(g_ascii_isdigit (t[e + 1])
           || (g_ascii_isupper (t[e + 1])
               && (g_ascii_isupper (t[e + 2]) || g_ascii_isdigit (t[e + 2])))))
    return s;
  if (!(rule_bigrams[G_N_ELEMENTS (column_rules) - 1]
        & bigram_bit ((guchar)ascii_lower (t[s]), (guchar)ascii_lower (t[s + 1]))))
    return s;
  const char *gap = memchr (t + s, ' ', lim - s);
  while (gap != NULL && gap + 1 < t + lim && gap[1] != ' ')
    gap = memchr (gap + 2, ' ', (gsize)(t + lim - (gap + 2)));
  if (gap == NULL || gap + 1 >= t + lim || (gsize)(gap - t) - s < 2)
    return s;
  gsize k = (gsize)(gap - t);
  gsize rest = k;
  while (rest < e && t[rest] == ' ')
    rest++;
  if (rest >= e || !g_ascii_isalpha (t[rest]))
    return s;
  gsize cl = strip_hint (t + s, k - s, lower);
  guint64 pairs = 0;
  for (gsize i = 0; i + 1 < cl; i++)
    pairs |= bigram_bit ((guchar)lower[i], (guchar)lower[i + 1]);
  if (cl == 0 || count_digits (lower, cl) > 0 || strstr (lower, "date") != NULL
      || !header_matches (lower, pairs, G_N_ELEMENTS (column_rules) - 1)
      || list_matches (lower, pairs, generic_ref_headers))
    return s;
  /* "Compte   Intitulé" over "101300   Capital…": a ledger's general accounts */
  gboolean ledger = strstr (lower, "compte") != NULL || strstr (lower, "account") != NULL;
  gsize next = e + 1;
  while (next < len)
    {
      const char *nl = memchr (t + next, '\n', len - next);
      gsize row_end = nl != NULL ? (gsize)(nl - t) : len;
      gsize w = next;
      while (w < row_end && (g_ascii_isalnum (t[w]) || strchr ("-/.", t[w]) != NULL))
        w++;
      /* The row's first word, then the column gap: two spaces, a tab, or one space when a
       * long value fills its column up to the next one ("NN-26-9012 Haverford, Simon"
       * under "Booking    Guest"; not a ledger's "401ADOBE Adobe Systems", a firm's). */
      if (w == next || w + 1 >= row_end
          || !((t[w] == ' ' && (t[w + 1] == ' ' || (!ledger && w + 1 - next == rest - s)))
               || t[w] == '\t'))
        break;
      guint f = voile_findings_first_ending_after (findings, findings->len, next);
      if ((ledger ? cell_is_account_reference (t + next, w - next)
                  : cell_is_reference (t + next, w - next))
          && (f >= findings->len || g_array_index (findings, VoileFinding, f).start >= w))
        {
          VoileFinding found = { VOILE_TYPE_CUSTOMER_ID, next, w, 0.75f, 0 };
          g_array_append_val (added, found);
        }
      next = row_end + 1;
    }
  return next;
}

#define MAX_ALIGNED_COLUMNS 16

/* A table aligned with spaces whose reference column is anywhere: "Nom   Prénom   Matricule
 * GSM" over "SCHMIT   Jeff   L-20417   +352 …", an owner's statement "Ref   Guest   Nights"
 * over "HMA7Q2RXT   J. Lindqvist   7". Columns part at two spaces or more; each row's cell
 * starts at its header's character column. A bare "Ref" column counts only beside a column
 * of people ("Guest", "Client", "Name"). Returns where the rows stop (s when the line is no
 * such header). */
/* (g20-ids) "2min", "3pts": a header's word with a small count before it (a match sheet's
 * two-minute suspensions), not a value: one or two digits, then three letters or more, no
 * other sign. */
static gboolean
header_word_with_count (const char *c, gsize n)
{
  gsize d = 0;
  while (d < n && g_ascii_isdigit (c[d]))
    d++;
  if (d == 0 || d > 2 || n - d < 3 || n > 8)
    return FALSE;
  for (gsize i = d; i < n; i++)
    if (!g_ascii_isalpha (c[i]))
      return FALSE;
  return TRUE;
}

/* The cell of an aligned row [row, row_end) under its header's character column at: the walk
 * (*p at character column *col) goes on from the previous column's, once over the row. The
 * value starts at that column, hand-aligned rows drifting by a character or two, and ends at
 * two spaces, a tab or the row's end: [*v, *q). FALSE when no value starts there. */
static gboolean
aligned_cell (const char *t, gsize row, gsize row_end, gsize at, gsize *p, gsize *col, gsize *v,
              gsize *q)
{
  while (*p < row_end && *col < at)
    {
      (*p)++;
      while (*p < row_end && ((guchar)t[*p] & 0xC0) == 0x80)
        (*p)++;
      (*col)++;
    }
  gsize s = *p;
  for (guint k = 0; k < 2 && s < row_end && t[s] == ' '; k++)
    s++;
  for (guint k = 0; k < 3 && s > row && s < row_end && t[s] != ' ' && t[s - 1] != ' '; k++)
    s--;
  if (s >= row_end || t[s] == ' ' || (s > row && t[s - 1] != ' '))
    return FALSE;
  gsize e = s;
  while (e < row_end && !(t[e] == ' ' && e + 1 < row_end && t[e + 1] == ' ') && t[e] != '\t'
         && t[e] != '\r')
    e++;
  *v = s;
  *q = e;
  return TRUE;
}

static gsize
aligned_reference_columns (const char *t, gsize len, gsize s, gsize e, guint32 type_mask,
                           GArray *findings, GArray *added)
{
  gsize starts[MAX_ALIGNED_COLUMNS], ends[MAX_ALIGNED_COLUMNS];
  guint n = 0;

  /* The next line starts with a value ("SCHMIT", "HMA7Q2RXT", "10482") or a surname and its
   * comma ("Akhtar, Nasreen"), and the line holds three columns at least: most lines do
   * neither. */
  /* an indented table's rows are indented as its header (and may open on a name:
   * "  DeShawn L. Price   1029…") */
  gsize r1 = e + 1;
  for (gsize k = s; k < e && t[k] == ' ' && r1 < len && t[r1] == ' '; k++)
    r1++;
  if (r1 + 1 >= len || e - s > 400
      || !(g_ascii_isdigit (t[r1])
           || (g_ascii_isupper (t[r1])
               && (r1 > e + 1 || g_ascii_isupper (t[r1 + 1]) || g_ascii_isdigit (t[r1 + 1])
                   || voile_inverted_name_surname_comma (t, r1, len) != 0)))
      || !voile_has_double_space (t, s, MIN (e, s + MAX_HEADER_CELL + 2)))
    return s;
  for (gsize i = s; i < e && n < MAX_ALIGNED_COLUMNS;)
    {
      gsize c = i;
      while (i < e && !(t[i] == ' ' && i + 1 < e && t[i + 1] == ' ') && t[i] != '\t')
        i++;
      starts[n] = c;
      ends[n++] = i;
      while (i < e && (t[i] == ' ' || t[i] == '\t'))
        i++;
    }
  if (n < 3 || e + 1 >= len)
    return s;
  const char *row_nl = memchr (t + e + 1, '\n', len - e - 1);
  if (!voile_has_double_space (
          t, e + 1, MIN (row_nl != NULL ? (gsize)(row_nl - t) : len, e + 1 + MAX_HEADER_CELL + 2)))
    return s;

  gboolean people = FALSE, wanted = FALSE;
  guint64 columns = 0, generic = 0, ledger = 0, person_words = 0, documents = 0;
  for (guint c = 0; c < n; c++)
    {
      char lower[MAX_HEADER_CELL + 1];
      if (ends[c] - starts[c] > MAX_HEADER_CELL
          || (count_digits (t + starts[c], ends[c] - starts[c])
              && !header_word_with_count (t + starts[c], ends[c] - starts[c])))
        return s; /* a row of values, not a header */
      gsize cl = strip_hint (t + starts[c], ends[c] - starts[c], lower);
      guint64 pairs = 0;
      for (gsize i = 0; i + 1 < cl; i++)
        pairs |= bigram_bit ((guchar)lower[i], (guchar)lower[i + 1]);
      /* "Passport", "SA ID number": a travel agent's group list */
      if (cl > 0 && (type_mask & VOILE_TYPE_BIT (VOILE_TYPE_ID_DOCUMENT))
          && header_matches (lower, pairs, DOCUMENT_COLUMN_RULE))
        {
          documents |= G_GUINT64_CONSTANT (1) << c;
          continue;
        }
      if (cl == 0 || !header_matches (lower, pairs, G_N_ELEMENTS (column_rules) - 1))
        {
          person_words |= G_GUINT64_CONSTANT (1) << c;
          continue;
        }
      if (strstr (lower, "date") != NULL || header_is_quantity (lower))
        continue;
      columns |= G_GUINT64_CONSTANT (1) << c;
      if (list_matches (lower, pairs, generic_ref_headers))
        generic |= G_GUINT64_CONSTANT (1) << c;
      if (strstr (lower, "compte") != NULL || strstr (lower, "account") != NULL)
        ledger |= G_GUINT64_CONSTANT (1) << c;
    }
  /* a bare "Ref" column only beside a column of people ("Guest", "Client", "Name") */
  for (guint c = 0; c < n && generic != 0 && !people; c++)
    if (person_words & (G_GUINT64_CONSTANT (1) << c))
      {
        char lower[MAX_HEADER_CELL + 1];
        gsize cl = strip_hint (t + starts[c], ends[c] - starts[c], lower);
        guint64 pairs = 0;
        for (gsize i = 0; i + 1 < cl; i++)
          pairs |= bigram_bit ((guchar)lower[i], (guchar)lower[i + 1]);
        gsize i = 0, k;
        const char *w = next_header_word (lower, cl, &i, &k);
        people = list_matches (lower, pairs, people_headers) || strcmp (lower, "name") == 0
                 || strcmp (lower, "nom") == 0 || (k > 0 && word_is_row_person_noun (w, k));
      }
  if (!people)
    columns &= ~generic;
  if (!(type_mask & VOILE_TYPE_BIT (VOILE_TYPE_CUSTOMER_ID)))
    columns = 0;
  wanted = (columns | documents) != 0;
  if (!wanted)
    return s;

  gsize cols[MAX_ALIGNED_COLUMNS];
  for (guint c = 0; c < n; c++)
    cols[c] = voile_line_columns (t, s, starts[c]);
  gsize next = e + 1;
  guint rows = 0;
  while (next < len)
    {
      const char *nl = memchr (t + next, '\n', len - next);
      gsize row_end = nl != NULL ? (gsize)(nl - t) : len;
      if (row_end == next || !voile_has_double_space (t, next, row_end))
        break;
      /* walk the row once, column by column */
      gsize p = next, col = 0;
      for (guint c = 0; c < n; c++)
        {
          gsize v, q;
          gboolean document = (documents & (G_GUINT64_CONSTANT (1) << c)) != 0;
          if (!aligned_cell (t, next, row_end, cols[c], &p, &col, &v, &q)
              || !((columns | documents) & (G_GUINT64_CONSTANT (1) << c)))
            continue;
          gboolean ok = document ? cell_is_document_number (t + v, q - v)
                        : (ledger & (G_GUINT64_CONSTANT (1) << c))
                            ? cell_is_account_reference (t + v, q - v)
                            : cell_is_reference (t + v, q - v);
          guint f = voile_findings_first_ending_after (findings, findings->len, v);
          if (ok && (f >= findings->len || g_array_index (findings, VoileFinding, f).start >= q)
              && (f == 0 || g_array_index (findings, VoileFinding, f - 1).end <= v))
            {
              VoileFinding found
                  = { document ? VOILE_TYPE_ID_DOCUMENT : VOILE_TYPE_CUSTOMER_ID, v, q, 0.75f, 0 };
              g_array_append_val (added, found);
            }
        }
      rows++;
      next = row_end + 1;
    }
  return rows > 0 ? next : s;
}

/* A line of a vCard or an LDIF entry: each component of its value is a cell under the
 * column header its label names ("phone", "birthday", "street", "password"). */
static void
apply_record_line (const char *t, const VoileRecordLine *line, guint32 type_mask, GArray *findings,
                   GArray *added)
{
  gsize p = line->value_start, s, e;

  for (guint i = 0; i < line->n_parts && voile_record_next_part (line, t, &p, &s, &e); i++)
    {
      const char *label = line->labels[i];
      if (label == NULL)
        continue;
      guint64 pairs = 0;
      for (gsize k = 0; label[k + 1] != '\0'; k++)
        pairs |= bigram_bit ((guchar)label[k], (guchar)label[k + 1]);
      for (gsize r = 0; r < G_N_ELEMENTS (column_rules); r++)
        if ((type_mask & VOILE_TYPE_BIT (column_rules[r].type)) && header_matches (label, pairs, r))
          {
            Cell cell = { s, e };
            if (line->encoded && column_rules[r].type != VOILE_TYPE_SECRET)
              break;
            while (cell.start < cell.end && t[cell.start] == ' ')
              cell.start++;
            while (cell.end > cell.start && t[cell.end - 1] == ' ')
              cell.end--;
            if (cell.end > cell.start)
              apply_to_cell (t, &cell, &column_rules[r], findings, findings->len, added);
            break;
          }
    }
}

/* The line [s, e) is a short label ending on a colon ("Sign-on:", "Night shift :") that
 * parts a table's rows into sections, or a comment: the next line's start, or 0. */
static gsize
section_label_end (const char *t, gsize len, gsize s, gsize e, char sep)
{
  gsize k = e;
  while (k > s && (t[k - 1] == ' ' || t[k - 1] == '\r'))
    k--;
  /* "# NB : tout assesseur doit …": a comment line between a TSV's rows (in a ';' file,
   * comments part a fixture's sections, each its own table) */
  if (sep == '\t' && k > s + 1 && t[s] == '#' && t[s + 1] == ' ' && e < len)
    return e + 1;
  if (k == s || k - s > 40 || t[k - 1] != ':' || !g_ascii_isalpha (t[s]) || e >= len)
    return 0;
  return e + 1;
}

/* A header cell named word (in its case when exact) in a row that also has a cell named
 * partner: word's column holds references ("Matter" beside "Client", "FIN" beside "MRN").
 * TRUE when one was set. */
static gboolean
reference_beside (const char *text, const Cell *cells, guint n, const VoileColumnRule **columns,
                  const char *word, gboolean exact, const char *partner)
{
  gsize wl = strlen (word), pl = strlen (partner);
  gboolean set = FALSE;

  for (guint c = 0; c < n; c++)
    {
      if (columns[c] != NULL || cells[c].end - cells[c].start != wl
          || (exact ? memcmp (text + cells[c].start, word, wl)
                    : voile_ascii_strncasecmp (text + cells[c].start, word, wl))
                 != 0)
        continue;
      for (guint o = 0; o < n; o++)
        if (cells[o].end - cells[o].start == pl
            && voile_ascii_strncasecmp (text + cells[o].start, partner, pl) == 0)
          {
            columns[c] = &column_rules[G_N_ELEMENTS (column_rules) - 1];
            set = TRUE;
            break;
          }
    }
  return set;
}

/* "CONTACT_ID, ACCOUNT_ID, …": a CRM export's contact is the person, the account the firm
 * they work for (as sql_column_is_firm_account() says of a dump's columns): its account
 * column is no reference. Out of line: asked of few headers. */
static G_GNUC_NO_INLINE void
drop_contacts_account (const char *text, const Cell *cells, guint n,
                       const VoileColumnRule **columns)
{
  for (guint c = 0; c < n; c++)
    if (columns[c] == &account_column
        && (sql_column_is_firm_account (text + cells[c].start, cells[c].end - cells[c].start)
            || (cells[c].end - cells[c].start == 10
                && voile_ascii_strncasecmp (text + cells[c].start, "account id", 10) == 0)))
      for (guint o = 0; o < n; o++)
        if (sql_column_is_contact_key (text + cells[o].start, cells[o].end - cells[o].start)
            || (cells[o].end - cells[o].start == 10
                && voile_ascii_strncasecmp (text + cells[o].start, "contact id", 10) == 0))
          {
            columns[c] = NULL;
            break;
          }
}

static gboolean
header_names_reference (const char *raw, gsize rn, const char *lower, gsize n);
static guint64
hash_cell (const char *t, gsize n);

/* (g22-refs2) The findings added from first on whose text is text[s, e) and whose type is a
 * reference's, taken out of added. */
static void
drop_added_value (const char *text, GArray *added, guint first, gsize s, gsize e)
{
  guint w = first;
  for (guint r = first; r < added->len; r++)
    {
      const VoileFinding *f = &g_array_index (added, VoileFinding, r);
      if (f->type == VOILE_TYPE_CUSTOMER_ID && f->end - f->start == e - s
          && memcmp (text + f->start, text + s, e - s) == 0)
        continue;
      if (w != r)
        g_array_index (added, VoileFinding, w) = *f;
      w++;
    }
  g_array_set_size (added, w);
}

void
voile_tables_apply (const char *text, gsize len, guint32 type_mask, GArray *findings)
{
  VoileRecordFormat record = VOILE_RECORD_NONE;
  g_autoptr (GArray) added = g_array_new (FALSE, FALSE, sizeof (VoileFinding));
  Cell cells[MAX_COLUMNS];
  const VoileColumnRule *columns[MAX_COLUMNS];
  gsize pos = 0;
  char previous_sep = 0;
  LineMemo memo = { G_MAXSIZE, 0, 0 };
  gsize sql_done = 0;
  SqlTables sql_tables = { 0 };
  gboolean references = (type_mask & VOILE_TYPE_BIT (VOILE_TYPE_CUSTOMER_ID)) != 0;

  compute_header_bigrams ();

  while (pos < len)
    {
      gsize line_end;
      char sep = line_scan_memo (text, pos, len, &line_end, &memo);

      /* vCards and LDIF entries: a header on each line. */
      if (record == VOILE_RECORD_NONE && voile_record_may_open (text, pos, line_end))
        record = voile_record_opens (text, pos, line_end);
      if (record != VOILE_RECORD_NONE)
        {
          VoileRecordLine line;
          if (voile_record_read_line (record, text, len, pos, line_end, &line))
            apply_record_line (text, &line, type_mask, findings, added);
          if (voile_record_closes (record, text, pos, line_end))
            record = VOILE_RECORD_NONE;
          previous_sep = 0;
          pos = line_end + 1;
          continue;
        }

      /* An SQL INSERT names its columns once, as a header does: "nhs_number". */
      gboolean insert_line = FALSE;
      if (references && (text[pos] == 'I' || text[pos] == 'i') && pos >= sql_done && len - pos > 12
          && voile_ascii_strncasecmp (text + pos, "insert into ", 12) == 0)
        {
          insert_line = TRUE;
          sql_done = sql_insert_references (text, len, pos + 12, findings, findings->len,
                                            &sql_tables, added);
          /* a dump's INSERT without its columns: its CREATE TABLE may name a document's */
          if ((type_mask & VOILE_TYPE_BIT (VOILE_TYPE_ID_DOCUMENT))
              && (sql_tables.n > 0 || sql_columns_may_name_document (text, pos + 12, len)))
            sql_insert_cells (text, len, pos + 12, SQL_COLUMN_DOCUMENT, findings, findings->len,
                              &sql_tables, added);
          /* a dump's INSERT without its columns: its CREATE TABLE may name a phone's */
          if ((type_mask & VOILE_TYPE_BIT (VOILE_TYPE_PHONE))
              && (sql_tables.n > 0 || sql_columns_may_name_phone (text, pos + 12, len)))
            sql_insert_cells (text, len, pos + 12, SQL_COLUMN_PHONE, findings, findings->len,
                              &sql_tables, added);
        }
      gsize next = line_end + 1;
      char this_sep = sep;

      /* "Agent: Ventanilla #0417<TAB>Report date: 11/15/2025<TAB>Operator: rgomez": a
       * report's title line of fields, each a label and its value, over the table's header;
       * that header is still the first line of its block (g18-ids) */
      if (sep == '\t')
        {
          const char *cell_end = memchr (text + pos, '\t', line_end - pos);
          const char *colon = cell_end != NULL
                                  ? memchr (text + pos, ':', (gsize)(cell_end - (text + pos)))
                                  : NULL;
          if (colon != NULL && colon + 2 < cell_end && colon[1] == ' ' && colon[2] != ' ')
            this_sep = 0;
        }

      /* "CREATE TABLE contacts (contact_id INT, account_id INT, …)" over "INSERT INTO contacts
       * VALUES (88121, 3302, …)": SQL, whose commas make no CSV header and rows (the INSERT
       * reader above reads them by the table's columns). this_sep stays ',', so the INSERTs
       * below are no header either. */
      if (sep == ',' && line_end - pos > 13 && (text[pos] == 'C' || text[pos] == 'c')
          && voile_ascii_strncasecmp (text + pos, "create table ", 13) == 0)
        sep = 0;

      /* "#  Surname  …  Passport": a numbered list's first column */
      if (references && sep == 0 && line_end - pos > 8
          && (g_ascii_isupper (text[pos])
              || (text[pos] == '#' && text[pos + 1] == ' ' && text[pos + 2] == ' ')))
        {
          gsize rows_end = text[pos] == '#'
                               ? pos
                               : aligned_reference_rows (text, len, pos, line_end, findings, added);
          if (rows_end == pos)
            rows_end
                = aligned_reference_columns (text, len, pos, line_end, type_mask, findings, added);
          if (rows_end > next)
            next = rows_end;
        }
      /* "  Name      Medicaid ID     Date of Birth": a letter's table indented by its
       * margin, its rows by the same */
      else if (references && sep == 0 && line_end - pos > 12 && text[pos] == ' '
               && text[pos + 1] == ' ')
        {
          gsize ind = pos;
          while (ind < line_end && ind - pos < 4 && text[ind] == ' ')
            ind++;
          if (g_ascii_isupper (text[ind]))
            {
              gsize rows_end = aligned_reference_columns (text, len, pos, line_end, type_mask,
                                                          findings, added);
              if (rows_end > next)
                next = rows_end;
            }
        }

      /* Only the first line of a block of rows can be its header. */
      if (sep != 0 && sep == previous_sep)
        sep = 0;
      /* "INSERT INTO t VALUES ('RC-1', …);" one whole statement per line, a blank line under
       * their CREATE TABLE: the INSERT reader above reads each, by the table's columns; the
       * first is no CSV header whose rows would be the next INSERTs, left unread (g18-ids) */
      if (insert_line && sep == ',')
        {
          gsize last = line_end;
          while (last > pos && (text[last - 1] == ' ' || text[last - 1] == '\r'))
            last--;
          if (last > pos && text[last - 1] == ';')
            sep = 0;
        }

      /* pg_dump's "COPY t (a, b) FROM stdin;": the column list is the header of the tabbed
       * rows below. */
      gsize head_start = pos, head_end = line_end;
      char row_sep = sep;
      if ((sep == ',' || sep == 0) && voile_table_copy_may_start (text, pos, line_end)
          && voile_table_copy_columns (text, pos, line_end, &head_start, &head_end))
        {
          sep = ','; /* "(nom, date_naissance)": one comma, still a list */
          row_sep = '\t';
        }

      /* "No. | Arrived | Full name" over "----+---------+----": the rows start below the rule */
      if (sep == '|')
        next = skip_rule_line (text, len, next);
      /* A header is followed by at least one row of the same table. */
      if (sep != 0 && line_end - pos < 2048 && next < len)
        {
          gsize row_end;
          if (line_scan_memo (text, next, len, &row_end, &memo) != row_sep)
            sep = 0;
        }
      /* (g23-tables) a title or a note over the header, its other cells empty ("\"TB
       * register Q3\";;;;;;;"): no header, and the line under it may still be the first of
       * its block */
      gboolean preamble = FALSE, split = FALSE;
      guint n_cells = 0;
      if (sep != 0 && row_sep == sep && line_end - pos < 2048)
        {
          /* (head_start, head_end) is (pos, line_end) here: the header's split below reads
           * these cells again. */
          n_cells = split_cells (text, pos, line_end, sep, cells, MAX_COLUMNS);
          split = TRUE;
          if (cells_are_preamble (cells, n_cells))
            {
              preamble = TRUE;
              sep = 0;
            }
        }
      if (sep != 0 && line_end - pos < 2048)
        {
          guint n
              = split ? n_cells : split_cells (text, head_start, head_end, sep, cells, MAX_COLUMNS);
          gboolean any = FALSE, product = FALSE, people = FALSE, document_kind = FALSE;
          /* "Date de naissance (éligibilité -30 ans)", "Mobile (if different from home)": a
           * remark in brackets after a header's words qualifies the column, it does not name
           * it; the words before it do. (strip_hint() leaves out short hints itself.) */
          for (guint c = 0; c < n; c++)
            trim_header_remark (text, &cells[c]);
          guint64 generic = 0, bare_ids = 0, row_ids = 0, glued_ids = 0, card_ids = 0;
          guint64 people_cols = 0;
          gboolean people_rows = FALSE, contact = FALSE, statement = FALSE;

          /* A header names its columns in a few words; prose with commas does not. A form's
           * export may hold a few long questions among its columns ("Avez-vous un certificat
           * médical ?"): those columns say nothing. */
          guint64 long_cells = 0;
          guint n_long = 0;
          for (guint c = 0; c < n; c++)
            {
              guint spaces = 0;
              for (gsize k = cells[c].start; k < cells[c].end; k++)
                spaces += text[k] == ' ';
              if (cells[c].end - cells[c].start > MAX_HEADER_CELL || spaces > 4)
                {
                  long_cells |= G_GUINT64_CONSTANT (1) << c;
                  n_long++;
                }
            }
          if (n_long > 0 && (n < 6 || n_long * 4 > n))
            n = 0;

          for (guint c = 0; c < n; c++)
            {
              gsize cl = cells[c].end - cells[c].start;
              char lower[MAX_HEADER_CELL + 1];

              columns[c] = NULL;
              /* A number in a header cell makes it a value, except a last digit that numbers
               * the column ("Shipping Address1", "Adresse 2"). */
              gsize digits = count_digits (text + cells[c].start, cl);
              if (digits == 1 && g_ascii_isdigit (text[cells[c].end - 1]) && cl > 1
                  && g_ascii_isalpha (text[cells[c].end - 2] == ' ' && cl > 2
                                          ? text[cells[c].end - 3]
                                          : text[cells[c].end - 2]))
                digits = 0;
              /* Google's and Outlook's "Phone 1 - Value", "E-mail 2 - Type": a digit
               * between spaces numbers the column too. */
              if (digits == 1 && cl > 4)
                {
                  const char *d = text + cells[c].start;
                  while (!g_ascii_isdigit (*d))
                    d++;
                  if (d > text + cells[c].start && d[-1] == ' ' && d + 1 < text + cells[c].end
                      && d[1] == ' ')
                    digits = 0;
                }
              if (cl == 0 || cl > MAX_HEADER_CELL || digits > 0
                  || (long_cells & (G_GUINT64_CONSTANT (1) << c)))
                continue;
              /* "Date de naissance (JJ/MM/AAAA)", "Né(e) le": a hint in brackets is left
               * out ("né le"); "len(customers)" keeps code's brackets and is no column. */
              gsize raw = cl;
              cl = strip_hint (text + cells[c].start, cl, lower);
              gboolean word_like = cl > 0;
              for (gsize i = 0; i < cl && word_like; i++)
                /* "Order #", "Emp #": a number sign ending a header is a word; "Passport /
                 * ID no.": a slash between spaces parts two names of one column */
                word_like
                    = !code_byte[(guchar)lower[i]] || (lower[i] == '#' && i + 1 == cl)
                      || (lower[i] == '/' && i > 0 && lower[i - 1] == ' ' && lower[i + 1] == ' ');
              /* "Patient (DOB)": hint_is_birth(), asked of cells that held brackets. */
              if ((cl + 2 < raw || !word_like)
                  && (type_mask & VOILE_TYPE_BIT (VOILE_TYPE_DATE_OF_BIRTH))
                  && hint_is_birth (text, cells[c].start, cells[c].end))
                {
                  columns[c] = &column_rules[0];
                  any = TRUE;
                  continue;
                }
              if (!word_like)
                continue;
              guint64 pairs = 0;
              for (gsize i = 0; i + 1 < cl; i++)
                pairs |= bigram_bit ((guchar)lower[i], (guchar)lower[i + 1]);
              gboolean after_document_kind = document_kind;
              document_kind = references && header_is_document_kind (lower);
              if (cl == 2 && lower[0] == 'i' && lower[1] == 'd')
                bare_ids |= G_GUINT64_CONSTANT (1) << c;
              else if (!people && bare_ids != 0 && list_matches (lower, pairs, people_headers)
                       && !header_names_row_owner (lower))
                people = TRUE;
              /* "Pièce | Numéro": the number of the identity document the cell before names */
              if (after_document_kind && (type_mask & VOILE_TYPE_BIT (VOILE_TYPE_ID_DOCUMENT))
                  && (word_is_id_word (lower, cl) || strcmp (lower, "numéro de pièce") == 0
                      || header_opens_or_ends_on_id_word (lower, cl)
                      || name_ends_on_number_word (lower, cl)))
                {
                  columns[c] = &column_rules[DOCUMENT_COLUMN_RULE];
                  any = TRUE;
                  continue;
                }
              /* A rule none of whose headers' first two bytes the cell holds is not called
               * (most of the rules for most cells: one test, not a call, each). */
              for (gsize r = 0; r < G_N_ELEMENTS (column_rules); r++)
                if ((pairs & rule_first_bigrams[r]) != 0
                    && (type_mask & VOILE_TYPE_BIT (column_rules[r].type))
                    && header_matches (lower, pairs, r))
                  {
                    /* "DOB_Animal", "animal_dob": a herd's or a pet's birth date, a plain
                     * date of the row (its keeper is the person) */
                    if (r == 0 && voile_tables_birth_of_animal (lower, 0, cl))
                      break;
                    columns[c] = &column_rules[r];
                    any = TRUE;
                    break;
                  }
              /* "Account", "N° compte": a ledger's general accounts may fill it */
              if (columns[c] == &column_rules[G_N_ELEMENTS (column_rules) - 1]
                  && (strstr (lower, "account") != NULL || strstr (lower, "compte") != NULL))
                columns[c] = &account_column;
              /* "EMP NO", "id_contact", "INE": no reference word the rules list, but a
               * person's noun beside a number's word. */
              if (columns[c] == NULL && references && header_is_person_id (lower, cl, pairs)
                  && !header_is_quantity (lower))
                {
                  columns[c] = &column_rules[G_N_ELEMENTS (column_rules) - 1];
                  any = TRUE;
                }
              /* "Backer UID", "Purchase ID", "N°": kept for a table of people (below) */
              /* the bigrams of "id", "no", "nr", "n°", "num…" first: most headers hold none */
              if (columns[c] == NULL && references
                  && (pairs
                      & (bigram_bit ('i', 'd') | bigram_bit ('n', 'o') | bigram_bit ('n', 'r')
                         | bigram_bit ('n', 0xC2) | bigram_bit ('n', 'u') | bigram_bit ('e', 'f')
                         | bigram_bit ('r', 0xC3)))
                  && header_has_row_id_word (lower, cl))
                row_ids |= G_GUINT64_CONSTANT (1) << c;
              /* "TenancyRef", "MemberId": the number's word glued, told by its capital */
              if (columns[c] == NULL && references && !(row_ids & (G_GUINT64_CONSTANT (1) << c))
                  && header_glued_id (text + cells[c].start, raw))
                {
                  row_ids |= G_GUINT64_CONSTANT (1) << c;
                  glued_ids |= G_GUINT64_CONSTANT (1) << c;
                }
              if (columns[c] != NULL && columns[c]->type == VOILE_TYPE_POSTAL_ADDRESS
                  && header_is_address_part (lower))
                columns[c] = NULL;
              /* "Order Date", "Date d'adhésion": the column holds dates, not references. */
              /* "Customer Search Term": what customers typed, not who they are */
              if (columns[c] != NULL && columns[c]->type == VOILE_TYPE_CUSTOMER_ID
                  && (strstr (lower, "date") != NULL || strstr (lower, "time") != NULL
                      || strstr (lower, "search") != NULL || strstr (lower, "keyword") != NULL
                      || header_is_quantity (lower)))
                columns[c] = NULL;
              /* "Référence commande" says whose reference it is: only a bare "ref" can
               * name a product. */
              if (columns[c] != NULL && columns[c]->type == VOILE_TYPE_CUSTOMER_ID
                  && list_matches (lower, pairs, generic_ref_headers)
                  && !list_matches (lower, pairs, owner_ref_headers))
                generic |= G_GUINT64_CONSTANT (1) << c;
            }
          /* "Matter | Client": a law firm's time entries, whose matter is a client's file
           * (a bare "Matter" elsewhere may be a tracker's issue key) */
          if (references)
            any |= reference_beside (text, cells, n, columns, "matter", FALSE, "client");
          /* "CONTACT_ID, ACCOUNT_ID, …": see drop_contacts_account() */
          if (references)
            drop_contacts_account (text, cells, n, columns);
          /* "FIN | MRN": Cerner's financial number, one patient's encounter, beside the
           * medical record's (a French "Fin" is the end of something: in capitals, and only
           * beside an MRN) */
          if (references)
            any |= reference_beside (text, cells, n, columns, "FIN", TRUE, "mrn");
          /* "Tél", "Balance", "Contractor": asked of the few tables with a row's id (below) */
          for (guint c = 0; c < n && row_ids != 0; c++)
            {
              char lower[MAX_HEADER_CELL + 1];
              gsize raw = cells[c].end - cells[c].start;
              if (raw == 0 || raw > MAX_HEADER_CELL)
                continue;
              strip_hint (text + cells[c].start, raw, lower);
              contact = contact || header_is_contact (lower);
              statement = statement || header_is_statement (lower);
            }
          gboolean own_name = FALSE, qualified_name = FALSE;
          /* "Prénom, Nom, Numéro d'identification", "NOM / Prénom | … | N°": the people
           * columns may come before the id's (asked only of a table with such an id) */
          /* and "Vendeur (nom, prénom)", "Tenant", "Nom" beside "Tél" say so to the ids of
           * the rows (people_rows), not to a bare "id" (which may number an order) */
          for (guint c = 0; c < n && row_ids != 0 && !(people && people_rows); c++)
            {
              char lower[MAX_HEADER_CELL + 1];
              gsize raw = cells[c].end - cells[c].start;
              if (raw == 0 || raw > MAX_HEADER_CELL || (row_ids & (G_GUINT64_CONSTANT (1) << c)))
                continue;
              gsize cl = strip_hint (text + cells[c].start, raw, lower);
              guint64 pairs = 0;
              for (gsize i = 0; i + 1 < cl; i++)
                pairs |= bigram_bit ((guchar)lower[i], (guchar)lower[i + 1]);
              gboolean named
                  = list_matches (lower, pairs, people_headers) && !header_names_row_owner (lower);
              people = people || named;
              if (named)
                people_cols |= G_GUINT64_CONSTANT (1) << c;
              people_rows = people_rows || named
                            || header_names_people (text + cells[c].start, raw, lower, cl, contact);
              /* (g25b-refs) "Reg No | Name of mother", "loan_no | borrower_name": a register's
               * number, then whose row it is, right after it */
              if (!people_rows && c > 0 && (row_ids & (G_GUINT64_CONSTANT (1) << (c - 1)))
                  && cells[c - 1].end - cells[c - 1].start <= MAX_HEADER_CELL)
                {
                  char ids[MAX_HEADER_CELL + 1];
                  strip_hint (text + cells[c - 1].start, cells[c - 1].end - cells[c - 1].start,
                              ids);
                  qualified_name
                      = qualified_name || header_qualified_name (lower, cl, ids, &own_name);
                }
            }
          people_rows = people || ((people_rows || (qualified_name && !own_name)) && !statement);
          /* then the id's words are read for a thing's ("Product ID", "Ticket number") */
          for (guint c = 0; c < n && row_ids != 0 && people_rows; c++)
            if (row_ids & (G_GUINT64_CONSTANT (1) << c))
              {
                char lower[MAX_HEADER_CELL + 1];
                gsize cl = strip_hint (text + cells[c].start, cells[c].end - cells[c].start, lower);
                gboolean card = FALSE;
                if (!header_is_row_id (lower, cl, (glued_ids & (G_GUINT64_CONSTANT (1) << c)) != 0,
                                       &card))
                  row_ids &= ~(G_GUINT64_CONSTANT (1) << c);
                else if (card)
                  card_ids |= G_GUINT64_CONSTANT (1) << c;
              }
          /* "id,first_name,last_name,email": the id of a person's record (not in an SQL
           * dump's COPY block, whose ids number rows). */
          for (guint c = 0; c < n && people_rows && references && row_sep == sep; c++)
            if ((people ? bare_ids | row_ids : row_ids & ~bare_ids) & (G_GUINT64_CONSTANT (1) << c))
              {
                columns[c] = &column_rules[G_N_ELEMENTS (column_rules) - 1];
                any = TRUE;
              }
          /* "ref;nom;stock;prix": a catalogue, whose references are products'. Asked only
           * of a table with a bare "ref" column (few). */
          for (guint c = 0; c < n && generic != 0 && !product; c++)
            if (columns[c] == NULL && cells[c].end - cells[c].start <= MAX_HEADER_CELL)
              {
                product = voile_tables_header_is_product (text + cells[c].start,
                                                          cells[c].end - cells[c].start);
              }
          for (guint c = 0; c < n && product && generic != 0; c++)
            if (generic & (G_GUINT64_CONSTANT (1) << c))
              columns[c] = NULL;
          if (any)
            {
              guint header_cells = n;
              guint address_column = G_MAXUINT;
              for (guint c = 0; c < n && address_column == G_MAXUINT; c++)
                if (columns[c] != NULL && columns[c]->type == VOILE_TYPE_POSTAL_ADDRESS)
                  address_column = c;
              /* (g22-refs2) a reference column's value met on every row while the rows'
               * people or other references change: a grouping's (the requisition, the job,
               * the batch: "Req ID" REQ-2291 beside each candidate), no one person's */
              guint64 id_cols = 0, same = 0, first_hash[MAX_COLUMNS];
              Cell first_cell[MAX_COLUMNS];
              gboolean varied = FALSE;
              guint rows_read = 0, added_from = added->len;
              for (guint c = 0; c < n; c++)
                if (columns[c] != NULL && columns[c]->type == VOILE_TYPE_CUSTOMER_ID)
                  id_cols |= G_GUINT64_CONSTANT (1) << c;
              /* The rows below, as long as they are rows of the same table. */
              while (next < len)
                {
                  gsize row_end;
                  Cell row[MAX_COLUMNS];
                  char rs = line_scan_memo (text, next, len, &row_end, &memo);
                  if (row_separator_for (text, next, row_end, rs, row_sep) != row_sep)
                    {
                      /* "Sign-on:" between a crew list's rows: a section's label, the rows
                       * go on below it (not in a CSV, whose rows hold commas) */
                      gsize after = row_sep == ','
                                        ? 0
                                        : section_label_end (text, len, next, row_end, row_sep);
                      gsize after_end;
                      if (after == 0 || after >= len
                          || line_scan_memo (text, after, len, &after_end, &memo) != row_sep)
                        break;
                      next = after;
                      row_end = after_end;
                    }
                  row_end = quoted_row_end (text, len, next, row_end);
                  guint m = split_cells (text, next, row_end, row_sep, row, MAX_COLUMNS);
                  if (row_sep == ',' && m > header_cells)
                    m = merge_amount_cells (text, row, m, header_cells);
                  if (row_sep == ',' && m > header_cells && address_column < header_cells)
                    m = merge_address_cells (row, m, header_cells, address_column);
                  if (row_sep == ',' ? m != header_cells : m + 1 < header_cells)
                    break;
                  gboolean alive = FALSE;
                  for (guint c = 0; c < MIN (m, header_cells) && id_cols != 0; c++)
                    {
                      guint64 bit = G_GUINT64_CONSTANT (1) << c, h;
                      if (!((id_cols | people_cols) & bit))
                        continue;
                      h = hash_cell (text + row[c].start, row[c].end - row[c].start);
                      if (rows_read == 0)
                        {
                          first_hash[c] = h;
                          first_cell[c] = row[c];
                          same |= bit;
                        }
                      else if (h != first_hash[c])
                        {
                          same &= ~bit;
                          varied = TRUE;
                        }
                    }
                  rows_read++;
                  for (guint c = 0; c < MIN (m, header_cells); c++)
                    {
                      /* A column holds one format: a "Date" column whose first value is no
                       * compact date holds none (the date rules take its "2025-03-03"). */
                      if (columns[c] != NULL && columns[c]->type == VOILE_TYPE_DATE
                          && row[c].end > row[c].start
                          && !cell_is_compact_date (text + row[c].start, row[c].end - row[c].start))
                        columns[c] = NULL;
                      /* a card's number with no letter is a bank card's (see
                       * header_is_row_id()): its column is left */
                      if ((card_ids & (G_GUINT64_CONSTANT (1) << c)) && row[c].end > row[c].start)
                        {
                          gboolean letter = FALSE;
                          for (gsize k = row[c].start; k < row[c].end && !letter; k++)
                            letter = g_ascii_isalpha (text[k]);
                          if (!letter)
                            columns[c] = NULL;
                          card_ids &= ~(G_GUINT64_CONSTANT (1) << c);
                        }
                      if (columns[c] != NULL && row[c].end > row[c].start)
                        apply_to_cell (text, &row[c], columns[c], findings, findings->len, added);
                    }
                  for (guint c = 0; c < header_cells && !alive; c++)
                    alive = columns[c] != NULL;
                  next = row_end + 1;
                  if (!alive)
                    break;
                }
              for (guint c = 0; c < n && varied && rows_read >= 3; c++)
                {
                  char lower[MAX_HEADER_CELL + 1];
                  gsize raw = cells[c].end - cells[c].start;
                  if (!((same & id_cols) & (G_GUINT64_CONSTANT (1) << c))
                      || first_cell[c].end <= first_cell[c].start || raw == 0
                      || raw > MAX_HEADER_CELL)
                    continue;
                  /* not a household's or a case's file its members share ("household_id") */
                  gsize cl = strip_hint (text + cells[c].start, raw, lower);
                  if (header_names_reference (text + cells[c].start, raw, lower, cl))
                    continue;
                  drop_added_value (text, added, added_from, first_cell[c].start,
                                    first_cell[c].end);
                }
            }
        }
      previous_sep = next == line_end + 1 && !preamble ? this_sep : 0;
      pos = next;
    }
  g_array_append_vals (findings, added->data, added->len);
}

/* The rows of one table read by voile_tables_person_id_columns(), at most. */
#define PERSON_TABLE_MAX_ROWS 256
/* The rows read to tell whether a table's rows are people. */
#define PERSON_TABLE_SAMPLE_ROWS 24
/* How many lines above a name's row its table's header may be. */
#define PERSON_TABLE_MAX_UP 64

/* Is cell the whole of a PERSON finding of findings[0..n)? */
static gboolean
cell_is_person (GArray *findings, guint n, const Cell *cell)
{
  guint k = voile_findings_first_ending_after (findings, findings->len, cell->start);
  if (k >= n || cell->end <= cell->start)
    return FALSE;
  const VoileFinding *f = &g_array_index (findings, VoileFinding, k);
  return f->type == VOILE_TYPE_PERSON && f->start == cell->start && f->end == cell->end;
}

/* "| ---- | :--- |": Markdown's rule under a header, no row. */
static gboolean
row_is_rule (const char *t, const Cell *row, guint m)
{
  for (guint c = 0; c < m; c++)
    if (row[c].end > row[c].start && t[row[c].start] != '-' && t[row[c].start] != ':')
      return FALSE;
  return TRUE;
}

/* The id columns of the header line [s, e) the first pass left: a number's word ("FRNSW
 * no.", "Réf.", "N°") with no thing's word, not a bare "id" (which may number anything). A
 * bit for each in *ids; FALSE when the header names a catalogue's or a statement's column. */
/* (g18-ids2) A header cell that is a booking's or a file's noun alone. */
static gboolean
header_is_file_noun (const char *lower, gsize n)
{
  static const char *const nouns[]
      = { "résa", "resa", "réservation", "reservation", "booking", "dossier",
          /* (g19-ids) a hotel's or a ship's folio: the guest's own bill */
          "folio", NULL };
  return voile_ascii_word_in (lower, n, nouns);
}

static gboolean
person_table_id_columns (const char *t, const Cell *cells, guint n, guint64 *ids)
{
  guint64 candidates = 0;
  *ids = 0;
  /* the number's word first: most headers have none, and are not read further */
  for (guint c = 0; c < n; c++)
    {
      char lower[MAX_HEADER_CELL + 1];
      gsize raw = cells[c].end - cells[c].start;
      if (raw == 0 || raw > MAX_HEADER_CELL || count_digits (t + cells[c].start, raw) > 0)
        continue;
      gsize cl = strip_hint (t + cells[c].start, raw, lower);
      gboolean glued = header_glued_id (t + cells[c].start, raw), card = FALSE;
      /* (g18-ids2) a booking's or a file's noun alone heads its references ("Résa",
       * "Booking", "Dossier"), as "Ref" does */
      if (cl > 0 && header_is_file_noun (lower, cl))
        {
          candidates |= G_GUINT64_CONSTANT (1) << c;
          continue;
        }
      if (cl == 0 || (cl == 2 && lower[0] == 'i' && lower[1] == 'd')
          || (!glued && !header_has_row_id_word (lower, cl)))
        continue;
      if (header_is_row_id (lower, cl, glued, &card) && !card && !header_is_quantity (lower))
        candidates |= G_GUINT64_CONSTANT (1) << c;
    }
  for (guint c = 0; c < n && candidates != 0; c++)
    {
      char lower[MAX_HEADER_CELL + 1];
      gsize raw = cells[c].end - cells[c].start;
      if (raw == 0 || raw > MAX_HEADER_CELL)
        continue;
      if (voile_tables_header_is_product (t + cells[c].start, raw))
        return FALSE;
      strip_hint (t + cells[c].start, raw, lower);
      if (header_is_statement (lower))
        return FALSE;
    }
  *ids = candidates;
  return TRUE;
}

/* Might the header line t[s, e) hold a number's word person_table_id_columns() accepts: "#",
 * "id" (also "uid", "identifiant", glued "MemberId"), "no", "nr", "num…", "ref", "réf", "n°"
 * standing as a word or glued after a lower-case letter with a capital? One pass over its
 * bytes, testing the pair at a word's start: most headers ("Name", "Nom", "Notes", "Phone")
 * hold none, and are not split into cells. It may say yes wrongly, never no wrongly. */
static gboolean
header_line_may_hold_id_word (const char *t, gsize s, gsize e)
{
  for (gsize i = s; i < e; i++)
    {
      guchar a = (guchar)t[i];
      if (a == '#')
        return TRUE;
      /* (g18-ids2) "Booking", "Dossier", "Reservation", "Folio" (header_is_file_noun()) */
      if (i + 2 < e && (i == s || !g_ascii_isalpha (t[i - 1]))
          && (((a | 0x20) == 'b' && (t[i + 1] | 0x20) == 'o' && (t[i + 2] | 0x20) == 'o')
              || ((a | 0x20) == 'd' && (t[i + 1] | 0x20) == 'o' && (t[i + 2] | 0x20) == 's')
              || ((a | 0x20) == 'r' && (t[i + 1] | 0x20) == 'e' && (t[i + 2] | 0x20) == 's')
              || ((a | 0x20) == 'f' && (t[i + 1] | 0x20) == 'o' && (t[i + 2] | 0x20) == 'l')))
        return TRUE;
      if (i + 1 >= e || (a | 0x20) < 'i' || (a | 0x20) > 'u')
        continue;
      /* a word's start, or a capital after a lower-case letter ("MemberId"); "uid" */
      guchar p = i > s ? (guchar)t[i - 1] : ' ';
      if (g_ascii_islower (p) && !g_ascii_isupper (a) && !(p == 'u' && (a | 0x20) == 'i'))
        continue;
      guchar b = (guchar)(t[i + 1] | 0x20), a2 = (guchar)(a | 0x20);
      guchar c = i + 2 < e ? (guchar)t[i + 2] : ' ';
      if (a2 == 'i' && b == 'd' && (!g_ascii_islower (c) || c == 'e'))
        return TRUE;
      if (a2 == 'n'
          && (((b == 'o' || b == 'r') && !g_ascii_islower (c)) || (b == 'u' && (c | 0x20) == 'm')
              || (guchar)t[i + 1] == 0xC2))
        return TRUE;
      if (a2 == 'r' && ((b == 'e' && (c | 0x20) == 'f') || (guchar)t[i + 1] == 0xC3))
        return TRUE;
    }
  return FALSE;
}

/* Reads (apply: marks) the rows below a header of n cells from pos, separated by sep: how
 * many there are, and for each column how many of its cells are a whole name. */
static gsize
person_table_rows (const char *t, gsize len, gsize pos, char sep, guint n, GArray *findings,
                   guint sorted, guint *rows, guint *names, guint64 ids, GArray *added)
{
  /* counting, the columns beside an id's only, on the first rows (a sample) */
  guint64 near = ((ids << 1) | (ids >> 1)) & ~ids;
  guint max_rows = added == NULL ? PERSON_TABLE_SAMPLE_ROWS : PERSON_TABLE_MAX_ROWS;
  *rows = 0;
  for (guint r = 0; r < max_rows && pos < len; r++)
    {
      gsize row_end, lim = MIN (len, pos + 2048);
      Cell row[MAX_COLUMNS];
      /* read up to 2 KB of a row: a longer line is no row */
      char got = line_scan (t, pos, lim, &row_end);
      if (row_separator_for (t, pos, row_end, got, sep) != sep || (row_end == lim && lim < len))
        break;
      guint m = split_cells (t, pos, row_end, sep, row, MAX_COLUMNS);
      if (sep == ',' ? m != n : m + 1 < n)
        break;
      if (!row_is_rule (t, row, m))
        {
          (*rows)++;
          for (guint c = 0; c < MIN (m, n); c++)
            if (added == NULL && (near & (G_GUINT64_CONSTANT (1) << c))
                && cell_is_person (findings, sorted, &row[c]))
              names[c]++;
            else if (added != NULL && (ids & (G_GUINT64_CONSTANT (1) << c))
                     && row[c].end > row[c].start)
              apply_to_cell (t, &row[c], &column_rules[G_N_ELEMENTS (column_rules) - 1], findings,
                             sorted, added);
        }
      pos = row_end + 1;
    }
  return pos;
}

/* Walks up from a delimited table's row at [*head, *head_end) to its block's first line, the
 * header (over psql's or Markdown's rule line "----+----", the line above the rule), at most
 * PERSON_TABLE_MAX_UP lines; stops early at the line that starts at stop_at (the row read
 * last: *met). Returns FALSE when the block is longer than that. */
static gboolean
delimited_block_top (const char *text, gsize len, char sep, gsize stop_at, gsize *head,
                     gsize *head_end, gboolean *met)
{
  *met = FALSE;
  for (guint up = 0; up < PERSON_TABLE_MAX_UP; up++)
    {
      gsize ps, pe;
      if (*head == 0)
        return TRUE;
      voile_line_around (text, len, *head - 1, *head - 1, VOILE_LINE_READ_MAX, &ps, &pe);
      if (ps > 0 && text[ps - 1] != '\n')
        return TRUE;
      if (ps == stop_at)
        {
          *met = TRUE;
          return TRUE;
        }
      if (row_separator_for (text, ps, *head - 1, line_scan (text, ps, *head - 1, &pe), sep) != sep)
        {
          gsize above;
          if (skip_rule_line (text, len, ps) != *head || ps == 0)
            return TRUE;
          voile_line_around (text, len, ps - 1, ps - 1, VOILE_LINE_READ_MAX, &above, &pe);
          if ((above > 0 && text[above - 1] != '\n') || line_scan (text, above, ps - 1, &pe) != sep)
            return TRUE;
          *head_end = ps - 1;
          *head = above;
          return TRUE;
        }
      *head_end = *head - 1;
      *head = ps;
    }
  return FALSE;
}

/* The header of a delimited table's row at [*head, *head_end): its block's first line
 * (delimited_block_top()), past the block's preamble (g23-tables: a title, a report's name, a
 * "From: …" line typed in the first cell, the others empty, row_is_preamble()) down to the
 * first line that names several columns. */
static gboolean
delimited_block_head (const char *text, gsize len, char sep, gsize stop_at, gsize *head,
                      gsize *head_end, gboolean *met)
{
  gsize row = *head;
  if (!delimited_block_top (text, len, sep, stop_at, head, head_end, met))
    return FALSE;
  while (!*met && *head < row && *head_end < row && row_is_preamble (text, *head, *head_end, sep)
         && skip_rule_line (text, len, *head_end + 1) == *head_end + 1)
    {
      gsize s = *head_end + 1;
      line_scan (text, s, len, head_end);
      *head = s;
    }
  return TRUE;
}

/* Is text[s, e) a whole cell: a separator (or a line's end) on each side, past up to 64
 * spaces or quotes, and a separator on one side at least? Most names are in prose, whose
 * lines are not read further, and a name alone on its line (a signature) is no row. */
static gboolean
finding_is_cell (const char *t, gsize len, gsize s, gsize e)
{
  /* 1: a line's end, 2: a separator */
  static const guint8 edge[256] = {
    [','] = 2, [';'] = 2, ['\t'] = 2, ['|'] = 2, ['\n'] = 1, ['\r'] = 1,
  };
  gsize i = s, k = 0;
  guint8 before = 1;
  for (; i > 0 && k < 64 && (t[i - 1] == ' ' || t[i - 1] == '"'); k++)
    i--;
  if (i > 0 && (before = edge[(guchar)t[i - 1]]) == 0)
    return FALSE;
  for (i = e, k = 0; i < len && k < 64 && (t[i] == ' ' || t[i] == '"'); k++)
    i++;
  return i == len ? before == 2 : edge[(guchar)t[i]] != 0 && (before | edge[(guchar)t[i]]) & 2;
}

void
voile_tables_person_id_columns (const char *text, gsize len, GArray *findings)
{
  g_autoptr (GArray) added = NULL;
  guint sorted = findings->len;
  gsize done = 0;
  /* the line of the last row read: a table's next row reads up to that line only, each
   * table's lines once */
  gsize last_row = G_MAXSIZE;
  char last_sep = 0;

  for (guint i = 0; i < sorted; i++)
    {
      const VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      gsize ls, le, e;
      if (f->type != VOILE_TYPE_PERSON || f->start < done
          || !finding_is_cell (text, len, f->start, f->end))
        continue;
      voile_line_around (text, len, f->start, f->end, VOILE_LINE_READ_MAX, &ls, &le);
      done = le + 1;
      /* a cell of the row already holds a reference: the first pass found the table's */
      gboolean found = FALSE;
      for (guint k = i; k > 0 && !found; k--)
        {
          const VoileFinding *o = &g_array_index (findings, VoileFinding, k - 1);
          if (o->end <= ls)
            break;
          found
              = o->type == VOILE_TYPE_CUSTOMER_ID && finding_is_cell (text, len, o->start, o->end);
        }
      for (guint k = i + 1; k < sorted && !found; k++)
        {
          const VoileFinding *o = &g_array_index (findings, VoileFinding, k);
          if (o->start >= le)
            break;
          found
              = o->type == VOILE_TYPE_CUSTOMER_ID && finding_is_cell (text, len, o->start, o->end);
        }
      if (found)
        continue;
      /* a line longer than the read is no table's row */
      if ((ls > 0 && text[ls - 1] != '\n') || (le < len && text[le] != '\n'))
        continue;
      char sep = line_scan (text, ls, le, &e);
      if (sep == 0)
        continue;
      /* Up to the block's first line, the header; the row read last, with this separator,
       * is not scanned again. */
      gsize head = ls, head_end = e;
      gboolean known;
      gboolean bounded = delimited_block_head (
          text, len, sep, sep == last_sep ? last_row : G_MAXSIZE, &head, &head_end, &known);
      last_row = ls;
      last_sep = sep;
      /* the table's header was read for an earlier row (and its rows, were they people's) */
      if (known || !bounded)
        continue;
      if (!header_line_may_hold_id_word (text, head, head_end))
        continue;
      Cell cells[MAX_COLUMNS];
      guint n = split_cells (text, head, head_end, sep, cells, MAX_COLUMNS);
      guint64 ids;
      if (n < 2 || !person_table_id_columns (text, cells, n, &ids) || ids == 0)
        continue;
      guint names[MAX_COLUMNS] = { 0 }, rows;
      gsize first = skip_rule_line (text, len, head_end + 1);
      gsize end
          = person_table_rows (text, len, first, sep, n, findings, sorted, &rows, names, ids, NULL);
      done = MAX (done, end);
      /* Most of a column's cells, and three at least, are names: the rows are people, and
       * the number beside their names is each one's reference. A number further off numbers
       * what the row is about ("incident_no, …, caller_name": a call; "id_tournee, date,
       * chauffeur": a delivery round) or a thing of the person's ("doc_numero"). */
      guint64 people = 0;
      for (guint c = 0; c < n && rows >= 3; c++)
        if ((ids & (G_GUINT64_CONSTANT (1) << c))
            && ((c > 0 && names[c - 1] * 3 >= rows * 2)
                || (c + 1 < n && names[c + 1] * 3 >= rows * 2)))
          people |= G_GUINT64_CONSTANT (1) << c;
      if (people == 0)
        continue;
      if (added == NULL)
        added = g_array_new (FALSE, FALSE, sizeof (VoileFinding));
      person_table_rows (text, len, first, sep, n, findings, sorted, &rows, names, people, added);
    }
  if (added != NULL)
    g_array_append_vals (findings, added->data, added->len);
}

/* (session 21, g21-tables) A table of people's columns of references, told by their cells'
 * shape, whatever their headers call them ("Adno", "UPN", "ULN", "case_id", "creator_id",
 * "ipp", "NDA"): each world names its references its own way, and adding header words one
 * by one never caught up. */

/* The rows of one table read by voile_tables_person_shape_columns(), at most. */
#define SHAPE_TABLE_MAX_ROWS 256

/* Is t[0..n) an identifier's shape: one token of letters, digits, '-' and '_' ('/' with a
 * letter), opening and closing on a letter or a digit, with five digits or more; six digits
 * or more when it has no letter, each group of three at least when dashes part them
 * ("004512", "067-2026-0088412"; not a date "2026-10-03", a sort code "20-45-77", a
 * postcode "13015"); seven bytes or more with letters ("AV-558201", "K330209914017",
 * "cr_IN_220184"; not a grouping's code "04M053", "8461H", a decimal "F22.0", a login's
 * dot). */
static gboolean
cell_is_id_token (const char *t, gsize n)
{
  guint digits = 0, letters = 0, slashes = 0, group = 0, shortest = G_MAXUINT;
  if (n < 6 || n > 40 || !g_ascii_isalnum (t[0]) || !g_ascii_isalnum (t[n - 1]))
    return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      guchar c = (guchar)t[i];
      if (g_ascii_isdigit (c))
        digits++, group++;
      else if (g_ascii_isalpha (c))
        letters++, group++;
      else if (c == '-' || c == '_' || c == '/')
        {
          slashes += c == '/';
          shortest = MIN (shortest, group);
          group = 0;
        }
      else
        return FALSE;
    }
  shortest = MIN (shortest, group);
  if (digits < 5)
    return FALSE;
  /* (g22-tables) a court's or a registry's year and sequence ("25/00088", "2024/01902"):
   * two or four digits, a slash, a sequence of five or more (not a month and a year) */
  if (letters == 0 && slashes == 1 && digits == n - 1)
    {
      const char *sl = memchr (t, '/', n);
      gsize a = (gsize)(sl - t);
      return (a == 2 || a == 4) && n - a - 1 >= 5;
    }
  if (letters == 0)
    return slashes == 0 && digits >= 6 && shortest >= 3;
  return n >= 7;
}

/* (g23-tables) Where the header cell t[s, e) names its column: past a dotted path's prefix
 * ("form.case_id", "properties.patient_uuid", "data.member.ref": a form's or a payload's
 * namespace, as CommCare, ODK, Kobo and JSON flatteners write them), the last segment; s
 * itself when the cell holds a space or no dot between letters. */
static gsize
header_path_tail (const char *t, gsize s, gsize e)
{
  gsize tail = s;
  for (gsize i = s; i < e; i++)
    if (t[i] == ' ')
      return s;
    else if (t[i] == '.' && i > s && g_ascii_isalpha (t[i - 1]) && i + 1 < e
             && g_ascii_isalpha (t[i + 1]))
      tail = i + 1;
  return tail;
}

/* Does the header (lower-cased) name a thing, a place, a time, an amount, a code of a
 * grouping or a practitioner's or a firm's number, not a person's file: the row-id rule's
 * things, and the words a people's table holds beside its references. */
static gboolean
header_names_no_file (const char *lower, gsize n)
{
  static const char *const words[]
      = { "date",          "time",     "heure",     "year",     "année",    "annee",
          "period",        "périod",   "day",       "jour",     "salle",    "bed",
          "lit",           "ward",     "bloc",      "site",     "centre",   "center",
          "school",        "école",    "ecole",     "etab",     "établ",    "urn",
          "uai",           "dfe",      "laestab",   "postcode", "cp",       "insee",
          "commune",       "ifsc",     "bsb",       "swift",    "branch",   "agence",
          "guichet",       "salary",   "salaire",   "cost",     "coût",     "fee",
          "tarif",         "gross",    "net",       "score",    "point",    "mark",
          "grade",         "rank",     "weight",    "poids",    "height",   "taille",
          "durat",         "durée",    "hash",      "sha",      "md5",      "token",
          "secret",        "device",   "imei",      "mac",      "host",     "commit",
          "job",           "run",      "task",      "step",     "span",     "log",
          "ghm",           "cim",      "icd",       "diag",     "acte",     "ccam",
          "finess",        "rpps",     "adeli",     "gmc",      "nmc",      "hcpc",
          "npi",           "ahpra",    "gdc",       "ordre",    "vin",      "licen",
          "permis",        "passport", "passeport", "course",   "cours",    "module",
          "subject",       "class",    "group",     "groupe",   "code",     "seq",
          "séq",           "row",      "rang",      "index",    "version",  "sample",
          "échantillon",   "specimen", "tube",      "image",    "fichier",  "doc",
          "pan",           "aadhaar",  "ssn",       "nin",      "nino",     "nir",
          "insurance",     "visa",     "foil",      "pro",      "dea",      "professional",
          "professionnel", "kit",      "cheval",    "horse",    "pet",      "animal",
          "chip",          "puce",     "sire",      "breed",    "dog",      "chien",
          "microchip",     "litter",   "proposal",  "project",  "projet",   "grant",
          "locker",        "casier",   "coupon",    "promo",    "gift",     "tin",
          "ein",           "meter",    "compteur",  "mpan",     "mprn",     "pdl",
          "prm",           "asset",    "equipment", "laptop",   "matériel", "flight",
          "vol",           "gate",     "rev",       "revision", "sha1",     "hash",
          "uuid",          "guid",     NULL };
  if (n == 0 || header_is_quantity (lower) || header_is_contact (lower)
      || header_is_statement (lower))
    return TRUE;
  for (const char *const *w = row_id_things; *w != NULL; w++)
    if (header_has_thing_word (lower, *w))
      return TRUE;
  for (const char *const *w = words; *w != NULL; w++)
    if (header_has_thing_word (lower, *w))
      return TRUE;
  return FALSE;
}

/* Does the header name the column of a person's references: a person's or a file's noun, a
 * number's word beside it or not ("creator_id", "case_id", "queue_id", "Cand No", "Admission
 * No"), or an abbreviation no dictionary holds? A number's word alone or beside a thing's
 * noun ("id", "hit_id", "id_tournee", "Ref ID") numbers what the row is about. raw[0..rn) is
 * the header as written, lower[0..n) lower-cased. */
static gboolean
header_names_reference (const char *raw, gsize rn, const char *lower, gsize n)
{
  static const char *const files[]
      = { "case", "cas", "dossier", "file", "claim", "booking", "resa", "résa", "reservation",
          "réservation", "order", "commande", "account", "compte", "contract", "contrat", "policy",
          "admission", "enrolment", "enrollment", "inscription", "application", "matter", "record",
          "profile", "membership", "cand", "adm",
          /* a court's case, a lawyer's matter in French (g22-tables) */
          "affaire",
          /* a platform's people the nouns' list leaves (its users selling or publishing) */
          "creator", "seller", "streamer",
          /* a review queue's entry, an appeal, a complaint, a referral: one person's case */
          "queue", "appeal", "complaint", "plainte", "referral", NULL };
  gboolean id_word = FALSE, owner = FALSE;
  for (gsize i = 0; i < n;)
    {
      gsize k;
      const char *w = next_header_word (lower, n, &i, &k);
      if (k == 0)
        continue;
      if (word_is_id_word (w, k) || (k == 3 && memcmp (w, "uid", 3) == 0)
          || (k >= 10 && memcmp (w, "identifi", 8) == 0)
          || (k >= 9
              && (memcmp (w, "reference", 9) == 0
                  || memcmp (w,
                             "r\xc3\xa9"
                             "f\xc3\xa9rence",
                             11)
                         == 0)))
        id_word = TRUE;
      else if (word_is_person_noun (w, k) || voile_ascii_word_in (w, k, files))
        owner = TRUE;
    }
  if (owner || id_word)
    return owner;
  /* no one's noun: the header must be a number's abbreviation or an acronym ("UPN", "ULN",
   * "Adno", "ipp", "imilo", "Kennung"), no word of the dictionaries a thing's noun would be
   * ("Resource", "Machine", "Essay", "Episode") */
  gboolean words = FALSE;
  for (gsize a = 0; a < rn;)
    {
      if (!g_ascii_isalpha (raw[a]))
        {
          a++;
          continue;
        }
      gsize b = a, upper = 0;
      while (b < rn && g_ascii_isalpha (raw[b]))
        upper += g_ascii_isupper (raw[b++]) != 0;
      gsize k = b - a;
      /* "UPN", "ULN", "FAN": capitals alone, an acronym whatever the dictionary says */
      if (k >= 2 && !(upper == k && k <= 5)
          && (voile_name_lookup_word (raw + a, k) & (VOILE_NAME_WORD | VOILE_NAME_AMBIGUOUS)))
        return FALSE;
      words |= k >= 2;
      a = b;
    }
  return words;
}

/* (g22-tables) Does the header number something by its structure, a number's word beside a
 * noun of three letters or more ("n° placement", "num_permis", "no_demande", "placement_id")?
 * Whatever the noun (none of a thing's: header_names_no_file() is asked first), the column's
 * values must each be one person's for its cells to be marked. */
static gboolean
header_numbers_a_noun (const char *lower, gsize n)
{
  gboolean id_word = FALSE, noun = FALSE;
  for (gsize i = 0; i < n;)
    {
      gsize k;
      const char *w = next_header_word (lower, n, &i, &k);
      if (k == 0)
        continue;
      if (word_is_id_word (w, k))
        id_word = TRUE;
      else if (k >= 3)
        noun = TRUE;
    }
  return id_word && noun;
}

/* Does the header name who acts on a row ("Reviewer", "dispensed_by", "Checked by", "saisi
 * par"), not whom the row is about? */
static gboolean
header_names_actor (const char *lower, gsize n)
{
  for (gsize i = 0; i < n;)
    {
      gsize k;
      const char *w = next_header_word (lower, n, &i, &k);
      if (k == 0)
        continue;
      if ((k == 2 && memcmp (w, "by", 2) == 0) || (k == 3 && memcmp (w, "par", 3) == 0)
          || (header_person_noun_flags (w, k) & VOILE_PERSON_NOUN_ACTOR))
        return TRUE;
    }
  return FALSE;
}

/* A shaped cell's value and whom its row is about (a hash of the row's names and e-mails,
 * 0 when none), for voile_tables_person_shape_columns(). */
typedef struct
{
  guint64 value;
  guint64 owner;
} ShapeValue;

static int
compare_shape_values (gconstpointer a, gconstpointer b)
{
  const ShapeValue *x = a, *y = b;
  if (x->value != y->value)
    return x->value < y->value ? -1 : 1;
  return x->owner < y->owner ? -1 : x->owner > y->owner;
}

/* What a column of a table's rows holds, for voile_tables_person_shape_columns(). */
typedef struct
{
  guint people;    /* cells that are a whole PERSON, EMAIL or DATE_OF_BIRTH finding */
  guint filled;    /* cells not empty */
  guint shaped;    /* cells of an identifier's shape (cell_is_id_token()) */
  guint found;     /* shaped cells already a CUSTOMER_ID */
  gboolean other;  /* a shaped cell overlaps a finding of another kind: not this column */
  gboolean counts; /* its all-digit cells run one after another: a row's number */
  guint64 last;    /* the last all-digit cell's value */
} ShapeColumn;

static guint64
hash_cell (const char *t, gsize n)
{
  guint64 h = 1469598103934665603ULL;
  for (gsize i = 0; i < n; i++)
    h = (h ^ (guchar)t[i]) * 1099511628211ULL;
  return h;
}

/* (g21-shapes) The cells of an aligned row [s, e) under the n header columns at cols
 * (characters): a column no value starts under is an empty cell. Returns n. */
static guint
aligned_row_cells (const char *t, gsize s, gsize e, const gsize *cols, guint n, Cell *row)
{
  gsize p = s, col = 0;
  for (guint c = 0; c < n; c++)
    {
      gsize v, q;
      if (!aligned_cell (t, s, e, cols[c], &p, &col, &v, &q))
        v = q = p;
      row[c].start = v;
      row[c].end = q;
    }
  return n;
}

/* (g21-shapes) The cells of a line [s, e) split at two spaces or a tab, as an aligned
 * table's header is ("TIME  GUEST/CREW  CABIN  ID"); their count. */
static guint
split_aligned (const char *t, gsize s, gsize e, Cell *cells, guint max)
{
  guint n = 0;
  for (gsize i = s; i < e && n < max;)
    {
      while (i < e && (t[i] == ' ' || t[i] == '\t'))
        i++;
      if (i >= e)
        break;
      gsize c = i;
      while (i < e && !(t[i] == ' ' && i + 1 < e && t[i + 1] == ' ') && t[i] != '\t'
             && t[i] != '\r')
        i++;
      cells[n].start = c;
      cells[n++].end = i;
      while (i < e && t[i] == '\r')
        i++;
    }
  return n;
}

/* (g21-shapes) Is text[s, e) a cell of a row aligned with spaces: two spaces or a tab, or
 * the line's edge (its indentation), on each side? */
static gboolean
finding_is_aligned_cell (const char *t, gsize len, gsize s, gsize e)
{
  gsize i = s, k = 0;
  for (; i > 0 && k < 64 && t[i - 1] == ' '; k++)
    i--;
  if (!(i == 0 || t[i - 1] == '\n' || t[i - 1] == '\t' || k >= 2))
    return FALSE;
  for (i = e, k = 0; i < len && k < 64 && t[i] == ' '; k++)
    i++;
  return i == len || t[i] == '\n' || t[i] == '\r' || t[i] == '\t' || k >= 2;
}

/* (g21-shapes) The header of the aligned table whose row starts at ls: the first line of
 * the block of aligned lines it ends (or the line over a rule of dashes), none of its cells
 * a value (no digit but a count's: "2min"). FALSE when there is none within
 * PERSON_TABLE_MAX_UP lines. */
static gboolean
aligned_header_above (const char *t, gsize len, gsize ls, gsize *head, gsize *head_end)
{
  gsize h = ls, he = ls;
  guint up = 0;
  for (; up < PERSON_TABLE_MAX_UP && h > 0; up++)
    {
      gsize ps, pe;
      voile_line_around (t, len, h - 1, h - 1, VOILE_LINE_READ_MAX, &ps, &pe);
      if (ps > 0 && t[ps - 1] != '\n')
        return FALSE;
      if (skip_rule_line (t, len, ps) == h && ps > 0)
        {
          voile_line_around (t, len, ps - 1, ps - 1, VOILE_LINE_READ_MAX, &h, &he);
          if (h > 0 && t[h - 1] != '\n')
            return FALSE;
          break;
        }
      if (pe == ps || !voile_has_double_space (t, ps, pe))
        break;
      h = ps;
      he = pe;
    }
  if (up == PERSON_TABLE_MAX_UP || h == ls || !voile_has_double_space (t, h, he))
    return FALSE;
  Cell cells[MAX_COLUMNS];
  guint n = split_aligned (t, h, he, cells, MAX_COLUMNS);
  if (n < 3)
    return FALSE;
  for (guint c = 0; c < n; c++)
    {
      gsize w = cells[c].end - cells[c].start;
      if (w > MAX_HEADER_CELL
          || (count_digits (t + cells[c].start, w)
              && !header_word_with_count (t + cells[c].start, w)))
        return FALSE;
    }
  *head = h;
  *head_end = he;
  return TRUE;
}

/* (g21-shapes) How much of a cell ending at ce the names from findings[k] on cover, with the
 * signs between them ("HOFFMANN/JULIA", "NGUYEN, Anh Thu" found as two names): 0 when another
 * finding or a word no name holds comes between. Asked of aligned rows only, where the name
 * finder parts such cells most (a delimited ledger's "BERTHELOT CORINNE" beside its entries'
 * numbers stays a statement's row). */
static gsize
person_cover (const char *t, GArray *findings, guint sorted, guint k, gsize ce)
{
  gsize cs = g_array_index (findings, VoileFinding, k).start, end = cs;
  for (; k < sorted && g_array_index (findings, VoileFinding, k).start < ce; k++)
    {
      const VoileFinding *f = &g_array_index (findings, VoileFinding, k);
      if (f->type != VOILE_TYPE_PERSON || f->end > ce)
        return 0;
      for (gsize i = end; i < f->start; i++)
        if (g_ascii_isalnum (t[i]) || (guchar)t[i] >= 0x80)
          return 0;
      end = f->end;
    }
  return end - cs;
}

/* Reads the rows under a header of n cells at pos (separator sep; aligned: the header's
 * columns in characters when the rows are aligned with spaces), up to SHAPE_TABLE_MAX_ROWS: counts
 * each column's cells into cols (marks, when mark != 0, the shaped cells of the columns in mark).
 * Returns where the rows stop. */
static gsize
shape_table_rows (const char *t, gsize len, gsize pos, char sep, const gsize *aligned, guint n,
                  GArray *findings, guint sorted, guint *rows, ShapeColumn *cols,
                  ShapeValue *hashes, guint64 cand, guint64 mark, GArray *added)
{
  *rows = 0;
  /* counting, a sample of the first rows; marking, every row of the table */
  for (guint r = 0; (mark != 0 || r < SHAPE_TABLE_MAX_ROWS) && pos < len; r++)
    {
      gsize row_end, lim = MIN (len, pos + 2048);
      Cell row[MAX_COLUMNS];
      guint m;
      if (aligned != NULL)
        {
          /* (g21-shapes) a row aligned with spaces: each cell under its header's column */
          const char *nl = memchr (t + pos, '\n', lim - pos);
          row_end = nl != NULL ? (gsize)(nl - t) : lim;
          if ((nl == NULL && lim < len) || row_end == pos
              || !voile_has_double_space (t, pos, row_end))
            break;
          m = aligned_row_cells (t, pos, row_end, aligned, n, row);
        }
      else
        {
          char got = line_scan (t, pos, lim, &row_end);
          if (row_separator_for (t, pos, row_end, got, sep) != sep || (row_end == lim && lim < len))
            break;
          m = split_cells (t, pos, row_end, sep, row, MAX_COLUMNS);
        }
      if (sep == ',' ? m != n : m + 1 < n)
        break;
      /* the findings of the row, walked with its cells */
      guint k = voile_findings_first_ending_after (findings, sorted, pos);
      pos = row_end + 1;
      if (row_is_rule (t, row, m))
        continue;
      /* (g22-tables) whom the row is about: its names and e-mails, for a value met again on
       * another row to be told the same person's or another's */
      guint64 owner = 0;
      for (guint j = k;
           mark == 0 && j < sorted && g_array_index (findings, VoileFinding, j).start < row_end;
           j++)
        {
          const VoileFinding *g = &g_array_index (findings, VoileFinding, j);
          if (g->type == VOILE_TYPE_PERSON || g->type == VOILE_TYPE_EMAIL)
            owner = owner * G_GUINT64_CONSTANT (1099511628211)
                    ^ hash_cell (t + g->start, g->end - g->start);
        }
      for (guint c = 0; c < MIN (m, n); c++)
        {
          gsize cs = row[c].start, ce = row[c].end;
          if (ce <= cs)
            continue;
          while (k < sorted && g_array_index (findings, VoileFinding, k).end <= cs)
            k++;
          const VoileFinding *f = k < sorted && g_array_index (findings, VoileFinding, k).start < ce
                                      ? &g_array_index (findings, VoileFinding, k)
                                      : NULL;
          ShapeColumn *col = &cols[c];
          gboolean candidate = (cand & (G_GUINT64_CONSTANT (1) << c)) != 0;
          if (mark != 0)
            {
              if ((mark & (G_GUINT64_CONSTANT (1) << c)) && f == NULL
                  && cell_is_id_token (t + cs, ce - cs))
                {
                  VoileFinding found = { VOILE_TYPE_CUSTOMER_ID, cs, ce, 0.8f, 0 };
                  g_array_append_val (added, found);
                }
              continue;
            }
          col->filled++;
          /* a whole name, login, e-mail or birth date ("GIANNONE L." found without its
           * dot: a name opening the cell and filling most of it) */
          if (f != NULL && f->start == cs
              && (((f->type == VOILE_TYPE_EMAIL || f->type == VOILE_TYPE_DATE_OF_BIRTH)
                   && f->end == ce)
                  || (f->type == VOILE_TYPE_PERSON && f->end <= ce
                      && (aligned != NULL ? person_cover (t, findings, sorted, k, ce) : f->end - cs)
                                 * 4
                             >= (ce - cs) * 3)))
            col->people++;
          if (!candidate || col->other)
            continue;
          /* (g22-tables) a cell a reference's rule found already, its label beside it ("RG
           * 24/01733" in a column of case numbers), is the column's as a shaped cell is */
          gboolean within
              = f != NULL && f->type == VOILE_TYPE_CUSTOMER_ID && f->start >= cs && f->end <= ce;
          if (!within && !cell_is_id_token (t + cs, ce - cs))
            continue;
          if (f != NULL && f->type == VOILE_TYPE_CUSTOMER_ID)
            col->found++;
          else if (f != NULL)
            col->other = TRUE;
          ShapeValue *sv = &hashes[c * SHAPE_TABLE_MAX_ROWS + col->shaped];
          sv->value
              = within ? hash_cell (t + f->start, f->end - f->start) : hash_cell (t + cs, ce - cs);
          sv->owner = owner;
          if (within)
            {
              col->counts = FALSE;
              col->shaped++;
              continue;
            }
          if (count_digits (t + cs, ce - cs) == ce - cs && ce - cs <= 18)
            {
              guint64 v = g_ascii_strtoull (t + cs, NULL, 10);
              col->counts = col->shaped == 0 || (col->counts && v == col->last + 1);
              col->last = v;
            }
          else
            col->counts = FALSE;
          col->shaped++;
        }
      (*rows)++;
    }
  return pos;
}

/* Bytes of the tokens shape_values_again() reads: 1 for ASCII letters and digits, 2 for
 * '-' and '_' (inside a token, not at its ends). */
static const guint8 again_byte[256] = {
  ['0' ... '9'] = 1, ['A' ... 'Z'] = 1, ['a' ... 'z'] = 1, ['-'] = 2, ['_'] = 2,
};

/* The references a table's cells gave, met again as whole tokens elsewhere in the text (a
 * note under the table: "cr_IN_221007 on hold since …"), over no finding: each is that
 * person's there too. One pass over the text, only when a table gave some. */
static void
shape_values_again (const char *text, gsize len, GArray *findings, guint sorted, GArray *added)
{
  g_autoptr (GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  guint n = added->len, k = 0, a = 0;
  /* The values' lengths and first and last bytes: a token none of them fits is no value,
   * without its copy and hash (most tokens of a text: the hash set was 7 % of the corpus
   * text's scan). */
  guint64 lengths = 0;
  guint64 firsts[4] = { 0 }, lasts[4] = { 0 };
  for (guint i = 0; i < n; i++)
    {
      const VoileFinding *f = &g_array_index (added, VoileFinding, i);
      char *v = g_strndup (text + f->start, f->end - f->start);
      gsize vn = strlen (v);
      g_ptr_array_add (keys, v);
      g_hash_table_add (values, v);
      if (vn == 0 || vn > 63)
        continue;
      lengths |= G_GUINT64_CONSTANT (1) << vn;
      firsts[(guchar)v[0] / 64] |= G_GUINT64_CONSTANT (1) << ((guchar)v[0] % 64);
      lasts[(guchar)v[vn - 1] / 64] |= G_GUINT64_CONSTANT (1) << ((guchar)v[vn - 1] % 64);
    }
  for (gsize i = 0; i < len;)
    {
      if (again_byte[(guchar)text[i]] != 1)
        {
          i++;
          continue;
        }
      gsize s = i;
      while (i < len && again_byte[(guchar)text[i]] != 0)
        i++;
      gsize e = i;
      while (e > s && again_byte[(guchar)text[e - 1]] != 1)
        e--;
      if (e - s < 6 || e - s > 40 || (s > 0 && (guchar)text[s - 1] >= 0x80)
          || (e < len && (guchar)text[e] >= 0x80))
        continue;
      guchar first = (guchar)text[s], last = (guchar)text[e - 1];
      if (!((lengths >> (e - s)) & 1) || !((firsts[first / 64] >> (first % 64)) & 1)
          || !((lasts[last / 64] >> (last % 64)) & 1))
        continue;
      char key[41];
      memcpy (key, text + s, e - s);
      key[e - s] = '\0';
      if (!g_hash_table_contains (values, key))
        continue;
      while (k < sorted && g_array_index (findings, VoileFinding, k).end <= s)
        k++;
      if (k < sorted && g_array_index (findings, VoileFinding, k).start < e)
        continue;
      /* not a cell the tables gave already (added in the text's order) */
      while (a < n && g_array_index (added, VoileFinding, a).start < s)
        a++;
      if (a >= n || g_array_index (added, VoileFinding, a).start != s)
        {
          VoileFinding f = { VOILE_TYPE_CUSTOMER_ID, s, e, 0.75f, 0 };
          g_array_append_val (added, f);
        }
    }
}

void
voile_tables_person_shape_columns (const char *text, gsize len, GArray *findings)
{
  g_autoptr (GArray) added = NULL;
  g_autofree ShapeValue *hashes = NULL;
  guint sorted = findings->len;
  gsize done = 0;
  /* the end of the last row met and its separator: a table's next row is known at once */
  gsize last_row_end = G_MAXSIZE - 1;
  char last_sep = 0;

  for (guint i = 0; i < sorted; i++)
    {
      const VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      gsize ls, le, e;
      if ((f->type != VOILE_TYPE_PERSON && f->type != VOILE_TYPE_DATE_OF_BIRTH) || f->start < done)
        continue;
      gboolean delimited = finding_is_cell (text, len, f->start, f->end);
      if (!delimited && !finding_is_aligned_cell (text, len, f->start, f->end))
        continue;
      voile_line_around (text, len, f->start, f->end, VOILE_LINE_READ_MAX, &ls, &le);
      done = le + 1;
      if ((ls > 0 && text[ls - 1] != '\n') || (le < len && text[le] != '\n'))
        continue;
      char sep = line_scan (text, ls, le, &e);
      /* (g21-shapes) a table aligned with spaces (a fixed-width report, an admin panel's
       * paste): ' ' stands for its separator, its cells read by their header's columns */
      if (sep == 0 && !delimited && voile_has_double_space (text, ls, le))
        sep = ' ';
      else if (sep == 0 || !delimited)
        continue;
      /* the table is judged at its first row with a name: a cell of an identifier's shape
       * no finding holds, else its rows are not read (its next row is known, below) */
      gboolean known = ls == last_row_end + 1 && sep == last_sep;
      last_row_end = e;
      if (known)
        continue;
      last_sep = sep;
      Cell cells[MAX_COLUMNS];
      guint n = sep == ' ' ? split_aligned (text, ls, e, cells, MAX_COLUMNS)
                           : split_cells (text, ls, e, sep, cells, MAX_COLUMNS);
      gboolean shaped = FALSE;
      for (guint c = 0, k = voile_findings_first_ending_after (findings, sorted, ls);
           c < n && !shaped; c++)
        {
          while (k < sorted && g_array_index (findings, VoileFinding, k).end <= cells[c].start)
            k++;
          shaped
              = cell_is_id_token (text + cells[c].start, cells[c].end - cells[c].start)
                && (k >= sorted || g_array_index (findings, VoileFinding, k).start >= cells[c].end);
        }
      if (!shaped)
        continue;
      /* up to the block's first line, the header (over psql's or Markdown's rule line) */
      gsize head = ls, head_end = e;
      gboolean met;
      if (sep == ' ' ? !aligned_header_above (text, len, ls, &head, &head_end)
                     : !delimited_block_head (text, len, sep, G_MAXSIZE, &head, &head_end, &met))
        continue;
      n = sep == ' ' ? split_aligned (text, head, head_end, cells, MAX_COLUMNS)
                     : split_cells (text, head, head_end, sep, cells, MAX_COLUMNS);
      if (n < 3)
        continue;
      gsize columns[MAX_COLUMNS];
      for (guint c = 0; sep == ' ' && c < n; c++)
        columns[c] = voile_line_columns (text, head, cells[c].start);
      const gsize *aligned = sep == ' ' ? columns : NULL;
      ShapeColumn cols[MAX_COLUMNS] = { 0 };
      guint rows;
      if (hashes == NULL)
        hashes = g_new (ShapeValue, (gsize)MAX_COLUMNS * SHAPE_TABLE_MAX_ROWS);
      gsize first = skip_rule_line (text, len, head_end + 1);
      gsize end = shape_table_rows (text, len, first, sep, aligned, n, findings, sorted, &rows,
                                    cols, hashes, G_MAXUINT64, 0, NULL);
      done = MAX (done, end);
      if (rows < 3)
        continue;
      /* a column of references: most cells, three at least, of an identifier's shape, none
       * another finding, some not found yet, their numbers not counting the rows */
      guint64 cand = 0;
      for (guint c = 0; c < n; c++)
        {
          ShapeColumn *col = &cols[c];
          if (col->shaped >= 3 && col->shaped * 3 >= col->filled * 2 && col->filled * 3 >= rows * 2
              && !col->other && !col->counts && col->found < col->shaped && col->people == 0)
            cand |= G_GUINT64_CONSTANT (1) << c;
        }
      if (cand == 0)
        continue;
      /* the rows are people: most cells of a column are whole names, logins, e-mails or
       * birth dates, under a header naming no one who acts on the row ("dispensed_by",
       * "Reviewer"); not a statement's or a catalogue's rows */
      gboolean people = FALSE, things = FALSE;
      guint64 mark = 0, weak = 0;
      for (guint c = 0; c < n && !things; c++)
        {
          char lower[MAX_HEADER_CELL + 1];
          gsize hs = header_path_tail (text, cells[c].start, cells[c].end);
          gsize raw = cells[c].end - hs;
          if (raw == 0 || raw > MAX_HEADER_CELL)
            continue;
          gsize cl = strip_hint (text + hs, raw, lower);
          things = voile_tables_header_is_product (text + hs, raw) || header_is_statement (lower);
          if (!people && cols[c].people * 3 >= rows * 2)
            people = !header_names_actor (lower, cl);
          if ((cand & (G_GUINT64_CONSTANT (1) << c)) && cl > 0 && !cell_is_id_token (text + hs, raw)
              && !header_names_no_file (lower, cl))
            {
              if (header_names_reference (text + hs, raw, lower, cl))
                mark |= G_GUINT64_CONSTANT (1) << c;
              else if (header_numbers_a_noun (lower, cl))
                weak |= G_GUINT64_CONSTANT (1) << c;
            }
        }
      if (!people || things)
        continue;
      for (guint c = 0; c < n; c++)
        {
          guint64 bit = G_GUINT64_CONSTANT (1) << c;
          if (!((mark | weak) & bit))
            continue;
          /* each row its own: a value met twice is a grouping's or a thing's, unless the
           * rows it is met on are the same person's ("n° placement" on each of one person's
           * alarms: g22-tables). A number's word beside a noun no rule knows ("n° placement",
           * not "id_tournee", "hit_id": the row's own key) must show it: a value met again on
           * the same person's row */
          ShapeValue *h = hashes + (gsize)c * SHAPE_TABLE_MAX_ROWS;
          gboolean again = FALSE, other = FALSE;
          qsort (h, cols[c].shaped, sizeof *h, compare_shape_values);
          for (guint k = 1; k < cols[c].shaped && !other; k++)
            if (h[k].value == h[k - 1].value)
              {
                other = h[k].owner != h[k - 1].owner || h[k].owner == 0;
                again = TRUE;
              }
          if (!other && (weak & bit) && again)
            mark |= bit;
          else if (other)
            mark &= ~bit;
        }
      if (mark == 0)
        continue;
      if (added == NULL)
        added = g_array_new (FALSE, FALSE, sizeof (VoileFinding));
      ShapeColumn unused[MAX_COLUMNS] = { 0 };
      done = MAX (done, shape_table_rows (text, len, first, sep, aligned, n, findings, sorted,
                                          &rows, unused, hashes, 0, mark, added));
    }
  if (added == NULL)
    return;
  shape_values_again (text, len, findings, sorted, added);
  g_array_append_vals (findings, added->data, added->len);
}

void
voile_tables_json_person_ids (const char *text, gsize len, GArray *findings, guint sorted,
                              gboolean in_order)
{
  g_autoptr (GArray) added = NULL;
  gsize last_open = G_MAXSIZE;

  for (guint i = 0; i < sorted; i++)
    {
      const VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      gsize s = f->start, e = f->end;
      /* a whole string value: "name": "Lim Chee Keong" */
      if (f->type != VOILE_TYPE_PERSON || s < 10 || e >= len || text[s - 1] != '"'
          || text[e] != '"')
        continue;
      gsize k = s - 1;
      while (k > 0 && s - k < 8 && (text[k - 1] == ' ' || text[k - 1] == '\t'))
        k--;
      if (k == 0 || text[k - 1] != ':')
        continue;
      k--;
      while (k > 0 && s - k < 16 && (text[k - 1] == ' ' || text[k - 1] == '\t'))
        k--;
      /* the key is "name" itself: the object's own (not "customer_name", a related
       * person's: an invoice's customer) */
      if (k < 7 || text[k - 1] != '"' || text[k - 6] != '"'
          || voile_ascii_strncasecmp (text + k - 5, "name", 4) != 0)
        continue;
      gsize ks = k - 5;
      gsize open = voile_json_enclosing_object (text, ks - 1, 512);
      if (open == G_MAXSIZE || open == last_open)
        continue;
      last_open = open;
      /* its own "id" key, at its first level, within 512 bytes */
      gint depth = 0;
      gsize lim = MIN (len, open + 512);
      for (gsize p = open; p < lim; p++)
        {
          char ch = text[p];
          if (ch == '{' || ch == '[')
            depth++;
          else if (ch == '}' || ch == ']')
            {
              if (--depth == 0)
                break;
            }
          else if (ch == '"')
            {
              gsize q = p + 1;
              while (q < lim && text[q] != '"' && text[q] != '\n')
                q += text[q] == '\\' ? 2 : 1;
              if (q >= lim)
                break;
              if (depth != 1 || q - p - 1 != 2 || memcmp (text + p + 1, "id", 2) != 0)
                {
                  p = q;
                  continue;
                }
              gsize v = q + 1;
              while (v < lim && (text[v] == ' ' || text[v] == '\t'))
                v++;
              if (v >= lim || text[v] != ':')
                break;
              v++;
              while (v < lim && (text[v] == ' ' || text[v] == '\t'))
                v++;
              gboolean quoted = v < lim && text[v] == '"';
              gsize vs = v + quoted, ve = vs;
              guint digits = 0;
              while (ve < lim && ve - vs <= 40
                     && (g_ascii_isalnum (text[ve]) || text[ve] == '_' || text[ve] == '-'))
                digits += g_ascii_isdigit (text[ve++]) != 0;
              if (ve - vs < 2 || ve - vs > 40 || digits < 2 || !g_ascii_isalnum (text[vs])
                  || (quoted ? text[ve] != '"' : strchr (",} \t\r\n", text[ve]) == NULL)
                  || voile_findings_overlap (findings, sorted, vs, ve))
                break;
              if (added == NULL)
                added = g_array_new (FALSE, FALSE, sizeof (VoileFinding));
              VoileFinding found = { VOILE_TYPE_CUSTOMER_ID, vs, ve, 0.75f, 0 };
              g_array_append_val (added, found);
              break;
            }
        }
    }
  if (added == NULL)
    return;
  if (!in_order)
    {
      g_array_append_vals (findings, added->data, added->len);
      return;
    }
  /* over no finding (checked above), in the text's order: each at its place (one that
   * overlaps is the same object's id reached from another of its names) */
  voile_findings_insert_each (findings, added);
}

static gboolean
is_letter (guchar c)
{
  return g_ascii_isalpha (c) || c >= 0x80;
}

/* Case-insensitive (ASCII) "does text[i..] start with word, ending a word there"? */
static gboolean
word_at (const char *t, gsize i, gsize end, const char *word)
{
  gsize n = strlen (word);
  if (i + n > end || voile_ascii_strncasecmp (t + i, word, n) != 0)
    return FALSE;
  return i + n == end || !is_letter ((guchar)t[i + n]);
}

gboolean
voile_tables_birth_of_animal (const char *t, gsize from, gsize pos)
{
  /* and farm stock: a herd's, a flock's or a show's records ("Limousin bull born before
   * 1.1.2026", "DOB_Animal") date the beast, not its keeper */
  static const char *const animals[]
      = { "pet",    "pets",   "animal",  "animals",   "species", "dog",     "cat",   "puppy",
          "pup",    "kitten", "chien",   "chiot",     "chaton",  "espèce",  "breed", "calf",
          "calves", "heifer", "heifers", "bull",      "bulls",   "steer",   "cow",   "cows",
          "cattle", "ewe",    "ewes",    "lamb",      "lambs",   "foal",    "horse", "pony",
          "mare",   "colt",   "filly",   "livestock", "veau",    "génisse", "vache", "taureau",
          "agneau", "brebis", "poulain", "jument",    "cheval",  NULL };

  for (gsize p = pos; p > from;)
    {
      if (t[p - 1] == '\n' || t[p - 1] == '}')
        break;
      if (!g_ascii_isalpha (t[p - 1]) && (guchar)t[p - 1] < 0x80)
        {
          p--;
          continue;
        }
      gsize e = p;
      while (p > from && (g_ascii_isalpha (t[p - 1]) || (guchar)t[p - 1] >= 0x80))
        p--;
      if (voile_ascii_word_in (t + p, e - p, animals))
        return TRUE;
    }
  return FALSE;
}

/* Is pos the first date of a list item ("- Sofiia Honcharenko, 03.05.2015, Grade 6") under a
 * heading of the household's children ("Dependants:", "Children:", "Enfants :")? Their dates
 * are their birth dates, as an intake form lists them. */
static gboolean
in_dependants_list (const char *t, gsize len, gsize pos, gsize previous_end)
{
  static const char *const headings[]
      = { "dependants", "dependents", "children", "kids", "enfants", "enfants à charge", NULL };
  gsize line = pos;
  guint items = 0;

  /* Back to the line's start, but no further than the previous date: a date before on the
   * same line makes it no list item (and a text on one line costs no walk per date). */
  const char *nl
      = line > previous_end ? memrchr (t + previous_end, '\n', line - previous_end) : NULL;
  line = nl != NULL ? (gsize)(nl - t) + 1 : MIN (line, previous_end);
  if (line > 0 && t[line - 1] != '\n')
    return FALSE;
  for (;;)
    {
      gsize p = line;
      while (p < len && (t[p] == ' ' || t[p] == '\t'))
        p++;
      gboolean item = p + 1 < len && (t[p] == '-' || t[p] == '*') && t[p + 1] == ' ';
      item |= p + 3 < len && memcmp (t + p, "\xe2\x80\xa2 ", 4) == 0;
      if (!item)
        break;
      if (++items > 12 || line == 0)
        return FALSE;
      /* the line above */
      line--;
      while (line > 0 && t[line - 1] != '\n')
        line--;
    }
  if (items == 0)
    return FALSE;
  /* line: the heading, "Dependants:" alone (its trailing blanks and '\r' allowed) */
  gsize e = line;
  while (e < len && t[e] != '\n')
    e++;
  while (e > line && (t[e - 1] == ' ' || t[e - 1] == '\r' || t[e - 1] == '\t'))
    e--;
  if (e == line || t[e - 1] != ':')
    return FALSE;
  e--;
  while (e > line && t[e - 1] == ' ')
    e--;
  for (const char *const *h = headings; *h != NULL; h++)
    if (strlen (*h) == e - line && voile_ascii_strncasecmp (t + line, *h, e - line) == 0)
      return TRUE;
  return FALSE;
}

/* Does a key's date word end right before i, glued or joined by '_' ("dateNais", "DATE_NAI",
 * "dt_nai", "DatNais"), the key opening there (not a letter or a digit before it)? */
static gboolean
key_date_word_before (const char *t, gsize from, gsize i)
{
  static const char *const words[] = { "date", "dat", "dt", NULL };
  gsize e = i > from && t[i - 1] == '_' ? i - 1 : i;
  for (const char *const *w = words; *w != NULL; w++)
    {
      gsize n = strlen (*w);
      if (e >= from + n && voile_ascii_strncasecmp (t + e - n, *w, n) == 0
          && (e == from + n || !g_ascii_isalnum (t[e - n - 1])))
        /* glued only by a camelCase hump or capitals: "dateNais", "DATNAIS" */
        return e < i || g_ascii_isupper (t[i]);
    }
  return FALSE;
}

/* The last birth keyword in text[from..to), as a position, or G_MAXSIZE. "Place of birth"
 * and "lieu de naissance" name a town: they do not count. */
static gsize
last_birth_keyword (const char *t, gsize from, gsize to)
{
  static const char *const words[]
      = { "naissance", "birth", "birthday", "dob", "dobs", "d.o.b", "né", "née", "né(e)", "born",
          "ddn", "birthdate", "naiss", "d.n",
          /* inclusive writing: "Né·e le", "né.e le" */
          "né·e", "né.e",
          /* (session 23, g23-dates) "naissance" cut shorter in a key after a date's word:
           * "dateNais", "DATE_NAI_IND" (date_word_before() asks for the date's word) */
          "nais", "nai", NULL };
  static const char *const not_before[]
      = { "place of ", "country of ", "city of ", "lieu de ",        "pays de ",
          "ville de ", "nom de ",     "acte de ", "certificate of ", NULL };
  gsize found = G_MAXSIZE;

  for (gsize i = from; i < to; i++)
    {
#if defined(__SSE2__)
      /* Sixteen bytes without an initial of the keywords are skipped at once. */
      if (to - i >= 16)
        {
          __m128i v = _mm_or_si128 (_mm_loadu_si128 ((const __m128i *)(gconstpointer)(t + i)),
                                    _mm_set1_epi8 (0x20));
          __m128i hit = _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('n')),
                                      _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('b')),
                                                    _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('d'))));
          guint initials = (guint)_mm_movemask_epi8 (hit);
          if (initials == 0)
            {
              i += 15;
              continue;
            }
          i += (gsize)__builtin_ctz (initials);
        }
#endif
      guchar c = (guchar)t[i];
      char lower = ascii_lower ((char)c);
      /* The initials of the keywords first (most bytes are none), then only word starts,
       * camelCase humps included ("dateNaissance", "dateOfBirth"). */
      if (lower != 'n' && lower != 'b' && lower != 'd')
        continue;
      if (i > from && is_letter ((guchar)t[i - 1])
          && !(g_ascii_isupper (c) && g_ascii_islower (t[i - 1])))
        continue;
      /* Every keyword has two bytes at least: its first two bytes are compared before the
       * call ("de", "du", "des" start most words with a 'd'). */
      char second = i + 1 < to ? ascii_lower (t[i + 1]) : '\0';
      for (const char *const *w = words; *w != NULL; w++)
        if ((*w)[0] == lower && (*w)[1] == second && word_at (t, i, to, *w))
          {
            gboolean excluded = FALSE;
            for (const char *const *x = not_before; *x != NULL && !excluded; x++)
              {
                gsize n = strlen (*x);
                excluded = i >= from + n && voile_ascii_strncasecmp (t + i - n, *x, n) == 0;
              }
            /* "birth information", "birth certificate", "birth mother": a thing or a person
             * of the birth, whose dates are others' (an application's, a letter's) */
            if (!excluded && (*w)[0] == 'b' && strcmp (*w, "birth") == 0)
              {
                static const char *const not_after[]
                    = { "information", "certificate", "certificates", "cert", "records", "record",
                        "name", "names", "mother", "father", "parent", "parents", "family",
                        "families", "relatives", "control", "rate", "rates", "plan", "weight",
                        "tracing",
                        /* statistics: "birth registrations … due 31 March" */
                        "registration", "registrations", "statistics", "figures", "data", NULL };
                gsize k = i + 5;
                while (k < to && t[k] == ' ')
                  k++;
                gsize e = k;
                while (e < to && g_ascii_isalpha (t[e]))
                  e++;
                excluded = k > i + 5 && voile_ascii_word_in (t + k, e - k, not_after);
                /* "The birth of the NHS", "the birth of the welfare state": the founding of
                 * an institution in a history, whose dates are nobody's birth ("the birth of
                 * our son", "the birth of the baby", "birth of Emma" stay) */
                if (!excluded && e == k + 2 && voile_ascii_strncasecmp (t + k, "of", 2) == 0
                    && e + 5 < to && voile_ascii_strncasecmp (t + e, " the ", 5) == 0)
                  {
                    static const char *const people[]
                        = { "baby",     "babies", "boy",        "child",    "children",
                            "daughter", "girl",   "grandchild", "grandson", "granddaughter",
                            "son",      "twins",  NULL };
                    gsize h = e + 5;
                    while (h < to && t[h] == ' ')
                      h++;
                    gsize he = h;
                    while (he < to && g_ascii_isalpha (t[he]))
                      he++;
                    excluded = h < to && g_ascii_isalpha (t[h])
                               && (g_ascii_isupper (t[h])
                                   || !voile_ascii_word_in (t + h, he - h, people));
                  }
              }
            /* "nai", "nais" only in a key, glued to a date's word before it */
            if (!excluded && (*w)[0] == 'n'
                && (strcmp (*w, "nai") == 0 || strcmp (*w, "nais") == 0))
              excluded = !key_date_word_before (t, from, i);
            /* "née Guillou" gives a maiden name, not a birth date: "né(e)" counts before
             * "le", "en", a date, not before a capitalised name. */
            if (!excluded && (*w)[0] == 'n' && (*w)[1] != 'a')
              {
                gsize k = i + strlen (*w);
                while (k < to && t[k] == ' ')
                  k++;
                excluded = k < to && g_ascii_isupper (t[k]) && !word_at (t, k, to, "le")
                           && !word_at (t, k, to, "en") && !word_at (t, k, to, "on");
              }
            /* "né le"/"née le", not the "né" of a longer phrase only. */
            if (!excluded)
              found = i;
            break;
          }
    }
  return found;
}

/* ---- SQL INSERTs: "INSERT INTO t (id, name, birthdate) VALUES (…), (…);" ---------------- */

#define MAX_SQL_COLUMNS 64

/* An SQL column's name in lower case into lower (MAX_HEADER_CELL + 1 bytes); FALSE when longer. */
static gboolean
fold_column_name (const char *name, gsize n, char *lower)
{
  if (n > MAX_HEADER_CELL)
    return FALSE;
  for (gsize k = 0; k < n; k++)
    lower[k] = ascii_lower (name[k]);
  lower[n] = '\0';
  return TRUE;
}

/* A column name says what its values are: "dob", "date_naissance" a birth date;
 * "patient_id", "nhs_number", "insurer_member_id" a person's file, when a reference word
 * and an id word ("id", "no", "number", "ref"…) are both there ("account_balance" holds
 * money, "order_total" an amount). */
static SqlColumnKind
sql_column_kind (const char *name, gsize n)
{
  static const char *const id_parts[]
      = { "id", "no", "nr", "num", "number", "numero", "ref", "reference", "code", NULL };
  /* "rum_sepa": a SEPA mandate's reference, one payer's */
  /* "bank_account": a payee's account, beside a routing number */
  static const char *const alone[]
      = { "nhs",     "mbi",       "medicare", "mrn", "nuban", "utr",          "licence",
          "license", "matricule", "carte",    "rum", "sevis", "bank account", NULL };
  static const char *const documents[] = { "passport",
                                           "passeport",
                                           "cni",
                                           "sa id",
                                           "rsa id",
                                           "identity number",
                                           "civil id",
                                           "id card",
                                           "national id",
                                           "driving licence",
                                           "driving license",
                                           "driver licence",
                                           "driver license",
                                           "drivers licence",
                                           "drivers license",
                                           "permis",
                                           NULL };
  char lower[MAX_HEADER_CELL + 1];

  if (n < 3 || !fold_column_name (name, n, lower))
    return SQL_COLUMN_OTHER;
  if (strstr (lower, "birth") != NULL || strstr (lower, "naiss") != NULL
      || strcmp (lower, "dob") == 0 || strcmp (lower, "ddn") == 0 || strncmp (lower, "dob_", 4) == 0
      || (n > 4 && strcmp (lower + n - 4, "_dob") == 0))
    return SQL_COLUMN_BIRTH;
  if (strstr (lower, "date") != NULL || strstr (lower, "time") != NULL)
    return SQL_COLUMN_OTHER;
  /* "hospital_no" is the header "hospital no". */
  char spaced[MAX_HEADER_CELL + 1];
  guint64 pairs = 0;
  for (gsize k = 0; k <= n; k++)
    spaced[k] = lower[k] == '_' ? ' ' : lower[k];
  for (gsize k = 0; k + 1 < n; k++)
    pairs |= bigram_bit ((guchar)spaced[k], (guchar)spaced[k + 1]);
  /* "passport_no", "driving_licence_number", "cni": before "licence" alone, a sports
   * licence's (a member's file) */
  for (const char *const *d = documents; *d != NULL; d++)
    if ((pairs & bigram_bit ((guchar)(*d)[0], (guchar)(*d)[1])) && cell_has_word (spaced, *d))
      return SQL_COLUMN_DOCUMENT;
  /* "mobile", "phone_number": a dump's phones as a header's cells are ("9886 201 554", an
   * Indian mobile in groups no phone rule reads alone) */
  if (header_matches (spaced, pairs, PHONE_COLUMN_RULE))
    return SQL_COLUMN_PHONE;
  for (const char *const *a = alone; *a != NULL; a++)
    if ((pairs & bigram_bit ((guchar)(*a)[0], (guchar)(*a)[1])) && cell_has_word (spaced, *a))
      return SQL_COLUMN_REFERENCE;
  /* The id word ends the name: "patient_id", "customerNumber", "member_no". */
  gboolean id_part = FALSE;
  for (const char *const *w = id_parts; *w != NULL && !id_part; w++)
    {
      gsize k = strlen (*w);
      id_part = n > k && strcmp (lower + n - k, *w) == 0
                && (lower[n - k - 1] == '_' || g_ascii_islower (name[n - k - 1])
                    || g_ascii_isupper (name[n - k]));
      /* "num_licence", "no_adherent": the id word first, the French way. */
      id_part = id_part || (n > k + 1 && strncmp (lower, *w, k) == 0 && lower[k] == '_');
    }
  /* (g23-refs2) "person_name_id", "student_address_id": a row of the person's attributes */
  if (!id_part || header_names_attribute_row (spaced, n))
    return SQL_COLUMN_OTHER;
  /* The reference headers' rule is the last column rule; "guest_id", "beneficiaire_id",
   * "contractor_id": a person's noun before the id word names that person's record too;
   * "lease_ref", "num_apa": a tenant's lease, an elder's allowance file. */
  return header_matches (spaced, pairs, G_N_ELEMENTS (column_rules) - 1)
                 || header_is_person_id (spaced, n, pairs) || cell_has_word (spaced, "lease")
                 || cell_has_word (spaced, "tenancy") || cell_has_word (spaced, "apa")
             ? SQL_COLUMN_REFERENCE
             : SQL_COLUMN_OTHER;
}

/* "species", "breed", "espece": the table's rows are animals (a vet's, a breeder's) */
static gboolean
sql_column_is_animal (const char *name, gsize n)
{
  static const char *const words[] = { "species", "breed", "espece", "espèce", NULL };
  char lower[MAX_HEADER_CELL + 1];

  if (n < 5 || !fold_column_name (name, n, lower))
    return FALSE;
  for (const char *const *w = words; *w != NULL; w++)
    if (strncmp (lower, *w, strlen (*w)) == 0)
      return TRUE;
  return FALSE;
}

/* "ref", "reference": a bare reference column, a product's in a catalogue, a booking's or an
 * order's beside a person's name column. */
static gboolean
sql_column_is_bare_ref (const char *name, gsize n)
{
  return (n == 3 && voile_ascii_strncasecmp (name, "ref", 3) == 0)
         || (n == 9 && voile_ascii_strncasecmp (name, "reference", 9) == 0);
}

/* "contact_id", "ContactId", "contact_no": a CRM contact's key, a person's. */
static gboolean
sql_column_is_contact_key (const char *name, gsize n)
{
  static const char *const names[] = { "contact_id", "contactid", "contact_no", NULL };
  return voile_ascii_word_in (name, n, names);
}

/* "account_id", "AccountId", "company_id", "organization_id", "org_id": beside a contact's
 * key, the firm the contact works for. */
static gboolean
sql_column_is_firm_account (const char *name, gsize n)
{
  static const char *const names[]
      = { "account_id", "accountid",       "company_id",     "companyid", "organization_id",
          "org_id",     "organisation_id", "organizationid", NULL };
  return voile_ascii_word_in (name, n, names);
}

/* "guest_name", "first_name", "customer_name", "nom": the rows are a person's (their booking,
 * their order), not a product ("name", "product_name", "supplier_name" are not). */
static gboolean
sql_column_is_person_name (const char *name, gsize n)
{
  static const char *const names[]
      = { "first_name", "last_name",      "full_name",   "firstname",     "lastname", "fullname",
          "surname",    "guest_name",     "client_name", "customer_name", "prenom",   "nom",
          "lead_name",  "passenger_name", "member_name", "patient_name",  "guest",    NULL };
  return voile_ascii_word_in (name, n, names);
}

/* The kinds of the columns named in text[s, e): an INSERT's list "id, full_name, dob" or a
 * CREATE TABLE's body "id INT, dob DATE, price DECIMAL(10,2)": each top-level item's first
 * identifier, quotes and backticks left out. Returns the number of columns. */
static guint
sql_column_kinds (const char *t, gsize s, gsize e, guint8 *kinds, Cell *names, guint *key)
{
  guint n = 0;
  gint depth = 0;
  gboolean item_start = TRUE;
  gboolean animal = FALSE, person = FALSE, contact = FALSE;
  guint bare_ref = G_MAXUINT, account = G_MAXUINT;
  /* (g18-ids) the columns naming a document's kind, and those ending on a number's word */
  guint64 document_kinds = 0, numbers = 0;

  for (gsize i = s; i < e && n < MAX_SQL_COLUMNS; i++)
    {
      char ch = t[i];
      if (ch == '(')
        depth++;
      else if (ch == ')')
        depth--;
      else if (ch == ',' && depth == 0)
        item_start = TRUE;
      else if (item_start && depth == 0 && (is_letter ((guchar)ch) || ch == '_'))
        {
          gsize we = i;
          while (we < e && (is_letter ((guchar)t[we]) || t[we] == '_' || g_ascii_isdigit (t[we])))
            we++;
          if (sql_column_is_bare_ref (t + i, we - i))
            bare_ref = n;
          if (sql_column_is_firm_account (t + i, we - i))
            account = n;
          contact |= sql_column_is_contact_key (t + i, we - i);
          person |= sql_column_is_person_name (t + i, we - i);
          char folded[MAX_HEADER_CELL + 1];
          if (n < 64 && we - i >= 5 && fold_column_name (t + i, we - i, folded))
            {
              if (name_is_document_kind (folded, we - i))
                document_kinds |= G_GUINT64_CONSTANT (1) << n;
              else if (name_ends_on_number_word (folded, we - i))
                numbers |= G_GUINT64_CONSTANT (1) << n;
            }
          names[n] = (Cell){ i, we };
          kinds[n++] = (guint8)sql_column_kind (t + i, we - i);
          animal |= sql_column_is_animal (t + i, we - i);
          item_start = FALSE;
          i = we - 1;
        }
    }
  /* A CRM's `contacts` (`contact_id`, `account_id`, …): the contact is the person, the
   * account the firm they work for (Salesforce's, HubSpot's, Pipedrive's "account" or
   * "organization"), nobody's file. */
  if (account < n && contact && kinds[account] == SQL_COLUMN_REFERENCE)
    kinds[account] = SQL_COLUMN_OTHER;
  /* `reservations` (`id`, `ref`, `guest_name`, …): the booking's reference */
  if (bare_ref < n && person && !animal && kinds[bare_ref] == SQL_COLUMN_OTHER)
    kinds[bare_ref] = SQL_COLUMN_REFERENCE;
  /* "id_type, id_number": a KYC table's document, its kind in one column, its number in
   * the next (g18-ids) */
  for (guint k = 1; k < n && k < 64 && document_kinds != 0; k++)
    if ((document_kinds & (G_GUINT64_CONSTANT (1) << (k - 1)))
        && (numbers & (G_GUINT64_CONSTANT (1) << k)) && kinds[k] == SQL_COLUMN_OTHER)
      kinds[k] = SQL_COLUMN_DOCUMENT;
  /* (g22-tables) a table of people (a name's or a birth date's column, no animal's): its
   * first column named "<noun>_id" is its key, each row's person's file (`ppsmj.ppsmj_id`,
   * `agents.agent_id`; not a bare `id`, not a thing's: `invoice_id`); its columns named by a
   * number's word ("no_ramq", "num_dossier", "member_no") hold the person's numbers when of
   * an identifier's shape, unless they name a thing, a place or an amount */
  *key = G_MAXUINT;
  gboolean people = person, keyed = FALSE;
  for (guint k = 0; k < n; k++)
    {
      people |= kinds[k] == SQL_COLUMN_BIRTH;
      /* another column a person's key already: the rows are something of theirs (a
       * pathway, a visit), the first column that thing's own number */
      keyed |= k > 0 && kinds[k] == SQL_COLUMN_REFERENCE;
    }
  if (people && !animal && n >= 3)
    {
      char folded[MAX_HEADER_CELL + 1];
      gsize w = names[0].end - names[0].start;
      if (!keyed && w >= 5 && fold_column_name (t + names[0].start, w, folded)
          && strcmp (folded + w - 3, "_id") == 0 && (folded[w - 3] = '\0', TRUE)
          && !header_names_no_file (folded, w - 3)
          && (kinds[0] == SQL_COLUMN_OTHER || kinds[0] == SQL_COLUMN_REFERENCE))
        {
          kinds[0] = SQL_COLUMN_REFERENCE;
          *key = 0;
        }
      for (guint k = 1; k < n && k < 64; k++)
        {
          w = names[k].end - names[k].start;
          if (kinds[k] == SQL_COLUMN_OTHER && fold_column_name (t + names[k].start, w, folded)
              && ((numbers & (G_GUINT64_CONSTANT (1) << k))
                  || (w > 3 && (memcmp (folded, "no_", 3) == 0 || memcmp (folded, "nr_", 3) == 0)))
              && !header_names_no_file (folded, w) && !header_is_address_part (folded))
            kinds[k] = SQL_COLUMN_SHAPED_REFERENCE;
        }
    }
  /* A pet's date of birth is a date, not a person's birth date */
  for (guint k = 0; k < n && animal; k++)
    if (kinds[k] == SQL_COLUMN_BIRTH)
      kinds[k] = SQL_COLUMN_ANIMAL_BIRTH;
  return n;
}

static gboolean
is_create_table (const char *t, gsize k)
{
  return (t[k] == 'C' || t[k] == 'c') && voile_ascii_strncasecmp (t + k, "create table ", 13) == 0;
}

/* The first "create table " (any case) at k or after, ending by before; else the first
 * position too near before to start one, where the next search resumes. Every INSERT
 * without a column list asks from where the last one stopped: sixteen positions at a time
 * ('c' or 'C' there, spaces 6 and 12 bytes on), as a byte loop here was a sixth of the
 * corpus scan. */
static gsize
find_create_table (const char *t, gsize k, gsize before)
{
#if defined(__SSE2__)
  for (; k + 16 + 12 <= before; k += 16)
    {
      __m128i c = _mm_or_si128 (_mm_loadu_si128 ((const __m128i *)(gconstpointer)(t + k)),
                                _mm_set1_epi8 (0x20));
      __m128i space = _mm_set1_epi8 (' ');
      __m128i hit = _mm_and_si128 (
          _mm_cmpeq_epi8 (c, _mm_set1_epi8 ('c')),
          _mm_and_si128 (
              _mm_cmpeq_epi8 (_mm_loadu_si128 ((const __m128i *)(gconstpointer)(t + k + 6)), space),
              _mm_cmpeq_epi8 (_mm_loadu_si128 ((const __m128i *)(gconstpointer)(t + k + 12)),
                              space)));
      for (guint mask = (guint)_mm_movemask_epi8 (hit); mask != 0; mask &= mask - 1)
        if (is_create_table (t, k + (gsize)__builtin_ctz (mask)))
          return k + (gsize)__builtin_ctz (mask);
    }
#endif
  for (; k + 13 <= before; k++)
    if (is_create_table (t, k))
      return k;
  return k;
}

static void
sql_tables_scan_to (const char *t, gsize before, SqlTables *st)
{
  gsize k = st->scanned_to;

  for (; k + 13 <= before; k++)
    {
      k = find_create_table (t, k, before);
      if (k + 13 > before)
        break;
      gsize p = k + 13;
      if (p + 14 <= before && voile_ascii_strncasecmp (t + p, "if not exists ", 14) == 0)
        p += 14;
      gsize q = p;
      while (q < before && t[q] != '(' && t[q] != '\n' && q - p < 128)
        q++;
      if (q >= before || t[q] != '(')
        continue;
      /* The last identifier before '(' is the table's name. */
      gsize ne = q;
      while (ne > p && strchr (" `\"[]", t[ne - 1]) != NULL)
        ne--;
      gsize ns = ne;
      while (ns > p
             && (is_letter ((guchar)t[ns - 1]) || t[ns - 1] == '_' || g_ascii_isdigit (t[ns - 1])))
        ns--;
      /* The body, up to its closing bracket. */
      gint depth = 0;
      gsize r = q;
      for (; r < before; r++)
        if (t[r] == '(')
          depth++;
        else if (t[r] == ')' && --depth == 0)
          break;
      if (r >= before || ne == ns)
        continue;
      guint slot = st->n < MAX_SQL_TABLES ? st->n++ : (guint)(st->n++ % MAX_SQL_TABLES);
      st->tables[slot].ns = ns;
      st->tables[slot].ne = ne;
      st->tables[slot].bs = q + 1;
      st->tables[slot].be = r;
      k = r;
    }
  st->scanned_to = MAX (st->scanned_to, k);
}

/* The body of the last "CREATE TABLE name (…)" before `before` named name[0..name_len). */
static gboolean
sql_create_table_body (const char *t, gsize before, const char *name, gsize name_len, SqlTables *st,
                       gsize *bs, gsize *be)
{
  sql_tables_scan_to (t, before, st);
  guint kept = MIN (st->n, MAX_SQL_TABLES);
  for (guint i = 0; i < kept; i++)
    {
      /* The latest first. */
      guint slot = (st->n - 1 - i) % MAX_SQL_TABLES;
      gsize ns = st->tables[slot].ns, ne = st->tables[slot].ne;
      if (ne - ns == name_len && voile_ascii_strncasecmp (t + ns, name, name_len) == 0)
        {
          *bs = st->tables[slot].bs;
          *be = st->tables[slot].be;
          return TRUE;
        }
    }
  return FALSE;
}

/* Adds to spans the values of the columns of kind `wanted` of the INSERT whose table name
 * starts at text[at…] (after "insert into "). Returns where the reading stopped. */
static gsize
sql_insert_values (const char *t, gsize len, gsize at, SqlColumnKind wanted, SqlTables *tables,
                   GArray *spans, GArray *animal_spans)
{
  gsize limit = len - at > 1024 ? at + 1024 : len;
  const char *open = memchr (t + at, '(', limit - at);
  guint8 kinds[MAX_SQL_COLUMNS];
  Cell names[MAX_SQL_COLUMNS];
  guint key = G_MAXUINT;
  /* what animal_spans collects: a pet's birth beside a person's, a number's shaped values
   * beside a reference's (g22-tables) */
  SqlColumnKind second
      = wanted == SQL_COLUMN_BIRTH ? SQL_COLUMN_ANIMAL_BIRTH : SQL_COLUMN_SHAPED_REFERENCE;

  compute_header_bigrams ();
  guint n_kinds = 0;
  gsize p;

  if (open == NULL)
    return at;
  p = (gsize)(open - t) + 1;
  const char *close = memchr (t + p, ')', limit - p);
  if (close == NULL)
    return at;
  /* "INSERT INTO t VALUES (…)": the columns are named by the table's CREATE TABLE. */
  gsize name_s = at, name_e;
  while (name_s < limit && strchr (" `\"[", t[name_s]) != NULL)
    name_s++;
  name_e = name_s;
  while (name_e < limit
         && (is_letter ((guchar)t[name_e]) || t[name_e] == '_' || t[name_e] == '.'
             || g_ascii_isdigit (t[name_e])))
    name_e++;
  gsize dot = name_e;
  while (dot > name_s && t[dot - 1] != '.')
    dot--;
  if (dot > name_s)
    name_s = dot; /* "public.patients" */
  gsize between = name_e;
  while (between < (gsize)(open - t) && strchr (" `\"]\t\r\n", t[between]) != NULL)
    between++;
  if (between + 6 <= (gsize)(open - t) && voile_ascii_strncasecmp (t + between, "values", 6) == 0)
    {
      gsize bs, be;
      if (name_e > name_s
          && sql_create_table_body (t, at, t + name_s, name_e - name_s, tables, &bs, &be))
        n_kinds = sql_column_kinds (t, bs, be, kinds, names, &key);
      /* The first tuple opens at '('. */
      close = open - 1;
    }
  else
    n_kinds = sql_column_kinds (t, p, (gsize)(close - t), kinds, names, &key);
  /* (g22-tables) a table of people's key, learnt; the same column elsewhere is theirs
   * (`entretiens.ppsmj_id`) */
  if (key < n_kinds)
    {
      gboolean known = FALSE;
      gsize kw = names[key].end - names[key].start;
      for (guint i = 0; i < tables->n_keys && !known; i++)
        known
            = tables->keys[i].end - tables->keys[i].start == kw
              && voile_ascii_strncasecmp (t + tables->keys[i].start, t + names[key].start, kw) == 0;
      if (!known && tables->n_keys < MAX_SQL_TABLES)
        tables->keys[tables->n_keys++] = names[key];
    }
  for (guint c = 0; c < n_kinds && tables->n_keys > 0; c++)
    {
      gsize cw = names[c].end - names[c].start;
      for (guint i = 0; i < tables->n_keys && kinds[c] == SQL_COLUMN_OTHER; i++)
        if (tables->keys[i].end - tables->keys[i].start == cw
            && voile_ascii_strncasecmp (t + tables->keys[i].start, t + names[c].start, cw) == 0)
          kinds[c] = SQL_COLUMN_REFERENCE;
    }
  gboolean any = FALSE;
  for (guint c = 0; c < n_kinds; c++)
    any |= kinds[c] == wanted || (animal_spans != NULL && kinds[c] == second);
  if (!any)
    return (gsize)(close - t);
  /* The tuples, up to the ';' that ends the statement. */
  gint depth = 0;
  guint index = 0;
  gboolean quoted = FALSE;
  gsize value_start = 0;
  for (p = (gsize)(close - t) + 1; p < len; p++)
    {
      char ch = t[p];
      if (quoted)
        {
          if (ch == '\\')
            p++; /* MySQL escapes: 'O\'Brien' */
          /* "'D'Ornano'" left unescaped (the error a user asks about): a quote between
           * letters is the name's apostrophe, the value goes on */
          else if (ch == '\''
                   && !(g_ascii_isalpha (t[p - 1]) && p + 1 < len && g_ascii_isalpha (t[p + 1])))
            quoted = FALSE;
          continue;
        }
      if (ch == '\'')
        quoted = TRUE;
      else if (ch == '(')
        {
          if (depth++ == 0)
            index = 0, value_start = p + 1;
        }
      else if ((ch == ',' || ch == ')') && depth == 1)
        {
          if (index < n_kinds && kinds[index] == wanted)
            {
              Cell span = { value_start, p };
              g_array_append_val (spans, span);
            }
          else if (index < n_kinds && animal_spans != NULL && kinds[index] == second)
            {
              Cell span = { value_start, p };
              g_array_append_val (animal_spans, span);
            }
          index++;
          value_start = p + 1;
          if (ch == ')')
            depth = 0;
        }
      else if (ch == ')' && depth > 1)
        depth--;
      else if (depth == 0 && value_start != 0 && !strchr (" \t\r\n,", ch))
        break; /* ";", or the next statement */
      else if (depth == 0 && value_start == 0 && p > (gsize)(close - t) + 16)
        break; /* no "VALUES (" */
    }
  return p;
}

/* Appends a CUSTOMER_ID for each value of a reference column of the INSERT at text[at…]
 * (after "insert into ") that holds no finding yet ("nhs_number", "insurer_member_id",
 * "medicare_mbi"). Returns where the reading stopped. */
static gsize
sql_insert_references (const char *t, gsize len, gsize at, GArray *findings, guint sorted_len,
                       SqlTables *tables, GArray *added)
{
  return sql_insert_cells (t, len, at, SQL_COLUMN_REFERENCE, findings, sorted_len, tables, added);
}

/* Does the INSERT's column list, in text[s, e) up to its first ')', name a phone ("mobile",
 * "phone_number", "tel")? */
static gboolean
sql_columns_may_name_phone (const char *t, gsize s, gsize e)
{
  static const char *const words[] = { "phone", "mobile", "tel", "gsm", "portable", NULL };
  const char *close = memchr (t + s, ')', MIN (e - s, (gsize)1024));
  const char *open = memchr (t + s, '(', MIN (e - s, (gsize)1024));

  if (close == NULL || open == NULL || open > close)
    return FALSE;
  for (const char *p = open; p + 3 < close; p++)
    for (const char *const *w = words; *w != NULL; w++)
      if (ascii_lower (*p) == (*w)[0] && (gsize)(close - p) >= strlen (*w)
          && voile_ascii_strncasecmp (p, *w, strlen (*w)) == 0)
        return TRUE;
  return FALSE;
}

/* Does the INSERT's column list, in text[s, e) up to its first ')', hold a document's word
 * ("passport_no", "driving_licence", "cni")? Most INSERTs name none: their values are not
 * read twice. An INSERT without a column list (its CREATE TABLE names them) is not asked. */
static gboolean
sql_columns_may_name_document (const char *t, gsize s, gsize e)
{
  static const char *const words[]
      = { "passport", "passeport", "licen", "cni", "permis", "national", "id_card", "idcard",
          /* "id_type, id_number" (g18-ids) */
          "id_type", "doc_type", NULL };
  const char *close = memchr (t + s, ')', MIN (e - s, (gsize)1024));
  const char *open = memchr (t + s, '(', MIN (e - s, (gsize)1024));

  if (close == NULL || open == NULL || open > close)
    return FALSE;
  for (const char *p = open; p + 3 < close; p++)
    {
      char c = ascii_lower (*p);
      if (c != 'p' && c != 'l' && c != 'c' && c != 'n' && c != 'i' && c != 'd')
        continue;
      for (const char *const *w = words; *w != NULL; w++)
        {
          gsize n = strlen (*w);
          if (p + n <= close && voile_ascii_strncasecmp (p, *w, n) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

/* A value of a column named after a person's record ("client_id", "user_id", "abonne_id"):
 * the row's number in that table, whatever its length ("7" of a WordPress user, "2041" of a
 * client, which a header's cell would take for a year). */
static gboolean
sql_cell_is_reference (const char *s, gsize n)
{
  if (n >= 1 && n <= 18 && count_digits (s, n) == n)
    return TRUE;
  return cell_is_reference (s, n);
}

/* sql_insert_references() for the columns of the given kind: CUSTOMER_ID for references,
 * ID_DOCUMENT for documents, PHONE for phones. */
static gsize
sql_insert_cells (const char *t, gsize len, gsize at, SqlColumnKind kind, GArray *findings,
                  guint sorted_len, SqlTables *tables, GArray *added)
{
  g_autoptr (GArray) spans = g_array_new (FALSE, FALSE, sizeof (Cell));
  /* (g22-tables) a reference's reading also gives the shaped columns' values, after */
  g_autoptr (GArray) shaped_spans
      = kind == SQL_COLUMN_REFERENCE ? g_array_new (FALSE, FALSE, sizeof (Cell)) : NULL;
  gsize stop = sql_insert_values (t, len, at, kind, tables, spans, shaped_spans);
  gboolean document = kind == SQL_COLUMN_DOCUMENT, phone = kind == SQL_COLUMN_PHONE;
  guint first_shaped = spans->len;
  if (shaped_spans != NULL)
    g_array_append_vals (spans, shaped_spans->data, shaped_spans->len);

  for (guint i = 0; i < spans->len; i++)
    {
      gboolean shaped = i >= first_shaped;
      Cell v = g_array_index (spans, Cell, i);
      while (v.start < v.end && strchr (" \t\r\n", t[v.start]) != NULL)
        v.start++;
      /* SQL Server's Unicode strings: N'W123456789' */
      if (v.start + 1 < v.end && t[v.start] == 'N' && t[v.start + 1] == '\'')
        v.start++;
      while (v.start < v.end && strchr ("'\"", t[v.start]) != NULL)
        v.start++;
      while (v.end > v.start && strchr (" \t\r\n'\"", t[v.end - 1]) != NULL)
        v.end--;
      if (v.end <= v.start
          || !(document ? cell_is_document_number (t + v.start, v.end - v.start)
               : phone  ? cell_is_phone (t + v.start, v.end - v.start)
               : shaped ? cell_is_id_token (t + v.start, v.end - v.start)
                        : sql_cell_is_reference (t + v.start, v.end - v.start)))
        continue;
      guint k = voile_findings_first_ending_after (findings, findings->len, v.start);
      if (k < sorted_len && g_array_index (findings, VoileFinding, k).start < v.end)
        continue;
      VoileFinding f = { document ? VOILE_TYPE_ID_DOCUMENT
                         : phone  ? VOILE_TYPE_PHONE
                                  : VOILE_TYPE_CUSTOMER_ID,
                         v.start, v.end, 0.8f, 0 };
      g_array_append_val (added, f);
    }
  return stop;
}

static gint
compare_cells (gconstpointer a, gconstpointer b)
{
  const Cell *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

/* The spans of the birth-date values of the SQL INSERTs of text, in order; those of tables of
 * animals go to animals. */
static GArray *
sql_birth_values (const char *text, gsize len, GArray *animals)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (Cell));
  static const char *const verbs[] = { "VALUES", "values", NULL };
  SqlTables tables = { 0 };

  /* From each "VALUES"/"values" (rarer first letters than "INSERT"'s) back to its INSERT.
   * Each byte is read a bounded number of times: the search back stops at the previous
   * "values", and a statement's reading is not read again. */
  for (const char *const *v = verbs; *v != NULL; v++)
    {
      gsize done = 0, previous = 0;
      for (const char *h = memchr (text, (*v)[0], len); h != NULL && h + 6 <= text + len;
           h = memchr (h + 1, (*v)[0], len - (gsize)(h + 1 - text)))
        {
          gsize values = (gsize)(h - text);
          if (values < done || memcmp (h, *v, 6) != 0)
            continue;
          gsize from = MAX (values > 2048 ? values - 2048 : 0, previous);
          previous = values;
          for (gsize k = values; k-- > from;)
            if ((text[k] == 'I' || text[k] == 'i') && k + 11 <= values
                && voile_ascii_strncasecmp (text + k, "insert into", 11) == 0)
              {
                done = sql_insert_values (text, len, k + 11, SQL_COLUMN_BIRTH, &tables, spans,
                                          animals);
                break;
              }
        }
    }
  g_array_sort (spans, compare_cells);
  g_array_sort (animals, compare_cells);
  return spans;
}

/* The answer of in_tuple() at pos, so that the next call reads only from there. */
typedef struct
{
  gsize pos; /* G_MAXSIZE: none yet */
  gboolean inside;
} TupleMemo;

/* Is pos (just after the quote that opens a value) inside "( … " on its line, as a value of
 * an SQL tuple is? Brackets inside other quoted values ("'(512) 555-0187'") do not count.
 * Called with growing positions: each byte is read once. */
static gboolean
in_tuple (const char *text, gsize pos, TupleMemo *memo)
{
  gsize stop = pos > 4096 ? pos - 4096 : 0;
  gboolean use_memo = memo->pos != G_MAXSIZE && memo->pos >= stop && memo->pos <= pos;
  gboolean inside = use_memo && memo->inside;
  char quote = text[pos - 1];
  gboolean quoted = FALSE;

  if (use_memo)
    stop = memo->pos;
  for (gsize k = pos - 1; k-- > stop;)
    {
      /* 'O\'Brien', and 'D'Ornano' left unescaped: a quote between letters */
      if (text[k] == quote && !(k > 0 && text[k - 1] == '\\')
          && !(k > 0 && g_ascii_isalpha (text[k - 1]) && g_ascii_isalpha (text[k + 1])))
        quoted = !quoted;
      else if (text[k] == '\n' && !quoted && k > stop
               && (text[k - 1] == ',' || text[k - 1] == '('
                   || (text[k - 1] == '\r' && k - 1 > stop && text[k - 2] == ',')))
        continue; /* a tuple written one value a line */
      else if (text[k] == '\n' || (!quoted && (text[k] == '(' || text[k] == ')')))
        {
          inside = text[k] == '(';
          break;
        }
    }
  memo->pos = pos;
  memo->inside = inside;
  return inside;
}

/* ---- space-aligned tables: "Nom      Prénom    Date de naissance" ---------------------- */

/* What the last search found, so that each line is read once. */
typedef struct
{
  gsize walked_to;  /* the search went up from this line start… */
  gsize header;     /* …and found this header line start (G_MAXSIZE: none) */
  gsize header_end; /* its end */
} AlignedMemo;

/* Table rows are short: G_MAXSIZE when the line start is more than 512 bytes back. */
static gsize
line_start_of (const char *t, gsize pos)
{
  gsize stop = pos > 512 ? pos - 512 : 0;
  while (pos > stop && t[pos - 1] != '\n')
    pos--;
  return pos == 0 || t[pos - 1] == '\n' ? pos : G_MAXSIZE;
}

/* The byte of line [s, e) at character column col (e when the line is shorter). */
static gsize
byte_at_column (const char *t, gsize s, gsize e, gsize col)
{
  gsize k = s, n = 0;
  while (k < e && n < col)
    {
      k++;
      while (k < e && ((guchar)t[k] & 0xC0) == 0x80)
        k++;
      n++;
    }
  return k;
}

typedef enum
{
  COLUMN_UNKNOWN, /* no table, or no header cell above the date */
  COLUMN_BIRTH,
  COLUMN_OTHER, /* "Inscription", "Date d'entrée": a date, whatever is near */
} ColumnVerdict;

/* The cells of a space-aligned line [s, e): runs of text parted by two spaces or a tab.
 * Returns their count (at most 33); *rank is the rank of the cell holding pos (pos in the
 * line) and starts[] the cells' starts. */
static guint
aligned_cells (const char *t, gsize s, gsize e, gsize pos, guint *rank, gsize starts[32])
{
  guint n = 0;
  gsize k = s;

  while (k < e && t[k] == ' ')
    k++;
  while (k < e && t[k] != '\r' && n <= 32)
    {
      if (n < 32)
        starts[n] = k;
      if (k <= pos)
        *rank = n;
      n++;
      while (k < e && t[k] != '\t' && t[k] != '\r'
             && !(t[k] == ' ' && k + 1 < e && t[k + 1] == ' '))
        k++;
      while (k < e && (t[k] == ' ' || t[k] == '\t'))
        k++;
    }
  return n;
}

/* (session 20, g20-struct) A header typed apart from its rows: its cells do not start over
 * the rows' cells ("NOM / Prénom                  Né(e) le     Pièce" over "LANCREROT /
 * Kenny          04/03/2008   CNI"), but a header with as many cells as the row still names
 * the row's cell of the same rank. The header cell's start, or G_MAXSIZE. */
static gsize
same_rank_cell (const char *t, gsize len, gsize header, gsize header_end, gsize row, gsize pos)
{
  gsize hs[32], rs[32];
  guint hrank = 0, rrank = 0;
  gsize row_end = pos;

  while (row_end < len && row_end < pos + 512 && t[row_end] != '\n')
    row_end++;
  if (row_end == pos + 512)
    return G_MAXSIZE;
  guint rn = aligned_cells (t, row, row_end, pos, &rrank, rs);
  guint hn = aligned_cells (t, header, header_end, header, &hrank, hs);
  if (rn < 3 || rn != hn || rn > 32 || rs[rrank] != pos)
    return G_MAXSIZE;
  return hs[rrank];
}

/* Is the date at pos (on a row of a space-aligned table) under a birth-date column header?
 * The header is the first line of the block of non-empty lines above; its cell starting
 * within two characters of the date's column says. */
static ColumnVerdict
under_birth_header (const char *t, gsize len, gsize pos, AlignedMemo *memo)
{
  gsize ls = line_start_of (t, pos);
  gsize header = G_MAXSIZE, header_end = 0;

  if (ls == G_MAXSIZE)
    return COLUMN_UNKNOWN;
  gsize col = voile_line_columns (t, ls, pos);
  if (memo->walked_to != G_MAXSIZE && memo->walked_to <= ls)
    {
      /* Lines between the last search and this one: an empty one starts a new block. */
      gboolean same_block = TRUE;
      for (gsize k = memo->walked_to; k + 1 < ls && same_block; k++)
        same_block = !(t[k] == '\n' && (t[k + 1] == '\n' || t[k + 1] == '\r'));
      if (same_block)
        header = memo->header, header_end = memo->header_end;
    }
  if (header == G_MAXSIZE)
    {
      /* Up to the block's first line (64 lines at most). */
      gsize line = ls;
      for (guint n = 0; n < 64 && line > 0; n++)
        {
          gsize above = line_start_of (t, line - 1);
          if (above == G_MAXSIZE || line - 1 == above || (line - 2 == above && t[above] == '\r'))
            break; /* an empty or long line */
          line = above;
        }
      /* A caption above the table ("Individuals on this case:") is no header: the header
       * is the block's first line with two cells (a gap of two spaces between words), or
       * its first line when none has two. */
      gsize first = line;
      while (line < ls)
        {
          gsize e = line, word = line;
          gboolean cells = FALSE;
          while (word < ls && (t[word] == ' ' || t[word] == '\t'))
            word++;
          for (e = word; t[e] != '\n' && !cells; e++)
            cells = t[e] == ' ' && t[e + 1] == ' ' && t[e + 2] != ' ' && t[e + 2] != '\n'
                    && t[e + 2] != '\r';
          if (cells)
            break;
          while (t[e] != '\n')
            e++;
          line = e + 1;
        }
      if (line >= ls)
        line = first;
      if (line < ls)
        {
          header = line;
          header_end = line;
          while (t[header_end] != '\n')
            header_end++;
        }
    }
  memo->walked_to = ls;
  memo->header = header;
  memo->header_end = header_end;
  if (header == G_MAXSIZE)
    return COLUMN_UNKNOWN;
  /* The header cell that starts within two characters of the date's column, up to the next
   * gap of two spaces. */
  gsize from = byte_at_column (t, header, header_end, col > 2 ? col - 2 : 0);
  gsize to = byte_at_column (t, header, header_end, col + 3);
  gsize cell = G_MAXSIZE;
  for (gsize k = from; k < to && cell == G_MAXSIZE; k++)
    if (t[k] != ' ' && (k == header || (k >= header + 2 && t[k - 1] == ' ' && t[k - 2] == ' ')))
      cell = k;
  if (cell == G_MAXSIZE)
    cell = same_rank_cell (t, len, header, header_end, ls, pos);
  if (cell == G_MAXSIZE)
    return COLUMN_UNKNOWN;
  gsize cell_end = cell;
  while (cell_end < header_end && !(t[cell_end] == ' ' && t[cell_end + 1] == ' ')
         && t[cell_end] != '\t' && t[cell_end] != '\r')
    cell_end++;
  /* A header cell is a word, not a value: "12/03/1985" above is another row. */
  if (g_ascii_isdigit (t[cell]))
    return COLUMN_UNKNOWN;
  return last_birth_keyword (t, cell, cell_end) != G_MAXSIZE ? COLUMN_BIRTH : COLUMN_OTHER;
}

/* These passes read the text just before some findings, long after the anchor pass left
 * it: on a big text each read is a cache miss. Asking for the text of a finding a few
 * entries ahead lets the misses overlap. */
#define PREFETCH_AHEAD 8

static inline void
prefetch_before (const char *text, GArray *findings, guint k, VoileType type, gsize back)
{
  if (k >= findings->len)
    return;
  const VoileFinding *f = &g_array_index (findings, VoileFinding, k);
  if (f->type != type)
    return;
  for (gsize b = 0; b <= back && b <= f->start; b += 64)
    __builtin_prefetch (text + f->start - b);
}

/* The separator of the line holding pos if it looks like a row of a delimited table (a tab,
 * ';' or '|', or two commas), else 0. The line is read up to 512 bytes each way. A quoted
 * cell's text is the cell's, not the row's: "…,"common name; NID checked"" is a CSV row. */
static char
row_separator (const char *t, gsize len, gsize pos)
{
  gsize s = pos, e = pos, stop = pos > 512 ? pos - 512 : 0;
  guint commas = 0;
  while (s > stop && t[s - 1] != '\n')
    s--;
  while (e < len && e < pos + 512 && t[e] != '\n')
    e++;
  for (gsize k = s; k < e; k++)
    {
      /* a cell opening on '"' and closed on the line: skip to its closing quote */
      if (t[k] == '"' && k > s && t[k - 1] == ',')
        {
          const char *close = memchr (t + k + 1, '"', e - k - 1);
          if (close != NULL)
            {
              k = (gsize)(close - t);
              continue;
            }
        }
      if (t[k] == '\t' || t[k] == ';' || t[k] == '|')
        return t[k];
      commas += t[k] == ',';
    }
  return commas >= 2 ? ',' : 0;
}

/* Does a clock time follow the date that ends at date_end ("21 nov. 12:40", "[17/11/2026,
 * 10:06]", "2026-11-18 16:23")? */
static gboolean
clock_time_follows (const char *t, gsize len, gsize date_end)
{
  gsize k = date_end;
  while (k < len && k < date_end + 3 && (t[k] == ' ' || t[k] == ','))
    k++;
  /* (session 18) "Le 26-01-26 à 18:02, … a écrit :", "On 3 March at 09:12" */
  if (k > date_end && k + 2 < len
      && (((guchar)t[k] == 0xC3 && (guchar)t[k + 1] == 0xA0) || (t[k] == 'a' && t[k + 1] == 't'))
      && t[k + 2] == ' ')
    k += 3;
  gsize h = k;
  while (h < len && h < k + 2 && g_ascii_isdigit (t[h]))
    h++;
  return h > k && h + 2 < len && (t[h] == ':' || t[h] == 'h') && g_ascii_isdigit (t[h + 1])
         && g_ascii_isdigit (t[h + 2]);
}

/* Does the line at ls open on a date and a clock time, as a chat export's message does
 * ("[09/03/2026, 11:02] Advisor: …", "2026-02-03 14:10 Bot: …")? Its commas are the
 * message's, no table's. */
static gboolean
opens_on_date_and_time (const char *t, gsize len, gsize ls)
{
  if (ls == G_MAXSIZE)
    return FALSE;
  gsize p = ls + (ls < len && t[ls] == '[' ? 1 : 0);
  if (p >= len || !g_ascii_isdigit (t[p]))
    return FALSE;
  for (gsize k = p + 6; k + 2 < len && k < p + 24 && t[k] != '\n'; k++)
    if (t[k] == ':' && g_ascii_isdigit (t[k - 1]) && g_ascii_isdigit (t[k + 1])
        && g_ascii_isdigit (t[k + 2]) && (t[k - 2] == ' ' || g_ascii_isdigit (t[k - 2])))
      return TRUE;
  return FALSE;
}

/* A birth keyword on a line above the date at pos (pos - keyword < 128 bytes): is the date
 * someone else's? It is when the keyword got its answer on its own line ("Date of birth:
 * April 1981" above "Appointed on: 14 January 2022"; "DATE DE NAISSANCE : 23 / 10 / 2015"
 * above a vaccine's date), or when a clock time follows the date (a message's header,
 * "Lorenzo (vendeur) – 21 nov. 12:40", below "il me faut votre date de naissance"). */
static gboolean
answered_elsewhere (const char *t, gsize len, gsize keyword, gsize date_end)
{
  gsize k = keyword;
  while (k < date_end && t[k] != '\n' && t[k] != ':')
    k++;
  if (k < date_end && t[k] == ':')
    for (k++; k < date_end && t[k] != '\n'; k++)
      if (t[k] != ' ' && t[k] != '\t' && t[k] != '\r')
        return TRUE;
  return clock_time_follows (t, len, date_end);
}

/* Does text[s..e) part two items of one list: " / ", " et ", " and ", " & "? Not a comma:
 * a CSV row's next cell ("05/03/1980,04/02/2025": a birth date, then a visit). */
static gboolean
date_list_goes_on (const char *t, gsize s, gsize e)
{
  /* and a restatement of the same date: "Twelfth of August, nineteen thirty-eight. So
   * 12/08/1938", "12 March 1980 (12/03/1980)" */
  static const char *const seps[] = { " / ",   " & ",   " et ", " and ",   " ou ",   " or ",
                                      ". So ", ", so ", " (",   ", i.e. ", " soit ", NULL };
  static const char *const plural_labels[]
      = { "dobs", "d.o.b.s", "dates of birth", "birth dates", "dates de naissance", NULL };

  if (voile_word_in (t + s, e - s, seps))
    return TRUE;
  /* "DOBs: Chinedu 19.04.1976, Marcia 02.09.1979": after a plural label, ", " and one or two
   * capitalised words name the next person of the list. */
  if (e - s < 4 || e - s > 40 || t[s] != ',' || t[s + 1] != ' ' || !g_ascii_isupper (t[s + 2])
      || t[e - 1] != ' ')
    return FALSE;
  guint words = 0;
  for (gsize i = s + 2; i < e - 1; i++)
    if (t[i] == ' ')
      {
        if (i + 1 >= e - 1 || !g_ascii_isupper (t[i + 1]))
          return FALSE;
        words++;
      }
    else if (!is_letter ((guchar)t[i]) && t[i] != '-')
      return FALSE;
  if (words > 1)
    return FALSE;
  gsize line = s;
  while (line > 0 && s - line < 160 && t[line - 1] != '\n')
    line--;
  for (gsize i = line; i < s; i++)
    for (const char *const *w = plural_labels; *w != NULL; w++)
      if ((i == line || !is_letter ((guchar)t[i - 1])) && word_at (t, i, s, *w))
        return TRUE;
  return FALSE;
}

/* "please send their date of birth\nto the officer by December 18, 2026": the word before
 * the date makes it a deadline, whatever birth words came before. */
static gboolean
after_deadline_word (const char *t, gsize start)
{
  static const char *const words[]
      = { "by", "before", "until", "till", "avant", "d'ici", "jusqu'au", NULL };
  gsize e = voile_run_start (t, start, 3, " ");
  if (e == start)
    return FALSE;
  gsize s = voile_word_start (t, e, 9, VOILE_WORD_APOSTROPHES);
  /* a digit glued before the word does not stop it ("2by"), a letter does */
  if (s > 0 && g_ascii_isalpha (t[s - 1]))
    return FALSE;
  return voile_ascii_word_in (t + s, e - s, words);
}

/* (session 22, g22-addr2 and g22-clean) "… date of birth, High Court …,\ndated 27/11/2025",
 * "la date de naissance …\nDepuis le 1er juillet 2022", "à compter du 1er janvier": the words
 * right before the date give it to another event (a document's date, a rule's or a state's
 * start), whatever birth words came before. An article between ("depuis le", "since the",
 * "en vigueur le") is skipped. */
static gboolean
after_other_event_word (const char *t, gsize start)
{
  /* (ASCII case only is folded: a capital À is listed as such) */
  static const char *const words[]
      = { "dated",         "daté",        "datée",      "datés",        "datées",
          "depuis",        "dès",         "since",      "effective",    "as of",
          "as at",         "as from",     "en date du", "à compter du", "À compter du",
          "à partir du",   "À partir du", "applicable", "en vigueur",   "in force",
          "in force from", "issued",      "signed",     "signé",        "signée",
          "sworn",         NULL };
  static const char *const articles[] = { "le", "du", "au", "the", "on", NULL };
  gsize e = start;

  for (int round = 0; round < 2; round++)
    {
      gsize b = e;
      e = voile_run_start (t, b, 3, " ");
      if (e == b)
        return FALSE;
      for (const char *const *w = words; *w != NULL; w++)
        {
          gsize n = strlen (*w);
          if (n <= e && voile_ascii_strncasecmp (t + e - n, *w, n) == 0
              && (e == n || (!g_ascii_isalpha (t[e - n - 1]) && (guchar)t[e - n - 1] < 0x80)))
            return TRUE;
        }
      /* an article: step over it once */
      gsize a = voile_word_start (t, e, 4, VOILE_WORD_ASCII);
      if (a == e || a == 0 || t[a - 1] != ' ' || !voile_ascii_word_in (t + a, e - a, articles))
        return FALSE;
      e = a;
    }
  return FALSE;
}

/* (session 25, g25-clean) "La retraite est née de l'ordonnance du 4 octobre 1945", "the
 * scheme was born out of the Act of 4 October 1945": a law's, a decree's, an order's or an
 * agreement's noun
 * with "du" or "of" right before the date gives it to that text, whatever birth word (an
 * institution's birth) is on the line. */
static gboolean
after_enactment_noun (const char *t, gsize start)
{
  static const char *const nouns[]
      = { "ordonnance", "loi",       "décret",    "decret", "arrêté", "arrete", "circulaire",
          "convention", "accord",    "traité",    "act",    "decree", "order",  "ordinance",
          "statute",    "directive", "agreement", "treaty", NULL };
  /* a wrapped line's break counts as a blank ("l'accord\ndu 8 décembre 1961") */
  gsize e = voile_run_start (t, start, 3, " \n");
  if (e < 4 || e == start || (t[e - 3] != ' ' && t[e - 3] != '\n'))
    return FALSE;
  gboolean du = voile_ascii_strncasecmp (t + e - 2, "du", 2) == 0;
  gboolean of = voile_ascii_strncasecmp (t + e - 2, "of", 2) == 0;
  if (!du && !of)
    return FALSE;
  return voile_word_before_in (t, e - 3, 12, VOILE_WORD_UTF8, nouns);
}

static guint
date_year (const char *d, gsize n);

/* (session 22, g22-addr2) A chat's or a form's "né le" typed without its accent, right
 * before a whole date: "nom complet NDIAYE Moussa ne le 11/03/1999", "NEE LE 02/05/1987".
 * "ne le" is a negation too ("je ne le 12/03…" is no French): only right before the date,
 * whose year is written in full. */
static gboolean
after_unaccented_born (const char *t, gsize start, gsize end)
{
  static const char *const words[] = { "ne le ", "nee le ", "ne(e) le ", NULL };
  /* " le " right before: most dates fail at these bytes */
  if (start < 6 || t[start - 1] != ' ' || (t[start - 2] | 0x20) != 'e'
      || (t[start - 3] | 0x20) != 'l' || t[start - 4] != ' '
      || date_year (t + start, end - start) == 0)
    return FALSE;
  for (const char *const *w = words; *w != NULL; w++)
    {
      gsize n = strlen (*w);
      if (start >= n && voile_ascii_strncasecmp (t + start - n, *w, n) == 0
          && (start == n || !g_ascii_isalpha (t[start - n - 1])))
        return TRUE;
    }
  return FALSE;
}

/* (session 21, g21-addr) A chronology's line, "- 25 août 1988 : mort de …", "1 May 2001 —
 * opened the new wing": the date opens its line (a list's mark allowed) and a colon or a
 * dash gives its event after it; a birth word on another line is another line's event. Its
 * own event's birth word ("16 décembre 1908 : naissance de …") keeps it a birth. */
static gboolean
date_heads_event_line (const char *t, gsize len, gsize start, gsize end)
{
  gsize b = start;
  while (b > 0 && start - b < 8 && (t[b - 1] == ' ' || t[b - 1] == '\t'))
    b--;
  if (b > 0 && (t[b - 1] == '-' || t[b - 1] == '*'))
    b--;
  else if (b >= 3 && memcmp (t + b - 3, "\xe2\x80\xa2", 3) == 0)
    b -= 3;
  while (b > 0 && start - b < 12 && (t[b - 1] == ' ' || t[b - 1] == '\t'))
    b--;
  if (b > 0 && t[b - 1] != '\n')
    return FALSE;
  gsize q = end;
  while (q < len && q - end < 3 && t[q] == ' ')
    q++;
  /* (session 22, g22-addr2) a case log's "2025-06-10 | First consultation" */
  if (q < len && (t[q] == ':' || t[q] == '-' || t[q] == '|'))
    q++;
  else if (q + 2 < len && (guchar)t[q] == 0xE2 && (guchar)t[q + 1] == 0x80
           && ((guchar)t[q + 2] == 0x93 || (guchar)t[q + 2] == 0x94))
    q += 3;
  else
    return FALSE;
  if (q >= len || t[q] != ' ')
    return FALSE;
  gsize e = q;
  while (e < len && e - q < 48 && t[e] != '\n')
    e++;
  return last_birth_keyword (t, q, e) == G_MAXSIZE;
}

/* (session 21, g21-addr) "controle_date_naissance(\"31/12/1970\", …)", "check_dob('…')": the
 * birth word is a function's name, the date an argument of a call (a test's data). */
static gboolean
birth_keyword_is_call (const char *t, gsize len, gsize keyword, gsize start)
{
  gsize e = keyword;
  while (e < start && e < len && e - keyword < 40
         && (g_ascii_isalnum (t[e]) || t[e] == '_' || (guchar)t[e] >= 0x80))
    e++;
  if (e >= start || t[e] != '(')
    return FALSE;
  /* an identifier, not a label's word: "_" before it or within it */
  gsize s = keyword;
  while (s > 0 && keyword - s < 40 && (g_ascii_isalnum (t[s - 1]) || t[s - 1] == '_'))
    s--;
  return memchr (t + s, '_', e - s) != NULL && start - e <= 2;
}

/* (session 21, g21-addr) "69 ans (11/01/1957)", "aged 7 (03/02/2019)", "12 years old,
 * 04/05/2014": an age, then the date in brackets or after a comma, is the birth date. */
static gboolean
after_age (const char *t, gsize start, gsize end, gsize len)
{
  static const char *const words[]
      = { "ans", "an", "years", "year", "yrs", "yo", "y.o.", "y/o", "old", "mois", "months", NULL };
  gsize e = start;

  (void)end;
  (void)len;
  while (e > 0 && start - e < 2 && t[e - 1] == ' ')
    e--;
  if (e == 0 || (t[e - 1] != '(' && t[e - 1] != ','))
    return FALSE;
  e--;
  while (e > 0 && start - e < 6 && t[e - 1] == ' ')
    e--;
  /* "12yo": the age's digits may be glued before the word */
  gsize s = voile_word_start (t, e, 5, VOILE_WORD_DOTS | VOILE_WORD_SLASHES);
  if (!voile_ascii_word_in (t + s, e - s, words))
    {
      /* "aged 9 (30/11/2016)", "âgé de 7 ans" is read above */
      gsize n = e;
      while (n > 0 && e - n < 3 && g_ascii_isdigit (t[n - 1]))
        n--;
      return n < e && n >= 5 && t[n - 1] == ' '
             && voile_ascii_strncasecmp (t + n - 5, "aged", 4) == 0
             && (n == 5 || !g_ascii_isalpha (t[n - 6]));
    }
  /* "12 years old": "years" before "old" */
  if (e - s == 3 && voile_ascii_strncasecmp (t + s, "old", 3) == 0)
    {
      e = voile_run_start (t, s, 2, " ");
      s = voile_word_start (t, e, 6, VOILE_WORD_ASCII);
      if (!(e - s == 5 && voile_ascii_strncasecmp (t + s, "years", 5) == 0)
          && !(e - s == 6 && voile_ascii_strncasecmp (t + s, "months", 6) == 0))
        return FALSE;
    }
  gsize d = s;
  while (d > 0 && s - d < 2 && t[d - 1] == ' ')
    d--;
  gsize n = d;
  while (n > 0 && d - n < 3 && g_ascii_isdigit (t[n - 1]))
    n--;
  return n < d && (n == 0 || !g_ascii_isalnum (t[n - 1]));
}

/* (g20-spoken) "il est né en quarante-sept, il est mort le trois septembre", "born in Leeds,
 * died on the fourth of May": a death's word right before the date (an article or "on"
 * between) makes it the death's, whatever birth words came before. Reads at most three
 * words of ten bytes back. */
static gboolean
after_death_word (const char *t, gsize start)
{
  static const char *const links[] = { "le", "on", "the", "en", "in", NULL };
  static const char *const words[]
      = { "mort", "morte", "décédé", "décédée", "died", "deceased", "away", "décès", NULL };
  gsize e = start;

  for (guint k = 0; k < 3; k++)
    {
      gsize b = voile_run_start (t, e, 3, " ");
      if (b == e || b == 0)
        return FALSE;
      gsize s = voile_word_start (t, b, 10, VOILE_WORD_UTF8);
      if (s == b || (s > 0 && (g_ascii_isalpha (t[s - 1]) || (guchar)t[s - 1] >= 0x80)))
        return FALSE;
      for (const char *const *w = words; *w != NULL; w++)
        if (strlen (*w) == b - s && voile_ascii_strncasecmp (t + s, *w, b - s) == 0)
          return TRUE;
      gboolean link = FALSE;
      for (const char *const *w = links; *w != NULL && !link; w++)
        link = strlen (*w) == b - s && voile_ascii_strncasecmp (t + s, *w, b - s) == 0;
      if (!link)
        return FALSE;
      e = s;
    }
  return FALSE;
}

/* The year a date's span ends on (its last four digits), or 0. */
static guint
span_year (const char *t, gsize s, gsize e)
{
  if (e < s + 4 || !g_ascii_isdigit (t[e - 1]) || !g_ascii_isdigit (t[e - 2])
      || !g_ascii_isdigit (t[e - 3]) || !g_ascii_isdigit (t[e - 4])
      || (e > s + 4 && g_ascii_isdigit (t[e - 5])))
    return 0;
  return (guint)((t[e - 4] - '0') * 1000 + (t[e - 3] - '0') * 100 + (t[e - 2] - '0') * 10
                 + (t[e - 1] - '0'));
}

/* (session 18, g18-struct) A life's span in brackets, "(4 May 1951 – 30 September 2025)" after
 * a name in a notice or a tribute: two whole dates joined by a dash, sixteen years apart at
 * least; the first is the birth date. Findings i and i + 1. */
static gboolean
opens_life_span (const char *t, gsize len, GArray *findings, guint i)
{
  if (i + 1 >= findings->len)
    return FALSE;
  const VoileFinding *f = &g_array_index (findings, VoileFinding, i);
  const VoileFinding *g = &g_array_index (findings, VoileFinding, i + 1);
  if (g->type != VOILE_TYPE_DATE || f->start == 0 || t[f->start - 1] != '(' || g->end >= len
      || t[g->end] != ')' || g->start < f->end + 1 || g->start - f->end > 7)
    return FALSE;
  guint dashes = 0;
  for (gsize k = f->end; k < g->start; k++)
    if (t[k] == '-')
      dashes++;
    else if ((guchar)t[k] == 0xE2 && k + 2 < g->start && (guchar)t[k + 1] == 0x80
             && ((guchar)t[k + 2] == 0x93 || (guchar)t[k + 2] == 0x94))
      dashes++, k += 2; /* – — */
    else if (t[k] != ' ')
      return FALSE;
  guint born = span_year (t, f->start, f->end), died = span_year (t, g->start, g->end);
  return dashes == 1 && born >= 1880 && died >= born + 16 && died <= born + 115;
}

/* An airline system's birth date (IATA's SSR DOCS and APIS fields): the date before the
 * sex field ("…/IND/22AUG84/M/17MAR32/…": the date after it is the passport's expiry),
 * after Sabre's "DB/", or a child's or an infant's beside its name ("(CHD/03FEB17)",
 * "INF/12MAR24"). */
static gboolean
is_airline_birth_field (const char *t, gsize len, const VoileFinding *f)
{
  gsize s = f->start, e = f->end, n = e - s;

  if (n < 5 || n > 7 || !g_ascii_isdigit (t[s]) || !g_ascii_isupper (t[s + 2]) || s == 0
      || t[s - 1] != '/')
    return FALSE;
  /* the sex field: M, F, U or X, MI and FI for an infant */
  if (e + 3 <= len && t[e] == '/' && strchr ("MFUX", t[e + 1]) != NULL
      && (e + 2 == len || t[e + 2] == '/'
          || (t[e + 2] == 'I' && (e + 3 == len || t[e + 3] == '/'))))
    return TRUE;
  static const char *const before[] = { "CHD/", "INF/", "INFT/", "DB/", NULL };
  for (const char *const *w = before; *w != NULL; w++)
    {
      gsize k = strlen (*w);
      if (s >= k && memcmp (t + s - k, *w, k) == 0 && (s == k || !g_ascii_isalnum (t[s - k - 1])))
        return TRUE;
    }
  return FALSE;
}

/* (session 19, g19-fp) A date followed by the person's age, "12/06/1947 (78 ans)",
 * "3 May 1951 (aged 74)", "11/02/1990, 35 ans": a birth date, when the year and the age add up
 * to a year of writing (1950 to 2100). Reads at most 24 bytes after the date. */
static gboolean
followed_by_age (const char *t, gsize len, gsize s, gsize e)
{
  guint year = span_year (t, s, e);
  gsize i = e, stop = MIN (len, e + 24);
  if (year < 1880)
    return FALSE;
  if (i < stop && (t[i] == '(' || t[i] == ','))
    i++;
  else if (i + 1 < stop && t[i] == ' ' && t[i + 1] == '(')
    i += 2;
  else
    return FALSE;
  while (i < stop && t[i] == ' ')
    i++;
  if (i + 5 < stop && voile_ascii_strncasecmp (t + i, "aged ", 5) == 0)
    i += 5;
  else if (i + 4 < stop && voile_ascii_strncasecmp (t + i, "age ", 4) == 0)
    i += 4;
  guint age = 0, digits = 0;
  while (i < stop && g_ascii_isdigit (t[i]) && digits < 3)
    age = age * 10 + (guint)(t[i++] - '0'), digits++;
  if (digits == 0 || (i < stop && g_ascii_isdigit (t[i])) || year + age < 1950 || year + age > 2100)
    return FALSE;
  gsize after_number = i;
  while (i < stop && t[i] == ' ')
    i++;
  static const char *const units[]
      = { "ans", "an", "years", "year", "yrs", "yo", "y/o", "y.o.", "y", NULL };
  for (const char *const *u = units; *u != NULL; u++)
    {
      gsize n = strlen (*u);
      gsize j = i + n;
      /* the age closes the bracket or the clause: not "(3 ans de contrat)", "10 ans après" */
      if (j <= stop && voile_ascii_strncasecmp (t + i, *u, n) == 0
          && (j == len || t[j] == ')' || t[j] == ',' || t[j] == ';' || t[j] == '\n'
              || (t[j] == '.' && n > 1 && (j + 1 == len || t[j + 1] == ' ' || t[j + 1] == '\n'))))
        return TRUE;
    }
  /* "(aged 74)": the age word said it */
  return after_number < stop && t[after_number] == ')' && t[e] != ','
         && (voile_ascii_strncasecmp (t + e + (t[e] == ' ' ? 2 : 1), "age", 3) == 0);
}

void
voile_tables_promote_birth_dates (const char *text, gsize len, GArray *findings)
{
  gsize previous_end = 0;
  g_autoptr (GArray) sql = NULL; /* computed at the first date no keyword explains */
  guint sql_next = 0;
  g_autoptr (GArray) animals = NULL; /* computed with sql */
  guint animals_next = 0;
  TupleMemo tuple = { G_MAXSIZE, FALSE };
  AlignedMemo aligned = { G_MAXSIZE, G_MAXSIZE, 0 };

  for (guint i = 0; i < findings->len; i++)
    {
      VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      gboolean is_date = f->type == VOILE_TYPE_DATE;

      prefetch_before (text, findings, i + PREFETCH_AHEAD, VOILE_TYPE_DATE, 128);
      /* "12/01/1929;2 29 01 49 007 251 09": the date an identity number was built from */
      if (f->type == VOILE_TYPE_FR_NIR || f->type == VOILE_TYPE_ID_DOCUMENT)
        {
          voile_birth_ids_promote_at (text, len, findings, i);
          continue;
        }

      /* A pet's birth date in a table of animals stays a date, whatever the keywords say */
      if (is_date && f->start > 0 && (text[f->start - 1] == '\'' || text[f->start - 1] == '"')
          && in_tuple (text, f->start, &tuple))
        {
          if (sql == NULL)
            {
              animals = g_array_new (FALSE, FALSE, sizeof (Cell));
              sql = sql_birth_values (text, len, animals);
            }
          while (animals_next < animals->len
                 && g_array_index (animals, Cell, animals_next).end < f->end)
            animals_next++;
          if (animals_next < animals->len
              && g_array_index (animals, Cell, animals_next).start <= f->start)
            is_date = FALSE;
        }
      if (is_date && is_airline_birth_field (text, len, f))
        {
          f->type = VOILE_TYPE_DATE_OF_BIRTH;
          f->confidence = MAX (f->confidence, 0.9f);
          is_date = FALSE;
        }
      if (is_date
          && (opens_life_span (text, len, findings, i)
              || followed_by_age (text, len, f->start, f->end)))
        {
          f->type = VOILE_TYPE_DATE_OF_BIRTH;
          f->confidence = MAX (f->confidence, 0.9f);
          is_date = FALSE;
        }
      /* "Dates de naissance : 02/02/1984 / 25/09/1986": a list goes on after the first */
      if (is_date && i > 0
          && g_array_index (findings, VoileFinding, i - 1).type == VOILE_TYPE_DATE_OF_BIRTH
          && date_list_goes_on (text, g_array_index (findings, VoileFinding, i - 1).end, f->start))
        {
          f->type = VOILE_TYPE_DATE_OF_BIRTH;
          f->confidence = MAX (f->confidence, 0.9f);
          is_date = FALSE;
        }
      if (is_date)
        {
          gsize from = f->start > 120 ? f->start - 120 : 0;
          from = MAX (from, previous_end);
          /* A label on the date's line says first ("Né(e)      :  12/03/1985"); then, in a
           * space-aligned table, the column's header, whatever is near. */
          gsize keyword = last_birth_keyword (text, from, f->start);
          ColumnVerdict column = COLUMN_UNKNOWN;
          if (keyword != G_MAXSIZE && memchr (text + keyword, '\n', f->start - keyword) == NULL)
            column = COLUMN_BIRTH;
          else if (f->start >= 2 && text[f->start - 1] == ' ' && text[f->start - 2] == ' ')
            column = under_birth_header (text, len, f->start, &aligned);
          else if (keyword != G_MAXSIZE && row_separator (text, len, f->start) != 0
                   && row_separator (text, len, f->start) == row_separator (text, len, keyword)
                   && !opens_on_date_and_time (text, len, line_start_of (text, keyword)))
            column = COLUMN_OTHER; /* a cell under a header: its column said (tables_apply) */
          if (column == COLUMN_BIRTH && keyword != G_MAXSIZE
              && (after_death_word (text, f->start) || after_enactment_noun (text, f->start)))
            column = COLUMN_OTHER;
          if (column == COLUMN_UNKNOWN && keyword != G_MAXSIZE
              && answered_elsewhere (text, len, keyword, f->end))
            column = COLUMN_OTHER;
          if (column == COLUMN_UNKNOWN && keyword == G_MAXSIZE
              && in_dependants_list (text, len, f->start, previous_end))
            column = COLUMN_BIRTH;
          if (column == COLUMN_UNKNOWN && keyword != G_MAXSIZE
              && (after_deadline_word (text, f->start) || after_death_word (text, f->start)
                  || after_other_event_word (text, f->start)
                  || after_enactment_noun (text, f->start)))
            column = COLUMN_OTHER;
          if (column == COLUMN_UNKNOWN && keyword != G_MAXSIZE
              && date_heads_event_line (text, len, f->start, f->end))
            column = COLUMN_OTHER;
          if (column != COLUMN_OTHER && keyword != G_MAXSIZE
              && birth_keyword_is_call (text, len, keyword, f->start))
            column = COLUMN_OTHER;
          if (column == COLUMN_UNKNOWN && keyword == G_MAXSIZE
              && (after_age (text, f->start, f->end, len)
                  || after_unaccented_born (text, f->start, f->end)))
            column = COLUMN_BIRTH;
          if ((column == COLUMN_BIRTH || (column == COLUMN_UNKNOWN && keyword != G_MAXSIZE))
              && !voile_date_year_before_1900 (text + f->start, f->end - f->start)
              && !voile_date_opens_on_weekday (text + f->start, f->end - f->start)
              && !(keyword != G_MAXSIZE && voile_tables_birth_of_animal (text, from, f->start)))
            {
              f->type = VOILE_TYPE_DATE_OF_BIRTH;
              f->confidence = MAX (f->confidence, 0.9f);
            }
          else if (f->start > 0 && (text[f->start - 1] == '\'' || text[f->start - 1] == '"')
                   && in_tuple (text, f->start, &tuple)) /* SQL dates are quoted */
            {
              if (sql == NULL)
                {
                  animals = g_array_new (FALSE, FALSE, sizeof (Cell));
                  sql = sql_birth_values (text, len, animals);
                }
              /* Findings and spans are both in text order. */
              while (sql_next < sql->len && g_array_index (sql, Cell, sql_next).end < f->end)
                sql_next++;
              if (sql_next < sql->len && g_array_index (sql, Cell, sql_next).start <= f->start)
                {
                  f->type = VOILE_TYPE_DATE_OF_BIRTH;
                  f->confidence = MAX (f->confidence, 0.9f);
                }
            }
        }
      /* A date with a clock time after it heads a chat message or a log line: the question
       * of the message above ("what is your date of birth?") still reaches the answer below
       * it ("[17/11/2026, 10:06] Tadhg: 14/02/1990"), whose date is the first after it. */
      if ((f->type == VOILE_TYPE_DATE && !clock_time_follows (text, len, f->end))
          || f->type == VOILE_TYPE_DATE_OF_BIRTH)
        previous_end = f->end;
    }
}

static inline gboolean
t_is_list_gap (char c)
{
  return c == ' ' || c == ',' || c == '(' || c == '-' || c == '\t' || c == ';';
}

/* The four-digit year of a date finding's text, or 0. */
static guint
date_year (const char *d, gsize n)
{
  for (gsize i = 0; i + 4 <= n; i++)
    if ((i == 0 || !g_ascii_isdigit (d[i - 1])) && g_ascii_isdigit (d[i])
        && g_ascii_isdigit (d[i + 1]) && g_ascii_isdigit (d[i + 2]) && g_ascii_isdigit (d[i + 3])
        && (i + 4 == n || !g_ascii_isdigit (d[i + 4])))
      return (guint)((d[i] - '0') * 1000 + (d[i + 1] - '0') * 100 + (d[i + 2] - '0') * 10
                     + (d[i + 3] - '0'));
  return 0;
}

/* (session 21, g21-addr) Does the line before pos (at most 160 bytes back) name children:
 * "enfants", "fratrie", "children", "siblings", "kids", "fils", "fille(s)", "daughter",
 * "son(s)", "bébé", "la petite dernière"? */
static gboolean
children_line (const char *t, gsize pos)
{
  static const char *const words[]
      = { "enfant",    "enfants", "fratrie",  "fils",  "fille", "filles",   "bébé",     "bébés",
          "dernière",  "dernier", "children", "child", "kids",  "siblings", "sibling",  "daughter",
          "daughters", "son",     "sons",     "baby",  "twins", "jumeaux",  "jumelles", NULL };
  gsize b = pos;
  while (b > 0 && pos - b < 160 && t[b - 1] != '\n')
    b--;
  for (gsize i = b; i < pos;)
    {
      if (!(g_ascii_isalpha (t[i]) || (guchar)t[i] >= 0x80))
        {
          i++;
          continue;
        }
      gsize e = i;
      while (e < pos && (g_ascii_isalpha (t[e]) || (guchar)t[e] >= 0x80))
        e++;
      for (const char *const *w = words; *w != NULL; w++)
        if (strlen (*w) == e - i && voile_ascii_strncasecmp (t + i, *w, e - i) == 0)
          return TRUE;
      i = e;
    }
  return FALSE;
}

/* (session 23, g23-dates) A list of children under the words that name them: "ENFANTS À
 * CHARGE" over "  TAOFIFENUA Losaline – 12/12/2013", "mère de trois enfants nés à Mayotte"
 * over "(Naïma, 12/03/2014 ; Ibrahim, 30/08/2016)". The date's line holds before the name
 * only names and dates found, blanks and list punctuation (no prose: "Rendez-vous avec
 * Mme Dupont, 12/11/2026" is an event's day); one of the three lines above it, in the same
 * block (no blank line between), names the children (children_line()). */
static gboolean
children_heading_above (const char *t, gsize pos, const GArray *findings, guint i)
{
  gsize b = pos;
  while (b > 0 && pos - b < 200 && t[b - 1] != '\n')
    b--;
  if (b > 0 && t[b - 1] != '\n')
    return FALSE;
  /* the line before pos: only findings (names, dates), blanks and list punctuation */
  gsize k = b;
  while (k < pos)
    {
      guchar c = (guchar)t[k];
      if (strchr (" \t(;,-–•*/", c) != NULL
          || (c == 0xE2 && k + 2 < pos && (guchar)t[k + 1] == 0x80
              && ((guchar)t[k + 2] == 0x93 || (guchar)t[k + 2] == 0xA2)))
        {
          k += c == 0xE2 ? 3 : 1;
          continue;
        }
      /* a finding covering k */
      gboolean covered = FALSE;
      for (guint j = i; j > 0 && !covered; j--)
        {
          const VoileFinding *g = &g_array_index (findings, VoileFinding, j - 1);
          if (g->end <= b)
            break;
          if (g->start <= k && k < g->end
              && (g->type == VOILE_TYPE_PERSON || g->type == VOILE_TYPE_DATE
                  || g->type == VOILE_TYPE_DATE_OF_BIRTH))
            {
              covered = TRUE;
              k = g->end;
            }
        }
      if (!covered)
        return FALSE;
    }
  /* up to three lines above, no blank line between */
  gsize line = b;
  for (guint n = 0; n < 3 && line > 0; n++)
    {
      gsize prev_end = line - 1; /* the '\n' ending the line above */
      gsize s = prev_end;
      while (s > 0 && prev_end - s < 200 && t[s - 1] != '\n')
        s--;
      gboolean blank = TRUE;
      for (gsize q = s; q < prev_end && blank; q++)
        blank = t[q] == ' ' || t[q] == '\t' || t[q] == '\r';
      if (blank)
        return FALSE;
      if (children_line (t, prev_end))
        return TRUE;
      line = s;
    }
  return FALSE;
}

/* Does a practitioner's title stand right before the name at pos ("Dr Lumapas", "Dr.
 * Ariel …", "Pr Martin", "Me Durand", "Doctor", "Docteur", "Prof.")? */
static gboolean
after_practitioner_title (const char *t, gsize pos)
{
  static const char *const titles[]
      = { "dr",    "dr.", "dre",    "doctor", "docteur", "docteure", "pr",         "pr.", "prof",
          "prof.", "me",  "maître", "maitre", "nurse",   "midwife",  "sage-femme", NULL };
  gsize e = voile_run_start (t, pos, 3, " ");
  if (e == pos)
    return FALSE;
  /* the title is what stands after a blank, a bracket, a comma or a quote: its own dot
   * and dash belong to it ("Dr.", "sage-femme") */
  gsize s = voile_token_start (t, e, 12, " \n(,\t\"");
  return voile_ascii_word_in (t + s, e - s, titles);
}

void
voile_tables_promote_dates_after_names (const char *text, gsize len, GArray *findings)
{
  guint newest = 0;
  gboolean candidate = FALSE;

  for (guint i = 0; i < findings->len; i++)
    {
      const VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      if (f->type != VOILE_TYPE_DATE)
        continue;
      guint y = date_year (text + f->start, f->end - f->start);
      if (y >= 1900 && y <= 2200)
        newest = MAX (newest, y);
      candidate |= i > 0 && g_array_index (findings, VoileFinding, i - 1).type == VOILE_TYPE_PERSON;
    }
  if (!candidate || newest == 0)
    return;
  for (guint i = 1; i < findings->len; i++)
    {
      VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      const VoileFinding *p = &g_array_index (findings, VoileFinding, i - 1);
      if (f->type != VOILE_TYPE_DATE || p->type != VOILE_TYPE_PERSON || p->end > f->start
          || f->start - p->end > 5)
        continue;
      /* only blanks and one comma, bracket or dash between: "Nom Prénom 19/11/2007"; an en
       * or em dash too ("TAOFIFENUA Mikaele – 30/10/2022") */
      gboolean plain = TRUE;
      guint dashes = 0;
      for (gsize k = p->end; k < f->start && plain; k++)
        if (k + 2 < f->start && (guchar)text[k] == 0xE2 && (guchar)text[k + 1] == 0x80
            && ((guchar)text[k + 2] == 0x93 || (guchar)text[k + 2] == 0x94))
          {
            k += 2;
            dashes++;
          }
        else
          plain = t_is_list_gap (text[k]);
      plain &= f->start - p->end <= 3 + 2 * dashes;
      if (!plain || f->start == p->end)
        continue;
      /* a whole date in digits (a day, a month and a year), not in words */
      const char *d = text + f->start;
      gsize n = f->end - f->start;
      if (!g_ascii_isdigit (d[0]) || n < 8 || n > 10)
        continue;
      guint y = date_year (d, n);
      /* (session 21, g21-addr) a child's date after their name on a line that names the
       * children ("Enfants à charge : Enzo (12/10/2014), Lou (05/02/2018)", "siblings: Amir,
       * 03/01/2019"): a birth date however young, not later than the text's newest year */
      if (y < 1900
          || (y + 16 > newest
              && !(y <= newest
                   && (children_line (text, p->start)
                       /* under a heading, a year before the text's newest: a list of this
                        * year's bookings under "Child health clinic" is no list of births */
                       || (y < newest && children_heading_above (text, p->start, findings, i))))))
        continue;
      /* "home visit with Dr Lumapas 11/13/2026": a practitioner's name, then the day of
       * their act, no one's birth */
      if (after_practitioner_title (text, p->start))
        continue;
      /* not the first date of a range or of a period ("01/01/1990 - 31/12/1995"), nor a
       * timestamp ("12/03/2001 10:00") */
      gsize k = f->end;
      while (k < len && k < f->end + 4 && (text[k] == ' ' || text[k] == '-' || text[k] == ','))
        k++;
      if (k < len && g_ascii_isdigit (text[k]))
        continue;
      if (k + 2 < len && (memcmp (text + k, "au ", 3) == 0 || memcmp (text + k, "to ", 3) == 0))
        continue;
      f->type = VOILE_TYPE_DATE_OF_BIRTH;
      f->confidence = MAX (f->confidence, 0.85f);
    }
}

/* ---- the street line of an address block ----------------------------------------------- */

static const char *const address_starts[]
    = { "le", "la", "les", "l'", "l’", "lieu-dit", "lieudit", "hameau", "résidence", "domaine",
        "mas", "villa", "château", "ferme", "moulin", "manoir", "bâtiment", "bât", "immeuble",
        "appartement", "appt", "chez", "za", "zi", "zac", "parc", "quartier", "cité", "lotissement",
        "the", "unit", "flat", "apartment", "suite", "building", "house", "cottage", "farm",
        "manor", "no", "plot", "shop", "door", "maison", "rue", "place", "chemin", "allée",
        "avenue", "boulevard", "impasse", "route", "quai", "cours", "passage", "sentier", "square",
        "ruelle", "traverse", "montée", "esplanade", "parvis", "clos",
        /* the Antilles' localities: "Section Morne-Bernard", "Habitation Céron" */
        "section", "habitation", NULL };

/* Words an address line may hold besides capitalised words and numbers. */
static const char *const address_small_words[]
    = { "de", "du", "des", "la", "le", "les", "d'", "l'", "bis", "ter", "apt", "apt.", "bât.",
        "bât", "et", "sur", "sous", "en", "of", "on", "hent", "rue",
        /* "Maison du Tourisme, place de la Mairie", "chemin d'Ithurria": street types in
         * lower case */
        "place", "chemin", "allée", "avenue", "boulevard", "impasse", "route", "quai", "square",
        "sentier", "ruelle", "maison", "lotissement", "quartier", "hameau", "lieu-dit", "villa",
        NULL };

/* Start of the address-like words that end at end (exclusive), within [from, end); the
 * words are capitalised, numbers or small connectors, commas between them allowed. */
static gsize
address_words_start (const char *t, gsize from, gsize end)
{
  gsize i = end, start = end;

  while (i > from)
    {
      while (i > from && (t[i - 1] == ' ' || t[i - 1] == ','))
        i--;
      gsize we = i;
      while (i > from && t[i - 1] != ' ' && t[i - 1] != ',' && t[i - 1] != '\n' && t[i - 1] != '('
             && t[i - 1] != ':' && t[i - 1] != '\t' && t[i - 1] != '"')
        i--;
      if (we == i)
        break;
      guchar c = (guchar)t[i];
      /* "d'Ithurria", "l'Église": an elided article before a capital */
      gsize elided = (c == 'd' || c == 'l') && i + 2 < we && t[i + 1] == '\''                  ? 2
                     : (c == 'd' || c == 'l') && i + 4 < we && memcmp (t + i + 1, "’", 3) == 0 ? 4
                                                                                               : 0;
      if (elided > 0)
        c = (guchar)t[i + elided];
      gboolean ok = g_ascii_isupper (c) || g_ascii_isdigit (c)
                    || (c == 0xC3 && i + 1 < we && (guchar)t[i + 1] < 0xA0)
                    || (elided == 0 && voile_ascii_word_in (t + i, we - i, address_small_words));
      if (!ok)
        break;
      start = i;
    }
  return start;
}

/* Last word of an English street line: "The Old Rectory, Church Lane", "Honeysuckle
 * Cottage, Main Street". Many are surnames too ("Tom Lane", "Sarah Hill"): taken only on a
 * line of three words or with a comma. */
static const char *const street_ends[]
    = { "lane",    "street", "road",  "avenue",   "drive",   "close", "way",    "row",
        "hill",    "green",  "grove", "crescent", "terrace", "place", "square", "court",
        "gardens", "mews",   "walk",  "rise",     "view",    "yard",  NULL };
static const char *const street_only_ends[] = { "lane", "street", "road", "avenue", NULL };
/* Street types no surname takes: "Abbey Road" is a street though "Abbey" is a first name
 * ("Tom Lane" is a person). */
static const char *const street_never_surname_ends[] = { "road", "avenue", "street", NULL };
/* Last word of a house name, a line of its own: "Rose Cottage", "Home Farm". */
static const char *const house_ends[]
    = { "cottage", "cottages", "house", "farm",  "farmhouse", "manor",
        "rectory", "vicarage", "barn",  "barns", "grange",    NULL };

/* Words of a firm's or a flat's description, never of an address line: "Le Gall Plomberie
 * Chauffage", "Appartement T2". */
static const char *const not_address_words[]
    = { "plomberie",  "chauffage", "électricité", "menuiserie", "maçonnerie", "peinture",
        "couverture", "carrelage", "rénovation",  "sarl",       "sas",        "eurl",
        "ltd",        "limited",   "plumbing",    "heating",    NULL };

static gboolean
is_firm_or_flat_type (const char *t, gsize s, gsize e)
{
  for (gsize i = s; i < e; i++)
    {
      if (i > s && t[i - 1] != ' ')
        continue;
      gsize we = i;
      while (we < e && t[we] != ' ' && t[we] != ',')
        we++;
      /* "T2", "F3": a flat's number of rooms */
      if (we - i == 2 && (t[i] == 'T' || t[i] == 'F') && t[i + 1] >= '1' && t[i + 1] <= '9')
        return TRUE;
      /* The listed words are 3 to 12 bytes long (most words fail there). */
      if (we - i >= 3 && we - i <= 12 && voile_ascii_word_in (t + i, we - i, not_address_words))
        return TRUE;
      i = we > i ? we - 1 : i;
    }
  return FALSE;
}

/* The value of an address field ("Home address: …", "\"address2\": \"Shop 3\"",
 * "\"ligne2\": \"route de Baduel\""): an address column's cell, or a street's type in lower
 * case then a capitalised name; never code ("0x7ffd…", "{{ address }}", a URL). */
gboolean
voile_tables_value_is_address (const char *s, gsize n)
{
  static const char *const code_bytes = "_{}[]<>$|\\=";

  if (n < 4 || n > 80 || (s[0] == '0' && n > 1 && (s[1] == 'x' || s[1] == 'X')))
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (strchr (code_bytes, s[i]) != NULL || (s[i] == '/' && i + 1 < n && s[i + 1] == '/'))
      return FALSE;
  /* "Adresse : Le Gall Plomberie": a firm's name above its address */
  if (is_firm_or_flat_type (s, 0, n))
    return FALSE;
  if (cell_is_address (s, n))
    return TRUE;
  gsize w = 0;
  while (w < n && s[w] != ' ' && s[w] != ',')
    w++;
  if (w == n || !g_ascii_islower (s[0]) || !voile_ascii_word_in (s, w, address_starts))
    return FALSE;
  for (gsize i = w; i + 1 < n; i++)
    if (s[i] == ' '
        && (g_ascii_isupper (s[i + 1])
            || ((guchar)s[i + 1] == 0xC3 && i + 2 < n && (guchar)s[i + 2] < 0xA0)))
      return TRUE;
  return FALSE;
}

/* Breton place names open on "Ker" (village), "Lann" (heath), "Coat"/"Goas"… and make up
 * a lieu-dit's address alone, one word on its line: "Kerandraon", "Kerbellec", "Lannvraz"
 * (not "Kerry-Ann Doyle"). */
static gboolean
is_breton_place (const char *w, gsize n)
{
  static const char *const prefixes[] = { "Ker", "Kêr", "Lann", "Coat", "Goas", "Gwern", NULL };

  for (const char *const *p = prefixes; *p != NULL; p++)
    {
      gsize k = strlen (*p);
      if (n >= k + 3 && strncmp (w, *p, k) == 0 && g_ascii_islower (w[k])
          && g_ascii_islower (w[k + 1]) && memchr (w, '-', n) == NULL)
        return TRUE;
    }
  return FALSE;
}

/* "14h", "14h30", "9am", "10pm": a time, not a house number. */
static gboolean
is_time_of_day (const char *w, gsize n)
{
  gsize d = 0;
  while (d < n && d < 3 && g_ascii_isdigit (w[d]))
    d++;
  if (d == 0 || d > 2 || d == n)
    return FALSE;
  if (w[d] == 'h')
    {
      gsize m = d + 1;
      while (m < n && g_ascii_isdigit (w[m]))
        m++;
      return m == n && (m == d + 1 || m == d + 3);
    }
  return n == d + 2 && (w[d] == 'a' || w[d] == 'p') && w[d + 1] == 'm';
}

/* "14h", "9h30-12h", "10am–4pm": a time of day or opening hours. */
static gboolean
is_time_or_range (const char *w, gsize n)
{
  for (gsize i = 1; i + 1 < n; i++)
    {
      gsize dash = w[i] == '-' ? 1 : (i + 3 < n && memcmp (w + i, "\xe2\x80\x93", 3) == 0) ? 3 : 0;
      if (dash > 0)
        return is_time_of_day (w, i) && is_time_of_day (w + i + dash, n - i - dash);
    }
  return is_time_of_day (w, n);
}

static gboolean
is_first_name_only (const char *word, gsize n)
{
  guint flags = voile_name_lookup_word (word, n);
  return (flags & VOILE_NAME_FIRST) && !(flags & VOILE_NAME_WORD);
}

/* "Boxhagener Str. 73", "Lindenstraße 4a", "Grand-Rue 19", "Rämistrasse 101": German and
 * Swiss streets put the number after the name; the word before it ends as a street's. */
static gboolean
is_number_after_street (const char *t, gsize s, gsize e)
{
  static const char *const ends[]
      = { "str.", "straße", "strasse", "weg",  "gasse",  "platz", "allee", "damm",
          "ufer", "-rue",   "gracht",  "laan", "straat", "plein", NULL };
  gsize k = e;

  if (k > s && g_ascii_isalpha (t[k - 1]))
    k--; /* "4a" */
  gsize digits_end = k;
  while (k > s && g_ascii_isdigit (t[k - 1]))
    k--;
  if (k == digits_end || digits_end - k > 4 || k < s + 4 || t[k - 1] != ' ')
    return FALSE;
  gsize we = k - 1;
  for (const char *const *w = ends; *w != NULL; w++)
    {
      gsize n = strlen (*w);
      if (we >= s + n && voile_ascii_strncasecmp (t + we - n, *w, n) == 0
          && (we - n == s || g_ascii_isalpha (t[we - n - 1]) || t[we - n - 1] == ' '))
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_street_line_shape (const char *t, gsize s, gsize e)
{
  gsize n = e - s;
  gsize w = s;

  if (n < 3 || n > 60 || memchr (t + s, '@', n) != NULL)
    return FALSE;
  if (g_ascii_isupper (t[s]) && g_ascii_isdigit (t[e - 1]) && is_number_after_street (t, s, e))
    return TRUE;
  /* "12 Hills Road", "Flat 3/2", not the "13008)" of "Marseille (13008)": a postcode in
   * brackets after its city, nor a time alone ("vendredi 14h, 12 avenue…") or opening
   * hours ("du mardi au samedi 14h-18h, 2 place…"). */
  while (w < e && t[w] != ' ' && t[w] != ',')
    w++;
  /* …nor a time that opens the part ("à 11h en l'église Saint-Pierre, 1 rue…"). */
  if (g_ascii_isdigit (t[s]))
    return memchr (t + s, ')', n) == NULL && !is_time_or_range (t + s, n)
           && !is_time_or_range (t + s, w - s);
  if (w > s && t[w - 1] == '.')
    w--;
  /* The last word, for "…, Church Lane" (and at least two words: "Lane" alone is no line). */
  gsize last = e;
  while (last > s && t[last - 1] != ' ' && t[last - 1] != ',')
    last--;
  if (last > s && e - last >= 3 && g_ascii_isupper (t[last]))
    {
      guint spaces = 0;
      for (gsize i = s; i < e; i++)
        spaces += t[i] == ' ';
      if (voile_ascii_word_in (t + last, e - last, house_ends)
          || ((spaces >= 2 || memchr (t + s, ',', n) != NULL)
              && voile_ascii_word_in (t + last, e - last, street_ends))
          /* "Dock Road, Galway H91 X2P4": two words, the second only a street's ("Hill",
           * "Close" and "Green" end people's names too), the first no first name ("Tom
           * Lane" above a town is the person the letter is for) */
          || (spaces == 1 && voile_ascii_word_in (t + last, e - last, street_only_ends)
              && (!is_first_name_only (t + s, w - s)
                  || voile_ascii_word_in (t + last, e - last, street_never_surname_ends))))
        return TRUE;
    }
  /* "Le Bihan Plomberie Chauffage": a firm's name (its last word a trade's, from the name
   * finder's context words), not a lieu-dit. */
  if (last > s && !voile_ascii_word_in (t + last, e - last, street_ends)
      && (voile_name_context_word (t + last, e - last) & VOILE_CONTEXT_ORG_AFTER))
    return FALSE;
  /* "Office de Tourisme, place du Marché": a later part opens on a street's type. */
  for (const char *comma = memchr (t + s, ',', n); comma != NULL;
       comma = memchr (comma + 1, ',', (gsize)(t + e - comma - 1)))
    {
      gsize ps = (gsize)(comma - t) + 1, pe;
      while (ps < e && t[ps] == ' ')
        ps++;
      pe = ps;
      while (pe < e && t[pe] != ' ' && t[pe] != ',')
        pe++;
      if (pe > ps && g_ascii_islower (t[ps])
          && voile_ascii_word_in (t + ps, pe - ps, address_starts))
        return TRUE;
    }
  /* "Kerandraon", "Coat Menez": a Breton lieu-dit, the whole line of its address. */
  if (w == e && is_breton_place (t + s, w - s))
    return TRUE;
  return voile_ascii_word_in (t + s, w - s, address_starts)
         || (w - s == 10 && strncmp (t + s, "Résidence", 10) == 0)
         || (w - s == 8 && strncmp (t + s, "Château", 8) == 0)
         || (w - s == 9 && strncmp (t + s, "Bâtiment", 9) == 0);
}

static gboolean
looks_like_street_line (const char *t, gsize s, gsize e)
{
  return has_street_line_shape (t, s, e) && !is_firm_or_flat_type (t, s, e);
}

/* Is [s, e), one comma-separated part of a line, a person's name rather than a house's: a
 * title first ("Mrs Fenwick"), or each word an initial or a listed name that is no common
 * word ("H. Drummond"; not "Ashgrove" nor "Rose Cottage")? */
static gboolean
part_is_person_name (const char *t, gsize s, gsize e)
{
  gboolean has_name = FALSE;

  for (gsize i = s; i < e;)
    {
      gsize we = i;
      while (we < e && t[we] != ' ')
        we++;
      gsize n = we - i;
      if (n > 0 && t[i + n - 1] == '.')
        n--;
      if (n == 1 && g_ascii_isupper (t[i]))
        ; /* an initial */
      else if (n > 0 && (voile_name_context_word (t + i, n) & VOILE_CONTEXT_TITLE))
        {
          if (i == s)
            return TRUE; /* "Mrs Fenwick": a title opens a person's name */
        }
      else
        {
          guint flags = n > 0 ? voile_name_lookup_word (t + i, n) : 0;
          if (!(flags & (VOILE_NAME_FIRST | VOILE_NAME_LAST))
              || (flags & (VOILE_NAME_WORD | VOILE_NAME_AMBIGUOUS | VOILE_NAME_PROPER)))
            return FALSE;
          has_name = TRUE;
        }
      i = we;
      while (i < e && t[i] == ' ')
        i++;
    }
  return has_name;
}

/* The start of the address in the comma-separated words [s, e): a leading person's name
 * ("H. Drummond, Unit 4, Tay Street Mews") is left out; the last part is always kept. */
static gsize
skip_leading_non_address_parts (const char *t, gsize s, gsize e)
{
  for (;;)
    {
      const char *comma = memchr (t + s, ',', e - s);
      if (comma == NULL)
        return s;
      gsize part_end = (gsize)(comma - t);
      if (!part_is_person_name (t, s, part_end))
        return s;
      s = part_end + 1;
      while (s < e && t[s] == ' ')
        s++;
    }
}

/* Bytes read back from an address's comma for the street or village before it. */
#define ADDRESS_WORDS_BACK_MAX 512

/* Start of the line holding the byte before e (0 or after a '\n'), sixteen bytes at a time
 * with SSE2: the line before an address can be long. */
static gsize
line_start (const char *t, gsize e)
{
#if defined(__SSE2__)
  while (e >= 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *)(gconstpointer)(t + e - 16));
      guint nl = (guint)_mm_movemask_epi8 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\n')));
      if (nl != 0)
        return e - 16 + (gsize)(31 - __builtin_clz (nl)) + 1;
      e -= 16;
    }
#endif
  while (e > 0 && t[e - 1] != '\n')
    e--;
  return e;
}

static gboolean
overlaps_finding (GArray *findings, guint sorted_len, gsize s, gsize e)
{
  guint k = voile_findings_first_ending_after (findings, findings->len, s);
  return k < sorted_len && g_array_index (findings, VoileFinding, k).start < e;
}

/* "Hills Road", "Bishop Street" alone on the line above a postcode line: a street named
 * without a number in a letter's address block; not "Tom Lane", a person. */
static gboolean
is_named_street_line (const char *t, gsize s, gsize e)
{
  const char *space = memchr (t + s, ' ', e - s);
  if (space == NULL || !g_ascii_isupper (t[s])
      || memchr (space + 1, ' ', (gsize)(t + e - space - 1)) != NULL)
    return FALSE;
  gsize first = (gsize)(space - t) - s, last = (gsize)(t + e - space - 1);
  if (last < 3 || !g_ascii_isupper (space[1])
      || !voile_ascii_word_in (space + 1, last, street_ends))
    return FALSE;
  guint flags = voile_name_lookup_word (t + s, first);
  return !((flags & VOILE_NAME_FIRST)
           && !(flags & (VOILE_NAME_WORD | VOILE_NAME_AMBIGUOUS | VOILE_NAME_PROPER)))
         || voile_ascii_word_in (space + 1, last, street_never_surname_ends);
}

/* "Box 118" alone on the line above a postcode's: a rural post-office box (Canada, the
 * Prairies' reserves, southern Africa), the word and its number only. */
static gboolean
is_box_line (const char *t, gsize s, gsize e)
{
  if (e - s < 5 || e - s > 10 || voile_ascii_strncasecmp (t + s, "Box ", 4) != 0)
    return FALSE;
  for (gsize i = s + 4; i < e; i++)
    if (!g_ascii_isdigit (t[i]))
      return FALSE;
  return TRUE;
}

/* Does [line, s) say that s starts an address: "Adresse : ", "Address: ", "Domicile :",
 * "Lieu d'intervention : "? */
static gboolean
after_address_label (const char *t, gsize line, gsize s)
{
  static const char *const labels[]
      = { "adresse", "address", "domicile", "lieu", "demeurant", "residing", NULL };
  gsize p = s;

  while (p > line && t[p - 1] == ' ')
    p--;
  if (p == line || t[p - 1] != ':' || p - line > 40)
    return FALSE;
  for (const char *const *w = labels; *w != NULL; w++)
    {
      gsize n = strlen (*w);
      if (p - line > n && voile_ascii_strncasecmp (t + line, *w, n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* A town's line of an address block: one to three capitalised words, no digit
 * ("Ledbury", "Chapel Allerton"). */
static gboolean
is_town_line (const char *t, gsize s, gsize e)
{
  guint spaces = 0;

  if (e - s > 40 || !g_ascii_isupper (t[s]))
    return FALSE;
  for (gsize i = s; i < e; i++)
    {
      if (g_ascii_isdigit (t[i]) || t[i] == ',')
        return FALSE;
      spaces += t[i] == ' ';
    }
  return spaces <= 2;
}

/* The bounds of the line ending just before the line that starts at line, blanks trimmed;
 * FALSE at the text's start or on an empty line. */
static gboolean
line_above (const char *t, gsize line, gsize *s, gsize *e)
{
  if (line < 2 || t[line - 1] != '\n')
    return FALSE;
  gsize end = line - 1;
  if (end > 0 && t[end - 1] == '\r')
    end--;
  gsize start = line_start (t, end);
  while (start < end && (t[start] == ' ' || t[start] == '\t'))
    start++;
  while (end > start && (t[end - 1] == ' ' || t[end - 1] == '\t'))
    end--;
  *s = start, *e = end;
  return end > start;
}

/* Up to max street lines above the line starting at line, each a whole line of an address
 * block ("The Old Forge", "Church Street"); stops at the first that is none (the name of
 * the person the block is for). */
static void
add_street_lines_above (const char *t, GArray *findings, guint sorted_len, gsize line, guint max)
{
  gsize s, e;

  for (guint k = 0; k < max && line_above (t, line, &s, &e); k++)
    {
      if (address_words_start (t, s, e) != s || overlaps_finding (findings, sorted_len, s, e)
          || !(looks_like_street_line (t, s, e) || is_named_street_line (t, s, e)))
        return;
      VoileFinding street = { VOILE_TYPE_POSTAL_ADDRESS, s, e, 0.7f, 0 };
      g_array_append_val (findings, street);
      line = s;
      while (line > 0 && t[line - 1] != '\n')
        line--;
    }
}

/* The end of a town and its postcode, "Auckland 1010", "Lahore 54660", at p, when they end
 * their line or their comma-separated part; 0 otherwise. New Zealand, Singapore, Pakistan
 * and others write the postcode after the town, on the line after the street. */
static gsize
town_postcode_end (const char *t, gsize len, gsize p, gboolean own_line)
{
  guint words = 0;
  gboolean suburb = FALSE;

  /* "Ōtaki Beach, Ōtaki 5512": a capital of two bytes (Latin-1 and Latin Extended-A) */
  while (p < len && words < 4
         && (g_ascii_isupper (t[p])
             || (((guchar)t[p] == 0xC3 || (guchar)t[p] == 0xC4 || (guchar)t[p] == 0xC5)
                 && p + 1 < len)))
    {
      p += g_ascii_isupper (t[p]) ? 1 : 2;
      while (p < len && (g_ascii_isalpha (t[p]) || (guchar)t[p] >= 0x80 || t[p] == '-'))
        p++;
      /* "Birkenhead, Auckland 0626", "Berea, Durban 4001": the suburb, then the town */
      if (!suburb && p + 2 < len && t[p] == ',' && t[p + 1] == ' '
          && (g_ascii_isupper (t[p + 2]) || (guchar)t[p + 2] >= 0xC3))
        suburb = TRUE, p++;
      if (p >= len || t[p] != ' ')
        return 0;
      p++;
      words++;
    }
  gsize d = p;
  while (p < len && g_ascii_isdigit (t[p]))
    p++;
  gsize q = p;
  while (q < len && t[q] == ' ')
    q++;
  gboolean line_end = q >= len || t[q] == '\n' || t[q] == '\r';
  /* "14 Rousseau Road, Kingston 5", "Dublin 8": a capital's postal district, one town's
   * word and its one or two digits ending the line */
  if (words == 1 && p - d >= 1 && p - d <= 2 && line_end)
    return p;
  if (words == 0 || p - d < 4 || p - d > 6)
    return 0;
  /* "in London, 2019.": a year after a town; but "Johannesburg 2001" alone on the line
   * under its street is the postcode. */
  if (p - d == 4 && ((t[d] == '1' && t[d + 1] == '9') || (t[d] == '2' && t[d + 1] == '0'))
      && !(own_line && line_end))
    return 0;
  /* (session 20, g20-addr) "Es Senia 31100 - ORAN", "Bab Ezzouar 16042 - ALGER": the
   * wilaya's or the province's town in capitals after a dash */
  if (q + 3 < len && t[q] == '-' && t[q + 1] == ' ' && g_ascii_isupper (t[q + 2])
      && g_ascii_isupper (t[q + 3]))
    {
      gsize r = q + 2;
      while (r < len && r - q < 40 && (g_ascii_isupper (t[r]) || t[r] == '-' || t[r] == '\''))
        r++;
      if (r >= len || t[r] == '\n' || t[r] == '\r' || t[r] == ',' || t[r] == ' ')
        return r;
    }
  /* "31 Loop Street, Cape Town 8001  ·  +27 21…": a letterhead's separator, a table's
   * gap or its next cell */
  if (line_end || t[q] == ',' || t[q] == '.' || t[q] == '\t' || t[q] == '|' || q - p >= 2
      || (q + 1 < len && (guchar)t[q] == 0xC2 && (guchar)t[q + 1] == 0xB7))
    return p;
  /* (session 22, g22-addr2) "…, Waterkloof Ridge, Pretoria 0181 right": a chat's words go on
   * after it, but four digits opening on 0 are no year, count or price: the postcode */
  if (p - d == 4 && t[d] == '0' && q > p && g_ascii_islower (t[q]))
    return p;
  return 0;
}

/* The end of a postcode and its town in the European order, "1920 Martigny", "AD500
 * Andorra la Vella", "CH-1950 Sion", at p, when they end their line or their comma-separated
 * part; 0 otherwise. Read only after a street found: Switzerland, Belgium, Austria, Andorra,
 * Luxembourg, the Nordic countries write four digits, or a country's letters first. */
static gsize
postcode_town_end (const char *t, gsize len, gsize p, gboolean own_line)
{
  gsize d = p;
  guint letters = 0, words = 0;

  while (d < len && letters < 2 && g_ascii_isupper (t[d]))
    d++, letters++;
  if (letters > 0 && d < len && t[d] == '-')
    d++;
  gsize digits_start = d;
  while (d < len && g_ascii_isdigit (t[d]))
    d++;
  gsize digits = d - digits_start;
  if (digits < (letters > 0 ? 3 : 4) || digits > 5 || d >= len || t[d] != ' '
      || (letters > 0 && digits_start == p + letters))
    {
      /* "AD500": the letters glued to the digits, only Andorra's */
      if (!(letters == 2 && t[p] == 'A' && t[p + 1] == 'D' && digits == 3 && d < len
            && t[d] == ' '))
        return 0;
    }
  /* "…, 2019 Annual Report": a year before words; but a postcode and its town end their
   * line ("Rue du Bourg 14, 1920 Martigny") */
  gboolean year = letters == 0 && digits == 4
                  && ((t[p] == '1' && t[p + 1] == '9') || (t[p] == '2' && t[p + 1] == '0'));
  gsize q = d + 1;
  gsize end = 0;
  while (q < len && words < 5)
    {
      gsize w = q;
      gboolean capital = g_ascii_isupper (t[q])
                         || ((guchar)t[q] == 0xC3 && q + 1 < len && (guchar)t[q + 1] >= 0x80
                             && (guchar)t[q + 1] <= 0x9E);
      while (q < len
             && (g_ascii_isalpha (t[q]) || (guchar)t[q] >= 0x80 || t[q] == '-' || t[q] == '\''))
        q++;
      /* "Andorra la Vella", "Sankt Gallen": a short joining word between capitals */
      if (q == w || (!capital && (words == 0 || q - w > 3)))
        break;
      words++;
      if (capital)
        end = q;
      if (q >= len || t[q] != ' ' || q + 1 >= len || t[q + 1] == ' ')
        break;
      q++;
    }
  if (end == 0)
    return 0;
  gsize r = end;
  while (r < len && t[r] == ' ')
    r++;
  if (r >= len || t[r] == '\n' || t[r] == '\r')
    return end;
  if (!year && (t[r] == ',' || t[r] == '.' || t[r] == '\t' || t[r] == '|' || r - end >= 2))
    return end;
  return 0;
}

/* A suburb's line between a street and its town's: "Gulshan-1", "Songpa", one or two
 * capitalised words, a district's number after a dash. Its end, or 0. */
static gsize
suburb_line_end (const char *t, gsize len, gsize p)
{
  gsize s = p;
  guint spaces = 0;

  if (p >= len || !g_ascii_isupper (t[p]))
    return 0;
  while (p < len && p - s <= 30
         && (g_ascii_isalpha (t[p]) || (guchar)t[p] >= 0x80 || t[p] == ' ' || t[p] == '-'))
    spaces += t[p++] == ' ';
  if (p > s && t[p - 1] == '-')
    while (p < len && p - s <= 32 && g_ascii_isdigit (t[p]))
      p++;
  if (spaces > 1 || p - s > 32 || t[p - 1] == ' ')
    return 0;
  return p < len && (t[p] == '\n' || (t[p] == '\r' && p + 1 < len && t[p + 1] == '\n')) ? p : 0;
}

/* "88 Karangahape Road\nAuckland 1010", "…, Gulberg III, Lahore 54660": the town and
 * postcode after a street, on the next line or after a comma. */
static void
add_town_postcode_after (const char *t, gsize len, GArray *findings, guint sorted_len, gsize end)
{
  gsize p = end;
  gboolean own_line = FALSE;

  if (p + 2 < len && t[p] == ',' && t[p + 1] == ' ')
    p += 2;
  else
    {
      own_line = TRUE;
      while (p < len && t[p] == ' ')
        p++;
      if (p < len && t[p] == '\r')
        p++;
      if (p >= len || t[p] != '\n')
        return;
      p++;
    }
  /* "Adresse : Route de la Télécabine 31\n  NPA / Localité : 1997 Haute-Nendaz": a form's
   * next field, its label before the postcode */
  gsize value = p;
  if (own_line)
    {
      while (value < len && (t[value] == ' ' || t[value] == '\t'))
        value++;
      gsize colon = value;
      while (colon < len && colon - value < 32 && t[colon] != ':' && t[colon] != '\n'
             && !g_ascii_isdigit (t[colon]))
        colon++;
      if (colon < len && t[colon] == ':' && colon > value)
        {
          value = colon + 1;
          while (value < len && t[value] == ' ')
            value++;
        }
      else
        value = p;
      /* "Address:   56 Rata Street\n           Naenae\n           Lower Hutt 5011": a
       * form's value goes on in its column, under the street */
      for (gsize indent = 0; p < len && (t[p] == ' ' || t[p] == '\t') && indent < 64; indent++)
        p++;
    }
  gsize town_end = town_postcode_end (t, len, p, own_line);
  if (town_end == 0)
    {
      gsize pt_end = postcode_town_end (t, len, value, own_line);
      if (pt_end != 0 && !overlaps_finding (findings, sorted_len, value, pt_end))
        {
          VoileFinding pt = { VOILE_TYPE_POSTAL_ADDRESS, value, pt_end, 0.7f, 0 };
          g_array_append_val (findings, pt);
          return;
        }
    }
  gsize suburb_end;
  /* "Flat 6B, House 11, Road 27\nGulshan-1\nDhaka 1212": the suburb's line, then the
   * town's; "Jl. TB Simatupang Kav. 18, Cilandak\nJakarta Selatan 12430": the suburb after
   * the street's comma */
  if (town_end == 0 && (suburb_end = suburb_line_end (t, len, p)) != 0)
    {
      gsize next = suburb_end + (t[suburb_end] == '\r' ? 2 : 1);
      while (next < len && (t[next] == ' ' || t[next] == '\t') && next - suburb_end < 64)
        next++;
      town_end = town_postcode_end (t, len, next, TRUE);
      if (town_end == 0 || overlaps_finding (findings, sorted_len, p, suburb_end))
        return;
      /* (session 20, g20-addr) the town's line may be found already ("Jakarta Selatan
       * 12430, Indonesia": a town and postcode before a country): the suburb is still one */
      if (overlaps_finding (findings, sorted_len, next, town_end))
        {
          guint k = voile_findings_first_ending_after (findings, findings->len, next);
          if (g_array_index (findings, VoileFinding, k).type != VOILE_TYPE_POSTAL_ADDRESS)
            return;
          VoileFinding suburb = { VOILE_TYPE_POSTAL_ADDRESS, p, suburb_end, 0.7f, 0 };
          g_array_append_val (findings, suburb);
          return;
        }
      VoileFinding suburb = { VOILE_TYPE_POSTAL_ADDRESS, p, suburb_end, 0.7f, 0 };
      g_array_append_val (findings, suburb);
      p = next;
    }
  if (town_end == 0 || overlaps_finding (findings, sorted_len, p, town_end))
    return;
  VoileFinding town = { VOILE_TYPE_POSTAL_ADDRESS, p, town_end, 0.7f, 0 };
  g_array_append_val (findings, town);
}

/* "24 rue des Filatiers, apt 3B", "14 Elm Road, Flat 2": the flat after its street on the
 * same line (the building-line rule reads it only at a line's start); (session 22, g22-addr)
 * Québec's "app. 305" and "logement 3" ("5560, rue Molson, logement 3"). Returns the unit's
 * end, or 0. */
static gsize
unit_after_street_end (const char *t, gsize len, gsize p)
{
  static const char *const units[]
      = { "apartment", "appartement", "appart.", "appt.", "appt", "app.",
          "app",       "apt.",        "apt",     "flat",  "unit", "suite",
          "logement",  "bâtiment",    "bât.",    "bât",   "bat.", NULL };

  if (p + 2 < len && t[p] == ',')
    p++;
  if (p >= len || t[p] != ' ')
    return 0;
  while (p < len && t[p] == ' ')
    p++;
  /* Each unit's first byte (ASCII lower case) before its length and its other bytes. */
  const char first = p < len ? (char)voile_ascii_lower (t[p]) : '\0';
  for (const char *const *u = units; *u != NULL; u++)
    {
      if ((*u)[0] != first)
        continue;
      gsize n = strlen (*u);
      if (p + n >= len || voile_ascii_strncasecmp (t + p, *u, n) != 0)
        continue;
      gsize q = p + n;
      if (g_ascii_isalpha (t[q]) || (guchar)t[q] >= 0x80)
        continue; /* "Suites", "apté" */
      while (q < len && t[q] == ' ')
        q++;
      /* the flat's own name: "3B", "12", "B", "2/1", a digit or one or two capitals */
      gsize v = q;
      guint digits = 0;
      while (v < len && v - q < 6 && (g_ascii_isalnum (t[v]) || t[v] == '/'))
        digits += g_ascii_isdigit (t[v++]) ? 1 : 0;
      gboolean capitals
          = v - q <= 2 && v > q && g_ascii_isupper (t[q]) && g_ascii_isupper (t[v - 1]);
      if (v == q || (digits == 0 && !capitals)
          || (v < len && (g_ascii_isalnum (t[v]) || (guchar)t[v] >= 0x80)))
        return 0;
      return v;
    }
  return 0;
}

static void
add_unit_after (const char *t, gsize len, GArray *findings, guint sorted_len, gsize end)
{
  gsize p = end;

  while (p < len && (t[p] == ',' || t[p] == ' '))
    p++;
  gsize unit_end = unit_after_street_end (t, len, end);
  if (unit_end == 0 || overlaps_finding (findings, sorted_len, p, unit_end))
    return;
  VoileFinding unit = { VOILE_TYPE_POSTAL_ADDRESS, p, unit_end, 0.7f, 0 };
  g_array_append_val (findings, unit);
}

void
voile_tables_complete_addresses (const char *text, gsize len, GArray *findings)
{
  guint sorted_len = findings->len;

  for (guint i = 0; i < sorted_len; i++)
    {
      const VoileFinding *f = &g_array_index (findings, VoileFinding, i);
      gsize s, e;
      gboolean labelled = FALSE, whole_line = FALSE;

      prefetch_before (text, findings, i + PREFETCH_AHEAD, VOILE_TYPE_POSTAL_ADDRESS, 128);
      if (f->type != VOILE_TYPE_POSTAL_ADDRESS)
        continue;
      if (f->end < len
          && (text[f->end] == ',' || text[f->end] == '\n' || text[f->end] == ' '
              || text[f->end] == '\r'))
        {
          /* both may grow findings, which moves f */
          gsize end = f->end;
          add_town_postcode_after (text, len, findings, sorted_len, end);
          add_unit_after (text, len, findings, sorted_len, end);
          f = &g_array_index (findings, VoileFinding, i);
        }
      /* "…, 24620 Les Eyzies": the words before the comma on the same line. */
      if (f->start >= 2 && text[f->start - 2] == ',' && text[f->start - 1] == ' ')
        {
          e = f->start - 2;
          /* Read back a street's length at most: on a megabyte line, every address would
           * read the whole line again. */
          gsize from = e > ADDRESS_WORDS_BACK_MAX ? e - ADDRESS_WORDS_BACK_MAX : 0;
          const char *nl = e > from ? memrchr (text + from, '\n', e - from) : NULL;
          gsize line = nl != NULL ? (gsize)(nl - text) + 1 : MIN (from, e);
          gboolean at_line = line == 0 || text[line - 1] == '\n';
          while (!at_line && line < e && text[line] != ' ')
            line++; /* a word's start, not the middle of a character */
          s = skip_leading_non_address_parts (text, address_words_start (text, line, e), e);
          /* "The Old Rectory, Church Lane\nLittle Snoring, Norfolk NR21 0HU": the words
           * before the comma name the village; the street is the line above. */
          gsize ve = e;
          while (ve > s && (text[ve - 1] == ' ' || text[ve - 1] == ','))
            ve--;
          if (at_line && s == line && line >= 2 && !looks_like_street_line (text, s, ve))
            {
              gsize above_end = line - 1;
              if (above_end > 0 && text[above_end - 1] == '\r')
                above_end--;
              gsize above = above_end;
              while (above > 0 && text[above - 1] != '\n')
                above--;
              while (above < above_end && (text[above] == ' ' || text[above] == '\t'))
                above++;
              gsize as = address_words_start (text, above, above_end);
              if (as == above && as < above_end)
                s = as, e = above_end;
            }
        }
      /* "La Ville Hervé\n22400 Lamballe-Armor": the line above. */
      else if (f->start > 0
               && (f->start == 1 || text[f->start - 1] == '\n'
                   || (text[f->start - 1] == ' ' && f->start >= 2)))
        {
          gsize b = f->start;
          while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t'))
            b--;
          /* "La Mézière 37250\nMontbazon": a PDF moved the line break after the postcode,
           * the words before it on its line are the line above it was under. */
          if (b > 0 && text[b - 1] != '\n' && memchr (text + f->start, '\n', f->end - f->start))
            {
              gsize line = line_start (text, b);
              if (address_words_start (text, line, b) == line && line < b
                  && !overlaps_finding (findings, sorted_len, line, b)
                  && looks_like_street_line (text, line, b))
                {
                  VoileFinding street = { VOILE_TYPE_POSTAL_ADDRESS, line, b, 0.7f, 0 };
                  g_array_append_val (findings, street);
                }
              continue;
            }
          if (b == 0 || text[b - 1] != '\n')
            continue;
          e = b - 1;
          if (e > 0 && text[e - 1] == '\r')
            e--;
          gsize line = line_start (text, e);
          while (line < e && (text[line] == ' ' || text[line] == '\t'))
            line++;
          s = address_words_start (text, line, e);
          /* the whole line, or nothing; but "Adresse : Kerbellec", "Lieu d'intervention :
           * Quartier Les Aubépins": a label saying what the rest of the line is */
          if (s != line && !(labelled = after_address_label (text, line, s)))
            continue;
          whole_line = !labelled;
        }
      else
        continue;
      while (e > s && (text[e - 1] == ' ' || text[e - 1] == ','))
        e--;
      /* The overlap first: a binary search, cheaper than reading the words. "Unit 7,
       * Brookfield Business Park, Kendal Road, Kendal LA9 6DW": when the line's first parts
       * are found already, its last part before the town alone. */
      if (s < e && !whole_line && !labelled && overlaps_finding (findings, sorted_len, s, e))
        {
          gsize part = e;
          while (part > s && text[part - 1] != ',')
            part--;
          while (part < e && text[part] == ' ')
            part++;
          s = part > s ? part : e;
        }
      if (s >= e || overlaps_finding (findings, sorted_len, s, e))
        continue;
      /* "exp 08/28, Mme Germaine Soulié, 4 impasse des Tilleuls": the part just before the
       * street is its resident's name, so nothing before it is the address's */
      if (!whole_line && !labelled)
        {
          gsize part = e;
          while (part > s && text[part - 1] != ',')
            part--;
          while (part < e && text[part] == ' ')
            part++;
          /* "3. Mr Dale Lindqvist, 4410 Maple Grove Terr": a list's number first */
          gsize item = part;
          while (item < e && item - part < 3 && g_ascii_isdigit (text[item]))
            item++;
          if (item > part && item + 1 < e && (text[item] == '.' || text[item] == ')')
              && text[item + 1] == ' ')
            part = item + 2;
          if (part < e && part_is_person_name (text, part, e))
            continue;
        }
      if (!(labelled ? !is_firm_or_flat_type (text, s, e)
                     : looks_like_street_line (text, s, e)
                           || (whole_line
                               && (is_named_street_line (text, s, e) || is_box_line (text, s, e)))))
        {
          /* "Church Street\nLedbury\nHR8 1DH": the town alone above the postcode, the
           * street above the town. */
          if (whole_line && is_town_line (text, s, e))
            add_street_lines_above (text, findings, sorted_len, s, 2);
          continue;
        }
      VoileFinding street = { VOILE_TYPE_POSTAL_ADDRESS, s, e, 0.7f, 0 };
      g_array_append_val (findings, street);
      /* "The Old Forge\nChurch Street\nHR8 1DH": a house's name above its street */
      if (whole_line)
        add_street_lines_above (text, findings, sorted_len, s, 1);
    }
}

gboolean
voile_tables_header_is_product (const char *cell, gsize len)
{
  /* Short words must be whole words: "ean" is no "Jean", "unit" no "units". */
  static const char *const words[]
      = { "prix",    "price",   "stock",  "sku",   "ean",     "qty",     "quantit", "catégor",
          "categor", "tarif",   "ugs",    "poids", "weight",  "unit",    "couleur", "colour",
          "color",   "coloris", "taille", "size",  "matière", "material" };

  /* Each word's first byte (ASCII lower case) is tested before its length and its other
   * bytes: a long header cell cost a few thousand instructions, a strlen() per word and
   * position. */
  for (gsize p = 0; p < len; p++)
    {
      if (p > 0 && g_ascii_isalpha (cell[p - 1]))
        continue;
      const char first = (char)voile_ascii_lower (cell[p]);
      for (guint i = 0; i < G_N_ELEMENTS (words); i++)
        {
          if (words[i][0] != first)
            continue;
          gsize n = strlen (words[i]);
          if (p + n <= len && voile_ascii_strncasecmp (cell + p, words[i], n) == 0
              && (n > 4 || p + n == len || !g_ascii_isalpha (cell[p + n])))
            return TRUE;
        }
    }
  return FALSE;
}
