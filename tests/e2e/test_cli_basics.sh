#!/usr/bin/env bash
# --help, --version, usage errors and the exit codes of docs/spec.md#exit-codes.
source "$(dirname "$0")/lib.sh"

run "$FTSU_GAP" --version
expect_rc 0 "--version"
version=$(sed -n 's/^project(ftsu-gap VERSION \([0-9.]*\).*/\1/p' "$FTSU_SOURCE_DIR/CMakeLists.txt")
expect_match "$OUT" "^ftsu-gap $version\$" "--version prints the CMake project version"
# Then every bundled checklist with its versions, as the source tree has them.
expect_match "$OUT" "^bundled checklists:\$" "--version lists the bundled checklists"
for dir in "$FTSU_SOURCE_DIR"/checklists/*/; do
  id=$(basename "$dir")
  versions=$(cd "$dir" && ls -- *.yaml | sed 's/\.yaml$//' | sort -V | tr '\n' ' ' | sed 's/ $//')
  expect_match "$OUT" "^  $id $versions\$" "--version lists $id $versions"
done

run "$FTSU_GAP" --help
expect_rc 0 "--help"
help=$OUT
for cmd in list show validate; do
  expect_match "$help" "$cmd" "--help lists $cmd"
  run "$FTSU_GAP" "$cmd" --help
  expect_rc 0 "$cmd --help"
  expect_match "$OUT" "Usage|usage|USAGE" "$cmd --help prints usage"
done

# help and help COMMAND print what --help prints.
run "$FTSU_GAP" help
expect_rc 0 "help"
expect_match "$OUT" "report" "help lists the commands"
CHECKS=$((CHECKS + 1))
[ "$OUT" = "$help" ] || fail "help differs from --help"
for cmd in report assess help; do
  run "$FTSU_GAP" "$cmd" --help
  cmd_help=$OUT
  run "$FTSU_GAP" help "$cmd"
  expect_rc 0 "help $cmd"
  expect_match "$OUT" "ftsu-gap $cmd" "help $cmd names the command"
  CHECKS=$((CHECKS + 1))
  [ "$OUT" = "$cmd_help" ] || fail "help $cmd differs from $cmd --help"
done
run "$FTSU_GAP" report --help
expect_match "$OUT" "Global options, before or after the command: --color" "a command's --help names the global options"
run "$FTSU_GAP" help frobnicate
expect_rc 2 "help for an unknown command"
expect_match "$ERR" "^ftsu-gap: error: unknown command 'frobnicate'" "help names the unknown command"
run "$FTSU_GAP" help report extra
expect_rc 2 "help with two commands"

# The global options work before and after the command, and mean the same.
example=$FTSU_SOURCE_DIR/examples/example-trust-2025-26.yaml
run "$FTSU_GAP" --color never report "$example"
expect_rc 0 "--color before the command"
before=$OUT
run "$FTSU_GAP" report "$example" --color never
expect_rc 0 "--color after the command"
CHECKS=$((CHECKS + 1))
[ "$OUT" = "$before" ] || fail "--color never after the command gives another report"
run "$FTSU_GAP" report --color=never "$example"
expect_rc 0 "--color=never between the command's arguments"
run "$FTSU_GAP" report "$example" --color sometimes
expect_rc 2 "a bad --color after the command"
run "$FTSU_GAP" report "$example" --color
expect_rc 2 "--color without its value after the command"
# -q after the command silences what it silences before it: the warning
# for a checklist version that is not found, and the ok line.
sed 's/^checklist_version: .*/checklist_version: "1999.1"/' "$example" >"$SCRATCH/old-version.yaml"
run "$FTSU_GAP" validate "$SCRATCH/old-version.yaml"
expect_match "$ERR" "warning" "a missing checklist version warns"
run "$FTSU_GAP" -q validate "$SCRATCH/old-version.yaml"
expect_no_match "$ERR" "warning" "-q before the command: no warning"
quiet_before="$RC:$OUT"
run "$FTSU_GAP" validate "$SCRATCH/old-version.yaml" -q
expect_no_match "$ERR" "warning" "-q after the command: no warning"
expect_no_match "$OUT" "ok" "-q after the command: no ok line"
CHECKS=$((CHECKS + 1))
[ "$RC:$OUT" = "$quiet_before" ] || fail "-q after the command differs from before it"
run "$FTSU_GAP" list --quiet
expect_rc 0 "--quiet after list"
run "$FTSU_GAP" report --version
expect_rc 0 "--version after a command"
expect_match "$OUT" "^ftsu-gap $version\$" "--version after a command prints the version"
# A global option does not make a command of a word.
run "$FTSU_GAP" -q frobnicate
expect_rc 2 "unknown command after -q"
run "$FTSU_GAP" --color never frobnicate
expect_rc 2 "unknown command after --color never"

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
