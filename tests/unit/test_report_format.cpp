// Tests for src/ftsu/report/format.hpp and format.cpp: the format tables
// of every command agree with one another and hold what the command line
// reads from them.
#include <ftsu/report/aggregate.hpp>
#include <ftsu/report/format.hpp>
#include <ftsu/report/report.hpp>

#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>
#include <string_view>

namespace {

using ftsu::report::FormatFacts;

// Returns true when `a` and `b` are the same format apart from the help
// line, which each command words for itself, and --gaps-only and
// --compare, which only report has.
bool
same_format(const FormatFacts& a, const FormatFacts& b)
{
  return a.name == b.name && a.extensions == b.extensions && a.encoding == b.encoding
         && a.alternative == b.alternative;
}

} // namespace

TEST_CASE("every command's formats: unique names, extensions, one meaning per name")
{
  std::map<std::string_view, FormatFacts> seen;
  std::set<std::string_view> commands;
  for (const auto& command : ftsu::report::every_command_formats()) {
    CAPTURE(command.command);
    CHECK(commands.insert(command.command).second);
    REQUIRE_FALSE(command.formats.empty());
    std::set<std::string_view> names;
    for (const auto& format : command.formats) {
      CAPTURE(format.name);
      CHECK(names.insert(format.name).second);
      CHECK_FALSE(format.help.empty());
      CHECK(format.extensions.starts_with('.'));
      // A format is the same in every command that writes it, so an
      // extension means one format everywhere (cli::format_of_extension).
      const auto [it, added] = seen.try_emplace(format.name, format);
      CHECK(same_format(it->second, format));
      for (const auto& [name, other] : seen) {
        if (name != format.name) {
          const std::string_view first = format.extensions.substr(0, format.extensions.find(' '));
          CHECK_FALSE(ftsu::report::has_extension(other.extensions, first));
        }
      }
      // Only report has --gaps-only and --compare.
      if (command.command != "report") {
        CHECK(format.gaps_only == ftsu::report::GapsOnly::not_offered);
        CHECK(format.compare == ftsu::report::CompareSupport::refused);
      }
    }
    // The default (first) format is text a terminal can show.
    CHECK(command.formats.front().encoding == ftsu::report::Encoding::text);
  }
  CHECK(commands.size() == 7);
}

TEST_CASE("report's formats say what --gaps-only and --compare do in each")
{
  for (const auto& format : ftsu::report::report_formats()) {
    CAPTURE(format.name);
    CHECK(format.gaps_only != ftsu::report::GapsOnly::not_offered);
    // An alternative is a format some command writes, and not binary.
    if (!format.alternative.empty()) {
      bool found = false;
      for (const auto& command : ftsu::report::every_command_formats()) {
        for (const auto& other : command.formats) {
          found = found
                  || (other.name == format.alternative
                      && other.encoding == ftsu::report::Encoding::text);
        }
      }
      CHECK(found);
    }
  }
}

TEST_CASE("aggregate by period writes the formats aggregate writes")
{
  const auto one = ftsu::report::aggregate_formats();
  const auto periods = ftsu::report::aggregate_period_formats();
  REQUIRE(one.size() == periods.size());
  for (std::size_t i = 0; i < one.size(); ++i) {
    CAPTURE(one[i].name);
    CHECK(same_format(one[i], periods[i]));
    CHECK(one[i].help == periods[i].help);
  }
}

TEST_CASE("has_extension matches whole extensions only")
{
  CHECK(ftsu::report::has_extension(".md .markdown", ".md"));
  CHECK(ftsu::report::has_extension(".md .markdown", ".markdown"));
  CHECK_FALSE(ftsu::report::has_extension(".md .markdown", ".m"));
  CHECK_FALSE(ftsu::report::has_extension(".html .htm", ".ht"));
  CHECK_FALSE(ftsu::report::has_extension("", ".txt"));
}
