/* voile-name-logins.c — logins that spell a person, and the lower-case names of chats.
 *
 * Two kinds of text hide names from the capitalised-word rules of voile-names.c:
 * - logs and accounts, where a person is a login: the user field of a web server's access
 *   log ("… - jdurand [12/Feb/2025:…"), "login failed for user anne-morvan", the user of a
 *   URL ("sftp://benali.k:…@host"), a profile URL ("linkedin.com/in/claraduboismartin"),
 *   chat handles ("lea_m", "Julien_P33", "s0phie.ber") and admin accounts ("priya_admin");
 * - chats typed in lower case, whose speakers open the lines ("rose : coucou", "[14/05/2025,
 *   07:12] kwame: …") and are then named anywhere in the chat ("rose tu fais la tarte ?").
 * The shape of a login is read against the name lists: a handle is a person only when its
 * parts are names ("Ragnar_du_71", "vexx", "www-data" are not).
 */
#include "config.h"

#include "voile-name-lexicon.h"
#include "voile-ascii.h"
#include "voile-name-private.h"

#include <string.h>

/* Longest login read. */
#define LOGIN_MAX 40
/* Distinct chat speakers kept, and speaker lines remembered. */
#define SPEAKERS_MAX 24
#define SPEAKER_LINES_MAX 256
/* Items of a list of lower-case given names read (a team's squad, a class). */
#define LOWER_LIST_MAX 16
/* Lower-case names looked for again in the whole text. */
#define LOWER_NAMES_MAX 24
/* Bounds the search for lower-case names again: one pass over a paste-sized text. */
#define LOWER_SEARCH_TEXT_MAX (256u << 10)

typedef struct
{
  gsize start, end; /* the first occurrence, for its text */
  guint lines;
  guint flags;      /* name flags of its first word */
  gboolean full;    /* a given name then a surname: "pierre faure" */
  gboolean capital; /* written with a capital: "Marguerite — 18/11/2026 21:15" */
} Speaker;

typedef struct
{
  gsize start, end;
  guint8 speaker;
} SpeakerLine;

/* A name looked for again in lower case: its bytes, lowered, and where it was found (not
 * marked twice there). */
typedef struct
{
  gsize origin;
  guint8 len;
  char bytes[LOGIN_MAX];
} LowerName;

struct _VoileLoginState
{
  gsize next_underscore; /* offset of the next '_' in the text; G_MAXSIZE: not searched */
  Speaker speakers[SPEAKERS_MAX];
  guint n_speakers;
  SpeakerLine lines[SPEAKER_LINES_MAX];
  guint n_lines;
  /* Lower-case names found in a chat's strong positions (speakers, lists), common words
   * included ("rose", "fern"), and the lower-case form of found names ("Zayn" → "zayn"):
   * looked for again in the whole text. */
  LowerName names[LOWER_NAMES_MAX];
  guint n_names;
  guint login_senders;   /* lines sent by a handle that spells a name ("will_t") */
  gboolean message_next; /* the line was a sender's name alone: the next one is a message */
  guint own_lines;       /* lines sent by "me", "moi", "you": the other side of a two-person chat */
  /* Lines sent after a message's stamp by a display name that is no speaker of ours
   * ("Fabrice Gîte", "Sandrine - Mairie"): the other side of the chat all the same. */
  guint other_lines;
  gsize message_start; /* after the sender's colon of the last chat message */
  /* Lower-case words of the chat messages judged by message_in_unread_language(): how many,
   * how many in no list. */
  guint lang_counted, lang_unknown;
};

VoileLoginState *
voile_login_state_new (void)
{
  /* Not zeroed: its arrays (some 9 kB) are read only up to their counts, and zeroing them
   * cost more than the scan of most texts' logins. */
  VoileLoginState *st = g_new (VoileLoginState, 1);
  st->next_underscore = G_MAXSIZE;
  st->n_speakers = st->n_lines = st->n_names = 0;
  st->login_senders = st->own_lines = st->other_lines = 0;
  st->message_next = FALSE;
  st->message_start = 0;
  st->lang_counted = st->lang_unknown = 0;
  return st;
}

void
voile_login_state_free (VoileLoginState *state)
{
  g_free (state);
}

/* ---- the shape of a login ------------------------------------------------------------- */

static inline guint
flags_of (const char *w, gsize n)
{
  return n > 0 && n <= LOGIN_MAX ? voile_name_lookup_word (w, n) : 0;
}

static inline gboolean
names_only (guint flags, guint wanted)
{
  return (flags & wanted) && !(flags & VOILE_NAME_WORD);
}

/* A given name, a common word too only when loose ("rose_m" in a user field). */
static inline gboolean
given (guint f, gboolean loose)
{
  return names_only (f, VOILE_NAME_FIRST) && (loose || !(f & VOILE_NAME_AMBIGUOUS));
}

static inline gboolean
surname (guint f, gboolean loose)
{
  return names_only (f, VOILE_NAME_LAST) && !(f & VOILE_NAME_PROPER)
         && (loose || !(f & VOILE_NAME_AMBIGUOUS));
}

/* "priya_admin": the suffix of a person's admin account. */
static gboolean
is_role_suffix (const char *w, gsize n)
{
  return (n == 5 && memcmp (w, "admin", 5) == 0) || (n == 3 && memcmp (w, "adm", 3) == 0)
         || (n == 4 && memcmp (w, "root", 4) == 0);
}

/* "luis_arroyo_studio", "thibaut-lemaire-dev", "quoc-bao-tran-9a1b2c": what a handle adds
 * after its owner's name, a trade or an id (letters and digits, a digit among them).
 * Returns n without it (and its separator), or n. */
static gsize
strip_handle_suffix (const char *h, gsize n)
{
  static const char *const trades[]
      = { "dev", "devs", "design", "designs", "studio", "studios", "vo", "voice", "voices", "art",
          "arts", "photo", "photos", "photography", "music", "official", "pro", "writes", "writer",
          "codes", "code", "tech", "creative", "creations", "makes", "films", "media",
          "illustration", "coach", "consulting", "conseil", "ux", "ui", "eng", "data", "fr", "uk",
          "hq", "agri", "immo", "auto", "deco",
          /* A remote worker's country ("thanh-nguyen-vn", "tunde-bakare-ng"). */
          "vn", "ng", "br", "pl", "za", "ke", "gh", "pk", "bd", "ph", "ro", "ua", NULL };
  gsize sep = n;

  for (gsize k = n; k > 0; k--)
    if (h[k - 1] == '.' || h[k - 1] == '_' || h[k - 1] == '-')
      {
        sep = k - 1;
        break;
      }
  /* "mateo.ruiz.g": a given name and a surname, then the initial of a second surname */
  if (sep >= 3 && sep + 2 == n && g_ascii_isalpha (h[n - 1]))
    for (gsize k = sep - 1; k > 0; k--)
      if (h[k] == '.' || h[k] == '_' || h[k] == '-')
        return k + 2 <= sep ? sep : n;
  if (sep < 3 || sep + 2 > n)
    return n;
  gsize tl = n - sep - 1;
  gboolean digit = FALSE, alnum = TRUE;
  for (gsize k = sep + 1; k < n; k++)
    {
      digit |= g_ascii_isdigit (h[k]);
      alnum &= g_ascii_isalnum (h[k]);
    }
  /* Not a name numbered ("alves22" in "ricardo_alves22"): letters, then digits only. */
  gsize letters = 0;
  while (letters < tl && g_ascii_isalpha (h[sep + 1 + letters]))
    letters++;
  gboolean numbered = letters >= 3;
  for (gsize k = sep + 1 + letters; k < n; k++)
    numbered &= g_ascii_isdigit (h[k]) != 0;
  if (alnum && digit && tl >= 4 && tl <= 12 && !numbered)
    return sep;
  if (voile_ascii_word_in (h + sep + 1, tl, trades))
    return sep;
  /* "tobias_krause_le", "bri.coleman_htx", "kieran_b_mcr": a name of two parts, then a
   * place's or a team's tag of two or three letters in lower case that names nobody. */
  gboolean tag = tl >= 2 && tl <= 3;
  for (gsize k = sep + 1; tag && k < n; k++)
    tag = g_ascii_islower (h[k]);
  if (tag && (flags_of (h + sep + 1, tl) & (VOILE_NAME_FIRST | VOILE_NAME_LAST)) == 0)
    {
      gsize first = 0;
      while (first < sep && h[first] != '.' && h[first] != '_' && h[first] != '-')
        first++;
      if (first >= 2 && sep - first >= 2)
        return sep;
    }
  return n;
}

/* Copies the login h[0, n) folded for the lists into out: ASCII lower case, leetspeak
 * digits between letters read as letters ("s0phie" → "sophie"), final digits dropped
 * ("Julien_P33" → "julien_p"). Returns the length, 0 when another digit is left. */
static gsize
fold_login (const char *h, gsize n, char *out)
{
  static const char leet[10] = { 'o', 'i', 0, 'e', 'a', 's', 0, 't', 0, 0 };

  while (n > 0 && g_ascii_isdigit (h[n - 1]))
    n--;
  for (gsize i = 0; i < n; i++)
    {
      char ch = h[i];
      if (g_ascii_isdigit (ch))
        {
          gboolean inside = i > 0 && i + 1 < n && g_ascii_isalpha (h[i - 1])
                            && g_ascii_isalpha (h[i + 1]) && leet[ch - '0'] != 0;
          if (!inside)
            return 0;
          ch = leet[ch - '0'];
        }
      out[i] = g_ascii_tolower (ch);
    }
  return n;
}

/* "rajdesigns", "lucianaeats": a creator's handle, a given name that is nothing else glued
 * to the trade or the theme of the account (not "maxdesigns": Max is a word too). */
static gboolean
given_glued_to_trade (const char *h, gsize n)
{
  static const char *const themes[]
      = { "designs", "design", "eats",   "bakes", "cooks",  "makes",   "creates", "crafts",
          "art",     "arts",   "studio", "photo", "photos", "writes",  "travels", "codes",
          "styles",  "beauty", "nails",  "music", "films",  "kitchen", NULL };

  if (n < 6 || flags_of (h, n) != 0)
    return FALSE;
  for (const char *const *t = themes; *t != NULL; t++)
    {
      gsize tl = strlen (*t);
      if (n >= tl + 3 && memcmp (h + n - tl, *t, tl) == 0)
        {
          guint f = flags_of (h, n - tl);
          return given (f, FALSE) && !(f & VOILE_NAME_PROPER);
        }
    }
  return FALSE;
}

/* Does the folded login h[0, n) spell a person's name? One separator ('.', '_', '-')
 * between a given name and a surname, an initial, a truncated surname (loose) or "admin";
 * an initial glued to a surname; a given name glued to one or two surnames (loose). *sep
 * is the separator's offset, or n. */
