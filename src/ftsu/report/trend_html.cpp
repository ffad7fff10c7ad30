#include <ftsu/report/chart.hpp>
#include <ftsu/report/compare.hpp>
#include <ftsu/report/html_page.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/util/markup.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

namespace ftsu::report {

namespace {

using util::html_escape;

using html::chart::fill;
using html::chart::k_ink;
using html::chart::k_line;
using html::chart::k_pad;
using html::chart::k_width;

// The plot's top left corner.
constexpr double k_plot_left = 40;
constexpr double k_plot_top = 14;
constexpr double k_min_plot_height = 220;
constexpr double k_band_labels = 150;

bool
incomplete(const core::ScoreSummary& s)
{
  return s.coverage && *s.coverage < 100.0;
}

// The words of each band (its label, then its range), highest band first.
std::vector<std::vector<std::string>>
band_words(const std::vector<html::Band>& bands)
{
  std::vector<std::vector<std::string>> out;
  for (const auto& band : bands) {
    out.push_back(html::fit_lines(band.label, k_band_labels - 4, 11, 2));
    out.back().push_back(html::band_range(band));
  }
  return out;
}

// Returns the height the band words need, one block above the other.
double
band_words_height(const std::vector<std::vector<std::string>>& words)
{
  double height = 0;
  for (const auto& lines : words) {
    height += k_line * static_cast<double>(lines.size()) + 2;
  }
  return height;
}

// Returns the band words at the right of the plot, each block centred on
// its band where there is room, pushed apart so none overlaps the next and
// all stay between the plot's top and bottom (which band_words_height
// leaves room for).
std::string
band_labels(const std::vector<html::Band>& bands,
            const std::vector<std::vector<std::string>>& words,
            double x,
            const auto& y)
{
  std::vector<double> top;
  const auto block = [&](std::size_t i) { return k_line * static_cast<double>(words[i].size()); };
  for (std::size_t i = 0; i < bands.size(); ++i) {
    top.push_back((y(bands[i].upper) + y(bands[i].lower)) / 2 - block(i) / 2);
  }
  // Highest band first, top to bottom: push down, then back up from the end.
  double floor = y(100.0);
  for (std::size_t i = 0; i < top.size(); ++i) {
    top[i] = std::max(top[i], floor);
    floor = top[i] + block(i) + 2;
  }
  double limit = y(0.0);
  for (std::size_t i = top.size(); i-- > 0;) {
    top[i] = std::min(top[i], limit - block(i));
    limit = top[i] - 2;
  }
  std::string svg;
  for (std::size_t i = 0; i < bands.size(); ++i) {
    svg += html::svg_text(x, top[i] + 11, words[i], k_line, "font-size=\"11\" " + fill(k_ink));
  }
  return svg;
}

// Returns what is written under each period: its label, its rating in words
// and its coverage, each line fitted to `width` at `font` size.
std::vector<std::vector<std::string>>
captions(const core::Trend& trend, double width, double font)
{
  std::vector<std::vector<std::string>> out;
  for (const auto& p : trend.periods) {
    const auto& o = p.assessment->overall;
    std::vector<std::string> lines = html::fit_lines(p.label, width, font, 1, true);
    for (const auto& line : html::fit_lines(rating_words(o), width, font, 3)) {
      lines.push_back(line);
    }
    const std::string coverage = o.coverage ? fmt::format("{}% answered{}",
                                                          util::one_decimal(*o.coverage),
                                                          incomplete(o) ? " (incomplete)" : "")
                                            : std::string("nothing to answer");
    for (const auto& line : html::fit_lines(coverage, width, font, 2)) {
      lines.push_back(line);
    }
    out.push_back(std::move(lines));
  }
  return out;
}

// The chart of the overall score per period: one column per period over
// the bands, the band words at the right, each period's words below.
class TrendChart
{
public:
  explicit TrendChart(const core::Trend& trend)
      : m_trend(trend)
      , m_bands(html::bands_of(*trend.periods.back().assessment->checklist))
      , m_words(band_words(m_bands))
      , m_n(trend.periods.size())
  {
    m_column = (m_right - k_plot_left) / static_cast<double>(m_n);
    m_plot_height = std::max(k_min_plot_height, band_words_height(m_words));
    // Many periods make narrow columns: the words under them shrink (to no
    // less than 7.5) so that each period's label fits on its line.
    double label_ems = 1;
    for (const auto& p : trend.periods) {
      label_ems = std::max(label_ems, html::text_width(p.label, 1, true));
    }
    m_caption_font = std::clamp((m_column - 6) / label_ems, 7.5, 11.0);
    m_captions = captions(trend, m_column - 6, m_caption_font);
  }

