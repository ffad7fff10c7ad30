#include <ftsu/cli/output.hpp>
#include <ftsu/cli/platform.hpp>

#include <csignal>
#include <cstdlib>
#include <ctime>

#include <sys/ioctl.h>
#include <unistd.h>

namespace ftsu::cli {

void
prepare_process()
{
  struct sigaction action
  {
  };
  action.sa_handler = SIG_IGN;
  sigemptyset(&action.sa_mask);
  ::sigaction(SIGPIPE, &action, nullptr);
}

bool
is_terminal(StandardStream stream)
{
  switch (stream) {
  case StandardStream::input:
    return ::isatty(STDIN_FILENO) == 1;
  case StandardStream::output:
    return ::isatty(STDOUT_FILENO) == 1;
  case StandardStream::error:
    return ::isatty(STDERR_FILENO) == 1;
  }
  return false;
}

StdoutTerminal
StdoutTerminal::current()
{
  StdoutTerminal terminal;
  terminal.is_terminal = ::isatty(STDOUT_FILENO) == 1;
  struct winsize size
  {
  };
  if (terminal.is_terminal && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0) {
    terminal.columns = size.ws_col;
  }
  return terminal;
}

std::optional<std::string>
environment_value(const char* name)
{
  const char* value = std::getenv(name);
  return value == nullptr ? std::nullopt : std::optional<std::string>(value);
}

std::optional<util::Date>
local_date(std::int64_t seconds)
{
  const auto time = static_cast<std::time_t>(seconds);
  std::tm tm{};
  tzset();
  if (localtime_r(&time, &tm) == nullptr) {
    return std::nullopt;
  }
  return util::Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

std::optional<std::string>
console_locale()
{
  return std::nullopt;
}

char
path_list_separator()
{
  return ':';
}

std::filesystem::path
to_path(std::string_view utf8)
{
  return {utf8};
}

std::string
from_path(const std::filesystem::path& path)
{
  return path.string();
}

} // namespace ftsu::cli
