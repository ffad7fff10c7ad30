#!/usr/bin/env python3
"""Helpers for the HTML tests that run headless Chromium.

  html_check.py checklist N DIR     writes DIR/layout-N.yaml (a checklist of N
                                    sections with long titles, four rating
                                    bands, one of them narrow and long-named)
                                    and DIR/answers-N-{1,2}.yaml (two years of
                                    answers with scores from 0 to 100)
  html_check.py overlap IN OUT      writes OUT: IN without its CSP and with a
                                    script that measures every SVG <text>
                                    (getBBox) and writes what overlaps or is
                                    clipped into <pre id="check-result">
  html_check.py axe IN OUT AXE      writes OUT: IN without its CSP, with axe-core
                                    (the file AXE, copied beside OUT) run on the
                                    WCAG 2.x A and AA rules, its result in
                                    <pre id="check-result">
  html_check.py result DOM          prints the text of <pre id="check-result">
                                    of a page dumped by chromium --dump-dom
  html_check.py plant IN OUT        writes OUT: IN with a label planted on top
                                    of the chart's first label, and one planted
                                    past the chart's left edge
"""
import html
import os
import random
import re
import shutil
import sys

WORDS = ("speaking up guardian arrangements board oversight detriment "
         "investigations confidentiality independence feedback learning "
         "culture workers' leaders recruitment supervision assurance "
         "interdisciplinary accountability Freedom-to-Speak-Up "
         "WWWWWWWW MMMMMM mmmmmm").split()


def title(rng, i):
    n = rng.choice([1, 3, 8, 14, 22, 40])
    words = [rng.choice(WORDS) for _ in range(n)]
    if i % 7 == 3:  # one word longer than a whole line
        words.insert(1, "Supercalifragilisticexpialidocious" * 3)
    return f"Section {i}: " + " ".join(words)


def checklist(n, folder):
    rng = random.Random(n)
    lines = [
        "format: ftsu-gap/checklist/v1",
        f"id: layout-{n}",
        'version: "1"',
        f'title: "Layout test with {n} sections and long titles"',
        "ratings:",
        "  - {key: outstanding, label: Outstanding assurance with a very long "
        "label indeed, min: 96}",
        "  - {key: good, label: Good assurance, min: 75}",
        "  - {key: partial, label: Partial assurance, min: 50}",
        "  - {key: limited, label: Limited assurance, min: 0}",
        "sections:",
    ]
    answers = {1: [], 2: []}
    values = ["met", "partial", "not-met"]
    for s in range(1, n + 1):
        lines += [f"  - id: s{s}", f'    title: "{title(rng, s)}"', "    items:"]
        for k in range(1, 5):
            item = f"s{s}-i{k}"
            mandatory = "true" if s == 2 and k == 1 else "false"
            lines += [f"      - id: {item}",
                      f'        text: "Statement {k} of section {s}."',
                      f"        mandatory: {mandatory}"]
            for year in (1, 2):
                # Scores anywhere from 0 to 100; some sections all met, some
                # not met at all.
                pick = rng.choice(values)
                if s % 5 == 0:
                    pick = "met"
                elif s % 9 == 4:
                    pick = "not-met"
                answers[year].append(f"  {item}: {pick}")
    with open(os.path.join(folder, f"layout-{n}.yaml"), "w") as f:
        f.write("\n".join(lines) + "\n")
    for year in (1, 2):
        head = [
            "format: ftsu-gap/answers/v1",
            f"checklist: layout-{n}",
            'checklist_version: "1"',
            "organisation: An Organisation With A Rather Long Name NHS "
            "Foundation Trust",
            f'period: "202{year}/2{year + 1}"',
            f"assessed_on: 202{year + 1}-03-31",
            "answers:",
        ]
        path = os.path.join(folder, f"answers-{n}-{year}.yaml")
        with open(path, "w") as f:
            f.write("\n".join(head + answers[year]) + "\n")


