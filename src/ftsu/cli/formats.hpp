#pragma once

#include <ftsu/core/error.hpp>
#include <ftsu/report/format.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <string>
#include <vector>

// --format from a command's format table (report/format.hpp): its choices
// and help line come from the table, so they cannot drift apart.
namespace ftsu::cli {

// Adds --format to `command`, storing the name in `target` (which starts as
// the table's first, default format); only the table's names are accepted.
template<class Subject, class Options>
CLI::Option*
add_format_option(CLI::App& command,
                  std::string& target,
                  report::FormatTable<Subject, Options> table)
{
  std::vector<std::string> names;
  std::string help = "Output format:";
  for (const auto& entry : table) {
    names.emplace_back(entry.name);
    help += fmt::format("{} {} ({})", names.size() == 1 ? "" : ",", entry.name, entry.help);
  }
  target = names.front();
  return command.add_option("--format", target, help + "; default " + names.front())
      ->check(CLI::IsMember(names));
}

// Renders `subject` in the format of `table` named `name`. The name was
// checked by add_format_option; another is a usage error all the same.
template<class Subject, class Options>
std::string
render(report::FormatTable<Subject, Options> table,
       const std::string& name,
       const Subject& subject,
       const Options& options)
{
  const auto* entry = report::find_format(table, name);
  if (entry == nullptr) {
    throw core::Error(core::ExitCode::usage, fmt::format("--format {}: not a format here", name));
  }
  return entry->render(subject, options);
}

} // namespace ftsu::cli
