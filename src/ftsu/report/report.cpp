#include <ftsu/report/report.hpp>

#include <algorithm>

namespace ftsu::report {

FormatTable<core::Assessment, ReportOptions>
report_formats()
{
  using A = core::Assessment;
  using O = ReportOptions;
  static constexpr FormatEntry<A, O> k_table[] = {
      {"text", ".txt", "for a terminal", &report_text},
      {"markdown",
       ".md .markdown",
       "a board paper",
       [](const A& a, const O& o) {
         return (o.compare != nullptr
                     ? report_markdown(a, o) + "\n" + report_compare_markdown(*o.compare)
                     : report_markdown(a, o))
                + report_footer_markdown(*a.checklist);
       }},
      {"json",
       ".json",
       "for programs",
       [](const A& a, const O& o) { return report_json(a, o.disagreements); }},
      {"csv", ".csv", "the action plan for a spreadsheet", &report_csv},
      {"html", ".html .htm", "a printable board paper with a chart", &report_html},
      {"xlsx", ".xlsx", "a workbook for a board: binary, so -o FILE or a pipe", &report_xlsx},
  };
  return k_table;
}

std::span<const std::string_view>
compare_formats()
{
  static constexpr std::string_view k_names[] = {"markdown", "html"};
  return k_names;
}

std::vector<const core::ItemScore*>
listed_items(const core::Assessment& assessment, ItemRows rows)
{
  std::vector<const core::ItemScore*> listed;
  if (rows == ItemRows::all) {
    for (const auto& score : assessment.items) {
      listed.push_back(&score);
    }
    return listed;
  }
  std::vector<std::size_t> indexes = assessment.gaps;
  std::sort(indexes.begin(), indexes.end());
  for (const std::size_t i : indexes) {
    listed.push_back(&assessment.items[i]);
  }
  return listed;
}

} // namespace ftsu::report
