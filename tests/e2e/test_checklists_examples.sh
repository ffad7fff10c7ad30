#!/usr/bin/env bash
# Every file in checklists/ and examples/ validates.
source "$(dirname "$0")/lib.sh"
shopt -s nullglob
files=("$FTSU_SOURCE_DIR"/checklists/*/*.yaml "$FTSU_SOURCE_DIR"/examples/*.yaml)
CHECKS=$((CHECKS + 1))
[ ${#files[@]} -ge 4 ] || fail "expected the bundled checklists and examples, found ${#files[@]} files"
for file in "${files[@]}"; do
  run "$FTSU_GAP" validate --checklist-dir "$FTSU_SOURCE_DIR/examples" "$file"
  expect_rc 0 "$file validates"
  expect_no_match "$ERR" "warning" "$file has no warnings"
done
finish 29
