#pragma once

#include <cstddef>
#include <string>
#include <string_view>

// The geometry and colours the SVG charts of the HTML pages share (the
// section chart of report_chart.cpp, the spread chart of
// disagreement_html.cpp, the trend chart of trend_html.cpp and the charts
// of aggregate_html.cpp), and the parts of a horizontal 0-100 axis that
// two of them draw alike. The colours of the rating bands are in labels.hpp.
namespace ftsu::report::html::chart {

// Every chart's width in SVG units (the page scales it to its column).
inline constexpr double k_width = 720;
// The margin inside a chart's edges.
inline constexpr double k_pad = 4;
// The size of a chart's words, and the height of one line of them.
inline constexpr double k_font = 12;
inline constexpr double k_line = 15;
// The width of the row titles at the left of a bar chart, and the gap
// between them, the plot and the values at the right.
inline constexpr double k_title_width = 236;
inline constexpr double k_gutter = 12;

// Words, marks and the overall score's line.
inline constexpr std::string_view k_ink = "#1d2733";
// Axis figures and words of less weight.
inline constexpr std::string_view k_muted = "#5b6775";
// The rule between two rating bands, and the line across a spread.
inline constexpr std::string_view k_band_rule = "#8a94a0";
// The rule at each tick of an axis.
inline constexpr std::string_view k_grid = "#c3cad2";
// The one colour of a chart that shows no rating: the trend's line, the
// histogram's and the medians' bars.
inline constexpr std::string_view k_accent = "#005eb8";
// The track behind a bar.
inline constexpr std::string_view k_track = "#eef2f6";
// The outline that keeps a figure readable over a line.
inline constexpr std::string_view k_halo = "#fff";
// The marks of the respondents, told apart by shape as well as colour (each
// dark enough for 3:1 against white and the pale bands).
inline constexpr std::string_view k_respondent_colours[] = {"#005eb8",
                                                            "#8a5300",
                                                            "#1d2733",
                                                            "#7b1fa2",
                                                            "#2e7d32"};

// Returns `fill="COLOUR"`, for an element's attributes.
std::string fill(std::string_view colour);

// A horizontal 0-100 axis: 0 at `x0`, 100 at `x0 + width`.
struct ScoreAxis
{
  double x0 = 0;
  double width = 0;

  // Returns the x of `score`, clamped to 0-100.
  double x(double score) const;
};

// Returns a vertical rule at `score` of `axis` from `top` to `bottom`, in
// `colour` and `stroke_width`.
std::string score_rule(const ScoreAxis& axis,
                       double score,
                       double top,
                       double bottom,
                       std::string_view colour,
                       double stroke_width);

// Returns the ticks of `axis` at 0, 20, ... 100: a thin rule from `top` to
// `bottom` and the figure under it.
std::string score_ticks(const ScoreAxis& axis, double top, double bottom);

// Returns the height of a bar chart's row whose title takes `lines` lines.
double row_height(std::size_t lines);

} // namespace ftsu::report::html::chart
