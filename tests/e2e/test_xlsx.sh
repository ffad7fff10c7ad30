#!/usr/bin/env bash
# report --format xlsx read back with openpyxl: the sheets and their order,
# header rows, frozen panes, autofilters, real dates, scores and the content
# date equal to the JSON report's, no formula anywhere even from answers that look like one,
# --gaps-only, the first sheet's figures equal to the JSON summary's, every
# sheet's print settings (A4 at a readable scale, print area, repeated
# header, running header, the sheet's name and page numbers, text wrapped,
# every header word within its column; fitted to one page wide only at 80%
# or more, else printed at 80% across pages with its id columns on each;
# "Where you disagree" of three respondents with each page of evidence or
# actions headed by the item's id; and, printed by LibreOffice, every page
# of several reports and of the response workbook with no text under 8
# points), and the refusal to write a
# binary file to a terminal. The
# CSV action plan's new columns and --gaps-only are checked here too. When
# LibreOffice is installed, it opens the workbook as a user's office suite
# would.
# Skipped (exit 77) without Debian's python3-openpyxl, which installs for
# /usr/bin/python3 only (the python3 on PATH may be another Python).
source "$(dirname "$0")/lib.sh"
py=/usr/bin/python3
if ! "$py" -c 'import openpyxl' 2>/dev/null; then
  echo "python3-openpyxl not installed: skipped (scripts/install-deps)"
  exit 77
fi
cd "$SCRATCH"
# How many checks must run without LibreOffice (it adds its own below).
expected=305
examples=$FTSU_SOURCE_DIR/examples
latest=$examples/example-trust-2025-26.yaml

# The checks, in Python: each prints "ok: WHAT" or "FAIL: WHAT", and "done"
# at the end, so a crash is a failure too.
cat >check.py <<'PY'
import csv, datetime, json, sys
from openpyxl import Workbook, load_workbook

SHEETS = ["Board summary", "Summary", "Sections", "Action plan", "All items"]
WIDE = {"Summary", "Sections", "Action plan", "All items", "Where you disagree"}
HEADERS = {
    "Sections": ["Section", "Title", "Score", "Rating", "Capped", "Answered", "Unanswered",
                 "Not applicable", "Points if all met"],
    "Action plan": ["Rank", "Points if met", "Item", "Section", "Statement", "Answer",
                    "Mandatory", "Evidence", "Evidence carried from", "Action", "Owner", "Due",
                    "Overdue", "Action status", "Progress", "Latest note", "Completed on",
                    "Dropped because", "Due date moved (times)", "Action by"],
    "All items": ["Item", "Section", "Statement", "Answer key", "Answer", "Status", "Value",
                  "Weight", "Points if met", "Mandatory", "Evidence", "Action", "Owner", "Due",
                  "Action status", "Action by"],
}

def ok(cond, what):
    print(("ok: " if cond else "FAIL: ") + what)

def near(a, b):
    return (a is None and b is None) or (a is not None and b is not None and abs(a - b) < 1e-9)

def values(ws):
    return [[c.value for c in row] for row in ws.iter_rows()]

def col(ws, header):
    return HEADERS[ws.title].index(header)

def body(ws):
    return list(ws.iter_rows(min_row=2))

def formulas(wb):
    return [f"{ws.title}!{c.coordinate}" for ws in wb for row in ws.iter_rows() for c in row
            if c.data_type == "f"]

def summary(ws):
    fields = {}
    for row in ws.iter_rows(min_row=2):
        if row[0].value is None:
            break
        fields[row[0].value] = row
    return fields