static gboolean
login_spells_name (const char *h, gsize n, gboolean loose, gsize *sep)
{
  gsize s = n, n_sep = 0;

  *sep = n;
  if (n < 3)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (h[i] == '.' || h[i] == '_' || h[i] == '-')
      s = i, n_sep++;
    else if (!(g_ascii_islower (h[i]) || (guchar)h[i] >= 0x80))
      return FALSE;
  if (n_sep == 2 && loose)
    {
      /* "maria_elena_costa", "john_p_smith": a given name (a place too: "sofia"), a second
       * one or an initial, then a surname, one separator between each. */
      const char *m = memchr (h, h[s], s);
      gsize l1 = m != NULL ? (gsize)(m - h) : 0, l2 = s - l1 - 1, l3 = n - s - 1;
      guint f1 = flags_of (h, l1);
      *sep = s;
      if (m == NULL || l1 < 3 || l2 < 1 || l3 < 3 || !given (f1, TRUE))
        return FALSE;
      guint f2 = flags_of (m + 1, l2), f3 = flags_of (h + s + 1, l3);
      if ((l2 == 1 || given (f2, TRUE)) && surname (f3, TRUE))
        return TRUE;
      /* "chidinma-okonkwo-adebayo": a given name that is nothing else, then two surnames,
       * names or words in no list (origins the lists miss). */
      return given (f1, FALSE) && !(f1 & VOILE_NAME_PROPER) && l2 >= 3
             && (surname (f2, TRUE) || f2 == 0) && (surname (f3, TRUE) || f3 == 0);
    }
  if (n_sep > 1)
    return FALSE;
  if (n_sep == 1)
    {
      const char *b = h + s + 1;
      gsize l1 = s, l2 = n - s - 1;
      guint f1 = flags_of (h, l1), f2;

      *sep = s;
      if (l1 == 0 || l2 == 0 || (h[s] == '-' && (l1 < 3 || l2 < 3)))
        return FALSE; /* "ghazal-m": a repository's name as often as a person's */
      if (!loose && l1 > 1 && !(f1 & VOILE_NAME_FIRST))
        return FALSE; /* "elapsed_ms": most code words are in no list */
      f2 = flags_of (b, l2);
      /* "s0phie.ber" as a sender: a given name, then anything; not "ledger-tools", a
       * repository's or an organisation's words. */
      if (loose && given (f1, FALSE) && !(f1 & VOILE_NAME_PROPER)
          && !(h[s] == '-' && (f2 & VOILE_NAME_WORD)))
        return TRUE;
      /* A hyphen joins words of a repository's or a firm's name as often ("ledger-tools"):
       * there, common words only after a given name that is nothing else. */
      gboolean lax = loose && (h[s] != '-' || given (f1, FALSE));
      if (given (f1, loose) && !(f1 & VOILE_NAME_PROPER))
        return l2 == 1 || (loose && l2 == 2 && f2 == 0) /* "chidi-oa": initials */
               || surname (f2, lax) || given (f2, lax) || is_role_suffix (b, l2)
               || (lax && f2 == 0 && l2 >= 3); /* "s0phie.ber", "anne-kerjean" */
      if (l1 == 1)
        return surname (f2, loose) && l2 >= 3;
      /* "rajdesigns_kumar", "lucianaeats.cdmx": a creator's handle, then a surname or a
       * place's tag. */
      if (loose && f1 == 0 && given_glued_to_trade (h, l1))
        return TRUE;
      /* "Lopez_Carmen", "haddou.n": a surname first, in a user field. */
      return loose
             && ((surname (f1, TRUE) || (f1 == 0 && l1 >= 4))
                 && (given (f2, TRUE) || (l2 == 1 && f1 == 0) || (l2 == 1 && surname (f1, FALSE))));
    }
  guint whole = flags_of (h, n), rest = flags_of (h + 1, n - 1);
  if (whole == 0 && n >= 4 && surname (rest, loose))
    return TRUE; /* "jdurand" */
  if (whole == 0 && rest == 0 && n >= 7 && surname (flags_of (h + 2, n - 2), FALSE))
    return TRUE; /* "jpdurand": two initials */
  if (!loose)
    return FALSE;
  if (given (whole, FALSE) && !(whole & VOILE_NAME_PROPER))
    return TRUE;
  /* "jpierre_agri", "mclaire": a French compound given name, its first part's initial
   * (Jean-, Marie-, Pierre-, Anne-) glued to the second, a word too ("pierre"). */
  if (whole == 0 && n >= 5 && strchr ("jmpa", h[0]) != NULL
      && (flags_of (h + 1, n - 1) & VOILE_NAME_FIRST)
      && !(flags_of (h + 1, n - 1) & VOILE_NAME_PROPER))
    return TRUE;
  /* "PriyaK", "samirb": a given name and the surname's initial glued. */
  if (whole == 0 && n >= 5 && given (flags_of (h, n - 1), FALSE)
      && !(flags_of (h, n - 1) & VOILE_NAME_PROPER))
    return TRUE;
  /* "claraduboismartin": a given name, then one or two surnames glued. */
  for (gsize cut = 3; whole == 0 && cut + 3 <= n; cut++)
    {
      if (((guchar)h[cut] & 0xC0) == 0x80)
        continue;
      guint f = flags_of (h, cut);
      if (!given (f, TRUE) || (f & VOILE_NAME_PROPER))
        continue;
      if (surname (flags_of (h + cut, n - cut), FALSE))
        return TRUE;
      for (gsize cut2 = cut + 3; cut2 + 3 <= n; cut2++)
        if (((guchar)h[cut2] & 0xC0) != 0x80 && surname (flags_of (h + cut, cut2 - cut), TRUE)
            && surname (flags_of (h + cut2, n - cut2), TRUE))
          return TRUE;
    }
  return FALSE;
}

/* Reports a login as one person: its first part text[start, start + first_len), and when
 * two its second part up to start + len; the mention spans the whole login up to end (its
 * digits and suffix included). */
static gboolean
add_login_person (VoileNameCollector *c, gsize start, gsize first_len, gsize len, gboolean two,
                  gsize end)
{
  VoileToken parts[2] = { { .start = start, .end = start + first_len } };
  if (two)
    parts[1].start = start + first_len + 1, parts[1].end = start + len;
  guint before = c->mentions->len;
  voile_name_collector_add_person (c, parts, 0, two ? 1 : 0, 0, CONFIDENCE_FIELD, VOILE_FIELD_NONE);
  if (c->mentions->len == before)
    return FALSE;
  g_array_index (c->mentions, VoileNameMention, c->mentions->len - 1).end = end;
  return TRUE;
}

/* Is h[0, n) a programmer's word shaped like a login: a constant in capitals
 * ("PAM_SUCCESS", "LC_CTYPE"), a C type ("bool_t", "socklen_t"), a member ("self.line"), a
 * file name whose extension follows the dot ("query.json", "notes.txt")? An initial
 * ("anne.c") is no extension. */
static gboolean
is_code_word (const char *h, gsize n)
{
  static const char *const extensions[]
      = { "bak", "cfg",  "conf", "csv", "deb",  "doc",  "docx", "env",  "gif", "go",  "gz",
          "htm", "html", "ini",  "jpg", "jpeg", "js",   "json", "log",  "md",  "odt", "pdf",
          "php", "png",  "py",   "rb",  "rpm",  "rs",   "sh",   "so",   "sql", "svg", "tar",
          "tgz", "toml", "ts",   "txt", "xls",  "xlsx", "xml",  "yaml", "yml", "zip", NULL };
  gboolean lower = FALSE, underscore = FALSE;
  const char *dot = NULL;

  for (gsize i = 0; i < n; i++)
    {
      lower |= g_ascii_islower (h[i]);
      underscore |= h[i] == '_';
      if (h[i] == '.')
        dot = h + i;
    }
  if (underscore && !lower)
    return TRUE;
  if (dot == h + 4 && (memcmp (h, "self", 4) == 0 || memcmp (h, "this", 4) == 0))
    return TRUE; /* "self.line": an object's member */
  if (n > 2 && h[n - 2] == '_' && h[n - 1] == 't')
    return TRUE;
  /* voile_ascii_word_in() ignores case; a one-letter part is no extension ("anne.c") */
  return dot != NULL && h + n - dot - 1 >= 2
         && voile_ascii_word_in (dot + 1, (gsize)(h + n - dot - 1), extensions);
}

/* Is w[0, n) a keyword of code written as code, in lower case, that the lists take for a
 * given name ("elif": Elif)? */
static gboolean
is_code_keyword (const char *w, gsize n)
{
  static const char *const keywords[]
      = { "case", "def", "elif", "else", "except", "finally", "lambda", "return", NULL };
  return voile_word_in (w, n, keywords);
}

/* Reports the login text[start, end) as a PERSON when it spells a name: one span, keyed on
 * its parts so that "grace.adebayo" and a later "Grace" are one person. */
gboolean
voile_name_add_login (VoileNameCollector *c, gsize start, gsize end, gboolean loose)
{
  char folded[LOGIN_MAX];
  gsize n, sep;

  if (end <= start || end - start > LOGIN_MAX || is_code_word (c->text + start, end - start))
    return FALSE;
  n = fold_login (c->text + start, strip_handle_suffix (c->text + start, end - start), folded);
  if (n == 0 || !login_spells_name (folded, n, loose, &sep))
    return FALSE;
  /* "pcreposix.h", "parser.c": a C file, unless a given name comes before ("julien.c") */
  if (sep + 2 == n && folded[sep] == '.' && (folded[n - 1] == 'c' || folded[n - 1] == 'h')
      && !(flags_of (folded, sep) & VOILE_NAME_FIRST))
    return FALSE;

  gboolean two = sep < n && n - sep - 1 > 1 && !is_role_suffix (folded + sep + 1, n - sep - 1);
  return add_login_person (c, start, sep, n, two, end);
}

/* Words of service accounts and bots, whole or as one part of a login ("jira-bot",
 * "svc_backup", "deploy"): strcmp order. */
static const char *const service_words[] = {
  "admin", "anonymous", "api",        "app",     "automation", "backup", "bot",     "build",
  "ci",    "cron",      "daemon",     "deploy",  "dev",        "git",    "github",  "gitlab",
  "guest", "jenkins",   "jira",       "monitor", "nobody",     "none",   "noreply", "null",
  "ops",   "qa",        "root",       "service", "support",    "svc",    "sync",    "system",
  "team",  "test",      "unassigned", "user",    "web",        "www",
};

/* Is h[0, n) a part no person's login is made of: a service word, a common word that is no
 * name ("build", "release"), or no letters? */
static gboolean
service_part (const char *h, gsize n)
{
  char w[16];

  if (n == 0)
    return TRUE;
  if (n < sizeof w)
    {
      for (gsize i = 0; i < n; i++)
        w[i] = g_ascii_tolower (h[i]);
      w[n] = '\0';
      if (voile_name_sorted_lookup (service_words, G_N_ELEMENTS (service_words), w) != NULL)
        return TRUE;
    }
  guint f = flags_of (h, n);
  return (f & VOILE_NAME_WORD) && !(f & (VOILE_NAME_FIRST | VOILE_NAME_LAST));
}

gboolean
voile_name_login_may_be_person (const char *text, gsize start, gsize end)
{
  const char *h = text + start;
  gsize n = end - start, sep = n, n_sep = 0;
  gboolean vowel = FALSE;

  while (n > 0 && g_ascii_isdigit (h[n - 1]) && end - start - n < 4)
    n--;
  if (n < 4 || n > 32)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      guchar ch = (guchar)h[i];
      if (ch == '.' || ch == '_' || ch == '-')
        sep = i, n_sep++;
      else if (g_ascii_islower (ch) || ch >= 0x80)
        vowel |= ch >= 0x80 || strchr ("aeiouy", ch) != NULL;
      else
        return FALSE;
    }
  if (!vowel || n_sep > 1)
    return FALSE;
  if (n_sep == 0)
    {
      /* "dmokoena": an initial glued to a surname in no list; a word of any list is
       * rather an account's name ("jenkins" is a surname too, "deploy" a word). */
      if (n < 5 || n > 12 || flags_of (h, n) != 0 || flags_of (h + 1, n - 1) != 0)
        return FALSE;
      /* "svcbackup", "jirabot": a service word glued before or after. */
      for (gsize k = 0; k < G_N_ELEMENTS (service_words); k++)
        {
          gsize l = strlen (service_words[k]);
          if (l >= 3 && l <= n
              && (memcmp (h, service_words[k], l) == 0
                  || memcmp (h + n - l, service_words[k], l) == 0))
            return FALSE;
        }
      return TRUE;
    }
  gsize l1 = sep, l2 = n - sep - 1;
  if (l2 < 2 || (l1 == 1 && l2 < 4) || l1 == 0)
    return FALSE;
  return !service_part (h, l1) && !service_part (h + sep + 1, l2);
}

gboolean
voile_name_add_unlisted_login (VoileNameCollector *c, gsize start, gsize end)
{
  const char *h = c->text + start;
  gsize n = end - start, sep = 0;

  while (n > 0 && g_ascii_isdigit (h[n - 1]))
    n--;
  for (gsize i = 0; i < n; i++)
    if (h[i] == '.' || h[i] == '_' || h[i] == '-')
      sep = i;
  gboolean two = sep > 0 && n - sep - 1 > 1;
  return add_login_person (c, start, sep > 0 ? sep : n, n, two, end);
}

/* A handle the text declares as a person's account ("Username  rohan_deshpande", "his
 * gamertag is JaylenOW_09", "WeChat lin_zhao_0711"), whose names no list may hold: letters in
 * parts split by '.', '_', '-', digits or a change of case, not a constant in capitals nor
 * code, a vowel among its letters, its first part no service word, and a part that is a
 * name and no common word or in no list (three letters at least): "grace_period",
 * "account_id", "max_len", "admin_user" are words only. */
static gboolean
declared_handle_may_be_person (const char *h, gsize n)
{
  if (n < 4 || n > 40 || is_code_word (h, n))
    return FALSE;
  gboolean vowel = FALSE, lower = FALSE, named = FALSE;
  guint parts = 0;
  for (gsize i = 0; i < n;)
    {
      if (!g_ascii_isalpha (h[i]))
        {
          if (!g_ascii_isdigit (h[i]) && h[i] != '.' && h[i] != '_' && h[i] != '-')
            return FALSE;
          i++;
          continue;
        }
      gsize s = i++;
      while (i < n && g_ascii_isalpha (h[i])
             && !(g_ascii_isupper (h[i]) && g_ascii_islower (h[i - 1])))
        i++;
      char w[LOGIN_MAX];
      gsize l = i - s;
      if (l >= sizeof w || ++parts > 5)
        return FALSE;
      for (gsize k = 0; k < l; k++)
        {
          w[k] = g_ascii_tolower (h[s + k]);
          vowel |= strchr ("aeiouy", w[k]) != NULL;
          lower |= g_ascii_islower (h[s + k]) != 0;
        }
      if (parts == 1 && service_part (w, l) && !(flags_of (w, l) & VOILE_NAME_FIRST))
        return FALSE;
      guint f = flags_of (w, l);
      named |= given (f, FALSE) || surname (f, FALSE) || (f == 0 && l >= 3);
    }
  return vowel && lower && named;
}

