#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

// Output formats as data: each command has one table of the formats it
// writes (name, help line, renderer), kept beside its renderers in report/.
// The command line builds --format's choices and help from the table, so a
// format a command lacks is refused as a usage error, never a fallback.
// Adding a format to a command is its renderer file, its declaration, one
// table row and the CMake source list.
namespace ftsu::report {

// How human-facing output is laid out, worked out for every command alike
// by the command line (cli/output.hpp, layout_for).
struct Layout
{
  // Where text is wrapped, in columns.
  std::size_t width = 80;
  // ANSI colour (text for a terminal only).
  bool color = false;
  // Unicode bars, arrows and sparklines; ASCII otherwise.
  bool unicode = true;
};

// One format a command writes: its name on the command line ("markdown"), a
// few words for --help ("a board paper") and the renderer, a pure function
// from the command's subject to the whole output.
template<class Subject, class Options> struct FormatEntry
{
  std::string_view name;
  std::string_view help;
  std::string (*render)(const Subject& subject, const Options& options);
};

// A command's formats, the default first.
template<class Subject, class Options>
using FormatTable = std::span<const FormatEntry<Subject, Options>>;

// Returns the entry of `table` named `name`, or nullptr.
template<class Subject, class Options>
const FormatEntry<Subject, Options>*
find_format(FormatTable<Subject, Options> table, std::string_view name)
{
  for (const auto& entry : table) {
    if (entry.name == name) {
      return &entry;
    }
  }
  return nullptr;
}

} // namespace ftsu::report
