#!/usr/bin/env bash
# The board paper printed to A4 with headless Chromium, as docs/reports.md's
# recipe does: the example trust's report (top 10 gaps) fits in at most 4
# pages; every page carries the running header (organisation, checklist,
# period) and "Page N of M"; page 1 shows the assessment date, the
# assessors, the date generated and the tool and checklist versions. The
# PDFs are kept in $FTSU_ARTIFACT_DIR. Skipped (exit 77) without Chromium or
# poppler-utils (pdfinfo, pdftotext).
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/chromium.sh"
if ! command -v pdfinfo >/dev/null || ! command -v pdftotext >/dev/null; then
  echo "poppler-utils not installed: skipped (FTSU_EXTRA_PACKAGES=poppler-utils scripts/install-deps)"
  exit 77
fi
artifacts=${FTSU_ARTIFACT_DIR:-$SCRATCH}
mkdir -p "$artifacts"
cd "$SCRATCH"
ex=$FTSU_SOURCE_DIR/examples
version=$("$FTSU_GAP" --version | awk 'NR == 1 {print $2}')

pages() {
  pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'
}

export SOURCE_DATE_EPOCH=1774483200 # 2026-03-26: the date generated is fixed
run "$FTSU_GAP" report "$ex/example-trust-2025-26.yaml" --format html -o report.html
expect_rc 0 "report"
print_pdf "$SCRATCH/report.html" "$artifacts/report-a4.pdf"
n=$(pages "$artifacts/report-a4.pdf")
echo "the example trust's report: ${n:-no} A4 pages"
CHECKS=$((CHECKS + 1))
[ -n "$n" ] && [ "$n" -ge 1 ] && [ "$n" -le 4 ] || fail "the report prints on ${n:-no} pages, not 1 to 4"
expect_match "$(pdfinfo "$artifacts/report-a4.pdf")" "Page size: +59[0-9](\.[0-9]+)? x 84[0-9](\.[0-9]+)? pts \(A4\)" "A4 portrait"

for page in $(seq 1 "${n:-0}"); do
  text=$(pdftotext -layout -f "$page" -l "$page" "$artifacts/report-a4.pdf" -)
  expect_match "$text" "Example Community Health NHS Trust · ngo-case-reviews 2026\.1 · 2025/26" \
    "page $page: running header"
  expect_match "$text" "Page $page of $n" "page $page: page number"
done
first=$(pdftotext -layout -f 1 -l 1 "$artifacts/report-a4.pdf" -)
expect_match "$first" "Assessed on +26 March 2026" "page 1: the assessment date, as people read it"
expect_match "$first" "Assessors +FTSU guardian, Director of People" "page 1: the assessors"
expect_match "$first" "Generated +26 March 2026" "page 1: the date generated"
expect_match "$first" "ftsu-gap $version" "page 1: the tool's version"
expect_match "$first" "ngo-case-reviews version 2026\.1" "page 1: the checklist's version"
pdftotext -raw "$artifacts/report-a4.pdf" report.txt
python3 -c '
import re, sys
text = open("report.txt").read()
assert text.count("Partial assurance") >= 10, text.count("Partial assurance")
wrapped = re.findall(r"(?:Good|Partial|Limited)\s*\n\s*assurance", text)
assert not wrapped, wrapped
' || fail "a rating pill wraps (Partial / assurance)"
CHECKS=$((CHECKS + 1))

# The other pages print too, each page numbered.
run "$FTSU_GAP" report "$ex/example-trust-2025-26.yaml" --compare "$ex/example-trust-2024-25.yaml" \
  --format html -o compare.html
expect_rc 0 "report --compare"
run "$FTSU_GAP" trend "$ex/example-trust-2023-24.yaml" "$ex/example-trust-2024-25.yaml" \
  "$ex/example-trust-2025-26.yaml" --format html -o trend.html
expect_rc 0 "trend"
run "$FTSU_GAP" diff "$ex/example-trust-2024-25.yaml" "$ex/example-trust-2025-26.yaml" --format html \
  -o diff.html
expect_rc 0 "diff"
run "$FTSU_GAP" report "$ex/example-trust-2025-26-merged.yaml" --format html -o merged.html
expect_rc 0 "report of a merged file"
for page in compare trend diff merged; do
  print_pdf "$SCRATCH/$page.html" "$artifacts/$page-a4.pdf"
  m=$(pages "$artifacts/$page-a4.pdf")
  echo "$page: ${m:-no} A4 pages"
  expect_match "$(pdftotext -layout "$artifacts/$page-a4.pdf" -)" "Page ${m:-x} of ${m:-y}" \
    "$page: its last page is numbered"
done

# Issue 24: page 1 of the board paper (2026/27 with --compare and a cover
# sheet) and of the merged file's holds the executive summary alone: the
# cover, the change, the top gaps with their owners, the overdue actions;
# the detail starts on page 2.
run "$FTSU_GAP" report "$ex/example-trust-2026-27.yaml" --compare "$ex/example-trust-2025-26.yaml" \
  --format html -o board.html
expect_rc 0 "the board paper"
for page in board merged; do
  print_pdf "$SCRATCH/$page.html" "$artifacts/$page-a4.pdf"
  one=$(pdftotext -layout -f 1 -l 1 "$artifacts/$page-a4.pdf" -)
  two=$(pdftotext -layout -f 2 -l 2 "$artifacts/$page-a4.pdf" -)
  expect_match "$one" "(Top 5 gaps \(of [0-9]+\)|Gaps \([0-5]\))" "$page: the top gaps on page 1"
  expect_match "$one" "Overdue actions \([0-9]+\)" "$page: the overdue actions on page 1"
  expect_no_match "$one" "Section scores" "$page: the detail is not on page 1"
  expect_match "$two" "Section scores" "$page: the detail starts on page 2"
done
one=$(pdftotext -layout -f 1 -l 1 "$artifacts/board-a4.pdf" -)
expect_match "$one" "Meeting +Trust Board \(public\)" "board: the cover's meeting"
expect_match "$one" "Date of meeting +6 May 2027" "board: the meeting's date, as people read it"
expect_match "$one" "Purpose +For assurance" "board: the purpose"
expect_match "$one" "(up|down) [0-9.]+ points from [0-9.]+%" "board: the change in words"
expect_match "$(pdftotext -layout -f 1 -l 1 "$artifacts/merged-a4.pdf" -)" "respondents disagree on" \
  "merged: the disagreements counted on page 1"

finish 33
