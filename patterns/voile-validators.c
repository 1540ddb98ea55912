/* voile-validators.c — checksums and issuing rules of structured identifiers. */
#include "config.h"

#include "voile-validators.h"
#include "voile-ascii.h"

#include <math.h>
#include <string.h>

/* g_ascii_toupper() is a call into GLib: the checksums ask it for every byte. */
static inline char
ascii_upper (char c)
{
  return c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
}

static gboolean
all_digits (const char *s, gsize len)
{
  if (len == 0)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

static guint
parse_uint (const char *s, gsize len)
{
  guint v = 0;
  for (gsize i = 0; i < len; i++)
    v = v * 10 + (guint)(s[i] - '0');
  return v;
}

gboolean
voile_luhn_is_valid (const char *digits, gsize len)
{
  guint sum = 0;

  if (!all_digits (digits, len))
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      guint d = (guint)(digits[len - 1 - i] - '0');
      if (i % 2 == 1)
        {
          d *= 2;
          if (d > 9)
            d -= 9;
        }
      sum += d;
    }
  return sum % 10 == 0;
}

/* SWIFT IBAN registry (ISO 13616), release 2024: country code and total length. */
static const struct
{
  char cc[3];
  guint8 len;
} iban_lengths[] = {
  { "AD", 24 },
  { "AE", 23 },
  { "AL", 28 },
  { "AT", 20 },
  { "AZ", 28 },
  { "BA", 20 },
  { "BE", 16 },
  { "BG", 22 },
  { "BH", 22 },
  { "BI", 27 },
  { "BR", 29 },
  { "BY", 28 },
  { "CH", 21 },
  { "CR", 22 },
  { "CY", 28 },
  { "CZ", 24 },
  { "DE", 22 },
  { "DJ", 27 },
  { "DK", 18 },
  { "DO", 28 },
  { "EE", 20 },
  { "EG", 29 },
  { "ES", 24 },
  { "FI", 18 },
  { "FK", 18 },
  { "FO", 18 },
  { "FR", 27 },
  { "GB", 22 },
  { "GE", 22 },
  { "GI", 23 },
  { "GL", 18 },
  { "GR", 27 },
  { "GT", 28 },
  { "HN", 28 },
  { "HR", 21 },
  { "HU", 28 },
  { "IE", 22 },
  { "IL", 23 },
  { "IQ", 23 },
  { "IS", 26 },
  { "IT", 27 },
  { "JO", 30 },
  { "KW", 30 },
  { "KZ", 20 },
  { "LB", 28 },
  { "LC", 32 },
  { "LI", 21 },
  { "LT", 20 },
  { "LU", 20 },
  { "LV", 21 },
  { "LY", 25 },
  { "MC", 27 },
  { "MD", 24 },
  { "ME", 22 },
  { "MK", 19 },
  { "MN", 20 },
  { "MR", 27 },
  { "MT", 31 },
  { "MU", 30 },
  { "NI", 28 },
  { "NL", 18 },
  { "NO", 15 },
  { "OM", 23 },
  { "PK", 24 },
  { "PL", 28 },
  { "PS", 29 },
  { "PT", 25 },
  { "QA", 29 },
  { "RO", 24 },
  { "RS", 22 },
  { "RU", 33 },
  { "SA", 24 },
  { "SC", 31 },
  { "SD", 18 },
  { "SE", 24 },
  { "SI", 19 },
  { "SK", 24 },
  { "SM", 27 },
  { "SO", 23 },
  { "ST", 25 },
  { "SV", 28 },
  { "TL", 23 },
  { "TN", 24 },
  { "TR", 26 },
  { "UA", 29 },
  { "VA", 22 },
  { "VG", 24 },
  { "XK", 20 },
  { "YE", 30 },
  /* Not in the registry, yet used by the banks of the Maghreb and of West and Central Africa
   * (remittances): the "experimental" IBANs. */
  { "AO", 25 },
  { "BF", 28 },
  { "BJ", 28 },
  { "CF", 27 },
  { "CG", 27 },
  { "CI", 28 },
  { "CM", 27 },
  { "CV", 25 },
  { "DZ", 26 },
  { "GA", 27 },
  { "GQ", 27 },
  { "GW", 25 },
  { "KM", 27 },
  { "MA", 28 },
  { "MG", 27 },
  { "ML", 28 },
  { "MZ", 25 },
  { "NE", 28 },
  { "SN", 28 },
  { "TD", 27 },
  { "TG", 28 },
};

