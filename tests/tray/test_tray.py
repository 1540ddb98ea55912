#!/usr/bin/env python3
"""End-to-end tests of Voile's tray: the real voile-daemon on Xvfb and a private session bus,
its real voile-tray helper, and python3-dbusmock as the panel's StatusNotifierWatcher. The
menu is read and clicked the way a panel does, over com.canonical.dbusmenu.

    test_tray.py SCENARIO     (meson runs one scenario per test; see meson.build)
"""

import gettext
import os
import signal
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "daemon"))

from gi.repository import GLib  # noqa: E402

from voile_harness import Session, wait_until  # noqa: E402
from tray_host import TrayHost, children_named, pid_alive  # noqa: E402

HELPER = os.environ.get("VOILE_TRAY_HELPER")
CATEGORY_IDS = ["names", "contact", "bank", "official", "addresses", "birth-dates", "secrets",
                "references", "dates-amounts"]
CATEGORY_LABELS = ["Names", "Contact details", "Bank and card numbers", "Official identifiers",
                   "Addresses", "Dates of birth", "Passwords and keys",
                   "Customer references and IP addresses", "Dates and amounts"]
PERSONAL_TEXT = "Bonjour Marie Dupont, merci d'écrire à marie.dupont@example.org ou au 06 12 34 56 78."

LABELS = {
    "en": {
        "pause": "Pause protection",
        "pause-15": "Pause for 15 minutes",
        "pause-60": "Pause for 1 hour",
        "ask": "Ask before anonymizing",
        "auto": "Anonymize automatically",
        "notify": "Warn only",
        "categories": "Categories",
        "undo": "Undo last anonymization",
        "forget": "Forget placeholders",
        "preferences": "Preferences…",
        "about": "About Voile",
        "quit": "Quit",
        "anonymize": "Anonymize the clipboard",
        "restore": "Put the real values back",
        "protecting": "Protecting — 0 texts anonymized today",
        "paused": "Paused",
        "paused-until": "Paused until ",
    },
    "fr": {
        "pause": "Suspendre la protection",
        "pause-15": "Suspendre 15 minutes",
        "pause-60": "Suspendre 1 heure",
        "ask": "Demander avant d’anonymiser",
        "auto": "Anonymiser automatiquement",
        "notify": "Avertir seulement",
        "categories": "Catégories",
        "undo": "Annuler la dernière anonymisation",
        "forget": "Oublier les étiquettes",
        "preferences": "Préférences…",
        "about": "À propos de Voile",
        "quit": "Quitter",
        "anonymize": "Anonymiser le presse-papiers",
        "restore": "Remettre les vraies valeurs",
        "protecting": "Protection active — 0 texte anonymisé aujourd’hui",
        "paused": "En pause",
        "paused-until": "En pause jusqu’à ",
    },
}


def session(lang="en", notifications="actions", helper=None):
    env = {"VOILE_TRAY_HELPER": helper or HELPER}
    return Session(notifications=notifications, lang=lang, start_daemon=False, extra_env=env)


def start_with_tray(s):
    """Panel first, then the daemon: returns (host, item)."""
    host = TrayHost(s)
    host.start()
    s.start_daemon()
    item = host.wait_item()
    return host, item


def category_label(lang, index):
    if lang == "en":
        return CATEGORY_LABELS[index]
    localedir = os.environ.get("VOILE_LOCALEDIR")
    translation = gettext.translation("voile", localedir, languages=[lang], fallback=True)
    return translation.gettext(CATEGORY_LABELS[index])


