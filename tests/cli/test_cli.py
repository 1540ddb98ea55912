#!/usr/bin/env python3
"""Runs the built `voile` command like a user would: exit statuses, JSON, files, pipes,
locales and the talk to a (missing) daemon.

Usage: test_cli.py [unittest arguments, e.g. a TestCase name]
Environment: VOILE (path to the built binary), VOILE_LOCALEDIR (the build tree's po/).
"""
import json
import os
import re
import resource
import signal
import stat
import subprocess
import sys
import tempfile
import time
import unittest

VOILE = os.environ.get("VOILE", "voile")
HERE = os.path.dirname(os.path.abspath(__file__))

# A customer e-mail: every value written once, so anonymize → restore is exact.
LETTER = (
    "Bonjour,\n"
    "Je suis Marie Dupont, cliente depuis 2019.\n"
    "Mon e-mail : marie.dupont@example.fr, mon téléphone : 06 12 34 56 78.\n"
    "Merci de prélever sur l'IBAN FR76 3000 6000 0112 3456 7890 189.\n"
    "Cordialement\n"
).encode()

CLEAN = b"The recipe needs 3 eggs, 250 g of flour and a pinch of salt.\nBake for 20 minutes.\n"


def english_env(**extra):
    env = dict(os.environ)
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        env.pop(key, None)
    env["LANG"] = "C.UTF-8"
    env.update(extra)
    return env


def run(args, stdin=b"", env=None, **kwargs):
    return subprocess.run(
        [VOILE] + args,
        input=stdin,
        capture_output=True,
        env=env if env is not None else english_env(),
        timeout=kwargs.pop("timeout", 120),
        **kwargs,
    )


class TempDirTestCase(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="voile-cli-")
        self.tmp = self._tmp.name

    def tearDown(self):
        self._tmp.cleanup()

    def write(self, name, data):
        path = os.path.join(self.tmp, name)
        with open(path, "wb") as f:
            f.write(data)
        return path


class Basics(TempDirTestCase):
    def test_help(self):
        r = run(["--help"])
        self.assertEqual(r.returncode, 0)
        for command in ("scan", "anonymize", "restore", "status", "pause", "resume"):
            self.assertIn(command.encode(), r.stdout)
        self.assertIn(b"Exit status", r.stdout)

    def test_command_help(self):
        for command in ("scan", "anonymize", "restore", "status", "pause", "resume"):
            r = run([command, "--help"])
            self.assertEqual(r.returncode, 0, command)
            self.assertIn(b"voile " + command.encode(), r.stdout)
        r = run(["help", "scan"])
        self.assertEqual(r.returncode, 0)
        self.assertIn(b"--json", r.stdout)

    def test_version(self):
        r = run(["--version"])
        self.assertEqual(r.returncode, 0)
        self.assertRegex(r.stdout.decode(), r"^voile \d+\.\d+\.\d+\n$")

    def test_usage_errors(self):
        for args in ([], ["frobnicate"], ["scan", "--frobnicate"], ["anonymize", "a", "b"],
                     ["restore"], ["status", "extra"], ["resume", "extra"], ["pause", "1", "2"],
                     ["pause", "soon"], ["pause", "99999999"], ["pause", "-5"], ["help", "nope"]):
            r = run(args)
            self.assertEqual(r.returncode, 2, args)
            self.assertEqual(r.stdout, b"", args)
            self.assertIn(b"voile", r.stderr, args)


