/* voile-name-fields.c — names and cities in structured text: CSV/TSV exports with a
 * header, "Key : value" lines, JSON fields and SQL INSERT statements.
 *
 * The header or key says what a value is ("prénom", "last_name", "client", "ville"); the
 * value is then judged by voile_name_collector_add_field(). Values of one row, object or
 * tuple form a record, so that a first-name field and a last-name field are one person.
 */
#include "config.h"

#include "voile-name-lexicon.h"
#include "voile-ascii.h"
#include "voile-double-space.h"
#include "voile-name-private.h"
#include "voile-record-format.h"
#include "voile-table-copy.h"
#include "voile-tables.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define MAX_COLUMNS 64
#define MAX_KEY_LEN 48
#define MAX_VALUE_LEN 120
#define MAX_HEADER_LEN 1024
#define KEY_CACHE_SIZE 1024 /* a power of two; real texts use a few hundred keys */

struct _VoileFieldState
{
  gboolean in_table; /* rows follow a header we understood */
  /* That table names things, not people: "Product name", "Company name", "Hostname", or a
   * catalogue ("nom" beside a price or stock column). Its rows are not prose either. */
  gboolean things_table;
  gboolean things_row;     /* the last line was a row of such a table */
  gboolean row_quote_open; /* the last row's quoted cell goes on to the next line */
  guint row_open_column;   /* that cell's column */
  char delimiter;
  guint n_columns;
  guint address_column;      /* G_MAXUINT: none */
  guint8 kinds[MAX_COLUMNS]; /* VoileFieldKind per column */
  /* The header line, and whether no row has followed it yet: Qualtrics repeats its header
   * with spaces in a second row ("RecipientLastName" then "Recipient Last Name"). */
  gsize header_start, header_end;
  gboolean first_row;
  gboolean record_open; /* "Key: value" lines or a JSON object */
  /* The key of the JSON object being read, when it is a value: "name" of
   * "name": {"first": …, "last": …}. Its children's keys are read after it. */
  gsize json_parent, json_parent_len;
  /* A table aligned with spaces (pandas, `column -t`): columns by position. */
  gboolean in_aligned;
  guint n_aligned;
  guint16 col_start[MAX_COLUMNS]; /* offsets from the line start */
  guint16 col_end[MAX_COLUMNS];
  guint8 aligned_kinds[MAX_COLUMNS];
  /* Logins of a table's account columns ("Reporter", "Discord") that no list spells
   * ("nkemi.obi"): kept until the table ends, taken if a login of those columns spells a
   * name (they then surely hold people's accounts). */
  gboolean user_found;
  guint n_pending;
  struct
  {
    gsize start, end;
  } pending[16];
  /* A vCard or an LDIF entry being read (VoileRecordFormat), and what it says of itself:
   * its N is empty or its KIND an organisation's (its FN then names a company), it is
   * surely a person's (a non-empty N, a person's objectClass: any word is a name). */
  guint8 record_format;
  gboolean record_company;
  gboolean record_person;
  /* An LDIF entry's login ("uid: ccastagnet", "uid=…" in its DN, "/home/ccastagnet") and
   * its names: the login is the person's when it spells them. */
  guint n_logins;
  gsize logins[4][2];
  gsize surname[2], given[2];
  /* The last CREATE TABLE lines met: a dump's INSERTs without a column list ("INSERT INTO
   * `eleves` VALUES …", mysqldump's default) are named by them. */
  guint n_creates;
  gsize creates[4];
  /* Keys repeat ("Client", "Date", "name"): their classes, remembered for this text. A
   * slot is read only when its length says it was written. */
  guint8 key_cache_len[KEY_CACHE_SIZE]; /* 0: empty slot */
  struct
  {
    guint8 kind;
    guint8 is_from;
    guint8 account; /* 0: not asked yet; 1 + header_is_account() for a key of no other kind */
    char key[MAX_KEY_LEN];
  } key_cache[KEY_CACHE_SIZE]; /* last: left uninitialised (see voile_field_state_new()) */
};

VoileFieldState *
voile_field_state_new (void)
{
  /* A state per scan, and most texts are a paste of a few lines: only what precedes the
   * cache slots is cleared, not the ~50 KiB of slots (a memset that cost more than the
   * scan of a short text). */
  VoileFieldState *state = g_new (VoileFieldState, 1);
  memset (state, 0, G_STRUCT_OFFSET (VoileFieldState, key_cache));
  return state;
}

void
voile_field_state_free (VoileFieldState *state)
{
  g_free (state);
}

/* ---- keys --------------------------------------------------------------------------- */

/* Words of a key split as voile_name_classify_key() splits them: at non-letters and at
 * camelCase humps. */
static inline gsize
key_word_end (const char *key, gsize len, gsize i)
{
  i++;
  while (i < len
         && (g_ascii_islower (key[i]) || (guchar)key[i] >= 0x80
             || (g_ascii_isupper (key[i]) && g_ascii_isupper (key[i - 1])
                 && !(i + 1 < len && g_ascii_islower (key[i + 1])))))
    i++;
  return i;
}

#define KEY_WORDS_MAX 4

/* Splits a key into words at non-letters and at camelCase humps ("firstName",
 * "nom_client"): their bounds go to starts/ends. Returns the word count, or 0 when the key
 * is given up, for a digit ("name2", "adresse1": not worth the risk) or more than
 * KEY_WORDS_MAX words; both are told before any lookup, and most keys tried in prose (the
 * text between two commas) are no key at all. */
static guint
split_key (const char *key, gsize len, gsize *starts, gsize *ends)
{
  guint words = 0;
  gsize i = 0;

  while (i < len)
    {
      while (i < len && !(g_ascii_isalpha (key[i]) || (guchar)key[i] >= 0x80))
        {
          /* Google's "Address 1 - City": a number between spaces numbers the column; so
           * does a digit glued to a word before a separator (Dynamics' "address1_city"). */
          if (g_ascii_isdigit (key[i]))
            {
              gboolean spaced = i > 0 && key[i - 1] == ' ' && i + 1 < len && key[i + 1] == ' ';
              gboolean glued = i > 0 && g_ascii_isalpha (key[i - 1]) && i + 1 < len
                               && (key[i + 1] == '_' || key[i + 1] == '-' || key[i + 1] == '.');
              if (!spaced && !glued)
                return 0;
            }
          i++;
        }
      if (i >= len)
        break;
      if (words == KEY_WORDS_MAX)
        return 0;
      starts[words] = i;
      i = key_word_end (key, len, i);
      ends[words++] = i;
    }
  return words;
}

/* "Ship to", "Bill To", "Deliver to", "Livrer à": a label of an order or an invoice whose
 * value is the person (or the firm) the goods or the bill go to. Lower case, strcmp order. */
static const char *const dispatch_verbs[] = {
  "bill", "deliver", "dispatch", "facturer", "invoice", "livrer", "send", "ship", "sold",
};

static gboolean
is_dispatch_key (const char *key, const gsize *starts, const gsize *ends, guint words)
{
  char first[16];
  gsize n = ends[0] - starts[0];

  if (words != 2 || n >= sizeof first)
    return FALSE;
  gsize to = ends[1] - starts[1];
  const char *second = key + starts[1];
  /* "to", or "à" (two bytes in UTF-8) */
  if (to != 2
      || (voile_ascii_strncasecmp (second, "to", 2) != 0 && memcmp (second, "\xc3\xa0", 2) != 0))
    return FALSE;
  for (gsize i = 0; i < n; i++)
    first[i] = g_ascii_tolower (key[starts[0] + i]);
  first[n] = '\0';
  return voile_name_sorted_lookup (dispatch_verbs, G_N_ELEMENTS (dispatch_verbs), first) != NULL;
}

/* Keys of a time sheet's or a register's staff column, whose values are often initials
 * ("AMH", "JBL"): folded, strcmp order. */
static const char *const staff_keys[] = {
  "collab",      "collaborateur", "collaboratrice", "initiales",  "initials",
  "intervenant", "intervenante",  "staff",          "timekeeper",
};

static gboolean
is_staff_key (const char *key, const gsize *starts, const gsize *ends, guint words)
{
  char folded[VOILE_NAME_KEY_MAX + 1];
  gsize n;

  /* "Fee Earner" (a law firm's time entries: LEAP, Clio, Peppermint). */
  if (words == 2 && ends[0] - starts[0] == 3 && ends[1] - starts[1] == 6
      && voile_ascii_strncasecmp (key + starts[0], "fee", 3) == 0
      && voile_ascii_strncasecmp (key + starts[1], "earner", 6) == 0)
    return TRUE;
  /* "Patient initials", "Patient's initials", "Reporter initials", "Initiales du patient":
   * a key that says its value is someone's initials (a pharmacovigilance form's patient,
   * whom the form may name no other way). */
  if (words >= 2 && words <= 5)
    {
      gsize l0 = ends[0] - starts[0], ll = ends[words - 1] - starts[words - 1];
      if ((ll == 8 && voile_ascii_strncasecmp (key + starts[words - 1], "initials", 8) == 0)
          || (ll == 9 && voile_ascii_strncasecmp (key + starts[words - 1], "initiales", 9) == 0))
        return TRUE;
      /* French puts the word first: then whose they are must be said ("du patient"). */
      if (l0 == 9 && voile_ascii_strncasecmp (key + starts[0], "initiales", 9) == 0)
        for (guint w = 1; w < words; w++)
          if (voile_name_context_word (key + starts[w], ends[w] - starts[w])
              & VOILE_CONTEXT_PERSON_KEY)
            return TRUE;
    }
  if (words != 1)
    return FALSE;
  gsize len = ends[0] - starts[0];
  char first = g_ascii_tolower (key[starts[0]]);
  /* Told by the length and the first letter before any folding (most keys tried in prose). */
  if (len < 5 || len > 16 || !(first == 'c' || first == 'i' || first == 's' || first == 't')
      || !voile_name_fold (key + starts[0], len, folded, &n))
    return FALSE;
  folded[n] = '\0';
  return voile_name_sorted_lookup (staff_keys, G_N_ELEMENTS (staff_keys), folded) != NULL;
}

/* Words opening a note in brackets on how to write the value: "Name (as on ID)", "Full name
 * (as in passport)", "Nom (tel que sur la pièce)", "Name (per ID)". Lower case. */
static const char *const spelling_notes[] = { "as ", "per ", "tel ", "telle ", "comme " };

/* The length of key without a bracketed spelling note at its end ("Name (as on ID)" ->
 * "Name "): the note's words ("ID", "passport") say nothing of the column. */
static gsize
without_spelling_note (const char *key, gsize len)
{
  /* French spacing: "Nom (comme sur le passeport) :". */
  while (len > 0 && (key[len - 1] == ' ' || key[len - 1] == '\t'))
    len--;
  if (len < 5 || key[len - 1] != ')')
    return len;
  const char *open = memchr (key, '(', len);

  if (open == NULL || open == key)
    return len;
  gsize at = (gsize)(open - key) + 1;
  for (guint k = 0; k < G_N_ELEMENTS (spelling_notes); k++)
    {
      gsize n = strlen (spelling_notes[k]);
      if (at + n <= len && voile_ascii_strncasecmp (key + at, spelling_notes[k], n) == 0)
        return at - 1;
    }
  return len;
}

VoileFieldKind
voile_name_classify_key (const char *key, gsize len, gboolean *is_from)
{
  guint32 all = 0, first_word = 0, last_word = 0;
  gsize starts[KEY_WORDS_MAX], ends[KEY_WORDS_MAX];
  guint words;

  if (is_from != NULL)
    *is_from = FALSE;
  if (len == 0 || len > MAX_KEY_LEN)
    return VOILE_FIELD_NONE;
  len = without_spelling_note (key, len);
  words = split_key (key, len, starts, ends);
  for (guint w = 0; w < words; w++)
    {
      guint32 flags = voile_name_context_word (key + starts[w], ends[w] - starts[w]);
      if (w == 0)
        first_word = flags;
      last_word = flags;
      all |= flags;
    }

  if (is_staff_key (key, starts, ends, words))
    return VOILE_FIELD_STAFF;
  /* "Address 1 - City", "Billing Address City": the city of an address is a city. */
  if (all & VOILE_CONTEXT_THING_KEY)
    return (all & VOILE_CONTEXT_CITY_KEY) && !(all & VOILE_CONTEXT_LIVES) ? VOILE_FIELD_CITY
                                                                          : VOILE_FIELD_NONE;
  /* "Lieu de naissance", "Place of birth": a place of birth is not a LOCATION. */
  if ((all & VOILE_CONTEXT_CITY_KEY) && (all & VOILE_CONTEXT_LIVES)
      && !(all & VOILE_CONTEXT_PERSON_KEY))
    return VOILE_FIELD_NONE;
  /* "Ville du client" is a city; "Nom de naissance" is a name. English puts the head last:
   * "CreatorCity", "Customer City" are cities ("naissance" is no city's head). */
  if ((first_word & VOILE_CONTEXT_CITY_KEY)
      || (words >= 2 && (last_word & VOILE_CONTEXT_CITY_KEY) && !(last_word & VOILE_CONTEXT_LIVES))
      || ((all & VOILE_CONTEXT_CITY_KEY) && !(all & VOILE_CONTEXT_PERSON_KEY)))
    return VOILE_FIELD_CITY;
  /* "Surname, Given names", "Nom Prénom": both parts, a whole name. */
  if ((first_word & VOILE_CONTEXT_LAST_KEY) && (first_word & VOILE_CONTEXT_PERSON_KEY) && words >= 2
      && (all & VOILE_CONTEXT_FIRST_KEY))
    return VOILE_FIELD_PERSON;
  if ((all & VOILE_CONTEXT_FIRST_KEY) && (all & VOILE_CONTEXT_PERSON_KEY))
    return VOILE_FIELD_FIRST; /* "prénom", "first_name", "given name" */
  if ((all & VOILE_CONTEXT_LAST_KEY) && (all & VOILE_CONTEXT_PERSON_KEY))
    {
      /* "nom complet", "full name" hold whole names; "nom", "last_name" the surname. */
      return words == 1 || (all & VOILE_CONTEXT_FIRST_KEY) == 0 ? VOILE_FIELD_LAST
                                                                : VOILE_FIELD_PERSON;
    }
  if (all & VOILE_CONTEXT_PERSON_KEY)
    {
      /* A bare "name" also names products and packages. */
      gboolean bare = words == 1 && len >= 4 && voile_ascii_strncasecmp (key, "name", 4) == 0;
      return bare ? VOILE_FIELD_NAME : VOILE_FIELD_PERSON;
    }
  if ((all & VOILE_CONTEXT_FROM_KEY) && words == 1)
    {
      if (is_from != NULL)
        *is_from = TRUE;
      return VOILE_FIELD_NAME;
    }
  /* A bare name key: the value may be a firm ("Bill To: Acme Ltd"). */
  if (is_dispatch_key (key, starts, ends, words))
    return VOILE_FIELD_NAME;
  return VOILE_FIELD_NONE;
}

static gboolean
header_is_account (const char *key, gsize len);

/* The kind of the cached key in slot h, VOILE_FIELD_USER for an account column's: told
 * once per key, and only for a table's header. */
static VoileFieldKind
cached_account (VoileFieldState *st, guint h, const char *key, gsize len)
{
  if (st->key_cache[h].kind != VOILE_FIELD_NONE)
    return st->key_cache[h].kind;
  if (st->key_cache[h].account == 0)
    st->key_cache[h].account = 1 + header_is_account (key, len);
  return st->key_cache[h].account == 2 ? VOILE_FIELD_USER : VOILE_FIELD_NONE;
}

/* Does key[0..len) hold an ASCII letter or a byte of a UTF-8 character (which a word of a
 * key, split_key(), and every account word, header_is_account(), start with)? */
static inline gboolean
has_letter (const char *key, gsize len)
{
  for (gsize i = 0; i < len; i++)
    if (g_ascii_isalpha (key[i]) || (guchar)key[i] >= 0x80)
      return TRUE;
  return FALSE;
}

