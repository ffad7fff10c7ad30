#include <ftsu/report/chart.hpp>
#include <ftsu/report/compare.hpp>
#include <ftsu/report/html_page.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/report/report_chart.hpp>
#include <ftsu/util/markup.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

namespace ftsu::report::html {

namespace {

using util::html_escape;

using chart::fill;
using chart::k_font;
using chart::k_gutter;
using chart::k_ink;
using chart::k_line;
using chart::k_muted;
using chart::k_pad;
using chart::k_title_width;
using chart::k_width;

constexpr double k_max_value_width = 200;
constexpr double k_bar = 14;

// What one row of the chart says.
struct Row
{
  const core::SectionScore* score = nullptr;
  std::vector<std::string> title;
  std::vector<std::string> value;
  // Last year's score in words (with --compare), or empty.
  std::string before;
  std::optional<double> before_score;
  double height = 0;
};

std::string
value_words(const core::SectionScore& s)
{
  if (!s.summary.score) {
    return "no score (nothing counts)";
  }
  if (nothing_answered(s.summary)) {
    return std::string(k_not_yet_answered);
  }
  return fmt::format("{} · {}{}",
                     util::one_decimal(*s.summary.score),
                     s.summary.rating != nullptr ? s.summary.rating->label : "no rating",
                     s.summary.rating_capped ? " (capped)" : "");
}

std::vector<Row>
layout_rows(const core::Assessment& a, const core::Comparison* compare, double& value_width)
{
  std::unordered_map<std::string, const core::SectionChange*> changes;
  if (compare != nullptr) {
    for (const auto& change : compare->sections) {
      changes.emplace(change.id, &change);
    }
  }
  const std::string last = compare != nullptr ? period_text(*compare->before->answers) : "";
  std::vector<Row> rows;
  value_width = 100;
  for (std::size_t i = 0; i < a.sections.size(); ++i) {
    Row row;
    row.score = &a.sections[i];
    row.title = fit_lines(
        fmt::format("{}. {}", i + 1, row.score->section->title), k_title_width, k_font, 2);
    row.value = fit_lines(value_words(*row.score), k_max_value_width, k_font, 2, true);
    if (compare != nullptr) {
      const auto it = changes.find(row.score->section->id);
      row.before_score = it != changes.end() ? it->second->score.before : std::nullopt;
      row.before = fit_lines(row.before_score ? fmt::format("{}: {} ({})",
                                                            last,
                                                            util::one_decimal(*row.before_score),
                                                            delta_text(it->second->score.delta))
                                              : fmt::format("{}: no score", last),
                             k_max_value_width,
                             k_font,
                             1)
                       .front();
      value_width = std::max(value_width, text_width(row.before, k_font));
    }
    for (const auto& line : row.value) {
      value_width = std::max(value_width, text_width(line, k_font, true));
    }
    const std::size_t lines =
        std::max(row.title.size(), row.value.size() + (compare != nullptr ? 1 : 0));
    row.height = chart::row_height(lines);
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<LegendEntry>
legend_entries(const core::Checklist& c, const core::Comparison* compare)
{
  std::vector<LegendEntry> entries;
  for (const auto& band : bands_of(c)) {
    entries.push_back({band_swatch(band), fmt::format("{} ({})", band.label, band_range(band))});
  }
  entries.push_back({fmt::format("<line x1=\"7\" x2=\"7\" y1=\"0\" y2=\"14\" stroke=\"{}\" "
                                 "stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>",
                                 k_ink),
                     "Overall score"});
  if (compare != nullptr) {
    entries.push_back(
        {fmt::format("<rect x=\"5.5\" y=\"0\" width=\"3\" height=\"14\" {}/>", fill(k_ink)),
         fmt::format("{} score", period_text(*compare->before->answers))});
  }
  return entries;
}

std::string
chart_desc(const core::Assessment& a, const core::Comparison* compare)
{
  std::string desc = fmt::format(
      "Horizontal bars, one per section, from 0 to 100 over the rating bands; beside each bar its "
      "score and rating{}.",
      compare != nullptr ? " and last year's score" : "");
  if (a.overall.score && !nothing_answered(a.overall)) {
    desc += fmt::format(" A dashed line marks the overall score, {}.",
                        util::one_decimal(*a.overall.score));
  }
  return desc + " The same figures are in the table of sections.";
}

// The chart's geometry and drawing: the title column, the plot over the
// bands, the value column, from top to bottom the legend, the overall
// marker's strip, the rows and the axis.
class SectionChart
{
public:
  SectionChart(const core::Assessment& a, const core::Comparison* compare)
      : m_a(a)
      , m_c(*a.checklist)
      , m_compare(compare)
      , m_rows(layout_rows(a, compare, m_value_width))
      , m_key(legend(legend_entries(m_c, compare), k_pad, k_pad, k_width - 2 * k_pad))
  {
    m_x0 = k_pad + k_title_width + k_gutter;
    m_plot = k_width - k_pad - m_value_width - k_gutter - m_x0;
    m_strip = k_pad + m_key.height + 6;
    m_top = m_strip + 22;
    m_bottom = m_top;
    for (const auto& row : m_rows) {
      m_bottom += row.height;
    }
  }

  std::string
  render()
  {
    m_svg = svg_open("section-chart",
                     k_width,
                     m_bottom + 24,
                     "Section scores against the rating bands",
                     chart_desc(m_a, m_compare));
    m_svg += m_key.svg;
    bands();
    ticks();
    double y = m_top;
    for (const auto& row : m_rows) {
      draw(row, y);
      y += row.height;
    }
    overall();
    return std::move(m_svg) + "</svg>\n";
  }

private:
  chart::ScoreAxis
  axis() const
  {
    return {m_x0, m_plot};
  }

  double
  x(double score) const
  {
    return axis().x(score);
  }

  void
  bands()
  {
    for (const auto& band : bands_of(m_c)) {
      m_svg += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" "
                           "fill=\"{}\"><title>{} ({})</title></rect>\n",
                           x(band.lower),
                           m_top - 4,
                           x(band.upper) - x(band.lower),
                           m_bottom - m_top + 4,
                           band_background(band.rank, band.bands),
                           html_escape(band.label),
                           band_range(band));
      if (band.lower > 0) {
        m_svg += chart::score_rule(axis(), band.lower, m_top - 4, m_bottom, chart::k_band_rule, 1);
      }
    }
  }

  void
  ticks()
  {
    m_svg += chart::score_ticks(axis(), m_top - 4, m_bottom);
  }

  // Draws `row` from `y` down: its title, its bar (and last year's mark),
  // and its score and rating in words.
  void
  draw(const Row& row, double y)
  {
    const auto& s = row.score->summary;
    const auto block = [&](std::size_t lines) {
      return y + (row.height - k_line * static_cast<double>(lines)) / 2 + 11;
    };
    const double value_x = m_x0 + m_plot + k_gutter;
    const std::size_t value_lines = row.value.size() + (m_compare != nullptr ? 1 : 0);
    m_svg += svg_text(k_pad, block(row.title.size()), row.title, k_line, fill(k_ink));
    m_svg += svg_text(
        value_x, block(value_lines), row.value, k_line, fill(k_ink) + " font-weight=\"600\"");
    if (m_compare != nullptr) {
      m_svg += svg_text(value_x,
                        block(value_lines) + k_line * static_cast<double>(row.value.size()),
                        {row.before},
                        0,
                        fill(k_muted));
    }
    const double bar_y = y + (row.height - k_bar) / 2;
    if (s.score && !nothing_answered(s)) {
      m_svg += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{}\" "
                           "rx=\"2\" fill=\"{}\"><title>{}: {}</title></rect>\n",
                           m_x0,
                           bar_y,
                           std::max(1.0, x(*s.score) - m_x0),
                           k_bar,
                           band_colour(m_c, s.rating),
                           html_escape(row.score->section->title),
                           html_escape(value_words(*row.score)));
    }
    if (row.before_score) {
      m_svg += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"3\" height=\"{}\" "
                           "{}><title>{}</title></rect>\n",
                           x(*row.before_score) - 1.5,
                           bar_y - 3,
                           k_bar + 6,
                           fill(k_ink),
                           html_escape(row.before));
    }
  }

