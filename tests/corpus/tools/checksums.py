#!/usr/bin/env python3
"""Checksum and format rules of the corpus's identifiers, and values computed with them.

Used by lint-corpus.py (the `corpus-marks` test); run by hand to make valid values for new
texts (rules from DESIGN.md):

  checksums.py iban FR 30006 00001 12345678901   full IBAN, RIB key and check digits computed
  checksums.py iban GB NWBK60161331926819        any country: the BBAN as written
  checksums.py luhn 497010000012345              appends the Luhn digit (cards, SIREN, SIRET)
  checksums.py nir 1850375116042                 appends the 2-digit key (2A/2B accepted)
  checksums.py vat 732829320                     FR VAT number of a SIREN
  checksums.py check TYPE VALUE                  valid / invalid (TYPE as in the marks: IBAN…)
"""
import re
import sys

# ISO 13616 lengths of the countries the corpus uses.
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CI": 28, "CY": 28, "CZ": 24,
    "DE": 22, "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21,
    "HU": 28, "IE": 22, "IS": 26, "IT": 27, "LT": 20, "LU": 20, "LV": 21, "MA": 28, "MC": 27,
    "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24,
    "SN": 28, "TN": 24,
    # experimental IBANs of Africa (remittances)
    "DZ": 26, "ML": 28, "BF": 28, "BJ": 28, "CM": 27, "MG": 27, "TG": 28, "NE": 28,
}

CARD_PREFIXES = [
    (r"4", (13, 16, 19)), (r"5[1-5]", (16,)), (r"2(2[2-9]\d|[3-6]\d\d|7[01]\d|720)", (16,)),
    (r"3[47]", (15,)), (r"6011|64[4-9]|65", (16, 19)), (r"30[0-5]|36|3[89]", (14, 16)),
    (r"35(2[89]|[3-8]\d)", (16,)), (r"62", (16, 17, 18, 19)),
]


def digits(value):
    return re.sub(r"\D", "", value)


def compact(value):
    return re.sub(r"\s", "", value).upper()


def luhn_ok(number):
    d = digits(number)
    total = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return len(d) > 0 and total % 10 == 0


def luhn_complete(prefix):
    for last in "0123456789":
        if luhn_ok(prefix + last):
            return prefix + last
    raise ValueError(prefix)


def rib_key(bank, branch, account):
    """French RIB key; the account's letters map A/J→1 … I/R→9, S→2 … Z→9."""
    table = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    account = account.upper().translate(table)
    return 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97


def iban_to_int(value):
    return int("".join(str(int(c, 36)) for c in value[4:] + value[:4]))


def iban_make(country, bban):
    bban = compact(bban)
    check = 98 - iban_to_int(country + "00" + bban) % 97
    return f"{country}{check:02d}{bban}"


def group4(value):
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4))


def iban_ok(value):
    v = compact(value)
    if re.fullmatch(r"\d{23}", v):  # a French RIB: bank, branch, account, key
        return rib_key(v[:5], v[5:10], v[10:21]) == int(v[21:])
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", v):
        return False
    if v[:2] in IBAN_LENGTHS and len(v) != IBAN_LENGTHS[v[:2]]:
        return False
    if v[:2] == "FR":
        # Bank, branch and key are digits; a masked IBAN ("FR76 XXXX …") is no IBAN.
        if not re.fullmatch(r"\d{10}[A-Z0-9]{11}\d{2}", v[4:]):
            return False
        if rib_key(v[4:9], v[9:14], v[14:25]) != int(v[25:27]):
            return False
    return iban_to_int(v) % 97 == 1


def card_ok(value):
    d = digits(value)
    if not luhn_ok(d):
        return False
    return any(re.match(prefix, d) and len(d) in lengths for prefix, lengths in CARD_PREFIXES)


def ssn_ok(value):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", value)
    if not m:
        return False
    area, group, serial = m.groups()
    return (area not in ("000", "666") and not area.startswith("9") and group != "00"
            and serial != "0000")


def nino_ok(value):
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", compact(value))
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    if a in "DFIQUV" or b in "DFIQUVO":
        return False
    return a + b not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def siren_ok(value):
    d = digits(value)
    return len(d) == 9 and luhn_ok(d)


def siret_ok(value):
    d = digits(value)
    if len(d) != 14:
        return False
    if d.startswith("356000000"):  # La Poste: digit sum a multiple of 5
        return sum(map(int, d)) % 5 == 0
    return luhn_ok(d) and luhn_ok(d[:9])


def vat_key(siren):
    return (12 + 3 * (int(siren) % 97)) % 97


def vat_ok(value):
    m = re.fullmatch(r"FR(\d{2})(\d{9})", compact(value))
    return bool(m) and int(m.group(1)) == vat_key(m.group(2)) and siren_ok(m.group(2))


def nir_key(body):
    n = body.upper().replace("2A", "19").replace("2B", "18")
    return 97 - int(n) % 97


def nir_ok(value):
    v = compact(value)
    if len(v) != 15 or not v[13:].isdigit():
        return False
    body = v[:13].replace("2A", "19").replace("2B", "18")
    return body.isdigit() and nir_key(v[:13]) == int(v[13:])


VALIDATORS = {
    "CREDIT_CARD": card_ok,
    "IBAN": iban_ok,
    "US_SSN": ssn_ok,
    "UK_NINO": nino_ok,
    "FR_SIREN": siren_ok,
    "FR_SIRET": siret_ok,
    "FR_VAT": vat_ok,
    "FR_NIR": nir_ok,
}


def main(argv):
    cmd, args = (argv[1], argv[2:]) if len(argv) > 1 else ("", [])
    if cmd == "iban" and len(args) == 4 and args[0] == "FR":
        bank, branch, account = args[1:]
        key = rib_key(bank, branch, account)
        print(group4(iban_make("FR", f"{bank}{branch}{account}{key:02d}")), f"(RIB key {key:02d})")
    elif cmd == "iban" and len(args) >= 2:
        print(group4(iban_make(args[0], "".join(args[1:]))))
    elif cmd == "luhn" and len(args) == 1:
        print(luhn_complete(args[0]))
    elif cmd == "nir" and len(args) == 1:
        print(f"{args[0]}{nir_key(args[0]):02d}")
    elif cmd == "vat" and len(args) == 1:
        print(f"FR{vat_key(args[0]):02d}{args[0]}")
    elif cmd == "check" and len(args) >= 2 and args[0] in VALIDATORS:
        print("valid" if VALIDATORS[args[0]](" ".join(args[1:])) else "invalid")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
