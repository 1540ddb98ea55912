#!/usr/bin/env python3
"""A trainer is deterministic: trained twice on the same texts (a sample of the corpus: the first
texts of each folder), it writes the same header byte for byte.

  tests/corpus/tools/test-train-determinism.py TRAINER PER_FOLDER FEATURES_TOOL CORPUS_DIR

TRAINER is a script of this folder taking --tool and --output (train-name-model.py with
name-features, train-document-judge.py with judge-features).
"""

import filecmp
import os
import shutil
import subprocess
import sys
import tempfile


def main():
    trainer_name, per_folder, tool, corpus = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    trainer = os.path.join(os.path.dirname(os.path.abspath(__file__)), trainer_name)
    with tempfile.TemporaryDirectory() as tmp:
        sample = os.path.join(tmp, "corpus")
        for lang in ("fr", "en"):
            for kind in ("pii", "clean"):
                src = os.path.join(corpus, lang, kind)
                dst = os.path.join(sample, lang, kind)
                os.makedirs(dst)
                for name in sorted(os.listdir(src))[:per_folder]:
                    shutil.copy(os.path.join(src, name), dst)
        headers = []
        for k in range(2):
            out = os.path.join(tmp, f"header-{k}.h")
            subprocess.run([sys.executable, trainer, "--tool", tool, "--output", out, sample],
                           check=True, stdout=subprocess.DEVNULL)
            headers.append(out)
        if not filecmp.cmp(headers[0], headers[1], shallow=False):
            print(f"{trainer_name} wrote two different headers from the same texts")
            return 1
    print("ok: the same header twice")
    return 0


if __name__ == "__main__":
    sys.exit(main())
