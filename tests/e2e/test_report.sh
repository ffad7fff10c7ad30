#!/usr/bin/env bash
# report and init: formats, gates, exit codes, atomic output, hostile text.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"
examples=$FTSU_SOURCE_DIR/examples
latest=$examples/example-trust-2025-26.yaml

run "$FTSU_GAP" report "$latest"
expect_rc 0 "text report"
expect_match "$OUT" "^Overall score 75\.5%$" "overall line"
expect_match "$OUT" "^Rating        Limited assurance \(capped\)$" "rating line: the label, capped"
expect_match "$OUT" "Rating capped at the lowest band: 1 mandatory item" "cap explained"
expect_match "$OUT" "^Coverage      100\.0% \(47 of 47 answered" "coverage next to the score"
expect_match "$OUT" "^Top 10 gaps \(of 23\)$" "top gaps"
expect_match "$OUT" "\+1\.5 points if met" "gain shown"
width=$(python3 -c 'import sys; print(max(len(l) for l in sys.stdin.read().split("\n")))' <<<"$OUT")
CHECKS=$((CHECKS + 1))
[ "$width" -le 80 ] || fail "text report is $width columns wide, expected at most 80"
expect_no_match "$OUT" $'\x1b' "no colour through a pipe"

run "$FTSU_GAP" --color always report "$latest"
expect_no_match "$OUT" $'\x1b' "no colour into a pipe, even with --color always (docs/cli.md#colour)"
NO_COLOR=1 run "$FTSU_GAP" report "$latest"
expect_no_match "$OUT" $'\x1b' "NO_COLOR"

run "$FTSU_GAP" report "$latest" --top 3
expect_match "$OUT" "^Top 3 gaps \(of 23\)$" "--top 3"
run "$FTSU_GAP" report "$latest" --top 0
expect_match "$OUT" "^Gaps \(23\)$" "--top 0 lists all"

for format in markdown json csv html; do
  run "$FTSU_GAP" report "$latest" --format "$format" -o "out.$format"
  expect_rc 0 "$format to a file"
done
python3 -c 'import json; d = json.load(open("out.json")); assert d["format"] == "ftsu-gap/report/v1"; assert len(d["items"]) == d["overall"]["items"]' ||
  fail "JSON report does not parse or is inconsistent"
CHECKS=$((CHECKS + 1))
expect_match "$(head -c 3 out.csv | od -An -tx1)" "ef bb bf" "CSV starts with a BOM"

# Gates.
run "$FTSU_GAP" report "$latest" --fail-under 70
expect_rc 0 "--fail-under below the score"
run "$FTSU_GAP" report "$latest" --fail-under 80
expect_rc 1 "--fail-under above the score"
expect_match "$ERR" "gate failed: overall score 75\.5 is below --fail-under 80$" "gate message"
expect_match "$OUT" "^Overall score" "the report is still written when the gate fails"
run "$FTSU_GAP" report "$latest" --fail-under 101
expect_rc 2 "--fail-under out of range"
for bad in nan NaN inf -inf 1e999 50x; do
  run "$FTSU_GAP" report "$latest" --fail-under "$bad"
  expect_rc 2 "--fail-under $bad is refused, never a gate silently off"
  run "$FTSU_GAP" report "$latest" --min-coverage "$bad"
  expect_rc 2 "--min-coverage $bad is refused"
