#include <ftsu/cli/app.hpp>
#include <ftsu/cli/formats.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/load.hpp>
#include <ftsu/cli/platform.hpp>
#include <ftsu/cli/publication.hpp>
#include <ftsu/core/diff.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/report/compare.hpp>
#include <ftsu/util/utf8.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>
#include <optional>

namespace ftsu::cli {

namespace {

struct DiffOptions
{
  std::string before;
  std::string after;
  std::string format; // empty: chosen by format_for_output
  std::string output = "-";
  std::optional<std::string> reference_docx;
  bool fail_on_regression = false;
  bool allow_reverse = false;
  ChecklistOptions checklists;
  PaperCheckOptions paper;
};

int
run_diff(const DiffOptions& options, Context& context)
{
  const GlobalOptions& global = context.global;
  const std::optional<report::docx::Reference> reference =
      read_reference_docx(options.reference_docx,
                          format_named(report::diff_formats(), options.format),
                          context.file_system);
  check_stdin_once({options.before, options.after});
  // A diff prints the items' texts, evidence and plans: every field is
  // checked.
  PaperCheck paper(
      options.paper, format_named(report::diff_formats(), options.format), {}, context);
  LoadedAnswers before = load_answers_file(context, options.before, options.checklists);
  LoadedAnswers after = load_answers_file(context, options.after, options.checklists);
  if (before.checklist->id != after.checklist->id) {
    refuse_mismatch(after,
                    fmt::format("{} is for checklist '{}' and {} for '{}'; diff compares two "
                                "assessments against the same checklist",
                                util::for_terminal(before.name),
                                before.checklist->id,
                                util::for_terminal(after.name),
                                after.checklist->id));
  }
  check_order(before, after, "diff takes the older file first", options.allow_reverse);
  paper.apply(before);
  paper.apply(after);
  const util::Date local_today = today();
  const core::Assessment old_assessment =
      core::score_answers(*before.checklist, before.answers, local_today);
  const core::Assessment new_assessment =
      core::score_answers(*after.checklist, after.answers, local_today);
  const core::Comparison comparison = core::compare(old_assessment, new_assessment);
  if (!global.quiet) {
    for (const auto& warning : core::comparison_warnings(comparison)) {
      write_stderr(fmt::format("ftsu-gap: warning: {}\n", util::for_terminal_line(warning)));
    }
  }
  report::CompareOptions layout;
  static_cast<report::Layout&>(layout) = layout_for(options.output, global, 100);
  layout.arrows = options.output == "-" && is_terminal(StandardStream::output);
  layout.generated = generation_date();
  layout.reference_docx = reference ? &*reference : nullptr;
  const std::string paper_text = render(report::diff_formats(), options.format, comparison, layout);
  paper.finish();
  write_output(context.file_system, options.output, paper_text);
  if (options.fail_on_regression && comparison.summary.regressed > 0) {
    print_error(fmt::format("gate failed: {} item{} regressed",
                            comparison.summary.regressed,
                            comparison.summary.regressed == 1 ? "" : "s"));
    return static_cast<int>(core::ExitCode::gate_failed);
  }
  return 0;
}

} // namespace

void
add_diff_command(CLI::App& app, Context& context)
{
  auto options = std::make_shared<DiffOptions>();
  auto* command = app.add_subcommand("diff",
                                     "Compare two assessments (last year's, this year's): what "
                                     "improved, what regressed, what changed");
  command->add_option("OLD", options->before, "The earlier answers file")->required();
  command->add_option("NEW", options->after, "The later answers file")->required();
  add_checklist_options(*command, options->checklists, true);
  add_format_option(*command, options->format, report::diff_formats());
  add_paper_check_options(*command, options->paper);
  add_reference_docx_option(*command, options->reference_docx);
  command->add_option("-o,--output", options->output, "Write to this file ('-': standard output)");
  command->add_flag(
      "--fail-on-regression", options->fail_on_regression, "Exit 1 when any item regressed");
  command->add_flag("--allow-reverse",
                    options->allow_reverse,
                    "Compare even when OLD is newer than NEW (by period, else by assessed_on), "
                    "which is otherwise refused");
  command->footer(
      "Exit codes: 0 done, 1 an item regressed (with --fail-on-regression) or, with --public, "
      "something could identify a person (nothing is written), 2 a usage error (OLD "
      "newer than NEW, say), 3 invalid input, 4 a file could not be read or written.");
  command->callback([&context, options] {
    context.action = [&context, options] {
      options->format =
          format_for_output(report::diff_formats(), options->format, options->output, "diff");
      return run_diff(*options, context);
    };
  });
}

} // namespace ftsu::cli
