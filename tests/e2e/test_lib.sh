#!/usr/bin/env bash
# The test library itself (lib.sh): `finish` fails after zero checks, after
# fewer checks than the script states, without a stated minimum, and after a
# failed check; it passes only with enough checks and no failure.
source "$(dirname "$0")/lib.sh"
LIB="$(cd "$(dirname "$0")" && pwd)/lib.sh"

# outcome BODY: runs a script sourcing lib.sh with BODY, in its own scratch
# folder; prints its exit code and last line.
outcome() {
  printf 'source "%s"\n%s\n' "$LIB" "$1" >"$SCRATCH/child.sh"
  local out rc
  out=$(TMPDIR="$SCRATCH" bash "$SCRATCH/child.sh" 2>&1)
  rc=$?
  echo "$rc|$(tail -1 <<<"$out")"
}
# expect_outcome BODY RC LAST_LINE DESCRIPTION
expect_outcome() {
  CHECKS=$((CHECKS + 1))
  local got
  got=$(outcome "$1")
  [ "$got" = "$2|$3" ] || fail "$4: got '$got', expected '$2|$3'"
}

expect_outcome 'finish 1' 1 "0 passed, 1 failed" "zero checks fail"
expect_outcome 'CHECKS=3; finish 4' 1 "2 passed, 1 failed" "fewer checks than the minimum fail"
expect_outcome 'CHECKS=3; finish' 1 "2 passed, 1 failed" "no minimum stated fails"
expect_outcome 'CHECKS=3; finish 0' 1 "2 passed, 1 failed" "a minimum of 0 fails"
expect_outcome 'CHECKS=3; finish x' 1 "2 passed, 1 failed" "a minimum that is not a number fails"
expect_outcome 'run true; expect_rc 1 "x"; finish 1' 1 "0 passed, 1 failed" "a failed check fails"
expect_outcome 'run true; expect_rc 0 "x"; finish 1' 0 "1 passed, 0 failed" "enough checks, none failed, pass"
expect_outcome 'CHECKS=5; finish 5' 0 "5 passed, 0 failed" "exactly the minimum passes"
# A passing script removes its scratch folder; a failing one keeps it.
mkdir "$SCRATCH/pass" "$SCRATCH/fail"
printf 'source "%s"\nCHECKS=1\nfinish 1\n' "$LIB" >"$SCRATCH/pass.sh"
printf 'source "%s"\nfinish 1\n' "$LIB" >"$SCRATCH/fail.sh"
TMPDIR="$SCRATCH/pass" bash "$SCRATCH/pass.sh" >/dev/null 2>&1
TMPDIR="$SCRATCH/fail" bash "$SCRATCH/fail.sh" >/dev/null 2>&1
CHECKS=$((CHECKS + 1))
[ -z "$(ls -A "$SCRATCH/pass")" ] || fail "a passing script left its scratch folder"
CHECKS=$((CHECKS + 1))
[ "$(find "$SCRATCH/fail" -mindepth 1 -maxdepth 1 -name 'ftsu-e2e.*' | wc -l)" = 1 ] \
  || fail "a failing script did not keep its scratch folder"
finish 10
