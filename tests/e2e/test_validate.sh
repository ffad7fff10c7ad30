#!/usr/bin/env bash
# validate: exit 0 clean, 3 invalid, 4 unreadable; GCC-style errors; every
# bad input a user could give ends in a clear error and loses nothing.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"
examples=$FTSU_SOURCE_DIR/examples

run "$FTSU_GAP" validate "$examples/local-checklist.yaml"
expect_rc 0 "a valid checklist"
expect_match "$OUT" "ok: checklist example-local-champions 2026.1 \(5 items in 2 sections\)" "ok line"

run "$FTSU_GAP" validate --checklist "$examples/local-checklist.yaml" "$examples/local-answers-2025-26.yaml"
expect_rc 0 "answers with --checklist"
expect_match "$OUT" "4 of 5 items answered" "answered count"

run "$FTSU_GAP" validate --checklist-dir "$examples" "$examples/local-answers-2025-26.yaml"
expect_rc 0 "answers found through --checklist-dir"

# --checklist-dir takes one folder; the files after it are still files.
run "$FTSU_GAP" validate --checklist-dir "$examples" "$examples/local-checklist.yaml" "$examples/local-answers-2025-26.yaml"
expect_rc 0 "files after --checklist-dir"
expect_match "$OUT" "local-answers-2025-26.yaml: ok" "the answers file after --checklist-dir was validated"

FTSU_GAP_CHECKLISTS="/nonexistent:$examples" run "$FTSU_GAP" validate "$examples/local-answers-2025-26.yaml"
expect_rc 0 "answers found through FTSU_GAP_CHECKLISTS"

run "$FTSU_GAP" validate "$examples/local-answers-2025-26.yaml"
expect_rc 3 "answers whose checklist cannot be found"
expect_match "$ERR" "$ERROR_LINE" "error format"
expect_match "$ERR" "no checklist 'example-local-champions' is bundled" "says why"

run "$FTSU_GAP" -q validate "$examples/local-checklist.yaml"
expect_rc 0 "--quiet"
expect_match "x$OUT" "^x$" "--quiet prints nothing"

# Invalid input: exit 3 and a positioned error for each problem.
printf 'format: ftsu-gap/checklist/v1\nid: x\nversion: "1"\ntitle: X\nsections:\n  - id: s\n    title: S\n    items:\n      - {id: a, text: A, wieght: 2}\n' >typo.yaml
cp typo.yaml typo.before
run "$FTSU_GAP" validate typo.yaml
expect_rc 3 "a typo in a key"
expect_match "$ERR" "^ftsu-gap: error: typo.yaml:9:26: unknown key 'wieght' in item 'a'; did you mean 'weight'\?$" "exact diagnostic"
expect_same typo.yaml typo.before "validate never changes its input"

printf 'format: ftsu-gap/answers/v1\nchecklist: ngo-case-reviews\nchecklist_version: "2026.1"\nanswers:\n  policy-adopted: mett\n' >answers.yaml
run "$FTSU_GAP" validate answers.yaml
expect_rc 3 "an answer not on the scale"
expect_match "$ERR" "^ftsu-gap: error: answers.yaml:5:19: answer 'mett' for 'policy-adopted' is not on the checklist's scale; did you mean 'met'\?" "answer diagnostic"

# A mix: the worst exit code wins, every file is reported.
run "$FTSU_GAP" validate "$examples/local-checklist.yaml" typo.yaml missing.yaml
expect_rc 4 "valid + invalid + missing"
expect_match "$ERR" "typo.yaml:9:26" "invalid file still reported"
expect_match "$ERR" "^ftsu-gap: error: missing.yaml: cannot open: No such file or directory$" "missing file reported"
expect_match "$OUT" "local-checklist.yaml: ok" "valid file still reported"

# Unreadable: exit 4 and a clear message, never a hang.
run "$FTSU_GAP" validate "$SCRATCH"
expect_rc 4 "a directory"
expect_match "$ERR" "is a directory" "directory message"
mkfifo fifo.yaml
run timeout 10 "$FTSU_GAP" validate fifo.yaml
expect_rc 4 "a FIFO (no hang)"
expect_match "$ERR" "is not a regular file" "FIFO message"
run timeout 10 "$FTSU_GAP" validate /dev/zero
expect_rc 4 "a device"
printf 'x' >noperm.yaml; chmod 000 noperm.yaml
if [ "$(id -u)" -ne 0 ]; then
  run "$FTSU_GAP" validate noperm.yaml
  expect_rc 4 "a file without read permission"
fi

