#!/usr/bin/env bash
# merge through the binary (docs/respondents.md): init --respondent, the
# worked example merged and read by validate and report, idempotence byte
# for byte, the rules, each refusal with its exit code, and -o refused on
# an input.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"
ex=$FTSU_SOURCE_DIR/examples
g=$ex/example-trust-2025-26-guardian.yaml
e=$ex/example-trust-2025-26-exec-lead.yaml
n=$ex/example-trust-2025-26-ned.yaml

run "$FTSU_GAP" init ngo-case-reviews -o mine.yaml --respondent " FTSU guardian " --period 2026/27
expect_rc 0 "init --respondent"
expect_match "$(cat mine.yaml)" "^respondent: FTSU guardian$" "init writes the respondent, trimmed"
run "$FTSU_GAP" init ngo-case-reviews -o blank.yaml --respondent " "
expect_rc 2 "init --respondent with no name"

run "$FTSU_GAP" merge "$g" "$e" "$n" -o merged.yaml
expect_rc 0 "merge of three respondents"
expect_match "$ERR" "^Merged the answers of 3 respondents \(FTSU guardian, Executive lead for FTSU, Non-executive lead for FTSU\) by rule lowest into merged.yaml" "merge says what it did"
# The example names the schema in docs/ on its first line; the rest is what merge writes.
tail -n +2 merged.yaml >merged.body
tail -n +2 "$ex/example-trust-2025-26-merged.yaml" >example.body
expect_same merged.body example.body "the merged example is what merge writes"
run "$FTSU_GAP" validate merged.yaml
expect_rc 0 "the merged file validates"
run "$FTSU_GAP" report merged.yaml --format json -o merged.json
expect_rc 0 "report reads the merged file"
python3 - <<'PY' || fail "the merged answers"
import json
items = {i["id"]: i for i in json.load(open("merged.json"))["items"]}
# lowest: the executive lead's met and the guardian's partial give partial,
# the non-executive's not met gives not met.
assert items["guardian-ring-fenced-time"]["answer"] == "partial", items["guardian-ring-fenced-time"]
assert items["barriers-bme-responses-checked"]["answer"] == "not-met"
# not applicable is left out of the rule: the non-executive's partial counts.
assert items["sa-confidentiality-narrow"]["answer"] == "partial"
PY
CHECKS=$((CHECKS + 1))

run "$FTSU_GAP" merge merged.yaml -o again.yaml
expect_rc 0 "merge of a merged file"
expect_same merged.yaml again.yaml "merging a merged file with nothing new changes nothing"
run "$FTSU_GAP" merge merged.yaml "$g" "$e" -o again2.yaml
expect_rc 0 "merge of a merged file with its own respondents again"
expect_same merged.yaml again2.yaml "respondents given again with the same answers are kept once"

run "$FTSU_GAP" merge "$g" "$e" "$n" --rule majority -o majority.yaml
expect_rc 0 "--rule majority"
expect_match "$(cat majority.yaml)" "^merge_rule: majority$" "the rule is written"
run "$FTSU_GAP" merge majority.yaml -o majority2.yaml
expect_same majority.yaml majority2.yaml "a merged file keeps its rule when merged again"
run "$FTSU_GAP" merge "$g" "$e" "$n" --rule mean -o x.yaml
expect_rc 2 "an unknown rule"

sed 's|^period: 2025/26$|period: 2024/25|' "$n" >ned-other-period.yaml
run "$FTSU_GAP" merge "$g" ned-other-period.yaml -o x.yaml
expect_rc 3 "another period is refused"
expect_match "$ERR" "ned-other-period.yaml names period '2024/25' but .*guardian.yaml names '2025/26'" "the refusal names both files"
sed '/^respondent:/d' "$n" >anonymous.yaml
run "$FTSU_GAP" merge "$g" anonymous.yaml -o x.yaml
expect_rc 3 "a file without its respondent is refused"
expect_match "$ERR" "anonymous.yaml does not name its respondent" "and says so"
sed '0,/^    answer: met$/s//    answer: partial/' "$g" >guardian-revised.yaml
run "$FTSU_GAP" merge merged.yaml guardian-revised.yaml -o x.yaml
expect_rc 3 "one respondent twice with different answers is refused"
expect_match "$ERR" "respondent 'FTSU guardian' is in both merged.yaml and guardian-revised.yaml" "naming both files"
[ ! -e x.yaml ] || fail "a refused merge wrote its output"
CHECKS=$((CHECKS + 1))
cp merged.yaml in-place.yaml
run "$FTSU_GAP" merge in-place.yaml -o in-place.yaml
expect_rc 2 "-o naming an input is refused"
expect_same merged.yaml in-place.yaml "the input is untouched"

