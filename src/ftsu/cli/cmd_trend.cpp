#include <ftsu/cli/app.hpp>
#include <ftsu/cli/formats.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/load.hpp>
#include <ftsu/cli/publication.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/core/trend.hpp>
#include <ftsu/report/compare.hpp>
#include <ftsu/util/utf8.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>
#include <optional>

namespace ftsu::cli {

namespace {

struct TrendOptions
{
  std::vector<std::string> files;
  std::string format; // empty: chosen by format_for_output
  std::string output = "-";
  std::optional<std::string> reference_docx;
  ChecklistOptions checklists;
  PaperCheckOptions paper;
};

int
run_trend(const TrendOptions& options, Context& context)
{
  const GlobalOptions& global = context.global;
  const std::optional<report::docx::Reference> reference =
      read_reference_docx(options.reference_docx,
                          format_named(report::trend_formats(), options.format),
                          context.file_system);
  check_stdin_once(options.files);
  std::vector<std::unique_ptr<LoadedAnswers>> loaded;
  std::vector<std::unique_ptr<core::Assessment>> assessments;
  std::vector<core::TrendPeriod> periods;
  const util::Date local_today = today();
  // A trend prints the organisation and the checklist's titles and item
  // texts, never the answers' own texts.
  PaperCheck paper(options.paper,
                   format_named(report::trend_formats(), options.format),
                   {"organisation", "checklist title", "section title", "checklist text"},
                   context);
  for (const auto& file : options.files) {
    loaded.push_back(
        std::make_unique<LoadedAnswers>(load_answers_file(context, file, options.checklists)));
    LoadedAnswers& l = *loaded.back();
    if (l.checklist->id != loaded.front()->checklist->id) {
      refuse_mismatch(
          l,
          fmt::format("{} is for checklist '{}', but {} is for '{}'; a trend follows one checklist",
                      util::for_terminal(l.name),
                      l.checklist->id,
                      util::for_terminal(loaded.front()->name),
                      loaded.front()->checklist->id));
    }
    paper.apply(l);
    assessments.push_back(std::make_unique<core::Assessment>(
        core::score_answers(*l.checklist, l.answers, local_today)));
    periods.push_back({l.name, core::period_label(l.answers, l.name), assessments.back().get()});
  }
  const core::Trend trend = core::build_trend(std::move(periods));
  if (trend.reordered && !global.quiet) {
    std::string order;
    for (const auto& period : trend.periods) {
      order += (order.empty() ? "" : ", ") + period.label;
    }
    write_stderr(fmt::format("ftsu-gap: warning: the files were not given oldest first; shown in "
                             "period order: {}\n",
                             util::for_terminal_line(order)));
  }
  report::CompareOptions layout;
  static_cast<report::Layout&>(layout) = layout_for(options.output, global, 120);
  layout.generated = generation_date();
  layout.reference_docx = reference ? &*reference : nullptr;
  const std::string paper_text = render(report::trend_formats(), options.format, trend, layout);
  paper.finish();
  write_output(context.file_system, options.output, paper_text);
  return 0;
}

} // namespace

void
add_trend_command(CLI::App& app, Context& context)
{
  auto options = std::make_shared<TrendOptions>();
  auto* command = app.add_subcommand(
      "trend", "Overall and section scores over several periods, oldest first, with sparklines");
  command
      ->add_option("FILE",
                   options->files,
                   "Answers files (put in period order, with a warning, when not oldest first)")
      ->required();
  add_checklist_options(*command, options->checklists, true);
  add_format_option(*command, options->format, report::trend_formats());
  add_paper_check_options(*command, options->paper);
  add_reference_docx_option(*command, options->reference_docx);
  command->add_option("-o,--output", options->output, "Write to this file ('-': standard output)");
  command->callback([&context, options] {
    context.action = [&context, options] {
      options->format =
          format_for_output(report::trend_formats(), options->format, options->output, "trend");
      return run_trend(*options, context);
    };
  });
}

} // namespace ftsu::cli
