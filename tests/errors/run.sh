#!/usr/bin/env bash
# Error tests (Snowball's tests/errors): each broken dictionary under kb/
# must stop loading with exactly the message in its `expected` file; the
# bad documents of input/bad.jsonl must each be named on stderr as
# input/bad.expected says, while the good documents around them are coded;
# pathological inputs must finish within their time bound.
set -u
bin=$1; data=$2
here=$(cd "$(dirname "$0")" && pwd)
pass=0; fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }

cd "$here/kb"
for d in */; do
  d=${d%/}
  got=$("$bin" code --data "$d" < /dev/null 2>&1 >/dev/null); rc=$?
  want=$(cat "$d/expected")
  if [ "$rc" -eq 2 ] && [ "$got" = "$want" ]; then ok; else bad "kb/$d: exit $rc, got '$got', want '$want'"; fi
done

# warta kb check: each dictionary under check/ gives exactly its expected report
cd "$here/check"
for d in */; do
  d=${d%/}
  got=$(cd "$d" && "$bin" kb check --data .); rc=$?
  want=$(cat "$d/expected")
  errs=$(printf '%s\n' "$want" | tail -1 | cut -d' ' -f1)
  wrc=0; [ "$errs" = 0 ] || wrc=1
  if [ "$rc" -eq "$wrc" ] && [ "$got" = "$want" ]; then ok; else bad "check/$d: exit $rc, got '$got', want '$want'"; fi
done

cd "$here/input"
out=$("$bin" code --data "$data" bad.jsonl 2>err.txt); rc=$?
if [ "$rc" -eq 1 ]; then ok; else bad "input: exit $rc, want 1 (something skipped)"; fi
if diff -u bad.expected err.txt; then ok; else bad "input: messages differ"; fi
for id in good-1 good-2; do
  if printf '%s\n' "$out" | grep -q "\"doc_id\":\"$id\""; then ok; else bad "input: no event for $id"; fi
done
rm -f err.txt

# pathological inputs, each with a time bound
tmp=$(mktemp -d)
python3 - "$tmp" <<'PY'
import json, sys
d = sys.argv[1]
big = ("Peru mengusir duta besar Meksiko dan " * 280000)[:10_000_000]   # one 10 MB sentence
with open(f"{d}/big.jsonl", "w") as f:
    f.write(json.dumps({"id": "big", "lang": "id", "doc_date": "2025-11-07", "text": big}) + "\n")
tok = "a" * 1_000_000                                                  # a 1 MB token
nest = "(" * 100000 + "Peru" + ")" * 100000                            # deep brackets
quotes = '"' * 200000
with open(f"{d}/odd.jsonl", "w") as f:
    for i, t in enumerate([tok, nest, quotes, "." * 500000, "\u00e9" * 300000]):
        f.write(json.dumps({"id": f"odd-{i}", "lang": "en", "doc_date": "2025-11-07", "text": t}) + "\n")
PY
for f in big odd; do
  if timeout 120 "$bin" code --data "$data" "$tmp/$f.jsonl" > "$tmp/$f.out" 2>"$tmp/$f.err"; then ok
  else bad "pathological $f: exit $? ($(head -c 200 "$tmp/$f.err"))"; fi
done
if [ "$(grep -c '"doc_id":"big"' "$tmp/big.out")" -ge 1 ]; then ok; else bad "big: no events from a 10 MB sentence"; fi
# random documents from a fixed seed: every one is coded or named, none crashes
python3 - "$tmp" <<'PY'
import json, random, sys
random.seed(7)
words = ["Presiden", "Indonesia", "menyerang", "oleh", "yang", "tidak", "the", "police", "arrested", "by", "who",
         "and", "dan", "(", ")", '"', "'s", "U.S.", "Senin", "(3/11)", "2022", "63-33", ",", ".", "kedua", "negara",
         "mereka", "it", "they", "menuduh", "bahwa", "that", "said", "kata", "di", "in", "Lima", "Gaza", "tewas",
         "killed", "5", "lima", "akan", "will", "agreed", "sepakat", "saling", "each", "other", "memperkuat",
         "pengusiran", "diusir", "ambassador", "duta", "besar", "\u00e9", "\u2019", "\u2014", "\U0001F600"]
with open(sys.argv[1] + "/random.jsonl", "w") as f:
    for i in range(2000):
        t = " ".join(random.choice(words) for _ in range(random.randint(0, 120)))
        if random.random() < 0.1:
            t = t.replace(" ", "")
        d = {"id": "r%d" % i, "doc_date": random.choice(["2025-11-07", "2020-02-29"]), "text": t}
        if random.random() < 0.8:
            d["lang"] = random.choice(["id", "en", "auto"])
        f.write(json.dumps(d) + "\n")
PY
timeout 120 "$bin" code --data "$data" "$tmp/random.jsonl" > /dev/null 2> "$tmp/random.err"; rc=$?
if [ "$rc" -le 1 ]; then ok; else bad "random documents: exit $rc ($(head -c 200 "$tmp/random.err"))"; fi
rm -rf "$tmp"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
