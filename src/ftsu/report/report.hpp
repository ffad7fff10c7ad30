#pragma once

#include <ftsu/core/diff.hpp>
#include <ftsu/core/disagreement.hpp>
#include <ftsu/core/scoring.hpp>
#include <ftsu/report/format.hpp>
#include <ftsu/util/date.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

// Renderers for `report`: pure functions from an assessment to the whole
// output, one file per format.
namespace ftsu::report {

namespace docx {
struct Reference;
} // namespace docx

// Which items the CSV action plan and the spreadsheet's "All items" sheet
// list: every item, or only those with a gap (`report --gaps-only`).
enum class ItemRows { all, gaps };

// How a human-facing report is laid out and what it lists.
struct ReportOptions : Layout
{
  // How many gaps the text, Markdown and HTML reports list (0: all).
  std::size_t top = 10;
  // Which items the CSV and the spreadsheet's "All items" sheet list.
  ItemRows rows = ItemRows::all;
  // The day the report is made, which the HTML report and the spreadsheet
  // show (the command line passes today's date, or SOURCE_DATE_EPOCH's day;
  // renderers never read the clock).
  util::Date generated;
  // Last year's assessment compared with this one (`report --compare`), or
  // nullptr; only the formats whose row says CompareSupport::shown show it.
  const core::Comparison* compare = nullptr;
  // Where the respondents of a merged answers file disagree, or nullptr
  // (not merged); every format shows it ("Where you disagree").
  const core::Disagreements* disagreements = nullptr;
  // The styles, header and footer the Word document takes from a reference
  // document (`report --reference-docx`), or nullptr for the built-in ones.
  const docx::Reference* reference_docx = nullptr;
  // The cover sheet fields given on the command line, each replacing the
  // answers file's (`cover:`); see ExecutiveSummary::cover.
  core::CoverSheet cover;
};

// The formats `report` writes, text first.
FormatTable<core::Assessment, ReportOptions> report_formats();

std::string report_text(const core::Assessment& assessment, const ReportOptions& options);
std::string report_markdown(const core::Assessment& assessment, const ReportOptions& options);
// The JSON report of docs/spec.md#outputs: every key always present, stable order.
// `disagreements` (a merged file) fills "disagreements", null otherwise;
// `cover` (report's options) replaces the answers file's cover fields in
// "summary" (the executive summary, report/summary.hpp).
std::string report_json(const core::Assessment& assessment,
                        const core::Disagreements* disagreements = nullptr,
                        const core::CoverSheet& cover = core::CoverSheet{});
// The action plan: RFC 4180, UTF-8 with a BOM, CRLF line ends, one row per
// item (per item with a gap when `options.rows` is ItemRows::gaps), in
// checklist order, formula injection neutralised.
std::string report_csv(const core::Assessment& assessment, const ReportOptions& options);
// One self-contained, printable HTML file with an inline SVG chart; with
// `options.compare`, last year's scores, the changes, the regressions and
// the actions completed.
std::string report_html(const core::Assessment& assessment, const ReportOptions& options);
// The line that ends the Markdown report: the checklist's id, version and
// content date (docs/reports.md).
std::string report_footer_markdown(const core::Checklist& checklist);
// The Markdown part `report --compare` adds after the report: last year's
// section scores and the change, the regressions and the actions completed.
std::string report_compare_markdown(const core::Comparison& comparison);
// A spreadsheet workbook (.xlsx) for a board: the sheets Board summary, Summary, Sections,
// Action plan and All items (see docs/reports.md). Every text is written as
// a string cell, never a formula. Throws core::Error (io_error) when the
// workbook cannot be assembled.
std::string report_xlsx(const core::Assessment& assessment, const ReportOptions& options);
// A Word document (.docx) for a board: a title block and the summary, the
// section scores with a native bar chart, every gap, where the respondents
// disagree (a merged file), the changes since last year (`options.compare`)
// and the action plan (see docs/reports.md). Throws core::Error (io_error)
// when the document cannot be assembled.
std::string report_docx(const core::Assessment& assessment, const ReportOptions& options);

// Returns the items a CSV or spreadsheet lists for `rows`, in checklist
// order: every item, or those in `assessment.gaps`.
std::vector<const core::ItemScore*> listed_items(const core::Assessment& assessment, ItemRows rows);

} // namespace ftsu::report
