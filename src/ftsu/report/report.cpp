#include <ftsu/report/report.hpp>

namespace ftsu::report {

FormatTable<core::Assessment, ReportOptions>
report_formats()
{
  using A = core::Assessment;
  using O = ReportOptions;
  static constexpr FormatEntry<A, O> k_table[] = {
      {"text", "for a terminal", &report_text},
      {"markdown",
       "a board paper",
       [](const A& a, const O& o) {
         return o.compare != nullptr
                    ? report_markdown(a, o) + "\n" + report_compare_markdown(*o.compare)
                    : report_markdown(a, o);
       }},
      {"json", "for programs", [](const A& a, const O&) { return report_json(a); }},
      {"csv",
       "the action plan for a spreadsheet",
       [](const A& a, const O&) { return report_csv(a); }},
      {"html", "a printable board paper with a chart", &report_html},
  };
  return k_table;
}

std::span<const std::string_view>
compare_formats()
{
  static constexpr std::string_view k_names[] = {"markdown", "html"};
  return k_names;
}

} // namespace ftsu::report
