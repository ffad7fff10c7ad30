#!/usr/bin/env bash
# Instructions executed at 2,000 and at 200,000 items, counted by valgrind's
# callgrind, for report, diff and assess start-up. The count does not depend
# on what else the machine runs or on its caches, so its ratio shows whether
# the work grows linearly (about 100x) apart from the memory hierarchy,
# which the CPU-time ratios of bench/memory.sh include. Takes about ten
# minutes (callgrind runs a program some 50 times slower).
# Usage: bench/instructions.sh [path/to/ftsu-gap]
set -euo pipefail
ftsu=$(realpath "${1:-build/ftsu-gap}")
here=$(cd "$(dirname "$0")" && pwd)
command -v valgrind >/dev/null || { echo "instructions.sh: needs valgrind" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
for n in 2k:20 200k:2000; do
  name=${n%%:*} sections=${n##*:}
  python3 "$here/gen-large-checklist.py" "$sections" 100 --compact >"c$name.yaml"
  python3 "$here/gen-large-answers.py" "$sections" 100 >"a$name.yaml"
  python3 "$here/gen-large-answers.py" "$sections" 100 --seed=2 >"b$name.yaml"
done
# count NAME COMMAND...: the instructions the command executed (log in NAME.log).
count() {
  local out=$1
  shift
  valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$@" >/dev/null 2>"$out.log" </dev/null || true
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$out.log"
}
count_assess() {
  cp "a$1.yaml" "s$1.yaml"
  printf 'q\n' >q.txt
  valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$ftsu" -q assess "c$1.yaml" \
    -o "s$1.yaml" <q.txt >/dev/null 2>"assess$1.log" || true
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "assess$1.log"
}
row() {
  awk -v l="$1" -v s="$2" -v g="$3" 'BEGIN {
    printf "%-22s %16.0f %16.0f %7.1fx\n", l, s, g, g / s }'
}
printf '%-22s %16s %16s %8s\n' "" "2,000 items" "200,000 items" "ratio"
for format in text json; do
  row "report $format" \
    "$(count r2k "$ftsu" -q report --checklist c2k.yaml a2k.yaml --format $format)" \
    "$(count r200k "$ftsu" -q report --checklist c200k.yaml a200k.yaml --format $format)"
done
row "diff text" \
  "$(count d2k "$ftsu" -q diff --checklist c2k.yaml a2k.yaml b2k.yaml)" \
  "$(count d200k "$ftsu" -q diff --checklist c200k.yaml a200k.yaml b200k.yaml)"
row "assess start-up (q)" "$(count_assess 2k)" "$(count_assess 200k)"
