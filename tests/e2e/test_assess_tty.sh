#!/usr/bin/env bash
# assess under a real pseudo-terminal (tmux), as a person uses it: answer two
# items with evidence, one with its plan (action, owner, a UK due date),
# quit, resume; Ctrl-C, SIGTERM and SIGHUP exit 130 with every answer kept;
# kill -9 in the middle of the plan loses nothing already entered; last
# year's action is marked done; invalid input gets a hint.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/tmux.sh"

# 1. A new file: header questions, two answers with evidence, quit.
start assess ngo-case-reviews -o a.yaml
wait_for "Organisation (Enter to skip, e opens your editor):"
type_line "Example Community Health NHS Trust"
wait_for "Period assessed"
type_line "2026/27"
# Since checklist version 2026.2 some case-review items are for trusts only,
# so a new file's profile is asked for.
wait_for "Profile (its number or key)"
type_line "trust"
wait_for "[1/58] Section 1 of 11"
wait_for "1 m Met  2 p Partially met  3 n Not met  4 x Not applicable  s skip  b back  ? help  q quit"
type_line "m"
wait_for "Evidence (Enter to skip, e opens your editor):"
type_line "Board paper May 2026, item 9"
wait_for "[2/58]"
type_line "zz"
wait_for "Type 1-4 or m p n x to answer"
type_line "?"
wait_for "What good looks like"
type_line "p"
wait_for "Evidence (Enter to skip, e opens your editor):"
type_line "Activity log: 85% on cases"
wait_for "Action (Enter to skip, e opens your editor):"
type_line "Recruit to the associate guardian post"
wait_for "Owner (Enter to skip, e opens your editor):"
type_line "Director of People"
wait_for "Due (YYYY-MM-DD or DD/MM/YYYY) (Enter to skip, e opens your editor):"
type_line "31/3/2027"
wait_for "[3/58]"
type_line "q"
wait_exit 0 "quit"
expect_match "$OUT" "This session: 2 items answered, 0 not applicable, 0 skipped" "summary"
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
assert items["guardian-ring-fenced-time"]["action"] == "Recruit to the associate guardian post"
assert items["guardian-ring-fenced-time"]["owner"] == "Director of People"
assert items["guardian-ring-fenced-time"]["due"] == "2027-03-31"
assert sum(1 for i in items.values() if i["answer"]) == 2
PY
CHECKS=$((CHECKS + 1))
expect_match "$(cat a.yaml)" "^organisation: Example Community Health NHS Trust$" "organisation saved"

# 2. Resume at the first unanswered item; Ctrl-C in its follow-up
# questions, after the evidence. The header counts every item that applies.
start assess ngo-case-reviews -o a.yaml
wait_for "[3/58] Section 1 of 11"
wait_for "go directly to the chief executive"
type_line "p"
wait_for "Evidence (Enter to skip, e opens your editor):"
type_line "Route agreed with the chair, not yet written down"
wait_for "Action (Enter to skip, e opens your editor):"
tm send-keys -t "s$SESSION" C-c
wait_exit 130 "Ctrl-C in the follow-up questions"
expect_match "$OUT" "interrupted; 1 answer saved" "says what was saved"
expect_match "$(tr -d '\n' <<<"$OUT")" "the follow-up questions of 'guardian-access-ceo-chair' were not finished and come again" "says the item's follow-ups come again"
expect_match "$(grep -A3 'guardian-access-ceo-chair:' a.yaml)" "unfinished: true" "the item is marked unfinished"
run "$FTSU_GAP" validate a.yaml
expect_rc 0 "validate accepts the unfinished mark"
expect_match "$OUT" "3 of 58 items answered" "all three answers kept"
run "$FTSU_GAP" report a.yaml --format json -o a.json
expect_rc 0 "report accepts the unfinished mark"