  // Draws the overall score's dashed line, labelled in its own strip above
  // the rows, where no other label is.
  void
  overall()
  {
    if (!m_a.overall.score || nothing_answered(m_a.overall)) {
      return;
    }
    const double ox = x(*m_a.overall.score);
    const std::string words = fmt::format("Overall {}", util::one_decimal(*m_a.overall.score));
    const double half = text_width(words, k_font, true) / 2;
    m_svg += fmt::format("<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1:.1f}\" y2=\"{2:.1f}\" "
                         "stroke=\"{3}\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>\n",
                         ox,
                         m_strip + 17,
                         m_bottom,
                         k_ink);
    m_svg += svg_text(std::clamp(ox, k_pad + half, k_width - k_pad - half),
                      m_strip + 13,
                      {words},
                      0,
                      "text-anchor=\"middle\" font-weight=\"600\" " + fill(k_ink));
  }

  const core::Assessment& m_a;
  const core::Checklist& m_c;
  const core::Comparison* m_compare;
  double m_value_width = 0;
  std::vector<Row> m_rows;
  Legend m_key;
  double m_x0 = 0;
  double m_plot = 0;
  double m_strip = 0;
  double m_top = 0;
  double m_bottom = 0;
  std::string m_svg;
};

} // namespace

std::string
section_chart(const core::Assessment& a, const core::Comparison* compare)
{
  return SectionChart(a, compare).render();
}

} // namespace ftsu::report::html
