#!/usr/bin/env bash
# actions, the director's list: several files at once, --owner, --overdue,
# standard input, every format, usage errors, and hostile text.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"
examples=$FTSU_SOURCE_DIR/examples
ngo=$examples/example-trust-2025-26.yaml
policy=$examples/example-trust-policy-2025-26.yaml
champions=$examples/local-answers-2025-26.yaml

# Several files, of three checklists, at once.
run "$FTSU_GAP" actions --checklist-dir "$examples" "$ngo" "$policy" "$champions"
expect_rc 0 "three files"
three=$OUT
expect_match "$OUT" "^Open actions: 35 \(6 overdue\) across 3 files$" "headline"
expect_match "$(grep -m1 ': .* open, .* overdue$' <<<"$OUT")" "^FTSU guardian: 9 open, 1 overdue$" \
  "the group with the earliest overdue action first (ties by name)"
expect_match "$(grep ': .* open, .* overdue$' <<<"$OUT" | tail -1)" "^\(no owner\): 1 open" \
  "the actions with no owner last"
expect_match "$OUT" "routes-alternatives · in progress" "an in-progress action on a met item is listed"
expect_match "$OUT" "Answer: Met · Owner: FTSU Guardian" "an owner spelt differently is grouped, and shown as written"
expect_no_match "$OUT" "signposting-current" "an action on a met item with no status is finished"
expect_no_match "$OUT" "Agree a detriment review procedure" "a done action is not listed"
expect_match "$OUT" "^  - no due date  training-speak-up" "an action with no due date"
width=$(python3 -c 'import sys; print(max(len(l) for l in sys.stdin.read().split("\n")))' <<<"$OUT")
CHECKS=$((CHECKS + 1))
[ "$width" -le 80 ] || fail "the list is $width columns wide through a pipe, expected at most 80"
expect_no_match "$OUT" $'\x1b' "no colour through a pipe"
run "$FTSU_GAP" --color always actions "$ngo"
expect_no_match "$OUT" $'\x1b' "no colour into a pipe, even with --color always"

# Within each group: overdue first, then by due date, undated last.
python3 - "$three" <<'PY' || fail "actions out of order within a group"
import datetime, re, sys
groups = re.split(r"\n\n(?=\S)", sys.argv[1])[2:]
assert len(groups) == 13, len(groups)
def iso(due):  # "31 Mar 2027", as people read it
    return datetime.datetime.strptime(due, "%d %b %Y").date().isoformat()
for group in groups:
    keys = []
    for due, overdue in re.findall(r"^  - (\d{1,2} [A-Z][a-z]{2} \d{4}|no due date)( \(overdue by [^)]*\))?", group, re.M):
        keys.append((0 if overdue else 1, "9999" if due == "no due date" else iso(due)))
    assert keys and keys == sorted(keys), (group.splitlines()[0], keys)
PY
CHECKS=$((CHECKS + 1))

# --owner: the whole name, trimmed, in any case.
run "$FTSU_GAP" actions "$ngo" "$policy" --owner "  director of PEOPLE "
expect_rc 0 "--owner"
expect_match "$OUT" "^Open actions for Director of People: 2 \(1 overdue\) across 2 files$" "--owner headline"
expect_match "$(grep -c ': .* open, .* overdue$' <<<"$OUT")" "^1$" "--owner: one group"
run "$FTSU_GAP" actions "$ngo" "$policy" --owner "Director"
expect_rc 0 "--owner matching nobody is not an error"
expect_match "$OUT" "^No open actions for Director across 2 files\.$" "--owner: part of a name matches nothing"
run "$FTSU_GAP" actions "$ngo" --owner "   "
expect_rc 2 "--owner with no name"

# --overdue: only overdue actions, every one marked.
run "$FTSU_GAP" actions "$ngo" "$policy" --overdue
expect_rc 0 "--overdue"
expect_match "$OUT" "^Overdue actions: 6 across 2 files$" "--overdue headline"
expect_match "$(grep -c '^  - ' <<<"$OUT")" "^6$" "--overdue: six actions"
expect_match "$(grep -c '^  - [0-9]* [A-Z][a-z]* [0-9]* (overdue by [0-9]* [a-z]*)' <<<"$OUT")" "^6$" "--overdue: all of them overdue, and by how long"
expect_match "$OUT" "^Company secretary: 2 overdue$" "--overdue: groups count only overdue actions"
run "$FTSU_GAP" actions "$ngo" "$policy" --overdue --owner "company secretary"
expect_match "$OUT" "^Overdue actions for Company secretary: 2 across 2 files$" "--overdue with --owner"
run "$FTSU_GAP" actions "$champions" --checklist "$examples/local-checklist.yaml" --overdue
expect_rc 0 "no overdue actions is not an error"
expect_match "$OUT" "^No overdue actions across 1 file\.$" "a sentence says there are none"

