#include <ftsu/core/version.hpp>
#include <ftsu/report/compare.hpp>
#include <ftsu/report/docx.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>
#include <utility>

namespace ftsu::report {

namespace {

// The most periods the chart of section scores shows (the latest): each
// period is a bar per section, and more would not fit on a page.
constexpr std::size_t k_trend_docx_chart_periods = 4;

// The most periods one table of scores has columns for: more make columns
// too narrow for "Limited assurance (capped)" and "100.0".
constexpr std::size_t k_trend_docx_table_periods = 5;

// The colours of the older periods' bars in the chart of section scores,
// oldest first (the latest period's bars are in its ratings' colours).
constexpr std::string_view k_trend_docx_greys[] = {"#d0d7de", "#a6b2be", "#768692"};

// A cell of the table of scores: the score, then its rating in words, on
// the band's pale colour; "not in this version" for a section a period's
// checklist lacks.
docx::Cell
trend_docx_cell(const core::Checklist& checklist, const core::ScoreSummary* s)
{
  if (s == nullptr) {
    return docx::Cell{{docx::Run{"not in this version", false, true, "#425563"}}};
  }
  docx::Cell cell{{docx::Run{score_text(*s), true},
                   docx::Run{"\n" + rating_words(*s), false, false, "#425563"}}};
  if (!nothing_answered(*s) && s->rating != nullptr) {
    cell.fill = band_background(rating_rank(checklist, s->rating), checklist.ratings.size());
  }
  return cell;
}

// The trend as a Word document: the title block, the overall score per
// period as a native bar chart (each bar in its rating's colour), the table
// of every score by period with the ratings in words, then the section
// scores of the latest periods as a second chart.
class TrendDocx
{
public:
  TrendDocx(const core::Trend& trend, const CompareOptions& options)
      : m_t(trend)
      , m_options(options)
      , m_latest(*trend.periods.back().assessment)
      , m_span(
            trend.periods.size() == 1
                ? trend.periods.front().label
                : fmt::format("{} to {}", trend.periods.front().label, trend.periods.back().label))
  {
    m_by_id.resize(trend.periods.size());
    for (std::size_t p = 0; p < trend.periods.size(); ++p) {
      for (const auto& s : trend.periods[p].assessment->sections) {
        m_by_id[p].emplace(s.section->id, &s.summary);
      }
    }
  }

  std::string
  render()
  {
    const core::Checklist& c = *m_latest.checklist;
    const std::string org = m_latest.answers->organisation.value_or("Scores");
    m_doc.paragraph(org, docx::Style::title);
    m_doc.paragraph("Freedom to Speak Up gap analysis over time: " + c.title,
                    docx::Style::subtitle);
    m_doc.fields({
        {"Periods", fmt::format("{} ({})", m_span, m_t.periods.size())},
        {"Checklist", fmt::format("{} version {} (latest)", c.id, c.version)},
        {"Generated", util::long_date(m_options.generated)},
    });
    overall();
    table();
    sections_chart();
    m_doc.paragraph(fmt::format("Produced with ftsu-gap {}. A period's rating is capped at the "
                                "lowest band when a mandatory item is not fully met; coverage is "
                                "the share of counting items answered.",
                                core::k_version),
                    docx::Style::small);
    docx::Properties properties;
    properties.title = fmt::format("{}: trend {}", org, m_span);
    properties.subject = "Freedom to Speak Up gap analysis over time";
    properties.created = m_options.generated;
    properties.header = fmt::format("{} · trend\t{} · {}", org, c.id, m_span);
    return m_doc.finish(properties, m_options.reference_docx);
  }

private:
  void
  overall()
  {
    m_doc.heading(1, "Overall score by period");
    docx::BarChart chart;
    chart.title = "Overall score";
    chart.axis_title = "Score (%)";
    docx::ChartSeries series{"Overall score", {}, "#005eb8"};
    for (const auto& p : m_t.periods) {
      const core::ScoreSummary& o = p.assessment->overall;
      chart.categories.push_back(p.label);
      series.values.push_back(nothing_answered(o) ? std::nullopt : o.score);
      series.bar_colours.push_back(band_colour(*p.assessment->checklist, o.rating));
    }
    chart.series.push_back(std::move(series));
    m_doc.chart(chart);
    m_doc.paragraph("Each bar is a period's overall score, in its rating's colour; the table "
                    "below has the figures, the ratings in words and the coverage.",
                    docx::Style::caption);
  }

