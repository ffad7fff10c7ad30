#!/usr/bin/env bash
# list and show, run from a folder far from the source tree (the bundled
# checklists live inside the binary).
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"

run "$FTSU_GAP" list
expect_rc 0 "list"
expect_match "$OUT" "^ID +VERSION +ITEMS +CONTENT +TITLE" "list header"
for id in ngo-case-reviews ftsu-policy-2022 leaders-guide-2022; do
  expect_match "$OUT" "^$id +2026\.1 +[0-9]+ " "list shows $id"
done

run "$FTSU_GAP" list --checklist-dir "$FTSU_SOURCE_DIR/examples"
expect_rc 0 "list with a checklist folder"
expect_match "$OUT" "^example-local-champions +2026\.1 +5 " "list shows the folder's checklist"

# Content dates: the bundled checklists' published date; flagged once that
# is more than 12 months before today (SOURCE_DATE_EPOCH fixes today).
expect_match "$OUT" "^ngo-case-reviews +2026\.1 +[0-9]+ +27 Nov 2026 +Learning" "list shows the content date"
SOURCE_DATE_EPOCH=1861920000 run "$FTSU_GAP" list
expect_match "$OUT" "^ngo-case-reviews +2026\.1 +[0-9]+ +27 Nov 2026 ! +Learning" "list flags a stale checklist"
expect_match "$OUT" "^! Sources last checked more than 12 months before today \(1 January 2029\)" "list says what the flag means"
SOURCE_DATE_EPOCH=1861920000 run "$FTSU_GAP" show ngo-case-reviews@2026.1
expect_match "$OUT" "^Note: Its sources were last checked on 27 November 2026, more than 12 months" "show flags a stale checklist"

run "$FTSU_GAP" show ngo-case-reviews
expect_rc 0 "show text"
expect_match "$OUT" "^Learning from NGO case reviews$" "title first"
# Only a word longer than a line (a URL) may run past 80 columns, alone on
# its line.
width=$(python3 -c 'import sys; print(max(len(l) for l in sys.stdin.read().split("\n") if " " in l.strip()))' <<<"$OUT")
CHECKS=$((CHECKS + 1))
[ "$width" -le 80 ] || fail "show text is $width columns wide through a pipe, expected at most 80"

run "$FTSU_GAP" show ngo-case-reviews --format markdown -o handout.md
expect_rc 0 "show markdown to a file"
expect_match "$(cat handout.md)" "^# Learning from NGO case reviews$" "markdown heading"
expect_match "$(cat handout.md)" "^## Sources$" "markdown sources"

run "$FTSU_GAP" show ngo-case-reviews@2026.1 --format json -o cl.json
expect_rc 0 "show json"
run "$FTSU_GAP" validate cl.json
expect_rc 0 "show's JSON is itself a valid checklist"

run "$FTSU_GAP" show "$FTSU_SOURCE_DIR/examples/local-checklist.yaml"
expect_rc 0 "show a checklist file"

run "$FTSU_GAP" show "$FTSU_SOURCE_DIR/examples/local-answers-2025-26.yaml"
expect_rc 3 "show given an answers file"
expect_match "$ERR" "this is an answers file \(format: ftsu-gap/answers/v1\), but a checklist is expected here" "told as exactly that"

run "$FTSU_GAP" show ngo-case-reviews -o /nonexistent-dir/out.md
expect_rc 4 "show to an unwritable place"

echo "keep me" >existing.md
chmod 444 existing.md
mkdir ro && cp existing.md ro/ && chmod 555 ro
if [ "$(id -u)" -ne 0 ]; then
  run "$FTSU_GAP" show ngo-case-reviews --format markdown -o ro/existing.md
  expect_rc 4 "a read-only folder"
  expect_match "$(cat ro/existing.md)" "^keep me$" "the existing file is untouched"
fi
chmod 755 ro

finish 23
