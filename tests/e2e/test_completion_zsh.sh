#!/usr/bin/env bash
# zsh completion (completions/_ftsu-gap), typed with Tab into a real zsh
# (compinit, the function found in fpath as zsh finds vendor-completions)
# at a pseudo-terminal in tmux, against the built binary.
source "$(dirname "$0")/lib.sh"

if ! command -v zsh >/dev/null; then
  echo "zsh not installed: skipped (scripts/install-deps installs it)"
  exit 77
fi
source "$(dirname "$0")/tmux.sh"
mkdir -p bin zfunc sub home
ln -s "$FTSU_GAP" bin/ftsu-gap
cp "$FTSU_SOURCE_DIR/completions/_ftsu-gap" zfunc/
: >answers-2026.yaml

tm start-server \; new-session -d -s z -x 120 -y 40 \
  "cd '$SCRATCH' && env -i HOME='$SCRATCH/home' TERM=screen LANG=C.UTF-8 PATH='$SCRATCH/bin:/usr/bin:/bin' zsh -f"
SESSION=z
zkeys() { tm send-keys -t z "$@"; }
# On the screen: the text after the last prompt.
after_prompt() { tm capture-pane -p -t z | sed -n '/^READY>/h; /^READY>/!H; ${x;p}'; }
zkeys -l "fpath=('$SCRATCH/zfunc' \$fpath); autoload -Uz compinit; compinit -u -d '$SCRATCH/home/.zcompdump'; PS1='READY> '"
zkeys Enter

# expect_zsh TYPED REGEX DESCRIPTION: types TYPED, presses Tab (twice, to
# list the choices), and waits for the screen after the prompt to match.
expect_zsh() {
  zkeys C-u
  zkeys -l "$1"
  zkeys Tab
  sleep 0.3
  zkeys Tab
  local screen_now
  for _ in $(seq 50); do
    screen_now=$(after_prompt)
    grep -Eq -- "$2" <<<"$screen_now" && break
    sleep 0.1
  done
  expect_match "$screen_now" "$2" "zsh: $3"
}

# A unique match is completed (tmux drops the space after it), and the
# second Tab then lists what comes next.
expect_zsh "ftsu-gap rep" "^READY> ftsu-gap report\$" "a command"
# The formats as the program itself offers them (its __complete reads the
# command's format table): show's listed in zsh's order, and report's one
# format that starts with x completed.
formats() { "$FTSU_GAP" __complete "$@" --format "" | grep -v '^:'; }
show_listed=$(formats show x | LC_ALL=C sort | paste -sd' ' | sed 's/ / +/g')
x_format=$(formats report x.yaml | grep '^x')
CHECKS=$((CHECKS + 2))
[ "$(formats show x | wc -l)" -ge 2 ] || fail "__complete offers show [$show_listed]: fewer than two formats"
[ "$(wc -w <<<"$x_format")" -eq 1 ] || fail "__complete offers report [$x_format] starting with x, not one format"
expect_zsh "ftsu-gap show x --format " "$show_listed" "show's formats, listed"
expect_zsh "ftsu-gap report x.yaml --format x" "--format $x_format\$" "report's format that starts with x"
expect_zsh "ftsu-gap report x.yaml --color ne" "--color never\$" "a global option's choice after the command"
expect_zsh "ftsu-gap show ngo-case-reviews@" "ngo-case-reviews@2026.1 +ngo-case-reviews@2026.2" "checklist versions"
expect_zsh "ftsu-gap init ngo-case-reviews --profile " "primary-care +trust" "profile keys"
expect_zsh "ftsu-gap report an" "ftsu-gap report answers-2026.yaml\$" "a file name"
expect_zsh "ftsu-gap list --checklist-dir s" "--checklist-dir sub/\$" "a folder name"
zkeys C-u
finish 10
