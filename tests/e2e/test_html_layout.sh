#!/usr/bin/env bash
# No chart label overlaps another or is clipped. Checklists of 1, 11 and 30
# sections with long titles (a word longer than a line, runs of W and m) and
# a narrow, long-named rating band are generated (tests/e2e/html_check.py);
# their report, report --compare, trend and aggregate pages (one of 12 periods), and
# the example trust's, are opened in headless Chromium with a script that
# measures every SVG <text> with getBBox() and compares the boxes pairwise
# and with the viewBox. A page with a planted overlap and a planted clipped label must
# fail the same check. Skipped (exit 77) when Chromium is not installed.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/chromium.sh"
cd "$SCRATCH"
check=$FTSU_SOURCE_DIR/tests/e2e/html_check.py
ex=$FTSU_SOURCE_DIR/examples

# layout_ok NAME: the page NAME.html has a chart, and no label of it
# overlaps another or leaves it.
layout_ok() {
  python3 "$check" overlap "$1.html" "$1-check.html" || fail "$1: could not prepare the page"
  local result
  result=$(check_page "$SCRATCH/$1-check.html")
  expect_match "$result" "^CHART 0 [0-9]+ labels" "$1: the chart was measured"
  expect_no_match "$result" "^(OVERLAP|CLIPPED)" "$1: no label overlaps another or is clipped"
}

for n in 1 11 30; do
  python3 "$check" checklist "$n" "$SCRATCH"
  run "$FTSU_GAP" report "answers-$n-2.yaml" --checklist "layout-$n.yaml" --format html -o "report-$n.html"
  expect_rc 0 "report of $n sections"
  layout_ok "report-$n"
done
run "$FTSU_GAP" report answers-30-2.yaml --compare answers-30-1.yaml --checklist layout-30.yaml \
  --format html -o compare-30.html
expect_rc 0 "report --compare of 30 sections"
layout_ok compare-30
run "$FTSU_GAP" trend answers-30-1.yaml answers-30-2.yaml --checklist layout-30.yaml --format html \
  -o trend-30.html
expect_rc 0 "trend of 30 sections"
layout_ok trend-30
# aggregate: the histogram, and the section medians with 30 long titles.
# Two organisations: one organisation's two periods would be refused
# without --by-period.
sed 's/^organisation: .*/organisation: "A Second Organisation With A Long Name"/' answers-30-1.yaml >answers-30-other.yaml
run "$FTSU_GAP" aggregate answers-30-other.yaml answers-30-2.yaml --checklist layout-30.yaml --format html \
  -o aggregate-30.html
expect_rc 0 "aggregate of 30 sections"
layout_ok aggregate-30
expect_match "$(check_page "$SCRATCH/aggregate-30-check.html")" "^CHART 1 [0-9]+ labels" \
  "aggregate-30: the section chart was measured"
# Twelve periods: narrow columns under the trend chart.
for year in $(seq 10 21); do
  sed "s#^period: .*#period: \"20$year/$((year + 1))\"#; s#^assessed_on: .*#assessed_on: 20$((year + 1))-03-31#" \
    "answers-11-$((year % 2 + 1)).yaml" >"year-$year.yaml"
done
run "$FTSU_GAP" trend year-*.yaml --checklist layout-11.yaml --format html -o trend-12.html
expect_rc 0 "trend of 12 periods"
layout_ok trend-12

run "$FTSU_GAP" report "$ex/example-trust-2025-26.yaml" --compare "$ex/example-trust-2024-25.yaml" \
  --format html -o trust-compare.html
expect_rc 0 "the example trust's report --compare"
layout_ok trust-compare
run "$FTSU_GAP" trend "$ex/example-trust-2023-24.yaml" "$ex/example-trust-2024-25.yaml" \
  "$ex/example-trust-2025-26.yaml" --format html -o trust-trend.html
expect_rc 0 "the example trust's trend"
layout_ok trust-trend
# A merged file's report has a second chart, each respondent's score per
# section ("Where you disagree"): its labels too.
run "$FTSU_GAP" report "$ex/example-trust-2025-26-merged.yaml" --format html -o trust-merged.html
expect_rc 0 "the example trust's merged report"
layout_ok trust-merged
expect_match "$(check_page "$SCRATCH/trust-merged-check.html")" "^CHART 1 [0-9]+ labels" \
  "trust-merged: the chart of respondents' scores was measured"
expect_no_match "$(check_page "$SCRATCH/trust-merged-check.html")" "^(OVERLAP|CLIPPED)" \
  "trust-merged: no label of either chart overlaps or is clipped"

# Every title is in the page whole, even where the chart shortens it.
expect_match "$(cat report-30.html)" "SupercalifragilisticexpialidociousSupercalifragilistic" \
  "a long title is in the page in full"

# The check catches what it is for.
python3 "$check" plant report-11.html planted.html
python3 "$check" overlap planted.html planted-check.html
result=$(check_page "$SCRATCH/planted-check.html")
expect_match "$result" '^OVERLAP chart 0: .*planted overlap' "a planted overlap is caught"
expect_match "$result" '^CLIPPED chart 0: "planted clipped label"' "a planted clipped label is caught"

finish 31
