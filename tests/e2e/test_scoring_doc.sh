#!/usr/bin/env bash
# The worked example of docs/scoring.md, computed by hand there, checked
# against the tool.
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"
python3 - "$FTSU_SOURCE_DIR/docs/scoring.md" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
for name, ext in (("checklist", "yaml"), ("answers", "yaml"), ("expected", "json")):
    match = re.search(r"<!-- scoring-example: %s -->\n```%s\n(.*?)```" % (name, ext), text, re.S)
    assert match, name
    open("%s.%s" % (name, ext), "w").write(match.group(1))
PY
CHECKS=$((CHECKS + 1))
[ -f expected.json ] || fail "could not extract the example from docs/scoring.md"
run "$FTSU_GAP" report answers.yaml --checklist checklist.yaml --format json -o report.json
expect_rc 0 "report on the worked example"
python3 - <<'PY' || fail "the tool disagrees with the hand calculation in docs/scoring.md"
import json, math
report = json.load(open("report.json"))
expected = json.load(open("expected.json"))
def lookup(path):
    head, *rest = path.split(".")
    node = report[head]
    if head in ("sections", "items"):
        node = next(entry for entry in node if entry["id"] == rest[0])
        rest = rest[1:]
    for key in rest:
        node = node[key]
    return node
bad = []
for path, want in expected.items():
    got = lookup(path)
    same = math.isclose(got, want, rel_tol=1e-12, abs_tol=1e-12) if isinstance(want, (int, float)) and not isinstance(want, bool) and got is not None else got == want
    if not same:
        bad.append("%s: tool %r, hand %r" % (path, got, want))
print("\n".join(bad))
assert not bad
PY
CHECKS=$((CHECKS + 1))
finish 3
