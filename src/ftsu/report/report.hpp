#pragma once

#include <ftsu/core/diff.hpp>
#include <ftsu/core/scoring.hpp>
#include <ftsu/report/format.hpp>
#include <ftsu/util/date.hpp>

#include <cstddef>
#include <string>
#include <string_view>

// Renderers for `report`: pure functions from an assessment to the whole
// output, one file per format.
namespace ftsu::report {

// How a human-facing report is laid out: the layout (width, colour and
// Unicode for the text report's bars) and how many gaps to list.
struct ReportOptions : Layout
{
  // How many gaps the text, Markdown and HTML reports list (0: all).
  std::size_t top = 10;
  // The date the report is generated, shown in the HTML report.
  util::Date generated;
  // Last year's assessment compared with this one (`report --compare`), or
  // nullptr; only the formats compare_formats() names show it.
  const core::Comparison* compare = nullptr;
};

// The formats `report` writes, text first.
FormatTable<core::Assessment, ReportOptions> report_formats();

// The names of the formats that show a comparison with last year
// (`report --compare`); the others refuse it.
std::span<const std::string_view> compare_formats();

std::string report_text(const core::Assessment& assessment, const ReportOptions& options);
std::string report_markdown(const core::Assessment& assessment, const ReportOptions& options);
// The JSON report of SPEC section 8: every key always present, stable order.
std::string report_json(const core::Assessment& assessment);
// The action plan: RFC 4180, UTF-8 with a BOM, CRLF line ends, one row per
// item, formula injection neutralised.
std::string report_csv(const core::Assessment& assessment);
// One self-contained, printable HTML file with an inline SVG chart; with
// `options.compare`, last year's scores, the changes, the regressions and
// the actions completed.
std::string report_html(const core::Assessment& assessment, const ReportOptions& options);
// The Markdown part `report --compare` adds after the report: last year's
// section scores and the change, the regressions and the actions completed.
std::string report_compare_markdown(const core::Comparison& comparison);

} // namespace ftsu::report