def check_full(path, report_path, checklist_path):
    wb = load_workbook(path)
    report = json.load(open(report_path))
    labels = {r["key"]: r["label"] for r in json.load(open(checklist_path))["ratings"]}
    ok(wb.sheetnames == SHEETS, f"sheets in order: {wb.sheetnames}")
    for name in SHEETS[1:]:
        ws = wb[name]
        ok(ws.freeze_panes == "A2", f"{name}: header row frozen ({ws.freeze_panes})")
    for name, header in HEADERS.items():
        ok(values(wb[name])[0] == header, f"{name}: header row {values(wb[name])[0]}")
    sections, plan, items = wb["Sections"], wb["Action plan"], wb["All items"]
    ok(sections.auto_filter.ref == f"A1:I{len(report['sections']) + 1}",
       f"Sections: autofilter {sections.auto_filter.ref}")
    ok(plan.auto_filter.ref == f"A1:T{len(report['gaps']) + 1}",
       f"Action plan: autofilter {plan.auto_filter.ref}")
    ok(items.auto_filter.ref == f"A1:P{len(report['items']) + 1}",
       f"All items: autofilter {items.auto_filter.ref}")
    ok(not formulas(wb), f"no formula cells: {formulas(wb)[:5]}")

    # Summary: the figures of the JSON report, ratings in words.
    ws = wb["Summary"]
    ok(values(ws)[0][:3] == ["Field", "Value", "Notes"], "Summary: header row")
    f = summary(ws)
    o = report["overall"]
    ok(f["Organisation"][1].value == report["organisation"], "Summary: organisation")
    ok(f["Checklist"][1].value == report["checklist"]["title"], "Summary: checklist title")
    ok(f["Checklist id"][1].value == report["checklist"]["id"], "Summary: checklist id")
    ok(f["Checklist version"][1].value == report["checklist"]["version"], "Summary: version")
    content = report["checklist"]["content_date"]
    ok(content is not None and f["Content date"][1].is_date
       and f["Content date"][1].value.date().isoformat() == content,
       f"Summary: content date is a date, JSON's checklist.content_date ({content})")
    ok(f["Period"][1].value == report["period"], "Summary: period")
    ok(f["Assessed on"][1].is_date
       and f["Assessed on"][1].value.date().isoformat() == report["assessed_on"],
       "Summary: assessed on is a date")
    today = datetime.datetime.now(datetime.timezone.utc).date()
    ok(f["Generated on"][1].is_date and f["Generated on"][1].value.date() == today,
       f"Summary: generated on today ({f['Generated on'][1].value})")
    ok(str(f["Generated by"][1].value).startswith("ftsu-gap "), "Summary: tool version")
    ok(near(f["Overall score"][1].value, o["score"]), "Summary: overall score equals JSON")
    ok(f["Overall score"][1].data_type == "n", "Summary: the score is a number")
    ok(f["Rating"][1].value == o["rating_label"], f"Summary: rating in words ({f['Rating'][1].value})")
    ok(f["Rating"][1].fill.fgColor.rgb not in (None, "00000000"), "Summary: rating cell filled")
    ok(f["Rating capped"][1].value == ("Capped" if o["rating_capped"] else "Not capped"),
       "Summary: capped")
    ok(all(i in (f["Rating capped"][2].value or "") for i in o["mandatory_unmet"]),
       "Summary: why capped names the items")
    ok(near(f["Coverage"][1].value, o["coverage"]), "Summary: coverage equals JSON")
    ok(f["Overdue actions"][1].value == len(o["overdue_actions"]), "Summary: overdue count")
    start = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Section")
    ok(ws.auto_filter.ref == f"A{start}:D{start + len(report['sections'])}",
       f"Summary: autofilter over the sections ({ws.auto_filter.ref})")
    rows = list(ws.iter_rows(min_row=start + 1))
    ok(len(rows) == len(report["sections"]), "Summary: one row per section")
    ok(all(near(r[1].value, s["score"]) for r, s in zip(rows, report["sections"])),
       "Summary: section scores equal JSON")
    ok(all(r[2].value == (labels[s["rating"]] if s["rating"] else "no rating")
           and r[3].value == ("Yes" if s["rating_capped"] else "No")
           for r, s in zip(rows, report["sections"])), "Summary: section ratings in words")

    # Sections.
    rows = body(sections)
    ok([r[1].value for r in rows] == [s["title"] for s in report["sections"]], "Sections: titles")
    ok([r[0].value for r in rows] == list(range(1, len(rows) + 1)), "Sections: numbered")
    ok(all(near(r[2].value, s["score"]) and near(r[8].value, s["gain"])
           and r[5].value == s["answered"] and r[6].value == s["unanswered"]
           and r[7].value == s["not_applicable"]
           and r[4].value == ("Yes" if s["rating_capped"] else "No")
           for r, s in zip(rows, report["sections"])), "Sections: figures equal JSON")
    ok(all(r[3].value == labels[s["rating"]] and r[3].fill.fgColor.rgb not in (None, "00000000")
           for r, s in zip(rows, report["sections"]) if s["rating"]),
       "Sections: ratings in words on a fill")

    # Action plan: the gaps in the report's order, due dates as dates.
    by_id = {i["id"]: i for i in report["items"]}
    rows = body(plan)
    ids = [r[col(plan, "Item")].value for r in rows]
    ok(ids == report["gaps"], "Action plan: the gaps in the report's order")
    ok([r[0].value for r in rows] == list(range(1, len(rows) + 1)), "Action plan: ranked")
    ok(all(near(r[1].value, by_id[i]["gain"]) for r, i in zip(rows, ids)),
       "Action plan: points if met equal JSON's gain")
    due = col(plan, "Due")
    dated = [r[due] for r in rows if by_id[r[2].value]["due"]]
    ok(dated and all(c.is_date and c.value.date().isoformat() == by_id[r[2].value]["due"]
                     for c, r in zip(dated, [r for r in rows if by_id[r[2].value]["due"]])),
       f"Action plan: {len(dated)} due cells are dates")
    ok(all(r[due].value is None for r in rows if not by_id[r[2].value]["due"]),
       "Action plan: no due, an empty cell")
    ok([r[2].value for r in rows if r[col(plan, "Overdue")].value == "Yes"]
       == [i for i in report["gaps"] if i in o["overdue_actions"]], "Action plan: overdue marked")
    ok(all(r[col(plan, "Answer")].fill.fgColor.rgb not in (None, "00000000") for r in rows),
       "Action plan: every answer cell has a RAG fill")
    ok(all(r[col(plan, "Statement")].alignment.wrap_text for r in rows),
       "Action plan: statements wrap")
    ok(plan.column_dimensions["E"].width >= 40, "Action plan: the statement column is wide")
    ok(plan.row_dimensions[2].height and plan.row_dimensions[2].height >= 45,
       f"Action plan: a row of long text is tall ({plan.row_dimensions[2].height})")

    # All items: every item, numbers as numbers, dates as dates.
    rows = body(items)
    ok([r[0].value for r in rows] == [i["id"] for i in report["items"]],
       "All items: every item in checklist order")
    ok(all(r[3].value == i["answer"] and near(r[6].value, i["value"])
           and near(r[7].value, i["weight"]) and near(r[8].value, i["gain"])
           for r, i in zip(rows, report["items"])), "All items: keys and numbers equal JSON")
    due = col(items, "Due")
    ok(all((r[due].value is None) == (i["due"] is None) and (i["due"] is None or r[due].is_date)
           for r, i in zip(rows, report["items"])), "All items: due cells are dates")
    print("done")

