#include <ftsu/cli/app.hpp>
#include <ftsu/cli/formats.hpp>
#include <ftsu/cli/input_list.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/load.hpp>
#include <ftsu/cli/publication.hpp>
#include <ftsu/core/actions.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/core/scoring.hpp>
#include <ftsu/report/actions.hpp>
#include <ftsu/util/strings.hpp>

#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ftsu::cli {

namespace {

struct ActionsCommandOptions
{
  std::vector<std::string> files;
  std::optional<std::string> owner;
  bool overdue = false;
  std::string format; // empty: chosen by format_for_output
  std::string output = "-";
  std::optional<std::string> reference_docx;
  ChecklistOptions checklists;
  PaperCheckOptions paper;
};

int
run_actions(const ActionsCommandOptions& options, Context& context)
{
  const GlobalOptions& global = context.global;
  if (options.owner && util::trim(*options.owner).empty()) {
    throw core::Error(core::ExitCode::usage, "--owner needs a name");
  }
  const std::optional<report::docx::Reference> reference =
      read_reference_docx(options.reference_docx,
                          format_named(report::actions_formats(), options.format),
                          context.file_system);
  check_stdin_once(options.files);
  std::vector<std::string> paths = options.files;
  std::vector<core::Diagnostic> notes;
  for (const auto& again : drop_repeated_inputs(context.file_system, paths)) {
    notes.push_back({core::Severity::warning, again.path, {}, repeated_note(again)});
  }
  print_diagnostics(notes, global.quiet);
  std::vector<std::unique_ptr<LoadedAnswers>> loaded;
  std::vector<std::unique_ptr<core::Assessment>> assessments;
  std::vector<core::ActionFile> files;
  const util::Date local_today = today();
  // An actions list prints the plan (action, owner, progress), who
  // answered, and the items' texts.
  PaperCheck paper(options.paper,
                   format_named(report::actions_formats(), options.format),
                   {"organisation",
                    "respondent",
                    "respondents",
                    "action",
                    "owner",
                    "progress",
                    "checklist title",
                    "section title",
                    "checklist text"},
                   context);
  for (const auto& file : paths) {
    loaded.push_back(
        std::make_unique<LoadedAnswers>(load_answers_file(context, file, options.checklists)));
    LoadedAnswers& l = *loaded.back();
    paper.apply(l);
    assessments.push_back(std::make_unique<core::Assessment>(
        core::score_answers(*l.checklist, l.answers, local_today)));
    files.push_back({l.name, assessments.back().get()});
  }
  const core::ActionList list =
      core::collect_actions(std::move(files), {options.owner, options.overdue});
  report::ActionsOptions layout;
  static_cast<report::Layout&>(layout) = layout_for(options.output, global, 100);
  layout.generated = generation_date();
  layout.reference_docx = reference ? &*reference : nullptr;
  const std::string paper_text = render(report::actions_formats(), options.format, list, layout);
  paper.finish();
  write_output(context.file_system, options.output, paper_text);
  return 0;
}

} // namespace

void
add_actions_command(CLI::App& app, Context& context)
{
  auto options = std::make_shared<ActionsCommandOptions>();
  auto* command = app.add_subcommand(
      "actions",
      "List every open action across answers files, grouped by owner, overdue first: the "
      "director's list");
  command->add_option("FILE", options->files, "Answers files ('-': standard input)")->required();
  add_checklist_options(*command, options->checklists, true);
  command->add_option(
      "--owner", options->owner, "Only this owner's actions (the whole name, any case)");
  command->add_flag("--overdue", options->overdue, "Only the overdue actions");
  add_format_option(*command, options->format, report::actions_formats());
  add_paper_check_options(*command, options->paper);
  add_reference_docx_option(*command, options->reference_docx);
  command->add_option("-o,--output", options->output, "Write to this file ('-': standard output)");
  command->footer("Exit codes: 0 done (also when no action is open), 1 with --public, something "
                  "could identify a person (nothing is written), 2 usage, 3 invalid input, 4 a "
                  "file could not be read or written.");
  command->callback([&context, options] {
    context.action = [&context, options] {
      options->format =
          format_for_output(report::actions_formats(), options->format, options->output, "actions");
      return run_actions(*options, context);
    };
  });
}

} // namespace ftsu::cli
