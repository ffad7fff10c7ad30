#pragma once

#include <array>
#include <csignal>

// Signals while a line editor has the terminal in its raw mode. SIGINT,
// SIGTERM and SIGHUP stay with signals.hpp; these are the others a raw mode
// must answer: a stop or a quit must not leave the terminal raw, and the
// line must be drawn again after a stop or a resize.
namespace ftsu::cli {

// Why the line being edited must be drawn again.
enum class Redraw { continued, resized };

// Returns true when some redraw is pending.
bool redraw_pending();

// Returns whether `why` happened since the last call, and forgets it.
bool take_redraw(Redraw why);

// While alive: SIGTSTP and SIGQUIT put back the terminal settings of when it
// was made before they stop or end the program; SIGCONT puts the raw mode
// back (see note_raw_mode), and it and SIGWINCH make a redraw pending. A
// signal that is ignored stays ignored; the old handlers come back when it
// goes. Made just before the line editor switches to its raw mode.
class RawModeSignals
{
public:
  RawModeSignals();
  ~RawModeSignals();
  RawModeSignals(const RawModeSignals&) = delete;
  RawModeSignals& operator=(const RawModeSignals&) = delete;

  // Records the terminal's settings now as the raw mode that SIGCONT puts
  // back; called once the editor has switched to it.
  static void note_raw_mode();

private:
  static constexpr std::array<int, 4> k_signals{SIGTSTP, SIGQUIT, SIGCONT, SIGWINCH};
  std::array<struct sigaction, 4> m_old{};
};

} // namespace ftsu::cli
