/* voile-name-hl7.c — people's names in HL7 v2 messages (ADT, ORM, ORU).
 *
 * Hospitals, labs and care homes exchange "PID|1||…||DUPONT^Marie^^^Mme^^L|…" lines
 * between their programs; users paste them to ask why an interface rejects one. A name
 * there is a field's components, family name first, with no key a reader of the line could
 * see: the segment and the field's position say whose it is.
 */
#include "voile-name-private.h"

#include <string.h>

/* Fields of a segment that hold a person's name: XPN (family^given^…) or XCN
 * (id^family^given^…, a doctor). Positions as HL7 counts them (the segment's name is 0). */
typedef struct
{
  char segment[4];
  guint8 field;
  gboolean with_id; /* XCN: the first component is the person's number */
} Hl7NameField;

static const Hl7NameField name_fields[] = {
  { "GT1", 3, FALSE },  /* guarantor */
  { "IN1", 16, FALSE }, /* name of insured */
  { "IN2", 7, FALSE },  /* insured's employee or beneficiary */
  { "MRG", 7, FALSE },  /* prior patient name */
  { "NK1", 2, FALSE },  /* next of kin */
  { "NK1", 30, FALSE }, /* contact person */
  { "OBR", 16, TRUE },  /* ordering provider */
  { "OBR", 28, TRUE },  /* result copies to */
  { "ORC", 10, TRUE },  /* entered by */
  { "ORC", 12, TRUE },  /* ordering provider */
  { "PD1", 4, TRUE },   /* patient's primary care doctor */
  { "PID", 5, FALSE },  /* patient */
  { "PID", 6, FALSE },  /* mother's maiden name */
  { "PID", 9, FALSE },  /* alias */
  { "PV1", 7, TRUE },   /* attending doctor */
  { "PV1", 8, TRUE },   /* referring doctor */
  { "PV1", 9, TRUE },   /* consulting doctor */
  { "PV1", 17, TRUE },  /* admitting doctor */
  { "ROL", 4, TRUE },   /* role person */
  { "TXA", 9, TRUE },   /* originator */
};

/* The end of the component starting at p, within a field ending at e. */
static gsize
component_end (const char *text, gsize p, gsize e)
{
  while (p < e && text[p] != '^' && text[p] != '~' && text[p] != '&')
    p++;
  return p;
}

/* One XPN or XCN repetition text[s, e): its family name and given name, one person. */
static void
add_name (VoileNameCollector *c, gsize s, gsize e, gboolean with_id)
{
  const char *text = c->text;
  gsize fs = s, fe, gs, ge;

  if (with_id)
    {
      fs = component_end (text, s, e);
      if (fs >= e || text[fs] != '^')
        return;
      fs++;
    }
  fe = component_end (text, fs, e);
  /* A name has a given-name component: "^Pénicilline" or a lone code is no one. */
  if (fe >= e || text[fe] != '^' || fe == fs)
    return;
  gs = fe + 1;
  ge = component_end (text, gs, e);
  if (ge == gs)
    return;
  /* Beside a given name, the family component is a surname even when it is also a word
   * ("MOLLARD^Pierre"). */
  voile_name_collector_begin_record (c);
  if (voile_name_collector_add_field (c, gs, ge, VOILE_FIELD_FIRST))
    voile_name_collector_add_field (c, fs, fe, VOILE_FIELD_LAST | VOILE_FIELD_RELAXED);
  voile_name_collector_end_record (c);
}

gboolean
voile_name_find_hl7_segment (VoileNameCollector *c, gsize s, gsize line_end)
{
  const char *text = c->text;
  guint field = 0, wanted = 0;
  gsize p;

  /* "PID|": three capitals or digits and the field separator. */
  if (line_end - s < 8 || text[s + 3] != '|' || !g_ascii_isupper (text[s])
      || !g_ascii_isalnum (text[s + 1]) || !g_ascii_isalnum (text[s + 2]))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (name_fields); i++)
    if (memcmp (name_fields[i].segment, text + s, 3) == 0)
      wanted++;
  if (wanted == 0 || memchr (text + s, '^', line_end - s) == NULL)
    return FALSE;

  p = s + 4;
  while (p <= line_end)
    {
      gsize fe = p;
      field++;
      while (fe < line_end && text[fe] != '|')
        fe++;
      for (guint i = 0; i < G_N_ELEMENTS (name_fields); i++)
        if (name_fields[i].field == field && memcmp (name_fields[i].segment, text + s, 3) == 0)
          {
            /* Repetitions: "PERRIER^Madeleine^^^Mme^^L~GALLAND^Madeleine^^^^^M". */
            for (gsize r = p; r < fe;)
              {
                gsize re = r;
                while (re < fe && text[re] != '~')
                  re++;
                add_name (c, r, re, name_fields[i].with_id);
                r = re + 1;
              }
          }
      p = fe + 1;
    }
  return TRUE;
}
