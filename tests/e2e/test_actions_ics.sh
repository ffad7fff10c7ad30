#!/usr/bin/env bash
# actions --format ics (RFC 5545) read back by Debian's python3-icalendar:
# one all-day event per open action with a due date, on that date, owner
# and item in the description, an alarm a week before, the same UIDs on two
# exports (a re-import updates, never duplicates), lines folded at 75
# octets without splitting a UTF-8 character, and long, Unicode and
# comma-laden texts read back exactly; --owner and --due-within.
# Skipped (exit 77) without python3-icalendar (scripts/install-deps).
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"
py=/usr/bin/python3
if ! "$py" -c 'import icalendar' 2>/dev/null; then
  echo "python3-icalendar not installed: skipped (scripts/install-deps installs it)"
  exit 77
fi
examples=$FTSU_SOURCE_DIR/examples

run "$FTSU_GAP" actions "$examples/example-trust-2025-26.yaml" "$examples/example-trust-policy-2025-26.yaml" -o all.ics
expect_rc 0 "the calendar is written (the extension chooses the format)"
run "$FTSU_GAP" actions "$examples/example-trust-2025-26.yaml" "$examples/example-trust-policy-2025-26.yaml" --format json -o all.json
expect_rc 0 "the same list as JSON"
# A second export after a change: the same UIDs, the moved date.
cp "$examples/example-trust-2025-26.yaml" t.yaml
run "$FTSU_GAP" actions due t.yaml detriment-process 2026-10-31 --reason "HR review first"
expect_rc 0 "a due date moves"
run "$FTSU_GAP" actions t.yaml "$examples/example-trust-policy-2025-26.yaml" --format ics -o again.ics
expect_rc 0 "again"

# Hostile texts: long, Unicode (a character across the 75th octet), commas,
# semicolons, backslashes and line breaks.
long="Agree the café rota, then the São Paulo–Zürich “handover”; check C:\\shared\\FTSU; $(printf 'éèê%.0s' $(seq 40))"
cat >h.yaml <<YAML
format: ftsu-gap/answers/v1
checklist: ngo-case-reviews
checklist_version: "2026.2"
organisation: "Trust, with a comma; and more"
profile: trust
period: 2026/27
answers:
  guardian-ring-fenced-time:
    answer: partial
    action: '$long'
    owner: "Ward 4B, Nurse Ölçek; deputy"
    due: 2027-03-31
    progress_notes:
      - date: 2027-01-10
        note: "line one\nline two, with a comma"
YAML
run "$FTSU_GAP" actions h.yaml --format ics --owner "ward 4b, nurse Ölçek; deputy" -o h.ics
expect_rc 0 "the hostile calendar"
run "$FTSU_GAP" actions h.yaml --format ics -o h2.ics
expect_rc 0 "the hostile calendar again"

"$py" - "$long" <<'PY' || fail "the calendars do not read back as RFC 5545 says"
import json, sys, datetime
from icalendar import Calendar
def read(path):
    raw = open(path, "rb").read()
    lines = raw.split(b"\r\n")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""), path
    for line in lines:
        assert len(line) <= 75, (path, len(line), line)
        line.decode("utf-8")  # a fold never splits a character
    return Calendar.from_ical(raw)
cal = read("all.ics")
events = [e for e in cal.walk("VEVENT")]
data = json.load(open("all.json"))
actions = [a for o in data["owners"] for a in o["actions"] if a["due"]]
assert len(events) == len(actions) > 20, (len(events), len(actions))
uids = [str(e["UID"]) for e in events]
assert len(set(uids)) == len(uids), "UIDs are unique"
for e, a in zip(events, actions):
    assert e["DTSTART"].dt == datetime.date.fromisoformat(a["due"]), (e["DTSTART"].dt, a["due"])
    assert e["DTEND"].dt - e["DTSTART"].dt == datetime.timedelta(days=1)
    d = str(e["DESCRIPTION"])
    assert "Owner: " + (a["owner"] or "(no owner)") in d and "Item: " + a["item"] + ": " in d, d
    alarms = [x for x in e.walk("VALARM")]
    assert len(alarms) == 1 and alarms[0]["TRIGGER"].dt == datetime.timedelta(days=-7), alarms
again = {str(e["UID"]): e for e in read("again.ics").walk("VEVENT")}
assert set(again) == set(uids), "the same UIDs on a second export"
moved = [e for u, e in again.items() if u.startswith("detriment-process-")]
assert len(moved) == 1 and moved[0]["DTSTART"].dt == datetime.date(2026, 10, 31), moved
h = read("h.ics")
assert str(h["X-WR-CALNAME"]) == "FTSU actions: Ward 4B, Nurse Ölçek; deputy", h["X-WR-CALNAME"]
(e,) = list(h.walk("VEVENT"))
d = str(e["DESCRIPTION"])
assert "Action: " + sys.argv[1] + "\n" in d, d
assert "Owner: Ward 4B, Nurse Ölçek; deputy\n" in d, d
assert "Latest note: 10 January 2027: line one\nline two, with a comma\n" in d, d
assert "From: Trust, with a comma; and more, 2026/27" in d, d
assert str(e["SUMMARY"]) == "FTSU action due: " + sys.argv[1] + " (Ward 4B, Nurse Ölçek; deputy)", e["SUMMARY"]
assert [str(x["UID"]) for x in read("h2.ics").walk("VEVENT")] == [str(e["UID"])]
PY
CHECKS=$((CHECKS + 1))

# --due-within: the actions due by then, overdue ones included.
run "$FTSU_GAP" actions "$examples/example-trust-2025-26.yaml" --due-within 4w --format json -o within.json
expect_rc 0 "--due-within"
limit=$(date -d "+28 days" +%F)
"$py" - "$limit" <<'PY' || fail "--due-within lists an action due later"
import json, sys
d = json.load(open("within.json"))
acts = [a for o in d["owners"] for a in o["actions"]]
assert acts and all(a["due"] and a["due"] <= sys.argv[1] for a in acts), acts
PY
CHECKS=$((CHECKS + 1))
run "$FTSU_GAP" actions "$examples/example-trust-2025-26.yaml" --due-within 30d
expect_match "$OUT" "^Open actions due by [0-9]+ [A-Z][a-z]+ [0-9]{4}: " "the headline says the limit"
run "$FTSU_GAP" actions "$examples/example-trust-2025-26.yaml" --due-within soon
expect_rc 2 "--due-within soon"
expect_match "$ERR" "give days or weeks, such as 30d or 4w" "says how"
finish 12
