#include <ftsu/cli/io.hpp>
#include <ftsu/cli/output.hpp>
#include <ftsu/cli/platform.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace ftsu::cli {

OutputEnvironment
OutputEnvironment::current()
{
  OutputEnvironment env{environment_value("NO_COLOR"),
                        environment_value("TERM"),
                        environment_value("LC_ALL"),
                        environment_value("LC_CTYPE"),
                        environment_value("LANG")};
  if (!env.lc_all && !env.lc_ctype && !env.lang) {
    env.lc_ctype = console_locale();
  }
  return env;
}

bool
use_color(ColorMode mode, bool is_terminal, const OutputEnvironment& env)
{
  // docs/cli.md#colour: colour only when the stream is a terminal, NO_COLOR
  // is unset (or empty) and --color allows it.
  if (mode == ColorMode::never || !is_terminal) {
    return false;
  }
  if (env.no_color && !env.no_color->empty()) {
    return false;
  }
  if (mode == ColorMode::always) {
    return true;
  }
  return !env.term || *env.term != "dumb";
}

bool
use_color(ColorMode mode, StandardStream stream)
{
  const bool escapes = stream != StandardStream::output || StdoutTerminal::current().escapes;
  return use_color(mode, is_terminal(stream) && escapes, OutputEnvironment::current());
}

std::size_t
output_width(const StdoutTerminal& terminal, std::size_t cap)
{
  if (!terminal.is_terminal) {
    return 80;
  }
  if (terminal.columns >= 40) {
    return std::min<std::size_t>(terminal.columns, cap);
  }
  return 80;
}

std::size_t
output_width(std::size_t cap)
{
  return output_width(StdoutTerminal::current(), cap);
}

report::Layout
layout_for(const std::string& output,
           const GlobalOptions& global,
           std::size_t cap,
           const StdoutTerminal& terminal,
           const OutputEnvironment& env)
{
  report::Layout layout;
  const bool to_stdout = output == "-";
  layout.width = to_stdout ? output_width(terminal, cap) : 80;
  layout.color =
      to_stdout && use_color(global.color, terminal.is_terminal && terminal.escapes, env);
  layout.unicode = !to_stdout || is_utf8_locale(env);
  return layout;
}

report::Layout
layout_for(const std::string& output, const GlobalOptions& global, std::size_t cap)
{
  if (output != "-") {
    return layout_for(output, global, cap, StdoutTerminal{}, OutputEnvironment{});
  }
  return layout_for(output, global, cap, StdoutTerminal::current(), OutputEnvironment::current());
}

namespace {

// Returns true when `text` is a whole number of seconds this program takes
// (digits only, at most 12 of them).
bool
is_seconds(const std::optional<std::string>& text)
{
  return text && !text->empty() && text->size() <= 12
         && std::all_of(text->begin(), text->end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

} // namespace

util::Date
today(const std::optional<std::string>& now)
{
  const std::int64_t seconds = is_seconds(now)
                                   ? std::stoll(*now)
                                   : std::chrono::duration_cast<std::chrono::seconds>(
                                         std::chrono::system_clock::now().time_since_epoch())
                                         .count();
  return local_date(seconds).value_or(util::today_utc());
}

util::Date
today()
{
  return today(environment_value("FTSU_GAP_NOW"));
}

util::Date
generation_date()
{
  const std::optional<std::string> epoch = environment_value("SOURCE_DATE_EPOCH");
  if (!is_seconds(epoch)) {
    return today();
  }
  const std::chrono::sys_days day{
      std::chrono::floor<std::chrono::days>(std::chrono::seconds(std::stoll(*epoch)))};
  const std::chrono::year_month_day ymd{day};
  return util::Date{static_cast<int>(ymd.year()),
                    static_cast<int>(static_cast<unsigned>(ymd.month())),
                    static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

bool
is_utf8_locale(const OutputEnvironment& env)
{
  for (const auto* value : {&env.lc_all, &env.lc_ctype, &env.lang}) {
    if (*value && !(*value)->empty()) {
      const std::string lower = util::to_lower(**value);
      return lower.find("utf-8") != std::string::npos || lower.find("utf8") != std::string::npos;
    }
  }
  return false;
}

bool
terminal_is_utf8()
{
  return is_utf8_locale(OutputEnvironment::current());
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
