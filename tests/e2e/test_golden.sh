#!/usr/bin/env bash
# Every case of tests/golden/cases.txt, compared byte for byte with its
# golden file. When a change is intended: `make golden`, then review the diff.
# cases.txt states its minimum ("# minimum: N"): fewer cases listed, or a
# golden file that no case writes, fails the test.
source "$(dirname "$0")/lib.sh"
# The HTML pages show the date they were generated: fixed as in regenerate.
export SOURCE_DATE_EPOCH=1774483200
cd "$FTSU_SOURCE_DIR"
cases=tests/golden/cases.txt
minimum=$(sed -n 's/^# minimum: \([0-9][0-9]*\).*/\1/p' "$cases")
CHECKS=$((CHECKS + 1))
[ -n "$minimum" ] || { fail "$cases states no '# minimum: N' line"; minimum=1; }
listed=()
# The names listed, for the check below (a lookup, not `printf | grep -q`,
# whose early exit fails the pipe under pipefail now and then).
declare -A is_listed=()
while IFS='|' read -r name args; do
  name=$(echo "$name" | xargs)
  [ -z "$name" ] || [ "${name:0:1}" = "#" ] && continue
  listed+=("$name")
  is_listed[$name]=1
  eval "set -- $args"
  run "$FTSU_GAP" -q "$@" -o "$SCRATCH/$name"
  expect_rc 0 "golden case $name"
  expect_same "tests/golden/$name" "$SCRATCH/$name" "golden $name (regenerate with 'make golden' if intended)"
done <"$cases"
CHECKS=$((CHECKS + 1))
[ "${#listed[@]}" -ge "$minimum" ] || fail "$cases lists ${#listed[@]} cases, at least $minimum expected"
for file in tests/golden/*; do
  base=${file##*/}
  case $base in cases.txt | regenerate) continue ;; esac
  CHECKS=$((CHECKS + 1))
  [ -n "${is_listed[$base]:-}" ] || fail "tests/golden/$base is written by no case of $cases"
done
finish $((2 * minimum + 2))
