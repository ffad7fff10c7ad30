#include <ftsu/cli/app.hpp>
#include <ftsu/cli/formats.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/load.hpp>
#include <ftsu/core/answers_writer.hpp>
#include <ftsu/core/csv_reader.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/core/response.hpp>
#include <ftsu/core/xlsx_reader.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>

namespace ftsu::cli {

namespace {

struct ImportOptions
{
  std::string file;
  std::string output;
  bool update = false;
  std::optional<std::string> organisation;
  std::optional<std::string> period;
  std::optional<std::string> profile;
  std::optional<std::string> respondent;
  ChecklistOptions checklists;
};

// The sheets of `bytes`: a workbook's first and Items sheets, or a CSV's
// rows (as both: a CSV has no first sheet).
core::XlsxSheets
read_sheets(const std::string& path, const std::string& bytes)
{
  const std::string lower = util::to_lower(path);
  if (lower.ends_with(".xlsm") || lower.ends_with(".xltm")) {
    throw core::Error(core::ExitCode::invalid_input,
                      fmt::format("{}: refused as a workbook: a workbook with macros ({}); save "
                                  "it as an .xlsx workbook",
                                  util::for_terminal_line(path),
                                  lower.substr(lower.rfind('.'))));
  }
  try {
    if (bytes.starts_with("PK")) {
      return core::read_xlsx(bytes, core::k_response_items_sheet);
    }
    if (lower.ends_with(".xlsx") || lower.ends_with(".xls") || lower.ends_with(".ods")) {
      throw core::Error(core::ExitCode::invalid_input,
                        "refused as a workbook: not a zip archive (an .xlsx file is one); save "
                        "it as an Excel workbook (.xlsx) or as CSV");
    }
    core::XlsxSheets sheets;
    sheets.items = core::read_csv(bytes, "");
    return sheets;
  } catch (const core::Error& e) {
    throw core::Error(e.code(), fmt::format("{}: {}", util::for_terminal_line(path), e.what()));
  }
}

core::ChecklistPtr
import_checklist(Context& context,
                 const ImportOptions& options,
                 const core::XlsxSheets& sheets,
                 const core::AnswersFile* existing,
                 core::DiagnosticSink& sink)
{
  core::AnswersFile reference;
  const auto [id, version] = core::response_checklist(sheets.first);
  reference.checklist = id;
  reference.checklist_version = version;
  if (existing != nullptr && id.empty()) {
    reference.checklist = existing->checklist;
    reference.checklist_version = existing->checklist_version;
  }
  if (reference.checklist.empty() && !options.checklists.checklist) {
    throw core::Error(core::ExitCode::usage,
                      fmt::format("{}: no Details on a first sheet name its checklist (a CSV "
                                  "has none): give --checklist C",
                                  util::for_terminal_line(options.file)));
  }
  return context.checklists.for_answers(reference, options.checklists, sink);
}

int
run_import(const ImportOptions& options, Context& context)
{
  const std::string name = display_name(options.file);
  const core::XlsxSheets sheets = read_sheets(name, context.file_system.read(options.file));
  std::optional<LoadedAnswers> existing;
  // Held while the file -o names is read and replaced (--update), as
  // assess holds its file.
  std::unique_ptr<FileLock> lock;
  if (options.output != "-" && context.file_system.stat(options.output)) {
    if (!options.update) {
      throw core::Error(core::ExitCode::usage,
                        fmt::format("{} exists: give --update to merge the imported answers into "
                                    "it (each answer changed is named), or another -o",
                                    util::for_terminal_line(options.output)));
    }
    lock = context.file_system.lock(options.output);
    existing = load_answers_file(context, options.output, options.checklists);
  }
  core::DiagnosticSink sink(name);
  const core::ChecklistPtr checklist =
      import_checklist(context, options, sheets, existing ? &existing->answers : nullptr, sink);
  if (!checklist) {
    throw core::Error(core::ExitCode::invalid_input, sink.diagnostics());
  }
  const core::ResponseOverrides overrides{
      options.organisation, options.period, options.profile, options.respondent};
  core::AnswersFile answers =
      core::read_response(sheets.first, sheets.items, *checklist, overrides, sink);
  if (!sink.has_errors()) {
    core::check_answers(answers, *checklist, sink);
  }
  if (sink.has_errors()) {
    throw core::Error(core::ExitCode::invalid_input, sink.diagnostics());
  }
  print_diagnostics(sink.diagnostics(), context.global.quiet);
  std::vector<std::string> changes;
  if (existing) {
    answers = core::update_answers(existing->answers, answers, changes);
  }
  write_output(context.file_system, options.output, core::write_answers(answers, checklist.get()));
  for (const auto& change : changes) {
    write_stderr(
        fmt::format("ftsu-gap: note: answer changed: {}\n", util::for_terminal_line(change)));
  }
  if (!context.global.quiet && options.output != "-") {
    std::size_t answered = 0;
    for (const auto& entry : answers.answers) {
      answered += entry.answer ? 1U : 0U;
    }
    write_stderr(fmt::format("{} {} ({} of {} items answered); then:\n  ftsu-gap validate {}\n",
                             existing ? "Updated" : "Imported the answers into",
                             util::for_terminal(options.output),
                             answered,
                             answers.answers.size(),
                             util::for_terminal(options.output)));
  }
  return 0;
}

} // namespace

void
add_import_command(CLI::App& app, Context& context)
{
  auto options = std::make_shared<ImportOptions>();
  auto* command = app.add_subcommand(
      "import",
      "Read a response workbook (.xlsx) or CSV back into an answers file, checking every "
      "answer as validate does");
  command
      ->add_option("FILE",
                   options->file,
                   "The workbook export wrote, as the respondent saved it (.xlsx), or a CSV "
                   "with the same columns")
      ->required();
  command->add_option("-o,--output", options->output, "The answers file ('-': standard output)")
      ->required();
  command->add_flag("--update",
                    options->update,
                    "Merge into the existing answers file -o names: each imported answer "
                    "replaces its item's, and each one changed is named");
  command->add_option(
      "--organisation", options->organisation, "The organisation (instead of the first sheet's)");
  command->add_option("--period", options->period, "The period (instead of the first sheet's)");
  command->add_option("--profile", options->profile, "The profile (instead of the first sheet's)");
  command->add_option(
      "--respondent", options->respondent, "Who answered (instead of the first sheet's)");
  add_checklist_options(*command, options->checklists, true);
  command->footer("Exit codes: 0 done, 2 usage (an existing -o without --update), 3 invalid "
                  "input (every problem named by sheet, cell and item; nothing is written), 4 a "
                  "file could not be read or written.");
  command->callback([&context, options] {
    context.action = [&context, options] {
      check_answers_output(options->output, "import");
      return run_import(*options, context);
    };
  });
}

} // namespace ftsu::cli
