/* voile-rules.c — the detector table and the per-rule checks.
 *
 * Patterns are PCRE2 (UTF, no UCP: "[0-9]" and not "\d", so that other scripts' digits
 * do not count), compiled anchored: the engine tries them only where an anchor is.
 * Confidence follows how a match is known to be right: checksum-validated ≈ 0.95–0.99,
 * format only ≈ 0.75–0.9, context words only ≈ 0.7–0.8.
 */
#include "config.h"

#include "voile-rules.h"
#include "voile-ascii.h"
#include "voile-engine.h"
#include "voile-example-values.h"
#include "voile-findings.h"
#include "voile-json.h"
#include "voile-line.h"
#include "voile-name-lexicon.h"
#include "voile-person-nouns.h"
#include "voile-spoken.h"
#include "voile-tables.h"

#include "voile-validators.h"
#include "voile-wipe.h"
#include "voile-word-before.h"

#include <arpa/inet.h>
#include <string.h>

/* g_ascii_tolower() is a call into GLib: the prefilters below run at every number. */
static inline char
ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

/* ---- shared pattern pieces ------------------------------------------------------- */

/* A number ends where no letter, digit or decimal part follows. */
#define NUM_END "(?![0-9A-Za-z_]|[.,][0-9])"
#define WORD_END "(?![0-9A-Za-z_])"
/* A "+33 6…" number has no decimals: a comma after it ends a CSV cell ("…412,7841…"). */
#define INTL_PHONE_END "(?![0-9A-Za-z_]|\\.[0-9])"
#define SPACE "[ \\x{A0}\\x{202F}]"

/* after_run sets (the byte after the first digit run): they spare prefilter calls. */
#define LOWER_LETTERS "abcdefghijklmnopqrstuvwxyz"
#define UPPER_LETTERS "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#define ASCII_LETTERS UPPER_LETTERS LOWER_LETTERS
#define DIGITS "0123456789"
/* Every byte of a UTF-8 sequence (after_spaces sets: letters with accents). */
#define HIGH_BYTES                                                                                 \
  "\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f"                               \
  "\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f"                               \
  "\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf"                               \
  "\xb0\xb1\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9\xba\xbb\xbc\xbd\xbe\xbf"                               \
  "\xc0\xc1\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xcb\xcc\xcd\xce\xcf"                               \
  "\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xd9\xda\xdb\xdc\xdd\xde\xdf"                               \
  "\xe0\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef"                               \
  "\xf0\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfd\xfe\xff"

#define YEAR "(?:1[89]|20)[0-9]{2}"
/* After a month's name, a year of any century: "né le 15 janvier 1622" is a date of
 * history's, whole ("15 janvier" alone made a birth date of Molière's). */
#define YEAR_AFTER_MONTH "(?:1[0-9]|20)[0-9]{2}"
#define MONTH_FR                                                                                   \
  "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|"           \
  "d[ée]cembre"
/* The English months; in lower case too, as dictated ("may" is a verb). */
#define MONTH_EN                                                                                   \
  "January|February|March|April|May|June|July|August|September|October|November|December|"         \
  "JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"         \
  "january|february|march|april|june|july|august|september|october|november|december"
#define MONTH_FR_ABBR "janv|f[ée]vr?|avr|juil|sept|oct|nov|d[ée]c"
#define MONTH_EN_ABBR                                                                              \
  "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC"
#define MONTH_FULL "(?:(?i:" MONTH_FR ")|" MONTH_EN ")"
#define MONTH_ABBR "(?:(?i:" MONTH_FR_ABBR ")|" MONTH_EN_ABBR ")"

/* "15 mars 2024", "1er janvier", "3rd of March, 2024", "12 sept. 2023"; (session 22,
 * g22-addr2) the Commonwealth's deeds and jurats, "this 20th day of January, 2025". */
#define DATE_DMY_TEXT                                                                              \
  "(?:1(?i:er)|[0-9]{1,2})"                                                                        \
  "(?:(?i:er)|(?:st|nd|rd|th|ST|ND|RD|TH)(?:[ ]+(?:day|DAY)[ ]+(?:of|OF)(?=[ ]))?)?"               \
  "(?:[ ]+of)?" SPACE "+"                                                                          \
  "(?:" MONTH_FULL WORD_END "(?:,?" SPACE "+" YEAR_AFTER_MONTH WORD_END ")?"                       \
  "|" MONTH_ABBR "(?:\\.(?:" SPACE "+" YEAR_AFTER_MONTH WORD_END ")?|" SPACE                       \
  "+" YEAR_AFTER_MONTH WORD_END ")"                                                                \
  "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec" /* notes: "fri 28 nov", "1 dec" */           \
  "|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|janv|f[ée]vr?|avr|juil|d[ée]c)" WORD_END         \
  "(?![.'’\\-]|\\p{L}))"
/* "28 Aug-4 Sept", "30 juin – 2 juillet 2026": a range from one month to the next. */
#define DATE_DMY_RANGE                                                                             \
  "(?:1(?i:er)|[0-9]{1,2})(?:st|nd|rd|th)?" SPACE "+(?:" MONTH_FULL "|" MONTH_ABBR                 \
  "|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?[ ]?(?:-|–)[ "                             \
  "]?" DATE_DMY_TEXT
/* "March 15, 2024", "Sept. 3rd". A month and a year alone ("mars 2024") are not flagged:
 * too coarse to point at anyone. */
#define DATE_MDY_TEXT                                                                              \
  "(?:" MONTH_FULL "|" MONTH_ABBR "\\.?|jan|feb|mar|apr|jun|jul|aug)" SPACE "{1,2}"                \
  "(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?(?:,?" SPACE "+" YEAR_AFTER_MONTH ")?" WORD_END      \
  "(?!:[0-9])"
/* 12/03, 9/14: day and month (or month and day) without the year; a CSV cell's too
 * ("C12 Bold St,02/11 21:00"), not after a number's comma ("12,5/10"). */
/* "05/01-18/01": a range of two, each a date */
#define DATE_SHORT                                                                                 \
  "(?:(?<=[0-9]{2}/[0-9]{2}-)|(?<![0-9/.:\\-]))(?<![0-9],)(?:[0-9]{2}/[0-9]{1,2}|[0-9]/"           \
  "[0-9]{1,2})"                                                                                    \
  "(?![0-9]|/[0-9]|[.,:][0-9]|-(?![0-9]{2}/[0-9]{2}(?![0-9/]))[0-9]|[%/])"
/* Airline style: 07AUG72, 14OCT. */
/* (g24-dates) "03-APR-2025", "3-Apr-25": databases, bank and airline systems; "22MAR1989" */
#define DATE_AIRLINE                                                                                  \
  "(?:[0-3][0-9](?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:[0-9]{4}|[0-9]{2})?"            \
  "|(?<![0-9\\-])[0-3]?[0-9]-(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|Jan|Feb|Mar|Apr"      \
  "|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(?:[0-9]{4}|[0-9]{2})(?![0-9\\-])"                               \
  "|(?<![0-9/])[0-3]?[0-9]/(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec" /* Jira in French:     \
                                                                                  "20/nov./26",       \
                                                                                  "3/févr./27",      \
                                                                                  "12/août/26" */    \
  "|(?i:janv?|f[ée]vr?|feb|mars?|apr|avr|ma[iy]|jui?n|jui?l|ao[ûu]t|aug|sept?|oct|nov|d[ée]c)\\.?" \
  ")/[0-9]{2}(?![0-9/"                                                                                \
  ":]))" WORD_END
#define WEEKDAY                                                                                    \
  "(?:(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|(?i:lun|mar|mer|jeu|ven|sam|dim)"   \
  "\\."                                                                                            \
  "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY"             \
  "|THURSDAY|FRIDAY|SATURDAY|SUNDAY|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?"           \
  "|(?i:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo))"
/* Passports: "19 JUN/JUIN 92", "07 AUG 1972". */
#define DATE_PASSPORT                                                                              \
  "[0-3]?[0-9][ ]+(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"                             \
  "(?:[ ]?/[ ]?(?:JANV?|F[ÉE]VR?|MARS|AVR|MAI|JUIN|JUIL|AO[ÛU]T?|SEPT?|OCT|NOV|D[ÉE]C))?"       \
  "[ ]+(?:" YEAR "|[0-9]{2})" WORD_END
/* 15/03/2024, 15.03.24, 03-15-2024. */
/* A comma after the year is the next cell of a CSV row ("11/30/1951,555-0101"), not decimals. */
#define DATE_NUM                                                                                   \
  "[0-9]{1,2}(?:/[0-9]{1,2}/|\\.[0-9]{1,2}\\.|-[0-9]{1,2}-)(?:[0-9]{4}|[0-9]{2})"                  \
  "(?![0-9A-Za-z_]|\\.[0-9])"
/* 2024-03-15, 2024/03/15, and East Asia's 2026.11.16 (LINE, KakaoTalk) */
#define DATE_ISO                                                                                               \
  YEAR                                                                                                         \
      "(?:(?:-(?:0[1-9]|1[0-2])-|/(?:0[1-9]|1[0-2])/)(?:0[1-9]|[12][0-9]|3[01])(?![0-9])" /* not a             \
                                                                                             build's           \
                                                                                             name:             \
                                                                                             "2026.11.04-rc3", \
                                                                                             "2024.06.01.2"    \
                                                                                           */                  \
      "|\\.(?:0[1-9]|1[0-2])\\.(?:0[1-9]|[12][0-9]|3[01])(?![0-9]|[.\\-_+][0-9A-Za-z]))"

/* 3 420, 1 500,00, 1,250.00, 12.5, and India's lakhs: 1,85,000 */
#define AMOUNT_NUM                                                                                 \
  "(?:[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}|[0-9]{1,3}(?:(?:[ .,']|\\x{A0}|\\x{202F})[0-9]{3})+"       \
  "|[0-9]+)(?:[.,][0-9]{1,4})?"
/* ISO 4217 codes; not those that are also common words or acronyms beside numbers
 * ("PHP 8.2", "COP 28", "RON 95", "TRY 3") */
#define CURRENCY_CODES                                                                             \
  "EUR|USD|GBP|CHF|CAD|AUD|NZD|JPY|CNY|HKD|SGD|INR|SEK|NOK|DKK|PLN|CZK|MAD|XOF|XPF|NGN|GHS|XAF"    \
  "|DZD|TND|ZAR|KES|UGX|TZS|RWF|ETB|EGP|AED|SAR|QAR|TWD|KRW|THB|MYR|IDR|VND|PKR|BDT|LKR"           \
  "|BRL|MXN|ARS|CLP|HUF|BGN|ISK|RUB|UAH|RON|RSD|TRY|ILS|JOD|KWD|BHD|OMR|PHP"
/* (session 18, g18-struct) the currencies of remittance corridors: Central and South America,
 * the Caribbean, Asia, Africa. Not those that are words or acronyms too (CRC, CUP, GEL, NAD,
 * TOP, BOB, ALL, LAK: a checksum, a cup, a gel…); PEN before cents only, MUR before a number
 * only, COP with pesos' hundreds only (v_amount(): "COP 28" is a summit). After the number
 * here; before it, m_amount_code_before() reads them (no keyword anchor for so few). */
#define CURRENCY_CODES_MORE                                                                        \
  "|GTQ|HNL|NIO|DOP|PYG|UYU|COP|JMD|TTD|XCD|HTG|NPR|MMK|KHR|KZT|UZS|AZN|MDL|MKD|BAM|BWP"           \
  "|AMD(?![ ]+[A-Z0-9])" /* not the chipmaker's "1.41 AMD FX", "AMD 64" */                         \
  "|ZMW|MZN|AOA|MWK|GNF|CDF|SLE|LRD|GMD|MGA"                                                       \
  "|PEN(?=[ ]?[0-9]{1,3}(?:,[0-9]{3})*\\.[0-9]{2})|MUR(?=[ ][0-9])"
/* The same codes as plain words, for a lookup ("|XPF|"): CFP and CFA too. */
#define CURRENCY_CODES_PLAIN                                                                       \
  "|GTQ|HNL|NIO|DOP|PYG|UYU|COP|JMD|TTD|XCD|HTG|NPR|MMK|KHR|KZT|UZS|AZN|MDL|MKD|BAM|BWP"           \
  "|ZMW|MZN|AOA|MWK|GNF|CDF|SLE|LRD|GMD|MGA|CFP|CFA"
#define CURRENCY_AFTER                                                                             \
  "(?:(?:(?i:millions?|milliards?|mille|thousand|million|billion|lakhs?|crores?)[ ]?"              \
  "(?:d['’]|de[ ]|of[ ])?)?"                                                                     \
  "(?:€|[\\x{20A0}-\\x{20C0}]|\\$|£|¥|¢|(?:" CURRENCY_CODES CURRENCY_CODES_MORE                    \
  "|F[ ]?CFA|F[ ]?CFP|CFP|BTC|ETH|USDT|USDC|DA|Ar)(?![A-Za-z0-9])" /* (g23-dates) crypto */        \
  "|(?i:euros?|dollars?|livres?[ ]sterling|pounds?|francs?(?:[ ]suisses?|[ "                       \
  "]CF[AP])?|yens?|naira|rupees?|cedis?|shillings?|pesos?|reais"                                   \
  "|taka|baht|ringgits?|rupiahs?|dirhams?|dinars?|riyals?|kwacha"                                  \
  "|quetzal(?:es)?|soles|dhs?)(?![A-Za-z])"                                                        \
  "|[Tt]k(?![A-Za-z0-9])" /* "5 000 F": the                                                        \
                                                                                 franc's sign      \
                                                                                 alone, where the  \
                                                                                 CFP franc is      \
                                                                                 money (v_amount)  \
                                                                               */                  \
  "|F(?![\\p{L}0-9'’\\-]|\\.[A-Za-z0-9])))"
/* (session 18) a SWIFT MT field's tag before a date, a currency and an amount: MT103's
 * ":32A:", MT940's and MT950's balances ":60F:", ":62M:", ":64:", ":65:" (a D/C mark first) */
#define SWIFT_FIELD "(?<=:)(?:32A:|6[02][FM]:[CD]|6[45]:[CD])"
/* Prefixed dollars: US$, C$, A$, S$, HK$, NZ$, NT$ */
#define DOLLAR_PREFIXES "(?:US|C|A|S|HK|NZ|NT)\\$"
/* "Rs. 50,000", "Rs 1,200": India's and Pakistan's rupees before the number; "Rp 418.500.000":
 * Indonesia's rupiah */
#define CURRENCY_BEFORE                                                                            \
  "(?:€|[\\x{20A0}-\\x{20C0}]|" DOLLAR_PREFIXES "|\\$|£|¥|(?:" CURRENCY_CODES                      \
  ")(?![A-Za-z])|R[sp]\\.?(?=[ ]?[0-9]))"

/* Where a "postcode City" line ends: end of line, punctuation, a country, the next word
 * in lower case ("33000 Bordeaux since last year"), or a column's gap (a letter's two
 * address blocks side by side: "31500 Toulouse      3 chemin de la Flambère"). */
#define POSTCODE_CITY_END                                                                            \
  "(?=[ "                                                                                            \
  "\\t]*(?:$|[\\r\\n,;.)(|/\\t\"·•?!]|France|FRANCE|Belgique|Belgium|Suisse|Deutschland|Germany)" \
  "|[ ]+(?:\\p{Ll}|—|–|-(?:[ ]|\\r?\\n|$))|[ ]{3,})"

/* The town after a French postcode: "Paris", "Saint-Ouen-sur-Seine", "L'Haÿ-les-Roses", "Y",
 * "LA ROCHE SUR YON", "Lyon Cedex 03". */
#define FR_TOWN                                                                                         \
  "(?:(?:(?:Le|La|Les|LE|LA|LES)[ ]|[LD]['’])?\\p{Lu}[\\p{L}'’\\-]{2,}|(?:Eu|Y)(?!\\p{L}))" /* two      \
                                                                                               spaces   \
                                                                                               at       \
                                                                                               most     \
                                                                                               between  \
                                                                                               the      \
                                                                                               town's   \
                                                                                               words:   \
                                                                                               more     \
                                                                                               is       \
                                                                                               a        \
                                                                                               column's \
                                                                                               gap      \
                                                                                             */         \
  "(?:(?:[ ]{1,2}|[ ]?-[ ]?)(?:(?:sur|sous|l[eè]s|en|de|du|des|la|le|aux?|et)[ \\-]+)?"                \
  "(?:[dlDL]['’])?\\p{Lu}[\\p{L}'’\\-]*){0,4}(?:[ ]+(?i:cedex)(?:[ ]+[0-9]{1,2})?)?"

#define EMAIL_URL_ENCODED                                                                          \
  "[A-Za-z0-9][A-Za-z0-9._+\\-]{0,63}%40(?:[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,62}[A-Za-z0-9])?\\.)+"   \
  "[A-Za-z]{2,24}(?![A-Za-z0-9\\-])"

/* A French street after its number: the type (abbreviations of forms and labels too: "3 ch.
 * des Vignes", "5 rte de Lyon"), then the name ("5 rue des lilas" typed in lower case, after
 * a connector; an SQL dump's doubled apostrophe, "27 rue d''Aubagne", session 21). A PDF's line
 * break may fall after an article ("9 quai de la\nFosse"), the name on the next line. */
#define STREET_FR_TAIL                                                                                \
  "(?i:rue|avenue|av\\.|bd|boulevard|boul\\.|all[ée]e|impasse|chemin|place|quai|cours"               \
  "|route|square|passage|voie|sentier|rond-point|faubourg|fg|cit[ée]"                                \
  "|r[ée]sidence|lotissement|hameau|lieu-dit|parvis|promenade|esplanade|villa"                       \
  "|ruelle|mont[ée]e|traverse|clos|domaine|chauss[ée]e|galerie|cour|sq\\." /* the other types of      \
                                                                              the national address    \
                                                                              base (BAN, FANTOIR)     \
                                                                            */                        \
  "|venelle|sente|carrefour|corniche|mail|lev[ée]e|digue|berge|placette|tertre|dr[èe]ve"            \
  "|rocade|quartier|enclos|contour|parc|passerelle|plaine|plateau|all[ée]es"                         \
  "|hent|straed|plasenn" /* (session 26, g26-addr) Brittany's Breton road, street and square */       \
  "|ch\\.|imp\\.|rte|pl\\.|all\\.|lot\\.)" /* "12 chemin\ndes Flamboyants": a PDF's line break        \
                                              right after an unambiguous type */                      \
  "(?:(?<=[Rr]ue|[Aa]venue|[Bb]oulevard|[Cc]hemin|[Aa]ll[ée]e|[Ii]mpasse|[Qq]uai)[ ]*\\r?\\n)?"      \
  "(?:(?:(?:[ ]+|(?<=\\n)[ ]*)(?:(?:de|du|des|la|le|les|aux?|sur|sous|en|et|ar|al)"                   \
  "(?:[ ]+|[ ]*\\r?\\n(?=\\p{Lu}\\p{Ll})))*"                                                          \
  "(?:[dlDL](?:''|['’]))?(?:\\p{Lu}[\\p{L}'’\\-]*|(?<![ ]le[ ])[0-9]{1,4}(?![0-9])(?:er)?)){1,6}" \
  "|(?<=[Rr]ue|[Aa]venue|[Bb]oulevard|[Bb]d|[Aa]ll[ée]e|[Ii]mpasse|[Qq]uai)"                         \
  "[ ]+(?:de[ ]+la|de|du|des|la|le|les|de[ ]+l['’]|d['’]|l['’])[ ]*"                            \
  "\\p{Ll}{3,}(?:[ \\-]\\p{Ll}{3,}){0,2}(?![\\p{L}]))"

/* Ireland's 32 counties, as "Co. Kerry" writes them: "Pickford & Co. Damages" is a firm's
 * "Company", not a county. */
#define IRISH_COUNTIES                                                                             \
  "Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh|Galway|Kerry"         \
  "|Kildare|Kilkenny|Laois|Leitrim|Limerick|Londonderry|Longford|Louth|Mayo|Meath|Monaghan"        \
  "|Offaly|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow"

/* (session 20, g20-addr) A unit, a building, a plot or a named sector and its number:
 * "Room 1802", "Building B", "Blk 12", "Plot S10312", "Tower 2", "Lot C3", "Sidra 3". The
 * first word is the rule's keyword (a unit's); the next ones may be any capitalised word. */
#define UNIT_PART                                                                                  \
  "[A-Z][A-Za-z]{1,9}\\.?[ ]+(?:No\\.?[ ]*)?"                                                      \
  "(?:[0-9]{1,5}[A-Z]?|[A-Z]{1,2}[0-9]{1,5}|[A-Z])(?:-[0-9A-Z]{1,4})?(?![\\p{L}0-9])"
#define UNIT_MORE "(?:(?:,[ ]*|[ ]+)" UNIT_PART ")"
/* (session 24, g24-addr) One numbered part of an address made of such parts, its word in any
 * case: "Office 41", "Building 2504", "Road 2832", "Block C-14", "villa 41", "street 27b",
 * "House No. 5", "House 14-B", "Flat 3/2". */
#define PREMISE_PART                                                                               \
  "(?i:house|villa|flat|apartment|apt\\.?|room|office|suite|shop|building|bldg\\.?|block|blk\\.?"  \
  "|road|street|lane|sector)[ ]+(?:(?i:no)\\.?[ ]*)?"                                              \
  "(?:[0-9]{1,5}[A-Za-z]?|[A-Z]{1,2}-?[0-9]{1,4}|[A-Z])(?:[-/][0-9A-Za-z]{1,4})?(?![\\p{L}0-9])"
/* (session 20, g20-addr) A town's one to three capitalised words, a short joining word
 * between them ("Buenos Aires", "St Julian's", "Andorra la Vella", "Москва"). */
#define TOWN_WORDS                                                                                 \
  "\\p{Lu}[\\p{L}'’\\-]*(?:[ ](?:(?:de|del|la|el|am|an|sur)[ ])?\\p{Lu}[\\p{L}'’\\-]*){0,2}"
/* (session 22, g22-addr) a Belgian, Swiss or Luxembourg street's name after its type, one to
 * five capitalised words and their articles ("de la Brasserie", "Saint-Gilles"). */
#define STREET_AFTER_NAME                                                                          \
  "(?:[ ]+(?:(?:de|du|des|la|le|les|aux?)[ ]+)*(?:[dlDL]['’])?\\p{Lu}[\\p{L}'’\\-]*){1,5}"
#define STREET_TYPES_EN                                                                            \
  "(?:Road|Street|Avenue|Lane|Drive|Park|Place|Terrace|Square|Court|Quay|Way|Close|Green"          \
  "|Grove|Crescent|Row|Hill)"

/* ---- helpers for validators ------------------------------------------------------ */

static gsize
compact (const VoileCandidate *c, char *out, gsize out_size, gboolean upper)
{
  return voile_compact_alnum (c->text + c->start, c->end - c->start, out, out_size, upper);
}

static gboolean
span_has_byte (const VoileCandidate *c, const char *bytes)
{
  for (gsize i = c->start; i < c->end; i++)
    if (strchr (bytes, c->text[i]) != NULL && c->text[i] != '\0')
      return TRUE;
  return FALSE;
}

/* "\"created\": \"2026-01-01T00:00:00Z\"", "updated_at=": the key before the value names
 * the time of an event, so a midnight is still a clock's time, not a stored day. */
static gboolean
key_names_event_time (const VoileCandidate *c)
{
  static const char *const keys[]
      = { "created", "updated", "modified", "deleted", "_at", "timestamp", "time",
          /* (g23-dates) a consent's or a token's end: "expires", "expiry", "expiration" */
          "expir", NULL };
  const char *t = c->text;
  gsize p = c->start;
  char lower[33];

  while (p > 0 && c->start - p < 6 && strchr (" \t\"':=", t[p - 1]) != NULL)
    p--;
  gsize w = p;
  while (w > 0 && p - w < 32 && (g_ascii_isalnum (t[w - 1]) || t[w - 1] == '_'))
    w--;
  for (gsize k = w; k < p; k++)
    lower[k - w] = ascii_lower (t[k]);
  lower[p - w] = '\0';
  for (const char *const *k = keys; *k != NULL; k++)
    if (strstr (lower, *k) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
followed_by_time_with_seconds (const VoileCandidate *c)
{
  const char *t = c->text;
  gsize i = c->end;

  /* "Nov 19, 2026, 6:48:21 PM": a comma before the time */
  if (i + 1 < c->len && t[i] == ',' && t[i + 1] == ' ')
    i++;
  if (i < c->len && (t[i] == 'T' || t[i] == ' ' || t[i] == '_'))
    i++;
  else
    return FALSE;
  /* "Dump completed on 2026-11-21  3:00:02": mysqldump pads a one-digit hour with a space */
  if (t[i - 1] == ' ' && i + 1 < c->len && t[i] == ' ' && g_ascii_isdigit (t[i + 1]))
    i++;
  /* "Nov 22, 2026 at 6:02:14 AM", "18/11/2026 à 16:52:07": a system's time in words */
  if (t[i - 1] == ' ' && i + 3 < c->len && t[i + 2] == ' '
      && ((t[i] == 'a' && t[i + 1] == 't') || (t[i] == '\xc3' && t[i + 1] == '\xa0')))
    i += 3;
  /* hh:mm:ss, h:mm:ss, and "T09-22-51" in a file's name */
  if (i + 7 > c->len)
    return FALSE;
  /* "1987-09-14T00:00:00Z": a day stored as a datetime (MongoDB's $date, a JavaScript Date),
   * not the time of an event. */
  if (t[i - 1] == 'T' && i + 8 <= c->len && memcmp (t + i, "00:00:00", 8) == 0
      && !key_names_event_time (c))
    return FALSE;
  if (!g_ascii_isdigit (t[i]))
    return FALSE;
  gsize h = g_ascii_isdigit (t[i + 1]) ? i + 2 : i + 1;
  char sep = t[h];
  if (!(sep == ':' || (sep == '-' && t[i - 1] == 'T')) || h + 6 > c->len)
    return FALSE;
  return g_ascii_isdigit (t[h + 1]) && g_ascii_isdigit (t[h + 2]) && t[h + 3] == sep
         && g_ascii_isdigit (t[h + 4]) && g_ascii_isdigit (t[h + 5]);
}

/* A word of a list with its length, counted once by the compiler: the lists are read before
 * many candidates, and a strlen of each word each time cost more than the comparisons. */
typedef struct
{
  const char *word;
  gsize len;
} ListWord;

#define LIST_WORD(w)                                                                               \
  {                                                                                                \
    (w), sizeof (w) - 1                                                                            \
  }

/* Does one of words (ended by { NULL, 0 }) end at t[i] as a whole word (no letter before it),
 * whatever its case? The last bytes first, the bit 0x20 set on both (equal without case, they
 * are equal so): most words of a list fail there, before the comparison. (No list holds an
 * empty word.) */
static gboolean
word_of_list_ends_at (const char *t, gsize i, const ListWord *words)
{
  guchar last = i > 0 ? (guchar)t[i - 1] | 0x20 : 0;

  for (const ListWord *w = words; w->word != NULL; w++)
    {
      gsize n = w->len;
      if (i >= n && n > 0 && ((guchar)w->word[n - 1] | 0x20) == last
          && voile_ascii_strncasecmp (t + i - n, w->word, n) == 0
          && (i == n || !g_ascii_isalpha (t[i - n - 1])))
        return TRUE;
    }
  return FALSE;
}

/* Case-insensitive: does one of words end just before pos (spaces, colons, dots skipped)? */
static gboolean
preceded_by_word (const VoileCandidate *c, gsize pos, const ListWord *words)
{
  gsize i = pos;

  while (i > 0 && (c->text[i - 1] == ' ' || c->text[i - 1] == ':' || c->text[i - 1] == '.'))
    i--;
  return word_of_list_ends_at (c->text, i, words);
}

static gboolean
is_placeholder_value (const char *v, gsize n)
{
  static const char *const fakes[]
      = { "xxx", "***", "changeme", "change_me", "example", "your", "placeholder", "redacted",
          "dummy", "<", "${", "{{", "%(", "process.env", "os.environ", "getenv", "null", "none",
          "true", "false", "undefined", "secret", "password", "motdepasse", "mot_de_passe", "token",
          "...", "…", "env(", "xxxx", "****",
          /* "POST /reset-password HTTP/2.0": a protocol; "generate-with-openssl-rand-hex-32":
           * how to make one */
          "http/", "generate-with", "openssl rand", "openssl-rand" };
  static const char *const whole_fakes[]
      = { "pass", "passwd", "pwd", "pw", "mdp", "user", "username", "test", "foo", "bar", "mypass",
          "mypassword", "motdepasse",
          /* RabbitMQ's default account, "amqp://guest:guest@…" */
          "guest", NULL };
  g_autofree char *lower = g_ascii_strdown (v, (gssize)n);

  if (voile_ascii_word_in (v, n, whole_fakes))
    return TRUE;

  if (n == 0 || v[0] == '$' || v[0] == '{' || v[0] == '<' || v[0] == '/' || v[0] == '~'
      || v[0] == '.' || v[0] == '(' || v[0] == '[')
    return TRUE;
  /* the message of a shell's "${DB_PASSWORD:?définir DB_PASSWORD}": the variable is unset */
  if (v[0] == '?')
    {
      gboolean digit = FALSE;
      for (gsize i = 1; i < n; i++)
        digit |= g_ascii_isdigit (v[i]);
      if (!digit)
        return TRUE;
    }
  /* %(name)s, %{name}, %NAME% are templates; "%YrLS…" is a password. */
  if (v[0] == '%' && n > 1 && (v[1] == '(' || v[1] == '{' || v[n - 1] == '%'))
    return TRUE;
  for (gsize i = 0; i < G_N_ELEMENTS (fakes); i++)
    if (strstr (lower, fakes[i]) != NULL)
      return TRUE;
  /* One character repeated (as an example key's tail: voile_example_values_secret()). */
  return voile_example_values_one_sign (v, n);
}

/* ---- per-rule validators --------------------------------------------------------- */

/* A message's id, not a mailbox: "Message-ID: <CAF7x9…@mail.gmail.com>", a References or
 * In-Reply-To header (folded lines included), a log's "message-id=<…>". */
static gboolean
in_message_id_field (const VoileCandidate *c)
{
  static const char *const headers[] = { "message-id:",
                                         "references:",
                                         "in-reply-to:",
                                         "x-message-id:",
                                         "resent-message-id:",
                                         "x-original-message-id:",
                                         NULL };
  const char *t = c->text;
  gsize line = c->start;

  if (c->start < 2 || t[c->start - 1] != '<')
    return FALSE;
  /* "Jane <jane@…>": a name before the bracket, no header's colon nor a list of ids */
  if (g_ascii_isalpha (t[c->start - 2])
      || (t[c->start - 2] == ' ' && c->start >= 3 && g_ascii_isalpha (t[c->start - 3])))
    return FALSE;
  if (c->start >= 12 && voile_ascii_strncasecmp (t + c->start - 12, "message-id=", 11) == 0)
    return TRUE;
  /* a log's "msgid=<…>", "mid=<…>", "message_id=<…>": the key names an id */
  if (t[c->start - 2] == '=')
    {
      gsize k = c->start - 2;
      while (k > 0 && c->start - k < 24 && (g_ascii_isalpha (t[k - 1]) || t[k - 1] == '_'))
        k--;
      if (c->start - 2 - k >= 2 && voile_ascii_strncasecmp (t + c->start - 4, "id", 2) == 0)
        return TRUE;
    }
  for (guint folds = 0; folds < 8; folds++)
    {
      while (line > 0 && c->start - line < 2000 && t[line - 1] != '\n')
        line--;
      /* "  References: <…>" indented in a pasted config, or a folded header's name */
      gsize name = line;
      while (name < c->start && (t[name] == ' ' || t[name] == '\t'))
        name++;
      for (const char *const *h = headers; *h != NULL; h++)
        if (c->start - name >= strlen (*h)
            && voile_ascii_strncasecmp (t + name, *h, strlen (*h)) == 0)
          return TRUE;
      if (line == 0 || name == line)
        break;
      line--; /* a folded header: its name is on a line above */
    }
  return FALSE;
}

/* "order-20931.1763733731@…", "20251125081341.7731.acf29e@…": a local part made of a
 * timestamp and a counter is a machine's (a bounce or a message id), not a person's box. */
static gboolean
local_part_is_machine_token (const char *v, gsize n)
{
  guint run = 0, longest = 0, runs_of_four = 0;

  if (n < 15)
    return FALSE; /* ten digits, a separator and four more at least */

  for (gsize i = 0; i <= n; i++)
    if (i < n && g_ascii_isdigit (v[i]))
      run++;
    else
      {
        longest = MAX (longest, run);
        runs_of_four += run >= 4;
        run = 0;
      }
  return longest >= 10 && runs_of_four >= 2;
}

/* Does the match stand in a cell of a table written with '|' ("…|Me Cazaux|a@b.fr|190 €")?
 * Its line holds more pipes than a password or a shell command would. */
static gboolean
in_pipe_table (const VoileCandidate *c)
{
  const char *t = c->text;
  guint pipes = 0;
  for (gsize i = c->start; i > 0 && c->start - i < 512 && t[i - 1] != '\n' && pipes < 3; i--)
    pipes += t[i - 1] == '|';
  for (gsize i = c->end; i < c->len && i - c->end < 512 && t[i] != '\n' && pipes < 3; i++)
    pipes += t[i] == '|';
  return pipes >= 3;
}

static gboolean
v_email (VoileCandidate *c)
{
  static const char *const file_exts[]
      = { "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "pdf", "css", "js", NULL };
  const char *t = c->text;
  gsize at = c->start;

  /* "x@db" in "…:S3cr3t!x@db": a local part does not start after such punctuation. */
  if (c->start > 0 && t[c->start - 1] != '\0' && strchr ("!#$%&*?^`{|}~", t[c->start - 1]) != NULL
      && !(t[c->start - 1] == '|' && in_pipe_table (c)))
    return FALSE;
  /* "https://key@sentry.io": a URL's user part, not an address. */
  if (c->start > 0 && t[c->start - 1] == '/')
    return FALSE;
  /* "UID:8fj3k2…@google.com": an iCalendar event's id, not a mailbox. */
  if (c->start >= 4 && voile_ascii_strncasecmp (t + c->start - 4, "UID:", 4) == 0
      && (c->start == 4 || t[c->start - 5] == '\n' || t[c->start - 5] == '\r'))
    return FALSE;
  /* "scheme://user:pass@host": the password detector owns it. */
  if (c->start > 0 && t[c->start - 1] == ':')
    {
      for (gsize i = c->start - 1; i > 0 && i + 64 > c->start; i--)
        if (t[i] == ' ' || t[i] == '\n')
          break;
        else if (t[i] == '/' && t[i - 1] == '/')
          return FALSE;
    }
  /* "https://user:TOKEN@github.com": an '@' in a URL's user part is not an address, even
   * when the local part the pattern took starts in the middle of a long token. */
  for (gsize i = c->start; i > 2 && c->start - i < 300; i--)
    {
      char ch = t[i - 1];
      if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '/' || ch == '"' || ch == '<')
        {
          if (ch == '/' && t[i - 2] == '/' && t[i - 3] == ':')
            return FALSE;
          break;
        }
    }
  while (at < c->end && t[at] != '@')
    at++;
  if (in_message_id_field (c) || local_part_is_machine_token (t + c->start, at - c->start))
    return FALSE;
  /* TLD: "icon@2x.png" is a file name. */
  gsize dot = c->end;
  while (dot > at && t[dot - 1] != '.')
    dot--;
  if (voile_ascii_word_in (t + dot, c->end - dot, file_exts))
    return FALSE;
  return TRUE;
}

static gboolean
date_parts_valid (guint a, guint b, gboolean year_known);

static gboolean
v_phone_digits (VoileCandidate *c, guint min, guint max)
{
  char d[40];
  gsize n = compact (c, d, sizeof d, FALSE);
  return n != G_MAXSIZE && n >= min && n <= max;
}

static gboolean
v_phone_uk (VoileCandidate *c);

/* "CHI 0305491846", "IEC no. is 0709018823", "Medicare 2123456701", "hardware
 * 0281031553": ten digits in one block
 * after the label of an identifier are that identifier, not a line (a phone word in the
 * same stretch keeps it a phone: "mobile (account holder) 0612345678"). */
static gboolean
after_identifier_label (const VoileCandidate *c)
{
  static const char *const labels[]
      = { "chi", "nhs", "iec", "medicare", "mrn", "gstin", "pan", "acct", "account", "member",
          "policy", "claim", "invoice", "order", "licence", "license", "serial", "imei", "ssn",
          "nin", "ppsn", "abn", "tfn", "uid", "id", "ref", "reference", "contract", "contrat",
          "dossier", "facture", "commande", "sinistre",
          /* a payslip's "Tax no: 0418822140" (South Africa's income tax number) */
          "tax", "tin", "nif",
          /* an ECU's part numbers: "logiciel 9678215380 — hardware 0281031553" */
          "hardware", "software", "firmware", "logiciel", "matériel",
          /* (session 18) a money transfer's or a parcel's number: "the MTCN 418 227 9034" */
          "mtcn", "tracking", "transaction", "txn", "waybill", "awb", NULL };
  static const char *const phone_words[]
      = { "tel", "tél", "phone", "mobile", "portable", "cell", "fax", "whatsapp", "call", NULL };
  const char *t = c->text;
  gsize from = c->start > 32 ? c->start - 32 : 0;
  gboolean label = FALSE, value = FALSE;

  for (gsize p = from; p < c->start;)
    {
      if (t[p] == '\n')
        {
          label = FALSE;
          p++;
          continue;
        }
      if (!g_ascii_isalpha (t[p]) && (guchar)t[p] < 0x80)
        {
          /* (session 22, g22-addr) "dossier DET-2026-014), 026 322 48 19": the label's own
           * value came and was closed before the number */
          if (label && g_ascii_isdigit (t[p]))
            value = TRUE;
          else if (label && value && (t[p] == ')' || t[p] == ',' || t[p] == ';'))
            label = value = FALSE;
          p++;
          continue;
        }
      gsize e = p;
      while (e < c->start && (g_ascii_isalpha (t[e]) || (guchar)t[e] >= 0x80))
        e++;
      if (voile_ascii_word_in (t + p, e - p, phone_words))
        return FALSE;
      for (const char *const *w = labels; *w != NULL && !label; w++)
        if (strlen (*w) == e - p && voile_ascii_strncasecmp (t + p, *w, e - p) == 0)
          label = TRUE, value = FALSE;
      p = e;
    }
  return label;
}

/* "e.g. +44 7700 900000", "(ex. 06 12 34 56 78)": a form's or a guide's sample value after
 * the words that announce one, nobody's number. */
static gboolean
after_example_marker (const VoileCandidate *c)
{
  static const ListWord markers[]
      = { LIST_WORD ("e.g."),     LIST_WORD ("e.g.,"), LIST_WORD ("eg."),  LIST_WORD ("eg:"),
          LIST_WORD ("ex."),      LIST_WORD ("ex:"),   LIST_WORD ("ex :"), LIST_WORD ("exemple :"),
          LIST_WORD ("example:"), { NULL, 0 } };
  gsize e = c->start;

  while (e > 0 && (c->text[e - 1] == ' ' || c->text[e - 1] == '\t' || c->text[e - 1] == '('))
    e--;
  return word_of_list_ends_at (c->text, e, markers);
}

/* (session 18, g18-struct) "Test numbers on the telco sandbox: 233200000001 to
 * 233200000009": five zeros in a row or more make a sandbox's or a form's placeholder, no
 * subscriber's number. */
static gboolean
v_phone_cc_no_plus (VoileCandidate *c)
{
  guint zeros = 0;
  for (gsize i = c->start; i < c->end; i++)
    {
      zeros = c->text[i] == '0' ? zeros + 1 : 0;
      if (zeros >= 5)
        return FALSE;
    }
  return TRUE;
}

static gboolean
v_phone_fr (VoileCandidate *c)
{
  char d[40];
  gsize n = compact (c, d, sizeof d, FALSE);

  if (n != 10 || after_example_marker (c))
    return FALSE;
  if (c->end - c->start == 10 && after_identifier_label (c))
    return FALSE;
  /* "01-09-2025 06:12" in a bank export: a day, a month and a year with the hour after it,
   * whose ten digits the loose separators let through. */
  const char *t = c->text + c->start;
  if (c->end - c->start >= 11 && (t[2] == '-' || t[2] == '/' || t[2] == '.') && t[5] == t[2]
      && (t[6] == '1' || t[6] == '2') && g_ascii_isdigit (t[7]) && g_ascii_isdigit (t[8])
      && g_ascii_isdigit (t[9])
      && date_parts_valid ((guint)((t[0] - '0') * 10 + t[1] - '0'),
                           (guint)((t[3] - '0') * 10 + t[4] - '0'), TRUE))
    return FALSE;
  /* (session 20, g20-fp) A French number is written in pairs ("06 12 34 56 78", the same
   * separator throughout) or in one block ("0612345678"). Ten digits in other groups
   * ("0217-004518", "0632 4471 89", an IBAN's tail "0417 1643 01") are a card's, a member's
   * or a file's number unless a phone word stands by ("0612 34 56 78", one pair joined, is
   * still a way of writing a line); "08xx xxx xxx" is the special numbers' own grouping. */
  if (!c->has_context && !(d[0] == '0' && d[1] == '8'))
    {
      /* the lengths of the digit groups, as a string of digits: "2222 2", "442", "46" */
      char runs[12];
      gsize nruns = 0, run = 0;
      for (gsize i = c->start; i <= c->end && nruns < sizeof runs - 1; i++)
        {
          if (i < c->end && g_ascii_isdigit (c->text[i]))
            {
              run++;
              continue;
            }
          if (run != 0)
            runs[nruns++] = (char)('0' + MIN (run, 9));
          run = 0;
        }
      runs[nruns] = '\0';
      /* pairs, one block, one pair joined to the next ("0612 34 56 78"), and the Dutch
       * mobile's "06 4418 2290" and "06-44182290" still read as a line */
      static const char *const phone_groups[]
          = { "22222", "9", "4222", "2422", "2242", "2224", "244", "28", NULL };
      gboolean known = FALSE;
      for (const char *const *g = phone_groups; *g != NULL && !known; g++)
        known = strcmp (runs, *g) == 0;
      if (!known)
        return FALSE;
    }
  /* "0800 000 000": a test vector's zeros; "0800 000 000 000 0": a counter in groups. */
  gboolean zeros = TRUE;
  for (int i = 4; i < 10; i++)
    zeros &= d[i] == '0';
  if (zeros
      || (c->end - c->start > 4 && t[4] == ' ' && c->end + 1 < c->len && c->text[c->end] == ' '
          && g_ascii_isdigit (c->text[c->end + 1])))
    return FALSE;
  /* 08 9x and 0 800…: still phone numbers; but a number with every pair equal
   * ("01 01 01 01 01") is a pattern, not a line. */
  gboolean same = TRUE;
  for (int i = 2; i < 10; i += 2)
    same &= d[i] == d[0] && d[i + 1] == d[1];
  /* "0123456789" is the digits in order (a test string, a charset), not a line. */
  gboolean ascending = TRUE;
  for (int i = 1; i < 10; i++)
    ascending &= d[i] == d[i - 1] + 1;
  return !same && !ascending;
}

/* Eight digits are a compact date ("20251101") only after a label that says
 * so: "Start date: ", "\"date\":\"", "ValidDate=", "DTSTART;VALUE=DATE:", OFX's
 * "<DTPOSTED>". Elsewhere they are as often an order or a file number. */
static gboolean
v_compact_date_label (VoileCandidate *c)
{
  static const char *const birth_words[] = { "naiss", "birth", "dob", "ddn", NULL };
  const char *t = c->text;
  gsize anchor = c->start;
  gsize p = anchor;
  gboolean assigned = FALSE;

  gboolean day_first
      = !(t[anchor] == '1' || t[anchor] == '2') || !(t[anchor + 1] == '9' || t[anchor + 1] == '0');

  /* "(Date naiss.) : ": an abbreviation's dot and a hint's bracket before the colon */
  while (p > 0 && anchor - p < 8 && strchr (" \t\"':=>).", t[p - 1]) != NULL)
    assigned |= strchr (":=>", t[--p]) != NULL;
  if (!assigned)
    return FALSE;
  gsize w = p;
  while (w > 0 && p - w < 40 && (g_ascii_isalpha (t[w - 1]) || t[w - 1] == '_'))
    w--;
  if (p - w < 3)
    return FALSE;
  /* A day first is a birth date under its label: "Date naiss.", "DateNaissance", "DOB" */
  char label[41];
  for (gsize k = w; k < p; k++)
    label[k - w] = ascii_lower (t[k]);
  label[p - w] = '\0';
  for (const char *const *b = birth_words; *b != NULL; b++)
    if (strstr (label, *b) != NULL)
      return TRUE;
  if (day_first || p - w < 4)
    return FALSE;
  /* "EcritureDate", "start_date", "Date", "date_debut" */
  if (voile_ascii_strncasecmp (t + p - 4, "date", 4) == 0
      || voile_ascii_strncasecmp (t + w, "date", 4) == 0)
    return TRUE;
  /* OFX and iCalendar: "DTPOSTED", "DTSTART" */
  return t[w] == 'D' && t[w + 1] == 'T' && g_ascii_isupper (t[w + 2]);
}

/* "(13.04.)", "am 2.11. geöffnet": a Swiss or German day and month, closed by a dot. Not a
 * numbered heading ("1.10. Objet", at the start of its line), a section ("art. 3.12."), a
 * version or a price ("CHF 13.50."). */
static gboolean
v_date_dotted (VoileCandidate *c)
{
  static const char *const before[]
      = { "chf",     "fr",      "sfr",   "eur",      "usd",     "gbp",     "art",
          "article", "section", "point", "chapitre", "chapter", "version", "v",
          "§",       "n°",      "no",    "nr",       NULL };
  static const char *const date_words[]
      = { "le", "du", "au", "dès", "am", "vom", "bis", "ab", "seit", "on", "from", "until", "till",
          "to", "et", "und", "and", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
          "dimanche", "lu", "ma", "me", "je", "ve", "sa", "di", "mo", "mi", "do", "fr", "so",
          "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "veille",
          "lendemain", "jusqu", "by", "before", "after", "avant", "après",
          /* an expense report's days: "Mon 16.11. Ankara", "Wed 18.11." */
          "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday",
          "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lun", "mer", "jeu",
          "ven", "sam", "dim",
          /* (session 19) "next day 17.11.", "Datum 3.11." (not "mise à jour 4.12": a version) */
          "day", "tag", "datum", NULL };
  const char *t = c->text;
  gsize e = c->start;

  while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\t'))
    e--;
  /* "(13.04.)": a date in brackets */
  if (e > 0 && t[e - 1] == '(')
    return TRUE;
  if (e == 0 || t[e - 1] == '\n' || t[e - 1] == '$' || (guchar)t[e - 1] >= 0x80)
    return FALSE;
  if (t[e - 1] == '.')
    e--;
  gsize s = e;
  while (s > 0
         && (g_ascii_isalpha (t[s - 1]) || t[s - 1] == '\xc2' || t[s - 1] == '\xa7'
             || t[s - 1] == '\xb0'))
    s--;
  for (const char *const *w = before; *w != NULL && e > s; w++)
    if (strlen (*w) == e - s && voile_ascii_strncasecmp (t + s, *w, e - s) == 0)
      return FALSE;
  /* "last sync 22.11 18:00": a time of day after it */
  gsize a = c->end;
  if (a < c->len && t[a] == '.') /* "17.11. 11:30": the date's closing dot first */
    a++;
  if (a + 5 <= c->len && t[a] == ' ' && g_ascii_isdigit (t[a + 1])
      && (t[a + 2] == ':' || (g_ascii_isdigit (t[a + 2]) && t[a + 3] == ':')))
    return TRUE;
  /* Else a word of dates before it: "le 13.04.", "am 2.11.", "bis 31.12.", "Mo 3.11." (an
   * average's "Wales 4.12." is none) */
  for (const char *const *w = date_words; *w != NULL && e > s; w++)
    if (strlen (*w) == e - s && voile_ascii_strncasecmp (t + s, *w, e - s) == 0)
      return TRUE;
  return FALSE;
}

/* "07700 982  114", "06 12  34 56 78": a number re-typed or justified with a double space
 * inside, which the French or the UK rule would have taken with single ones. */
static gboolean
v_phone_gapped (VoileCandidate *c)
{
  char d[40];
  gsize n = compact (c, d, sizeof d, FALSE);
  return n == 10 ? v_phone_fr (c) : n == 11 && v_phone_uk (c);
}

/* "06 44 1O 27 83", "01274 59O 318": a scan read a zero as the letter O. The number, with its
 * O read back as zeros, must be a French (ten digits) or a UK (eleven) one, and keep most of
 * its digits: "0O OO" is no line. */
static gboolean
v_phone_ocr (VoileCandidate *c)
{
  guint digits = 0, letters = 0;
  for (gsize i = c->start; i < c->end; i++)
    if (g_ascii_isdigit (c->text[i]))
      digits++;
    else if (c->text[i] == 'O')
      letters++;
  return letters >= 1 && letters <= 2 && (digits + letters == 10 || digits + letters == 11);
}

/* Belgium: "02 506 96 11" (Brussels, Antwerp, Liège, Ghent: one-digit zones), "010 23 45 67"
 * (two-digit zones): nine digits in groups no French nor UK number uses. */
static gboolean
v_phone_be (VoileCandidate *c)
{
  char d[40];
  gsize n = compact (c, d, sizeof d, FALSE);
  gboolean same = TRUE;
  for (gsize i = 2; i < n; i++)
    same &= d[i] == d[1];
  return (n == 9 || (n == 10 && d[1] == '4')) && !same;
}

static gboolean
span_has_word (const char *text, gsize from, gsize to, const char *word);

/* WHOIS and EPP write a number "+216.72285114": the country code, one dot, the national
 * number. On a phone or fax field's line ("Registrant Phone:"), not a signed decimal. */
static gboolean
whois_phone (const VoileCandidate *c)
{
  static const char *const labels[] = { "phone", "fax", "tel", "tél", "téléphone", NULL };
  const char *t = c->text;
  gsize cc = c->start + 1;

  while (cc < c->end && g_ascii_isdigit (t[cc]))
    cc++;
  if (cc - c->start - 1 < 1 || cc - c->start - 1 > 3 || cc >= c->end || t[cc] != '.'
      || c->end - cc - 1 < 6)
    return FALSE;
  gsize line_start, line_end;
  voile_line_around (t, c->len, c->start, c->end, 64, &line_start, &line_end);
  for (const char *const *w = labels; *w != NULL; w++)
    if (span_has_word (t, line_start, c->start, *w))
      return TRUE;
  return FALSE;
}

static gboolean
v_phone_intl (VoileCandidate *c)
{
  /* Unbalanced parenthesis at the end: "(+33 6 12…)" is fine, "+1 (555" is not a number. */
  gsize open = 0, close = 0;
  for (gsize i = c->start; i < c->end; i++)
    {
      open += c->text[i] == '(';
      close += c->text[i] == ')';
    }
  /* "(+44 7700 900123)", "(tel +49 30 1234567)": a closing bracket the number did not open
   * is the sentence's. */
  if (close == open + 1 && c->end > c->start && c->text[c->end - 1] == ')')
    {
      c->end--;
      close--;
    }
  /* "(+33) 6 12…": the opening parenthesis is just before the match. */
  if (open + 1 == close && c->start > 0 && c->text[c->start - 1] == '(')
    {
      c->start--;
      open++;
    }
  /* "+1 214-555-0148 (11:02)": a time in brackets after the number is not part of it. */
  if (open == close + 1)
    {
      gsize k = c->end;
      while (k > c->start && c->text[k - 1] != '(')
        k--;
      if (k >= c->start + 2 && c->text[k - 2] == ' ' && k < c->len && c->text[k - 1] == '('
          && memchr (c->text + k, ')', c->end - k) == NULL)
        {
          c->end = k - 2;
          open--;
        }
    }
  if (open != close)
    return FALSE;
  /* "+35236450.6" is a signed decimal: one dot, no other separator, a short last group. */
  gsize dots = 0, others = 0, last_group = 0;
  for (gsize i = c->start + 1; i < c->end; i++)
    {
      char ch = c->text[i];
      if (g_ascii_isdigit (ch))
        last_group++;
      else
        {
          dots += ch == '.';
          others += ch != '.';
          last_group = 0;
        }
    }
  if (last_group < 2 || (dots == 1 && others == 0 && !whois_phone (c)))
    return FALSE;
  /* "+20220123085548" (a version's build stamp): too long for a number without spaces. */
  if (dots + others == 0 && c->end - c->start > 14)
    return FALSE;
  if (!v_phone_digits (c, 8, 15) || after_example_marker (c))
    return FALSE;
  /* "+44 20 0000 0000": a test fixture's zeros after the area code, no subscriber */
  {
    char d[24];
    gsize n = compact (c, d, sizeof d, FALSE), zeros = 0;
    if (n == G_MAXSIZE) /* longer than d: no phone */
      return FALSE;
    while (zeros < n && d[n - 1 - zeros] == '0')
      zeros++;
    if (zeros >= 7)
      return FALSE;
  }
  /* North America (+1): the area code and seven digits, never fewer ("+1 800 55 0199" is
   * a test's "too short" vector). */
  gsize first = c->start + 1;
  while (first < c->end && !g_ascii_isdigit (c->text[first]))
    first++;
  if (first + 1 < c->end && c->text[first] == '1' && !g_ascii_isdigit (c->text[first + 1]))
    {
      guint digits = 0;
      for (gsize i = first; i < c->end; i++)
        digits += g_ascii_isdigit (c->text[i]) ? 1 : 0;
      return digits == 11;
    }
  /* France (+33): nine digits after the code, never fewer ("+3361287045", a log's number
   * that failed for its length); a "(0)" stays out of the count */
  if (first + 2 < c->end && c->text[first] == '3' && c->text[first + 1] == '3')
    {
      guint digits = 0;
      for (gsize i = first; i < c->end; i++)
        digits += g_ascii_isdigit (c->text[i]) ? 1 : 0;
      if (g_strstr_len (c->text + first, (gssize)(c->end - first), "(0)") != NULL)
        digits--;
      return digits == 11;
    }
  /* (session 21, g21-addr) The United Kingdom (+44): ten digits after the code, nine for a
   * few old exchanges, never fewer ("+44 20 7946", a validator's "too short" vector) */
  if (first + 2 < c->end && c->text[first] == '4' && c->text[first + 1] == '4'
      && !g_ascii_isdigit (c->text[first + 2]))
    {
      guint digits = 0;
      for (gsize i = first; i < c->end; i++)
        digits += g_ascii_isdigit (c->text[i]) ? 1 : 0;
      if (g_strstr_len (c->text + first, (gssize)(c->end - first), "(0)") != NULL)
        digits--;
      return digits == 11 || digits == 12;
    }
  /* (session 23, g23-clean) Other countries: never fewer digits after the code than the
   * country's numbering plan gives its shortest subscriber's number (ITU-T E.164 national
   * significant numbers; country codes are prefix-free, so one entry at most matches). A
   * validator's "too short" vectors ("+234 803 000", "+254 7", "+65 9123") and truncated
   * samples are no one's number. */
  {
    static const struct
    {
      const char *code;
      guint8 min;
    } plans[] = {
      { "7", 10 },  { "20", 9 },  { "27", 9 },  { "30", 10 }, { "31", 9 },  { "32", 8 },
      { "34", 9 },  { "36", 8 },  { "41", 9 },  { "45", 8 },  { "47", 8 },  { "48", 9 },
      { "52", 10 }, { "55", 10 }, { "61", 9 },  { "63", 8 },  { "64", 8 },  { "65", 8 },
      { "66", 8 },  { "81", 9 },  { "82", 8 },  { "86", 9 },  { "90", 10 }, { "91", 10 },
      { "92", 9 },  { "212", 9 }, { "213", 8 }, { "216", 8 }, { "221", 9 }, { "225", 8 },
      { "233", 9 }, { "234", 8 }, { "237", 8 }, { "250", 9 }, { "251", 9 }, { "254", 9 },
      { "255", 9 }, { "256", 9 }, { "260", 9 }, { "262", 9 }, { "351", 9 }, { "353", 7 },
      { "590", 9 }, { "594", 9 }, { "596", 9 }, { "852", 8 }, { "853", 8 }, { "886", 8 },
      { "966", 8 }, { "971", 8 },
    };
    char d[24];
    gsize n = compact (c, d, sizeof d, FALSE);
    if (n != G_MAXSIZE && n > 0)
      {
        gsize lead = d[0] == '+' ? 1 : 0;
        if (g_strstr_len (c->text + first, (gssize)(c->end - first), "(0)") != NULL && n > 0)
          n--;
        for (gsize k = 0; k < G_N_ELEMENTS (plans); k++)
          {
            gsize cl = strlen (plans[k].code);
            if (n >= lead + cl && memcmp (d + lead, plans[k].code, cl) == 0)
              return n - lead - cl >= plans[k].min;
          }
      }
  }
  return TRUE;
}

/* Ireland: "021 123 4567", "01 666 8043". Nine digits in threes ("046 454 287") are as
 * often a Canadian SIN or a part number: a phone only beside a phone word. */
static gboolean
v_phone_ie (VoileCandidate *c)
{
  const char *t = c->text;
  gboolean threes = c->end - c->start == 11 && t[c->start + 3] == ' ' && t[c->start + 7] == ' ';
  return !threes || c->has_context;
}

static gboolean
v_phone_uk (VoileCandidate *c)
{
  char d[40];
  gsize n = compact (c, d, sizeof d, FALSE);

  /* Nigeria's mobiles: "0803 123 4567", "09012345678" (070, 080, 081, 090, 091) */
  gboolean ng_mobile
      = n == 11 && d[0] == '0' && strchr ("789", d[1]) != NULL && (d[2] == '0' || d[2] == '1');
  /* the Philippines' mobiles, "0998 114 2750": 09, then nine digits, grouped 4-3-4 */
  const char *s = c->text + c->start;
  ng_mobile |= n == 11 && d[0] == '0' && d[1] == '9' && c->end - c->start == 13 && s[4] == ' '
               && s[8] == ' ';
  /* (session 25, g25-phones) and in one block, "09231457780", as chats and exports write
   * them: eleven digits from 09 are a mobile in the Philippines (0905-0999), Nigeria (090,
   * 091) and Japan (090), a landline in no plan of eleven digits */
  ng_mobile |= n == 11 && d[0] == '0' && d[1] == '9' && c->end - c->start == 11;
  if (n != 11 || d[0] != '0' || (strchr ("12378", d[1]) == NULL && !ng_mobile)
      || after_example_marker (c))
    return FALSE;
  /* "0800 000 000 000 0": a counter in groups, longer than any line; "0800 000 000": the
   * number of a test vector. */
  const char *t = c->text;
  if (c->end + 1 < c->len && t[c->end] == ' ' && g_ascii_isdigit (t[c->end + 1]))
    return FALSE;
  gboolean zeros = TRUE;
  for (gsize i = 5; i < n; i++)
    zeros &= d[i] == '0';
  if (zeros)
    return FALSE;
  /* Eleven digits in one block are an identifier more often than a phone number,
   * unless it is a mobile (07…). */
  if (!span_has_byte (c, " ") && d[1] != '7' && !ng_mobile)
    return FALSE;
  return TRUE;
}

/* Numbers told by a phone word only: not after an identifier's label ("NHS number
 * (optional): 485 777 3414"). */
static gboolean
v_phone_local (VoileCandidate *c)
{
  return !after_identifier_label (c);
}

/* Australia's national numbers: "13 20 11" and "132 011" beside a phone word only (six
 * digits are many things); "1300 482 615", "1800 273 268" in their 4-3-3 groups are written
 * so by no other number: a firm's contact line ("SureCover | 1800 273 268") needs no word. */
static gboolean
v_phone_au_national (VoileCandidate *c)
{
  if (c->end - c->start != 12 && !c->has_context)
    return FALSE;
  return v_phone_local (c);
}

/* A number right after a phone label, whatever its country's format ("phone 0552 318 44 90",
 * "fixe 01 447 208", "her number is 0928 331 7460"): eight to thirteen digits from a
 * national 0, nine to thirteen otherwise, and not a count written by thousands ("mobile
 * 100 000 000 users"), a zeroed test value nor a French number short of a pair. */
static gboolean
v_phone_labelled (VoileCandidate *c)
{
  char d[24];
  gsize n = compact (c, d, sizeof d, FALSE);
  const char *t = c->text;
  gboolean thousands = t[c->start] != '0', pairs = TRUE, zeros = TRUE;
  gsize run = 0, first = 0;

  /* New Caledonia's "27 41 58", French Polynesia's "87 35 60 12": six or eight digits in
   * pairs and no trunk 0, where numbers have no area code */
  if ((n == 6 || n == 8) && d[0] != '0' && c->end - c->start == n + n / 2 - 1)
    {
      gboolean in_pairs = TRUE;
      for (gsize i = 0; i < c->end - c->start; i++)
        in_pairs &= i % 3 == 2 ? t[c->start + i] == ' ' : g_ascii_isdigit (t[c->start + i]);
      /* "12 34 56 78": a form's sample */
      if (in_pairs && strncmp (d, "12345678", n) != 0)
        return TRUE;
    }
  /* (session 23, g23-addr) where numbers have no trunk 0 and seven or eight digits: Fiji's
   * "7045 582", Papua New Guinea's "7320 4418", Hong Kong's "9134 2281" — two groups, 3-4,
   * 4-3 or 4-4, one space; not a span of years ("2024 2025") */
  if ((n == 7 || n == 8) && d[0] >= '2' && c->end - c->start == n + 1)
    {
      gsize sp = c->start + (t[c->start + 3] == ' ' ? 3 : 4);
      gsize a = sp - c->start, b = n - a;
      gboolean year = a == 4 && (strncmp (d, "19", 2) == 0 || strncmp (d, "20", 2) == 0);
      if (t[sp] == ' ' && !year && ((a == 3 && b == 4) || (a == 4 && (b == 3 || b == 4))))
        return TRUE;
    }
  if (n < 8 || n > 13 || (d[0] != '0' && n < 9))
    return FALSE;
  for (gsize i = c->start; i <= c->end; i++)
    {
      if (i < c->end && g_ascii_isdigit (t[i]))
        {
          run++;
          continue;
        }
      if (first == 0)
        first = run;
      else if (run != 3)
        thousands = FALSE;
      pairs &= run == 2;
      run = 0;
    }
  /* "0800 000 000": a test value's zeros after the first group */
  for (gsize i = first < n ? first : 1; i < n; i++)
    zeros &= d[i] == '0';
  /* "06 12 45 78": a French number that lost a pair (a validator's sample) */
  if (pairs && d[0] == '0' && n < 10)
    return FALSE;
  /* (session 22, g22-addr) "son gsm c'est 691 204 877 si…": Luxembourg's mobiles go by
   * threes; a count ends on a zero group ("100 000 000") or is followed by its noun
   * ("125 430 120 users"). */
  if (thousands && first <= 3 && first < n && n >= 9 && memcmp (d + n - 3, "000", 3) != 0)
    {
      static const char *const joins[]
          = { "si", "ou",   "or",    "et",   "and", "if",    "le",  "la",    "the", "on",
              "en", "pour", "after", "from", "to",  "until", "dès", "après", NULL };
      const char *t2 = c->text;
      gsize e = c->end;
      if (!(e + 1 < c->len && t2[e] == ' ' && g_ascii_islower (t2[e + 1])))
        return !zeros;
      gsize w = e + 1, we = w;
      while (we < c->len && we - w < 6 && (g_ascii_isalpha (t2[we]) || (guchar)t2[we] >= 0x80))
        we++;
      if (voile_ascii_word_in (t2 + w, we - w, joins))
        return !zeros;
    }
  return !zeros && !(thousands && first <= 3 && first < n);
}

static gboolean
digits_are_phone_number (const char *d, gsize n);

/* (session 25, g25-phones) The XTN's phone: its segment opens its line with three capitals
 * and a '|' (PID, NK1, GT1, IN1…), read back 1 KB at most; its digits, country code and
 * area code with the local number, seven to fifteen. */
static gboolean
v_phone_hl7_xtn (VoileCandidate *c)
{
  const char *t = c->text;
  gsize ls = c->start, digits = 0;
  while (ls > 0 && c->start - ls < 1024 && t[ls - 1] != '\n' && t[ls - 1] != '\r')
    ls--;
  if (ls > 0 && t[ls - 1] != '\n' && t[ls - 1] != '\r')
    return FALSE;
  if (ls + 4 > c->len || !g_ascii_isupper (t[ls]) || !g_ascii_isupper (t[ls + 1])
      || !g_ascii_isalnum (t[ls + 2]) || t[ls + 3] != '|')
    return FALSE;
  for (gsize i = c->start; i < c->end; i++)
    digits += g_ascii_isdigit (t[i]) ? 1 : 0;
  return digits >= 7 && digits <= 15;
}

/* (session 25, g25-phones) The PER segment's number: the segment opens its line or follows
 * the segment terminator ('~') within 96 bytes ("PER*IC*name*TE*…"), and the digits are a
 * phone's (digits_are_phone_number(), or seven digits of a local number). */
static gboolean
v_phone_x12_per (VoileCandidate *c)
{
  const char *t = c->text;
  gsize p = c->start;
  gboolean per = FALSE;
  while (p > 0 && c->start - p < 96 && t[p - 1] != '\n' && t[p - 1] != '~')
    p--;
  per = p + 4 <= c->start && memcmp (t + p, "PER*", 4) == 0;
  if (!per)
    return FALSE;
  char d[24];
  gsize n = compact (c, d, sizeof d, FALSE);
  return n == 7 || (n != G_MAXSIZE && digits_are_phone_number (d, n));
}

/* "0733 418 207": an East African mobile (07…, 01…) says what it is; other numbers in these
 * groups need a phone word. */
static gboolean
v_phone_4_3_3 (VoileCandidate *c)
{
  char d[40];
  gsize n = compact (c, d, sizeof d, FALSE);
  gboolean zeros = TRUE;

  /* "0800 000 000": a test vector's zeros */
  for (gsize i = 4; i < n; i++)
    zeros &= d[i] == '0';
  return !zeros && (d[1] == '7' || c->has_context) && !after_identifier_label (c);
}

static gboolean
v_iban (VoileCandidate *c)
{
  char buf[40];
  gsize n = 0;
  gsize i = c->start;
  guint want = 0;

  /* Collect letters and digits up to the country's length: the pattern may have run on
   * into the next word ("… 189 BIC AGRIFRPP"). */
  for (; i < c->end; i++)
    {
      char ch = c->text[i];
      if (!g_ascii_isalnum (ch))
        continue;
      buf[n++] = g_ascii_toupper (ch);
      if (n == 2)
        {
          buf[2] = '\0';
          want = voile_iban_country_length (buf);
          if (want == 0)
            return FALSE;
        }
      if (want != 0 && n == want)
        {
          i++;
          break;
        }
    }
  if (want == 0 || n != want)
    return FALSE;
  /* The IBAN must not end in the middle of a word. */
  if (i < c->len && g_ascii_isalnum (c->text[i]))
    return FALSE;
  if (!voile_iban_is_valid (buf, n))
    return FALSE;
  /* "FR76 0000 0000 0000 0000 0000 000": a tutorial's placeholder, valid by accident. */
  gsize zeros = 0;
  for (gsize k = 4; k < n; k++)
    zeros += buf[k] == '0';
  if (zeros == n - 4)
    return FALSE;
  c->end = i;
  return TRUE;
}

static gboolean
v_rib (VoileCandidate *c)
{
  char bank[6], branch[6], account[12], key[3];
  const char *t = c->text + c->start;
  gsize n = c->end - c->start;

  char compact_rib[32];
  if (voile_compact_alnum (t, n, compact_rib, sizeof compact_rib, TRUE) != 23)
    return FALSE;
  memcpy (bank, compact_rib, 5), bank[5] = '\0';
  memcpy (branch, compact_rib + 5, 5), branch[5] = '\0';
  memcpy (account, compact_rib + 10, 11), account[11] = '\0';
  memcpy (key, compact_rib + 21, 2), key[2] = '\0';
  return voile_rib_is_valid (bank, branch, account, key);
}

/* (session 19, g19-fp) The word "ticket" at kw qualified as a technical one: "IT ticket",
 * "tech ticket", "ticket technique", "ticket informatique". Reads 16 bytes each side. */
static gboolean
technical_ticket (const char *t, gsize len, gsize kw)
{
  static const char *const before[]
      = { "tech", "technical", "infra", "devops", "ops", "maintenance", "engineering", NULL };
  static const char *const after[] = { "technique", "informatique", "infra", "interne", NULL };
  gsize e = voile_run_start (t, kw, 2, " ");
  gsize s = voile_word_start (t, e, 12, VOILE_WORD_ASCII);
  if (e < kw && s < e && (s == 0 || !g_ascii_isalnum (t[s - 1])))
    {
      if (e - s == 2 && t[s] == 'I' && t[s + 1] == 'T')
        return TRUE;
      for (const char *const *w = before; *w != NULL; w++)
        if (strlen (*w) == e - s && voile_ascii_strncasecmp (t + s, *w, e - s) == 0)
          return TRUE;
    }
  gsize a = kw + 6;
  if (a < len && (t[a] | 0x20) == 's')
    a++;
  if (a >= len || t[a] != ' ')
    return FALSE;
  a++;
  for (const char *const *w = after; *w != NULL; w++)
    {
      gsize n = strlen (*w);
      if (a + n <= len && voile_ascii_strncasecmp (t + a, *w, n) == 0
          && (a + n == len || !g_ascii_isalpha (t[a + n])))
        return TRUE;
    }
  return FALSE;
}

/* Does a developer's word ("test", "sandbox", "Stripe"…) stand around the match? Then a
 * processor's test card number is documentation, not somebody's card. */
static gboolean
near_developer_words (const VoileCandidate *c)
{
  static const char *const words[]
      = { "test", "sandbox", "stripe",  "adyen",        "braintree", "example", "dummy",
          "fake", "demo",    "staging", "checkout.com", "api",       NULL };
  /* (g19-fp) 2 KB back: a test run's table under its "sandbox" heading, a dozen rows down */
  gsize from = c->start > 2048 ? c->start - 2048 : 0;
  gsize to = MIN (c->len, c->end + 200);

  for (gsize i = from; i < to; i++)
    {
      if (i > 0 && g_ascii_isalpha (c->text[i - 1]))
        continue;
      /* the words' first letters, before any comparison */
      char b = (char)(c->text[i] | 0x20);
      if (b != 't' && b != 's' && b != 'a' && b != 'b' && b != 'e' && b != 'd' && b != 'f'
          && b != 'c')
        continue;
      for (const char *const *w = words; *w != NULL; w++)
        {
          gsize n = strlen (*w);
          /* "testing", "tests"; but not "apiculteur" */
          if (i + n <= to && voile_ascii_strncasecmp (c->text + i, *w, n) == 0
              && (w == words || i + n == c->len || !g_ascii_isalpha (c->text[i + n])))
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
v_card (VoileCandidate *c)
{
  char d[32];
  gsize n = compact (c, d, sizeof d, FALSE);
  gboolean valid;
  const char *t = c->text;
  /* "FR76 3000 4012 3400 0123 4567 863": the tail of a longer grouped number (an IBAN, an
   * account), a group of four just before it, is no card. */
  if (c->start >= 5 && (t[c->start - 1] == ' ' || t[c->start - 1] == '-')
      && g_ascii_isdigit (t[c->start - 2]) && g_ascii_isalnum (t[c->start - 3])
      && g_ascii_isalnum (t[c->start - 4]) && g_ascii_isalnum (t[c->start - 5]))
    return FALSE;
  /* Old 13-digit Visa cards, only when grouped: a 13-digit block is an EAN-13. */
  if (n == 13 && d[0] == '4' && span_has_byte (c, " "))
    valid = voile_luhn_is_valid (d, n);
  else
    valid = n != G_MAXSIZE && voile_card_is_valid (d, n);
  return valid && !(voile_card_is_test_number (d, n) && near_developer_words (c));
}

static gboolean
v_nir (VoileCandidate *c)
{
  char d[32];
  gsize n = compact (c, d, sizeof d, TRUE);
  return n != G_MAXSIZE && voile_nir_is_valid (d, n);
}

/* "182 451 203 octets", "210 000 000 €": a quantity, whatever its checksum. */
static gboolean
followed_by_unit (const VoileCandidate *c)
{
  static const char *const units[]
      = { "octets",    "octet",     "bytes",     "byte",        "o",        "ko",
          "mo",        "go",        "kb",        "mb",          "gb",       "b",
          "€",         "$",         "£",         "eur",         "euros",    "euro",
          "usd",       "dollars",   "habitants", "hab",         "km",       "m",
          "kg",        "g",         "t",         "tonnes",      "l",        "litres",
          "personnes", "visiteurs", "vues",      "views",       "users",    "utilisateurs",
          "clients",   "abonnés",   "ms",        "s",           "secondes", "seconds",
          "pixels",    "px",        "points",    "pts",         "lignes",   "lines",
          "rows",      "mots",      "words",     "exemplaires", "copies",   "unités",
          "units",     "fois",      "times",     "votes",       NULL };
  const char *t = c->text;
  gsize p = c->end;

  while (p < c->len && (t[p] == ' ' || (guchar)t[p] == 0xC2 || (guchar)t[p] == 0xA0))
    p++;
  gsize w = p;
  if (w < c->len
      && (t[w] == '$' || (w + 2 < c->len && memcmp (t + w, "€", 3) == 0)
          || (w > 0 && memcmp (t + w - 1, "£", 2) == 0)))
    return TRUE;
  while (w < c->len && (g_ascii_isalpha (t[w]) || (guchar)t[w] >= 0x80))
    w++;
  if (w == p)
    return FALSE;
  if (voile_ascii_word_in (t + p, w - p, units))
    return TRUE;
  return FALSE;
}

/* (g22-ids2) Does Canada's social insurance number's name stand before t[at] on its line,
 * 48 bytes at most: "SIN", "NAS" in capitals as a word, "social insurance", "assurance
 * sociale"? Both the SIN and the SIREN are nine digits with a Luhn key; the name tells. */
static gboolean
ca_sin_label_before (const char *t, gsize at)
{
  gsize floor = at > 48 ? at - 48 : 0;
  for (gsize p = at; p > floor && t[p - 1] != '\n'; p--)
    {
      gsize w = p - 1;
      char b = t[w];
      if ((b == 'S' || b == 'N') && w + 3 <= at
          && (memcmp (t + w, "SIN", 3) == 0 || memcmp (t + w, "NAS", 3) == 0)
          && (w == 0 || !g_ascii_isalnum (t[w - 1]))
          && (w + 3 == at || !g_ascii_isalnum (t[w + 3])))
        return TRUE;
      if ((b | 0x20) == 's' && w + 16 <= at
          && voile_ascii_strncasecmp (t + w, "social insurance", 16) == 0)
        return TRUE;
      if ((b | 0x20) == 'a' && w + 17 <= at
          && (voile_ascii_strncasecmp (t + w, "assurance sociale", 17) == 0
              || voile_ascii_strncasecmp (t + w, "assurance-sociale", 17) == 0))
        return TRUE;
    }
  return FALSE;
}

/* (g22-ids2) Canada's social insurance number's names (see m_ca_sin()). */
static const char *const kw_ca_sin[]
    = { "sin$", "nas$", "social insurance", "assurance sociale", "assurance-sociale", NULL };

/* (g22-ids2) Canada's SIN / NAS "526 941 133" after its name: a person's account with a State
 * body (CUSTOMER_ID, the conventions' PPSN row); the Luhn key, no 0 (unused) or 8 (a
 * business's) first. */
static gboolean
m_ca_sin (VoileCandidate *c)
{
  const char *t = c->text;
  gsize a = c->anchor, p, k = 0;
  char d[9];
  char sep = 0;

  /* the name's keyword ("SIN", "NAS" in capitals, "social insurance number"), then the
   * number on its line within 40 bytes, no other digit between */
  gboolean short_name = a + 3 >= c->len || !g_ascii_isalpha (t[a + 3]);
  if (short_name && memcmp (t + a, "SIN", 3) != 0 && memcmp (t + a, "NAS", 3) != 0)
    return FALSE;
  for (p = a; p < c->len && p - a < 40 && !g_ascii_isdigit (t[p]) && t[p] != '\n'; p++)
    ;
  if (p >= c->len || !g_ascii_isdigit (t[p]) || (p > 0 && g_ascii_isalnum (t[p - 1])))
    return FALSE;
  a = p;
  while (p < c->len && k < 9)
    {
      if (g_ascii_isdigit (t[p]))
        d[k++] = t[p++];
      else if ((k == 3 || k == 6) && t[p] == ' ' && (sep == 0 || k == 6))
        sep = t[p++];
      else
        break;
    }
  if (k != 9 || (sep != 0 && (t[a + 3] != ' ' || t[a + 7] != ' ')))
    return FALSE;
  if (p < c->len && (g_ascii_isalnum (t[p]) || t[p] == '_'))
    return FALSE;
  if (p + 1 < c->len && (t[p] == '.' || t[p] == ',') && g_ascii_isdigit (t[p + 1]))
    return FALSE;
  if (d[0] == '0' || d[0] == '8' || !voile_luhn_is_valid (d, 9))
    return FALSE;
  c->start = a;
  c->end = p;
  return TRUE;
}

static gboolean
v_siren (VoileCandidate *c)
{
  char d[16];
  gsize n = compact (c, d, sizeof d, FALSE);

  if (n != 9 || !voile_siren_is_valid (d, n) || (!c->has_context && followed_by_unit (c)))
    return FALSE;
  /* "SIRET 792 451 031 00028" whose key fails: an invalid SIRET (a typo, a test value),
   * which rule "fr-siret" turned down; its first nine digits are not a SIREN apart. */
  const char *t = c->text;
  gsize p = c->end;
  if (p < c->len && (t[p] == ' ' || t[p] == '.'))
    p++;
  gsize k = 0;
  while (p + k < c->len && g_ascii_isdigit (t[p + k]))
    k++;
  if (k == 5 && (p + k == c->len || !g_ascii_isalnum (t[p + k])))
    return FALSE;
  /* (session 24, g24-clean) a grouped run longer than a SIREN: "3312 845 607 118" (a tax
   * number's tail), "992 003 418 209 114" (a card's groups): another group of digits joined
   * by the same space before or after (of three digits after: five make a SIRET, above) */
  if (!c->has_context && span_has_byte (c, " "))
    {
      if (k == 3 && t[c->end] == ' ' && (p + k == c->len || !g_ascii_isalnum (t[p + k])))
        return FALSE;
      gsize b = c->start;
      if (b >= 2 && t[b - 1] == ' ' && g_ascii_isdigit (t[b - 2]))
        {
          gsize q = b - 1;
          while (q > 0 && b - 1 - q < 6 && g_ascii_isdigit (t[q - 1]))
            q--;
          if (q == 0 || !(g_ascii_isalpha (t[q - 1]) || t[q - 1] == '.' || t[q - 1] == ','))
            return FALSE;
        }
    }
  /* "091 562 207": an Irish phone number; no SIREN starts with 0 without its word. */
  if (d[0] == '0' && !c->has_context)
    return FALSE;
  /* Nine digits in one block: only after "SIREN", "RCS"… */
  if (!span_has_byte (c, " .") && !c->has_context)
    return FALSE;
  /* (g22-ids2) a Canadian's SIN / NAS after its name (rule "ca-sin") */
  if (ca_sin_label_before (c->text, c->start))
    return FALSE;
  /* (session 24, g24-clean) the SIREN part of a VAT number ("FR12 824517361") whose key
   * fails: rule "fr-vat" turned it down (a typo, a counter-example), its nine digits are no
   * SIREN apart */
  {
    gsize b = c->start;
    if (b >= 1 && t[b - 1] == ' ')
      b--;
    if (b >= 4 && (t[b - 4] == 'F' || t[b - 4] == 'f') && (t[b - 3] == 'R' || t[b - 3] == 'r')
        && g_ascii_isalnum (t[b - 2]) && g_ascii_isalnum (t[b - 1])
        && (b == 4 || !g_ascii_isalnum (t[b - 5])))
      return FALSE;
  }
  /* "255 250 250  snow": three bytes, a colour (X11's rgb.txt, a palette); about one
   * SIREN in sixty has three groups that low, and its word is then needed. */
  gboolean bytes = TRUE;
  for (guint g = 0; g < 9; g += 3)
    bytes &= (d[g] - '0') * 100 + (d[g + 1] - '0') * 10 + (d[g + 2] - '0') <= 255;
  if (bytes && !c->has_context)
    return FALSE;
  return TRUE;
}

static gboolean
looks_like_compact_timestamp (const char *d)
{
  /* yyyymmddhhmmss */
  guint y = (guint)((d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0'));
  guint m = (guint)((d[4] - '0') * 10 + (d[5] - '0'));
  guint day = (guint)((d[6] - '0') * 10 + (d[7] - '0'));
  guint h = (guint)((d[8] - '0') * 10 + (d[9] - '0'));
  return y >= 1970 && y <= 2099 && m >= 1 && m <= 12 && day >= 1 && day <= 31 && h < 24;
}

static gboolean
v_siret (VoileCandidate *c)
{
  char d[20];
  gsize n = compact (c, d, sizeof d, FALSE);

  if (n != 14 || !voile_siret_is_valid (d, n))
    return FALSE;
  if (!c->has_context && !span_has_byte (c, " .") && looks_like_compact_timestamp (d))
    return FALSE;
  /* (session 24, g24-clean) a SIRET's first nine digits are its SIREN, whose own Luhn key
   * holds: fourteen digits with no word before ("TX 26112318441907", a library's barcode
   * 21350003981127, a bank account) pass the whole key one time in ten, both keys one in a
   * hundred */
  if (!c->has_context && !voile_siren_is_valid (d, 9))
    return FALSE;
  return TRUE;
}

static gboolean
v_fr_vat (VoileCandidate *c)
{
  char d[20];
  gsize n = compact (c, d, sizeof d, TRUE);

  if (n != 13 || !voile_fr_vat_is_valid (d, n))
    return FALSE;
  if (!g_ascii_isdigit (d[2]) || !g_ascii_isdigit (d[3]))
    c->confidence = 0.85f;
  return TRUE;
}

/* "Honeywell SB 131-49-8127", "P/N 214-55-1002": a document's or a part's number right
 * after its abbreviation, shaped like an SSN. */
static gboolean
after_document_abbreviation (const VoileCandidate *c)
{
  static const char *const labels[]
      = { "sb",   "asb", "ad",      "sil",      "p/n", "pn",  "s/n", "sn", "nsn",
          "part", "dwg", "drawing", "bulletin", "ecn", "eco", "doc", NULL };
  const char *t = c->text;
  gsize e = c->start;
  while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '#' || t[e - 1] == ':'))
    e--;
  return voile_word_before_in (t, e, 10, VOILE_WORD_SLASHES, labels);
}

static gboolean
v_us_ssn (VoileCandidate *c)
{
  char d[16];
  gsize n = compact (c, d, sizeof d, FALSE);
  /* a beneficiary code after the number: only a Medicare claim number (HICN) has one */
  if (c->end < c->len && g_ascii_isupper (c->text[c->end]))
    {
      gsize from = c->start > 80 ? c->start - 80 : 0;
      if (!span_has_word (c->text, from, c->start, "hicn")
          && !span_has_word (c->text, from, c->start, "medicare"))
        return FALSE;
    }
  /* (session 24, g24-clean) a longer code's head: "027-25-0418-PVB" (a register's
   * reference), its dash going on into letters or digits */
  if (c->end + 1 < c->len && c->text[c->end] == '-' && g_ascii_isalnum (c->text[c->end + 1]))
    return FALSE;
  return n == 9 && voile_us_ssn_is_valid (d, n)
         && (c->has_context || !after_document_abbreviation (c));
}

static gboolean
v_uk_nino (VoileCandidate *c)
{
  char d[16];
  gsize n = compact (c, d, sizeof d, TRUE);
  return n == 9 && voile_uk_nino_is_valid (d, n);
}

static gboolean
span_has_word (const char *text, gsize from, gsize to, const char *word);

/* "Référence : TK-450-FR", "SKU AB-123-CD": a product's code shaped like a plate. */
static gboolean
after_product_code_label (const VoileCandidate *c)
{
  static const char *const labels[]
      = { "réf", "ref", "référence", "reference", "sku", "modèle", "model", "article", NULL };
  gsize from = c->start > 24 ? c->start - 24 : 0;
  for (gsize i = from; i < c->start; i++)
    if (c->text[i] == '\n')
      from = i + 1;
  for (const char *const *l = labels; *l != NULL; l++)
    if (span_has_word (c->text, from, c->start, *l))
      return TRUE;
  return FALSE;
}

static gboolean
v_plate_siv (VoileCandidate *c)
{
  const char *t = c->text + c->start;
  gsize n = c->end - c->start;
  const char *num = n == 9 ? t + 3 : t + 2;

  if (!c->has_context && after_product_code_label (c))
    return FALSE;

  /* SS is never issued; 000 neither. */
  if (t[0] == 'S' && t[1] == 'S')
    return FALSE;
  /* "AA-123-AA", "AB-123-CD": the specimen plates of the SIV's notices, forms, manuals and
   * API documentation and of dealers' demonstration cars, not a car of anyone's */
  if (num[0] == '1' && num[1] == '2' && num[2] == '3' && t[0] == 'A'
      && ((t[1] == 'A' && t[n - 2] == 'A' && t[n - 1] == 'A')
          || (t[1] == 'B' && t[n - 2] == 'C' && t[n - 1] == 'D')))
    return FALSE;
  if (num[0] == '0' && num[1] == '0' && num[2] == '0')
    return FALSE;
  return TRUE;
}

/* (session 26, g26-plates) a plate's letters and digits, separators left out */
static gsize
plate_compact (const VoileCandidate *c, gsize from, char *out, gsize room, guint *letters,
               guint *digits)
{
  gsize n = 0;
  *letters = *digits = 0;
  for (gsize i = from; i < c->end; i++)
    {
      char ch = c->text[i];
      if (ch == ' ' || ch == '-')
        continue;
      if (n + 1 >= room)
        return room;
      out[n++] = ch;
      if (g_ascii_isdigit (ch))
        (*digits)++;
      else
        (*letters)++;
    }
  out[n] = '\0';
  return n;
}

/* (session 26, g26-plates) the States' and Territories' codes a plate is written after
 * ("Reg: MA 2XYK91", "Plate IN 391TKM"): the US's and Australia's */
static gboolean
is_state_code (const char *t, gsize n)
{
  static const char *const states[]
      = { "AL", "AK", "AZ", "AR",  "CA",  "CO",  "CT",  "DE",  "DC", "FL", "GA", "HI",
          "ID", "IL", "IN", "IA",  "KS",  "KY",  "LA",  "ME",  "MD", "MA", "MI", "MN",
          "MS", "MO", "MT", "NE",  "NV",  "NH",  "NJ",  "NM",  "NY", "NC", "ND", "OH",
          "OK", "OR", "PA", "RI",  "SC",  "SD",  "TN",  "TX",  "UT", "VT", "VA", "WA",
          "WV", "WI", "WY", "NSW", "VIC", "QLD", "TAS", "ACT", "NT", "SA", NULL };
  return voile_word_in (t, n, states);
}

/* a country's distinguishing sign before a foreign plate ("plaque BE 1-KPR-374") */
static gboolean
is_country_sign (const char *t, gsize n)
{
  static const char *const signs[]
      = { "BE", "NL", "LU", "CH", "FR", "IT",  "ES", "PT", "GB", "UK", "IRL", "IE",
          "PL", "AT", "CZ", "SK", "DK", "FIN", "SE", "NO", "RO", "BG", "HR",  NULL };
  return voile_word_in (t, n, signs);
}

/* (session 26, g26-plates) any country's registration after a plate's or a registration's
 * word ("reg PX23 KFD", "rego KQ 48 7T", "plate ABC123", "Kennzeichen M AB 1234"): four to
 * nine letters and digits, both kinds; not a UK postcode ("reg. office SW1A 1AA" is the
 * firm's), not a firm's, a VAT or a practitioner's registration. */
static gboolean
v_plate_labelled (VoileCandidate *c)
{
  const char *t = c->text;
  char d[16];
  guint letters, digits;

  /* "MA 2XYK91", "IN 391TKM", "BE 1-KPR-374": the State's code or the country's sign is
   * no part of the plate */
  {
    gsize i = c->start;
    while (i < c->end && g_ascii_isupper (t[i]))
      i++;
    if (i < c->end && t[i] == ' '
        && (is_state_code (t + c->start, i - c->start)
            || is_country_sign (t + c->start, i - c->start)))
      {
        gboolean one_token = TRUE;
        for (gsize k = i + 1; k < c->end; k++)
          if (t[k] == ' ')
            one_token = FALSE;
        if (one_token)
          c->start = i + 1;
      }
  }
  gsize n = plate_compact (c, c->start, d, sizeof d, &letters, &digits);
  if (n < 4 || n > 9 || letters == 0 || digits == 0)
    return FALSE;
  /* five digits in a row: a member's, a boat's or a permit's number ("CSA-B-22147", "LO
   * 924156", "PIN 168402"), no car's plate of the formats the rule reads */
  /* France's SIV shape is plate-siv's to judge (its specimens, its unissued series) */
  if (n == 7 && g_ascii_isupper (d[0]) && g_ascii_isupper (d[1]) && g_ascii_isdigit (d[2])
      && g_ascii_isdigit (d[3]) && g_ascii_isdigit (d[4]) && g_ascii_isupper (d[5])
      && g_ascii_isupper (d[6]))
    return FALSE;
  gboolean nc = n == 8 && d[6] == 'N' && d[7] == 'C'; /* New Caledonia's "421587 NC" */
  for (gsize i = 0, run = 0; i < n && !nc; i++)
    if ((run = g_ascii_isdigit (d[i]) ? run + 1 : 0) >= 5)
      return FALSE;
  /* a UK postcode ("SW1A 1AA"): its inward code is a digit and two letters */
  if (n >= 5 && g_ascii_isdigit (d[n - 3]) && g_ascii_isupper (d[n - 2])
      && g_ascii_isupper (d[n - 1]) && g_ascii_isupper (d[0]))
    {
      gsize sp = c->end;
      while (sp > c->start && t[sp - 1] != ' ')
        sp--;
      if (sp > c->start && c->end - sp == 3)
        return FALSE;
    }
  /* "Plaque OSB 18 mm": a board's thickness, a measure after the value */
  {
    static const char *const units[] = { "mm", "cm", "m", "kg", "g", "l", "ml", "in", NULL };
    gsize p = c->end, w;
    if (p < c->len && t[p] == ' ')
      p++;
    for (w = p; w < c->len && g_ascii_islower (t[w]); w++)
      ;
    if (w > p && (w == c->len || !g_ascii_isalnum (t[w])) && voile_word_in (t + p, w - p, units))
      return FALSE;
  }
  /* "VAT Reg", "Company reg no.", "IMC reg.": a firm's or a practitioner's register */
  {
    static const char *const firms[]
        = { "vat", "company", "companies", "business", "charity",  "charitable",
            "imc", "gmc",     "medical",   "council",  "landlord", "trade",
            "gst", "tax",     "cession",   NULL };
    gsize from = c->match_start > 40 ? c->match_start - 40 : 0;
    for (const char *const *w = firms; *w != NULL; w++)
      if (span_has_word (t, from, c->match_start, *w))
        return FALSE;
  }
  return TRUE;
}

/* (session 26, g26-plates) Great Britain's current plate (DVLA, 2001): a memory tag (two
 * letters: a region, no I, J, Q, T, U or Z first; no I or Q second), the age identifier
 * (March 02-29, September 51-79), a space, three letters without I or Q ("YK19 RPO"); the
 * DVLA's specimen "AB12 CDE" is nobody's; not "FY24 END", a season "AW25", a month or a
 * currency after the digits. Written without its space ("LD19XKM"), a plate's word must
 * be before it. */
static gboolean
v_plate_gb (VoileCandidate *c)
{
  const char *t = c->text + c->start;
  gsize n = c->end - c->start;
  const char *tail = t + n - 3;
  static const char *const not_tags[] = { "FY", "CY", "HY", "AW", "SS", "PY", "NY", NULL };
  static const char *const not_tails[]
      = { "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
          "GBP", "EUR", "USD", "END", "THE", "AND", "NEW", "ALL", "FOR", "YTD", "MTD", "PCS",
          "REV", "VER", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN", NULL };

  if (n == 7 && !c->has_context)
    return FALSE;
  if (strchr ("IJQTUZ", t[0]) != NULL || strchr ("IQ", t[1]) != NULL)
    return FALSE;
  int age = (t[2] - '0') * 10 + (t[3] - '0');
  if (!((age >= 2 && age <= 29) || (age >= 51 && age <= 79)))
    return FALSE;
  for (int k = 0; k < 3; k++)
    if (tail[k] == 'I' || tail[k] == 'Q')
      return FALSE;
  if (!c->has_context && (voile_word_in (t, 2, not_tags) || voile_word_in (tail, 3, not_tails)))
    return FALSE;
  if (strncmp (t, "AB12", 4) == 0 && strncmp (tail, "CDE", 3) == 0)
    return FALSE;
  if (!c->has_context && after_product_code_label (c))
    return FALSE;
  /* "flight BA12 LHR", "BA12 LHR to JFK": a flight number and its airport */
  {
    static const char *const flights[] = { "flight", "flt", "vol", "departs", "arrives", NULL };
    gsize from = c->start > 24 ? c->start - 24 : 0;
    for (const char *const *w = flights; *w != NULL; w++)
      if (span_has_word (c->text, from, c->start, *w))
        return FALSE;
    if (c->end + 4 <= c->len && strncmp (c->text + c->end, " to ", 4) == 0)
      return FALSE;
  }
  return TRUE;
}

/* (session 26, g26-plates) Ireland's plate: the year (87-99, 00-12; from 2013 the year and
 * its half, 131-262), the county's or city's letters, a number without a leading zero
 * ("152-KE-3318", "06-D-41237"). */
static gboolean
v_plate_ie (VoileCandidate *c)
{
  static const char *const counties[]
      = { "C",  "CE", "CN", "CW", "D",  "DL", "G",  "KE", "KK", "KY", "L",
          "LD", "LH", "LK", "LM", "LS", "MH", "MN", "MO", "OY", "RN", "SO",
          "T",  "TN", "TS", "W",  "WD", "WH", "WX", "WW", NULL };
  const char *t = c->text;
  gsize i = c->start;
  while (i < c->end && g_ascii_isdigit (t[i]))
    i++;
  gsize ny = i - c->start;
  int y = (t[c->start] - '0') * 10 + (t[c->start + 1] - '0');
  if (ny == 2 && !(y >= 87 || y <= 12))
    return FALSE;
  if (ny == 3 && !(y >= 13 && y <= 26 && (t[c->start + 2] == '1' || t[c->start + 2] == '2')))
    return FALSE;
  gsize l = i + 1;
  while (l < c->end && g_ascii_isupper (t[l]))
    l++;
  if (!voile_word_in (t + i + 1, l - i - 1, counties))
    return FALSE;
  return t[l + 1] != '0';
}

static gboolean
v_plate_fni (VoileCandidate *c)
{
  static const char *const units[]
      = { "AM",  "PM", "KM", "KG", "MB",  "GB",  "KB",  "TB",  "MO",  "GO",  "KO",  "TO",  "CM",
          "MM",  "ML", "CL", "HT", "TTC", "EUR", "USD", "GBP", "CHF", "MG",  "MHZ", "GHZ", "KW",
          "KWH", "MW", "VA", "PC", "PCS", "LOT", "REF", "NB",  "MN",  "SEC", "MIN", "H",   NULL };
  const char *t = c->text;
  gsize i = c->start;

  while (i < c->end && g_ascii_isdigit (t[i]))
    i++;
  /* FNI plates are written with spaces ("4127 VX 69"); with dashes, "3196-MTX-10" is a part
   * number unless a vehicle word says otherwise. */
  if (i < c->end && t[i] == '-' && !c->has_context)
    return FALSE;
  if (!c->has_context && after_product_code_label (c))
    return FALSE;
  /* "1234 AB 56": the specimen FNI plate of forms and documentation */
  gboolean specimen = i - c->start == 4 && strncmp (t + c->start, "1234", 4) == 0;
  i++;
  gsize l = i;
  while (l < c->end && g_ascii_isupper (t[l]))
    l++;
  if (voile_word_in (t + i, l - i, units))
    return FALSE;
  /* (session 20, g20-fp) "ENTRE 75 ET 87 %", "DE 12 ET 15 ANS", "BETWEEN 20 AND 30": two
   * figures joined by a conjunction or a preposition in a text set in capitals; a plate's
   * series is no French or English little word unless a vehicle word says so. A figure
   * followed by "%" is a share, never a département. */
  static const char *const little_words[]
      = { "ET", "EN",  "DE",  "DES", "LE", "LES", "LA", "SE", "SES",
          "NE", "PAR", "AND", "AT",  "BY", "THE", "ES", "VS", NULL };
  if (!c->has_context && voile_word_in (t + i, l - i, little_words))
    return FALSE;
  {
    gsize p = c->end;
    if (p < c->len && t[p] == ' ')
      p++;
    else if (p + 1 < c->len && (guchar)t[p] == 0xC2 && (guchar)t[p + 1] == 0xA0)
      p += 2;
    else if (p + 2 < c->len && (guchar)t[p] == 0xE2 && (guchar)t[p + 1] == 0x80
             && (guchar)t[p + 2] == 0xAF)
      p += 3;
    if (p < c->len && t[p] == '%')
      return FALSE;
  }
  if (specimen && l - i == 2 && t[i] == 'A' && t[i + 1] == 'B')
    return FALSE;
  return TRUE;
}

static gboolean
v_ipv4 (VoileCandidate *c)
{
  static const ListWord version_words[]
      = { LIST_WORD ("v"),     LIST_WORD ("version"), LIST_WORD ("ver"),      LIST_WORD ("release"),
          LIST_WORD ("build"), LIST_WORD ("rev"),     LIST_WORD ("firmware"), LIST_WORD ("android"),
          LIST_WORD ("ios"),   LIST_WORD ("python"),  LIST_WORD ("gtk"),      LIST_WORD ("glib"),
          { NULL, 0 } };
  const char *t = c->text + c->start;
  gsize n = c->end - c->start;
  char buf[24];
  struct in_addr addr;

  if (n >= sizeof buf)
    return FALSE;
  memcpy (buf, t, n);
  buf[n] = '\0';
  char *slash = strchr (buf, '/');
  if (slash != NULL)
    *slash = '\0';
  if (inet_pton (AF_INET, buf, &addr) != 1)
    return FALSE;
  guint32 a = ntohl (addr.s_addr);
  /* Unspecified, loopback, netmasks, network and broadcast addresses name no one. */
  if ((a >> 24) == 0 || (a >> 24) == 127 || (a >> 24) >= 224 || (a & 0xff) == 0
      || (a & 0xff) == 255)
    return FALSE;
  if (c->start > 0 && (c->text[c->start - 1] == 'v' || c->text[c->start - 1] == 'V'))
    return FALSE;
  if (preceded_by_word (c, c->start, version_words))
    return FALSE;
  /* "WhatsApp/2.24.22.79", "Dalvik/2.1.0.4": a user agent's product and its version, the
   * product a word of its own (a path's "/api/10.0.0.5" is an address). */
  if (c->start >= 3 && c->text[c->start - 1] == '/' && g_ascii_isalnum (c->text[c->start - 2]))
    {
      gsize w = c->start - 1, letters = 0;
      while (w > 0 && c->start - w < 32
             && (g_ascii_isalnum (c->text[w - 1]) || c->text[w - 1] == '-' || c->text[w - 1] == '_'
                 || c->text[w - 1] == '.'))
        letters += g_ascii_isalpha (c->text[--w]) != 0;
      if (letters > 0
          && (w == 0 || c->text[w - 1] == ' ' || c->text[w - 1] == '"' || c->text[w - 1] == '('))
        return FALSE;
    }
  /* "Pandoc 2.14.0.3", "dpkg 1.4.1.19": small numbers after a one-digit head are a version. */
  if ((a >> 24) <= 9 && ((a >> 16) & 0xff) <= 20 && ((a >> 8) & 0xff) <= 20 && (a & 0xff) <= 20)
    return FALSE;
  return TRUE;
}

static gboolean
hex_colon_char (char ch)
{
  return g_ascii_isxdigit (ch) || ch == ':' || ch == '.';
}

/* IPv6: a run of hex digits, ':' and '.' that inet_pton() accepts. */
static gboolean
m_ipv6 (VoileCandidate *c)
{
  const char *t = c->text;
  gsize s = c->anchor, e = c->anchor;
  char buf[64];
  struct in6_addr addr;

  while (e < c->len && e - s < 45 && hex_colon_char (t[e]))
    e++;
  /* Do not take a piece of a longer word, or a time ("10:30:00"). */
  if (e < c->len && (g_ascii_isalnum (t[e]) || t[e] == '_' || t[e] == ':'))
    return FALSE;
  while (e > s && (t[e - 1] == '.' || t[e - 1] == ':'))
    {
      /* "::" at the end is part of the address; a lone ':' or '.' is punctuation. */
      if (t[e - 1] == ':' && e >= s + 2 && t[e - 2] == ':')
        break;
      e--;
    }
  gsize n = e - s;
  if (n < 6 || n >= sizeof buf)
    return FALSE;
  memcpy (buf, t + s, n);
  buf[n] = '\0';
  guint colons = 0, digits = 0, groups = 0;
  for (gsize i = 0; i < n; i++)
    {
      colons += buf[i] == ':';
      digits += g_ascii_isdigit (buf[i]) ? 1 : 0;
      if (buf[i] != ':' && (i == 0 || buf[i - 1] == ':'))
        groups++;
    }
  if (colons < 2 || digits == 0 || groups < 2)
    return FALSE;
  /* Without "::", an address has eight groups (seven colons) or six and an IPv4 tail (six
   * colons): "10:32:02,417" is not asked of inet_pton(). */
  if (colons < 6 && strstr (buf, "::") == NULL)
    return FALSE;
  if (inet_pton (AF_INET6, buf, &addr) != 1)
    return FALSE;
  if (IN6_IS_ADDR_LOOPBACK (&addr) || IN6_IS_ADDR_UNSPECIFIED (&addr))
    return FALSE;
  c->start = s;
  c->end = e;
  return TRUE;
}

/* Day a of month b, or month a and day b; "31/02" is neither ("29/02" is, the year aside). */
static gboolean
date_parts_valid (guint a, guint b, gboolean year_known)
{
  static const guint8 month_days[13] = { 0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  gboolean dm = a >= 1 && b >= 1 && b <= 12 && a <= month_days[b];
  gboolean md = a >= 1 && a <= 12 && b >= 1 && b <= month_days[a];
  return dm || md;
}

/* (g22-clean) "29/02/2025", "2023-02-29": the 29th of February of a year that is no leap
 * year is a test vector's impossible date ("29/02/2025 | année non bissextile"), no day
 * anybody lived; 29/02/2024 stays. */
static gboolean
feb29_of_common_year (guint day, guint month, guint year)
{
  gboolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !leap && day == 29 && month == 2;
}

/* (session 20, g20-fp) A date written with its month's name whose day the month does not
 * have: "31 February", "February 30", "31 avril", "le 31 juin" are a test vector's or a
 * comment's impossible date ("# no 31 February"), never a day somebody lived. The first
 * number of one or two digits is the day, the first word of letters the month; only the
 * months of fewer than 31 days matter. */
static gboolean
text_date_day_impossible (const char *t, gsize s, gsize e)
{
  guint day = 0, days = 31;
  gboolean have_day = FALSE, have_month = FALSE;
  gsize i = s;
  while (i < e && !(have_day && have_month))
    {
      if (g_ascii_isdigit (t[i]))
        {
          gsize j = i;
          guint v = 0;
          while (j < e && g_ascii_isdigit (t[j]) && j - i < 5)
            v = v * 10 + (guint)(t[j++] - '0');
          if (!have_day && j - i <= 2)
            {
              day = v;
              have_day = TRUE;
            }
          i = j;
          continue;
        }
      if (g_ascii_isalpha (t[i]) || (guchar)t[i] >= 0x80)
        {
          gsize j = i;
          while (j < e && (g_ascii_isalpha (t[j]) || (guchar)t[j] >= 0x80))
            j++;
          if (!have_month && j - i >= 3)
            {
              const char *w = t + i;
              have_month = TRUE;
              if (voile_ascii_strncasecmp (w, "feb", 3) == 0
                  || voile_ascii_strncasecmp (w, "fev", 3) == 0
                  || (j - i >= 4 && voile_ascii_strncasecmp (w, "f\xc3\xa9v", 4) == 0))
                days = 29;
              else if (voile_ascii_strncasecmp (w, "apr", 3) == 0
                       || voile_ascii_strncasecmp (w, "avr", 3) == 0
                       || voile_ascii_strncasecmp (w, "jun", 3) == 0
                       || (j - i >= 4 && voile_ascii_strncasecmp (w, "juin", 4) == 0)
                       || voile_ascii_strncasecmp (w, "sep", 3) == 0
                       || voile_ascii_strncasecmp (w, "nov", 3) == 0)
                days = 30;
              else if (voile_ascii_strncasecmp (w, "jan", 3) != 0
                       && voile_ascii_strncasecmp (w, "mar", 3) != 0
                       && voile_ascii_strncasecmp (w, "ma", 2) != 0
                       && voile_ascii_strncasecmp (w, "ju", 2) != 0
                       && voile_ascii_strncasecmp (w, "ao", 2) != 0
                       && voile_ascii_strncasecmp (w, "aug", 3) != 0
                       && voile_ascii_strncasecmp (w, "oct", 3) != 0
                       && voile_ascii_strncasecmp (w, "dec", 3) != 0
                       && voile_ascii_strncasecmp (w, "d\xc3\xa9", 3) != 0)
                have_month = FALSE; /* a weekday's or an article's word: look further */
            }
          i = j;
          continue;
        }
      i++;
    }
  return have_day && have_month && day > days;
}

/* A birth date of a past century is a figure of history's ("Ada Byron was born on 10
 * December 1815"): nobody it names is alive, so it is a plain date. */
static gboolean
v_birth_year (VoileCandidate *c)
{
  const char *t = c->text;
  gsize m = c->match_start;
  /* "b." after a name ("Chioma b. 2024-02-14", "(b. 3 May 1990)"), not a list's "item b." */
  if (t[m] == 'b' && m + 1 < c->len && t[m + 1] == '.' && m > 0 && t[m - 1] == ' ')
    {
      gsize w = m - 1;
      while (w > 0 && (g_ascii_isalpha (t[w - 1]) || (guchar)t[w - 1] >= 0x80))
        w--;
      if (w == m - 1 || !(g_ascii_isupper (t[w]) || (guchar)t[w] == 0xC3))
        return FALSE;
    }
  if (voile_tables_birth_of_animal (c->text, c->match_start > 120 ? c->match_start - 120 : 0,
                                    c->start))
    return FALSE;
  if (text_date_day_impossible (c->text, c->start, c->end))
    return FALSE;
  if (voile_date_opens_on_weekday (c->text + c->start, c->end - c->start))
    return FALSE;
  return !voile_date_year_before_1900 (c->text + c->start, c->end - c->start);
}

/* (session 18, g18-struct) A clock time after a date: " à 16:40", " at 4:40", ", 16h40". */
static gboolean
clock_after_date (const VoileCandidate *c)
{
  const char *t = c->text;
  gsize p = c->end;
  if (p < c->len && t[p] == ',')
    p++;
  if (p >= c->len || t[p] != ' ')
    return FALSE;
  p++;
  if (p + 2 < c->len && (guchar)t[p] == 0xC3 && (guchar)t[p + 1] == 0xA0 && t[p + 2] == ' ')
    p += 3; /* "à " */
  else if (p + 2 < c->len && t[p] == 'a' && t[p + 1] == 't' && t[p + 2] == ' ')
    p += 3;
  gsize h = p;
  while (h < c->len && h < p + 2 && g_ascii_isdigit (t[h]))
    h++;
  return h > p && h + 2 < c->len && (t[h] == ':' || t[h] == 'h') && g_ascii_isdigit (t[h + 1])
         && g_ascii_isdigit (t[h + 2]);
}

static gboolean
v_date_num (VoileCandidate *c)
{
  const char *t = c->text + c->start;
  gsize n = c->end - c->start;
  guint parts[3] = { 0 }, lens[3] = { 0 };
  guint k = 0;
  char sep = 0;

  for (gsize i = 0; i < n && k < 3; i++)
    {
      if (g_ascii_isdigit (t[i]))
        {
          parts[k] = parts[k] * 10 + (guint)(t[i] - '0');
          lens[k]++;
        }
      else
        {
          sep = t[i];
          k++;
        }
    }
  if (!date_parts_valid (parts[0], parts[1], TRUE))
    return FALSE;
  if (lens[2] == 4)
    {
      /* (session 18) a company's or a long lease's term runs 99 years: "Durée de la personne
       * morale : jusqu'au 13/06/2118", written with two digits each for day and month */
      if (parts[2] < 1900 || parts[2] > (lens[0] == 2 && lens[1] == 2 ? 2199u : 2099u))
        return FALSE;
      if (feb29_of_common_year (parts[0], parts[1], parts[2])
          || feb29_of_common_year (parts[1], parts[0], parts[2]))
        return FALSE;
    }
  else
    {
      /* Two-digit years look like versions ("1.2.24") unless written dd/mm/yy; with
       * slashes a one-digit day or month too, as chat exports and US forms write them
       * ("[2/11/26, 6:45 pm]", "DOB 5/14/58"): versions and sections take dots. */
      /* (session 18) "Le 02-03-26 à 16:40, … a écrit :": a mail client's reply header, the
       * clock time after it says a day */
      if (sep == '-' && lens[0] == 2 && lens[1] == 2 && lens[2] == 2 && clock_after_date (c))
        return TRUE;
      if (sep == '-' || (sep != '/' && (lens[0] != 2 || lens[1] != 2)))
        return FALSE;
      /* (session 26, g26-clean) "29/02/23 is not a date": a two-digit year not divisible by
       * four has no 29th of February in either century ("00" may be 2000's, a leap year) */
      if (lens[2] == 2 && parts[2] % 4 != 0
          && ((parts[0] == 29 && parts[1] == 2) || (parts[1] == 29 && parts[0] == 2)))
        return FALSE;
      /* "Units 11/12/13", "rooms 21/22/23": three numbers in a row after a plural noun
       * name things of a list */
      static const ListWord plurals[]
          = { LIST_WORD ("units"),  LIST_WORD ("lines"), LIST_WORD ("rooms"),
              LIST_WORD ("beds"),   LIST_WORD ("bays"),  LIST_WORD ("trains"),
              LIST_WORD ("tanks"),  LIST_WORD ("gates"), LIST_WORD ("pumps"),
              LIST_WORD ("flats"),  LIST_WORD ("lots"),  LIST_WORD ("docks"),
              LIST_WORD ("berths"), LIST_WORD ("wells"), LIST_WORD ("chambres"),
              LIST_WORD ("lits"),   { NULL, 0 } };
      gsize e = c->start;
      while (e > 0 && c->text[e - 1] == ' ')
        e--;
      if (parts[1] == parts[0] + 1 && parts[2] == parts[1] + 1
          && word_of_list_ends_at (c->text, e, plurals))
        return FALSE;
    }
  /* A log timestamp (date, time to the second) marks an event, not a person's date. */
  if (followed_by_time_with_seconds (c))
    return FALSE;
  return TRUE;
}

/* "04 08 2001" in a form's boxes, "16/11/ 2026" from a PDF, "12/O4/2019" read by OCR:
 * what date-numeric leaves, a day and a month of two characters each (an OCR'd 'O' for a
 * zero) and a year of this or the last century. */
static gboolean
v_date_spaced (VoileCandidate *c)
{
  const char *t = c->text + c->start;
  gsize n = c->end - c->start;
  guint parts[3] = { 0 }, k = 0;
  gboolean odd = FALSE;

  for (gsize i = 0; i < n && k < 3; i++)
    {
      if (g_ascii_isdigit (t[i]) || t[i] == 'O')
        parts[k] = parts[k] * 10 + (guint)(t[i] == 'O' ? 0 : t[i] - '0');
      else if (i > 0 && (g_ascii_isdigit (t[i - 1]) || t[i - 1] == 'O'))
        k++;
      odd |= t[i] == ' ' || t[i] == 'O' || t[i] == '\n';
    }
  return odd && parts[2] >= 1900 && parts[2] <= 2099 && date_parts_valid (parts[0], parts[1], TRUE)
         && !followed_by_time_with_seconds (c);
}

/* Does the line before c name a payment card ("Visa •••• 4417 · expires 08/28")? */
static gboolean
line_mentions_card (const VoileCandidate *c)
{
  static const char *const card_words[]
      = { "card", "carte", "visa", "mastercard", "amex", "cb", "•", "****", NULL };
  gsize from = c->start;

  while (from > 0 && c->start - from < 160 && c->text[from - 1] != '\n')
    from--;
  for (const char *const *w = card_words; *w != NULL; w++)
    if (g_ascii_isalpha (**w)
            ? span_has_word (c->text, from, c->start, *w)
            : g_strstr_len (c->text + from, (gssize)(c->start - from), *w) != NULL)
      return TRUE;
  return FALSE;
}

/* Does the date at c open a statement's row: at its line's start, a gap, a description,
 * then a sum with its cents ("10/14   WIRE OUT PEKAO BANK …   200.00   2,337.56")? */
static gboolean
opens_statement_row (const VoileCandidate *c)
{
  const char *t = c->text;
  gsize p = c->end;

  if (c->start > 0 && t[c->start - 1] != '\n')
    return FALSE;
  if (!(p + 2 < c->len && t[p] == ' ' && t[p + 1] == ' '))
    return FALSE;
  while (p < c->len && t[p] == ' ')
    p++;
  if (p >= c->len || !g_ascii_isupper (t[p]))
    return FALSE;
  for (; p + 3 < c->len && t[p] != '\n'; p++)
    if (g_ascii_isdigit (t[p]) && t[p + 1] == '.' && g_ascii_isdigit (t[p + 2])
        && g_ascii_isdigit (t[p + 3]) && (p + 4 == c->len || !g_ascii_isdigit (t[p + 4])))
      return TRUE;
  return FALSE;
}

/* "10/24, 11/07 provided": another month and day right after, a list of dates. */
static gboolean
short_date_follows (const VoileCandidate *c)
{
  const char *t = c->text;
  gsize p = c->end;

  if (p + 2 < c->len && t[p] == ',' && t[p + 1] == ' ')
    p += 2;
  else if (p + 5 < c->len && memcmp (t + p, " and ", 5) == 0)
    p += 5;
  else
    return FALSE;
  gsize d = p;
  while (d < c->len && d - p < 3 && g_ascii_isdigit (t[d]))
    d++;
  if (d == p || d - p > 2 || d >= c->len || t[d] != '/')
    return FALSE;
  gsize e = d + 1;
  while (e < c->len && e - d - 1 < 3 && g_ascii_isdigit (t[e]))
    e++;
  if (e == d + 1 || e - d - 1 > 2 || (e < c->len && (g_ascii_isdigit (t[e]) || t[e] == '/')))
    return FALSE;
  /* the next one a month and a day too ("11/24, 22/7" is a batch and a fraction) */
  guint month = 0, day = 0;
  for (gsize k = p; k < d; k++)
    month = month * 10 + (guint)(t[k] - '0');
  for (gsize k = d + 1; k < e; k++)
    day = day * 10 + (guint)(t[k] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/* (session 24, g24-dates) A short date token "d/m" or "m/d" (one or two digits each) at p:
 * its end, its two parts; not a part of a longer number, a path or a full date. */
static gboolean
short_token_at (const char *t, gsize len, gsize p, gsize *end, guint *a, guint *b)
{
  if (p > 0 && (g_ascii_isalnum (t[p - 1]) || strchr ("/.-:$", t[p - 1]) != NULL))
    return FALSE;
  gsize d = p;
  while (d < len && d - p < 3 && g_ascii_isdigit (t[d]))
    d++;
  if (d == p || d - p > 2 || d >= len || t[d] != '/')
    return FALSE;
  gsize e = d + 1;
  while (e < len && e - d - 1 < 3 && g_ascii_isdigit (t[e]))
    e++;
  if (e == d + 1 || e - d - 1 > 2
      || (e < len && (g_ascii_isalnum (t[e]) || strchr ("/%-", t[e]) != NULL)))
    return FALSE;
  if (e + 1 < len && strchr (".,:", t[e]) != NULL && g_ascii_isdigit (t[e + 1]))
    return FALSE;
  *a = *b = 0;
  for (gsize k = p; k < d; k++)
    *a = *a * 10 + (guint)(t[k] - '0');
  for (gsize k = d + 1; k < e; k++)
    *b = *b * 10 + (guint)(t[k] - '0');
  *end = e;
  return TRUE;
}

/* The length of a list's joint ending at p (", ", " and ", " & ", "、"), 0 if none. */
static gsize
list_joint_before (const char *t, gsize p)
{
  if (p >= 2 && t[p - 1] == ' ' && t[p - 2] == ',')
    return 2;
  if (p >= 5 && memcmp (t + p - 5, " and ", 5) == 0)
    return 5;
  if (p >= 3 && memcmp (t + p - 3, " & ", 3) == 0)
    return 3;
  return 0;
}

static gsize
list_joint_after (const char *t, gsize len, gsize p)
{
  if (p + 2 < len && t[p] == ',' && t[p + 1] == ' ')
    return 2;
  if (p + 5 < len && memcmp (t + p, " and ", 5) == 0)
    return 5;
  if (p + 3 < len && memcmp (t + p, " & ", 3) == 0)
    return 3;
  return 0;
}

/* (session 24, g24-dates) "1/22, 1/27, 2/3", "(01/14, 01/28)", "18/7, 19/7, 25/7, 26/7",
 * "on 3/2 and 4/2": the members of a list of short tokens joined by commas or "and" are dates
 * together when every one reads as a day and a month in one order (all month/day or all
 * day/month) and one of them cannot be a fraction's or a count's (a day past 12 in it) or a
 * date word opens the list. Fractions' lists stay ("1/2, 1/4 and 1/8": no part past 12;
 * "1/16, 1/32": no 32nd day). Eight members each way at most. */
static gboolean
short_date_in_list (const VoileCandidate *c, const ListWord *date_words)
{
  static const guint8 month_days[13] = { 0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  const char *t = c->text;
  gsize first = c->start, e, q;
  guint a, b, members = 1;
  gboolean md = TRUE, dm = TRUE, past12 = FALSE;

  if (!short_token_at (t, c->len, c->start, &e, &a, &b))
    return FALSE;
  md = a >= 1 && a <= 12 && b >= 1 && b <= month_days[a];
  dm = b >= 1 && b <= 12 && a >= 1 && a <= month_days[b];
  past12 = a > 12 || b > 12;
  /* backwards */
  q = c->start;
  for (guint k = 0; k < 8; k++)
    {
      gsize j = list_joint_before (t, q);
      if (j == 0)
        break;
      gsize p = q - j, s = p;
      while (s > 0 && p - s < 5 && (g_ascii_isdigit (t[s - 1]) || t[s - 1] == '/'))
        s--;
      gsize te;
      if (s == p || !short_token_at (t, c->len, s, &te, &a, &b) || te != p)
        break;
      md = md && a >= 1 && a <= 12 && b >= 1 && b <= month_days[a];
      dm = dm && b >= 1 && b <= 12 && a >= 1 && a <= month_days[b];
      past12 = past12 || a > 12 || b > 12;
      members++;
      first = s;
      q = s;
    }
  /* forwards */
  q = e;
  for (guint k = 0; k < 8; k++)
    {
      gsize j = list_joint_after (t, c->len, q), te;
      if (j == 0 || !short_token_at (t, c->len, q + j, &te, &a, &b))
        break;
      md = md && a >= 1 && a <= 12 && b >= 1 && b <= month_days[a];
      dm = dm && b >= 1 && b <= 12 && a >= 1 && a <= month_days[b];
      past12 = past12 || a > 12 || b > 12;
      members++;
      q = te;
    }
  if (members < 2 || !(md || dm))
    return FALSE;
  return past12 || preceded_by_word (c, first, date_words);
}

/* A full slashed date "a/b/yy" or "a/b/yyyy" whose slash is at q (its first '/'): its two
 * parts. Not a part of a longer chain ("1/2/3/4", a path, a version). */
static gboolean
full_slashed_date_at (const char *t, gsize len, gsize q, guint *a, guint *b)
{
  gsize s = q;
  while (s > 0 && q - s < 3 && g_ascii_isdigit (t[s - 1]))
    s--;
  if (s == q || q - s > 2 || (s > 0 && (g_ascii_isalnum (t[s - 1]) || t[s - 1] == '/')))
    return FALSE;
  gsize d = q + 1;
  while (d < len && d - q - 1 < 3 && g_ascii_isdigit (t[d]))
    d++;
  if (d == q + 1 || d - q - 1 > 2 || d >= len || t[d] != '/')
    return FALSE;
  gsize y = d + 1;
  while (y < len && y - d - 1 < 5 && g_ascii_isdigit (t[y]))
    y++;
  if ((y - d - 1 != 2 && y - d - 1 != 4) || (y < len && (g_ascii_isalnum (t[y]) || t[y] == '/')))
    return FALSE;
  *a = *b = 0;
  for (gsize k = s; k < q; k++)
    *a = *a * 10 + (guint)(t[k] - '0');
  for (gsize k = q + 1; k < d; k++)
    *b = *b * 10 + (guint)(t[k] - '0');
  return *a >= 1 && *b >= 1 && *a <= 31 && *b <= 31 && (*a <= 12 || *b <= 12);
}

/* The slash of [from, to) nearest to its end (back) or to its start, NULL when none. */
static const char *
nearest_slash (const char *from, const char *to, gboolean back)
{
  if (!back)
    return memchr (from, '/', (gsize)(to - from));
  while (to > from)
    if (*--to == '/')
      return to;
  return NULL;
}

/* (session 25, g25b-dates) The text's own dates: a short "m/d" (or "d/m") is a day of the
 * months the text writes in full nearby. A text that writes "Admit: 10/27/2025" and
 * "10/23/25" in month/day order writes its notes' days the same way ("ID consult 10/28",
 * "itemized mailed 10/30", "Ship 3/6"); a European one "16/11" beside "14/11/2026". The order
 * is the one its full dates show (a part past 12 says which is the day; both orders seen, or
 * neither, decide nothing), and the short date's month must be one of theirs or next to one
 * ("1/2 indivise" in a text of November stays a share). Fractions and marks are left: x/10
 * below ten, a part over a denominator of 2, 3, 4 or 8. Bounded: 2 KB each way and 48
 * slashes each way at most (an 8 MB text of fractions stays linear). */
static gboolean
short_date_of_text_months (const VoileCandidate *c, guint a, guint b)
{
  const char *t = c->text;
  gboolean md_seen = FALSE, dm_seen = FALSE;
  guint16 firsts = 0, seconds = 0; /* bit m: a full date nearby whose first (second) part is m */

  /* "Flat 2/1", "Apt 3/12": a dwelling's floor and door, as Glasgow and Sydney write them */
  static const ListWord dwelling_words[]
      = { LIST_WORD ("flat"),  LIST_WORD ("apt"),  LIST_WORD ("unit"),
          LIST_WORD ("suite"), LIST_WORD ("room"), LIST_WORD ("appartement"),
          LIST_WORD ("bât"),   LIST_WORD ("lot"),  { NULL, 0 } };

  if ((b == 10 && a < 10) || (a <= b && b <= 4) || (b == 8 && a <= 8))
    return FALSE;
  /* "Year 5 (5/6K)": a class's or a model's name goes on with a letter */
  if (c->end < c->len && g_ascii_isalpha (t[c->end]))
    return FALSE;
  if (preceded_by_word (c, c->start, dwelling_words))
    return FALSE;
  gsize lo = c->start > 2048 ? c->start - 2048 : 0;
  gsize hi = c->end + 2048 < c->len ? c->end + 2048 : c->len;
  /* back from the date, then on from it, the nearest slashes first */
  for (guint way = 0; way < 2; way++)
    {
      gboolean back = way == 0;
      const char *from = t + (back ? lo : c->end), *to = t + (back ? c->start : hi);
      const char *f;
      for (guint looked = 0; looked < 48 && (f = nearest_slash (from, to, back)) != NULL; looked++)
        {
          guint x, y;
          if (back)
            to = f;
          else
            from = f + 1;
          if (full_slashed_date_at (t, c->len, (gsize)(f - t), &x, &y))
            {
              md_seen = md_seen || y > 12;
              dm_seen = dm_seen || x > 12;
              firsts |= (guint16)(1u << x);
              seconds |= (guint16)(1u << y);
            }
        }
    }
  if (md_seen == dm_seen)
    return FALSE;
  guint month = md_seen ? a : b, day = md_seen ? b : a;
  if (month < 1 || month > 12 || day < 1 || day > 31)
    return FALSE;
  guint prev = month == 1 ? 12 : month - 1, next = month == 12 ? 1 : month + 1;
  guint16 own = md_seen ? firsts : seconds;
  return (own & ((1u << month) | (1u << prev) | (1u << next))) != 0;
}

static gboolean
v_date_short (VoileCandidate *c)
{
  /* Words that say a card's expiry, whatever the line. */
  static const ListWord expiry_words[] = { LIST_WORD ("exp"),
                                           LIST_WORD ("expiry"),
                                           LIST_WORD ("expiration"),
                                           LIST_WORD ("valid thru"),
                                           LIST_WORD ("good thru"),
                                           LIST_WORD ("valid until"),
                                           LIST_WORD ("expiry date"),
                                           LIST_WORD ("expire le"),
                                           LIST_WORD ("validité"),
                                           LIST_WORD ("validite"),
                                           { NULL, 0 } };
  /* Words that say it beside a card. */
  static const ListWord card_expiry_words[] = { LIST_WORD ("expires"),
                                                LIST_WORD ("expire"),
                                                LIST_WORD ("expiring"),
                                                LIST_WORD ("expiring on"),
                                                LIST_WORD ("valid to"),
                                                LIST_WORD ("fin"),
                                                { NULL, 0 } };
  static const ListWord date_words[]
      = { LIST_WORD ("on"),
          LIST_WORD ("by"),
          LIST_WORD ("due"),
          LIST_WORD ("until"),
          LIST_WORD ("till"),
          LIST_WORD ("from"),
          LIST_WORD ("since"),
          LIST_WORD ("before"),
          LIST_WORD ("after"),
          LIST_WORD ("the"),
          LIST_WORD ("paid"),
          LIST_WORD ("le"),
          LIST_WORD ("du"),
          LIST_WORD ("au"),
          LIST_WORD ("call"),
          LIST_WORD ("date"),
          LIST_WORD ("dated"),
          LIST_WORD ("of"),
          LIST_WORD ("ends"),
          LIST_WORD ("starts"),
          LIST_WORD ("deadline"),
          LIST_WORD ("expires"),
          LIST_WORD ("delivery"),
          LIST_WORD ("shipped"),
          LIST_WORD ("posted"),
          LIST_WORD ("promised"),
          /* LIST_WORD ("my wed 11/18 lunch shift"), LIST_WORD ("e-transfer rec'd 11/21") */
          LIST_WORD ("mon"),
          LIST_WORD ("tue"),
          LIST_WORD ("tues"),
          LIST_WORD ("wed"),
          LIST_WORD ("thu"),
          LIST_WORD ("thur"),
          LIST_WORD ("thurs"),
          LIST_WORD ("fri"),
          LIST_WORD ("sat"),
          LIST_WORD ("sun"),
          LIST_WORD ("monday"),
          LIST_WORD ("tuesday"),
          LIST_WORD ("wednesday"),
          LIST_WORD ("thursday"),
          LIST_WORD ("friday"),
          LIST_WORD ("saturday"),
          LIST_WORD ("sunday"),
          LIST_WORD ("rec'd"),
          LIST_WORD ("received"),
          { NULL, 0 } };
  /* "EVA 4/10", "Séance 6/15", "note 7/10": a score or a count, not a day. */
  static const ListWord score_words[] = { LIST_WORD ("eva"),
                                          LIST_WORD ("score"),
                                          LIST_WORD ("note"),
                                          LIST_WORD ("noté"),
                                          LIST_WORD ("notée"),
                                          LIST_WORD ("pain"),
                                          LIST_WORD ("douleur"),
                                          LIST_WORD ("séance"),
                                          LIST_WORD ("seance"),
                                          LIST_WORD ("session"),
                                          LIST_WORD ("level"),
                                          LIST_WORD ("niveau"),
                                          LIST_WORD ("grade"),
                                          LIST_WORD ("rated"),
                                          LIST_WORD ("rating"),
                                          LIST_WORD ("sur"),
                                          LIST_WORD ("out of"),
                                          LIST_WORD ("round"),
                                          LIST_WORD ("step"),
                                          LIST_WORD ("étape"),
                                          LIST_WORD ("page"),
                                          LIST_WORD ("chapitre"),
                                          LIST_WORD ("chapter"),
                                          LIST_WORD ("épisode"),
                                          LIST_WORD ("episode"),
                                          LIST_WORD ("question"),
                                          LIST_WORD ("exercice"),
                                          LIST_WORD ("série"),
                                          LIST_WORD ("set"),
                                          LIST_WORD ("rep"),
                                          LIST_WORD ("reps"),
                                          LIST_WORD ("match"),
                                          LIST_WORD ("fatigue"),
                                          LIST_WORD ("stress"),
                                          LIST_WORD ("anxiété"),
                                          LIST_WORD ("humeur"),
                                          LIST_WORD ("mood"),
                                          LIST_WORD ("sommeil"),
                                          LIST_WORD ("sleep"),
                                          LIST_WORD ("rpe"),
                                          LIST_WORD ("anxiety"),
                                          LIST_WORD ("energy"),
                                          LIST_WORD ("énergie"),
                                          LIST_WORD ("confidence"),
                                          LIST_WORD ("confiance"),
                                          LIST_WORD ("motivation"),
                                          LIST_WORD ("satisfaction"),
                                          LIST_WORD ("difficulty"),
                                          LIST_WORD ("difficulté"),
                                          LIST_WORD ("intensité"),
                                          LIST_WORD ("intensity"),
                                          LIST_WORD ("effort"),
                                          LIST_WORD ("vas"),
                                          LIST_WORD ("nrs"),
                                          { NULL, 0 } };
  static const ListWord number_words[]
      = { LIST_WORD ("n°"), LIST_WORD ("no"), LIST_WORD ("#"), { NULL, 0 } };

  const char *t = c->text + c->start;
  guint a = 0, b = 0;
  gsize i = 0, n = c->end - c->start;

  while (i < n && g_ascii_isdigit (t[i]))
    a = a * 10 + (guint)(t[i++] - '0');
  i++;
  while (i < n && g_ascii_isdigit (t[i]))
    b = b * 10 + (guint)(t[i++] - '0');
  gsize first_len = 0;
  while (first_len < n && g_ascii_isdigit (t[first_len]))
    first_len++;
  /* (session 18) a score is out of more than it scored: "[QA note 19/11, S. Whitmore]" is the
   * 19th of November, "note 7/10" a mark */
  if ((preceded_by_word (c, c->start, score_words)
       && !(first_len == 2 && a > b && b <= 12
            && !(b == 10 && a <= 12))) /* "rated 11/10": hyperbole */
      || preceded_by_word (c, c->start, number_words))
    return FALSE;
  /* "consultation fichier 14/11 23:48:51": a machine's timestamp, to the second */
  if (followed_by_time_with_seconds (c))
    return FALSE;
  /* "exp 08/28", "Visa •••• 4417 · expires 08/28": a card's month and year, not a day;
   * "expire le 03/12": the article says a day */
  static const ListWord day_article[] = { LIST_WORD ("le"), { NULL, 0 } };
  if (first_len == 2 && n == 5 && a >= 1 && a <= 12 && !preceded_by_word (c, c->start, day_article)
      && (preceded_by_word (c, c->start, expiry_words)
          || (preceded_by_word (c, c->start, card_expiry_words) && line_mentions_card (c))))
    return FALSE;
  /* (session 24, g24-dates) a member of a list of short dates ("1/22, 1/27, 2/3") */
  if (short_date_in_list (c, date_words))
    return TRUE;
  /* (session 25, g25b-dates) a day of the months the text writes in full nearby */
  /* (only where the rules below would not take it already: "12/03", "9/14" are theirs) */
  if (!(first_len == 2 && n == 5 && a >= 1 && a <= 31 && b >= 1 && b <= 12)
      && !(first_len == 1 && n == 4 && b >= 11 && b <= 31)
      && !(c->end + 3 < c->len && memcmp (c->text + c->end, " of", 3) == 0)
      && short_date_of_text_months (c, a, b))
    return TRUE;
  /* (session 24, g24-dates) a day and a month of one digit each, only after "on" and no
   * "of" after ("on 5/3 evening"; "on 1/3 of the cases" is a share) */
  if (first_len == 1 && n == 3)
    {
      static const ListWord on_words[] = { LIST_WORD ("on"), { NULL, 0 } };
      return preceded_by_word (c, c->start, on_words)
             && !(c->end + 3 < c->len && memcmp (c->text + c->end, " of", 3) == 0);
    }
  /* "4/10" alone is a mark out of ten more often than the 10th of April. */
  if (first_len == 1 && b == 10 && !preceded_by_word (c, c->start, date_words))
    return FALSE;
  /* European dd/mm: two digits each ("12/03", not "22/7", a fraction). US m/dd: one-digit
   * month ("9/14"). "08/27" is a card's expiry (mm/yy), "11/24" a batch number. */
  /* A US month/day after a date word: "on 11/15", "by 12/6"; or opening a bank statement's
   * row ("10/14   WIRE OUT …   200.00   2,337.56"). */
  if (first_len == 2 && a >= 1 && a <= 12 && (n == 4 || b > 12)
      && (preceded_by_word (c, c->start, date_words) || opens_statement_row (c)
          || short_date_follows (c)))
    return b >= 1 && b <= 31;
  if (first_len == 2)
    return n == 5 && a >= 1 && a <= 31 && b >= 1 && b <= 12;
  return a >= 1 && a <= 9 && b >= 1 && b <= 31;
}

static gboolean
v_date_iso (VoileCandidate *c)
{
  /* YEAR-MM-DD: "2025-02-31" is no day. */
  const char *t = c->text + c->start;
  guint month = (guint)((t[5] - '0') * 10 + t[6] - '0');
  guint day = (guint)((t[8] - '0') * 10 + t[9] - '0');
  /* "https://api.twilio.com/2010-04-01/Accounts/…": an API's version in a URL's path */
  if (c->start > 0 && c->text[c->start - 1] == '/' && c->end < c->len && c->text[c->end] == '/')
    return FALSE;
  guint year = (guint)((t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + t[3] - '0');
  return date_parts_valid (day, month, TRUE) && !feb29_of_common_year (day, month, year)
         && !followed_by_time_with_seconds (c);
}

static gboolean
pence_has_money_words (VoileCandidate *c);

/* "5 000 F", "7 500 F": New Caledonia and French Polynesia write their CFP francs with the
 * franc's sign alone. A lone 'F' after a number is also a bra size, a grade or a
 * Fahrenheit reading: money when the number runs in thousands or the text names the CFP franc
 * nearby. */
static gboolean
bare_franc_is_money (VoileCandidate *c)
{
  static const char *const francs[] = { "XPF", "CFP", NULL };
  const char *t = c->text;
  gsize from = c->start > 4096 ? c->start - 4096 : 0;
  gsize to = c->len - c->end > 4096 ? c->end + 4096 : c->len;

  for (gsize i = c->start; i + 4 < c->end; i++)
    if (g_ascii_isdigit (t[i]) && t[i + 1] == ' ' && g_ascii_isdigit (t[i + 2])
        && g_ascii_isdigit (t[i + 3]) && g_ascii_isdigit (t[i + 4]))
      return TRUE;
  for (const char *const *f = francs; *f != NULL; f++)
    if (g_strstr_len (t + from, (gssize)(to - from), *f) != NULL)
      return TRUE;
  return FALSE;
}

/* (session 25, g25b-dates) The text's own dollar sums: "$5 chip", "Savings: $0", "adults $5."
 * are sums when the text writes dollar sums nearby whose form no shell's or regex's argument
 * has ("$25", "$612", "$12.40", "$38,400": two digits or more, or cents), 1 KB each way,
 * and the line shows no code ('=', braces, brackets, a pipe, a backquote, a
 * backslash, '<', '>', '&', a variable "$x", "$@", "$#", a file's name or a path just before:
 * "refund.sh $2"). Bounded: the line 512 bytes each way. */
static gboolean
dollar_sums_nearby (const VoileCandidate *c)
{
  const char *t = c->text;
  gsize ls = c->start, le = c->end;

  while (ls > 0 && t[ls - 1] != '\n' && c->start - ls < 512)
    ls--;
  while (le < c->len && t[le] != '\n' && le - c->end < 512)
    le++;
  for (gsize i = ls; i < le; i++)
    {
      if (strchr ("={}[]|`\\<>&", t[i]) != NULL && t[i] != '\0')
        return FALSE;
      if (t[i] == '$' && i + 1 < le
          && (g_ascii_isalpha (t[i + 1]) || strchr ("@#*_", t[i + 1]) != NULL))
        return FALSE;
    }
  /* "refund.sh $2", "./run $1": a command's argument after a file's name or a path */
  gsize w = c->start;
  while (w > ls && t[w - 1] == ' ')
    w--;
  for (gsize k = w; k > ls && w - k < 64 && t[k - 1] != ' '; k--)
    if (t[k - 1] == '/' || (t[k - 1] == '.' && k < w && g_ascii_isalpha (t[k])))
      return FALSE;
  gsize from = c->start > 1024 ? c->start - 1024 : 0;
  gsize to = c->len - c->end > 1024 ? c->end + 1024 : c->len;
  for (gsize i = from; i + 2 < to; i++)
    {
      if (t[i] != '$' || (i >= c->start && i < c->end))
        continue;
      if (i > 0 && (g_ascii_isalnum (t[i - 1]) || t[i - 1] == '\\' || t[i - 1] == '{'))
        continue;
      gsize d = i + 1;
      if (d < to && t[d] == ' ')
        d++;
      gsize run = d;
      while (run < to && g_ascii_isdigit (t[run]))
        run++;
      if (run == d)
        continue;
      if (run - d >= 2
          || (run + 2 < to && strchr (".,", t[run]) != NULL && g_ascii_isdigit (t[run + 1])
              && g_ascii_isdigit (t[run + 2])))
        return TRUE;
    }
  return FALSE;
}

static gboolean
v_amount (VoileCandidate *c)
{
  const char *t = c->text;

  /* "Cut-off times: USD 17:00 New York, EUR 16:00 Frankfurt": a currency's clock time */
  if (c->end + 2 < c->len && t[c->end] == ':' && g_ascii_isdigit (t[c->end + 1])
      && g_ascii_isdigit (t[c->end + 2]) && g_ascii_isupper (t[c->start]))
    return FALSE;

  if (c->end - c->start >= 2 && t[c->end - 1] == 'F' && !g_ascii_isalpha (t[c->end - 2])
      && !bare_franc_is_money (c))
    return FALSE;
  /* (session 24, g24-dates) Algeria's dinar and Madagascar's ariary after a sum grouped by
   * thousands ("14 200 DA", "150 000 Ar"); "12 DA", "18 Ar" are no sums */
  if (c->end - c->start >= 4 && t[c->end - 3] == ' '
      && ((t[c->end - 2] == 'D' && t[c->end - 1] == 'A')
          || (t[c->end - 2] == 'A' && t[c->end - 1] == 'r')))
    {
      gsize d = c->end - 3;
      if (!(d >= c->start + 5 && g_ascii_isdigit (t[d - 1]) && g_ascii_isdigit (t[d - 2])
            && g_ascii_isdigit (t[d - 3]) && strchr (" .", t[d - 4]) != NULL
            && g_ascii_isdigit (t[d - 5])))
        return FALSE;
    }

  /* "PHP 8.2", "PHP 5": the language's version; pesos run to hundreds ("PHP 86,500"); "COP
   * 28" is a climate summit, Colombian pesos run to hundreds too ("COP 997.125") */
  if (c->start + 4 < c->end
      && (memcmp (t + c->start, "PHP", 3) == 0 || memcmp (t + c->start, "COP", 3) == 0))
    {
      gsize i = c->start + 3, run = 0;
      while (i < c->end && !g_ascii_isdigit (t[i]))
        i++;
      /* the whole part's digits, across its thousands' commas (a peso's dots too) */
      for (; i < c->end && (t[i] != '.' || t[c->start] == 'C'); i++)
        run += g_ascii_isdigit (t[i]) ? 1 : 0;
      if (run < 3 && !g_ascii_isalpha (t[c->end - 1])) /* "PHP 2.4 bn": a magnitude */
        return FALSE;
    }
  /* "$2 $3 $4" in a shell script: a number after '$', or a '$' before a variable's name,
   * is no amount ("20 $" and "20 $." are). */
  if (t[c->end - 1] == '$'
      && ((c->start > 0 && t[c->start - 1] == '$')
          || (c->end < c->len
              && (g_ascii_isalnum (t[c->end]) || t[c->end] == '{' || t[c->end] == '_'))))
    return FALSE;
  /* "$1" in a shell script or a regex replacement is not money. */
  if (t[c->start] == '$' || (c->start + 1 < c->end && t[c->start + 1] == '$'))
    {
      gsize digits = 0;
      for (gsize i = c->start; i < c->end; i++)
        digits += g_ascii_isdigit (t[i]) ? 1 : 0;
      if (c->start > 0 && (t[c->start - 1] == '\\' || t[c->start - 1] == '{'))
        return FALSE;
      /* "$5/month", "only $5 each": a price; "$1" alone is a shell's argument. */
      /* (g23-dates) "$5k", "$2m": a magnitude after the digit, no shell's argument */
      if (digits == 1 && !g_ascii_isalpha (t[c->end - 1])
          && !(c->end + 1 < c->len && t[c->end] == '/' && g_ascii_isalpha (t[c->end + 1]))
          && !pence_has_money_words (c) && !dollar_sums_nearby (c))
        return FALSE;
      /* "$2a$12$…": a bcrypt hash's cost between its '$' */
      if (c->end < c->len && t[c->end] == '$')
        return FALSE;
      /* "VALUES ($1, $2, … $12)": PostgreSQL's numbered parameters, on a line that holds
       * the first of them. */
      gsize before = c->start;
      while (before > 0 && t[before - 1] == ' ')
        before--;
      if (t[c->start] == '$' && digits == c->end - c->start - 1 && before > 0
          && (t[before - 1] == ',' || t[before - 1] == '('))
        {
          gsize ls = c->start, le = c->end;
          while (ls > 0 && t[ls - 1] != '\n' && c->start - ls < 4096)
            ls--;
          while (le < c->len && t[le] != '\n' && le - c->end < 4096)
            le++;
          /* "$1, $2" or "($1)" (not "$1,590") */
          for (gsize i = ls; i + 5 < le; i++)
            if (t[i] == '$' && t[i + 1] == '1'
                && ((t[i + 2] == ',' && (t[i + 3] == '$' || (t[i + 3] == ' ' && t[i + 4] == '$')))
                    || (t[i + 2] == ')' && i > 0 && t[i - 1] == '(')))
              return FALSE;
        }
    }
  return TRUE;
}

/* "600e" is money unless a noun follows it, as one follows an ordinal ("600e anniversaire",
 * "100e édition"). */
/* South Africa's rand: "R150 000", "R 4 500,00", "R1,250.00". A road ("R150"), a room or
 * a release ("R2") has no thousands group nor cents after its letter. */
/* (session 22, g22-addr) and the other currencies written with letters before the number, as
 * their countries write them: Malaysia's ringgit ("RM 436,500.00", "RM875"), Kenya's shilling
 * ("Ksh 40,000", "KSh500", "Kshs 2,000"), Nigeria's naira without its sign ("N5,000",
 * "N2,650,000.00": glued and grouped only). Anchored on the capital when glued, on the digit
 * after a space otherwise. */
static gboolean
pf_amount_rand (const char *t, gsize len, gsize anchor, gsize end)
{
  if (g_ascii_isdigit (t[anchor]))
    return TRUE;
  if (t[anchor] == 'R')
    return anchor + 2 < len
           && (g_ascii_isdigit (t[anchor + 1])
               || (t[anchor + 1] == 'M' && g_ascii_isdigit (t[anchor + 2])));
  if (t[anchor] == 'N')
    return anchor + 1 < len && g_ascii_isdigit (t[anchor + 1]);
  if (t[anchor] == 'K' || t[anchor] == 'T' || t[anchor] == 'U')
    return anchor + 3 < len && (t[anchor + 1] == 's' || t[anchor + 1] == 'S')
           && t[anchor + 2] == 'h';
  return FALSE;
}

/* "tickets were R600 for adults, R310 for children": a price in prose, told by the verb
 * or the word before it, or by a rand amount just before in the same sentence (not a road:
 * "the R44", "onto R62"). r is the 'R'. */
static gboolean
rand_in_prose (const char *t, gsize r)
{
  static const char *const words[]
      = { "was",   "were", "is",     "are",     "cost", "costs", "pay",    "paid", "only",
          "about", "just", "charge", "charges", "fee",  "price", "around", NULL };
  gsize e = voile_run_start (t, r, VOILE_LINE_READ_MAX, " ");
  if (e > 0 && t[e - 1] == ',')
    {
      /* the list's first amount: "R600 for adults, R310" */
      for (gsize k = e - 1; k > 0 && e - k < 48 && t[k] != '\n' && t[k] != '.'; k--)
        if (t[k] == 'R' && g_ascii_isdigit (t[k + 1]) && !g_ascii_isalnum (t[k - 1]))
          return TRUE;
      return FALSE;
    }
  /* one byte more than the longest word: a longer run ("overcharges") is no word of the
   * list. Whatever is glued before counts as a blank here ("3was"). */
  gsize s = voile_word_start (t, e, 8, VOILE_WORD_ASCII);
  return voile_ascii_word_in (t + s, e - s, words);
}

/* (session 22, g22-addr2) "compounds from RM 500 per …", "RM 200 and RM 350", "fees of Ksh
 * 1500": a sign of several letters (the ringgit's, the shilling's; not the rand's R, a road's
 * letter too) and its number ungrouped after a word that leads to an amount. r is the sign. */
static gboolean
after_amount_word (const char *t, gsize len, gsize r, gsize p)
{
  static const char *const words[]
      = { "from", "of",   "for",   "at",   "under", "over", "than", "between",
          "by",   "plus", "minus", "with", "upto",  "each", NULL };
  /* a list's or a range's joining word, only before what a price is for ("and RM 350 for
   * the…", "or Ksh 400 per day"; not the bays "RM 12 to RM 18 on the ground floor") */
  static const char *const joins[] = { "and", "or", "to", NULL };
  static const char *const fors[] = { "for", "per", "each", "a", "an", "every", NULL };
  gsize e = voile_run_start (t, r, 2, " ");
  if (e == r)
    return FALSE;
  gsize s = voile_word_start (t, e, 8, VOILE_WORD_ASCII);
  if (s > 0 && g_ascii_isalnum (t[s - 1]))
    return FALSE;
  if (voile_ascii_word_in (t + s, e - s, words))
    return TRUE;
  if (!voile_ascii_word_in (t + s, e - s, joins) || p + 1 >= len || t[p] != ' ')
    return FALSE;
  gsize w = p + 1, we = w;
  while (we < len && we - w < 6 && g_ascii_isalpha (t[we]))
    we++;
  return voile_ascii_word_in (t + w, we - w, fors) && (we == len || !g_ascii_isalnum (t[we]));
}

/* (session 18, g18-struct) "৳18,000", "฿1,200", "֏ 5000": the currency signs outside the
 * currency block U+20A0… (Bangladesh's taka, Thailand's baht, Cambodia's riel, the rial,
 * Armenia's dram, Afghanistan's afghani) before the number. The digit rule's before_number
 * byte is the sign's last byte; the whole sign is checked here. */
static gboolean
m_amount_script_sign (VoileCandidate *c)
{
  static const char *const signs[] = {
    "\xe0\xa7\xb3", "\xe0\xb8\xbf", "\xe1\x9f\x9b", "\xef\xb7\xbc", "\xd6\x8f", "\xd8\x8b", NULL
  };
  const char *t = c->text;
  gsize a = c->anchor, p = a, s = G_MAXSIZE;

  if (p > 0 && t[p - 1] == ' ')
    p--;
  for (const char *const *g = signs; *g != NULL && s == G_MAXSIZE; g++)
    {
      gsize n = strlen (*g);
      if (p >= n && memcmp (t + p - n, *g, n) == 0)
        s = p - n;
    }
  if (s == G_MAXSIZE)
    return FALSE;
  p = a;
  while (p < c->len && g_ascii_isdigit (t[p]))
    p++;
  /* "100,000", India's "1,00,000", "3,240.50" */
  while (p + 1 < c->len && (t[p] == ',' || t[p] == '.') && g_ascii_isdigit (t[p + 1]))
    for (p++; p < c->len && g_ascii_isdigit (t[p]);)
      p++;
  if (p < c->len && (g_ascii_isalpha (t[p]) || t[p] == '_'))
    return FALSE;
  c->start = s;
  c->end = p;
  return TRUE;
}

/* (session 18, g18-struct) CURRENCY_CODES_MORE's codes and Bangladesh's "Tk" before the
 * number: "GTQ 2,286.00", "JMD 500,000", "COP 1.250.000", "Tk 1,200". Anchored on the
 * digit (the byte before its space a capital or 'k'), so no keyword runs for them. */
static gboolean
m_amount_code_before (VoileCandidate *c)
{
  /* the codes by their first letter, two letters each: ["M"] holds MDL, MGA, MKD, MMK… */
  static const char *const codes[26] = { ['A' - 'A'] = "MDOAZN", ['B' - 'A'] = "AMWP",
                                         ['C' - 'A'] = "DFOP",   ['D' - 'A'] = "OP",
                                         ['G' - 'A'] = "MDNFTQ", ['H' - 'A'] = "NLTG",
                                         ['J' - 'A'] = "MD",     ['K' - 'A'] = "HRZT",
                                         ['L' - 'A'] = "RD",     ['M' - 'A'] = "DLGAKDMKURWKZN",
                                         ['N' - 'A'] = "IOPR",   ['P' - 'A'] = "ENYG",
                                         ['S' - 'A'] = "LE",     ['T' - 'A'] = "TD",
                                         ['U' - 'A'] = "YUZS",   ['X' - 'A'] = "CD",
                                         ['Z' - 'A'] = "MW" };
  const char *t = c->text;
  gsize a = c->anchor, p = a, s;
  gboolean known = FALSE;

  if (p > 0 && t[p - 1] == ' ') /* the rule's before_number: always a space */
    p--;
  if (p >= 2 && t[p - 2] == 'T' && t[p - 1] == 'k')
    s = p - 2; /* "Tk 1,200" */
  else if (p >= 3 && g_ascii_isupper (t[p - 3]) && g_ascii_isupper (t[p - 2])
           && g_ascii_isupper (t[p - 1]))
    {
      s = p - 3;
      for (const char *q = codes[t[s] - 'A']; q != NULL && *q != '\0' && !known; q += 2)
        known = q[0] == t[s + 1] && q[1] == t[s + 2];
      if (!known)
        return FALSE;
    }
  else
    return FALSE;
  if (s > 0 && (g_ascii_isalnum (t[s - 1]) || t[s - 1] == '_' || (guchar)t[s - 1] >= 0x80))
    return FALSE;
  p = a;
  while (p < c->len && g_ascii_isdigit (t[p]))
    p++;
  gsize units = p - a;
  gboolean cents = FALSE;
  for (;;)
    {
      if (p + 1 >= c->len || !g_ascii_isdigit (t[p + 1])
          || !(t[p] == ',' || t[p] == '.' || t[p] == ' '))
        break;
      gsize q = p + 1;
      while (q < c->len && g_ascii_isdigit (t[q]))
        q++;
      if (t[p] == ' ' && q - p != 4)
        break;
      /* "Tcl/Tk 8.6", "Tk 8.6.13": a version (one digit after a dot), no amount */
      if (t[p] == '.' && q - p == 2 && units <= 2)
        return FALSE;
      cents = (t[p] == '.' || t[p] == ',') && q - p == 3;
      p = q;
    }
  if (p < c->len && (g_ascii_isalpha (t[p]) || t[p] == '_'))
    return FALSE;
  /* "PEN 25 blue": a pen; soles are written with their cents */
  if (memcmp (t + s, "PEN", 3) == 0 && !cents)
    return FALSE;
  /* "SLE 15" (SUSE's Linux), "Tk 12": leones and takas come in hundreds or with cents */
  if ((memcmp (t + s, "SLE", 3) == 0 || t[s + 1] == 'k') && !cents && p - a < 3)
    return FALSE;
  /* "AMD 29000", "AMD 64": the chipmaker's processors; drams are grouped or have cents */
  if (memcmp (t + s, "AMD", 3) == 0 && !cents && p - a == units)
    return FALSE;
  c->start = s;
  c->end = p;
  return TRUE;
}

/* "…/thanks?player=emeka.obi2008%40gmail.com&trial=…": an e-mail address URL-encoded in a
 * query string or a path, whatever the parameter's name. Anchored on the "40" of "%40": the
 * local part before it (a parameter's '=', a '/' or a '?' before that), a domain with a
 * dot and a top-level domain of letters after it. */
static gboolean
m_email_url_encoded (VoileCandidate *c)
{
  const char *t = c->text;
  gsize a = c->anchor, s, e, dot = 0;

  if (a < 2 || a + 2 >= c->len || t[a - 1] != '%' || t[a] != '4' || t[a + 1] != '0')
    return FALSE;
  s = a - 1;
  while (s > 0 && a - 1 - s < 64
         && (g_ascii_isalnum (t[s - 1]) || strchr ("._+-", t[s - 1]) != NULL))
    s--;
  if (s == a - 1 || !g_ascii_isalnum (t[s])
      || (s > 0 && t[s - 1] != '\0' && strchr ("=/?&\"' \t:", t[s - 1]) == NULL))
    return FALSE;
  e = a + 2;
  for (gsize label = e; e < c->len && e - a < 200; e++)
    {
      if (g_ascii_isalnum (t[e]) || t[e] == '-')
        continue;
      if (t[e] != '.' || e == label || e + 1 >= c->len || !g_ascii_isalnum (t[e + 1]))
        break;
      dot = e;
      label = e + 1;
    }
  if (dot == 0 || e - dot - 1 < 2 || e - dot - 1 > 24)
    return FALSE;
  for (gsize k = dot + 1; k < e; k++)
    if (!g_ascii_isalpha (t[k]))
      return FALSE;
  c->start = s;
  c->end = e;
  return TRUE;
}

/* (session 22, g22-addr) "= R 119" over "= R 552": an amount of a column of amounts, the same
 * sign at the same column of the line above or below followed by a digit. r is the sign's
 * first byte, n its length. Bounded: a line of 256 bytes at most is looked at. */
static gboolean
sign_in_column (const char *t, gsize len, gsize r, gsize n)
{
  gsize ls = r;
  while (ls > 0 && t[ls - 1] != '\n' && r - ls < 256)
    ls--;
  if (ls > 0 && t[ls - 1] != '\n')
    return FALSE;
  gsize col = r - ls;
  gsize other[2] = { G_MAXSIZE, G_MAXSIZE };
  /* the line above */
  if (ls >= 1)
    {
      gsize pe = ls - 1, ps = pe;
      if (ps > 0 && t[ps - 1] == '\r')
        pe = --ps;
      while (ps > 0 && t[ps - 1] != '\n' && pe - ps < 256)
        ps--;
      if (ps + col + n < pe)
        other[0] = ps + col;
    }
  /* the line below */
  gsize le = r;
  while (le < len && t[le] != '\n' && le - r < 256)
    le++;
  if (le < len && t[le] == '\n')
    {
      gsize ns = le + 1, ne = ns;
      while (ne < len && t[ne] != '\n' && ne - ns < 256)
        ne++;
      if (ns + col + n < ne)
        other[1] = ns + col;
    }
  for (int k = 0; k < 2; k++)
    {
      gsize o = other[k];
      if (o == G_MAXSIZE || memcmp (t + o, t + r, n) != 0 || (o > 0 && g_ascii_isalnum (t[o - 1])))
        continue;
      gsize d = o + n;
      if (d < len && t[d] == ' ')
        d++;
      if (d < len && g_ascii_isdigit (t[d]))
        return TRUE;
    }
  return FALSE;
}

/* Is there, within 200 bytes of the sign at r, another token of the same letter, a zero and
 * one digit ("R03"), its own word? */
static gboolean
sibling_zero_code (const char *t, gsize len, gsize r)
{
  gsize from = r > 200 ? r - 200 : 0, to = MIN (len, r + 200);
  for (const char *q = memchr (t + from, t[r], to - from); q != NULL && q + 3 <= t + to;
       q = memchr (q + 1, t[r], (gsize)(t + to - q - 1)))
    {
      gsize k = (gsize)(q - t);
      if (k != r && t[k + 1] == '0' && g_ascii_isdigit (t[k + 2])
          && (k == 0 || !g_ascii_isalnum (t[k - 1]))
          && (k + 3 >= len || !g_ascii_isalnum (t[k + 3])))
        return TRUE;
      if (q + 1 >= t + to)
        break;
    }
  return FALSE;
}

/* (session 24, g24-dates) "Ksh12,400.00", "Kshs2,000", "TSh5,000", "USh30,000": the
 * shilling's letters in mixed case, a digit right after them. */
static const char *const kw_shilling_signs[] = { "ksh", "tsh", "ush", NULL };

static gboolean
pf_shilling_glued (const char *t, gsize len, gsize anchor, gsize end)
{
  (void)end;
  gsize p = anchor + 3;
  if (p < len && t[p] == 's')
    p++;
  return p < len && g_ascii_isdigit (t[p]) && g_ascii_isupper (t[anchor])
         && g_ascii_islower (t[anchor + 2]);
}

static gboolean
m_amount_rand (VoileCandidate *c)
{
  const char *t = c->text;
  gsize a = c->anchor, r, p, n;
  gboolean grouped = FALSE, cents = FALSE, spaced = FALSE, gulf = FALSE;

  /* glued: anchored on the sign's capital ("R150 000", "RM875", "N5,000", "Ksh500") */
  if (!g_ascii_isdigit (t[a]))
    {
      r = a;
      while (a < c->len && a - r < 4 && g_ascii_isalpha (t[a]))
        a++;
      if (a >= c->len || !g_ascii_isdigit (t[a]))
        return FALSE; /* "RM 350": read from its digit */
    }
  else
    {
      r = a;
      if (r > 0 && t[r - 1] == ' ')
        r--, spaced = TRUE;
      r = voile_word_start (t, r, 4, VOILE_WORD_ASCII);
    }
  n = a - r - (spaced ? 1 : 0);
  if (n == 1 && t[r] == 'R')
    ; /* the rand */
  else if (n == 2 && t[r] == 'R' && t[r + 1] == 'M')
    ; /* the ringgit */
  else if (n == 1 && t[r] == 'N' && !spaced)
    ; /* the naira, glued */
  else if ((n == 3 || n == 4) && (t[r] == 'K' || t[r] == 'T' || t[r] == 'U')
           && (t[r + 1] == 's' || t[r + 1] == 'S') && t[r + 2] == 'h'
           && (n == 3 || t[r + 3] == 's'))
    ; /* the Kenyan shilling; (session 23, g23-dates) Tanzania's and Uganda's, "TSh", "USh" */
  else if (n == 2
           && ((t[r + 1] == 'D' && (t[r] == 'B' || t[r] == 'K'))
               || (t[r + 1] == 'R' && (t[r] == 'S' || t[r] == 'Q'))))
    gulf = TRUE; /* (session 24, g24-dates) the Gulf's dinars and riyals: "BD", "KD", "SR", "QR" */
  else
    return FALSE;
  p = a;
  if (r > 0
      && (g_ascii_isalnum (t[r - 1]) || (guchar)t[r - 1] >= 0x80 || strchr ("_-./\\", t[r - 1])))
    return FALSE;
  while (p < c->len && g_ascii_isdigit (t[p]))
    p++;
  gsize units = p - a;
  /* (session 23, g23-dates) "R03", "R16", "N01": a zero opening a number of two digits or
   * more makes a code (NACHA's return codes, a row's or a revision's number), no sum: a sum
   * opens on a zero only as "R0.50" */
  if (units > 1 && t[a] == '0')
    return FALSE;
  /* "R150 000": the rand's first group; "RM 1500", "Ksh 25000" run on ungrouped */
  if (units > 3 && (n == 1 || units > 7))
    return FALSE;
  for (;;)
    {
      gsize sep = 0;
      if (p < c->len && (t[p] == ' ' || t[p] == ',' || t[p] == '.'))
        sep = 1;
      else if (p + 1 < c->len && (guchar)t[p] == 0xC2 && (guchar)t[p + 1] == 0xA0)
        sep = 2;
      gsize q = p + sep, k = q;
      while (k < c->len && g_ascii_isdigit (t[k]))
        k++;
      if (sep == 0 || k - q != 3 || units > 3)
        break;
      /* "QR 418 602 377": a frequent flyer's number; the Gulf groups its sums with commas */
      if (gulf && t[p] != ',' && t[p] != '.')
        return FALSE;
      grouped = TRUE;
      p = k;
    }
  if (p + 2 < c->len && (t[p] == '.' || t[p] == ',') && g_ascii_isdigit (t[p + 1])
      && g_ascii_isdigit (t[p + 2]) && !(p + 3 < c->len && g_ascii_isdigit (t[p + 3])))
    cents = TRUE, p += 3;
  /* "RM 55 1029 3384 GB": a tracking number's groups go on, no amount */
  if (p + 1 < c->len && t[p] == ' ' && g_ascii_isdigit (t[p + 1]))
    return FALSE;
  /* "RM5 million", "RM1.2 billion": a magnitude in words */
  gboolean magnitude = FALSE;
  if (p + 1 < c->len && t[p] == ' ')
    {
      static const char *const mags[] = { "million", "billion", "mil", "bn", NULL };
      gsize w = p + 1, e = w;
      while (e < c->len && e - w < 8 && g_ascii_isalpha (t[e]))
        e++;
      if (voile_ascii_word_in (t + w, e - w, mags) && !(e < c->len && g_ascii_isalnum (t[e])))
        magnitude = TRUE, p = e;
    }
  if (p < c->len && (g_ascii_isalnum (t[p]) || t[p] == '_'))
    return FALSE;
  if (t[r] == 'N')
    {
      /* the naira's letter is North's too: grouped thousands only, no degree after */
      if (!grouped || (p < c->len && (guchar)t[p] == 0xC2))
        return FALSE;
    }
  else if (gulf)
    {
      /* a dinar's three decimals read as a group ("BD 285.000"); "SR 520" is a road, "QR 806"
       * a flight, "KD 12" a plate's letters: grouped, cents or a magnitude, or a dinar's
       * hundreds after a word leading to a sum ("a wage of BD 285", "plus KD 55", "rent was
       * KD 325") */
      if (!(grouped || cents || magnitude)
          && !(t[r] != 'S' && t[r] != 'Q' && p - a >= 2
               && (after_amount_word (t, c->len, r, p) || rand_in_prose (t, r))))
        return FALSE;
    }
  else if (!(grouped || cents || magnitude)
           /* "RM875 each", "Ksh500": a sign of several letters glued to two digits or more */
           && !(n >= 2 && !spaced && p - a >= 2)
           && !(p - a >= 2 && (rand_in_prose (t, r) || sign_in_column (t, c->len, r, n)))
           && !(n >= 2 && p - a >= 2 && after_amount_word (t, c->len, r, p)))
    return FALSE;
  /* (session 23, g23-dates) "R02 account closed, … R16 account frozen, R20 …": a letter and
   * two digits among codes of the same letter opening on a zero (NACHA's return codes) is
   * a code of the list too */
  if (n == 1 && !grouped && !cents && !magnitude && p - a == 2 && sibling_zero_code (t, c->len, r))
    return FALSE;
  c->start = r;
  c->end = p;
  return TRUE;
}

static gboolean
v_euro_e (VoileCandidate *c)
{
  const char *t = c->text;
  gsize p = c->end;

  if (c->start > 0 && (g_ascii_isalnum (t[c->start - 1]) || t[c->start - 1] == '.'))
    return FALSE;
  /* "15 U.S.C. § 1692e(11)": a statute's section and its subsection */
  if (p < c->len && t[p] == '(')
    return FALSE;
  /* "entre le 120e et le 60e jour", "au 15e étage": an article before makes an ordinal */
  {
    static const ListWord articles[]
        = { LIST_WORD ("le"),  LIST_WORD ("la"),  LIST_WORD ("du"), LIST_WORD ("au"),
            LIST_WORD ("les"), LIST_WORD ("des"), { NULL, 0 } };
    gsize e = c->start;
    while (e > 0 && t[e - 1] == ' ')
      e--;
    if (e < c->start && word_of_list_ends_at (t, e, articles))
      return FALSE;
  }
  /* "20e" is as often "the 20th" ("20e siècle", "15e et 16e arrondissements"): two digits
   * only after a word of paying ("un remboursement de 20e", "je te les vends 15e"). */
  if (c->end - c->start == 3)
    {
      static const char *const paying[]
          = { "rembours", "pay",   "paie",  "prix",  "coût", "cout", "vend",   "achet", "propose",
              "offre",    "frais", "tarif", "donne", "dois", "doit", "envoie", NULL };
      gsize from = c->start > 48 ? c->start - 48 : 0;
      gboolean money = FALSE;
      for (const char *const *w = paying; *w != NULL && !money; w++)
        money = g_strstr_len (t + from, (gssize)(c->start - from), *w) != NULL;
      if (!money)
        return FALSE;
    }
  if (p < c->len && t[p] == ' ')
    p++;
  if (p >= c->len || !(g_ascii_islower (t[p]) || (guchar)t[p] == 0xC3))
    return TRUE;
  static const char *const money_words[]
      = { "et",  "ou",    "pour",       "par",        "de",    "du",   "le",   "la",
          "les", "au",    "à",          "chacun",     "net",   "brut", "ttc",  "ht",
          "max", "min",   "environ",    "svp",        "merci", "mais", "donc", "ok",
          "c",   "total", "cash",       "each",       "in",    "for",  "and",  "or",
          "to",  "ferme", "négociable", "negociable", NULL };
  gsize q = p;
  while (q < c->len && (g_ascii_isalpha (t[q]) || (guchar)t[q] >= 0x80))
    q++;
  if (voile_word_in (t + p, q - p, money_words))
    return TRUE;
  return FALSE;
}

static gboolean
pence_has_money_words (VoileCandidate *c)
{
  static const char *const before[]
      = { "price", "prices", "priced", "cost", "costs", "costing", "coût", "coûte", "prix", "pay",
          "paid", "charge", "charged", "fee", "fees", "only", "just", "extra", "save", "tip",
          "stamp", "stamps", "postage", "rate", "sum",
          /* a bound: "under $5", "up to $7", "gifts of $2 or more" (the noun before "of") */
          "under", "over", "above", "below", "gift", "gifts", "donation", "donations", "minimum",
          "maximum", NULL };
  static const char *const after[]
      = { "each",   "per",  "a",     "an",    "off",   "extra",  "more", "less",
          "change", "coin", "coins", "piece", "stamp", "charge", "fee",  NULL };
  const char *t = c->text;
  gsize from = c->start > 48 ? c->start - 48 : 0;

  /* "£3.20 10p", "£1 and 50p": a pound amount just before says it is money. */
  for (gsize i = from; i + 1 < c->start; i++)
    if ((guchar)t[i] == 0xC2 && (guchar)t[i + 1] == 0xA3)
      return TRUE;
  /* "25p for every £1 you give", "50p / 3 for £1": or one shortly after, on the line. */
  for (gsize i = c->end; i + 2 < c->len && i < c->end + 32 && t[i] != '\n'; i++)
    if ((guchar)t[i] == 0xC2 && (guchar)t[i + 1] == 0xA3 && g_ascii_isdigit (t[i + 2]))
      return TRUE;
  gsize p = c->end;
  while (p < c->len && t[p] == ' ')
    p++;
  /* "$2 or more", "50p or less" */
  if (p + 7 < c->len && memcmp (t + p, "or ", 3) == 0
      && (memcmp (t + p + 3, "more", 4) == 0 || memcmp (t + p + 3, "less", 4) == 0))
    return TRUE;
  gsize w = p;
  while (w < c->len && g_ascii_isalpha (t[w]))
    w++;
  for (const char *const *a = after; *a != NULL && w > p; a++)
    if (strlen (*a) == w - p && voile_ascii_strncasecmp (t + p, *a, w - p) == 0)
      return TRUE;
  /* The words before: "costs 50p", "price: 10p". */
  gsize e = c->start;
  while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == ':'))
    e--;
  gsize s = e;
  while (s > 0 && (g_ascii_isalpha (t[s - 1]) || (guchar)t[s - 1] >= 0x80))
    s--;
  /* "up to $7": a bound */
  if (e - s == 2 && voile_ascii_strncasecmp (t + s, "to", 2) == 0 && s >= 3 && t[s - 1] == ' '
      && voile_ascii_strncasecmp (t + s - 3, "up", 2) == 0
      && (s == 3 || !g_ascii_isalpha (t[s - 4])))
    return TRUE;
  /* "a daily rate of 53p", "a fee at 20p": the noun before the preposition */
  if ((e - s == 2
       && (voile_ascii_strncasecmp (t + s, "of", 2) == 0
           || voile_ascii_strncasecmp (t + s, "at", 2) == 0)))
    {
      e = s;
      while (e > 0 && t[e - 1] == ' ')
        e--;
      s = e;
      while (s > 0 && g_ascii_isalpha (t[s - 1]))
        s--;
    }
  for (const char *const *b = before; *b != NULL && e > s; b++)
    if (strlen (*b) == e - s && voile_ascii_strncasecmp (t + s, *b, e - s) == 0)
      return TRUE;
  return FALSE;
}

/* "45p a mile for the first 10,000 miles, 25p after that", "(10p per page, 50p colour)": a
 * list of prices names its unit once; a pence amount with money words shortly before makes
 * the next one money too. */
static gboolean
v_pence (VoileCandidate *c)
{
  if (pence_has_money_words (c))
    return TRUE;
  const char *t = c->text;
  gsize from = c->start > 80 ? c->start - 80 : 0;
  for (gsize i = c->start; i > from + 1; i--)
    {
      gsize p = i - 1; /* the 'p' of an earlier "NNp" */
      if (t[p] != 'p' || !g_ascii_isdigit (t[p - 1]) || g_ascii_isalnum (t[i]))
        continue;
      gsize d = p - 1;
      while (d > from && g_ascii_isdigit (t[d - 1]))
        d--;
      if (p - d > 2 || (d > 0 && (g_ascii_isalnum (t[d - 1]) || t[d - 1] == '.')))
        continue;
      VoileCandidate earlier = *c;
      earlier.start = d;
      earlier.end = i;
      return pence_has_money_words (&earlier);
    }
  return FALSE;
}

static gboolean
value_has_digits (const VoileCandidate *c, guint min)
{
  guint digits = 0;
  for (gsize i = c->start; i < c->end; i++)
    digits += g_ascii_isdigit (c->text[i]) ? 1 : 0;
  return digits >= min;
}

static gboolean
value_is_date_or_year (const VoileCandidate *c)
{
  const char *t = c->text + c->start;
  gsize n = c->end - c->start;

  if (n == 4 && (strncmp (t, "19", 2) == 0 || strncmp (t, "20", 2) == 0) && g_ascii_isdigit (t[2])
      && g_ascii_isdigit (t[3]))
    return TRUE;
  /* dd/mm/yyyy, dd.mm.yy, yyyy/mm/dd…, not "2025/03/0041" */
  guint seps = 0, digits = 0, group[3] = { 0, 0, 0 };
  for (gsize i = 0; i < n; i++)
    if (t[i] == '/' || t[i] == '.')
      {
        if (++seps > 2)
          return FALSE;
      }
    else if (g_ascii_isdigit (t[i]))
      {
        digits++;
        group[seps]++;
      }
    else
      return FALSE;
  /* "Appel client le 12/11", "sa commande du 16/11": a day and a month after a date's word */
  if (seps == 1 && digits == n - 1 && group[0] >= 1 && group[0] <= 2 && group[1] >= 1
      && group[1] <= 2)
    {
      static const ListWord date_words[]
          = { LIST_WORD ("le"),    LIST_WORD ("du"),    LIST_WORD ("au"),     LIST_WORD ("on"),
              LIST_WORD ("the"),   LIST_WORD ("since"), LIST_WORD ("depuis"), LIST_WORD ("from"),
              LIST_WORD ("until"), LIST_WORD ("till"),  { NULL, 0 } };
      guint day = 0, month = 0;
      gsize i = 0;
      for (; t[i] != '/' && t[i] != '.'; i++)
        day = day * 10 + (guint)(t[i] - '0');
      for (i++; i < n; i++)
        month = month * 10 + (guint)(t[i] - '0');
      return day >= 1 && day <= 31 && month >= 1 && month <= 12
             && preceded_by_word (c, c->start, date_words);
    }
  if (seps != 2 || digits != n - 2)
    return FALSE;
  return (group[0] <= 2 && group[1] <= 2 && (group[2] == 2 || group[2] == 4))
         || (group[0] == 4 && group[1] <= 2 && group[2] <= 2);
}

static gboolean
is_gtin (const char *d, gsize n)
{
  guint sum = 0;
  if (n != 8 && n != 12 && n != 13 && n != 14)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    sum += (guint)(d[n - 1 - i] - '0') * (i % 2 == 1 ? 3 : 1);
  return sum % 10 == 0;
}

/* Case-insensitive: is word (lower-case ASCII) in text[from, to) as a whole word? */
static gboolean
span_has_word (const char *text, gsize from, gsize to, const char *word)
{
  gsize n = 0;
  for (gsize i = from; i < to; i++)
    if ((text[i] == word[0] || (text[i] >= 'A' && text[i] <= 'Z' && text[i] + 32 == word[0]))
        /* the first byte tested inline: most bytes are not it; the length asked at the
         * first that is */
        && (n != 0 || (n = strlen (word)) != 0) && i + n <= to
        && voile_ascii_strncasecmp (text + i, word, n) == 0
        && (i == 0 || !g_ascii_isalpha (text[i - 1]))
        && (i + n == to || !g_ascii_isalpha (text[i + n])))
      return TRUE;
  return FALSE;
}

/* "Order #1043", "commande n°1043": an order's number right after its noun and a number sign. */
static gboolean
short_order_number (const VoileCandidate *c)
{
  gsize p = c->start;

  while (p > c->match_start && c->text[p - 1] == ' ')
    p--;
  if (p > c->match_start && c->text[p - 1] == '#')
    p--;
  else if (p >= c->match_start + 3
           && (memcmp (c->text + p - 3, "n°", 3) == 0 || memcmp (c->text + p - 3, "nº", 3) == 0))
    p -= 3;
  else
    return FALSE;
  while (p > c->match_start && c->text[p - 1] == ' ')
    p--;
  return span_has_word (c->text, c->match_start, p, "order")
         || span_has_word (c->text, c->match_start, p, "orders")
         || span_has_word (c->text, c->match_start, p, "commande");
}

/* "Staff no. 4471", "Employee No: 0412", "Mandat n° 2451": a number word right before the
 * value says it is a file's number, however short; not after "réf.", which also numbers
 * products. */
static gboolean
short_numbered_reference (const VoileCandidate *c)
{
  static const char *const number_words[]
      = { "n°", "nº", "no", "no.", "nr", "nr.", "number", "numéro", "numero", "id", NULL };
  static const char *const before_words[]
      = { "n°", "nº", "no", "nr", "numéro", "numero", "id", "code", "réf", "ref", NULL };
  /* "Matricule : 0412": the noun itself means "registration number" */
  if (voile_ascii_strncasecmp (c->text + c->match_start, "matricule", 9) == 0)
    return TRUE;
  gsize p = c->start;

  while (p > c->match_start && strchr (" :\"'", c->text[p - 1]) != NULL)
    p--;
  for (const char *const *w = number_words; *w != NULL; w++)
    {
      gsize n = strlen (*w);
      /* "employeeNumber": glued the camelCase way */
      if (p >= c->match_start + n && voile_ascii_strncasecmp (c->text + p - n, *w, n) == 0
          && (p - n == c->match_start || !g_ascii_isalpha (c->text[p - n - 1])
              || g_ascii_isupper (c->text[p - n])))
        return !(g_ascii_tolower (c->text[c->match_start]) == 'r'
                 && !span_has_word (c->text, c->match_start, p - n, "numéro"));
    }
  /* "numéro de mandat 2451": the number word opens the lead-in; "Code client : 4471",
   * "Réf. mandat : 2451", "ID adhérent : 4471": one stands right before it */
  gsize w0 = c->match_start;
  while (w0 > 0 && c->match_start - w0 < 2 && c->text[w0 - 1] == ' ')
    w0--;
  if (w0 < c->match_start && w0 > 0 && c->text[w0 - 1] == '.')
    w0--;
  gsize w1 = w0;
  while (w1 > 0 && w0 - w1 < 8
         && (g_ascii_isalpha (c->text[w1 - 1]) || (guchar)c->text[w1 - 1] >= 0x80))
    w1--;
  for (const char *const *w = before_words; *w != NULL; w++)
    {
      gsize n = strlen (*w);
      if (c->match_start + n < c->start
          && voile_ascii_strncasecmp (c->text + c->match_start, *w, n) == 0
          && !g_ascii_isalpha (c->text[c->match_start + n]))
        return TRUE;
      if (w0 > w1 && w0 - w1 == n && voile_ascii_strncasecmp (c->text + w1, *w, n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* span_has_word() for several words, in one pass over the span: which word is found does
 * not matter. */
static gboolean
span_has_any_word (const char *text, gsize from, gsize to, const char *const *words)
{
  guint64 initials[4] = { 0 };

  for (const char *const *w = words; *w != NULL; w++)
    initials[(guchar)(*w)[0] / 64] |= G_GUINT64_CONSTANT (1) << ((guchar)(*w)[0] % 64);
  for (gsize i = from; i < to; i++)
    {
      guchar lower = (guchar)text[i];
      if (lower >= 'A' && lower <= 'Z')
        lower += 32;
      if (!(initials[lower / 64] & (G_GUINT64_CONSTANT (1) << (lower % 64))))
        continue;
      /* Words start here or not at all: asked once, before the words' lengths. */
      if (i > 0 && g_ascii_isalpha (text[i - 1]))
        continue;
      for (const char *const *w = words; *w != NULL; w++)
        {
          if ((guchar)(*w)[0] != lower)
            continue;
          gsize n = strlen (*w);
          if (i + n <= to && voile_ascii_strncasecmp (text + i, *w, n) == 0
              && (i + n == to || !g_ascii_isalpha (text[i + n])))
            return TRUE;
        }
    }
  return FALSE;
}

/* "Booking ref: QX7PLM": an airline's or a hotel's booking code holds few digits. */
static gboolean
booking_code (const char *t, gsize n)
{
  guint letters = 0, digits = 0;
  if (n < 6 || n > 10)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (g_ascii_isupper (t[i]))
      letters++;
    else if (g_ascii_isdigit (t[i]))
      digits++;
    else
      return FALSE;
  return digits >= 1 && letters >= 4;
}

/* Does the lead-in call the value a number ("n°", "nº", "#", "numéro", "number")? Then groups
 * of three digits are how it is written ("Contrat n° 448 120 377"), not a quantity. */
static gboolean
lead_in_says_number (const VoileCandidate *c)
{
  const char *t = c->text;

  for (gsize i = c->match_start; i < c->start; i++)
    {
      if (t[i] == '#')
        return TRUE;
      if ((guchar)t[i] == 0xC2 && i + 1 < c->start
          && ((guchar)t[i + 1] == 0xB0 || (guchar)t[i + 1] == 0xBA))
        return TRUE;
      if (i + 3 <= c->start && voile_ascii_strncasecmp (t + i, "num", 3) == 0
          && (i == c->match_start || !g_ascii_isalpha (t[i - 1])))
        return TRUE;
      /* "NDIS No: 431 987 655", "holder no. 424 881 0937": the abbreviation says it too */
      if (i + 3 <= c->start && voile_ascii_strncasecmp (t + i, "no", 2) == 0
          && (t[i + 2] == '.' || t[i + 2] == ':')
          && (i == c->match_start || !g_ascii_isalpha (t[i - 1])))
        return TRUE;
    }
  return FALSE;
}

/* "CMD-TEST-0000", "ORDER-EXAMPLE-1", "C-000000": a test value, not anyone's file. */
static gboolean
reference_is_placeholder (const char *t, gsize n)
{
  static const char *const words[] = { "test", "demo", "example", "sample", "dummy", "xxxx", NULL };
  guint digits = 0, zeros = 0, letters = 0;

  for (gsize i = 0; i < n; i++)
    if (g_ascii_isdigit (t[i]))
      {
        digits++;
        zeros += t[i] == '0';
      }
    else
      letters += g_ascii_isalpha (t[i]) ? 1 : 0;
  if (digits > 0 && zeros == digits)
    return TRUE;
  /* The words are four letters at least: most references hold fewer. */
  return letters >= 4 && span_has_any_word (t, 0, n, words);
}

/* "compte 707000", "compte 445710": a French ledger's general account (the class digit,
 * then digits padded with a zero), not a customer's; customers' accounts hold letters
 * ("411DUPONT") or come from a bank. */
static gboolean
is_ledger_account (const VoileCandidate *c)
{
  const char *t = c->text + c->start;
  gsize n = c->end - c->start;

  if (n < 6 || n > 8 || t[0] < '1' || t[0] > '7' || t[n - 1] != '0')
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (t[i]))
      return FALSE;
  return span_has_word (c->text, c->match_start, c->start, "compte")
         || span_has_word (c->text, c->match_start, c->start, "comptes");
}

/* "PAYE reference 961/CA44720": an employer's HMRC reference (office, '/', letters and
 * digits), not an employee's. */
static gboolean
is_paye_reference (const VoileCandidate *c)
{
  const char *t = c->text + c->start;
  gsize n = c->end - c->start;

  return n >= 6 && g_ascii_isdigit (t[0]) && g_ascii_isdigit (t[1]) && g_ascii_isdigit (t[2])
         && t[3] == '/' && g_ascii_isalnum (t[4])
         && span_has_word (c->text, c->match_start > 40 ? c->match_start - 40 : 0, c->start,
                           "paye");
}

/* "Employee 001", "Member 0042" as the heading of a record in a report: a zero-padded
 * number alone after the noun on its line numbers a person's file, not a count. */
static gboolean
record_heading_number (const VoileCandidate *c)
{
  const char *t = c->text;
  gsize n = c->end - c->start, line = c->match_start;

  if (n < 3 || n > 5 || t[c->start] != '0')
    return FALSE;
  for (gsize i = c->start; i < c->end; i++)
    if (!g_ascii_isdigit (t[i]))
      return FALSE;
  while (line > 0 && (t[line - 1] == ' ' || t[line - 1] == '\t'))
    line--;
  if (line > 0 && t[line - 1] != '\n')
    return FALSE;
  for (gsize i = c->match_start; i < c->start; i++)
    if (!g_ascii_isalpha (t[i]) && t[i] != ' ' && t[i] != ':' && t[i] != '#')
      return FALSE;
  gsize e = c->end;
  while (e < c->len && (t[e] == ' ' || t[e] == '\t' || t[e] == '\r'))
    e++;
  return e == c->len || t[e] == '\n';
}

/* The word before text[at] (skipping spaces), lower-cased into out (room for 16). */
static gsize
word_before (const char *t, gsize at, char *out)
{
  gsize e = voile_run_start (t, at, VOILE_LINE_READ_MAX, " "), k = 0;
  gsize b = voile_word_start (t, e, 15, VOILE_WORD_ASCII);
  if (b == e || (b > 0 && g_ascii_isalnum (t[b - 1])))
    return 0;
  for (gsize i = b; i < e; i++)
    out[k++] = (char)(t[i] | 0x20);
  out[k] = '\0';
  return k;
}

/* Invoices, quotes, purchase orders, transactions and properties have references too, and
 * so do parcels; they point at a document or a thing, not at a person's file: "Bon de
 * commande BC-2026-117", "purchase order 4410", "Transaction reference: 7F3K29QMWZ",
 * "Property Reference 0018…", a value "INV-2026-031" or "PO-55102" whatever the lead-in
 * says (but "Votre réf. : FAC-88123": a correspondent quotes its own file's number). */
static gboolean
reference_names_a_document (const VoileCandidate *c)
{
  static const char *const things[]
      = { "transaction", "property", "tracking", "suivi",   "shipment", "parcel",
          "colis",       "waybill",  "product",  "produit", "item",     "article",
          "job",         "request",  "session",  "event",   "purchase", "invoice",
          "quote",       "devis",    "facture",  NULL };
  static const char *const correspondents[]
      = { "votre", "vos", "your", "our", "nos", "notre", NULL };
  char word[16];

  /* (g20-ids) a licence's label: "licence FFBB n° BC960788" is a player's licence, whatever
   * its letters (a basketball licence's two letters may be a purchase order's "BC") */
  static const char *const licences[] = { "licence", "license", "licences", "licenses", NULL };
  if (voile_is_document_number (c->text + c->start, c->end - c->start))
    return !span_has_any_word (c->text, c->match_start, c->start, correspondents)
           && !span_has_any_word (c->text, c->match_start, c->start, licences);
  /* the word before the lead-in */
  gsize m = word_before (c->text, c->match_start, word);
  if (m < 2)
    return FALSE;
  for (const char *const *w = things; *w != NULL; w++)
    if ((*w)[0] == word[0] && strcmp (word, *w) == 0)
      return TRUE;
  /* "bon de commande" */
  if (m == 2 && word[0] == 'd' && word[1] == 'e'
      && voile_ascii_strncasecmp (c->text + c->match_start, "commande", 8) == 0)
    {
      gsize d = c->match_start - 1;
      while (d > 0 && c->text[d - 1] == ' ')
        d--;
      d -= MIN (d, 2);
      return word_before (c->text, d, word) == 3 && strcmp (word, "bon") == 0;
    }
  return FALSE;
}

/* "matricule 004", "Employee No: 012": a small firm numbers its staff from one, padded with
 * zeros. Three digits say nothing by themselves; the padding and the word say a staff list. */
static gboolean
staff_number_padded (VoileCandidate *c)
{
  static const char *const staff_words[] = { "matricule", "employee", "staff", "emp", NULL };
  const char *t = c->text + c->start;
  return t[0] == '0' && g_ascii_isdigit (t[1]) && g_ascii_isdigit (t[2])
         && !(t[1] == '0' && t[2] == '0')
         && span_has_any_word (c->text, c->match_start, c->start, staff_words);
}

/* Does the rule's match open on an account's word ("acc", "acct.", "account", "a/c",
 * "compte")? */
static gboolean
account_label_at (const VoileCandidate *c)
{
  const char *k = c->text + c->match_start;
  gsize avail = c->start - c->match_start;

  return (avail >= 3 && voile_ascii_strncasecmp (k, "acc", 3) == 0)
         || (avail >= 3 && voile_ascii_strncasecmp (k, "a/c", 3) == 0)
         || (avail >= 6 && voile_ascii_strncasecmp (k, "compte", 6) == 0);
}

/* "06 12 34 56 78": digits in pairs only, as French phones are written. */
static gboolean
digit_pairs_only (const char *t, gsize n)
{
  gsize run = 0;

  for (gsize i = 0; i <= n; i++)
    if (i == n || t[i] == ' ' || t[i] == '.')
      {
        if (run != 2)
          return FALSE;
        run = 0;
      }
    else
      run++;
  return TRUE;
}

/* "POST /commande HTTP/1.1": a protocol's version after a path that holds a reference's
 * word; "Support client N1/N2", "niveaux A1-B2": levels, a letter and a digit each. */
static gboolean
is_protocol_or_level (const char *t, gsize n)
{
  static const char *const protocols[]
      = { "HTTP/", "HTTPS/", "RTSP/", "SIP/", "SSH-", "TLSv", NULL };
  gsize i = 0;

  for (const char *const *p = protocols; *p != NULL; p++)
    if (n > strlen (*p) && strncmp (t, *p, strlen (*p)) == 0)
      return TRUE;
  while (i + 2 <= n && g_ascii_isupper (t[i]) && g_ascii_isdigit (t[i + 1])
         && (i + 2 == n || ((t[i + 2] == '/' || t[i + 2] == '-') && i + 3 < n)))
    i += 3;
  return i > 3 && i >= n;
}

/* "Permanent Resident Card   No. RA1648392", "green card No.": a State's card proving one's
 * right to stay, an identity document (id-document's), though "No." after a card's name
 * reads as the card's member number. */
static gboolean
resident_card_before (const VoileCandidate *c)
{
  static const char *const cards[] = { "resident card", "resident (pr) card", "green card", NULL };
  gsize e = c->match_start;

  while (e > 0 && e + 8 > c->match_start && (c->text[e - 1] == ' ' || c->text[e - 1] == '\t'))
    e--;
  /* the label's words end on "card" right before the match: most labels do not */
  if (e < 10 || (c->text[e - 1] | 0x20) != 'd')
    return FALSE;
  for (const char *const *k = cards; *k != NULL; k++)
    {
      gsize n = strlen (*k);
      if (e >= n && voile_ascii_strncasecmp (c->text + e - n, *k, n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* (session 24, g24-clean) A firm's licence: the value right after "licence"/"license" (a
 * number's word or a colon between), on a line that names a firm — its legal form, its
 * kind of business or its registration ("Everest Horizon Overseas Pvt. Ltd. (licence
 * 1287/071/72)", "Al Fajr Domestic Labour Office, licence 1174/2019", "Maid Agency, EA Licence
 * 17C8841", "SIRET …, licence PLATESV-R-2022-001193"): an agency's, a producer's, a
 * broker's permit to trade, no person's file (a sports licence's clause names a federation or
 * a club, no firm). */
static gboolean
firm_licence_before (const VoileCandidate *c)
{
  static const char *const firm_words[]
      = { "ltd",        "ltd.",         "pvt",      "pvt.",        "inc",        "inc.",
          "llc",        "llp",          "plc",      "gmbh",        "sas",        "sarl",
          "sasu",       "eurl",         "agency",   "agencies",    "office",     "bureau",
          "agence",     "company",      "société",  "societe",     "cabinet",    "manpower",
          "recruiting", "recruitment",  "overseas", "siret",       "siren",      "rcs",
          "reg.",       "registration", "prod",     "productions", "production", "travel",
          "voyages",    "services",     NULL };
  const char *t = c->text;
  gsize p = c->start;
  gsize stop = p > 24 ? p - 24 : 0;
  /* back over the number's word and the colon to "licence" */
  while (p > stop && t[p - 1] != '\n' && !g_ascii_isalpha (t[p - 1]))
    p--;
  gsize w = p;
  while (w > stop && (g_ascii_isalpha (t[w - 1]) || (guchar)t[w - 1] >= 0x80 || t[w - 1] == '.'))
    w--;
  if (p - w <= 3 && w > stop)
    {
      /* "n°", "no.", "nr": one more word back */
      p = w;
      while (p > stop && t[p - 1] != '\n' && !g_ascii_isalpha (t[p - 1]))
        p--;
      w = p;
      while (w > stop && g_ascii_isalpha (t[w - 1]))
        w--;
    }
  if (p - w != 7
      || (voile_ascii_strncasecmp (t + w, "licence", 7) != 0
          && voile_ascii_strncasecmp (t + w, "license", 7) != 0))
    return FALSE;
  /* the line before it, 160 bytes */
  gsize from = w > 160 ? w - 160 : 0;
  gsize b = w;
  while (b > from && t[b - 1] != '\n')
    b--;
  for (const char *const *f = firm_words; *f != NULL; f++)
    if (span_has_word (t, b, w, *f))
      return TRUE;
  return FALSE;
}

static gboolean
v_customer_id (VoileCandidate *c)
{
  static const char *const strong[]
      = { "n°", "nº",  "no",    "numéro",    "numero", "number", "id",  "identifiant",
          "nr", "utr", "nuban", "matricule", "mrn",    "ipp",    "spi", NULL };
  static const char *const job_words[]
      = { "poste",       "offre",       "annonce",  "emploi",    "job",         "candidature",
          "recrute",     "hiring",      "cdi",      "cdd",       "vacancy",     "position",
          "stage",       "alternance",  "postuler", "postulez",  "apply",       "cv",
          "produit",     "article",     "product",  "item",      "application", "role",
          "recruitment", "recrutement", "careers",  "carrières", "carrieres",   NULL };
  /* a job ad's closing lines: "apply through our careers page … Ref: KW-WH-2026-11" */
  static const char *const job_ad_words[] = { "careers", "carrières", "carrieres", NULL };
  const char *t = c->text + c->start;
  gsize n = c->end - c->start;
  gsize digits = 0, spaces = 0;

  if (record_heading_number (c))
    return TRUE;
  if (n == 3 && staff_number_padded (c))
    return TRUE;
  if (resident_card_before (c))
    return FALSE;
  if (firm_licence_before (c))
    return FALSE;
  if (n < 4 || n > 40 || value_is_date_or_year (c) || voile_is_month_year (t, n)
      || !(value_has_digits (c, 2) || booking_code (t, n)) || is_protocol_or_level (t, n))
    return FALSE;
  /* "référence SERV-25" in a job ad names the offer; a bare "réf." is weak: it needs a real
   * number and no job or product word around it. */
  gsize kw = c->match_start;
  /* ("réservation", "résa" are no "réf.": 'f' after the 'e' or the 'é') */
  if (voile_ascii_strncasecmp (c->text + kw, "r", 1) == 0
      && ((kw + 2 < c->len && (c->text[kw + 1] | 0x20) == 'e' && (c->text[kw + 2] | 0x20) == 'f')
          || (kw + 3 < c->len && (guchar)c->text[kw + 1] == 0xC3
              && (c->text[kw + 3] | 0x20) == 'f')))
    {
      gsize from = kw > 120 ? kw - 120 : 0;
      if (!value_has_digits (c, 3))
        return FALSE;
      if (span_has_any_word (c->text, from, kw, job_words)
          || (from > 0
              && span_has_any_word (c->text, from > 120 ? from - 120 : 0, from, job_ad_words)))
        return FALSE;
      /* "Service Fee for Bonus - Ref ID 1028311957", "Refund ref 88412": a statement's line
       * names a fee's or a refund's transaction ("payment reference" may be a taxpayer's) */
      static const char *const payment_words[]
          = { "fee", "transaction", "withdrawal", "refund", "payout", "frais", NULL };
      gsize line_s = kw;
      while (line_s > 0 && kw - line_s < 80 && c->text[line_s - 1] != '\n')
        line_s--;
      if (span_has_any_word (c->text, line_s, kw, payment_words))
        return FALSE;
    }
  /* "(ticket ENG-22817)" in release notes is a bug tracker's, not a customer's. */
  if (voile_ascii_strncasecmp (c->text + kw, "ticket", 6) == 0)
    {
      static const char *const tracker_words[]
          = { "issue",     "pr",      "commit", "fixed", "bug",    "jira",
              "changelog", "release", "todo",   "fixme", "sprint", NULL };
      if (span_has_any_word (c->text, kw > 300 ? kw - 300 : 0, kw, tracker_words))
        return FALSE;
      /* (g19-fp) "IT ticket INC0917734", "tech ticket", "ticket technique": a machine's fault
       * in a firm's own helpdesk, no person's case */
      if (technical_ticket (c->text, c->len, kw))
        return FALSE;
      /* "ticket_id": "TKT-9F2A-77C1" beside its "barcode" and "seat": an admission ticket,
       * an item a buyer holds, not the buyer's file */
      static const char *const admission_words[]
          = { "seat", "barcode", "siège", "siege", "rang", "row", "gate", NULL };
      gsize line_s, line_e;
      voile_line_around (c->text, c->len, kw, c->end, VOILE_LINE_READ_MAX, &line_s, &line_e);
      if (span_has_any_word (c->text, line_s, line_e, admission_words))
        return FALSE;
    }
  /* "sous licence GPL-3.0", "licence Apache-2.0": a software licence; a sports licence is a
   * long number (four digits after "club": "licence club PCD-0217"; not a promoter's "licence
   * P-0312", nor "Licence FFE 2027"). */
  for (gsize i = c->match_start; i + 5 <= c->start; i++)
    if ((c->text[i] | 0x20) == 'l' && voile_ascii_strncasecmp (c->text + i, "licen", 5) == 0
        && !value_has_digits (c, span_has_word (c->text, i, c->start, "club") ? 4 : 5))
      return FALSE;
  /* "identifiant client 0102458871", "n° client 0612…": the words say what the number is,
   * whatever it looks like. */
  if (!(t[0] == '0' && memchr (t, ' ', n) != NULL)
      && span_has_any_word (c->text, c->match_start, c->start, strong))
    c->confidence = 0.93f;
  /* "Nationwide acc 0187 6621 43", "compte 0412 3387 21": a bank account's number in groups
   * a phone's could have; the word says which (a French phone's pairs stay a phone's). */
  else if (account_label_at (c) && !digit_pairs_only (t, n))
    c->confidence = 0.93f;
  /* "commande de 25000 unités": a quantity */
  {
    static const char *const units[]
        = { "unités", "unites",      "units",  "pièces", "pieces", "pcs",    "articles",
            "items",  "exemplaires", "copies", "kg",     "tonnes", "litres", NULL };
    gsize a = c->end;
    while (a < c->len && a < c->end + 2 && c->text[a] == ' ')
      a++;
    for (const char *const *u = units; a > c->end && *u != NULL; u++)
      {
        gsize k = strlen (*u);
        if (a + k <= c->len && voile_ascii_strncasecmp (c->text + a, *u, k) == 0
            && (a + k == c->len || !g_ascii_isalpha (c->text[a + k])))
          return FALSE;
      }
  }
  /* "saison 2025-2026": two years */
  if (n == 9 && (t[4] == '-' || t[4] == '/') && g_ascii_isdigit (t[0]) && g_ascii_isdigit (t[5])
      && (strncmp (t, "19", 2) == 0 || strncmp (t, "20", 2) == 0)
      && (strncmp (t + 5, "19", 2) == 0 || strncmp (t + 5, "20", 2) == 0))
    return FALSE;
  if (reference_is_placeholder (t, n) || is_ledger_account (c) || is_paye_reference (c))
    return FALSE;
  /* "order-20931.1763733731@shop…": the local part of an address, the e-mail rules' */
  if (c->end < c->len && c->text[c->end] == '@')
    return FALSE;
  /* "payment on account 2025-26", "exercice 2024/25": a tax or a school year. */
  if (n == 7 && (t[4] == '-' || t[4] == '/')
      && (strncmp (t, "19", 2) == 0 || strncmp (t, "20", 2) == 0) && g_ascii_isdigit (t[2])
      && g_ascii_isdigit (t[3]) && g_ascii_isdigit (t[5]) && g_ascii_isdigit (t[6])
      && ((t[2] - '0') * 10 + t[3] - '0' + 1) % 100 == (t[5] - '0') * 10 + t[6] - '0')
    return FALSE;
  /* A DVLA driving licence number is an ID document's (rule "id-document"). */
  if (voile_is_uk_driving_licence (t, n))
    return FALSE;
  /* "Ref: CVE-2008-1372" names a vulnerability; "policy 3.6.1.1" a version. */
  if (n > 4 && strncmp (t, "CVE-", 4) == 0)
    return FALSE;
  /* "old account TR12 0001 2009 4520 …": an IBAN's country, key and first group, which the
   * IBAN rule left (its check failed: a closed or mistyped account is nobody's file) */
  if (n >= 9 && g_ascii_isupper (t[0]) && g_ascii_isupper (t[1]) && g_ascii_isdigit (t[2])
      && g_ascii_isdigit (t[3]) && t[4] == ' ' && g_ascii_isalnum (t[5]) && g_ascii_isalnum (t[6])
      && g_ascii_isalnum (t[7]) && g_ascii_isalnum (t[8]) && (n == 9 || t[9] == ' '))
    return FALSE;
  /* "licence PK.66.0412", "UK.66.12345": an aircraft engineer's Part-66 licence, a
   * practitioner's, not a file kept on a customer */
  if (n >= 7 && g_ascii_isupper (t[0]) && g_ascii_isupper (t[1]) && strncmp (t + 2, ".66.", 4) == 0)
    return FALSE;
  /* "EXPENSE CLAIM … Claim: EXP-26-11-0457": an employee's expense report, a firm's own
   * document (as "NDF-…"), no insurer's claim; "Gas test cert GT-4471", "isolation
   * certificate": a certificate about a thing, not a person's */
  if (((c->text[kw] | 0x20) == 'c' && voile_ascii_strncasecmp (c->text + kw, "claim", 5) == 0)
      || voile_ascii_strncasecmp (c->text + kw, "cert", 4) == 0)
    {
      static const char *const expense_words[] = { "expense", "expenses", NULL };
      static const char *const thing_words[]
          = { "test",       "gas",        "isolation", "calibration", "inspection",
              "conformity", "compliance", "safety",    "electrical",  NULL };
      gsize line_s = kw;
      while (line_s > 0 && kw - line_s < 120 && c->text[line_s - 1] != '\n')
        line_s--;
      gboolean cert = (c->text[kw] | 0x20) == 'c' && (c->text[kw + 1] | 0x20) == 'e';
      /* a certificate's words may end the line before ("the gas test\ncert GT-2291") */
      gsize from = cert ? (kw > 24 ? kw - 24 : 0) : line_s;
      if (span_has_any_word (c->text, from, kw, cert ? thing_words : expense_words))
        return FALSE;
    }
  /* "engineering order EO-26-0512", "work order", "purchase order": an order a firm gives for
   * a job or a supply, no shop's customer's */
  if (voile_ascii_strncasecmp (c->text + kw, "order", 5) == 0 && kw >= 5)
    {
      static const char *const firm_orders[]
          = { "engineering", "work", "purchase", "change", "production", "maintenance", NULL };
      gsize w = kw - 1;
      while (w > 0 && c->text[w] == ' ' && kw - w < 3)
        w--;
      gsize e = w + 1;
      while (w > 0 && g_ascii_isalpha (c->text[w - 1]) && e - w < 12)
        w--;
      if (e > w && voile_ascii_word_in (c->text + w, e - w, firm_orders))
        return FALSE;
    }
  /* "/ICS FR85ZZZ430290": a SEPA creditor's identifier (country, key, "ZZZ", the firm's
   * number), a firm's; a mandate's reference may open on it ("FR12ZZZ123456-2024-0042") */
  if (n >= 10 && g_ascii_isupper (t[0]) && g_ascii_isupper (t[1]) && g_ascii_isdigit (t[2])
      && g_ascii_isdigit (t[3]) && strncmp (t + 4, "ZZZ", 3) == 0
      && strspn (t + 7, "0123456789") == n - 7)
    return FALSE;
  /* A hotel's "4102.887.319" is written in long groups, a version's in short ones. */
  /* (g22-refs2) A register's "3.812.447", "47.118.302": thousands' groups of three after the
   * first, two dots at least (a version's groups are short: "2.14.3") */
  gboolean dotted_number = TRUE, grouped3 = TRUE;
  gsize dotted_group = 0, shortest = n, dots = 0;
  for (gsize i = 0; i <= n; i++)
    if (i == n || t[i] == '.')
      {
        shortest = MIN (shortest, dotted_group);
        grouped3 &= dots == 0 || dotted_group == 3;
        dots += i < n;
        dotted_group = 0;
      }
    else
      {
        dotted_number &= g_ascii_isdigit (t[i]);
        dotted_group++;
      }
  if (grouped3 && c->end + 1 < c->len && (c->text[c->end] == ',' || c->text[c->end] == '.')
      && g_ascii_isdigit (c->text[c->end + 1]))
    grouped3 = FALSE; /* a sum's decimals after it: "1.250.000,00" */
  if (dotted_number && dots > 0 && (shortest < 3 || n < 11) && !(grouped3 && dots >= 2))
    return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      digits += g_ascii_isdigit (t[i]) ? 1 : 0;
      spaces += t[i] == ' ';
    }
  if (digits + spaces == n)
    {
      /* Short numbers are counts ("account ending 6619"), product codes are GTINs; but a
       * shop numbers its orders from 1001: "order #1043", "commande n° 1043". */
      if (digits < 5
          && !(digits == 4 && spaces == 0
               && (short_order_number (c) || short_numbered_reference (c))))
        return FALSE;
      /* one number in ten passes a GTIN's check: only a "réf." names a product, not a
       * claim's, a tax file's or an account's noun */
      if (spaces == 0 && is_gtin (t, n) && g_ascii_tolower (c->text[c->match_start]) == 'r')
        return FALSE;
      /* "680 000" is a quantity: thousands groups, unless the lead-in says "n°". */
      gboolean thousands = TRUE;
      gsize group = 0, groups = 0;
      for (gsize i = 0; i <= n; i++)
        if (i == n || t[i] == ' ')
          {
            /* "000 447 188" is no quantity */
            thousands &= groups == 0 ? (group >= 1 && group <= 3 && t[0] != '0') : group == 3;
            groups++;
            group = 0;
          }
        else
          group++;
      /* (g25-refs-fr) "Votre identifiant : 427 861 093 552", "No de contribuable : 210 447
       * 831": a number's word of the label says it as "n°" does (not a bare "ID": a
       * machine's, "TeamViewer ID 1 482 907 335") */
      static const char *const number_words[] = { "no", "nr", "identifiant", "matricule", NULL };
      if (spaces > 0 && thousands && !lead_in_says_number (c)
          && !span_has_any_word (c->text, c->match_start, c->start, number_words))
        return FALSE;
    }
  return !reference_names_a_document (c);
}

/* Is t[v, len) a reference's shape, and where does it end? Capitals, then groups of capitals
 * and digits joined by single dashes or slashes, three digits or more ("KRCS-NBO-V-10427",
 * "COMP/2026/1187"), or two or three capitals and six to twelve digits ("BZ40318826"); the
 * value ends the word ("AB-12c", "AB-12.5" are no references). */
static gsize
reference_shape_end (const char *t, gsize len, gsize v)
{
  gsize e = v, groups = 0, digits = 0, first = 0;

  if (v >= len || !g_ascii_isupper (t[v]))
    return 0;
  for (;;)
    {
      gsize g = e;
      while (e < len && (g_ascii_isupper (t[e]) || g_ascii_isdigit (t[e])) && e - g <= 12)
        digits += g_ascii_isdigit (t[e++]);
      if (e == g || e - g > 12)
        return 0;
      if (groups++ == 0)
        first = e - g;
      if (e + 1 < len && (t[e] == '-' || t[e] == '/') && g_ascii_isalnum (t[e + 1]))
        {
          e++;
          continue;
        }
      break;
    }
  if (e < len && (g_ascii_isalnum (t[e]) || t[e] == '_'))
    return 0;
  if (e + 1 < len && strchr ("-/.", t[e]) != NULL && g_ascii_isalnum (t[e + 1]))
    return 0;
  if (groups >= 2 && groups <= 5 && first <= 6 && digits >= 3)
    return e;
  if (groups == 1)
    {
      gsize caps = 0;
      while (caps < 4 && v + caps < e && g_ascii_isupper (t[v + caps]))
        caps++;
      if (caps >= 2 && caps <= 3 && digits == e - v - caps && digits >= 6 && digits <= 12)
        return e;
    }
  return 0;
}

/* A word of a label's tail: letters (any non-ASCII byte counted as one) and dashes after a
 * letter, two to twenty-four bytes; after "de ", "d'", "du ", "de la ". The end, or 0. */
static gsize
label_tail_word_end (const char *t, gsize len, gsize p)
{
  static const char *const links[] = { "de la ", "de ", "du ", "d'", "d’", NULL };

  for (const char *const *l = links; p < len && (t[p] | 0x20) == 'd' && *l != NULL; l++)
    {
      gsize n = strlen (*l);
      if (p + n < len && g_ascii_strncasecmp (t + p, *l, n) == 0)
        {
          p += n;
          break;
        }
    }
  gsize w = p;
  if (p >= len || !(g_ascii_isalpha (t[p]) || (guchar)t[p] >= 0x80))
    return 0;
  while (p < len && p - w < 24 && (g_ascii_isalpha (t[p]) || (guchar)t[p] >= 0x80 || t[p] == '-'))
    p++;
  return p - w >= 2 ? p : 0;
}

/* The match of labelled-shaped-reference, read by hand (its regex, with two optional label
 * words before the value, cost 2 % of a scan of logs and prose): a number word ("ref",
 * "réf.", "no.", "n°", "number", "numéro", "reg"), up to two words ("n° de résa", "Volunteer
 * No. assigned"), an optional colon or hash, then a reference's shape. */
static gboolean
m_labelled_reference (VoileCandidate *c)
{
  const char *t = c->text;
  gsize len = c->len, p = c->anchor;

  /* the keywords end their word ("ref$", "no.", "n°"): only skip its letters */
  while (p < len && p - c->anchor < 14 && (g_ascii_isalpha (t[p]) || (guchar)t[p] >= 0x80))
    p++;
  if (p < len && t[p] == '.')
    p++;
  /* after the number word, then after one and two words of its tail */
  gsize after[3] = { p, 0, 0 };
  guint words = 0;
  for (gsize q = p; words < 2; words++)
    {
      gsize s = q;
      while (s < len && t[s] == ' ')
        s++;
      if (s == q || (q = label_tail_word_end (t, len, s)) == 0)
        break;
      after[words + 1] = q;
    }
  for (gint k = (gint)words; k >= 0; k--)
    {
      gsize v = after[k];
      while (v < len && t[v] == ' ')
        v++;
      if (v < len && (t[v] == ':' || t[v] == '#'))
        v++;
      while (v < len && t[v] == ' ')
        v++;
      if (v > 0 && (g_ascii_isalnum (t[v - 1]) || t[v - 1] == '-'))
        continue;
      gsize e = reference_shape_end (t, len, v);
      if (e != 0 && e - c->anchor <= 96)
        {
          c->start = v;
          c->end = e;
          return TRUE;
        }
    }
  return FALSE;
}

/* The words of a label before a reference (see v_labelled_reference()): what a firm issues
 * to many, a thing, a transaction or a standard ("things", left), and what one person files
 * or holds at an office, a club or a firm ("person files"). */
static const char *const label_things[] = {
  "invoice",  "inv",          "facture",   "fact",       "quote",      "devis",       "proforma",
  "avoir",    "credit",       "statement", "relevé",     "releve",     "tracking",    "suivi",
  "colis",    "parcel",       "waybill",   "shipment",   "expédition", "transaction", "payment",
  "paiement", "virement",     "transfer",  "receipt",    "reçu",       "ticket",      "bon",
  "purchase", "po",           "bc",        "product",    "produit",    "article",     "item",
  "sku",      "part",         "pièce",     "piece",      "model",      "modèle",      "serial",
  "série",    "serie",        "lot",       "batch",      "version",    "release",     "build",
  "issue",    "bug",          "pr",        "task",       "story",      "flight",      "vol",
  "train",    "room",         "chambre",   "table",      "seat",       "siret",       "siren",
  "tva",      "vat",          "tax",       "ein",        "abn",        "licence",     "license",
  "permis",   "passport",     "passeport", "job",        "offre",      "annonce",     "poste",
  "vacancy",  "listing",      "property",  "campaign",   "event",      "webinar",     "phone",
  "tél",      "tel",          "page",      "step",       "étape",      "chapter",     "section",
  "décret",   "loi",          "arrêté",    "norme",      "standard",   "rfc",         "iso",
  "plate",    "vin",          "châssis",   "chassis",    "supplier",   "fournisseur", "vendor",
  "cheque",   "chèque",       "voucher",   "coupon",     "promo",      "gift",        "order-form",
  "work",     "intervention", "repair",    "réparation", "reparation", NULL
};
/* (g18-ids) an identity document's words, read as the things' ("CO-BUYER DL# NN tribal ID
 * T-0448172": ID_DOCUMENT's, now that "ID" is a number word of labelled-id-reference) */
static const char *const label_identity_things[]
    = { "dl", "identity", "identité", "tribal", "national", "visa", NULL };
/* what one person files or holds at an office, a club or a firm */
static const char *const label_person_files[]
    = { "application", "permit", "complaint", "case", "claim", "pcn", "penalty", "foi", "appeal",
        "talent", "player", "federation", "membership", "registration", "enrolment", "enrollment",
        "benefit", "tenancy", "résa", "resa", "réservation", "reservation", "réclamation",
        "reclamation", "demande", "plainte", "dépôt", "depot", "recours", "contestation",
        "signalement", "inscription", "adhérent", "adherent", "licencié", "licencie", "fiche",
        "requérant", "objets", "lost", "agreement", "contract", "contrat", "concession",
        "convention", "sinistre", "matter", "mandate", "mandat",
        /* (g24b-keys) a person referred to a service, a person's loan */
        "referral", "loan", NULL };
static const char *const label_value_kinds[]
    = { "inv", "fac", "fa",  "dev", "po",  "bc", "ndf", "iso", "rfc", "cve", "en", "nf", "pep",
        "sha", "md",  "utf", "din", "iec", "pr", "sku", "avr", "qt",  "bl",  "cn", NULL };

enum
{
  LABEL_WORD_THING = 1,
  LABEL_WORD_PERSON_FILE = 2,
};

/* The kind of the lower-case word w[0..n) among the label words, 0 for none: a table of
 * the lists' initials and lengths first, then one hash lookup (the lists' linear scans cost
 * 3 % of a log's scan, where "n° client" and "FACTURE n°" come by the thousand). */
static guint
label_word_kind (const char *w, gsize n)
{
  static GHashTable *kinds;
  /* per initial (a-z, then any other byte), a bit per length the lists hold */
  static guint32 lengths[27];

  if (g_once_init_enter (&kinds))
    {
      GHashTable *h = g_hash_table_new (g_str_hash, g_str_equal);
      const char *const *lists[] = { label_person_files, label_things, label_identity_things };
      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        for (const char *const *k = lists[l]; *k != NULL; k++)
          {
            guchar first = (guchar)(*k)[0];
            lengths[first >= 'a' && first <= 'z' ? first - 'a' : 26] |= 1u << MIN (strlen (*k), 31);
            g_hash_table_insert (
                h, (gpointer)*k,
                GUINT_TO_POINTER (l == 0 ? LABEL_WORD_PERSON_FILE : LABEL_WORD_THING));
          }
      g_once_init_leave (&kinds, h);
    }
  guchar first = (guchar)w[0];
  if (n == 0 || n >= 31 || !(lengths[first >= 'a' && first <= 'z' ? first - 'a' : 26] & (1u << n)))
    return 0;
  return GPOINTER_TO_UINT (g_hash_table_lookup (kinds, w));
}

/* A file's number after any label's number word ("complaint reference: COMP/2026/1187",
 * "permit no. RP-M-220193", "n° de résa : IM-2612-05", "Volunteer No. assigned:
 * KRCS-NBO-V-10427"): the value's shape (capitals, then a dash or a slash and digits) says
 * it is a reference; the words of its label, read on its line, say whose: a person's file,
 * or a noun naming whose record a number is (the tables' headers' nouns, "volunteer",
 * "holder", "member"). A firm's documents to many, a thing's, a transaction's or a
 * standard's references are left (the corpus's decision table), and so is a value whose
 * letters name such a kind ("INV-2291", "ISO-9001"). */
static gboolean
v_labelled_reference (VoileCandidate *c)
{
  gsize from, line_end;
  gboolean whose = FALSE;

  /* the label's line, up to 64 bytes before its number word, a word cut there left */
  voile_line_around (c->text, c->len, c->anchor, c->start, 64, &from, &line_end);
  while (from > 0 && from < c->anchor && g_ascii_isalpha (c->text[from - 1]))
    from++;
  for (gsize i = from; i < c->start;)
    {
      char lower[32];
      gsize n = 0;

      while (i < c->start && (g_ascii_isalpha (c->text[i]) || (guchar)c->text[i] >= 0x80))
        {
          guchar b = (guchar)c->text[i++];
          if (n < sizeof lower - 1)
            lower[n] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
          n++;
        }
      if (n == 0)
        {
          i++;
          continue;
        }
      if (n >= sizeof lower)
        continue;
      lower[n] = '\0';
      guint kind = label_word_kind (lower, n);
      if (kind == LABEL_WORD_THING)
        return FALSE;
      /* whose file: read in the label itself, not earlier on its line (a letter's
       * "Application for Registered Nurse — ref SVL/RN/044" numbers the vacancy, not the
       * applicant's file) */
      if (!whose && i - n + 32 >= c->anchor)
        whose = kind == LABEL_WORD_PERSON_FILE || voile_person_noun_flags (lower, n) != 0;
    }
  if (!whose)
    return FALSE;
  /* v_customer_id() reads the label from the match's start, as it would from a pattern's */
  c->match_start = c->anchor;
  gsize letters = 0;
  while (c->start + letters < c->end && g_ascii_isalpha (c->text[c->start + letters]))
    letters++;
  if (span_has_any_word (c->text, c->start, c->start + letters, label_value_kinds))
    return FALSE;
  return v_customer_id (c);
}

/* (g22-refs) A registry's or a practice's file number by its own form, whatever its label:
 * an office's or a file type's capitals, then groups joined by slashes holding a year and a
 * sequence ("LC/GAR/SRCH/2025/08813", "KMA/D/2025/01884", "KADW/DT/2025/044",
 * "PR/IK/LA/0551/2025", "PLC/SUC/047/25", "ID/4471GCM/2023"): the form registries, courts
 * and law firms of many countries give the file they open on one person or one matter. Three
 * to six groups of capitals and digits, the first capitals only, one a year (four digits,
 * or two closing the value after a sequence), another a sequence of three digits or more.
 * Anchored at the value's first digits after a slash. Not in a link or a path, not a
 * sample after "e.g.", not when the first group names a document a firm sends to many or a
 * ledger's journal (Odoo's "INV/2025/00012", "BILL/…", "MISC/…"), nor when the label's words
 * on its line name a thing (label_things) or a plan, a report, a circular, a practitioner's
 * enrolment. */
static gboolean
slash_file_char (char ch)
{
  return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '/';
}

static gboolean
m_slash_file_reference (VoileCandidate *c)
{
  const char *t = c->text;
  gsize len = c->len, pos = c->anchor, s = pos, e = pos;

  if (pos < 2 || t[pos - 1] != '/')
    return FALSE;
  while (s > 0 && pos - s < 40 && slash_file_char (t[s - 1]))
    {
      if (g_ascii_isdigit (t[s - 1]))
        return FALSE; /* the anchor is not the value's first digits */
      s--;
    }
  if (s > 0 && (g_ascii_isalnum (t[s - 1]) || strchr ("/:.=?#@&_-\\", t[s - 1]) != NULL))
    return FALSE;
  while (e < len && e - s < 48 && slash_file_char (t[e]))
    e++;
  while (e > pos && t[e - 1] == '/')
    e--;
  if (e < len
      && (g_ascii_isalnum (t[e]) || t[e] == '/' || t[e] == '_' || t[e] == '@'
          || ((t[e] == '-' || t[e] == '.') && e + 1 < len && g_ascii_isalnum (t[e + 1]))))
    return FALSE;
  /* the groups */
  guint groups = 0;
  gboolean year = FALSE, seq = FALSE;
  gsize prev_digits = 0;
  for (gsize g = s; g < e;)
    {
      gsize h = g, digits = 0, letters = 0;
      while (h < e && t[h] != '/')
        {
          if (g_ascii_isdigit (t[h]))
            {
              if (letters > 0 && digits == 0 && groups > 0)
                return FALSE; /* "4471GCM" yes, "GCM4471" no */
              digits++;
            }
          else
            letters++;
          h++;
        }
      if (h == g || h - g > 10)
        return FALSE;
      if (groups == 0 && (digits > 0 || letters > 6))
        return FALSE;
      gboolean all_digits = letters == 0;
      if (all_digits && digits == 4 && !year
          && ((t[g] == '1' && t[g + 1] == '9' && t[g + 2] >= '5')
              || (t[g] == '2' && t[g + 1] == '0' && t[g + 2] <= '3')))
        year = TRUE;
      else if (all_digits && digits == 2 && h == e && prev_digits >= 3 && !year)
        year = TRUE;
      else if (digits >= 3 && g_ascii_isdigit (t[g]) && letters <= 4)
        seq = TRUE;
      prev_digits = all_digits ? digits : 0;
      groups++;
      g = h < e ? h + 1 : h;
    }
  if (groups < 3 || groups > 6 || !year || !seq)
    return FALSE;
  c->start = s;
  c->end = e;
  return TRUE;
}

static gboolean
v_slash_file_reference (VoileCandidate *c)
{
  /* the first group's kind: a firm's document to many, an accounting journal */
  static const char *const journal_kinds[]
      = { "bill", "rinv", "rbill", "misc", "exch", "stj", "pay", "bnk", "csh", "cash",
          "caba", "pos",  "so",    "dn",   "grn",  "wh",  "cir", "gst", "ref", "inv",
          "fac",  "fa",   "dev",   "po",   "bc",   "ndf", "iso", "rfc", "cve", "nf",
          "din",  "iec",  "sku",   "avr",  "qt",   "bl",  "cn",  NULL };
  /* a plan's, a report's, a circular's or a practitioner's enrolment's number */
  static const char *const label_documents[]
      = { "plan",    "survey", "report",  "rapport",  "circular",     "circulaire", "memo",
          "gazette", "tender", "enrol",   "licensed", "notification", "e.g",        "eg",
          "carnet",  "ex",     "exemple", "example",  "sample",       NULL };
  const char *t = c->text;
  gsize letters = 0, from, line_end;

  while (c->start + letters < c->end && g_ascii_isalpha (t[c->start + letters]))
    letters++;
  if (span_has_any_word (t, c->start, c->start + letters, journal_kinds))
    return FALSE;
  /* the label's words on its line, 64 bytes before the value */
  voile_line_around (t, c->len, c->start, c->start, 64, &from, &line_end);
  while (from > 0 && from < c->start && g_ascii_isalpha (t[from - 1]))
    from++;
  if (span_has_any_word (t, from, c->start, label_documents))
    return FALSE;
  for (gsize i = from; i < c->start;)
    {
      char lower[32];
      gsize n = 0;

      while (i < c->start && (g_ascii_isalpha (t[i]) || (guchar)t[i] >= 0x80))
        {
          guchar b = (guchar)t[i++];
          if (n < sizeof lower - 1)
            lower[n] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
          n++;
        }
      if (n == 0)
        {
          i++;
          continue;
        }
      if (n >= sizeof lower)
        continue;
      lower[n] = '\0';
      if (label_word_kind (lower, n) == LABEL_WORD_THING)
        return FALSE;
    }
  c->match_start = c->start;
  c->match_end = c->end;
  return v_customer_id (c);
}

/* (g21-refs) A reference after the noun of whose it is, in prose and after labels, the noun's
 * list open: "uid 2290417736", "(UID 800417762)", "NSN 151887023", "IPP CHU : 3400944518",
 * "creator id CR-4410087", "partner ID SY-PTR-40912", "appeal APL-228190", "Request
 * PRV-118873", "Incident ID: INC-2025-004417", "N° de fiche : 119-2025-118452", "crime ref
 * 5226331874". Anchored on the value (its first digit run, or its capitals), the label read
 * back on its line, five words and 64 bytes at most. The head noun says whose: a case one
 * person opens (NOUN_REF_CASE), a person or a person's record (NOUN_REF_PERSON: the person
 * nouns of the tables' and keys' readers, abbreviations of a person's number, and any noun
 * made like a person's, -er/-eur/-ant/-ee/-or, when a number's word follows it). A thing, a
 * transaction, a document sent to many or a machine's word anywhere in the label leaves it. */
enum
{
  NOUN_REF_NONE = 0,
  NOUN_REF_CASE = 1,
  NOUN_REF_CASE_NAMED = 2, /* a case whose number needs letters: request, incident, report */
  NOUN_REF_PERSON = 3,
  NOUN_REF_MADE = 4,   /* a person's noun by its ending: needs a number's word */
  NOUN_REF_NUMBER = 5, /* id, no, n°, number, ref… */
  NOUN_REF_FILLER = 6, /* de, du, of, the, is, pending… */
  NOUN_REF_DENY = 7,
  NOUN_REF_IDENTITY = 8,  /* (g22-ids2) an identity document's or a national number's noun */
  NOUN_REF_FORM_WORD = 9, /* (g25-refs-en) any noun past a form label's words of no class */
};

static guint
noun_ref_word_class (const char *w, gsize n)
{
  static const char *const cases[]
      = { "appeal", "complaint", "dispute", "referral", "subpoena", "grievance", "claim", "inquiry",
          "enquiry", "escalation", "vorgang", "aktenzeichen", "dossier", "demande", "fiche",
          "séjour", "sejour", "requête", "requete", "recours", "signalement", "plainte", "affaire",
          "saisine", "minute", "entente", "litige", "réclamation", "reclamation", "crime", "case",
          "investigation", "poursuite", "jugement",
          /* (g23-refs) a police's or a court's procedure on one person's complaint ("N° de
           * procédure : 2025/003318") */
          "procédure", NULL };
  static const char *const cases_named[] = { "request", "notice", NULL };
  static const char *const persons[]
      = { "uid", "user", "member", "player", "creator", "seller", "payee", "streamer", "victim",
          "reporter", "suspect", "profile", "famille", "family", "household", "alloc", "nsn", "upn",
          "uln", "ipp", "nda", "nhi", "pupil", "student", "child", "enfant", "patient", "usager",
          "learner", "partner", "affilié", "affilie", "matricule",
          /* (g23-refs) a taxpayer's file with the tax office ("No de contribuable : …") */
          "contribuable", NULL };
  static const char *const numbers[]
      = { "id",     "no",  "n°",  "nº",        "nr",        "num",    "number", "numéro",
          "numero", "ref", "réf", "reference", "référence", "record", NULL };
  static const char *const fillers[]
      = { "de",       "du", "des",  "d",   "la",      "le",       "l",        "of",
          "the",      "is", "was",  "est", "pending", "attribué", "attribue", "provisoire",
          "assigned", "on", "file", "a",   "b",       NULL };
  /* a machine's, a firm's or a thing's words the label-word lists do not hold */
  static const char *const deny[]
      = { "http", "api", "commit", "sha", "port", "pid", "thread", "process", "run", "pipeline",
          "test", "sample", "error", "status", "code", "line", "row", "column", "session", "device",
          "server", "host", "node", "container", "image", "message", "msg", "trace", "span", "log",
          "sprint", "epic", "pull", "merge", "change", "feature", "merchant", "order", "commande",
          "bestellung", "account", "acct", "compte", "group", "project", "tenant", "app", "client",
          "customer", "use", "example", "ex", "e.g", "sample", "demo", "dummy", "fake", "mock",
          "template", "ticket", "arrêté", "arrete", "décret", "decret", "loi", "law", "act",
          "section", "article", "chapter", "page", "mdph", "year", "step", "service", "it",
          "company", "companies", "registered", "société", "societe", "firm", "entreprise", "rcs",
          /* an identity document's or a permit's words: ID_DOCUMENT's ("titre de séjour n°",
           * "work permit #", "carte d'identité … n°") */
          "permit", "titre", "autorisation", "carte", "identité", "identite", "identity",
          "passport", "passeport", "visa", "licence", "license", "permis", NULL };
  /* (g22-ids2) the nouns of a State's identity document or national number: the
   * reference after them is ID_DOCUMENT's (identity_noun_reference()), no person's file */
  static const char *const identities[]
      = { "passport", "passeport", "pasaporte", "identity", "identité", "identite",
          "nin",      "nic",       "cnic",      "nric",     "aadhaar",  "aadhar",
          "pesel",    "cnp",       "mykad",     "foil",     "ead",      NULL };
  static const char *const *lists[]
      = { cases, cases_named, persons, numbers, fillers, deny, identities };
  static const guint kinds[]
      = { NOUN_REF_CASE,   NOUN_REF_CASE_NAMED, NOUN_REF_PERSON,  NOUN_REF_NUMBER,
          NOUN_REF_FILLER, NOUN_REF_DENY,       NOUN_REF_IDENTITY };
  static const char *const made_things[]
      = { "number",     "order",      "server",     "container",  "router",     "printer",
          "computer",   "folder",     "header",     "register",   "counter",    "parameter",
          "buffer",     "timer",      "layer",      "marker",     "trigger",    "handler",
          "controller", "adapter",    "cluster",    "filter",     "scanner",    "sensor",
          "monitor",    "processor",  "vector",     "selector",   "connector",  "sector",
          "factor",     "operator",   "provider",   "carrier",    "issuer",     "manufacturer",
          "dealer",     "reseller",   "retailer",   "wholesaler", "vendor",     "supplier",
          "tracker",    "paper",      "letter",     "chapter",    "quarter",    "water",
          "error",      "color",      "colour",     "mirror",     "door",       "floor",
          "motor",      "tractor",    "reactor",    "calculator", "generator",  "indicator",
          "elevator",   "identifier", "locator",    "meter",      "liter",      "litre",
          "centre",     "center",     "cancer",     "transfer",   "voucher",    "poster",
          "banner",     "flyer",      "sticker",    "trailer",    "locker",     "container",
          "compteur",   "serveur",    "moniteur",   "lecteur",    "capteur",    "secteur",
          "facteur",    "tracteur",   "moteur",     "ordinateur", "routeur",    "fournisseur",
          "opérateur",  "operateur",  "instrument", "restaurant", "variant",    "component",
          "document",   "payment",    "statement",  "agreement",  "settlement", "shipment",
          "department", "equipment",  "element",    "segment",    "fragment",   "implant",
          "plant",      "committee",  "fee",        "coffee",     "guarantee",  "employee",
          "fabricant",  NULL };
  static GHashTable *classes;
  char lower[32];

  if (g_once_init_enter (&classes))
    {
      GHashTable *h = g_hash_table_new (g_str_hash, g_str_equal);
      for (const char *const *x = made_things; *x != NULL; x++)
        g_hash_table_insert (h, (gpointer)*x, GUINT_TO_POINTER (NOUN_REF_DENY));
      /* the label words of v_labelled_reference(), one lookup for both */
      for (const char *const *x = label_things; *x != NULL; x++)
        g_hash_table_insert (h, (gpointer)*x, GUINT_TO_POINTER (NOUN_REF_DENY));
      for (const char *const *x = label_identity_things; *x != NULL; x++)
        g_hash_table_insert (h, (gpointer)*x, GUINT_TO_POINTER (NOUN_REF_DENY));
      for (const char *const *x = label_person_files; *x != NULL; x++)
        g_hash_table_insert (h, (gpointer)*x, GUINT_TO_POINTER (NOUN_REF_CASE));
      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        for (const char *const *k = lists[l]; *k != NULL; k++)
          g_hash_table_insert (h, (gpointer)*k, GUINT_TO_POINTER (kinds[l]));
      g_once_init_leave (&classes, h);
    }
  if (n == 0 || n >= sizeof lower)
    return NOUN_REF_NONE;
  /* (g23-refs) a label opening a sentence or a line with an accented capital ("Étudiant n°",
   * "Élève n°", "Écrou n°"): the Latin-1 capitals of UTF-8 (C3 80-9E, not C3 97 "×") fold
   * as ASCII's do */
  for (gsize i = 0; i < n; i++)
    lower[i] = (char)((guchar)w[i] >= 'A' && (guchar)w[i] <= 'Z' ? w[i] + 32 : w[i]);
  for (gsize i = 1; i < n; i++)
    if ((guchar)w[i - 1] == 0xC3 && (guchar)w[i] >= 0x80 && (guchar)w[i] <= 0x9E
        && (guchar)w[i] != 0x97)
      lower[i] = (char)((guchar)w[i] + 0x20);
  lower[n] = '\0';
  guint found = GPOINTER_TO_UINT (g_hash_table_lookup (classes, lower));
  if (found != 0)
    return found;
  if (voile_person_noun_flags (lower, n) != 0)
    return NOUN_REF_PERSON;
  /* (g23-refs) a person's noun in the feminine, an "-e" after a listed noun ("affiliée",
   * "étudiante", "retraitée"): the person's class of the masculine */
  if (n >= 5 && lower[n - 1] == 'e')
    {
      char masc[32];
      memcpy (masc, lower, n - 1);
      masc[n - 1] = '\0';
      guint m = GPOINTER_TO_UINT (g_hash_table_lookup (classes, masc));
      if (m == NOUN_REF_PERSON || (m == 0 && voile_person_noun_flags (masc, n - 1) != 0))
        return NOUN_REF_PERSON;
    }
  /* a noun made like a person's: "creator", "payee", "participant", "déclarant" */
  static const char *const ends[]
      = { "er", "eur", "euse", "ee", "ée", "or", "rice", "ist", "iste", NULL };
  if (n < 6)
    return NOUN_REF_NONE;
  for (const char *const *e = ends; *e != NULL; e++)
    {
      gsize k = strlen (*e);
      if (n > k + 2 && memcmp (lower + n - k, *e, k) == 0)
        return NOUN_REF_MADE;
    }
  return NOUN_REF_NONE;
}

static gboolean
noun_ref_token_byte (guchar b)
{
  return g_ascii_isalnum (b) || b == '-' || b == '/' || b == '_';
}

/* Does an identity document's word stand in t[floor, to), the label's words before its head
 * up to a punctuation mark ("Carte d'identité roumaine de la mère n° RX 847213", "Titre de
 * séjour n° …": ID_DOCUMENT's)? */
static gboolean
noun_ref_denied_before (const char *t, gsize floor, gsize to)
{
  static const char *const documents[]
      = { "permit",   "titre",     "autorisation", "carte",   "identité", "identite", "identity",
          "passport", "passeport", "visa",         "licence", "license",  "permis",   NULL };
  gsize p = to;
  while (p > floor)
    {
      while (p > floor && !(g_ascii_isalpha (t[p - 1]) || (guchar)t[p - 1] >= 0x80))
        {
          if (strchr ("\n,;:()|!?[]", t[p - 1]) != NULL)
            return FALSE;
          p--;
        }
      gsize we = p;
      while (p > floor && (g_ascii_isalpha (t[p - 1]) || (guchar)t[p - 1] >= 0x80))
        p--;
      char lower[16];
      gsize n = we - p;
      if (n == 0 || n >= sizeof lower)
        continue;
      for (gsize i = 0; i < n; i++)
        lower[i]
            = (char)((guchar)t[p + i] >= 'A' && (guchar)t[p + i] <= 'Z' ? t[p + i] + 32 : t[p + i]);
      lower[n] = '\0';
      for (const char *const *d = documents; *d != NULL; d++)
        if (strcmp (lower, *d) == 0)
          return TRUE;
    }
  return FALSE;
}

/* Is the word right before the head noun at ws (spaces between) one that makes it a firm's, a
 * machine's or a test's ("Service user number", "IT incident", "Company Registration No")? */
static gboolean
noun_ref_modified_away (const char *t, gsize floor, gsize ws)
{
  static const char *const modifiers[]
      = { "service",  "it",      "company", "firm",    "business", "merchant", "vendor",
          "supplier", "test",    "sample",  "example", "demo",     "dummy",    "device",
          "server",   "network", "system",  "job",     "build",    "tax",      "vat",
          "pull",     "change",  "feature", "merge",   "http",     "api",      NULL };
  gsize p = ws;
  if (p <= floor || t[p - 1] != ' ')
    return FALSE;
  while (p > floor && t[p - 1] == ' ')
    p--;
  gsize we = p;
  while (p > floor && g_ascii_isalpha (t[p - 1]) && we - p < 12)
    p--;
  if (we - p < 2 || (p > floor && g_ascii_isalpha (t[p - 1])))
    return FALSE;
  for (const char *const *m = modifiers; *m != NULL; m++)
    if (strlen (*m) == we - p && voile_ascii_strncasecmp (t + p, *m, we - p) == 0)
      return TRUE;
  return FALSE;
}

/* Is there a number's word right before the head noun at ws, a "de", "d'" or "du" between
 * ("N° de fiche", "numéro d'affaire")? */
static gboolean
noun_ref_number_before (const char *t, gsize floor, gsize ws)
{
  gsize p = ws;
  for (guint words = 0; words < 2 && p > floor; words++)
    {
      while (p > floor && (t[p - 1] == ' ' || t[p - 1] == '\'' || t[p - 1] == '.'))
        p--;
      if (p >= floor + 3 && (guchar)t[p - 1] == 0x99 && (guchar)t[p - 2] == 0x80
          && (guchar)t[p - 3] == 0xE2)
        p -= 3;
      gsize we = p;
      while (p > floor && (g_ascii_isalpha (t[p - 1]) || (guchar)t[p - 1] >= 0x80))
        p--;
      guint kind = we > p ? noun_ref_word_class (t + p, we - p) : NOUN_REF_NONE;
      if (kind == NOUN_REF_NUMBER)
        return TRUE;
      if (kind != NOUN_REF_FILLER)
        return FALSE;
    }
  return FALSE;
}

/* (g23-refs) Is w[0, n) a proper name's word: a capital (ASCII or a Latin-1 capital of
 * UTF-8), then two to thirteen lower-case letters ("Socredo", "Unistra", "Écully")? */
static gboolean
noun_ref_proper_name (const char *w, gsize n)
{
  gsize i = 0;
  if (n >= 1 && g_ascii_isupper (w[0]))
    i = 1;
  else if (n >= 2 && (guchar)w[0] == 0xC3 && (guchar)w[1] >= 0x80 && (guchar)w[1] <= 0x9E)
    i = 2;
  else
    return FALSE;
  if (n < i + 2 || n > 16)
    return FALSE;
  for (; i < n; i++)
    if (!g_ascii_islower (w[i]) && (guchar)w[i] < 0x80)
      return FALSE;
  return TRUE;
}

/* A byte between a label and its value: a space, a tab, a colon, a hash, an opening bracket. */
static inline gboolean
noun_ref_separator (char b)
{
  return b == ' ' || b == '\t' || b == ':' || b == '#' || b == '(';
}

/* (g22-ids2) Is the value t[v, e) one an identity noun leads: digits only (six to
 * fourteen), or one to three capitals then six digits or more ("AK0441927", "R7712094")? A
 * bare "ID" leads only digits. */
static gboolean
identity_noun_value (const char *t, gsize v, gsize e, gboolean bare_id)
{
  gsize letters = 0, digits = 0;
  while (v + letters < e && g_ascii_isupper (t[v + letters]))
    letters++;
  for (gsize i = v + letters; i < e; i++)
    {
      if (g_ascii_isdigit (t[i]))
        digits++;
      else if (t[i] != '-' || bare_id)
        return FALSE;
    }
  if (bare_id)
    return letters == 0 && digits >= 6 && digits <= 10;
  return letters <= 3 && digits >= 6 && digits <= 14;
}

/* (g22-ids2) Is the word t[ws, ws + n) one that owns a person's "ID" ("her ID is", "alien ID
 * was": Kenya's, a State's number a person quotes)? */
static gboolean
identity_owner_word (const char *t, gsize ws, gsize n)
{
  static const char *const owners[]
      = { "her", "his", "my", "your", "their", "whose", "alien", NULL };
  return voile_ascii_word_in (t + ws, n, owners);
}

/* (g22-refs3) Is the lower-case word w[0, n) one that qualifies a record between its noun and
 * its value: an adjective by its ending ("interne", "administratif", "internal",
 * "provisional", "mutualité", "temporary"), or "au", "aux", "at" before an establishment's
 * capitals (after_caps: the word read before it, nearer the value, was such capitals)? Not a
 * sum's or a time's adjective ("mensuel", "total", "salaire", "annual"). */
static gboolean
noun_ref_qualifier (const char *w, gsize n, gboolean after_caps)
{
  /* adjectives' endings, not the bare "-al", "-el", "-ne", "-ive" of things' nouns (portal,
   * panel, phone, archive) */
  static const char *const ends[]
      = { "erne", "nal", "ical", "ral",  "ial",  "iel",  "uel", "onnel",      "elle", "aire",
          "oire", "tif", "sif",  "tive", "sive", "ique", "ary", "it\xc3\xa9", NULL };
  static const char *const sums[]
      = { /* a sum's or a time's */
          "total", "global", "final", "annuel", "annuelle", "mensuel", "mensuelle", "annual",
          "salaire", "horaire", "bancaire", "tarif", "montant", "journal", "normal", "minimal",
          "maximal", "actual", "nominal", "initial", "capital", "ordinaire", "personnel",
          "personal", "primary", "secondary", "salary", "summary", "inventaire", "formulaire",
          "commentaire", "hebdomadaire", "fiscal", "fiscale", "commercial", "commerciale",
          "municipal", "municipale", "quantité", "capacité", "priorité",
          /* a thing's noun with an adjective's ending */
          "terminal", "signal", "canal", "tutorial", "material", "serial", "editorial", "memorial",
          "library", "dictionary", "glossary", "itinerary", "boundary", "tunnel", "channel",
          "kernel", "panel", "logiciel", "matériel", "materiel", "critical", "technique",
          "boutique", "musique", "fabrique", "rubrique", "archive", "directive", NULL
        };
  char lower[16];

  if (n == 0 || n >= sizeof lower)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      if (g_ascii_isupper (w[i]))
        return FALSE;
      lower[i] = w[i];
    }
  lower[n] = '\0';
  if (after_caps)
    return strcmp (lower, "au") == 0 || strcmp (lower, "aux") == 0 || strcmp (lower, "at") == 0;
  if (n < 5)
    return FALSE;
  gboolean adjective = FALSE;
  for (const char *const *e = ends; *e != NULL && !adjective; e++)
    {
      gsize k = strlen (*e);
      adjective = n > k + 2 && memcmp (lower + n - k, *e, k) == 0;
    }
  for (const char *const *x = sums; *x != NULL && adjective; x++)
    if (strcmp (lower, *x) == 0)
      return FALSE;
  return adjective;
}

/* The value at anchor and the start of its head noun; FALSE when it is none. *identity
 * (g22-ids2): the head is an identity document's or a national number's noun ("NIN", "foil
 * no.", "carte de résident n°", "(ID No. …)", "her ID is …"), the value ID_DOCUMENT's. */
/* (g24-refs-en) the documents and registers whose own numbers a system's code may be, not
 * a person's file, before "no."/"ref" ("Report no.: IR-2026-031", "Remittance no.:") */
static const char *const code_led_documents[]
    = { "report", "remittance", "program", "programme", "database", "register", "quotation",
        "proposal", "estimate", "projet",
        /* (g25-refs-en) a document an office sends to many ("circulaire n° CIR/MJ/2024/017") */
        "circular", "circulaire", "memo", "memorandum", "directive", "notification", "gazette",
        NULL };

/* (g24-refs-en) Is w[0, n) a noun that may name an office or a record: ASCII letters only
 * (no French or other label of accents: "salubrité n°"), not a verb's "-ing" or "-ed" form
 * ("quoting reference …", "attached ref …")? */
static gboolean
code_led_ascii_word (const char *w, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isalpha (w[i]))
      return FALSE;
  if (n >= 5 && voile_ascii_strncasecmp (w + n - 3, "ing", 3) == 0)
    return FALSE;
  return !(n >= 4 && voile_ascii_strncasecmp (w + n - 2, "ed", 2) == 0);
}

/* (g24-refs-en) Is the word before the head at ws (spaces between) a thing's, a document's
 * or a machine's ("DEVIS … N°", "job order ref")? */
static gboolean
code_led_thing_before (const char *t, gsize floor, gsize ws)
{
  gsize p = ws;
  while (p > floor && (t[p - 1] == ' ' || t[p - 1] == '\''))
    p--;
  gsize we = p;
  while (p > floor && we - p < 30 && (g_ascii_isalpha (t[p - 1]) || (guchar)t[p - 1] >= 0x80))
    p--;
  return we > p && noun_ref_word_class (t + p, we - p) == NOUN_REF_DENY;
}

/* (g24b-prose) a verb's words between a label and its value in a sentence, a speaker's
 * hesitation or insistence after it: read past next to the value only */
static const char *const noun_ref_copulas[]
    = { "est",  "sera",     "serait", "reste", "is",  "was", "will", "be",  "remains",
        "bien", "toujours", "euh",    "still", "now", "le",  "la",   "the", NULL };

/* (g24b-prose) the verbs among them, and a person's possessives opening a sentence's label */
static const char *const noun_ref_verbs[]
    = { "est", "sera", "serait", "reste", "is", "was", "will", "be", "remains", NULL };
/* (g24b-prose) the words before "number" that make it a phone's ("my new number is …") */
static const char *const noun_ref_phone_words[]
    = { "new",      "old",      "current", "cell",    "mobile",   "home",    "work",
        "direct",   "landline", "contact", "fax",     "whatsapp", "nouveau", "ancien",
        "portable", "fixe",     "perso",   "private", "personal", "office",  NULL };
static const char *const noun_ref_possessives[]
    = { "my",  "your", "his", "her", "their", "our",   "mon",  "ma",
        "ton", "ta",   "son", "sa",  "votre", "notre", "leur", NULL };

/* (g25-refs-en) Is w[0, n) in lower case (a sentence's noun, not a form's or a name's)? */
static gboolean
noun_ref_all_lower (const char *w, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_islower (w[i]))
      return FALSE;
  return TRUE;
}

/* (g25-refs-en) A form's field: does a label start at ws, at its line's start or its
 * column's (a tab, two spaces, a bullet's or a field code's gap: "FL60  Insured's unique ID:",
 * "1a  Insured's ID:", "- Bond number:")? */
static gboolean
form_label_starts (const char *t, gsize ws)
{
  if (ws == 0 || t[ws - 1] == '\n' || t[ws - 1] == '\t')
    return TRUE;
  if (t[ws - 1] != ' ')
    return FALSE;
  if (ws == 1 || t[ws - 2] == ' ' || t[ws - 2] == '\n')
    return TRUE;
  return (t[ws - 2] == '-' || t[ws - 2] == '*')
         && (ws == 2 || t[ws - 3] == '\n' || t[ws - 3] == ' ');
}

/* (g25-refs-en) Does the value t[v, e) end its line or its column (spaces then the line's
 * end, two spaces, a tab, '|' or ';')? */
static gboolean
form_value_ends (const char *t, gsize len, gsize e)
{
  gsize q = e;
  while (q < len && q - e < 2 && t[q] == ' ')
    q++;
  return q >= len || t[q] == '\n' || t[q] == '\r' || t[q] == '\t' || t[q] == '|' || t[q] == ';'
         || q - e == 2;
}

/* (g25-refs-en) the words of a form's label that make its number a firm's, a practitioner's or
 * a bank's routing, a phone's, not a person's file */
static const char *const form_label_refused[]
    = { "charity", "reg", "registered", "fca", "npi", "dea", "gst", "hst", "employer", "practice",
        "facility", "store", "branch", "routing", "sort", "swift", "bic", "iban", "bsb", "aba",
        "fax", "cell", "mobile", "contact", "whatsapp", "landline", "office", "tin", "ein", "ssn",
        "sin", "nhs", "ni", "nino", "vehicle", "unit", "flat", "apt", "suite", "box", "po", "zip",
        "postcode", "route",
        /* a State's number of a person (ID_DOCUMENT's, a tax number's), a firm's */
        "identification", "taxpayer", "federal", "civil", "nat", "citizenship", "social",
        "security", "establishment", "business", "organisation", "organization", "agency",
        "institution", "school", "wallet",
        /* a supply point's meter (electricity, gas) */
        "icp", "mpan", "mprn", "pdl", "pce", NULL };

/* The last byte of a label before its value's separators: a letter, a dot ("No.") or a byte
 * of UTF-8 ("n°", "numéro"). */
static gboolean
noun_ref_label_last_byte (guchar c)
{
  return g_ascii_isalpha (c) || c == '.' || c >= 0x80;
}

/* (g24b-keys) A value opening its line at anchor: does the line before end on a label's last
 * byte? Most lines opening on digits are a table's or a log's. */
static gboolean
noun_ref_line_before_ends_label (const char *t, gsize anchor)
{
  gsize q = anchor - 1;
  if (q > 0 && t[q - 1] == '\r')
    q--;
  return q > 0 && noun_ref_label_last_byte ((guchar)t[q - 1]);
}

/* (g24b-keys) The label's end for the value at t[v, anchor…): the value's own start, or the
 * end of the line before when the value opens its line (a few spaces of indent at most) and
 * that line is prose, no table's row (no tab, no pipe): text wrapped at a fixed width puts
 * the line's break where a space was ("…, case number\nGL-25-0883.", "(MRN\nH0471129)",
 * "référence locataire\nBH-0045871)") */
static gsize
noun_ref_label_end (const char *t, gsize len, gsize v, gsize anchor)
{
  gsize b = v;
  while (b > 0 && v - b < 8 && (t[b - 1] == ' ' || t[b - 1] == '\t'))
    b--;
  if (b <= 1 || t[b - 1] != '\n')
    return v;
  gsize le = b - 1;
  if (le > 0 && t[le - 1] == '\r')
    le--;
  gboolean prose = le > 0 && t[le - 1] != '\n';
  for (gsize i = le; prose && i > 0 && le - i < 160 && t[i - 1] != '\n'; i--)
    prose = t[i - 1] != '\t' && t[i - 1] != '|' && t[i - 1] != ';';
  /* nor a delimited row's first cell under its header ("…;N° donateur" over
   * "RF-2026-0001;08/01/2026;…") */
  gsize a = anchor;
  while (prose && a < len && a - v < 40 && noun_ref_token_byte ((guchar)t[a]))
    a++;
  if (prose
      && (a >= len
          || !(t[a] == ';' || t[a] == '\t' || t[a] == '|'
               || (t[a] == ',' && a + 1 < len && t[a + 1] != ' ' && t[a + 1] != '\n'))))
    return le;
  return v;
}

/* Does a label's last byte stand before the separators that end at lv (at most four of
 * them, or a form's aligned colon: "OWWA No.      : OW-2023-4471829")? */
static gboolean
noun_ref_label_before (const char *t, gsize lv)
{
  gsize q = lv;
  while (q > 0 && lv - q < 4 && noun_ref_separator (t[q - 1]))
    q--;
  /* (g25-refs-en) a form's aligned colon */
  if (q > 0 && lv - q == 4)
    {
      gsize r = q;
      while (r > 0 && lv - r < 40 && (t[r - 1] == ' ' || t[r - 1] == ':'))
        r--;
      if (memchr (t + r, ':', lv - r) != NULL)
        q = r;
    }
  return q > 0 && noun_ref_label_last_byte ((guchar)t[q - 1]);
}

static gboolean
noun_led_reference_core (const char *t, gsize len, gsize anchor, gsize *start, gsize *end,
                         gsize *head, gboolean *identity, gboolean for_identity, gboolean code_led)
{
  gsize v = anchor;
  gsize id_at = G_MAXSIZE; /* an "ID" in capitals among the label's number words */

  /* a value opening its line: the line before ends on its label, or no label leads it */
  if (anchor > 1 && t[anchor - 1] == '\n' && !noun_ref_line_before_ends_label (t, anchor))
    return FALSE;
  gsize last_ws = G_MAXSIZE; /* the start of the label's word read last */
  gboolean only_numbers = TRUE;

  *identity = FALSE;

  /* the value's start: the capitals and dashes before a digit anchor ("SLR-MX-0082214") */
  while (v > 0 && anchor - v < 24 && noun_ref_token_byte ((guchar)t[v - 1]))
    v--;
  while (v < anchor && !g_ascii_isalnum (t[v]))
    v++;
  gsize lv = noun_ref_label_end (t, len, v, anchor);
  if (lv == v && v > 0 && !noun_ref_separator (t[v - 1]))
    return FALSE;
  if (!noun_ref_label_before (t, lv))
    return FALSE;
  gsize digits = 0, letters = 0;
  for (gsize i = v; i < anchor; i++)
    if (g_ascii_isdigit (t[i]))
      return FALSE; /* tried at the value's first digits */
  /* a digit anchor inside a value whose capitals the upper-digit anchor already tries (the
   * identity rule has the digits' anchor only: "foil no. R7712094") */
  if (v < anchor && g_ascii_isupper (t[v]) && !for_identity)
    for (gsize i = v; i < v + 4 && i < len; i++)
      if (g_ascii_isdigit (t[i]))
        return FALSE;
  gsize e = v;
  while (e < len && e - v < 40 && noun_ref_token_byte ((guchar)t[e]))
    {
      if (g_ascii_isdigit (t[e]))
        digits++;
      else if (g_ascii_islower (t[e]))
        return FALSE;
      else if (g_ascii_isupper (t[e]))
        letters++;
      e++;
    }
  while (e > v && !g_ascii_isalnum (t[e - 1]))
    e--;
  /* (g22-refs2) digits grouped by three after the first run, as a register prints them:
   * "3.812.447", "47.118.302", "750.201.441.880", "SAL-4471.208", "62/118 447", "25 118 774"
   * (a space only after a run of three digits at most and a number's word, below); one
   * separator throughout, not an IP address, not a sum's decimals ("1.500.000,00") */
  char grouped = 0;
  guint groups = 0;
  if (e > v && g_ascii_isdigit (t[e - 1]))
    {
      gsize run = 0;
      while (run < e - v && g_ascii_isdigit (t[e - 1 - run]))
        run++;
      while (e + 4 <= len && (t[e] == '.' || t[e] == ' ') && (grouped == 0 || t[e] == grouped)
             && g_ascii_isdigit (t[e + 1]) && g_ascii_isdigit (t[e + 2])
             && g_ascii_isdigit (t[e + 3]) && (e + 4 == len || !g_ascii_isalnum (t[e + 4]))
             && (t[e] == '.' || (run >= 1 && run <= 3)) && e - v < 32)
        {
          grouped = t[e];
          groups++;
          digits += 3;
          e += 4;
        }
      /* a group of another length after them: a phone's or another layout ("424 881 0937") */
      if (grouped != 0 && e + 1 < len && t[e] == grouped && g_ascii_isdigit (t[e + 1]))
        return FALSE;
      if (grouped == '.' && letters == 0 && groups == 3 && run <= 3)
        {
          /* four dotted runs of a byte each: an IP address */
          gboolean ip = TRUE;
          for (gsize i = v, n = 0; i <= e && ip; i++)
            if (i == e || t[i] == '.')
              ip = n <= 255, n = 0;
            else if (g_ascii_isdigit (t[i]))
              n = n * 10 + (guint)(t[i] - '0');
            else
              ip = FALSE;
          if (ip)
            return FALSE;
        }
    }

  if (e - v > 32 || digits < 4)
    return FALSE;
  if (e < len && (noun_ref_token_byte ((guchar)t[e]) || t[e] == '@'))
    return FALSE;
  if (e + 1 < len && strchr (".,:", t[e]) != NULL && g_ascii_isalnum (t[e + 1]))
    return FALSE;
  if (letters == 0 && digits < 6)
    return FALSE;
  /* a year and a short sequence ("2026-004"): a register's entry of the year, no person's file */
  if (letters == 0 && e - v >= 6 && e - v <= 9 && (t[v] == '1' || t[v] == '2')
      && g_ascii_isdigit (t[v + 1]) && g_ascii_isdigit (t[v + 2]) && g_ascii_isdigit (t[v + 3])
      && (t[v + 4] == '-' || t[v + 4] == '/'))
    return FALSE;
  /* a word among the letters ("1-800-GAMBLER"): references' letters come in short groups */
  for (gsize i = v, run = 0; i < e; i++)
    if ((run = g_ascii_isalpha (t[i]) ? run + 1 : 0) >= 6)
      return FALSE;
  /* a placeholder's or a mask's letters: "31/12/AAAA", "XXXX-4417" */
  for (gsize i = v; i < e;)
    {
      gsize g = i;
      while (i < e && g_ascii_isupper (t[i]) && t[i] == t[g])
        i++;
      if (i - g >= 2 && (i == e || !g_ascii_isupper (t[i]))
          && (g == v || !g_ascii_isupper (t[g - 1])))
        return FALSE;
      if (i == g)
        i++;
    }
  if (letters == 0 && digits > 14)
    return FALSE;

  /* the label, read back on its line */
  gsize p = lv, floor = lv > 64 ? lv - 64 : 0;
  guint numbers = 0, qualifiers = 0, words = 0;
  gsize qual_end = G_MAXSIZE; /* the end of the qualifier next to the value */
  gboolean last_caps = FALSE;
  gboolean copula = TRUE;    /* (g24b-prose) only a verb's words read yet, next to the value */
  gboolean verb = FALSE;     /* (g24b-prose) a verb among them ("is", "est", "will be") */
  guint free_words = 0;      /* (g24b-prose) nouns of no class between a possessive and the verb */
  gboolean ref_word = FALSE; /* (g24b-prose) the number's word next to the verb is a reference's */
  while (p > floor
         && (t[p - 1] == ' ' || t[p - 1] == '\t' || t[p - 1] == ':' || t[p - 1] == '#'
             || t[p - 1] == '.'))
    p--;
  /* (g25-refs-en) a code of slashes ("LS/D/2231/2018", "MAH/4421/2014"): a survey plan's, a
   * firm's invoice's or a practitioner's as often as a person's file; only a case's or a
   * person's noun, a form's label or a sentence's lower-case noun before its number's word
   * reads it ("NHIA enrolee number is OYS/0092/114573/A"), not a bare "ref" or "No." */
  gboolean slash_code = code_led && memchr (t + v, '/', e - v) != NULL;
  /* (g25-refs-en) a form's field: a colon or a leader's dots between the label and a value
   * on the same line that ends its line or its column; a '#' counts as the number's word
   * ("Intake #: …", "Med. Rec. #: …", "Rx # ........ …") */
  gboolean form = FALSE, form_hash = FALSE;
  guint form_words = 0;
  if (!for_identity && lv == v && form_value_ends (t, len, e))
    for (gsize i = p; i < v; i++)
      {
        form |= t[i] == ':' || (t[i] == '.' && i + 1 < v && t[i + 1] == '.');
        form_hash |= t[i] == '#';
      }
  while (p > floor && words < 5)
    {
      gsize we = p;
      /* (g22-ids2) "National Identification Number (NIN) is …": an identity noun's
       * abbreviation in brackets leads */
      if (t[p - 1] == ')' && p - floor > 3)
        {
          gsize q = p - 1;
          while (q > floor && p - q < 10 && g_ascii_isalpha (t[q - 1]))
            q--;
          if (q > floor && t[q - 1] == '(' && p - 1 - q >= 3
              && noun_ref_word_class (t + q, p - 1 - q) == NOUN_REF_IDENTITY)
            {
              *start = v;
              *end = e;
              *head = q;
              *identity = identity_noun_value (t, v, e, FALSE);
              return *identity;
            }
        }
      while (p > floor
             && (g_ascii_isalpha (t[p - 1]) || (guchar)t[p - 1] >= 0x80 || t[p - 1] == '_'))
        p--;
      gsize ws = p;
      if (ws == we && code_led && numbers > 0 && t[p - 1] != '/'
          && memchr (t + last_ws, ':', v - last_ws) == NULL && !slash_code)
        {
          /* (g24-refs-en) a system's code after a number's word alone, an office's capitals
           * before it or none ("Ref GRV-26-009", "MASH ref MASH-25-117402"): its own
           * prefix says it is a file's */
          *start = v;
          *end = e;
          *head = last_ws;
          return TRUE;
        }
      if (ws == we)
        {
          /* (g22-ids2) ", ID No. 28893014", "(ID No. 31884207)": a bare "ID" opening the
           * label after a comma or a bracket, a number's word or a verb after it */
          if (id_at != G_MAXSIZE && id_at == last_ws && only_numbers && (numbers >= 2 || words > 1)
              && strchr ("(,;", t[p - 1]) != NULL && identity_noun_value (t, v, e, TRUE))
            {
              *start = v;
              *end = e;
              *head = id_at;
              *identity = TRUE;
              return TRUE;
            }
          return FALSE;
        }
      /* "d’entente", "l'IPP": the article's letter apart */
      gsize n = we - ws;
      /* (g24b-prose) the verb between a label and its value in a sentence, and a speaker's
       * words after it, read past before the label's words: "numéro d'arbitre c'est bien
       * 2530418862", "loan number will be 2026118804", "dossier sera le …" (the label's
       * own words and classes decide as on a form) */
      if (copula && ws > floor && voile_ascii_word_in (t + ws, n, noun_ref_copulas))
        {
          verb |= voile_ascii_word_in (t + ws, n, noun_ref_verbs);
          /* "c'est", "c’est": the pronoun's letter before an apostrophe */
          if (ws >= floor + 2 && t[ws - 1] == '\'' && (t[ws - 2] | 0x20) == 'c'
              && (ws == floor + 2 || !g_ascii_isalpha (t[ws - 3])))
            ws -= 2;
          else if (ws >= floor + 4 && (guchar)t[ws - 1] == 0x99 && (guchar)t[ws - 2] == 0x80
                   && (guchar)t[ws - 3] == 0xE2 && (t[ws - 4] | 0x20) == 'c'
                   && (ws == floor + 4 || !g_ascii_isalpha (t[ws - 5])))
            ws -= 4;
          /* a sentence wraps its lines: a verb's words may end one ("will\nbe …") */
          p = ws;
          while (p > floor && (t[p - 1] == ' ' || t[p - 1] == '\n'))
            p--;
          if (p == ws)
            return FALSE;
          continue;
        }
      copula = FALSE;
      words++;
      /* (g24b-prose) "My juror number is 411928370", "His NSN is 139 482 607", "your
       * reference is …": a person's possessive opens the label of a value a verb gives in a
       * sentence; one or two nouns of no class between (the label's own classes refuse a
       * thing's, a document's or a machine's noun below, as on a form) */
      if (verb && numbers > 0 && (free_words > 0 || ref_word)
          && voile_ascii_word_in (t + ws, n, noun_ref_possessives))
        {
          *start = v;
          *end = e;
          *head = ws;
          return !noun_ref_modified_away (t, floor, ws);
        }
      if (free_words > 0)
        {
          guint k = noun_ref_word_class (t + ws, n);
          gboolean lower = TRUE;
          for (gsize i = ws; lower && i < we; i++)
            lower = !g_ascii_isupper (t[i]);
          /* a person's noun may qualify it ("volunteer badge number") */
          if ((k != NOUN_REF_NONE && k != NOUN_REF_PERSON && k != NOUN_REF_MADE) || !lower
              || ++free_words > 2 || n < 3 || voile_ascii_word_in (t + ws, n, code_led_documents))
            return FALSE;
          last_ws = ws;
          while (p > floor && (t[p - 1] == ' ' || t[p - 1] == '-'))
            p--;
          continue;
        }
      /* the number's words, the commonest, without a lookup ("n°", "no", "id") */
      guint kind = (n == 2 && (t[ws] | 0x20) == 'i' && (t[ws + 1] | 0x20) == 'd')
                           || (n == 2 && (t[ws] | 0x20) == 'n' && (t[ws + 1] | 0x20) == 'o')
                           || (n == 3 && (t[ws] | 0x20) == 'n' && (guchar)t[ws + 1] == 0xC2
                               && ((guchar)t[ws + 2] == 0xB0 || (guchar)t[ws + 2] == 0xBA))
                       ? NOUN_REF_NUMBER
                       : noun_ref_word_class (t + ws, n);
      /* "AP-HP", "CHU", "A": an establishment's or a duplicate's capitals */
      gboolean caps = n <= 5;
      for (gsize i = ws; caps && i < we; i++)
        caps = g_ascii_isupper (t[i]);
      /* (g25-refs-en) past a form's words of no class, only the whole label opening its line
       * decides (below): a person's or a case's noun further back is one more of its words
       * ("PAYER'S federal identification number:") */
      if (form_words > 0 && kind != NOUN_REF_NUMBER && kind != NOUN_REF_FILLER
          && kind != NOUN_REF_DENY)
        kind = NOUN_REF_FORM_WORD;
      switch (kind)
        {
          case NOUN_REF_FORM_WORD:
            if (++form_words > 3)
              return FALSE;
            break;
          case NOUN_REF_DENY:
            return FALSE;
          case NOUN_REF_IDENTITY:
            *start = v;
            *end = e;
            *head = ws;
            /* not a firm's "company identity number", a "tax identity" */
            *identity
                = identity_noun_value (t, v, e, FALSE) && !noun_ref_modified_away (t, floor, ws);
            return *identity;
          case NOUN_REF_NUMBER:
            if (n == 2 && t[ws] == 'I' && t[ws + 1] == 'D')
              id_at = ws;
            /* "your reference is …", not "his number is" (a phone's) nor "her ID is" */
            ref_word = numbers == 0 && (t[ws] | 0x20) == 'r';
            numbers++;
            break;
          case NOUN_REF_FILLER:
            break;
          case NOUN_REF_CASE:
          case NOUN_REF_CASE_NAMED:
            /* French puts the number's word first: "N° de fiche : 119-2025-118452" */
            if (numbers == 0 && noun_ref_number_before (t, floor, ws))
              numbers++;
            if (letters == 0 && (numbers == 0 || kind == NOUN_REF_CASE_NAMED))
              return FALSE;
            /* "Request ID: RQ-5512" is a machine's request: a request's or a notice's own number
             * follows its noun with no number's word ("Request PRV-118873") */
            if (kind == NOUN_REF_CASE_NAMED && (letters < 2 || numbers > 0))
              return FALSE;
            if (grouped == ' ' && numbers == 0)
              return FALSE;
            *start = v;
            *end = e;
            *head = ws;
            return !noun_ref_denied_before (t, floor, ws) && !noun_ref_modified_away (t, floor, ws);
          case NOUN_REF_PERSON:
          case NOUN_REF_MADE:
            if (kind == NOUN_REF_MADE && numbers == 0)
              return FALSE;
            if (grouped == ' ' && numbers == 0 && !noun_ref_number_before (t, floor, ws))
              return FALSE;
            *start = v;
            *end = e;
            *head = ws;
            if (noun_ref_denied_before (t, floor, ws))
              {
                /* (g22-ids2) "carte de résident n° …", "resident card": a State's card */
                *identity = n >= 8 && identity_noun_value (t, v, e, FALSE)
                            && (voile_ascii_strncasecmp (t + ws, "resident", 8) == 0
                                || (n >= 9 && memcmp (t + ws + 1, "\xc3\xa9sident", 8) == 0));
                return *identity;
              }
            return !noun_ref_modified_away (t, floor, ws);
          default:
            /* (g22-ids2) "her ID is 4417203": a person's own "ID" */
            if (id_at != G_MAXSIZE && id_at == last_ws && only_numbers
                && identity_owner_word (t, ws, n) && identity_noun_value (t, v, e, TRUE))
              {
                *start = v;
                *end = e;
                *head = id_at;
                *identity = TRUE;
                return TRUE;
              }
            only_numbers = FALSE;
            /* (g24b-prose) a noun of no class before the number's word of a sentence's
             * label ("juror number is"): only a possessive may open that label (above) */
            if (verb && numbers > 0 && words == numbers + 1 && !caps && n >= 3 && qualifiers == 0
                && code_led_ascii_word (t + ws, n)
                && !voile_ascii_word_in (t + ws, n, noun_ref_phone_words)
                && !voile_ascii_word_in (t + ws, n, code_led_documents)
                && !code_led_thing_before (t, floor, ws) && !noun_ref_denied_before (t, floor, ws))
              {
                free_words = 1;
                last_ws = ws;
                while (p > floor && (t[p - 1] == ' ' || t[p - 1] == '-'))
                  p--;
                continue;
              }
            /* (g24-refs-en) a system's code after a number's word and the noun naming its
             * office or its record, one no list holds ("Clinic ref TSMC-26-018804",
             * "Shelter ID BK-25-0412", "Slip No.: GAM-BD-26-01947736"): a thing's, a
             * document's or a machine's noun was refused above */
            if (code_led && numbers > 0 && words == numbers + 1 && !caps && n >= 3
                && code_led_ascii_word (t + ws, n)
                && (!slash_code || noun_ref_all_lower (t + ws, n))
                && !voile_ascii_word_in (t + ws, n, code_led_documents)
                && !code_led_thing_before (t, floor, ws) && !noun_ref_denied_before (t, floor, ws)
                && !noun_ref_modified_away (t, floor, ws))
              {
                *start = v;
                *end = e;
                *head = ws;
                return TRUE;
              }
            /* (g23-refs) the firm's or the establishment's name in mixed case between the
             * noun and the colon before the value ("numéro étudiant Unistra : 22411603",
             * "member no. Medibank: …"): one word, next to the value, as its capitals are */
            if (!caps && words == 1 && noun_ref_proper_name (t + ws, n)
                && memchr (t + we, ':', v - we) != NULL)
              caps = TRUE;
            if (caps)
              {
                if (++qualifiers > 2)
                  return FALSE;
                qual_end = qual_end == G_MAXSIZE ? we : qual_end;
                last_caps = TRUE;
                break;
              }
            /* (g22-refs3) one or two lower-case words qualifying the record between its noun
             * and the value ("matricule interne 004871", "n° d'affilié mutualité :",
             * "IPP au CHU :", "dossier administratif n°"): an adjective's ending, or "au",
             * "aux", "at" before an establishment's capitals; 24 bytes at most */
            if (++qualifiers > 2 || !noun_ref_qualifier (t + ws, n, last_caps)
                || (qual_end != G_MAXSIZE && qual_end - ws > 24))
              {
                /* (g25-refs-en) a form's label of one to three words of no class before its
                 * number's word ("EDG number:", "Bond number:", "Herd No:", "Victim number:"),
                 * accepted only when it opens its line or its column (below) */
                if (!form || (numbers == 0 && !form_hash) || ++form_words > 3 || n > 20
                    || voile_ascii_word_in (t + ws, n, noun_ref_phone_words)
                    || voile_ascii_word_in (t + ws, n, code_led_documents))
                  return FALSE;
                for (gsize i = ws; i < we; i++)
                  if (!g_ascii_isalpha (t[i]))
                    return FALSE;
                qualifiers--;
              }
            qual_end = qual_end == G_MAXSIZE ? we : qual_end;
            last_caps = FALSE;
            break;
        }
      last_ws = ws;
      /* (g25-refs-en) a form's label read whole: it opens its line or its column */
      if (form && (numbers > 0 || form_hash) && (form_words > 0 || qualifiers > 0)
          && form_label_starts (t, ws) && !span_has_any_word (t, ws, v, form_label_refused))
        {
          *start = v;
          *end = e;
          *head = ws;
          return TRUE;
        }
      /* the separators between two words of a label: spaces, an abbreviation's dot, an
       * apostrophe, a dash, "n°"'s sign */
      while (p > floor
             && (t[p - 1] == ' ' || t[p - 1] == '.' || t[p - 1] == '\'' || t[p - 1] == '-'))
        p--;
      if (p >= 3 && p > floor && (guchar)t[p - 1] == 0x99 && (guchar)t[p - 2] == 0x80
          && (guchar)t[p - 3] == 0xE2)
        p -= 3;
    }
  return FALSE;
}

/* A person's or a file's reference after its noun (noun_led_reference_core()); not an
 * identity document's. */
static gboolean
noun_led_reference (const char *t, gsize len, gsize anchor, gsize *start, gsize *end, gsize *head)
{
  gboolean identity;
  return noun_led_reference_core (t, len, anchor, start, end, head, &identity, FALSE, FALSE)
         && !identity;
}

/* (g22-ids2) An identity document's or a national number's value after its noun. */
static gboolean
identity_noun_reference (const char *t, gsize len, gsize anchor, gsize *start, gsize *end,
                         gsize *head)
{
  gboolean identity;
  return noun_led_reference_core (t, len, anchor, start, end, head, &identity, TRUE, FALSE)
         && identity;
}

/* The value after a head noun found by its keyword (values whose capitals the anchors of
 * digits and capitals do not stop at: "FAM-0048871", "INC-2025-004417"): the first word that
 * opens on a capital or a digit and holds a digit, past the label's words, on its line. */
static gsize
noun_ref_value_after (const char *t, gsize len, gsize anchor)
{
  gsize p = anchor, lim = MIN (len, anchor + 48);

  gboolean wrapped = FALSE;

  while (p < lim && (g_ascii_isalpha (t[p]) || (guchar)t[p] >= 0x80))
    p++;
  while (p < lim)
    {
      guchar b = (guchar)t[p];
      /* (g24b-keys) one line's break, where a text wrapped at a fixed width put a space
       * (noun_led_reference_core() checks the line is prose) */
      if (b == '\n' || b == '\r')
        {
          if (wrapped && b == '\n')
            return G_MAXSIZE;
          wrapped |= b == '\n';
          p++;
          continue;
        }
      if (g_ascii_isdigit (b) || g_ascii_isupper (b))
        {
          gsize q = p;
          while (q < len && q - p < 40 && noun_ref_token_byte ((guchar)t[q]))
            if (g_ascii_isdigit (t[q++]))
              return p;
          p = q;
        }
      else if (g_ascii_isalpha (b) || b >= 0x80 || strchr (" \t.:#'-", b) != NULL)
        p++;
      else
        return G_MAXSIZE;
    }
  return G_MAXSIZE;
}

static gboolean
m_noun_led_reference (VoileCandidate *c)
{
  gsize head, at = c->anchor;

  if (g_ascii_isalpha (c->text[at]))
    {
      /* a keyword's anchor: a head noun, its value further on */

      at = noun_ref_value_after (c->text, c->len, at);
      if (at == G_MAXSIZE || !noun_led_reference (c->text, c->len, at, &c->start, &c->end, &head))
        return FALSE;
      return head == c->anchor;
    }
  return noun_led_reference (c->text, c->len, at, &c->start, &c->end, &head);
}

static gboolean
v_noun_led_reference (VoileCandidate *c)
{
  gsize s, e, head;
  if (!noun_led_reference (c->text, c->len, c->start, &s, &e, &head))
    return FALSE;
  c->match_start = head;
  gsize letters = 0;
  while (c->start + letters < c->end && g_ascii_isalpha (c->text[c->start + letters]))
    letters++;
  if (span_has_any_word (c->text, c->start, c->start + letters, label_value_kinds))
    return FALSE;
  return v_customer_id (c);
}

/* (g24-refs-en) A system's code (capitals, then digit runs joined by dashes: "GRV-26-009",
 * "MASH-25-117402", "FSM-ECS-2025-889301") after the noun of whose it is, read back by
 * noun_led_reference(), anchored at the code's first capital (CODE_DASH): the digit
 * anchors never stop after a letter's dash, and the noun-led rule's own anchors want six
 * digits in a run or a listed head's keyword ("logged as grievance GRV-26-009", "complaint
 * MSD-CMP-4471029"). The value: two capitals or more opening it, its last run of digits
 * three or more, four digits at least. */
static gboolean
m_code_led_reference (VoileCandidate *c)
{
  gsize head, e = c->anchor, last_run = 0, best_run = 0, digits = 0;
  const char *t = c->text;
  gboolean slash = FALSE;

  while (e < c->len && e - c->anchor < 32 && (g_ascii_isalnum (t[e]) || t[e] == '-' || t[e] == '/'))
    {
      last_run = g_ascii_isdigit (t[e]) ? last_run + 1 : 0;
      best_run = MAX (best_run, last_run);
      digits += g_ascii_isdigit (t[e]) != 0;
      slash |= t[e] == '/';
      e++;
    }
  /* (g25-refs-en) a code of slashes: a run of three digits, four digits at least, a last
   * group of one letter after them ("OYS/0092/114573/A", a member's suffix), no two '/' or
   * '-' in a row, no '/' at the end */
  if (slash)
    {
      if (best_run < 3 || digits < 4 || t[e - 1] == '/' || t[e - 1] == '-')
        return FALSE;
      for (gsize i = c->anchor + 1; i < e; i++)
        if ((t[i] == '/' || t[i] == '-') && (t[i - 1] == '/' || t[i - 1] == '-'))
          return FALSE;
      if (last_run == 0 && !(e - c->anchor >= 2 && t[e - 2] == '/' && best_run >= 3))
        return FALSE;
    }
  else if (last_run < 3 || last_run == e - c->anchor)
    return FALSE;
  gboolean identity;
  return noun_led_reference_core (t, c->len, c->anchor, &c->start, &c->end, &head, &identity, FALSE,
                                  TRUE)
         && !identity && c->end == e;
}

static gboolean
v_code_led_reference (VoileCandidate *c)
{
  gsize letters = 0;
  while (c->start + letters < c->end && g_ascii_isalpha (c->text[c->start + letters]))
    letters++;
  /* an expense claim's or a transaction's own number ("Claim: EXP-26-11-0457", "TRX-…") */
  static const char *const spends[] = { "exp", "trx", "txn", NULL };
  if (span_has_any_word (c->text, c->start, c->start + letters, label_value_kinds)
      || span_has_any_word (c->text, c->start, c->start + letters, spends))
    return FALSE;
  /* (g25-refs-en) an invoice's, an order's or a spend's segment further in a code of
   * slashes ("KBB/INV/2027/118", "HQ/PO/2027/0041") */
  static const char *const documents[] = { "inv", "po", "exp", "trx", "txn", "ndf", "rcpt", NULL };
  if (memchr (c->text + c->start, '/', c->end - c->start) != NULL
      && span_has_any_word (c->text, c->start + letters, c->end, documents))
    return FALSE;
  return v_customer_id (c);
}

/* (g22-ids2) At a capital's anchor, the value identity_noun_value() takes: one to three
 * capitals, then six digits (most capitals before a digit are no such value: "B2B",
 * "SW1A"). */
static gboolean
pf_identity_noun (const char *t, gsize len, gsize anchor, gsize end)
{
  (void)end;
  if (!g_ascii_isupper (t[anchor]))
    return TRUE;
  gsize p = anchor;
  while (p < len && p - anchor < 4 && g_ascii_isupper (t[p]))
    p++;
  for (gsize k = 0; k < 6; k++)
    if (p + k >= len || !g_ascii_isdigit (t[p + k]))
      return FALSE;
  return p - anchor <= 3;
}

/* (g22-ids2) An identity document's value after its noun, by the noun-led reading, at the
 * value's digits or its capitals before a digit ("foil no. R7712094"). */
static gboolean
m_identity_noun_reference (VoileCandidate *c)
{
  gsize head;
  return identity_noun_reference (c->text, c->len, c->anchor, &c->start, &c->end, &head);
}

/* Head nouns of noun_ref_word_class() as keywords: the anchor for values the digits' and
 * capitals' anchors miss ("FAM-0048871", "PRV-118873": one or three capitals before a dash).
 * Only heads whose first three bytes other rules' keywords mostly share (a keyword's first
 * three bytes are tested at every word start of a scan). */
static const char *const kw_noun_ref_heads[]
    = { "appeal$", "request$", "famille$", "family$", "dossier$", "dispute$", "claim$", "case$",
        "member$", "player$", "seller$", "uid$", "ipp$", "nda$", "nsn$", "upn$", "subpoena$",
        "referral$", "sejour$",
        /* (g23-refs) an affiliate's number opening on capitals ("N° d'affiliée : SAL-4471.208") */
        "affili", NULL };

/* Does the word word[0, n) end like a nationality: Irish, Italian, Swiss, Chinese, Thai,
 * Dutch, Icelandic, Korean? */
static gboolean
ends_like_nationality (const char *word, gsize n)
{
  static const char *const ends[] = { "ish", "an", "ss", "ese", "ai", "ch", "ic", "ean", NULL };
  for (const char *const *x = ends; *x != NULL; x++)
    {
      gsize k = strlen (*x);
      if (n > k && voile_ascii_strncasecmp (word + n - k, *x, k) == 0)
        return TRUE;
    }
  return FALSE;
}

/* (g19-ids) "PP" names a passport, "CI" and "CIE" an identity card, after a country's ISO
 * code ("IE PP", "PHL PP", "IT CI") or adjective ("Irish PP", "Italian CIE", "British PP",
 * "Swiss PP", "Thai PP"); "PP" also as a label before its colon ("PP: K1234567"). Otherwise
 * "PP" is polypropylene, a party's or a process's initials, "CI" a build's pipeline. */
static gboolean
v_passport_abbrev (VoileCandidate *c)
{
  const char *t = c->text;
  gsize a = c->match_start, p = a + 2;

  /* "CI", "CIE": an identity card (carta d'identità, Cartão de Cidadão) */
  gboolean card = t[a] == 'C';
  if (card && t[a + 2] == 'E')
    p++;
  while (p < c->start && t[p] == ' ')
    p++;
  if (!card && p < c->start && (t[p] == ':' || t[p] == '#'))
    return TRUE;
  /* the word before, on the line: up to 16 letters */
  gsize e = a;
  if (e == 0 || t[e - 1] != ' ')
    return FALSE;
  e = voile_run_start (t, a, 4, " ");
  gsize w = voile_word_start (t, e, 17, VOILE_WORD_ASCII);
  gsize n = e - w;
  if (n < 2 || n > 16 || (w > 0 && (g_ascii_isalnum (t[w - 1]) || t[w - 1] == '-')))
    return FALSE;
  gboolean caps = TRUE;
  for (gsize i = w; i < e; i++)
    caps &= g_ascii_isupper (t[i]) != 0;
  if (caps)
    return n <= 3;
  if (!g_ascii_isupper (t[w]) || n < 4)
    return FALSE;
  for (gsize i = w + 1; i < e; i++)
    if (!g_ascii_islower (t[i]))
      return FALSE;
  return ends_like_nationality (t + w, n);
}

/* (g19-ids) A French justice's or police's file (see fr-justice-file): six digits or more,
 * not a date nor a year, not a phone's pairs; a bare "PV" or "MC" only before a year and a
 * sequence of three digits or more ("2026/004512"). */
static gboolean
v_justice_file (VoileCandidate *c)
{
  const char *t = c->text + c->start;
  gsize n = c->end - c->start;
  guint digits = 0;

  for (gsize i = 0; i < n; i++)
    digits += g_ascii_isdigit (t[i]) ? 1 : 0;
  if (digits < 6 || value_is_date_or_year (c))
    return FALSE;
  guchar a = (guchar)c->text[c->match_start];
  if ((a == 'P' || a == 'M') && (guchar)c->text[c->match_start + 1] <= 'Z'
      && (n < 8 || !(t[0] == '2' && t[1] == '0' && t[4] == '/' && g_ascii_isdigit (t[7]))))
    return FALSE;
  /* "01.45.67.89.10": a phone in pairs */
  gboolean pairs = n == 14;
  for (gsize i = 2; pairs && i < n; i += 3)
    pairs = t[i] == '.' || t[i] == '-';
  return !pairs;
}

/* (g19-ids) A visa's label says which visa: a word between "visa" and the value (a number's
 * word, a class, a vignette), or before "visa" a zone's or a country's name or code on the
 * same line, up to 24 bytes back ("Schengen C visa", "UK visa", "Italian visa", "US
 * visa"). Not a card's brand: "Visa 41234567", "paid by Visa". */
static gboolean
v_visa_number (VoileCandidate *c)
{
  const char *t = c->text;
  gsize a = c->match_start;

  /* a word or a sign between "visa" and the value (not the spaces and colon alone) */
  for (gsize i = a + 4; i < c->start; i++)
    if (g_ascii_isalnum (t[i]) || (guchar)t[i] >= 0x80 || t[i] == '#')
      return TRUE;
  if (a > 0 && g_ascii_isalpha (t[a - 1]))
    /* "eVisa": read by id-document */
    return FALSE;
  /* the words before, on the line */
  gsize from = a > 24 ? a - 24 : 0;
  for (gsize i = a; i > from; i--)
    if (t[i - 1] == '\n')
      {
        from = i;
        break;
      }
  static const char *const zones[]
      = { "schengen", "tourist",  "student",  "business", "transit", "work",
          "visitor",  "touriste", "étudiant", "etudiant", NULL };
  gsize i = from;
  while (i < a)
    {
      while (i < a && !(g_ascii_isalpha (t[i]) || (guchar)t[i] >= 0x80))
        i++;
      gsize w = i;
      while (i < a && (g_ascii_isalpha (t[i]) || (guchar)t[i] >= 0x80))
        i++;
      gsize n = i - w;
      /* a word the 24 bytes cut */
      if (n == 0 || (w == from && from > 0 && g_ascii_isalpha (t[from - 1])))
        continue;
      if (voile_ascii_word_in (t + w, n, zones))
        return TRUE;
      /* a country's code in capitals ("UK", "USA", "IRL") right before "visa" */
      gboolean caps = n >= 2 && n <= 3;
      for (gsize k = w; caps && k < i; k++)
        caps = g_ascii_isupper (t[k]) != 0;
      if (caps && a - i <= 3)
        return TRUE;
      /* a nationality ("Italian visa", "Chinese visa", "Irish visa") right before it */
      if (n >= 4 && g_ascii_isupper (t[w]) && a - i <= 3 && ends_like_nationality (t + w, n))
        return TRUE;
    }
  return FALSE;
}

/* "cus_NffrFeUfNV2Hib": random letters of both cases, not "sub_total_amount" or
 * "cus_tomer_name" (code identifiers hold underscores, so never reach here) nor a word. */
static gboolean
v_stripe_id (VoileCandidate *c)
{
  guint upper = 0, lower = 0, digits = 0;
  for (gsize i = c->start + 4; i < c->end; i++)
    {
      upper += g_ascii_isupper (c->text[i]) ? 1 : 0;
      lower += g_ascii_islower (c->text[i]) ? 1 : 0;
      digits += g_ascii_isdigit (c->text[i]) ? 1 : 0;
    }
  return upper >= 2 && lower >= 2 && upper + digits >= 4;
}

/* A key's word, then a long random-looking run of letters and digits on the same line
 * within 120 bytes: what "key-in-prose" takes. */
static gboolean
pf_long_token_after (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize stop = MIN (len, anchor + 160), run = 0, digits = 0;

  (void)end;
  for (gsize p = anchor; p < stop && t[p] != '\n'; p++)
    {
      guchar ch = (guchar)t[p];
      if (g_ascii_isalnum (ch) || ch == '_' || ch == '-')
        {
          run++;
          digits += g_ascii_isdigit (ch) ? 1 : 0;
          if (run >= 24 && digits >= 4)
            return TRUE;
        }
      else
        run = digits = 0;
    }
  return FALSE;
}

/* A JSON or Python key "reference": the quote right after the word. */
static gboolean
pf_reference_key (const char *t, gsize len, gsize anchor, gsize end)
{
  (void)end;
  return anchor + 10 < len && (t[anchor + 9] == '"' || t[anchor + 9] == '\'')
         && voile_ascii_strncasecmp (t + anchor, "reference", 9) == 0;
}

/* PrestaShop names each order with nine random capitals ("QHZWNMRAT") under its
 * "reference" key: taken in an order's or a customer's object, and not a word in capitals
 * ("CHAUSSURE": random letters hold few vowels). */
static gboolean
v_letters_order_reference (VoileCandidate *c)
{
  static const char *const order_words[]
      = { "order",      "orders",        "commande",   "customer", "id_customer",
          "client",     "cart",          "panier",     "id_cart",  "total_paid",
          "secure_key", "current_state", "id_carrier", "id_order", NULL };
  guint vowels = 0, run = 0, longest_run = 0;

  for (gsize i = c->start; i < c->end; i++)
    {
      gboolean vowel = strchr ("AEIOUY", c->text[i]) != NULL;
      vowels += vowel;
      run = vowel ? 0 : run + 1;
      longest_run = MAX (longest_run, run);
    }
  /* An order's fields may run long before its reference (PrestaShop's come last). */
  return (vowels <= 3 || longest_run >= 4)
         && span_has_any_word (c->text, c->match_start > 2048 ? c->match_start - 2048 : 0,
                               c->match_start, order_words);
}

static gboolean
v_nhs_number (VoileCandidate *c)
{
  char d[16];
  gsize n = compact (c, d, sizeof d, FALSE);
  return n == 10 && voile_nhs_number_is_valid (d, n);
}

static gboolean
v_za_id_number (VoileCandidate *c)
{
  char d[16];
  gsize n = compact (c, d, sizeof d, FALSE);
  return n == 13 && voile_za_id_is_valid (d, n);
}

/* "saison 2026-2027", "season 2026-27": a season, a school year, no number */
static gboolean
value_is_year_range (const VoileCandidate *c)
{
  const char *t = c->text + c->start;
  gsize n = c->end - c->start;

  if (n != 7 && n != 9)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (i == 4 ? t[i] != '-' && t[i] != '/' : !g_ascii_isdigit (t[i]))
      return FALSE;
  return (t[0] == '1' && t[1] == '9') || (t[0] == '2' && t[1] == '0');
}

/* "LONE STAR BAIL BONDS LLC\nLicense No. 2291-TX": a licence on the line under a firm's
 * name, at a letterhead's top, is the firm's (a bail bondsman's, a contractor's), not a
 * person's document. */
static gboolean
firm_licence_on_letterhead (const VoileCandidate *c)
{
  static const char *const firms[]
      = { "llc", "inc", "ltd", "limited", "llp", "plc", "gmbh", "sarl", "corp", "pty", NULL };
  const char *t = c->text;
  gsize ls, le, as, ae;

  if (c->start - c->match_start < 5
      || voile_ascii_strncasecmp (t + c->match_start, "licen", 5) != 0)
    return FALSE;
  voile_line_around (t, c->len, c->match_start, c->match_start, VOILE_LINE_READ_MAX, &ls, &le);
  if (ls < 2)
    return FALSE;
  voile_line_around (t, c->len, ls - 1, ls - 1, VOILE_LINE_READ_MAX, &as, &ae);
  return span_has_any_word (t, as, ae, firms);
}

static gboolean
v_id_document (VoileCandidate *c)
{
  /* "Passeport (pages 2-3)": no document is numbered in fewer than five signs */
  guint signs = 0;
  for (gsize i = c->start; i < c->end; i++)
    signs += g_ascii_isalnum (c->text[i]) ? 1 : 0;
  if (signs < 5 || !value_has_digits (c, 1) || value_is_date_or_year (c) || value_is_year_range (c)
      || firm_licence_on_letterhead (c))
    return FALSE;
  /* A licence number of the DVLA's shape is surely one: above a reference's confidence. */
  if (voile_is_uk_driving_licence (c->text + c->start, c->end - c->start))
    c->confidence = 0.95f;
  return TRUE;
}

/* Singapore's NRIC or FIN d[0..9): its check letter (S and T, F and G; the newer M series
 * is taken as written). (g18-ids: "NRIC S1234567A" of a validator's test vectors fails.) */
static gboolean
nric_key_is_valid (const char *d)
{
  static const char st[] = "JZIHGFEDCBA", fg[] = "XWUTRQPNMLK";
  static const guint weights[] = { 2, 7, 6, 5, 4, 3, 2 };
  guint sum = (d[0] == 'T' || d[0] == 'G') ? 4 : 0;
  if (strchr ("STFG", d[0]) == NULL)
    return d[0] == 'M';
  for (guint i = 0; i < 7; i++)
    sum += (guint)(d[1 + i] - '0') * weights[i];
  return d[8] == ((d[0] == 'S' || d[0] == 'T') ? st[sum % 11] : fg[sum % 11]);
}

/* A national identity number after its own name: the name says the number's shape, so a
 * wrong length is another number under the same letters (a bank's "TRN" reference). */
static gboolean
v_national_id (VoileCandidate *c)
{
  char d[24];
  gsize n = compact (c, d, sizeof d, FALSE);
  const char *label = c->text + c->match_start;
  gsize avail = c->start - c->match_start;
  guint digits = 0;

  if (avail > 0 && *label == '"')
    label++, avail--;
  for (gsize i = 0; i < n; i++)
    digits += g_ascii_isdigit (d[i]) ? 1 : 0;
  /* Nigeria's NIN: eleven digits; Jamaica's TRN: nine; Poland's PESEL: eleven */
  /* (g23-ids) Uganda's NIN "CF88041103XKRL": C or A (a citizen, an alien), M or F, eight
   * digits, four signs */
  /* (g25-ids) the birth year and five digits more at least, the rest letters or digits
   * ("CM8704210LXKPA") */
  if (avail >= 3 && voile_ascii_strncasecmp (label, "NIN", 3) == 0 && n == 14)
    {
      if (strchr ("CA", d[0]) == NULL || strchr ("MF", d[1]) == NULL)
        return FALSE;
      for (gsize i = 2; i < 9; i++)
        if (!g_ascii_isdigit (d[i]))
          return FALSE;
      for (gsize i = 9; i < 14; i++)
        if (!g_ascii_isupper (d[i]) && !g_ascii_isdigit (d[i]))
          return FALSE;
      return TRUE;
    }
  if (avail >= 3
      && (voile_ascii_strncasecmp (label, "NIN", 3) == 0
          || voile_ascii_strncasecmp (label, "PES", 3) == 0))
    return n == 11 && digits == 11;
  /* (g23-ids) Zambia's and Malawi's national registration card "311874/10/1": six digits, a
   * district's two, a citizenship digit */
  if (avail >= 3 && voile_ascii_strncasecmp (label, "NRC", 3) == 0)
    {
      const char *v = c->text + c->start;
      gsize m = c->end - c->start;
      return m == 11 && v[6] == '/' && v[9] == '/' && digits == 9;
    }
  /* (g25-ids) Spain's foreigner number (NIE) "Y-2817364-K", "Y4821930K": X, Y or Z, seven
   * digits, a control letter (its name and its layout: the letter is not checked, a
   * mistyped one still being the person's) */
  if (avail >= 3 && voile_ascii_strncasecmp (label, "NIE", 3) == 0)
    return n == 9 && digits == 7 && strchr ("XYZ", d[0]) != NULL && g_ascii_isupper (d[8]);
  /* (g25-ids) not past a form's dotted leader: Jamaica's TRN is a taxpayer's number, which
   * the corpus conventions mark CUSTOMER_ID (a tax office's, like a UTR); left as it was */
  if (avail >= 3 && voile_ascii_strncasecmp (label, "TRN", 3) == 0)
    return n == 9 && digits == 9 && g_strstr_len (label, (gssize)avail, "..") == NULL;
  /* Romania's CNP: the sex, the birth date, the county, a sequence, a key */
  if (avail >= 3 && voile_ascii_strncasecmp (label, "CNP", 3) == 0)
    return n == 13 && digits == 13;
  /* Mexico's CURP: four letters, the birth date, the sex, the State, three consonants, two
   * signs */
  if (avail >= 4 && voile_ascii_strncasecmp (label, "CURP", 4) == 0)
    {
      if (n != 18 || digits < 7)
        return FALSE;
      for (gsize i = 0; i < 4; i++)
        if (!g_ascii_isupper (d[i]))
          return FALSE;
      for (gsize i = 4; i < 10; i++)
        if (!g_ascii_isdigit (d[i]))
          return FALSE;
      return d[10] == 'H' || d[10] == 'M' || d[10] == 'X';
    }
  /* Singapore's NRIC and FIN: a letter, seven digits, a check letter */
  if (avail >= 4 && voile_ascii_strncasecmp (label, "NRIC", 4) == 0)
    return n == 9 && digits == 7 && g_ascii_isupper (d[0]) && g_ascii_isupper (d[8])
           && nric_key_is_valid (d);
  return v_id_document (c);
}

/* (g24-ids) Two digits at d as a number. */
static guint
two_digits (const char *d)
{
  return (guint)(d[0] - '0') * 10 + (guint)(d[1] - '0');
}

/* (g24-ids) A Gulf State's or Indonesia's identity number after its own name (rule
 * "gulf-asia-national-id"): the name says the layout, which the digits must hold. Qatar's
 * QID: eleven digits, 2 or 3 for the century of birth, the birth year, the nationality's ISO
 * numeric code, a sequence. Saudi Arabia's iqama and national ID ("Nat'l ID"): ten digits, 1
 * for a citizen, 2 for a resident. Bahrain's CPR: nine digits, the birth year and month, a
 * sequence, a key. Indonesia's NIK (on the KTP): sixteen digits, a province's code, the
 * regency's and the district's, the birth date (the day +40 for women), a sequence. A
 * resident's or a labour card: seven digits at least. */
static gboolean
v_gulf_asia_national_id (VoileCandidate *c)
{
  const char *label = c->text + c->match_start;
  const char *d = c->text + c->start;
  gsize n = c->end - c->start;
  if (n < 7 || n > 16)
    return FALSE;
  while (*label == '"' || *label == '<' || *label == '\'')
    label++;
  switch (g_ascii_tolower (*label))
    {
      case 'q':
        return n == 11 && (d[0] == '2' || d[0] == '3') && two_digits (d + 3) <= 89;
      case 'i':
      case 'n':
        if (g_ascii_tolower (label[1]) == 'i' && g_ascii_tolower (label[2]) == 'k')
          {
            guint prov = two_digits (d), day = two_digits (d + 6), mon = two_digits (d + 8);
            if (day > 40)
              day -= 40;
            return n == 16 && prov >= 11 && prov <= 94 && day >= 1 && day <= 31 && mon >= 1
                   && mon <= 12;
          }
        return n == 10 && (d[0] == '1' || d[0] == '2');
      case 'k':
        {
          guint prov = two_digits (d), day = two_digits (d + 6), mon = two_digits (d + 8);
          if (day > 40)
            day -= 40;
          return n == 16 && prov >= 11 && prov <= 94 && day >= 1 && day <= 31 && mon >= 1
                 && mon <= 12;
        }
      case 'c':
        return n == 9 && two_digits (d + 2) >= 1 && two_digits (d + 2) <= 12;
      default:
        return n >= 7 && n <= 12;
    }
}

/* (g18-ids) The digits a country's identity number holds: Bangladesh's NID 10, 13 or 17,
 * Guatemala's DPI 13, the Philippines' UMID (its CRN) 12; Ghana's card its shape. */
static gboolean
v_national_id_g18 (VoileCandidate *c)
{
  const char *label = c->text + c->match_start;
  guint digits = 0;
  for (gsize i = c->start; i < c->end; i++)
    digits += g_ascii_isdigit (c->text[i]) ? 1 : 0;
  if (label[0] == 'N')
    return digits == 10 || digits == 13 || digits == 17;
  if (label[0] == 'D')
    return digits == 13;
  if (label[0] == 'U')
    return digits == 12;
  return digits == 10;
}

static gboolean
v_token_entropy (VoileCandidate *c)
{
  const char *t = c->text + c->start;
  gsize n = c->end - c->start;
  return voile_shannon_entropy (t, n) >= 3.0 && value_has_digits (c, 1);
}

/* "new(hash_name", "*getpwent", "pw[:-1]", "sqlite3_version", "os.getcwd": code, not a
 * secret. Only for values written without quotes. */
static gboolean
looks_like_code (const char *v, gsize n)
{
  if (n == 0 || v[0] == '*' || v[0] == '&')
    return TRUE;
  for (gsize i = 0; i < n; i++)
    if (v[i] != '\0' && strchr ("()[]{};\\", v[i]) != NULL)
      return TRUE;
  /* identifier.parts or snake_case_words: every part plain lower-case (digits at the end) */
  guint parts = 0;
  gsize i = 0;
  while (i < n)
    {
      gsize s = i;
      while (i < n && g_ascii_islower (v[i]))
        i++;
      gsize letters = i - s;
      while (i < n && g_ascii_isdigit (v[i]))
        i++;
      if (letters < 2 || (i < n && v[i] != '_' && v[i] != '.'))
        return FALSE;
      parts++;
      if (i < n)
        i++;
    }
  return parts >= 2;
}

static gboolean
is_quoted (const VoileCandidate *c)
{
  return c->start > 0 && c->text[c->start - 1] != '\0'
         && strchr ("\"'`", c->text[c->start - 1]) != NULL;
}

static gsize
count_byte (const char *v, gsize n, char b)
{
  gsize k = 0;
  for (gsize i = 0; i < n; i++)
    k += v[i] == b;
  return k;
}

/* How many of upper, lower, digit, ASCII symbol the value holds, at least k? */
static gboolean
has_character_classes (const char *v, gsize n, guint k)
{
  gboolean upper = FALSE, lower = FALSE, digit = FALSE, symbol = FALSE;
  for (gsize i = 0; i < n; i++)
    {
      guchar ch = (guchar)v[i];
      upper |= g_ascii_isupper (ch);
      lower |= g_ascii_islower (ch);
      digit |= g_ascii_isdigit (ch);
      symbol |= !g_ascii_isalnum (ch) && ch > ' ' && ch < 0x80;
    }
  return (guint)upper + (guint)lower + (guint)digit + (guint)symbol >= k;
}

/* "mot de passe du super-utilisateur :", "Password for user-admin:", "le mot de passe du
 * compte-invité a expiré": reached through a preposition, with no ':' or '=' on the way, a
 * word of letters and hyphens names the account whose password it is. A password after a
 * preposition has digits or symbols of its own ("the wifi password is Soleil-2024!"). */
static gboolean
value_names_account (const VoileCandidate *c, const char *v, gsize n)
{
  static const char *const prepositions[]
      = { "du", "de", "des", "la", "le", "for", "of", "the", "pour", NULL };
  const char *lead = c->text + c->match_start;
  const char *p = v;

  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isalpha (v[i]) && (guchar)v[i] < 0x80 && v[i] != '-' && v[i] != '_')
      return FALSE;
  if (memchr (lead, ':', (gsize)(v - lead)) != NULL
      || memchr (lead, '=', (gsize)(v - lead)) != NULL)
    return FALSE;
  while (p > lead && (p[-1] == ' ' || p[-1] == '\t'))
    p--;
  const char *word = p;
  while (word > lead && g_ascii_isalpha (word[-1]))
    word--;
  return word < p && voile_ascii_word_in (word, (gsize)(p - word), prepositions);
}

static gboolean
v_prose_password (VoileCandidate *c)
{
  const char *v = c->text + c->start;
  gsize n = c->end - c->start;
  gboolean digit = FALSE, alpha = FALSE, symbol = FALSE;

  /* Sentence punctuation after the password. */
  while (n > 0 && strchr (".,;:)", v[n - 1]) != NULL && v[n - 1] != '\0')
    n--;
  c->end = c->start + n;
  if (n < 6 || is_placeholder_value (v, n) || looks_like_code (v, n)
      || value_names_account (c, v, n))
    return FALSE;
  /* "email,password,last_login": the word heads a column; the next one follows it. */
  if (v[0] == ',' || v[0] == ';')
    return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      guchar ch = (guchar)v[i];
      digit |= g_ascii_isdigit (ch);
      alpha |= g_ascii_isalpha (ch) || ch >= 0x80;
      symbol |= !g_ascii_isalnum (ch) && ch < 0x80;
    }
  /* "password reset", "mot de passe oublié": words; e-mail addresses and URLs: not it. */
  const char *at = memchr (v, '@', n);
  /* an '@' opening it or with a host after it ("@localhost:5432", "@mail.fr"); not a
   * password's symbol ("q8#Tz!4mWv2K@pLr") */
  gboolean host_after = FALSE;
  for (const char *h = at; h != NULL && h < v + n && !host_after; h++)
    host_after = *h == '.' || *h == ':' || *h == '/';
  if ((at != NULL && (at == v || host_after)) || g_strstr_len (v, (gssize)n, "://") != NULL)
    return FALSE;
  return alpha && (digit || (symbol && n >= 8));
}

/* "the api key for mailgun staging is 3f9a…": a long random value, letters and digits
 * mixed (a word or a number is no key). */
static gboolean
key_names_record (const VoileCandidate *c, const char *id, gsize idn);

static gboolean
v_prose_key (VoileCandidate *c)
{
  const char *v = c->text + c->start;
  gsize n = c->end - c->start;
  guint digits = 0, letters = 0;

  for (gsize i = 0; i < n; i++)
    {
      digits += g_ascii_isdigit (v[i]) ? 1 : 0;
      letters += g_ascii_isalpha (v[i]) ? 1 : 0;
    }
  /* "idempotency key 7c9e6679-7425-40de-944b-e07fc1f90ae7": a UUID names a request */
  if (n == 36 && v[8] == '-' && v[13] == '-' && v[18] == '-' && v[23] == '-')
    return FALSE;
  {
    char id[16];
    gsize idn = 0;
    for (gsize i = c->match_start;
         i < c->len && idn + 1 < sizeof id && g_ascii_isalpha (c->text[i]); i++)
      id[idn++] = ascii_lower (c->text[i]);
    id[idn] = '\0';
    if (idn > 0 && key_names_record (c, id, idn))
      return FALSE;
  }
  /* "wh_3b81d0c4-7a55-…", "req-…": the same UUID behind a kind's short prefix */
  if (n > 37 && n <= 36 + 9)
    {
      const char *u = v + n - 36;
      gboolean letters_before = TRUE;
      for (const char *p = v; p < u - 1; p++)
        letters_before &= g_ascii_isalpha (*p);
      if (letters_before && (u[-1] == '_' || u[-1] == '-') && u[8] == '-' && u[13] == '-'
          && u[18] == '-' && u[23] == '-')
        return FALSE;
    }
  return digits >= 4 && letters >= 4 && !is_placeholder_value (v, n)
         && voile_shannon_entropy (v, n) >= 3.5;
}

static gboolean
v_url_password (VoileCandidate *c)
{
  return !is_placeholder_value (c->text + c->start, c->end - c->start);
}

/* "125-2419873340": an airline's code and a ticket's ten digits, with "ticket" or "ETKT"
 * earlier on the line ("Ticket numbers: 125-… / 125-… / 125-…"). */
static gboolean
v_eticket (VoileCandidate *c)
{
  gsize from = c->start > 160 ? c->start - 160 : 0;
  gsize line = c->start;
  while (line > from && c->text[line - 1] != '\n')
    line--;
  return span_has_word (c->text, line, c->start, "ticket")
         || span_has_word (c->text, line, c->start, "tickets")
         || span_has_word (c->text, line, c->start, "e-ticket")
         || span_has_word (c->text, line, c->start, "etkt");
}

/* (g20-ids) A loyalty number: six digits at least (not "Rewards 2025"), then what any
 * reference's value must pass. */
static gboolean
v_customer_id (VoileCandidate *c);
static gboolean
v_loyalty_number (VoileCandidate *c)
{
  return value_has_digits (c, 6) && v_customer_id (c);
}

/* (g24-refs-fr) A form's "N° <label> : value" line (rule "fr-form-number-line"): a label that
 * names a firm's, a vehicle's or the document's own number is no person's file ("N° Congés
 * Spectacles employeur", "N° d'identification (VIN)", "N° d'ordre du reçu", "N° de fiche"), nor
 * is an "identification" of seventeen signs without a separator (a vehicle's VIN). */
static gboolean
v_form_number_line (VoileCandidate *c)
{
  static const char *const refused[]
      = { "employeur", "entreprise", "société", "societe", "vin",          "véhicule", "vehicule",
          "châssis",   "chassis",    "reçu",    "recu",    "fiche",        "mission",  "fei",
          "entrée",    "entree",     "ademe",   "dpe",     "habilitation", "siv",      NULL };
  const char *t = c->text + c->start;
  gsize n = c->end - c->start;
  gsize letters = 0, digits = 0;

  for (const char *const *w = refused; *w != NULL; w++)
    if (span_has_word (c->text, c->match_start, c->start, *w))
      return FALSE;
  /* "N° d'inscription à l'Ordre": a professional's registration */
  for (gsize i = c->match_start; i + 7 <= c->start; i++)
    if (voile_ascii_strncasecmp (c->text + i, "l'ordre", 7) == 0
        || (i + 9 <= c->start
            && voile_ascii_strncasecmp (c->text + i, "l\xE2\x80\x99ordre", 9) == 0))
      return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      if (g_ascii_isdigit (t[i]))
        digits++;
      else if (g_ascii_isalpha (t[i]))
        letters++;
      else
        break;
    }
  if (n == 17 && letters + digits == 17 && letters > 0 && digits > 0
      && span_has_word (c->text, c->match_start, c->start, "identification"))
    return FALSE;
  return v_customer_id (c);
}

/* (g24-refs-fr) "enregistrée sous le numéro …", "porte le numéro …" (rule
 * "fr-registered-under-number"): a file registered for the writer or the person written
 * about; not a firm's or an association's registration written on the same line (RCS,
 * SIREN, ORIAS, a training body's declaration of activity, a prefecture's, an approval), nor
 * a trade mark's, nor an employer's. */
static gboolean
v_registered_under (VoileCandidate *c)
{
  static const char *const refused[] = { "rcs",          "r.c.s",       "siren",
                                         "siret",        "orias",       "inpi",
                                         "immatriculée", "immatriculé", "immatriculation",
                                         "activité",     "activite",    "organisme",
                                         "agréée",       "agréé",       "agrément",
                                         "agrement",     "préfecture",  "prefecture",
                                         "préfet",       "association", "société",
                                         "societe",      "entreprise",  "employeur",
                                         "marque",       "tva",         "rna",
                                         "urssaf",       NULL };
  gsize ls, le;

  voile_line_around (c->text, c->len, c->match_start, c->match_start, 160, &ls, &le);
  for (const char *const *w = refused; *w != NULL; w++)
    if (span_has_word (c->text, ls, c->match_start, *w))
      return FALSE;
  /* "sous le numéro employeur …": a noun after the number word names another's number */
  return v_customer_id (c);
}

/* (g20-ids) An ORCID iD: its blocks and its MOD 11-2 check digit (voile_orcid_is_valid()). */
static gboolean
v_orcid (VoileCandidate *c)
{
  return voile_orcid_is_valid (c->text + c->start, c->end - c->start);
}

/* "20-00-00 / 12345678" is a documentation's example: digits in order or all the same. */
static gboolean
v_sort_code_account (VoileCandidate *c)
{
  const char *t = c->text + c->start;
  gboolean ascending = TRUE, same = TRUE;
  for (gsize i = 1; i < 8; i++)
    {
      ascending &= t[i] == t[i - 1] + 1;
      same &= t[i] == t[0];
    }
  return !ascending && !same;
}

/* A ~/.pgpass line, "hostname:port:database:username:password": the line opens with the host
 * name (letters, digits, dots, dashes) right before the port the match starts at. */
static gboolean
v_pgpass_password (VoileCandidate *c)
{
  const char *t = c->text;
  gsize i = c->match_start - 1; /* the ':' before the port */
  gsize host = 0;

  while (i > 0 && host < 255 && (g_ascii_isalnum (t[i - 1]) || t[i - 1] == '.' || t[i - 1] == '-'))
    i--, host++;
  if (host == 0 || (i > 0 && t[i - 1] != '\n'))
    return FALSE;
  return !(c->end - c->start == 1 && t[c->start] == '*') && v_url_password (c);
}

/* A database URL in base64 (a Kubernetes Secret's data, an env dump): decoded, it must hold a
 * "scheme://user:password@" whose password is no placeholder. */
static gboolean
v_base64_dsn (VoileCandidate *c)
{
  gsize n = c->end - c->start;
  char copy[1025];
  if (n < 16 || n >= sizeof copy)
    return FALSE;
  memcpy (copy, c->text + c->start, n);
  copy[n] = '\0';
  gsize out_len = 0;
  g_autofree guchar *raw = g_base64_decode (copy, &out_len);
  const char *d = (const char *)raw;
  const char *scheme_end = raw != NULL ? g_strstr_len (d, (gssize)out_len, "://") : NULL;
  if (scheme_end == NULL)
    return FALSE;
  const char *user = scheme_end + 3;
  const char *end = d + out_len;
  const char *at = memchr (user, '@', (gsize)(end - user));
  const char *colon = at != NULL ? memchr (user, ':', (gsize)(at - user)) : NULL;
  gboolean ok = colon != NULL && at - colon > 4
                && !is_placeholder_value (colon + 1, (gsize)(at - colon - 1));
  voile_wipe (copy, n);
  if (raw != NULL)
    voile_wipe (raw, out_len);
  return ok;
}

/* The identifier before '=' or ':', lower-cased, with its kind. */
static gboolean
identifier_is_password (const char *id)
{
  static const char *const words[]
      = { "password", "passwd", "passphrase", "pwd", "mdp", "motdepasse", "mot_de_passe", NULL };
  for (const char *const *w = words; *w != NULL; w++)
    if (strstr (id, *w) != NULL)
      return TRUE;
  return strcmp (id, "pass") == 0 || strcmp (id, "passe") == 0 || strcmp (id, "pw") == 0
         || g_str_has_suffix (id, "_pass");
}

/* "key_name", "smtps_auth_user", "smtp_sasl_password_maps", "secret_file": the identifier's
 * last word says its value names, locates or describes a secret, not that it is one. */
static gboolean
identifier_describes_secret (const char *id)
{
  static const char *const last_words[]
      = { "name",  "names",    "user",      "username", "login",    "file",     "path",
          "maps",  "map",      "url",       "uri",      "type",     "length",   "len",
          "size",  "version",  "arn",       "alias",    "hint",     "expiry",   "expires",
          "ttl",   "method",   "algorithm", "algo",     "enabled",  "required", "header",
          "field", "label",    "format",    "mode",     "dir",      "location", "region",
          "count", "rotation", "prompt",    "policy",   "provider", "store",    NULL };
  /* Keys that name a record, not a credential: "Idempotency-Key", "cache_key", "sort_key". */
  static const char *const first_words[]
      = { "idempotency", "cache",   "partition", "sort",   "primary", "foreign",
          "object",      "routing", "dedup",     "dedupe", "lock",    "request",
          "correlation", "trace",   "storage",   "bucket", NULL };
  const char *last = id;

  for (const char *p = id; *p != '\0'; p++)
    if ((*p == '_' || *p == '-' || *p == '.') && p[1] != '\0')
      last = p + 1;
  if (last == id)
    return FALSE;
  for (const char *const *w = first_words; *w != NULL; w++)
    {
      gsize n = strlen (*w);
      if (strncmp (id, *w, n) == 0 && (id[n] == '_' || id[n] == '-' || id[n] == '.'))
        return TRUE;
    }
  for (const char *const *w = last_words; *w != NULL; w++)
    if (strcmp (last, *w) == 0)
      return TRUE;
  return FALSE;
}

/* A log's "idempotency key=…", "cache key 7c9e…": the word before the key (text from
 * c->match_start, folded into id) says what it keys: a request, not a credential. */
static gboolean
key_names_record (const VoileCandidate *c, const char *id, gsize idn)
{
  const char *t = c->text;
  char spaced[64];
  gsize w, k = 0;

  if (c->match_start < 2 || t[c->match_start - 1] != ' ' || idn >= 24)
    return FALSE;
  for (w = c->match_start - 1; w > 0 && c->match_start - w < 24 && g_ascii_isalpha (t[w - 1]); w--)
    ;
  for (; w < c->match_start - 1; w++)
    spaced[k++] = ascii_lower (t[w]);
  if (k == 0)
    return FALSE;
  spaced[k++] = '_';
  memcpy (spaced + k, id, idn + 1);
  return identifier_describes_secret (spaced);
}

static gboolean
v_assign (VoileCandidate *c)
{
  const char *t = c->text;
  const char *v = t + c->start;
  gsize n = c->end - c->start;
  char id[64];
  gsize idn = 0;

  for (gsize i = c->match_start; i < c->len && idn + 1 < sizeof id; i++)
    {
      char ch = t[i];
      if (!g_ascii_isalnum (ch) && ch != '_' && ch != '-' && ch != '.')
        break;
      id[idn++] = ascii_lower (ch);
    }
  id[idn] = '\0';
  /* "pass:Chablis71!|tel:06…|ip:86…": a dump's fields parted by '|', each a key and a
   * colon; the value ends at the next field */
  for (gsize i = 1; i + 2 < n; i++)
    if (v[i] == '|')
      {
        gsize k = i + 1;
        while (k < n && k - i <= 16 && (g_ascii_isalpha (v[k]) || v[k] == '_'))
          k++;
        if (k > i + 1 && k < n && (v[k] == ':' || v[k] == '='))
          {
            n = i;
            c->end = c->start + n;
            if (n < 4)
              return FALSE;
            break;
          }
      }
  if (strstr (id, "passport") != NULL || strstr (id, "passeport") != NULL
      || identifier_describes_secret (id))
    return FALSE;
  if (key_names_record (c, id, idn))
    return FALSE;
  /* "Idempotency-Key: …", "idempotency key=wh_…", "cache key=…": a request's or an entry's
   * name, chosen to be unique, not to be kept secret */
  {
    static const ListWord naming_words[] = { LIST_WORD ("idempotency"), LIST_WORD ("idempotence"),
                                             LIST_WORD ("cache"),       LIST_WORD ("dedup"),
                                             LIST_WORD ("dedupe"),      LIST_WORD ("partition"),
                                             LIST_WORD ("sort"),        { NULL, 0 } };
    if (strstr (id, "idempoten") != NULL
        || (strcmp (id, "key") == 0 && preceded_by_word (c, c->match_start, naming_words)))
      return FALSE;
  }
  /* A comma pairs a key with its value in a log's ["password", "…"] pair or PHP's
   * define('DB_PASSWORD', '…'), not inside a list of column names ("email",
   * "encrypted_password", "created_at"): a quoted key after a comma. */
  gsize sep = c->match_start, before = c->match_start;
  while (sep < c->start && (g_ascii_isalnum (t[sep]) || strchr ("_-.", t[sep]) != NULL))
    sep++;
  while (sep < c->start && (t[sep] == '"' || t[sep] == '\'' || t[sep] == ' ' || t[sep] == '\t'))
    sep++;
  if (before > 0 && (t[before - 1] == '"' || t[before - 1] == '\''))
    before--;
  while (before > 0 && t[before - 1] == ' ')
    before--;
  if (sep < c->start && t[sep] == ',' && before < c->match_start && before > 0
      && t[before - 1] == ',')
    return FALSE;
  /* A comma pairs a key only when the key is quoted whole ('DB_PASSWORD', "password"): in
   * an SQL row's "'S. Karthikeyan','+91 94481 70263'" the "key" is inside a name. */
  if (sep < c->start && t[sep] == ',' && c->match_start > 0 && t[c->match_start - 1] != '"'
      && t[c->match_start - 1] != '\'')
    return FALSE;
  /* Strip a closing quote the pattern took. */
  while (n > 0 && (v[n - 1] == '"' || v[n - 1] == '\''))
    n--;
  c->end = c->start + n;
  /* WordPress salts and other generated keys: long, quoted, random, every kind of
   * character — a '<', "{{" or '/' inside is chance, not a template. */
  if (is_quoted (c) && n >= 32 && has_character_classes (v, n, 4)
      && voile_shannon_entropy (v, n) >= 4.0 && count_byte (v, n, ' ') * 16 <= n)
    return TRUE;
  if (is_placeholder_value (v, n))
    return FALSE;
  if (!is_quoted (c) && looks_like_code (v, n))
    return FALSE;
  /* Publishable keys are meant to be public. */
  if (g_str_has_prefix (v, "pk_live_") || g_str_has_prefix (v, "pk_test_"))
    return FALSE;
  /* "key":"t_00419/2026-11/inv_batch_0004.zip": a storage object's path, not a key. */
  if (memchr (v, '/', n) != NULL && n >= 5 && v[n - 4] == '.' && g_ascii_isalpha (v[n - 3])
      && g_ascii_islower (v[n - 2]) && g_ascii_islower (v[n - 1]))
    return FALSE;

  if (identifier_is_password (id))
    {
      gboolean digit = FALSE, symbol = FALSE, upper = FALSE, lower = FALSE;
      if (n < 6)
        return FALSE;
      for (gsize i = 0; i < n; i++)
        {
          guchar ch = (guchar)v[i];
          digit |= g_ascii_isdigit (ch);
          upper |= g_ascii_isupper (ch);
          lower |= g_ascii_islower (ch);
          symbol |= !g_ascii_isalnum (ch) && ch < 0x80;
        }
      /* "password: please reset it" is prose, "hunter2" a password. */
      return digit || symbol || (upper && lower && !g_ascii_isupper (v[0]));
    }
  /* Tokens, keys, secrets: long and random (gitleaks' generic rule). */
  return n >= 12 && voile_shannon_entropy (v, n) >= 3.2 && value_has_digits (c, 1);
}

/* (session 20, g20-struct) A line's start after up to 40 spaces of indentation, for a
 * lookbehind (PCRE2 10.42 has no variable-length one): the lines of an address block laid out
 * under a form's label column ("Home address:          Flat 3, 17 Walton Crescent" over
 * "                        OX1 2JG"). Five spaces are asked first: the forty lookbehinds only
 * run after them. */
#define INDENTED_LINE_START                                                                        \
  "(?:(?<=^|\\n|\\n[ ]|\\n[ ]{2}|\\n[ ]{3}|\\n[ ]{4}|\\n\\t)|(?<=[ ]{5})(?<=" INDENT_5_40 "))"
#define INDENT_5_40                                                                                \
  "\\n[ ]{5}|\\n[ ]{6}|\\n[ ]{7}|\\n[ ]{8}|\\n[ ]{9}|\\n[ ]{10}"                                   \
  "|\\n[ ]{11}|\\n[ ]{12}|\\n[ ]{13}|\\n[ ]{14}|\\n[ ]{15}|\\n[ ]{16}"                             \
  "|\\n[ ]{17}|\\n[ ]{18}|\\n[ ]{19}|\\n[ ]{20}|\\n[ ]{21}|\\n[ ]{22}"                             \
  "|\\n[ ]{23}|\\n[ ]{24}|\\n[ ]{25}|\\n[ ]{26}|\\n[ ]{27}|\\n[ ]{28}"                             \
  "|\\n[ ]{29}|\\n[ ]{30}|\\n[ ]{31}|\\n[ ]{32}|\\n[ ]{33}|\\n[ ]{34}"                             \
  "|\\n[ ]{35}|\\n[ ]{36}|\\n[ ]{37}|\\n[ ]{38}|\\n[ ]{39}|\\n[ ]{40}"

/* The postcode areas of the United Kingdom and the Crown dependencies (Royal Mail's list):
 * "K2D 9FH" has the shape of a postcode and is a booking's record locator. */
static const char *const uk_postcode_areas[] = {
  "AB", "AL", "B",  "BA", "BB", "BD", "BF", "BH", "BL", "BN", "BR", "BS", "BT", "BX", "CA", "CB",
  "CF", "CH", "CM", "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT",
  "DY", "E",  "EC", "EH", "EN", "EX", "FK", "FY", "G",  "GL", "GU", "GY", "HA", "HD", "HG", "HP",
  "HR", "HS", "HU", "HX", "IG", "IM", "IP", "IV", "JE", "KA", "KT", "KW", "KY", "L",  "LA", "LD",
  "LE", "LL", "LN", "LS", "LU", "M",  "ME", "MK", "ML", "N",  "NE", "NG", "NN", "NP", "NR", "NW",
  "OL", "OX", "PA", "PE", "PH", "PL", "PO", "PR", "RG", "RH", "RM", "S",  "SA", "SE", "SG", "SK",
  "SL", "SM", "SN", "SO", "SP", "SR", "SS", "ST", "SW", "SY", "TA", "TD", "TF", "TN", "TQ", "TR",
  "TS", "TW", "UB", "W",  "WA", "WC", "WD", "WF", "WN", "WR", "WS", "WV", "YO", "ZE", NULL,
};

/* uk_postcode_areas as bits, built once: bit 26 of [A] is the area "A", bit B-'A' the
 * area "AB". One load per postcode instead of a walk of the list. */
static const guint32 *
uk_area_bits (void)
{
  static guint32 bits[26];
  static gsize ready = 0;
  if (g_once_init_enter (&ready))
    {
      for (const char *const *area = uk_postcode_areas; *area != NULL; area++)
        bits[(*area)[0] - 'A'] |= (*area)[1] == '\0' ? 1u << 26 : 1u << ((*area)[1] - 'A');
      g_once_init_leave (&ready, 1);
    }
  return bits;
}

/* Is the outward code text[s, e) ("NW1", "EC1A", "M4") one of a real area? A letter after
 * the district ("W1A", "EC1A") is London's only. */
static gboolean
uk_outward_code_exists (const char *text, gsize s, gsize e)
{
  if (s >= e || !g_ascii_isupper (text[s]))
    return FALSE;
  gboolean two = s + 1 < e && g_ascii_isupper (text[s + 1]);
  guint32 row = uk_area_bits ()[text[s] - 'A'];
  if (!(row & (two ? 1u << (text[s + 1] - 'A') : 1u << 26)))
    return FALSE;
  if (g_ascii_isupper (text[e - 1]) && e - 1 > s + (two ? 1 : 0))
    {
      static const char *const london[] = { "E", "EC", "N", "NW", "SE", "SW", "W", "WC", NULL };
      gsize n = two ? 2 : 1;
      for (const char *const *area = london; *area != NULL; area++)
        if (strlen (*area) == n && memcmp (*area, text + s, n) == 0)
          return TRUE;
      return FALSE;
    }
  return TRUE;
}

static gboolean
v_postcode_uk (VoileCandidate *c)
{
  /* (session 22, g22-addr2) the bare code after a colon and a gap: the label is a
   * postcode's ("Postcode:", "Post code :", "Postal code:"), not any field's */
  if (c->start >= 3 && c->text[c->start - 1] == ' ' && c->text[c->start - 2] == ' '
      && g_ascii_isupper (c->text[c->start]) && c->end - c->start <= 8
      && g_ascii_isdigit (c->text[c->start + 1 + g_ascii_isupper (c->text[c->start + 1])]))
    {
      const char *t = c->text;
      gsize p = c->start;
      while (p > 0 && c->start - p < 48 && t[p - 1] == ' ')
        p--;
      if (p > 0 && t[p - 1] == ':')
        {
          p--;
          while (p > 0 && t[p - 1] == ' ')
            p--;
          static const char *const labels[] = { "postcode", "post code", "postal code", NULL };
          gboolean label = FALSE;
          for (const char *const *l = labels; *l != NULL && !label; l++)
            {
              gsize n = strlen (*l);
              label = p >= n && voile_ascii_strncasecmp (t + p - n, *l, n) == 0;
            }
          if (!label)
            return FALSE;
        }
      else
        {
          /* an indented line holds the code alone ("   W7K 9PD 4XR" is a share code);
           * a column's gap with no label before: a postcode alone is left alone */
          gsize q = c->end;
          while (q < c->len && (t[q] == ' ' || t[q] == '\t'))
            q++;
          if ((p > 0 && t[p - 1] != '\n') || !(q == c->len || t[q] == '\n' || t[q] == '\r'))
            return FALSE;
        }
    }
  /* The outward code: before the inward code's digit and two letters, and a space. */
  {
    gsize e = c->end - 3;
    if (e > c->start && c->text[e - 1] == ' ')
      e--;
    gsize s = e;
    while (s > c->start && e - s < 4 && g_ascii_isalnum (c->text[s - 1]))
      s--;
    if (!uk_outward_code_exists (c->text, s, e))
      return FALSE;
  }
  /* BX postcodes are non-geographic (HMRC's, banks' post rooms): a sender's code, nobody's
   * home. */
  for (gsize i = c->start; i + 2 < c->end; i++)
    if (c->text[i] == 'B' && c->text[i + 1] == 'X' && g_ascii_isdigit (c->text[i + 2])
        && (i == c->start || c->text[i - 1] == ' '))
      return FALSE;
  /* "EF789GH" is as much a plate as a postcode: written without its space, less sure. */
  if (!span_has_byte (c, " "))
    c->confidence = 0.8f;
  /* (session 24, g24-clean) a capitalised word before a code written without its space is a
   * maker's and its model ("Gulfstream G650ER", "Bombardier CL605SE" look like "G65 0ER"): a
   * town's line writes the postcode's space */
  else if (c->end - c->start > 8 && c->text[c->end - 4] != ' ')
    {
      gsize b = c->end;
      while (b > c->start && c->text[b - 1] != ' ')
        b--;
      if (b > c->start && c->end - b >= 5)
        return FALSE;
    }
  return TRUE;
}

/* An Eircode's last four hold a letter ("D04 W2K8"): the prefilter asks it too, and a
 * prefilter may only spare runs, never change what is found ("Mbeki, Thandiwe  K301207" is
 * a client number). */
/* (g26-ids) "Eircode" and a possessive are a label's words, no town's: the span is the code. */
#define NOT_EIRCODE_LABEL "(?!(?i:eircode|her|his|my|our|your|their|the)[ ,:])"

static gboolean
v_eircode (VoileCandidate *c)
{
  if (c->end - c->start < 4)
    return FALSE;
  /* after a word's comma, the county or Dublin earlier on the line says it is Irish (a
   * product's "Model, X10 4KTA" is none) */
  if (c->start >= 3 && c->end - c->start <= 8 && g_ascii_isdigit (c->text[c->start + 1])
      && c->text[c->start - 2] == ',' && g_ascii_islower (c->text[c->start - 3]))
    {
      gsize from = c->start > 160 ? c->start - 160 : 0;
      gsize ls = c->start;
      while (ls > from && c->text[ls - 1] != '\n')
        ls--;
      gboolean irish = FALSE;
      static const char *const counties[] = { "Co. ", "County ", "Dublin", "Ireland", NULL };
      for (const char *const *w = counties; *w != NULL && !irish; w++)
        irish = voile_find_bytes (c->text, c->start, ls, *w, strlen (*w)) != NULL;
      if (!irish)
        return FALSE;
    }
  for (gsize i = c->end - 4; i < c->end; i++)
    if (g_ascii_isupper (c->text[i]))
      return TRUE;
  return FALSE;
}

static gboolean
v_postcode_city_word (VoileCandidate *c, gsize digits);

/* "file 5214 Norwich", "ref #5214 Leeds": a number that a word names, then a place. (session
 * 23, g23-clean) Also the nouns and acronyms that number rules, standards, laboratories and
 * documents: "ISO 20022 XML", "UMR 5557 Écologie Microbienne", "Policy 3550 Food Service",
 * "norme NF 15100 Électricité", "Article 1240 Code civil": the word before names the number,
 * no address puts such a word right before its postcode. */
static gboolean
postcode_named_by_word (const VoileCandidate *c)
{
  static const ListWord number_words[]
      = { LIST_WORD ("file"),       LIST_WORD ("ref"),        LIST_WORD ("ref."),
          LIST_WORD ("reference"),  LIST_WORD ("no"),         LIST_WORD ("no."),
          LIST_WORD ("n°"),         LIST_WORD ("nº"),         LIST_WORD ("case"),
          LIST_WORD ("order"),      LIST_WORD ("invoice"),    LIST_WORD ("ticket"),
          LIST_WORD ("dossier"),    LIST_WORD ("job"),        LIST_WORD ("item"),
          LIST_WORD ("page"),       LIST_WORD ("room"),       LIST_WORD ("flight"),
          LIST_WORD ("vol"),        LIST_WORD ("batch"),      LIST_WORD ("lot"),
          LIST_WORD ("ext"),        LIST_WORD ("ext."),       LIST_WORD ("réf"),
          LIST_WORD ("réf."),       LIST_WORD ("#"),          LIST_WORD ("policy"),
          LIST_WORD ("article"),    LIST_WORD ("art."),       LIST_WORD ("section"),
          LIST_WORD ("chapter"),    LIST_WORD ("chapitre"),   LIST_WORD ("annex"),
          LIST_WORD ("annexe"),     LIST_WORD ("appendix"),   LIST_WORD ("figure"),
          LIST_WORD ("fig."),       LIST_WORD ("table"),      LIST_WORD ("tableau"),
          LIST_WORD ("form"),       LIST_WORD ("formulaire"), LIST_WORD ("standard"),
          LIST_WORD ("norme"),      LIST_WORD ("model"),      LIST_WORD ("modèle"),
          LIST_WORD ("series"),     LIST_WORD ("série"),      LIST_WORD ("version"),
          LIST_WORD ("release"),    LIST_WORD ("rule"),       LIST_WORD ("règle"),
          LIST_WORD ("regulation"), LIST_WORD ("règlement"),  LIST_WORD ("directive"),
          LIST_WORD ("bylaw"),      LIST_WORD ("clause"),     { NULL, 0 } };
  /* Standards bodies' and research units' acronyms, in capitals only ("EN 12464", "UMR 5557";
   * not the French "en"). */
  static const ListWord acronyms[]
      = { LIST_WORD ("ISO"),  LIST_WORD ("IEC"),  LIST_WORD ("EN"),  LIST_WORD ("NF"),
          LIST_WORD ("DIN"),  LIST_WORD ("BS"),   LIST_WORD ("RFC"), LIST_WORD ("IEEE"),
          LIST_WORD ("ASTM"), LIST_WORD ("ANSI"), LIST_WORD ("UMR"), LIST_WORD ("UMS"),
          LIST_WORD ("UPR"),  LIST_WORD ("USR"),  LIST_WORD ("FRE"), LIST_WORD ("EA"),
          LIST_WORD ("ERC"),  LIST_WORD ("CVE"),  LIST_WORD ("ECE"), LIST_WORD ("UN"),
          LIST_WORD ("AR"),   { NULL, 0 } };
  gsize e = c->start;
  while (e > 0 && c->text[e - 1] == ' ')
    e--;
  gsize b = e;
  while (b > 0 && c->text[b - 1] != ' ' && c->text[b - 1] != '\n' && e - b < 12)
    b--;
  /* "(article 1240 Code …)", "[ISO 20022 …]": the bracket opens the word's phrase */
  while (b < e && (c->text[b] == '(' || c->text[b] == '['))
    b++;
  if (e == b || e - b > 10)
    return e > 0 && e == c->start && c->text[e - 1] == '#';
  guchar first = (guchar)c->text[b] | 0x20;
  for (const ListWord *w = number_words; w->word != NULL; w++)
    if (w->len == e - b && ((guchar)w->word[0] | 0x20) == first
        && voile_ascii_strncasecmp (c->text + b, w->word, e - b) == 0)
      return TRUE;
  for (const ListWord *w = acronyms; w->word != NULL; w++)
    if (w->len == e - b && w->word[0] == c->text[b] && memcmp (c->text + b, w->word, e - b) == 0)
      return TRUE;
  return e > 0 && e == c->start && c->text[e - 1] == '#';
}

static gboolean
v_postcode_4 (VoileCandidate *c)
{
  const char *t = c->text + c->start;
  /* "'2900 Hellerup'": the closing quote of a string is not the city's. */
  while (c->end > c->start && (c->text[c->end - 1] == '\'' || c->text[c->end - 1] == '-'))
    c->end--;
  guint v = (guint)((t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0'));
  /* "2024 Paris", "1998 Olympics": years. */
  if (v >= 1900 && v <= 2099)
    return FALSE;
  /* "In 1747 James Lind", "depuis 1820 Lyon…": an older year after the words that date. */
  static const ListWord year_words[]
      = { LIST_WORD ("in"),     LIST_WORD ("en"),   LIST_WORD ("since"), LIST_WORD ("depuis"),
          LIST_WORD ("circa"),  LIST_WORD ("vers"), LIST_WORD ("until"), LIST_WORD ("till"),
          LIST_WORD ("around"), LIST_WORD ("dès"),  { NULL, 0 } };
  if (v >= 1000 && preceded_by_word (c, c->start, year_words))
    return FALSE;
  if (postcode_named_by_word (c))
    return FALSE;
  /* "1031 Exchanges", "1031 Like-Kind Exchanges": a plural common word that names no place,
   * last, is a count's or a heading's noun, not a town. */
  gsize we = c->end, w;
  while (we > c->start + 4 && !g_ascii_isalpha (c->text[we - 1]))
    we--;
  for (w = we; w > c->start + 4 && g_ascii_isalpha (c->text[w - 1]); w--)
    ;
  if (we - w > 3 && c->text[we - 1] == 's'
      && voile_name_lookup_word (c->text + w, we - w) == VOILE_NAME_WORD)
    return FALSE;
  return v_postcode_city_word (c, 4);
}

static const char *const not_cities[]
    = { "Euros", "EUR", "Eur", "Clients", "Utilisateurs", "Users", "Habitants", "Personnes", "Km",
        "Pages", "Mots", "Words", "Points", "Jours", "Days", "Ans", "Visiteurs", "Abonnés",
        "Followers", "Ventes", "Articles", "Produits", "Items", "Lignes", "Lines", "Dollars",
        "Francs", "Exemplaires", "Salariés", "Employés", "Employees", "Members", "Membres",
        "Adhérents", "Participants", "Inscrits", "Votes", "Tonnes", "Litres", "Mètres", "Heures",
        "Hours", "Minutes", "Euro", "Pieces", "Pièces", "Unités", "Units",
        /* "link up, 1000 Mbps": rates and sizes */
        "Mbps", "Gbps", "Kbps", "Mbit", "Gbit", "Octets", "Bytes", "MiB", "GiB", "KiB", "TiB",
        "Mio", "Gio", "Kio", "Tio",
        /* "2 climatiseurs split 12000 BTU", "3000 RPM": a power, a speed */
        "BTU", "Btu", "RPM", "Watts", "Lumens", "Calories", NULL };

/* The first word after the postcode must not be a unit ("12000 Clients"). */
static gboolean
v_postcode_city_word (VoileCandidate *c, gsize digits)
{
  const char *t = c->text;
  gsize i = c->start + digits;

  while (i < c->end && t[i] == ' ')
    i++;
  /* Dutch postcodes: "3511 NK Utrecht". */
  if (i + 3 < c->end && g_ascii_isupper (t[i]) && g_ascii_isupper (t[i + 1]) && t[i + 2] == ' ')
    i += 3;
  gsize w = i;
  while (w < c->end && t[w] != ' ' && t[w] != '-')
    w++;
  /* The first byte first: most units fail there, without the two calls. */
  for (const char *const *s = not_cities; *s != NULL && w > i; s++)
    if ((*s)[0] == t[i] && strlen (*s) == w - i && strncmp (t + i, *s, w - i) == 0)
      return FALSE;
  /* (session 23, g23-clean and g23-dates, written apart and folded) "acompte 20000 XPF",
   * "12000 XOF": a currency's ISO code after the number is a sum's, no town's (the amount
   * rules read it). */
  if (w - i == 3)
    {
      static const char codes[] = "|" CURRENCY_CODES CURRENCY_CODES_PLAIN "|";
      char key[6] = { '|', t[i], t[i + 1], t[i + 2], '|', 0 };
      if (g_ascii_isupper (t[i]) && g_ascii_isupper (t[i + 1]) && g_ascii_isupper (t[i + 2])
          && strstr (codes, key) != NULL)
        return FALSE;
    }
  return TRUE;
}

/* Is the line at p a town's name alone: short, its words capitalised but their links ("sur",
 * "de"…), letters, spaces, hyphens and apostrophes only (not "SSN: …", "Foreign TIN" nor
 * "Merci de votre confiance")? */
static gboolean
town_line_alone (const char *t, gsize len, gsize p)
{
  /* "Foreign TIN": an acronym among words in lower case is a label, no town */
  gboolean lower = FALSE, acronym = FALSE;
  gsize word = p;
  for (gsize q = p; q <= len && q - p <= 40; q++)
    {
      guchar b = q < len ? (guchar)t[q] : '\n';
      if (b == '\n' || b == '\r' || b == ' ' || b == '-')
        {
          static const char *const small[] = { "sur", "sous", "lès", "les", "en", "de", "du",
                                               "des", "la",   "le",  "aux", "au", "et", NULL };
          if (q > word && g_ascii_islower (t[word]))
            {
              /* "Merci de votre confiance": a town's words are capitalised but its links */
              gboolean listed = FALSE;
              for (const char *const *w = small; *w != NULL && !listed; w++)
                listed = strlen (*w) == q - word && memcmp (t + word, *w, q - word) == 0;
              if (!listed)
                return FALSE;
            }
          else if (q - word >= 2 && g_ascii_isupper (t[word]))
            {
              gboolean caps = TRUE;
              for (gsize k = word + 1; k < q && caps; k++)
                caps = g_ascii_isupper (t[k]);
              acronym |= caps;
            }
          word = q + 1;
          if (b == '\n' || b == '\r')
            return q - p >= 3 && !(acronym && lower);
          continue;
        }
      if (!(g_ascii_isalpha (b) || b >= 0x80 || b == '\''))
        return FALSE;
      lower |= g_ascii_islower (b);
    }
  return FALSE;
}

static gboolean
v_postcode_fr (VoileCandidate *c)
{
  gsize after = c->start + 5;
  /* "37250\nMontbazon": the town alone on the line after the postcode */
  if (after < c->len && (c->text[after] == '\n' || c->text[after] == '\r')
      && !town_line_alone (c->text, c->len, after + (c->text[after] == '\r' ? 2 : 1)))
    return FALSE;
  /* "GET /fr/client/48213 HTTP/1.1": a path's number, not a postcode. */
  if (c->start > 0 && c->text[c->start - 1] == '/')
    return FALSE;
  if (postcode_named_by_word (c))
    return FALSE;
  return v_postcode_city_word (c, 5);
}

/* ---- cheap tests run before a digit-anchored rule's pattern ------------------------ */

/* Spaces, no-break spaces and narrow no-break spaces from p (tabs too when tabs). */
G_ALWAYS_INLINE static inline gsize
skip_blanks (const char *t, gsize len, gsize p, gboolean tabs)
{
  for (;;)
    {
      if (p < len && (t[p] == ' ' || (tabs && t[p] == '\t')))
        p++;
      else if (p + 1 < len && (guchar)t[p] == 0xC2 && (guchar)t[p + 1] == 0xA0)
        p += 2;
      else if (p + 2 < len && (guchar)t[p] == 0xE2 && (guchar)t[p + 1] == 0x80
               && (guchar)t[p + 2] == 0xAF)
        p += 3;
      else
        return p;
    }
}

G_ALWAYS_INLINE static inline gsize
skip_spaces (const char *t, gsize len, gsize p)
{
  return skip_blanks (t, len, p, TRUE);
}

/* (session 18, g18-struct) the first three letters of CURRENCY_CODES_MORE's codes and of the
 * currency words and magnitudes added with them (taka, baht, ringgits, dirhams, dinars,
 * riyals, kwacha, quetzales, soles, lakhs, crores): asked only when the older list said no. */
static gboolean
more_currency_after (char w0, char w1, char w2)
{
#define NEXT_TWO(b, c) (w1 == (b) && w2 == (c))
  switch (w0)
    {
      case 'a':
        return NEXT_TWO ('m', 'd') || NEXT_TWO ('o', 'a') || NEXT_TWO ('z', 'n');
      case 'b':
        return NEXT_TWO ('a', 'h') || NEXT_TWO ('a', 'm') || NEXT_TWO ('w', 'p')
               || NEXT_TWO ('t', 'c'); /* (g23-dates) bitcoin */
      case 'e':
        return NEXT_TWO ('t', 'h'); /* (g23-dates) ether */
      case 'c':
        return NEXT_TWO ('d', 'f') || NEXT_TWO ('o', 'p') || NEXT_TWO ('r', 'o');
      case 'd':
        return NEXT_TWO ('i', 'n') || NEXT_TWO ('i', 'r') || NEXT_TWO ('o', 'p');
      case 'g':
        return NEXT_TWO ('m', 'd') || NEXT_TWO ('n', 'f') || NEXT_TWO ('t', 'q');
      case 'h':
        return NEXT_TWO ('n', 'l') || NEXT_TWO ('t', 'g');
      case 'j':
        return NEXT_TWO ('m', 'd');
      case 'k':
        return NEXT_TWO ('h', 'r') || NEXT_TWO ('w', 'a') || NEXT_TWO ('z', 't');
      case 'l':
        return NEXT_TWO ('a', 'k') || NEXT_TWO ('r', 'd');
      case 'm':
        return NEXT_TWO ('d', 'l') || NEXT_TWO ('g', 'a') || NEXT_TWO ('k', 'd')
               || NEXT_TWO ('m', 'k') || NEXT_TWO ('u', 'r') || NEXT_TWO ('w', 'k')
               || NEXT_TWO ('z', 'n');
      case 'n':
        return NEXT_TWO ('i', 'o') || NEXT_TWO ('p', 'r');
      case 'p':
        return NEXT_TWO ('e', 'n') || NEXT_TWO ('y', 'g');
      case 'q':
        return NEXT_TWO ('u', 'e');
      case 'r':
        return NEXT_TWO ('i', 'n') || NEXT_TWO ('i', 'y');
      case 's':
        return NEXT_TWO ('l', 'e') || NEXT_TWO ('o', 'l');
      case 't':
        return NEXT_TWO ('a', 'k') || NEXT_TWO ('t', 'd');
      case 'u':
        return NEXT_TWO ('y', 'u') || NEXT_TWO ('z', 's');
      case 'x':
        return NEXT_TWO ('c', 'd');
      case 'z':
        return NEXT_TWO ('m', 'w');
      default:
        return FALSE;
    }
#undef NEXT_TWO
}

static gboolean
currency_word_start (char w0, char w1, char w2);

/* A currency sign or word follows the number. */
static gboolean
pf_currency_after (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = skip_spaces (t, len, end);

  if (p < len && (t[p] == 'k' || t[p] == 'K' || t[p] == 'M'))
    {
      gsize q = p + 1;
      /* French milliards: "41,2 Md€", "1,2 Mds $", "3 Mrd €" */
      if (t[p] == 'M' && q < len && t[q] == 'r')
        q++;
      if (t[p] == 'M' && q < len && t[q] == 'd')
        q += q + 1 < len && t[q + 1] == 's' ? 2 : 1;
      q = skip_spaces (t, len, q);
      if (q < len && (t[q] == '$' || (guchar)t[q] == 0xE2 || (guchar)t[q] == 0xC2))
        return TRUE;
    }
  if (p >= len)
    return FALSE;
  if (t[p] == '$' || (guchar)t[p] == 0xE2 || (guchar)t[p] == 0xC2)
    return TRUE;
  /* "5 000 F": the franc's sign alone, at the text's end too */
  if (t[p] == 'F' && (p + 1 >= len || !g_ascii_isalnum (t[p + 1])))
    return TRUE;
  if (p + 3 > len)
    return FALSE;
  /* The first three letters of the currency words and codes after a number: "eur", "usd",
   * "dol(lars)", "liv(res)", "pou(nds)", "fra(ncs)", "mil(lions)", "tho(usand)"… */
  char w0 = ascii_lower (t[p]), w1 = ascii_lower (t[p + 1]), w2 = ascii_lower (t[p + 2]);
  if (currency_word_start (w0, w1, w2))
    return TRUE;
  /* (session 18) "25000 tk", "1 lakh taka", "2 crore rupees", "GTQ", "quetzales", "baht"… */
  if (w0 == 't' && w1 == 'k' && !g_ascii_isalnum (t[p + 2]))
    return TRUE;
  /* (session 24, g24-dates) the dirham's "1800 dhs", "30 dh"; Algeria's dinar and Madagascar's
   * ariary after a grouped sum ("14 200 DA", "150 000 Ar": the pattern's lookbehind) */
  if (w0 == 'd' && w1 == 'h' && (w2 == 's' || !g_ascii_isalnum (t[p + 2])))
    return TRUE;
  if (((t[p] == 'D' && t[p + 1] == 'A') || (t[p] == 'A' && t[p + 1] == 'r'))
      && !g_ascii_isalnum (t[p + 2]))
    return TRUE;
  return more_currency_after (w0, w1, w2);
}

/* The first three letters (lower case) of the currency words and codes after a number:
 * "eur", "usd", "dol(lars)", "liv(res)", "pou(nds)", "fra(ncs)", "mil(lions)",
 * "tho(usand)"… */
static gboolean
currency_word_start (char w0, char w1, char w2)
{
#define NEXT_TWO(b, c) (w1 == (b) && w2 == (c))
  switch (w0)
    {
      case 'a':
        return NEXT_TWO ('u', 'd') || NEXT_TWO ('e', 'd') || NEXT_TWO ('r', 's');
      case 'b':
        return NEXT_TWO ('i', 'l') || NEXT_TWO ('r', 'l') || NEXT_TWO ('d', 't')
               || NEXT_TWO ('g', 'n');
      case 'c':
        return NEXT_TWO ('h', 'f') || NEXT_TWO ('a', 'd') || NEXT_TWO ('n', 'y')
               || NEXT_TWO ('z', 'k') || NEXT_TWO ('l', 'p') || NEXT_TWO ('f', 'p')
               || NEXT_TWO ('e', 'd');
      case 'd':
        return NEXT_TWO ('o', 'l') || NEXT_TWO ('k', 'k') || NEXT_TWO ('z', 'd');
      case 'e':
        return NEXT_TWO ('u', 'r') || NEXT_TWO ('g', 'p') || NEXT_TWO ('t', 'b');
      case 'f':
        /* "francs", "FCFA", "F CFA" */
        return NEXT_TWO ('r', 'a') || NEXT_TWO ('c', 'f') || NEXT_TWO (' ', 'c');
      case 'g':
        return NEXT_TWO ('b', 'p') || NEXT_TWO ('h', 's');
      case 'h':
        return NEXT_TWO ('k', 'd') || NEXT_TWO ('u', 'f');
      case 'i':
        return NEXT_TWO ('n', 'r') || NEXT_TWO ('d', 'r') || NEXT_TWO ('s', 'k');
      case 'j':
        return NEXT_TWO ('p', 'y');
      case 'k':
        return NEXT_TWO ('e', 's') || NEXT_TWO ('r', 'w');
      case 'l':
        return NEXT_TWO ('i', 'v') || NEXT_TWO ('k', 'r');
      case 'm':
        return NEXT_TWO ('a', 'd') || NEXT_TWO ('i', 'l') || NEXT_TWO ('x', 'n')
               || NEXT_TWO ('y', 'r');
      case 'n':
        return NEXT_TWO ('z', 'd') || NEXT_TWO ('o', 'k') || NEXT_TWO ('g', 'n')
               || NEXT_TWO ('a', 'i');
      case 'p':
        return NEXT_TWO ('o', 'u') || NEXT_TWO ('l', 'n') || NEXT_TWO ('k', 'r')
               || NEXT_TWO ('e', 's');
      case 'q':
        return NEXT_TWO ('a', 'r');
      case 'r':
        return NEXT_TWO ('u', 'b') || NEXT_TWO ('w', 'f') || NEXT_TWO ('u', 'p')
               || NEXT_TWO ('e', 'a');
      case 's':
        return NEXT_TWO ('g', 'd') || NEXT_TWO ('e', 'k') || NEXT_TWO ('a', 'r')
               || NEXT_TWO ('h', 'i');
      case 't':
        return NEXT_TWO ('h', 'o') || NEXT_TWO ('n', 'd') || NEXT_TWO ('z', 's')
               || NEXT_TWO ('w', 'd') || NEXT_TWO ('h', 'b');
      case 'u':
        return NEXT_TWO ('s', 'd') || NEXT_TWO ('g', 'x') || NEXT_TWO ('a', 'h');
      case 'v':
        return NEXT_TWO ('n', 'd');
      case 'x':
        return NEXT_TWO ('o', 'f') || NEXT_TWO ('p', 'f') || NEXT_TWO ('a', 'f');
      case 'y':
        return NEXT_TWO ('e', 'n');
      case 'z':
        return NEXT_TWO ('a', 'r');
      default:
        return FALSE;
    }
#undef NEXT_TWO
}

/* The initials of the months, French and English (a table: this runs at most numbers). */
static const guint8 month_initial[256] = {
  ['j'] = 1, ['f'] = 1, ['m'] = 1, ['a'] = 1, ['s'] = 1, ['o'] = 1, ['n'] = 1, ['d'] = 1,
  ['J'] = 1, ['F'] = 1, ['M'] = 1, ['A'] = 1, ['S'] = 1, ['O'] = 1, ['N'] = 1, ['D'] = 1,
};

/* "15 mars", "1er janvier", "3rd of March": a month's initial after the day. */
static gboolean
pf_month_after (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = anchor;

  while (p < len && g_ascii_isdigit (t[p]))
    p++;
  /* "1er", "13th", "1ER" */
  for (int k = 0; k < 2 && p < len && g_ascii_isalpha (t[p]); k++)
    p++;
  gsize q = skip_spaces (t, len, p);
  if (q == p)
    return FALSE;
  if (q + 3 < len && t[q] == 'o' && t[q + 1] == 'f' && t[q + 2] == ' ')
    q += 3;
  return q < len && month_initial[(guchar)t[q]];
}

/* DIGIT anchor: pf_month_after(), then a dash after the month and before any digit
 * ("28 Aug-4 Sept", "30 juin – 2 juillet"). */
static gboolean
pf_month_range (const char *t, gsize len, gsize anchor, gsize end)
{
  if (!pf_month_after (t, len, anchor, end))
    return FALSE;
  gsize p = anchor;
  while (p < len && g_ascii_isdigit (t[p]))
    p++;
  for (gsize k = p; k < len && k - p < 24; k++)
    {
      if (t[k] == '-'
          || ((guchar)t[k] == 0xE2 && k + 2 < len && (guchar)t[k + 1] == 0x80
              && (guchar)t[k + 2] == 0x93))
        return TRUE;
      if (g_ascii_isdigit (t[k]) || t[k] == '\n')
        return FALSE;
    }
  return FALSE;
}

/* DIGIT anchor: "514 875-4410", "1 800 463-2287", "1 (800) …": a space after the first run
 * only before a bracket or in a number holding a dash or a dot. */
static gboolean
pf_phone_us (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = anchor;
  while (p < len && g_ascii_isdigit (t[p]))
    p++;
  if (p >= len || t[p] != ' ')
    return TRUE;
  if (p + 1 < len && t[p + 1] == '(')
    return TRUE;
  return memchr (t + p, '-', end - p) != NULL || memchr (t + p, '.', end - p) != NULL;
}

/* DIGIT anchor of date-german: "24. August", "3.März": a day, its dot, a capital of a
 * month's first letter. */
static gboolean
pf_german_date (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = anchor;
  (void)end;
  while (p < len && p - anchor < 3 && g_ascii_isdigit (t[p]))
    p++;
  if (p - anchor > 2 || p + 3 > len || t[p] != '.')
    return FALSE;
  p++;
  if (t[p] == ' ')
    p++;
  return p < len && strchr ("JFMASOND", t[p]) != NULL && t[p] != '\0';
}

/* DIGIT anchor: "13.04." — a day, a dot, two digits, a dot, no letter or digit after. */
static gboolean
pf_date_dotted (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = anchor;
  (void)end;
  while (p < len && g_ascii_isdigit (t[p]))
    p++;
  if (!(p + 3 <= len && t[p] == '.' && g_ascii_isdigit (t[p + 1]) && g_ascii_isdigit (t[p + 2])))
    return FALSE;
  if (p + 3 == len)
    return FALSE;
  /* "13.04.": the closing dot */
  if (t[p + 3] == '.')
    return p + 4 == len || !g_ascii_isalnum (t[p + 4]);
  /* "by 28.11" at its line's end, "from 26.11 + …": v_date_dotted() asks for a date word */
  if (t[p + 3] == '\n' || t[p + 3] == '\r'
      || (t[p + 3] == ' ' && p + 5 < len && (t[p + 4] == '+' || t[p + 4] == '&')
          && t[p + 5] == ' '))
    return TRUE;
  /* "last sync 22.11 18:00": a time after it; "le 20.10 que": a French date word before */
  if (t[p + 3] == ' ')
    return (p + 6 < len && g_ascii_isdigit (t[p + 4])
            && (t[p + 5] == ':' || (g_ascii_isdigit (t[p + 5]) && t[p + 6] == ':')))
           || (anchor >= 3 && t[anchor - 1] == ' '
               && (anchor == 3 || !g_ascii_isalpha (t[anchor - 4]))
               && (strncmp (t + anchor - 3, "le", 2) == 0 || strncmp (t + anchor - 3, "au", 2) == 0
                   || strncmp (t + anchor - 3, "du", 2) == 0));
  return FALSE;
}

/* "… 2 juin 1943 rue du Four": a year right after a month's name is no house number. */
static gboolean
v_street_number (VoileCandidate *c)
{
  static const char *const months[]
      = { "janvier",  "février", "fevrier",   "mars",      "avril",    "mai",      "juin",
          "juillet",  "août",    "aout",      "septembre", "octobre",  "novembre", "décembre",
          "decembre", "january", "february",  "march",     "april",    "may",      "june",
          "july",     "august",  "september", "october",   "november", "december", NULL };
  const char *t = c->text;
  gsize s = c->start, we, ws;

  /* (session 22, g22-addr) Québec's civic numbers, thousands apart and a comma after: "11
   * 950, rue Lachapelle" is anchored on the 950 (find_anchors()); the thousands are its own */
  if (s >= 2 && t[s - 1] == ' ' && g_ascii_isdigit (t[s - 2]) && s + 3 < c->end && t[s + 3] == ',')
    {
      gsize k = s - 1;
      while (k > 0 && s - 1 - k < 2 && g_ascii_isdigit (t[k - 1]))
        k--;
      if (s - 1 - k <= 2
          && (k == 0
              || !(g_ascii_isalnum (t[k - 1]) || t[k - 1] == '.' || t[k - 1] == ','
                   || (guchar)t[k - 1] >= 0x80)))
        c->start = s = k;
    }

  /* (session 21, g21-addr) "'27 rue Victor Hugo', '13001'": an SQL value's closing quote
   * ends no street's name */
  if (c->end > c->start + 1 && t[c->end - 1] == '\'' && c->start > 0 && t[c->start - 1] == '\''
      && (c->end >= c->len || !g_ascii_isalpha (t[c->end])))
    c->end--;

  /* "voiture 7, place 63", "niveau -2, place 214": a seat's or a parking space's number
   * after the noun, not a street's name (a name holds a word: "place du 8 Mai") */
  {
    gsize e = c->end, d = c->end;
    while (d > s && g_ascii_isdigit (t[d - 1]))
      d--;
    gsize l = d > s && t[d - 1] == ' ' ? d - 1 : d;
    gsize w = l;
    while (w > s && g_ascii_islower (t[w - 1]))
      w--;
    if (d < e && l < d && w < l && w > s && t[w - 1] == ' ')
      {
        gsize n = w - 1;
        while (n > s && (t[n - 1] == ' ' || t[n - 1] == ','))
          n--;
        gboolean only_number = TRUE;
        for (gsize q = s; q < n; q++)
          only_number &= g_ascii_isdigit (t[q]) != 0;
        if (only_number)
          return FALSE;
      }
  }

  /* A table's wide gap (three spaces) ends an address: "58 rue Nationale      3 quai…",
   * "14 rue du Faubourg Bonnefoy      M. Roux" ran into the next column and stop before it
   * (a French street's type comes first, so what is left is whole). "1–1  Newcastle
   * Selhurst Park" (a score, a club, then a ground: no lower-case street type before the
   * gap) is none. */
  for (gsize p = s; p + 3 <= c->end; p++)
    if (t[p] == ' ' && t[p + 1] == ' ' && t[p + 2] == ' ')
      {
        gboolean street_type = FALSE;
        for (gsize q = s + 1; q < p && !street_type; q++)
          street_type = t[q - 1] == ' ' && g_ascii_islower (t[q]);
        if (!street_type)
          return FALSE;
        c->end = p;
        /* "Canoë 2 pl.   Kayak 1 pl.": a number and a type with no name left is a price
         * list's seats, not a street */
        guint words = 0;
        for (gsize q = s; q < p; q++)
          words += t[q] == ' ' && t[q + 1] != ' ';
        if (words < 2)
          return FALSE;
        break;
      }
  /* "1 rue de l'Exemple", "12 Example Street": a template's placeholder (its rare 'x'
   * found first) */
  for (const char *x = memchr (t + s, 'x', c->end - s); x != NULL;
       x = memchr (x + 1, 'x', (gsize)(t + c->end - x - 1)))
    if (x > t + s && x + 6 <= t + c->end
        && (voile_ascii_strncasecmp (x - 1, "exemple", 7) == 0
            || voile_ascii_strncasecmp (x - 1, "example", 7) == 0))
      return FALSE;
  /* "33-35 Crown St": a building over several numbers, the second above the first; not a
   * score ("3-1 Selhurst Park") */
  gsize run = s;
  while (run < c->end && g_ascii_isdigit (t[run]))
    run++;
  if (run < c->end && t[run] == '-'
      && g_ascii_strtoull (t + run + 1, NULL, 10) <= g_ascii_strtoull (t + s, NULL, 10))
    return FALSE;
  if (c->end - s < 4 || !g_ascii_isdigit (t[s + 3]) || !(t[s] == '1' || t[s] == '2') || s < 4
      || t[s - 1] != ' ')
    return TRUE;
  we = s - 1;
  ws = we;
  while (ws > 0 && (g_ascii_isalpha (t[ws - 1]) || (guchar)t[ws - 1] >= 0x80))
    ws--;
  if (voile_ascii_word_in (t + ws, we - ws, months))
    return FALSE;
  return TRUE;
}

static const char *const street_abbr_lower[]
    = { "rd", "st", "ave", "blvd", "ln", "pkwy", "hwy", "road", "street", "avenue", "lane", NULL };

/* "6120 preston rd", "915 w davis st": a street typed in lower case in a text message;
 * the street type comes second or third after the number. */
static gboolean
pf_street_us_lower (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = skip_spaces (t, len, end);

  if (p == end)
    return FALSE;
  for (guint word = 0; word < 4 && p < len && g_ascii_islower (t[p]); word++)
    {
      gsize we = p;
      while (we < len && g_ascii_islower (t[we]))
        we++;
      /* Street types are 2 to 6 letters long and start with one of "abhlprs". */
      if (word > 0 && we - p >= 2 && we - p <= 6 && strchr ("abhlprs", t[p]) != NULL)
        if (voile_word_in (t + p, we - p, street_abbr_lower))
          return TRUE;
      if (we >= len || t[we] != ' ')
        return FALSE;
      p = we + 1;
    }
  (void)anchor;
  return FALSE;
}

/* Words that say a number before them is a count, not a house number: "20 min walk st…". */
static gboolean
v_street_us_lower (VoileCandidate *c)
{
  static const char *const counts[]
      = { "min", "mins", "minutes", "hours", "hrs",   "miles", "mile", "blocks", "the", "and",
          "for", "per",  "from",    "days",  "years", "times", "more", "people", NULL };
  const char *t = c->text;
  gsize i = c->start;

  while (i < c->end && g_ascii_isdigit (t[i]))
    i++;
  while (i < c->end)
    {
      while (i < c->end && t[i] == ' ')
        i++;
      gsize we = i;
      while (we < c->end && g_ascii_isalpha (t[we]))
        we++;
      if (voile_word_in (t + i, we - i, counts))
        return FALSE;
      if (we == i)
        break;
      i = we;
    }
  return v_street_number (c);
}

/* Does the line before or after the one holding text[pos] start with a number (a street
 * line, a postcode line)? */
static gboolean
neighbour_line_starts_with_digit (const char *t, gsize len, gsize pos)
{
  gsize ls, le;
  voile_line_around (t, len, pos, pos, VOILE_LINE_READ_MAX, &ls, &le);
  if (le + 1 < len && t[le] == '\n')
    {
      gsize p = le + 1;
      while (p < len && (t[p] == ' ' || t[p] == '\t'))
        p++;
      if (p < len && g_ascii_isdigit (t[p]))
        return TRUE;
    }
  if (ls >= 2 && t[ls - 1] == '\n')
    {
      gsize p, unused;
      voile_line_around (t, len, ls - 1, ls - 1, VOILE_LINE_READ_MAX, &p, &unused);
      while (p < ls && (t[p] == ' ' || t[p] == '\t'))
        p++;
      if (p < ls && g_ascii_isdigit (t[p]))
        return TRUE;
    }
  return FALSE;
}

/* Does the word ending at comma name a street's type, after the street's name ("Riverside
 * Drive, Apt 12B")? */
static gboolean
street_type_before_comma (const char *t, gsize comma)
{
  static const char *const types[]
      = { "Drive", "Road", "Street", "Avenue", "Lane", "Close", "Crescent", "Way", "Court", NULL };
  /* one byte past the longest type: a longer word is none, its cut reads a letter before */
  gsize b = voile_word_start (t, comma, 9, VOILE_WORD_ASCII);
  if (b < 2 || t[b - 1] != ' ' || !g_ascii_islower (t[b - 2]))
    return FALSE;
  if (voile_word_in (t + b, comma - b, types))
    return TRUE;
  return FALSE;
}

/* Does the line before or after the one holding text[pos] hold a number at pos's column,
 * after a gap of spaces (a street or postcode line of a block laid out in columns)? */
static gboolean
neighbour_column_starts_with_digit (const char *t, gsize len, gsize pos)
{
  gsize ls, le;
  voile_line_around (t, len, pos, pos, VOILE_LINE_READ_MAX, &ls, &le);
  gsize col = pos - ls;
  gsize starts[2] = { G_MAXSIZE, G_MAXSIZE };
  if (le + 1 < len && t[le] == '\n')
    starts[0] = le + 1;
  if (ls >= 2 && t[ls - 1] == '\n')
    {
      gsize unused;
      voile_line_around (t, len, ls - 1, ls - 1, VOILE_LINE_READ_MAX, &starts[1], &unused);
    }
  for (guint k = 0; k < 2; k++)
    {
      gsize p = starts[k];
      if (p == G_MAXSIZE)
        continue;
      gsize q = p;
      while (q < len && q - p < col && t[q] != '\n')
        q++;
      if (q - p == col && q < len && g_ascii_isdigit (t[q]) && t[q - 1] == ' ' && t[q - 2] == ' ')
        return TRUE;
    }
  return FALSE;
}

/* "Appt 31" alone on its line is as often an appointment as a flat: a flat's line sits in
 * an address block, above or below its street line. */
/* (session 18) "Home address: Flat 11, Weavers Court": an address field's value is one span,
 * the field's reader's; the building alone is for values no label introduces. */
static gboolean
v_building_after_flat (VoileCandidate *c)
{
  const char *t = c->text;
  gsize ls = c->start;
  while (ls > 0 && t[ls - 1] != '\n' && c->start - ls < 200)
    ls--;
  for (gsize i = ls; i + 6 <= c->start; i++)
    if ((t[i] == 'd' || t[i] == 'D') && voile_ascii_strncasecmp (t + i, "dress", 5) == 0)
      return FALSE; /* "address", "adresse" */
  return TRUE;
}

static const char *const kw_countries[];

/* (session 20, g20-addr) "2037 Ariana, TUNISIE": a postcode that reads as a year is one only
 * when a comma before it continues an address line ("Cité Ennasr 2, 2037 Ariana, …"); "2019
 * Annual Report, Germany" is a heading. */
static gboolean
v_postcode_town_country (VoileCandidate *c)
{
  const char *t = c->text;
  gsize s = c->start;

  if (s + 5 <= c->len && ((t[s] == '1' && t[s + 1] == '9') || (t[s] == '2' && t[s + 1] == '0'))
      && g_ascii_isdigit (t[s + 2]) && g_ascii_isdigit (t[s + 3]) && t[s + 4] == ' '
      && !(s >= 2 && t[s - 1] == ' ' && t[s - 2] == ','))
    return FALSE;
  /* the country after the comma is one of the rule's keywords */
  gboolean country = FALSE;
  gsize w = c->match_end - 1; /* the country's capital, one or two bytes */
  while (w > c->end && ((guchar)t[w] & 0xC0) == 0x80)
    w--;
  for (const char *const *k = kw_countries; *k != NULL && !country; k++)
    {
      gsize n = strlen (*k) - 1; /* the final '$' */
      country = w + n <= c->len && voile_ascii_strncasecmp (t + w, *k, n) == 0
                && (w + n == c->len || !g_ascii_isalpha (t[w + n]));
    }
  if (!country)
    return FALSE;
  /* "Changzhou, Jiangsu 213022, China": a town before the province opens its part of the
   * line; not the "Tower" of "… Business Tower, St Julian's STJ 4011" */
  if (memchr (t + s, ',', c->end - s) != NULL && s > 0 && t[s - 1] != '\n' && t[s - 1] != '\t'
      && !(s >= 2 && t[s - 1] == ' ' && (t[s - 2] == ',' || t[s - 2] == ':' || t[s - 2] == ' ')))
    return FALSE;
  /* "Home address: Str. Mihai Eminescu nr. 14, Suceava 720034, Romania": an address
   * field's value is one span, the field's */
  return v_building_after_flat (c);
}

/* (session 20, g20-addr) "Flat 5, Aire Heights" outside an address field is two spans,
 * "building-line"'s flat and "building-after-flat"'s block (session 18): leave them theirs. */
static gboolean
v_house_no_street (VoileCandidate *c);

static gboolean
v_unit_chain_estate (VoileCandidate *c)
{
  static const char *const flats[] = { "flat", "apartment", "apt", NULL };
  static const char *const blocks[]
      = { "mansions", "tower", "heights", "apartments", "residency", NULL };
  const char *t = c->text;
  gsize w = c->start, commas = 0, last = c->start;

  /* (session 22, g22-addr2) "No. 4 Adebayo Compound" opens an address: its line, its field,
   * or after "at" (not a list's "Track No. 3 Shadow Tower") */
  if (c->start + 3 <= c->end && (t[c->start] == 'N') && (t[c->start + 1] | 0x20) == 'o'
      && t[c->start + 2] == '.')
    return v_house_no_street (c);
  while (w < c->end && g_ascii_isalpha (t[w]))
    w++;
  if (!voile_ascii_word_in (t + c->start, w - c->start, flats))
    return TRUE;
  for (gsize i = c->start; i < c->end; i++)
    {
      commas += t[i] == ',';
      if (t[i] == ' ')
        last = i + 1;
    }
  if (commas != 1 || !voile_ascii_word_in (t + last, c->end - last, blocks))
    return TRUE;
  return !v_building_after_flat (c);
}

/* (session 20, g20-addr) "101000 Москва" opens its line (an indent before it) or follows a
 * comma, a colon or a tab; "Артикул 123456 Серый" is an article's number. */
static gboolean
v_postcode_cyr (VoileCandidate *c)
{
  const char *t = c->text;
  gsize p = c->start;

  while (p > 0 && c->start - p < 64 && t[p - 1] == ' ')
    p--;
  if (p == 0 || t[p - 1] == '\n' || t[p - 1] == '\t' || t[p - 1] == ':' || t[p - 1] == '(')
    return TRUE;
  return t[p - 1] == ',' && p < c->start;
}

/* (session 20, g20-addr) "No. 81, … Avenue" opens its line, its field or its part of the
 * line, or follows "at", "to", "in": not a list's or a record's "Track No. 3, Penny Lane". */
static gboolean
v_house_no_street (VoileCandidate *c)
{
  const char *t = c->text;
  gsize p = c->start;

  while (p > 0 && c->start - p < 64 && (t[p - 1] == ' ' || t[p - 1] == '\t'))
    p--;
  /* (session 22, g22-addr) an XML element's text: "<Address>No. 56/3, …" */
  if (p == 0 || t[p - 1] == '\n' || t[p - 1] == ':' || t[p - 1] == ',' || t[p - 1] == '('
      || t[p - 1] == '"' || t[p - 1] == '\t' || t[p - 1] == '>')
    return TRUE;
  return p >= 3 && p < c->start && t[p - 3] == ' '
         && ((t[p - 2] == 'a' && t[p - 1] == 't') || (t[p - 2] == 't' && t[p - 1] == 'o')
             || (t[p - 2] == 'i' && t[p - 1] == 'n'));
}

/* (session 20, g20-addr) street-abroad-numbered: the house's "No." first is read where an
 * address opens (v_house_no_street). */
static gboolean
v_street_abroad (VoileCandidate *c)
{
  const char *t = c->text;
  if (c->start + 3 <= c->len && (t[c->start] == 'N')
      && (t[c->start + 1] == 'o' || t[c->start + 1] == 'O') && t[c->start + 2] == '.')
    return v_house_no_street (c);
  return TRUE;
}

static gboolean
v_building_line (VoileCandidate *c)
{
  const char *t = c->text;
  gsize e = c->end;

  /* "APT 2.6.1   04 avril 2019": a program and its version (a manual page's footer) */
  if (e + 1 < c->len && t[e] == '.' && g_ascii_isdigit (t[e + 1]))
    return FALSE;
  /* (session 21, g21-addr) "Bâtiment A - Pavillon Laënnec : pneumologie", "Block C:
   * Science labs": a site plan's or a directory's heading, the building then a dash or a
   * colon and what it houses, no number of an address on the line. */
  {
    gsize q = e;
    while (q < c->len && q - e < 4 && t[q] == ' ')
      q++;
    gsize dash = q < c->len && (t[q] == ':' || t[q] == '-') ? 1
                 : q + 2 < c->len && (guchar)t[q] == 0xE2 && (guchar)t[q + 1] == 0x80
                         && ((guchar)t[q + 2] == 0x93 || (guchar)t[q + 2] == 0x94)
                     ? 3
                     : 0;
    if (dash != 0 && q + dash < c->len && t[q + dash] == ' ')
      {
        /* a street's number ("- 12 rue …") or a postcode on the line; not a floor's "2e
         * étage", "1er", "niveau -1" */
        gboolean number = FALSE;
        for (gsize k = q + dash; k < c->len && k - q < 240 && t[k] != '\n' && !number; k++)
          if (g_ascii_isdigit (t[k]) && t[k - 1] == ' ')
            {
              gsize r = k;
              while (r < c->len && r - k < 6 && g_ascii_isdigit (t[r]))
                r++;
              number = r - k == 5 || (r + 1 < c->len && t[r] == ' ' && g_ascii_isalpha (t[r + 1]));
            }
        /* "Bât. C – Cité Les Lauriers", "Bât. C - Résidence Les Platanes": the estate the
         * building stands in, the address's next part */
        static const char *const estates[]
            = { "cité",    "cite",   "résidence", "residence", "immeuble", "lotissement", "lot",
                "domaine", "hameau", "quartier",  "ensemble",  "parc",     NULL };
        gsize w = q + dash + 1, we = w;
        while (we < c->len && we - w < 16 && (g_ascii_isalpha (t[we]) || (guchar)t[we] >= 0x80))
          we++;
        if (!number && !voile_ascii_word_in (t + w, we - w, estates))
          return FALSE;
      }
  }
  /* "NPI 1497362851        Apt 1207": a column of two side by side, the flat's line of
   * the block whose street line sits above it in the same column. */
  if (c->start > 1 && t[c->start - 1] == ' ' && t[c->start - 2] == ' ')
    {
      gsize b = c->start;
      while (b > 0 && t[b - 1] == ' ')
        b--;
      /* "Address:       Flat 3, Beacon Court": a label's value, the address field's */
      return (b == 0 || t[b - 1] != ':')
             && neighbour_column_starts_with_digit (t, c->len, c->start);
    }
  if (c->start > 1 && t[c->start - 2] == ',')
    return street_type_before_comma (t, c->start - 2);
  if ((t[c->start] | 0x20) != 'a' || (t[c->start + 1] | 0x20) != 'p')
    return TRUE;
  for (gsize i = c->start; i < c->end; i++)
    if (t[i] == ','
        || (t[i] == ' ' && i + 1 < c->end && g_ascii_isalpha (t[i + 1]) && i > c->start + 5))
      return TRUE; /* "Appt 12, 3e étage": two parts */
  while (e < c->len && t[e] == ' ')
    e++;
  if (e < c->len && t[e] != '\n' && t[e] != '\r' && t[e] != '"' && t[e] != '\t')
    return TRUE; /* more on its line: "Apt 4, 12 rue …" */
  return neighbour_line_starts_with_digit (t, c->len, c->start);
}

/* "Résidence Les Lilas" without a flat number: only as a line of an address block. */
static gboolean
v_residence_line (VoileCandidate *c)
{
  const char *t = c->text;
  gboolean building = FALSE;

  for (gsize i = c->start; i < c->end; i++)
    if (g_ascii_isdigit (t[i]))
      return TRUE;
    else if (t[i] == ' ' && i + 4 <= c->end && (t[i + 1] | 0x20) == 'b'
             && ((t[i + 2] | 0x20) == 'a' || memcmp (t + i + 2, "\xc3\xa2", 2) == 0
                 || memcmp (t + i + 2, "\xc3\x82", 2) == 0))
      building = TRUE;
  if (c->start == 0 || strchr ("\n\t\"'", t[c->start - 1]) != NULL)
    return TRUE;
  /* (session 24, g24-addr) the estate and its building's letter as a part of an address
   * line or a cell, after a comma, a label's colon or a separator: "Mme Aït Belkacem,
   * Résidence Les Alpages, bât. B", "…;RESIDENCE PAUL APPELL BAT C;67000" */
  return building
         && (strchr (";|,", t[c->start - 1]) != NULL
             || (c->start >= 2 && t[c->start - 1] == ' '
                 && (t[c->start - 2] == ',' || t[c->start - 2] == ':')));
}

/* "8-9 décembre", "21 – 23 Feb": a range of days, then a month. */
static gboolean
pf_day_range (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = anchor;

  (void)end;
  while (p < len && g_ascii_isdigit (t[p]))
    p++;
  if (p + 1 < len && t[p] == 'e' && t[p + 1] == 'r')
    p += 2;
  if (p < len && t[p] == ' ')
    p++;
  if (p < len && t[p] == '-')
    p++;
  else if (p + 2 < len && (guchar)t[p] == 0xE2 && (guchar)t[p + 1] == 0x80
           && (guchar)t[p + 2] == 0x93)
    p += 3;
  /* "du 1er au 30 novembre", "from 14 to 16 March" */
  else if (p + 3 < len && t[p - 1] == ' '
           && ((t[p] == 'a' && t[p + 1] == 'u') || (t[p] == 't' && t[p + 1] == 'o'))
           && t[p + 2] == ' ')
    p += 2;
  else
    return FALSE;
  if (p < len && t[p] == ' ')
    p++;
  return p < len && g_ascii_isdigit (t[p]) && pf_month_after (t, len, p, end);
}

/* Second letters of the French street types, one bit per letter ('a' is bit 0); the lead
 * byte of "ré" (résidence) is bit 26. */
#define SECOND(c) (1u << ((c) - 'a'))
#define SECOND_C3 (1u << 26)
static const guint32 street_fr_seconds[26] = {
  ['r' - 'a'] = SECOND ('u') | SECOND ('o') | SECOND ('e') | SECOND ('t') | SECOND_C3, /* "rte" */
  ['a' - 'a'] = SECOND ('v') | SECOND ('l'),
  ['b' - 'a'] = SECOND ('d') | SECOND ('o') | SECOND ('e'),
  ['i' - 'a'] = SECOND ('m'),
  ['c' - 'a'] = SECOND ('h') | SECOND ('o') | SECOND ('i') | SECOND ('l') | SECOND ('a'),
  ['p' - 'a'] = SECOND ('l') | SECOND ('a') | SECOND ('r'),
  ['q' - 'a'] = SECOND ('u'),
  ['s' - 'a'] = SECOND ('q') | SECOND ('e') | SECOND ('t'), /* "straed" (Breton) */
  ['v' - 'a'] = SECOND ('o') | SECOND ('i') | SECOND ('e'),
  ['f' - 'a'] = SECOND ('a') | SECOND ('g'),
  ['l' - 'a'] = SECOND ('o') | SECOND ('i') | SECOND ('e'),
  ['h' - 'a'] = SECOND ('a') | SECOND ('e'), /* "hent" (Breton) */
  ['e' - 'a'] = SECOND ('s') | SECOND ('n'),
  ['m' - 'a'] = SECOND ('o') | SECOND ('a'),
  ['t' - 'a'] = SECOND ('r') | SECOND ('e'),
  ['d' - 'a'] = SECOND ('o') | SECOND ('i') | SECOND ('r'),
  ['g' - 'a'] = SECOND ('a'),
};
#undef SECOND

/* The word after the number (and "bis", "B", ","): a street type's first two letters. */
static gboolean
pf_street_fr (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = anchor;

  while (p < len && g_ascii_isdigit (t[p]))
    p++;
  /* (session 21, g21-addr) "29-31 cours de la Liberté": a range of numbers */
  if (p + 1 < len && t[p] == '-' && g_ascii_isdigit (t[p + 1]) && p - anchor <= 4)
    {
      gsize q = p + 1;
      while (q < len && q - p <= 5 && g_ascii_isdigit (t[q]))
        q++;
      if (q - p <= 5)
        p = q;
    }
  p = skip_spaces (t, len, p);
  /* memcmp(), not strncmp(): with a constant length the compiler inlines it. */
  if (p + 3 <= len && (memcmp (t + p, "bis", 3) == 0 || memcmp (t + p, "ter", 3) == 0))
    p += 3;
  else if (p + 6 <= len && memcmp (t + p, "quater", 6) == 0)
    p += 6;
  /* "3 B, rue…": a letter alone; "3 résidence" starts with one too, then a UTF-8 byte. */
  else if (p < len && g_ascii_isalpha (t[p])
           && (p + 1 >= len || (!g_ascii_isalpha (t[p + 1]) && (guchar)t[p + 1] < 0x80)))
    p++;
  if (p < len && t[p] == ',')
    {
      p++;
      /* "8745, 14e Avenue": Québec's numbered avenue after the comma */
      gsize q = skip_spaces (t, len, p), d = q;
      while (d < len && d - q < 2 && g_ascii_isdigit (t[d]))
        d++;
      if (d > q && d + 1 < len && (t[d] == 'e' || (t[d] == 'r' && t[d + 1] == 'e')))
        return TRUE;
    }
  p = skip_spaces (t, len, p);
  /* "18 grande rue de la Croix-Rousse": an adjective before the type */
  static const char *const adjectives[]
      = { "grande ", "grand ", "petite ", "vieille ", "haute ", "basse ", "grande-", NULL };
  char first = p + 1 < len ? ascii_lower (t[p]) : '\0';
  char second = first != '\0' ? ascii_lower (t[p + 1]) : '\0';
  if ((first == 'g' && second == 'r') || (first == 'p' && second == 'e')
      || (first == 'v' && second == 'i') || (first == 'h' && second == 'a')
      || (first == 'b' && second == 'a'))
    for (const char *const *a = adjectives; *a != NULL; a++)
      if ((*a)[0] == first && p + strlen (*a) < len
          && voile_ascii_strncasecmp (t + p, *a, strlen (*a)) == 0)
        {
          p += strlen (*a);
          break;
        }
  if (p + 2 > len)
    return FALSE;
  /* First two letters of the street types (rue, avenue, bd, boulevard, allée, impasse,
   * chemin, cours, cité, clos, place, passage, promenade, quai, square, sentier, voie,
   * villa, faubourg, fg, lotissement, lieu-dit, hameau, esplanade, montée, traverse,
   * domaine, galerie, résidence, route…): per first letter, the set of second letters. */
  char a = ascii_lower (t[p]);
  if (a < 'a' || a > 'z')
    return FALSE;
  guint32 seconds = street_fr_seconds[a - 'a'];
  char b = ascii_lower (t[p + 1]);
  if (b >= 'a' && b <= 'z')
    return (seconds >> (b - 'a')) & 1;
  return (guchar)b == 0xC3 && (seconds & SECOND_C3) != 0;
}

static inline gsize
run_end (const char *t, gsize len, gsize p)
{
  while (p < len && g_ascii_isdigit (t[p]))
    p++;
  return p;
}

/* The end of a house number at p: "8/62 Ipswich Road", the unit, a slash, then the house
 * (Australia, New Zealand); "33-35 Crown St", "8-10 Marsham St", a building over several
 * numbers (v_street_number() wants the second above the first). */
static gsize
house_number_tail (const char *t, gsize len, gsize p, gsize e)
{
  if (t[e] == '/' && g_ascii_isdigit (t[e + 1]))
    return run_end (t, len, e + 1);
  if (t[e] == '-' && g_ascii_isdigit (t[e + 1]) && e - p <= 4)
    {
      gsize e2 = run_end (t, len, e + 1);
      if (e2 - e - 1 <= 4 && e2 < len && t[e2] == ' ')
        return e2;
    }
  return e;
}

/* Where the house number at p ends, most often its digits' end: see house_number_tail(). */
static inline gsize
house_number_end (const char *t, gsize len, gsize p)
{
  gsize e = run_end (t, len, p);

  if (G_LIKELY (e + 1 >= len || (t[e] != '/' && t[e] != '-')))
    return e;
  return house_number_tail (t, len, p, e);
}

/* "221B Baker Street": a capitalised word after the number. */
static gboolean
pf_capitalised_word_after (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = house_number_end (t, len, anchor);

  if (p < len && g_ascii_isalpha (t[p]))
    p++;
  gsize q = skip_spaces (t, len, p);
  if (q == p || q >= len)
    return FALSE;
  /* "450 5th Ave": an ordinal street name. */
  gsize d = q;
  while (d < len && d < q + 3 && g_ascii_isdigit (t[d]))
    d++;
  if (d > q && d + 1 < len && (t[d] == 's' || t[d] == 'n' || t[d] == 'r' || t[d] == 't')
      && (t[d + 1] == 't' || t[d + 1] == 'd' || t[d + 1] == 'h'))
    return TRUE;
  return g_ascii_isupper (t[q]) || (guchar)t[q] >= 0xC3;
}

/* "3 ABC", "123-AB": a separator then two capitals after the digits. */
static gboolean
pf_capitals_after (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = run_end (t, len, anchor);
  return p + 2 < len && g_ascii_isupper (t[p + 1]) && g_ascii_isupper (t[p + 2]);
}

/* "123 456 789…" or a long block: the shapes of SIREN and SIRET numbers. */
static gboolean
pf_siren_siret (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = run_end (t, len, anchor);
  gsize n = p - anchor;
  if (n == 3)
    return p + 3 < len && (t[p] == ' ' || t[p] == '.') && g_ascii_isdigit (t[p + 1])
           && g_ascii_isdigit (t[p + 2]) && g_ascii_isdigit (t[p + 3]);
  return n == 9 || n == 14;
}

/* The patterns' SPACE: ' ', no-break space, narrow no-break space (not tabs). */
static gsize
skip_space_chars (const char *t, gsize len, gsize p)
{
  return skip_blanks (t, len, p, FALSE);
}

/* Where the word after a house number and its letter ("221B ") starts, past one or more
 * plain spaces (the street patterns' "[ ]+"); len when there is none. */
static gsize
word_after_house_number (const char *t, gsize len, gsize anchor)
{
  gsize p = house_number_end (t, len, anchor);

  if (p < len && g_ascii_isalpha (t[p]))
    p++;
  if (p >= len || t[p] != ' ')
    return len;
  while (p < len && t[p] == ' ')
    p++;
  return p;
}

/* (session 25, g25-addr) The US Postal Service's abbreviations of a street's type, as its
 * standard writes an address in capitals (X12's N3, HL7's XAD, EDIFACT's NAD, a claim
 * form's or a bank's export): "3715 W HAYWARD PL", "4400 SE DIVISION ST STE 120". */
static const char *const street_abbr_upper[]
    = { "AVE", "BLVD", "CIR", "CT", "DR",  "HWY", "LN",  "PKWY", "PL",
        "PLZ", "RD",   "SQ",  "ST", "TER", "TRL", "WAY", NULL };

/* "3715 W HAYWARD PL": after the number, up to four words in capitals (a direction, an
 * ordinal "97TH"), then one of street_abbr_upper[] as the second to fifth word. */
static gboolean
pf_street_us_upper (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = skip_spaces (t, len, end);

  if (p == end)
    return FALSE;
  for (guint word = 0; word < 5 && p < len; word++)
    {
      gsize we = p;
      while (we < len && g_ascii_isdigit (t[we]) && we - p < 3)
        we++;
      while (we < len && (g_ascii_isupper (t[we]) || t[we] == '\'' || t[we] == '-'))
        we++;
      if (we == p || (we < len && (g_ascii_islower (t[we]) || g_ascii_isdigit (t[we]))))
        return FALSE;
      if (word > 0 && we - p >= 2 && we - p <= 4
          && voile_word_in (t + p, we - p, street_abbr_upper))
        return TRUE;
      if (we >= len || t[we] != ' ')
        return FALSE;
      p = we + 1;
    }
  (void)anchor;
  return FALSE;
}

/* pf_street_us_upper()'s street: no function word nor a count's unit among the name's words
 * ("2 PATIENTS SEEN BY DR", "TAKE 2 TABS PO DR"), then v_street_number(). */
static gboolean
v_street_us_upper (VoileCandidate *c)
{
  static const char *const not_names[]
      = { "AM",  "AND", "ARE",   "AT",  "BY",   "CAP", "CAPS",  "DAY", "DAYS", "FOR", "FROM",
          "HR",  "HRS", "IN",    "IS",  "KG",   "LB",  "LBS",   "MCG", "MG",   "MIN", "MINS",
          "ML",  "NO",  "OF",    "ON",  "OR",   "OZ",  "PCS",   "PER", "PM",   "TAB", "TABS",
          "THE", "TO",  "UNITS", "WAS", "WITH", "X",   "YEARS", "YR",  "YRS",  NULL };
  const char *t = c->text;
  gsize i = c->start;

  while (i < c->end && g_ascii_isdigit (t[i]))
    i++;
  for (guint word = 0; i < c->end && word < 5; word++)
    {
      while (i < c->end && t[i] == ' ')
        i++;
      gsize we = i;
      while (we < c->end && t[we] != ' ')
        we++;
      /* the last word is the street's type, read by the pattern */
      if (we >= c->end)
        break;
      if (voile_word_in (t + i, we - i, not_names))
        return FALSE;
      i = we;
    }
  return v_street_number (c);
}

/* "221B Baker Street": after the number and its first word (or ordinal), spaces and a
 * capital, a digit or a UTF-8 letter: the next word or the street type ("3 œufs et 50 cl",
 * "13008 Marseille." are no street). */
static gboolean
pf_street_en (const char *t, gsize len, gsize anchor, gsize end)
{
  /* Its own test first: most numbers fail it as soon as pf_capitalised_word_after(). */
  gsize p = word_after_house_number (t, len, anchor);
  if (p >= len)
    return FALSE;
  if (g_ascii_isdigit (t[p]))
    {
      /* What pf_capitalised_word_after() says here, where its word starts too: an ordinal
       * ("450 5th Ave", left to the pattern), not a number ("06 12 34 56 78"). */
      gsize d = p;
      while (d < len && d < p + 3 && g_ascii_isdigit (t[d]))
        d++;
      return d + 1 < len && (t[d] == 's' || t[d] == 'n' || t[d] == 'r' || t[d] == 't')
             && (t[d + 1] == 't' || t[d + 1] == 'd' || t[d + 1] == 'h');
    }
  /* A lower-case word there fails pf_capitalised_word_after(), which starts here too. */
  if (g_ascii_islower (t[p]))
    return FALSE;
  /* The word: letters (any UTF-8 byte may be one), '\'' and '-'. */
  while (p < len && (g_ascii_isalpha (t[p]) || (guchar)t[p] >= 0x80 || t[p] == '\'' || t[p] == '-'))
    p++;
  /* "27 Hollybush\nCrescent": the street's type alone on the next line of a PDF */
  if (p + 1 < len && (t[p] == '\n' || (t[p] == '\r' && t[p + 1] == '\n')))
    {
      p += t[p] == '\r' ? 2 : 1;
      if (p >= len || !g_ascii_isupper (t[p]))
        return FALSE;
      p++;
      while (p < len && g_ascii_islower (t[p]))
        p++;
      if (p < len && t[p] == '.')
        p++;
      return p >= len || t[p] == '\n' || t[p] == '\r' || t[p] == ',' || t[p] == ' ';
    }
  if (p < len && t[p] == '.')
    p++;
  if (p >= len || t[p] != ' ')
    return FALSE;
  while (p < len && t[p] == ' ')
    p++;
  return p < len && (g_ascii_isupper (t[p]) || g_ascii_isdigit (t[p]) || (guchar)t[p] >= 0x80)
         && pf_capitalised_word_after (t, len, anchor, end);
}

/* "45 Olympic-ro 35-gil", "302-1504, 45 Olympic-ro": after the number (the flat and
 * building's before it), one or two capitalised words, the second or the first ending in a
 * Korean road's suffix after a dash. Reads those two words only. */
static gboolean
pf_street_kr (const char *t, gsize len, gsize anchor, gsize end)
{
  static const char *const suffixes[] = { "ro", "gil", "daero", NULL };
  gsize p = end;

  (void)anchor;
  if (p + 1 < len && t[p] == ',')
    {
      p++;
      while (p < len && t[p] == ' ')
        p++;
      if (p >= len || !g_ascii_isdigit (t[p]))
        return FALSE;
      while (p < len && (g_ascii_isdigit (t[p]) || t[p] == '-'))
        p++;
    }
  for (guint word = 0; word < 2; word++)
    {
      if (p + 2 >= len || t[p] != ' ' || !g_ascii_isupper (t[p + 1]))
        return FALSE;
      p += 2;
      while (p < len && (g_ascii_isalnum (t[p])))
        p++;
      if (p + 2 < len && t[p] == '-')
        {
          for (const char *const *x = suffixes; *x != NULL; x++)
            {
              gsize n = strlen (*x);
              if (p + 1 + n <= len && memcmp (t + p + 1, *x, n) == 0
                  && (p + 1 + n == len || !g_ascii_isalpha (t[p + 1 + n])))
                return TRUE;
            }
          return FALSE;
        }
    }
  return FALSE;
}

/* "42 Nguyễn Huệ", "145/12 Nguyễn Đình Chiểu": a Vietnamese street, named after a person in
 * capitalised syllables of which one at least holds a letter only Vietnamese writes (ơ,
 * ư, đ, ă, or the Latin Extended Additional block's tone marks). */
static gboolean
vietnamese_letter_after (const char *t, gsize len, gsize end)
{
  gsize p = end;

  if (p + 2 >= len || t[p] != ' ' || !(g_ascii_isupper (t[p + 1]) || (guchar)t[p + 1] >= 0xC3))
    return FALSE;
  for (gsize stop = MIN (len, end + 24); p + 1 < stop; p++)
    {
      guchar a = (guchar)t[p], b = (guchar)t[p + 1];
      if (t[p] == '\n' || t[p] == '\t' || t[p] == ',' || t[p] == '"')
        return FALSE;
      if ((a == 0xE1 && (b == 0xBA || b == 0xBB))
          || (a == 0xC6 && (b == 0xA0 || b == 0xA1 || b == 0xAF || b == 0xB0))
          || (a == 0xC4 && (b == 0x90 || b == 0x91 || b == 0x82 || b == 0x83)))
        return TRUE;
    }
  return FALSE;
}

static gboolean
pf_street_vn (const char *t, gsize len, gsize anchor, gsize end)
{
  (void)anchor;
  return vietnamese_letter_after (t, len, end);
}

/* The pattern reads any capitalised syllables: the prefilter's test again, for the match. */
static gboolean
v_street_vn (VoileCandidate *c)
{
  gsize e = c->start;
  while (e < c->end && (g_ascii_isdigit (c->text[e]) || c->text[e] == '/'))
    e++;
  return vietnamese_letter_after (c->text, c->len, e);
}

/* "12 Heol y Coed": the street word's initial after the number, before the capitalised
 * word test (most numbers followed by a capital start no Welsh street). */
static gboolean
pf_street_welsh (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = word_after_house_number (t, len, anchor);

  if (p >= len)
    return FALSE;
  switch (t[p])
    {
      case 'H': /* Heol */
      case 'F': /* Ffordd */
      case 'S': /* Stryd */
      case 'L': /* Lôn */
      case 'R': /* Rhodfa */
      case 'C': /* Cilgant */
      case 'M': /* Maes */
        return pf_capitalised_word_after (t, len, anchor, end);
      default:
        return FALSE;
    }
}

/* A card number's first fourteen bytes are digits, spaces or dashes whatever its layout:
 * "2024-03-15 10:32" is rejected before the pattern. */
static gboolean
pf_card (const char *t, gsize len, gsize anchor, gsize end)
{
  if (len - anchor < 14)
    return FALSE;
  for (gsize i = anchor; i < anchor + 14; i++)
    if (!g_ascii_isdigit (t[i]) && t[i] != ' ' && t[i] != '-')
      return FALSE;
  return TRUE;
}

/* "81.64.112.7": the second octet is one to three digits and a dot follows it. */
static gboolean
pf_ipv4 (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = run_end (t, len, anchor);
  gsize q = run_end (t, len, p + 1);

  return q - p - 1 >= 1 && q - p - 1 <= 3 && q < len && t[q] == '.';
}

/* "15/03/2024", "15.03.24": one or two digits after the first separator, then the same
 * separator ("0.173" is no date). */
static gboolean
pf_date_num (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = run_end (t, len, anchor);
  gsize q = run_end (t, len, p + 1);

  return q - p - 1 >= 1 && q - p - 1 <= 2 && q < len && t[q] == t[p];
}

/* "123-45-6789": two digits after the first separator, then the same separator. */
static gboolean
pf_us_ssn (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = run_end (t, len, anchor);
  gsize q = run_end (t, len, p + 1);

  return q - p - 1 == 2 && q < len && t[q] == t[p];
}

/* "30002 00550 0000157841Z 25": five digits then a space or tab after the spaces following
 * the bank code ("75011 Paris" is no RIB). */
static gboolean
pf_rib (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = run_end (t, len, anchor);

  while (p < len && (t[p] == ' ' || t[p] == '\t'))
    p++;
  gsize q = run_end (t, len, p);
  return q - p == 5 && q < len && (t[q] == ' ' || t[q] == '\t');
}

/* KEYWORD anchor: "March 5", "févr. 12": after the month's letters (UTF-8 ones too) and
 * an optional '.', spaces and a digit. */
static gboolean
pf_month_day (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = anchor;

  for (;;)
    {
      if (p >= len)
        break;
      guchar c = (guchar)t[p];
      if (c == 0xC2 && p + 1 < len && (guchar)t[p + 1] == 0xA0)
        break;
      if (c == 0xE2 && p + 2 < len && (guchar)t[p + 1] == 0x80 && (guchar)t[p + 2] == 0xAF)
        break;
      if (!g_ascii_isalpha (c) && c < 0x80)
        break;
      p++;
    }
  if (p < len && t[p] == '.')
    p++;
  gsize q = skip_space_chars (t, len, p);
  /* The day: one or two digits ("mars 2024" is no month-first date). */
  return q > p && q < len && g_ascii_isdigit (t[q]) && run_end (t, len, q) - q <= 2;
}

/* "dix-huit novembre": a word, not a figure, right before the month. */
static gboolean
pf_day_in_words (const char *t, gsize len, gsize anchor, gsize end)
{
  /* the last part of the day's words: "vingt-deux", "vingt et un", "dix-huit" */
  static const char *const last[]
      = { "premier",  "un",     "deux",  "trois", "quatre", "cinq",  "six",
          "sept",     "huit",   "neuf",  "dix",   "onze",   "douze", "treize",
          "quatorze", "quinze", "seize", "vingt", "trente", NULL };
  if (anchor < 3 || t[anchor - 1] != ' ')
    return FALSE;
  gsize e = anchor - 1, s = e;
  while (s > 0 && g_ascii_isalpha (t[s - 1]) && e - s < 8)
    s--;
  /* the words are lower-case ASCII: those of another first letter are not compared */
  char first = (char)(t[s] | 0x20);
  for (const char *const *w = last; *w != NULL; w++)
    if ((*w)[0] == first && strlen (*w) == e - s && voile_ascii_strncasecmp (t + s, *w, e - s) == 0)
      return TRUE;
  return FALSE;
}

/* (session 21, g21-addr) LDAP's "{CRYPT}$6$…": the scheme's label in braces just before the
 * hash is the value's, as the key-value reading takes it. */
static gboolean
v_crypt_hash (VoileCandidate *c)
{
  const char *t = c->text;
  if (c->start > 2 && t[c->start - 1] == '}')
    {
      gsize b = c->start - 1;
      while (b > 0 && c->start - b < 16 && g_ascii_isalnum (t[b - 1]))
        b--;
      if (b > 0 && t[b - 1] == '{' && b < c->start - 1)
        c->start = b - 1;
    }
  return TRUE;
}

/* (session 21, g21-addr) CURRENCY anchor: a crypt(3) hash's '$' and its scheme ("$2y$10$",
 * "$6$", "$y$", "$argon2id$"), before the pattern runs. */
static gboolean
pf_crypt_hash (const char *t, gsize len, gsize anchor, gsize end)
{
  (void)end;
  if (t[anchor] != '$' || anchor + 4 >= len)
    return FALSE;
  const char *s = t + anchor + 1;
  if (s[0] == '2' && (s[1] == '$' || ((s[1] == 'a' || s[1] == 'b' || s[1] == 'y') && s[2] == '$')))
    return TRUE;
  if ((s[0] == '1' || s[0] == '5' || s[0] == '6' || s[0] == 'y') && s[1] == '$')
    return TRUE;
  return anchor + 8 < len && memcmp (s, "argon2", 6) == 0;
}

/* CURRENCY and KEYWORD anchors: "€ 1 500", "US$20", "EUR 300": the sign or code, at most
 * one space, then a digit ("2919,00 € — TVA" is no amount after its sign). */
static gboolean
pf_currency_before (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = anchor;
  guchar c = (guchar)t[p];

  if (c == '$')
    p += 1;
  else if (c == 0xC2)
    p += 2;
  else if (c == 0xE2)
    p += 3;
  else
    {
      while (p < len && g_ascii_isalpha (t[p]))
        p++;
      if (p < len && (t[p] == '$' || t[p] == '.')) /* "US$20", "Rs. 500" */
        p++;
    }
  if (p < len && t[p] == ' ')
    p++;
  else if (p + 1 < len && (guchar)t[p] == 0xC2 && (guchar)t[p + 1] == 0xA0)
    p += 2;
  else if (p + 2 < len && (guchar)t[p] == 0xE2 && (guchar)t[p + 1] == 0x80
           && (guchar)t[p + 2] == 0xAF)
    p += 3;
  /* "$-141.60": a debit */
  if (p + 1 < len && t[p] == '-')
    p++;
  return p < len && g_ascii_isdigit (t[p]);
}

/* An ISO date is ten bytes: v_date_iso() rejects it when a time with seconds follows (a log
 * timestamp), which is known before the pattern runs. */
static gboolean
pf_date_iso (const char *t, gsize len, gsize anchor, gsize end)
{
  VoileCandidate c = { .text = t, .len = len, .end = anchor + 10 };

  return !followed_by_time_with_seconds (&c);
}

/* The length of a gap between two digit groups at t[i] that a phone rule would not take:
 * a double space, or a line break (with a space before it, or a CR) where a PDF wrapped the
 * number; 0 for anything else. */
static gsize
phone_gap_at (const char *t, gsize len, gsize i)
{
  gsize k = i;
  if (k < len && t[k] == ' ')
    k++;
  if (k < len && t[k] == ' ' && k == i + 1)
    k++;
  else
    {
      if (k < len && t[k] == '\r')
        k++;
      if (k >= len || t[k] != '\n')
        return 0;
      k++;
    }
  return k < len && g_ascii_isdigit (t[k]) ? k - i : 0;
}

/* DIGIT anchor: a gap (see phone_gap_at()) between two digit groups, and ten or eleven
 * digits in all (see v_phone_gapped()). */
static gboolean
pf_phone_gapped (const char *t, gsize len, gsize anchor, gsize end)
{
  guint digits = 0;
  gboolean gap = FALSE;

  (void)end;
  for (gsize i = anchor; i < len && i - anchor < 24; i++)
    {
      gsize g;
      if (g_ascii_isdigit (t[i]))
        digits++;
      else if ((g = phone_gap_at (t, len, i)) > 0)
        gap = TRUE, i += g - 1;
      else if (!(t[i] == ' ' && i + 1 < len && g_ascii_isdigit (t[i + 1])))
        break;
    }
  return gap && (digits == 10 || digits == 11);
}

/* KEYWORD anchor: every date after a weekday starts with a digit, after the weekday's
 * letters, '.', ',' and at least one space ("Mon adresse" is no date). */
static gboolean
pf_weekday_date (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = anchor;

  /* letters, and UTF-8 ones: "sábado" */
  while (p < len && (g_ascii_isalpha (t[p]) || (guchar)t[p] >= 0x80))
    p++;
  if (p < len && t[p] == '.')
    p++;
  if (p < len && t[p] == ',')
    p++;
  gsize q = skip_space_chars (t, len, p);
  /* The day: one or two digits ("Mon 2024" is no date). */
  return q > p && q < len && g_ascii_isdigit (t[q]) && run_end (t, len, q) - q <= 2;
}

/* Two digits at p, after an optional space or dot; returns the position after them or 0. */
static gsize
nir_pair_after (const char *t, gsize len, gsize p)
{
  if (p < len && (t[p] == ' ' || t[p] == '.'))
    p++;
  return p + 2 <= len && g_ascii_isdigit (t[p]) && g_ascii_isdigit (t[p + 1]) ? p + 2 : 0;
}

/* "1 85 05…", "185057512345673", "185052A…". Spaced, the sex digit is followed by the
 * year and the month: two pairs of digits ("1 500,00 €" is not a NIR). */
static gboolean
pf_nir (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = run_end (t, len, anchor);
  gsize n = p - anchor;
  if (n == 1)
    {
      gsize year_end = p < len && (t[p] == ' ' || t[p] == '.') ? nir_pair_after (t, len, p) : 0;
      return year_end != 0 && nir_pair_after (t, len, year_end) != 0;
    }
  /* Six digits then a letter: only a Corsican department ("185052A…") leaves the run
   * there, its '2' the sixth digit. */
  if (n == 6)
    return p < len && t[p - 1] == '2' && ((t[p] | 0x20) == 'a' || (t[p] | 0x20) == 'b');
  return n == 13 || n == 15;
}

/* "Kreuzeckstraße 14": the word just before the number ends like a street. Runs before
 * every number that follows a word: compare the last three bytes first. */
static gboolean
pf_street_suffix_before (const char *t, gsize len, gsize anchor, gsize end)
{
  static const struct
  {
    const char *suffix;
    guint8 n;
  } suffixes[] = {
    /* Grouped by last letter: the switch below gives each letter's range. Danish and
     * Norwegian streets carry the article ("Strandvejen", "Torvet", "Storgaten"). */
    { "straße", 7 }, { "strasse", 7 }, { "gasse", 5 },   { "allee", 5 },  { "kade", 4 },
    { "gade", 4 },   { "stræde", 7 },  { "str.", 4 },    { "weg", 3 },    { "steig", 5 },
    { "veg", 3 },    { "platz", 5 },   { "damm", 4 },    { "ufer", 4 },   { "straat", 6 },
    { "gracht", 6 }, { "strædet", 8 }, { "torvet", 6 },  { "vænget", 7 }, { "torget", 6 },
    { "laan", 4 },   { "plein", 5 },   { "gatan", 5 },   { "vägen", 6 },  { "veien", 5 },
    { "vejen", 5 },  { "gaden", 5 },   { "pladsen", 7 }, { "gaten", 5 },  { "vegen", 5 },
    { "stigen", 6 }, { "singel", 6 },  { "dijk", 4 },    { "vej", 3 },    { "katu", 4 },
    { "polku", 5 },
  };
  gsize from, to;

  if (anchor < 5 || t[anchor - 1] != ' ')
    return FALSE;
  gsize e = anchor - 1;
  /* Most words end with none of the suffixes' last letters: one test rejects them. */
  switch (ascii_lower (t[e - 1]))
    {
      case 'e':
        from = 0, to = 7;
        break;
      case '.':
        from = 7, to = 8;
        break;
      case 'g':
        from = 8, to = 11;
        break;
      case 'z':
        from = 11, to = 12;
        break;
      case 'm':
        from = 12, to = 13;
        break;
      case 'r':
        from = 13, to = 14;
        break;
      case 't':
        from = 14, to = 20;
        break;
      case 'n':
        from = 20, to = 31;
        break;
      case 'l':
        from = 31, to = 32;
        break;
      case 'k':
        from = 32, to = 33;
        break;
      case 'j':
        from = 33, to = 34;
        break;
      case 'u':
        from = 34, to = 36;
        break;
      default:
        return FALSE;
    }
  char last[2] = { ascii_lower (t[e - 3]), ascii_lower (t[e - 2]) };
  for (gsize k = from; k < to; k++)
    {
      const char *sfx = suffixes[k].suffix;
      gsize n = suffixes[k].n;
      if (memcmp (last, sfx + n - 3, 2) == 0 && e >= n + 1
          && voile_ascii_strncasecmp (t + e - n, sfx, n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The bytes a reference's lead-in can hold before its number: the words of
 * "N° de dossier", "your ref.", "Client (CAF) : AB/CD 12…" (letters, UTF-8), spaces and
 * the punctuation of labels, and the letters and separators of a value before its first
 * digit ("CL-", "Z ", "JD/MC "). No digit, no newline, no ',' ';' '?' '!'. */
static const guint8 reference_lead_byte[256] = {
  ['a' ... 'z'] = 1, ['A' ... 'Z'] = 1, [0x80 ... 0xFF] = 1, [' '] = 1, ['\t'] = 1,
  ['.'] = 1,         ['\''] = 1,        ['"'] = 1,           ['/'] = 1, ['_'] = 1,
  ['-'] = 1,         [':'] = 1,         ['#'] = 1,           ['='] = 1, ['|'] = 1,
  ['('] = 1,         [')'] = 1,         ['<'] = 1,           ['>'] = 1,
};

/* At least the window of the rules using pf_reference_lead(). */
#define REFERENCE_LEAD_MAX 160

/* (g24-refs-fr) Rule "fr-form-number-line": the number word in its case (N°, Nº, No,
 * Numéro) at a line's start, after a tab, two spaces, a dash's or a bullet's space: the
 * pattern's look-behinds, told byte by byte. */
static gboolean
pf_form_number_line (const char *t, gsize len, gsize anchor, gsize end)
{
  (void)len;
  (void)end;
  if (t[anchor] != 'N' && t[anchor] != 'I')
    return FALSE;
  if (anchor == 0 || t[anchor - 1] == '\n' || t[anchor - 1] == '\t')
    return TRUE;
  if (t[anchor - 1] != ' ')
    return FALSE;
  if (anchor == 1)
    return TRUE;
  char b = t[anchor - 2];
  return b == ' ' || b == '\n' || b == '-' || (guchar)b == 0xA2 || b == '.' || b == '!' || b == '?';
}

/* (g24-refs-fr) Rule "fr-urbanisme": the type's letters in capitals ("PC", "DP", "CUa"). */
static gboolean
pf_fr_urbanisme (const char *t, gsize len, gsize anchor, gsize end)
{
  (void)end;
  return anchor + 1 < len && g_ascii_isupper (t[anchor]) && g_ascii_isupper (t[anchor + 1]);
}

/* KEYWORD anchors of customer-id: everything its pattern takes before the first digit of
 * the number (the keyword, its fillers and separators, the number's letters) is made of
 * reference_lead_byte[] bytes, so the first byte past them must be a digit. "orders?page=3"
 * and "Client : Sophie Martin, SIRET 732…" stop on a '?' and a ',' before the regex runs (a
 * ',' inside a parenthesis does not stop it: the pattern takes a label's parenthesis whole). */
static gboolean
pf_reference_lead (const char *t, gsize len, gsize anchor, gsize end)
{
  static const char *const pronouns[] = { "our", "your", "nos", "vos", "notre", "votre", NULL };
  gsize lim = MIN (len, anchor + REFERENCE_LEAD_MAX);
  gsize i = anchor;

  /* "your order #…", "notre équipe": a possessive alone as the keyword's word starts only
   * "our ref", "votre référence" in the pattern (no other lead-in starts so): a word
   * starting with 'r' must follow. */
  while (i < lim && g_ascii_isalpha (t[i]))
    i++;
  /* the pronouns are 3 to 5 letters long: most words are compared with none */
  if (i < lim && (guchar)t[i] < 0x80 && i - anchor >= 3 && i - anchor <= 5)
    for (const char *const *w = pronouns; *w != NULL; w++)
      if (strlen (*w) == i - anchor && voile_ascii_strncasecmp (t + anchor, *w, i - anchor) == 0)
        {
          if (t[i] != ' ')
            return FALSE;
          while (i < lim && t[i] == ' ')
            i++;
          return i < lim && (t[i] | 0x20) == 'r';
        }
  /* "n° F2024-…": a number sign as the keyword starts only "n° de dossier", "nº client"
   * in the pattern: three letters follow it (after its spaces and "de", "du", "d'"). */
  if ((t[anchor] | 0x20) == 'n' && anchor + 3 < lim && (guchar)t[anchor + 1] == 0xC2
      && ((guchar)t[anchor + 2] == 0xB0 || (guchar)t[anchor + 2] == 0xBA))
    {
      gsize p = anchor + 3;
      while (p < lim && t[p] == ' ')
        p++;
      if (p < lim && (guchar)t[p] < 0x80 && !g_ascii_isalpha (t[p]))
        return FALSE;
      if (p + 1 < lim && g_ascii_isalpha (t[p]) && (guchar)t[p + 1] < 0x80
          && !g_ascii_isalpha (t[p + 1]) && t[p + 1] != '\'')
        return FALSE;
    }
  i = anchor;

  /* A label's parenthesis may hold any words ("PPS number (for your records only, as
   * requested): …"): inside one only a newline or another parenthesis stops the lead. */
  gboolean in_parenthesis = FALSE;
  while (i < lim)
    {
      guchar c = t[i];
      if (in_parenthesis)
        {
          if (c == '\n' || c == '(' || g_ascii_isdigit (c))
            break;
          in_parenthesis = c != ')';
        }
      else if (!reference_lead_byte[c])
        break;
      else
        in_parenthesis = c == '(';
      i++;
    }
  return i < lim && g_ascii_isdigit (t[i]);
}

/* The window of customer-id-lead-in, which pf_lead_in_link() reads. */
#define LEAD_IN_WINDOW 160

/* Letters of a word for pf_lead_in_link(): ASCII ones, and every byte of a UTF-8 sequence
 * (a caseless pattern takes "ſ" for 's'). */
static inline gboolean
lead_in_letter (guchar c)
{
  return c >= 0x80 || g_ascii_isalpha (c);
}

/* KEYWORD anchors of customer-id-lead-in, read generously (a necessary condition of its
 * pattern, which may be taken for more):
 * - after an English noun ("order", "membership", "policy holder": every keyword but
 *   "numéro", "référence", "identifiant" and "matricule"), spaces and a number word
 *   ("number", "no", "reference", "ref", "id", "code"): a letter 'n', 'r', 'i' or 'c' (or a
 *   byte of a UTF-8 sequence, for the caseless forms);
 * - then, on the keyword's line within the window, a colon or a verb ("… : ", "… is",
 *   "… est", "… was", "… sera", "… will be"): a ':', or a space before 'e', 'i', 's' or 'w'
 *   (either case) or a byte of a UTF-8 sequence.
 * "Thank you for your order #112292. We will…" and a log's "/orders?page=3 200" fail the
 * first: the pattern is not run there, nor compiled for a text with no other lead-in (its
 * compilation costs about 1 % of a 2 MB scan). */
static gboolean
pf_lead_in_link (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize lim = MIN (len, anchor + LEAD_IN_WINDOW);

  (void)end;
  if (anchor >= lim)
    return FALSE;
  guchar c0 = (guchar)t[anchor] | 0x20;
  guchar c1 = anchor + 1 < lim ? (guchar)t[anchor + 1] | 0x20 : 0;
  /* "me…" is "member", "ma…" "matricule"; "re…" may be "reservation" or "référence". */
  if (c0 == 'a' || c0 == 'b' || c0 == 'c' || c0 == 'e' || c0 == 'o' || c0 == 'p'
      || (c0 == 'm' && c1 == 'e'))
    {
      gsize k = anchor;
      while (k < lim && lead_in_letter ((guchar)t[k]))
        k++;
      while (k < lim && (t[k] == ' ' || t[k] == '-'))
        k++;
      /* "policy holder", "policy-holder" */
      if (k < lim && (t[k] | 0x20) == 'h')
        {
          while (k < lim && lead_in_letter ((guchar)t[k]))
            k++;
          while (k < lim && t[k] == ' ')
            k++;
        }
      if (k >= lim)
        return FALSE;
      guchar w = (guchar)t[k];
      if (!(w >= 0x80 || (w | 0x20) == 'n' || (w | 0x20) == 'r' || (w | 0x20) == 'i'
            || (w | 0x20) == 'c'))
        return FALSE;
    }
  for (gsize k = anchor; k < lim; k++)
    {
      guchar c = (guchar)t[k];
      if (c == ':')
        return TRUE;
      if (c == '\n')
        return FALSE;
      if (c == ' ' && k + 1 < lim)
        {
          guchar v = (guchar)t[k + 1];
          if (v >= 0x80 || (v | 0x20) == 'e' || (v | 0x20) == 'i' || (v | 0x20) == 's'
              || (v | 0x20) == 'w')
            return TRUE;
        }
    }
  return FALSE;
}

/* Does the line at t[i…] start with a value (a capital, a digit or '#', a digit within its
 * first 24 bytes)? */
static gboolean
line_starts_with_value (const char *t, gsize len, gsize i)
{
  while (i < len && (t[i] == ' ' || t[i] == '\t'))
    i++;
  if (i >= len || !(g_ascii_isdigit (t[i]) || g_ascii_isupper (t[i]) || t[i] == '#'))
    return FALSE;
  for (gsize j = i; j < len && j < i + 24 && t[j] != '\n'; j++)
    if (g_ascii_isdigit (t[j]))
      return TRUE;
  return FALSE;
}

/* customer-id-next-line: the label ends its line within 40 bytes, with no digit, no ','
 * nor '.' (a label, not a sentence); the next line (past a blank one, or a chat's "name ·
 * time" line) starts with a value. */
static gboolean
pf_label_ends_line (const char *t, gsize len, gsize anchor, gsize end)
{
  const char *nl = memchr (t + anchor, '\n', MIN (len - anchor, 40));
  gsize i;

  (void)end;
  /* most keywords sit in a longer line: no newline near, no label */
  if (nl == NULL)
    return FALSE;
  for (i = anchor; t + i < nl; i++)
    if (g_ascii_isdigit (t[i]) || t[i] == ',' || (t[i] == '.' && t + i + 1 < nl))
      return FALSE;
  i++;
  /* (g24b-prose) a transcript's turn answering a question: a speaker's name (a time before
   * it) and a colon, then a digit, within the next line's first 48 bytes ("CALLER: yeah it's
   * 408 337 915K", "[14:02] Visitor: LKA-553902"); not after a statement ("MEMBER: my
   * membership number changed last year.") */
  if (nl > t + anchor && (nl[-1] == '?' || (nl[-1] == ' ' && nl > t + anchor + 1 && nl[-2] == '?')))
    {
      const char *lim = t + MIN (len, i + 48);
      const char *colon = memchr (t + i, ':', (gsize)(lim - (t + i)));
      const char *eol = memchr (t + i, '\n', (gsize)(lim - (t + i)));
      if (colon != NULL && (eol == NULL || colon < eol))
        for (const char *q = colon; q < lim && *q != '\n'; q++)
          if (g_ascii_isdigit (*q))
            return TRUE;
    }
  if (i < len && (t[i] == '\n' || t[i] == '\r'))
    i += t[i] == '\r' ? 2 : 1;
  if (line_starts_with_value (t, len, i))
    return TRUE;
  /* "Vous · 09:02": a short line holding a time, then the answer; after a question, the
   * answerer's name alone */
  if (i >= len)
    return FALSE;
  const char *speaker_end = memchr (t + i, '\n', MIN (len - i, 48));
  if (speaker_end == NULL
      || (memchr (t + i, ':', (gsize)(speaker_end - (t + i))) == NULL
          && !(nl > t + anchor && nl[-1] == '?')))
    return FALSE;
  return line_starts_with_value (t, len, (gsize)(speaker_end - t) + 1);
}

/* A JSON key "id": the keyword sits right after a quote. */
static gboolean
pf_json_id_key (const char *t, gsize len, gsize anchor, gsize end)
{
  return anchor > 0 && t[anchor - 1] == '"';
}

/* Brazil's CPF, "371.604.582-90": a person's taxpayer number (like a numéro fiscal), its two
 * last digits a mod-11 check of the nine before. */
static gboolean
v_br_cpf (VoileCandidate *c)
{
  int d[11];
  guint n = 0;
  for (gsize i = c->start; i < c->end && n < 11; i++)
    if (g_ascii_isdigit (c->text[i]))
      d[n++] = c->text[i] - '0';
  if (n != 11)
    return FALSE;
  gboolean same = TRUE;
  for (guint i = 1; i < 11; i++)
    same &= d[i] == d[0];
  int s1 = 0, s2 = 0;
  for (guint i = 0; i < 9; i++)
    s1 += d[i] * (int)(10 - i);
  for (guint i = 0; i < 10; i++)
    s2 += d[i] * (int)(11 - i);
  return !same && (s1 * 10) % 11 % 10 == d[9] && (s2 * 10) % 11 % 10 == d[10];
}

/* Is the JSON value after the ':' at text[colon] the name of a FHIR resource standing for a
 * person ("Patient", "Person", "RelatedPerson")? */
static gboolean
fhir_person_resource_at (const char *t, gsize lim, gsize colon)
{
  static const char *const people[] = { "Patient", "Person", "RelatedPerson", NULL };
  gsize v = colon + 1;
  while (v < lim && (t[v] == ' ' || t[v] == '\t'))
    v++;
  if (v >= lim || t[v] != '"')
    return FALSE;
  gsize e = v + 1;
  while (e < lim && e - v <= 16 && g_ascii_isalpha (t[e]))
    e++;
  return e < lim && t[e] == '"' && voile_word_in (t + v + 1, e - v - 1, people);
}

/* "identifier": [{ "system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9449306621" }]: a
 * FHIR identifier (its system a URI, unlike a telecom's "phone") of the resource it sits in,
 * a person's number when that resource, the last one opened before it, is a Patient. */
static gboolean
v_fhir_person_identifier (VoileCandidate *c)
{
  const char *t = c->text;
  gsize from = c->match_start > 4096 ? c->match_start - 4096 : 0;
  gsize near = c->match_start > 400 ? c->match_start - 400 : 0;
  gboolean listed = FALSE;

  if (!value_has_digits (c, 2))
    return FALSE;
  for (gsize i = c->match_start; i-- > near && !listed;)
    listed = t[i] == '"' && i + 12 <= c->match_start && memcmp (t + i, "\"identifier\"", 12) == 0;
  if (!listed)
    return FALSE;
  for (gsize i = c->match_start; i-- > from;)
    if (t[i] == '"' && i + 14 <= c->match_start && memcmp (t + i, "\"resourceType\"", 14) == 0)
      {
        gsize colon = i + 14;
        while (colon < c->match_start && t[colon] == ' ')
          colon++;
        return colon < c->match_start && t[colon] == ':'
               && fhir_person_resource_at (t, c->match_start, colon);
      }
  return FALSE;
}

/* Among the keys of the object opening at text[open] (its own keys, not its children's),
 * is there a person's e-mail or name? (g18-ids2) An API's record keeps its data in a child
 * object beside its "id" (Airtable's "fields", HubSpot's and Notion's "properties",
 * JSON:API's "attributes"): that child's keys are the record's own. */
static gboolean
json_object_has_person_key (const char *t, gsize len, gsize open)
{
  static const char *const keys[]
      = { "email", "first_name", "firstName", "last_name", "lastName", "prenom", "prénom",
          "given_name", "family_name", "full_name", "fullName", "display_name", "displayName",
          /* Salesforce's and Dynamics' fields: "FirstName", "LastName", "Email" */
          "FirstName", "LastName", "Email",
          /* (g18-ids2) HubSpot's contact properties */
          "firstname", "lastname", NULL };
  static const char *const envelopes[] = { "fields", "properties", "attributes", NULL };
  gint depth = 0;
  gsize lim = MIN (len, open + 4096);
  gboolean envelope_key = FALSE, in_envelope = FALSE;

  for (gsize i = open; i < lim; i++)
    {
      char ch = t[i];
      if (ch == '{' || ch == '[')
        {
          depth++;
          in_envelope = depth == 2 && envelope_key && ch == '{';
          envelope_key = FALSE;
        }
      else if (ch == '}' || ch == ']')
        {
          if (--depth == 0)
            return FALSE;
          in_envelope = in_envelope && depth >= 2;
        }
      else if (ch == '"')
        {
          gsize q = i + 1;
          while (q < lim && t[q] != '"' && t[q] != '\n')
            q += t[q] == '\\' ? 2 : 1;
          if (q >= lim)
            return FALSE;
          gsize c = q + 1;
          while (c < lim && (t[c] == ' ' || t[c] == '\t'))
            c++;
          if ((depth == 1 || (depth == 2 && in_envelope)) && c < lim && t[c] == ':'
              && voile_word_in (t + i + 1, q - i - 1, keys))
            return TRUE;
          if (depth == 1 && c < lim && t[c] == ':')
            envelope_key = voile_word_in (t + i + 1, q - i - 1, envelopes);
          /* a FHIR resource that is a person: "resourceType": "Patient" */
          if (depth == 1 && c < lim && t[c] == ':' && q - i - 1 == 12
              && memcmp (t + i + 1, "resourceType", 12) == 0 && fhir_person_resource_at (t, lim, c))
            return TRUE;
          i = q;
        }
    }
  return FALSE;
}

static guint
key_part_person_flags (const char *w, gsize n);
static gboolean
key_part_is_person_file (const char *w, gsize n);
static gboolean
key_part_is_header_person (const char *w, gsize n);
static gboolean
key_part_is_reference (const char *w, gsize n);
static gsize
next_key_part (const char *t, gsize *i, gsize e, char part[24]);

/* (g24b-keys) The key whose value is the object opening at text[open], directly
 * ("customer": {"id": …}) or as an element of its array ("beneficiaries": [{…}, {"id": …}]),
 * names a person or a person's file as a key's part does (key_names_person_reference()'s
 * classes: "customer", "employee", "family", "requerant", "application", "beneficiaries";
 * not a record a firm shares, "account", "order", "tenant", nor a thing's noun). Read back
 * 2,048 bytes at most. */
static gboolean
json_object_key_names_person (const char *t, gsize open)
{
  gsize i = open, from = open > 2048 ? open - 2048 : 0;
  while (i > from && (t[i - 1] == ' ' || t[i - 1] == '\t' || t[i - 1] == '\n' || t[i - 1] == '\r'))
    i--;
  if (i > from && t[i - 1] == ',')
    {
      /* an array's later element: back to the array's '[' past the elements before */
      gint depth = 0;
      for (i--; i > from; i--)
        {
          char ch = t[i - 1];
          if (ch == '}' || ch == ']')
            depth++;
          else if (ch == '{' && depth > 0)
            depth--;
          else if (ch == '[' && depth > 0)
            depth--;
          else if (ch == '[')
            break;
          else if (ch == '{')
            return FALSE;
        }
      if (i <= from)
        return FALSE;
      i--;
      while (i > from
             && (t[i - 1] == ' ' || t[i - 1] == '\t' || t[i - 1] == '\n' || t[i - 1] == '\r'))
        i--;
    }
  else if (i > from && t[i - 1] == '[')
    {
      i--;
      while (i > from
             && (t[i - 1] == ' ' || t[i - 1] == '\t' || t[i - 1] == '\n' || t[i - 1] == '\r'))
        i--;
    }
  if (i <= from || t[i - 1] != ':')
    return FALSE;
  i--;
  while (i > from && (t[i - 1] == ' ' || t[i - 1] == '\t'))
    i--;
  if (i <= from || t[i - 1] != '"')
    return FALSE;
  gsize ke = i - 1, ks = ke;
  while (ks > from && ke - ks < 48
         && (g_ascii_isalnum (t[ks - 1]) || t[ks - 1] == '_' || t[ks - 1] == '-'))
    ks--;
  if (ks == ke || ks <= from || t[ks - 1] != '"')
    return FALSE;
  char part[24];
  gsize k, p = ks;
  gboolean person = FALSE;
  while ((k = next_key_part (t, &p, ke, part)) != G_MAXSIZE)
    {
      if (k == 0)
        continue;
      guint flags = key_part_person_flags (part, k);
      if (flags != 0 && (flags & VOILE_PERSON_NOUN_SHARED))
        return FALSE;
      /* "beneficiaries": a plural in -ies */
      if (flags == 0 && k > 4 && k < 23 && strcmp (part + k - 3, "ies") == 0)
        {
          part[k - 3] = 'y';
          part[k - 2] = '\0';
          flags = key_part_person_flags (part, k - 2);
          if (flags & VOILE_PERSON_NOUN_SHARED)
            return FALSE;
        }
      if (flags != 0 || key_part_is_person_file (part, k) || key_part_is_header_person (part, k))
        person = TRUE;
      /* a thing's or a record's other part ("shipment", "product_ref", "status"):
       * none; a word of its own beside the person's ("dossier_aide"): still the file */
      else if (label_word_kind (part, k) == LABEL_WORD_THING || key_part_is_reference (part, k))
        return FALSE;
    }
  return person;
}

/* (g24b-keys) "claim": {"ref": "PSW-CLM-00918472"}: a bare reference key's value, when the
 * key owning its object names a person or a person's file (json_object_key_names_person());
 * the value an identifier (two digits at least, four signs, not a date). */
static gboolean
v_json_parent_file_ref (VoileCandidate *c)
{
  const char *t = c->text;
  gsize n = c->end - c->start;
  guint digits = 0, zeros = 0;

  for (gsize i = c->start; i < c->end; i++)
    {
      digits += g_ascii_isdigit (t[i]) ? 1 : 0;
      zeros += t[i] == '0';
    }
  if (digits < 2 || zeros == digits || n < 4 || value_is_date_or_year (c))
    return FALSE;
  gsize open = voile_json_enclosing_object (t, c->match_start, 4096);
  return open != G_MAXSIZE && json_object_key_names_person (t, open);
}

/* "id": 4412 names a person's record when the object holding the key is a person: it holds
 * an e-mail or a name among its own keys. Ids of orders, products and events are no
 * references. */
static gboolean
v_json_person_id (VoileCandidate *c)
{
  const char *t = c->text;
  gsize n = c->end - c->start;
  guint digits = 0;

  for (gsize i = c->start; i < c->end; i++)
    digits += g_ascii_isdigit (t[i]) ? 1 : 0;
  /* (g21-tables) up to 40: a prefixed hex id ("cand_5e71a9b02c3f4d8e") or a UUID of a
   * person's object is its reference as much as a short one */
  if (digits < 2 || n > 40)
    return FALSE;
  /* The enclosing object's '{', skipping the children before the key. */
  gsize open = voile_json_enclosing_object (t, c->match_start, 4096);
  if (open == G_MAXSIZE)
    return FALSE;
  /* At any depth: an order's "customer": {…}, a ticket's requester, a family's children
   * are people as much as a payload's top object (the corpus's decision table). */
  return json_object_has_person_key (t, c->len, open) || json_object_key_names_person (t, open);
}

/* Does the key part w[0..n) (lower case) name whose file or record the value is? Its
 * VOILE_PERSON_NOUN_* flags, 0 when not. */
static guint
key_part_person_flags (const char *w, gsize n)
{
  guint flags = voile_person_noun_flags (w, n);

  /* "users", "clients", "customers": a plural */
  if (!(flags & VOILE_PERSON_NOUN_KEY) && n > 1 && w[n - 1] == 's')
    flags = voile_person_noun_flags (w, n - 1);
  return flags & VOILE_PERSON_NOUN_KEY ? flags : 0;
}

/* (g24b-keys) Does the key part name a person as the tables' headers do, though the keys'
 * own list leaves it out ("numEtudiant", "pupil_no", "volunteer_ref", "staff_id",
 * "worker_id")? A booking's abbreviations ("res", "resa") are a header's only: "res=" is a
 * resource's or a resolution's key. */
static gboolean
key_part_is_header_person (const char *w, gsize n)
{
  guint flags = voile_person_noun_flags (w, n);

  if (flags == 0 && n > 1 && w[n - 1] == 's')
    flags = voile_person_noun_flags (w, n - 1);
  return (flags & VOILE_PERSON_NOUN_HEADER) && !(flags & VOILE_PERSON_NOUN_ACTOR) && n > 4;
}

/* (g24b-keys) Does the key part name a file one person holds at an office, a club or a
 * firm, as a label's words do (label_person_files: "application", "registration",
 * "enrolment", "case", "referral", "inscription", "convention")? Not the label words that,
 * as a key, name a place or a body ("depot_id", "federation_id") or a thing ("lost",
 * "objets"). */
static gboolean
key_part_is_person_file (const char *w, gsize n)
{
  static const char *const not_keys[]
      = { "depot", "dépôt", "federation", "lost", "objets", "talent", "foi", "player", NULL };
  return n >= 4 && label_word_kind (w, n) == LABEL_WORD_PERSON_FILE
         && !voile_word_in (w, n, not_keys);
}

/* Does the key part name a number or a file ("id", "num", "ref", "dossier", "policy")? */
static gboolean
key_part_is_reference (const char *w, gsize n)
{
  static const char *const words[]
      = { "id",       "no",        "nr",     "num",       "numero",  "numéro", "number",
          "ref",      "reference", "code",   "matricule", "dossier", "file",   "contrat",
          "contract", "policy",    "police", "rum",       "mandate", "mandat", NULL };
  return voile_word_in (w, n, words);
}

/* (g18-ids2) A key part that is one person's number by itself, whatever else the key says:
 * a direct debit's mandate (ISO 20022's "MndtId", a PSP's "mandate": one debtor signs it,
 * as a RUM), the acronyms of numbers a bank or a hospital gives one person (Nigeria's BVN
 * and NUBAN, a hospital's medical record number) that the SQL columns' reader already
 * knows alone. */
static gboolean
key_part_is_personal_number (const char *w, gsize n)
{
  /* (g19-ids) a travel booking's record locator ("pnr"; "record_locator" is read by
   * key_names_person_reference()) and a hotel's or a ship's folio, the guest's own bill: one
   * traveller's file by itself */
  static const char *const words[]
      = { "mandate", "mandat", "mndt", "bvn", "nuban", "mrn", "pnr", "folio", NULL };
  return voile_word_in (w, n, words);
}

/* (g18-ids2) A key part naming a case one person opens: a card dispute, a complaint, an
 * insurance claim ("dispute_id", "complaintRef", "numero_sinistre"), with a number's part. */
static gboolean
key_part_is_personal_case (const char *w, gsize n)
{
  static const char *const words[]
      = { "dispute",     "complaint", "grievance", "claim",      "reclamation",
          "réclamation", "sinistre",  "litige",    "chargeback", NULL };
  return voile_word_in (w, n, words);
}

/* The next part of the key t[*i, e) in lower case (cut at most to 23 bytes): parts split at
 * '_', '-', '.' and a capital after a small letter ("insurance_member_id", "userId"). Its
 * length (0 for an empty part), or G_MAXSIZE past the key's end. */
static gsize
next_key_part (const char *t, gsize *i, gsize e, char part[24])
{
  gsize k = 0;

  if (*i >= e)
    return G_MAXSIZE;
  while (*i < e && (t[*i] == '_' || t[*i] == '-' || t[*i] == '.'))
    (*i)++;
  gsize p = *i;
  while (*i < e && t[*i] != '_' && t[*i] != '-' && t[*i] != '.'
         && !(*i > p && g_ascii_isupper (t[*i]) && g_ascii_islower (t[*i - 1])))
    {
      if (k < 23)
        part[k++] = g_ascii_tolower (t[*i]);
      (*i)++;
    }
  part[k] = '\0';
  return k;
}

/* A key names a person's reference when one of its parts names the person (or the file)
 * and another says it is a number: "user_id", "userId", "insurance_member_id",
 * "numero_allocataire", "dossier_famille", "customerRef". Parts split at '_', '-', '.' and a
 * capital after a small letter (camelCase). A part naming anything else ("product_id",
 * "clinic_id", "request_id") makes no reference; nor does a count or a date of a person
 * ("user_count", "member_since"). */
static gboolean
key_names_person_reference (const char *t, gsize s, gsize e, gboolean prefixed_value)
{
  static const char *const other[]
      = { "count", "total", "at", "date", "time", "type", "status", "name", "email", "mail",
          "phone", "tel", "url", "uri", "hash", "token", "secret", "key", "postal", "zip", "city",
          "country", "agent", "ip", "since", "amount", "balance", "nb", "nom", "prenom", "age",
          "password", "login", "avatar", "locale",
          /* (g24b-keys) a firm's, a vehicle's or a test's registration or case */
          "company", "business", "legal", "entity", "org", "organisation", "organization",
          "vehicle", "vehicule", "test", NULL };
  gboolean person = FALSE, reference = FALSE, people = FALSE, file_noun = FALSE,
           number_word = FALSE;
  guint flags;
  gsize i = s;

  char part[24];
  gsize k;
  gboolean after_record = FALSE;
  while ((k = next_key_part (t, &i, e, part)) != G_MAXSIZE)
    {
      if (k == 0)
        continue;
      /* (g19-ids) a booking's "record_locator", "recordLocator" (not a service's or a
       * resource's locator, a URL's) */
      gboolean record_locator = after_record && strcmp (part, "locator") == 0;
      after_record = strcmp (part, "record") == 0;
      /* a SEPA mandate's reference ("rum") and a matricule are a person's by themselves; so
       * is a French housing request's "num_unique" (its "unique" alone says nothing) */
      if (record_locator || (k == 3 && strcmp (part, "rum") == 0) || strcmp (part, "matricule") == 0
          || key_part_is_personal_number (part, k) || (k == 3 && strcmp (part, "ine") == 0)
          || (k == 6 && strcmp (part, "unique") == 0 && i - k > s
              && voile_ascii_strncasecmp (t + s, "num", 3) == 0 && (e - s == 10 || e - s == 13)))
        person = reference = TRUE;
      /* "uid=u_77120": a user's id when the value carries its own prefix ("uid=1000" and
       * LDAP's "uidNumber" are a Unix account's, iCalendar's "UID:" an event's) */
      else if (k == 3 && e - s == 3 && strncmp (t + s, "uid", 3) == 0)
        person = people = TRUE;
      else if (key_part_is_personal_case (part, k))
        person = TRUE;
      else if ((flags = key_part_person_flags (part, k)) != 0)
        {
          person = TRUE;
          /* a SaaS's "tenant", an "order" or an "account" may be a firm's: not alone */
          people |= !(flags & VOILE_PERSON_NOUN_SHARED);
        }
      else if (key_part_is_reference (part, k))
        {
          reference = TRUE;
          number_word |= strcmp (part, "code") != 0;
        }
      else if (voile_word_in (part, k, other))
        return FALSE;
      /* (g24b-keys) a person's file by a label's noun ("referral_id", "registration_id",
       * "case_ref", "applicationNo", "enrolment_number"), a person by a header's noun
       * ("numEtudiant", "staff_id"); a thing's noun makes none ("customer_invoice_id",
       * "patient_room_id") */
      else if (key_part_is_person_file (part, k) || key_part_is_header_person (part, k))
        file_noun = TRUE;
      else if (label_word_kind (part, k) == LABEL_WORD_THING)
        return FALSE;
    }
  /* a file's noun wants a number's word: "referral_code" is a promotion's code a person
   * shares, "registration_id" a file */
  if (file_noun && (number_word || (prefixed_value && !reference)))
    return TRUE;
  /* "enfant": "ENF-044197", "customer": "cus_…": a person's noun alone names the record
   * its value points at, when the value is an id with its own prefix */
  return person && (reference || (prefixed_value && people));
}

/* The key names a record that may be a firm's or an app's (an OAuth client, an account, a
 * SaaS tenant, an order). */
static gboolean
key_names_shared_record (const char *t, gsize s, gsize e)
{
  static const char *const shared[] = { "client", "acc", "tenant", "order", "app", NULL };
  for (gsize i = s; i < e; i++)
    for (const char *const *w = shared; *w != NULL; w++)
      if (voile_ascii_strncasecmp (t + i, *w, strlen (*w)) == 0
          && !(strcmp (*w, "app") == 0 && voile_ascii_strncasecmp (t + i, "appointment", 11) == 0))
        return TRUE;
  return FALSE;
}

/* "8-4-4-4-12" hex: a UUID, a machine's handle more than a person's number. */
static gboolean
value_is_uuid (const char *t, gsize n)
{
  if (n != 36)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if ((i == 8 || i == 13 || i == 18 || i == 23) ? t[i] != '-' : !g_ascii_isxdigit (t[i]))
      return FALSE;
  return TRUE;
}

/* The key before the value (from match_start to the first byte that is no identifier's)
 * names a person's reference, and the value looks like one. */
static gboolean
v_key_reference (VoileCandidate *c)
{
  const char *t = c->text + c->start;
  gsize n = c->end - c->start, key_end = c->match_start;
  guint digits = 0;

  while (key_end < c->start
         && (g_ascii_isalnum (c->text[key_end]) || c->text[key_end] == '_'
             || c->text[key_end] == '-' || c->text[key_end] == '.'))
    key_end++;
  guint zeros = 0;

  for (gsize i = 0; i < n; i++)
    {
      digits += g_ascii_isdigit (t[i]) ? 1 : 0;
      zeros += t[i] == '0';
    }
  /* "ORD-TEST-0000": a test value */
  if (digits < 2 || zeros == digits || n < 4 || n > 48 || value_is_uuid (t, n)
      || value_is_date_or_year (c))
    return FALSE;
  /* "10:32", "2025-03-14T10:22": a time or a timestamp */
  if (digits == n - 1 && (memchr (t, ':', n) != NULL || memchr (t, '.', n) != NULL))
    return FALSE;
  if (n >= 10 && g_ascii_isdigit (t[0]) && t[4] == '-' && t[7] == '-')
    return FALSE;
  /* "ABm3tG8f2kQy…", "cli_3f9KxQ2mB7": letters of both cases at random are an API's
   * handle or an OAuth client's id, not a number given to a person to quote */
  guint upper = 0, lower = 0;
  for (gsize i = 0; i < n; i++)
    {
      upper += g_ascii_isupper (t[i]) ? 1 : 0;
      lower += g_ascii_islower (t[i]) ? 1 : 0;
    }
  /* "ENF-044197", "u_58812": letters, then a sign, then digits */
  gsize letters = 0;
  while (letters < n && g_ascii_isalpha (t[letters]))
    letters++;
  /* "apt_7Hq2LmX9" under "appointment_id", "abs_…" under "absence_id": a short lower-case
   * prefix names the record's kind, the random rest is still one person's record, except
   * under an OAuth client's, an account's or a tenant's key */
  gboolean kind_prefix = letters >= 2 && letters <= 4 && letters + 1 < n && t[letters] == '_'
                         && g_ascii_islower (t[0]) && g_ascii_islower (t[letters - 1]);
  if (upper >= 2 && lower >= 2
      && !(kind_prefix && !key_names_shared_record (c->text, c->match_start, key_end)))
    return FALSE;
  gboolean prefixed = letters >= 1 && letters <= 5 && letters + 1 < n
                      && (t[letters] == '-' || t[letters] == '_')
                      && g_ascii_isdigit (t[letters + 1]);
  return key_names_person_reference (c->text, c->match_start, key_end, prefixed);
}

/* (session 25, g25-phones) The national significant number's lengths of a country code read
 * at the head of a number written without its '+' ("256772114560", "923004418273"): the code
 * ITU-T E.164 gives the country and the digits its plan gives a subscriber's number (the codes
 * are prefix-free: one matches at most). FALSE when the digits open with no listed code. */
static gboolean
calling_code_lengths (const char *d, gsize n, gsize *code_len, guint *lo, guint *hi)
{
  static const struct
  {
    const char *code;
    guint8 min, max;
  } plan[] = {
    { "1", 10, 10 },   { "20", 10, 10 }, { "212", 9, 9 },   { "213", 9, 9 },   { "216", 8, 8 },
    { "218", 9, 9 },   { "220", 7, 7 },  { "221", 9, 9 },   { "223", 8, 8 },   { "224", 9, 9 },
    { "225", 10, 10 }, { "226", 8, 8 },  { "227", 8, 8 },   { "228", 8, 8 },   { "229", 8, 10 },
    { "231", 8, 9 },   { "232", 8, 8 },  { "233", 9, 9 },   { "234", 10, 10 }, { "237", 9, 9 },
    { "240", 9, 9 },   { "241", 8, 9 },  { "242", 9, 9 },   { "243", 9, 9 },   { "244", 9, 9 },
    { "250", 9, 9 },   { "251", 9, 9 },  { "252", 8, 9 },   { "254", 9, 9 },   { "255", 9, 9 },
    { "256", 9, 9 },   { "257", 8, 8 },  { "258", 9, 9 },   { "260", 9, 9 },   { "261", 9, 9 },
    { "263", 9, 9 },   { "264", 9, 9 },  { "265", 9, 9 },   { "266", 8, 8 },   { "267", 8, 8 },
    { "268", 8, 8 },   { "27", 9, 9 },   { "30", 10, 10 },  { "31", 9, 9 },    { "32", 8, 9 },
    { "33", 9, 9 },    { "34", 9, 9 },   { "351", 9, 9 },   { "352", 9, 9 },   { "353", 9, 9 },
    { "359", 9, 9 },   { "36", 8, 9 },   { "380", 9, 9 },   { "39", 9, 11 },   { "40", 9, 9 },
    { "41", 9, 9 },    { "420", 9, 9 },  { "421", 9, 9 },   { "43", 10, 13 },  { "44", 10, 10 },
    { "45", 8, 8 },    { "46", 7, 9 },   { "47", 8, 8 },    { "48", 9, 9 },    { "49", 10, 11 },
    { "51", 9, 9 },    { "52", 10, 10 }, { "54", 10, 10 },  { "55", 10, 11 },  { "56", 9, 9 },
    { "57", 10, 10 },  { "60", 9, 10 },  { "61", 9, 9 },    { "62", 9, 12 },   { "63", 10, 10 },
    { "64", 8, 10 },   { "65", 8, 8 },   { "66", 9, 9 },    { "81", 10, 10 },  { "82", 9, 10 },
    { "84", 9, 10 },   { "852", 8, 8 },  { "86", 11, 11 },  { "880", 10, 10 }, { "90", 10, 10 },
    { "91", 10, 10 },  { "92", 10, 10 }, { "94", 9, 9 },    { "961", 7, 8 },   { "962", 9, 9 },
    { "965", 8, 8 },   { "966", 9, 9 },  { "968", 8, 8 },   { "971", 9, 9 },   { "972", 9, 9 },
    { "973", 8, 8 },   { "974", 8, 8 },  { "977", 10, 10 }, { "98", 10, 10 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (plan); i++)
    {
      gsize k = strlen (plan[i].code);
      if (k < n && memcmp (d, plan[i].code, k) == 0)
        {
          *code_len = k;
          *lo = plan[i].min;
          *hi = plan[i].max;
          return TRUE;
        }
    }
  return FALSE;
}

/* (session 25, g25-phones) A number a key or a column says is a phone's, written with no '+'
 * and no trunk 0: a North American number of ten digits (an area code and an exchange of 2-9:
 * "6124471180"), or a country's code and its national number of the length the country's plan
 * gives (Uganda's "256772114560", Pakistan's "923004418273", Kenya's "254202771450"); a digit
 * run of another length, or under no known code, is an account's. From a trunk 0: nine to
 * eleven digits. */
static gboolean
digits_are_phone_number (const char *d, gsize n)
{
  /* "254700000001": a sandbox's or a form's placeholder, five zeros in a row or more */
  gsize zeros = 0, most = 0;
  for (gsize i = 0; i < n; i++)
    {
      zeros = d[i] == '0' ? zeros + 1 : 0;
      most = MAX (most, zeros);
    }
  if (n < 9 || n > 15 || most >= 5)
    return FALSE;
  if (d[0] == '0')
    return d[1] != '0' ? n <= 11 : n >= 11;
  if (n == 10)
    return d[0] >= '2' && d[3] >= '2';
  gsize code_len;
  guint lo, hi;
  if (!calling_code_lengths (d, n, &code_len, &lo, &hi))
    return FALSE;
  if (code_len == 1 && d[1] >= '2' && d[4] >= '2' && n == 11)
    return TRUE;
  return n - code_len >= lo && n - code_len <= hi && d[code_len] != '0';
}

/* (session 25, g25-phones) Does the key text[s, e) name a phone number: "contact_phone",
 * "beneficiary_msisdn", "msisdn", "mobileNumber", "caller_tel"? A part naming something else
 * of the phone ("phone_type", "msisdn_masked", "phone_verified", "mobile_app", "phone_country")
 * makes none. */
static gboolean
key_names_phone (const char *t, gsize s, gsize e)
{
  static const char *const phone_parts[]
      = { "phone",    "msisdn",  "mobile",   "tel",      "telephone",   "cell",         "cellphone",
          "fax",      "gsm",     "mobileno", "phoneno",  "phonenumber", "mobilenumber", "telefono",
          "telefone", "telefon", "portable", "whatsapp", NULL };
  static const char *const other[]
      = { "type",      "verified",  "verification", "country", "cc",          "code",     "prefix",
          "ext",       "extension", "model",        "brand",   "make",        "os",       "app",
          "count",     "status",    "confirmed",    "hash",    "masked",      "mask",     "valid",
          "validated", "opt",       "consent",      "plan",    "carrier",     "operator", "network",
          "provider",  "otp",       "pin",          "imei",    "imsi",        "lang",     "locale",
          "format",    "regex",     "pattern",      "length",  "len",         "min",      "max",
          "enabled",   "visible",   "required",     "label",   "placeholder", "id",       "version",
          "token",     "key",       "template",     "policy",  "sample",      "example",  "test",
          "dummy",     "fake",      "default",      "last4",   "suffix",      "hint",     "digits",
          "field",     "column",    "index",        "idx",     "at",          "date",     "time",
          "ts",        NULL };
  gboolean phone = FALSE;
  gsize i = s, k;
  char part[24];
  while ((k = next_key_part (t, &i, e, part)) != G_MAXSIZE)
    {
      if (k == 0)
        continue;
      if (voile_word_in (part, k, phone_parts))
        phone = TRUE;
      else if (voile_word_in (part, k, other))
        return FALSE;
    }
  return phone;
}

/* (session 25, g25-phones) The value of a key naming a phone, when no '+' opens it: digits in
 * a phone's groups that digits_are_phone_number() takes. */
static gboolean
v_key_phone (VoileCandidate *c)
{
  const char *t = c->text;
  gsize key_end = c->match_start;
  while (key_end < c->start
         && (g_ascii_isalnum (t[key_end]) || t[key_end] == '_' || t[key_end] == '-'
             || t[key_end] == '.'))
    key_end++;
  if (!key_names_phone (t, c->match_start, key_end))
    return FALSE;
  /* "msisdn=254728450613" in a log line after its session: the key must open its word */
  if (c->match_start > 0
      && (g_ascii_isalnum (t[c->match_start - 1]) || t[c->match_start - 1] == '_'))
    return FALSE;
  char d[24];
  gsize n = compact (c, d, sizeof d, FALSE);
  return n != G_MAXSIZE && digits_are_phone_number (d, n) && !after_example_marker (c);
}

/* (g18-ids2) Does the key text[s, e) name an identity document's number: "passport_number",
 * "passportNo", "nationalIdentifier", "national_id", "id_card_number", "driverLicense",
 * "numero_cni", "permis_conduire"? Parts split as key_names_person_reference() splits them;
 * a part saying the key holds something else of the document ("passport_expiry",
 * "id_card_country", "licence_type", "national_id_verified") makes no number. */
static gboolean
key_names_document (const char *t, gsize s, gsize e)
{
  static const char *const other[]
      = { "expiry", "expires", "exp", "expiration", "date", "issued", "issue", "country", "type",
          "status", "photo", "image", "scan", "url", "file", "verified", "check", "name", "place",
          "authority", "front", "back", "mrz", "key", "class", "category", "state", "points",
          "valid", "at", "since", "nationality", "holder", "copy", "upload", "doc", "provided",
          "kind",
          /* a UK National Insurance number is its own type; a doctor's or a firm's number */
          "insurance", "provider", "company", "business", "legal", "entity", "org", "organisation",
          "organization", "bank", "account", NULL };
  static const char *const numbers[] = { "id",         "no",       "nr",
                                         "num",        "number",   "numero",
                                         "identifier", "identity", "identification",
                                         "card",       "carte",    NULL };
  /* (g22-ids2) countries' identity numbers by their own names ("nin", "NIC", "aadhaar_no");
   * a State's permits to one person ("permis_etudes", "workPermitNumber", "carte_rp") */
  static const char *const national_numbers[]
      = { "nin", "nic", "cnic", "nric", "aadhaar", "aadhar", "pesel", "cnp", "mykad", NULL };
  static const char *const permit_kinds[]
      = { "etudes", "études",    "study",    "work",      "travail", "sejour",
          "séjour", "residence", "resident", "residency", "rp",      NULL };
  gboolean passport = FALSE, driver = FALSE, licence = FALSE, national = FALSE, identity = FALSE,
           number = FALSE, card = FALSE, id = FALSE, permit = FALSE, permit_kind = FALSE;
  gsize i = s;

  char part[24];
  gsize k;
  while ((k = next_key_part (t, &i, e, part)) != G_MAXSIZE)
    {
      if (k == 0)
        continue;
      if (voile_word_in (part, k, other))
        return FALSE;
      if (strcmp (part, "passport") == 0 || strcmp (part, "passeport") == 0
          || strcmp (part, "pasaporte") == 0 || strcmp (part, "cni") == 0
          || strcmp (part, "idcard") == 0 || strcmp (part, "driverlicense") == 0
          || strcmp (part, "driverslicense") == 0 || strcmp (part, "drivinglicence") == 0)
        passport = TRUE;
      else if (voile_word_in (part, k, national_numbers))
        passport = TRUE;
      else if (voile_word_in (part, k, permit_kinds))
        permit_kind = TRUE;
      else if (strcmp (part, "driver") == 0 || strcmp (part, "drivers") == 0
               || strcmp (part, "driving") == 0 || strcmp (part, "permis") == 0)
        driver = TRUE, permit = TRUE;
      else if (strcmp (part, "permit") == 0)
        permit = TRUE;
      else if (strcmp (part, "license") == 0 || strcmp (part, "licence") == 0
               || strcmp (part, "conduire") == 0)
        licence = TRUE;
      else if (strcmp (part, "national") == 0 || strcmp (part, "nationale") == 0)
        national = TRUE;
      else if (strcmp (part, "identite") == 0 || strcmp (part, "identité") == 0)
        identity = TRUE;
      if (voile_word_in (part, k, numbers))
        {
          number = TRUE;
          card |= strcmp (part, "card") == 0 || strcmp (part, "carte") == 0;
          id |= strcmp (part, "id") == 0;
          identity |= strcmp (part, "identity") == 0;
        }
    }
  /* "national_id", "nationalIdentifier", "carte_nationale_identite"; "id_card_no",
   * "identity_card"; a passport's or a driving licence's key with or without its number
   * word */
  /* (g22-ids2) "id_no", "idNumber": an identity number's key, as the same column is read */
  gboolean id_number_only = FALSE;
  {
    gsize j = s, parts = 0;
    gboolean other_part = FALSE, id_part = FALSE, no_part = FALSE;
    while ((k = next_key_part (t, &j, e, part)) != G_MAXSIZE)
      if (k > 0)
        {
          parts++;
          if (strcmp (part, "id") == 0)
            id_part = TRUE;
          else if (strcmp (part, "no") == 0 || strcmp (part, "number") == 0)
            no_part = TRUE;
          else
            other_part = TRUE;
        }
    id_number_only = parts == 2 && id_part && no_part && !other_part;
  }
  return passport || (driver && licence) || (national && (number || identity))
         || (card && (id || identity)) || ((permit || card) && permit_kind) || id_number_only;
}

/* The value under a document's key: five signs or more with a digit, not a date, not a
 * test value of zeros. */
static gboolean
v_key_document (VoileCandidate *c)
{
  const char *t = c->text + c->start;
  gsize n = c->end - c->start, key_end = c->match_start;
  guint digits = 0, zeros = 0;

  while (key_end < c->start
         && (g_ascii_isalnum (c->text[key_end]) || c->text[key_end] == '_'
             || c->text[key_end] == '-' || c->text[key_end] == '.'))
    key_end++;
  for (gsize i = 0; i < n; i++)
    {
      digits += g_ascii_isdigit (t[i]) ? 1 : 0;
      zeros += t[i] == '0';
    }
  if (digits < 2 || zeros == digits || n < 5 || n > 24 || value_is_uuid (t, n)
      || value_is_date_or_year (c) || (n >= 10 && g_ascii_isdigit (t[0]) && t[4] == '-'))
    return FALSE;
  /* a firm's Legal Entity Identifier (IVMS101's legal person has a "nationalIdentifier"
   * too): twenty signs whose ISO 7064 mod-97 key holds */
  if (n == 20)
    {
      guint rest = 0;
      for (gsize i = 0; i < n && rest != G_MAXUINT; i++)
        if (g_ascii_isdigit (t[i]))
          rest = (rest * 10 + (guint)(t[i] - '0')) % 97;
        else if (g_ascii_isupper (t[i]))
          rest = (rest * 100 + (guint)(t[i] - 'A' + 10)) % 97;
        else
          rest = G_MAXUINT;
      if (rest == 1)
        return FALSE;
    }
  return key_names_document (c->text, c->match_start, key_end) && v_id_document (c);
}

/* (g18-ids2) India's UPI address at the anchor (a local part's start): the local part, '@',
 * an NPCI handle with no dot after it; a person's unless masked ("9608xxxx12@paytm") or a
 * shop's ("quickpayz.merchant@axl", "paytmqr2810@paytm"). A matcher, not a pattern: every
 * e-mail's '@' is an anchor, and most fail at the handle's first letters. */
static gboolean
m_upi_vpa (VoileCandidate *c)
{
  static const char *const handles[]
      = { "ybl",      "ibl",      "axl",        "okaxis",   "okhdfcbank", "okicici", "oksbi",
          "paytm",    "ptyes",    "ptes",       "ptaxis",   "pthdfc",     "ptsbi",   "upi",
          "apl",      "yapl",     "rapl",       "waicici",  "wahdfcbank", "waaxis",  "wasbi",
          "axisbank", "icici",    "sbi",        "hdfcbank", "kotak",      "ikwik",   "freecharge",
          "idfcbank", "pnb",      "barodampay", "aubank",   "yesbank",    "airtel",  "jio",
          "naviaxis", "superyes", NULL };
  static const char *const firms[] = { "merchant", "shop", "store", "qr", "biz", NULL };
  const char *t = c->text;
  gsize s = c->anchor;
  char local[64];
  /* the handle first: most '@' are an e-mail's, whose domain fails at once */
  const char *q = memchr (t + s, '@', MIN (c->len - s, (gsize)49));

  if (q == NULL)
    return FALSE;
  gsize at = (gsize)(q - t);
  gsize he = at + 1;
  while (he < c->len && he - at <= 12 && g_ascii_islower (t[he]))
    he++;
  /* no letter, digit or '-' after the handle, nor a dot then a letter (an e-mail's domain) */
  if (he == at + 1 || (he < c->len && (g_ascii_isalnum (t[he]) || t[he] == '-'))
      || (he + 1 < c->len && t[he] == '.' && g_ascii_isalnum (t[he + 1]))
      || !voile_word_in (t + at + 1, he - at - 1, handles))
    return FALSE;
  if (at - s < 2 || !g_ascii_isalnum (t[s]))
    return FALSE;
  for (gsize i = s; i < at; i++)
    if (!(g_ascii_isalnum (t[i]) || t[i] == '.' || t[i] == '_' || t[i] == '-'))
      return FALSE;
  gsize n = at - s;
  for (gsize i = 0; i < n; i++)
    local[i] = g_ascii_tolower (t[s + i]);
  local[n] = '\0';
  if (strstr (local, "xx") != NULL)
    return FALSE;
  for (const char *const *f = firms; *f != NULL; f++)
    if (strstr (local, *f) != NULL)
      return FALSE;
  c->start = s;
  c->end = he;
  return TRUE;
}

/* (g18-ids2) A KYC payload's document: a "number" key whose object names the document's
 * kind under a kind's key ({"doc_type": "intl_passport", "number": "B02719346"},
 * {"type": "national_id_card", "number": …}): the kind's value read as a key's words
 * (key_names_document()). The object's own keys only, 512 bytes each side at most. */
static gboolean
v_kind_sibling_document (VoileCandidate *c)
{
  static const char *const kind_keys[]
      = { "type",      "kind",   "doc_type", "document_type", "documentType", "docType",
          "id_type",   "idType", "category", "type_document", "typeDocument", "type_piece",
          "typePiece", NULL };
  const char *t = c->text;
  gsize from = c->match_start > 512 ? c->match_start - 512 : 0;
  gsize open = G_MAXSIZE, close = G_MAXSIZE;
  gint depth = 0;

  if (!value_has_digits (c, 2))
    return FALSE;
  for (gsize i = c->match_start; i-- > from;)
    if (t[i] == '}' || t[i] == ']')
      depth++;
    else if ((t[i] == '{' || t[i] == '[') && depth > 0)
      depth--;
    else if (t[i] == '{')
      {
        open = i;
        break;
      }
  if (open == G_MAXSIZE)
    return FALSE;
  /* (g25-ids) the object is the document itself, under a key naming it ("passport":
   * {"number": "75 4418302", …}, "drivers_licence": {"state": "NSW", "number": …}) */
  {
    gsize k = open, floor = open > 64 ? open - 64 : 0;
    while (k > floor && (t[k - 1] == ' ' || t[k - 1] == '\t'))
      k--;
    if (k > floor && t[k - 1] == ':')
      {
        k--;
        while (k > floor && (t[k - 1] == ' ' || t[k - 1] == '\t'))
          k--;
        if (k > floor && t[k - 1] == '"')
          {
            gsize ke = k - 1, ks = ke;
            while (ks > floor && (g_ascii_isalnum (t[ks - 1]) || t[ks - 1] == '_'))
              ks--;
            if (ks < ke && ks > floor && t[ks - 1] == '"' && key_names_document (t, ks, ke))
              return v_id_document (c);
          }
      }
  }
  depth = 0;
  gsize lim = MIN (c->len, c->end + 512);
  for (gsize i = c->end; i < lim; i++)
    if (t[i] == '{' || t[i] == '[')
      depth++;
    else if ((t[i] == '}' || t[i] == ']') && depth > 0)
      depth--;
    else if (t[i] == '}')
      {
        close = i;
        break;
      }
  if (close == G_MAXSIZE)
    return FALSE;
  depth = 0;
  for (gsize i = open + 1; i < close; i++)
    {
      if (t[i] == '{' || t[i] == '[')
        depth++;
      else if (t[i] == '}' || t[i] == ']')
        depth--;
      if (t[i] != '"' || depth != 0)
        continue;
      gsize ks = i + 1, ke = ks;
      while (ke < close && t[ke] != '"' && ke - ks < 24)
        ke++;
      if (ke >= close || t[ke] != '"')
        continue;
      gsize q = ke + 1;
      while (q < close && (t[q] == ' ' || t[q] == '\t'))
        q++;
      if (q >= close || t[q] != ':')
        {
          i = ke;
          continue;
        }
      q++;
      while (q < close && (t[q] == ' ' || t[q] == '\t'))
        q++;
      if (q < close && t[q] == '"' && voile_word_in (t + ks, ke - ks, kind_keys))
        {
          gsize vs = q + 1, ve = vs;
          while (ve < close && t[ve] != '"' && ve - vs < 40)
            ve++;
          if (ve < close && t[ve] == '"' && key_names_document (t, vs, ve))
            return v_id_document (c);
        }
      i = ke;
    }
  return FALSE;
}

/* (g18-ids2) Does the key text[s, e) name whose record it is only by a noun a firm's or an
 * app's record shares ("googleAnalyticsAccountId", "OrderId", "TenantRef")? An XML file is
 * as often a build's or a service's configuration as a person's data. */
static gboolean
key_person_is_shared_only (const char *t, gsize s, gsize e)
{
  gboolean shared = FALSE;
  gsize i = s;

  char part[24];
  gsize k;
  while ((k = next_key_part (t, &i, e, part)) != G_MAXSIZE)
    {
      if (k == 0)
        continue;
      guint flags = key_part_person_flags (part, k);
      if ((flags != 0 && !(flags & VOILE_PERSON_NOUN_SHARED))
          || key_part_is_personal_number (part, k) || key_part_is_personal_case (part, k))
        return FALSE;
      shared |= flags != 0;
    }
  return shared;
}

gboolean
voile_rules_xml_keys (const char *t, gsize len, guint32 type_mask, GArray *findings)
{
  g_autoptr (GArray) added = NULL;
  gboolean references = (type_mask & VOILE_TYPE_BIT (VOILE_TYPE_CUSTOMER_ID)) != 0;
  gboolean documents = (type_mask & VOILE_TYPE_BIT (VOILE_TYPE_ID_DOCUMENT)) != 0;
  const char *p = t, *end = t + len;

  if (!references && !documents)
    return FALSE;
  /* "</Tag>" closes "<Tag>value": the tags are found from their closing '<' only */
  while (p + 4 < end && (p = memchr (p, '<', (gsize)(end - p) - 3)) != NULL)
    {
      gsize close = (gsize)(p - t);
      p++;
      if (t[close + 1] != '/' || !g_ascii_isalpha (t[close + 2]))
        continue;
      gsize ns = close + 2, ne = ns;
      while (ne < len && ne - ns <= 48
             && (g_ascii_isalnum (t[ne]) || t[ne] == '_' || t[ne] == '-' || t[ne] == '.'))
        ne++;
      if (ne >= len || t[ne] != '>' || ne - ns > 48)
        continue;
      /* the value: back to the opening tag's '>', on the line, 48 bytes at most */
      gsize vs = close;
      while (vs > 0 && close - vs <= 48 && t[vs - 1] != '>' && t[vs - 1] != '<'
             && t[vs - 1] != '\n')
        vs--;
      gsize n = ne - ns, tag = G_MAXSIZE;
      if (vs == 0 || t[vs - 1] != '>')
        continue;
      if (vs >= n + 2 && t[vs - n - 2] == '<' && memcmp (t + vs - n - 1, t + ns, n) == 0)
        tag = vs - n - 1;
      else
        {
          /* (g22-ids2) an opening tag with attributes: "<DriversLicense state=\"GA\">" */
          for (gsize q = vs - 1; q > 0 && vs - q < 96; q--)
            if (t[q - 1] == '<')
              {
                if (q + n < vs && memcmp (t + q, t + ns, n) == 0 && t[q + n] == ' ')
                  tag = q;
                break;
              }
            else if (t[q - 1] == '\n' || t[q - 1] == '>')
              break;
          if (tag == G_MAXSIZE)
            continue;
        }
      gsize ve = close;
      while (vs < ve && (t[vs] == ' ' || t[vs] == '\t'))
        vs++;
      while (ve > vs && (t[ve - 1] == ' ' || t[ve - 1] == '\t'))
        ve--;
      guint digits = 0;
      for (gsize k = vs; k < ve && digits < 2; k++)
        digits += g_ascii_isdigit (t[k]) ? 1 : 0;
      if (digits < 2 || !g_ascii_isalnum (t[vs]) || !g_ascii_isalnum (t[ve - 1])
          || voile_findings_overlap (findings, findings->len, vs, ve))
        continue;
      VoileCandidate c = { .text = t,
                           .len = len,
                           .anchor = tag,
                           .start = vs,
                           .end = ve,
                           .match_start = tag,
                           .match_end = close };
      VoileType type;
      gboolean spaced = memchr (t + vs, ' ', ve - vs) != NULL;
      if (documents && v_key_document (&c))
        type = VOILE_TYPE_ID_DOCUMENT, c.confidence = 0.85f;
      else if (references && !spaced && !key_person_is_shared_only (t, tag, tag + n)
               && v_key_reference (&c))
        type = VOILE_TYPE_CUSTOMER_ID, c.confidence = 0.8f;
      else
        continue;
      if (added == NULL)
        added = g_array_new (FALSE, FALSE, sizeof (VoileFinding));
      VoileFinding f = { type, c.start, c.end, c.confidence, 0 };
      g_array_append_val (added, f);
    }
  if (added == NULL)
    return FALSE;
  g_array_append_vals (findings, added->data, added->len);
  return TRUE;
}

/* Not inside a URL's path ("…/i/acct_1Nx2…/…": the merchant's account), and not an "id"
 * key's value ("id": "usr_01JC…" of a listed object is json-person-id's to judge), except
 * for a handle that says it is a customer's (Shopify's gid://…/Customer/…). */
static gboolean
v_platform_person_id (VoileCandidate *c)
{
  const char *t = c->text;
  gsize s = c->start;

  if (s > 0 && t[s - 1] == '/')
    return FALSE;
  if (t[s] == 'g')
    return TRUE;
  while (s > 0 && (t[s - 1] == ' ' || t[s - 1] == '"' || t[s - 1] == '\'' || t[s - 1] == ':'))
    s--;
  /* "user_id usr_8Kq2…", "app_user_id": a key that names the person is no bare "id" */
  return !(s >= 3 && t[s - 1] == 'd' && t[s - 2] == 'i' && !g_ascii_isalnum (t[s - 3])
           && t[s - 3] != '_');
}

/* (g18-ids2) A possessive's next word is a file's noun: most "his", "son", "sa" are followed
 * by anything else, and their pattern is spared. */
static gboolean
pf_possessive_file (const char *t, gsize len, gsize anchor, gsize end)
{
  static const char *const nouns[]
      = { "record", "file", "card", "badge", "membership", "fiche", "carte", NULL };
  gsize p = anchor;

  (void)end;
  while (p < len && g_ascii_isalpha (t[p]))
    p++;
  if (p + 5 >= len || t[p] != ' ' || strchr ("rfcbmRFCBM", t[p + 1]) == NULL)
    return FALSE;
  p++;
  gsize e = p;
  while (e < len && e - p < 12 && g_ascii_isalpha (t[e]))
    e++;
  return voile_ascii_word_in (t + p, e - p, nouns);
}

/* (g18-ids2) The number after a possessive file's noun: five digits or more alone, not a
 * year or a date. */
static gboolean
v_possessive_file (VoileCandidate *c)
{
  guint digits = 0;
  for (gsize i = c->start; i < c->end; i++)
    digits += g_ascii_isdigit (c->text[i]) ? 1 : 0;
  if (value_is_date_or_year (c))
    return FALSE;
  return digits >= 5 || !g_ascii_isdigit (c->text[c->start]);
}

/* (g18-ids2) "/customers/…" names an API's collection in its docs ("GET /customers/123"), one
 * customer's pages in an access log's request: the plural is taken on a log's line only (an
 * address or a "[17/Nov/2025:10:02:14" time opening it, " HTTP/" after the path). */
static gboolean
v_customer_path (VoileCandidate *c)
{
  const char *t = c->text;
  gsize ls = c->match_start, le = c->end;

  if (c->start - c->match_start < 10
      || voile_ascii_strncasecmp (t + c->start - 10, "customers/", 10) != 0)
    return TRUE;
  /* a log line's start, 512 bytes back at most (a flat paste is no log) */
  while (ls > 0 && c->match_start - ls < VOILE_LINE_READ_MAX && t[ls - 1] != '\n')
    ls--;
  if (ls > 0 && t[ls - 1] != '\n')
    return FALSE;
  while (le < c->len && t[le] != '\n' && le - c->end < 64)
    le++;
  gboolean http = FALSE;
  for (gsize i = c->end; i + 6 <= le && !http; i++)
    http = memcmp (t + i, " HTTP/", 6) == 0;
  if (!http)
    return FALSE;
  if (g_ascii_isdigit (t[ls]))
    return TRUE;
  for (gsize i = ls; i + 2 < c->match_start; i++)
    if (t[i] == '[' && g_ascii_isdigit (t[i + 1]) && g_ascii_isdigit (t[i + 2]))
      return TRUE;
  return FALSE;
}

/* The keyword is a URL path's segment or ends one: "/client/48213", "/espace-client/48213". */
static gboolean
pf_path_segment (const char *t, gsize len, gsize anchor, gsize end)
{
  return anchor > 0 && (t[anchor - 1] == '/' || t[anchor - 1] == '-' || t[anchor - 1] == '_');
}

static G_GNUC_UNUSED gboolean
pf_word_before (const char *t, gsize len, gsize anchor, gsize end)
{
  return anchor >= 2 && t[anchor - 1] == ' '
         && (g_ascii_isalpha (t[anchor - 2]) || (guchar)t[anchor - 2] >= 0x80);
}

/* ---- UPPER_DIGIT anchors ---- */

static gboolean
is_up (const char *t, gsize len, gsize i)
{
  return i < len && g_ascii_isupper (t[i]);
}

static gboolean
is_dig (const char *t, gsize len, gsize i)
{
  return i < len && g_ascii_isdigit (t[i]);
}

/* "FR76…", "FR 76…": a registered country code and two digits. */
static gboolean
pf_iban (const char *t, gsize len, gsize a, gsize end)
{
  gsize d = a + 2 < len && t[a + 2] == ' ' ? a + 3 : a + 2;
  return is_dig (t, len, d) && is_dig (t, len, d + 1) && voile_iban_country_length (t + a) != 0;
}

static gboolean
pf_fr_vat (const char *t, gsize len, gsize a, gsize end)
{
  if (!(a + 1 < len && t[a] == 'F' && t[a + 1] == 'R'))
    return FALSE;
  /* "FR 76 300 060 001": after the key, a first group of 3, 6 or 9 digits ("FR76 3000…"
   * is an IBAN). */
  gsize p = a + 2;
  if (p < len && t[p] == ' ')
    p++;
  p += 2;
  if (p < len && t[p] == ' ')
    p++;
  if (p >= len)
    return FALSE;
  gsize r = run_end (t, len, p) - p;
  return r == 3 || r == 6 || r == 9;
}

/* Spanish, Italian and Portuguese months (their first four bytes, lower case): a day's
 * number then one of them, "14 de enero", "1° settembre". */
static gboolean
pf_romance_date (const char *t, gsize len, gsize a, gsize end)
{
  static const char heads[][4] = {
    { 'e', 'n', 'e', 'r' }, { 'f', 'e', 'b', 'r' }, { 'm', 'a', 'r', 'z' },
    { 'a', 'b', 'r', 'i' }, { 'm', 'a', 'y', 'o' }, { 'j', 'u', 'n', 'i' },
    { 'j', 'u', 'l', 'i' }, { 'a', 'g', 'o', 's' }, { 's', 'e', 'p', 't' },
    { 's', 'e', 't', 'i' }, { 'o', 'c', 't', 'u' }, { 'n', 'o', 'v', 'i' },
    { 'd', 'i', 'c', 'i' }, { 'g', 'e', 'n', 'n' }, { 'f', 'e', 'b', 'b' },
    { 'a', 'p', 'r', 'i' }, { 'm', 'a', 'g', 'g' }, { 'g', 'i', 'u', 'g' },
    { 'l', 'u', 'g', 'l' }, { 's', 'e', 't', 't' }, { 'o', 't', 't', 'o' },
    { 'j', 'a', 'n', 'e' }, { 'f', 'e', 'v', 'e' }, { 'm', 'a', 'r', '\xc3' },
    { 'm', 'a', 'i', 'o' }, { 'j', 'u', 'n', 'h' }, { 'j', 'u', 'l', 'h' },
    { 's', 'e', 't', 'e' }, { 'o', 'u', 't', 'u' }, { 'd', 'e', 'z', 'e' },
  };
  (void)end;
  gsize p = a;
  while (p < len && p - a < 2 && g_ascii_isdigit (t[p]))
    p++;
  /* "1°", "1º": the ordinal sign, two bytes */
  if (p + 1 < len && (guchar)t[p] == 0xC2 && ((guchar)t[p + 1] == 0xB0 || (guchar)t[p + 1] == 0xBA))
    p += 2;
  if (p >= len || t[p] != ' ')
    return FALSE;
  p++;
  if (p + 3 < len && t[p] == 'd' && t[p + 1] == 'e' && t[p + 2] == ' ')
    p += 3;
  if (p + 4 > len)
    return FALSE;
  char w[4];
  for (guint i = 0; i < 4; i++)
    w[i] = (char)voile_ascii_lower (t[p + i]);
  for (guint h = 0; h < G_N_ELEMENTS (heads); h++)
    if (memcmp (w, heads[h], 4) == 0)
      return TRUE;
  return FALSE;
}

/* "MORGA657054SM9IJ": five capitals (a surname, 9 after a short one), then six digits */
static gboolean
pf_uk_driving_licence (const char *t, gsize len, gsize a, gsize end)
{
  (void)end;
  if (a + 16 > len || !g_ascii_isdigit (t[a + 5]) || (a > 0 && g_ascii_isalnum (t[a - 1])))
    return FALSE;
  return voile_is_uk_driving_licence (t + a, 16);
}

/* ---- g18-ids: identity numbers a State checks with a key (session 18) ---------------- */

/* Hong Kong's identity card "Y418827(4)", "AB123456(A)": one or two capitals, six digits, the
 * key in brackets; Singapore's NRIC and FIN "S9148827B": S, T, F or G, seven digits, a check
 * letter; the Emirates ID "784-1993-7720418-6". Only the shapes' first bytes here. */
static gboolean
pf_checked_national_id (const char *t, gsize len, gsize a, gsize end)
{
  (void)end;
  if (a > 0 && (g_ascii_isalnum (t[a - 1]) || t[a - 1] == '-' || t[a - 1] == '_'))
    return FALSE;
  if (t[a] == '7')
    return a + 18 <= len && t[a + 1] == '8' && t[a + 2] == '4' && t[a + 3] == '-';
  if (!is_up (t, len, a))
    return FALSE;
  gsize d = is_up (t, len, a + 1) ? a + 2 : a + 1;
  gsize r = run_end (t, len, d) - d;
  return (r == 6 && d + 8 < len && t[d + 6] == '(')
         || (r == 7 && d == a + 1 && strchr ("STFGMP", t[a]) != NULL && is_up (t, len, d + 7));
}

/* The key of a Hong Kong identity card (v[0..n): letters, six digits, the key in
 * brackets) or of a Singapore NRIC/FIN (a letter, seven digits, a letter); Emirates IDs
 * carry a Luhn key. A Singapore number needs its name before it on the line ("NRIC", "FIN",
 * "IC"): nine signs of that shape with a right key are 1 in 11 of random ones. */
static gboolean
v_checked_national_id (VoileCandidate *c)
{
  const char *v = c->text + c->start;
  gsize n = c->end - c->start;

  if (v[0] == '7')
    {
      char d[16];
      gsize k = 0;
      for (gsize i = 0; i < n && k < sizeof d; i++)
        if (g_ascii_isdigit (v[i]))
          d[k++] = v[i];
      return k == 15 && voile_luhn_is_valid (d, k);
    }
  if (v[n - 1] == ')')
    {
      guint sum, i = 0;
      if (g_ascii_isupper (v[1]))
        sum = (guint)(v[0] - 'A' + 10) * 9 + (guint)(v[1] - 'A' + 10) * 8, i = 2;
      else
        sum = 36 * 9 + (guint)(v[0] - 'A' + 10) * 8, i = 1;
      for (guint w = 7; w >= 2; w--, i++)
        sum += (guint)(v[i] - '0') * w;
      guint key = (11 - sum % 11) % 11;
      char want = key == 10 ? 'A' : (char)('0' + key);
      /* test vectors' "A123456(7)": a run of digits is no one's */
      return v[i + 1] == want && memcmp (v + (i - 6), "123456", 6) != 0;
    }
  /* (g24-ids) the Philippines' passport "P4471028B" (since 2016: P, seven digits, a
   * series letter): no other number of the corpus and the seen sets takes that shape; not
   * a placeholder's run of digits ("P1234567A", "P0000000A") */
  if (v[0] == 'P')
    return memcmp (v + 1, "1234567", 7) != 0 && memcmp (v + 1, "0000000", 7) != 0;
  if (!nric_key_is_valid (v))
    return FALSE;
  /* its name before it on its line, within 48 bytes */
  gsize from = c->start > 48 ? c->start - 48 : 0;
  for (gsize i = c->start; i > from && c->text[i - 1] != '\n'; i--)
    {
      gsize w = i - 1;
      if (g_ascii_isalpha (c->text[w]) && (w == 0 || !g_ascii_isalpha (c->text[w - 1])))
        {
          gsize e = w;
          while (e < c->start && g_ascii_isalpha (c->text[e]))
            e++;
          if ((e - w == 4 && memcmp (c->text + w, "NRIC", 4) == 0)
              || (e - w == 3 && memcmp (c->text + w, "FIN", 3) == 0)
              || (e - w == 2 && memcmp (c->text + w, "IC", 2) == 0))
            return TRUE;
        }
    }
  return FALSE;
}

/* ---- g22-ids: national identity numbers told by their structure (session 22) --------- */

/* The digits of c's finding in d (at most n of them); their count. */
static gsize
finding_digits (const VoileCandidate *c, char *d, gsize n)
{
  gsize k = 0;
  for (gsize i = c->start; i < c->end; i++)
    if (g_ascii_isdigit (c->text[i]))
      {
        if (k == n)
          return n + 1;
        d[k++] = c->text[i];
      }
  return k;
}

/* The layouts' lengths, before any pattern (end: where the digits joined by separators
 * end). Belgium's "85.07.30-033.28" and "850730-033-28". */
static gboolean
pf_be_nn (const char *t, gsize len, gsize a, gsize end)
{
  (void)len;
  gsize n = end - a;
  if (n == 15)
    return t[a + 2] == '.' && t[a + 5] == '.' && t[a + 12] != '-';
  return n == 13 && (t[a + 6] == '-' || t[a + 6] == ' ') && t[a + 10] == t[a + 6];
}

/* Eleven digits alone (Belgium's number run together) */
static gboolean
pf_digits11 (const char *t, gsize len, gsize a, gsize end)
{
  (void)t, (void)len;
  return end - a == 11;
}

/* (g24-ids) Ten digits run together (France's foreigner number) */
static gboolean
pf_digits10 (const char *t, gsize len, gsize a, gsize end)
{
  (void)t, (void)len;
  return end - a == 10;
}

/* (g24-ids) France's foreigner number (AGDREF), printed on a titre de séjour, a carte de
 * résident, a récépissé or an APS: ten digits, the first two the département of the
 * préfecture that issued it (10-95, or 97 and an overseas one's 1-6; not 01-09, which a
 * French phone's ten digits open). The document's name within 48 bytes before it: a
 * residence word, or "TS" or "APS" in capitals as a word. */
static gboolean
v_fr_foreigner_number (VoileCandidate *c)
{
  /* not "séjour" alone: a hospital's stay ("numéro de séjour AP-HP") has a ten-digit
   * number too */
  static const char *const words[] = { "récépissé",
                                       "recepisse",
                                       "titre de séjour",
                                       "titre de sejour",
                                       "carte de séjour",
                                       "carte de sejour",
                                       "provisoire de séjour",
                                       "provisoire de sejour",
                                       "titre_sejour",
                                       "titre_de_sejour",
                                       "carte_sejour",
                                       "résident",
                                       "resident",
                                       NULL };
  const char *t = c->text, *v = t + c->start;
  guint dep = two_digits (v);
  if (dep < 10 || dep > 97 || dep == 96 || (dep == 97 && (v[2] < '1' || v[2] > '6')))
    return FALSE;
  gsize from = c->start > 48 ? c->start - 48 : 0;
  for (gsize i = from; i < c->start; i++)
    {
      if (i > from && g_ascii_isalpha (t[i - 1]))
        continue;
      if ((c->start - i >= 3 && t[i] == 'T' && t[i + 1] == 'S' && !g_ascii_isalnum (t[i + 2]))
          || (c->start - i >= 4 && memcmp (t + i, "APS", 3) == 0 && !g_ascii_isalnum (t[i + 3])))
        return TRUE;
      for (const char *const *w = words; *w != NULL; w++)
        {
          gsize n = strlen (*w);
          if (c->start - i >= n && voile_ascii_strncasecmp (t + i, *w, n) == 0)
            {
              /* "resident" unaccented only in "carte de resident": the English word names
               * a care home's or a council's resident, whose number is no document */
              if (strcmp (*w, "resident") == 0
                  && (i < 9 || voile_ascii_strncasecmp (t + i - 9, "carte de ", 9) != 0))
                continue;
              return TRUE;
            }
        }
    }
  return FALSE;
}

/* Twelve (MyKad "770305-02-1234" joined by dashes, Sri Lanka's new number) */
static gboolean
pf_digits12 (const char *t, gsize len, gsize a, gsize end)
{
  (void)len;
  gsize n = end - a;
  return n == 12 || (n == 14 && t[a + 6] == '-' && t[a + 9] == '-');
}

/* Thirteen (Luxembourg's matricule, South Africa's number bare or 6-4-3, Switzerland's AVS
 * "756.3141.5926.58", Pakistan's CNIC "37405-2210984-6") */
static gboolean
pf_digits13 (const char *t, gsize len, gsize a, gsize end)
{
  (void)len;
  gsize n = end - a;
  if (n == 13)
    return TRUE;
  if (n == 15)
    return (t[a + 6] == ' ' && t[a + 11] == ' ') || (t[a + 5] == '-' && t[a + 13] == '-');
  return n == 16 && t[a] == '7' && t[a + 3] == t[a + 8] && t[a + 8] == t[a + 13];
}

/* Belgium's national number "85.07.30-033.28", "850730-033-28", "850730 033 28", or the
 * eleven digits after its name: its date and its mod-97 key. */
static gboolean
v_be_nn (VoileCandidate *c)
{
  char d[11];
  return finding_digits (c, d, sizeof d) == 11 && voile_be_nn_is_valid (d, 11);
}

/* Luxembourg's matricule "1984031204721": a real date and two keys. */
static gboolean
v_lu_matricule (VoileCandidate *c)
{
  char d[13];
  return finding_digits (c, d, sizeof d) == 13 && voile_lu_matricule_is_valid (d, 13);
}

/* Switzerland's AVS number "756.3141.5926.58": 756 and an EAN-13 key. */
static gboolean
v_ch_avs (VoileCandidate *c)
{
  char d[13];
  return finding_digits (c, d, sizeof d) == 13 && voile_ch_avs_is_valid (d, 13);
}

/* South Africa's identity number without its name: its date, citizenship, Luhn key, and
 * the twelfth digit 8 or 9 every number issued carries. */
static gboolean
v_za_id_bare (VoileCandidate *c)
{
  char d[13];
  if (finding_digits (c, d, sizeof d) != 13 || !voile_za_id_is_valid (d, 13)
      || (d[11] != '8' && d[11] != '9') || d[10] > '1')
    return FALSE;
  return TRUE;
}

/* Malaysia's MyKad number "850317-10-5542": a real date and a place of birth code. */
/* (g25-ids) Is d[0, 8) a real date, day first (DDMMYYYY) or year first (YYYYMMDD), of
 * 1900-2099? Its year's last two digits and its month in *yy, *mm. */
static gboolean
glued_date_parts (const char *d, gboolean year_first, guint *yy, guint *mm)
{
  guint y = year_first
                ? (guint)(d[0] - '0') * 1000 + (guint)(d[1] - '0') * 100 + two_digits (d + 2)
                : (guint)(d[4] - '0') * 1000 + (guint)(d[5] - '0') * 100 + two_digits (d + 6);
  guint m = two_digits (year_first ? d + 4 : d + 2);
  guint day = two_digits (year_first ? d + 6 : d);
  if (y < 1900 || y > 2099 || m < 1 || m > 12 || day < 1 || day > 31)
    return FALSE;
  *yy = y % 100;
  *mm = m;
  return TRUE;
}

/* (g25-ids) Does the NIR at n (fifteen digits) hold the birth year and month of the date
 * at d, and its key? */
static gboolean
glued_nir_fits_date (const char *n, const char *d)
{
  guint yy, mm;
  if (n[0] != '1' && n[0] != '2')
    return FALSE;
  if (!glued_date_parts (d, FALSE, &yy, &mm) && !glued_date_parts (d, TRUE, &yy, &mm))
    return FALSE;
  return two_digits (n + 1) == yy && two_digits (n + 3) == mm && voile_nir_is_valid (n, 15);
}

/* (g25-ids) France's NIR glued between the other fields of a fixed-width export ("…
 * 12041960260049913405276000074…": DT_NAISS, NIR, points): a run of 23 digits or more at
 * the anchor, in which a birth date of eight digits (day or year first) is glued before or
 * after fifteen digits whose sex is 1 or 2, whose year and month are the date's, and whose
 * key holds (1 in 10^6 random runs pass). Read 64 digits at most. */
static gboolean
m_nir_glued_core (VoileCandidate *c, gboolean want_date)
{
  const char *t = c->text;
  gsize a = c->anchor, e = a;
  while (e < c->len && e - a < 64 && g_ascii_isdigit (t[e]))
    e++;
  if (e - a < 23 || (e < c->len && g_ascii_isdigit (t[e])))
    return FALSE;
  for (gsize p = a; p + 23 <= e; p++)
    {
      if (glued_nir_fits_date (t + p + 8, t + p))
        {
          c->start = want_date ? p : p + 8;
          c->end = want_date ? p + 8 : p + 23;
          return TRUE;
        }
      if (glued_nir_fits_date (t + p, t + p + 15))
        {
          c->start = want_date ? p + 15 : p;
          c->end = want_date ? p + 23 : p + 15;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
m_nir_glued (VoileCandidate *c)
{
  return m_nir_glued_core (c, FALSE);
}

/* (g25-ids) the birth date glued to that NIR, which holds its year and month */
static gboolean
m_nir_glued_birth_date (VoileCandidate *c)
{
  return m_nir_glued_core (c, TRUE);
}

/* (g25-ids) Tanzania's national identity number (NIDA) "19780312-11101-00027-18": the
 * birth date written year first (a real date of 1900-2099), five, five and two digits */
static gboolean
v_tz_nida (VoileCandidate *c)
{
  guint yy, mm;
  return glued_date_parts (c->text + c->start, TRUE, &yy, &mm);
}

/* (g26-ids) Ireland's PPS number by its layout alone ("5518209I", "1257333HA"): seven digits
 * and the mod-23 check letter, a second letter A-I or W; the Revenue's sample "1234567T" and
 * its kin (1234567…, one digit seven times) are none, nor a VAT or an employer's registration
 * number, written alike ("VAT No. IE 6388047V", "Employer reg no 3164729PH"). */
static gboolean
v_ppsn_shape (VoileCandidate *c)
{
  const char *v = c->text + c->start;
  gsize n = c->end - c->start;
  if (!voile_ppsn_is_valid (v, n) || memcmp (v, "1234567", 7) == 0
      || strspn (v, (char[]){ v[0], '\0' }) >= 7)
    return FALSE;
  gsize b = c->start;
  while (b > 0 && c->text[b - 1] == ' ')
    b--;
  if (b >= 2 && c->text[b - 2] == 'I' && c->text[b - 1] == 'E')
    return FALSE;
  gsize from = c->start > 64 ? c->start - 64 : 0;
  for (gsize i = c->start; i > from; i--)
    if (c->text[i - 1] == '\n')
      {
        from = i;
        break;
      }
  /* whole words: "private", "micro " and "psychology" hold no firm's register */
  static const char *const firms[] = { "vat", "employer", "charity", "cro", "chy", NULL };
  for (const char *const *w = firms; *w != NULL; w++)
    if (span_has_word (c->text, from, c->start, *w))
      return FALSE;
  return TRUE;
}

/* (g25-ids) A visa's grant number ("visa subclass 189, grant no. 0801943226531", "(subclass
 * 820) … grant number 0873 2210 4456", "\"visa\": {…, \"grant_no\": \"ETA0882715403\"}"):
 * ten to thirteen digits, a visa's word ("visa", "subclass") before the label on its line
 * (160 bytes at most; a JSON key's, across lines); not a research grant's number. */
static gboolean
v_visa_grant (VoileCandidate *c)
{
  guint digits = 0;
  for (gsize i = c->start; i < c->end; i++)
    digits += g_ascii_isdigit (c->text[i]) ? 1 : 0;
  if (digits < 10 || digits > 13)
    return FALSE;
  gsize to = c->match_start, from = to > 160 ? to - 160 : 0;
  /* on the label's line; a JSON key's object may hold the visa's kind a line above */
  gboolean key = to > 0 && c->text[to - 1] == '"';
  for (gsize i = to; !key && i > from; i--)
    if (c->text[i - 1] == '\n')
      from = i;
  for (gsize i = from; i + 4 <= to; i++)
    if ((c->text[i] | 0x20) == 'v' && voile_ascii_strncasecmp (c->text + i, "visa", 4) == 0)
      return TRUE;
    else if ((c->text[i] | 0x20) == 's' && i + 8 <= to
             && voile_ascii_strncasecmp (c->text + i, "subclass", 8) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
v_my_nric (VoileCandidate *c)
{
  char d[12];
  return finding_digits (c, d, sizeof d) == 12 && voile_my_nric_is_valid (d, 12);
}

/* Pakistan's CNIC "37405-2210984-6"; forms' placeholders ("12345-1234567-1", a digit
 * repeated) are nobody's. */
static gboolean
v_pk_cnic (VoileCandidate *c)
{
  const char *v = c->text + c->start;
  if (memcmp (v, "12345", 5) == 0 || memcmp (v + 6, "1234567", 7) == 0)
    return FALSE;
  for (gsize i = 7; i < 13; i++)
    if (v[i] != v[6])
      return TRUE;
  return FALSE;
}

/* Sri Lanka's identity card number "752631984V" or, after its name, "198467301255": the
 * day of the year it carries. */
static gboolean
v_lk_nic (VoileCandidate *c)
{
  char d[12];
  gsize k = finding_digits (c, d, sizeof d);
  /* forms' sample "123456789V" is nobody's */
  return (k == 9 || k == 12) && memcmp (d, "123456789", 9) != 0 && voile_lk_nic_is_valid (d, k);
}

/* (g22-ids2) A run of n signs at the anchor standing alone: no digit, letter, '_' or a
 * number's '.' or '-' before, no sign or '.'/'-' and a digit after (a matcher: no pattern
 * to compile for a run's length). */
static gboolean
m_lone_run (VoileCandidate *c, gsize n)
{
  const char *t = c->text;
  gsize a = c->anchor, e = a + n;
  if (e > c->len)
    return FALSE;
  if (a > 0
      && (g_ascii_isalnum (t[a - 1]) || t[a - 1] == '_' || t[a - 1] == '.' || t[a - 1] == '-'))
    return FALSE;
  if (e < c->len && (g_ascii_isalnum (t[e]) || t[e] == '_'))
    return FALSE;
  if (e + 1 < c->len && (t[e] == '.' || t[e] == ',' || t[e] == '-') && g_ascii_isdigit (t[e + 1]))
    return FALSE;
  c->start = a;
  c->end = e;
  return TRUE;
}

/* (g22-ids2) Romania's CNP "1831208134562": its date, county and mod-11 key. */
static gboolean
m_ro_cnp (VoileCandidate *c)
{
  return m_lone_run (c, 13) && voile_ro_cnp_is_valid (c->text + c->start, 13);
}

/* (g22-ids2) China's resident identity number "11010519491231002X": its date and MOD 11-2
 * key. */
static gboolean
m_cn_ric (VoileCandidate *c)
{
  return m_lone_run (c, 18) && voile_cn_ric_is_valid (c->text + c->start, 18);
}

/* "AB123456C", "AB 12 34 56 C" */
static gboolean
pf_nino (const char *t, gsize len, gsize a, gsize end)
{
  gsize d = a + 2 < len && t[a + 2] == ' ' ? a + 3 : a + 2;
  if (!(is_up (t, len, a + 1) && is_dig (t, len, d) && is_dig (t, len, d + 1)))
    return FALSE;
  /* Six digits in pairs, a space allowed between pairs, then the letter. */
  guint digits = 0;
  while (digits < 6)
    {
      gsize r = run_end (t, len, d) - d;
      if (r == 0 || r % 2 != 0 || digits + r > 6)
        return FALSE;
      digits += (guint)r;
      d += r;
      if (digits < 6 && d < len && t[d] == ' ')
        d++;
    }
  if (d < len && t[d] == ' ')
    d++;
  return d < len && t[d] >= 'A' && t[d] <= 'D';
}

/* "AB-123-CD", "AB 123 CD" */
static gboolean
pf_plate (const char *t, gsize len, gsize a, gsize end)
{
  return is_up (t, len, a + 1) && a + 2 < len && (t[a + 2] == '-' || t[a + 2] == ' ')
         && is_dig (t, len, a + 3) && is_dig (t, len, a + 4) && is_dig (t, len, a + 5)
         && a + 6 < len && t[a + 6] == t[a + 2] && is_up (t, len, a + 7) && is_up (t, len, a + 8);
}

/* "AB123CD" */
static gboolean
pf_plate_compact (const char *t, gsize len, gsize a, gsize end)
{
  return is_up (t, len, a + 1) && is_dig (t, len, a + 2) && is_dig (t, len, a + 3)
         && is_dig (t, len, a + 4) && is_up (t, len, a + 5) && is_up (t, len, a + 6);
}

/* "NW1 6XE", "EC1A 1BB", "M1 1AE": outward code, then digit and two letters. */
static gboolean
pf_uk_postcode (const char *t, gsize len, gsize a, gsize end)
{
  gsize i = a + 1;
  if (is_up (t, len, i))
    i++;
  if (!is_dig (t, len, i))
    return FALSE;
  i++;
  if (is_dig (t, len, i) || is_up (t, len, i))
    i++;
  if (i < len && t[i] == ' ')
    i++;
  return is_dig (t, len, i) && is_up (t, len, i + 1) && is_up (t, len, i + 2);
}

/* An Eircode's letters: routing keys and unique identifiers use no B G I J L M O Q S U Z. */
static gboolean
is_eircode_letter (char c)
{
  return c != '\0' && strchr ("ACDEFHKNPRTVWXY", c) != NULL;
}

/* "D04 W2K8", "H91X2P4": a letter and two digits (or "D6W"), then four letters and digits,
 * one of them a letter. */
static gboolean
pf_eircode (const char *t, gsize len, gsize a, gsize end)
{
  if (a + 7 > len || !is_eircode_letter (t[a]) || !g_ascii_isdigit (t[a + 1])
      || !(g_ascii_isdigit (t[a + 2]) || t[a + 2] == 'W'))
    return FALSE;
  gsize i = a + 3 < len && t[a + 3] == ' ' ? a + 4 : a + 3;
  guint letters = 0;
  if (i + 4 > len)
    return FALSE;
  for (gsize k = i; k < i + 4; k++)
    if (is_eircode_letter (t[k]))
      letters++;
    else if (!g_ascii_isdigit (t[k]))
      return FALSE;
  return letters > 0 && (i + 4 == len || !g_ascii_isalnum (t[i + 4]));
}

/* "permis" opens an ID document's number when the number follows it ("permis
 * 790312200458") or in "permis de conduire": spares the pattern at every "permis de
 * construire", "permis de faire", "permis B". */
static gboolean
pf_id_document (const char *t, gsize len, gsize anchor, gsize end)
{
  (void)end;
  if (len - anchor < 8 || voile_ascii_strncasecmp (t + anchor, "permis", 6) != 0)
    return TRUE;
  gsize p = anchor + 6;
  while (p < len && t[p] == ' ')
    p++;
  /* the permits a State issues to one person (see the pattern) */
  static const char *const kinds[]
      = { "de conduire", "de chasser", "côtier",    "cotier",       "hauturier",
          "fluvial",     "bateau",     "plaisance", "de plaisance", NULL };
  for (const char *const *k = kinds; *k != NULL; k++)
    {
      gsize n = strlen (*k);
      if (p + n <= len && voile_ascii_strncasecmp (t + p, *k, n) == 0)
        return TRUE;
    }
  return p + 1 < len
         && (g_ascii_isdigit (t[p]) || (g_ascii_isupper (t[p]) && g_ascii_isalnum (t[p + 1])));
}

/* A Canadian postcode, "L6J 1L3": letter, digit, letter, digit, letter, digit; no D F I O Q
 * U anywhere, no W Z first. */
static gboolean
is_ca_postcode_letter (char c, gboolean first)
{
#define CA_BIT(l) (1u << ((l) - 'A'))
  /* no D F I O Q U; no W Z first */
  static const guint32 later
      = ~(CA_BIT ('D') | CA_BIT ('F') | CA_BIT ('I') | CA_BIT ('O') | CA_BIT ('Q') | CA_BIT ('U'));
  static const guint32 firsts = later & ~(CA_BIT ('W') | CA_BIT ('Z'));
#undef CA_BIT
  return c >= 'A' && c <= 'Z' && ((first ? firsts : later) >> (c - 'A') & 1);
}

static gboolean
pf_ca_postcode (const char *t, gsize len, gsize a, gsize end)
{
  (void)end;
  /* The digit first: most anchors ("FR76", "NW1") fail at one byte. */
  if (a + 6 > len || !g_ascii_isdigit (t[a + 1]) || !is_ca_postcode_letter (t[a], TRUE)
      || !is_ca_postcode_letter (t[a + 2], FALSE))
    return FALSE;
  gsize i = t[a + 3] == ' ' ? a + 4 : a + 3;
  return i + 3 <= len && g_ascii_isdigit (t[i]) && is_ca_postcode_letter (t[i + 1], FALSE)
         && g_ascii_isdigit (t[i + 2]) && (i + 3 == len || !g_ascii_isalnum (t[i + 3]));
}

/* "Meguro-ku, Tokyo 152-0035": three digits, a dash and four, after a ward, a town ("-ku",
 * "-shi"…) or a main city; spares the pattern at US "555-0116" numbers. */
static gboolean
pf_postcode_jp (const char *t, gsize len, gsize anchor, gsize end)
{
  static const char *const words[]
      = { "ku",        "shi",    "gun",      "cho",     "chō",     "machi",   "mura",     "ken",
          "fu",        "to",     "Tokyo",    "Tōkyō",   "Osaka",   "Ōsaka",   "Kyoto",    "Kyōto",
          "Kobe",      "Kōbe",   "Yokohama", "Nagoya",  "Sapporo", "Fukuoka", "Kawasaki", "Saitama",
          "Hiroshima", "Sendai", "Chiba",    "Okinawa", "Naha",    NULL };

  if (end != anchor + 8 || t[anchor + 3] != '-' || anchor < 4)
    return FALSE;
  gsize e = anchor;
  /* the postal mark "〒" (E3 80 92), spaces, a comma */
  if (e >= 3 && (guchar)t[e - 1] == 0x92 && (guchar)t[e - 2] == 0x80 && (guchar)t[e - 3] == 0xE3)
    e -= 3;
  e = voile_run_start (t, e, VOILE_LINE_READ_MAX, " ,");
  gsize b = voile_word_start (t, e, 12, VOILE_WORD_UTF8);
  if (b == e)
    return FALSE;
  for (const char *const *w = words; *w != NULL; w++)
    {
      gsize n = strlen (*w);
      /* a suffix after its dash ("Meguro-ku"), a city as the whole word */
      if (g_ascii_islower ((*w)[0]) || (guchar)(*w)[0] >= 0x80
              ? n < e - b && t[e - n - 1] == '-' && memcmp (t + e - n, *w, n) == 0
              : n == e - b && memcmp (t + b, *w, n) == 0)
        return TRUE;
    }
  return FALSE;
}

/* A space after a French postcode, or the line break of "La Mézière 37250\nMontbazon" and
 * a capital opening the next line (v_postcode_fr() reads that line). */
static gboolean
pf_postcode_fr (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = end;
  if (p < len && t[p] == ' ')
    return TRUE;
  if (p < len && t[p] == '\r')
    p++;
  if (p >= len || t[p] != '\n')
    return FALSE;
  p++;
  return p < len && (g_ascii_isupper (t[p]) || (guchar)t[p] >= 0xC3);
}

/* "8000 Brugge", "3511 NK Utrecht": not a year, a capitalised word after. */
static gboolean
pf_postcode4 (const char *t, gsize len, gsize anchor, gsize end)
{
  if (anchor + 6 > len)
    return FALSE;
  guint v = (guint)((t[anchor] - '0') * 1000 + (t[anchor + 1] - '0') * 100
                    + (t[anchor + 2] - '0') * 10 + (t[anchor + 3] - '0'));
  if (v >= 1900 && v <= 2099)
    return FALSE;
  gsize p = anchor + 5;
  if (is_up (t, len, p) && is_up (t, len, p + 1) && p + 2 < len && t[p + 2] == ' ')
    p += 3;
  return (is_up (t, len, p) || (p < len && (guchar)t[p] >= 0xC3)) && p + 1 < len
         && (g_ascii_islower (t[p + 1]) || (guchar)t[p + 1] >= 0x80);
}

/* (session 22, g22-addr) "12 Jalan Setia Murni U13/52", "A-3-8 Taman Sri Nibong",
 * "C-08-11, Pangsapuri Seri Maya": a house or a unit number (a block's letter, its floor and
 * its unit between dashes) before a Malay street's or estate's word. */
static gboolean
m_malay_street (VoileCandidate *c)
{
  static const char *const words[]
      = { "Jalan ",       "JALAN ",  "Jln ",     "Jln. ", "Lorong ",     "Lrg ",
          "Persiaran ",   "Lebuh ",  "Taman ",   "Tmn ",  "Pangsapuri ", "Residensi ",
          "Kondominium ", "Menara ", "Kampung ", NULL };
  const char *t = c->text;
  gsize len = c->len, p = c->anchor, s;

  /* Anchored on the word: read the number back, a few bytes at most. */
  s = p;
  while (s > 0 && t[s - 1] == ' ' && p - s < 3)
    s--;
  if (s == p)
    return FALSE;
  if (s > 0 && t[s - 1] == ',')
    s--;
  if (s > 0 && g_ascii_isupper (t[s - 1]))
    s--; /* "12A Jalan …" */
  gsize groups = 0;
  while (groups < 3 && s > 0 && g_ascii_isdigit (t[s - 1]))
    {
      gsize d = s;
      while (s > 0 && g_ascii_isdigit (t[s - 1]) && d - s < 5)
        s--;
      if (d - s > 4)
        return FALSE;
      groups++;
      if (groups < 3 && s >= 2 && t[s - 1] == '-' && g_ascii_isdigit (t[s - 2]))
        s--;
      else
        break;
    }
  if (groups == 0)
    return FALSE;
  /* the block's letter before its floor: "A-3-8" */
  if (s >= 2 && t[s - 1] == '-' && g_ascii_isupper (t[s - 2]))
    s -= 2;
  if (s > 0
      && (g_ascii_isalnum (t[s - 1]) || (guchar)t[s - 1] >= 0x80 || t[s - 1] == '-'
          || t[s - 1] == '.' || t[s - 1] == '/'))
    return FALSE;
  gsize e = 0;
  /* the estate or the street, then a street after its comma ("Residensi Vista Wirajaya,
   * Jalan Genting Kelang") */
  for (int part = 0; part < 2; part++)
    {
      gsize w = 0;
      for (const char *const *k = words; *k != NULL && w == 0; k++)
        if (t[p] == (*k)[0] && p + strlen (*k) < len && memcmp (t + p, *k, strlen (*k)) == 0)
          w = strlen (*k);
      if (w == 0 || (part == 1 && t[p] != 'J' && t[p] != 'L' && t[p] != 'P'))
        break;
      p += w;
      /* the name: capitalised words and a section's code ("Setia Murni U13/52", "SS 2/64") */
      gsize name_end = 0;
      for (int n = 0; n < 5 && p < len; n++)
        {
          gsize q = p;
          if (g_ascii_isupper (t[q]) || (guchar)t[q] >= 0xC3)
            {
              q++;
              while (
                  q < len && q - p < 32
                  && (g_ascii_isalnum (t[q]) || t[q] == '-' || t[q] == '/' || (guchar)t[q] >= 0x80))
                q++;
            }
          else if (g_ascii_isdigit (t[q]))
            while (q < len && q - p < 8 && (g_ascii_isdigit (t[q]) || t[q] == '/'))
              q++;
          else
            break;
          if (t[q - 1] == '-' || t[q - 1] == '/')
            break;
          name_end = q;
          if (q >= len || t[q] != ' ' || q + 1 >= len)
            break;
          p = q + 1;
        }
      if (name_end == 0)
        break;
      e = name_end;
      if (!(e + 2 < len && t[e] == ',' && t[e + 1] == ' '))
        break;
      p = e + 2;
    }
  if (e == 0)
    return FALSE;
  /* Singapore's unit after the street: "33 Lorong 21 Geylang, #04-08" */
  if (e + 4 < len && t[e] == ',' && t[e + 1] == ' ' && t[e + 2] == '#'
      && g_ascii_isdigit (t[e + 3]))
    {
      gsize q = e + 3;
      while (q < len && q - e < 12 && (g_ascii_isdigit (t[q]) || t[q] == '-'))
        q++;
      if (t[q - 1] != '-' && !(q < len && g_ascii_isalnum (t[q])))
        e = q;
    }
  c->start = s;
  c->end = e;
  return TRUE;
}

/* (session 26, g26-plates) "152-KE-3318": a '-', one or two capitals, a '-' */
static gboolean
pf_plate_ie (const char *t, gsize len, gsize anchor, gsize end)
{
  (void)end;
  gsize p = run_end (t, len, anchor);
  if (p + 3 >= len || t[p] != '-' || !g_ascii_isupper (t[p + 1]))
    return FALSE;
  return t[p + 2] == '-' || (g_ascii_isupper (t[p + 2]) && t[p + 3] == '-');
}

/* (session 26, g26-plates) "YK19 RPO", "LD19XKM": two capitals, two digits, capitals */
static gboolean
pf_plate_gb (const char *t, gsize len, gsize a, gsize end)
{
  (void)end;
  if (!is_up (t, len, a + 1) || !is_dig (t, len, a + 2) || !is_dig (t, len, a + 3))
    return FALSE;
  gsize i = a + 4;
  if (i < len && t[i] == ' ')
    i++;
  return is_up (t, len, i) && is_up (t, len, i + 1) && is_up (t, len, i + 2);
}

/* (session 22, g22-addr) "1-GVB-418", "VD 482 316", "V47 KRM": the plates' first bytes. */
static gboolean
pf_plate_neighbours (const char *t, gsize len, gsize anchor, gsize end)
{
  (void)end;
  if (anchor + 6 >= len)
    return FALSE;
  if (g_ascii_isdigit (t[anchor]))
    return t[anchor + 1] == '-' && g_ascii_isupper (t[anchor + 2]);
  if (g_ascii_isupper (t[anchor + 1]))
    {
      static const char cantons[] = "AG AI AR BE BL BS FR GE GL GR JU LU NE NW OW SG SH SO SZ TG "
                                    "TI UR VD VS ZG ZH ";
      if (t[anchor + 2] != ' ' || !g_ascii_isdigit (t[anchor + 3]) || t[anchor + 3] == '0')
        return FALSE;
      for (const char *k = cantons; *k != '\0'; k += 3)
        if (k[0] == t[anchor] && k[1] == t[anchor + 1])
          return TRUE;
      return FALSE;
    }
  return g_ascii_isdigit (t[anchor + 1]) && g_ascii_isdigit (t[anchor + 2]) && t[anchor + 3] == ' '
         && g_ascii_isupper (t[anchor + 4]);
}

/* (session 22, g22-addr) an Australian postcode belongs to its state (Australia Post's
 * ranges): "Canberra ACT 2600" is, "STATUTORY DECLARATIONS ACT 2000" (a statute's year) is
 * not. */
static gboolean
v_au_state_postcode (VoileCandidate *c)
{
  const char *t = c->text;
  gsize e = c->end, d = e;
  while (d > c->start && g_ascii_isdigit (t[d - 1]))
    d--;
  if (e - d != 4)
    return TRUE;
  guint code = (guint)atoi (t + d);
  gsize se = d;
  while (se > c->start && t[se - 1] == ' ')
    se--;
  gsize ss = se;
  while (ss > c->start && g_ascii_isupper (t[ss - 1]))
    ss--;
  gsize n = se - ss;
  const char *st = t + ss;
  if (n == 3 && memcmp (st, "ACT", 3) == 0)
    return (code >= 200 && code <= 299) || (code >= 2600 && code <= 2618)
           || (code >= 2900 && code <= 2920);
  if (n == 3 && memcmp (st, "NSW", 3) == 0)
    return code >= 1000 && code <= 2999;
  if (n == 3 && memcmp (st, "VIC", 3) == 0)
    return (code >= 3000 && code <= 3999) || (code >= 8000 && code <= 8999);
  if (n == 3 && memcmp (st, "QLD", 3) == 0)
    return (code >= 4000 && code <= 4999) || (code >= 9000 && code <= 9999);
  if (n == 2 && memcmp (st, "SA", 2) == 0)
    return code >= 5000 && code <= 5999;
  if (n == 2 && memcmp (st, "WA", 2) == 0)
    return code >= 6000 && code <= 6999;
  if (n == 3 && memcmp (st, "TAS", 3) == 0)
    return code >= 7000 && code <= 7999;
  if (n == 2 && memcmp (st, "NT", 2) == 0)
    return code >= 800 && code <= 999;
  return TRUE;
}

/* "Rue du Simplon 34": a capitalised street type, and a digit further on the line; in lower
 * case ("avenue Clemenceau 72 bte 5, 1070 Anderlecht"), a box's word or a run of four digits
 * after a space (a postcode) further on. */
static gboolean
pf_street_number_after (const char *t, gsize len, gsize anchor, gsize end)
{
  gboolean upper = g_ascii_isupper (t[anchor]);
  if (!upper)
    {
      /* the name after the type is capitalised, past its articles: "place to stay" and
       * "route the calls" stop here */
      gsize p = anchor;
      while (p < len && p - anchor < 10 && t[p] != ' ')
        p++;
      for (int k = 0; k < 3 && p + 4 < len && t[p] == ' '; k++)
        {
          p++;
          /* "de ", "du ", "des ", "la ", "le ", "les " */
          gsize a = 0;
          if ((t[p] == 'd' && (t[p + 1] == 'e' || t[p + 1] == 'u'))
              || (t[p] == 'l' && (t[p + 1] == 'a' || t[p + 1] == 'e')))
            a = t[p + 2] == ' '                                           ? 2
                : (t[p + 2] == 's' && t[p + 3] == ' ' && t[p + 1] == 'e') ? 3
                                                                          : 0;
          if (a == 0)
            break;
          p += a;
        }
      if (p + 2 < len && (t[p] == 'l' || t[p] == 'd')
          && (t[p + 1] == '\'' || (guchar)t[p + 1] == 0xE2))
        p += t[p + 1] == '\'' ? 2 : 4;
      if (p >= len || !(g_ascii_isupper (t[p]) || (guchar)t[p] == 0xC3))
        return FALSE;
    }
  for (gsize i = anchor + 4; i < len && i < anchor + 80 && t[i] != '\n'; i++)
    if (g_ascii_isdigit (t[i]))
      {
        if (upper)
          return TRUE;
        if (t[i - 1] == ' ' && i + 4 < len && g_ascii_isdigit (t[i + 1])
            && g_ascii_isdigit (t[i + 2]) && g_ascii_isdigit (t[i + 3]) && t[i + 4] == ' ')
          return TRUE;
        if (t[i - 1] == ' ' && i + 4 < len
            && (memcmp (t + i + 1, " bte", 4) == 0 || memcmp (t + i + 1, " bus", 4) == 0
                || (i + 5 < len && memcmp (t + i + 2, " bte", 4) == 0)))
          return TRUE;
      }
  return FALSE;
}

/* "L-2652 Luxembourg": capitals, a dash, four or five digits, a space. */
static gboolean
pf_country_postcode (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize i = anchor;
  while (i < len && g_ascii_isupper (t[i]))
    i++;
  if (i == anchor || i >= len || t[i] != '-')
    return FALSE;
  gsize d = ++i;
  while (i < len && g_ascii_isdigit (t[i]))
    i++;
  return (i - d == 4 || i - d == 5) && i + 1 < len && t[i] == ' ' && g_ascii_isupper (t[i + 1]);
}

/* "06 44 1O 27 83": a letter O inside the number, within its first fourteen bytes. */
static gboolean
pf_ocr_phone (const char *t, gsize len, gsize anchor, gsize end)
{
  for (gsize i = anchor + 1; i < len && i < anchor + 14; i++)
    if (t[i] == 'O')
      return g_ascii_isdigit (t[i - 1]) || (i + 1 < len && g_ascii_isdigit (t[i + 1]));
    else if (!g_ascii_isdigit (t[i]) && t[i] != ' ' && t[i] != '.')
      return FALSE;
  return FALSE;
}

/* "02 506 96 11", "010 23 45 67": after a run of two digits a group of three, after a run of
 * three a group of two (a French "06 12…" or a UK "020 7946…" stops here). */
static gboolean
pf_phone_be (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize r = anchor;
  while (r < len && g_ascii_isdigit (t[r]))
    r++;
  gsize run = r - anchor;
  if (r + 4 > len || (t[r] != ' ' && t[r] != '.' && t[r] != '/'))
    return FALSE;
  gsize p = r + 1, group = 0;
  while (p + group < len && g_ascii_isdigit (t[p + group]))
    group++;
  /* (session 22, g22-addr) mobiles: "0472/18.44.09", "0486 12 34 56" */
  if (run == 4 && t[anchor + 1] == '4' && t[anchor + 2] >= '5' && group == 2)
    return TRUE;
  return (run == 2 && group == 3) || (run == 3 && group == 2);
}

/* "18/Nov/26", "07AUG72", "3-Apr-25": a month's capital after the day, or a dash. */
static gboolean
pf_airline_date (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize r = anchor;
  while (r < len && g_ascii_isdigit (t[r]))
    r++;
  if (r < len && t[r] == '/')
    return r + 1 < len && g_ascii_isalpha (t[r + 1]);
  return TRUE;
}

/* (session 22, g22-addr2) street-quarter-number: a "route" only with its kilometre, "km" and
 * a digit within 48 bytes on its line ("Route de Tunis km 4"); the quarters' words go on. */
static gboolean
pf_quarter_route (const char *t, gsize len, gsize anchor, gsize end)
{
  (void)end;
  if ((t[anchor] | 0x20) != 'r')
    return TRUE;
  for (gsize i = anchor + 6; i + 3 < len && i - anchor < 48 && t[i] != '\n'; i++)
    if ((t[i] | 0x20) == 'k' && (t[i + 1] | 0x20) == 'm' && t[i - 1] == ' '
        && (g_ascii_isdigit (t[i + 2]) || (t[i + 2] == ' ' && g_ascii_isdigit (t[i + 3]))))
      return TRUE;
  return FALSE;
}

/* (session 24, g24-addr) The word of a numbered part, a space, then its number or a capital:
 * "Road 2832", "villa 41", "Block C", "House No. 5". */
static gboolean
pf_premise_chain (const char *t, gsize len, gsize anchor, gsize end)
{
  (void)end;
  gsize i = anchor;
  while (i < len && i - anchor < 12 && g_ascii_isalpha (t[i]))
    i++;
  if (i < len && t[i] == '.')
    i++;
  if (i + 1 >= len || t[i] != ' ')
    return FALSE;
  i++;
  return g_ascii_isdigit (t[i]) || g_ascii_isupper (t[i]);
}

/* (session 24, g24-addr) The kind of a numbered part's word: 'd' a dwelling (house, villa,
 * flat, apartment), 'u' a unit (room, office, shop), 'b' a building or block, 'r' a road
 * (road, street, lane, sector, an ordinal's street); 0 for none. */
static char
premise_kind (const char *w, gsize n)
{
  static const struct
  {
    const char *word;
    char kind;
  } words[] = { { "house", 'd' },  { "villa", 'd' },    { "flat", 'd' },   { "apartment", 'd' },
                { "apt", 'd' },    { "room", 'u' },     { "suite", 'u' },  { "office", 'u' },
                { "shop", 'u' },   { "building", 'b' }, { "bldg", 'b' },   { "block", 'b' },
                { "blk", 'b' },    { "road", 'r' },     { "street", 'r' }, { "lane", 'r' },
                { "sector", 'r' }, { "avenue", 'r' } };
  for (gsize k = 0; k < G_N_ELEMENTS (words); k++)
    if (strlen (words[k].word) == n && g_ascii_strncasecmp (w, words[k].word, n) == 0)
      return words[k].kind;
  return 0;
}

/* (session 24, g24-addr) A chain of numbered parts is an address when a numbered road is one
 * of them beside a dwelling, a unit or a building ("villa 41 street 27b", "Road 4009, Block
 * 340"), when a dwelling stands in its building or block ("Block C, House 14"), or when it
 * holds three parts of two kinds at least ("Office 41, Building 2504, …"). A school's or a
 * plant's "Room 12, Block B", "Shop 3, Building 2" and two roads are none. */
static gboolean
v_premise_chain (VoileCandidate *c)
{
  const char *t = c->text;
  guint parts = 0, kinds = 0;
  for (gsize i = c->start; i < c->end;)
    {
      if (!g_ascii_isalpha (t[i]) || (i > c->start && g_ascii_isalnum (t[i - 1])))
        {
          i++;
          continue;
        }
      gsize j = i;
      while (j < c->end && g_ascii_isalpha (t[j]))
        j++;
      char k = premise_kind (t + i, j - i);
      if (k != 0)
        {
          parts++;
          kinds |= k == 'd' ? 1u : k == 'u' ? 2u : k == 'b' ? 4u : 8u;
        }
      i = j;
    }
  if (parts < 2 || (kinds & 7u) == 0)
    return FALSE;
  if ((kinds & 8u) || ((kinds & 1u) && (kinds & 4u)))
    return TRUE;
  return parts >= 3 && (kinds & (kinds - 1)) != 0;
}

/* (session 20, g20-addr) "Room 1802", "Block A,", "Plot S10312", "Flat No. 4": the unit's
 * word is capitalised, then a space and a number, a capital letter alone or "No". */
static gboolean
pf_unit_word (const char *t, gsize len, gsize anchor, gsize end)
{
  (void)end;
  if (!g_ascii_isupper (t[anchor]))
    return FALSE;
  gsize i = anchor + 1;
  while (i < len && i - anchor < 12 && g_ascii_isalpha (t[i]))
    i++;
  if (i < len && t[i] == '.')
    i++;
  if (i + 1 >= len || t[i] != ' ')
    return FALSE;
  i++;
  if (g_ascii_isdigit (t[i]))
    return TRUE;
  return g_ascii_isupper (t[i]) && (i + 1 >= len || !g_ascii_islower (t[i + 1]) || t[i] == 'N');
}

/* (session 20, g20-addr) "No. 81, Neauphle-…": "No.", a number, a comma, a capital. */
static gboolean
pf_house_no (const char *t, gsize len, gsize anchor, gsize end)
{
  (void)end;
  gsize i = anchor + 3;
  if (i < len && t[i] == ' ')
    i++;
  gsize d = i;
  while (i < len && i - d < 5 && g_ascii_isdigit (t[i]))
    i++;
  if (i == d)
    return FALSE;
  if (i < len && g_ascii_isupper (t[i]))
    i++;
  /* (session 22, g22-addr) "No. 42/1, Temple Road": the house's part after a slash */
  if (i + 1 < len && t[i] == '/' && g_ascii_isdigit (t[i + 1]))
    {
      gsize q = ++i;
      while (i < len && i - q < 3 && g_ascii_isdigit (t[i]))
        i++;
      if (i < len && g_ascii_isupper (t[i]))
        i++;
    }
  return i + 2 < len && t[i] == ',' && t[i + 1] == ' '
         && (g_ascii_isupper (t[i + 2]) || g_ascii_isdigit (t[i + 2]) || (guchar)t[i + 2] >= 0xC3);
}

/* (session 20, g20-addr) The house's "No." must be followed by its number, a comma and a
 * capital; the street words of Turkey and Cyrillic countries go on to the pattern. */
static gboolean
pf_street_abroad (const char *t, gsize len, gsize anchor, gsize end)
{
  if (anchor + 3 <= len && (t[anchor] == 'N' || t[anchor] == 'n')
      && (t[anchor + 1] == 'o' || t[anchor + 1] == 'O') && t[anchor + 2] == '.')
    return pf_house_no (t, len, anchor, end);
  return TRUE;
}

/* (session 20, g20-addr) "…, Argentina": a capitalised country after a comma, a digit
 * before it on its line within 60 bytes (the postcode). */
static gboolean
pf_postcode_town_country (const char *t, gsize len, gsize anchor, gsize end)
{
  (void)len;
  (void)end;
  if (!g_ascii_isupper (t[anchor]) && (guchar)t[anchor] != 0xC3)
    return FALSE;
  gsize i = anchor;
  while (i > 0 && anchor - i < 3 && t[i - 1] == ' ')
    i--;
  if (i == 0 || t[i - 1] != ',')
    return FALSE;
  /* the town's words between the postcode and the comma: letters, spaces, "'", "-" */
  for (gsize k = i - 1; k > 0 && i - k < 48; k--)
    {
      guchar b = (guchar)t[k - 1];
      if (g_ascii_isdigit (b))
        return TRUE;
      if (!(g_ascii_isalpha (b) || b >= 0x80 || b == ' ' || b == '\'' || b == '-'))
        return FALSE;
    }
  return FALSE;
}

/* "Rose Cottage, …": the house word is capitalised and a comma follows it (or its plural). */
static gboolean
pf_house_name (const char *t, gsize len, gsize anchor, gsize end)
{
  if (!g_ascii_isupper (t[anchor]))
    return FALSE;
  gsize i = anchor + 1;
  while (i < len && g_ascii_islower (t[i]))
    i++;
  return i < len && t[i] == ',';
}

/* "125-2419873340": three digits, a dash, ten digits. */
static gboolean
pf_eticket (const char *t, gsize len, gsize a, gsize end)
{
  if (a + 14 > len || t[a + 3] != '-' || (a + 14 < len && g_ascii_isdigit (t[a + 14])))
    return FALSE;
  for (gsize i = a + 4; i < a + 14; i++)
    if (!g_ascii_isdigit (t[i]))
      return FALSE;
  return TRUE;
}

/* "04-00-04 / 38821907": a sort code (three pairs, dashes), then an account's eight digits. */
static gboolean
pf_sort_code (const char *t, gsize len, gsize a, gsize end)
{
  if (a + 17 > len || t[a + 2] != '-' || t[a + 5] != '-' || g_ascii_isdigit (t[a + 8]))
    return FALSE;
  return is_dig (t, len, a + 3) && is_dig (t, len, a + 4) && is_dig (t, len, a + 6)
         && is_dig (t, len, a + 7);
}

/* TRUE when t[p, p + n) is a whole run of n digits followed by a byte of the text. */
static gboolean
run_of (const char *t, gsize len, gsize p, gsize n)
{
  return p + n < len && run_end (t, len, p) == p + n;
}

/* "0412 555 716", "02 9555 0134": the runs of an Australian number at its first digit (the
 * bracketed area code is anchored at its '('). */
static gboolean
pf_phone_au (const char *t, gsize len, gsize anchor, gsize end)
{
  if (run_of (t, len, anchor, 4))
    return t[anchor + 1] == '4' && t[anchor + 4] == ' ' && run_of (t, len, anchor + 5, 3)
           && t[anchor + 8] == ' ';
  return run_of (t, len, anchor, 2) && strchr ("2378", t[anchor + 1]) != NULL
         && t[anchor + 2] == ' ' && run_of (t, len, anchor + 3, 4) && t[anchor + 7] == ' ';
}

/* A phone label is followed by its number within a few bytes, on its line or the next:
 * most "phone", "mobile" and "number is" in prose are followed by words. */
static gboolean
pf_phone_label (const char *t, gsize len, gsize anchor, gsize end)
{
  guint newlines = 0;

  (void)end;
  for (gsize i = anchor + 3; i < len && i < anchor + 48; i++)
    {
      if (g_ascii_isdigit (t[i]))
        return TRUE;
      if (t[i] == '\n' && ++newlines > 1)
        return FALSE;
    }
  return FALSE;
}

/* A label's number word ("ref", "no.", "n°") is followed, on its line and within two words,
 * by a value opening with a capital and holding a digit or a dash within its first bytes
 * ("B-5518", "AAF-HP-0938114"): most such words in prose ("no. of users", "the reference
 * manual") are followed by small words, and the pattern's two label words cost a regex
 * call each (+4 % instructions on a text of logs and prose without this test). */
static gboolean
pf_labelled_reference (const char *t, gsize len, gsize anchor, gsize end)
{
  (void)end;
  for (gsize p = anchor + 2; p < len && p < anchor + 64 && t[p] != '\n'; p++)
    {
      if (!g_ascii_isupper (t[p]) || g_ascii_isalnum (t[p - 1]))
        continue;
      for (gsize q = p + 1; q < len && q < p + 7; q++)
        {
          if (g_ascii_isdigit (t[q]) || t[q] == '-' || t[q] == '/')
            return TRUE;
          if (!g_ascii_isupper (t[q]))
            break;
        }
    }
  return FALSE;
}

/* "984 555 0170", "1 800 555 0199": three digits (or a 1, then three), a space, three, a
 * space, four. Most numbers followed by a space are a street's or a count's. */
static gboolean
pf_phone_nanp_spaced (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = anchor;

  (void)end;
  if (run_of (t, len, p, 1) && t[p] == '1' && t[p + 1] == ' ')
    p += 2;
  return run_of (t, len, p, 3) && t[p + 3] == ' ' && run_of (t, len, p + 4, 3) && t[p + 7] == ' '
         && p + 8 < len && run_end (t, len, p + 8) == p + 12;
}

/* "01 234 5678", "087 123 4567": an Irish area code, a space, three digits and a space. */
static gboolean
pf_phone_ie (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize run = run_end (t, len, anchor) - anchor;

  if (!((run == 2 && t[anchor + 1] == '1') || (run == 3 && t[anchor + 1] >= '2')))
    return FALSE;
  gsize p = anchor + run;
  return p < len && t[p] == ' ' && run_of (t, len, p + 1, 3) && t[p + 4] == ' ' && p + 5 < len
         && g_ascii_isdigit (t[p + 5]);
}

/* "12/03", "3/11" (DATE_SHORT): two digits and one or two, or one and two, then no third
 * part ("12/03/2024"), percentage or decimal. */
static gboolean
pf_date_short (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize first = run_end (t, len, anchor) - anchor;
  gsize slash = anchor + first;

  if (slash >= len || t[slash] != '/')
    return FALSE;
  gsize second = run_end (t, len, slash + 1) - (slash + 1);
  if (!((first == 2 && (second == 1 || second == 2)) || (first == 1 && second <= 2)))
    return FALSE;
  gsize q = slash + 1 + second;
  if (q >= len)
    return TRUE;
  if (t[q] == '/' || t[q] == '%')
    return FALSE;
  /* "05/01-18/01": a range */
  if (t[q] == '-' && q + 6 <= len && first == 2 && second == 2 && g_ascii_isdigit (t[q + 1])
      && g_ascii_isdigit (t[q + 2]) && t[q + 3] == '/' && g_ascii_isdigit (t[q + 4])
      && g_ascii_isdigit (t[q + 5]) && (q + 6 == len || !g_ascii_isdigit (t[q + 6])))
    return TRUE;
  return !(strchr (".,:-", t[q]) != NULL && t[q] != '\0' && q + 1 < len
           && g_ascii_isdigit (t[q + 1]));
}

/* "0033 6…": two zeros. */
static gboolean
pf_double_zero (const char *t, gsize len, gsize anchor, gsize end)
{
  return anchor + 1 < len && t[anchor + 1] == '0';
}

/* "Daly City, California 94014": a US state's name, spelled out, just before the ZIP code
 * (its last word: "New York", "North Carolina"). */
static gboolean
pf_state_name_before (const char *t, gsize len, gsize anchor, gsize end)
{
  static const char *const last_words[]
      = { "Alabama",     "Alaska",       "Arizona",       "Arkansas",  "California", "Colorado",
          "Connecticut", "Delaware",     "Florida",       "Georgia",   "Hawaii",     "Idaho",
          "Illinois",    "Indiana",      "Iowa",          "Kansas",    "Kentucky",   "Louisiana",
          "Maine",       "Maryland",     "Massachusetts", "Michigan",  "Minnesota",  "Mississippi",
          "Missouri",    "Montana",      "Nebraska",      "Nevada",    "Hampshire",  "Jersey",
          "Mexico",      "York",         "Carolina",      "Dakota",    "Ohio",       "Oklahoma",
          "Oregon",      "Pennsylvania", "Island",        "Tennessee", "Texas",      "Utah",
          "Vermont",     "Virginia",     "Washington",    "Wisconsin", "Wyoming",    NULL };
  gsize e = anchor, b;

  if (e < 6 || t[e - 1] != ' ' || !g_ascii_islower (t[e - 2]))
    return FALSE;
  e--;
  for (b = e; b > 0 && e - b < 14 && g_ascii_isalpha (t[b - 1]); b--)
    ;
  return voile_word_in (t + b, e - b, last_words);
}

/* "Springfield, IL 62704": a state code just before the ZIP code. */
static gboolean
pf_state_before (const char *t, gsize len, gsize anchor, gsize end)
{
  if (anchor < 4 || t[anchor - 1] != ' ' || !g_ascii_isupper (t[anchor - 2])
      || !g_ascii_isupper (t[anchor - 3]))
    return FALSE;
  return t[anchor - 4] == ' '
         || (anchor >= 5 && g_ascii_isupper (t[anchor - 4]) && t[anchor - 5] == ' ');
}

/* (session 25, g25-addr) "N4*PORTLAND*OR*97215~", "+CHICAGO+IL+60608+", "| MO | 64015": a
 * field's delimiter, a state code in capitals, the same delimiter, just before the ZIP. */
static gboolean
pf_state_field_before (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = anchor;

  (void)len;
  (void)end;
  if (p > 0 && t[p - 1] == ' ')
    p--;
  if (p < 4)
    return FALSE;
  char d = t[p - 1];
  if (d != '*' && d != '+' && d != '|')
    return FALSE;
  p--;
  if (t[p - 1] == ' ')
    p--;
  if (p < 4 || !g_ascii_isupper (t[p - 1]) || !g_ascii_isupper (t[p - 2]))
    return FALSE;
  p -= 2;
  if (t[p - 1] == ' ')
    p--;
  return p >= 2 && t[p - 1] == d;
}

/* The city field before pf_state_field_before()'s state: back to the same delimiter, one
 * to three words opening on a capital, 3 to 40 bytes, letters, '.', '\'' and '-' only. */
static gboolean
m_city_field_state_zip (VoileCandidate *c)
{
  const char *t = c->text;
  gsize z = c->anchor, ze = z;

  /* the prefilter's test is this reader's own too (the engine may run without them) */
  if (!pf_state_field_before (t, c->len, z, z))
    return FALSE;

  while (ze < c->len && ze - z < 10 && (g_ascii_isdigit (t[ze]) || (t[ze] == '-' && ze - z == 5)))
    ze++;
  if (!(ze - z == 5 || ze - z == 9 || ze - z == 10)
      || (ze < c->len && (g_ascii_isalnum (t[ze]) || t[ze] == '_' || t[ze] == '-')))
    return FALSE;
  if (ze - z == 10 && t[z + 5] != '-')
    return FALSE;
  gsize p = z;
  if (t[p - 1] == ' ')
    p--;
  char d = t[p - 1];
  p--;
  if (t[p - 1] == ' ')
    p--;
  p -= 2;
  if (t[p - 1] == ' ')
    p--;
  p--; /* the delimiter before the state */
  gsize e = p;
  if (e > 0 && t[e - 1] == ' ')
    e--;
  gsize b = e;
  while (b > 0 && e - b <= 40 && t[b - 1] != d && t[b - 1] != '\n')
    b--;
  if (b == 0 || t[b - 1] != d || e - b > 40)
    return FALSE;
  if (t[b] == ' ')
    b++;
  if (e < b + 3 || !g_ascii_isupper (t[b]))
    return FALSE;
  guint words = 1;
  for (gsize k = b; k < e; k++)
    {
      guchar ch = (guchar)t[k];
      if (ch == ' ')
        {
          if (++words > 3 || k + 1 >= e || !g_ascii_isupper (t[k + 1]))
            return FALSE;
        }
      else if (!(g_ascii_isalpha (ch) || ch >= 0x80 || ch == '.' || ch == '\'' || ch == '-'))
        return FALSE;
    }
  /* the match runs to the ZIP (past its anchor, as the engine asks); v_city_field_state_zip()
   * keeps the city */
  c->start = b;
  c->end = ze;
  return TRUE;
}

static gboolean
v_city_field_state_zip (VoileCandidate *c)
{
  const char *t = c->text;
  gsize e = c->start;

  while (e < c->end && t[e] != '*' && t[e] != '+' && t[e] != '|')
    e++;
  if (e > c->start && t[e - 1] == ' ')
    e--;
  c->end = e;
  return e > c->start + 2;
}

/* "Home address:", "\"address2\":", "ligne1=": a field's key, then ':' or '=' within a few
 * words ("Address line 2 :"); prose ("your address is") has none. */
static gboolean
pf_address_field (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = anchor, limit = MIN (len, anchor + 40);

  while (p < limit
         && (g_ascii_isalnum (t[p]) || t[p] == '_' || t[p] == ' ' || t[p] == '\''
             || (guchar)t[p] >= 0x80))
    p++;
  if (p < limit && t[p] == '"')
    p++;
  while (p < limit && t[p] == ' ')
    p++;
  if (p >= limit || (t[p] != ':' && t[p] != '='))
    return FALSE;
  /* A value opening on its number ("Adresse : 76 chemin du Moulin") is a street the street
   * rules read: only the others are this rule's. */
  p++;
  while (p < len && p < limit + 4 && (t[p] == ' ' || t[p] == '"'))
    p++;
  return p < len && !g_ascii_isdigit (t[p]);
}

/* The value of an address field: what reads as an address, not code nor a placeholder. */
static gboolean
v_address_field (VoileCandidate *c)
{
  while (
      c->end > c->start
      && (c->text[c->end - 1] == ' ' || c->text[c->end - 1] == ',' || c->text[c->end - 1] == '.'))
    c->end--;
  return voile_tables_value_is_address (c->text + c->start, c->end - c->start)
         && !is_placeholder_value (c->text + c->start, c->end - c->start);
}

/* A digit or an OCR'd 'O' at p. */
static inline gboolean
is_digit_or_o (const char *t, gsize len, gsize p)
{
  return p < len && (g_ascii_isdigit (t[p]) || t[p] == 'O');
}

/* "04 08 2001", "16/11/ 2026", "14 O9 2026": the day's two characters, a separator, the
 * month's two, before the pattern. */
static gboolean
pf_date_spaced (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = anchor + 1;

  /* Not a pair inside a phone number ("+33 6 97 20 55 16"): the pattern's lookbehind. */
  if (anchor >= 2 && g_ascii_isdigit (t[anchor - 2]) && strchr (" /.-", t[anchor - 1]) != NULL)
    return FALSE;
  if (is_digit_or_o (t, len, p))
    p++;
  if (p + 3 >= len)
    return FALSE;
  if (t[p] == ' ' && t[p + 1] == '/')
    p++;
  if (t[p] != ' ' && t[p] != '/')
    return FALSE;
  p++;
  if (t[p] == ' ')
    p++;
  /* a month: 01–12, an OCR'd O for its zero */
  if (!(t[p] == '0' || t[p] == '1' || t[p] == 'O') || !is_digit_or_o (t, len, p + 1))
    return FALSE;
  /* then the year's century: "… 2001", "…/ 2026", "…/\n2026" (not "06 28 81 14 90") */
  p += 2;
  while (p < len && (t[p] == ' ' || t[p] == '/' || t[p] == '\r' || t[p] == '\n') && p < anchor + 12)
    p++;
  return p + 3 < len && ((t[p] == '1' && t[p + 1] == '9') || (t[p] == '2' && t[p + 1] == '0'))
         && is_digit_or_o (t, len, p + 2) && is_digit_or_o (t, len, p + 3)
         && !is_digit_or_o (t, len, p + 4);
}

/* "45-837 Opole": two digits, a dash, three digits and a space. */
static gboolean
pf_postcode_pl (const char *t, gsize len, gsize anchor, gsize end)
{
  return anchor + 7 < len && t[anchor + 2] == '-' && g_ascii_isdigit (t[anchor + 3])
         && g_ascii_isdigit (t[anchor + 4]) && g_ascii_isdigit (t[anchor + 5])
         && t[anchor + 6] == ' ' && g_ascii_isupper (t[anchor + 7]);
}

/* "4000-447 Porto": four digits, a dash, three digits, a space and a capital (any ISO
 * date's "2026-11-05" fails at the dash's third digit). */
static gboolean
pf_postcode_pt (const char *t, gsize len, gsize anchor, gsize end)
{
  return anchor + 9 < len && t[anchor + 4] == '-' && g_ascii_isdigit (t[anchor + 5])
         && g_ascii_isdigit (t[anchor + 6]) && g_ascii_isdigit (t[anchor + 7])
         && t[anchor + 8] == ' '
         && (g_ascii_isupper (t[anchor + 9]) || (guchar)t[anchor + 9] >= 0x80);
}

/* "25.73p", "10p": the pence sign after the digits (a decimal's dot alone says nothing). */
static gboolean
pf_pence (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize p = anchor;

  while (p < len && g_ascii_isdigit (t[p]))
    p++;
  if (p + 1 < len && t[p] == '.' && g_ascii_isdigit (t[p + 1]))
    for (p++; p < len && g_ascii_isdigit (t[p]);)
      p++;
  return p < len && t[p] == 'p';
}

/* Australia's "13 20 11", "132 011", "1300 …", "1800 …": a 13 or an 1800/1300. */
static gboolean
pf_phone_au_national (const char *t, gsize len, gsize anchor, gsize end)
{
  return anchor + 6 < len
         && (t[anchor + 1] == '3' || (t[anchor + 1] == '8' && t[anchor + 2] == '0'));
}

/* New Zealand's landlines, "09 418 2270": the whole shape from the anchor, most French
 * numbers ("06 98 92 89 92") failing on the second group. */
static gboolean
pf_phone_nz (const char *t, gsize len, gsize anchor, gsize end)
{
  const char *p = t + anchor;

  (void)end;
  if (len < 11 || anchor > len - 11)
    return FALSE;
  return (p[1] == '3' || p[1] == '4' || p[1] == '6' || p[1] == '7' || p[1] == '9') && p[2] == ' '
         && p[3] >= '2' && p[3] <= '9' && g_ascii_isdigit (p[4]) && g_ascii_isdigit (p[5])
         && p[6] == ' ' && g_ascii_isdigit (p[7]) && g_ascii_isdigit (p[8])
         && g_ascii_isdigit (p[9]) && g_ascii_isdigit (p[10]);
}

/* The window of street-line-before-postcode-fr, which pf_street_opens_line() reads. */
#define STREET_LINE_WINDOW 120

/* street-line-before-postcode-fr: a street's type in capitals opening its line, then a
 * French postcode on that line within the window ("Route de Montabo — 97300 Cayenne"). The
 * byte before may also be one the pattern's look-behind cannot read (malformed UTF-8). */
static gboolean
pf_street_opens_line (const char *t, gsize len, gsize anchor, gsize end)
{
  gsize lim = MIN (len, anchor + STREET_LINE_WINDOW), digits = 0;

  (void)end;
  if (anchor >= len || !g_ascii_isupper (t[anchor]))
    return FALSE;
  /* (session 24, g24-addr) the street opens its line, its field or its part: after a tab, a
   * quote, a column's gap, or a comma, a colon, a semicolon, a slash or a dash and a space */
  if (anchor > 0 && t[anchor - 1] != '\n' && (guchar)t[anchor - 1] < 0x80 && t[anchor - 1] != '\t'
      && t[anchor - 1] != '"' && t[anchor - 1] != '\''
      && !(t[anchor - 1] == ' ' && anchor > 1
           && (strchr (",:;/- ", t[anchor - 2]) != NULL || (guchar)t[anchor - 2] == 0x94
               || (guchar)t[anchor - 2] == 0x93)))
    return FALSE;
  for (gsize k = anchor + 1; k < lim && t[k] != '\n'; k++)
    if (!g_ascii_isdigit (t[k]))
      digits = 0;
    else if (++digits == 5)
      return TRUE;
  return FALSE;
}

/* log-user-id: the number right after "user with id '" (its pattern's look-behind). */
static gboolean
pf_log_user_id (const char *t, gsize len, gsize anchor, gsize end)
{
  static const char lead[] = "user with id '";

  (void)len;
  (void)end;
  return anchor >= sizeof lead - 1
         && memcmp (t + anchor - (sizeof lead - 1), lead, sizeof lead - 1) == 0;
}

/* ---- the table ---------------------------------------------------------------------- */

static const char *const kw_months[]
    = { "janvier",  "février",  "fevrier",  "mars$",     "avril",   "mai$",     "juin$",
        "juillet",  "août",     "aout",     "septembre", "octobre", "novembre", "décembre",
        "decembre", "janv$",    "févr$",    "fevr$",     "fév$",    "avr$",     "juil$",
        "sept$",    "oct$",     "nov$",     "déc$",      "dec$",    "january",  "february",
        "march",    "april",    "may$",     "june$",     "july$",   "august",   "september",
        "october",  "november", "december", "jan$",      "feb$",    "mar$",     "apr$",
        "jun$",     "jul$",     "aug$",     "sep$",      NULL };
static const char *const kw_weekdays[]
    = { "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lun.", "mar.",
        "mer.", "jeu.", "ven.", "sam.", "dim.", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "mon$", "tue$", "tues$", "wed$", "thu$", "thur$", "thurs$",
        "fri$", "sat$", "sun$", "lun$", "mar$", "mer$", "jeu$", "ven$", "sam$", "dim$",
        /* Spanish, in the chats of US and Latin American customers ("el sábado 28") */
        "lunes$", "martes$", "miércoles$", "miercoles$", "jueves$", "viernes$", "sábado$",
        "sabado$", "domingo$", NULL };

static gboolean
has_suffix_len (const char *t, gsize n, const char *suffix)
{
  gsize k = strlen (suffix);
  return n >= k && memcmp (t + n - k, suffix, k) == 0;
}

/* "2 Jan Kowalski", "3 Mar Diallo": "Jan" and "Mar" are also given names (Polish, Dutch,
 * Catalan), and a day with no year followed by a capitalised word that goes on in lower case
 * is a count and a person ("2 Jan Kowalski", "table for 2: Jan Novak"), not a date. */
static gboolean
day_then_given_name (const VoileCandidate *c)
{
  const char *t = c->text + c->start;
  gsize n = c->end - c->start, m = c->end;

  if (n < 5 || !g_ascii_isdigit (t[0])
      || !(has_suffix_len (t, n, " Jan") || has_suffix_len (t, n, " Mar")))
    return FALSE;
  if (m + 3 > c->len || c->text[m] != ' ' || !g_ascii_isupper (c->text[m + 1]))
    return FALSE;
  for (gsize i = m + 2; i < c->len && i < m + 5; i++)
    if (!g_ascii_islower (c->text[i]) && (guchar)c->text[i] < 0x80)
      return FALSE;
  /* "from 2 Jan Monday": a weekday goes on with the date. */
  for (const char *const *w = kw_weekdays; *w != NULL; w++)
    if (strlen (*w) >= 6 && voile_ascii_strncasecmp (c->text + m + 1, *w, strlen (*w)) == 0)
      return FALSE;
  return TRUE;
}

static gboolean
v_date_text (VoileCandidate *c)
{
  const char *t = c->text;
  gsize e = c->end;
  /* "APR 5.99%", "Mar 3,5 %": an annual rate or a decimal figure after a month's
   * abbreviation, no day. */
  if (e < c->len && e > c->start && g_ascii_isdigit (t[e - 1])
      && (t[e] == '%'
          || ((t[e] == '.' || t[e] == ',') && e + 1 < c->len && g_ascii_isdigit (t[e + 1]))))
    return FALSE;
  if (text_date_day_impossible (t, c->start, e))
    return FALSE;
  /* "mars 16 10:32:01 host systemd[1]": a syslog timestamp. */
  return !followed_by_time_with_seconds (c) && !day_then_given_name (c);
}

/* An OCR'd date whose leading zero was read as the letter O: "O1/04/2026", "O9/11". */
/* "lun 23", "mer 25": a French abbreviation without its dot at p (a word's start)? */
static gboolean
french_weekday_abbr_at (const char *t, gsize len, gsize p)
{
  static const char *const abbr[] = { "lun", "mar", "mer", "jeu", "ven", "sam", "dim", NULL };
  if (p + 4 > len || (p > 0 && (g_ascii_isalnum (t[p - 1]) || (guchar)t[p - 1] >= 0x80)))
    return FALSE;
  for (const char *const *a = abbr; *a != NULL; a++)
    if (voile_ascii_strncasecmp (t + p, *a, 3) == 0)
      return t[p + 3] == ' ' || t[p + 3] == '.';
  return FALSE;
}

/* Another "abbreviation day" on the line of the one at c: the header of a week. */
static gboolean
line_has_other_weekday_day (const VoileCandidate *c)
{
  const char *t = c->text;
  gsize s = c->match_start, e = c->match_end;

  while (s > 0 && c->match_start - s < 400 && t[s - 1] != '\n')
    s--;
  while (e < c->len && e - c->match_end < 400 && t[e] != '\n')
    e++;
  for (gsize p = s; p + 5 <= e; p++)
    if (p != c->match_start && french_weekday_abbr_at (t, e, p))
      {
        gsize q = p + 3;
        while (q < e && (t[q] == ' ' || t[q] == '.'))
          q++;
        if (q < e && g_ascii_isdigit (t[q]))
          return TRUE;
      }
  return FALSE;
}

/* Does an "abbreviation day" open the line starting at p ("mer 25      07:04")? */
static gboolean
weekday_day_opens_line (const char *t, gsize len, gsize p)
{
  while (p < len && (t[p] == ' ' || t[p] == '\t'))
    p++;
  return french_weekday_abbr_at (t, len, p) && p + 4 < len && g_ascii_isdigit (t[p + 4]);
}

/* The day at c opens its line and the line above or below opens with another: the first
 * column of a table of days (a tide table, a planning by rows). */
static gboolean
column_has_other_weekday_day (const VoileCandidate *c)
{
  const char *t = c->text;
  gsize s = c->match_start, e = c->match_end;

  while (s > 0 && (t[s - 1] == ' ' || t[s - 1] == '\t'))
    s--;
  if (s > 0 && t[s - 1] != '\n')
    return FALSE;
  while (e < c->len && e - c->match_end < 400 && t[e] != '\n')
    e++;
  if (e + 1 < c->len && t[e] == '\n' && weekday_day_opens_line (t, c->len, e + 1))
    return TRUE;
  if (s < 2)
    return FALSE;
  gsize above = s - 1;
  while (above > 0 && s - above < 400 && t[above - 1] != '\n')
    above--;
  return (above == 0 || t[above - 1] == '\n') && weekday_day_opens_line (t, s - 1, above);
}

/* The number after the weekday word at p ("Tue 06": 6), or -1. */
static int
weekday_number_at (const char *t, gsize len, gsize p)
{
  gsize q = p;
  while (q < len && q - p < 10 && g_ascii_isalpha (t[q]))
    q++;
  if (q == p || q - p > 9 || q >= len || t[q] != ' ')
    return -1;
  q++;
  if (q >= len || !g_ascii_isdigit (t[q]))
    return -1;
  int n = t[q] - '0';
  if (q + 1 < len && g_ascii_isdigit (t[q + 1]))
    n = n * 10 + (t[q + 1] - '0');
  return n;
}

/* "Mon 18-Tue 06", "Tue 18-Wed 06": a forecast's or a shift's period from one weekday's hour
 * to the next's; two days of a date range follow each other ("Mon 18–Tue 19"). */
static gboolean
weekday_hours_range (const VoileCandidate *c)
{
  const char *t = c->text;
  gsize e = c->match_end, s = c->match_start;
  int here = weekday_number_at (t, c->len, s), other;

  if (here < 0)
    return FALSE;
  if (e + 1 < c->len && t[e] == '-' && g_ascii_isalpha (t[e + 1]))
    {
      other = weekday_number_at (t, c->len, e + 1);
      return other >= 0 && other != here + 1 && other != 1;
    }
  /* the period's second end: "…-Tue 06", after "Mon 18" */
  if (s >= 3 && t[s - 1] == '-' && g_ascii_isdigit (t[s - 2]))
    {
      gsize b = s - 2;
      while (b > 0 && s - b < 4 && g_ascii_isdigit (t[b - 1]))
        b--;
      int before = atoi (t + b);
      return before != here - 1 && here != 1;
    }
  return FALSE;
}

static gboolean
v_weekday_date (VoileCandidate *c)
{
  const char *t = c->text;
  gsize m = c->match_start;
  if (weekday_hours_range (c))
    return FALSE;
  if (french_weekday_abbr_at (t, c->len, m) && t[m + 3] == ' ' && !line_has_other_weekday_day (c)
      && !column_has_other_weekday_day (c))
    return FALSE;
  return v_date_text (c);
}

static const char *const kw_ocr_zero_date[]
    = { "o0", "o1", "o2", "o3", "o4", "o5", "o6", "o7", "o8", "o9", NULL };

static gboolean
v_ocr_zero_date (VoileCandidate *c)
{
  const char *t = c->text + c->start;
  guint a = (guint)(t[1] - '0'), b = (guint)(t[3] - '0') * 10 + (guint)(t[4] - '0');
  return date_parts_valid (a, b, FALSE);
}

static const char *const kw_birth[]
    = { "né", "née", "date de naissance", "naissance", "dob", "d.o.b", "date of birth", "born",
        "birth", "ddn", "geburtsdatum", "geboortedatum", "fecha de nacimiento",
        "data de nascimento", "data di nascita", "nato il", "nata il",
        /* a client card's "anniv 12/08"; a chat's "bday March 9 1996" */
        "anniv", "bday", "b-day", "b'day",
        /* notes' "Daughter Chioma b. 2024-02-14" */
        "b.", NULL };
static const char *const kw_currency[]
    = { "eur", "usd", "gbp", "chf", "cad", "aud", "nzd", "jpy", "cny", "hkd", "sgd", "inr", "sek",
        "nok", "dkk", "pln", "czk", "mad", "xof", "xpf", "us$", "c$", "a$", "ngn", "ghs", "xaf",
        "dzd", "tnd",
        /* word ends: "sarl", "rubrique" start no amount */
        "zar$", "kes$", "ugx$", "tzs$", "rwf$", "etb$", "egp$", "aed$", "sar$", "qar$", "twd$",
        "krw$", "thb$", "myr$", "idr$", "vnd$", "pkr$", "bdt$", "lkr$", "brl$", "mxn$", "ars$",
        "clp$", "huf$", "bgn$", "isk$", "rub$", "uah$", "s$", "hk$", "nz$", "nt$",
        /* Romania, Serbia, Turkey, Israel, the Gulf, the Philippines (matched in capitals: "try"
         * in prose starts none; not COP nor PEN, a summit's and a pen's) */
        "ron$", "rsd$", "try$", "ils$", "jod$", "kwd$", "bhd$", "omr$", "php$",
        /* rupees: "Rs. 50,000"; rupiahs: "Rp 418.500.000" */
        "rs$", "rp$", NULL };
/* Words that introduce a customer's reference. Invoice and product numbers ("facture n°",
 * "réf. 3700…") name a document or an item, not a person: not here. */
#define REF_NOUNS_FR                                                                                       \
  "(?:client(?:e|s)?|dossier(?:[ ]+(?:r[ée]sidente?|famille|patient))?"                                   \
  "|contrat|commande|adh[ée]rent(?:e)?|adh[ée]sion|abonnement|abonn[ée]e?|sinistre|police"              \
  "|ticket(?![ ]+(?i:TPE|CB|de[ "                                                                          \
  "]+caisse|carte))|compte|membre|r[ée]servation|allocataire|fiscal|avis|contravention|fid[ée]"          \
  "lit[ée]"                                                                                               \
  "|succession|r[ée]f[ée]rence|r[ée]clamation|patient(?:e)?|identifiant|bail|soci[ée]taire"            \
  "|r[ée]sa(?=[ ]+(?:n°[ ]*)?[A-Z]{0,4}-?[0-9])|alloc\\.(?=[ ]*(?:n°|nº|:))"                           \
  "|carte(?=[ ]*(?:n°|nº)[ ]*[0-9])|accident[ ]+du[ ]+travail(?=[ ]+(?:n°|nº))"                        \
  "|urssaf|locataire|assur[ée]e?|donat(?:eur|rice)|souscripteur|licenci[ée]e?|badge|litige" /* a           \
                                                                                               complaint's \
                                                                                               file        \
                                                                                               at          \
                                                                                               the         \
                                                                                               police,     \
                                                                                               a           \
                                                                                               court's     \
                                                                                               Portalis    \
                                                                                               number      \
                                                                                             */            \
  "|plainte|portalis"                                                                                      \
  "|mandat(?:[ ]+(?:exclusif|simple|de[ ]+gestion))?|(?<![dD]['’ ])affaire(?=[ ]*(?::|n°|nº))"         \
  "|licence(?![ ]+(?:number|no\\.?(?![A-Za-z])|de[ ]+conduire)))"
/* Words allowed between the noun and the value: connectors, number words, other nouns, a
 * remark in brackets without figures ("(aide aux vacances)"), and words after a contract's or
 * a policy's noun that say which when a number sign follows them ("contrat multirisque
 * habitation n° …"). */
/* (g19-ids) An IATA ticket number: the carrier's three digits, a dash or a space, ten digits
 * (in one run, or as 4-3-3). */
/* (g19-ids) Spaces between a label's noun and its "n°", one line's break among them (prose
 * wrapped at a fixed width: "en main courante\n   n° 2026/00518"). */
/* (g25-refs-fr) A reference written in spaced groups after its label: one to five capitals
 * before the digits' groups, the first group of three digits or of one or two when a group of
 * three to seven follows ("Z 4417 0923 5", "M 07 041 882 L", "PER 99 00314 51"; not thousands'
 * groups after a firm's capitals: "EDF 6 008 442 715" is EDF's customer "6 008 442 715"); and a
 * key's lone capital after the last group of two to five digits when the value's line, column, cell
 * or bracket ends there ("22 071 4490 K", "B 14 087 512 Y"): the letter French pension,
 * farm-insurance and tax files end on; (g26-ids) also when a sentence's full stop follows it and
 * the next sentence opens ("… 4471 882 093 K. Thanks"). */
#define REF_GROUPS_LETTERS                                                                         \
  "[A-Z]{1,5}[ ](?=[0-9]{3}|(?![1-9][0-9]?(?:[ ][0-9]{3})+(?![0-9A-Za-z]|[ ][0-9]))"               \
  "[0-9]{1,2}[ ][0-9]{3,7}(?![0-9A-Za-z]))"
#define REF_GROUPS_KEY                                                                             \
  "(?:(?<=[ ][0-9]{2}|[ ][0-9]{3}|[ ][0-9]{4}|[ ][0-9]{5})[ ][A-Z]"                                \
  "(?=[ ]*(?:$|\\r|\\n)|[ ]{2}|[ ]*[;|,)<\\t]|[.][ ]*(?:$|\\r|\\n)|[.][ ]{1,2}[A-Z]))?"
#define LABEL_BREAK "[ ]*(?:\\r?\\n[ ]*)?"
#define AIR_TICKET                                                                                 \
  "[0-9]{3}(?:[\\- ][0-9]{10}|[ ][0-9]{4}[ ][0-9]{3}[ ][0-9]{3})(?![0-9A-Za-z]|[.,][0-9])"
#define REF_FILLERS                                                                                \
  "(?i:de|du|des|d['’]|l['’]|la|le|les|on|the|of|for|your|my|our|votre|mon|notre|is|est|was"   \
  "|n°|no\\.?|num[ée]ro|number|nr\\.?|id|r[ée]f\\.?|invoice|facture|avis|location|carte"        \
  "|fid[ée]lit[ée]|client|dossier|contrat|commande|compte|account|customer|order|case|claim"     \
  "|policy|deposit|dispute|membre|member|adh[ée]rent|allocataire|CAF|fiscal|succession"           \
  "|reference|r[ée]f[ée]rence|employeur|employer|entretien|chez|nous|c['’]est"                 \
  "|ouverte?|enregistr[ée]e?|sous"                                                                \
  "|au|aux|club|donat(?:eur|rice)|donor|salari[ée]e?|agent|card|mutuelle"                         \
  "|utilisat(?:eur|rice)|usager|patient|[ée]l[èe]ve|[ée]tudiant|code"                           \
  "|France[ ]Travail|P[ôo]le[ ]emploi|vente|auto|paie|payroll|groupe|group|him|her|them"          \
  "|habitation|sant[ée]|pr[ée]voyance|acqu[ée]reur|vendeur|bailleur|emprunteur"                 \
  "|\\((?-i:[A-Z]{2,6})\\)|registration|copropri[ée]taire|assurance-vie"                          \
  "|\\([^()\\n0-9]{1,40}\\)"                                                                       \
  "|d['’](?:entretien|assurance(?:-vie)?|abonnement|adh[ée]sion|location)"                      \
  "|(?<=[teynré][ ])(?<=contrat[ ]|contract[ ]|police[ ]|policy[ ]|mandat[ ]|gestion[ ]"          \
  "|dossier[ ]|abonn[ée][ ]|abonn[ée]e[ ])"                                                      \
  "\\p{L}[\\p{L}'’\\-]{1,}(?:[ ]+\\p{L}[\\p{L}'’\\-]*){0,2}(?=[ ]+(?:n°|nº|no\\.|#)|[ ]*:))"
/* Nouns that name a person's file only with a number word: "numéro d'usager", "n° élève"
 * ("un usager", "les élèves" alone are no lead-in); the files the State's services keep on a
 * person ("N° NEPH" of a learner driver, "N° Pajemploi" of a childminder's employer). */
#define REF_NOUNS_FR_NUMBERED                                                                       \
  "(?:usag[eè]re?|[ée]l[èe]ve|[ée]tudiante?|b[ée]n[ée]ficiaire|salari[ée]e?|inscription"     \
  "|r[ée]sidente?|participante?|pensionn(?:[ée]e?|aire)|retrait[ée]e?|utilisat(?:eur|rice)"      \
  "|candidat(?:e|ure)?|abonnement|parrainage|carte[ ]+(?:de[ ]+)?fid[ée]lit[ée]|IPP|mandat"       \
  "|affiliation|pension|identification[ ]fiscale|billet|s[ée]jour|pr[êe]t|PDL|PRM|PCE"            \
  "|point[ ]de[ ]livraison|compteur|Ameli|demande|rendez-vous|copropri[ée]taire"                   \
  "|NEPH|Pajemploi|CESU|MSA|[ée]tranger|cotisant|DPAE" /* the justice's and asylum's files of one   \
                                                        * person: a prisoner's "n° d'écrou", a    \
                                                        * prosecutor's "n° de parquet", a          \
                                                        * legal-aid decision ("BAJ n°"), an asylum \
                                                        * seeker's OFPRA number */                  \
  "|[ée]crou|parquet|BAJ|OFPRA"                                                                    \
  "|carte(?![ ]+(?:d['’]identit|nationale|de[ ]s[ée]jour|vitale|grise|bancaire|de[ ]cr[ée]dit)))"
/* The same in English, before id / number / no: "student ID", "hospital number", "user_id". */
#define REF_NOUNS_EN_NUMBERED                                                                      \
  "(?:student|pupil|candidate|guest|hospital|hosp\\.?|chi|chart"                                   \
  "|beneficiary|membership|client|emp\\.?|works|personnel|mandate|medicare|medicaid|player|matter" \
  "|file|loan|cust\\.?|r[ée]f\\.?|pt|certificate|cert|appointment|owner|landlord"                 \
  "|backer|supporter|affiliate|attendee|participant|trainee|learner|volunteer" /* Australia's      \
                                                                                  disability       \
                                                                                  scheme,          \
                                                                                  Ontario's health \
                                                                                  card; a clinic's \
                                                                                  "Record #" */    \
  "|ndis|ohip|record" /* a US student's immigration record (SEVIS), a UK visa application's GWF    \
                         number */                                                                 \
  "|sevis|gwf)"                                                                                    \
  "(?=[ _\\-]?(?:ids?|no\\.?|nr|num|numbers?|#|n°)(?![A-Za-z]))"

/* "tenancy registration no.", "frequent flyer", a certificate's "cert DPS-7741-0092" (letters, a
 * dash, digits: a file's shape, not a word). */
#define REF_NOUNS_EN                                                                               \
  "(?:account|customer|order(?:s(?=[^\\n#]{0,16}#))?|case|member(?:ship)?|policy|booking"          \
  "|reservation|confirmation"                                                                      \
  "|contract|claim|reference|payroll|deposit|dispute|employee|loyalty|(?:e-?)?tickets?(?![ "       \
  "]+(?i:TPE|CB))|patient"                                                                         \
  "|subscriber|tenant|application|staff|a/c|donor|policy[ \\-]?holder|badge|nuban|medical[ "       \
  "]card|health[ ]card|medicare[ ]card|tenancy(?=[ ])|frequent[ \\-]fl[yi]er|[eg]hic"              \
  "|cert(?:ificate)?(?=[ ]+[A-Z]{2,5}-[0-9]{3})|famil(?:y|ies)[ ]+file"                            \
  "|(?:penalty|parking)[ ]+(?:charge[ ]+)?notice(?=[ ]+(?:no\\.?|number|#|ref))"                   \
  "|lease(?=[ ]+(?:no\\.?|number|ref(?:erence)?|#|[A-Z]{1,5}-[0-9])))"

static const char *const kw_customer[] = {
  "n°", "nº", "no ", "no.", "no:", "numéro", "numero", "nr.", "nr ", "client", "dossier", "contrat",
  "commande", "adhérent", "adherent", "abonné", "abonne", "sinistre", "police", "ticket", "compte",
  "membre", "réservation", "reservation", "allocataire", "fiscal", "avis", "contravention",
  "fidélité", "fidelite", "succession", "référence", "reference", "réclamation", "reclamation",
  "bail$", "patient", "identifiant", "account", "acct", "customer", "order", "case", "member",
  "policy", "booking", "confirmation", "contract", "claim", "acc$", "payroll", "deposit", "dispute",
  "employee", "loyalty", "sociétaire", "subscriber", "tenant", "application", "matricule", "our",
  "your", "nos", "vos", "notre", "votre", "réf", "ref", "societaire", "urssaf", "locataire",
  "assuré", "assure", "staff", "a/c", "donat", "donor", "licen", "souscripteur", "policyholder",
  "badge", "student", "pupil", "candidate", "guest", "hospital", "beneficiary", "mrn", "ipp",
  "adhésion", "adhesion", "utr", "rum$", "numclient", "num_client", "idclient", "id_client",
  "their r", "refclient", "ref_client", "numadh", "num_adh", "idadh", "id_adh", "idpatient",
  "id_patient", "numdossier", "num_dossier", "iddossier", "id_dossier", "numcontrat", "num_contrat",
  "numabonn", "mandat", "hosp", "chi n", "medical card", "health card", "emp.", "emp ", "works n",
  /* common words ("no matter", "the chart"): only with their number word */
  "personnel n", "personnel i", "medicare", "spi", "pnr", "nuban", "player n", "player i",
  "player #", "matter n", "matter #", "chart n", "chart #", "n/r", "v/r", "n/ r", "v/ r",
  "affaire n", "affaire :", "affaire:", "medicaid", "file n", "file #", "loan", "cust", "crn",
  "mpan", "mprn", "chi$", "ine$", "nda$", "matter:", "matter :", "résa$", "resa$", "pps", "gms",
  "tenancy", "frequent fl", "frequent-fl", "e-ticket", "eticket", "pt id", "pt no", "pt #", "cert ",
  "certificate", "appointment", "litige", "rg", "rma$", "matter$", "alloc.", "carte n",
  "accident du", "family file", "families file", "penalty", "parking charge", "owner i", "owner n",
  "owner #", "landlord i", "landlord n", "plainte", "portalis", "ghic", "ehic", "backer",
  "supporter", "affiliate", "attendee", "participant", "trainee", "learner", "volunteer", "num$",
  "num.", "lease no.", "lease #", "bénéficiaire", "beneficiaire", "ndis", "ohip", "record #",
  "record n", "record i", "dpae", "student file", "pupil file", "patient file", "client file",
  "member file", "donor file", "customer file", "file is", "file was", "zendesk", "freshdesk",
  "gorgias", "help scout", "helpscout", "ecrou", "écrou", "parquet", "baj$", "ofpra", "sevis",
  "gwf",
  /* (g22-refs) the nouns of REF_NOUNS_FR_NUMBERED before their number word ("écrou n° 71526") */
  "retraité", "prêt", "pension", "candidat", "parrainage", "affiliation", "cotisant", NULL
};
/* A label whose value is on the next line (a form's screen, a chat's answer). */
static const char *const kw_customer_next_line[]
    = { "numéro",  "n°",          "nº",      "référence", "reference", "identifiant",
        "account", "customer",    "member",  "policy",    "booking",   "claim",
        "order",   "allocataire", "student", "employee",  NULL };
/* A reference after a long lead-in: "Numéro d'abonné à la lettre d'information : 88123",
 * "Votre numéro d'adhérent pour la saison 2025-2026 est le 88123". */
static const char *const kw_customer_lead_in[]
    = { "numéro", "numero",  "référence", "identifiant", "account",  "customer",  "order", "member",
        "policy", "booking", "claim",     "reservation", "employee", "matricule", NULL };
/* (g20-ids) A loyalty programme's words (rule "loyalty-programme"). */
static const char *const kw_loyalty[]
    = { "player", "players", "reward", "rewards", "clubcard", "club card", "tracking card", NULL };
/* (g20-ids) A sports licence's word (rule "sports-licence-role"). */
static const char *const kw_sports_licence[] = { "licence", "license", NULL };
/* Lead words of people's files that customer-id does not read (its alternation is long
 * enough): a gig platform's workers, a hotel's folio, a firm's "Our file:", a school's family
 * and apprentice numbers, State files of one person (ANEF, CPF, Visale, a BAFA diploma), and
 * acronyms written in capitals right before their value (PNR, RUM, INE, IPP). */
/* Files customer-id's lead-ins do not read (their alternation is compiled by every scan; these
 * compile only where their words are): a patient's grievance, complaint or appeal, a CRM's
 * contact record, a form's submission, a citizen's report to the town ("signalement"), a gaming
 * platform's player, a prize's winner, a booking made online, a job seeker's France Travail
 * number, a live chat's conversation. */
/* (g20-ids) A journal's manuscript number after the bare noun: capitals (the journal's), a
 * dash, three digits at least further on ("JGEO-2025-0431", "CATL-D-25-00318"); case-sensitive
 * inside the rule's (?i:). */
#define MS_REF_SHAPE "(?-i:[A-Z]{2,}[A-Z0-9]*-[A-Z0-9.\\-]*[0-9]{3})"
static const char *const kw_case_words[]
    = { "grievance", "complaint", "appeal", "contact i", "contact_i", "contact-i", "submission",
        "signalement", "joueu", "référence gagnant", "reference gagnant", "réservation en ligne",
        "reservation en ligne", "france travail", "pôle emploi", "pole emploi", "conversation",
        /* (g20-ids) a journal's manuscript */
        "manuscri", "ms.", "ms$", NULL };
static const char *const kw_person_file_more[]
    = { "contractor", "driver",        "rider",        "courier", "folio",    "our file",
        "pnr$",       "rum$",          "ine$",         "ipp$",    "anef$",    "cpf$",
        "nne$",       "nne)",          "visale",       "diplôme", "diplome",  "code famille",
        "n° famille", "n° de famille", "n° apprenant", "res$",    "ticket n", "ticket #",
        "ticket:",    "e-ticket",      "eticket",      NULL };
/* A French number from 0 to 99 in words: "douze", "trente-quatre", "soixante-dix-huit". */
#define FR_UNITS_WORDS                                                                             \
  "(?:dix-sept|dix-huit|dix-neuf|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze"  \
  "|treize|quatorze|quinze|seize)"
/* "zéro deux" is a pair too ("02"). */
#define FR_NUMBER_WORDS                                                                            \
  "(?:(?:quatre-vingts?|vingt|trente|quarante|cinquante|soixante)"                                 \
  "(?:[\\- ](?:et[\\- ])?" FR_UNITS_WORDS ")?"                                                     \
  "|z[ée]ro(?:[ ]+(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf))?|" FR_UNITS_WORDS ")"
/* ---- spoken in words (voile-spoken.c): the words that start what a transcript spells out */
/* Digits read group by group: French pairs ("zéro six, douze"), English digits ("oh eight",
 * "double five") and tens ("sixty-one"). "un", "one" start no phone number. */
/* Digits read group by group: French pairs ("zéro six, douze", any pair after a digit run:
 * "06 douze") and English digits ("oh eight", "double five"). Words that seldom start a
 * number and share their first three letters with frequent words ("thirty": "this", "triple":
 * "trimestre") are left out: they are read inside a number, not tried. */
/* The words a phone number follows (phone-labelled): "Phone:", "tel.", "téléphone",
 * "fixe", "her number is". */
static const char *const kw_phone_labels[]
    = { "phone", "tel", "tél", "mob", "cell", "fixe", "portable", "whatsapp", "gsm", "fax",
        "number is",
        /* Indonesia's and Malaysia's "hp" (handphone): "ibu Fitri hp 0812-3456-7720" */
        "hp$",
        /* (session 23, g23-addr) "Ph:", "m'appeler au …", "joindre au …" */
        "ph$", "appeler", "joindre",
        /* (session 25, g25-phones) a telecom's own word for a subscriber's number: "MSISDN:
         * 0994 318 207", "Account MSISDN: …" */
        "msisdn", NULL };
static const char *const kw_spoken_digits[]
    = { "zéro$", "zero$", "deux$", "trois$", "quatre$", "cinq$", "six$", "sept$", "huit$", "neuf$",
        "dix$", "onze$", "douze$", "treize$", "quatorze$", "quinze$", "seize$", "vingt$", "trente$",
        "quarante$", "cinquante$", "soixante$", "oh", "two$", "three$", "four$", "five$", "seven$",
        "eight$", "nine$", "double$",
        /* (g20-spoken) English pairs that open a country code or an area code ("plus
         * fifty-five, eleven, nine eight…"); "forty", "fourteen" ("for") and "thirty" ("this")
         * stay out: read inside a number, not tried */
        "eleven$", "twelve$", "fifteen$", "sixteen$", "seventeen$", "eighteen$", "nineteen$",
        "twenty$", "fifty$", "sixty$", "seventy$", "eighty$", "ninety$", NULL };
/* French numbers that start a postcode or a house number ("soixante-quinze zéro dix-neuf",
 * "quarante-deux rue…", "cent douze avenue…"). */
static const char *const kw_spoken_numbers_fr[]
    = { "zéro$",   "zero$",     "deux$",      "trois$",    "quatre$", "cinq$",
        "six$",    "sept$",     "huit$",      "neuf$",     "dix$",    "onze$",
        "douze$",  "treize$",   "quatorze$",  "quinze$",   "seize$",  "vingt$",
        "trente$", "quarante$", "cinquante$", "soixante$", "cent$",   NULL };
/* English house numbers ("forty-two Acacia Avenue"); "one", "ten", "thirty" and "thirteen"
 * share their first letters with too common words ("one", "tenant", "this") to be tried. */
static const char *const kw_spoken_numbers_en[]
    = { "two$",       "three$",    "four$",     "five$",     "six$",     "seven$",
        "eight$",     "nine$",     "twelve$",   "fourteen$", "fifteen$", "sixteen$",
        "seventeen$", "eighteen$", "nineteen$", "twenty$",   "forty$",   "fifty$",
        "sixty$",     "seventy$",  "eighty$",   "ninety$",   NULL };
/* "at" is a frequent word: voile_spoken_email() rejects it at once without " dot " after. */
static const char *const kw_spoken_at[] = { "at", "arobase$", "arrobase$", "arobas$", NULL };
static const char *const kw_spoken_euros[] = { "euro$", "euros$", NULL };
static const char *const kw_spoken_months_en[]
    = { "january$", "february$",  "march$",   "april$",    "may$",      "june$", "july$",
        "august$",  "september$", "october$", "november$", "december$", NULL };
/* A house number in words: "quarante-deux", "cent douze", "douze". */
#define FR_HOUSE_NUMBER_WORDS                                                                      \
  "(?:(?:" FR_NUMBER_WORDS "[\\- ])?cents?(?:[\\- ]" FR_NUMBER_WORDS ")?|" FR_NUMBER_WORDS ")"
#define EN_NUMBER_WORDS                                                                            \
  "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"                                   \
  "(?:[\\- ](?:one|two|three|four|five|six|seven|eight|nine))?"                                    \
  "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"      \
  "|sixteen|seventeen|eighteen|nineteen|hundred)"
/* The base64 of "postgres://", "postgresql://", "mysql://", "mariadb://", "mongodb://",
 * "mongodb+srv://", "redis://", "amqp://" at the start of a value. */
static const char *const kw_base64_dsn[]
    = { "cG9zdGdyZXM6Ly", "cG9zdGdyZXNxbDovL", "bXlzcWw6Ly",
        "bWFyaWFkYjovL",  "bW9uZ29kYjovL",     "bW9uZ29kYitzcnY6Ly",
        "cmVkaXM6Ly",     "YW1xcDovL",         NULL };
/* A day of the month in French words: "premier", "dix-huit", "vingt et un". */
#define FR_DAY_WORDS                                                                               \
  "(?:premier|(?:vingt|trente)"                                                                    \
  "(?:[\\- ]et[\\- ]un|-(?:deux|trois|quatre|cinq|six|sept|huit|neuf))?"                           \
  "|dix-sept|dix-huit|dix-neuf|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"    \
  "|quatorze|quinze|seize)"
/* Months in full, French: anchors of dates in words. */
static const char *const kw_months_fr[]
    = { "janvier", "février", "fevrier",   "mars$",   "avril",    "mai$",     "juin$",    "juillet",
        "août",    "aout",    "septembre", "octobre", "novembre", "décembre", "decembre", NULL };
/* "id": 4412 in a JSON object that stands for a person. */
static const char *const kw_json_id[] = { "id\"", NULL };
/* (g24b-keys) a bare reference key ("ref", "number", "numero", "reference") */
static const char *const kw_json_bare_ref[]
    = { "ref\"", "number\"", "numero\"", "reference\"", NULL };
/* "/client/48213/factures" in an access log: the path of one customer's pages. */
static const char *const kw_customer_path[]
    = { "client", "customer", "account",  "member",   "patient", "adherent",
        "compte", "famille",  "resident", "résident", NULL };
static const char *const kw_nhs[] = { "nhs", "h&c", NULL };
static const char *const kw_reference_key[] = { "reference", NULL };
static const char *const kw_stripe[] = { "cus_", "sub_", NULL };
/* France's numéro fiscal (SPI): thirteen digits, the first 0 to 3, printed "30 12 345 678 901". */
static const char *const kw_fr_tax_number[]
    = { "numéro fiscal",      "numero fiscal", "n° fiscal", "nº fiscal",
        "identifiant fiscal", "spi$",          NULL };
/* A US immigration file: "A# A 214-583-907", "Alien Registration Number", and a USCIS
 * receipt ("I-797 receipt WAC2390145872"). */
static const char *const kw_us_immigration_file[]
    = { "a#", "a-number", "a-no", "a-#", "alien", "receipt", NULL };
/* An Australian bank account beside its branch's BSB: "BSB 032-085   Account 318 774". */
static const char *const kw_bsb[] = { "bsb$", NULL };
/* An URSSAF or MSA contributor's account: "compte cotisant n° 527 0000004829163". */
static const char *const kw_fr_contributor[]
    = { "n° de compte cotis", "nº de compte cotis", "n° cotis",
        "n° de cotis",        "numéro de cotis",    "numero de cotis",
        "numéro cotis",       "numero cotis",       "compte cotis",
        "cotisant",           "n° urssaf",          "n° msa",
        "compte urssaf",      "compte msa",         NULL };
static const char *const kw_id_document[]
    = { "passeport", "passport", "passaport", "pièce d'identité", "piece d'identite",
        "pièce d’identité", "carte d'identité", "carte nationale", "carte d’identité",
        /* (g20-ids) a chat's "carte identité"; Portugal's
         * citizen card and its former identity card */
        "carte identit", "cartão de cidad", "cartao de cidad", "bilhete de identidade", "cni",
        "cnic$", "dni$", "identity card", "identity document", "id card", "id_card",
        "identity_card", "driving_licen", "driver_licen", "residence_permit",
        "permanent resident card", "pr card", "national id", "titre de séjour", "titre de sejour",
        "permis de conduire", "driving licence", "driving license", "driver's license",
        "driver license", "drivers license", "driver's licence", "driver’s licen", "driver licence",
        "drivers licence", "brp$", "biometric residence", "permis$", "driver's permit",
        "driver’s permit", "drivers permit", "driving permit", "work permit", "dl$",
        "carte de séjour", "carte de sejour", "residence permit", "permanent resident",
        "green card", "licence", "license", "pp", "personalausweis", "reisepass", "dowód", "dowod",
        "paszport", "identiteitskaart", "paspoort", "pasaporte", "documento", "carta d",
        "passaporto", "cédula", "cedula", "share code", "evisa", "e-visa", NULL };
static const char *const kw_assign[]
    = { "pass", "pwd", "pw", "mdp", "secret", "token", "key", "credential", "auth", "salt", NULL };
/* The commonest nouns of key_part_is_person() as ASSIGN keywords (substrings of the
 * lower-cased key). Not "client": customer-id reads "client_id", "numClient", "id_client"
 * (and a French label "Client : …" is no key). */
static const char *const kw_key_reference[]
    = { "user", "cust", "member", "adh", "allocataire", "famil", "patient", "acc", "order",
        "booking", "emp", "contact", "student", "tenant", "enfant", "rum", "matricule", "profile",
        "affiliat", "backer", "absence", "appointment", "lease", "tenancy", "caf_", "distinct_id",
        "contractor", "rider", "driver", "courier", "confirmation", "dossier", "ine", "uid",
        /* a tenant's file at a social landlord, a subscriber's, a housing request's */
        "locataire", "abonn", "num_unique", "numero_unique",
        /* a gaming or betting platform's player ("player=U-1188450", "player_id") */
        "player",
        /* (g18-ids) a card programme's cardholder, a charity's supporter, a claim's claimant */
        "cardholder", "supporter", "claimant",
        /* (g18-ids2) a debtor's mandate, numbers a bank or a hospital gives one person */
        "mandat", "mndt", "bvn", "nuban", "mrn",
        /* (g18-ids2) a family's or a rite's people: "guardian_id", "parrain_id" */
        "guardian", "spouse", "parrain", "marraine", "godparent",
        /* (g18-ids2) a case one person opens */
        "dispute", "complaint", "grievance", "claim", "reclamation", "réclamation", "sinistre",
        "litige", "chargeback",
        /* (g19-ids) a booking's record locator, a guest's folio */
        "pnr", "locator", "folio",
        /* (g20-ids) a journal's or a conference's people (not "Authorization:") */
        "author_", "authorid", "author-id", "reviewer", "referee", "registrant",
        /* (g24b-keys) a person's file by a label's noun, a person by a header's noun (see
         * key_part_is_person_file(), key_part_is_header_person()) */
        "applic", "regist", "enrol", "referral", "case", "inscri", "demande", "convention",
        "contra", "agreement", "appeal", "membership", "plainte", "recours", "signalement",
        "benefit", "permit", "matter", "concession", "penalty", "etudiant", "pupil", "volunteer",
        "worker", "staff", "particip", "learner", "stagiaire", "salari", "person", "membre",
        "benefici", "joueur", "benevol", "donateur", "donor", "athlete", "apprenant", "household",
        "foyer", "freelancer", "intervenant", "licenci", "voyageur", "eleve", "camper", "requester",
        "loan", NULL };
/* (g19-ids) An airline ticket's or miscellaneous document's number (IATA: the carrier's
 * three digits, then ten): "e-tickets 047 2391 558 210 and …", "TKT 125-4410287765", a GDS's
 * "FA PAX 098-2417736581/ETAI", "EMD 932-2150077146". */
static const char *const kw_air_ticket[]
    = { "ticket", "tkt", "fa pax", "fa chd", "fa inf", "emd$",
        /* (g23-refs) French: "Billet 135 2417 889 061", "n° de billet électronique" */
        "billet", NULL };
/* (g19-ids) A frequent flyer's abbreviations before a carrier's code: "FF BA 41792236",
 * "ffp=BA:51882047", "FQTV LH 992004117238415". */
static const char *const kw_frequent_flyer[] = { "ff$", "ffp$", "fqtv$", NULL };
/* (g19-ids) A passport's abbreviation after a country's code or adjective. */
static const char *const kw_passport_abbrev[] = { "pp$", "ci$", "cie$", NULL };
/* (g19-ids) A visa's number ("Schengen visa FRA071882345", "visa VLS-TS n° …"). */
static const char *const kw_visa[] = { "visa$", NULL };
/* (g19-ids) The justice's and the police's files of one person in French: a procedure, a
 * case ("affaire contentieuse"), a prosecutor's number ("parquet d'Ajaccio"), a police
 * report ("PV", "procès-verbal … n°"), a logbook's entry ("main courante", "MC n°"). */
static const char *const kw_fr_justice_file[] = { "procédure", "procedure", "affaire",
                                                  "parquet",   "pv$",       "mc$",
                                                  "verbal$",   "courante$", NULL };
/* (g18-ids2) Keys naming an identity document's number (see key_names_document()). */
/* (session 25, g25-phones) keys naming a phone: "contact_phone", "msisdn" */
static const char *const kw_key_phone[] = { "phone", "msisdn", "mobile", "tel", "cell", NULL };
static const char *const kw_key_document[]
    = { "passport", "passeport", "pasaporte", "licen", "national", "identit", "idcard", "id_card",
        "cni",
        /* (g22-ids2) national numbers by their names, a State's permits, "id_no" */
        "cnic", "nric", "aadhaar", "aadhar", "pesel", "mykad", "permitn", "permit_n", "permis_",
        "carte_", "id_no", "idno", "id_num", "idnum", NULL };
/* (g18-ids2) Possessives before a file's noun and its number ("his record 231405"). */
static const char *const kw_possessive_file[] = { "his$", "her$", "son$", "sa$", "leur$", NULL };
/* (g18-ids2) The number's key beside a document's kind key. */
static const char *const kw_kind_sibling[] = { "number", "numero", NULL };
/* Platforms' handles of a person's or an account's record, wherever they are pasted. */
static const char *const kw_platform_person[]
    = { "auth0|", "google-oauth2|", "gid://", "acct_", "usr_", "aff_", NULL };
static const char *const kw_password_words[]
    = { "password", "passcode", "mot de passe", "mdp", "pw", "code wifi", "code wi-fi", "wifi",
        "wi-fi", "clé wi", "cle wi", "clé wpa", "cle wpa", "clé de sécurité", "cle de securite",
        "code du wi",
        /* a domain's transfer code */
        "code epp", "epp code", "epp) code", "auth code", "auth-code", "authcode", "authinfo",
        /* (g23-dates) a meeting's or an account's code told secret: "code secret : …" */
        "code secret", "secret code", "code confidentiel", NULL };
/* (session 26, g26-addr) PayPal's IPN and form-encoded bodies: "address_street=",
 * "address_city=". */
static const char *const kw_form_address[] = { "address_street", "address_city", NULL };
static const char *const kw_mail_fields[]
    = { "mail", "user", "login", "recipient", "contact", "account", NULL };
/* (session 26, g26-plates) a plate's or a registration's words, any country's */
static const char *const kw_plate_words[]
    = { "registration", "reg$",        "rego$",     "vrm$",      "vrn$",   "plate", "immat",
        "plaque",       "kennzeichen", "matricula", "matrícula", "targa$", "tag$",  NULL };
static const char *const kw_pan[] = { "pan$", "permanent account", NULL };
/* (g24-ids) an airline booking's SSR DOCS element */
static const char *const kw_ssr_docs[] = { "docs$", NULL };
/* (g24-ids) France's driving licence after "permis" */
static const char *const kw_fr_permis[] = { "permis$", NULL };

static const char *const kw_bracketed_label[]
    = { "matricule)", "client)", "adhérent)", "adherent)", "dossier)",
        "patient)",   "member)", "contrat)",  NULL };
/* Files whose label alone is too common or too short for customer-id's lead-ins: a trial's
 * participant or subject, a French court's docket after a colon, a police report. */
static const char *const kw_shaped_file[]
    = { "participant", "subject", "rg$", "pv$", "file$", "matter$", "id ", NULL };
/* Labels a trade gives a person's file, each too rare for customer-id's alternation: a
 * State's numbers of one person in the Philippines (PhilHealth, SSS, Pag-IBIG) and New
 * Zealand (NHI), an author's code at a publisher or the URSSAF, a social-housing request's
 * "numéro unique", a crew member's code, a membership's cancellation, an absence record, a
 * storage or rental agreement, an employee's number in a time clock's log ("emp 004417"). */
/* The number words of any label (see v_labelled_reference()). */
static const char *const kw_labelled[]
    = { "ref$",    "réf$", "reference$", "référence$", "reg$",    "registration$", "no.", "no:",
        "number$", "nr.",  "n°",         "nº",         "numéro$", "numero$",       NULL };
/* (g18-ids) "Applicant ID: VOL-30418", "Supporter record NW-11842": an id's or a record's
 * word, its label's words saying whose as for kw_labelled's */
static const char *const kw_labelled_id[] = { "id$", "record$", NULL };
static const char *const kw_trade_file[] = { "philhealth",
                                             "pag-ibig",
                                             "pagibig",
                                             "sss$",
                                             "nhi$",
                                             "code auteur",
                                             "identifiant urssaf",
                                             "identifiant artiste",
                                             "numéro unique",
                                             "numero unique",
                                             "n° unique",
                                             "nud$",
                                             "nur$",
                                             "crew code",
                                             "crew id",
                                             "crew no",
                                             "cancellation",
                                             "absence record",
                                             "absence ref",
                                             "storage agreement",
                                             "rental agreement",
                                             "hire agreement",
                                             "emp$",
                                             NULL };
/* National identity numbers quoted by their own names (see v_national_id()) */
static const char *const kw_national_id[]
    = { "nin$",        "nie$",       "trn$", "curp$",   "nric$", "pesel$",       "cnp$",
        "nrc$",        "cin$",       "pcn$", "philsys", "voter", "teudat zehut", "national identi",
        "emirates id", "ghana card", NULL };
static const char *const kw_aadhaar[] = { "aadhaar", "aadhar$", NULL };
/* (g25-ids) a visa's grant number */
static const char *const kw_visa_grant[] = { "grant", NULL };
/* (g24-ids) a Gulf State's and Indonesia's identity numbers by their own names */
static const char *const kw_gulf_asia_id[]
    = { "qid$",  "iqama",         "cpr$",           "nik$",        "ktp$",       "nat'l", "nat’l",
        "nat.l", "resident card", "residence card", "labour card", "labor card", NULL };

/* (g18-ids) countries' identity numbers by their own capitals: Bangladesh's NID,
 * Guatemala's DPI, the Philippines' UMID; Ghana's card by its number's shape */
/* (g23-ids) the Ghana Card's number by its own prefix */
static const char *const kw_ghana_pin[] = { "gha-", NULL };
static const char *const kw_national_id_g18[] = { "nid$", "dpi$", "umid$", "ghana card", NULL };
/* Moodle's event descriptions: "The user with id '48213' viewed …". */
/* A seafarer's identity document (a seaman's book, the Philippines' SIRB) and a Gulf
 * State's civil ID card, which crew lists and site passes give beside a passport. */
static const char *const kw_seafarer_document[]
    = { "seaman", "seafarer", "sirb$", "civil id", NULL };
static const char *const kw_direct_debit[] = {
  "prlv", "prélèvement", "prelevement", "direct debit", "domiciliation", "lastschrift", NULL
};
static const char *const kw_za_id[] = { "id no", "id nr", "id num", "identity", NULL };
static const char *const kw_key_words[]
    = { "api key",    "api-key", "api_key",   "apikey",    "access key", "secret key",
        "clé api",    "cle api", "clé d'api", "clé d’api", "api token",  "access token",
        "auth token", "token$",  "key$",      "secret$",   "clé$",       NULL };
static const char *const kw_cli[]
    = { "mysql", "mariadb", "psql", "curl", "wget", "sshpass", "smbclient", NULL };
static const char *const kw_south_streets[]
    = { "rua", "avenida", "calle", "carrer", "via", "viale", "piazza", "corso", "largo", "travessa",
        "paseo", "plaza", "praça", "avinguda",
        /* Romania: "Strada Mihai Eminescu 22" */
        "strada", "str.", "bulevardul", "calea", "aleea", "piața", "piaţa",
        /* Keywords fold the case of ASCII and of C3 xx letters only: Ș (C8 98) and Ş (C5 9E)
         * are listed as such. */
        "Șoseaua", "Şoseaua", "șoseaua", "şoseaua",
        /* Indonesia's "Jl. Gatot Subroto Kav. 52" */
        "jl.", "jalan",
        /* Poland: "ul. Długa 8/4" */
        "ul.",
        /* (session 19) Spain's and Latin America's abbreviated and other street types: "Av.
         * Chapultepec 480", "Avda. de América 12", "C/ Mayor 5", "Calzada …", "Carrera 43A #
         * 1 Sur-100", "Ctra. de Burgos 14" */
        "av.", "avda", "c/", "calzada", "calz.", "carrera", "cra.", "carretera", "ctra.", "camino",
        "glorieta", "passeig", "rambla", "jirón", "jiron", "jr.", "transversal", "diagonal", NULL };
static const char *const kw_uk_units[] = { "unit", "suite", "block", NULL };
/* Belgian, Swiss and Luxembourg streets: the type first, the number after the name. */
static const char *const kw_streets_number_after[]
    = { "rue ",   "avenue ", "boulevard ", "chemin ", "chaussée ", "place ",   "quai ",
        "route ", "allée ",  "impasse ",   "drève ",  "square ",   "sentier ", NULL };
/* (session 24, g24-addr) street-line-before-postcode-fr's types, the cadastre's abbreviations
 * in capitals among them ("PL DE LA REPUBLIQUE 13200 ARLES", "RTE DE …", "CHE DES …"). */
static const char *const kw_street_line_fr[]
    = { "rue ",   "avenue ", "boulevard ", "chemin ",  "chaussée ", "place ",  "quai ",
        "route ", "allée ",  "allee ",     "impasse ", "drève ",    "square ", "sentier ",
        "pl ",    "che ",    "rte ",       "bd ",      "av ",       "imp ",    NULL };
/* (session 22, g22-addr) Malaysia's streets and estates, after a house's or a unit's number */
static const char *const kw_malay_streets[]
    = { "jalan", "jln",        "lorong",    "lrg$",        "persiaran", "lebuh",   "taman",
        "tmn$",  "pangsapuri", "residensi", "kondominium", "menara",    "kampung", NULL };
/* (session 23, g23-addr) rural and customary settlements an address names instead of a
 * street: "Tribu de Hnathalo", "village de Halalo, district de Mua"; a kilometre point on a
 * road ("PK 54 RN2", "PK 14,2 côté mer"); a village's unit and its number ("Purok 3") */
static const char *const kw_settlements[]
    = { "tribu$", "village$", "district$", "pk$", "purok$", NULL };
/* (session 18) "Flat 6, Ryeworth House": the building after a flat's number */
static const char *const kw_flat_numbers[] = { "flat$", "apartment", "apt$", NULL };
/* An English house name ends in one of these: "Rose Cottage", "Moor Top Farm". */
static const char *const kw_house_names[]
    = { "cottage", "farm", "barn", "rectory", "vicarage", "grange", "manor", "lodge", NULL };
/* "L-2652 Luxembourg", "CH-1206 Genève", "B-4000 Liège": a country letter before the code. */
static const char *const kw_country_postcodes[] = { "l-", "ch-", "b-", "f-", "d-", NULL };
static const char *const kw_po_box[]
    = { "po box",       "p.o. box", "p.o.box", "po. box",       "bp ",           "cs ", "tsa ",
        "case postale", "c.p. ",    "c.p.",    "boîte postale", "boite postale", NULL };
static const char *const kw_localities[]
    = { "lieu-dit", "lieudit", "hameau", "za$", "zac$", "zi$", "zae$", "zone", NULL };
/* The keys of address fields: "address", "address_line_2", "streetAddress", "ligne1",
 * "complément d'adresse" ("Home address" is read from the word before). */
static const char *const kw_address_fields[] = { "address",
                                                 "adresse",
                                                 "addr$",
                                                 "ligne",
                                                 "line1",
                                                 "line2",
                                                 "line_1",
                                                 "line_2",
                                                 "complement",
                                                 "complément",
                                                 "street_address",
                                                 "streetaddress",
                                                 "home_address",
                                                 "homeaddress",
                                                 "postal_address",
                                                 "postaladdress",
                                                 "mailing_address",
                                                 "mailingaddress",
                                                 "shipping_address",
                                                 "shippingaddress",
                                                 "billing_address",
                                                 "billingaddress",
                                                 "delivery_address",
                                                 "deliveryaddress",
                                                 NULL };
static const char *const kw_residences[] = { "résidence", "residence", "rés.", NULL };
static const char *const kw_hl7_pid[] = { "pid|", NULL };
static const char *const kw_hl7_birth_segments[] = { "in1|", "gt1|", "nk1|", NULL };
static const char *const kw_hl7_pv1[] = { "pv1|", NULL };
static const char *const kw_fhir_system[] = { "system\"", NULL };
static const char *const kw_br_cpf[] = { "cpf", NULL };
/* A registration's phrase before its number (rule "fr-registered-under-number") */
static const char *const kw_registered_under[] = { "sous le n", "porte le n", NULL };
/* A form's line "N° <label> : value" (rule "fr-form-number-line") */
static const char *const kw_form_number_line[]
    = { "n° ", "nº ", "no ", "numéro ", "identifiant ", NULL };
/* France's planning applications by their national layout: the type's letters, then a
 * space, or the département's first digit (0, 2 or 9) at once */
static const char *const kw_fr_urbanisme[]
    = { "at 0", "at 2", "at 9", "at0",  "at2",   "at9",   "cu 0",  "cu 2", "cu 9", "cu0",
        "cu2",  "cu9",  "cua$", "cub$", "dia 0", "dia 2", "dia 9", "dp 0", "dp 2", "dp 9",
        "dp0",  "dp2",  "dp9",  "dpmi", "ia 0",  "ia 2",  "ia 9",  "ia0",  "ia2",  "ia9",
        "pa 0", "pa 2", "pa 9", "pa0",  "pa2",   "pa9",   "pc 0",  "pc 2", "pc 9", "pc0",
        "pc2",  "pc9",  "pcmi", "pd 0", "pd 2",  "pd 9",  "pd0",   "pd2",  "pd9",  NULL };
static const char *const kw_health_number[]
    = { "ramq", "phn", "ahcip", "mbi", "ihi",          "csn",           "urn",
        "ur ",  "ur#", "dva",   "pps", "my aged care", "medicare card", NULL };
static const char *const kw_named_quarters[]
    = { "cité", "cite$", "derb$", "hay$", "quartier$", "lotissement$", "lot.", "route$", NULL };
/* Welsh street words a house's name goes before ("Stryd" and a bare "Lon" would wake the
 * rule at every "string" and "long"). */
static const char *const kw_welsh_streets[]
    = { "heol$", "ffordd$", "lôn$", "rhodfa$", "cilgant$", NULL };
static const char *const kw_buildings[]
    = { "bât",  "bat.",        "bat$",  "batiment",  "esc.",      "escalier",  "appt", "apt.",
        "apt$", "appartement", "flat$", "apartment", "résidence", "residence", NULL };
/* Indian cities and states that PIN codes follow in addresses. */
#define INDIA_PLACES                                                                               \
  "Thiruvananthapuram|Andhra[ ]Pradesh|Madhya[ ]Pradesh|Uttar[ ]Pradesh|Visakhapatnam|West[ "      \
  "]Bengal|Navi[ ]Mumbai|Bhubaneswar|Maharashtra|Chandigarh|Coimbatore|Tamil[ "                    \
  "]Nadu|Vijayawada|Ahmedabad|New[ "                                                               \
  "]Delhi|Ghaziabad|Faridabad|Hyderabad|Mangaluru|Bengaluru|Mangalore|Telangana|Bangalore|"        \
  "Karnataka|Rajasthan|Gurugram|Vadodara|Amritsar|Guwahati|Dehradun|Ludhiana|Haryana|Lucknow|"     \
  "Gujarat|Kolkata|Gurgaon|Chennai|Madurai|Panaji|Indore|Mysuru|Jaipur|Kanpur|Nagpur|Mumbai|"      \
  "Raipur|Punjab|Ranchi|Bhopal|Odisha|Mysore|Kerala|Nashik|Thane|Assam|Patna|Bihar|Kochi|Noida|"   \
  "Delhi|Surat|Pune|Agra|Goa"
static const char *const kw_singapore[] = { "singapore", NULL };
/* (session 24, g24-addr) the words of an address numbered part by part: a dwelling, a unit, a
 * building or a numbered road ("Office 41, Building 2504, Road 2832, Block 428"). */
static const char *const kw_house_road[]
    = { "apartment$", "apt",     "bldg",    "blk",    "block$", "building$",
        "flat$",      "house$",  "office$", "road$",  "room$",  "sector$",
        "shop$",      "street$", "suite$",  "villa$", NULL };
/* (session 20, g20-addr) Turkish street and quarter words ("Cevdetpaşa Cad. No:14 D:6"),
 * Cyrillic ones and their transliterations ("ул. Мясницкая, д. 20", "vul. Naukova 7a"), a
 * house's "No." before its street ("No. 81, Neauphle-le-Château Avenue"). */
static const char *const kw_streets_abroad[]
    = { "cad.",   "caddesi",  "cd.",    "sok.",   "sokak",  "sk.",   "mah.", "mahallesi",
        "mh.",    "bulvar",   "blv.",   "sitesi", "ул.",    "улица", "пр.",  "просп",
        "пер.",   "бул.",     "наб.",   "вул.",   "вулиця", "пл.",   "vul.", "ul.",
        "ulitsa", "vulytsia", "prosp.", "no.",    NULL };
/* (session 20, g20-addr) Irish-language street types: "Bóthar na Trá", "Sráid an Mhuilinn". */
static const char *const kw_streets_ga[]
    = { "bóthar$", "bothar$", "sráid$",   "sraid$", "ascaill$", "bóithrín$", "boithrin$",
        "céide$",  "ceide$",  "cearnóg$", "plás$",  "lána$",    NULL };
/* (session 26, g26-addr) Irish and Scottish Gaelic estates and townlands: "41 Cnoc na Gréine",
 * "14 Cluain Riocaird", "12 Pairc an t-Sruthain", "Baile na hAbhann". */
static const char *const kw_estates_ga[]
    = { "cnoc$", "páirc$", "pairc$", "cluain$", "baile$", "radharc$", NULL };
/* (session 26, g26-addr) Welsh street types written without a number ("Lôn y Felin"). */
static const char *const kw_welsh_unnumbered[]
    = { "heol$", "ffordd$", "stryd$", "lôn$", "rhodfa$", "cilgant$", NULL };

/* (session 20, g20-addr) Countries an international address ends with, in English and French
 * ("…, 2037 Ariana, TUNISIE", "C1428EGA Buenos Aires, Argentina"). */
static const char *const kw_countries[] = { "afrique du sud$",
                                            "algeria$",
                                            "algerie$",
                                            "algérie$",
                                            "allemagne$",
                                            "arabie saoudite$",
                                            "argentina$",
                                            "argentine$",
                                            "armenia$",
                                            "arménie$",
                                            "australia$",
                                            "australie$",
                                            "austria$",
                                            "autriche$",
                                            "bahrain$",
                                            "bangladesh$",
                                            "belarus$",
                                            "belgique$",
                                            "belgium$",
                                            "bolivia$",
                                            "bolivie$",
                                            "brasil$",
                                            "brazil$",
                                            "bulgaria$",
                                            "bulgarie$",
                                            "cameroon$",
                                            "cameroun$",
                                            "chile$",
                                            "chili$",
                                            "china$",
                                            "chine$",
                                            "chypre$",
                                            "colombia$",
                                            "colombie$",
                                            "corée$",
                                            "costa rica$",
                                            "croatia$",
                                            "croatie$",
                                            "cuba$",
                                            "cyprus$",
                                            "czech republic$",
                                            "czechia$",
                                            "danemark$",
                                            "denmark$",
                                            "dominican republic$",
                                            "ecuador$",
                                            "egypt$",
                                            "espagne$",
                                            "estonia$",
                                            "ethiopia$",
                                            "ethiopie$",
                                            "finland$",
                                            "finlande$",
                                            "georgia$",
                                            "germany$",
                                            "ghana$",
                                            "greece$",
                                            "guatemala$",
                                            "hongrie$",
                                            "hungary$",
                                            "iceland$",
                                            "inde$",
                                            "india$",
                                            "indonesia$",
                                            "indonésie$",
                                            "iran$",
                                            "islande$",
                                            "israel$",
                                            "israël$",
                                            "italie$",
                                            "italy$",
                                            "japan$",
                                            "japon$",
                                            "jordan$",
                                            "jordanie$",
                                            "kazakhstan$",
                                            "kenya$",
                                            "korea$",
                                            "kuwait$",
                                            "latvia$",
                                            "lebanon$",
                                            "liban$",
                                            "lithuania$",
                                            "madagascar$",
                                            "malta$",
                                            "malte$",
                                            "maroc$",
                                            "maurice$",
                                            "mauritius$",
                                            "mexico$",
                                            "mexique$",
                                            "morocco$",
                                            "netherlands$",
                                            "new zealand$",
                                            "nigeria$",
                                            "norvège$",
                                            "norway$",
                                            "nouvelle-zélande$",
                                            "oman$",
                                            "pakistan$",
                                            "paraguay$",
                                            "pays-bas$",
                                            "peru$",
                                            "philippines$",
                                            "poland$",
                                            "pologne$",
                                            "portugal$",
                                            "qatar$",
                                            "romania$",
                                            "roumanie$",
                                            "russia$",
                                            "russian federation$",
                                            "russie$",
                                            "saudi arabia$",
                                            "senegal$",
                                            "serbia$",
                                            "serbie$",
                                            "slovakia$",
                                            "slovenia$",
                                            "south africa$",
                                            "south korea$",
                                            "spain$",
                                            "suisse$",
                                            "sweden$",
                                            "switzerland$",
                                            "taiwan$",
                                            "thailand$",
                                            "thaïlande$",
                                            "tunisia$",
                                            "tunisie$",
                                            "turkey$",
                                            "turquie$",
                                            "uae$",
                                            "ukraine$",
                                            "united arab emirates$",
                                            "uruguay$",
                                            "venezuela$",
                                            "viet nam$",
                                            "vietnam$",
                                            NULL };
/* (session 20, g20-addr) A unit's number and a building's before a named estate, tower or
 * park: "Room 1802, Building 3, Jinxiu Garden", "Level 3, Portomaso Business Tower". */
static const char *const kw_unit_words[]
    = { "room$", "level$", "villa$", "plot$",      "lot$", "blk",    "block$", "building$",
        "flat$", "unit$",  "suite$", "apartment$", "apt$", "house$", "no.",    NULL };
static const char *const kw_india_places[] = { "agra",
                                               "ahmedabad",
                                               "amritsar",
                                               "andhra pradesh",
                                               "assam",
                                               "bangalore",
                                               "bengaluru",
                                               "bhopal",
                                               "bhubaneswar",
                                               "bihar",
                                               "chandigarh",
                                               "chennai",
                                               "coimbatore",
                                               "dehradun",
                                               "delhi",
                                               "faridabad",
                                               "ghaziabad",
                                               "goa",
                                               "gujarat",
                                               "gurgaon",
                                               "gurugram",
                                               "guwahati",
                                               "haryana",
                                               "hyderabad",
                                               "indore",
                                               "jaipur",
                                               "kanpur",
                                               "karnataka",
                                               "kerala",
                                               "kochi",
                                               "kolkata",
                                               "lucknow",
                                               "ludhiana",
                                               "madhya pradesh",
                                               "madurai",
                                               "maharashtra",
                                               "mangalore",
                                               "mangaluru",
                                               "mumbai",
                                               "mysore",
                                               "mysuru",
                                               "nagpur",
                                               "nashik",
                                               "navi mumbai",
                                               "new delhi",
                                               "noida",
                                               "odisha",
                                               "panaji",
                                               "patna",
                                               "pune",
                                               "punjab",
                                               "raipur",
                                               "rajasthan",
                                               "ranchi",
                                               "surat",
                                               "tamil nadu",
                                               "telangana",
                                               "thane",
                                               "thiruvananthapuram",
                                               "uttar pradesh",
                                               "vadodara",
                                               "vijayawada",
                                               "visakhapatnam",
                                               "west bengal",
                                               NULL };
static const char *const kw_dublin[] = { "dublin", "co.", NULL };
static const char *const kw_aws[] = { "akia", "asia", "abia", "acca", "agpa", "aida",
                                      "aroa", "aipa", "anpa", "anva", "apka", NULL };
static const char *const kw_tokens[]
    = { "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "xoxb-", "xoxa-", "xoxp-",
        "xoxr-", "xoxs-", "sk_live_", "sk_test_", "rk_live_", "rk_test_", "aiza", "npm_", "hf_",
        /* GitLab's runner, deploy, trigger and service-account tokens; Google's OAuth access
         * tokens; Shopify's, Slack's app, Doppler's, Vault's, Postman's, Linear's, Notion's,
         * Atlassian's, DigitalOcean's, SendGrid's and PyPI's tokens */
        "glrt-", "gldt-", "glptt-", "glsoat-", "ya29.", "shpat_", "shpss_", "shpca_", "shppa_",
        "xapp-", "dp.st.", "dp.pt.", "dp.sa.", "hvs.", "pmak-", "lin_api_", "ntn_", "atatt",
        "dop_v1_", "sg.", "pypi-", NULL };
static const char *const kw_sk[] = { "sk-", NULL };
static const char *const kw_jwt[] = { "eyj", NULL };

static const char *const ctx_phone[] = { "tel", "tél",   "phone", "portable", "mobile",   "cell",
                                         "fax", "appel", "call",  "joindre",  "whatsapp", NULL };
/* Irish numbers in threes ("091 562 207") are told by these words before them. */
static const char *const ctx_phone_ie[]
    = { "tel",     "tél",      "phone", "portable", "mobile", "cell",    "fax",   "appel", "call",
        "joindre", "whatsapp", "ring",  "rang",     "number", "contact", "reach", "text",  NULL };
/* Singapore's and India's numbers without their code: "her hp 9188 2047". */
static const char *const ctx_phone_local[]
    = { "tel", "tél", "phone", "portable", "mobile", "cell", "fax", "appel", "call", "joindre",
        "whatsapp", "ring", "number", "contact", "reach", "text", " hp", "handphone", "no. is",
        "num ",
        /* "mob. 98220 41736", "Mob: 0412 …": mobile's abbreviation */
        "mob.", "mob:", "mob ",
        /* (session 21, g21-addr) "work ph 09 276 0000", "Ph: …" */
        " ph ", " ph:", " ph.", "\nph",
        /* (session 25, g25-phones) a telecom's words: "MSISDN", "old SIM 0994 318 207" */
        "msisdn", " sim ", NULL };
static const char *const ctx_siren[]
    = { "siren", "rcs", "immatricul", "société", "societe", "entreprise", "sas", "sarl",
        /* a services-à-la-personne declaration number is "SAP" and the SIREN */
        "sap ", "sap n", NULL };
static const char *const ctx_siret[] = { "siret", "établissement", "etablissement", NULL };
static const char *const ctx_ssn[] = { "ssn", "social security", "social sec", NULL };
static const char *const ctx_plate[] = { "immatricul", "plaque",  "véhicule", "vehicule", "voiture",
                                         "plate",      "vehicle", "car ",     NULL };
static const char *const ctx_plate_gb[]
    = { "reg", "vrm", "plate", "vehicle", "car ", "van ", "immat", "plaque", NULL };
static const char *const ctx_card[] = { "carte", "card", "cb", "visa", "mastercard", "amex", NULL };

static const char *const ctx_be_nn[] = { "niss",
                                         "registre national",
                                         "numéro national",
                                         "numero national",
                                         "n° national",
                                         "rijksregister",
                                         "insz",
                                         "national number",
                                         "national register",
                                         "nn :",
                                         "nn:",
                                         "(nn)",
                                         " nn ",
                                         NULL };
/* (g24-ids) a French residence document's names (v_fr_foreigner_number() checks them) */
static const char *const ctx_fr_foreigner[]
    = { "récépissé", "recepisse", "de séjour", "de sejour", "_sejour",
        "résident",  "resident",  "ts",        "aps",       NULL };
static const char *const ctx_lk_nic[]
    = { " nic ", " nic:", " nic(", "(nic", " nic)", " nic no", " nic n", "identity card", NULL };

static const VoileRule rules[] = {
  /* ---- contact -------------------------------------------------------------------- */
  {
      .id = "email",
      .type = VOILE_TYPE_EMAIL,
      .anchors = VOILE_ANCHOR_AT,
      .pattern = "[A-Za-z0-9](?:[A-Za-z0-9._%+'\\-]{0,63})(?:\\[bot\\])?@"
                 "(?:[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,62}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}"
                 "(?![A-Za-z0-9\\-])",
      .window = 340,
      .confidence = 0.98f,
      .validate = v_email,
  },
  {
      /* (g18-ids2) India's UPI virtual payment address: a person's handle at a payment app's
       * or a bank's NPCI handle, no dot after it ("rajesh.k88@okaxis", "9876501234@ybl"): one
       * person's account to pay, as a NUBAN or an IBAN is */
      .id = "upi-vpa",
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_AT,
      .match = m_upi_vpa,
      .window = 80,
      .confidence = 0.85f,
  },
  {
      .id = "email-obfuscated",
      .type = VOILE_TYPE_EMAIL,
      .anchors = VOILE_ANCHOR_OBFUSCATED_AT,
      .pattern = "[A-Za-z0-9][A-Za-z0-9._%+\\-]{0,63}[ ]?[\\[(](?i:at|arobase)[\\])][ ]?"
                 "[A-Za-z0-9\\-]+(?:[ ]?(?:[\\[(](?i:dot|point)[\\])]|\\.)[ ]?[A-Za-z0-9\\-]+)*"
                 "[ ]?(?:[\\[(](?i:dot|point)[\\])]|\\.)[ ]?[A-Za-z]{2,24}(?![A-Za-z0-9])",
      .window = 200,
      .confidence = 0.9f,
  },
  {
      /* URL-encoded, in a query string or a form body: "email=jane.doe%40example.com". */
      .id = "email-url-encoded-field",
      .type = VOILE_TYPE_EMAIL,
      .anchors = VOILE_ANCHOR_ASSIGN,
      .keywords = kw_mail_fields,
      .pattern = "[A-Za-z0-9_.\\-]+[\"']?[ \\t]*[=:][ \\t]*[\"']?(" EMAIL_URL_ENCODED ")",
      .group = 1,
      .window = 200,
      .confidence = 0.95f,
  },
  {
      /* The same in a query string or a path under any parameter's name. */
      .id = "email-url-encoded-query",
      .type = VOILE_TYPE_EMAIL,
      .anchors = VOILE_ANCHOR_DIGIT,
      .before_number = "%",
      .first_bytes = "4",
      .after_run = ASCII_LETTERS,
      .min_digits = 2,
      .first_run_min = 2,
      .first_run_max = 2,
      .match = m_email_url_encoded,
      .window = 255,
      .confidence = 0.9f,
  },
  {
      /* The user of a DSN: "postgres://jane.doe%40example.com:pw@db". */
      .id = "email-url-encoded-user",
      .type = VOILE_TYPE_EMAIL,
      .anchors = VOILE_ANCHOR_SCHEME,
      .pattern = "[A-Za-z][A-Za-z0-9+.\\-]{1,15}://(" EMAIL_URL_ENCODED ")(?=[:@/?#]|$)",
      .group = 1,
      .window = 200,
      .confidence = 0.95f,
  },
  {
      /* (session 18, g18-struct) A mailbox as a URL's user, its password after it:
       * "smtp://recus@paroisse.fr:pw@ssl0.ovh.net", "imaps://jane@example.org@mail.host".
       * The user holds an '@' and a dotted domain before the host's '@': an address. */
      .id = "email-url-user",
      .type = VOILE_TYPE_EMAIL,
      .anchors = VOILE_ANCHOR_SCHEME,
      .pattern = "[A-Za-z][A-Za-z0-9+.\\-]{1,15}://"
                 "([A-Za-z0-9._+\\-]{1,64}@[A-Za-z0-9\\-]{1,63}(?:\\.[A-Za-z0-9\\-]{1,63})*"
                 "\\.[A-Za-z]{2,24})(?=(?::[^\\s@/]{0,128})?@[A-Za-z0-9])",
      .group = 1,
      .window = 200,
      .confidence = 0.9f,
  },
  {
      .id = "phone-fr",
      .first_bytes = "0",
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern
      /* Not the tail of a number written in groups of four (an IBAN, a card). */
      = "(?<![0-9]{4}[ ])(?:0[1-9](?:(?:[ .\\-]|\\x{A0})?[0-9]{2}){4}" NUM_END
        /* nor the head of a longer chain in dashes, a card's "01-1614-7788-4412-3" */
        "(?!-[0-9])"
        /* "0 800 123 456": the special numbers only (Bosch's parts are "0 986 494 208") */
        "|08[0-9]{2}(?:[ .]?[0-9]{3}){2}" NUM_END "|0 8[0-9]{2}(?: [0-9]{3}){2}" NUM_END ")",
      .min_digits = 10,
      .first_run_min = 1,
      .first_run_max = 10,
      .window = 40,
      .confidence = 0.9f,
      .validate = v_phone_fr,
      .context = ctx_phone,
      .context_confidence = 0.97f,
  },
  {
      .id = "phone-be",
      .prefilter = pf_phone_be,
      .first_bytes = "0",
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_DIGIT,
      /* (session 22, g22-addr) and Belgium's mobiles, 04xx then three pairs ("0472/18.44.09",
       * "0486 12 34 56": a French number goes by five pairs) */
      .pattern = "(?<![0-9][ .\\-/]|[0-9])0(?:[1-9][ ./][0-9]{3}[ .][0-9]{2}[ .][0-9]{2}"
                 "|[1-9][0-9][ ./][0-9]{2}[ .][0-9]{2}[ .][0-9]{2}"
                 "|4[5-9][0-9][ ./][0-9]{2}[ .][0-9]{2}[ .][0-9]{2})" NUM_END "(?![ .][0-9])",
      .min_digits = 9,
      .first_run_min = 2,
      .first_run_max = 4,
      .window = 32,
      .confidence = 0.8f,
      .validate = v_phone_be,
      .context = ctx_phone,
      .context_confidence = 0.92f,
  },
  {
      .id = "phone-ocr",
      .first_bytes = "0",
      .prefilter = pf_ocr_phone,
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "(?<![0-9][ .]|[0-9A-Za-z])"
                 "(?:0[1-9](?:[ .]?[0-9O]{2}){4}|0[1-9][0-9O]{2,3}[ ]?[0-9O]{3,4}[ ]?[0-9O]{3,4})"
                 "(?![0-9A-Za-z])",
      .min_digits = 2,
      .first_run_min = 2,
      .first_run_max = 5,
      .window = 32,
      .confidence = 0.8f,
      .validate = v_phone_ocr,
      .context = ctx_phone,
      .context_confidence = 0.9f,
  },
  {
      .id = "phone-fr-intl",
      .prefilter = pf_double_zero,
      .first_bytes = "0",
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_PLUS | VOILE_ANCHOR_DIGIT,
      .pattern = "(?<![0-9A-Za-z])(?:\\+|00)[ ]?(?:33|262|590|594|596|269|687|689|508|681)"
                 "\\)?[ .\\-]?(?:\\(0\\)[ .\\-]?)?[1-9](?:[ .\\-]?[0-9]{2}){4}" INTL_PHONE_END,
      .min_digits = 11,
      .first_run_min = 2,
      .first_run_max = 14,
      .window = 48,
      .confidence = 0.97f,
      .validate = v_phone_intl,
  },
  {
      .id = "phone-intl",
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_PLUS,
      .pattern = "(?<![0-9A-Za-z])\\+[ ]?[1-9][0-9]{0,2}\\)?(?:[ .\\-]?\\(0\\))?"
                 "(?:[ .\\-]?\\(?[0-9]{1,5}\\)?){2,6}" INTL_PHONE_END,
      .window = 48,
      .confidence = 0.9f,
      .validate = v_phone_intl,
  },
  {
      .id = "phone-uk",
      .first_bytes = "0",
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "(?<![0-9][ .\\-])0[1-9][0-9]{1,3}[ ]?[0-9]{3,4}[ ]?[0-9]{3,4}" NUM_END,
      .min_digits = 11,
      .first_run_min = 3,
      .first_run_max = 11,
      .window = 32,
      .confidence = 0.8f,
      .validate = v_phone_uk,
      .context = ctx_phone,
      .context_confidence = 0.92f,
  },
  {
      .id = "phone-gapped",
      .prefilter = pf_phone_gapped,
      .first_bytes = "0",
      .after_run = " \r\n",
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "(?<![0-9][ .\\-])0[1-9][0-9]{0,3}"
                 "(?=(?:[ ]{1,2}[0-9]{2,4}){0,3}(?:[ ]{2}|[ ]?\\r?\\n)[0-9])"
                 "(?:(?:[ ]{1,2}|[ ]?\\r?\\n)[0-9]{2,4}){2,4}" NUM_END "(?![ ]{1,2}[0-9])",
      .min_digits = 2,
      .first_run_min = 2,
      .first_run_max = 5,
      .window = 24,
      .confidence = 0.8f,
      .validate = v_phone_gapped,
      .context = ctx_phone,
      .context_confidence = 0.92f,
  },
  {
      /* Australia: mobiles "0412 555 716" (4-3-3), landlines "(02) 9555 0134" (2-4-4); the
       * groups tell them from French "04 12 55 57 16" and UK "020 7946 0958". */
      .id = "phone-au",
      .prefilter = pf_phone_au,
      .first_bytes = "0(",
      .after_run = " )",
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_DIGIT | VOILE_ANCHOR_PAREN,
      /* a longer number after one space is the next column of an aligned export, not
       * more of this one */
      .pattern = "(?<![0-9][ .\\-])(?:04[0-9]{2}[ ][0-9]{3}[ ][0-9]{3}"
                 "|\\(0[2378]\\)[ ]?[0-9]{4}[ ][0-9]{4}|0[2378][ ][0-9]{4}[ ][0-9]{4})" NUM_END
                 "(?![ ][0-9]{1,4}(?![0-9]))",
      .min_digits = 10,
      .first_run_min = 1,
      .first_run_max = 4,
      .window = 20,
      .confidence = 0.8f,
      .context = ctx_phone,
      .context_confidence = 0.92f,
  },
  {
      /* Australia's national numbers: "13 20 11", "132 011" (six digits), "1300 555 123",
       * "1800 882 436" (see v_phone_au_national()). */
      .id = "phone-au-national",
      .prefilter = pf_phone_au_national,
      .first_bytes = "1",
      .after_run = " ",
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "(?<![0-9][ .\\-]|[0-9+$€£.,])(?:13[ ][0-9]{2}[ ][0-9]{2}|13[0-9][ ][0-9]{3}"
                 "|1[38]00[ ][0-9]{3}[ ][0-9]{3})" NUM_END "(?![ ][0-9])",
      .min_digits = 6,
      .first_run_min = 2,
      .first_run_max = 4,
      .window = 14,
      .confidence = 0.8f,
      .validate = v_phone_au_national,
      .context = ctx_phone_local,
      .context_confidence = 0.9f,
  },
  {
      /* Ireland: landlines "091 562 207", "(021) 427 9811", "01 872 4455": an area code, then
       * groups of three and three or four (French numbers go by pairs, UK ones by four). */
      .id = "phone-ie",
      .prefilter = pf_phone_ie,
      .first_bytes = "0(",
      .after_run = " )",
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_DIGIT | VOILE_ANCHOR_PAREN,
      .pattern = "(?<![0-9][ .\\-])(?:\\(0(?:1|[2-9][0-9])\\)[ ]?|0(?:1|[2-9][0-9])[ ])"
                 "[0-9]{3}[ ][0-9]{3,4}" NUM_END "(?![ ][0-9])",
      .min_digits = 9,
      .first_run_min = 1,
      .first_run_max = 3,
      .window = 20,
      .confidence = 0.8f,
      .validate = v_phone_ie,
      .context = ctx_phone_ie,
      .context_confidence = 0.92f,
  },
  {
      /* Mobile money and SMS gateways write numbers with the country's code and no '+':
       * M-Pesa's "254722410933", a Paystack export's "2348031234567". Only mobile ranges of
       * a fixed length: Kenya, Tanzania, Uganda, Ghana, Nigeria, and UK mobiles. */
      .id = "phone-cc-no-plus",
      .first_bytes = "2469",
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "(?<![0-9+])(?:2547[0-9]{8}|2541[01][0-9]{7}|255[67][0-9]{8}|2567[0-9]{8}"
                 "|233[25][0-9]{8}|234[789][01][0-9]{8}"
                 /* a UK mobile as SMS gateways export it, "447700900112": 44, then 7 and
                  * nine digits (not 70, personal numbers, nor 76, pagers) */
                 "|447[1-57-9][0-9]{8}"
                 /* (session 23, g23-addr) the mobiles of Malaysia "60125519034" (60, 1 and
                  * the operator's digit, seven digits; 011 takes eight), the Philippines
                  * "639171234567", India "919845012345" and South Africa "27821234567" */
                 "|601[02-9][0-9]{7}|6011[0-9]{8}|639[0-9]{9}|91[6-9][0-9]{9}|27[6-8][0-9]{8})"
      /* a comma after it ends an export's cell ("60125519034,2026-11-03 …"): no
       * decimals to a number of eleven digits or more */
      INTL_PHONE_END,
      .min_digits = 11,
      .first_run_min = 11,
      .first_run_max = 13,
      .window = 16,
      .confidence = 0.85f,
      .validate = v_phone_cc_no_plus,
  },
  {
      /* Singapore: eight digits in fours, "6741 2290" (landlines), "9188 2047" (mobiles);
       * beside a phone word ("hp", "tel", "his number"). */
      .id = "phone-sg",
      .first_bytes = "689",
      .after_run = " ",
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "(?<![0-9][ .\\-]|[0-9+])[689][0-9]{3}[ ][0-9]{4}" NUM_END "(?![ ][0-9])",
      .min_digits = 8,
      .first_run_min = 4,
      .first_run_max = 4,
      .window = 12,
      .confidence = 0.7f,
      .validate = v_phone_local,
      .context = ctx_phone_local,
      .context_confidence = 0.9f,
      .needs_context = TRUE,
  },
  {
      /* India: a mobile in fives, "98450 12345", beside a phone word. */
      .id = "phone-in",
      .first_bytes = "6789",
      .after_run = " ",
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "(?<![0-9][ .\\-]|[0-9+])[6-9][0-9]{4}[ ][0-9]{5}" NUM_END "(?![ ][0-9])",
      .min_digits = 10,
      .first_run_min = 5,
      .first_run_max = 5,
      .window = 12,
      .confidence = 0.7f,
      .validate = v_phone_local,
      .context = ctx_phone_local,
      .context_confidence = 0.9f,
      .needs_context = TRUE,
  },
  {
      /* North America in spaces, as transcripts and forms type them: "984 555 0170",
       * "1 800 555 0199"; beside a phone word (groups of three and four are a part's or an
       * account's as often). */
      .id = "phone-nanp-spaced",
      .prefilter = pf_phone_nanp_spaced,
      .first_bytes = "123456789",
      .after_run = " ",
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "(?<![0-9][ .\\-]|[0-9+])(?:1[ ])?[2-9][0-9]{2}[ ][2-9][0-9]{2}[ ][0-9]{4}" NUM_END
                 "(?![ ][0-9])",
      .min_digits = 10,
      .first_run_min = 1,
      .first_run_max = 3,
      .window = 16,
      .confidence = 0.7f,
      .validate = v_phone_local,
      .context = ctx_phone_local,
      .context_confidence = 0.9f,
      .needs_context = TRUE,
  },
  {
      /* East Africa: "0733 418 207", "0712 345 678" (Kenya, Uganda, Tanzania); Australia's
       * 04… in the same groups are phone-au's. */
      .id = "phone-4-3-3",
      .first_bytes = "0",
      .after_run = " ",
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern
      = "(?<![0-9][ .\\-]|[0-9+])0[1-9][0-9]{2}[ ][0-9]{3}[ ][0-9]{3}" NUM_END "(?![ ][0-9])",
      .min_digits = 10,
      .first_run_min = 4,
      .first_run_max = 4,
      .window = 14,
      .confidence = 0.8f,
      .validate = v_phone_4_3_3,
      .context = ctx_phone_local,
      .context_confidence = 0.9f,
  },
  {
      /* Switzerland: "022 329 14 07", "079 681 25 40" — an area or mobile code of three,
       * then three, two and two (French numbers go by pairs, Belgian ones 2-3-2-2). */
      .id = "phone-ch",
      .first_bytes = "0",
      .after_run = " ",
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern
      = "(?<![0-9][ .\\-]|[0-9+])0(?:[2-6][1-9]|7[15-9])[ ][0-9]{3}[ ][0-9]{2}[ ][0-9]{2}" NUM_END
        "(?![ ][0-9])",
      .min_digits = 10,
      .first_run_min = 3,
      .first_run_max = 3,
      .window = 16,
      .confidence = 0.8f,
      .validate = v_phone_local,
      .context = ctx_phone_local,
      .context_confidence = 0.92f,
  },
  {
      /* New Zealand's landlines: "09 418 2270" (Auckland), "03 379 4410" — a one-digit
       * area, then three and four; (session 25, g25-phones) with no phone word too: no other
       * number is written 2-3-4 from a trunk 0 (none in the clean texts of sets 9-24, all of
       * the 21 in their personal texts phones). */
      .id = "phone-nz",
      .first_bytes = "0",
      .prefilter = pf_phone_nz,
      .after_run = " ",
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern
      = "(?<![0-9][ .\\-]|[0-9+])0[34679][ ][2-9][0-9]{2}[ ][0-9]{4}" NUM_END "(?![ ][0-9])",
      .min_digits = 9,
      .first_run_min = 2,
      .first_run_max = 2,
      .window = 14,
      .confidence = 0.8f,
      .validate = v_phone_local,
      .context = ctx_phone_local,
      .context_confidence = 0.9f,
  },
  {
      /* Any country's national number right after a phone label: Lebanon's "fixe 01 447
       * 208", Turkey's "phone 0552 318 44 90", Côte d'Ivoire's "Tél. 27 22 47 81 90", the
       * Philippines' "her number is 0928 331 7460". The label says what it is; the digit
       * count (v_phone_labelled) keeps counts and dates out. */
      .id = "phone-labelled",
      .prefilter = pf_phone_label,
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_phone_labels,
      .pattern
      = "(?:(?i:(?:tele|t\\x{E9}l\\x{E9})?phones?|t[e\\x{E9}]l|mobile|mob|cell(?:phone|ular)?|fixe"
        "|portable|whatsapp|gsm|fax|hp|msisdn)(?![\\p{L}0-9])\\.?"
        "|(?i:(?<=her |his |my |their |your |whose ))(?i:number) is"
        /* (session 23, g23-addr) "Ph: 0452-2581 440" (not "pH 7"); a call's verb and its
         * preposition: "m'appeler au 87 71 40 26", "me joindre au …" */
        "|(?:Ph|PH|ph)(?=\\.?:|\\.[ ])\\.?"
        "|(?i:appeler|rappeler|joindre)[ ]+au)"
        /* (session 23, g23-addr) the line's kind between the label and its number: "Tél.
         * travail : 24 61 07", "Tel home: …", "mobile perso 06 …" */
        "(?:[ ]+(?i:travail|domicile|perso|personnel|pro|professionnel|bureau|fixe|portable"
        "|home|work|office|direct|mobile)(?![\\p{L}0-9]))?"
        /* (session 18) "Mobile Account No:", "mobile wallet number", "WhatsApp business no":
         * the account a mobile number is */
        "(?:[ ]+(?i:account|wallet|money|banking|business|contact))?"
        "(?:[ ]+(?i:number|no\\.?|n°|nr\\.?|num\\.?|num\\x{E9}ro))?"
        /* (session 22, g22-addr) a verb between: "mobile is 9689 011 452", "son gsm c'est
         * 691 204 877"; a JSON key's quotes: "phone": "019-776 2031" */
        "(?:[ ]+(?i:is|c['’]est|est))?"
        "(?:[ ]*\\([^()\\n]{1,16}\\))?[ \\t]*(?:(?<=[\\p{L}])\"[ ]*(?=:))?"
        "[:=\\-\\x{2013}\\x{2014}]?[ \\t]*(?:\\r?\\n[ \\t]*)?(?:(?<=:[ ])\"|(?<=:)\")?"
        /* Pakistan's mobiles "0321-2045817": the operator's four digits, then seven */
        "((?:\\(0[0-9]{1,3}\\)[ ]?)?(?:0[0-9]{3}-[0-9]{7}"
        "|[0-9]{1,13}(?:[ .\\-][0-9]{2,4}){0,5}))" NUM_END "(?![ .\\-/][0-9])",
      .group = 1,
      .window = 80,
      .confidence = 0.85f,
      .validate = v_phone_labelled,
  },
  {
      /* (session 18, g18-struct) Bangladesh's and Pakistan's mobiles as they are written at
       * home, with their dash and no phone word: "01712-448093" (013–019, then three digits,
       * a dash, six), "0333-2184471" (030–034 and a digit, a dash, seven). */
      .id = "phone-bd-pk-mobile",
      .first_bytes = "0",
      .after_run = "-",
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "(?<![0-9+.\\-/])(?:01[3-9][0-9]{2}-[0-9]{6}|03[0-4][0-9]-[0-9]{7})" NUM_END
                 "(?![\\-/][0-9])",
      .min_digits = 11,
      .first_run_min = 4,
      .first_run_max = 5,
      .window = 13,
      .confidence = 0.8f,
  },
  {
      /* (session 21, g21-addr) East and South-East Asia's mobiles as written at home, three
       * dash- or space-separated groups whose first says the operator: Japan's "090-4418-2273"
       * (070, 080, 090), Korea's "010-3381-7702" (010, then four and four), the Philippines'
       * "0917 553 2046" and Taiwan's "0912-345-678" (09 and two digits, three, then four, or
       * three after dashes only: "0977 552 180" is a French operator's reference). Not Indonesia's
       * "0857-1190-3326": its 08xx-xxxx-xxxx is a receipt's or a contract's number as often. */
      .id = "phone-asia-mobile",
      .first_bytes = "0",
      .after_run = "- ",
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "(?<![0-9+.\\-/:,])(?:0[789]0-[0-9]{4}-[0-9]{4}|010-[0-9]{4}-[0-9]{4}"
                 "|09[0-9]{2}-[0-9]{3}-[0-9]{3,4}|09[0-9]{2}[ ][0-9]{3}[ ][0-9]{4})" NUM_END
                 "(?![\\-/.][0-9]|[ ][0-9])",
      .min_digits = 10,
      .first_run_min = 3,
      .first_run_max = 4,
      .window = 16,
      .confidence = 0.8f,
  },
  {
      /* The second number after a phone label: "Tél : +687 51 24 38 / 28 40 17 (travail)",
       * "phone 0412 555 716 or 9555 0134". The first is any phone rule's. */
      .id = "phone-labelled-second",
      .prefilter = pf_phone_label,
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_phone_labels,
      .pattern
      = "(?i:(?:tele|t\\x{E9}l\\x{E9})?phones?|t[e\\x{E9}]l|mobile|mob|cell(?:phone|ular)?|fixe"
        "|portable|whatsapp|gsm)(?![\\p{L}0-9])\\.?"
        "(?:[ ]*\\([^()\\n]{1,16}\\))?[ \\t]*[:=\\-\\x{2013}\\x{2014}]?[ \\t]*"
        "\\+?[0-9][0-9 .\\-]{4,18}[0-9](?:[ ]*\\([^()\\n]{1,16}\\))?[ ]*(?:/|(?i:ou|or))[ ]*"
        "((?:\\(0[0-9]{1,3}\\)[ ]?)?[0-9]{1,13}(?:[ .\\-][0-9]{2,4}){0,5})" NUM_END
        "(?![ .\\-/][0-9])",
      .group = 1,
      .window = 96,
      .confidence = 0.85f,
      .validate = v_phone_labelled,
  },
  {
      /* The same after a telephone sign: a letterhead's "☎ 27 22 47 81 90", a chat's
       * "📞 0552 318 44 90". The sign's last byte before the number (or its space) is
       * the only test before the pattern. */
      .id = "phone-symbol",
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .before_number = " \x8e\x9e\xb1\x8f",
      .before_space = "\x8e\x9e\xb1\x8f",
      .pattern
      = "(?<=[\\x{260E}\\x{1F4DE}\\x{1F4F1}\\x{FE0F}][ ]|[\\x{260E}\\x{1F4DE}\\x{1F4F1}\\x{FE0F}])"
        "(?:\\(0[0-9]{1,3}\\)[ ]?)?[0-9]{1,13}(?:[ .\\-][0-9]{2,4}){0,5}" NUM_END
        "(?![ .\\-/][0-9])",
      .min_digits = 8,
      .first_run_min = 1,
      .first_run_max = 13,
      .window = 32,
      .confidence = 0.85f,
      .validate = v_phone_labelled,
  },
  {
      /* (session 25, g25-phones) HL7 v2's telephone field (XTN) in its components, as PID-13,
       * PID-14 and NK1-5 carry it: the use code (PRN, WPN, ORN…), the equipment (PH, CP,
       * FX…), an empty e-mail component, then the country code, the area code and the local
       * number ("^PRN^PH^^1^720^5519023"); any segment's, any country's. */
      .id = "phone-hl7-xtn",
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .before_number = "^",
      .after_run = "^",
      .min_digits = 1,
      .first_run_min = 1,
      .first_run_max = 4,
      .pattern = "(?<=\\^[A-Z]{3}\\^[A-Z]{2}\\^\\^|\\^[A-Z]{3}\\^[A-Z]{2}\\^\\^\\^)"
                 "(?:[0-9]{1,3}\\^)?[0-9]{2,4}\\^[0-9]{3}-?[0-9]{3,5}(?![0-9A-Za-z])",
      .window = 24,
      .confidence = 0.85f,
      .validate = v_phone_hl7_xtn,
  },
  {
      /* (session 25, g25-phones) ASC X12's contact segment (PER), every transaction's (837,
       * 835, 834, 270, 850…): a communication number after its qualifier, TE (telephone),
       * FX (fax), CP (cellular), HP (home), WP (work), AP (alternate), BN (beeper):
       * "PER*IC*BILLING DEPT*TE*5034726611*FX*5034726699~"; not EM (e-mail), EX (an
       * extension), UR (a URL). */
      .id = "phone-x12-per",
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .before_number = "*",
      .min_digits = 7,
      .first_run_min = 7,
      .first_run_max = 15,
      .pattern = "(?<=\\*TE\\*|\\*FX\\*|\\*CP\\*|\\*HP\\*|\\*WP\\*|\\*AP\\*|\\*BN\\*)"
                 "[0-9]{7,15}(?=[*~\\r\\n]|$)",
      .window = 24,
      .confidence = 0.85f,
      .validate = v_phone_x12_per,
  },
  /* ---- spoken in words (voile-spoken.c): transcripts, voicemails, dictations ---------- */
  {
      /* "zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit", "06 douze 34…",
       * "six one four, five five five, zero one six nine", "oh eight seven double five…" */
      .id = "phone-spoken",
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_spoken_digits,
      .prefilter = voile_spoken_groups_prefilter,
      .match = voile_spoken_phone,
      .confidence = 0.8f,
  },
  {
      /* "claim number is three five eight eight one…", "numéro de dossier vingt-trois…" */
      .id = "reference-spoken",
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_spoken_digits,
      .prefilter = voile_spoken_groups_prefilter,
      .match = voile_spoken_reference,
      .confidence = 0.8f,
  },
  {
      /* (g18-ids2) "account number 4 1 0 8 2 2 7 6", "your member number?" then "it's 6 0 0 2
       * 9 1 7 3": a reference spelled one digit at a time (voile_spelled_reference()) */
      .id = "reference-spelled",
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_DIGIT,
      .min_digits = 6,
      .first_run_min = 1,
      .first_run_max = 1,
      .after_run = " ",
      .match = voile_spelled_reference,
      .window = 48,
      .confidence = 0.75f,
  },
  {
      /* (g18-ids2) "le passeport c'est le Z 4 7 1 8 2 9 3": the same after a document's word */
      .id = "document-spelled",
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_DIGIT,
      .min_digits = 6,
      .first_run_min = 1,
      .first_run_max = 1,
      .after_run = " ",
      .match = voile_spelled_document,
      .window = 48,
      .confidence = 0.8f,
  },
  {
      /* "soixante-quinze zéro dix-neuf Paris" */
      .id = "postcode-spoken-fr",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_spoken_numbers_fr,
      .prefilter = voile_spoken_groups_prefilter,
      .match = voile_spoken_postcode_fr,
      .confidence = 0.75f,
  },
  {
      /* "quarante-deux rue de la Mouzaïa", "douze bis allée des Frênes" */
      .id = "street-spoken-fr",
      .prefilter = voile_spoken_street_fr_prefilter,
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_spoken_numbers_fr,
      .pattern = "(?i:" FR_HOUSE_NUMBER_WORDS ")(?:[ ](?i:bis|ter|quater))?[ ]+" STREET_FR_TAIL,
      .window = 200,
      .confidence = 0.8f,
  },
  {
      /* "forty-two Acacia Avenue", "thirty-three eighty-one Sunbury Road" */
      .id = "street-spoken-en",
      .prefilter = voile_spoken_street_en_prefilter,
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_spoken_numbers_en,
      .pattern = "(?i:" EN_NUMBER_WORDS "(?:[ \\-]" EN_NUMBER_WORDS "){0,3})[ ]+"
                 "(?:\\p{Lu}[\\p{L}'\\-]*[ ]+){1,3}"
                 "(?:" STREET_TYPES_EN "|Boulevard|Gardens|Mews|Parade)(?![\\p{L}])",
      .window = 160,
      .confidence = 0.8f,
  },
  {
      /* "john dot smith at gmail dot com", "marie point dupont arobase orange point fr" */
      .id = "email-spoken",
      .type = VOILE_TYPE_EMAIL,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_spoken_at,
      .prefilter = voile_spoken_email_prefilter,
      .match = voile_spoken_email,
      .confidence = 0.85f,
  },
  {
      /* "mille deux cents euros", "quatre-vingts euros" */
      .id = "amount-spoken-fr",
      .type = VOILE_TYPE_AMOUNT,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_spoken_euros,
      .match = voile_spoken_amount_fr,
      .confidence = 0.8f,
  },
  {
      /* "the twelfth of january", "March third, twenty twenty-six"; French dates in words
       * are date-words-fr's */
      .id = "date-spoken-en",
      .type = VOILE_TYPE_DATE,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_spoken_months_en,
      .match = voile_spoken_date_en,
      .confidence = 0.8f,
  },
  {
      .id = "phone-us",
      .prefilter = pf_phone_us,
      .first_bytes = "123456789(",
      .after_run = ".-) ",
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_DIGIT | VOILE_ANCHOR_PAREN,
      /* "(514) 875-4410", "514-875-4410", and Québec's "514 875-4410", "1 800 463-2287" */
      .pattern = "(?<![+])(?:1[ .\\-])?(?:\\([2-9][0-9]{2}\\)[ "
                 "]?|[2-9][0-9]{2}[.\\-]|[2-9][0-9]{2}[ "
                 "](?=[2-9][0-9]{2}-))[2-9][0-9]{2}[.\\-][0-9]{4}" NUM_END,
      .min_digits = 10,
      .first_run_min = 1,
      .first_run_max = 3,
      .window = 24,
      .confidence = 0.8f,
      .context = ctx_phone,
      .context_confidence = 0.92f,
  },

  /* ---- bank ------------------------------------------------------------------------ */
  {
      .id = "iban",
      .prefilter = pf_iban,
      .type = VOILE_TYPE_IBAN,
      .anchors = VOILE_ANCHOR_UPPER_DIGIT,
      /* "FR76 3000 4028 3700 0104 58\n73 191": a PDF's line break inside; the country's
       * length and the checksum tell where it ends. */
      .pattern = "[A-Z]{2}[ ]?[0-9]{2}(?:(?:[ \\-]?|[ ]?\\r?\\n)[A-Z0-9]){11,30}",
      .window = 80,
      .confidence = 0.99f,
      .validate = v_iban,
  },
  {
      .id = "rib",
      .prefilter = pf_rib,
      .after_run = " \t",
      .type = VOILE_TYPE_IBAN,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "[0-9]{5}[ \\t]+[0-9]{5}[ \\t]+[0-9A-Z]{11}[ \\t]+[0-9]{2}" NUM_END,
      .min_digits = 5, /* the groups may be set apart by several spaces */
      .first_run_min = 5,
      .first_run_max = 5,
      .window = 96,
      .confidence = 0.97f,
      .validate = v_rib,
  },
  {
      .id = "credit-card",
      .prefilter = pf_card,
      .first_bytes = "23456",
      .type = VOILE_TYPE_CREDIT_CARD,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "(?:[0-9]{4}([ \\-]?)[0-9]{4}\\1[0-9]{4}\\1[0-9]{4}(?:\\1[0-9]{3})?" NUM_END
                 /* (session 18) an unbroken number before the next numeric cell of a CSV row
                  * ("5167320098412562,1200.00"): no decimal comma after 14 digits */
                 "|[0-9]{4}([ \\-]?)[0-9]{6}\\2[0-9]{4,5}" NUM_END "|[0-9]{14,19}" INTL_PHONE_END
                 "|4[0-9]{3} [0-9]{4} [0-9]{4} [0-9]" NUM_END ")"
                 "(?!-[0-9])",
      .min_digits = 13,
      .first_run_min = 4,
      .first_run_max = 19,
      .window = 32,
      .confidence = 0.95f,
      .validate = v_card,
      .context = ctx_card,
      .context_confidence = 0.98f,
  },

  /* ---- official identifiers -------------------------------------------------------- */
  {
      .id = "fr-nir",
      .prefilter = pf_nir,
      .first_bytes = "123478",
      .type = VOILE_TYPE_FR_NIR,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "[1-478][ .]?[0-9]{2}[ .]?[0-9]{2}[ .]?"
                 "(?:(?:[0-9]{2}|2[ABab])[ .]?[0-9]{3}|[0-9]{3}[ .]?[0-9]{2})"
                 /* "… 061\n21": a PDF's line break before the last groups */
                 "(?:[ .]?|[ ]?\\r?\\n)[0-9]{3}(?:[ .]?|[ ]?\\r?\\n)[0-9]{2}" NUM_END,
      .min_digits = 6, /* "1 85 05 2A…": the digits stop at the A */
      .first_run_min = 1,
      .first_run_max = 15,
      .window = 40,
      .confidence = 0.97f,
      .validate = v_nir,
  },
  {
      .id = "fr-siret",
      .prefilter = pf_siren_siret,
      .type = VOILE_TYPE_FR_SIRET,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "[0-9]{3}([ .]?)[0-9]{3}\\1[0-9]{3}[ .]?[0-9]{5}" NUM_END,
      .min_digits = 14,
      .first_run_min = 3,
      .first_run_max = 14,
      .window = 32,
      .confidence = 0.88f,
      .validate = v_siret,
      .context = ctx_siret,
      .context_confidence = 0.98f,
  },
  {
      .id = "fr-siren",
      .prefilter = pf_siren_siret,
      .type = VOILE_TYPE_FR_SIREN,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "[0-9]{3}([ .]?)[0-9]{3}\\1[0-9]{3}" NUM_END,
      .min_digits = 9,
      .first_run_min = 3,
      .first_run_max = 9,
      .window = 24,
      .confidence = 0.8f,
      .validate = v_siren,
      .context = ctx_siren,
      .context_confidence = 0.96f,
  },
  {
      /* (g22-ids2) Canada's social insurance number after its name ("SIN: 526 941 133", "NAS :
       * 273 156 489"): nine digits with a Luhn key like a SIREN, the name tells them apart */
      .id = "ca-sin",
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .match = m_ca_sin,
      .keywords = kw_ca_sin,
      .window = 64,
      .confidence = 0.85f,
  },
  {
      .id = "fr-vat",
      .prefilter = pf_fr_vat,
      .type = VOILE_TYPE_FR_VAT,
      .anchors = VOILE_ANCHOR_UPPER_DIGIT,
      .pattern = "FR[ ]?[0-9A-HJ-NP-Z]{2}[ ]?[0-9]{3}[ ]?[0-9]{3}[ ]?[0-9]{3}" NUM_END,
      .window = 24,
      .confidence = 0.98f,
      .validate = v_fr_vat,
  },
  {
      .id = "us-ssn",
      .prefilter = pf_us_ssn,
      .after_run = " -",
      .type = VOILE_TYPE_US_SSN,
      .anchors = VOILE_ANCHOR_DIGIT,
      /* "HICN w/ SSN 471-38-2290A": Medicare's old claim number, the SSN and a beneficiary
       * code (v_us_ssn() wants the word) */
      .pattern = "[0-9]{3}([ \\-])[0-9]{2}\\1[0-9]{4}"
                 "(?:" NUM_END "|(?<=-[0-9]{4})(?=(?:A|B[1-9]?|C[1-9]|D|M|T|W)(?![0-9A-Za-z_])))"
                 /* "029 23 0912 44871": the head of a longer grouped number */
                 "(?!-[0-9]|\\1[0-9])",
      .min_digits = 9,
      .first_run_min = 3,
      .first_run_max = 3,
      .window = 16,
      .confidence = 0.85f,
      .validate = v_us_ssn,
      .context = ctx_ssn,
      .context_confidence = 0.97f,
  },
  {
      .id = "us-ssn-plain",
      .type = VOILE_TYPE_US_SSN,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "[0-9]{9}" NUM_END,
      .min_digits = 9,
      .first_run_min = 9,
      .first_run_max = 9,
      .window = 12,
      .confidence = 0.8f,
      .validate = v_us_ssn,
      .context = ctx_ssn,
      .needs_context = TRUE,
  },
  {
      /* A British driving licence without its label ("FOLASADE ADEYEMI ADEYE754219FO9AB they
       * read it to me"): its shape says it, the surname's five letters, the birth date with
       * the month raised by 50 for a woman, the initials, a digit, two check signs. */
      .id = "uk-driving-licence",
      .prefilter = pf_uk_driving_licence,
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_UPPER_DIGIT,
      .pattern = "[A-Z][A-Z9]{4}[0-9]{6}[A-Z][A-Z9][0-9][A-Z0-9]{2}" WORD_END,
      .window = 20,
      .confidence = 0.9f,
  },
  {
      .id = "uk-nino",
      .prefilter = pf_nino,
      .type = VOILE_TYPE_UK_NINO,
      .anchors = VOILE_ANCHOR_UPPER_DIGIT,
      .pattern = "[A-Z]{2}[ ]?[0-9]{2}[ ]?[0-9]{2}[ ]?[0-9]{2}[ ]?[A-D]" WORD_END,
      .window = 16,
      .confidence = 0.95f,
      .validate = v_uk_nino,
  },
  {
      /* Hong Kong's identity card with its key in brackets ("HKID Y418827(4)"), Singapore's
       * NRIC or FIN after its name ("NRIC provided (S9148827B)"), the Emirates ID
       * ("784-1993-7720418-6") wherever written: their keys checked (g18-ids). */
      .id = "checked-national-id",
      .prefilter = pf_checked_national_id,
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_UPPER_DIGIT,
      .pattern
      = "(?:[A-Z]{1,2}[0-9]{6}\\([0-9A]\\)|[STFGMP][0-9]{7}[A-Z])(?![A-Za-z0-9_]|-[0-9A-Za-z])",
      .window = 24,
      .confidence = 0.9f,
      .validate = v_checked_national_id,
  },
  {
      /* (g23-ids) The Ghana Card's personal identification number "GHA-718824035-6" wherever
       * written (a column, a JSON value): GHA, nine digits, a check digit, a layout no other
       * number has; not a form's placeholder of one digit repeated ("GHA-000000000-0") */
      .id = "gh-card-pin",
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_ghana_pin,
      .pattern = "(?<![A-Za-z0-9_\\-])(?-i:GHA)-(?!([0-9])\\1{8})[0-9]{9}-[0-9](?![0-9A-Za-z_]|[\\-"
                 "/][0-9A-Za-z])",
      .window = 20,
      .confidence = 0.9f,
  },
  {
      /* The Emirates ID "784-1987-4410923-6": 784, the birth year, seven digits, a Luhn key
       * (g18-ids). */
      .id = "emirates-id",
      .prefilter = pf_checked_national_id,
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_DIGIT,
      .first_bytes = "7",
      .after_run = "-",
      .min_digits = 15,
      .first_run_min = 3,
      .first_run_max = 3,
      .pattern = "784-[0-9]{4}-[0-9]{7}-[0-9](?![A-Za-z0-9_]|-[0-9A-Za-z])",
      .window = 24,
      .confidence = 0.9f,
      .validate = v_checked_national_id,
  },
  {
      /* (g22-ids) Belgium's national number in its printed layouts, "85.07.30-033.28",
       * "850730-033-28", "850730 033 28": a birth date, a sequence and a mod-97 key, no word
       * needed (a random number of that layout passes 1 in 250). */
      .id = "be-national-number",
      .prefilter = pf_be_nn,
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_DIGIT,
      .min_digits = 11,
      .first_run_min = 2,
      .first_run_max = 6,
      .after_run = ".- ",
      .pattern = "(?<![0-9.\\-])(?:[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}[\\-. ][0-9]{3}[. ][0-9]{2}"
                 "|[0-9]{6}([\\- ])[0-9]{3}\\1[0-9]{2})" NUM_END "(?![.\\-][0-9])",
      .window = 20,
      .confidence = 0.95f,
      .validate = v_be_nn,
  },
  {
      /* (g22-ids) the same eleven digits run together, after one of its names ("NISS",
       * "registre national", "rijksregisternummer", "nn") */
      .id = "be-national-number-bare",
      .prefilter = pf_digits11,
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_DIGIT,
      .min_digits = 11,
      .first_run_min = 11,
      .first_run_max = 11,
      .pattern = "(?<![0-9.\\-])[0-9]{11}" NUM_END "(?![.\\-][0-9])",
      .window = 12,
      .confidence = 0.95f,
      .validate = v_be_nn,
      .context = ctx_be_nn,
      .needs_context = TRUE,
  },
  {
      /* (g24-ids) France's foreigner number on a residence document: "récépissé n°
       * 7501234567", "APS n° 6901847720", "carte de résident 10 ans n° 3502118840", a
       * register's "TS 3502187644", "\"titre_sejour\": {\"numero\": \"6904217853\"" (the
       * département's code first; v_fr_foreigner_number()) */
      .id = "fr-foreigner-number",
      .prefilter = pf_digits10,
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_DIGIT,
      .first_bytes = "123456789",
      .min_digits = 10,
      .first_run_min = 10,
      .first_run_max = 10,
      .pattern = "(?<![0-9.\\-])[1-9][0-9]{9}" NUM_END "(?![.\\-][0-9])",
      .window = 12,
      .confidence = 0.88f,
      .validate = v_fr_foreigner_number,
      .context = ctx_fr_foreigner,
      .needs_context = TRUE,
  },
  {
      /* (g22-ids) Luxembourg's matricule "1984031204721": a real birth date, a sequence, a
       * Luhn and a Verhoeff key (1 in 100 random numbers of a date pass) */
      .id = "lu-matricule",
      .prefilter = pf_digits13,
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_DIGIT,
      .first_bytes = "12",
      .min_digits = 13,
      .first_run_min = 13,
      .first_run_max = 13,
      .pattern = "(?<![0-9.\\-])(?:19|20)[0-9]{11}" NUM_END "(?![.\\-][0-9])",
      .window = 14,
      .confidence = 0.96f,
      .validate = v_lu_matricule,
  },
  {
      /* (g22-ids) Switzerland's AVS/AHV number "756.3141.5926.58": a person's account with
       * the social insurance (CUSTOMER_ID, like a PPSN), 756 and an EAN-13 key */
      .id = "ch-avs",
      .prefilter = pf_digits13,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_DIGIT,
      .first_bytes = "7",
      .min_digits = 13,
      .first_run_min = 3,
      .first_run_max = 13,
      .pattern = "(?<![0-9.\\-])756([. ]?)[0-9]{4}\\1[0-9]{4}\\1[0-9]{2}" NUM_END "(?![.\\-][0-9])",
      .window = 18,
      .confidence = 0.96f,
      .validate = v_ch_avs,
  },
  {
      /* (g22-ids) South Africa's identity number without its name: thirteen digits (or
       * 6-4-3), a real birth date, citizenship 0 or 1, 8 or 9, a Luhn key (1 in 2,000
       * random numbers pass) */
      .id = "za-id-bare",
      .prefilter = pf_digits13,
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_DIGIT,
      .min_digits = 13,
      .first_run_min = 6,
      .first_run_max = 13,
      .pattern = "(?<![0-9.\\-])(?:[0-9]{13}|[0-9]{6} [0-9]{4} [0-9]{3})" NUM_END "(?![.\\-][0-9])",
      .window = 16,
      .confidence = 0.93f,
      .validate = v_za_id_bare,
  },
  {
      /* (g22-ids) Malaysia's MyKad "850317-10-5542": a real birth date, a place of birth
       * code, four digits */
      .id = "my-nric",
      .prefilter = pf_digits12,
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_DIGIT,
      .after_run = "-",
      .min_digits = 12,
      .first_run_min = 6,
      .first_run_max = 6,
      .pattern = "(?<![0-9.\\-])[0-9]{6}-[0-9]{2}-[0-9]{4}" NUM_END "(?![.\\-][0-9])",
      .window = 16,
      .confidence = 0.93f,
      .validate = v_my_nric,
  },
  {
      /* (g26-ids) Ireland's PPS number by its layout and check letter alone: "5518209I",
       * "6043118DA" (CUSTOMER_ID, a person's social and health number) */
      .id = "ie-ppsn",
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_DIGIT,
      .after_run = "ABCDEFGHIJKLMNOPQRSTUVW",
      .min_digits = 7,
      .first_run_min = 7,
      .first_run_max = 7,
      .pattern = "(?<![0-9A-Za-z_\\-/.])[0-9]{7}[A-W][A-IW]?(?![0-9A-Za-z_]|[\\-/][0-9A-Za-z])",
      .window = 12,
      .confidence = 0.9f,
      .validate = v_ppsn_shape,
  },
  {
      /* (g25-ids) Tanzania's NIDA "19780312-11101-00027-18": a birth date year first, five,
       * five and two digits; no other number is written in that layout */
      .id = "tz-nida",
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_DIGIT,
      .first_bytes = "12",
      .after_run = "-",
      .min_digits = 20,
      .first_run_min = 8,
      .first_run_max = 8,
      .pattern
      = "(?<![0-9.\\-])(?:19|20)[0-9]{6}-[0-9]{5}-[0-9]{5}-[0-9]{2}" NUM_END "(?![.\\-][0-9])",
      .window = 26,
      .confidence = 0.92f,
      .validate = v_tz_nida,
  },
  {
      /* (g25-ids) a NIR glued between a fixed-width export's fields, beside the birth date
       * it holds (m_nir_glued()) */
      .id = "fr-nir-glued",
      .type = VOILE_TYPE_FR_NIR,
      .anchors = VOILE_ANCHOR_DIGIT,
      .min_digits = 23,
      .first_run_min = 23,
      .first_run_max = 0,
      .match = m_nir_glued,
      .window = 64,
      .confidence = 0.95f,
  },
  {
      /* (g25-ids) the birth date glued to that NIR ("15081975" of
       * "15081975175086912304520…") */
      .id = "fr-nir-glued-birth-date",
      .type = VOILE_TYPE_DATE_OF_BIRTH,
      .anchors = VOILE_ANCHOR_DIGIT,
      .min_digits = 23,
      .first_run_min = 23,
      .first_run_max = 0,
      .match = m_nir_glued_birth_date,
      .window = 64,
      .confidence = 0.9f,
  },
  {
      /* (g22-ids) Pakistan's CNIC "37405-2210984-6": a province digit 1-7, five, seven and
       * one digits; no other number is written in that layout */
      .id = "pk-cnic",
      .prefilter = pf_digits13,
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_DIGIT,
      .first_bytes = "1234567",
      .after_run = "-",
      .min_digits = 13,
      .first_run_min = 5,
      .first_run_max = 5,
      .pattern = "(?<![0-9.\\-])[1-7][0-9]{4}-[0-9]{7}-[0-9]" NUM_END "(?![.\\-][0-9])",
      .window = 16,
      .confidence = 0.92f,
      .validate = v_pk_cnic,
  },
  {
      /* (g22-ids) Sri Lanka's old identity card "752631984V": nine digits, the day of the
       * year (001-366, +500 for women), the letter V */
      .id = "lk-nic-old",
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_DIGIT,
      .after_run = "Vv",
      .min_digits = 9,
      .first_run_min = 9,
      .first_run_max = 9,
      .pattern = "(?<![0-9.\\-])[0-9]{9}[Vv]" WORD_END "(?![.\\-][0-9A-Za-z])",
      .window = 12,
      .confidence = 0.9f,
      .validate = v_lk_nic,
  },
  {
      /* (g22-ids) its new twelve digits "198467301255" after its name */
      .id = "lk-nic-new",
      .prefilter = pf_digits12,
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_DIGIT,
      .first_bytes = "12",
      .min_digits = 12,
      .first_run_min = 12,
      .first_run_max = 12,
      .pattern = "(?<![0-9.\\-])(?:19|20)[0-9]{10}" NUM_END "(?![.\\-][0-9])",
      .window = 13,
      .confidence = 0.9f,
      .validate = v_lk_nic,
      .context = ctx_lk_nic,
      .needs_context = TRUE,
  },
  {
      /* (g22-ids2) Romania's personal numeric code (CNP) "1831208134562" wherever written:
       * the sex and century, a real birth date, a county code, a sequence, a mod-11 key
       * (about 1 in 700 random thirteen digits pass) */
      .id = "ro-cnp",
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_DIGIT,
      .first_bytes = "123456789",
      .min_digits = 13,
      .first_run_min = 13,
      .first_run_max = 13,
      .match = m_ro_cnp,
      .window = 14,
      .confidence = 0.9f,
  },
  {
      /* (g22-ids2) China's resident identity number "11010519491231002X": a region, a real
       * birth date of 1900-2099, a sequence, a MOD 11-2 key (0-9 or X) */
      .id = "cn-resident-id",
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_DIGIT,
      .first_bytes = "12345678",
      .min_digits = 17,
      .first_run_min = 17,
      .first_run_max = 18,
      .match = m_cn_ric,
      .window = 19,
      .confidence = 0.92f,
  },
  {
      .id = "id-document",
      .prefilter = pf_id_document,
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_id_document,
      .pattern
      = "(?i:passeport|passa?port|pi[èe]ce[ ]+d['’]identit[ée]"
        /* Morocco's "CNIE", its electronic identity card */
        "|carte[ ]+(?:nationale[ ]+)?(?:d['’])?identit[ée]|cnie?|identity[ _]+(?:card|document)"
        /* (g20-ids) Portugal's citizen card and former identity card */
        "|cart[ãa]o[ ]+de[ ]+cidad[ãa]o|bilhete[ ]+de[ ]+identidade"
        /* a KYC payload's enumerated kinds: "ID_CARD", "DRIVING_LICENSE" */
        "|id[ _]+card|national[ ]+id(?:entity)?(?:[ ]+card)?|titre[ ]+de[ ]+s[ée]jour"
        /* the licences a State issues to one person to drive, to steer a boat, to hunt */
        "|permis[ ]+(?:de[ ]+conduire|de[ ]+chasser|c[ôo]tier|hauturier|fluvial|bateau"
        "|(?:de[ ]+)?plaisance)|driving[ _]+licen[cs]e|driver['’]?s?[ _]+licen[cs]e"
        "|carte[ ]+de[ ]+s[ée]jour|residence[ _]+permit|licen[cs]e[ ]+(?:number|no\\.?|n°)"
        /* (g20-ids) Australia's States and Territories before "licence": a driver licence
         * ("NSW licence 18442730", "VIC licence 042 117 893"), the way Australians write it */
        "|(?<=(?-i:NSW|VIC|Vic|QLD|Qld|TAS|Tas|ACT)[ ]|(?-i:SA|WA|NT)[ ])licen[cs]e"
        /* Canada's and the US's permanent residents' cards ("PR card # PA0719283") */
        "|permanent[ ]+resident(?:[ ]+\\(PR\\))?[ ]+card|(?-i:PR)[ ]+card|green[ ]+card"
        /* Trinidad's and Ireland's "driver's permit", an international "driving permit";
         * a State's "work permit" (Canada's, the US EAD card), not a site's "hot work permit" */
        "|driv(?:er['’]?s?|ing)[ ]+permit|(?<!hot[ ])work[ ]+permit"
        /* "DL# D1234567", "US DL (NY) 742 118 903": a driver's licence in its two letters,
         * only with a number sign or a State in brackets after them, not a download */
        "|(?<![A-Za-z])(?-i:DL)(?=[ ]*(?:#|\\([A-Z]{2}\\)|(?i:no\\b|no\\.|num)))"
        /* "TX DL: 21874405", "TX DL 40917722": a State's two capitals before the letters
         * say whose licence it is; a colon or the number follows */
        "|(?<![A-Za-z][A-Z]{2}[ ])(?<=[A-Z]{2}[ ])(?-i:DL)(?=[ ]*:|[ ]+[A-Z]?[0-9])"
        /* a DMV's "DL/ID #: D4819270" */
        "|(?<![A-Za-z])(?-i:DL)(?=/ID[ ]*[#:])"
        /* Pakistan's computerised national identity card, Spain's DNI */
        "|(?-i:CNIC|DNI)"
        /* "(BRP ZX9041827)": a UK biometric residence permit */
        "|(?-i:BRP)|biometric[ ]+residence[ ]+permit"
        /* a manifest's "permis 790312200458": the number right after the word, not
         * "permis de construire n° …" */
        "|permis(?=[ ]+[A-Z0-9]*[0-9][A-Z0-9]{5})"
        /* "licence C4127-55039-80612 (Ontario)": a province or a State after the number
         * says who issued it, not a software's or a sports federation's licence */
        "|licen[cs]e(?=[ ]*[:#]?[ ]*[A-Z0-9]*[0-9][A-Z0-9-]{5,22}[ ]+\\("
        "(?-i:[A-Z]{2}|Ontario|Qu[ée]bec|Alberta|Manitoba|Saskatchewan|Nova Scotia"
        "|New Brunswick|British Columbia|Newfoundland|Victoria|Queensland|Tasmania"
        "|New South Wales|California|Texas|Florida|New York|Illinois|Georgia)\\))"
        /* "Licence: MORGA657054SM9IJ": a DVLA number needs no other word */
        "|licen[cs]e(?=[ ]*[:#]?[ ]*"
        "[A-Z][A-Z9]{4}[0-9]{6}[A-Z][A-Z9][0-9][A-Z0-9]{2}(?![A-Za-z0-9]))"
        /* airline passenger lists: "PP A09384751" */
        "|(?-i:PP)(?=[ ]+[A-Z]?[0-9]{7,9}(?![A-Za-z0-9]))"
        /* other countries' passports and identity cards, in their own words; the
         * EU Settlement Scheme's share code */
        "|personalausweis|reisepass|dow[óo]d[ ]+osobisty|paszport|identiteitskaart"
        "|paspoort|pasaporte|documento[ ]+(?:nacional[ ]+)?de[ ]+identidad"
        "|carta[ ]+d['’]identit[àa]|passaporto|c[ée]dula|share[ ]+code|e-?visa)"
        /* "Passeport (pages 2-3)": a remark in brackets is no number */
        "s?" WORD_END
        "(?:[^\\n\\r0-9(]|\\((?![ ]*(?i:n[°º]|no\\b|num))[^)\\n\\r]{0,24}\\)|\\(){0,40}?"
        /* "passeport turc\nn° U18427735": the number sign opens the next line */
        "(?:\\r?\\n[ \\t]*(?=(?i:n[°º]|no\\b|num))[^\\n\\r0-9]{0,12}?"
        /* "a copy of his Polish ID card\n(CAX 418273)": the number in brackets opens the
         * next line */
        "|\\r?\\n[ \\t]*\\((?=[A-Z0-9][A-Z0-9 ]{4,19}\\))"
        /* a chat's answer: "…permis de conduire ?", "Vous · 09:13", the number */
        "|(?<=\\?)[ \\t]*\\r?\\n[^\\n\\r0-9]{1,40}[0-9]{1,2}:[0-9]{2}[^\\n\\r0-9]{0,8}"
        "\\r?\\n[ \\t]*)?(?<![A-Za-z0-9])"
        /* a digit in the number's first groups: "HADDAD Karim|MJ4387210" is read
         * past the name */
        "(?=[A-Z0-9]*[ /\\-]?[A-Z0-9]*[0-9])"
        /* (g20-ids) Portugal's citizen card in full, "30418572 6 ZY3": its number, a check
         * digit, the card's version and check */
        "([0-9]{8}[ ][0-9][ ]?[A-Z]{2}[0-9]|"
        "[0-9]{2}[ ]?[A-Z]{2}[ "
        "]?[0-9]{5}|[A-Z0-9]{6,20}|[A-Z0-9]{1,8}(?:-[A-Z0-9]{1,8}){1,5}"
        /* (g20-ids) digits in threes after a first group ("042 117 893", Pennsylvania's
         * "28 641 905") */
        "|[0-9]{2,4}(?:[ ][0-9]{3}){2}(?![ ]?[0-9])"
        /* Michigan "H 556 127 904 381": a letter, then groups of digits */
        "|[A-Z](?:[ ][0-9]{3,4}){3,4}(?![ ]?[0-9])"
        /* Poland's "ZAB 418273", a share code "W7K 2RP 9XH", Morocco's "11/304567" */
        "|[A-Z]{3}[ ][0-9]{6}|[A-Z0-9]{3}[ ][A-Z0-9]{3}[ ][A-Z0-9]{3}|[0-9]{2}/[0-9]{6}"
        /* (g20-ids) Greece's identity card in Latin letters, "AH 512847" */
        "|[A-Z]{2}[ ][0-9]{6}(?![0-9]))" WORD_END "(?!-[A-Za-z0-9])",
      .group = 1,
      .window = 120,
      .confidence = 0.85f,
      .validate = v_id_document,
  },
  {
      /* "NIN 70118436255", "\"trn\": \"118-442-907\"", "CURP: CANR890312HJCRVF04", "Voter card
       * 90F5B1A2C3294781": a country's identity number after its name, in a form's field, a
       * table's cell or a JSON key; v_national_id() checks the shape the name promises. */
      .id = "national-id-number",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_national_id,
      .pattern
      = "(?<![A-Za-z])(?:(?-i:NIN|TRN|CURP|NRIC|PESEL|CNP|CIN|PCN|NRC|NIE)|(?<=\")(?-i:nin|trn|"
        "curp|nie)(?="
        "\")"
        "|(?i:voter['’]?s?[ ]+(?:card|id(?:[ ]+card)?)|philsys|teudat[ ]+zehut"
        "|national[ ]+identi(?:ty|fication)[ ]+(?:number|no\\.?)"
        "|emirates[ ]+id|ghana[ ]+card))\"?(?![A-Za-z])"
        /* "PhilSys Card No. (PCN): …", "CIN n° …" */
        "(?:[ ]+(?i:no\\.?|nr\\.?|n[°º]|number|num|card|#)){0,2}(?:[ ]*\\([A-Z]{2,6}\\))?"
        /* (g25-ids) a form's dotted leader ("NRC ............. 318452/67/1"), a sentence's
         * verb ("mon NIE c'est Y4821930K", "my NIN is …") */
        "[ \t]*(?:\\.{2,}[ \t]*)?[:#=]?[ \t]*(?:(?i:c['’]est|is|es)[ ]+)?\"?"
        /* the Emirates ID's "784-1979-4512368-2": 784, the birth year, seven digits, a key */
        "([A-Z0-9]{6,20}|784-[0-9]{4}-[0-9]{7}-[0-9]|[0-9]{2,5}(?:[ \\-][0-9]{2,5}){1,3}"
        /* (g23-ids) Zambia's NRC "311874/10/1" */
        "|[0-9]{6}/[0-9]{2}/[0-9]"
        /* (g25-ids) Spain's NIE "Y-2817364-K" */
        "|[XYZ][\\- ][0-9]{7}[\\- ][A-Z])" WORD_END "(?![\\-/][A-Za-z0-9])",
      .group = 1,
      .window = 64,
      .confidence = 0.85f,
      .validate = v_national_id,
  },
  {
      /* (g18-ids) "NID 19874418273350612", "DPI 2418 77302 0101", "UMID CRN 0111-4472183-9",
       * "Ghana Card: GHA-718824035-6": a country's identity number after its capitals, the
       * digits' count the name promises (v_national_id_g18()). */
      .id = "national-id-number-g18",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_national_id_g18,
      .pattern = "(?|(?<![A-Za-z])(?-i:NID|DPI|UMID)(?:[ ]+(?-i:CRN|No\\.?|no\\.?|#))?[ \\t]*[:#=]?"
                 "[ \\t]*\"?([0-9]{4}[ ][0-9]{5}[ ][0-9]{4}|[0-9]{4}-[0-9]{7}-[0-9]|[0-9]{10,17})"
                 "|(?i:ghana[ ]+card)(?:[ ]+(?i:no\\.?|number|#))?[ \\t]*[:#=]?[ \\t]*"
                 "(GHA-[0-9]{9}-[0-9]))(?![0-9A-Za-z]|[\\-/][0-9A-Za-z])",
      .group = 1,
      .window = 64,
      .confidence = 0.85f,
      .validate = v_national_id_g18,
  },
  {
      /* (g25-ids) a visa's grant number after "grant no." or a "grant_no" key, a visa's
       * word before it (v_visa_grant()) */
      .id = "visa-grant-number",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_visa_grant,
      .pattern = "(?i:grant)(?:[ _]?(?i:no\\.?|number|num|#)){1,2}\"?[ \t]*[:#=]?[ \t]*\"?"
                 "([0-9]{4}[ ][0-9]{4}[ ][0-9]{4,5}|[0-9]{10,13}|(?-i:[A-Z]{2,4})[0-9]{10,13})"
                 "(?![0-9A-Za-z_]|[.,\\-/][0-9])",
      .group = 1,
      .window = 64,
      .confidence = 0.85f,
      .validate = v_visa_grant,
  },
  {
      /* (g24-ids) "QID ........ 29152412873", "iqama no. 2390018475", "<CPR>880219334</CPR>",
       * "\"nik\": \"3327125408950003\"", "Nat'l ID : 1047729318", "resident card 128847305",
       * "labour card 118443290": a Gulf State's or Indonesia's identity number after its own
       * name, the layout the name promises checked (v_gulf_asia_national_id()). */
      .id = "gulf-asia-national-id",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_gulf_asia_id,
      .pattern = "(?<![A-Za-z])(?:(?-i:QID|CPR|NIK|KTP)|(?<=[\"'])(?-i:qid|cpr|nik|ktp)(?=[\"'])"
                 "|(?i:iqama|nat['’.]l[ ]+id|residen(?:t|ce)[ ]+card|labou?r[ ]+card))"
                 "[\"'>]?(?:[ ]+(?i:no\\.?|nr\\.?|n[°º]|number|num|#)){0,2}[ \t]*"
                 "(?:\\.{2,}[ \t]*)?[:#=]?[ \t]*[\"']?([0-9]{7,16})"
                 "(?![0-9A-Za-z_]|[.,\\-/][0-9])",
      .group = 1,
      .window = 100,
      .confidence = 0.85f,
      .validate = v_gulf_asia_national_id,
  },
  {
      /* (g24-ids) an airline booking's SSR DOCS element (IATA's advance passenger data, as
       * GDS displays and APIS exports print it): "SSR DOCS AI HK1 P/IND/Z4871236/IND/22AUG84/
       * M/17MAR32/SHARMA/RAHUL": the document's kind (P a passport, I or C an identity
       * card, A an alien card), the issuing State, the number, the nationality, the birth
       * date; the number between them is a travel document's. */
      .id = "ssr-docs",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_ssr_docs,
      .pattern
      = "(?-i:DOCS)(?:[ ]+[A-Z0-9]{2})?(?:[ ]+[A-Z]{2}[0-9])?[ ]*/?(?-i:[PIACF])/"
        "(?-i:[A-Z]{2,3})/([A-Z0-9]{5,15})/(?-i:[A-Z]{2,3})/[0-9]{2}(?-i:[A-Z]{3})[0-9]{2}/",
      .group = 1,
      .window = 80,
      .confidence = 0.9f,
  },
  {
      /* (g24-ids) France's driving licence after "permis", its category, a form's dots or a
       * number's word between: "Permis n° 13AB25871", "Permis C/CE n° 830638100452",
       * "Permis B ........: oui — n° 220468100317", "numéro de permis : j'ai 13AC45781". Its
       * two layouts only: since 2013 two digits, two capitals, five digits; before, twelve
       * digits after a number's word. Not a building permit's ("permis de construire",
       * "d'aménager", "de démolir"). */
      .id = "fr-permis-conduire",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_fr_permis,
      .pattern
      = "(?i:permis)(?![ ]+(?i:de[ ]+(?:construire|d[ée]molir|lotir|visite)|d['’]am[ée]nager"
        "|de[ ]+s[ée]jour))(?![A-Za-z])[^\\n\\r0-9]{0,40}?(?<![A-Za-z0-9])"
        "(?|([0-9]{2}[A-Z]{2}[0-9]{5})|(?<=[°º:][ ]|[°º:])([0-9]{12}))"
        "(?![0-9A-Za-z_]|[.,\\-/][0-9A-Za-z])",
      .group = 1,
      .window = 80,
      .confidence = 0.85f,
  },
  {
      /* India's Aadhaar: twelve digits in fours, after the word, also on the next line
       * ("Aadhaar of the surety, his cousin\nMahesh Gaikwad: 4921 7730 5186"). */
      .id = "in-aadhaar",
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_aadhaar,
      .pattern = "(?i:aadhaa?r)[^\\n\\r0-9]{0,60}?(?:\\r?\\n[^\\n\\r0-9]{0,60}?)?(?<![0-9])"
                 "([2-9][0-9]{3}([ \\-]?)[0-9]{4}\\2[0-9]{4})" NUM_END,
      .group = 1,
      .window = 160,
      .confidence = 0.85f,
  },
  {
      /* "Seaman's book: AB 0472119", "SIRB: A0914427", "civil ID 287041903318" (see
       * kw_seafarer_document): documents a State issues to prove who one is. */
      .id = "seafarer-document",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_seafarer_document,
      .pattern
      = "(?:(?i:seaman['’]?s?[ ]+book|seafarer['’]?s?[ ]+(?:identity[ ]+document"
        "|id(?:entity)?|book)|civil[ ]+id(?:[ ]+card)?)|SIRB)"
        "(?:[ ]+(?i:no\\.?|number|#))?[ \\t]*[:#]?[ \\t]*"
        "((?:[A-Z]{1,3}[ ])?[A-Z]{0,3}[0-9][0-9A-Z]{4,14})" WORD_END "(?![\\-/][A-Za-z0-9])",
      .group = 1,
      .window = 64,
      .confidence = 0.85f,
      .validate = v_id_document,
  },
  {
      /* India's PAN (income-tax card), printed on the card and asked for in KYC forms:
       * five letters (the fourth says who holds it: P a person, C a company…), four
       * digits, a letter. */
      .id = "in-pan",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_pan,
      .pattern = "(?:PAN|Pan|pan|(?i:permanent[ ]account[ ]number))"
                 "(?:[ ]+(?i:no\\.?|number|card|is|n°|#)){0,3}[ ]*[:\\-]?[ ]*"
                 "([A-Z]{3}[PCHFATBLJG][A-Z][0-9]{4}[A-Z])" WORD_END,
      .group = 1,
      .window = 64,
      .confidence = 0.85f,
  },
  {
      /* South Africa's identity number, printed on the green book and the smart card and
       * asked for as "ID no": the birth date, a sequence, citizenship, a Luhn digit. */
      .id = "za-id-number",
      /* no digit on the label's line when the number is on the next one */
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_za_id,
      .pattern = "(?i:id|identity)(?:[ ]+(?i:no\\.?|nr\\.?|num(?:ber)?|document))?"
                 /* "ID no. given for verification:\n  8804155123083.": a few words, then the
                  * number on the next line (the birth date and the Luhn digit tell it) */
                 "(?:(?:[ ]+[a-z]{2,14}){1,4}[ ]*:[ ]*\\r?\\n[ \\t]*|[ ]*[:#]?[ ]*)"
                 "([0-9]{6}[ ]?[0-9]{4}[ ]?[0-9]{3})" NUM_END,
      .group = 1,
      .window = 80,
      .confidence = 0.9f,
      .validate = v_za_id_number,
  },
  {
      .id = "plate-siv",
      .prefilter = pf_plate,
      .type = VOILE_TYPE_LICENSE_PLATE,
      .anchors = VOILE_ANCHOR_UPPER_DIGIT,
      .pattern = "[A-HJ-NP-TV-Z]{2}([\\- ])[0-9]{3}\\1[A-HJ-NP-TV-Z]{2}" WORD_END "(?!-[0-9A-Z])",
      .window = 12,
      .confidence = 0.9f,
      .validate = v_plate_siv,
      .context = ctx_plate,
      .context_confidence = 0.97f,
  },
  {
      .id = "plate-siv-compact",
      .prefilter = pf_plate_compact,
      .type = VOILE_TYPE_LICENSE_PLATE,
      .anchors = VOILE_ANCHOR_UPPER_DIGIT,
      .pattern = "[A-HJ-NP-TV-Z]{2}[0-9]{3}[A-HJ-NP-TV-Z]{2}" WORD_END,
      .window = 10,
      .confidence = 0.92f,
      .validate = v_plate_siv,
      .context = ctx_plate,
      .needs_context = TRUE,
  },
  {
      /* (session 22, g22-addr) the neighbours' plates beside a plate's or a vehicle's word:
       * Belgium's "1-GVB-418" (a digit, three capitals, three digits), Switzerland's "VD 482
       * 316" (a canton's code and up to six digits), Québec's "V47 KRM" and "FXL 2041" are
       * not read: a capital, two digits, three capitals only. A UK plate is none (corpus
       * README, set-4). */
      .id = "plate-neighbours",
      .prefilter = pf_plate_neighbours,
      /* the DIGIT anchor's byte tests: Belgium's "1-" only */
      .first_run_min = 1,
      .first_run_max = 1,
      .after_run = "-",
      .type = VOILE_TYPE_LICENSE_PLATE,
      .anchors = VOILE_ANCHOR_UPPER_DIGIT | VOILE_ANCHOR_DIGIT,
      .pattern = "(?:[1-9]-[A-Z]{3}-[0-9]{3}"
                 "|(?:AG|AI|AR|BE|BL|BS|FR|GE|GL|GR|JU|LU|NE|NW|OW|SG|SH|SO|SZ|TG|TI|UR|VD|VS|ZG"
                 "|ZH)[ ][1-9][0-9]{0,2}(?:[ ][0-9]{3})?"
                 "|[A-Z][0-9]{2}[ ][A-Z]{3})" WORD_END "(?![ \\-][0-9A-Z])",
      .window = 12,
      .confidence = 0.85f,
      .context = ctx_plate,
      .needs_context = TRUE,
  },
  {
      .id = "plate-fni",
      .prefilter = pf_capitals_after,
      /* pf_capitals_after(): two capitals after the separator. */
      .after_spaces = UPPER_LETTERS,
      .after_run = " -",
      .type = VOILE_TYPE_LICENSE_PLATE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "[0-9]{2,4}([ \\-])[A-HJ-NP-TV-Z]{2,3}\\1"
                 "(?:0[1-9]|[1-8][0-9]|9[0-5]|2[AB]|97[1-6])" WORD_END,
      .min_digits = 2,
      .first_run_min = 2,
      .first_run_max = 4,
      .window = 16,
      .confidence = 0.75f,
      .validate = v_plate_fni,
      .context = ctx_plate,
      .context_confidence = 0.95f,
  },

  {
      /* (session 26, g26-plates) any country's registration after a plate's or a
       * registration's word: "reg PX23 KFD", "rego KQ 48 7T", "Plate IN 391TKM", "FL tag
       * QRV J82" (a State's code before "tag"), "Kennzeichen M AB 1234" (corpus README:
       * a plate says whose car it is, whatever its country) */
      .id = "plate-labelled",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_LICENSE_PLATE,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_plate_words,
      .pattern = "(?<![\\-_/.])(?:(?<=[A-Z]{2}[ ])(?i:tag)"
                 "|(?i:registration|reg|rego|vrm|vrn|plates?|immat(?:riculation)?"
                 "|plaques?(?:[ ]d'immatriculation)?|kennzeichen|matr[ií]cula|targa))"
                 "\\.?(?:[ ]+(?i:no\\.?|nr\\.?|number|n°|#|plate|is|was)){0,3}[ ]*[:#\\-]?[ ]*"
                 "([A-Z0-9]{1,4}(?:[ \\-]?[A-Z0-9]{1,4}){0,3})" WORD_END "(?![ \\-][0-9A-Z]|/)",
      .group = 1,
      .window = 48,
      .confidence = 0.85f,
      .validate = v_plate_labelled,
  },
  {
      /* (session 26, g26-plates) Great Britain's current plate by its shape alone
       * ("WR68 PZT"); without its space only after a plate's word ("reg LD19XKM") */
      .id = "plate-gb",
      .prefilter = pf_plate_gb,
      .type = VOILE_TYPE_LICENSE_PLATE,
      .anchors = VOILE_ANCHOR_UPPER_DIGIT,
      .pattern = "[A-Z]{2}[0-9]{2}[ ]?[A-Z]{3}" WORD_END "(?![ \\-][0-9A-Z])",
      .window = 10,
      .confidence = 0.85f,
      .validate = v_plate_gb,
      .context = ctx_plate_gb,
      .context_confidence = 0.95f,
  },
  {
      /* (session 26, g26-plates) Ireland's plate by its shape alone: year, county, number
       * ("152-KE-3318", "06-D-41237") */
      .id = "plate-ie",
      .prefilter = pf_plate_ie,
      .after_run = "-",
      .type = VOILE_TYPE_LICENSE_PLATE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "[0-9]{2,3}-[A-Z]{1,2}-[1-9][0-9]{0,5}" WORD_END "(?![\\-/.][0-9A-Za-z])",
      .min_digits = 2,
      .first_run_min = 2,
      .first_run_max = 3,
      .window = 16,
      .confidence = 0.85f,
      .validate = v_plate_ie,
  },

  /* ---- network ----------------------------------------------------------------------- */
  {
      .id = "ipv4",
      .prefilter = pf_ipv4,
      .after_run = ".",
      .type = VOILE_TYPE_IP_ADDRESS,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
                 "(?:\\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}"
                 "(?:/[0-9]{1,2})?(?![0-9A-Za-z_]|\\.[0-9A-Za-z])",
      .min_digits = 4,
      .first_run_min = 1,
      .first_run_max = 3,
      .window = 24,
      .confidence = 0.9f,
      .validate = v_ipv4,
  },
  {
      .id = "ipv6",
      .type = VOILE_TYPE_IP_ADDRESS,
      .anchors = VOILE_ANCHOR_HEX_COLON,
      .match = m_ipv6,
      .window = 48,
      .confidence = 0.9f,
  },

  /* ---- addresses ----------------------------------------------------------------------- */
  {
      /* Maghreb and West African addresses name the quarter, then the house's number:
       * "Derb Sidi Ahmed Chaoui, n° 12", "Cité Keur Gorgui, villa n° 47", "Hay Riad, lot
       * n° 215", "Quartier Akwa, n° 8". */
      .id = "street-quarter-number",
      .needs_digit = TRUE,
      .prefilter = pf_quarter_route,
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_named_quarters,
      .pattern
      = "(?i:derb|cit[ée]|hay|quartier|lotissement|lot\\.|(?=route[ ]+[dl])route)[ ]+"
        "(?:(?:de|du|des|la|le|les|el|al|ben|ibn)[ ]+|[dlDL]['’])*"
        /* "Cité des 200 Logements": the number of its flats names the estate */
        "(?:[0-9]{1,4}[ ]+(?=\\p{Lu}))?\\p{Lu}[\\p{L}'’\\-]*"
        "(?:[ ]+(?:(?:de|du|des|la|le|les|el|al|ben|ibn)[ ]+)?\\p{Lu}[\\p{L}'’\\-]*){0,4}"
        /* (session 22, g22-addr2) the Maghreb's roads named for the town they lead to, and
         * their kilometre: "Route de Tunis km 4, rue 12 n° 7", "Route de Gabès km 2,5" */
        "(?:(?<=[\\p{L}])[ ]+(?i:km)[ ]?[0-9]{1,3}(?:,[0-9])?(?![0-9]))?"
        /* (session 20, g20-addr) a building, or a numbered street of the quarter,
         * before the house's number: "Cité des 200 Logements, Bt 4 n° 12", "Hay
         * Mohammadi, rue 42 n° 17", "Cité El Khadra, rue 7 novembre n° 23" */
        "(?:,?[ ]+(?i:b[âa]t(?:iment)?\\.?|bt|bloc|imm(?:euble)?\\.?)[ ]*(?:[0-9]{1,3}|[A-Z])"
        "(?=,?[ ]+(?i:n[°º]|no\\.?|num[ée]ro)[ ]?[0-9])"
        "|,[ ]*(?i:rue|avenue|av\\.|bd|boulevard|impasse|derb)"
        "(?:[ ]+(?:[0-9]{1,3}|\\p{L}[\\p{L}'’\\-]*)){1,4}"
        "(?=[ ]+(?i:n[°º]|no\\.?|num[ée]ro)[ ]?[0-9]))?"
        "(?:,?[ ]+(?:(?i:villa|maison|lot|immeuble|parcelle|porte)[ ]+)?"
        "(?i:n[°º]|no\\.?|num[ée]ro)[ ]?[0-9]{1,4}(?:[ ]?(?:bis|ter|[A-Da-d]))?"
        /* the Antilles' and Guiana's estates: "Lotissement Bergevin, lot 44",
         * "Quartier Bellevue, lot 17", "Cité Félix Pyat, bâtiment B" */
        "|,?[ ]+(?i:lot|villa|parcelle)[ ]+[0-9]{1,4}[A-Za-z]?"
        "|,[ ]*(?i:b[âa]t(?:iment)?\\.?|imm(?:euble)?\\.?)[ ]*(?:[0-9]{1,3}|[A-Z])"
        /* "Lot. Les Hauts de Montjoly, 9": the number alone ends the field */
        "|,[ ]*[0-9]{1,4}(?=[ \\t]*(?:$|[\\r\\n,;|\"'])))"
        "(?![0-9A-Za-z])",
      .window = 120,
      .confidence = 0.8f,
  },
  {
      .id = "street-fr",
      .after_run = " ,-\xc2"
                   "abcdqtABCD",
      .prefilter = pf_street_fr,
      /* pf_street_fr(): "bis", a letter, ',' or the street type; or other blanks. */
      .after_spaces = ASCII_LETTERS ",\t\xc2\xe2",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "(?:[0-9]{1,4}-(?=[0-9]{1,4}[ ]))?"
                 "[0-9]{1,4}(?:[ ]?(?:bis|ter|quater|[A-Da-d])(?![A-Za-z]))?,?[ ]+"
                 /* "18 grande rue de la Croix-Rousse", "3 Grand'Rue" */
                 "(?:(?i:(?:grande?|petite|vieille|haute|basse)[ "
                 "\\-]+(?=rue|route|all)|grand['’](?=rue))?" STREET_FR_TAIL
                 /* (session 22, g22-addr) Québec's numbered avenues and streets, after a
                  * civic number and its comma: "8745, 14e Avenue", "250, 1re Rue Ouest" */
                 "|(?<=,[ ])[0-9]{1,2}(?:e|re|er)[ ]+(?i:avenue|rue|rang)"
                 "(?:[ ]+(?:Nord|Sud|Est|Ouest))?(?![\\p{L}0-9]))",
      .min_digits = 1,
      .first_run_min = 1,
      .first_run_max = 4,
      .window = 160,
      .confidence = 0.88f,
      .validate = v_street_number,
  },
  {
      .id = "street-en",
      .prefilter = pf_street_en,
      /* pf_street_en(): no lower-case word after the number. */
      .after_spaces = UPPER_LETTERS DIGITS "'-" HIGH_BYTES,
      /* pf_street_en(): "221B Baker Street", a space after the letter. */
      .after_run_letter = " ",
      /* The pattern: a letter, a space, the unit's slash or a range's dash after the
       * number. */
      .after_run = ASCII_LETTERS " /-",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_DIGIT,
      /* "33-35 Crown St": see house_number_end() */
      .pattern = "(?:[0-9]{1,4}/|[0-9]{1,4}-(?=[0-9]{1,4}[ ]))?[0-9]{1,5}[A-Za-z]?[ ]+"
                 /* "Sc 41  EXT. COASTAL ROAD - DAWN": a script's scene heading, a setting */
                 "(?!(?:INT|EXT|I/E|INT/EXT|EXT/INT)\\.?[ ])"
                 /* "27 Hollybush\nCrescent": a PDF's line break before the type alone on its
                  * line */
                 "(?:(?:\\p{Lu}[\\p{L}'\\-]*\\.?|[0-9]{1,3}(?:st|nd|rd|th))"
                 "(?:[ ]+|[ ]*\\r?\\n(?=\\p{Lu}\\p{Ll}+\\.?[ ]*(?:\\r?\\n|,|$)))){1,4}"
                 "(?:STREET|ROAD|AVENUE|LANE|DRIVE|CRESCENT|TERRACE|GARDENS|PLACE|SQUARE|COURT"
                 "|WYND|BRAE|GROVE|CLOSE|WAY"
                 "|Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct"
                 "|Wynd|Brae|Gait|Loan|Vennel|Croft|Fold|Chase|Meadows|Heights"
                 "|Place|Pl|Way|Terrace|Close|Crescent|Square|Parkway|Pkwy|Highway|Hwy"
                 "|Gardens|Grove|Row|Mews|Hill|Quay|Brow|Green|Park|Wharf|Walk|Parade|Rise|View"
                 "|Gate|Yard|Circus|Embankment|Vale|Mount|Approach|Broadway|Path|Plaza|Alley"
                 "|Works|Court|Strand|STRAND|QUAY"
                 /* Australia's and New Zealand's abbreviations: "35 Bluewater Cres" */
                 "|Cres|Tce|Pde|Cct|Gdns|Crt|Esp|Cir|Trl"
                 /* the US Postal Service's "Terr" and "Hts" */
                 "|Terr|Hts)\\.?(?![A-Za-z])"
                 /* "88 Kimmage Road West", "1204 3rd Ave NW": a direction after the type */
                 "(?:[ ]+(?:NW|NE|SW|SE|N|S|E|W|North|South|East|West|Upper|Lower)(?![A-Za-z]))?"
                 "(?:,?[ ]+(?:Apt|Apartment|Suite|Ste|Unit|Flat)\\.?[ ]*#?[0-9A-Za-z\\-]+)?",
      .min_digits = 1,
      .first_run_min = 1,
      .first_run_max = 5,
      .window = 160,
      .confidence = 0.88f,
      .validate = v_street_number,
  },
  {
      /* (session 25, g25-addr) a US street in the capitals and abbreviations of the Postal
       * Service's standard, as machine formats and forms write it ("3715 W HAYWARD PL^^DENVER",
       * "N3*4400 SE DIVISION ST STE 120~", "+2215 W CERMAK RD+CHICAGO"): the name's words in
       * capitals, no function word nor a count's unit among them ("2 PATIENTS SEEN DR"), the
       * street ending its field: a line's end, a delimiter, two spaces, or a unit after it. */
      .id = "street-us-upper",
      .prefilter = pf_street_us_upper,
      .after_spaces = UPPER_LETTERS,
      .after_run = " ",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "[0-9]{1,5}[ ]+(?:(?:[A-Z][A-Z'\\-]*|[0-9]{1,3}(?:ST|ND|RD|TH))[ ]+){1,4}"
                 "(?:AVE|BLVD|CIR|CT|DR|HWY|LN|PKWY|PL|PLZ|RD|SQ|ST|TER|TRL|WAY)"
                 "(?:[ ]+(?:N|S|E|W|NE|NW|SE|SW))?(?:[ ]+(?:APT|STE|UNIT|FL|RM|BLDG|#)[ "
                 "]*#?[0-9]{1,5}[A-Z]?)?"
                 "(?=[ ]*(?:\\r?\\n|$)|[ ]{2}|[ ]?[,;:|^*~+'\"\\t)])",
      .min_digits = 1,
      .first_run_min = 1,
      .first_run_max = 5,
      .window = 96,
      .confidence = 0.85f,
      .validate = v_street_us_upper,
  },
  {
      .id = "street-us-lower",
      .prefilter = pf_street_us_lower,
      .after_spaces = LOWER_LETTERS,
      .after_run = " ",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "[0-9]{2,5}[ ]+(?:[nsew][ ]+)?[a-z]{3,}(?:[ ][a-z]{3,})?[ ]+"
                 "(?:rd|st|ave|blvd|ln|pkwy|hwy|road|street|avenue|lane)(?![A-Za-z0-9'’]|\\.[a-z])",
      .min_digits = 2,
      .first_run_min = 2,
      .first_run_max = 5,
      .window = 64,
      .confidence = 0.8f,
      .validate = v_street_us_lower,
  },
  {
      /* The value of an address field, whatever its form: "Home address: Flat 11, Weavers
       * Court", "\"address2\": \"Shop 3\"", "\"ligne2\": \"route de Baduel\"",
       * address_line_1="…". Low confidence: a street or postcode rule finding the same words
       * wins, this one only adds what none of them reads (house names, lots, flats). */
      .id = "address-field",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_address_fields,
      .prefilter = pf_address_field,
      .pattern
      = "(?|(?<=\")(?:(?i:(?:street|home|shipping|billing|delivery|mailing|postal|residential"
        "|permanent|current)_?)?(?i:addr(?:ess)?|adresse)(?:_?(?i:line)?_?[1-4])?"
        /* Dynamics 365 / Dataverse: "address1_line2" */
        "(?:_(?i:line)[1-3])?"
        "|(?i:ligne|line)_?[1-4]|(?i:compl[ée]ment)(?:[_](?i:adresse|address))?)"
        "\"[ ]*[:=][ ]*\"([^\"\\n]{3,80})\""
        "|(?<![\\p{L}])"
        /* "Home address": the word before read behind, so the rule runs once per key */
        "(?:(?<=(?i:home)[ ]|(?i:residential)[ ]|(?i:permanent)[ ]|(?i:postal)[ ]"
        "|(?i:mailing)[ ]|(?i:current)[ ]|(?i:previous)[ ]|(?i:street)[ ]|(?i:shipping)[ ]"
        "|(?i:billing)[ ]|(?i:delivery)[ ]|(?i:registered)[ ]|(?i:correspondence)[ ]"
        "|(?i:physical)[ ])(?i:address)"
        /* a bare "Address", not the end of "Email address", "IP address" */
        "|(?<![\\p{L}][ ])(?i:address|adresse)(?:[ ](?i:postale|personnelle|du[ ]domicile"
        "|de[ ]facturation|de[ ]livraison|line[ ]?[1-4]|ligne[ ]?[1-4]))?"
        "|(?i:compl[ée]ment[ ]d['’]adresse))[ ]*:[ ]*([^\\n\\t]{3,80}?)"
        /* the value ends with its line, its cell, or its clause in prose */
        "(?=[ ]*(?:\\r?\\n|\\t|$)|[ ]{2}|[;!?]|(?<=[a-z]{3})\\.(?:[ ]|$)|[ ][—–][ ]"
        "|,[ ]+(?:which|who|where|that|but|and|so|qui|mais|et|donc|où)[ ])"
        "|(?<![\\p{L}_])(?i:address|addr|street_address|address_line_?[12]|line[12])"
        "=\"([^\"\\n]{3,80})\")",
      .group = 1,
      .window = 160,
      .confidence = 0.6f,
      .validate = v_address_field,
  },
  {
      /* "Résidence Les Lilas, appt 12": a building's name with the flat, or alone on the
       * line above a street line. */
      .id = "residence-line",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_residences,
      .pattern
      = "(?:[Rr][ée]sidence|R[ÉE]SIDENCE|[Rr][ée]s\\.)[ "
        "]+(?:(?:Les|Le|La|Du|Des|LES|LE|LA|de|du|des)[ ]+)?"
        "(?:[dlDL]['’])?\\p{Lu}[\\p{L}'’\\-]*(?:[ ]+(?:(?:de|du|des|la|le|les)[ ]+)?"
        "\\p{Lu}[\\p{L}'’\\-]*){0,3}"
        /* "Résidence Les Tilleuls, bât. C, apt 42" */
        /* (session 24, g24-addr) a villa's or a room's number ("résidence Les Dunes, villa
         * 12", "Résidence Crous Clos-Saint-Jacques, chambre 214"), a building's letter
         * ending the part ("Résidence Les Alpages, bât. B", "RESIDENCE PAUL APPELL BAT C") */
        "(?:(?:,?[ ]*(?i:app?t\\.?|appartement|b[âa]t(?:iment)?\\.?|esc(?:alier)?\\.?|porte|n°"
        "|villa|chambre|ch\\.)"
        "[ ]*(?:[0-9]{1,4}[A-Za-z]?|[A-Z][0-9]{0,2})(?![\\p{L}0-9])){1,3}+"
        "(?:(?<=[0-9]|[0-9][A-Za-z])|(?<=[bB][âaÂA][tT][ .][A-Z]|[bB][âaÂA][tT]\\.[ ][A-Z])"
        "(?=[ ]*(?:$|[\\r\\n\\t,;|\"'(—–])))"
        "|(?=[ ]*,?[ ]*\\r?\\n[ \\t]*[0-9]{1,4}[ ,]))",
      .window = 96,
      .confidence = 0.75f,
      .validate = v_residence_line,
  },
  {
      /* Welsh: the street word first, "12 Heol y Coed", "3 Ffordd yr Eglwys". */
      .id = "street-welsh",
      .prefilter = pf_street_welsh,
      /* pf_street_welsh(): the street word's initial. */
      .after_spaces = "HFSLRCM",
      /* pf_street_welsh(): a space after the letter. */
      .after_run_letter = " ",
      .after_run = ASCII_LETTERS " ",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "[0-9]{1,4}[A-Za-z]?[ ]+(?:Heol|HEOL|Ffordd|FFORDD|Stryd|STRYD|L[ôo]n|LON"
                 "|Rhodfa|Cilgant|Maes|MAES)[ ]+(?:(?:y|yr|Y|YR)[ ]+)?"
                 "\\p{Lu}[\\p{L}'\\-]*(?:[ ]+\\p{Lu}[\\p{L}'\\-]*){0,2}",
      .min_digits = 1,
      .first_run_min = 1,
      .first_run_max = 4,
      .window = 80,
      .confidence = 0.85f,
  },
  {
      /* Welsh: a house's name, then its street without a number, "Ty Gwyn, Heol y Plas",
       * "Bryn Awel, Ffordd y Llan" (a street named alone is no address). */
      .id = "house-street-welsh",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_welsh_streets,
      .back_words = 3,
      /* "'Ty Gwyn, Heol y Plas'": an SQL string's quote before the house's name */
      .pattern = "['\"]?(?<![\\p{L}\\-])(\\p{Lu}\\p{Ll}+(?:[ ](?:y[ ]|yr[ ])?\\p{Lu}\\p{Ll}+)?,[ ]+"
                 "(?:Heol|Ffordd|L[ôo]n|Rhodfa|Cilgant)[ ]+(?:(?:y|yr)[ ]+)?"
                 "\\p{Lu}\\p{Ll}+(?:[\\-]\\p{Lu}?\\p{Ll}+)*(?:[ ]+\\p{Lu}\\p{Ll}+){0,2})" WORD_END,
      .group = 1,
      .window = 80,
      .confidence = 0.8f,
  },
  {
      /* A letterhead's street without a number, its postcode and city after a dash or a
       * comma on the same line: "Route de Montabo — 97300 Cayenne", "Chemin Ravine Blanche
       * — 97410 Saint-Pierre". The line's shape says it: a street's type opens it and a
       * French postcode and a city close it. */
      .id = "street-line-before-postcode-fr",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_street_line_fr,
      .prefilter = pf_street_opens_line,
      .pattern = "(?<=^|\\n|\\t|\"|'|,[ ]|:[ ]|;[ ]|/[ ]|—[ ]|–[ ]|-[ ]|[ ]{2})"
                 "(?:Rue|Avenue|Boulevard|Chemin|Chaussée|Place|Quai|Route|Allée|Impasse|Drève"
                 "|Square|Sentier|RUE|AVENUE|BOULEVARD|CHEMIN|PLACE|QUAI|ROUTE|ALL[EÉ]E|IMPASSE"
                 /* (session 24, g24-addr) the cadastre's and the tax office's abbreviations */
                 "|PL|CHE|RTE|BD|AV|IMP)[ ]+"
                 "(?:(?:de|du|des|la|le|les)[ ]+)*(?:[dlDL]['’])?\\p{Lu}[\\p{L}'’\\-]*"
                 "(?:[ ]+(?:(?:de|du|des|la|le|les)[ ]+)*(?:[dlDL]['’])?\\p{Lu}[\\p{L}'’\\-]*){0,4}"
                 /* a dash, a comma or a slash, a post-office box between, or spaces alone */
                 "(?=(?:[ ]*(?:—|–|-|,|/)[ ]*(?:BP[ ]+[0-9]{1,5}[ ]*(?:—|–|-|,)[ ]*)?|[ ]+)"
                 "[0-9]{5}[ ]+\\p{Lu})",
      .window = STREET_LINE_WINDOW,
      .confidence = 0.8f,
  },
  {
      /* "ZA LES BORIES", "Lieu-dit Vignola, route des Sanguinaires": places without a
       * number. */
      .id = "locality-line-fr",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_localities,
      .pattern = "(?:(?i:lieu-?dit|hameau)|ZAC?|ZI|ZAE|Zone[ ]+(?:artisanale|industrielle)"
                 "|ZONE[ ]+(?:ARTISANALE|INDUSTRIELLE))[ ]+"
                 /* "ZA de la Borde Blanche" */
                 "(?:(?:de|du|des|la|le|les|DE|DU|DES|LA|LE|LES)[ ]+){0,2}(?:[dlDL]['’])?"
                 "\\p{Lu}[\\p{L}'’\\-]*(?:[ ]+(?:(?:de|du|des|la|le|les|DE|DU|DES)[ ]+)?"
                 "\\p{Lu}[\\p{L}'’\\-]*){0,3}"
                 "(?:,[ ]*(?i:route|chemin|rue|avenue)[ ]+(?:(?:de|du|des|la|le|les)[ ]+)*"
                 "(?:[dlDL]['’])?\\p{Lu}[\\p{L}'’\\-]*)?",
      .window = 120,
      .confidence = 0.8f,
  },
  {
      /* (session 23, g23-addr) an address by its settlement, where there is no street: a
       * customary tribe's, a village's or a district's name at the start of an address
       * line, after an address label or before the postcode's line ("Tribu de Hnathalo",
       * "Domicile : village de Halalo, district de Mua, 98610 Wallis"; not "le village de
       * Giverny" in prose); a kilometre point on a road with its side or its road ("PK 14,2
       * côté montagne, servitude Teriitehau", "PK 54 RN2"; not a railway's "PK 245+300");
       * a village's numbered unit ("Purok 6 (Sitio Hagdan)"; not a land plot's "Plot 7,
       * Block C": a parcel in conveyancing). */
      .id = "locality-settlement",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_settlements,
      .pattern
      = "(?:(?:(?<![^\\n\"\\t])|(?<=:[ ])|(?<=[,;][ ])"
        "(?=[^\\n]{4,40}?(?:,[ ]*(?:[0-9]{5}[ ]|B\\.?P\\.?[ ][0-9])|[ ]*\\r?\\n)))"
        "(?i:tribu|village|district)[ ]+(?:de[ ]+(?:la[ ]+)?|du[ ]+|des[ ]+|d['’])"
        "\\p{Lu}[\\p{L}'’\\-]*(?:[ ]+\\p{Lu}[\\p{L}'’\\-]*){0,2}"
        "|(?<![\\p{L}0-9])PK[ ]?[0-9]{1,3}(?:,[0-9]{1,3})?"
        "(?=[ ]+(?:c[ôo]t[ée][ ]+(?:mer|montagne|lagon|plage)|R[NDT][ ]?[0-9]))"
        /* the side, then the servitude or the quarter it opens on: "PK 4 côté mer,
         * Maharepa" is one line (a road's "PK 54 RN2, Bois-Blanc" is two) */
        "(?:[ ]+c[ôo]t[ée][ ]+(?:mer|montagne|lagon|plage)"
        "(?:,[ ]*(?:servitude[ ]+)?\\p{Lu}[\\p{L}'’\\-]*(?:[ ]+\\p{Lu}[\\p{L}'’\\-]*){0,2})?"
        "|[ ]+R[NDT][ ]?[0-9]{1,4}"
        "(?:,[ ]*servitude[ ]+\\p{Lu}[\\p{L}'’\\-]*(?:[ ]+\\p{Lu}[\\p{L}'’\\-]*){0,2})?)"
        "|(?<![\\p{L}0-9])(?:Purok|PUROK)[ ]+[0-9]{1,3}[A-Za-z]?(?![0-9])"
        "(?:[ ]+\\((?i:sitio)[ ]+\\p{Lu}[\\p{L}'’\\-]*(?:[ ]+\\p{Lu}[\\p{L}'’\\-]*)?\\))?"
        ")",
      .window = 120,
      .confidence = 0.8f,
  },
  {
      /* The building, staircase or flat line of an address: "BÂT. B ESC. 3", "FLAT 2/1",
       * "Appt 12, 3e étage". Only at the start of a line or of a quoted value. */
      .id = "building-line",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_buildings,
      .pattern = "(?:(?<![^\\n\"'\\t])|(?<=[ ]{3})"
                 /* "Riverside Drive, Apt 12B": after a street named without a number */
                 "|(?<=[a-z],[ ]))"
                 "(?:(?i:b[âa]t(?:iment)?\\.?|esc(?:alier|\\.)|app?t\\.?"
                 "|appartement|flat|apartment)[ ]*"
                 "(?:[0-9]{1,4}(?:/[0-9]{1,3})?[A-Za-z]?|[A-Z]{1,2})"
                 /* "RÉSIDENCE LE CLOS…" is a heading: a residence takes a number only */
                 "|(?i:r[ée]sidence)[ ]*[0-9]{1,4}[A-Za-z]?)(?![\\p{L}0-9])"
                 "(?:[ ,\\-]+(?i:b[âa]t(?:iment)?\\.?|esc(?:alier)?\\.?|app?t\\.?|appartement"
                 "|porte|[ée]tage|floor)[ ]*(?:[0-9]{1,4}[A-Za-z]?|[A-Z]{1,2})(?![\\p{L}0-9]))*",
      .window = 80,
      .confidence = 0.75f,
      .validate = v_building_line,
  },
  {
      .id = "postcode-fr",
      .prefilter = pf_postcode_fr,
      .after_run = " \n\r",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "(?:0[1-9]|[1-8][0-9]|9[0-8])[0-9]{3}"
                 /* "La Mézière 37250\nMontbazon": a PDF's line break between the postcode,
                  * after the words of its line, and the town alone on the next line (see
                  * pf_postcode_fr()) */
                 "(?:[ ]|(?<=\\p{L}[ ][0-9]{5})\\r?\\n)" FR_TOWN
                 /* a letterhead's next field: "44000 NANTES SIRET 832…" */
                 "(?:(?=[ ](?:SIRE[TN]|RCS|APE|TVA|T[ÉEé][Ll])(?![\\p{L}]))"
                 /* "…, 54000 Nancy :", "75007 Paris → Orly": a list's colon, a ride's arrow */
                 "|(?=[ ]?:(?:[ ]|\\r?\\n|$)|[ ]→)|" POSTCODE_CITY_END ")",
      .min_digits = 5,
      .first_run_min = 5,
      .first_run_max = 5,
      .window = 120,
      .confidence = 0.85f,
      .validate = v_postcode_fr,
  },
  {
      .id = "postcode-uk",
      .prefilter = pf_uk_postcode,
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_UPPER_DIGIT,
      /* A postcode alone ("SA1 8PW") is left alone: the town makes it an address line. */
      .pattern = "(?:(?:\\p{Lu}[\\p{L}'\\-]+[ ])?\\p{Lu}[\\p{L}'\\-]+,?[ ]+"
                 "|" INDENTED_LINE_START "(?=[A-Z0-9 ]{5,8}[ \\t]*(?:\\r?\\n|$))"
                 /* a form's field: "Postcode: M4 6DE", "Post code : SA1 8PW" */
                 "|(?<=[Pp]ostcode:[ ]|[Pp]ostcode[ ]:[ ]|[Pp]ost[ ][Cc]ode:[ ]|POSTCODE:[ "
                 "]|[Pp]ostcode\\t"
                 /* read out in a transcript: "postcode N7 8QS", "the postcode is N7 8QS" */
                 "|[Pp]ostcode[ ]|[Pp]ostcode[ ]is[ ]|[Pp]ostcode's[ ])"
                 /* (session 22, g22-addr2) a form's wide gap after its label's colon:
                  * "Postcode:                NN11 4RX" (v_postcode_uk() reads the label) */
                 "|(?<=[ ][ ]))"
                 "(?:[A-Z]{1,2}[0-9][A-Z0-9]?) ?[0-9][ABD-HJLNP-UW-Z]{2}" WORD_END,
      .back_words = 2,
      .window = 48,
      .confidence = 0.88f,
      .validate = v_postcode_uk,
  },
  {
      /* Ireland: "Galway H91 X2P4", or an Eircode alone on its line in an address block. */
      .id = "eircode",
      .prefilter = pf_eircode,
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_UPPER_DIGIT,
      .pattern
      = "(?:(?:" NOT_EIRCODE_LABEL "\\p{Lu}[\\p{L}'\\-]+[ ])?(?<!Co\\.[ ])" NOT_EIRCODE_LABEL
        "\\p{Lu}[\\p{L}'\\-]+,[ ]+"
        "|(?:" NOT_EIRCODE_LABEL "\\p{Lu}[\\p{L}'\\-]+[ ])?" NOT_EIRCODE_LABEL
        "\\p{Lu}[\\p{L}'\\-]+[ ]+"
        /* (g26-ids) after its label, the code alone: "Eircode D08 XY42", "Eircode: …" */
        "|(?i:eircode)[ \\t]*:?[ \\t]*\\K"
        /* the block's lines indented under a label ("Address: …\\n         D02 HX65") */
        "|" INDENTED_LINE_START "(?=[A-Z0-9 ]{7,8}[ \\t]*(?:\\r?\\n|$))"
        /* "…, Dublin 16, D16 X2W8": after the district */
        "|(?<=[0-9],[ ])"
        /* (session 20) "…, Tralee, Co. Kerry, V92 K3F8": after the county's comma */
        "|(?<=\\p{Ll},[ ]))"
        "[ACDEFHKNPRTVWXY][0-9][0-9W][ ]?[0-9ACDEFHKNPRTVWXY]{4}" WORD_END,
      .back_words = 2,
      .window = 48,
      .confidence = 0.85f,
      .validate = v_eircode,
  },
  {
      /* Canada: "Oakville, ON L6J 1L3", "Winnipeg MB R3N 0P5", "Montréal (Québec) H2X 1Y4",
       * or the postcode alone on its line of an address block. */
      .id = "city-province-postcode-ca",
      .prefilter = pf_ca_postcode,
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_UPPER_DIGIT,
      .pattern
      = "(?:\\p{Lu}[\\p{L}.'’\\-]*(?:[ ]\\p{Lu}[\\p{L}.'’\\-]*){0,2},?[ ]+"
        /* "Montréal (QC) H2J 2L4": the code in brackets too */
        "(?:(?:\\((?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\\)|(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC"
        "|SK|YT|P\\.?Q\\.?|Qu[ée]\\.?)"
        "|\\(?(?:Alberta|British[ ]Columbia|Colombie-Britannique|Manitoba|New[ ]Brunswick"
        "|Nouveau-Brunswick|Newfoundland(?:[ ]and[ ]Labrador)?|Terre-Neuve(?:-et-Labrador)?"
        "|Nova[ ]Scotia|Nouvelle-[ÉE]cosse|Ontario|Prince[ ]Edward[ ]Island"
        "|[ÎI]le-du-Prince-[ÉE]douard|Qu[ée]bec|Saskatchewan|Yukon|Nunavut"
        "|Northwest[ ]Territories|Territoires[ ]du[ ]Nord-Ouest)\\)?),?[ ]{1,2}"
        /* "Vancouver V5N 3V7": no province, the code in its two halves says it */
        "|(?<![,][ ])(?=[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z][ ][0-9][ABCEGHJ-NPRSTV-Z][0-9]"
        /* (session 22, g22-addr2) "Montréal H1Y 3C1 – 4 ½": a dash after it */
        "[ \\t]*(?:\\r?\\n|$|[,|\\t]|[ ]{2}|[.;)](?![0-9A-Za-z])|[ ](?:-|–|—)[ ])))"
        /* (session 22, g22-addr2) the code alone after the town's comma, its halves spaced:
         * "3318 rue Jean-Talon Est, Montréal, H2A 1W5." */
        "|(?<=\\p{L},[ ])(?=[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z][ ][0-9][ABCEGHJ-NPRSTV-Z]"
        "[0-9][ \\t]*(?:\\r?\\n|$|[,|\\t]|[.;)](?![0-9A-Za-z])))"
        "|" INDENTED_LINE_START "(?=[A-Z0-9 ]{6,7}[ \\t]*(?:\\r?\\n|$)))"
        "[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z][ ]?[0-9][ABCEGHJ-NPRSTV-Z][0-9]" WORD_END,
      .back_words = 6,
      .window = 96,
      .confidence = 0.88f,
  },
  {
      /* "Daly City, California 94014", "Boston, Massachusetts 02108": the state's name
       * spelled out, after the city and its comma. */
      .id = "city-state-name-zip-us",
      .prefilter = pf_state_name_before,
      .before_space = LOWER_LETTERS,
      .before_number = " ",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "(?!(?:Dr|St|Ave|Rd|Blvd|Ln|Ct|Pl|Hwy|Pkwy|Apt|Ste|Suite|Unit)[ ])"
                 "\\p{Lu}[\\p{L}.'\\-]*(?:[ ]\\p{Lu}[\\p{L}.'\\-]*){0,2},[ ]*"
                 /* the names themselves: the prefilter only spares runs (its last word) */
                 "(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware"
                 "|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana"
                 "|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana"
                 "|Nebraska|Nevada|New[ ](?:Hampshire|Jersey|Mexico|York)|(?:North|South)[ ]"
                 "(?:Carolina|Dakota)|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode[ ]Island|Tennessee"
                 "|Texas|Utah|Vermont|(?:West[ ])?Virginia|Washington|Wisconsin|Wyoming)"
                 "[ ]+[0-9]{5}(?:-[0-9]{4})?" NUM_END,
      .min_digits = 5,
      .first_run_min = 5,
      .first_run_max = 5,
      .back_words = 5,
      .window = 80,
      .confidence = 0.85f,
  },
  {
      /* (session 26, g26-addr) PayPal's IPN (its documented variables) and other form-encoded
       * bodies: "&address_street=4+chemin+de+la+Pinatelle&", the street's value between
       * the '&'s, '+' for its spaces, "%2C" for its commas. */
      .id = "form-encoded-street",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_ASSIGN,
      .keywords = kw_form_address,
      .pattern = "(?<=[&?])address_street=((?=[0-9A-Za-z%+'.\\-]*\\p{L}{3})"
                 "(?:[0-9A-Za-z'.\\-]|%[0-9A-Fa-f]{2}|\\+(?!&)){3,120})(?=&|[ \\t\\r\\n\"']|$)",
      .group = 1,
      .window = 160,
      .confidence = 0.85f,
  },
  {
      /* (session 26, g26-addr) the city of the same: "&address_city=Bastia&",
       * "&address_city=Saint-Priest", "address_city=Le+Lamentin". */
      .id = "form-encoded-city",
      .type = VOILE_TYPE_LOCATION,
      .anchors = VOILE_ANCHOR_ASSIGN,
      .keywords = kw_form_address,
      .pattern = "(?<=[&?])address_city=((?:\\p{Lu}|%[0-9A-F]{2})"
                 "(?:[\\p{L}'\\-]|%[0-9A-Fa-f]{2}|\\+(?=\\p{L}|%)){1,60})(?=&|[ \\t\\r\\n\"']|$)",
      .group = 1,
      .window = 96,
      .confidence = 0.85f,
  },
  {
      /* (session 25, g25-addr) the city of a US address written as a record's fields, the
       * state and the ZIP its next two, one delimiter between them all (X12's N4
       * "N4*PORTLAND*OR*972062211~", EDIFACT's NAD "+CHICAGO+IL+60608+USA'", a form's pipes
       * "| BLUE SPRINGS | MO | 64015"): a city column, so a LOCATION, the city alone.
       * HL7's "^" is the XAD reader's. */
      .id = "city-field-state-zip-us",
      .prefilter = pf_state_field_before,
      .type = VOILE_TYPE_LOCATION,
      .anchors = VOILE_ANCHOR_DIGIT,
      .match = m_city_field_state_zip,
      .validate = v_city_field_state_zip,
      .min_digits = 5,
      .first_run_min = 5,
      .first_run_max = 9,
      .window = 80,
      .confidence = 0.85f,
  },
  {
      .id = "city-state-zip-us",
      .prefilter = pf_state_before,
      /* pf_state_before(): the state code's capitals. */
      .before_space = UPPER_LETTERS,
      /* The prefilter: a space before the number. */
      .before_number = " ",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_DIGIT,
      /* "Dallas TX 75246" without its comma too, as forms and shipping labels write it; then
       * not after a street's abbreviation ("10435 Montwood Dr El Paso TX 79935") and not a
       * state code that is also a label's word ("Patient ID 48818", "Case IN 10234"). */
      .pattern = "(?!(?:Dr|St|Ave|Rd|Blvd|Ln|Ct|Pl|Hwy|Pkwy|Apt|Ste|Suite|Unit)[ ])"
                 /* (session 23, g23-addr) after an address's comma, prose may follow the
                  * ZIP: "8810 Bellaire Blvd Apt 214, Houston TX 77036 with a scan" */
                 "(?:(?<=[0-9A-Za-z],[ ])\\p{Lu}[\\p{L}.'\\-]*(?:[ ]\\p{Lu}[\\p{L}.'\\-]*){0,2}"
                 "[ ]+(?!ID|IN|OR|ME|OK|HI|DE)(?=[A-Z]{2}[ ]+[0-9]{5})"
                 "|\\p{Lu}[\\p{L}.'\\-]*(?:[ ]\\p{Lu}[\\p{L}.'\\-]*){0,2}"
                 "(?:,[ ]*|[ ]+(?!ID|IN|OR|ME|OK|HI|DE)(?=[A-Z]{2}[ ]+[0-9]{5}(?:-[0-9]{4})?"
                 "[ \\t]*(?:$|[\\r\\n,;.)|\"'·•]|[ ]{2}|USA|United))))"
                 "(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]"
                 "|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])[ ]+[0-9]{5}(?:-[0-9]{4})?" NUM_END,
      .min_digits = 5,
      .first_run_min = 5,
      .first_run_max = 5,
      .back_words = 4,
      .window = 80,
      .confidence = 0.88f,
  },

  {
      .id = "street-suffix-eu",
      /* Kreuzeckstraße 14, Langestraat 112, Södermannagatan 21, Nørrebrogade 44, 2. tv */
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_DIGIT,
      .prefilter = pf_street_suffix_before,
      /* pf_street_suffix_before(): the last letters of the suffixes. */
      .before_space = "eE.gGzZmMrRtTnNlLkKjJuU",
      /* The prefilter: a space before the number. */
      .before_number = " ",
      /* "'address': 'Strandvejen 118, …": a quote may open the word */
      .pattern
      /* English words in "-gade" name a unit, not a Danish street: "Brigade 14" */
      = "['\"]?(?!(?i:brigade|renegade)[ ])"
        /* "Carl-Bertelsmann-Straße 71": a street after a person, the type capitalised */
        "(\\p{Lu}[\\p{L}\\-]*(?:-(?:Straße|Strasse|Weg|Gasse|Platz|Allee|Damm|Ufer|Steig)"
        "|straße|strasse|str\\.|weg|gasse|platz|allee|damm|ufer"
        "|straat|laan|gracht|plein|kade|singel|dijk|gatan|vägen|gade|vej|veien"
        "|katu|steig|vejen|gaden|stræde|strædet|pladsen|torvet|vænget"
        "|gaten|veg|vegen|gränd|torget|stigen|polku)[ ]+[0-9]{1,4}[a-zA-Z]?"
        "(?:,[ ]*[0-9]{1,2}\\.[ ]*(?:tv|th|mf|sal)\\.?)?)" WORD_END,
      .group = 1,
      .min_digits = 1,
      .first_run_min = 1,
      .first_run_max = 4,
      .back_words = 1,
      .window = 80,
      .confidence = 0.85f,
  },
  {
      .id = "street-prefix-south",
      /* Rua Augusta, 1508; Calle Mayor 12; Via Roma 5 */
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_south_streets,
      .pattern
      = "(?:(?:Rua|Avenida|Calle|Carrer|Via|Viale|Piazza|Corso|Largo|Travessa|Paseo|Plaza"
        "|Praça|Avinguda|Strada|Bulevardul|Calea|Aleea|[ȘŞ]oseaua|Pia[țţ]a|Str\\.|ul\\."
        "|J[Ll]\\.|Jalan|JALAN"
        /* (session 19) Spanish abbreviations and types; in lower case as Spain
         * writes them in prose ("vive en calle de Toledo 112") */
        "|Av\\.|AV\\.|Avda\\.?|C/|Calzada|Calz\\.|Carretera|Ctra\\.|Camino|Glorieta"
        "|Passeig|Rambla|Jir[óo]n|Jr\\.|calle|avenida|avda\\.|rua|carrer|paseo|avinguda"
        "|travessa|carretera|ctra\\.|passeig)"
        "[ ]+(?:(?:de|da|do|del|della|dos|das|di|la|las|los)[ ]+){0,2}"
        "\\p{Lu}[\\p{L}\\-]*\\.?"
        "(?:[ ]+(?:(?:de|del|la|las|los|da|das|do)[ ]+){0,2}\\p{Lu}[\\p{L}\\-]*\\.?){0,3},?"
        /* "Kav. 52": Jakarta's lot number; Bali's "no 14" */
        "(?:[ ]+(?:Kav|KAV|No|NO)\\.|[ ]+no)?[ ]+(?:[0-9]{1,5}|[sS]/[nN](?![\\p{L}0-9]))"
        /* "8/4": the house, then the flat */
        "(?:/[0-9]{1,4})?"
        /* (session 19) the floor and door, or the interior number, after a comma:
         * Spain's "3ºB", "2º izq.", Mexico's "Int. 7", "Depto. 402", "Apto 1204" */
        "(?:,[ ]*(?:[0-9]{1,2}(?:\\.)?[ºª°](?:[ \\-]?(?:[A-H](?![\\p{L}0-9])|[0-9]{1,2}[ºª]"
        "|(?i:izq(?:da|uierda)?|dcha|der(?:echa)?|esq)\\.?))?"
        "|(?i:int|interior|depto|dpto|apto|piso|of|oficina|local)\\.?[ ]?[0-9]{1,4}[A-Z]?"
        "(?![\\p{L}0-9])))?"
        "|(?:Calle|Carrera|Cra\\.|Transversal|Diagonal)[ ]+[0-9]{1,3}[A-Z]?"
        /* Colombia: "Carrera 43A # 1 Sur-100", "Calle 63 #9-41" */
        "(?:[ ]+(?:Bis|Sur|Norte|Este))?[ ]*(?:#|No\\.?|N°)[ ]*[0-9]{1,3}[A-Z]?"
        "(?:[ ]+(?:Sur|Norte|Este))?[ ]*-[ ]*[0-9]{1,3}"
        "(?:,?[ ]+(?i:apto|apt|int|of|oficina|local|piso)\\.?[ ]?[0-9]{1,4}[A-Z]?)?)" WORD_END,
      .window = 80,
      .confidence = 0.85f,
  },
  {
      /* Belgium, Switzerland, Luxembourg: "Boulevard Anspach 110", "Rue Saint-Gilles 52 bte 3",
       * "Chemin des Crêts-de-Champel 18": the number ends the line or comes before the
       * postcode, never a word ("Place de la Gare 2 fois"). */
      .id = "street-number-after",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_streets_number_after,
      .prefilter = pf_street_number_after,
      .pattern = "(?:(?:Rue|Avenue|Boulevard|Chemin|Chauss[ée]e|Place|Quai|Route|All[ée]e|Impasse"
                 "|Dr[èe]ve|Square|Sentier)" STREET_AFTER_NAME
                 ",?[ ]+[0-9]{1,4}[A-Za-z]?(?:[ ]*(?:bte|bo[îi]te|bus|/)[ ]*[0-9A-Za-z]{1,4})?"
                 "(?![\\p{L}0-9])"
                 /* (session 22, g22-addr) the end of a JSON or SQL value ("rue": "Rue du Marché
                  * 9"), a floor after a slash ("Boulevard Kleyer 81 / 2e ?", "Rue de la Brasserie
                  * 57 / 3e étage") */
                 "(?=[ \\t]*(?:$|[\\r\\n,;|)(\"'?]|/[ ]*[0-9]{1,2}(?:e|er|ème)?(?![0-9])|[–\\-][ ])"
                 "|[ ]+(?:[A-Z]{1,2}-)?[0-9]{4}[ ]+\\p{Lu})"
                 /* (session 22, g22-addr) the type in lower case, as a chat or a form types it,
                  * when a box ("bte 5") or a four-digit postcode and its town follow: "avenue
                  * Clemenceau 72 bte 5, 1070 Anderlecht" (a French address puts its number first,
                  * its postcode has five digits) */
                 "|(?:rue|avenue|boulevard|chemin|chauss[ée]e|place|quai|route|all[ée]e|impasse"
                 "|dr[èe]ve)" STREET_AFTER_NAME ",?[ ]+[0-9]{1,4}[A-Za-z]?"
                 "(?:[ ]*(?:bte|bo[îi]te|bus)[ ]*[0-9A-Za-z]{1,4}(?![\\p{L}0-9])"
                 "(?=[ \\t]*(?:$|[\\r\\n,;|)(\"'?]))"
                 "|(?![\\p{L}0-9])(?=,?[ ]+(?:[A-Z]{1,2}-)?[0-9]{4}[ ]+\\p{Lu})))",
      .window = 120,
      .confidence = 0.8f,
  },
  {
      .id = "postcode-country-prefix",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_country_postcodes,
      .prefilter = pf_country_postcode,
      .pattern = "(?:(?:L|CH|B)-[1-9][0-9]{3}|(?:F|D)-[0-9]{5})[ ]\\p{Lu}[\\p{L}'’\\-]+"
                 "(?:[ \\-]+(?:(?:sur|sous|l[eè]s|en|de|du|des|la|le)[ \\-]+)?"
                 "\\p{Lu}[\\p{L}'’\\-]+){0,3}" POSTCODE_CITY_END,
      .window = 80,
      .confidence = 0.85f,
  },
  {
      /* (session 22, g22-addr) Malaysia's addresses: the house's number before "Jalan"
       * ("12 Jalan Setia Murni U13/52", "18 Jalan Kechubong"), a condominium's unit as block,
       * floor and unit before its estate ("A-3-8 Taman Sri Nibong", "C-08-11, Pangsapuri Seri
       * Maya", "B-12-3, Residensi Vista Wirajaya"): m_malay_street() */
      .id = "street-malay",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_malay_streets,
      .match = m_malay_street,
      .window = 96,
      .confidence = 0.8f,
  },
  {
      /* "Rose Cottage, Church Lane", "Moor Top Farm, Pannal": a house name, then its street or
       * village, then the end of the field or of the line. */
      .id = "house-name-line",
      .prefilter = pf_house_name,
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_house_names,
      .back_words = 3,
      .pattern = "(?<![Tt]he[ ])(?:\\p{Lu}[\\p{Ll}'\\-]+[ ]){1,3}"
                 "(?:Cottages?|Farm(?:house)?|Barns?|Rectory|Vicarage|Grange|Manor|Lodge),[ ]*"
                 "\\p{Lu}[\\p{Ll}'\\-]+(?:[ ]\\p{Lu}[\\p{Ll}'\\-]+){0,2}"
                 "(?=[ \\t]*(?:$|[\\r\\n,;|\"]))",
      .window = 96,
      .confidence = 0.8f,
  },
  {
      /* (session 18, g18-struct) "Flat 6, Ryeworth House", "Apartment 12, Kingsley Court, 4
       * Mill Lane": a block of flats after the flat's number, its own span (a comma parts
       * them); the flat itself is "building-line"'s. */
      .id = "building-after-flat",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_flat_numbers,
      .needs_digit = TRUE,
      .pattern = "(?i:flat|apartment|apt\\.?)[ ]*[0-9]{1,4}(?:/[0-9]{1,3})?[A-Za-z]?,[ ]+"
                 "((?:\\p{Lu}[\\p{Ll}'’\\-]+[ ]){1,3}"
                 "(?:House|Court|Hall|Chambers|Mansions|Lodge|Tower|Heights|Buildings|Apartments"
                 "|Residency|Wharf))(?=[ \\t]*(?:$|[\\r\\n,;|\"(]))",
      .group = 1,
      .window = 80,
      .confidence = 0.8f,
      .validate = v_building_after_flat,
  },
  {
      .id = "po-box",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_po_box,
      /* TSA: a French administration's sorting code ("TSA 30041") */
      /* not a blood pressure's "BP 148/82" */
      /* (session 22, g22-addr2) Québec's and Switzerland's "Case postale 19600, succursale
       * Terminus", "C.P. 2500, succ. Centre-ville", France's "boîte postale 48": the box,
       * then the post office's station when named */
      /* (session 25, g25-addr) the Postal Service's capitals: "PO BOX 373150^^DENVER" */
      .pattern
      = "(?:P\\.?[ ]?O\\.?[ ]?(?:Box|BOX)|BP|CS|TSA|[Cc]ase[ ]postale|CASE[ ]POSTALE|C\\.[ ]?P\\."
        "|[Bb]o[iî]te[ ]postale)[ ]+[0-9]{1,6}" WORD_END "(?!/[0-9])"
        "(?:,?[ ]+(?:[Ss]uccursale|[Ss]ucc\\.|SUCCURSALE|Station|STN|Stn\\.?)[ ]+"
        "\\p{Lu}[\\p{L}'’\\-]*(?:[ ]\\p{Lu}[\\p{L}'’\\-]*){0,2})?",
      .window = 56,
      .confidence = 0.85f,
  },
  {
      .id = "dublin-district",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_dublin,
      .back_words = 2,
      /* "Rathmines, Dublin 6" — but not the "Clontarf Road" of "22 Clontarf Road, Dublin 3" */
      .pattern
      = "(?:\\p{Lu}[\\p{L}'\\-]+(?:[ ](?!" STREET_TYPES_EN WORD_END ")\\p{Lu}[\\p{L}'\\-]+)?"
        "(?<!Road|Street|Avenue|Lane|Drive|Park|Place|Terrace|Square|Court|Quay|Way|Close"
        "|Green|Grove|Crescent|Row|Hill),[ ]*)?"
        "(?:Dublin[ ](?:1[0-9]|2[0-4]|6W|[1-9])(?![0-9A-Za-z])"
        /* an address's county ends its line or its part ("Co. Kerry, V92 X2Y4"); in a race
         * card's "Co. Meath yard" or prose's "Co. Cork and Kerry" it is a region */
        "|Co\\.[ ](?:" IRISH_COUNTIES ")(?:[ ][AC-FHKNPRTV-Y][0-9][0-9W][ "
        "]?[0-9AC-FHKNPRTV-Y]{4})?" WORD_END "(?![ ]\\p{Ll}))",
      .window = 80,
      .confidence = 0.85f,
  },
  {
      /* India: "Bengaluru 560102", "Mumbai - 400001", "Chennai, Tamil Nadu 600028": a city or
       * a state, then the six-digit PIN code. */
      .id = "city-pin-in",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_india_places,
      .pattern
      = "(?:" INDIA_PLACES ")(?:,[ ]*\\p{Lu}\\p{Ll}+(?:[ ]\\p{Lu}\\p{Ll}+)?)?[ ]*(?:[\\-–][ ]*)?"
        "[1-8][0-9]{2}[ ]?[0-9]{3}" NUM_END,
      .window = 64,
      .confidence = 0.85f,
  },
  {
      /* Singapore: "Singapore 408564", the six-digit postcode after the city-state's name. */
      .id = "city-postcode-sg",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_singapore,
      .pattern = "(?:Singapore|SINGAPORE)[ ]?(?:\\([ ]?)?[0-9]{6}(?:[ ]?\\))?" NUM_END,
      .window = 24,
      .confidence = 0.85f,
  },
  {
      /* Japan: "Meguro-ku, Tokyo 152-0035", "Kita-ku, Osaka-shi 530-0001": a ward, town or
       * county ("-ku", "-shi", "-gun", "-cho", "-machi"), or a prefecture's main city, then
       * the postcode of three and four digits. */
      .id = "city-postcode-jp",
      .prefilter = pf_postcode_jp,
      .after_run = "-",
      .before_number = " 〒",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "(?:\\p{Lu}[\\p{L}]+-(?:ku|shi|gun|ch[oō]|machi|mura|ken|fu)"
                 "(?:,[ ]*\\p{Lu}[\\p{L}]+(?:-(?:shi|ken|fu|to))?)?"
                 "|(?:Tokyo|T[ōo]ky[ōo]|Osaka|[ŌO]saka|Kyoto|Ky[ōo]to|Yokohama|Nagoya|Sapporo"
                 "|Kobe|K[ōo]be|Fukuoka|Kawasaki|Saitama|Hiroshima|Sendai|Chiba|Okinawa|Naha))"
                 ",?[ ]+(?:〒[ ]?)?[0-9]{3}-[0-9]{4}" NUM_END,
      .min_digits = 7,
      .first_run_min = 3,
      .first_run_max = 3,
      .back_words = 4,
      .window = 80,
      .confidence = 0.85f,
  },
  {
      /* Korea's road-name addresses: "45 Olympic-ro 35-gil, Songpa-gu", the flat and the
       * building before it ("302-1504, 45 …"), the district after it. */
      .id = "street-kr",
      .prefilter = pf_street_kr,
      .after_run = " -",
      .after_spaces = UPPER_LETTERS,
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "(?:[0-9]{1,4}-[0-9]{1,4},[ ]*)?[0-9]{1,4}(?:-[0-9]{1,3})?[ ]"
                 "(?:[A-Z][a-z]+[ ])?[A-Z][a-z0-9]*-(?:daero|ro|gil)"
                 "(?:[ ]+[0-9]{1,3}(?:beon-?)?-?gil)?"
                 "(?:,[ ]*\\p{Lu}\\p{Ll}+-(?:gu|dong|si|gun|eup|myeon))*" WORD_END,
      .min_digits = 1,
      .first_run_min = 1,
      .first_run_max = 4,
      .window = 96,
      .confidence = 0.85f,
  },
  {
      /* Vietnam: "42 Nguyễn Huệ", "145/12 Nguyễn Đình Chiểu, P.6, Q.3": the number (an
       * alley's after a slash), the street's syllables, then the ward (Phường) and the
       * district (Quận), abbreviated or not. */
      .id = "street-vn",
      .prefilter = pf_street_vn,
      .after_run = " /",
      /* pf_street_vn(): a capital, an accented one perhaps, after the space */
      .after_spaces = UPPER_LETTERS HIGH_BYTES,
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern
      = "[0-9]{1,4}(?:/[0-9]{1,4}){0,2}[ ]\\p{Lu}\\p{Ll}{0,6}(?:[ ]\\p{Lu}\\p{Ll}{0,6}){1,3}"
        "(?:,[ ]*(?:P|Q|F)\\.[ ]?[0-9]{1,2}"
        "|,[ ]*(?:Phường|Quận)[ ]+(?:[0-9]{1,2}|\\p{Lu}\\p{Ll}{0,6}(?:[ "
        "]\\p{Lu}\\p{Ll}{0,6}){0,2})){0,2}" WORD_END,
      .min_digits = 1,
      .first_run_min = 1,
      .first_run_max = 4,
      .window = 96,
      .confidence = 0.85f,
      .validate = v_street_vn,
  },
  {
      /* Bangladesh and Pakistan number the house, then its road: "House 11, Road 27",
       * "House 27 Street 9 F-7/2" (Islamabad's sector after it), "House No. 5, Lane 3",
       * "House 27, Street 9, Block F". (session 24, g24-addr) The Gulf's, South Asia's and
       * East Africa's addresses alike, whatever the order and the case: an address made of
       * numbered parts only, a dwelling, a room, an office, a building, a block and a road
       * each with its number ("Office 41, Building 2504, Road 2832, Block 428", "Road 4009,
       * Block 340", "villa 41 street 27b", "Building 14, 11th Street", "Block C, House 14");
       * v_premise_chain() keeps the chains a road's number, a dwelling in its block or three
       * parts make an address (not a school's "Room 12, Block B", "Shop 3, Building 2"). */
      .id = "house-road-number",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_house_road,
      .prefilter = pf_premise_chain,
      .pattern = "(?<![\\p{L}0-9])" PREMISE_PART "(?:(?:,[ ]*|[ ]+)(?:" PREMISE_PART
                 "|[0-9]{1,3}(?:st|nd|rd|th)[ ]+(?i:street|road|lane|avenue)" WORD_END ")){1,4}"
                 /* "… F-7/2": Islamabad's sector */
                 "(?:,?[ ]+[A-H]-?[0-9]{1,2}(?:/[1-4])?" WORD_END ")?",
      .window = 96,
      .confidence = 0.8f,
      .validate = v_premise_chain,
  },
  {
      /* (session 20, g20-addr) The last line of an international address: a postcode and its
       * town, or a town and its postcode, then the country after a comma ("C1428EGA Buenos
       * Aires, Argentina", "2037 Ariana, TUNISIE", "St Julian's STJ 4011, Malta", "114 56
       * Stockholm, Sweden", "6688311 Tel Aviv, Israel"). The country is not part of it; a
       * year before a heading ("2019 Annual Report, Germany") is no postcode unless a comma
       * before it continues an address. */
      .id = "postcode-town-country",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_countries,
      .prefilter = pf_postcode_town_country,
      .back_words = 5,
      .pattern = "((?:(?:[A-Z]{1,3}-?)?[0-9]{4,7}|[0-9]{3}[ ][0-9]{2}"
                 "|[A-HJ-NP-Z][0-9]{4}[A-Z]{3}|[0-9]{5}-[0-9]{3})[ ]+" TOWN_WORDS "|" TOWN_WORDS
                 "(?:,[ ]*" TOWN_WORDS ")?[ ]+(?:[A-Z]{1,3}[ \\-]?)?[0-9]{4,7})"
                 "(?:[ ]*[\\-–][ ]*\\p{Lu}{2,}(?:[ ]\\p{Lu}{2,})?)?"
                 ",[ ]*\\p{Lu}",
      .group = 1,
      .window = 120,
      .confidence = 0.8f,
      .validate = v_postcode_town_country,
  },
  {
      /* (session 20, g20-addr) Streets abroad with a number marker; one rule for three
       * shapes (the rule table is near its size):
       * - Turkey: the quarter (Mah.), the avenue (Cad.) or the street (Sok.), a name or a
       *   number before each, then the door's "No:" (needed) and the flat's "D:" or the
       *   floor's "Kat:" ("Cevdetpaşa Cad. No:14 D:6", "Kızılırmak Mah. 1443. Cad. No:25");
       * - Cyrillic streets: the type, the name, the house ("д. 20"), its block ("корп. 2") and
       *   the flat ("кв. 14"): "ул. Мясницкая, д. 20, кв. 14", "вул. Хрещатик, 22";
       *   transliterated, "vul. Naukova 7a, kv. 48";
       * - Iran, the Gulf, East Africa: the house's number first, then its street ("No. 81,
       *   Neauphle-le-Château Avenue", "No. 12, Bole Road"; India's "No. 14, 3rd Cross"
       *   lines are read above their PIN code). */
      .id = "street-abroad-numbered",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_streets_abroad,
      .prefilter = pf_street_abroad,
      .back_words = 3,
      .pattern
      = "(?:"
        "(?:(?:\\p{Lu}[\\p{L}]*|[0-9]{1,5}\\.)[ ]+){0,3}"
        "(?:Cad\\.|Caddesi|Cd\\.|Sok\\.|Sokak|Sokağı|Sk\\.|Mah\\.|Mahallesi|Mh\\.|Bulvarı"
        "|Blv\\.|Sitesi|CAD\\.|SOK\\.|MAH\\.)"
        "(?:[ ]+(?:\\p{Lu}[\\p{L}]*\\.?|[0-9]{1,5}\\.)){0,6},?[ ]+"
        "(?:No|NO)[ ]?[:.][ ]?[0-9]{1,4}[A-Z]?(?:/[0-9A-Z]{1,3})?"
        "(?:,?[ ]+(?:D|Daire|Kat|K|Blok)[ ]?[:.][ ]?[0-9]{1,3}[A-Z]?)*" WORD_END ")|(?:"
        "(?:(?:ул\\.|улица|пр\\.|просп\\.|проспект|пер\\.|переулок|бул\\.|бульвар|наб\\.|вул\\.|"
        "вулиця"
        "|пл\\.|площадь)[ ]*\\p{Lu}[\\p{L}\\-]*(?:[ ]+\\p{L}[\\p{L}\\-]*\\.?){0,3},?[ ]*"
        "(?:(?:д\\.|дом|буд\\.)[ ]*)?[0-9]{1,4}(?:[ ]?[а-яa-z](?![\\p{L}]))?(?:/[0-9]{1,3})?"
        "(?:,?[ ]*(?:корп\\.|к\\.|стр\\.)[ ]*[0-9]{1,3})?"
        "(?:,?[ ]*(?:кв\\.|квартира|оф\\.)[ ]*[0-9]{1,4})?"
        "|(?:vul|ul|prosp|Vul|Ul)\\.[ ]*\\p{Lu}\\p{Ll}+(?:[ ]\\p{Lu}\\p{Ll}+)?,?[ ]+"
        "(?:(?:d|bud)\\.[ ]*)?[0-9]{1,4}[a-z]?(?:,[ ]*(?:korp|k|str)\\.[ ]*[0-9]{1,3})?"
        ",[ ]*(?:kv|apt)\\.[ ]*[0-9]{1,4}"
        "|(?:ulitsa|vulytsia|Ulitsa|Vulytsia)[ ]+\\p{Lu}\\p{Ll}+,?[ ]+(?:(?:d|bud)\\.[ ]*)?"
        "[0-9]{1,4}[a-z]?)" WORD_END ")|(?:"
        /* (session 22, g22-addr) the house, then its part after a slash: Sri Lanka's "No.
         * 42/1, Temple Road" */
        "(?:No|NO)\\.[ ]?[0-9]{1,4}[A-Z]?(?:/[0-9]{1,3}[A-Z]?)?,[ ]+"
        "(?:(?:\\p{Lu}[\\p{L}'’\\-]*|[0-9]{1,2}(?:st|nd|rd|th))[ ]+){1,4}"
        "(?:Avenue|Ave\\.?|Street|St\\.?|Road|Rd\\.?|Boulevard|Blvd\\.?|Alley|Lane"
        "|Highway)" WORD_END "(?![ ]+\\p{Ll})"
        ")",
      .window = 140,
      .confidence = 0.85f,
      .validate = v_street_abroad,
  },
  {
      /* (session 20, g20-addr) Gaeltacht addresses name the street in Irish, without a
       * number: "Bóthar na Trá", "Sráid an Mhuilinn", "Ascaill Naomh Eanna", "Céide an
       * Locha": the type, an article perhaps, the name, then the line's or the field's end. */
      .id = "street-ga",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_streets_ga,
      .pattern
      = "(?:Bóthar|Bothar|BÓTHAR|Sráid|Sraid|SRÁID|Ascaill|Bóithrín|Boithrin|Céide"
        "|Ceide|Cearnóg|Plás|Lána)[ ]+(?:(?:an|na)[ ](?:[nt]-|h-)?)?"
        "\\p{L}[\\p{L}'’\\-]+(?:[ ](?:(?:an|na|na[ ]h-|an[ ]t-)[ ]?)?\\p{Lu}[\\p{L}'’\\-]+){0,2}"
        "(?=[ \\t]*(?:$|[\\r\\n,;|\"\\t]))",
      .window = 64,
      .confidence = 0.8f,
  },
  {
      /* (session 26, g26-addr) Irish and Scottish Gaelic estates and townlands in an address:
       * a house's number, then the estate's word and its name ("41 Cnoc na Gréine", "14
       * Cluain Riocaird", "12 Pairc an t-Sruthain"); without a number, the word, its article
       * and the name opening a line, a field or a label's value ("Cnoc an Doire", "Baile na
       * hAbhann", not "Baile Átha Cliath" nor a town named in prose); the line's, the field's
       * or the part's end after it. */
      .id = "estate-ga",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_estates_ga,
      .back_words = 1,
      .pattern = "(?:(?<![\\p{L}0-9])[0-9]{1,4}[A-Za-z]?[ ]+(?=[CPBR])"
                 "|(?<![^\\n\\t\"'>:;|( ])(?<![^\\n\\t\"'>:;|( ][ ])"
                 "(?=\\p{Lu}\\p{L}+[ ](?:an|na)[ ]))"
                 "(?:Cnoc|Páirc|Pairc|Cluain|Baile|Radharc)[ ]+"
                 "(?:(?:an|na)[ ](?:[nt]-|h-)?\\p{L}|\\p{Lu})[\\p{L}'’\\-]+"
                 "(?:[ ](?:(?:an|na)[ ](?:[nt]-|h-)?\\p{L}|\\p{Lu})[\\p{L}'’\\-]+){0,2}"
                 "(?=[ \\t]*(?:$|[\\r\\n,;|\"'<\\t]))",
      .window = 64,
      .confidence = 0.8f,
  },
  {
      /* (session 26, g26-addr) A Welsh street without a number as a part of an address:
       * opening a line, a field, a label's value or the part after a comma, and ending its
       * line or part ("Lôn y Felin", "Swyddfa'r Cyngor, Stryd y Jêl, Caernarfon"; "Lôn", not
       * "Lon": "Lon Chaney" is a name). */
      .id = "street-welsh-unnumbered",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_welsh_unnumbered,
      .pattern = "(?<![^\\n\\t\"'>:;,|( ])(?<![^\\n\\t\"'>:;,|( ][ ])"
                 "(?:Heol|HEOL|Ffordd|FFORDD|Stryd|STRYD|Lôn|LÔN|Rhodfa|Cilgant)[ ]+"
                 "(?:(?:y|yr|Y|YR)[ ]+)?\\p{Lu}[\\p{L}'’\\-]+(?:[ ]+\\p{Lu}[\\p{L}'’\\-]+)?"
                 "(?=[ \\t]*(?:$|[\\r\\n,;|\"'<\\t]))",
      .window = 64,
      .confidence = 0.8f,
  },
  {
      /* (session 20, g20-addr) Asia's, the Gulf's, Africa's and Malta's addresses give the
       * unit, then the building, then the named estate, tower or park: "Room 1802, Building 3,
       * Jinxiu Garden", "5F, Building B, Huafeng Industrial Park", "Flat 4B, Tower 2, Palm
       * Residency", "Blk 12 Lot 7 Phase 2 Mabuhay Homes", "Level 3, Portomaso Business Tower",
       * "Plot S10312, Jebel Ali Free Zone South". The estate's word ends the name: a game's
       * "Room 2, Level 3" or a factory's "Building 3 of the plant" names none. */
      .id = "unit-chain-estate",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_unit_words,
      .prefilter = pf_unit_word,
      .pattern
      /* two units or more, then the estate's name; one unit, then a name of two words at
       * least before the estate's word ("Level 3, Portomaso Business Tower", not a game's
       * "Floor 5, Shadow Tower") */
      = "(?:(?:" UNIT_PART "(?:" UNIT_MORE "+,?[ ]+(?:\\p{Lu}[\\p{L}'’\\-]*[ ]+){1,4}"
        "|,?[ ]+(?:\\p{Lu}[\\p{L}'’\\-]*[ ]+){2,4})"
        /* (session 22, g22-addr2) a dwelling's unit, then a one-word estate: "No. 4 Adebayo
         * Compound", "House 9, Akinyemi Layout", "Apartment B7, Riverside Gardens" */
        "|(?<=^|[^A-Za-z])(?:No\\.|NO\\.|House|HOUSE|Flat|FLAT|Apartment|APARTMENT|Apt\\.?|Villa"
        "|VILLA)[ ]+(?:No\\.?[ ]*)?(?:[0-9]{1,5}[A-Z]?|[A-Z]{1,2}[0-9]{1,5})(?:-[0-9A-Z]{1,4})?"
        ",?[ ]+\\p{Lu}[\\p{L}'’\\-]*[ ]+)"
        "(?:Gardens?|Residency|Residences|Towers?|Park|Estates?|Homes|Area|Zone|Complex|Plaza"
        "|Centre|Center|Heights|Village|Colony|Enclave|Compound|Villas|Township|Nagar|Layout"
        "|Society|Mall|Hills|Condominiums?|Apartments|Mansions|Garden[ ]City)"
        "(?:[ ](?:North|South|East|West))?" WORD_END "(?![ ]+\\p{Ll})"
        /* (session 22, g22-addr2) a dwelling, its tower, block or wing, then the named
         * society, its comma or its line's end after it: "Flat 4C, Tower 2, Urbana," */
        "|(?:Flat|FLAT|Apartment|APARTMENT|Apt\\.?|House|Villa)[ ]+(?:No\\.?[ ]*)?"
        "(?:[0-9]{1,5}[A-Z]?|[A-Z]{1,2}[0-9]{1,5})(?:-[0-9A-Z]{1,4})?,[ ]+"
        "(?:Tower|TOWER|Block|BLOCK|Blk\\.?|Wing|WING|Building|Bldg\\.?)[ ]+"
        "(?:[0-9]{1,3}[A-Z]?|[A-Z])" WORD_END ",[ ]+\\p{Lu}\\p{Ll}+(?:[ ]\\p{Lu}\\p{Ll}+){0,2}"
        "(?=[ ]*,|[ ]*\\r?\\n|[ ]*$))",
      .window = 140,
      .confidence = 0.8f,
      .validate = v_unit_chain_estate,
  },
  {
      /* (session 20, g20-addr) A Russian, Belarusian, Kazakh (six digits) or Ukrainian (five)
       * postcode before its city in Cyrillic, alone on its line or before a comma: "101000
       * Москва", "79000 Львів". */
      .id = "postcode-cyr",
      .after_run = " ",
      .after_spaces = HIGH_BYTES,
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "(?<![0-9][ ,])[0-9]{5,6}[ ]"
                 "[А-ЯЁІЇЄ][а-яёіїє']+(?:[\\- ][А-ЯЁІЇЄ]?[а-яёіїє']+){0,2}"
                 "(?=[ \\t]*(?:$|[\\r\\n,;)]))",
      .min_digits = 5,
      .first_run_min = 5,
      .first_run_max = 6,
      .window = 80,
      .confidence = 0.85f,
      .validate = v_postcode_cyr,
  },
  {
      /* A UK business address: "Unit 7, Greenway Industrial Estate", "Suite 4 Riverside
       * Business Park". */
      .id = "uk-estate-line",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_uk_units,
      .pattern
      = "(?:Units?|UNITS?|Suite|SUITE|Block|BLOCK)[ ]+[0-9]{1,4}[A-Z]?(?:[\\-–][0-9]{1,4})?"
        ",?[ ]+(?:\\p{Lu}[\\p{L}'\\-]+[ ]+){1,3}"
        "(?:(?:Industrial|Trading|Business|INDUSTRIAL|TRADING)[ ]+(?:Estate|ESTATE)"
        "|(?:Business|Enterprise|Retail|Industrial|Technology|Science|Trade|Commercial|Office"
        "|Distribution|Innovation|Shopping|Craft|BUSINESS|TRADE|RETAIL)"
        /* "Millbrook Trade\nPark": a PDF's line break */
        "(?:[ ]+|[ ]*\\r?\\n)"
        "(?:Park|Centre|Center|Village|Quarter|PARK|CENTRE))" WORD_END,
      .window = 96,
      .confidence = 0.85f,
  },
  {
      /* Romania: "700123 Iași", "010011 București": a six-digit postcode, then a city that
       * is a known one or spelled with Romanian letters. */
      .id = "postcode-ro",
      .after_run = " ",
      .after_spaces = UPPER_LETTERS HIGH_BYTES,
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "[0-9]{6}[ ](?:Bucure[șş]ti|Cluj-Napoca|Ia[șş]i|Timi[șş]oara|Constan[țţ]a"
                 "|Bra[șş]ov|Craiova|Gala[țţ]i|Oradea|Ploie[șş]ti|Sibiu|Bac[ăa]u|Suceava|Arad"
                 "|Pite[șş]ti|Baia[ ]Mare|Buz[ăa]u|T[âa]rgu[ ]Mure[șş]|Satu[ ]Mare"
                 "|\\p{Lu}[\\p{L}\\-]*[ăâîșțşţ][\\p{L}\\-]*)" WORD_END,
      .min_digits = 6,
      .first_run_min = 6,
      .first_run_max = 6,
      .window = 48,
      .confidence = 0.85f,
  },
  {
      /* Poland: "45-837 Opole", "00-950 Warszawa": two digits, a dash, three, then the town,
       * opening a line or a field. */
      .id = "postcode-pl",
      .prefilter = pf_postcode_pl,
      .after_run = "-",
      .before_number = "\n\t ;\"",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "(?<=\\n|\\t|,[ ]|;|\")[0-9]{2}-[0-9]{3}[ ]\\p{Lu}\\p{Ll}[\\p{L}\\-]*"
                 "(?:[ ]\\p{Lu}[\\p{L}\\-]*)?" POSTCODE_CITY_END,
      .min_digits = 5,
      .first_run_min = 2,
      .first_run_max = 2,
      .window = 48,
      .confidence = 0.8f,
  },
  {
      /* Portugal: "4000-447 Porto", "1150-019 Lisboa", "4400-123 Vila Nova de Gaia": four
       * digits, a dash, three, then the town with its Portuguese connectors. */
      .id = "postcode-pt",
      .prefilter = pf_postcode_pt,
      .after_run = "-",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "(?<![0-9A-Za-z\\-/.])[1-9][0-9]{3}-[0-9]{3}[ ]\\p{Lu}\\p{Ll}[\\p{L}\\-]*"
                 "(?:[ ](?:(?:de|do|da|dos|das)[ ])?\\p{Lu}[\\p{L}\\-]*){0,3}" POSTCODE_CITY_END,
      .min_digits = 7,
      .first_run_min = 4,
      .first_run_max = 4,
      .window = 56,
      .confidence = 0.8f,
  },
  {
      .id = "city-state-postcode-au",
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_DIGIT,
      .prefilter = pf_state_before,
      /* pf_state_before(): the state code's capitals. */
      .before_space = UPPER_LETTERS,
      /* The prefilter: a space before the number. */
      .before_number = " ",
      /* (session 23, g23-addr) not from a street's abbreviation ("St" opens suburbs: "St Peters"):
       * "4/17 Eastbourne Rd Homebush West NSW 2140" is a street, then its suburb's line */
      .pattern = "(?!(?:Rd|Ave|Dr|Pde|Hwy|Cres|Ct|Pl|Tce|Blvd|Ln|Cl|Cct|Esp)[ ])"
                 "\\p{Lu}[\\p{L}.'\\-]*(?:[ ]\\p{Lu}[\\p{L}.'\\-]*){0,2},?[ ]+"
                 "(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)[ ]+[0-9]{4}" NUM_END,
      .min_digits = 4,
      .first_run_min = 4,
      .first_run_max = 4,
      .back_words = 4,
      .window = 80,
      .confidence = 0.85f,
      .validate = v_au_state_postcode,
  },
  {
      .id = "postcode-4-digits",
      .prefilter = pf_postcode4,
      /* pf_postcode4(): a capital or an accented capital after the space. */
      .after_spaces = UPPER_LETTERS HIGH_BYTES,
      /* Belgium, Switzerland, Denmark, Netherlands, Austria…: 8000 Brugge, 3511 NK Utrecht */
      .type = VOILE_TYPE_POSTAL_ADDRESS,
      .anchors = VOILE_ANCHOR_DIGIT,
      .after_run = " ",
      .pattern = "[1-9][0-9]{3}(?:[ ][A-Z]{2})?[ ]\\p{Lu}\\p{Ll}[\\p{L}'’\\-]+(?:[ "
                 "](?:[A-ZØÆ]|Ø)(?![\\p{L}]))?"
                 "(?:[ \\-]+\\p{Lu}[\\p{L}'’\\-]+){0,2}" POSTCODE_CITY_END,
      .min_digits = 4,
      .first_run_min = 4,
      .first_run_max = 4,
      .window = 80,
      .confidence = 0.75f,
      .validate = v_postcode_4,
  },

  {
      /* HL7 v2's patient segment: PID-3 lists the patient's identifiers, each "id^^^issuer^type"
       * ("PID|1||E10048832^^^STM^MR~9434765919^^^NHS^NH||…"): the hospital number, the NHS
       * number; PID-18 is the patient's account (the stay's billing file). */
      .id = "hl7-pid-identifier",
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_hl7_pid,
      .pattern = "(?<![A-Za-z0-9])PID\\|[^|\\r\\n]*\\|[^|\\r\\n]*\\|"
                 "([A-Za-z0-9][A-Za-z0-9\\-]{3,24})(?=[\\^~|])",
      .group = 1,
      .window = 256,
      .confidence = 0.85f,
      .validate = v_customer_id,
  },
  {
      .id = "hl7-pid-identifier-2",
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_hl7_pid,
      .pattern = "(?<![A-Za-z0-9])PID\\|[^|\\r\\n]*\\|[^|\\r\\n]*\\|[^|~\\r\\n]*~"
                 "([A-Za-z0-9][A-Za-z0-9\\-]{3,24})(?=[\\^~|])",
      .group = 1,
      .window = 512,
      .confidence = 0.85f,
      .validate = v_customer_id,
  },
  {
      .id = "hl7-pid-account",
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_hl7_pid,
      .pattern = "(?<![A-Za-z0-9])PID\\|(?:[^|\\r\\n]*\\|){17}"
                 "([A-Za-z0-9][A-Za-z0-9\\-]{3,24})(?=[\\^~|\\r\\n]|$)",
      .group = 1,
      .window = 1024,
      .confidence = 0.85f,
      .validate = v_customer_id,
  },
  {
      /* PV1-19: the visit number, one stay of one patient */
      .id = "hl7-pv1-visit",
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_hl7_pv1,
      .pattern = "(?<![A-Za-z0-9])PV1\\|(?:[^|\\r\\n]*\\|){18}"
                 "([A-Za-z0-9][A-Za-z0-9\\-]{3,24})(?=[\\^~|\\r\\n]|$)",
      .group = 1,
      .window = 1024,
      .confidence = 0.85f,
      .validate = v_customer_id,
  },

  /* ---- dates ------------------------------------------------------------------------- */
  {
      /* HL7 v2's patient segment: PID-7 is the birth date, compact ("PID|1||…||DUPONT^Marie||
       * 19621008|F|…"); a time after it ("196210080000") stays out. */
      .id = "hl7-pid-birth-date",
      .type = VOILE_TYPE_DATE_OF_BIRTH,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_hl7_pid,
      .pattern = "(?<![A-Za-z0-9])PID\\|(?:[^|\\r\\n]*\\|){6}"
                 "((?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]))"
                 "(?=[0-9]{0,6}(?:[|^]|\\r?$))",
      .group = 1,
      .window = 1024,
      .confidence = 0.9f,
  },
  {
      /* (session 25, g25b-dates) HL7 v2's other birth-date fields: IN1's insured's birth date
       * after the insured's name and the relationship code, whatever the field's number
       * (IN1-18 by the standard; senders shift it by one: "IN1|1|KPCOHMO|…||NGUYEN^LAN|SEL|
       * 19880412|…", "…|PERRIER^Madeleine|01|19621008"), GT1-8 the guarantor's and NK1-16 the
       * next of kin's by their numbers; a time after it stays out. */
      .id = "hl7-segment-birth-date",
      .type = VOILE_TYPE_DATE_OF_BIRTH,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_hl7_birth_segments,
      .pattern
      = "(?<![A-Za-z0-9])(?:IN1\\|(?:[^|\\r\\n]*\\|){8,24}?"
        "[A-Za-z][A-Za-z' \\-]*\\^[A-Za-z^' \\-]*\\|[A-Za-z0-9]{2,3}\\||GT1\\|(?:[^|\\r\\n]*\\|){7}"
        "|NK1\\|(?:[^|\\r\\n]*\\|){15})"
        "((?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]))"
        "(?=[0-9]{0,6}(?:[|^\\r\\n]|$))",
      .group = 1,
      .window = 1024,
      .confidence = 0.9f,
  },
  {
      .id = "date-of-birth",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_DATE_OF_BIRTH,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_birth,
      .pattern
      = "(?i:n[ée]e?(?:\\(e\\))?[ ]+(?:le|en)|date[ ]+de[ ]+naissance"
        "|date[ _]?(?:de[ _]+)?naissance|date[ _]?of[ _]?birth|birth[ _]?date|birthday"
        "|d\\.?o\\.?b\\.?|ddn"
        "|born(?:[ ]+(?:on|in))?|naissance|anniv(?:ersaire)?\\.?"
        /* (session 18) a chat's "bday", "b-day" */
        "|b[\\-'’]?day"
        /* German, Dutch, Spanish, Portuguese, Italian forms met in French files */
        "|geburtsdatum|geboortedatum|fecha[ ]+de[ ]+nacimiento|data[ ]+de[ ]+nascimento"
        "|data[ ]+di[ ]+nascita|nat[oa][ ]+il"
        /* "b." only before a whole date: "(b. 1946)" in a biography is a year, and "b."
         * starts many abbreviations */
        "|(?<=[\\p{L}][ ]|\\()b\\.(?=[ ](?:[12][0-9]{3}-[01][0-9]-[0-3][0-9]"
        "|[0-3]?[0-9][/.][01]?[0-9][/.][0-9]{2,4}|[0-3]?[0-9][ ]\\p{L}{3})))"
        "[\"']?[ \\t]*(?:[.…]{2,}[ \\t]*)?"
        /* (session 18) a remark in brackets before the colon: "Date of birth (optional):" */
        "(?:\\([^()\\n]{1,24}\\)[ \\t]*(?=[:=]))?"
        "(?:[:=\\-][ \\t]*)?[\"']?"
        "(?:(?i:le|on|the)[ ]+)?"
        /* a test fixture's or a script's "dob=dt.date(1962, 8, 30)",
         * "LocalDate.of(1990, 4, 16)": the date's call, year first */
        "(?:(?:[A-Za-z_]+\\.)*(?:date|datetime|Date|of)\\()?"
        "((?<=\\()[12][0-9]{3},[ ]?(?:1[0-2]|0?[1-9]),[ ]?(?:3[01]|[12][0-9]|0?[1-9])(?=\\))"
        "|" DATE_PASSPORT "|" DATE_DMY_TEXT "|" DATE_NUM "|" DATE_ISO "|" DATE_MDY_TEXT
        "|" DATE_AIRLINE "|" YEAR WORD_END "|" DATE_SHORT ")",
      .group = 1,
      .window = 100,
      .confidence = 0.95f,
      .validate = v_birth_year,
  },
  {
      /* A scan's "O1/04/2026": the letter O for a leading zero, then a whole date (a day
       * and a month at least, two digits each). */
      .id = "date-ocr-zero",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_DATE,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_ocr_zero_date,
      .pattern = "(?<![A-Za-z0-9])(O[0-9](?:/[0-9]{2}(?:/"
                 "(?:[0-9]{4}|[0-9]{2}))?|\\.[0-9]{2}\\.(?:[0-9]{4}|[0-9]{2})))"
                 "(?![0-9A-Za-z_]|[./][0-9])",
      .group = 1,
      .window = 16,
      .confidence = 0.75f,
      .validate = v_ocr_zero_date,
  },
  {
      .id = "date-numeric",
      .prefilter = pf_date_num,
      .after_run = "/.-",
      .type = VOILE_TYPE_DATE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = DATE_NUM,
      .min_digits = 4,
      .first_run_min = 1,
      .first_run_max = 2,
      .window = 16,
      .confidence = 0.8f,
      .validate = v_date_num,
  },
  {
      .id = "date-spaced",
      .prefilter = pf_date_spaced,
      .after_run = " /O",
      /* pf_date_spaced(): the month's first character (0, 1, an OCR'd O) or the slash */
      .after_spaces = "01O/",
      .type = VOILE_TYPE_DATE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "(?<![0-9][ /.\\-]|[0-9A-Za-z])(?:[0-3][0-9O]|[0-3]?O[1-9])"
                 /* "16/11/\n2026": a PDF's line break before the year */
                 "(?:[ ]?/[ ]?(?:[01O][0-9O])[ ]?/(?:[ ]?|[ ]*\\r?\\n)|[ ](?:[01O][0-9O])[ ])"
                 "(?:19|20)[0-9O]{2}(?![0-9A-Za-z_]|[ ./\\-]?[0-9])",
      .min_digits = 2,
      .first_run_min = 1,
      .first_run_max = 2,
      .window = 16,
      .confidence = 0.75f,
      .validate = v_date_spaced,
  },
  {
      .id = "date-compact-labelled",
      .validate = v_compact_date_label,
      .first_bytes = "0123",
      .type = VOILE_TYPE_DATE,
      .anchors = VOILE_ANCHOR_DIGIT,
      /* YYYYMMDD; DDMMYYYY, as DSN and payroll records write birth dates ("12051992") */
      .pattern = "(?:(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"
                 "|(?:0[1-9]|[12][0-9]|3[01])(?:0[1-9]|1[0-2])(?:19|20)[0-9]{2})"
                 "(?![0-9A-Za-z_]|[.,:][0-9])",
      .min_digits = 8,
      .first_run_min = 8,
      .first_run_max = 8,
      .window = 12,
      .confidence = 0.8f,
  },
  {
      .id = "date-iso",
      .prefilter = pf_date_iso,
      .after_run = "-/.",
      .type = VOILE_TYPE_DATE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = DATE_ISO,
      .min_digits = 8,
      .first_run_min = 4,
      .first_run_max = 4,
      .window = 16,
      .confidence = 0.8f,
      .validate = v_date_iso,
  },
  {
      .id = "date-text",
      .prefilter = pf_month_after,
      /* pf_month_after(): a month's initial (or "of ") after the spaces, or other blanks. */
      .after_spaces = "jfmasondJFMASOND\t\xc2\xe2",
      /* pf_month_after(): "er", "th"… or a space after the day. */
      .after_run = LOWER_LETTERS "ESNRT \t\xc2\xe2",
      .type = VOILE_TYPE_DATE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = DATE_DMY_TEXT,
      .validate = v_date_text,
      .min_digits = 1,
      .first_run_min = 1,
      .first_run_max = 2,
      .window = 48,
      .confidence = 0.8f,
  },
  {
      .id = "date-text-month-range",
      .prefilter = pf_month_range,
      .after_spaces = "jfmasondJFMASOND\t\xc2\xe2",
      .after_run = "ERNSTenrst \t\xc2\xe2",
      .type = VOILE_TYPE_DATE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = DATE_DMY_RANGE,
      .validate = v_date_text,
      .min_digits = 1,
      .first_run_min = 1,
      .first_run_max = 2,
      .window = 80,
      .confidence = 0.8f,
  },
  {
      /* "8-9 décembre 2025": one date covering the range. */
      .id = "date-text-range",
      .prefilter = pf_day_range,
      .after_run = "e -\xe2",
      .type = VOILE_TYPE_DATE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "(?:1er|[0-9]{1,2})(?:[ ]?(?:-|–)[ ]?|[ ](?:au|to)[ ])" DATE_DMY_TEXT,
      .validate = v_date_text,
      .min_digits = 1,
      .first_run_min = 1,
      .first_run_max = 2,
      .window = 56,
      .confidence = 0.8f,
  },
  {
      .id = "date-text-month-first",
      .prefilter = pf_month_day,
      .needs_digit = TRUE,
      .type = VOILE_TYPE_DATE,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_months,
      .pattern = DATE_MDY_TEXT,
      .window = 48,
      .confidence = 0.78f,
      .validate = v_date_text,
  },
  {
      /* Deeds and complaints write dates in words: "le dix-neuf novembre deux mille
       * vingt-six", "LE DIX-HUIT NOVEMBRE". */
      .id = "date-words-fr",
      .prefilter = pf_day_in_words,
      .type = VOILE_TYPE_DATE,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_months_fr,
      .back_words = 3,
      .pattern = "(?i:" FR_DAY_WORDS "[ ]+(?:" MONTH_FR ")"
                 "(?:[ ]+(?:deux[ ]mille|mille[ ]neuf[ ]cents?)(?:[\\- ]" FR_NUMBER_WORDS ")?"
                 "|[ ]+" YEAR
                 /* (g20-spoken) a birth year said in its tens, the clause closed after it
                  * ("née le quinze mars quatre-vingt-deux à Brest", "… cinquante-huit."; not
                  * "le trois mars trente personnes") */
                 "|[ ]+(?:quatre-vingts?|vingt|trente|quarante|cinquante|soixante)"
                 "(?:[\\- ](?:et[\\- ])?" FR_UNITS_WORDS ")?"
                 "(?=[ ]?[,.;!?\\r\\n]|$|[ ](?:à|en)[ ]\\p{Lu}))?)(?![\\p{L}\\-])",
      .window = 96,
      .confidence = 0.8f,
  },
  {
      /* (session 19, g19-struct) A date in German in a French or English file (a forwarded
       * mail's "Gesendet: Montag, 24. August 2026", an Austrian or Swiss letter): the day's
       * dot, then the month. Without its year only a month no English or French word shares
       * ("3. März", not "2. August was…": a numbered list). */
      .id = "date-german",
      .prefilter = pf_german_date,
      .first_bytes = "0123456789",
      .after_run = ".",
      .type = VOILE_TYPE_DATE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "(?<![0-9.,/])(?:0?[1-9]|[12][0-9]|3[01])\\.[ ]?"
                 "(?:(?:Januar|J[äa]nner|Februar|M[äa]rz|April|Mai|Juni|Juli|August|September"
                 "|Oktober|November|Dezember)[ ]+" YEAR
                 "|(?:Januar|J[äa]nner|Februar|M[äa]rz|Juni|Juli|Oktober|Dezember))" WORD_END,
      .min_digits = 1,
      .first_run_min = 1,
      .first_run_max = 2,
      .window = 32,
      .confidence = 0.8f,
  },
  {
      /* A date in Spanish, Italian or Portuguese in a French or English file (a foreign
       * worker's mail, a letter quoted): "14 de enero de 2027", "1 de diciembre", "1°
       * settembre 2026", "3 de março". */
      .id = "date-romance",
      .prefilter = pf_romance_date,
      .first_bytes = "0123456789",
      /* a space or the ordinal sign's first byte, then a month's or "de"'s first letter */
      .after_run = " \xc2",
      .after_spaces = "eEfFmMaAjJsSoOnNdDgGlL",
      .type = VOILE_TYPE_DATE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .pattern = "(?<![0-9.,/])(?:0?[1-9]|[12][0-9]|3[01])(?:[°º])?[ ]+(?:de[ ]+)?"
                 "(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|se[p]?tiembre|octubre"
                 "|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre"
                 "|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro"
                 "|dezembro)(?:[ ]+(?:de[ ]+|del[ ]+)?" YEAR ")?" WORD_END,
      .min_digits = 1,
      .first_run_min = 1,
      .first_run_max = 2,
      .window = 40,
      .confidence = 0.8f,
  },
  {
      .id = "date-weekday",
      .prefilter = pf_weekday_date,
      .needs_digit = TRUE,
      .type = VOILE_TYPE_DATE,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_weekdays,
      .pattern
      = WEEKDAY ",?" SPACE "+(?:" DATE_DMY_TEXT "|" DATE_NUM "|" DATE_SHORT
                "|(?:1er|0?[1-9]|[12][0-9]|3[01])(?:er|st|nd|rd|th)?"
                /* not opening hours: "Sat 9–1", "Fri 9-8"; "Wed 19 PM" is a shift (no clock says 19
                 * PM) */
                "(?![0-9/:hH]|[.,\\-–][0-9]|(?<!1[3-9]|2[0-9]|3[01])[ "
                "]?(?i:am|pm|a\\.m|p\\.m)(?![a-z])|[ ]?(?i:h|heures?|o['’]clock)(?![a-z])))"
                /* Chats in lower case, a day number without its month: "friday 13th", "sat 14"
                 * (with a month, the date rules take the day and the month alone). Not French
                 * "mon 06", nor hours "thu 9-11am". */
                "|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                "|(?:tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?)" SPACE "+"
                "(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?"
                "(?![0-9/:hH]|[.,\\-–][0-9]|(?<!1[3-9]|2[0-9]|3[01])[ "
                "]?(?i:am|pm|a\\.m|p\\.m)(?![a-z])|[ ]?(?i:h|heures?|o['’]clock)(?![a-z])"
                "|" SPACE "+(?i:" MONTH_FR "|" MONTH_EN_ABBR "|" MONTH_EN ")(?![a-z]))"
                /* A rota's header in French, abbreviations without their dots: "lun 23   mar 24 mer
                 * 25" (v_weekday_date() wants another day of the week on the line) */
                "|(?i:lun|mar|mer|jeu|ven|sam|dim)[ ]+(?:[1-9]|[12][0-9]|3[01])"
                "(?![0-9/:hH]|[.,\\-–][0-9]|[ ]?(?i:h|heures?)(?![a-z]))",
      .window = 64,
      .confidence = 0.82f,
      .validate = v_weekday_date,
  },
  {
      .id = "date-short",
      .prefilter = pf_date_short,
      .type = VOILE_TYPE_DATE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .after_run = "/",
      .pattern = DATE_SHORT,
      .min_digits = 2,
      .first_run_min = 1,
      .first_run_max = 2,
      .window = 12,
      .confidence = 0.7f,
      .validate = v_date_short,
  },
  {
      .id = "date-dotted",
      .prefilter = pf_date_dotted,
      .type = VOILE_TYPE_DATE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .after_run = ".",
      /* the closing dot stays outside, as a sentence's would */
      .pattern = "(?<![0-9][.,]|[0-9A-Za-z])(?:0?[1-9]|[12][0-9]|3[01])\\.(?:0[1-9]|1[0-2])"
                 "(?=\\.(?![0-9A-Za-z])"
                 /* "last sync 22.11 18:00", "le 20.10 que" (pf_date_dotted() asked which) */
                 "|[ ][0-2]?[0-9]:[0-5][0-9](?![0-9])|[ ](?!\\p{Lu})(?=\\p{L})"
                 /* "absence from 26.11 + form", "by 28.11" closing its line: a date word
                  * before it (v_date_dotted()) */
                 "|[ ][+&][ ]|\\r?\\n)",
      .min_digits = 3,
      .first_run_min = 1,
      .first_run_max = 2,
      .window = 12,
      .confidence = 0.7f,
      .validate = v_date_dotted,
  },
  {
      .id = "date-airline",
      .prefilter = pf_airline_date,
      .type = VOILE_TYPE_DATE,
      .anchors = VOILE_ANCHOR_DIGIT,
      /* Jira: "18/Nov/26" */
      .after_run = "JFMASOND-/",
      .pattern = DATE_AIRLINE,
      .min_digits = 1,
      .first_run_min = 1,
      .first_run_max = 2,
      .window = 12,
      .confidence = 0.75f,
  },

  /* ---- amounts ------------------------------------------------------------------------ */
  {
      /* (session 18, g18-struct) SWIFT MT fields that glue a date (YYMMDD), a currency and
       * an amount: MT103's ":32A:251110USD18450,00", MT940's balances ":60F:C251031EUR1520,00"
       * (the D/C mark first). The date here, the amount below. */
      .id = "date-swift-field",
      .type = VOILE_TYPE_DATE,
      .anchors = VOILE_ANCHOR_DIGIT,
      .before_number = ":",
      .after_run = "AFM:",
      .pattern = SWIFT_FIELD "([0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]))"
                             "(?=[A-Z]{3}[0-9])",
      .group = 1,
      .min_digits = 2,
      .first_run_min = 2,
      .first_run_max = 2,
      .window = 16,
      .confidence = 0.85f,
  },
  {
      .id = "amount-swift-field",
      .type = VOILE_TYPE_AMOUNT,
      .anchors = VOILE_ANCHOR_DIGIT,
      .before_number = ":",
      .after_run = "ABFGM:",
      /* and the fields of an amount alone: the instructed amount ":33B:", the charges
       * ":71F:" and ":71G:" */
      .pattern = "(?:" SWIFT_FIELD "[0-9]{6}|(?<=:)(?:33B|71[FG]):)"
                 "([A-Z]{3}[0-9]{1,15},[0-9]{0,2})(?![0-9A-Za-z])",
      .group = 1,
      .min_digits = 2,
      .first_run_min = 2,
      .first_run_max = 2,
      .window = 48,
      .confidence = 0.85f,
  },
  {
      .id = "amount-currency-after",
      /* pf_currency_after(): a space, "$", "€", "£", "k€" or a currency word's first letter
       * after the number. */
      .after_number = " \t\xc2\xe2$kKMabcdefghijlmnpqrstuxyzABCDEFGHIJLMNPQRSTUVXYZ",
      /* The same after spaces (other blanks, signs, "k€", currency words). */
      .after_number_spaces = "\t\xc2\xe2$kKMabcdefghijlmnpqrstuxyzABCDEFGHIJLMNPQRSTUVXYZ",
      .prefilter = pf_currency_after,
      .type = VOILE_TYPE_AMOUNT,
      .anchors = VOILE_ANCHOR_DIGIT,
      /* "45-55 k€": a range of amounts is one. Not after a '$': bcrypt's "$2a$12$…". */
      /* (g23-dates) a crypto-asset's sum to eight decimals: "0.000137 ETH" */
      .pattern = "(?<![0-9A-Za-z][$])(?:[0-9]{1,3}(?:-|–)(?=[0-9]))?"
                 "(?:[0-9]+\\.[0-9]{5,8}(?=[ ]?(?:BTC|ETH|USDT|USDC)(?![A-Za-z0-9]))|" AMOUNT_NUM
                 ")" SPACE "?(?:(?:M(?:r?ds?)|[kKM])" SPACE "?)?" CURRENCY_AFTER,
      .min_digits = 1,
      .first_run_min = 1,
      .first_run_max = 15,
      .window = 48,
      .confidence = 0.85f,
      .validate = v_amount,
  },
  {
      .id = "amount-currency-before",
      .prefilter = pf_currency_before,
      .needs_digit = TRUE,
      .type = VOILE_TYPE_AMOUNT,
      .anchors = VOILE_ANCHOR_CURRENCY | VOILE_ANCHOR_KEYWORD,
      .keywords = kw_currency,
      /* "…,£60.00,0.00,1.05,…": in a CSV export, a comma after a dot's two decimals opens
       * the next cell. */
      /* "£20m", "$1.2bn": a magnitude after the number, lower-case only when written on */
      /* "$-141.60": a payout's debit, the sign after the currency's; "$95pp": per person */
      /* "NZ$2.1b": a billion's b after decimals */
      .pattern = CURRENCY_BEFORE SPACE "?(?:(?<=[$€£])-)?" AMOUNT_NUM "(?:(?:" SPACE
                                       "?(?:[kKM]|bn)|m|(?<=[.,][0-9])b|pp)(?![A-Za-z]))?"
                                       "(?:" NUM_END "|(?<=\\.[0-9]{2})(?=,[0-9\\-]))",
      .window = 48,
      .confidence = 0.85f,
      .validate = v_amount,
  },

  {
      .id = "amount-rand",
      .type = VOILE_TYPE_AMOUNT,
      .anchors = VOILE_ANCHOR_DIGIT | VOILE_ANCHOR_UPPER_DIGIT,
      .prefilter = pf_amount_rand,
      .before_number = " ",
      .before_space = "RMhsD",
      .after_run = " ,.\xc2\r\n\t);|\"'",
      .min_digits = 2,
      .first_run_min = 1,
      .first_run_max = 3,
      .match = m_amount_rand,
      .window = 32,
      .confidence = 0.8f,
  },
  {
      /* (session 24, g24-dates) a shilling's sign in mixed case glued to its sum, as M-Pesa's
       * messages print it ("received Ksh12,400.00", "TSh5,000"): no capital nor digit after
       * its first letter anchors it, a keyword does; m_amount_rand() reads it */
      .id = "amount-shilling-glued",
      .type = VOILE_TYPE_AMOUNT,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_shilling_signs,
      .prefilter = pf_shilling_glued,
      .match = m_amount_rand,
      .window = 32,
      .confidence = 0.8f,
  },
  {
      /* (session 18) "GTQ 2,286.00", "Tk 1,200": m_amount_code_before() */
      .id = "amount-code-before",
      .type = VOILE_TYPE_AMOUNT,
      .anchors = VOILE_ANCHOR_DIGIT,
      /* a code glued to its digits ("MZN145000,00") is read by the SWIFT rules only */
      .before_number = " ",
      .before_space = "ADEFGKLMNOPQRSTUWk", /* the codes' last letters */
      .min_digits = 1,
      .first_run_min = 1,
      .first_run_max = 15,
      .match = m_amount_code_before,
      .window = 32,
      .confidence = 0.85f,
      .validate = v_amount,
  },
  {
      /* (session 18) "৳18,000", "฿ 1,200": m_amount_script_sign() */
      .id = "amount-script-sign",
      .type = VOILE_TYPE_AMOUNT,
      .anchors = VOILE_ANCHOR_DIGIT,
      .before_number = "\xb3\xbf\x9b\xbc\x8f\x8b ",
      .before_space = "\xb3\xbf\x9b\xbc\x8f\x8b",
      .min_digits = 1,
      .first_run_min = 1,
      .first_run_max = 15,
      .match = m_amount_script_sign,
      .window = 32,
      .confidence = 0.85f,
  },
  {
      /* "600e", "1200e" in a text message: euros typed without the sign. Ordinals ("600e
       * anniversaire", "15e arrondissement") have fewer digits or a noun after them. */
      .id = "amount-euro-e",
      .type = VOILE_TYPE_AMOUNT,
      .anchors = VOILE_ANCHOR_DIGIT,
      .after_run = "e",
      .pattern = "[1-9][0-9]{1,4}e(?![\\p{L}0-9\\-])",
      .min_digits = 2,
      .first_run_min = 2,
      .first_run_max = 5,
      .window = 8,
      .confidence = 0.7f,
      .validate = v_euro_e,
  },
  {
      /* UK pence, "10p", "50p each": only with money words around ("p. 10" is a page). */
      .id = "amount-pence",
      .prefilter = pf_pence,
      .type = VOILE_TYPE_AMOUNT,
      .anchors = VOILE_ANCHOR_DIGIT,
      /* "25.73p per kWh", "31.4p a mile": a unit price in decimal pence */
      .after_run = "p.",
      .pattern = "[0-9]{1,2}(?:\\.[0-9]{1,2})?p(?![A-Za-z0-9]|\\.[A-Za-z])",
      .min_digits = 1,
      .first_run_min = 1,
      .first_run_max = 2,
      .window = 8,
      .confidence = 0.8f,
      .validate = v_pence,
  },

  /* ---- references ------------------------------------------------------------------- */
  {
      /* "NHS number: 943 476 5919": ten digits with a mod-11 check digit; (g26-ids) Northern
       * Ireland's Health and Care number, "H&C number: 320 114 5629", the same layout and key;
       * a form's label aligned far from its value ("NHS number (child):            618 …") */
      .id = "nhs-number",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_nhs,
      .pattern = "(?i:nhs|h&c)(?:[ _]*(?i:number|no\\.?|n°|num|nr\\.?))?"
                 /* "NHS number (optional): …", "NHS no. (if known) …": a form's remark */
                 "(?:[ ]*\\([^()\\n0-9]{1,24}\\))?[\"']?[ \\t]*[:#=>]?[ \\t]*[\"']?"
                 "([0-9]{3}([ \\-]?)[0-9]{3}\\2[0-9]{4})" NUM_END,
      .group = 1,
      .window = 96,
      .confidence = 0.95f,
      .validate = v_nhs_number,
  },
  {
      .id = "customer-id",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_customer,
      .prefilter = pf_reference_lead,
      .pattern
      = "(?i:(?:n°|nº|no\\.?|num[ée]ro|num\\.?(?=[ ])|nr\\.?)[ ]*(?:de[ ]+|d['’]|du[ ]+)?"
        "(?=\\p{L}{3})(?:" REF_NOUNS_FR "|" REF_NOUNS_FR_NUMBERED ")|" REF_NOUNS_FR "|" REF_NOUNS_EN
        /* "bénéficiaire APA n° …", "salarié n° …": the number word after the noun */
        "|" REF_NOUNS_FR_NUMBERED "(?=(?:[ ]+(?-i:[A-Z]{2,6}))?[ ]+(?:n°|nº|num[ée]ro)[ ]*[A-Z0-9])"
        "|" REF_NOUNS_EN_NUMBERED
        "|matricule|acct?\\.?|mrn|utr|(?:ipp|rum|spi|pnr|ine|nda|matter|crn|ndis|ohip)(?=[ ]*:)"
        "|mpan|mprn"
        /* Australia's Medicare card: ten digits grouped 4-5-1 ("Medicare 2953 71846 2 / 1") */
        "|medicare(?=[ ]*:?[ ]*[0-9]{4}[ ]?[0-9]{5}[ ]?[0-9](?![0-9]))"
        /* "student file is BMT-4418", "Donor file D-1142", "Amara's file is …": the file a
         * firm keeps on one person */
        "|(?:student|pupil|patient|client|member|donor|customer)[ ]+file(?![\\p{L}])"
        "|(?<=['’]s[ ])file(?=[ ]+(?:is|was)[ ])"
        /* "Zendesk #483102": a help desk's ticket is one customer's case */
        "|(?:zendesk|freshdesk|gorgias|help[ ]?scout)(?:[ ]+(?:ticket|case|conversation))?"
        "(?=[ ]*#[ ]*[0-9])"
        /* "Centrelink CRN (for …):", "CRN 312 457 906K" */
        "|crn(?=[ ]+(?:\\(|[0-9]))"
        /* a file's number given with its letters and slashes: "Matter BK/CV/2261",
         * "Ref IP/TRE/26-0744", "their ref RK:24-1187", "réf. 2026-DP-0458821" */
        "|(?:matter|r[ée]f(?:[ée]rence)?\\.?)(?=[ ]+(?-i:[A-Z]{1,5}[/:][A-Z0-9]"
        "|[0-9]{3,8}/[A-Z]{1,4}/[0-9]|[0-9]{4}-[A-Z]{1,4}-[0-9]))"
        /* a French court's docket ("RG n° 26/04718", "RG 11-26-000871") and a return's
         * authorisation ("RMA R-26-0419") */
        "|(?-i:RG)(?=[ ]*(?:n°[ ]*)?[0-9]{2}[/\\-][0-9])|(?-i:RMA)(?=[ ]*(?:n°|#|:)?[ "
        "]*[A-Z0-9]*-?[0-9])"
        /* Ireland's PPS number ("PPS number: 3390517U", "PPSN:") */
        "|ppsn(?![A-Za-z])|pps(?=[ ]*(?:n[o°ºu]|#|:))|gms(?=[ ]*(?:n[o°ºu]|#|:))"
        /* Scotland's CHI number: ten digits */
        "|(?-i:CHI)(?=[ ]*:?[ ]*[0-9]{10}(?![0-9]))"
        /* "numClient", "id_patient", "refAdherent": a key glued the French way */
        "|(?:num|id|ref)[_\\-]?(?:client|adh[ée]rent|patient|dossier|contrat|abonn[ée])"
        "|(?:our|your|their|nos|vos|notre|votre)[ ]+r[ée]f(?:[ée]rence)?s?\\.?"
        /* "N/Réf.", "V/Réf.": a firm's and its correspondent's file */
        "|[nv]/[ ]?r[ée]f(?:[ée]rence)?s?\\.?"
        "|r[ée]f(?:[ée]rence)?\\.?(?=[ ]*:|[ ]+(?:is|est)[ ])"
        /* "(ref. PP-77310)", "(OH ref. OH-77120)": a reference given in brackets */
        "|(?<=\\(|\\([A-Z]{2}[ ]|\\([A-Z]{3}[ ])r[ée]f\\.?(?=[ ]*(?:[A-Z]{1,4}-)?[0-9]))"
        /* "order_id", "customerNumber": a JSON or CSV key */
        "(?:[ _\\-]?(?i:ids?|no|nr|num|numbers?|ref(?:erence)?)(?![A-Za-z]))?"
        "[\"']?"
        /* "de location", "on the invoice is", "CAF": a few words in between */
        "(?:[ ]+(?:" REF_FILLERS "|(?-i:[A-Z]{2,6})|/[ ]*(?-i:[A-Z]{2,6})|n°|#)(?![\\p{L}])){0,5}?"
        /* "| N° de contrat | HAB-448120 |": a two-column table of fields */
        "[ \\t]*(?:(?:[:#=\\-|>]|\\.{3,})[ \\t]*)?\\(?(?:(?i:n°|nº)[ ]*)?#?[ ]*[\"'(]?"
        /* "Z 4417 0923 5": a letter, then groups of digits; "JD/MC 24-0113": a lawyer's
         * initials, then the file's number */
        "((?:" REF_GROUPS_LETTERS "|[A-Z]{1,4}(?:/[A-Z]{1,4})+[ ](?=[0-9]))?"
        "(?=[A-Z0-9./:\\-]*[0-9])[A-Z0-9]+(?:(?:[\\-/._]|(?<=[A-Z]):(?=[0-9]))[A-Z0-9]+)*"
        "(?:[ ](?=[A-Z0-9]{0,6}[0-9])[A-Z0-9]{1,7}(?![A-Za-z0-9\\-/])){0,3}" REF_GROUPS_KEY
        ")" WORD_END "(?![\\-/.][A-Za-z0-9])",
      .group = 1,
      .window = 120,
      .confidence = 0.75f,
      .validate = v_customer_id,
  },

  {
      /* A label in brackets, then its colon: "S21.G00.30.019 (Matricule)  : 00061", a DSN
       * report's or a form's field named after its code (customer-id's lead-ins have no
       * bracket: it would slow every one of them). */
      .id = "bracketed-label-reference",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_bracketed_label,
      .pattern
      = "(?<=\\()(?i:matricule|n°[ ]client|client|adh[ée]rent|dossier|patient|member|contrat)\\)"
        "[ \\t]*:[ \\t]*([A-Z0-9]+(?:[\\-/.][A-Z0-9]+)*)" WORD_END,
      .group = 1,
      .window = 64,
      .confidence = 0.75f,
      .validate = v_customer_id,
  },
  {
      /* (g19-ids) An airline ticket's number after a ticket's word on its line, and the
       * next ones of its list ("e-tickets are 047 2391 558 210 and 047 2391 558 211",
       * "TKT: 125-4410287765", "FA PAX 098-2417736581/ETAI", "EMD 932-2150077146"): the
       * carrier's three digits, then ten, split after the three (a concert's or a shop's
       * thirteen digits in one run are a barcode, an item's, not marked). */
      .id = "air-ticket-number",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_air_ticket,
      .pattern = "(?i:e-?tickets?|tickets?|tkts?|fa[ ]+(?:pax|chd|inf)|emd|billets?)(?![A-Za-z])"
                 "[^\\n0-9]{0,32}?"
                 "(?:" AIR_TICKET "(?:[ ]*\\([^()\\n]{1,24}\\))?[ ]*(?:,|/|&|and|et)[ ]*){0,3}"
                 "(" AIR_TICKET ")",
      .group = 1,
      .window = 160,
      .confidence = 0.8f,
  },
  {
      /* The first of such a list (the rule above takes the last). */
      .id = "air-ticket-number-first",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_air_ticket,
      .pattern = "(?i:e-?tickets?|tickets?|tkts?|fa[ ]+(?:pax|chd|inf)|emd|billets?)(?![A-Za-z])"
                 "[^\\n0-9]{0,32}?"
                 "(" AIR_TICKET ")",
      .group = 1,
      .window = 64,
      .confidence = 0.8f,
  },
  {
      /* (g19-ids) A frequent flyer's number after its abbreviation and the carrier's code
       * ("FF   BA 41792236 GLD", "ffp=BA:51882047", "FQTV: LH 992004117238415"): the
       * digits, the code left; in capitals (or a log's lower-case key), not "ff." */
      .id = "frequent-flyer-abbrev",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_frequent_flyer,
      .pattern = "(?<![A-Za-z0-9_])(?:FF|FFP|FQTV|ffp|fqtv)(?:[ \\t]*[:=#][ \\t]*|[ \\t]+)"
                 "(?:[A-Z][A-Z0-9]|[0-9][A-Z])(?:[ ]+|[:/\\-])"
                 "([0-9]{6,15})(?![0-9A-Za-z]|[.,][0-9])",
      .group = 1,
      .window = 40,
      .confidence = 0.8f,
  },
  {
      /* (g19-ids) "PP" for a passport after a country's ISO code or adjective ("IE PP
       * PX5528103", "Irish PP PY2207381", "PHL PP P6620918A") or before a colon ("PP:
       * K1234567"): a passport number's shape (six to nine digits, up to two capitals
       * before them, one after; not pages "pp. 12-14", not polypropylene's "PP 5") */
      .id = "passport-abbrev",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_passport_abbrev,
      .pattern = "(?<![A-Za-z0-9.])(?:PP|CIE?)(?:[ ]*[:#][ ]*|[ ]+)"
                 "((?=[A-Z0-9]{7,12}(?![0-9A-Za-z]))(?:[A-Z]{1,3}[0-9]{5,9}[A-Z]{0,2}|[0-9]{8,10}))"
                 "(?![0-9A-Za-z]|[.,][0-9])",
      .group = 1,
      .window = 32,
      .confidence = 0.8f,
      .validate = v_passport_abbrev,
  },
  {
      /* (g19-ids) A visa's number: "Schengen visa FRA071882345", "Schengen C visa
       * D41188702", "UK visa vignette: 067734219", "visa VLS-TS n° FRA021884173", "visa
       * number: EK1290384". A State's document to one person, read as a residence permit
       * (ID_DOCUMENT). "Visa" is a card's brand too: the value is a document's shape (up to
       * three capitals, then seven to ten digits; a card's 13 to 19 digits and its last four
       * are no such value), and the label must say which visa (a number's word, a vignette
       * or sticker, a class, VLS-TS) or a country's or a zone's name before it (see
       * v_visa_number()). */
      .id = "visa-number",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_visa,
      .pattern
      = "(?i:visa)(?:[ ]+(?:(?-i:[A-D])|VLS-TS|VLS|(?i:vignette|sticker|grant))(?![A-Za-z0-9]))?"
        "(?:[ ]*(?:\\((?-i:[A-Z]{1,3})\\)|(?i:n°|nº|no\\.?|number|numéro|numero|#)))?"
        "[ ]*:?[ ]*"
        "((?=[A-Z0-9]{7,13}(?![0-9A-Za-z]))[A-Z]{0,3}[0-9]{7,10}[A-Z]?)"
        "(?![0-9A-Za-z]|[.,][0-9])",
      .group = 1,
      .window = 48,
      .confidence = 0.8f,
      .validate = v_visa_number,
  },
  {
      /* (g19-ids) A French justice's or police's file of one person in its digit groups,
       * after its noun and "n°" ("Procédure n° 00412/2026/BTA-PVO", "Affaire contentieuse
       * n° 064-26-0098", "Parquet d'Ajaccio n° 26.045.00981", "parquet 25.257.00612",
       * "PROCÈS-VERBAL DE CONSTAT ET DE SAISIE n° 2026/064/BSE/00214", "(PV 2026/004512)",
       * "MC n° 2026/00213", "main courante n° 2026/01453"): groups of digits (capitals after
       * the first) joined by "/", "." or "-", six digits at least, not a date (see
       * v_justice_file()). Not a meeting's "PV n° 12", not "la procédure n° 3" of a manual. */
      .id = "fr-justice-file",
      /* no needs_digit: the value may be on the next line (LABEL_BREAK) */
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_fr_justice_file,
      .pattern = "(?:(?i:proc[ée]dure|affaire(?:[ ]+\\p{Ll}{4,16})?)" LABEL_BREAK "(?:n°|nº)"
                 "|(?i:parquet)(?:[ ]+(?:de[ ]+|du[ ]+|d['’])\\p{Lu}[\\p{L}\\-]{1,24})?[ ]*"
                 "(?:n°|nº|:)?"
                 "|(?<=[sS][\\- ])(?i:verbal)(?:[ ]+(?i:de|du|des|d['’]|et|la|le|les|\\p{L}{3,16})"
                 "(?![\\p{L}])){0,6}" LABEL_BREAK "(?:n°|nº)"
                 "|(?i:courante)" LABEL_BREAK "(?:n°|nº)|(?<![A-Za-z])(?:PV|MC)[ ]*(?:n°|nº)?)"
                 "[ ]*:?[ ]*"
                 "([0-9]{2,5}(?:[/.\\-][0-9A-Z]{2,8}){1,4})(?![0-9A-Za-z]|[.,/\\-][0-9A-Za-z])",
      .group = 1,
      .window = 96,
      /* above a US SSN's 3-2-4 ("Affaire contentieuse n° 064-26-0098"): the label says */
      .confidence = 0.9f,
      .validate = v_justice_file,
  },
  {
      /* A reference-shaped value after a label's number word, in French or English: "PCN
       * number: BZ40318826", "Cert. no. JKA-D2-118640", "N° de réclamation attribué :
       * R-HDF-26-0918442", "fiche n° CL-0388", "réf. dépôt RAPO-69123-2611-00418". Up to
       * two words between ("de résa", "d'enregistrement de la déclaration" is too long). */
      .id = "labelled-shaped-reference",
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_labelled,
      .prefilter = pf_labelled_reference,
      .match = m_labelled_reference,
      .after_others = TRUE,
      .confidence = 0.7f,
      .validate = v_labelled_reference,
  },
  {
      /* A registry's or a practice's file by its form: capitals, then slashes, a year and a
       * sequence ("LC/GAR/SRCH/2025/08813"; see m_slash_file_reference(); g22-refs).
       * Anchored at the digits right after a slash. */
      .id = "slash-file-reference",
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_DIGIT,
      .min_digits = 4,
      .before_number = "/",
      .match = m_slash_file_reference,
      .after_others = TRUE,
      .confidence = 0.7f,
      .validate = v_slash_file_reference,
  },
  {
      /* The same after an id's or a record's word (see kw_labelled_id; g18-ids). */
      .id = "labelled-id-reference",
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_labelled_id,
      .prefilter = pf_labelled_reference,
      .match = m_labelled_reference,
      .after_others = TRUE,
      .confidence = 0.7f,
      .validate = v_labelled_reference,
  },
  {
      /* A reference after the noun of whose it is, the noun's list open (see
       * noun_led_reference(); g21-refs): "uid 2290417736", "appeal APL-228190", "creator id
       * 4410087", "IPP CHU : 3400944518". Anchored at the value's digits (six at least) and
       * at the listed heads' keywords (values opening on capitals: "FAM-0048871"); not at
       * every capital (+0.7 % of a scan for a handful of values). */
      .id = "noun-led-reference",
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_DIGIT | VOILE_ANCHOR_KEYWORD,
      .keywords = kw_noun_ref_heads,
      .min_digits = 6,
      /* (g24b-keys) '\n': a value opening a wrapped line */
      .before_number = " \t:#(",
      /* the label's last byte: a letter, an abbreviation's dot, a colon or a hash, "n°" */
      .before_space = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.:#"
                      "\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f"
                      "\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f"
                      "\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf"
                      "\xb0\xb1\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9\xba\xbb\xbc\xbd\xbe\xbf",
      .match = m_noun_led_reference,
      .after_others = TRUE,
      .confidence = 0.7f,
      .validate = v_noun_led_reference,
  },
  {
      /* (g24-refs-en) A system's code after the noun of whose it is (m_code_led_reference()):
       * "logged as grievance GRV-26-009", "complaint MSD-CMP-4471029". */
      .id = "code-led-reference",
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_CODE_DASH,
      .match = m_code_led_reference,
      .after_others = TRUE,
      .confidence = 0.7f,
      .validate = v_code_led_reference,
  },
  {
      /* (g22-ids2) An identity document's or a national number's value after its noun, a
       * few words between, read back by noun_led_reference_core(): "(NIN) is 41902276358",
       * "foil no. R7712094", "carte de résident n° 9302187455", "(ID No. 31884207)", "her ID
       * is 4417203". */
      .id = "identity-noun-reference",
      .prefilter = pf_identity_noun,
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_DIGIT | VOILE_ANCHOR_UPPER_DIGIT,
      .min_digits = 6,
      .first_run_min = 6,
      .first_run_max = 14,
      .before_number = " \t:#(",
      .before_space = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.:#"
                      "\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f"
                      "\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f"
                      "\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf"
                      "\xb0\xb1\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9\xba\xbb\xbc\xbd\xbe\xbf",
      .match = m_identity_noun_reference,
      .after_others = TRUE,
      .confidence = 0.8f,
  },
  {
      /* Files known by their shape after a short or common label (customer-id's alternation
       * would grow too long: its compilation is paid by every scan):
       * - a trial's or a study's participant: "participant PPI-2207", "Subject 031-0219",
       *   "subject=112-0087" (a site's number, then the person's); letters or a site before
       *   a dash, never a bare count ("participant 12 said", "subject 2024-25"), never an
       *   e-mail's "Subject:";
       * - a French court's docket after a colon or a remark ("N° RG (si connu) : 26/04517");
       * - a police report's number, a year and a sequence ("PV n° 2026/004512"): a complaint
       *   is one person's case; a meeting's "PV n° 12" has no such shape;
       * - a file or a matter in letters, a dash and digits ("(file BVM-2611)");
       * - a chat platform's account in a bot's log ("(ID 884120937551003648)"). */
      .id = "shaped-file-reference",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_shaped_file,
      .pattern = "(?|(?i:participant|subject)[ ]*=?[ ]*"
                 "([A-Z]{1,5}[0-9]?-[0-9]{2,5}|[0-9]{2,3}-[0-9]{3,5})"
                 "|RG[ ]*(?:\\([^()\\n0-9]{1,24}\\)[ ]*)?:[ ]*([0-9]{2}[/\\-][0-9]{3,8})"
                 "|PV[ ]*(?:n°|nº)[ ]*((?:[0-9]{5}/)?[0-9]{4}/[0-9]{4,8})"
                 /* "(file BVM-2611)", "matter WIL-2026-0093": a mediator's or a lawyer's file
                  * in its letters and number, not a standard's ("file ISO-8859") */
                 "|(?i:file|matter)[ ]+(?!(?:ISO|UTF|CVE|RFC|PEP|SHA|MD)-)"
                 "([A-Z]{2,5}-[0-9]{2,4}(?:-[0-9]{2,6})?)"
                 /* a moderation bot's "Member banned: name (ID 1047729384412331028)": a
                  * Discord account's snowflake, one person's */
                 "|(?<=\\()ID[ ]*:?[ ]*([0-9]{17,20})(?=\\)))"
                 "(?![0-9A-Za-z\\-/])",
      .group = 1,
      .window = 64,
      .confidence = 0.75f,
      .validate = v_customer_id,
  },
  {
      /* A trade's label of one person's file (see kw_trade_file): "PhilHealth no.:
       * 12-050471883-9", "NHI: ZKC4471", "Code auteur : AUT-0458", "Numéro unique
       * départemental : 972 24 11 00518 04", "Crew code: PMC-0031874", "cancellation ref
       * CXL-551204", "absence record ABS-26-3381", "Storage agreement: SSL-AGR-22817",
       * "exception: emp 004417 (…)". */
      .id = "trade-file-reference",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_trade_file,
      .pattern
      = "(?|(?:(?i:philhealth|pag-?ibig|code[ ]+auteur|identifiant(?:[ ]+urssaf)?(?:[ ]+artistes?"
        "-auteurs?)?|crew[ ]+(?:code|id|no\\.?|number)|cancellation[ ]+(?:ref(?:erence)?|no\\.?"
        "|number|code|#)|absence[ ]+(?:record|ref(?:erence)?)|(?:storage|rental|hire)[ ]+agreement)"
        "|SSS|NHI)(?:[ ]+(?i:no\\.?|number|#|id))?[ \\t]*[:#]?[ \\t]*"
        "((?=[A-Z0-9./\\-]*[0-9])[A-Z0-9]+(?:[\\-/._][A-Z0-9]+)*)"
        "|(?:(?i:(?:num[ée]ro|n°|nº)[ ]+unique(?:[ ]+(?:d[ée]partemental|r[ée]gional|national))?)"
        "(?:[ ]*(?:n°|nº))?|NUD|NUR)[ \\t]*:?[ \\t]*"
        "([0-9][0-9AB][0-9]?(?:[ ]?[0-9]{2}){2}[ ]?[0-9]{5}(?:[ ]?[0-9]{2})?|[0-9]{13,18})"
        "|(?i:emp)[ ]*#?[ ]*([0-9]{4,10})(?=[ ]*[,;)(]|[ ]*$|[ ]*\\r?\\n))" WORD_END
        "(?![\\-/.][A-Za-z0-9])",
      .group = 1,
      .window = 96,
      .confidence = 0.75f,
      .validate = v_customer_id,
  },
  {
      /* A learning platform's log names each user by their record ("The user with id '1187'
       * enrolled the user with id '50342'"), the same number whatever its length; the
       * course's or the submission's ids after "with id" are no user's. */
      /* Anchored on the number between quotes, not on a keyword: the quotes around it make
       * a cheap digit prefilter, where "user" starts many words. */
      .id = "log-user-id",
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_DIGIT,
      .prefilter = pf_log_user_id,
      .min_digits = 1,
      .first_run_min = 1,
      .first_run_max = 12,
      .before_number = "'",
      .after_number = "'",
      .pattern = "(?<=user[ ]with[ ]id[ ]')([0-9]{1,12})(?=')",
      .group = 1,
      .window = 16,
      .confidence = 0.8f,
  },
  {
      /* A bank statement's direct debit names the creditor, then the payer's file there:
       * "PRLV SEPA MACIF AUTO 2190447851;", "PRLV SEPA FONCIA LOYER NOV REF LOC-35-88127",
       * "DIRECT DEBIT THAMES WATER 900412877". The value ends the label. */
      .id = "direct-debit-reference",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_direct_debit,
      .pattern = "(?i:prlv|pr[ée]l[èe]vement|direct[ ]debit|domiciliation|lastschrift)"
                 "(?:[ ]+(?i:sepa|europ[ée]enne?|sdd))?"
                 "(?:[ ]+/?(?!(?i:ref|r[ée]f|ech|contrat|mandat|rum)(?![A-Za-z]))"
                 "[A-Za-z][A-Za-z&'.\\-]*){1,6}?"
                 "[ ]+/?(?:(?i:ref|r[ée]f|ech|contrat|mandat|rum)[ .:]*)?"
                 "((?=[A-Z0-9\\-/]*[0-9]{4})[A-Z0-9][A-Z0-9\\-/]{4,30})"
                 "(?=[;\\t|,]|[ ]{2}|[ ]*\\r?$|[ ]*\\r?\\n)",
      .group = 1,
      .window = 160,
      .confidence = 0.8f,
      .validate = v_customer_id,
  },
  {
      /* The same label quoted in a sentence: "prélevée par PRLV SEPA MACIF AUTO 2190447851 le
       * 5", "taken as DIRECT DEBIT AVIVA HOME 77120455 on the 1st". Only as the bank prints
       * it, in capitals: "prélèvement de la facture FA-2026-0012 le …" names an invoice. */
      .id = "direct-debit-reference-prose",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_direct_debit,
      .pattern = "(?:PRLV|PR[ÉE]L[ÈE]VEMENT|DIRECT[ ]DEBIT)(?:[ ]+(?:SEPA|SDD))?"
                 "(?:[ ]+/?(?!(?:REF|ECH|CONTRAT|MANDAT|RUM)(?![A-Za-z]))[A-Z][A-Z&'.\\-]*){1,6}?"
                 "[ ]+/?(?:(?:REF|ECH|CONTRAT|MANDAT|RUM)[ .:]*)?"
                 "((?=[A-Z0-9\\-/]*[0-9]{4})[A-Z0-9][A-Z0-9\\-/]{4,30})"
                 /* a sentence goes on in small letters, or ends */
                 "(?=[ ]+\\p{Ll}|[ ]*[.)](?:[ \\t]|\\r?$|\\r?\\n))",
      .group = 1,
      .window = 160,
      .confidence = 0.8f,
      .validate = v_customer_id,
  },
  {
      /* "Numéro fiscal déclarant 1 : 30 12 345 678 901", "SPI : 3012345678901". */
      .id = "fr-tax-number",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_fr_tax_number,
      .pattern = "(?i:(?:num[ée]ro|n°|nº|identifiant)[ ]+fiscal|(?-i:SPI)|spi(?=[ ]*:))"
                 "(?:[ ]+(?i:du[ ]+|de[ ]+l['’])?(?i:d[ée]clarant|contribuable|usager"
                 "|personnel|conjoint)(?:[ ]+[12])?)?(?:[ ]*\\((?:SPI|spi)\\))?"
                 "[ \\t]*(?:[:=][ \\t]*)?"
                 /* "(1 29 74 512 083 66 selon notre fichier)": thirteen digits, grouped as
                  * the sender likes */
                 "\\(?([0-3](?:[ ]?[0-9]){12})" NUM_END,
      .group = 1,
      .window = 96,
      .confidence = 0.9f,
  },
  {
      /* "N° de compte cotisant : 527 0000004829163", "compte cotisant n° 727 0000000241 896":
       * three digits (the URSSAF or MSA office), then the account. */
      .id = "fr-contributor-account",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_fr_contributor,
      .pattern = "(?i:(?:(?:n°|nº|num[ée]ro)[ ]+(?:de[ ]+)?)?(?:compte[ ]+)?cotisant"
                 "(?:[ ]+(?:urssaf|msa))?|(?:n°|compte)[ ]+(?:urssaf|msa))"
                 "[ \\t]*(?:[:=][ \\t]*)?(?i:(?:n°|nº|no\\.?)[ ]*)?"
                 "([0-9]{3}[ ]?(?:[0-9]{10,16}(?:[ ][0-9]{2,4})?|[0-9]{3,4}(?:[ ][0-9]{3,4}){2,4}"
                 "|[0-9]{5,8}[ ][0-9]{3,6}))" NUM_END,
      .group = 1,
      .window = 96,
      .confidence = 0.9f,
  },
  {
      /* The file USCIS keeps on an immigrant: the A-number (nine digits after an 'A') and a
       * case's receipt number (a service centre's three letters, then ten digits: "EAC",
       * "WAC", "LIN", "SRC", "NBC", "MSC", "IOE", "YSC"…). A shop's "receipt 4471" has neither
       * shape. */
      .id = "us-immigration-file",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_us_immigration_file,
      .pattern
      = "(?|(?i:a[ ]?#|a-(?:number|no\\.?|#)|alien[ ]+(?:registration[ ]+)?"
        "(?:number|no\\.?|#))[ \\t]*:?[ \\t]*(A[ \\-]?[0-9]{3}[ \\-]?[0-9]{3}[ \\-]?[0-9]{3})"
        "|(?i:receipt(?:[ ]+(?:number|no\\.?|notice|#))?)[ \\t]*[:#]?[ \\t]*"
        "((?:EAC|WAC|LIN|SRC|NBC|MSC|IOE|YSC|TSC|VSC|CSC|NSC)[0-9]{10}))" NUM_END,
      .group = 1,
      .window = 64,
      .confidence = 0.85f,
  },
  {
      /* The lead-in's noun phrase says what the number is (a number word and a noun of a
       * person's file); any words may follow it on the line before a colon or "est le". */
      .id = "customer-id-lead-in",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_customer_lead_in,
      .prefilter = pf_lead_in_link,
      .pattern = "(?i:(?:num[ée]ro|r[ée]f[ée]rence|identifiant)[ ]*(?:de[ ]+|d['’]|du[ ]+)"
                 "(?:(?:votre|ton|son|mon|notre|leur|la|l['’])[ ]*)?(?:carte[ ]+(?:de[ ]+)?)?"
                 "(?:" REF_NOUNS_FR "|" REF_NOUNS_FR_NUMBERED ")"
                 /* "Our order number for your records is ORD-55812" */
                 "|" REF_NOUNS_EN "[ ]+(?:number|no\\.?|reference|ref\\.?|id|code)"
                 /* "Matricule attribué par la paie : P-2026-118" */
                 "|matricule)"
                 "(?![\\p{L}])[^:\\n]{1,60}?"
                 "(?:[ \\t]*:|[ ]+(?i:est|is|was|sera|will[ ]+be)(?:[ ]+(?i:le|:))?)[ \\t]*#?[ ]*"
                 /* "HM 7730 1195": the issuer's letters, then groups of digits */
                 "((?:[A-Z]{1,5}[ ](?=[0-9]{3}))?"
                 "(?=[A-Z0-9./\\-]*[0-9])[A-Z0-9]+(?:[\\-/._][A-Z0-9]+)*"
                 "(?:[ ](?=[A-Z0-9]{0,6}[0-9])[A-Z0-9]{1,7}(?![A-Za-z0-9\\-/])){0,3})" WORD_END
                 "(?![\\-/.][A-Za-z0-9])",
      .group = 1,
      .window = LEAD_IN_WINDOW,
      .confidence = 0.75f,
      .validate = v_customer_id,
  },

  {
      /* "rider id RD-448193", "my contractor id is QS-C-0058", "Folio H-772910", "Our file:
       * GCT/VIS/26/4471", "n° famille F-00872", "ANEF n° …", "PNR R8T4VB", "RUM AP33-…",
       * "INE 2406008851L", a restaurant's "res RSY-7741903", an airline's "TICKET NO: 176
       * 2419837745": one person's file at a platform, a hotel, a firm, a school or the State. */
      .id = "customer-id-more-leads",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_person_file_more,
      .pattern
      = "(?|(?i:(?:contractor|driver|rider|courier)[ ]+(?:id|no\\.?|number|#)(?:[ ]+is)?"
        "|folio(?:[ ]+(?:no\\.?|number|#))?|our[ ]+file|code[ ]+famille"
        "|n°[ ]*(?:de[ ]+)?(?:famille|apprenante?)"
        "|(?:anef|cpf|visale|dipl[ôo]me)[ ]*(?:n°|nº|no\\.?|num[ée]ro))"
        "[ \\t]*[:#]?[ \\t]*"
        /* "folio VL 482913": the issuer's letters, then the number */
        "((?:[A-Z]{1,3}[ ](?=[0-9]{4}))?(?=[A-Z0-9./\\-]*[0-9])[A-Z0-9]+(?:[\\-/._][A-Z0-9]+)*"
        /* a ride-hail platform's driver: a UUID */
        "|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"
        /* a French voter's "NNE" (numéro national d'électeur), its label's "(NNE) :" too */
        "|(?:PNR|RUM|INE|IPP|(?<!\\p{L})NNE\\)?(?:[ ]+c['’]est(?:[ ]+bien)?)?)[ ]*:?[ ]*"
        "((?=[A-Z0-9\\-]*[0-9])(?=[A-Z0-9\\-]{6})[A-Z0-9]{2,}"
        "(?:-[A-Z0-9]+)*)"
        /* a day sheet's "res RSY-7741903": a booking system's letters, a dash, its number */
        "|(?<![\\p{L}])(?i:res)\\.?[ ]*[:#]?[ ]*([A-Z]{2,5}-[0-9]{5,})"
        /* an airline's e-ticket: its three-digit code, then ten digits ("176 2419837745") */
        "|(?i:(?:e-?)?ticket)[ ]*(?i:no\\.?|number|n°|#)?[ ]*:?[ ]*([0-9]{3}[ "
        "\\-]?[0-9]{10}))" WORD_END "(?![\\-/.][A-Za-z0-9])",
      .group = 1,
      .window = 96,
      .confidence = 0.75f,
      .validate = v_customer_id,
  },
  {
      /* "grievance opened: GRV-0091827", "Contact ID: 90218344", "Submission ID: PPDR-…",
       * "signalement TD-26-00187", "compte joueur U-2290174", "id joueur PR-00783341",
       * "référence gagnant GR-2606-118734", "réservation en ligne WS-0908-33174". */
      .id = "customer-id-case-words",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_case_words,
      .pattern = "(?i:(?:grievance|complaint|appeal)(?=[ ]*[:#]|[ ]+(?:opened|filed|lodged|ref"
                 "|reference|no|number|id|#)(?![A-Za-z]))"
                 "(?:[ ]+(?:opened|filed|lodged|ref(?:erence)?|no\\.?|number|id))?"
                 "|contact[ _\\-]?id|submission[ ]+(?:id|no\\.?|number)"
                 "|signalement(?:[ ]+(?:n°|nº))?|joueu(?:r|se)(?:[ ]+\\(?id)?"
                 "|r[ée]f[ée]rence[ ]+gagnante?|r[ée]servation[ ]+en[ ]+ligne"
                 /* a job seeker's France Travail number (not a job ad's "annonce France Travail
                  * n° …"), a live chat's conversation */
                 "|(?:france[ ]travail|p[ôo]le[ ]emploi)[ ]*\\(?(?:id|identifiant)(?![\\p{L}])"
                 "|conversation(?=[ ]*#)"
                 /* (g20-ids) a manuscript submitted to a journal, its authors' file at the
                  * journal: "Manuscript ID: PSN-104877.R2", "Ms. No. CATL-D-25-00318", "manuscrit
                  * n° …"; the bare noun or "ms" only before a reference's capitals, a dash and
                  * three digits ("manuscript NEL-2025-0217", "ms JGEO-2025-0441"; not "manuscript
                  * 2", "200 ms") */
                 "|manuscri(?:pt|t)(?:[ ]+(?:id|no\\.?|number|num[ée]ro|n[°º]|#)(?![A-Za-z])"
                 "|(?=[ ]*:?[ ]*" MS_REF_SHAPE "))"
                 "|(?<![0-9][ ])(?-i:[Mm]s)(?:\\.?[ ]+(?:no\\.?|number|id)(?![A-Za-z])"
                 "|(?=[ ]+" MS_REF_SHAPE ")))"
                 /* "Complaint #: CMP-2025-11842": a hash and a colon (g19-ids) */
                 "(?![\\p{L}])(?:[ ]+(?i:est|is|was))?[ \\t]*(?:#[ \\t]*)?:?[ \\t]*"
                 "((?:[A-Z]{1,5}[ ](?=[0-9]{3}))?(?=[A-Z0-9./\\-]*[0-9])[A-Z0-9]+"
                 "(?:[\\-/._][A-Z0-9]+)*)" WORD_END "(?![\\-/.][A-Za-z0-9])",
      .group = 1,
      .window = 96,
      .confidence = 0.75f,
      .validate = v_customer_id,
  },
  {
      /* (g20-ids) A loyalty programme's member number after the programme's words: a
       * casino's "Players club #: 66105532", "Player tracking card LP-0033819", a brand's
       * "Yarra Rewards 3008 4412 9907", "Rewards card: RW-448120", "Clubcard 6340 0402 1855"
       * (not points, miles or money after the number: "Rewards 500 000 points"). */
      .id = "loyalty-programme",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_loyalty,
      .pattern = "(?i:player['’]?s?['’]?[ ]+club|players['’]?[ ]+club|rewards?|club[ ]?card"
                 "|(?:player[ ]+)?tracking[ ]+card)"
                 "(?:[ ]+(?i:card|account|member(?:ship)?))?"
                 "(?:[ ]*(?i:no\\.?|number|n°|#|id)(?![A-Za-z]))?[ ]*[:#]?[ ]*"
                 "((?:[A-Z]{1,4}-)*[0-9]{3,}(?:[ \\-][0-9]{2,}){0,3}"
                 "|[A-Z]{1,4}[ ][0-9]{2,4}(?:[ ][0-9]{3,4}){1,3})"
                 "(?![A-Za-z0-9]|[\\-/.,][0-9]|[ ]*(?i:points|pts|miles|avios|credits|%))",
      .group = 1,
      .window = 80,
      .confidence = 0.8f,
      .validate = v_loyalty_number,
  },
  {
      /* (g20-ids) A sports licence with its holder's role or its federation's mixed-case name
       * between the word and the number: "licence dirigeant 2509876543", "Licence FFVoile :
       * 1241187J", "licence entraîneur n° …" (customer-id reads "licence FFBB n° …"; its
       * fillers are not widened: a word there costs each of its many tries). */
      .id = "sports-licence-role",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_sports_licence,
      .pattern = "(?i:licen[cs]e)[ ]+(?:(?i:dirigeante?|joueu(?:r|se)|arbitre|entra[îi]neur"
                 "|[ée]ducat(?:eur|rice)|technicien(?:ne)?|officiel(?:le)?)"
                 "|(?-i:[A-Z]{2,4}\\p{Ll}{2,10}))(?:[ ]+(?i:n[°º]|no\\.?|num[ée]ro))?[ ]*:?[ ]*"
                 "((?=[A-Z0-9]*[0-9])[A-Z0-9]{5,14})(?![A-Za-z0-9]|[\\-/.][A-Za-z0-9])",
      .group = 1,
      .window = 72,
      .confidence = 0.8f,
      .validate = v_customer_id,
  },
  {
      /* Brazil's CPF after its letters: "CPF 371.604.582-90" (a firm's CNPJ is no person's) */
      .id = "br-cpf",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_br_cpf,
      .pattern = "(?<![\\p{L}])CPF(?:[ ]*(?:n[°º]|no\\.?|nº))?[ ]*:?[ ]*"
                 "([0-9]{3}\\.[0-9]{3}\\.[0-9]{3}-[0-9]{2})(?![0-9])",
      .group = 1,
      .window = 48,
      .confidence = 0.9f,
      .validate = v_br_cpf,
  },
  {
      /* (g24-refs-fr) France's planning applications and permits by their national layout
       * (code de l'urbanisme, arrêté of 2007): the type (PC, PCMI, PA, PD, DP, DPMI, CU,
       * CUa, CUb; a DIA's IA or DIA, an ERP's AT), the département's three signs (056, 02A, 971),
       * the commune's INSEE three digits, the year's two, a sequence of four or five signs,
       * a modificatif's or transfert's M01/T01; spaces, dots or nothing between, the same
       * all along: "PC 056 121 25 00018", "DP05935025X0487", "CUb 064.483.25.X0140". The
       * thirteen signs in their groups are the rule: "DP 2", "PC 2024" and a PC's model
       * number have no département, commune, year and sequence. One applicant's file at
       * the mairie: CUSTOMER_ID (the corpus conventions). */
      .id = "fr-urbanisme",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_fr_urbanisme,
      .prefilter = pf_fr_urbanisme,
      .pattern = "(?-i:(?:PCMI|PC|PA|PD|DPMI|DP|CU[abAB]?|D?IA|AT)[ ]?"
                 "(?:0(?!00)[0-9]{2}|0?2[AB]|97[1-8])([ .]?)(?!000)[0-9]{3}\\1[0-9]{2}\\1"
                 "[A-Z0-9]?[0-9]{4}(?:[ .\\-]?[MT][0-9]{1,2})?)" NUM_END,
      .window = 40,
      .confidence = 0.92f,
  },
  {
      /* (g24-refs-fr) A French form's line: "N° <label> : value" at the line's start (or after
       * a column's spaces, a bullet), whatever the label names ("N° de déclaration :
       * AS-2A-2025-0139", "N° d'adhésion attribué : OBS-42-0031876", "No de contribuable
       * (NIF) : 1.384.229.507", "N° ADEM : DE-0941187"): the form gives one person's file its
       * own line. The structure is the rule, not the label: only the labels of things the
       * conventions leave unmarked (an invoice, a quote, a VAT or firm's number, a lot, a
       * parcel, a phone line, a page, an article, a product) are refused, and the value must
       * end its line or its column (two spaces, ';', '|'). */
      .id = "fr-form-number-line",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_form_number_line,
      .prefilter = pf_form_number_line,
      .pattern
      = "(?:(?<=^)|(?<=[\\n\\t])|(?<=[ ]{2})|(?<=^[ ])|(?<=\\n[ ])|(?<=[\\-•][ ])"
        /* (g25-refs-fr) a sentence's start: "… déposée. No de contribuable : 210 447 831." */
        "|(?<=[a-zé)][.!?][ ]))"
        /* (g25-refs-fr) "Identifiant défense : …", "Identifiant épargnant : …": French
         * puts the noun after "Identifiant" as after "N°" */
        "(?-i:N°|Nº|No|Numéro|NUMÉRO|Identifiant|IDENTIFIANT)[ ]+"
        "(?:de[ ]+(?:la[ ]+|l['’])?|d['’]|du[ ]+|des[ ]+)?"
        "(?!(?:de[ ]+(?:la[ ]+|l['’])?|d['’]|du[ ]+|des[ ]+)?(?i:"
        /* stems: "facture", "factures", "recommandé", "cadastrale" */
        "factur|devis|tva|siret|siren|s[ée]rie|recommand|t[ée]l[ée]?ph|portable|version"
        "|agr[ée]ment|ch[èe]que|transaction|immatricul|passeport|permis"
        /* a creditor's (SEPA ICS), a login's */
        "|cr[ée]ancier|connexion"
        "|carte[ ](?:d['’]identit|nationale|grise|vitale|bancaire|de[ "
        "](?:s[ée]jour|cr[ée]dit|paiement))"
        "|finess|adeli|rpps|ordre[ ]des|ticket[ ]de[ ]caisse|parcelle|cadastr|mod[èe]le"
        "|produit|fournisseur|s[ée]curit[ée][ ]sociale|licence[ ]d['’]entrep|d[ée]partement"
        "|arr[êe]t[ée]|d[ée]cret|d[ée]lib[ée]ration|circulaire|b[âa]timent|[ée]tage"
        /* short words, whole */
        "|(?:avoir|bon|bc|rcs|ape|naf|lots?|colis|suivi|envoi|t[ée]l|fax|mobile|lignes?|pages?"
        "|articles?|vol|train|quai|place|chambre|salle|bureau|poste|porte|rue|voie|cni|iban"
        "|rib|bic|rna|tpe|section|plan|prix|sku|ean|imei|march[ée]|os|ss|nir|insee|loi"
        "|commune|dossier[ ]fournisseur)(?![\\p{L}])))"
        "\\p{L}[\\p{L}0-9'’\\-]*(?:[ ]\\p{L}[\\p{L}0-9'’\\-]*){0,4}"
        /* an acronym or (g25-refs-fr) a remark of lower-case words in brackets: "(NIF)",
         * "(dossier)", "(si connu)" */
        "(?:[ ]\\((?:(?-i:[A-Z]{2,6})|(?-i:[a-zé][a-zéèêàç]+(?:[ ][a-zéèêàç]+){0,2}))\\))?"
        "[ ]*(?:\\.{2,}[ ]*)?:[ ]*"
        "((?:" REF_GROUPS_LETTERS "|[A-Z]{1,4}(?:/[A-Z]{1,4})+[ ](?=[0-9]))?"
        "(?=[A-Za-z0-9./\\-]*[0-9])[A-Za-z0-9]+(?:[\\-/._][A-Za-z0-9]+)*"
        "(?:[ ](?=[A-Z0-9]{0,6}[0-9])[A-Z0-9]{1,7}(?![A-Za-z0-9\\-/])){0,3}" REF_GROUPS_KEY ")"
        "(?=[ ]*(?:$|\\r|\\n)|[ ]{2}|[ ]*[;|\\t]|[.,][ ]*(?:$|\\r|\\n))",
      .group = 1,
      .window = 160,
      .confidence = 0.8f,
      .validate = v_form_number_line,
      .after_others = TRUE,
  },
  {
      /* (g24-refs-fr) The value a registration's phrase gives ("Votre demande est enregistrée
       * sous le numéro 12948871", "plainte enregistrée sous le n° 2026/013/004712", "Votre
       * dossier porte le numéro 2025-ADS-0412"): French administrative prose names a
       * person's file so, whatever the file's noun further back; v_registered_under() leaves
       * a firm's registrations. */
      .id = "fr-registered-under-number",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_registered_under,
      .pattern = "(?:sous|porte)[ ]+le[ ]+(?:num[ée]ro|n°|nº)[ ]*:?[ ]*(?:\\r?\\n[ ]*)?"
                 "((?:[A-Z]{1,5}[ ](?=[0-9]{3}))?"
                 "(?=[A-Za-z0-9./\\-]*[0-9])[A-Za-z0-9]+(?:[\\-/._][A-Za-z0-9]+)*"
                 "(?:[ ](?=[0-9]{2,6}(?![A-Za-z0-9\\-/]))[0-9]{2,6}){0,4})" WORD_END
                 "(?![\\-/.][A-Za-z0-9])",
      .group = 1,
      .window = 120,
      .confidence = 0.8f,
      .validate = v_registered_under,
      .after_others = TRUE,
  },
  {
      /* A health system's number of one person by its acronym, in capitals: Québec's RAMQ,
       * British Columbia's PHN, Alberta's AHCIP, the US Medicare's MBI, Australia's IHI, DVA
       * card and hospitals' UR number, Epic's CSN (one patient's encounter), Ireland's PPS
       * number ("PPS number on file: 7219384HA"), My Aged Care's ID; not Ofsted's URN, a
       * childminder's registration. */
      .id = "health-system-number",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_health_number,
      .pattern = "(?<![\\p{L}])(?:RAMQ|PHN|AHCIP|MBI|IHI|CSN|(?<!Ofsted[ ])URN(?=[ ]*[:#])"
                 "|UR[ ]?(?i:no\\.?|number|#)"
                 "|DVA(?:[ ]+(?:Gold|White|Orange))?|PPSN?|(?i:my[ ]+aged[ ]+care[ ]+id)"
                 /* "We have your Medicare card as 2953 81740 1 (IRN 2)": Australia's 4-5-1 */
                 "|(?i:medicare[ ]+card[ ]+(?:as|is))(?=[ ]+[0-9]{4}[ ][0-9]{5}[ ][0-9](?![0-9])))"
                 "(?:[ ]+(?i:card[ ]+)?(?i:number|no\\.?|#|card))?"
                 "(?:[ ]+(?i:on[ ]+file|assigned|is|was))?[ \\t]*[:#]?[ \\t]*"
                 "((?:[A-Z]{1,5}[ ](?=[0-9]{3}))?(?=[A-Z0-9\\-]*[0-9])[A-Z0-9]+(?:-[A-Z0-9]+)*"
                 "(?:[ ](?=[A-Z0-9]{0,6}[0-9])[A-Z0-9]{1,7}(?![A-Za-z0-9\\-/])){0,3})" WORD_END
                 "(?![\\-/.][A-Za-z0-9])",
      .group = 1,
      .window = 96,
      .confidence = 0.93f,
      .validate = v_customer_id,
  },
  {
      /* The value on the line below its label: a form's screen copied line by line
       * ("Numéro fiscal" over "3 07 4 512 889 041", "N° de demande :" over its number), or
       * a chat's answer to a question ("What's your order number?", the customer's name and
       * time on the next line, then "#EP-104977 es el vestido…"). */
      .id = "customer-id-next-line",
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_customer_next_line,
      .prefilter = pf_label_ends_line,
      .pattern
      = "(?i:(?:n°|nº|no\\.?|num[ée]ro|r[ée]f[ée]rence|identifiant)[ ]*"
        "(?:de[ ]+|d['’]|du[ ]+)?(?:l['’])?(?:(?:votre|ton|son|mon|notre)[ ]+)?"
        /* a short list of files' nouns: a form's labels use the common ones */
        "(?:client|dossier|contrat|adh[ée]rent|allocataire|fiscal|avis|soci[ée]taire"
        "|demande|assur[ée]|patient|sinistre|police|compte|commande|r[ée]servation"
        "|cotisant|membre|abonn[ée]|usager|[ée]l[èe]ve|matricule)"
        "|(?:order|account|customer|member(?:ship)?|policy|booking|claim|case|patient"
        "|reference|confirmation|tax|allocataire|client|student|employee)[ ]+"
        "(?:number|no\\.?|reference|ref\\.?|id))"
        "(?![\\p{L}])[^\\n\\r0-9?:]{0,24}[ \\t]*[:?]?[ \\t]*\\r?\\n(?:[ \\t]*\\r?\\n)?"
        /* "Vous · 09:02", "Yesenia Ocampo · 7:13 PM": who answers, and when */
        "(?:[^\\n\\r0-9]{1,40}[0-9]{1,2}:[0-9]{2}(?:[ ]?[AaPp][Mm])?[ \\t]*\\r?\\n"
        /* a chat copied without times: the answerer's name alone on its line */
        "|(?<=\\?\\n|\\?\\r\\n)\\p{Lu}[\\p{L}'’\\-]+(?:[ ]\\p{Lu}[\\p{L}'’\\-]+){0,3}[ "
        "\\t]*\\r?\\n)?"
        /* (g24b-prose) a transcript's or a chat's turn answering on the line below
         * a question: "CALLER: yeah it's 408 337 915K", "[14:02]
         * Visitor: LKA-553902", "CLIENT : Oui euh c'est …" (the speaker's name, a
         * time before it, a short opener after it) */
        "(?:(?<=\\?\\n|\\?\\r\\n|\\?[ ]\\n)[ \\t]*(?:\\[?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ "
        "]?[AaPp][Mm])?"
        "\\]?[ \\t]+)?\\p{L}[\\p{L}'’\\-]*(?:[ ]\\p{L}[\\p{L}'’\\-]*){0,2}[ \\t]?:[ \\t]+"
        "(?:(?i:yes|yeah|yep|oui|ok|okay|hey|hi|so|euh|uh|um|alors|sure)[ ,.]+){0,3}"
        "(?:(?i:it['’]?s|it[ ]is|c['’]est|that['’]s|voil[àa])[ ,]+(?:(?i:euh|uh|um|le)[ ,]+)?)?)?"
        "[ \\t]*#?((?=[A-Z0-9./\\- ]*[0-9])[A-Z0-9](?:[A-Z0-9./\\-]*[A-Z0-9])?"
        /* "2719654 - the lady…": a dash alone is no part of it */
        "(?:[ ](?=[./\\-]*[A-Z0-9])[A-Z0-9./\\-]*[A-Z0-9]){0,6})"
        "(?=[ \\t]*(?:\\r?\\n|$)|[,.;)]?[ ]\\p{L}|[,.;)]?(?:\\r?\\n|$)|[ ][\\-–—][ ])",
      .group = 1,
      .window = 200,
      .confidence = 0.75f,
      .validate = v_customer_id,
  },
  {
      /* "id": 4412 at the top of a user's or a contact's object (see v_json_person_id()). */
      .id = "json-person-id",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_json_id,
      .prefilter = pf_json_id_key,
      /* Salesforce's "Id" too */
      .pattern
      = "[iI]d\"[ \\t]*:[ \\t]*\"?([A-Za-z0-9][A-Za-z0-9_\\-]{1,39})\"?(?![A-Za-z0-9_\\-])",
      .group = 1,
      .window = 64,
      .confidence = 0.75f,
      .validate = v_json_person_id,
  },
  {
      /* (g24b-keys) "claim": {"ref": "PSW-CLM-00918472"}, "application": {"number": …}: a
       * bare reference key of an object whose own key names a person's file (see
       * v_json_parent_file_ref()). */
      .id = "json-parent-file-ref",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_json_bare_ref,
      .prefilter = pf_json_id_key,
      .pattern = "(?:ref|number|numero|reference|Ref|Number|Reference)\"[ \\t]*:[ \\t]*\"?"
                 "([A-Za-z0-9][A-Za-z0-9_\\-/]{2,39})\"?(?![A-Za-z0-9_\\-])",
      .group = 1,
      .window = 64,
      .confidence = 0.75f,
      .validate = v_json_parent_file_ref,
  },
  {
      /* A FHIR Patient's identifiers: "system": "https://fhir.nhs.uk/Id/nhs-number", "value":
       * "9449306621" (see v_fhir_person_identifier()). */
      .id = "fhir-person-identifier",
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_fhir_system,
      .pattern
      = "(?<=\")system\"[ \\t]*:[ \\t]*\"(?:https?://|urn:)[^\"\\r\\n]{1,200}\"[ \\t\\r\\n]*,"
        "[ \\t\\r\\n]*\"value\"[ \\t]*:[ \\t]*\""
        "([A-Za-z0-9][A-Za-z0-9_.\\-/]{2,38}[A-Za-z0-9])\"",
      .group = 1,
      .window = 400,
      .confidence = 0.8f,
      .validate = v_fhir_person_identifier,
  },
  {
      /* "user_id": "…", "numero_allocataire": "1044872", insurance_member_id="ODS9928…",
       * userId=u_58812: a key naming a person's record (see v_key_reference()). */
      .id = "key-reference",
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_ASSIGN,
      .keywords = kw_key_reference,
      /* no space before a ':': a key, not a label in prose ("Client : CL-4471" is
       * customer-id's) */
      .pattern = "[A-Za-z0-9_.\\-]{1,48}(?:[\"']?[ \\t]*(?:=>|=)|[\"']?:)[ \\t]*[\"']?"
                 "([A-Za-z0-9][A-Za-z0-9_\\-./:|]{0,46}[A-Za-z0-9]"
                 /* "06 12458 7733": groups of digits */
                 "(?:[ ][0-9]{2,8}(?=[ ]?[\"',}\\r\\n]|[ ][0-9]|$)){0,4})(?![A-Za-z0-9_\\-])",
      .group = 1,
      .window = 120,
      .confidence = 0.8f,
      .validate = v_key_reference,
  },
  {
      /* (g18-ids2) {"doc_type": "intl_passport", "number": "B02719346"}: a number beside the
       * document's kind (see v_kind_sibling_document()) */
      .id = "kind-sibling-document",
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_ASSIGN,
      .keywords = kw_kind_sibling,
      .pattern
      = "(?<=\")(?i:number|numero|num|no|value|doc_number|document_number)\"[ \\t]*:[ \\t]*\""
        "([A-Za-z0-9][A-Za-z0-9\\-/ ]{3,22}[A-Za-z0-9])\"",
      .group = 1,
      .window = 64,
      .confidence = 0.85f,
      .validate = v_kind_sibling_document,
  },
  {
      /* (session 25, g25-phones) "contact_phone": "6124471180", msisdn=254728450613,
       * "beneficiary_msisdn": "923218830645": a key naming a phone, its number with no '+'
       * (see v_key_phone()). */
      .id = "key-phone",
      .type = VOILE_TYPE_PHONE,
      .anchors = VOILE_ANCHOR_ASSIGN,
      .keywords = kw_key_phone,
      .pattern = "[A-Za-z0-9_.\\-]{1,48}(?:[\"']?[ \\t]*(?:=>|=)|[\"']?:)[ \\t]*[\"']?"
                 "([0-9](?:[0-9]|[ .\\-][0-9]){7,17})(?![A-Za-z0-9_\\-]|[.,][0-9])",
      .group = 1,
      .window = 96,
      .confidence = 0.85f,
      .validate = v_key_phone,
  },
  {
      /* (g18-ids2) "passport_number": "B02719346", "nationalIdentifier": "…", id_card_no=…,
       * "driverLicense": "D4412-88190": a key naming an identity document's number (see
       * key_names_document()). */
      .id = "key-document",
      .type = VOILE_TYPE_ID_DOCUMENT,
      .anchors = VOILE_ANCHOR_ASSIGN,
      .keywords = kw_key_document,
      .pattern = "[A-Za-z0-9_.\\-]{1,48}(?:[\"']?[ \\t]*(?:=>|=)|[\"']?:)[ \\t]*[\"']?"
                 "([A-Za-z0-9][A-Za-z0-9\\-/]{3,22}[A-Za-z0-9](?:[ ][0-9]{2,8}){0,3})"
                 "(?![A-Za-z0-9_\\-])",
      .group = 1,
      .window = 120,
      .confidence = 0.85f,
      .validate = v_key_document,
  },
  {
      /* "auth0|654f1a2b…", "gid://shopify/Customer/7384920117431", "acct_1032D82eZvKYlo2C",
       * "usr_01HF8Z3K7Q9M2", "usr_9921": an identity provider's, a shop's or an API's handle of one
       * person's account. */
      .id = "platform-person-id",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_platform_person,
      .validate = v_platform_person_id,
      .pattern = "(?:(?:auth0|google-oauth2)\\|(?=[A-Za-z0-9]*[0-9])[A-Za-z0-9]{8,40}"
                 "|gid://shopify/(?:Customer|CompanyContact)/[0-9]{4,20}"
                 /* Rewardful's and other affiliate programmes' "aff_7hQm2Lx9" */
                 "|(?:acct|usr|aff)[_](?=[A-Za-z0-9]*[0-9])[A-Za-z0-9]{6,32}"
                 /* a small app's "usr_9921": its users' row numbers behind the prefix */
                 "|usr_[0-9]{4,5})(?![A-Za-z0-9_\\-])",
      .window = 64,
      .confidence = 0.9f,
  },
  {
      /* "GET /client/48213/factures", "/account/7741/orders": a web app's path names one
       * customer's pages by their number (only under a person's word: "/product/77" not;
       * "/customers/123" is a REST API's collection, as its docs show it). */
      .id = "customer-path",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_customer_path,
      .prefilter = pf_path_segment,
      .pattern
      = "(?<=[/\\-_])(?i:clients?|customer|accounts?|members?|patients?|adherents?|comptes?"
        /* a care home's families' and residents' portal; (g18-ids2) a back office's
         * "/customers/RC-0009183" in its access log (v_customer_path()) */
        "|familles?|r[ée]sidents?|customers(?=/[A-Z]{1,3}-?[0-9]))/"
        /* "/admin/client/C-1874": the file's letter before its number */
        "((?:[A-Z]{1,3}-?)?[0-9]{3,9})(?=[/?#\\s\"]|$)",
      .group = 1,
      .window = 32,
      .confidence = 0.75f,
      .validate = v_customer_path,
  },
  {
      /* (g18-ids2) "logged it on his record 231405", "sa fiche 30417", "their file
       * CF-20931": a file's noun after a possessive is that person's, its number too (a
       * record, a card, a file alone are as often a thing's) */
      .id = "possessive-file",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_possessive_file,
      .prefilter = pf_possessive_file,
      .pattern = "(?i:his|her|son|sa|leur)[ ]+(?i:record|file|card|badge|membership"
                 "|fiche|carte|badge)[ ]+(?:(?i:no\\.?|number|n[°º]|#)[ ]*)?"
                 "((?:[A-Z]{1,4}-)?[0-9]{4,12})(?![A-Za-z0-9\\-]|[.,][0-9])",
      .group = 1,
      .window = 64,
      .confidence = 0.75f,
      .validate = v_possessive_file,
  },
  {
      /* "reference": "QHZWNMRAT" in a PrestaShop order (JSON): no digit at all. */
      .id = "order-reference-letters",
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_reference_key,
      .prefilter = pf_reference_key,
      .pattern = "reference[\"'][ \\t]*:[ \\t]*[\"']([A-Z]{9})[\"']",
      .group = 1,
      .window = 32,
      .confidence = 0.8f,
      .validate = v_letters_order_reference,
  },
  {
      /* A UK bank account is written beside its sort code: "60-83-71 / 22450183",
       * "20-32-06 73114590" (the sort code names the branch, not the person). */
      .id = "account-after-sort-code",
      .prefilter = pf_sort_code,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_DIGIT,
      .after_run = "-",
      .pattern
      = "(?<![0-9\\-])[0-9]{2}-[0-9]{2}-[0-9]{2}[ \\t]*[/|,;]?[ \\t]*([0-9]{8})(?![0-9\\-])",
      .group = 1,
      .min_digits = 6,
      .first_run_min = 2,
      .first_run_max = 2,
      .window = 32,
      .confidence = 0.75f,
      .validate = v_sort_code_account,
  },
  {
      /* An Australian account is given with its BSB (the branch, nobody's): "BSB 062-000
       * Acc 1234 5678", "BSB: 032-085, Account No. 318774". */
      .id = "account-after-bsb",
      .needs_digit = TRUE,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_bsb,
      .pattern = "(?i:bsb)[ \\t]*[:#]?[ \\t]*[0-9]{3}[\\- ]?[0-9]{3}[ \\t]*[,;/|]?[ \\t]*"
                 "(?i:acc(?:oun)?t|acc|a/c)(?:[ ]*(?i:no\\.?|number|#))?[ \\t]*[:#]?[ \\t]*"
                 "([0-9]{3,4}[ \\-]?[0-9]{3,6})" NUM_END,
      .group = 1,
      .window = 80,
      .confidence = 0.8f,
  },
  {
      /* Stripe's customer and subscription objects ("cus_NffrFeUfNV2Hib", "sub_1Oa…"):
       * each names one paying person, wherever it is pasted. */
      .id = "stripe-customer",
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_stripe,
      .pattern = "(?:cus|sub)_[A-Za-z0-9]{14,32}" WORD_END,
      .window = 40,
      .confidence = 0.9f,
      .validate = v_stripe_id,
  },

  /* ---- secrets ------------------------------------------------------------------------ */
  {
      .id = "private-key",
      .type = VOILE_TYPE_SECRET,
      .anchors = VOILE_ANCHOR_PEM,
      .pattern = "-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----"
                 "(?:[\\s\\S]*?-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----"
                 "|(?:\\s*[A-Za-z0-9+/=:\\-]+)+)",
      .window = 16384,
      .confidence = 0.99f,
  },
  {
      .id = "aws-access-key",
      .type = VOILE_TYPE_SECRET,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_aws,
      .pattern = "(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z2-7]{16}" WORD_END,
      .window = 24,
      .confidence = 0.95f,
  },
  {
      .id = "saas-token",
      .type = VOILE_TYPE_SECRET,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_tokens,
      .pattern = "(?:(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,255}"
                 "|glpat-[A-Za-z0-9_\\-]{20,}|xox[abprs]-[A-Za-z0-9\\-]{10,}"
                 "|[sr]k_(?:live|test)_[A-Za-z0-9]{16,}|AIza[0-9A-Za-z_\\-]{35}"
                 "|npm_[A-Za-z0-9]{36}|hf_[A-Za-z0-9]{30,}"
                 "|gl(?:rt|dt|ptt|soat)-[A-Za-z0-9_\\-]{20,}|ya29\\.[A-Za-z0-9_\\-]{30,}"
                 "|shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}|xapp-[0-9]-[A-Za-z0-9\\-]{20,}"
                 "|dp\\.(?:st|pt|sa)\\.[A-Za-z0-9_\\-.]{30,}|hvs\\.[A-Za-z0-9_\\-]{24,}"
                 "|PMAK-[a-f0-9]{24}-[a-f0-9]{34}|lin_api_[A-Za-z0-9]{40}|ntn_[A-Za-z0-9]{40,}"
                 "|ATATT3[A-Za-z0-9_\\-=]{40,}|dop_v1_[a-f0-9]{64}"
                 "|SG\\.[A-Za-z0-9_\\-]{22}\\.[A-Za-z0-9_\\-]{43}"
                 "|pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\\-]{50,})" WORD_END,
      .window = 300,
      .confidence = 0.97f,
  },
  {
      .id = "sk-token",
      .type = VOILE_TYPE_SECRET,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_sk,
      .pattern = "sk-(?:proj-|ant-(?:api|admin)[0-9]{2}-|svcacct-|admin-)?[A-Za-z0-9_\\-]{20,}"
                 "(?![A-Za-z0-9_\\-])",
      .window = 300,
      .confidence = 0.95f,
      .validate = v_token_entropy,
  },
  {
      .id = "jwt",
      .type = VOILE_TYPE_SECRET,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_jwt,
      .pattern = "eyJ[A-Za-z0-9_\\-]{8,}\\.[A-Za-z0-9_\\-]{8,}\\.[A-Za-z0-9_\\-]{8,}"
                 "(?![A-Za-z0-9_\\-])",
      .window = 8192,
      .confidence = 0.95f,
  },
  {
      .id = "url-password",
      .type = VOILE_TYPE_SECRET,
      .anchors = VOILE_ANCHOR_SCHEME,
      /* "redis://:password@host": no user before the colon; "smtp://shop@example.fr:…@host":
       * a mailbox as the user, its '@' not encoded */
      .pattern = "[A-Za-z][A-Za-z0-9+.\\-]{1,15}://(?:[^\\s:/@]{1,64}@)?[^\\s:/@]{0,64}:"
                 "([^\\s/@]{1,128})@[A-Za-z0-9\\[]",
      .group = 1,
      .window = 240,
      .confidence = 0.95f,
      .validate = v_url_password,
  },
  {
      .id = "key-value-secret",
      .type = VOILE_TYPE_SECRET,
      .anchors = VOILE_ANCHOR_ASSIGN,
      .keywords = kw_assign,
      .pattern = "[A-Za-z0-9_.\\-]+[\"']?[ \\t]*(?:=>|:=|=|:|,)[ \\t]*"
                 "(?:(?i:bearer|basic|token)[ ]+)?"
                 "(?|\"([^\"\\n]{4,256})\"|'([^'\\n]{4,256})'|`([^`\\n]{4,256})`"
                 /* Google app passwords: four groups of four letters */
                 "|([a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4})(?![A-Za-z0-9])"
                 /* a bare value ends at a '&' that opens the next key of a query
                  * string ("?token=…&state=…"), not at one inside a password
                  * ("DB_PASSWORD=Xy7&kq2Lm9") */
                 "|([^\\s\"'`,;&<>](?:[^\\s\"'`,;&<>]"
                 "|&(?=[^\\s\"'`,;&<>])(?![A-Za-z_][A-Za-z0-9_.\\-]{0,32}=)){3,255}))",
      .group = 1,
      .window = 320,
      .confidence = 0.9f,
      .validate = v_assign,
  },
  {
      .id = "password-in-prose",
      .type = VOILE_TYPE_SECRET,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_password_words,
      .pattern
      = "(?i:passwords?|mot[ ]de[ ]passe|mdp|passcode|code[ ](?:du[ ])?wi-?fi"
        /* a chat's "user bakeryadmin pw Crumb&Crust#2025": lower case only ("PW127M" is an
         * engine); not "pwd", a shell's command before a folder */
        "|(?-i:pw)"
        /* a domain's transfer code, a secret its registrant holds */
        "|code[ ]epp|\\(?epp\\)?[ ]code|auth[ \\-]?code|authinfo"
        /* (g23-dates) "code secret : Soutenance12!", "secret code: …" */
        "|code[ ](?:secret|confidentiel)|secret[ ]code"
        "|wi-?fi[ ](?:password|key)|cl[ée][ ](?:wi-?fi|wpa2?|de[ ]s[ée]curit[ée])"
        /* "Wi-Fi Freebox-12AB3C, clé : …", "Wifi: Telstra-4F22 / pw …": the network's
         * name, then its key */
        "|wi-?fi[ ]*:?[ ]*[A-Za-z0-9_\\-]{1,32}[ ]*[/,][ ]*(?:cl[ée]|key|code|pw|pwd|pass|mdp))"
        /* "Username-Password-Authentication", "password_confirmation": a longer word */
        "(?![A-Za-z0-9_]|-[A-Z][a-z]+(?![A-Za-z0-9]))"
        /* (g23-dates) a small word whole: "code secret : Lagon-2291!" keeps its "La" */
        "(?:[ \\t]+(?i:(?:is|est|c['’]est|admin|root|du|de|la|le|for|the|wifi|wi-fi)"
        "(?![\\p{L}0-9])|:|=|-|/)"
        /* a form line's qualifier before its colon: "Mot de passe temporaire :", "mdp
         * provisoire :", "Password (initial):" */
        "|[ \\t]+\\(?\\p{Ll}[\\p{Ll}\\-]{2,15}\\)?(?=[ \\t]*:)){0,4}"
        "[ \\t]*[:=]?[ \\t]*[\"'«“]?[ ]?([^\\s\"'»”]{6,64})",
      .group = 1,
      .window = 140,
      .confidence = 0.85f,
      .validate = v_prose_password,
  },
  {
      /* A key pasted in a chat: "the api key for mailgun staging is 3f9a1c7e…". */
      .id = "key-in-prose",
      .type = VOILE_TYPE_SECRET,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_key_words,
      .prefilter = pf_long_token_after,
      .pattern = "(?i:api[ _\\-]?key|access[ ]key|secret[ ]key|cl[ée][ ](?:d['’])?api"
                 "|(?:api|access|auth)[ ]token|token|key|secret|cl[ée])(?![A-Za-z0-9_\\-])"
                 "(?:[ \\t]+(?:[a-z][a-z0-9\\-'’]{0,15}|:|=|-)){0,5}?"
                 "[ \\t]*[:=]?[ \\t]*[\"'`]?([A-Za-z0-9_\\-]{24,128})(?![A-Za-z0-9_\\-])",
      .group = 1,
      .window = 220,
      .confidence = 0.85f,
      .validate = v_prose_key,
  },
  {
      .id = "cli-password",
      .type = VOILE_TYPE_SECRET,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_cli,
      /* "-p" gives the password to MySQL's tools and sshpass only: psql's and smbclient's
       * "-p 5432" is a port, curl's and wget's "-p" no value at all. */
      .pattern = "(?|(?:mysql(?:dump|admin)?|mariadb(?:-dump)?|sshpass)"
                 "(?![A-Za-z0-9_])[^\\n]{0,120}?[ ]"
                 "(?|-p'([^'\\n]{4,64})'|-p\"([^\"\\n]{4,64})\"|-p([^\\s'\"]{4,64})"
                 "|--password[= ]['\"]?([^\\s'\"]{4,64})"
                 "|(?:-u|--user)[ ]+[^\\s:'\"]+:([^\\s'\"@]{4,64})"
                 "|-p[ ]+([^\\s'\"-][^\\s'\"]{3,63}))"
                 "|(?:psql|curl|wget|smbclient)(?![A-Za-z0-9_])[^\\n]{0,120}?[ ]"
                 "(?|--password[= ]['\"]?([^\\s'\"]{4,64})"
                 "|(?:-u|--user)[ ]+[^\\s:'\"]+:([^\\s'\"@]{4,64})))",
      .group = 1,
      .window = 240,
      .confidence = 0.9f,
      .validate = v_url_password,
  },
  {
      /* (g20-ids) ORCID iDs, a researcher's one record at ORCID, wherever they are written
       * (a byline, an "https://orcid.org/" link, a JATS contrib-id, a submissions export's
       * column): four groups of four, the check digit last (0-9 or X). */
      .id = "orcid",
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_DIGIT,
      .first_bytes = "0",
      .after_run = "-",
      .pattern = "(?:0000-000[1-3]|0009-00[01][0-9])-[0-9]{4}-[0-9]{3}[0-9X]"
                 "(?![0-9A-Za-z]|[\\-][0-9A-Za-z])",
      .min_digits = 15,
      .first_run_min = 4,
      .first_run_max = 4,
      .window = 20,
      .confidence = 0.85f,
      .validate = v_orcid,
  },
  {
      /* E-ticket numbers: an airline's three-digit code, then the ticket's ten digits. */
      .id = "eticket-number",
      .prefilter = pf_eticket,
      .type = VOILE_TYPE_CUSTOMER_ID,
      .anchors = VOILE_ANCHOR_DIGIT,
      .after_run = "-",
      .pattern = "(?<![0-9\\-])[0-9]{3}-[0-9]{10}(?![0-9\\-])",
      .min_digits = 13,
      .first_run_min = 3,
      .first_run_max = 3,
      .window = 16,
      .confidence = 0.8f,
      .validate = v_eticket,
  },
  {
      /* (session 21, g21-addr) A password's hash in crypt(3)'s format wherever it is pasted
       * (an SQL dump's quoted value, a config, a shadow line, a chat): bcrypt "$2y$10$" and
       * its 53 characters, SHA-crypt "$6$salt$hash", MD5-crypt "$1$", yescrypt "$y$…", and
       * Argon2's "$argon2id$v=19$m=…,t=…,p=…$salt$hash". The shape alone says it: the scheme
       * between its '$', a salt and a hash of crypt's alphabet of the scheme's length. */
      .id = "crypt-hash",
      .type = VOILE_TYPE_SECRET,
      .anchors = VOILE_ANCHOR_CURRENCY,
      .prefilter = pf_crypt_hash,
      .pattern = "\\$(?:2[aby]?\\$[0-9]{2}\\$[./A-Za-z0-9]{46,53}"
                 "|[156]\\$(?:rounds=[0-9]{4,9}\\$)?[./A-Za-z0-9]{1,16}\\$[./A-Za-z0-9]{22,86}"
                 "|y\\$[./A-Za-z0-9]{1,16}\\$[./A-Za-z0-9]{1,64}\\$[./A-Za-z0-9]{43}"
                 "|argon2(?:id|i|d)\\$(?:v=[0-9]{1,3}\\$)?m=[0-9]{1,9},t=[0-9]{1,4},p=[0-9]{1,3}"
                 "\\$[A-Za-z0-9+/]{8,88}\\$[A-Za-z0-9+/]{16,172})"
                 "(?![./A-Za-z0-9$+])",
      .window = 280,
      .confidence = 0.85f,
      .validate = v_crypt_hash,
  },
  {
      .id = "base64-dsn",
      .type = VOILE_TYPE_SECRET,
      .anchors = VOILE_ANCHOR_KEYWORD,
      .keywords = kw_base64_dsn,
      .pattern = "(?:cG9zdGdyZXM6Ly|cG9zdGdyZXNxbDovL|bXlzcWw6Ly|bWFyaWFkYjovL|bW9uZ29kYjovL"
                 "|bW9uZ29kYitzcnY6Ly|cmVkaXM6Ly|YW1xcDovL)[A-Za-z0-9+/]{8,1000}={0,2}"
                 "(?![A-Za-z0-9+/=])",
      .window = 1040,
      .confidence = 0.9f,
      .validate = v_base64_dsn,
  },
  {
      .id = "pgpass-line",
      .type = VOILE_TYPE_SECRET,
      .anchors = VOILE_ANCHOR_DIGIT,
      /* v_pgpass_password(): the host name before the ':' */
      .before_number = ":",
      .after_run = ":",
      .pattern = "[0-9]{1,5}:[^:\\s]{1,64}:[^:\\s]{1,64}:([^\\s]{4,128})(?=[ \\t]*(?:\\r?\\n|$))",
      .group = 1,
      .min_digits = 1,
      .first_run_min = 1,
      .first_run_max = 5,
      .window = 280,
      .confidence = 0.9f,
      .validate = v_pgpass_password,
  },
  {
      .id = "webhook-url",
      .type = VOILE_TYPE_SECRET,
      .anchors = VOILE_ANCHOR_SCHEME,
      .pattern = "(?|https://hooks\\.slack\\.com/(?:services|workflows)/[A-Z0-9]+/[A-Z0-9]+/"
                 "([A-Za-z0-9]{16,})"
                 "|https://(?:discord(?:app)?\\.com)/api/webhooks/[0-9]+/([A-Za-z0-9_\\-]{40,})"
                 "|https?://([0-9a-f]{32})@[A-Za-z0-9.\\-]*sentry)",
      .group = 1,
      .window = 240,
      .confidence = 0.93f,
  },
};

const VoileRule *
voile_rules_get (guint *n_rules)
{
  *n_rules = G_N_ELEMENTS (rules);
  return rules;
}
