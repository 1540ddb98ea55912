#!/usr/bin/env python3
"""Trains the names finder's candidate model and writes patterns/voile-name-model-data.h.

The model judges each PERSON candidate the rules find: a logistic regression over the
features patterns/voile-name-model.c computes (how the rules found it, its words' lists and
case, the words around it, its line's details, the text's document prior…). The features
come from the dump tool name-features (built in tests/corpus by meson); this script strips
the ⟦TYPE|value⟧ marks of every corpus text, runs the tool on the plain texts and labels each
candidate by its overlap with the PERSON marks.

The finder drops the candidates the rules keep that the model scores under the veto
threshold. The threshold comes from the cross-validation (by text, never by candidate): the
score under which only VETO_TRUE_SHARE of the kept true names fall.

It also keeps the proposals of voile-name-candidates.c (capitalised runs where names sit,
that no rule proposed) that the model scores at the acceptance threshold or over: the
lowest score over which the proposals of the cross-validation hold ACCEPT_PRECISION true
names at least (the proposals are trained on with the rules' candidates, the reasons they
were proposed as features).

Python 3 standard library only; deterministic (same input, same header). Usage:

  tests/corpus/tools/train-name-model.py --tool BUILD/tests/corpus/name-features
      [--extra DIR]... [--eval DIR]... [--dry-run] [CORPUS_DIR]
"""

import argparse
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import textwrap

MARK = re.compile(r"⟦([A-Z_]+)\|([^⟦⟧]*)⟧")
L2 = 10.0  # regularisation (chosen by the cross-validation: 1 and 50 did no better)
EPOCHS = 150
RATE = 0.3
FOLDS = 5
# The veto may cost this share of the true names the rules keep (cross-validation). Blind text
# holds more false names than the corpus, whose rules were written for it: on set-7, never
# trained on, 0.1 % of the corpus's true names lost 4 of 821 and dropped 11 of 52 false names.
VETO_TRUE_SHARE = 0.001
# Train on the candidates the rules keep only (where the veto acts), or on all of them with the
# rules' verdict as one more feature: the false names the rules keep are too few to learn from
# alone (on set-7, never trained on, all of them did better).
KEPT_ONLY = False
KEPT_FEATURE = 0  # the index after the tool's features (set when they are read)
# A person is vetoed when the best of its kept mentions scores under the threshold.
KEY_LEVEL = True
# The share of true names among the proposals the model accepts, in the cross-validation.
# The corpus's proposals are mostly false (its rules were written for it: what they miss is
# odd), and few: 0.9 leaves too few above it to set a threshold; at 0.8 the model accepts a
# handful per thousand texts, which moves the corpus's PERSON precision by under 0.1 point.
ACCEPT_PRECISION = 0.8
# And at least this many proposals accepted in the cross-validation, or none is.
ACCEPT_MIN = 5
# The weight of each lower-case proposal in training (see samples_of()); chosen by the
# cross-validation.
LOWER_WEIGHT = 0.3


def strip_marks(marked):
    """(plain bytes, [(start, end)] of the PERSON marks in bytes of the plain text)."""
    out, spans, pos, at = [], [], 0, 0
    for m in MARK.finditer(marked):
        before = marked[pos:m.start()].encode("utf-8")
        out.append(before)
        at += len(before)
        value = m.group(2).encode("utf-8")
        if m.group(1) == "PERSON":
            spans.append((at, at + len(value)))
        out.append(value)
        at += len(value)
        pos = m.end()
    out.append(marked[pos:].encode("utf-8"))
    return b"".join(out), spans


def texts_of(root):
    return sorted(
        os.path.join(d, f)
        for d, _dirs, files in os.walk(root)
        for f in files
        if f.endswith(".txt") and os.path.basename(d) in ("pii", "clean")
    )


def load(tool, roots):
    """[(path, [(label, kept, {id: value}, start, end, key, proposed)])] for the texts under
    roots; PLAIN maps each path to its plain bytes."""
    paths = [p for r in roots for p in texts_of(r)]
    gold = {}
    with tempfile.TemporaryDirectory() as tmp:
        plain_paths = []
        for k, path in enumerate(paths):
            with open(path, encoding="utf-8") as fh:
                plain, spans = strip_marks(fh.read())
            plain_path = os.path.join(tmp, f"{k}.txt")
            with open(plain_path, "wb") as fh:
                fh.write(plain)
            plain_paths.append(plain_path)
            gold[plain_path] = spans
            PLAIN[path] = plain
        out = []
        for k in range(0, len(plain_paths), 400):
            run = subprocess.run(
                [tool] + plain_paths[k : k + 400], capture_output=True, text=True, check=True
            )
            out.append(run.stdout)
    docs, current, count = [], None, None
    by_plain = dict(zip(plain_paths, paths))
    for line in "".join(out).splitlines():
        if line.startswith("features "):
            count = int(line.split()[1])
        elif line.startswith("# "):
            current = (by_plain[line[2:]], [])
            spans = gold[line[2:]]
            docs.append(current)
        else:
            start, end, kept, key, feats = line.split("\t")
            start, end = int(start), int(end)
            x = {}
            for item in feats.split():
                i, v = item.split(":")
                x[int(i)] = float(v)
            label = any(s < end and start < e for s, e in spans)
            # kept: 1 kept by the rules, 0 dropped, 2 proposed by voile-name-candidates.c, 3 a
            # name the rules kept seen as a proposal (trained on, never judged).
            current[1].append((int(label), kept == "1", x, start, end, key, kept == "2"))
    return count, docs


