#include <ftsu/cli/app.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/load.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/core/scoring.hpp>
#include <ftsu/report/report.hpp>
#include <ftsu/util/strings.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cmath>
#include <memory>
#include <string>

#include <unistd.h>

namespace ftsu::cli {

namespace {

struct ReportCommandOptions
{
  std::string answers;
  std::string format = "text";
  std::string output = "-";
  std::size_t top = 10;
  std::optional<double> fail_under;
  ChecklistOptions checklists;
};

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

int
run_report(const ReportCommandOptions& options, const GlobalOptions& global)
{
  const LoadedAnswers loaded = load_answers_file(options.answers, options.checklists, global);
  const core::Assessment assessment =
      core::score_answers(*loaded.checklist, loaded.answers, util::today_utc());
  const bool to_stdout = options.output == "-";
  report::ReportOptions render;
  render.top = options.top;
  render.width = to_stdout ? output_width(100) : 80;
  render.color = to_stdout && use_color(global.color, STDOUT_FILENO);
  render.unicode = !to_stdout || terminal_is_utf8();
  const auto format = report::parse_format(options.format).value_or(report::Format::text);
  write_output(options.output, report::render_report(assessment, format, render));
  if (options.fail_under) {
    const auto& score = assessment.overall.score;
    if (!score || *score < *options.fail_under) {
      print_error(fmt::format("gate failed: overall score {} is below --fail-under {}",
                              score ? below_text(*score, *options.fail_under)
                                    : std::string("(none: nothing counts)"),
                              *options.fail_under));
      return static_cast<int>(core::ExitCode::gate_failed);
    }
  }
  return 0;
}

} // namespace

void
add_report_command(CLI::App& app, Context& context)
{
  auto options = std::make_shared<ReportCommandOptions>();
  auto* command = app.add_subcommand("report",
                                     "Score an answers file and report the gaps: text, markdown, "
                                     "json, csv (the action plan) or html");
  command->add_option("ANSWERS", options->answers, "The answers file ('-': standard input)")
      ->required();
  add_checklist_options(*command, options->checklists, true);
  command->add_option("--format", options->format, "text, markdown, json, csv or html")
      ->check(CLI::IsMember({"text", "markdown", "json", "csv", "html"}));
  command->add_option("-o,--output", options->output, "Write to this file ('-': standard output)");
  command->add_option("--top", options->top, "How many gaps to list (0: all; default 10)")
      ->check(CLI::Range(0, 1000000));
  command
      ->add_option("--fail-under",
                   options->fail_under,
                   "Exit 1 when the overall score is below SCORE (0 to 100)")
      ->check(CLI::Range(0.0, 100.0));
  command->footer("Exit codes: 0 done, 1 the --fail-under gate failed, 3 invalid input, 4 a file "
                  "could not be read or written.");
  command->callback([&context, options] {
    context.action = [&context, options] { return run_report(*options, context.global); };
  });
}

} // namespace ftsu::cli
