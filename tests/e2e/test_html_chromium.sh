#!/usr/bin/env bash
# The HTML report opened in headless Chromium: it renders the chart (one bar
# per section over the rating bands) with no console errors (a script, a
# blocked fetch or a CSP violation would log one), and a screenshot is kept
# in $FTSU_ARTIFACT_DIR for a person to look at. A page that does log an
# error is checked too, so the check itself is known to work.
# Skipped (exit 77) when Chromium is not installed; .ci/run installs it.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/chromium.sh"
artifacts=${FTSU_ARTIFACT_DIR:-$SCRATCH}
mkdir -p "$artifacts"
cd "$SCRATCH"

# Console messages other than Chromium's own start-up noise.
console_errors() {
  grep -E 'CONSOLE|Uncaught|Refused|violates' "$SCRATCH/log" || true
}

sections=$("$FTSU_GAP" report "$FTSU_SOURCE_DIR/examples/example-trust-2025-26.yaml" --format json |
  python3 -c 'import json, sys; print(len(json.load(sys.stdin)["sections"]))')
run "$FTSU_GAP" report "$FTSU_SOURCE_DIR/examples/example-trust-2025-26.yaml" --format html -o "$SCRATCH/report.html"
expect_rc 0 "html report"

headless "$SCRATCH/report.html" --dump-dom >dom.html
CHECKS=$((CHECKS + 1))
[ -s dom.html ] || fail "Chromium rendered nothing"
expect_match "$(cat dom.html)" "<svg[^>]*role=\"img\"" "the chart is in the rendered page"
bars=$(python3 -c 'import re, sys; svg = re.search(r"<svg.*?</svg>", open("dom.html").read(), re.S).group(0); print(len(re.findall(r"<rect[^>]*rx=\"2\"", svg)))')
CHECKS=$((CHECKS + 1))
[ "$bars" -eq "$sections" ] || fail "the chart has $bars bars for $sections sections"
errors=$(console_errors)
expect_match "x$errors" "^x$" "no console errors while rendering the report"

headless "$SCRATCH/report.html" --window-size=1100,2400 --screenshot="$artifacts/report-screenshot.png"
size=$(stat -c %s "$artifacts/report-screenshot.png" 2>/dev/null || echo 0)
CHECKS=$((CHECKS + 1))
[ "$size" -gt 20000 ] || fail "screenshot missing or blank ($size bytes)"
expect_match "x$(console_errors)" "^x$" "no console errors while taking the screenshot"
echo "screenshot: $artifacts/report-screenshot.png ($size bytes)"

# The check must catch an error when there is one.
printf '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><script>console.error("planted")</script></body></html>' >bad.html
headless "$SCRATCH/bad.html" --dump-dom >/dev/null
expect_match "$(console_errors)" "planted" "a console error is detected"

# The report's CSP blocks an injected script, and says so in the console.
sed 's#</main>#<script>document.title = "pwned"</script></main>#' report.html >injected.html
headless "$SCRATCH/injected.html" --dump-dom >injected-dom.html
expect_match "$(console_errors)" "Content Security Policy" "the CSP blocks inline script"
expect_no_match "$(cat injected-dom.html)" "<title>pwned" "the injected script did not run"

# trend, diff and aggregate pages render without console errors too.
ex=$FTSU_SOURCE_DIR/examples
run "$FTSU_GAP" trend "$ex/example-trust-2023-24.yaml" "$ex/example-trust-2024-25.yaml" \
  "$ex/example-trust-2025-26.yaml" --format html -o "$SCRATCH/trend.html"
expect_rc 0 "html trend"
run "$FTSU_GAP" diff "$ex/example-trust-2024-25.yaml" "$ex/example-trust-2025-26.yaml" --format html \
  -o "$SCRATCH/diff.html"
expect_rc 0 "html diff"
run "$FTSU_GAP" aggregate "$ex/example-trust-2023-24.yaml" "$ex/example-trust-2024-25.yaml" \
  "$ex/example-trust-2025-26.yaml" --by-period --format html -o "$SCRATCH/aggregate.html"
expect_rc 0 "html aggregate"
for page in trend diff aggregate; do
  headless "$SCRATCH/$page.html" --dump-dom >"$page-dom.html"
  expect_match "$(cat "$page-dom.html")" "</table>" "$page: rendered"
  expect_match "x$(console_errors)" "^x$" "$page: no console errors"
done

finish 14
