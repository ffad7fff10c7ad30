#!/usr/bin/python3
"""Every figure a report shows equals the JSON report's (issue 22).

Run by tests/e2e/test_format_figures.sh with Debian's python3-yaml and
python3-openpyxl:

  format_figures.py FTSU_GAP SCRATCH [COUNT]

It makes COUNT (default 60) random answers files, with a fixed seed, for
bundled checklists and for a random checklist of its own (odd weights, a
five-step scale, profiles), from complete ones to drafts with whole
sections unanswered; a quarter of them are merged by `ftsu-gap merge`
from two or three respondents' files. Each is reported in json, text,
markdown, html, csv and xlsx, and each figure the other formats show is
read back from the real output and compared with the JSON's:

- the overall score (or "Not yet answered"), coverage and the counts of
  answered, unanswered, not applicable and out-of-profile items;
- each section's score and rating (or "Not yet answered" when nothing in
  it is answered) and its gap in points: the points the overall score
  would rise, which must equal the sum of its items' gains;
- every gap's points if met, in rank order;
- the counts of gaps, mandatory items not fully met, mandatory items not
  yet answered (never among the "not met"), overdue actions, unanswered;
- the draft line ("Draft: 12 of 48 items answered") exactly when some
  item that counts is unanswered;
- in csv and xlsx, every item's value, weight, gap and gain.

Then pairs of files of one checklist go through `diff` (json, text,
markdown, csv): no item unanswered on either side is improved or
regressed, and the counts each format shows equal the JSON's.

Prints "ok: N checks" or each failure, and exits 1 on any failure.
"""

import csv
import html
import io
import json
import math
import os
import random
import re
import subprocess
import sys

import openpyxl
import yaml

FTSU, SCRATCH = sys.argv[1:3]
COUNT = int(sys.argv[3]) if len(sys.argv) > 3 else 60
SEED = 20261206
ENV = dict(os.environ, LC_ALL="C.UTF-8", NO_COLOR="1", SOURCE_DATE_EPOCH="1790000000")

checks = 0
failures = []


def check(ok, what):
    global checks
    checks += 1
    if not ok:
        failures.append(what)
        if len(failures) <= 40:
            print("FAIL: " + what)


def one_decimal(x):
    """util::one_decimal: half away from zero, then one decimal."""
    y = x * 10.0
    r = math.copysign(math.floor(abs(y) + 0.5), y) / 10.0
    text = f"{r:.1f}"
    return "0.0" if text == "-0.0" else text


def ftsu(*args, ok_codes=(0,)):
    done = subprocess.run([FTSU, *args], capture_output=True, env=ENV)
    if done.returncode not in ok_codes:
        raise SystemExit(f"ftsu-gap {' '.join(args)}: exit {done.returncode}\n"
                         f"{done.stderr.decode(errors='replace')}")
    return done.stdout


def collapse(text):
    return re.sub(r"\s+", " ", text).strip()


# ---------------------------------------------------------------- inputs

def random_checklist(rng, path):
    """A checklist of our own: odd weights, a five-step scale, profiles."""
    sections = []
    n = 0
    for s in range(rng.randint(2, 6)):
        items = []
        for _ in range(rng.randint(1, 7)):
            n += 1
            item = {"id": f"item-{n}", "text": f"Statement number {n} of the random checklist.",
                    "weight": rng.choice([0.5, 1, 1, 1.5, 2, 3, 0.25, 7]),
                    "sources": ["made-up"]}
            if rng.random() < 0.3:
                item["mandatory"] = True
            if rng.random() < 0.15:
                item["profiles"] = [rng.choice(["big", "small"])]
            items.append(item)
        sections.append({"id": f"section-{s + 1}", "title": f"Random section {s + 1}",
                         "items": items})
    checklist = {
        "format": "ftsu-gap/checklist/v1", "id": "random-figures", "version": "1",
        "title": "Random figures",
        "sources": [{"id": "made-up", "title": "Made up for a test"}],
        "scale": [
            {"key": "full", "label": "Fully in place", "score": 1},
            {"key": "most", "label": "Mostly in place", "score": 0.75},
            {"key": "half", "label": "Half in place", "score": 0.5},
            {"key": "little", "label": "A little in place", "score": 0.25},
            {"key": "none", "label": "Not in place", "score": 0},
            {"key": "na", "label": "Does not apply"},
        ],
        "profiles": [{"key": "big", "label": "Big"}, {"key": "small", "label": "Small"}],
        "sections": sections,
    }
    with open(path, "w") as f:
        yaml.safe_dump(checklist, f, sort_keys=False)
    return checklist


