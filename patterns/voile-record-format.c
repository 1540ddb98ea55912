/* voile-record-format.c — vCard and LDIF lines: a property, its labels, its value. */
#include "config.h"

#include "voile-record-format.h"
#include "voile-ascii.h"

#include <string.h>

enum
{
  IN_VCARD = 1 << 0,
  IN_LDIF = 1 << 1,
};

typedef struct
{
  const char *name; /* compared without case: LDAP attribute names have none */
  guint8 formats;
  VoilePropertyKind kind;
  char separator;
  const char *labels[VOILE_RECORD_MAX_PARTS];
} VoileRecordProperty;

/* The properties that hold personal data, with the column header each part stands for.
 * vCard: RFC 6350 (4.0), RFC 2426 (3.0) and the 2.1 specification, with the X- properties
 * of Apple, Evolution and KAddressBook; LDAP: RFC 4519, inetOrgPerson (RFC 2798), RFC 2307
 * and Active Directory. E-mail addresses, URLs and uids are found without them. */
static const VoileRecordProperty properties[] = {
  /* N: family; given; additional; prefixes; suffixes */
  { "n", IN_VCARD, VOILE_PROPERTY_NAME_PARTS, ';', { "last name", "first name", "first name" } },
  { "fn", IN_VCARD, VOILE_PROPERTY_FULL_NAME, 0, { "full name" } },
  /* A nickname stands where a given name would ("Temi", "Elifou"). */
  { "nickname",
    IN_VCARD,
    VOILE_PROPERTY_LABELLED,
    ',',
    { "first name", "first name", "first name", "first name" } },
  { "x-phonetic-first-name", IN_VCARD, VOILE_PROPERTY_LABELLED, 0, { "first name" } },
  { "x-phonetic-last-name", IN_VCARD, VOILE_PROPERTY_LABELLED, 0, { "last name" } },
  { "x-maidenname", IN_VCARD, VOILE_PROPERTY_LABELLED, 0, { "last name" } },
  { "x-spouse", IN_VCARD, VOILE_PROPERTY_LABELLED, 0, { "full name" } },
  { "x-assistant", IN_VCARD, VOILE_PROPERTY_LABELLED, 0, { "full name" } },
  { "x-manager", IN_VCARD, VOILE_PROPERTY_LABELLED, 0, { "full name" } },
  /* People the card names: Apple's related names ("_$!<Mother>!$_"), vCard 4's RELATED
   * when written as text. */
  { "x-abrelatednames", IN_VCARD, VOILE_PROPERTY_RELATED, 0, { "full name" } },
  { "related", IN_VCARD, VOILE_PROPERTY_RELATED, 0, { "full name" } },
  { "bday", IN_VCARD, VOILE_PROPERTY_LABELLED, 0, { "birthday" } },
  /* ADR: post office box; extended address (flat, building, house name); street;
   * locality; region; postal code; country. A postcode alone and a country are nobody's. */
  { "adr", IN_VCARD, VOILE_PROPERTY_LABELLED, ';', { "street", "street", "street", "city" } },
  { "tel", IN_VCARD, VOILE_PROPERTY_LABELLED, 0, { "phone" } },
  /* vCard 3's formatted address: its lines are separated by an escaped "\n". */
  { "label",
    IN_VCARD,
    VOILE_PROPERTY_LABELLED,
    '\\',
    { "address", "address", "address", "address", "address", "address", "address" } },
  { "kind", IN_VCARD, VOILE_PROPERTY_KIND, 0, { NULL } },
  { "x-abshowas", IN_VCARD, VOILE_PROPERTY_KIND, 0, { NULL } },
  { "cn", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "full name" } },
  { "commonname", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "full name" } },
  { "displayname", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "full name" } },
  { "gecos", IN_LDIF, VOILE_PROPERTY_LABELLED, ',', { "full name" } },
  { "sn", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "last name" } },
  { "surname", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "last name" } },
  { "givenname", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "first name" } },
  { "gn", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "first name" } },
  { "l", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "city" } },
  { "localityname", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "city" } },
  { "street", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "street" } },
  { "streetaddress", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "street" } },
  /* Lines of a postal address are separated by '$' (RFC 4517). */
  { "postaladdress",
    IN_LDIF,
    VOILE_PROPERTY_LABELLED,
    '$',
    { "address", "address", "address", "address", "address", "address", "address" } },
  { "homepostaladdress",
    IN_LDIF,
    VOILE_PROPERTY_LABELLED,
    '$',
    { "address", "address", "address", "address", "address", "address", "address" } },
  { "telephonenumber", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "phone" } },
  { "mobile", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "phone" } },
  { "mobiletelephonenumber", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "phone" } },
  { "homephone", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "phone" } },
  { "hometelephonenumber", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "phone" } },
  { "othertelephone", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "phone" } },
  { "othermobile", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "phone" } },
  { "pager", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "phone" } },
  { "facsimiletelephonenumber", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "phone" } },
  { "userpassword", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "password" } },
  { "authpassword", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "password" } },
  { "unicodepwd", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "password" } },
  { "sambantpassword", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "password" } },
  { "sambalmpassword", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "password" } },
  { "employeenumber", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "employee number" } },
  { "employeeid", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "employee number" } },
  { "birthdate", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "birthday" } },
  { "dateofbirth", IN_LDIF, VOILE_PROPERTY_LABELLED, 0, { "birthday" } },
  { "objectclass", IN_LDIF, VOILE_PROPERTY_PERSON_CLASS, 0, { NULL } },
  { "uid", IN_LDIF, VOILE_PROPERTY_LOGIN, 0, { NULL } },
  { "samaccountname", IN_LDIF, VOILE_PROPERTY_LOGIN, 0, { NULL } },
  { "homedirectory", IN_LDIF, VOILE_PROPERTY_HOME, 0, { NULL } },
  { "org", IN_VCARD, VOILE_PROPERTY_ORG, 0, { NULL } },
  { "url", IN_VCARD, VOILE_PROPERTY_PROFILE, 0, { NULL } },
  { "x-socialprofile", IN_VCARD, VOILE_PROPERTY_PROFILE, 0, { NULL } },
};