/* voile_name_classify_key() through the state's cache: each distinct key is folded and
 * looked up once per text instead of once per line. A table's header asks for accounts
 * (account TRUE): a key of no other kind may then be an account column's, VOILE_FIELD_USER. */
static VoileFieldKind
classify_key_cached (VoileFieldState *st, const char *key, gsize len, gboolean *is_from,
                     gboolean account)
{
  guint h = 2166136261u;

  if (len == 0 || len > MAX_KEY_LEN)
    return voile_name_classify_key (key, len, is_from);
  /* A cell with no letter ("47", "2025-10-17", "06 12 34 56 78": most cells of the data rows
   * of a table tried as headers) holds no word to name a column or an account: told before
   * the hash, as a cache miss costs a split and lookups. */
  if (!has_letter (key, len))
    {
      if (is_from != NULL)
        *is_from = FALSE;
      return VOILE_FIELD_NONE;
    }
  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar)key[i]) * 16777619u;
  h = (h ^ (h >> 15)) & (KEY_CACHE_SIZE - 1);
  if (st->key_cache_len[h] == len && memcmp (st->key_cache[h].key, key, len) == 0)
    {
      if (is_from != NULL)
        *is_from = st->key_cache[h].is_from;
      return account ? cached_account (st, h, key, len) : st->key_cache[h].kind;
    }

  gboolean from = FALSE;
  VoileFieldKind kind = voile_name_classify_key (key, len, &from);
  st->key_cache_len[h] = (guint8)len;
  st->key_cache[h].kind = (guint8)kind;
  st->key_cache[h].is_from = (guint8)from;
  st->key_cache[h].account = 0;
  memcpy (st->key_cache[h].key, key, len);
  if (is_from != NULL)
    *is_from = from;
  return account ? cached_account (st, h, key, len) : kind;
}

/* ---- CSV ---------------------------------------------------------------------------- */

/* A column of accounts: a user key ("Reporter", "Assignee", "Owner", "Username") or a chat
 * or social network's handle ("Discord", "Slack", "Instagram handle"). */
static gboolean
header_is_account (const char *key, gsize len)
{
  static const char *const networks[] = { "discord", "slack",  "telegram", "instagram", "twitter",
                                          "tiktok",  "github", "handle",   NULL };

  /* Account headers are short ("Reporter", "Instagram handle"): most longer keys are prose
   * between two commas, not worth the search. */
  if (len == 0 || len > 24)
    return FALSE;
  if (voile_name_is_user_key (key, len))
    return TRUE;
  char first = (char)(key[0] | 0x20);
  if (strchr ("dstigh", first) == NULL)
    return FALSE;
  for (const char *const *w = networks; *w != NULL; w++)
    {
      gsize l = strlen (*w);
      if ((*w)[0] == first && len >= l && voile_ascii_strncasecmp (key, *w, l) == 0
          && (len == l || key[l] == ' ' || key[l] == '_'))
        return TRUE;
    }
  return FALSE;
}

/* The login of an account cell: its bounds, quotes, spaces and a Discord discriminator
 * ("marisol_e#0") left out; FALSE when the cell holds something else (a display name). */
static gboolean
account_cell (const char *text, gsize *start, gsize *end)
{
  gsize s = *start, e = *end;
  while (s < e && (g_ascii_isspace (text[s]) || text[s] == '"' || text[s] == '@'))
    s++;
  while (e > s && (g_ascii_isspace (text[e - 1]) || text[e - 1] == '"'))
    e--;
  /* "PLANT\yusuf.hakim": a Windows domain before the login (SCADA and event logs). */
  for (gsize p = s; p < e && p < s + 16; p++)
    if (text[p] == '\\')
      {
        if (p > s)
          s = p + 1;
        break;
      }
    else if (!g_ascii_isalnum (text[p]) && text[p] != '-' && text[p] != '_')
      break;
  for (gsize p = s; p < e; p++)
    if (text[p] == '#')
      {
        for (gsize q = p + 1; q < e; q++)
          if (!g_ascii_isdigit (text[q]))
            return FALSE;
        e = p;
        break;
      }
  if (e - s < 3 || e - s > 40)
    return FALSE;
  for (gsize p = s; p < e; p++)
    if (!(g_ascii_isalnum (text[p]) || (guchar)text[p] >= 0x80 || text[p] == '.' || text[p] == '_'
          || text[p] == '-'))
      return FALSE;
  *start = s, *end = e;
  return TRUE;
}

/* A cell of an account column: a login that spells a name is a person; one in no list is
 * kept for the table's end. */
static void
account_value (VoileNameCollector *c, VoileFieldState *st, gsize s, gsize e)
{
  if (!account_cell (c->text, &s, &e))
    return;
  if (voile_name_add_login (c, s, e, TRUE))
    {
      st->user_found = TRUE;
      c->account_names++;
    }
  else if (st->n_pending < G_N_ELEMENTS (st->pending)
           && voile_name_login_may_be_person (c->text, s, e))
    {
      st->pending[st->n_pending].start = s;
      st->pending[st->n_pending++].end = e;
    }
}

/* A login of a dump's account column or of a JSON account key: a person when it spells a
 * name (the logins in no list stay: schedulers and rules write there too, "autoclose"). */
static void
account_login (VoileNameCollector *c, gsize s, gsize e)
{
  if (account_cell (c->text, &s, &e))
    voile_name_add_login (c, s, e, TRUE);
}

/* The table ends: its account logins in no list are people when another of its account
 * cells spells a name ("mei.chua" beside "nkemi.obi" and "dmokoena" under "Reporter"). */
static void
end_table_accounts (VoileNameCollector *c, VoileFieldState *st)
{
  for (guint i = 0; i < st->n_pending && st->user_found; i++)
    voile_name_add_unlisted_login (c, st->pending[i].start, st->pending[i].end);
  st->n_pending = 0;
  st->user_found = FALSE;
}

/* Splits text[start..end) at delim, honouring double quotes; bounds of up to max fields go
 * to starts/ends (quotes excluded). Returns the field count (max + 1 when more). */
static guint
split_row (const char *text, gsize start, gsize end, char delim, gsize *starts, gsize *ends,
           guint max)
{
  guint n = 0;
  gsize p = start;

  while (p <= end)
    {
      gsize fs = p, fe;

      if (p < end && text[p] == '"')
        {
          fs = ++p;
          while (p < end && !(text[p] == '"' && (p + 1 >= end || text[p + 1] != '"')))
            p += text[p] == '"' ? 2 : 1;
          fe = p;
          while (p < end && text[p] != delim)
            p++;
        }
      else
        {
          const char *d = p < end ? memchr (text + p, delim, end - p) : NULL;
          p = d != NULL ? (gsize)(d - text) : MAX (p, end);
          fe = p;
        }
      if (n == max)
        return max + 1;
      starts[n] = fs;
      ends[n] = fe;
      n++;
      p++;
    }
  return n;
}

static void
trim (const char *text, gsize *start, gsize *end)
{
  while (*start < *end && g_ascii_isspace (text[*start]))
    (*start)++;
  while (*end > *start && g_ascii_isspace (text[*end - 1]))
    (*end)--;
}

/* "Email", "e-mail", "Téléphone", "phone", "mobile": a column of contact details. */
/* (g23-addr) Does another header cell hold header i's whole text as a word of its own,
 * with more words ("code_commune" beside "commune", "CityId" beside "City")? */
static gboolean
place_keyed_column (const char *text, const gsize *starts, const gsize *ends, guint n, guint i)
{
  gsize klen = ends[i] - starts[i];
  const char *key = text + starts[i];

  if (klen < 4)
    return FALSE;
  for (guint j = 0; j < n; j++)
    {
      gsize len = ends[j] - starts[j];
      const char *cell = text + starts[j];
      if (j == i || len <= klen + 1)
        continue;
      for (gsize p = 0; p + klen <= len; p++)
        {
          if (voile_ascii_strncasecmp (cell + p, key, klen) != 0)
            continue;
          gboolean open = p == 0 || !g_ascii_isalpha (cell[p - 1])
                          || (g_ascii_islower (cell[p - 1]) && g_ascii_isupper (key[0]));
          gboolean close = p + klen == len || !g_ascii_isalpha (cell[p + klen])
                           || g_ascii_isupper (cell[p + klen]);
          if (open && close)
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
header_is_contact (const char *key, gsize len)
{
  static const char *const words[] = { "mail", "phone", "tel", "mobile", "portable" };
  static const guint8 lengths[] = { 4, 5, 3, 6, 8 };

  for (gsize p = 0; p < len; p++)
    for (guint i = 0; i < G_N_ELEMENTS (words); i++)
      {
        gsize n = lengths[i];
        /* The first letter first: most positions match none. */
        if (p + n <= len && g_ascii_tolower (key[p]) == words[i][0]
            && voile_ascii_strncasecmp (key + p, words[i], n) == 0)
          return TRUE;
      }
  return FALSE;
}

/* "Address", "address_line1", "Adresse postale", "Street": a column of addresses, which
 * CSV exports may write with their comma unquoted ("Rose Cottage, Church Lane"). */
static gboolean
header_is_address (const char *key, gsize len)
{
  static const char *const words[] = { "addr", "adresse", "street", "rue" };
  static const guint8 lengths[] = { 4, 7, 6, 3 };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (len >= lengths[i] && voile_ascii_strncasecmp (key, words[i], lengths[i]) == 0
        && (len == lengths[i] || !g_ascii_isalpha (key[lengths[i]]) || i < 2))
      return TRUE;
  return FALSE;
}

/* "Member no", "N° adhérent", "Patient ID": a column of people's references, so the table
 * lists people even beside a "category" or "fee" column (a club's members, a clinic's
 * patients), not products. */
static gboolean
header_is_member (const char *key, gsize len)
{
  gsize starts[KEY_WORDS_MAX], ends[KEY_WORDS_MAX];
  guint words = len <= MAX_KEY_LEN ? split_key (key, len, starts, ends) : 0;

  for (guint w = 0; w < words; w++)
    if (voile_name_context_word (key + starts[w], ends[w] - starts[w]) & VOILE_CONTEXT_MEMBER_KEY)
      return TRUE;
  return FALSE;
}

/* "Rang", "Naissances", "count", "%": a column of ranks or counts. */
static gboolean
header_is_count (const char *key, gsize len)
{
  static const char *const words[]
      = { "%",           "births",    "classement", "count",      "effectif",   "effectifs",
          "frequence",   "frequency", "fréquence",  "naissances", "nb",         "nombre",
          "occurrences", "percent",   "percentage", "popularity", "popularité", "pourcentage",
          "rang",        "rank",      "ranking",    "share",      "total" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strlen (words[i]) == len && voile_ascii_strncasecmp (key, words[i], len) == 0)
      return TRUE;
  return FALSE;
}

/* "Rang  Prénom  Naissances", "rank,first_name,count": a table of given names beside ranks
 * or counts, with no surname, whole-name or contact column, ranks names, not people (the
 * first names given in a year, a region's favourites). starts[i], ends[i]: column i's
 * header in text. */
static gboolean
given_name_statistics (const char *text, const gsize *starts, const gsize *ends,
                       const guint8 *kinds, guint n)
{
  gboolean first = FALSE, count = FALSE;

  for (guint i = 0; i < n; i++)
    {
      guint kind = kinds[i] & VOILE_FIELD_KIND_MASK;
      if (kind != VOILE_FIELD_NONE && kind != VOILE_FIELD_FIRST)
        return FALSE;
      if (header_is_contact (text + starts[i], ends[i] - starts[i]))
        return FALSE;
      first |= kind == VOILE_FIELD_FIRST;
      count |= header_is_count (text + starts[i], ends[i] - starts[i]);
    }
  return first && count;
}

/* "Product name", "Company name", "host name", "Lineitem name": a name column of things. */
static gboolean
key_names_things (const char *key, gsize len)
{
  gsize starts[KEY_WORDS_MAX], ends[KEY_WORDS_MAX];
  guint32 all = 0;
  guint words;

  if (len < 4 || len > MAX_KEY_LEN)
    return FALSE;
  /* Only a key holding "name" or "nom" is looked up (most headers hold neither). */
  gboolean named = FALSE;
  for (gsize p = 0; p + 3 <= len && !named; p++)
    named = (key[p] | 0x20) == 'n' && ((key[p + 1] | 0x20) == 'a' || (key[p + 1] | 0x20) == 'o')
            && (key[p + 2] | 0x20) == 'm';
  if (!named)
    return FALSE;
  words = split_key (key, len, starts, ends);
  for (guint w = 0; w < words; w++)
    all |= voile_name_context_word (key + starts[w], ends[w] - starts[w]);
  return (all & VOILE_CONTEXT_THING_KEY)
         && (all & (VOILE_CONTEXT_PERSON_KEY | VOILE_CONTEXT_LAST_KEY | VOILE_CONTEXT_FIRST_KEY));
}

/* The first of '\t' ';' ',' '|' in text[p..end), or end. Sixteen bytes at a time where the
 * text allows (readable: its end; a load may read past end, not past the text). */
static inline gsize
first_delimiter (const char *text, gsize p, gsize end, gsize readable)
{
  static const guint8 delimiter[256] = { ['\t'] = 1, [';'] = 1, [','] = 1, ['|'] = 1 };
#ifdef __SSE2__
  while (p < end && readable - p >= 16)
    {
      __m128i bytes = _mm_loadu_si128 ((const __m128i *)(const void *)(text + p));
      __m128i found = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (bytes, _mm_set1_epi8 ('\t')),
                                                  _mm_cmpeq_epi8 (bytes, _mm_set1_epi8 (';'))),
                                    _mm_or_si128 (_mm_cmpeq_epi8 (bytes, _mm_set1_epi8 (',')),
                                                  _mm_cmpeq_epi8 (bytes, _mm_set1_epi8 ('|'))));
      guint mask = (guint)_mm_movemask_epi8 (found);
      if (mask != 0)
        return MIN (p + (gsize)__builtin_ctz (mask), end);
      p += 16;
    }
#endif
  while (p < end && !delimiter[(guchar)text[p]])
    p++;
  return MIN (p, end);
}

/* "EmpID  Last  First  SSN", "Given | Family": a header whose columns "first" and "last"
 * (one word each, no "name") stand side by side names people by those columns. TRUE when
 * it set them. */
static gboolean
bare_first_last_columns (VoileFieldState *st, const char *text, const gsize *starts,
                         const gsize *ends, guint n, gboolean *first, gboolean *last)
{
  guint first_at = G_MAXUINT, last_at = G_MAXUINT;

  for (guint i = 0; i < n; i++)
    {
      gsize len = ends[i] - starts[i];
      if (st->kinds[i] != VOILE_FIELD_NONE || len < 4 || len > 8)
        continue;
      guint32 flags = voile_name_context_word (text + starts[i], len);
      if ((flags & VOILE_CONTEXT_FIRST_KEY) && first_at == G_MAXUINT)
        first_at = i;
      else if ((flags & VOILE_CONTEXT_LAST_KEY) && last_at == G_MAXUINT)
        last_at = i;
    }
  /* Side by side: "Last First", "First Last". */
  if (first_at == G_MAXUINT || last_at == G_MAXUINT
      || (first_at + 1 != last_at && last_at + 1 != first_at))
    return FALSE;
  st->kinds[first_at] = VOILE_FIELD_FIRST;
  st->kinds[last_at] = VOILE_FIELD_LAST;
  *first = *last = TRUE;
  return TRUE;
}

/* How many of the cells text[starts[i], ends[i]) are numbers ("47", "1.84", "9,211")? */
static guint
numeric_cells (const char *text, const gsize *starts, const gsize *ends, guint n)
{
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      gboolean digits = ends[i] > starts[i];
      for (gsize p = starts[i]; p < ends[i] && digits; p++)
        digits = g_ascii_isdigit (text[p]) || text[p] == '.' || text[p] == ',';
      count += digits && g_ascii_isdigit (text[starts[i]]);
    }
  return count;
}

