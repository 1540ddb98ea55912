#!/usr/bin/python3
"""The French catalogue is complete, and what is built from it speaks French.

A French user must never meet an English string: every message the sources mark for
translation (as meson's `voile-pot` extracts them, from the files of po/POTFILES.in) needs a
French translation in po/fr.po, and the built voile.mo, desktop entries and AppStream
metadata must carry it.

Run as: test_po.py --source-root DIR --localedir DIR [--desktop FILE]… [--metainfo FILE]…
Standard library only (plus the gettext tools), so any python3 will do.
"""

import argparse
import gettext
import os
import re
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET

LANG = "fr"
DOMAIN = "voile"

# meson's i18n preset 'glib' (mesonbuild/modules/i18n.py, PRESET_ARGS['glib']) plus the `-k_`
# meson's gettext script adds: the same extraction as `ninja voile-pot`.
XGETTEXT_GLIB_ARGS = [
    "-k_",
    "--from-code=UTF-8",
    "--add-comments",
    "--keyword=_",
    "--keyword=N_",
    "--keyword=C_:1c,2",
    "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2",
    "--keyword=g_dngettext:2,3",
    "--keyword=g_dpgettext2:2c,3",
    "--flag=N_:1:pass-c-format",
    "--flag=C_:2:pass-c-format",
    "--flag=NC_:2:pass-c-format",
    "--flag=g_dngettext:2:pass-c-format",
    "--flag=g_strdup_printf:1:c-format",
    "--flag=g_string_printf:2:c-format",
    "--flag=g_string_append_printf:2:c-format",
    "--flag=g_error_new:3:c-format",
    "--flag=g_set_error:4:c-format",
    "--flag=g_markup_printf_escaped:1:c-format",
    "--flag=g_log:3:c-format",
    "--flag=g_print:1:c-format",
    "--flag=g_printerr:1:c-format",
    "--flag=g_printf:1:c-format",
    "--flag=g_fprintf:2:c-format",
    "--flag=g_sprintf:2:c-format",
    "--flag=g_snprintf:3:c-format",
]

ARGS = None


# --- a small PO reader: enough for msgctxt, plurals, flags and obsolete entries -----------

class Entry:
    def __init__(self):
        self.msgctxt = None
        self.msgid = None
        self.msgid_plural = None
        self.msgstr = {}  # index → text (0 alone for a singular message)
        self.flags = set()
        self.obsolete = False

    @property
    def key(self):
        return (self.msgctxt, self.msgid)

    def label(self):
        ctx = f"[{self.msgctxt}] " if self.msgctxt is not None else ""
        return ctx + repr(self.msgid)


def _unquote(text):
    # C-style escapes of a PO string (\n, \t, \", \\); the file itself is UTF-8.
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)),
                  text)


def read_po(path):
    entries = []
    entry, field = Entry(), None

    def flush():
        nonlocal entry, field
        if entry.msgid is not None:
            entries.append(entry)
        entry, field = Entry(), None

    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            obsolete = line.startswith("#~")
            if obsolete:
                line = line[2:].lstrip()
            if not line.strip():
                flush()
                continue
            if line.startswith("#"):
                if line.startswith("#,"):
                    entry.flags.update(flag.strip() for flag in line[2:].split(","))
                continue
            entry.obsolete = entry.obsolete or obsolete
            m = re.match(r'(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+"(.*)"$', line)
            if m:
                keyword, index, text = m.group(1), m.group(2), _unquote(m.group(3))
                if keyword in ("msgctxt", "msgid") and entry.msgstr:
                    flush()  # an entry without the usual blank line before it
                if keyword.startswith("msgstr"):
                    field = ("msgstr", int(index or 0))
                    entry.msgstr[field[1]] = text
                else:
                    field = (keyword,)
                    setattr(entry, keyword, text)
            elif line.startswith('"') and field is not None:
                text = _unquote(line.strip()[1:-1])
                if field[0] == "msgstr":
                    entry.msgstr[field[1]] += text
                else:
                    setattr(entry, field[0], getattr(entry, field[0]) + text)
            else:
                raise ValueError(f"{path}: cannot read line {raw!r}")
    flush()
    return entries


def messages(entries):
    """The real messages of a catalogue: no header, no obsolete entry."""
    return [e for e in entries if e.msgid != "" and not e.obsolete]


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, **kwargs)


def po_path():
    return os.path.join(ARGS.source_root, "po", LANG + ".po")


def extract_template(directory):
    """xgettext over po/POTFILES.in, as `ninja voile-pot` does, into DIRECTORY."""
    pot = os.path.join(directory, DOMAIN + ".pot")
    potfiles = os.path.join(ARGS.source_root, "po", "POTFILES.in")
    r = run(["xgettext", "--package-name=" + DOMAIN, "-f", potfiles, "-D", ARGS.source_root,
             "-o", pot] + XGETTEXT_GLIB_ARGS)
    if r.returncode != 0:
        raise AssertionError("xgettext failed on the files of po/POTFILES.in:\n" + r.stderr)
    return pot