/* Reports the declared handle text[start, end) as a person: as a login that spells a name
 * when it does, else as a login in no list. */
gboolean
voile_name_add_declared_handle (VoileNameCollector *c, gsize start, gsize end)
{
  if (end <= start || !declared_handle_may_be_person (c->text + start, end - start))
    return FALSE;
  if (voile_name_add_login (c, start, end, TRUE))
    return TRUE;
  /* One span: its parts are no names to find elsewhere ("zhouli_hengrui" names no
   * "Hengrui" of a firm). */
  return add_login_person (c, start, (gsize)(end - start), (gsize)(end - start), FALSE, end);
}

/* Does a word naming a person's account end at text[e] ("username", "gamertag", "WeChat",
 * "account", "seller"), read back over a colon, quotes and "is"/"was"/"est" from the
 * handle's start s ("his gamertag is X", "Your username is: X", "the seller \"X\"",
 * "Account: X", "wechat X")? At most 48 bytes back, never past line_start. */
static gboolean
after_account_word (const char *text, gsize line_start, gsize s)
{
  static const char *const words[]
      = { "username", "usernames",   "gamertag", "account",  "acct",      "acc",
          "wechat",   "telegram",    "discord",  "snapchat", "instagram", "insta",
          "tiktok",   "kakao",       "skype",    "channel",  "seller",    "buyer",
          "pseudo",   "identifiant", "profile",  "ign",      "nickname",  NULL };
  gsize lim = s > line_start + 48 ? s - 48 : line_start, p = s;
  for (guint round = 0; round < 2; round++)
    {
      while (p > lim
             && (text[p - 1] == ' ' || text[p - 1] == ':' || text[p - 1] == '"'
                 || text[p - 1] == '\'' || text[p - 1] == '\t'))
        p--;
      gsize we = p;
      while (p > lim && g_ascii_isalpha (text[p - 1]))
        p--;
      if (p < we && p > line_start && g_ascii_isalnum (text[p - 1]))
        return FALSE;
      /* The words' first letters and lengths first: most words before a handle are none. ('='
       * ends the search: a settings file's "username = …" is a key.) */
      gsize wl = we - p;
      char f0 = (char)(text[p] | 0x20);
      if (wl < 2 || wl > 11 || f0 < 'a' || f0 > 'z')
        return FALSE;
      if (((1u << (f0 - 'a')) & 0x5CA55Fu) == 0)
        return FALSE;
      if (voile_ascii_word_in (text + p, we - p, words))
        {
          /* Not a key of a settings file or a JSON object ("username = ojs_app",
           * "\"account\": \"acct_…\"", "  username: svc_etl"): the key-line readers judge
           * those. */
          if ((we < s && text[we] == '"') || (we < s && text[we] == '\''))
            return FALSE;
          gsize k = p;
          while (k > line_start
                 && (text[k - 1] == ' ' || text[k - 1] == '\t' || text[k - 1] == '-'
                     || text[k - 1] == '"'))
            k--;
          return !(k == line_start && memchr (text + we, ':', s - we) != NULL);
        }
      static const char *const links[] = { "is", "was", "est", "named", "called", NULL };
      if (round > 0 || we == s || !voile_ascii_word_in (text + p, we - p, links))
        return FALSE;
    }
  return FALSE;
}

static inline gboolean
is_login_byte (char ch)
{
  return g_ascii_isalnum (ch) || (guchar)ch >= 0x80 || ch == '.' || ch == '_' || ch == '-';
}

/* The end of the login that starts at text[start]: no final '.' or '-'. */
static gsize
login_end (const char *text, gsize start, gsize line_end)
{
  gsize p = start;
  while (p < line_end && is_login_byte (text[p]))
    p++;
  while (p > start && (text[p - 1] == '.' || text[p - 1] == '-'))
    p--;
  return p;
}

/* ---- logs ------------------------------------------------------------------------------ */

/* "203.0.113.9 - jdurand [12/Feb/2025:18:40:11 +0100] "GET …": the third field of the
 * common and combined log formats is the authenticated user. TRUE for such a line. */
G_GNUC_NO_INLINE static gboolean
access_log_user (VoileNameCollector *c, gsize line_start, gsize line_end)
{
  const char *text = c->text;
  gsize p = line_start, host = p;

  while (p < line_end && (g_ascii_isxdigit (text[p]) || text[p] == '.' || text[p] == ':'))
    p++;
  if (p - host < 3 || p + 4 >= line_end || text[p] != ' ')
    return FALSE;
  p++;
  while (p < line_end && text[p] != ' ') /* the identd field, "-" */
    p++;
  gsize us = ++p;
  while (p < line_end && text[p] != ' ')
    p++;
  if (p + 3 >= line_end || text[p + 1] != '[' || !g_ascii_isdigit (text[p + 2]) || p == us)
    return FALSE;
  if (!(p - us == 1 && text[us] == '-') && login_end (text, us, p) == p)
    voile_name_add_login (c, us, p, TRUE);
  return TRUE;
}

/* The next "marker" (n bytes) starting in text[from, limit), or NULL: the log rules below walk
 * a line from one marker to the next ("/author/", "user", "://"). The caller keeps n bytes of
 * room after limit. */
static const char *
next_marker (const char *text, gsize from, gsize limit, const char *marker, gsize n)
{
  for (gsize p = from; p < limit;)
    {
      const char *q = memchr (text + p, marker[0], limit - p);
      if (q == NULL)
        return NULL;
      if (memcmp (q, marker, n) == 0)
        return q;
      p = (gsize)(q - text) + 1;
    }
  return NULL;
}

/* "GET /author/jdurand/ HTTP/1.1": WordPress's author pages, which scanners walk to list the
 * site's logins ("/?author=1" redirects there). */
static void
author_slug (VoileNameCollector *c, gsize line_start, gsize line_end)
{
  const char *text = c->text;

  if (line_end - line_start <= 9)
    return;
  for (const char *q = next_marker (text, line_start, line_end - 9, "/author/", 8); q != NULL;
       q = next_marker (text, (gsize)(q - text) + 1, line_end - 9, "/author/", 8))
    {
      gsize s = (gsize)(q - text) + 8, e = login_end (text, s, line_end);
      if (e > s && (e == line_end || text[e] == '/' || text[e] == ' ' || text[e] == '"'))
        voile_name_add_login (c, s, e, TRUE);
    }
}

/* "WordPress login failed for user anne-morvan", "Authentication failure for user
 * rwhitfield from …", "Failed login for username: kbrennan": the word after "user" or
 * "username" in a log line. */
G_GNUC_NO_INLINE static void
user_word_login (VoileNameCollector *c, gsize line_start, gsize line_end)
{
  const char *text = c->text;

  if (line_end - line_start <= 6)
    return;
  for (const char *q = next_marker (text, line_start, line_end - 6, "user", 4); q != NULL;
       q = next_marker (text, (gsize)(q - text) + 1, line_end - 6, "user", 4))
    {
      gsize at = (gsize)(q - text);
      /* A JSON or YAML key too: "username": "maria_elena_costa". */
      gboolean quoted = at > line_start && text[at - 1] == '"';
      if (at > line_start && text[at - 1] != ' ' && !quoted)
        continue;
      /* "user kbrennan", "username: kbrennan", "user 'kbrennan'", "username=kbrennan" */
      gsize ls = at + 4;
      if (ls + 4 < line_end && memcmp (text + ls, "name", 4) == 0)
        ls += 4;
      if (quoted && ls < line_end && text[ls] == '"')
        ls++;
      if (ls < line_end && (text[ls] == ':' || text[ls] == '='))
        ls++;
      if (ls >= line_end || (text[ls] != ' ' && text[ls - 1] != ':' && text[ls - 1] != '='))
        continue;
      while (ls < line_end && text[ls] == ' ')
        ls++;
      ls += ls < line_end && (text[ls] == '\'' || text[ls] == '"');
      gsize le = login_end (text, ls, line_end);
      if (le > ls && (le == line_end || strchr (" ,;:'\")\r", text[le]) != NULL))
        voile_name_add_login (c, ls, le, TRUE);
    }
}

/* The login in lower case that starts at text[ls] after "by" or "par", when it spells a
 * name strictly (voile_name_find_agent_logins()). */
static void
agent_login_at (VoileNameCollector *c, gsize p)
{
  const char *text = c->text;
  gsize len = c->len;

  if (p < len && text[p] == ':')
    p++;
  if (p + 4 >= len || text[p] != ' ' || !g_ascii_islower (text[p + 1]))
    return;
  gsize ls = p + 1, le = login_end (text, ls, MIN (len, ls + LOGIN_MAX + 1)), q = ls;
  /* all in lower case: "by eBay", "by bKash" are brands */
  while (q < le && !g_ascii_isupper (text[q]))
    q++;
  /* four signs at least ("by the", "by car" stop here): login_spells_name() wants them */
  if (q == le && le >= ls + 4 && le - ls <= LOGIN_MAX
      && (le == len || strchr (" ,;:)\r\n", text[le]) != NULL))
    voile_name_add_login (c, ls, le, FALSE);
}

static inline gboolean
word_opens_at (const char *text, gsize at)
{
  return at == 0 || text[at - 1] == ' ' || text[at - 1] == '\t' || text[at - 1] == '\n'
         || text[at - 1] == '(';
}

/* "run by gsinclair 20/11/2026", "keyed by jmcauley on 13/11", "Generated by: tokafor",
 * "exported by whaea.anahera": whoever did an office act (ran a report, keyed, printed,
 * exported) named by a login in lower case after "by" and a colon at most. Taken only when
 * the login spells a name strictly (an initial glued to a surname, a given name and a
 * surname or an initial), all in lower case: "by default", "by cron", "by pandoc", "by
 * bKash" are none. One memchr() pass over the text for its rarer letter, "y": a scan of the
 * words of every line cost twice as much. French "par" is left: its letters are five times
 * as frequent, and its pass cost more than the +0.5 % a branch may spend. */
void
voile_name_find_agent_logins (VoileNameCollector *c)
{
  const char *text = c->text;
  gsize len = c->len;

  if (len < 8)
    return;
  for (const char *q = memchr (text + 1, 'y', len - 5); q != NULL;
       q = memchr (q + 1, 'y', (gsize)(text + len - 5 - q)))
    if (q[-1] == 'b' && (q[1] == ' ' || q[1] == ':') && word_opens_at (text, (gsize)(q - 1 - text)))
      agent_login_at (c, (gsize)(q + 1 - text));
}

/* "  Username          rohan_deshpande      ✔ email", "Username .......... bri.coleman_htx",
 * "Account: seoyeon_lee / AID …", "Gamertag\tjaylen_ow": an account's profile pasted from
 * an admin panel or a form, its label opening the line, then a wide gap, dot leaders, a tab
 * or a colon, then the login. Only the label's first bytes are read on other lines. */
