#!/usr/bin/env bash
# report --format docx read back with python-docx: every heading in Word's
# own heading styles and in the board's order (summary, sections and their
# chart, every gap, where the respondents disagree, the action plan), the
# tables with a header row that repeats, the native chart part with the
# section scores cached in it equal to the JSON report's, ratings in words,
# the running header and page numbers, A4 portrait; the same bytes twice;
# --reference-docx (a template's Heading 1 font is used; a template without
# styles and a format other than docx are usage errors); hostile text stays
# valid XML; and the refusal to write it to a terminal. When LibreOffice is
# installed it converts each paper to PDF, on no more pages than the HTML
# printed by Chromium (when installed). PDFs are kept in $FTSU_ARTIFACT_DIR.
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

cmd = sys.argv[1]
if cmd == "check":
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
  expected=$((expected + 22))
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
else
  echo "LibreOffice (soffice) or pdfinfo not installed: the docx was not converted (FTSU_EXTRA_PACKAGES=libreoffice-writer-nogui scripts/install-deps)"
fi

finish "$expected"
