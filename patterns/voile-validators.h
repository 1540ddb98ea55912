/* voile-validators.h — checksums and issuing rules of structured identifiers.
 *
 * Pure functions over ASCII: no allocation, no locale. Inputs are "compact" values
 * (spaces, dots and dashes removed) unless the function says otherwise.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Does a date (any format, not compact) hold a four-digit year before 1900 ("10 December
 * 1815")? Nobody born then is alive: such a birth date is no personal data. */
gboolean
voile_date_year_before_1900 (const char *date, gsize len);

/* (session 24) Does a date open on its weekday's name ("Monday 1 June", "sam. 14 juin")? A
 * calendar's day, never a birth date. */
gboolean
voile_date_opens_on_weekday (const char *date, gsize len);

/* Luhn (ISO/IEC 7812) over a string of digits; FALSE on any non-digit or empty input. */
gboolean
voile_luhn_is_valid (const char *digits, gsize len);

/* Registered IBAN length for a two-letter ISO 13616 country code, 0 when unknown. */
guint
voile_iban_country_length (const char *country);
/* Country, length and mod-97 check. Letters must be upper case. */
gboolean
voile_iban_is_valid (const char *iban, gsize len);
/* French RIB key: bank (5), branch (5), account (11, letters allowed), key (2). */
gboolean
voile_rib_is_valid (const char *bank, const char *branch, const char *account, const char *key);

/* French social security number: 15 characters (2A/2B allowed), key checked, and the
 * sex, month and département fields plausible. */
gboolean
voile_nir_is_valid (const char *nir, gsize len);

/* SIREN: 9 digits, Luhn. */
gboolean
voile_siren_is_valid (const char *digits, gsize len);
/* SIRET: 14 digits, Luhn; La Poste establishments (SIREN 356000000) use digit sum % 5. */
gboolean
voile_siret_is_valid (const char *digits, gsize len);
/* French VAT number "FR" + key (2) + SIREN (9). */
gboolean
voile_fr_vat_is_valid (const char *vat, gsize len);

/* US social security number, 9 digits: area not 000, 666 or 9xx, group not 00, serial
 * not 0000. */
gboolean
voile_us_ssn_is_valid (const char *digits, gsize len);
/* UK National Insurance number, 9 characters, upper case. */
gboolean
voile_uk_nino_is_valid (const char *nino, gsize len);

/* (g26-ids) Ireland's PPS number, "1234567T" or "1234567TA": seven digits weighted 8…2, the
 * second letter's value (A-I 1-9, W 0) weighted 9, the sum mod 23 the check letter (0 is W). */
gboolean
voile_ppsn_is_valid (const char *s, gsize len);

/* UK NHS number, 10 digits: mod-11 check digit (weights 10…2; 10 is never issued). */
gboolean
voile_nhs_number_is_valid (const char *digits, gsize len);

/* UK (DVLA) driving licence number, 16 characters as printed: surname (5, 9s pad it), birth
 * decade, month (+50 for a woman), day, year, initials (2, 9 pads), a digit, two check
 * characters. */
gboolean
voile_is_uk_driving_licence (const char *t, gsize n);

/* South African identity number, 13 digits: the birth date (YYMMDD), four of a sequence,
 * citizenship (0, 1 or 2), a digit, and a Luhn check digit. */
gboolean
voile_za_id_is_valid (const char *digits, gsize len);

/* (g20-ids) An ORCID iD as written, "0000-0002-0671-339X": four groups of four joined by
 * dashes, in ORCID's issued blocks (0000-0001… to 0000-0003…, 0009-0000… to 0009-0010…),
 * the last character an ISO 7064 MOD 11-2 check digit (0-9 or X). ORCID's documented test
 * record, 0000-0002-1825-0097 ("Josiah Carberry"), is nobody's: FALSE. */
gboolean
voile_orcid_is_valid (const char *t, gsize n);

/* A month and its year ("06/2027", "6-2027", "2027-06"): an expiry or an end, no one's
 * number. */
gboolean
voile_is_month_year (const char *t, gsize n);