done
run "$FTSU_GAP" report "$latest" --min-coverage 100 --fail-on-overdue --fail-if-capped
expect_rc 1 "capped and overdue at full coverage"
expect_no_match "$ERR" "min-coverage" "coverage 100% passes --min-coverage 100"
expect_match "$ERR" "^ftsu-gap: error: gate failed: the rating is capped \(--fail-if-capped\): 1 mandatory item is not fully met: fpp-annual-assessment$" "--fail-if-capped names the item"
expect_match "$ERR" "^ftsu-gap: error: gate failed: 3 overdue actions \(--fail-on-overdue, judged at 2026-03-26\): guardian-ring-fenced-time, fpp-annual-assessment, barriers-bme-responses-checked$" "--fail-on-overdue names them"
run "$FTSU_GAP" report "$FTSU_SOURCE_DIR/examples/example-trust-2023-24.yaml" --min-coverage 90 --fail-under 10
expect_rc 1 "--min-coverage below the coverage, though the score passes"
expect_match "$ERR" "^ftsu-gap: error: gate failed: coverage 78\.7% is below --min-coverage 90 \(37 of 47 answered\)$" "--min-coverage message"
CHECKS=$((CHECKS + 1))
[ "$(grep -c 'gate failed' <<<"$ERR")" -eq 1 ] || fail "only the failed gate is named"
run "$FTSU_GAP" report "$latest" --fail-under 80 --fail-if-capped
expect_rc 1 "two gates failing"
CHECKS=$((CHECKS + 1))
[ "$(grep -c 'gate failed' <<<"$ERR")" -eq 2 ] || fail "every failed gate is named"
# A done action is never overdue.
sed 's/^    due: 2025-12-31$/    due: 2025-12-31\n    status: done/' "$latest" >done.yaml
run "$FTSU_GAP" report done.yaml --fail-on-overdue --format json -o done.json
python3 -c 'import json; d = json.load(open("done.json")); print(len(d["overall"]["overdue_actions"]))' >n_overdue 2>&1
CHECKS=$((CHECKS + 1))
[ "$(cat n_overdue)" -lt 3 ] || fail "a done action still counted as overdue: $(cat n_overdue)"
run "$FTSU_GAP" report "$latest" --format pdf
expect_rc 2 "unknown format"
run "$FTSU_GAP" report missing.yaml
expect_rc 4 "missing answers file"
run "$FTSU_GAP" report "$FTSU_SOURCE_DIR/checklists/ngo-case-reviews/2026.1.yaml"
expect_rc 3 "a checklist given as answers"
expect_match "$ERR" "this is a checklist .* but an answers file is expected here" "told as exactly that"

# init --from carries evidence forward marked with its period; report says
# which evidence was not reviewed, and diff says so of the evidence now.
run "$FTSU_GAP" init --from "$latest" --period 2026/27 -o carried.yaml
expect_rc 0 "init --from"
run "$FTSU_GAP" report carried.yaml
expect_match "$OUT" "^Evidence carried forward, not reviewed this period \(48\)$" "text names the count"
expect_match "$OUT" "^  - guardian-fair-open-appointment \(carried from 2025/26, not reviewed\)$" "text names the items"
run "$FTSU_GAP" report carried.yaml --format markdown
expect_match "$OUT" "^## Evidence carried forward, not reviewed this period \(48\)$" "markdown too"
run "$FTSU_GAP" report carried.yaml --format json -o carried.json
python3 -c 'import json; d = json.load(open("carried.json")); assert len(d["overall"]["evidence_not_reviewed"]) == 48; assert d["items"][0]["evidence_from"] == "2025/26"' ||
  fail "JSON lacks evidence_not_reviewed or evidence_from"
CHECKS=$((CHECKS + 1))
run "$FTSU_GAP" report carried.yaml --format csv
expect_match "$OUT" ',"?2025/26"?,' "CSV has the evidence_from column"
run "$FTSU_GAP" report "$latest"
expect_no_match "$OUT" "not reviewed" "a file without carried evidence says nothing of it"

# Atomic output: a failed write leaves the old file.
echo "old report" >kept.md
run "$FTSU_GAP" report "$latest" --format markdown -o /nonexistent/dir/out.md
expect_rc 4 "unwritable -o"
run "$FTSU_GAP" report broken.yaml -o kept.md
expect_rc 4 "failed input"
expect_match "$(cat kept.md)" "^old report$" "existing output untouched when the input fails"
ls -a | grep -q '\.tmp\.' && fail "temporary file left behind"

# -o onto something that is not a regular file writes into it, never
# replacing it (a rename over a device or FIFO would destroy it).
mkfifo out.fifo
(cat out.fifo >fifo.txt &)
run timeout 20 "$FTSU_GAP" report "$latest" -o out.fifo
expect_rc 0 "-o a FIFO"
sleep 0.2
CHECKS=$((CHECKS + 1))
[ -p out.fifo ] || fail "the FIFO was replaced by a file"
expect_match "$(head -1 fifo.txt)" "^Learning from NGO case reviews$" "the report went through the FIFO"
if mknod -m 666 null.dev c 1 3 2>/dev/null; then
  run "$FTSU_GAP" report "$latest" -o null.dev
  expect_rc 0 "-o a character device"
  CHECKS=$((CHECKS + 1))
  [ -c null.dev ] || fail "the device node was replaced by a file"
