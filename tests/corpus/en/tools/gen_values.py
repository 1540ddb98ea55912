#!/usr/bin/env python3
"""Print valid identifiers (and invalid look-alikes) for hand-written corpus texts.

    gen_values.py card 4970101234567     complete a card prefix with its Luhn digit
    gen_values.py iban GB NWBK60161331926819   compute the IBAN check digits for a BBAN
    gen_values.py siren 73282932         complete a SIREN with its Luhn digit
    gen_values.py siret 732829320 0007   complete a SIRET (SIREN + NIC prefix of 4 digits)
    gen_values.py vat 732829320          FR VAT number of a SIREN
    gen_values.py nir 1850375123456      NIR key of a 13-character body
    gen_values.py check TYPE VALUE       is VALUE valid for TYPE
"""
import sys

import idcheck


def main(argv):
    cmd, args = argv[1], argv[2:]
    if cmd == "card":
        print(idcheck.group4(idcheck.luhn_complete(args[0])))
    elif cmd == "iban":
        print(idcheck.group4(idcheck.iban_make(args[0], args[1])))
    elif cmd == "siren":
        print(idcheck.luhn_complete(args[0]))
    elif cmd == "siret":
        print(idcheck.luhn_complete(args[0] + args[1]))
    elif cmd == "vat":
        print(f"FR{idcheck.fr_vat_key(args[0]):02d}{args[0]}")
    elif cmd == "nir":
        print(f"{args[0]}{idcheck.nir_key(args[0]):02d}")
    elif cmd == "check":
        print(idcheck.VALIDATORS[args[0]](" ".join(args[1:])))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