# Standard input.
run "$FTSU_GAP" validate - <"$examples/local-checklist.yaml"
expect_rc 0 "checklist on standard input"
expect_match "$OUT" "^<stdin>: ok" "stdin named <stdin>"
run "$FTSU_GAP" validate - <typo.yaml
expect_rc 3 "invalid checklist on standard input"
expect_match "$ERR" "^ftsu-gap: error: <stdin>:9:26: " "stdin errors are positioned"

# Hostile bytes: NUL, invalid UTF-8, huge, deep, anchors, terminal escapes.
printf 'format: ftsu-gap/checklist/v1\nid: a\0b\n' >nul.yaml
run "$FTSU_GAP" validate nul.yaml
expect_rc 3 "a NUL byte"
expect_match "$ERR" "^ftsu-gap: error: nul.yaml:2:6: the file contains a NUL byte" "NUL position"
printf 'format: ftsu-gap/checklist/v1\ntitle: caf\xe9\n' >latin1.yaml
run "$FTSU_GAP" validate latin1.yaml
expect_rc 3 "Latin-1 bytes"
expect_match "$ERR" "^ftsu-gap: error: latin1.yaml:2:11: the file is not valid UTF-8 \(byte 0xe9\)" "UTF-8 position"
head -c $((17 * 1024 * 1024)) /dev/zero | tr '\0' '#' >huge.yaml
run "$FTSU_GAP" validate huge.yaml
expect_rc 3 "a 17 MiB file"
expect_match "$ERR" "huge.yaml:1:1: the file is larger than 16 MiB; larger files are refused" "size message"
python3 -c "print('a: ' + '['*200 + ']'*200)" >deep.yaml
run "$FTSU_GAP" validate deep.yaml
expect_rc 3 "200-deep nesting"
expect_match "$ERR" "nesting is deeper than 64 levels" "depth message"
printf 'format: ftsu-gap/checklist/v1\nid: &a x\ntitle: *a\n' >anchor.yaml
run "$FTSU_GAP" validate anchor.yaml
expect_rc 3 "anchors"
expect_match "$ERR" "anchor.yaml:2:5: YAML anchors \('&a'\) are not allowed" "anchor message"
printf 'format: ftsu-gap/checklist/v1\nid: "\\e[2J\\e]0;pwned\\a"\n' >escape.yaml
run "$FTSU_GAP" validate escape.yaml
expect_rc 3 "terminal escapes in an id"
expect_no_match "$ERR" $'\x1b' "no raw ESC reaches the terminal"
expect_match "$ERR" '\\x1b\[2J' "ESC shown as text"
printf 'format: "a\\nftsu-gap: error: x:1:1: forged"\n' >forge.yaml
run "$FTSU_GAP" validate forge.yaml
expect_rc 3 "a line break inside a value"
expect_match "$(wc -l <<<"$ERR")" "^1$" "one problem, one line: a value cannot forge a second error line"
expect_match "$ERR" 'unknown format .a\\nftsu-gap' "the line break is shown as \\n"
python3 -c "open('flow.yaml','w').write('format: ftsu-gap/answers/v1\nchecklist: ngo-case-reviews\nchecklist_version: \"2026.1\"\nanswers: {}\nx-s: [' + '1,' * 150000 + '1]\n')"
run timeout 20 "$FTSU_GAP" validate flow.yaml
expect_rc 0 "150,000 values on one line (no hang)"
printf 'a: 1\n---\nb: 2\n' >two.yaml
run "$FTSU_GAP" validate two.yaml
expect_rc 3 "two documents"
printf '' >empty.yaml
run "$FTSU_GAP" validate empty.yaml
expect_rc 3 "an empty file"
expect_match "$ERR" "empty.yaml:1:1: the file is empty" "empty message"
printf '\xef\xbb\xbfformat: ftsu-gap/checklist/v1\r\nid: crlf\r\nversion: "1"\r\ntitle: T\r\nsections:\r\n  - id: s\r\n    title: S\r\n    items:\r\n      - {id: a, text: A}\r\n' >bom-crlf.yaml
run "$FTSU_GAP" validate bom-crlf.yaml
expect_rc 0 "a BOM and CRLF line ends"

# An item resting only on withdrawn or superseded sources: a warning, exit 0.
cat >withdrawn.yaml <<'YAML'
format: ftsu-gap/checklist/v1
id: w
version: "1"
title: T
sources:
  - {id: gone, title: Gone, status: withdrawn, checked: 2026-11-01}
sections:
  - id: s
    title: S
    items:
      - {id: a, text: A, sources: [gone]}
YAML
run "$FTSU_GAP" validate withdrawn.yaml
expect_rc 0 "a warning is not an error"
expect_match "$ERR" "warning: withdrawn.yaml:11:[0-9]+: item 'a' rests only on superseded or withdrawn sources: 'gone' \(withdrawn\)" "withdrawn-only item warned about"

finish 54