def check_gaps(path, report_path, csv_path):
    wb = load_workbook(path)
    report = json.load(open(report_path))
    gaps = set(report["gaps"])
    in_order = [i["id"] for i in report["items"] if i["id"] in gaps]
    ok([r[0].value for r in body(wb["All items"])] == in_order,
       "--gaps-only: All items holds the gaps, in checklist order")
    ok(wb["All items"].auto_filter.ref == f"A1:P{len(in_order) + 1}",
       "--gaps-only: the autofilter covers them")
    ok([r[2].value for r in body(wb["Action plan"])] == report["gaps"],
       "--gaps-only: the Action plan is unchanged")
    rows = list(csv.DictReader(open(csv_path, encoding="utf-8-sig", newline="")))
    ok([r["id"] for r in rows] == in_order, "--gaps-only: the CSV holds the gaps")
    print("done")

def check_csv(csv_path, report_path):
    report = json.load(open(report_path))
    reader = csv.reader(open(csv_path, encoding="utf-8-sig", newline=""))
    header = next(reader)
    ok(header == ["id", "section", "section_title", "statement", "answer", "answer_label",
                  "status", "value", "weight", "gap", "gain", "mandatory", "evidence", "evidence_from",
                  "action", "owner", "due", "overdue", "action_status", "progress", "latest_note_on",
                  "latest_note", "completed_on", "dropped_reason", "due_moves", "action_by"],
       f"CSV header: {header}")
    rows = [dict(zip(header, r)) for r in reader]
    titles = {s["id"]: s["title"] for s in report["sections"]}
    ok(all(r["section_title"] == titles[r["section"]] for r in rows), "CSV: section titles")
    ok(all(r["overdue"] == ("yes" if i["overdue"] else "no") for r, i in zip(rows, report["items"])),
       "CSV: overdue yes/no")
    ok(all((r["answer_label"] != "") for r in rows), "CSV: every answer has a label")
    print("done")

# A landscape A4 page between the margins (0.5 inch), and the points a unit
# of column width (its padding included) takes on paper at 100% as
# LibreOffice prints without Calibri: what report_xlsx.cpp plans with.
LANDSCAPE = 841.89 - 72
PORTRAIT = 595.28 - 72
POINTS_PER_WIDTH = 7.0
READABLE = 80
# How each sheet prints: fitted to one page wide (at a readable scale), or
# at a readable scale across pages with these columns on every page.
FITTED = {"Board summary", "Summary", "Sections"}
ACROSS = {"Action plan": "$A:$C", "All items": "$A:$A"}

def printed(ws, first, last):
    """The width on paper at 100% of columns first..last (1-based, inclusive)."""
    from openpyxl.utils import get_column_letter
    return sum(ws.column_dimensions[get_column_letter(c)].width for c in range(first, last + 1)) * POINTS_PER_WIDTH

