#!/bin/sh
# Quick start: installs the dependencies (apt), builds Voile, installs it under /usr/local and
# starts the daemon in the current desktop session.
#   tests/setup.sh            # everything, then start voile-daemon
#   tests/setup.sh --no-start # everything but starting the daemon
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/build"

"$top/tests/install-deps.sh"

if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" "$top" --prefix=/usr/local
fi
meson compile -C "$build"

if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
$sudo meson install -C "$build" --quiet

if [ "${1:-}" = "--no-start" ]; then
  exit 0
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "Voile is installed. No graphical session here: log in to your desktop and run voile-daemon" >&2
  echo "(it also starts by itself at the next login)." >&2
  exit 0
fi
setsid /usr/local/bin/voile-daemon --replace >/dev/null 2>&1 < /dev/null &
sleep 1
/usr/local/bin/voile status || true
