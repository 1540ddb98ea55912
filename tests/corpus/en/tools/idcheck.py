#!/usr/bin/env python3
"""Checksum and format rules for the identifiers of the English corpus.

Used by gen_values.py (to make valid values) and lint_corpus.py (to check the marked ones).
Rules from DESIGN.md (checked against public references).
"""
import re

IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24,
    "DE": 22, "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27,
    "HR": 21, "HU": 28, "IE": 22, "IS": 26, "IT": 27, "LT": 20, "LU": 20, "LV": 21,
    "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SE": 24,
    "SI": 19, "SK": 24,
}


def digits(s):
    return re.sub(r"\D", "", s)


def luhn_ok(number):
    d = digits(number)
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
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


def iban_to_int(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s))


def rib_key(bank, branch, account):
    """French RIB key; letters of the account map A/J->1 ... I/R/Z->9."""
    table = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    account = account.upper().translate(table)
    return 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97


def iban_ok(iban):
    s = re.sub(r"\s", "", iban).upper()
    if len(s) < 5 or IBAN_LENGTHS.get(s[:2]) != len(s):
        return False
    if s[:2] == "FR" and rib_key(s[4:9], s[9:14], s[14:25]) != int(s[25:27]):
        return False
    return iban_to_int(s) % 97 == 1


def iban_make(country, bban):
    check = 98 - iban_to_int(country + "00" + bban) % 97
    return f"{country}{check:02d}{bban}"


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def ssn_ok(ssn):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", ssn)
    if not m:
        return False
    area, group, serial = m.groups()
    return (area not in ("000", "666") and not area.startswith("9") and group != "00"
            and serial != "0000")


def nino_ok(nino):
    s = re.sub(r"\s", "", nino).upper()
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", s)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    if a in "DFIQUV" or b in "DFIQUVO":
        return False
    return a + b not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def siren_ok(s):
    d = digits(s)
    return len(d) == 9 and luhn_ok(d)


def siret_ok(s):
    d = digits(s)
    if len(d) != 14:
        return False
    if d.startswith("356000000"):
        return sum(map(int, d)) % 5 == 0
    return luhn_ok(d) and luhn_ok(d[:9])


def fr_vat_key(siren):
    return (12 + 3 * (int(siren) % 97)) % 97


def fr_vat_ok(s):
    s = re.sub(r"\s", "", s).upper()
    m = re.fullmatch(r"FR(\d{2})(\d{9})", s)
    return bool(m) and int(m.group(1)) == fr_vat_key(m.group(2)) and siren_ok(m.group(2))


def nir_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if len(s) != 15:
        return False
    body, key = s[:13], s[13:]
    body_num = body.replace("2A", "19").replace("2B", "18")
    if not body_num.isdigit() or not key.isdigit():
        return False
    return 97 - int(body_num) % 97 == int(key)


def nir_key(body):
    body_num = body.replace("2A", "19").replace("2B", "18")
    return 97 - int(body_num) % 97


CARD_PREFIXES = [
    (r"4", (13, 16, 19)), (r"5[1-5]", (16,)), (r"2(2[2-9]\d|[3-6]\d\d|7[01]\d|720)", (16,)),
    (r"3[47]", (15,)), (r"6011|64[4-9]|65", (16, 19)), (r"30[0-5]|36|3[89]", (14, 16)),
    (r"35(2[89]|[3-8]\d)", (16,)), (r"62", (16, 17, 18, 19)),
]


def card_ok(s):
    d = digits(s)
    if not luhn_ok(d):
        return False
    for prefix, lengths in CARD_PREFIXES:
        if re.match(prefix, d) and len(d) in lengths:
            return True
    return False


VALIDATORS = {
    "CREDIT_CARD": card_ok,
    "IBAN": iban_ok,
    "US_SSN": ssn_ok,
    "UK_NINO": nino_ok,
    "FR_SIREN": siren_ok,
    "FR_SIRET": siret_ok,
    "FR_VAT": fr_vat_ok,
    "FR_NIR": nir_ok,
}
