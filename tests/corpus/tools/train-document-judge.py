#!/usr/bin/env python3
"""Trains the document judge and writes patterns/voile-document-judge-data.h.

The judge scores a whole text: is it about no person (a test fixture, a validator's spec, a
template, a script, a fee page, a deploy log) or about someone? It is a logistic regression,
as the names finder's document prior (train-document-prior.py, whose tokenizer it imports:
the same words, the capitalised words inside sentences left out) over the lower-cased words a
text uses, plus what the engine found in it: per type, whether it found any and how many
(log), the direct findings' count, the sure ones' (confidence >= 0.95) and the names left out.
Labels come from the corpus folders: clean/ (1, about no person) against pii/ (0).

In a text judged about no person, the engine drops its weak findings (voile-document-judge.c:
every direct finding but a checksummed number, an e-mail address, a secret, an SSN, a NINO or
an IP address) when it holds at most WEAK_MAX of them and the judge read at least MIN_WORDS
of its words. The threshold is the score that
PII_JUDGED_CLEAN of the training pii texts holding a direct finding pass (their training
scores: a held-out set's pass more, see --leave-out).

The findings come from the dump tool judge-features (built in tests/corpus by meson), run on
the corpus folders with the judge off. Python 3 standard library only; deterministic.

  tests/corpus/tools/train-document-judge.py --tool BUILD/tests/corpus/judge-features \
      [--extra DIR]... [--leave-out DIR]... [--dry-run] [CORPUS_DIR]

--leave-out DIR trains once without DIR (which must be one of the --extra) and prints DIR's
figures: clean texts flagged before/after the judge, pii texts judged clean, direct marks lost
per type. No header is written then.
"""

import argparse
import collections
import importlib.util
import math
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "document_prior", os.path.join(HERE, "train-document-prior.py")
)
PRIOR = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(PRIOR)

TYPES = [
    "PERSON", "LOCATION", "EMAIL", "PHONE", "IBAN", "CREDIT_CARD", "FR_NIR", "FR_SIREN",
    "FR_SIRET", "FR_VAT", "US_SSN", "UK_NINO", "ID_DOCUMENT", "IP_ADDRESS", "LICENSE_PLATE",
    "POSTAL_ADDRESS", "DATE_OF_BIRTH", "DATE", "AMOUNT", "CUSTOMER_ID", "SECRET",
]
QUASI = {"LOCATION", "DATE", "AMOUNT"}
# Kept whatever the judge says (voile-document-judge.c, is_weak()): a checksum or a strict
# published layout says the value is real, and a fixture's real-looking IBAN left unflagged
# would be a leak, one flagged only a question.
STRONG = {"IBAN", "CREDIT_CARD", "FR_NIR", "FR_SIREN", "FR_SIRET", "FR_VAT", "EMAIL",
          "SECRET", "US_SSN", "UK_NINO", "IP_ADDRESS"}
SURE = 0.95
WEAK_MAX = 3  # a text about no person holds a few stray findings, not a list of them
# The judge reads this many of its words (distinct) before it says a text is about no person:
# a short message ("call me back on 07700 …", "Dear Mrs …") is judged on too little, and the
# held-out sets hold few such pii texts to measure it by (their flagged clean texts read 28
# words and more).
MIN_WORDS = 20
PII_JUDGED_CLEAN = 0.01
# The threshold is never under the regression's own boundary (classes balanced: likelier clean
# than pii). The share above sets it near -2.6, from the training pii texts' scores, which the
# model fits too well; a threshold so low judged clean five of nine short personal texts
# written to probe it (a complaint with a phone, a meeting summary naming its owner, a ticket
# with a callback number), which the held-out sets hardly hold. At 0 none of them is.
THRESHOLD_MIN = 0.0
VOCAB_SIZE = 2500
L2 = 0.1
EPOCHS = 100
SELECT_EPOCHS = 30  # the first fit only ranks the words
RATE = 0.5
SCALE = 1024
# Dense features, in the header's order.
DENSE = ["direct", "none", "sure", "names"] + [f"{k}_{t}" for t in TYPES for k in ("has", "log")]


