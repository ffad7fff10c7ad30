#pragma once

#include <algorithm>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// Output formats as data: each command has one table of the formats it
// writes, kept beside its renderers in report/, and each row holds all
// there is to know about one format: its name, the file name extensions
// that mean it, its help line, its renderer, and what it can do (binary or
// text, --compare, --gaps-only). The command line builds --format's
// choices, its help, the commands' descriptions and footers, the checks of
// -o and of the options that only some formats honour, and completion from
// the tables, so a format a command lacks is refused as a usage error,
// never a fallback. Adding a format is its renderer, one table row, its
// golden cases and its docs: ARCHITECTURE.md, "Adding a format", lists the
// files.
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

// Whether a format's output is text, or bytes a terminal cannot show (a
// workbook): a binary format is refused on standard output when that is a
// terminal.
enum class Encoding { text, binary };

// Whether a format shows the comparison with last year that `report
// --compare` adds; the others refuse --compare.
enum class CompareSupport { refused, shown };

// What `report --gaps-only` means in a format: nothing, in a command that
// has no --gaps-only; refused, because the format lists only the gaps
// already (text) or always every item (json); or it lists only the items
// with a gap instead of every item (csv).
enum class GapsOnly { not_offered, lists_gaps_already, lists_every_item, filters };

// Whether a format makes a paper that may be published (a board paper, a
// workbook or CSV for the board pack) or output for the guardian's own
// terminal and scripts (text, JSON): the commands that write papers run the
// publication check on the first by default (docs/security.md, "Publishing
// board papers"), and on the second only under --public or --redact.
enum class Audience { published, own_use };

// All a format is but its renderer: its name on the command line
// ("markdown"), the file name extensions that mean it, the usual one first
// (".md .markdown": `-o FILE` without --format picks the format by them), a
// few words for --help ("a board paper"), what it can do, and who reads it. The format
// to name instead where another command lacks this one ("csv" for xlsx)
// is `alternative`; empty names that command's first format.
struct FormatFacts
{
  std::string_view name;
  std::string_view extensions;
  std::string_view help;
  GapsOnly gaps_only = GapsOnly::not_offered;
  CompareSupport compare = CompareSupport::refused;
  Encoding encoding = Encoding::text;
  std::string_view alternative = {};
  Audience audience = Audience::published;
};

// One format a command writes: its facts and its renderer, a pure function
// from the command's subject to the whole output.
template<class Subject, class Options> struct FormatEntry : FormatFacts
{
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

// One command's formats, without their renderers, the default first.
struct CommandFormats
{
  std::string_view command;
  std::vector<FormatFacts> formats;
};

// Returns the facts of every row of `table`, in order.
template<class Subject, class Options>
std::vector<FormatFacts>
format_facts(FormatTable<Subject, Options> table)
{
  return std::vector<FormatFacts>(table.begin(), table.end());
}

// Returns every command that writes formats, in the order of `ftsu-gap
// --help`, each with its formats (report/format.cpp): where a format name
// or extension is looked up across commands.
std::span<const CommandFormats> every_command_formats();

} // namespace ftsu::report