# 2b. The next run resumes at that item's follow-ups with the evidence
# kept (issue 22 item 9), and b goes back past where it started, to items
# answered in the first run.
start assess ngo-case-reviews -o a.yaml
wait_for "Answered Partially met in an earlier session"
wait_for "Evidence: Route agreed with the chair, not yet written down"
wait_for "Enter keeps it, an empty line clears it, Ctrl-X Ctrl-E opens your editor"
type_line ""
wait_for "Action (Enter to skip, e opens your editor):"
type_line "Write the route into the policy"
wait_for "Owner (Enter to skip, e opens your editor):"
type_line "Chair"
wait_for "Due (YYYY-MM-DD or DD/MM/YYYY) (Enter to skip, e opens your editor):"
type_line ""
wait_for "[4/58] Section 1 of 11"
type_line "b"
wait_for "[3/58] Section 1 of 11"
type_line "b"
wait_for "[2/58] Section 1 of 11"
wait_for "Current answer: Partially met"
type_line "b"
wait_for "[1/58] Section 1 of 11"
type_line "b"
wait_for "This is the first item; there is nothing before it."
type_line ""
wait_for "[2/58] Section 1 of 11"
type_line "q"
wait_exit 0 "back through the items of an earlier run"
python3 - <<'PY' || fail "the resumed follow-ups were not saved"
import yaml
a = yaml.safe_load(open("a.yaml"))["answers"]
e = a["guardian-access-ceo-chair"]
assert e["answer"] == "partial", e
assert e["evidence"] == "Route agreed with the chair, not yet written down", e
assert e["action"] == "Write the route into the policy" and e["owner"] == "Chair", e
assert "unfinished" not in e, e
assert a["guardian-fair-open-appointment"]["answer"] == "met"
assert a["guardian-ring-fenced-time"]["answer"] == "partial"
PY
CHECKS=$((CHECKS + 1))

# 3. kill -9 at a prompt loses nothing already answered.
start assess ngo-case-reviews -o a.yaml
wait_for "[4/58]"
type_line "x"
wait_for "Evidence (Enter to skip, e opens your editor):"
type_line ""
wait_for "[5/58]"
pid=$(assess_pid a.yaml)
kill -9 "$pid"
wait_exit 137 "kill -9"
run "$FTSU_GAP" validate a.yaml
expect_rc 0 "the file is whole after kill -9"
expect_match "$OUT" "4 of 58 items answered" "every answer before kill -9 is there"
ls -a | grep -q '\.tmp\.' && fail "a temporary file was left behind"

# A lock left by kill -9 is stale: no running process holds it, and it
# names this computer, so the next session takes it over with a note
# (issue 22) and changes nothing it was not asked to.
[ -e a.yaml.lock ] || fail "kill -9 left no lock to take over"
cp a.yaml before-stale.yaml
run "$FTSU_GAP" assess ngo-case-reviews -o a.yaml </dev/null
expect_rc 0 "a stale lock of this computer is taken over"
expect_match "$ERR" "note: a\.yaml\.lock was left by process [0-9]+ on this computer, which is no longer running .*this session takes the lock over" "says it took the lock over"
expect_same before-stale.yaml a.yaml "nothing changed"
CHECKS=$((CHECKS + 1))
[ ! -e a.yaml.lock ] || fail "the taken-over lock is left"
# A lock naming another computer (a shared drive) is still refused.
printf 'pid 1 on another-laptop since 0\n' >a.yaml.lock
run "$FTSU_GAP" assess ngo-case-reviews -o a.yaml </dev/null
expect_rc 4 "a lock of another computer is refused"
expect_match "$ERR" "remove a\.yaml\.lock and try again" "says how to clear it"
# A lock that is a dangling symlink stops assess, merge -o and report -o.
rm a.yaml.lock
ln -s nowhere.lock a.yaml.lock
for cmd in "assess ngo-case-reviews -o a.yaml" "report $FTSU_SOURCE_DIR/examples/example-trust-2025-26.yaml -o a.yaml"; do
  run "$FTSU_GAP" $cmd </dev/null
  expect_rc 4 "a symlink lock stops: $cmd"
  expect_match "$ERR" "is a symbolic link" "names the symlink lock: $cmd"
