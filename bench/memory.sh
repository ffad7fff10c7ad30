#!/usr/bin/env bash
# Peak memory against input size for the largest legal inputs, and how
# report and assess start-up scale from 2,000 to 200,000 items. Prints
# figures and ratios, never pass/fail thresholds (see bench/README.md).
# Usage: bench/memory.sh [path/to/ftsu-gap]
# Peak RSS comes from /usr/bin/time -v (robust to a loaded machine); times
# are user+system CPU seconds, which a busy machine disturbs less than wall
# time.
set -euo pipefail
ftsu=$(realpath "${1:-build-release/ftsu-gap}")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

gen_checklist() { python3 "$here/gen-large-checklist.py" "$@"; }
gen_answers() { python3 "$here/gen-large-answers.py" "$@"; }

# Inputs just under the 16 MiB limit (16,777,216 bytes).
limit=16700000
gen_checklist 110000 1 >cl.yaml                        # 16.4 MB, 110,000 items
gen_checklist 44000 1 --full >clf.yaml                 # 16.3 MB, every item field
gen_answers 110000 1 >a.yaml                           # one line an answer
gen_answers 110000 1 --seed=2 >b.yaml
gen_answers 110000 1 --full --max-bytes=$limit >af.yaml # long form, evidence, actions
gen_answers 110000 1 --full --seed=2 --max-bytes=$limit >bf.yaml
mkdir agg
for n in 1 2 3 4 5 6 7 8; do
  gen_answers 110000 1 --full --seed=$n --max-bytes=4300000 >"agg/a$n.yaml"
done
echo "inputs (bytes):"
wc -c cl.yaml clf.yaml a.yaml b.yaml af.yaml bf.yaml agg/a1.yaml | sed '$d'

# Runs a command under /usr/bin/time -v; prints its peak RSS, CPU time and
# the ratio of the peak to the bytes of the inputs named after --.
measure() {
  local label=$1
  shift
  local inputs=()
  while [[ $1 != -- ]]; do
    inputs+=("$1")
    shift
  done
  shift
  local bytes
  bytes=$(cat "${inputs[@]}" | wc -c)
  local code=0
  /usr/bin/time -v -o time.txt "$@" >/dev/null 2>err.txt || code=$?
  local rss cpu
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' time.txt)
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u + s}' time.txt)
  awk -v l="$label" -v r="$rss" -v b="$bytes" -v c="$cpu" -v e="$code" 'BEGIN {
    printf "%-34s %8.1f MB in  %8.1f MB peak  %5.1fx  %6.2f s cpu  exit %d\n",
      l, b / 1e6, r * 1024 / 1e6, r * 1024 / b, c, e }'
}

echo
echo "peak RSS / input size:"
ck=(--checklist cl.yaml)
measure "validate checklist" cl.yaml -- "$ftsu" -q validate cl.yaml
measure "validate checklist (every field)" clf.yaml -- "$ftsu" -q validate clf.yaml
measure "validate answers (long form)" cl.yaml af.yaml -- \
  "$ftsu" -q validate --checklist cl.yaml af.yaml
measure "report text (one-line answers)" cl.yaml a.yaml -- "$ftsu" -q report "${ck[@]}" a.yaml
measure "report text (long form)" cl.yaml af.yaml -- "$ftsu" -q report "${ck[@]}" af.yaml
gen_answers 44000 1 --full >af44.yaml
measure "report text (every field, long)" clf.yaml af44.yaml -- \
  "$ftsu" -q report --checklist clf.yaml af44.yaml
measure "report json (one-line answers)" cl.yaml a.yaml -- \
  "$ftsu" -q report "${ck[@]}" a.yaml --format json
measure "report json (long form)" cl.yaml af.yaml -- \
  "$ftsu" -q report "${ck[@]}" af.yaml --format json
measure "report csv (long form)" cl.yaml af.yaml -- \
  "$ftsu" -q report "${ck[@]}" af.yaml --format csv
measure "diff (one-line answers)" cl.yaml a.yaml b.yaml -- "$ftsu" -q diff "${ck[@]}" a.yaml b.yaml
measure "diff (long form)" cl.yaml af.yaml bf.yaml -- "$ftsu" -q diff "${ck[@]}" af.yaml bf.yaml
measure "diff json (long form)" cl.yaml af.yaml bf.yaml -- \
  "$ftsu" -q diff "${ck[@]}" af.yaml bf.yaml --format json
