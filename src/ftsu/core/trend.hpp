#pragma once

#include <ftsu/core/scoring.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Scores over several periods (`trend`), oldest first.
namespace ftsu::core {

// One period: an assessment and the label it is shown under.
struct TrendPeriod
{
  std::string file;
  std::string label;
  const Assessment* assessment = nullptr;
};

// One row of the trend: the overall score or a section's, per period.
struct TrendRow
{
  std::string id;
  std::string title;
  std::vector<std::optional<double>> scores;
};

struct Trend
{
  std::vector<TrendPeriod> periods;
  TrendRow overall;
  // Coverage (answered ÷ answered + unanswered) per period: printed beside
  // the scores in every human-facing trend.
  TrendRow coverage;
  // Sections by id, in the order they first appear (oldest file first); a
  // section a period's checklist does not have has a null score there.
  std::vector<TrendRow> sections;
};

// Returns the label of a period: `period:`, else `assessed_on`, else the
// file's name.
std::string period_label(const AnswersFile& answers, std::string_view file);

// Builds the trend of `periods` (in the order given, oldest first).
Trend build_trend(std::vector<TrendPeriod> periods);

} // namespace ftsu::core
