#!/usr/bin/env bash
# assess with standard input not a terminal: one line per prompt, no colour
# or cursor codes, a clean stop with exit 0 at end of input having saved
# what was given; and the file rules: another checklist's file refused,
# comments kept in FILE.orig, x- keys and other data preserved.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"
examples=$FTSU_SOURCE_DIR/examples

printf 'Example Trust\n2026/27\nm\nBoard paper\np\n\nn\n' >input.txt
run "$FTSU_GAP" --color always assess ngo-case-reviews -o p.yaml <input.txt
expect_rc 0 "end of input ends cleanly"
expect_no_match "$OUT$ERR" $'\x1b' "no colour or cursor codes through a pipe, even with --color always"
expect_match "$OUT" "Answered 3 items this session" "summary"
run "$FTSU_GAP" validate p.yaml
expect_match "$OUT" "3 of 48 items answered" "what was given is saved"
python3 -c 'import yaml; d = yaml.safe_load(open("p.yaml")); assert d["period"] == "2026/27", d["period"]; assert d["answers"]["guardian-fair-open-appointment"]["evidence"] == "Board paper"' ||
  fail "PyYAML reads the saved file differently"
CHECKS=$((CHECKS + 1))

# Resume through a pipe: the next unanswered item comes first.
run "$FTSU_GAP" assess ngo-case-reviews -o p.yaml <<<$'x\n'

expect_match "$OUT" "\[1/45\]" "resumes at the first unanswered item"
expect_match "$OUT" "The guardian holds no other role" "the fourth item"

# An empty input stops at once and writes nothing new.
cp p.yaml before.yaml
run "$FTSU_GAP" assess ngo-case-reviews -o p.yaml </dev/null
expect_rc 0 "no input at all"
expect_same before.yaml p.yaml "nothing changed without input"

# Another checklist's file is refused and left alone.
cp "$examples/primary-care-2025-26.yaml" other.yaml
cp other.yaml other.before
run "$FTSU_GAP" assess ngo-case-reviews -o other.yaml </dev/null
expect_rc 3 "another checklist's file"
expect_match "$ERR" "holds answers to checklist 'ftsu-policy-2022', not 'ngo-case-reviews'" "says so"
expect_same other.before other.yaml "the other file is untouched"

# A file with errors is never rewritten.
printf 'format: ftsu-gap/answers/v1\nchecklist: ngo-case-reviews\nchecklist_version: "2026.1"\nanswers:\n  guardian-fair-open-appointment: mett\n' >broken.yaml
cp broken.yaml broken.before
run "$FTSU_GAP" assess ngo-case-reviews -o broken.yaml <<<$'m\n'

expect_rc 3 "a file with an error"
expect_same broken.before broken.yaml "the broken file is untouched"

# Comments: said once, the original kept as FILE.orig; x- keys kept.
cat >c.yaml <<'YAML'
# Our trust's notes: reviewed by the FTSU group in March.
format: ftsu-gap/answers/v1
checklist: ngo-case-reviews
checklist_version: "2026.1"
x-trust-code: RXX
answers:
  x-batch: 3
  guardian-fair-open-appointment:
    answer: met
    x-ward: 4B  # the ward
YAML
cp c.yaml c.before
run "$FTSU_GAP" assess ngo-case-reviews -o c.yaml <<<$'p\nrota\nq'

expect_rc 0 "a file with comments"
expect_match "$OUT" "has comments that a rewrite cannot keep" "comments noticed"
expect_same c.before c.yaml.orig "the original is kept as .orig"
expect_match "$(cat c.yaml)" "^x-trust-code: RXX$" "top-level x- key kept"
expect_match "$(cat c.yaml)" "^  x-batch: 3$" "x- key in answers kept"
expect_match "$(cat c.yaml)" "^    x-ward: 4B$" "x- key in a long-form answer kept"
expect_match "$(cat c.yaml)" "evidence: rota" "the new evidence saved"
run "$FTSU_GAP" assess ngo-case-reviews -o c.yaml <<<q

expect_no_match "$OUT" "has comments" "said once: the tool's own comments are not the user's"

# Bad arguments.
run "$FTSU_GAP" assess ngo-case-reviews -o n.yaml --section nope </dev/null
expect_rc 2 "unknown --section"
run "$FTSU_GAP" assess ftsu-policy-2022 -o n.yaml --profile hospital </dev/null
expect_rc 2 "unknown --profile"
finish
