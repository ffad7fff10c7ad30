#include <ftsu/cli/app.hpp>
#include <ftsu/cli/formats.hpp>
#include <ftsu/cli/input_list.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/load.hpp>
#include <ftsu/cli/publication.hpp>
#include <ftsu/cli/resolve.hpp>
#include <ftsu/cli/validators.hpp>
#include <ftsu/core/aggregate.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/report/aggregate.hpp>
#include <ftsu/util/ordered_parallel.hpp>
#include <ftsu/util/utf8.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <memory>
#include <thread>

namespace ftsu::cli {

namespace {

using core::Error;
using core::ExitCode;

struct AggregateOptions
{
  std::vector<std::string> files;
  std::string format; // empty: chosen by format_for_output
  std::string output = "-";
  unsigned jobs = 0;
  bool keep_going = false;
  bool by_period = false;
  ChecklistOptions checklists;
  PaperCheckOptions paper;
};

// The checklist every file is scored against, and the id and version the
// first file names (the others must name the same).
struct Reference
{
  std::string name;
  std::string id;
  std::string version;
  core::ChecklistPtr checklist;
};

// One file read, checked and scored: what is printed about it and, when it
// is good, its outcome.
struct FileResult
{
  std::vector<core::Diagnostic> diagnostics;
  std::optional<std::string> error;
  int code = 0;
  std::optional<core::FileOutcome> outcome;
};

// Returns the checklist id and version named by the first file that names
// one, and the checklist to score against; nullopt when no file names one.
// Problems finding the checklist throw core::Error, unless `keep_going`:
// then the file's problems are kept in `unresolved` (by index) and the next
// file is tried.
std::optional<Reference>
find_reference(Context& context,
               const std::vector<std::string>& paths,
               const ChecklistOptions& options,
               bool keep_going,
               std::map<std::size_t, FileResult>& unresolved)
{
  for (std::size_t i = 0; i < paths.size(); ++i) {
    const std::string name = display_name(paths[i]);
    core::DiagnosticSink sink(name);
    std::optional<core::AnswersFile> answers;
    try {
      answers = core::load_answers(context.file_system.read(paths[i]), sink);
    } catch (const Error&) {
      continue; // reported when the file's turn comes
    }
    if (!answers || answers->checklist.empty()) {
      continue;
    }
    Reference ref{name, answers->checklist, answers->checklist_version, nullptr};
    FileResult failed;
    try {
      ref.checklist = context.checklists.for_answers(*answers, options, sink);
      failed.code = static_cast<int>(ExitCode::invalid_input);
      failed.diagnostics = sink.diagnostics();
    } catch (const Error& e) {
      if (!keep_going) {
        throw;
      }
      failed.code = static_cast<int>(e.code());
      failed.diagnostics = e.diagnostics();
      if (failed.diagnostics.empty()) {
        failed.error = e.what();
      }
    }
    if (ref.checklist) {
      return ref;
    }
    if (!keep_going) {
      throw Error(ExitCode::invalid_input, sink.diagnostics());
    }
    unresolved.emplace(i, std::move(failed));
  }
  return std::nullopt;
}

// Reads, checks and scores the file at `path` against `ref`; without `ref`
// (no file names a checklist) only reads it, for its problems.
FileResult
score_file(FileSystem& file_system,
           const std::string& path,
           const Reference* ref,
           const util::Date& today)
{
  FileResult result;
  const std::string name = display_name(path);
  core::DiagnosticSink sink(name);
  try {
    const auto answers = core::load_answers(file_system.read(path), sink);
    if (ref == nullptr) {
      if (!sink.has_errors()) {
        sink.error({1, 1}, "no file names a checklist to roll up against");
      }
    } else if (answers && !answers->checklist.empty()
               && (answers->checklist != ref->id || answers->checklist_version != ref->version)) {
      sink.error(answers->checklist_mark,
                 fmt::format("this file is for {} {}, but aggregate rolls up one checklist "
                             "version, {} {} (from {})",
                             answers->checklist,
                             answers->checklist_version,
                             ref->id,
                             ref->version,
                             ref->name));
    }
    if (ref != nullptr && answers && !sink.has_errors()
        && core::check_answers(*answers, *ref->checklist, sink)) {
      result.outcome =
          core::summarise_file(name, core::score_answers(*ref->checklist, *answers, today));
    }
  } catch (const Error& e) {
    result.code = static_cast<int>(e.code());
    if (e.diagnostics().empty()) {
      result.error = e.what();
    }
    result.diagnostics = e.diagnostics();
  }
  std::vector<core::Diagnostic> found = sink.diagnostics();
  found.insert(found.end(), result.diagnostics.begin(), result.diagnostics.end());
  result.diagnostics = std::move(found);
  if (!result.outcome) {
    result.code = std::max(result.code, static_cast<int>(ExitCode::invalid_input));
  }
  return result;
}

unsigned
job_count(unsigned requested)
{
  return requested > 0 ? requested : std::max(1U, std::thread::hardware_concurrency());
}

// The roll-ups being built: one, or one per period (by the period's
// identity key, so in sorted order) with --by-period.
class Rollups
{
public:
  Rollups(const core::Checklist& checklist, bool by_period)
      : m_checklist(&checklist)
      , m_by_period(by_period)
  {
  }

