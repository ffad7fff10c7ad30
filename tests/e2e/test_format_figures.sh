#!/usr/bin/env bash
# Every figure a report shows, in every format, equals the JSON report's:
# 60 random assessments (a quarter merged by `ftsu-gap merge`, many of them
# drafts) reported in text, markdown, html, csv and xlsx and read back, and
# diffs of pairs of them (tests/e2e/format_figures.py says what is checked).
# Skipped (exit 77) without Debian's python3-yaml and python3-openpyxl,
# which install for /usr/bin/python3 only.
source "$(dirname "$0")/lib.sh"
py=/usr/bin/python3
if ! "$py" -c 'import openpyxl, yaml' 2>/dev/null; then
  echo "python3-openpyxl or python3-yaml not installed: skipped (scripts/install-deps)"
  exit 77
fi
run "$py" "$FTSU_SOURCE_DIR/tests/e2e/format_figures.py" "$FTSU_GAP" "$SCRATCH" 60
echo "$OUT" | tail -45
expect_rc 0 "format_figures.py: every format shows the JSON's figures"
expect_match "$OUT" '^60 assessments \([0-9]+ merged' "60 assessments, merged ones among them"
expect_match "$OUT" '^ok: [0-9]{4,} checks$' "thousands of checks ran"
finish 3
