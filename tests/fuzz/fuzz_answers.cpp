// Fuzz target: an answers file against the bundled checklist it names. The
// bytes go through the answers loader and check_answers as the command line
// does (cli/load.cpp); answers that pass are scored, rendered in every
// format of report_formats() (with a comparison with themselves for the
// formats that show one), and written back as an answers file, which must
// read back (a refusal to write is a finding). core::Error from loading
// is an expected outcome; any other exception or a sanitizer report is a
// finding.
#include <ftsu/core/answers_writer.hpp>
#include <ftsu/core/diff.hpp>
#include <ftsu/core/disagreement.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/core/merge.hpp>
#include <ftsu/core/scoring.hpp>
#include <ftsu/report/report.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fuzz_common.hpp"

namespace {

using namespace ftsu;

// Writes `answers` back as an answers file. One rule for every writer
// (docs/security.md): write_answers refuses what the loader would not read
// back, but a file small enough to fuzz was read, so anything it writes must
// read back; a refusal here is a finding, not an expected outcome.
void
write_back(const core::AnswersFile& answers, const core::Checklist* checklist)
{
  try {
    (void)core::write_answers(answers, checklist);
  } catch (const core::Error&) {
    std::abort();
  }
}

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
  for (const auto& format : report::report_formats()) {
    if (format.compare == report::CompareSupport::shown) {
      (void)format.render(assessment, options);
    }
  }
  write_back(loaded->answers, loaded->checklist.get());
  write_back(loaded->answers, nullptr);
  // merge of the file alone: refused (no respondent) or a merged file.
  const core::MergeInput input{"fuzz.yaml", &loaded->answers};
  const core::MergeOutcome merged =
      core::merge_answers(*loaded->checklist, std::span(&input, 1), std::nullopt);
  if (merged.merged) {
    write_back(*merged.merged, loaded->checklist.get());
  }
}

} // namespace

extern "C" int
LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  return ftsu::fuzz::run_one(exercise, data, size);
}
