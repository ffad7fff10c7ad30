#include <ftsu/cli/raw_mode.hpp>

#include <cerrno>

#include <termios.h>
#include <unistd.h>

namespace ftsu::cli {

namespace {

// The terminal's settings before the raw mode, and the raw mode itself.
termios g_cooked{};
termios g_raw{};
volatile std::sig_atomic_t g_have_cooked = 0;
volatile std::sig_atomic_t g_have_raw = 0;
volatile std::sig_atomic_t g_continued = 0;
volatile std::sig_atomic_t g_resized = 0;

// SIGTSTP and SIGQUIT: the terminal goes back to its normal mode, then the
// signal does what it would have done (stop, or end with a core dump).
extern "C" void
leave_raw_mode(int signal_number)
{
  const int saved_errno = errno;
  if (g_have_cooked != 0) {
    ::tcsetattr(STDIN_FILENO, TCSADRAIN, &g_cooked);
  }
  struct sigaction fallback
  {
  };
  fallback.sa_handler = SIG_DFL;
  sigemptyset(&fallback.sa_mask);
  struct sigaction ours
  {
  };
  ::sigaction(signal_number, &fallback, &ours);
  sigset_t only;
  sigemptyset(&only);
  sigaddset(&only, signal_number);
  ::raise(signal_number);
  ::sigprocmask(SIG_UNBLOCK, &only, nullptr);
  // Back here after SIGCONT (SIGQUIT does not come back).
  ::sigaction(signal_number, &ours, nullptr);
  errno = saved_errno;
}

// SIGCONT puts the raw mode back (a shell restores its own settings when a
// job stops); it and SIGWINCH are recorded so the line is drawn again.
extern "C" void
note_continue_or_resize(int signal_number)
{
  const int saved_errno = errno;
  if (signal_number == SIGCONT) {
    if (g_have_raw != 0) {
      ::tcsetattr(STDIN_FILENO, TCSADRAIN, &g_raw);
    }
    g_continued = 1;
  } else {
    g_resized = 1;
  }
  errno = saved_errno;
}

} // namespace

bool
redraw_pending()
{
  return g_continued != 0 || g_resized != 0;
}

bool
take_redraw(Redraw why)
{
  volatile std::sig_atomic_t& flag = why == Redraw::continued ? g_continued : g_resized;
  const bool pending = flag != 0;
  flag = 0;
  return pending;
}

RawModeSignals::RawModeSignals()
{
  g_have_raw = 0;
  g_have_cooked = ::tcgetattr(STDIN_FILENO, &g_cooked) == 0 ? 1 : 0;
  for (std::size_t i = 0; i < k_signals.size(); ++i) {
    struct sigaction action
    {
    };
    const bool stops = k_signals[i] == SIGTSTP || k_signals[i] == SIGQUIT;
    action.sa_handler = stops ? leave_raw_mode : note_continue_or_resize;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(k_signals[i], nullptr, &m_old[i]);
    if (m_old[i].sa_handler != SIG_IGN) {
      ::sigaction(k_signals[i], &action, nullptr);
    }
  }
}

RawModeSignals::~RawModeSignals()
{
  for (std::size_t i = 0; i < k_signals.size(); ++i) {
    ::sigaction(k_signals[i], &m_old[i], nullptr);
  }
  g_have_raw = 0;
}

void
RawModeSignals::note_raw_mode()
{
  if (g_have_raw == 0 && ::tcgetattr(STDIN_FILENO, &g_raw) == 0) {
    g_have_raw = 1;
  }
}

} // namespace ftsu::cli
