#include <ftsu/report/chart.hpp>
#include <ftsu/report/disagreement.hpp>
#include <ftsu/report/html_page.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/util/markup.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace ftsu::report {

namespace {

using util::html_escape;

using html::chart::fill;
using html::chart::k_font;
using html::chart::k_gutter;
using html::chart::k_ink;
using html::chart::k_line;
using html::chart::k_pad;
using html::chart::k_title_width;
using html::chart::k_width;

constexpr double k_spread_width = 84;

// Returns the SVG of respondent `index`'s mark centred on (`x`, `y`).
std::string
mark(std::size_t index, double x, double y)
{
  const auto& colours = html::chart::k_respondent_colours;
  const std::string_view colour = colours[index % std::size(colours)];
  switch (index % 4) {
  case 0:
    return fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"5\" fill=\"{}\"/>", x, y, colour);
  case 1:
    return fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"9\" height=\"9\" fill=\"{}\"/>",
                       x - 4.5,
                       y - 4.5,
                       colour);
  case 2:
    return fmt::format("<path d=\"M{:.1f} {:.1f}l5.5 9.5h-11z\" fill=\"{}\"/>", x, y - 5.5, colour);
  default:
    return fmt::format(
        "<path d=\"M{:.1f} {:.1f}l5.5 5.5l-5.5 5.5l-5.5-5.5z\" fill=\"{}\"/>", x, y - 5.5, colour);
  }
}

// The chart: one row per section (and the overall score), each
// respondent's score as a mark on a 0-100 axis, a line across the spread.
class SpreadChart
{
public:
  explicit SpreadChart(const core::Disagreements& d)
      : m_d(d)
  {
    std::vector<html::LegendEntry> entries;
    for (std::size_t r = 0; r < d.respondents.size(); ++r) {
      entries.push_back({mark(r, 7, 7), d.respondents[r]});
    }
    m_key = html::legend(entries, k_pad, k_pad, k_width - 2 * k_pad);
    m_x0 = k_pad + k_title_width + k_gutter;
    m_plot = k_width - k_pad - k_spread_width - k_gutter - m_x0;
    m_top = k_pad + m_key.height + 8;
  }

  std::string
  render()
  {
    std::vector<std::vector<std::string>> titles;
    double bottom = m_top;
    for (std::size_t i = 0; i < m_d.sections.size(); ++i) {
      titles.push_back(html::fit_lines(
          fmt::format("{}. {}", i + 1, m_d.sections[i].section->title), k_title_width, k_font, 2));
      bottom += row_height(titles.back());
    }
    titles.push_back({"Overall"});
    bottom += row_height(titles.back());
    std::string svg = html::svg_open("disagreement-chart",
                                     k_width,
                                     bottom + 24,
                                     "Each respondent's score per section",
                                     description());
    svg += m_key.svg;
    svg += html::chart::score_ticks(axis(), m_top - 4, bottom);
    double y = m_top;
    for (std::size_t i = 0; i <= m_d.sections.size(); ++i) {
      const bool overall = i == m_d.sections.size();
      svg += row(titles[i],
                 overall ? m_d.overall : m_d.sections[i].scores,
                 overall ? m_d.overall_spread : m_d.sections[i].spread,
                 y,
                 overall);
      y += row_height(titles[i]);
    }
    return svg + "</svg>\n";
  }

private:
  static double
  row_height(const std::vector<std::string>& title)
  {
    return html::chart::row_height(title.size());
  }

  html::chart::ScoreAxis
  axis() const
  {
    return {m_x0, m_plot};
  }

  double
  x(double score) const
  {
    return axis().x(score);
  }

  std::string
  description() const
  {
    return "One row per section and one for the overall score; on each, a mark for each "
           "respondent's score from 0 to 100 ("
           + util::join(m_d.respondents, ", ")
           + ") and a line across the spread between the highest and the lowest, written on "
             "the right. The same figures are in the table below.";
  }

  std::string
  row(const std::vector<std::string>& title,
      const std::vector<std::optional<double>>& scores,
      const std::optional<double>& spread,
      double y,
      bool overall) const
  {
    const double height = row_height(title);
    const double mid = y + height / 2;
    const std::string weight = overall ? " font-weight=\"600\"" : "";
    std::string svg =
        html::svg_text(k_pad,
                       y + (height - k_line * static_cast<double>(title.size())) / 2 + 11,
                       title,
                       k_line,
                       fill(k_ink) + weight);
    std::vector<double> known;
    for (const auto& score : scores) {
      if (score) {
        known.push_back(*score);
      }
    }
    if (known.size() >= 2) {
      const auto [low, high] = std::minmax_element(known.begin(), known.end());
      svg += fmt::format("<line x1=\"{:.1f}\" x2=\"{:.1f}\" y1=\"{:.1f}\" y2=\"{:.1f}\" "
                         "stroke=\"{}\" stroke-width=\"3\"/>\n",
                         x(*low),
                         x(*high),
                         mid,
                         mid,
                         html::chart::k_band_rule);
    }
    const double n = static_cast<double>(scores.size());
    for (std::size_t r = 0; r < scores.size(); ++r) {
      if (!scores[r]) {
        continue;
      }
      // Equal scores are nudged apart a little so every mark shows.
      const double dy = (static_cast<double>(r) - (n - 1) / 2) * 3;
      svg += "<g>" + mark(r, x(*scores[r]), mid + dy)
             + fmt::format("<title>{}: {}</title></g>\n",
                           html_escape(m_d.respondents[r]),
                           util::one_decimal(*scores[r]));
    }
    svg += html::svg_text(k_width - k_pad,
                          mid + 4,
                          {spread ? "spread " + util::one_decimal(*spread) : std::string("—")},
                          0,
                          fill(k_ink) + " text-anchor=\"end\"" + weight);
    return svg;
  }

