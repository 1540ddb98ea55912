#!/usr/bin/env python3
"""Trains the names finder's document prior and writes patterns/voile-document-prior-data.h.

The prior scores a whole text: are the people it names public or fictional (a novel's
review, a match report, a racecard, a history lesson) or private (a client's file, a chat,
a rota)? It is a logistic regression over the lower-cased words a text uses, leaving out
the capitalised words inside sentences (the names themselves: the model must learn the
words AROUND names, not the names). Labels come from the corpus folders:

  clean/ texts that hold capitalised words inside sentences   -> public (1)
  pii/ texts holding at least one PERSON mark                 -> private (0)

Python 3 standard library only; deterministic (same input, same header). Usage:

  tests/corpus/tools/train-document-prior.py [--extra DIR]... [--eval DIR]... [--dry-run] [CORPUS_DIR]

--extra adds a corpus folder laid out as tests/corpus (held-out sets once seen). The k-fold
cross-validation sets the threshold and prints its figures; --eval DIR prints the figures on
a set never trained on. The tokenizer here must match patterns/voile-document-prior.c byte for byte.
"""

import argparse
import math
import os
import random
import re
import sys

MARK = re.compile(r"⟦([A-Z_]+)\|([^⟧]*)⟧")
SCAN_MAX = 16384  # bytes of a text read (VOILE_DOCUMENT_SCAN_MAX in voile-document-words.h)
WORD_MIN, WORD_MAX = 2, 24
MIN_DOCS = 4  # a word used by fewer training texts is noise
# A word used by more than this share of the texts ("and", "the", "de", "my") says how a text
# is written — a narrative or a message — more than whom it is about: a witness statement
# tells of private people in the words of a match report. (Cross-validation: as good.)
MAX_DOCS_SHARE = 0.25
VOCAB_SIZE = 2500
L2 = 0.1  # regularisation, per text (chosen by the cross-validation)
EPOCHS = 100
RATE = 0.5
FOLDS = 5
SCALE = 1024  # fixed-point weights
# A text is judged public above a threshold, not 0: a private text judged public loses its
# weakly supported names, a worse mistake than a public one judged private. The threshold is
# the score that this share of the private texts pass in the cross-validation.
PRIVATE_JUDGED_PUBLIC = 0.02
THRESHOLD = 0.5  # replaced by the cross-validation's
# A text scoring under the private threshold is surely about private people: its names keep
# even when nothing else in long prose supports them. Only this share of the public texts
# score under it in the cross-validation (a public text judged so keeps its names).
PUBLIC_JUDGED_PRIVATE = 0.01
PRIVATE_THRESHOLD = -1.5  # replaced by the cross-validation's
NAME_LIKE_MIN = 3  # a clean text needs this many capitalised in-sentence words to count

# Bytes after which a capitalised word starts a sentence, a line or a cell (not a name
# inside a sentence): kept as a word ("Dear", "Client", "Chapter").
OPENERS = set(b"\n\r.!?:;|>-*([{\"#")


def is_upper_at(b, i):
    c = b[i]
    if 0x41 <= c <= 0x5A:
        return True
    return c == 0xC3 and i + 1 < len(b) and 0x80 <= b[i + 1] <= 0x9E and b[i + 1] != 0x97


def seq_len(c):
    if c < 0xC0:
        return 1
    if c < 0xE0:
        return 2
    if c < 0xF0:
        return 3
    return 4


def is_word_lead(c):
    """ASCII letters and UTF-8 letters; U+0080-U+00BF (0xC2: «, », nbsp) and U+2000-U+2FFF
    (0xE2: quotes, dashes, bullets) separate words."""
    return (0x41 <= c <= 0x5A) or (0x61 <= c <= 0x7A) or (c >= 0xC3 and c != 0xE2)


def lower_word(w):
    out = bytearray(w)
    i = 0
    while i < len(out):
        c = out[i]
        if 0x41 <= c <= 0x5A:
            out[i] = c + 0x20
        elif c == 0xC3 and i + 1 < len(out) and 0x80 <= out[i + 1] <= 0x9E and out[i + 1] != 0x97:
            out[i + 1] += 0x20
        i += seq_len(c)
    return bytes(out)


