#!/usr/bin/env bash
# The seed article (../shared/seed) must give at least 8 of its 9 gold
# triples and no more than 2 triples that are not gold (issue #2).
set -u
bin=$1; data=$2
shared=$(cd "$(dirname "$0")/../../shared" 2>/dev/null && pwd) || { echo "no ../shared: skipped"; exit 77; }
line=$("$bin" eval --data "$data" "$shared/eval/dev/seed.jsonl" | head -1)
echo "$line"
tp=$(echo "$line" | sed -n 's/.*tp=\([0-9]*\) pred=\([0-9]*\) gold=\([0-9]*\).*/\1/p')
pred=$(echo "$line" | sed -n 's/.*tp=\([0-9]*\) pred=\([0-9]*\) gold=\([0-9]*\).*/\2/p')
[ -n "$tp" ] || { echo "no figures"; exit 1; }
extra=$((pred - tp))
if [ "$tp" -ge 8 ] && [ "$extra" -le 2 ]; then echo "seed: $tp found, $extra extra: ok"; exit 0; fi
echo "seed: $tp found (want >= 8), $extra extra (want <= 2)"; exit 1
