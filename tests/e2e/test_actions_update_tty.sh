#!/usr/bin/env bash
# actions update at a real pseudo-terminal (tmux), as a guardian uses it
# each month: a note, a due date edited in its prefilled line with the
# arrow keys and saved with its reason; Ctrl-C at a prompt and kill -9 at a
# prompt lose nothing already saved; done takes today on Enter; the file
# holds no escape code.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/tmux.sh"
examples=$FTSU_SOURCE_DIR/examples
today=$(date +%F)
cp "$examples/example-trust-2025-26.yaml" u.yaml

# update_pid FILE: the pid of this session's `ftsu-gap actions update FILE`.
update_pid() {
  pgrep -P "$(tm display -p -t "s$SESSION" '#{pane_pid}')" -f -- "ftsu-gap actions update $1"
}

# 1. A note, then the due date edited in place; Ctrl-C at the next prompt.
start actions update u.yaml --owner "'Director of People'"
wait_for "[1/2] guardian-ring-fenced-time"
wait_for "What now? (n note"
type_line "n"
wait_for "Progress note"
type_line "Chased at the February panel, café"
wait_for "Saved."
type_line "m"
wait_for "New due date"
# The line starts as the current due date (2026-01-31): change its day
# with the arrow keys.
keys BSpace BSpace
type_text "28"
keys Left Left Left
keys BSpace
type_text "2"
keys Enter
wait_for "Why does it move?"
type_line "The panel meets on 20 February"
wait_for "Saved."
wait_for "What now? (n note"
tm send-keys -t "s$SESSION" C-c
wait_exit 130 "Ctrl-C at a prompt"
expect_match "$OUT" "interrupted; 2 changes saved in u.yaml" "says what was saved"
expect_terminal_restored "after Ctrl-C"
python3 - "$today" <<'PY' || fail "the note and the move before Ctrl-C were not saved"
import sys, yaml, datetime
d = datetime.date.fromisoformat
g = yaml.safe_load(open("u.yaml"))["answers"]["guardian-ring-fenced-time"]
assert g["progress_notes"][-1] == {"date": d(sys.argv[1]), "note": "Chased at the February panel, café"}, g
assert g["due"] == d("2026-02-28"), g["due"]
assert g["due_history"][-1] == {"from": d("2026-01-31"), "to": d("2026-02-28"), "date": d(sys.argv[1]),
                                "why": "The panel meets on 20 February"}, g["due_history"]
PY
CHECKS=$((CHECKS + 1))

# 2. In progress, then kill -9 at the next prompt: the change is kept.
start actions update u.yaml --owner "'Director of People'"
wait_for "[1/2] guardian-ring-fenced-time"
wait_for "What now? (n note"
type_line "i"
wait_for "Saved."
wait_for "What now? (n note"
kill -9 "$(update_pid u.yaml)"
wait_exit 137 "kill -9 at a prompt"
run "$FTSU_GAP" validate u.yaml
expect_rc 0 "the file is whole after kill -9"
expect_match "$(grep -A12 '^  guardian-ring-fenced-time:' u.yaml)" "status: in-progress" "the change before kill -9 is kept"

# 3. Done with Enter on today's date, skip, and the walk ends.
start actions update u.yaml --owner "'Director of People'"
wait_for "What now? (n note"
type_line "d"
wait_for "Done on (Enter: today)"
keys Enter
wait_for "[2/2] detriment-process"
type_line "s"
wait_exit 0 "the walk ends after the last action"
expect_match "$OUT" "2 of 2 open actions visited; 1 change saved in u.yaml" "the summary"
expect_match "$(grep -A30 '^  guardian-ring-fenced-time:' u.yaml)" "completed_on: $today" "done today"
expect_no_match "$(cat u.yaml)" $'\x1b' "no escape code reached the file"
finish 10
