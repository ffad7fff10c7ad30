#include <ftsu/cli/app.hpp>
#include <ftsu/cli/formats.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/load.hpp>
#include <ftsu/core/answers_writer.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/core/merge.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>

namespace ftsu::cli {

namespace {

struct MergeOptions
{
  std::vector<std::string> files;
  std::string output;
  std::optional<std::string> rule;
  ChecklistOptions checklists;
};

int
run_merge(const MergeOptions& options, Context& context)
{
  const GlobalOptions& global = context.global;
  check_stdin_once(options.files);
  std::optional<core::MergeRule> rule;
  if (options.rule) {
    rule = core::parse_merge_rule(*options.rule);
  }
  std::vector<LoadedAnswers> loaded;
  loaded.reserve(options.files.size());
  for (const auto& path : options.files) {
    loaded.push_back(load_answers_file(context, path, options.checklists));
  }
  std::vector<core::MergeInput> inputs;
  for (const auto& l : loaded) {
    if (l.checklist->id != loaded.front().checklist->id) {
      refuse_mismatch(l,
                      fmt::format("{} is for checklist '{}', but {} is for '{}'; merge takes the "
                                  "answers of one checklist version, organisation and period",
                                  util::for_terminal(l.name),
                                  l.checklist->id,
                                  util::for_terminal(loaded.front().name),
                                  loaded.front().checklist->id));
    }
    inputs.push_back({l.name, &l.answers});
  }
  const core::Checklist& checklist = *loaded.front().checklist;
  core::MergeOutcome outcome = core::merge_answers(checklist, inputs, rule);
  if (!outcome.merged) {
    throw core::Error(core::ExitCode::invalid_input, std::move(outcome.problems));
  }
  const core::AnswersFile& merged = *outcome.merged;
  if (!global.quiet) {
    for (const auto& warning : outcome.warnings) {
      write_stderr(fmt::format("ftsu-gap: warning: {}\n", util::for_terminal_line(warning)));
    }
  }
  write_output(context.file_system, options.output, core::write_answers(merged, &checklist));
  if (!global.quiet && options.output != "-") {
    write_stderr(fmt::format("Merged the answers of {} ({}) by rule {} into {}; then:\n"
                             "  ftsu-gap report {}\n",
                             merged.respondents.size() == 1
                                 ? std::string("one respondent")
                                 : fmt::format("{} respondents", merged.respondents.size()),
                             util::for_terminal_line(util::join(merged.respondents, ", ")),
                             core::to_string(*merged.merge_rule),
                             util::for_terminal(options.output),
                             util::for_terminal(options.output)));
  }
  return 0;
}

} // namespace

void
add_merge_command(CLI::App& app, Context& context)
{
  auto options = std::make_shared<MergeOptions>();
  auto* command = app.add_subcommand(
      "merge",
      "Merge several respondents' answers (guardian, executive lead, non-executive lead...) "
      "into one file that keeps each one's answers beside the merged one");
  command
      ->add_option("FILE",
                   options->files,
                   "Answers files of one checklist version, organisation and period: each "
                   "respondent's own (with 'respondent:'), or files merged before")
      ->required();
  command
      ->add_option("-o,--output", options->output, "The merged answers file ('-': standard output)")
      ->required();
  command
      ->add_option("--rule",
                   options->rule,
                   "How an item's answer is derived from the respondents': lowest (the most "
                   "cautious; the default, or the rule of merged files given), majority (ties "
                   "to the lower) or median (the lower middle for an even count)")
      ->check(CLI::IsMember(core::merge_rule_keys()));
  add_checklist_options(*command, options->checklists, true);
  command->footer("Exit codes: 0 done, 2 usage, 3 invalid input or files that cannot be merged "
                  "(each named), 4 a file could not be read or written.");
  command->callback([&context, options] {
    context.action = [&context, options] {
      check_answers_output(options->output, "merge");
      return run_merge(*options, context);
    };
  });
}

} // namespace ftsu::cli