def check_disagreement_print(ws, fitted):
    """Issue 24 item 5: "Where you disagree" of three respondents printed at
    about 5 points when fitted to one page wide. It is fitted only when
    that keeps a readable scale; else it prints at that scale across pages,
    over then down, each group of wide text columns (each respondent's
    evidence, then actions) on a page of its own that starts with a copy of
    the item's id, the header row repeated."""
    ps = ws.page_setup
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    header = next(i for i, r in enumerate(rows) if r[0] == "Item" and r[2] == "Merged answer")
    last = max(len(r) for r in rows)
    if fitted:
        scale = 100 * LANDSCAPE / printed(ws, 1, last)
        ok(str(ps.fitToWidth or 1) == "1" and scale >= READABLE,
           f"Where you disagree: fitted to one page wide only at a readable scale ({scale:.0f}%)")
        return
    scale = int(ps.scale or 100)
    ok(scale >= READABLE, f"Where you disagree: printed at a readable scale ({scale}%)")
    ok(ps.pageOrder == "overThenDown", f"Where you disagree: pages over, then down ({ps.pageOrder})")
    breaks = [int(b.id) for b in ws.col_breaks.brk]
    ok(len(breaks) == 2, f"Where you disagree: a page for the evidence and one for the actions ({breaks})")
    starts = [0] + breaks + [last]
    groups = [rows[header][a:b] for a, b in zip(starts, starts[1:])]
    ok([g[0] for g in groups] == ["Item"] * len(groups)
       and all(h.startswith("Evidence: ") for h in groups[1][1:])
       and all(h.startswith("Action: ") for h in groups[2][1:]),
       f"Where you disagree: each page starts with the item's id: {[g[:2] for g in groups]}")
    ok(all(r[b] == r[0] for r in rows[header + 1:] for b in breaks),
       "Where you disagree: the id's copies equal the id")
    widths = [printed(ws, a + 1, b) * scale / 100 for a, b in zip(starts, starts[1:])]
    ok(all(w <= LANDSCAPE for w in widths),
       f"Where you disagree: each group fits its page at {scale}% ({[round(w) for w in widths]} of {LANDSCAPE:.0f} points)")

def check_print(path, *sheets):
    """Issue 24 item 5: every sheet prints on A4 at a readable scale (fitted
    one page wide only when that keeps it readable, else across pages with
    its id columns on each), its print area set, its header row repeated, a
    running header, the sheet's name and page numbers."""
    wb = load_workbook(path)
    for ws in wb:
        name = ws.title
        ps = ws.page_setup
        ok(ps.paperSize in (9, "9"), f"{name}: A4 ({ps.paperSize})")
        fitted = ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage
        if name == "Where you disagree":
            check_disagreement_print(ws, fitted)
        elif name in FITTED:
            # fitToWidth absent means 1 (the file format's default).
            page = LANDSCAPE if name in WIDE else PORTRAIT
            scale = 100 * page / printed(ws, 1, ws.max_column)
            ok(fitted and str(ps.fitToWidth or 1) == "1" and str(ps.fitToHeight) == "0",
               f"{name}: fitted one page wide, as tall as it needs ({ps.fitToWidth} x {ps.fitToHeight})")
            ok(scale >= READABLE, f"{name}: fitted at a readable scale ({scale:.0f}%)")
        else:
            # Issue 24 item 5: Action plan and All items fitted to one page
            # wide printed at about 30% (3 points in LibreOffice's PDF).
            scale = int(ps.scale or 100)
            ok(not fitted and scale >= READABLE,
               f"{name}: not fitted, printed at a readable scale ({fitted}, {scale}%)")
            ok(ps.pageOrder == "overThenDown", f"{name}: pages over, then down ({ps.pageOrder})")
            ok(ws.print_title_cols == ACROSS[name],
               f"{name}: columns {ACROSS[name]} on every page ({ws.print_title_cols})")
            ok(ws.cell(1, 1).value in ("Rank", "Item") and ws.cell(1, 3).value in ("Item", "Statement"),
               f"{name}: the repeated columns are the rank and item ({ws.cell(1, 1).value})")
        ok(ps.orientation == ("landscape" if name in WIDE else "portrait"),
           f"{name}: {ps.orientation}")
        area = ws.print_area
        area = ",".join(area) if isinstance(area, list) else area
        ok(area is not None and ws.max_column >= 1
           and area.replace("$", "").endswith(f"{ws.cell(ws.max_row, ws.max_column).coordinate}"),
           f"{name}: print area {area} ends at the last cell {ws.cell(ws.max_row, ws.max_column).coordinate}")
        ok("&P of &N" in (ws.oddFooter.right.text or ""), f"{name}: page numbers ({ws.oddFooter.right.text})")
        ok((ws.oddFooter.left.text or "") == "&A", f"{name}: the sheet's name in the footer ({ws.oddFooter.left.text})")
        ok((ws.oddHeader.left.text or "").startswith("FTSU gap analysis: "),
           f"{name}: running header ({ws.oddHeader.left.text})")
        if name not in ("Board summary",):
            ok(ws.print_title_rows is not None, f"{name}: header row repeated ({ws.print_title_rows})")
        # Every header whole: no word of a header cell (bold on grey) is
        # wider than its column, so none breaks mid-word.
        from openpyxl.utils import get_column_letter
        broken = [(c.coordinate, w) for row in ws.iter_rows() for c in row
                  if isinstance(c.value, str) and c.font.b and str(c.fill.fgColor.rgb).upper().endswith("E8EAED")
                  for w in c.value.replace("-", "- ").split()
                  if len(w) > (ws.column_dimensions[get_column_letter(c.column)].width or 9.14) - 0.71]
        ok(not broken, f"{name}: every header word fits its column: {broken[:5]}")
        texts = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
        ok(all(c.alignment.wrap_text for c in texts),
           f"{name}: every text wraps in its column, none runs into the next: "
           f"{[c.coordinate for c in texts if not c.alignment.wrap_text][:5]}")
    if "Where you disagree" in wb.sheetnames:
        ws = wb["Where you disagree"]
        ok(ws.column_dimensions["B"].width >= 30,
           f"Where you disagree: the statement column is wide enough ({ws.column_dimensions['B'].width})")
    print("done")

