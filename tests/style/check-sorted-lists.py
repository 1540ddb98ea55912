#!/usr/bin/env python3
"""Every word list the engine searches with voile_name_sorted_lookup() (a bsearch) must be
in strcmp order of its UTF-8 bytes: one word out of place and bsearch silently misses it and
some of its neighbours. Usage: check-sorted-lists.py SOURCE_ROOT"""

import pathlib
import re
import sys

CALL = re.compile(r"voile_name_sorted_lookup\s*\(\s*([A-Za-z_]\w*)\s*,")
ARRAY = r"static\s+const\s+char\s*\*\s*const\s+{name}\s*\[\s*\]\s*=\s*\{{(.*?)\}};"
HELPER_CALL = re.compile(r"word_in\s*\([^;]*?,\s*([a-z_]+_words)\s*,")
STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def main() -> int:
    root = pathlib.Path(sys.argv[1])
    checked = 0
    errors = 0
    for source in sorted((root / "patterns").glob("*.c")):
        text = source.read_text(encoding="utf-8")
        # Lists searched directly, and lists handed to a helper that searches them
        # (word_in (text, len, p, breed_words, n, &end)).
        names = set(CALL.findall(text)) | set(HELPER_CALL.findall(text))
        for name in sorted(names):
            match = re.search(ARRAY.format(name=re.escape(name)), text, re.S)
            if match is None:
                continue  # a parameter passed through: its callers' lists are checked
            words = [w.encode("utf-8") for w in STRING.findall(match.group(1))]
            checked += 1
            for before, after in zip(words, words[1:]):
                if before >= after:
                    print(f"{source.name}: {name}: \"{after.decode()}\" must come before "
                          f"\"{before.decode()}\" (strcmp order, no duplicates)")
                    errors += 1
    if checked == 0:
        print("no sorted word list found: has voile_name_sorted_lookup() been renamed?")
        return 1
    print(f"{checked} sorted word lists checked, {errors} out of order")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