guint
voile_iban_country_length (const char *country)
{
  /* Asked at every capital followed by a digit: one table read, not a walk of the list. */
  static guint8 by_code[26 * 26];
  static gsize ready = 0;

  if (g_once_init_enter (&ready))
    {
      for (gsize i = G_N_ELEMENTS (iban_lengths); i-- > 0;)
        by_code[(iban_lengths[i].cc[0] - 'A') * 26 + (iban_lengths[i].cc[1] - 'A')]
            = (guint8)iban_lengths[i].len;
      g_once_init_leave (&ready, 1);
    }
  if (country[0] < 'A' || country[0] > 'Z' || country[1] < 'A' || country[1] > 'Z')
    return 0;
  return by_code[(country[0] - 'A') * 26 + (country[1] - 'A')];
}

/* Remainder mod 97 of the number spelled by s, letters counting as 10..35 (ISO 7064). */
static guint
mod97_alnum (const char *s, gsize len, guint rem)
{
  for (gsize i = 0; i < len; i++)
    {
      char c = s[i];
      if (g_ascii_isdigit (c))
        rem = (rem * 10 + (guint)(c - '0')) % 97;
      else
        {
          guint v = (guint)(ascii_upper (c) - 'A') + 10;
          rem = (rem * 100 + v) % 97;
        }
    }
  return rem;
}

gboolean
voile_iban_is_valid (const char *iban, gsize len)
{
  if (len < 15 || len > 34)
    return FALSE;
  if (!g_ascii_isupper (iban[0]) || !g_ascii_isupper (iban[1]) || !g_ascii_isdigit (iban[2])
      || !g_ascii_isdigit (iban[3]))
    return FALSE;
  if (voile_iban_country_length (iban) != len)
    return FALSE;
  for (gsize i = 4; i < len; i++)
    if (!g_ascii_isdigit (iban[i]) && !g_ascii_isupper (iban[i]))
      return FALSE;
  /* Move the first four characters to the end. */
  guint rem = mod97_alnum (iban + 4, len - 4, 0);
  rem = mod97_alnum (iban, 4, rem);
  return rem == 1;
}

/* RIB letters: A/J→1, B/K/S→2, … I/R/Z→9. */
static guint
rib_mod97 (const char *s, gsize len, guint rem)
{
  for (gsize i = 0; i < len; i++)
    {
      char c = ascii_upper (s[i]);
      guint d;
      if (g_ascii_isdigit (c))
        d = (guint)(c - '0');
      else if (c >= 'A' && c <= 'I')
        d = (guint)(c - 'A') + 1;
      else if (c >= 'J' && c <= 'R')
        d = (guint)(c - 'J') + 1;
      else if (c >= 'S' && c <= 'Z')
        d = (guint)(c - 'S') + 2;
      else
        return G_MAXUINT;
      rem = (rem * 10 + d) % 97;
    }
  return rem;
}

gboolean
voile_rib_is_valid (const char *bank, const char *branch, const char *account, const char *key)
{
  if (strlen (bank) != 5 || strlen (branch) != 5 || strlen (account) != 11 || strlen (key) != 2)
    return FALSE;
  if (!all_digits (bank, 5) || !all_digits (branch, 5) || !all_digits (key, 2))
    return FALSE;
  guint b = rib_mod97 (bank, 5, 0);
  guint g = rib_mod97 (branch, 5, 0);
  guint a = rib_mod97 (account, 11, 0);
  if (a == G_MAXUINT)
    return FALSE;
  guint k = 97 - ((89 * b + 15 * g + 3 * a) % 97);
  return k == parse_uint (key, 2);
}