def checklist_json(args):
    return json.loads(ftsu("show", *args, "--format", "json"))


def random_entries(rng, checklist, blank_share, blank_sections):
    keys = [o["key"] for o in checklist["scale"]]
    answers = {}
    for section in checklist["sections"]:
        skip_all = section["id"] in blank_sections
        for item in section["items"]:
            if skip_all or rng.random() < blank_share:
                if rng.random() < 0.3:
                    answers[item["id"]] = None
                continue
            entry = {"answer": rng.choice(keys)}
            if rng.random() < 0.4:
                entry["action"] = f"Do something about {item['id']}"
                entry["owner"] = rng.choice(["Director of People", "FTSU guardian", "Chief Executive"])
                entry["due"] = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                if rng.random() < 0.3:
                    entry["status"] = rng.choice(["open", "in-progress", "done"])
            answers[item["id"]] = entry if len(entry) > 1 or rng.random() < 0.5 else entry["answer"]
    return answers


def write_answers(path, checklist, answers, profile, respondent=None):
    doc = {"format": "ftsu-gap/answers/v1", "checklist": checklist["id"],
           "checklist_version": str(checklist["version"]),
           "organisation": "Random Trust", "period": "2025/26", "assessed_on": "2026-06-30"}
    if profile:
        doc["profile"] = profile
    if respondent:
        doc["respondent"] = respondent
    doc["answers"] = answers
    with open(path, "w") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True)


def make_cases(rng):
    own_path = os.path.join(SCRATCH, "random-checklist.yaml")
    own = random_checklist(rng, own_path)
    checklists = [
        (["ngo-case-reviews@2026.1"], None),
        (["ngo-case-reviews"], None),
        (["ftsu-policy-2022"], None),
        (["leaders-guide-2022"], None),
        ([own_path], own),
    ]
    cases = []
    for n in range(COUNT):
        args, data = checklists[n % len(checklists)]
        cl = data if data is not None else checklist_json(args)
        cl_args = ["--checklist", args[0]]
        profiles = [p["key"] for p in cl.get("profiles") or []]
        profile = rng.choice(profiles + [None]) if profiles else None
        # From complete to barely started; some with whole sections blank.
        blank_share = rng.choice([0.0, 0.0, 0.05, 0.3, 0.7, 0.95, 1.0])
        blank_sections = {s["id"] for s in cl["sections"]
                          if blank_share > 0 and rng.random() < 0.2}
        path = os.path.join(SCRATCH, f"case-{n:03d}.yaml")
        if n % 4 == 3:
            parts = []
            for r in range(rng.randint(2, 3)):
                part = os.path.join(SCRATCH, f"case-{n:03d}-r{r}.yaml")
                write_answers(part, cl, random_entries(rng, cl, blank_share, blank_sections),
                              profile, respondent=f"Respondent {r + 1}")
                parts.append(part)
            rule = rng.choice(["lowest", "majority", "median"])
            ftsu("merge", *parts, "-o", path, "--rule", rule, *cl_args)
        else:
            write_answers(path, cl, random_entries(rng, cl, blank_share, blank_sections), profile)
        cases.append((path, cl_args, cl))
    return cases


# ---------------------------------------------------------------- expected

def nothing_answered(summary):
    return summary["answered"] == 0 and summary["unanswered"] > 0


