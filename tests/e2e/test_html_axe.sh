#!/usr/bin/env bash
# Every kind of HTML page (report, report --compare, trend, diff, aggregate) passes
# axe-core with zero violations of the WCAG 2.0, 2.1 and 2.2 A and AA rules
# (tags wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa). axe runs in headless
# Chromium on a copy of each page without its CSP (which forbids scripts);
# the result is read from the DOM. A page with planted faults must fail.
# axe-core 4 is installed with npm into the build tree by scripts/fetch-axe.
# Skipped (exit 77) without Chromium, or when axe-core cannot be installed
# (no npm, no network) unless FTSU_REQUIRE_AXE=1, as .ci/run sets.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/chromium.sh"
cd "$SCRATCH"
axe_dir=${FTSU_BUILD_DIR:-$SCRATCH}/axe-core
if ! axe=$("$FTSU_SOURCE_DIR/scripts/fetch-axe" "$axe_dir"); then
  if [ "${FTSU_REQUIRE_AXE:-0}" = 1 ]; then
    fail "axe-core could not be installed (FTSU_REQUIRE_AXE=1)"
    finish 14
  fi
  echo "axe-core could not be installed: skipped (needs npm and the npm registry)"
  exit 77
fi
check=$FTSU_SOURCE_DIR/tests/e2e/html_check.py
ex=$FTSU_SOURCE_DIR/examples

# axe_result NAME: runs axe on NAME.html and prints its result.
axe_result() {
  python3 "$check" axe "$1.html" "$SCRATCH/$1-axe.html" "$axe" || echo "ERROR could not prepare $1"
  check_page "$SCRATCH/$1-axe.html"
}

run "$FTSU_GAP" report "$ex/example-trust-2025-26.yaml" --format html -o report.html
expect_rc 0 "report"
run "$FTSU_GAP" report "$ex/example-trust-2025-26.yaml" --compare "$ex/example-trust-2024-25.yaml" \
  --format html -o compare.html
expect_rc 0 "report --compare"
run "$FTSU_GAP" trend "$ex/example-trust-2023-24.yaml" "$ex/example-trust-2024-25.yaml" \
  "$ex/example-trust-2025-26.yaml" --format html -o trend.html
expect_rc 0 "trend"
run "$FTSU_GAP" diff "$ex/example-trust-2024-25.yaml" "$ex/example-trust-2025-26.yaml" --format html \
  -o diff.html
expect_rc 0 "diff"
run "$FTSU_GAP" aggregate "$ex/example-trust-2023-24.yaml" "$ex/example-trust-2024-25.yaml" \
  "$ex/example-trust-2025-26.yaml" --by-period --format html -o aggregate.html
expect_rc 0 "aggregate"
run "$FTSU_GAP" report "$ex/example-trust-2025-26-merged.yaml" --format html -o merged.html
expect_rc 0 "report of a merged file (Where you disagree)"
for page in report compare trend diff aggregate merged; do
  result=$(axe_result "$page")
  expect_match "$result" "^PASSES [1-9]" "$page: axe ran its rules"
  expect_match "$result" "^VIOLATIONS 0$" "$page: no WCAG A or AA violation"
  grep '^VIOLATION ' <<<"$result" | head -10
done

# Planted faults: no lang, and white text on a pale amber pill.
sed 's/<html lang="en-GB">/<html>/; s/--amber: #8a5300/--amber: #f0c040/' report.html >planted.html
result=$(axe_result planted)
expect_match "$result" "^VIOLATION html-has-lang" "a page without lang fails"
expect_match "$result" "^VIOLATION color-contrast" "low contrast fails"

finish 17