cp af.yaml assess.yaml
measure "assess start-up (long form, q)" cl.yaml af.yaml -- \
  sh -c "printf 'q\n' | '$ftsu' -q assess cl.yaml -o assess.yaml"
measure "aggregate 8 x 4.3 MB, --jobs 1" cl.yaml agg/*.yaml -- \
  "$ftsu" -q aggregate "${ck[@]}" --jobs 1 agg/*.yaml --format json
measure "aggregate 8 x 4.3 MB" cl.yaml agg/*.yaml -- \
  "$ftsu" -q aggregate "${ck[@]}" agg/*.yaml --format json

# Scale: 200,000 items against 2,000 (linear means about 100x).
echo
echo "200,000 items against 2,000 (best CPU seconds, user+system; linear is about 100x):"
gen_checklist 2000 100 --compact >c200k.yaml
gen_checklist 20 100 --compact >c2k.yaml
gen_answers 2000 100 >a200k.yaml
gen_answers 20 100 >a2k.yaml
gen_answers 2000 100 --seed=2 >b200k.yaml
gen_answers 20 100 --seed=2 >b2k.yaml
cpu() { python3 "$here/cpu-time.py" "$@"; }
ratio() {
  local label=$1 small=$2 large=$3
  awk -v l="$label" -v s="$small" -v g="$large" 'BEGIN {
    printf "%-34s %8.4f s   %8.4f s   %6.0fx\n", l, s, g, (s > 0 ? g / s : 0) }'
}
printf '%-34s %10s   %10s   %7s\n' "" "2,000" "200,000" "ratio"
for format in text json; do
  ratio "report $format" \
    "$(cpu --runs=5 "$ftsu" -q report --checklist c2k.yaml a2k.yaml --format $format)" \
    "$(cpu --runs=2 "$ftsu" -q report --checklist c200k.yaml a200k.yaml --format $format)"
done
ratio "diff text" \
  "$(cpu --runs=5 "$ftsu" -q diff --checklist c2k.yaml a2k.yaml b2k.yaml)" \
  "$(cpu --runs=2 "$ftsu" -q diff --checklist c200k.yaml a200k.yaml b200k.yaml)"
# assess reads the answers, asks the first unanswered item, and quits
# (saving, and printing the session's summary).
start_assess() {
  cp "$1" s.yaml
  cpu --stdin='q\n' "$ftsu" -q assess "$2" -o s.yaml
}
best_small=""
for _ in 1 2 3 4 5; do
  t=$(start_assess a2k.yaml c2k.yaml)
  best_small=$(awk -v a="$t" -v b="${best_small:-$t}" 'BEGIN {print (a < b ? a : b)}')
done
ratio "assess start-up (q)" "$best_small" "$(start_assess a200k.yaml c200k.yaml)"
echo "process start (--version): $(cpu --runs=5 "$ftsu" --version) s"

# The densest legal shape: 200,000 items in flow style (8.7 MB) and one-line
# answers (4 MB each), the most items, so the most memory, per input byte.
echo
echo "peak RSS / input size at 200,000 items (the most items per byte):"
c2=(--checklist c200k.yaml)
measure "report text" c200k.yaml a200k.yaml -- "$ftsu" -q report "${c2[@]}" a200k.yaml
measure "report json" c200k.yaml a200k.yaml -- \
  "$ftsu" -q report "${c2[@]}" a200k.yaml --format json
measure "diff text" c200k.yaml a200k.yaml b200k.yaml -- \
  "$ftsu" -q diff "${c2[@]}" a200k.yaml b200k.yaml
measure "diff json" c200k.yaml a200k.yaml b200k.yaml -- \
  "$ftsu" -q diff "${c2[@]}" a200k.yaml b200k.yaml --format json
cp a200k.yaml s.yaml
measure "assess start-up (q)" c200k.yaml a200k.yaml -- \
  sh -c "printf 'q\n' | '$ftsu' -q assess c200k.yaml -o s.yaml"
