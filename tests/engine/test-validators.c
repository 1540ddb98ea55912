/* test-validators.c — checksums and issuing rules, with published test values. */
#include "config.h"

#include <string.h>

#include "voile-validators.h"

#define S(x) (x), strlen (x)

static void
test_luhn (void)
{
  /* Published test card numbers (Stripe, PayPal docs). */
  g_assert_true (voile_luhn_is_valid (S ("4111111111111111")));
  g_assert_true (voile_luhn_is_valid (S ("79927398713"))); /* Wikipedia's example */
  g_assert_false (voile_luhn_is_valid (S ("79927398710")));
  g_assert_false (voile_luhn_is_valid (S ("4111111111111112")));
  g_assert_false (voile_luhn_is_valid (S ("")));
  g_assert_false (voile_luhn_is_valid (S ("4111-1111")));
}

static void
test_card (void)
{
  const char *valid[] = {
    "4111111111111111", "4012888888881881", "5555555555554444", "5105105105105100",
    "2223003122003222", "378282246310005",  "371449635398431",  "6011111111111117",
    "6011000990139424", "30569309025904",   "38520000023237",   "3530111333300000",
    "3566002020360505", "6200000000000005", "4000056655665556",
  };
  const char *invalid[] = {
    "4111111111111112", /* Luhn */
    "1234567812345670", /* issuer 1 */
    "9111111111111111", /* issuer 9 */
    "378282246310006",  /* Luhn */
    "37828224631000",   /* Amex is 15 long */
    "4222222222222",    /* 13-digit Visa: refused, looks like EAN-13 */
    "0000000000000000",
  };
  for (gsize i = 0; i < G_N_ELEMENTS (valid); i++)
    g_assert_true (voile_card_is_valid (S (valid[i])));
  for (gsize i = 0; i < G_N_ELEMENTS (invalid); i++)
    g_assert_false (voile_card_is_valid (S (invalid[i])));
}

static void
test_iban (void)
{
  /* Examples from the SWIFT IBAN registry. */
  const char *valid[] = {
    "FR1420041010050500013M02606",
    "DE89370400440532013000",
    "GB29NWBK60161331926819",
    "BE68539007547034",
    "NL91ABNA0417164300",
    "ES9121000418450200051332",
    "IT60X0542811101000000123456",
    "CH9300762011623852957",
    "NO9386011117947",
    "MT84MALT011000012345MTLCAST001S",
    "LC55HEMM000100010012001200023015",
    "RU0204452560040702810412345678901",
    "SA0380000000608010167519",
    "FR7630006000011234567890189",
  };
  const char *invalid[] = {
    "FR1420041010050500013M02607", /* checksum */
    "FR142004101005050001M02606",  /* length for FR */
    "XX1420041010050500013M02606", /* no such country */
    "DE89370400440532013001",      "GB29NWBK6016133192681",
  };
  for (gsize i = 0; i < G_N_ELEMENTS (valid); i++)
    g_assert_true (voile_iban_is_valid (S (valid[i])));
  for (gsize i = 0; i < G_N_ELEMENTS (invalid); i++)
    g_assert_false (voile_iban_is_valid (S (invalid[i])));
  g_assert_cmpuint (voile_iban_country_length ("FR"), ==, 27);
  g_assert_cmpuint (voile_iban_country_length ("NO"), ==, 15);
  g_assert_cmpuint (voile_iban_country_length ("RU"), ==, 33);
  g_assert_cmpuint (voile_iban_country_length ("ZZ"), ==, 0);
}

static void
test_rib (void)
{
  /* The RIB inside FR76 3000 6000 0112 3456 7890 189 and FR14 2004 1010 0505 0001 3M02 606. */
  g_assert_true (voile_rib_is_valid ("30006", "00001", "12345678901", "89"));
  g_assert_true (voile_rib_is_valid ("20041", "01005", "0500013M026", "06"));
  g_assert_false (voile_rib_is_valid ("30006", "00001", "12345678901", "88"));
  g_assert_false (voile_rib_is_valid ("3000", "00001", "12345678901", "89"));
}

