#include <ftsu/cli/io.hpp>
#include <ftsu/cli/load.hpp>
#include <ftsu/core/error.hpp>

#include <algorithm>

namespace ftsu::cli {

std::string
display_name(const std::string& path)
{
  return path == "-" ? std::string("<stdin>") : path;
}

void
check_stdin_once(const std::vector<std::string>& paths)
{
  if (std::count(paths.begin(), paths.end(), "-") > 1) {
    throw core::Error(core::ExitCode::usage,
                      "'-' (standard input) is given more than once; it can be read only once");
  }
}

void
refuse_mismatch(const LoadedAnswers& loaded, const std::string& message)
{
  core::DiagnosticSink sink(loaded.name);
  sink.error(loaded.answers.checklist_mark, message);
  throw core::Error(core::ExitCode::invalid_input, sink.diagnostics());
}

LoadedAnswers
load_answers_file(const std::string& path,
                  const ChecklistOptions& options,
                  const GlobalOptions& global)
{
  LoadedAnswers loaded;
  loaded.name = display_name(path);
  core::DiagnosticSink sink(loaded.name);
  auto answers = core::load_answers(read_input(path), sink);
  if (answers) {
    loaded.checklist = checklist_for_answers(*answers, options, sink);
    if (loaded.checklist) {
      core::check_answers(*answers, *loaded.checklist, sink);
    }
  }
  if (sink.has_errors()) {
    throw core::Error(core::ExitCode::invalid_input, sink.diagnostics());
  }
  print_diagnostics(sink.diagnostics(), global.quiet);
  loaded.answers = std::move(*answers);
  return loaded;
}

} // namespace ftsu::cli
