/* voile-person-forms.c — a person's spellings with their cues, and the choice on restore. */
#include "config.h"

#include "voile-person-forms.h"

#include "voile-name-lexicon.h"
#include "voile-wipe.h"

#include <string.h>

/* Enough for every way a text names one person; a flood of mentions adds nothing. */
#define MAX_FORMS 32
/* The spellings of a text's first mentions, in order; a form's index, or NO_FORM. */
#define MAX_ORDER 4096
#define NO_FORM 0xFF

typedef enum
{
  CUE_OTHER,
  CUE_LINE_START, /* a list, a signature, a chat line */
  CUE_TITLE,      /* "M.", "Mme", "Dr", "Mrs" */
  CUE_GREETING,   /* "Bonjour", "Hi", "Dear" */
} CueKind;

typedef struct
{
  char cue[VOILE_PERSON_CUE_MAX];
  char next[VOILE_PERSON_CUE_MAX]; /* the word after the spelling; "" when not known */
  char *value;
  gsize len;
  guint count;
  guint8 kind;      /* CueKind of cue */
  guint8 login;     /* the value spells a login: put back only after its own word */
  guint8 multiline; /* across a wrapped line's break: put back only between its own words */
} Form;

struct _VoilePersonForms
{
  GArray *forms; /* of Form */
  guint room;    /* the Forms it holds without growing */
  /* Which form each mention of the last anonymized text was, in order (guint8 indexes):
   * two spellings met between the same words ("'lewis','achterberg'" and
   * "'Lewis','Achterberg'" of two rows) come back where each was. */
  GByteArray *order;
  guint order_text; /* the text order was read from (voile_person_forms_add_mention()) */
};

VoilePersonForms *
voile_person_forms_new (void)
{
  VoilePersonForms *forms = g_new0 (VoilePersonForms, 1);

  forms->forms = g_array_new (FALSE, TRUE, sizeof (Form));
  forms->room = 0;
  forms->order = g_byte_array_new ();
  return forms;
}

void
voile_person_forms_free (VoilePersonForms *forms)
{
  if (forms == NULL)
    return;
  for (guint i = 0; i < forms->forms->len; i++)
    {
      Form *form = &g_array_index (forms->forms, Form, i);
      voile_wipe_free (form->value, form->len);
    }
  voile_wipe (forms->forms->data, forms->forms->len * sizeof (Form));
  g_array_unref (forms->forms);
  g_byte_array_unref (forms->order);
  g_free (forms);
}

/* Bytes of a cue word: letters and digits of any script, the '.', '-' and '\'' of "M.",
 * "Jean-" and "d'", and the '_' of a key ("first_name"). */
static gboolean
is_cue_word_byte (guchar b)
{
  return b >= 0x80 || g_ascii_isalnum (b) || b == '.' || b == '-' || b == '\'' || b == '_';
}

/* Copies the word ending at text[p] (exclusive) into cue, in lower case; returns its length,
 * or 0 when there is no word or it is too long to be a title, a greeting or a key (a byte is
 * left for a mark after it). */
static gsize
copy_word_before (const char *text, gsize p, char cue[VOILE_PERSON_CUE_MAX])
{
  gsize s = p;
  while (s > 0 && p - s < VOILE_PERSON_CUE_MAX - 2 && is_cue_word_byte ((guchar)text[s - 1]))
    s--;
  if (s == p || (s > 0 && is_cue_word_byte ((guchar)text[s - 1])))
    return 0;
  /* "l'atelier", "d’Atelier": the word after an elision, as the same word alone. */
  for (gsize i = p - 1; i > s; i--)
    if (text[i - 1] == '\'' || (i >= s + 3 && memcmp (text + i - 3, "\xe2\x80\x99", 3) == 0))
      {
        s = i;
        break;
      }
  for (gsize i = s; i < p; i++)
    cue[i - s] = g_ascii_tolower (text[i]);
  return p - s;
}

