#!/usr/bin/env bash
# diff and trend through the binary: exit codes, the gate, warnings, checklist
# mismatch, formats that parse, sparklines with an ASCII fallback, trend's
# period order, diff html and report --compare.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"
ex=$FTSU_SOURCE_DIR/examples

run "$FTSU_GAP" diff "$ex/example-trust-2024-25.yaml" "$ex/example-trust-2025-26.yaml"
expect_rc 0 "diff"
expect_match "$OUT" "^Overall   60\.3% -> 75\.5% \(\+15\.2 points\)$" "headline"
expect_match "$OUT" "^Rating    Limited assurance \(capped\) -> Limited assurance \(capped\)$" "ratings by label, capped"
expect_match "$OUT" "^Regressed \(1\)$" "regressions listed"
expect_no_match "$OUT" $'\x1b|▲|▼' "no colour or arrows through a pipe"
run "$FTSU_GAP" --color always diff "$ex/example-trust-2024-25.yaml" "$ex/example-trust-2025-26.yaml"
expect_no_match "$OUT" $'\x1b' "no colour into a pipe, even with --color always"

run "$FTSU_GAP" diff "$ex/example-trust-2024-25.yaml" "$ex/example-trust-2025-26.yaml" --fail-on-regression
expect_rc 1 "--fail-on-regression with a regression"
run "$FTSU_GAP" diff "$ex/example-trust-2023-24.yaml" "$ex/example-trust-2024-25.yaml" --fail-on-regression
expect_rc 0 "--fail-on-regression without one"

run "$FTSU_GAP" diff "$ex/example-trust-2024-25.yaml" "$ex/example-trust-2025-26.yaml" --format json -o d.json
python3 -c '
import json
d = json.load(open("d.json"))
assert d["format"] == "ftsu-gap/diff/v1"
s = d["summary"]
assert sum(s.values()) == len(d["items"])
r = [i for i in d["items"] if i["change"] == "regressed"]
assert [i["id"] for i in r] == ["guardian-ring-fenced-time"], r
assert r[0]["before"] == "met" and r[0]["after"] == "partial" and r[0]["before_value"] == 1 and r[0]["after_value"] == 0.5
assert list(d.keys()) == ["format", "before", "after", "overall", "sections", "items", "summary"]
' || fail "diff JSON"
CHECKS=$((CHECKS + 1))

# Warnings: different organisations, the same period.
sed 's/^organisation: .*/organisation: Another Trust/; s/^period: .*/period: 2024\/25/' "$ex/example-trust-2025-26.yaml" >other.yaml
run "$FTSU_GAP" diff "$ex/example-trust-2024-25.yaml" other.yaml
expect_rc 0 "diff with warnings"
expect_match "$ERR" "warning: the two files are for different organisations" "organisation warning"
expect_match "$ERR" "warning: both files are for the same period \('2024/25'\)" "period warning"

run "$FTSU_GAP" diff "$ex/example-trust-2025-26.yaml" "$ex/primary-care-2025-26.yaml"
expect_rc 3 "two different checklists"
expect_match "$ERR" "diff compares two assessments against the same checklist" "says why"
run "$FTSU_GAP" diff "$ex/example-trust-2025-26.yaml"
expect_rc 2 "diff with one file"
run "$FTSU_GAP" diff - - <"$ex/example-trust-2025-26.yaml"
expect_rc 2 "standard input twice"
expect_match "$ERR" "given more than once" "says why"
run "$FTSU_GAP" diff missing.yaml "$ex/example-trust-2025-26.yaml"
expect_rc 4 "diff with a missing file"