  std::string
  render()
  {
    std::size_t lines = 0;
    for (const auto& caption : m_captions) {
      lines = std::max(lines, caption.size());
    }
    m_svg = html::svg_open(
        "trend-chart",
        k_width,
        y(0) + 16 + caption_line() * static_cast<double>(lines),
        "Overall score by period",
        fmt::format("The overall score of each of {} periods, oldest first, on a 0 to 100 scale "
                    "over the rating bands of the latest checklist version; under each period its "
                    "rating (capped when an unmet mandatory item caps it) and its coverage. The "
                    "same figures are in the table below.",
                    m_n));
    bands();
    m_svg += band_labels(m_bands, m_words, m_right + 8, [&](double score) { return y(score); });
    ticks();
    points();
    return std::move(m_svg) + "</svg>\n";
  }

private:
  double
  x(std::size_t i) const
  {
    return k_plot_left + m_column * (static_cast<double>(i) + 0.5);
  }

  double
  caption_line() const
  {
    return m_caption_font + 4;
  }

  double
  y(double score) const
  {
    return k_plot_top + m_plot_height * (1.0 - score / 100.0);
  }

  // Draws a horizontal line across the plot at `score`.
  void
  rule(double score, std::string_view colour, double width)
  {
    m_svg += fmt::format("<line x1=\"{0}\" x2=\"{1:.1f}\" y1=\"{2:.1f}\" y2=\"{2:.1f}\" "
                         "stroke=\"{3}\" stroke-width=\"{4}\"/>\n",
                         k_plot_left,
                         m_right,
                         y(score),
                         colour,
                         width);
  }

  void
  bands()
  {
    for (const auto& band : m_bands) {
      m_svg += fmt::format(
          "<rect x=\"{}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\"/>\n",
          k_plot_left,
          y(band.upper),
          m_right - k_plot_left,
          y(band.lower) - y(band.upper),
          band_background(band.rank, band.bands));
      if (band.lower > 0) {
        rule(band.lower, html::chart::k_band_rule, 1);
      }
    }
  }

  void
  ticks()
  {
    for (int tick = 0; tick <= 100; tick += 20) {
      rule(tick, html::chart::k_grid, 0.5);
      m_svg +=
          html::svg_text(k_plot_left - 6,
                         y(tick) + 4,
                         {fmt::format("{}", tick)},
                         0,
                         "text-anchor=\"end\" " + fill(html::chart::k_muted) + " font-size=\"11\"");
    }
  }

  // Draws the line, each period's point in its rating's colour with its
  // score above (below near the top), and each period's words under the
  // axis. Score labels shrink to fit their column when there are many.
  void
  points()
  {
    std::string line;
    for (std::size_t i = 0; i < m_n; ++i) {
      if (const auto& score = m_trend.overall.scores[i]) {
        line += fmt::format("{:.1f},{:.1f} ", x(i), y(*score));
      }
    }
    m_svg +=
        fmt::format("<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"3\"/>\n",
                    line,
                    html::chart::k_accent);
    const double font = std::min(12.0, (m_column - 4) / html::text_width("100.0", 1, true));
    for (std::size_t i = 0; i < m_n; ++i) {
      const auto& p = m_trend.periods[i];
      const auto& o = p.assessment->overall;
      if (o.score) {
        m_svg += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"5\" fill=\"{}\" "
                             "stroke=\"{}\" stroke-width=\"1.5\"><title>{}: {}</title></circle>\n",
                             x(i),
                             y(*o.score),
                             band_colour(*p.assessment->checklist, o.rating),
                             html::chart::k_halo,
                             html_escape(p.label),
                             html_escape(rating_words(o)));
        m_svg += html::svg_text(x(i),
                                y(*o.score) + (*o.score > 88 ? 20 : -10),
                                {util::one_decimal(*o.score)},
                                0,
                                fmt::format("text-anchor=\"middle\" font-weight=\"700\" "
                                            "font-size=\"{:.1f}\" {} stroke=\"{}\" "
                                            "stroke-width=\"3\" paint-order=\"stroke\"",
                                            font,
                                            fill(k_ink),
                                            html::chart::k_halo));
      }
      m_svg += html::svg_text(x(i),
                              y(0) + 9 + caption_line(),
                              m_captions[i],
                              caption_line(),
                              fmt::format("text-anchor=\"middle\" font-size=\"{:.1f}\" {}",
                                          m_caption_font,
                                          fill(k_ink)));
    }
  }