def rating_words(summary, labels):
    if nothing_answered(summary):
        return "Not yet answered"
    if summary["rating"] is None:
        return "no rating"
    return labels[summary["rating"]] + (" (capped)" if summary["rating_capped"] else "")


def score_cell(summary):
    if summary["score"] is None or nothing_answered(summary):
        return "—"
    return one_decimal(summary["score"])


def draft_line(o):
    if o["unanswered"] == 0:
        return None
    return f"Draft: {o['answered']} of {o['answered'] + o['unanswered']} items answered"


def coverage_line(o):
    cov = "—" if o["coverage"] is None else one_decimal(o["coverage"]) + "%"
    return (f"{cov} ({o['answered']} of {o['answered'] + o['unanswered']} answered; "
            f"{o['unanswered']} unanswered, {o['not_applicable']} not applicable, "
            f"{o['out_of_profile']} out of profile)")


def check_json_itself(r, name):
    items = {i["id"]: i for i in r["items"]}
    for s in r["sections"]:
        mine = [i for i in r["items"] if i["section"] == s["id"]]
        gains = sum(i["gain"] or 0 for i in mine)
        check("gain" in s and (s["gain"] is None or abs(s["gain"] - gains) < 1e-9),
              f"{name}: section {s['id']} gain {s.get('gain', 'missing')} is the sum of its items' {gains}")
        check(s["items"] == len(mine), f"{name}: section {s['id']} counts its items")
    o = r["overall"]
    check(o["items"] == o["answered"] + o["unanswered"] + o["not_applicable"] + o["out_of_profile"],
          f"{name}: overall counts add up")
    check(all(items[i]["status"] == "answered" for i in o["mandatory_unmet"]),
          f"{name}: mandatory_unmet holds answered items only")
    o.setdefault("mandatory_unanswered", [])
    check(all(items[i]["status"] == "unanswered" for i in o["mandatory_unanswered"]),
          f"{name}: mandatory_unanswered holds unanswered items only")
    capped_by = [i["id"] for i in r["items"] if i["mandatory"] and i["value"] is not None
                 and i["value"] < 1 and i["status"] in ("answered", "unanswered")]
    check(sorted(capped_by) == sorted(o["mandatory_unmet"] + o["mandatory_unanswered"]),
          f"{name}: the two mandatory lists are every mandatory item below 1")


# ---------------------------------------------------------------- formats

