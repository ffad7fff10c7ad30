#!/usr/bin/python3
"""Checks docs/schema/*.schema.json against the files and the loaders.

Run by tests/e2e/test_schemas.sh with Debian's python3-jsonschema and
python3-yaml. YAML is read as an editor's YAML language server reads it
(the YAML 1.2 core schema: no dates, no yes/no booleans, no octal 010),
so the verdicts are the ones an editor would show.

  schema_check.py SOURCE_DIR FTSU_GAP SCRATCH

1. Both schemas are valid draft-07 schemas.
2. Every bundled checklist and every example is valid against its schema
   and starts with the yaml-language-server line whose path, taken from the
   file's folder, is that schema.
3. Files written by `init`, `init --from` and `assess` start with the
   absolute schema line of docs/schemas.md and are valid against the schema.
4. The cases below: the schema's verdict and `ftsu-gap validate`'s are
   each as expected; where they differ, the case names the difference and
   docs/schemas.md lists it, and every difference listed there has a case.
"""

import json
import os
import re
import subprocess
import sys

import jsonschema
import yaml

SOURCE, FTSU, SCRATCH = sys.argv[1:4]
SCHEMA_DIR = os.path.join(SOURCE, "docs", "schema")
WRITTEN_LINE = "# yaml-language-server: $schema=/usr/share/ftsu-gap/schema/answers.schema.json"
MODELINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$")

checks = 0
failures = 0


def check(ok, message):
    global checks, failures
    checks += 1
    if not ok:
        failures += 1
        print(f"FAIL: {message}")


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML with the YAML 1.2 core schema's plain scalars; keys kept as written."""


Yaml12Loader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    (
        "float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        list("-+0123456789."),
    ),
]:
    Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:" + tag, re.compile(pattern), first)


def construct_int(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text, 10)


def construct_float(loader, node):
    text = loader.construct_scalar(node).lower()
    if text.endswith(".inf"):
        return float("-inf") if text.startswith("-") else float("inf")
    if text == ".nan":
        return float("nan")
    return float(text)


def construct_mapping(loader, node):
    out = {}
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise yaml.constructor.ConstructorError(None, None, "a key that is not text", key_node.start_mark)
        out[key_node.value] = loader.construct_object(value_node, deep=True)
    return out


Yaml12Loader.add_constructor("tag:yaml.org,2002:int", construct_int)
Yaml12Loader.add_constructor("tag:yaml.org,2002:float", construct_float)
Yaml12Loader.add_constructor(
    "tag:yaml.org,2002:bool", lambda loader, node: loader.construct_scalar(node).lower() == "true"
)
Yaml12Loader.add_constructor("tag:yaml.org,2002:map", construct_mapping)


def load_schema(kind):
    path = os.path.join(SCHEMA_DIR, f"{kind}.schema.json")
    with open(path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft7Validator.check_schema(schema)
    return path, jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())


SCHEMAS = {kind: load_schema(kind) for kind in ("checklist", "answers")}


def schema_errors(kind, text):
    """Returns the schema's complaints about `text` (empty when valid)."""
    try:
        data = yaml.load(text, Loader=Yaml12Loader)
    except yaml.YAMLError as e:
        return [f"YAML: {e}".replace("\n", " ")]
    return [
        f"{'/'.join(str(p) for p in e.absolute_path) or '(top)'}: {e.message}"
        for e in SCHEMAS[kind][1].iter_errors(data)
    ]


def kind_of(text):
    match = re.search(r"^format: ftsu-gap/(checklist|answers)/v1\s*$", text, re.M)
    return match.group(1) if match else None


# 2. The bundled checklists and the examples.
repo_files = []
for folder in ("checklists", "examples"):
    for root, _dirs, names in os.walk(os.path.join(SOURCE, folder)):
        repo_files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".yaml")]
