#!/usr/bin/env bash
# aggregate: one checklist version only, counts and means in JSON, the same
# result whatever --jobs, bad files reported.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"
ex=$FTSU_SOURCE_DIR/examples
trust=("$ex/example-trust-2023-24.yaml" "$ex/example-trust-2024-25.yaml" "$ex/example-trust-2025-26.yaml")

run "$FTSU_GAP" aggregate "${trust[@]}" --format json -o all.json
expect_rc 0 "aggregate"
python3 - <<'PY' || fail "aggregate JSON"
import json
d = json.load(open("all.json"))
assert list(d) == ["format", "checklist", "files", "items"]
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
run "$FTSU_GAP" aggregate "${trust[@]}" --format html
expect_rc 2 "html is not an aggregate format"
finish 10
