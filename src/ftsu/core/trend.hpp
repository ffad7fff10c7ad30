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
  // True when the periods were not given oldest first and were put in order.
  bool reordered = false;
};

// Returns the label of a period: `period:`, else `assessed_on`, else the
// file's name.
std::string period_label(const AnswersFile& answers, std::string_view file);

// Puts `periods` in period order, oldest first, keeping the order given for
// ties: by `assessed_on` when every file has one (then by `period:`), else
// by `period:` when every file has one beginning with a year ("2024/25"),
// else as given. Returns true when the order changed.
bool order_periods(std::vector<TrendPeriod>& periods);

// Builds the trend of `periods`, put in period order first (order_periods).
Trend build_trend(std::vector<TrendPeriod> periods);

} // namespace ftsu::core
