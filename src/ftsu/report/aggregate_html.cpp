#include <ftsu/report/aggregate.hpp>
#include <ftsu/report/chart.hpp>
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
using html::chart::k_accent;
using html::chart::k_ink;
using html::chart::k_muted;
using html::chart::k_width;

constexpr double k_left = 44;
constexpr double k_right = 12;
constexpr double k_top = 22;
constexpr double k_plot = 200;
constexpr double k_axis = 36;
constexpr double k_label_width = 250;
constexpr double k_row = 34;

std::size_t
scored_files(const core::Aggregate& aggregate)
{
  std::size_t n = 0;
  for (const std::size_t count : aggregate.histogram) {
    n += count;
  }
  return n;
}

// The histogram of overall scores: a bar per tenth of 0-100, its count
// above it, its range below.
std::string
histogram_svg(const core::Aggregate& aggregate)
{
  const auto& h = aggregate.histogram;
  const std::size_t most = std::max<std::size_t>(1, *std::max_element(h.begin(), h.end()));
  const double column = (k_width - k_left - k_right) / static_cast<double>(h.size());
  std::string out = html::svg_open(
      "histogram",
      k_width,
      k_top + k_plot + k_axis,
      "Histogram of overall scores",
      fmt::format("How many of the {} files with a score fall in each tenth of 0 to 100.",
                  scored_files(aggregate)));
  out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\" stroke=\"{3}\"/>\n",
                     k_left,
                     k_top + k_plot,
                     k_width - k_right,
                     k_muted);
  for (std::size_t b = 0; b < h.size(); ++b) {
    const double height = k_plot * static_cast<double>(h[b]) / static_cast<double>(most);
    const double x = k_left + column * static_cast<double>(b);
    if (h[b] > 0) {
      out += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" "
                         "rx=\"2\" {}/>\n",
                         x + 4,
                         k_top + k_plot - height,
                         column - 8,
                         height,
                         fill(k_accent));
    }
    out += html::svg_text(x + column / 2,
                          k_top + k_plot - height - 5,
                          {fmt::format("{}", h[b])},
                          14,
                          "text-anchor=\"middle\" " + fill(k_ink));
    out += html::svg_text(x + column / 2,
                          k_top + k_plot + 16,
                          {fmt::format("{}–{}", b * 10, b * 10 + 10)},
                          14,
                          "text-anchor=\"middle\" " + fill(k_muted));
  }
  out += html::svg_text(k_left, k_top + k_plot + 32, {"Overall score (%)"}, 14, fill(k_muted));
  return out + "</svg>\n";
}

// The median score of each section: a horizontal bar each, the section's
// title at the left, its median at the bar's end.
std::string
sections_svg(const core::Aggregate& aggregate)
{
  const double bar_left = k_label_width + 8;
  const double bar_span = k_width - bar_left - 56;
  const double height = k_row * static_cast<double>(aggregate.sections.size()) + 28;
  std::string out = html::svg_open("sections",
                                   k_width,
                                   height,
                                   "Median score by section",
                                   "For each section, the median of its scores over the files "
                                   "where it has one, on a scale of 0 to 100.");
  for (std::size_t s = 0; s < aggregate.sections.size(); ++s) {
    const auto& section = aggregate.sections[s];
    const double y = k_row * static_cast<double>(s);
    out += html::svg_text(
        0, y + 14, html::fit_lines(section.section->title, k_label_width, 12, 2), 14, fill(k_ink));
    const double value = section.median.value_or(0.0);
    out += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"18\" "
                       "{}/>\n",
                       bar_left,
                       y + 4,
                       bar_span,
                       fill(html::chart::k_track));
    if (section.median) {
      out += fmt::format("<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"18\" "
                         "{}/>\n",
                         bar_left,
                         y + 4,
                         bar_span * value / 100.0,
                         fill(k_accent));
    }
    out += html::svg_text(
        bar_left + bar_span + 6, y + 18, {percent_text(section.median)}, 14, fill(k_ink));
  }
  const double axis = k_row * static_cast<double>(aggregate.sections.size()) + 16;
  for (int tick = 0; tick <= 100; tick += 25) {
    out += html::svg_text(bar_left + bar_span * tick / 100.0,
                          axis,
                          {fmt::format("{}", tick)},
                          14,
                          "text-anchor=\"middle\" " + fill(k_muted));
  }
  return out + "</svg>\n";
}

std::string
card(std::string_view label, std::string_view value)
{
  return fmt::format("<div class=\"card\"><div class=\"label\">{}</div><div "
                     "class=\"value\">{}</div></div>\n",
                     html_escape(label),
                     html_escape(value));
}

