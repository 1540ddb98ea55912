#!/usr/bin/python3
"""Benchmark: how long from a copy to Voile's notification, and what the daemon costs idle.

The real voile-daemon runs against Xvfb, a private session bus and python3-dbusmock's
notification server (tests/daemon/voile_harness.py). For each of N copies of a 10 KB text
with personal data (xclip), the time from the moment xclip owns the clipboard to the moment
the daemon's Notify call reaches the bus is taken by eavesdropping on the bus. Then the daemon
is left alone: its resident memory (VmRSS) and the CPU it uses over 10 s of idleness (utime +
stime from /proc/PID/stat) are read.

Prints figures; asserts nothing (targets: p99 < 50 ms, idle CPU 0 ticks, RSS < 40 MB).

    daemon-latency.py [--copies N] [--idle SECONDS]
"""

import argparse
import os
import statistics
import threading
import time

import gi

gi.require_version("Gio", "2.0")
from gi.repository import Gio, GLib  # noqa: E402

from voile_harness import Session  # noqa: E402

FILLER = ("The quarterly review covers the delivery schedule, the open questions on the "
          "budget and the next steps agreed with the team during the workshop. ")


def text_with_personal_data(i, size=10 * 1024):
    head = (f"Bonjour,\nCopie {i} : écrire à marie.dupont{i}@example.org ou appeler le "
            f"06 12 34 56 {i % 90 + 10:02d}. IBAN FR76 3000 6000 0112 3456 7890 189.\n")
    body = FILLER * (size // len(FILLER) + 1)
    return (head + body)[:size]


class NotifyClock:
    """Eavesdrops on the bus: the monotonic time of every Notify call, as it passes."""

    def __init__(self, address):
        self.times = []
        self.cond = threading.Condition()
        self.conn = Gio.DBusConnection.new_for_address_sync(
            address, Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
            | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION, None, None)
        self.conn.add_filter(self._filter)
        self.conn.call_sync(
            "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "AddMatch",
            GLib.Variant("(s)", ("type='method_call',interface='org.freedesktop.Notifications',"
                                 "member='Notify',eavesdrop='true'",)),
            None, Gio.DBusCallFlags.NONE, 5000, None)

    def _filter(self, conn, message, incoming):
        if incoming and message.get_member() == "Notify":
            now = time.monotonic()
            with self.cond:
                self.times.append(now)
                self.cond.notify_all()
        return message

    def wait_count(self, count, timeout=5.0):
        with self.cond:
            ok = self.cond.wait_for(lambda: len(self.times) >= count, timeout)
        return self.times[count - 1] if ok else None

    def close(self):
        self.conn.close_sync(None)


def proc_cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime, stime (fields 14, 15)


def proc_rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    k = (len(sorted_values) - 1) * p / 100.0
    lo, hi = int(k), min(int(k) + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (k - lo)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=100)
    parser.add_argument("--idle", type=float, default=10.0)
    args = parser.parse_args()

    # No debug log: it would be part of what is measured.
    with Session(notifications="actions", lang="en",
                 extra_env={"G_MESSAGES_DEBUG": ""}) as s:
        clock = NotifyClock(s.env["DBUS_SESSION_BUS_ADDRESS"])
        pid = s.daemon.pid
        time.sleep(1.0)
        rss_start = proc_rss_kib(pid)

        latencies = []
        missed = 0
        owner = None
        for i in range(args.copies):
            count = len(clock.times)
            proc = s.copy(text_with_personal_data(i))  # returns once xclip owns CLIPBOARD
            t0 = time.monotonic()
            t1 = clock.wait_count(count + 1)
            if t1 is None:
                missed += 1
            else:
                latencies.append((t1 - t0) * 1000.0)
            if owner is not None:
                owner.wait(timeout=5)  # the previous xclip exits when it loses the selection
            owner = proc
            time.sleep(0.05)

        # Idle: nothing copied, no notification answered.
        time.sleep(2.0)
        rss_idle = proc_rss_kib(pid)
        ticks_before = proc_cpu_ticks(pid)
        time.sleep(args.idle)
        ticks_after = proc_cpu_ticks(pid)
        alive = s.daemon_alive()
        clock.close()

    latencies.sort()
    hz = os.sysconf("SC_CLK_TCK")
    print(f"voile-daemon benchmark (X11 backend, Xvfb, {args.copies} copies of 10 KB)")
    if latencies:
        print(f"  copy -> notification: median {statistics.median(latencies):.1f} ms, "
              f"p99 {percentile(latencies, 99):.1f} ms, min {latencies[0]:.1f} ms, "
              f"max {latencies[-1]:.1f} ms  (target: p99 < 50 ms)")
    print(f"  copies without a notification within 5 s: {missed}")
    print(f"  resident memory: {rss_start / 1024:.1f} MB at start, {rss_idle / 1024:.1f} MB idle "
          f"after the copies  (target: < 40 MB)")
    print(f"  idle CPU over {args.idle:.0f} s: {ticks_after - ticks_before} ticks "
          f"({(ticks_after - ticks_before) / hz * 1000:.0f} ms; target: 0 ticks)")
    print(f"  daemon still answering on D-Bus: {'yes' if alive else 'NO'}")


if __name__ == "__main__":
    main()
