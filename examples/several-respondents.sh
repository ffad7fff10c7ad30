#!/usr/bin/env bash
# Several respondents (docs/respondents.md), on the example trust's 2025/26:
# the FTSU guardian, the executive lead and the non-executive lead answered
# apart; their answers are merged and the board's papers written, with
# "Where you disagree" after the section scores. The non-executive lead left
# one mandatory item blank (sa-protected-disclosure-clause): merge warns,
# the papers show it as not answered and their scores count only what they
# answered, with their coverage. The guardian and the executive lead gave
# different actions on inv-timescale-set: each stays an action of its own,
# with its own owner and due date.
#
#   examples/several-respondents.sh [OUT_DIR]
#
# Writes OUT_DIR/answers-2025-26.yaml (the merged file; the same as
# examples/example-trust-2025-26-merged.yaml but for its first line),
# report.html, report.md and action-plan.csv, then prints the text report's
# disagreements and the actions of the two owners of inv-timescale-set. Exits 1, after writing everything, when any item is two
# scale steps apart (report --fail-on-disagreement 1): in the example, two
# are.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ftsu=${FTSU_GAP:-ftsu-gap}
if ! command -v "$ftsu" >/dev/null 2>&1; then
  ftsu=$here/../build/ftsu-gap
fi
out=${1:-several-respondents}
mkdir -p "$out"
merged=$out/answers-2025-26.yaml
"$ftsu" merge "$here/example-trust-2025-26-guardian.yaml" \
  "$here/example-trust-2025-26-exec-lead.yaml" \
  "$here/example-trust-2025-26-ned.yaml" -o "$merged"
"$ftsu" report "$merged" --format html -o "$out/report.html"
"$ftsu" report "$merged" --format markdown -o "$out/report.md"
"$ftsu" report "$merged" --format csv -o "$out/action-plan.csv"
"$ftsu" report "$merged" --format text | sed -n '/^Where you disagree$/,/^Items answered differently/p'
"$ftsu" actions "$merged" --owner "Chief Executive"
"$ftsu" actions "$merged" --owner "Head of Employee Relations" | head -n 1
"$ftsu" report "$merged" --format json --fail-on-disagreement 1 -o "$out/report.json"
