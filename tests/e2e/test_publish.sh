#!/usr/bin/env bash
# The writers run the publication check (docs/security.md, "Publishing
# board papers"): an answers file with planted identifiers gives a warning
# for each in every published format of report, actions, diff and trend;
# --public makes them an error (exit 1) and writes nothing; --redact writes
# the paper with "[removed]" in their place, and a search of the written
# file (HTML, Markdown, CSV, and the XML inside docx and xlsx) finds none of
# the planted texts. The guardian's own formats (text, JSON) are checked
# only when asked. An organisation's own checklist is checked too, and
# aggregate checks the organisations' names.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"
G=$FTSU_GAP
ex=$FTSU_SOURCE_DIR/examples

# The example's 2025/26 file, with identifiers planted in an item with a
# gap (its evidence, action, owner and progress are printed in the plan).
python3 - "$ex/example-trust-2025-26.yaml" <<'PY'
import sys, yaml
d = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
entry = d["answers"]["guardian-ring-fenced-time"]
assert entry["answer"] in ("partial", "not-met"), entry["answer"]
entry["evidence"] = "After the concern raised by Dr A. Patel on Ward 7, see jane.smith@nhs.net."
entry["action"] = "Release the post; call 07700 900123 or quote NHS no 943 476 5919. Tell Oluwaseun Adeyemi."
entry["owner"] = "Jane Smith"
yaml.safe_dump(d, open("planted.yaml", "w", encoding="utf-8"), sort_keys=False, allow_unicode=True)
PY
printf 'Oluwaseun Adeyemi\n' >names.txt
planted=("Patel" "jane.smith@nhs.net" "07700 900123" "943 476 5919" "Oluwaseun" "Jane Smith")
# How many findings: the titled name, the email, the phone, the NHS number,
# the listed name (with --names) and the owner's personal name; an actions
# list prints no evidence, so the first two are not its findings.
findings=6
last=$ex/example-trust-2024-25.yaml

# present FILE: prints, one a line, each planted text (and "[removed]",
# "removed" as Markdown escapes it) that FILE holds, or any part of FILE's
# zip (docx, xlsx), as written (the planted texts need no XML escapes).
present() {
  python3 - "$1" "${planted[@]}" removed <<'PY'
import sys, zipfile
path, texts = sys.argv[1], sys.argv[2:]
if zipfile.is_zipfile(path):
    z = zipfile.ZipFile(path)
    data = b"".join(z.read(n) for n in z.namelist())
else:
    data = open(path, "rb").read()
for text in texts:
    if text.encode() in data:
        print(text)
PY
}

# paper NAME FINDINGS COMMAND...: writes NAME with COMMAND (the output
# option added), which prints FINDINGS of the planted identifiers,
# three ways: as it is (a warning per finding), --public (exit 1, nothing
# written), --redact (no planted text in the file).
paper() {
  local name=$1 findings=$2
  shift 2
  run "$@" --names names.txt -o "$name"
  expect_rc 0 "$name: written despite the findings"
  expect_match "$ERR" "warning: $findings findings could identify a person" "$name: the count is warned of"
  CHECKS=$((CHECKS + 1))
  local warned
  warned=$(grep -c "^ftsu-gap: warning: planted.yaml: guardian-ring-fenced-time, " <<<"$ERR")
  [ "$warned" = "$findings" ] || fail "$name: $warned findings warned of, not $findings"
  expect_no_match "$ERR" "jane.smith|Patel|07700" "$name: a pipe is not shown the text found"
  CHECKS=$((CHECKS + 1))
  [ -n "$(present "$name" | grep -vx removed)" ] ||
    fail "$name shows none of the planted texts: the redaction below would prove nothing"

  run "$@" --names names.txt -o "public-$name" --public
  expect_rc 1 "$name --public: exit 1"
  expect_match "$ERR" "error: $findings findings could identify a person.*nothing was written" \
    "$name --public says nothing was written"
  CHECKS=$((CHECKS + 1))
  [ ! -e "public-$name" ] || fail "$name --public wrote a file"

  run "$@" --names names.txt -o "redacted-$name" --redact
  expect_rc 0 "$name --redact"
  expect_match "$ERR" "$findings findings removed from the paper" "$name --redact counts what it removed"
  CHECKS=$((CHECKS + 1))
  [ "$(grep -c '^ftsu-gap: removed from planted.yaml: ' <<<"$ERR")" = "$findings" ] ||
    fail "$name --redact lists $findings removals: $ERR"
  local left
  left=$(present "redacted-$name")
  CHECKS=$((CHECKS + 1))
  [ -z "$(grep -vx removed <<<"$left")" ] || fail "redacted-$name still holds: $(grep -vx removed <<<"$left" | tr '\n' ' ')"
  CHECKS=$((CHECKS + 1))
  grep -qx removed <<<"$left" || fail "redacted-$name holds no [removed]"
}

for format in markdown html csv xlsx docx; do
  paper "report.$format" 6 "$G" report planted.yaml --format "$format"
done
paper "report-compare.html" 6 "$G" report planted.yaml --compare "$last" --format html
for format in markdown csv docx; do
  paper "actions.$format" 4 "$G" actions planted.yaml --format "$format"
done
for format in markdown csv html docx; do
  paper "diff.$format" 6 "$G" diff "$last" planted.yaml --format "$format"
done