def check_text(text, r, labels, name):
    o = r["overall"]
    draft = draft_line(o)
    head = text.split("\nOverall score")[0]
    check((draft is not None) == ("Draft:" in head), f"{name} text: draft line iff unanswered")
    if draft:
        check(draft + "." in collapse(head), f"{name} text: '{draft}.' at the top")
    m = re.search(r"^Overall score (.*)$", text, re.M)
    want = "Not yet answered" if nothing_answered(o) else (
        "—" if o["score"] is None else one_decimal(o["score"]) + "%")
    check(m is not None and m.group(1).strip() == want,
          f"{name} text: overall {m and m.group(1)!r} == {want!r}")
    m = re.search(r"^Rating {8}(.*)$", text, re.M)
    check(m is not None and m.group(1).strip() == rating_words(o, labels),
          f"{name} text: rating {m and m.group(1)!r}")
    block = text.split("\nCoverage", 1)[1].split("\n\n", 1)[0]
    check(collapse(block) == coverage_line(o), f"{name} text: coverage {collapse(block)!r}")
    sections = text.split("\nSections", 1)[1].split("\n\n", 1)[0]
    scores = re.findall(r" (\d+\.\d|—)  [#.█░]{10}$", sections, re.M)
    check(scores == [score_cell(s) for s in r["sections"]],
          f"{name} text: section scores {scores}")
    gains = re.findall(r"· \+(\d+\.\d) points if all met", collapse(sections))
    want = [one_decimal(s["gain"]) for s in r["sections"] if s["score"] is not None]
    check(gains == want, f"{name} text: section points {gains} == {want}")
    flat = collapse(sections)
    at = 0
    for s in r["sections"]:
        words = rating_words(s, labels)
        found = flat.find(words, at)
        check(found >= 0, f"{name} text: section {s['id']} rating {words!r} in order")
        at = max(at, found)
    gaps_block = text.split("\nGaps", 1)[1].split("\nMandatory items not fully met", 1)[0]
    listed = re.findall(r"(\d+)\. (\S+)(?: \[mandatory\])? \+(\d+\.\d) points if met",
                        collapse(gaps_block))
    items = {i["id"]: i for i in r["items"]}
    check([(g, one_decimal(items[g]["gain"])) for g in r["gaps"]]
          == [(i, p) for _, i, p in listed], f"{name} text: gaps and their points")
    counts = {
        "Mandatory items not fully met": len(o["mandatory_unmet"]),
        "Overdue actions": len(o["overdue_actions"]),
        "Unanswered": o["unanswered"],
    }
    if o["mandatory_unanswered"]:
        counts["Mandatory items not yet answered"] = len(o["mandatory_unanswered"])
    else:
        check("Mandatory items not yet answered" not in text,
              f"{name} text: no list of mandatory items not yet answered")
    for title, n in counts.items():
        check(re.search(rf"^{re.escape(title)} \({n}\)$", text, re.M) is not None,
              f"{name} text: '{title} ({n})'")
    if r["gaps"]:
        check(re.search(rf"^Gaps \({len(r['gaps'])}\)$", text, re.M) is not None,
              f"{name} text: 'Gaps ({len(r['gaps'])})'")
    unmet = text.split("\nMandatory items not fully met", 1)[1].split("\n\n", 1)[0]
    check(all(i not in unmet.split() and i + ":" not in unmet for i in o["mandatory_unanswered"]),
          f"{name} text: no unanswered item listed as not fully met")


def md_rows(block):
    rows = []
    for line in block.splitlines():
        if line.startswith("| ") and not line.startswith("|---"):
            rows.append([c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]])
    return rows[1:]


def check_markdown(text, r, labels, name):
    o = r["overall"]
    draft = draft_line(o)
    head = text.split("## Summary")[0]
    check((draft is not None) == ("Draft:" in head), f"{name} md: draft line iff unanswered")
    if draft:
        check(f"> **{draft}.**" in head, f"{name} md: '{draft}' at the top")
    overall = text.split("## Summary\n\n", 1)[1].split("\n", 1)[0]
    if nothing_answered(o):
        want = "**Not yet answered**"
    else:
        score = "no score" if o["score"] is None else one_decimal(o["score"]) + "%"
        want = f"**{score}** — {rating_words(o, labels)}"
    check(overall.replace("\\", "") == want, f"{name} md: overall {overall!r} == {want!r}")
    m = re.search(r"^Coverage: (.*)$", text, re.M)
    check(m is not None and m.group(1).replace("\\", "") == coverage_line(o),
          f"{name} md: coverage {m and m.group(1)!r}")
    rows = md_rows(text.split("## Sections\n\n", 1)[1].split("\n\n", 1)[0])
    check(len(rows) == len(r["sections"]), f"{name} md: one row per section")
    for row, s in zip(rows, r["sections"]):
        want = [score_cell(s), rating_words(s, labels),
                f"{s['answered']} of {s['answered'] + s['unanswered']}",
                "—" if s["gain"] is None else f"+{one_decimal(s['gain'])} points"]
        check([row[2], row[3].replace("\\", ""), row[4], row[5]] == want,
              f"{name} md: section {s['id']} {row[2:]} == {want}")
    gaps = text.split("\n## Gaps", 1)[1].split("\n## ", 1)[0]
    items = {i["id"]: i for i in r["items"]}
    # The first page: its top gaps and overdue actions are the JSON summary's.
    summary = r["summary"]
    top = text.split("## Summary", 1)[1].split("\n## ", 1)[0]
    top_gaps = re.split(r"[Gg]aps \(", top, maxsplit=1)[1].split("\n\n", 2)[1] if summary["top_gaps"] else ""
    got = [(row[1].split("`")[1], row[4].replace("\\", ""), iso_of(row[5].split(" **")[0]))
           for row in md_rows(top_gaps)]
    want = [(g["id"], g["owner"] or "—", g["due"] or "—") for g in summary["top_gaps"]]
    check(got == want,
          f"{name} md: the first page's top gaps, owners and due dates are the JSON summary's "
          f"{got} == {want}")
    check(f"### Overdue actions ({len(summary['overdue_actions'])})\n" in top,
          f"{name} md: the first page's overdue actions")
    got = [(row[1].split("`")[1], row[4]) for row in md_rows(gaps)]
    check(got == [(g, f"+{one_decimal(items[g]['gain'])} points") for g in r["gaps"]],
          f"{name} md: gaps and their points")
    heads = {
        "Mandatory items not fully met": len(o["mandatory_unmet"]),
        "Overdue actions": len(o["overdue_actions"]),
        "Unanswered": o["unanswered"],
        "Gaps": len(r["gaps"]),
    }
    if o["mandatory_unanswered"]:
        heads["Mandatory items not yet answered"] = len(o["mandatory_unanswered"])
    for title, n in heads.items():
        check(f"## {title} ({n})\n" in text, f"{name} md: '## {title} ({n})'")


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def iso_of(short):
    """ "31 Mar 2027" as 2027-03-31; "—" stays."""
    if short == "—":
        return short
    day, month, year = short.split(" ")
    return f"{int(year):04}-{MONTHS.index(month) + 1:02}-{int(day):02}"


