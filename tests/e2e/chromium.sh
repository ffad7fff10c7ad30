# Headless Chromium for the HTML tests; sourced after lib.sh. Exits 77
# (skipped) when Chromium is not installed; .ci/run installs it.
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "chromium not installed: skipped (FTSU_EXTRA_PACKAGES=chromium scripts/install-deps)"
  exit 77
fi
export HOME=$SCRATCH # Chromium writes its profile under HOME.

# headless PAGE ARGS...: runs Chromium on the file PAGE; its log goes to
# $SCRATCH/log.
headless() {
  local page=$1
  shift
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars \
    --enable-logging=stderr --v=0 --user-data-dir="$SCRATCH/profile" "$@" "file://$page" 2>"$SCRATCH/log"
}

# check_page PAGE: runs the page's injected check (tests/e2e/html_check.py)
# and prints its result.
check_page() {
  headless "$1" --dump-dom --virtual-time-budget=15000 >"$1.dom"
  python3 "$FTSU_SOURCE_DIR/tests/e2e/html_check.py" result "$1.dom"
}

# print_pdf PAGE PDF: prints PAGE to PDF as a person would for a board
# paper (the page's own @page size, margins, header and page numbers).
print_pdf() {
  headless "$1" --print-to-pdf="$2" --no-pdf-header-footer >/dev/null
}
