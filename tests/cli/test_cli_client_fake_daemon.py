#!/usr/bin/env python3
"""UNIT test of the `voile status/pause/resume` client against a fake app that exports the
daemon's actions (fake_voile_app.py) on a private session bus. It checks what the client
sends and how it shows the answers; the end-to-end test against the real voile-daemon is in
tests/daemon.

Environment: VOILE (the built binary), PYTHON (an interpreter with python3-gi).
"""
import json
import os
import subprocess
import sys
import time
import unittest

VOILE = os.environ.get("VOILE", "voile")
HERE = os.path.dirname(os.path.abspath(__file__))


class ClientAgainstFakeDaemon(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
            stdout=subprocess.PIPE, text=True)
        cls.bus = bus
        address = bus.stdout.readline().strip()
        cls.env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address, LANG="C.UTF-8")
        for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "DISPLAY"):
            cls.env.pop(key, None)
        cls.app = subprocess.Popen(
            [os.environ.get("PYTHON", sys.executable), os.path.join(HERE, "fake_voile_app.py")],
            stdout=subprocess.PIPE, text=True, env=cls.env)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if cls.voile("status").returncode == 0:
                break
            time.sleep(0.1)
        else:
            raise RuntimeError("the fake app never appeared on the bus")

    @classmethod
    def tearDownClass(cls):
        cls.app.terminate()
        cls.app.wait(timeout=10)
        cls.bus.terminate()
        cls.bus.wait(timeout=10)

    @classmethod
    def voile(cls, *args):
        return subprocess.run([VOILE] + list(args), capture_output=True, text=True,
                              env=cls.env, timeout=60)

    def activation(self):
        return self.app.stdout.readline().strip()

    def test_status_pause_resume(self):
        r = self.voile("status", "--json")
        self.assertEqual(r.returncode, 0, r.stderr)
        status = json.loads(r.stdout)
        self.assertEqual(status["running"], True)
        self.assertEqual(status["paused"], False)
        self.assertEqual(status["mode"], "ask")
        self.assertEqual(status["anonymized-today"], 3)
        self.assertEqual(status["backend"], "x11")

        r = self.voile("status")
        self.assertEqual(r.returncode, 0)
        self.assertIn("Voile is running.", r.stdout)
        self.assertIn("Clipboard: watched", r.stdout)
        self.assertIn("Texts anonymized today: 3", r.stdout)

        r = self.voile("pause", "30")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, "Voile is paused for 30 minutes.\n")
        self.assertEqual(self.activation(), "pause-for 30")
        status = json.loads(self.voile("status", "--json").stdout)
        self.assertTrue(status["paused"])
        self.assertGreater(status["paused-until"], time.time() + 25 * 60)
        self.assertIn("Clipboard: paused until ", self.voile("status").stdout)

        r = self.voile("resume")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(self.activation(), "resume")
        self.assertFalse(json.loads(self.voile("status", "--json").stdout)["paused"])

        r = self.voile("pause")
        self.assertEqual(r.returncode, 0)
        self.assertEqual(self.activation(), "pause-for 0")
        self.assertIn("Clipboard: paused until resumed", self.voile("status").stdout)
        self.assertEqual(self.voile("pause", "1").stdout, "Voile is paused for 1 minute.\n")
        self.assertEqual(self.activation(), "pause-for 1")


if __name__ == "__main__":
    unittest.main(verbosity=2)
