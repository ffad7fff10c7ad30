#!/usr/bin/env bash
# Checklist versions 2026.1 and 2026.2 side by side: both stay bundled, the
# newest is the default, the example trust's 2026/27 answers (on 2026.2) are
# compared with its 2025/26 answers (on 2026.1) and every answer given under
# a 2026.1 id is carried or reported; in the policy checklist an answer given
# under a replaced id counts for the item that replaces it. `show` and `?`
# in `assess` mark inferred items.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"
ex=$FTSU_SOURCE_DIR/examples
last=$ex/example-trust-2025-26.yaml
this=$ex/example-trust-2026-27.yaml

# Every version bundled; an id alone means the newest.
for id in ngo-case-reviews ftsu-policy-2022 leaders-guide-2022; do
  run "$FTSU_GAP" show "$id@2026.1" --format json
  expect_rc 0 "$id@2026.1 still loads"
  expect_match "$OUT" '"version": "2026.1"' "$id@2026.1 is version 2026.1"
  run "$FTSU_GAP" show "$id" --format json
  expect_rc 0 "$id loads"
  expect_match "$OUT" '"version": "2027.1"' "$id alone is version 2027.1"
  run "$FTSU_GAP" show "$id@2026.2" --format json
  expect_match "$OUT" '"version": "2026.2"' "$id@2026.2 still loads"
done
run "$FTSU_GAP" show ngo-case-reviews@1999.1
expect_match "$ERR" "known versions: 2026.1, 2026.2, 2027.1" "every version listed"

# The example trust's two years, across the versions.
run "$FTSU_GAP" validate "$this"
expect_rc 0 "the 2026/27 answers validate"
expect_no_match "$ERR" "warning" "without warnings"
run "$FTSU_GAP" diff "$last" "$this"
expect_rc 0 "diff across checklist versions"
expect_match "$OUT" "Checklist ngo-case-reviews 2026.1 -> ngo-case-reviews 2026.2" "both versions named"
expect_match "$OUT" "guardian-access-ceo-chair: Met -> Partially met" "the regression is named"
expect_match "$OUT" "fpp-review-hears-speakers" "an added item is listed"
run "$FTSU_GAP" diff "$last" "$this" --fail-on-regression
expect_rc 1 "the gate fails on the one regression"
expect_match "$ERR" "gate failed: 1 item regressed" "says why"

# Every answer given under a 2026.1 id is carried (compared under its own id
# or the id that replaces it) or reported as removed; every added item is
# reported as added.
run "$FTSU_GAP" diff "$last" "$this" --format json -o d.json
expect_rc 0 "json diff"
run python3 - "$last" d.json <<'PY'
import json, sys, yaml
old = yaml.safe_load(open(sys.argv[1]))
diff = json.load(open(sys.argv[2]))
answered = {k for k, v in old["answers"].items()
            if (v.get("answer") if isinstance(v, dict) else v) not in (None, "")}
rows = diff["items"]
compared = {r["before_id"] for r in rows if r["change"] in ("improved", "regressed", "unchanged", "not-comparable")}
removed = {r["id"] for r in rows if r["change"] == "removed"}
lost = sorted(answered - compared - removed)
added = sorted(r["id"] for r in rows if r["change"] == "added")
print(f"answered {len(answered)}, compared {len(answered & compared)}, removed {len(answered & removed)}, lost {lost}")
print("added " + " ".join(added))
sys.exit(1 if lost or not answered else 0)
PY
expect_rc 0 "every 2025/26 answer is carried or reported"
expect_match "$OUT" "answered 48, compared 48, removed 0, lost \[\]" "all 48 answers compared"
expect_match "$OUT" "added barriers-female-workers feedback-thanked fpp-review-hears-speakers guardian-cover-succession guardian-hr-partner-meetings" "the five new items are added"

# The policy checklist: policy-adopted-primary-care was replaced by
# policy-template-structure. Last year's practice file, read on 2026.2.
sed 's/^checklist_version: "2026.1"/checklist_version: "2026.2"/; s/^period: .*/period: 2026\/27/' \
  "$ex/primary-care-2025-26.yaml" >practice.yaml