def train(samples, n):
    """Logistic regression, L2, full-batch gradient descent with AdaGrad steps, fixed epochs:
    deterministic. Classes balanced. samples: (label, features[, weight])."""
    sw = [s[2] if len(s) > 2 else 1.0 for s in samples]
    samples = [(s[0], s[1]) for s in samples]
    pos = sum(y * v for (y, _x), v in zip(samples, sw))
    neg = sum(sw) - pos
    cw = {1: sum(sw) / (2.0 * max(pos, 1)), 0: sum(sw) / (2.0 * max(neg, 1))}
    xs = [list(x.items()) for _y, x in samples]
    w = [0.0] * n
    acc = [1e-8] * n
    bias, acc_bias = 0.0, 1e-8
    m = len(samples)
    for _epoch in range(EPOCHS):
        grad = [0.0] * n
        gbias = 0.0
        for (y, _x), x, weight in zip(samples, xs, sw):
            z = bias
            for k, v in x:
                z += w[k] * v
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - y) * cw[y] * weight
            gbias += g
            for k, v in x:
                grad[k] += g * v
        for k in range(n):
            g = grad[k] / m + L2 * w[k] / m
            if g:
                acc[k] += g * g
                w[k] -= RATE * g / math.sqrt(acc[k])
        gbias /= m
        acc_bias += gbias * gbias
        bias -= RATE * gbias / math.sqrt(acc_bias)
    return [round(x, 4) for x in w], round(bias, 4)


PLAIN = {}
# VoileNameWhy, in the order of its bits (the last features of the tool).
WHY = ["cell", "column", "quoted", "preposition", "verb-after", "role-after", "contact", "dash",
       "surname-comma", "caps", "one-word", "row-person", "person-key", "lower"]
AFTER_WHY = 64 + 2 * 7  # the features after VoileNameWhy's: suffixes, proposals' word classes


def why_names(x, n):
    return ",".join(w for b, w in enumerate(WHY) if x.get(n - AFTER_WHY - len(WHY) + b))


def is_lower(x, n):
    """Is the proposal a lower-case run (voile_name_note_lower_words())?"""
    return bool(x.get(n - AFTER_WHY - len(WHY) + WHY.index("lower")))


def score(model, x):
    w, bias = model
    return bias + sum(w[k] * v for k, v in x.items()) + w[KEPT_FEATURE]


def proposal_score(model, x):
    """The score of a proposal: no rule kept it."""
    w, bias = model
    return bias + sum(w[k] * v for k, v in x.items())


def samples_of(docs):
    if KEPT_ONLY:
        return [(y, x) for _p, cands in docs for y, kept, x, *_ in cands if kept]
    # All candidates, the rules' verdict as one more feature (always 1 where the veto acts).
    # The lower-case proposals, many and nearly all false, weigh LOWER_WEIGHT each: at full
    # weight they pulled the shared weights away from the veto's candidates.
    n = KEPT_FEATURE
    return [(y, {**x, KEPT_FEATURE: 1.0} if kept else x,
             LOWER_WEIGHT if proposed and is_lower(x, n) else 1.0)
            for _p, cands in docs for y, kept, x, _s, _e, _k, proposed in cands]


def accept_threshold(scored):
    """The lowest score over which the proposals [(score, label)] hold ACCEPT_PRECISION true
    names, or None."""
    best, true, seen = None, 0, 0
    for s, y in sorted(scored, reverse=True):
        true += y
        seen += 1
        if true >= seen * ACCEPT_PRECISION and seen >= ACCEPT_MIN:
            best = s
    return best


def kept_scores(model, cands):
    """[(score, label)] of the kept candidates of one text. The score is that of the
    person's best kept mention: a name supported once is a name everywhere."""
    best = {}
    scores = []
    for y, kept, x, _s, _e, key, *_ in cands:
        if kept:
            v = score(model, x)
            best[key] = max(best.get(key, v), v)
            scores.append((key, v, y))
    return [(best[key] if KEY_LEVEL else v, y) for key, v, y in scores]


