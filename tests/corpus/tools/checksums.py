#!/usr/bin/env python3
"""Compute valid checksummed values for the corpus (not used by the test itself).

  checksums.py iban FR 30006 00001 12345678901      -> full IBAN with RIB key and check digits
  checksums.py iban GB NWBK60161331926819          -> any country: BBAN as written
  checksums.py luhn 497010000012345                 -> appends the Luhn digit (cards, SIREN, SIRET)
  checksums.py nir 1850375116042                    -> appends the 2-digit key (2A/2B accepted)
  checksums.py vat 732829320                        -> FR VAT number for a SIREN
  checksums.py check-luhn 4970101234567891           -> valid / invalid
"""
import sys


def luhn_ok(digits):
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix):
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise ValueError


def rib_key(bank, branch, account):
    table = {c: str((i % 9) + 1) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
    # A/J→1 … I/R/Z→9, with S→2 per the RIB rule
    table.update({"S": "2", "T": "3", "U": "4", "V": "5", "W": "6", "X": "7", "Y": "8", "Z": "9"})
    acc = "".join(table.get(c, c) for c in account.upper())
    return 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)


def iban(country, bban):
    bban = bban.replace(" ", "").upper()
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(num) % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def nir_key(first13):
    n = first13.upper().replace("2A", "19").replace("2B", "18")
    return f"{97 - int(n) % 97:02d}"


def vat(siren):
    return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"


def main(argv):
    cmd = argv[1]
    if cmd == "iban" and argv[2] == "FR" and len(argv) == 6:
        bank, branch, account = argv[3], argv[4], argv[5]
        key = rib_key(bank, branch, account)
        print(iban("FR", f"{bank}{branch}{account}{key:02d}"), f"(RIB key {key:02d})")
    elif cmd == "iban":
        print(iban(argv[2], "".join(argv[3:])))
    elif cmd == "luhn":
        print(luhn_complete(argv[2]))
    elif cmd == "check-luhn":
        print("valid" if luhn_ok(argv[2]) else "invalid")
    elif cmd == "nir":
        print(argv[2] + nir_key(argv[2]))
    elif cmd == "vat":
        print(vat(argv[2]))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
