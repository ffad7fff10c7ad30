#!/usr/bin/env bash
# Benchmarks whole commands on generated inputs and prints ratios, never
# pass/fail thresholds. Usage: bench/run.sh [path/to/ftsu-gap]
# Needs a Release build for meaningful figures:
#   cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release && cmake --build build-release
set -euo pipefail
ftsu=${1:-build-release/ftsu-gap}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/gen-large-checklist.py" 20000 1 >"$work/large-20k.yaml"
python3 "$here/gen-large-checklist.py" 20000 1 --full >"$work/large-20k-full.yaml"
python3 "$here/gen-large-checklist.py" 2000 1 >"$work/large-2k.yaml"
ls -l "$work"/large-*.yaml | awk '{print $5, $9}'
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 2 --runs 10 \
    "$ftsu validate $work/large-2k.yaml" \
    "$ftsu validate $work/large-20k.yaml" \
    "$ftsu validate $work/large-20k-full.yaml" \
    "$ftsu --version"
else
  for f in large-2k large-20k large-20k-full; do
    /usr/bin/time -f "$f: %e s, %M KiB max RSS" "$ftsu" -q validate "$work/$f.yaml"
  done
fi
# aggregate: 2,000 answers files to the bundled case-review checklist, one
# thread against every core (a ratio, not a threshold).
mkdir -p "$work/agg"
"$ftsu" show ngo-case-reviews --format json | python3 -c '
import json, random, sys
random.seed(7)
ids = [i["id"] for s in json.load(sys.stdin)["sections"] for i in s["items"]]
for n in range(2000):
    with open("%s/a%04d.yaml" % (sys.argv[1], n), "w") as out:
        out.write("format: ftsu-gap/answers/v1\nchecklist: ngo-case-reviews\nchecklist_version: \"2026.1\"\nanswers:\n")
        for i in ids:
            out.write("  %s: %s\n" % (i, random.choice(["met", "partial", "not-met", "na", ""])))
' "$work/agg"
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs 5 \
    "$ftsu aggregate $work/agg/a*.yaml --format json -o $work/agg.json --jobs 1" \
    "$ftsu aggregate $work/agg/a*.yaml --format json -o $work/agg.json"
fi
for f in large-20k large-20k-full; do
  /usr/bin/time -f "$f: %e s wall, %M KiB max RSS" "$ftsu" -q validate "$work/$f.yaml"
done