gboolean
voile_nir_is_valid (const char *nir, gsize len)
{
  char digits[16];
  guint64 n = 0;

  if (len != 15)
    return FALSE;
  memcpy (digits, nir, 15);
  digits[15] = '\0';

  /* Sex: 1/2, 3/4 (foreigners in transit), 7/8 (provisional numbers). */
  if (strchr ("123478", digits[0]) == NULL)
    return FALSE;
  if (!all_digits (digits + 1, 4))
    return FALSE;
  guint month = parse_uint (digits + 3, 2);
  /* 20 and 30–42 are used for unknown months, 50+ for provisional numbers. */
  if (month == 0 || (month > 12 && month < 20) || (month > 42 && month < 50))
    return FALSE;

  /* Corsica: 2A counts as 19, 2B as 18 in the key (the département is still "2A"). */
  gboolean corsica = FALSE;
  if (digits[5] == '2'
      && (digits[6] == 'A' || digits[6] == 'B' || digits[6] == 'a' || digits[6] == 'b'))
    {
      gboolean a = g_ascii_toupper (digits[6]) == 'A';
      digits[5] = '1';
      digits[6] = a ? '9' : '8';
      corsica = TRUE;
    }
  if (!all_digits (digits + 5, 10))
    return FALSE;
  if (!corsica && digits[5] == '0' && digits[6] == '0')
    return FALSE;
  for (int i = 0; i < 13; i++)
    n = n * 10 + (guint64)(digits[i] - '0');
  guint key = parse_uint (digits + 13, 2);
  return key >= 1 && key <= 97 && key == 97 - (guint)(n % 97);
}

static gboolean
is_la_poste_siren (const char *digits)
{
  return strncmp (digits, "356000000", 9) == 0;
}

gboolean
voile_siren_is_valid (const char *digits, gsize len)
{
  if (len != 9 || !all_digits (digits, len))
    return FALSE;
  if (strncmp (digits, "000000000", 9) == 0)
    return FALSE;
  return voile_luhn_is_valid (digits, len) || is_la_poste_siren (digits);
}

gboolean
voile_siret_is_valid (const char *digits, gsize len)
{
  if (len != 14 || !all_digits (digits, len))
    return FALSE;
  if (strncmp (digits, "000000000", 9) == 0)
    return FALSE;
  if (is_la_poste_siren (digits))
    {
      guint sum = 0;
      for (gsize i = 0; i < len; i++)
        sum += (guint)(digits[i] - '0');
      /* The head office (SIRET 35600000000048) follows Luhn like everyone else. */
      return sum % 5 == 0 || voile_luhn_is_valid (digits, len);
    }
  return voile_luhn_is_valid (digits, len);
}

gboolean
voile_fr_vat_is_valid (const char *vat, gsize len)
{
  if (len != 13 || g_ascii_toupper (vat[0]) != 'F' || g_ascii_toupper (vat[1]) != 'R')
    return FALSE;
  if (!voile_siren_is_valid (vat + 4, 9))
    return FALSE;
  if (all_digits (vat + 2, 2))
    {
      guint64 siren = 0;
      for (int i = 4; i < 13; i++)
        siren = siren * 10 + (guint64)(vat[i] - '0');
      return parse_uint (vat + 2, 2) == (12 + 3 * (siren % 97)) % 97;
    }
  /* Newer keys use letters (no I or O) and have no published check. */
  for (int i = 2; i < 4; i++)
    if (!g_ascii_isalnum (vat[i]) || vat[i] == 'I' || vat[i] == 'O')
      return FALSE;
  return TRUE;
}

gboolean
voile_us_ssn_is_valid (const char *digits, gsize len)
{
  if (len != 9 || !all_digits (digits, len))
    return FALSE;
  guint area = parse_uint (digits, 3);
  guint group = parse_uint (digits + 3, 2);
  guint serial = parse_uint (digits + 5, 4);
  if (area == 0 || area == 666 || area >= 900)
    return FALSE;
  if (group == 0 || serial == 0)
    return FALSE;
  /* Woolworth's wallet card, the ad sample and the digits in order (every form's and
   * fixture's example): published, never a person's. */
  if (strncmp (digits, "078051120", 9) == 0 || strncmp (digits, "219099999", 9) == 0
      || strncmp (digits, "123456789", 9) == 0)
    return FALSE;
  return TRUE;
}

