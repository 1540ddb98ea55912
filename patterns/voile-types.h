/* voile-types.h — what the engine can find, and how those kinds are grouped.
 *
 * Shared by every part of Voile: the engine, the CLI, the daemon, the tray.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Keep in sync with the table in voile-types.c. The spelled names ("EMAIL"…) are
 * part of the CLI's JSON output and of the placeholders: never rename one. */
typedef enum
{
  VOILE_TYPE_PERSON,
  VOILE_TYPE_LOCATION,
  VOILE_TYPE_EMAIL,
  VOILE_TYPE_PHONE,
  VOILE_TYPE_IBAN,
  VOILE_TYPE_CREDIT_CARD,
  VOILE_TYPE_FR_NIR,
  VOILE_TYPE_FR_SIREN,
  VOILE_TYPE_FR_SIRET,
  VOILE_TYPE_FR_VAT,
  VOILE_TYPE_US_SSN,
  VOILE_TYPE_UK_NINO,
  VOILE_TYPE_ID_DOCUMENT,
  VOILE_TYPE_IP_ADDRESS,
  VOILE_TYPE_LICENSE_PLATE,
  VOILE_TYPE_POSTAL_ADDRESS,
  VOILE_TYPE_DATE_OF_BIRTH,
  VOILE_TYPE_DATE,
  VOILE_TYPE_AMOUNT,
  VOILE_TYPE_CUSTOMER_ID,
  VOILE_TYPE_SECRET,
  VOILE_N_TYPES
} VoileType;

/* User-facing groups: one switch each in the settings and the tray menu. */
typedef enum
{
  VOILE_CATEGORY_NAMES,         /* PERSON */
  VOILE_CATEGORY_CONTACT,       /* EMAIL, PHONE */
  VOILE_CATEGORY_BANK,          /* IBAN, CREDIT_CARD */
  VOILE_CATEGORY_OFFICIAL,      /* FR_NIR, FR_SIREN, FR_SIRET, FR_VAT, US_SSN, UK_NINO,
                                   ID_DOCUMENT, LICENSE_PLATE */
  VOILE_CATEGORY_ADDRESSES,     /* POSTAL_ADDRESS, LOCATION */
  VOILE_CATEGORY_BIRTH_DATES,   /* DATE_OF_BIRTH */
  VOILE_CATEGORY_SECRETS,       /* SECRET */
  VOILE_CATEGORY_REFERENCES,    /* CUSTOMER_ID, IP_ADDRESS */
  VOILE_CATEGORY_DATES_AMOUNTS, /* DATE, AMOUNT (quasi-identifiers) */
  VOILE_N_CATEGORIES
} VoileCategory;

#define VOILE_TYPE_MASK_ALL ((guint32)((1u << VOILE_N_TYPES) - 1))
#define VOILE_TYPE_BIT(t) ((guint32)(1u << (t)))

/* "EMAIL", "FR_NIR"… */
const char *
voile_type_get_name (VoileType type);
/* Case-insensitive; FALSE when unknown. */
gboolean
voile_type_from_name (const char *name, VoileType *out_type);
/* DATE, AMOUNT and LOCATION: anonymized, but alone they do not make a text personal. */
gboolean
voile_type_is_quasi_identifier (VoileType type);
VoileCategory
voile_type_get_category (VoileType type);

/* "names", "contact", "bank", "official", "addresses", "birth-dates", "secrets",
 * "references", "dates-amounts": used in GSettings keys ("category-NAME") and
 * action names. */
const char *
voile_category_get_id (VoileCategory category);
gboolean
voile_category_from_id (const char *id, VoileCategory *out_category);
/* Translated, capitalised label for menus and preferences ("Names", "Bank and card numbers"). */
const char *
voile_category_get_label (VoileCategory category);
/* Bit mask of the types in the category. */
guint32
voile_category_get_type_mask (VoileCategory category);

/* Translated count phrase for notifications: "2 names", "1 email" / "2 noms", "1 e-mail". */
char *
voile_type_format_count (VoileType type, guint count);

/* Placeholders written by the anonymizer look like "[EMAIL_3]": an opening bracket, the
 * type name, an underscore, a number from 1 and a closing bracket. The engine never
 * reports text inside one. */
#define VOILE_PLACEHOLDER_OPEN '['
#define VOILE_PLACEHOLDER_CLOSE ']'

/* TRUE when text is valid UTF-8. Unlike g_utf8_validate(), NUL bytes are accepted: the
 * engine handles them as ordinary characters. On failure *bad_offset (if non-NULL) is the
 * byte offset of the first invalid sequence. */
gboolean
voile_text_is_valid (const char *text, gsize len, gsize *bad_offset);

G_END_DECLS