files=("$ex/example-trust-2023-24.yaml" "$ex/example-trust-2024-25.yaml" "$ex/example-trust-2025-26.yaml")
LANG=C.UTF-8 run "$FTSU_GAP" trend "${files[@]}"
expect_rc 0 "trend"
expect_match "$OUT" "Overall +39\.2 +60\.3 +75\.5  ▄▅▇$" "overall row with a sparkline"
LANG=C LC_ALL= LC_CTYPE= run "$FTSU_GAP" trend "${files[@]}"
expect_match "$OUT" "Overall +39\.2 +60\.3 +75\.5  -=\*$" "ASCII sparkline when the terminal is not UTF-8"
run "$FTSU_GAP" trend "${files[@]}" --format json -o t.json
python3 -c '
import json
d = json.load(open("t.json"))
assert d["format"] == "ftsu-gap/trend/v1"
assert [p["period"] for p in d["periods"]] == ["2023/24", "2024/25", "2025/26"]
assert all(len(s["scores"]) == 3 for s in d["sections"])
' || fail "trend JSON"
CHECKS=$((CHECKS + 1))
cp "$ex/example-trust-2025-26.yaml" noperiod.yaml
sed -i '/^period:/d; /^assessed_on:/d' noperiod.yaml
run "$FTSU_GAP" trend "$ex/example-trust-2024-25.yaml" noperiod.yaml --format json
expect_match "$OUT" '"period": "noperiod.yaml"' "the file name labels a period without period or date"
# A line break in a file's text cannot forge a line of the output.
sed 's/^organisation: .*/organisation: "Trust\\nOverall 100.0% -> 100.0% (+0.0)  green -> green"/' \
  "$ex/example-trust-2025-26.yaml" >forged.yaml
run "$FTSU_GAP" trend forged.yaml
expect_no_match "$OUT" "^Overall 100" "trend: no forged line"
run "$FTSU_GAP" diff "$ex/example-trust-2024-25.yaml" forged.yaml
expect_no_match "$OUT" "^Overall 100" "diff: no forged line"
expect_match "$OUT" 'Trust\\nOverall 100' "the line break is shown as \\n"
run "$FTSU_GAP" trend "$ex/example-trust-2025-26.yaml" "$ex/primary-care-2025-26.yaml"
expect_rc 3 "trend across checklists"
# Files that do not belong together are refused at their checklist line.
run "$FTSU_GAP" diff "$FTSU_SOURCE_DIR/examples/example-trust-2025-26.yaml" "$FTSU_SOURCE_DIR/examples/primary-care-2025-26.yaml"
expect_rc 3 "diff of two checklists"
expect_match "$ERR" "^ftsu-gap: error: .*primary-care-2025-26\.yaml:[0-9]+:[0-9]+: .* diff compares two assessments against the same checklist" "diff mismatch located"
run "$FTSU_GAP" trend "$FTSU_SOURCE_DIR/examples/example-trust-2025-26.yaml" "$FTSU_SOURCE_DIR/examples/primary-care-2025-26.yaml"
expect_rc 3 "trend of two checklists"
expect_match "$ERR" "^ftsu-gap: error: .*primary-care-2025-26\.yaml:[0-9]+:[0-9]+: .*a trend follows one checklist" "trend mismatch located"

# Files out of order are put in period order, with a warning.
run "$FTSU_GAP" trend "${files[2]}" "${files[0]}" "${files[1]}" --format json
expect_rc 0 "trend out of order"
expect_match "$ERR" "warning: the files were not given oldest first; shown in period order: 2023/24, 2024/25, 2025/26" \
  "out of order: warned"
expect_match "$(tr -d ' \n' <<<"$OUT")" '"periods":\[\{"file":"[^"]*2023-24' "out of order: the oldest first"
run "$FTSU_GAP" -q trend "${files[2]}" "${files[0]}"
expect_no_match "$ERR" "warning" "--quiet: no warning"
run "$FTSU_GAP" trend "${files[@]}"
expect_no_match "$ERR" "warning" "in order: no warning"

# diff --format html.
run "$FTSU_GAP" diff "$ex/example-trust-2024-25.yaml" "$ex/example-trust-2025-26.yaml" --format html
expect_rc 0 "diff html"
expect_match "$OUT" "<h2>Regressed \(1\)</h2>" "diff html: the regressions"
expect_match "$OUT" "<h2>Actions completed since 2024/25 \(13\)</h2>" "diff html: the actions completed"

# report --compare LAST: markdown and html; any other format is a usage error.
for format in markdown html; do
  run "$FTSU_GAP" report "$ex/example-trust-2025-26.yaml" --compare "$ex/example-trust-2024-25.yaml" --format $format
  expect_rc 0 "report --compare, $format"
  expect_match "$OUT" "Regressed since 2024/25 \(1\)" "report --compare, $format: the regressions"
  expect_match "$OUT" "guardian-ring-fenced-time" "report --compare, $format: the regressed item"
  expect_match "$OUT" "Actions completed since 2024/25 \(13\)" "report --compare, $format: the actions completed"
done
for format in text json csv; do
  run "$FTSU_GAP" report "$ex/example-trust-2025-26.yaml" --compare "$ex/example-trust-2024-25.yaml" --format $format
  expect_rc 2 "report --compare --format $format"
  expect_match "$ERR" "--compare works with --format markdown, html or docx, not $format" "says which formats"