def words_of(b):
    """(words kept, count of capitalised in-sentence words) of the bytes b."""
    b = b[:SCAN_MAX]
    words, names = [], 0
    i, n = 0, len(b)
    while i < n:
        c = b[i]
        if not is_word_lead(c):
            i += seq_len(c) if c >= 0xC0 else 1
            continue
        s = i
        while i < n and is_word_lead(b[i]):
            i += seq_len(b[i])
        i = min(i, n)
        if i - s < WORD_MIN or i - s > WORD_MAX:
            continue
        if is_upper_at(b, s):
            p = s - 1
            while p >= 0 and b[p] in (0x20, 0x09):
                p -= 1
            if p >= 0 and b[p] < 0x80 and b[p] not in OPENERS:
                names += 1
                continue
        words.append(lower_word(b[s:i]))
    return words, names


def load(root):
    """[(path, label, set of words)] of a corpus folder (*/pii, */clean below root)."""
    docs = []
    for dirpath, _dirs, files in sorted(os.walk(root)):
        kind = os.path.basename(dirpath)
        if kind not in ("pii", "clean"):
            continue
        for f in sorted(files):
            if not f.endswith(".txt"):
                continue
            path = os.path.join(dirpath, f)
            with open(path, encoding="utf-8") as fh:
                marked = fh.read()
            has_person = "⟦PERSON|" in marked
            raw = MARK.sub(lambda m: m.group(2), marked).encode("utf-8")
            words, names = words_of(raw)
            if kind == "pii" and has_person:
                docs.append((path, 0, frozenset(words)))
            elif kind == "clean" and names >= NAME_LIKE_MIN:
                docs.append((path, 1, frozenset(words)))
    return docs


def features(doc_words, index):
    ids = sorted({index[w] for w in doc_words if w in index})
    return ids, (1.0 / math.sqrt(len(ids)) if ids else 0.0)


def train(docs, vocab):
    """Logistic regression, L2, full-batch gradient descent with AdaGrad steps (the
    features are small: 1/sqrt(words) each), fixed epochs: deterministic."""
    index = {w: k for k, w in enumerate(vocab)}
    xs = [features(d[2], index) for d in docs]
    ys = [d[1] for d in docs]
    n = len(docs)
    pos = sum(ys)
    # Balanced classes: each class weighs half.
    cw = {1: n / (2.0 * max(pos, 1)), 0: n / (2.0 * max(n - pos, 1))}
    w = [0.0] * len(vocab)
    acc = [1e-8] * len(vocab)
    bias, acc_bias = 0.0, 1e-8
    for _epoch in range(EPOCHS):
        grad = [0.0] * len(vocab)
        gbias = 0.0
        for (ids, v), y in zip(xs, ys):
            z = bias + v * sum(w[k] for k in ids)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - y) * cw[y]
            gbias += g
            for k in ids:
                grad[k] += g * v
        for k in range(len(w)):
            g = grad[k] / n + L2 * w[k] / n
            acc[k] += g * g
            w[k] -= RATE * g / math.sqrt(acc[k])
        gbias /= n
        acc_bias += gbias * gbias
        bias -= RATE * gbias / math.sqrt(acc_bias)
    return w, bias


def score(model, doc_words):
    vocab_index, w, bias = model
    ids, v = features(doc_words, vocab_index)
    return bias + v * sum(w[k] for k in ids)


def fit(docs):
    df = {}
    for _p, _y, ws in docs:
        for x in ws:
            df[x] = df.get(x, 0) + 1
    vocab = sorted(x for x, c in df.items() if MIN_DOCS <= c <= MAX_DOCS_SHARE * len(docs))
    w, bias = train(docs, vocab)
    # Keep the most telling words, then fit again on them alone.
    keep = sorted(range(len(vocab)), key=lambda k: (-abs(w[k]), vocab[k]))[:VOCAB_SIZE]
    vocab = sorted(vocab[k] for k in keep)
    w, bias = train(docs, vocab)
    return {x: k for k, x in enumerate(vocab)}, w, bias


def quantize(model):
    index, w, bias = model
    return index, [round(x * SCALE) / SCALE for x in w], round(bias * SCALE) / SCALE


def report(name, docs, model):
    tp = fp = tn = fn = 0
    for _p, y, ws in docs:
        public = score(model, ws) > THRESHOLD
        if y == 1:
            tp += public
            fn += not public
        else:
            fp += public
            tn += not public
    print(
        f"{name}: public texts judged public {tp}/{tp + fn}, "
        f"private texts judged public {fp}/{fp + tn}"
    )
    return fp