def check_board(path, report_path):
    """Issue 24 item 1: the first sheet's figures are the JSON summary's."""
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    s = json.load(open(report_path))["summary"]
    ok(ws.title == "Board summary", f"the first sheet is the board summary ({ws.title})")
    f = {}
    for row in ws.iter_rows():
        if row[0].value is not None and row[0].value not in f:
            f[row[0].value] = row
    ok(near(f["Overall score"][1].value, s["score"]), "Board summary: score equals JSON summary")
    ok(near(f["Coverage"][1].value, s["coverage"]), "Board summary: coverage equals JSON summary")
    ok(f["Gaps"][1].value == s["gaps"], "Board summary: gaps equal JSON summary")
    ok(f["Overdue actions"][1].value == len(s["overdue_actions"]),
       "Board summary: overdue actions equal JSON summary")
    ok((s["cap_reason"] is None) == ("Why capped" not in f), "Board summary: why capped as JSON")
    all_rows = list(ws.iter_rows())
    head = next(k for k, r in enumerate(all_rows)
                if str(r[0].value).startswith(("Top ", "Gaps (")))
    ok([c.value for c in all_rows[head + 1]] == ["Item", "Statement", "Owner", "Due", "Answer"],
       "Board summary: the top gaps' header")
    gaps = all_rows[head + 2:head + 2 + len(s["top_gaps"])]
    ok([str(r[0].value).split(" ")[0] for r in gaps] == [g["id"] for g in s["top_gaps"]],
       f"Board summary: the top gaps are JSON's ({[r[0].value for r in gaps]})")
    ok(all((r[2].value == (g["owner"] or "none named"))
           and ((r[3].value.date().isoformat() if r[3].value else None) == g["due"])
           for r, g in zip(gaps, s["top_gaps"])), "Board summary: top gaps' owners and due dates")
    cover = s["cover"]
    if cover["meeting"]:
        ok(f["Meeting"][1].value == cover["meeting"], "Board summary: the cover's meeting")
        ok(f["Purpose"][1].value == "For " + cover["purpose"], "Board summary: the purpose in words")
    print("done")

HOSTILE = ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "=cmd|' /C calc'!A0", "=1+1"]

def check_hostile(path):
    wb = load_workbook(path)
    ok(not formulas(wb), f"hostile: no formula cells: {formulas(wb)[:5]}")
    content = summary(wb["Summary"])["Content date"][1]
    ok(content.value == "not given" and content.data_type == "s",
       f"hostile: no sources and no published date: content date not given ({content.value})")
    cells = {c.value: c for ws in wb for row in ws.iter_rows() for c in row
             if isinstance(c.value, str)}
    for text in HOSTILE:
        ok(text in cells and cells[text].data_type == "s", f"hostile: {text!r} kept as text")
    long = [v for v in cells if v.startswith("xxxx")]
    ok(long and all(len(v) <= 32767 and v.endswith("too long for a spreadsheet cell]")
                    for v in long), "hostile: over-long text cut, and says so")
    # The check itself: a real formula is seen as one.
    probe = Workbook()
    probe.active["A1"] = "=1+1"
    probe.save("probe.xlsx")
    ok(formulas(load_workbook("probe.xlsx")) == ["Sheet!A1"], "hostile: a formula is detected")
    print("done")

