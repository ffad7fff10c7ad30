#!/usr/bin/env bash
# assess's line editing at a real pseudo-terminal (tmux): arrow keys, Home,
# End, Delete, Ctrl-A/E/W/U and the history of the session edit a line; no
# escape sequence of an unknown key reaches the file; Ctrl-C and Ctrl-D at
# an edited prompt; `e` opens $VISUAL or $EDITOR on the current value, and
# stays literal text through a pipe.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/tmux.sh"

# evidence_of ID FILE: prints the item's evidence as the report reads it.
evidence_of() {
  "$FTSU_GAP" report "$2" --format json -o - 2>/dev/null \
    | python3 -c 'import json, sys; items = {i["id"]: i for i in json.load(sys.stdin)["items"]}; print(items[sys.argv[1]].get("evidence"))' "$1"
}
# expect_evidence ID FILE TEXT DESCRIPTION
expect_evidence() {
  CHECKS=$((CHECKS + 1))
  local got
  got=$(evidence_of "$1" "$2")
  [ "$got" = "$3" ] || fail "$4: evidence of $1 is '$got', expected '$3'"
}
# expect_some_evidence FILE TEXT DESCRIPTION: some item's evidence is TEXT.
expect_some_evidence() {
  CHECKS=$((CHECKS + 1))
  python3 - "$1" "$2" <<'PY' || fail "$3: no item has the evidence '$2'"
import sys, yaml
answers = yaml.safe_load(open(sys.argv[1]))["answers"]
assert [v for v in answers.values() if isinstance(v, dict) and v.get("evidence") == sys.argv[2]]
PY
}