def read_dump(tool, folders):
    """[(path, clean, findings [(type, confidence, start, end)], marks [(type, s, e)], raw)]"""
    out = subprocess.run([tool] + folders, check=True, stdout=subprocess.PIPE).stdout
    docs, i, cur = [], 0, None
    while i < len(out):
        j = out.index(b"\n", i)
        f = out[i:j].decode("utf-8").split("\t")
        i = j + 1
        if f[0] == "T":
            cur = {"path": f[1], "clean": f[2] == "1", "F": [], "M": []}
            docs.append(cur)
        elif f[0] == "F":
            cur["F"].append((f[1], float(f[2]), int(f[3]), int(f[4])))
        elif f[0] == "M":
            cur["M"].append((f[1], int(f[2]), int(f[3])))
        elif f[0] == "X":
            n = int(f[1])
            cur["raw"] = out[i : i + n]
            i += n + 1
    for d in docs:
        words, names = PRIOR.words_of(d["raw"])
        d["W"] = frozenset(words)
        d["D"] = dense(d["F"], names)
    return docs


def dense(findings, names):
    """The dense features (voile-document-judge.c computes the same)."""
    count = collections.Counter(f[0] for f in findings)
    direct = sum(n for t, n in count.items() if t not in QUASI)
    x = {
        "direct": math.log1p(direct),
        "none": 1.0 if direct == 0 else 0.0,
        "sure": math.log1p(sum(1 for f in findings if f[1] >= SURE)),
        "names": math.log1p(names),
    }
    for t in TYPES:
        if count[t]:
            x["has_" + t] = 1.0
            x["log_" + t] = math.log1p(count[t])
    return {DENSE.index(k): v for k, v in x.items() if v}


def train(docs, vocab, epochs):
    """Logistic regression as the prior's (balanced classes, L2, AdaGrad, fixed epochs); the
    word features weigh 1/sqrt(words) each, the dense ones their value."""
    index = {w: k for k, w in enumerate(vocab)}
    nv = len(vocab)
    xs = []
    for d in docs:
        ids = sorted(index[w] for w in d["W"] if w in index)
        v = 1.0 / math.sqrt(len(ids)) if ids else 0.0
        xs.append((ids, v, sorted(d["D"].items())))
    ys = [1 if d["clean"] else 0 for d in docs]
    n, pos = len(docs), sum(ys)
    cw = {1: n / (2.0 * max(pos, 1)), 0: n / (2.0 * max(n - pos, 1))}
    w, acc = [0.0] * nv, [1e-8] * nv
    dw, dacc = [0.0] * len(DENSE), [1e-8] * len(DENSE)
    bias, acc_bias = 0.0, 1e-8
    get = w.__getitem__
    for _epoch in range(epochs):
        grad, dgrad, gbias = [0.0] * nv, [0.0] * len(DENSE), 0.0
        for (ids, v, dense_x), y in zip(xs, ys):
            z = bias + v * sum(map(get, ids)) + sum(dw[k] * x for k, x in dense_x)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - y) * cw[y]
            gbias += g
            gv = g * v
            for k in ids:
                grad[k] += gv
            for k, x in dense_x:
                dgrad[k] += g * x
        for ws, accs, grads in ((w, acc, grad), (dw, dacc, dgrad)):
            for k in range(len(ws)):
                gk = grads[k] / n + L2 * ws[k] / n
                accs[k] += gk * gk
                ws[k] -= RATE * gk / math.sqrt(accs[k])
        gbias /= n
        acc_bias += gbias * gbias
        bias -= RATE * gbias / math.sqrt(acc_bias)
    return index, w, dw, bias


