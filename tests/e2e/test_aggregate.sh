#!/usr/bin/env bash
# aggregate: one checklist version only, counts and means in JSON, the same
# result whatever --jobs, bad files reported.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"
ex=$FTSU_SOURCE_DIR/examples
trust=("$ex/example-trust-2023-24.yaml" "$ex/example-trust-2024-25.yaml" "$ex/example-trust-2025-26.yaml")

# One trust's three years: refused without --by-period (each organisation
# counts once), rolled up a period apart with it.
run "$FTSU_GAP" aggregate "${trust[@]}" --format json -o all.json
expect_rc 2 "one organisation in three periods"
expect_match "$ERR" "Example Community Health NHS Trust has files of 2023/24 \(.*example-trust-2023-24.yaml\) and 2024/25 \(.*example-trust-2024-25.yaml\).*--by-period" "the organisation, its periods and the option are named"
CHECKS=$((CHECKS + 1))
[ ! -e all.json ] || fail "nothing is written when periods clash"
run "$FTSU_GAP" aggregate "${trust[@]}" --keep-going
expect_rc 2 "--keep-going does not roll up several periods either"
# Three files of three periods of one organisation, rolled up as one roll-up
# of three "organisations" for the other checks below: the periods apart.
sed 's/^organisation: .*/organisation: Trust A/' "${trust[0]}" >ta.yaml
sed 's/^organisation: .*/organisation: Trust B/' "${trust[1]}" >tb.yaml
sed 's/^organisation: .*/organisation: Trust C/' "${trust[2]}" >tc.yaml
trust=(ta.yaml tb.yaml tc.yaml)
run "$FTSU_GAP" aggregate "${trust[@]}" --format json -o all.json
expect_rc 0 "aggregate"
python3 - <<'PY' || fail "aggregate JSON"
import json
d = json.load(open("all.json"))
assert list(d) == ["format", "checklist", "files", "items", "excluded"]
assert d["excluded"] == []
assert d["format"] == "ftsu-gap/aggregate/v1"
assert len(d["files"]) == 3 and d["files"][0]["period"] == "2023/24"
for item in d["items"]:
    assert list(item["counts"])[-2:] == ["unanswered", "out_of_profile"]
    assert sum(item["counts"].values()) == 3, item
ring = next(i for i in d["items"] if i["id"] == "guardian-ring-fenced-time")
assert ring["counts"]["met"] == 1 and ring["counts"]["partial"] == 2, ring
assert abs(ring["mean_value"] - 2 / 3) < 1e-12
PY
CHECKS=$((CHECKS + 1))
run "$FTSU_GAP" aggregate "${trust[@]}" --format json --jobs 1 -o one.json
expect_same all.json one.json "--jobs 1 gives the same result"
run "$FTSU_GAP" aggregate "${trust[@]}" --format csv
expect_match "$(head -1 <<<"$OUT")" "id,section,met,partial,not-met,na,unanswered,out_of_profile,mean_value.$" "CSV header"

run "$FTSU_GAP" aggregate "${trust[@]}" "$ex/primary-care-2025-26.yaml"
expect_rc 3 "another checklist's file"
expect_match "$ERR" "primary-care-2025-26.yaml:[0-9]+:[0-9]+: this file is for ftsu-policy-2022 2026.1" "the other file is named, at its checklist line"
printf 'format: ftsu-gap/answers/v1\nchecklist: ngo-case-reviews\nchecklist_version: "2026.1"\nanswers:\n  zz: met\n' >bad.yaml
run "$FTSU_GAP" aggregate "${trust[@]}" bad.yaml
expect_rc 3 "a bad file"
expect_match "$ERR" "bad.yaml:5:3: checklist 'ngo-case-reviews' 2026.1 has no item 'zz'" "its problem is reported"
run "$FTSU_GAP" aggregate "${trust[@]}" missing.yaml
expect_rc 4 "a missing file"
run "$FTSU_GAP" aggregate "${trust[@]}" --format xlsx
expect_rc 2 "xlsx is not an aggregate format"

# 60 generated files: the same output, byte for byte, whatever --jobs, in
# every format; the text has the national reader's sections.
python3 "$FTSU_SOURCE_DIR/bench/gen-answers.py" gen 60 20
cl=(--checklist gen/checklist.yaml)
for format in text json csv html; do
  run "$FTSU_GAP" aggregate gen/answers "${cl[@]}" --format "$format" --jobs 1 -o "one.$format"
  expect_rc 0 "$format, --jobs 1"
  run "$FTSU_GAP" aggregate gen/answers "${cl[@]}" --format "$format" --jobs 4 -o "four.$format"
  expect_rc 0 "$format, --jobs 4"
  expect_same "one.$format" "four.$format" "$format: --jobs 1 and --jobs 4 give the same bytes"
