#include <ftsu/cli/app.hpp>
#include <ftsu/cli/formats.hpp>
#include <ftsu/cli/header_options.hpp>
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
  std::optional<std::string> checklist;
  std::string output;
  HeaderArgs header;
  std::optional<std::string> from;
  ChecklistOptions checklists;
};

// Reads last year's answers file: its shape only, since it may be for an
// earlier version of the checklist.
core::AnswersFile
read_previous(FileSystem& file_system, const std::string& path)
{
  const std::string name = display_name(path);
  core::DiagnosticSink sink(name);
  auto previous = core::load_answers(file_system.read(path), sink);
  if (!previous || sink.has_errors()) {
    throw Error(ExitCode::invalid_input, sink.diagnostics());
  }
  return std::move(*previous);
}

int
run_init(const InitOptions& options, Context& context)
{
  const GlobalOptions& global = context.global;
  if (options.output != "-" && context.file_system.stat(options.output)) {
    throw Error(
        ExitCode::io_error,
        fmt::format("{}: already exists; init never overwrites a file (choose another name, "
                    "or use 'ftsu-gap assess -o {}' to carry on with it)",
                    util::for_terminal(options.output),
                    util::for_terminal(options.output)));
  }
  if (!options.checklist && !options.from) {
    throw Error(ExitCode::usage,
                "name the checklist (such as 'ftsu-gap init ngo-case-reviews -o FILE'), or give "
                "--from last year's file to use the checklist it names");
  }
  std::optional<core::AnswersFile> previous;
  if (options.from) {
    previous = read_previous(context.file_system, *options.from);
  }
  // Without a CHECKLIST, last year's checklist at its newest version.
  const auto checklist = context.checklists.resolve(
      options.checklist.value_or(previous ? previous->checklist : std::string()),
      options.checklists.dirs);
  const core::HeaderOptions header = header_options(options.header, *checklist);
  if (previous && previous->checklist != checklist->id) {
    core::DiagnosticSink sink(display_name(*options.from));
    sink.error(previous->checklist_mark,
               fmt::format("--from holds answers to checklist '{}', not '{}'",
                           util::for_terminal(previous->checklist),
                           checklist->id));
    throw Error(ExitCode::invalid_input, sink.diagnostics());
  }
  if (previous && !header.profile && previous->profile
      && checklist->find_profile(*previous->profile) == nullptr) {
    previous->profile.reset();
  }
  core::AnswersFile file = core::start_answers(*checklist,
                                               std::nullopt,
                                               std::nullopt,
                                               header.profile,
                                               previous ? &*previous : nullptr,
                                               header.respondent);
  core::apply_header(file, header);
  write_output(context.file_system, options.output, core::write_answers(file, checklist.get()));
  if (!global.quiet && options.output != "-") {
    write_stderr(fmt::format("Wrote {} with {} items of {} {}. Fill it in an editor or run "
                             "'ftsu-gap assess -o {}', then:\n"
                             "  ftsu-gap report {}\n",
                             util::for_terminal(options.output),
                             file.answers.size(),
                             checklist->id,
                             checklist->version,
                             util::for_terminal(options.output),
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
  command->add_option("CHECKLIST",
                      options->checklist,
                      "A checklist file, or a bundled id (id or id@version); with --from, the "
                      "newest version of the one last year's file names when not given");
  command
      ->add_option(
          "-o,--output", options->output, "The answers file to create ('-': standard output)")
      ->required();
  add_header_options(*command, options->header);
  command->add_option(
      "--from",
      options->from,
      "Last year's answers file: carry forward organisation, profile, each item's evidence "
      "(marked as carried) and its action when not done (not the answers)");
  add_checklist_options(*command, options->checklists, false);
  command->callback([&context, options] {
    context.action = [&context, options] {
      check_answers_output(options->output, "init");
      return run_init(*options, context);
    };
  });
}

} // namespace ftsu::cli