class Scan(TempDirTestCase):
    def test_clean_text(self):
        r = run(["scan"], stdin=CLEAN)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, b"")
        r = run(["scan", "--json"], stdin=CLEAN)
        self.assertEqual(r.returncode, 0)
        self.assertEqual(json.loads(r.stdout), {"findings": []})

    def test_personal_data_json(self):
        path = self.write("letter.txt", LETTER)
        r = run(["scan", "--json", path])
        self.assertEqual(r.returncode, 1, r.stderr)
        doc = json.loads(r.stdout)
        self.assertEqual(list(doc), ["findings"])
        types = set()
        previous_end = 0
        for finding in doc["findings"]:
            self.assertEqual(set(finding), {"type", "start", "end", "text", "confidence"})
            self.assertIsInstance(finding["start"], int)
            self.assertIsInstance(finding["end"], int)
            self.assertGreaterEqual(finding["start"], previous_end)
            self.assertLess(finding["start"], finding["end"])
            # Byte offsets into the input.
            self.assertEqual(LETTER[finding["start"]:finding["end"]].decode(), finding["text"])
            self.assertGreater(finding["confidence"], 0)
            self.assertLessEqual(finding["confidence"], 1)
            previous_end = finding["end"]
            types.add(finding["type"])
        self.assertTrue({"EMAIL", "PHONE", "IBAN"} <= types, types)
        email = [f for f in doc["findings"] if f["type"] == "EMAIL"]
        self.assertEqual(email[0]["text"], "marie.dupont@example.fr")

    def test_personal_data_human(self):
        r = run(["scan"], stdin=LETTER)
        self.assertEqual(r.returncode, 1, r.stderr)
        lines = r.stdout.decode().splitlines()
        self.assertIn("<stdin>:3:14: EMAIL marie.dupont@example.fr", lines)
        r = run(["scan", "--redact"], stdin=LETTER)
        self.assertEqual(r.returncode, 1)
        self.assertIn(b"<stdin>:3:14: EMAIL\n", r.stdout)
        self.assertNotIn(b"marie.dupont", r.stdout)

    def test_quasi_identifiers_alone(self):
        text = "La facture du 12 mars 2024 s'élève à 3 420 € TTC.\n".encode()
        r = run(["scan", "--json"], stdin=text)
        self.assertEqual(r.returncode, 0, r.stdout)
        for finding in json.loads(r.stdout)["findings"]:
            self.assertIn(finding["type"], ("DATE", "AMOUNT"))

    def test_a_city_alone_is_not_personal(self):
        # A job offer's place: the city is found (and anonymized with the rest), but it
        # identifies nobody, so the text is not reported as personal.
        text = "Poste : développeur backend\nLieu : Nantes\nSalaire : 45 000 €\n".encode()
        r = run(["scan", "--json"], stdin=text)
        self.assertEqual(r.returncode, 0, r.stdout)
        types = [f["type"] for f in json.loads(r.stdout)["findings"]]
        self.assertIn("LOCATION", types)
        r = run(["scan"], stdin="Client : Marie Dupont\nVille : Nantes\n".encode())
        self.assertEqual(r.returncode, 1, r.stdout)

    def test_several_files(self):
        clean = self.write("clean.txt", CLEAN)
        letter = self.write("letter.txt", LETTER)
        missing = os.path.join(self.tmp, "missing.txt")
        r = run(["scan", "--json", clean, letter])
        self.assertEqual(r.returncode, 1, r.stderr)
        doc = json.loads(r.stdout)
        self.assertEqual([f["file"] for f in doc["files"]], [clean, letter])
        self.assertEqual(doc["files"][0]["findings"], [])
        self.assertTrue(doc["files"][1]["findings"])
        for finding in doc["files"][1]["findings"]:
            self.assertEqual(LETTER[finding["start"]:finding["end"]].decode(), finding["text"])

        # An unreadable input makes the run fail (2) but the others are still scanned.
        r = run(["scan", "--json", letter, missing])
        self.assertEqual(r.returncode, 2)
        doc = json.loads(r.stdout)
        self.assertTrue(doc["files"][0]["findings"])
        self.assertIn("error", doc["files"][1])
        self.assertIn(b"missing.txt", r.stderr)

        r = run(["scan", clean, letter])
        self.assertEqual(r.returncode, 1)
        self.assertTrue(all(line.startswith(letter + ":")
                            for line in r.stdout.decode().splitlines()))

    def test_french_locale_json_numbers(self):
        env = english_env(LANGUAGE="fr", LANG="fr_FR.UTF-8")
        r = run(["scan", "--json"], stdin=LETTER, env=env)
        self.assertEqual(r.returncode, 1)
        for finding in json.loads(r.stdout)["findings"]:
            self.assertIsInstance(finding["confidence"], float)