/* (session 20, g20-struct) A form's export names a column with a colon ("Champ
 * additionnel: N° licence", "Question 3: Taille de t-shirt"): a header line holding a colon
 * in a few of its cells is still a header. Not "Nom: Dupont; Prénom: Marie" (a colon in the
 * first cell, or in more than a quarter of the cells), nor a line holding '='. */
static gboolean
colon_in_few_cells (const char *t, gsize s, gsize e)
{
  /* 1 + a delimiter's index; 6 a colon; 7 what rules the line out */
  static const guint8 cls[256]
      = { [';'] = 1, ['\t'] = 2, ['|'] = 3, [','] = 4, [':'] = 6, ['='] = 7, ['{'] = 7 };
  guint delims[4] = { 0 }, colon_cells = 0;
  gboolean colon = FALSE;
  gsize cell = s;

  if (e - s > MAX_HEADER_LEN)
    return FALSE;
  for (gsize k = s; k < e; k++)
    {
      guint c = cls[(guchar)t[k]];
      if (c == 0)
        {
          /* a stretch longer than a key with no tab nor three ';' yet: prose, as
           * try_header() reads it */
          if (k - cell > MAX_KEY_LEN && delims[0] < 3 && delims[1] == 0)
            return FALSE;
          continue;
        }
      if (c == 7)
        return FALSE;
      if (c == 6)
        {
          /* a header's first cell is a key, no "Nom: Dupont" */
          if (cell == s)
            return FALSE;
          colon = TRUE;
          continue;
        }
      delims[c - 1]++;
      colon_cells += colon;
      colon = FALSE;
      cell = k + 1;
    }
  colon_cells += colon;
  guint cells = 1 + MAX (MAX (delims[0], delims[1]), MAX (delims[2], delims[3]));
  return cells >= 4 && colon_cells >= 1 && colon_cells * 4 <= cells;
}

/* A header: 2+ short fields, at least one naming a person or a city. may_quote: FALSE
 * when the line surely holds no '"' (the tokenizer's marks). */
static gboolean
try_header (VoileFieldState *st, const char *text, gsize readable, gsize start, gsize end,
            gboolean may_quote)
{
  gsize starts[MAX_COLUMNS], ends[MAX_COLUMNS];
  gboolean useful = FALSE;
  char delim;
  guint n;

  if (end - start > MAX_HEADER_LEN)
    return FALSE;

  /* One pass rules most lines out: prose has no delimiter among its first bytes, or (with
   * commas) a stretch between two delimiters longer than a key, spaces around it not
   * counted (not with quotes, which split_row() reads differently). It also counts the
   * delimiters: the most frequent is the table's (tab first on a tie, then ; , |). */
  {
    /* 1: g_ascii_isspace() for trim(); 2 + index in candidates[]. */
    static const guint8 cls[256] = {
      [' '] = 1, ['\n'] = 1, ['\f'] = 1, ['\r'] = 1, ['\t'] = 2, [';'] = 3, [','] = 4, ['|'] = 5
    };
    static const char candidates[] = { '\t', ';', ',', '|' };
    gboolean quoted;
    gboolean any_delim = FALSE;
    gsize head_end = MIN (end, start + MAX_KEY_LEN + 3);
    gsize h = start;

    /* A header has a delimiter within its first MAX_KEY_LEN + 3 bytes: test that with the
     * cheapest loop first (it rules out most lines reaching here). */
    h = first_delimiter (text, h, head_end, readable);
    if (h == head_end)
      return FALSE;
    /* From here a delimiter comes within the first MAX_KEY_LEN + 3 bytes: the loop needs
     * no "no delimiter yet" test. */
    quoted = may_quote && memchr (text + start, '"', end - start) != NULL;
    guint counts[G_N_ELEMENTS (candidates)] = { 0 };
    /* Stretches between delimiters holding a non-blank byte. With one delimiter in the
     * line they hold the named columns below, so fewer than two rule the line out before
     * it is split ("Cordialement,", "Dear Marie,"). */
    guint nonblank = 0;

    /* Field by field: the run up to the next delimiter, read with the cheapest loop. */
    for (gsize p = start;;)
      {
        gsize first = p, q;

        while (first < end && cls[(guchar)text[first]] == 1)
          first++;
        /* Up to the longest key, only the delimiter matters; past it, a non-space byte
         * before the next delimiter makes the field longer than a key: the test fails
         * whatever follows, so stop there instead of reading the rest of a prose line. */
        gsize key_end = MIN (end, first + MAX_KEY_LEN);
        q = first_delimiter (text, first, key_end, readable);
        for (; q < end && cls[(guchar)text[q]] < 2; q++)
          if (!quoted && cls[(guchar)text[q]] == 0)
            {
              /* A form's export pasted from a spreadsheet: tabs, and a few questions
               * among its column names (see below). Prose seldom holds a tab before, nor
               * three semicolons (a Google Forms CSV saved by a French spreadsheet). */
              if (counts[0] == 0 && counts[1] < 3)
                return FALSE;
              q = first_delimiter (text, q, end, readable);
              break;
            }
        nonblank += q > first;
        if (q == end)
          break;
        any_delim = TRUE;
        counts[cls[(guchar)text[q]] - 2]++;
        p = q + 1;
      }
    if (!any_delim || (counts[0] + counts[1] + counts[2] + counts[3] == 1 && nonblank < 2))
      return FALSE;
    guint best_count = 0;
    delim = 0;
    for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
      if (counts[k] > best_count)
        best_count = counts[k], delim = candidates[k];
  }
  if (delim == 0)
    return FALSE;
  n = split_row (text, start, end, delim, starts, ends, MAX_COLUMNS);
  if (n < 2 || n > MAX_COLUMNS)
    return FALSE;
  gboolean first = FALSE, last = FALSE, whole = FALSE, contact = FALSE;
  guint named = 0, questions = 0;
  for (guint i = 0; i < n; i++)
    {
      trim (text, &starts[i], &ends[i]);
      if (memchr (text + starts[i], '@', ends[i] - starts[i]))
        return FALSE;
      /* A form's export names a few columns with their question ("J'atteste sur l'honneur
       * …", "Anything we should know?"): those columns say nothing. */
      if (ends[i] - starts[i] > MAX_KEY_LEN)
        {
          questions++;
          ends[i] = starts[i];
        }
      named += ends[i] > starts[i];
    }
  if (named < 2 || (questions > 0 && (n < 6 || questions * 4 > n)))
    return FALSE; /* "s_client," in a list of commands, one a line: no header */
  for (guint i = 0; i < n; i++)
    {
      st->kinds[i] = classify_key_cached (st, text + starts[i], ends[i] - starts[i], NULL, TRUE);
      useful |= st->kinds[i] != VOILE_FIELD_NONE;
      first |= st->kinds[i] == VOILE_FIELD_FIRST;
      last |= st->kinds[i] == VOILE_FIELD_LAST;
      whole |= st->kinds[i] == VOILE_FIELD_NAME || st->kinds[i] == VOILE_FIELD_PERSON;
    }
  if (!first && !last)
    useful |= bare_first_last_columns (st, text, starts, ends, n, &first, &last);
  /* (g23-addr) "code_commune;commune;population", "city_id,city,lat,lon": beside no
   * person's column, a column keyed by the city column's own word and more (its code, its
   * id) says the rows are the places themselves, a table of places' figures: no one's town */
  if (useful && !first && !last && !whole)
    for (guint i = 0; i < n; i++)
      if (st->kinds[i] == VOILE_FIELD_CITY && place_keyed_column (text, starts, ends, n, i))
        st->kinds[i] = VOILE_FIELD_NONE;
  useful = FALSE;
  for (guint i = 0; i < n; i++)
    useful |= st->kinds[i] != VOILE_FIELD_NONE;
  /* "LOI-25-302,2025-10-17,Derry City,Shelbourne,0,0,47": a row of data whose cell ends
   * like a city key is no header; a header's cells are words, not counts. */
  if (useful && !first && !last && !whole && numeric_cells (text, starts, ends, n) >= 2)
    return FALSE;
  gboolean things = FALSE;
  if (!useful)
    {
      /* No person column, but a column of things' names: the rows are no prose. */
      for (guint i = 0; i < n && !things; i++)
        things = key_names_things (text + starts[i], ends[i] - starts[i]);
      if (!things)
        return FALSE;
    }
  for (guint i = 0; i < n && !contact; i++)
    contact = header_is_contact (text + starts[i], ends[i] - starts[i]);
  /* A catalogue with a "nom" column and no first-name, contact or member column: products. */
  if (!first && !contact && !things)
    {
      gboolean product = FALSE, member = FALSE;
      for (guint i = 0; i < n && !product; i++)
        product = voile_tables_header_is_product (text + starts[i], ends[i] - starts[i]);
      for (guint i = 0; i < n && product && !member; i++)
        member = header_is_member (text + starts[i], ends[i] - starts[i]);
      product &= !member;
      for (guint i = 0; i < n && product; i++)
        if (st->kinds[i] == VOILE_FIELD_LAST || st->kinds[i] == VOILE_FIELD_NAME)
          st->kinds[i] = VOILE_FIELD_NONE;
      things = product && !last;
      for (guint i = 0; i < n && things; i++)
        things = st->kinds[i] == VOILE_FIELD_NONE || st->kinds[i] == VOILE_FIELD_CITY;
    }
  if (first && given_name_statistics (text, starts, ends, st->kinds, n))
    {
      memset (st->kinds, VOILE_FIELD_NONE, n);
      things = TRUE;
    }
  st->things_table = things;
  /* A contacts export (Google's, Outlook's): beside first-name and last-name columns, a
   * "Nickname" is a person's ("Kuba", "Gaz"), not a forum pseudonym. */
  for (guint i = 0; i < n && first && last; i++)
    if (st->kinds[i] == VOILE_FIELD_NONE && ends[i] - starts[i] == 8
        && voile_ascii_strncasecmp (text + starts[i], "nickname", 8) == 0)
      st->kinds[i] = VOILE_FIELD_FIRST;
  /* A table of people: its name columns take any name. */
  if ((first && last) || ((first || last || whole) && contact))
    for (guint i = 0; i < n; i++)
      if (st->kinds[i] != VOILE_FIELD_NONE && st->kinds[i] != VOILE_FIELD_CITY
          && st->kinds[i] != VOILE_FIELD_USER)
        st->kinds[i] |= VOILE_FIELD_RELAXED;
  st->address_column = G_MAXUINT;
  for (guint i = 0; i < n && st->address_column == G_MAXUINT; i++)
    if (st->kinds[i] == VOILE_FIELD_NONE
        && header_is_address (text + starts[i], ends[i] - starts[i]))
      st->address_column = i;
  st->in_table = TRUE;
  st->row_quote_open = FALSE;
  st->delimiter = delim;
  st->n_columns = n;
  st->header_start = start;
  st->header_end = end;
  st->first_row = TRUE;
  return TRUE;
}

/* Do text[a, a_end) and text[b, b_end) hold the same letters and digits, case, spaces and
 * punctuation aside ("RecipientLastName", "Recipient Last Name")? */
static gboolean
same_key_letters (const char *text, gsize a, gsize a_end, gsize b, gsize b_end)
{
  gboolean any = FALSE;

  for (;;)
    {
      while (a < a_end && !g_ascii_isalnum (text[a]))
        a++;
      while (b < b_end && !g_ascii_isalnum (text[b]))
        b++;
      if (a == a_end || b == b_end)
        return a == a_end && b == b_end && any;
      if (g_ascii_tolower (text[a]) != g_ascii_tolower (text[b]))
        return FALSE;
      any = TRUE;
      a++;
      b++;
    }
}

/* The cell a decimal comma split in two, unquoted ("20" then "00 €", "00 EUR"): its index,
 * or n. The second part is two digits, then a currency sign or code or nothing. */
static gboolean
is_decimal_comma_split (const char *text, const gsize *starts, const gsize *ends, guint i)
{
  gsize s = starts[i], e = ends[i], t = starts[i + 1], u = ends[i + 1];
  if (e == s || e - s > 9 || u - t < 2 || !g_ascii_isdigit (text[t])
      || !g_ascii_isdigit (text[t + 1]) || (t + 2 < u && g_ascii_isdigit (text[t + 2])))
    return FALSE;
  gboolean digits = TRUE;
  for (gsize p = s; p < e && digits; p++)
    digits = g_ascii_isdigit (text[p]) || text[p] == ' ' || (guchar)text[p] == 0xC2
             || (guchar)text[p] == 0xA0 || (guchar)text[p] == 0xE2 || (guchar)text[p] == 0x80
             || (guchar)text[p] == 0xAF;
  if (!digits || !g_ascii_isdigit (text[e - 1]))
    return FALSE;
  /* the rest: nothing, or spaces and a currency ("€", "EUR") */
  gsize p = t + 2;
  while (p < u && (text[p] == ' ' || (guchar)text[p] == 0xC2 || (guchar)text[p] == 0xA0))
    p++;
  return p == u || (u - p == 3 && memcmp (text + p, "\xe2\x82\xac", 3) == 0)
         || (u - p == 3 && g_ascii_isupper (text[p]) && g_ascii_isupper (text[p + 1])
             && g_ascii_isupper (text[p + 2]));
}

static guint
decimal_comma_split (const char *text, const gsize *starts, const gsize *ends, guint n)
{
  for (guint i = 0; i + 1 < n; i++)
    if (is_decimal_comma_split (text, starts, ends, i))
      return i;
  return n;
}

/* "…,Marseille,France,250,00 €,250,00 €,CB": two amounts written with their decimal comma and
 * no quotes. When the row's two extra cells are two such splits, map[] gets each column's
 * cell; FALSE otherwise. */
static gboolean
decimal_comma_map (const char *text, const gsize *starts, const gsize *ends, guint n,
                   guint n_columns, guint *map)
{
  guint splits = 0, col = 0;

  for (guint j = 0; j < n && col < n_columns; col++)
    {
      map[col] = j;
      if (j + 1 < n && splits < n - n_columns && is_decimal_comma_split (text, starts, ends, j))
        {
          splits++;
          j += 2;
        }
      else
        j++;
    }
  return splits == n - n_columns && col == n_columns;
}

/* Is the first row under the header the header again, in other words: a name column's cell
 * spelling its header's key? */
static gboolean
repeats_header (const char *text, const VoileFieldState *st, const gsize *starts, const gsize *ends,
                guint n)
{
  gsize hs[MAX_COLUMNS], he[MAX_COLUMNS];
  guint hn = split_row (text, st->header_start, st->header_end, st->delimiter, hs, he, MAX_COLUMNS);

  for (guint i = 0; i < n && i < hn && i < st->n_columns && i < MAX_COLUMNS; i++)
    if ((st->kinds[i] & VOILE_FIELD_KIND_MASK) != VOILE_FIELD_NONE
        && same_key_letters (text, starts[i], ends[i], hs[i], he[i]))
      return TRUE;
  return FALSE;
}

