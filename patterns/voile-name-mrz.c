/* voile-name-mrz.c — the holder's name in a passport's or an identity card's
 * machine-readable zone ("P<FRADUPONT<<MARIE<CLAIRE<<<…"; voile-mrz.c reads the zone).
 *
 * The surname and the given names are one person's, as the fields of a record are, so
 * that "Marie-Claire Dupont" elsewhere in a KYC ticket is the same person.
 */
#include "voile-name-private.h"
#include "voile-mrz.h"

/* The words of text[span] ('<' separates them) as a mention of the given kind. */
static void
add_part (VoileNameCollector *c, VoileMrzSpan span, VoileFieldKind kind)
{
  GArray *tokens = c->scratch;

  if (span.end <= span.start)
    return;
  tokens->len = 0;
  voile_name_tokenize_line (c->text, span.start, span.end, TRUE, tokens, NULL);
  if (tokens->len == 0 || tokens->len > NAME_WORDS_MAX)
    return;
  voile_name_collector_add_person (c, (const VoileToken *)(gconstpointer)tokens->data, 0,
                                   tokens->len - 1, 0, CONFIDENCE_FIELD, kind);
}

gboolean
voile_name_find_mrz (VoileNameCollector *c, gsize s, gsize line_end)
{
  VoileMrz mrz;
  gsize zone_end;

  if (!voile_mrz_may_open (c->text, s, line_end)
      || !voile_mrz_read (c->text, c->len, s, &mrz, &zone_end))
    return FALSE;
  voile_name_collector_begin_record (c);
  add_part (c, mrz.given, VOILE_FIELD_FIRST);
  add_part (c, mrz.surname, VOILE_FIELD_LAST);
  voile_name_collector_end_record (c);
  return TRUE;
}
