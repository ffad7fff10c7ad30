#!/usr/bin/env bash
# Every file of the YAML test suite (none is a checklist) through validate:
# exit 3 and, for every file, a positioned error line; no crash, hang or
# sanitizer report. One `validate` of all the files at once (what a user
# with many files runs; `validate` reports every file), so the time goes on
# the parser rather than on 402 program starts.
source "$(dirname "$0")/lib.sh"
corpus=$FTSU_SOURCE_DIR/tests/data/yaml-test-suite
if [ ! -d "$corpus/valid" ]; then
  fail "corpus not found at $corpus"
  finish 402
fi
files=("$corpus"/valid/* "$corpus"/invalid/*)
count=${#files[@]}
run timeout 120 "$FTSU_GAP" validate --jobs 2 "${files[@]}"
expect_rc 3 "validate of the whole corpus exits 3"
if grep -Eq "Sanitizer|runtime error|terminate called|Aborted" <<<"$ERR"; then
  fail "crash or sanitizer report: $(grep -Em 5 'Sanitizer|runtime error|terminate called|Aborted' <<<"$ERR")"
fi
# Each file's first line on stderr (the lines of one file are together, in
# the order given) is a positioned error line.
printf '%s\n' "${files[@]}" >files.txt
printf '%s\n' "$ERR" >err.txt
problems=$(python3 - "$ERROR_LINE" <<'PY'
import re, sys
pattern = re.compile(sys.argv[1])
files = open("files.txt", encoding="utf-8").read().split("\n")[:-1]
first = {}
for line in open("err.txt", encoding="utf-8", errors="replace").read().split("\n"):
    for f in ([f for f in files if f + ":" in line][:1]):
        first.setdefault(f, line)
for f in files:
    line = first.get(f)
    if line is None:
        print(f"{f}: no error line names it")
    elif not pattern.search(line):
        print(f"{f}: first line: {line}")
PY
)
CHECKS=$((CHECKS + count))
[ -z "$problems" ] || fail "$problems"
echo "corpus files: $count"
[ "$count" -ge 402 ] || fail "expected at least 402 corpus files, found $count"
finish 402