static gboolean
table_row (VoileNameCollector *c, VoileFieldState *st, gsize start, gsize end)
{
  gsize starts[MAX_COLUMNS], ends[MAX_COLUMNS];
  guint n = split_row (c->text, start, end, st->delimiter, starts, ends, MAX_COLUMNS);
  /* Google's "Address 1 - Formatted" holds a newline inside its quotes: the row goes on
   * on the next line, with its last cells. */
  gboolean open = memchr (c->text + start, '"', end - start) != NULL
                  && voile_tables_odd_quotes (c->text, start, end);

  if (n < 2 || (n + 2 < st->n_columns && !open) || n > st->n_columns + 2)
    return FALSE;
  if (st->first_row)
    {
      st->first_row = FALSE;
      if (repeats_header (c->text, st, starts, ends, n))
        return TRUE;
    }
  /* Two amounts with their decimal comma unquoted: each column's cell by the map. */
  guint map[MAX_COLUMNS];
  gboolean mapped = st->delimiter == ',' && n == st->n_columns + 2 && n <= MAX_COLUMNS
                    && decimal_comma_map (c->text, starts, ends, n, st->n_columns, map);
  /* "…,Rose Cottage, Church Lane,Alresford,…": an address written with its comma and no
   * quotes; the columns after it are one cell further. */
  guint shift = 0, pivot = st->address_column;
  if (!mapped && st->delimiter == ',' && n > st->n_columns && n <= st->n_columns + 2
      && n <= MAX_COLUMNS && st->address_column < st->n_columns)
    shift = n - st->n_columns;
  /* "…,Carton x6,20,00 €,29200,Brest": an amount written with its decimal comma and no
   * quotes; the columns after it are one cell further. */
  if (shift == 0 && st->delimiter == ',' && n == st->n_columns + 1)
    {
      guint at = decimal_comma_split (c->text, starts, ends, n);
      if (at < st->n_columns)
        shift = 1, pivot = at;
    }
  st->things_row = st->things_table;
  st->row_quote_open = open;
  st->row_open_column = n - 1;
  /* A row whose first-name and last-name cells are empty lists a shop, a service or a
   * label ("Mercerie Bouton d'Or", "Maman") under its whole-name column: that column then
   * takes only what reads as a name. */
  guint8 relax = VOILE_FIELD_RELAXED;
  gboolean split_names = FALSE, named = FALSE;
  for (guint i = 0; i < n && i < st->n_columns; i++)
    {
      guint kind = st->kinds[i] & VOILE_FIELD_KIND_MASK;
      if (kind == VOILE_FIELD_FIRST || kind == VOILE_FIELD_LAST)
        {
          guint at = mapped ? map[i] : i > pivot ? i + shift : i;
          split_names = TRUE;
          named |= ends[at] > starts[at];
        }
    }
  if (split_names && !named)
    relax = 0;
  voile_name_collector_begin_record (c);
  for (guint i = 0; i < n && i < st->n_columns; i++)
    if (st->kinds[i] != VOILE_FIELD_NONE)
      {
        guint at = mapped ? map[i] : i > pivot ? i + shift : i;
        guint kind = st->kinds[i];
        if (kind == VOILE_FIELD_USER)
          {
            account_value (c, st, starts[at], ends[at]);
            continue;
          }
        if (!relax)
          kind &= ~(guint)VOILE_FIELD_RELAXED;
        voile_name_collector_add_field (c, starts[at], ends[at], (VoileFieldKind)kind);
      }
  voile_name_collector_end_record (c);
  return TRUE;
}

/* A line that goes on with a quoted cell begun on the row's line above ("69001 Lyon\",…"):
 * the cells after the quote closes are the row's next columns. */
static void
continued_row (VoileNameCollector *c, VoileFieldState *st, gsize start, gsize end)
{
  const char *text = c->text;
  gsize q = start;

  st->things_row = st->things_table;
  /* The closing quote: one alone ("" is a quote inside the cell). */
  for (; q < end; q++)
    if (text[q] == '"')
      {
        if (q + 1 < end && text[q + 1] == '"')
          q++;
        else
          break;
      }
  if (q >= end)
    return; /* the cell goes on again */
  st->row_quote_open = FALSE;
  if (q + 1 >= end || text[q + 1] != st->delimiter)
    return;

  gsize starts[MAX_COLUMNS], ends[MAX_COLUMNS];
  guint first = st->row_open_column + 1;
  if (first >= st->n_columns)
    return;
  guint n = split_row (text, q + 2, end, st->delimiter, starts, ends, st->n_columns - first);
  n = MIN (n, st->n_columns - first);
  st->row_quote_open = voile_tables_odd_quotes (text, q + 2, end);
  st->row_open_column = first + n - 1;
  voile_name_collector_begin_record (c);
  for (guint i = 0; i < n; i++)
    if (st->kinds[first + i] != VOILE_FIELD_NONE && st->kinds[first + i] != VOILE_FIELD_USER)
      voile_name_collector_add_field (c, starts[i], ends[i], st->kinds[first + i]);
  voile_name_collector_end_record (c);
}

/* ---- tables aligned with spaces ------------------------------------------------------- */

/* A byte of an identifier in an aligned header: letters, digits, '_', '-', UTF-8, the
 * apostrophe of French headings ("Pièce d'identité", "Contact d'urgence"), and what
 * hand-typed headings hold ("Accompagnant(s)", "Régime / remarque", "Tél.", "N°"). */
static const guint8 ident_byte[256] = {
  ['0' ... '9'] = 1, ['a' ... 'z'] = 1, ['A' ... 'Z'] = 1, ['_'] = 1,
  ['-'] = 1,         ['\''] = 1,        ['('] = 1,         [')'] = 1,
  ['/'] = 1,         ['.'] = 1,         ['#'] = 1,         [0x80 ... 0xff] = 1,
};

/* The shape of an aligned header without reading what the words say: 3+ identifiers
 * separated by spaces, one gap wide. Prose fails it within a few words, before any word
 * is classified. The identifiers' bounds go to keys_start[], keys_end[]; returns how many,
 * 0 when the line has not that shape. */
static guint
aligned_header_columns (const char *text, gsize start, gsize end, gsize *keys_start,
                        gsize *keys_end)
{
  gboolean wide_gap = FALSE;
  guint n = 0;
  gsize p = start;

  /* No wide gap without two spaces in a row: most lines are told by one vector pass
   * instead of a loop exit per word. */
  if (!voile_has_double_space (text, start, end))
    return 0;

  while (p < end)
    {
      gsize ws = p, we;

      while (p < end && text[p] == ' ')
        p++;
      if (p - ws >= 2 && n > 0)
        wide_gap = TRUE;
      if (p >= end)
        break;
      we = p;
      while (we < end && ident_byte[(guchar)text[we]])
        we++;
      if (we == p || (we < end && text[we] != ' ') || we - p > MAX_KEY_LEN || n == MAX_COLUMNS
          || we - start > G_MAXUINT16)
        return 0;
      keys_start[n] = p;
      keys_end[n++] = we;
      p = we;
    }
  return n >= 3 && wide_gap ? n : 0;
}

/* "2–1", "0-0": a match's score (digits, a dash or an en dash, digits). */
static gboolean
is_score (const char *word, gsize len)
{
  gsize p = 0, dash;

  while (p < len && g_ascii_isdigit (word[p]))
    p++;
  if (p == 0 || p > 3 || p == len)
    return FALSE;
  if (word[p] == '-')
    dash = 1;
  else if (len - p >= 3 && memcmp (word + p, "\xe2\x80\x93", 3) == 0)
    dash = 3;
  else
    return FALSE;
  p += dash;
  gsize digits = p;
  while (p < len && g_ascii_isdigit (word[p]))
    p++;
  return p == len && p > digits && p - digits <= 3;
}

/* "   customer_id first_name   last_name    email   city": identifiers only, wide gaps. */
static gboolean
try_aligned_header (VoileFieldState *st, const char *text, gsize start, gsize end)
{
  gsize keys_start[MAX_COLUMNS], keys_end[MAX_COLUMNS];
  gboolean useful = FALSE;
  guint n;

  if (end - start > MAX_HEADER_LEN
      || (n = aligned_header_columns (text, start, end, keys_start, keys_end)) == 0)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      const char *key = text + keys_start[i];
      gsize len = keys_end[i] - keys_start[i];
      if (is_score (key, len))
        return FALSE; /* "Man City   2–2  Tottenham": a results row, no header */
      st->col_start[i] = (guint16)(keys_start[i] - start);
      st->col_end[i] = (guint16)(keys_end[i] - start);
      st->aligned_kinds[i] = classify_key_cached (st, key, len, NULL, TRUE);
      useful |= st->aligned_kinds[i] != VOILE_FIELD_NONE;
    }
  /* (session 20, g20-fp) "Date   Compétition   Lieu": a calendar's or a programme's venue
   * column, in a table with no column of people, says where events are held, as an XML
   * "<lieu>" does (xml_fields()): no one's town. */
  gboolean people = FALSE;
  for (guint i = 0; i < n; i++)
    people |= st->aligned_kinds[i] != VOILE_FIELD_NONE && st->aligned_kinds[i] != VOILE_FIELD_CITY;
  for (guint i = 0; i < n && !people; i++)
    if (st->aligned_kinds[i] == VOILE_FIELD_CITY && keys_end[i] - keys_start[i] == 4
        && voile_ascii_strncasecmp (text + keys_start[i], "lieu", 4) == 0)
      st->aligned_kinds[i] = VOILE_FIELD_NONE;
  useful = FALSE;
  for (guint i = 0; i < n; i++)
    useful |= st->aligned_kinds[i] != VOILE_FIELD_NONE;
  if (!useful)
    return FALSE;
  if (given_name_statistics (text, keys_start, keys_end, st->aligned_kinds, n))
    memset (st->aligned_kinds, VOILE_FIELD_NONE, n); /* its rows are no prose either */
  for (guint i = 0; i < n; i++)
    if (st->aligned_kinds[i] != VOILE_FIELD_NONE && st->aligned_kinds[i] != VOILE_FIELD_CITY
        && st->aligned_kinds[i] != VOILE_FIELD_USER)
      st->aligned_kinds[i] |= VOILE_FIELD_RELAXED;
  st->in_aligned = TRUE;
  st->n_aligned = n;
  return TRUE;
}

/* A row: each value sits under its header, right- or left-aligned. */
static gboolean
aligned_row (VoileNameCollector *c, VoileFieldState *st, gsize start, gsize end)
{
  const char *text = c->text;
  guint matched = 0;
  gsize p = start;

  voile_name_collector_begin_record (c);
  while (p < end)
    {
      gsize vs, ve;

      while (p < end && text[p] == ' ')
        p++;
      if (p >= end)
        break;
      vs = p;
      /* A value may hold single spaces ("Marie Dupont"); two end it. */
      while (p < end && !(text[p] == ' ' && (p + 1 >= end || text[p + 1] == ' ')))
        p++;
      ve = p;
      /* A value as wide as its column leaves one space before the next ("20718834
       * SANTOSO, Budi" under "Card#    Cardholder"): a column that a header of people or
       * cities opens right after a single space inside the value starts a value there. */
      for (guint k = 0; k < st->n_aligned; k++)
        {
          gsize cs = start + st->col_start[k];
          if (cs > vs + 1 && cs < ve && text[cs - 1] == ' ' && text[cs] != ' '
              && st->aligned_kinds[k] != VOILE_FIELD_NONE)
            {
              ve = cs - 1;
              p = cs;
              break;
            }
        }
      /* The column the value overlaps most (hand-made tables are aligned roughly). */
      gsize best_overlap = 0;
      guint best = 0;
      for (guint k = 0; k < st->n_aligned; k++)
        {
          gsize a = MAX (vs - start, (gsize)st->col_start[k]);
          gsize b = MIN (ve - start, (gsize)st->col_end[k]);
          if (b > a && b - a > best_overlap)
            best_overlap = b - a, best = k;
        }
      if (best_overlap > 0)
        {
          matched++;
          if (st->aligned_kinds[best] == VOILE_FIELD_USER)
            account_value (c, st, vs, ve); /* "User", "Operator": a login */
          else if (st->aligned_kinds[best] != VOILE_FIELD_NONE)
            voile_name_collector_add_field (c, vs, ve, st->aligned_kinds[best]);
        }
    }
  voile_name_collector_end_record (c);
  return matched >= 2;
}

/* ---- "Key : value" and JSON ----------------------------------------------------------- */

static void
open_record (VoileNameCollector *c, VoileFieldState *st)
{
  if (!st->record_open)
    {
      voile_name_collector_begin_record (c);
      st->record_open = TRUE;
    }
}

static void
close_record (VoileNameCollector *c, VoileFieldState *st)
{
  if (st->record_open)
    {
      voile_name_collector_end_record (c);
      st->record_open = FALSE;
    }
}

/* Does text[s, e) hold a firm's word ("Tractor Supply LLC", "Harbor Savings Bank N.A.",
 * "Tane Accountants")? */
static gboolean
item_names_firm (VoileNameCollector *c, gsize s, gsize e)
{
  GArray *tokens = c->scratch;

  tokens->len = 0;
  voile_name_tokenize_line (c->text, s, e, TRUE, tokens, NULL);
  for (guint i = 0; i < tokens->len; i++)
    {
      voile_token_lookup (c->text, tok (tokens, i));
      if (voile_name_token_is_org_word (c->text, tokens, i))
        return TRUE;
    }
  return FALSE;
}

/* Is text[s, e) one word the lists know as a place and not as a given name, with a date
 * after the comma at e ("Signed: Dublin, 01/11/2025")? */
static gboolean
place_before_date (VoileNameCollector *c, gsize s, gsize e, gsize ve)
{
  const char *text = c->text;
  gsize q = e + 1;

  while (s < e && text[s] == ' ')
    s++;
  while (q < ve && text[q] == ' ')
    q++;
  if (q >= ve || !g_ascii_isdigit (text[q]) || s >= e || !g_ascii_isupper (text[s]))
    return FALSE;
  for (gsize p = s; p < e; p++)
    if (text[p] == ' ')
      return FALSE;
  guint flags = voile_name_lookup_word (text + s, e - s);
  return (flags & VOILE_NAME_PROPER) && !(flags & VOILE_NAME_FIRST);
}

/* Adds the items of a value: "Gillian Ormerod (Chair), Rajesh Pillai et Ade Ogunleye". */
static void
add_value_items (VoileNameCollector *c, gsize vs, gsize ve, VoileFieldKind kind)
{
  const char *text = c->text;
  gsize item = vs, p = vs;
  guint depth = 0;

  /* "Signed-By: /usr/share/keyrings/…", "Owner: ~/backups": a path names no one. */
  while (item < ve && text[item] == ' ')
    item++;
  if (item < ve
      && (text[item] == '/' || (text[item] == '~' && item + 1 < ve && text[item + 1] == '/')))
    return;
  item = vs;

  while (p <= ve)
    {
      gboolean split = p == ve;
      gsize skip = 1;

      if (!split)
        {
          char ch = text[p];
          if (ch == '(' || ch == '[')
            {
              if (depth++ == 0 && p > item)
                voile_name_collector_add_field (c, item, p, kind);
              p++;
              continue;
            }
          if ((ch == ')' || ch == ']') && depth > 0)
            {
              if (--depth == 0)
                item = p + 1;
              p++;
              continue;
            }
          if (depth > 0)
            {
              p++;
              continue;
            }
          split = ch == ',' || ch == ';' || ch == '&' || ch == '/' || ch == '+';
          if (!split && ch == ' ' && p + 4 <= ve
              && (memcmp (text + p, " et ", 4) == 0
                  || (p + 5 <= ve && memcmp (text + p, " and ", 5) == 0)))
            {
              split = TRUE;
              skip = text[p + 1] == 'e' ? 3 : 4;
            }
        }
      if (split)
        {
          if (p > item && p < ve && text[p] == ',' && place_before_date (c, item, p, ve))
            return; /* "Signed: Cork, 02/11/2025": where it was signed, then when */
          if (p > item && !voile_name_collector_add_field (c, item, p, kind) && p < ve
              && text[p] == ',' && (kind & VOILE_FIELD_KIND_MASK) != VOILE_FIELD_CITY
              && item_names_firm (c, item, p))
            return; /* "Rio Grande Tractor Supply LLC, Laredo TX": the firm's town follows */
          if ((kind & VOILE_FIELD_KIND_MASK) == VOILE_FIELD_CITY)
            return; /* "Hai Phong, Vietnam": the city comes first, not the country */
          item = p + skip;
          p += skip;
          continue;
        }
      p++;
    }
}

/* Bytes that may end a "Key: value" value (a space only when doubled): one table load per
 * byte of the value instead of five comparisons. */
