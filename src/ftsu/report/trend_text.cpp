#include <ftsu/report/compare.hpp>
#include <ftsu/report/labels.hpp>
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

std::string
trend_text(const core::Trend& trend, const CompareOptions& options)
{
  const std::size_t n = trend.periods.size();
  constexpr std::size_t k_column = 9;
  const std::size_t fixed = 4 + n * k_column + 2 + n;
  const std::size_t title_width = options.width > fixed + 20 ? options.width - fixed : 20;
  std::string out;
  const auto& first = *trend.periods.front().assessment;
  out += util::for_terminal_line(fmt::format(
             "{}: {}", first.answers->organisation.value_or("Trend"), first.checklist->title))
         + '\n';
  std::string header = fmt::format("{:<{}}", "", title_width + 4);
  for (const auto& period : trend.periods) {
    std::string label = util::for_terminal_line(period.label);
    if (util::display_width(label) > k_column - 1) {
      label = label.substr(0, k_column - 1);
    }
    header += fmt::format("{:>{}}", label, k_column);
  }
  out += header + "\n";
  const auto row = [&](std::string_view number, const core::TrendRow& r) {
    std::string title = util::for_terminal_line(r.title);
    if (util::display_width(title) > title_width) {
      title = util::wrap(title, title_width - 1).front() + "…";
    }
    const std::size_t pad = title_width - std::min(title_width, util::display_width(title));
    std::string line = fmt::format("{:>3} {}{}", number, title, std::string(pad, ' '));
    for (const auto& score : r.scores) {
      line += fmt::format("{:>{}}", score_text(score), k_column);
    }
    out += line + "  " + sparkline(r.scores, options.unicode) + "\n";
  };
  row("", trend.overall);
  row("", trend.coverage);
  for (std::size_t i = 0; i < trend.sections.size(); ++i) {
    row(fmt::format("{}.", i + 1), trend.sections[i]);
  }
  return out;
}

} // namespace ftsu::report
