#!/usr/bin/env bash
# bash completion (completions/ftsu-gap.bash): the completion function is
# driven as bash drives it (COMP_WORDS, COMP_CWORD, then COMPREPLY) in a
# bash without start-up files, against the built binary.
source "$(dirname "$0")/lib.sh"

script=$FTSU_SOURCE_DIR/completions/ftsu-gap.bash
cd "$SCRATCH" || exit 1
mkdir -p sub checklists
: >answers-2026.yaml
: >notes.txt
sed 's/^id: example-local-champions/id: local-extra/' \
  "$FTSU_SOURCE_DIR/examples/local-checklist.yaml" >checklists/local.yaml

# complete WORD...: what bash offers for `ftsu-gap WORD...`, the last word
# being the one completed, one a line, sorted.
complete() {
  bash --norc --noprofile -c '
    source "$1"
    shift
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    _ftsu_gap
    printf "%s\n" "${COMPREPLY[@]}"' bash "$script" "$FTSU_GAP" "$@" | sort
}

# expect_completion WORDS... -- EXPECTED...: bash offers exactly EXPECTED.
expect_completion() {
  local words=() expected
  while [ "$1" != -- ]; do
    words+=("$1")
    shift
  done
  shift
  expected=$(printf '%s\n' "$@" | sort)
  got=$(complete "${words[@]}")
  CHECKS=$((CHECKS + 1))
  if [ "$got" != "$expected" ]; then
    fail "ftsu-gap ${words[*]}<TAB>: got [$(tr '\n' ' ' <<<"$got")], expected [$*]"
  fi
}

# formats COMMAND ARGUMENT...: the formats the program itself offers after
# `ftsu-gap COMMAND ARGUMENT... --format` (its __complete, which reads the
# command's format table), one a line.
formats() {
  "$FTSU_GAP" __complete "$@" --format "" | grep -v '^:'
}

# expect_formats COMMAND FORMAT...: the program offers COMMAND at least two
# formats (so a list that came back empty cannot pass the checks below).
expect_formats() {
  local command=$1
  shift
  CHECKS=$((CHECKS + 1))
  [ "$#" -ge 2 ] || fail "ftsu-gap __complete $command ... --format offers [$*]: fewer than two"
}

run bash --norc --noprofile -c "source '$script'; complete -p ftsu-gap"
expect_match "$OUT" "^complete -F _ftsu_gap ftsu-gap\$" "the script registers _ftsu_gap for ftsu-gap"

# Commands (never the hidden __complete).
expect_completion "" -- actions aggregate assess check diff export help import init list merge report show trend validate
expect_completion rep -- report
expect_completion help r -- report
expect_completion frobnicate "" --

# Options: the command's own and the global ones, which work after it too.
expect_completion report --fa -- --fail-under --fail-if-capped --fail-on-overdue --fail-on-disagreement
expect_completion report x.yaml --co -- --compare --color
expect_completion show x --f -- --format
expect_completion --q -- --quiet
expect_completion --v -- --version

# Choices, from each command's own format table: bash offers what the
# program does, for every command with --format.
mapfile -t report_formats < <(formats report x.yaml)
expect_formats report "${report_formats[@]}"
expect_completion report x.yaml --format "" -- "${report_formats[@]}"
for command in show actions diff trend aggregate; do
  mapfile -t command_formats < <(formats "$command" x.yaml)
  expect_formats "$command" "${command_formats[@]}"
  expect_completion "$command" x.yaml --format "" -- "${command_formats[@]}"
done
expect_completion report x.yaml --color "" -- auto always never
expect_completion --color n -- never

# --name=value, which bash splits at the '=' into three words.
mapfile -t h_formats < <(printf '%s\n' "${report_formats[@]}" | grep '^h')
expect_completion report x.yaml --format = h -- "${h_formats[@]}"
expect_completion report x.yaml --format = -- "${report_formats[@]/#/=}"

# Checklist ids and versions from the catalog, with files beside them.
expect_completion show ngo -- ngo-case-reviews
expect_completion show ngo-case-reviews@ -- ngo-case-reviews@2026.1 ngo-case-reviews@2026.2 ngo-case-reviews@2027.1
expect_completion show --checklist-dir checklists loc -- local-extra
expect_completion init l -- leaders-guide-2022
expect_completion validate --checklist ftsu -- ftsu-policy-2022
FTSU_GAP_CHECKLISTS=$SCRATCH/checklists expect_completion show local -- local-extra

# Profile keys and section ids of the checklist named on the line.
expect_completion init ngo-case-reviews -o a.yaml --profile "" -- primary-care trust
expect_completion assess ngo-case-reviews -o a.yaml --section guardian -- guardian-role
expect_completion assess -o a.yaml --section guardian -- guardian-role
# The checklist of the answers file assess resumes, or init starts from.
"$FTSU_GAP" init local-extra --checklist-dir checklists -o local-answers.yaml >/dev/null 2>&1
expect_completion assess -o local-answers.yaml --checklist-dir checklists --section "" -- network support
expect_completion init --from "$FTSU_SOURCE_DIR/examples/example-trust-2025-26.yaml" --profile "" -- primary-care trust
mapfile -t sections < <(complete assess ngo-case-reviews@2026.1 --section "")
CHECKS=$((CHECKS + 1))
[ "${#sections[@]}" -ge 5 ] || fail "assess --section offers ${#sections[@]} section ids"

# Files where a file is expected, folders where a folder is.
expect_completion report ans -- answers-2026.yaml
expect_completion report x.yaml -o n -- notes.txt
expect_completion validate a.yaml s -- sub
expect_completion list --checklist-dir "" -- checklists sub
expect_completion diff answers-2026.yaml no -- notes.txt
# Options that take free text offer nothing.
expect_completion init x --organisation "" --
expect_completion report x.yaml --top "" --

finish 45