static const guint8 value_stop[256] = { ['<'] = 1, ['|'] = 1, ['\t'] = 1, ['"'] = 1, [' '] = 1 };

/* The first byte of text[vs..end) that ends a value: value_stop[], a space only when
 * another follows. Sixteen bytes at a time where the text allows (readable: its end). */
static inline gsize
value_end (const char *text, gsize vs, gsize end, gsize readable)
{
  gsize ve = vs;
#ifdef __SSE2__
  /* Two loads, at ve and ve + 1, for the space pairs. */
  while (ve < end && readable - ve >= 17)
    {
      __m128i here = _mm_loadu_si128 ((const __m128i *)(const void *)(text + ve));
      __m128i next = _mm_loadu_si128 ((const __m128i *)(const void *)(text + ve + 1));
      __m128i space = _mm_set1_epi8 (' ');
      __m128i stops = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (here, _mm_set1_epi8 ('<')),
                                                  _mm_cmpeq_epi8 (here, _mm_set1_epi8 ('|'))),
                                    _mm_or_si128 (_mm_cmpeq_epi8 (here, _mm_set1_epi8 ('\t')),
                                                  _mm_cmpeq_epi8 (here, _mm_set1_epi8 ('"'))));
      __m128i pairs = _mm_and_si128 (_mm_cmpeq_epi8 (here, space), _mm_cmpeq_epi8 (next, space));
      gsize avail = end - ve;
      guint in_line = avail >= 16 ? 0xffffu : (1u << avail) - 1;
      /* A space pair needs its second space inside the line too. */
      guint pair_in_line = avail >= 17 ? 0xffffu : (1u << (avail - 1)) - 1;
      guint mask = ((guint)_mm_movemask_epi8 (stops) & in_line)
                   | ((guint)_mm_movemask_epi8 (pairs) & pair_in_line);
      if (mask != 0)
        return ve + (gsize)__builtin_ctz (mask);
      if (avail <= 16)
        return end;
      ve += 16;
    }
#endif
  for (; ve < end; ve++)
    if (value_stop[(guchar)text[ve]] && (text[ve] != ' ' || (ve + 1 < end && text[ve + 1] == ' ')))
      break;
  return ve;
}

/* What a byte does to the key of a "Key: value" pair: one table load per byte of the key
 * instead of ten comparisons. */
enum
{
  KEY_GOES_ON = 0,
  KEY_ENDS,    /* ':' '=' */
  KEY_DOT,     /* '.': ends the key as "..." */
  KEY_NO_PAIR, /* ',' ';' '"' '<' '>': no key before them */
};
static const guint8 key_stop[256] = {
  [':'] = KEY_ENDS,    ['='] = KEY_ENDS,    ['.'] = KEY_DOT,     [','] = KEY_NO_PAIR,
  [';'] = KEY_NO_PAIR, ['"'] = KEY_NO_PAIR, ['<'] = KEY_NO_PAIR, ['>'] = KEY_NO_PAIR,
};

/* "From: Compta Distrib'Ouest <compta@…>": a display name before a role mailbox names a
 * company or a service unless it starts with a given name ("Kader Benali <contact@…>"). */
static gboolean
is_company_sender (const char *text, gsize vs, gsize ve, gsize end)
{
  static const char *const roles[] = {
    "contact",     "info",    "infos",          "compta",        "comptabilite",  "facturation",
    "factures",    "billing", "invoices",       "accounts",      "support",       "service",
    "sales",       "ventes",  "commercial",     "noreply",       "no-reply",      "ne-pas-repondre",
    "newsletter",  "news",    "admin",          "hello",         "team",          "equipe",
    "rh",          "hr",      "jobs",           "recrutement",   "notifications", "sav",
    "secretariat", "accueil", "reservation",    "reservations",  "booking",       "orders",
    "commandes",   "office",  "service.client", "serviceclient", "mailer",        NULL
  };
  gsize at = ve + 1, ws = vs, we;

  while (at < end && text[at] != '@' && text[at] != '>')
    at++;
  if (at >= end || text[at] != '@')
    return FALSE;
  for (guint i = 0; roles[i] != NULL; i++)
    if (strlen (roles[i]) == at - ve - 1
        && voile_ascii_strncasecmp (text + ve + 1, roles[i], at - ve - 1) == 0)
      {
        for (we = ws; we < ve && text[we] != ' '; we++)
          ;
        guint flags = voile_name_lookup_word (text + ws, we - ws);
        return !((flags & VOILE_NAME_FIRST)
                 && !(flags & (VOILE_NAME_AMBIGUOUS | VOILE_NAME_PROPER | VOILE_NAME_WORD)));
      }
  return FALSE;
}

/* Does a word of the key text[ks, sep) name a birth ("Date de naissance", "Date of birth")? */
static gboolean
key_says_birth (const char *text, gsize ks, gsize sep)
{
  for (gsize p = ks; p < sep;)
    {
      while (p < sep && !g_ascii_isalpha (text[p]))
        p++;
      gsize e = p;
      while (e < sep && (g_ascii_isalpha (text[e]) || (guchar)text[e] >= 0x80))
        e++;
      guint32 flags = e > p ? voile_name_context_word (text + p, e - p) : 0;
      if ((flags & VOILE_CONTEXT_CITY_KEY) && (flags & VOILE_CONTEXT_LIVES))
        return TRUE;
      p = e;
    }
  return FALSE;
}

/* "Nom : Dupont", "- Patient: ROBERT Firmin", "De : Marie Dupont <marie@…>",
 * "name = Ghazal Mirzaei", "Nom de naissance ..... KERBRAT", and several per line when
 * wide spaces separate them ("Nom : MORVAN      Prénom : Loïc"). */
static void
key_value_line (VoileNameCollector *c, VoileFieldState *st, gsize start, gsize end)
{
  const char *text = c->text;
  gsize ks = start;
  gsize keys[4][2]; /* the line's keys before, read again only for a city's pair */

  for (guint pairs = 0; pairs < 4 && ks < end; pairs++)
    {
      gsize sep, vs, ve;
      gboolean is_from;
      VoileFieldKind kind;

      while (ks < end
             && (g_ascii_isspace (text[ks]) || text[ks] == '-' || text[ks] == '*' || text[ks] == '>'
                 || text[ks] == '#' || text[ks] == '|'))
        ks++;
      /* List numbering: "3. Place of birth:", "b) Nom :". */
      if (pairs == 0)
        {
          gsize q = ks;
          while (q < end && q - ks < 3 && g_ascii_isalnum (text[q]))
            q++;
          if (q > ks && q + 1 < end && (text[q] == '.' || text[q] == ')') && text[q + 1] == ' ')
            for (ks = q + 1; ks < end && text[ks] == ' '; ks++)
              ;
        }
      /* exiftool -G: "[XMP-iptcCore]  CreatorCity   : Nantes", the group then the key. */
      if (pairs == 0 && ks < end && text[ks] == '[')
        {
          gsize q = ks + 1;
          while (q < end && q - ks <= 24 && (g_ascii_isalnum (text[q]) || text[q] == '-'))
            q++;
          if (q > ks + 1 && q + 1 < end && text[q] == ']' && text[q + 1] == ' ')
            for (ks = q + 1; ks < end && text[ks] == ' '; ks++)
              ;
        }
      if (ks >= end || text[ks] == '"' || text[ks] == '{')
        return; /* JSON: see json_fields() */
      for (sep = ks; sep < end && sep - ks <= MAX_KEY_LEN; sep++)
        {
          guint8 stop = key_stop[(guchar)text[sep]];
          if (stop == KEY_GOES_ON)
            continue;
          if (stop == KEY_ENDS
              || (stop == KEY_DOT && sep + 2 < end && text[sep + 1] == '.' && text[sep + 2] == '.'))
            break;
          if (stop == KEY_NO_PAIR)
            return;
        }
      if (sep >= end || sep - ks > MAX_KEY_LEN || sep == ks)
        return;
      kind = classify_key_cached (st, text + ks, sep - ks, &is_from, FALSE);
      /* "Date de naissance : 22/07/1988   Lieu : Wrocław (PL)": the place after a birth date
       * on its line is the place of birth, no LOCATION. */
      for (guint k = 0; k < pairs && kind == VOILE_FIELD_CITY; k++)
        if (key_says_birth (text, keys[k][0], keys[k][1]))
          kind = VOILE_FIELD_NONE;
      keys[pairs][0] = ks;
      keys[pairs][1] = sep;

      vs = sep + 1;
      while (vs < end && (text[vs] == '.' || text[vs] == ' ' || text[vs] == '\t'))
        vs++;
      /* The value ends at an e-mail, a pipe, a tab or a wide space (the next pair). */
      ve = value_end (text, vs, end, c->len);
      if (kind != VOILE_FIELD_NONE)
        {
          if (is_from && (ve == end || text[ve] != '<'))
            kind = VOILE_FIELD_NAME;
          open_record (c, st);
          if (!(is_from && ve < end && text[ve] == '<' && is_company_sender (text, vs, ve, end)))
            add_value_items (c, vs, ve, kind);
        }
      /* Another pair after a wide space or a tab? */
      while (ve < end && text[ve] != ' ' && text[ve] != '\t')
        ve++;
      if (ve + 1 >= end || !(text[ve] == '\t' || text[ve + 1] == ' '))
        return;
      ks = ve;
    }
}

/* The bytes json_fields() acts at; it skips the others in a tight loop (a minified payload
 * is one long line). */
static const guint8 json_structure_byte[256] = { ['{'] = 1, ['}'] = 1, ['"'] = 1 };

/* "first_name": "Marie" — any number per line; '{' and '}' bound records. */
static void
json_fields (VoileNameCollector *c, VoileFieldState *st, gsize start, gsize end)
{
  const char *text = c->text;
  gsize p = start;

  while (p < end)
    {
      while (p < end && !json_structure_byte[(guchar)text[p]])
        p++;
      if (p >= end)
        break;
      char ch = text[p];

      if (ch == '{')
        {
          close_record (c, st);
          open_record (c, st);
          p++;
          continue;
        }
      if (ch == '}')
        {
          close_record (c, st);
          st->json_parent_len = 0;
          p++;
          continue;
        }
      if (ch != '"')
        {
          p++;
          continue;
        }

      /* A quoted key, then ':' and a quoted value. */
      gsize ks = p + 1, ke = ks;
      while (ke < end && text[ke] != '"' && ke - ks <= MAX_KEY_LEN)
        ke++;
      if (ke >= end || text[ke] != '"')
        {
          p = ke;
          continue;
        }
      gsize q = ke + 1;
      while (q < end && text[q] == ' ')
        q++;
      if (q >= end || text[q] != ':')
        {
          p = ke + 1;
          continue;
        }
      q++;
      while (q < end && text[q] == ' ')
        q++;
      if (q < end && text[q] == '{')
        {
          st->json_parent = ks;
          st->json_parent_len = ke - ks;
        }
      if (q >= end || text[q] != '"')
        {
          p = q;
          continue;
        }
      gsize vs = q + 1, ve = vs;
      while (ve < end && text[ve] != '"' && text[ve] != '\\' && ve - vs <= MAX_VALUE_LEN)
        ve++;
      if (ve >= end || text[ve] != '"')
        {
          p = ve;
          continue;
        }
      VoileFieldKind kind = classify_key_cached (st, text + ks, ke - ks, NULL, FALSE);
      /* "name": {"first": "Rose", "last": "Pierre"}: "first" says what it is after
       * "name", as "name_first" would. */
      if (kind == VOILE_FIELD_NONE && st->json_parent_len > 0
          && st->json_parent_len + 1 + (ke - ks) <= MAX_KEY_LEN)
        {
          char path[MAX_KEY_LEN];
          memcpy (path, text + st->json_parent, st->json_parent_len);
          path[st->json_parent_len] = '_';
          memcpy (path + st->json_parent_len + 1, text + ks, ke - ks);
          kind = classify_key_cached (st, path, st->json_parent_len + 1 + (ke - ks), NULL, FALSE);
        }
      /* "by": "lgiordano", "reviewer": "kwilson": an account's login (asked last: most keys
       * are of no kind). */
      if (kind == VOILE_FIELD_NONE && ke - ks <= 24 && header_is_account (text + ks, ke - ks))
        account_login (c, vs, ve);
      else if (kind != VOILE_FIELD_NONE)
        {
          open_record (c, st);
          voile_name_collector_add_field (c, vs, ve, kind);
        }
      p = ve + 1;
    }
}

/* ---- SQL INSERT ----------------------------------------------------------------------- */

static gsize
skip_space (const char *text, gsize p, gsize len)
{
  while (p < len && g_ascii_isspace (text[p]))
    p++;
  return p;
}

static gboolean
keyword_at (const char *text, gsize p, gsize len, const char *word)
{
  gsize n = strlen (word);
  return p + n <= len && (text[p] | 0x20) == word[0]
         && voile_ascii_strncasecmp (text + p, word, n) == 0
         && (p + n == len || !g_ascii_isalnum (text[p + n]));
}

/* A '…' literal at p ('' is a quote, and \' in MySQL's dumps): its content bounds; returns
 * the index after it. */
static gsize
sql_string (const char *text, gsize p, gsize len, gsize *vs, gsize *ve)
{
  *vs = ++p;
  while (p < len)
    {
      if (text[p] == '\\' && p + 1 < len)
        {
          p += 2; /* 'D\'Alessandro', 'C:\\tmp' */
          continue;
        }
      if (text[p] == '\'')
        {
          if (p + 1 < len && text[p + 1] == '\'')
            {
              p += 2;
              continue;
            }
          /* 'D'Ornano', 'O'Brien': an apostrophe left unescaped between two letters (the
           * statement fails, the user pastes it to ask why); a closing quote is followed by
           * a comma, a bracket or a space. */
          if (p > *vs && p + 1 < len && g_ascii_isalpha (text[p - 1])
              && (g_ascii_isalpha (text[p + 1]) || (guchar)text[p + 1] >= 0xC3))
            {
              p++;
              continue;
            }
          *ve = p;
          return p + 1;
        }
      p++;
    }
  *ve = len;
  return len;
}

/* The table name of a statement at p (quotes and schema left out): its bounds, and the
 * index after it. */
static gsize
sql_table_name (const char *text, gsize p, gsize len, gsize *ns, gsize *ne)
{
  gsize q = p;
  while (q < len && !g_ascii_isspace (text[q]) && text[q] != '(')
    q++;
  *ne = q;
  while (*ne > p && strchr ("`\"]", text[*ne - 1]) != NULL)
    (*ne)--;
  *ns = *ne;
  while (*ns > p && strchr ("`\"[.", text[*ns - 1]) == NULL)
    (*ns)--;
  return q;
}

/* 'mpelletier', 'l.fenwick': a login in a column of people ("gestionnaire", "agent"), not
 * a name: lower-case letters, a dot or an underscore, no space. */
static gboolean
login_shaped (const char *text, gsize s, gsize e)
{
  if (e - s < 4 || e - s > 32 || !g_ascii_islower (text[s]))
    return FALSE;
  for (gsize p = s; p < e; p++)
    if (!g_ascii_islower (text[p]) && !g_ascii_isdigit (text[p]) && text[p] != '.'
        && text[p] != '_')
      return FALSE;
  return TRUE;
}

/* A dump's column: a key of names, or an account's ("reviewer", "gestionnaire" is no account:
 * a key of people; "created_by", "username") whose values are logins. */
static guint8
sql_column_kind (const char *key, gsize len)
{
  guint8 kind = (guint8)voile_name_classify_key (key, len, NULL);
  if (kind == VOILE_FIELD_NONE && header_is_account (key, len))
    kind = VOILE_FIELD_USER;
  return kind;
}

/* The kinds of the columns a CREATE TABLE at p declares for the table named
 * text[name, name + name_len): each top-level item's first word ("`nom` varchar(80)");
 * the keys and constraints after the columns classify as no kind. */
