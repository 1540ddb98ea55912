#!/usr/bin/python3
"""A real browser: Chromium under Xvfb shows a local page with a text area; the real
voile-daemon watches the clipboard. Copy text with personal data (xclip) → anonymize →
Ctrl+V (xdotool) into the text area → the page holds the anonymized text.

The page reports its text area to a tiny HTTP server on 127.0.0.1 on every input event, so
what is read back is what the browser really has, not what the clipboard says.
"""

import http.server
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
import unittest

from voile_harness import SessionTestCase, wait_until

EMAIL = "marie.dupont@example.org"
PHONE = "06 12 34 56 78"
IBAN = "FR76 3000 6000 0112 3456 7890 189"
PERSONAL = (f"Bonjour,\nMerci d'écrire à {EMAIL} ou d'appeler le {PHONE}.\n"
            f"Virement sur l'IBAN {IBAN}.\n")
VALUES = [EMAIL, PHONE, IBAN, "marie", "dupont"]

PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Chatbot</title></head>
<body>
<textarea id="prompt" rows="12" cols="80" autofocus></textarea>
<script>
const prompt = document.getElementById("prompt");
function report(kind) {
  fetch("/" + kind, {method: "POST", body: prompt.value,
                     headers: {"Content-Type": "text/plain;charset=utf-8"}});
}
prompt.addEventListener("input", () => report("value"));
window.addEventListener("load", () => { prompt.focus(); report("ready"); });
</script>
</body></html>
"""


class PageServer(http.server.ThreadingHTTPServer):
    """Serves PAGE and queues (kind, text) for every report the page POSTs."""

    def __init__(self):
        self.reports = queue.Queue()
        super().__init__(("127.0.0.1", 0), PageHandler)


class PageHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = PAGE.encode("utf-8")
        self.send_response(200 if self.path == "/" else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        text = self.rfile.read(length).decode("utf-8", "replace")
        self.server.reports.put((self.path.strip("/"), text))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass  # the page's text may be personal: nothing in the test log


class BrowserTest(SessionTestCase):
    session_args = dict(notifications="actions", lang="en")

    def setUp(self):
        super().setUp()
        self.server = PageServer()
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def tearDown(self):
        self.server.shutdown()
        self.server.server_close()
        super().tearDown()

    def start_browser(self):
        s = self.s
        url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        profile = os.path.join(s.tmp, "chromium")
        argv = [BROWSER, "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--disable-dev-shm-usage", "--password-store=basic",
                "--window-position=0,0", "--window-size=1000,700",
                "--user-data-dir=" + profile, "--app=" + url]
        log = open(os.path.join(s.tmp, "chromium.log"), "wb")
        self.browser = s._spawn(argv, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        kind, _ = self.next_report(60, "the page to load")
        self.assertEqual(kind, "ready")

    def next_report(self, timeout, what):
        try:
            return self.server.reports.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError(f"timed out waiting for {what}") from None

    def xdotool(self, *args):
        return subprocess.run(["xdotool"] + list(args), env=self.s.env, capture_output=True,
                              text=True, timeout=30)

    def focus_text_area(self):
        # No window manager on Xvfb: give the browser window the input focus ourselves.
        def window():
            r = self.xdotool("search", "--onlyvisible", "--name", "Chatbot")
            return r.stdout.split()[-1] if r.returncode == 0 and r.stdout.split() else None
        wid = wait_until(window, 30, interval=0.2, what="the browser window")
        self.xdotool("windowfocus", "--sync", wid)
        # A click in the text area (top left of the page) focuses it, whatever the page did.
        self.xdotool("mousemove", "--window", wid, "60", "40", "click", "1")
        time.sleep(0.3)

    def test_paste_anonymized_text_into_browser(self):
        s = self.s
        self.start_browser()

        s.copy(PERSONAL)
        [n] = s.wait_notifications(1)
        s.invoke_notification_action(n, "anonymize")
        anonymized = s.wait_clipboard(lambda t: t != PERSONAL)
        self.assertIn("[EMAIL_1]", anonymized)

        self.focus_text_area()
        self.xdotool("key", "--clearmodifiers", "ctrl+v")
        kind, text = self.next_report(20, "the paste to reach the text area")
        while kind != "value":
            kind, text = self.next_report(20, "the paste to reach the text area")
        self.assertEqual(text, anonymized, "the browser did not get the anonymized text")
        for value in VALUES:
            self.assertNotIn(value.lower(), text.lower(), "a personal value reached the page")
        self.assertTrue(s.daemon_alive())


BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")

if __name__ == "__main__":
    missing = [t for t in ("xdotool", "xclip", "Xvfb") if shutil.which(t) is None]
    if BROWSER is None or missing:
        print("chromium / xdotool / xclip / Xvfb not installed: skipped")
        sys.exit(77)
    unittest.main()
