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
expect_rc 1 "the audit fails on the example's real regression"
expect_match "$ERR" "gate failed: 1 item regressed" "says why"
expect_match "$OUT" "guardian-ring-fenced-time: Met -> Partially met" "names the regression"
CHECKS=$((CHECKS + 1))
[ -s out/diff.md ] || fail "out/diff.md not written"

# Fixed: the guardian's ring-fenced time restored.
python3 - "$examples/example-trust-2025-26.yaml" fixed.yaml <<'PY'
import sys
text = open(sys.argv[1]).read()
start = text.index("  guardian-ring-fenced-time:")
answer = text.index("answer: partial", start)
open(sys.argv[2], "w").write(text[:answer] + "answer: met" + text[answer + len("answer: partial"):])
PY
run bash "$audit" "$examples/example-trust-2024-25.yaml" fixed.yaml out
expect_rc 0 "the audit passes once the regression is fixed"

# Without arguments: the example trust's last two years, 2026/27 on
# checklist version 2026.2 and 2027/28 on 2027.1.
mkdir default && cd default
run bash "$audit"
expect_rc 1 "the default run fails on the 2027/28 regression"
expect_match "$OUT" "handling-process-monitored: Met -> Partially met" "names it, across checklist versions"
CHECKS=$((CHECKS + 1))
grep -qF '`ngo-case-reviews` 2026.2 → `ngo-case-reviews` 2027.1' annual-audit/diff.md ||
  fail "annual-audit/diff.md does not name both checklist versions"
finish 14
