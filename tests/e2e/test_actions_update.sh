#!/usr/bin/env bash
# Keeping the plan alive without a terminal (issue 26): the non-interactive
# `actions done/note/due/drop/start` for scripts, and `actions update`
# through a pipe (one line per prompt, no escape codes, each change saved at
# once, the open actions only, overdue first, --owner); what each refuses;
# the reports show the record afterwards.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"
examples=$FTSU_SOURCE_DIR/examples
today=$(date +%F) # the local date (docs/spec.md, "Today")

cp "$examples/example-trust-2025-26.yaml" t.yaml
run "$FTSU_GAP" actions done t.yaml coi-register --on 20/02/2026
expect_rc 0 "done --on"
expect_match "$OUT" "^coi-register: marked done on 20 February 2026; saved t.yaml$" "done says what it did"
expect_match "$ERR" "t.yaml.orig" "the file's own comments are kept in a copy first"
run "$FTSU_GAP" actions note t.yaml guardian-ring-fenced-time "Panel approved; advert out, closes 3 March"
expect_rc 0 "note"
run "$FTSU_GAP" actions due t.yaml detriment-process 2026-10-31 --reason "Waiting for the HR review, café, \"quoted\""
expect_rc 0 "due"
run "$FTSU_GAP" actions drop t.yaml feedback-experience-sought --reason "Replaced by the national survey"
expect_rc 0 "drop"
run "$FTSU_GAP" actions start t.yaml inv-timescale-set
expect_rc 0 "start"
[ -e t.yaml.orig ] || fail "no t.yaml.orig"
CHECKS=$((CHECKS + 1))
python3 - "$today" <<'PY' || fail "the non-interactive forms did not write what they said"
import sys, yaml, datetime
a = yaml.safe_load(open("t.yaml"))["answers"]
d = datetime.date.fromisoformat
assert a["coi-register"]["status"] == "done" and a["coi-register"]["completed_on"] == d("2026-02-20"), a["coi-register"]
notes = a["guardian-ring-fenced-time"]["progress_notes"]
assert notes[-1] == {"date": d(sys.argv[1]), "note": "Panel approved; advert out, closes 3 March"}, notes
assert len(notes) == 3, notes
e = a["detriment-process"]
assert e["due"] == d("2026-10-31"), e
assert e["due_history"] == [{"from": d("2026-07-31"), "to": d("2026-10-31"), "date": d(sys.argv[1]),
                             "why": 'Waiting for the HR review, café, "quoted"'}], e
e = a["feedback-experience-sought"]
assert e["status"] == "dropped" and e["dropped_reason"] == "Replaced by the national survey", e
assert a["inv-timescale-set"]["status"] == "in-progress"
PY
CHECKS=$((CHECKS + 1))
run "$FTSU_GAP" validate t.yaml
expect_rc 0 "the changed file validates"

# What is refused, changing nothing.
cp t.yaml before.yaml
run "$FTSU_GAP" actions done t.yaml coi-register
expect_rc 3 "done twice"
expect_match "$ERR" "the action is already done; it takes notes only; nothing changed" "says why"
run "$FTSU_GAP" actions note t.yaml no-such-item "x"
expect_rc 3 "an unknown item"
expect_match "$ERR" "the file has no entry for 'no-such-item'" "names the item"
run "$FTSU_GAP" actions due t.yaml detriment-process 2026-12-31
expect_rc 2 "due without --reason"
run "$FTSU_GAP" actions due t.yaml detriment-process 31-12-2026x --reason x
expect_rc 2 "due with no date"
expect_match "$ERR" "is not a date" "says so"
run "$FTSU_GAP" actions drop t.yaml detriment-process --reason "   "
expect_rc 3 "drop with an empty reason"
run "$FTSU_GAP" actions done - coi-register <t.yaml
expect_rc 2 "standard input cannot be changed"
run "$FTSU_GAP" actions done "$examples/example-trust-2025-26-merged.yaml" coi-register
expect_rc 2 "a merged file is refused"
expect_match "$ERR" "merged file" "says why"
expect_same before.yaml t.yaml "nothing refused changed the file"

# The list still works, and shows the record.
run "$FTSU_GAP" actions t.yaml --owner "director of people"
expect_rc 0 "the list"
expect_match "$OUT" "Latest note: .*Panel approved; advert out" "the latest note is listed"
expect_match "$OUT" "Due date moved once \(last from 31 Jul 2026: Waiting for the HR review" "the move is listed"
run "$FTSU_GAP" actions
expect_rc 2 "actions with no file"

