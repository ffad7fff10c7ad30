#!/usr/bin/env python3
"""Writes a legal answers file for the checklist gen-large-checklist.py
writes with the same SECTIONS and ITEMS (id `large`, version "1"), for the
memory and scale benchmarks. Every item gets an answer (met, partial,
not-met, na or empty, in a fixed pseudo-random order).

  gen-large-answers.py SECTIONS [ITEMS] [--full] [--seed=N] [--max-bytes=N]

Without --full each answer is one line (`  item-3-0: met`, about 20 bytes);
with --full every entry is in the long form with evidence, and the items
with a gap also have an action, owner, due date and status (about 300
bytes). --seed changes the answers (so two files differ, for diff);
--max-bytes stops before the file would pass N bytes (the answers then
cover the first items only, which is still legal)."""
import random
import sys

args = [a for a in sys.argv[1:] if not a.startswith("--")]
opts = dict(a[2:].split("=", 1) if "=" in a else (a[2:], "") for a in sys.argv[1:]
            if a.startswith("--"))
full = "full" in opts
seed = int(opts.get("seed", "1"))
max_bytes = int(opts.get("max-bytes", "0")) or None
sections = int(args[0]) if len(args) > 0 else 20000
items = int(args[1]) if len(args) > 1 else 1
rng = random.Random(seed)
choices = ["met", "partial", "not-met", "na", ""]

parts = ['format: ftsu-gap/answers/v1\nchecklist: large\nchecklist_version: "1"\n',
         'organisation: Example Trust\nperiod: "2026/27"\nassessed_on: 2027-03-31\n',
         'assessors: [Guardian, Director of People]\nanswers:\n']
size = sum(len(p.encode()) for p in parts)


def entry(s, i):
    key = f"item-{s}-{i}"
    answer = rng.choice(choices)
    if not full:
        return f"  {key}: {answer}\n"
    text = f"  {key}:\n    answer: {answer or '~'}\n"
    text += (f"    evidence: Board paper {s}.{i} and the guardian's log for the quarter "
             f"show this in practice.\n")
    if answer in ("partial", "not-met", ""):
        text += (f"    action: Bring a paper on statement {i} of section {s} to the people "
                 f"committee.\n")
        text += "    owner: Director of People\n"
        text += f"    due: 2027-{1 + (s + i) % 12:02d}-{1 + (s * 7 + i) % 28:02d}\n"
        text += f"    status: {rng.choice(['open', 'in-progress'])}\n"
    if (s + i) % 5 == 0:
        text += "    note: Checked again at the quarterly review.\n"
    return text


out = sys.stdout
out.write("".join(parts))
for s in range(sections):
    for i in range(items):
        text = entry(s, i)
        size += len(text.encode())
        if max_bytes is not None and size > max_bytes:
            sys.exit(0)
        out.write(text)
