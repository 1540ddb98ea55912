#!/usr/bin/env python3
"""Sorts the PERSON marks the engine misses by where they were lost, for the names finder.

For every PERSON mark of the texts under the folders given: found (a PERSON finding overlaps
it; its span the same or not), or missed and then
  never a candidate   no rule's candidate nor proposal of voile-name-candidates.c overlaps it
  dropped by rules    a rule's candidate overlaps it, which the hand drop rules dropped
  vetoed              a candidate the rules kept overlaps it (the model's veto dropped it)
  proposal rejected   only a proposal of the generator overlaps it (the model did not accept it)
Uses the dump tool name-features and the CLI's JSON; Python 3 standard library only.

  tests/corpus/tools/person-miss-sources.py --tool BUILD/tests/corpus/name-features \
      --voile BUILD/daemon/voile [--list KIND] DIR...
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib.util  # noqa: E402

_spec = importlib.util.spec_from_file_location(
    "train_name_model", os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                     "train-name-model.py"))
tnm = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tnm)

KINDS = ["never a candidate", "dropped by rules", "vetoed", "proposal rejected"]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--tool", required=True)
    ap.add_argument("--voile", required=True)
    ap.add_argument("--list", action="append", default=[], help="print the misses of a kind")
    args = ap.parse_args()
    for root in args.dirs:
        paths = tnm.texts_of(root)
        counts = dict.fromkeys(KINDS + ["found, same span", "found, other span"], 0)
        listed = []
        with tempfile.TemporaryDirectory() as tmp:
            plain_paths, gold = [], {}
            for k, path in enumerate(paths):
                with open(path, encoding="utf-8") as fh:
                    plain, spans = tnm.strip_marks(fh.read())
                pp = os.path.join(tmp, f"{k}.txt")
                with open(pp, "wb") as fh:
                    fh.write(plain)
                plain_paths.append(pp)
                gold[pp] = (path, plain, spans)
            cands, found = {}, {}
            for k in range(0, len(plain_paths), 300):
                chunk = plain_paths[k:k + 300]
                run = subprocess.run([args.tool] + chunk, capture_output=True, text=True,
                                     check=True)
                cur = None
                for line in run.stdout.splitlines():
                    if line.startswith("features "):
                        continue
                    if line.startswith("# "):
                        cur = cands.setdefault(line[2:], [])
                        continue
                    s, e, kept, _key, _f = line.split("\t")
                    cur.append((int(s), int(e), int(kept)))
                run = subprocess.run([args.voile, "scan", "--json"] + chunk,
                                     capture_output=True, text=True)
                data = json.loads(run.stdout)
                files = data["files"] if "files" in data else [
                    {"file": chunk[0], "findings": data["findings"]}]
                for f in files:
                    found[f["file"]] = [(x["start"], x["end"]) for x in f["findings"]
                                        if x["type"] == "PERSON"]
            for pp in plain_paths:
                path, plain, spans = gold[pp]
                for span in spans:
                    hits = [f for f in found.get(pp, []) if overlaps(f, span)]
                    if hits:
                        counts["found, same span" if span in hits else "found, other span"] += 1
                        continue
                    over = [c for c in cands.get(pp, []) if overlaps(c[:2], span)]
                    verdicts = {c[2] for c in over}
                    if 1 in verdicts or 3 in verdicts:
                        kind = "vetoed"
                    elif 0 in verdicts:
                        kind = "dropped by rules"
                    elif 2 in verdicts:
                        kind = "proposal rejected"
                    else:
                        kind = "never a candidate"
                    counts[kind] += 1
                    if kind in args.list:
                        a, b = span
                        ls = plain.rfind(b"\n", 0, a) + 1
                        le = plain.find(b"\n", b)
                        le = len(plain) if le < 0 else le
                        ctx = plain[max(ls, a - 50):min(le, b + 50)].decode("utf-8", "replace")
                        listed.append(f"  [{kind}] {plain[a:b].decode('utf-8', 'replace')!r} "
                                      f"in {ctx!r} ({os.path.relpath(path, root)})")
        missed = sum(counts[k] for k in KINDS)
        total = missed + counts["found, same span"] + counts["found, other span"]
        print(f"{root}: {total} PERSON marks, {missed} missed "
              f"(recall {100.0 * (total - missed) / max(1, total):.1f} %)")
        for k in KINDS:
            print(f"  {k:20s} {counts[k]:5d}  {100.0 * counts[k] / max(1, missed):5.1f} % "
                  "of the misses")
        print(f"  found, other span    {counts['found, other span']:5d}")
        for line in listed:
            print(line)


if __name__ == "__main__":
    sys.exit(main())
