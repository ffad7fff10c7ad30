#include <ftsu/report/compare.hpp>

namespace ftsu::report {

FormatTable<core::Comparison, CompareOptions>
diff_formats()
{
  using C = core::Comparison;
  using O = CompareOptions;
  static constexpr FormatEntry<C, O> k_table[] = {
      {{.name = "text",
        .extensions = ".txt",
        .help = "for a terminal",
        .audience = Audience::own_use},
       &diff_text},
      {{"markdown", ".md .markdown", "a board paper"},
       [](const C& c, const O&) { return diff_markdown(c); }},
      {{.name = "json",
        .extensions = ".json",
        .help = "for programs",
        .audience = Audience::own_use},
       [](const C& c, const O&) { return diff_json(c); }},
      {{"csv", ".csv", "a spreadsheet"}, [](const C& c, const O&) { return diff_csv(c); }},
      {{"html", ".html .htm", "a printable board paper"}, &diff_html},
      {{"docx",
        ".docx",
        "a Word board paper: binary, so -o FILE or a pipe",
        GapsOnly::not_offered,
        CompareSupport::refused,
        Encoding::binary,
        "markdown"},
       &diff_docx},
  };
  return k_table;
}

FormatTable<core::Trend, CompareOptions>
trend_formats()
{
  using T = core::Trend;
  using O = CompareOptions;
  static constexpr FormatEntry<T, O> k_table[] = {
      {{.name = "text",
        .extensions = ".txt",
        .help = "for a terminal",
        .audience = Audience::own_use},
       &trend_text},
      {{"markdown", ".md .markdown", "a board paper"},
       [](const T& t, const O&) { return trend_markdown(t); }},
      {{.name = "json",
        .extensions = ".json",
        .help = "for programs",
        .audience = Audience::own_use},
       [](const T& t, const O&) { return trend_json(t); }},
      {{"csv", ".csv", "a spreadsheet"}, [](const T& t, const O&) { return trend_csv(t); }},
      {{"html", ".html .htm", "a printable page with a chart"}, &trend_html},
      {{"docx",
        ".docx",
        "a Word paper with a chart: binary, so -o FILE or a pipe",
        GapsOnly::not_offered,
        CompareSupport::refused,
        Encoding::binary,
        "markdown"},
       &trend_docx},
  };
  return k_table;
}

} // namespace ftsu::report
