#include <ftsu/cli/app.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/load.hpp>
#include <ftsu/cli/platform.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/report/response.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>

namespace ftsu::cli {

namespace {

struct ExportOptions
{
  std::string answers;
  std::string output;
  std::optional<std::string> by;
  ChecklistOptions checklists;
};

int
run_export(const ExportOptions& options, Context& context)
{
  report::ResponseOptions response;
  response.today = generation_date();
  if (options.by) {
    response.by = util::parse_typed_date(util::trim(*options.by));
    if (!response.by) {
      throw core::Error(core::ExitCode::usage,
                        fmt::format("--by: '{}' is not a date (YYYY-MM-DD or DD/MM/YYYY)",
                                    util::for_terminal_line(*options.by)));
    }
  }
  const LoadedAnswers loaded = load_answers_file(context, options.answers, options.checklists);
  const std::string bytes = report::response_xlsx(loaded.answers, *loaded.checklist, response);
  write_output(context.file_system, options.output, bytes);
  if (!context.global.quiet && options.output != "-") {
    write_stderr(fmt::format("Wrote the response workbook {}{}; when it comes back:\n"
                             "  ftsu-gap import {} -o ANSWERS.yaml\n",
                             util::for_terminal(options.output),
                             loaded.answers.respondent
                                 ? " for " + util::for_terminal_line(*loaded.answers.respondent)
                                 : std::string(),
                             util::for_terminal(options.output)));
  }
  return 0;
}

void
check_output(const std::string& output)
{
  if (output == "-" && is_terminal(StandardStream::output)) {
    throw core::Error(core::ExitCode::usage,
                      "export writes a workbook (.xlsx), not text for a terminal: give -o "
                      "FILE.xlsx, or redirect standard output to a file");
  }
  if (output != "-" && !util::to_lower(output).ends_with(".xlsx")) {
    throw core::Error(core::ExitCode::usage,
                      fmt::format("-o {}: a response workbook is an .xlsx file; name it "
                                  "FILE.xlsx",
                                  util::for_terminal_line(output)));
  }
}

} // namespace

void
add_export_command(CLI::App& app, Context& context)
{
  auto options = std::make_shared<ExportOptions>();
  auto* command = app.add_subcommand(
      "export",
      "Write a response workbook (.xlsx) for a respondent to answer in Excel or LibreOffice "
      "Calc; read it back with import");
  command
      ->add_option("ANSWERS",
                   options->answers,
                   "The respondent's answers file (from init --respondent, or partly answered)")
      ->required();
  command->add_option("-o,--output", options->output, "The workbook to write (FILE.xlsx)")
      ->required();
  command->add_option(
      "--by", options->by, "The date the answers are wanted back, said on the first sheet");
  add_checklist_options(*command, options->checklists, true);
  command->footer("Exit codes: 0 done, 2 usage, 3 invalid input (a merged file among them: "
                  "export each respondent's own), 4 a file could not be read or written.");
  command->callback([&context, options] {
    context.action = [&context, options] {
      check_output(options->output);
      return run_export(*options, context);
    };
  });
}

} // namespace ftsu::cli
