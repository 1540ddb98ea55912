#!/usr/bin/env python3
"""Compare what two builds of `voile` find on every corpus text, marks removed.

    tests/corpus/tools/compare-findings.py OLD_VOILE NEW_VOILE [DIR…]

DIR defaults to tests/corpus alone: a blind held-out set is never read by default, since
printing its findings to an engineer would end its blindness (name it to compare it). Each
text is scanned as the engine sees it in use, with its ⟦TYPE|value⟧ marks replaced by their values (scanning the marked
text would compare findings on text nobody pastes). Prints, for each text whose findings
differ, the findings only the old build has (-) and only the new one has (+), then a count.
Exit status 0 when nothing differs, 1 otherwise.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

MARK = re.compile(r"⟦[A-Z_]+\|([^⟦⟧]*)⟧")
HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))


def findings(voile, path):
    out = subprocess.run([voile, "scan", "--json", path], capture_output=True, text=True)
    if out.returncode == 2:
        return {("ERROR", 0, 0, out.stderr.strip())}
    return {(f["type"], f["start"], f["end"], f["text"])
            for f in json.loads(out.stdout)["findings"]}


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    old, new = argv[1], argv[2]
    dirs = argv[3:] or [os.path.join(TOP, "tests", "corpus")]
    texts = sorted(os.path.join(root, name) for d in dirs
                   for root, _dirs, files in os.walk(d, followlinks=True)
                   for name in files if name.endswith(".txt"))
    differ = 0
    with tempfile.TemporaryDirectory() as tmp:
        plain = os.path.join(tmp, "text.txt")
        for path in texts:
            with open(path, encoding="utf-8") as f:
                text = MARK.sub(r"\1", f.read())
            with open(plain, "w", encoding="utf-8") as f:
                f.write(text)
            a, b = findings(old, plain), findings(new, plain)
            if a == b:
                continue
            differ += 1
            print(os.path.relpath(path, TOP))
            for sign, items in (("-", a - b), ("+", b - a)):
                for kind, start, end, value in sorted(items, key=lambda x: x[1]):
                    print(f"  {sign} {kind:<15} {start:>6} «{value}»")
    print(f"{len(texts)} texts, {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