gboolean
voile_uk_nino_is_valid (const char *nino, gsize len)
{
  static const char *const unused_prefixes[] = { "BG", "GB", "KN", "NK", "NT", "TN", "ZZ" };

  if (len != 9)
    return FALSE;
  char a = nino[0], b = nino[1];
  if (!g_ascii_isupper (a) || !g_ascii_isupper (b))
    return FALSE;
  if (strchr ("DFIQUV", a) != NULL || strchr ("DFIQUVO", b) != NULL)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (unused_prefixes); i++)
    if (a == unused_prefixes[i][0] && b == unused_prefixes[i][1])
      return FALSE;
  if (!all_digits (nino + 2, 6))
    return FALSE;
  return nino[8] >= 'A' && nino[8] <= 'D';
}

static gboolean
in_prefix_range (const char *digits, guint n, guint lo, guint hi)
{
  guint v = parse_uint (digits, n);
  return v >= lo && v <= hi;
}

gboolean
voile_card_is_valid (const char *digits, gsize len)
{
  gboolean ok = FALSE;

  if (len < 14 || len > 19 || !all_digits (digits, len))
    return FALSE;

  switch (digits[0])
    {
      case '2':
        /* Mastercard 2221–2720; Mir 2200–2204. */
        ok = len == 16
             && (in_prefix_range (digits, 4, 2221, 2720)
                 || in_prefix_range (digits, 4, 2200, 2204));
        break;
      case '3':
        if (digits[1] == '4' || digits[1] == '7')
          ok = len == 15; /* Amex */
        else if (in_prefix_range (digits, 3, 300, 305) || digits[1] == '6' || digits[1] == '8'
                 || digits[1] == '9')
          ok = len >= 14 && len <= 16; /* Diners */
        else if (in_prefix_range (digits, 4, 3528, 3589))
          ok = len >= 16; /* JCB */
        break;
      case '4':
        ok = len == 16 || len == 19; /* Visa (13-digit cards are gone; EAN-13 looks alike) */
        break;
      case '5':
        if (in_prefix_range (digits, 2, 51, 55))
          ok = len == 16;
        else
          ok = len >= 16 && (digits[1] == '0' || digits[1] >= '6'); /* Maestro */
        break;
      case '6':
        /* Discover 6011, 644–649, 65; UnionPay 62; Maestro 6304, 67xx. */
        ok = len >= 16;
        break;
      default:
        ok = FALSE;
        break;
    }
  return ok && voile_luhn_is_valid (digits, len);
}

/* Test numbers the processors document (Stripe, Adyen, Braintree, Checkout.com, Worldpay,
 * PayPal, Authorize.net): the ones not built like the rule of thumb below. */
static const char *const documented_test_cards[] = { "5555555555554444",
                                                     "2223003122003222",
                                                     "5200828282828210",
                                                     "5105105105105100",
                                                     "378282246310005",
                                                     "371449635398431",
                                                     "378734493671000",
                                                     "6011111111111117",
                                                     "6011000990139424",
                                                     "6011981111111113",
                                                     "3056930009020004",
                                                     "36227206271667",
                                                     "6555900000604105",
                                                     "3566002020360505",
                                                     "3530111333300000",
                                                     "30569309025904",
                                                     "38520000023237",
                                                     "4012888888881881",
                                                     "4222222222222",
                                                     "4111111145551142",
                                                     "5555341244441115",
                                                     "4988438843884305",
                                                     "4166676667666746",
                                                     "6771798021000008",
                                                     "4543474002249996",
                                                     "5436031030606378",
                                                     "345678901234564",
                                                     "4005519200000004",
                                                     "4009348888881881",
                                                     "4012000033330026",
                                                     "4012000077777777",
                                                     "4217651111111119",
                                                     "4500600000000061",
                                                     "2223000048400011",
                                                     "36259600000004",
                                                     "4444333322221111",
                                                     "4917610000000000",
                                                     "5454545454545454",
                                                     "343434343434343",
                                                     "4462030000000000",
                                                     "6759649826438453",
                                                     "4007000000027",
                                                     "4012888818888",
                                                     "4032039898979855",
                                                     "5500005555555559",
                                                     "2222400070000005",
                                                     "6200000000000005",
                                                     "6205500000000000004",
                                                     NULL };

