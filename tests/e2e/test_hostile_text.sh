#!/usr/bin/env bash
# Hostile text from files never reaches a terminal raw. Every string field of
# a checklist and of an answers file holds control sequences (an OSC 52
# clipboard write, a screen clear, BEL, a bidi override, U+2028, a zero-width
# space); every command that prints text for a terminal, and every prompt of
# assess, must show them as visible escapes. Run through a pipe and, with
# --color always, under a pseudo-terminal (script), where colour is on.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"

python3 - <<'PY'
# Every string a checklist or an answers file can hold carries the payload.
# Round three added tag characters, the soft hyphen, U+180E, the interlinear
# annotation characters and the noncharacters U+FFFE/U+FFFF.
bad = (r'\e]52;c;SGVsbG8=\a\e]0;pwned\a\e[2J\u202e\u2028\u200b\x7f\x9b'
       r'\U000e0041\U000e007f\u00ad\u180e\ufff9\ufffb\ufffe\uffff\u206a')
def q(s): return '"' + s + '"'
def v(tag): return q(tag + ' ' + bad)
checklist = f"""format: ftsu-gap/checklist/v1
id: hostile
version: {q('1' + chr(92) + 'e]0;v' + chr(92) + 'a')}
title: {v('Title')}
description: {v('Description')}
sources:
  - id: src
    title: {v('Source title')}
    publisher: {v('Publisher')}
    url: {q('https://example.org/' + bad)}
profiles:
  - {{key: trust, label: {v('Trust label')}}}
  - {{key: other, label: {v('Other label')}}}
scale:
  - {{key: met, label: {v('Met label')}, score: 1, shortcut: m}}
  - {{key: partial, label: {v('Partial label')}, score: 0.5, shortcut: p}}
  - {{key: not-met, label: {v('Not met label')}, score: 0, shortcut: n}}
  - {{key: na, label: {v('NA label')}, score: null, shortcut: x}}
ratings:
  - {{key: green, label: {v('Green label')}, min: 80}}
  - {{key: amber, label: {v('Amber label')}, min: 50}}
  - {{key: red, label: {v('Red label')}, min: 0}}
sections:
  - id: one
    title: {v('Section title')}
    description: {v('Section description')}
    items:
      - id: a
        text: {v('Item text')}
        guidance: {v('Guidance')}
        evidence: [{v('Evidence example')}]
        sources: [{{source: src, ref: {v('Ref')}}}]
        mandatory: true
        weight: 3
      - id: b
        text: {v('Item b text')}
        profiles: [trust]
        sources: [{{source: src}}]
      - id: c
        text: {v('Item c text')}
        sources: [{{source: src}}]
"""
open('hostile.yaml', 'w').write(checklist)
answers = f"""format: ftsu-gap/answers/v1
checklist: hostile
checklist_version: {q('1' + chr(92) + 'e]0;v' + chr(92) + 'a')}
organisation: {v('Organisation')}
period: {v('Period')}
profile: trust
assessed_on: 2026-03-01
assessors: [{v('Assessor')}]
answers:
  a:
    answer: partial
    evidence: {v('Evidence')}
    action: {v('Action')}
    owner: {v('Owner')}
    due: 2020-01-01
  b: not-met
"""
open('answers.yaml', 'w').write(answers)
open('answers2.yaml', 'w').write(answers.replace('answer: partial', 'answer: met').replace('b: not-met', 'b: met'))
# Two respondents, for merge and "Where you disagree": hostile names, and
# hostile evidence, actions, owners, progress and notes of their own.
for n, answer in ((1, 'met'), (2, 'not-met')):
    open(f'respondent{n}.yaml', 'w').write(answers.replace(
        'answers:\n', f'respondent: {v("Respondent " + str(n))}\nanswers:\n').replace(
        'answer: partial', f'answer: {answer}\n    progress: {v("Progress " + str(n))}\n'
        f'    note: {v("Note " + str(n))}').replace(
        v('Evidence'), v(f'Evidence {n}')).replace(v('Action'), v(f'Action {n}')))
PY

run "$FTSU_GAP" validate hostile.yaml
expect_rc 0 "the hostile checklist is valid (its strings are legal)"
run "$FTSU_GAP" validate --checklist hostile.yaml answers.yaml
expect_rc 0 "the hostile answers are valid"