/* Does text[p..e) start with word (any case)? */
static gboolean
starts_with (const char *text, gsize p, gsize e, const char *word)
{
  gsize n = strlen (word);
  return e - p >= n && voile_ascii_strncasecmp (text + p, word, n) == 0;
}

static gsize
skip_blanks (const char *text, gsize p, gsize e)
{
  while (p < e && (text[p] == ' ' || text[p] == '\t'))
    p++;
  return p;
}

VoileRecordFormat
voile_record_opens (const char *text, gsize s, gsize e)
{
  if (starts_with (text, s, e, "begin:vcard"))
    return VOILE_RECORD_VCARD;
  /* "dn: uid=…", "dn:: base64" (RFC 2849): an attribute and '=' follow. */
  if (starts_with (text, s, e, "dn:") && memchr (text + s, '=', e - s) != NULL)
    return VOILE_RECORD_LDIF;
  return VOILE_RECORD_NONE;
}

gboolean
voile_record_closes (VoileRecordFormat format, const char *text, gsize s, gsize e)
{
  if (format == VOILE_RECORD_VCARD)
    return starts_with (text, skip_blanks (text, s, e), e, "end:vcard");
  while (s < e && g_ascii_isspace (text[s]))
    s++;
  return s == e;
}

static const VoileRecordProperty *
find_property (const char *name, gsize n, guint8 format)
{
  if (n == 0)
    return NULL;
  /* The first byte before the length and the other bytes: asked of every line of a record. */
  const guchar first = voile_ascii_lower (name[0]);
  for (guint i = 0; i < G_N_ELEMENTS (properties); i++)
    if ((properties[i].formats & format) && voile_ascii_lower (properties[i].name[0]) == first
        && strlen (properties[i].name) == n
        && voile_ascii_strncasecmp (properties[i].name, name, n) == 0)
      return &properties[i];
  return NULL;
}

/* "dn: cn=Fraser McAllister,ou=people,…": the first component of a DN names the entry;
 * a "cn=" there is a full name, a "uid=" the login. */
static gboolean
read_dn (const char *text, gsize p, gsize e, VoileRecordLine *line)
{
  gboolean uid = starts_with (text, p, e, "uid=");
  if (!uid && !starts_with (text, p, e, "cn="))
    return FALSE;
  gsize v = p + (uid ? 4 : 3), q = v;
  while (q < e && text[q] != ',' && text[q] != '+')
    q += text[q] == '\\' ? 2 : 1;
  line->kind = uid ? VOILE_PROPERTY_LOGIN : VOILE_PROPERTY_LABELLED;
  line->labels[0] = uid ? NULL : "full name";
  line->n_parts = uid ? 0 : 1;
  line->separator = 0;
  line->value_start = v;
  line->value_end = MIN (q, e);
  return line->value_end > v;
}

