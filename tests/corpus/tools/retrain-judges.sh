#!/bin/bash
# Retrains the names finder's two learned judges, in the order they depend on each other, and
# rebuilds: the document prior first (patterns/voile-document-prior-data.h), then the dump tool
# name-features (it computes the prior as one of the name model's features), then the name model
# (patterns/voile-name-model-data.h). Deterministic: the same tree gives the same headers.
#
#   tests/corpus/tools/retrain-judges.sh BUILD
#
# The held-out sets each judge trains on besides tests/corpus (numbers of
# tests/corpus-heldout/set-N), as the committed headers were trained (see patterns/DETECTION.md,
# "The judges trained on more worlds"):
#   PRIOR_SETS="" (the corpus alone)   MODEL_SETS="9 10 11"
# EVAL_SETS="N ..." prints the trainers' figures on sets never trained on. To measure a set as
# a blind one, leave it out of both lists, retrain, run BUILD/tests/corpus/test-corpus on it,
# then `git checkout patterns/voile-document-prior-data.h patterns/voile-name-model-data.h`.
set -euo pipefail
B=${1:?usage: retrain-judges.sh BUILD}
top=$(cd "$(dirname "$0")/../../.." && pwd)
tools=$top/tests/corpus/tools
H=$top/tests/corpus-heldout
PRIOR_SETS=${PRIOR_SETS-}
MODEL_SETS=${MODEL_SETS-9 10 11}
EVAL_SETS=${EVAL_SETS-}
args() { # OPTION SETS
  for s in $2; do printf -- '%s\n%s\n' "$1" "$H/set-$s"; done
}
mapfile -t prior_extra < <(args --extra "$PRIOR_SETS")
mapfile -t model_extra < <(args --extra "$MODEL_SETS")
mapfile -t evals < <(args --eval "$EVAL_SETS")
python3 "$tools/train-document-prior.py" "${prior_extra[@]}" "${evals[@]}"
ninja -C "$B" tests/corpus/name-features
python3 "$tools/train-name-model.py" --tool "$B/tests/corpus/name-features" --accept-off \
  "${model_extra[@]}" "${evals[@]}"
ninja -C "$B"