gboolean
voile_card_is_test_number (const char *digits, gsize len)
{
  if (len < 13 || len > 19)
    return FALSE;
  if (voile_word_in (digits, len, documented_test_cards))
    return TRUE;
  /* "4000 0000 0000 0341", "4000 0027 6000 3184": a processor's series, numbered from zeros
   * (a real account part is as random as its issuer can make it). */
  guint zeros = 0, longest = 0;
  for (gsize i = 1; i + 1 < len; i++)
    {
      zeros = digits[i] == '0' ? zeros + 1 : 0;
      longest = MAX (longest, zeros);
    }
  if (longest >= 5)
    return TRUE;
  /* "4242 4242 4242 4242", "4111 1111 1111 1111": one group of one to four digits repeated
   * up to the check digit. */
  for (gsize period = 1; period <= 4; period++)
    {
      gsize i = period + 1; /* the issuer's first digit may stand apart: "4111…" */
      while (i + 1 < len && digits[i] == digits[i - period])
        i++;
      if (i + 1 >= len)
        return TRUE;
    }
  return FALSE;
}

/* A British driving licence number: the surname's first five letters (9s pad a short one),
 * the decade, the month (plus 50 for a woman), the day and the year of birth, two initials
 * (or a 9), a digit and two check characters: "MORGA657054SM9IJ". */
gboolean
voile_is_uk_driving_licence (const char *t, gsize n)
{
  if (n != 16)
    return FALSE;
  for (gsize i = 0; i < 5; i++)
    if (!(g_ascii_isupper (t[i]) || (i > 0 && t[i] == '9')))
      return FALSE;
  for (gsize i = 5; i < 11; i++)
    if (!g_ascii_isdigit (t[i]))
      return FALSE;
  guint month = (guint)(t[6] - '0') * 10 + (guint)(t[7] - '0');
  guint day = (guint)(t[8] - '0') * 10 + (guint)(t[9] - '0');
  if (month > 50)
    month -= 50;
  if (month < 1 || month > 12 || day < 1 || day > 31)
    return FALSE;
  if (!g_ascii_isupper (t[11]) || !(g_ascii_isupper (t[12]) || t[12] == '9')
      || !g_ascii_isdigit (t[13]))
    return FALSE;
  return g_ascii_isalnum (t[14]) && g_ascii_isalnum (t[15]) && !g_ascii_islower (t[14])
         && !g_ascii_islower (t[15]);
}

gboolean
voile_za_id_is_valid (const char *digits, gsize len)
{
  if (len != 13)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (digits[i]))
      return FALSE;
  guint month = (guint)(digits[2] - '0') * 10 + (guint)(digits[3] - '0');
  guint day = (guint)(digits[4] - '0') * 10 + (guint)(digits[5] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31 || digits[10] > '2')
    return FALSE;
  return voile_luhn_is_valid (digits, len);
}

gboolean
voile_orcid_is_valid (const char *t, gsize n)
{
  guint total = 0, digits = 0, check;

  if (n != 19 || t[4] != '-' || t[9] != '-' || t[14] != '-')
    return FALSE;
  /* the blocks ORCID issues from: 0000-0001-5000-0007 … 0000-0003-5000-0001, then 0009-0000… */
  if (!(strncmp (t, "0000-000", 8) == 0 && t[8] >= '1' && t[8] <= '3')
      && !(strncmp (t, "0009-00", 7) == 0 && (t[7] == '0' || (t[7] == '1' && t[8] == '0'))))
    return FALSE;
  if (strncmp (t, "0000-0002-1825-0097", 19) == 0)
    return FALSE;
  for (gsize i = 0; i < 18; i++)
    {
      if (t[i] == '-')
        continue;
      if (!g_ascii_isdigit (t[i]))
        return FALSE;
      total = (total + (guint)(t[i] - '0')) * 2;
      digits++;
    }
  if (digits != 15)
    return FALSE;
  check = (12 - total % 11) % 11;
  return check == 10 ? t[18] == 'X' : t[18] == (char)('0' + check);
}

