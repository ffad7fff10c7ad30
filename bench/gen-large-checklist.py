#!/usr/bin/env python3
"""Writes a legal checklist with N sections (default 20,000), each with
ITEMS items (default 1), for the loader benchmark. With --full every item
uses every field (about 370 bytes a section); without, items have only an id
and a statement (about 110 bytes a section). With --compact the items are
written in flow style with a short statement (`- {id: item-3-0, text: S 0.3}`,
about 30 bytes an item), so 200,000 items fit under the 16 MiB input limit;
the ids are the same in every mode, so gen-large-answers.py fits them all."""
import sys

args = [a for a in sys.argv[1:] if not a.startswith("--")]
full = "--full" in sys.argv
compact = "--compact" in sys.argv
sections = int(args[0]) if len(args) > 0 else 20000
items = int(args[1]) if len(args) > 1 else 1
out = sys.stdout
out.write('format: ftsu-gap/checklist/v1\nid: large\nversion: "1"\ntitle: Large checklist\n')
out.write('sources:\n  - {id: src, title: A source, url: "https://example.org/"}\n')
out.write('profiles:\n  - {key: trust, label: Trust}\n')
out.write('sections:\n')
for s in range(sections):
    out.write(f'  - id: section-{s}\n    title: Section number {s}\n    items:\n')
    for i in range(items):
        if compact:
            out.write(f'      - {{id: item-{s}-{i}, text: S {i}.{s}}}\n')
            continue
        out.write(f'      - id: item-{s}-{i}\n')
        out.write(f'        text: Statement {i} of section {s} is met in full.\n')
        if not full:
            continue
        out.write('        guidance: What good looks like for this statement.\n')
        out.write('        evidence: [Board minutes, Policy document]\n')
        out.write('        sources: [{source: src, ref: "p. 4"}]\n')
        out.write(f'        weight: {1 + (s + i) % 3}\n')
        out.write(f'        mandatory: {"true" if (s + i) % 7 == 0 else "false"}\n')
        out.write('        profiles: [trust]\n')
