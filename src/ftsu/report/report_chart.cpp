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

constexpr double k_width = 720;
constexpr double k_pad = 4;
constexpr double k_font = 12;
constexpr double k_line = 15;
constexpr double k_title_width = 236;
constexpr double k_gutter = 12;
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
    row.height = std::max(26.0, 10 + k_line * static_cast<double>(lines));
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
  entries.push_back({"<line x1=\"7\" x2=\"7\" y1=\"0\" y2=\"14\" stroke=\"#1d2733\" "
                     "stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>",
                     "Overall score"});
  if (compare != nullptr) {
    entries.push_back({"<rect x=\"5.5\" y=\"0\" width=\"3\" height=\"14\" fill=\"#1d2733\"/>",
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
  if (a.overall.score) {
    desc += fmt::format(" A dashed line marks the overall score, {}.",
                        util::one_decimal(*a.overall.score));
  }
  return desc + " The same figures are in the table of sections.";
}

} // namespace

std::string
section_chart(const core::Assessment& a, const core::Comparison* compare)
{
  const core::Checklist& c = *a.checklist;
  double value_width = 0;
  const std::vector<Row> rows = layout_rows(a, compare, value_width);
  const double x0 = k_pad + k_title_width + k_gutter;
  const double plot = k_width - k_pad - value_width - k_gutter - x0;
  const double value_x = x0 + plot + k_gutter;
  const auto x = [&](double score) { return x0 + std::clamp(score, 0.0, 100.0) / 100.0 * plot; };

  const Legend key = legend(legend_entries(c, compare), k_pad, k_pad, k_width - 2 * k_pad);
  const double strip = k_pad + key.height + 6;
  const double top = strip + 22;
  double rows_height = 0;
  for (const auto& row : rows) {
    rows_height += row.height;
  }
  const double bottom = top + rows_height;
  const double height = bottom + 24;

  std::string svg = svg_open("section-chart",
                             k_width,
                             height,
                             "Section scores against the rating bands",
                             chart_desc(a, compare));
  svg += key.svg;
  for (const auto& band : bands_of(c)) {
    svg += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" "
                       "fill=\"{}\"><title>{} ({})</title></rect>\n",
                       x(band.lower),
                       top - 4,
                       x(band.upper) - x(band.lower),
                       rows_height + 4,
                       band_background(band.rank, band.bands),
                       html_escape(band.label),
                       band_range(band));
    if (band.lower > 0) {
      svg += fmt::format("<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1:.1f}\" y2=\"{2:.1f}\" "
                         "stroke=\"#8a94a0\" stroke-width=\"1\"/>\n",
                         x(band.lower),
                         top - 4,
                         bottom);
    }
  }
  for (int tick = 0; tick <= 100; tick += 20) {
    svg += fmt::format("<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1:.1f}\" y2=\"{2:.1f}\" "
                       "stroke=\"#c3cad2\" stroke-width=\"0.5\"/>\n",
                       x(tick),
                       top - 4,
                       bottom);
    svg += svg_text(x(tick),
                    bottom + 15,
                    {fmt::format("{}", tick)},
                    0,
                    "fill=\"#5b6775\" text-anchor=\"middle\" font-size=\"11\"");
  }
  double y = top;
  for (const auto& row : rows) {
    const auto& s = row.score->summary;
    const auto block = [&](std::size_t lines) {
      return y + (row.height - k_line * static_cast<double>(lines)) / 2 + 11;
    };
    svg += svg_text(k_pad, block(row.title.size()), row.title, k_line, "fill=\"#1d2733\"");
    const std::size_t value_lines = row.value.size() + (compare != nullptr ? 1 : 0);
    svg += svg_text(
        value_x, block(value_lines), row.value, k_line, "fill=\"#1d2733\" font-weight=\"600\"");
    if (compare != nullptr) {
      svg += svg_text(value_x,
                      block(value_lines) + k_line * static_cast<double>(row.value.size()),
                      {row.before},
                      0,
                      "fill=\"#5b6775\"");
    }
    const double bar_y = y + (row.height - k_bar) / 2;
    if (s.score) {
      svg += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{}\" rx=\"2\" "
                         "fill=\"{}\"><title>{}: {}</title></rect>\n",
                         x0,
                         bar_y,
                         std::max(1.0, x(*s.score) - x0),
                         k_bar,
                         band_colour(c, s.rating),
                         html_escape(row.score->section->title),
                         html_escape(value_words(*row.score)));
    }
    if (row.before_score) {
      svg += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"3\" height=\"{}\" "
                         "fill=\"#1d2733\"><title>{}</title></rect>\n",
                         x(*row.before_score) - 1.5,
                         bar_y - 3,
                         k_bar + 6,
                         html_escape(row.before));
    }
    y += row.height;
  }
  if (a.overall.score) {
    const double ox = x(*a.overall.score);
    const std::string words = fmt::format("Overall {}", util::one_decimal(*a.overall.score));
    const double half = text_width(words, k_font, true) / 2;
    svg += fmt::format("<line x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1:.1f}\" y2=\"{2:.1f}\" "
                       "stroke=\"#1d2733\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>\n",
                       ox,
                       strip + 17,
                       bottom);
    svg += svg_text(std::clamp(ox, k_pad + half, k_width - k_pad - half),
                    strip + 13,
                    {words},
                    0,
                    "text-anchor=\"middle\" font-weight=\"600\" fill=\"#1d2733\"");
  }
  return svg + "</svg>\n";
}

} // namespace ftsu::report::html