check(len(repo_files) >= 14, f"expected at least 14 bundled checklists and examples, found {len(repo_files)}")
for path in repo_files:
    name = os.path.relpath(path, SOURCE)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    kind = kind_of(text)
    check(kind is not None, f"{name}: no format line")
    if kind is None:
        continue
    errors = schema_errors(kind, text)
    check(not errors, f"{name}: not valid against {kind}.schema.json: {errors[:5]}")
    match = MODELINE.match(text.split("\n", 1)[0])
    check(match is not None, f"{name}: the first line is not a yaml-language-server $schema line")
    if match:
        target = os.path.normpath(os.path.join(os.path.dirname(path), match.group(1)))
        check(target == SCHEMAS[kind][0], f"{name}: $schema={match.group(1)} is not docs/schema/{kind}.schema.json")
print(f"bundled checklists and examples: {len(repo_files)} files checked")


# 3. Files written by the tool.
def run(args, stdin=None):
    return subprocess.run([FTSU] + args, input=stdin, capture_output=True, text=True, timeout=60)


def check_written(path, what):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    check(text.split("\n", 1)[0] == WRITTEN_LINE, f"{what}: first line is {text.splitlines()[0]!r}")
    errors = schema_errors("answers", text)
    check(not errors, f"{what}: not valid against answers.schema.json: {errors[:5]}")


written = os.path.join(SCRATCH, "written")
os.makedirs(written)
result = run(["init", "ngo-case-reviews", "-o", f"{written}/init.yaml", "--organisation", "Example", "--period", "2026/27"])
check(result.returncode == 0, f"init: exit {result.returncode}: {result.stderr}")
check_written(f"{written}/init.yaml", "init")
result = run(
    ["init", "--from", f"{SOURCE}/examples/example-trust-2025-26.yaml", "-o", f"{written}/from.yaml", "--period", "2026/27"]
)
check(result.returncode == 0, f"init --from: exit {result.returncode}: {result.stderr}")
check_written(f"{written}/from.yaml", "init --from")
result = run(["assess", "ngo-case-reviews", "--profile", "trust", "-o", f"{written}/assess.yaml"], stdin="m\nA board paper\np\n\n")
check(result.returncode == 0, f"assess: exit {result.returncode}: {result.stderr}")
check_written(f"{written}/assess.yaml", "assess")
with open(f"{written}/assess.yaml", encoding="utf-8") as f:
    check("A board paper" in f.read(), "assess: the evidence typed is not in the file")

# 4. The schemas and the loaders on good and bad files.
CHECKLIST = """\
format: ftsu-gap/checklist/v1
id: case-checklist
version: "1.0"
title: A case checklist
description: Cases for the schema test.
published: 2026-01-15
sources:
  - {id: src-a, title: Source A, publisher: A publisher, date: 2019-04, url: "https://example.org/a"}
  - {id: src-b, title: Source B, date: 2020}
profiles:
  - {key: trust, label: NHS trust}
  - {key: icb, label: Integrated care board}
sections:
  - id: first
    title: First section
    description: The first one.
    items:
      - id: item-a
        text: Item A is in place.
        guidance: What good looks like.
        evidence: [A board paper, Minutes]
        sources: [src-a, {source: src-b, ref: "p. 4"}]
        weight: 2
        mandatory: true
        profiles: [trust]
        replaces: [old-a]
        tags: [policy, inferred]
      - id: item-b
        text: Item B is in place.
"""

ANSWERS = """\
format: ftsu-gap/answers/v1
checklist: case-checklist
checklist_version: "1.0"
organisation: Example Trust
profile: trust
period: 2025/26
assessed_on: 2026-03-31
assessors: [FTSU guardian, Director of People]
answers:
  item-a: met
  item-b:
    answer: partial
    evidence: A board paper
    evidence_from: 2024/25
    action: Agree the next step
    owner: Director of People
    due: 2026-09-30
    status: in-progress
    progress: Drafted
    note: Anything else
"""