run "$FTSU_GAP" validate practice.yaml
expect_rc 0 "last year's practice answers read on 2026.2"
expect_match "$ERR" "policy-adopted-primary-care" "the replaced id is reported"
expect_match "$ERR" "policy-template-structure" "with the item that replaces it"
run "$FTSU_GAP" diff "$ex/primary-care-2025-26.yaml" practice.yaml --format json -o p.json
expect_rc 0 "diff of the practice across versions"
run python3 - p.json <<'PY'
import json, sys
rows = {r["id"]: r for r in json.load(open(sys.argv[1]))["items"]}
assert rows["policy-adopted-primary-care"]["change"] == "removed", rows["policy-adopted-primary-care"]
assert rows["policy-template-structure"]["before_id"] == "policy-template-structure"
assert rows["training-follow-up"]["change"] == "added"
assert "icb-own-staff-guardian" in rows  # out of profile on both sides: no value
print("policy ok")
PY
expect_rc 0 "the replaced id is reported as removed, its successor compared"
# Only the old id answered: its answer counts for the new item.
python3 - "$ex/primary-care-2025-26.yaml" only-old.yaml <<'PY'
import sys, yaml
d = yaml.safe_load(open(sys.argv[1]))
del d["answers"]["policy-template-structure"]
d["answers"]["policy-adopted-primary-care"] = "partial"
d["checklist_version"] = "2026.2"
yaml.safe_dump(d, open(sys.argv[2], "w"), sort_keys=False)
PY
run "$FTSU_GAP" report only-old.yaml --format json -o r.json
expect_rc 0 "report with only the replaced id answered"
run python3 -c 'import json, sys
items = {i["id"]: i for i in json.load(open("r.json"))["items"]}
print(items["policy-template-structure"]["answer"])'
expect_match "$OUT" "^partial$" "the old id's answer counts for policy-template-structure"

# show marks inferred items, in text and Markdown, and not the others.
run "$FTSU_GAP" show ngo-case-reviews --format text
expect_match "$OUT" "guardian-scope-understood \(weight 2 · inferred good practice\)" "text marks an inferred item"
expect_match "$OUT" "coi-no-self-investigation \(weight 3\)" "text leaves a checked item unmarked"
run "$FTSU_GAP" show ftsu-policy-2022 --format markdown
expect_match "$OUT" '`modes-confidentiality` · weight 2 · \*inferred good practice\*' "markdown marks an inferred item"
expect_no_match "$(grep -F '`guardian-in-post`' <<<"$OUT")" "inferred" "markdown leaves a checked item unmarked"

# So does `?` in assess.
run "$FTSU_GAP" assess ngo-case-reviews --profile trust -o help.yaml <<<$'s\ns\ns\n?\nq'
expect_match "$OUT" "About guardian-independence \(weight 2; inferred good practice\)" "assess help marks an inferred item"

# Version 2027.1: the example trust's 2027/28 answers against its 2026/27
# answers, and the split of policy-template-structure into two items that
# both replace it.
run "$FTSU_GAP" validate "$ex/example-trust-2027-28.yaml"
expect_rc 0 "the 2027/28 answers validate"
expect_no_match "$ERR" "warning" "without warnings"
run "$FTSU_GAP" diff "$this" "$ex/example-trust-2027-28.yaml"
expect_match "$OUT" "Checklist ngo-case-reviews 2026.2 -> ngo-case-reviews 2027.1" "both versions named"
expect_match "$OUT" "5 added, 0 removed" "the five new items of 2027.1 are added"
sed 's/^checklist_version: "2026.1"/checklist_version: "2027.1"/' "$ex/primary-care-2025-26.yaml" >split.yaml
run "$FTSU_GAP" report split.yaml --format json -o s.json
expect_rc 0 "a 2026.1 practice file read on 2027.1"
expect_match "$ERR" "policy-template-structure" "the split id is reported"
run python3 -c 'import json
items = {i["id"]: i for i in json.load(open("s.json"))["items"]}
print(items["policy-minimum-standard"]["answer"], items["policy-template-complete"]["answer"])'
expect_match "$OUT" "^met met$" "the old answer counts for both items the split made"

finish 47
