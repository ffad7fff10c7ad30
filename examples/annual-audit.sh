#!/usr/bin/env bash
# The scripted annual audit, as a guardian or governance team might run it
# each spring:
#
#   examples/annual-audit.sh LAST_YEAR.yaml THIS_YEAR.yaml [OUT_DIR]
#
# 1. When THIS_YEAR.yaml does not exist yet, it is started from last year's
#    (same checklist, newest version; organisation, profile, open actions
#    with owners and due dates, and evidence marked as carried forward; every
#    answer left to assess afresh), and the script stops so it can be filled
#    in.
# 2. THIS_YEAR.yaml is checked.
# 3. The board's papers are written to OUT_DIR: report.html, report.md and
#    the action plan, action-plan.csv.
# 4. This year is compared with last year (diff.md), and the audit fails
#    (exit 1) when any item got worse, so a regression cannot go unnoticed.
#
# Exit codes: 0 done, 1 an item regressed, others as ftsu-gap's.
# Without arguments it runs on the example trust's last two years, 2026/27
# (checklist version 2026.2) and 2027/28 (version 2027.1, the first after the
# National Guardian's Office closed): diff compares across the versions, and
# the audit fails on the example's one regression.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ftsu=${FTSU_GAP:-ftsu-gap}
if ! command -v "$ftsu" >/dev/null 2>&1; then
  ftsu=$here/../build/ftsu-gap
fi
last=${1:-$here/example-trust-2026-27.yaml}
this=${2:-$here/example-trust-2027-28.yaml}
out=${3:-annual-audit}

if [ ! -e "$this" ]; then
  "$ftsu" init --from "$last" -o "$this"
  echo "Started $this from $last: fill it in (an editor, or ftsu-gap assess), then run this again."
  exit 0
fi

"$ftsu" validate "$this"
mkdir -p "$out"
"$ftsu" report "$this" --format html -o "$out/report.html"
"$ftsu" report "$this" --format markdown -o "$out/report.md"
"$ftsu" report "$this" --format csv -o "$out/action-plan.csv"
"$ftsu" actions "$this" --format markdown -o "$out/actions.md"
echo "Board papers: $out/report.html, $out/report.md, $out/action-plan.csv, $out/actions.md"

"$ftsu" diff "$last" "$this" --format markdown -o "$out/diff.md"
echo "Compared with last year: $out/diff.md"
"$ftsu" diff "$last" "$this" --fail-on-regression
