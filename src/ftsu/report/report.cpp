#include <ftsu/report/report.hpp>

#include <algorithm>

namespace ftsu::report {

FormatTable<core::Assessment, ReportOptions>
report_formats()
{
  using A = core::Assessment;
  using O = ReportOptions;
  using enum GapsOnly;
  static constexpr FormatEntry<A, O> k_table[] = {
      {{.name = "text",
        .extensions = ".txt",
        .help = "for a terminal",
        .gaps_only = lists_gaps_already,
        .audience = Audience::own_use},
       &report_text},
      {{"markdown", ".md .markdown", "a board paper", lists_gaps_already, CompareSupport::shown},
       [](const A& a, const O& o) {
         return (o.compare != nullptr
                     ? report_markdown(a, o) + "\n" + report_compare_markdown(*o.compare)
                     : report_markdown(a, o))
                + report_footer_markdown(*a.checklist);
       }},
      {{.name = "json",
        .extensions = ".json",
        .help = "for programs",
        .gaps_only = lists_every_item,
        .audience = Audience::own_use},
       [](const A& a, const O& o) { return report_json(a, o.disagreements, o.cover); }},
      {{"csv", ".csv", "the action plan for a spreadsheet", filters}, &report_csv},
      {{"html",
        ".html .htm",
        "a printable board paper with a chart",
        lists_gaps_already,
        CompareSupport::shown},
       &report_html},
      {{"xlsx",
        ".xlsx",
        "a workbook for a board: binary, so -o FILE or a pipe",
        filters,
        CompareSupport::refused,
        Encoding::binary,
        "csv"},
       &report_xlsx},
      {{"docx",
        ".docx",
        "a Word board paper with a chart: binary, so -o FILE or a pipe",
        lists_gaps_already,
        CompareSupport::shown,
        Encoding::binary,
        "markdown"},
       &report_docx},
  };
  return k_table;
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