SCALE = """\
scale:
  - {key: yes-fully, label: Fully, score: 1, shortcut: f}
  - {key: half, label: Half, score: 0.5, shortcut: h}
  - {key: none, label: Not at all, score: 0}
  - {key: skip, label: Not applicable, shortcut: x}
ratings:
  - {key: good, label: Good, min: 75}
  - {key: poor, label: Poor, min: 0}
"""


def edit(base, old, new):
    assert old in base, old
    return base.replace(old, new, 1)


def c(*pairs):
    text = CHECKLIST
    for old, new in zip(pairs[::2], pairs[1::2]):
        text = edit(text, old, new)
    return text


def a(*pairs):
    text = ANSWERS
    for old, new in zip(pairs[::2], pairs[1::2]):
        text = edit(text, old, new)
    return text


V, X = "valid", "invalid"
# (name, kind, text, schema verdict, loader verdict, difference listed in docs/schemas.md)
CASES = [
    ("checklist as written", "checklist", CHECKLIST, V, V, None),
    ("own scale and ratings", "checklist", c("profiles:", SCALE + "profiles:"), V, V, None),
    ("x- keys at every level", "checklist", c("title: A case", "x-top: 1\ntitle: A case", "        text: Item B", "        x-mine: [1, 2]\n        text: Item B", "  - {key: icb,", "  - {x-p: 1, key: icb,"), V, V, None),
    ("empty optional values", "checklist", c("description: Cases for the schema test.", "description:", "published: 2026-01-15", "published: ~", "        guidance: What good looks like.", "        guidance: null"), V, V, None),
    ("version unquoted", "checklist", c('version: "1.0"', "version: 2026.10"), V, V, None),
    ("id of digits", "checklist", c("id: case-checklist", "id: 010"), V, V, None),
    ("weight in exponent form", "checklist", c("weight: 2", "weight: 1e1"), V, V, None),
    ("no format", "checklist", c("format: ftsu-gap/checklist/v1\n", ""), X, X, None),
    ("format v2", "checklist", c("checklist/v1", "checklist/v2"), X, X, None),
    ("a JSON report's format", "checklist", c("ftsu-gap/checklist/v1", "ftsu-gap/report/v1"), X, X, None),
    ("missing id", "checklist", c("id: case-checklist\n", ""), X, X, None),
    ("id in capitals", "checklist", c("id: case-checklist", "id: Case-Checklist"), X, X, None),
    ("version with a space", "checklist", c('version: "1.0"', 'version: "1 0"'), X, X, None),
    ("version with @", "checklist", c('version: "1.0"', 'version: "1@0"'), X, X, None),
    ("empty title", "checklist", c("title: A case checklist", 'title: "  "'), X, X, None),
    ("no sections", "checklist", c("sections:\n", "sections: []\nx-rest:\n"), X, X, None),
    ("a section without items", "checklist", c("    items:\n      - id: item-a", "    items: []\n    x-rest:\n      - id: item-a"), X, X, None),
    ("unknown key", "checklist", c("weight: 2", "wieght: 2"), X, X, None),
    ("weight 0", "checklist", c("weight: 2", "weight: 0"), X, X, None),
    ("weight over 100", "checklist", c("weight: 2", "weight: 200"), X, X, None),
    ("weight in quotes", "checklist", c("weight: 2", 'weight: "2"'), X, X, None),
    ("mandatory: yes", "checklist", c("mandatory: true", "mandatory: yes"), X, X, None),
    ("a score over 1", "checklist", c("profiles:", SCALE.replace("score: 0.5", "score: 1.5") + "profiles:"), X, X, None),
    ("a scale of one option", "checklist", c("sources:", "scale:\n  - {key: met, label: Met, score: 1}\nsources:"), X, X, None),
    ("no option with score 1", "checklist", c("profiles:", SCALE.replace("score: 1,", "score: 0.9,") + "profiles:"), X, X, None),
    ("no rating with min 0", "checklist", c("profiles:", SCALE.replace("min: 0}", "min: 10}") + "profiles:"), X, X, None),
    ("a rating min over 100", "checklist", c("profiles:", SCALE.replace("min: 75", "min: 101") + "profiles:"), X, X, None),
    ("a rating without min", "checklist", c("profiles:", SCALE.replace(", min: 75", "") + "profiles:"), X, X, None),
    ("shortcut s", "checklist", c("profiles:", SCALE.replace("shortcut: h", "shortcut: s") + "profiles:"), X, X, None),
    ("shortcut a digit", "checklist", c("profiles:", SCALE.replace("shortcut: h", "shortcut: 7") + "profiles:"), X, X, None),
    ("shortcut of two characters", "checklist", c("profiles:", SCALE.replace("shortcut: h", "shortcut: hh") + "profiles:"), X, X, None),
    ("published 29 February 2025", "checklist", c("published: 2026-01-15", "published: 2025-02-29"), X, X, None),
    ("source date month 13", "checklist", c("date: 2019-04", "date: 2019-13"), X, X, None),
    ("evidence not a list", "checklist", c("evidence: [A board paper, Minutes]", "evidence: A board paper"), X, X, None),
    ("a tag in capitals", "checklist", c("tags: [policy, inferred]", "tags: [Policy]"), X, X, None),
    ("a source given as a list", "checklist", c("sources: [src-a, {source: src-b", "sources: [[src-a], {source: src-b"), X, X, None),
    ("an item that is text", "checklist", c("      - id: item-b\n        text: Item B is in place.", "      - Item B is in place."), X, X, None),
    ("an item id used twice", "checklist", c("id: item-b", "id: item-a"), V, X, "duplicate-ids"),
    ("a section id used twice", "checklist", c("        text: Item B is in place.\n", "        text: Item B is in place.\n  - id: first\n    title: Again\n    items:\n      - {id: item-c, text: C}\n"), V, X, "duplicate-ids"),
    ("a scale key used twice", "checklist", c("profiles:", SCALE.replace("key: half", "key: none") + "profiles:"), V, X, "duplicate-ids"),
    ("a rating min used twice", "checklist", c("profiles:", SCALE.replace("min: 75", "min: 0") + "profiles:"), V, X, "duplicate-ids"),
    ("a shortcut used twice", "checklist", c("profiles:", SCALE.replace("shortcut: h", "shortcut: f") + "profiles:"), V, X, "duplicate-ids"),
    ("an item cites an unknown source", "checklist", c("sources: [src-a,", "sources: [src-c,"), V, X, "references"),
    ("an item names an unknown profile", "checklist", c("profiles: [trust]", "profiles: [primary-care]"), V, X, "references"),
    ("an item replaces an id still in use", "checklist", c("replaces: [old-a]", "replaces: [item-b]"), V, X, "references"),
    ("a key given twice", "checklist", c("        weight: 2\n", "        weight: 2\n        weight: 3\n"), V, X, "yaml-level"),
    ("an anchor and an alias", "checklist", c("evidence: [A board paper, Minutes]", "evidence: &ev [A board paper]", "      - id: item-b\n", "      - id: item-b\n        evidence: *ev\n"), V, X, "yaml-level"),
    ("a hexadecimal weight", "checklist", c("weight: 2", "weight: 0x10"), V, X, "scalars-as-written"),
    ("mandatory in mixed case", "checklist", c("mandatory: true", "mandatory: tRuE"), X, V, "scalars-as-written"),
    ("an id that is a decimal number", "checklist", c("id: item-b", "id: 1.5"), X, V, "scalars-as-written"),
    ("an invisible shortcut", "checklist", c("profiles:", SCALE.replace("shortcut: h", "shortcut: \"\\u200B\"") + "profiles:"), V, X, "visible-characters"),
    ("a shortcut that is an Arabic-Indic digit", "checklist", c("profiles:", SCALE.replace("shortcut: h", "shortcut: \u0663") + "profiles:"), V, X, "visible-characters"),
    ("answers as written", "answers", ANSWERS, V, V, None),
    ("empty answers", "answers", ANSWERS.split("answers:\n")[0] + "answers: {}\n", V, V, None),
    ("answers: with nothing", "answers", ANSWERS.split("answers:\n")[0] + "answers:\n", V, V, None),
    ("unanswered short and long forms", "answers", a("item-a: met", "item-a:", "    answer: partial\n", ""), V, V, None),
    ("x- keys at every level", "answers", a("period: 2025/26", "period: 2025/26\nx-top: {a: 1}", "  item-a: met", "  x-summary: mine\n  item-a: met", "    note: Anything else", "    note: Anything else\n    x-ward: 4B"), V, V, None),
    ("a numeric period and version", "answers", a("period: 2025/26", "period: 2025", 'checklist_version: "1.0"', "checklist_version: 1.0"), V, V, None),
    ("a status done", "answers", a("status: in-progress", "status: done"), V, V, None),
    ("an action's record", "answers", a("    progress: Drafted", "    progress: Drafted\n    progress_notes:\n      - {date: 2026-04-10, note: Paper drafted}\n      - date: 2026-05-02\n        note: \"Went to the executive, approved\"\n    completed_on: 2026-06-01\n    due_history:\n      - {from: 2026-06-30, to: 2026-09-30, date: 2026-05-02, why: Committee moved}"), V, V, None),
    ("a dropped action with a reason", "answers", a("status: in-progress", "status: dropped\n    dropped_reason: Superseded by the new policy"), V, V, None),
    ("a dropped action without a reason", "answers", a("status: in-progress", "status: dropped"), X, X, None),
    ("a progress note without a date", "answers", a("    progress: Drafted", "    progress: Drafted\n    progress_notes:\n      - note: Paper drafted"), X, X, None),
    ("a due change without why", "answers", a("    progress: Drafted", "    progress: Drafted\n    due_history:\n      - {from: 2026-06-30, to: 2026-09-30, date: 2026-05-02}"), X, X, None),
    ("completed_on not a date", "answers", a("    progress: Drafted", "    progress: Drafted\n    completed_on: June"), X, X, None),
    ("a respondent's own file", "answers", a("assessors: [FTSU guardian, Director of People]", "assessors: [FTSU guardian]\nrespondent: FTSU guardian"), V, V, None),
    ("a merged file", "answers", a("assessors: [FTSU guardian, Director of People]", "respondents: [FTSU guardian, NED]\nmerge_rule: median", "    note: Anything else", "    note: Anything else\n    respondents:\n      FTSU guardian: partial\n      NED:\n        answer: met\n        evidence: Minutes\n        x-ward: 4B"), V, V, None),
    ("an unknown merge rule", "answers", a("assessors: [FTSU guardian, Director of People]", "respondents: [A]\nmerge_rule: mean"), X, X, None),
    ("respondents nested in a respondent's answer", "answers", a("    note: Anything else", "    note: Anything else\n    respondents:\n      A:\n        answer: met\n        respondents: {}"), X, X, None),
    ("an unknown key in a respondent's answer", "answers", a("    note: Anything else", "    note: Anything else\n    respondents:\n      A:\n        anwser: met"), X, X, None),
    ("a respondent not in the file's list", "answers", a("assessors: [FTSU guardian, Director of People]", "respondents: [A]", "    note: Anything else", "    note: Anything else\n    respondents:\n      B: met"), V, X, "references"),
    ("no answers key", "answers", ANSWERS.split("answers:\n")[0], X, X, None),
    ("answers as a list", "answers", ANSWERS.split("answers:\n")[0] + "answers: [item-a]\n", X, X, None),
    ("an unknown status", "answers", a("status: in-progress", "status: finished"), X, X, None),
    ("a status in capitals", "answers", a("status: in-progress", "status: Done"), X, X, None),
    ("due 30 February", "answers", a("due: 2026-09-30", "due: 2026-02-30"), X, X, None),
    ("due without leading zeros", "answers", a("due: 2026-09-30", "due: 2026-9-30"), X, X, None),
    ("unknown key in a long answer", "answers", a("    answer: partial", "    anwser: partial"), X, X, None),
    ("unknown top-level key", "answers", a("period: 2025/26", "periode: 2025/26"), X, X, None),
    ("no checklist_version", "answers", a('checklist_version: "1.0"\n', ""), X, X, None),
    ("a checklist id in capitals", "answers", a("checklist: case-checklist", "checklist: Case"), X, X, None),
    ("assessors as text", "answers", a("assessors: [FTSU guardian, Director of People]", "assessors: FTSU guardian"), X, X, None),
    ("an answer that is a list", "answers", a("item-a: met", "item-a: [met]"), X, X, None),
    ("evidence that is a mapping", "answers", a("evidence: A board paper", "evidence: {a: b}"), X, X, None),
    ("assessed_on not a date", "answers", a("assessed_on: 2026-03-31", "assessed_on: March 2026"), X, X, None),
    ("format v2", "answers", a("answers/v1", "answers/v2"), X, X, None),
    ("an answer not on the scale", "answers", a("item-a: met", "item-a: mett"), V, X, "references"),
    ("an unknown item", "answers", a("item-a: met", "item-z: met"), V, X, "references"),
    ("a profile the checklist lacks", "answers", a("profile: trust", "profile: primary-care"), V, X, "references"),
    ("another checklist's answers", "answers", a("checklist: case-checklist", "checklist: ngo-case-reviews"), V, X, "references"),
    ("a key given twice", "answers", a("  item-a: met\n", "  item-a: met\n  item-a: partial\n"), V, X, "yaml-level"),
]