void
voile_name_label_line_login (VoileNameCollector *c, gsize line_start, gsize line_end)
{
  /* Two first letters, lower case, then the label; sorted by nothing: few of them. */
  static const struct
  {
    char first[2];
    guint8 len;
    const char *label;
  } labels[] = {
    { "us", 8, "username" },     { "us", 9, "user name" },    { "us", 4, "user" },
    { "lo", 5, "login" },        { "ha", 6, "handle" },       { "ac", 7, "account" },
    { "ga", 8, "gamertag" },     { "sc", 11, "screen name" }, { "ps", 6, "pseudo" },
    { "id", 11, "identifiant" }, { "ch", 7, "channel" },
  };
  const char *text = c->text;
  gsize p = line_start, ls, le;

  while (p < line_end && p - line_start < 16 && (text[p] == ' ' || text[p] == '\t'))
    p++;
  if (p + 6 >= line_end)
    return;
  /* Most lines fail on their first two bytes. */
  char a = (char)(text[p] | 0x20), b = (char)(text[p + 1] | 0x20);
  char want;
  switch (a)
    {
      case 'u':
      case 'p':
        want = 's';
        break;
      case 'l':
        want = 'o';
        break;
      case 'h':
      case 'g':
        want = 'a';
        break;
      case 'a':
      case 's':
        want = 'c';
        break;
      case 'i':
        want = 'd';
        break;
      case 'c':
        want = 'h';
        break;
      default:
        return;
    }
  if (b != want)
    return;
  for (guint k = 0; k < G_N_ELEMENTS (labels); k++)
    {
      gsize n = labels[k].len;
      if (labels[k].first[0] != a || labels[k].first[1] != b || p + n >= line_end
          || g_ascii_strncasecmp (text + p, labels[k].label, n) != 0
          || g_ascii_isalnum (text[p + n]))
        continue;
      ls = p + n;
      gboolean colon = ls < line_end && text[ls] == ':', gap = FALSE;
      ls += colon;
      while (ls < line_end && ls - p < 64
             && (text[ls] == ' ' || text[ls] == '\t' || text[ls] == '.'))
        {
          gap |= text[ls] == '\t' || text[ls] == '.' || (text[ls] == ' ' && text[ls - 1] == ' ');
          ls++;
        }
      /* "Account locked", "User 12": a label needs its colon or its gap. */
      if ((!colon && !gap) || ls >= line_end)
        return;
      le = login_end (text, ls, line_end);
      /* A login in no list only after a gap or dot leaders, a pasted panel's layout
       * ("username: svc_etl" of a settings file is a service's). */
      if (le > ls && (le == line_end || strchr (" \t,;/|\r", text[le]) != NULL)
          && !voile_name_add_login (c, ls, le, TRUE) && gap)
        voile_name_add_declared_handle (c, ls, le);
      return;
    }
}

/* A JSON line ('"' and ':'), or a key line that opens on "user" ("  username: …",
 * "- user: …", a YAML seed). */
static gboolean
key_line_of_user (const char *text, gsize line_start, gsize line_end, guint marks)
{
  gsize p = line_start;

  if (marks & VOILE_LINE_QUOTE)
    return TRUE;
  while (p < line_end && (text[p] == ' ' || text[p] == '\t' || text[p] == '-'))
    p++;
  return line_end - p > 5 && memcmp (text + p, "user", 4) == 0;
}

/* "sftp://benali.k:secret@host", "ftp://jdurand@host": the user of a URL. */
G_GNUC_NO_INLINE static void
url_user (VoileNameCollector *c, gsize line_start, gsize line_end)
{
  const char *text = c->text;

  if (line_end - line_start <= 3)
    return;
  for (const char *q = next_marker (text, line_start, line_end - 3, "://", 3); q != NULL;
       q = next_marker (text, (gsize)(q - text) + 1, line_end - 3, "://", 3))
    {
      gsize us = (gsize)(q - text) + 3, ue = login_end (text, us, line_end);
      if (ue > us && ue < line_end && (text[ue] == ':' || text[ue] == '@'))
        {
          const char *at = text[ue] == '@' ? text + ue : memchr (text + ue, '@', line_end - ue);
          const char *space = memchr (text + ue, ' ', line_end - ue);
          if (at != NULL && (space == NULL || at < space))
            voile_name_add_login (c, us, ue, TRUE);
        }
    }
}

void
voile_name_profile_slug (VoileNameCollector *c, gsize slash, gsize line_end)
{
  const char *text = c->text;
  char glued[LOGIN_MAX];

  if (slash < 12 || memcmp (text + slash - 12, "linkedin.com/in/", 16) != 0)
    return;
  gsize s = slash + 4, e = s, n = 0;
  while (e < line_end && (g_ascii_isalnum (text[e]) || text[e] == '-' || text[e] == '_'))
    e++;
  /* "nour-bensalem", "chidinma-okonkwo-adebayo": the words apart, a surname in no list
   * after a given name. */
  if (memchr (text + s, '-', e - s) != NULL && voile_name_add_login (c, s, e, TRUE))
    return;
  /* Without a final id ("-4b21a") and the hyphens: the name's words glued. */
  gsize name_end = e;
  const char *dash = NULL;
  for (const char *d = text + s; d < text + e; d++)
    if (*d == '-')
      dash = d;
  if (dash != NULL)
    {
      gboolean id = TRUE;
      for (const char *d = dash + 1; d < text + e; d++)
        id = id && (g_ascii_isdigit (*d) || (*d >= 'a' && *d <= 'f'));
      /* "-71", "-rsa", "-jed": a short tag LinkedIn adds to tell namesakes apart, no name */
      gsize tl = (gsize)(text + e - dash - 1);
      if (!id && tl >= 2 && tl <= 3
          && !(voile_name_lookup_word (dash + 1, tl) & (VOILE_NAME_FIRST | VOILE_NAME_LAST)))
        id = TRUE;
      if (id && dash + 1 < text + e)
        name_end = (gsize)(dash - text);
    }
  /* "tariq-butt-71": the words apart once the tag is off */
  if (name_end < e && memchr (text + s, '-', name_end - s) != NULL
      && voile_name_add_login (c, s, name_end, TRUE))
    {
      g_array_index (c->mentions, VoileNameMention, c->mentions->len - 1).end = e;
      return;
    }
  for (gsize k = s; k < name_end && n < LOGIN_MAX; k++)
    if (text[k] != '-')
      glued[n++] = g_ascii_tolower (text[k]);
  gsize sep;
  if (n >= 5 && n < LOGIN_MAX && memchr (glued, '_', n) == NULL
      && login_spells_name (glued, n, TRUE, &sep))
    {
      VoileToken part = { .start = s, .end = e };
      voile_name_collector_add_person (c, &part, 0, 0, 0, CONFIDENCE_FIELD, VOILE_FIELD_NONE);
    }
}

/* "priya_admin", "lea_m" anywhere: a word of two parts joined by '_', a given name then an
 * initial, a surname or "admin". One search of the text for '_', kept from line to line. */
G_GNUC_NO_INLINE static void
underscore_logins (VoileNameCollector *c, VoileLoginState *st, gsize line_start, gsize line_end)
{
  const char *text = c->text;

  if (st->next_underscore == G_MAXSIZE || st->next_underscore < line_start)
    {
      const char *q = memchr (text + line_start, '_', c->len - line_start);
      st->next_underscore = q != NULL ? (gsize)(q - text) : c->len;
    }
  while (st->next_underscore < line_end)
    {
      gsize u = st->next_underscore, s = u, e = login_end (text, u, line_end);
      const char *q
          = e < c->len ? memchr (text + MAX (e, u + 1), '_', c->len - MAX (e, u + 1)) : NULL;
      st->next_underscore = q != NULL ? (gsize)(q - text) : c->len;
      /* Then an initial or "admin" ("lea_m", "priya_admin"): "first_name", "max_len" are
       * not read further. */
      gsize tail = e;
      while (tail > u + 1 && g_ascii_isdigit (text[tail - 1]))
        tail--;
      /* Or a numbered pair of names ("ricardo_alves22" in a moderation log), read strictly:
       * both names and no word ("grace_period2", "rose_gold2" are none). */
      gboolean pair = tail < e && tail - u - 1 >= 3 && g_ascii_islower (text[u + 1])
                      && memchr (text + u + 1, '_', tail - u - 1) == NULL;
      /* "his gamertag is JaylenOW_09", "WeChat lin_zhao_0711", "account \"destiny_okw\"": a
       * handle after a word naming an account, whatever its parts. */
      if (e > u + 1 || u > line_start)
        {
          gsize hs = u;
          while (hs > line_start && u - hs < 40 && is_login_byte (text[hs - 1]))
            hs--;
          /* A word of its own after a space, a quote or a colon's space: most underscores of
           * code fail on the byte before ("= foo_bar", "self.max_len", "(fd_out"). */
          char b1 = hs > line_start ? text[hs - 1] : '\0';
          char b2 = hs > line_start + 1 ? text[hs - 2] : '\0';
          if (hs + 4 <= e && (b1 == ' ' || b1 == '"' || b1 == '\'' || b1 == '\t')
              && (g_ascii_isalpha (b2) || b2 == ':' || b2 == ' ' || b2 == '"')
              && (e == line_end || strchr (" \t,;)\"'.!?\r", text[e]) != NULL)
              && after_account_word (text, line_start, hs)
              && voile_name_add_declared_handle (c, hs, e))
            continue;
        }
      if (e <= u + 1 || (tail - u - 1 != 1 && !is_role_suffix (text + u + 1, tail - u - 1) && !pair)
          || (tail == e && text[u + 1] == 't'))
        continue; /* "size_t", "pid_t": a C type */
      while (s > line_start && is_login_byte (text[s - 1]))
        s--;
      /* A word of its own: not a path, a key or an e-mail's local part. */
      if ((s > line_start && strchr (" \t(\"'*", text[s - 1]) == NULL)
          || (e < line_end && strchr (" \t,;)\"'*!?\r", text[e]) == NULL
              && !(text[e] == '.' && (e + 1 == line_end || text[e + 1] == ' '))
              && !(text[e] == ':' && (e + 1 == line_end || text[e + 1] == ' '))))
        continue;
      /* "Julien_P33", "Lea_M": a marketplace pseudonym, capitalised or numbered, may start
       * with a given name that is also a word. */
      if (g_ascii_isupper (text[s]) && g_ascii_isupper (text[s + 1]))
        continue; /* "MAX_N", "KEVIN_A": a constant */
      if (u - s < 4 && g_ascii_islower (text[s]) && tail - u - 1 == 1)
        continue; /* "len_x", "max_n": code ("lea_m" is read as a sender, then anywhere) */
      voile_name_add_login (
          c, s, e,
          !pair && ((g_ascii_isupper (text[s]) && g_ascii_islower (text[s + 1])) || tail < e));
    }
}

/* ---- chat speakers -------------------------------------------------------------------- */

/* Where a message's sender starts: after "[14/05/2025, 07:12] ", "14/05/2025, 07:12 - ",
 * "10:02 " or nothing. */
static gsize
after_chat_stamp (const char *text, gsize p, gsize line_end)
{
  if (p < line_end && text[p] == '[')
    {
      const char *close = memchr (text + p, ']', MIN (line_end - p, 40));
      if (close != NULL && g_ascii_isdigit (text[p + 1])
          && memchr (text + p, ':', (gsize)(close - text) - p) != NULL)
        return (gsize)(close - text) + 1 + (close + 1 < text + line_end && close[1] == ' ');
      return p;
    }
  if (p + 5 < line_end && g_ascii_isdigit (text[p]))
    {
      /* "14/05/2025, 07:12 - " (Android) or "10:02 " (a time) */
      gboolean date = text[p + 2] == '/' || text[p + 2] == '.' || text[p + 1] == '/';
      for (gsize q = p; date && q + 2 < line_end && q < p + 24; q++)
        if (text[q] == ' ' && text[q + 1] == '-' && text[q + 2] == ' ')
          return memchr (text + p, ':', q - p) != NULL ? q + 3 : p;
      gsize q = p + 1 + g_ascii_isdigit (text[p + 1]);
      if (q + 3 < line_end && text[q] == ':' && g_ascii_isdigit (text[q + 1])
          && g_ascii_isdigit (text[q + 2]) && text[q + 3] == ' ')
        return q + 4;
    }
  return p;
}

static gboolean
lower_word (const char *text, gsize s, gsize e)
{
  if (e - s < 2)
    return FALSE;
  for (gsize k = s; k < e; k++)
    if (!(g_ascii_islower (text[k]) || (guchar)text[k] >= 0x80 || (text[k] == '-' && k > s)))
      return FALSE;
  return TRUE;
}

gboolean
voile_name_add_mention (VoileNameCollector *c, gsize start, gsize end)
{
  const char *text = c->text;

  if (end - start < 3 || !lower_word (text, start, end) || memchr (text + start, '-', end - start)
      || voile_name_context_word (text + start, end - start) != 0
      || !names_only (flags_of (text + start, end - start), VOILE_NAME_FIRST))
    return FALSE;
  VoileToken part = { .start = start, .end = end };
  guint before = c->mentions->len;
  voile_name_collector_add_person (c, &part, 0, 0, 0, CONFIDENCE_CONTEXT, VOILE_FIELD_NONE);
  return c->mentions->len > before;
}

/* "bex.oduya": two lower-case words joined by '.' or '_', each a name or in no list (not
 * "read.me", "build_log"). */
static gboolean
handle_may_name (const char *text, gsize s, gsize e)
{
  gsize sep = s;
  guint n_sep = 0;

  for (gsize k = s; k < e; k++)
    if (text[k] == '.' || text[k] == '_')
      sep = k, n_sep++;
  if (n_sep != 1 || sep < s + 2 || sep + 3 > e || !lower_word (text, s, sep)
      || !lower_word (text, sep + 1, e))
    return FALSE;
  guint f1 = flags_of (text + s, sep - s), f2 = flags_of (text + sep + 1, e - sep - 1);
  return !((f1 | f2) & (VOILE_NAME_WORD | VOILE_NAME_PROPER))
         && voile_name_context_word (text + s, sep - s) == 0;
}