static guint
sql_create_columns (const char *text, gsize len, gsize p, gsize name, gsize name_len, guint8 *kinds)
{
  gsize ns, ne;
  guint n = 0;
  gint depth = 0;

  p = skip_space (text, p + strlen ("create"), len);
  if (!keyword_at (text, p, len, "table"))
    return 0;
  p = skip_space (text, p + 5, len);
  /* "IF NOT EXISTS" */
  if (keyword_at (text, p, len, "if"))
    p = skip_space (text, p + 2, len);
  if (keyword_at (text, p, len, "not"))
    p = skip_space (text, p + 3, len);
  if (keyword_at (text, p, len, "exists"))
    p = skip_space (text, p + 6, len);
  p = sql_table_name (text, p, len, &ns, &ne);
  if (ne - ns != name_len || voile_ascii_strncasecmp (text + ns, text + name, name_len) != 0)
    return 0;
  p = skip_space (text, p, len);
  if (p >= len || text[p] != '(')
    return 0;
  for (gsize i = p + 1, item = p + 1; i < len && n < MAX_COLUMNS; i++)
    {
      char ch = text[i];
      if (ch == '(')
        depth++;
      else if ((ch == ',' || ch == ')') && depth == 0)
        {
          gsize cs = skip_space (text, item, i), ce;
          while (cs < i && strchr ("`\"[", text[cs]) != NULL)
            cs++;
          ce = cs;
          while (ce < i && !g_ascii_isspace (text[ce]) && strchr ("`\"]", text[ce]) == NULL)
            ce++;
          kinds[n++] = sql_column_kind (text + cs, ce - cs);
          item = i + 1;
          if (ch == ')')
            break;
        }
      else if (ch == ')')
        depth--;
    }
  return n;
}

/* INSERT INTO t (nom, prenom, …) VALUES ('Dupont', 'Marie', …), (…); */
static void
sql_insert (VoileNameCollector *c, VoileFieldState *st, gsize p)
{
  const char *text = c->text;
  gsize len = c->len;
  guint8 kinds[MAX_COLUMNS] = { 0 };
  guint n_columns = 0;
  gsize name_start, name_end;

  p = skip_space (text, p + strlen ("insert"), len);
  if (!keyword_at (text, p, len, "into"))
    return;
  p = skip_space (text, p + 4, len);
  p = sql_table_name (text, p, len, &name_start, &name_end);
  p = skip_space (text, p, len);
  if (keyword_at (text, p, len, "values") && name_end > name_start)
    for (guint i = 0; i < MIN (st->n_creates, G_N_ELEMENTS (st->creates)) && n_columns == 0; i++)
      {
        /* The latest first. */
        guint slot = (st->n_creates - 1 - i) % G_N_ELEMENTS (st->creates);
        n_columns = sql_create_columns (text, len, st->creates[slot], name_start,
                                        name_end - name_start, kinds);
      }
  if (p < len && text[p] == '(')
    {
      p++;
      while (p < len && text[p] != ')' && n_columns < MAX_COLUMNS)
        {
          gsize cs, ce;
          p = skip_space (text, p, len);
          cs = p;
          while (p < len && text[p] != ',' && text[p] != ')')
            p++;
          ce = p;
          while (cs < ce && strchr ("`\"[ ", text[cs]) != NULL)
            cs++;
          while (ce > cs && strchr ("`\"] \t\r\n", text[ce - 1]) != NULL)
            ce--;
          kinds[n_columns++] = sql_column_kind (text + cs, ce - cs);
          if (p < len && text[p] == ',')
            p++;
        }
      if (p >= len || text[p] != ')')
        return;
      p = skip_space (text, p + 1, len);
    }
  if (!keyword_at (text, p, len, "values"))
    return;
  p = skip_space (text, p + 6, len);

  while (p < len && text[p] == '(')
    {
      gsize str_start[2] = { 0 }, str_end[2] = { 0 };
      guint column = 0, strings = 0;

      p++;
      voile_name_collector_begin_record (c);
      while (p < len && text[p] != ')')
        {
          p = skip_space (text, p, len);
          if (p < len && text[p] == '\'')
            {
              gsize vs, ve;
              p = sql_string (text, p, len, &vs, &ve);
              if (column < n_columns
                  && (kinds[column] == VOILE_FIELD_USER
                      || (((kinds[column] & VOILE_FIELD_KIND_MASK) == VOILE_FIELD_PERSON
                           || (kinds[column] & VOILE_FIELD_KIND_MASK) == VOILE_FIELD_STAFF)
                          && login_shaped (text, vs, ve))))
                account_login (c, vs, ve); /* "reviewer", "created_by": a login */
              else if (column < n_columns && kinds[column] != VOILE_FIELD_NONE)
                voile_name_collector_add_field (c, vs, ve, kinds[column]);
              else if (n_columns == 0 && strings < 2)
                {
                  str_start[strings] = vs;
                  str_end[strings] = ve;
                  strings++;
                }
            }
          else
            {
              guint depth = 0;
              while (p < len && (depth > 0 || (text[p] != ',' && text[p] != ')')))
                {
                  depth += text[p] == '(';
                  depth -= depth > 0 && text[p] == ')';
                  p++;
                }
            }
          p = skip_space (text, p, len);
          if (p < len && text[p] == ',')
            {
              p++;
              column++;
            }
          else if (p < len && text[p] != ')')
            {
              voile_name_collector_end_record (c);
              return; /* not SQL we understand */
            }
        }
      /* No column list: the first two strings of the tuple, if they are a first name and
       * a surname ('Marie', 'Dupont'). */
      if (strings == 2)
        {
          guint f0 = voile_name_lookup_word (text + str_start[0], str_end[0] - str_start[0]);
          if ((f0 & VOILE_NAME_FIRST) && !(f0 & (VOILE_NAME_AMBIGUOUS | VOILE_NAME_PROPER))
              && voile_name_collector_add_field (c, str_start[0], str_end[0], VOILE_FIELD_FIRST))
            voile_name_collector_add_field (c, str_start[1], str_end[1], VOILE_FIELD_LAST);
        }
      voile_name_collector_end_record (c);
      if (p >= len)
        return;
      p = skip_space (text, p + 1, len);
      if (p < len && text[p] == ',')
        p = skip_space (text, p + 1, len);
      else
        return;
    }
}

/* ---- vCard and LDIF ------------------------------------------------------------------ */

/* Looks ahead through the card opening on the line ending at e for its N and KIND lines:
 * Google writes FN before N, and a company's card has an empty N ("N:;;;;") or a KIND. */
static void
read_card_kind (VoileFieldState *st, const char *text, gsize len, gsize e)
{
  gsize p = e + 1;

  for (guint lines = 0; p < len && lines < 256; lines++)
    {
      const char *nl = memchr (text + p, '\n', len - p);
      gsize le = nl != NULL ? (gsize)(nl - text) : len;
      VoileRecordLine line;
      if (voile_record_closes (VOILE_RECORD_VCARD, text, p, le))
        return;
      if (voile_record_read_line (VOILE_RECORD_VCARD, text, len, p, le, &line))
        {
          if (line.kind == VOILE_PROPERTY_KIND)
            st->record_company
                |= voile_record_kind_is_organisation (text, line.value_start, line.value_end);
          else if (line.kind == VOILE_PROPERTY_NAME_PARTS)
            {
              /* A name when its family or given part holds a letter. */
              gsize q = line.value_start, ps, pe;
              gboolean named = FALSE;
              for (guint i = 0; i < 2 && voile_record_next_part (&line, text, &q, &ps, &pe); i++)
                for (gsize k = ps; k < pe && !named; k++)
                  named = g_ascii_isalpha (text[k]) || (guchar)text[k] >= 0xC3;
              st->record_person |= named;
              st->record_company |= !named;
            }
        }
      p = le + 1;
    }
}

/* Lower-case ASCII letters of text[s..e) into out (room for n); returns their count. */
static gsize
fold_letters (const char *text, gsize s, gsize e, char *out, gsize n)
{
  gsize k = 0;
  for (gsize i = s; i < e && k < n; i++)
    if (g_ascii_isalpha (text[i]))
      out[k++] = g_ascii_tolower (text[i]);
  return k;
}

/* Does the folded login hold the folded name (of min letters at least)? */
static gboolean
login_holds (const char *login, gsize n, const char *text, const gsize *name, gsize min)
{
  char folded[MAX_KEY_LEN];
  gsize k = fold_letters (text, name[0], name[1], folded, sizeof folded);
  if (k < min || k > n)
    return FALSE;
  for (gsize i = 0; i + k <= n; i++)
    if (memcmp (login + i, folded, k) == 0)
      return TRUE;
  return FALSE;
}

/* Is text[s..e) a word or two written in quoted-printable ("=C3=89lise", "Lef=C3=A8vre"):
 * letters, spaces, hyphens and "=XX" escapes, one escape at least? */
static gboolean
is_quoted_printable_name (const char *text, gsize s, gsize e)
{
  gboolean escaped = FALSE, letter = FALSE;

  if (e - s > MAX_FIELD_LEN)
    return FALSE;
  for (gsize i = s; i < e; i++)
    if (text[i] == '=' && i + 2 < e && g_ascii_isxdigit (text[i + 1])
        && g_ascii_isxdigit (text[i + 2]))
      {
        escaped = TRUE;
        i += 2;
      }
    else if (g_ascii_isalpha (text[i]))
      letter = TRUE;
    else if (text[i] != ' ' && text[i] != '-')
      return FALSE;
  return escaped && letter;
}

/* At the end of an LDIF entry or a vCard: its logins and profile handles are the
 * person's when they hold the surname ("ccastagnet", "pelavergne", "quoc-bao-tran-9a1b2c")
 * or the given name ("tomasz.n"), as the handles of a person named in the text are. */
static void
end_entry_logins (VoileNameCollector *c, VoileFieldState *st)
{
  for (guint i = 0; i < st->n_logins && (c->type_mask & VOILE_TYPE_BIT (VOILE_TYPE_PERSON)); i++)
    {
      char login[MAX_KEY_LEN];
      gsize n = fold_letters (c->text, st->logins[i][0], st->logins[i][1], login, sizeof login);
      if (login_holds (login, n, c->text, st->surname, 3)
          || login_holds (login, n, c->text, st->given, 4))
        {
          VoileToken whole = { .start = st->logins[i][0], .end = st->logins[i][1] };
          voile_name_collector_add_person (c, &whole, 0, 0, 0, CONFIDENCE_FIELD, VOILE_FIELD_NONE);
        }
    }
  st->n_logins = 0;
  st->surname[0] = st->surname[1] = st->given[0] = st->given[1] = 0;
}

/* A line of a vCard or an LDIF entry: each component is a field under the header its
 * label names ("last name", "full name", "city"). */
static void
record_line (VoileNameCollector *c, VoileFieldState *st, gsize s, gsize e)
{
  VoileRecordLine line;

  if (!voile_record_read_line (st->record_format, c->text, c->len, s, e, &line) || line.encoded)
    return;
  if (line.kind == VOILE_PROPERTY_PERSON_CLASS)
    st->record_person |= voile_record_class_is_person (c->text, line.value_start, line.value_end);
  if (line.kind == VOILE_PROPERTY_LOGIN || line.kind == VOILE_PROPERTY_HOME
      || line.kind == VOILE_PROPERTY_PROFILE)
    {
      gsize vs = line.value_start, ve = line.value_end;
      /* "https://www.linkedin.com/in/quoc-bao-tran-9a1b2c": the path's last part, not the
       * host ("https://pharmacie-du-port.fr" has none). */
      if (line.kind == VOILE_PROPERTY_PROFILE)
        {
          const char *scheme = g_strstr_len (c->text + vs, (gssize)(ve - vs), "://");
          const char *path = scheme != NULL
                                 ? memchr (scheme + 3, '/', (gsize)(c->text + ve - scheme - 3))
                                 : NULL;
          if (path == NULL)
            return;
          for (gsize k = (gsize)(path - c->text); k < ve; k++)
            if (c->text[k] == '?' || c->text[k] == '#')
              ve = k;
          while (ve > vs && c->text[ve - 1] == '/')
            ve--;
        }
      if (line.kind != VOILE_PROPERTY_LOGIN)
        for (gsize k = vs; k < ve; k++)
          if (c->text[k] == '/')
            vs = k + 1;
      if (st->n_logins < G_N_ELEMENTS (st->logins) && ve > vs && ve - vs <= MAX_KEY_LEN)
        {
          st->logins[st->n_logins][0] = vs;
          st->logins[st->n_logins++][1] = ve;
        }
      return;
    }
  /* A company's card: its FN and ORG name the company ("Pharmacie des Gayeulles",
   * "Crêperie Ty Skorn"), not a person, even to the prose rules. */
  if ((line.kind == VOILE_PROPERTY_FULL_NAME || line.kind == VOILE_PROPERTY_ORG)
      && st->record_company && !st->record_person)
    {
      st->things_row = TRUE;
      return;
    }

  gsize p = line.value_start, ps, pe;
  for (guint i = 0; i < line.n_parts && voile_record_next_part (&line, c->text, &p, &ps, &pe); i++)
    {
      if (line.labels[i] == NULL || pe <= ps)
        continue;
      guint kind = classify_key_cached (st, line.labels[i], strlen (line.labels[i]), NULL, FALSE);
      if (kind == VOILE_FIELD_NONE)
        continue;

      /* "=C3=89lise": a quoted-printable name, taken whole when the card is a person's. */
      if (line.quoted_printable && is_quoted_printable_name (c->text, ps, pe))
        {
          if (kind == VOILE_FIELD_CITY)
            voile_name_collector_add_location (c, ps, pe, CONFIDENCE_LOCATION);
          else if (st->record_person)
            {
              VoileToken whole = { .start = ps, .end = pe, .shape = VOILE_SHAPE_CAP };
              voile_name_collector_add_person (c, &whole, 0, 0, 0, CONFIDENCE_FIELD,
                                               (VoileFieldKind)kind);
            }
          continue;
        }
      if (kind != VOILE_FIELD_CITY && st->record_person && line.kind != VOILE_PROPERTY_RELATED)
        kind |= VOILE_FIELD_RELAXED;
      /* An FN without an N (vCard 4, some exporters) may name a trade ("Plumber
       * (emergency)"): taken only when it reads as a name, as under a bare "name". */
      else if (line.kind == VOILE_PROPERTY_FULL_NAME)
        kind = VOILE_FIELD_NAME;
      open_record (c, st);
      /* Only names taken spell a login ("sn: scanner" is none). */
      if (!voile_name_collector_add_field (c, ps, pe, (VoileFieldKind)kind))
        continue;
      if ((kind & VOILE_FIELD_KIND_MASK) == VOILE_FIELD_LAST)
        st->surname[0] = ps, st->surname[1] = pe;
      else if ((kind & VOILE_FIELD_KIND_MASK) == VOILE_FIELD_FIRST && st->given[1] == 0)
        st->given[0] = ps, st->given[1] = pe;
    }
}

/* ---- values ------------------------------------------------------------------------- */

/* Does text[start..end) hold UTF-8 read once as Latin-1 or Windows-1252 ("Ã‰tienne",
 * "JosÃ©e", "WÃ³jcik", "PaweÅ‚")? A letter's lead byte C3, C4 or C5 then shows as "Ã", "Ä"
 * or "Å", its second byte (80–BF) as a Latin-1 sign or letter (C2 xx, C3 xx) or a
 * Windows-1252 one ("‰", "‡", "’", "Š": C5, C6, CB or E2 80, E2 82, E2 84). */
