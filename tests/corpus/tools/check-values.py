#!/usr/bin/env python3
"""Check that every marked value with a checksum is valid (run before committing texts).

  check-values.py [CORPUS_DIR]      prints each invalid mark; exit 1 if any
"""
import os
import re
import sys

sys.dont_write_bytecode = True  # run from the source tree: leave no __pycache__ behind
from checksums import luhn_ok, nir_key, rib_key  # noqa: E402

IBAN_LENGTHS = {"FR": 27, "DE": 22, "BE": 16, "ES": 24, "IT": 27, "LU": 20, "NL": 18, "CH": 21,
                "PT": 25, "MC": 27, "GB": 22, "IE": 22, "AT": 20, "DK": 18, "FI": 18, "SE": 24,
                "NO": 15, "PL": 28, "GR": 27, "MA": 28, "TN": 24, "SN": 28, "CI": 28}
MARK = re.compile(r"⟦([A-Z_]+)\|([^⟧]*)⟧")


def iban_ok(value):
    v = re.sub(r"\s", "", value).upper()
    if re.fullmatch(r"\d{23}", v):  # French RIB: bank, branch, account, key
        return rib_key(v[:5], v[5:10], v[10:21]) == int(v[21:])
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", v):
        return False
    if v[:2] in IBAN_LENGTHS and len(v) != IBAN_LENGTHS[v[:2]]:
        return False
    return int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1


def digits(value):
    return re.sub(r"[\s.\-]", "", value)


def siret_ok(value):
    d = digits(value)
    if len(d) != 14 or not d.isdigit():
        return False
    if d.startswith("356000000"):
        return sum(map(int, d)) % 5 == 0
    return luhn_ok(d)


def vat_ok(value):
    v = re.sub(r"\s", "", value).upper()
    m = re.fullmatch(r"FR(\d{2})(\d{9})", v)
    return bool(m) and int(m.group(1)) == (12 + 3 * (int(m.group(2)) % 97)) % 97


def nir_ok(value):
    v = re.sub(r"\s", "", value).upper()
    return len(v) == 15 and nir_key(v[:13]) == v[13:]


CHECKS = {
    "IBAN": iban_ok,
    "CREDIT_CARD": lambda v: digits(v).isdigit() and luhn_ok(digits(v)),
    "FR_SIREN": lambda v: len(digits(v)) == 9 and luhn_ok(digits(v)),
    "FR_SIRET": siret_ok,
    "FR_VAT": vat_ok,
    "FR_NIR": nir_ok,
}


def main(argv):
    root = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
    bad = 0
    for dirpath, _, files in os.walk(root):
        for name in sorted(files):
            if not name.endswith(".txt"):
                continue
            path = os.path.join(dirpath, name)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            for type_, value in MARK.findall(text):
                check = CHECKS.get(type_)
                if check and not check(value):
                    print(f"{os.path.relpath(path, root)}: invalid {type_} «{value}»")
                    bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
