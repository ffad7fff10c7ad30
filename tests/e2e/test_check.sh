#!/usr/bin/env bash
# The publication check (docs/security.md, "Publishing board papers"):
# `check` finds each planted identifier, names where it is, shows the text
# on a terminal only (never in a pipe, a file or JSON), is quiet about what
# publish_ok accepts, and exits 1 on findings, 0 on none. And an item's
# private_note never reaches any output of any command, while a copy of it
# in a published field is warned about.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"
G=$FTSU_GAP
ex=$FTSU_SOURCE_DIR/examples

# The example's 2025/26 file with identifiers planted in evidence, actions,
# owners and notes.
python3 - "$ex/example-trust-2025-26.yaml" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
plant = {
    "guardian-ring-fenced-time": [
        "    evidence: After the concern raised by Dr A. Patel on Ward 7, see jane.smith@nhs.net or 07700 900123.",
        "    private_note: Raised privately by the charge nurse on the night shift in March.",
    ],
}
out = []
for line in text.splitlines():
    out.append(line)
    for item, extra in plant.items():
        if line == f"  {item}:":
            out.extend(extra)
text = "\n".join(out) + "\n"
# Replace the first evidence of that item (the planted one goes first and
# a mapping cannot hold two): drop the original evidence block.
lines = text.splitlines()
result, skipping, seen = [], False, False
for i, line in enumerate(lines):
    if line.startswith("  guardian-ring-fenced-time:"):
        seen = True
    elif seen and line.startswith("    evidence: >-"):
        skipping, seen = True, False
        continue
    if skipping:
        if line.startswith("      "):
            continue
        skipping = False
    result.append(line)
text = "\n".join(result) + "\n"
text = text.replace("owner: Director of People\n", "owner: Jane Smith\n", 1)
text = text.replace("answers:\n", "answers:\n  x-planted: true\n", 1)
open("planted.yaml", "w", encoding="utf-8").write(text)
PY
run "$G" validate planted.yaml
expect_rc 0 "the planted file is valid"

# NHS number, NI number, postcode and a date of birth in another item's
# action and note, through the command line's own writer (init --from keeps
# them), plus a listed name and a pattern.
python3 - <<'PY'
text = open("planted.yaml", encoding="utf-8").read()
text = text.replace(
    "    action: Release the associate guardian post (0.6 WTE) from vacancy control and recruit to it.",
    "    action: Release the post; NHS no 943 476 5919, NI AB123456C, home SW1A 1AA, DOB 12/03/1980."
    " Tell Oluwaseun Adeyemi. Case FTSU-0042.", 1)
open("planted.yaml", "w", encoding="utf-8").write(text)
PY
printf '# staff who spoke up\nOluwaseun Adeyemi\n' >names.txt
printf 'case FTSU-####\n' >patterns.txt

run "$G" check planted.yaml --names names.txt --patterns patterns.txt
expect_rc 1 "check exits 1 on findings"
# The lines as one, so a finding wrapped over two lines still matches.
OUT=$(tr '\n' ' ' <<<"$OUT" | tr -s ' ')
for kind in "an email address" "a UK phone number" "an NHS number" "a National Insurance number" \
  "a full UK postcode" "a date of birth" "a title and a name" "a name from the names list" \
  "a phrase of the patterns list" "a personal name where a role belongs"; do
  expect_match "$OUT" "$kind, characters [0-9]+ to [0-9]+" "check names $kind"
done
expect_match "$OUT" "guardian-ring-fenced-time, evidence: an email address" "the item and field are named"
expect_match "$OUT" "10 findings in 1 of 1 file" "the count"
# Through a pipe the text found is not shown.
for planted in "jane.smith@nhs.net" "07700 900123" "943 476 5919" "AB123456C" "SW1A 1AA" "12/03/1980" \
  "Patel" "Oluwaseun" "FTSU-0042" "Jane Smith"; do
  expect_no_match "$OUT" "$planted" "the pipe does not show '$planted'"
done

# JSON: where and what kind, never the text.
run "$G" check planted.yaml --names names.txt --patterns patterns.txt --format json
expect_rc 1 "check --format json exits 1"
CHECKS=$((CHECKS + 1))
python3 - "$OUT" <<'PY' || fail "the JSON of check"
import json, sys
d = json.loads(sys.argv[1])
assert d["findings"] == 10, d["findings"]
kinds = {f["kind"] for f in d["files"][0]["findings"]}
assert kinds == {"email", "phone", "nhs-number", "ni-number", "postcode", "date-of-birth", "titled-name",
                 "listed-name", "phrase", "personal-name"}, kinds
for f in d["files"][0]["findings"]:
    assert set(f) == {"item", "field", "respondent", "kind", "first", "last"}, f
    assert 1 <= f["first"] <= f["last"], f
PY
expect_no_match "$OUT" "jane.smith|Patel|Oluwaseun|943 476" "the JSON holds no text found"

