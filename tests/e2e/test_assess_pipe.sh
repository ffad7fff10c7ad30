#!/usr/bin/env bash
# assess with standard input not a terminal: one line per prompt, no colour
# or cursor codes, a clean stop with exit 0 at end of input having saved
# what was given; and the file rules: another checklist's file refused,
# comments kept in FILE.orig, x- keys and other data preserved.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"
examples=$FTSU_SOURCE_DIR/examples

# The example of docs/assess.md, exactly as documented there.
printf '%s\n' m 'Board paper 7, March 2026' p '' 'Agree ring-fenced time with the chief people officer' 'Director of People' 31/03/2027 n 'No route to the chair yet' '' '' '' >input.txt
run "$FTSU_GAP" --color always assess ngo-case-reviews --profile trust --organisation "Example Trust" --period 2026/27 \
  --assessors "FTSU guardian" --assessors "Director of People" -o p.yaml <input.txt
expect_rc 0 "end of input ends cleanly"
expect_no_match "$OUT$ERR" $'\x1b' "no colour or cursor codes through a pipe, even with --color always"
expect_match "$OUT" "This session: 3 items answered, 0 not applicable, 0 skipped" "summary"
expect_match "$OUT" "Overall score so far: [0-9.]+% \(Limited assurance, capped\); coverage 5\.2% \(3 of 58 answered\)" "score and coverage in the summary"
run "$FTSU_GAP" validate p.yaml
expect_match "$OUT" "3 of 58 items answered" "what was given is saved"
today=$(date +%F) # the local date (docs/spec.md, "Today")
python3 - "$today" <<'PY' || fail "the saved file is not what docs/assess.md shows"
import sys, yaml
d = yaml.safe_load(open("p.yaml"))
a = d["answers"]
assert d["organisation"] == "Example Trust", d["organisation"]
assert d["period"] == "2026/27", d["period"]
assert d["profile"] == "trust", d.get("profile")
assert d["assessors"] == ["FTSU guardian", "Director of People"], d["assessors"]
assert str(d["assessed_on"]) == sys.argv[1], d["assessed_on"]
assert a["guardian-fair-open-appointment"] == {"answer": "met", "evidence": "Board paper 7, March 2026"}, a["guardian-fair-open-appointment"]
assert a["guardian-ring-fenced-time"] == {"answer": "partial", "action": "Agree ring-fenced time with the chief people officer", "owner": "Director of People", "due": __import__("datetime").date(2027, 3, 31)}, a["guardian-ring-fenced-time"]
assert a["guardian-access-ceo-chair"] == {"answer": "not-met", "evidence": "No route to the chair yet"}, a["guardian-access-ceo-chair"]
PY
CHECKS=$((CHECKS + 1))
grep -qF "printf '%s\\n' m 'Board paper 7, March 2026' p '' 'Agree ring-fenced time with the chief people officer' 'Director of People' 31/03/2027 n 'No route to the chair yet' '' '' ''" \
  "$FTSU_SOURCE_DIR/docs/assess.md" || fail "docs/assess.md does not show the example this test runs"
CHECKS=$((CHECKS + 1))

# Resume through a pipe: the next unanswered item comes first.
run "$FTSU_GAP" assess -o p.yaml <<<$'x\n'

expect_rc 0 "resumes without naming the checklist again"
expect_match "$OUT" "\[4/58\]" "resumes at the first unanswered item"
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
checklist_version: "2026.2"
profile: trust
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

# An existing .orig is never overwritten: the next free name is used.
cp c.before d.yaml
echo "older copy" >d.yaml.orig
run "$FTSU_GAP" assess ngo-case-reviews -o d.yaml <<<$'p\n\n\n\n\nq'
expect_match "$OUT" "kept as d\.yaml\.orig\.1" "a free .orig name is chosen"
expect_same c.before d.yaml.orig.1 "the original is in d.yaml.orig.1"
expect_match "$(cat d.yaml.orig)" "^older copy$" "the older .orig is untouched"

# The profile is settled: a pipe on a checklist with profile-limited items
# needs --profile, and says which.
run "$FTSU_GAP" assess ftsu-policy-2022 -o prof.yaml <<<$'m\n'
expect_rc 2 "no --profile in a pipe on a profiled checklist"
expect_match "$ERR" "give --profile, one of: trust, primary-care, icb" "names the profiles"
CHECKS=$((CHECKS + 1))
[ ! -e prof.yaml ] || fail "nothing is written without a profile"
run "$FTSU_GAP" assess ftsu-policy-2022 -o prof.yaml --profile trust <<<$'q\n'
expect_rc 0 "with --profile"
expect_match "$(cat prof.yaml)" "^profile: trust$" "the profile is written"
expect_match "$OUT" "\[1/41\]" "a trust is asked its 41 items, not 50"

# Naming the checklist once: assess on a new file still needs it.
run "$FTSU_GAP" assess -o new-unnamed.yaml </dev/null
expect_rc 2 "a new file without a checklist"
expect_match "$ERR" "name the checklist to start it" "says how"
run "$FTSU_GAP" assess ngo-case-reviews -o bad-date.yaml --assessed-on 31/02/2027 </dev/null
expect_rc 2 "--assessed-on that is not a date"

# Bad arguments.
run "$FTSU_GAP" assess ngo-case-reviews -o n.yaml --section nope </dev/null
expect_rc 2 "unknown --section"
run "$FTSU_GAP" assess ftsu-policy-2022 -o n.yaml --profile hospital </dev/null
expect_rc 2 "unknown --profile"
# A read-only answers file is named before the first question, so no
# answer is typed only to be lost (issue 29).
"$FTSU_GAP" init ngo-case-reviews -o ro.yaml --period 2026/27 --profile trust >/dev/null 2>&1
cp ro.yaml ro-before.yaml
chmod a-w ro.yaml
run "$FTSU_GAP" assess -o ro.yaml <<<$'m\n'
expect_rc 4 "assess on a read-only file"
expect_match "$ERR" "ro\.yaml: is read-only" "says the file is read-only"
expect_no_match "$OUT" "\[1/" "before any question"
expect_same ro-before.yaml ro.yaml "the file is unchanged"
finish 42