class AnonymizeRestore(TempDirTestCase):
    def test_round_trip(self):
        path = self.write("letter.txt", LETTER + b"\x00binary tail without newline")
        map_path = os.path.join(self.tmp, "map.json")
        r = run(["anonymize", "--map", map_path, path])
        self.assertEqual(r.returncode, 0, r.stderr)
        anonymized = r.stdout
        for value in (b"Marie Dupont", b"marie.dupont@example.fr", b"06 12 34 56 78",
                      b"FR76 3000"):
            self.assertNotIn(value, anonymized)
        for placeholder in (b"[PERSON_1]", b"[EMAIL_1]", b"[PHONE_1]", b"[IBAN_1]"):
            self.assertIn(placeholder, anonymized)
        self.assertTrue(anonymized.endswith(b"\x00binary tail without newline"))
        self.assertEqual(stat.S_IMODE(os.stat(map_path).st_mode), 0o600)

        r = run(["restore", "--map", map_path], stdin=anonymized)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, LETTER + b"\x00binary tail without newline")

    def test_keep_kinds(self):
        """--keep leaves whole kinds of data as they are, by the daemon's category names."""
        text = ("Facture de 3 420 € du 12 mars 2026 pour Marie Dupont, "
                "marie.dupont@example.fr, tél. 06 12 34 56 78.\n").encode()
        r = run(["anonymize", "--keep", "dates-amounts"], stdin=text)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("3 420 € du 12 mars 2026".encode(), r.stdout)
        for placeholder in (b"[PERSON_1]", b"[EMAIL_1]", b"[PHONE_1]"):
            self.assertIn(placeholder, r.stdout)

        # A kept e-mail address stays whole: its name parts are not taken out of it.
        r = run(["anonymize", "-k", "contact,dates-amounts"], stdin=text)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn(b"[PERSON_1], marie.dupont@example.fr, t", r.stdout)
        self.assertIn(b"06 12 34 56 78", r.stdout)

        r = run(["scan", "--json", "--keep", "names", "--keep", "contact"], stdin=text)
        self.assertEqual(r.returncode, 0, r.stdout)
        self.assertEqual({f["type"] for f in json.loads(r.stdout)["findings"]},
                         {"DATE", "AMOUNT"})
        r = run(["scan", "--keep", "names,dates-amounts"], stdin=text)
        self.assertEqual(r.returncode, 1)

        r = run(["anonymize", "--keep", "emails"], stdin=text)
        self.assertEqual(r.returncode, 2)
        self.assertEqual(r.stdout, b"")
        self.assertIn(b"\xe2\x80\x9cemails\xe2\x80\x9d is not a kind of data (names, contact,",
                      r.stderr)

    def test_person_spellings_come_back_as_written(self):
        """One placeholder per person, but a greeting, a title, a firm's name and a signature
        get back the spelling the text used there, through the map file."""
        letter = ("Bonjour Camille,\nComme convenu avec M. Vasseur, la SARL Atelier Vasseur "
                  "règle la facture.\nCamille Vasseur, 06 12 34 56 78\nBien à vous,\n"
                  "Karim Benali\n").encode()
        map_path = os.path.join(self.tmp, "map.json")
        r = run(["anonymize", "--map", map_path], stdin=letter)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertNotIn(b"Vasseur", r.stdout)
        self.assertEqual(r.stdout.count(b"[PERSON_1]"), 4, r.stdout)
        back = run(["restore", "--map", map_path], stdin=r.stdout)
        self.assertEqual(back.stdout, letter)
        answer = b"Hello [PERSON_1], Mr PERSON_1 and atelier **[PERSON_1]** wrote to [PERSON_1]."
        back = run(["restore", "--map", map_path], stdin=answer)
        self.assertEqual(back.stdout, b"Hello Camille, Mr Vasseur and atelier **Vasseur** wrote to "
                                      b"Camille Vasseur.")

    def test_map_is_private_whatever_the_umask(self):
        map_path = os.path.join(self.tmp, "map.json")
        r = run(["anonymize", "--map", map_path], stdin=LETTER,
                preexec_fn=lambda: os.umask(0))
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(stat.S_IMODE(os.stat(map_path).st_mode), 0o600)
        with open(map_path, "rb") as f:
            self.assertIn(b"marie.dupont@example.fr", f.read())

    def test_empty_file_is_a_new_map(self):
        # "voile anonymize --map "$(mktemp)"": mktemp makes the file, empty, first
        fd, map_path = tempfile.mkstemp(dir=self.tmp)
        os.close(fd)
        r = run(["anonymize", "--map", map_path], stdin=LETTER)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn(b"[EMAIL_1]", r.stdout)
        self.assertEqual(stat.S_IMODE(os.stat(map_path).st_mode), 0o600)
        back = run(["restore", "--map", map_path], stdin=r.stdout)
        self.assertEqual(back.stdout, LETTER)

    def test_map_extended_across_texts(self):
        map_path = os.path.join(self.tmp, "map.json")
        run(["anonymize", "--map", map_path], stdin=LETTER)
        second = "Relance : écrire à marie.dupont@example.fr ou à paul@example.org.\n".encode()
        r = run(["anonymize", "--map", map_path], stdin=second)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, "Relance : écrire à [EMAIL_1] ou à [EMAIL_2].\n".encode())
        r = run(["restore", "--map", map_path], stdin=b"Answer: email_2, then **[EMAIL_1]**.")
        self.assertEqual(r.stdout, b"Answer: paul@example.org, then **marie.dupont@example.fr**.")

    def test_restore_rewritten_placeholders(self):
        # Independent of the detectors: a map written by hand.
        map_path = self.write("map.json", json.dumps({
            "format": "voile-mapping", "version": 1,
            "entries": [
                {"placeholder": "EMAIL_1", "value": "zoe@exemple.fr"},
                {"placeholder": "PERSON_1", "value": "Zoé Lefèvre"},
                {"placeholder": "EMAIL_10", "value": "ten@exemple.fr"},
            ]}).encode())
        answer = ("Dear Person 1, I wrote to **[EMAIL_1]** (email_1) and EMAIL-10; "
                  "[EMAIL_1]0 stays apart, EMAIL_2 is unknown, MY_EMAIL_1 is code.\n")
        r = run(["restore", "--map", map_path], stdin=answer.encode())
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.decode(), (
            "Dear Zoé Lefèvre, I wrote to **zoe@exemple.fr** (zoe@exemple.fr) and ten@exemple.fr; "
            "zoe@exemple.fr0 stays apart, EMAIL_2 is unknown, MY_EMAIL_1 is code.\n"))
        # The map holds real values: a map others can read is pointed out, not refused.
        os.chmod(map_path, 0o644)
        r = run(["restore", "--map", map_path], stdin=b"EMAIL_1")
        self.assertEqual((r.returncode, r.stdout), (0, b"zoe@exemple.fr"))
        self.assertIn(b"other users can read the map file", r.stderr)
        os.chmod(map_path, 0o600)
        r = run(["restore", "--map", map_path], stdin=b"EMAIL_1")
        self.assertEqual((r.returncode, r.stdout, r.stderr), (0, b"zoe@exemple.fr", b""))

    def test_bad_map_files(self):
        not_a_map = self.write("notes.txt", b"my precious notes\n")
        r = run(["restore", "--map", not_a_map], stdin=b"EMAIL_1")
        self.assertEqual(r.returncode, 2)
        self.assertIn(b"notes.txt", r.stderr)
        self.assertIn(b"not a valid Voile map file", r.stderr)
        self.assertEqual(r.stdout, b"")
        # anonymize never overwrites a file that is not a map.
        r = run(["anonymize", "--map", not_a_map], stdin=LETTER)
        self.assertEqual(r.returncode, 2)
        with open(not_a_map, "rb") as f:
            self.assertEqual(f.read(), b"my precious notes\n")
        r = run(["restore", "--map", os.path.join(self.tmp, "none.json")], stdin=b"x")
        self.assertEqual(r.returncode, 2)
        self.assertIn(b"none.json", r.stderr)
        r = run(["anonymize", "--map", os.path.join(self.tmp, "no", "dir", "map.json")],
                stdin=LETTER)
        self.assertEqual(r.returncode, 2)
        self.assertEqual(r.stdout, b"")