def fit(docs):
    """Trained on the texts the judge decides about: those holding at most WEAK_MAX weak
    findings (a pii text holding more is never judged; every clean text teaches words)."""
    docs = [d for d in docs if weak_count(d["F"]) <= WEAK_MAX]
    df = collections.Counter()
    for d in docs:
        df.update(d["W"])
    vocab = sorted(x for x, c in df.items() if PRIOR.MIN_DOCS <= c <= PRIOR.MAX_DOCS_SHARE * len(docs))
    _index, w, _dw, _b = train(docs, vocab, SELECT_EPOCHS)
    keep = sorted(range(len(vocab)), key=lambda k: (-abs(w[k]), vocab[k]))[:VOCAB_SIZE]
    index, w, dw, bias = train(docs, sorted(vocab[k] for k in keep), EPOCHS)
    q = lambda v: round(v * SCALE) / SCALE
    return index, [q(v) for v in w], [q(v) for v in dw], q(bias)


def known_words(model, d):
    return sum(1 for x in d["W"] if x in model[0])


def score(model, d):
    index, w, dw, bias = model
    ids = [index[x] for x in d["W"] if x in index]
    s = bias + (sum(w[k] for k in ids) / math.sqrt(len(ids)) if ids else 0.0)
    return s + sum(dw[k] * v for k, v in d["D"].items())


def threshold(model, docs, share=None):
    """The score that share of the training pii texts the judge decides about pass."""
    share = PII_JUDGED_CLEAN if share is None else share
    pii = sorted(
        (score(model, d) for d in docs if not d["clean"] and 0 < weak_count(d["F"]) <= WEAK_MAX),
        reverse=True,
    )
    thr = max(pii[min(int(share * len(pii)), len(pii) - 1)], THRESHOLD_MIN)
    return round(thr * SCALE) / SCALE


def is_weak(f):
    return f[0] not in QUASI and f[0] not in STRONG


def weak_count(findings):
    return sum(1 for f in findings if is_weak(f))


def judged(model, thr, d):
    """The findings the engine keeps with the judge on."""
    if not 0 < weak_count(d["F"]) <= WEAK_MAX or known_words(model, d) < MIN_WORDS:
        return d["F"]
    if score(model, d) <= thr:
        return d["F"]
    return [f for f in d["F"] if not is_weak(f)]


def flagged(findings):
    return any(f[0] not in QUASI for f in findings)


def figures(name, docs, model, thr):
    cb = ca = cn = pj = pn = 0
    lost, marks = collections.Counter(), collections.Counter()
    for d in docs:
        after = judged(model, thr, d)
        if d["clean"]:
            cn += 1
            cb += flagged(d["F"])
            ca += flagged(after)
            continue
        pn += 1
        pj += after is not d["F"]
        for t, s, e in d["M"]:
            if t in QUASI:
                continue
            hit = lambda fs: any(f[0] == t and f[2] < e and s < f[3] for f in fs)
            if hit(d["F"]):
                marks[t] += 1
                lost[t] += not hit(after)
    per_type = ", ".join(f"{t} -{lost[t]} of {marks[t]}" for t in sorted(lost) if lost[t])
    print(
        f"{name}: clean flagged {cb} -> {ca} of {cn}; pii texts judged clean {pj} of {pn}; "
        f"direct marks found lost {sum(lost.values())} of {sum(marks.values())}"
        + (f" ({per_type})" if per_type else "")
    )


def c_string(word):
    return PRIOR.c_string(word)


