#!/usr/bin/env bash
# Every file of the YAML test suite (none is a checklist) through validate:
# exit 3 and a positioned first error line; no crash, hang or sanitizer report.
source "$(dirname "$0")/lib.sh"
corpus=$FTSU_SOURCE_DIR/tests/data/yaml-test-suite
if [ ! -d "$corpus/valid" ]; then
  fail "corpus not found at $corpus"
  finish 402
fi
count=0
for file in "$corpus"/valid/* "$corpus"/invalid/*; do
  count=$((count + 1))
  run timeout 20 "$FTSU_GAP" validate "$file"
  CHECKS=$((CHECKS + 1))
  first=$(head -n 1 <<<"$ERR")
  if [ "$RC" -ne 3 ] || ! grep -Eq "$ERROR_LINE" <<<"$first"; then
    fail "$file: exit $RC, first line: $first"
  fi
  if grep -Eq "Sanitizer|runtime error|terminate called|Aborted" <<<"$ERR"; then
    fail "$file: crash or sanitizer report: $ERR"
  fi
done
echo "corpus files: $count"
[ "$count" -ge 402 ] || fail "expected at least 402 corpus files, found $count"
finish 402
