#!/usr/bin/env bash
# Every case of tests/golden/cases.txt, compared byte for byte with its
# golden file. When a change is intended: `make golden`, then review the diff.
source "$(dirname "$0")/lib.sh"
# The HTML pages show the date they were generated: fixed as in regenerate.
export SOURCE_DATE_EPOCH=1774483200
cd "$FTSU_SOURCE_DIR"
while IFS='|' read -r name args; do
  name=$(echo "$name" | xargs)
  [ -z "$name" ] || [ "${name:0:1}" = "#" ] && continue
  eval "set -- $args"
  run "$FTSU_GAP" -q "$@" -o "$SCRATCH/$name"
  expect_rc 0 "golden case $name"
  expect_same "tests/golden/$name" "$SCRATCH/$name" "golden $name (regenerate with 'make golden' if intended)"
done <tests/golden/cases.txt
[ "$CHECKS" -ge 76 ] || fail "only $CHECKS checks ran"
finish