static gboolean
holds_mojibake (const char *text, gsize start, gsize end)
{
  for (const char *p = memchr (text + start, 0xC3, end - start); p != NULL && p + 2 < text + end;
       p = memchr (p + 1, 0xC3, (gsize)(text + end - (p + 1))))
    {
      guchar b = (guchar)p[1], lead = (guchar)p[2];
      guchar next = p + 3 < text + end ? (guchar)p[3] : 0;
      if ((b == 0x83 || b == 0x84 || b == 0x85)
          && (lead == 0xC2 || lead == 0xC3 || lead == 0xC5 || lead == 0xC6 || lead == 0xCB
              || (lead == 0xE2 && (next == 0x80 || next == 0x82 || next == 0x84))))
        return TRUE;
    }
  return FALSE;
}

/* Does the word hold a letter beyond ASCII ("LÊ", "Đỗ")? */

/* Is the lower-case token a slug ("demo-ssiad", "test_runner") of which a part is a stop
 * word or a common word that is no name? */
static gboolean
slug_of_words (const char *text, const VoileToken *t)
{
  gsize s = t->start;

  if (memchr (text + t->start, '-', t->end - t->start) == NULL
      && memchr (text + t->start, '_', t->end - t->start) == NULL)
    return FALSE;
  for (gsize p = t->start; p <= t->end; p++)
    if (p == t->end || text[p] == '-' || text[p] == '_')
      {
        if (p > s)
          {
            guint flags = voile_name_lookup_word (text + s, p - s);
            if ((voile_name_context_word (text + s, p - s) & VOILE_CONTEXT_STOP)
                || ((flags & VOILE_NAME_WORD) && !(flags & (VOILE_NAME_FIRST | VOILE_NAME_LAST))))
              return TRUE;
          }
        s = p + 1;
      }
  return FALSE;
}

static gboolean
accented (const char *text, const VoileToken *t)
{
  for (gsize i = t->start; i < t->end; i++)
    if ((guchar)text[i] >= 0x80)
      return TRUE;
  return FALSE;
}

/* Is the word a building's or a venue's head ("École", "Gymnase", "Salle", "Hôtel"), which
 * opens no town's name? */
static gboolean
venue_word (const char *s, gsize n)
{
  static const char *const venues[]
      = { "bibliotheque", "college", "complexe", "ecole", "eglise", "foyer", "gymnase", "hotel",
          "lycee", "mairie", "mediatheque", "piscine", "salle", "stade",
          /* (session 21, g21-addr) care and social services' places: a visit's or a
           * placement's "lieu" ("Atelier écriture", "Hôpital de jour", "CMP Belsunce", "MECS
           * Les Tilleuls", "Urgences - box 6") */
          "atelier", "hopital", "urgences", "cmp", "cattp", "mecs", "clinique", "centre", "service",
          "unite", "pavillon", "cabinet", "pouponniere", "creche", "ehpad", NULL };
  char folded[VOILE_NAME_KEY_MAX];
  gsize len;

  if (n >= VOILE_NAME_KEY_MAX || !voile_name_fold (s, n, folded, &len))
    return FALSE;
  for (const char *const *v = venues; *v != NULL; v++)
    if (strlen (*v) == len && memcmp (*v, folded, len) == 0)
      return TRUE;
  return FALSE;
}

gboolean
voile_name_collector_add_field (VoileNameCollector *c, gsize start, gsize end, VoileFieldKind kind)
{
  GArray *tokens = c->scratch;
  gboolean relaxed = (kind & VOILE_FIELD_RELAXED) != 0;
  guint first = 0, n, any_name = 0, firm_first = 0, caps = 0, unknown = 0, names_n = 0;
  guint common = 0; /* words that are common words too ("Free", "Pro") */
  gboolean lower_value = TRUE;

  kind &= VOILE_FIELD_KIND_MASK;
  if (kind == VOILE_FIELD_STAFF)
    {
      /* "AMH", "JBL", "JL": a staff member's initials, two to four capitals. */
      gsize s = start, e = end;
      while (s < e && g_ascii_isspace (c->text[s]))
        s++;
      while (e > s && g_ascii_isspace (c->text[e - 1]))
        e--;
      gboolean initials = e - s >= 2 && e - s <= 8;
      guint small = 0;
      for (gsize p = s; initials && p < e; p++)
        {
          /* "CMcG": a "Mc" surname's initials keep its small c; "L.A.M.": a dot after
           * each capital. */
          if (c->text[p] == 'c' && p > s && c->text[p - 1] == 'M' && p + 1 < e
              && g_ascii_isupper (c->text[p + 1]))
            small++;
          else if (c->text[p] == '.' && p > s && g_ascii_isupper (c->text[p - 1]))
            small++;
          else
            initials = g_ascii_isupper (c->text[p]);
        }
      initials = initials && e - s - small >= 2 && e - s - small <= 4;
      if (initials)
        {
          VoileToken whole = { .start = s, .end = e, .shape = VOILE_SHAPE_UPPER };
          voile_name_collector_add_person (c, &whole, 0, 0, 0, CONFIDENCE_FIELD, VOILE_FIELD_NONE);
          return TRUE;
        }
      kind = VOILE_FIELD_PERSON; /* or a name written in full */
    }
  /* Quotes and spaces around; then letters, spaces, hyphens, apostrophes, dots only (a
   * city may follow its postcode: "75011 Paris"). */
  while (start < end
         && (g_ascii_isspace (c->text[start]) || c->text[start] == '\'' || c->text[start] == '"'))
    start++;
  while (end > start
         && (g_ascii_isspace (c->text[end - 1]) || c->text[end - 1] == '\''
             || c->text[end - 1] == '"'))
    end--;
  if (kind == VOILE_FIELD_CITY)
    {
      while (start < end && (g_ascii_isdigit (c->text[start]) || c->text[start] == ' '))
        start++;
      /* "Kingston 6", "Lyon 3": a city's postal district after it. */
      gsize e = end;
      while (e > start && g_ascii_isdigit (c->text[e - 1]) && end - e < 2)
        e--;
      if (e < end && e > start + 1 && c->text[e - 1] == ' ' && g_ascii_isalpha (c->text[e - 2]))
        end = e - 1;
    }
  if (start >= end || end - start > MAX_FIELD_LEN)
    return FALSE;
  /* A city cell may name its region after a comma ("Phoenix, AZ", "Musashino-shi, Tokyo"),
   * not its country ("Toronto, Canada": the city alone). */
  /* A name's cell may write the surname first and a comma ("SANTOSO, Budi" under
   * "Cardholder", "Surname, Given names" of a crew list, "Apellidos, Nombre"). */
  gboolean whole_name
      = kind == VOILE_FIELD_PERSON || kind == VOILE_FIELD_NAME || kind == VOILE_FIELD_LAST;
  gsize comma = 0;
  for (gsize p = start; p < end; p++)
    {
      guchar ch = (guchar)c->text[p];
      if (ch == ',' && (kind == VOILE_FIELD_CITY || whole_name) && comma == 0 && p > start
          && p + 2 < end && c->text[p + 1] == ' ')
        comma = p;
      else if (ch < 0x80 && !g_ascii_isalpha (ch) && strchr (" -'.", ch) == NULL)
        return FALSE;
    }
  if (kind == VOILE_FIELD_CITY && comma != 0
      && voile_name_is_country (c->text + comma + 2, end - comma - 2))
    end = comma;

  /* "Ã‰tienne", "Marie-JosÃ©e" under "nom", "prénom": the words would be cut at the stray
   * symbols; a name field's value is a name whatever its bytes, taken whole. */
  if ((kind == VOILE_FIELD_FIRST || kind == VOILE_FIELD_LAST || relaxed)
      && (g_ascii_isupper (c->text[start]) || (guchar)c->text[start] == 0xC3)
      && holds_mojibake (c->text, start, end))
    {
      guint spaces = 0;
      for (gsize p = start; p < end; p++)
        spaces += c->text[p] == ' ';
      if (spaces >= NAME_WORDS_MAX)
        return FALSE;
      VoileToken whole = { .start = start, .end = end, .shape = VOILE_SHAPE_CAP };
      voile_name_collector_add_person (c, &whole, 0, 0, 0, CONFIDENCE_FIELD, kind);
      return TRUE;
    }

  tokens->len = 0; /* not zero-terminated: g_array_set_size() would remove a range */
  voile_name_tokenize_line (c->text, start, end, TRUE, tokens, NULL);
  n = tokens->len;
  /* "M. Martin", "Mme DUPONT": the title is context. */
  while (first < n && voile_name_token_has_context (c->text, tokens, first, VOILE_CONTEXT_TITLE)
         && first + 1 < n)
    first++;
  if (first >= n || n - first > NAME_WORDS_MAX + 2)
    return FALSE;
  /* (session 20, g20-fp) "Contact: Matteo Greco, Università di Padova, Dipartimento di
   * Fisica": an item opening on a word that names a place or an institution after it ("rue",
   * "Università", "Departamento") and a particle ("di", "de", "of") is no one's name, in a
   * person's field as in prose ("Nom : Pont Marie" is still a surname and a given name). */
  if (kind != VOILE_FIELD_CITY && n - first >= 3
      && tok (tokens, first + 1)->shape == VOILE_SHAPE_LOWER
      && voile_name_token_has_context (c->text, tokens, first, VOILE_CONTEXT_PLACE_BEFORE))
    return FALSE;
  /* (session 21, g21-fp) A template's or a schema's example whose value repeats a name's
   * label ("prenoms": "Prénom", "Prénom : Prénom", "Surname: SURNAME", "First,Last" under
   * first_name,last_name): every word a given name's or a surname's key, or a name's key in
   * no name list ("Name"; not "Voisin", "Driver": people's keys and surnames). */
  {
    guint labels = 0;
    for (guint i = first; i < n; i++)
      {
        VoileToken *t = tok (tokens, i);
        if (voile_name_token_has_context (c->text, tokens, i,
                                          VOILE_CONTEXT_FIRST_KEY | VOILE_CONTEXT_LAST_KEY))
          labels++;
        else if (t->context_flags & VOILE_CONTEXT_PERSON_KEY)
          labels += (voile_token_lookup (c->text, t), !is_nameish (t));
      }
    if (labels == n - first)
      return FALSE;
  }
  /* (session 21, g21-fp) "Destinataire : CRIP Lille", "To: CPAM Roubaix": a body's acronym
   * in capitals that names no one ("CRIP", "CPAM", "SPIP", "CHU"; not "Chu", a surname,
   * in "Lily Chu") opens the value: an office of that body, its city after it. */
  if (kind != VOILE_FIELD_CITY && n - first >= 2 && tok (tokens, first)->shape == VOILE_SHAPE_UPPER
      && voile_name_token_has_context (c->text, tokens, first, VOILE_CONTEXT_PLACE_BEFORE))
    {
      VoileToken *body = tok (tokens, first);
      voile_token_lookup (c->text, body);
      if (!is_nameish (body))
        return FALSE;
    }

  for (guint i = first; i < n; i++)
    {
      VoileToken *t = tok (tokens, i);
      voile_token_lookup (c->text, t);
      /* "Acme Park", "Martin SA" name a place or a firm; "Daniel Park", "Sarah Hall" (a
       * surname after a given name that is nothing else) a person; "Hebden Bridge" in a city
       * column a town. */
      if (t->shape == VOILE_SHAPE_OTHER
          || (voile_name_token_is_org_word (c->text, tokens, i) && kind != VOILE_FIELD_CITY
              && !(i > first && is_nameish (t) && is_firm_first (tok (tokens, i - 1)))))
        return FALSE;
      if (t->shape != VOILE_SHAPE_LOWER)
        lower_value = FALSE;
    }

  if (kind == VOILE_FIELD_CITY)
    {
      VoileToken *t0 = tok (tokens, first);
      guint last = first;
      if (t0->shape != VOILE_SHAPE_CAP && t0->shape != VOILE_SHAPE_UPPER)
        return FALSE;
      /* "Commune", "Ville", "City": a template's hint in the city's cell, not a city */
      static const char *const hints[]
          = { "commune", "ville", "city", "town", "localité", "localite", NULL };
      if (n == first + 1 && voile_ascii_word_in (c->text + t0->start, t0->end - t0->start, hints))
        return FALSE;
      /* "École Jean Moulin", "Gymnase Pietralba", "Hôtel de ville" under "Lieu": a polling
       * station's or a meeting's venue, not a town */
      if (n > first + 1 && venue_word (c->text + t0->start, t0->end - t0->start))
        return FALSE;
      /* (session 21, g21-addr) "AF Mme Gomis (Sevran)": a title in the cell, a person's
       * home (a foster family's), not a town's column value */
      for (guint i = first + 1; i < n; i++)
        if (voile_name_token_has_context (c->text, tokens, i, VOILE_CONTEXT_TITLE))
          return FALSE;
      /* The city is its capitalised words and the short links between them ("La Roche sur
       * Yon", "Newcastle upon Tyne"); a comment after it is not ("Nantes ou télétravail"). */
      for (guint i = first + 1; i < n; i++)
        {
          const VoileToken *t = tok (tokens, i);
          if (t->shape == VOILE_SHAPE_CAP || t->shape == VOILE_SHAPE_UPPER)
            last = i;
          else if (t->end - t->start > 4 || i + 1 >= n
                   || (tok (tokens, i + 1)->shape != VOILE_SHAPE_CAP
                       && tok (tokens, i + 1)->shape != VOILE_SHAPE_UPPER))
            break;
        }
      voile_name_collector_add_location (c, t0->start, tok (tokens, last)->end,
                                         CONFIDENCE_LOCATION);
      return TRUE;
    }

  for (guint i = first; i < n; i++)
    {
      VoileToken *t = tok (tokens, i);

      /* "de La Fontaine", "Le Breton", "van Dyke": particles anywhere but last. */
      if (is_particle (t) && i + 1 < n)
        {
          /* "Ní Fhlatharta", "Mac Giolla Phádraig": a patronym's particle tells a surname
           * follows, listed or not. */
          any_name += (t->context_flags & VOILE_CONTEXT_PATRONYM) != 0;
          continue;
        }
      names_n++;
      if (t->context_flags & (VOILE_CONTEXT_STOP | VOILE_CONTEXT_GREETING))
        return FALSE;
      if (t->shape == VOILE_SHAPE_LOWER && !lower_value)
        return FALSE; /* "Service commercial" */
      /* "Clavier", "Comptabilité"; but a "prénom" field holds a first name ("Lotte"), and a
       * "nom" field a Vietnamese surname that folds to a particle ("LÊ" is no "le"). */
      if (is_word_only (t) && !((relaxed || kind == VOILE_FIELD_FIRST) && !lower_value)
          && !(kind == VOILE_FIELD_LAST && n - first == 1 && is_particle (t)
               && accented (c->text, t)))
        return FALSE;
      any_name += is_nameish (t);
      unknown += is_unknown (t);
      firm_first += (t->name_flags & VOILE_NAME_FIRST) && !(t->name_flags & VOILE_NAME_PROPER);
      common += (t->name_flags & (VOILE_NAME_AMBIGUOUS | VOILE_NAME_WORD)) != 0;
      caps += t->shape == VOILE_SHAPE_CAP || t->shape == VOILE_SHAPE_UPPER
              || t->shape == VOILE_SHAPE_INITIAL;
    }
  if (names_n == 0)
    return FALSE;
  /* "tenant: demo-ssiad", "owner: test_runner": a slug holding a stop or a common word
   * names an account or an environment, not a person. */
  if (lower_value && names_n == 1 && slug_of_words (c->text, tok (tokens, n - 1)))
    return FALSE;
  /* "owner = ghazal", "marie;dupont": lower case, one word, in no word list. */
  if (lower_value
      && !(any_name == names_n
           || (names_n == 1 && unknown == 1 && kind != VOILE_FIELD_NAME
               && tok (tokens, n - 1)->end - tok (tokens, first)->start >= 3)
           /* "client": "léa mourier": a person field, a name then a word in no list. */
           || (kind == VOILE_FIELD_PERSON && names_n >= 2 && any_name + unknown == names_n
               && is_nameish (tok (tokens, first)))))
    return FALSE;

  /* "Counterparty name": "Free Pro", "Nom de la contrepartie": "Grand Frais": in a column
   * of firms and people, common words that only the surname lists also know name a firm. */
  if ((kind == VOILE_FIELD_NAME || kind == VOILE_FIELD_PERSON || kind == VOILE_FIELD_LAST)
      && !relaxed && firm_first == 0 && names_n >= 2 && common == names_n)
    return FALSE;

  switch (kind)
    {
      case VOILE_FIELD_NAME:
        /* "name": "Marie Dupont" yes; "name": "voile", "Acme Cloud" no. */
        if (!relaxed
            && (caps < names_n || lower_value
                || (firm_first == 0 && (names_n < 2 || any_name + unknown < names_n))))
          return FALSE;
        if (relaxed && any_name == 0 && caps < 2)
          return FALSE;
        break;
      case VOILE_FIELD_PERSON:
        /* "Client : Acme" is a company: a known name, or two capitalised words. */
        if (any_name == 0 && (caps < 2 || unknown < caps))
          return FALSE;
        break;
      case VOILE_FIELD_FIRST:
      case VOILE_FIELD_LAST:
      case VOILE_FIELD_CITY:
      case VOILE_FIELD_NONE:
      default:
        break;
    }

  {
    guint names[NAME_WORDS_MAX + 2];
    guint m = 0, given = 0;
    for (guint i = first; i < n; i++)
      {
        names[m++] = i;
        if (comma != 0 && given == 0 && tok (tokens, i)->start > comma)
          given = i;
      }
    if (comma != 0 && (given <= first || given > n - 1))
      return FALSE; /* "Dupont," with nothing after, or a title then the comma */
    voile_name_collector_add_person (c, (VoileToken *)tokens->data, first, n - 1,
                                     comma != 0 ? given : voile_name_given_index (tokens, names, m),
                                     CONFIDENCE_FIELD, kind);
  }
  return TRUE;
}

