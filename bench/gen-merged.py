#!/usr/bin/env python3
"""gen-merged.py DIR RESPONDENTS ITEMS

Writes DIR/checklist.yaml, a legal checklist of ITEMS items in sections of 5,
and DIR/merged.yaml, a merged answers file (as `ftsu-gap merge` writes one)
of RESPONDENTS respondents: per item, each respondent's own answer (met,
partial, not-met, na, or left blank), one in fifty in the long form with
evidence and an action of their own (owner, due date). Seeded, so every run
writes the same files. For docs/performance.md, "Merged files of many
respondents"."""
import os
import random
import sys

out_dir, respondents, items = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(29)
os.makedirs(out_dir, exist_ok=True)
ids = []
with open(os.path.join(out_dir, "checklist.yaml"), "w") as f:
    f.write('format: ftsu-gap/checklist/v1\nid: bench-respondents\nversion: "1"\n')
    f.write("title: Benchmark checklist\n")
    f.write('sources:\n  - {id: src, title: A source, url: "https://example.org/"}\n')
    f.write("sections:\n")
    for s in range((items + 4) // 5):
        f.write(f"  - id: section-{s}\n    title: Section number {s}\n    items:\n")
        for i in range(min(5, items - s * 5)):
            ids.append(f"item-{s}-{i}")
            f.write(f"      - id: {ids[-1]}\n        text: Statement {s}.{i} of the benchmark.\n")
names = [f"R{r:05d}" for r in range(respondents)]
answers = ["met", "partial", "not-met", "na"]
with open(os.path.join(out_dir, "merged.yaml"), "w") as f:
    f.write('format: ftsu-gap/answers/v1\nchecklist: bench-respondents\nchecklist_version: "1"\n')
    f.write("organisation: Benchmark Trust\nperiod: 2025/26\nrespondents:\n")
    f.writelines(f"  - {name}\n" for name in names)
    f.write("merge_rule: lowest\nanswers:\n")
    for item in ids:
        f.write(f"  {item}:\n    answer: not-met\n    respondents:\n")
        for r, name in enumerate(names):
            roll = rng.random()
            if roll < 0.03:
                f.write(f"      {name}:\n")
            elif roll < 0.05:
                f.write(f"      {name}:\n        answer: {rng.choice(answers[:3])}\n"
                        f"        evidence: Evidence {r} for {item}.\n"
                        f"        action: Action {r} on {item}.\n"
                        f"        owner: Owner {r % 40}\n"
                        f"        due: 2026-{rng.randint(1, 12):02d}-15\n")
            else:
                f.write(f"      {name}: {rng.choice(answers)}\n")
