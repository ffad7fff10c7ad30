#!/usr/bin/env bash
# fish completion (completions/ftsu-gap.fish), asked of fish itself with
# `complete -C` (what fish would offer at a Tab), against the built binary.
source "$(dirname "$0")/lib.sh"

if ! command -v fish >/dev/null; then
  echo "fish not installed: skipped (scripts/install-deps installs it)"
  exit 77
fi
cd "$SCRATCH" || exit 1
mkdir -p bin sub home
ln -s "$FTSU_GAP" bin/ftsu-gap
: >answers-2026.yaml

# complete LINE: the candidates fish offers at the end of LINE, sorted,
# without their descriptions.
complete() {
  HOME=$SCRATCH/home XDG_CONFIG_HOME=$SCRATCH/home PATH="$SCRATCH/bin:$PATH" \
    fish --no-config -c "source '$FTSU_SOURCE_DIR/completions/ftsu-gap.fish'; complete -C '$1'" |
    cut -f1 | sort
}

# expect_completion LINE EXPECTED...
expect_completion() {
  local line=$1
  shift
  got=$(complete "$line")
  expected=$(printf '%s\n' "$@" | sort)
  CHECKS=$((CHECKS + 1))
  if [ "$got" != "$expected" ]; then
    fail "fish: '$line'<TAB>: got [$(tr '\n' ' ' <<<"$got")], expected [$*]"
  fi
}

expect_completion "ftsu-gap rep" report
expect_completion "ftsu-gap help tr" trend
# report's formats, as the program itself offers them (its __complete reads
# the command's format table); at least two, so an empty list cannot pass.
mapfile -t report_formats < <("$FTSU_GAP" __complete report x.yaml --format "" | grep -v '^:')
CHECKS=$((CHECKS + 1))
[ "${#report_formats[@]}" -ge 2 ] || fail "__complete offers report [${report_formats[*]}]: fewer than two formats"
expect_completion "ftsu-gap report x.yaml --format " "${report_formats[@]}"
expect_completion "ftsu-gap report x.yaml --color n" never
expect_completion "ftsu-gap report x.yaml --gaps" --gaps-only
expect_completion "ftsu-gap show ngo-case-reviews@" ngo-case-reviews@2026.1 ngo-case-reviews@2026.2 ngo-case-reviews@2027.1
expect_completion "ftsu-gap init ngo-case-reviews --profile " primary-care trust
expect_completion "ftsu-gap assess ngo-case-reviews -o a.yaml --section guardian" guardian-role
expect_completion "ftsu-gap report ans" answers-2026.yaml
expect_completion "ftsu-gap list --checklist-dir s" sub/
expect_completion "ftsu-gap init x --organisation "

finish 12
