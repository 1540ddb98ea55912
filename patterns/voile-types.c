/* voile-types.c — names, categories and labels of the finding types. */
#include "config.h"

#include "voile-types.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

typedef struct
{
  const char *name;
  VoileCategory category;
  gboolean quasi;
} VoileTypeInfo;

static const VoileTypeInfo type_info[VOILE_N_TYPES] = {
  [VOILE_TYPE_PERSON] = { "PERSON", VOILE_CATEGORY_NAMES, FALSE },
  /* A city alone identifies nobody: a quasi-identifier, like dates and amounts. */
  [VOILE_TYPE_LOCATION] = { "LOCATION", VOILE_CATEGORY_ADDRESSES, TRUE },
  [VOILE_TYPE_EMAIL] = { "EMAIL", VOILE_CATEGORY_CONTACT, FALSE },
  [VOILE_TYPE_PHONE] = { "PHONE", VOILE_CATEGORY_CONTACT, FALSE },
  [VOILE_TYPE_IBAN] = { "IBAN", VOILE_CATEGORY_BANK, FALSE },
  [VOILE_TYPE_CREDIT_CARD] = { "CREDIT_CARD", VOILE_CATEGORY_BANK, FALSE },
  [VOILE_TYPE_FR_NIR] = { "FR_NIR", VOILE_CATEGORY_OFFICIAL, FALSE },
  [VOILE_TYPE_FR_SIREN] = { "FR_SIREN", VOILE_CATEGORY_OFFICIAL, FALSE },
  [VOILE_TYPE_FR_SIRET] = { "FR_SIRET", VOILE_CATEGORY_OFFICIAL, FALSE },
  [VOILE_TYPE_FR_VAT] = { "FR_VAT", VOILE_CATEGORY_OFFICIAL, FALSE },
  [VOILE_TYPE_US_SSN] = { "US_SSN", VOILE_CATEGORY_OFFICIAL, FALSE },
  [VOILE_TYPE_UK_NINO] = { "UK_NINO", VOILE_CATEGORY_OFFICIAL, FALSE },
  [VOILE_TYPE_ID_DOCUMENT] = { "ID_DOCUMENT", VOILE_CATEGORY_OFFICIAL, FALSE },
  [VOILE_TYPE_IP_ADDRESS] = { "IP_ADDRESS", VOILE_CATEGORY_REFERENCES, FALSE },
  [VOILE_TYPE_LICENSE_PLATE] = { "LICENSE_PLATE", VOILE_CATEGORY_OFFICIAL, FALSE },
  [VOILE_TYPE_POSTAL_ADDRESS] = { "POSTAL_ADDRESS", VOILE_CATEGORY_ADDRESSES, FALSE },
  [VOILE_TYPE_DATE_OF_BIRTH] = { "DATE_OF_BIRTH", VOILE_CATEGORY_BIRTH_DATES, FALSE },
  [VOILE_TYPE_DATE] = { "DATE", VOILE_CATEGORY_DATES_AMOUNTS, TRUE },
  [VOILE_TYPE_AMOUNT] = { "AMOUNT", VOILE_CATEGORY_DATES_AMOUNTS, TRUE },
  [VOILE_TYPE_CUSTOMER_ID] = { "CUSTOMER_ID", VOILE_CATEGORY_REFERENCES, FALSE },
  [VOILE_TYPE_SECRET] = { "SECRET", VOILE_CATEGORY_SECRETS, FALSE },
};

static const char *const category_ids[VOILE_N_CATEGORIES] = {
  [VOILE_CATEGORY_NAMES] = "names",
  [VOILE_CATEGORY_CONTACT] = "contact",
  [VOILE_CATEGORY_BANK] = "bank",
  [VOILE_CATEGORY_OFFICIAL] = "official",
  [VOILE_CATEGORY_ADDRESSES] = "addresses",
  [VOILE_CATEGORY_BIRTH_DATES] = "birth-dates",
  [VOILE_CATEGORY_SECRETS] = "secrets",
  [VOILE_CATEGORY_REFERENCES] = "references",
  [VOILE_CATEGORY_DATES_AMOUNTS] = "dates-amounts",
};

const char *
voile_type_get_name (VoileType type)
{
  g_return_val_if_fail (type < VOILE_N_TYPES, NULL);
  return type_info[type].name;
}