fi
run "$FTSU_GAP" report "$latest" -o "$SCRATCH"
expect_rc 4 "-o a directory"

# Hostile text in every format.
cat >hostile-checklist.yaml <<'YAML'
format: ftsu-gap/checklist/v1
id: hostile
version: "1"
title: "Hostile <script>alert(1)</script> | title"
sections:
  - id: s
    title: "Section | with <b>markup</b>"
    items:
      - id: a
        text: "Statement with \e[2J\e]0;owned\a escapes and | pipes"
      - id: b
        text: Plain statement.
YAML
cat >hostile-answers.yaml <<'YAML'
format: ftsu-gap/answers/v1
checklist: hostile
checklist_version: "1"
organisation: "Org <img src=x onerror=alert(1)>"
answers:
  a:
    answer: partial
    evidence: "=HYPERLINK(\"http://evil.example\",\"click\")"
    action: "<script>alert('x')</script> a | b"
    owner: "+SUM(A1:A9)"
    note: "@cmd"
  b:
    answer: not-met
    evidence: "-2+3"
    action: "line one\nline two | and \e[31mred\e[0m"
YAML
run "$FTSU_GAP" report hostile-answers.yaml --checklist hostile-checklist.yaml --top 0
expect_rc 0 "hostile text report"
expect_no_match "$OUT$ERR" $'\x1b' "text: no raw ESC"
expect_no_match "$OUT" $'\x07' "text: no raw BEL"
expect_match "$OUT" '\\x1b\[2J' "text: ESC shown as text"
run "$FTSU_GAP" report hostile-answers.yaml --checklist hostile-checklist.yaml --format markdown --top 0
expect_no_match "$OUT" "<script>|<img|<b>" "markdown: no raw HTML"
expect_no_match "$OUT" $'\x1b' "markdown: no raw ESC"
expect_match "$OUT" 'a \\\| b' "markdown: pipes escaped in cells"
expect_match "$OUT" 'line one<br>line two' "markdown: line breaks in cells"
run "$FTSU_GAP" report hostile-answers.yaml --checklist hostile-checklist.yaml --format csv
expect_match "$OUT" '"'"'"'=HYPERLINK\(""http://evil.example"",""click""\)"' "csv: formula neutralised and quotes doubled"
expect_match "$OUT" '"'"'"'\+SUM\(A1:A9\)"' "csv: + neutralised"
expect_match "$OUT" '"'"'"'-2\+3"' "csv: - neutralised"
expect_no_match "$OUT" ',"=|,"\+|,"-|,"@' "csv: no cell starts with a formula character"
run "$FTSU_GAP" report hostile-answers.yaml --checklist hostile-checklist.yaml --format html --top 0
expect_no_match "$OUT" "<script|<img|<b>" "html: no injected markup"
expect_match "$OUT" "&lt;script&gt;" "html: escaped"
expect_no_match "$OUT" $'\x1b' "html: no raw ESC"
expect_match "$OUT" "Content-Security-Policy" "html: CSP"
# The organisation is also in the CSS of the running header: it cannot end
# the string or the <style> element there.
sed 's/^organisation: .*/organisation: "Org \\" } body { display: none } <\/style><script>alert(1)<\/script>"/' \
  hostile-answers.yaml >hostile-css.yaml
sed 's/answer: partial/answer: met/' hostile-css.yaml >hostile-css-last.yaml
for args in "report hostile-css.yaml" "report hostile-css.yaml --compare hostile-css-last.yaml" \
  "diff hostile-css-last.yaml hostile-css.yaml" "trend hostile-css-last.yaml hostile-css.yaml"; do
  # shellcheck disable=SC2086
  run "$FTSU_GAP" -q $args --checklist hostile-checklist.yaml --format html
  expect_rc 0 "html: $args"
  expect_no_match "$OUT" "<script|<img|<b>" "html: $args: no injected markup"
  expect_match "$(grep -c '</style>' <<<"$OUT")" "^1$" "html: $args: one </style>, ours"
  expect_match "$OUT" 'content: "Org \\22  } body' "html: $args: escaped in the running header"
