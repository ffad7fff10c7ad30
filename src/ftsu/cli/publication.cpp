#include <ftsu/cli/app.hpp>
#include <ftsu/cli/publication.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>

namespace ftsu::cli {

void
add_publication_options(CLI::App& command, PublicationOptions& options)
{
  command.add_option("--names",
                     options.names_file,
                     "A file of names to find, one a line (kept outside the answers file; never "
                     "written to any output)");
  command.add_option("--patterns",
                     options.patterns_file,
                     "A file of phrases to find, one a line ('#' one digit, '*' a run of letters "
                     "and digits)");
  command
      .add_option("--allow-names-in",
                  options.allow_names_in,
                  "Fields where personal names are published by the trust: owner")
      ->check(CLI::IsMember({"owner"}));
}

core::PublicationRules
publication_rules(const PublicationOptions& options, Context& context)
{
  core::PublicationRules rules;
  if (options.names_file) {
    rules.names = core::rule_lines(context.file_system.read(*options.names_file));
  }
  if (options.patterns_file) {
    rules.patterns = core::rule_lines(context.file_system.read(*options.patterns_file));
  }
  rules.names_in_owner_allowed =
      std::find(options.allow_names_in.begin(), options.allow_names_in.end(), "owner")
      != options.allow_names_in.end();
  return rules;
}

} // namespace ftsu::cli
