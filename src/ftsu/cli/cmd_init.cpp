#include <ftsu/cli/app.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/load.hpp>
#include <ftsu/cli/resolve.hpp>
#include <ftsu/core/answers_writer.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <filesystem>
#include <memory>

namespace ftsu::cli {

namespace {

using core::Error;
using core::ExitCode;

struct InitOptions
{
  std::string checklist;
  std::string output;
  std::optional<std::string> organisation;
  std::optional<std::string> period;
  std::optional<std::string> profile;
  std::optional<std::string> from;
  ChecklistOptions checklists;
};

void
check_profile(const core::Checklist& checklist, const std::string& profile)
{
  if (checklist.find_profile(profile) != nullptr) {
    return;
  }
  const auto keys = checklist.profile_keys();
  throw Error(
      ExitCode::usage,
      keys.empty() ? fmt::format(
          "--profile {}: checklist '{}' has no profiles", util::for_terminal(profile), checklist.id)
                   : fmt::format("--profile {}: not a profile of checklist '{}'; expected one "
                                 "of: {}",
                                 util::for_terminal(profile),
                                 checklist.id,
                                 util::join(keys, ", ")));
}

// Reads last year's answers file: its shape only, since it may be for an
// earlier version of the checklist.
core::AnswersFile
read_previous(const std::string& path, const core::Checklist& checklist)
{
  const std::string name = display_name(path);
  core::DiagnosticSink sink(name);
  auto previous = core::load_answers(read_input(path), sink);
  if (!previous || sink.has_errors()) {
    throw Error(ExitCode::invalid_input, sink.diagnostics());
  }
  if (previous->checklist != checklist.id) {
    throw Error(ExitCode::invalid_input,
                fmt::format("{}: --from holds answers to checklist '{}', not '{}'",
                            util::for_terminal(name),
                            util::for_terminal(previous->checklist),
                            checklist.id));
  }
  return std::move(*previous);
}

int
run_init(const InitOptions& options, const GlobalOptions& global)
{
  std::error_code ec;
  if (options.output != "-" && std::filesystem::exists(options.output, ec)) {
    throw Error(
        ExitCode::io_error,
        fmt::format("{}: already exists; init never overwrites a file (choose another name, "
                    "or use 'ftsu-gap assess' to carry on with it)",
                    util::for_terminal(options.output)));
  }
  const auto checklist = resolve_checklist(options.checklist, options.checklists.dirs);
  if (options.profile) {
    check_profile(*checklist, *options.profile);
  }
  std::optional<core::AnswersFile> previous;
  if (options.from) {
    previous = read_previous(*options.from, *checklist);
    if (!options.profile && previous->profile
        && checklist->find_profile(*previous->profile) == nullptr) {
      previous->profile.reset();
    }
  }
  const auto given = [](const std::optional<std::string>& value) {
    return value && !util::trim(*value).empty() ? value : std::nullopt;
  };
  const core::AnswersFile file = core::start_answers(*checklist,
                                                     given(options.organisation),
                                                     given(options.period),
                                                     options.profile,
                                                     previous ? &*previous : nullptr);
  write_output(options.output, core::write_answers(file, checklist.get()));
  if (!global.quiet && options.output != "-") {
    write_stderr(fmt::format("Wrote {} with {} items of {} {}. Fill it in an editor, then run:\n"
                             "  ftsu-gap report {}\n",
                             util::for_terminal(options.output),
                             file.answers.size(),
                             checklist->id,
                             checklist->version,
                             util::for_terminal(options.output)));
  }
  return 0;
}

} // namespace

void
add_init_command(CLI::App& app, Context& context)
{
  auto options = std::make_shared<InitOptions>();
  auto* command = app.add_subcommand(
      "init", "Start an answers file listing every item, unanswered, ready to fill in an editor");
  command
      ->add_option(
          "CHECKLIST", options->checklist, "A checklist file, or a bundled id (id or id@version)")
      ->required();
  command
      ->add_option(
          "-o,--output", options->output, "The answers file to create ('-': standard output)")
      ->required();
  command->add_option("--organisation", options->organisation, "The organisation's name");
  command->add_option("--period", options->period, "The period assessed, such as 2025/26");
  command->add_option(
      "--profile", options->profile, "The organisation type (a profile of the checklist)");
  command->add_option(
      "--from",
      options->from,
      "Last year's answers file: carry forward organisation, profile, and each item's "
      "action, owner, due date and evidence (not the answers)");
  add_checklist_options(*command, options->checklists, false);
  command->callback([&context, options] {
    context.action = [&context, options] { return run_init(*options, context.global); };
  });
}

} // namespace ftsu::cli