static void
test_nir (void)
{
  /* Key = 97 − (first 13 digits mod 97). */
  g_assert_true (voile_nir_is_valid (S ("185057512345673")));
  g_assert_true (voile_nir_is_valid (S ("269054958815780")));
  g_assert_false (voile_nir_is_valid (S ("269054958815781")));
  /* Corsica: 2A counts as 19, 2B as 18. */
  g_assert_true (voile_nir_is_valid (S ("185052A01234579")));
  g_assert_true (voile_nir_is_valid (S ("290022B04512362")));
  g_assert_false (voile_nir_is_valid (S ("185052A01234580")));
  /* Bad sex digit, bad month, bad length. */
  g_assert_false (voile_nir_is_valid (S ("585057512345673")));
  g_assert_false (voile_nir_is_valid (S ("185157512345627")));
  g_assert_false (voile_nir_is_valid (S ("18505751234560")));
}

static void
test_nhs_number (void)
{
  g_assert_true (voile_nhs_number_is_valid (S ("9434765919"))); /* NHS Digital's example */
  g_assert_true (voile_nhs_number_is_valid (S ("4010232137")));
  g_assert_false (voile_nhs_number_is_valid (S ("9434765918")));
  g_assert_false (voile_nhs_number_is_valid (S ("943476591")));
  g_assert_false (voile_nhs_number_is_valid (S ("1111111111")));
}

static void
test_ppsn (void)
{
  g_assert_true (voile_ppsn_is_valid (S ("1234567T"))); /* the Revenue's sample */
  g_assert_true (voile_ppsn_is_valid (S ("1234567FA")));
  g_assert_true (voile_ppsn_is_valid (S ("5908301EA")));
  g_assert_false (voile_ppsn_is_valid (S ("5908301SA")));
  g_assert_false (voile_ppsn_is_valid (S ("5908301EZ")));
  g_assert_false (voile_ppsn_is_valid (S ("590830E")));
}

static void
test_siren_siret_vat (void)
{
  g_assert_true (voile_siren_is_valid (S ("732829320"))); /* published SIREN */
  g_assert_true (voile_siren_is_valid (S ("552100554"))); /* Peugeot (historic) */
  g_assert_false (voile_siren_is_valid (S ("732829321")));
  g_assert_false (voile_siren_is_valid (S ("000000000")));
  g_assert_true (voile_siret_is_valid (S ("73282932000074")));
  g_assert_false (voile_siret_is_valid (S ("73282932000075")));
  /* La Poste: digit sum divisible by 5, Luhn or not. */
  g_assert_true (voile_siret_is_valid (S ("35600000000048")));
  g_assert_true (voile_siret_is_valid (S ("35600000049837")));
  g_assert_false (voile_siret_is_valid (S ("35600000049838")));
  /* VAT key = (12 + 3 × (SIREN mod 97)) mod 97. */
  g_assert_true (voile_fr_vat_is_valid (S ("FR44732829320")));
  g_assert_false (voile_fr_vat_is_valid (S ("FR45732829320")));
  g_assert_false (voile_fr_vat_is_valid (S ("FR44732829321")));
  g_assert_false (voile_fr_vat_is_valid (S ("DE44732829320")));
}

static void
test_ssn_nino (void)
{
  g_assert_true (voile_us_ssn_is_valid (S ("536225314")));
  g_assert_false (voile_us_ssn_is_valid (S ("000225314")));
  g_assert_false (voile_us_ssn_is_valid (S ("666225314")));
  g_assert_false (voile_us_ssn_is_valid (S ("936225314")));
  g_assert_false (voile_us_ssn_is_valid (S ("536005314")));
  g_assert_false (voile_us_ssn_is_valid (S ("536220000")));
  g_assert_false (voile_us_ssn_is_valid (S ("078051120"))); /* Woolworth's wallet card */

  g_assert_true (voile_uk_nino_is_valid (S ("AB123456C")));
  g_assert_true (voile_uk_nino_is_valid (S ("JG103759A")));
  g_assert_false (voile_uk_nino_is_valid (S ("DA123456C"))); /* D first */
  g_assert_false (voile_uk_nino_is_valid (S ("AO123456C"))); /* O second */
  g_assert_false (voile_uk_nino_is_valid (S ("GB123456C"))); /* unused prefix */
  g_assert_false (voile_uk_nino_is_valid (S ("AB123456E"))); /* suffix A–D */
  g_assert_false (voile_uk_nino_is_valid (S ("AB12345C")));
}