# Stand-in editors: each notes how it was called in editor.log, then saves.
mkdir -p tmp
cat >write-editor.sh <<'SH'
#!/bin/sh
{
  echo "args=$#"
  echo "mode=$(stat -c %a "$1")"
  echo "dir=$(dirname "$1")"
  echo "given=$(cat "$1")"
  stty -a </dev/tty | tr ' ;' '\n\n' | grep -x -e icanon -e -icanon -e echo -e -echo
} >"$(dirname "$0")/editor.log"
printf 'Audit of supervision, June 2026\n# kept as text\n\n\n' >"$1"
SH
cat >append-editor.sh <<'SH'
#!/bin/sh
printf '%s, reviewed\n' "$(cat "$1")" >"$1.new" && mv "$1.new" "$1"
SH
printf '#!/bin/sh\nexit 3\n' >failing-editor.sh
printf '#!/bin/sh\ntouch "%s/pipe-editor-ran"\n' "$SCRATCH" >pipe-editor.sh
chmod +x ./*-editor.sh

# 1. Editing keys at the evidence prompts of a new file.
ASSESS_ENV="EDITOR='$SCRATCH/write-editor.sh' TMPDIR='$SCRATCH/tmp'"
start assess ngo-case-reviews -o a.yaml
wait_for "Organisation (Enter to skip, e opens your editor):"
# Home, then Right twice, inserts inside the line.
type_text "Exmple Trust"
keys Home Right Right
type_line "a"
wait_for "Period assessed"
type_line "2026/27"
# Since checklist version 2026.2 the case-review checklist has items for
# trusts only, so a new file's profile is asked for.
wait_for "Profile (its number or key)"
type_line "trust"
wait_for "[1/58] Section 1 of 11"
type_line "m"
wait_for "Evidence (Enter to skip, e opens your editor):"
# Left four times, Right twice: the h goes between t and l.
type_text "Supervision montly"
keys Left Left Left Left Right Right
type_line "h"
wait_for "[2/58]"
CHECKS=$((CHECKS + 1))
grep -qx "    evidence: Supervision monthly" a.yaml \
  || fail "the edited evidence was not saved as 'Supervision monthly'"
expect_no_match "$(cat a.yaml)" $'\x1b|\\[D' "no escape sequence in the file"
# Met and not applicable only, so no plan is asked after the evidence.
type_line "m"
wait_for "Evidence (Enter to skip, e opens your editor):"
# Up once: the evidence prompts' own history holds the last evidence, and
# no answer key ("m"). Ctrl-W drops the last word, Ctrl-A and Ctrl-E go to
# the start and the end.
keys Up
wait_for "Evidence (Enter to skip, e opens your editor): Supervision monthly"
keys Up
CHECKS=$((CHECKS + 1))
sleep 0.3
[ "$(screen | grep -c '^Evidence (Enter to skip, e opens your editor): m$')" = 0 ] \
  || fail "Up brought an answer key into the evidence"
keys C-w
type_text "log"
keys C-a
type_text "Weekly "
keys C-e
type_line " 2026"
wait_for "[3/58]"
type_line "m"
wait_for "Evidence (Enter to skip, e opens your editor):"
# Ctrl-U clears what was typed; unknown keys insert nothing; End and
# Delete at the end do nothing; Left then Delete removes the x.
type_text "typed by mistake"
keys C-u
type_text "Pol"
keys F5 F12 M-x M-z IC PPage NPage BTab
type_text $'\e[200~'
type_text "icy"
type_text $'\e[201~'
keys End DC
type_text "x"
keys Left DC
type_line ""
wait_for "[4/58]"
# 2. `e` opens the editor on a private temporary file, terminal restored.
type_line "x"
wait_for "Evidence (Enter to skip, e opens your editor):"
type_line "e"
wait_for "From the editor: Audit of supervision, June 2026 # kept as text"
wait_for "[5/58]"
expect_match "$(cat editor.log)" "^args=1$" "the editor gets the file as its one argument"
expect_match "$(cat editor.log)" "^mode=600$" "the temporary file is private"
expect_match "$(cat editor.log)" "^dir=$SCRATCH/tmp$" "the temporary file is in \$TMPDIR"
expect_match "$(cat editor.log)" "^given=$" "the file holds the current value: none"
expect_match "$(cat editor.log)" "^icanon$" "the editor runs with the terminal in its normal mode"
expect_match "$(cat editor.log)" "^echo$" "the editor runs with echo on"
CHECKS=$((CHECKS + 1))
[ -z "$(ls -A tmp)" ] || fail "the temporary file was left behind: $(ls -A tmp)"
# 3. Ctrl-C at an edited prompt, with text typed: exit 130, all kept.
type_text "half typed"
keys C-c
wait_exit 130 "Ctrl-C at an edited prompt"
expect_match "$OUT" "interrupted; 4 answers saved" "says what was saved"
expect_terminal_restored "Ctrl-C"
expect_evidence guardian-fair-open-appointment a.yaml "Supervision monthly" "Left and Right"
expect_evidence guardian-ring-fenced-time a.yaml "Weekly Supervision log 2026" "Up, Ctrl-W, Ctrl-A, Ctrl-E"
expect_evidence guardian-access-ceo-chair a.yaml "Policy" "Ctrl-U, unknown keys, Delete"
CHECKS=$((CHECKS + 1))
[ "$(evidence_of guardian-access-ceo-chair a.yaml | od -An -c | grep -c '033')" = 0 ] \
  || fail "an escape byte reached the evidence"
expect_match "$(grep -A2 "guardian-access-ceo-chair:" a.yaml)" "answer: met" "answer kept"
run "$FTSU_GAP" validate a.yaml
expect_match "$OUT" "4 of 58 items answered" "the four answers before Ctrl-C"
expect_match "$(cat a.yaml)" "^organisation: Example Trust$" "Home and Right in the organisation"
expect_some_evidence a.yaml "Audit of supervision, June 2026 # kept as text" \
  "the editor's text, lines joined, '#' kept"

# 4. --review: Ctrl-X Ctrl-E starts from the current value; a failing editor or an
# unchanged file keeps it and says so.
ASSESS_ENV="VISUAL='$SCRATCH/append-editor.sh' EDITOR=false TMPDIR='$SCRATCH/tmp'"
start assess ngo-case-reviews -o a.yaml --review --section guardian-role
wait_for "[1/11] Section 1 of 11"
type_line "m"
wait_for "Enter keeps it, an empty line clears it, Ctrl-X Ctrl-E opens your editor"
keys C-x C-e
wait_for "From the editor: Supervision monthly, reviewed"
wait_for "[2/11]"
type_line ""
wait_for "[3/11]"
type_line "q"
wait_exit 0 "review with VISUAL"
expect_evidence guardian-fair-open-appointment a.yaml "Supervision monthly, reviewed" \
  "VISUAL edits the current value"
ASSESS_ENV="PATH='$SCRATCH':\$PATH EDITOR=failing-editor.sh TMPDIR='$SCRATCH/tmp'"
start assess ngo-case-reviews -o a.yaml --review --section guardian-role
wait_for "[1/11]"
type_line "m"
wait_for "Enter keeps it, an empty line clears it, Ctrl-X Ctrl-E opens your editor"
keys C-x C-e
wait_for "failing-editor.sh exited with status 3; the current text is kept."
wait_for "[2/11]"
type_line "q"
wait_exit 0 "review with a failing editor"
ASSESS_ENV="EDITOR=true TMPDIR='$SCRATCH/tmp'"
start assess ngo-case-reviews -o a.yaml --review --section guardian-role
wait_for "[1/11]"
type_line "m"
wait_for "Enter keeps it, an empty line clears it, Ctrl-X Ctrl-E opens your editor"
keys C-x C-e
wait_for "No change was made in the editor; the current text is kept."
wait_for "[2/11]"
# The session ends before the next starts: it holds the file's lock.
type_line "q"
wait_exit 0 "review with an unchanged file"
# An editor that saves control characters and one that saves over 64 KiB:
# the first is shown exactly as kept, with what was left out; the second is
# refused, and its file kept (issue 29).
printf '#!/bin/sh\nprintf '"'"'Bell\\007 and escape\\033 here\\n'"'"' >"$1"\n' >control-editor.sh
printf '#!/bin/sh\nhead -c 70000 /dev/zero | tr "\\\\0" x >"$1"\n' >long-editor.sh
chmod +x control-editor.sh long-editor.sh
ASSESS_ENV="EDITOR='$SCRATCH/control-editor.sh' TMPDIR='$SCRATCH/tmp'"
start assess ngo-case-reviews -o a.yaml --review --section guardian-role
wait_for "[1/11]"
type_line "m"
wait_for "Enter keeps it, an empty line clears it, Ctrl-X Ctrl-E opens your editor"
keys C-x C-e
wait_for "From the editor (2 control characters left out): Bell and escape here"
wait_for "[2/11]"
type_line "q"
wait_exit 0 "an editor's control characters"
expect_evidence guardian-fair-open-appointment a.yaml "Bell and escape here" \
  "what is saved is what was shown"
ASSESS_ENV="EDITOR='$SCRATCH/long-editor.sh' TMPDIR='$SCRATCH/tmp'"
start assess ngo-case-reviews -o a.yaml --review --section guardian-role
wait_for "[1/11]"
type_line "m"
wait_for "Enter keeps it, an empty line clears it, Ctrl-X Ctrl-E opens your editor"
keys C-x C-e
wait_for "more than the 64 KiB"
wait_for "[2/11]"
type_line "q"
wait_exit 0 "an editor's text over 64 KiB"
expect_evidence guardian-fair-open-appointment a.yaml "Bell and escape here" \
  "a text over 64 KiB is not cut into the file"
CHECKS=$((CHECKS + 1))
[ "$(find tmp -type f -size +64k | wc -l)" = 1 ] || fail "the long text was not kept in its file"
rm -f tmp/*
ASSESS_ENV="EDITOR=true TMPDIR='$SCRATCH/tmp'"
start assess ngo-case-reviews -o a.yaml --review --section guardian-role
wait_for "[1/11]"
type_line "m"
wait_for "Enter keeps it, an empty line clears it, Ctrl-X Ctrl-E opens your editor"
keys C-x C-e
wait_for "No change was made in the editor; the current text is kept."
wait_for "[2/11]"
# 5. Ctrl-D at an edited prompt ends the session cleanly.
keys C-d
wait_exit 0 "Ctrl-D"
expect_terminal_restored "Ctrl-D"
expect_evidence guardian-fair-open-appointment a.yaml "Bell and escape here" \
  "a failing editor and an unchanged file keep the evidence"
CHECKS=$((CHECKS + 1))
[ -z "$(ls -A tmp)" ] || fail "a temporary file was left behind: $(ls -A tmp)"

# 6. Through a pipe, `e` is text: no editor runs.
run env EDITOR="$SCRATCH/pipe-editor.sh" VISUAL='' \
  "$FTSU_GAP" assess ngo-case-reviews -o a.yaml < <(printf 'x\ne\n')
expect_rc 0 "assess through a pipe"
CHECKS=$((CHECKS + 1))
[ ! -e pipe-editor-ran ] || fail "an editor ran in pipe mode"
expect_some_evidence a.yaml "e" "e is saved as text in pipe mode"

# 7. A terminal that cannot edit (TERM=dumb) gets plain lines, without the
# sequences the arrow keys typed into them.
ASSESS_ENV="TERM=dumb"
start assess ngo-case-reviews -o a.yaml
wait_for "Section"
type_line "m"
wait_for "Evidence (Enter to skip, e opens your editor):"
type_text "Minute"
keys Left Left
type_line "s"
wait_for "/58] Section"
type_line "q"
wait_exit 0 "TERM=dumb"
expect_terminal_restored "TERM=dumb"
expect_some_evidence a.yaml "Minutes" "arrow keys at a dumb terminal leave nothing"

# 8. A value already there starts the line, edited in place with the arrow
# keys (issue 26); in --review a field word changes that field alone, the
# item is asked again, and Enter keeps its answer; Up at the owner prompt
# brings back owners only.
ASSESS_ENV=""
start assess ngo-case-reviews -o a.yaml --review --section guardian-role
wait_for "[1/11]"
type_line "evidence"
wait_for "Evidence: Bell and escape here"
keys Home Right Right Right Right
type_text "!"
keys End
type_line " (checked)"
wait_for "[1/11]"
type_line "owner"
wait_for "Owner (Enter to skip, e opens your editor):"
type_line "Chief People Officer"
wait_for "[1/11]"
type_line "note"
wait_for "Private note (kept in this file, never in a report)"
type_line "Raised with the chair"
wait_for "[1/11]"
type_line "owner"
wait_for "Owner: Chief People Officer"
keys C-u
type_line "Director of Workforce"
wait_for "[1/11]"
type_line "owner"
wait_for "Owner: Director of Workforce"
# The line holds the owner; Ctrl-U empties it, and Up walks the owners
# typed (never "owner", the menu word, nor the note): twice reaches the
# first, a third time stays there.
keys C-u Up Up Up
wait_for "Owner: Chief People Officer"
CHECKS=$((CHECKS + 1))
[ "$(screen | grep -c -e '^Owner: owner' -e '^Owner: Raised')" = 0 ] \
  || fail "Up at the owner brought back a menu word or the note"
keys C-u
type_line "Director of Nursing"
wait_for "[1/11]"
type_line ""
wait_for "[2/11]"
type_line "q"
wait_exit 0 "one field alone in --review"
expect_terminal_restored "--review fields"
expect_evidence guardian-fair-open-appointment a.yaml "Bell! and escape here (checked)" \
  "the prefilled evidence edited with Home, Right and End"
CHECKS=$((CHECKS + 1))
grep -A8 "guardian-fair-open-appointment:" a.yaml | grep -qx "    owner: Director of Nursing" \
  || fail "the owner changed alone was not saved"
CHECKS=$((CHECKS + 1))
grep -A8 "guardian-fair-open-appointment:" a.yaml | grep -qx "    private_note: Raised with the chair" \
  || fail "the private note was not saved"
expect_match "$(grep -A3 "guardian-fair-open-appointment:" a.yaml)" "answer: met" "the answer kept"
expect_no_match "$(cat a.yaml)" $'\x1b|\\[D|\\[C' "no escape sequence in the file"

finish 43
