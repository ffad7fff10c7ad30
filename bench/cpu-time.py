#!/usr/bin/env python3
"""Runs a command (its output thrown away) and prints the CPU seconds it
used, user plus system, to the microsecond: the best of --runs=N runs
(default 1). --stdin=TEXT feeds TEXT to its standard input (a backslash-n
is a newline). Usage: cpu-time.py [--runs=N] [--stdin=TEXT] COMMAND..."""
import os
import subprocess
import sys

args = sys.argv[1:]
runs = 1
stdin = None
while args and args[0].startswith("--"):
    name, _, value = args.pop(0)[2:].partition("=")
    if name == "runs":
        runs = int(value)
    elif name == "stdin":
        stdin = value.replace("\\n", "\n").encode()
best = None
for _ in range(runs):
    child = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    if stdin is not None:
        child.stdin.write(stdin)
    child.stdin.close()
    _, _, usage = os.wait4(child.pid, 0)
    seconds = usage.ru_utime + usage.ru_stime
    best = seconds if best is None else min(best, seconds)
print(f"{best:.4f}")