def cross_validate(docs, n):
    """Scores each kept candidate with a model trained without its text's fold; returns the
    veto threshold and prints what it would drop."""
    order = list(range(len(docs)))
    random.Random(7).shuffle(order)
    folds = [order[k::FOLDS] for k in range(FOLDS)]
    scored, proposed, lower = [], [], []
    where = {}  # id of a proposal's tuple -> (text index, candidate)
    for k in range(FOLDS):
        test = set(folds[k])
        model = train(samples_of([d for j, d in enumerate(docs) if j not in test]), n + 1)
        for j in folds[k]:
            scored += kept_scores(model, docs[j][1])
            for c in docs[j][1]:
                if c[6]:
                    t = (proposal_score(model, c[2]), c[0])
                    (lower if is_lower(c[2], n) else proposed).append(t)
                    where[id(t)] = (j, c)
    true = sorted(s for s, y in scored if y == 1)
    false = sorted(s for s, y in scored if y == 0)
    # AUC: the chance that a true name outscores a false one.
    ranked = sorted(scored)
    rank_sum = sum(r + 1 for r, (_s, y) in enumerate(ranked) if y == 1)
    auc = (rank_sum - len(true) * (len(true) + 1) / 2) / max(1, len(true) * len(false))
    print(f"{FOLDS}-fold cross-validation by text, kept candidates: {len(true)} true names, "
          f"{len(false)} false, AUC {auc:.3f}")
    for share in (0.001, 0.0025, 0.005, 0.01, 0.02):
        t = true[int(share * len(true))]
        lost = sum(s < t for s in true)
        dropped = sum(s < t for s in false)
        print(f"  veto under {t:+.3f}: true names lost {lost}/{len(true)} "
              f"({100.0 * lost / len(true):.1f} %), false ones dropped {dropped}/{len(false)} "
              f"({100.0 * dropped / len(false):.1f} %)")
    accept = accept_threshold(proposed)
    n_true = sum(y for _s, y in proposed)
    print(f"proposals: {len(proposed)}, {n_true} true names (the rules missed them)")
    for share in (0.70, 0.80, 0.90, 0.95):
        global ACCEPT_PRECISION
        keep, ACCEPT_PRECISION = ACCEPT_PRECISION, share
        t = accept_threshold(proposed)
        ACCEPT_PRECISION = keep
        if t is None:
            print(f"  precision {share:.2f}: none")
            continue
        got = [y for s, y in proposed if s >= t]
        print(f"  precision {share:.2f}: accept at {t:+.3f}: {sum(got)} true names found of "
              f"{n_true}, {len(got) - sum(got)} false")
    accept_lower = accept_threshold(lower)
    print(f"lower-case proposals: {len(lower)}, {sum(y for _s, y in lower)} true names")
    for share in (0.70, 0.80, 0.90):
        keep, ACCEPT_PRECISION = ACCEPT_PRECISION, share
        t = accept_threshold(lower)
        ACCEPT_PRECISION = keep
        got = [y for s, y in lower if t is not None and s >= t]
        print(f"  precision {share:.2f}: " + ("none" if t is None else
              f"accept at {t:+.3f}: {sum(got)} true names found, {len(got) - sum(got)} false"))
    # What the accepted proposals add, text by text: true names the rules missed, false ones,
    # clean texts that gain a name.
    for label, pool, thr in (("capitalised runs", proposed, accept), ("lower case", lower,
                                                                       accept_lower)):
        if thr is None:
            continue
        marks, false, clean = set(), 0, set()
        for t in pool:
            if t[0] < thr:
                continue
            j, c = where[id(t)]
            if c[0]:
                marks.add((j, c[3]))
            else:
                false += 1
                if "/clean/" in docs[j][0]:
                    clean.add(j)
        print(f"  accepted {label}: {len(marks)} true mentions found, {false} false, "
              f"{len(clean)} clean texts flagged (before propagation)")
    return round(true[int(VETO_TRUE_SHARE * len(true))], 4), (
        None if accept is None else round(accept, 4)), (
        None if accept_lower is None else round(accept_lower, 4))


