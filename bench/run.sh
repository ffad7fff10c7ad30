#!/usr/bin/env bash
# Runs the benchmarks of docs/performance.md and prints their ratios (never
# pass/fail thresholds; no test asserts a time). Usage:
#   bench/run.sh [BUILD_DIR] [--runs N] [--only python jobs floor validate startup large memory]
# BUILD_DIR (default build) must hold ftsu-gap and yaml_floor: `make bench`
# builds both, then runs this.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
[ $# -gt 0 ] && shift
for program in ftsu-gap yaml_floor; do
  [ -x "$build/$program" ] || { echo "bench: $build/$program is missing; run 'make bench'" >&2; exit 2; }
done
exec python3 "$here/compare.py" "$build" "$@"
