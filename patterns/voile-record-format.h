/* voile-record-format.h — contact cards (vCard) and directory entries (LDIF), line by line.
 *
 * A .vcf or an LDAP dump names each value once, on its own line: "BDAY:1990-04-16",
 * "TEL;type=CELL:06 45 20 87 13", "sn: Castagnet", "userPassword: {SSHA}…". Each property
 * stands for the column header a spreadsheet would give it ("birthday", "phone",
 * "last name", "password"), so the readers of headers (voile-tables.c for numbers and
 * dates, voile-name-fields.c for names and cities) read these lines as one-cell tables.
 * Structured values ("N:Rasoanaivo;Mialy;;;", "ADR:;;9 place des Lices;Rennes;;35000;France")
 * give a label per component.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  VOILE_RECORD_NONE,
  VOILE_RECORD_VCARD, /* BEGIN:VCARD … END:VCARD */
  VOILE_RECORD_LDIF,  /* "dn: …" up to a blank line */
} VoileRecordFormat;

#define VOILE_RECORD_MAX_PARTS 7

typedef enum
{
  VOILE_PROPERTY_OTHER,
  VOILE_PROPERTY_NAME_PARTS,   /* vCard N: the card is a company's when all its parts are empty */
  VOILE_PROPERTY_FULL_NAME,    /* FN, cn, displayName */
  VOILE_PROPERTY_KIND,         /* vCard 4 KIND, Apple's X-ABShowAs: "org", "COMPANY" */
  VOILE_PROPERTY_PERSON_CLASS, /* LDIF objectClass */
  VOILE_PROPERTY_LABELLED,     /* any other property with labels */
  VOILE_PROPERTY_LOGIN,        /* LDIF uid (and a DN's "uid="): the entry's login */
  VOILE_PROPERTY_HOME,         /* LDIF homeDirectory: its last folder is the login */
  VOILE_PROPERTY_ORG,          /* vCard ORG */
  VOILE_PROPERTY_RELATED,      /* another person the card names: a spouse, a mother */
  VOILE_PROPERTY_PROFILE, /* vCard URL, X-SOCIALPROFILE: the path's last part may be a handle */
} VoilePropertyKind;

typedef struct
{
  VoilePropertyKind kind;
  /* The column header each component stands for (NULL: none, a region or a country). */
  const char *labels[VOILE_RECORD_MAX_PARTS];
  guint n_parts;
  gsize value_start, value_end; /* the value on this line, parameters left out */
  char separator;               /* between components: ';' (vCard), '$' (LDIF), or 0 */
  gboolean encoded;             /* base64 ("attr::", "ENCODING=b"): no text to read */
  gboolean quoted_printable;    /* vCard 2.1's "=C3=89lise": letters beyond ASCII escaped */
} VoileRecordLine;

/* Can the line text[s..e) open a record? A test of a few bytes, asked of every line before
 * voile_record_opens(). */
static inline gboolean
voile_record_may_open (const char *text, gsize s, gsize e)
{
  if (e - s < 4)
    return FALSE;
  char c = (char)(text[s] | 0x20);
  /* "BEGIN:", "dn:" */
  if (c == 'b')
    return e - s >= 11 && text[s + 5] == ':';
  return c == 'd' && (text[s + 1] | 0x20) == 'n' && text[s + 2] == ':';
}

/* The record the line text[s..e) opens ("BEGIN:VCARD", "dn: uid=…"), or VOILE_RECORD_NONE. */
VoileRecordFormat
voile_record_opens (const char *text, gsize s, gsize e);

/* Does the line close the record ("END:VCARD"; for LDIF, a blank line)? */
gboolean
voile_record_closes (VoileRecordFormat format, const char *text, gsize s, gsize e);

/* Reads a line of a record: its property, the labels of its components and its value,
 * which goes on over the folded lines after it (each opens on one space or tab; len: the
 * text's length). FALSE for a line that is no property of the format (a comment, a folded
 * line's continuation, a property nobody labels). */
gboolean
voile_record_read_line (VoileRecordFormat format, const char *text, gsize len, gsize s, gsize e,
                        VoileRecordLine *line);

/* The next component of a value: from *p (the value's start, then where the last call
 * left it) to the separator or the value's end. Escaped separators ("\;") do not split.
 * FALSE when the value is read. */
gboolean
voile_record_next_part (const VoileRecordLine *line, const char *text, gsize *p, gsize *start,
                        gsize *end);

/* Does the value of a KIND (or X-ABShowAs) line say the card is no person's? */
gboolean
voile_record_kind_is_organisation (const char *text, gsize start, gsize end);

/* Does the value of an objectClass line say the entry is a person's ("inetOrgPerson",
 * "posixAccount", "user")? */
gboolean
voile_record_class_is_person (const char *text, gsize start, gsize end);

G_END_DECLS
