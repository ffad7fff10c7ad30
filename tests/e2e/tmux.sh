# Helpers for the tests that run ftsu-gap at a real pseudo-terminal (tmux),
# sourced after lib.sh. Skips the test (exit 77) when tmux is missing, and
# works in $SCRATCH.
if ! command -v tmux >/dev/null; then
  echo "tmux not installed: skipped (scripts/install-deps installs it)"
  exit 77
fi
cd "$SCRATCH" || exit 1
TMUX_SOCKET="ftsu-e2e-$$"
tm() { tmux -L "$TMUX_SOCKET" "$@"; }
trap 'tm kill-server 2>/dev/null' EXIT

# start ARGS...: runs `ftsu-gap ARGS` in a fresh 100x50 terminal, with the
# variables in $ASSESS_ENV (such as "EDITOR=x") when set; its exit code lands
# in $SCRATCH/exit, and the terminal's settings before and after it in
# $SCRATCH/stty.before and $SCRATCH/stty.after.
SESSION=0
ASSESS_ENV=""
start() {
  rm -f "$SCRATCH/exit" "$SCRATCH/stty.before" "$SCRATCH/stty.after"
  : >"$SENT_SCREEN"
  SESSION=$((SESSION + 1))
  # The whole session stays in the history, so counting a text on the
  # screen (wait_for) never loses an old copy that scrolled away.
  tm start-server \; set-option -g history-limit 100000 \; new-session -d -s "s$SESSION" -x 100 -y 50 \
    "cd '$SCRATCH' && stty -g >'$SCRATCH/stty.before'; $ASSESS_ENV LANG=C.UTF-8 '$FTSU_GAP' $*; rc=\$?; stty -g >'$SCRATCH/stty.after'; echo \$rc >'$SCRATCH/exit'; sleep 120"
  # The old session goes only once the new one runs: a server left with no
  # session exits, and a new session started meanwhile would race with it.
  [ "$SESSION" -gt 1 ] && tm kill-session -t "s$((SESSION - 1))" 2>/dev/null
  return 0
}
screen() { tm capture-pane -p -t "s$SESSION" -S -200; }
# The whole history of the session's screen.
history_screen() { tm capture-pane -p -t "s$SESSION" -S -; }
# What the screen held when keys were last sent (see `keys`), so wait_for
# waits for what the program printed after them.
SENT_SCREEN="$SCRATCH/.screen-at-send"
: >"$SENT_SCREEN"
# count_of TEXT: how many times TEXT stands in standard input.
count_of() { grep -Fo -- "$1" | wc -l; }
# wait_for TEXT: until the screen shows TEXT more often than it did when
# keys were last sent (20 s at most). A prompt that an earlier question
# left on the screen therefore does not count: the program has printed
# this one, and set the terminal up for it, when wait_for returns.
wait_for() {
  local before
  before=$(count_of "$1" <"$SENT_SCREEN")
  for _ in $(seq 200); do
    [ "$(history_screen | count_of "$1")" -gt "$before" ] && return 0
    sleep 0.1
  done
  fail "the screen never showed: $1"
  screen | tail -15
  return 1
}
# keys KEY...: presses keys by their tmux names (Left, C-a, F5, ...).
keys() {
  history_screen >"$SENT_SCREEN"
  tm send-keys -t "s$SESSION" "$@"
}
# type_text TEXT: types TEXT as it is, without Enter.
type_text() {
  history_screen >"$SENT_SCREEN"
  tm send-keys -t "s$SESSION" -l -- "$1"
}
type_line() {
  type_text "$1"
  keys Enter
}
# wait_exit CODE DESCRIPTION
wait_exit() {
  for _ in $(seq 200); do
    [ -s "$SCRATCH/exit" ] && break
    sleep 0.1
  done
  RC=$(cat "$SCRATCH/exit" 2>/dev/null || echo none)
  OUT=$(screen)
  ERR=""
  CHECKS=$((CHECKS + 1))
  if [ "$RC" != "$1" ]; then
    fail "$2: exit $RC, expected $1"
    screen | tail -15
  fi
}
# expect_terminal_restored DESCRIPTION: after wait_exit, the terminal's
# settings are what they were before ftsu-gap ran.
expect_terminal_restored() {
  CHECKS=$((CHECKS + 1))
  if ! cmp -s "$SCRATCH/stty.before" "$SCRATCH/stty.after"; then
    fail "$1: the terminal was left changed"
    cat "$SCRATCH/stty.before" "$SCRATCH/stty.after" 2>&1
  fi
}
# assess_pid FILE: the pid of this session's `ftsu-gap assess ... -o FILE`
# (a child of the pane's shell, so no other run on the machine is taken).
assess_pid() {
  pgrep -P "$(tm display -p -t "s$SESSION" '#{pane_pid}')" -f -- "ftsu-gap assess .*-o $1"
}
