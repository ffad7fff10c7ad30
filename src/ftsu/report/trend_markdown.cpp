#include <ftsu/report/compare.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/util/markup.hpp>

#include <fmt/format.h>

namespace ftsu::report {

std::string
trend_markdown(const core::Trend& trend)
{
  const auto& first = *trend.periods.front().assessment;
  std::string out =
      fmt::format("# {}: trend\n\n{} (`{}`)\n\n",
                  util::markdown_escape(first.answers->organisation.value_or("Scores")),
                  util::markdown_escape(first.checklist->title),
                  first.checklist->id);
  out += "| | Section |";
  std::string rule = "|---:|---|";
  for (const auto& p : trend.periods) {
    out += fmt::format(" {} |", util::markdown_cell(p.label));
    rule += "---:|";
  }
  out += "\n" + rule + "\n";
  const auto row = [&](std::string_view number, const core::TrendRow& r, bool bold) {
    out += fmt::format("| {} | {} |",
                       number,
                       bold ? "**" + util::markdown_cell(r.title) + "**"
                            : util::markdown_cell(r.title));
    for (const auto& score : r.scores) {
      out += fmt::format(" {} |", score_text(score));
    }
    out += '\n';
  };
  row("", trend.overall, true);
  out += "|  | Rating |";
  for (const auto& p : trend.periods) {
    out += fmt::format(" {} |", util::markdown_cell(rating_words(p.assessment->overall)));
  }
  out += '\n';
  row("", trend.coverage, false);
  for (std::size_t i = 0; i < trend.sections.size(); ++i) {
    row(fmt::format("{}", i + 1), trend.sections[i], false);
  }
  return out;
}

} // namespace ftsu::report
