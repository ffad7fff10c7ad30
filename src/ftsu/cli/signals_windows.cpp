#include <ftsu/cli/signals.hpp>

#include <atomic>
#include <csignal>

#include <windows.h>

// Windows has no SIGINT from the console: Ctrl-C, Ctrl-Break and closing
// the window (or logging off) reach a handler set with
// SetConsoleCtrlHandler, on a thread of their own.
namespace ftsu::cli {

namespace {

std::atomic<int> g_signal{0};
// The thread that reads the answers: a read it is blocked in (a pipe's
// ReadFile) is cancelled, as a POSIX signal ends read(2) with EINTR. A
// console read (ReadConsoleW) ends by itself on Ctrl-C.
HANDLE g_main_thread = nullptr;

BOOL WINAPI
on_console_event(DWORD event)
{
  switch (event) {
  case CTRL_C_EVENT:
  case CTRL_BREAK_EVENT:
    g_signal = SIGINT;
    ::CancelSynchronousIo(g_main_thread);
    return TRUE;
  case CTRL_CLOSE_EVENT:
  case CTRL_LOGOFF_EVENT:
  case CTRL_SHUTDOWN_EVENT:
    g_signal = SIGTERM;
    ::CancelSynchronousIo(g_main_thread);
    // Windows ends the process when this returns: wait here while the
    // reading thread saves and exits (Windows allows about 5 seconds).
    ::Sleep(5000);
    return TRUE;
  default:
    return FALSE;
  }
}

} // namespace

void
install_interrupt_handlers()
{
  if (g_main_thread == nullptr) {
    ::DuplicateHandle(::GetCurrentProcess(),
                      ::GetCurrentThread(),
                      ::GetCurrentProcess(),
                      &g_main_thread,
                      0,
                      FALSE,
                      DUPLICATE_SAME_ACCESS);
  }
  ::SetConsoleCtrlHandler(on_console_event, TRUE);
}

int
pending_signal()
{
  return g_signal;
}

} // namespace ftsu::cli