{"full": check_full, "gaps": check_gaps, "csv": check_csv,
 "hostile": check_hostile, "print": check_print, "board": check_board}[sys.argv[1]](*sys.argv[2:])
PY

# pycheck MODE ARGS...: runs check.py, counting each check.
pycheck() {
  local line done=0
  while IFS= read -r line; do
    case $line in
      "ok: "*) CHECKS=$((CHECKS + 1)) ;;
      "FAIL: "*) CHECKS=$((CHECKS + 1)) && fail "${line#FAIL: }" ;;
      done) done=1 ;;
      *) echo "$line" ;;
    esac
  done < <("$py" check.py "$@" 2>&1)
  CHECKS=$((CHECKS + 1))
  [ "$done" -eq 1 ] || fail "check.py $1 did not finish"
}

run "$FTSU_GAP" report "$latest" --format json -o report.json
expect_rc 0 "json report"
run "$FTSU_GAP" report "$latest" --format xlsx -o report.xlsx
expect_rc 0 "xlsx report"
expect_match "$(head -c 2 report.xlsx)" "^PK" "an xlsx is a zip file"
run "$FTSU_GAP" show ngo-case-reviews --format json -o checklist.json
expect_rc 0 "the checklist as json (its rating labels)"
pycheck full report.xlsx report.json checklist.json
pycheck print report.xlsx
pycheck board report.xlsx report.json
# The board paper of 2026/27 (a cover sheet) and the merged file's, likewise.
board=$examples/example-trust-2026-27.yaml
merged=$examples/example-trust-2025-26-merged.yaml
for which in board merged; do
  run "$FTSU_GAP" report "${!which}" --format xlsx -o "$which.xlsx"
  expect_rc 0 "xlsx of $which"
  run "$FTSU_GAP" report "${!which}" --format json -o "$which.json"
  expect_rc 0 "json of $which"
  pycheck print "$which.xlsx"
  pycheck board "$which.xlsx" "$which.json"
done
run "$FTSU_GAP" report "$latest" --format csv -o plan.csv
expect_rc 0 "csv report"
pycheck csv plan.csv report.json

# Into a pipe it is fine, and the same bytes as with -o.
"$FTSU_GAP" report "$latest" --format xlsx | cat >piped.xlsx
expect_same report.xlsx piped.xlsx "xlsx through a pipe, byte for byte as with -o"

# Never to a terminal.
run script -qec "'$FTSU_GAP' report '$latest' --format xlsx" /dev/null
expect_rc 2 "xlsx to a terminal is refused"
expect_match "$OUT" "xlsx is binary: give -o FILE" "says why"
expect_no_match "$OUT" "PK" "nothing binary reached the terminal"

# --gaps-only: csv and xlsx only.
run "$FTSU_GAP" report "$latest" --format xlsx --gaps-only -o gaps.xlsx
expect_rc 0 "xlsx --gaps-only"
run "$FTSU_GAP" report "$latest" --format csv --gaps-only -o gaps.csv
expect_rc 0 "csv --gaps-only"
pycheck gaps gaps.xlsx report.json gaps.csv
for format in text markdown json html; do
  run "$FTSU_GAP" report "$latest" --format "$format" --gaps-only
  expect_rc 2 "--gaps-only with $format is a usage error"
done
expect_match "$ERR" "^ftsu-gap: error: --gaps-only is for --format csv and xlsx, not html" "says which"

# Answers that look like formulas stay text; too long a text is cut.
long=$(printf 'x%.0s' $(seq 1 40000))
cat >hostile-checklist.yaml <<'YAML'
format: ftsu-gap/checklist/v1
id: hostile
version: "1"
title: "=1+1"
sections:
  - id: s
    title: "@SUM(A1)"
    items:
      - id: a
        text: "=cmd|' /C calc'!A0"
      - id: b
        text: "Statement with \e[2J escapes"
YAML
cat >hostile-answers.yaml <<YAML
format: ftsu-gap/answers/v1
checklist: hostile
checklist_version: "1"
organisation: "=1+1"
assessors: ["-2"]
answers:
  a:
    answer: partial
    evidence: "=HYPERLINK(\"http://x\")"
    action: "+1"
    owner: "-2"
    progress: "@SUM(A1)"
    due: 2026-01-31
  b:
    answer: not-met
    evidence: "$long"
    action: "line one\nline two and \e[31mred\e[0m"
YAML
run "$FTSU_GAP" report hostile-answers.yaml --checklist hostile-checklist.yaml --format xlsx -o hostile.xlsx
expect_rc 0 "hostile answers to xlsx"
pycheck hostile hostile.xlsx