def strip_tags(text):
    return html.unescape(collapse(re.sub(r"<[^>]+>", " ", text)))


def check_html(text, r, labels, name):
    o = r["overall"]
    draft = draft_line(o)
    header = text.split("</header>")[0]
    check((draft is not None) == ('class="draft"' in header), f"{name} html: draft banner iff unanswered")
    if draft:
        check(f"<strong>{draft}.</strong>" in header, f"{name} html: '{draft}' in the header")
        check(header.find('class="draft"') < header.find('<dl class="meta">'),
              f"{name} html: the draft banner comes before the header's fields, not inside them")
        check(re.search(r"Draft · ", text.split("</style>")[0]) is not None,
              f"{name} html: the running header says Draft")

    def card(label):
        m = re.search(rf'<div class="label">{label}</div>(.*?)</div>\n', text)
        return strip_tags(m.group(1)) if m else None

    want = "Not yet answered" if nothing_answered(o) else (
        "—" if o["score"] is None else one_decimal(o["score"]) + "%")
    overall = card("Overall score")
    check(overall is not None and overall.startswith(want + " ")
          and overall.endswith(rating_words(o, labels) if not nothing_answered(o) else "Not yet answered"),
          f"{name} html: overall card {overall!r}")
    cov = "—" if o["coverage"] is None else one_decimal(o["coverage"]) + "%"
    check(card("Coverage") == f"{cov} {o['answered']} of {o['answered'] + o['unanswered']} answered",
          f"{name} html: coverage card {card('Coverage')!r}")
    check(card("Items") == f"{o['items']} {o['unanswered']} unanswered · {o['not_applicable']} "
          f"not applicable · {o['out_of_profile']} out of profile", f"{name} html: items card")
    blank = (f" · {len(o['mandatory_unanswered'])} mandatory not yet answered"
             if o["mandatory_unanswered"] else "")
    check(card("Gaps") == f"{len(r['gaps'])} {len(o['mandatory_unmet'])} mandatory not met{blank} · "
          f"{len(r['summary']['overdue_actions'])} overdue actions", f"{name} html: gaps card {card('Gaps')!r}")
    table = text.split('<table class="sections">', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r"<tr><td class=\"num\">\d+</td><th scope=\"row\">.*?</th>(.*?)</tr>", table)
    check(len(rows) == len(r["sections"]), f"{name} html: one row per section")
    for row, s in zip(rows, r["sections"]):
        cells = [strip_tags(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row)]
        # The HTML pill capitalises "No rating", as a label.
        cells[1:2] = ["no rating" if c == "No rating" else c for c in cells[1:2]]
        want = [score_cell(s), rating_words(s, labels),
                f"{s['answered']} of {s['answered'] + s['unanswered']}",
                "—" if s["gain"] is None else "+" + one_decimal(s["gain"])]
        check(cells == want, f"{name} html: section {s['id']} {cells} == {want}")
    svg = text.split('<svg', 1)[1].split("</svg>", 1)[0]
    bars = len(re.findall(r'rx="2" fill=', svg))
    check(bars == sum(1 for s in r["sections"] if s["score"] is not None and not nothing_answered(s)),
          f"{name} html: a bar for each section with something answered ({bars})")
    items = {i["id"]: i for i in r["items"]}
    summary = r["summary"]
    if summary["top_gaps"]:
        top = text.split('<table class="top-gaps">', 1)[1].split("</table>", 1)[0]
        got = re.findall(r"<tr><td class=\"num\">\d+</td><td>.*?<code>(.*?)</code>", top)
        check(got == [g["id"] for g in summary["top_gaps"]],
              f"{name} html: the first page's top gaps are the JSON summary's")
    check(f"<h2>Overdue actions ({len(summary['overdue_actions'])})</h2>" in text.split('class="detail"')[0],
          f"{name} html: the first page's overdue actions")
    if r["gaps"]:
        gaps = text.split('<table class="gaps">', 1)[1].split("</table>", 1)[0]
        got = re.findall(r"<code>(.*?)</code>.*?<td class=\"num\">\+(\d+\.\d)</td>", gaps)
        check(got == [(g, one_decimal(items[g]["gain"])) for g in r["gaps"]],
              f"{name} html: gaps and their points")
    heads = {
        "Mandatory items not fully met": len(o["mandatory_unmet"]),
        "Overdue actions": len(o["overdue_actions"]),
        "Unanswered": o["unanswered"],
        "Gaps": len(r["gaps"]),
    }
    if o["mandatory_unanswered"]:
        heads["Mandatory items not yet answered"] = len(o["mandatory_unanswered"])
    for title, n in heads.items():
        check(f"<h2>{title} ({n})</h2>" in text, f"{name} html: '{title} ({n})'")


