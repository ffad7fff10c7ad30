#include <ftsu/cli/app.hpp>
#include <ftsu/cli/formats.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/load.hpp>
#include <ftsu/cli/publication.hpp>
#include <ftsu/cli/validators.hpp>
#include <ftsu/core/diff.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/core/scoring.hpp>
#include <ftsu/report/compare.hpp>
#include <ftsu/report/docx.hpp>
#include <ftsu/report/report.hpp>
#include <ftsu/util/date.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cmath>
#include <memory>
#include <optional>
#include <string>

namespace ftsu::cli {

namespace {

struct ReportCommandOptions
{
  std::string answers;
  std::optional<std::string> compare;
  std::string format; // empty: chosen by format_for_output
  std::string output = "-";
  std::size_t top = 10;
  std::optional<double> fail_under;
  std::optional<double> min_coverage;
  bool fail_if_capped = false;
  bool fail_on_overdue = false;
  std::optional<std::size_t> fail_on_disagreement;
  bool gaps_only = false;
  bool allow_reverse = false;
  std::optional<std::string> reference_docx;
  ChecklistOptions checklists;
  PaperCheckOptions paper;
  // The cover sheet's options, as typed (the date and purpose checked when
  // the command runs).
  core::CoverSheet cover;
  std::optional<std::string> meeting_date;
  std::optional<std::string> purpose;
};

// The cover sheet's text options: each sets one field of core::CoverSheet,
// replacing the answers file's (docs/reports.md, "The cover sheet").
struct CoverOption
{
  const char* name;
  std::optional<std::string> core::CoverSheet::*field;
  const char* help;
};

constexpr CoverOption k_cover_options[] = {
    {"--meeting", &core::CoverSheet::meeting, "Cover sheet: the meeting (Trust Board (public))"},
    {"--agenda-item", &core::CoverSheet::agenda_item, "Cover sheet: the agenda item (12.3)"},
    {"--paper-title",
     &core::CoverSheet::title,
     "Cover sheet: the paper's title (default: the checklist's)"},
    {"--sponsor", &core::CoverSheet::sponsor, "Cover sheet: the executive sponsor"},
    {"--author", &core::CoverSheet::author, "Cover sheet: the paper's author"},
    {"--presenter", &core::CoverSheet::presenter, "Cover sheet: who presents it"},
    {"--recommendation",
     &core::CoverSheet::recommendation,
     "Cover sheet: what the board is asked to do"},
};

// Returns the cover sheet of the options: the text fields as given, the
// date and purpose parsed. Throws core::Error (usage) for a date that is
// not one.
core::CoverSheet
cover_of(const ReportCommandOptions& options)
{
  core::CoverSheet cover = options.cover;
  if (options.meeting_date) {
    cover.meeting_date = util::parse_typed_date(util::trim(*options.meeting_date));
    if (!cover.meeting_date) {
      throw core::Error(core::ExitCode::usage,
                        fmt::format("--meeting-date {}: not a date; write it as 2027-05-06 or "
                                    "06/05/2027",
                                    util::for_terminal(*options.meeting_date)));
    }
  }
  if (options.purpose) {
    cover.purpose = core::parse_purpose(*options.purpose);
  }
  return cover;
}

// Returns `score` with one decimal, or as many more as it takes to show it
// below `threshold` (0.96 is "0.96", not "1.0", against 1).
std::string
below_text(double score, double threshold)
{
  std::string text = util::one_decimal(score);
  for (int digits = 2; digits <= 6 && std::stod(text) >= threshold; ++digits) {
    text = fmt::format(
        "{:.{}f}", std::floor(score * std::pow(10, digits)) / std::pow(10, digits), digits);
  }
  return text;
}

// Returns the message of every gate `assessment` fails, in the order the
// gates are listed in the help.
std::vector<std::string>
failed_gates(const ReportCommandOptions& options,
             const core::Assessment& assessment,
             const core::Disagreements* disagreements)
{
  std::vector<std::string> failed;
  const core::ScoreSummary& o = assessment.overall;
  if (options.fail_under && (!o.score || *o.score < *options.fail_under)) {
    failed.push_back(fmt::format("overall score {} is below --fail-under {}",
                                 o.score ? below_text(*o.score, *options.fail_under)
                                         : std::string("(none: nothing counts)"),
                                 *options.fail_under));
  }
  if (options.min_coverage && (!o.coverage || *o.coverage < *options.min_coverage)) {
    failed.push_back(fmt::format("coverage {} is below --min-coverage {} ({} of {} answered)",
                                 o.coverage ? below_text(*o.coverage, *options.min_coverage) + "%"
                                            : std::string("(none: nothing counts)"),
                                 *options.min_coverage,
                                 o.tally.answered,
                                 o.tally.answered + o.tally.unanswered));
  }
  if (options.fail_if_capped && o.rating_capped) {
    // Unanswered mandatory items cap the rating too; they are named apart,
    // never as "not fully met".
    std::vector<std::string> why;
    const auto name = [&](const std::vector<std::string>& ids, std::string_view what) {
      if (!ids.empty()) {
        why.push_back(fmt::format("{} mandatory item{} {}: {}",
                                  ids.size(),
                                  ids.size() == 1 ? " is" : "s are",
                                  what,
                                  util::join(ids, ", ")));
      }
    };
    name(assessment.mandatory_unmet, "not fully met");
    name(assessment.mandatory_unanswered, "not yet answered");
    failed.push_back(
        fmt::format("the rating is capped (--fail-if-capped): {}", util::join(why, "; ")));
  }
  if (options.fail_on_overdue && !assessment.overdue_actions.empty()) {
    const std::size_t n = assessment.overdue_actions.size();
    failed.push_back(fmt::format("{} overdue action{} (--fail-on-overdue, judged at {}): {}",
                                 n,
                                 n == 1 ? "" : "s",
                                 util::to_string(assessment.as_of),
                                 util::join(assessment.overdue_actions, ", ")));
  }
  if (options.fail_on_disagreement && disagreements != nullptr
      && disagreements->wide >= *options.fail_on_disagreement) {
    const std::size_t n = disagreements->wide;
    failed.push_back(fmt::format("{} item{} differ by two steps or more between respondents "
                                 "(--fail-on-disagreement {})",
                                 n,
                                 n == 1 ? "" : "s",
                                 *options.fail_on_disagreement));
  }
  return failed;
}

// Returns the names of the formats of report's table that show --compare.
std::vector<std::string>
compare_format_names()
{
  return format_names(report::report_formats(), [](const report::FormatFacts& format) {
    return format.compare == report::CompareSupport::shown;
  });
}

// Returns the names of the formats of report's table whose --gaps-only
// is `meaning`.
std::vector<std::string>
gaps_only_format_names(report::GapsOnly meaning)
{
  return format_names(report::report_formats(), [meaning](const report::FormatFacts& format) {
    return format.gaps_only == meaning;
  });
}

// Returns the format diff writes the changes in for someone who asked
// report for `format`: the same format when diff writes it, else its
// alternative (csv for xlsx), else diff's first.
std::string
diff_format_for(const report::FormatFacts& format)
{
  const auto diff = report::diff_formats();
  for (const std::string_view name : {format.name, format.alternative}) {
    if (!name.empty() && report::find_format(diff, name) != nullptr) {
      return std::string(name);
    }
  }
  return std::string(diff.front().name);
}

// Throws a usage error when --compare is given with a format that cannot
// show it, with the diff command that shows the changes alone in that
// format, or in its alternative (csv for xlsx) when diff does not write it.
void
check_compare_format(const ReportCommandOptions& options, const report::FormatFacts& format)
{
  if (!options.compare || format.compare == report::CompareSupport::shown) {
    return;
  }
  throw core::Error(core::ExitCode::usage,
                    fmt::format("--compare works with --format {}, not {}; for the changes "
                                "alone use 'ftsu-gap diff {} {} --format {}'",
                                util::join_words(compare_format_names(), "or"),
                                format.name,
                                util::for_terminal(*options.compare),
                                util::for_terminal(options.answers),
                                diff_format_for(format)));
}

// Throws, at LAST's `checklist:` line, when `last` is for another checklist
// than `loaded`, as diff does.
void
check_same_checklist(const LoadedAnswers& last, const LoadedAnswers& loaded)
{
  if (last.checklist->id != loaded.checklist->id) {
    refuse_mismatch(last,
                    fmt::format("{} is for checklist '{}' and {} for '{}'; --compare needs two "
                                "assessments against the same checklist",
                                util::for_terminal(last.name),
                                last.checklist->id,
                                util::for_terminal(loaded.name),
                                loaded.checklist->id));
  }
}

// Throws a usage error when --gaps-only is given with a format that lists
// every item by definition (json) or only the gaps already (text), saying
// which formats do which.
void
check_gaps_only_format(const ReportCommandOptions& options, const report::FormatFacts& format)
{
  using report::GapsOnly;
  if (!options.gaps_only || format.gaps_only == GapsOnly::filters) {
    return;
  }
  std::vector<std::string> why;
  const auto say = [&why](GapsOnly meaning, std::string_view one, std::string_view several) {
    const auto names = gaps_only_format_names(meaning);
    if (!names.empty()) {
      why.push_back(util::join_words(names, "and") + " "
                    + std::string(names.size() == 1 ? one : several));
    }
  };
  say(GapsOnly::lists_gaps_already, "lists only the gaps already", "list only the gaps already");
  say(GapsOnly::lists_every_item, "always holds every item", "always hold every item");
  throw core::Error(core::ExitCode::usage,
                    fmt::format("--gaps-only is for --format {}, not {}: {}",
                                util::join_words(gaps_only_format_names(GapsOnly::filters), "and"),
                                format.name,
                                util::join(why, ", and ")));
}

int
run_report(const ReportCommandOptions& options, Context& context)
{
  const GlobalOptions& global = context.global;
  const report::FormatFacts& format = format_named(report::report_formats(), options.format);
  check_gaps_only_format(options, format);
  check_compare_format(options, format);
  const std::optional<report::docx::Reference> reference =
      read_reference_docx(options.reference_docx, format, context.file_system);
  if (options.compare) {
    check_stdin_once({options.answers, *options.compare});
  }
  PaperCheck paper(options.paper, format, {}, context);
  const core::CoverSheet cover = cover_of(options);
  LoadedAnswers loaded = load_answers_file(context, options.answers, options.checklists);
  // The options' cover fields replace the file's before the paper is
  // checked, so what is checked is what is printed.
  loaded.answers.cover = loaded.answers.cover.overridden_by(cover);
  paper.apply(loaded);
  const util::Date local_today = today();
  const core::Assessment assessment =
      core::score_answers(*loaded.checklist, loaded.answers, local_today);
  std::optional<LoadedAnswers> last;
  std::optional<core::Assessment> last_assessment;
  std::optional<core::Comparison> comparison;
  if (options.compare) {
    last.emplace(load_answers_file(context, *options.compare, options.checklists));
    check_same_checklist(*last, loaded);
    check_order(*last, loaded, "--compare takes last year's file", options.allow_reverse);
    paper.apply(*last);
    last_assessment.emplace(core::score_answers(*last->checklist, last->answers, local_today));
    comparison.emplace(core::compare(*last_assessment, assessment));
    if (!global.quiet) {
      for (const auto& warning : core::comparison_warnings(*comparison)) {
        write_stderr(fmt::format("ftsu-gap: warning: {}\n", util::for_terminal_line(warning)));
      }
    }
  }
  report::ReportOptions layout;
  layout.cover = loaded.answers.cover;
  static_cast<report::Layout&>(layout) = layout_for(options.output, global, 100);
  layout.top = options.top;
  layout.rows = options.gaps_only ? report::ItemRows::gaps : report::ItemRows::all;
  layout.generated = generation_date();
  layout.compare = comparison ? &*comparison : nullptr;
  const std::optional<core::Disagreements> disagreements = core::find_disagreements(assessment);
  layout.disagreements = disagreements ? &*disagreements : nullptr;
  layout.reference_docx = reference ? &*reference : nullptr;
  if (options.fail_on_disagreement && !disagreements) {
    throw core::Error(core::ExitCode::usage,
                      fmt::format("--fail-on-disagreement is for a merged file (ftsu-gap merge); "
                                  "{} has one respondent's answers",
                                  util::for_terminal(loaded.name)));
  }
  std::string paper_text = render(report::report_formats(), options.format, assessment, layout);
  paper.finish();
  write_output(context.file_system, options.output, paper_text);
  const auto failed = failed_gates(options, assessment, layout.disagreements);
  for (const auto& message : failed) {
    print_error("gate failed: " + message);
  }
  return failed.empty() ? 0 : static_cast<int>(core::ExitCode::gate_failed);
}

} // namespace

void
add_report_command(CLI::App& app, Context& context)
{
  auto options = std::make_shared<ReportCommandOptions>();
  const auto formats = report::report_formats();
  auto* command = app.add_subcommand("report",
                                     "Score an answers file and report the gaps: "
                                         + util::join_words(format_names(formats), "or"));
  command->add_option("ANSWERS", options->answers, "The answers file ('-': standard input)")
      ->required();
  command
      ->add_option("--compare",
                   options->compare,
                   fmt::format("Last year's answers file: add last year's section scores, the "
                               "changes, the regressions and the actions completed ({})",
                               util::join_words(compare_format_names(), "and")))
      ->type_name("LAST");
  command->add_flag("--allow-reverse",
                    options->allow_reverse,
                    "With --compare: compare even when LAST is newer than ANSWERS (by period, else "
                    "by assessed_on), which is otherwise refused");
  add_checklist_options(*command, options->checklists, true);
  add_format_option(*command, options->format, formats);
  add_paper_check_options(*command, options->paper);
  add_reference_docx_option(*command, options->reference_docx);
  command->add_option("-o,--output", options->output, "Write to this file ('-': standard output)");
  command->add_option("--top", options->top, "How many gaps to list (0: all; default 10)")
      ->check(whole_number_range(0, 1000000));
  command->add_flag("--gaps-only",
                    options->gaps_only,
                    util::join_words(gaps_only_format_names(report::GapsOnly::filters), "and")
                        + ": list only the items with a gap (a workbook: on its All items sheet)");
  command
      ->add_option("--fail-under",
                   options->fail_under,
                   "Exit 1 when the overall score is below SCORE (0 to 100)")
      ->check(percent_range());
  command
      ->add_option("--min-coverage",
                   options->min_coverage,
                   "Exit 1 when fewer than N% of the items that count are answered (0 to 100)")
      ->check(percent_range());
  command->add_flag("--fail-if-capped",
                    options->fail_if_capped,
                    "Exit 1 when the rating is capped by an unmet mandatory item");
  command->add_flag("--fail-on-overdue",
                    options->fail_on_overdue,
                    "Exit 1 when any action is overdue (not done, due before the assessment "
                    "date)");
  command
      ->add_option("--fail-on-disagreement",
                   options->fail_on_disagreement,
                   "A merged file: exit 1 when N or more items differ by two scale steps or more "
                   "between respondents")
      ->type_name("N")
      ->check(whole_number_range(1, 1000000));
  for (const CoverOption& cover : k_cover_options) {
    command->add_option(cover.name, options->cover.*cover.field, cover.help)
        ->type_name("TEXT")
        ->group("Cover sheet");
  }
  command
      ->add_option("--meeting-date",
                   options->meeting_date,
                   "Cover sheet: the date of the meeting (YYYY-MM-DD or DD/MM/YYYY)")
      ->type_name("DATE")
      ->group("Cover sheet");
  command
      ->add_option("--purpose",
                   options->purpose,
                   fmt::format("Cover sheet: what the paper is for: {}",
                               util::join(core::purpose_keys(), ", ")))
      ->check(CLI::IsMember(core::purpose_keys()))
      ->group("Cover sheet");
  command
      ->add_option("--risk",
                   options->cover.risks,
                   "Cover sheet: a link to the board assurance framework or a risk (repeatable)")
      ->type_name("TEXT")
      ->group("Cover sheet");
  const auto binary = format_names(formats, [](const report::FormatFacts& format) {
    return format.encoding == report::Encoding::binary;
  });
  command->footer(fmt::format(
      "Exit codes: 0 done, 1 a gate failed (each failed gate is named) or, with --public, "
      "something could identify a person (nothing is written), 2 a usage error ({}"
      "--compare with a format other than {}, or a LAST newer than ANSWERS), 3 invalid input, 4 "
      "a file could not be read or written.",
      binary.empty() ? "" : util::join_words(binary, "or") + " to a terminal, say, ",
      util::join_words(compare_format_names(), "or")));
  command->callback([&context, options] {
    context.action = [&context, options] {
      options->format =
          format_for_output(report::report_formats(), options->format, options->output, "report");
      return run_report(*options, context);
    };
  });
}

} // namespace ftsu::cli