# The disagreements, in every text format, and the gate.
run "$FTSU_GAP" report merged.yaml
expect_match "$OUT" "^Where you disagree$" "the text report has the disagreements"
expect_match "$OUT" "^  1\. (hr-processes-supportive|barriers-bme-responses-checked) \(2 steps apart\)$" "widest first"
expect_match "$OUT" "^     - Non-executive lead for FTSU: Not met\. Evidence: " "who said what, with their evidence"
run "$FTSU_GAP" report "$g"
expect_no_match "$OUT" "Where you disagree" "one respondent's report has no disagreements"
run "$FTSU_GAP" report merged.yaml --fail-on-disagreement 2
expect_rc 1 "--fail-on-disagreement 2 with two items two steps apart"
expect_match "$ERR" "gate failed: 2 items differ by two steps or more between respondents" "the gate is named"
run "$FTSU_GAP" report merged.yaml --fail-on-disagreement 3 -q
expect_rc 0 "--fail-on-disagreement 3 passes"
run "$FTSU_GAP" report "$g" --fail-on-disagreement 1
expect_rc 2 "--fail-on-disagreement on a file that is not merged"
run "$FTSU_GAP" report merged.yaml --fail-on-disagreement 0
expect_rc 2 "--fail-on-disagreement 0"

# CSV: the action plan's columns, then the merged file's (respondent_columns()).
run "$FTSU_GAP" report merged.yaml --format csv -o merged.csv
expect_rc 0 "csv of a merged file"
expect_match "$(head -1 merged.csv)" ',progress,latest_note_on,latest_note,completed_on,dropped_reason,due_moves,action_by,steps_apart,not_applicable_to_some,"answer: FTSU guardian","answer: Executive lead for FTSU","answer: Non-executive lead for FTSU","evidence: FTSU guardian",' "csv: the respondents' columns"
CHECKS=$((CHECKS + 1))
python3 - <<'PY' || fail "csv: steps and each answer"
import csv
rows = {r["id"]: r for r in csv.DictReader(open("merged.csv", encoding="utf-8-sig", newline=""))}
r = rows["hr-processes-supportive"]
assert (r["steps_apart"], r["not_applicable_to_some"]) == ("2", "no"), r
assert [r[f"answer: {n}"] for n in ("FTSU guardian", "Executive lead for FTSU", "Non-executive lead for FTSU")] == ["Partially met", "Met", "Not met"], r
assert r["evidence: Non-executive lead for FTSU"].startswith("Two of the three case reviews"), r
assert rows["sa-confidentiality-narrow"]["not_applicable_to_some"] == "yes"
assert rows["policy-adopted"]["steps_apart"] == "0"
PY
run "$FTSU_GAP" report "$g" --format csv -o single.csv
expect_no_match "$(head -1 single.csv)" "steps_apart" "csv of one respondent's file: the action plan alone"
# xlsx: a sixth sheet, read back with openpyxl where Debian's is installed.
run "$FTSU_GAP" report merged.yaml --format xlsx -o merged.xlsx
expect_rc 0 "xlsx of a merged file"
if /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
  CHECKS=$((CHECKS + 1))
  /usr/bin/python3 - <<'PY' || fail "the xlsx sheet Where you disagree"
from openpyxl import load_workbook
wb = load_workbook("merged.xlsx")
assert wb.sheetnames == ["Board summary", "Summary", "Sections", "Action plan", "All items", "Where you disagree"], wb.sheetnames
rows = [list(r) for r in wb["Where you disagree"].iter_rows(values_only=True)]
assert rows[2][:5] == ["Section", "FTSU guardian", "Executive lead for FTSU", "Non-executive lead for FTSU", "Spread"], rows[2]
header = next(i for i, r in enumerate(rows) if r[0] == "Item" and r[2] == "Merged answer")
# The non-executive lead's blank: their coverage, and the item they left.
cov = next(i for i, r in enumerate(rows) if r[0] == "Share of items answered (%)")
assert rows[cov + 12][:4] == ["Overall", 100, 100, 100 * 47 / 48], rows[cov + 12]
blank = next(i for i, r in enumerate(rows) if r[0] == "Item" and r[2] == "Not answered by")
assert rows[blank + 1][0] == "sa-protected-disclosure-clause" and rows[blank + 1][2] == "Non-executive lead for FTSU", rows[blank + 1]
assert rows[header][3:6] == ["Steps apart", "Not applicable to some", "Answer: FTSU guardian"], rows[header]
first = rows[header + 1]
assert first[3] == 2 and isinstance(first[3], (int, float)), first
assert abs(rows[13][1] - 68.75) < 1e-9, rows[13]
PY
fi

