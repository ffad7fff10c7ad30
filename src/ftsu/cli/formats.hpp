#pragma once

#include <ftsu/cli/file_system.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/report/docx.hpp>
#include <ftsu/report/format.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <optional>
#include <string>
#include <vector>

// --format from a command's format table (report/format.hpp): its choices,
// its help line, the checks of -o and the lists of formats in a command's
// help come from the table, so they cannot drift apart.
namespace ftsu::cli {

// Returns the names of the formats of `table` whose facts `keep` accepts,
// in the table's order.
template<class Subject, class Options, class Keep>
std::vector<std::string>
format_names(report::FormatTable<Subject, Options> table, Keep keep)
{
  std::vector<std::string> names;
  for (const report::FormatFacts& entry : table) {
    if (keep(entry)) {
      names.emplace_back(entry.name);
    }
  }
  return names;
}

// Returns the names of every format of `table`, the default first.
template<class Subject, class Options>
std::vector<std::string>
format_names(report::FormatTable<Subject, Options> table)
{
  return format_names(table, [](const report::FormatFacts&) { return true; });
}

// Adds --format to `command`, storing the name in `target`, which stays
// empty when --format is not given (format_for_output then chooses); only
// the table's names are accepted.
template<class Subject, class Options>
CLI::Option*
add_format_option(CLI::App& command,
                  std::string& target,
                  report::FormatTable<Subject, Options> table)
{
  const std::vector<std::string> names = format_names(table);
  std::string help = "Output format:";
  for (const auto& entry : table) {
    help += fmt::format("{} {} ({})", &entry == &table.front() ? "" : ",", entry.name, entry.help);
  }
  target.clear();
  return command.add_option("--format", target, help + "; default " + names.front())
      ->check(CLI::IsMember(names));
}

// Adds --reference-docx (the Word document whose styles, header and footer
// a docx takes) to `command`, storing the file name in `target`.
CLI::Option* add_reference_docx_option(CLI::App& command, std::optional<std::string>& target);

// Returns the parts of --reference-docx's Word document `path` (read
// through `files`), or nullopt without it. Throws a usage error when
// `format` is not docx, or the file is not a Word document with styles.
std::optional<report::docx::Reference> read_reference_docx(const std::optional<std::string>& path,
                                                           const report::FormatFacts& format,
                                                           FileSystem& files);

// Returns the extension of `output`'s file name in lower case (".html"),
// or "" for standard output ("-") and a name without one.
std::string output_extension(const std::string& output);

// Returns the name of the format whose extensions, in any command's format
// table (report::every_command_formats), list `extension` (".xlsx":
// "xlsx"), or "" when none does.
std::string format_of_extension(std::string_view extension);

// Throws a usage error when `output` (-o of `command`, which writes a YAML
// answers file) has the extension of a report format (".html").
void check_answers_output(const std::string& output, std::string_view command);

// Throws the usage error of a file name whose extension means another
// format than the one `command` was asked for.
[[noreturn]] void refuse_format_for_output(const std::string& output,
                                           std::string_view wanted,
                                           std::string_view named,
                                           std::string_view wanted_extension,
                                           std::string_view command,
                                           const std::vector<std::string>& formats);

// Throws the usage error of a binary `format` (xlsx) written to standard
// output (`output` "-") when that is a terminal.
void refuse_binary_on_terminal(const report::FormatFacts& format, const std::string& output);

// Returns the format to write `output` (-o of `command`) in: `given`
// (--format) when not empty, else the format of `table` that the file
// name's extension means, else the table's first. Throws a usage error
// when the extension means another format than `given`, or a format that
// `command` does not write (docs/cli.md, "Output files"), or when the
// format is binary and standard output a terminal.
template<class Subject, class Options>
std::string
format_for_output(report::FormatTable<Subject, Options> table,
                  const std::string& given,
                  const std::string& output,
                  std::string_view command)
{
  const std::string extension = output_extension(output);
  const auto* by_extension =
      extension.empty() ? nullptr : report::find_format_by_extension(table, extension);
  const auto* chosen = given.empty() ? by_extension : report::find_format(table, given);
  if (chosen == nullptr && given.empty()) {
    chosen = &table.front();
  }
  if (chosen == nullptr) {
    return given; // not this command's: render refuses it
  }
  if (!extension.empty() && !report::has_extension(chosen->extensions, extension)) {
    const std::string named = format_of_extension(extension);
    if (!named.empty()) {
      const std::string_view wanted_extension =
          chosen->extensions.substr(0, chosen->extensions.find(' '));
      refuse_format_for_output(
          output, given, named, wanted_extension, command, format_names(table));
    }
  }
  refuse_binary_on_terminal(*chosen, output);
  return std::string(chosen->name);
}

// Returns the entry of `table` named `name`. The name was checked by
// add_format_option; another is a usage error all the same.
template<class Subject, class Options>
const report::FormatEntry<Subject, Options>&
format_named(report::FormatTable<Subject, Options> table, const std::string& name)
{
  const auto* entry = report::find_format(table, name);
  if (entry == nullptr) {
    throw core::Error(core::ExitCode::usage, fmt::format("--format {}: not a format here", name));
  }
  return *entry;
}

// Renders `subject` in the format of `table` named `name` (see
// format_named).
template<class Subject, class Options>
std::string
render(report::FormatTable<Subject, Options> table,
       const std::string& name,
       const Subject& subject,
       const Options& options)
{
  return format_named(table, name).render(subject, options);
}

} // namespace ftsu::cli
