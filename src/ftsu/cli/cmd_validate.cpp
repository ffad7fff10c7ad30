#include <ftsu/cli/app.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/load.hpp>
#include <ftsu/cli/resolve.hpp>
#include <ftsu/cli/validators.hpp>
#include <ftsu/core/answers.hpp>
#include <ftsu/core/checklist_loader.hpp>
#include <ftsu/core/document.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/util/ordered_parallel.hpp>
#include <ftsu/util/utf8.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace ftsu::cli {

namespace {

using core::ExitCode;

struct ValidateOptions
{
  std::vector<std::string> files;
  unsigned jobs = 0;
  ChecklistOptions checklists;
};

// The checklists answers files are checked against, each loaded once per
// run whatever the number of files naming it; safe to share between
// threads.
class ChecklistCache
{
public:
  ChecklistCache(ChecklistResolver& checklists, const ChecklistOptions& options)
      : m_checklists(checklists)
      , m_options(options)
  {
  }

  // Returns the checklist `answers` is for (see ChecklistResolver::for_answers),
  // reporting to `sink` when it cannot be found.
  core::ChecklistPtr
  get(const core::AnswersFile& answers, core::DiagnosticSink& sink)
  {
    const std::string key =
        m_options.checklist ? fmt::format("\n{}", *m_options.checklist)
                            : fmt::format("{}@{}", answers.checklist, answers.checklist_version);
    const std::lock_guard<std::mutex> lock(m_mutex);
    const auto found = m_loaded.find(key);
    if (found != m_loaded.end()) {
      return found->second;
    }
    auto checklist = m_checklists.for_answers(answers, m_options, sink);
    if (checklist) {
      m_loaded.emplace(key, checklist);
    }
    return checklist;
  }

private:
  ChecklistResolver& m_checklists;
  const ChecklistOptions& m_options;
  std::mutex m_mutex;
  std::map<std::string, core::ChecklistPtr> m_loaded;
};

// What validating one file found: printed in the order the files were given.
struct FileReport
{
  std::vector<core::Diagnostic> diagnostics;
  std::optional<std::string> error;
  std::optional<std::string> ok_line;
  int code = 0;
};

// Validates an answers file's content; returns a summary for the ok line.
std::string
validate_answers(const core::yaml::Node& root, ChecklistCache& cache, core::DiagnosticSink& sink)
{
  const auto answers = core::build_answers(root, sink);
  if (!answers) {
    return {};
  }
  const auto checklist = cache.get(*answers, sink);
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

// Returns the summary of a valid document `root` of `sink`'s file. A
// checklist's tree is freed section by section as it is read.
std::string
validate_document(core::yaml::Node&& root,
                  const std::string& name,
                  ChecklistCache& cache,
                  core::DiagnosticSink& sink)
{
  const auto kind = core::detect_kind(root, sink);
  if (kind == core::DocumentKind::checklist) {
    if (const auto checklist = core::build_checklist(std::move(root), sink, name)) {
      return fmt::format("checklist {} {} ({} items in {} sections)",
                         checklist->id,
                         checklist->version,
                         checklist->item_count(),
                         checklist->sections.size());
    }
  } else if (kind == core::DocumentKind::answers) {
    return validate_answers(root, cache, sink);
  }
  return {};
}

// Validates one file; prints nothing.
FileReport
validate_file(FileSystem& file_system, const std::string& file, ChecklistCache& cache)
{
  FileReport report;
  const std::string name = display_name(file);
  std::string text;
  try {
    text = file_system.read(file);
  } catch (const core::Error& e) {
    report.error = e.what();
    report.code = static_cast<int>(e.code());
    return report;
  }
  core::DiagnosticSink sink(name);
  std::string summary;
  try {
    auto root = core::yaml::parse(text, sink);
    // The tree holds its own copy of every value, so the bytes can go.
    std::string().swap(text);
    if (root) {
      summary = validate_document(std::move(*root), name, cache, sink);
    }
  } catch (const core::Error& e) {
    report.diagnostics = sink.diagnostics();
    if (e.diagnostics().empty()) {
      report.error = e.what();
    } else {
      report.diagnostics.insert(
          report.diagnostics.end(), e.diagnostics().begin(), e.diagnostics().end());
    }
    report.code = static_cast<int>(e.code());
    return report;
  }
  report.diagnostics = sink.diagnostics();
  if (sink.has_errors()) {
    report.code = static_cast<int>(ExitCode::invalid_input);
  } else {
    report.ok_line =
        fmt::format("{}: ok: {}\n", util::for_terminal(name), util::for_terminal(summary));
  }
  return report;
}

int
run_validate(const ValidateOptions& options, Context& context)
{
  const GlobalOptions& global = context.global;
  check_stdin_once(options.files);
  ChecklistCache cache(context.checklists, options.checklists);
  const unsigned jobs =
      options.jobs > 0 ? options.jobs : std::max(1U, std::thread::hardware_concurrency());
  int code = 0;
  util::ordered_parallel<FileReport>(
      options.files.size(),
      jobs,
      [&](std::size_t i) { return validate_file(context.file_system, options.files[i], cache); },
      [&](std::size_t, FileReport report) {
        print_diagnostics(report.diagnostics, global.quiet);
        if (report.error) {
          print_error(*report.error);
        }
        if (report.ok_line && !global.quiet) {
          context.file_system.write_stdout(*report.ok_line);
        }
        code = std::max(code, report.code);
      });
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
  command
      ->add_option(
          "--jobs", options->jobs, "Files checked in parallel (default: the number of cores)")
      ->check(whole_number_range(1, 256));
  command->footer("Exit codes: 0 all valid, 3 a file is invalid, 4 a file could not be read.");
  command->callback([&context, options] {
    context.action = [&context, options] { return run_validate(*options, context); };
  });
}

} // namespace ftsu::cli
