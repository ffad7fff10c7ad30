#pragma once

#include <ftsu/core/diff.hpp>
#include <ftsu/core/trend.hpp>
#include <ftsu/report/format.hpp>
#include <ftsu/util/date.hpp>

#include <cstddef>
#include <string>

// Renderers for `diff` and `trend`: pure functions, one file per format.
namespace ftsu::report {

namespace docx {
struct Reference;
} // namespace docx

// How a human-facing comparison is laid out: the layout, and whether to put
// arrows beside changes (text for a terminal).
struct CompareOptions : Layout
{
  bool arrows = false;
  // The date the output is generated, shown in the HTML pages and the Word
  // documents.
  util::Date generated;
  // The styles, header and footer the Word documents take from a reference
  // document (`--reference-docx`), or nullptr for the built-in ones.
  const docx::Reference* reference_docx = nullptr;
};

// The formats `diff` and `trend` write, text first.
FormatTable<core::Comparison, CompareOptions> diff_formats();
FormatTable<core::Trend, CompareOptions> trend_formats();

std::string diff_text(const core::Comparison& comparison, const CompareOptions& options);
std::string diff_markdown(const core::Comparison& comparison);
// Returns the items' counts of a comparison in words ("3 improved, 1
// regressed, ... 0 not yet answered"), as the Markdown and the docx say them.
std::string change_counts(const core::ChangeSummary& summary);
// The JSON diff of docs/spec.md#outputs.
std::string diff_json(const core::Comparison& comparison);
// One row per item: RFC 4180, UTF-8 with a BOM, formula injection neutralised.
std::string diff_csv(const core::Comparison& comparison);
// One self-contained, printable HTML page: the sections before and after,
// the regressions, improvements, checklist changes and completed actions.
std::string diff_html(const core::Comparison& comparison, const CompareOptions& options);
// A Word document (.docx): the overall and section scores before and after,
// then the items by kind of change (regressed first) and the completed
// actions; binary.
std::string diff_docx(const core::Comparison& comparison, const CompareOptions& options);

std::string trend_text(const core::Trend& trend, const CompareOptions& options);
std::string trend_markdown(const core::Trend& trend);
// The JSON trend of docs/spec.md#outputs.
std::string trend_json(const core::Trend& trend);
std::string trend_csv(const core::Trend& trend);
// One self-contained, printable HTML page: the overall score per period in
// a chart with each period's rating in words, and a heat-map table of the
// sections, each cell's score with its rating.
std::string trend_html(const core::Trend& trend, const CompareOptions& options);
// A Word document (.docx): the overall score per period as a native bar
// chart, each bar in its rating's colour, a table of the overall and
// section scores by period with the ratings in words, and the latest four
// periods' section scores as a second native chart; binary.
std::string trend_docx(const core::Trend& trend, const CompareOptions& options);

// Returns a signed delta with one decimal ("+13.3", "-2.0", "0.0"), or "—".
std::string delta_text(const std::optional<double>& delta);

// Returns one sparkline character per score (▁▂▃▄▅▆▇█ on the 0-100 scale,
// or an ASCII ramp), a space for a null score.
std::string sparkline(const std::vector<std::optional<double>>& scores, bool unicode);

} // namespace ftsu::report
