#!/bin/sh
# Extraction output of the dev-set inputs (bench/eval-inputs.py), bundled and through tsx
# (FOGWATCH_NO_BUNDLE=1), for a byte-for-byte comparison before and after a change:
#   bench/extract-snapshot.sh INPUTS OUT [CMD]    then    bench/extract-snapshot.sh --cmp OLD NEW
set -eu
if [ "${1:-}" = "--cmp" ]; then
  status=0
  for f in "$2"/*.jsonl; do
    n=$(basename "$f")
    if cmp -s "$f" "$3/$n"; then echo "same    $n"; else echo "DIFFERS $n"; status=1; fi
  done
  exit $status
fi
in=$1; out=$2; cmd=${3:-./bin/fogwatch}
mkdir -p "$out"
for f in "$in"/*.jsonl; do
  n=$(basename "$f" .jsonl)
  "$cmd" extract --format jsonl "$f" > "$out/$n.bundle.jsonl"
  FOGWATCH_NO_BUNDLE=1 "$cmd" extract --format jsonl "$f" > "$out/$n.tsx.jsonl"
done