gboolean
voile_type_from_name (const char *name, VoileType *out_type)
{
  for (guint i = 0; i < VOILE_N_TYPES; i++)
    if (g_ascii_strcasecmp (name, type_info[i].name) == 0)
      {
        if (out_type != NULL)
          *out_type = (VoileType)i;
        return TRUE;
      }
  return FALSE;
}

gboolean
voile_type_is_quasi_identifier (VoileType type)
{
  g_return_val_if_fail (type < VOILE_N_TYPES, FALSE);
  return type_info[type].quasi;
}

VoileCategory
voile_type_get_category (VoileType type)
{
  g_return_val_if_fail (type < VOILE_N_TYPES, VOILE_CATEGORY_NAMES);
  return type_info[type].category;
}

const char *
voile_category_get_id (VoileCategory category)
{
  g_return_val_if_fail (category < VOILE_N_CATEGORIES, NULL);
  return category_ids[category];
}

gboolean
voile_category_from_id (const char *id, VoileCategory *out_category)
{
  for (guint i = 0; i < VOILE_N_CATEGORIES; i++)
    if (g_strcmp0 (id, category_ids[i]) == 0)
      {
        if (out_category != NULL)
          *out_category = (VoileCategory)i;
        return TRUE;
      }
  return FALSE;
}

const char *
voile_category_get_label (VoileCategory category)
{
  switch (category)
    {
      case VOILE_CATEGORY_NAMES:
        return _ ("Names");
      case VOILE_CATEGORY_CONTACT:
        return _ ("Contact details");
      case VOILE_CATEGORY_BANK:
        return _ ("Bank and card numbers");
      case VOILE_CATEGORY_OFFICIAL:
        return _ ("Official identifiers");
      case VOILE_CATEGORY_ADDRESSES:
        return _ ("Addresses");
      case VOILE_CATEGORY_BIRTH_DATES:
        return _ ("Dates of birth");
      case VOILE_CATEGORY_SECRETS:
        return _ ("Passwords and keys");
      case VOILE_CATEGORY_REFERENCES:
        return _ ("Customer references and IP addresses");
      case VOILE_CATEGORY_DATES_AMOUNTS:
        return _ ("Dates and amounts");
      case VOILE_N_CATEGORIES:
      default:
        break;
    }
  g_return_val_if_reached (NULL);
}

guint32
voile_category_get_type_mask (VoileCategory category)
{
  guint32 mask = 0;

  for (guint i = 0; i < VOILE_N_TYPES; i++)
    if (type_info[i].category == category)
      mask |= VOILE_TYPE_BIT (i);
  return mask;
}