class BadInput(TempDirTestCase):
    def test_invalid_utf8(self):
        for command in (["scan"], ["scan", "--json"], ["anonymize"]):
            r = run(command, stdin=b"caf\xc3\xa9 ok\n\xff\xfe bad")
            self.assertEqual(r.returncode, 2, command)
            self.assertIn(b"not UTF-8", r.stderr)
            self.assertIn(b"offset 9", r.stderr)
            self.assertEqual(r.stdout, b"")
        map_path = self.write("map.json", b'{"format":"voile-mapping","version":1,"entries":[]}')
        r = run(["restore", "--map", map_path], stdin=b"\xc3(")
        self.assertEqual(r.returncode, 2)
        self.assertIn(b"offset 0", r.stderr)

    def test_nul_bytes_are_text(self):
        data = b"abc\x00def\x00\x00\n"
        r = run(["scan"], stdin=data)
        self.assertEqual(r.returncode, 0, r.stderr)
        r = run(["anonymize"], stdin=data)
        self.assertEqual(r.returncode, 0)
        self.assertEqual(r.stdout, data)

    def test_missing_directory_unreadable(self):
        missing = os.path.join(self.tmp, "missing.txt")
        for command in (["scan"], ["anonymize"]):
            r = run(command + [missing])
            self.assertEqual(r.returncode, 2)
            self.assertIn(b"missing.txt", r.stderr)
            self.assertIn(b"No such file", r.stderr)
            r = run(command + [self.tmp])
            self.assertEqual(r.returncode, 2)
            self.assertIn(b"directory", r.stderr)
        if os.geteuid() != 0:  # root reads anything
            locked = self.write("locked.txt", b"secret")
            os.chmod(locked, 0)
            r = run(["scan", locked])
            self.assertEqual(r.returncode, 2)
            self.assertIn(b"Permission denied", r.stderr)

    def test_too_large(self):
        # A sparse file: refused from its size, without reading (or allocating) 2 GiB.
        path = os.path.join(self.tmp, "huge.txt")
        with open(path, "wb") as f:
            f.truncate(2 << 30)
        r = run(["scan", path])
        self.assertEqual(r.returncode, 2)
        self.assertIn(b"too large", r.stderr)

    def test_100_mb(self):
        block = LETTER + CLEAN * 20
        data = block * (100 * 1024 * 1024 // len(block) + 1)
        path = self.write("big.txt", data)
        del data
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        r = run(["scan", "--json", path], timeout=600)
        self.assertEqual(r.returncode, 1, r.stderr[-500:])
        doc = json.loads(r.stdout)
        self.assertGreater(len(doc["findings"]), 1000)
        peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        print(f"voile scan of 100 MB: peak RSS {peak_kib // 1024} MiB (before: {before // 1024})")
        # The text, its findings and the JSON: a few times the input, never runaway.
        self.assertLess(peak_kib, 2 * 1024 * 1024)

    def test_broken_pipe(self):
        path = self.write("big.txt", CLEAN * 50000)  # 4 MB: more than a pipe holds
        for command in (["anonymize", path], ["scan", "--json", path]):
            proc = subprocess.Popen([VOILE] + command, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, env=english_env())
            proc.stdout.read(10)
            proc.stdout.close()
            stderr = proc.stderr.read()
            proc.wait(timeout=60)
            if command[0] == "scan" and proc.returncode == 0:
                continue  # nothing to print: no pipe to break
            self.assertEqual(proc.returncode, 2, (command, stderr))
            self.assertIn(b"cannot write to standard output", stderr)


class FrenchLocale(TempDirTestCase):
    def env(self, **extra):
        env = english_env(LANGUAGE="fr", LANG="fr_FR.UTF-8")
        env.update(extra)
        return env

    def test_messages(self):
        r = run(["--help"], env=self.env())
        self.assertEqual(r.returncode, 0)
        self.assertIn("Commandes :".encode(), r.stdout)
        r = run(["scan", os.path.join(self.tmp, "absent.txt")], env=self.env())
        self.assertEqual(r.returncode, 2)
        self.assertIn("impossible de lire « ".encode(), r.stderr)
        r = run(["scan"], stdin=b"\xff", env=self.env())
        self.assertIn("n’est pas du texte UTF-8".encode(), r.stderr)
        r = run(["status"], env=self.env(DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent"))
        self.assertEqual(r.returncode, 2)
        self.assertIn("ne tourne pas".encode(), r.stderr)


class NoDaemon(TempDirTestCase):
    def test_no_session_bus(self):
        env = english_env(DBUS_SESSION_BUS_ADDRESS="unix:path=" + os.path.join(self.tmp, "none"))
        env.pop("DISPLAY", None)
        for args in (["status"], ["status", "--json"], ["pause"], ["pause", "5"], ["resume"],
                     ["mode"], ["mode", "auto"], ["forget"]):
            r = run(args, env=env)
            self.assertEqual(r.returncode, 2, args)
            self.assertIn(b"daemon is not running", r.stderr)
            self.assertEqual(r.stdout, b"")

    def test_bus_without_daemon(self):
        # A real, private session bus on which nobody owns io.github.voile.Voile.
        for args in (["status"], ["pause", "10"], ["resume"], ["mode", "notify"], ["forget"]):
            r = subprocess.run(["dbus-run-session", "--", VOILE] + args, capture_output=True,
                               env=english_env(), timeout=60)
            self.assertEqual(r.returncode, 2, (args, r.stderr))
            self.assertIn(b"the Voile daemon is not running", r.stderr)


COMPLETION = os.path.join(HERE, "..", "..", "data", "completions", "voile.bash")


class Completion(TempDirTestCase):
    """data/completions/voile.bash offers what `voile --help` and each command's --help list."""

    def complete(self, *words):
        """The words bash offers after `voile WORDS…` (the last one being typed)."""
        script = ('source "$1"; shift; COMP_WORDS=(voile "$@"); COMP_CWORD=$#; _voile; '
                  'printf "%s\\n" "${COMPREPLY[@]}"')
        r = subprocess.run(["bash", "-c", script, "bash", COMPLETION] + list(words),
                           capture_output=True, text=True, cwd=self.tmp, timeout=30)
        self.assertEqual(r.returncode, 0, r.stderr)
        return set(line for line in r.stdout.split("\n") if line)

    def help_commands(self):
        out = run(["--help"]).stdout.decode()
        block = out.split("Commands:\n", 1)[1].split("\n\n", 1)[0]
        return [line.split()[0] for line in block.splitlines()]

    def test_every_command_and_option(self):
        commands = self.help_commands()
        self.assertIn("forget", commands)
        self.assertEqual(self.complete(""), set(commands) | {"help", "--help", "--version"})
        for command in commands:
            out = run([command, "--help"]).stdout.decode()
            options = set(re.findall(r"^\s+(?:-\w, )?(--[\w-]+)", out, re.M))
            self.assertEqual(self.complete(command, "--"), options, command)

    def test_values_and_files(self):
        self.assertEqual(self.complete("m"), {"mode"})
        self.assertEqual(self.complete("mode", ""), {"ask", "auto", "notify"})
        self.assertEqual(self.complete("mode", "a"), {"ask", "auto"})
        self.assertEqual(self.complete("help", "re"), {"restore", "resume"})
        open(os.path.join(self.tmp, "lettre.map"), "w").close()
        open(os.path.join(self.tmp, "lettre.txt"), "w").close()
        self.assertEqual(self.complete("restore", "--map", "lettre.m"), {"lettre.map"})
        self.assertEqual(self.complete("scan", "lett"), {"lettre.map", "lettre.txt"})
        open(os.path.join(self.tmp, "notes client.txt"), "w").close()
        self.assertEqual(self.complete("anonymize", "notes"), {"notes client.txt"})
        self.assertEqual(self.complete("forget", ""), set())
        self.assertEqual(self.complete("anonymize", "--keep", "da"), {"dates-amounts"})
        self.assertEqual(self.complete("scan", "-k", "names,co"), {"names,contact"})
        self.assertEqual(len(self.complete("scan", "--keep", "")), 9)


MAN_DIR = os.path.join(HERE, "..", "..", "data", "man")


class PrivateMemory(TempDirTestCase):
    """What `voile` reads stays out of core dumps and out of other processes' reach."""

    NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]

    def test_no_core_dump_and_no_other_reader(self):
        exe, as_user = VOILE, []
        if os.geteuid() == 0:
            # root reads any process: run the command and the reader as nobody, from a copy
            # nobody may execute wherever the build tree is
            os.chmod(self.tmp, 0o755)
            exe = os.path.join(self.tmp, "voile")
            with open(VOILE, "rb") as src, open(exe, "wb") as dst:
                dst.write(src.read())
            os.chmod(exe, 0o755)
            as_user = self.NOBODY
        proc = subprocess.Popen(as_user + [exe, "scan"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=english_env())
        try:
            # the letter is in its memory while the pipe stays open
            proc.stdin.write(LETTER)
            proc.stdin.flush()
            deadline = time.monotonic() + 20
            while True:
                with open(f"/proc/{proc.pid}/comm") as f:
                    if f.read().strip() == "voile":
                        break
                self.assertLess(time.monotonic(), deadline, "voile did not start")
                time.sleep(0.05)
            time.sleep(0.2)
            with open(f"/proc/{proc.pid}/limits") as f:
                self.assertRegex(f.read(), r"Max core file size\s+0\s+0\s")
            reader = subprocess.run(as_user + ["cat", f"/proc/{proc.pid}/environ"],
                                    capture_output=True, timeout=30)
            self.assertNotEqual(reader.returncode, 0,
                                "another process of the same user read voile's memory")
            self.assertIn(b"Permission denied", reader.stderr)
        finally:
            proc.stdin.close()
            out = proc.stdout.read()
            proc.stdout.close()
            proc.stderr.close()
            proc.wait(timeout=60)
        # and it still did its work
        self.assertEqual(proc.returncode, 1)
        self.assertIn(b"PERSON", out)


class ManPage(unittest.TestCase):
    """data/man: the manual pages format without a warning and document every command."""

    def test_pages_format_cleanly(self):
        for page in ("voile.1", "voile-daemon.1"):
            r = subprocess.run(["groff", "-man", "-ww", "-z", "-Tutf8",
                                os.path.join(MAN_DIR, page)],
                               capture_output=True, text=True, timeout=30,
                               env=dict(os.environ, LC_ALL="C.UTF-8"))
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(r.stderr, "", page)

    def test_every_command_and_option_documented(self):
        with open(os.path.join(MAN_DIR, "voile.1"), encoding="utf-8") as f:
            page = f.read().replace("\\-", "-")
        out = run(["--help"]).stdout.decode()
        commands = [line.split()[0] for line in
                    out.split("Commands:\n", 1)[1].split("\n\n", 1)[0].splitlines()]
        self.assertIn("forget", commands)
        for command in commands:
            self.assertIn("\n.B voile " + command, page, command)
            self.assertRegex(page, r"\n\.(B|BR|BI) " + command + r"\b", command)
            help_text = run([command, "--help"]).stdout.decode()
            for option in re.findall(r"^\s+(?:-\w, )?(--[\w-]+)", help_text, re.M):
                if option != "--help":
                    self.assertTrue(option in page, f"voile.1 lacks {command} {option}")


if __name__ == "__main__":
    unittest.main(verbosity=2)
