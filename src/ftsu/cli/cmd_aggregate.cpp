#include <ftsu/cli/app.hpp>
#include <ftsu/cli/formats.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/load.hpp>
#include <ftsu/cli/resolve.hpp>
#include <ftsu/core/aggregate.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/report/aggregate.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>

namespace ftsu::cli {

namespace {

using core::Error;
using core::ExitCode;

struct AggregateOptions
{
  std::vector<std::string> files;
  std::string format = "text";
  std::string output = "-";
  unsigned jobs = 0;
  ChecklistOptions checklists;
};

// One file's state through the roll-up.
struct Entry
{
  std::string path;
  std::string name;
  std::optional<core::AnswersFile> answers;
  std::unique_ptr<core::DiagnosticSink> sink;
  std::optional<std::string> io_error;
  std::unique_ptr<core::Assessment> assessment;
};

// Runs `work(i)` for i in [0, count) on `jobs` threads.
template<typename Work>
void
in_parallel(std::size_t count, unsigned jobs, Work work)
{
  std::atomic<std::size_t> next{0};
  const auto worker = [&] {
    for (std::size_t i = next++; i < count; i = next++) {
      work(i);
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs && t < count; ++t) {
    threads.emplace_back(worker);
  }
  worker();
  for (auto& thread : threads) {
    thread.join();
  }
}

void
read_entry(Entry& entry)
{
  entry.sink = std::make_unique<core::DiagnosticSink>(entry.name);
  try {
    entry.answers = core::load_answers(read_input(entry.path), *entry.sink);
  } catch (const Error& e) {
    entry.io_error = e.what();
  }
}

// Refuses files of another checklist id or version, listing them.
void
check_same_version(const std::vector<Entry>& entries)
{
  const Entry* first = nullptr;
  std::vector<core::Diagnostic> located;
  for (const auto& e : entries) {
    if (!e.answers || e.answers->checklist.empty()) {
      continue;
    }
    if (first == nullptr) {
      first = &e;
    } else if (e.answers->checklist != first->answers->checklist
               || e.answers->checklist_version != first->answers->checklist_version) {
      core::DiagnosticSink sink(e.name);
      sink.error(e.answers->checklist_mark,
                 fmt::format("this file is for {} {}, but aggregate rolls up one checklist "
                             "version, {} {} (from {})",
                             e.answers->checklist,
                             e.answers->checklist_version,
                             first->answers->checklist,
                             first->answers->checklist_version,
                             first->name));
      const std::vector<core::Diagnostic> found = sink.diagnostics();
      located.insert(located.end(), found.begin(), found.end());
    }
  }
  if (!located.empty()) {
    throw Error(ExitCode::invalid_input, located);
  }
}

int
run_aggregate(const AggregateOptions& options, const GlobalOptions& global)
{
  check_stdin_once(options.files);
  const unsigned jobs =
      options.jobs > 0 ? options.jobs : std::max(1U, std::thread::hardware_concurrency());
  std::vector<Entry> entries(options.files.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    entries[i].path = options.files[i];
    entries[i].name = display_name(options.files[i]);
  }
  in_parallel(entries.size(), jobs, [&](std::size_t i) { read_entry(entries[i]); });
  check_same_version(entries);
  const auto first = std::find_if(entries.begin(), entries.end(), [](const Entry& e) {
    return e.answers && !e.answers->checklist.empty();
  });
  core::ChecklistPtr checklist;
  if (first != entries.end()) {
    checklist = checklist_for_answers(*first->answers, options.checklists, *first->sink);
  }
  const util::Date today = util::today_utc();
  in_parallel(entries.size(), jobs, [&](std::size_t i) {
    Entry& e = entries[i];
    if (checklist && e.answers && !e.sink->has_errors()
        && core::check_answers(*e.answers, *checklist, *e.sink)) {
      e.assessment =
          std::make_unique<core::Assessment>(core::score_answers(*checklist, *e.answers, today));
    }
  });
  int code = 0;
  for (const auto& e : entries) {
    if (e.io_error) {
      print_error(*e.io_error);
      code = static_cast<int>(ExitCode::io_error);
      continue;
    }
    print_diagnostics(e.sink->diagnostics(), global.quiet);
    if (e.sink->has_errors() || !e.assessment) {
      code = std::max(code, static_cast<int>(ExitCode::invalid_input));
    }
  }
  if (code != 0) {
    return code;
  }
  std::vector<core::AggregateFile> files;
  files.reserve(entries.size());
  for (const auto& e : entries) {
    files.push_back({e.name, e.assessment.get()});
  }
  const core::Aggregate aggregate = core::build_aggregate(*checklist, std::move(files));
  write_output(options.output,
               render(report::aggregate_formats(),
                      options.format,
                      aggregate,
                      layout_for(options.output, global, 100)));
  return 0;
}

} // namespace

void
add_aggregate_command(CLI::App& app, Context& context)
{
  auto options = std::make_shared<AggregateOptions>();
  auto* command = app.add_subcommand(
      "aggregate",
      "Roll up many answers files of one checklist version: per file, and per item how many gave "
      "each answer");
  command->add_option("FILE", options->files, "Answers files, all for one checklist id and version")
      ->required();
  add_checklist_options(*command, options->checklists, true);
  add_format_option(*command, options->format, report::aggregate_formats());
  command->add_option("-o,--output", options->output, "Write to this file ('-': standard output)");
  command
      ->add_option("--jobs", options->jobs, "Files read in parallel (default: the number of cores)")
      ->check(CLI::Range(1U, 256U));
  command->callback([&context, options] {
    context.action = [&context, options] { return run_aggregate(*options, context.global); };
  });
}

} // namespace ftsu::cli