def write_header(path, model, thr, sources):
    index, w, dw, bias = model
    vocab = sorted(index, key=lambda x: index[x])
    lines = [
        "/* voile-document-judge-data.h — GENERATED by tests/corpus/tools/train-document-judge.py",
        " * from " + ",\n *   ".join(sources) + ";",
        " * do not edit by hand: retrain (see patterns/DETECTION.md, the document judge).",
        " *",
        f" * Weights times {SCALE}: positive says the text is about no person. */",
        "#pragma once",
        "",
        f"#define VOILE_DOCUMENT_JUDGE_SCALE {SCALE}",
        f"#define VOILE_DOCUMENT_JUDGE_BIAS {round(bias * SCALE)}",
        f"#define VOILE_DOCUMENT_JUDGE_THRESHOLD {round(thr * SCALE)}",
        f"#define VOILE_DOCUMENT_JUDGE_WEAK_MAX {WEAK_MAX}",
        f"#define VOILE_DOCUMENT_JUDGE_MIN_WORDS {MIN_WORDS}",
        "",
        "/* direct findings, none, sure ones, names left out (log1p of counts but none) */",
        "static const gint32 voile_document_judge_counts[] = { "
        + ", ".join(str(round(dw[k] * SCALE)) for k in range(4))
        + " };",
        "",
        "/* per type: any found, log1p of how many */",
        "/* clang-format off */",
        "static const gint32 voile_document_judge_types[][2] = {",
    ]
    for t in TYPES:
        h, g = DENSE.index("has_" + t), DENSE.index("log_" + t)
        lines.append(f"  [VOILE_TYPE_{t}] = {{ {round(dw[h] * SCALE)}, {round(dw[g] * SCALE)} }},")
    lines += ["};", "/* clang-format on */", "", "static const VoileDocumentJudgeWord voile_document_judge_words[] = {"]
    for x in vocab:
        lines.append(f"  {{ {c_string(x)}, {round(w[index[x]] * SCALE)} }},")
    lines.append("};")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def main():
    top = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=os.path.join(top, "tests", "corpus"))
    ap.add_argument("--tool", required=True, help="BUILD/tests/corpus/judge-features")
    ap.add_argument("--extra", action="append", default=[], help="more training folders")
    ap.add_argument("--leave-out", action="append", default=[], help="measure as a blind set")
    ap.add_argument("--output", default=os.path.join(top, "patterns", "voile-document-judge-data.h"))
    ap.add_argument(
        "--shares", type=float, nargs="+", default=[PII_JUDGED_CLEAN],
        help="with --leave-out: thresholds to measure (shares of pii texts judged clean)",
    )
    ap.add_argument("--verbose", action="store_true", help="with --leave-out: every score")
    ap.add_argument("--dry-run", action="store_true", help="do not write the header")
    args = ap.parse_args()

    folders = [args.corpus] + args.extra
    docs = {f: read_dump(args.tool, [f]) for f in folders + args.leave_out if os.path.isdir(f)}
    for out in args.leave_out:
        train_docs = [d for f in folders if os.path.abspath(f) != os.path.abspath(out) for d in docs[f]]
        model = fit(train_docs)
        if args.verbose:
            for d in docs[out]:
                if 0 < weak_count(d["F"]) <= WEAK_MAX:
                    kind = "clean" if d["clean"] else "pii"
                    print(
                        f"  {score(model, d):8.3f} {known_words(model, d):4} {kind:5} "
                        f"{os.path.relpath(d['path'], top)}"
                    )
        for share in args.shares:
            thr = threshold(model, train_docs, share)
            figures(f"left out {os.path.relpath(out, top)}, {share:.0%} ({thr:.3f})", docs[out], model, thr)
        sys.stdout.flush()
    if args.leave_out:
        return 0
    all_docs = [d for f in folders for d in docs[f]]
    pos = sum(d["clean"] for d in all_docs)
    print(f"training texts: {len(all_docs)} ({pos} clean, {len(all_docs) - pos} pii)")
    model = fit(all_docs)
    thr = threshold(model, all_docs)
    print(f"threshold {thr:.3f}")
    figures("training set", all_docs, model, thr)
    if not args.dry_run:
        sources = [os.path.relpath(p, top) for p in folders]
        write_header(args.output, model, thr, sources)
        print(f"wrote {os.path.relpath(args.output, top)}: {len(model[0])} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
