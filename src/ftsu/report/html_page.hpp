#pragma once

#include <ftsu/core/checklist.hpp>
#include <ftsu/core/scoring.hpp>
#include <ftsu/util/date.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

// The one page shell of every HTML output (report, diff, trend): the head
// with its restrictive Content-Security-Policy, the shared CSS for screen
// and A4 print (running header and page numbers), rating pills, and the
// helpers that lay out SVG charts so no label overlaps another.
namespace ftsu::report::html {

// What a page says about itself.
struct PageInfo
{
  // The document's <title> (plain text).
  std::string title;
  // The line printed at the top of every A4 page (plain text), such as
  // "Example Trust · ngo-case-reviews 2026.1 · 2025/26".
  std::string running_header;
};

// Returns the start of a page: doctype, `lang="en-GB"`, charset, the CSP
// (no scripts, nothing fetched), the CSS, then `<body><main>`.
std::string page_start(const PageInfo& info);

// Returns the end of a page begun by page_start.
std::string page_end();

// Returns the colour class of `rating` of `checklist`: "rank-0" (highest
// band), "rank-mid", "rank-last" (lowest) or "rank-none" (nullptr).
std::string rank_class(const core::Checklist& checklist, const core::Rating* rating);

// Returns a pill naming `rating` ("No rating" for nullptr) in its colour,
// with "(capped)" in the pill when `capped`; it never wraps.
std::string pill(const core::Checklist& checklist, const core::Rating* rating, bool capped = false);

// Returns the pill of `summary`'s rating, as pill above, or a grey "Not
// yet answered" when nothing of it is answered.
std::string pill(const core::Checklist& checklist, const core::ScoreSummary& summary);

// Returns `<dt>label</dt><dd>value</dd>` with `value` escaped.
std::string meta_row(std::string_view label, std::string_view value);

// Returns the rows every page's header lists last: the date generated and
// the tool's version.
std::string generated_rows(const util::Date& generated);

// Returns an `<svg>` start tag of `width` × `height` user units labelled by
// a <title> and a <desc> (plain text; ids made from `id`).
std::string svg_open(std::string_view id,
                     double width,
                     double height,
                     std::string_view title,
                     std::string_view desc);

// Returns the estimated width in user units of `text` drawn at `font_size`
// (bold when `bold`), counting characters by class. It errs wide: it is at
// least what Arial, Liberation Sans or DejaVu Sans draw, so text laid out
// by it does not overlap.
double text_width(std::string_view text, double font_size, bool bold = false);

// Returns `text` broken at spaces into at most `max_lines` lines, each no
// wider than `width` by text_width (line breaks and tabs count as spaces).
// A word wider than a line is broken inside; when the text needs more
// lines, the last ends with "…". An empty text gives one empty line.
std::vector<std::string> fit_lines(std::string_view text,
                                   double width,
                                   double font_size,
                                   std::size_t max_lines,
                                   bool bold = false);

// Returns an SVG <text> of `lines` (escaped), the first baseline at `y`,
// each next one `line_height` lower; `attributes` are added to the element
// as written (trusted markup only).
std::string svg_text(double x,
                     double y,
                     const std::vector<std::string>& lines,
                     double line_height,
                     std::string_view attributes = {});

// One rating band on a 0-100 axis.
struct Band
{
  std::string label;
  double lower = 0;
  double upper = 100;
  // 0 for the highest band; used for the colour.
  std::size_t rank = 0;
  std::size_t bands = 1;
};

// Returns the checklist's rating bands, highest first, each running from
// its min to the next band's.
std::vector<Band> bands_of(const core::Checklist& checklist);

// Returns a band's range in words: "50 to 75".
std::string band_range(const Band& band);

// A legend laid out in rows inside a given width.
struct Legend
{
  std::string svg;
  double height = 0;
};

// One entry of a legend: a swatch (an SVG shape drawn in a 14 × 14 box at
// the origin, trusted markup) and its words.
struct LegendEntry
{
  std::string swatch;
  std::string words;
};

// Returns `entries` laid out left to right from (`x`, `y`), wrapping onto
// new rows so no entry passes `x + width`.
Legend legend(const std::vector<LegendEntry>& entries, double x, double y, double width);

// Returns the swatch of a rating band: its pale fill with a border.
std::string band_swatch(const Band& band);

} // namespace ftsu::report::html