static void
test_uk_driving_licence (void)
{
  /* Shape of the DVLA's numbers: MORGA + 6 (decade, month, day, year) + initials + digit +
   * 2 check characters; a woman's month is +50 ("657054": born 5 July 1964 — month 57). */
  const char *valid[]
      = { "MORGA657054SM9IJ", "HOLLO761123JA9XY", "LI999802199AB9CD", "SMITH812229J99AB" };
  const char *invalid[] = {
    "MORGA651354SM9IJ", /* month 13 */
    "MORGA657004SM9IJ", /* day 00 */
    "MORGA657054SM9I",  /* 15 characters */
    "9ORGA657054SM9IJ", /* a 9 first */
    "MORGA657054SMXIJ", /* no digit before the check characters */
    "morga657054sm9ij", /* lower case: no licence prints so */
    "MORGA6570A4SM9IJ",
  };
  for (gsize i = 0; i < G_N_ELEMENTS (valid); i++)
    g_assert_true (voile_is_uk_driving_licence (S (valid[i])));
  for (gsize i = 0; i < G_N_ELEMENTS (invalid); i++)
    g_assert_false (voile_is_uk_driving_licence (S (invalid[i])));
}

static void
test_entropy (void)
{
  g_assert_cmpfloat (voile_shannon_entropy (S ("aaaaaaaa")), ==, 0.0);
  g_assert_cmpfloat_with_epsilon (voile_shannon_entropy (S ("abcd")), 2.0, 1e-9);
  g_assert_cmpfloat (voile_shannon_entropy (S ("wJalrXUtnFEMI/K7MDENG/bPxRfiCY")), >, 4.0);
}

/* A birth date before 1900 names nobody alive. */
static void
test_birth_year (void)
{
  g_assert_true (voile_date_year_before_1900 (S ("10 December 1815")));
  g_assert_true (voile_date_year_before_1900 (S ("03/04/1899")));
  g_assert_false (voile_date_year_before_1900 (S ("12/03/1985")));
  g_assert_false (voile_date_year_before_1900 (S ("1944-01-02")));
  g_assert_false (voile_date_year_before_1900 (S ("2 janvier 1944")));
  g_assert_false (voile_date_year_before_1900 (S ("12/03/85")));
  g_assert_false (voile_date_year_before_1900 (S ("10 December 18150")));
}

static void
test_orcid (void)
{
  g_assert_true (voile_orcid_is_valid (S ("0000-0002-0671-339X")));
  g_assert_true (voile_orcid_is_valid (S ("0000-0001-5109-3700")));
  g_assert_false (voile_orcid_is_valid (S ("0000-0001-5109-3701")));
  /* ORCID's documented test record, a block never issued, spaces, too short */
  g_assert_false (voile_orcid_is_valid (S ("0000-0002-1825-0097")));
  g_assert_false (voile_orcid_is_valid (S ("0000-0007-5109-3700")));
  g_assert_false (voile_orcid_is_valid (S ("0000 0001 5109 3700")));
  g_assert_false (voile_orcid_is_valid (S ("0000-0001-5109-370")));
}

/* g22-ids: national identity numbers by their structure. Verhoeff's "236" + 3
 * (Wikipedia), stdnum's Belgian "85073003328", the Swiss federal example
 * "7569217076985", stdnum's MyKad "770305021234"; the others computed here. */