/* Is text[p, line_end) one token holding a digit, spaces around ("70B3D57ED0061A2F", "12")? */
static gboolean
config_value_after (const char *text, gsize p, gsize line_end)
{
  gboolean digit = FALSE;

  while (p < line_end && text[p] == ' ')
    p++;
  while (line_end > p && (text[line_end - 1] == ' ' || text[line_end - 1] == '\r'))
    line_end--;
  if (p == line_end)
    return FALSE;
  for (; p < line_end; p++)
    {
      if (text[p] == ' ' || text[p] == '\t')
        return FALSE;
      digit |= g_ascii_isdigit (text[p]);
    }
  return digit;
}

/* Is text[p, line_end) empty and the next line indented or a list item ("  - …")? */
static gboolean
yaml_block_key (const char *text, gsize len, gsize p, gsize line_end)
{
  while (p < line_end && (text[p] == ' ' || text[p] == '\r'))
    p++;
  if (p < line_end || line_end + 1 >= len)
    return FALSE;
  char next = text[line_end + 1];
  return next == ' ' || next == '\t' || next == '-';
}

/* Remembers the sender text[s, e) of a message: "rose", "pierre faure" (a speaker judged at
 * the end of the text); a login-shaped sender ("Julien_P33", "n1na.kov") is reported at
 * once. FALSE when it is neither. */
static gboolean
register_sender (VoileNameCollector *c, VoileLoginState *st, gsize s, gsize e, gboolean header)
{
  const char *text = c->text;
  const char *space = memchr (text + s, ' ', e - s);
  gsize e1 = space != NULL ? (gsize)(space - text) : e, w2 = space != NULL ? e1 + 1 : 0;

  gboolean handle = FALSE;

  if (e - s > LOGIN_MAX)
    return FALSE;
  /* "Marcus_T88:", "s0phie.ber :": a handle, not "IBAN:" or "E-mail :". */
  if (space == NULL
      && (memchr (text + s, '.', e - s) != NULL || memchr (text + s, '_', e - s) != NULL))
    {
      if (voile_name_add_login (c, s, e, TRUE))
        {
          st->login_senders++;
          return TRUE;
        }
      /* "bex.oduya — 18/11/2026 21:07": under a message header, a handle of two lower-case
       * words, names or in no list, is a speaker, judged with the others at the end of the
       * chat. */
      if (!header || !handle_may_name (text, s, e))
        return FALSE;
      handle = TRUE;
    }
  /* "PriyaK:", "SamirB —": a given name and an initial in capitals, glued. */
  else if (space == NULL && e - s >= 5 && g_ascii_isupper (text[s]) && g_ascii_isupper (text[e - 1])
           && lower_word (text, s + 1, e - 1))
    return voile_name_add_login (c, s, e, TRUE);
  /* "Marguerite — 18/11/2026 21:15": a message header names its sender with a capital too. */
  gboolean capital = header && g_ascii_isupper (text[s]) && lower_word (text, s + 1, e1)
                     && (space == NULL
                         || (memchr (text + w2, ' ', e - w2) == NULL && g_ascii_isupper (text[w2])
                             && lower_word (text, w2 + 1, e)));
  if (!handle && !capital
      && (!lower_word (text, s, e1)
          || (space != NULL
              && (memchr (text + w2, ' ', e - w2) != NULL || !lower_word (text, w2, e)))))
    return FALSE;
  /* What the first word is: a given name (a common word too: "rose"), or in no list. */
  guint f = handle ? 0 : flags_of (text + s, e1 - s);
  gboolean full = FALSE;
  if (space == NULL
      && ((e - s == 2 && memcmp (text + s, "me", 2) == 0)
          || (e - s == 3
              && (memcmp (text + s, "moi", 3) == 0 || memcmp (text + s, "you", 3) == 0))))
    {
      st->own_lines++; /* "me: on my way" */
      return TRUE;
    }
  /* "merci :", "note :" are no senders; a particle alone is a name ("ben", "van"). */
  if ((voile_name_context_word (text + s, e1 - s) & ~VOILE_CONTEXT_PARTICLE) != 0)
    return FALSE;
  /* "elif quiet:", "else:": a line of code ends on a colon too. */
  if (is_code_keyword (text + s, e1 - s))
    return FALSE;
  if (space != NULL)
    {
      guint f2 = flags_of (text + w2, e - w2);
      if (!(f & VOILE_NAME_FIRST) || !((f2 & VOILE_NAME_LAST) || f2 == 0))
        return FALSE;
      full = TRUE;
    }
  else if (!((f & VOILE_NAME_FIRST)
             || (f == 0 && e - s >= 3 && memchr (text + s, '-', e - s) == NULL)))
    return FALSE;

  guint k;
  for (k = 0; k < st->n_speakers; k++)
    if (st->speakers[k].end - st->speakers[k].start == e - s
        && memcmp (text + st->speakers[k].start, text + s, e - s) == 0)
      break;
  if (k == st->n_speakers)
    {
      if (k == SPEAKERS_MAX)
        return FALSE;
      st->speakers[k]
          = (Speaker){ .start = s, .end = e, .flags = f, .full = full, .capital = capital };
      st->n_speakers++;
    }
  st->speakers[k].lines++;
  if (st->n_lines < SPEAKER_LINES_MAX)
    st->lines[st->n_lines++] = (SpeakerLine){ s, e, (guint8)k };
  return TRUE;
}

/* The end of text[s, e) without the emoji that end a display name ("Marguerite🕯️"): symbols
 * of four bytes, variation selectors and joiners. */
static gsize
trim_symbols (const char *text, gsize s, gsize e)
{
  for (;;)
    {
      if (e >= s + 4 && (guchar)text[e - 4] >= 0xF0)
        e -= 4;
      else if (e >= s + 3
               && (memcmp (text + e - 3, "\xEF\xB8\x8F", 3) == 0
                   || memcmp (text + e - 3, "\xE2\x80\x8D", 3) == 0))
        e -= 3;
      else
        return e;
    }
}

/* Is the line a chat message, "[stamp] sender: text" ("rose : coucou", "[14/05/2025, 07:12]
 * kwame: …", "To 07700 900128: hi sandra")? Its sender is remembered. Log lines
 * ("2024-03-15 10:32:02,417 WARN …", "def parse(line):") are not messages. */
G_GNUC_NO_INLINE static gboolean
chat_message (VoileNameCollector *c, VoileLoginState *st, gsize line_start, gsize line_end)
{
  const char *text = c->text;
  gsize p = line_start;

  while (p < line_end && (text[p] == ' ' || text[p] == '\t'))
    p++;
  gsize stamp = p;
  p = after_chat_stamp (text, p, line_end);
  if (p >= line_end)
    return FALSE;
  const char *q = memchr (text + p, ':', MIN (line_end - p, 48));
  if (q == NULL)
    return FALSE;
  gsize colon = (gsize)(q - text), e = colon;
  if (colon == p || (colon + 1 < line_end && text[colon + 1] != ' '))
    return FALSE;
  for (gsize k = p; k < colon; k++)
    {
      char ch = text[k];
      if (!(g_ascii_isalnum (ch) || (guchar)ch >= 0x80 || ch == ' ' || ch == '_' || ch == '.'
            || ch == '-' || ch == '+' || ch == '\''))
        return FALSE;
    }
  while (e > p && text[e - 1] == ' ')
    e--;
  /* "dev_eui: 70B3D57ED0061A2F", "  max_len: 12": without a time, one token holding a digit
   * after the colon is a setting's value, not a message. */
  if (p == stamp && config_value_after (text, colon + 1, line_end))
    return FALSE;
  /* "iban_invalides:" over indented "  - …" lines: without a time, a key that ends its line
   * opens a YAML block, it sends nothing. */
  if (p == stamp && yaml_block_key (text, c->len, colon + 1, line_end))
    return FALSE;
  /* '  iban_refuse: "L'IBAN saisi…"': an indented key with a quoted value is a setting */
  if (p == stamp && p > line_start && colon + 2 < line_end
      && (text[colon + 2] == '"' || text[colon + 2] == '\''))
    return FALSE;
  /* After a message's date and time ("[21/11/2026, 18:11] Gosia:", "Tunde 🇳🇬:"), a sender
   * with capitals, or a handle, is judged with the other speakers too. */
  if (p > stamp)
    {
      e = trim_symbols (text, p, e);
      while (e > p && text[e - 1] == ' ')
        e--;
    }
  if (e > p && !register_sender (c, st, p, e, p > stamp) && p > stamp && g_ascii_isupper (text[p]))
    st->other_lines++;
  st->message_start = colon + 1;
  return TRUE;
}

/* Remembers text[start, end) in lower case ("Zayn" → "zayn"), once. */
static void
remember_lower_name (VoileLoginState *st, const char *text, gsize start, gsize end)
{
  gsize n = end - start;

  if (st->n_names >= LOWER_NAMES_MAX || n < 3 || n > LOGIN_MAX)
    return;
  LowerName *name = &st->names[st->n_names];
  for (gsize k = 0; k < n; k++)
    name->bytes[k] = g_ascii_tolower (text[start + k]);
  for (guint k = 0; k < st->n_names; k++)
    if (st->names[k].len == n && memcmp (st->names[k].bytes, name->bytes, n) == 0)
      return;
  /* "Sajid Bhai" sends, then "ok bhai": a word of address, no one's name. */
  if (voile_name_chat_function_word ((const char *)name->bytes, n))
    return;
  name->origin = start;
  name->len = (guint8)n;
  st->n_names++;
}

/* A chat has two speakers or more who speak twice or more ("me" counts), and one of them
 * is plainly a person (a given name that is no word, or a full name): then every speaker that is a
 * given name or in no list is a person ("rose", "claude", "momo"), not in a log ("nginx:", "ops:").
 */
static void
end_chat (VoileNameCollector *c, VoileLoginState *st, gboolean lower_typed)
{
  gboolean plain = FALSE;
  guint regulars = 0; /* speakers of two lines or more */
  if (st->n_speakers + (st->own_lines > 0) + (st->login_senders > 0) + (st->other_lines > 0) < 2
      || st->n_lines + st->own_lines + st->login_senders + st->other_lines < 3)
    return;
  for (guint k = 0; k < st->n_speakers; k++)
    {
      guint f = st->speakers[k].flags;
      plain |= st->speakers[k].full
               || ((f & VOILE_NAME_FIRST) && !(f & (VOILE_NAME_WORD | VOILE_NAME_AMBIGUOUS)));
      regulars += st->speakers[k].lines >= 2;
      /* Facing "me", a regular sender in no list is a person too ("olumide"). */
      plain |= st->own_lines >= 2 && f == 0 && st->speakers[k].lines >= 2;
    }
  regulars += st->own_lines >= 2;
  /* A stamped sender with capitals that is no speaker of ours ("Fabrice Gîte") speaks too. */
  regulars += st->other_lines >= 2;
  /* Handles that spell a name speak too ("amandine.r" twice beside "Ludo"). */
  regulars += st->login_senders >= 2;
  /* A sender whose handle spells a name ("wickedwicks_jade") is plainly a person. */
  plain |= st->login_senders >= 2;
  if (!plain || regulars < 2)
    return;
  for (guint i = 0; i < st->n_lines; i++)
    {
      const SpeakerLine *l = &st->lines[i];
      VoileToken part = { .start = l->start, .end = l->end };
      voile_name_collector_add_person (c, &part, 0, 0, 0, CONFIDENCE_CONTEXT, VOILE_FIELD_NONE);
    }
  for (guint k = 0; k < st->n_speakers; k++)
    {
      const Speaker *sp = &st->speakers[k];
      gsize first_end = sp->start;
      while (first_end < sp->end && !strchr (" ._", c->text[first_end]))
        first_end++;
      /* "bex" of "bex.oduya", not a common word ("will" of "will.t"); "Marguerite" as
       * "marguerite" in a chat typed in lower case, not "Mark" as "mark" in one that is not. */
      guint f = flags_of (c->text + sp->start, first_end - sp->start);
      if (sp->capital && !lower_typed && (f & (VOILE_NAME_WORD | VOILE_NAME_AMBIGUOUS)))
        continue;
      if (first_end == sp->end || c->text[first_end] == ' ' || !(f & VOILE_NAME_WORD))
        remember_lower_name (st, c->text, sp->start, first_end);
    }
}

/* ---- lower-case names in chat lines ----------------------------------------------------- */

static inline guint
token_flags (VoileNameCollector *c, VoileToken *t)
{
  voile_token_lookup (c->text, t);
  return t->name_flags;
}

