#include <ftsu/cli/app.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/load.hpp>
#include <ftsu/cli/resolve.hpp>
#include <ftsu/core/answers.hpp>
#include <ftsu/core/checklist_loader.hpp>
#include <ftsu/core/document.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/util/utf8.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <memory>

namespace ftsu::cli {

namespace {

using core::ExitCode;

struct ValidateOptions
{
  std::vector<std::string> files;
  ChecklistOptions checklists;
};

// Validates an answers file's content; returns a summary for the ok line.
std::string
validate_answers(const core::yaml::Node& root,
                 const ValidateOptions& options,
                 core::DiagnosticSink& sink)
{
  const auto answers = core::build_answers(root, sink);
  if (!answers) {
    return {};
  }
  const auto checklist = checklist_for_answers(*answers, options.checklists, sink);
  if (!checklist || !core::check_answers(*answers, *checklist, sink)) {
    return {};
  }
  const auto matched = core::match_answers(*answers, *checklist);
  const auto answered = std::count_if(matched.begin(), matched.end(), [&](const auto& pair) {
    return answers->answers[pair.second].answer.has_value();
  });
  return fmt::format("answers for {} {} ({} of {} items answered)",
                     checklist->id,
                     checklist->version,
                     answered,
                     checklist->item_count());
}

// Validates one file; returns its exit code.
int
validate_file(const std::string& file, const ValidateOptions& options, const GlobalOptions& global)
{
  const std::string name = display_name(file);
  std::string text;
  try {
    text = read_input(file);
  } catch (const core::Error& e) {
    print_error(e.what());
    return static_cast<int>(e.code());
  }
  core::DiagnosticSink sink(name);
  std::string summary;
  try {
    if (const auto root = core::yaml::parse(text, sink)) {
      const auto kind = core::detect_kind(*root, sink);
      if (kind == core::DocumentKind::checklist) {
        if (const auto checklist = core::build_checklist(*root, sink, name)) {
          summary = fmt::format("checklist {} {} ({} items in {} sections)",
                                checklist->id,
                                checklist->version,
                                checklist->item_count(),
                                checklist->sections.size());
        }
      } else if (kind == core::DocumentKind::answers) {
        summary = validate_answers(*root, options, sink);
      }
    }
  } catch (const core::Error& e) {
    print_diagnostics(sink.diagnostics(), global.quiet);
    if (e.diagnostics().empty()) {
      print_error(e.what());
    } else {
      print_diagnostics(e.diagnostics(), global.quiet);
    }
    return static_cast<int>(e.code());
  }
  print_diagnostics(sink.diagnostics(), global.quiet);
  if (sink.has_errors()) {
    return static_cast<int>(ExitCode::invalid_input);
  }
  if (!global.quiet) {
    write_stdout(
        fmt::format("{}: ok: {}\n", util::for_terminal(name), util::for_terminal(summary)));
  }
  return 0;
}

int
run_validate(const ValidateOptions& options, const GlobalOptions& global)
{
  check_stdin_once(options.files);
  int code = 0;
  for (const auto& file : options.files) {
    code = std::max(code, validate_file(file, options, global));
  }
  return code;
}

} // namespace

void
add_validate_command(CLI::App& app, Context& context)
{
  auto options = std::make_shared<ValidateOptions>();
  auto* command = app.add_subcommand(
      "validate",
      "Check checklists and answers files (told apart by their 'format:') and report "
      "every problem");
  command->add_option("FILE", options->files, "Files to check ('-': standard input)")->required();
  add_checklist_options(*command, options->checklists, true);
  command->footer("Exit codes: 0 all valid, 3 a file is invalid, 4 a file could not be read.");
  command->callback([&context, options] {
    context.action = [&context, options] { return run_validate(*options, context.global); };
  });
}

} // namespace ftsu::cli