# Issue 29 item 13: a merged file of more than 5,461 respondents (three
# columns each passed a sheet's 16,384) is written: "Where you disagree"
# gives the first 1,000 their columns, with a note, and openpyxl reads it.
"$py" - "$FTSU_SOURCE_DIR/examples/local-checklist.yaml" >many.yaml <<'PY'
import sys, yaml
items = [i["id"] for s in yaml.safe_load(open(sys.argv[1]))["sections"] for i in s["items"]]
n = 6000
names = [f"Respondent {r:04d}" for r in range(n)]
out = ["format: ftsu-gap/answers/v1", "checklist: example-local-champions",
       'checklist_version: "2026.1"', "organisation: Trust", "period: 2025/26",
       "respondents:"] + [f"  - {name}" for name in names] + ["merge_rule: lowest", "answers:"]
for k, item in enumerate(items):
    out += [f"  {item}:", "    answer: not-met", "    respondents:"]
    for r, name in enumerate(names):
        answer = ["met", "partial", "not-met"][(r + k) % 3]
        out.append(f"      {name}: {answer}" if r != 5999 or k != 0 else f"      {name}: {{}}")
print("\n".join(out))
PY
run "$FTSU_GAP" report --checklist "$FTSU_SOURCE_DIR/examples/local-checklist.yaml" many.yaml --format xlsx -o many.xlsx
expect_rc 0 "xlsx of a merged file of 6,000 respondents"
"$py" - many.xlsx <<'PY' || fail "the 6,000-respondent workbook read back"
import sys
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1], read_only=True)
ws = wb["Where you disagree"]
rows = list(ws.iter_rows(values_only=True))
note = rows[1][0]
assert note.startswith("This sheet shows the first 1000 of the 6000 respondents"), note
width = max(len(r) for r in rows)
assert width <= 16384, width
header = next(r for r in rows if r and r[0] == "Section")
assert header[1] == "Respondent 0000" and header[1000] == "Respondent 0999", header[:3]
assert header[1001] == "Spread", header[1001]
assert any(r and r[0] == "Share of items answered (%)" for r in rows), "the coverage table"
PY
CHECKS=$((CHECKS + 1))

# LibreOffice opens it as a user's office suite would: every sheet to CSV,
# cells as shown (the 9th filter token), one file per sheet (the 12th, -1).
if [ -z "${FTSU_SKIP_OFFICE:-}" ] && command -v soffice >/dev/null 2>&1; then
  filter='csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1'
  HOME=$SCRATCH timeout 120 soffice --headless --convert-to "$filter" --outdir lo report.xlsx >/dev/null 2>&1
  CHECKS=$((CHECKS + 1))
  [ -s lo/report-Summary.csv ] && [ -s "lo/report-All items.csv" ] ||
    fail "LibreOffice did not convert every sheet: $(ls lo 2>&1)"
  summary=$(cat lo/report-Summary.csv 2>/dev/null)
  expect_match "$summary" '^Overall score,75\.5,' "LibreOffice: the Summary shows the score"
  expect_match "$summary" '^Rating,Limited assurance,' "LibreOffice: the rating in words"
  expect_match "$summary" '^Organisation,Example Community Health NHS Trust,' "LibreOffice: the organisation"
  expect_match "$summary" '^Assessed on,26 Mar 2026,' "LibreOffice: the date shown as a date"
  expect_match "$summary" '^Coverage,100\.0%,' "LibreOffice: coverage as a percentage"
  plan=$(cat "lo/report-Action plan.csv" 2>/dev/null)
  expect_match "$plan" '^1,1\.5,fpp-annual-assessment,.*,28 Feb 2026,Yes,open,' "LibreOffice: the first gap, due and overdue"
  expected=$((expected + 16))
  # Printed by LibreOffice, no page of any sheet has text smaller than 8
  # points (7.95: the sizes are measured from the words' boxes, below),
  # the running header and page numbers included: the 2025/26 report, the
  # board paper of 2026/27 with its cover sheet, the merged file's (with
  # "Where you disagree"), --gaps-only, a local checklist's, and the
  # response workbook of export. Each page's sheet is the name in its
  # footer. Fitted to one page wide, Action plan and All items printed at
  # 2.3 points (their cells 3.2), the Summary at 3.9, the Board summary at
  # 5.3 and the response workbook's Items at 5.4; the 8-point header and
  # footer at 6.4 on the sheets fitted at 80%.
  run "$FTSU_GAP" report --checklist "$examples/local-checklist.yaml" "$examples/local-answers-2025-26.yaml" --format xlsx -o local.xlsx
  expect_rc 0 "xlsx of the local checklist's answers"
  run "$FTSU_GAP" export "$board" -o response.xlsx
  expect_rc 0 "the response workbook of export"
  # A word's box is taller than its font's size by the font's ascent and
  # descent (about 1.3 times with the font LibreOffice draws for Calibri
  # here): the ratio is measured from a workbook of 11-point text printed
  # at 100%, and each word's size is its box's height over it.
  "$py" -c 'from openpyxl import Workbook
