#include <ftsu/core/trend.hpp>

#include <filesystem>
#include <unordered_map>

namespace ftsu::core {

std::string
period_label(const AnswersFile& answers, std::string_view file)
{
  if (answers.period) {
    return *answers.period;
  }
  if (answers.assessed_on) {
    return util::to_string(*answers.assessed_on);
  }
  return std::filesystem::path(std::string(file)).filename().string();
}

Trend
build_trend(std::vector<TrendPeriod> periods)
{
  Trend trend;
  trend.periods = std::move(periods);
  const std::size_t n = trend.periods.size();
  trend.overall = {"overall", "Overall", std::vector<std::optional<double>>(n)};
  trend.coverage = {"coverage", "Coverage (% answered)", std::vector<std::optional<double>>(n)};
  std::unordered_map<std::string, std::size_t> row_of;
  for (std::size_t p = 0; p < n; ++p) {
    const Assessment& a = *trend.periods[p].assessment;
    trend.overall.scores[p] = a.overall.score;
    trend.coverage.scores[p] = a.overall.coverage;
    for (const auto& s : a.sections) {
      auto it = row_of.find(s.section->id);
      if (it == row_of.end()) {
        it = row_of.emplace(s.section->id, trend.sections.size()).first;
        trend.sections.push_back(
            {s.section->id, s.section->title, std::vector<std::optional<double>>(n)});
      }
      TrendRow& row = trend.sections[it->second];
      row.title = s.section->title; // the latest title wins
      row.scores[p] = s.summary.score;
    }
  }
  return trend;
}

} // namespace ftsu::core
