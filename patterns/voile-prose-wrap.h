/* voile-prose-wrap.h — prose wrapped at a fixed width, read as if it were not.
 *
 * E-mail clients and mailing lists send plain text wrapped at 72 to 80 columns, so a name
 * falls across a line break as often as not ("votre conseiller, Karim\nBenali, lui a
 * promis…"), and a name at a line's start reads like a sentence's first word. The names
 * finder reads such breaks as spaces: same bytes, same offsets.
 */
#pragma once

#include <glib.h>

/* A copy of text in which each line break inside a wrapped paragraph of prose, before a
 * capitalised word, is a space; NULL when there is none. Free it with voile_wipe_free (copy,
 * len). */
char *
voile_prose_unwrap (const char *text, gsize len);
