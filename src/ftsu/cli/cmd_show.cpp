#include <ftsu/cli/app.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/resolve.hpp>
#include <ftsu/report/show.hpp>

#include <CLI/CLI.hpp>

#include <memory>

namespace ftsu::cli {

namespace {

struct ShowOptions
{
  std::string checklist;
  std::string format = "text";
  std::string output = "-";
  ChecklistOptions checklists;
};

int
run_show(const ShowOptions& options)
{
  const auto checklist = resolve_checklist(options.checklist, options.checklists.dirs);
  const auto format = report::parse_format(options.format).value_or(report::Format::text);
  const std::size_t width = options.output == "-" ? output_width() : 80;
  write_output(options.output, report::render_checklist(*checklist, format, width));
  return 0;
}

} // namespace

void
add_show_command(CLI::App& app, Context& context)
{
  auto options = std::make_shared<ShowOptions>();
  auto* command = app.add_subcommand(
      "show", "Show a checklist for reading: sections, statements, guidance, evidence, sources");
  command
      ->add_option(
          "CHECKLIST", options->checklist, "A checklist file, or a bundled id (id or id@version)")
      ->required();
  command->add_option("--format", options->format, "text, markdown or json")
      ->check(CLI::IsMember({"text", "markdown", "json"}));
  command->add_option("-o,--output", options->output, "Write to this file ('-': standard output)");
  add_checklist_options(*command, options->checklists, false);
  command->callback(
      [&context, options] { context.action = [options] { return run_show(*options); }; });
}

} // namespace ftsu::cli
