#!/usr/bin/env bash
# --help, --version, usage errors and the exit codes of docs/spec.md#exit-codes.
source "$(dirname "$0")/lib.sh"

run "$FTSU_GAP" --version
expect_rc 0 "--version"
version=$(sed -n 's/^project(ftsu-gap VERSION \([0-9.]*\).*/\1/p' "$FTSU_SOURCE_DIR/CMakeLists.txt")
expect_match "$OUT" "^ftsu-gap $version\$" "--version prints the CMake project version"

run "$FTSU_GAP" --help
expect_rc 0 "--help"
help=$OUT
for cmd in list show validate; do
  expect_match "$help" "$cmd" "--help lists $cmd"
  run "$FTSU_GAP" "$cmd" --help
  expect_rc 0 "$cmd --help"
  expect_match "$OUT" "Usage|usage|USAGE" "$cmd --help prints usage"
done

run "$FTSU_GAP"
expect_rc 2 "no command"
expect_match "$ERR" "^ftsu-gap: error: " "no command: error line"

run "$FTSU_GAP" frobnicate
expect_rc 2 "unknown command"
expect_match "$ERR" "^ftsu-gap: error: unknown command 'frobnicate'" "unknown command named"
run "$FTSU_GAP" frobnicate --help
expect_rc 2 "unknown command with --help is still an error"

run "$FTSU_GAP" list --frobnicate
expect_rc 2 "unknown flag"
expect_match "$ERR" "frobnicate" "unknown flag is named"

run "$FTSU_GAP" show
expect_rc 2 "missing argument"

run "$FTSU_GAP" show ngo-case-reviews --format pdf
expect_rc 2 "a format show does not write"

run "$FTSU_GAP" --color sometimes list
expect_rc 2 "bad --color value"

run "$FTSU_GAP" show no-such-checklist
expect_rc 2 "an unknown checklist id"
expect_match "$ERR" "no checklist 'no-such-checklist'" "unknown id named"

run "$FTSU_GAP" show ngo-case-review
expect_rc 2 "a near-miss checklist id"
expect_match "$ERR" "did you mean 'ngo-case-reviews'" "did-you-mean for ids"

run "$FTSU_GAP" show ngo-case-reviews@1999.1
expect_rc 2 "an unknown version"
expect_match "$ERR" "has no version '1999.1'; known versions: 2026.1" "known versions listed"

finish 28
