#!/usr/bin/env bash
# One rule for every writer (docs/security.md): nothing is written that
# ftsu-gap's own loader would refuse. Each writer of YAML (init, init --from,
# merge, merge again, assess) is given what round three found unreadable (a
# respondent name over 1,024 bytes, which YAML cannot take as a simple key;
# U+FFFE, U+FFFF and tag characters, which YAML readers refuse raw), and its
# output is read back by ftsu-gap (validate) and by PyYAML, with the text
# intact. What cannot be written readably (merged evidence over 64 KiB) is
# refused with the reason, and nothing is written. The report formats of
# the same files load in their own readers (JSON, CSV, openpyxl).
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"
py=/usr/bin/python3
G=$FTSU_GAP
guardian=$FTSU_SOURCE_DIR/examples/example-trust-2025-26-guardian.yaml

"$py" - "$guardian" <<'PY'
import sys
text = open(sys.argv[1], encoding='utf-8').read()
long_name = 'N' * 1500 + ' \u202e the long-named respondent'
odd = 'odd \ufffe \uffff tag \U000e0041\U000e007f soft\u00ad end'
first_note = ('    note: Any replacement associate guardian will be recruited by open advert; '
              'the role specification is ready.\n')
assert first_note in text
def respondent(name, note=None):
    out = text.replace('respondent: FTSU guardian', 'respondent: "%s"' % name)
    return out if note is None else out.replace(first_note, '    note: "%s"\n' % note, 1)
def esc(s):
    return s.encode('unicode_escape').decode('ascii').replace('\\x', '\\u00')
open('long.yaml', 'w', encoding='utf-8').write(respondent(esc(long_name)))
open('odd.yaml', 'w', encoding='utf-8').write(respondent('Odd one', esc(odd)))
open('big1.yaml', 'w', encoding='utf-8').write(respondent('Big one', 'a' * 40000))
open('big2.yaml', 'w', encoding='utf-8').write(respondent('Big two', 'b' * 40000))
open('expected.txt', 'w', encoding='utf-8').write(long_name + '\n' + odd + '\n')
PY

for input in long.yaml odd.yaml big1.yaml big2.yaml; do
  run "$G" validate "$input"
  expect_rc 0 "the input $input validates"
done

# readable FILE: FILE validates in ftsu-gap and loads in PyYAML.
readable() {
  run "$G" validate "$1"
  expect_rc 0 "$1, written by ftsu-gap, validates in ftsu-gap"
  CHECKS=$((CHECKS + 1))
  "$py" -c 'import sys, yaml; yaml.safe_load(open(sys.argv[1], encoding="utf-8"))' "$1" \
    2>"$1.pyerr" || fail "$1 does not load in PyYAML: $(tail -1 "$1.pyerr")"
}

odd_bytes=$'odd \xef\xbf\xbe \xef\xbf\xbf'
run "$G" init ngo-case-reviews -o init.yaml --organisation "Trust $odd_bytes" --respondent "$odd_bytes"
expect_rc 0 "init with U+FFFE and U+FFFF in the organisation and respondent"
readable init.yaml

run "$G" init ngo-case-reviews -o carried.yaml --from odd.yaml
expect_rc 0 "init --from a file with U+FFFE in it"
readable carried.yaml

run "$G" merge long.yaml odd.yaml -o merged.yaml
expect_rc 0 "merge of a 1,500-byte respondent name and U+FFFE, U+FFFF and tag characters"
readable merged.yaml
CHECKS=$((CHECKS + 1))
"$py" - <<'PY' || fail "the merged file does not read back as written in PyYAML"
import yaml
long_name, odd = open('expected.txt', encoding='utf-8').read().split('\n')[:2]
data = yaml.safe_load(open('merged.yaml', encoding='utf-8'))
assert data['respondents'] == [long_name, 'Odd one'], data['respondents'][1:]
entry = data['answers']['guardian-fair-open-appointment']
assert long_name in entry['respondents'], list(entry['respondents'])
assert entry['respondents']['Odd one']['note'] == odd, entry['respondents']['Odd one']
PY
run "$G" merge merged.yaml -o merged-again.yaml
expect_rc 0 "the merged file merged again"
readable merged-again.yaml
expect_same merged.yaml merged-again.yaml "the merged file merged again is byte for byte the same"

cp odd.yaml assessed.yaml
printf 'm\nMore evidence\n\n\n\nq\n' | "$G" assess assessed.yaml --review >assess.out 2>assess.err
readable assessed.yaml
expect_match "$(cat assessed.yaml)" 'odd \\ufffe \\uffff tag \\U000e0041' "assess keeps U+FFFE, U+FFFF and tag characters, escaped"

# Merged evidence over 64 KiB cannot be read back: refused, with the reason,
# and nothing written.
run "$G" merge big1.yaml big2.yaml -o big.yaml
expect_rc 3 "a merge whose merged note would be over 64 KiB"
expect_match "$ERR" "the answers file was not written: ftsu-gap could not read it back: line [0-9]+ \(note: .*64 KiB" "the refusal gives the reason"
CHECKS=$((CHECKS + 1))
[ ! -e big.yaml ] || fail "big.yaml was written"

# The report formats of the merged file load in their own readers.
for format in json csv html markdown; do
  run "$G" report merged.yaml --format "$format" -o "merged.$format"
  expect_rc 0 "report --format $format of the merged file"
done
CHECKS=$((CHECKS + 1))
"$py" -c 'import json; json.load(open("merged.json", encoding="utf-8"))' || fail "merged.json is not JSON"
CHECKS=$((CHECKS + 1))
"$py" -c 'import csv; list(csv.reader(open("merged.csv", encoding="utf-8-sig", newline="")))' ||
  fail "merged.csv is not CSV"
if "$py" -c 'import openpyxl' 2>/dev/null; then
  run "$G" report merged.yaml --format xlsx -o merged.xlsx
  expect_rc 0 "report --format xlsx of the merged file"
  CHECKS=$((CHECKS + 1))
  "$py" -c 'import openpyxl; openpyxl.load_workbook("merged.xlsx")' || fail "merged.xlsx does not load"
fi

finish 30