# The guardian's own formats: no check unless asked.
for format in text json; do
  run "$G" report planted.yaml --format "$format" --names names.txt
  expect_rc 0 "report --format $format"
  expect_no_match "$ERR" "could identify" "report --format $format is not checked unless asked"
  run "$G" report planted.yaml --format "$format" --names names.txt --redact
  expect_match "$ERR" "$findings findings removed" "report --format $format --redact"
  expect_no_match "$OUT" "jane.smith|Patel|07700 900123|943 476 5919|Oluwaseun" \
    "report --format $format --redact shows no planted text"
done

# trend prints the organisation and the checklist, not the answers' texts:
# the planted evidence is no finding there.
run "$G" trend "$last" planted.yaml --format markdown
expect_rc 0 "trend --format markdown"
expect_no_match "$ERR" "could identify" "trend does not warn of texts it does not print"

# --quiet leaves the warnings out, never --public's refusal.
run "$G" -q report planted.yaml --format markdown -o quiet.md
expect_no_match "$ERR" "warning" "--quiet leaves the warnings out"
run "$G" -q report planted.yaml --format markdown -o quiet-public.md --public
expect_rc 1 "--quiet --public still refuses"

# The cover sheet's options are checked as printed.
run "$G" report "$ex/example-trust-2025-26.yaml" --format markdown -o cover.md \
  --recommendation "Note the concern of Mr John Doe" --public
expect_rc 1 "a name in --recommendation is found"
expect_match "$ERR" "the file's cover recommendation: a title and a name" "the cover field is named"

# An organisation's own checklist: its texts are checked (a bundled one is
# ours, and has no findings).
"$G" show leaders-guide-2022 --format yaml >own.yaml 2>/dev/null ||
  cp "$FTSU_SOURCE_DIR/checklists/leaders-guide-2022/2027.1.yaml" own.yaml
python3 - <<'PY'
import yaml
d = yaml.safe_load(open("own.yaml", encoding="utf-8"))
d["id"] = "own-checklist"
d["sections"][0]["items"][0]["text"] += " Ask Sister Mary Jones on 0161 496 0000."
yaml.safe_dump(d, open("own.yaml", "w", encoding="utf-8"), sort_keys=False, allow_unicode=True)
PY
run "$G" init own.yaml -o own-answers.yaml
expect_rc 0 "init against the organisation's checklist"
run "$G" report own-answers.yaml --checklist own.yaml --format markdown -o own.md
expect_rc 0 "report against the organisation's checklist"
expect_match "$ERR" "checklist text: a title and a name" "the checklist's own text is checked"
expect_match "$ERR" "checklist text: a UK phone number" "the checklist's phone number is found"
run "$G" report own-answers.yaml --checklist own.yaml --format markdown -o own-redacted.md --redact
expect_rc 0 "report --redact against the organisation's checklist"
CHECKS=$((CHECKS + 1))
! grep -q "Mary Jones\|0161 496 0000" own-redacted.md || fail "the checklist's text was not redacted"
run "$G" report "$ex/example-trust-2025-26.yaml" --format markdown -o bundled.md
expect_no_match "$ERR" "could identify" "the example with its bundled checklist has no findings"

# trend and aggregate print the organisations' names: those are checked.
sed 's/^organisation: .*/organisation: "Dr Jane Roe Practice"/' "$ex/example-trust-2025-26.yaml" >org.yaml
for format in markdown csv html docx; do
  run "$G" trend "$last" org.yaml --format "$format" -o "trend.$format"
  expect_match "$ERR" "warning: org.yaml: the file's organisation: a title and a name" \
    "trend --format $format checks the organisation"
  run "$G" trend "$last" org.yaml --format "$format" -o "public-trend.$format" --public
  expect_rc 1 "trend --format $format --public"
  CHECKS=$((CHECKS + 1))
  [ ! -e "public-trend.$format" ] || fail "trend --format $format --public wrote a file"
  run "$G" trend "$last" org.yaml --format "$format" -o "redacted-trend.$format" --redact
  expect_rc 0 "trend --format $format --redact"
  CHECKS=$((CHECKS + 1))
  planted=("Jane Roe")
  [ -z "$(present "redacted-trend.$format" | grep -vx removed)" ] ||
    fail "redacted-trend.$format still holds the name"
  # The page and the Word paper name the organisation in their title (the
  # Markdown and the CSV do not name it: their warning is a caution).
  if [ "$format" = html ] || [ "$format" = docx ]; then
    CHECKS=$((CHECKS + 1))
    [ -n "$(present "trend.$format" | grep -vx removed)" ] || fail "trend.$format does not show the name"
  fi
done
run "$G" aggregate org.yaml "$ex/example-trust-2024-25.yaml" --by-period --format csv -o aggregate.csv
expect_rc 0 "aggregate --format csv"
expect_match "$ERR" "warning: org.yaml: the file's organisation: a title and a name" \
  "aggregate checks the organisations' names"
run "$G" aggregate org.yaml "$ex/example-trust-2024-25.yaml" --by-period --format html \
  -o aggregate.html --public
expect_rc 1 "aggregate --public"
CHECKS=$((CHECKS + 1))
[ ! -e aggregate.html ] || fail "aggregate --public wrote a file"
run "$G" aggregate org.yaml "$ex/example-trust-2024-25.yaml" --by-period --format html \
  -o aggregate.html --redact
expect_rc 0 "aggregate --redact"
CHECKS=$((CHECKS + 1))
! grep -q "Jane Roe" aggregate.html || fail "aggregate --redact left the name"

finish 150