done
run "$FTSU_GAP" report hostile-answers.yaml --checklist hostile-checklist.yaml --format json
python3 -c 'import json,sys; d = json.loads(sys.stdin.read()); assert d["items"][1]["action"] == "line one\nline two | and \x1b[31mred\x1b[0m", d["items"][1]' <<<"$OUT" ||
  fail "json: hostile text does not round-trip"
CHECKS=$((CHECKS + 1))
expect_match "$OUT" '\\u001b\[31m' "json: ESC escaped"

# init
run "$FTSU_GAP" init ngo-case-reviews -o new.yaml --organisation "Example Trust" --period 2026/27
expect_rc 0 "init"
run "$FTSU_GAP" validate new.yaml
expect_rc 0 "init's file validates"
expect_match "$OUT" "0 of 58 items answered" "init lists every item, unanswered (the newest version, 2027.1)"
expect_match "$(cat new.yaml)" "^  guardian-fair-open-appointment:  # Each guardian was appointed" "statement beside each item"
python3 -c 'import yaml; d = yaml.safe_load(open("new.yaml")); assert d["period"] == "2026/27" and d["checklist_version"] == "2027.1" and all(v is None for v in d["answers"].values()), d' ||
  fail "PyYAML reads init's file differently"
CHECKS=$((CHECKS + 1))
run "$FTSU_GAP" init ngo-case-reviews -o new.yaml
expect_rc 4 "init refuses to overwrite"
expect_match "$ERR" "already exists" "says why"
run "$FTSU_GAP" init ftsu-policy-2022 -o pc.yaml --profile primary-care
expect_rc 0 "init with a profile"
expect_match "$(grep -c '^  [a-z]' pc.yaml)" "^36$" "only the profile's items"
run "$FTSU_GAP" init ftsu-policy-2022 -o bad.yaml --profile hospital
expect_rc 2 "init with an unknown profile"
expect_match "$ERR" "expected one of: trust, primary-care, icb" "profiles listed"
run "$FTSU_GAP" init ngo-case-reviews -o next.yaml --from "$latest" --period 2026/27
expect_rc 0 "init --from"
python3 - "$latest" next.yaml <<'PY' || fail "init --from did not carry forward exactly action, owner, due and evidence"
import sys, yaml
last, new = (yaml.safe_load(open(p)) for p in sys.argv[1:])
assert new["organisation"] == last["organisation"]
for item, entry in new["answers"].items():
    old = last["answers"].get(item)
    if isinstance(entry, dict):
        assert "answer" not in entry and "note" not in entry, item
        for key in ("evidence", "action", "owner", "due"):
            want = old.get(key) if isinstance(old, dict) else None
            assert entry.get(key) == want, (item, key)
PY
CHECKS=$((CHECKS + 1))
run "$FTSU_GAP" init ftsu-policy-2022 -o wrong.yaml --from "$latest"
expect_rc 3 "--from for another checklist"
# Number options say what is wrong with the number (issue 29).
merged=$FTSU_SOURCE_DIR/examples/example-trust-2025-26-merged.yaml
run "$FTSU_GAP" report "$merged" --fail-on-disagreement 2.5
expect_rc 2 "--fail-on-disagreement 2.5"
expect_match "$ERR" "'2.5' is not a whole number" "a fraction is not a whole number"
expect_no_match "$ERR" "not in range" "and is not called out of range"
run "$FTSU_GAP" report "$merged" --fail-under 1e-400
expect_rc 2 "--fail-under 1e-400"
expect_match "$ERR" "1e-400 is too small to be told apart from 0" "a tiny number is too small"
expect_no_match "$ERR" "not a number" "and is not called not a number"
run "$FTSU_GAP" report "$merged" --top 1.5
expect_match "$ERR" "'1.5' is not a whole number" "--top 1.5"
finish 105
