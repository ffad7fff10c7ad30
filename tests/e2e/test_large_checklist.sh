#!/usr/bin/env bash
# A legal checklist of 20,000 sections validates (its speed is measured in
# bench/, not asserted here).
source "$(dirname "$0")/lib.sh"
python3 "$FTSU_SOURCE_DIR/bench/gen-large-checklist.py" 20000 1 >"$SCRATCH/large.yaml"
run "$FTSU_GAP" validate "$SCRATCH/large.yaml"
expect_rc 0 "a 20,000-section checklist"
expect_match "$OUT" "ok: checklist large 1 \(20000 items in 20000 sections\)" "all sections read"
finish 2