def number(cell):
    return None if cell == "" else float(cell)


def check_csv(data, r, name):
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    # An item takes a row per action (a merged file: each respondent's own).
    items = [i for i in r["items"] for _ in range(max(1, len(i["actions"])))]
    check([row["id"] for row in rows] == [i["id"] for i in items], f"{name} csv: every item")
    for row, i in zip(rows, items):
        got = (row["status"], number(row["value"]), number(row["weight"]), number(row["gap"]),
               number(row["gain"]))
        want = (i["status"], i["value"], i["weight"], i["gap"], i["gain"])
        check(got == want, f"{name} csv: item {i['id']} {got} == {want}")


def near(a, b):
    return (a is None and b is None) or (a is not None and b is not None and abs(a - b) < 1e-9)


def check_xlsx(path, r, labels, name):
    wb = openpyxl.load_workbook(path)
    o = r["overall"]
    summary = {}
    for row in wb["Summary"].iter_rows(min_row=2):
        if row[0].value is None:
            break
        summary[row[0].value] = row
    draft = draft_line(o)
    check((draft is not None) == ("Status" in summary), f"{name} xlsx: Status line iff draft")
    if draft:
        check(summary["Status"][1].value == draft, f"{name} xlsx: Status {summary['Status'][1].value!r}")
    score = summary["Overall score"][1].value
    if nothing_answered(o):
        check(score == "Not yet answered", f"{name} xlsx: overall {score!r}")
    elif o["score"] is not None:
        check(near(score, o["score"]), f"{name} xlsx: overall {score} == {o['score']}")
    check(summary["Rating"][1].value == (rating_words(o, labels).replace(" (capped)", "")
                                         if o["rating"] or nothing_answered(o) else "no rating"),
          f"{name} xlsx: rating {summary['Rating'][1].value!r}")
    check(near(summary["Coverage"][1].value, o["coverage"]), f"{name} xlsx: coverage")
    for field, n in [("Answered", o["answered"]), ("Unanswered", o["unanswered"]),
                     ("Not applicable", o["not_applicable"]), ("Out of profile", o["out_of_profile"]),
                     ("Gaps", len(r["gaps"])),
                     ("Mandatory items not fully met", len(o["mandatory_unmet"])),
                     ("Mandatory items not yet answered", len(o["mandatory_unanswered"])),
                     ("Overdue actions", len(o["overdue_actions"]))]:
        check(summary[field][1].value == n, f"{name} xlsx: {field} {summary[field][1].value} == {n}")
    rows = list(wb["Sections"].iter_rows(min_row=2, values_only=True))
    header = [c.value for c in wb["Sections"][1]]
    check("Points if all met" in header, f"{name} xlsx: Sections has 'Points if all met'")
    col = {h: n for n, h in enumerate(header)}
    for row, s in zip(rows, r["sections"]):
        blank = nothing_answered(s)
        check(near(row[col["Score"]], None if blank else s["score"]),
              f"{name} xlsx: section {s['id']} score {row[col['Score']]}")
        check(row[col["Rating"]] == ("Not yet answered" if blank else
                                     labels[s["rating"]] if s["rating"] else "no rating"),
              f"{name} xlsx: section {s['id']} rating {row[col['Rating']]!r}")
        check(near(row[col["Points if all met"]], s["gain"]),
              f"{name} xlsx: section {s['id']} points {row[col['Points if all met']]} == {s['gain']}")
        check((row[col["Answered"]], row[col["Unanswered"]], row[col["Not applicable"]])
              == (s["answered"], s["unanswered"], s["not_applicable"]),
              f"{name} xlsx: section {s['id']} counts")
    items = {i["id"]: i for i in r["items"]}
    plan = list(wb["Action plan"].iter_rows(min_row=2, values_only=True))
    # An item takes a row per action (a merged file: each respondent's
    # own), its rank repeated.
    rows_of = lambda i: max(1, len(i["actions"]))
    gaps = [g for g in r["gaps"] for _ in range(rows_of(items[g]))]
    got = [(row[2], row[1]) for row in plan if row[0] is not None]
    check(len(got) == len(gaps) and all(i == g and near(p, items[g]["gain"])
                                        for (i, p), g in zip(got, gaps)),
          f"{name} xlsx: action plan ranks and points")
    check([row[0] for row in plan] == [n + 1 for n, g in enumerate(r["gaps"])
                                       for _ in range(rows_of(items[g]))],
          f"{name} xlsx: one rank per item, on each of its rows")
    header = [c.value for c in wb["All items"][1]]
    col = {h: n for n, h in enumerate(header)}
    every = list(wb["All items"].iter_rows(min_row=2, values_only=True))
    listed = [i for i in r["items"] for _ in range(rows_of(i))]
    check(len(every) == len(listed) and all(
        row[0] == i["id"] and near(row[col["Points if met"]], i["gain"])
        and near(row[col["Value"]], i["value"]) and near(row[col["Weight"]], i["weight"])
        for row, i in zip(every, listed)), f"{name} xlsx: all items' points, values, weights")


