#!/usr/bin/env python3
"""Compile the committed name lists into a C source file (run by the build).

The output holds two open-addressing hash tables, so the library needs no data file at
run time and a lookup costs one hash and a probe or two:
  - the lexicon: folded word -> VoileNameFlags (first name, surname, ambiguous, proper
    noun, common word);
  - the context words: folded word -> VoileContextFlags (title, greeting...).
Keys are not stored: a slot keeps check bits of a 64-bit hash whose low bits chose the
slot (the lexicon packs 24 check bits and 8 flag bits in one 32-bit word, so a lookup
touches one cache line), so a false match needs a ~40-bit collision. It also emits the folding table the C
side uses, built with the same fold() as the generator, so both sides agree.

Usage: compile-name-table.py OUTPUT.c DATA_DIR
"""

import os
import sys
import unicodedata

MASK64 = (1 << 64) - 1

NAME_FLAGS = {"first": 1, "last": 2, "ambiguous": 4, "proper": 8, "word": 16, "place-pair": 32}
CONTEXT_CLASSES = [
    "title", "greeting", "closing", "determiner", "particle", "place-before", "org-after",
    "stop", "person-key", "first-key", "last-key", "thing-key", "city-key", "lives",
    "from-key", "variety", "kin", "reach", "says", "address", "address-strong", "join",
    "member-key", "payee", "merchant", "contact-verb", "patronym",
]

# Latin-1, Latin Extended-A and -B (Polish, Turkish, Romanian, Vietnamese "ư", "ơ"), and
# Latin Extended Additional (Vietnamese "ễ", "ị"), the last as three-byte UTF-8.
FOLD_FIRST, FOLD_LAST = 0xC0, 0x24F
FOLD_EXT_FIRST, FOLD_EXT_LAST = 0x1E00, 0x1EFF
# Longest word of voile_name_intro_ends (VOILE_NAME_INTRO_LEN_MAX in C).
INTRO_LEN_MAX = 12


def fold(word):
    out = []
    for ch in unicodedata.normalize("NFD", word.lower()):
        if unicodedata.category(ch) == "Mn" or ch in "'\u2019":
            continue
        out.append({"\u0153": "oe", "\u00e6": "ae", "\u00df": "ss", "\u00f8": "o",
                    "\u0142": "l", "\u0111": "d", "\u0131": "i"}.get(ch, ch))
    return "".join(out)


def hash64(key):
    """FNV-1a 64 with a murmur3 finaliser: must match voile_name_hash() in C."""
    h = 0xCBF29CE484222325
    for b in key.encode("ascii"):
        h ^= b
        h = (h * 0x100000001B3) & MASK64
    h ^= h >> 33
    h = (h * 0xFF51AFD7ED558CCD) & MASK64
    h ^= h >> 33
    return h