static void
test_national_numbers (void)
{
  g_assert_true (voile_verhoeff_is_valid (S ("2363")));
  g_assert_false (voile_verhoeff_is_valid (S ("2364")));
  g_assert_true (voile_be_nn_is_valid (S ("85073003328")));
  g_assert_false (voile_be_nn_is_valid (S ("85073003329")));
  g_assert_true (voile_be_nn_is_valid (S ("69021815391")));
  /* born in 2004: the nine digits prefixed by 2 */
  g_assert_true (voile_be_nn_is_valid (S ("04052228774")));
  g_assert_false (voile_be_nn_is_valid (S ("85133003328"))); /* month 13 */
  g_assert_true (voile_lu_matricule_is_valid (S ("1988112304758")));
  g_assert_true (voile_lu_matricule_is_valid (S ("2003021501292")));
  g_assert_false (voile_lu_matricule_is_valid (S ("1988112304757"))); /* Verhoeff */
  g_assert_false (voile_lu_matricule_is_valid (S ("1988112304768"))); /* Luhn */
  g_assert_false (voile_lu_matricule_is_valid (S ("1988023004758"))); /* 30 February */
  g_assert_true (voile_ch_avs_is_valid (S ("7569217076985")));
  g_assert_true (voile_ch_avs_is_valid (S ("7564802157339")));
  g_assert_false (voile_ch_avs_is_valid (S ("7569217076986")));
  g_assert_false (voile_ch_avs_is_valid (S ("7579217076985")));
  g_assert_true (voile_za_id_is_valid (S ("8001015009087")));
  g_assert_true (voile_za_id_is_valid (S ("9206145127084")));
  g_assert_true (voile_my_nric_is_valid (S ("770305021234")));
  g_assert_false (voile_my_nric_is_valid (S ("770305001234"))); /* place 00 */
  g_assert_false (voile_my_nric_is_valid (S ("770305701234"))); /* place 70 */
  g_assert_false (voile_my_nric_is_valid (S ("771305021234"))); /* month 13 */
  g_assert_true (voile_lk_nic_is_valid (S ("752631984")));
  g_assert_true (voile_lk_nic_is_valid (S ("198467301255")));
  g_assert_false (voile_lk_nic_is_valid (S ("753671984")));    /* day 367 */
  g_assert_false (voile_lk_nic_is_valid (S ("178467301255"))); /* century 17 */
}

/* g22-ids2: Romania's CNP (the Romanian Wikipedia's "1800101221144"; the others computed
 * here) and China's resident identity number (GB 11643-1999's "11010519491231002X"). */
static void
test_national_numbers_g22_ids2 (void)
{
  g_assert_true (voile_ro_cnp_is_valid (S ("1800101221144")));
  g_assert_true (voile_ro_cnp_is_valid (S ("2960727401831")));
  g_assert_true (voile_ro_cnp_is_valid (S ("1831208134562")));
  g_assert_false (voile_ro_cnp_is_valid (S ("1800101221145"))); /* key */
  g_assert_false (voile_ro_cnp_is_valid (S ("1801301221144"))); /* month 13 */
  g_assert_false (voile_ro_cnp_is_valid (S ("1800101991144"))); /* county 99 */
  g_assert_false (voile_ro_cnp_is_valid (S ("5901101210457"))); /* an EAN-13's key too */
  g_assert_false (voile_ro_cnp_is_valid (S ("3800101221144"))); /* the 1800s */
  g_assert_true (voile_cn_ric_is_valid (S ("11010519491231002X")));
  g_assert_true (voile_cn_ric_is_valid (S ("11010519491231002x")));
  g_assert_true (voile_cn_ric_is_valid (S ("440304198706154125")));
  g_assert_false (voile_cn_ric_is_valid (S ("110105194912310021"))); /* key */
  g_assert_false (voile_cn_ric_is_valid (S ("440304198713154125"))); /* month 13 */
  g_assert_false (voile_cn_ric_is_valid (S ("440304178706154125"))); /* 1787 */
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/validators/luhn", test_luhn);
  g_test_add_func ("/validators/birth-year", test_birth_year);
  g_test_add_func ("/validators/card", test_card);
  g_test_add_func ("/validators/iban", test_iban);
  g_test_add_func ("/validators/rib", test_rib);
  g_test_add_func ("/validators/nir", test_nir);
  g_test_add_func ("/validators/siren-siret-vat", test_siren_siret_vat);
  g_test_add_func ("/validators/nhs-number", test_nhs_number);
  g_test_add_func ("/validators/ppsn", test_ppsn);
  g_test_add_func ("/validators/orcid", test_orcid);
  g_test_add_func ("/validators/ssn-nino", test_ssn_nino);
  g_test_add_func ("/validators/uk-driving-licence", test_uk_driving_licence);
  g_test_add_func ("/validators/entropy", test_entropy);
  g_test_add_func ("/validators/national-numbers", test_national_numbers);
  g_test_add_func ("/validators/national-numbers-g22-ids2", test_national_numbers_g22_ids2);
  return g_test_run ();
}
