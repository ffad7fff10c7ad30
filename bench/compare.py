#!/usr/bin/env python3
"""compare.py BUILD_DIR [--runs N] [--only NAME...]

The benchmarks of docs/performance.md: each compares two commands run side
by side (A B A B ..., N rounds, after one warm-up of each) and prints the
ratio of their median wall times, so a machine shared with other work slows
both alike. Inputs are generated in a temporary folder. Nothing here passes
or fails: the targets are printed beside the figures for a person to read.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PY_AGGREGATE = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "bench", "py_aggregate.py"))


def measure(cmd):
    """Runs `cmd` (output discarded); returns wall seconds, CPU seconds
    (user + system) and peak resident memory in MiB. The memory comes from
    /usr/bin/time, since a child's own ru_maxrss counts the memory of this
    Python process it was forked from."""
    with tempfile.NamedTemporaryFile("r") as rss, open(os.devnull, "wb") as null:
        start = time.perf_counter()
        proc = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", rss.name, *cmd],
                                stdout=null, stderr=null)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            sys.exit(f"command failed ({code}): {' '.join(cmd)}")
        kib = int(rss.read().split()[-1])
    return wall, usage.ru_utime + usage.ru_stime, kib / 1024


def side_by_side(a, b, runs):
    """Returns the medians (wall, cpu, MiB) of `a` and of `b`, run in turn."""
    measure(a)
    measure(b)
    got_a, got_b = [], []
    for _ in range(runs):
        got_a.append(measure(a))
        got_b.append(measure(b))
    med = lambda got, k: statistics.median(g[k] for g in got)
    return ([med(got_a, k) for k in range(3)], [med(got_b, k) for k in range(3)],
            [g[0] for g in got_a], [g[0] for g in got_b])


def report(name, label_a, label_b, target, result):
    a, b, all_a, all_b = result
    ratio = a[0] / b[0]
    cpu_ratio = a[1] / b[1] if b[1] > 0 else float("nan")
    print(f"\n## {name}")
    print(f"  A {label_a}: median {a[0]:.3f} s wall, {a[1]:.3f} s CPU ({a[1] / a[0]:.2f} cores), "
          f"{a[2]:.1f} MiB"
          f"  (runs: {', '.join(f'{t:.3f}' for t in all_a)})")
    print(f"  B {label_b}: median {b[0]:.3f} s wall, {b[1]:.3f} s CPU ({b[1] / b[0]:.2f} cores), "
          f"{b[2]:.1f} MiB"
          f"  (runs: {', '.join(f'{t:.3f}' for t in all_b)})")
    print(f"  ratio A/B = {ratio:.2f} wall, {cpu_ratio:.2f} CPU   (target: {target}, wall)")
    sys.stdout.flush()
    return ratio


def generate(work, build):
    def gen(name, count):
        folder = os.path.join(work, name)
        subprocess.run([sys.executable, os.path.join(HERE, "gen-answers.py"), folder, str(count)],
                       check=True)
        return folder
    n2k = gen("n2k", 2000)
    big = os.path.join(work, "large-20k.yaml")
    with open(big, "w") as out:
        subprocess.run([sys.executable, os.path.join(HERE, "gen-large-checklist.py"), "20000", "1"],
                       stdout=out, check=True)
    return n2k, big


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", "5")))
    parser.add_argument("--only", nargs="*", default=None)
    args = parser.parse_args()
    ftsu = os.path.abspath(os.path.join(args.build, "ftsu-gap"))
    floor = os.path.abspath(os.path.join(args.build, "yaml_floor"))
    want = lambda name: args.only is None or name in args.only
    with tempfile.TemporaryDirectory() as work:
        n2k, big = generate(work, args.build)
        answers = os.path.join(n2k, "answers")
        files = sorted(os.path.join(answers, f) for f in os.listdir(answers))
        checklist = os.path.join(n2k, "checklist.yaml")
        out = os.path.join(work, "out.json")
        agg = [ftsu, "aggregate", answers, "--checklist", checklist, "--format", "json", "-o", out]
        print(f"{len(files)} answers files of 150 items, "
              f"{sum(os.path.getsize(f) for f in files) / 1e6:.1f} MB; "
              f"{os.cpu_count()} cores; {args.runs} rounds each")
        if want("python"):
            report("aggregate against py_aggregate.py (2,000 files)", "py_aggregate.py",
                   "ftsu-gap aggregate (default jobs)", "A/B >= 4",
                   side_by_side([sys.executable, PY_AGGREGATE, checklist, *files], agg, args.runs))
        if want("jobs"):
            report("--jobs 1 against --jobs 2 (2,000 files)", "--jobs 1", "--jobs 2",
                   "A/B >= 1.7",
                   side_by_side(agg + ["--jobs", "1"], agg + ["--jobs", "2"], args.runs))
        if want("floor"):
            report("--jobs 1 against the yaml-cpp floor (2,000 files)", "aggregate --jobs 1",
                   "yaml_floor", "A/B <= 1.25",
                   side_by_side(agg + ["--jobs", "1"], [floor, answers], args.runs))
        if want("validate"):
            report("validate against aggregate (2,000 files)", "validate",
                   "aggregate", "A/B <= 1.25",
                   side_by_side([ftsu, "-q", "validate", "--checklist", checklist, *files], agg,
                                args.runs))
        if want("startup"):
            trust = os.path.join(HERE, "..", "examples", "example-trust-2025-26.yaml")
            report("report on the example trust against --version", "report", "--version",
                   "A/B <= 3",
                   side_by_side([ftsu, "report", trust],
                                [ftsu, "--version"], max(args.runs, 20)))
        if want("large"):
            report("validate of a 20,000-section checklist against the floor", "validate",
                   "yaml_floor", "A/B <= 1.3",
                   side_by_side([ftsu, "-q", "validate", big], [floor, big], args.runs))
        if want("memory"):
            shutil_rm(n2k)
            sizes = {}
            for count in (1000, 10000):
                folder = os.path.join(work, f"n{count}")
                subprocess.run([sys.executable, os.path.join(HERE, "gen-answers.py"), folder,
                                str(count)], check=True)
                wall, cpu, mib = measure([ftsu, "aggregate", os.path.join(folder, "answers"),
                                          "--checklist", os.path.join(folder, "checklist.yaml"),
                                          "--format", "json", "-o", out])
                sizes[count] = mib
                print(f"\n## peak memory, {count} files: {mib:.1f} MiB max RSS "
                      f"({wall:.2f} s wall, {cpu:.2f} s CPU)  (target at 10,000: < 64 MiB)")
                shutil_rm(folder)
            print(f"  growth from 1,000 to 10,000 files: {sizes[10000] - sizes[1000]:.1f} MiB")


def shutil_rm(path):
    import shutil
    shutil.rmtree(path, ignore_errors=True)


if __name__ == "__main__":
    main()