/* ---- entry point ---------------------------------------------------------------------- */

/* The '>' closing an opening tag with attributes ('<Name lang="en">'), read from the space
 * after the element's name and at most 160 bytes on; end when there is none. */
static gsize
xml_attributes_end (const char *text, gsize p, gsize end)
{
  gsize stop = MIN (end, p + 160);
  gboolean quoted = FALSE;
  for (; p < stop; p++)
    {
      char ch = text[p];
      if (ch == '"')
        quoted = !quoted;
      else if (!quoted && ch == '>')
        return text[p - 1] == '/' ? end : p; /* "<Name/>" holds nothing */
      else if (ch == '<' || ch == '\n')
        return end;
    }
  return end;
}

/* An XML element whose name says it holds a person's name ("<Name>", "<FullName>",
 * "<PersonName>", "<nomComplet>", attributes or not): its text is a name field's value, read
 * as the same key's value is after a colon or in JSON (a bare "<Name>" only when it reads as
 * a name: products and firms have names too). A whole-person key that does not say "name"
 * ("<author>", "<client>") is left to the prose: a catalogue's author is famous. */
static gboolean
key_says_name (const char *key, gsize n)
{
  for (gsize i = 0; i + 3 <= n; i++)
    if (((key[i] | 0x20) == 'n' && (key[i + 1] | 0x20) == 'o' && (key[i + 2] | 0x20) == 'm')
        || (i + 4 <= n && (key[i] | 0x20) == 'n' && (key[i + 1] | 0x20) == 'a'
            && (key[i + 2] | 0x20) == 'm' && (key[i + 3] | 0x20) == 'e'))
      return TRUE;
  return FALSE;
}

static void
xml_name_element (VoileNameCollector *c, const char *key, gsize n, gsize vs, gsize ve,
                  VoileFieldKind kind)
{
  if (!key_says_name (key, n))
    return;
  /* "<transportName>TCP Sender</transportName>": an acronym in no list (three capitals or
   * fewer, or no vowel) names a protocol, a unit or a rank, not a person. */
  GArray *tokens = c->scratch;
  tokens->len = 0;
  voile_name_tokenize_line (c->text, vs, ve, TRUE, tokens, NULL);
  for (guint i = 0; i < tokens->len; i++)
    {
      VoileToken *t = tok (tokens, i);
      if (t->shape != VOILE_SHAPE_UPPER)
        continue;
      voile_token_lookup (c->text, t);
      /* "MUHAMMAD HAFIZ BIN ROSLAN", "VAN DER BERG": a particle between names is none */
      if (is_particle (t) && i > 0 && i + 1 < tokens->len)
        continue;
      if (!is_nameish (t) && (t->end - t->start <= 3 || !has_vowel (c->text, t)))
        return;
    }
  voile_name_collector_add_field (c, vs, ve, kind);
}

/* ISO 20022's (SEPA, CBPR+, pain.001, pacs.008, camt.053) name of a party: an "<Nm>" element
 * that opens a party's element, on its line or the one above ("<Cdtr><Nm>TAN HUI MIN</Nm>",
 * "<Dbtr>↵  <Nm>…"). A bank's name sits in "<FinInstnId>", an address's parts in their own
 * elements: not a party's. Reads back at most 64 bytes from lt, the "<" of "<Nm>". */
static gboolean
iso20022_party_name (const char *text, gsize lt)
{
  static const char *const parties[] = { "Dbtr", "Cdtr", "UltmtDbtr", "UltmtCdtr", "InitgPty",
                                         "Pty",  "Ownr", "Invcr",     "Invcee",    NULL };
  gsize p = lt, floor = lt > 64 ? lt - 64 : 0;

  while (p > floor && g_ascii_isspace (text[p - 1]))
    p--;
  if (p == floor || text[p - 1] != '>')
    return FALSE;
  gsize ne = p - 1, ns = ne;
  while (ns > floor && g_ascii_isalpha (text[ns - 1]))
    ns--;
  /* "<Cdtr>" or a prefixed "<doc:Cdtr>" */
  if (ns > floor && text[ns - 1] == ':')
    {
      gsize q = ns - 1;
      while (q > floor && g_ascii_isalnum (text[q - 1]))
        q--;
      if (q == floor || text[q - 1] != '<')
        return FALSE;
    }
  else if (ns == floor || text[ns - 1] != '<')
    return FALSE;
  return voile_word_in (text + ns, ne - ns, parties);
}

/* TRUE when a field's name is the whole text of an XML element named for a name
 * ("<Name>Dilini Upeksha Fernando</Name>"): a record's own form says it is a person's name,
 * whatever the words around it sound like (the model's veto does not drop it). */
gboolean
voile_name_mention_fills_name_element (VoileNameCollector *c, const VoileNameMention *m)
{
  const char *text = c->text;
  guint kind = m->field & VOILE_FIELD_KIND_MASK;

  if (m->confidence != CONFIDENCE_FIELD || (kind != VOILE_FIELD_NAME && kind != VOILE_FIELD_PERSON)
      || m->start == 0 || text[m->start - 1] != '>' || m->end + 2 >= c->len || text[m->end] != '<'
      || text[m->end + 1] != '/')
    return FALSE;
  gsize ks = m->end + 2, ke = ks;
  while (ke < c->len && ke - ks <= MAX_KEY_LEN && text[ke] != '>')
    ke++;
  if (ke >= c->len || text[ke] != '>')
    return FALSE;
  /* ISO 20022's party name, "<Cdtr><Nm>…</Nm>" */
  if (ke - ks == 2 && text[ks] == 'N' && text[ks + 1] == 'm' && m->start >= 4
      && memcmp (text + m->start - 4, "<Nm>", 4) == 0)
    return iso20022_party_name (text, m->start - 4);
  return key_says_name (text + ks, ke - ks);
}

/* XML elements holding one value, several to a line or one a line: "<TwnNm>Hamburg</TwnNm>"
 * (ISO 20022's town), "<city>Lier</city>", "<FirstName>Marie</FirstName>". The element's
 * name is read as a key; an element with attributes, or whose closing tag does not follow
 * its text, is skipped. Only lines opening on '<' are read. */
static void
xml_fields (VoileNameCollector *c, VoileFieldState *st, gsize p, gsize end)
{
  const char *text = c->text;

  while (p < end)
    {
      const char *lt = memchr (text + p, '<', end - p);
      if (lt == NULL)
        return;
      gsize ks = (gsize)(lt - text) + 1, ke = ks;
      while (
          ke < end && ke - ks <= MAX_KEY_LEN
          && (g_ascii_isalnum (text[ke]) || text[ke] == '_' || text[ke] == '-' || text[ke] == ':'))
        ke++;
      gsize te = ke < end && text[ke] == ' ' ? xml_attributes_end (text, ke, end) : ke;
      if (ke == ks || te >= end || text[te] != '>' || !g_ascii_isalpha (text[ks]))
        {
          p = ke > ks ? ke : ks;
          continue;
        }
      gsize vs = te + 1, ve = vs, n = ke - ks;
      while (ve < end && text[ve] != '<')
        ve++;
      if (ve + n + 3 > end || text[ve + 1] != '/' || memcmp (text + ve + 2, text + ks, n) != 0
          || text[ve + 2 + n] != '>')
        {
          p = ve;
          continue;
        }
      if (ve > vs)
        {
          VoileFieldKind kind = classify_key_cached (st, text + ks, n, NULL, FALSE);
          VoileFieldKind base = kind & VOILE_FIELD_KIND_MASK;
          /* UBL's "cbc:CityName": the city's name */
          if (base != VOILE_FIELD_CITY && n > 8 && memcmp (text + ke - 4, "Name", 4) == 0
              && (classify_key_cached (st, text + ks, n - 4, NULL, FALSE) & VOILE_FIELD_KIND_MASK)
                     == VOILE_FIELD_CITY)
            kind = base = VOILE_FIELD_CITY;
          /* "<lieuEdition>", "<lieu>": where a book was printed or a meeting is held. */
          if (base == VOILE_FIELD_CITY
              && voile_ascii_strncasecmp (text + ks, "lieu", MIN (n, 4)) == 0)
            base = VOILE_FIELD_NONE;
          /* Not a whole person's key ("author", "client"): a catalogue's <author> is famous. */
          if (te == ke
              && (base == VOILE_FIELD_CITY || base == VOILE_FIELD_FIRST
                  || base == VOILE_FIELD_LAST))
            add_value_items (c, vs, ve, kind);
          else if (base == VOILE_FIELD_NAME || base == VOILE_FIELD_PERSON)
            xml_name_element (c, text + ks, n, vs, ve, kind);
          /* (session 23, g23-names) "<Cdtr><Nm>SELVARAJ PRAKASH</Nm>": a party's name, read
           * as a "<Name>" element's (firms and acronyms stay out there). */
          else if (n == 2 && te == ke && text[ks] == 'N' && text[ks + 1] == 'm'
                   && iso20022_party_name (text, (gsize)(lt - text)))
            xml_name_element (c, "Name", 4, vs, ve,
                              classify_key_cached (st, "Name", 4, NULL, FALSE));
        }
      p = ve + n + 3;
    }
}

void
voile_name_find_fields (VoileNameCollector *c, VoileFieldState *st, gsize line_start,
                        gsize line_end, guint marks)
{
  const char *text = c->text;
  gsize s = line_start;

  st->things_row = FALSE;
  while (s < line_end && g_ascii_isspace (text[s]))
    s++;
  if (s >= line_end)
    {
      /* A blank line ends a table and a block of "Key: value" lines. */
      end_table_accounts (c, st);
      st->in_table = st->in_aligned = FALSE;
      st->json_parent_len = 0;
      close_record (c, st);
      /* A blank line ends an LDIF entry (a vCard ends at its END). */
      if (st->record_format == VOILE_RECORD_LDIF)
        {
          end_entry_logins (c, st);
          st->record_format = VOILE_RECORD_NONE;
        }
      return;
    }

  /* "BEGIN:VCARD", "dn: …": a record opens on a line holding a colon. */
  if (st->record_format == VOILE_RECORD_NONE && (marks & VOILE_LINE_KEY)
      && voile_record_may_open (text, s, line_end))
    {
      st->record_format = voile_record_opens (text, s, line_end);
      if (st->record_format != VOILE_RECORD_NONE)
        {
          close_record (c, st);
          end_table_accounts (c, st);
          st->in_table = st->in_aligned = FALSE;
          st->record_company = st->record_person = FALSE;
          end_entry_logins (c, st);
          if (st->record_format == VOILE_RECORD_VCARD)
            read_card_kind (st, text, c->len, line_end);
        }
    }
  if (st->record_format != VOILE_RECORD_NONE)
    {
      record_line (c, st, line_start, line_end);
      if (voile_record_closes (st->record_format, text, s, line_end))
        {
          end_entry_logins (c, st);
          st->record_format = VOILE_RECORD_NONE;
          close_record (c, st);
        }
      return;
    }

  if (line_end - s >= 8 && text[s + 3] == '|' && voile_name_find_hl7_segment (c, s, line_end))
    return;
  if (text[s] == 'N' && line_end - s >= 12 && text[s + 3] == '+')
    voile_name_find_paxlst_name (c, s, line_end);
  if (line_end - s >= 30 && line_end - s <= 46 && voile_name_find_mrz (c, s, line_end))
    return;
  if (st->in_table)
    {
      /* The rest of a quoted cell begun on the row's line above ("69001 Lyon\","). */
      if (st->row_quote_open)
        {
          continued_row (c, st, line_start, line_end);
          return;
        }
      if ((marks & VOILE_LINE_DELIM) && table_row (c, st, line_start, line_end))
        return;
      end_table_accounts (c, st);
      st->in_table = FALSE;
    }
  if (st->in_aligned)
    {
      if (aligned_row (c, st, line_start, line_end))
        return;
      st->in_aligned = FALSE;
    }
  /* A space-aligned header: no punctuation, two spaces in a row (or bytes the tokenizer
   * stepped over). */
  if ((marks & VOILE_LINE_PUNCTUATION) == 0 && (marks & (VOILE_LINE_SPACES | VOILE_LINE_UNSEEN))
      && line_end - s >= 8 && try_aligned_header (st, text, line_start, line_end))
    return;
  if ((text[s] | 0x20) == 'i' && keyword_at (text, s, c->len, "insert"))
    {
      sql_insert (c, st, s);
      return;
    }
  if ((text[s] | 0x20) == 'c' && keyword_at (text, s, c->len, "create"))
    st->creates[st->n_creates++ % G_N_ELEMENTS (st->creates)] = s;
  /* pg_dump's "COPY t (nom, prenom, ville) FROM stdin;": a header for the tabbed rows. */
  gsize copy_start, copy_end;
  if ((marks & VOILE_LINE_DELIM) && voile_table_copy_may_start (text, s, line_end)
      && voile_table_copy_columns (text, s, line_end, &copy_start, &copy_end))
    {
      if (try_header (st, text, c->len, copy_start, copy_end, TRUE))
        st->delimiter = '\t';
      close_record (c, st);
      return;
    }
  if (((marks & (VOILE_LINE_KEY | VOILE_LINE_BRACE | VOILE_LINE_DELIM)) == VOILE_LINE_DELIM
       || ((marks & (VOILE_LINE_KEY | VOILE_LINE_BRACE | VOILE_LINE_DELIM))
               == (VOILE_LINE_KEY | VOILE_LINE_DELIM)
           && colon_in_few_cells (text, s, line_end)))
      && try_header (st, text, c->len, s, line_end,
                     (marks & (VOILE_LINE_QUOTE | VOILE_LINE_UNSEEN)) != 0))
    {
      close_record (c, st);
      return;
    }
  if (marks & (VOILE_LINE_KEY | VOILE_LINE_DOTS))
    key_value_line (c, st, line_start, line_end);
  if (marks & (VOILE_LINE_QUOTE | VOILE_LINE_BRACE))
    json_fields (c, st, s, line_end);
  if (text[s] == '<')
    xml_fields (c, st, s, line_end);
}

gboolean
voile_field_state_things_row (const VoileFieldState *state)
{
  return state->things_row;
}