/* A lower-case letter alone: the initial after a given name in a list ("jade b, jade m"). */
static inline gboolean
lower_initial (VoileNameCollector *c, const VoileToken *t)
{
  return t->end - t->start == 1 && g_ascii_islower (c->text[t->start]);
}

/* A title typed in lower case in a chat: "mme", "mr", "dr" ("me" and "m" are words there). */
static inline gboolean
is_lower_title (const char *w, gsize n)
{
  static const struct
  {
    guint8 len;
    char word[9];
  } titles[] = { { 3, "mme" }, { 4, "mlle" }, { 6, "madame" }, { 8, "monsieur" }, { 2, "mr" },
                 { 3, "mrs" }, { 2, "ms" },   { 4, "miss" },   { 2, "dr" } };

  /* Every title opens on 'm' or 'd': most words go no further. */
  if (n < 2 || n > 8 || (w[0] != 'm' && w[0] != 'd'))
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (titles); k++)
    if (titles[k].len == n && memcmp (w, titles[k].word, n) == 0)
      return TRUE;
  return FALSE;
}

/* Function words of languages typed in Latin letters in chats that the finder does not read,
 * which its name lists hold as given names or surnames ("lang", "nila", "hai", "abhi"):
 * a few of the commonest closed-class words (pronouns, particles, linkers, auxiliaries,
 * negations: those any grammar of the language lists first) of Tagalog, Hindi-Urdu, Nepali,
 * Bangla, Malay/Indonesian and Swahili, hand-picked, not taken from any text of the corpus's
 * held-out sets' own vocabulary beyond them, and the kinship words of address of South Asia
 * ("bhai", "didi", "ammi"), plus French chats' "jai"
 * ("j'ai" without its apostrophe). Left out: those that are words or given names of English
 * or French too ("si", "ni", "sa", "se", "le", "par", "dan", "ada", "leo", "tara", "kay",
 * "sana", "din", "ache", "ami"). Never a lower-case given name by itself in a chat, and
 * counted as a word of an unread language by message_in_unread_language(). strcmp order. */
static const char *const chat_function_words[] = {
  "aap",    "abbu",  "abhi",  "ako",    "ammi",  "ang",   "ano",   "apni",    "aur",   "bado",
  "baka",   "belum", "bhai",  "bhaiya", "bhi",   "cha",   "chha",  "chhaina", "chhu",  "daw",
  "dengan", "diba",  "didi",  "dito",   "doon",  "dyan",  "garnu", "hai",     "hain",  "hajur",
  "hapa",   "hii",   "hindi", "hiyo",   "hobe",  "hum",   "iko",   "iyan",    "iyon",  "jai",
  "ka",     "kab",   "kar",   "kasi",   "kayo",  "ko",    "koi",   "kore",    "kuch",  "kung",
  "kwa",    "kya",   "lai",   "lakini", "lang",  "lekin", "mein",  "mera",    "meri",  "meron",
  "mga",    "mo",    "muna",  "nahi",   "nahin", "nai",   "naman", "namin",   "natin", "ng",
  "nga",    "niko",  "nila",  "niya",   "nya",   "oo",    "opo",   "pag",     "pani",  "pero",
  "po",     "raha",  "rahe",  "rahi",   "rin",   "sawa",  "saya",  "sila",    "sudah", "sya",
  "tayo",   "tha",   "thi",   "thiyo",  "tidak", "toh",   "tum",   "tumi",    "untuk", "wala",
  "woh",    "yang",  "yeh",   "yuko",   "yun",   "yung",
};

/* A bit per length and first and last letters of chat_function_words: most words are ruled
 * out by it with no search. */
static guint64 chat_function_ends[8];

static inline guint
chat_function_end_bit (const char *word, gsize len)
{
  return ((guint)(guchar)word[0] * 7u + (guchar)word[len - 1]) % 64u;
}

gboolean
voile_name_chat_function_word (const char *word, gsize len)
{
  static gsize ends_ready = 0;
  char w[8];

  if (len < 2 || len >= sizeof w)
    return FALSE;
  if (g_once_init_enter (&ends_ready))
    {
      for (gsize i = 0; i < G_N_ELEMENTS (chat_function_words); i++)
        {
          gsize n = strlen (chat_function_words[i]);
          chat_function_ends[n] |= G_GUINT64_CONSTANT (1)
                                   << chat_function_end_bit (chat_function_words[i], n);
        }
      g_once_init_leave (&ends_ready, 1);
    }
  if (!((chat_function_ends[len] >> chat_function_end_bit (word, len)) & 1))
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (word[i] < 'a' || word[i] > 'z')
        return FALSE;
      w[i] = word[i];
    }
  w[len] = '\0';
  return voile_name_sorted_lookup (chat_function_words, G_N_ELEMENTS (chat_function_words), w)
         != NULL;
}

static inline gboolean
chat_function_word (VoileNameCollector *c, const VoileToken *t)
{
  return voile_name_chat_function_word (c->text + t->start, t->end - t->start);
}

/* "waiting list is fern, sean and mathis", "convoquées : lina, jade b, jade m, kenza…":
 * three lower-case given names or more in a list, two of them no common word; a given name
 * may take the initial of its surname, and a long list words in no list ("noham", "gabin":
 * one for two given names no common word). The list ends before a word that is neither.
 * Returns the index of the last word, or i. */
static guint
lower_name_list (VoileNameCollector *c, VoileLoginState *st, VoileToken *words, guint n, guint i)
{
  guint j = i, firm = 0, unknown = 0, items[LOWER_LIST_MAX][2], n_items = 0;

  for (;;)
    {
      VoileToken *t = &words[j];
      guint f = t->shape == VOILE_SHAPE_LOWER ? token_flags (c, t) : 0;
      gsize len = t->end - t->start;
      gboolean name = t->shape == VOILE_SHAPE_LOWER && len >= 3 && t->context_flags == 0
                      && !t->elided && !chat_function_word (c, t)
                      && (names_only (f, VOILE_NAME_FIRST)
                          || (f == 0 && len >= 4 && lower_word (c->text, t->start, t->end)));
      if (!name || n_items == LOWER_LIST_MAX)
        {
          /* "…, noham, eliott. rdv à 9h": the list ends at its last name and comma. */
          if (n_items < 3 || words[j - 1].next_char != ',')
            return i;
          j = items[n_items - 1][1];
          break;
        }
      firm += (f & VOILE_NAME_FIRST) && !(f & (VOILE_NAME_AMBIGUOUS | VOILE_NAME_PROPER));
      unknown += f == 0;
      items[n_items][0] = j;
      if (t->joined && j + 1 < n && lower_initial (c, &words[j + 1])
          && (words[j + 1].next_char == ',' || words[j + 1].next_char == '\0'))
        t = &words[++j]; /* "jade b," */
      items[n_items++][1] = j;
      if (t->next_char == ',' && j + 1 < n)
        j++;
      else if (t->joined && j + 2 < n && words[j + 1].joined
               && ((words[j + 1].end - words[j + 1].start == 3
                    && memcmp (c->text + words[j + 1].start, "and", 3) == 0)
                   || (words[j + 1].end - words[j + 1].start == 2
                       && memcmp (c->text + words[j + 1].start, "et", 2) == 0))
               && n_items >= 2)
        j += 2;
      else
        break;
    }
  if (n_items < 3 || firm < 2 || unknown * 2 > firm
      || (words[j].next_char != '\0' && strchr (".,!?;:)", words[j].next_char) == NULL))
    return i;
  for (guint k = 0; k < n_items; k++)
    {
      voile_name_collector_add_person (c, words, items[k][0], items[k][1], 0, CONFIDENCE_CONTEXT,
                                       VOILE_FIELD_NONE);
      remember_lower_name (st, c->text, words[items[k][0]].start, words[items[k][1]].end);
    }
  return j;
}

static inline gboolean
token_is (VoileNameCollector *c, const VoileToken *t, const char *w, gsize n)
{
  return t->end - t->start == n && memcmp (c->text + t->start, w, n) == 0;
}

/* Is the chat message in a language the finder does not read (Roman Urdu, Hindi, Bangla, Tagalog
 * typed in Latin letters, English terms between: "patwari keh raha hai mutation (intiqal) tab
 * hoga jab sab warsa ka fard aur cnic copy jama ho")? Its function words ("hai", "raha",
 * "meri", "nai") are given names of other languages, and a lower-case word read as a given name
 * there is most often one of them. Told by the words around: of the lower-case words of three
 * letters or more that are no name (the names are what is judged), half or more are in no list
 * at all (no dictionary word, name, place nor context word), six counted at least, over this
 * message and the chat's messages judged before it. An English or French chat's
 * words are in the dictionaries but for a few abbreviations ("dsl", "thx"). Read once a
 * message, on its first candidate. */
static gboolean
message_in_unread_language (VoileNameCollector *c, VoileLoginState *st, VoileToken *words, guint n)
{
  guint counted = 0, unknown = 0;

  for (guint i = 0; i < n; i++)
    {
      VoileToken *t = &words[i];
      gsize len = t->end - t->start;
      if (t->shape != VOILE_SHAPE_LOWER || t->elided || t->start < st->message_start)
        continue;
      /* "ka", "ng", "hai": in the lists as names, read as none */
      if (len < 3)
        {
          if (len == 2 && chat_function_word (c, t))
            counted++, unknown++;
          continue;
        }
      guint f = token_flags (c, t);
      if ((f & (VOILE_NAME_FIRST | VOILE_NAME_LAST)) && chat_function_word (c, t))
        {
          counted++, unknown++;
          continue;
        }
      if (names_only (f, VOILE_NAME_FIRST | VOILE_NAME_LAST))
        continue;
      counted++;
      unknown += f == 0 && voile_name_context_word (c->text + t->start, len) == 0;
    }
  st->lang_counted += counted;
  st->lang_unknown += unknown;
  return st->lang_counted >= 6 && st->lang_unknown * 2 >= st->lang_counted;
}

/* "i'm arjun", "hi, arjun here", "gary-pearce plumbing" (a signature), and lists of
 * lower-case given names. */
