#include <ftsu/cli/io.hpp>
#include <ftsu/cli/load.hpp>
#include <ftsu/core/diff.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>

#ifdef __GLIBC__
#  include <malloc.h>
#endif

namespace ftsu::cli {

namespace {

// Gives the pages of the freed parse trees back to the system. The tree of
// a large file is freed piece by piece while its model is built, and the
// allocator keeps the pages for reuse; a large output (a JSON report) is
// allocated afresh, so without this it comes on top of them.
void
release_free_memory()
{
#ifdef __GLIBC__
  ::malloc_trim(0);
#endif
}

} // namespace

std::string
display_name(const std::string& path)
{
  return path == "-" ? std::string("<stdin>") : path;
}

void
check_stdin_once(const std::vector<std::string>& paths)
{
  if (std::count(paths.begin(), paths.end(), "-") > 1) {
    throw stdin_twice_error();
  }
}

void
refuse_mismatch(const LoadedAnswers& loaded, const std::string& message)
{
  core::DiagnosticSink sink(loaded.name);
  sink.error(loaded.answers.checklist_mark, message);
  throw core::Error(core::ExitCode::invalid_input, sink.diagnostics());
}

void
check_order(const LoadedAnswers& older,
            const LoadedAnswers& newer,
            std::string_view what,
            bool allow_reverse)
{
  if (allow_reverse) {
    return;
  }
  if (const auto why = core::reversed_order(older.answers, newer.answers)) {
    throw core::Error(core::ExitCode::usage,
                      fmt::format("{}: {} is newer than {} ({}); swap the two files, or give "
                                  "--allow-reverse to compare them in this order",
                                  what,
                                  util::for_terminal(older.name),
                                  util::for_terminal(newer.name),
                                  util::for_terminal(*why)));
  }
}

LoadedAnswers
load_answers_file(Context& context, const std::string& path, const ChecklistOptions& options)
{
  LoadedAnswers loaded;
  loaded.name = display_name(path);
  core::DiagnosticSink sink(loaded.name);
  auto answers = core::load_answers(context.file_system.read(path), sink);
  if (answers) {
    loaded.checklist = context.checklists.for_answers(*answers, options, sink);
    if (loaded.checklist) {
      core::check_answers(*answers, *loaded.checklist, sink);
    }
  }
  if (sink.has_errors()) {
    throw core::Error(core::ExitCode::invalid_input, sink.diagnostics());
  }
  print_diagnostics(sink.diagnostics(), context.global.quiet);
  loaded.answers = std::move(*answers);
  release_free_memory();
  return loaded;
}

} // namespace ftsu::cli
