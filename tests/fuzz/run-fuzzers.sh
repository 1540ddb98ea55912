#!/bin/sh
# Runs every libFuzzer target of BUILD_DIR for SECONDS each, from the seed corpus; fails on
# the first crash, leak, timeout or sanitizer report (the reproducer is kept and named).
#   usage: tests/fuzz/run-fuzzers.sh BUILD_DIR SECONDS
set -eu

if [ $# -ne 2 ]; then
  echo "usage: $0 BUILD_DIR SECONDS" >&2
  exit 2
fi
build_dir=$1
seconds=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/voile-fuzz-XXXXXX")
status=0

# The scan target also starts from the engine corpus's texts, marks stripped: crossing real
# texts over meets the combinations a paste holds (a form's city field beside a storm's name
# crashed a pass that no seed of its own reached).
mkdir -p "$work/corpus-texts"
find "$here/../corpus" -name '*.txt' | while read -r text; do
  LC_ALL=C sed -E 's/\xe2\x9f\xa6[A-Z_]+\|//g; s/\xe2\x9f\xa7//g' "$text" \
    >"$work/corpus-texts/$(basename "$(dirname "$(dirname "$text")")")-$(basename "$(dirname "$text")")-$(basename "$text")"
done

for target in scan anonymize restore map-file; do
  seeds="$here/corpus/$target"
  [ "$target" = scan ] && seeds="$seeds $work/corpus-texts"
  binary="$build_dir/tests/fuzz/fuzz-$target"
  if [ ! -x "$binary" ]; then
    echo "run-fuzzers: $binary not built (configure with CC=clang -Dfuzzing=true)" >&2
    exit 2
  fi
  # -entropic=0: libFuzzer's entropic schedule spent 85 % of the scan target's time on its
  # own feature bookkeeping (about 9 times fewer runs, and less coverage, in the same time).
  # New inputs go to a scratch corpus: the seeds in the source tree stay as they are.
  mkdir -p "$work/$target/corpus" "$work/$target/artifacts"
  echo "== fuzz-$target for ${seconds}s"
  if ! ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" \
       UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}" \
       "$binary" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -max_len=65536 -entropic=0 \
         -print_final_stats=1 -artifact_prefix="$work/$target/artifacts/" \
         "$work/$target/corpus" $seeds >"$work/$target/log" 2>&1; then
    tail -n 60 "$work/$target/log" >&2
    echo "run-fuzzers: fuzz-$target FAILED; reproducer(s):" >&2
    ls -1 "$work/$target/artifacts/" >&2 || true
    status=1
  else
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$work/$target/log" || true
  fi
done

if [ "$status" -eq 0 ]; then
  rm -rf "$work"
else
  echo "run-fuzzers: logs and reproducers kept in $work" >&2
fi
exit "$status"
