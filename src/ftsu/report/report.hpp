#pragma once

#include <ftsu/core/scoring.hpp>
#include <ftsu/report/format.hpp>

#include <cstddef>
#include <string>

// Renderers for `report`: pure functions from an assessment to the whole
// output, one file per format.
namespace ftsu::report {

// How a human-facing report is laid out: the layout (width, colour and
// Unicode for the text report's bars) and how many gaps to list.
struct ReportOptions : Layout
{
  // How many gaps the text, Markdown and HTML reports list (0: all).
  std::size_t top = 10;
};

// The formats `report` writes, text first.
FormatTable<core::Assessment, ReportOptions> report_formats();

std::string report_text(const core::Assessment& assessment, const ReportOptions& options);
std::string report_markdown(const core::Assessment& assessment, const ReportOptions& options);
// The JSON report of SPEC section 8: every key always present, stable order.
std::string report_json(const core::Assessment& assessment);
// The action plan: RFC 4180, UTF-8 with a BOM, CRLF line ends, one row per
// item, formula injection neutralised.
std::string report_csv(const core::Assessment& assessment);
// One self-contained, printable HTML file with an inline SVG chart.
std::string report_html(const core::Assessment& assessment, const ReportOptions& options);

} // namespace ftsu::report