def check_menu(lang):
    L = LABELS[lang]
    with session(lang) as s:
        host, item = start_with_tray(s)
        assert host.item_property(item, "Id") == "io.github.voile.Voile"
        assert host.item_property(item, "Status") == "Active"
        assert host.item_property(item, "IconName") == "voile-protecting-symbolic"
        assert host.item_property(item, "AttentionIconName") == "voile-attention-symbolic"

        menu = host.wait_menu(item, lambda m: L["protecting"] in m.labels(),
                              what=f"the status line {L['protecting']!r}")
        labels = menu.labels()
        for key in ("pause", "pause-15", "pause-60", "ask", "auto", "notify", "categories",
                    "undo", "forget", "preferences", "about", "quit"):
            assert L[key] in labels, f"{L[key]!r} missing from {labels}"
        # Order a user sees: status, pause, mode, commands, app.
        order = [labels.index(L[k]) for k in ("protecting", "pause", "ask", "undo", "quit")]
        assert order == sorted(order), labels

        status = menu.find(L["protecting"])
        assert not status.enabled, "the status line must read as information, not a command"
        pause = menu.find(L["pause"])
        assert pause.toggle_type == "checkmark" and not pause.toggled
        for mode in ("ask", "auto", "notify"):
            entry = menu.find(L[mode])
            assert entry.toggle_type == "radio", (mode, entry.props)
            assert entry.toggled == (mode == "ask"), (mode, entry.props)

        categories = menu.find(L["categories"])
        sub = [c for c in categories.children if not c.is_separator]
        assert len(sub) == len(CATEGORY_IDS), [c.label for c in sub]
        for index, entry in enumerate(sub):
            assert entry.label == category_label(lang, index), (entry.label, index)
            assert entry.toggle_type == "checkmark" and entry.toggled, entry.props

        # Commands that need something to act on are hidden while there is nothing to act on.
        assert not s.describe_action("anonymize")[0], "anonymize enabled with no pending copy"
        visible = [i.label for i in menu.walk() if i.visible]
        for key in ("anonymize", "restore"):
            assert L[key] not in visible, f"{L[key]!r} shown with nothing to act on"


def check_pause_click():
    L = LABELS["en"]
    with session() as s:
        host, item = start_with_tray(s)
        host.wait_menu(item, lambda m: L["protecting"] in m.labels())

        # Protecting: a copy with personal data raises a notification, and the icon asks for
        # attention for a short while.
        s.copy(PERSONAL_TEXT)
        s.wait_notifications(1)
        s.clear_notifications()
        # The copy can now be anonymized from the tray too (for notifications without buttons).
        host.wait_menu(item, lambda m: L["anonymize"] in [i.label for i in m.walk() if i.visible],
                       what="“Anonymize the clipboard” to show after a copy")
        wait_until(lambda: host.item_property(item, "Status") == "NeedsAttention", 5,
                   what="the attention state")
        wait_until(lambda: host.item_property(item, "Status") == "Active", 20,
                   what="the attention state to pass")

        host.click(item, L["pause"])
        s.wait_action_state("paused", lambda v: v is True)
        s.wait_action_state("status", lambda st: st.get("paused") is True)
        # The check and the status line come in separate menu updates: wait for both.
        host.wait_menu(item, lambda m: m.find(L["pause"]).toggled and L["paused"] in m.labels(),
                       what="the Pause check to be ticked and the status to say paused")
        wait_until(lambda: host.item_property(item, "IconName") == "voile-paused-symbolic", 5,
                   what="the paused icon")

        # Paused: the same kind of copy raises nothing.
        s.copy(PERSONAL_TEXT.replace("Marie", "Julie"))
        s.assert_no_new_notification(2.0)

        # Unticking resumes, from the tray as well.
        host.click(item, L["pause"])
        s.wait_action_state("paused", lambda v: v is False)
        host.wait_menu(item, lambda m: not m.find(L["pause"]).toggled
                       and L["protecting"] in m.labels(), what="the Pause check to clear")
        wait_until(lambda: host.item_property(item, "IconName") == "voile-protecting-symbolic",
                   5, what="the protecting icon")

        # A timed pause from the menu says until when.
        host.click(item, L["pause-15"])
        s.wait_action_state("status", lambda st: st.get("paused") is True
                            and st.get("paused-until", 0) > time.time())
        host.wait_menu(item, lambda m: any(lbl.startswith(L["paused-until"])
                                           for lbl in m.labels()),
                       what="“Paused until HH:MM”")