gboolean
voile_is_month_year (const char *t, gsize n)
{
  gsize m = 0, sep;

  /* "2027-06" */
  if (n == 7 && (t[4] == '-' || t[4] == '/') && (t[0] == '1' || t[0] == '2'))
    {
      for (gsize i = 0; i < n; i++)
        if (i != 4 && !g_ascii_isdigit (t[i]))
          return FALSE;
      m = (gsize)(t[5] - '0') * 10 + (gsize)(t[6] - '0');
      return (strncmp (t, "19", 2) == 0 || strncmp (t, "20", 2) == 0) && m >= 1 && m <= 12;
    }
  if (n != 6 && n != 7)
    return FALSE;
  sep = n - 5;
  if (t[sep] != '/' && t[sep] != '-' && t[sep] != '.')
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (i != sep && !g_ascii_isdigit (t[i]))
      return FALSE;
  for (gsize i = 0; i < sep; i++)
    m = m * 10 + (gsize)(t[i] - '0');
  return m >= 1 && m <= 12
         && (strncmp (t + sep + 1, "19", 2) == 0 || strncmp (t + sep + 1, "20", 2) == 0);
}

gboolean
voile_is_document_number (const char *t, gsize n)
{
  static const char *const prefixes[]
      = { "inv",   "invoice", "fac", "fact", "facture", "dev", "devis", "quo",
          "quote", "qt",      "po",  "bc",   "avoir",   "cn",  "ndf",   NULL };
  gsize k = 0;

  while (k < n && k < 8 && g_ascii_isalpha (t[k]))
    k++;
  if (k == 0 || k > 7 || k >= n || !(t[k] == '-' || t[k] == '_' || g_ascii_isdigit (t[k])))
    return FALSE;
  return voile_ascii_word_in (t, k, prefixes);
}

double
voile_shannon_entropy (const char *s, gsize len)
{
  guint counts[256] = { 0 };
  double h = 0;

  if (len == 0)
    return 0;
  for (gsize i = 0; i < len; i++)
    counts[(guchar)s[i]]++;
  for (guint i = 0; i < 256; i++)
    if (counts[i] > 0)
      {
        double p = (double)counts[i] / (double)len;
        h -= p * log2 (p);
      }
  return h;
}

gsize
voile_compact_alnum (const char *text, gsize len, char *out, gsize out_size, gboolean upper)
{
  gsize n = 0;

  for (gsize i = 0; i < len; i++)
    {
      char c = text[i];
      if (!g_ascii_isalnum (c))
        continue;
      if (n + 1 >= out_size)
        {
          out[n] = '\0';
          return G_MAXSIZE;
        }
      out[n++] = upper ? ascii_upper (c) : c;
    }
  out[n] = '\0';
  return n;
}

gboolean
voile_ppsn_is_valid (const char *s, gsize len)
{
  guint sum = 0;

  if ((len != 8 && len != 9) || !all_digits (s, 7))
    return FALSE;
  for (guint i = 0; i < 7; i++)
    sum += (guint)(s[i] - '0') * (8 - i);
  if (len == 9)
    {
      if (s[8] == 'W')
        ;
      else if (s[8] >= 'A' && s[8] <= 'I')
        sum += (guint)(s[8] - 'A' + 1) * 9;
      else
        return FALSE;
    }
  guint r = sum % 23;
  return s[7] == (r == 0 ? 'W' : (char)('A' + r - 1));
}

gboolean
voile_nhs_number_is_valid (const char *digits, gsize len)
{
  guint sum = 0;

  if (len != 10 || !all_digits (digits, len))
    return FALSE;
  for (guint i = 0; i < 9; i++)
    sum += (guint)(digits[i] - '0') * (10 - i);
  guint check = 11 - sum % 11;
  if (check == 11)
    check = 0;
  /* 10 is never issued; ten equal digits pass the sum but are not numbers. */
  return check != 10 && check == (guint)(digits[9] - '0')
         && strspn (digits, (char[]){ digits[0], '\0' }) != 10;
}

/* (session 24, g24-clean) A date opening on its weekday's name ("Monday 1 June", "sam. 14
 * juin", "Tue 3 March 2026"): a day of a calendar, a meeting's or a party's, which a birth
 * date never says ("King's Birthday: Monday 1 June" is a public holiday). */
