#include <ftsu/report/compare.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/report/text_table.hpp>
#include <ftsu/report/text_writer.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace ftsu::report {

std::string
sparkline(const std::vector<std::optional<double>>& scores, bool unicode)
{
  static constexpr std::string_view k_blocks[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  static constexpr std::string_view k_ascii = "_.,-=+*#";
  std::string out;
  for (const auto& score : scores) {
    if (!score) {
      out += ' ';
      continue;
    }
    const auto level = static_cast<std::size_t>(std::clamp(std::floor(*score / 12.5), 0.0, 7.0));
    if (unicode) {
      out += k_blocks[level];
    } else {
      out += k_ascii[level];
    }
  }
  return out;
}

namespace {

// The columns between the scores of the periods: the widest label (whole,
// never cut) or a score, and two spaces.
std::size_t
period_column(const core::Trend& trend)
{
  std::size_t widest = 5; // "100.0"
  for (const auto& period : trend.periods) {
    widest = std::max(widest, util::display_width(util::for_terminal_line(period.label)));
  }
  return widest + 2;
}

// Writes the trend as a table: a row per score, a column per period and a
// sparkline.
void
trend_table(std::string& out, const core::Trend& trend, const CompareOptions& options)
{
  const std::size_t column = period_column(trend);
  const std::size_t n = trend.periods.size();
  const std::size_t cells_width = n * column + 2 + n;
  std::string labels;
  for (const auto& period : trend.periods) {
    const std::string label = util::for_terminal_line(period.label);
    labels += std::string(column - util::display_width(label), ' ') + label;
  }
  out += table_heading("", labels + "  " + std::string(n, ' '), cells_width, options.width) + '\n';
  const auto row = [&](std::string_view number, const core::TrendRow& r) {
    std::string cells;
    for (const auto& score : r.scores) {
      cells += fmt::format("{:>{}}", score_text(score), column);
    }
    cells += "  " + sparkline(r.scores, options.unicode);
    out += table_row(number, r.title, cells, cells_width, options.width);
  };
  row("", trend.overall);
  row("", trend.coverage);
  for (std::size_t i = 0; i < trend.sections.size(); ++i) {
    row(fmt::format("{}.", i + 1), trend.sections[i]);
  }
}

// Writes the trend as a list, for a terminal too narrow for the table's
// cells (many periods, or long labels): each row's title, then each
// period's score and the sparkline.
void
trend_list(std::string& out, const core::Trend& trend, const CompareOptions& options)
{
  const auto row = [&](std::string_view number, const core::TrendRow& r) {
    out += util::hang_wrap(
        util::for_terminal_line(r.title), 0, options.width, fmt::format("{:>3} ", number));
    std::vector<std::string> parts;
    for (std::size_t i = 0; i < r.scores.size(); ++i) {
      parts.push_back(fmt::format("{} {}", trend.periods[i].label, score_text(r.scores[i])));
    }
    parts.push_back(sparkline(r.scores, options.unicode));
    out += util::hang_wrap_parts(parts, " · ", 6, options.width);
  };
  row("", trend.overall);
  row("", trend.coverage);
  for (std::size_t i = 0; i < trend.sections.size(); ++i) {
    row(fmt::format("{}.", i + 1), trend.sections[i]);
  }
}

} // namespace

std::string
trend_text(const core::Trend& trend, const CompareOptions& given)
{
  CompareOptions options = given;
  options.width = wrap_width(options.width);
  const auto& first = *trend.periods.front().assessment;
  std::string out = util::hang_wrap(
      util::for_terminal_line(fmt::format(
          "{}: {}", first.answers->organisation.value_or("Trend"), first.checklist->title)),
      0,
      options.width);
  // The table while its cells fit beside the numbers (titles then wrap, or
  // go above their cells); otherwise a list.
  const std::size_t n = trend.periods.size();
  if (4 + n * period_column(trend) + 2 + n <= options.width) {
    trend_table(out, trend, options);
  } else {
    trend_list(out, trend, options);
  }
  out += "\nOverall rating\n";
  std::size_t widest = 0;
  for (const auto& period : trend.periods) {
    widest = std::max(widest, util::display_width(util::for_terminal_line(period.label)));
  }
  for (const auto& period : trend.periods) {
    const std::string label = util::for_terminal_line(period.label);
    out += util::hang_wrap(rating_words(period.assessment->overall),
                           2,
                           options.width,
                           label + std::string(widest - util::display_width(label) + 2, ' '));
  }
  return out;
}

} // namespace ftsu::report
