#include <ftsu/cli/signals.hpp>

#include <csignal>
#include <initializer_list>

namespace ftsu::cli {

namespace {

volatile std::sig_atomic_t g_signal = 0;

extern "C" void
record_signal(int signal_number)
{
  g_signal = signal_number;
}

} // namespace

void
install_interrupt_handlers()
{
  struct sigaction action
  {
  };
  action.sa_handler = record_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0; // no SA_RESTART: a blocked read returns with EINTR
  for (const int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
    ::sigaction(signal_number, &action, nullptr);
  }
}

int
pending_signal()
{
  return g_signal;
}

} // namespace ftsu::cli
