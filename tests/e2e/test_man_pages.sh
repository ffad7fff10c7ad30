#!/usr/bin/env bash
# The man pages (man/*.1.scd, built into $FTSU_BUILD_DIR/man): each renders
# with `man --warnings` and no warning, every command has a page, and every
# option and format the program defines (asked of it through the hidden
# `__complete`, so this list cannot drift) is listed in its command's page.
source "$(dirname "$0")/lib.sh"

man_dir=$FTSU_BUILD_DIR/man
if [ ! -f "$man_dir/ftsu-gap.1" ]; then
  echo "man pages not built (configured with -DFTSU_BUILD_MAN=OFF): skipped"
  exit 77
fi
if ! command -v man >/dev/null; then
  echo "man not installed: skipped (scripts/install-deps installs man-db)"
  exit 77
fi
export MANWIDTH=80 LC_ALL=C.UTF-8

# render PAGE: the page as text, with words broken by hyphenation at the end
# of a line joined again.
render() {
  man -l "$1" 2>/dev/null | sed -z 's/‐\n *//g'
}

# An option is listed when a line of the page starts with it, alone or
# among its other names ("-o, --output FILE").
listed() {
  local name='(-[a-z]|--[a-z-]+)( [A-Z_]+)?'
  grep -Eq -- "^ +($name, )*$2( [A-Z_]+)?(, $name)*\$" <<<"$1"
}

pages=("$man_dir"/*.1)
CHECKS=$((CHECKS + 1))
[ "${#pages[@]}" -ge 12 ] || fail "only ${#pages[@]} pages in $man_dir"
for page in "${pages[@]}"; do
  warnings=$(man --warnings -l "$page" 2>&1 >/dev/null)
  CHECKS=$((CHECKS + 1))
  [ -z "$warnings" ] || fail "$(basename "$page"): man --warnings: $warnings"
  CHECKS=$((CHECKS + 1))
  [ -s "$page.gz" ] && gzip -t "$page.gz" || fail "$(basename "$page").gz missing or broken"
  text=$(render "$page")
  for section in NAME SYNOPSIS DESCRIPTION OPTIONS "EXIT STATUS" ENVIRONMENT FILES EXAMPLES; do
    expect_match "$text" "^$section\$" "$(basename "$page") has $section"
  done
  expect_match "$text" "FTSU_GAP_CHECKLISTS" "$(basename "$page") names FTSU_GAP_CHECKLISTS"
  expect_match "$text" "NO_COLOR" "$(basename "$page") names NO_COLOR"
done
expect_match "$(render "$man_dir/ftsu-gap.1")" "VISUAL, EDITOR" "ftsu-gap(1) names VISUAL and EDITOR"
expect_match "$(render "$man_dir/ftsu-gap-assess.1")" "VISUAL, EDITOR" "ftsu-gap-assess(1) names VISUAL and EDITOR"

# The global options, in the main page.
main_text=$(render "$man_dir/ftsu-gap.1")
mapfile -t globals < <("$FTSU_GAP" __complete -)
CHECKS=$((CHECKS + 1))
[ "${#globals[@]}" -ge 4 ] || fail "__complete - lists ${#globals[@]} global options"
for option in "${globals[@]}"; do
  CHECKS=$((CHECKS + 1))
  listed "$main_text" "$option" || fail "ftsu-gap(1) does not list $option"
done

mapfile -t commands < <("$FTSU_GAP" __complete "")
CHECKS=$((CHECKS + 1))
[ "${#commands[@]}" -ge 11 ] || fail "__complete lists ${#commands[@]} commands"
for command in "${commands[@]}"; do
  page=$man_dir/ftsu-gap-$command.1
  CHECKS=$((CHECKS + 1))
  if [ ! -f "$page" ]; then
    fail "no man page for $command ($page)"
    continue
  fi
  text=$(render "$page")
  expect_match "$main_text" "^ +$command( |\$)" "ftsu-gap(1) lists $command"
  # Every option of the command, and the global ones, which work after it.
  mapfile -t options < <("$FTSU_GAP" __complete "$command" -)
  for option in "${options[@]}"; do
    CHECKS=$((CHECKS + 1))
    listed "$text" "$option" || fail "ftsu-gap-$command(1) does not list $option"
  done
  # Every format the command writes.
  # (A loop, not `printf | grep -q`, whose early exit can fail the pipe
  # under pipefail.)
  has_format=0
  for option in "${options[@]}"; do
    [ "$option" = --format ] && has_format=1
  done
  if [ "$has_format" = 1 ]; then
    while IFS= read -r format; do
      expect_match "$text" "(^|[^[:alnum:]])$format([^[:alnum:]]|\$)" "ftsu-gap-$command(1) names --format $format"
    done < <("$FTSU_GAP" __complete "$command" --format "")
  fi
done

# The check itself finds a missing option: a page without --top fails it.
report_text=$(render "$man_dir/ftsu-gap-report.1" | grep -v -- '--top')
CHECKS=$((CHECKS + 1))
if listed "$report_text" --top; then
  fail "the listing check did not notice --top missing"
fi

finish 300