gboolean
voile_record_read_line (VoileRecordFormat format, const char *text, gsize len, gsize s, gsize e,
                        VoileRecordLine *line)
{
  gsize p = s;
  gsize name = p;

  memset (line, 0, sizeof *line);
  /* " épublique;Lyon;;69003": the rest of a folded line, read with the line above. */
  if (p < e && (text[p] == ' ' || text[p] == '\t'))
    return FALSE;
  while (e > p && (text[e - 1] == '\r' || text[e - 1] == ' '))
    e--;
  if (p >= e || !g_ascii_isalpha (text[p]))
    return FALSE; /* a comment, a folded line's continuation */
  while (p < e && (g_ascii_isalnum (text[p]) || text[p] == '-' || text[p] == '_'))
    p++;
  /* "item1.ADR": Apple's group prefix. */
  if (format == VOILE_RECORD_VCARD && p < e && text[p] == '.')
    {
      name = ++p;
      while (p < e && (g_ascii_isalnum (text[p]) || text[p] == '-'))
        p++;
    }
  gsize name_end = p;
  if (p >= e || (text[p] != ':' && text[p] != ';') || name_end == name)
    return FALSE;

  /* Parameters ("TEL;type=CELL", "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE") or LDIF
   * options ("cn;lang-fr"), up to the ':' that no quote hides. */
  gboolean quoted = FALSE;
  gsize params = p;
  while (p < e && (text[p] != ':' || quoted))
    {
      if (text[p] == '"')
        quoted = !quoted;
      p++;
    }
  if (p >= e)
    return FALSE;
  /* "ENCODING=b", "ENCODING=QUOTED-PRINTABLE", or vCard 2.1's bare ";BASE64",
   * ";QUOTED-PRINTABLE". */
  for (gsize q = params; q + 6 <= p; q++)
    if ((text[q] | 0x20) == 'e' || text[q] == ';')
      {
        line->encoded
            |= starts_with (text, q, p, "encoding=b") || starts_with (text, q, p, ";base64");
        line->quoted_printable
            |= starts_with (text, q, p, "encoding=quoted") || starts_with (text, q, p, ";quoted");
      }
  p++;
  if (format == VOILE_RECORD_LDIF && p < e && (text[p] == ':' || text[p] == '<'))
    {
      /* "attr:: base64", "attr:< file:///…" */
      line->encoded = text[p] == ':';
      if (text[p] == '<')
        return FALSE;
      p++;
    }
  p = skip_blanks (text, p, e);

  /* The entry's DN, and the DNs other attributes point at ("manager: cn=…",
   * "member: cn=…" in a group): their "cn=" names a person too. */
  if (format == VOILE_RECORD_LDIF && name_end - name == 2 && starts_with (text, name, e, "dn"))
    return !line->encoded && read_dn (text, p, e, line);
  if (format == VOILE_RECORD_LDIF && !line->encoded && starts_with (text, p, e, "cn=")
      && memchr (text + p, ',', e - p) != NULL)
    return read_dn (text, p, e, line);
  const VoileRecordProperty *property = find_property (
      text + name, name_end - name, format == VOILE_RECORD_VCARD ? IN_VCARD : IN_LDIF);
  if (property == NULL)
    return FALSE;
  line->kind = property->kind;
  line->separator = property->separator;
  for (guint i = 0; i < VOILE_RECORD_MAX_PARTS && property->labels[i] != NULL; i++)
    line->labels[line->n_parts++] = property->labels[i];
  /* vCard 4 writes a number as a URI: "TEL;VALUE=uri:tel:+33-6-…". */
  if (line->n_parts == 1 && strcmp (line->labels[0], "phone") == 0
      && starts_with (text, p, e, "tel:"))
    p += 4;
  line->value_start = p;
  line->value_end = e;
  /* Folded lines (RFC 6350 3.2, RFC 2849): a few, not a PHOTO's hundreds. */
  gsize end = line->value_end;
  for (guint folds = 0; !line->encoded && folds < 16; folds++)
    {
      gsize next = end;
      while (next < len && text[next] != '\n')
        next++;
      if (next + 2 >= len || (text[next + 1] != ' ' && text[next + 1] != '\t'))
        break;
      const char *nl = memchr (text + next + 1, '\n', len - next - 1);
      end = nl != NULL ? (gsize)(nl - text) : len;
      while (end > next + 2 && text[end - 1] == '\r')
        end--;
      line->value_end = end;
    }
  return TRUE;
}

gboolean
voile_record_next_part (const VoileRecordLine *line, const char *text, gsize *p, gsize *start,
                        gsize *end)
{
  gsize q = *p;

  if (q > line->value_end)
    return FALSE;
  /* "12 rue des Carmes\n86000 Poitiers": a line's "n" after the backslash. */
  if (line->separator == '\\' && q > line->value_start && q < line->value_end
      && (text[q] == 'n' || text[q] == 'N'))
    q++;
  *start = q;
  if (line->separator == 0)
    q = line->value_end;
  else if (line->separator == '\\')
    while (q < line->value_end && text[q] != '\\')
      q++;
  else
    while (q < line->value_end && text[q] != line->separator)
      q += text[q] == '\\' ? 2 : 1;
  q = MIN (q, line->value_end);
  *end = q;
  *p = q + 1;
  return TRUE;
}

static gboolean
value_is (const char *text, gsize start, gsize end, const char *const *words)
{
  while (start < end && text[start] == ' ')
    start++;
  while (end > start && text[end - 1] == ' ')
    end--;
  return voile_ascii_word_in (text + start, end - start, words);
}

gboolean
voile_record_kind_is_organisation (const char *text, gsize start, gsize end)
{
  static const char *const kinds[]
      = { "org", "group", "location", "application", "device", "company", NULL };
  return value_is (text, start, end, kinds);
}

gboolean
voile_record_class_is_person (const char *text, gsize start, gsize end)
{
  static const char *const classes[]
      = { "person",        "organizationalperson", "inetorgperson",   "posixaccount", "user",
          "shadowaccount", "residentialperson",    "sambasamaccount", "pilotperson",  NULL };
  return value_is (text, start, end, classes);
}