std::string
spread_html(const core::Aggregate& aggregate)
{
  const auto& q = aggregate.spread;
  std::string out = fmt::format("<h2>Overall scores</h2>\n<p>{} of {} files have a score.</p>\n",
                                scored_files(aggregate),
                                aggregate.files.size());
  if (!q) {
    return out;
  }
  out += "<div class=\"summary\">\n";
  // Three cards, so each value fits its card on one line.
  const auto span = [](double low, double high) {
    return fmt::format("{}–{}%", util::one_decimal(low), util::one_decimal(high));
  };
  out += card("Median", percent_text(q->median));
  out += card("Lower to upper quartile", span(q->q1, q->q3));
  out += card("Lowest to highest", span(q->min, q->max));
  out += "</div>\n<figure>\n";
  return out + histogram_svg(aggregate)
         + "<figcaption>How many files score in each tenth of 0 to 100 (100 is in the "
           "last).</figcaption>\n</figure>\n";
}

std::string
most_unmet_html(const core::Aggregate& aggregate)
{
  std::string out = "<h2>Items most often not met or partly met</h2>\n";
  if (aggregate.most_unmet.empty()) {
    return out + "<p>Every item is met in full wherever it counts.</p>\n";
  }
  out += "<table>\n<caption class=\"muted small\">Share: of the files where the item counts (in "
         "profile, not not-applicable).</caption>\n<thead><tr><th scope=\"col\" "
         "class=\"num\">#</th><th scope=\"col\">Item</th><th scope=\"col\">Section</th><th "
         "scope=\"col\" class=\"num\">Not met</th><th scope=\"col\" class=\"num\">Partly "
         "met</th><th scope=\"col\" class=\"num\">Share</th></tr></thead>\n<tbody>\n";
  for (std::size_t n = 0; n < aggregate.most_unmet.size(); ++n) {
    const core::AggregateItem& item = aggregate.items[aggregate.most_unmet[n]];
    const std::size_t short_of = item.not_met + item.partly_met;
    out += fmt::format("<tr><td class=\"num\">{}</td><th scope=\"row\"><code>{}</code> {}</th>"
                       "<td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td "
                       "class=\"num\">{} of {} ({})</td></tr>\n",
                       n + 1,
                       html_escape(item.item->id),
                       html_escape(item.item->text),
                       html_escape(item.section->title),
                       item.not_met,
                       item.partly_met,
                       short_of,
                       item.counted,
                       share_text(short_of, item.counted));
  }
  return out + "</tbody>\n</table>\n";
}

std::string
files_table(const core::Aggregate& aggregate, const std::vector<std::size_t>& rows)
{
  const core::Checklist& c = *aggregate.checklist;
  std::string out = "<table>\n<thead><tr><th scope=\"col\">File</th><th "
                    "scope=\"col\">Organisation</th><th scope=\"col\">Period</th><th "
                    "scope=\"col\" class=\"num\">Score</th><th scope=\"col\">Rating</th><th "
                    "scope=\"col\" class=\"num\">Coverage</th></tr></thead>\n<tbody>\n";
  for (const std::size_t i : rows) {
    const core::AggregateFile& f = aggregate.files[i];
    out +=
        fmt::format("<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td "
                    "class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td></tr>\n",
                    html_escape(f.file),
                    html_escape(f.organisation.value_or("—"))
                        + (f.respondents > 0 ? fmt::format(" <span class=\"muted\">(merged from {} "
                                                           "respondents)</span>",
                                                           f.respondents)
                                             : std::string()),
                    html_escape(f.period.value_or("—")),
                    percent_text(f.overall.score),
                    f.overall.score ? html::pill(c, f.overall.rating, f.overall.rating_capped)
                                    : std::string("No score"),
                    percent_text(f.overall.coverage));
  }
  return out + "</tbody>\n</table>\n";
}

std::string
items_html(const core::Aggregate& aggregate)
{
  const core::Checklist& c = *aggregate.checklist;
  std::string out = "<h2>Items</h2>\n<table>\n<caption class=\"muted small\">How many files gave "
                    "each answer, and the mean value where the item counts (unanswered counts as "
                    "0).</caption>\n<thead><tr><th scope=\"col\">Item</th>";
  for (const auto& option : c.scale) {
    out += fmt::format("<th scope=\"col\" class=\"num\">{}</th>", html_escape(option.label));
  }
  out += "<th scope=\"col\" class=\"num\">Unanswered</th><th scope=\"col\" class=\"num\">Out of "
         "profile</th><th scope=\"col\" class=\"num\">Mean</th></tr></thead>\n<tbody>\n";
  for (const auto& item : aggregate.items) {
    out += fmt::format("<tr><th scope=\"row\"><code>{}</code></th>", html_escape(item.item->id));
    for (const std::size_t count : item.answer_counts) {
      out += fmt::format("<td class=\"num\">{}</td>", count);
    }
    out +=
        fmt::format("<td class=\"num\">{}</td><td class=\"num\">{}</td><td "
                    "class=\"num\">{}</td></tr>\n",
                    item.unanswered,
                    item.out_of_profile,
                    item.mean_value ? fmt::format("{:.2f}", *item.mean_value) : std::string("—"));
  }
  return out + "</tbody>\n</table>\n";
}