  void
  sections_chart()
  {
    if (m_t.sections.empty()) {
      return;
    }
    const std::size_t first = m_t.periods.size() > k_trend_docx_chart_periods
                                  ? m_t.periods.size() - k_trend_docx_chart_periods
                                  : 0;
    m_doc.heading(1, "Section scores by period");
    docx::BarChart chart;
    // No legend (docx::ChartSeries): the title names the periods.
    // Each section's bars top to bottom, oldest first.
    std::vector<std::string> earlier;
    earlier.reserve(m_t.periods.size() - first);
    for (std::size_t p = first; p + 1 < m_t.periods.size(); ++p) {
      earlier.push_back(m_t.periods[p].label);
    }
    chart.title =
        earlier.empty()
            ? fmt::format("Section scores: {} in rating colours", m_t.periods.back().label)
            : fmt::format("Section scores, each section's bars top to bottom: {} in {}, {} in "
                          "rating colours",
                          util::join(earlier, ", "),
                          earlier.size() > 1 ? "greys, darker is later" : "grey",
                          m_t.periods.back().label);
    chart.axis_title = "Score (%)";
    for (std::size_t i = 0; i < m_t.sections.size(); ++i) {
      chart.categories.push_back(fmt::format("{}. {}", i + 1, m_t.sections[i].title));
    }
    const std::size_t shown = m_t.periods.size() - first;
    for (std::size_t p = first; p < m_t.periods.size(); ++p) {
      const bool latest = p + 1 == m_t.periods.size();
      // The older periods take the darkest greys, nearest the latest.
      const std::size_t grey = std::size(k_trend_docx_greys) - (m_t.periods.size() - 1 - p);
      docx::ChartSeries series{m_t.periods[p].label,
                               {},
                               latest ? std::string_view("#005eb8") : k_trend_docx_greys[grey]};
      for (const auto& row : m_t.sections) {
        const auto it = m_by_id[p].find(row.id);
        const core::ScoreSummary* s = it == m_by_id[p].end() ? nullptr : it->second;
        series.values.push_back(s == nullptr || nothing_answered(*s) ? std::nullopt : s->score);
        if (latest) {
          series.bar_colours.push_back(band_colour(*m_t.periods[p].assessment->checklist,
                                                   s != nullptr ? s->rating : nullptr));
        }
      }
      chart.series.push_back(std::move(series));
    }
    m_doc.chart(chart);
    m_doc.paragraph(
        fmt::format(
            "Each section's score in {}{}: the older periods in grey, {} in the colour of "
            "its ratings.",
            shown == m_t.periods.size() ? "every period" : "the latest periods",
            shown == m_t.periods.size()
                ? std::string()
                : fmt::format(" ({} of {}; the table has them all)", shown, m_t.periods.size()),
            m_t.periods.back().label),
        docx::Style::caption);
  }

  // The table of scores, a column per period: up to
  // k_trend_docx_table_periods periods a table, more in tables one after
  // the other (each under a heading naming its periods), so the scores and
  // the ratings' words stay whole in their columns.
  void
  table()
  {
    m_doc.heading(1, "Scores by period");
    const std::size_t n = m_t.periods.size();
    for (std::size_t first = 0; first < n; first += k_trend_docx_table_periods) {
      const std::size_t last = std::min(n, first + k_trend_docx_table_periods);
      if (n > k_trend_docx_table_periods) {
        m_doc.heading(
            2,
            last - first == 1
                ? m_t.periods[first].label
                : fmt::format("{} to {}", m_t.periods[first].label, m_t.periods[last - 1].label));
      }
      table_of(first, last);
    }
  }

  // Adds the table of the scores of periods `first` to `last` (excluded).
  void
  table_of(std::size_t first, std::size_t last)
  {
    // A column per period shares 64% of the width (at most a fifth each);
    // the section's title takes the rest.
    const auto each = static_cast<unsigned>(std::min<std::size_t>(20, 64 / (last - first)));
    std::vector<docx::Column> columns = {
        {"#", 5, true}, {"Section", 95 - each * static_cast<unsigned>(last - first)}};
    for (std::size_t p = first; p < last; ++p) {
      columns.push_back({m_t.periods[p].label, each, true});
    }
    std::vector<std::vector<docx::Cell>> rows;
    std::vector<docx::Cell> overall = {docx::cell(""), docx::Cell{{docx::Run{"Overall", true}}}};
    std::vector<docx::Cell> coverage = {docx::cell(""), docx::cell("Coverage (% answered)")};
    for (std::size_t p = first; p < last; ++p) {
      const core::Assessment& a = *m_t.periods[p].assessment;
      const core::ScoreSummary& o = a.overall;
      overall.push_back(trend_docx_cell(*a.checklist, &o));
      coverage.push_back(docx::cell(
          o.coverage ? util::one_decimal(*o.coverage) + "%"
                           + (*o.coverage < 100.0 ? std::string("\nincomplete") : std::string())
                     : std::string("—")));
    }
    rows.push_back(std::move(overall));
    rows.push_back(std::move(coverage));
    for (std::size_t i = 0; i < m_t.sections.size(); ++i) {
      const auto& row = m_t.sections[i];
      std::vector<docx::Cell> cells = {docx::cell(fmt::format("{}", i + 1)), docx::cell(row.title)};
      for (std::size_t p = first; p < last; ++p) {
        const auto it = m_by_id[p].find(row.id);
        cells.push_back(trend_docx_cell(*m_t.periods[p].assessment->checklist,
                                        it == m_by_id[p].end() ? nullptr : it->second));
      }
      rows.push_back(std::move(cells));
    }
    m_doc.table(columns, rows);
  }

  const core::Trend& m_t;
  const CompareOptions& m_options;
  const core::Assessment& m_latest;
  std::string m_span;
  // Each period's section scores by section id.
  std::vector<std::unordered_map<std::string, const core::ScoreSummary*>> m_by_id;
  docx::Document m_doc;
};

} // namespace

std::string
trend_docx(const core::Trend& trend, const CompareOptions& options)
{
  return TrendDocx(trend, options).render();
}

} // namespace ftsu::report
