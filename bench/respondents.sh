#!/usr/bin/env bash
# Merged files of many respondents (issue 29): time and peak memory of
# `report` (text, with "Where you disagree"; JSON; xlsx) and of `merge` (a
# merged file merged again) at 1,000 and 10,000 respondents, each on 5 and
# 53 items. Prints figures, never pass/fail thresholds (bench/README.md;
# docs/performance.md, "Merged files of many respondents").
# Usage: bench/respondents.sh [path/to/ftsu-gap]
# Peak RSS comes from /usr/bin/time -v; times are wall and user+system CPU
# seconds of one run (the machine's load moves them; compare ratios).
set -euo pipefail
ftsu=$(realpath "${1:-build-rel/ftsu-gap}")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# measure LABEL COMMAND...: one run under /usr/bin/time -v.
measure() {
  local label=$1
  shift
  /usr/bin/time -v -o time.txt "$@" >/dev/null 2>err.txt || {
    echo "$label: exit $? ($(head -c 300 err.txt))"
    return 0
  }
  awk -v label="$label" -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = (n == 3) ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2] }
    /User time/ { user = $2 } /System time/ { sys = $2 }
    /Maximum resident set size/ { rss = $2 }
    END { printf "| %s | %.2f s | %.2f s | %.1f MiB |\n", label, wall, user + sys, rss / 1024 }' time.txt
}

echo "| respondents × items, command | wall | CPU | peak RSS |"
echo "|---|---|---|---|"
for respondents in 1000 10000; do
  for items in 5 53; do
    dir=r$respondents-i$items
    python3 "$here/gen-merged.py" "$dir" "$respondents" "$items"
    size=$(wc -c <"$dir/merged.yaml")
    at="$respondents × $items ($((size / 1024)) KiB)"
    cl=(--checklist "$dir/checklist.yaml")
    measure "$at, validate" "$ftsu" validate "${cl[@]}" "$dir/merged.yaml"
    measure "$at, report (text)" "$ftsu" report "${cl[@]}" "$dir/merged.yaml" -o "$dir/report.txt"
    measure "$at, report --format json" "$ftsu" report "${cl[@]}" "$dir/merged.yaml" --format json -o "$dir/report.json"
    measure "$at, report --format xlsx" "$ftsu" report "${cl[@]}" "$dir/merged.yaml" --format xlsx -o "$dir/report.xlsx"
    measure "$at, merge (again)" "$ftsu" -q merge "${cl[@]}" "$dir/merged.yaml" -o "$dir/again.yaml"
    rm -rf "$dir"
  done
done