def cross_validate(docs):
    """Scores each text with a model trained without its fold; sets THRESHOLD from them and
    prints what it judges."""
    global THRESHOLD, PRIVATE_THRESHOLD
    order = list(range(len(docs)))
    random.Random(7).shuffle(order)
    folds = [order[k::FOLDS] for k in range(FOLDS)]
    scored = []
    for k in range(FOLDS):
        test = set(folds[k])
        model = quantize(fit([d for j, d in enumerate(docs) if j not in test]))
        scored += [(score(model, docs[j][2]), docs[j][1]) for j in folds[k]]
    private = sorted((s for s, y in scored if y == 0), reverse=True)
    public = [s for s, y in scored if y == 1]
    THRESHOLD = round(private[int(PRIVATE_JUDGED_PUBLIC * len(private))] * SCALE) / SCALE
    tp = sum(s > THRESHOLD for s in public)
    fp = sum(s > THRESHOLD for s in private)
    print(
        f"{FOLDS}-fold cross-validation, threshold {THRESHOLD:.3f}: public texts judged public "
        f"{tp}/{len(public)} ({100.0 * tp / len(public):.1f} %), private texts judged public "
        f"{fp}/{len(private)} ({100.0 * fp / len(private):.1f} %)"
    )
    public.sort()
    PRIVATE_THRESHOLD = round(public[int(PUBLIC_JUDGED_PRIVATE * len(public))] * SCALE) / SCALE
    sure = sum(s < PRIVATE_THRESHOLD for s in private)
    wrong = sum(s < PRIVATE_THRESHOLD for s in public)
    print(
        f"  private threshold {PRIVATE_THRESHOLD:.3f}: private texts judged surely private "
        f"{sure}/{len(private)} ({100.0 * sure / len(private):.1f} %), public texts "
        f"{wrong}/{len(public)} ({100.0 * wrong / len(public):.1f} %)"
    )


def c_string(word):
    out = []
    for c in word:
        if c < 0x80 and chr(c).isalnum():
            out.append(chr(c))
        else:
            out.append(f"\\{c:03o}")
    return '"' + "".join(out) + '"'


def write_header(path, model, sources):
    index, w, bias = model
    vocab = sorted(index, key=lambda x: index[x])
    lines = [
        "/* voile-document-prior-data.h — GENERATED by tests/corpus/tools/train-document-prior.py",
        " * from " + ", ".join(sources) + "; do not edit by hand: retrain (see README, names).",
        " *",
        " * Words sorted in memcmp() order (lower-cased UTF-8) with their weight times "
        f"{SCALE}:",
        " * positive says the text's people are public or fictional, negative private. */",
        "#pragma once",
        "",
        f"#define VOILE_DOCUMENT_PRIOR_SCALE {SCALE}",
        f"#define VOILE_DOCUMENT_PRIOR_BIAS {round(bias * SCALE)}",
        f"#define VOILE_DOCUMENT_PRIOR_THRESHOLD {round(THRESHOLD * SCALE)}",
        f"#define VOILE_DOCUMENT_PRIOR_PRIVATE_THRESHOLD {round(PRIVATE_THRESHOLD * SCALE)}",
        "",
        "static const VoileDocumentPriorWord voile_document_prior_words[] = {",
    ]
    for x in vocab:
        lines.append(f"  {{ {c_string(x)}, {round(w[index[x]] * SCALE)} }},")
    lines.append("};")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    top = os.path.normpath(os.path.join(here, "..", "..", ".."))
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=os.path.join(top, "tests", "corpus"))
    ap.add_argument("--extra", action="append", default=[], help="more training folders")
    ap.add_argument("--eval", action="append", default=[], help="folders to measure only")
    ap.add_argument(
        "--output", default=os.path.join(top, "patterns", "voile-document-prior-data.h")
    )
    ap.add_argument("--dry-run", action="store_true", help="do not write the header")
    args = ap.parse_args()

    docs = load(args.corpus)
    for extra in args.extra:
        docs += load(extra)
    pos = sum(d[1] for d in docs)
    print(f"training texts: {len(docs)} ({pos} public, {len(docs) - pos} private)")
    cross_validate(docs)
    model = quantize(fit(docs))
    report("training set", docs, model)
    for ev in args.eval:
        report(f"held out {ev}", load(ev), model)
    if not args.dry_run:
        sources = [os.path.relpath(p, top) for p in [args.corpus] + args.extra]
        write_header(args.output, model, sources)
        print(f"wrote {os.path.relpath(args.output, top)}: {len(model[0])} words")


if __name__ == "__main__":
    sys.exit(main())
