#!/usr/bin/env bash
# export and import (docs/spec.md#response-workbook) through the binary:
# each example respondent's file out and back (twice, byte for byte the
# same), a respondent filling the workbook with openpyxl (a typed date, a
# date cell, a wrong answer named by its cell, formula-like text kept as
# text), CSV with ';' and a BOM, --update, the refusals, hostile workbooks
# (tests/e2e/hostile_workbooks.py) each refused by name, and, when
# LibreOffice is installed, its PDF of the workbook and its re-saved copy
# imported the same.
# Skipped (exit 77) without Debian's python3-openpyxl (for /usr/bin/python3).
source "$(dirname "$0")/lib.sh"
py=/usr/bin/python3
if ! "$py" -c 'import openpyxl' 2>/dev/null; then
  echo "python3-openpyxl not installed: skipped (scripts/install-deps)"
  exit 77
fi
cd "$SCRATCH"
examples=$FTSU_SOURCE_DIR/examples

# Each respondent's example file: export, import, export again, import
# again; the two imports are the same bytes and validate.
for file in "$examples"/example-trust-2025-26-{guardian,exec-lead,ned}.yaml \
  "$examples"/example-trust-2023-24.yaml "$examples"/primary-care-2025-26.yaml; do
  name=$(basename "$file" .yaml)
  run "$FTSU_GAP" export "$file" -o "$name.xlsx" --by 2026-04-30
  expect_rc 0 "export $name"
  run "$FTSU_GAP" import "$name.xlsx" -o "$name.1.yaml"
  expect_rc 0 "import $name"
  run "$FTSU_GAP" export "$name.1.yaml" -o "$name.2.xlsx"
  run "$FTSU_GAP" import "$name.2.xlsx" -o "$name.2.yaml"
  expect_same "$name.1.yaml" "$name.2.yaml" "$name: a second round trip changes nothing"
  run "$FTSU_GAP" validate "$name.1.yaml"
  expect_rc 0 "$name: the imported file validates"
done

run "$FTSU_GAP" export "$examples/example-trust-2025-26-merged.yaml" -o merged.xlsx
expect_rc 3 "a merged file is refused"
expect_match "$ERR" "export each respondent's own" "the refusal says what to do"
run "$FTSU_GAP" export "$examples/example-trust-2025-26-ned.yaml" -o ned.txt
expect_rc 2 "export -o that is not .xlsx"

# A respondent fills the workbook of a new file: a typed date, a date
# cell, a wrong answer, a formula-like text, a carried-forward note.
run "$FTSU_GAP" init ngo-case-reviews --organisation "Example Trust" --period 2026/27 \
  --respondent "Non-executive director" -o ned.yaml
expect_rc 0 "init --respondent"
run "$FTSU_GAP" export ned.yaml -o ned.xlsx
expect_rc 0 "export a new respondent's file"
cat >fill.py <<'PY'
import datetime, sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
ws = wb["Items"]
head = [c.value for c in ws[1]]
col = {h: i + 1 for i, h in enumerate(head)}
print("ok" if ws.protection.sheet and not ws.protection.password else "FAIL", "protected, no password")
print("ok" if ws.cell(2, col["Answer"]).protection.locked is False else "FAIL", "answer unlocked")
print("ok" if ws.cell(2, col["Statement"]).protection.locked else "FAIL", "statement locked")
print("ok" if ws.page_setup.orientation == "landscape" and str(ws.page_setup.paperSize) == "9" else "FAIL", "A4 landscape")
print("ok" if ws.print_title_rows == "$1:$1" else "FAIL", "header repeated", ws.print_title_rows)
lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
print("ok" if any("E2" in str(dv.sqref) for dv in lists) else "FAIL", "answer drop-down")
ws.cell(2, col["Answer"]).value = "Partially met"
ws.cell(2, col["Action"]).value = "Recruit a second guardian"
ws.cell(2, col["Due"]).value = "31/03/2027"
ws.cell(3, col["Answer"]).value = "not met"
ws.cell(3, col["Due"]).value = datetime.datetime(2027, 6, 30)
ws.cell(3, col["Action"]).value = "Write the plan"
ws.cell(4, col["Answer"]).value = "Mostly"
ws.cell(5, col["Answer"]).value = "Met"
c = ws.cell(5, col["Evidence"])
c.value = '=HYPERLINK("http://example.invalid","board paper")'
c.data_type = "s"
print("ids", ws.cell(4, col["Id"]).value, ws.cell(5, col["Id"]).value)
wb.save(sys.argv[2])
PY
out=$("$py" fill.py ned.xlsx reply.xlsx)
CHECKS=$((CHECKS + 1))
if grep -q FAIL <<<"$out"; then fail "the workbook as a respondent sees it: $out"; fi
wrong_id=$(sed -n 's/^ids \([^ ]*\) .*/\1/p' <<<"$out")
formula_id=$(sed -n 's/^ids [^ ]* \(.*\)/\1/p' <<<"$out")
run "$FTSU_GAP" import reply.xlsx -o reply.yaml
expect_rc 3 "a wrong answer is refused"
expect_match "$ERR" "Items!E4 \\($wrong_id\\): 'Mostly' is not one of Met, Partially met, Not met, Not applicable" \
  "the wrong answer is named by sheet, cell and item"
