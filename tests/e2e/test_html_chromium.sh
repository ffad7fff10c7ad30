#!/usr/bin/env bash
# The HTML report opened in headless Chromium: it renders the chart (one bar
# per section over the rating bands) with no console errors (a script, a
# blocked fetch or a CSP violation would log one), and a screenshot is kept
# in $FTSU_ARTIFACT_DIR for a person to look at. A page that does log an
# error is checked too, so the check itself is known to work.
# Skipped (exit 77) when Chromium is not installed; .ci/run installs it.
source "$(dirname "$0")/lib.sh"
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "chromium not installed: skipped (FTSU_EXTRA_PACKAGES=chromium scripts/install-deps)"
  exit 77
fi
artifacts=${FTSU_ARTIFACT_DIR:-$SCRATCH}
mkdir -p "$artifacts"
cd "$SCRATCH"
export HOME=$SCRATCH # Chromium writes its profile under HOME.

# headless PAGE ARGS...: runs Chromium on PAGE; its log goes to $SCRATCH/log.
headless() {
  local page=$1
  shift
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars \
    --enable-logging=stderr --v=0 --user-data-dir="$SCRATCH/profile" "$@" "file://$page" 2>"$SCRATCH/log"
}

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
finish