char *
voile_type_format_count (VoileType type, guint count)
{
  switch (type)
    {
      case VOILE_TYPE_PERSON:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u name", "%u names", count), count);
      case VOILE_TYPE_LOCATION:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u city", "%u cities", count),
                                count);
      case VOILE_TYPE_EMAIL:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u email", "%u emails", count),
                                count);
      case VOILE_TYPE_PHONE:
        return g_strdup_printf (
            g_dngettext (GETTEXT_PACKAGE, "%u phone number", "%u phone numbers", count), count);
      case VOILE_TYPE_IBAN:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u IBAN", "%u IBANs", count), count);
      case VOILE_TYPE_CREDIT_CARD:
        return g_strdup_printf (
            g_dngettext (GETTEXT_PACKAGE, "%u card number", "%u card numbers", count), count);
      case VOILE_TYPE_FR_NIR:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u social security number",
                                             "%u social security numbers", count),
                                count);
      case VOILE_TYPE_FR_SIREN:
        return g_strdup_printf (
            g_dngettext (GETTEXT_PACKAGE, "%u SIREN number", "%u SIREN numbers", count), count);
      case VOILE_TYPE_FR_SIRET:
        return g_strdup_printf (
            g_dngettext (GETTEXT_PACKAGE, "%u SIRET number", "%u SIRET numbers", count), count);
      case VOILE_TYPE_FR_VAT:
        return g_strdup_printf (
            g_dngettext (GETTEXT_PACKAGE, "%u VAT number", "%u VAT numbers", count), count);
      case VOILE_TYPE_US_SSN:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u US social security number",
                                             "%u US social security numbers", count),
                                count);
      case VOILE_TYPE_UK_NINO:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u National Insurance number",
                                             "%u National Insurance numbers", count),
                                count);
      case VOILE_TYPE_ID_DOCUMENT:
        return g_strdup_printf (
            g_dngettext (GETTEXT_PACKAGE, "%u ID document number", "%u ID document numbers", count),
            count);
      case VOILE_TYPE_IP_ADDRESS:
        return g_strdup_printf (
            g_dngettext (GETTEXT_PACKAGE, "%u IP address", "%u IP addresses", count), count);
      case VOILE_TYPE_LICENSE_PLATE:
        return g_strdup_printf (
            g_dngettext (GETTEXT_PACKAGE, "%u licence plate", "%u licence plates", count), count);
      case VOILE_TYPE_POSTAL_ADDRESS:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u address", "%u addresses", count),
                                count);
      case VOILE_TYPE_DATE_OF_BIRTH:
        return g_strdup_printf (
            g_dngettext (GETTEXT_PACKAGE, "%u date of birth", "%u dates of birth", count), count);
      case VOILE_TYPE_DATE:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u date", "%u dates", count), count);
      case VOILE_TYPE_AMOUNT:
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u amount", "%u amounts", count),
                                count);
      case VOILE_TYPE_CUSTOMER_ID:
        return g_strdup_printf (
            g_dngettext (GETTEXT_PACKAGE, "%u customer reference", "%u customer references", count),
            count);
      case VOILE_TYPE_SECRET:
        return g_strdup_printf (
            g_dngettext (GETTEXT_PACKAGE, "%u password or key", "%u passwords or keys", count),
            count);
      case VOILE_N_TYPES:
      default:
        break;
    }
  g_return_val_if_reached (NULL);
}

gboolean
voile_text_is_valid (const char *text, gsize len, gsize *bad_offset)
{
  gsize pos = 0;

  /* g_utf8_validate_len() stops at NUL bytes: validate the runs between them. */
  while (pos < len)
    {
      const char *end = NULL;

      if (text[pos] == '\0')
        {
          pos++;
          continue;
        }
      const char *nul = memchr (text + pos, '\0', len - pos);
      gsize run_end = nul != NULL ? (gsize)(nul - text) : len;
      /* ASCII sixteen or eight bytes at a time; g_utf8_validate_len() (a byte at a time)
       * only over the stretches of bytes >= 0x80 between: no character spans an ASCII
       * byte, so each stretch is valid alone exactly when the whole is, and fails at the
       * same byte. A stretch of one two-byte character ("é" between ASCII letters, most
       * of them in French text) is checked here, without the call. */
      while (pos < run_end)
        {
#if defined(__SSE2__)
          while (run_end - pos >= 16)
            {
              int high = _mm_movemask_epi8 (_mm_loadu_si128 ((const __m128i *)(text + pos)));
              if (high != 0)
                {
                  pos += (gsize)__builtin_ctz ((guint)high);
                  goto high_byte;
                }
              pos += 16;
            }
#else
          while (run_end - pos >= 8)
            {
              guint64 word;
              memcpy (&word, text + pos, 8);
              word = GUINT64_FROM_LE (word) & G_GUINT64_CONSTANT (0x8080808080808080);
              if (word != 0)
                {
                  pos += (gsize)__builtin_ctzll (word) / 8;
                  goto high_byte;
                }
              pos += 8;
            }
#endif
          while (pos < run_end && (guchar)text[pos] < 0x80)
            pos++;
          if (pos == run_end)
            break;
        high_byte:;
          guchar lead = (guchar)text[pos];
          if (lead >= 0xC2 && lead <= 0xDF && run_end - pos >= 2
              && ((guchar)text[pos + 1] & 0xC0) == 0x80
              && (run_end - pos == 2 || (guchar)text[pos + 2] < 0x80))
            {
              pos += 2; /* one valid two-byte character */
              continue;
            }
          gsize stretch = pos;
          while (stretch < run_end && (guchar)text[stretch] >= 0x80)
            stretch++;
          if (!g_utf8_validate_len (text + pos, stretch - pos, &end))
            {
              if (bad_offset != NULL)
                *bad_offset = (gsize)(end - text);
              return FALSE;
            }
          pos = stretch;
        }
    }
  return TRUE;
}
