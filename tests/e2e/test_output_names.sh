#!/usr/bin/env bash
# The file name and the format agree (docs/cli.md, "Output files"): with -o
# and no --format the extension chooses the format, for every command that
# writes a report; --format that contradicts the extension is a usage error
# naming both; a format the command lacks is refused, not written as text;
# init, assess and merge refuse a report's extension for an answers file.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"
ex=$FTSU_SOURCE_DIR/examples
this=$ex/example-trust-2025-26.yaml
last=$ex/example-trust-2024-25.yaml

# report: each extension its format, upper case too.
run "$FTSU_GAP" report "$this" -o board.xlsx
expect_rc 0 "report -o board.xlsx"
expect_match "$(head -c 2 board.xlsx)" "^PK$" "board.xlsx is a workbook (a zip), not text"
run "$FTSU_GAP" report "$this" -o board.HTML
expect_match "$(head -c 15 board.HTML)" "^<!DOCTYPE html>" "board.HTML is HTML"
run "$FTSU_GAP" report "$this" -o board.htm
expect_match "$(head -c 15 board.htm)" "^<!DOCTYPE html>" "board.htm is HTML"
run "$FTSU_GAP" report "$this" -o board.md
expect_match "$(head -n 1 board.md)" "^# " "board.md is Markdown"
run "$FTSU_GAP" report "$this" -o board.json
python3 -c 'import json; assert json.load(open("board.json"))["format"] == "ftsu-gap/report/v1"' \
  || fail "board.json is the JSON report"
CHECKS=$((CHECKS + 1))
run "$FTSU_GAP" report "$this" -o plan.csv
expect_match "$(head -n 1 plan.csv)" '^.?id,section,section_title' "plan.csv is the CSV plan"
run "$FTSU_GAP" report "$this" -o board.txt
"$FTSU_GAP" report "$this" >board-stdout.txt
expect_same board.txt board-stdout.txt "board.txt is the text report"
run "$FTSU_GAP" report "$this" -o board.pdf
expect_rc 0 "an extension that names no format: the default"
expect_same board.pdf board-stdout.txt "board.pdf holds the text report"
run "$FTSU_GAP" report "$this" -o board.xlsx --format xlsx
expect_rc 0 "--format that agrees with the extension"

# --format that contradicts the extension: refused, both named, nothing written.
run "$FTSU_GAP" report "$this" --format html -o board2.xlsx
expect_rc 2 "report --format html -o board2.xlsx"
expect_match "$ERR" "^ftsu-gap: error: --format html and -o board2\\.xlsx disagree: \\.xlsx is the extension of xlsx; leave out --format to write xlsx, or write to board2\\.html$" \
  "names both"
[ ! -e board2.xlsx ] || fail "nothing written on a contradiction"
CHECKS=$((CHECKS + 1))
run "$FTSU_GAP" report "$this" --format csv -o plan.txt
expect_rc 2 "report --format csv -o plan.txt"

# The other commands that write reports.
run "$FTSU_GAP" diff "$last" "$this" -o changes.html
expect_rc 0 "diff -o changes.html"
expect_match "$(head -c 15 changes.html)" "^<!DOCTYPE html>" "diff: changes.html is HTML"
run "$FTSU_GAP" diff "$last" "$this" -o changes.xlsx
expect_rc 2 "diff -o changes.xlsx: diff writes no xlsx"
# diff's formats as the program offers them (__complete reads its table).
diff_formats=$("$FTSU_GAP" __complete diff --format "" | grep -v '^:' | paste -sd, | sed 's/,/, /g')
expect_match "$diff_formats" "^text, .*, " "diff: __complete offers its formats"
expect_match "$ERR" "-o changes\\.xlsx: \\.xlsx is the extension of xlsx, which diff does not write; its formats are $diff_formats:" \
  "diff: says which formats it has"
[ ! -e changes.xlsx ] || fail "diff: nothing written"
CHECKS=$((CHECKS + 1))
run "$FTSU_GAP" diff "$last" "$this" --format json -o changes.md
expect_rc 2 "diff --format json -o changes.md"
expect_match "$ERR" "--format json and -o changes\\.md disagree" "diff: names both"
run "$FTSU_GAP" trend "$last" "$this" -o trend.json
python3 -c 'import json; assert json.load(open("trend.json"))["format"] == "ftsu-gap/trend/v1"' \
  || fail "trend: trend.json is JSON"
CHECKS=$((CHECKS + 1))
run "$FTSU_GAP" actions "$this" -o actions.md
expect_rc 0 "actions -o actions.md"
expect_match "$(head -n 1 actions.md)" "^# " "actions: actions.md is Markdown"
run "$FTSU_GAP" actions "$this" -o actions.html
expect_rc 2 "actions -o actions.html: actions writes no HTML"
run "$FTSU_GAP" aggregate "$last" "$this" --by-period -o roll-up.csv
expect_rc 0 "aggregate --by-period -o roll-up.csv"
expect_no_match "$(cat roll-up.csv)" "^Roll-up" "aggregate: roll-up.csv is not the text"
run "$FTSU_GAP" show ngo-case-reviews -o checklist.json
python3 -c 'import json; assert json.load(open("checklist.json"))["format"] == "ftsu-gap/checklist/v1"' \
  || fail "show: checklist.json is JSON"
CHECKS=$((CHECKS + 1))
run "$FTSU_GAP" show ngo-case-reviews -o checklist.csv
expect_rc 2 "show -o checklist.csv: show writes no CSV"

# Commands that write an answers file refuse a report's extension.
run "$FTSU_GAP" init ngo-case-reviews -o answers.html
expect_rc 2 "init -o answers.html"
expect_match "$ERR" "-o answers\\.html: \\.html is the extension of html, but init writes a YAML answers file; give a name that ends in \\.yaml, such as answers\\.yaml" \
  "init: says why"
[ ! -e answers.html ] || fail "init: nothing written"
CHECKS=$((CHECKS + 1))
run "$FTSU_GAP" merge "$ex/example-trust-2025-26-guardian.yaml" "$ex/example-trust-2025-26-ned.yaml" -o merged.json
expect_rc 2 "merge -o merged.json"
run "$FTSU_GAP" assess ngo-case-reviews -o answers.txt </dev/null
expect_rc 2 "assess -o answers.txt"
run "$FTSU_GAP" init ngo-case-reviews -o answers.yml
expect_rc 0 "init -o answers.yml"

finish 37
