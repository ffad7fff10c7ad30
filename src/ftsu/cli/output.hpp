#pragma once

#include <ftsu/cli/platform.hpp>
#include <ftsu/core/diagnostic.hpp>
#include <ftsu/report/format.hpp>
#include <ftsu/util/date.hpp>
#include <ftsu/util/spelling.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// What the program knows about its terminal: colour, width, and how it
// prints diagnostics.
namespace ftsu::cli {

// When to colour output (--color).
enum class ColorMode { auto_, always, never, last_ = never };

// How every colour mode is spelled on the command line, the default first.
inline constexpr util::Spelling<ColorMode> k_color_modes[] = {
    {ColorMode::auto_, "auto"},
    {ColorMode::always, "always"},
    {ColorMode::never, "never"},
};
static_assert(util::spells_every(k_color_modes, ColorMode::last_));

// Returns the mode's spelling ("auto").
constexpr std::string_view
to_string(ColorMode mode)
{
  return util::spelling_of(k_color_modes, mode);
}

// Parses "auto", "always" or "never".
constexpr std::optional<ColorMode>
parse_color_mode(std::string_view text)
{
  return util::parse_spelling(k_color_modes, text);
}

// The spellings of every colour mode, the default first.
inline std::vector<std::string>
color_mode_keys()
{
  return util::spelling_keys(k_color_modes);
}

// The options every command shares.
struct GlobalOptions
{
  ColorMode color = ColorMode::auto_;
  bool quiet = false;
};

// The environment variables the output settings read (docs/cli.md#colour):
// each nullopt when unset.
struct OutputEnvironment
{
  std::optional<std::string> no_color;
  std::optional<std::string> term;
  std::optional<std::string> lc_all;
  std::optional<std::string> lc_ctype;
  std::optional<std::string> lang;

  // Returns the values of this process's environment.
  static OutputEnvironment current();
};

// What standard output is: a terminal or not, its width in columns (0
// when unknown), and whether it shows ANSI escape sequences as colour (a
// Windows console only in virtual-terminal mode; a POSIX terminal always).
struct StdoutTerminal
{
  bool is_terminal = false;
  std::size_t columns = 0;
  bool escapes = true;

  // Returns what this process's standard output is (platform_posix.cpp,
  // platform_windows.cpp).
  static StdoutTerminal current();
};

// Returns whether to colour a stream that `is_terminal` or not: only a
// terminal, when `env`'s NO_COLOR is unset or empty and `mode` allows it;
// auto also needs TERM not "dumb", which always ignores.
bool use_color(ColorMode mode, bool is_terminal, const OutputEnvironment& env);

// Returns the width to wrap text for standard output `terminal`: its width
// (at most `cap`) when it is a terminal at least 40 columns wide, else 80.
std::size_t output_width(const StdoutTerminal& terminal, std::size_t cap);

// Returns true when `env`'s locale (LC_ALL, else LC_CTYPE, else LANG: the
// first set and not empty) names UTF-8.
bool is_utf8_locale(const OutputEnvironment& env);

// Returns layout_for(output, global, cap) for standard output `terminal`
// and environment `env`; a terminal that shows no escapes gets no colour.
report::Layout layout_for(const std::string& output,
                          const GlobalOptions& global,
                          std::size_t cap,
                          const StdoutTerminal& terminal,
                          const OutputEnvironment& env);

// Returns whether to colour what is written to `stream` (docs/cli.md#colour):
// only when it is a terminal that shows escapes, NO_COLOR is unset or empty
// and `mode` allows it; auto also needs TERM not "dumb", which always ignores.
bool use_color(ColorMode mode, StandardStream stream);

// Returns the width to wrap text for standard output: the terminal's width
// (at most `cap`) when it is one, else 80.
std::size_t output_width(std::size_t cap = 100);

// Returns true when the locale (LC_ALL, else LC_CTYPE, else LANG) names
// UTF-8, so block characters and arrows can be printed.
bool terminal_is_utf8();

// Returns how to lay out human-facing output written to `output` ("-":
// standard output), the same for every command: on standard output, the
// terminal's width (at most `cap`), colour as use_color says and Unicode when
// the locale is UTF-8; into a file, 80 columns, no colour, Unicode.
report::Layout layout_for(const std::string& output, const GlobalOptions& global, std::size_t cap);

// Returns the local date (the time zone of TZ, else the system's) of the
// time `now` (seconds since 1970), or of the clock when `now` is not a whole
// number of seconds (FTSU_GAP_NOW, docs/testing.md: only tests set it).
util::Date today(const std::optional<std::string>& now);

// Returns today(): the one "today" of every command, which judges actions
// overdue when a file has no assessed_on and --assessed-on is not given,
// and is what assess records (docs/spec.md, "Today").
util::Date today();

// Returns the date a report is generated: the day of SOURCE_DATE_EPOCH
// (seconds since 1970, UTC) when that is set to a number, so the same input
// gives the same output (reproducible-builds.org), else today().
util::Date generation_date();

// Prints `diagnostics` to standard error, one line each, safe for a
// terminal; warnings are left out when `quiet`.
void print_diagnostics(const std::vector<core::Diagnostic>& diagnostics, bool quiet);

// Prints "ftsu-gap: error: <message>" to standard error.
void print_error(std::string_view message);

} // namespace ftsu::cli