void
voile_person_cue_before (const char *text, gsize pos, char cue[VOILE_PERSON_CUE_MAX])
{
  gsize p = pos;

  cue[0] = '\0';
  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t' || text[p - 1] == '*'))
    p--;
  if (p == 0 || text[p - 1] == '\n' || text[p - 1] == '\r')
    {
      cue[0] = '\n', cue[1] = '\0';
      return;
    }
  /* An apostrophe ends a word when it elides it ("d'", "l'"), not when it quotes a value
   * ("'Harold','Finch'"). */
  gboolean quote = text[p - 1] == '\'' && (p < 2 || !is_cue_word_byte ((guchar)text[p - 2]));
  if (is_cue_word_byte ((guchar)text[p - 1]) && !quote)
    {
      cue[copy_word_before (text, p, cue)] = '\0';
      return;
    }
  /* A mark: with the word before it, which tells a field's key or a row's previous cell
   * ("Nom : …" from "Prénom : …", "\"firstname\": \"…\"", "Finch" after "'Harold','"). Quotes
   * and blanks between are skipped. */
  char mark = text[p - 1];
  gsize q = p - 1;
  while (q > 0 && q + 4 > p && strchr ("\"'` \t", text[q - 1]) != NULL)
    q--;
  if (strchr ("\"'`", mark) != NULL && q > 0 && strchr (":=,;|(", text[q - 1]) != NULL)
    mark = text[--q]; /* "\"…\": \"" : the colon before the value's quote */
  while (q > 0
         && (text[q - 1] == ' ' || text[q - 1] == '\t' || strchr ("\"'`", text[q - 1]) != NULL)
         && p - q < 8)
    q--;
  gsize n = q > 0 && is_cue_word_byte ((guchar)text[q - 1]) ? copy_word_before (text, q, cue) : 0;
  cue[n] = mark;
  cue[n + 1] = '\0';
}

void
voile_person_cue_after (const char *text, gsize len, gsize pos, char cue[VOILE_PERSON_CUE_MAX])
{
  gsize p = pos, e;

  cue[0] = '\0';
  while (p < len && (text[p] == ' ' || text[p] == '\t' || text[p] == '*'))
    p++;
  if (p == len || text[p] == '\n' || text[p] == '\r')
    {
      cue[0] = '\n', cue[1] = '\0';
      return;
    }
  for (e = p; e < len && e - p < VOILE_PERSON_CUE_MAX - 1 && is_cue_word_byte ((guchar)text[e]);
       e++)
    cue[e - p] = g_ascii_tolower (text[e]);
  if (e == p)
    cue[0] = text[p], e = p + 1; /* a mark: "," "(" ")" */
  else if (e < len && is_cue_word_byte ((guchar)text[e]))
    e = p; /* a word too long to tell anything */
  cue[e - p] = '\0';
}

static CueKind
cue_kind (const char *cue)
{
  gsize len = strlen (cue);

  if (len == 1 && cue[0] == '\n')
    return CUE_LINE_START;
  if (len > 1 && cue[len - 1] == '.')
    len--; /* "m." is "m" */
  if (len == 0 || !is_cue_word_byte ((guchar)cue[0]))
    return CUE_OTHER;
  guint32 flags = voile_name_context_word (cue, len);
  if (flags & VOILE_CONTEXT_TITLE)
    return CUE_TITLE;
  if (flags & VOILE_CONTEXT_GREETING)
    return CUE_GREETING;
  return CUE_OTHER;
}

/* Makes room for one more pair. The array is copied by hand rather than grown by realloc, so
 * that no copy of the cues (words of the text) is left in freed memory. */
static void
grow_wiped (VoilePersonForms *forms)
{
  if (forms->forms->len < forms->room)
    return;
  guint room = MIN (MAX (forms->room * 2, 4u), MAX_FORMS);
  GArray *bigger = g_array_sized_new (FALSE, TRUE, sizeof (Form), room);
  g_array_append_vals (bigger, forms->forms->data, forms->forms->len);
  voile_wipe (forms->forms->data, forms->forms->len * sizeof (Form));
  g_array_unref (forms->forms);
  forms->forms = bigger;
  forms->room = room;
}

/* Adds count mentions of value between cue and next; returns the form's index, or NO_FORM
 * when it was not kept. */