cp merged.yaml assess-merged.yaml
run "$FTSU_GAP" assess -o assess-merged.yaml --respondent Someone </dev/null
expect_rc 2 "assess --respondent on a merged file is refused"
expect_same merged.yaml assess-merged.yaml "and leaves it as it was"
# Issue 29 item 3: an edit on a merged file was silently undone by the
# next merge; assess (--review or not) refuses it and says what to do.
for mode in --review ""; do
  run "$FTSU_GAP" assess -o assess-merged.yaml $mode <<<"n"
  expect_rc 2 "assess $mode on a merged file is refused"
  expect_match "$ERR" "assess-merged.yaml is a merged file of 3 respondents; assess does not change it.*Change a respondent's own file \(ftsu-gap assess -o THEIR-FILE.yaml\) and merge again" "and points to the respondent's own file"
  expect_same merged.yaml assess-merged.yaml "the merged file is unchanged"
  [ ! -e assess-merged.yaml.lock ] || fail "assess left its lock behind"
  CHECKS=$((CHECKS + 1))
done

# Through the year: diff, trend and aggregate read a merged file as any
# other, and init --from starts a respondent's next file from it.
run "$FTSU_GAP" diff "$ex/example-trust-2024-25.yaml" merged.yaml
expect_rc 0 "diff of last year and a merged file"
expect_match "$OUT" "^Overall   60\.3% -> 70\.7%" "diff scores the merged answers"
run "$FTSU_GAP" trend "$ex/example-trust-2023-24.yaml" "$ex/example-trust-2024-25.yaml" merged.yaml
expect_rc 0 "trend with a merged file"
sed 's/^organisation: .*/organisation: Another Trust/' "$ex/example-trust-2024-25.yaml" >another.yaml
run "$FTSU_GAP" aggregate another.yaml merged.yaml
expect_rc 0 "aggregate with a merged file"
expect_match "$(tr "\n" " " <<<"$OUT")" ": 2 files; 1 of them merged from several respondents, each counted as one organisation" "aggregate counts a merged file as one organisation"
expect_match "$OUT" "merged from 3 respondents" "and says how many files were merged"
run "$FTSU_GAP" aggregate merged.yaml --format json
python3 -c 'import json,sys; f=json.loads(sys.argv[1])["files"]; assert f[0]["respondents"] == 3, f' "$OUT" ||
  fail "aggregate json: respondents"
CHECKS=$((CHECKS + 1))
run "$FTSU_GAP" init --from merged.yaml --respondent "Non-executive lead for FTSU" --period 2026/27 -o next-ned.yaml
expect_rc 0 "init --from a merged file for one respondent"
next=$(cat next-ned.yaml)
expect_match "$next" "^respondent: Non-executive lead for FTSU$" "the new file names its respondent"
expect_no_match "$next" "^respondents:|^merge_rule:" "the new file is one respondent's, not merged"
expect_match "$next" "evidence: \"No breakdown by ethnicity has come to the board this year.\"|evidence: No breakdown by ethnicity has come to the board this year." "the respondent's own evidence is carried"
expect_match "$next" "^    action: \"?Ask for the breakdown by ethnicity in the next guardian report to the board\.\"?$" "the respondent's own action is carried, not a joined one"
run "$FTSU_GAP" init --from merged.yaml --respondent "NON-EXECUTIVE LEAD FOR FTSU" --period 2026/27 -o next-ned-upper.yaml
expect_rc 0 "init --from with the respondent's name in another case"
expect_same <(tail -n +2 next-ned.yaml | sed 's/^respondent: .*$//') <(tail -n +2 next-ned-upper.yaml | sed 's/^respondent: .*$//') "the name in any case carries the same answers"

