#!/usr/bin/python3
"""A tiny X11 selection owner for tests: offers several targets at once, which xclip cannot.

usage: xselection_owner.py [--selection CLIPBOARD] [--die-on-request] [--log FILE]
                           TARGET=FILE [TARGET=FILE ...]

Each TARGET (an X atom name such as UTF8_STRING, text/html or x-kde-passwordManagerHint) is
served with the bytes of FILE. Prints "ready" on stdout once it owns the selection, then serves
requests until another client takes the selection over (then exits 0).

--die-on-request: exits at once, without answering, when a client asks for anything but
TARGETS (a clipboard owner that vanishes mid-read).
"""

import argparse
import os
import sys

from Xlib import X, Xatom, display
from Xlib.protocol import event


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--selection", default="CLIPBOARD")
    parser.add_argument("--die-on-request", action="store_true")
    parser.add_argument("--log", help="append each requested target name to this file")
    parser.add_argument("offers", nargs="+")
    args = parser.parse_args()

    d = display.Display()
    window = d.screen().root.create_window(0, 0, 1, 1, 0, X.CopyFromParent)
    selection = d.intern_atom(args.selection)
    targets_atom = d.intern_atom("TARGETS")
    offers = {}
    for offer in args.offers:
        name, _, path = offer.rpartition("=")
        with open(path, "rb") as f:
            offers[d.intern_atom(name)] = f.read()

    window.set_selection_owner(selection, X.CurrentTime)
    d.flush()
    if d.get_selection_owner(selection) != window:
        print("could not own the selection", file=sys.stderr)
        return 1
    print("ready", flush=True)

    while True:
        e = d.next_event()
        if e.type == X.SelectionClear:
            return 0
        if e.type != X.SelectionRequest:
            continue
        prop = e.property if e.property != X.NONE else e.target
        if args.log:
            with open(args.log, "a") as f:
                f.write(d.get_atom_name(e.target) + "\n")
        if e.target == targets_atom:
            e.requestor.change_property(prop, Xatom.ATOM, 32, [targets_atom] + list(offers))
        elif e.target in offers:
            if args.die_on_request:
                os._exit(0)
            e.requestor.change_property(prop, e.target, 8, offers[e.target])
        else:
            prop = X.NONE
        reply = event.SelectionNotify(time=e.time, requestor=e.requestor, selection=e.selection,
                                      target=e.target, property=prop)
        e.requestor.send_event(reply)
        d.flush()


if __name__ == "__main__":
    sys.exit(main())
