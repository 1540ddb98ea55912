#!/usr/bin/env python3
"""A stand-in exporting the daemon's D-Bus actions, for UNIT tests of the `voile` client only.

It owns io.github.voile.Voile and exports `status` (a{sv}), `paused` (b), `pause-for` (u)
and `resume` like voile-daemon does (see daemon/voile-dbus-api.h). Every activation is
printed on stdout ("pause-for 30", "resume") so the test can check what the client sent.
The real end-to-end tests against voile-daemon live in tests/daemon.
"""
import sys
import time

from gi.repository import Gio, GLib


class FakeVoile(Gio.Application):
    def __init__(self):
        super().__init__(application_id="io.github.voile.Voile",
                         flags=Gio.ApplicationFlags.IS_SERVICE)
        self.paused_until = 0
        self.paused = False

    def status_variant(self):
        return GLib.Variant("a{sv}", {
            "paused": GLib.Variant("b", self.paused),
            "paused-until": GLib.Variant("x", self.paused_until),
            "mode": GLib.Variant("s", "ask"),
            "anonymized-today": GLib.Variant("u", 3),
            "backend": GLib.Variant("s", "x11"),
            "attention": GLib.Variant("b", False),
            "has-undo": GLib.Variant("b", False),
            "has-mapping": GLib.Variant("b", True),
            "notifications": GLib.Variant("s", "actions"),
            "tray": GLib.Variant("s", "no-host"),
        })

    def publish(self):
        self.status.set_state(self.status_variant())
        self.paused_action.set_state(GLib.Variant("b", self.paused))

    def do_startup(self):
        Gio.Application.do_startup(self)
        self.status = Gio.SimpleAction.new_stateful("status", None, self.status_variant())
        self.add_action(self.status)
        self.paused_action = Gio.SimpleAction.new_stateful("paused", None,
                                                           GLib.Variant("b", False))
        self.add_action(self.paused_action)
        pause_for = Gio.SimpleAction.new("pause-for", GLib.VariantType.new("u"))
        pause_for.connect("activate", self.on_pause_for)
        self.add_action(pause_for)
        resume = Gio.SimpleAction.new("resume", None)
        resume.connect("activate", self.on_resume)
        self.add_action(resume)
        self.hold()

    def do_activate(self):
        pass

    def on_pause_for(self, action, parameter):
        minutes = parameter.get_uint32()
        self.paused = True
        self.paused_until = int(time.time()) + 60 * minutes if minutes else 0
        self.publish()
        print(f"pause-for {minutes}", flush=True)

    def on_resume(self, action, parameter):
        self.paused = False
        self.paused_until = 0
        self.publish()
        print("resume", flush=True)


if __name__ == "__main__":
    sys.exit(FakeVoile().run(sys.argv))