G_GNUC_NO_INLINE static void
lower_chat_words (VoileNameCollector *c, VoileLoginState *st, GArray *tokens)
{
  VoileToken *words = (VoileToken *)(gpointer)tokens->data;
  guint n = tokens->len;
  int unread = -1; /* message_in_unread_language(), read on the first candidate */

  for (guint i = 0; i < n; i++)
    {
      VoileToken *t = &words[i];
      gsize len = t->end - t->start;

      if (t->shape != VOILE_SHAPE_LOWER)
        continue;
      /* "i'm arjun", "im arjun": then a given name that is no word. */
      if ((len == 3 && memcmp (c->text + t->start, "i'm", 3) == 0)
          || (len == 5 && memcmp (c->text + t->start, "i\xE2\x80\x99m", 5) == 0)
          || (len == 2 && memcmp (c->text + t->start, "im", 2) == 0))
        {
          VoileToken *name = &words[i + 1];
          if (i + 1 < n && t->joined && name->shape == VOILE_SHAPE_LOWER)
            {
              guint f = token_flags (c, name);
              if (given (f, FALSE) && !(f & VOILE_NAME_PROPER) && name->context_flags == 0)
                voile_name_collector_add_person (c, words, i + 1, i + 1, 0, CONFIDENCE_GREETING,
                                                 VOILE_FIELD_NONE);
            }
          continue;
        }
      /* "arjun here" closing a clause. */
      if (len == 4 && i > 0 && token_is (c, t, "here", 4) && words[i - 1].joined
          && (t->next_char == '\0' || strchr (",.!-", t->next_char) != NULL)
          && (i == 1 || words[i - 1].sentence_start || words[i - 2].next_char == ','))
        {
          VoileToken *name = &words[i - 1];
          guint f = token_flags (c, name);
          if (name->shape == VOILE_SHAPE_LOWER && given (f, FALSE) && !(f & VOILE_NAME_PROPER)
              && name->context_flags == 0)
            voile_name_collector_add_person (c, words, i - 1, i - 1, 0, CONFIDENCE_GREETING,
                                             VOILE_FIELD_NONE);
          continue;
        }
      /* "authored by hnakamura": an initial glued to a surname after "by". */
      if (len == 2 && i + 1 < n && t->joined && token_is (c, t, "by", 2)
          && words[i + 1].shape == VOILE_SHAPE_LOWER && token_flags (c, &words[i + 1]) == 0)
        {
          gsize s = words[i + 1].start;
          voile_name_add_login (c, s, login_end (c->text, s, c->len), FALSE);
          continue;
        }
      if (t->next_char == ',' && len >= 3 && i + 2 < n)
        {
          if (unread < 0)
            unread = message_in_unread_language (c, st, words, n);
          if (!unread)
            i = lower_name_list (c, st, words, n, i);
          continue;
        }
      /* "c mme fabre de la rue des écoles", "mr okafor called": a title typed in lower
       * case, then a surname or a word in no list. */
      if (i + 1 < n && t->joined && !t->dot_after && is_lower_title (c->text + t->start, len)
          && words[i + 1].shape == VOILE_SHAPE_LOWER)
        {
          VoileToken *name = &words[i + 1];
          guint f = token_flags (c, name);
          if (name->context_flags == 0 && !name->elided
              && (names_only (f, VOILE_NAME_LAST | VOILE_NAME_FIRST)
                  || (f == 0 && name->end - name->start >= 4)))
            {
              voile_name_collector_add_person (c, words, i + 1, i + 1, 0, CONFIDENCE_CONTEXT,
                                               VOILE_FIELD_NONE);
              i++;
            }
          continue;
        }
      /* "yes, ama is coming too", "ok bernie": in a chat message, a lower-case given name
       * that is no word, no place and no surname-only ("will", "paris", "martin" are not
       * taken). */
      if (len >= 3 && !memchr (c->text + t->start, '-', len)
          && (t->start == 0 || strchr (" \t(,", c->text[t->start - 1]) != NULL)
          && (t->end == c->len || strchr (" \t,!?)\r\n", c->text[t->end]) != NULL
              || (c->text[t->end] == '.'
                  && (t->end + 1 == c->len || c->text[t->end + 1] == ' '
                      || c->text[t->end + 1] == '\n'))))
        {
          guint f = token_flags (c, t);
          if (given (f, FALSE) && !(f & VOILE_NAME_PROPER) && t->context_flags == 0 && !t->elided
              && !is_code_keyword (c->text + t->start, len) && !chat_function_word (c, t)
              && !(unread < 0 ? (unread = message_in_unread_language (c, st, words, n)) : unread))
            {
              /* "il s appelle kevin moreau": a surname after it, ending the clause. */
              guint last = i;
              if (i + 1 < n && t->joined && words[i + 1].shape == VOILE_SHAPE_LOWER
                  && (words[i + 1].next_char == '\0'
                      || strchr (".,!?;)", words[i + 1].next_char) != NULL))
                {
                  guint f2 = token_flags (c, &words[i + 1]);
                  if (names_only (f2, VOILE_NAME_LAST) && !(f2 & VOILE_NAME_PROPER)
                      && words[i + 1].context_flags == 0 && !words[i + 1].elided
                      && !chat_function_word (c, &words[i + 1]))
                    last = i + 1;
                }
              voile_name_collector_add_person (c, words, i, last, 0, CONFIDENCE_PAIR,
                                               VOILE_FIELD_NONE);
              i = last;
              continue;
            }
        }
      /* "— gary-pearce plumbing": a given name and a surname joined by a hyphen, at the end
       * of a message. */
      if (len >= 7 && i + 3 >= n)
        {
          const char *h = memchr (c->text + t->start, '-', len);
          if (h != NULL && memchr (h + 1, '-', (gsize)(c->text + t->end - h - 1)) == NULL)
            {
              gsize cut = (gsize)(h - c->text);
              guint f1 = flags_of (c->text + t->start, cut - t->start);
              guint f2 = flags_of (h + 1, t->end - cut - 1);
              if (given (f1, FALSE) && !(f1 & VOILE_NAME_PROPER) && surname (f2, FALSE)
                  && !(flags_of (c->text + t->start, len) & VOILE_NAME_WORD) /* "ping-pong" */
                  && !(f2 & VOILE_NAME_FIRST))
                {
                  VoileToken parts[2]
                      = { { .start = t->start, .end = cut }, { .start = cut + 1, .end = t->end } };
                  voile_name_collector_add_person (c, parts, 0, 1, 0, CONFIDENCE_CONTEXT,
                                                   VOILE_FIELD_NONE);
                }
            }
        }
    }
}

/* "momo — Today at 18:02", "lea_m — Aujourd’hui à 14:05", "ellie — 12/03/2025 09:14": the
 * header of a Discord message, its sender then an em dash and when. */
G_GNUC_NO_INLINE static gboolean
discord_header (VoileNameCollector *c, VoileLoginState *st, gsize line_start, gsize line_end)
{
  static const char *const when[] = { "Today", "Yesterday", "Aujourd", "Hier", NULL };
  const char *text = c->text;
  gsize s = line_start;

  while (s < line_end && (text[s] == ' ' || text[s] == '\t'))
    s++;
  gsize e = login_end (text, s, line_end), p = e;
  if (e == s || p + 6 >= line_end || text[p] != ' ')
    return FALSE;
  if (memcmp (text + p + 1, "\xE2\x80\x94 ", 4) != 0) /* " — " */
    return FALSE;
  p += 5;
  gboolean stamp = g_ascii_isdigit (text[p]);
  for (guint i = 0; !stamp && when[i] != NULL; i++)
    stamp = p + strlen (when[i]) <= line_end && memcmp (text + p, when[i], strlen (when[i])) == 0;
  /* Then a time, and nothing else: "… at 18:02", "… à 14:05", "… 09:14 AM". */
  const char *colon = stamp ? memchr (text + p, ':', MIN (line_end - p, 32)) : NULL;
  if (colon == NULL || colon + 3 > text + line_end || !g_ascii_isdigit (colon[-1])
      || !g_ascii_isdigit (colon[1]) || !g_ascii_isdigit (colon[2]) || line_end - p > 40)
    return FALSE;
  return register_sender (c, st, s, trim_symbols (text, s, e), TRUE);
}

/* Does text[s, e) end on a time of day, "10:12", "9:05", "10:31 AM"? Returns where the time
 * starts, or e when it does not. */
static gsize
time_at_end (const char *text, gsize s, gsize e)
{
  if (e >= s + 3 && text[e - 3] == ' ' && (text[e - 2] == 'A' || text[e - 2] == 'P')
      && text[e - 1] == 'M')
    e -= 3;
  if (e < s + 4 || !g_ascii_isdigit (text[e - 1]) || !g_ascii_isdigit (text[e - 2])
      || text[e - 3] != ':' || !g_ascii_isdigit (text[e - 4]))
    return e;
  gsize t = e - 4 - (e >= s + 5 && g_ascii_isdigit (text[e - 5]));
  return t > s && text[t - 1] == ' ' ? t : e;
}

/* text[s, e) is a header's sender alone, up to two words of letters (a handle's '.', '_'
 * and '-' too): registered as the sender of the lines below. */
static gboolean
register_header_sender (VoileNameCollector *c, VoileLoginState *st, gsize s, gsize e)
{
  const char *text = c->text;
  gsize spaces = 0;

  if (e <= s + 1 || e - s > LOGIN_MAX)
    return FALSE;
  for (gsize k = s; k < e; k++)
    {
      char ch = text[k];
      if (ch == ' ')
        spaces++;
      else if (!(g_ascii_isalpha (ch) || (guchar)ch >= 0x80 || ch == '.' || ch == '_' || ch == '-'
                 || ch == '\''))
        return FALSE;
    }
  return spaces <= 1 && register_sender (c, st, s, trim_symbols (text, s, e), TRUE);
}

/* A sender then one space or ", " then the time, the line nothing else. */
static gboolean
single_space_header (VoileNameCollector *c, VoileLoginState *st, gsize s, gsize time)
{
  gsize e = time - 1;

  if (e > s && c->text[e - 1] == ',')
    e--;
  return register_header_sender (c, st, s, e);
}

/* Where the sender starts after a time in brackets opening text[s, e), "[21:04] ", "[9:14
 * AM] "; 0 when the line opens on no such time. */
static gsize
after_bracket_time (const char *text, gsize s, gsize e)
{
  gsize p = s + 1;

  if (p >= e || text[s] != '[')
    return 0;
  while (p < e && p < s + 3 && g_ascii_isdigit (text[p]))
    p++;
  if (p == s + 1 || p + 3 >= e || text[p] != ':' || !g_ascii_isdigit (text[p + 1])
      || !g_ascii_isdigit (text[p + 2]))
    return 0;
  p += 3;
  if (p + 3 < e && text[p] == ' ' && (text[p + 1] == 'A' || text[p + 1] == 'P')
      && text[p + 2] == 'M')
    p += 3;
  if (p + 2 >= e || text[p] != ']' || text[p + 1] != ' ')
    return 0;
  return p + 2;
}

/* "Ludo (gérant)  lun. 23 nov. 10:12", "amandine.r  10:31", "Sarah Okafor  9:05 AM": the
 * header of a Slack or Mattermost message copied with its time, the message on the next
 * lines. The sender ends at two spaces or at a role in brackets; a date may come before the
 * time. TRUE when the sender was taken as a speaker. */
G_GNUC_NO_INLINE static gboolean
timed_header (VoileNameCollector *c, VoileLoginState *st, gsize line_start, gsize line_end)
{
  const char *text = c->text;
  gsize s = line_start, e = line_end;

  while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\r' || text[e - 1] == '\t'))
    e--;
  gsize after = after_bracket_time (text, s, e);
  if (after != 0)
    return register_header_sender (c, st, after, e); /* "[21:04] craig mcintyre" (Teams) */
  gsize time = time_at_end (text, s, e);
  if (time == e || e - s > 72)
    return FALSE;
  while (s < time && (text[s] == ' ' || text[s] == '\t'))
    s++;
  gsize name_end = s;
  while (name_end < time && !(text[name_end] == ' ' && text[name_end + 1] == ' ')
         && !(text[name_end] == ' ' && text[name_end + 1] == '('))
    name_end++;
  /* "wei jie 9:02 AM" (Teams), "tamsin okoro, 9:02 AM" (Google Chat): one space or a
   * comma before the time, and nothing but the sender's words before it. */
  if (name_end == time)
    return single_space_header (c, st, s, time);
  gsize rest = name_end;
  if (rest + 1 < time && text[rest + 1] == '(')
    {
      const char *close = memchr (text + rest, ')', time - rest);
      if (close == NULL)
        return FALSE;
      rest = (gsize)(close - text) + 1;
    }
  /* Two spaces at least between the sender and when, and no more than a date there. */
  if (name_end == s || name_end >= time || rest + 2 > time || text[rest] != ' '
      || text[rest + 1] != ' ' || time - rest > 24
      || memchr (text + rest, ':', time - rest) != NULL)
    return FALSE;
  /* "deploybot  APP  02:14": Slack's and Discord's badge of a bot. */
  for (gsize k = rest; k + 3 <= time; k++)
    if ((memcmp (text + k, "APP", 3) == 0 || memcmp (text + k, "BOT", 3) == 0) && text[k - 1] == ' '
        && (k + 3 == time || text[k + 3] == ' '))
      return FALSE;
  return register_sender (c, st, s, trim_symbols (text, s, name_end), TRUE);
}

/* Is the line a sender's name alone, "rose", "pierre faure", "Customer" (the message is
 * on the next line)? The name is remembered as a speaker. */
G_GNUC_NO_INLINE static gboolean
sender_alone (VoileNameCollector *c, VoileLoginState *st, GArray *tokens, gsize line_start,
              gsize line_end)
{
  const VoileToken *first = &g_array_index (tokens, VoileToken, 0);
  const VoileToken *last = &g_array_index (tokens, VoileToken, tokens->len - 1);
  gsize a = line_start, b = line_end;

  while (a < b && (c->text[a] == ' ' || c->text[a] == '\t'))
    a++;
  while (b > a && (c->text[b - 1] == ' ' || c->text[b - 1] == '\t' || c->text[b - 1] == '\r'))
    b--;
  /* A term of a definition list ("       meta_bg" above its indented description, as in
   * a man page) is no sender: a chat's message is not indented under its sender. */
  if (a > line_start && line_end < c->len)
    {
      gsize p = line_end + 1;
      while (p < c->len && (c->text[p] == ' ' || c->text[p] == '\t'))
        p++;
      if (p - (line_end + 1) > a - line_start && p < c->len && c->text[p] != '\n'
          && c->text[p] != '\r')
        return FALSE;
    }
  /* "Customer" alone is a sender too: "i'm arjun" may follow. */
  return a == first->start && b == last->end
         && (register_sender (c, st, a, b, FALSE)
             || (tokens->len == 1 && first->shape == VOILE_SHAPE_CAP));
}

/* ---- entry points ----------------------------------------------------------------------- */

/* The capitalised words of a chat line after its sender (from offset start), and in
 * *n_words the line's words there. */
static guint
message_capitals (GArray *tokens, gsize start, guint *n_words)
{
  guint caps = 0, n = 0;

  for (guint i = 0; i < tokens->len; i++)
    {
      const VoileToken *t = &g_array_index (tokens, VoileToken, i);
      if (t->start < start)
        continue;
      n++;
      caps += t->shape == VOILE_SHAPE_CAP || t->shape == VOILE_SHAPE_UPPER;
    }
  *n_words = n;
  return caps;
}

