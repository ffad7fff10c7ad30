#!/usr/bin/env bash
# One "today" (docs/spec.md, "Today"): the local date, TZ honoured, in what
# assess records and in every judgement of "overdue"; and --assessed-on (or
# the file's assessed_on) decides "overdue" the same way in assess, report
# and actions. FTSU_GAP_NOW fixes the clock (tests only, docs/testing.md).
source "$(dirname "$0")/lib.sh"
cd "$SCRATCH"
# 23:30 UTC on 31 March 2027 is 00:30 BST on 1 April, the next financial year.
export FTSU_GAP_NOW=$(( $(date -u -d 2027-03-31 +%s) + 23 * 3600 + 30 * 60 ))
london=Europe/London
[ -e /usr/share/zoneinfo/Europe/London ] || london="GMT0BST,M3.5.0/1,M10.5.0"

# assess records the local date.
printf 'm\n\n' >answer.txt
TZ=$london run "$FTSU_GAP" assess ngo-case-reviews --profile trust -o london.yaml <answer.txt
expect_rc 0 "assess in London"
expect_match "$(cat london.yaml)" "^assessed_on: 2027-04-01$" "assess records the local date (BST)"
TZ=UTC run "$FTSU_GAP" assess ngo-case-reviews --profile trust -o utc.yaml <answer.txt
expect_match "$(cat utc.yaml)" "^assessed_on: 2027-03-31$" "assess records the local date (UTC)"

# An action due on 31 March, in a file without assessed_on: overdue on
# 1 April in London, not on 31 March in UTC.
"$FTSU_GAP" init ngo-case-reviews --profile trust -o plan.yaml 2>/dev/null
sed -i 's/^  guardian-ring-fenced-time:.*/  guardian-ring-fenced-time:\n    answer: partial\n    action: Agree ring-fenced time\n    owner: Director of People\n    due: 2027-03-31/' plan.yaml
grep -q "^    due: 2027-03-31$" plan.yaml || fail "the plan was not written"
TZ=$london run "$FTSU_GAP" report plan.yaml --fail-on-overdue
expect_rc 1 "report in London: overdue"
expect_match "$ERR" "1 overdue action \(--fail-on-overdue, judged at 2027-04-01\)" "report names the local date"
TZ=UTC run "$FTSU_GAP" report plan.yaml --fail-on-overdue
expect_rc 0 "report in UTC: not yet overdue"
TZ=$london run "$FTSU_GAP" actions plan.yaml --overdue
expect_match "$OUT" "Agree ring-fenced time" "actions in London: overdue"
TZ=UTC run "$FTSU_GAP" actions plan.yaml --overdue
expect_no_match "$OUT" "Agree ring-fenced time" "actions in UTC: not overdue"

# assess judges as report does: today without assessed_on, --assessed-on
# when given.
for _ in $(seq 12); do echo s; done >skips.txt
TZ=$london run "$FTSU_GAP" assess -o plan.yaml --review <skips.txt
expect_match "$OUT" "\(due 2027-03-31, overdue\)" "assess without a date: overdue today"
cp plan.yaml dated.yaml
TZ=$london run "$FTSU_GAP" assess -o dated.yaml --review --assessed-on 2027-03-01 <skips.txt
expect_rc 0 "assess --assessed-on"
expect_match "$OUT" "\(due 2027-03-31\)" "assess --assessed-on: the action shown"
expect_no_match "$OUT" "2027-03-31, overdue" "assess --assessed-on 2027-03-01: not overdue, as report says"
# What assess was told, in the file (skipping saves nothing).
sed -i 's/^checklist_version: .*/&\nassessed_on: 2027-03-01/' dated.yaml
TZ=$london run "$FTSU_GAP" report dated.yaml --fail-on-overdue
expect_rc 0 "report on the same file: not overdue"
TZ=$london run "$FTSU_GAP" actions dated.yaml --overdue
expect_no_match "$OUT" "Agree ring-fenced time" "actions on the same file: not overdue"

finish 14
