#!/bin/sh
# Fails when a C file of the project does not follow .clang-format (lists the files and the fix).
#   usage: check-format.sh SOURCE_ROOT
set -eu
root=$1
clang_format=${CLANG_FORMAT:-clang-format}
bad=""
for f in $(find "$root/patterns" "$root/daemon" "$root/ui" "$root/tests" \
             -name '*.[ch]' -not -path '*/corpus/*' | sort); do
  if ! "$clang_format" --style=file --dry-run -Werror "$f" >/dev/null 2>&1; then
    bad="$bad ${f#$root/}"
  fi
done
if [ -n "$bad" ]; then
  echo "Not formatted with .clang-format:$bad" >&2
  echo "Fix with: clang-format -i$bad" >&2
  exit 1
fi
echo "All C files follow .clang-format"