done
expect_same before-stale.yaml a.yaml "nothing written through a symlink lock"
rm a.yaml.lock

# 3b. kill -9 in the middle of the plan prompts: the answer, the evidence
# and the action typed before it are all kept, and the next run asks the
# rest of that item's plan.
start assess ngo-case-reviews -o a.yaml
wait_for "[5/58]"
type_line "n"
wait_for "Evidence (Enter to skip, e opens your editor):"
type_line "No written role description"
wait_for "Action (Enter to skip, e opens your editor):"
type_line "Write the role description"
wait_for "Owner (Enter to skip, e opens your editor):"
kill -9 "$(assess_pid a.yaml)"
wait_exit 137 "kill -9 at the owner prompt"
python3 - <<'PY' || fail "what was typed before kill -9 in the plan was not kept"
import yaml
answers = yaml.safe_load(open("a.yaml"))["answers"]
entry = [v for v in answers.values() if isinstance(v, dict) and v.get("action") == "Write the role description"]
assert len(entry) == 1, answers
assert entry[0]["answer"] == "not-met" and entry[0]["evidence"] == "No written role description"
assert entry[0]["unfinished"] is True
assert "owner" not in entry[0]
PY
CHECKS=$((CHECKS + 1))
start assess ngo-case-reviews -o a.yaml
wait_for "Answered Not met in an earlier session"
wait_for "Enter keeps it, an empty line clears it, Ctrl-X Ctrl-E opens your editor"
type_line ""
wait_for "Action: Write the role description"
wait_for "Enter keeps it, an empty line clears it, Ctrl-X Ctrl-E opens your editor"
type_line ""
wait_for "Owner (Enter to skip, e opens your editor):"
type_line "Director of People"
wait_for "Due (YYYY-MM-DD or DD/MM/YYYY) (Enter to skip, e opens your editor):"
type_line ""
wait_for "[6/58]"
type_line "q"
wait_exit 0 "the plan resumed after kill -9"
python3 - <<'PY' || fail "the plan resumed after kill -9 was not saved"
import yaml
answers = yaml.safe_load(open("a.yaml"))["answers"]
entry = [v for v in answers.values() if isinstance(v, dict) and v.get("action") == "Write the role description"]
assert entry[0]["owner"] == "Director of People" and "unfinished" not in entry[0], entry
PY
CHECKS=$((CHECKS + 1))

rm -f a.yaml.lock

# 4. SIGTERM and SIGHUP at a prompt: saved, exit 130.
for signal in TERM HUP; do
  start assess ngo-case-reviews -o a.yaml
  wait_for "/58] Section"
  type_line "m"
  wait_for "Evidence (Enter to skip, e opens your editor):"
  type_line ""
  wait_for "/58] Section"
  kill -"$signal" "$(assess_pid a.yaml)"
  wait_exit 130 "SIG$signal"
done
run "$FTSU_GAP" validate a.yaml
expect_match "$OUT" "7 of 58 items answered" "answers before SIGTERM and SIGHUP kept"

CHECKS=$((CHECKS + 1))
[ ! -e a.yaml.lock ] || fail "the lock is left after SIGTERM and SIGHUP"

