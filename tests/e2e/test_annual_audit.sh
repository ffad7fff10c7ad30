#!/usr/bin/env bash
# examples/annual-audit.sh on the example trust: it starts next year's file
# when there is none, writes the board papers, and (once `diff` exists)
# fails on the example's real regression.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"
export FTSU_GAP
audit=$FTSU_SOURCE_DIR/examples/annual-audit.sh
examples=$FTSU_SOURCE_DIR/examples

run bash "$audit" "$examples/example-trust-2025-26.yaml" next.yaml out
expect_rc 0 "starting next year's file"
expect_match "$OUT" "Started next.yaml" "says what it did"
run "$FTSU_GAP" validate next.yaml
expect_rc 0 "the started file validates"

run bash "$audit" "$examples/example-trust-2024-25.yaml" "$examples/example-trust-2025-26.yaml" out
for paper in report.html report.md action-plan.csv; do
  CHECKS=$((CHECKS + 1))
  [ -s "out/$paper" ] || fail "board paper out/$paper not written"
done
if "$FTSU_GAP" diff --help >/dev/null 2>&1; then
  expect_rc 1 "the audit fails on the example's regression"
else
  expect_rc 2 "without diff, the audit stops and says what it needs"
  expect_match "$ERR" "needs 'ftsu-gap diff'" "names the missing command"
fi
finish