# ---------------------------------------------------------------- diff

def check_diff(old, new, cl_args, name):
    d = json.loads(ftsu("diff", old, new, *cl_args, "--format", "json"))
    before = {i["id"]: i for i in json.loads(ftsu("report", old, *cl_args, "--format", "json"))["items"]}
    after = {i["id"]: i for i in json.loads(ftsu("report", new, *cl_args, "--format", "json"))["items"]}
    for item in d["items"]:
        b = before.get(item["before_id"] or "")
        a = after.get(item["id"]) if item["change"] != "removed" else None
        blank = any(x is not None and x["status"] == "unanswered" for x in (a, b))
        if item["change"] in ("added", "removed"):
            continue
        check(blank == (item["change"] == "unanswered"),
              f"{name}: item {item['id']} {item['change']} (unanswered on a side: {blank})")
    s = d["summary"]
    check(sum(s.values()) == len(d["items"]), f"{name}: the summary counts every item")
    words = [("improved", "improved"), ("regressed", "regressed"), ("unchanged", "unchanged"),
             ("added", "added"), ("removed", "removed"), ("not_comparable", "not comparable"),
             ("unanswered", "not yet answered")]
    text = collapse(ftsu("diff", old, new, *cl_args, "--format", "text").decode())
    md = ftsu("diff", old, new, *cl_args, "--format", "markdown").decode()
    for key, word in words:
        check(f"{s[key]} {word}" in text, f"{name} text: '{s[key]} {word}'")
        check(f"{s[key]} {word}" in md, f"{name} md: '{s[key]} {word}'")
    check(f"Not yet answered (on one side or both) ({s['unanswered']})" in text,
          f"{name} text: the not-yet-answered group")
    check(f"## Not yet answered ({s['unanswered']})" in md, f"{name} md: the not-yet-answered group")
    rows = list(csv.DictReader(io.StringIO(
        ftsu("diff", old, new, *cl_args, "--format", "csv").decode("utf-8-sig"))))
    check([row["change"] for row in rows] == [i["change"].replace("_", "-") for i in d["items"]],
          f"{name} csv: the changes are the JSON's")


