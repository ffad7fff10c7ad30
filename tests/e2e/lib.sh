# Helpers for the end-to-end tests: each test script sources this file, runs
# the built binary ($FTSU_GAP) and calls `pass`/`fail`. A scratch folder is
# made for each script and removed when it passes.
set -uo pipefail

: "${FTSU_GAP:?set FTSU_GAP to the built ftsu-gap}"
: "${FTSU_SOURCE_DIR:?set FTSU_SOURCE_DIR to the project folder}"
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/ftsu-e2e.XXXXXX")
FAILURES=0
CHECKS=0
unset NO_COLOR FTSU_GAP_CHECKLISTS

# finish MIN: ends the script. It passes only when no check failed and at
# least MIN checks ran (MIN is at least 1), so a script that silently
# skipped its checks, or a list it reads that came out empty, fails.
finish() {
  local minimum=${1:-}
  if ! [[ "$minimum" =~ ^[1-9][0-9]*$ ]]; then
    fail "finish needs the least number of checks this script runs (got '${minimum}')"
  elif [ "$CHECKS" -lt "$minimum" ]; then
    fail "only $CHECKS checks ran, expected at least $minimum"
  fi
  if [ "$FAILURES" -eq 0 ]; then
    rm -rf "$SCRATCH"
    echo "$CHECKS passed, 0 failed"
    exit 0
  fi
  echo "scratch folder kept: $SCRATCH"
  local passed=$((CHECKS - FAILURES))
  [ "$passed" -ge 0 ] || passed=0
  echo "$passed passed, $FAILURES failed"
  exit 1
}

fail() {
  FAILURES=$((FAILURES + 1))
  echo "FAIL: $*"
}

# run CMD...: runs the command, keeping stdout in $OUT, stderr in $ERR and the
# exit code in $RC.
run() {
  OUT=$("$@" 2>"$SCRATCH/.stderr")
  RC=$?
  ERR=$(cat "$SCRATCH/.stderr")
}

# expect_rc N DESCRIPTION: checks the last run's exit code.
expect_rc() {
  CHECKS=$((CHECKS + 1))
  if [ "$RC" -ne "$1" ]; then
    fail "$2: exit code $RC, expected $1"
    echo "  stdout: ${OUT:0:600}"
    echo "  stderr: ${ERR:0:600}"
  fi
}

# expect_match TEXT REGEX DESCRIPTION: checks that TEXT matches the ERE.
expect_match() {
  CHECKS=$((CHECKS + 1))
  if ! grep -Eq -- "$2" <<<"$1"; then
    fail "$3: /$2/ not found in:"
    echo "${1:0:800}"
  fi
}

# expect_no_match TEXT REGEX DESCRIPTION
expect_no_match() {
  CHECKS=$((CHECKS + 1))
  if grep -Eq -- "$2" <<<"$1"; then
    fail "$3: /$2/ found in:"
    echo "${1:0:800}"
  fi
}

# expect_same FILE_A FILE_B DESCRIPTION: byte-for-byte comparison.
expect_same() {
  CHECKS=$((CHECKS + 1))
  if ! cmp -s "$1" "$2"; then
    fail "$3: $1 and $2 differ"
    diff "$1" "$2" | head -20
  fi
}

# The first line of every error must be GCC style with a position.
ERROR_LINE='^ftsu-gap: error: [^ ].*:[0-9]+:[0-9]+: '