CSP = re.compile(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n?')

OVERLAP_SCRIPT = r"""<script>
window.addEventListener('load', function () {
  var out = [];
  var svgs = document.querySelectorAll('svg');
  svgs.forEach(function (svg, si) {
    var vb = svg.viewBox.baseVal;
    var toSvg = svg.getScreenCTM().inverse();
    var boxes = [];
    svg.querySelectorAll('text').forEach(function (t) {
      var b = t.getBBox();
      var m = toSvg.multiply(t.getScreenCTM());
      var xs = [], ys = [];
      [[b.x, b.y], [b.x + b.width, b.y], [b.x, b.y + b.height],
       [b.x + b.width, b.y + b.height]].forEach(function (c) {
        var p = new DOMPoint(c[0], c[1]).matrixTransform(m);
        xs.push(p.x); ys.push(p.y);
      });
      boxes.push({x0: Math.min.apply(null, xs), x1: Math.max.apply(null, xs),
                  y0: Math.min.apply(null, ys), y1: Math.max.apply(null, ys),
                  s: t.textContent});
    });
    var tol = 0.5;
    boxes.forEach(function (b, i) {
      if (b.x0 < vb.x - tol || b.y0 < vb.y - tol ||
          b.x1 > vb.x + vb.width + tol || b.y1 > vb.y + vb.height + tol) {
        out.push('CLIPPED chart ' + si + ': "' + b.s + '" [' + b.x0.toFixed(1) +
                 ',' + b.y0.toFixed(1) + ' - ' + b.x1.toFixed(1) + ',' +
                 b.y1.toFixed(1) + '] outside the viewBox');
      }
      for (var j = i + 1; j < boxes.length; j++) {
        var c = boxes[j];
        if (b.x0 + tol < c.x1 && c.x0 + tol < b.x1 &&
            b.y0 + tol < c.y1 && c.y0 + tol < b.y1) {
          out.push('OVERLAP chart ' + si + ': "' + b.s + '" and "' + c.s + '"');
        }
      }
    });
    out.push('CHART ' + si + ' ' + boxes.length + ' labels');
  });
  var pre = document.createElement('pre');
  pre.id = 'check-result';
  pre.textContent = out.join('\n');
  document.body.appendChild(pre);
});
</script>
"""

AXE_SCRIPT = r"""<script src="axe.min.js"></script>
<script>
window.addEventListener('load', function () {
  axe.run(document, {runOnly: {type: 'tag', values:
      ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
    .then(function (r) {
      var out = ['PASSES ' + r.passes.length, 'VIOLATIONS ' + r.violations.length];
      r.violations.forEach(function (v) {
        v.nodes.forEach(function (n) {
          out.push('VIOLATION ' + v.id + ' (' + v.impact + '): ' +
                   n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\n/g, ' '));
        });
      });
      var pre = document.createElement('pre');
      pre.id = 'check-result';
      pre.textContent = out.join('\n');
      document.body.appendChild(pre);
    }, function (e) {
      var pre = document.createElement('pre');
      pre.id = 'check-result';
      pre.textContent = 'ERROR ' + e;
      document.body.appendChild(pre);
    });
});
</script>
"""


def inject(src, dst, script):
    with open(src, encoding="utf-8") as f:
        page = f.read()
    page, n = CSP.subn("", page)
    if n != 1:
        sys.exit(f"{src}: expected one CSP meta, found {n}")
    page = page.replace("</body>", script + "</body>", 1)
    with open(dst, "w", encoding="utf-8") as f:
        f.write(page)


def result(dom):
    with open(dom, encoding="utf-8") as f:
        page = f.read()
    found = re.search(r'<pre id="check-result">(.*?)</pre>', page, re.S)
    print(html.unescape(found.group(1)) if found else "NO RESULT")


def plant(src, dst):
    with open(src, encoding="utf-8") as f:
        page = f.read()
    first = re.search(r'<text x="([-0-9.]+)" y="([-0-9.]+)"', page)
    extra = (f'<text x="{first.group(1)}" y="{first.group(2)}">planted overlap'
             '</text>\n<text x="-30" y="60">planted clipped label</text>\n')
    page = page.replace("</svg>", extra + "</svg>", 1)
    with open(dst, "w", encoding="utf-8") as f:
        f.write(page)


def main(argv):
    if argv[1] == "checklist":
        checklist(int(argv[2]), argv[3])
    elif argv[1] == "overlap":
        inject(argv[2], argv[3], OVERLAP_SCRIPT)
    elif argv[1] == "axe":
        shutil.copy(argv[4], os.path.join(os.path.dirname(argv[3]) or ".", "axe.min.js"))
        inject(argv[2], argv[3], AXE_SCRIPT)
    elif argv[1] == "result":
        result(argv[2])
    elif argv[1] == "plant":
        plant(argv[2], argv[3])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
