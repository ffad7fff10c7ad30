#pragma once

#include <ftsu/core/publication.hpp>

#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

// The publication check's options, shared by `check` and the commands that
// write board papers (docs/security.md, "Publishing board papers").
namespace ftsu::cli {

struct Context;

struct PublicationOptions
{
  // --names FILE: names to find, one a line (never written to any output).
  std::optional<std::string> names_file;
  // --patterns FILE: phrases to find, one a line ('#' a digit, '*' a word).
  std::optional<std::string> patterns_file;
  // --allow-names-in FIELD: fields where personal names are not findings
  // ("owner").
  std::vector<std::string> allow_names_in;
};

// Adds --names, --patterns and --allow-names-in to `command`.
void add_publication_options(CLI::App& command, PublicationOptions& options);

// Returns the rules `options` ask for, reading the names and patterns files
// through `context`'s file system (a file that cannot be read throws
// core::Error, io_error).
core::PublicationRules publication_rules(const PublicationOptions& options, Context& context);

} // namespace ftsu::cli