gboolean
voile_date_opens_on_weekday (const char *t, gsize n)
{
  static const char *const days[]
      = { "monday", "tuesday",  "wednesday", "thursday", "friday", "saturday", "sunday", "lundi",
          "mardi",  "mercredi", "jeudi",     "vendredi", "samedi", "dimanche", "mon",    "tue",
          "tues",   "wed",      "thu",       "thur",     "thurs",  "fri",      "sat",    "sun",
          "lun",    "mer",      "jeu",       "ven",      "sam",    "dim",      NULL };
  gsize s = 0, e = n, w = 0;
  while (w < e && w - s < 10 && g_ascii_isalpha (t[w]))
    w++;
  if (w == s || w >= e || !(t[w] == ' ' || t[w] == ',' || t[w] == '.'))
    return FALSE;
  for (const char *const *d = days; *d != NULL; d++)
    if (strlen (*d) == w - s && voile_ascii_strncasecmp (t + s, *d, w - s) == 0)
      return TRUE;
  return FALSE;
}

gboolean
voile_date_year_before_1900 (const char *date, gsize len)
{
  for (gsize i = 0; i + 4 <= len; i++)
    if ((i == 0 || !g_ascii_isdigit (date[i - 1])) && g_ascii_isdigit (date[i])
        && g_ascii_isdigit (date[i + 1]) && g_ascii_isdigit (date[i + 2])
        && g_ascii_isdigit (date[i + 3]) && (i + 4 == len || !g_ascii_isdigit (date[i + 4])))
      return date[i] == '1' && date[i + 1] < '9';
  return FALSE;
}

const char *
voile_find_bytes (const char *text, gsize len, gsize from, const char *needle, gsize size)
{
  while (from + size <= len)
    {
      const char *p = memchr (text + from, needle[0], len - size + 1 - from);
      if (p == NULL)
        return NULL;
      if (memcmp (p, needle, size) == 0)
        return p;
      from = (gsize)(p - text) + 1;
    }
  return NULL;
}

/* ---- g22-ids: national identity numbers by their structure (session 22) ------------- */

static guint
two (const char *d)
{
  return (guint)(d[0] - '0') * 10 + (guint)(d[1] - '0');
}

/* A real day of the Gregorian calendar. */
static gboolean
real_date (guint year, guint month, guint day)
{
  static const guint8 days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  if (month < 1 || month > 12 || day < 1 || day > days[month - 1])
    return FALSE;
  if (month == 2 && day == 29)
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return TRUE;
}

gboolean
voile_verhoeff_is_valid (const char *digits, gsize len)
{
  static const guint8 d[10][10] = {
    { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 },
    { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 }, { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 },
    { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 }, { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 },
    { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 }, { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 },
    { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 }, { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 },
  };
  static const guint8 p[8][10] = {
    { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 },
    { 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 }, { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 },
    { 9, 4, 5, 3, 1, 2, 6, 8, 7, 0 }, { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 },
    { 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 }, { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 },
  };
  guint c = 0;

  if (!all_digits (digits, len))
    return FALSE;
  for (gsize i = 0; i < len; i++)
    c = d[c][p[i % 8][digits[len - 1 - i] - '0']];
  return c == 0;
}

gboolean
voile_be_nn_is_valid (const char *digits, gsize len)
{
  if (len != 11 || !all_digits (digits, len))
    return FALSE;
  guint month = two (digits + 2) % 20, day = two (digits + 4);
  guint seq = (guint)(digits[6] - '0') * 100 + two (digits + 7);
  if (two (digits + 2) >= 60 || month > 12 || day > 31 || seq == 0 || seq == 999)
    return FALSE;
  guint64 base = 0;
  for (gsize i = 0; i < 9; i++)
    base = base * 10 + (guint64)(digits[i] - '0');
  guint key = two (digits + 9);
  return key == 97 - base % 97 || key == 97 - (2000000000ULL + base) % 97;
}

gboolean
voile_lu_matricule_is_valid (const char *digits, gsize len)
{
  char first12[12], first11_v[12];

  if (len != 13 || !all_digits (digits, len))
    return FALSE;
  guint year = two (digits) * 100 + two (digits + 2);
  if (year < 1900 || year > 2099 || !real_date (year, two (digits + 4), two (digits + 6)))
    return FALSE;
  /* the Luhn key is the twelfth digit, the Verhoeff key the thirteenth, both over the
   * first eleven */
  memcpy (first12, digits, 12);
  memcpy (first11_v, digits, 11);
  first11_v[11] = digits[12];
  return voile_luhn_is_valid (first12, 12) && voile_verhoeff_is_valid (first11_v, 12);
}