# actions update through a pipe: overdue first, each change saved at once.
cp "$examples/example-trust-2025-26.yaml" u.yaml
printf '%s\n' n 'First note, with a comma' i s m 2027-01-31 'Committee moved' d '' >input.txt
run "$FTSU_GAP" --color always actions update u.yaml --owner "Director of People" <input.txt
expect_rc 0 "the walk ends at the last action"
expect_no_match "$OUT$ERR" $'\x1b' "no escape codes through a pipe, even with --color always"
expect_match "$OUT" "2 open actions in u.yaml, overdue first" "the open actions of the owner"
expect_match "$OUT" "\[1/2\] guardian-ring-fenced-time" "the longest overdue first"
expect_match "$OUT" "\(due date moved twice\)" "the moves are shown"
expect_match "$OUT" "2 of 2 open actions visited; 4 changes saved in u.yaml" "the summary"
python3 - "$today" <<'PY' || fail "the walk did not save what was typed"
import sys, yaml, datetime
a = yaml.safe_load(open("u.yaml"))["answers"]
d = datetime.date.fromisoformat
g = a["guardian-ring-fenced-time"]
assert g["status"] == "in-progress" and g["progress_notes"][-1] == {"date": d(sys.argv[1]), "note": "First note, with a comma"}, g
e = a["detriment-process"]
assert e["due"] == d("2027-01-31") and e["due_history"][-1]["why"] == "Committee moved", e
assert e["status"] == "done" and e["completed_on"] == d(sys.argv[1]), e
PY
CHECKS=$((CHECKS + 1))
# Done actions are not walked again; q stops at once, end of input cleanly.
run "$FTSU_GAP" actions update u.yaml --owner "Director of People" <<<"q"
expect_match "$OUT" "1 open action in u.yaml" "the done action is no longer walked"
expect_rc 0 "q"
run "$FTSU_GAP" actions update u.yaml --owner nobody </dev/null
expect_rc 0 "no actions for that owner"
expect_match "$OUT" "No open actions for nobody in u.yaml." "says so"
cp u.yaml before.yaml
printf '%s\n' z m soon 2027-05-31 '' x '' >input.txt
run "$FTSU_GAP" actions update u.yaml <input.txt
expect_rc 0 "end of input"
expect_match "$OUT" "Type one of: n note" "a wrong key gets a hint"
expect_match "$OUT" "Type a date as 2027-03-31 or 31/03/2027." "a wrong date gets a hint"
expect_match "$OUT" "a move needs its reason" "a move without a reason is not made"
expect_match "$OUT" "dropping needs the reason" "a drop without a reason is not made"
expect_same before.yaml u.yaml "nothing was changed"

# The reports show the record.
run "$FTSU_GAP" report t.yaml --format markdown
expect_match "$OUT" "_done on 20 February 2026_|_dropped: Replaced by the national survey_" "Markdown shows the status"
run "$FTSU_GAP" report t.yaml --format text
expect_match "$OUT" "due date moved once" "text shows the move"
# report --compare shows the movement since last year.
cp "$examples/example-trust-2026-27.yaml" n.yaml
run "$FTSU_GAP" actions drop n.yaml guardian-scope-understood --reason "Covered by the national campaign"
expect_rc 0 "drop this year"
run "$FTSU_GAP" actions done n.yaml training-managers-respond --on 2027-02-01
expect_rc 0 "done this year"
run "$FTSU_GAP" report n.yaml --compare "$examples/example-trust-2025-26.yaml" --format markdown
expect_rc 0 "report --compare"
expect_match "$OUT" "\| done on 1 February 2027 \|" "completed with its date"
expect_match "$OUT" "### Actions in progress \(3\)" "in progress"
expect_match "$OUT" "Covered by the national campaign \|" "dropped with the reason"
expect_match "$OUT" "### Due dates moved since 2025/26 \(1\)" "the due dates moved"
run "$FTSU_GAP" report n.yaml --compare "$examples/example-trust-2025-26.yaml" -o n.docx
expect_rc 0 "report --compare as docx"
if /usr/bin/python3 -c 'import docx' 2>/dev/null; then
  /usr/bin/python3 - <<'PY' || fail "the docx does not show the movement"
import docx
d = docx.Document("n.docx")
heads = [p.text for p in d.paragraphs if p.style.name.startswith("Heading")]
for h in ["Actions in progress (3)", "Actions dropped since 2025/26 (1)", "Due dates moved since 2025/26 (1)"]:
    assert h in heads, (h, heads)
cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
assert "Covered by the national campaign" in cells and "done on 1 February 2027" in cells, cells[-20:]
PY
  CHECKS=$((CHECKS + 1))
fi
finish 50