# 4b. Two writers on one file: while a session runs, a second assess, a
# report -o and an init -o onto the file are refused; a change made on disk
# behind the session's back stops it before its next save, and nothing is
# lost: the other change stays in the file, this session's answers go to a
# side file.
run "$FTSU_GAP" init ngo-case-reviews -o two.yaml --period 2026/27 --profile trust
start assess -o two.yaml
wait_for "[1/58]"
type_line "m"
wait_for "Evidence (Enter to skip, e opens your editor):"
type_line "Minutes of the May board"
wait_for "[2/58]"
run "$FTSU_GAP" assess -o two.yaml <<<$'n\n'
expect_rc 4 "a second assess on the same file"
expect_match "$ERR" "two\.yaml is locked by another assessment \(two\.yaml\.lock exists, held by process [0-9]+ on " "names the lock and its owner"
expect_no_match "$ERR" "stale" "a live lock is not called stale"
run "$FTSU_GAP" report two.yaml --format markdown -o two.yaml
expect_rc 2 "report -o onto its own input"
run "$FTSU_GAP" report "$FTSU_SOURCE_DIR/examples/example-trust-2025-26.yaml" -o two.yaml
expect_rc 4 "report -o onto a locked file"
expect_match "$ERR" "is being assessed \(.*two\.yaml\.lock exists, held by process [0-9]+ on " "says it is being assessed, and by whom"
expect_match "$(grep -A2 'guardian-fair-open-appointment:' two.yaml)" "Minutes of the May board" "the first session's answer is intact"
# Someone edits the file behind the session's back.
python3 -c 'import re; p = "two.yaml"; t = open(p).read(); open(p, "w").write(t.replace("\nanswers:", "\nx-edited: yes\nanswers:", 1))'
type_line "p"
wait_exit 4 "a save over a file changed on disk stops"
expect_match "$(tr -d '\n' <<<"$OUT")" "two\.yaml changed on disk while this session had it open, so it was not overwritten; this session's answers are saved in two\.yaml\.conflict\.yaml" "says so and where the answers are"
expect_match "$(cat two.yaml)" "^x-edited: yes$" "the change on disk is kept"
expect_match "$(grep -A1 'guardian-ring-fenced-time:' two.yaml.conflict.yaml)" "answer: partial" "this session's answer is in the side file"
CHECKS=$((CHECKS + 1))
[ ! -e two.yaml.lock ] || fail "the lock is left after the session stopped"

# 5. --review shows the current answer; Enter keeps it.
start assess ngo-case-reviews -o a.yaml --review --section guardian-role
wait_for "[1/11] Section 1 of 11"
wait_for "Current answer: Met"
type_line ""
wait_for "[2/11]"
type_line "q"
wait_exit 0 "review"
expect_match "$(grep -A1 'guardian-fair-open-appointment:' a.yaml)" "answer: met" "Enter kept the answer"

# 6. Next year: carried evidence is confirmed with Enter, and last year's
# action is marked done when the item is now met. The checklist is named
# once, by the file.
run "$FTSU_GAP" init --from "$FTSU_SOURCE_DIR/examples/example-trust-2025-26.yaml" --period 2026/27 -o b.yaml
expect_rc 0 "init --from without naming the checklist"
start assess -o b.yaml --section guardian-role
wait_for "Profile (its number or key)"
type_line "1"
wait_for "[1/11]"
type_line "m"
wait_for "Evidence from 2025/26:"
wait_for "Enter confirms it for this period, an empty line clears it"
type_line ""
wait_for "[2/11]"
wait_for "Open action: Release the associate guardian post"
type_line "m"
wait_for "Evidence from 2025/26:"
type_line ""
wait_for "Is this action done?"
type_line "y"
wait_for "[3/11]"
type_line "q"
wait_exit 0 "next year's session"
python3 - <<'PY' || fail "confirmed evidence or the done action was not saved"
import yaml
a = yaml.safe_load(open("b.yaml"))["answers"]
first, second = a["guardian-fair-open-appointment"], a["guardian-ring-fenced-time"]
assert first["answer"] == "met" and "evidence_from" not in first, first
assert second["answer"] == "met" and second["status"] == "done", second
assert "evidence_from" not in second, second
assert a["guardian-scope-understood"]["evidence_from"] == "2025/26"
assert yaml.safe_load(open("b.yaml"))["profile"] == "trust"
PY
CHECKS=$((CHECKS + 1))

# 7. Colour on a terminal only, and NO_COLOR wins.
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
finish 40