# On a terminal, the text is shown.
if command -v script >/dev/null; then
  script -qec "$(printf '%q ' "$G" check planted.yaml --names names.txt)" /dev/null >tty.txt 2>&1 </dev/null
  CHECKS=$((CHECKS + 1))
  grep -q "jane.smith@nhs.net" tty.txt || fail "a terminal is shown the text found: $(head -c 400 tty.txt)"
fi

# publish_ok quiets a finding; --allow-names-in owner the owner's name.
python3 - <<'PY'
text = open("planted.yaml", encoding="utf-8").read()
text = text.replace("  guardian-ring-fenced-time:\n",
                    "  guardian-ring-fenced-time:\n    publish_ok:\n      - text: jane.smith@nhs.net\n"
                    "        by: FTSU guardian\n", 1)
open("accepted.yaml", "w", encoding="utf-8").write(text)
PY
run "$G" check accepted.yaml
expect_no_match "$OUT" "email address" "publish_ok accepts the email address"
expect_match "$OUT" "a UK phone number" "publish_ok accepts only its own text"
run "$G" check accepted.yaml --allow-names-in owner --format json
expect_no_match "$OUT" '"personal-name"' "--allow-names-in owner"
# init --from writes a new year's file from it (carrying evidence and
# actions, not notes).
run "$G" init --from accepted.yaml -o carried.yaml
expect_rc 0 "init --from a file with publish_ok and private_note"

# A clean file: exit 0.
run "$G" check "$ex/example-trust-2025-26.yaml"
expect_rc 0 "the example has no findings"
expect_match "$OUT" "No findings in 1 file" "says so"

# private_note: never in any output; a copy in a published field warned.
note="Raised privately by the charge nurse on the night shift in March"
for format in text markdown json csv html xlsx docx; do
  "$G" -q report planted.yaml --format "$format" -o "report.$format" 2>/dev/null
done
# The response workbook (export) is for a respondent: never the note either.
"$G" -q export planted.yaml -o export.xlsx 2>/dev/null
"$G" -q report planted.yaml --compare "$ex/example-trust-2024-25.yaml" --format html -o compare.html 2>/dev/null
for format in text markdown json csv docx; do
  "$G" -q actions planted.yaml --format "$format" -o "actions.$format" 2>/dev/null
done
for format in text markdown json csv html docx; do
  "$G" -q diff "$ex/example-trust-2024-25.yaml" planted.yaml --format "$format" -o "diff.$format" 2>/dev/null
  "$G" -q trend "$ex/example-trust-2024-25.yaml" planted.yaml --format "$format" -o "trend.$format" 2>/dev/null
done
for format in text json csv html; do
  "$G" -q aggregate --by-period planted.yaml "$ex/example-trust-2024-25.yaml" --format "$format" \
    -o "aggregate.$format" 2>/dev/null
done
# Two respondents' files, each with the private note: the merged file and
# its report hold neither.
sed 's/^organisation: .*/&\nrespondent: Alice/' planted.yaml >alice.yaml
sed 's/^organisation: .*/&\nrespondent: Bob/' accepted.yaml >bob.yaml
run "$G" merge alice.yaml bob.yaml -o merged.yaml
expect_rc 0 "merge of two respondents with private notes"
"$G" -q report merged.yaml --format json -o merged-report.json 2>/dev/null
"$G" -q report merged.yaml --format html -o merged-report.html 2>/dev/null
outputs=(report.* compare.html actions.* diff.* trend.* aggregate.* merged.yaml merged-report.* export.xlsx)
CHECKS=$((CHECKS + 1))
[ "${#outputs[@]}" -ge 30 ] || fail "expected 30 outputs, found ${#outputs[@]}"
for file in "${outputs[@]}"; do
  CHECKS=$((CHECKS + 1))
  [ -s "$file" ] || { fail "$file was not written"; continue; }
  if [ "${file##*.}" = xlsx ] || [ "${file##*.}" = docx ]; then
    found=$(python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(any(sys.argv[2].encode() in z.read(n) for n in z.namelist()))' "$file" "night shift")
    [ "$found" = False ] || fail "$file holds the private note"
  else
    ! grep -q "night shift" "$file" || fail "$file holds the private note"
  fi
done
# The carried file keeps nothing private either: init --from carries
# evidence and actions, not notes.
CHECKS=$((CHECKS + 1))
! grep -q "night shift" carried.yaml || fail "init --from carried the private note"

python3 - <<PY
text = open("planted.yaml", encoding="utf-8").read()
old = "    note: The vacancy control panel deferred the post in December 2025 and again in February 2026.\n"
assert old in text
text = text.replace(old, "    note: $note, she said.\n", 1)
open("copied.yaml", "w", encoding="utf-8").write(text)
PY
run "$G" validate copied.yaml
expect_rc 0 "a copied private note is a warning, not an error"
expect_match "$ERR" "warning: .*the private note of 'guardian-ring-fenced-time' seems to be copied into its note" \
  "validate warns of a copied private note"

finish 60