/* Does the value open on the prefix of a document a firm issues to many, or of a payment
 * document: "INV-2026-031", "INV2291", "FAC-88123", "DEV_0412", "PO-55102", "NDF-10441" (a
 * "note de frais", an expense report)? Those number a document, not a person's file. */
gboolean
voile_is_document_number (const char *t, gsize n);

/* Payment card: length and issuer range (Visa, Mastercard, Amex, Discover, Diners, JCB,
 * UnionPay, Maestro) and Luhn. */
gboolean
voile_card_is_valid (const char *digits, gsize len);

/* Is this one of the test card numbers payment processors publish for developers
 * (Stripe's 4242 4242 4242 4242, Braintree's and Adyen's lists…) or built like them: one
 * short group repeated, or a long run of zeros? Nobody's card. */
gboolean
voile_card_is_test_number (const char *digits, gsize len);

/* Shannon entropy in bits per byte. */
double
voile_shannon_entropy (const char *s, gsize len);

/* Copies the ASCII letters and digits of text[0..len) to out (upper-cased when upper),
 * at most out_size - 1 of them, NUL-terminates; returns the number copied, or G_MAXSIZE
 * when there were more than fit. */
gsize
voile_compact_alnum (const char *text, gsize len, char *out, gsize out_size, gboolean upper);

/* The first place of needle (size > 0) in text[from, len), or NULL (memmem() is a GNU
 * extension). */
const char *
voile_find_bytes (const char *text, gsize len, gsize from, const char *needle, gsize size);

/* ---- g22-ids: national identity numbers by their structure (session 22) ------------- */

/* Verhoeff's dihedral check over digits[0..len) (the last digit is the check digit):
 * Aadhaar's and the Luxembourg matricule's second key. */
gboolean
voile_verhoeff_is_valid (const char *digits, gsize len);

/* Belgium's national number (NN, NISS, INSZ), 11 digits: YYMMDD (month 0-12, +20 or +40 for
 * bis numbers, day 0-31), a sequence 001-998, a key 97 - (first nine mod 97), the nine
 * prefixed by 2 for births from 2000. */
gboolean
voile_be_nn_is_valid (const char *digits, gsize len);

/* Luxembourg's national identification number (matricule), 13 digits: YYYYMMDD a real
 * date of 1900-2099, a sequence of three, a Luhn key and a Verhoeff key, both over the
 * first eleven digits. */
gboolean
voile_lu_matricule_is_valid (const char *digits, gsize len);

/* Switzerland's AHV/AVS number, 13 digits: 756 (the country's ISO code), nine digits, an
 * EAN-13 key. */
gboolean
voile_ch_avs_is_valid (const char *digits, gsize len);

/* Malaysia's MyKad number, 12 digits: YYMMDD a real date, a place of birth code of the
 * national registration department's table (states 01-16 and 21-59, countries 60-68,
 * 71-72, 74-79, 82-93, 98-99), four of a sequence. */
gboolean
voile_my_nric_is_valid (const char *digits, gsize len);

/* Sri Lanka's national identity card number: the old nine digits (YY, the day of the
 * year 001-366 or 501-866 for women, four of a sequence) or the new twelve (YYYY 19xx or
 * 20xx, the day of the year the same way, five digits). */
gboolean
voile_lk_nic_is_valid (const char *digits, gsize len);

/* (g22-ids2) Romania's personal numeric code (CNP), 13 digits: the sex and century 1-9,
 * YYMMDD a real date, a county 01-48, 51 or 52, a sequence 001-999, a key (the first twelve
 * weighted 2 7 9 1 4 6 3 5 8 2 7 9, mod 11, 10 written 1). Refused: the 1800s' 3 and 4, and
 * a number whose EAN-13 key holds as well (a product's code). */
gboolean
voile_ro_cnp_is_valid (const char *digits, gsize len);

/* (g22-ids2) China's resident identity number, 18 signs (GB 11643-1999): a region 1-8…,
 * YYYYMMDD a real date of 1900-2099, a sequence, an ISO 7064 MOD 11-2 key (0-9 or X). */
gboolean
voile_cn_ric_is_valid (const char *t, gsize len);

G_END_DECLS
