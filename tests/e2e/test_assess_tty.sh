#!/usr/bin/env bash
# assess under a real pseudo-terminal (tmux), as a person uses it: answer two
# items with evidence, quit, resume; Ctrl-C, SIGTERM and SIGHUP exit 130 with
# every answer kept; kill -9 loses nothing already answered; invalid input
# gets a hint.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/tmux.sh"

# 1. A new file: header questions, two answers with evidence, quit.
start assess ngo-case-reviews -o a.yaml
wait_for "Organisation (Enter to skip):"
type_line "Example Community Health NHS Trust"
wait_for "Period assessed"
type_line "2026/27"
wait_for "[1/48] Section 1 of 11"
wait_for "1 m Met  2 p Partially met  3 n Not met  4 x Not applicable  s skip  b back  ? help  q quit"
type_line "m"
wait_for "Evidence (Enter to skip):"
type_line "Board paper May 2026, item 9"
wait_for "[2/48]"
type_line "zz"
wait_for "Type 1-4 or m p n x to answer"
type_line "?"
wait_for "What good looks like"
type_line "p"
wait_for "Evidence (Enter to skip):"
type_line "Activity log: 85% on cases"
wait_for "[3/48]"
type_line "q"
wait_exit 0 "quit"
expect_match "$OUT" "Answered 2 items this session" "summary"
expect_match "$OUT" "Next: ftsu-gap report a.yaml" "next command"
run "$FTSU_GAP" report a.yaml --format json -o a.json
expect_rc 0 "the file reports"
python3 - <<'PY' || fail "the two answers and their evidence were not saved as given"
import json
items = {i["id"]: i for i in json.load(open("a.json"))["items"]}
assert items["guardian-fair-open-appointment"]["answer"] == "met"
assert items["guardian-fair-open-appointment"]["evidence"] == "Board paper May 2026, item 9"
assert items["guardian-ring-fenced-time"]["answer"] == "partial"
assert items["guardian-ring-fenced-time"]["evidence"] == "Activity log: 85% on cases"
assert sum(1 for i in items.values() if i["answer"]) == 2
PY
CHECKS=$((CHECKS + 1))
expect_match "$(cat a.yaml)" "^organisation: Example Community Health NHS Trust$" "organisation saved"

# 2. Resume at the first unanswered item; Ctrl-C at the prompt.
start assess ngo-case-reviews -o a.yaml
wait_for "[1/46] Section 1 of 11"
wait_for "go directly to the chief executive"
type_line "n"
wait_for "Evidence (Enter to skip):"
tm send-keys -t "s$SESSION" C-c
wait_exit 130 "Ctrl-C while typing evidence"
expect_match "$OUT" "interrupted; 1 answer saved" "says what was saved"
expect_match "$(grep -A1 'guardian-access-ceo-chair:' a.yaml)" "not-met" "the answer given before Ctrl-C is kept"
run "$FTSU_GAP" validate a.yaml
expect_match "$OUT" "3 of 48 items answered" "all three answers kept"

# 3. kill -9 at a prompt loses nothing already answered.
start assess ngo-case-reviews -o a.yaml
wait_for "[1/45]"
type_line "x"
wait_for "Evidence (Enter to skip):"
type_line ""
wait_for "[2/45]"
pid=$(assess_pid a.yaml)
kill -9 "$pid"
wait_exit 137 "kill -9"
run "$FTSU_GAP" validate a.yaml
expect_rc 0 "the file is whole after kill -9"
expect_match "$OUT" "4 of 48 items answered" "every answer before kill -9 is there"
ls -a | grep -q '\.tmp\.' && fail "a temporary file was left behind"

# 4. SIGTERM and SIGHUP at a prompt: saved, exit 130.
for signal in TERM HUP; do
  start assess ngo-case-reviews -o a.yaml
  wait_for "Section 1 of 11"
  type_line "m"
  wait_for "Evidence (Enter to skip):"
  type_line ""
  wait_for "[2/4"
  kill -"$signal" "$(assess_pid a.yaml)"
  wait_exit 130 "SIG$signal"
done
run "$FTSU_GAP" validate a.yaml
expect_match "$OUT" "6 of 48 items answered" "answers before SIGTERM and SIGHUP kept"

# 5. --review shows the current answer; Enter keeps it.
start assess ngo-case-reviews -o a.yaml --review --section guardian-role
wait_for "[1/6] Section 1 of 11"
wait_for "Current answer: Met"
type_line ""
wait_for "[2/6]"
type_line "q"
wait_exit 0 "review"
expect_match "$(grep -A1 'guardian-fair-open-appointment:' a.yaml)" "answer: met" "Enter kept the answer"

# 6. Colour on a terminal only, and NO_COLOR wins.
start report "$FTSU_SOURCE_DIR/examples/example-trust-2025-26.yaml"
wait_for "Unanswered (0)"
expect_match "$(tm capture-pane -e -p -t "s$SESSION" -S -200)" $'\x1b\\[' "colour on a terminal"
start --color never report "$FTSU_SOURCE_DIR/examples/example-trust-2025-26.yaml"
wait_for "Unanswered (0)"
expect_no_match "$(tm capture-pane -e -p -t "s$SESSION" -S -200)" $'\x1b\\[3[0-9]m' "--color never"
SESSION=$((SESSION + 1))
tm new-session -d -s "s$SESSION" -x 100 -y 50 \
  "NO_COLOR=1 '$FTSU_GAP' --color always report '$FTSU_SOURCE_DIR/examples/example-trust-2025-26.yaml'; sleep 60"
tm kill-session -t "s$((SESSION - 1))"
wait_for "Unanswered (0)"
expect_no_match "$(tm capture-pane -e -p -t "s$SESSION" -S -200)" $'\x1b\\[3[0-9]m' "NO_COLOR set"
finish
