// Fuzz target: an answers file against the bundled checklist it names. The
// bytes go through the answers loader and check_answers as the command line
// does (cli/load.cpp); answers that pass are scored, rendered in every
// format of report_formats() (with a comparison with themselves for the
// formats that show one), and written back as an answers file. core::Error
// is an expected outcome; any other exception or a sanitizer report is a
// finding.
#include <ftsu/core/answers_writer.hpp>
#include <ftsu/core/diff.hpp>
#include <ftsu/core/disagreement.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/core/merge.hpp>
#include <ftsu/core/scoring.hpp>
#include <ftsu/report/report.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_common.hpp"

namespace {

using namespace ftsu;

void
exercise(std::string_view text)
{
  const auto loaded = fuzz::load_checked_answers(text);
  if (!loaded) {
    return;
  }
  const auto assessment = core::score_answers(*loaded->checklist, loaded->answers, fuzz::k_today);
  const std::uint64_t hash = fuzz::hash_bytes(text);
  report::ReportOptions options;
  static_cast<report::Layout&>(options) = fuzz::layout_for(hash);
  static constexpr std::size_t k_tops[] = {10, 0, 1, 3};
  options.top = k_tops[(hash >> 5) % 4];
  options.rows = ((hash >> 7) & 1U) != 0 ? report::ItemRows::gaps : report::ItemRows::all;
  options.generated = fuzz::k_today;
  // A merged file's disagreements, in every format as `report` shows them.
  const auto disagreements = core::find_disagreements(assessment);
  options.disagreements = disagreements ? &*disagreements : nullptr;
  for (const auto& format : report::report_formats()) {
    (void)format.render(assessment, options);
  }
  const core::Comparison comparison = core::compare(assessment, assessment);
  (void)core::comparison_warnings(comparison);
  options.compare = &comparison;
  const auto compare_names = report::compare_formats();
  for (const auto& format : report::report_formats()) {
    if (std::find(compare_names.begin(), compare_names.end(), format.name) != compare_names.end()) {
      (void)format.render(assessment, options);
    }
  }
  (void)core::write_answers(loaded->answers, loaded->checklist.get());
  (void)core::write_answers(loaded->answers, nullptr);
  // merge of the file alone: refused (no respondent) or a merged file.
  const core::MergeInput input{"fuzz.yaml", &loaded->answers};
  const core::MergeOutcome merged =
      core::merge_answers(*loaded->checklist, std::span(&input, 1), std::nullopt);
  if (merged.merged) {
    (void)core::write_answers(*merged.merged, loaded->checklist.get());
  }
}

} // namespace

extern "C" int
LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  return ftsu::fuzz::run_one(exercise, data, size);
}