with open(os.path.join(SOURCE, "docs", "schemas.md"), encoding="utf-8") as f:
    docs = f.read()
listed = set(re.findall(r"^\| `([a-z-]+)` \|", docs, re.M))
check(len(listed) >= 4, f"docs/schemas.md lists {sorted(listed)} as differences by design")
case_dir = os.path.join(SCRATCH, "cases")
os.makedirs(case_dir)
checklist_path = os.path.join(case_dir, "case-checklist.yaml")
with open(checklist_path, "w", encoding="utf-8") as f:
    f.write(CHECKLIST)
used = set()
agree = differ = 0
for number, (name, kind, text, want_schema, want_loader, difference) in enumerate(CASES, 1):
    path = os.path.join(case_dir, f"case-{number:02}.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    errors = schema_errors(kind, text)
    got_schema = X if errors else V
    args = ["validate", path] if kind == "checklist" else ["validate", "--checklist", checklist_path, path]
    result = run(args)
    check(result.returncode in (0, 3), f"{name}: validate exit {result.returncode}: {result.stderr}")
    got_loader = V if result.returncode == 0 else X
    check(got_schema == want_schema, f"{name} ({kind}): schema says {got_schema}, expected {want_schema}: {errors[:3]}")
    check(got_loader == want_loader, f"{name} ({kind}): loader says {got_loader}, expected {want_loader}: {result.stderr.strip()[:300]}")
    check((want_schema != want_loader) == (difference is not None), f"{name}: a difference needs a name, an agreement none")
    if difference:
        used.add(difference)
        check(difference in listed, f"{name}: difference '{difference}' is not listed in docs/schemas.md")
        differ += 1
    else:
        agree += 1
check(listed <= used, f"docs/schemas.md lists differences no case shows: {sorted(listed - used)}")
print(f"cases: {len(CASES)} ({agree} where the schema and the loader agree, {differ} where they differ by design: {', '.join(sorted(used))})")
# Fewer checks than this means a list above came out empty or short.
MINIMUM_CHECKS = 400
check(checks >= MINIMUM_CHECKS, f"only {checks} checks ran, expected at least {MINIMUM_CHECKS}")
print(f"{checks - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)
