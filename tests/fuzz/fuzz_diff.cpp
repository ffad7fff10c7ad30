// Fuzz target: two answers files in one input, OLD before the first line
// that is exactly "%%%%" and NEW after it (an input without that line is
// compared with itself). Each is loaded and checked against the bundled
// checklist it names, as cli/load.cpp does; two files for the same
// checklist id are scored, compared (core::compare, completed_actions,
// comparison_warnings), rendered in every format of diff_formats(), and
// lined up as a trend of two periods in every format of trend_formats().
// core::Error is an expected outcome; any other exception or a sanitizer
// report is a finding.
#include <ftsu/core/diff.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/core/scoring.hpp>
#include <ftsu/core/trend.hpp>
#include <ftsu/report/compare.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "fuzz_common.hpp"

namespace {

using namespace ftsu;

constexpr std::string_view k_separator = "\n%%%%\n";

// Returns OLD and NEW: the text before and after the separator line, or
// the whole text twice.
std::pair<std::string_view, std::string_view>
split_input(std::string_view text)
{
  const auto at = text.find(k_separator);
  if (at == std::string_view::npos) {
    return {text, text};
  }
  return {text.substr(0, at + 1), text.substr(at + k_separator.size())};
}

void
exercise(std::string_view text)
{
  const auto [old_text, new_text] = split_input(text);
  const auto before = fuzz::load_checked_answers(old_text);
  if (!before) {
    return;
  }
  const auto after = fuzz::load_checked_answers(new_text);
  if (!after || before->checklist->id != after->checklist->id) {
    return;
  }
  const auto old_assessment =
      core::score_answers(*before->checklist, before->answers, fuzz::k_today);
  const auto new_assessment = core::score_answers(*after->checklist, after->answers, fuzz::k_today);
  const core::Comparison comparison = core::compare(old_assessment, new_assessment);
  (void)core::completed_actions(comparison);
  (void)core::comparison_warnings(comparison);
  const std::uint64_t hash = fuzz::hash_bytes(text);
  report::CompareOptions options;
  static_cast<report::Layout&>(options) = fuzz::layout_for(hash);
  options.arrows = ((hash >> 5) & 1U) != 0;
  options.generated = fuzz::k_today;
  for (const auto& format : report::diff_formats()) {
    (void)format.render(comparison, options);
  }
  std::vector<core::TrendPeriod> periods;
  periods.push_back({"old.yaml", core::period_label(before->answers, "old.yaml"), &old_assessment});
  periods.push_back({"new.yaml", core::period_label(after->answers, "new.yaml"), &new_assessment});
  const core::Trend trend = core::build_trend(std::move(periods));
  for (const auto& format : report::trend_formats()) {
    (void)format.render(trend, options);
  }
}

} // namespace

extern "C" int
LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
  return ftsu::fuzz::run_one(exercise, data, size);
}
