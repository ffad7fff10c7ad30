#include <ftsu/cli/app.hpp>
#include <ftsu/cli/formats.hpp>
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
  std::string format; // empty: chosen by format_for_output
  std::string output = "-";
  ChecklistOptions checklists;
};

int
run_show(const ShowOptions& options, Context& context)
{
  const GlobalOptions& global = context.global;
  const auto checklist = context.checklists.resolve(options.checklist, options.checklists.dirs);
  report::ShowOptions show;
  static_cast<report::Layout&>(show) = layout_for(options.output, global, 100);
  show.today = generation_date();
  write_output(context.file_system,
               options.output,
               render(report::show_formats(), options.format, *checklist, show));
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
  add_format_option(*command, options->format, report::show_formats());
  command->add_option("-o,--output", options->output, "Write to this file ('-': standard output)");
  add_checklist_options(*command, options->checklists, false);
  command->callback([&context, options] {
    context.action = [&context, options] {
      options->format =
          format_for_output(report::show_formats(), options->format, options->output, "show");
      return run_show(*options, context);
    };
  });
}

} // namespace ftsu::cli