# ---------------------------------------------------------------- main

def main():
    rng = random.Random(SEED)
    cases = make_cases(rng)
    merged = drafts = blank_sections = 0
    for path, cl_args, cl in cases:
        name = os.path.basename(path)
        labels = {b["key"]: b["label"] for b in cl.get("ratings") or [
            {"key": "green", "label": "Good assurance"}, {"key": "amber", "label": "Partial assurance"},
            {"key": "red", "label": "Limited assurance"}]}
        r = json.loads(ftsu("report", path, *cl_args, "--format", "json"))
        merged += r["disagreements"] is not None
        drafts += r["overall"]["unanswered"] > 0
        blank_sections += any(nothing_answered(s) for s in r["sections"])
        check_json_itself(r, name)
        top = ["--top", "0"]
        check_text(ftsu("report", path, *cl_args, *top, "--format", "text").decode(), r, labels, name)
        check_markdown(ftsu("report", path, *cl_args, *top, "--format", "markdown").decode(),
                       r, labels, name)
        check_html(ftsu("report", path, *cl_args, *top, "--format", "html").decode(), r, labels, name)
        check_csv(ftsu("report", path, *cl_args, "--format", "csv"), r, name)
        xlsx = os.path.join(SCRATCH, name + ".xlsx")
        ftsu("report", path, *cl_args, "--format", "xlsx", "-o", xlsx)
        check_xlsx(xlsx, r, labels, name)
    # The mix must hold what the checks are about.
    check(merged >= COUNT // 5, f"{merged} merged files among {COUNT}")
    check(drafts >= COUNT // 3, f"{drafts} drafts among {COUNT}")
    check(blank_sections >= 3, f"{blank_sections} files with a section not yet answered")
    same = {}
    for path, cl_args, _ in cases:
        same.setdefault(tuple(cl_args), []).append(path)
    pairs = 0
    for cl_args, paths in same.items():
        for old, new in zip(paths, paths[1:]):
            check_diff(old, new, list(cl_args), f"diff {os.path.basename(old)} {os.path.basename(new)}")
            pairs += 1
    print(f"{len(cases)} assessments ({merged} merged, {drafts} drafts), {pairs} diffs")
    if failures:
        print(f"{len(failures)} of {checks} checks failed")
        sys.exit(1)
    print(f"ok: {checks} checks")


main()