# scan FILE LABEL [sgr]: notes FILE to be searched for raw controls (C0
# other than newline, DEL, C1, bidi, zero-width, U+2028/2029); all noted
# files are searched at the end by one Python run (scan_all), and each one
# holding a raw control fails with LABEL and the first one found. With
# `sgr`, our own colour sequences ESC [ digits ; m are allowed, and the line
# editor's space-backspace at the right margin. Files are
# read as UTF-8 bytes, so U+FFFE and U+FFFF count as well.
: >scan.list
scan() {
  printf '%s\t%s\t%s\n' "$1" "$2" "${3:-}" >>scan.list
  CHECKS=$((CHECKS + 1))
}
scan_all() {
  local problems
  problems=$(python3 - scan.list <<'PY'
import re, sys
# The one table of src/ftsu/util/utf8.cpp (hidden_ranges), written again.
bad = re.compile('[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u061c\u180e\u200b-\u200f\u2028-\u202e'
                 '\u2060-\u206f\ufeff\ufff9-\ufffb\ufffe\uffff\U000e0000-\U000e007f]')
for entry in open(sys.argv[1], encoding='utf-8').read().splitlines():
    name, label, mode = entry.split('\t')
    data = open(name, 'rb').read()
    if mode == 'sgr':
        data = re.sub(rb'\x1b\[[0-9;]*m', b'', data)
        # libedit's own move to the next line at the right margin: a space,
        # then a backspace over it (the payload holds no backspace).
        data = data.replace(b' \x08', b'')
    data = data.replace(b'\r\n', b'\n')
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]  # the byte-order mark the CSV files start with, by design
    text = data.decode('utf-8', 'replace')
    m = bad.search(text)
    if m:
        i = m.start()
        print(f"{label}: raw control U+{ord(m.group()):04X} at {i}: {text[max(0, i - 40):i + 10]!r}")
PY
  )
  [ -z "$problems" ] || fail "$problems"
}

# check NAME CMD...: runs CMD through a pipe, then with --color always under a
# pseudo-terminal, and checks both outputs (stdout and stderr).
check() {
  local name=$1
  shift
  "$@" >"$name.out" 2>"$name.err" </dev/null
  for stream in out err; do
    scan "$name.$stream" "$name ($stream, pipe)"
  done
  CHECKS=$((CHECKS + 1))
  grep -q 'x1b' "$name.out" "$name.err" || fail "$name: the escaped payload is not shown at all"
  local cmd
  cmd=$(printf '%q ' "$1" --color always "${@:2}")
  script -qec "$cmd" /dev/null >"$name.tty" 2>&1 </dev/null
  scan "$name.tty" "$name (terminal, colour)" sgr
}

G=$FTSU_GAP
check report "$G" report --checklist hostile.yaml answers.yaml
check report-cap "$G" report --checklist hostile.yaml answers.yaml --fail-under 90
check show "$G" show hostile.yaml
check diff "$G" diff --checklist hostile.yaml answers.yaml answers2.yaml
check trend "$G" trend --checklist hostile.yaml answers.yaml answers2.yaml
check aggregate "$G" aggregate --checklist hostile.yaml answers.yaml answers2.yaml
check actions "$G" actions --checklist hostile.yaml answers.yaml answers2.yaml
check list "$G" list --checklist-dir .
check validate "$G" validate --checklist hostile.yaml answers.yaml
check merge "$G" merge --checklist hostile.yaml respondent1.yaml respondent2.yaml -o merged.yaml
check report-merged "$G" report --checklist hostile.yaml merged.yaml

# Every other format of every command: no raw control reaches the file or
# the pipe either (CSV cells, Markdown, HTML and JSON escape them).
# file_check NAME CMD...: runs CMD writing to NAME and checks NAME.
file_check() {
  local name=$1
  shift
  "$@" -o "$name" >/dev/null 2>"$name.err" </dev/null
  CHECKS=$((CHECKS + 1))
  [ -s "$name" ] || fail "$name was not written: $(head -c 300 "$name.err")"
  scan "$name" "$name"
}
for format in markdown json csv html; do
  file_check "report.$format" "$G" report --checklist hostile.yaml answers.yaml --format "$format"
  file_check "report-merged.$format" "$G" report --checklist hostile.yaml merged.yaml --format "$format"
  file_check "trend.$format" "$G" trend --checklist hostile.yaml answers.yaml answers2.yaml --format "$format"
done
for format in markdown json csv; do
  file_check "diff.$format" "$G" diff --checklist hostile.yaml answers.yaml answers2.yaml --format "$format"
  file_check "actions.$format" "$G" actions --checklist hostile.yaml answers.yaml answers2.yaml --format "$format"
