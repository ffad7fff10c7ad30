#!/usr/bin/env bash
# report, actions, diff and trend --format docx read back with python-docx.
# report's: every heading in Word's
# own heading styles and in the board's order (summary, sections and their
# chart, every gap, where the respondents disagree, the action plan), the
# tables with a header row that repeats, the native chart part with the
# section scores cached in it equal to the JSON report's, ratings in words,
# the running header and page numbers, A4 portrait; the same bytes twice;
# --reference-docx (a template's Heading 1 font is used; a template without
# styles and a format other than docx are usage errors); hostile text stays
# valid XML; and the refusal to write it to a terminal. When LibreOffice is
# installed it converts each paper to PDF, on no more pages than the HTML
# printed by Chromium (when installed). actions', diff's and trend's: every
# heading and table against the same command's JSON (the owners and their
# actions with UK due dates; the sections before and after and the items by
# kind of change; the scores by period and both native charts' cached
# values), A4, running header and page numbers, the same bytes twice,
# --reference-docx, refused on a terminal, converted by LibreOffice. PDFs are
# kept in $FTSU_ARTIFACT_DIR.
# Skipped (exit 77) without Debian's python3-docx, which installs for
# /usr/bin/python3 only.
source "$(dirname "$0")/lib.sh"
py=/usr/bin/python3
if ! "$py" -c 'import docx' 2>/dev/null; then
  echo "python3-docx not installed: skipped (FTSU_EXTRA_PACKAGES=python3-docx scripts/install-deps)"
  exit 77
fi
artifacts=${FTSU_ARTIFACT_DIR:-$SCRATCH}
mkdir -p "$artifacts"
cd "$SCRATCH"
expected=0
ex=$FTSU_SOURCE_DIR/examples
latest=$ex/example-trust-2025-26.yaml
merged=$ex/example-trust-2025-26-merged.yaml
export SOURCE_DATE_EPOCH=1774483200 # 2026-03-26

cat >check.py <<'PY'
import json, sys, zipfile
import docx
from docx.shared import Twips

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"

def ok(cond, what):
    print(("ok: " if cond else "FAIL: ") + what)