std::string
excluded_html(const core::Aggregate& aggregate)
{
  if (aggregate.excluded.empty()) {
    return {};
  }
  std::string out = "<h2>Not counted</h2>\n<p>Each organisation counts once a period.</p>\n<ul>\n";
  for (const auto& excluded : aggregate.excluded) {
    out += fmt::format("<li><code>{}</code>: {}</li>\n",
                       html_escape(excluded.file),
                       html_escape(exclusion_text(excluded)));
  }
  return out + "</ul>\n";
}

// Returns one roll-up: its header, spread, rankings, files, items and the
// files not counted.
std::string
rollup_html(const core::Aggregate& aggregate, const AggregateLayout& layout)
{
  const core::Checklist& c = *aggregate.checklist;
  std::string out;
  out += fmt::format("<header>\n<h1>Roll-up of {} files{}</h1>\n<p class=\"subtitle\">Freedom to "
                     "Speak Up gap analysis: {}</p>\n<dl class=\"meta\">\n",
                     aggregate.files.size(),
                     aggregate.period ? ", period " + html_escape(*aggregate.period) : "",
                     html_escape(c.title));
  out += html::meta_row("Checklist", fmt::format("{} version {}", c.id, c.version));
  out += html::meta_row("Files",
                        aggregate.merged > 0
                            ? fmt::format("{} ({} merged from several respondents, each counted "
                                          "as one organisation)",
                                          aggregate.files.size(),
                                          aggregate.merged)
                            : fmt::format("{}", aggregate.files.size()));
  out += html::generated_rows(layout.generated);
  out += "</dl>\n";
  if (aggregate.left_out > 0) {
    out += fmt::format("<p class=\"notice\">Left out because they failed (--keep-going): {} "
                       "{}; their problems were reported as errors.</p>\n",
                       aggregate.left_out,
                       aggregate.left_out == 1 ? "file" : "files");
  }
  if (!aggregate.excluded.empty()) {
    out += fmt::format("<p class=\"notice\">Not counted, so that each organisation counts once: "
                       "{} {} (listed at the end).</p>\n",
                       aggregate.excluded.size(),
                       aggregate.excluded.size() == 1 ? "file" : "files");
  }
  out += "</header>\n";
  out += spread_html(aggregate);
  out += most_unmet_html(aggregate);
  out += "<h2>Lowest-scoring files</h2>\n";
  out += files_table(aggregate, aggregate.lowest);
  out += "<h2>Median score by section</h2>\n<figure>\n";
  out += sections_svg(aggregate)
         + "<figcaption>The median of each section's scores over the files where it has "
           "one.</figcaption>\n</figure>\n";
  std::vector<std::size_t> all(aggregate.files.size());
  for (std::size_t i = 0; i < all.size(); ++i) {
    all[i] = i;
  }
  out += "<h2>Files</h2>\n";
  out += files_table(aggregate, all);
  out += items_html(aggregate);
  return out + excluded_html(aggregate);
}

std::string
footer_html()
{
  return "<footer>Produced with ftsu-gap. A file's rating is capped at the lowest band when a "
         "mandatory item is not fully met; coverage is the share of counting items "
         "answered.</footer>\n";
}

std::string
page_head(const core::Checklist& c)
{
  return html::page_start({fmt::format("Roll-up: {} {}", c.id, c.version),
                           fmt::format("Roll-up · {} {}", c.id, c.version)});
}

} // namespace

std::string
aggregate_html(const core::Aggregate& aggregate, const AggregateLayout& layout)
{
  return page_head(*aggregate.checklist) + rollup_html(aggregate, layout) + footer_html()
         + html::page_end();
}

std::string
aggregate_periods_html(const std::vector<core::Aggregate>& rollups, const AggregateLayout& layout)
{
  if (rollups.empty()) {
    return {};
  }
  std::string out = page_head(*rollups.front().checklist);
  for (const auto& rollup : rollups) {
    out += rollup_html(rollup, layout);
  }
  return out + footer_html() + html::page_end();
}

} // namespace ftsu::report
