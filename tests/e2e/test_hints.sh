#!/usr/bin/env bash
# Hints lead somewhere: each message that suggests a command is provoked,
# the command is taken from the message as printed (placeholders in capitals
# filled in as a user would), and run: it must work (exit 0). A new message
# that names a command adds a case here.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"
ex=$FTSU_SOURCE_DIR/examples
this=$ex/example-trust-2025-26.yaml
last=$ex/example-trust-2024-25.yaml
n=0

# hint_of TEXT: prints the first command quoted in TEXT ('ftsu-gap ...'),
# or after "Next: " / "then:" on a line of its own.
hint_of() {
  local quoted
  quoted=$(grep -oE "'ftsu-gap [^']*'" <<<"$1" | head -n 1 | tr -d "'")
  if [ -z "$quoted" ]; then
    quoted=$(grep -oE "(Next: |^ +)ftsu-gap [^ ].*$" <<<"$1" | head -n 1 | sed -E 's/^(Next: | +)//')
  fi
  printf '%s' "$quoted"
}
# follow TEXT WHAT: runs the hint in TEXT with the placeholders filled in
# (CHECKLIST, FILE: a new file, NAME) and expects exit 0.
follow() {
  local hint new
  hint=$(hint_of "$1")
  n=$((n + 1))
  new="new-$n.yaml"
  CHECKS=$((CHECKS + 1))
  if [ -z "$hint" ]; then
    fail "$2: no command found in: $1"
    return
  fi
  hint=${hint//CHECKLIST/ngo-case-reviews}
  hint=${hint//FILE/$new}
  hint=${hint//NAME/Pat}
  hint=${hint#ftsu-gap }
  # shellcheck disable=SC2086 # the hint is split into words as a shell would
  run "$FTSU_GAP" $hint ${3:-} </dev/null
  expect_rc 0 "$2: 'ftsu-gap $hint'"
}

run "$FTSU_GAP" frobnicate
follow "$ERR" "unknown command"
run "$FTSU_GAP" report --bogus
follow "$ERR" "unknown option"
run "$FTSU_GAP" help frobnicate
follow "$ERR" "help on an unknown command"

# report --compare with a format it cannot show names diff in one it has.
cp "$this" this.yaml
cp "$last" last.yaml
for format in text json csv xlsx; do
  run "$FTSU_GAP" report this.yaml --compare last.yaml --format $format -o out.$format
  expect_rc 2 "report --compare --format $format"
  follow "$ERR" "report --compare --format $format"
done

# init: the next steps, a missing checklist, an existing file.
run "$FTSU_GAP" init ngo-case-reviews --profile trust -o started.yaml
said=$ERR
follow "$said" "after init: assess"
follow "$(grep -E '^ +ftsu-gap ' <<<"$said")" "after init: report"
run "$FTSU_GAP" init -o other.yaml
expect_rc 2 "init without a checklist"
follow "$ERR" "init without a checklist"
run "$FTSU_GAP" init ngo-case-reviews -o started.yaml
expect_rc 4 "init on an existing file"
follow "$ERR" "init on an existing file"

# assess: a new file without a checklist; the summary's next step.
run "$FTSU_GAP" assess -o fresh.yaml </dev/null
expect_rc 2 "assess a new file without a checklist"
# A terminal asks for the profile; a pipe must give it (--profile).
follow "$ERR" "assess without a checklist" "--profile trust"
run "$FTSU_GAP" assess -o started.yaml </dev/null
follow "$OUT" "after assess: report"

# merge: the next step, and a file without its respondent.
run "$FTSU_GAP" merge "$ex/example-trust-2025-26-guardian.yaml" "$ex/example-trust-2025-26-ned.yaml" -o merged.yaml
expect_rc 0 "merge"
follow "$ERR" "after merge: report"
sed '/^respondent:/d' "$ex/example-trust-2025-26-guardian.yaml" >anonymous.yaml
run "$FTSU_GAP" merge anonymous.yaml "$ex/example-trust-2025-26-ned.yaml" -o merged2.yaml
expect_rc 3 "merge of a file without respondent"
follow "$ERR" "merge: a file without its respondent"

# Loading: an unknown item with nothing close; a checklist given as answers.
sed 's/^answers:$/answers:\n  zzzzzzzzzzzzzzzzzzzz: met/' "$this" >unknown.yaml
run "$FTSU_GAP" validate unknown.yaml
expect_rc 3 "an unknown item"
follow "$ERR" "an unknown item"
run "$FTSU_GAP" report "$FTSU_SOURCE_DIR/checklists/ngo-case-reviews/2026.2.yaml"
expect_rc 3 "a checklist where answers are expected"
follow "$ERR" "a checklist where answers are expected"
# The comment at the top of every answers file init writes.
follow "$(grep -oE "Check with: ftsu-gap validate FILE" started.yaml | sed 's/Check with: //; s/^/Next: /; s/FILE/started.yaml/')" \
  "the comment of a new answers file"

finish 40
