#include <ftsu/report/chart.hpp>
#include <ftsu/report/html_page.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace ftsu::report::html::chart {

std::string
fill(std::string_view colour)
{
  return fmt::format("fill=\"{}\"", colour);
}

double
ScoreAxis::x(double score) const
{
  return x0 + std::clamp(score, 0.0, 100.0) / 100.0 * width;
}

std::string
score_rule(const ScoreAxis& axis,
           double score,
           double top,
           double bottom,
           std::string_view colour,
           double stroke_width)
{
  return fmt::format("<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1:.1f}\" y2=\"{2:.1f}\" "
                     "stroke=\"{3}\" stroke-width=\"{4}\"/>\n",
                     axis.x(score),
                     top,
                     bottom,
                     colour,
                     stroke_width);
}

std::string
score_ticks(const ScoreAxis& axis, double top, double bottom)
{
  std::string svg;
  for (int tick = 0; tick <= 100; tick += 20) {
    svg += score_rule(axis, tick, top, bottom, k_grid, 0.5);
    svg += svg_text(axis.x(tick),
                    bottom + 15,
                    {fmt::format("{}", tick)},
                    0,
                    fill(k_muted) + " text-anchor=\"middle\" font-size=\"11\"");
  }
  return svg;
}

double
row_height(std::size_t lines)
{
  return std::max(26.0, 10 + k_line * static_cast<double>(lines));
}

} // namespace ftsu::report::html::chart
