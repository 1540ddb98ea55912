#!/usr/bin/env python3
"""Check the annotations of a corpus folder (tests/corpus by default).

Errors: malformed marks, unknown types, marked values failing their checksum, direct
identifiers in clean/ texts, titles or greetings inside PERSON marks.
Warnings: checksum-valid numbers, e-mail addresses or secret-looking tokens left unmarked
(they may be intended hard negatives: read them).
"""
import os
import re
import sys

# An address read out in a transcript: "john dot smith at gmail dot com",
# "marie point dupont arobase orange point fr".
SPOKEN_JOINER = r" (?:dot|point|underscore|dash|hyphen|tiret(?: du bas| bas| du six)?) "
SPOKEN_EMAIL = (r"[\w.\-]+(?:" + SPOKEN_JOINER + r"[\w.\-]+)* (?:at|arobase|arrobase|arobas) "
                r"[\w\-]+(?: (?:dot|point) [\w\-]+)+")

sys.dont_write_bytecode = True  # run from the source tree: leave no __pycache__ behind
import checksums  # noqa: E402

TYPES = {
    "PERSON", "LOCATION", "EMAIL", "PHONE", "IBAN", "CREDIT_CARD", "FR_NIR", "FR_SIREN",
    "FR_SIRET", "FR_VAT", "US_SSN", "UK_NINO", "ID_DOCUMENT", "IP_ADDRESS", "LICENSE_PLATE",
    "POSTAL_ADDRESS", "DATE_OF_BIRTH", "DATE", "AMOUNT", "CUSTOMER_ID", "SECRET",
}
QUASI = {"DATE", "AMOUNT", "LOCATION"}
MARK = re.compile(r"⟦([A-Z_]+)\|([^⟦⟧]*)⟧")
TITLE = re.compile(r"^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dear|Hi|Hello|Hey|M|Mme|Mlle)\b\.?\s")


def strip(text):
    """Raw text and [(type, start, end, value)] with byte offsets, like the C parser."""
    raw, spans, pos = [], [], 0
    nbytes = 0
    for m in MARK.finditer(text):
        before = text[pos:m.start()]
        raw.append(before)
        nbytes += len(before.encode())
        value = m.group(2)
        spans.append((m.group(1), nbytes, nbytes + len(value.encode()), value))
        raw.append(value)
        nbytes += len(value.encode())
        pos = m.end()
    raw.append(text[pos:])
    return "".join(raw), spans


def lint(path, errors, warnings, counts):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    clean = os.sep + "clean" + os.sep in path
    raw, spans = strip(text)
    if "⟦" in raw or "⟧" in raw:
        errors.append(f"{path}: malformed or nested mark")
    types_seen = set()
    for t, s, e, v in spans:
        types_seen.add(t)
        counts[t] = counts.get(t, 0) + 1
        if t not in TYPES:
            errors.append(f"{path}: unknown type {t}")
        if not v.strip() or v != v.strip():
            errors.append(f"{path}: empty or padded value «{v}» ({t})")
        if clean and t not in QUASI:
            errors.append(f"{path}: direct identifier {t} «{v}» in a clean text")
        check = checksums.VALIDATORS.get(t)
        if check and not check(v):
            errors.append(f"{path}: {t} «{v}» fails its checksum/format rules")
        if t == "PERSON" and TITLE.match(v):
            errors.append(f"{path}: title or greeting inside PERSON «{v}»")
        if t == "EMAIL" and not (re.fullmatch(r"[^@\s]+(?:@|%40)[^@\s]+\.[a-z]{2,}", v)
                                 or re.fullmatch(SPOKEN_EMAIL, v)):
            errors.append(f"{path}: odd EMAIL «{v}»")
    if not clean and not (types_seen - QUASI):
        errors.append(f"{path}: pii text without any direct identifier")
    # Unmarked look-alikes worth a second look.
    unmarked = MARK.sub(lambda m: " " * len(m.group(0)), text)
    for m in re.finditer(r"[\w.+-]+@[\w-]+\.[\w.]+", unmarked):
        warnings.append(f"{path}: unmarked e-mail-like «{m.group(0)}»")
    for m in re.finditer(r"(?<![\w.-])\d(?:[ -]?\d){12,18}(?![\w.-])", unmarked):
        if checksums.card_ok(m.group(0)):
            warnings.append(f"{path}: unmarked valid card number «{m.group(0)}»")
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", unmarked):
        if checksums.iban_ok(m.group(0)):
            warnings.append(f"{path}: unmarked valid IBAN «{m.group(0)}»")
    for m in re.finditer(r"\b\d{3}-\d{2}-\d{4}\b", unmarked):
        if checksums.ssn_ok(m.group(0)):
            warnings.append(f"{path}: unmarked valid SSN «{m.group(0)}»")
    for m in re.finditer(r"\b(AKIA[0-9A-Z]{16}|ghp_\w{20,}|sk-\w{20,}|eyJ[\w-]+\.[\w-]+)", unmarked):
        warnings.append(f"{path}: unmarked token «{m.group(0)}»")


def main(argv):
    root = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
    errors, warnings, counts = [], [], {}
    files = {"pii": 0, "clean": 0}
    for dirpath, _, names in os.walk(root):
        for name in sorted(names):
            if name.endswith(".txt"):
                path = os.path.join(dirpath, name)
                kind = "clean" if os.sep + "clean" + os.sep in path else "pii"
                files[kind] += 1
                lint(path, errors, warnings, counts)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"texts: {files['pii']} pii, {files['clean']} clean")
    for t in sorted(TYPES):
        print(f"  {t:15} {counts.get(t, 0)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