done
run "$FTSU_GAP" report "$ex/example-trust-2025-26.yaml" --compare "$ex/primary-care-2025-26.yaml" --format html
expect_rc 3 "report --compare across checklists"
expect_match "$ERR" "^ftsu-gap: error: .*primary-care-2025-26\.yaml:[0-9]+:[0-9]+: .*--compare needs two assessments against the same checklist" \
  "report --compare mismatch located at LAST's checklist line"
run "$FTSU_GAP" report - --compare - --format html <"$ex/example-trust-2025-26.yaml"
expect_rc 2 "report --compare: standard input twice"
run "$FTSU_GAP" report "$ex/example-trust-2025-26.yaml" --compare other.yaml --format markdown
expect_rc 0 "report --compare with warnings"
expect_match "$ERR" "warning: the two files are for different organisations" "report --compare: warned as diff"


# Files in the wrong order: refused (exit 2) unless --allow-reverse, by
# period, else by assessed_on when the periods are the same year or missing.
run "$FTSU_GAP" diff "$ex/example-trust-2025-26.yaml" "$ex/example-trust-2024-25.yaml"
expect_rc 2 "diff newer then older"
expect_match "$ERR" "^ftsu-gap: error: diff takes the older file first: .*example-trust-2025-26\.yaml is newer than .*example-trust-2024-25\.yaml \(period 2025/26 is after 2024/25\).*--allow-reverse" \
  "diff in the wrong order: says why and how"
expect_no_match "$OUT" "regressed" "diff in the wrong order: nothing written"
run "$FTSU_GAP" diff "$ex/example-trust-2025-26.yaml" "$ex/example-trust-2024-25.yaml" --allow-reverse
expect_rc 0 "diff --allow-reverse"
expect_match "$OUT" "^Overall   75\.5% -> 60\.3% \(-15\.2 points\)$" "diff --allow-reverse compares in the order given"
run "$FTSU_GAP" report "$ex/example-trust-2024-25.yaml" --compare "$ex/example-trust-2025-26.yaml" --format markdown
expect_rc 2 "report --compare newer"
expect_match "$ERR" "^ftsu-gap: error: --compare takes last year's file: .*example-trust-2025-26\.yaml is newer than .*example-trust-2024-25\.yaml \(period 2025/26 is after 2024/25\).*--allow-reverse" \
  "report --compare in the wrong order: says why and how"
run "$FTSU_GAP" report "$ex/example-trust-2024-25.yaml" --compare "$ex/example-trust-2025-26.yaml" --format markdown --allow-reverse
expect_rc 0 "report --compare --allow-reverse"
sed '/^period: /d; s/^assessed_on: .*/assessed_on: 2026-04-02/' "$ex/example-trust-2024-25.yaml" >late.yaml
run "$FTSU_GAP" diff late.yaml "$ex/example-trust-2025-26.yaml"
expect_rc 2 "diff by assessed_on when a period is missing"
expect_match "$ERR" "\(assessed on 2026-04-02, after 2026-03-26\)" "diff: the dates named"
sed 's/^period: .*/period: 2025\/26 re-run/' "$ex/example-trust-2025-26.yaml" >same-year.yaml
run "$FTSU_GAP" diff same-year.yaml late.yaml
expect_rc 0 "diff by assessed_on, in order"

# A period in which nothing is answered yet: every format of trend says so
# ("Not yet answered", spec), the HTML chart's words under it too (it once
# gave the rating of its score of 0).
sed -n '1,/^answers:/p' "$ex/example-trust-2025-26.yaml" \
  | sed 's/^period: .*/period: 2026\/27/; s/^assessed_on: .*/assessed_on: 2026-04-02/; s/^answers:.*/answers: {}/' >blank.yaml
run "$FTSU_GAP" trend "$ex/example-trust-2025-26.yaml" blank.yaml --format html -o trend.html
expect_rc 0 "trend with a period nothing is answered in"
chart=$(sed -n '/<svg[^>]*"trend-chart-title/,/<\/svg>/p' trend.html)
expect_match "$chart" "Not yet answered" "the trend chart: a period nothing is answered in"
run "$FTSU_GAP" trend "$ex/example-trust-2025-26.yaml" blank.yaml
expect_match "$OUT" "Not yet answered" "trend text: the same words"

finish 72