static guint
add_form (VoilePersonForms *forms, const char *cue, const char *next, const char *value, gsize len,
          guint count)
{
  if (len == 0 || count == 0)
    return NO_FORM;
  for (guint i = 0; i < forms->forms->len; i++)
    {
      Form *form = &g_array_index (forms->forms, Form, i);
      if (form->len == len && strcmp (form->cue, cue) == 0 && strcmp (form->next, next) == 0
          && memcmp (form->value, value, len) == 0)
        {
          form->count = form->count > G_MAXUINT - count ? G_MAXUINT : form->count + count;
          return i;
        }
    }
  if (forms->forms->len >= MAX_FORMS || strlen (cue) >= VOILE_PERSON_CUE_MAX
      || strlen (next) >= VOILE_PERSON_CUE_MAX)
    return NO_FORM;

  grow_wiped (forms);

  Form form = { .len = len, .count = count };
  strcpy (form.cue, cue);
  strcpy (form.next, next);
  form.kind = (guint8)cue_kind (cue);
  form.login = (guint8)voile_person_is_login_spelling (value, len);
  form.multiline = memchr (value, '\n', len) != NULL;
  form.value = g_malloc (len + 1);
  memcpy (form.value, value, len);
  form.value[len] = '\0';
  g_array_append_val (forms->forms, form);
  return forms->forms->len - 1;
}

void
voile_person_forms_add (VoilePersonForms *forms, const char *cue, const char *next,
                        const char *value, gsize len, guint count)
{
  g_return_if_fail (forms != NULL && cue != NULL && next != NULL && (value != NULL || len == 0));

  add_form (forms, cue, next, value, len, count);
}

void
voile_person_forms_add_mention (VoilePersonForms *forms, guint text, const char *cue,
                                const char *next, const char *value, gsize len)
{
  g_return_if_fail (forms != NULL && cue != NULL && next != NULL && (value != NULL || len == 0));

  if (text != forms->order_text)
    {
      g_byte_array_set_size (forms->order, 0);
      forms->order_text = text;
    }
  guint index = add_form (forms, cue, next, value, len, 1);
  if (len > 0 && forms->order->len < MAX_ORDER)
    {
      guint8 b = (guint8)index;
      g_byte_array_append (forms->order, &b, 1);
    }
}

void
voile_person_forms_set_order (VoilePersonForms *forms, const guint8 *order, guint n)
{
  g_return_if_fail (forms != NULL && (order != NULL || n == 0));

  g_byte_array_set_size (forms->order, 0);
  g_byte_array_append (forms->order, order, MIN (n, (guint)MAX_ORDER));
}

static const Form *
nth_form (const VoilePersonForms *forms, guint nth)
{
  if (nth >= forms->order->len || forms->order->data[nth] >= forms->forms->len)
    return NULL;
  return &g_array_index (forms->forms, Form, forms->order->data[nth]);
}

const char *
voile_person_forms_nth (const VoilePersonForms *forms, guint nth, gsize *len)
{
  g_return_val_if_fail (forms != NULL && len != NULL, NULL);

  const Form *form = nth_form (forms, nth);
  if (form == NULL)
    return NULL;
  *len = form->len;
  return form->value;
}

const char *
voile_person_forms_nth_between (const VoilePersonForms *forms, guint nth, const char *cue,
                                const char *next, gsize *len)
{
  g_return_val_if_fail (forms != NULL && cue != NULL && next != NULL && len != NULL, NULL);

  const Form *form = nth_form (forms, nth);
  if (form == NULL || strcmp (form->cue, cue) != 0 || strcmp (form->next, next) != 0)
    return NULL;
  *len = form->len;
  return form->value;
}

const guint8 *
voile_person_forms_get_order (const VoilePersonForms *forms, guint *n)
{
  g_return_val_if_fail (forms != NULL && n != NULL, NULL);

  *n = forms->order->len;
  return forms->order->data;
}

/* Is a better than best (NULL: none yet)? The most met, then the longest. */
static gboolean
better (const Form *a, const Form *best)
{
  return best == NULL || a->count > best->count || (a->count == best->count && a->len > best->len);
}