  // Returns the builder that `outcome`'s file goes to.
  core::AggregateBuilder&
  builder_for(const core::FileOutcome& outcome)
  {
    const std::string key = m_by_period ? core::identity_key(outcome.row.period) : std::string();
    auto found = m_builders.find(key);
    if (found == m_builders.end()) {
      found = m_builders.emplace(key, Entry{core::AggregateBuilder(*m_checklist), {}}).first;
      found->second.period = outcome.row.period;
    }
    return found->second.builder;
  }

  // Returns the first builder (made when none is): for the files left out.
  core::AggregateBuilder&
  first()
  {
    if (m_builders.empty()) {
      m_builders.emplace(std::string(), Entry{core::AggregateBuilder(*m_checklist), {}});
    }
    return m_builders.begin()->second.builder;
  }

  std::size_t
  added() const
  {
    std::size_t n = 0;
    for (const auto& [key, entry] : m_builders) {
      n += entry.builder.added();
    }
    return n;
  }

  // Returns each roll-up, in period order. The builders are spent.
  std::vector<core::Aggregate>
  finish()
  {
    std::vector<core::Aggregate> out;
    for (auto& [key, entry] : m_builders) {
      out.push_back(entry.builder.finish());
      if (m_by_period) {
        out.back().period = entry.period.value_or("(no period)");
      }
    }
    return out;
  }

private:
  struct Entry
  {
    core::AggregateBuilder builder;
    std::optional<std::string> period;
  };
  const core::Checklist* m_checklist;
  bool m_by_period;
  std::map<std::string, Entry> m_builders;
};

// Throws a usage error when an organisation has files of several periods.
void
refuse_clashes(const std::vector<core::Aggregate>& rollups)
{
  std::vector<core::PeriodClash> clashes;
  for (const auto& rollup : rollups) {
    clashes.insert(clashes.end(), rollup.clashes.begin(), rollup.clashes.end());
  }
  if (clashes.empty()) {
    return;
  }
  const core::PeriodClash& c = clashes.front();
  std::string message = fmt::format(
      "aggregate counts each organisation once, for one period, but {} has files of {} ({}) "
      "and {} ({})",
      c.organisation,
      c.first_period.value_or("no period"),
      display_name(c.first_file),
      c.period.value_or("no period"),
      display_name(c.file));
  if (clashes.size() > 1) {
    message += fmt::format(", and {} more {} too",
                           clashes.size() - 1,
                           clashes.size() == 2 ? "organisation has" : "organisations have");
  }
  throw Error(ExitCode::usage,
              message
                  + "; give --by-period to roll up each period apart, or give the files of "
                    "one period only");
}

// Prints a note on standard error for each valid file left out.
void
print_excluded(const std::vector<core::Aggregate>& rollups, bool quiet)
{
  std::vector<core::Diagnostic> notes;
  for (const auto& rollup : rollups) {
    for (const auto& excluded : rollup.excluded) {
      notes.push_back({core::Severity::warning,
                       excluded.file,
                       {},
                       fmt::format("not counted: {}", report::exclusion_text(excluded))});
    }
  }
  print_diagnostics(notes, quiet);
}

int
run_aggregate(const AggregateOptions& options, Context& context)
{
  const GlobalOptions& global = context.global;
  InputList inputs = expand_inputs(context.file_system, options.files, options.keep_going);
  int code = 0;
  for (const auto& problem : inputs.unlisted) {
    print_error(problem);
    code = static_cast<int>(ExitCode::io_error);
  }
  std::vector<std::string>& paths = inputs.files;
  const std::vector<RepeatedInput> repeated = drop_repeated_inputs(context.file_system, paths);
  if (paths.empty()) {
    throw Error(ExitCode::usage,
                "no answers files found (folders are searched for .yaml and .yml)");
  }
  std::map<std::size_t, FileResult> unresolved;
  const auto ref =
      find_reference(context, paths, options.checklists, options.keep_going, unresolved);
  const util::Date local_today = today();
  std::optional<Rollups> rollups;
  if (ref) {
    rollups.emplace(*ref->checklist, options.by_period);
  }
  util::ordered_parallel<FileResult>(
      paths.size(),
      job_count(options.jobs),
      [&](std::size_t i) {
        if (const auto found = unresolved.find(i); found != unresolved.end()) {
          return found->second;
        }
        return score_file(context.file_system, paths[i], ref ? &*ref : nullptr, local_today);
      },
      [&](std::size_t, FileResult result) {
        print_diagnostics(result.diagnostics, global.quiet);
        if (result.error) {
          print_error(*result.error);
        }
        code = std::max(code, result.code);
        if (!rollups) {
          return;
        }
        if (result.outcome) {
          rollups->builder_for(*result.outcome).add(std::move(*result.outcome));
        } else {
          rollups->first().leave_out();
        }
      });
  if (!rollups || (code != 0 && (!options.keep_going || rollups->added() == 0))) {
    return code != 0 ? code : static_cast<int>(ExitCode::invalid_input);
  }
  for (const auto& again : repeated) {
    rollups->first().exclude_same_file(again.path, again.first);
  }
  std::vector<core::Aggregate> aggregates = rollups->finish();
  refuse_clashes(aggregates);
  // A roll-up prints no answers' texts: of what it prints, the
  // organisations' names are what the publication check reads.
  PaperCheck paper(options.paper,
                   format_named(report::aggregate_formats(), options.format),
                   {"organisation"},
                   context);
  for (core::Aggregate& aggregate : aggregates) {
    for (core::AggregateFile& file : aggregate.files) {
      paper.apply_field(display_name(file.file), "organisation", file.organisation);
    }
    for (core::ExcludedFile& file : aggregate.excluded) {
      paper.apply_field(display_name(file.file), "organisation", file.organisation);
    }
  }
  report::AggregateLayout layout;
  static_cast<report::Layout&>(layout) = layout_for(options.output, global, 100);
  layout.generated = generation_date();
  const std::string paper_text =
      options.by_period
          ? render(report::aggregate_period_formats(), options.format, aggregates, layout)
          : render(report::aggregate_formats(), options.format, aggregates.front(), layout);
  paper.finish();
  write_output(context.file_system, options.output, paper_text);
  print_excluded(aggregates, global.quiet);
  std::size_t left_out = 0;
  for (const auto& aggregate : aggregates) {
    left_out += aggregate.left_out;
  }
  if (left_out > 0) {
    print_error(fmt::format("{} of {} files left out (--keep-going); their problems are above",
                            left_out,
                            paths.size()));
  }
  return code;
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
  command
      ->add_option(
          "FILE",
          options->files,
          "Answers files, all for one checklist id and version; a folder means every "
          ".yaml and .yml file below it (sorted); '-' reads the paths from standard input, "
          "one a line")
      ->required();
  add_checklist_options(*command, options->checklists, true);
  add_format_option(*command, options->format, report::aggregate_formats());
  add_paper_check_options(*command, options->paper);
  command->add_option("-o,--output", options->output, "Write to this file ('-': standard output)");
  command
      ->add_option("--jobs", options->jobs, "Files read in parallel (default: the number of cores)")
      ->check(whole_number_range(1, 256));
  command->add_flag("--keep-going",
                    options->keep_going,
                    "Leave out the files that fail (each reported) and roll up the rest; the exit "
                    "code is still 3 (4 when a file cannot be read)");
  command->add_flag("--by-period",
                    options->by_period,
                    "Roll up each period apart (files of one organisation in several periods "
                    "are refused without it)");
  command->footer("Exit codes: 0 every file rolled up, 1 with --public, an organisation's name "
                  "could identify a person (nothing is written), 3 a file is invalid, 4 a file "
                  "could not be read; without --keep-going nothing is written then.");
  command->callback([&context, options] {
    context.action = [&context, options] {
      options->format = format_for_output(
          report::aggregate_formats(), options->format, options->output, "aggregate");
      return run_aggregate(*options, context);
    };
  });
}

} // namespace ftsu::cli