def headings(doc):
    return [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")]

def has_header_row(table):
    trPr = table.rows[0]._tr.trPr
    return trPr is not None and trPr.find(W + "tblHeader") is not None

def check(path, report_path, merged, compare):
    doc = docx.Document(path)
    report = json.load(open(report_path))
    found = headings(doc)
    names = [t for s, t in found if s == "Heading 1"]
    ok(all(s in ("Heading 1", "Heading 2") for s, _ in found) and len(found) >= 4,
       f"headings in Word's heading styles: {found}")
    order = ["Summary", "Section scores", f"Gaps ({len(report['gaps'])})"]
    if merged:
        order.append("Where you disagree")
    if compare:
        order.append(next(n for n in names if n.startswith("Regressed since")))
    order.append("Action plan")
    ok([n for n in names if n in order] == order, f"the board's order {order}: {names}")
    # Every table but the title blocks (two columns, no header) repeats its header row.
    headed = [t for t in doc.tables if has_header_row(t)]
    plain = [t for t in doc.tables if not has_header_row(t)]
    ok(len(headed) >= (5 if merged else 3), f"{len(headed)} tables with a repeated header row")
    ok(all(len(t.columns) == 2 for t in plain), "only the title blocks have no header row")
    gaps = next(t for t in headed if t.cell(0, 1).text == "Statement" and t.cell(0, 0).text == "#")
    ok(len(gaps.rows) - 1 == len(report["gaps"]), f"every gap listed: {len(gaps.rows) - 1}")
    ok(all(r.cells[0].paragraphs[0].runs[0].bold for r in headed[0].rows[:1]), "header cells bold")
    # The chart: a native chart part with the sections' scores cached.
    charts = [p for p in doc.part.package.parts if p.content_type == CHART]
    ok(len(charts) == 1, f"one chart part: {[str(p.partname) for p in charts]}")
    from lxml import etree
    root = etree.fromstring(charts[0].blob)
    ok(root.find(f".//{C}barChart") is not None, "a bar chart")
    series = root.findall(f".//{C}ser")
    ok(len(series) == (2 if compare else 1), f"{len(series)} series")
    chart_legend(root, "report chart")
    cats = [v.text for v in series[-1].findall(f"{C}cat//{C}pt/{C}v")]
    ok(len(cats) == len(report["sections"]), f"a category per section: {cats}")
    values = {int(p.get("idx")): float(p.find(f"{C}v").text) for p in series[-1].findall(f"{C}val//{C}pt")}
    want = {i: round(s["score"], 1) for i, s in enumerate(report["sections"]) if s["score"] is not None}
    ok(values == want, f"cached scores {values} equal the JSON's {want}")
    ok(series[-1].find(f"{C}val/{C}numRef/{C}numCache") is not None
       and series[-1].find(f"{C}cat/{C}strRef/{C}strCache") is not None, "strCache and numCache")
    # The chart names every section; the sections table gives each rating in words.
    for s in report["sections"]:
        ok(any(s["title"] in c for c in cats), f"section {s['id']} in the chart")
    table = next(t for t in headed if [c.text for c in t.rows[0].cells][1:4] == ["Section", "Score", "Rating"])
    words = [r.cells[3].text for r in table.rows[1:]]
    ok(len(words) == len(report["sections"]) and all(w.endswith("assurance") or w.endswith("(capped)") for w in words),
       f"ratings in words: {words}")
    # A4 portrait, a running header, "Page N of M".
    section = doc.sections[0]
    ok(section.page_width == Twips(11906) and section.page_height == Twips(16838),
       f"A4 portrait: {section.page_width} x {section.page_height}")
    org = report["organisation"]
    ok(org in section.header.paragraphs[0].text, f"running header: {section.header.paragraphs[0].text}")
    footer = section.footer._element.xml
    ok('instr=" PAGE "' in footer and 'instr=" NUMPAGES "' in footer, "page numbers in the footer")
    if merged:
        ok(any("Each respondent" == c.text for t in headed for c in t.rows[0].cells),
           "the items answered differently, with each respondent's answer")

def reference(path, font):
    doc = docx.Document(path)
    ok(doc.styles["Heading 1"].font.name == font, f"the template's Heading 1 font: {doc.styles['Heading 1'].font.name}")
    ok(any(p.style.name == "Heading 1" for p in doc.paragraphs), "headings use it")

def make_template(source, target, font):
    with zipfile.ZipFile(source) as z, zipfile.ZipFile(target, "w") as out:
        for item in z.infolist():
            data = z.read(item.filename)
            if item.filename == "word/styles.xml":
                text = data.decode()
                start = text.index('w:styleId="Heading1"')
                end = text.index("</w:style>", start)
                part = text[start:end].replace("<w:rPr>", f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>', 1)
                data = (text[:start] + part + text[end:]).encode()
            out.writestr(item, data)

def no_styles(source, target):
    with zipfile.ZipFile(source) as z, zipfile.ZipFile(target, "w") as out:
        for item in z.infolist():
            if item.filename != "word/styles.xml":
                out.writestr(item, z.read(item.filename))

def readable(path):
    doc = docx.Document(path)
    ok(len(doc.paragraphs) > 5, "hostile text: the document reads back")
    ok(all("\x1b" not in p.text and "\x01" not in p.text for p in doc.paragraphs), "no raw control characters")

MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()

def uk(iso):
    """2027-03-31 as the tables show it: 31 Mar 2027 ("—" for none)."""
    if iso is None:
        return "—"
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{d} {MONTHS[m - 1]} {y}"

def near(text, value):
    """A table's one-decimal figure against the JSON's unrounded one."""
    if value is None:
        return text == "—"
    try:
        return abs(float(text) - value) <= 0.05 + 1e-9
    except ValueError:
        return False

def page_setup(doc, words):
    section = doc.sections[0]
    ok(section.page_width == Twips(11906) and section.page_height == Twips(16838),
       f"A4 portrait: {section.page_width} x {section.page_height}")
    header = section.header.paragraphs[0].text
    ok(all(w in header for w in words), f"running header {header!r} has {words}")
    footer = section.footer._element.xml
    ok('instr=" PAGE "' in footer and 'instr=" NUMPAGES "' in footer, "page numbers in the footer")
    headed = [t for t in doc.tables if has_header_row(t)]
    ok(all(len(t.columns) == 2 for t in doc.tables if not has_header_row(t)),
       "only the title blocks have no header row")
    return headed

def chart_legend(chart, what):
    """Issue 24: the legend of a chart of two series showed the period drawn
    in rating colours, a bar's colour each, as one blue swatch. A chart with
    a series of a colour per bar (c:dPt) has no legend and its title names
    every series; a chart of several series of one colour each has one."""
    A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    series = chart.findall(f".//{C}ser")
    names = [s.find(f"{C}tx//{C}v").text for s in series]
    per_bar = [n for s, n in zip(series, names) if s.find(f"{C}dPt") is not None]
    legend = chart.find(f".//{C}legend")
    title = "".join(t.text or "" for t in chart.find(f"{C}chart/{C}title").iter(f"{A}t"))
    if len(series) > 1 and per_bar:
        ok(legend is None, f"{what}: no legend beside a series drawn in rating colours ({per_bar})")
        ok(all(n in title for n in names) and "rating colours" in title,
           f"{what}: the title names each series {names}: {title!r}")
    else:
        ok(legend is None if len(series) == 1 else legend is not None,
           f"{what}: a legend only for several series of one colour each ({len(series)} series)")

def chart_parts(doc):
    from lxml import etree
    return [etree.fromstring(p.blob) for p in sorted(doc.part.package.parts, key=lambda p: str(p.partname))
            if p.content_type == CHART]

def cached(series):
    return {int(p.get("idx")): float(p.find(f"{C}v").text) for p in series.findall(f"{C}val//{C}pt")}

# The body in order: ("h", style, text) for a heading, ("t", table) for a table.
def blocks(doc):
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    out = []
    for child in doc.element.body.iterchildren():
        if child.tag == W + "p":
            p = Paragraph(child, doc)
            if p.style.name.startswith("Heading"):
                out.append(("h", p.style.name, p.text))
        elif child.tag == W + "tbl":
            out.append(("t", Table(child, doc)))
    return out

def check_actions(path, json_path):
    doc = docx.Document(path)
    data = json.load(open(json_path))
    headed = page_setup(doc, ["Open actions"])
    body = blocks(doc)
    h1 = [b[2] for b in body if b[0] == "h" and b[1] == "Heading 1"]
    ok(h1[0] == f"Files ({len(data['files'])})", f"first the files: {h1[:1]}")
    files = next(t for t in headed if t.cell(0, 0).text == "File")
    ok([r.cells[0].text for r in files.rows[1:]] == [f["file"] for f in data["files"]],
       "a row per file, in order")
    ok([r.cells[4].text for r in files.rows[1:]] == [uk(f["as_of"]) for f in data["files"]],
       "each file's overdue-as-of date, UK style")
    owners = [o["owner"] or "(no owner)" for o in data["owners"]]
    ok([h.split(":")[0] for h in h1[1:]] == owners, f"a heading per owner, in the JSON's order: {h1[1:]}")
    listed = 0
    for o in data["owners"]:
        name = o["owner"] or "(no owner)"
        i = next(i for i, b in enumerate(body) if b[0] == "h" and b[2].split(":")[0] == name)
        table = body[i + 1][1]
        rows = table.rows[1:]
        ok([c.text for c in table.rows[0].cells] == ["Due", "Status", "Item", "Action", "From"]
           and has_header_row(table), f"{name}: a table with a repeated header row")
        ok(len(rows) == len(o["actions"]), f"{name}: {len(rows)} rows, the JSON has {len(o['actions'])}")
        for r, a in zip(rows, o["actions"]):
            due = r.cells[0].text.split("\n")
            ok(due[0] == uk(a["due"]) and (len(due) > 1) == a["overdue"], f"{a['item']}: due {due} for {a['due']}")
            ok(a["item"] in r.cells[2].text and a["answer_label"] in r.cells[2].text, f"{a['item']}: the item and its answer")
            ok((a["action"] or "") in r.cells[3].text, f"{a['item']}: the action")
        listed += len(rows)
    ok(listed == data["summary"]["open"] and listed > 0, f"{listed} actions listed, {data['summary']['open']} open")
    overdue = sum(1 for t in headed for r in t.rows[1:] if "overdue by" in r.cells[0].text)
    ok(overdue == data["summary"]["overdue"], f"{overdue} overdue, the JSON says {data['summary']['overdue']}")

def check_diff(path, json_path):
    doc = docx.Document(path)
    data = json.load(open(json_path))
    before, after = data["before"]["period"], data["after"]["period"]
    headed = page_setup(doc, [data["after"]["organisation"], before, after])
    body = blocks(doc)
    h1 = [b[2] for b in body if b[0] == "h" and b[1] == "Heading 1"]
    groups = [("Regressed", "regressed"), ("Improved", "improved"), ("Added by the checklist change", "added"),
              ("Removed by the checklist change", "removed"), ("Not comparable", "not_comparable"),
              ("Not yet answered", "unanswered")]
    want = ["Summary", "Sections"] + [f"{t} ({data['summary'][k]})" for t, k in groups] \
        + [next((n for n in h1 if n.startswith("Actions completed since")), "Actions completed since")]
    ok(h1 == want, f"the headings {h1} are {want}")
    sections = next(t for t in headed if t.cell(0, 1).text == "Section")
    rows = sections.rows[1:]
    ok(len(rows) == len(data["sections"]), f"a row per section: {len(rows)}")
    ok(all(near(r.cells[2].text, s["before"]) and near(r.cells[3].text, s["after"]) and near(r.cells[4].text, s["delta"])
           for r, s in zip(rows, data["sections"])), "the section scores and changes equal the JSON's")
    ok(all(r.cells[5].text.endswith("assurance") or r.cells[5].text.endswith("(capped)") for r in rows),
       f"ratings in words: {[r.cells[5].text for r in rows][:3]}")
    summary = {t.cell(i, 0).text: t.cell(i, 1).text for t in doc.tables if not has_header_row(t) for i in range(len(t.rows))}
    ok(f"{data['overall']['before']:.1f}%" in summary["Overall score"] and f"{data['overall']['after']:.1f}%" in summary["Overall score"],
       f"overall: {summary['Overall score']}")
    for title, key in groups:
        i = next(i for i, b in enumerate(body) if b[0] == "h" and b[2].startswith(title + " ("))
        items = [x["id"] for x in data["items"] if x["change"] == key.replace("_", "-")]
        if items:
            table = body[i + 1][1]
            ok([r.cells[0].text.split("\n")[0] for r in table.rows[1:]] == items, f"{title}: the items {items[:3]}")
    charts = chart_parts(doc)
    ok(len(charts) == 1, f"one chart part: {len(charts)}")
    series = charts[0].findall(f".//{C}ser")
    ok(len(series) == 2, f"{len(series)} series, before and after")
    chart_legend(charts[0], "diff chart")
    ok(cached(series[1]) == {i: round(s["after"], 1) for i, s in enumerate(data["sections"]) if s["after"] is not None},
       "the chart's cached scores equal the JSON's")

def check_trend(path, json_path):
    doc = docx.Document(path)
    data = json.load(open(json_path))
    labels = [p["period"] for p in data["periods"]]
    headed = page_setup(doc, [data["periods"][-1]["organisation"], labels[0], labels[-1]])
    h1 = [b[2] for b in blocks(doc) if b[0] == "h" and b[1] == "Heading 1"]
    ok(h1 == ["Overall score by period", "Scores by period", "Section scores by period"], f"headings {h1}")
    charts = chart_parts(doc)
    ok(len(charts) == 2, f"two chart parts: {len(charts)}")
    overall = charts[0].findall(f".//{C}ser")
    ok(len(overall) == 1 and cached(overall[0]) == {i: round(p["score"], 1) for i, p in enumerate(data["periods"])},
       "the overall chart's cached scores equal the JSON's")
    ok([v.text for v in overall[0].findall(f"{C}cat//{C}pt/{C}v")] == labels, "a bar per period")
    sections = charts[1].findall(f".//{C}ser")
    shown = data["periods"][-4:]
    ok(len(sections) == len(shown), f"{len(sections)} series in the section chart")
    chart_legend(charts[0], "trend: overall chart")
    chart_legend(charts[1], "trend: section chart")
    ok(cached(sections[-1]) == {i: round(s["scores"][-1], 1) for i, s in enumerate(data["sections"]) if s["scores"][-1] is not None},
       "the section chart's latest scores equal the JSON's")
    # Up to five periods a table, in order: its columns after # and Section.
    tables = [t for t in headed if t.cell(0, 1).text == "Section"]
    ok(all(len(t.columns) <= 7 for t in tables), f"at most five periods a table: {[len(t.columns) - 2 for t in tables]}")
    ok([c.text for t in tables for c in t.rows[0].cells[2:]] == labels, "a column per period")
    first = lambda c: c.text.split("\n")[0]
    overall = [c for t in tables for c in t.rows[1].cells[2:]]
    ok(all(t.cell(1, 1).text == "Overall" for t in tables)
       and all(near(first(c), p["score"]) for c, p in zip(overall, data["periods"])),
       "the overall scores equal the JSON's")
    ok(all(c.text.split("\n")[1].endswith(("assurance", "(capped)")) for c in overall),
       "each period's rating in words")
    ok(all(len(t.rows) - 3 == len(data["sections"]) for t in tables), f"a row per section: {[len(t.rows) - 3 for t in tables]}")
    scores = [[first(c) for t in tables for c in t.rows[3 + k].cells[2:]] for k in range(len(data["sections"]))]
    ok(all(tables[0].rows[3 + k].cells[1].text == s["title"] and all(near(x, v) for x, v in zip(scores[k], s["scores"]))
           for k, s in enumerate(data["sections"])), "every section's scores equal the JSON's")

cmd = sys.argv[1]
if cmd == "actions":
    check_actions(sys.argv[2], sys.argv[3])
elif cmd == "diff":
    check_diff(sys.argv[2], sys.argv[3])
elif cmd == "trend":
    check_trend(sys.argv[2], sys.argv[3])
elif cmd == "check":
    check(sys.argv[2], sys.argv[3], sys.argv[4] == "merged", sys.argv[5] == "compare")
elif cmd == "template":
    make_template(sys.argv[2], sys.argv[3], sys.argv[4])
elif cmd == "nostyles":
    no_styles(sys.argv[2], sys.argv[3])
elif cmd == "reference":
    reference(sys.argv[2], sys.argv[3])
elif cmd == "readable":
    readable(sys.argv[2])
print("done")
PY

# pycheck ARGS...: runs a check of check.py, counting its lines.
pycheck() {
  local out
  out=$("$py" check.py "$@" 2>&1)
  echo "$out" | grep -v '^ok: '
  local oks fails
  oks=$(grep -c '^ok: ' <<<"$out")
  fails=$(grep -c '^FAIL: ' <<<"$out")
  CHECKS=$((CHECKS + oks + fails + 1))
  FAILURES=$((FAILURES + fails))
  grep -q '^done$' <<<"$out" || fail "check.py $1 did not finish"
}

for case in "latest:$latest::plain" "merged:$merged::merged" \
  "compare:$ex/example-trust-2025-26.yaml:$ex/example-trust-2024-25.yaml:plain"; do
  IFS=: read -r name file last kind <<<"$case"
  args=()
  [ -n "$last" ] && args=(--compare "$last")
  run "$FTSU_GAP" report "$file" "${args[@]}" --format docx -o "$name.docx"
  expect_rc 0 "$name: report --format docx"
  run "$FTSU_GAP" report "$file" --format json -o "$name.json"
  expect_rc 0 "$name: report --format json"
  pycheck check "$name.docx" "$name.json" "$kind" "$([ -n "$last" ] && echo compare || echo no)"
  expected=$((expected + 23))
done

# The same input gives the same bytes; -o FILE.docx picks the format.
run "$FTSU_GAP" report "$latest" -o again.docx
expect_rc 0 "-o again.docx"
expect_same latest.docx again.docx "the same bytes twice, the format chosen by the extension"
"$FTSU_GAP" report "$latest" --format docx | cat >piped.docx
expect_same latest.docx piped.docx "docx through a pipe, byte for byte as with -o"
run script -qec "'$FTSU_GAP' report '$latest' --format docx" /dev/null
expect_rc 2 "docx to a terminal is refused"
expect_match "$OUT" "docx is binary: give -o FILE" "says why"
expected=$((expected + 5))

# --reference-docx: the template's styles are used.
pycheck template latest.docx template.docx "Courier New"
run "$FTSU_GAP" report "$latest" --format docx --reference-docx template.docx -o styled.docx
expect_rc 0 "--reference-docx"
pycheck reference styled.docx "Courier New"
pycheck nostyles latest.docx nostyles.docx
run "$FTSU_GAP" report "$latest" --format docx --reference-docx nostyles.docx -o bad.docx
expect_rc 2 "a template without styles is a usage error"
expect_match "$ERR" "nostyles.docx.*no word/styles.xml" "says why"
run "$FTSU_GAP" report "$latest" --format docx --reference-docx "$latest" -o bad.docx
expect_rc 2 "a template that is not a zip file is a usage error"
run "$FTSU_GAP" report "$latest" --format html --reference-docx template.docx -o bad.html
expect_rc 2 "--reference-docx with html is a usage error"
expect_match "$ERR" "--reference-docx works with --format docx" "says so"
expected=$((expected + 12))

# actions, diff and trend write docx too: each read back against the same
# command's JSON, the same bytes twice, --reference-docx honoured, refused
# on a terminal.
other_docx=(
  "actions:actions $latest $merged $ex/example-trust-policy-2025-26.yaml"
  "diff:diff $ex/example-trust-2024-25.yaml $latest"
  "trend:trend $ex/example-trust-2023-24.yaml $ex/example-trust-2024-25.yaml $latest"
  "trend7:trend $ex/example-trust-2023-24.yaml $ex/example-trust-2024-25.yaml $latest $ex/example-trust-2025-26-guardian.yaml $ex/example-trust-2025-26-ned.yaml $ex/example-trust-2026-27.yaml $ex/example-trust-2027-28.yaml"
)
for case in "${other_docx[@]}"; do
  name=${case%%:*}
  read -r -a argv <<<"${case#*:}"
  run "$FTSU_GAP" "${argv[@]}" --format docx -o "$name.docx"
  expect_rc 0 "$name --format docx"
  run "$FTSU_GAP" "${argv[@]}" --format json -o "$name.json"
  expect_rc 0 "$name --format json"
  pycheck "${name%7}" "$name.docx" "$name.json"
  run "$FTSU_GAP" "${argv[@]}" -o "$name-again.docx"
  expect_rc 0 "$name -o $name-again.docx"
  expect_same "$name.docx" "$name-again.docx" "$name: the same bytes twice, the format chosen by the extension"
  run "$FTSU_GAP" "${argv[@]}" --format docx --reference-docx template.docx -o "$name-styled.docx"
  expect_rc 0 "$name --reference-docx"
  pycheck reference "$name-styled.docx" "Courier New"
  run "$FTSU_GAP" "${argv[@]}" --format markdown --reference-docx template.docx
  expect_rc 2 "$name: --reference-docx with markdown is a usage error"
  expect_match "$ERR" "--reference-docx works with --format docx" "$name: says so"
  run script -qec "'$FTSU_GAP' ${argv[*]} --format docx" /dev/null
  expect_rc 2 "$name: docx to a terminal is refused"
  expect_match "$OUT" "docx is binary: give -o FILE" "$name: says why"
  expected=$((expected + 20))
done

# Hostile text: control characters and markup in the answers stay text.
sed -e 's/^organisation: .*/organisation: "Trust \\x1b[31m <w:p> \\x01 \& co"/' "$latest" >hostile.yaml
run "$FTSU_GAP" report hostile.yaml --format docx -o hostile.docx
expect_rc 0 "hostile text"
pycheck readable hostile.docx
expected=$((expected + 4))

pages() {
  pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'
}

# LibreOffice converts each paper; never on more pages than the HTML.
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "${FTSU_SKIP_OFFICE:-}" ] && command -v soffice >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1; then
  for name in actions diff trend; do
    HOME=$SCRATCH timeout 180 soffice --headless --convert-to pdf --outdir lo "$name.docx" >lo.log 2>&1
    RC=$?
    expect_rc 0 "$name: LibreOffice converts the docx"
    cp "lo/$name.pdf" "$artifacts/$name-docx.pdf" 2>/dev/null
    n=$(pages "lo/$name.pdf")
    echo "$name: the docx prints on ${n:-no} pages"
    CHECKS=$((CHECKS + 1))
    [ -n "$n" ] && [ "$n" -ge 1 ] || fail "$name: LibreOffice's PDF has no pages"
    text=$(pdftotext -layout -f 1 -l 1 "lo/$name.pdf" - 2>/dev/null)
    expect_match "$text" "Page 1 of [0-9]" "$name: LibreOffice prints the page numbers"
    expected=$((expected + 3))
  done
  for name in latest merged compare; do
    HOME=$SCRATCH timeout 180 soffice --headless --convert-to pdf --outdir lo "$name.docx" >lo.log 2>&1
    RC=$?
    expect_rc 0 "$name: LibreOffice converts the docx"
    cp "lo/$name.pdf" "$artifacts/$name-docx.pdf" 2>/dev/null
    n=$(pages "lo/$name.pdf")
    echo "$name: the docx prints on ${n:-no} pages"
    CHECKS=$((CHECKS + 1))
    [ -n "$n" ] && [ "$n" -ge 1 ] || fail "$name: LibreOffice's PDF has no pages"
    if [ -n "$browser" ]; then
      case $name in
      latest) "$FTSU_GAP" report "$latest" --format html -o "$name.html" ;;
      merged) "$FTSU_GAP" report "$merged" --format html -o "$name.html" ;;
      compare) "$FTSU_GAP" report "$latest" --compare "$ex/example-trust-2024-25.yaml" --format html -o "$name.html" ;;
      esac
      HOME=$SCRATCH timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run \
        --user-data-dir="$SCRATCH/profile" --print-to-pdf="$SCRATCH/$name-html.pdf" \
        --no-pdf-header-footer "file://$SCRATCH/$name.html" >/dev/null 2>&1
      h=$(pages "$name-html.pdf")
      echo "$name: the HTML prints on ${h:-no} pages"
      CHECKS=$((CHECKS + 1))
      [ -n "$h" ] && [ -n "$n" ] && [ "$n" -le "$h" ] ||
        fail "$name: the docx takes ${n:-no} pages, the HTML ${h:-no}"
      expected=$((expected + 1))
    fi
    expected=$((expected + 2))
  done
  text=$(pdftotext -layout -f 1 -l 1 lo/latest.pdf - 2>/dev/null)
  expect_match "$text" "Example Community Health NHS Trust" "LibreOffice: page 1 names the trust"
  expect_match "$text" "Page 1 of [0-9]" "LibreOffice: page numbers"
  expected=$((expected + 2))
  # Printed, the two-series charts are titled with their series (they have
  # no legend: the newest period's bars are each in a rating's colour).
  for name in compare diff trend; do
    text=$(pdftotext "lo/$name.pdf" - 2>/dev/null | tr -s ' \n' '  ')
    expect_match "$text" "Section scores[:,][^.]* in rating colours" "$name: LibreOffice prints the chart's title naming its series"
  done
  expected=$((expected + 3))
else
  echo "LibreOffice (soffice) or pdfinfo not installed: the docx was not converted (FTSU_EXTRA_PACKAGES=libreoffice-writer-nogui scripts/install-deps)"
fi

finish "$expected"
