#!/usr/bin/env python3
"""Runs a program inside an isolated desktop session (Xvfb, private session bus, temp HOME)
made by tests/daemon/voile_harness.py, with no daemon; exits with the program's status.

    run_in_session.py PROGRAM [ARGS...]
"""

import os
import subprocess
import sys

from voile_harness import Session

KEEP = ("GSETTINGS_BACKEND", "LC_ALL", "LANGUAGE", "LANG")

with Session(notifications=None, start_daemon=False) as s:
    for key in KEEP:
        if key in os.environ:
            s.env[key] = os.environ[key]
    result = subprocess.run(sys.argv[1:], env=s.env, timeout=120)
sys.exit(result.returncode)