def read_list(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                yield line


def build_table(entries, min_bits, check_bits=32):
    """entries: folded key -> flags. Returns (bits, checks, flags)."""
    bits = min_bits
    while (1 << bits) < len(entries) * 3 // 2:
        bits += 1
    size = 1 << bits
    checks = [0] * size
    flags = [0] * size
    for key, value in sorted(entries.items()):
        h = hash64(key)
        check = (h >> (64 - check_bits)) | 1
        slot = h & (size - 1)
        while checks[slot] != 0:
            if checks[slot] == check:
                sys.exit(f"hash collision on {key!r}: change the hash")
            slot = (slot + 1) & (size - 1)
        checks[slot] = check
        flags[slot] = value
    return bits, checks, flags


def emit_array(out, ctype, name, values, per_line=12):
    out.append(f"const {ctype} {name}[{len(values)}] = {{")
    for i in range(0, len(values), per_line):
        out.append("  " + ", ".join(str(v) for v in values[i:i + per_line]) + ",")
    out.append("};")


def main():
    output, data_dir = sys.argv[1], sys.argv[2]

    lexicon = {}

    def mark(filename, flag):
        for word in read_list(os.path.join(data_dir, filename)):
            key = fold(word)
            if key.replace("-", "").isascii() and key:
                lexicon[key] = lexicon.get(key, 0) | NAME_FLAGS[flag]

    mark("given-names.txt", "first")
    mark("surnames.txt", "last")
    mark("common-words.txt", "ambiguous")
    mark("proper-nouns.txt", "proper")
    # Hand-kept place names (countries, regions, states, capitals, seas) the generated list
    # lacks because the sources give them in several words ("Korea, Republic of") or not at
    # all: a given name that is also a place is never taken alone.
    # A line of two words is a place named by the pair ("Santa Ana"): its key keeps the
    # space, which no looked-up word holds, so only the pair lookup finds it.
    for line in read_list(os.path.join(data_dir, "places.txt")):
        words = line.split()
        key = " ".join(fold(w) for w in words)
        if len(words) > 2 or not key.replace("-", "").replace(" ", "").isascii():
            sys.exit(f"places.txt: {line!r} is not one or two words of Latin letters")
        flag = "proper" if len(words) == 1 else "place-pair"
        lexicon[key] = lexicon.get(key, 0) | NAME_FLAGS[flag]
    mark("words.txt", "word")

    # Hand-kept names the sources lack: a common word among them needs context, like the
    # generated names that are words.
    def mark_extra(filename, flag):
        for word in read_list(os.path.join(data_dir, filename)):
            key = fold(word)
            if key.replace("-", "").isascii() and key:
                value = lexicon.get(key, 0)
                if value & NAME_FLAGS["word"]:
                    value |= NAME_FLAGS["ambiguous"]
                lexicon[key] = value | NAME_FLAGS[flag]

    mark_extra("given-names-extra.txt", "first")
    mark_extra("surnames-extra.txt", "last")

    context = {}
    for line in read_list(os.path.join(data_dir, "context-words.txt")):
        word, *classes = line.split()
        value = 0
        for c in classes:
            value |= 1 << CONTEXT_CLASSES.index(c)
        key = fold(word)
        context[key] = context.get(key, 0) | value

    # Two-byte chat words ("ok", "cc", "hi", "à"): the finder skips the hash lookup for
    # two-letter words (most are "de", "le", "is"), so they get a table of their own, keyed
    # by their raw lower-case bytes (not folded: "à" is no "a").
    short_words = []
    for line in read_list(os.path.join(data_dir, "short-words.txt")):
        word, *classes = line.split()
        raw = word.encode("utf-8")
        if len(raw) != 2:
            sys.exit(f"short-words.txt: {word!r} is not two bytes long")
        value = 0
        for c in classes:
            value |= 1 << CONTEXT_CLASSES.index(c)
        short_words.append((raw[0] | raw[1] << 8, value))

    # Word endings of brands and places ("Infotech", "Bricoville"), longest first.
    endings = sorted({w.lower() for w in read_list(os.path.join(data_dir, "brand-endings.txt"))},
                     key=lambda e: (-len(e), e))
    for e in endings:
        if not e.isascii() or not e.isalpha():
            sys.exit(f"brand-endings.txt: {e!r} is not ASCII letters")

    # Public figures' full names ("Alan Turing", "Émile Zola"), folded as entity keys are
    # (given names first, one space between words), sorted in strcmp order.
    figures = sorted({" ".join(fold(w) for w in line.split())
                      for line in read_list(os.path.join(data_dir, "public-figures.txt"))})
    for f in figures:
        if " " not in f or not f.isascii() or "." in f:
            sys.exit(f"public-figures.txt: {f!r} is no full name in letters")

    # Words that introduce a lower-case name (kin, greeting, reach, title), by length, first and
    # last letter: most words are ruled out without a lookup (see introduces_name()).
    intro_classes = sum(1 << CONTEXT_CLASSES.index(c) for c in ("kin", "greeting", "reach", "title"))
    intro_ends = [[0] * 26 for _ in range(INTRO_LEN_MAX + 1)]
    for key, value in context.items():
        if value & intro_classes and len(key) <= INTRO_LEN_MAX and key[0].isalpha() \
                and key[-1].isalpha() and key.isascii():
            intro_ends[len(key)][ord(key[0]) - ord("a")] |= 1 << (ord(key[-1]) - ord("a"))

    lex_bits, lex_checks, lex_flags = build_table(lexicon, 10, 24)
    lex_slots = [(c << 8) | f if c else 0 for c, f in zip(lex_checks, lex_flags)]
    ctx_bits, ctx_checks, ctx_flags = build_table(context, 6)

    def fold_range(first, last):
        table = []
        for cp in range(first, last + 1):
            f = fold(chr(cp))
            ok = f.isascii() and f.isalpha() and len(f) <= 2
            table.append(f if ok else "")
        return table

    fold_table = fold_range(FOLD_FIRST, FOLD_LAST)
    fold_ext = fold_range(FOLD_EXT_FIRST, FOLD_EXT_LAST)

    out = [
        "/* Generated by data/names/compile-name-table.py from the lists in data/names/:",
        " * do not edit. */",
        '#include "voile-name-lexicon-data.h"',
        "",
        f"const guint voile_name_lexicon_bits = {lex_bits};",
        f"const guint voile_name_context_bits = {ctx_bits};",
        f"const gunichar voile_name_fold_first = {FOLD_FIRST:#x};",
        f"const gunichar voile_name_fold_last = {FOLD_LAST:#x};",
    ]
    emit_array(out, "guint32", "voile_name_lexicon_slots", lex_slots)
    emit_array(out, "guint32", "voile_name_context_checks", ctx_checks)
    emit_array(out, "guint32", "voile_name_context_flags", ctx_flags)
    # One bit per word, (first byte ^ 7 * second byte) % 64: most two-byte words ("de",
    # "le", "la") are ruled out by one test before the list is read.
    short_mask = 0
    for b, _ in short_words:
        short_mask |= 1 << (((b & 0xFF) ^ (7 * (b >> 8))) % 64)
    out.append(f"const guint64 voile_name_short_word_mask = {short_mask}u;")
    out.append(f"const guint voile_name_short_word_count = {len(short_words)};")
    out.append(f"const guint16 voile_name_short_word_bytes[{max(len(short_words), 1)}] = {{"
               + ", ".join(str(b) for b, _ in short_words) + "};")
    out.append(f"const guint32 voile_name_short_word_flags[{max(len(short_words), 1)}] = {{"
               + ", ".join(str(f) for _, f in short_words) + "};")
    out.append(f"const char *const voile_name_brand_endings[{len(endings) + 1}] = {{")
    for i in range(0, len(endings), 8):
        out.append("  " + ", ".join(f'"{e}"' for e in endings[i:i + 8]) + ",")
    out.append("  NULL,")
    out.append("};")
    # A 4096-bit filter of the figures' keys by their FNV-1a 32 hash (figure_bit() in
    # voile-name-lexicon.c): most keys are ruled out before the search.
    figure_filter = [0] * 64
    for f in figures:
        h = 0x811C9DC5
        for b in f.encode("ascii"):
            h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
        bit = h & 4095
        figure_filter[bit // 64] |= 1 << (bit % 64)
    out.append("const guint64 voile_name_public_figure_filter[64] = {")
    for i in range(0, 64, 4):
        out.append("  " + ", ".join(f"{v}u" for v in figure_filter[i:i + 4]) + ",")
    out.append("};")
    out.append(f"const gsize voile_name_public_figure_count = {len(figures)};")
    out.append(f"const char *const voile_name_public_figures[{len(figures)}] = {{")
    for f in figures:
        out.append(f'  "{f}",')
    out.append("};")
    out.append(f"const guint32 voile_name_intro_ends[{INTRO_LEN_MAX + 1}][26] = {{")
    for row in intro_ends:
        out.append("  { " + ", ".join(str(v) for v in row) + " },")
    out.append("};")
    for name, table in (("voile_name_fold_table", fold_table),
                        ("voile_name_fold_table_ext", fold_ext)):
        out.append(f"const char {name}[{len(table)}][3] = {{")
        for i in range(0, len(table), 12):
            out.append("  " + ", ".join(f'"{f}"' for f in table[i:i + 12]) + ",")
        out.append("};")

    with open(output, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