  const core::Trend& m_trend;
  std::vector<html::Band> m_bands;
  std::vector<std::vector<std::string>> m_words;
  std::size_t m_n;
  double m_right = k_width - k_pad - k_band_labels - 8;
  double m_column = 0;
  double m_plot_height = 0;
  double m_caption_font = 11;
  std::vector<std::vector<std::string>> m_captions;
  std::string m_svg;
};

std::string
band_class(const core::Checklist& checklist, const core::ScoreSummary& s)
{
  if (!s.score) {
    return "band-none";
  }
  std::string cls = html::rank_class(checklist, s.rating);
  return "band" + cls.substr(cls.find('-'));
}

std::string
cell(const core::Checklist& checklist, const core::ScoreSummary* s)
{
  if (s == nullptr) {
    return "<td class=\"cell band-none\"><span class=\"words\">not in this version</span></td>";
  }
  return fmt::format("<td class=\"cell {}\"><span class=\"score\">{}</span><span "
                     "class=\"words\">{}</span></td>",
                     band_class(checklist, *s),
                     score_text(s->score),
                     html_escape(rating_words(*s)));
}

std::string
heat_map(const core::Trend& trend)
{
  std::string out = "<table class=\"heat\">\n<caption class=\"muted small\">Each cell: the score "
                    "and its rating, on the band's colour.</caption>\n<colgroup><col "
                    "class=\"n\"><col class=\"section\"></colgroup>\n<thead><tr><th "
                    "scope=\"col\" class=\"num\">#</th><th scope=\"col\">Section</th>";
  for (const auto& p : trend.periods) {
    out += fmt::format("<th scope=\"col\" class=\"cell\">{}</th>", html_escape(p.label));
  }
  out += "</tr></thead>\n<tbody>\n<tr class=\"overall\"><td></td><th scope=\"row\">Overall</th>";
  for (const auto& p : trend.periods) {
    out += cell(*p.assessment->checklist, &p.assessment->overall);
  }
  out += "</tr>\n<tr><td></td><th scope=\"row\">Coverage (% answered)</th>";
  for (const auto& p : trend.periods) {
    const auto& o = p.assessment->overall;
    out += fmt::format("<td class=\"cell\"><span class=\"score\">{}</span><span "
                       "class=\"words\">{}</span></td>",
                       o.coverage ? util::one_decimal(*o.coverage) + "%" : std::string("—"),
                       incomplete(o) ? "<span class=\"tag\">incomplete</span>" : "complete");
  }
  out += "</tr>\n";
  std::vector<std::unordered_map<std::string, const core::ScoreSummary*>> by_id(
      trend.periods.size());
  for (std::size_t p = 0; p < trend.periods.size(); ++p) {
    for (const auto& s : trend.periods[p].assessment->sections) {
      by_id[p].emplace(s.section->id, &s.summary);
    }
  }
  for (std::size_t i = 0; i < trend.sections.size(); ++i) {
    const auto& row = trend.sections[i];
    out += fmt::format(
        "<tr><td class=\"num\">{}</td><th scope=\"row\">{}</th>", i + 1, html_escape(row.title));
    for (std::size_t p = 0; p < trend.periods.size(); ++p) {
      const auto it = by_id[p].find(row.id);
      out += cell(*trend.periods[p].assessment->checklist,
                  it == by_id[p].end() ? nullptr : it->second);
    }
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

std::string
legend_html(const core::Checklist& checklist)
{
  std::string out = "<div class=\"legend\">";
  for (const auto& band : html::bands_of(checklist)) {
    const char* cls = band.rank == 0                ? "band-0"
                      : band.rank + 1 >= band.bands ? "band-last"
                                                    : "band-mid";
    out += fmt::format("<span><span class=\"swatch {}\"></span>{} ({})</span>",
                       cls,
                       html_escape(band.label),
                       html::band_range(band));
  }
  return out + "</div>\n";
}

} // namespace

std::string
trend_html(const core::Trend& trend, const CompareOptions& options)
{
  const auto& latest = *trend.periods.back().assessment;
  const core::Checklist& c = *latest.checklist;
  const std::string org = latest.answers->organisation.value_or("Scores");
  const std::string span =
      trend.periods.size() == 1
          ? trend.periods.front().label
          : fmt::format("{} to {}", trend.periods.front().label, trend.periods.back().label);
  std::string out = html::page_start(
      {fmt::format("{}: trend {}", org, span), fmt::format("{} · {} · {}", org, c.id, span)});
  out += fmt::format("<header>\n<h1>{}</h1>\n<p class=\"subtitle\">Freedom to Speak Up gap "
                     "analysis over time: {}</p>\n<dl class=\"meta\">\n",
                     html_escape(org),
                     html_escape(c.title));
  out += html::meta_row("Periods", fmt::format("{} ({})", span, trend.periods.size()));
  out += html::meta_row("Checklist", fmt::format("{} version {} (latest)", c.id, c.version));
  out += html::generated_rows(options.generated);
  out += "</dl>\n</header>\n";
  out += "<h2>Overall score by period</h2>\n<figure>\n" + TrendChart(trend).render()
         + "<figcaption>The overall score per period in blue over the rating bands of the latest "
           "checklist version; each point is coloured by that period's rating, which is written "
           "under it.</figcaption>\n</figure>\n";
  out += "<h2>Sections by period</h2>\n" + legend_html(c) + heat_map(trend);
  out += "<footer>Produced with ftsu-gap. A period's rating is capped at the lowest band when a "
         "mandatory item is not fully met; coverage is the share of counting items "
         "answered.</footer>\n";
  return out + html::page_end();
}

} // namespace ftsu::report
