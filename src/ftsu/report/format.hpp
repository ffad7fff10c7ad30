#pragma once

#include <algorithm>
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

// One format a command writes: its name on the command line ("markdown"),
// the file name extensions that mean it, the usual one first (".md
// .markdown": `-o FILE` without --format picks the format by them), a few
// words for --help ("a board paper") and the renderer, a pure function from
// the command's subject to the whole output.
template<class Subject, class Options> struct FormatEntry
{
  std::string_view name;
  std::string_view extensions;
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

// Returns true when `extensions` (".md .markdown") lists `extension`
// (".md"; lower case).
constexpr bool
has_extension(std::string_view extensions, std::string_view extension)
{
  while (!extensions.empty()) {
    const std::size_t end = std::min(extensions.find(' '), extensions.size());
    if (extensions.substr(0, end) == extension) {
      return true;
    }
    extensions.remove_prefix(std::min(end + 1, extensions.size()));
  }
  return false;
}

// Returns the entry of `table` whose extensions list `extension` (".md";
// lower case), or nullptr.
template<class Subject, class Options>
const FormatEntry<Subject, Options>*
find_format_by_extension(FormatTable<Subject, Options> table, std::string_view extension)
{
  for (const auto& entry : table) {
    if (has_extension(entry.extensions, extension)) {
      return &entry;
    }
  }
  return nullptr;
}

} // namespace ftsu::report