def check_external_changes():
    """A change made elsewhere (the voile command, another D-Bus client) shows at once."""
    L = LABELS["en"]
    with session() as s:
        host, item = start_with_tray(s)
        host.wait_menu(item, lambda m: m.find(L["ask"]).toggled)

        # The mode, as the CLI or the preferences would set it (org.gtk.Actions SetState).
        s.set_action_state("mode", GLib.Variant("s", "notify"))
        host.wait_menu(item, lambda m: m.find(L["notify"]).toggled
                       and not m.find(L["ask"]).toggled, what="the Warn only radio item")
        s.set_action_state("mode", GLib.Variant("s", "auto"))
        host.wait_menu(item, lambda m: m.find(L["auto"]).toggled
                       and not m.find(L["notify"]).toggled, what="the automatic radio item")

        # A category switched off elsewhere.
        s.set_action_state("category-bank", GLib.Variant("b", False))
        host.wait_menu(item, lambda m: not m.find(CATEGORY_LABELS[2]).toggled
                       and m.find(CATEGORY_LABELS[0]).toggled, what="the bank check item")

        # `voile pause` / `voile resume`.
        r = s.run_cli(["pause"])
        assert r.returncode == 0, r.stderr
        host.wait_menu(item, lambda m: m.find(L["pause"]).toggled and L["paused"] in m.labels(),
                       what="the menu to show the pause made by `voile pause`")
        r = s.run_cli(["resume"])
        assert r.returncode == 0, r.stderr
        host.wait_menu(item, lambda m: not m.find(L["pause"]).toggled,
                       what="the menu to show `voile resume`")

        # And the radio item acts: choosing "Ask" in the menu sets the daemon's mode.
        host.click(item, L["ask"])
        s.wait_action_state("mode", lambda v: v == "ask")


def check_respawn():
    L = LABELS["en"]
    with session() as s:
        host, item = start_with_tray(s)
        pid = host.pid(item)
        assert children_named(s.daemon.pid, "voile-tray") == [pid]
        os.kill(pid, signal.SIGKILL)
        wait_until(lambda: not pid_alive(pid), 5, what="the helper to die")

        item2 = host.wait_item(known=[item], timeout=15)
        pid2 = host.pid(item2)
        assert pid2 != pid
        assert s.daemon_alive()
        host.wait_menu(item2, lambda m: L["pause"] in m.labels())
        # Only one helper at a time.
        assert children_named(s.daemon.pid, "voile-tray") == [pid2]


def check_daemon_stop():
    with session() as s:
        host, item = start_with_tray(s)
        pid = host.pid(item)
        s.stop_daemon()
        wait_until(lambda: not pid_alive(pid), 10, what="the helper to exit with the daemon")


def check_no_watcher():
    message = "No tray on this desktop"
    with session() as s:
        s.start_daemon()
        time.sleep(2.0)
        assert s.daemon_alive()
        assert children_named(s.daemon.pid, "voile-tray") == [], "helper started with no tray"
        assert s.daemon_log().count(message) == 1, s.daemon_log()
        tray = s.status().get("tray")
        assert tray in (None, "no-host"), tray

        # A panel that starts later gets its icon.
        host = TrayHost(s)
        host.start()
        item = host.wait_item()
        host.wait_menu(item, lambda m: LABELS["en"]["pause"] in m.labels())
        assert s.status().get("tray") in (None, "running"), s.status()

        # The panel goes and comes back: still said only once.
        host.stop()
        time.sleep(1.0)
        assert s.daemon_log().count(message) == 1, s.daemon_log()
        assert s.daemon_alive()


def check_crash_loop():
    """A helper that dies at once is restarted with a growing delay, not in a tight loop."""
    with session(helper=None) as s:
        marker = os.path.join(s.tmp, "starts")
        script = os.path.join(s.tmp, "crashing-tray")
        with open(script, "w") as f:
            f.write(f"#!/bin/sh\necho start >> '{marker}'\nexit 3\n")
        os.chmod(script, 0o755)
        s.env["VOILE_TRAY_HELPER"] = script

        host = TrayHost(s)
        host.start()
        s.start_daemon()
        wait_until(lambda: os.path.exists(marker), 10, what="the first start")
        time.sleep(6.0)
        with open(marker) as f:
            starts = len(f.read().split())
        # Delays 1, 2, 4 s: at most 4 starts in the first 6-7 seconds, and at least 2.
        assert 2 <= starts <= 4, f"{starts} starts in 6 s"
        assert s.daemon_alive()


SCENARIOS = {
    "menu-en": lambda: check_menu("en"),
    "menu-fr": lambda: check_menu("fr"),
    "pause-click": check_pause_click,
    "external-changes": check_external_changes,
    "respawn": check_respawn,
    "daemon-stop": check_daemon_stop,
    "no-watcher": check_no_watcher,
    "crash-loop": check_crash_loop,
}

if __name__ == "__main__":
    if not HELPER:
        sys.exit("VOILE_TRAY_HELPER is not set (run through meson test)")
    for name in sys.argv[1:] or SCENARIOS:
        SCENARIOS[name]()
        print(f"ok - {name}")