/* Bytes of a field's label read back from its colon or equals sign, and dots tried on a
 * line. */
#define FIELD_LOGIN_BACK 8
#define FIELD_LOGIN_DOTS 8

/* "Assigné à : j.moalic", "Analyste : m.lefranc", "drv=c.radu", "\"user\": \"h.mwalimu\"",
 * "agent=r.oyelaran2": a login made of an initial, a dot and a surname (digits
 * after it), in lower case, standing as a field's whole value: after a label's colon or
 * equals sign (a JSON key's quotes), up to the line's end, a quote, a cell's delimiter or a
 * wide gap. The shape is a person's whatever the lists say of the surname ("moalic" is in
 * none); a common word after the dot is an object's member ("e.target"), and so is a word
 * the label repeats or an unquoted value on a line of braces ("{ major: v.major }"); two letters
 * before the dot are code as often as initials ("ui.click", "fs.readfile", "db.orders"). */
static void
initial_dot_field_logins (VoileNameCollector *c, gsize line_start, gsize line_end, guint marks)
{
  const char *t = c->text;
  gsize p = line_start;

  for (guint tries = 0; tries < FIELD_LOGIN_DOTS && p < line_end; tries++)
    {
      const char *q = memchr (t + p, '.', line_end - p);
      if (q == NULL)
        return;
      gsize d = (gsize)(q - t), s = d, e = d + 1, b;
      p = d + 1;
      while (s > line_start && d - s < 2 && g_ascii_islower (t[s - 1]))
        s--;
      if (d - s != 1 || s == line_start)
        continue;
      /* The value's opener: "label: ", "label=", "\"key\": \"". */
      b = s;
      if (t[b - 1] == '"')
        b--;
      while (b > line_start && s - b < FIELD_LOGIN_BACK && t[b - 1] == ' ')
        b--;
      if (b == line_start || (t[b - 1] != ':' && t[b - 1] != '=') || b - 1 == line_start)
        continue;
      char label = t[b - 2];
      if (!(g_ascii_isalpha (label) || label == '"' || label == ' ' || (guchar)label >= 0x80))
        continue;
      if (t[s - 1] == '"' && t[b - 1] == '=')
        continue;
      /* The surname: lower-case letters (any non-ASCII letter), a hyphen or an apostrophe
       * inside; digits. */
      while (e < line_end && e - d <= LOGIN_MAX
             && (g_ascii_islower (t[e]) || (guchar)t[e] >= 0x80 || t[e] == '-'
                 || (t[e] == '\'' && e + 1 < line_end && g_ascii_islower (t[e + 1]))))
        e++; /* "g.lozac'h" */
      gsize letters = e - d - 1;
      while (e < line_end && e - d <= LOGIN_MAX && g_ascii_isdigit (t[e]))
        e++;
      if (letters < 3 || e - d > LOGIN_MAX || e - s > LOGIN_MAX || t[d + letters] == '-')
        continue;
      char after = e < line_end ? t[e] : '\n';
      gboolean closed
          = after == '\n' || after == '\r' || after == '"' || after == '\'' || after == '\t'
            || after == ',' || after == ';' || after == '|'
            || (after == ' '
                && (e + 1 >= line_end || t[e + 1] == ' ' || t[e + 1] == '|' || t[e + 1] == '('
                    || (e + 2 < line_end && t[e + 2] == ' '
                        && (t[e + 1] == '-' || t[e + 1] == '/'))));
      if (!closed || (t[s - 1] == '"' && after != '"'))
        continue;
      /* Code, not a record: an unquoted value on a line with braces ("{ major: v.major, …"),
       * or a member named as its label ("minor = v.minor"). */
      if ((marks & VOILE_LINE_BRACE) && t[s - 1] != '"')
        continue;
      gsize lw = b - 1;
      while (lw > line_start && t[lw - 1] == ' ')
        lw--;
      if (lw >= letters && g_ascii_strncasecmp (t + lw - letters, t + d + 1, letters) == 0)
        continue;
      if (is_code_word (t + s, e - s))
        continue;
      guint f = flags_of (t + d + 1, letters);
      if (f & VOILE_NAME_WORD)
        continue;
      add_login_person (c, s, d - s, d + 1 + letters - s, TRUE, e);
    }
}

gsize
voile_name_find_logins (VoileNameCollector *c, VoileLoginState *st, GArray *tokens,
                        gsize line_start, gsize line_end, guint marks, guint n_capitals)
{
  if (marks & (VOILE_LINE_BRACKET | VOILE_LINE_UNSEEN))
    {
      if (access_log_user (c, line_start, line_end))
        author_slug (c, line_start, line_end);
      user_word_login (c, line_start, line_end);
    }
  else if ((marks & VOILE_LINE_KEY) && key_line_of_user (c->text, line_start, line_end, marks))
    user_word_login (c, line_start, line_end); /* "username": "…", "  username: …" */
  if ((marks & (VOILE_LINE_KEY | VOILE_LINE_DOTTED)) == (VOILE_LINE_KEY | VOILE_LINE_DOTTED))
    initial_dot_field_logins (c, line_start, line_end, marks);
  /* A sender before a colon near the line's start: "rose : …", "[9:02] kwame: …". */
  gboolean sender = FALSE, timed = FALSE;
  if (marks & (VOILE_LINE_KEY | VOILE_LINE_UNSEEN))
    {
      /* Only when a colon ends a word in the first bytes ("kwame: ", not "10:32:02"). */
      const char *head_end = c->text + MIN (line_end, line_start + 64), *q = c->text + line_start;
      while ((q = memchr (q, ':', (gsize)(head_end - q))) != NULL && q + 1 < c->text + line_end
             && q[1] != ' ')
        q++;
      sender = q != NULL && chat_message (c, st, line_start, line_end);
      /* Its sender only: the message under a Discord header is read as any line. */
      if (!sender && tokens->len <= 8
          && memchr (c->text + line_start, 0xE2, MIN (line_end - line_start, 48)) != NULL)
        discord_header (c, st, line_start, line_end);
      else if (!sender && tokens->len <= 10)
        timed = timed_header (c, st, line_start, line_end);
    }
  if (marks & (VOILE_LINE_SCHEME | VOILE_LINE_UNSEEN))
    url_user (c, line_start, line_end);
  /* "rose" alone on its line, the message below it (a Messenger or help-desk copy). */
  gboolean message = sender || st->message_next;
  gboolean after_sender = timed
                          || (!sender && tokens->len > 0 && tokens->len <= 2
                              && sender_alone (c, st, tokens, line_start, line_end));
  if (st->next_underscore == G_MAXSIZE || st->next_underscore < line_end)
    underscore_logins (c, st, line_start, line_end);
  /* Chat messages, typed in lower case after their sender: prose, whose every sentence
   * opens on a capital, is not read word by word again. The sender's display name ("Coach
   * Fabien HBC Villeurbanne:") says nothing of how the message is typed. */
  guint n_words = tokens->len;
  if (sender && n_capitals > 0)
    n_capitals = message_capitals (tokens, st->message_start, &n_words);
  if (message && n_capitals <= 2 && n_capitals * 4 <= n_words)
    lower_chat_words (c, st, tokens);
  st->message_next = after_sender;
  return after_sender ? MIN (st->next_underscore, line_end + 1) : st->next_underscore;
}

/* After a name, "'s" or "’s" then no letter: the possessive ("zayn's dad"). */
static inline gboolean
possessive_at (const char *text, gsize e, gsize len)
{
  gsize q = e
            + (text[e] == '\''                                             ? 1
               : e + 3 <= len && memcmp (text + e, "\xE2\x80\x99", 3) == 0 ? 3
                                                                           : 0);
  return q > e && q < len && text[q] == 's' && (q + 1 == len || !g_ascii_isalnum (text[q + 1]));
}

/* Whole-word occurrences of the names, in lower case. */
static void
mark_lower_everywhere (VoileNameCollector *c, const LowerName *names, guint n_names)
{
  const char *text = c->text;
  gboolean starts[256] = { FALSE };

  for (guint i = 0; i < n_names; i++)
    starts[(guchar)names[i].bytes[0]] = TRUE;
  for (gsize s = 0; s < c->len; s++)
    {
      if (!starts[(guchar)text[s]])
        continue;
      if (s > 0
          && (is_login_byte (text[s - 1]) || text[s - 1] == '/' || text[s - 1] == '@'
              || text[s - 1] == '\''))
        continue;
      for (guint i = 0; i < n_names; i++)
        {
          gsize n = names[i].len, e = s + n;
          if (e > c->len || s == names[i].origin || memcmp (text + s, names[i].bytes, n) != 0)
            continue;
          if (e < c->len
              && (g_ascii_isalnum (text[e]) || (guchar)text[e] >= 0x80 || text[e] == '_'
                  || text[e] == '@' || text[e] == '\''
                  || ((text[e] == '.' || text[e] == '-') && e + 1 < c->len
                      && g_ascii_isalnum (text[e + 1])))
              && !possessive_at (text, e, c->len))
            continue;
          VoileToken part = { .start = s, .end = e };
          voile_name_collector_add_person (c, &part, 0, 0, 0, CONFIDENCE_LATER, VOILE_FIELD_NONE);
        }
    }
}

/* May the word text[s, e) of a found name, in lower case, be that person wherever it is
 * written so ("imran's", "ok je prends benyamina")? A name that is no common word, no place
 * and no context word ("will", "paris", "merci" are not), or a word in no list that a title
 * or a field made a name. */
static gboolean
may_name_in_lower_case (VoileNameCollector *c, const VoileNameMention *m, gsize s, gsize e)
{
  guint f = flags_of (c->text + s, e - s);

  if (e - s < 3 || voile_name_context_word (c->text + s, e - s) != 0)
    return FALSE;
  /* A found name without context ("Zayn" alone) only when it can be a given name and nothing
   * else. */
  if (m->confidence < CONFIDENCE_PAIR
      && !((f & VOILE_NAME_FIRST) && !(f & VOILE_NAME_LAST) && m->confidence >= CONFIDENCE_SINGLE))
    return FALSE;
  if (f == 0)
    return e - s >= 4;
  return (f & (VOILE_NAME_FIRST | VOILE_NAME_LAST))
         && !(f & (VOILE_NAME_WORD | VOILE_NAME_AMBIGUOUS | VOILE_NAME_PROPER));
}

void
voile_name_end_logins (VoileNameCollector *c, VoileLoginState *st, guint words, guint lower_lines)
{
  /* Typed in lower case: fewer than one word in ten has a capital. */
  end_chat (c, st, c->capitals->len * 10 < words);
  if (c->len > LOWER_SEARCH_TEXT_MAX)
    return;
  /* Lower-case given names found in context ("salut marie", "gary-pearce"), and the words of
   * found names that are no common word ("Imran Siddiqui", "mme benyamina"): named again
   * anywhere in lower case ("no worries gary", "imran's"). Not common words: "thanks will!"
   * does not make every "will" a name. */
  guint n_mentions = c->mentions->len;
  /* Names written with capitals are looked for in lower case only in a text typed
   * informally (chats, texts, transcripts): one pass over the text saved elsewhere. */
  gboolean informal = lower_lines >= 2;
  for (guint m = 0; m < n_mentions && st->n_names < LOWER_NAMES_MAX; m++)
    {
      const VoileNameMention *mention = &g_array_index (c->mentions, VoileNameMention, m);
      const char *text = c->text;
      if (mention->type != VOILE_TYPE_PERSON || mention->end - mention->start > LOGIN_MAX)
        continue;
      gboolean lower = g_ascii_islower (text[mention->start]);
      if (!lower && !informal)
        continue;
      gsize s = mention->start;
      for (gsize p = s; p <= mention->end; p++)
        {
          if (p < mention->end && !strchr (lower ? " -._" : " ", text[p]))
            continue;
          if (lower)
            {
              guint f = flags_of (text + s, p - s);
              if (lower_word (text, s, p)
                  && ((given (f, FALSE) && !(f & VOILE_NAME_PROPER))
                      || may_name_in_lower_case (c, mention, s, p)))
                remember_lower_name (st, text, s, p);
            }
          else if (p - s >= 3 && g_ascii_isupper (text[s]) && lower_word (text, s + 1, p)
                   && memchr (text + s, '-', p - s) == NULL
                   && may_name_in_lower_case (c, mention, s, p))
            remember_lower_name (st, text, s, p); /* "Zayn" → "zayn" */
          s = p + 1;
        }
    }
  if (st->n_names > 0)
    mark_lower_everywhere (c, st->names, st->n_names);
}