wb = Workbook(); ws = wb.active
ws["A1"] = "Eleven point text at one hundred percent"; ws.page_setup.scale = 100
wb.save("calibration.xlsx")'
  mkdir -p pdf
  HOME=$SCRATCH timeout 300 soffice --headless --convert-to pdf --outdir pdf calibration.xlsx \
    report.xlsx board.xlsx merged.xlsx gaps.xlsx local.xlsx response.xlsx >/dev/null 2>&1
  ratio=$(pdftotext -bbox pdf/calibration.pdf - 2>/dev/null |
    awk -F'"' '/<word / { s += $8 - $4; n++ } END { if (n) printf "%.4f", s / n / 11 }')
  echo "a word's box over its font size: ${ratio:-not measured}"
  CHECKS=$((CHECKS + 1))
  awk -v r="${ratio:-0}" 'BEGIN { exit !(r > 1 && r < 1.6) }' || fail "the box-to-size ratio ${ratio:-none} is not plausible"
  if command -v pdftotext >/dev/null 2>&1; then
    for book in report board merged gaps local response; do
      CHECKS=$((CHECKS + 1))
      if [ ! -s "pdf/$book.pdf" ]; then
        fail "LibreOffice did not print $book.xlsx to PDF"
        continue
      fi
      smallest=$("$py" - "pdf/$book.pdf" "$book.xlsx" "$ratio" <<'PY'
import re, subprocess, sys
from openpyxl import load_workbook
pdf, book, ratio = sys.argv[1], sys.argv[2], float(sys.argv[3])
names = load_workbook(book, read_only=True).sheetnames
out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True).stdout
sheets, problems, blank = {}, [], []
for n, page in enumerate(re.findall(r"<page (.*?)</page>", out, re.S), 1):
    height = float(re.search(r'height="([\d.]+)"', page).group(1))
    words = [(float(a), float(b), w) for a, b, w in
             re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>', page)]
    if not words:
        # LibreOffice 7.4 sometimes counts, and prints blank, a band of
        # pages past a sheet's last row when it repeats the header row at a
        # scale (All items at 80%); they are reported, not failed.
        blank.append(n)
        continue
    footer = " ".join(w for a, _, w in words if a > height - 60)
    name = next((s for s in names if re.match(re.escape(s) + r" Page \d+ of \d+$", footer)), None)
    if name is None:
        problems.append(f"page {n} has no sheet's name in its footer ({footer!r})")
        continue
    low = min(b - a for a, b, _ in words) / ratio
    sheets.setdefault(name, []).append(low)
    if low < 7.95:
        problems.append(f"{name}, page {n}: text of {low:.2f} points")
missing = [s for s in names if s not in sheets]
if missing:
    problems.append(f"sheets not printed: {missing}")
print("; ".join(f"{s}: {min(v):.2f} on {len(v)} pages" for s, v in sheets.items())
      + (f"; blank pages {blank}" if blank else ""))
print(" | ".join(problems) or "ok")
PY
)
      echo "$book.xlsx printed, smallest text per sheet: ${smallest%%$'\n'*}"
      [ "${smallest##*$'\n'}" = ok ] || fail "$book.xlsx prints too small or unnamed: ${smallest##*$'\n'}"
    done
  else
    fail "pdftotext (poppler-utils) is needed to measure the printed text"
  fi
else
  echo "LibreOffice (soffice) not installed: the workbook was not opened in it (FTSU_EXTRA_PACKAGES=libreoffice-calc-nogui scripts/install-deps)"
fi

# An ampersand before G in the printed header (libxlsxwriter counts "&G" as
# an image's place, and once freed the header twice): the report and the
# response workbook are written, the organisation whole in the header.
sed 's/^organisation: .*/organisation: "Barking\&Greenwich Trust"/' \
  "$FTSU_SOURCE_DIR/examples/example-trust-2025-26.yaml" >ampersand.yaml
run "$FTSU_GAP" report ampersand.yaml --format xlsx -o ampersand.xlsx
expect_rc 0 "an organisation with '&G' in the running header"
CHECKS=$((CHECKS + 1))
python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); sys.exit(0 if "Barking\uff06Greenwich".encode() in z.read("xl/worksheets/sheet1.xml") else 1)' ampersand.xlsx ||
  fail "the running header does not name the organisation"

# Too few checks means a part of this script silently did not run.
finish "$expected"
