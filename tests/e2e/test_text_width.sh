#!/usr/bin/env bash
# Text output on terminals 40, 60, 80, 100 and 120 columns wide (a
# pseudo-terminal made by `script`, sized with stty): no line is wider than
# the terminal unless it is one word on a line of its own, and every word of
# the input (ids, file paths, URLs, titles, actions) appears whole on some
# line. Every text command, on the examples and on a checklist and answers
# made of long titles, long ids, long words, URLs and deep paths.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"
ex=$FTSU_SOURCE_DIR/examples
command -v script >/dev/null || { echo "script is not installed"; exit 77; }

mkdir -p board-papers/2025-26 board-papers/2026-27
cat >wordy.yaml <<'YAML'
format: ftsu-gap/checklist/v1
id: wordy
version: "2026.1"
title: Learning from case reviews about the register of interests and hospitality
sources:
  - id: ngo-case-review-learning-report
    title: Learning from case reviews
    url: https://nationalguardian.org.uk/wp-content/uploads/2024/01/Case-review-learning-report-register.pdf
sections:
  - id: coi
    title: Conflicts of interest and the register of interests
    items:
      - id: an-extremely-long-item-identifier-for-the-register-of-interests
        text: Decision-making staff declare their interests on appointment and at least once a year.
        sources: [ngo-case-review-learning-report]
      - id: coi-register-published
        text: The register of interests is published on the trust's website every quarter.
        mandatory: true
  - id: words
    title: Pneumonoultramicroscopicsilicovolcanoconiosis-and-other-long-words in section titles
    items:
      - id: long-words
        text: See https://example.org/a/very/long/path/to/the/guidance/on/speaking-up-and-detriment.html for more.
YAML
cat >board-papers/2025-26/answers-2025-26.yaml <<'YAML'
format: ftsu-gap/answers/v1
checklist: wordy
checklist_version: "2026.1"
organisation: Example Community Health NHS Foundation Trust
period: 2025/26
assessed_on: 2026-03-26
answers:
  an-extremely-long-item-identifier-for-the-register-of-interests: met
  coi-register-published: not-met
  long-words: partial
YAML
cat >board-papers/2026-27/answers-2026-27.yaml <<'YAML'
format: ftsu-gap/answers/v1
checklist: wordy
checklist_version: "2026.1"
organisation: Example Community Health NHS Foundation Trust
period: 2026/27
assessed_on: 2027-03-26
answers:
  an-extremely-long-item-identifier-for-the-register-of-interests:
    answer: partial
    evidence: Audit at /srv/ftsu/board-papers/2026-27/register-of-interests-audit-report.pdf shows 83%.
    action: Chase the remaining declarations, see https://intranet.example.nhs.uk/governance/register-of-interests/declarations
    owner: Director of Nursing and Quality
    due: 2027-01-31
  coi-register-published:
    answer: partial
    action: Publish the register.
    owner: Company secretary
    due: 2027-06-30
  long-words: met
YAML
old=board-papers/2025-26/answers-2025-26.yaml
new=board-papers/2026-27/answers-2026-27.yaml
trust=("$ex/example-trust-2023-24.yaml" "$ex/example-trust-2024-25.yaml" "$ex/example-trust-2025-26.yaml")

# The words each output must show whole, taken from the JSON of the same
# command (or the checklist, for show): words.py KIND JSON prints one a line.
cat >words.py <<'PY'
import json, sys
kind, d = sys.argv[1], json.load(open(sys.argv[2]))
texts = []
if kind == "report":
    texts += [d["organisation"] or "", d["checklist"]["title"]] + [s["title"] for s in d["sections"]]
    for i in d["items"]:
        if i["gap"]:
            texts += [i["id"], i["action"] or "", i["owner"] or ""]
elif kind == "diff":
    texts += [s["title"] for s in d["sections"]]
    texts += [i["id"] for i in d["items"] if i["change"] != "unchanged"]
    texts += [i["evidence"] or "" for i in d["items"] if i["change"] == "regressed"]
elif kind == "trend":
    texts += [p["period"] for p in d["periods"]] + [s["title"] for s in d["sections"]]
elif kind == "aggregate":
    for r in d.get("periods", [d]):  # --by-period: one roll-up a period
        texts += [r["checklist"]["title"]] + [f["file"] for f in r["files"]] + [i["id"] for i in r["items"]]
elif kind == "actions":
    texts += [f["file"] for f in d["files"]]
    for o in d["owners"]:
        for a in o["actions"]:
            texts += [a["owner"] or "", a["item"], a["statement"], a["action"], a["progress"] or ""]
elif kind == "show":
    texts += [d["title"]] + [s["url"] for s in d["sources"] if s.get("url")]
    for s in d["sections"]:
        texts.append(s["title"])
        for i in s["items"]:
            texts += [i["id"], i["text"]]
for word in sorted({w for t in texts for w in t.split()}):
    print(word)
PY

