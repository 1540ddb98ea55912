/* test-engine.c — every detector found in context, its look-alikes not found, and the
 * engine's promises (sorted, never overlapping, placeholders skipped, distinct counts,
 * shared between threads, any bytes accepted). */
#include "config.h"

#include <string.h>

#include "voile-engine.h"

/* Names have their own tests: keep them out of these. */
#define STRUCTURED_MASK                                                                            \
  (VOILE_TYPE_MASK_ALL & ~VOILE_TYPE_BIT (VOILE_TYPE_PERSON)                                       \
   & ~VOILE_TYPE_BIT (VOILE_TYPE_LOCATION))

typedef struct
{
  const char *text;
  const char *type;  /* expected type name */
  const char *value; /* the finding's exact text */
} Found;

typedef struct
{
  const char *text;
  const char *type; /* no finding of this type ("*": no finding at all) */
} NotFound;

static const Found found[] = {
  /* session 25 (g25b-dates): a short date of the months the text writes in full nearby, in
   * the order its full dates show (month/day here, day/month there) */
  { "Admitted 10/27/2025, sepsis.\nID consult 10/28, cultures final 10/30.\n", "DATE", "10/28" },
  { "Refill request 03/15/2026 (Rx 7741).\nCourier 3/6 confirmed, adult signature.\n", "DATE",
    "3/6" },
  { "Lease renewal signed 12/19/2025.\nTenant phoned 1/6, wants a parking space.\n", "DATE",
    "1/6" },
  /* a one-digit dollar sum beside the text's own dollar sums, no code on its line */
  { "Rent $1,150 paid. Renter's insurance: $0 this month.\n", "AMOUNT", "$0" },
  { "Parking is $12.50 a day; the shuttle costs riders $2 extra.\n", "AMOUNT", "$2" },
  { "Raised $3,400 at the raffle, and the kids' table sold $5 bracelets.\n", "AMOUNT", "$5" },
  /* HL7 v2's insured's birth date after the insured's name and relationship, whatever the
   * field's number; the guarantor's GT1-8 */
  { "MSH|^~\\&|REG|HOSP\rIN1|1|BCBSIL|0042|BLUE CROSS IL|||||||||||OSEI^KWAME^A|01|19790314|\r",
    "DATE_OF_BIRTH", "19790314" },
  { "IN1|2|MCD^MEDICAID|77|STATE MEDICAID||||||||||||LARA^SOFIA|SEL|20110527\n", "DATE_OF_BIRTH",
    "20110527" },
  { "GT1|1||REYES^ANA^M||12 ELM ST^^TULSA^OK^74103|^PRN^PH^^^918^5550142||19850902|F|\r",
    "DATE_OF_BIRTH", "19850902" },
  { "Facture émise le 14/11/2026.\nRappel 2/12 au téléphone, sans réponse.\n", "DATE", "2/12" },
  /* session 25 (g25-phones): a key naming a phone, its number with no '+' (North America's
   * ten digits, a country's code and its plan's length); "msisdn" as a label, a column and
   * a context; a national number in the groups of a phone already found in the text */
  { "  support_phone: \"4157820193\"\n", "PHONE", "4157820193" },
  { "notify.caller_msisdn=233541187720 sent", "PHONE", "233541187720" },
  { "{\"payer_msisdn\": \"8801711448920\", \"amount\": 500}", "PHONE", "8801711448920" },
  { "{\"mobileNumber\": \"0803 441 2290\"}", "PHONE", "0803 441 2290" },
  { "Subscriber MSISDN:   0881 204 615\n", "PHONE", "0881 204 615" },
  { "PID|1||A1^^^H^MR||DOE^JO||19800101|M|||1 MAIN ST^^BOISE^ID^83702||^PRN^CP^^1^208^4417730|",
    "PHONE", "1^208^4417730" },
  { "NK1|1|DOE^AL|SPO|^^^|^WPN^PH^^^208^4417731\n", "PHONE", "208^4417731" },
  { "N1*PR*ACME~PER*BL*ACCOUNTS*TE*2064418830*EM*AP@EXAMPLE.COM~", "PHONE", "2064418830" },
  { "text me at 09174418302 tonight", "PHONE", "09174418302" },
  { "Kaitaia after-hours clinic, 09 408 1170, then the ED", "PHONE", "09 408 1170" },
  { "DATE | AGENT MSISDN | KIND\n02/03 | 260971448203 | deposit\n", "PHONE", "260971448203" },
  { "Tel: 0212 448 901\nRef 4471  clerk  0255 310 774 (night shift)\n", "PHONE", "0255 310 774" },
  /* session 24 (g24-dates): the Gulf's dinars and riyals by their letters before the sum, a
   * shilling's sign glued in mixed case, the dirham's "dhs", Algeria's dinar and Madagascar's
   * ariary after a grouped sum; airline dates with a four-digit year; lists of short dates;
   * a birth-date column headed in accented capitals */
  { "Rent arrears: QR 4,250 for March and April", "AMOUNT", "QR 4,250" },
  { "Her end-of-service gratuity came to KD 1,316.250 in the end", "AMOUNT", "KD 1,316.250" },
  { "a monthly allowance of BD 140 for transport", "AMOUNT", "BD 140" },
  { "Sponsor owes SR 3,600 plus KD 90 for the ticket", "AMOUNT", "KD 90" },
  { "Sponsor owes SR 3,600 plus KD 90 for the ticket", "AMOUNT", "SR 3,600" },
  { "TK41ZZ Confirmed. Tsh45,000.00 sent to JUMA", "AMOUNT", "Tsh45,000.00" },
  { "Confirmed. Ksh1,250.00 paid to SAFARICOM", "AMOUNT", "Ksh1,250.00" },
  { "boss cut 600 dhs from my pay", "AMOUNT", "600 dhs" },
  { "loyer de 38 000 DA par mois", "AMOUNT", "38 000 DA" },
  { "nandoa 250 000 Ar tamin'ny volana", "AMOUNT", "250 000 Ar" },
  { "NAME OKELLO/GRACE DOB 09SEP1991 NAT UGA", "DATE_OF_BIRTH", "09SEP1991" },
  { "visa valid until 30NOV2026 single entry", "DATE", "30NOV2026" },
  { "calls logged 2/9, 2/14, 3/1 - no answer", "DATE", "3/1" },
  { "Lessons (02/11, 02/25)     $90.00", "DATE", "02/25" },
  { "  21/8, 22/8, 29/8 harvest shifts", "DATE", "22/8" },
  { "the van comes on 6/4 and 7/4 only", "DATE", "7/4" },
  { "she rang on 8/5 afternoon", "DATE", "8/5" },
  { "NOM           | NÉ(E) LE   | VILLE\nDUPUIS/LEA    | 03/02/1979 | Lyon\n", "DATE_OF_BIRTH",
    "03/02/1979" },
  /* session 23 (g23-addr): an address by its settlement (a tribe, a village, a district at
   * the start of a line, after a label or before the postcode), a kilometre point with its
   * side or road, a purok */
  { "Chez Mme Kaloi\nTribu de Tiéta\n98833 Voh", "POSTAL_ADDRESS", "Tribu de Tiéta" },
  { "Domicile : village de Vaitupu, district de Hihifo, 98600 Wallis", "POSTAL_ADDRESS",
    "district de Hihifo" },
  { "Domicile : village de Vaitupu, district de Hihifo, 98600 Wallis", "POSTAL_ADDRESS",
    "village de Vaitupu" },
  { "Adresse : PK 9,8 côté lagon, servitude Tehaamoana", "POSTAL_ADDRESS",
    "PK 9,8 côté lagon, servitude Tehaamoana" },
  { "Ferme auberge, PK 31 RD 900, après le pont", "POSTAL_ADDRESS", "PK 31 RD 900" },
  { "Address: Purok 5 (Sitio Kalubihan), Barangay Tinago", "POSTAL_ADDRESS",
    "Purok 5 (Sitio Kalubihan)" },
  /* session 23 (g23-addr): a US city and state with no comma after an address's comma,
   * prose after the ZIP; an Australian suburb after a street's abbreviation */
  { "shipped to 4410 Lake Ave Unit 9, Tacoma WA 98409 and signed by a neighbour", "POSTAL_ADDRESS",
    "Tacoma WA 98409" },
  { "moved to 22 Ocean Pde Coogee Beach NSW 2034", "POSTAL_ADDRESS", "Coogee Beach NSW 2034" },
  { "Home: Unit 2, St Kilda VIC 3182", "POSTAL_ADDRESS", "St Kilda VIC 3182" },
  /* session 23 (g23-addr): short numbers after a phone label and its line's kind; "Ph:",
   * "joindre au"; mobiles with their country's code and no '+' in an export */
  { "Tél. domicile : 41 82 07\n", "PHONE", "41 82 07" },
  { "Ward phone 7312 4471, ask for the nurse", "PHONE", "7312 4471" },
  { "Ph: 0471-2553 180 (office hours)", "PHONE", "0471-2553 180" },
  { "Vous pouvez me joindre au 89 64 11 20 le matin.", "PHONE", "89 64 11 20" },
  { "msisdn,status\n639189904412,DELIVERED\n", "PHONE", "639189904412" },
  { "to,body\n27834417720,Your parcel is ready\n", "PHONE", "27834417720" },
  { "sent to 60172208841 at 09:00", "PHONE", "60172208841" },
  /* session 22 (g22-addr2): a dwelling's unit before a one-word estate, a flat, its tower and
   * its society, jurats' dates, Canada's postcode alone or before a dash, Québec's and
   * Switzerland's post-office boxes and stations, the Maghreb's roads by the kilometre, a
   * postcode under its label after a wide gap, a postcode opening on 0 before a chat's words,
   * births after "ddn_" headers and an unaccented "ne le", letter-sign amounts after "from",
   * cents */
  { "Venue: No. 17 Okonkwo Compound, Nkpor, near the market", "POSTAL_ADDRESS",
    "No. 17 Okonkwo Compound" },
  { "Deliver to House 22, Mensah Estate, Spintex Road", "POSTAL_ADDRESS",
    "House 22, Mensah Estate" },
  { "She rents Apartment C12, Jacaranda Gardens, Kilimani", "POSTAL_ADDRESS",
    "Apartment C12, Jacaranda Gardens" },
  { "address proof for Flat 7B, Block 3, Prestige,\n  Whitefield Main Road", "POSTAL_ADDRESS",
    "Flat 7B, Block 3, Prestige" },
  { "SWORN at Kampala this 3rd day of March, 2026", "DATE", "3rd day of March, 2026" },
  { "DECLARED before me this 21ST DAY OF JUNE 2025", "DATE", "21ST DAY OF JUNE 2025" },
  { "Mon adresse : 1450, rue Beaubien Est, Montréal, H2G 1L3.", "POSTAL_ADDRESS", "H2G 1L3" },
  { "Logement : Sherbrooke J1H 2S7 — 5 ½ au rez-de-chaussée", "POSTAL_ADDRESS",
    "Sherbrooke J1H 2S7" },
  { "Réponse à : Case postale 4400, succursale Place-d'Armes", "POSTAL_ADDRESS",
    "Case postale 4400, succursale Place-d'Armes" },
  { "Écrire à C.P. 812, succ. Haute-Ville", "POSTAL_ADDRESS", "C.P. 812, succ. Haute-Ville" },
  { "Domicile : Route de Sfax km 11, rue 4 n° 18", "POSTAL_ADDRESS",
    "Route de Sfax km 11, rue 4 n° 18" },
  { "Post code:            LS6 3HB\nTelephone: 0113", "POSTAL_ADDRESS", "LS6 3HB" },
  { "we moved to 9 Disa Avenue, Durbanville 0157 last month", "POSTAL_ADDRESS",
    "Durbanville 0157" },
  { "dossier\tnom\tddn_enfant\n2201\tMOREL\t14/02/2016\n2202\tSAID\t03/09/2014\n", "DATE_OF_BIRTH",
    "14/02/2016" },
  { "son nom cest BARRY Ibrahima ne le 02/10/2001 a Conakry", "DATE_OF_BIRTH", "02/10/2001" },
  { "late filing penalties start from RM 300 per return", "AMOUNT", "RM 300" },
  { "a fine of Ksh 250 or Ksh 400 for a second offence", "AMOUNT", "Ksh 400" },
  { "the cap is RM 900 a month, and RM 450 for the part-timers", "AMOUNT", "RM 450" },
  { "le kilowattheure coûte environ 7,3 ¢ cet hiver", "AMOUNT", "7,3 ¢" },
  /* session 22 (g22-addr): currencies written with letters before the number, Belgian, Swiss
   * and Luxembourg streets in fields and chats, Québec's civic numbers, Malaysia's and Sri
   * Lanka's house numbers, Belgian mobiles, phones after a verb or a closed reference */
  { "Harga: RM 1,280.50 sahaja", "AMOUNT", "RM 1,280.50" },
  { "deposit RM2,000 paid, balance RM14 million", "AMOUNT", "RM2,000" },
  { "deposit RM2,000 paid, balance RM14 million", "AMOUNT", "RM14 million" },
  { "each of you pays RM640 by Friday", "AMOUNT", "RM640" },
  { "school fees of KSh 38,500 for term two", "AMOUNT", "KSh 38,500" },
  { "he sent Kshs 12,000 last week", "AMOUNT", "Kshs 12,000" },
  { "consideration of N14,500,000.00 only", "AMOUNT", "N14,500,000.00" },
  { "Stamp duty:\n  band_a  = R 240\n  band_b  = R 1 320\n", "AMOUNT", "R 240" },
  { "  \"strasse\": \"Rue de la Gare 27\", \"npa\": \"1950\"", "POSTAL_ADDRESS",
    "Rue de la Gare 27" },
  { "merci, c'est au chemin des Vignes 4 bte 2, 4020 Liège", "POSTAL_ADDRESS",
    "chemin des Vignes 4 bte 2" },
  { "pour l'appartement Avenue Louise 231 / 4e ? merci", "POSTAL_ADDRESS",
    "Avenue Louise 231 / 4e" },
  { "Adresse : 10 245, boul. Gouin Ouest, app. 12, Laval", "POSTAL_ADDRESS",
    "10 245, boul. Gouin Ouest" },
  { "Adresse : 10 245, boul. Gouin Ouest, app. 12, Laval", "POSTAL_ADDRESS", "app. 12" },
  { "Domicile : 2210, 3e Avenue, logement 4", "POSTAL_ADDRESS", "2210, 3e Avenue" },
  { "Domicile : 2210, 3e Avenue, logement 4", "POSTAL_ADDRESS", "logement 4" },
  { "tenant at 7 Jalan Tun Razak, Ampang", "POSTAL_ADDRESS", "7 Jalan Tun Razak" },
  { "\"alamat\": \"D-15-2, Kondominium Mutiara Ria, Jalan Klang Lama\"", "POSTAL_ADDRESS",
    "D-15-2, Kondominium Mutiara Ria, Jalan Klang Lama" },
  { "resident of: No. 118/4, Galle Road, Wellawatte", "POSTAL_ADDRESS", "No. 118/4, Galle Road" },
  { "GSM;0495 33 81 27;Namur", "PHONE", "0495 33 81 27" },
  { "Tél. privé 0478/62.11.04", "PHONE", "0478/62.11.04" },
  { "her mobile is 98450 66123 from Monday", "PHONE", "98450 66123" },
  { "mon portable c'est 621 483 907 le soir", "PHONE", "621 483 907" },
  { "  \"phone\": \"012-448 9031\",", "PHONE", "012-448 9031" },
  { "client (dossier CH-2025-88), 021 614 22 90", "PHONE", "021 614 22 90" },
  { "la voiture de location, plaque 2-KMT-907, rendue lundi", "LICENSE_PLATE", "2-KMT-907" },
  { "véhicule du tiers : Peugeot 208, plaques GE 71 408", "LICENSE_PLATE", "GE 71 408" },
  { "le véhicule immatriculé K82 PLW est au garage", "LICENSE_PLATE", "K82 PLW" },
  /* (session 26, g26-plates) any country's plate after its word; GB's and Ireland's by shape */
  { "Parked outside, car reg: RK67 WPN, silver", "LICENSE_PLATE", "RK67 WPN" },
  { "the van was a white Transit, DN21 HVC, going north", "LICENSE_PLATE", "DN21 HVC" },
  { "insured vehicle 191-MO-2207 damaged at rear", "LICENSE_PLATE", "191-MO-2207" },
  { "hatchback, rego BXT 47Q, third party", "LICENSE_PLATE", "BXT 47Q" },
  { "Plate: OH 7FK218 on the tow sheet", "LICENSE_PLATE", "7FK218" },
  { "Kennzeichen HH LT 4821 am Tor", "LICENSE_PLATE", "HH LT 4821" },
  { "emplacement A12, plaque BE 1-KPR-374, payé", "LICENSE_PLATE", "1-KPR-374" },
  { "Office: Level 2, 40 Allara St, Canberra ACT 2601", "POSTAL_ADDRESS", "Canberra ACT 2601" },
  /* EMAIL */
  { "Écrivez-moi à marie.dupont@example.fr demain.", "EMAIL", "marie.dupont@example.fr" },
  { "Contact: John.O'Neil+news@mail.co.uk,", "EMAIL", "John.O'Neil+news@mail.co.uk" },
  { "mail: marie.dupont [at] example [dot] fr merci", "EMAIL",
    "marie.dupont [at] example [dot] fr" },
  { "écrire à jean(arobase)exemple.com", "EMAIL", "jean(arobase)exemple.com" },
  /* PHONE */
  { "Mon portable : 06 12 34 56 78.", "PHONE", "06 12 34 56 78" },
  { "Tél. 01.45.67.89.10", "PHONE", "01.45.67.89.10" },
  { "appelez le 0612345678 svp", "PHONE", "0612345678" },
  { "fixe 04-72-11-22-33", "PHONE", "04-72-11-22-33" },
  { "Call +33 6 12 34 56 78 now", "PHONE", "+33 6 12 34 56 78" },
  { "Tél. (+33) 6 12 34 56 78", "PHONE", "(+33) 6 12 34 56 78" },
  { "toll-free 1-800-555-1234", "PHONE", "1-800-555-1234" },
  { "ou +33 (0)1 45 67 89 10", "PHONE", "+33 (0)1 45 67 89 10" },
  { "ou 0033 6 12 34 56 78", "PHONE", "0033 6 12 34 56 78" },
  { "La Réunion : +262 692 12 34 56", "PHONE", "+262 692 12 34 56" },
  { "Guadeloupe +590 690 12 34 56.", "PHONE", "+590 690 12 34 56" },
  { "UK office: +44 20 7946 0958", "PHONE", "+44 20 7946 0958" },
  { "ring 020 7946 0958 today", "PHONE", "020 7946 0958" },
  { "mobile 07700 900123", "PHONE", "07700 900123" },
  { "US: (555) 234-5678", "PHONE", "(555) 234-5678" },
  { "call 415-555-2671 tomorrow", "PHONE", "415-555-2671" },
  { "Berlin +49 30 12345678", "PHONE", "+49 30 12345678" },
  { "numéro vert 0 800 123 456", "PHONE", "0 800 123 456" },
  /* IBAN */
  { "IBAN : FR76 3000 6000 0112 3456 7890 189", "IBAN", "FR76 3000 6000 0112 3456 7890 189" },
  { "IBAN FR7630006000011234567890189 BIC AGRIFRPP", "IBAN", "FR7630006000011234567890189" },
  { "IBAN: DE89 3704 0044 0532 0130 00.", "IBAN", "DE89 3704 0044 0532 0130 00" },
  { "pay to GB29 NWBK 6016 1331 9268 19 please", "IBAN", "GB29 NWBK 6016 1331 9268 19" },
  { "compte BE68539007547034", "IBAN", "BE68539007547034" },
  { "RIB : 30006 00001 12345678901 89", "IBAN", "30006 00001 12345678901 89" },
  /* CREDIT_CARD */
  { "carte 4111 1111 1111 1111 exp 12/27", "CREDIT_CARD", "4111 1111 1111 1111" },
  { "card 5555-5555-5555-4444", "CREDIT_CARD", "5555-5555-5555-4444" },
  { "Amex 3782 822463 10005", "CREDIT_CARD", "3782 822463 10005" },
  { "cb:4012888888881881", "CREDIT_CARD", "4012888888881881" },
  /* FR_NIR */
  { "N° sécu : 1 85 05 75 123 456 73", "FR_NIR", "1 85 05 75 123 456 73" },
  { "NIR 185057512345673", "FR_NIR", "185057512345673" },
  { "sécurité sociale 1 85 05 2A 012 345 79", "FR_NIR", "1 85 05 2A 012 345 79" },
  /* FR_SIREN / FR_SIRET / FR_VAT */
  { "SIREN : 732 829 320", "FR_SIREN", "732 829 320" },
  { "RCS Paris 732829320", "FR_SIREN", "732829320" },
  { "SIREN 255 250 250", "FR_SIREN", "255 250 250" },
  { "SIRET 732 829 320 00074", "FR_SIRET", "732 829 320 00074" },
  { "siret: 73282932000074", "FR_SIRET", "73282932000074" },
  { "La Poste SIRET 356 000 000 49837", "FR_SIRET", "356 000 000 49837" },
  { "TVA intracom FR44 732829320", "FR_VAT", "FR44 732829320" },
  { "N° TVA : FR44732829320", "FR_VAT", "FR44732829320" },
  /* US_SSN / UK_NINO */
  { "SSN: 536-22-5314", "US_SSN", "536-22-5314" },
  { "social security number 536225314", "US_SSN", "536225314" },
  { "NI number AB 12 34 56 C", "UK_NINO", "AB 12 34 56 C" },
  { "NINO: JG103759A.", "UK_NINO", "JG103759A" },
  /* ID_DOCUMENT */
  { "Passeport n° 09AB12345 délivré", "ID_DOCUMENT", "09AB12345" },
  { "numéro de carte d'identité : 880692310285", "ID_DOCUMENT", "880692310285" },
  { "CNI X4RTBPFW4", "ID_DOCUMENT", "X4RTBPFW4" },
  { "Passport No. 533401372", "ID_DOCUMENT", "533401372" },
  /* IP_ADDRESS */
  { "connexion depuis 82.65.14.201 hier", "IP_ADDRESS", "82.65.14.201" },
  { "server 192.168.1.24:8080", "IP_ADDRESS", "192.168.1.24" },
  { "from 2001:db8:85a3::8a2e:370:7334 at", "IP_ADDRESS", "2001:db8:85a3::8a2e:370:7334" },
  { "link fe80::1ff:fe23:4567:890a.", "IP_ADDRESS", "fe80::1ff:fe23:4567:890a" },
  /* LICENSE_PLATE */
  { "véhicule immatriculé FT-482-KB", "LICENSE_PLATE", "FT-482-KB" },
  { "plaque GH 456 KL", "LICENSE_PLATE", "GH 456 KL" },
  { "vieille voiture 123 ABC 75", "LICENSE_PLATE", "123 ABC 75" },
  { "immatriculation EF789GH", "LICENSE_PLATE", "EF789GH" },
  /* POSTAL_ADDRESS */
  { "J'habite au 161 bis allée Victor Hugo depuis", "POSTAL_ADDRESS", "161 bis allée Victor Hugo" },
  { "12 rue de la Paix\n75002 Paris", "POSTAL_ADDRESS", "12 rue de la Paix" },
  { "12 rue de la Paix\n75002 Paris\n", "POSTAL_ADDRESS", "75002 Paris" },
  /* Street types abbreviated as forms and labels write them. */
  { "Adresse : 3 ch. des Vignes, 84000 Avignon", "POSTAL_ADDRESS", "3 ch. des Vignes" },
  { "Livraison au 5 rte de Lyon", "POSTAL_ADDRESS", "5 rte de Lyon" },
  /* A UK house-name line over a "village, county postcode" line, and a house name alone. */
  { "The Old Rectory, Church Lane\nLittle Snoring, Norfolk NR21 0HU\n", "POSTAL_ADDRESS",
    "The Old Rectory, Church Lane" },
  /* The words before the comma are taken back to the address's first part, not over the
   * addressee's name. */
  { "Please send it to H. Drummond, Unit 4, Tay Street Mews, Perth PH1 5LQ.", "POSTAL_ADDRESS",
    "Unit 4, Tay Street Mews" },
  { "Mrs Fenwick, 4 The Paddock, Wetherby LS22 6TY", "POSTAL_ADDRESS", "4 The Paddock" },
  /* A house name without a house word stays with its street. */
  { "Ashgrove, Ballymore Road, Naas W91 X2P4", "POSTAL_ADDRESS", "Ashgrove, Ballymore Road" },
  { "Honeysuckle Cottage, Main Street, Ambleside LA22 9DJ", "POSTAL_ADDRESS",
    "Honeysuckle Cottage, Main Street" },
  { "Rose Cottage\n12 Mill Road\nCambridge CB1 2AD\n", "POSTAL_ADDRESS", "Rose Cottage" },
  /* Birth-date labels of neighbouring languages. */
  { "Geburtsdatum: 12.03.1985", "DATE_OF_BIRTH", "12.03.1985" },
  { "Fecha de nacimiento: 12/03/1985", "DATE_OF_BIRTH", "12/03/1985" },
  /* Day-month-year with dashes, as databases and airline systems write them. */
  { "Check-in: 03-APR-2025 at gate 12", "DATE", "03-APR-2025" },
  { "Opened on 3-Apr-25 by the bank", "DATE", "3-Apr-25" },
  /* "Jan" is a month and a given name. */
  { "Delivered on 2 Jan 2025.", "DATE", "2 Jan 2025" },
  /* a date of history's, whole: its year keeps it from being a birth date */
  { "Molière, né le 15 janvier 1622 à Paris", "DATE", "15 janvier 1622" },
  { "exécuté aux Terreaux le 12 septembre 1642.", "DATE", "12 septembre 1642" },
  { "signed on March 4, 1681 by the King", "DATE", "March 4, 1681" },
  { "From 2 Jan Monday to 5 Jan.", "DATE", "2 Jan" },
  { "Adresse : 3, avenue du Général de Gaulle, 69003 Lyon.", "POSTAL_ADDRESS", "69003 Lyon" },
  { "Siège : 8 place d'Italie", "POSTAL_ADDRESS", "8 place d'Italie" },
  { "13008 Marseille CEDEX 08\n", "POSTAL_ADDRESS", "13008 Marseille CEDEX 08" },
  { "44240 La Chapelle-sur-Erdre\n", "POSTAL_ADDRESS", "44240 La Chapelle-sur-Erdre" },
  { "72000 Le Mans, France", "POSTAL_ADDRESS", "72000 Le Mans" },
  { "Visit 221B Baker Street, London NW1 6XE.", "POSTAL_ADDRESS", "221B Baker Street" },
  /* UK business estates, Irish quays and strands, Romanian streets and postcodes, a French
   * residence with its building and flat. */
  { "Unit 7, Greenway Industrial Estate\nCardiff CF3 2EE", "POSTAL_ADDRESS",
    "Unit 7, Greenway Industrial Estate" },
  { "\"line1\": \"3 Sandymount Strand\",", "POSTAL_ADDRESS", "3 Sandymount Strand" },
  { "Strada Mihai Eminescu 22, 700123 Iași", "POSTAL_ADDRESS", "Strada Mihai Eminescu 22" },
  { "Strada Mihai Eminescu 22, 700123 Iași", "POSTAL_ADDRESS", "700123 Iași" },
  /* A keyword starting with an accented capital (the anchor pass once skipped such words). */
  { "Adresa: Șoseaua Kiseleff 12, București", "POSTAL_ADDRESS", "Șoseaua Kiseleff 12" },
  { "Résidence Les Tilleuls, bât. C, apt 42;31400", "POSTAL_ADDRESS",
    "Résidence Les Tilleuls, bât. C, apt 42" },
  { "Le 3 résidence du Parc est fermé.", "POSTAL_ADDRESS", "3 résidence du Parc" },
  { "Visit 221B Baker Street, London NW1 6XE.", "POSTAL_ADDRESS", "London NW1 6XE" },
  { "Send it to Glasgow G2 3AB today", "POSTAL_ADDRESS", "Glasgow G2 3AB" },
  /* Machine-readable zones: a passport (TD3), a residence card (TD1), France's old card. */
  { "P<GBROKAFOR<<CHIDINMA<GRACE<<<<<<<<<<<<<<<<<\n5482103977GBR9104174F3209055<<<<<<<<<<<<<<04",
    "ID_DOCUMENT", "548210397" },
  { "P<GBROKAFOR<<CHIDINMA<GRACE<<<<<<<<<<<<<<<<<\n5482103977GBR9104174F3209055<<<<<<<<<<<<<<04",
    "DATE_OF_BIRTH", "910417" },
  { "P<GBROKAFOR<<CHIDINMA<GRACE<<<<<<<<<<<<<<<<<\n5482103977GBR9104174F3209055<<<<<<<<<<<<<<04",
    "DATE", "320905" },
  { "OCR:\n  I<UTOD231458907<<<<<<<<<<<<<<<\r\n  7408122M2903013UTO<<<<<<<<<<<0\r\n"
    "  ERIKSSON<<ANNA<MARIA<<<<<<<<<<\r\n",
    "ID_DOCUMENT", "D23145890" },
  { "IDFRABERTHIER<<<<<<<<<<<<<<<<<692015\n8806923102858CORINNE<<LUCIE6507235F3\n", "ID_DOCUMENT",
    "880692310285" },
  { "IDFRABERTHIER<<<<<<<<<<<<<<<<<692015\n8806923102858CORINNE<<LUCIE6507235F3\n", "DATE_OF_BIRTH",
    "650723" },
  { "Broadcasting House, London W1A 1AA", "POSTAL_ADDRESS", "London W1A 1AA" },
  { "1600 Pennsylvania Ave NW, Washington", "POSTAL_ADDRESS", "1600 Pennsylvania Ave NW" },
  { "742 Evergreen Terrace\nSpringfield, IL 62704", "POSTAL_ADDRESS", "Springfield, IL 62704" },
  { "in Salt Lake City, UT 84101.", "POSTAL_ADDRESS", "Salt Lake City, UT 84101" },
  /* DATE_OF_BIRTH / DATE */
  { "Marie, née le 12/03/1985 à Lyon", "DATE_OF_BIRTH", "12/03/1985" },
  { "Né le 3 mars 1990", "DATE_OF_BIRTH", "3 mars 1990" },
  { "Date de naissance : 1985-03-12", "DATE_OF_BIRTH", "1985-03-12" },
  { "DOB: March 5, 1978", "DATE_OF_BIRTH", "March 5, 1978" },
  { "born on 5 March 1978", "DATE_OF_BIRTH", "5 March 1978" },
  /* a person's birth still: "the birth of our son", "birth of the baby" */
  { "After the birth of our son on 3 May 2025 I took leave.", "DATE_OF_BIRTH", "3 May 2025" },
  { "The birth of the baby\non 3 May 2025 went well.", "DATE_OF_BIRTH", "3 May 2025" },
  { "rendez-vous le 15/03/2024 à 10h", "DATE", "15/03/2024" },
  { "le 1er janvier 2023", "DATE", "1er janvier 2023" },
  { "signé le 14 févr. 2024", "DATE", "14 févr. 2024" },
  { "on March 15, 2024 we met", "DATE", "March 15, 2024" },
  { "meeting 2024-03-15 at noon", "DATE", "2024-03-15" },
  { "RDV mardi 18 mars à 14h", "DATE", "mardi 18 mars" },
  { "See you Thu, 11 Jul 2024.", "DATE", "Thu, 11 Jul 2024" },
  { "on se voit vendredi 28 ?", "DATE", "vendredi 28" },
  { "Passage le 12/03 à 9h", "DATE", "12/03" },
  { "paid on 9/14 by card", "DATE", "9/14" },
  /* d/m/yy with slashes: a chat export's stamp, a US form's date */
  { "[2/11/26, 6:45 pm] Dion: tomorrow 7am", "DATE", "2/11/26" },
  { "Signed R. Villanueva 8/11/26\n", "DATE", "8/11/26" },
  /* a day and a month with a dot, closing its line after a date word */
  { "Reserve duty: absence from 26.11 + compensation form", "DATE", "26.11" },
  { "- corrected certificate requested by 28.11\n- next visit", "DATE", "28.11" },
  /* a form line's qualifier before the colon; a domain's transfer code */
  { "      Mot de passe temporaire : Vx7#pLm2-Kora9  (changement forcé)", "SECRET",
    "Vx7#pLm2-Kora9" },
  { "nouveau mdp provisoire : Kouign-Amann-2026! tu le changes", "SECRET", "Kouign-Amann-2026!" },
  { "EPP code: q8#Tz!4mWv2K@pLr\n", "SECRET", "q8#Tz!4mWv2K@pLr" },
  /* WHOIS's "+CC.number" on a phone or fax field's line */
  { "Registrant Phone: +216.72285114\n", "PHONE", "+216.72285114" },
  { "Admin Fax: +44.1632960418\n", "PHONE", "+44.1632960418" },
  /* a dump's '|'-parted fields: the password ends at the next key */
  { "jdoe@mail.fr|pass:Chablis71!|tel:0685214973|ip:86.242.17.150", "SECRET", "Chablis71!" },
  { "jdoe@mail.fr|pass:Chablis71!|tel:0685214973|ip:86.242.17.150", "IP_ADDRESS", "86.242.17.150" },
  /* nine digits in whole groups under a phone header (New Zealand, Belgium) */
  { "Stall | Contact     | Mobile      | Email\n2     | Rob Ferrier | 021 448 302 | "
    "rob@ferrierlamb.nz\n",
    "PHONE", "021 448 302" },
  /* a letterhead's street without a number, its postcode and city on the same line */
  { "Archives départementales\nRoute de Montabo — 97300 Cayenne\n", "POSTAL_ADDRESS",
    "Route de Montabo" },
  { "Association du Temple\nChemin Ravine Blanche, 97410 Saint-Pierre\n", "POSTAL_ADDRESS",
    "Chemin Ravine Blanche" },
  /* French milliards */
  { "Capitalisation : 41,2 Md€ ; entrées nettes 1,2 Md$", "AMOUNT", "41,2 Md€" },
  { "un budget de 3 Mds € sur cinq ans", "AMOUNT", "3 Mds €" },
  /* a CSV cell's day and month */
  { "ref,camera,window\nCCTV-26-201,C12 Bold St,02/11 21:00-23:00,Released\n", "DATE", "02/11" },
  /* a herd's export: the animal's birth date is a date of the row, not its keeper's */
  { "Movement_Date,Ear_Tag,DOB_Animal,Keeper_Name\n2026-10-02,UK 342118 400217,2025-03-11,"
    "Alastair Mackintosh\n",
    "DATE", "2025-03-11" },
  { "Date of birth: 11 JAN 1990", "DATE_OF_BIRTH", "11 JAN 1990" },
  { "MR DOB 07AUG72 PP", "DATE_OF_BIRTH", "07AUG72" },
  { "  \"birth_date\": \"1990-08-21\",", "DATE_OF_BIRTH", "1990-08-21" },
  { "Date de naissance ........ 19/02/1986", "DATE_OF_BIRTH", "19/02/1986" },
  /* A COPY line names the columns of the tabbed rows below it. */
  { "COPY public.clients (id, nom, date_naissance) FROM stdin;\n7\tBarbier\t1984-07-21\n"
    "8\tTessier\t1991-12-02\n\\.\n",
    "DATE_OF_BIRTH", "1991-12-02" },
  { "COPY patients (nom, dob) FROM stdin;\nBarbier\t1984-07-21\n\\.\n", "DATE_OF_BIRTH",
    "1984-07-21" },
  /* A day stored as a midnight datetime under a birth key (mongoexport). */
  { "{\"dob\":{\"$date\":\"1987-09-14T00:00:00Z\"},\"tier\":\"gold\"}", "DATE_OF_BIRTH",
    "1987-09-14" },
  /* "Patient (DOB)": the bracketed hint names the cells' dates. */
  { "Time  | Patient (DOB)          | Item\n09:12 | Ann Lee (02/01/1944)   | Ramipril\n"
    "09:40 | Bob Ray (17/08/1985)   | Sertraline\n",
    "DATE_OF_BIRTH", "17/08/1985" },
  /* A phone column's cell, even with another cell's digits right after it. */
  { "guest,mobile,address\nAnn Lee,07823 441906,14 Chantry Close\n", "PHONE", "07823 441906" },
  /* An address with an unquoted comma: the address column takes both cells. */
  { "id,address,city,postcode\nP1,14 Mill Lane,Leeds,LS6 4EP\nP2,Rose Cottage, Church "
    "Lane,Alresford,SO24 9AB\n",
    "POSTAL_ADDRESS", "Rose Cottage, Church Lane" },
  /* session 9: DATE, DATE_OF_BIRTH, FR_SIREN, EMAIL, SECRET of new kinds */
  { "            lun 23    mar 24    mer 25    jeu 26", "DATE", "mer 25" },
  { "Créé: 20/nov./26 08:47", "DATE", "20/nov./26" },
  { "Mis à jour : 3/févr./27 10:02", "DATE", "3/févr./27" },
  { "Rubrique S21.G00.30.006 (Date naiss.) : 12051992", "DATE_OF_BIRTH", "12051992" },
  { "matricule;nom;DateNaissance\n0007;KERBRAT;23081988\n", "DATE_OF_BIRTH", "23081988" },
  { "\"birthDate\": \"1987-09-14T00:00:00Z\"", "DATE_OF_BIRTH", "1987-09-14" },
  { "INSERT INTO owners (id, surname, dob) VALUES (1, 'Hale', '1971-05-30');", "DATE_OF_BIRTH",
    "1971-05-30" },
  { "INSERT INTO pets (id, name, species, breed, dob) VALUES (1, 'Rex', 'Dog', 'Boxer', "
    "'2019-03-02');",
    "DATE", "2019-03-02" },
  { "déclaration SAP n° 904127362", "FR_SIREN", "904127362" },
  { "Author: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>", "EMAIL",
    "49699333+dependabot[bot]@users.noreply.github.com" },
  { "REDIS_URL=redis://:rD9xQ2mWv7LtE4sN@10.0.3.23:6379/1", "SECRET", "rD9xQ2mWv7LtE4sN" },
  /* AMOUNT */
  { "total 3 420 € TTC", "AMOUNT", "3 420 €" },
  /* other countries' currencies: codes, signs, prefixed dollars, the rand, lakhs */
  { "credit limit R150 000 approved", "AMOUNT", "R150 000" },
  { "fee R 312,40 deducted", "AMOUNT", "R 312,40" },
  { "deal value ZAR 412 600", "AMOUNT", "ZAR 412 600" },
  { "quote total ₦1,230,982.50 incl. VAT", "AMOUNT", "₦1,230,982.50" },
  { "balance KES 38,500 by M-Pesa", "AMOUNT", "KES 38,500" },
  { "reçu 38 500 KES hier", "AMOUNT", "38 500 KES" },
  { "paid ₹1,85,000 in October", "AMOUNT", "₹1,85,000" },
  { "salary ₱42,500.00 monthly", "AMOUNT", "₱42,500.00" },
  { "invoice S$3,200.00 due", "AMOUNT", "S$3,200.00" },
  { "logement 85 000 XPF à Papeete", "AMOUNT", "85 000 XPF" },
  { "soit 1 500,00 EUR", "AMOUNT", "1 500,00 EUR" },
  { "it costs $1,250.00 now", "AMOUNT", "$1,250.00" },
  { "only £300.", "AMOUNT", "£300" },
  { "prix : 49,90 €", "AMOUNT", "49,90 €" },
  { "loyer 850 euros", "AMOUNT", "850 euros" },
  { "EUR 2 500", "AMOUNT", "EUR 2 500" },
  /* Remittances' currencies, a salary range, euros typed as "e" in a text message. */
  { "sent NGN 385,000 to mum", "AMOUNT", "NGN 385,000" },
  { "salaire 45-55 k€ selon profil", "AMOUNT", "45-55 k€" },
  { "ok pour 600e et 1200e", "AMOUNT", "600e" },
  /* Experimental IBANs of Africa (Morocco, Mali), an Irish landline. */
  { "IBAN MA40 0117 8000 0012 2100 0138 4210", "IBAN", "MA40 0117 8000 0012 2100 0138 4210" },
  { "IBAN ML98 ML01 6010 0100 0001 2345 6789", "IBAN", "ML98 ML01 6010 0100 0001 2345 6789" },
  { "ring the office on 091 562 207", "PHONE", "091 562 207" },
  /* A voicemail transcript spells the number out. */
  { "rappelez-moi au zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit.", "PHONE",
    "zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit" },
  /* ---- spoken in words (transcripts: voile-spoken.c) ---- */
  /* Phones read group by group, in both languages, digits mixed in */
  { "it's six one four, five five five, zero one six nine, or my work number", "PHONE",
    "six one four, five five five, zero one six nine" },
  { "or me on oh eight seven three one two four four five six ok", "PHONE",
    "oh eight seven three one two four four five six" },
  { "mobile oh seven seven double four, nine one two, three eight six.", "PHONE",
    "oh seven seven double four, nine one two, three eight six" },
  { "Call two one two - five five five - zero one four two", "PHONE",
    "two one two - five five five - zero one four two" },
  { "son numéro c'est le zéro six quarante-trois vingt et un dix-sept quatre-vingt-huit voilà",
    "PHONE", "zéro six quarante-trois vingt et un dix-sept quatre-vingt-huit" },
  { "le 06 douze 34 cinquante-six 78 voilà", "PHONE", "06 douze 34 cinquante-six 78" },
  { "rappeler au zéro six. trente. quarante-quatre. quatre-vingt-un. douze avant", "PHONE",
    "zéro six. trente. quarante-quatre. quatre-vingt-un. douze" },
  { "appelez le plus trente-trois six, douze, trente-quatre, cinquante-six, soixante-dix-huit",
    "PHONE", "plus trente-trois six, douze, trente-quatre, cinquante-six, soixante-dix-huit" },
  { "my UK mobile is +44 seven seven double oh, nine double oh one two three", "PHONE",
    "+44 seven seven double oh, nine double oh one two three" },
  /* E-mail addresses read out */
  { "you can email me at john dot smith at gmail dot com thanks", "EMAIL",
    "john dot smith at gmail dot com" },
  { "c'est marie point dupont arobase orange point fr voilà", "EMAIL",
    "marie point dupont arobase orange point fr" },
  { "sarah underscore lee at yahoo dot co dot uk ok", "EMAIL",
    "sarah underscore lee at yahoo dot co dot uk" },
  { "son mail c'est dupont arobase free point fr", "EMAIL", "dupont arobase free point fr" },
  /* Dates in words; a birth date after "born" */
  { "launch is still the twelfth of january yes", "DATE", "twelfth of january" },
  { "move it to December the tenth instead", "DATE", "December the tenth" },
  { "we met on March third, 2025 at the office", "DATE", "March third, 2025" },
  { "on the twenty-first of March two thousand and twenty-six", "DATE",
    "twenty-first of March two thousand and twenty-six" },
  { "she was born on the fourth of July nineteen eighty-two and", "DATE_OF_BIRTH",
    "fourth of July nineteen eighty-two" },
  { "rendez-vous le vingt-sept octobre", "DATE", "vingt-sept octobre" },
  { "il est né le premier décembre mille neuf cent quatre-vingt-cinq", "DATE_OF_BIRTH",
    "premier décembre mille neuf cent quatre-vingt-cinq" },
  /* French sums in words */
  { "c'était mille deux cents euros et après", "AMOUNT", "mille deux cents euros" },
  { "frais de port offerts à partir de quatre-vingts euros", "AMOUNT", "quatre-vingts euros" },
  { "se lit mille deux cent quatre euros et cinquante-six centimes.", "AMOUNT",
    "mille deux cent quatre euros et cinquante-six centimes" },
  /* Addresses and postcodes in words */
  { "c'est douze bis allée des Frênes à Saint-Herblain", "POSTAL_ADDRESS",
    "douze bis allée des Frênes" },
  { "l'atelier c'est quarante-deux rue de la Mouzaïa dans le dix-neuvième", "POSTAL_ADDRESS",
    "quarante-deux rue de la Mouzaïa" },
  { "la nouvelle adresse c'est cent douze avenue Jean Jaurès", "POSTAL_ADDRESS",
    "cent douze avenue Jean Jaurès" },
  { "dans le dix-neuvième soixante-quinze zéro dix-neuf Paris", "POSTAL_ADDRESS",
    "soixante-quinze zéro dix-neuf Paris" },
  { "I live at forty-two Acacia Avenue, Leeds", "POSTAL_ADDRESS", "forty-two Acacia Avenue" },
  { "my account number is four five two seven, nine one eight three ok", "CUSTOMER_ID",
    "four five two seven, nine one eight three" },
  { "numéro de dossier : vingt-trois, quarante et un, dix-sept, quatre-vingt-huit voilà",
    "CUSTOMER_ID", "vingt-trois, quarante et un, dix-sept, quatre-vingt-huit" },
  { "the launch is on the twelfth January, twenty twenty-six", "DATE",
    "twelfth January, twenty twenty-six" },
  { "you can call me back on five five five, zero one six nine tonight", "PHONE",
    "five five five, zero one six nine" },
  /* (g20-spoken) a country code said in English pairs; a French "quatre" that opens the next
   * pair's "quatre-vingt"; a house number after a value closed by a comma; a reference's cue
   * at the end of the wrapped line above; a birth year said in its tens; a death's date */
  { "my husband's mobile, plus sixty-one, four one two, three three eight, nine oh five.", "PHONE",
    "plus sixty-one, four one two, three three eight, nine oh five" },
  { "joignable au zéro sept vingt-deux trente quatre-vingt-onze quatorze merci", "PHONE",
    "zéro sept vingt-deux trente quatre-vingt-onze quatorze" },
  { "CALLER: eleventh of may sixty-one, seventy-three Hawthorn Gardens", "POSTAL_ADDRESS",
    "seventy-three Hawthorn Gardens" },
  { "we're now at eighty-four Belvedere Boulevard since March", "POSTAL_ADDRESS",
    "eighty-four Belvedere Boulevard" },
  { "AGENT: right, and the subscriber number on the renewal letter is\n"
    "    four four nine, two one six, oh eight.\n",
    "CUSTOMER_ID", "four four nine, two one six, oh eight" },
  { "my loyalty card number is nine two, six six, four one, eight three, ok", "CUSTOMER_ID",
    "nine two, six six, four one, eight three" },
  { "she was born on the eleventh of may sixty-one, in Cork", "DATE_OF_BIRTH",
    "eleventh of may sixty-one" },
  { "sa mère est née le dix-neuf avril soixante-trois à Quimper", "DATE_OF_BIRTH",
    "dix-neuf avril soixante-trois" },
  { "mon père, né à Oran en trente-neuf, est décédé le deux novembre", "DATE", "deux novembre" },
  { "born in Galway in 1948, she passed away on the ninth of October", "DATE", "ninth of October" },
  { "on the fourth of July forty guests came", "DATE", "fourth of July" },
  { "le trois mars trente personnes viendront", "DATE", "trois mars" },
  /* ---- end of spoken in words ---- */
  { "budget 3 k€", "AMOUNT", "3 k€" },
  { "salaire 2\xe2\x80\xaf"
    "350\xc2\xa0€",
    "AMOUNT",
    "2\xe2\x80\xaf"
    "350\xc2\xa0€" }, /* narrow no-break space */
  /* CUSTOMER_ID */
  { "N° client : CL-2024-00731", "CUSTOMER_ID", "CL-2024-00731" },
  /* session 10: health and care numbers, files named by their holder, help desks, labels in
   * brackets, keys of one person's records, direct debits quoted in a sentence */
  { "Participant: Tom Reed   NDIS No: 512 604 388   DOB: 02/03/2016", "CUSTOMER_ID",
    "512 604 388" },
  { "OHIP: 4821-309-177-KT", "CUSTOMER_ID", "4821-309-177-KT" },
  { "Re: Ms Ada Lowe, Medicare 4417 20931 6 / 2", "CUSTOMER_ID", "4417 20931 6" },
  { "Record # P-20871   Weight 21 kg", "CUSTOMER_ID", "P-20871" },
  { "ok, her client file is CF-3318, I'll send it", "CUSTOMER_ID", "CF-3318" },
  { "Noah's file is NW-5520 in the cabinet", "CUSTOMER_ID", "NW-5520" },
  { "NHS number (if known): 943 476 5919", "CUSTOMER_ID", "943 476 5919" },
  { "2) Freshdesk #77120 - Mrs Hale, parcel damaged", "CUSTOMER_ID", "77120" },
  { "N° de DPAE : 2026-10-4471203398", "CUSTOMER_ID", "2026-10-4471203398" },
  { "Rubrique S21.G00.30.019 (Matricule)  : 00217", "CUSTOMER_ID", "00217" },
  { "{\"absence_id\": \"abs_2231904\"}", "CUSTOMER_ID", "abs_2231904" },
  { "{\"appointment_id\": \"apt_4Rk8NqW2\"}", "CUSTOMER_ID", "apt_4Rk8NqW2" },
  { "{\"manager\": {\"id\": \"emp_9xQ2LmPa\", \"display_name\": \"Ann Roe\"}}", "CUSTOMER_ID",
    "emp_9xQ2LmPa" },
  { "render failed: lease=BL-0412-3380 tenant=x", "CUSTOMER_ID", "BL-0412-3380" },
  { "\"GET /admin/client/C-2291?x=1 HTTP/1.1\"", "CUSTOMER_ID", "C-2291" },
  { "INSERT INTO owners (owner_id, surname) VALUES\n(20417, 'Hale');\n", "CUSTOMER_ID", "20417" },
  /* session 11: lead words of platforms' workers, hotels, schools and State files */
  { "rider id RD-448193, zone north", "CUSTOMER_ID", "RD-448193" },
  { "my contractor id is QS-C-0058.", "CUSTOMER_ID", "QS-C-0058" },
  { "Informed guest of the fee. Folio H-772910.", "CUSTOMER_ID", "H-772910" },
  { "Our file: GCT/VIS/26/4471", "CUSTOMER_ID", "GCT/VIS/26/4471" },
  { "Élève : Ada LOWE - classe 3e D - n° famille F-00872", "CUSTOMER_ID", "F-00872" },
  { "rdv à la préfecture (ANEF n° ANEF-44-2026-0093817 si besoin)", "CUSTOMER_ID",
    "ANEF-44-2026-0093817" },
  { "Flights (PNR R8T4VB) are booked.", "CUSTOMER_ID", "R8T4VB" },
  { "sur le compte FR76… – RUM AP33-CL0457-01", "CUSTOMER_ID", "AP33-CL0457-01" },
  { "n° étudiant 23114508, INE 2406008851L.", "CUSTOMER_ID", "2406008851L" },
  { "\"GET /familles/FAM-30921/documents HTTP/2.0\" 200", "CUSTOMER_ID", "FAM-30921" },
  { "INFO login_ok user=ada@lowe.io uid=u_77120 mfa=false", "CUSTOMER_ID", "u_77120" },
  { "{\"confirmation_code\": \"HA-7Q2LXW\"}", "CUSTOMER_ID", "HA-7Q2LXW" },
  { "{\"ine\": \"080457219JF\"}", "CUSTOMER_ID", "080457219JF" },
  { "{\"user\": {\"id\": \"41877\", \"email\": \"ada@lowe.io\"}, \"url\": "
    "\"https://x.io/payouts/41877/summary\"}",
    "CUSTOMER_ID", "41877" },
  /* session 11: columns of people's files whose header has no reference word */
  { "No. | Arrived    | Full name\n----+------------+-----------\n311 | 04/08/2026 | Lowe, Ada\n"
    "312 | 04/08/2026 | Roe, Tom\n",
    "CUSTOMER_ID", "311" },
  { "job_no\tpickup\tlead_passenger\tfare\nTR-20417\tLHR T5\tAda Lowe\t62.00\n", "CUSTOMER_ID",
    "TR-20417" },
  { "contractor_id,full_name,country\nCTR-GB-0041,Ada Lowe,GB\nCTR-IE-0007,Tom Roe,IE\n",
    "CUSTOMER_ID", "CTR-GB-0041" },
  { "INSERT INTO stays (id, guest_id, room) VALUES\n(5531, 30412, '214');\n", "CUSTOMER_ID",
    "30412" },
  { "INSERT INTO tenants (id, email, lease_ref) VALUES\n(7, 'a@b.io', 'L-2026-0412');\n",
    "CUSTOMER_ID", "L-2026-0412" },
  { "Booking     Guest         Nights\nBK-26-90412 Lowe, Ada      3\nBK-26-90413 Roe, Tom       "
    "2\n",
    "CUSTOMER_ID", "BK-26-90412" },
  { "Customer ID,First Name,Email\n'7391846215803,Ada,ada@lowe.io\n", "CUSTOMER_ID",
    "7391846215803" },
  { "Matter Number,Client,Status\n00412-Lowe,Ada Lowe,Open\n00413-Roe,Tom Roe,Open\n",
    "CUSTOMER_ID", "00412" },
  /* a ledger's debtors, a library's readers, a loyalty scheme: the person's account */
  { "A/C        Name              Balance\nHALE01     Hale, Ada         540.00\n"
    "ROE02      Roe, Tom          120.00\n",
    "CUSTOMER_ID", "HALE01" },
  { "Debtor Code,Name,Balance\nD-40912,Ada Hale,120.00\nD-40913,Tom Roe,80.00\n", "CUSTOMER_ID",
    "D-40912" },
  { "N° lecteur;Nom;Prêts\n0042187;Ada Hale;3\n0042190;Tom Roe;1\n", "CUSTOMER_ID", "0042187" },
  { "Loyalty Card\tName\tPoints\nLC-558120\tAda Hale\t1250\n", "CUSTOMER_ID", "LC-558120" },
  { "elle a été prélevée par PRLV SEPA MAAF HABITATION 3310457820 le 10 du mois.", "CUSTOMER_ID",
    "3310457820" },
  { "It goes out as DIRECT DEBIT DIRECT LINE 88123077 on the 1st.", "CUSTOMER_ID", "88123077" },
  /* Lead-ins of set-3's kinds: a booking in a chat, a tax office's request, Ireland's PPS
   * number, "ref is" in lower case, a customer's pages in an access log. */
  { "ok pour la résa GP-7731 demain", "CUSTOMER_ID", "GP-7731" },
  { "Votre n° de demande 2025-10-00412345 est enregistré", "CUSTOMER_ID", "2025-10-00412345" },
  { "PPS number: 3390517U", "CUSTOMER_ID", "3390517U" },
  { "PPSN 3390517U", "CUSTOMER_ID", "3390517U" },
  { "GMS number 6718324H", "CUSTOMER_ID", "6718324H" },
  { "hi, the ref is KLM8812345 thanks", "CUSTOMER_ID", "KLM8812345" },
  { "\"GET /client/48213/factures HTTP/1.1\" 200", "CUSTOMER_ID", "48213" },
  { "POST /account/7741/orders", "CUSTOMER_ID", "7741" },
  { "GET /espace-client/48213/factures HTTP/1.1", "CUSTOMER_ID", "48213" },
  /* The "id" of a table whose rows are people; a CRM's "Record ID". */
  { "id,email,first_name\n20417,t.m@example.ie,Tadhg\n", "CUSTOMER_ID", "20417" },
  { "Record ID,Lifecycle Stage,City\n40871123,lead,Cork\n", "CUSTOMER_ID", "40871123" },
  { "Record ID - Contact\tFirst Name\tEmail\n4412088\tNiamh\tn@example.ie\n", "CUSTOMER_ID",
    "4412088" },
  { "{\n  \"id\": 33017,\n  \"first_name\": \"Ita\",\n  \"email\": \"ita@example.ie\"\n}",
    "CUSTOMER_ID", "33017" },
  { "Patient no   Name         Due\n20814        Mrs Costello 14/11/2025\n", "CUSTOMER_ID",
    "20814" },
  /* The id column of a table of people, whatever its header's words (corpus decision table) */
  { "Supporter UID\tFull name\tEmail\n771204583\tOrla F\to@example.ie\n", "CUSTOMER_ID",
    "771204583" },
  { "Prénom,Nom,Numéro d'identification,Courriel\nYann,Le Gall,STG-27-118,y@example.fr\n",
    "CUSTOMER_ID", "STG-27-118" },
  { "N° | Ch. | NOM / Prénom | Pièce | Numéro\n1187 | 42 | BRANDT Jonas | Reisepass | "
    "C7HX28LM4\n",
    "CUSTOMER_ID", "1187" },
  { "N° | NOM / Prénom | Pièce | Numéro\n1189 | NOWAK Ewa | Dowód osobisty | AYK 350912\n",
    "ID_DOCUMENT", "AYK 350912" },
  { "Purchase ID,Buyer Name,Purchase Email\nxJ0nQ4lRkT2bWz8eYc1p3A==,Ada B,a@example.com\n",
    "CUSTOMER_ID", "xJ0nQ4lRkT2bWz8eYc1p3A==" },
  /* session 14: the people of a table told by more than a name's header ("Vendeur (nom,
   * prénom)", "Tenant", "applicant_name", "Nom" beside "Tél"), the id's word accented or glued
   * ("Réf. RDV", "TenancyRef"), a thing's word only at a word's start ("Foireann ID") */
  { "Foireann ID\tSurname\tFirst Name\tEmail\n8813054\tNolan\tAoife\ta@example.ie\n", "CUSTOMER_ID",
    "8813054" },
  { "Date;Client;Téléphone;Réf. RDV\n16/11/2026;Inès H;06 12 48 77 30;PLN-7Q2K9D\n", "CUSTOMER_ID",
    "PLN-7Q2K9D" },
  { "RepairRef,TenancyRef,Tenant,Phone\nRR-0884512,T0041877,Mrs J. Okonkwo,07912 330 481\n",
    "CUSTOMER_ID", "T0041877" },
  { "N° | Nom | Tél | Commande\n101 | DUBRULLE | 06 72 41 09 88 | bûche\n", "CUSTOMER_ID", "101" },
  { "N° ordre | Date | Vendeur (nom, prénom) | Prix\n2026-0412 | 02/11/2026 | BENCHEIKH Samira "
    "| 298,00 €\n",
    "CUSTOMER_ID", "2026-0412" },
  { "permit_app_id\tapplicant_name\tfee\nPA-118804\tOkafor, Chiamaka\t$25.00\n", "CUSTOMER_ID",
    "PA-118804" },
  { "num_carte;nom;prenom;email\nFID-000187;Marchetti;Rose;r@example.fr\n", "CUSTOMER_ID",
    "FID-000187" },
  /* a reference-shaped value after a label's number word, the label naming a person's file */
  { "Council's complaint reference: COMP/2026/1187", "CUSTOMER_ID", "COMP/2026/1187" },
  { "PCN number: BZ40318826", "CUSTOMER_ID", "BZ40318826" },
  { "N° de réclamation attribué : R-HDF-26-0918442", "CUSTOMER_ID", "R-HDF-26-0918442" },
  { "Il est réservé, ton n° de résa : IM-2612-05", "CUSTOMER_ID", "IM-2612-05" },
  /* the label's noun names whose record (a person noun) or a person's file (an agreement) */
  { "Volunteer No. assigned: KRCS-NBO-V-10427", "CUSTOMER_ID", "KRCS-NBO-V-10427" },
  { "Agreement no: AAF-HP-0938114          Date: 14 October 2026", "CUSTOMER_ID",
    "AAF-HP-0938114" },
  { "Objet : concession n° SJ-1961-078 — procédure", "CUSTOMER_ID", "SJ-1961-078" },
  { "RÉFÉRENCE ADHÉRENT : AD-2207-118", "CUSTOMER_ID", "AD-2207-118" },
  /* an aligned table's reference column anywhere, rows drifting by a character */
  { "Nom          Prénom     Matricule   GSM\nKIEFFER      Aurélie    AG-30418    0671\nOBERLIN    "
    " "
    " Marc      AG-27741    0633\n",
    "CUSTOMER_ID", "AG-27741" },
  { "Ref          Guest             Nights\nHM4KX29QT    A. Berg           5\n", "CUSTOMER_ID",
    "HM4KX29QT" },
  /* a broker's list sorted by surname: the first row starts with a surname and its comma */
  { "Client                 Client No   Policy No       Insurer\n"
    "Halloran, Brigid (Ms)  C204417     HH/55120/26     Aviva\n"
    "Oyelaran, Tunde        C200982     HH/30877/26     AXA\n",
    "CUSTOMER_ID", "C200982" },
  { "Client                 Client No   Policy No       Insurer\n"
    "Halloran, Brigid (Ms)  C204417     HH/55120/26     Aviva\n",
    "CUSTOMER_ID", "HH/55120/26" },
  /* an INSERT's bare "ref" column beside a guest's name: a booking's reference */
  { "INSERT INTO `bookings` (`id`, `ref`, `guest_name`, `covers`) VALUES\n"
    "(3120, 'QX-7H2KD', 'Aoife Quigley', 4),\n(3121, 'QX-7H2LM', 'Tom Reid', 2);\n",
    "CUSTOMER_ID", "QX-7H2LM" },
  /* a law firm's time entries: the matter beside its client */
  { "Date\tFee Earner\tMatter\tClient\tUnits\n12/01/2027\tKOB\tCON/0772\tBrennan, "
    "Aisling\t3\n",
    "CUSTOMER_ID", "CON/0772" },
  /* an airline's e-ticket number: its code, a space, ten digits */
  { "PASSENGER:   REID/TOM MR\nTICKET NO:   220 4418830125\n", "CUSTOMER_ID", "220 4418830125" },
  /* a restaurant's day sheet: "res" and the booking system's reference */
  { "19:30 | 4p | Quigley, Aoife | T3 | nut allergy | res OTB-5520871", "CUSTOMER_ID",
    "OTB-5520871" },
  /* a user's handle after a key naming the user, and a small app's short one */
  { "User: Ines Marques · user_id usr_7Hd3kQp20 · plan: Pro", "CUSTOMER_ID", "usr_7Hd3kQp20" },
  { "\"metadata\": { \"app_user_id\": \"usr_Tq48xLm2\" }", "CUSTOMER_ID", "usr_Tq48xLm2" },
  { "ERROR export failed for user (user usr_4471) at 14:02", "CUSTOMER_ID", "usr_4471" },
  /* a list after a labelled reference */
  { "candidate IDs: 48820193004, 48820193117", "CUSTOMER_ID", "48820193117" },
  { "passeports n° 19AB12345 et 21CD67890 pour les deux", "ID_DOCUMENT", "21CD67890" },
  /* a person's object at any depth of a payload */
  { "{\"ticket\": {\"id\": 5812, \"requester\": {\"id\": 90417722, \"email\": "
    "\"c@example.com\"}}}",
    "CUSTOMER_ID", "90417722" },
  { "{\"service\": \"cantine\", \"enfant\": \"ENF-044197\"}", "CUSTOMER_ID", "ENF-044197" },
  { "Rewardful affiliate aff_Q4v7Tn2k paid", "CUSTOMER_ID", "aff_Q4v7Tn2k" },
  { "CompAuxNum|CompAuxLib|Debit\nS0003|FAYE OUMAR|1684,22\n", "CUSTOMER_ID", "S0003" },
  { "plainte n° 04217/2026/001893 à la brigade", "CUSTOMER_ID", "04217/2026/001893" },
  { "N° Portalis CBVT-R-Q8K-2XLM", "CUSTOMER_ID", "CBVT-R-Q8K-2XLM" },
  { "le retour avec la réservation H8RW4K (Flixbus)", "CUSTOMER_ID", "H8RW4K" },
  { "compte cotisant : 687 4501239 7720", "CUSTOMER_ID", "687 4501239 7720" },
  /* a chat copied without times: the answer under the answerer's name */
  { "Laura Quigley\nand ur allocataire number?\nPriya Venkat\n2719654 - the lady said\n",
    "CUSTOMER_ID", "2719654" },
  /* identity documents of other countries, in their words */
  { "EU Settlement share code R4T 8KM 2QX, checked", "ID_DOCUMENT", "R4T 8KM 2QX" },
  { "Personalausweis T22K09R41", "ID_DOCUMENT", "T22K09R41" },
  { "Passeport (pages 2-3)|HADDAD Karim|MJ4387210|", "ID_DOCUMENT", "MJ4387210" },
  { "Permis de conduire marocain|EL AMRANI Y.|11/304567|", "ID_DOCUMENT", "11/304567" },
  { "INSERT INTO members (name, license) VALUES ('A B', 'W1904471123KB');", "CUSTOMER_ID",
    "W1904471123KB" },
  { "INSERT INTO members (id, nom, num_licence) VALUES (7, 'X', 'VT1234567890ABC');", "CUSTOMER_ID",
    "VT1234567890ABC" },
  { "votre numéro de dossier 2023/4471", "CUSTOMER_ID", "2023/4471" },
  { "Votre réf. : FAC-88123", "CUSTOMER_ID", "FAC-88123" },
  /* keys naming a person's record, platform handles */
  { "  \"numero_allocataire\": \"4471902\",", "CUSTOMER_ID", "4471902" },
  { "  \"dossier_famille\": \"FAM-97415-002871\",", "CUSTOMER_ID", "FAM-97415-002871" },
  { "fixture(insurance_member_id=\"ODS99281174\")", "CUSTOMER_ID", "ODS99281174" },
  { "ERROR charge failed userId=u_58812 retry=2", "CUSTOMER_ID", "u_58812" },
  { "\"user_id\": \"auth0|654f1a2b3c4d5e6f78901234\"", "CUSTOMER_ID",
    "auth0|654f1a2b3c4d5e6f78901234" },
  { "\"id\": \"gid://shopify/Customer/7384920117431\"", "CUSTOMER_ID",
    "gid://shopify/Customer/7384920117431" },
  { "Account acct_2QX84M was rate limited", "CUSTOMER_ID", "acct_2QX84M" },
  /* identity cards by their country's acronym; a chat's answer to the document's question */
  { "Foreign TIN (CNIC): 35202-4417853-9", "ID_DOCUMENT", "35202-4417853-9" },
  { "votre numéro de permis de conduire ?\nVous · 09:13\n120133100562, délivré en 2012",
    "ID_DOCUMENT", "120133100562" },
  { "Votre numéro fiscal personnel (1 29 74 512 083 66 selon notre fichier)", "CUSTOMER_ID",
    "1 29 74 512 083 66" },
  { "Compte cotisant : 937 000 0012 458 802", "CUSTOMER_ID", "937 000 0012 458 802" },
  /* a label over its value, a chat's answer */
  { "Numéro fiscal\n3 07 4 512 889 041\nDéclarant 1", "CUSTOMER_ID", "3 07 4 512 889 041" },
  { "N° de demande :\n2026/11/21-0914-55372\n", "CUSTOMER_ID", "2026/11/21-0914-55372" },
  { "What's your order number?\n\nAna Ruiz · 7:13 PM\n#EP-104977 es el vestido", "CUSTOMER_ID",
    "EP-104977" },
  /* (g22-refs2) a people's table's reference column: kept when its value is the same on
   * every row because the rows are one person's, or under a household's noun */
  { "First Name,Last Name,Email,Member ID\nNgozi,Eze,ngozi.eze@mail.ng,MB-4471201\n"
    "Ngozi,Eze,ngozi.eze@mail.ng,MB-4471201\nNgozi,Eze,ngozi.eze@mail.ng,MB-4471201\n",
    "CUSTOMER_ID", "MB-4471201" },
  { "Household ID,Member No,First Name,Last Name\nHH-5520913,MB-4471201,Ngozi,Eze\n"
    "HH-5520913,MB-4471202,Tunde,Eze\nHH-5520913,MB-4471203,Amaka,Eze\n",
    "CUSTOMER_ID", "HH-5520913" },
  /* (g24-refs-en) a system's code (capitals, digit runs joined by dashes) after the noun of
   * whose it is a few words back, a bare number's word, or the office's noun before it */
  { "We have recorded this as grievance HRG-27-114 and will reply.", "CUSTOMER_ID", "HRG-27-114" },
  { "her appeal ADM-APL-2027-0318 is listed for May", "CUSTOMER_ID", "ADM-APL-2027-0318" },
  { "Transferred to the LADO team (ref LADO-27-20914) today.", "CUSTOMER_ID", "LADO-27-20914" },
  { "Hostel ID QW-26-7731 issued at intake.", "CUSTOMER_ID", "QW-26-7731" },
  { "Clinic slip no. MED-NP-27-0041887 attached", "CUSTOMER_ID", "MED-NP-27-0041887" },
  /* (g25-refs-en) a form's field: a label of words of no class before its number's word
   * (or '#'), a colon or a leader's dots, the label opening its line or its column, the
   * value ending it */
  { "Applicant: Wiremu Tane\nTenure number: 3318204\nStart: 2 March", "CUSTOMER_ID", "3318204" },
  { "Date: 04/11/2027\nKGN number     : 771204938\n", "CUSTOMER_ID", "771204938" },
  { "FL12  Subscriber's unique ID: 440918273\nFL13  Plan: Gold", "CUSTOMER_ID", "440918273" },
  { "Referral #: ORT-2704-44817    Received: fax", "CUSTOMER_ID", "ORT-2704-44817" },
  { "  Script # .............. 8820417\n", "CUSTOMER_ID", "8820417" },
  { "Livestock owner no.      : LVO-2027-5512093\nVillage: Kisumu", "CUSTOMER_ID",
    "LVO-2027-5512093" },
  /* (g26-ids) Ireland's PPS number by its layout and mod-23 letter, no label; Northern
   * Ireland's H&C number after its label; a key's letter before a sentence's full stop; an
   * Eircode after its label, the code alone */
  { "Tomás and Gráinne: 5260181E, 5908301EA for the grant form", "CUSTOMER_ID", "5908301EA" },
  { "pupil_ref=6613186M\n", "CUSTOMER_ID", "6613186M" },
  /* a firm's word is a whole word: "private" holds no "VAT" (session 26, lead) */
  { "Private and confidential. She sent 6789012VA today", "CUSTOMER_ID", "6789012VA" },
  { "H&C number: 338 412 9075\n", "CUSTOMER_ID", "338 412 9075" },
  { "My tax reference is 5512 804 217 T. Thanks for checking.", "CUSTOMER_ID", "5512 804 217 T" },
  { "Send it to our new house, Eircode T12 KX4R please.", "POSTAL_ADDRESS", "T12 KX4R" },
  /* (g25-refs-en) a system's code whose groups slashes join, after a case's or a person's
   * noun, a form's label, a sentence's lower-case noun and its number's word */
  { "The tenant's arrears case HSG/ARR/27/00418 goes to panel.", "CUSTOMER_ID",
    "HSG/ARR/27/00418" },
  { "Beneficiary no.: KRB/WEL/0041187/02\n", "CUSTOMER_ID", "KRB/WEL/0041187/02" },
  { "the patient's clinic number is NHC/27/204418 per her card", "CUSTOMER_ID", "NHC/27/204418" },
  /* (g24b-keys) a key read as words: a file's noun of the labels' (application,
   * registration, enrolment, case, referral, loan, inscription, demande) or a person's noun
   * of the tables' headers (étudiant, pupil, staff, volunteer) beside a number's word, in
   * JSON, key=value and XML */
  { "{\"enrolment_number\": \"ENR-27-40918\", \"term\": \"autumn\"}", "CUSTOMER_ID",
    "ENR-27-40918" },
  { "{\"applicationNo\": \"77120459\", \"status\": \"received\"}", "CUSTOMER_ID", "77120459" },
  { "{\"caseRef\": \"HSG/27/00412\"}", "CUSTOMER_ID", "HSG/27/00412" },
  { "sync ok referralId=RFL-2027-8841 clinic=north", "CUSTOMER_ID", "RFL-2027-8841" },
  { "<dossier><numero_inscription>2027-339104</numero_inscription></dossier>", "CUSTOMER_ID",
    "2027-339104" },
  { "{\"pupil_no\": \"P0448127\", \"year\": 5}", "CUSTOMER_ID", "P0448127" },
  { "{\"loan_account\": \"HL-00412093\"}", "CUSTOMER_ID", "HL-00412093" },
  /* (g24b-keys) a bare "id", "ref", "number" or "reference" of an object whose own key
   * names a person or a person's file */
  { "{\n  \"member\": {\n    \"id\": 5512093,\n    \"segment\": \"retail\"\n  }\n}", "CUSTOMER_ID",
    "5512093" },
  { "{\"appeal\": {\"ref\": \"APL-27-0918\", \"stage\": 2}}", "CUSTOMER_ID", "APL-27-0918" },
  { "{\"students\": [{\"id\": \"st_88120\", \"year\": 4}, {\"id\": \"st_88121\", "
    "\"year\": 5}]}",
    "CUSTOMER_ID", "st_88121" },
  /* (g24b-keys) a label at the end of a line of prose wrapped at a fixed width, its value
   * opening the next line */
  { "Thank you for calling about the repairs to your flat, your complaint reference is\n"
    "HSG-CMP-27-00918 and we will reply within ten working days.",
    "CUSTOMER_ID", "HSG-CMP-27-00918" },
  { "Je vous confirme l'enregistrement de votre demande de logement social, dossier\n"
    "LS-93-2027-04417, à rappeler dans vos échanges.",
    "CUSTOMER_ID", "LS-93-2027-04417" },
  /* (g23-refs) a label opening on an accented capital; a person's noun in the feminine */
  { "Élève n° 40117726, classe de 3e B.", "CUSTOMER_ID", "40117726" },
  { "ÉTUDIANTE N° 21904417 – relevé de notes", "CUSTOMER_ID", "21904417" },
  { "Mme Roux (retraitée n° 5518203) a rappelé.", "CUSTOMER_ID", "5518203" },
  { "N° d'affiliée : IND-2207.314 (caisse de pension)", "CUSTOMER_ID", "IND-2207.314" },
  /* (g23-refs) the firm's or the establishment's name in mixed case between the label and
   * its colon */
  { "N° adhérent Harmonie : 77120458", "CUSTOMER_ID", "77120458" },
  { "numéro élève Pronote : 3310927", "CUSTOMER_ID", "3310927" },
  { "N° patient Doctolib : 44712093", "CUSTOMER_ID", "44712093" },
  /* (g23-refs) a French hospital's patient number under its "IPP" column, whatever the rows */
  { "date       | IPP        | service\n-----------+------------+------------\n"
    "2026-03-02 | 3300418827 | Pneumologie\n2026-03-02 | 3300512093 | Cardiologie\n"
    "2026-03-03 | 3300877410 | Pneumologie\n",
    "CUSTOMER_ID", "3300512093" },
  { "heure;n° IPP;examen\n08:10;40018832;IRM genou\n08:40;40022719;scanner\n"
    "09:05;40031107;échographie\n",
    "CUSTOMER_ID", "40022719" },
  /* (g23-refs) a taxpayer's file, a police procedure on a complaint */
  { "N° de contribuable : 4470913", "CUSTOMER_ID", "4470913" },
  { "plainte enregistrée, n° de procédure 2026/018842.", "CUSTOMER_ID", "2026/018842" },
  /* (g23-refs) the French ticket's word before an IATA ticket number */
  { "Votre billet électronique n° 057 2418 330 912 est émis.", "CUSTOMER_ID", "057 2418 330 912" },
  { "Billets : 074-2419903318 et 074-2419903319", "CUSTOMER_ID", "074-2419903319" },
  /* (g22-refs3) one or two lower-case words qualifying the record between its noun and the
   * value: an adjective, "au"/"at" before an establishment's capitals */
  { "Son matricule interne 004871 figure sur le bulletin.", "CUSTOMER_ID", "004871" },
  { "n° d'affilié mutualité : 3.812.447", "CUSTOMER_ID", "3.812.447" },
  { "IPP au CHU : 3400912277, séjour en cours.", "CUSTOMER_ID", "3400912277" },
  { "the member provisional no. 7712093 was issued", "CUSTOMER_ID", "7712093" },
  { "Student internal ID 20441873 (exchange term)", "CUSTOMER_ID", "20441873" },
  { "Patient at RBH : 4471902833, admitted Monday", "CUSTOMER_ID", "4471902833" },
  { "usager temporaire n° 5528104 à la médiathèque", "CUSTOMER_ID", "5528104" },
  /* (g22-refs2) a reference printed in groups of three digits after its first run, as a
   * register prints it, after the noun of whose it is: dots whatever the label, spaces only
   * after a number's word */
  { "Votre n° d'assuré 7.204.913 figure sur la carte.", "CUSTOMER_ID", "7.204.913" },
  { "Dossier de la patiente 18.447.206, transmis.", "CUSTOMER_ID", "18.447.206" },
  { "Member no. 31 884 507 of the pension scheme.", "CUSTOMER_ID", "31 884 507" },
  { "N° affilié : 47/203 118, cotisations à jour.", "CUSTOMER_ID", "47/203 118" },
  { "Appeal REF-8841.207 lodged on Monday.", "CUSTOMER_ID", "REF-8841.207" },
  { "Jugement n° 26/2214 rendu le 3 mars.", "CUSTOMER_ID", "26/2214" },
  /* (g22-refs) a registry's or a practice's file by its form: capitals, slashes, a year and
   * a sequence, whatever the label; a noun before its "n°" ("écrou n° 71526") */
  { "Your deeds search is logged under TRN/KSM/2024/30817 at the registry.", "CUSTOMER_ID",
    "TRN/KSM/2024/30817" },
  { "Ndugu, faili yako ni MSA/HC/SUCC/0412/2024, tafadhali njoo Jumatatu.", "CUSTOMER_ID",
    "MSA/HC/SUCC/0412/2024" },
  { "CALLER: it's ELD/NB/118/24 on the letter.", "CUSTOMER_ID", "ELD/NB/118/24" },
  { "<DossierRef>BRK/ETAT/2023/C/00871</DossierRef>", "CUSTOMER_ID", "BRK/ETAT/2023/C/00871" },
  { "Objet : votre frère, écrou n° 48117, transfert prévu.", "CUSTOMER_ID", "48117" },
  { "Madame Ferrant, cotisant n° 5507713, relance.", "CUSTOMER_ID", "5507713" },
  /* files written with slashes, dockets, disputes */
  { "Matter BK/CV/2261. Call back after 1.", "CUSTOMER_ID", "BK/CV/2261" },
  { "Legal, their ref RK:24-1187.", "CUSTOMER_ID", "RK:24-1187" },
  { "(RG n° 26/04718), la résidence", "CUSTOMER_ID", "26/04718" },
  /* session 12: justice and asylum files of one person, research participants, visa files */
  { "N° RG (si connu) : 26/04517\nPartie adverse", "CUSTOMER_ID", "26/04517" },
  { "Dépôt de plainte fait (PV n° 2026/004512, commissariat).", "CUSTOMER_ID", "2026/004512" },
  { "(décision BAJ n° 2026/013572 du 8 octobre)", "CUSTOMER_ID", "2026/013572" },
  { "N° écrou (antérieur) : 48213\n", "CUSTOMER_ID", "48213" },
  { "N° OFPRA : 26-04-11873 (procédure normale)", "CUSTOMER_ID", "26-04-11873" },
  { "poursuivi sous le n° de parquet 26214000318.", "CUSTOMER_ID", "26214000318" },
  { "consent for participant PPI-2207 — the ICF v4", "CUSTOMER_ID", "PPI-2207" },
  { "Subject 031-0219 at our site had a fall.", "CUSTOMER_ID", "031-0219" },
  { "UNBLIND request site=112 subject=112-0087 requested_by=", "CUSTOMER_ID", "112-0087" },
  { "Previous SEVIS ID: N0031178452 (language school)", "CUSTOMER_ID", "N0031178452" },
  { "GWF number is GWF078812934", "CUSTOMER_ID", "GWF078812934" },
  { "Litige PP-D-48213377 · Objet non reçu", "CUSTOMER_ID", "PP-D-48213377" },
  { "un contrat Tous Risques n° AUT-7741209-03 pour le véhicule", "CUSTOMER_ID", "AUT-7741209-03" },
  /* session 13: trades' labels of a person's file, person keys of SQL dumps, crew lists */
  { "PhilHealth no.: 12-050471883-9      SSS no.: 34-8812047-6", "CUSTOMER_ID", "12-050471883-9" },
  { "PhilHealth no.: 12-050471883-9      SSS no.: 34-8812047-6", "CUSTOMER_ID", "34-8812047-6" },
  { "NHI: ZKC4471\nGP: Dr Hona", "CUSTOMER_ID", "ZKC4471" },
  { "Code auteur : AUT-0458", "CUSTOMER_ID", "AUT-0458" },
  { "N° d'identifiant artiste-auteur : 9012457838", "CUSTOMER_ID", "9012457838" },
  { "Numéro unique départemental : 972 24 11 00518 04", "CUSTOMER_ID", "972 24 11 00518 04" },
  { "Crew code: PMC-0031874", "CUSTOMER_ID", "PMC-0031874" },
  { "All done — cancellation ref CXL-551204. Bye", "CUSTOMER_ID", "CXL-551204" },
  { "on sick leave tonight, absence record ABS-26-3381.", "CUSTOMER_ID", "ABS-26-3381" },
  { "Storage agreement: SSL-AGR-22817     Unit: B-214", "CUSTOMER_ID", "SSL-AGR-22817" },
  { "[02:00:14] exception: emp 004417 (HERNANDEZ, JOSE L) missing out-punch", "CUSTOMER_ID",
    "004417" },
  { "other ones: Dupuis/Leota (file BVM-2611) and", "CUSTOMER_ID", "BVM-2611" },
  { "Client no. C-004812 / matter WIL-2026-0093", "CUSTOMER_ID", "WIL-2026-0093" },
  { "Mr Ade's solicitors (their ref OKW.44917).", "CUSTOMER_ID", "OKW.44917" },
  { "PNR 6ZRTKQ, e-ticket 618 2415509384", "CUSTOMER_ID", "618 2415509384" },
  { "IMSS incapacity folio VL 482913 on file", "CUSTOMER_ID", "VL 482913" },
  { "CREATE TABLE `clients` (`client_id` int NOT NULL, `nom` varchar(80));\n"
    "INSERT INTO `clients` VALUES (2041,'Muller'),(2042,'Ba');\n",
    "CUSTOMER_ID", "2041" },
  { "INSERT INTO `wp_usermeta` (`umeta_id`, `user_id`, `meta_key`, `meta_value`) VALUES\n"
    "(101,7,'first_name','Gaelle');\n",
    "CUSTOMER_ID", "7" },
  { "INSERT INTO abonnes (abonne_id, nom, rum_sepa) VALUES\n(100482, 'DEROO', 'CEE-ABO-100482');\n",
    "CUSTOMER_ID", "CEE-ABO-100482" },
  { "INSERT INTO abonnes (abonne_id, nom, rum_sepa) VALUES\n(100482, 'DEROO', 'CEE-ABO-100482');\n",
    "CUSTOMER_ID", "100482" },
  { "PERNR\tName\tShift\n00041877\tGARZA, José\tT1\n00042215\tCANTU, Maria\tT2\n", "CUSTOMER_ID",
    "00041877" },
  { "(A)Case | (B)Employee name | (C)Job title\n26-004   | Hector Mejia | Carpenter\n"
    "26-007   | Dustin Reeves | Ironworker\n",
    "CUSTOMER_ID", "26-004" },
  { "\"Email Address\",\"First Name\",\"LEID\",\"EUID\"\n\"a@b.fr\",\"Lucie\",\"218833210\","
    "\"c0d7e44a92\"\n",
    "CUSTOMER_ID", "c0d7e44a92" },
  { "| rang | candidat | NUD | décision |\n|---|---|---|---|\n| 1 | FILIPPI Marie | 2A 25 02 00731 "
    "| attribution |\n",
    "CUSTOMER_ID", "2A 25 02 00731" },
  { "No | Name | Passport | Seaman's book\n1 | KOVAL, Oleks | FT418273 | AB 0472119\n"
    "2 | CRUZ, Mark | P4477120B | C1820447\n",
    "ID_DOCUMENT", "C1820447" },
  { "SIRB: A0914427        Passport: P5570938B", "ID_DOCUMENT", "A0914427" },
  /* g16-struct: countries' identity numbers by their names, a State's code before "DL", the
   * permits a State issues to one person, a British licence by its shape alone */
  { "Visitor 1 | Mrs Bisi Ogunleye | NIN 70118436255 | 10:05", "ID_DOCUMENT", "70118436255" },
  { "{\"accused\": {\"id\": \"ACC-1\", \"trn\": \"118-442-907\", \"custody\": true}}",
    "ID_DOCUMENT", "118-442-907" },
  { "CURP: CANR890312HJCRVF04", "ID_DOCUMENT", "CANR890312HJCRVF04" },
  { "PhilSys Card No. (PCN): 4218-7730-5196-0042", "ID_DOCUMENT", "4218-7730-5196-0042" },
  { "série KT 482915, CNP 2920911134418", "ID_DOCUMENT", "2920911134418" },
  { "Aadhaar of the surety, his cousin\nMahesh Gaikwad: 4921 7730 5186 (copy attached).",
    "ID_DOCUMENT", "4921 7730 5186" },
  { "Sr | Name | Mobile | Aadhaar (for payment)\n1 | Shinde Rahul | 98220 55341 | 4582 7719 3306\n"
    "2 | Kulkarni Sneha | 97655 10282 | 6390 1145 8827\n",
    "ID_DOCUMENT", "6390 1145 8827" },
  { "TX DL: 21874405     SSN: 461-73-2058", "ID_DOCUMENT", "21874405" },
  { "Verified identity: TX DL 40917722.", "ID_DOCUMENT", "40917722" },
  { "DL/ID #: D4819270   Class C", "ID_DOCUMENT", "D4819270" },
  { "Passaport andorrà n° AND418273", "ID_DOCUMENT", "AND418273" },
  { "copie du permis côtier du chef de bord (n° 075019P04412 d'après votre formulaire)",
    "ID_DOCUMENT", "075019P04412" },
  { "N° de permis de chasser : 2A-08-10457", "ID_DOCUMENT", "2A-08-10457" },
  { "Mum: FOLASADE ADEYEMI ADEYE754219FO9AB they read it to me", "ID_DOCUMENT",
    "ADEYE754219FO9AB" },
  /* g16-struct: a postcode and its town in the European order after a street found, also
   * under a form's label on the next line */
  { "> Salutations, Christophe Vuillermoz\n> Rue du Bourg 14, 1920 Martigny\n", "POSTAL_ADDRESS",
    "1920 Martigny" },
  { "  Adresse : Route de la Télécabine 31\n  NPA / Localité : 1997 Haute-Nendaz\n",
    "POSTAL_ADDRESS", "1997 Haute-Nendaz" },
  { "Adresse permanente : Avinguda Meritxell 41, AD700 Escaldes-Engordany\n", "POSTAL_ADDRESS",
    "AD700 Escaldes-Engordany" },
  { "To: Darlene Two Feathers\n    Box 118\n    Duck Lake SK S0K 1J0\n", "POSTAL_ADDRESS",
    "Box 118" },
  { "Address on release: 14 Rousseau Road, Kingston 5\nContact: 876-555-0147", "POSTAL_ADDRESS",
    "Kingston 5" },
  /* g16-struct: Australia's 1300/1800 numbers, "mob." before an Indian mobile, a column of
   * abbreviated days, dates in Spanish, Italian and Portuguese */
  { "Claims Officer | SureCover | 1800 273 268\n", "PHONE", "1800 273 268" },
  { "His wife is a domestic worker (mob. 98220 41736).", "PHONE", "98220 41736" },
  { "Jour        PM1    H\nlun 23      05:41  4,92\nmar 24      06:22  5,04\n", "DATE", "lun 23" },
  { "el traslado a Lisboa a partir del 14 de enero de 2027, con", "DATE", "14 de enero de 2027" },
  { "il distacco dal 1° settembre 2026 al 31 marzo", "DATE", "1° settembre 2026" },
  { "civil ID 287041903318 and KOC pass are with security", "ID_DOCUMENT", "287041903318" },
  { "against a copy of his Polish ID card\n(CAX 418273) — copy deleted", "ID_DOCUMENT",
    "CAX 418273" },
  { "ID no. given for verification:\n  8804155123083.", "ID_DOCUMENT", "8804155123083" },
  { "CREATE TABLE induction (\n  id serial,\n  sa_id_number varchar(13)\n);\n"
    "INSERT INTO induction VALUES\n (1, '9107230224085');\n",
    "ID_DOCUMENT", "9107230224085" },
  { "{\"numero_locataire\": \"0458 2219\", \"x\": 1}", "CUSTOMER_ID", "0458 2219" },
  { "{\"num_unique\": \"069 26 03 11847\", \"demandeur\": {}}", "CUSTOMER_ID", "069 26 03 11847" },
  { "Matricule attribué par la paie : P-2026-118   (réservé)", "CUSTOMER_ID", "P-2026-118" },
  { "Carl-bot: Member banned | kev (ID 1171220984309411840)", "CUSTOMER_ID",
    "1171220984309411840" },
  { "Je fais suite (dossier médiation n° MCE-2026-0418835).", "CUSTOMER_ID", "MCE-2026-0418835" },
  { "abonné Pass Culture Senior n° PCS-088215.", "CUSTOMER_ID", "PCS-088215" },
  { "#  | SEVIS ID      | Last / First\n1  | N0039912045   | ADEYEMI, Ola\n2  | N0039907731   | "
    "BHATT, Ana\n",
    "CUSTOMER_ID", "N0039912045" },
  { "ResponseId,RecipientLastName,RecipientEmail\nR_3qTz8WkLmN2pXaB,Okafor,c.okafor@example.ac.uk\n"
    "R_1dFgH7yUiO9pQrS,Siddiqui,z.sid@example.ac.uk\n",
    "CUSTOMER_ID", "R_3qTz8WkLmN2pXaB" },
  { "acct,direction,timestamp,body\nBAF-118204,OUT,2026-11-03 14:00:05,\"Hi\"\n"
    "BAF-120577,IN,2026-11-03 14:22:41,\"ok\"\n",
    "CUSTOMER_ID", "BAF-118204" },
  { "hh_id\tproGres_id\thead\nGMB-HH-00417\tETH-18C04412\tNyakuoth Both\n"
    "GMB-HH-00418\tETH-18C04413\tChuol Puok\n",
    "CUSTOMER_ID", "ETH-18C04412" },
  { "CREATE TABLE `employees` (`employee_id` int, `bank_routing` char(9), `bank_account` "
    "varchar(17));\nINSERT INTO `employees` VALUES\n(101,'111000025','488102937714');\n",
    "CUSTOMER_ID", "488102937714" },
  { "ticket_no,customer_id,last_name,id_type,id_number,dob\nPT-260411,C10482,NGUYEN,TX "
    "DL,41207759,04/22/1990\nPT-260412,C07731,Delgado,MATRICULA,12034988771,10/01/1968\n",
    "ID_DOCUMENT", "41207759" },
  { "Émission | Tél. | Adhérent n°\n---|---|---\nRéveil | 06 23 80 14 97 | RC-0142\nMarmite | 06 "
    "88 "
    "10 29 41 | RC-0163, RC-0171\n",
    "CUSTOMER_ID", "RC-0171" },
  { "No | Name | Passport | Seaman's book\n1 | KOVAL, Oleks | FT418273 | AB 0472119\n"
    "2 | CRUZ, Mark | P4477120B | C1820447\nSign-on:\n3 | ABELLA, Josh | P9981237B | C2550178\n",
    "ID_DOCUMENT", "C2550178" },
  { "\"The user with id '1187' enrolled the user with id '50342' in the course with id '2214'.\"",
    "CUSTOMER_ID", "50342" },
  /* person-id columns */
  { "EMP NO\tCLEANER\tDAY\nE014\tBogdan Popescu\tMon\nE009\tAda Nwankwo\tTue\n", "CUSTOMER_ID",
    "E014" },
  { "INE\tNom\tPrénom\n0741203581K\tFONTAINE\tLéa\n0741198276F\tMOREAU\tTom\n", "CUSTOMER_ID",
    "0741203581K" },
  { "id_contact;prenom;nom;email\nC-000318;Arnaud;Lagarde;a.lagarde@example.fr\n"
    "C-000319;Hélène;Tran;h.tran@example.fr\n",
    "CUSTOMER_ID", "C-000318" },
  { "customer number on the invoice is C-2209815.", "CUSTOMER_ID", "C-2209815" },
  { "contrat n° 7781-AB", "CUSTOMER_ID", "7781-AB" },
  { "Account number: 00123456", "CUSTOMER_ID", "00123456" },
  { "Order #A1234567", "CUSTOMER_ID", "A1234567" },
  /* A long lead-in, up to a colon or "est le". */
  { "Numéro d'abonné à la lettre d'information : 88123", "CUSTOMER_ID", "88123" },
  { "Your membership number for the club is AB-55123", "CUSTOMER_ID", "AB-55123" },
  { "Votre numéro d'adhérent pour la saison 2025-2026 est le 88123", "CUSTOMER_ID", "88123" },
  { "Référence de votre dossier auprès de nos services : DOS-2025-441", "CUSTOMER_ID",
    "DOS-2025-441" },
  /* Nouns that name a person's file with a number word. */
  { "Numéro d'usager : 55124890", "CUSTOMER_ID", "55124890" },
  { "N° d'élève : 2024-1187", "CUSTOMER_ID", "2024-1187" },
  { "Student ID: S2291834", "CUSTOMER_ID", "S2291834" },
  { "Hospital number: K558812", "CUSTOMER_ID", "K558812" },
  { "IPP : 00412378", "CUSTOMER_ID", "00412378" },
  { "RUM : FR12ZZZ123456-2024-0042", "CUSTOMER_ID", "FR12ZZZ123456-2024-0042" },
  /* session 9: labels, direct debits, SQL columns, mentions, South African ID numbers */
  { "salariée : Awa, num Pajemploi PJ5520914", "CUSTOMER_ID", "PJ5520914" },
  { "bénéficiaire APA n° APA-33-0077120", "CUSTOMER_ID", "APA-33-0077120" },
  { "N° dossier ANTS / NEPH : 130675400998", "CUSTOMER_ID", "130675400998" },
  { "dans le cadre du contrat de sous-traitance n° ST-BX-2026-11 signé", "CUSTOMER_ID",
    "ST-BX-2026-11" },
  { "MANDAT DE GESTION LOCATIVE N° MG-2027-0412", "CUSTOMER_ID", "MG-2027-0412" },
  { "02/11/2026;PRLV SEPA MACIF AUTO 2190441185;48,37;;", "CUSTOMER_ID", "2190441185" },
  { "02/11/2026;PRLV SEPA FONCIA LOYER NOV REF LOC-44-12093;890,00;;", "CUSTOMER_ID",
    "LOC-44-12093" },
  { "01/11  DIRECT DEBIT THAMES WATER 900412877     -41.00", "CUSTOMER_ID", "900412877" },
  { "the landlord's lease no. DV-2024-0731 ended", "CUSTOMER_ID", "DV-2024-0731" },
  { "INSERT INTO staff (id, matricule, nom) VALUES (7, 'GC-0077', 'Roux');", "CUSTOMER_ID",
    "GC-0077" },
  { "Full names: Thabo Nkosi   ID no: 9203145123080", "ID_DOCUMENT", "9203145123080" },
  { "Client code: CLI0042", "CUSTOMER_ID", "CLI0042" },
  /* Keys glued the French way, and a reference in brackets. */
  { "{\"numClient\": \"C88123\", \"nom\": \"x\"}", "CUSTOMER_ID", "C88123" },
  { "id_patient=P-88123", "CUSTOMER_ID", "P-88123" },
  { "Dossier suivi (réf. 88123)", "CUSTOMER_ID", "88123" },
  { "Abonnement n° 88123", "CUSTOMER_ID", "88123" },
  /* Shopify's orders export: the "Name" column holds the order's number. */
  { "Name,Email,Total\n#1043,tom@example.co.uk,54.90\n", "CUSTOMER_ID", "1043" },
  /* A shop numbers its orders from 1001. */
  { "Your order #1043 has shipped.", "CUSTOMER_ID", "1043" },
  { "Votre commande n°1043 est partie.", "CUSTOMER_ID", "1043" },
  /* Every kind of reference the blind corpora mark: mandates, hospital and medical-card
   * numbers, staff numbers, NUBAN, SPI, booking codes, a lawyer's initials before the file. */
  { "Mandat exclusif n° 2025-118 signé", "CUSTOMER_ID", "2025-118" },
  { "Mandat de vente n°2451 signé le 4", "CUSTOMER_ID", "2451" },
  { "numéro de mandat 2451", "CUSTOMER_ID", "2451" },
  { "Réf. mandat : 2451", "CUSTOMER_ID", "2451" },
  { "Hosp no K4471882", "CUSTOMER_ID", "K4471882" },
  { "CHI number 1203854477", "CUSTOMER_ID", "1203854477" },
  { "Medical card no. 4471 8823", "CUSTOMER_ID", "4471 8823" },
  { "Medical card: 22-4419-88", "CUSTOMER_ID", "22-4419-88" },
  { "Chart no. 44812", "CUSTOMER_ID", "44812" },
  { "Staff no. 4471", "CUSTOMER_ID", "4471" },
  { "Employee No: 0412", "CUSTOMER_ID", "0412" },
  { "Payroll ID: 4471", "CUSTOMER_ID", "4471" },
  { "Matricule : 0412", "CUSTOMER_ID", "0412" },
  { "employeeNumber: 4471", "CUSTOMER_ID", "4471" },
  { "\"employee_no\": \"0412\",", "CUSTOMER_ID", "0412" },
  { "Code client : 4471", "CUSTOMER_ID", "4471" },
  { "ID adhérent : 4471", "CUSTOMER_ID", "4471" },
  { "Works number 4471", "CUSTOMER_ID", "4471" },
  { "Matter no. 4471", "CUSTOMER_ID", "4471" },
  { "Player ID: 20174471", "CUSTOMER_ID", "20174471" },
  { "NUBAN: 0123456789", "CUSTOMER_ID", "0123456789" },
  { "SPI : 3012345678901", "CUSTOMER_ID", "3012345678901" },
  { "N° d'identification fiscale : 3012345678901", "CUSTOMER_ID", "3012345678901" },
  { "Unique Taxpayer Reference (UTR): 1234567890", "CUSTOMER_ID", "1234567890" },
  { "Numéro de pension : 2025-4471882", "CUSTOMER_ID", "2025-4471882" },
  { "Contrat auto n° 4471882", "CUSTOMER_ID", "4471882" },
  { "M. Benali (dossier acquéreur ACQ-4471) visite", "CUSTOMER_ID", "ACQ-4471" },
  { "hi my flight got cancelled, booking ref QX7PLM", "CUSTOMER_ID", "QX7PLM" },
  { "PNR: QX7PLM", "CUSTOMER_ID", "QX7PLM" },
  { "\"bookingReference\": \"QX7PLM\",", "CUSTOMER_ID", "QX7PLM" },
  { "Nos réf. : JD/MC 24-0113", "CUSTOMER_ID", "JD/MC 24-0113" },
  { "j'ai passé commande (n° 4471882) le 3 mars", "CUSTOMER_ID", "4471882" },
  { "Matricule ........ 20417", "CUSTOMER_ID", "20417" },
  { "Numéro client : 000 447 188", "CUSTOMER_ID", "000 447 188" },
  { "Hotel confirmation #88412771", "CUSTOMER_ID", "88412771" },
  { "Our order number for your records is ORD-55812 and", "CUSTOMER_ID", "ORD-55812" },
  /* A number that also passes a GTIN's check, or looks like a phone or a date, is the
   * file's number its noun says. */
  { "Claim 2025031400412", "CUSTOMER_ID", "2025031400412" },
  { "UTR: 0612345678", "CUSTOMER_ID", "0612345678" },
  { "NUBAN 0812345678", "CUSTOMER_ID", "0812345678" },
  { "Policy number: 2025/03/0041", "CUSTOMER_ID", "2025/03/0041" },
  { "N/Réf. 24-0113", "CUSTOMER_ID", "24-0113" },
  { "Objet : V/Réf. 4471-882", "CUSTOMER_ID", "4471-882" },
  { "Affaire n° 24-0113", "CUSTOMER_ID", "24-0113" },
  { "Numéro de billet : 44718823", "CUSTOMER_ID", "44718823" },
  { "Your Ref: CLM 88412", "CUSTOMER_ID", "CLM 88412" },
  { "| Champ | Valeur |\n|---|---|\n| N° de contrat | HAB-448120 |\n", "CUSTOMER_ID",
    "HAB-448120" },
  /* Reference columns, "Order #" included. */
  { "Order #,Order Date,Name\n4471882193,2025-03-01,x\n", "CUSTOMER_ID", "4471882193" },
  { "Mandat;Ville;Prix\n2451;Vertou;389000\n", "CUSTOMER_ID", "2451" },
  { "Confirmation code,Listing,Nights\nHMXT4471ZP,Studio,3\n", "CUSTOMER_ID", "HMXT4471ZP" },
  /* SECRET */
  { "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----\n", "SECRET",
    "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----" },
  { "aws_access_key_id = AKIAR7QZ2MXN4KTPLW5D", "SECRET", "AKIAR7QZ2MXN4KTPLW5D" },
  { "token ghp_16C7e42F292c6912E7710c838347Ae178B4a ok", "SECRET",
    "ghp_16C7e42F292c6912E7710c838347Ae178B4a" },
  { "GITLAB=glpat-xY7kP2mQ9vR4tW1zB3nC", "SECRET", "glpat-xY7kP2mQ9vR4tW1zB3nC" },
  { "key sk-proj-4fJ8kL2mN9pQ3rS7tU1vW5xY0zA6bC", "SECRET",
    "sk-proj-4fJ8kL2mN9pQ3rS7tU1vW5xY0zA6bC" },
  { "slack xoxb-1234567890-abcdefGHIJ", "SECRET", "xoxb-1234567890-abcdefGHIJ" },
  /* prefixed tokens pasted with no key before them */
  { "runner: glrt-t3_xZ2mP9vL7wR4tY6nB1cF", "SECRET", "glrt-t3_xZ2mP9vL7wR4tY6nB1cF" },
  { "token ya29.a0AfH6SMBx3kQ8zZ2mP9vL7wR4tY6nB1cF5hJ0sD3gA8eU2 expires", "SECRET",
    "ya29.a0AfH6SMBx3kQ8zZ2mP9vL7wR4tY6nB1cF5hJ0sD3gA8eU2" },
  { "clé 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 en prod", "SECRET",
    "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" },
  { "vault login hvs.CAESIJ3kQ8xZ2mP9vL7wR4tY6nB1cF5hJ0sD3gA8eU2", "SECRET",
    "hvs.CAESIJ3kQ8xZ2mP9vL7wR4tY6nB1cF5hJ0sD3gA8eU2" },
  { "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", "SECRET",
    "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" },
  { "stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc", "SECRET", "sk_live_4eC39HqLyjWDarjtT1zdp7dc" },
  { "maps AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW", "SECRET",
    "AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW" },
  { "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r",
    "SECRET", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r" },
  { "DATABASE_URL=postgres://admin:S3cr3t!x@db.internal:5432/app", "SECRET", "S3cr3t!x" },
  { "DB_PASSWORD=hunter2024", "SECRET", "hunter2024" },
  /* a '&' inside a bare password is part of it; one that opens a query's next key is not */
  { "DB_PASSWORD=Xy7&kq2Lm9", "SECRET", "Xy7&kq2Lm9" },
  { "mot de passe : Tr0ub4dor&3x", "SECRET", "Tr0ub4dor&3x" },
  { "https://app.example.com/cb?token=Ab12Cd34Ef56&state=xyz789", "SECRET", "Ab12Cd34Ef56" },
  /* a mailbox as a URL's user, its '@' not encoded */
  { "MAILER_DSN=smtp://shop@example.fr:Calanque$2024!mer@smtp.example.net:587", "SECRET",
    "Calanque$2024!mer" },
  /* a chat's lower-case "pw" before the password */
  { "[09:45] jess: user bakeryadmin pw Crumb&Crust#2025 — change it", "SECRET",
    "Crumb&Crust#2025" },
  { "  \"api_key\": \"a8F3kL9qZ2xW7vB1nM4c\",", "SECRET", "a8F3kL9qZ2xW7vB1nM4c" },
  { "Mot de passe : Soleil2024!", "SECRET", "Soleil2024!" },
  { "Wi-Fi: Loft / password Fog&Foam-2024!", "SECRET", "Fog&Foam-2024!" },
  { "Le mot de passe admin c'est Gerard1953! comme d'hab", "SECRET", "Gerard1953!" },
  { "define( 'DB_PASSWORD', 'P7u#Lw2!xQ9vZr4s' );", "SECRET", "P7u#Lw2!xQ9vZr4s" },
  { "  SMTP_PASSWORD: qkzt bnva xwrp hmcs", "SECRET", "qkzt bnva xwrp hmcs" },
  { "MARIADB_ROOT_PASSWORD: %YrLSRiAo*UqRt%V", "SECRET", "%YrLSRiAo*UqRt%V" },
  { "mysqldump -u backup -p'Bk!9xTq2#Lm7' --all", "SECRET", "Bk!9xTq2#Lm7" },
  { "sshpass -p Hunter2x ssh deploy@backup.internal", "SECRET", "Hunter2x" },
  { "wget --password=Zx9qLm22Ab https://files.example.fr/a.zip", "SECRET", "Zx9qLm22Ab" },
  { "curl -fsS -u admin:Rb4nD0m-Adm1n-P4ss https://x", "SECRET", "Rb4nD0m-Adm1n-P4ss" },
  { "AccountName=acme;AccountKey=aKZTXdaAqAZOtZ8RbVd73fw1tSayZZRH==;", "SECRET",
    "aKZTXdaAqAZOtZ8RbVd73fw1tSayZZRH==" },
  { "hook https://hooks.slack.com/services/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", "SECRET",
    "q8Wz3Lk7Rt2Vn9Xb5Mc1Jp4H" },
  { "SENTRY_DSN=https://4f9c2a7e1b8d4c3a9e6f5b2d1c8a7e4f@o123456.ingest.sentry.io/42", "SECRET",
    "4f9c2a7e1b8d4c3a9e6f5b2d1c8a7e4f" },
  /* more amounts, documents, addresses */
  { "deposit ¥120,000 paid", "AMOUNT", "¥120,000" },
  { "funds AUD 18,400 available", "AMOUNT", "AUD 18,400" },
  { "Total : 20 $ CAD, puis 35 $.", "AMOUNT", "20 $" },
  { "Base 1040 $225, schedules $45", "AMOUNT", "$225" },
  { "rachat pour 640 millions d'euros.", "AMOUNT", "640 millions d'euros" },
  { "rate €1.1794 today", "AMOUNT", "€1.1794" },
  { "carte de séjour n° 9910457321, c'est bon", "ID_DOCUMENT", "9910457321" },
  { "Driver's license: W426-531-89-217-0", "ID_DOCUMENT", "W426-531-89-217-0" },
  { "UK driving licence number OWUSU855219A99CD", "ID_DOCUMENT", "OWUSU855219A99CD" },
  { "at Kreuzeckstraße 14, 82467 Garmisch-Partenkirchen — she", "POSTAL_ADDRESS",
    "Kreuzeckstraße 14" },
  { "at Kreuzeckstraße 14, 82467 Garmisch-Partenkirchen — she", "POSTAL_ADDRESS",
    "82467 Garmisch-Partenkirchen" },
  { "Oudegracht 231, 3511 NK Utrecht", "POSTAL_ADDRESS", "3511 NK Utrecht" },
  { "Rua Augusta, 1508 Lisboa", "POSTAL_ADDRESS", "Rua Augusta, 1508" },
  { "write to PO Box 4410, Bristol", "POSTAL_ADDRESS", "PO Box 4410" },
  { "63 Grove Park, Rathmines, Dublin 6", "POSTAL_ADDRESS", "Rathmines, Dublin 6" },
  { "22 Clontarf Road, Dublin 3, Irlande", "POSTAL_ADDRESS", "Dublin 3" },
  { "Main Street, Listowel, Co. Kerry V31 X285", "POSTAL_ADDRESS", "Listowel, Co. Kerry V31 X285" },
  { "GET /ban/203.0.113.74 HTTP/1.1", "IP_ADDRESS", "203.0.113.74" },
  { "Unit 1203, 88 Queen Street, Melbourne VIC 3000, Australia", "POSTAL_ADDRESS",
    "Melbourne VIC 3000" },
  { "    Cambridge\n    CB3 9NF\n", "POSTAL_ADDRESS", "CB3 9NF" },
  { "Yannick Le Gall\nLa Ville Hervé\n22400 Lamballe-Armor\n", "POSTAL_ADDRESS", "La Ville Hervé" },
  { "Adresse : Lieu-dit Kerhuel, 29950 Bénodet", "POSTAL_ADDRESS", "Lieu-dit Kerhuel" },
  { "Unit 4, Canal Side Works, Leeds LS11 5QR", "POSTAL_ADDRESS", "Unit 4, Canal Side Works" },
  { "I rent at 12 rue Sainte-Catherine, 33000 Bordeaux since May", "POSTAL_ADDRESS",
    "33000 Bordeaux" },
  /* tables: the header gives the type */
  { "nom;prenom;dob;email\nOkafor;Chidinma;1990-01-17;c.o@gmail.com\n", "DATE_OF_BIRTH",
    "1990-01-17" },
  { "\"N° adhérent\",\"Nom\",\"Date de naissance\"\n\"A-0112\",\"Poulain\",\"14/06/1961\"\n",
    "CUSTOMER_ID", "A-0112" },
  { "| Dossier | SIREN |\n|---|---|\n| D-0412 | 237609268 |\n", "FR_SIREN", "237609268" },
  { "| Dossier | SIREN |\n|---|---|\n| D-0412 | 237609268 |\n", "CUSTOMER_ID", "D-0412" },
  /* a birth date asked, then answered */
  { "Agent: your date of birth please?\nCaller: 4th of November 1976.", "DATE_OF_BIRTH",
    "4th of November 1976" },
  /* references in running text */
  { "the reference is SW-CL-448190 for my claim", "CUSTOMER_ID", "SW-CL-448190" },
  { "N° allocataire CAF : 2208841", "CUSTOMER_ID", "2208841" },
  { "Référence de l'avis : 24 22 A123456 78", "CUSTOMER_ID", "24 22 A123456 78" },
  { "Our ref: OD/77310/PR", "CUSTOMER_ID", "OD/77310/PR" },
  { "carte 4616 6304 9403 6 refusée", "CREDIT_CARD", "4616 6304 9403 6" },
  { "RIB 30004         52601          81590830166        28", "IBAN",
    "30004         52601          81590830166        28" },
  /* references: more ways to introduce them (held-out weaknesses) */
  { "bail n° BL-29-0318", "CUSTOMER_ID", "BL-29-0318" },
  { "le numéro de contrat d'entretien c'est CE-56-20931", "CUSTOMER_ID", "CE-56-20931" },
  { "sociétaire n° 2184417 M", "CUSTOMER_ID", "2184417" },
  { "N° URSSAF employeur : Z 4417 0923 5", "CUSTOMER_ID", "Z 4417 0923 5" },
  { "identifiant client 0102458871", "CUSTOMER_ID", "0102458871" },
  { "Votre compte client chez nous : 411DUC0032", "CUSTOMER_ID", "411DUC0032" },
  { "Je suis Marie Dupont, cliente n° 48213.", "CUSTOMER_ID", "48213" },
  { "adhérente n° 77120", "CUSTOMER_ID", "77120" },
  { "Employee ID (LF-30418)", "CUSTOMER_ID", "LF-30418" },
  { "NHS number: 943 476 5919", "CUSTOMER_ID", "943 476 5919" },
  { "{\"order_id\": \"ORD-55102\", \"x\": 1}", "CUSTOMER_ID", "ORD-55102" },
  { "  \"customer_id\": \"C99812\",", "CUSTOMER_ID", "C99812" },
  { "{\"$distinct_id\":\"usr_4Kp9TnW2xB\",\"$properties\":{}}", "CUSTOMER_ID", "usr_4Kp9TnW2xB" },
  { "{\"distinct_id\": \"48213077\", \"event\": \"signup\"}", "CUSTOMER_ID", "48213077" },
  { "acc 71820334", "CUSTOMER_ID", "71820334" },
  /* dates: English day and short month, passports */
  { "(3 Feb, 11 Feb and 24 Feb)", "DATE", "11 Feb" },
  { "Next: 27 Feb", "DATE", "27 Feb" },
  { "Date of birth / Date de naissance: 19 JUN/JUIN 92", "DATE_OF_BIRTH", "19 JUN/JUIN 92" },
  { "Mme Le Goff, née Guillou, survenu le 2 mars 2025", "DATE", "2 mars 2025" },
  { "Née le 3 mars 1990 à Brest", "DATE_OF_BIRTH", "3 mars 1990" },
  /* secrets */
  { "define( 'AUTH_KEY', '/d|Xh<6V{{!m2Q:+ta9&Ke ;]xR.Tz@Pp_1k,J~3wF)E#uLcY^bn8' );", "SECRET",
    "/d|Xh<6V{{!m2Q:+ta9&Ke ;]xR.Tz@Pp_1k,J~3wF)E#uLcY^bn8" },
  { "define('NONCE_SALT', '.Gb9#zT3%qYw!Ln6^Rk*Fd8&Hs1@Cv4$Jm7+Xp0=Ue2~Ai5(Bo3)');", "SECRET",
    ".Gb9#zT3%qYw!Ln6^Rk*Fd8&Hs1@Cv4$Jm7+Xp0=Ue2~Ai5(Bo3)" },
  { "Wifi: MaBox-4F2A / mot de passe : Tx7q-92kd-LmP4", "SECRET", "Tx7q-92kd-LmP4" },
  { "le mot de passe de la box: tiramisu-fraise", "SECRET", "tiramisu-fraise" },
  { "mot de passe du wifi est Soleil-Rouge-Cerise", "SECRET", "Soleil-Rouge-Cerise" },
  { "Wi-Fi Freebox-12AB3C, clé : m4rs-v1lla-2024", "SECRET", "m4rs-v1lla-2024" },
  { "Le code du wifi est Pl4ge-2024", "SECRET", "Pl4ge-2024" },
  { "https://jdoe:github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
    "HIJKLMN@github.com/x",
    "SECRET", "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMN" },
  /* e-mails URL-encoded */
  { "https://example.com/unsubscribe?email=jane.doe%40example.com&id=3", "EMAIL",
    "jane.doe%40example.com" },
  { "DSN=postgres://jane.doe%40example.com:S3cr3t-pw@db.local/app", "EMAIL",
    "jane.doe%40example.com" },
  /* an IP in a CSV row after a timestamp with seconds */
  { "CONFIRM_TIME,CONFIRM_IP,LATITUDE\n2024-03-02 10:14:55,81.64.112.7,48.85\n", "IP_ADDRESS",
    "81.64.112.7" },
  /* address lines without a number or a usual street word */
  { "M. Paul Durand\nZA LES BORIES\n12160 BARAQUEVILLE\n", "POSTAL_ADDRESS", "ZA LES BORIES" },
  /* "ZA" inside a line, between dashes or after a comma: a two-letter keyword */
  { "SARL Ferronnerie Mazet – ZA des Combes – 43200 Yssingeaux", "POSTAL_ADDRESS",
    "ZA des Combes" },
  { "Livraison : Menuiserie Roux, ZI du Moulin Neuf, 26300 Bourg-de-Péage", "POSTAL_ADDRESS",
    "ZI du Moulin Neuf" },
  /* a bank account's number in a phone's groups, after its account word */
  { "Savings: Halifax acc 0243 8817 06 (joint)", "CUSTOMER_ID", "0243 8817 06" },
  { "compte 0488 2391 77 à la Caisse d'Épargne", "CUSTOMER_ID", "0488 2391 77" },
  { "compte 06 12 34 56 78 pour les SMS", "PHONE", "06 12 34 56 78" },
  /* the next references with their number sign after one found, words between */
  { "her earlier orders (#2207 in May, #2391 in July) arrived", "CUSTOMER_ID", "2391" },
  { "commande #48810 livrée, puis la #48957 perdue par le transporteur", "CUSTOMER_ID", "48957" },
  /* the flat after its street on the same line */
  { "Objet : caution — 9 rue Gambetta, appt 12B — bail", "POSTAL_ADDRESS", "appt 12B" },
  { "send it to 41 Mercer Street apt 7 before noon", "POSTAL_ADDRESS", "apt 7" },
  /* a two-word street without a number before its town, and after parts found already */
  { "Harbour Stores\nQuay Road, Wexford Y35 X2K1\n", "POSTAL_ADDRESS", "Quay Road" },
  { "Unit 3, Riverside Trading Estate, Mill Lane, Kendal LA9 4PQ", "POSTAL_ADDRESS", "Mill Lane" },
  /* two address blocks side by side: the left one's town ends at the column gap */
  { "8 allée des Tanneurs                 2 impasse Vauban\n"
    "67000 Strasbourg                     57000 Metz\n",
    "POSTAL_ADDRESS", "67000 Strasbourg" },
  { "4 allée des Tisserands           Client :\n"
    "29590 Le Faou                      Mme Gwenola Le Roux\n",
    "POSTAL_ADDRESS", "29590 Le Faou" },
  { "Mme Santoni\nLieu-dit Vignola, route des Sanguinaires\n20000 Ajaccio\n", "POSTAL_ADDRESS",
    "Lieu-dit Vignola, route des Sanguinaires" },
  { "Rhys Evans\n12 Heol y Coed\nCardiff CF14 6HP\n", "POSTAL_ADDRESS", "12 Heol y Coed" },
  { "M. Martin\nBÂT. B ESC. 3\n14 rue des Lilas\n", "POSTAL_ADDRESS", "BÂT. B ESC. 3" },
  { "Ms Fiona Reid\nFLAT 2/1\n48 HYNDLAND ROAD\n", "POSTAL_ADDRESS", "FLAT 2/1" },
  { "he lives at 48 HYNDLAND ROAD", "POSTAL_ADDRESS", "48 HYNDLAND ROAD" },
  { "chez moi au 5 rue des lilas à Lyon", "POSTAL_ADDRESS", "5 rue des lilas" },
  { "I live at 310 W 97th St now", "POSTAL_ADDRESS", "310 W 97th St" },
  { "Office: 450 5th Ave, fl 3", "POSTAL_ADDRESS", "450 5th Ave" },
  { "INSERT INTO addr VALUES (1, '2250 NW 2nd Ave', 'Miami');", "POSTAL_ADDRESS",
    "2250 NW 2nd Ave" },
  { "{\"line1\": \"2250 NW 2nd Ave\", \"city\": \"Miami\"}", "POSTAL_ADDRESS", "2250 NW 2nd Ave" },
  { "NumClient;Nom;Ville\n41187;Durand;Lyon\n41188;Martin;Nantes\n", "CUSTOMER_ID", "41187" },
  { "A/C no 71820334", "CUSTOMER_ID", "71820334" },
  { "we met on 4/10", "DATE", "4/10" },
  /* session 14: currencies of the Pacific, India, Nigeria and Ghana; decimal pence */
  { "Reçu : acompte de 3 000 F le 02/11", "AMOUNT", "3 000 F" },
  { "solde à régler 12 400 F CFP au retrait", "AMOUNT", "12 400 F CFP" },
  { "coupe + brushing 4 500 CFP", "AMOUNT", "4 500 CFP" },
  { "Tarif XPF. Shampoing : 900 F", "AMOUNT", "900 F" },
  { "advance of Rs. 25,000 paid by cheque", "AMOUNT", "Rs. 25,000" },
  { "balance Rs 8,400 due on arrival", "AMOUNT", "Rs 8,400" },
  { "transport money of 7,500 naira each", "AMOUNT", "7,500 naira" },
  { "the gate fee is 40 cedis", "AMOUNT", "40 cedis" },
  { "unit rate 24.86p per kWh from April", "AMOUNT", "24.86p" },
  { "mileage is paid at 45.5p a mile", "AMOUNT", "45.5p" },
  /* session 14: numbers without a trunk 0 after a label (New Caledonia, Polynesia) */
  { "Tél : 26 18 42 (domicile)", "PHONE", "26 18 42" },
  { "Portable : 89 54 17 26", "PHONE", "89 54 17 26" },
  /* the second number after a phone label */
  { "Tél : +687 46 12 90 / 25 18 33 (bureau)", "PHONE", "25 18 33" },
  /* Australia's national numbers and an aligned export's next column */
  { "For rates questions call 133 677 weekdays", "PHONE", "133 677" },
  { "or ring 1300 360 914 after 6pm", "PHONE", "1300 360 914" },
  { "Ng  Wei  (02) 8765 4321 40028917625540 returned", "PHONE", "(02) 8765 4321" },
  /* an Eircode on its own line under a label's indent */
  { "Ship to:   Apt 4, 7 Harbour Row\n           Cobh\n           P24 TX92\n", "POSTAL_ADDRESS",
    "P24 TX92" },
  /* an e-mail URL-encoded under any parameter's name */
  { "GET /signup/done?who=ana.lima77%40yahoo.com.br&step=3 HTTP/1.1", "EMAIL",
    "ana.lima77%40yahoo.com.br" },
  /* "le" before a day and month after an expiry verb; a list of US months and days */
  { "mon titre de séjour expire le 14/02, je dois le renouveler", "DATE", "14/02" },
  { "pay stubs for 09/26, 10/10 and 10/24 received", "DATE", "09/26" },
  /* a Dynamics 365 contact's second address line */
  { "{\"address1_line1\": \"12 Kestrel Court\", \"address1_line2\": \"Hollyfields Estate\"}",
    "POSTAL_ADDRESS", "Hollyfields Estate" },
  /* a dump's phone column, named by its CREATE TABLE or its INSERT */
  { "CREATE TABLE riders (\n  id int,\n  mobile varchar(20)\n);\nINSERT INTO riders VALUES\n"
    "(31,'9741 226 815'),\n(32,'9845 301 772');\n",
    "PHONE", "9741 226 815" },
  { "INSERT INTO crew (crew_id, phone_number) VALUES (7, '8123 554 019');", "PHONE",
    "8123 554 019" },
  /* Portugal's postcodes */
  { "Morada: Rua do Almada 45, 4050-036 Porto", "POSTAL_ADDRESS", "4050-036 Porto" },
  { "entregar em 4400-115 Vila Nova de Gaia, Portugal", "POSTAL_ADDRESS",
    "4400-115 Vila Nova de Gaia" },
  /* pence */
  { "stamps are 10p each", "AMOUNT", "10p" },
  { "it costs 50p", "AMOUNT", "50p" },
  { "£3.20 and 10p", "AMOUNT", "10p" },
  /* birth dates under short labels, columns and SQL columns */
  { "Date naiss. : 19/01/1964", "DATE_OF_BIRTH", "19/01/1964" },
  { "D.N. 19.01.1964 confirmée", "DATE_OF_BIRTH", "19.01.1964" },
  { "nom\tprénom\tdate de naiss.\tcatégorie\nDa Silva\tEnzo\t12/08/2012\tU13\n", "DATE_OF_BIRTH",
    "12/08/2012" },
  { "INSERT INTO members (id, full_name, email, birthdate, joined) VALUES\n"
    "  (101, 'Grace Holloway', 'grace.h@example.net', '1988-05-14', '2024-01-09'),\n"
    "  (102, 'Samuel Osei', 'sam.osei@example.org', '1979-10-03', '2024-02-17');",
    "DATE_OF_BIRTH", "1979-10-03" },
  /* references under other lead-in words */
  { "n° de licence FFF : 2547813690", "CUSTOMER_ID", "2547813690" },
  { "n° d'adhérent au club : ADH-2025-0318", "CUSTOMER_ID", "ADH-2025-0318" },
  { "Identifiant donateur : D-004817", "CUSTOMER_ID", "D-004817" },
  { "Numéro de souscripteur : SOU-88213", "CUSTOMER_ID", "SOU-88213" },
  { "Donor ID DN88213 is linked", "CUSTOMER_ID", "DN88213" },
  { "Policyholder number: PH-5582-1190", "CUSTOMER_ID", "PH-5582-1190" },
  { "patient_id,first_name,dob\nP-10442,Aaron,1983-07-21\n", "CUSTOMER_ID", "P-10442" },
  { "refund for customer cus_PqR8sT2uVw3XyZ today", "CUSTOMER_ID", "cus_PqR8sT2uVw3XyZ" },
  { "sub_1OaBcD2eFgHiJkLm,active", "CUSTOMER_ID", "sub_1OaBcD2eFgHiJkLm" },
  /* a format hint in a birth column's header, camelCase keys, a +CC phone in a CSV row */
  { "Heure\tPatient\tDate de naissance (JJ/MM/AAAA)\n08:30\tKONÉ Aminata\t04/11/1990\n"
    "08:50\tTRAN Minh Duc\t17/02/1958\n",
    "DATE_OF_BIRTH", "17/02/1958" },
  { "N° adhérent;Nom;Né(e) le;Ville\nA-14;Le Gall;02/05/1949;Huelgoat\nA-15;Abgrall;21/09/1971;"
    "Brasparts\n",
    "DATE_OF_BIRTH", "21/09/1971" },
  { "{\"dateNaissance\": \"2014-07-09\"}", "DATE_OF_BIRTH", "2014-07-09" },
  { "paid,£54.90,Tom Ashby,+44 7700 900412,7841236590213", "PHONE", "+44 7700 900412" },
  { "Matricule salarié : E-20417", "CUSTOMER_ID", "E-20417" },
  { "Loyalty card no. LC-77812", "CUSTOMER_ID", "LC-77812" },
  { "Identifiant France Travail : 1234567A", "CUSTOMER_ID", "1234567A" },
  /* a delimited table: the date of another column near the birth header stays a date */
  { "Date;Heure;Patient;Date de naissance\n18/03/2025;09:00;Yasmina Cherif;12/08/1979\n", "DATE",
    "18/03/2025" },
  /* a space-aligned table: the column's header says, on every row */
  { "Nom          Prénom      Date de naissance   Ville\n"
    "DUPONT       Marie       12/03/1985          Lyon\n"
    "MARTIN       Paul        01/02/1990          Lille\n",
    "DATE_OF_BIRTH", "01/02/1990" },
  { "Numéro de badge : B-4471", "CUSTOMER_ID", "B-4471" },
  { "First Name,Last Name,Membership number\nSiobhan,Keane,M-20931\n", "CUSTOMER_ID", "M-20931" },
  { "ID adhérent mutuelle : 77812", "CUSTOMER_ID", "77812" },
  /* a date field right after a number field of a CSV row */
  { "Order Number,Order Date,Total\n10482,2025-02-11,£42.00\n", "DATE", "2025-02-11" },
  { "id,day\n10483,11/02/2025\n", "DATE", "11/02/2025" },
  /* Layouts the byte tests run before the patterns must let through. */
  { "Date : 2024-03-15T10:32 sans secondes", "DATE", "2024-03-15" },
  { "RIB :\t30006\t00001\t12345678901\t89", "IBAN", "30006\t00001\t12345678901\t89" },
  { "Rendez-vous le lundi,\u00a05 mars.", "DATE", "lundi,\u00a05 mars" },
  { "Meeting on Feb.\u00a012, 2024.", "DATE", "Feb.\u00a012, 2024" },
  { "server 10.0.12.7 up", "IP_ADDRESS", "10.0.12.7" },
  { "SSN 123-45-6788.", "US_SSN", "123-45-6788" },
  { "Card 4111-1111-1111-1111 ok", "CREDIT_CARD", "4111-1111-1111-1111" },
  { "le 15-03-2024 à 10h", "DATE", "15-03-2024" },
  { "Ffion Jones\n3 Ffordd yr Eglwys\nBangor LL57 2DG\n", "POSTAL_ADDRESS", "3 Ffordd yr Eglwys" },
  { "Send it to 14 O'Connell Street, Dublin.", "POSTAL_ADDRESS", "14 O'Connell Street" },
  { "She lives at 7 Élysée Gardens now.", "POSTAL_ADDRESS", "7 Élysée Gardens" },
  { "Office: 350 5th Avenue NW", "POSTAL_ADDRESS", "350 5th Avenue NW" },
  { "At 10 St. James Place today", "POSTAL_ADDRESS", "10 St. James Place" },
  { "TVA FR 44 732 829 320 ok", "FR_VAT", "FR 44 732 829 320" },
  { "NI AB 1234 56 C ok", "UK_NINO", "AB 1234 56 C" },
  { "NI AB 12 3456 C", "UK_NINO", "AB 12 3456 C" },
  { "prix : €\u00a0300 ce soir", "AMOUNT", "€\u00a0300" },
  { "only US$20 today", "AMOUNT", "US$20" },
  { "total EUR 1 500,00 net", "AMOUNT", "EUR 1 500,00" },
  { "£ 45 each", "AMOUNT", "£ 45" },
  /* structured generalisation (session 4) */
  { "INSERT INTO patients (id, full_name, nhs_number, dob) VALUES\n"
    "  (1, 'Ann Lee', '4010234563', '1984-02-19');",
    "CUSTOMER_ID", "4010234563" },
  { "INSERT INTO patients (id, medicare_mbi) VALUES (1, '3HN7-QW2-RP48');", "CUSTOMER_ID",
    "3HN7-QW2-RP48" },
  { "INSERT INTO t (id, name, phone, dob) VALUES (1, 'Ann', '(512) 555-0187', '1984-02-19');",
    "DATE_OF_BIRTH", "1984-02-19" },
  { "INSERT INTO t (id, name, dob) VALUES (1, 'Ann O\\'Brien (GP)', '1984-02-19');",
    "DATE_OF_BIRTH", "1984-02-19" },
  { "CREATE TABLE `p` (\n  `id` int NOT NULL,\n  `price` decimal(8,2),\n  `dob` date\n);\n"
    "INSERT INTO `p` VALUES (1,12.50,'1984-02-19'),(2,3.00,'1951-07-30');",
    "DATE_OF_BIRTH", "1951-07-30" },
  { "CREATE TABLE a (x int, dob date);\nCREATE TABLE b (dob date, x int);\n"
    "INSERT INTO a VALUES (1,'1984-02-19');\nINSERT INTO b VALUES ('1951-07-30',2);\n"
    "INSERT INTO a VALUES (2,'1990-01-02');",
    "DATE_OF_BIRTH", "1990-01-02" },
  { "CREATE TABLE a (x int, dob date);\nCREATE TABLE b (dob date, x int);\n"
    "INSERT INTO b VALUES ('1951-07-30',2);",
    "DATE_OF_BIRTH", "1951-07-30" },
  /* The CREATE TABLE far from the text's start, in lower case, after a near miss. */
  { "-- members export, created on a Monday by the club's secretary\n"
    "-- create tables first\ncreate  table x (y int);\n"
    "create table if not exists members (id int, note text, date_of_birth date);\n"
    "insert into members values (7, 'paid', '1979-11-03');",
    "DATE_OF_BIRTH", "1979-11-03" },
  { "Référence commande;Tarif;Nom\n48213907;Trail 21 km;Vasseur\n", "CUSTOMER_ID", "48213907" },
  { "Numéro d'inscription,Nom,Prénom\n51002871,Perrier,Damien\n", "CUSTOMER_ID", "51002871" },
  { "{\"order\": {\"id_customer\": 642, \"reference\": \"QHZWNMRAT\"}}", "CUSTOMER_ID",
    "QHZWNMRAT" },
  { "Name,Shipping Address1,Shipping City\n#1043,\"Unit 3, Castle Arcade\",Cardiff\n",
    "POSTAL_ADDRESS", "Unit 3, Castle Arcade" },
  { "Nom;Anniversaire;Tél\nDURAND;12/08;06 12 34 56 78\n", "DATE_OF_BIRTH", "12/08" },
  { "anniv 12/08 (-15 % sur la coupe)", "DATE_OF_BIRTH", "12/08" },
  { "fri 28 nov: customer called back", "DATE", "28 nov" },
  { "call back aug 12 pls", "DATE", "aug 12" },
  { "lun 1 déc : appel", "DATE", "1 déc" },
  { "the tech visited on 11/15 and left", "DATE", "11/15" },
  { "nous venons les 8-9 décembre 2025 à quatre", "DATE", "8-9 décembre 2025" },
  { "le 2 juin 1943 rue du Four, une librairie ferme", "DATE", "2 juin 1943" },
  { "Bengaluru 560102\nKarnataka", "POSTAL_ADDRESS", "Bengaluru 560102" },
  { "No. 14, 3rd Cross, HSR Layout Sector 2\nBengaluru 560102\n", "POSTAL_ADDRESS",
    "No. 14, 3rd Cross, HSR Layout Sector 2" },
  { "address is 6120 preston rd apt 14", "POSTAL_ADDRESS", "6120 preston rd" },
  /* (session 25, g25-addr) a US street in the Postal Service's capitals and abbreviations,
   * ending its field (the city fields: tests/names) */
  { "N3*918 NW LOVEJOY ST STE 4~\nN4*BEAVERTON*OR*970052211~", "POSTAL_ADDRESS",
    "918 NW LOVEJOY ST STE 4" },
  { "PID|1||A22||OKAFOR^CHIDI||19790214|M|||77 E 43RD ST^^TULSA^OK^74105||", "POSTAL_ADDRESS",
    "77 E 43RD ST" },
  { "NAD+UD+++TRAN:MINH+6604 S KEDZIE AVE APT 2B+EVERGREEN PARK+IL+60805+USA'", "POSTAL_ADDRESS",
    "6604 S KEDZIE AVE APT 2B" },
  { "\"address1\": \"4471 MAPLE HILL CT\", \"city\": \"AKRON\"", "POSTAL_ADDRESS",
    "4471 MAPLE HILL CT" },
  { "Mme Fontaine\nRésidence Les Lilas, appt 12\n", "POSTAL_ADDRESS",
    "Résidence Les Lilas, appt 12" },
  { "PAN: ABCPE1234F", "ID_DOCUMENT", "ABCPE1234F" },
  { "ring me on 0412 555 716 mate", "PHONE", "0412 555 716" },
  { "office (02) 9555 0134", "PHONE", "(02) 9555 0134" },
  { "+1 214-555-0148 (11:02): hey", "PHONE", "+1 214-555-0148" },
  /* After a number sign, groups of three digits are how a reference is written. */
  { "Adhérent mutuelle n° 448 120 377.", "CUSTOMER_ID", "448 120 377" },
  { "Contrat n° 448 120 377 signé", "CUSTOMER_ID", "448 120 377" },
  /* A closing bracket the number did not open is the sentence's. */
  { "Call Mark (+44 7700 900123) today", "PHONE", "+44 7700 900123" },
  { "Ring (+353 1 555 0199).", "PHONE", "+353 1 555 0199" },
  { "(tel +49 30 1234567)", "PHONE", "+49 30 1234567" },
  { "the api key for mailgun staging is 3f9a1c7e5b2d48e6a0c4f81b97d2e6a5 rotate it", "SECRET",
    "3f9a1c7e5b2d48e6a0c4f81b97d2e6a5" },
  { "mailgun key 3f9a1c7e5b2d48e6a0c4f81b97d2e6a5", "SECRET", "3f9a1c7e5b2d48e6a0c4f81b97d2e6a5" },
  { "Patient ID 00123", "CUSTOMER_ID", "00123" },
  { "<customerId>448812</customerId>", "CUSTOMER_ID", "448812" },
  { "{\"nhsNumber\": \"9434765919\"}", "CUSTOMER_ID", "9434765919" },
  { "N° PDL : 14295478632150", "CUSTOMER_ID", "14295478632150" },
  { "Numéro de prêt 2025-448812", "CUSTOMER_ID", "2025-448812" },
  /* references: new lead-ins and shapes */
  { "E-tickets: 074-2231908812 / 074-2231908813", "CUSTOMER_ID", "074-2231908812" },
  { "Frequent flyer: AF 2208841771", "CUSTOMER_ID", "AF 2208841771" },
  { "Confirmation number: 7713.204.586", "CUSTOMER_ID", "7713.204.586" },
  { "referred to physio (MSK ref. MSK-40912).", "CUSTOMER_ID", "MSK-40912" },
  { "deposit protected with TDS, cert TDS-5520-8814.", "CUSTOMER_ID", "TDS-5520-8814" },
  { "pt ID KRW-55102, seen today", "CUSTOMER_ID", "KRW-55102" },
  { "N° NEPH : 131097200518", "CUSTOMER_ID", "131097200518" },
  { "N° Pajemploi : PE 552 108 904", "CUSTOMER_ID", "PE 552 108 904" },
  { "N° allocataire (prime d'activité) : 5520914", "CUSTOMER_ID", "5520914" },
  { "mon numéro d'adhérent chez la mutuelle est MG 4418 2093.", "CUSTOMER_ID", "MG 4418 2093" },
  { "Référence du rendez-vous : RV-2K8P-5510", "CUSTOMER_ID", "RV-2K8P-5510" },
  { "Compte copropriétaire : 0113-FAVIER", "CUSTOMER_ID", "0113-FAVIER" },
  /* addresses: number after the street, country-letter postcodes, Eircodes, house names */
  { "Siège\nAvenue Louise 231\n1050 Ixelles", "POSTAL_ADDRESS", "Avenue Louise 231" },
  { "Chaussée de Wavre 1140 bte 12\n", "POSTAL_ADDRESS", "Chaussée de Wavre 1140 bte 12" },
  { "bureau : Route de Thonon 45, 1222 Vésenaz", "POSTAL_ADDRESS", "Route de Thonon 45" },
  { "12, avenue de la Liberté, L-1930 Luxembourg", "POSTAL_ADDRESS", "L-1930 Luxembourg" },
  { "Agence\nCH-1201 Genève\n", "POSTAL_ADDRESS", "CH-1201 Genève" },
  { "Flat 3, Ashgrove House\nCork T12 K8AF\n", "POSTAL_ADDRESS", "Cork T12 K8AF" },
  { "Apt 2\nA65 F4E2\n", "POSTAL_ADDRESS", "A65 F4E2" },
  { "ship to: Hollybush Cottage, Mill Lane, Thirsk", "POSTAL_ADDRESS",
    "Hollybush Cottage, Mill Lane" },
  { "adres: ul. Ogrodowa 12/7, Poznań", "POSTAL_ADDRESS", "ul. Ogrodowa 12/7" },
  /* phones: Belgian groups, a scan's O for 0 */
  { "Secrétariat : 02 514 22 90", "PHONE", "02 514 22 90" },
  { "bureau de Namur 081 72 40 15", "PHONE", "081 72 40 15" },
  { "Tél. : 01 45 2O 33 18", "PHONE", "01 45 2O 33 18" },
  { "Telephone: 0113 49O 2271", "PHONE", "0113 49O 2271" },
  /* dates */
  { "L'AN DEUX MILLE VINGT-CINQ, LE VINGT-TROIS MARS", "DATE", "VINGT-TROIS MARS" },
  { "le premier octobre deux mille vingt-quatre, nous", "DATE",
    "premier octobre deux mille vingt-quatre" },
  { "Updated: 03/Dec/25 9:14 AM", "DATE", "03/Dec/25" },
  { "fees go up from Feb 1: $90/hr", "DATE", "Feb 1" },
  { "dob 2nd of august 1971", "DATE_OF_BIRTH", "2nd of august 1971" },
  /* ID documents, secrets, amounts */
  { "Driving licence no.: HOLLO761123JA9XY", "ID_DOCUMENT", "HOLLO761123JA9XY" },
  { "pg.example.internal:5432:crm:svc_crm:Tr0ub4dor-crm-71\n", "SECRET", "Tr0ub4dor-crm-71" },
  { "  DSN: bXlzcWw6Ly9zaG9wOmg0cmQtUHc5QGRiOjMzMDYvc2hvcA==\n", "SECRET",
    "bXlzcWw6Ly9zaG9wOmg0cmQtUHc5QGRiOjMzMDYvc2hvcA==" },
  { "interest at a daily rate of 41p until paid", "AMOUNT", "41p" },
  { "je te propose 35e pour les deux", "AMOUNT", "35e" },
  { "| 60-83-71 / 22450183 |", "CUSTOMER_ID", "22450183" },
  { "Ticket numbers: 074-2231908812 / 074-2231908813", "CUSTOMER_ID", "074-2231908813" },
  /* ID documents after lead-ins of other countries and layouts */
  { "Driver's licence: G4127-39867-91204", "ID_DOCUMENT", "G4127-39867-91204" },
  { "Driver’s license: H 556 127 904 381 (MI)", "ID_DOCUMENT", "H 556 127 904 381" },
  { "Graduate visa until 30/09/2027 (BRP ZX9041827)", "ID_DOCUMENT", "ZX9041827" },
  { "Backline  driver's permit C5518204  paid", "ID_DOCUMENT", "C5518204" },
  { "Canadian work permit U2037714490 (open)", "ID_DOCUMENT", "U2037714490" },
  { "DL# F3309127, exp 2029", "ID_DOCUMENT", "F3309127" },
  { "US DL (NY) 813 227 064", "ID_DOCUMENT", "813 227 064" },
  { "07  MOREL  Inès  FR  permis 881207300519  06 11 22 33 44", "ID_DOCUMENT", "881207300519" },
  { "une copie de mon passeport algérien\nn° 178204455, et du livret", "ID_DOCUMENT", "178204455" },
  /* still found beside the look-alikes below */
  { "Tél. 0800 123 456 (appel gratuit)", "PHONE", "0800 123 456" },
  { "tel 06-12-20 25 06", "PHONE", "06-12-20 25 06" },
  { "From: Claire <claire.vidal@orange.fr>\nMessage-ID: <x1@a.fr>", "EMAIL",
    "claire.vidal@orange.fr" },
  { "texto au 0612345678@sms.example.fr", "EMAIL", "0612345678@sms.example.fr" },
  { "le 29/02/2024 à 10h", "DATE", "29/02/2024" },
  { "SIREN 792 451 031 (RCS Brest)", "FR_SIREN", "792 451 031" },
  /* References of French administrations, insurers, payroll reports and marketplaces */
  { "Numéro fiscal déclarant 2 : 21 47 118 902 364", "CUSTOMER_ID", "21 47 118 902 364" },
  { "N° de compte cotisant : 117 0000006120487", "CUSTOMER_ID", "117 0000006120487" },
  { "votre compte cotisant MSA n° 491 0000000877 102.", "CUSTOMER_ID", "491 0000000877 102" },
  { "contrat multirisque habitation n° MRH 5530127 02", "CUSTOMER_ID", "MRH 5530127 02" },
  { "your home contents policy no. HC-771204", "CUSTOMER_ID", "HC-771204" },
  { "- matricule paie : PAY-0417", "CUSTOMER_ID", "PAY-0417" },
  { "Réservation groupe : GRP-250914-03, au nom de", "CUSTOMER_ID", "GRP-250914-03" },
  { "three orders for her (#K7P20C93A1, #K7P31D04B2)", "CUSTOMER_ID", "K7P20C93A1" },
  { "two earlier orders (#3318 in May)", "CUSTOMER_ID", "3318" },
  { "Employee 004\n  Name: Ana Ruiz", "CUSTOMER_ID", "004" },
  { "last_name,first_name,bank_routing,bank_account\nRuiz,Ana,021000021,55120934\n", "CUSTOMER_ID",
    "55120934" },
  /* Addresses of other countries and kinds */
  { "12 Birch Ave, Kelowna, BC V1Y 3T7 · 250-555-0143", "POSTAL_ADDRESS", "Kelowna, BC V1Y 3T7" },
  { "Adresse : 455 rue Principale, Rimouski QC G5L 1B2", "POSTAL_ADDRESS", "Rimouski QC G5L 1B2" },
  { "Saguenay (Québec)  G7H 4R2", "POSTAL_ADDRESS", "Saguenay (Québec)  G7H 4R2" },
  { "Halifax, Nova Scotia B3H 1A1\n", "POSTAL_ADDRESS", "Halifax, Nova Scotia B3H 1A1" },
  { "'addr': 'Søndergade 27, 8000 Aarhus C'", "POSTAL_ADDRESS", "Søndergade 27" },
  { "Kongevejen 4\n3460 Birkerød", "POSTAL_ADDRESS", "Kongevejen 4" },
  { "Stortorvet 7, 0155 Oslo", "POSTAL_ADDRESS", "Stortorvet 7" },
  { "Ticket to the pitch: Marlay Park, Dublin 16, D16 P2R7", "POSTAL_ADDRESS", "D16 P2R7" },
  { "12 rue des Lilas, 44000 Nantes · 06 11 22 33 44", "POSTAL_ADDRESS", "44000 Nantes" },
  { "                 7 petite rue du Pont\n                 21000 Dijon", "POSTAL_ADDRESS",
    "7 petite rue du Pont" },
  { "URSSAF\nTSA 60017\n93518 MONTREUIL CEDEX", "POSTAL_ADDRESS", "TSA 60017" },
  { "Office de Tourisme, place du Marché\n05100 Briançon", "POSTAL_ADDRESS",
    "Office de Tourisme, place du Marché" },
  { "domiciliée impasse d'Uhaldea, 64310 Ascain", "POSTAL_ADDRESS", "impasse d'Uhaldea" },
  { "Mme Le Bihan\nKervoalic\n29710 Plonéis", "POSTAL_ADDRESS", "Kervoalic" },
  { "Adresse : Coatilès\n          22140 Bégard", "POSTAL_ADDRESS", "Coatilès" },
  { "Lieu du chantier : Hameau des Sources\n   4 allée Verte\n   38500 Voiron", "POSTAL_ADDRESS",
    "Hameau des Sources" },
  /* a rent roll's "Property" column names each let by its street */
  { "Property,Unit,Tenant,Email\n\"77 rue Rachel E\",2,Lea Roy,lea.roy@example.ca\n",
    "POSTAL_ADDRESS", "77 rue Rachel E" },
  /* a USCIS file: the A-number and a receipt number */
  { "Client: A# A 098-765-432, EAD pending", "CUSTOMER_ID", "A 098-765-432" },
  { "I-797C receipt EAC2412345678 received", "CUSTOMER_ID", "EAC2412345678" },
  { "Alien Registration Number: A123456789", "CUSTOMER_ID", "A123456789" },
  /* a birth date in a test fixture's code */
  { "    dob=datetime.date(1987, 11, 3),", "DATE_OF_BIRTH", "1987, 11, 3" },
  /* "b." after a name, before a whole date */
  { "Son Kofi b. 12/05/2019 in Leeds", "DATE_OF_BIRTH", "12/05/2019" },
  /* a small firm's staff numbers, padded with zeros */
  { "le bulletin de Léa (matricule 007) est faux", "CUSTOMER_ID", "007" },
  /* a loyalty card's, a CAF file's, a family file's, a parking notice's, an owner's number */
  { "cliente fidèle, carte n° 0412", "CUSTOMER_ID", "0412" },
  { "justificatif CAF (alloc. n° 2245871)", "CUSTOMER_ID", "2245871" },
  { "see the family file F-30125 before pickup", "CUSTOMER_ID", "F-30125" },
  { "Penalty Charge Notice No. WK71234567 issued", "CUSTOMER_ID", "WK71234567" },
  { "Airbnb host portal: owner id AB-55120, same login", "CUSTOMER_ID", "AB-55120" },
  /* a file "opened under" its number, a work accident's file */
  { "Votre sinistre est enregistré sous le n° S27-4410923.", "CUSTOMER_ID", "S27-4410923" },
  { "déclaration d'accident du travail n° AT-64-2026-00412", "CUSTOMER_ID", "AT-64-2026-00412" },
  /* an Australian account beside its BSB */
  { "BSB 062-000 Account 1234 5678", "CUSTOMER_ID", "1234 5678" },
  /* pence in a list of prices, a scan's O for a leading zero, a Spanish weekday */
  { "Tea 90p a cup, 60p refills", "AMOUNT", "60p" },
  { "Période du O1/10/2026 au 30/09/2027", "DATE", "O1/10/2026" },
  { "la fiesta es el sábado 14, ok?", "DATE", "sábado 14" },
  /* structured types, session 8: compact dates under a label or a date column, ranges across
   * two months, upper-case ordinals, lower-case weekdays, Swiss day.month */
  { "# Start date: 20251101\n", "DATE", "20251101" },
  { "<DTPOSTED>20251104\n", "DATE", "20251104" },
  { "JournalCode|EcritureDate|CompAuxLib\nVT|20261003|Client\nVT|20261004|Client\n", "DATE",
    "20261004" },
  { "pigeonnier 28 Aug-4 Sept: ok", "DATE", "28 Aug-4 Sept" },
  { "TARIFS AU 1ER JANVIER 2027", "DATE", "1ER JANVIER 2027" },
  { "drinks on me friday 13th", "DATE", "friday 13th" },
  { "la veille (13.04.), chambre", "DATE", "13.04" },
  /* magnitudes and one-digit prices */
  { "two £20m+ GMV brands", "AMOUNT", "£20m" },
  { "Price anchors: $5/month", "AMOUNT", "$5" },
  /* phones: a double space, a PDF's line break, Québec's toll-free and local forms */
  { "Mobile: 07700 982  114 ok", "PHONE", "07700 982  114" },
  { "| 07700 982 \n114 |", "PHONE", "07700 982 \n114" },
  { "au 1 800 463-2287 (sans frais)", "PHONE", "1 800 463-2287" },
  { "ou au 514 875-4410.", "PHONE", "514 875-4410" },
  /* an e-mail in a pipe table's cell */
  { "T26-313|Me Cazaux|secretariat@cazaux-avocats.fr|190,00 €", "EMAIL",
    "secretariat@cazaux-avocats.fr" },
  /* a processor's test number outside developer text is still a card */
  { "Me: 6011 0009 9013 9424", "CREDIT_CARD", "6011 0009 9013 9424" },
  /* Maghreb, West African and Québec addresses */
  { "Atelier : Derb Sidi Ahmed Chaoui, n° 12, Fès", "POSTAL_ADDRESS",
    "Derb Sidi Ahmed Chaoui, n° 12" },
  { "domicilié Cité Keur Gorgui, villa n° 47, Dakar", "POSTAL_ADDRESS",
    "Cité Keur Gorgui, villa n° 47" },
  { "Adresse : 1200, boul. Saint-Martin Ouest, bureau 310", "POSTAL_ADDRESS",
    "1200, boul. Saint-Martin Ouest" },
  /* session 11: identity documents and birth dates in tables of travellers and residents */
  { "No. | Guest | Passport / ID no. | From\n----+-------+----------+-----\n"
    "27 | Visser, Anouk | NW4K81P27 | Utrecht\n",
    "ID_DOCUMENT", "NW4K81P27" },
  { "Seat | Passenger | DOB        | Passport\n-----+-----------+------------+---------\n"
    " 4C | MR Ian Bell | 02/05/1961 | 533014872\n",
    "DATE_OF_BIRTH", "02/05/1961" },
  { "INSERT INTO guests (id, last_name, passport_no) VALUES (7, 'Okafor', 'B50218843');",
    "ID_DOCUMENT", "B50218843" },
  { "#  Surname   First name   SA ID number    Passport   Room\n"
    "1  MOKOENA   Palesa       9107230456081   A07712364  twin\n",
    "ID_DOCUMENT", "9107230456081" },
  { "#  Surname   First name   SA ID number    Passport   Room\n"
    "1  MOKOENA   Palesa       9107230456081   A07712364  twin\n",
    "ID_DOCUMENT", "A07712364" },
  { "licence M2210-48816-70405 (Ontario), plates on file", "ID_DOCUMENT", "M2210-48816-70405" },
  { "CNIE du père : JB412983", "ID_DOCUMENT", "JB412983" },
  { "GUILLOU;Yvette;03/06/1931;2 31 06 29 019 044 87;ch. 12", "DATE_OF_BIRTH", "03/06/1931" },
  { "NOM;PRENOMS;NE(E) LE;CP\nLE GALL;Tom;14/12/2010;29200\n", "DATE_OF_BIRTH", "14/12/2010" },
  { "Né·e le : 04.07.1990", "DATE_OF_BIRTH", "04.07.1990" },
  { "Dates de naissance : 11/05/1979 / 30/08/1982", "DATE_OF_BIRTH", "30/08/1982" },
  { "INSERT INTO staff (id, name, driving_licence_no) VALUES (3, 'Ann Roy', 'P55120418');",
    "ID_DOCUMENT", "P55120418" },
  { "Büro: 044 268 31 90 (Zürich)", "PHONE", "044 268 31 90" },
  { "Phone: 03 379 4410", "PHONE", "03 379 4410" },
  { "date;client;tel;produit\n28/11/2026;Mme Wakaine;78 41 26;crème\n", "PHONE", "78 41 26" },
  { "address: Boxhagener Str. 73, 10245 Berlin", "POSTAL_ADDRESS", "Boxhagener Str. 73" },
  { "Maison du Linge\nGrand-Rue 19\n1260 Nyon\n", "POSTAL_ADDRESS", "Grand-Rue 19" },
  { "Wifi: Telstra-4F22 / pw kookaburra!Sunset88", "SECRET", "kookaburra!Sunset88" },
  { "tickets were R600 for adults, R310 for children", "AMOUNT", "R310" },
  { "bourse de 615 000 FCFA par mois", "AMOUNT", "615 000 FCFA" },
  { "Withdrawal,-400.00,ZAR,$-141.60", "AMOUNT", "$-141.60" },
  { "prix fixe $95pp, deposit paid", "AMOUNT", "$95pp" },
  { "last sync 22.11 18:00, nothing since", "DATE", "22.11" },
  { "Address: 88 Kimmage Road West, Dublin 12", "POSTAL_ADDRESS", "88 Kimmage Road West" },
  { "confirmé par téléphone le 20.10 que le colis", "DATE", "20.10" },
  { "can anyone swap my wed 11/18 lunch shift?", "DATE", "11/18" },
  { "Deposit $75 e-transfer rec'd 11/21.", "DATE", "11/21" },
  { "2026.11.16 Monday\n11:02 Jae: hi", "DATE", "2026.11.16" },
  { "INSERT INTO kids (id, nom, ddn) VALUES\n(1, 'D'Arcy', '2017-05-02'),\n"
    "(2, 'Morel', '2018-09-14');",
    "DATE_OF_BIRTH", "2018-09-14" },
  /* g12-addr: the Antilles' and Guiana's estates and cités, the lot or the building after */
  { "Mme Pierre, demeurant Lotissement Bergevin, lot 44, 97110 Pointe-à-Pitre.", "POSTAL_ADDRESS",
    "Lotissement Bergevin, lot 44" },
  { "(12, 'Lot. Belle-Plaine n°14', '97139')", "POSTAL_ADDRESS", "Lot. Belle-Plaine n°14" },
  { "kim,yes,,Lot. Les Hauts de Montjoly, 9,Rémire-Montjoly,,GF", "POSTAL_ADDRESS",
    "Lot. Les Hauts de Montjoly, 9" },
  { "demeurant Cité Félix Pyat, bâtiment B, 13003 Marseille.", "POSTAL_ADDRESS",
    "Cité Félix Pyat, bâtiment B" },
  /* g12-addr: French spacing before '?' ends a town; a date after a street stays out of it */
  { "doit être envoyée (toujours 4 rue Mazelle, 57000 Metz ?).", "POSTAL_ADDRESS", "57000 Metz" },
  { "que vous me louiez au 5 rue Saint-Exupéry le 30 août 2026 ; l'état", "POSTAL_ADDRESS",
    "5 rue Saint-Exupéry" },
  { "que vous me louiez au 5 rue Saint-Exupéry le 30 août 2026 ; l'état", "DATE", "30 août 2026" },
  { "Boutique : 12 place du 8 Mai 1945, Vierzon", "POSTAL_ADDRESS", "12 place du 8 Mai 1945" },
  /* g12-addr: a US statement's row opens on its month and day; HL7's PID-7 */
  { "Date    Description                Debit    Balance\n"
    "10/16   DEPOSIT PAYROLL TYSON FRESH MEATS          1,906.44     3,719.00\n",
    "DATE", "10/16" },
  { "Mileage in: 128,402      Promised: 11/20 4PM     Writer: DQ", "DATE", "11/20" },
  { "MSH|^~\\&|ORBIS|CH\nPID|1||7400192834^^^CHANGE^PI||PERRIER^Madeleine^^^Mme^^L||19621008|F|||",
    "DATE_OF_BIRTH", "19621008" },
  { "PID|1||123^^^H^PI||DOE^JOHN||198504120000|M", "DATE_OF_BIRTH", "19850412" },
  /* g12-addr: the dates of a dependants' list are birth dates */
  { "Dependants:\n - Sofiia Honcharenko, 03.05.2015, Grade 6 at Hillhurst School\n"
    " - Maksym Honcharenko, 22.01.2019, needs daycare\n",
    "DATE_OF_BIRTH", "22.01.2019" },
  { "Dependants:\n - Sofiia, 03.05.2015\n\nNext steps:\n - call the school 12/01/2027\n", "DATE",
    "12/01/2027" },
  /* g12-addr: a French "e" sum stays one before a word */
  { "je te les vends 120e et je livre", "AMOUNT", "120e" },
  /* g12-addr: a US state's name spelled out before the ZIP code */
  { "Address on file: 1408 Kukui Street, Apt 2B,\n  Daly City, California 94014 - is that current?",
    "POSTAL_ADDRESS", "Daly City, California 94014" },
  { "Syracuse, New York 13202-1234\n", "POSTAL_ADDRESS", "Syracuse, New York 13202-1234" },
  /* g12-addr: a pet's birth date is a date; its owner's, on the next object, stays a birth date */
  { "Species/breed: Dog / Cockapoo\nDate of birth (pet):      14/02/2021 Microchip: "
    "977200009812345",
    "DATE", "14/02/2021" },
  { "\"pet\":{\"name\":\"Mochi\",\"species\":\"cat\",\"dob\":\"2022-03-01\"},\n"
    "\"owner\":{\"name\":\"Ann Lee\",\"dob\":\"1984-03-01\"}",
    "DATE_OF_BIRTH", "1984-03-01" },
  /* g12-addr: a day with a month stays one beside a figure */
  { "see you Apr 5, 2026 at 10", "DATE", "Apr 5, 2026" },
  { "ouvert samedi 14 et dimanche", "DATE", "samedi 14" },
  /* g12-addr: a number after other words stays one */
  { "Mobile: +44 7700 900123 (best after 6pm)", "PHONE", "+44 7700 900123" },
  { "Rue Neuve 12, 1000 Bruxelles", "POSTAL_ADDRESS", "1000 Bruxelles" },
  /* g18-struct: a header's long remark in brackets; currencies of remittance corridors,
   * signs outside the currency block, lakhs and crores, taka; pence and small dollars beside
   * a pound amount or a bound */
  { "Nom\tPrénom\tDate of birth (for the insurance cover)\tÉquipe\n"
    "Okafor\tChidi\t17/05/1988\tBleue\nLanglois\tAude\t03/11/1991\tRouge\n",
    "DATE_OF_BIRTH", "03/11/1991" },
  { "balance due ৳1,500 by Friday", "AMOUNT", "৳1,500" },
  { "tuk-tuk fare ฿ 2,400 round trip", "AMOUNT", "฿ 2,400" },
  { "cash in above 40,000 tk needs a selfie", "AMOUNT", "40,000 tk" },
  { "Tk 1,200 sent to the agent", "AMOUNT", "Tk 1,200" },
  { "the land went for 3 lakh rupees", "AMOUNT", "3 lakh rupees" },
  { "payout HNL 4,500.00 at Tegucigalpa", "AMOUNT", "HNL 4,500.00" },
  { "recibió COP 1.250.000 en Medellín", "AMOUNT", "COP 1.250.000" },
  { "transfer DOP 12,000 to Santiago", "AMOUNT", "DOP 12,000" },
  { "the hotel charged 450 dirhams for it", "AMOUNT", "450 dirhams" },
  { "we can claim 25p for every £1 you give", "AMOUNT", "25p" },
  { "gifts of $5 or more get a receipt", "AMOUNT", "$5" },
  { "a late fee of up to $9 applies", "AMOUNT", "$9" },
  /* g18-struct: a day over the month's number after a score word; a weekday's shift; SWIFT
   * fields; birth words and remarks; a life's span; South Asian mobiles */
  { "[QA note 23/10, J. Pike] resolved", "DATE", "23/10" },
  { "Cover needed: Thu 21 PM shift", "DATE", "Thu 21" },
  { ":32A:260114EUR2750,00\n", "DATE", "260114" },
  { ":32A:260114EUR2750,00\n", "AMOUNT", "EUR2750,00" },
  { ":62F:C260131GBP10412,55\n", "AMOUNT", "GBP10412,55" },
  { "his bday July 4 1988 btw", "DATE_OF_BIRTH", "July 4 1988" },
  { "Date of birth (if known): 2.7.58", "DATE_OF_BIRTH", "2.7.58" },
  { "Remembering Ada Quayle (12 June 1938 – 3 March 2026), who", "DATE_OF_BIRTH", "12 June 1938" },
  { "call Karim on 01819-553207 today", "PHONE", "01819-553207" },
  /* g19-struct: airline dates in slashed fields, a range without spaces, German dates, a
   * dotted date before a time, IATA birth dates; Spanish and Latin American streets; the
   * town after a street's villa or interior number */
  { "FA PAX 057-2290014471/ETAF/EUR412.60/03MAR26/PARAF0100/20294113/S2-3/P1", "DATE", "03MAR26" },
  { "FD   AF1180/21JAN KL0642/22JAN", "DATE", "22JAN" },
  { "Report filter: 03.02.2026-17.02.2026 (closed)", "DATE", "17.02.2026" },
  { "Von: Lena Huber\nGesendet: Freitag, 6. März 2026 10:14\n", "DATE", "6. März 2026" },
  { "Termin am 12. Oktober bestätigt", "DATE", "12. Oktober" },
  { "ferry cancelled, next day 04.09. 07:15 from Piraeus", "DATE", "04.09" },
  { "SSR DOCS AF HK1 P/FRA/19AB22871/FRA/14MAY79/F/02JUN31/MOREAU/CLAIRE", "DATE_OF_BIRTH",
    "14MAY79" },
  { "  2.DIALLO/AWA MISS(CHD/11SEP19)", "DATE_OF_BIRTH", "11SEP19" },
  { "mi piso está en calle del Pez 27, 2ºA, Madrid", "POSTAL_ADDRESS", "calle del Pez 27, 2ºA" },
  { "Envío: Avda. de Andalucía 112, 4º izq.", "POSTAL_ADDRESS", "Avda. de Andalucía 112, 4º izq." },
  { "domicilio C/ Sant Pere 9 baixos", "POSTAL_ADDRESS", "C/ Sant Pere 9" },
  { "Oficina: Av. Revolución 1877, Depto. 302, Col. San Ángel", "POSTAL_ADDRESS",
    "Av. Revolución 1877, Depto. 302" },
  { "Dirección: Calle 85 # 11-53, Apto 601, Bogotá", "POSTAL_ADDRESS",
    "Calle 85 # 11-53, Apto 601" },
  { "bodega en Camino de los Molinos s/n", "POSTAL_ADDRESS", "Camino de los Molinos s/n" },
  { "we stay at Jl. Danau Tamblingan no 80 in Sanur", "POSTAL_ADDRESS",
    "Jl. Danau Tamblingan no 80" },

  { "her JazzCash 0321-7765410 is blocked", "PHONE", "0321-7765410" },
  /* a card's cell before the next numeric cell, after a cell ending in a digit */
  { "emp,id_no,card_number,net\nE7,784-1990-1234567-1,5457623899012344,950.00\n", "CREDIT_CARD",
    "5457623899012344" },
  { "staff,card,net\nB. Okoro,4226170019384750,1200.00\n", "CREDIT_CARD", "4226170019384750" },
  /* a block of flats after the flat's number */
  { "Mr Dev Anand\nFlat 9, Carrick House\n18 Oldfield Road\nSalford M5 4NY\n", "POSTAL_ADDRESS",
    "Carrick House" },
  { "Apartment 14B, Kingsley Mansions (2nd floor)", "POSTAL_ADDRESS", "Kingsley Mansions" },
  /* a mailbox as a URL's user */
  { "MAIL_URL=smtps://orders@bakery.co.uk:Pw-77x@mail.bakery.co.uk:465", "EMAIL",
    "orders@bakery.co.uk" },
  { "imaps://ruth@example.org@mail.example.org:993", "EMAIL", "ruth@example.org" },
  /* a company's term of 99 years */
  { "Durée : 99 ans, jusqu'au 04/02/2121", "DATE", "04/02/2121" },
  /* a reply header's dd-mm-yy before its clock time */
  { "Le 14-10-26 à 09:31, Claire a écrit :", "DATE", "14-10-26" },
  /* eight spoken digits after a phone cue (no trunk 0 nor area code) */
  { "please call me at seven seven one two, four four zero nine today", "PHONE",
    "seven seven one two, four four zero nine" },
  /* session 20 (g20-addr): addresses of the rest of the world, in other wordings and
   * values than the held-out texts */
  { "Ship to: Unit 1207, Tower 5, Lakeview Residences, Pasig", "POSTAL_ADDRESS",
    "Unit 1207, Tower 5, Lakeview Residences" },
  { "Our office: Block 9, Harbourfront Garden Plaza, Hung Hom, Kowloon", "POSTAL_ADDRESS",
    "Block 9, Harbourfront Garden Plaza" },
  { "moved to Villa 7, Al Reem Compound, Abu Dhabi last spring", "POSTAL_ADDRESS",
    "Villa 7, Al Reem Compound" },
  { "Warehouse: Plot 44, Sector 9, Kalinga Industrial Area, Bhubaneswar", "POSTAL_ADDRESS",
    "Plot 44, Sector 9, Kalinga Industrial Area" },
  { "Mrs Aylin Korkmaz\nAtatürk Bulvarı No:212 D:9\n06680 Çankaya / Ankara", "POSTAL_ADDRESS",
    "Atatürk Bulvarı No:212 D:9" },
  { "Fatih Sultan Mehmet Mah. Güneş Sok. No: 8 Kat: 3, Ümraniye", "POSTAL_ADDRESS",
    "Fatih Sultan Mehmet Mah. Güneş Sok. No: 8 Kat: 3" },
  { "Смирнов И. П.\nпр. Ленина, д. 45, корп. 2, кв. 117\n620014 Екатеринбург\n", "POSTAL_ADDRESS",
    "пр. Ленина, д. 45, корп. 2, кв. 117" },
  { "Смирнов И. П.\nпр. Ленина, д. 45, корп. 2, кв. 117\n620014 Екатеринбург\n", "POSTAL_ADDRESS",
    "620014 Екатеринбург" },
  { "she rents at ul. Sadovaya 14, kv. 3 in Minsk", "POSTAL_ADDRESS", "ul. Sadovaya 14, kv. 3" },
  { "M. Larbi Hadjadj\nCité 500 Logements, bloc 7 n° 3\nBab Ezzouar\n", "POSTAL_ADDRESS",
    "Cité 500 Logements, bloc 7 n° 3" },
  { "elle habite Hay Nahda, rue 18 n° 44 à Rabat", "POSTAL_ADDRESS", "Hay Nahda, rue 18 n° 44" },
  { "Calle Florida 820, piso 4\nC1005AAQ Ciudad de Buenos Aires, Argentina", "POSTAL_ADDRESS",
    "C1005AAQ Ciudad de Buenos Aires" },
  { "Triq il-Kbira, Birkirkara BKR 1525, Malta", "POSTAL_ADDRESS", "Birkirkara BKR 1525" },
  { "Level 2, Marina Business Tower, Sliema SLM 1640, Malta", "POSTAL_ADDRESS", "Sliema SLM 1640" },
  { "No. 88 Huashan Road, Changzhou, Jiangsu 213022, China", "POSTAL_ADDRESS",
    "Changzhou, Jiangsu 213022" },
  { "Drottninggatan 71, 111 36 Stockholm, Sweden", "POSTAL_ADDRESS", "111 36 Stockholm" },
  { "Avenue Habib Bourguiba, 1001 Tunis, Tunisie", "POSTAL_ADDRESS", "1001 Tunis" },
  { "Deliver to:\nNo. 27, Shahid Beheshti Street\nIsfahan\n", "POSTAL_ADDRESS",
    "No. 27, Shahid Beheshti Street" },
  { "she rents at No. 9, Kazanchis Road, Addis Ababa", "POSTAL_ADDRESS", "No. 9, Kazanchis Road" },
  { "Ms Nóra Breathnach\nAscaill Naomh Éanna\nCarna\nCo. Galway\n", "POSTAL_ADDRESS",
    "Ascaill Naomh Éanna" },
  { "Address 1\tBóithrín an Chaisleáin\tRing", "POSTAL_ADDRESS", "Bóithrín an Chaisleáin" },
  /* session 21 (g21-addr): crypt(3) password hashes wherever pasted */
  { "INSERT INTO members VALUES "
    "(4,'jdoe','$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW');",
    "SECRET", "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW" },
  { "root:$6$Hk2pQ9aZ$"
    "Wq1r3T5yU7iO9pA2sD4fG6hJ8kL0zX2cV4bN6mQ8wE0rT2yU4iO6pA8sD0fG2hJ4kL6zX8cV0bN2mQ4wE6rT8y:19876:"
    "0:99999:7:::",
    "SECRET",
    "$6$Hk2pQ9aZ$"
    "Wq1r3T5yU7iO9pA2sD4fG6hJ8kL0zX2cV4bN6mQ8wE0rT2yU4iO6pA8sD0fG2hJ4kL6zX8cV0bN2mQ4wE6rT8y" },
  { "hash = "
    "\"$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQxMjM0$N1tRlQ0xV2t6cE9aWm5Ma3FyT0J3d2dUSkxyZEd3\"",
    "SECRET",
    "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQxMjM0$N1tRlQ0xV2t6cE9aWm5Ma3FyT0J3d2dUSkxyZEd3" },
  /* Asia's mobiles written at home; a UK number's length */
  { "homestay mother Mrs Sato, keitai 080-3312-9047 (after 6pm)", "PHONE", "080-3312-9047" },
  { "보호자 연락처 010-2291-4478 으로 문자 주세요", "PHONE", "010-2291-4478" },
  { "GCash na lang po, 0917 553 2046 yung number ko", "PHONE", "0917 553 2046" },
  { "host family (Taichung): 0912-345-678, evenings only", "PHONE", "0912-345-678" },
  { "switchboard +44 161 496 0753 then ext 22", "PHONE", "+44 161 496 0753" },
  /* a French street's range of numbers; an SQL value's doubled apostrophe and its quote */
  { "nouvelle adresse : 110-112 avenue de la Pompignane, Montpellier", "POSTAL_ADDRESS",
    "110-112 avenue de la Pompignane" },
  { "(12, '4-6 allée de l''Étang', '34970')", "POSTAL_ADDRESS", "4-6 allée de l''Étang" },
  { "(13, '8 rue Paul Bert', '34000')", "POSTAL_ADDRESS", "8 rue Paul Bert" },
  /* an age, then the date */
  { "Patiente : Mme Odile Ferrand, 81 ans (04/07/1944), chambre 12", "DATE_OF_BIRTH",
    "04/07/1944" },
  { "Pupil: Kit Ramsay, aged 9 (30/11/2016), Year 5", "DATE_OF_BIRTH", "30/11/2016" },
  { "the youngest is 3 years old, 12/02/2023 per the red book", "DATE_OF_BIRTH", "12/02/2023" },
};

static const NotFound not_found[] = {
  /* (session 26, g26-plates) plates' look-alikes: a flight, a specimen, a postcode, a form's
   * field locator, a code holding "REG", a measure, a member's number, a VAT registration */
  { "Flight BA12 LHR to JFK at 09:40", "LICENSE_PLATE" },
  { "Test record: VRM = AB12 CDE", "LICENSE_PLATE" },
  { "reg. office EC1A 1BB", "LICENSE_PLATE" },
  { "FL72 ECI: none", "LICENSE_PLATE" },
  { "Report filed under EQ-REG-2024-Q2.", "LICENSE_PLATE" },
  { "Plaque OSB 18 mm;24,90", "LICENSE_PLATE" },
  { "registration CSA-B-22147", "LICENSE_PLATE" },
  { "VAT Reg GB 284 9931 07", "LICENSE_PLATE" },
  { "DÉCISION N° 25-DP-0642", "LICENSE_PLATE" },
  { "{\"tag\": \"NFC-01 Gatehouse\"}", "LICENSE_PLATE" },
  /* session 25 (g25-phones): a phone key's other fields, a digit run under no country's code
   * or of another length, numbers in other groups than the phone found */
  { "  phone_country: 2547\n", "PHONE" },
  { "\"msisdn_masked\": \"254712XXX000\"", "PHONE" },
  { "\"phone_id\": \"4157820193\"", "PHONE" },
  { "customer_phone: 3504418822901", "PHONE" },
  { "customer_phone: 1104418822", "PHONE" },
  { "hotel_rate=4157820193", "PHONE" },
  { "N1*PR*ACME~REF*EI*2064418830~", "PHONE" },
  { "PER*IC*JO*EX*2064418830~", "PHONE" },
  { "the spec writes ^PRN^PH^^1^208^4417730 for a home phone", "PHONE" },
  { "order 091744183021 shipped", "PHONE" },
  { "batch 09 408 11702 closed", "PHONE" },
  { "row 09 408 1170 2 4 6", "PHONE" },
  /* (session 25, g25-addr) capitals that are no street: a count, a doctor after a verb, a
   * code's field before a state-like pair, a street's abbreviation running into more words */
  { "2 PATIENTS SEEN BY DR OKAFOR TODAY", "POSTAL_ADDRESS" },
  { "TAKE 2 TABS PO DR SAYS", "POSTAL_ADDRESS" },
  { "CALL 911 AND ASK FOR DR", "POSTAL_ADDRESS" },
  /* session 24 (g24-dates): a flight's or a road's letters, a frequent flyer's groups, two
   * digits before DA or Ar, fractions' lists, a share after "on" */
  { "Connecting on QR 806 to Manila", "AMOUNT" },
  { "Turn right on SR 520 at the light", "AMOUNT" },
  { "Privilege Club QR 418 602 377, Gold", "AMOUNT" },
  { "travelling by QR 1342 tonight", "AMOUNT" },
  { "argon reading 18 Ar, pression 12 DA", "AMOUNT" },
  { "mix 1/2, 1/4 and 1/8 cup of flour", "DATE" },
  { "we agreed on 1/3 of the profit", "DATE" },
  { "a score of 3/4 for reading", "DATE" },
  /* session 23 (g23-addr): a state code and five digits in prose with no address's comma */
  { "Our Model TX 77036 units shipped in March", "POSTAL_ADDRESS" },
  /* session 23 (g23-addr): a village, a district or a tribe in prose, a railway's kilometre
   * point, a land plot; a span of years after a phone word; an acidity */
  { "Nous visiterons le village de Giverny puis le district de Columbia.", "POSTAL_ADDRESS" },
  { "Travaux entre le PK 245+300 et le PK 251 de la ligne.", "POSTAL_ADDRESS" },
  { "The vendor holds Plot 7, Block C under a registered lease.", "POSTAL_ADDRESS" },
  { "mobile 2024 2025 roadmap", "PHONE" },
  { "pH 7.4 and PH: 6.8 in the sample", "PHONE" },
  /* (g22-refs2) a value met on every row of a people's table whose people change: a
   * grouping's (a cohort, a requisition), no one person's reference */
  { "First Name,Last Name,Email,Cohort ID\nNgozi,Eze,ngozi.eze@mail.ng,COH-2026-118\n"
    "Tunde,Bakare,t.bakare@mail.ng,COH-2026-118\nAmaka,Obi,amaka.obi@mail.ng,COH-2026-118\n",
    "CUSTOMER_ID" },
  /* (g24b-keys) keys that name a thing, a firm's or a vehicle's registration, a test case, a
   * promotion's code; the bare id of an object a firm shares (an account, an order) or a
   * thing's (a ticket, a product); a delimited row's first cell under its header's last
   * word */
  { "{\"invoice_id\": \"INV-27-00418\", \"transaction_id\": \"TX-8812093\"}", "CUSTOMER_ID" },
  { "{\"request_id\": \"REQ-4471-2093\", \"event_id\": \"EV-2027-0412\"}", "CUSTOMER_ID" },
  { "{\"product_id\": \"PRD-004417\", \"customer_invoice_id\": \"CI-7712093\"}", "CUSTOMER_ID" },
  { "{\"company_registration_number\": \"SC-0912774\"}", "CUSTOMER_ID" },
  { "{\"vehicle_registration_no\": \"KDA-441Z-2027\"}", "CUSTOMER_ID" },
  { "{\"test_case_id\": \"TC-2027-00418\"}", "CUSTOMER_ID" },
  { "{\"referral_code\": \"WINTER27\", \"terms\": \"1\"}", "CUSTOMER_ID" },
  { "{\"account\": {\"id\": \"AC-5512093\"}}", "CUSTOMER_ID" },
  { "{\"product\": {\"ref\": \"SKU-00412-B\"}}", "CUSTOMER_ID" },
  { "Montant;Date;Reçu fiscal du dossier\nRC-2027-0001;08/01/2027;50,00\n", "CUSTOMER_ID" },
  /* (g24-refs-en) a system's code after a document's or a thing's noun, after "H/No." (a
   * house's number), in a path, or a bare "Ref:" (the label rules' own case) */
  { "Incident report no. IRP-2027-0417 filed by the duty manager.", "CUSTOMER_ID" },
  { "Invoice ref INV-27-004418 is overdue.", "CUSTOMER_ID" },
  { "House H/No. KM-041-2290, Kumasi", "CUSTOMER_ID" },
  { "see https://tracker.example.org/browse/OPS-2027-4417 for the build", "CUSTOMER_ID" },
  { "Purchase order ref PO-27-88120 approved.", "CUSTOMER_ID" },
  /* (g26-ids) the PPSN's look-alikes: a wrong check letter, the Revenue's sample, a VAT or an
   * employer's number written alike */
  { "Tomás and Gráinne: 5260181F for the grant form", "CUSTOMER_ID" },
  { "INVALID_PPSN = [\"1234567T\", \"0000000W\"]", "CUSTOMER_ID" },
  { "VAT No. IE 5908301S\n", "CUSTOMER_ID" },
  { "Employer reg no: 6613186VA\n", "CUSTOMER_ID" },
  /* (g25-refs-en) a form's field naming a firm's, a State's or a phone's number, a word of
   * a sentence before the label, a value that does not end its line or column */
  { "Employer identification number: 88-4120973\n", "CUSTOMER_ID" },
  { "Charity no: 1123456\nTrustees: 4", "CUSTOMER_ID" },
  { "Social Insurance Number: 527 384 916\n", "CUSTOMER_ID" },
  { "Wallet no.    : 01712-480935\n", "CUSTOMER_ID" },
  { "PAYER'S federal identification number: 88-0412739     PAYER'S telephone", "CUSTOMER_ID" },
  { "Batch number: 20270311\n", "CUSTOMER_ID" },
  { "Please quote your tenure number: 3318204 when calling.", "CUSTOMER_ID" },
  { "Tenure number: 3318204 was closed in 2019 after the sale.", "CUSTOMER_ID" },
  /* (g25-refs-en) a code of slashes after a bare "ref" or "No." (a survey plan's, a firm's
   * invoice's), a practitioner's enrolment, paths, a standard's */
  { "3. The survey plan (No. KW/D/4471/2019) is charted.", "CUSTOMER_ID" },
  { "the invoice is attached (Evergreen Funerals, ref\nEF/27/0412).", "CUSTOMER_ID" },
  { "Advocate, Bar Council\nEnrol. No. KAR/2207/2016\n", "CUSTOMER_ID" },
  { "Qualification QualiSol n° QSOL/48812 en cours", "CUSTOMER_ID" },
  { "ISO/IEC 27001:2022 and TCP/IP 4.0", "CUSTOMER_ID" },
  { "Apply by Friday quoting reference HRA-2027-061.", "CUSTOMER_ID" },
  { "Mission de refonte, projet n° PRJ-27-4410, livraison en mai", "CUSTOMER_ID" },
  { "We accepted the builder's quotation ref. RF-0917 for the roof.", "CUSTOMER_ID" },
  /* (g23-refs) an "IPP" column of an index's values (prices at production), of yes or no (a
   * proton-pump inhibitor) */
  { "mois    | IPP   | variation\n--------+-------+----------\n2024-01 | 104.3 | +0.2\n"
    "2024-02 | 104.9 | +0.6\n2024-03 | 105.1 | +0.2\n",
    "CUSTOMER_ID" },
  { "chambre;IPP;AINS\n12;oui;non\n14;non;non\n15;oui;oui\n", "CUSTOMER_ID" },
  /* (g23-refs) a proper name after a thing's or a firm's noun, or with no colon after it;
   * a manual's short procedure number; a ticket's word before a barcode's thirteen digits */
  { "Facture Orange : 00418827", "CUSTOMER_ID" },
  { "N° client Orange, 00418827", "CUSTOMER_ID" },
  { "Nombre Total : 12345678", "CUSTOMER_ID" },
  { "numéro étudiant Unistra 22411603 et 22411604 en ligne", "CUSTOMER_ID" },
  { "Voir la procédure n° 3 du manuel qualité.", "CUSTOMER_ID" },
  { "La procédure 2024-118 est close.", "CUSTOMER_ID" },
  { "Billet concert code-barres 3760123456789", "CUSTOMER_ID" },
  /* (g22-refs3) a lower-case word between the noun and the value that is no record's
   * qualifier: a thing's noun with an adjective's ending, a sum's adjective, a verb, three
   * words, a thing's noun as the head */
  { "Release notes: member portal 3.214.118 is out", "CUSTOMER_ID" },
  { "Le salarié mensuel 2450000 de la branche", "CUSTOMER_ID" },
  { "facture interne n° 2025-044127", "CUSTOMER_ID" },
  { "le patient a payé 4500001 au total", "CUSTOMER_ID" },
  { "member terminal 4471902 at the gym", "CUSTOMER_ID" },
  { "patient nouvel interne régional 4471902", "CUSTOMER_ID" },
  { "serveur interne 4410923 redémarré", "CUSTOMER_ID" },
  { "member phone 5520918 (landline)", "CUSTOMER_ID" },
  /* (g22-refs2) groups of three, but an IP address, a sum's decimals, a phone's groups of
   * other lengths, a version, spaces with no number's word */
  { "user 192.168.100.200 was blocked by the firewall.", "CUSTOMER_ID" },
  { "Patient 1.250.000,00 remboursés.", "CUSTOMER_ID" },
  { "Premium Bonds holder no. 531 904 2281 (encashed)", "CUSTOMER_ID" },
  { "member 2.14.3 release of the app", "CUSTOMER_ID" },
  { "Le patient 12 345 678 personnes en attente.", "CUSTOMER_ID" },
  /* session 22 (g22-addr2): a game's tower, a list's numbered item before an estate word, a
   * land parcel's number, a state after the town, a date given to another event */
  { "Clear Floor 5, Shadow Tower before the boss; Track No. 3 Riverside Compound",
    "POSTAL_ADDRESS" },
  { "transfer of Erf 3312 Constantia Heights and Portion 7 Durbanville", "POSTAL_ADDRESS" },
  { "\"address\": \"12 Jalan Bukit, 81200 Johor Bahru, Johor\"", "LOCATION" },
  { "please send the date of birth certificate,\ndated 14/05/2024, with the form",
    "DATE_OF_BIRTH" },
  { "Indiquez la date de naissance de l'enfant.\nDepuis le 3 mars 2021, le formulaire a changé.",
    "DATE_OF_BIRTH" },
  { "Name: Amir  Reg:        SW1A 1AA", "POSTAL_ADDRESS" },
  { "turn off the R 44 and then 12 km on", "AMOUNT" },
  { "Bays RM 21 to RM 28 on level 2, and RM 30 near the lifts", "AMOUNT" },
  /* (g22-refs) slashes and a year, but a journal's entry, a circular, a plan, a path, a
   * sample, a date or no sequence */
  { "Journal entry INV/2025/00412 posted, BILL/2025/00088 reconciled.", "CUSTOMER_ID" },
  { "Circular No. SEBI/HO/MRD/2024/118 applies to all brokers.", "CUSTOMER_ID" },
  { "Survey plan LS/D/2231/2018 is charted.", "CUSTOMER_ID" },
  { "See https://example.org/KMA/D/2025/01884 for the form.", "CUSTOMER_ID" },
  { "matter_ref VARCHAR(30), -- e.g. LOS/LIT/0001/26", "CUSTOMER_ID" },
  { "Vacancy SVL/RN/044, season GL/SLS/2026 on file.", "CUSTOMER_ID" },
  { "Filed on 12/03/2025 and 14/04/2025.", "CUSTOMER_ID" },
  { "Carnet ATA ES/2026/0412 for the lenses.", "CUSTOMER_ID" },
  /* session 22 (g22-addr): a room, a road, a tracking number, coordinates, a French street in
   * prose, counts after a phone word */
  { "the return label is RM 55 1029 3384 GB, room RM 12 on floor 2", "AMOUNT" },
  { "take the R 61 then the R 62; grid N5, N 48,856 E", "AMOUNT" },
  { "la place Bellecour 2 fois par semaine, rue Nationale 12 ans après", "POSTAL_ADDRESS" },
  { "mobile is 100 000 000 users; phone 125 430 120 users", "PHONE" },
  { "We stayed 3 Taman days and 5 Jalan-jalan trips", "POSTAL_ADDRESS" },
  { "part no. 1-ABC-123 and the GE 2024 report; form A12 BCD", "LICENSE_PLATE" },
  { "STATUTORY DECLARATIONS ACT 2000 (Singapore) and the NT 1450 rule", "POSTAL_ADDRESS" },
  /* session 21 (g21-addr): a site plan's buildings, a chronology's events, a birth check's
   * call, a shell's "$1$2", a price in dollars, a meeting date after a name */
  { "Bâtiment 2 - Maternité : salles de naissance au 1er étage\nBât. K : logistique",
    "POSTAL_ADDRESS" },
  { "Block C: science labs, level 2\nBlock D – sports hall (niveau -1)", "POSTAL_ADDRESS" },
  { "Repères\n- 12 mars 1931 : naissance de Pierre Morel\n- 3 juin 1990 : mort de Pierre Morel",
    "DATE_OF_BIRTH" },
  { "def test():\n    assert check_birth_date('01/01/1900') is False\n    assert "
    "verifier_date_naissance(\"29/02/2023\")",
    "DATE_OF_BIRTH" },
  { "sed -e 's/(a)(b)/$1$2$3/' and echo $5$6 costs $2,50 now", "SECRET" },
  { "receipt 0977 552 180, order 070-12-3456 and part 010-33-7702", "PHONE" },
  { "la saison 2019-2020 rue barrée pour travaux, pages 12-14 place", "POSTAL_ADDRESS" },
  { "  - \"+44 20 7946\"        # too short\n  - \"+44 7700 9001\"  # too short", "PHONE" },
  { "the cost is $2$ per unit, $1$ each for the rest", "SECRET" },
  { "Relance envoyée à Mme Odile Ferrand (04/07/2025), enfants absents", "DATE_OF_BIRTH" },
  /* session 20 (g20-addr): a game's rooms and levels, a plant's building, a list's number,
   * versions and lots, a year before a heading and a country, a price list's model */
  { "You reach Room 2, Level 3 after beating the boss.", "POSTAL_ADDRESS" },
  { "the old bóthar was closed; Sráid is the Irish for street.", "POSTAL_ADDRESS" },
  { "Track No. 3, Penny Lane, then Invoice No. 2231, Main Street branch", "POSTAL_ADDRESS" },
  { "Go to Floor 5, Shadow Tower. The boss waits on Level 9, Dragon Tower!", "POSTAL_ADDRESS" },
  { "Building 3 of the plant stays closed; Level 2 of the car park is full.", "POSTAL_ADDRESS" },
  { "Item No. 81, version 2.3.1, lot 4411 of the batch", "POSTAL_ADDRESS" },
  { "2019 Annual Report, Germany and Austria", "POSTAL_ADDRESS" },
  { "In 1998 France won; see Table 4, Level 3, Room 12.", "POSTAL_ADDRESS" },
  { "the team moved from Level 4 to Level 5 in the Tower defence game", "POSTAL_ADDRESS" },
  { "Артикул 123456 Серый, размер 42", "POSTAL_ADDRESS" },
  { "Model No: 14 and version No. 2 of the Cad. drawing", "POSTAL_ADDRESS" },
  { "La cité des 200 logements a été rénovée, n° 12 du programme.", "POSTAL_ADDRESS" },
  { "NÉ LE 15 JANVIER 1622, MORT LE 17 FÉVRIER 1673", "DATE_OF_BIRTH" },
  /* g18-struct: a summit's COP, a currency's cut-off time, a pen's count */
  { "see you at COP 28 in Dubai", "AMOUNT" },
  /* a toolkit's and a distribution's versions */
  { "it with Tcl/Tk 8.6! and Tk 8.6.13", "AMOUNT" },
  { "### openSUSE/SLE (SLE 15, Leap 15, Tumbleweed)", "AMOUNT" },
  { "AMD 29000 embedded, using EBMON; 1.72 1.54 1.41 AMD FX(tm)-4100; AMD 64", "AMOUNT" },
  { "payments in USD 17:00 New York time, EUR 16:00 Frankfurt", "AMOUNT" },
  { "PEN 25 blue, PEN 40 red", "AMOUNT" },
  { "if [ $# -lt 2 ]; then echo $2; fi", "AMOUNT" },
  { "honestly rated 11/10, and n° 19/11 of the register", "DATE" },
  { "the lease (1 January 2020 – 31 December 2025) ends", "DATE_OF_BIRTH" },
  { "Wed 9 PM meeting", "DATE" },
  { "ref 01212-448093 and 0353-2184471", "PHONE" },
  { "Sandbox MSISDNs: 254700000001 (success), 256700000009 (timeout)", "PHONE" },
  { "git clone https://git@github.com/acme/shop.git", "EMAIL" },
  { "the number they gave me is the MTCN 512 448 9031, amount 300", "PHONE" },
  { "ref 1/2/2150 and 12/05/2250", "DATE" },
  { "build 12-03-26 of the firmware", "DATE" },
  { "my account number is seven seven one two four four zero nine", "PHONE" },
  /* a token's prefix alone, or a word that starts like one */
  { "Notre SG. a validé ; ya29 est un préfixe ; glrt-short", "SECRET" },
  /* "pwd" is a shell's command, "PW127M" an engine; an FTP URL's port is no password */
  { "$ pwd\n/home/marie/projets2024\n", "SECRET" },
  { "the PW127M engine was overhauled", "SECRET" },
  { "ftp://anonymous@ftp.example.org:21/pub", "SECRET" },
  /* g16-struct: a firm's licence under its name on a letterhead, a season, a bank's
   * transaction reference, a licence's shape with a wrong month */
  { "LONE STAR BAIL BONDS LLC\nLicense No. 2291-TX (Harris County Bail Bond Board)",
    "ID_DOCUMENT" },
  { "Validation annuelle du permis de chasser — saison 2026-2027", "ID_DOCUMENT" },
  { "Payment sent, TRN: 20261124000118442 (SWIFT)", "ID_DOCUMENT" },
  { "build ABCDE123456XY7ZZ done", "ID_DOCUMENT" },
  { "TX DL was renewed last year", "ID_DOCUMENT" },
  { "card=01-1614-7790-0081-7 product=JOUR_ENFANT", "PHONE" },
  { "please send their name and date of birth\nto the Regional Communications Officer by "
    "December 18, 2026 so the clearance",
    "DATE_OF_BIRTH" },
  /* g15-struct: a herd's or a show's birth dates are not a person's; versions with dots
   * and one-digit parts stay versions; a decimal's comma before a fraction */
  { "Movement_Date,Ear_Tag,DOB_Animal,Keeper_Name\n2026-10-02,UK 342118 400217,2025-03-11,"
    "Alastair Mackintosh\n",
    "DATE_OF_BIRTH" },
  { "entry_no,exhibitor,breed,animal_dob\n1042,Rhiannon Pugh,Simmental,2025-02-14\n",
    "DATE_OF_BIRTH" },
  { "C1     Limousin bull born before 1.1.2026      £60", "DATE_OF_BIRTH" },
  { "upgraded to release 1.2.24 last night", "DATE" },
  { "dose 12,5/10 ml", "DATE" },
  { "Total due 12.05\nThanks", "DATE" },
  { "version 3.10\n", "DATE" },
  { "position lat +48.8566140 lon +2.3522219", "PHONE" },
  { "Bagong Silangan Fire Volunteers (Brigade 14)", "POSTAL_ADDRESS" },
  { "Info trafic\nRoute Barrée — 12500 véhicules par jour détournés\n", "POSTAL_ADDRESS" },
  { "S – Signs: HR 98 irreg, BP 148/82, RR 20, SpO2 94% RA", "POSTAL_ADDRESS" },
  { "FA-NAS01\tNAS\tSynology DS923+\t2290QAR8X4512\tDSM 7.2.2", "AMOUNT" },
  { "Contact     | Mobile        | Email\nAnn Leduc   | 06 54 32 19 8 | ann@leduc.fr\n", "PHONE" },
  { "Variation : +216.72285114 points", "PHONE" },
  { "DATABASE_URL=postgres://app:password@localhost:5432/app_dev", "SECRET" },
  { "Mot de passe oublié : cliquez sur le lien", "SECRET" },
  /* session 14: a lone F that is no franc, specimen plates, a seat, a scene heading, a
   * county in a race card, a name with "key" inside a row, a padded dump time */
  { "Soutien-gorge taille 90 F, coloris noir", "AMOUNT" },
  { "Format attendu : AA-123-AA (SIV) ou 1234 AB 56 (FNI).", "LICENSE_PLATE" },
  { "exemple de plaque : AA123AA", "LICENSE_PLATE" },
  { "billet TER voiture 12, place 45, départ 7h10", "POSTAL_ADDRESS" },
  { "Sc 12  EXT. HARBOUR WALL - NIGHT   1/8 pg", "POSTAL_ADDRESS" },
  { " 3  Silver Lining     6  11-2   Co. Wexford yard", "POSTAL_ADDRESS" },
  { "(88,'Thomas Mackey','+353 87 412 9930',NULL)", "SECRET" },
  { "-- Dump completed on 2026-10-04  4:12:55", "DATE" },
  { "Births: birth registrations, Register Office. Next release 30 June 2027.", "DATE_OF_BIRTH" },
  /* the founding of an institution in a history ("birth of the <Name>") */
  { "The birth of the Welfare State\n\nOn 1 April 1948 the new benefits began.", "DATE_OF_BIRTH" },
  { "Tél : 12 34 56 78 (exemple)", "PHONE" },
  { "sms to=+3361245789 status=FAILED", "PHONE" },
  { "the ticket 50%40 off", "EMAIL" },
  /* session 13: a firm's orders and certificates, an engineer's licence, a closed IBAN, test
   * rows, standards after "file", an expense claim */
  { "Recommend fleet campaign (engineering order EO-26-0512).", "CUSTOMER_ID" },
  { "Outgoing: A. Setiawan (B1, licence PK.66.0412)", "CUSTOMER_ID" },
  { "Note our old account TR12 0001 2009 4520 0010 2603 40 is closed", "CUSTOMER_ID" },
  { "Linked certificates: Gas test cert GT-4471, Isolation cert — N/A", "CUSTOMER_ID" },
  { "EXPENSE CLAIM — Field Service Engineer          Claim: EXP-26-11-0457", "CUSTOMER_ID" },
  { "CREATE TABLE employees (emp_id varchar(12), name text);\n"
    "INSERT INTO employees VALUES ('TEST-0001', 'Test User One');\n",
    "CUSTOMER_ID" },
  { "save the file ISO-8859 encoded, then the matter of UTF-8", "CUSTOMER_ID" },
  { "emp 2026 figures are out", "CUSTOMER_ID" },
  { "{\"unique_id\": \"AB-2291\"}", "CUSTOMER_ID" },
  { "\"viewed the course with id '2214'.\"", "CUSTOMER_ID" },
  { "Client | Order | Total\n---|---|---\nAda Okafor | 1,204 units | 380.00\n", "CUSTOMER_ID" },
  { "the event (ID 1171220984309411840 in the logs)", "CUSTOMER_ID" },
  /* session 12: a meeting's minutes, a count of participants, an e-mail's subject line */
  { "Lecture du PV n° 12 de l'assemblée générale.", "CUSTOMER_ID" },
  { "le parquet a classé 12 plaintes en 2025", "CUSTOMER_ID" },
  { "participant 12 said the form was long", "CUSTOMER_ID" },
  { "Subject: 2024-25 budget lines", "CUSTOMER_ID" },
  { "subject to clause 14-3 of the lease", "CUSTOMER_ID" },
  /* a client number under a name: an Eircode's last four hold a letter */
  { "Mbeki, Thandiwe            K301207\n", "POSTAL_ADDRESS" },
  /* a ledger's debtor days, a shop's players and a card's points: no person's account */
  { "Month,Debtor Days,Balance\nJan,45,1200.00\nFeb,52,980.00\n", "CUSTOMER_ID" },
  /* a Unix account, an iCalendar event, a statement's fee */
  { "uid=1000(deploy) gid=1000(deploy)", "CUSTOMER_ID" },
  { "BEGIN:VEVENT\nUID:rdv-88412093@doctolib.fr\nEND:VEVENT\n", "CUSTOMER_ID" },
  { "\"Service Fee for Bonus - Ref ID 1028311957\"", "CUSTOMER_ID" },
  /* a firm's price list sorted by product, its first row a word and a comma; a pipe's
   * "res" of resolution; a test fixture's "usr_test" */
  { "Product                Code        Unit price      Supplier\n"
    "Bolts, M8 (box)        BX-2204     4.20            Würth\n",
    "CUSTOMER_ID" },
  { "screen res 1920x1080, refresh 144", "CUSTOMER_ID" },
  /* a tracker's time sheet: a bare "Matter" without a client column */
  { "Date\tPerson\tMatter\tHours\n12/01/2027\tKOB\tOPS-0772\t3\n", "CUSTOMER_ID" },
  /* a card terminal's ticket: a payment's */
  { "ticket TPE n° 004127 du 12/11", "CUSTOMER_ID" },
  /* a catalogue's bare "ref" column: a product's */
  { "INSERT INTO products (id, ref, name, supplier_name, price) VALUES\n"
    "(12, 'BX-2204', 'Bolts M8', 'Würth', 4.20);\n",
    "CUSTOMER_ID" },
  { "WHERE actor_id = 'usr_test_0001';", "CUSTOMER_ID" },
  /* a ledger's supplier accounts glued to their names, a psql table of products */
  { "Compte   Intitulé              Débit\n401ADOBE Adobe Systems       1 238,40\n"
    "401OVH   OVH SAS               172,68\n",
    "CUSTOMER_ID" },
  { "sku  | name     | price\n-----+----------+------\nB-41 | Bolt M8  | 0.20\n"
    "B-42 | Nut M8   | 0.10\n",
    "CUSTOMER_ID" },
  { "Lecteur;Format;Prix\nDVD-220;Blu-ray;89.00\nDVD-340;DVD;59.00\n", "CUSTOMER_ID" },
  { "Item No,Description,Loyalty Points\nIT-4410,Bolt M8,120\nIT-4411,Nut M8,80\n", "CUSTOMER_ID" },
  /* a heading's count and plural noun */
  { "1031 Like-Kind Exchanges for Small Landlords", "POSTAL_ADDRESS" },
  { "1031 Exchanges for Small Landlords", "POSTAL_ADDRESS" },
  /* a request's idempotency key in a log line */
  { "WARN  idempotency key=wh_3b81d0c4-7a55-4e21-9c3f-1d2e8a90b7f6 seen twice", "SECRET" },
  /* an engine computer's part numbers */
  { "Calculateur moteur : Bosch EDC17C60 — logiciel 9678215380 — hardware 0281031553", "PHONE" },
  /* a user agent's version */
  { "\"GET /menu.pdf HTTP/1.1\" 200 1840 \"-\" \"WhatsApp/2.24.22.79 A\"", "IP_ADDRESS" },
  /* "Co." after a firm's name is Company, not a county */
  { "carriers Pickford & Co. Damages were limited", "POSTAL_ADDRESS" },
  /* session 10: admission tickets, hashes, a VIN, days after "le" */
  { "{\"ticket_id\": \"TKT-9F2A-77C1\", \"barcode\": \"26004\", \"seat\": \"C12\"}",
    "CUSTOMER_ID" },
  { "donor_hash,region,gifts\n9c41e07ab2d35f18,London,7\n02fa6b9d7c1e4483,Wales,2\n",
    "CUSTOMER_ID" },
  { "Appel client le 12/11 à 15h10 : OK", "CUSTOMER_ID" },
  { "à mettre avec sa commande du 16/11", "CUSTOMER_ID" },
  { "VIN d'exemple (pas un véhicule client) : VF1AG000X69000001", "CUSTOMER_ID" },
  { "Le prélèvement de la facture FA-2026-0012 le 3 mars.", "CUSTOMER_ID" },
  /* session 9: what the new currencies, dates and addresses must leave */
  { "upgrade to PHP 8.3 and Node 20", "AMOUNT" },
  { "the COP 28 report", "AMOUNT" },
  { "closures on route R44 and room R2", "AMOUNT" },
  { "Nov 22, 2026 at 6:02:14 AM  Triggered through the API", "DATE" },
  { "Date et heure de réception : 18/11/2026 à 16:52:07", "DATE" },
  { "\"created\": \"2026-01-01T00:00:00Z\",", "DATE" },
  { "la mer 25 fois plus salée", "DATE" },
  { "Commande : 12051992 expédiée", "DATE" },
  { "sent template=reset msgid=<20261119080218.7f3a@mail.gestimmo.io>", "EMAIL" },
  { "INSERT INTO pets (id, name, species, breed, dob) VALUES (1, 'Rex', 'Dog', 'Boxer', "
    "'2019-03-02');",
    "DATE_OF_BIRTH" },
  /* references, session 9 */
  { "1.2.3.4 - - [19/Nov/2026:06:41:12 +0100] \"POST /commande HTTP/1.1\" 302 0", "CUSTOMER_ID" },
  { "le workflow \"Support client N1/N2\" (Jira Cloud)", "CUSTOMER_ID" },
  { "Code\tRésidence\tFin mandat\n0412\tLes Tilleuls\t06/2027\n0417\tLe Parc\t12/2028\n",
    "CUSTOMER_ID" },
  { "id,Created,Amount,Customer Email\npy_3QhT8aLkdI2bzN1O0k4Hf7Qe,2026-11-01,120.00,a@b.fr\n"
    "py_3QhU1bLkdI2bzN1O1p9Wc3Ra,2026-11-03,60.00,c@d.fr\n",
    "CUSTOMER_ID" },
  { "id_note,salarie,email,montant\nNDF-10441,Paul Roy,p.roy@x.fr,142.00\n"
    "NDF-10442,Paul Roy,p.roy@x.fr,96.50\n",
    "CUSTOMER_ID" },
  { "-- TODO anonymiser avant envoi (cf. ticket PAIE-88)", "CUSTOMER_ID" },
  { "PRLV SEPA URSSAF RHONE ALPES /ICS FR85ZZZ430290;1 214,00", "CUSTOMER_ID" },
  { "Full names: Thabo Nkosi   ID no: 9203145123081", "ID_DOCUMENT" },
  /* structured types, session 8 */
  { "Test cards: use 4000 0000 0000 0341 (attaches, then fails).", "CREDIT_CARD" },
  { "Stripe test mode: 4242 4242 4242 4242 succeeds", "CREDIT_CARD" },
  { "Order 20251106 shipped", "DATE" },
  { "Jour 1 après-midi : atelier", "DATE" },
  { "Google Ads management — November               1     1,650.00", "DATE" },
  { "Wales 4.12. Differences", "DATE" },
  { "tue thu 9-11am", "DATE" },
  { "echo $1 and $2", "AMOUNT" },
  { "PARCOURS   Canoë 2 pl.   Kayak 1 pl.   Durée", "POSTAL_ADDRESS" },
  { "see 2 147  483 648 bytes", "PHONE" },
  /* Purchase orders, invoices, transactions and a ledger's accounts are nobody's file. */
  { "Bon de commande BC-2026-117 en PJ.", "CUSTOMER_ID" },
  /* things and firms' numbers, as the corpus's decision table leaves them */
  /* a bank card's number in a table of people, a repair's or a work order's reference, a
   * statement's transactions, a payout's bare "id" beside its customer's name */
  { "Card number,First name,Email\n4242,Ada,a@example.com\n", "CUSTOMER_ID" },
  { "RepairRef,Tenant,Phone\nRR-0884512,Mrs J. Okonkwo,07912 330 481\n", "CUSTOMER_ID" },
  { "date\tn° OT\tclient\ttél client\n17/11/2026\tOT-26-4410\tMme Gallo\t06 09 41 77 52\n",
    "CUSTOMER_ID" },
  { "Date,Ref ID,Freelancer,Amount,Balance\n2026-11-18,1028771203,Sibusiso N,600.00,992.40\n",
    "CUSTOMER_ID" },
  { "id,Amount,Customer Name\npy_3QkR8vLkdIwHu7ix0aB1cD2e,25.00,Hannah Okafor\n", "CUSTOMER_ID" },
  { "N° ordre|Date|Titulaire|Contact|Prix\nT26-311|02/09/2026|EL AMRANI Y|06 58 12 44 97|45\n",
    "CUSTOMER_ID" },
  { "Nom;Prix;Stock\nBûche praliné;46,80;12\n", "CUSTOMER_ID" },
  { "HOT WORK (CLASS A)        Permit No. PTW-HW-26-1187", "CUSTOMER_ID" },
  /* a person's file named only far back on the line: the vacancy's reference */
  { "Application for Registered Nurse (Nights) — ref SVL/RN/044", "CUSTOMER_ID" },
  { "FACTURE n° F2024-2708 du 15 mars 2024", "CUSTOMER_ID" },
  { "Report no.: NM-2026-0883          (near miss, no injury)", "CUSTOMER_ID" },
  /* a label's number word at the text's very end */
  { "Member no.", "CUSTOMER_ID" },
  { "Member no. A", "CUSTOMER_ID" },
  { "Member no. AB-1", "CUSTOMER_ID" },
  { "member n°", "CUSTOMER_ID" },
  { "FICHE D'INTERVENTION N° INT-2026-1187", "CUSTOMER_ID" },
  { "Invoice number: INV-2026-0412 for the appeal", "CUSTOMER_ID" },
  { "Gas test cert GT-4471, SIMOPS ref S-226", "CUSTOMER_ID" },
  { "job_id\tunit\ttenant\tcontractor\nMX-3310\tMews 4\tOlamide Adeyemi\tKwik Fix Ltd\n",
    "CUSTOMER_ID" },
  { "Customer Search Term\tClicks\nb0dk4m7q2x\t64\n", "CUSTOMER_ID" },
  { "Compte   Intitulé            Débit\n101300   Capital souscrit    8 000,00\n218300   Matériel "
    "     6 904,20\n",
    "CUSTOMER_ID" },
  { "Règlement CB sans contact — ticket TPE n° 008812", "CUSTOMER_ID" },
  { "Send your CV through the form on our careers page; shortlisted applicants will be invited "
    "to a short trial shift and a chat with the team. Ref: KW-WH-2026-11.",
    "CUSTOMER_ID" },
  { "Promo code,Name,Email\nCAREGIFT10,Ada B,a@example.com\n", "CUSTOMER_ID" },
  { "{\"booking\": {\"id\": 90412, \"service\": \"massage\"}}", "CUSTOMER_ID" },
  { "{\"level\":\"info\",\"tenant\":\"t_00419\",\"invoices\":1842}", "CUSTOMER_ID" },
  { "Passeport (pages 2-3) à traduire", "ID_DOCUMENT" },
  { "From NZ, Wise is fine — reference INV-2026-031 please.", "CUSTOMER_ID" },
  { "Transaction reference: 7F3K29QMWZ", "CUSTOMER_ID" },
  { "Code | Name | Account\n1 | Fuel | 449 Motor Vehicle Expenses\n2 | Stock | 310 Cost of Goods "
    "Sold\n",
    "CUSTOMER_ID" },
  { "Poste\tContrat\tHeures\nMenuisier\tCDI 35h\t151,67\nApprenti\tCDD 39h\t169,00\n",
    "CUSTOMER_ID" },
  { "N° compte;Intitulé;Débit\n411000;Clients;1 200,00\n512000;Banque;350,00\n", "CUSTOMER_ID" },
  /* API handles that are no one's: an OAuth client, a merchant's account in a URL, a UUID */
  { "\"QB_CLIENT_ID\": \"ABm3tG8f2kQyWq9Lz0Hc7XpVn4Rs1TdE6uJ5oBiYw\",", "CUSTOMER_ID" },
  { "https://invoice.stripe.com/i/acct_1Nx2eZvKYlo2C/test_YWNjdF8x", "CUSTOMER_ID" },
  { "\"user_id\": \"3f2c9a7e-1b4d-4e8a-9c21-7d5e0b6a4f13\"", "CUSTOMER_ID" },
  { "\"product_id\": \"SKU-44123\", \"clinic_id\": \"clinic_0042\"", "CUSTOMER_ID" },
  { "Number of guests;Room;Price\n120;Hall;900\n80;Garden;400\n", "CUSTOMER_ID" },
  /* A day, a month, a year and the hour after it in a bank export: no phone number. */
  { "01-09-2025 06:12:44;31-08-2025 18:03:10;-42,90;EUR", "PHONE" },
  { "14.03.2026 09:30 Virement reçu", "PHONE" },
  /* Test vectors and counters: zeros, and groups running on */
  { "  phone_like_counter: \"0800 000 000 000 0\"", "PHONE" },
  { "numéro vert de test : 0800 000 000", "PHONE" },
  /* A card's expiry is no day */
  { "Card: Visa •••• 4417 · expires 08/28 · issued in US", "DATE" },
  { "CB se terminant par 5512, exp 11/27", "DATE" },
  /* Impossible days */
  { "DATE     | 31/02/2025 (date impossible)", "DATE" },
  { "created 2025-04-31", "DATE" },
  /* Tax and school years, ledger accounts, test references, an employer's PAYE reference */
  { "Second payment on account 2025-26   £1,937.15", "CUSTOMER_ID" },
  { "le compte 706000 (prestations) et le compte 512100", "CUSTOMER_ID" },
  { "COMMANDE | CMD-TEST-0000", "CUSTOMER_ID" },
  { "client n° C-000000", "CUSTOMER_ID" },
  { "PAYE reference 961/CA44720, accounts office ref", "CUSTOMER_ID" },
  /* Message ids and bounce addresses are no mailboxes */
  { "Message-ID: <CAF7x9Ln2+q8RkQ0pT_5vWw3yZ@mail.gmail.com>", "*" },
  { "References: <a1@x.org>\n <CAK2pQ77xLmTbY1e@mail.gmail.com>", "EMAIL" },
  { "postfix/cleanup[21880]: 4F2B81A2C3: message-id=<confirm-88213@shop.example.fr>", "*" },
  { "from=<order-20931.1763733731@shop.example.co.uk>, size=8812", "*" },
  { "<20251125081341.7731.acf29e@vps-1.example.top>", "EMAIL" },
  /* A key's name, a user, a lookup table: no secret */
  { "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd", "SECRET" },
  { "  \"key_name\": \"deploy-laptop-2025\",", "SECRET" },
  { "  \"smtps_auth_user\": \"5c0b7e2d-91a4-4f3e-b6d1-2a8e7f90c3b4\"", "SECRET" },
  /* Rates after a number, a postcode in brackets before a street */
  { "eth0: link up, 1000 Mbps, full duplex", "POSTAL_ADDRESS" },
  { "demeurant à Marseille (13008), ", "POSTAL_ADDRESS" },
  /* A SIRET whose key fails holds no SIREN apart */
  { "SIRET    | 792 451 031 00028   | Luhn KO", "*" },
  /* A page of orders, a count of employees, an account's count column */
  { "GET /account/orders HTTP/1.1", "CUSTOMER_ID" },
  { "Employee 3 left in May", "CUSTOMER_ID" },
  { "name,email,account_count\nRuiz,a@b.example,12\n", "CUSTOMER_ID" },
  /* No Canadian postcode without its city or a line of its own; no unit after a number */
  { "model X5T 4B3 engine", "POSTAL_ADDRESS" },
  { "Le port du masque, 75011 salariés", "POSTAL_ADDRESS" },
  { "2025-11-27 04:15:25 [kernel] eth1: link up, 2500 Mbps", "POSTAL_ADDRESS" },
  /* "permis" before anything but a number */
  { "le permis de construire PC 075 105 25 00042 est affiché", "ID_DOCUMENT" },
  { "hot work permit HW-2291 issued for the welding bay", "ID_DOCUMENT" },
  { "DDL (SQL) 2024 migration scripts", "ID_DOCUMENT" },
  { "DL 4 GB file 2291877 bytes", "ID_DOCUMENT" },
  /* A birth keyword answered on its own line does not reach a later line's date; nor does a
   * question about one reach a message header's date and time. */
  { "Date of birth: April 1981\nAppointed on: 14 January 2022\n", "DATE_OF_BIRTH" },
  { "il me faut votre date de naissance.\n\nLorenzo (vendeur) – 21 nov. 12:40\nReçu.",
    "DATE_OF_BIRTH" },
  /* A log's timestamp stays no date; a truncated number in a phone column no phone. */
  { "2026-11-02T16:20:33Z started", "DATE" },
  { "name,phone\nAnn,06 54 32 19 8\nBob,07 11 22 33 4\n", "PHONE" },
  /* held-out look-alikes */
  { "sku,reorder_point,qty\nA-100,4471,12\nB-200,3310,7\n", "CUSTOMER_ID" },
  { "Poste : technicien de maintenance, référence SERV-25, CDI", "CUSTOMER_ID" },
  { "COLIS N° 6A21839457012", "CUSTOMER_ID" },
  /* Paths and ids that name no person: a product's page, a products table's "id". */
  { "GET /product/4412/reviews?page=3", "CUSTOMER_ID" },
  { "le 600e anniversaire de la ville", "AMOUNT" },
  { "GET /fr/client/48213 HTTP/1.1", "POSTAL_ADDRESS" },
  { "INSERT INTO plugins (slug, license) VALUES ('akismet', 'GPL-2.0');", "CUSTOMER_ID" },
  { "Name,License key,Seats\nOffice,AB12-CD34-EF56,5\nCAD,ZX98-YT76-QP54,2\n", "CUSTOMER_ID" },
  { "il a fini à zéro six six six pour le score", "PHONE" },
  /* ---- spoken in words: number words that are no personal data ---- */
  { "one or two things before we start, back in five minutes", "*" },
  { "first of all we shipped two releases", "*" },
  { "on attend deux cents personnes à quatorze heures", "*" },
  { "la mairie ferme les trois rues piétonnes", "*" },
  { "ten nine eight seven six five four three two one", "*" },
  { "zéro un deux trois quatre cinq six sept huit neuf", "*" },
  { "les numéros gagnants : douze trente-quatre cinquante-six soixante-dix-huit quatre-vingt-dix",
    "*" },
  { "they can call you on the number ending two two one", "*" },
  { "we may first check the pricing page", "*" },
  { "the score was six one, four six, six three", "*" },
  /* English sums in words are left, as the corpora leave them */
  { "we paid fifteen hundred euro in the end", "*" },
  { "about twelve hundred quid for a pump", "*" },
  { "soixante-quinze kilomètres jusqu'à Paris", "*" },
  { "il en veut plus deux ou trois", "*" },
  { "we met at Google dot com headquarters, see you at five", "*" },
  { "email me at gmail dot com, look at example.com", "*" },
  { "in case you need it five five five, one two", "*" },
  { "the order of twenty five six eight nine", "*" },
  { "the second March rally and the first May bank holiday plans", "DATE" },
  { "the team scored five five five, zero one six nine in the last games", "*" },
  /* (g20-spoken) look-alikes: counts after a date, a line that ends its sentence above a
   * number, tens after a date followed by their noun, an English pair alone */
  { "our account number changed.\n    seven seven one two zero four one eight\n", "*" },
  { "it was twenty, fifty, sixty people at most", "*" },
  { "we scored two, forty Minutes Walk later", "*" },
  /* ---- end of spoken in words ---- */
  { "Exemple : FR76 0000 0000 0000 0000 0000 000", "IBAN" },
  { "ring the office on 091 562 207", "FR_SIREN" },
  { "BEGIN:VEVENT\nUID:7hd82kf0q1s9v3@google.com\nEND:VEVENT", "EMAIL" },
  /* A postcode alone, a number after "file", an appointment, an all-caps heading. */
  { "write to HMRC, BX9 1AS, quoting", "POSTAL_ADDRESS" },
  /* A UK postcode's shape with no such area, or a letter after the district outside
   * London: a booking's record locator. */
  { "Booking K2D9FH confirmed", "POSTAL_ADDRESS" },
  /* A zone whose check digits fail (one digit misread) or a template is none. */
  { "P<GBROKAFOR<<CHIDINMA<GRACE<<<<<<<<<<<<<<<<<\n5482103987GBR9104174F3209055<<<<<<<<<<<<<<04",
    "ID_DOCUMENT" },
  { "P<GBROKAFOR<<CHIDINMA<GRACE<<<<<<<<<<<<<<<<<\n5482103977GBR9104164F3209055<<<<<<<<<<<<<<04",
    "DATE_OF_BIRTH" },
  { "P<XXXSURNAME<<GIVEN<NAMES<<<<<<<<<<<<<<<<<<<\n999999999<XXX999999<X999999<<<<<<<<<<<<<<<<<",
    "*" },
  { "HOLLOWAY MARGARET MRS K2D9FH  3A", "POSTAL_ADDRESS" },
  { "Leeds M1A 1AE", "POSTAL_ADDRESS" },
  { "Our file 5214 Norwich office", "POSTAL_ADDRESS" },
  { "Notes\nAppt 31\nbring the x-rays", "POSTAL_ADDRESS" },
  { "RÉSIDENCE LE CLOS DES VIGNES\nCOMPTE RENDU", "POSTAL_ADDRESS" },
  /* A shop's orders export: the total's column is money ("Order Total"), in quoted cells
   * that hold commas. */
  { "\"Order Number\",\"Item\",\"Order Total\"\n\"\",\"Candle, large\",\"38.90\"\n",
    "CUSTOMER_ID" },
  { "Ref          Stock   Price\nAB-2231      14      8.50\n", "CUSTOMER_ID" },
  { "GET /accounts/login/2024 HTTP/1.1", "CUSTOMER_ID" },
  { "curl https://api.example.com/v1/customers/123", "CUSTOMER_ID" },
  /* The ids of an order, its lines and an event are no person's. */
  { "{\"order\": {\"id\": 99812, \"lines\": [{\"id\": 12, \"sku\": \"AB\"}]}}", "CUSTOMER_ID" },
  { "{\"events\": [{\"id\": 8812, \"type\": \"click\"}]}", "CUSTOMER_ID" },
  { "id,sku,name,price\n101,MUG-01,Mug,8.50\n102,CUP-02,Cup,7.00\n", "CUSTOMER_ID" },
  { "\"ID\",\"UGS\",\"Nom\",\"Stock\"\n\"312\",\"ROSE-1\",\"Rosier\",\"14\"\n", "CUSTOMER_ID" },
  { "NHS number: 943 476 5918", "CUSTOMER_ID" },
  { "Douleur EVA 4/10, Séance 6/15", "DATE" },
  { "Réservation pour 2 Jan Kowalski le soir", "DATE" },
  { "name,score\nAlice,1043\nBob,#2044\n", "CUSTOMER_ID" },
  { "Pain: 6/10, note 7/10", "DATE" },
  { "Mme Le Goff, née Guillou, survenu le 2 mars 2025", "DATE_OF_BIRTH" },
  { "https://jdoe:github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
    "HIJKLMN@github.com/x",
    "EMAIL" },
  { "define( 'LOGGED_IN_KEY', 'put your unique phrase here' );", "SECRET" },
  { "fichier de 182 451 203 octets", "FR_SIREN" },
  { "see p. 10 and 10p; stream in 72p; at 5p we start", "AMOUNT" },
  { "3 cours de yoga par semaine", "POSTAL_ADDRESS" },
  { "RPE 7/10, anxiety 4/10, Séance n° 6/15, got 4/10 on it", "DATE" },
  { "Esc X to quit\napt install voile\n", "POSTAL_ADDRESS" },
  { "Référence annonce : JOB-2291", "CUSTOMER_ID" },
  { "a flat 2 km away; the bat 3 times; apt to fail", "POSTAL_ADDRESS" },
  { "the 2nd Avenue of the series", "POSTAL_ADDRESS" },
  /* versions, hashes, UUIDs, timestamps, codes, decimals, ports */
  { "Upgrade to version 1.2.3.4 today", "IP_ADDRESS" },
  { "GTK 4.8.3, glib v2.74.1", "*" },
  { "commit 3f4a9c1e2b7d8a6f5e4c3b2a1908f7e6d5c4b3a2", "*" },
  { "id 550e8400-e29b-41d4-a716-446655440000", "*" },
  { "id 12345678-1234-1234-1234-123456789012", "*" },
  { "2024-03-15T10:32:01Z INFO started", "DATE" },
  { "2024-03-15 10:32:01,123 ERROR failed", "DATE" },
  { "[15/03/2024 10:32:01] GET /index", "DATE" },
  { "EAN 3017620422003", "*" },
  { "réf. produit : ABC", "*" },
  { "Réf. 3700123456780", "*" },
  { "La métropole compte près de 680 000 habitants.", "*" },
  { "listen on port 8080 and 443", "*" },
  { "pi = 3.14159265358979", "*" },
  { "ratio 0.612345678", "*" },
  { "1700000000123 ms", "*" },
  { "Quantité 12 34 56 78 90 12", "PHONE" },
  { "| 12 | 450 | 3 200 |", "*" },
  { "prix unitaire 12.50", "AMOUNT" },
  { "echo $1 and $2", "AMOUNT" },
  /* checksums */
  { "IBAN FR76 3000 6000 0112 3456 7890 188", "IBAN" },
  /* pieces of a mistyped IBAN are not phone numbers */
  { "IBAN FR76 1027 8060 3100 0205 5940 153 (BIC CMCIFR2A)", "*" },
  { "carte 4111 1111 1111 1112", "CREDIT_CARD" },
  { "NIR 1 85 05 75 123 456 74", "FR_NIR" },
  { "SIRET 732 829 320 00075", "FR_SIRET" },
  { "TVA FR45732829320", "FR_VAT" },
  { "SSN 666-22-5314", "US_SSN" },
  /* the head of a longer grouped number (session 26, lead) */
  { "numéro unique de demande : 029 23 0912 44871", "US_SSN" },
  { "NINO GB123456C", "UK_NINO" },
  { "plaque SS-123-AB", "LICENSE_PLATE" },
  { "serial 732829320 in stock", "FR_SIREN" },
  { "20240315103201", "*" },
  /* words and prose */
  { "LE CLIENT A APPELÉ LE SERVICE APRÈS-VENTE POUR UNE RÉCLAMATION.", "*" },
  { "password: please reset it", "SECRET" },
  { "PASSWORD=${DB_PASSWORD}", "SECRET" },
  { "token: <your token here>", "SECRET" },
  /* an example file's instructions where the value goes */
  { "JWT_SECRET=generate-with-openssl-rand-hex-32", "SECRET" },
  { "      POSTGRES_PASSWORD: ${DB_PASSWORD:?définir DB_PASSWORD dans .env}", "SECRET" },
  { "He may be late, 5 may not be enough.", "DATE" },
  { "depuis mars 2024", "DATE" },
  { "open 24/7, ratio 1/2, page 3/4", "DATE" },
  { "mars 16 10:32:01 pc systemd[1]: Started", "DATE" },
  { "Nous avons 12000 Clients en France", "POSTAL_ADDRESS" },
  { "icon@2x.png", "EMAIL" },
  { "MP3 4KB file", "POSTAL_ADDRESS" },
  { "from 10 AM 12 people", "LICENSE_PLATE" },
  { "cd $(pwd)", "SECRET" },
  { "STRIPE_PUBLISHABLE_KEY=pk_live_51P5gRkJSHNbXTzpO7m0B2aYvQ1s", "SECRET" },
  { "votre mot de passe sera mémorisé", "SECRET" },
  /* the account whose password it is, reached through a preposition; a metavariable */
  { "Saisir le nouveau mot de passe du super-utilisateur : ", "SECRET" },
  { "Password for user-admin:", "SECRET" },
  { "Le mot de passe du compte-invité a expiré.", "SECRET" },
  { "  --password=MOT_DE_PASSE     définir le MOT_DE_PASSE pour FTP et HTTP", "SECRET" },
  { "A signed 32-bit integer runs from −2 147 483 648 to 2 147 483 647.", "*" },
  { "Your current account ending 6619", "CUSTOMER_ID" },
  { "le numéro de la page de l'article : 1043", "CUSTOMER_ID" },
  { "the user opened 4471 files", "CUSTOMER_ID" },
  { "USER 1000\nFILE 2048", "CUSTOMER_ID" },
  { "Commande passée le 3 mars par téléphone : 12 articles", "CUSTOMER_ID" },
  { "GET /api/v2/factures?client=1187 HTTP/1.1", "*" },
  { "| ID | Name |\n10231      Emeka      Obi\n", "POSTAL_ADDRESS" },
  { "Kering 3 %, LVMH 2 %", "POSTAL_ADDRESS" },
  { "CALLER: SA1 8PW.", "POSTAL_ADDRESS" },
  { "Tuesday 5pm slot, Friday, 8am–8pm", "DATE" },
  { "exp 08/27, lot 11/24, 22/7 ≈ π", "DATE" },
  { "Place of birth: Hai Phong\nIssued: 14/03/2021", "DATE_OF_BIRTH" },
  { ">>> len(customers), len(orders)\n(5210, 18833, 0)\n", "CUSTOMER_ID" },
  { "Réf.      EAN13            Désignation", "*" },
  { "Automatically generated by Pandoc 2.14.0.3 (since dpkg 1.4.1.19)", "*" },
  { "lvm-toolchain-snapshot (1:14~++20220123085548+413684313)", "PHONE" },
  { "echo 0123456789 | tr", "PHONE" },
  { "postgres://user:pass@localhost/db", "SECRET" },
  { "  KEYWORDS: sqlite3_version sqlite3_source", "SECRET" },
  { "        password = new(hash_name, password)", "SECRET" },
  { "struct passwd *getpwent (void);", "SECRET" },
  { "in order to satisfy XPG4.2 requirements", "CUSTOMER_ID" },
  { "distribué sous licence GPL-3.0", "CUSTOMER_ID" },
  { "Driving licence number: MORGA753116SM9IJ", "CUSTOMER_ID" },
  { "sub_total_amount = 12; cus_abcdefghijklmnop", "CUSTOMER_ID" },
  { "ref;nom;catégorie;stock;prix\nPDT-001;Charlotte;pommes de terre;120;2,40\n", "CUSTOMER_ID" },
  { "INSERT INTO events (id, title, day) VALUES (1, 'Salon', '2024-01-09');", "DATE_OF_BIRTH" },
  { "Lieu de naiss. : Angers, le 19/01/2024", "DATE_OF_BIRTH" },
  { "Ville\tDate d'ouverture (JJ/MM/AAAA)\nLyon\t04/11/1990\nNantes\t17/02/1958\n",
    "DATE_OF_BIRTH" },
  { "invoiceDate: 2024-07-09, updateDate: 2024-07-10", "DATE_OF_BIRTH" },
  { "total 1 234,56 € soit +12,5 % sur un an", "PHONE" },
  { "Order Date,Total,Date d'adhésion\n2025-02-11,£42.00,2024-01-09\n", "CUSTOMER_ID" },
  { "pi vaut 3,1415-ish et 2,5/10", "DATE" },
  { "le badge 2024 du salon est prêt, France Travail recrute", "CUSTOMER_ID" },
  /* a date in another column of an aligned table, however near a birth column */
  { "Nom          Inscrit le    Né le\nDUPONT       12/03/2024    \nMARTIN       01/02/2024    \n",
    "DATE_OF_BIRTH" },
  { "Ref: CVE-2008-1372. Updated to Policy 3.6.1.1 (policy 10.1)", "CUSTOMER_ID" },
  /* Look-alikes beside the new lead-ins. */
  { "Ticket #4471 – accès serveur", "CUSTOMER_ID" },
  { "Fixed the export (#48213, ticket ENG-22817)", "CUSTOMER_ID" },
  { "Pour postuler, rappelez la référence GS-2025-118.", "CUSTOMER_ID" },
  { "Référence produit n° 4471", "CUSTOMER_ID" },
  { "Booking: CONFIRMED for 2 guests", "CUSTOMER_ID" },
  { "Employee since;Team\n2024;Sales\n", "CUSTOMER_ID" },
  { "Reservation date;Name\n2025-03-01;x\n", "CUSTOMER_ID" },
  { "Staff no. 12 and 14 attended", "CUSTOMER_ID" },
  { "commande de 25000 unités livrée", "CUSTOMER_ID" },
  { "Le chiffre d'affaire : 125000 en 2025", "CUSTOMER_ID" },
  { "| Client | Commande | Total |\n|---|---|---|\n", "CUSTOMER_ID" },
  { "Abonnement 2025-2026 renouvelé", "CUSTOMER_ID" },
  { "680 000 clients, 12 000 commandes", "CUSTOMER_ID" },
  { "Dossier client : 680 000 € d'encours", "CUSTOMER_ID" },
  { "Référence : TK-450-FR    Code EAN : 3760123450017", "LICENSE_PLATE" },
  { ".It Li elf_shnum Ta 32768 Ta max ELF sections", "POSTAL_ADDRESS" },
  /* structured generalisation (session 4): look-alikes */
  { "le 2 juin 1943 rue du Four, une librairie ferme", "POSTAL_ADDRESS" },
  { "INSERT INTO orders (id, account_balance, order_total) VALUES (1, '1250.50', '84.90');",
    "CUSTOMER_ID" },
  { "{\"product\": {\"reference\": \"CHAUSSURE\", \"price\": 49}}", "CUSTOMER_ID" },
  { "lot 560102, EAN 3017620422003, batch 884213", "POSTAL_ADDRESS" },
  { "commit 9c1d0b7e2a43f5d8b6e0a1c2d3f4e5a6b7c8d9e0 is live, md5 5d41402abc4b2a76b9719d911017c592",
    "SECRET" },
  { "we walked 20 min along the st", "POSTAL_ADDRESS" },
  { "retry with the idempotency key 7c9e6679-7425-40de-944b-e07fc1f90ae7 please", "SECRET" },
  { "Test case,Result,Owner\nTC-0412,pass,ci\nTC-0413,fail,ci\n", "CUSTOMER_ID" },
  { "Nom;Date anniversaire contrat;Tél\nDURAND;12/08/2025;06 12 34 56 78\n", "DATE_OF_BIRTH" },
  { "numéro de carte d'identité : 880692310285", "CUSTOMER_ID" },
  /* (g24b-keys) "user": {"id": …} is a user's id as "user_id" is (json-person-id, its parent key);
   * an order's or an account's object may be a firm's */
  { "{\"order\": {\"id\": 448812}}", "CUSTOMER_ID" },
  { "Note 11/15 au contrôle", "DATE" },
  { "ref 0412 555 716 555", "PHONE" },
  /* a program's version after "APT"; sizes in MiB */
  { "APT 2.6.1                        04 avril 2019           APT-TRANSPORT-HTTP(1)",
    "POSTAL_ADDRESS" },
  { "over 4020 MiB, the limit is set to 4020 MiB.", "POSTAL_ADDRESS" },
  { "une machine de 1536 Mio de mémoire", "POSTAL_ADDRESS" },
  /* a shell script's positional parameters and variables */
  { "versions=\"$2 $3 $4 $5 $6\"", "AMOUNT" },
  { "echo 5 $HOME 7 ${PATH}", "AMOUNT" },
  /* a colour's three bytes (X11's rgb.txt), Luhn-valid by chance */
  { "255 250 250\t\tsnow\n248 248 255\t\tghost white\n", "FR_SIREN" },
  /* a port after psql's and smbclient's "-p"; curl's "-p" takes no value */
  { "psql -h db.internal -p 5432 -U app shop", "SECRET" },
  { "smbclient //nas/share -p 445 -U bob", "SECRET" },
  { "curl -p -x proxy.internal:3128 https://example.org/status", "SECRET" },
  /* look-alikes of the rules above */
  { "CHI 1104520388 checked", "PHONE" },
  { "NHS number (optional): 943 476 5919", "PHONE" },
  { "Order 6741 2290 shipped", "PHONE" },
  { "part 312 555 0148 in stock", "PHONE" },
  { "Tél. 0800 000 000", "PHONE" },
  { "accepte H2J 1M5 pour le Canada, 1010 pour la Nouvelle-Zélande, H2J 1M5 pour",
    "POSTAL_ADDRESS" },
  { "3 port Ethernet Gigabit", "POSTAL_ADDRESS" },
  { "réf. RT-8080 (lot de 50)", "CUSTOMER_ID" },
  /* a property is a thing; its tenancy ("tenancy_id") is one tenant's contract */
  { "\"property_id\": \"P-2291\"", "CUSTOMER_ID" },
  { "policy 3.6.1.1 applies", "CUSTOMER_ID" },
  { "Place de la Gare 2 fois par jour", "POSTAL_ADDRESS" },
  { "B-20311        Rouleau thermique", "POSTAL_ADDRESS" },
  { "We met at the Manor, Kent said.", "POSTAL_ADDRESS" },
  { "lot 02 506 96 11 22", "PHONE" },
  { "le 20e siècle, du 15e et du 16e arrondissement", "AMOUNT" },
  { "[14/Mar/2025:10:22:31 +0100] GET /", "DATE" },
  { "Licence: MORGA657054SM9IJ", "CUSTOMER_ID" },
  { "Driving licence no.: HOLLO761123JA9XY", "CUSTOMER_ID" },
  { "Jan 12 10:22:31 host app[22]: a:b:c:d\n", "SECRET" },
  { "localhost:5432:*:postgres:*\n", "SECRET" },
  { "batch 12-04-26 / 2026041288 done", "CUSTOMER_ID" },
  { "lot 074-2231908812 shipped", "CUSTOMER_ID" },
  { "a sort code and account (e.g. 20-00-00 / 12345678)", "CUSTOMER_ID" },
  { "  DSN: "
    "cG9zdGdyZXM6Ly9kYi5pbnRlcm5hbDo1NDMyL2FwcA==\n",
    "SECRET" },
  /* a shop's receipt, an API reference's "Property" column, a list item "b.", three digits
   * alone, a phone carrier */
  { "Receipt 4471 for two coffees, receipt no. 88123", "CUSTOMER_ID" },
  { "Property,Type,Default\n\"Max Width\",int,0\n\"3 bedrooms\",text,\n", "POSTAL_ADDRESS" },
  { "a. 01/02/2026 filed\nitem b. 12/03/2020 paid", "DATE_OF_BIRTH" },
  { "matricule 400 du véhicule, carte n° 3 du jeu", "CUSTOMER_ID" },
  { "Switch to O2/EE now, O5/45 left", "DATE" },
  { "Pages 4p to 6p of the booklet", "AMOUNT" },
  /* session 11: a software licence, a federation's licence, a NIR beside another month's
   * date, a permission column */
  { "licence ABX-2291-PRO (Windows), licence 5301772 (FFT)", "ID_DOCUMENT" },
  { "GUILLOU;Yvette;03/07/2026;2 31 06 29 019 044 87;ch. 12", "DATE_OF_BIRTH" },
  { "INSERT INTO files (id, permissions) VALUES (1, 'rw-r--r--1234');", "ID_DOCUMENT" },
  { "Bosch part 0 986 494 208, ref 03 379 4410", "PHONE" },
  { "Qty Price\n12 34 56 78 €\n", "PHONE" },
  { "\"POST /reset-password HTTP/2.0\" 302 0", "SECRET" },
  { "JWT_SECRET=generate-with-openssl-rand-hex-32", "SECRET" },
  { "POSTGRES_PASSWORD: ${DB_PASSWORD:?définir DB_PASSWORD dans .env}", "SECRET" },
  { "QUEUE_URL: amqp://guest:guest@rabbitmq:5672", "SECRET" },
  { "take the R44 to Stellenbosch, then onto R62", "AMOUNT" },
  { "Ref CAD-7731, lot EUR-2291", "AMOUNT" },
  { "Build 2026.11.04-rc3, Ubuntu 20.10 and version 2.10 le 3.45 kg", "DATE" },
  { "2 climatiseurs split 12000 BTU", "POSTAL_ADDRESS" },
  { "Name,Addressee,City\nAnn Roy,Ann Roy,Leeds\n", "POSTAL_ADDRESS" },
  /* placeholders */
  { "Bonjour [PERSON_1], votre IBAN [IBAN_2] et [EMAIL_1].", "*" },
  { "appelez [PHONE_12] ou [DATE_3]", "*" },
  { "\"pet\":{\"name\":\"Mochi\",\"species\":\"cat\",\"dob\":\"2022-03-01\"}", "DATE_OF_BIRTH" },
  { "Population: Texas 75001 people", "POSTAL_ADDRESS" },
  { "10/14 of the candidates passed, 12/16 in the second round", "DATE" },
  { "15 U.S.C. § 1692e(11), the mini-Miranda", "AMOUNT" },
  { "FR76 3000 4012 3400 0123 4567 863    # clé mod 97 fausse", "CREDIT_CARD" },
  { "Entre le 120e et le 60e jour avant l'expiration", "AMOUNT" },
  { "OBX|1|NM|GLU^Glucose||19621008|mg/dL", "DATE_OF_BIRTH" },
  /* g12-addr: opening hours and a loan's rate are no dates; a district's name and a number
   * in prose are no estate's lot */
  { "Hours: Mon–Wed 9:30–5, Thu–Fri 9:30–7, Sat 9–1 (closed Sundays).", "DATE" },
  { "Office hours Mon-Fri 9-8, Sat 9-5, Sun closed.", "DATE" },
  { "Principal $25,000.00 · APR 5.99% · Term 72 months", "DATE" },
  { "le Quartier Latin, 5 minutes à pied de la gare", "POSTAL_ADDRESS" },
  /* g12-addr: an old year after "In" is no Belgian postcode; samples after "e.g." are
   * nobody's numbers; a survey's "IP Address" column is no street */
  { "In 1747 James Lind, a surgeon aboard HMS Salisbury, divided twelve sailors",
    "POSTAL_ADDRESS" },
  { "\"pt_phone\",\"screening\",\"text\",\"Mobile\",\"e.g. +44 7700 900000\",\"phone\"", "PHONE" },
  { "Téléphone portable (ex. 06 12 34 56 78) :", "PHONE" },
  { "Mobile, e.g. 07700 900456, or landline", "PHONE" },
  { "StartDate,EndDate,IPAddress,Progress\n\"Start Date\",\"End Date\",\"IP Address\","
    "\"Progress\"\n2026-02-11 09:14:03,2026-02-11 09:22:47,81.103.44.212,100\n",
    "POSTAL_ADDRESS" },
};

static GPtrArray *
scan_values (const char *text, const char *type_name);

/* (g23-refs2) A sort code before its account is the bank's branch: the label's rule leaves it
 * and the account stays the person's; an SQL column named after a person's attribute row
 * ("student_address_id", "member_status_id") numbers that row or its kind, not the person. */
static void
test_g23_sort_codes_attribute_rows (void)
{
  static const struct
  {
    const char *text, *value;
    gboolean expect;
  } cases[] = {
    { "Payee acct: 11-92-57 60318842 (joint)", "60318842", TRUE },
    { "Payee acct: 11-92-57 60318842 (joint)", "11-92-57", FALSE },
    { "Second account 40-17-22 / 91460273 closed in March", "40-17-22", FALSE },
    { "Second account 40-17-22 / 91460273 closed in March", "91460273", TRUE },
    { "Client no 52-0419 for the booking", "52-0419", TRUE },
    { "INSERT INTO student_address (student_address_id, student_id, first_name, last_name, "
      "birth_date) VALUES\n(55012, 3308, 'Rowan', 'Pickett', '2011-04-09'),\n(55013, 3309, "
      "'Maisie', 'Ollerton', '2010-12-30');",
      "55012", FALSE },
    { "INSERT INTO student_address (student_address_id, student_id, first_name, last_name, "
      "birth_date) VALUES\n(55012, 3308, 'Rowan', 'Pickett', '2011-04-09'),\n(55013, 3309, "
      "'Maisie', 'Ollerton', '2010-12-30');",
      "3308", TRUE },
    { "INSERT INTO member_flag (member_id, first_name, last_name, member_status_type_id) "
      "VALUES\n(48810, 'Tomasz', 'Wierzbicki', 17),\n(48811, 'Ines', 'Valcourt', 18);",
      "17", FALSE },
    { "INSERT INTO member_flag (member_id, first_name, last_name, member_status_type_id) "
      "VALUES\n(48810, 'Tomasz', 'Wierzbicki', 17),\n(48811, 'Ines', 'Valcourt', 18);",
      "48810", TRUE },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (VoileScanResult) r = voile_engine_scan (
          voile_engine_get_default (), cases[i].text, strlen (cases[i].text), VOILE_TYPE_MASK_ALL);
      gboolean hit = FALSE;
      for (guint k = 0; k < r->findings->len; k++)
        {
          VoileFinding *f = &g_array_index (r->findings, VoileFinding, k);
          hit |= f->type == VOILE_TYPE_CUSTOMER_ID && f->end - f->start == strlen (cases[i].value)
                 && memcmp (cases[i].text + f->start, cases[i].value, f->end - f->start) == 0;
        }
      if (hit != cases[i].expect)
        g_error ("«%s» in «%s»: found %d, expected %d", cases[i].value, cases[i].text, hit,
                 cases[i].expect);
    }
}

/* session 21 (g21-addr): the towns of HL7's addresses; venues, a foster family's cell, a
 * street's type after a comma and a state's abbreviation are no towns */
static void
test_g21_locations (void)
{
  static const struct
  {
    const char *text, *value;
    gboolean town;
  } cases[] = {
    { "PID|1||88120431^^^CHR^PI||MOREAU^ALICE^^^MME||19750214|F|||8 RUE DES TANNEURS^^"
      "QUIMPERLE^^29300^FRA^H||0298114720\r",
      "QUIMPERLE", TRUE },
    { "NK1|1|DUVAL^HENRI|FTH|14 chemin du Lavoir^Bât 2^Pontivy^^56300|0297250114\r", "Pontivy",
      TRUE },
    { "INSERT INTO rdv (id, patient, lieu, duree) VALUES\n(7, 'Lucas Perrin', 'Atelier "
      "poterie', 60),\n(8, 'Inès Roy', 'Clinique du Parc', 30);",
      "Atelier", FALSE },
    { "\"Nom\";\"Prénom\";\"Lieu d'accueil\"\n\"TRAORE\";\"Awa\";\"AF Mme Lefort "
      "(Villepinte)\"\n",
      "AF", FALSE },
    { "Adresse : Immeuble Nour, appt 3, Av Hassan II, 10000 Rabat", "Av Hassan II", FALSE },
    { "Envío: Calle Hidalgo 412, 44100 Guadalajara, Jal.", "Jal", FALSE },
    /* session 23 (g23-addr): a table of places' figures (a column keyed by the city
     * column's word and its code) names no one's town; a birth place's abbreviated header */
    { "city_id,city,population,area_km2\n4107,Kitwe,517543,777\n4108,Ndola,475194,1103\n", "Kitwe",
      FALSE },
    { "name,city,phone\nMwila Banda,Kitwe,0977 123 456\nChanda Mulenga,Ndola,0966 222 333\n",
      "Kitwe", TRUE },
    { "NOM,PRENOM,DATE_NAISS,LIEU_NAISS\nDUVAL,Hugo,12/03/2014,Quimper\nMARTIN,Léa,"
      "04/11/2014,Vannes\n",
      "Quimper", FALSE },
    /* (session 25, g25-addr) the city of a US address written as a record's fields, its
     * state and ZIP the next two (X12's N4, EDIFACT's NAD, a form's pipes); not a code's
     * field before a state-like pair */
    { "N3*918 NW LOVEJOY ST STE 4~\nN4*BEAVERTON*OR*970052211~\n", "BEAVERTON", TRUE },
    { "NAD+UD+++TRAN:MINH+6604 S KEDZIE AVE APT 2B+EVERGREEN PARK+IL+60805+USA'\n",
      "EVERGREEN PARK", TRUE },
    { "Mailing address: 2810 GLENWOOD DR | LAS CRUCES | NM | 88005-1417\n", "LAS CRUCES", TRUE },
    { "CLM*A77120*125***11:B:1~\nREF*EI*MO*640152211~\n", "EI", FALSE },
    { "| Total paid | MO | 64015 |\n", "Total paid", FALSE },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (VoileScanResult) r = voile_engine_scan (
          voile_engine_get_default (), cases[i].text, strlen (cases[i].text), VOILE_TYPE_MASK_ALL);
      gboolean town = FALSE;
      for (guint k = 0; k < r->findings->len; k++)
        {
          VoileFinding *f = &g_array_index (r->findings, VoileFinding, k);
          town |= f->type == VOILE_TYPE_LOCATION && f->end - f->start == strlen (cases[i].value)
                  && memcmp (cases[i].text + f->start, cases[i].value, f->end - f->start) == 0;
        }
      if (town != cases[i].town)
        g_printerr ("towns: %s in «%s»\n", cases[i].value, cases[i].text);
      g_assert_true (town == cases[i].town);
    }
}

/* session 23 (g23-addr): a number right after a person's name found, in a phone's groups (a
 * national number from its 0; pairs, 3-4, 4-3, 4-4, 5-5 without one), bare, in brackets,
 * after a role in brackets or across an aligned column's gap; not a sort code, a date in
 * pairs, years nor a sum after a name */
static void
test_g23_person_phones (void)
{
  static const struct
  {
    const char *text, *value;
    gboolean phone;
  } cases[] = {
    { "Agent de liaison : Paul Martin (46 22 18) passera lundi.", "46 22 18", TRUE },
    { "Next of kin: John Banda 0881 204 377 (brother)", "0881 204 377", TRUE },
    { "Escort: Mr. David Kumar (98104 22731) came with her.", "98104 22731", TRUE },
    { "Driver  Peter Wilson (logistics)     6321 774\n", "6321 774", TRUE },
    { "Payee: Sarah Jones 20-45-77 (sort code)", "20-45-77", FALSE },
    { "Présents : Jean Dupont 14 06 26 à la réunion", "14 06 26", FALSE },
    { "Supervisor: Sarah Miller 2019 2023 (tenure)", "2019 2023", FALSE },
    { "Paid to Kevin Brown 2 450 000 last year", "2 450 000", FALSE },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (VoileScanResult) r = voile_engine_scan (
          voile_engine_get_default (), cases[i].text, strlen (cases[i].text), VOILE_TYPE_MASK_ALL);
      gboolean phone = FALSE;
      for (guint k = 0; k < r->findings->len; k++)
        {
          VoileFinding *f = &g_array_index (r->findings, VoileFinding, k);
          phone |= f->type == VOILE_TYPE_PHONE && f->end - f->start == strlen (cases[i].value)
                   && memcmp (cases[i].text + f->start, cases[i].value, f->end - f->start) == 0;
        }
      if (phone != cases[i].phone)
        g_printerr ("person phones: %s in «%s»\n", cases[i].value, cases[i].text);
      g_assert_true (phone == cases[i].phone);
    }
}

/* session 23 (g23-dates): birth dates told by structure (a CSV under a quoted caption, a key
 * cutting "naissance" short, a list of children under the line naming them), not a
 * practitioner's visit; amounts by their shapes (a currency code after a postcode-like sum,
 * crypto-assets, East Africa's shillings, a magnitude after one dollar digit), not return
 * codes; a token's expiry timestamp; a code told secret */
static void
test_g23_dates (void)
{
  static const struct
  {
    const char *text, *type, *value;
    gboolean expected;
  } cases[] = {
    { "\"Creche Les Lucioles, liste des inscrits, rentree 2026, au 01/09/2026\"\n"
      "\"Nom\",\"Prenom\",\"Date de naissance\",\"Groupe\"\n"
      "\"Morel\",\"Ines\",\"14/02/2024\",\"Bebes\"\n"
      "\"Dutilleul\",\"Sacha\",\"03/11/2023\",\"Moyens\"\n",
      "DATE_OF_BIRTH", "14/02/2024", TRUE },
    { "{\"nomUsuel\": \"Perrin\", \"dateNais\": \"1998-07-21\", \"ville\": \"Tours\"}",
      "DATE_OF_BIRTH", "1998-07-21", TRUE },
    { "NUM_DOSSIER;NOM;DT_NAI;COMMUNE\n88412;FABRE;21/07/1998;Albi\n88413;ROUX;02/12/1997;Rodez\n",
      "DATE_OF_BIRTH", "02/12/1997", TRUE },
    { "Household of 14 May 2026.\nChildren in the household:\n  Grace Mensah \xe2\x80\x93 "
      "11/02/2017\n"
      "  Kwame Mensah \xe2\x80\x93 23/08/2020\n",
      "DATE_OF_BIRTH", "23/08/2020", TRUE },
    { "Note du 02/03/2026. Mme Laure Brossard a deux enfants inscrits au centre\n"
      "(Camille Brossard, 03/04/2016 ; Hugo Brossard, 21/09/2019). Dossier complet.",
      "DATE_OF_BIRTH", "21/09/2019", TRUE },
    { "Ward round 14/11/2026. Baby boy Otieno reviewed.\n- Baby Otieno: seen with Dr Wanjala "
      "12/11/2026, feeding well.",
      "DATE_OF_BIRTH", "12/11/2026", FALSE },
    { "Child health clinic - bookings for 14/11/2026\n  Amy Lee \xe2\x80\x93 14/11/2026\n",
      "DATE_OF_BIRTH", "14/11/2026", FALSE },
    { "Point du 02/03/2026 sur les enfants du quartier.\nRendez-vous pris avec Mme Odile "
      "Ferrand, 12/03/2026.",
      "DATE_OF_BIRTH", "12/03/2026", FALSE },
    { "Re\xc3\xa7u 15000 XPF en esp\xc3\xa8"
      "ces le 3 mars.",
      "AMOUNT", "15000 XPF", TRUE },
    { "Re\xc3\xa7u 15000 XPF en esp\xc3\xa8"
      "ces le 3 mars.",
      "POSTAL_ADDRESS", "15000 XPF", FALSE },
    { "Return reasons: R01 insufficient funds, R07 authorization revoked, R10 not authorized.",
      "AMOUNT", "R10", FALSE },
    { "Return reasons: R01 insufficient funds, R07 authorization revoked.", "AMOUNT", "R07",
      FALSE },
    { "We paid R350 for the transport to the clinic.", "AMOUNT", "R350", TRUE },
    { "Consultation fee TSh 12,000 paid at the window.", "AMOUNT", "TSh 12,000", TRUE },
    { "The client sent 0.0375 BTC, then 0.00081234 ETH.", "AMOUNT", "0.00081234 ETH", TRUE },
    { "Payout of 1,250 USDT to the wallet.", "AMOUNT", "1,250 USDT", TRUE },
    { "Tiers: $3k to $8m per client.", "AMOUNT", "$3k", TRUE },
    { "Tiers: $3k to $8m per client.", "AMOUNT", "$8m", TRUE },
    { "echo $1 $2 > out.txt", "AMOUNT", "$1", FALSE },
    { "{\"token\": \"tok_1\", \"expiry\": \"2027-01-31T00:00:00Z\"}", "DATE", "2027-01-31", FALSE },
    { "Webinaire : ID 831 2204 5567, code secret : Lagon-2291!", "SECRET", "Lagon-2291!", TRUE },
    { "Le code secret de votre carte est personnel.", "SECRET", "personnel.", FALSE },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (VoileScanResult) r = voile_engine_scan (
          voile_engine_get_default (), cases[i].text, strlen (cases[i].text), VOILE_TYPE_MASK_ALL);
      gboolean hit = FALSE;
      for (guint k = 0; k < r->findings->len; k++)
        {
          VoileFinding *f = &g_array_index (r->findings, VoileFinding, k);
          hit |= strcmp (voile_type_get_name (f->type), cases[i].type) == 0
                 && f->end - f->start == strlen (cases[i].value)
                 && memcmp (cases[i].text + f->start, cases[i].value, f->end - f->start) == 0;
        }
      if (hit != cases[i].expected)
        g_printerr ("g23-dates: %s %s %s in «%s»\n", cases[i].expected ? "missed" : "found",
                    cases[i].type, cases[i].value, cases[i].text);
      g_assert_true (hit == cases[i].expected);
    }
}

/* session 21 (g21-addr): a child's birth date after their name, found by the names, on a
 * line naming the children; not a date after an adult's name in a reminder */
static void
test_g21_children_birth_dates (void)
{
  static const struct
  {
    const char *text, *value;
    gboolean birth;
  } cases[] = {
    { "Réunion du 12/03/2026.\nEnfants du foyer : Mme Chloé Vasseur, 30 ans ; ses enfants "
      "Yanis Vasseur (08/09/2017) et Maëlle Vasseur (21/01/2023).",
      "21/01/2023", TRUE },
    { "Meeting of 14 May 2026.\nSiblings: Amara Osei, 19/10/2016; Kofi Osei, 02/06/2020\n",
      "02/06/2020", TRUE },
    { "Relance du 12/03/2026 à Mme Odile Ferrand (04/07/2025), sans réponse.", "04/07/2025",
      FALSE },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (VoileScanResult) r = voile_engine_scan (
          voile_engine_get_default (), cases[i].text, strlen (cases[i].text), VOILE_TYPE_MASK_ALL);
      gboolean birth = FALSE;
      for (guint k = 0; k < r->findings->len; k++)
        {
          VoileFinding *f = &g_array_index (r->findings, VoileFinding, k);
          birth |= f->type == VOILE_TYPE_DATE_OF_BIRTH
                   && f->end - f->start == strlen (cases[i].value)
                   && memcmp (cases[i].text + f->start, cases[i].value, f->end - f->start) == 0;
        }
      if (birth != cases[i].birth)
        g_printerr ("children's dates: %s in «%s»\n", cases[i].value, cases[i].text);
      g_assert_true (birth == cases[i].birth);
    }
}

static GPtrArray *
scan_values (const char *text, const char *type_name)
{
  g_autoptr (VoileScanResult) r
      = voile_engine_scan (voile_engine_get_default (), text, strlen (text), STRUCTURED_MASK);
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < r->findings->len; i++)
    {
      VoileFinding *f = &g_array_index (r->findings, VoileFinding, i);
      if (type_name == NULL || strcmp (type_name, "*") == 0
          || strcmp (voile_type_get_name (f->type), type_name) == 0)
        g_ptr_array_add (values, g_strdup_printf ("%s=%.*s", voile_type_get_name (f->type),
                                                  (int)(f->end - f->start), text + f->start));
    }
  return values;
}

static char *
describe (GPtrArray *values)
{
  g_ptr_array_add (values, NULL);
  char *s = g_strjoinv (" | ", (char **)values->pdata);
  g_ptr_array_remove_index (values, values->len - 1);
  return s;
}

static void
test_found (void)
{
  guint failures = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (found); i++)
    {
      g_autoptr (GPtrArray) values = scan_values (found[i].text, NULL);
      g_autofree char *want = g_strdup_printf ("%s=%s", found[i].type, found[i].value);
      gboolean ok = FALSE;
      for (guint k = 0; k < values->len; k++)
        ok |= strcmp (values->pdata[k], want) == 0;
      if (!ok)
        {
          g_autofree char *got = describe (values);
          g_printerr ("MISSED %s in «%s»; got: %s\n", want, found[i].text, got);
          failures++;
        }
    }
  g_assert_cmpuint (failures, ==, 0);
}

static void
assert_customer_id (const char *text, const char *value);

/* (g21-shapes) The shape columns of a table aligned with spaces (a fixed-width report, an
 * admin panel's paste), read by their header's columns as the delimited ones are. */
static void
test_g21_aligned_shape_columns (void)
{
  static const struct
  {
    const char *text, *value; /* value NULL: no CUSTOMER_ID at all */
  } cases[] = {
    { "Year 9 options\n\nUPN              Surname      Forename    Option A     Option B\n"
      "K823401100517    Okonkwo      Chidi       Geography    Art\n"
      "K823401100622    Fairbairn    Isla        History      Music\n"
      "K823401100734    McAllister   Ruaridh     Geography    Drama\n"
      "K823401100891    Nowak        Zofia       History      Art\n",
      "K823401100734" },
    { "Liste des familles\n\nNUMCAF        NOM             Pr\xc3\xa9nom       Commune\n"
      "8830417K      LEFEBVRE        Ma\xc3\xablle       Amiens\n"
      "8830522K      BENSA\xc3\x8f"
      "D         Yanis        Abbeville\n"
      "8830609K      CARVALHO        In\xc3\xa8s         Amiens\n"
      "8830715K      DUBOIS          Marc         P\xc3\xa9ronne\n",
      "8830609K" },
    /* a thing's column, the rows counted, a grouping's values met twice */
    { "Shift allocation\n\nSurname       Forename    Machine       Shift\n"
      "Okonkwo       Chidi       PRS-0044187   Early\nFairbairn     Isla        PRS-0044210   "
      "Late\n"
      "McAllister    Ruaridh     PRS-0044305   Night\nNowak         Zofia       PRS-0044390   "
      "Early\n",
      NULL },
    { "Squad list\n\nPos   Surname       Forename    Group\n0311  Okonkwo       Chidi       G1\n"
      "0312  Fairbairn     Isla        G1\n0313  McAllister    Ruaridh     G2\n"
      "0314  Nowak         Zofia       G2\n",
      NULL },
    { "Cohort list\n\nCohort        Surname       Forename    Site\n"
      "CH-2026041    Okonkwo       Chidi       Leeds\nCH-2026041    Fairbairn     Isla        "
      "York\n"
      "CH-2026052    McAllister    Ruaridh     Leeds\nCH-2026052    Nowak         Zofia       "
      "York\n",
      NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_customer_id (cases[i].text, cases[i].value);
}

/* (g21-shapes) A reference found with a system's prefix makes the text's other values of that
 * prefix and tail the same system's references ("duplicate of MBR-0051977"), whatever word
 * stands before them; not a tail of another length, one glued to more, a one-letter prefix. */
static void
test_g21_reference_siblings (void)
{
  static const struct
  {
    const char *text, *value;
    guint count; /* CUSTOMER_ID findings */
  } cases[] = {
    { "Membership no: MBR-0048213\nLooks like a duplicate of MBR-0051977 (same phone), "
      "merge into MBR-0048213.\n",
      "MBR-0051977", 3 },
    /* the last run a digit longer or shorter, joins alike */
    { "N\xc2\xb0 allocataire : ALC-26-004417\nDoublon : ALC-26-0044190, \xc3\xa0 fusionner.\n",
      "ALC-26-0044190", 2 },
    { "Case ref: KWT-PL-220184\nSee also\n1. KWT-PL-220311 (closed)\n2. KWT-PL-22042 (open)\n",
      "KWT-PL-22042", 3 },
    /* tails of another length or shape, glued values, another prefix */
    { "Membership no: MBR-0048213\nMBR-00519 and MBR-4401 were tests; file MBR-0051977-B.pdf, "
      "mbr-0051977, XMBR-0051977.\n",
      "MBR-0048213", 1 },
    /* one letter is no system's prefix */
    { "Client no: C-204417\nRoom C-204418 is booked.\n", "C-204417", 1 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GPtrArray) values = scan_values (cases[i].text, "CUSTOMER_ID");
      g_autofree char *want = g_strdup_printf ("CUSTOMER_ID=%s", cases[i].value);
      gboolean ok = FALSE;
      for (guint k = 0; k < values->len; k++)
        ok |= strcmp (values->pdata[k], want) == 0;
      if (!ok || values->len != cases[i].count)
        {
          g_autofree char *got = describe (values);
          g_printerr ("siblings: want %s (%u) in «%s»; got: %s\n", want, cases[i].count,
                      cases[i].text, got);
        }
      g_assert_true (ok);
      g_assert_cmpuint (values->len, ==, cases[i].count);
    }
}

/* A reference found by its label is the same person's where the text writes it again
 * ("Sortie n°0041", "badge BDG-00518"), but not inside a longer value nor as a year. */
static void
test_reference_mentions (void)
{
  g_autoptr (GPtrArray) register_values
      = scan_values ("MARCHAND Lise, matricule : 0041\nSortie n°0041 : fin de CDD.", "CUSTOMER_ID");
  g_autoptr (GPtrArray) badge_values = scan_values (
      "n° adhérent BDG-00518\nle badge BDG-00518 ne s'ouvre plus ; BDG-00518-B est l'ancien.",
      "CUSTOMER_ID");

  g_assert_cmpuint (register_values->len, ==, 2);
  g_assert_cmpstr (register_values->pdata[1], ==, "CUSTOMER_ID=0041");
  g_assert_cmpuint (badge_values->len, ==, 2);
}

/* Opening hours before a street are no part of it: "14h-18h, 2 place …" gives the street
 * alone. */
static void
test_opening_hours_before_street (void)
{
  g_autoptr (GPtrArray) values = scan_values (
      "Billetterie : mardi au samedi 14h-18h, 2 place Jules-Grévy, et en ligne.", "POSTAL_ADDRESS");
  g_autofree char *got = describe (values);

  g_assert_cmpstr (got, ==, "POSTAL_ADDRESS=2 place Jules-Grévy");

  /* A time opening the part before the street: "11h" is no house number. */
  g_autoptr (GPtrArray) time_values = scan_values (
      "La cérémonie aura lieu à 11h en l'église Saint-Pierre-le-Jeune, 1 rue de la Nuée-Bleue, "
      "67000 Strasbourg.",
      "POSTAL_ADDRESS");
  g_autofree char *time_got = describe (time_values);

  g_assert_cmpstr (time_got, ==,
                   "POSTAL_ADDRESS=1 rue de la Nuée-Bleue | POSTAL_ADDRESS=67000 Strasbourg");
}

static void
test_not_found (void)
{
  guint failures = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (not_found); i++)
    {
      g_autoptr (GPtrArray) values = scan_values (not_found[i].text, not_found[i].type);
      if (values->len > 0)
        {
          g_autofree char *got = describe (values);
          g_printerr ("FALSE POSITIVE in «%s»: %s\n", not_found[i].text, got);
          failures++;
        }
    }
  g_assert_cmpuint (failures, ==, 0);
}

/* Layouts of forms, exports and pasted PDFs: address fields and blocks, other countries'
 * addresses, line breaks inside a value, OCR's O for 0, columns after an amount. */
static const Found found_in_layouts[] = {
  /* Other countries' phones and addresses (session 9) */
  { "Pay Bill from 254711903342 - AMINA W", "PHONE", "254711903342" },
  { "to,name,status\n447700900318,Gwen Parry,delivered\n", "PHONE", "447700900318" },
  { "her hp 9734 1186 ok", "PHONE", "9734 1186" },
  { "my number is 713 555 0148 again", "PHONE", "713 555 0148" },
  { "please call 1 888 555 0126 today", "PHONE", "1 888 555 0126" },
  { "my other line 0722 604 318 balance", "PHONE", "0722 604 318" },
  { "call me on 0906 221 4837", "PHONE", "0906 221 4837" },
  { "Blk 88 Tampines St 81\nSingapore 520088\n", "POSTAL_ADDRESS", "Singapore 520088" },
  { "4420 Main St\nVancouver V5V 3R1\n", "POSTAL_ADDRESS", "Vancouver V5V 3R1" },
  { "Adresse : 3 venelle des Lavandières\n", "POSTAL_ADDRESS", "3 venelle des Lavandières" },
  { "Home address: Flat 11, Weavers Court\n", "POSTAL_ADDRESS", "Flat 11, Weavers Court" },
  { "  \"address2\": \"Shop 3\",", "POSTAL_ADDRESS", "Shop 3" },
  { "\"ligne2\": \"chemin de la Rize\",", "POSTAL_ADDRESS", "chemin de la Rize" },
  { "\"complement\": \"La Saline les Hauts\",", "POSTAL_ADDRESS", "La Saline les Hauts" },
  { "the form had Home address: Flat 2, Banksia Court, which is old", "POSTAL_ADDRESS",
    "Flat 2, Banksia Court" },
  { "   Postcode: M4 6DE\n", "POSTAL_ADDRESS", "M4 6DE" },
  { "same address 10435 Montwood Dr El Paso TX 79935. thanks", "POSTAL_ADDRESS",
    "El Paso TX 79935" },
  { "Home: 3318 W 38th Ave, Apt 2, Denver CO 80211\n", "POSTAL_ADDRESS", "Denver CO 80211" },
  { "Residential address: 8/62 Ipswich Road\n", "POSTAL_ADDRESS", "8/62 Ipswich Road" },
  { "Mr. Dhaliwal, 35 Bluewater Cres, tue thu", "POSTAL_ADDRESS", "35 Bluewater Cres" },
  { "Attn: Accounts\n88 Karangahape Road\nAuckland 1010\n", "POSTAL_ADDRESS", "Auckland 1010" },
  { "Ship to\nDeborah Achterberg\nThe Old Forge\nChurch Street\nLedbury\nHR8 1DH\n",
    "POSTAL_ADDRESS", "The Old Forge" },
  { "Ship to\nDeborah Achterberg\nThe Old Forge\nChurch Street\nLedbury\nHR8 1DH\n",
    "POSTAL_ADDRESS", "Church Street" },
  { "Mr Wróbel\n27 Hollybush\nCrescent\nLEEDS LS7 3QN", "POSTAL_ADDRESS",
    "27 Hollybush\nCrescent" },
  { "Quartier Bellevue, 12 chemin\ndes Flamboyants\n97224 DUCOS", "POSTAL_ADDRESS",
    "12 chemin\ndes Flamboyants" },
  { "To: Unit 4, Millbrook Trade Park, Leeds LS12 6BW", "POSTAL_ADDRESS",
    "Unit 4, Millbrook Trade Park" },
  { "4521 rue Saint-Denis, Montréal (QC) H2J 2L4", "POSTAL_ADDRESS", "Montréal (QC) H2J 2L4" },
  { "ul. Wrocławska 17/4\n45-837 Opole\nPologne", "POSTAL_ADDRESS", "45-837 Opole" },
  { "Visa,4471,£60.00,0.00,1.05,58.95", "AMOUNT", "£60.00" },
  { "Date of birth: 04 08 2001\n", "DATE_OF_BIRTH", "04 08 2001" },
  { "Due date 14 O9 2026", "DATE", "14 O9 2026" },
  { "Fort-de-France, le 16/11/\n2026", "DATE", "16/11/\n2026" },
  { "IBAN FR76 3000 4028 3700 0104 58\n73 191 BIC BNPAFRPPXXX", "IBAN",
    "FR76 3000 4028 3700 0104 58\n73 191" },
  { "N° sécurité sociale : 2 79 04 972 13 061\n21", "FR_NIR", "2 79 04 972 13 061\n21" },
  { "ring the office on 091 562 207", "PHONE", "091 562 207" },
  { "[[\"email\", \"a\"], [\"password\", \"Hunter2x!9\"]]", "SECRET", "Hunter2x!9" },
  { "Our address is now 1220 Oak St, Vancouver V6H 1B2.", "POSTAL_ADDRESS", "Vancouver V6H 1B2" },
  { "the flat is at um postcode SE15 4QL near the park", "POSTAL_ADDRESS", "SE15 4QL" },
  { "Admissions Office\nAbbey Road, Malvern WR14 3HQ\n", "POSTAL_ADDRESS", "Abbey Road" },
  { "Ship to: 9 Kowhai Street, Ponsonby, Auckland 1011\n", "POSTAL_ADDRESS",
    "Ponsonby, Auckland 1011" },
  { "Mr Sato\n2-7-11 Ebisu\nShibuya-ku, Tokyo 150-0013\nJapan", "POSTAL_ADDRESS", "2-7-11 Ebisu" },
  { "Mr Sato\n2-7-11 Ebisu\nShibuya-ku, Tokyo 150-0013\nJapan", "POSTAL_ADDRESS",
    "Shibuya-ku, Tokyo 150-0013" },
  { "Therapist                  Client\nLic. 88213                 77 Ala Moana Blvd\n"
    "NPI 1497362851             Apt 904\n",
    "POSTAL_ADDRESS", "Apt 904" },
  { "New home: Kilimani Road, Apt 4C, Kilimani, Nairobi", "POSTAL_ADDRESS", "Apt 4C" },
  { "CABINET ALPHA SAS 12 rue de la\nPaix 44000 NANTES SIRET 83214765600017", "POSTAL_ADDRESS",
    "12 rue de la\nPaix" },
  { "CABINET ALPHA SAS 12 rue de la Paix 44000 NANTES SIRET 83214765600017", "POSTAL_ADDRESS",
    "44000 NANTES" },
  { "Mme Leroy\nLe Grand Pré 49080\nBouchemaine\n", "POSTAL_ADDRESS", "49080\nBouchemaine" },
  { "Mme Leroy\nLe Grand Pré 49080\nBouchemaine\n", "POSTAL_ADDRESS", "Le Grand Pré" },
  { "Address:       Flat 3, Beacon Court\n", "POSTAL_ADDRESS", "Flat 3, Beacon Court" },
  { "('Mr', 'Rhys', 'Bryn Awel, Ffordd y Llan', 'Llandeilo')", "POSTAL_ADDRESS",
    "Bryn Awel, Ffordd y Llan" },
  /* session 11 (g11b-addr): a building over several numbers, a town then its postcode
   * after a separator or a suburb's line, Korean, Vietnamese and South Asian streets */
  { "We're at Unit 4, 17-19 Fenwick St, if the driver asks", "POSTAL_ADDRESS", "17-19 Fenwick St" },
  { "Guest\tThe Linden Hotel, 6-12 Ormond Rd\tExec", "POSTAL_ADDRESS", "6-12 Ormond Rd" },
  { "Office 2  ·  14 Bree Street, Cape Town 8001  ·  +27 21 555 0100", "POSTAL_ADDRESS",
    "Cape Town 8001" },
  { "Unit 3, 41 Juta Street\nRosebank, Johannesburg 2001\n", "POSTAL_ADDRESS",
    "Rosebank, Johannesburg 2001" },
  { "Flat 2A, House 8, Road 12\nBanani-2\nDhaka 1213\nBangladesh\n", "POSTAL_ADDRESS", "Banani-2" },
  { "Flat 2A, House 8, Road 12\nBanani-2\nDhaka 1213\nBangladesh\n", "POSTAL_ADDRESS",
    "Dhaka 1213" },
  { "Flat 2A, House 8, Road 12\nBanani-2\nDhaka 1213\nBangladesh\n", "POSTAL_ADDRESS",
    "Flat 2A, House 8, Road 12" },
  /* (session 24, g24-addr) addresses made of numbered parts, whatever the order and the case,
   * (their towns: tests/names) */
  { "Registered office: Suite 9, Building 1187, Road 3621, Block 336, Adliya, Bahrain",
    "POSTAL_ADDRESS", "Suite 9, Building 1187, Road 3621, Block 336" },
  { "sender addr: house 52 road 9a, mirpur", "POSTAL_ADDRESS", "house 52 road 9a" },
  { "Lives in the compound at Bldg 7, 22nd Street, Al Khobar", "POSTAL_ADDRESS",
    "Bldg 7, 22nd Street" },
  { "Residence: Block D, Flat 12, Kilimani", "POSTAL_ADDRESS", "Block D, Flat 12" },
  { "\"camp\": \"Sector 3, Block 118\"", "POSTAL_ADDRESS", "Sector 3, Block 118" },
  /* (session 24, g24-addr) a street without a number opening its part, field or column,
   * its postcode and town after it */
  { "Siège : ASSOCIATION LES AMIS, Place du Marché / 35400 Saint-Malo", "POSTAL_ADDRESS",
    "Place du Marché" },
  { "\"adr\": \"RTE DE NANTES 44190 CLISSON\"", "POSTAL_ADDRESS", "RTE DE NANTES" },
  { "Mme Jégou\tImpasse des Mouettes - BP 12 - 29900 Concarneau", "POSTAL_ADDRESS",
    "Impasse des Mouettes" },
  /* (session 24, g24-addr) an estate and its building's letter, a villa's or a room's number,
   * as a part of an address line */
  { "Visite : M. Caradec, Résidence Les Mimosas, bât. F", "POSTAL_ADDRESS",
    "Résidence Les Mimosas, bât. F" },
  { "1042;KOFFI;Ama;RESIDENCE JEAN ZAY BAT E;67000", "POSTAL_ADDRESS", "RESIDENCE JEAN ZAY BAT E" },
  { "elle loge rés. Les Peupliers, bât. 2 depuis mars", "POSTAL_ADDRESS",
    "rés. Les Peupliers, bât. 2" },
  { "('Résidence Les Aubiers, bât. G', '33300', 'Bordeaux')", "POSTAL_ADDRESS",
    "Résidence Les Aubiers, bât. G" },
  { "Logement : Résidence Crous Paul Ricœur, chambre 412", "POSTAL_ADDRESS",
    "Résidence Crous Paul Ricœur, chambre 412" },
  { "hr\tHouse 14 Street 22 G-9/3\tIslamabad", "POSTAL_ADDRESS", "House 14 Street 22 G-9/3" },
  { "1103-702, 18 Dosan-daero 45-gil, Gangnam-gu\nSeoul 06016, Republic of Korea", "POSTAL_ADDRESS",
    "1103-702, 18 Dosan-daero 45-gil, Gangnam-gu" },
  { "1103-702, 18 Dosan-daero 45-gil, Gangnam-gu\nSeoul 06016, Republic of Korea", "POSTAL_ADDRESS",
    "Seoul 06016" },
  { "{\"drop\":\"88/3 Lê Văn Sỹ, P.13, Q.3\",\"cod\":0}", "POSTAL_ADDRESS",
    "88/3 Lê Văn Sỹ, P.13, Q.3" },
  { "E-2201\t17 Nguyễn Trãi\tHanoi", "POSTAL_ADDRESS", "17 Nguyễn Trãi" },
  { "le studio du 4 rue Gambetta, 57000 Metz :\n- bail", "POSTAL_ADDRESS", "57000 Metz" },
  { "| 12 rue Vauban, 67000 Strasbourg → Gare |", "POSTAL_ADDRESS", "67000 Strasbourg" },
  /* Any country's number after a phone label, or in a phone (SMS) column (session 13) */
  { "passport FE661204. phone 0552 318 44 90", "PHONE", "0552 318 44 90" },
  { "- Sr Marie, dispensaire — fixe 01 447 208\n", "PHONE", "01 447 208" },
  { "her number is\n0928 331 7460 in case", "PHONE", "0928 331 7460" },
  { "Téléphone (perso) : 77 540 12 98", "PHONE", "77 540 12 98" },
  { "EMAIL;NOM;SMS;VILLE\na@b.fr;Diouf;221775430912;Dakar\n", "PHONE", "221775430912" },
  { "emp,zip,phone\n7,79109,806-555-0149\n", "PHONE", "806-555-0149" },
  { "TX,79109,806-555-0163,x", "PHONE", "806-555-0163" },
  { "DOBs: Chinedu 19.04.1976, Marcia 02.09.1979 (born Kingston)", "DATE_OF_BIRTH", "02.09.1979" },
  { "PERNR\tNombre\tFecha nac.\tTurno\n41877\tGARZA, José\t12.03.1988\tT1\n", "DATE_OF_BIRTH",
    "12.03.1988" },
  { "\"Email Address\",\"First Name\",\"Birthday\",\"TAGS\"\n\"a@b.fr\",\"Léa\",\"03/14\",\"\"\n"
    "\"c@d.fr\",\"Tom\",\"11/28\",\"\"\n",
    "DATE_OF_BIRTH", "03/14" },
  { "SSN 131-49-8127", "US_SSN", "131-49-8127" },
  /* other currencies' codes, a magnitude after a space */
  { "Hotel Bucharest, 3 nights: RON 2 160,00 paid", "AMOUNT", "RON 2 160,00" },
  { "est. PHP 86,500 for the interlock", "AMOUNT", "PHP 86,500" },
  { "contract value TRY 1.84 bn so far", "AMOUNT", "TRY 1.84 bn" },
  { "Salary as per offer: OMR 420 basic", "AMOUNT", "OMR 420" },
  { "from Mon 18-Tue 19 Nov", "DATE", "Mon 18" },
  /* a telephone sign for a label; the Philippines' mobiles in a table */
  { "Cocody Riviera 3, Abidjan — ☎ 27 22 47 81 90 — www.example.ci", "PHONE", "27 22 47 81 90" },
  { "Passport     Mobile\nP2290418B   0998 114 2750\n", "PHONE", "0998 114 2750" },
  /* a birth date restated in digits after it was read out */
  { "AGENT: can I get her date of birth?\nCALLER: Twelfth of August, nineteen thirty-eight. So "
    "12/08/1938.",
    "DATE_OF_BIRTH", "12/08/1938" },
  /* a table's rows go on after a section's label */
  { "No | Name        | DOB        | Rank\n1  | KOVALENKO   | 14/02/1976 | Master\nSign-on:\n"
    "8  | ABELLANA    | 02/01/2003 | OS\n",
    "DATE_OF_BIRTH", "02/01/2003" },
  /* g17-struct: an SSN inside a Medicare HICN, its beneficiary code after it */
  { "the card shows HICN w/ SSN 524-71-3308A, replaced by the MBI", "US_SSN", "524-71-3308" },
  /* g17-struct: a TSV's rows go on after a comment line */
  { "Nom\tPrénom\tDate naiss.\tVille\nROCCA\tPaulu\t11/06/1971\tBastia\n# NB : liste provisoire\n"
    "SIMEONI\tLisa\t02/09/1984\tCorte\n",
    "DATE_OF_BIRTH", "02/09/1984" },
  /* g17-struct: streets of other countries: a German street after a person, the USPS's
   * "Terr", Indonesia's "Jl." with its lot, the suburb after the street's comma above the
   * town's line */
  { "Friedrich-Ebert-Straße 118 | 34119 Kassel", "POSTAL_ADDRESS", "Friedrich-Ebert-Straße 118" },
  { "mail to 4410 Maple Grove Terr, Duluth MN 55811", "POSTAL_ADDRESS", "4410 Maple Grove Terr" },
  { "office at Jl. Jend. Sudirman Kav. 29, Jakarta Pusat 10210", "POSTAL_ADDRESS",
    "Jl. Jend. Sudirman Kav. 29" },
  { "Jl. Panglima Polim 12, Kebayoran\nJakarta Selatan 12160\n", "POSTAL_ADDRESS",
    "Jakarta Selatan 12160" },
  /* g17-struct: a range of days written with "au"/"to" is one date; a range of two day/month
   * dates is two; Pakistan's mobiles after a phone word */
  { "inscriptions du 1er au 15 septembre 2026 inclus", "DATE", "1er au 15 septembre 2026" },
  { "the workshop runs from 9 to 11 June, in Leeds", "DATE", "9 to 11 June" },
  { "Déplacements 03/02-17/02 | 54,20 €", "DATE", "17/02" },
  { "Déplacements 03/02-17/02 | 54,20 €", "DATE", "03/02" },
  { "call his mobile 0333-5108842 after Friday prayers", "PHONE", "0333-5108842" },
  { "pak Budi hp 0813-2290-4471 untuk konfirmasi", "PHONE", "0813-2290-4471" },
  /* a billion's b after decimals; Indonesia's rupiah before the number */
  { "claims cost A$3.4b last year", "AMOUNT", "A$3.4b" },
  { "total Rp 2.750.000 transfer", "AMOUNT", "Rp 2.750.000" },
  /* g17-struct: identity documents by a KYC payload's enumerated kind, under "N° pièce"
   * beside a "Pièce" column whatever the kind, Canada's PR card, the Emirates ID, a number
   * sign opening an indented next line */
  { "{\"doc\": {\"type\": \"ID_CARD\", \"number\": \"K7RW2P4M1\"}}", "ID_DOCUMENT", "K7RW2P4M1" },
  { "Nom;Pièce;N° pièce;Pays\nLAMBERT;eID BE;591-2207318-44;BEL\n", "ID_DOCUMENT",
    "591-2207318-44" },
  { "Nom;Pièce;N° pièce;Pays\nCOLIN;Permis;15BD60417;FRA\n", "ID_DOCUMENT", "15BD60417" },
  { "my PR card number is RB2280417, expiring soon", "ID_DOCUMENT", "RB2280417" },
  { "signed by her, Emirates ID 784-1985-3390214-7, on behalf", "ID_DOCUMENT",
    "784-1985-3390214-7" },
  { "holder of identity card (KTP)\n    No. 3578021502850007 (the Buyer)", "ID_DOCUMENT",
    "3578021502850007" },
  /* g17-struct: a CSV cell opening on a euro price or a French phone after a cell ending in
   * a digit (a date, a quantity, a postcode) */
  { "id,nom,adhesion,cotisation\n5521,Leclerc,2025-04-03,35,00 €\n", "AMOUNT", "35,00 €" },
  { "Formule,Prix,CP\nLot x2,7,50 €,56100\n", "AMOUNT", "7,50 €" },
  { "nom,cp,tel,ville\nGarnier,44300,0671829304,Nantes\n", "PHONE", "0671829304" },
  { "nom,cp,tel,ville\nGarnier,44300,06 71 82 93 04,Nantes\n", "PHONE", "06 71 82 93 04" },
  /* the birth date answering the question of the chat message above */
  { "[03/02/2026, 14:10] Agent: what's the patient's date of birth?\n"
    "[03/02/2026, 14:12] Carla: 08/11/1979 and her GP is in Leeds\n",
    "DATE_OF_BIRTH", "08/11/1979" },
  { "2026-02-03 14:10 Bot: Please type your date of birth.\n2026-02-03 14:11 You: 1983-07-21\n",
    "DATE_OF_BIRTH", "1983-07-21" },
  /* the messages' commas make no CSV rows */
  { "[09/03/2026, 11:02] Advisor: Hi, can I take your name and date of birth?\n"
    "[09/03/2026, 11:04] Ola: Ola Berg, 02/05/1968, thanks\n",
    "DATE_OF_BIRTH", "02/05/1968" },
  /* an aligned table under a caption line */
  { "Household members:\n  Name            DOB\n  Ana Lopes       04/17/2012\n"
    "  Rui Lopes       11/02/2016\n",
    "DATE_OF_BIRTH", "11/02/2016" },
  /* "Mon 16.11.": a weekday's abbreviation before a dotted day and month */
  { "Tue 24.02. Izmir, visit to the distributor", "DATE", "24.02" },
  /* a form's address value going on under itself, indented */
  { "Address:        9 Kowhai Road\n                Tawa\n                Wellington 5028\n",
    "POSTAL_ADDRESS", "Wellington 5028" },
  { "Address:        9 Kowhai Road\n                Tawa\n                Wellington 5028\n",
    "POSTAL_ADDRESS", "Tawa" },
  /* a CREATE TABLE's commas make no CSV header: its INSERTs are read by their columns */
  { "CREATE TABLE people (person_id INT, company_id INT, full_name TEXT, phone TEXT, rep_id INT);\n"
    "INSERT INTO people VALUES (70412, 611, 'Ines Varga', '+36 1 555 0172', 8);\n"
    "INSERT INTO people VALUES (70413, 611, 'Tomas Bauer', NULL, 8);\n",
    "CUSTOMER_ID", "70413" },
  /* a CRM contact's key beside its account */
  { "CREATE TABLE contacts (contact_id INT, account_id INT, email TEXT);\n"
    "INSERT INTO contacts VALUES (5531, 209, 'r.ong@example.sg');\n",
    "CUSTOMER_ID", "5531" },
  /* an unquoted decimal comma splits a sum in two cells: the row still lines up */
  { "Commande,Date,Nom,Prénom,Montant,Ville\n"
    "48817203,02/03/2026,Le Goff,Annaig,12,50 €,Quimper\n"
    "48817391,02/03/2026,Tanguy,Erwan,25,00 €,Brest\n",
    "CUSTOMER_ID", "48817391" },
  /* Scotland's CHI, a voter's NNE, a player's key, Salesforce's "Id" of a lead */
  { "mobile,name,chi,clinic\n+447700900431,Isla Ross,0504871236,ENT\n"
    "+447700900874,Rory Baird,2111650412,ORTH\n",
    "CUSTOMER_ID", "0504871236" },
  { "Électrice : MOREAU Sylvie, NNE : 22417093, bureau 0317", "CUSTOMER_ID", "22417093" },
  { "2026-02-03 21:14:07 WARN limits player=P-4471902 deposit_daily 50.00EUR", "CUSTOMER_ID",
    "P-4471902" },
  { "{\"attributes\": {\"type\": \"Lead\"}, \"Id\": \"00Q8d00000AbC2dEFG\", \"FirstName\": "
    "\"Ana\", \"LastName\": \"Ruiz\"}",
    "CUSTOMER_ID", "00Q8d00000AbC2dEFG" },
  /* a town hall's register of requests, one person's each */
  { "N° demande | Reçue le   | Demandeur\nR-26-0412  | 03/02/2026 | Paoli Jeanne\n"
    "R-26-0415  | 04/02/2026 | Santoni Paul\n",
    "CUSTOMER_ID", "R-26-0415" },
  /* a register's "Pièce" then "N° pièce": the document's number */
  { "N° client;Nom;Pièce;N° pièce\nK-20931;MARTY Luc;Permis;21BX40917\n"
    "K-20932;ROCHE Anne;eID BE;591-2287410-33\n",
    "ID_DOCUMENT", "591-2287410-33" },
  { "Status document: Permanent Resident Card   No. PR7730214", "ID_DOCUMENT", "PR7730214" },
  /* health systems' numbers after their capitals */
  { "she read it out, the RAMQ number is LAPD 7102 4418 and", "CUSTOMER_ID", "LAPD 7102 4418" },
  { "Transferred from Alberta. PHN assigned: 9061 228 405   Wait period", "CUSTOMER_ID",
    "9061 228 405" },
  { "Referral date: 02/12/2026    FMC UR No: 4471920", "CUSTOMER_ID", "4471920" },
  { "Record owner: Mele Taufa   IHI: 8003 6077 1029 4415", "CUSTOMER_ID", "8003 6077 1029 4415" },
  { "PPS number on file: 5510273FA (for the grant)", "CUSTOMER_ID", "5510273FA" },
  { "We hold your Medicare card as 4417 20931 6 (IRN 1) on file.", "CUSTOMER_ID", "4417 20931 6" },
  /* HL7 v2 and FHIR */
  { "PID|1||H20417730^^^SJH^MR~4410298871^^^NHS^NH||BYRNE^AOIFE||19771102|F\n", "CUSTOMER_ID",
    "4410298871" },
  { "PV1|1|I|W3^B2^^SJH||||C1020^NAIR^ARJUN^^^DR|||GM||||1|||C1020|IP|V30177214\n", "CUSTOMER_ID",
    "V30177214" },
  { "{\"resourceType\": \"Patient\", \"id\": \"pt-9a71\", \"identifier\": [ { \"system\": "
    "\"https://fhir.nhs.uk/Id/nhs-number\", \"value\": \"4410298871\" } ] }",
    "CUSTOMER_ID", "4410298871" },
  /* a case's words */
  { "- grievance opened: GRV-4471020 (hold time)", "CUSTOMER_ID", "GRV-4471020" },
  { "signalement TD-26-04412 envoyé ce matin", "CUSTOMER_ID", "TD-26-04412" },
  { "son compte joueur (id U-3301742) a été fermé", "CUSTOMER_ID", "U-3301742" },
  { "payé sous la référence gagnant LG-1102-33871.", "CUSTOMER_ID", "LG-1102-33871" },
  { "inscrit France Travail (id 4419027K), suivi par la Mission locale", "CUSTOMER_ID",
    "4419027K" },
  { "[Support] Conversation #LC-2204417 — agent Tom", "CUSTOMER_ID", "LC-2204417" },
  { "Sócia administradora: Ana Beatriz Rocha, CPF 529.982.247-25", "CUSTOMER_ID",
    "529.982.247-25" },
  { "N° unique départemental : 069123012345678", "CUSTOMER_ID", "069123012345678" },
  /* Cerner's FIN beside the MRN; an indented table of a letter */
  { "FIN,MRN,PATIENT_NAME,TEST\n7100402211,M0047190,\"DIAZ, ROSA\",K\n"
    "7100402290,M0031102,\"LEE, MIN\",INR\n",
    "CUSTOMER_ID", "7100402290" },
  { "Household members:\n  Name                   Medicaid ID     Date of Birth\n"
    "  Tanya R. Moss          204417730012    04/11/1986\n"
    "  Jalen T. Moss          204417730020    09/02/2012\n",
    "CUSTOMER_ID", "204417730020" },
  /* g26-addr: Breton streets, Gaelic estates and townlands, Welsh streets without a number */
  { "Adresse : 3 hent Penn ar Bed, 29217 Plougonvelin\n", "POSTAL_ADDRESS", "3 hent Penn ar Bed" },
  { "on habite au 12 hent ar Vilin depuis mars", "POSTAL_ADDRESS", "12 hent ar Vilin" },
  { "Ms Áine Ní Bhriain\nCnoc na Gréine\nSpiddal\n", "POSTAL_ADDRESS", "Cnoc na Gréine" },
  { "<Line1>41 Cnoc na Gréine</Line1>", "POSTAL_ADDRESS", "41 Cnoc na Gréine" },
  { "{\"line1\": \"Baile na hAbhann\", \"county\": \"Galway\"}", "POSTAL_ADDRESS",
    "Baile na hAbhann" },
  { "Addr 12 Pairc an t-Sruthain, Barabhas", "POSTAL_ADDRESS", "12 Pairc an t-Sruthain" },
  { "\"line1\": \"14 Cluain Riocaird\",", "POSTAL_ADDRESS", "14 Cluain Riocaird" },
  { "Swyddfa'r Cyngor, Stryd y Jêl, Caernarfon LL55 1SH\n", "POSTAL_ADDRESS", "Stryd y Jêl" },
  { "Mr Huw Jones\nLôn y Felin\nLlangefni\n", "POSTAL_ADDRESS", "Lôn y Felin" },
};

static const NotFound not_found_in_layouts[] = {
  /* g26-addr: a Gaelic townland named in prose, Dublin's Irish name, a film star */
  { "We drove on past Baile na hAbhann, then to Baile Átha Cliath.\n", "POSTAL_ADDRESS" },
  { "Tonight's silent film:\nLon Chaney\n", "POSTAL_ADDRESS" },
  /* g17-struct: decimals in a CSV row are no price without their sign; a day and month
   * before a time to the second is a timestamp; history is told of a "birth" */
  { "x,y,z\n3,14,15\n2,71,82\n", "AMOUNT" },
  { "refus (consultation fichier 14/11 23:48:51)", "DATE" },
  { "The birth of the welfare state\n\nOn 5 July 1948 the new service opened.", "DATE_OF_BIRTH" },
  { "CP,tel\n12,06 14 77\n", "PHONE" },
  { "the PR card team will call you back", "ID_DOCUMENT" },
  { "score 12/20-14/20 au contrôle", "DATE" },
  { "ref 2024/05/01-18/01 du lot", "DATE_OF_BIRTH" },
  { "phone 2024-2025 budget line", "PHONE" },
  { "RP 5 is the role-play level; grp 2b", "AMOUNT" },
  { "spare part 524-71-3308A in stock", "US_SSN" },
  { "HP 2600 printer, HP 15-dw1234 laptop, 150 hp 2400 rpm", "PHONE" },
  /* a fixture's sections, each its own table, after comment lines */
  { "# cartes\ncarte;4974 0123 4567 8901;luhn\n# hash\nsha256;e3b0c442;ok_ignore\n",
    "CUSTOMER_ID" },
  { "enum DocKind { ID_CARD = 1, PASSPORT = 2 };", "ID_DOCUMENT" },
  /* a phone word before a count, a date, a short French number or a company's name */
  { "mobile 100 000 000 users", "PHONE" },
  { "Tel 12.03.1988", "PHONE" },
  { "# téléphones (trop courts)\n06 12 45 78\n", "PHONE" },
  { "PRLV SEPA BOUYGUES TELECOM 9104488217;35,99;", "PHONE" },
  /* a fixture's zeroed number, a bulletin's number shaped like an SSN, a part's like a plate */
  { "phone:\n  - \"+44 20 0000 0000\"     # not allocated", "PHONE" },
  { "4. Honeywell SB 131-49-8127 (APU starter generator)", "US_SSN" },
  { "EA\t1\tGoulds\t3196-MTX-10\t3,975.00", "LICENSE_PLATE" },
  /* a language's version; a forecast's periods from one weekday's hour to the next's */
  { "runs on PHP 8.2 and PHP 5", "AMOUNT" },
  { "ID number:  8709225410081     Tax no: 0418822140", "PHONE" },
  { "☎ 2024 — ☎ 12 345 678", "PHONE" },
  /* a CRM's deal (a firm's sale) numbering a table of people; a phone column whose header
   * names whose phone it is */
  { "Deal - ID\tDeal - Title\tPerson - Name\tPerson - Email\n"
    "4410\tValves x20\tAnna Berg\tanna.berg@example.se\n"
    "4417\tPumps\tOla Lind\tola.lind@example.se\n",
    "CUSTOMER_ID" },
  { "client\ttél client\nMme Gallo Patrizia\t0609417752\nM. Roux Denis\t0493201866\n",
    "CUSTOMER_ID" },
  /* a childminder's Ofsted registration, a promoter's licence, a licence's season, a form's
   * name after "grievance" */
  { "Karen's Childminding · Ofsted URN EY771204 · Tel", "CUSTOMER_ID" },
  { "Fight night — promoter licence P-0471", "CUSTOMER_ID" },
  { "  Licence FFE 2027 ........ 36,00 €", "CUSTOMER_ID" },
  { "OFFENDER GRIEVANCE - CDCR 602-1 (typed copy)", "CUSTOMER_ID" },
  /* a CPF whose check digits fail */
  { "Sócia administradora: Ana Beatriz Rocha, CPF 529.982.247-26", "CUSTOMER_ID" },
  { "Shift handover – Units 11/12/13", "DATE" },
  /* "birth information", "birth certificate": the dates near them are others' */
  { "Authority — Birth Information and Tracing Act 2022\n\nRef BIT-2025-06617\n19 November 2025\n",
    "DATE_OF_BIRTH" },
  { "your application for your birth information, received on 2 October 2025.", "DATE_OF_BIRTH" },
  { "Mon 18-Tue 06    W 25-32 g40\nTue 18-Wed 06    NW 22-28\n", "DATE" },
  { "Email address: Foo Bar\n", "POSTAL_ADDRESS" },
  { "Adresse : indiquez votre adresse complète, sans abréviation.", "POSTAL_ADDRESS" },
  { "Complément d'adresse : bâtiment, escalier, étage si besoin.", "POSTAL_ADDRESS" },
  { "Patient ID 48818\n", "POSTAL_ADDRESS" },
  { "Le stage comprend 3 cours\nLe lundi et le jeudi", "POSTAL_ADDRESS" },
  { "Mr Roberts\n12 High Street\nCardiff CF10 1AA\nNew Zealand\n", "LOCATION" },
  { "VALUES ($1, $2, $3, $12) RETURNING \"id\"", "AMOUNT" },
  { "[\"encrypted_password\", \"$2a$12$[FILTERED]\"]", "AMOUNT" },
  { "\"connection\": \"Username-Password-Authentication\",", "SECRET" },
  { "\"password\"=>\"[FILTERED]\", \"password_confirmation\"=>\"[FILTERED]\"", "SECRET" },
  { "(\"email\", \"encrypted_password\", \"created_at\", \"updated_at\")", "SECRET" },
  { "'Idempotency-Key': '3b0f6a52-71c4-4a3e-b0b9-2f7d2c61e8aa',", "SECRET" },
  { "\"key\":\"t_00419/2026-11/inv_batch_0004.zip\",", "SECRET" },
  { "INVALID_SIN = [\"046 454 287\", \"000 000 000\"]", "PHONE" },
  { "\"+1 800 55 0199\",   # too short", "PHONE" },
  { "Bosch F 026 407 209, Bosch 0 986 494 208", "PHONE" },
  { "https://api.twilio.com/2010-04-01/Accounts/AC3b", "DATE" },
  { "Event Nov 19, 2026, 6:48:21 PM", "DATE" },
  { "results/2026-11-14T09-22-51Z.json", "DATE" },
  { "Patient zip 44120\nSSN: 123-45-6789\n", "POSTAL_ADDRESS" },
  { "Gulberg III, Lahore 54660\nForeign TIN", "POSTAL_ADDRESS" },
  { "batch 4470090031882 queued", "PHONE" },
  { "pager 447600900318 and 447000900318", "PHONE" },
  /* session 11 (g11b-addr): a score, a country under a town's line, counts before
   * Vietnamese names, a dash in prose */
  { "they won 3-1 Selhurst Park was loud", "POSTAL_ADDRESS" },
  { "Flat 2A, House 8, Road 12\nBanani-2\nDhaka 1213\nBangladesh\n", "LOCATION" },
  /* (session 24, g24-addr) a school's room in its block, a shop in its building, two roads:
   * no address of numbered parts; a street in prose without its postcode */
  { "Year 9 science moved to Room 14, Block B this week", "POSTAL_ADDRESS" },
  { "Shop 3, Building 2 sells phone cards", "POSTAL_ADDRESS" },
  { "take Road 12 then Street 4 to the depot", "POSTAL_ADDRESS" },
  { "la manifestation passera rue de la Paix puis place Vendôme", "POSTAL_ADDRESS" },
  { "Travaux dans la Résidence Les Mimosas, bâtiment B : coupure d'eau", "POSTAL_ADDRESS" },
  { "We invited 3 Nguyễn cousins and 2 Trần aunts", "POSTAL_ADDRESS" },
  { "Train 2-14 Olympic-style events", "POSTAL_ADDRESS" },
  { "We walked down Heol y Plas, then turned left.", "POSTAL_ADDRESS" },
  { "Name      Role\nSmith     Apt 3\n", "POSTAL_ADDRESS" },
  { "Total HT 12500\nMerci de votre confiance", "POSTAL_ADDRESS" },
};

static void
test_layouts (void)
{
  guint failures = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (found_in_layouts); i++)
    {
      g_autoptr (GPtrArray) values = scan_values (found_in_layouts[i].text, NULL);
      g_autofree char *want
          = g_strdup_printf ("%s=%s", found_in_layouts[i].type, found_in_layouts[i].value);
      gboolean ok = FALSE;
      for (guint k = 0; k < values->len; k++)
        ok |= strcmp (values->pdata[k], want) == 0;
      if (!ok)
        {
          g_autofree char *got = describe (values);
          g_printerr ("MISSED %s in «%s»; got: %s\n", want, found_in_layouts[i].text, got);
          failures++;
        }
    }
  for (gsize i = 0; i < G_N_ELEMENTS (not_found_in_layouts); i++)
    {
      g_autoptr (GPtrArray) values
          = scan_values (not_found_in_layouts[i].text, not_found_in_layouts[i].type);
      if (values->len > 0)
        {
          g_autofree char *got = describe (values);
          g_printerr ("FALSE POSITIVE in «%s»: %s\n", not_found_in_layouts[i].text, got);
          failures++;
        }
    }
  g_assert_cmpuint (failures, ==, 0);
}

/* (g22-tables) a JSON list of people and one of things */
#define JSON_PEOPLE                                                                                \
  "{\n  \"committee\": [\n    {\"id\": 80412, \"role\": \"SECRETARY\", \"name\": \"Henrietta "     \
  "Vasquez\"},\n"                                                                                  \
  "    {\"id\": 80417, \"role\": \"TREASURER\", \"name\": \"Olumide Bakare\"}\n  ],\n"             \
  "  \"items\": [{\"id\": 99120, \"name\": \"Garden hose 20 m\"}]\n}\n"

/* (g22-tables) a dump's table of people, in test_g22_tables() and not_found_values */
#define SQL_PEOPLE                                                                                 \
  "CREATE TABLE ywp (\n  ywp_id integer PRIMARY KEY,\n  full_name varchar(80), dob date, no_hcn "  \
  "varchar(20), no_civique integer\n);\n"                                                          \
  "INSERT INTO ywp (ywp_id, full_name, dob, no_hcn, no_civique) VALUES\n"                          \
  "(204, 'Aaron Kimura', '2008-02-11', 'HCN-4471208', 1180),\n"                                    \
  "(205, 'Leilani Park', '2009-07-30', 'HCN-4471371', 42);\n"                                      \
  "INSERT INTO check_ins (id, ywp_id, seen_on) VALUES\n(90017, 205, '2026-01-05');\n"              \
  "INSERT INTO invoices (invoice_id, full_name, dob, total) VALUES\n"                              \
  "(77120, 'Aaron Kimura', '2008-02-11', 120.00);\n"

/* Values that are no person's reference beside ones that are: a CRM contact's account (the
 * firm they work for), a lab's reference range, a health plan's group. */
static const Found not_found_values[] = {
  /* g25b-dates: no short date of the text's months in a mark out of ten, a share, a dwelling's
   * floor and door, a class's name, a month no full date of the text has */
  /* g25b-dates: a shell's or a query's argument beside a dollar sum stays no sum */
  { "# refund is $25 max\nmv $1 /srv/refunds/ && echo done\n", "AMOUNT", "$1" },
  { "-- refunds over $100\nSELECT * FROM refunds WHERE amount > $1\n", "AMOUNT", "$1" },
  { "Fee $45.00. Usage: refund.sh $2 is the ticket id\n", "AMOUNT", "$2" },
  /* an IN1 plan's effective date, no insured's name before it */
  { "IN1|1|BCBSIL|0042|BLUE CROSS IL||||GRP77|ACME INC||20250101|20251231|\r", "DATE_OF_BIRTH",
    "20250101" },
  { "Visit 10/27/2025. Pain 7/10 on arrival.\n", "DATE", "7/10" },
  { "Signed 11/23/2025: house left 1/2 to each child.\n", "DATE", "1/2" },
  { "Visit 10/27/2025. Pain 2/3 on the left side.\n", "DATE", "2/3" },
  { "Moved 02/14/2026 to Flat 2/1, Dumbarton Road.\n", "DATE", "2/1" },
  { "Booked 03/12/2026 for Year 5 (3/6K) as casual.\n", "DATE", "3/6" },
  { "Seen 10/27/2025; batch 06/18 noted.\n", "DATE", "06/18" },
  /* g25-phones: a number in other groups or separators than the phone the text holds */
  { "Tel: 0212 448 901\nInvoice 0255-310-774 due\n", "PHONE", "0255-310-774" },
  /* g18-struct: a building named after a flat's number in prose, not at a field's end */
  { "the flat 3, Court House hearing was moved", "POSTAL_ADDRESS", "Court House" },
  /* g19-struct: no date in a version's slashed number, a list's "2. August", a ratio;
   * no street in "via London 5 times"; no town after a flat alone or a colonia */
  { "build 4.2/12NOVA shipped", "DATE", "12NOV" },
  { "2. August was the hottest month", "DATE", "2. August" },
  { "we flew via London 5 times", "POSTAL_ADDRESS", "London 5" },
  { "Flat 2, The Maltings", "LOCATION", "The Maltings" },
  { "Av. Insurgentes Sur 1602, int. 7, Col. Del Valle", "LOCATION", "Col" },
  { "ranked 01/11/2025-20 in the table", "DATE", "20" },
  /* g18-struct: a ';' inside a row's quoted comment makes no other table: the header's
   * "party_dob" is not the screening date's column */
  { "hit_id,screening_date,party_name,party_dob,comment\n"
    "H-1,2026-02-03,Ana Ruiz,1990-04-01,\"DOB matches; escalate\"\n"
    "H-2,2026-02-04,Ben Cole,,\"ask the DOB; pending\"\n",
    "DATE_OF_BIRTH", "2026-02-03" },
  { "CREATE TABLE contacts (contact_id INT, account_id INT, email TEXT);\n"
    "INSERT INTO contacts VALUES (5531, 20917, 'r.ong@example.sg');\n",
    "CUSTOMER_ID", "20917" },
  { "MRN,PATIENT_NAME,TEST,RESULT,REF_RANGE\nM0031207,\"REID, ELLA\",K,5.9,3.5-5.1\n"
    "M0031208,\"KHAN, OMAR\",CREAT,212,59-104\n",
    "CUSTOMER_ID", "59-104" },
  { "Member name: Rosa Delgado\nMember ID: QXB20419931\nGroup #: 0084410\n", "CUSTOMER_ID",
    "0084410" },
  /* a CRM export's account column beside the contact's key, whose value has the contact's
   * shape: no list of references runs across a row's cells */
  { "CONTACT_ID,ACCOUNT_ID,FIRST_NAME,LAST_NAME\n30041,88120,Mia,Keller\n"
    "30042,88120,Jonas,Brandt\n",
    "CUSTOMER_ID", "88120" },
  /* (g22-tables) a dump's table of people: not a bare row id, not an invoice's key, not a
   * street's number under a number's word */
  { JSON_PEOPLE, "CUSTOMER_ID", "99120" },
  { SQL_PEOPLE, "CUSTOMER_ID", "90017" },
  { SQL_PEOPLE, "CUSTOMER_ID", "77120" },
  { SQL_PEOPLE, "CUSTOMER_ID", "1180" },
};

static void
test_not_found_values (void)
{
  guint failures = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (not_found_values); i++)
    {
      g_autoptr (GPtrArray) values = scan_values (not_found_values[i].text, NULL);
      g_autofree char *unwanted
          = g_strdup_printf ("%s=%s", not_found_values[i].type, not_found_values[i].value);
      for (guint k = 0; k < values->len; k++)
        if (strcmp (g_ptr_array_index (values, k), unwanted) == 0)
          {
            g_printerr ("FALSE POSITIVE in «%s»: %s\n", not_found_values[i].text, unwanted);
            failures++;
          }
    }
  g_assert_cmpuint (failures, ==, 0);
}

/* A flat's type and a firm's trade are no address line, beside an address that is. */
static void
test_address_lines_exact (void)
{
  static const struct
  {
    const char *text;
    const char *want; /* every POSTAL_ADDRESS, as describe() writes them */
  } cases[] = {
    { "DOSSIER DE CANDIDATURE – Appartement T2, 5 rue des Tanneurs, 67000 Strasbourg",
      "POSTAL_ADDRESS=5 rue des Tanneurs | POSTAL_ADDRESS=67000 Strasbourg" },
    { "Le Gall Plomberie Chauffage, 29200 Brest", "POSTAL_ADDRESS=29200 Brest" },
    /* a street without a number above its town's line; not a person's name */
    { "Royal Infirmary\nLauriston Place\nEdinburgh EH3 9HA\n",
      "POSTAL_ADDRESS=Lauriston Place | POSTAL_ADDRESS=Edinburgh EH3 9HA" },
    { "Ms R. Patel\nTom Lane\nLeeds LS1 4AP\n", "POSTAL_ADDRESS=Leeds LS1 4AP" },
    /* a name opening on "Ker" is no Breton lieu-dit */
    { "– Kerry-Ann Doyle, Flat 2, 60 Kings Road, 07453 884 019", "POSTAL_ADDRESS=60 Kings Road" },
    /* a firm's name after an address label is no address line either */
    { "Adresse : Le Gall Plomberie\n          29200 Brest", "POSTAL_ADDRESS=29200 Brest" },
    { "Adresse : Kerhallet\n          29200 Brest",
      "POSTAL_ADDRESS=Kerhallet | POSTAL_ADDRESS=29200 Brest" },
    { "Résidence Les Lilas, appt 12\n4 allée des Tilleuls\n69500 Bron\n",
      "POSTAL_ADDRESS=Résidence Les Lilas, appt 12 | POSTAL_ADDRESS=4 allée des Tilleuls | "
      "POSTAL_ADDRESS=69500 Bron" },
    /* g17-struct: the resident's name just before the street, and a card's expiry before it */
    { "carte notée, exp 09/27, M. Paul Hénaff, 3 rue Jean Jaurès, 29200 Brest",
      "POSTAL_ADDRESS=3 rue Jean Jaurès | POSTAL_ADDRESS=29200 Brest" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GPtrArray) values = scan_values (cases[i].text, "POSTAL_ADDRESS");
      g_autofree char *got = describe (values);
      g_assert_cmpstr (got, ==, cases[i].want);
    }
}

/* Contact and directory exports: vCard and LDIF properties, Google's and Outlook's
 * numbered columns, a quoted cell holding a newline. */
static void
test_contact_exports (void)
{
  static const struct
  {
    const char *text;
    const char *type;
    const char *want; /* every finding of the type, as describe() writes them */
  } cases[] = {
    { "BEGIN:VCARD\nVERSION:3.0\nN:Kervella;Anaïs;;;\nBDAY:--0917\nEND:VCARD\n"
      "BEGIN:VCARD\nVERSION:2.1\nN:Hale;Bram;;;\nBDAY:19830502\nEND:VCARD\n",
      "DATE_OF_BIRTH", "DATE_OF_BIRTH=--0917 | DATE_OF_BIRTH=19830502" },
    /* The extended address and the street are address lines; postcode and country not. */
    { "BEGIN:VCARD\nADR;TYPE=home:;Flat 4;Rowan House\\, 2 Mill Lane;Kendal;;LA9 4AB;UK\n"
      "END:VCARD\n",
      "POSTAL_ADDRESS", "POSTAL_ADDRESS=Flat 4 | POSTAL_ADDRESS=Rowan House\\, 2 Mill Lane" },
    /* vCard 3's formatted address, its lines separated by an escaped newline. */
    { "BEGIN:VCARD\nLABEL;TYPE=HOME:12 rue des Carmes\\n86000 Poitiers\\nFrance\nEND:VCARD\n",
      "POSTAL_ADDRESS", "POSTAL_ADDRESS=12 rue des Carmes | POSTAL_ADDRESS=86000 Poitiers" },
    { "BEGIN:VCARD\nTEL;VALUE=uri;TYPE=cell:tel:+44-7700-900461\nEND:VCARD\n", "PHONE",
      "PHONE=+44-7700-900461" },
    { "dn: uid=jroe,ou=people,dc=example,dc=org\nuserPassword: {SSHA}c2FsdGVkaGFzaDEyMzQ1Njc4\n"
      "\ndn: uid=kmoe,ou=people,dc=example,dc=org\nuserPassword:: "
      "e1NIQX1RMDhhK1dsNm1BanN3MUZOTXZEa2h2U1NOcDg9\n\ndn: uid=lpoe,ou=people,dc=example,"
      "dc=org\nuserPassword: {CRYPT}$6$rounds=5000$Xq2vL9tK$8mZ3pR1wN7cY4bF0hJ6\n",
      "SECRET",
      "SECRET={SSHA}c2FsdGVkaGFzaDEyMzQ1Njc4 | SECRET=e1NIQX1RMDhhK1dsNm1BanN3MUZOTXZEa2h2U1NOcDg9 "
      "| SECRET={CRYPT}$6$rounds=5000$Xq2vL9tK$8mZ3pR1wN7cY4bF0hJ6" },
    /* A template's placeholder hash is no password. */
    { "dn: cn=reader,ou=services,dc=example,dc=org\nuserPassword: {SSHA}xxxxxxxxxxxxxxxx\n"
      "userPassword: <hash from slappasswd>\n",
      "SECRET", "" },
    /* A users export's password column. */
    { "email,password,last_login\nkim@example.org,Tr0ub4dor&3,2025-01-02\n"
      "lee@example.org,********,2025-01-03\n",
      "SECRET", "SECRET=Tr0ub4dor&3" },
    { "Name,Given Name,Birthday,Phone 1 - Type,Phone 1 - Value,Address 1 - Street,Address 1 - "
      "Country\nAda Byron,Ada,--12-10,Mobile,020 7946 0311,12 Hope Street,United Kingdom\n",
      "*", "DATE_OF_BIRTH=--12-10 | PHONE=020 7946 0311 | POSTAL_ADDRESS=12 Hope Street" },
    /* Google's formatted address holds a newline: the next row is still the table's. */
    { "Name,Birthday,Address 1 - Formatted,Phone 1 - Value\nA B,1984-07-22,\"1 rue Neuve\n69001 "
      "Lyon\",06 98 14 27 53\nC D,1991-12-05,,07 52 30 19 84\n",
      "DATE_OF_BIRTH", "DATE_OF_BIRTH=1984-07-22 | DATE_OF_BIRTH=1991-12-05" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GPtrArray) values = scan_values (cases[i].text, cases[i].type);
      g_autofree char *got = describe (values);
      g_assert_cmpstr (got, ==, cases[i].want);
    }
}

static void
check_sorted_disjoint (const VoileScanResult *r, gsize len)
{
  for (guint i = 0; i < r->findings->len; i++)
    {
      VoileFinding *f = &g_array_index (r->findings, VoileFinding, i);
      g_assert_cmpuint (f->start, <, f->end);
      g_assert_cmpuint (f->end, <=, len);
      g_assert_cmpfloat (f->confidence, >, 0.0f);
      g_assert_cmpfloat (f->confidence, <=, 1.0f);
      if (i > 0)
        g_assert_cmpuint (g_array_index (r->findings, VoileFinding, i - 1).end, <=, f->start);
    }
}

static const char *mixed_text
    = "Bonjour,\nJe suis Marie Dupont, née le 12/03/1985, 161 bis allée Victor Hugo, 75016 "
      "Paris.\nTél : 06 12 34 56 78 ou +33 6 12 34 56 78. E-mail marie.dupont@example.fr, "
      "MARIE.DUPONT@EXAMPLE.FR.\nIBAN FR76 3000 6000 0112 3456 7890 189, soit aussi "
      "FR7630006000011234567890189. Facture de 3 420 € du 15 mars 2024.\n";

static void
test_sorted_and_counts (void)
{
  g_autoptr (VoileScanResult) r = voile_engine_scan (voile_engine_get_default (), mixed_text,
                                                     strlen (mixed_text), VOILE_TYPE_MASK_ALL);
  guint counts[VOILE_N_TYPES];

  check_sorted_disjoint (r, strlen (mixed_text));
  voile_scan_result_count_by_type (r, mixed_text, counts);
  /* One phone written two ways, one e-mail in two cases, one IBAN grouped or not. */
  g_assert_cmpuint (counts[VOILE_TYPE_EMAIL], ==, 1);
  g_assert_cmpuint (counts[VOILE_TYPE_IBAN], ==, 1);
  g_assert_cmpuint (counts[VOILE_TYPE_PHONE], ==, 1);
  g_assert_cmpuint (counts[VOILE_TYPE_DATE_OF_BIRTH], ==, 1);
  g_assert_cmpuint (counts[VOILE_TYPE_AMOUNT], ==, 1);
  g_assert_cmpuint (counts[VOILE_TYPE_POSTAL_ADDRESS], ==, 2);
  g_assert_true (voile_scan_result_has_direct_identifier (r));
}

static void
test_quasi_only (void)
{
  const char *text = "Facture de 3 420 € du 15 mars 2024.";
  g_autoptr (VoileScanResult) r
      = voile_engine_scan (voile_engine_get_default (), text, strlen (text), STRUCTURED_MASK);
  g_assert_cmpuint (r->findings->len, ==, 2);
  g_assert_false (voile_scan_result_has_direct_identifier (r));
}

static void
test_type_mask (void)
{
  g_autoptr (VoileScanResult) r
      = voile_engine_scan (voile_engine_get_default (), mixed_text, strlen (mixed_text),
                           VOILE_TYPE_BIT (VOILE_TYPE_EMAIL));
  g_assert_cmpuint (r->findings->len, ==, 2);
  for (guint i = 0; i < r->findings->len; i++)
    g_assert_cmpint (g_array_index (r->findings, VoileFinding, i).type, ==, VOILE_TYPE_EMAIL);
}

/* A kind left alone (a category switched off, `voile … --keep`) stays whole: no name is taken
 * out of a kept e-mail address, and the other kinds are found as in a full scan. */
static void
test_keep_types (void)
{
  const char *text = "Écrire à marie.dupont@example.fr ou appeler le 06 12 34 56 78.";
  g_autoptr (VoileScanResult) kept
      = voile_engine_scan (voile_engine_get_default (), text, strlen (text), VOILE_TYPE_MASK_ALL);

  g_assert_cmpuint (kept->findings->len, ==, 2);
  voile_scan_result_keep_types (kept, VOILE_TYPE_MASK_ALL
                                          & ~voile_category_get_type_mask (VOILE_CATEGORY_CONTACT));
  g_assert_cmpuint (kept->findings->len, ==, 0);

  text = "IBAN FR76 3000 6000 0112 3456 7890 189, le 12 mars 2026, pour 3 420 €.";
  g_autoptr (VoileScanResult) all
      = voile_engine_scan (voile_engine_get_default (), text, strlen (text), VOILE_TYPE_MASK_ALL);
  g_assert_cmpuint (all->findings->len, ==, 3);
  voile_scan_result_keep_types (
      all, VOILE_TYPE_MASK_ALL & ~voile_category_get_type_mask (VOILE_CATEGORY_DATES_AMOUNTS));
  g_assert_cmpuint (all->findings->len, ==, 1);
  g_assert_cmpint (g_array_index (all->findings, VoileFinding, 0).type, ==, VOILE_TYPE_IBAN);
}

static gpointer
scan_in_thread (gpointer data)
{
  guint total = 0;
  for (int i = 0; i < 200; i++)
    {
      g_autoptr (VoileScanResult) r = voile_engine_scan (voile_engine_get_default (), mixed_text,
                                                         strlen (mixed_text), STRUCTURED_MASK);
      total += r->findings->len;
    }
  return GUINT_TO_POINTER (total);
}

static void
test_threads (void)
{
  GThread *threads[4];
  g_autoptr (VoileScanResult) r = voile_engine_scan (voile_engine_get_default (), mixed_text,
                                                     strlen (mixed_text), STRUCTURED_MASK);

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("scan", scan_in_thread, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_thread_join (threads[i])), ==, 200 * r->findings->len);
}

/* Random texts from an alphabet of the characters the anchors look at: whatever the mix,
 * findings stay sorted, disjoint and inside the text. */
static void
test_random_texts (void)
{
  static const char *const pieces[]
      = { "0",       "1",    "6",      "9",           " ",     "  ",   ".",     ",",
          "-",       "/",    ":",      "@",           "+",     "(",    ")",     "[",
          "]",       "_",    "=",      "'",           "\"",    "\n",   "\t",    ";",
          "|",       "€",    "£",      "\xc2\xa0",    "é",     "A",    "F",     "R",
          "x",       "a",    "Z",      "né le ",      "IBAN ", "rue ", "Paris", "password",
          "eyJ",     "sk-",  "ghp_",   "-----BEGIN ", "n° ",   "\0",   "::",    "https://",
          "Dublin ", "Co. ", "PO Box " };
  g_autoptr (GRand) rand = g_rand_new_with_seed (1234);

  for (guint iter = 0; iter < 3000; iter++)
    {
      GString *s = g_string_new (NULL);
      guint n = (guint)g_rand_int_range (rand, 0, 200);
      for (guint k = 0; k < n; k++)
        {
          const char *p = pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))];
          if (p[0] == '\0')
            g_string_append_c (s, '\0');
          else
            g_string_append (s, p);
        }
      g_autoptr (VoileScanResult) r
          = voile_engine_scan (voile_engine_get_default (), s->str, s->len, VOILE_TYPE_MASK_ALL);
      check_sorted_disjoint (r, s->len);
      g_string_free (s, TRUE);
    }
}

/* The API asks for valid UTF-8, but a caller's mistake must not crash the scan. */
static void
test_invalid_utf8 (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (99);

  for (guint iter = 0; iter < 500; iter++)
    {
      gsize n = (gsize)g_rand_int_range (rand, 0, 600);
      g_autofree char *buf = g_malloc (n + 1);
      for (gsize k = 0; k < n; k++)
        buf[k] = (char)g_rand_int_range (rand, 0, 256);
      g_autoptr (VoileScanResult) r
          = voile_engine_scan (voile_engine_get_default (), buf, n, VOILE_TYPE_MASK_ALL);
      check_sorted_disjoint (r, n);
    }
}

static void
scan_big (char fill, gsize len)
{
  g_autofree char *text = g_malloc (len);
  memset (text, fill, len);
  g_autoptr (VoileScanResult) r
      = voile_engine_scan (voile_engine_get_default (), text, len, VOILE_TYPE_MASK_ALL);
  check_sorted_disjoint (r, len);
}

static void
test_pathological (void)
{
  /* Each of these would be quadratic with a naive "regex at every offset" scan. */
  const char *units[] = { "1 ",  "@",   "a@",     "1.",          "+1",   "::",  "=",
                          "ab:", "$1 ", "12 34 ", "-----BEGIN ", "[A_1", "eyJ", "€1" };
  scan_big ('1', 4 * 1024 * 1024);
  scan_big ('@', 4 * 1024 * 1024);
  scan_big (':', 4 * 1024 * 1024);
  scan_big ('\0', 1024 * 1024);
  for (gsize u = 0; u < G_N_ELEMENTS (units); u++)
    {
      GString *s = g_string_new (NULL);
      while (s->len < 2 * 1024 * 1024)
        g_string_append (s, units[u]);
      g_autoptr (VoileScanResult) r
          = voile_engine_scan (voile_engine_get_default (), s->str, s->len, VOILE_TYPE_MASK_ALL);
      check_sorted_disjoint (r, s->len);
      g_string_free (s, TRUE);
    }
}

static void
test_nul_bytes (void)
{
  const char text[] = "mail\0marie@example.fr\0tel 06 12 34 56 78\0";
  g_autoptr (VoileScanResult) r
      = voile_engine_scan (voile_engine_get_default (), text, sizeof text - 1, STRUCTURED_MASK);
  g_assert_cmpuint (r->findings->len, ==, 2);
}

/* The anchor pass reads the text by blocks: what is found must not depend on where it
 * sits, at a block's edge, at the end of the text, after accented words. */
static void
test_found_at_any_offset (void)
{
  static const char sample[]
      = "Tél 06 12 34 56 78, mail marie.dupont@example.fr, né le 12/03/1985, "
        "IBAN FR76 3000 6000 0112 3456 7890 189, 12 rue de la Paix 75002 Paris, 1 500,00 €";
  static const char *const fillers[] = { " ", "é", "x_", "a, ", "1 " };
  g_autoptr (VoileScanResult) reference
      = voile_engine_scan (voile_engine_get_default (), sample, strlen (sample), STRUCTURED_MASK);

  g_assert_cmpuint (reference->findings->len, >=, 6);
  for (gsize f = 0; f < G_N_ELEMENTS (fillers); f++)
    for (guint repeat = 0; repeat < 70; repeat++)
      {
        g_autoptr (GString) s = g_string_new (NULL);
        for (guint k = 0; k < repeat; k++)
          g_string_append (s, fillers[f]);
        g_string_append_c (s, ' ');
        gsize shift = s->len;
        g_string_append (s, sample);
        g_autoptr (VoileScanResult) r
            = voile_engine_scan (voile_engine_get_default (), s->str, s->len, STRUCTURED_MASK);
        /* The filler "1 " makes numbers of its own: compare the findings of the sample. */
        guint k = 0;
        while (k < r->findings->len && g_array_index (r->findings, VoileFinding, k).start < shift)
          k++;
        g_assert_cmpuint (r->findings->len - k, ==, reference->findings->len);
        for (guint j = 0; j < reference->findings->len; j++, k++)
          {
            const VoileFinding *want = &g_array_index (reference->findings, VoileFinding, j);
            const VoileFinding *got = &g_array_index (r->findings, VoileFinding, k);
            g_assert_cmpint (got->type, ==, want->type);
            g_assert_cmpuint (got->start, ==, want->start + shift);
            g_assert_cmpuint (got->end, ==, want->end + shift);
          }
      }
}

static void
test_empty (void)
{
  g_autoptr (VoileScanResult) r
      = voile_engine_scan (voile_engine_get_default (), "", 0, VOILE_TYPE_MASK_ALL);
  g_assert_nonnull (r);
  g_assert_cmpuint (r->findings->len, ==, 0);
}

/* Scanned with every type, text holds a CUSTOMER_ID spanning exactly value, or none at all
 * when value is NULL. */
static void
assert_customer_id (const char *text, const char *value)
{
  g_autoptr (VoileScanResult) r
      = voile_engine_scan (voile_engine_get_default (), text, strlen (text), VOILE_TYPE_MASK_ALL);
  gboolean any = FALSE, want = FALSE;

  for (guint k = 0; k < r->findings->len; k++)
    {
      const VoileFinding *f = &g_array_index (r->findings, VoileFinding, k);
      if (f->type != VOILE_TYPE_CUSTOMER_ID)
        continue;
      any = TRUE;
      want |= value != NULL && f->end - f->start == strlen (value)
              && memcmp (text + f->start, value, f->end - f->start) == 0;
    }
  if (value != NULL)
    g_assert_true (want);
  else
    g_assert_false (any);
}

/* g15b: a table's number column beside a column of names the name finder found (no header
 * names the rows' people, no phone or e-mail column) holds the people's references; a
 * number far from the names (a call's), or a catalogue's with product names, does not.
 * Scanned with names, which the other cases leave out. */
static void
test_number_beside_names (void)
{
  static const struct
  {
    const char *text, *value; /* value NULL: no CUSTOMER_ID at all */
  } cases[] = {
    { "| Crew no. | Name | Station |\n|---|---|---|\n| 611482 | Brodie McAlpine | Mudgee |\n"
      "| 611507 | Jess Nakamura | Gulgong |\n| 609931 | Ahmed Faraj | Rylstone |\n",
      "611507" },
    { "incident_no,type,units,caller_name,caller_phone\n26-114883,MED,M7,Denise Kuchta,\n"
      "26-114887,MVA,E6,Rajesh Iyer,\n26-114891,FIRE,E4,Tom Roe,\n",
      NULL },
    { "Item no.,Name,Colour,Price\nKT-2207,Garden Kettle,Green,24.00\n"
      "KT-2211,Camping Stove,Grey,39.00\nKT-2214,Enamel Mug,White,6.50\n",
      NULL },
    /* the header's number word glued with a capital, or a "#": the header line's cheap
     * test must let both through */
    { "SquadNo\tName\tPosition\n4471\tBrodie McAlpine\tWing\n4472\tJess Nakamura\tProp\n"
      "4479\tAhmed Faraj\tHooker\n",
      "4472" },
    { "Crew #;Name;Station\n611482;Brodie McAlpine;Mudgee\n611507;Jess Nakamura;Gulgong\n"
      "609931;Ahmed Faraj;Rylstone\n",
      "611507" },
    /* two rows of names are too few to tell */
    { "| Crew no. | Name | Station |\n| 611482 | Brodie McAlpine | Mudgee |\n"
      "| 611507 | Jess Nakamura | Gulgong |\n",
      NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_customer_id (cases[i].text, cases[i].value);
}

static void
assert_type (const char *text, VoileType type, const char *value);

/* g21-tables: in a table whose rows are people (a column of names, logins, e-mails or birth
 * dates found), a column of distinct identifier-shaped cells holds their references
 * whatever its header calls it ("Matric", "n_adh", "Kennung"); not a row counter, a
 * thing's column (an asset tag), a grouping repeated across rows, nor a table whose names
 * are who acted on each row ("Delivered by"). */
static void
test_g21_shape_columns (void)
{
  static const struct
  {
    const char *text, *value; /* value NULL: no CUSTOMER_ID at all */
  } cases[] = {
    { "Matric\tSurname\tForename\tProgramme\n2291847\tFernsby\tAlice\tBSc Physics\n"
      "2291903\tOyelaran\tTunde\tBA History\n2290466\tMcCready\tSinead\tBSc Physics\n",
      "2291903" },
    { "n_adh;nom;prenom;ddn;section\nCLB-0042281;MARCHAND;L\xc3\xa9"
      "a;12/03/2011;Poussins\nCLB-0042309;BOUAZIZ;Yanis;02/09/2010;Poussins\n"
      "CLB-0043117;LE ROUX;Ma\xc3\xabl;27/01/2011;Benjamins\n",
      "CLB-0042309" },
    { "| Kennung | Name | Geburtsdatum | Klasse |\n|---|---|---|---|\n"
      "| S-20931177 | Lena Vogt | 03.05.2012 | 7b |\n| S-20931245 | Jonas Becker | 17.11.2011 | 7b "
      "|\n"
      "| S-20931390 | Mia Schulz | 22.02.2012 | 7a |\n",
      "S-20931390" },
    /* no name, but a column of birth dates: the rows are people (an extract of stays) */
    { "NIP;ddn;sexe;service\nEP26004417;12/03/1950;F;cardio\n"
      "EP26004532;30/07/1944;M;pneumo\nEP26004609;02/11/1962;M;cardio\n",
      "EP26004532" },
    /* a thing's noun the dictionaries hold heads no one's references: an audit log's
     * resource, a shift's machine */
    { "time,user,action,resource\n2026-01-02 10:01:02,jdoe,download,DOC-2026-00412\n"
      "2026-01-02 10:03:40,asmith,view,DOC-2026-00419\n"
      "2026-01-02 10:05:11,mnowak,delete,DOC-2026-00533\n",
      NULL },
    { "Date;Salari\xc3\xa9;Poste;Machine\n02/01/2026;Julien Marchal;matin;PRS-0044187\n"
      "02/01/2026;In\xc3\xa8s Carvalho;soir;PRS-0044210\n03/01/2026;Marc Dubois;nuit;PRS-0044305\n",
      NULL },
    /* the rows counted, a thing's tag, who delivered, a value met twice */
    { "Pos,Name,Email,Group\n000311,Alice Fernsby,alice.f@example.org,G1\n"
      "000312,Tunde Oyelaran,t.oyelaran@example.org,G1\n"
      "000313,Sinead McCready,smccready@example.org,G2\n",
      NULL },
    { "Asset tag,Holder,Email,Dept\nAT-0048812,Alice Fernsby,alice.f@example.org,Sales\n"
      "AT-0048870,Tunde Oyelaran,t.oyelaran@example.org,Ops\n"
      "AT-0049001,Sinead McCready,smccready@example.org,Ops\n",
      NULL },
    { "Parcel,Delivered by,Depot\nPX-4418827,Alice Fernsby,Leeds\nPX-4418830,Tunde Oyelaran,York\n"
      "PX-4418901,Sinead McCready,Leeds\n",
      NULL },
    { "Cohort,Name,Email,Site\nCH-2026041,Alice Fernsby,alice.f@example.org,Leeds\n"
      "CH-2026041,Tunde Oyelaran,t.oyelaran@example.org,York\n"
      "CH-2026052,Sinead McCready,smccready@example.org,Leeds\n",
      NULL },
    /* a statement's rows are payments, whatever names they hold */
    { "Date,Payee,Memo,Amount,Balance\n02/01/2026,Alice Fernsby,TX88120417,12.00,140.00\n"
      "03/01/2026,Tunde Oyelaran,TX88120533,40.00,100.00\n"
      "04/01/2026,Sinead McCready,TX88120610,9.50,90.50\n",
      NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_customer_id (cases[i].text, cases[i].value);
  /* the note under the table quotes a row's reference: that person's there too */
  {
    static const char text[]
        = "Matric\tSurname\tForename\tProgramme\n2291847\tFernsby\tAlice\tBSc Physics\n"
          "2291903\tOyelaran\tTunde\tBA History\n2290466\tMcCready\tSinead\tBSc Physics\n"
          "\nNote: 2291903 asked to defer; 22919030 is a room booking.\n";
    g_autoptr (VoileScanResult) r
        = voile_engine_scan (voile_engine_get_default (), text, strlen (text), VOILE_TYPE_MASK_ALL);
    guint ids = 0;
    for (guint k = 0; k < r->findings->len; k++)
      ids += g_array_index (r->findings, VoileFinding, k).type == VOILE_TYPE_CUSTOMER_ID;
    g_assert_cmpuint (ids, ==, 4);
  }
  /* (g26-speed) the tokens read for them: a value with an underscore glued after it is met
   * again; one of the same length, first and last digit is not ("2291803") */
  {
    static const char text[]
        = "Matric\tSurname\tForename\tProgramme\n2291847\tFernsby\tAlice\tBSc Physics\n"
          "2291903\tOyelaran\tTunde\tBA History\n2290466\tMcCready\tSinead\tBSc Physics\n"
          "\nNote: 2290466_ moved to York; 2291803 is no one of these.\n";
    g_autoptr (VoileScanResult) r
        = voile_engine_scan (voile_engine_get_default (), text, strlen (text), VOILE_TYPE_MASK_ALL);
    guint ids = 0;
    for (guint k = 0; k < r->findings->len; k++)
      {
        const VoileFinding *f = &g_array_index (r->findings, VoileFinding, k);
        if (f->type != VOILE_TYPE_CUSTOMER_ID)
          continue;
        ids++;
        g_assert_true (strncmp (text + f->start, "2291803", 7) != 0);
      }
    g_assert_cmpuint (ids, ==, 4);
  }
  /* India's PAN under its own column, not a "Pan size" */
  assert_type ("payee,pan,city\nRavi Menon,AAKPM1234Q,Pune\nLata Rao,BKRPR5521L,Thane\n",
               VOILE_TYPE_ID_DOCUMENT, "BKRPR5521L");
  assert_type ("item,pan size,qty\nskillet,SK-2810 28cm,4\nwok,WK-3012 30cm,2\n",
               VOILE_TYPE_ID_DOCUMENT, NULL);
}

/* g16: a form about a person found ("Detainee: …", "Full name: …") numbers that person in
 * its number fields, whatever the label's noun, on the name's line or the two after it; not
 * a thing's, a practitioner's or an identity card's number, nor past a blank line. */
static void
test_form_number_fields (void)
{
  static const struct
  {
    const char *text, *value; /* value NULL: no CUSTOMER_ID at all */
  } cases[] = {
    { "Detainee: KOWALSKI, Pieter Jan        Custody no.: 7730182\n", "7730182" },
    { "Full name: Amara Okafor     DOB: 03/02/2009\nSchoolbase ID: SB204471\n", "SB204471" },
    { "Full name: Amara Okafor     DOB: 03/02/2009\nCourt no.: 2\nBus no.: 40417\n", NULL },
    { "Interpreter: Daniel Hughes     NRPSI no.: 40417\n", NULL },
    { "Full name: Amara Okafor\n\nSchoolbase ID: SB204471\n", NULL },
    { "Full name: Amara Okafor\nID no.: 8801015009087\n", NULL },
    /* a field at the text's very end */
    { "Full name: Amara Okafor\nSchoolbase ID:", NULL },
    { "Full name: Amara Okafor\nSchoolbase ID: 2", NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_customer_id (cases[i].text, cases[i].value);
}

/* Scanned with every type, text holds a finding of type spanning exactly value, or none of
 * that type when value is NULL. */
static void
assert_type (const char *text, VoileType type, const char *value)
{
  g_autoptr (VoileScanResult) r
      = voile_engine_scan (voile_engine_get_default (), text, strlen (text), VOILE_TYPE_MASK_ALL);
  gboolean any = FALSE, want = FALSE;

  for (guint k = 0; k < r->findings->len; k++)
    {
      const VoileFinding *f = &g_array_index (r->findings, VoileFinding, k);
      if (f->type != type)
        continue;
      any = TRUE;
      want |= value != NULL && f->end - f->start == strlen (value)
              && memcmp (text + f->start, value, f->end - f->start) == 0;
    }
  if (value != NULL)
    g_assert_true (want);
  else
    g_assert_false (any);
}

/* g18-ids: identity documents by a KYC table's kind column (SQL one INSERT a line under a
 * blank line, a tabbed report under its title line of fields), identity numbers with a
 * State's key (Hong Kong, Singapore, the Emirates) and their look-alikes; references in
 * brackets beside a name, after a person-named label's "ID" or "record", under a
 * cardholder's key; a transfer's number column is nobody's file. */
static void
test_g18_ids (void)
{
  static const struct
  {
    const char *text;
    VoileType type;
    const char *value; /* NULL: no finding of that type at all */
  } cases[] = {
    /* a public identifier credited to a person in a changelog is nobody's file */
    { "  Patch for security issue CVE-2021-3541 (Daniel Veillard)\n", VOILE_TYPE_CUSTOMER_ID,
      NULL },
    { "CREATE TABLE kyc (\n  holder text,\n  id_type text,\n  id_number text\n);\n\n"
      "INSERT INTO kyc VALUES ('Ines Varela', 'ES_DNI', 'Y5521873L');\n"
      "INSERT INTO kyc VALUES ('Tomas Berg', 'SE_PASSPORT', '91442087');\n",
      VOILE_TYPE_ID_DOCUMENT, "91442087" },
    { "Branch: Leeds North\tDate: 02/03/2026\tClerk: jsmith\n"
      "ref\tcustomer\tdoc_type\tdoc_number\tamount\n"
      "Q-1\tMarta Lis\tPL ID card\tAYX552190\t£200.00\n"
      "Q-2\tJan Nowak\tPL ID card\tAZB118204\t£80.00\n",
      VOILE_TYPE_ID_DOCUMENT, "AZB118204" },
    { "The tenant's HKID is C668668(9), copy on file.\n", VOILE_TYPE_ID_DOCUMENT, "C668668(9)" },
    { "Second holder XA120334(4) signed too.\n", VOILE_TYPE_ID_DOCUMENT, "XA120334(4)" },
    { "HKID C668668(3) fails its key.\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "Her NRIC, as scanned (T0217735D), expires never.\n", VOILE_TYPE_ID_DOCUMENT, "T0217735D" },
    { "NRIC S1234567A\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "Part S8822104D shipped today.\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "holder 784-1987-4410923-6 on the visa file\n", VOILE_TYPE_ID_DOCUMENT,
      "784-1987-4410923-6" },
    { "batch 784-1987-4410923-5 of the order\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "Please call Mr Okonkwo (member KL-40912) back.\n", VOILE_TYPE_CUSTOMER_ID, "KL-40912" },
    { "Rosa Delgado (DN004417) renewed by phone.\n", VOILE_TYPE_CUSTOMER_ID, "DN004417" },
    { "Marie Dupont (AF1234) lands at noon.\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Candidate ID: CND-55120 shortlisted.\n", VOILE_TYPE_CUSTOMER_ID, "CND-55120" },
    { "Request ID: RQ-5512 failed.\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "co-signer tribal ID T-0448172\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "{\"cardholder_id\": \"ch_55821\", \"tier\": \"gold\"}\n", VOILE_TYPE_CUSTOMER_ID,
      "ch_55821" },
    { "He showed his Ghana Card GHA-002391887-4 at the desk.\n", VOILE_TYPE_ID_DOCUMENT,
      "GHA-002391887-4" },
    { "her DPI 3012 55871 0108 matches\n", VOILE_TYPE_ID_DOCUMENT, "3012 55871 0108" },
    { "printed at 600 DPI 1200 wide\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "txn_no\tsender\tamount\nTX-550121\tAna Ruiz\t$50.00\nTX-550122\tLeo Park\t$20.00\n"
      "TX-550123\tIda Moss\t$75.00\n",
      VOILE_TYPE_CUSTOMER_ID, NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_type (cases[i].text, cases[i].type, cases[i].value);
}

/* g25-ids: Tanzania's NIDA by its layout (a birth date year first); France's NIR glued in a
 * fixed-width export beside the birth date it holds, its key checked; Spain's NIE after its
 * name; a form's dotted leader and a sentence's verb after a national number's name;
 * Uganda's NIN with seven digits; their look-alikes. */
static void
test_g25_ids (void)
{
  static const struct
  {
    const char *text;
    VoileType type;
    const char *value; /* NULL: no finding of that type at all */
  } cases[] = {
    { "{\"holder\": \"Neema Mollel\", \"nida\": \"19880514-23104-00061-27\"}\n",
      VOILE_TYPE_ID_DOCUMENT, "19880514-23104-00061-27" },
    { "Farmer Baraka, 20010930-12119-00004-11, Moshi\n", VOILE_TYPE_ID_DOCUMENT,
      "20010930-12119-00004-11" },
    { "batch 19881399-23104-00061-27 rejected\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "part 12345678-12345-12345-12 in stock\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "run 19880514-23104-00061-27-4 closed\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "10MOREAU    Luc       15081975175086912304520003120,50\n", VOILE_TYPE_FR_NIR,
      "175086912304520" },
    { "20DUBOIS Ana 1983022728302441090122800045\n", VOILE_TYPE_FR_NIR, "283024410901228" },
    { "20DUBOIS Ana 2830244109012281983022700045\n", VOILE_TYPE_FR_NIR, "283024410901228" },
    /* the date's month is not the number's: no NIR */
    { "10MOREAU    Luc       15091975175086912304520003120,50\n", VOILE_TYPE_FR_NIR, NULL },
    /* its key fails */
    { "10MOREAU    Luc       15081975175086912304521003120,50\n", VOILE_TYPE_FR_NIR, NULL },
    { "trace 482910573628104957362819405738291\n", VOILE_TYPE_FR_NIR, NULL },
    { "Résidence : Valencia (NIE X-3318274-H)\n", VOILE_TYPE_ID_DOCUMENT, "X-3318274-H" },
    { "mi NIE es Z0917223B, gracias\n", VOILE_TYPE_ID_DOCUMENT, "Z0917223B" },
    { "NIE 12345678\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "la nie 3318274 est\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "  NRC ........ 502918/11/1\n", VOILE_TYPE_ID_DOCUMENT, "502918/11/1" },
    { "NIN .......... 70118436255\n", VOILE_TYPE_ID_DOCUMENT, "70118436255" },
    { "my NIN is 70118436255\n", VOILE_TYPE_ID_DOCUMENT, "70118436255" },
    { "agent checked NIN CF9102231QWRTA at the counter\n", VOILE_TYPE_ID_DOCUMENT,
      "CF9102231QWRTA" },
    { "NIN CF910223QWRTY\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "{\"guest\": {\"passport\": {\"number\": \"C 0418 2273\", \"country\": \"CZE\"}}}\n",
      VOILE_TYPE_ID_DOCUMENT, "C 0418 2273" },
    { "{\"driver\": {\"driving_licence\": {\n  \"issuer\": \"DVA\",\n  \"number\": "
      "\"7740219\"}}}\n",
      VOILE_TYPE_ID_DOCUMENT, "7740219" },
    { "{\"licence\": {\"number\": \"4471-2290\", \"seats\": 25}}\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "{\"invoice\": {\"number\": \"F 2025 0418\"}}\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "Student visa (subclass 500), grant no. 0529914470318 - conditions 8105\n",
      VOILE_TYPE_ID_DOCUMENT, "0529914470318" },
    { "her visa: {\"subclass\": \"482\",\n \"grant_number\": \"1177 0291 4483\"}\n",
      VOILE_TYPE_ID_DOCUMENT, "1177 0291 4483" },
    { "visa office closed.\nNHMRC grant no. 2004417735 funds the trial\n", VOILE_TYPE_ID_DOCUMENT,
      NULL },
    { "visa subclass 189, grant no. 0418\n", VOILE_TYPE_ID_DOCUMENT, NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_type (cases[i].text, cases[i].type, cases[i].value);
}

/* g24-ids: the Philippines' passport and Singapore's M-series FIN by their shapes; Gulf
 * States' and Indonesia's identity numbers after their names (QID, iqama, CPR, NIK), also as
 * a table's column; France's foreigner number on a residence document and France's driving
 * licence after "permis"; their look-alikes. */
static void
test_g24_ids (void)
{
  static const struct
  {
    const char *text;
    VoileType type;
    const char *value; /* NULL: no finding of that type at all */
  } cases[] = {
    { "Crew change: 3/O Dela Pena, P6718204B, joins at Singapore.\n", VOILE_TYPE_ID_DOCUMENT,
      "P6718204B" },
    { "sample form P1234567A in the guide\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "part XP6718204B shipped\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "worker's FIN M7718302K, dormitory block 4\n", VOILE_TYPE_ID_DOCUMENT, "M7718302K" },
    { "bolt M7718302K in stock\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "QID: 28535641207 (renewal due)\n", VOILE_TYPE_ID_DOCUMENT, "28535641207" },
    { "QID 12345\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "QID 58535641207\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "holder of iqama no. 2471190385, sponsor's CR 1010442871\n", VOILE_TYPE_ID_DOCUMENT,
      "2471190385" },
    { "iqama fee 3650442871 paid\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "<CPR>913320455</CPR>\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "tenant CPR 910711204 moved out\n", VOILE_TYPE_ID_DOCUMENT, "910711204" },
    { "CPR training 20250311 for all staff\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "{\"nik\": \"3175064711880002\"}\n", VOILE_TYPE_ID_DOCUMENT, "3175064711880002" },
    { "{\"nik\": \"3175069911880002\"}\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "Name\tNationality\tQID\tTrade\nRam Thapa\tNepal\t29552411873\tMason\n"
      "Ali Khan\tPakistan\t28858612094\tHelper\n",
      VOILE_TYPE_ID_DOCUMENT, "28858612094" },
    { "Mme Diallo, récépissé n° 9201447812 valable trois mois\n", VOILE_TYPE_ID_DOCUMENT,
      "9201447812" },
    { "carte de séjour pluriannuelle n° 1302558174 expirée\n", VOILE_TYPE_ID_DOCUMENT,
      "1302558174" },
    { "visiteur;lien;pièce\nAhmed;frère;TS 6901188243\n", VOILE_TYPE_ID_DOCUMENT, "6901188243" },
    { "numéro de séjour AP-HP 7522611044\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "résident n° 0612345678\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "lots 9201447812 livrés\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "Permis n° : 15CD40218 délivré le 03/04/2015\n", VOILE_TYPE_ID_DOCUMENT, "15CD40218" },
    { "Permis C n° 781104300215 (préfecture)\n", VOILE_TYPE_ID_DOCUMENT, "781104300215" },
    { "permis de construire n° 781104300215\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "  4 SSR DOCS LH HK1 P/DEU/C01X00T47/DEU/14MAR79/M/02SEP31/BECKER/JONAS/P1\n",
      VOILE_TYPE_ID_DOCUMENT, "C01X00T47" },
    { "SSR DOCS LH HK1 P/DEU/C01X00T47 (incomplete)\n", VOILE_TYPE_ID_DOCUMENT, NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_type (cases[i].text, cases[i].type, cases[i].value);
}

/* g23-ids: the Ghana Card's number by its layout alone, Uganda's NIN and Zambia's NRC after
 * their names, identity-number columns headed by a country's code or "Nat. ID" or "NRC";
 * their look-alikes. */
static void
test_g23_ids (void)
{
  static const struct
  {
    const char *text;
    VoileType type;
    const char *value; /* NULL: no finding of that type at all */
  } cases[] = {
    { "Depositor Kwabena Asante, GHA-004417823-9, paid at Kumasi.\n", VOILE_TYPE_ID_DOCUMENT,
      "GHA-004417823-9" },
    { "{\"label\": \"PIN\", \"value\": \"GHA-119028374-2\"}\n", VOILE_TYPE_ID_DOCUMENT,
      "GHA-119028374-2" },
    { "route GHA-004417823 closed\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "format GHA-000000000-0 (placeholder)\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "flight XGHA-004417823-9 landed\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "NIN: CM91022307PLQA\n", VOILE_TYPE_ID_DOCUMENT, "CM91022307PLQA" },
    { "checked against NIN AF75110214K7RD.\n", VOILE_TYPE_ID_DOCUMENT, "AF75110214K7RD" },
    { "NIN: XZ91022307PLQA\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "NRC 502918/11/1 seen at the border post\n", VOILE_TYPE_ID_DOCUMENT, "502918/11/1" },
    { "NRC 12/03/2026 renewal\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "name,zm_id_no,district\nMutinta Hamoonga,502918/11/1,Choma\n"
      "Chileshe Banda,441207/34/1,Mansa\n",
      VOILE_TYPE_ID_DOCUMENT, "441207/34/1" },
    { "client;NG ID;town\nAdaeze Okafor;70428815532;Enugu\nEmeka Eze;61190247718;Nsukka\n",
      VOILE_TYPE_ID_DOCUMENT, "61190247718" },
    { "Patient | Nat. ID | Ward\nRavi Singh | 19740512033 | B\nAnn Lee | 19811130047 | C\n",
      VOILE_TYPE_ID_DOCUMENT, "19811130047" },
    { "name;NRC;clinic\nGrace Phiri;301187/61/1;Lilanda\nJohn Tembo;118834/10/1;Matero\n",
      VOILE_TYPE_ID_DOCUMENT, "118834/10/1" },
    { "task,to_id,status\nReview,40917722,open\nSign,40917723,done\n", VOILE_TYPE_ID_DOCUMENT,
      NULL },
    { "name,pt_id,ward\nRavi Singh,884120,B\nAnn Lee,884121,C\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "name;NRC;clinic\nGrace Phiri;12/03/2026;Lilanda\nJohn Tembo;14/03/2026;Matero\n",
      VOILE_TYPE_ID_DOCUMENT, NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_type (cases[i].text, cases[i].type, cases[i].value);
}

/* g22-ids: national identity numbers told by their layout and their keys, without a word;
 * their look-alikes (wrong keys, impossible dates, placeholders, eleven digits without a
 * name, a product's EAN-13). */
static void
test_g22_ids (void)
{
  static const struct
  {
    const char *text;
    VoileType type;
    const char *value; /* NULL: no finding of that type at all */
  } cases[] = {
    { "Werknemer 69.02.18-153.91 start op maandag.\n", VOILE_TYPE_ID_DOCUMENT, "69.02.18-153.91" },
    { "le collaborateur (040522-287-74) débute lundi\n", VOILE_TYPE_ID_DOCUMENT, "040522-287-74" },
    { "ref 69.02.18-153.92 du lot\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "Rijksregisternummer: 69021815391\n", VOILE_TYPE_ID_DOCUMENT, "69021815391" },
    { "commande 69021815391 expédiée\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "Identifiant national 1988112304758 au dossier\n", VOILE_TYPE_ID_DOCUMENT, "1988112304758" },
    { "lot 1988112304757 en stock\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "assuré 756.4802.1573.39 depuis 2019\n", VOILE_TYPE_CUSTOMER_ID, "756.4802.1573.39" },
    { "article 756.4802.1573.38 en rayon\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Tenant: Lerato Khumalo 9206145127084, employed\n", VOILE_TYPE_ID_DOCUMENT, "9206145127084" },
    { "EAN 9206145127085 on the box\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "Penyewa: Tan Mei Ling, 770305-02-1234\n", VOILE_TYPE_ID_DOCUMENT, "770305-02-1234" },
    { "part 770305-70-1234 reordered\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "witness 35202-4417853-9 signed\n", VOILE_TYPE_ID_DOCUMENT, "35202-4417853-9" },
    { "format: 12345-1234567-1\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "seller 752631984V present\n", VOILE_TYPE_ID_DOCUMENT, "752631984V" },
    { "seller 753671984V present\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "buyer NIC 198467301255 present\n", VOILE_TYPE_ID_DOCUMENT, "198467301255" },
    { "invoice 198467301255 paid\n", VOILE_TYPE_ID_DOCUMENT, NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_type (cases[i].text, cases[i].type, cases[i].value);
}

/* g22-ids2: identity nouns and their values a few words apart, read by the noun-led reading
 * (an abbreviation in brackets, a bare "ID" with its number word or its owner, a card of a
 * resident, a visa's foil), keys, XML elements with attributes and columns named after an
 * identity number, Romania's CNP and China's resident identity number by their keys; their
 * look-alikes (a firm's or a taxpayer's identification number, a chat platform's ID, a
 * record's ID, a product's EAN-13, wrong keys, impossible dates). */
static void
test_g22_ids2 (void)
{
  static const struct
  {
    const char *text;
    VoileType type;
    const char *value; /* NULL: no finding of that type at all */
  } cases[] = {
    { "I declare that my National Identity Number (NIN) is 55031887412 and\n",
      VOILE_TYPE_ID_DOCUMENT, "55031887412" },
    { "B-1 visa issued in Lagos, foil no. K4410873, valid two years\n", VOILE_TYPE_ID_DOCUMENT,
      "K4410873" },
    { "the second witness (ID No. 22871406) signed before me\n", VOILE_TYPE_ID_DOCUMENT,
      "22871406" },
    { "Buyer: Wairimu Njoroge, ID No. 30418876, of Nakuru\n", VOILE_TYPE_ID_DOCUMENT, "30418876" },
    { "and the grandmother, her ID was 3318504 before renewal\n", VOILE_TYPE_ID_DOCUMENT,
      "3318504" },
    { "hébergé, titulaire d'une carte de résident n° 7512004418 valable\n", VOILE_TYPE_ID_DOCUMENT,
      "7512004418" },
    { "Employer identification number: 88-4120973\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "Company identity number 55120934 on the invoice\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "the bot replied (ID 884120937551003648) at once\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "the entry (Record ID No. 20418835) was closed\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "Users\nID: 4471823, role admin\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "funded under grant no. 61872345 of the council\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "<holder>Dinesh Perera</holder><nic>200145601234</nic>\n", VOILE_TYPE_ID_DOCUMENT,
      "200145601234" },
    { "<applicant><WorkPermitNumber>WP7741023</WorkPermitNumber></applicant>\n",
      VOILE_TYPE_ID_DOCUMENT, "WP7741023" },
    { "<DriverLicense state=\"ON\">K12345678901234</DriverLicense>\n", VOILE_TYPE_ID_DOCUMENT,
      "K12345678901234" },
    { "<PermitType code=\"B\">Work2024</PermitType>\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "ref;full_name;id_no;phone\nK-118;Wanjiru Kamau;23417790;0712 555 118\n"
      "K-119;Otieno Barasa;9904117;0733 210 004\n",
      VOILE_TYPE_ID_DOCUMENT, "23417790" },
    { "Martor: Ioana Popescu, 2960727401831, domiciliată în Cluj\n", VOILE_TYPE_ID_DOCUMENT,
      "2960727401831" },
    { "cod 2960727401832 în stoc\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "EAN 5901101210457 on the carton\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "EAN 3760123450031 en rayon\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "tenant Li Wei, 44030419870615412X? no: 440304198706154125\n", VOILE_TYPE_ID_DOCUMENT,
      "440304198706154125" },
    { "reference 440304198706154126 archived\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    { "order 440304198713154125 archived\n", VOILE_TYPE_ID_DOCUMENT, NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_type (cases[i].text, cases[i].type, cases[i].value);
}

/* g18-ids2: keys (JSON, key=value, XML tags) naming an identity document's number or a
 * number that is one person's by itself (a debit mandate, a BVN); a word of its own and a
 * number beside a name, in brackets or in the comma's apposition; their look-alikes. */
static void
test_g18_ids2 (void)
{
  static const struct
  {
    const char *text;
    VoileType type;
    const char *value; /* NULL: no finding of that type at all */
  } cases[] = {
    /* keys naming an identity document */
    { "{\"traveller\": {\"surname\": \"Haddad\", \"passportNo\": \"RB7740215\"}}\n",
      VOILE_TYPE_ID_DOCUMENT, "RB7740215" },
    { "{\"national_id\": \"19900412-5521\", \"tier\": 2}\n", VOILE_TYPE_ID_DOCUMENT,
      "19900412-5521" },
    { "holder=G. Ferri id_card_number=CA44871QX expiry=2031-05-01\n", VOILE_TYPE_ID_DOCUMENT,
      "CA44871QX" },
    { "{\"driverLicense\": \"F2231-77480-11\"}\n", VOILE_TYPE_ID_DOCUMENT, "F2231-77480-11" },
    { "<Party><NationalId>8807125501083</NationalId></Party>\n", VOILE_TYPE_ID_DOCUMENT,
      "8807125501083" },
    /* … and what such keys also hold: a date, a kind, a firm's LEI, a software licence */
    { "{\"passport_expiry\": \"2031-04-02\", \"national_id_type\": \"CC\"}\n",
      VOILE_TYPE_ID_DOCUMENT, NULL },
    { "{\"nationalIdentifier\": \"529900T8BM49AURSDO55\", \"type\": \"LEIX\"}\n",
      VOILE_TYPE_ID_DOCUMENT, NULL },
    { "{\"license\": \"Apache-2.0\", \"license_key\": \"K7Q2-99X1-ZZ40\"}\n",
      VOILE_TYPE_ID_DOCUMENT, NULL },
    { "{\"national_insurance_number\": \"QQ 12 34 56 C\"}\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    /* keys that are one person's number by themselves */
    { "{\"payer\": \"T. Marsh\", \"mandate\": \"GC-MD-0041187\"}\n", VOILE_TYPE_CUSTOMER_ID,
      "GC-MD-0041187" },
    { "<DrctDbtTx><MndtRltdInf><MndtId>CLUB-2024-00318</MndtId></MndtRltdInf></DrctDbtTx>\n",
      VOILE_TYPE_CUSTOMER_ID, "CLUB-2024-00318" },
    { "{\"bvn\": \"22190455871\", \"phone_verified\": true}\n", VOILE_TYPE_CUSTOMER_ID,
      "22190455871" },
    { "<Member><MembershipNumber>00718842</MembershipNumber></Member>\n", VOILE_TYPE_CUSTOMER_ID,
      "00718842" },
    { "{\"mandate_status\": \"active\", \"mandate_signed_at\": \"2024-03-02\"}\n",
      VOILE_TYPE_CUSTOMER_ID, NULL },
    { "<GrpHdr><MsgId>MSG-2025-1102-001</MsgId><NbOfTxs>12</NbOfTxs></GrpHdr>\n",
      VOILE_TYPE_CUSTOMER_ID, NULL },
    { "<Order><OrderDate>2025-01-02</OrderDate></Order>\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "<site><googleAnalyticsAccountId>UA-140879-1</googleAnalyticsAccountId></site>\n",
      VOILE_TYPE_CUSTOMER_ID, NULL },
    /* a word and a number beside a name */
    { "Visite : Karim Benslimane (écrou 31877), parloir jeudi.\n", VOILE_TYPE_CUSTOMER_ID,
      "31877" },
    { "- Ludovic Ferrand, écrou 30421, demande un rendez-vous.\n", VOILE_TYPE_CUSTOMER_ID,
      "30421" },
    { "Ask Sarah Quinn (badge 778812) to sign in.\n", VOILE_TYPE_CUSTOMER_ID, "778812" },
    { "Dr Paul Rivet (rpps 10003456789) consulte le mardi.\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Léon Mercier, né 1954, ancien maire.\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Julie Morel, 3 enfants, 12000 euros de revenus.\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Driver: Stevie Burns, route G12-07 today.\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Tom Harris (promo 2019) revient.\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    /* a number spelled one digit at a time after its words or its question */
    { "Numéro d'adhérent : 7 3 0 4 1 8 5 2\n", VOILE_TYPE_CUSTOMER_ID, "7 3 0 4 1 8 5 2" },
    { "AGENT: Can I take your tenant number?\nCALLER: yes, 3 9 1 1 0 7 4\n", VOILE_TYPE_CUSTOMER_ID,
      "3 9 1 1 0 7 4" },
    { "et mon numéro de dossier c'est le BT 5 5 0 2 1 8\n", VOILE_TYPE_CUSTOMER_ID,
      "BT 5 5 0 2 1 8" },
    { "his driving licence is K 7 2 0 9 4 4 1 8\n", VOILE_TYPE_ID_DOCUMENT, "K 7 2 0 9 4 4 1 8" },
    { "Row 3: 5 3 0 0 7 0 9 1 6\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Your account number is 1 2 3 4 5 6 7 8\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Order number 41 22 18 05\n", VOILE_TYPE_CUSTOMER_ID, "41 22 18 05" },
    /* money beside a name is no file */
    { "Paul Martin (salary 45000) joined in May.\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    /* a family's or a rite's people in a table's columns */
    { "CREATE TABLE wards (ward_id int, full_name text, guardian_id int);\n"
      "INSERT INTO wards (ward_id, full_name, guardian_id) VALUES (7, 'Lea Novak', 40917);\n",
      VOILE_TYPE_CUSTOMER_ID, "40917" },
    /* an API's record with its person's data in a child object */
    { "{\"records\": [{\"id\": \"recQ81hTz0LmA4cXe\", \"fields\": {\"Name\": \"Iris Vale\", "
      "\"Email\": \"iris.vale@example.net\"}}]}\n",
      VOILE_TYPE_CUSTOMER_ID, "recQ81hTz0LmA4cXe" },
    { "{\"records\": [{\"id\": \"recP02kLm9QzT7aWd\", \"fields\": {\"Product\": \"Mug\", "
      "\"Stock\": 12}}]}\n",
      VOILE_TYPE_CUSTOMER_ID, NULL },
    /* a case one person opens, under its key */
    { "{\"complaint_id\": \"cmp_4Hq81ZkW2P\", \"channel\": \"email\"}\n", VOILE_TYPE_CUSTOMER_ID,
      "cmp_4Hq81ZkW2P" },
    { "{\"dispute_status\": \"won\", \"disputeCount\": 12}\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    /* India's UPI addresses: a person's, not a masked one nor a shop's */
    { "Fees can be sent to meera.iyer92@oksbi by Friday.\n", VOILE_TYPE_CUSTOMER_ID,
      "meera.iyer92@oksbi" },
    { "paid to 98xxxx4410@paytm and to sweetmart.merchant@ybl\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "mail accounts@sbi.co.in today\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    /* letters spelled the call centres' way before a spoken reference */
    { "AGENT: your booking reference is K for Kilo, three three one, nine eight.\n",
      VOILE_TYPE_CUSTOMER_ID, "K for Kilo, three three one, nine eight" },
    { "ADVISER: Can I take your membership number, it's on the back of your card.\n"
      "MEMBER: Yes, 5 5 0 4 1 9 2.\n",
      VOILE_TYPE_CUSTOMER_ID, "5 5 0 4 1 9 2" },
    { "MEMBER: my membership number changed last year.\nMEMBER: 5 5 0 4 1 9 2\n",
      VOILE_TYPE_CUSTOMER_ID, NULL },
    /* a number beside its document's kind */
    { "{\"doc\": {\"doc_type\": \"foreign_passport\", \"number\": \"PX4471920\"}}\n",
      VOILE_TYPE_ID_DOCUMENT, "PX4471920" },
    { "{\"type\": \"invoice\", \"number\": \"INV-22019\"}\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    /* a booking's noun alone heading the references of a table of people */
    { "Résa | Client | Chambre\n---|---|---\nCH-5512 | Aoife Brennan | Glycine\n"
      "CH-5518 | Tomas Lindgren | Tilleul\nCH-5523 | Priya Raman | Lilas\n",
      VOILE_TYPE_CUSTOMER_ID, "CH-5523" },
    { "Résa | Chambre | Travaux\n---|---|---\nTRV-5512 | Glycine | peinture\n"
      "TRV-5518 | Tilleul | plomberie\nTRV-5523 | Lilas | volets\n",
      VOILE_TYPE_CUSTOMER_ID, NULL },
    /* a file's noun after a possessive */
    { "I've noted it on her record 550812.\n", VOILE_TYPE_CUSTOMER_ID, "550812" },
    { "Il a mis à jour sa fiche 30417 hier.\n", VOILE_TYPE_CUSTOMER_ID, "30417" },
    { "She beat her record 2019 by a second.\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    /* a back office's customer pages in its access log, not an API's docs */
    { "10.2.0.7 - - [02/Mar/2026:10:00:01 +0000] \"GET /admin/customers/KP-20931 HTTP/1.1\" 200\n",
      VOILE_TYPE_CUSTOMER_ID, "KP-20931" },
    { "Example: GET /v2/customers/CU-1001 HTTP/1.1 returns the object.\n", VOILE_TYPE_CUSTOMER_ID,
      NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_type (cases[i].text, cases[i].type, cases[i].value);
}

/* g19-ids: references of travel (a booking's locator and a folio under their keys, IATA ticket
 * numbers and their lists, frequent-flyer numbers after FF/FQTV and a carrier's code), identity
 * documents by their abbreviations after a country (PP, CI, CIE) and visas whose label says
 * which, French justice's and police's files in digit groups; their look-alikes. */
static void
test_g19_ids (void)
{
  static const struct
  {
    const char *text;
    VoileType type;
    const char *value; /* NULL: no finding of that type at all */
  } cases[] = {
    /* a booking's record locator and a guest's folio under their keys */
    { "{\"pnr\": \"K4RT9Z\", \"seats\": 2}\n", VOILE_TYPE_CUSTOMER_ID, "K4RT9Z" },
    { "INFO booking-api fetched pnr=Q2WX7M in 41 ms\n", VOILE_TYPE_CUSTOMER_ID, "Q2WX7M" },
    { "reservation:\n  recordLocator: H8PZ3K\n", VOILE_TYPE_CUSTOMER_ID, "H8PZ3K" },
    { "{\"guest\": \"A. Moretti\", \"folio\": \"FO-220471\"}\n", VOILE_TYPE_CUSTOMER_ID,
      "FO-220471" },
    { "{\"service_locator\": \"svc-07.internal:8443\"}\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "{\"pnr_count\": 4412, \"day\": \"2026-03-01\"}\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    /* a folio column beside guests' names */
    { "folio;guest;room\n88120431;Maeve Gallagher;214\n88120432;Jonas Berg;215\n"
      "88120433;Ines Duarte;301\n",
      VOILE_TYPE_CUSTOMER_ID, "88120433" },
    /* IATA ticket numbers after a ticket's word, and the next ones of the list */
    { "Les billets électroniques (e-tickets) 057 2231 904 118 et 057 2231 904 119 sont émis.\n",
      VOILE_TYPE_CUSTOMER_ID, "057 2231 904 119" },
    { "TKT: 176-4402918835 issued 03MAR\n", VOILE_TYPE_CUSTOMER_ID, "176-4402918835" },
    { "7 FA PAX 016-9920147761/ETUA/USD412.20/02MAR26\n", VOILE_TYPE_CUSTOMER_ID,
      "016-9920147761" },
    { "Seat fee paid, EMD 125-8810042276\n", VOILE_TYPE_CUSTOMER_ID, "125-8810042276" },
    /* the shape with no ticket's word: a part's number */
    { "Spare part 057-2231904118 back in stock\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    /* a frequent flyer's number after FF / FQTV and the carrier's code */
    { "PAX 2 ROSSI/ELENA MS  FF AZ 20994173\n", VOILE_TYPE_CUSTOMER_ID, "20994173" },
    { "checkin ok fqtv=LH:992004410027716 seat=14C\n", VOILE_TYPE_CUSTOMER_ID, "992004410027716" },
    { "See Smith 2019, pp. 112 ff. 2014\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    /* PP, CI, CIE after a country's code or adjective */
    { "Guest: Tomás Ferreira, PT PP CB4471920, arrived 14:20\n", VOILE_TYPE_ID_DOCUMENT,
      "CB4471920" },
    { "ID seen: Spanish PP PAF118204 (exp 2031)\n", VOILE_TYPE_ID_DOCUMENT, "PAF118204" },
    { "ID checked: IT CIE CA22817LQ\n", VOILE_TYPE_ID_DOCUMENT, "CA22817LQ" },
    { "Resin: Order PP 5 kg, CI 20260311 batch\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    /* a visa's number when its label says which visa */
    { "Her Schengen visa 00218847 expires in May.\n", VOILE_TYPE_ID_DOCUMENT, "00218847" },
    { "Visa D n° FRA118204557 (VLS-TS) validé par l'OFII\n", VOILE_TYPE_ID_DOCUMENT,
      "FRA118204557" },
    { "Paid by Visa 44711892, receipt attached.\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    /* French justice's and police's files in digit groups */
    { "Procédure n° 01187/2026/COB — audition le 4 mars\n", VOILE_TYPE_CUSTOMER_ID,
      "01187/2026/COB" },
    { "transmis au parquet de Bobigny n° 26.071.00418\n", VOILE_TYPE_CUSTOMER_ID, "26.071.00418" },
    { "inscrit en main courante n° 2026/00871\n", VOILE_TYPE_CUSTOMER_ID, "2026/00871" },
    { "Affaire pénale n° 812-26-0419 (audience le 2)\n", VOILE_TYPE_CUSTOMER_ID, "812-26-0419" },
    { "PV n° 14 du conseil d'administration du 12/03/2026\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Pose de parquet le 12.03.2026 chez le client\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    /* a list of documents, each after its holder's name or before a remark in brackets */
    { "Passports: Amaru QK2209184, Tupac QK2209185, Illari QK2209186\n", VOILE_TYPE_ID_DOCUMENT,
      "QK2209186" },
    { "Passport numbers: LX5501827 (father), LX5501828 (son)\n", VOILE_TYPE_ID_DOCUMENT,
      "LX5501828" },
    { "Passport LX5501827, Invoice LX5501828\n", VOILE_TYPE_ID_DOCUMENT, "LX5501827" },
    /* a case's label ending on a hash and a colon */
    { "Appeal #: APL-2026-00417   Outcome: pending\n", VOILE_TYPE_CUSTOMER_ID, "APL-2026-00417" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_type (cases[i].text, cases[i].type, cases[i].value);
}

/* Every PERSON found in TEXT, '|' between. */
static char *
persons_of (const char *text)
{
  g_autoptr (VoileScanResult) r
      = voile_engine_scan (voile_engine_get_default (), text, strlen (text), VOILE_TYPE_MASK_ALL);
  GString *got = g_string_new (NULL);
  for (guint k = 0; k < r->findings->len; k++)
    {
      const VoileFinding *f = &g_array_index (r->findings, VoileFinding, k);
      if (f->type != VOILE_TYPE_PERSON)
        continue;
      if (got->len > 0)
        g_string_append_c (got, '|');
      g_string_append_len (got, text + f->start, (gssize)(f->end - f->start));
    }
  return g_string_free (got, FALSE);
}

/* Prose wrapped at a fixed width: a name across a line break is one name ("Sophie\nLeroux");
 * lines of a chat or a table, whose breaks are their own, are never joined. */
static void
test_wrapped_prose_names (void)
{
  static const struct
  {
    const char *text;
    const char *persons; /* every PERSON found, '|' between */
  } cases[] = {
    { "Je me permets de revenir vers vous au sujet de ma réclamation du mois\n"
      "dernier. Mon conjoint a appelé votre service le 5 mars ; votre conseiller,\n"
      "Karim Benali, lui a promis un rappel sous quarante-huit heures, qui n'est\n"
      "jamais venu. J'ai ensuite écrit à votre service client, et Madame Sophie\n"
      "Leroux m'a répondu que le dossier était transmis au service contentieux.\n",
      "Karim Benali|Sophie\nLeroux" },
    { "Thanks for getting back to me so quickly about the refund on my order.\n"
      "I spoke to your adviser yesterday afternoon and she said that Jennifer\n"
      "Holloway from the accounts team would call me back within two working\n"
      "days, but I have not heard from anyone yet and the charge is still there.\n",
      "Jennifer\nHolloway" },
    { "Emily: can you put it in my husband's name too, Daniel Holloway\n"
      "Tariq from Brightwell · 09:15\nsure, I have updated the booking for you both now\n"
      "Emily: great thanks, and the second guest is arriving later in the evening\n",
      "Daniel Holloway" },
    { "NOM                   Prénom         Accompagnant(s)        Repas / allergies\n"
      "LACOMBE               Sylvie         Commercial             sans gluten\n"
      "TEIXEIRA              Bruno          Atelier                végétarien\n",
      "LACOMBE|Sylvie|TEIXEIRA|Bruno" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = persons_of (cases[i].text);
      g_assert_cmpstr (got, ==, cases[i].persons);
    }
}

/* g26-names: Irish, Scottish Gaelic and Welsh patronyms ("Ó", "Ní", "Nic", "Uí", "Mc", "ap",
 * "ab") are particles of the surname, in later mentions and after a title too; the plain
 * "O" is a letter. */
static void
test_patronym_particles (void)
{
  static const struct
  {
    const char *text;
    const char *persons; /* every PERSON found, '|' between */
  } cases[] = {
    { "Hi team, Darragh Ó Briain rang about the boiler. Ó Briain wants a callback and "
      "Mr Ó Briain left his number.\n",
      "Darragh Ó Briain|Ó Briain|Ó Briain" },
    { "Mairead Ní Bhriain signed on Tuesday; we told Ní Bhriain the keys are ready.\n",
      "Mairead Ní Bhriain|Ní Bhriain" },
    { "The tenancy is held by Morag NicDhòmhnaill of Portree.\n", "Morag NicDhòmhnaill" },
    { "Mr Gruffudd ap Llwyd\nMrs Siân ap Llwyd\n\nDear Mr and Mrs ap Llwyd,\n",
      "Gruffudd ap Llwyd|Siân ap Llwyd|ap Llwyd" },
    { "Debtor name: Ní Fhlatharta, Róisín\nAddress: Apt 14\n", "Ní Fhlatharta|Róisín" },
    { "Our blood bank is short of Type O Negative donors this week.\n", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = persons_of (cases[i].text);
      g_assert_cmpstr (got, ==, cases[i].persons);
    }
}

/* g19-fp: kinds of false positives. A date followed by an age is a birth date; a date
 * naming a street, a whole date or a timestamp under a document's or a reference's label, a
 * technical helpdesk's ticket, a processor's test card under a sandbox heading far above, a
 * place of birth after "née … à" / "born in" are none of what they looked like. */
static void
test_g19_lookalikes (void)
{
  static const struct
  {
    const char *text;
    VoileType type;
    const char *value; /* NULL: no finding of that type at all */
  } cases[] = {
    { "Resident: Mr Tobias Wren, 4 March 1938 (aged 87), room 12.\n", VOILE_TYPE_DATE_OF_BIRTH,
      "4 March 1938" },
    { "Enfant : Lila Brunet, 09/10/2016 (9 ans), CM2.\n", VOILE_TYPE_DATE_OF_BIRTH, "09/10/2016" },
    { "Bail signé le 01/09/2021 (3 ans de durée ferme).\n", VOILE_TYPE_DATE_OF_BIRTH, NULL },
    { "Relance le 14/03/2025, 2 ans après la livraison.\n", VOILE_TYPE_DATE_OF_BIRTH, NULL },
    { "Livraison : 5 rue du 4 Septembre, 13001 Marseille\n", VOILE_TYPE_DATE, NULL },
    { "Domicile : Residencial Norte, Calle 16 de Septiembre 210\n", VOILE_TYPE_DATE, NULL },
    { "Au cours du 3 juin 2025, le prix a doublé.\n", VOILE_TYPE_DATE, "3 juin 2025" },
    { "Residence permit applied for online 02-07-2025, status pending.\n", VOILE_TYPE_ID_DOCUMENT,
      NULL },
    { "Residence permit applied for online 02-07-2025, status pending.\n", VOILE_TYPE_DATE,
      "02-07-2025" },
    { "INSERT INTO rdv VALUES (77, 'passport', '2025-10-02 09:30:00');\n", VOILE_TYPE_ID_DOCUMENT,
      NULL },
    { "Printer on floor 3 jammed again, IT ticket RITM0048812 raised.\n", VOILE_TYPE_CUSTOMER_ID,
      NULL },
    { "Le lecteur de badges est en panne : ticket technique n° 20931 ouvert.\n",
      VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Bonjour Mme Aubert, votre ticket n° 20931 est en cours.\n", VOILE_TYPE_CUSTOMER_ID,
      "20931" },
    { "# checkout sandbox run\n# rows below use the processor's documented numbers only\n\n"
      "id   case                                   number                  outcome\n"
      "01   approve                                4111 1111 1111 1111     ok\n"
      "02   decline insufficient funds              4111 1111 1111 1111     ok\n"
      "03   decline stolen                          4111 1111 1111 1111     ok\n"
      "04   3DS challenge                           4111 1111 1111 1111     ok\n"
      "05   3DS frictionless                        4111 1111 1111 1111     ok\n"
      "06   refund full                             4111 1111 1111 1111     ok\n"
      "07   refund partial                          4111 1111 1111 1111     ok\n"
      "08   capture later                           4111 1111 1111 1111     ok\n",
      VOILE_TYPE_CREDIT_CARD, NULL },
    { "Je soussigné Malik Haddad, né le 02/05/1979 à Florence (Italie), demeurant à Lyon.\n",
      VOILE_TYPE_PERSON, "Malik Haddad" },
    { "Elle est née à Florence en 1990 et vit à Nantes.\n", VOILE_TYPE_PERSON, NULL },
    { "Hi Florence,\nthank you for the forms.\n", VOILE_TYPE_PERSON, "Florence" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_type (cases[i].text, cases[i].type, cases[i].value);
  /* the place after the birth, in a full name's place: not that person either */
  const char *t = "Je soussigné Malik Haddad, né le 02/05/1979 à Florence (Italie).\n";
  g_autoptr (VoileScanResult) r
      = voile_engine_scan (voile_engine_get_default (), t, strlen (t), VOILE_TYPE_MASK_ALL);
  for (guint k = 0; k < r->findings->len; k++)
    {
      const VoileFinding *f = &g_array_index (r->findings, VoileFinding, k);
      g_assert_false (f->type == VOILE_TYPE_PERSON && memcmp (t + f->start, "Florence", 8) == 0);
    }
}

/* (session 20, g20-fp) false positives of kinds: an impossible day of a named month, a French
 * number in groups no phone is written in, a plate's series that is a little word, a
 * department before "team", an institution of another language, a calendar's venue column. */
static void
test_g20_false_positives (void)
{
  static const struct
  {
    const char *text;
    VoileType type;
    const char *value; /* NULL: no finding of that type at all */
  } cases[] = {
    { "Rejected inputs: birthday = 30 February 2001 (no such day).\n", VOILE_TYPE_DATE_OF_BIRTH,
      NULL },
    { "Le formulaire refuse « 31 avril 1985 » et « 31 juin ».\n", VOILE_TYPE_DATE, NULL },
    { "Né le 29 février 1988 à Tours.\n", VOILE_TYPE_DATE_OF_BIRTH, "29 février 1988" },
    { "Invoice paid on November 30, 2025.\n", VOILE_TYPE_DATE, "November 30, 2025" },
    { "Carte de fidélité n° 0311-087542 présentée en caisse.\n", VOILE_TYPE_PHONE, NULL },
    { "Dossier 0544 7102 36 transmis au service.\n", VOILE_TYPE_PHONE, NULL },
    { "Compte NL20 INGB 0536 1187 44 refusé par le contrôle.\n", VOILE_TYPE_PHONE, NULL },
    { "Rappelez Mme Février au 05 44 71 02 36 demain.\n", VOILE_TYPE_PHONE, "05 44 71 02 36" },
    { "Rappelez-la au 0544 71 02 36 avant midi.\n", VOILE_TYPE_PHONE, "0544 71 02 36" },
    { "Joost: 06 3921 4470 (mobiel)\n", VOILE_TYPE_PHONE, "06 3921 4470" },
    { "Tél. portable : 0544 7102 36\n", VOILE_TYPE_PHONE, "0544 7102 36" },
    { "LA PART DES MOINS DE 25 ANS PASSERAIT ENTRE 12 ET 19 % SELON LES SCÉNARIOS.\n",
      VOILE_TYPE_LICENSE_PLATE, NULL },
    { "LES CONTRATS SIGNÉS DE 40 DE 57 AGENCES.\n", VOILE_TYPE_LICENSE_PLATE, NULL },
    { "Véhicule : Clio immatriculée 4127 VX 69.\n", VOILE_TYPE_LICENSE_PLATE, "4127 VX 69" },
    { "Hello Payroll team,\ncould you check my March payslip?\n", VOILE_TYPE_PERSON, NULL },
    { "Dear Bookings Team,\nplease cancel the room for 12 May.\n", VOILE_TYPE_PERSON, NULL },
    { "Dear Rosalind,\nplease cancel the room for 12 May.\n", VOILE_TYPE_PERSON, "Rosalind" },
    { "Contact: Matteo Greco, Università di Padova, Dipartimento di Fisica.\n", VOILE_TYPE_PERSON,
      "Matteo Greco" },
    { "Host institution: Universität Tübingen, Fakultät für Biologie.\n", VOILE_TYPE_PERSON, NULL },
    { "Affiliation: Departamento de Ingeniería, Universidad de Chile.\n", VOILE_TYPE_PERSON, NULL },
    { "TOURNOIS DE PRINTEMPS\n\nDate              Épreuve                    Lieu\n"
      "12/04/2026        Open jeunes                Angoulême\n"
      "19/04/2026        Tournoi vétérans           Cognac\n"
      "26/04/2026        Finale départementale      Saintes\n",
      VOILE_TYPE_LOCATION, NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_type (cases[i].text, cases[i].type, cases[i].value);
}

/* g20-struct: a birth-date column whose header was typed apart from its rows (the cell of the
 * same rank names it), a whole date right after a person's name in a list of people, a form
 * export's header holding a colon in one of its cells. Look-alikes: a recent date after a
 * name, a period, a header of "Key: value" pairs. */
static void
test_g20_struct (void)
{
  static const struct
  {
    const char *text;
    VoileType type;
    const char *value; /* NULL: no finding of that type at all */
  } cases[] = {
    /* a header padded by hand, its cells right of the rows' */
    { "Crew list, flight to Cork:\n\n"
      "Surname / Given name           Date of birth     Role              Seat\n"
      "O'SULLIVAN / Aoife        03/11/1992   Captain       1A\n"
      "McCARTHY / Declan         17/05/1988   First officer  1B\n",
      VOILE_TYPE_DATE_OF_BIRTH, "17/05/1988" },
    { "Planning de la semaine :\n\n"
      "Équipe                        Match le        Terrain       Arbitre\n"
      "U17 A                    14/03/2026   Synthétique   Bernard\n"
      "U15 B                    21/03/2026   Honneur       Lemoine\n",
      VOILE_TYPE_DATE_OF_BIRTH, NULL },
    /* a date right after the name: the birth date */
    { "Liste pour le car : DUMONTIER Lucas 22/08/1996 passeport 21AB34567, départ 7 h.\n"
      "Réunion du 12/01/2026.\n",
      VOILE_TYPE_DATE_OF_BIRTH, "22/08/1996" },
    { "Guests for the gala (12/03/2026): Siobhán Kelleher, 05/09/1978; Tomasz Wrona, "
      "30/01/1983.\n",
      VOILE_TYPE_DATE_OF_BIRTH, "30/01/1983" },
    /* a recent date after a name, a period: no birth date */
    { "Signé : Hélène Garnier 14/11/2025, bon pour accord.\n", VOILE_TYPE_DATE_OF_BIRTH, NULL },
    { "Poste occupé par Hélène Garnier 01/09/1998 - 31/08/2004, puis vacant jusqu'au "
      "15/01/2026.\n",
      VOILE_TYPE_DATE_OF_BIRTH, NULL },
    /* a form export's header with a colon in one cell */
    { "Id;Nom;Prénom;Commune;Question 2: taille de maillot\n"
      "4471;Berthier;Solène;Saint-Nazaire;M\n"
      "4472;Quéré;Mathis;Pornichet;L\n",
      VOILE_TYPE_LOCATION, "Pornichet" },
    { "Nom: Berthier; Prénom: Solène; Ville: Pornichet; Note: RAS\n", VOILE_TYPE_LOCATION, NULL },
    /* a postcode alone on its line of an address block indented under a form's label */
    { "  Applicant:             Mr Callum Weir\n"
      "  Address:               9 Thornbury Close\n"
      "                         Harrogate\n"
      "                         HG2 8LT\n",
      VOILE_TYPE_POSTAL_ADDRESS, "HG2 8LT" },
    { "Ship to:                    Unit 4, Kilbarry Business Park\n"
      "                            Waterford\n"
      "                            X91 R2C6\n",
      VOILE_TYPE_POSTAL_ADDRESS, "X91 R2C6" },
    /* an Eircode after the county's comma */
    { "Send it to 11 Abbey Lane, Ennis, Co. Clare, V95 P3H7 before Friday.\n",
      VOILE_TYPE_POSTAL_ADDRESS, "V95 P3H7" },
    /* not a part number after a word's comma, with nothing Irish on the line */
    { "Replaced the pump, then the valve, X91 R2C6 fitted.\n", VOILE_TYPE_POSTAL_ADDRESS, NULL },
    /* not an indented code that is no postcode */
    { "Build matrix:\n                         GCC 13.2\n", VOILE_TYPE_POSTAL_ADDRESS, NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_type (cases[i].text, cases[i].type, cases[i].value);
}

/* A hard-wrapped paragraph's sentence goes on over its line breaks: in a decree the document
 * prior reads as public prose, the person's address on the next line of his sentence is his
 * own context (a title alone is not). Look-alike: a short line is no wrapped one. The judicial
 * police's OPJ and APJ are titles. */
static void
test_wrapped_sentence_context (void)
{
  assert_type (
      "PRÉFECTURE DE LA HAUTE-GARONNE\n"
      "Cabinet du préfet\n"
      "\n"
      "ARRÊTÉ n° 2026-02-077 portant interdiction administrative de stade\n"
      "\n"
      "Le Préfet de la Haute-Garonne,\n"
      "Vu le code du sport, notamment ses articles L.332-16 et suivants ;\n"
      "Vu le rapport de la direction départementale de la sécurité publique du 16 février 2026 ;\n"
      "\n"
      "Considérant que, lors de la rencontre de championnat disputée au stade Ernest-Wallon le 14 "
      "février,\n"
      "M. Florian CASTAGNET, né le 23/09/1999 à Muret (31), demeurant\n"
      "14 impasse des Tilleuls, 31600 Muret, a lancé des fumigènes sur la pelouse depuis la "
      "tribune est\n"
      "et a participé à l'envahissement du terrain à la fin du match ;\n"
      "\n"
      "ARRÊTE :\n"
      "\n"
      "Article 1er : Il est interdit à M. Florian CASTAGNET de pénétrer ou de se rendre aux abords "
      "des\n"
      "enceintes où se déroulent les rencontres de la saison auxquelles participe le club, à "
      "domicile comme\n"
      "à l'extérieur, pour une durée de dix-huit mois à compter de la notification du présent "
      "arrêté.\n"
      "\n"
      "Article 2 : Le non-respect de cette interdiction est puni d'un an d'emprisonnement et de 30 "
      "000 euros\n"
      "d'amende, conformément aux dispositions du code du sport.\n"
      "\n"
      "Fait à Toulouse, le 18 février 2026\n",
      VOILE_TYPE_PERSON, "Florian CASTAGNET");
  assert_type (
      "Chapter 3 of the novel opens at the ball, where Mr Darcy refuses to dance with anyone in "
      "the room.\n"
      "The narrator mocks the pride of the gentleman, and the chapter ends on his remark about "
      "Elizabeth.\n"
      "Readers of the novel have long quoted that remark; the film adaptations keep it word for "
      "word,\n"
      "and the heroine's answer became one of the best known lines of the book and of its "
      "sequels.\n"
      "Fans of Mr Darcy may visit the shop at\n"
      "12 Gay Street, Bath BA1 2NT, for the exhibition catalogue of the novel and its costumes.\n",
      VOILE_TYPE_PERSON, NULL);
  assert_type ("Notifié le 13/10/2025 par l'OPJ Sabrina Kaczmarek, en présence de l'APJ Morel.\n",
               VOILE_TYPE_PERSON, "Sabrina Kaczmarek");
}

/* (g20-ids) ORCID iDs by their check digit; a journal's manuscript after its noun; a
 * reviewer's or an author's number under its key or label. */
static void
test_g20_ids (void)
{
  static const struct
  {
    const char *text;
    VoileType type;
    const char *value; /* NULL: no finding of that type at all */
  } cases[] = {
    { "Principal investigator: Dr Amara Quist (ORCID 0000-0002-7441-0091)\n",
      VOILE_TYPE_CUSTOMER_ID, "0000-0002-7441-0091" },
    { "<uri>https://orcid.org/0000-0001-5109-3700</uri>\n", VOILE_TYPE_CUSTOMER_ID,
      "0000-0001-5109-3700" },
    { "co-applicant,0009-0004-8213-552X,Lisbon\n", VOILE_TYPE_CUSTOMER_ID, "0009-0004-8213-552X" },
    /* a wrong check digit, ORCID's documented test record, a block ORCID never issued */
    { "ORCID 0000-0002-7441-0094 fails its check\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "example: https://orcid.org/0000-0002-1825-0097\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "serial 0000-0007-7441-0093 on the rack\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Re: Manuscript No. HYD-D-24-00912 — reviewer comments\n", VOILE_TYPE_CUSTOMER_ID,
      "HYD-D-24-00912" },
    { "Votre manuscrit n° RFSP-2025-117 a été transmis aux rapporteurs.\n", VOILE_TYPE_CUSTOMER_ID,
      "RFSP-2025-117" },
    { "as requested in my report on ms LING-2024-0872, the authors\n", VOILE_TYPE_CUSTOMER_ID,
      "LING-2024-0872" },
    { "Manuscript 2 of the edition was lost in 1944.\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "The manuscript runs to 412 pages.\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "p95 latency 250 ms REQ-2025-0041 trace\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Referee ID: RF-20931   Assigned: 3 May\n", VOILE_TYPE_CUSTOMER_ID, "RF-20931" },
    { "{\"paper\": \"P-77\", \"author_id\": 880142, \"status\": \"draft\"}\n",
      VOILE_TYPE_CUSTOMER_ID, "880142" },
    /* Australia's States before "licence": a driver licence */
    { "Photo ID sighted: WA licence 5522871, address matches.\n", VOILE_TYPE_ID_DOCUMENT,
      "5522871" },
    { "Guest showed a VIC licence 031 558 204 at the desk.\n", VOILE_TYPE_ID_DOCUMENT,
      "031 558 204" },
    { "Guest showed a VIC licence 031 558 204 at the desk.\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Il a renouvelé sa licence 2543067189 hier.\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    /* other countries' identity cards in their own words and shapes */
    { "Cartão de Cidadão n.º 15520034 7 ZW2, válido até 2031\n", VOILE_TYPE_ID_DOCUMENT,
      "15520034 7 ZW2" },
    { "il a envoyé sa carte identité 990412305521 par mail\n", VOILE_TYPE_ID_DOCUMENT,
      "990412305521" },
    { "Greek ID card No: KE 204718 (police issue)\n", VOILE_TYPE_ID_DOCUMENT, "KE 204718" },
    { "O bilhete de identidade foi substituído em 2009.\n", VOILE_TYPE_ID_DOCUMENT, NULL },
    /* a sports licence: the holder's role, a federation's mixed-case name, any letters */
    { "Présent sur le banc : M. Kader (licence entraîneur 2508813377).\n", VOILE_TYPE_CUSTOMER_ID,
      "2508813377" },
    { "Licence FFGolf : 88213406 (index 14,2)\n", VOILE_TYPE_CUSTOMER_ID, "88213406" },
    { "licence FFBB n° PO771204, catégorie U15\n", VOILE_TYPE_CUSTOMER_ID, "PO771204" },
    { "Bon de commande n° BC-2026-117 du club\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    /* an aligned match sheet whose header holds a count glued to its word ("3pts") */
    { "Nom                 Licence       3pts  2pts  LF\n"
      "MARCHETTI Luca      VT552019      2     4     1\n"
      "OKOYE Daniel        VT552043      0     6     3\n",
      VOILE_TYPE_CUSTOMER_ID, "VT552019" },
    /* a loyalty programme's member number after the programme's words */
    { "Guest verified at the cage, Players club #: 71830266, limit raised.\n",
      VOILE_TYPE_CUSTOMER_ID, "71830266" },
    { "Harbour Rewards card: HR-559021 (gold tier)\n", VOILE_TYPE_CUSTOMER_ID, "HR-559021" },
    { "Double your Rewards: 500 000 points to share this weekend!\n", VOILE_TYPE_CUSTOMER_ID,
      NULL },
    { "Player 104 won the hand with a pair of nines.\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    /* a column of reviewers' names makes no row a person: the hits' ids stay */
    { "hit_id,score,decision,reviewer\nHT-4410,88,cleared,Dana Holt\nHT-4411,71,cleared,Dana "
      "Holt\nHT-4412,93,escalated,Omar Reyes\n",
      VOILE_TYPE_CUSTOMER_ID, NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_type (cases[i].text, cases[i].type, cases[i].value);
}

/* (g21-refs) A reference after the noun of whose it is, the noun's list open: a case one
 * person opens, a person or a person's record by a word class or by the noun's ending, with a
 * number's word; a thing's, a firm's, a machine's or an identity document's label left. */
static void
test_g21_noun_led_refs (void)
{
  static const struct
  {
    const char *text;
    VoileType type;
    const char *value; /* NULL: no finding of that type at all */
  } cases[] = {
    /* a person's record by an abbreviation or a person's noun, digits alone */
    { "flagged the account, uid 5512093847, for review\n", VOILE_TYPE_CUSTOMER_ID, "5512093847" },
    { "Reported by Lena (UID 771204993) at 21:02\n", VOILE_TYPE_CUSTOMER_ID, "771204993" },
    { "Élève : Jules B.   NSN: 203344871\n", VOILE_TYPE_CUSTOMER_ID, "203344871" },
    { "IPP GHU : 4100277351 - transfert demandé\n", VOILE_TYPE_CUSTOMER_ID, "4100277351" },
    /* a noun made like a person's, then a number's word */
    { "Subscriber list: donator no. 448120 renewed\n", VOILE_TYPE_CUSTOMER_ID, "448120" },
    { "payout blocked for the organiser ref 2291044\n", VOILE_TYPE_CUSTOMER_ID, "2291044" },
    { "flagged by the moderator: streamer id 80331274 (3 strikes)\n", VOILE_TYPE_CUSTOMER_ID,
      "80331274" },
    /* a case one person opens: letters before the digits without a number's word */
    { "Your appeal RVW-3318025 was received on Monday.\n", VOILE_TYPE_CUSTOMER_ID, "RVW-3318025" },
    { "Subject: [Request DSR-2207741] access to my data\n", VOILE_TYPE_CUSTOMER_ID, "DSR-2207741" },
    { "Compte famille : FAM-0317720 (fusionné)\n", VOILE_TYPE_CUSTOMER_ID, "FAM-0317720" },
    { "Numéro de dossier : 330-2026-0041872\n", VOILE_TYPE_CUSTOMER_ID, "330-2026-0041872" },
    { "Court subpoena no. 2025-CV-11873 served on the platform\n", VOILE_TYPE_CUSTOMER_ID,
      "2025-CV-11873" },
    /* look-alikes: a firm's, a machine's, a thing's or a document's labels */
    { "Company Registration No: 09318842.\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Service user number: 771204 (the originator)\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "IT incident INC0771204, core switch down\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Titre de séjour n° 7700412291 valable jusqu'au 2029\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "registered under number 11843027 in Cardiff\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "server id 44120937 restarted at noon\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "call us on 1-800-GAMBLER, referral: 1-800-GAMBLER\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "la convention 31/12/AAAA est interdite\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "N° de fiche : 2026-014 (registre de la crèche)\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "pull request PR-44120 merged, feature request FR-20931 closed\n", VOILE_TYPE_CUSTOMER_ID,
      NULL },
    { "the user count rose to 1204417 this quarter\n", VOILE_TYPE_CUSTOMER_ID, NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_type (cases[i].text, cases[i].type, cases[i].value);
}

/* (g22-tables) A people's table's reference column: a value met again only on the same
 * person's rows, a number's word beside a noun that is not a thing's, a court's year and
 * sequence, a cell a label's rule found already. */
static void
test_g22_tables (void)
{
  static const struct
  {
    const char *text;
    VoileType type;
    const char *value; /* NULL: no finding of that type at all */
  } cases[] = {
    /* one person's number on each of their rows, under a number's word and an act's noun
     * ("placement" is no "place") */
    { "logged_at        | child             | placement no    | carer\n"
      "2026-01-04 08:10 | Margaret Olsen    | FP-2231-0087    | Hollis\n"
      "2026-01-04 09:55 | Thomas Brady      | FP-2231-0114    | Ward\n"
      "2026-01-05 17:20 | Margaret Olsen    | FP-2231-0087    | Hollis\n"
      "2026-01-06 11:02 | Priya Raman       | FP-2231-0190    | Ngata\n",
      VOILE_TYPE_CUSTOMER_ID, "FP-2231-0114" },
    /* a thing's noun beside the number's word stays a thing's */
    { "date;client;n° lot;qté\n"
      "2026-02-01;Hélène MARCHAND;LT-2026-00418;3\n"
      "2026-02-01;Joël PERRIN;LT-2026-00419;1\n"
      "2026-02-02;Agathe ROUSSEL;LT-2026-00420;2\n",
      VOILE_TYPE_CUSTOMER_ID, NULL },
    /* a dump's table of people: its key "<noun>_id", the same column in another table, its
     * number's columns of an identifier's shape */
    { SQL_PEOPLE, VOILE_TYPE_CUSTOMER_ID, "204" },
    { SQL_PEOPLE, VOILE_TYPE_CUSTOMER_ID, "HCN-4471371" },
    /* a JSON object's "id" beside its "name" the name finder found; a product's left */
    { JSON_PEOPLE, VOILE_TYPE_CUSTOMER_ID, "80417" },
    /* a court's year and sequence, and a cell its label's rule found, in a case column */
    { "\"jour\",\"affaire\",\"partie\",\"avocat\"\n"
      "\"2026-04-07\",\"26/00417\",\"Laurent Duchesne\",\"Me Arnaud\"\n"
      "\"2026-04-07\",\"RG 25/08813\",\"Fatou Ndiaye\",\"Me Carrel\"\n"
      "\"2026-04-08\",\"26080001473\",\"Bruno Lefeuvre\",\"Me Arnaud\"\n"
      "\"2026-04-09\",\"2026/00522\",\"Sonia Vidal\",\"Me Petit\"\n",
      VOILE_TYPE_CUSTOMER_ID, "26/00417" },
    /* a month and a year is no case */
    { "\"jour\",\"affaire\",\"partie\",\"avocat\"\n"
      "\"2026-04-07\",\"04/2026\",\"Laurent Duchesne\",\"Me Arnaud\"\n"
      "\"2026-04-07\",\"05/2026\",\"Fatou Ndiaye\",\"Me Carrel\"\n"
      "\"2026-04-08\",\"06/2026\",\"Bruno Lefeuvre\",\"Me Arnaud\"\n",
      VOILE_TYPE_CUSTOMER_ID, NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_type (cases[i].text, cases[i].type, cases[i].value);
}

/* g23-clean: a number a standard's, a rule's or a research unit's word names, or a currency's
 * code after it, is no postcode before a town; a "+CC" number shorter than its country's
 * numbering plan allows is no phone. Addresses and whole numbers of the same countries stay. */
static void
test_g23_clean_lookalikes (void)
{
  static const struct
  {
    const char *text;
    VoileType type;
    const char *value; /* NULL: no finding of the type */
  } cases[] = {
    /* standards, rules, units: the word before names the number */
    { "Les messages passent au format ISO 20022 XML depuis novembre.", VOILE_TYPE_POSTAL_ADDRESS,
      NULL },
    { "Installation conforme à la norme NF 15100 Électricité domestique.",
      VOILE_TYPE_POSTAL_ADDRESS, NULL },
    { "Lighting levels follow EN 12464 Indoor Work Places, table 5.", VOILE_TYPE_POSTAL_ADDRESS,
      NULL },
    { "Laboratoire : UMR 7266 Littoral Environnement Sociétés, La Rochelle",
      VOILE_TYPE_POSTAL_ADDRESS, NULL },
    { "Item 6.2 Second reading: Policy 5131 Student Conduct (cell phones)",
      VOILE_TYPE_POSTAL_ADDRESS, NULL },
    { "See Article 1240 Code civil for liability.", VOILE_TYPE_POSTAL_ADDRESS, NULL },
    /* a currency's code after the number */
    { "'avance 35000 XOF versée'", VOILE_TYPE_POSTAL_ADDRESS, NULL },
    { "caution de 150000 XPF à l'entrée", VOILE_TYPE_POSTAL_ADDRESS, NULL },
    /* real postcodes and towns stay */
    { "Livraison : 14 rue des Tanneurs, 17000 La Rochelle", VOILE_TYPE_POSTAL_ADDRESS,
      "17000 La Rochelle" },
    { "Rue de la Loi 16, 1000 Bruxelles", VOILE_TYPE_POSTAL_ADDRESS, "1000 Bruxelles" },
    { "Domicile : BP 4410, 98713 Papeete", VOILE_TYPE_POSTAL_ADDRESS, "98713 Papeete" },
    /* too short for the country's plan: a validator's vectors, a truncated sample */
    { "BAD_NUMBERS = [\"+234 803 000\", \"+254 712\", \"+65 912 3\"]", VOILE_TYPE_PHONE, NULL },
    { "rejects +27 82 555 (too short) and +91 98450 123", VOILE_TYPE_PHONE, NULL },
    /* whole numbers of the same countries stay */
    { "Call the ward on +234 803 412 7781 after six.", VOILE_TYPE_PHONE, "+234 803 412 7781" },
    { "her mobile is +254 712 448 093", VOILE_TYPE_PHONE, "+254 712 448 093" },
    { "WhatsApp +65 9123 4567 please", VOILE_TYPE_PHONE, "+65 9123 4567" },
    { "Tél. : +687 27 45 12", VOILE_TYPE_PHONE, "+687 27 45 12" },
    /* a sort code before its account: the account is the reference, the sort code is not */
    { "Acct: 93-11-52 41277803   Holder: Ms Orla Brennan", VOILE_TYPE_CUSTOMER_ID, "41277803" },
    { "Mr Declan Fennelly: current account 90-14-27 55021984 (joint)", VOILE_TYPE_CUSTOMER_ID,
      "55021984" },
    /* a reference with nobody around it: no person, contact, place, "I" nor "you" */
    { "Possession ref: ENG-2647-014\nRoute: Carrbridge Junction to Hollins Lane (both lines)\n"
      "Work: renewal of 1.2 km of plain line and two sets of points; drainage cleaning in the "
      "cutting.\nReplacement buses run between Carrbridge and Hollins Lane every 20 minutes, "
      "stopping at the station forecourts. Journeys are extended by about 35 minutes. Cycles are "
      "not carried on the buses, except folded ones.\nFreight paths: two overnight services are "
      "diverted via the coast line and the branch.\nSafety: the worksite is protected by two "
      "protection controllers; all staff must attend the briefing at the compound at 23:00.\n",
      VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Intervention n° INT-2026-0877\nSecteur : quartier des Aires (réseau bas service)\n"
      "Objet : remplacement d'une vanne de sectionnement DN 150 et purge de la conduite.\n"
      "L'eau sera coupée pendant toute la durée des travaux dans le secteur indiqué. À la remise "
      "en service, l'eau peut être trouble pendant quelques minutes : il suffit de laisser couler "
      "le robinet d'eau froide. Une citerne d'eau potable sera placée sur le parking de la salle "
      "des fêtes de 9 h à 15 h. Les travaux ont été signalés aux services de secours et à l'école "
      "maternelle, qui restera ouverte.\n",
      VOILE_TYPE_CUSTOMER_ID, NULL },
    /* a line copied alone is someone's */
    { "Possession ref: ENG-2647-014", VOILE_TYPE_CUSTOMER_ID, "ENG-2647-014" },
    /* someone's: spoken by or to someone, or after a person's noun, or beside a name */
    { "Possession ref: ENG-2647-014 — your buses leave at 23:40.", VOILE_TYPE_CUSTOMER_ID,
      "ENG-2647-014" },
    { "Ma commande CMD-2026-118734 n'est pas arrivée.", VOILE_TYPE_CUSTOMER_ID, "CMD-2026-118734" },
    { "ObjectNotFoundException: [fr.caisse.model.Client#48213]", VOILE_TYPE_CUSTOMER_ID, "48213" },
    { "Order ref: ORD-2026-44817 for Mrs Penelope Ashworth-Kane.", VOILE_TYPE_CUSTOMER_ID,
      "ORD-2026-44817" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_type (cases[i].text, cases[i].type, cases[i].value);
  /* and no CUSTOMER_ID on the sort code itself */
  static const char *const sort_codes[]
      = { "Acct: 93-11-52 41277803   Holder: Ms Orla Brennan",
          "Mr Declan Fennelly: current account 90-14-27 55021984 (joint)",
          "Savings 90-14-27 55021984, Current 90-14-27 55021992" };
  for (gsize i = 0; i < G_N_ELEMENTS (sort_codes); i++)
    {
      g_autoptr (VoileScanResult) r = voile_engine_scan (
          voile_engine_get_default (), sort_codes[i], strlen (sort_codes[i]), VOILE_TYPE_MASK_ALL);
      for (guint k = 0; k < r->findings->len; k++)
        {
          const VoileFinding *f = &g_array_index (r->findings, VoileFinding, k);
          g_assert_false (f->type == VOILE_TYPE_CUSTOMER_ID && f->end - f->start == 8
                          && sort_codes[i][f->start + 2] == '-');
        }
    }
}

/* (g23-tables) A table's structure: a preamble over its header (a title in one cell, the
 * others empty; a quoted title whose commas are its own), a pipe table's row whose free text
 * holds semicolons, a header cell written as a form's dotted path. */
static void
test_g23_tables (void)
{
  static const struct
  {
    const char *text;
    VoileType type;
    const char *value; /* NULL: no finding of that type at all */
  } cases[] = {
    /* a bank's export: two title rows, a blank row of separators, then the header */
    { "\"Overdraft review - Branch 0412 - week 37\";;;;;\n"
      "\"Prepared by credit ops\";;;;;\n"
      ";;;;;\n"
      "Customer No;Account holder;Limit;Used;Review date;Officer note\n"
      "CU-7730194;Gareth Pryce;2500;2410;2026-09-14;call\n"
      "CU-7730588;Imogen Tallis;1000;1000;2026-09-14;letter\n"
      "CU-7731002;Desmond Achebe;500;120;2026-09-15;none\n",
      VOILE_TYPE_CUSTOMER_ID, "CU-7731002" },
    /* a school's list under a quoted title holding commas */
    { "\"St Brendan's College, Year 10, form 10C, detentions, autumn term\"\n"
      "Pupil No,Pupil,Date,Reason\n"
      "STB-208841,Orla Keating,2026-10-02,late\n"
      "STB-208907,Callum Rooney,2026-10-03,homework\n"
      "STB-209115,Aoife Brennan,2026-10-05,phone\n",
      VOILE_TYPE_CUSTOMER_ID, "STB-208907" },
    /* a pipe table whose last cell holds semicolons on one row */
    { "Day   | Club No    | Name            | Class   | Note\n"
      "Mon   | GYM-40417  | Hugo Lindqvist  | spin    | paid\n"
      "Mon   | GYM-40583  | Ingrid Solberg  | yoga    | paid\n"
      "Tue   | GYM-40611  | Petra Nilsson   | pilates | knee; no jumps; see physio\n"
      "Wed   | GYM-40702  | Anders Berg     | spin    | paid\n",
      VOILE_TYPE_CUSTOMER_ID, "GYM-40702" },
    /* a form's dotted path names the column by its last segment */
    { "form.member_id,form.meta.timeEnd,member_name,town\n"
      "3fa85f64-5717-4562-b3fc-2c963f66afa6,2026-05-02T10:11:12Z,Lucia Ferrante,Bari\n"
      "9b2e4c10-77aa-4e0b-9d21-5c1f0e2b7a44,2026-05-02T11:40:03Z,Marco Gentile,Lecce\n"
      "c41d8e02-1b5f-4f6a-8e3c-7a9d2b6f0c15,2026-05-03T09:05:55Z,Giulia Russo,Bari\n",
      VOILE_TYPE_CUSTOMER_ID, "9b2e4c10-77aa-4e0b-9d21-5c1f0e2b7a44" },
    /* a shop's price list under a title: its product codes stay a catalogue's */
    { "\"Spring price list 2026\";;;;\n"
      ";;;;\n"
      "Product code;Product;Supplier;Price;Stock\n"
      "HX-220417;Garden hose 25 m;Verdi Srl;24.90;18\n"
      "HX-220433;Hose reel;Verdi Srl;39.00;7\n"
      "HX-220518;Spray nozzle;Aqua Ltd;6.50;44\n",
      VOILE_TYPE_CUSTOMER_ID, NULL },
    /* a form's dotted path naming a thing's column stays a thing's */
    { "form.device_id,form.meta.timeEnd,user_name,town\n"
      "3fa85f64-5717-4562-b3fc-2c963f66afa6,2026-05-02T10:11:12Z,Lucia Ferrante,Bari\n"
      "9b2e4c10-77aa-4e0b-9d21-5c1f0e2b7a44,2026-05-02T11:40:03Z,Marco Gentile,Lecce\n"
      "c41d8e02-1b5f-4f6a-8e3c-7a9d2b6f0c15,2026-05-03T09:05:55Z,Giulia Russo,Bari\n",
      VOILE_TYPE_CUSTOMER_ID, NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_type (cases[i].text, cases[i].type, cases[i].value);
}

/* (g24-refs-fr) France's planning numbers by their national layout, and a French form's
 * "N° <label> : value" line whatever its label; their look-alikes. */
static void
test_g24_refs_fr (void)
{
  static const struct
  {
    const char *text;
    VoileType type;
    const char *value; /* NULL: no finding of that type at all */
  } cases[] = {
    /* the layout with spaces, without, with dots; Corsica's and overseas départements; a
     * certificate's CUa/CUb; a modificatif after the sequence */
    { "Le permis PC 013 117 26 00042 a été accordé le 4 mars.", VOILE_TYPE_CUSTOMER_ID,
      "PC 013 117 26 00042" },
    { "réf. dossier : DP0350472600118 (piscine)", VOILE_TYPE_CUSTOMER_ID, "DP0350472600118" },
    { "CUb 02B.033.26.R0007 : opération réalisable", VOILE_TYPE_CUSTOMER_ID,
      "CUb 02B.033.26.R0007" },
    { "dépôt du PA 974 411 25 00003 pour le lotissement", VOILE_TYPE_CUSTOMER_ID,
      "PA 974 411 25 00003" },
    { "transfert accordé : PC 069 123 24 L0215 T01, au profit des acquéreurs",
      VOILE_TYPE_CUSTOMER_ID, "PC 069 123 24 L0215 T01" },
    { "DIA 031 555 26 01207 reçue en mairie", VOILE_TYPE_CUSTOMER_ID, "DIA 031 555 26 01207" },
    /* look-alikes: a count, a year, a computer's model, a département alone */
    { "Il reste 3 DP 2 fois refusées et un PC 2024 à instruire.", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Portable PC 15-eh1024nf, écran 15 pouces.", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Tarif DP 056 : 12 € par dossier.", VOILE_TYPE_CUSTOMER_ID, NULL },
    /* a form's line, whatever the label: the value ends the line or its column */
    { "N° de signalement : SG-2026-77104\nDate : 12/03/2026", VOILE_TYPE_CUSTOMER_ID,
      "SG-2026-77104" },
    { "Nom : Lemaire       N° d'inscrit attribué : 2026-INS-0417", VOILE_TYPE_CUSTOMER_ID,
      "2026-INS-0417" },
    { "  - No de bénéficiaire (CAPI) : K 552 019\n", VOILE_TYPE_CUSTOMER_ID, "K 552 019" },
    /* its look-alikes: an invoice, a lot, an employer's, a vehicle, a professional's
     * registration, a receipt's own number, a value that goes on in prose */
    { "N° de facture : FAC-2026-0418\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "N° de lot : L-2026-0412\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "N° GUSO employeur : 7K 418 0293\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "N° d'identification : WVWZZZ1KZ8W012345\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "N° d'inscription à l'Ordre : P41177\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Numéro d'ordre du reçu : 2026-0112\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Voir le N° de version : 4.2 build 7731 pour le détail.", VOILE_TYPE_CUSTOMER_ID, NULL },
    /* a registration's phrase before the value, in prose */
    { "Votre signalement a été enregistré sous le numéro SIG-2026-30417.", VOILE_TYPE_CUSTOMER_ID,
      "SIG-2026-30417" },
    { "Votre dossier de bourse porte le n° 2026-BRS-0881 : gardez-le.", VOILE_TYPE_CUSTOMER_ID,
      "2026-BRS-0881" },
    /* its look-alikes: a firm's, a training body's, an association's registrations */
    { "SAS immatriculée au RCS de Nantes sous le numéro B 418 552 019 00.", VOILE_TYPE_CUSTOMER_ID,
      NULL },
    { "Déclaration d'activité enregistrée sous le numéro 52 44 08871 44 auprès du préfet.",
      VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Association déclarée sous le numéro W442018873.", VOILE_TYPE_CUSTOMER_ID, NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_type (cases[i].text, cases[i].type, cases[i].value);
}

/* (g25-refs-fr) References written in spaced groups after their label: capitals before
 * short groups, a key's lone capital after the last group, thousands' groups after a number's
 * word; a form's line opening a sentence or with a remark in brackets; their look-alikes. */
/* (g25b-refs) A register's number, then whose row it is: a name's column qualified by a
 * noun ("Name of mother", "borrower_name", "Nom du titulaire") right after the row's
 * number; "N°" written "N_" in a snake_case export. */
static void
test_g25b_register_rows (void)
{
  static const struct
  {
    const char *text;
    VoileType type;
    const char *value; /* NULL: no finding of that type at all */
  } cases[] = {
    { "Roll No,Name of learner,Grade\nLR-2231-07,Thandiwe Mokoena,9\nLR-2231-08,Sipho "
      "Dlamini,9\n",
      VOILE_TYPE_CUSTOMER_ID, "LR-2231-07" },
    { "file_no;tenant_name;unit\nHB/4471/26;Grace Wanjiru;B12\nHB/4472/26;Peter Otieno;B14\n",
      VOILE_TYPE_CUSTOMER_ID, "HB/4471/26" },
    { "N°;Nom du bénéficiaire;Commune\nAS-26-0311;Martine Hoarau;Le Port\nAS-26-0312;Jean "
      "Payet;Saint-Paul\n",
      VOILE_TYPE_CUSTOMER_ID, "AS-26-0311" },
    { "n_licence;nom;prenom;club\nLIC-88412;Moreau;Lucie;ASC Brest\nLIC-88413;Le Gall;Yann;ASC "
      "Brest\n",
      VOILE_TYPE_CUSTOMER_ID, "LIC-88412" },
    /* look-alikes: a thing's own name after its number ("Site No | Site name"), a thing a
     * register names ("Drug name"), a name further on (an incident's caller), a count */
    { "Site No,Site name,Manager name\nST-0041,Lyon Nord,Jean Dupont\nST-0042,Lyon Sud,Paul "
      "Martin\n",
      VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Item code no,Drug name,Dose\nDR-0041,Amoxicillin,500\nDR-0042,Ibuprofen,200\n",
      VOILE_TYPE_CUSTOMER_ID, NULL },
    { "incident_no,received,type,caller_name\n26-114880,00:12,ALARM,Mary Hughes\n26-114883,00:40,"
      "FIRE,Tom Evans\n",
      VOILE_TYPE_CUSTOMER_ID, NULL },
    { "n_patients;nom;service\n120;Cardiologie;B\n245;Pneumologie;C\n", VOILE_TYPE_CUSTOMER_ID,
      NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_type (cases[i].text, cases[i].type, cases[i].value);
}

static void
test_g25_refs_fr_groups (void)
{
  static const struct
  {
    const char *text;
    VoileType type;
    const char *value; /* NULL: no finding of that type at all */
  } cases[] = {
    /* a key's capital after the last group, the line or the column ending there */
    { "N° d'affiliation CIPAV : 41 388 2207 T\n", VOILE_TYPE_CUSTOMER_ID, "41 388 2207 T" },
    { "N° de rente : 6 02 118 4471 R    Date d'effet : 1er mars", VOILE_TYPE_CUSTOMER_ID,
      "6 02 118 4471 R" },
    { "(numéro client 0450 2218 93 B) pour la suite", VOILE_TYPE_CUSTOMER_ID, "0450 2218 93 B" },
    /* capitals before a short first group */
    { "N° de certificat : PR 04 11873 22\n", VOILE_TYPE_CUSTOMER_ID, "PR 04 11873 22" },
    { "Numéro de compte épargne : CE 7 0041883 6\n", VOILE_TYPE_CUSTOMER_ID, "CE 7 0041883 6" },
    /* thousands' groups after a number's word */
    { "Votre identifiant : 318 604 772 019\n", VOILE_TYPE_CUSTOMER_ID, "318 604 772 019" },
    { "Matricule : 204 118 733\n", VOILE_TYPE_CUSTOMER_ID, "204 118 733" },
    /* a form's line after a sentence's end; a remark in brackets before the colon */
    { "Le relevé est joint. No d'allocataire : 5 118 204.\n", VOILE_TYPE_CUSTOMER_ID, "5 118 204" },
    { "N° d'adhérent (si connu) : AD-2291-04\n", VOILE_TYPE_CUSTOMER_ID, "AD-2291-04" },
    /* "Identifiant <noun> :" as a form's line, the noun after the number's word */
    { "Identifiant bénévole : BEN-2291-07\n", VOILE_TYPE_CUSTOMER_ID, "BEN-2291-07" },
    { "Grade : caporal      Identifiant défense : 7702184403\n", VOILE_TYPE_CUSTOMER_ID,
      "7702184403" },
    { "Identifiant créancier SEPA : FR55ZZZ611204\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Identifiant de connexion : poste-accueil-04\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    /* look-alikes: a letter that goes on into a word, a firm's capitals before thousands'
     * groups (the value is the groups), a machine's ID, a quantity, a lot, a parcel */
    { "N° de rente : 6 02 118 4471 Rennes\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Votre numéro client EDF : 6 008 442 715", VOILE_TYPE_CUSTOMER_ID, "6 008 442 715" },
    { "Session TeamViewer ID 1 208 447 913 ouverte.", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "commande de 25 000 unités livrée", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "La salle est prête. No de lot (interne) : L-2026-0412\n", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Le colis est parti. No de suivi : 6A 1184 2207 339\n", VOILE_TYPE_CUSTOMER_ID, NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_type (cases[i].text, cases[i].type, cases[i].value);
}

/* (session 24, g24-clean) look-alikes of direct identifiers in clean texts: a calendar's
 * weekday date under a birth word, a product's suffix after a capitalised word, numbers
 * inside longer codes, fourteen digits whose SIREN key fails */
static void
test_g24_clean (void)
{
  static const struct
  {
    const char *text;
    VoileType type;
    const char *value; /* NULL: no finding of the type */
  } cases[] = {
    /* a date opening on its weekday is a calendar's day, not a birth date */
    { "Queen's Birthday holiday: Wednesday 3 June", VOILE_TYPE_DATE_OF_BIRTH, NULL },
    { "Date de naissance : samedi 14 juin", VOILE_TYPE_DATE_OF_BIRTH, NULL },
    { "anniversaire de la fondatrice : ven. 12 septembre", VOILE_TYPE_DATE_OF_BIRTH, NULL },
    { "Date of birth: 14 June 1985", VOILE_TYPE_DATE_OF_BIRTH, "14 June 1985" },
    { "born on 3 March 1991 in Leeds", VOILE_TYPE_DATE_OF_BIRTH, "3 March 1991" },
    /* a product's or a version's suffix: a hyphen and one capital or digits */
    { "Exports come from SIMS Nova-T each Friday.", VOILE_TYPE_PERSON, NULL },
    { "Rental: CANON Cinema-C body, three days.", VOILE_TYPE_PERSON, NULL },
    { "Contact : DUPONT Marie, secrétariat", VOILE_TYPE_PERSON, "DUPONT Marie" },
    { "{\"signed_by\": \"Lefebvre J-P\", \"at\": \"10:46\"}", VOILE_TYPE_PERSON, "Lefebvre J-P" },
    /* an SSN's layout at the head of a longer code */
    { "Registered under reference 131-24-0877-GEO on the portal.", VOILE_TYPE_US_SSN, NULL },
    { "SSN: 131-24-0877", VOILE_TYPE_US_SSN, "131-24-0877" },
    /* a SIREN's groups inside a longer run of groups */
    { "Numéro fiscal : 3312 732 829 320", VOILE_TYPE_FR_SIREN, NULL },
    { "carte 732 829 320 118 444 (fidélité)", VOILE_TYPE_FR_SIREN, NULL },
    { "Fournisseur 732 829 320, Paris", VOILE_TYPE_FR_SIREN, "732 829 320" },
    /* fourteen digits with no word: the SIREN's own key must hold */
    { "Transaction TX 26112318441907 validée", VOILE_TYPE_FR_SIRET, NULL },
    { "Traiteur agréé, 73282932000074, livraison sous 48 h.", VOILE_TYPE_FR_SIRET,
      "73282932000074" },
    /* capitals glued to a year alone: a year's label, no one's file */
    { "Votre dossier n° RT2012 est complet", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Client ref: AR2025-0042", VOILE_TYPE_CUSTOMER_ID, "AR2025-0042" },
    /* a firm's licence: a line naming a firm's form, trade or registration */
    { "Sunrise Crew Placement Pvt. Ltd. (licence 0442/078/80) sends the list.",
      VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Harbour Nanny Agency, EA Licence 19C4407, Reg. R2281044", VOILE_TYPE_CUSTOMER_ID, NULL },
    { "Licencié : Noé Ferrand, licence FFBB n° BC771204", VOILE_TYPE_CUSTOMER_ID, "BC771204" },
    /* a maker before a model shaped like a postcode without its space */
    { "Light jet      Cessna M200LE, 4 seats", VOILE_TYPE_POSTAL_ADDRESS, NULL },
    { "Heavy          Falcon B900EX     12", VOILE_TYPE_POSTAL_ADDRESS, NULL },
    { "send it to Kilsyth G65 0ER please", VOILE_TYPE_POSTAL_ADDRESS, "Kilsyth G65 0ER" },
    { "Postcode: G650ER", VOILE_TYPE_POSTAL_ADDRESS, "G650ER" },
    /* the SIREN part of a VAT number whose key fails */
    { "Contre-exemple : FR12 824517361 (clé fausse).", VOILE_TYPE_FR_SIREN, NULL },
    { "TVA FR44 732829320", VOILE_TYPE_FR_VAT, "FR44 732829320" },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_type (cases[i].text, cases[i].type, cases[i].value);
  /* streets with nobody in them: a works notice's table of streets with no number */
  static const char streets[]
      = "Route   | Street                 | Priority | Crew\n"
        "SE-1    | Lincoln Ave            | 1        | A\n"
        "SE-2    | Grant Blvd             | 1        | A\n"
        "SE-3    | Hamilton St            | 2        | B\n"
        "Priority 1 routes are plowed within 4 hours of the end of snowfall, priority 2 within 8 "
        "and priority 3 within 24. Residential side streets follow once all routes are open. "
        "Crews work twelve-hour shifts during an emergency; the depot runs the brine trucks ahead "
        "of a storm when the forecast allows. Sidewalk clearing stays the duty of property owners "
        "under the city code, and parked vehicles left on a route are towed to the municipal lot "
        "once the declaration is published on the city's website and local radio stations.\n";
  assert_type (streets, VOILE_TYPE_POSTAL_ADDRESS, NULL);
  /* someone's: a person named, or a house number */
  static const char someone[]
      = "Resident: Mrs Odile Brannagh, Lincoln Ave, asked about the plow schedule.\n";
  assert_type (someone, VOILE_TYPE_PERSON, "Odile Brannagh");
}

/* (g24b-prose) CUSTOMER_ID in running prose: a sentence's verb between a label and its value,
 * a possessive opening the label, a transcript's turn answering a question on the next line;
 * look-alikes: a phone's "number", a quotation's, a total. */
static void
test_g24b_prose_refs (void)
{
  static const struct
  {
    const char *text, *value;
    gboolean expect;
  } cases[] = {
    { "Votre numéro de dossier sera le 2026447188, gardez-le.", "2026447188", TRUE },
    { "Le numéro de la convention c'est bien CV-2291-0417 ?", "CV-2291-0417", TRUE },
    { "Your tenancy number will\nbe TN-2026-550931 from Monday.", "TN-2026-550931", TRUE },
    { "My donor number is 70419283 if you need it.", "70419283", TRUE },
    { "His membership number remains 55190427 after the move.", "55190427", TRUE },
    { "Our estimate number is EST-2611-0448 for the roof.", "EST-2611-0448", FALSE },
    { "Sorry, my new number is 7182049911 now.", "7182049911", FALSE },
    { "The total is 2026447188 today.", "2026447188", FALSE },
    { "OPERATOR: Could I have your policy number?\nCALLER: yeah it's 55-0419-2281\n",
      "55-0419-2281", TRUE },
    { "Bot: What is your member ID?\n[09:41] You: MBR-772104\n[09:41] Bot: Thanks.", "MBR-772104",
      TRUE },
    { "CONSEILLÈRE : Vous avez votre numéro de contrat ?\nCLIENTE : Oui alors c'est 8841 2207 "
      "5519.\n",
      "8841 2207 5519", TRUE },
    { "Numéro client\nTéléphone : 0612345678\n", "0612345678", FALSE },
  };
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (VoileScanResult) r = voile_engine_scan (
          voile_engine_get_default (), cases[i].text, strlen (cases[i].text), VOILE_TYPE_MASK_ALL);
      gboolean hit = FALSE;
      for (guint k = 0; k < r->findings->len; k++)
        {
          VoileFinding *f = &g_array_index (r->findings, VoileFinding, k);
          hit |= f->type == VOILE_TYPE_CUSTOMER_ID && f->end - f->start == strlen (cases[i].value)
                 && memcmp (cases[i].text + f->start, cases[i].value, f->end - f->start) == 0;
        }
      if (hit != cases[i].expect)
        g_error ("«%s» in «%s»: found %d, expected %d", cases[i].value, cases[i].text, hit,
                 cases[i].expect);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/engine/wrapped-prose-names", test_wrapped_prose_names);
  g_test_add_func ("/engine/patronym-particles", test_patronym_particles);
  g_test_add_func ("/engine/found-in-context", test_found);
  g_test_add_func ("/engine/number-beside-names", test_number_beside_names);
  g_test_add_func ("/engine/form-number-fields", test_form_number_fields);
  g_test_add_func ("/engine/g18-ids", test_g18_ids);
  g_test_add_func ("/engine/g22-ids", test_g22_ids);
  g_test_add_func ("/engine/g23-ids", test_g23_ids);
  g_test_add_func ("/engine/g24-ids", test_g24_ids);
  g_test_add_func ("/engine/g25-ids", test_g25_ids);
  g_test_add_func ("/engine/g22-ids2", test_g22_ids2);
  g_test_add_func ("/engine/g22-tables", test_g22_tables);
  g_test_add_func ("/engine/g18-ids2", test_g18_ids2);
  g_test_add_func ("/engine/g19-ids", test_g19_ids);
  g_test_add_func ("/engine/look-alikes-not-found", test_not_found);
  g_test_add_func ("/engine/look-alike-values-not-found", test_not_found_values);
  g_test_add_func ("/engine/opening-hours-before-street", test_opening_hours_before_street);
  g_test_add_func ("/engine/reference-mentions", test_reference_mentions);
  g_test_add_func ("/engine/address-lines-exact", test_address_lines_exact);
  g_test_add_func ("/engine/layouts", test_layouts);
  g_test_add_func ("/engine/sorted-and-distinct-counts", test_sorted_and_counts);
  g_test_add_func ("/engine/quasi-identifiers-only", test_quasi_only);
  g_test_add_func ("/engine/type-mask", test_type_mask);
  g_test_add_func ("/engine/keep-types", test_keep_types);
  g_test_add_func ("/engine/threads", test_threads);
  g_test_add_func ("/engine/pathological-inputs", test_pathological);
  g_test_add_func ("/engine/nul-bytes", test_nul_bytes);
  g_test_add_func ("/engine/random-texts", test_random_texts);
  g_test_add_func ("/engine/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/engine/found-at-any-offset", test_found_at_any_offset);
  g_test_add_func ("/engine/empty", test_empty);
  g_test_add_func ("/engine/contact-exports", test_contact_exports);
  g_test_add_func ("/engine/g19-lookalikes", test_g19_lookalikes);
  g_test_add_func ("/engine/g20-ids", test_g20_ids);
  g_test_add_func ("/engine/g21-noun-led-refs", test_g21_noun_led_refs);
  g_test_add_func ("/engine/g20-false-positives", test_g20_false_positives);
  g_test_add_func ("/engine/g20-struct", test_g20_struct);
  g_test_add_func ("/engine/wrapped-sentence-context", test_wrapped_sentence_context);
  g_test_add_func ("/engine/g21-shape-columns", test_g21_shape_columns);
  g_test_add_func ("/engine/g21-reference-siblings", test_g21_reference_siblings);
  g_test_add_func ("/engine/g21-aligned-shape-columns", test_g21_aligned_shape_columns);
  g_test_add_func ("/engine/g23-person-phones", test_g23_person_phones);
  g_test_add_func ("/engine/g21-children-birth-dates", test_g21_children_birth_dates);
  g_test_add_func ("/engine/g21-locations", test_g21_locations);
  g_test_add_func ("/engine/g23-sort-codes-attribute-rows", test_g23_sort_codes_attribute_rows);
  g_test_add_func ("/engine/g23-clean-lookalikes", test_g23_clean_lookalikes);
  g_test_add_func ("/engine/g23-dates", test_g23_dates);
  g_test_add_func ("/engine/g23-tables", test_g23_tables);
  g_test_add_func ("/engine/g24-refs-fr", test_g24_refs_fr);
  g_test_add_func ("/engine/g25-refs-fr-groups", test_g25_refs_fr_groups);
  g_test_add_func ("/engine/g25b-register-rows", test_g25b_register_rows);
  g_test_add_func ("/engine/g24-clean", test_g24_clean);
  g_test_add_func ("/engine/g24b-prose-refs", test_g24b_prose_refs);
  return g_test_run ();
}