GETTEXT_CALL = re.compile(
    r"(?<![\w])(_|N_|C_|NC_|ngettext|g_dngettext|g_dcgettext|g_dpgettext2)\s*\(")
SOURCE_DIRS = ("patterns", "daemon", "ui", "data")
# A C string's contents: a PCRE pattern such as "(?:acct|usr)_(?=…)" holds "_(" too.
C_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')


def translatable_files():
    """Files of the tree that hold strings for translators, relative to the top."""
    found = set()
    for top in SOURCE_DIRS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(ARGS.source_root, top)):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            for name in filenames:
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, ARGS.source_root)
                if name.endswith((".c", ".h")):
                    with open(path, encoding="utf-8", errors="replace") as f:
                        if GETTEXT_CALL.search(C_STRING.sub('""', f.read())):
                            found.add(rel)
                elif (name.endswith((".desktop.in", ".desktop.in.in", ".metainfo.xml.in",
                                     ".gschema.xml", ".ui"))):
                    found.add(rel)
    return found


def potfiles():
    with open(os.path.join(ARGS.source_root, "po", "POTFILES.in"), encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


class Catalogue(unittest.TestCase):
    def test_potfiles_lists_every_translatable_file(self):
        listed = potfiles()
        for rel in listed:
            self.assertTrue(os.path.isfile(os.path.join(ARGS.source_root, rel)),
                            f"po/POTFILES.in lists {rel}, which does not exist")
        self.assertEqual(len(listed), len(set(listed)), "po/POTFILES.in lists a file twice")
        unlisted = sorted(translatable_files() - set(listed))
        self.assertEqual(unlisted, [], "files with translatable strings missing from "
                         "po/POTFILES.in: their strings would stay English")

    def test_msgfmt_check_all_translated(self):
        r = run(["msgfmt", "-c", "--statistics", "-o", os.devnull, po_path()])
        self.assertEqual(r.returncode, 0, "msgfmt -c rejects po/fr.po:\n" + r.stderr)
        stats = r.stderr.strip().splitlines()[-1]
        self.assertRegex(stats, r"^\d+ translated messages?\.$",
                         "po/fr.po has fuzzy or untranslated messages: " + stats)

    def test_plural_forms(self):
        header = next(e for e in read_po(po_path()) if e.msgid == "")
        self.assertIn("Plural-Forms: nplurals=2; plural=(n > 1);", header.msgstr[0])
        self.assertIn("charset=UTF-8", header.msgstr[0])

    def test_entries_translated_and_unique(self):
        entries = messages(read_po(po_path()))
        seen = set()
        for e in entries:
            self.assertNotIn(e.key, seen, f"{e.label()} is in po/fr.po twice")
            seen.add(e.key)
            self.assertNotIn("fuzzy", e.flags, f"{e.label()} is fuzzy")
            wanted = 2 if e.msgid_plural is not None else 1
            self.assertEqual(len(e.msgstr), wanted, f"{e.label()}: {len(e.msgstr)} msgstr")
            for text in e.msgstr.values():
                self.assertTrue(text, f"{e.label()} has no French")

    def test_covers_every_string_of_the_sources(self):
        with tempfile.TemporaryDirectory(prefix="voile-i18n-") as tmp:
            pot = extract_template(tmp)
            template = {e.key: e for e in messages(read_po(pot))}
            self.assertGreater(len(template), 100, "xgettext found almost nothing")
            french = {e.key: e for e in messages(read_po(po_path()))}

            missing = [template[k].label() for k in template if k not in french]
            self.assertEqual(missing, [], "strings of the sources without French in po/fr.po "
                             "(run `ninja voile-update-po` and translate them)")
            stale = [french[k].label() for k in french if k not in template]
            self.assertEqual(stale, [], "po/fr.po translates strings the sources no longer have "
                             "(run `ninja voile-update-po` and drop the obsolete entries)")
            for key, t in template.items():
                self.assertEqual(t.msgid_plural, french[key].msgid_plural,
                                 f"{t.label()}: plural form differs from the sources")

            # Merged with the fresh template, fr.po gets the sources' c-format flags:
            # msgfmt -c then checks every %u/%s of the French against the English.
            merged = os.path.join(tmp, "merged.po")
            r = run(["msgmerge", "--quiet", "--no-fuzzy-matching", "-o", merged, po_path(), pot])
            self.assertEqual(r.returncode, 0, r.stderr)
            r = run(["msgfmt", "-c", "--statistics", "-o", os.devnull, merged])
            self.assertEqual(r.returncode, 0, "placeholders or format errors:\n" + r.stderr)
            stats = r.stderr.strip().splitlines()[-1]
            self.assertRegex(stats, r"^\d+ translated messages?\.$", stats)


class BuiltTranslations(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        mo = os.path.join(ARGS.localedir, LANG, "LC_MESSAGES", DOMAIN + ".mo")
        if not os.path.exists(mo):
            raise AssertionError(f"{mo} was not built")
        cls.t = gettext.translation(DOMAIN, ARGS.localedir, languages=[LANG])

    def test_count_phrases(self):
        t = self.t
        # French plural rule: 0 and 1 are singular.
        self.assertEqual(t.ngettext("%u name", "%u names", 2) % 2, "2 noms")
        self.assertEqual(t.ngettext("%u name", "%u names", 1) % 1, "1 nom")
        self.assertEqual(t.ngettext("%u email", "%u emails", 1) % 1, "1 e-mail")
        self.assertEqual(t.ngettext("%u email", "%u emails", 2) % 2, "2 e-mails")
        self.assertEqual(t.ngettext("%u email", "%u emails", 0) % 0, "0 e-mail")
        self.assertEqual(t.ngettext("%u phone number", "%u phone numbers", 3) % 3,
                         "3 numéros de téléphone")
        self.assertEqual(t.ngettext("Protecting — %u text anonymized today",
                                    "Protecting — %u texts anonymized today", 0) % 0,
                         "Protection active — 0 texte anonymisé aujourd’hui")

    def test_labels_and_contexts(self):
        t = self.t
        self.assertEqual(t.gettext("Contact details"), "Coordonnées")
        self.assertEqual(t.gettext("Names"), "Noms")
        self.assertEqual(t.gettext("Personal data in the clipboard"),
                         "Données personnelles dans le presse-papiers")
        self.assertEqual(t.pgettext("notification button", "Anonymize"), "Anonymiser")
        self.assertEqual(t.pgettext("notification button", "Undo"), "Annuler")
        self.assertEqual(t.pgettext("tray menu", "Quit"), "Quitter")

    def test_mo_matches_po(self):
        # The .mo is built from today's fr.po: every entry comes out as written there.
        for e in messages(read_po(po_path())):
            if e.msgid_plural is None:
                got = (self.t.pgettext(e.msgctxt, e.msgid) if e.msgctxt is not None
                       else self.t.gettext(e.msgid))
                self.assertEqual(got, e.msgstr[0], e.label())
            else:
                for n, index in ((1, 0), (2, 1)):
                    got = (self.t.npgettext(e.msgctxt, e.msgid, e.msgid_plural, n)
                           if e.msgctxt is not None
                           else self.t.ngettext(e.msgid, e.msgid_plural, n))
                    self.assertEqual(got, e.msgstr[index], f"{e.label()} n={n}")


def french_of(english):
    for e in messages(read_po(po_path())):
        if e.msgctxt is None and e.msgid == english and e.msgid_plural is None:
            return e.msgstr[0]
    return None


class DesktopFiles(unittest.TestCase):
    """The menu entry, autostart entry and AppStream metadata a French desktop shows."""

    TRANSLATABLE_KEYS = ("Name", "GenericName", "Comment", "Keywords")

    def test_desktop_entries(self):
        if not ARGS.desktop:
            self.skipTest("no file given (built with -Ddesktop=false)")
        for path in ARGS.desktop:
            with open(path, encoding="utf-8") as f:
                lines = f.read().splitlines()
            group, values, checked = None, {}, 0
            for line in lines:
                if line.startswith("["):
                    group = line
                elif "=" in line and not line.startswith("#"):
                    key, value = line.split("=", 1)
                    values[(group, key)] = value
            for (group, key), value in values.items():
                if key not in self.TRANSLATABLE_KEYS:
                    continue
                french = french_of(value)
                self.assertIsNotNone(french, f"{path}: {key}={value} is not in po/fr.po")
                if french != value:
                    self.assertEqual(values.get((group, f"{key}[{LANG}]")), french,
                                     f"{path} {group}: {key}[{LANG}]")
                    checked += 1
            self.assertGreater(checked, 0, f"{path}: nothing translated")

    def test_metainfo(self):
        if not ARGS.metainfo:
            self.skipTest("no file given (built with -Ddesktop=false)")
        lang_attr = "{http://www.w3.org/XML/1998/namespace}lang"
        for path in ARGS.metainfo:
            root = ET.parse(path).getroot()
            french_texts = {(el.tag, "".join(el.itertext()).strip())
                            for el in root.iter() if el.get(lang_attr) == LANG}
            checked = 0
            for el in root.iter():
                if el.get(lang_attr) is not None or el.tag not in ("name", "summary", "p", "li"):
                    continue
                english = "".join(el.itertext()).strip()
                french = french_of(english)
                if french is None or french == english:
                    continue
                self.assertIn((el.tag, french), french_texts, f"{path}: <{el.tag}> {english!r}")
                checked += 1
            self.assertGreater(checked, 3, f"{path}: nothing translated")


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--source-root", required=True)
    parser.add_argument("--localedir", required=True)
    parser.add_argument("--desktop", action="append", default=[])
    parser.add_argument("--metainfo", action="append", default=[])
    ARGS, rest = parser.parse_known_args()
    unittest.main(argv=[sys.argv[0]] + rest, verbosity=2)


if __name__ == "__main__":
    main()