done
text=$(cat one.text)
expect_match "$text" "^Benchmark checklist \\(bench-national 1\\): 60 files$" "the text counts the files"
expect_match "$text" "lower quartile [0-9.]+% · median [0-9.]+% · upper quartile" "the spread of scores"
expect_match "$text" "^ +90–100 " "the histogram"
expect_match "$text" "^The 20 items most often not met or partly met" "the most unmet items"
expect_match "$text" "^The 10 lowest-scoring files" "the lowest files"
expect_match "$text" "^Median score by section" "the section medians"
python3 - <<'PY' || fail "the folder's files in sorted order"
import json
d = json.load(open("one.json"))
names = [f["file"] for f in d["files"]]
assert len(names) == 60 and names == sorted(names), names[:3]
assert names[0] == "gen/answers/a00000.yaml", names[0]
PY
CHECKS=$((CHECKS + 1))

# '-': the paths on standard input, in the order given.
ls gen/answers/*.yaml | sort -r >list.txt
OUT=$("$FTSU_GAP" aggregate - "${cl[@]}" --format json <list.txt 2>"$SCRATCH/.stderr")
RC=$?
expect_rc 0 "paths on standard input"
python3 - "$OUT" <<'PY' || fail "'-' keeps the order of the list"
import json, sys
names = [f["file"] for f in json.loads(sys.argv[1])["files"]]
assert len(names) == 60 and names == sorted(names, reverse=True), names[:3]
PY
CHECKS=$((CHECKS + 1))
run "$FTSU_GAP" aggregate - - "${cl[@]}"
expect_rc 2 "'-' twice"

# --keep-going: a broken file among good ones is reported, the rest count.
mkdir mixed
cp gen/answers/a0000[0-4].yaml mixed/
printf 'format: ftsu-gap/answers/v1\nchecklist: bench-national\nchecklist_version: "1"\nanswers:\n  zz: met\n' >mixed/a00002b.yaml
run "$FTSU_GAP" aggregate mixed "${cl[@]}" -o kept.txt
expect_rc 3 "a broken file without --keep-going"
CHECKS=$((CHECKS + 1))
[ ! -e kept.txt ] || fail "nothing is written without --keep-going"
run "$FTSU_GAP" aggregate mixed "${cl[@]}" --keep-going --format json -o kept.json
expect_rc 3 "--keep-going still exits 3"
expect_match "$ERR" "mixed/a00002b.yaml:5:3: checklist 'bench-national' 1 has no item 'zz'" "the broken file is reported"
expect_match "$ERR" "1 of 6 files left out" "how many were left out"
python3 - <<'PY' || fail "--keep-going counts the five good files"
import json
d = json.load(open("kept.json"))
assert len(d["files"]) == 5, len(d["files"])
assert all(sum(i["counts"].values()) == 5 for i in d["items"])
PY
CHECKS=$((CHECKS + 1))
run "$FTSU_GAP" aggregate mixed "${cl[@]}" --keep-going --jobs 3
expect_rc 3 "--keep-going, text"
expect_match "$OUT" "^Benchmark checklist \\(bench-national 1\\): 5 files \\(1 left out" "the text says how many were left out"
run "$FTSU_GAP" aggregate mixed "${cl[@]}" --keep-going --format html
expect_match "$OUT" "Left out because they failed \(--keep-going\): 1 file;" "the page says how many were left out"
# The errors, too, come in the order of the files whatever --jobs.
cp mixed/a00002b.yaml mixed/a00000b.yaml
printf 'not: [valid\n' >mixed/a00004b.yaml
"$FTSU_GAP" aggregate mixed "${cl[@]}" --keep-going --jobs 1 -o k1.txt 2>k1.err
"$FTSU_GAP" aggregate mixed "${cl[@]}" --keep-going --jobs 4 -o k4.txt 2>k4.err
expect_same k1.err k4.err "the errors are the same, in the same order, whatever --jobs"
expect_same k1.txt k4.txt "--keep-going output is the same whatever --jobs"
expect_match "$(cat k1.err)" "3 of 8 files left out" "three broken files left out"
rm mixed/a00000b.yaml mixed/a00004b.yaml
run "$FTSU_GAP" aggregate mixed/a00002b.yaml "${cl[@]}" --keep-going -o none.txt
expect_rc 3 "--keep-going with no good file"
CHECKS=$((CHECKS + 1))
[ ! -e none.txt ] || fail "nothing is written when every file fails"
# A first file whose checklist cannot be found: fatal, unless --keep-going.
mkdir unknown
printf 'format: ftsu-gap/answers/v1\nchecklist: no-such-list\nchecklist_version: "1"\nanswers: {}\n' >unknown/a.yaml
cp gen/answers/a00001.yaml gen/answers/a00002.yaml unknown/
run "$FTSU_GAP" aggregate unknown --checklist-dir gen --format json
expect_rc 3 "an unknown checklist in the first file"
expect_match "$ERR" "unknown/a.yaml:2:12: .*no-such-list" "the unknown checklist is reported at its line"
run "$FTSU_GAP" aggregate unknown --checklist-dir gen --format json --keep-going -o unknown.json
expect_rc 3 "--keep-going past an unknown checklist"
expect_match "$ERR" "1 of 3 files left out" "the file of the unknown checklist is left out"
expect_match "$(cat unknown.json)" '"file": ?"unknown/a00001.yaml"' "the others are rolled up"
mkdir empty
run "$FTSU_GAP" aggregate empty
expect_rc 2 "a folder with no answers files"
# Roll-ups count organisations once: the trust's three years, its three
# respondents' files and their merge (7 files; issue 22).
all7=("$ex/example-trust-2023-24.yaml" "$ex/example-trust-2024-25.yaml" "$ex/example-trust-2025-26.yaml"
  "$ex/example-trust-2025-26-guardian.yaml" "$ex/example-trust-2025-26-exec-lead.yaml"
  "$ex/example-trust-2025-26-ned.yaml" "$ex/example-trust-2025-26-merged.yaml")
run "$FTSU_GAP" aggregate "${all7[@]}"
expect_rc 2 "seven files of one trust, three periods"
run "$FTSU_GAP" aggregate "${all7[@]}" --by-period --format json -o periods.json
expect_rc 0 "--by-period"
expect_match "$ERR" "warning: .*example-trust-2025-26-guardian.yaml: not counted: Example Community Health NHS Trust 2025/26 is counted through the merged file .*example-trust-2025-26-merged.yaml" "what was left out is said on standard error"
python3 - <<'PY' || fail "--by-period: one roll-up a period, the merged file counted once"
import json
d = json.load(open("periods.json"))
assert d["format"] == "ftsu-gap/aggregate-periods/v1", d["format"]
assert [p["period"] for p in d["periods"]] == ["2023/24", "2024/25", "2025/26"], [p["period"] for p in d["periods"]]
last = d["periods"][2]
assert [f["file"].rsplit("/", 1)[-1] for f in last["files"]] == ["example-trust-2025-26-merged.yaml"], last["files"]
assert last["files"][0]["respondents"] == 3
left = {e["file"].rsplit("/", 1)[-1]: e for e in last["excluded"]}
assert sorted(left) == ["example-trust-2025-26-exec-lead.yaml", "example-trust-2025-26-guardian.yaml",
                        "example-trust-2025-26-ned.yaml", "example-trust-2025-26.yaml"], sorted(left)
assert all(e["reason"] == "merged-counts" for e in left.values()), left
assert all(e["counted"].endswith("example-trust-2025-26-merged.yaml") for e in left.values())
assert all(sum(i["counts"].values()) == 1 for p in d["periods"] for i in p["items"])
PY
CHECKS=$((CHECKS + 1))
run "$FTSU_GAP" aggregate "${all7[@]}" --by-period
expect_match "$(tr "\n" " " <<<"$OUT")" "period 2025/26: 1 files; 1 of them merged.*4 more not counted" "the text says how many were not counted"
expect_match "$OUT" "^Not counted \\(each organisation counts once a period\\)" "and lists them"
run "$FTSU_GAP" aggregate "${all7[@]}" --by-period --format csv
expect_match "$(head -1 <<<"$OUT")" "period,id,section,met" "--by-period CSV has a period column"
run "$FTSU_GAP" aggregate "${all7[@]}" --by-period --format html -o periods.html
expect_rc 0 "--by-period HTML"
expect_match "$(cat periods.html)" "Roll-up of 1 files, period 2025/26" "the page has each period"
# Respondents' files without their merge: the first counts, the rest are named.
run "$FTSU_GAP" aggregate "$ex/example-trust-2025-26-guardian.yaml" "$ex/example-trust-2025-26-ned.yaml" --format json --keep-going
expect_rc 0 "two respondents' files"
python3 - "$OUT" <<'PY' || fail "two respondents' files count as one organisation"
import json, sys
d = json.loads(sys.argv[1])
assert len(d["files"]) == 1 and d["files"][0]["file"].endswith("guardian.yaml"), d["files"]
assert [e["reason"] for e in d["excluded"]] == ["already-counted"], d["excluded"]
PY
CHECKS=$((CHECKS + 1))
# A copy counts once; the merged file given after its respondents takes their place.
cp "$ex/example-trust-2025-26-merged.yaml" copy-of-merged.yaml
run "$FTSU_GAP" aggregate "$ex/example-trust-2025-26-ned.yaml" "$ex/example-trust-2025-26-merged.yaml" copy-of-merged.yaml --format json
python3 - "$OUT" <<'PY' || fail "a copy of the merged file"
import json, sys
d = json.loads(sys.argv[1])
assert [f["file"].rsplit("/", 1)[-1] for f in d["files"]] == ["example-trust-2025-26-merged.yaml"], d["files"]
assert [(e["file"].rsplit("/", 1)[-1], e["reason"]) for e in d["excluded"]] == [
    ("example-trust-2025-26-ned.yaml", "merged-counts"), ("copy-of-merged.yaml", "already-counted")], d["excluded"]
PY
CHECKS=$((CHECKS + 1))

# The same file given twice counts once, with a note (issue 29).
run "$FTSU_GAP" aggregate ta.yaml tb.yaml ./ta.yaml --format json
expect_rc 0 "a file given twice"
expect_match "$ERR" "warning: \\./ta.yaml: not counted: the same file as ta.yaml, given twice" "the repeat is noted"
python3 - "$OUT" <<'PY' || fail "the same file counts once"
import json, sys
d = json.loads(sys.argv[1])
assert len(d["files"]) == 2, d["files"]
assert [e["reason"] for e in d["excluded"]] == ["same-file"], d["excluded"]
assert all(sum(i["counts"].values()) == 2 for i in d["items"])
PY
CHECKS=$((CHECKS + 1))
mkdir twice && cp ta.yaml tb.yaml twice/ && ln -s ta.yaml twice/link.yaml
run "$FTSU_GAP" aggregate twice twice/ta.yaml --format json
python3 - "$OUT" <<'PY' || fail "a folder's file given again, and a symlink to it"
import json, sys
d = json.loads(sys.argv[1])
assert len(d["files"]) == 2, d["files"]
assert len(d["excluded"]) == 2 and all(e["reason"] == "same-file" for e in d["excluded"]), d["excluded"]
PY
CHECKS=$((CHECKS + 1))

# --keep-going goes past a subfolder that cannot be listed, naming it (as
# root, run as nobody, for whom mode 000 means something).
as_user=()
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  chmod a+rx "$SCRATCH"
fi
if [ "$(id -u)" != 0 ] || [ ${#as_user[@]} -gt 0 ]; then
  mkdir -p locked/a locked/b
  cp ta.yaml locked/a/ && cp tb.yaml locked/b/ && cp tc.yaml locked/
  chmod -R a+rX locked && chmod 000 locked/b
  run "${as_user[@]}" "$FTSU_GAP" aggregate locked --format json
  expect_rc 4 "an unreadable subfolder without --keep-going"
  expect_match "$ERR" "locked/b: cannot list the folder" "the subfolder is named"
  run "${as_user[@]}" "$FTSU_GAP" aggregate locked --format json --keep-going
  expect_rc 4 "--keep-going past an unreadable subfolder still exits 4"
  expect_match "$ERR" "locked/b: cannot list the folder: .*; skipped \\(--keep-going\\)" "the skipped subfolder is named"
  expect_match "$OUT" '"file": ?"locked/a/ta.yaml"' "the rest is rolled up"
  chmod 755 locked/b
fi

# Number options say what is wrong with a number (issue 29).
run "$FTSU_GAP" aggregate ta.yaml --jobs 2.5
expect_rc 2 "--jobs 2.5"
expect_match "$ERR" "2.5' is not a whole number" "a fraction is not a whole number"
finish 68