# check.py NAME WORDS WIDTH...: for each WIDTH, reads NAME-WIDTH.txt and
# prints each line wider than WIDTH that is not one word on its own, and
# each word of WORDS no line holds (one Python start a case, not a width).
cat >check.py <<'PY'
import re, sys
name, words = sys.argv[1], open(sys.argv[2], encoding="utf-8").read().split("\n")
def columns(s):
    return sum(2 if 0x1100 <= ord(c) <= 0x115f or 0x2e80 <= ord(c) <= 0xa4cf or 0xac00 <= ord(c) <= 0xd7a3 else 1 for c in s)
for width in map(int, sys.argv[3:]):
    text = open(f"{name}-{width}.txt", encoding="utf-8", errors="replace").read()
    text = re.sub(r"\x1b\[[0-9;]*m", "", text).replace("\r", "")
    lines = text.split("\n")
    for line in lines:
        if columns(line) > width and " " in line.strip():
            print(f"at {width} columns, wider than {width}: {line!r}")
    for word in words:
        if word and not any(word in line for line in lines):
            print(f"at {width} columns, not whole: {word!r}")
PY

widths=(40 60 80 100 120)

# case NAME KIND CMD...: the words of CMD's JSON, then CMD on a terminal of
# each width, all in one pseudo-terminal (`script`): the terminal is resized
# with stty before each run and a marker line parts the runs' outputs into
# NAME-WIDTH.txt; then each output is checked against the words of KIND.
case_() {
  local name=$1 kind=$2
  shift 2
  if [ "$kind" = show ]; then
    "$FTSU_GAP" "$@" --format json >"$name.json"
  else
    "$FTSU_GAP" -q "$@" --format json >"$name.json"
  fi
  python3 words.py "$kind" "$name.json" >"$name.words" || fail "$name: reading its JSON"
  CHECKS=$((CHECKS + 1))
  [ "$(wc -l <"$name.words")" -ge 5 ] || fail "$name: too few words to check"
  local cmd="" width
  for width in "${widths[@]}"; do
    cmd+="stty cols $width rows 500; echo @@width-$width@@; $(printf '%q ' "$FTSU_GAP" "$@") 2>&1; "
  done
  script -qec "$cmd" /dev/null >"$name.tty" 2>&1 </dev/null
  awk -v name="$name" '/^@@width-[0-9]+@@\r?$/ { w = $0; gsub(/[^0-9]/, "", w); out = name "-" w ".txt"; printf "" >out; next }
    out { print >out }' "$name.tty"
  for width in "${widths[@]}"; do
    CHECKS=$((CHECKS + 1))
    [ -s "$name-$width.txt" ] || fail "$name at $width columns: no output"
  done
  local problems
  problems=$(python3 check.py "$name" "$name.words" "${widths[@]}")
  CHECKS=$((CHECKS + 5))
  [ -z "$problems" ] || fail "$name:"$'\n'"$problems"
}

case_ report-wordy report report --checklist wordy.yaml "$new" --top 0
case_ report-wordy-old report report --checklist wordy.yaml "$old" --top 0
case_ report-trust report report "$ex/example-trust-2025-26.yaml" --top 0
case_ report-merged report report "$ex/example-trust-2025-26-merged.yaml" --top 0
case_ report-local report report "$ex/local-answers-2025-26.yaml" --checklist "$ex/local-checklist.yaml"
case_ diff-wordy diff diff --checklist wordy.yaml "$old" "$new"
case_ diff-trust diff diff "${trust[@]:1}"
case_ trend-wordy trend trend --checklist wordy.yaml "$old" "$new"
case_ trend-trust trend trend "${trust[@]}"
case_ aggregate-wordy aggregate aggregate --by-period --checklist wordy.yaml "$old" "$new"
case_ aggregate-trust aggregate aggregate --by-period "${trust[@]}"
case_ actions-wordy actions actions --checklist wordy.yaml "$old" "$new"
case_ actions-trust actions actions --checklist-dir "$ex" "$ex/example-trust-2025-26.yaml" \
  "$ex/example-trust-policy-2025-26.yaml" "$ex/local-answers-2025-26.yaml"
case_ show-wordy show show wordy.yaml
case_ show-local show show "$ex/local-checklist.yaml"
case_ show-ngo show show ngo-case-reviews

# The terminal's width is used: at 40 columns every line of the trust's
# report fits 40, and at 120 the trend (which may use 120) is wider than 100.
widest() {
  python3 -c 'import re, sys; print(max(len(re.sub(r"\x1b\[[0-9;]*m", "", l.rstrip("\r\n"))) for l in open(sys.argv[1], encoding="utf-8")))' "$1"
}
CHECKS=$((CHECKS + 1))
[ "$(widest report-trust-40.txt)" -le 40 ] || fail "the report at 40 columns is laid out wider"
CHECKS=$((CHECKS + 1))
[ "$(widest trend-trust-120.txt)" -gt 100 ] || fail "the trend at 120 columns is laid out narrower"
CHECKS=$((CHECKS + 1))
grep -q 'Limited assurance (capped)' report-wordy-80.txt || fail "the wordy report names its capped rating"

finish 160
