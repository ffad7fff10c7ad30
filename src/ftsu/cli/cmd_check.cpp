#include <ftsu/cli/app.hpp>
#include <ftsu/cli/formats.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/load.hpp>
#include <ftsu/cli/output.hpp>
#include <ftsu/cli/platform.hpp>
#include <ftsu/cli/publication.hpp>
#include <ftsu/cli/resolve.hpp>
#include <ftsu/core/publication.hpp>
#include <ftsu/report/check.hpp>

#include <CLI/CLI.hpp>

#include <memory>

namespace ftsu::cli {

namespace {

struct CheckCommandOptions
{
  std::vector<std::string> files;
  PublicationOptions publication;
  std::string format; // empty: chosen by format_for_output
  std::string output = "-";
  ChecklistOptions checklists;
};

int
run_check(const CheckCommandOptions& options, Context& context)
{
  check_stdin_once(options.files);
  const core::PublicationRules rules = publication_rules(options.publication, context);
  report::CheckResult result;
  for (const std::string& path : options.files) {
    LoadedAnswers loaded = load_answers_file(context, path, options.checklists);
    result.files.push_back({loaded.name, core::check_publication(loaded.answers, rules)});
  }
  report::CheckOptions check;
  static_cast<report::Layout&>(check) = layout_for(options.output, context.global, 100);
  // The text found goes to a terminal only, never into a file or a pipe.
  check.show_text = options.output == "-" && is_terminal(StandardStream::output);
  write_output(context.file_system,
               options.output,
               render(report::check_formats(), options.format, result, check));
  return result.finding_count() == 0 ? 0 : static_cast<int>(core::ExitCode::gate_failed);
}

} // namespace

void
add_check_command(CLI::App& app, Context& context)
{
  auto options = std::make_shared<CheckCommandOptions>();
  auto* command = app.add_subcommand(
      "check",
      "Find what could identify a person in the texts a board paper would print (emails, phone, "
      "NHS and NI numbers, postcodes, dates of birth, titles with names, listed names)");
  command->add_option("FILE", options->files, "Answers files ('-': standard input)")->required();
  add_publication_options(*command, options->publication);
  add_format_option(*command, options->format, report::check_formats());
  command->add_option("-o,--output", options->output, "Write to this file ('-': standard output)");
  add_checklist_options(*command, options->checklists, true);
  command->footer("Exit codes: 0 nothing found, 1 something found, 2 usage, 3 invalid input, 4 a "
                  "file could not be read. The text found is shown on a terminal only.");
  command->callback([&context, options] {
    context.action = [&context, options] {
      options->format =
          format_for_output(report::check_formats(), options->format, options->output, "check");
      return run_check(*options, context);
    };
  });
}

} // namespace ftsu::cli