def write_header(path, model, veto, accept, accept_lower, kept_weight, sources, n, accept_on):
    w, bias = model
    lines = [
        "/* voile-name-model-data.h — GENERATED by tests/corpus/tools/train-name-model.py",
        # Wrapped as clang-format would (the style test checks generated headers too).
        *textwrap.wrap("from " + ", ".join(sources) + "; do not edit by hand: retrain (see "
                       "README, names).", 96, initial_indent=" * ", subsequent_indent=" * ",
                       break_on_hyphens=False),
        " *",
        " * Weights of the features of voile-name-model.c (in its order); a person none of whose",
        " * kept mentions scores at the veto threshold or over is dropped. */",
        "#pragma once",
        "",
        f"#define VOILE_NAME_MODEL_BIAS {bias!r}",
        f"#define VOILE_NAME_MODEL_VETO {veto!r}",
        "#define VOILE_NAME_MODEL_VETO_ON 1",
        "/* A proposal (voile-name-candidates.c) is kept when its score, less the weight of the",
        " * rules' keeping a candidate (in the bias), reaches the acceptance threshold. */",
        f"#define VOILE_NAME_MODEL_KEPT_WEIGHT {kept_weight!r}",
        f"#define VOILE_NAME_MODEL_ACCEPT {accept if accept is not None else 1000.0!r}",
        f"#define VOILE_NAME_MODEL_ACCEPT_ON {1 if accept is not None and accept_on else 0}",
        "/* The lower-case words of informal lines: their own threshold, set the same way. */",
        f"#define VOILE_NAME_MODEL_ACCEPT_LOWER "
        f"{accept_lower if accept_lower is not None else 1000.0!r}",
        f"#define VOILE_NAME_MODEL_ACCEPT_LOWER_ON {1 if accept_lower is not None else 0}",
        "",
        "/* clang-format off */",
        f"static const float voile_name_model_weights[{n}] = {{",
    ]
    for k in range(0, n, 8):
        lines.append("  " + " ".join(f"{x!r}f," for x in w[k : min(n, k + 8)]))
    lines.append("};")
    lines.append("/* clang-format on */")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    top = os.path.normpath(os.path.join(here, "..", "..", ".."))
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=os.path.join(top, "tests", "corpus"))
    ap.add_argument("--tool", required=True, help="the name-features dump tool")
    ap.add_argument("--extra", action="append", default=[], help="more training folders")
    ap.add_argument("--eval", action="append", default=[], help="folders to measure only")
    ap.add_argument("--output", default=os.path.join(top, "patterns", "voile-name-model-data.h"))
    ap.add_argument("--dry-run", action="store_true", help="do not write the header")
    ap.add_argument("--accept-off", action="store_true",
                    help="write the acceptance threshold but keep the proposals off (the "
                    "generator then costs nothing)")
    ap.add_argument("--show", action="store_true",
                    help="list the proposals of the --eval folders, accepted or not")
    args = ap.parse_args()

    global KEPT_FEATURE
    n, docs = load(args.tool, [args.corpus] + args.extra)
    KEPT_FEATURE = n
    cands = [c for _p, cs in docs for c in cs]
    kept = [c for c in cands if c[1]]
    print(f"training texts: {len(docs)}, candidates {len(cands)} "
          f"({sum(c[0] for c in cands)} true), kept by the rules {len(kept)} "
          f"({sum(c[0] for c in kept)} true)")
    veto, accept, accept_lower = cross_validate(docs, n)
    w, bias = train(samples_of(docs), n + 1)
    # Where the veto acts the rules kept the candidate: its weight goes into the bias.
    kept_weight = 0.0 if KEPT_ONLY else w[n]
    model = (w[:n] + [0.0], round(bias + kept_weight, 4))
    raw = (w[:n], bias)
    print(f"veto threshold {veto:+.4f}, acceptance threshold {accept}, lower case {accept_lower}")
    for ev in args.eval:
        _n, edocs = load(args.tool, [ev])
        ek = [sy for _p, cs in edocs for sy in kept_scores(model, cs)]
        lost = sum(1 for s, y in ek if y == 1 and s < veto)
        dropped = sum(1 for s, y in ek if y == 0 and s < veto)
        print(f"held out {ev}: true names lost {lost}/{sum(y for _s, y in ek)}, false ones "
              f"dropped {dropped}/{sum(1 - y for _s, y in ek)}")
        props = [(p, c, proposal_score(raw, c[2])) for p, cs in edocs for c in cs if c[6]]
        if accept is not None:
            got = [c[0] for _p, c, s in props if s >= accept]
            print(f"  proposals {len(props)} ({sum(c[0] for _p, c, _s in props)} true): "
                  f"accepted {len(got)}, {sum(got)} true")
        if args.show:
            for p, c, s in sorted(props, key=lambda t: -t[2]):
                text = PLAIN[p][c[3]:c[4]].decode("utf-8", "replace")
                print(f"    {s:+.2f} {'TRUE ' if c[0] else 'false'} "
                      f"{'ACCEPT' if accept is not None and s >= accept else 'reject'} "
                      f"why={why_names(c[2], n)} {text!r} {os.path.relpath(p, ev)}")
    if not args.dry_run:
        sources = [os.path.relpath(p, top) for p in [args.corpus] + args.extra]
        write_header(args.output, model, veto, accept, accept_lower, round(kept_weight, 4),
                     sources, n,
                     not args.accept_off)
        print(f"wrote {os.path.relpath(args.output, top)}: {n} features")


if __name__ == "__main__":
    sys.exit(main())