# Standard input, once only.
run "$FTSU_GAP" actions - "$policy" <"$ngo"
expect_rc 0 "'-' reads standard input"
expect_match "$OUT" "^- <stdin>: Example Community Health NHS Trust" "standard input named <stdin>"
expect_match "$OUT" "^Open actions: 33 \(6 overdue\) across 2 files$" "standard input and a file"
run "$FTSU_GAP" actions - - <"$ngo"
expect_rc 2 "'-' twice"
expect_match "$ERR" "standard input\) is given more than once" "says why"

# Every format.
for format in markdown json csv; do
  run "$FTSU_GAP" actions "$ngo" "$policy" --format "$format" -o "out.$format"
  expect_rc 0 "$format to a file"
done
python3 - <<'PY' || fail "the JSON list does not parse or is inconsistent"
import json
d = json.load(open("out.json"))
assert d["format"] == "ftsu-gap/actions/v1"
assert [f["as_of"] for f in d["files"]] == ["2026-03-26", "2026-03-26"]
actions = [a for o in d["owners"] for a in o["actions"]]
assert d["summary"] == {"open": len(actions), "overdue": sum(a["overdue"] for a in actions)} == {"open": 33, "overdue": 6}
keys = ["owner", "due", "overdue", "status", "organisation", "period", "checklist", "item", "statement",
        "answer", "answer_label", "action", "progress", "progress_notes", "due_history", "file",
        "respondent"]
assert all(list(a) == keys for a in actions)
moved = [a for a in actions if a["item"] == "guardian-ring-fenced-time"]
assert len(moved) == 1 and len(moved[0]["due_history"]) == 2 and moved[0]["progress_notes"][-1] == {
    "date": "2026-01-09", "note": "Panel deferred the decision to its February meeting."}, moved
assert d["owners"][-1]["owner"] is None and d["owners"][-1]["actions"][0]["owner"] is None
assert {a["status"] for a in actions} == {"open", "in-progress"}
PY
CHECKS=$((CHECKS + 1))
python3 - <<'PY' || fail "the CSV list is not one row per action"
import csv
raw = open("out.csv", "rb").read()
assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
assert rows[0] == ["owner", "due", "overdue", "status", "organisation", "period", "checklist", "item",
                   "statement", "answer", "answer_label", "action", "progress", "latest_note_on",
                   "latest_note", "due_moves", "file", "respondent"], rows[0]
assert len(rows) == 34 and all(len(r) == 18 for r in rows)
assert [(r[13], r[15]) for r in rows if r[7] == "guardian-ring-fenced-time"] == [("2026-01-09", "2")]
assert sum(r[2] == "yes" for r in rows[1:]) == 6 and {r[2] for r in rows[1:]} == {"yes", "no"}
PY
CHECKS=$((CHECKS + 1))
expect_match "$(cat out.markdown)" "^## FTSU guardian: 8 open, 1 overdue$" "markdown: a heading per owner"
run "$FTSU_GAP" actions "$ngo" -o narrow.txt
expect_match "$(head -1 narrow.txt)" "^Open actions: 23" "text to a file"

# Usage, input and file errors.
run "$FTSU_GAP" actions
expect_rc 2 "no file"
run "$FTSU_GAP" actions "$ngo" --format html
expect_rc 2 "html is not a format of actions"
run "$FTSU_GAP" actions "$ngo" --top 3
expect_rc 2 "an option of another command"
run "$FTSU_GAP" actions "$ngo" missing.yaml
expect_rc 4 "a missing file"
run "$FTSU_GAP" actions "$FTSU_SOURCE_DIR/checklists/ngo-case-reviews/2026.1.yaml"
expect_rc 3 "a checklist given as answers"
sed 's/^    due: 2026-01-31$/    status: finished/' "$ngo" >bad-status.yaml
run "$FTSU_GAP" actions bad-status.yaml
expect_rc 3 "an unknown status"
expect_match "$ERR" "$ERROR_LINE" "the error has a position"
run "$FTSU_GAP" actions --checklist ngo-case-reviews "$ngo" "$policy"
expect_rc 3 "--checklist for only one of the files"

# Zero open actions in every format.
cat >all-met.yaml <<'YAML'
format: ftsu-gap/answers/v1
checklist: example-local-champions
checklist_version: "2026.1"
assessed_on: 2026-03-20
answers:
  champions-signpost-only: met
  champions-trained:
    answer: met
    action: Keep the training record current.
