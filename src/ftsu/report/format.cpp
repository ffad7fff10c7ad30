#include <ftsu/report/actions.hpp>
#include <ftsu/report/aggregate.hpp>
#include <ftsu/report/check.hpp>
#include <ftsu/report/compare.hpp>
#include <ftsu/report/format.hpp>
#include <ftsu/report/report.hpp>
#include <ftsu/report/show.hpp>

namespace ftsu::report {

std::span<const CommandFormats>
every_command_formats()
{
  // aggregate's by-period table has the same formats as its own
  // (tests/unit/test_report_format.cpp checks it).
  static const CommandFormats k_commands[] = {
      {"show", format_facts(show_formats())},
      {"report", format_facts(report_formats())},
      {"actions", format_facts(actions_formats())},
      {"diff", format_facts(diff_formats())},
      {"trend", format_facts(trend_formats())},
      {"aggregate", format_facts(aggregate_formats())},
      {"check", format_facts(check_formats())},
  };
  return k_commands;
}

} // namespace ftsu::report
