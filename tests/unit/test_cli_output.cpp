#include <ftsu/cli/output.hpp>

#include <doctest/doctest.h>

#include <string>

namespace {

using ftsu::cli::ColorMode;
using ftsu::cli::OutputEnvironment;
using ftsu::cli::StdoutTerminal;

OutputEnvironment
utf8_environment()
{
  OutputEnvironment env;
  env.lang = "en_GB.UTF-8";
  return env;
}

} // namespace

TEST_CASE("parse_color_mode: the three spellings")
{
  CHECK(ftsu::cli::parse_color_mode("auto") == ColorMode::auto_);
  CHECK(ftsu::cli::parse_color_mode("always") == ColorMode::always);
  CHECK(ftsu::cli::parse_color_mode("never") == ColorMode::never);
  CHECK_FALSE(ftsu::cli::parse_color_mode("yes"));
  CHECK_FALSE(ftsu::cli::parse_color_mode(""));
}

TEST_CASE("use_color: terminal, --color, NO_COLOR and TERM")
{
  OutputEnvironment env;
  SUBCASE("only a terminal is coloured, whatever the mode")
  {
    CHECK_FALSE(ftsu::cli::use_color(ColorMode::always, false, env));
    CHECK_FALSE(ftsu::cli::use_color(ColorMode::auto_, false, env));
    CHECK(ftsu::cli::use_color(ColorMode::always, true, env));
    CHECK(ftsu::cli::use_color(ColorMode::auto_, true, env));
    CHECK_FALSE(ftsu::cli::use_color(ColorMode::never, true, env));
  }
  SUBCASE("NO_COLOR set and not empty wins over always")
  {
    env.no_color = "1";
    CHECK_FALSE(ftsu::cli::use_color(ColorMode::always, true, env));
    CHECK_FALSE(ftsu::cli::use_color(ColorMode::auto_, true, env));
    env.no_color = "";
    CHECK(ftsu::cli::use_color(ColorMode::always, true, env));
    CHECK(ftsu::cli::use_color(ColorMode::auto_, true, env));
  }
  SUBCASE("TERM=dumb stops auto, not always")
  {
    env.term = "dumb";
    CHECK_FALSE(ftsu::cli::use_color(ColorMode::auto_, true, env));
    CHECK(ftsu::cli::use_color(ColorMode::always, true, env));
    env.term = "xterm-256color";
    CHECK(ftsu::cli::use_color(ColorMode::auto_, true, env));
  }
}

TEST_CASE("output_width: the terminal's width, capped; 80 otherwise")
{
  CHECK(ftsu::cli::output_width(StdoutTerminal{false, 120}, 100) == 80);
  CHECK(ftsu::cli::output_width(StdoutTerminal{true, 120}, 100) == 100);
  CHECK(ftsu::cli::output_width(StdoutTerminal{true, 120}, 200) == 120);
  CHECK(ftsu::cli::output_width(StdoutTerminal{true, 60}, 100) == 60);
  CHECK(ftsu::cli::output_width(StdoutTerminal{true, 40}, 100) == 40);
  // Narrower than 40 columns, or unknown: 80.
  CHECK(ftsu::cli::output_width(StdoutTerminal{true, 39}, 100) == 80);
  CHECK(ftsu::cli::output_width(StdoutTerminal{true, 0}, 100) == 80);
}

TEST_CASE("is_utf8_locale: LC_ALL, else LC_CTYPE, else LANG")
{
  OutputEnvironment env;
  CHECK_FALSE(ftsu::cli::is_utf8_locale(env));
  env.lang = "en_GB.UTF-8";
  CHECK(ftsu::cli::is_utf8_locale(env));
  env.lang = "C.utf8";
  CHECK(ftsu::cli::is_utf8_locale(env));
  SUBCASE("LC_CTYPE before LANG")
  {
    env.lc_ctype = "C";
    CHECK_FALSE(ftsu::cli::is_utf8_locale(env));
  }
  SUBCASE("LC_ALL before both")
  {
    env.lc_ctype = "C";
    env.lc_all = "en_US.UTF-8";
    CHECK(ftsu::cli::is_utf8_locale(env));
    env.lc_all = "POSIX";
    CHECK_FALSE(ftsu::cli::is_utf8_locale(env));
  }
  SUBCASE("an empty value is passed over")
  {
    env.lc_all = "";
    env.lc_ctype = "";
    CHECK(ftsu::cli::is_utf8_locale(env));
  }
}

TEST_CASE("layout_for: standard output or a file")
{
  const ftsu::cli::GlobalOptions global{ColorMode::auto_, false};
  const StdoutTerminal terminal{true, 132};

  SUBCASE("standard output at a terminal")
  {
    const auto layout = ftsu::cli::layout_for("-", global, 120, terminal, utf8_environment());
    CHECK(layout.width == 120);
    CHECK(layout.color);
    CHECK(layout.unicode);
  }
  SUBCASE("standard output in a pipe, C locale")
  {
    const auto layout =
        ftsu::cli::layout_for("-", global, 120, StdoutTerminal{false, 0}, OutputEnvironment{});
    CHECK(layout.width == 80);
    CHECK_FALSE(layout.color);
    CHECK_FALSE(layout.unicode);
  }
  SUBCASE("a file: 80 columns, no colour, Unicode, whatever the terminal says")
  {
    OutputEnvironment env;
    env.lang = "C";
    const ftsu::cli::GlobalOptions always{ColorMode::always, false};
    const auto layout = ftsu::cli::layout_for("out.txt", always, 120, terminal, env);
    CHECK(layout.width == 80);
    CHECK_FALSE(layout.color);
    CHECK(layout.unicode);
  }
}