CHECKS=$((CHECKS + 1))
[ ! -e reply.yaml ] || fail "nothing is written on error"
"$py" - reply.xlsx <<'PY'
import sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
wb["Items"]["E4"].value = "Met"
wb.save(sys.argv[1])
PY
run "$FTSU_GAP" import reply.xlsx -o reply.yaml
expect_rc 0 "the corrected reply imports"
expect_match "$(cat reply.yaml)" "due: 2027-03-31" "a typed date is read"
expect_match "$(cat reply.yaml)" "due: 2027-06-30" "a date cell is read"
expect_match "$(cat reply.yaml)" 'HYPERLINK\(\\"http://example.invalid' "formula-like text is kept as text"
expect_match "$(cat reply.yaml)" "respondent: Non-executive director" "the respondent from the first sheet"
# Exported again, the formula-like text is a string cell, not a formula.
run "$FTSU_GAP" export reply.yaml -o reply2.xlsx
kind=$("$py" -c "
from openpyxl import load_workbook
ws = load_workbook('reply2.xlsx')['Items']
print(ws['F5'].data_type, [c.coordinate for r in ws.iter_rows() for c in r if c.data_type == 'f'])")
expect_match "$kind" "^s \\[\\]$" "no formula in the exported workbook"

# --update: an existing -o needs it; each changed answer is named.
run "$FTSU_GAP" import reply.xlsx -o ned.yaml
expect_rc 2 "an existing -o without --update"
run "$FTSU_GAP" import reply.xlsx -o reply.yaml --update
expect_rc 0 "--update with the same answers"
expect_no_match "$ERR" "answer changed" "nothing changed, nothing named"
"$py" - reply.xlsx <<'PY'
import sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
wb["Items"]["E5"].value = "Not met"
wb.save(sys.argv[1])
PY
run "$FTSU_GAP" import reply.xlsx -o reply.yaml --update
expect_rc 0 "--update with a changed answer"
expect_match "$ERR" "note: answer changed: $formula_id: met -> not-met" "the changed answer is named"

# CSV: Excel's ';' variant with a BOM, a line break inside a field.
"$py" - reply.xlsx <<'PY'
import csv, sys
from openpyxl import load_workbook
ws = load_workbook(sys.argv[1])["Items"]
with open("reply.csv", "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f, delimiter=";")
    for row in ws.iter_rows(values_only=True):
        w.writerow(["" if v is None else (v.strftime("%d/%m/%Y") if hasattr(v, "strftime") else v) for v in row])
PY
run "$FTSU_GAP" import reply.csv -o csv.yaml
expect_rc 2 "a CSV without --checklist"
run "$FTSU_GAP" import reply.csv -o csv.yaml --checklist ngo-case-reviews --respondent "Non-executive director" \
  --organisation "Example Trust" --period 2026/27
expect_rc 0 "a CSV with --checklist"
expect_same reply.yaml csv.yaml "the CSV gives the same answers file"
run "$FTSU_GAP" import reply.xlsm -o macro.yaml
expect_rc 4 "a missing file"
cp reply.xlsx reply.xlsm
run "$FTSU_GAP" import reply.xlsm -o macro.yaml
expect_rc 3 "an .xlsm is refused"
expect_match "$ERR" "macros" "the refusal names macros"

# Hostile workbooks, each refused with what it was.
"$py" "$FTSU_SOURCE_DIR/tests/e2e/hostile_workbooks.py" hostile
declare -A why=(
  [zip-bomb]="inflates to more than"
  [billion-laughs]="DOCTYPE"
  [external-entity]="DOCTYPE"
  [million-rows]="more than 20000 rows"
  [no-shared-strings]="shared strings .* are missing"
  [truncated]="not a zip archive|truncated|damaged"
  [macros]="holds macros"
  [external-link]="links to another file|links to other workbooks"
)
for name in "${!why[@]}"; do
  run "$FTSU_GAP" import "hostile/$name.xlsx" -o "hostile-$name.yaml"
  expect_rc 3 "hostile $name is refused"
  expect_match "$ERR" "refused as a workbook: .*(${why[$name]})" "hostile $name: the refusal says why"
done
run "$FTSU_GAP" import hostile/minimal.xlsx -o minimal.yaml
expect_rc 3 "the minimal workbook is read (and its missing rows reported)"
expect_match "$ERR" "has no row \\(deleted\\?\\)" "rows deleted are reported"

# LibreOffice: the workbook as PDF (A4, landscape), and re-saved by
# LibreOffice it imports to the same answers.
if [ -z "${FTSU_SKIP_OFFICE:-}" ] && command -v soffice >/dev/null 2>&1; then
  mkdir -p lo-home pdf resaved
  HOME="$SCRATCH/lo-home" timeout 300 soffice --headless --convert-to pdf --outdir pdf \
    example-trust-2025-26-ned.xlsx >/dev/null 2>&1
  info=$(pdfinfo pdf/example-trust-2025-26-ned.pdf 2>&1)
  expect_match "$info" "Page size: +841.89 x 595.3" "LibreOffice prints it on A4 landscape"
  HOME="$SCRATCH/lo-home" timeout 300 soffice --headless --convert-to xlsx --outdir resaved \
    example-trust-2025-26-ned.xlsx >/dev/null 2>&1
  run "$FTSU_GAP" import resaved/example-trust-2025-26-ned.xlsx -o resaved.yaml
  expect_rc 0 "the workbook re-saved by LibreOffice imports"
  expect_same example-trust-2025-26-ned.1.yaml resaved.yaml "LibreOffice's copy gives the same answers"
else
  echo "soffice not installed: the LibreOffice checks are skipped"
fi

finish 60
