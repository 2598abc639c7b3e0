#!/usr/bin/env bash
# `warta eval` must print what ../shared/eval/score.py prints for the same
# events, on every dev gold file.  Skips (exit 77) where shared/ is absent.
set -u
bin=$1; data=$2
shared=$(cd "$(dirname "$0")/../../shared" 2>/dev/null && pwd) || { echo "no ../shared: skipped"; exit 77; }
fail=0
tmp=$(mktemp -d)
for gold in "$shared"/eval/dev/*.jsonl; do
  "$bin" code --data "$data" "$gold" > "$tmp/ev.jsonl" 2>/dev/null
  python3 "$shared/eval/score.py" "$gold" "$tmp/ev.jsonl" --by-root > "$tmp/py.txt"
  "$bin" eval --by-root --data "$data" "$gold" > "$tmp/c.txt" 2>/dev/null
  if diff -u "$tmp/py.txt" "$tmp/c.txt"; then echo "agree: $(basename "$gold")"; else echo "DIFFER: $(basename "$gold")"; fail=1; fi
done
rm -rf "$tmp"
exit $fail
