#!/usr/bin/env bash
# Throughput and peak memory of `warta code` on one core: sentences per
# second, MB of text per second, peak resident memory.  The knowledge base
# load is measured apart (an empty input) and subtracted.
#   bench/run.sh [N_DOCS]     (default 20000 documents, 160000 sentences)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20000}
bin=build/warta
[ -x "$bin" ] || ./setup.sh
tmp=$(mktemp -d)
python3 bench/gen_corpus.py "$n" "$tmp/corpus.jsonl"
bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$tmp/corpus.jsonl")
sents=$((n * 8))
t0=$(date +%s.%N); "$bin" code < /dev/null > /dev/null; t1=$(date +%s.%N)
/usr/bin/env time -f "%M" -o "$tmp/mem" taskset -c 0 "$bin" code "$tmp/corpus.jsonl" > "$tmp/events.jsonl" 2>/dev/null || true
t2=$(date +%s.%N)
load=$(echo "$t1 - $t0" | bc -l)
run=$(echo "$t2 - $t1 - $load" | bc -l)
events=$(wc -l < "$tmp/events.jsonl")
printf 'documents %d, sentences %d, text %.1f MB, events %d\n' "$n" "$sents" "$(echo "$bytes/1000000" | bc -l)" "$events"
printf 'knowledge base load: %.3f s\n' "$load"
printf 'coding: %.3f s = %.0f sentences/s, %.2f MB/s on one core\n' "$run" "$(echo "$sents/$run" | bc -l)" "$(echo "$bytes/1000000/$run" | bc -l)"
printf 'peak memory: %.1f MB\n' "$(echo "$(cat "$tmp/mem")/1024" | bc -l)"
rm -rf "$tmp"
