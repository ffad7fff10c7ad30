#pragma once

#include <deque>

// Reading the keys typed at a terminal in raw mode, for the line editor:
// one key at a time, escape sequences decoded whole, and a read that a
// signal ends at once.
namespace ftsu::cli {

// What reading one key gave.
enum class KeyRead { key, redraw, end, interrupted, error };

// Reads one key from `fd` and appends to `keys` what libedit's emacs map
// should read for it: a character or control character as typed; Ctrl-B,
// Ctrl-F, Ctrl-P, Ctrl-N, Ctrl-A and Ctrl-E for the Left, Right, Up, Down,
// Home and End keys; `ESC [ 3 ~` for Delete and `ESC b`, `ESC f`, `ESC d`,
// `ESC DEL` for the word keys (Alt or Ctrl with an arrow, Alt-b, Alt-f,
// Alt-d, Alt-Backspace). Any other escape sequence (function keys, Insert,
// Page Up, other Alt keys, bracketed paste markers, a lone Esc), ill-formed
// UTF-8 and C1 controls append nothing. Returns KeyRead::interrupted as soon
// as signals.hpp records a signal, even one that came just before the wait,
// and KeyRead::redraw when raw_mode.hpp has a redraw pending.
KeyRead read_key(int fd, std::deque<wchar_t>& keys);

} // namespace ftsu::cli
