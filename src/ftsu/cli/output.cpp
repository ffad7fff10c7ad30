#include <ftsu/cli/io.hpp>
#include <ftsu/cli/output.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <string>

#include <sys/ioctl.h>
#include <unistd.h>

namespace ftsu::cli {

std::optional<ColorMode>
parse_color_mode(std::string_view text)
{
  if (text == "auto") {
    return ColorMode::auto_;
  }
  if (text == "always") {
    return ColorMode::always;
  }
  if (text == "never") {
    return ColorMode::never;
  }
  return std::nullopt;
}

bool
use_color(ColorMode mode, int fd)
{
  // docs/cli.md#colour: colour only when the stream is a terminal, NO_COLOR
  // is unset (or empty) and --color allows it.
  if (mode == ColorMode::never || ::isatty(fd) != 1) {
    return false;
  }
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') {
    return false;
  }
  if (mode == ColorMode::always) {
    return true;
  }
  const char* term = std::getenv("TERM");
  return term == nullptr || std::string_view(term) != "dumb";
}

std::size_t
output_width(std::size_t cap)
{
  if (::isatty(STDOUT_FILENO) != 1) {
    return 80;
  }
  struct winsize size
  {
  };
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= 40) {
    return std::min<std::size_t>(size.ws_col, cap);
  }
  return 80;
}

report::Layout
layout_for(const std::string& output, const GlobalOptions& global, std::size_t cap)
{
  report::Layout layout;
  const bool to_stdout = output == "-";
  layout.width = to_stdout ? output_width(cap) : 80;
  layout.color = to_stdout && use_color(global.color, STDOUT_FILENO);
  layout.unicode = !to_stdout || terminal_is_utf8();
  return layout;
}

util::Date
generation_date()
{
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  if (epoch == nullptr || *epoch == '\0' || std::string_view(epoch).size() > 12
      || !std::all_of(epoch, epoch + std::string_view(epoch).size(), [](char ch) {
           return ch >= '0' && ch <= '9';
         })) {
    return util::today_utc();
  }
  const std::chrono::sys_days day{
      std::chrono::floor<std::chrono::days>(std::chrono::seconds(std::stoll(epoch)))};
  const std::chrono::year_month_day ymd{day};
  return util::Date{static_cast<int>(ymd.year()),
                    static_cast<int>(static_cast<unsigned>(ymd.month())),
                    static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

bool
terminal_is_utf8()
{
  for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const char* value = std::getenv(name);
    if (value != nullptr && value[0] != '\0') {
      const std::string lower = util::to_lower(value);
      return lower.find("utf-8") != std::string::npos || lower.find("utf8") != std::string::npos;
    }
  }
  return false;
}

void
print_diagnostics(const std::vector<core::Diagnostic>& diagnostics, bool quiet)
{
  std::string out;
  for (const auto& diagnostic : diagnostics) {
    if (quiet && diagnostic.severity == core::Severity::warning) {
      continue;
    }
    out += util::for_terminal_line(core::format_diagnostic(diagnostic));
    out += '\n';
  }
  write_stderr(out);
}

void
print_error(std::string_view message)
{
  write_stderr(fmt::format("ftsu-gap: error: {}\n", util::for_terminal_line(message)));
}

} // namespace ftsu::cli
