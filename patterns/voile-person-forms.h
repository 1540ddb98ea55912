/* voile-person-forms.h — the spellings a person was mentioned by, and the word before each.
 *
 * One person gets one placeholder: "Bonjour Marie", "M. Dupont" and "Marie Dupont" are all
 * "[PERSON_1]". Restore must then choose a spelling. The longest says the most, but
 * "Bonjour Marie Dupont" or "SARL Atelier Marie Dupont" is not what the user wrote. So each
 * spelling is kept with its cue, the word (or punctuation mark, or line start) before it.
 * A placeholder after the same cue, or after a cue of the same kind (a title, a greeting, a
 * line start), gets back the spelling met there; any other gets the longest.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A cue's bytes and its NUL: longer words give no cue. */
#define VOILE_PERSON_CUE_MAX 24

typedef struct _VoilePersonForms VoilePersonForms;

VoilePersonForms *
voile_person_forms_new (void);
/* Zeroes the spellings and cues before freeing. */
void
voile_person_forms_free (VoilePersonForms *forms);

/* The cue of a mention (or placeholder) starting at pos: the word before it in lower case
 * ("bonjour", "m.", "atelier" after "l'"), the punctuation mark before it (":", "("), "\n"
 * at a line start, or "" when the word is too long. Spaces and markdown emphasis in between
 * are skipped. */
void
voile_person_cue_before (const char *text, gsize pos, char cue[VOILE_PERSON_CUE_MAX]);
/* The cue after a mention (or placeholder) ending at pos: the next word in lower case, the
 * mark after it, "\n" at a line's end, or "" when the word is too long. */
void
voile_person_cue_after (const char *text, gsize len, gsize pos, char cue[VOILE_PERSON_CUE_MAX]);

/* Records that value was met count more times after cue and before next ("" when not
 * known). Past a few dozen pairs the new ones are dropped: the first are the text's own. */
void
voile_person_forms_add (VoilePersonForms *forms, const char *cue, const char *next,
                        const char *value, gsize len, guint count);

/* Records one mention of value met after cue and before next in the text numbered text (a
 * new number forgets the previous text's order of mentions). */
void
voile_person_forms_add_mention (VoilePersonForms *forms, guint text, const char *cue,
                                const char *next, const char *value, gsize len);

/* The spelling to restore after cue and before next ("" when not known) at the person's
 * nth placeholder of the text (G_MAXUINT when not counted), or NULL for the entry's longest
 * one. */
const char *
voile_person_forms_pick (const VoilePersonForms *forms, const char *cue, const char *next,
                         guint nth, gsize *len);

/* The spelling of the nth mention in the last text anonymized, or NULL. */
const char *
voile_person_forms_nth (const VoilePersonForms *forms, guint nth, gsize *len);
/* The same when it was met between cue and next, or NULL. */
const char *
voile_person_forms_nth_between (const VoilePersonForms *forms, guint nth, const char *cue,
                                const char *next, gsize *len);

/* For saving and loading: the index of the pair each mention was, in order (0xFF: none). */
const guint8 *
voile_person_forms_get_order (const VoilePersonForms *forms, guint *n);
void
voile_person_forms_set_order (VoilePersonForms *forms, const guint8 *order, guint n);

/* For saving: the pairs in the order they were met. */
guint
voile_person_forms_get_size (const VoilePersonForms *forms);
void
voile_person_forms_get (const VoilePersonForms *forms, guint i, const char **cue, const char **next,
                        const char **value, gsize *len, guint *count);

/* A mention written as one token that spells a login rather than a name: "nadia.haddou",
 * "nhaddou", "J_Martin2" (a capitalised "Haddou" or "Jean-Pierre" is a name). */
gboolean
voile_person_is_login_spelling (const char *value, gsize len);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VoilePersonForms, voile_person_forms_free)

G_END_DECLS
