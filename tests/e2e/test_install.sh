#!/usr/bin/env bash
# `cmake --install` into a DESTDIR in the scratch folder: the binary, the
# man pages, the three shell completions, the docs and examples in their
# places (README.md, Installing), and the installed program reports on an installed
# example and completes through the installed bash script.
source "$(dirname "$0")/lib.sh"
# The man pages are part of what is installed: without them (a build
# configured with -DFTSU_BUILD_MAN=OFF, for want of scdoc) the install is
# not the whole one this test checks, so it skips, as the man page test does.
if [ ! -f "$FTSU_BUILD_DIR/man/ftsu-gap.1" ]; then
  echo "man pages not built (configured with -DFTSU_BUILD_MAN=OFF): skipped"
  exit 77
fi

dest=$SCRATCH/dest
run env DESTDIR="$dest" cmake --install "$FTSU_BUILD_DIR" --prefix /usr
expect_rc 0 "cmake --install into a DESTDIR"
usr=$dest/usr
doc=$usr/share/doc/ftsu-gap
for path in bin/ftsu-gap \
  share/bash-completion/completions/ftsu-gap \
  share/zsh/vendor-completions/_ftsu-gap \
  share/fish/vendor_completions.d/ftsu-gap.fish \
  share/doc/ftsu-gap/README.md share/doc/ftsu-gap/CHANGELOG.md \
  share/doc/ftsu-gap/copyright share/doc/ftsu-gap/changelog.gz \
  share/doc/ftsu-gap/docs/cli.md share/doc/ftsu-gap/examples/example-trust-2025-26.yaml \
  share/doc/ftsu-gap/examples/local-checklist.yaml; do
  CHECKS=$((CHECKS + 1))
  [ -s "$usr/$path" ] || fail "not installed: /usr/$path"
done
CHECKS=$((CHECKS + 1))
[ -x "$usr/bin/ftsu-gap" ] || fail "/usr/bin/ftsu-gap is not executable"
if [ -d "$FTSU_SOURCE_DIR/docs/schema" ]; then
  for schema in "$FTSU_SOURCE_DIR"/docs/schema/*; do
    CHECKS=$((CHECKS + 1))
    [ -e "$doc/docs/schema/$(basename "$schema")" ] || fail "schema not installed: $schema"
    CHECKS=$((CHECKS + 1))
    [ -e "$usr/share/ftsu-gap/schema/$(basename "$schema")" ] \
      || fail "schema not installed where written answers files name it: $schema"
  done
fi

# One man page per command, gzipped, and nothing else in man1.
mapfile -t commands < <("$usr/bin/ftsu-gap" __complete "")
expected=$( (echo ftsu-gap.1.gz; printf 'ftsu-gap-%s.1.gz\n' "${commands[@]}") | sort)
got=$(ls "$usr/share/man/man1" | sort)
CHECKS=$((CHECKS + 1))
[ "$got" = "$expected" ] || fail "man1 holds [$(tr '\n' ' ' <<<"$got")], expected [$(tr '\n' ' ' <<<"$expected")]"
run gzip -t "$usr/share/man/man1/ftsu-gap-report.1.gz"
expect_rc 0 "the installed man page is valid gzip"
run gzip -dc "$doc/changelog.gz"
expect_match "$OUT" "^ftsu-gap \\($(sed -n 's/^project(ftsu-gap VERSION \([0-9.]*\).*/\1/p' "$FTSU_SOURCE_DIR/CMakeLists.txt")\\) " \
  "changelog.gz is a Debian changelog for this version"

run "$usr/bin/ftsu-gap" report "$doc/examples/example-trust-2025-26.yaml" --format json
expect_rc 0 "the installed binary reports on an installed example"
expect_match "$OUT" '"overall"' "the report is the JSON report"

run bash --norc --noprofile -c "
  source '$usr/share/bash-completion/completions/ftsu-gap'
  COMP_WORDS=('$usr/bin/ftsu-gap' rep); COMP_CWORD=1
  _ftsu_gap; printf '%s\n' \"\${COMPREPLY[@]}\""
expect_match "$OUT" "^report\$" "the installed bash completion completes a command"

finish 21