const char *
voile_person_forms_pick (const VoilePersonForms *forms, const char *cue, const char *next,
                         guint nth, gsize *len)
{
  const Form *best = NULL;
  CueKind kind;

  g_return_val_if_fail (forms != NULL && cue != NULL && next != NULL && len != NULL, NULL);

  kind = cue_kind (cue);
  /* The spelling the text had at this mention, when it fits the words around as well as any
   * other: a tie between spellings is settled by where each was. */
  const Form *there = nth_form (forms, nth);
  /* The same words on both sides: "Mme [PERSON_1] veut" where the text had "Mme Cazaux
   * veut", and "Mme Perrine Cazaux" elsewhere. */
  for (guint i = 0; next[0] != '\0' && i < forms->forms->len; i++)
    {
      const Form *form = &g_array_index (forms->forms, Form, i);
      if (strcmp (form->cue, cue) == 0 && strcmp (form->next, next) == 0 && better (form, best))
        best = form;
    }
  if (best != NULL && there != NULL && strcmp (there->cue, cue) == 0
      && strcmp (there->next, next) == 0)
    best = there;
  if (best != NULL)
    {
      *len = best->len;
      return best->value;
    }
  /* The same cue: "Atelier [PERSON_1]" where the text had "Atelier Vasseur". A login comes
   * back only after a word ("compte nhaddou"): a line start or a colon is too weak a hint. */
  for (guint i = 0; i < forms->forms->len; i++)
    {
      const Form *form = &g_array_index (forms->forms, Form, i);
      if (strcmp (form->cue, cue) == 0 && (!form->login || is_cue_word_byte ((guchar)cue[0]))
          && !form->multiline && better (form, best))
        best = form;
    }
  if (best != NULL && there != NULL && strcmp (there->cue, cue) == 0
      && (!there->login || is_cue_word_byte ((guchar)cue[0])) && !there->multiline)
    best = there;
  /* A cue of the same kind: "Madame [PERSON_1]" where the text had "Mme Dupont". */
  if (best == NULL && kind != CUE_OTHER)
    {
      for (guint i = 0; i < forms->forms->len; i++)
        {
          const Form *form = &g_array_index (forms->forms, Form, i);
          if (form->kind == kind && !form->login && !form->multiline && better (form, best))
            best = form;
        }
      if (best != NULL && there != NULL && there->kind == kind && !there->login
          && !there->multiline)
        best = there;
    }
  if (best == NULL)
    return NULL;
  *len = best->len;
  return best->value;
}

guint
voile_person_forms_get_size (const VoilePersonForms *forms)
{
  g_return_val_if_fail (forms != NULL, 0);
  return forms->forms->len;
}

void
voile_person_forms_get (const VoilePersonForms *forms, guint i, const char **cue, const char **next,
                        const char **value, gsize *len, guint *count)
{
  g_return_if_fail (forms != NULL && i < forms->forms->len);

  const Form *form = &g_array_index (forms->forms, Form, i);
  *cue = form->cue;
  *next = form->next;
  *value = form->value;
  *len = form->len;
  *count = form->count;
}

/* Does value hold white space: an ASCII space, a no-break, narrow no-break or figure space? */
static gboolean
has_space (const char *value, gsize len)
{
  for (gsize i = 0; i < len; i++)
    {
      guchar b = (guchar)value[i];
      if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f'
          || (b == 0xc2 && i + 1 < len && (guchar)value[i + 1] == 0xa0)
          || (b == 0xe2 && i + 2 < len && (guchar)value[i + 1] == 0x80
              && ((guchar)value[i + 2] == 0xaf || (guchar)value[i + 2] == 0x87)))
        return TRUE;
    }
  return FALSE;
}

gboolean
voile_person_is_login_spelling (const char *value, gsize len)
{
  if (len == 0 || has_space (value, len))
    return FALSE;
  if (g_ascii_islower (value[0]) || g_ascii_isdigit (value[0]))
    return TRUE;
  for (gsize i = 0; i < len; i++)
    if (value[i] == '.' || value[i] == '_' || g_ascii_isdigit (value[i]))
      return TRUE;
  return FALSE;
}