  const core::Disagreements& m_d;
  html::Legend m_key;
  double m_x0 = 0;
  double m_plot = 0;
  double m_top = 0;
};

void
spread_table(std::string& out, const core::Disagreements& d)
{
  out += "<table class=\"spread\">\n<thead><tr><th scope=\"col\" class=\"num\">#</th><th "
         "scope=\"col\">Section</th>";
  for (const auto& name : d.respondents) {
    out += fmt::format("<th scope=\"col\" class=\"num\">{}</th>", html_escape(name));
  }
  out += "<th scope=\"col\" class=\"num\">Spread</th></tr></thead>\n<tbody>\n";
  const auto row = [&](const std::string& number,
                       const std::string& title,
                       const std::vector<std::optional<double>>& scores,
                       const std::vector<std::optional<double>>& coverage,
                       const std::optional<double>& spread) {
    out += fmt::format("<tr><td class=\"num\">{}</td><th scope=\"row\">{}</th>", number, title);
    for (std::size_t r = 0; r < scores.size(); ++r) {
      out += fmt::format("<td class=\"num\">{}</td>",
                         html_escape(score_with_coverage(scores[r], coverage[r])));
    }
    out += fmt::format("<td class=\"num\">{}</td></tr>\n", score_text(spread));
  };
  for (std::size_t i = 0; i < d.sections.size(); ++i) {
    row(std::to_string(i + 1),
        html_escape(d.sections[i].section->title),
        d.sections[i].scores,
        d.sections[i].coverage,
        d.sections[i].spread);
  }
  row("", "Overall", d.overall, d.overall_coverage, d.overall_spread);
  out += "</tbody>\n</table>\n";
  if (partly_answered(d)) {
    out += "<p class=\"muted\">" + html_escape(coverage_note()) + "</p>\n";
    out += fmt::format("<h3 class=\"items-heading\">Items some left unanswered ({})</h3>\n"
                       "<ul class=\"items\">\n",
                       d.unanswered.size());
    for (const auto& blank : d.unanswered) {
      out += fmt::format("<li>{} <code>{}</code>: {}</li>\n",
                         html_escape(blank.item->item->text),
                         html_escape(blank.item->item->id),
                         html_escape(not_answered_words(d, blank)));
    }
    out += "</ul>\n";
  }
}

void
item_block(std::string& out,
           const core::Disagreement& item,
           std::size_t n,
           const core::Disagreements& d,
           const core::Checklist& checklist)
{
  const core::ItemScore& s = *item.item;
  out += fmt::format("<div class=\"disagreement\">\n<h4>{}. {}</h4>\n<p class=\"muted\"><code>{}"
                     "</code> · <span class=\"tag\">{}</span> · merged answer: {}</p>\n",
                     n + 1,
                     html_escape(s.item->text),
                     html_escape(s.item->id),
                     html_escape(steps_words(item)),
                     html_escape(answer_label(checklist, s.answer)));
  out += "<table class=\"voices\">\n<colgroup><col class=\"who\"><col class=\"answer\"><col "
         "class=\"evidence\"></colgroup>\n<thead><tr><th scope=\"col\">Respondent</th><th "
         "scope=\"col\">Answer</th><th scope=\"col\">Evidence and action</th></tr></thead>\n"
         "<tbody>\n";
  for (std::size_t r = 0; r < d.respondents.size(); ++r) {
    const core::RespondentView& view = item.answers[r];
    std::string said;
    if (view.entry != nullptr && view.entry->evidence) {
      said = html_escape(*view.entry->evidence);
    }
    if (view.entry != nullptr && view.entry->action) {
      said += fmt::format("{}<span class=\"muted\">Action: {}</span>",
                          said.empty() ? "" : "<br>",
                          html_escape(*view.entry->action));
    }
    out += fmt::format("<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td></tr>\n",
                       html_escape(d.respondents[r]),
                       html_escape(view_answer(view)),
                       said);
  }
  out += "</tbody>\n</table>\n</div>\n";
}

} // namespace

std::string
disagreement_html(const core::Disagreements& d, const core::Checklist& checklist)
{
  std::string out = "<section class=\"disagree\" aria-labelledby=\"where-you-disagree\">\n<h2 "
                    "id=\"where-you-disagree\">Where you disagree</h2>\n";
  out += "<p>" + html_escape(disagreement_summary(d)) + "</p>\n";
  out += "<figure>\n" + SpreadChart(d).render()
         + "<figcaption>Each mark is one respondent's score for the section; the line spans the "
           "spread between the highest and the lowest. The figures are also in the table "
           "below.</figcaption>\n</figure>\n";
  spread_table(out, d);
  if (!d.items.empty()) {
    out += fmt::format("<h3 class=\"items-heading\">Items answered differently ({}), widest "
                       "first</h3>\n",
                       d.items.size());
  }
  for (std::size_t n = 0; n < d.items.size(); ++n) {
    item_block(out, d.items[n], n, d, checklist);
  }
  return out + "</section>\n";
}

} // namespace ftsu::report