# Issue 22 item 1: two respondents' actions on one item stay two actions,
# each with its own owner, due date and status, in every format and in
# `actions`.
lc=$ex/local-checklist.yaml
head_of() {
  printf 'format: ftsu-gap/answers/v1\nchecklist: example-local-champions\nchecklist_version: "2026.1"\norganisation: Trust\nperiod: 2025/26\nassessed_on: 2026-12-01\nrespondent: %s\nanswers:\n' "$1"
}
{ head_of "FTSU guardian"
  printf '  champions-signpost-only:\n    answer: partial\n    action: Train managers\n    owner: Director of People\n    due: 2026-10-31\n'
  printf '  champions-trained: met\n'
} >plan-g.yaml
{ head_of "Executive lead"
  printf '  champions-signpost-only:\n    answer: partial\n    action: Board paper on signposting\n    owner: Chief Executive\n    due: 2027-03-31\n    status: in-progress\n'
  printf '  champions-trained:\n    answer: partial\n    action: Audit training records\n    owner: Chief Executive\n    due: 2027-01-31\n'
} >plan-e.yaml
run "$FTSU_GAP" merge --checklist "$lc" plan-g.yaml plan-e.yaml -o plan-m.yaml
expect_rc 0 "merge of two respondents' plans"
run "$FTSU_GAP" actions --checklist "$lc" plan-m.yaml --owner "Chief Executive"
expect_rc 0 "actions --owner on a merged file"
expect_match "$OUT" "^Open actions for Chief Executive: 2 \(none overdue\)" "--owner finds both of the owner's actions, the shared item's included"
expect_match "$OUT" "Board paper on signposting" "the shared item's action is the owner's own"
expect_no_match "$OUT" "Train managers|Director of People" "and not the other respondent's"
run "$FTSU_GAP" actions --checklist "$lc" plan-m.yaml --owner "Director of People" --overdue
expect_match "$OUT" "^Overdue actions for Director of People: 1 " "overdue is judged per action"
run "$FTSU_GAP" actions --checklist "$lc" plan-m.yaml --format json
python3 - "$OUT" <<'PY' || fail "actions json of a merged file"
import json, sys
acts = [a for g in json.loads(sys.argv[1])["owners"] for a in g["actions"]]
by = {(a["item"], a["respondent"]): a for a in acts}
assert len(acts) == 3, acts
g = by[("champions-signpost-only", "FTSU guardian")]
assert (g["owner"], g["due"], g["overdue"], g["status"]) == ("Director of People", "2026-10-31", True, "open"), g
e = by[("champions-signpost-only", "Executive lead")]
assert (e["owner"], e["due"], e["overdue"], e["status"]) == ("Chief Executive", "2027-03-31", False, "in-progress"), e
PY
CHECKS=$((CHECKS + 1))
run "$FTSU_GAP" report --checklist "$lc" plan-m.yaml --format json
python3 - "$OUT" <<'PY' || fail "report json of a merged file: actions"
import json, sys
items = {i["id"]: i for i in json.loads(sys.argv[1])["items"]}
acts = items["champions-signpost-only"]["actions"]
assert [(a["respondent"], a["owner"], a["due"], a["overdue"]) for a in acts] == [
    ("FTSU guardian", "Director of People", "2026-10-31", True),
    ("Executive lead", "Chief Executive", "2027-03-31", False)], acts
assert items["champions-signpost-only"]["owner"] is None, "no joined owner"
PY
CHECKS=$((CHECKS + 1))
run "$FTSU_GAP" report --checklist "$lc" plan-m.yaml
expect_no_match "$OUT" "Director of People; Chief Executive" "the text report joins no owners"
expect_match "$OUT" "Action by Executive lead · Owner: Chief Executive · Due: 31 March 2027$" "the text report gives each action its owner and due date"
expect_match "$(tr '\n' ' ' <<<"$OUT" | tr -s ' ')" "Action by FTSU guardian · Owner: Director of People · Due: 31 October 2026 \(overdue by [0-9]+ [a-z]+\) Action: Train managers" "and judges overdue per action"
run "$FTSU_GAP" report --checklist "$lc" plan-m.yaml --format markdown
expect_match "$OUT" "FTSU guardian: Train managers<br>Executive lead: Board paper on signposting" "markdown: each action with who wrote it"
run "$FTSU_GAP" report --checklist "$lc" plan-m.yaml --format html
expect_match "$OUT" "<strong>Executive lead:</strong> Board paper on signposting<br><span class=\"muted\">Chief Executive, due" "html: each action with its owner"
run "$FTSU_GAP" report --checklist "$lc" plan-m.yaml --format csv
python3 - "$OUT" <<'PY' || fail "csv plan of a merged file: a row per action"
import csv, io, sys
rows = [r for r in csv.DictReader(io.StringIO(sys.argv[1].lstrip("\ufeff"))) if r["id"] == "champions-signpost-only"]
assert [(r["action_by"], r["owner"], r["due"], r["overdue"]) for r in rows] == [
    ("FTSU guardian", "Director of People", "2026-10-31", "yes"),
    ("Executive lead", "Chief Executive", "2027-03-31", "no")], rows
PY
CHECKS=$((CHECKS + 1))

# The example script: the papers written, then exit 1 for the two items two
# steps apart.
run env FTSU_GAP="$FTSU_GAP" bash "$ex/several-respondents.sh" papers
expect_rc 1 "examples/several-respondents.sh fails its gate on the example"
expect_match "$OUT" "^Scores by respondent" "it prints the scores by respondent"
expect_match "$ERR" "gate failed: 2 items differ by two steps or more" "and names the gate"
for f in answers-2025-26.yaml report.html report.md action-plan.csv report.json; do
  CHECKS=$((CHECKS + 1))
  [ -s "papers/$f" ] || fail "several-respondents.sh did not write $f"
done

finish 80
