#!/usr/bin/env python3
"""gen-answers.py DIR N [ITEMS]

Writes DIR/checklist.yaml, a legal checklist of ITEMS items (default 150, in
sections of 5, with weights and some mandatory items), and N answers files to
it, DIR/answers/a00000.yaml ..., each about 8 KB: organisation, period and,
per item, an answer (met, partial, not-met, na or unanswered) with evidence.
Seeded, so every run writes the same files."""
import os
import random
import sys

out_dir = sys.argv[1]
count = int(sys.argv[2])
items = int(sys.argv[3]) if len(sys.argv) > 3 else 150
per_section = 5
rng = random.Random(12)
os.makedirs(os.path.join(out_dir, "answers"), exist_ok=True)
ids = []
with open(os.path.join(out_dir, "checklist.yaml"), "w") as f:
    f.write('format: ftsu-gap/checklist/v1\nid: bench-national\nversion: "1"\n')
    f.write("title: Benchmark checklist\n")
    f.write('sources:\n  - {id: src, title: A source, url: "https://example.org/"}\n')
    f.write("sections:\n")
    for s in range((items + per_section - 1) // per_section):
        f.write(f"  - id: section-{s}\n    title: Section number {s}\n    items:\n")
        for i in range(min(per_section, items - s * per_section)):
            item_id = f"item-{s}-{i}"
            ids.append(item_id)
            f.write(f"      - id: {item_id}\n")
            f.write(f"        text: Statement {i} of section {s} is met in full.\n")
            f.write(f"        weight: {1 + (s + i) % 3}\n")
            if (s + i) % 11 == 0:
                f.write("        mandatory: true\n")
choices = ["met", "partial", "not-met", "na", None]
for n in range(count):
    with open(os.path.join(out_dir, "answers", f"a{n:05d}.yaml"), "w") as f:
        f.write("format: ftsu-gap/answers/v1\nchecklist: bench-national\n")
        f.write(f'checklist_version: "1"\norganisation: Organisation number {n}\n')
        f.write(f'period: "2025/26"\nassessed_on: 2026-03-01\nanswers:\n')
        for item_id in ids:
            answer = rng.choice(choices)
            if answer is None:
                f.write(f"  {item_id}:\n")
                continue
            f.write(f"  {item_id}:\n    answer: {answer}\n")
            f.write(f"    evidence: Board minutes {rng.randint(1, 12)}/2025, item {rng.randint(1, 40)}\n")
