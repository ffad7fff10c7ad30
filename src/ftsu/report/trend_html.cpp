#include <ftsu/report/compare.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/util/markup.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace ftsu::report {

namespace {

using util::html_escape;

constexpr std::string_view k_style = R"(
body { font-family: "Segoe UI", Arial, Helvetica, sans-serif; color: #1d2733; margin: 0; background: #f4f6f8; }
main { max-width: 1000px; margin: 0 auto; padding: 32px 40px 48px; background: #fff; }
header { border-bottom: 4px solid #005eb8; padding-bottom: 12px; margin-bottom: 20px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
p.subtitle { color: #5b6775; margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; margin-top: 16px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #d5dbe1; }
th { background: #eef2f6; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.overall td { font-weight: 700; }
svg { width: 100%; height: auto; }
@page { size: A4 landscape; margin: 15mm; }
@media print { body { background: #fff; } main { padding: 0; } }
)";

std::string
chart(const core::Trend& trend)
{
  const core::Checklist& c = *trend.periods.back().assessment->checklist;
  constexpr double k_left = 50;
  constexpr double k_top = 20;
  constexpr double k_width = 820;
  constexpr double k_height = 300;
  const std::size_t n = trend.periods.size();
  const auto x = [&](std::size_t i) {
    return n == 1 ? k_left + k_width / 2
                  : k_left + k_width * static_cast<double>(i) / static_cast<double>(n - 1);
  };
  const auto y = [&](double score) { return k_top + k_height * (1.0 - score / 100.0); };
  std::string svg =
      fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" role=\"img\" "
                  "aria-labelledby=\"trend-title\" font-family=\"Segoe UI, Arial, sans-serif\" "
                  "font-size=\"12\">\n<title id=\"trend-title\">Scores by period</title>\n",
                  k_left + k_width + 60,
                  k_top + k_height + 50);
  double upper = 100;
  for (std::size_t i = 0; i < c.ratings.size(); ++i) {
    const double lower = std::min(c.ratings[i].min, upper);
    svg += fmt::format("<rect x=\"{}\" y=\"{:.1f}\" width=\"{}\" height=\"{:.1f}\" "
                       "fill=\"{}\"><title>{}</title></rect>\n",
                       k_left,
                       y(upper),
                       k_width,
                       y(lower) - y(upper),
                       band_background(i, c.ratings.size()),
                       html_escape(c.ratings[i].label));
    upper = lower;
  }
  for (int tick = 0; tick <= 100; tick += 20) {
    svg += fmt::format(
        "<line x1=\"{0}\" x2=\"{1}\" y1=\"{2:.1f}\" y2=\"{2:.1f}\" stroke=\"#c3cad2\" "
        "stroke-width=\"0.5\"/>"
        "<text x=\"{3}\" y=\"{4:.1f}\" text-anchor=\"end\" fill=\"#5b6775\">{5}</text>\n",
        k_left,
        k_left + k_width,
        y(tick),
        k_left - 6,
        y(tick) + 4,
        tick);
  }
  for (std::size_t i = 0; i < n; ++i) {
    svg += fmt::format(
        "<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" fill=\"#1d2733\">{}</text>\n",
        x(i),
        k_top + k_height + 20,
        html_escape(trend.periods[i].label));
  }
  const auto line = [&](const core::TrendRow& row, std::string_view colour, double width) {
    std::string points;
    for (std::size_t i = 0; i < n; ++i) {
      if (row.scores[i]) {
        points += fmt::format("{:.1f},{:.1f} ", x(i), y(*row.scores[i]));
      }
    }
    svg += fmt::format("<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" "
                       "stroke-width=\"{}\"><title>{}</title></polyline>\n",
                       points,
                       colour,
                       width,
                       html_escape(row.title));
    for (std::size_t i = 0; i < n; ++i) {
      if (row.scores[i]) {
        svg += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"{}\" fill=\"{}\"><title>{}, "
                           "{}: {}</title></circle>\n",
                           x(i),
                           y(*row.scores[i]),
                           width + 1.5,
                           colour,
                           html_escape(row.title),
                           html_escape(trend.periods[i].label),
                           util::one_decimal(*row.scores[i]));
      }
    }
  };
  for (const auto& row : trend.sections) {
    line(row, "#9aa5b1", 1);
  }
  line(trend.overall, "#005eb8", 3);
  for (std::size_t i = 0; i < n; ++i) {
    if (trend.overall.scores[i]) {
      svg += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" "
                         "font-weight=\"700\" stroke=\"#fff\" "
                         "stroke-width=\"3\" paint-order=\"stroke\">{}</text>\n",
                         x(i),
                         y(*trend.overall.scores[i]) - 10,
                         util::one_decimal(*trend.overall.scores[i]));
    }
  }
  svg += "</svg>\n";
  return svg;
}

} // namespace

std::string
trend_html(const core::Trend& trend)
{
  const auto& latest = *trend.periods.back().assessment;
  const std::string org = latest.answers->organisation.value_or("Scores");
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
      "'unsafe-inline'\">\n";
  out += fmt::format("<title>{}: trend</title>\n<style>{}</style>\n</head>\n<body>\n<main>\n",
                     html_escape(org),
                     k_style);
  out += fmt::format(
      "<header><h1>{}</h1><p class=\"subtitle\">Freedom to Speak Up gap analysis over time: {} "
      "({})</p></header>\n",
      html_escape(org),
      html_escape(latest.checklist->title),
      html_escape(latest.checklist->id));
  out += "<p>The overall score in blue, each section in grey, over the rating bands of the latest "
         "checklist "
         "version.</p>\n";
  out += chart(trend);
  out += "<table>\n<thead><tr><th class=\"num\">#</th><th>Section</th>";
  for (const auto& p : trend.periods) {
    out += fmt::format("<th class=\"num\">{}</th>", html_escape(p.label));
  }
  out += "</tr></thead>\n<tbody>\n";
  const auto row = [&](std::string_view number, const core::TrendRow& r, bool overall) {
    out += fmt::format("<tr{}><td class=\"num\">{}</td><td>{}</td>",
                       overall ? " class=\"overall\"" : "",
                       number,
                       html_escape(r.title));
    for (const auto& score : r.scores) {
      out += fmt::format("<td class=\"num\">{}</td>", score_text(score));
    }
    out += "</tr>\n";
  };
  row("", trend.overall, true);
  row("", trend.coverage, false);
  for (std::size_t i = 0; i < trend.sections.size(); ++i) {
    row(fmt::format("{}", i + 1), trend.sections[i], false);
  }
  out += "</tbody>\n</table>\n</main>\n</body>\n</html>\n";
  return out;
}

} // namespace ftsu::report
