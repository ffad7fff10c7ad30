#include <ftsu/core/trend.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <unordered_map>

namespace ftsu::core {

namespace {

// Returns true when `period` begins with a four-digit year.
bool
starts_with_year(const std::optional<std::string>& period)
{
  return period && period->size() >= 4
         && std::all_of(period->begin(), period->begin() + 4, [](char ch) {
              return std::isdigit(static_cast<unsigned char>(ch)) != 0;
            });
}

} // namespace

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

bool
order_periods(std::vector<TrendPeriod>& periods)
{
  const auto answers = [](const TrendPeriod& p) -> const AnswersFile& {
    return *p.assessment->answers;
  };
  const bool by_date = std::all_of(periods.begin(), periods.end(), [&](const TrendPeriod& p) {
    return answers(p).assessed_on.has_value();
  });
  const bool by_period = std::all_of(periods.begin(), periods.end(), [&](const TrendPeriod& p) {
    return starts_with_year(answers(p).period);
  });
  if (!by_date && !by_period) {
    return false;
  }
  const auto earlier = [&](const TrendPeriod& x, const TrendPeriod& y) {
    const AnswersFile& a = answers(x);
    const AnswersFile& b = answers(y);
    if (by_date && *a.assessed_on != *b.assessed_on) {
      return *a.assessed_on < *b.assessed_on;
    }
    return by_period && *a.period < *b.period;
  };
  if (std::is_sorted(periods.begin(), periods.end(), earlier)) {
    return false;
  }
  std::stable_sort(periods.begin(), periods.end(), earlier);
  return true;
}

Trend
build_trend(std::vector<TrendPeriod> periods)
{
  Trend trend;
  trend.reordered = order_periods(periods);
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