YAML
run "$FTSU_GAP" actions --checklist-dir "$examples" all-met.yaml
expect_rc 0 "nothing open"
expect_match "$OUT" "^No open actions across 1 file\.$" "text says so"
run "$FTSU_GAP" actions --checklist-dir "$examples" all-met.yaml --format markdown
expect_match "$OUT" "^No open actions across 1 file\.$" "markdown says so"
run "$FTSU_GAP" actions --checklist-dir "$examples" all-met.yaml --format json
python3 -c 'import json,sys; d = json.loads(sys.stdin.read()); assert d["summary"] == {"open": 0, "overdue": 0} and d["owners"] == []' <<<"$OUT" ||
  fail "json: an empty list"
CHECKS=$((CHECKS + 1))

# Hostile text in the owner, the action and the progress note.
cat >hostile.yaml <<'YAML'
format: ftsu-gap/answers/v1
checklist: example-local-champions
checklist_version: "2026.1"
organisation: "Org <img src=x onerror=alert(1)>"
assessed_on: 2026-03-20
answers:
  champions-trained:
    answer: partial
    action: "=HYPERLINK(\"http://evil.example\") \e]0;owned\a <script>x</script> | b"
    owner: "+Evil \e]52;c;SGVsbG8=\a\e[2J owner \u202e"
    due: 2026-01-01
    status: in-progress
    progress: "line one\nline two \x9b \u2028"
YAML
run "$FTSU_GAP" actions --checklist-dir "$examples" hostile.yaml
expect_rc 0 "hostile text"
expect_no_match "$OUT$ERR" $'\x1b' "text: no raw ESC"
expect_no_match "$OUT" $'\x07' "text: no raw BEL"
expect_match "$OUT" '\\x1b\]52;c;SGVsbG8=\\x07\\x1b\[2J owner \\u202e: 1 open' "text: the owner shown escaped"
"$FTSU_GAP" actions --checklist-dir "$examples" hostile.yaml >hostile.out 2>&1 </dev/null
script -qec "$(printf '%q ' "$FTSU_GAP") --color always actions --checklist-dir $(printf '%q' "$examples") hostile.yaml" \
  /dev/null >hostile.tty 2>&1 </dev/null
for stream in hostile.out hostile.tty; do
  python3 - "$stream" <<'PY' || fail "$stream: a raw control reached the terminal"
import re, sys
# Our own colour sequences (ESC [ digits m) are the only controls allowed.
data = re.sub(rb"\x1b\[[0-9;]*m", b"", open(sys.argv[1], "rb").read()).replace(b"\r\n", b"\n")
text = data.decode("utf-8", "replace")
assert "\\x1b]52" in text and "\\u202e" in text and "\\u2028" in text, text
assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e]", text), text
PY
  CHECKS=$((CHECKS + 1))
done
CHECKS=$((CHECKS + 1))
grep -q $'\x1b\\[31m1 Jan 2026 (overdue by ' hostile.tty || fail "terminal: the overdue date is not red"
run "$FTSU_GAP" actions --checklist-dir "$examples" hostile.yaml --format markdown
expect_no_match "$OUT" "<script>|<img" "markdown: no raw HTML"
expect_no_match "$OUT" $'\x1b' "markdown: no raw ESC"
expect_match "$OUT" '<br>line two' "markdown: line breaks in cells"
expect_match "$OUT" '\\\| b' "markdown: pipes escaped in cells"
run "$FTSU_GAP" actions --checklist-dir "$examples" hostile.yaml --format csv
expect_match "$OUT" '^"'"'"'\+Evil' "csv: the owner's formula neutralised"
expect_match "$OUT" ',"'"'"'=HYPERLINK\(""http' "csv: the action's formula neutralised"
run "$FTSU_GAP" actions --checklist-dir "$examples" hostile.yaml --format json
python3 -c 'import json,sys; d = json.loads(sys.stdin.read()); a = d["owners"][0]["actions"][0]; assert a["owner"].startswith("+Evil \x1b]52;") and a["progress"].startswith("line one\nline two"), a' <<<"$OUT" ||
  fail "json: hostile text does not round-trip"
CHECKS=$((CHECKS + 1))

# The same file given twice is read once, with a note (issue 29).
cp "$ngo" ngo.yaml && ln -s ngo.yaml ngo-link.yaml
run "$FTSU_GAP" actions --checklist-dir "$examples" ngo.yaml "$policy" ./ngo.yaml "$champions" ngo-link.yaml
expect_rc 0 "a file given three times"
expect_match "$OUT" "^Open actions: 35 \(6 overdue\) across 3 files$" "it is counted once"
expect_match "$ERR" "warning: \\./ngo.yaml: the same file as ngo.yaml, given again: counted once" "with a note"
expect_match "$ERR" "warning: ngo-link.yaml: the same file as ngo.yaml" "a symlink is the same file"
run "$FTSU_GAP" -q actions --checklist-dir "$examples" ngo.yaml ngo.yaml
expect_no_match "$ERR" "warning" "--quiet leaves the note out"

finish 65