gboolean
voile_ch_avs_is_valid (const char *digits, gsize len)
{
  if (len != 13 || !all_digits (digits, len) || memcmp (digits, "756", 3) != 0)
    return FALSE;
  guint sum = 0;
  for (gsize i = 0; i < 12; i++)
    sum += (guint)(digits[i] - '0') * (i % 2 == 0 ? 1 : 3);
  return (10 - sum % 10) % 10 == (guint)(digits[12] - '0');
}

gboolean
voile_my_nric_is_valid (const char *digits, gsize len)
{
  if (len != 12 || !all_digits (digits, len))
    return FALSE;
  guint yy = two (digits), month = two (digits + 2), day = two (digits + 4);
  if (!real_date (1900 + yy, month, day) && !real_date (2000 + yy, month, day))
    return FALSE;
  guint pb = two (digits + 6);
  return (pb >= 1 && pb <= 16) || (pb >= 21 && pb <= 68) || pb == 71 || pb == 72
         || (pb >= 74 && pb <= 79) || (pb >= 82 && pb <= 93) || pb >= 98;
}

gboolean
voile_lk_nic_is_valid (const char *digits, gsize len)
{
  if ((len != 9 && len != 12) || !all_digits (digits, len))
    return FALSE;
  const char *d = digits + 2;
  if (len == 12)
    {
      guint century = two (digits);
      if (century != 19 && century != 20)
        return FALSE;
      d = digits + 4;
    }
  guint day = (guint)(d[0] - '0') * 100 + two (d + 1);
  if (day > 500)
    day -= 500;
  return day >= 1 && day <= 366;
}

gboolean
voile_ro_cnp_is_valid (const char *digits, gsize len)
{
  static const guint8 weights[] = { 2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9 };
  static const guint16 centuries[] = { 0, 1900, 1900, 1800, 1800, 2000, 2000, 1900, 1900, 1900 };
  /* 3 and 4 are births of the 1800s, nobody's now: EAN-13 codes of France (300-379) and
   * Germany (400-440) */
  if (len != 13 || !all_digits (digits, len) || digits[0] == '0' || digits[0] == '3'
      || digits[0] == '4')
    return FALSE;
  guint yy = two (digits + 1), county = two (digits + 7);
  guint seq = (guint)(digits[9] - '0') * 100 + two (digits + 10);
  guint century = centuries[digits[0] - '0'];
  if (!real_date (century + yy, two (digits + 3), two (digits + 5))
      && !(digits[0] >= '7' && real_date (2000 + yy, two (digits + 3), two (digits + 5))))
    return FALSE;
  if (county == 0 || (county > 48 && county != 51 && county != 52) || seq == 0)
    return FALSE;
  guint sum = 0;
  for (gsize i = 0; i < 12; i++)
    sum += (guint)(digits[i] - '0') * weights[i];
  guint key = sum % 11 == 10 ? 1 : sum % 11;
  if (key != (guint)(digits[12] - '0'))
    return FALSE;
  /* a product's EAN-13 (its own key holds too) is no one's code: 1 in 10 CNPs are lost
   * without their name (national-id-number reads "CNP: …") */
  guint ean = 0;
  for (gsize i = 0; i < 12; i++)
    ean += (guint)(digits[i] - '0') * (i % 2 == 0 ? 1 : 3);
  return (10 - ean % 10) % 10 != (guint)(digits[12] - '0');
}

gboolean
voile_cn_ric_is_valid (const char *t, gsize len)
{
  static const guint8 weights[] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
  static const char keys[] = "10X98765432";
  if (len != 18 || !all_digits (t, 17) || t[0] == '0' || t[0] == '9')
    return FALSE;
  guint year = two (t + 6) * 100 + two (t + 8);
  if (year < 1900 || year > 2099 || !real_date (year, two (t + 10), two (t + 12)))
    return FALSE;
  guint sum = 0;
  for (gsize i = 0; i < 17; i++)
    sum += (guint)(t[i] - '0') * weights[i];
  return keys[sum % 11] == (t[17] == 'x' ? 'X' : t[17]);
}