done
file_check show.md "$G" show hostile.yaml --format markdown
file_check show.json "$G" show hostile.yaml --format json
file_check aggregate.json "$G" aggregate --checklist hostile.yaml answers.yaml answers2.yaml --format json
file_check aggregate.csv "$G" aggregate --checklist hostile.yaml answers.yaml answers2.yaml --format csv
# The YAML the tool writes: init --from carries hostile evidence and actions.
file_check carried.yaml "$G" init --checklist-dir . hostile --from answers.yaml
# ... and merge writes the respondents' names and texts as YAML that reads back.
file_check merged-again.yaml "$G" merge --checklist hostile.yaml merged.yaml
CHECKS=$((CHECKS + 1))
cmp -s merged.yaml merged-again.yaml || fail "the hostile merged file changed when merged again"
CHECKS=$((CHECKS + 1))
grep -q 'Where you disagree' report-merged.out || fail "the hostile merged report shows no disagreements"
CHECKS=$((CHECKS + 1))
grep -q 'u001b' report.json || fail "the JSON report does not carry the payload escaped"

# The prompts of assess: through a pipe (answers, evidence, help) ...
printf '?\np\nSome evidence\nAct\nOwn\n31/03/2027\nn\n\n\n\n\nq\n' >replies
"$G" assess hostile.yaml --profile trust -o new.yaml <replies >assess.out 2>assess.err
scan assess.out "assess prompts (pipe)"
CHECKS=$((CHECKS + 1))
grep -q 'Partial label' assess.out || fail "assess did not show the scale labels"
# ... and at a terminal, in colour.
cp answers.yaml review.yaml
script -qec "$(printf '%q ' "$G") --color always assess --checklist-dir . hostile -o review.yaml --review" \
  /dev/null <replies >assess.tty 2>&1
scan assess.tty "assess prompts (terminal)" sgr
CHECKS=$((CHECKS + 1))
grep -q 'Green label\|Red label\|Amber label' assess.tty || fail "assess summary did not show the rating label"

# The HTML's printed running header (CSS @page content) shows the payload
# as text, as the page does: a CSS escape (\202e) would print the character.
CHECKS=$((CHECKS + 1))
grep -q '@top-left { content: "[^"]*\\5c u202e' report.html ||
  fail "the HTML print header does not show U+202E as visible text"
CHECKS=$((CHECKS + 1))
! grep -qi '\\202e ' report.html || fail "the HTML print header carries a CSS escape of U+202E"

# Every YAML file the tool wrote here loads in PyYAML (which refuses the
# characters YAML forbids, such as U+FFFE) and in ftsu-gap itself.
yaml_problems=$(/usr/bin/python3 - carried.yaml merged.yaml merged-again.yaml new.yaml review.yaml <<'PY'
import sys, yaml
for name in sys.argv[1:]:
    try:
        yaml.safe_load(open(name, encoding="utf-8"))
    except Exception as e:
        print(f"{name} does not load in PyYAML: {str(e).splitlines()[-1]}")
PY
)
CHECKS=$((CHECKS + 5))
[ -z "$yaml_problems" ] || fail "$yaml_problems"
for written in carried.yaml merged.yaml merged-again.yaml new.yaml review.yaml; do
  run "$G" validate --checklist hostile.yaml "$written"
  expect_rc 0 "$written, written by ftsu-gap, validates"
done

# The spreadsheet: the cells and the document properties (docProps/core.xml,
# from the organisation, period and checklist title) are valid XML that
# openpyxl reads, with the payload made visible, never raw.
if /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
  for input in answers.yaml merged.yaml; do
    "$G" report --checklist hostile.yaml "$input" --format xlsx -o "$input.xlsx" 2>"$input.xlsx.err"
    CHECKS=$((CHECKS + 1))
    out=$(/usr/bin/python3 - "$input.xlsx" <<'PY' 2>&1
import re, sys
from openpyxl import load_workbook
bad = re.compile('[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u061c\u180e\u200b-\u200f\u2028-\u202e'
                 '\u2060-\u206f\ufeff\ufff9-\ufffb\ufffe\uffff\U000e0000-\U000e007f]')
book = load_workbook(sys.argv[1])
texts = [book.properties.title or '', book.properties.subject or '']
if 'Organisation' not in texts[0] or '\\u202e' not in texts[0] or '\\U000e0041' not in texts[0]:
    print('the title property does not show the payload:', repr(texts[0]))
for sheet in book.worksheets:
    for row in sheet.iter_rows(values_only=True):
        texts += [v for v in row if isinstance(v, str)]
if not any('\\x1b' in t for t in texts[2:]):
    print('no cell shows the escaped payload')
for t in texts:
    m = bad.search(t)
    if m:
        print(f'raw U+{ord(m.group()):04X} in {t[:60]!r}')
        break
PY
)
    [ -z "$out" ] || fail "$input.xlsx: $out"
  done
fi

scan_all
finish 113
