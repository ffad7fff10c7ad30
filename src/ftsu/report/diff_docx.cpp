#include <ftsu/core/version.hpp>
#include <ftsu/report/compare.hpp>
#include <ftsu/report/docx.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

#include <utility>

namespace ftsu::report {

namespace {

using DiffDocxRows = std::vector<std::vector<docx::Cell>>;

// Returns the score of section `id` in `assessment`, or nullptr when its
// checklist has no such section.
const core::ScoreSummary*
diff_docx_section(const core::Assessment& assessment, const std::string& id)
{
  for (const auto& s : assessment.sections) {
    if (s.section->id == id) {
      return &s.summary;
    }
  }
  return nullptr;
}

// The diff as a Word document: the title block, the summary, the section
// scores (a native chart with both years' bars, then the table), the items
// by kind of change in the Markdown's order (regressed first), and the
// actions completed.
class DiffDocx
{
public:
  DiffDocx(const core::Comparison& c, const CompareOptions& options)
      : m_c(c)
      , m_b(*c.before)
      , m_a(*c.after)
      , m_options(options)
      , m_last(period_text(*m_b.answers))
      , m_now(period_text(*m_a.answers))
  {
  }

  std::string
  render()
  {
    const std::string org = m_a.answers->organisation.value_or("Comparison");
    m_doc.paragraph(org, docx::Style::title);
    m_doc.paragraph(fmt::format("What changed: {} compared with {}", m_now, m_last),
                    docx::Style::subtitle);
    m_doc.fields({
        {"Compared", fmt::format("{} (before) with {} (now)", m_last, m_now)},
        {"Checklist",
         fmt::format("{} version {} → {} version {}",
                     m_b.checklist->id,
                     m_b.checklist->version,
                     m_a.checklist->id,
                     m_a.checklist->version)},
        {"Generated", util::long_date(m_options.generated)},
    });
    summary();
    sections();
    items();
    completed();
    m_doc.paragraph(fmt::format("Produced with ftsu-gap {}. Scores: 100 × the weighted share of "
                                "counting items met (Partially met counts half; unanswered items "
                                "count as not met). An item not yet answered on either side "
                                "neither improved nor regressed.",
                                core::k_version),
                    docx::Style::small);
    docx::Properties properties;
    properties.title = fmt::format("{}: {} compared with {}", org, m_now, m_last);
    properties.subject = "Freedom to Speak Up gap analysis: what changed";
    properties.created = m_options.generated;
    properties.header = fmt::format("{} · what changed\t{} → {}", org, m_last, m_now);
    return m_doc.finish(properties, m_options.reference_docx);
  }

private:
  void
  summary()
  {
    m_doc.heading(1, "Summary");
    const auto& s = m_c.summary;
    m_doc.fields({
        {"Overall score",
         fmt::format("{} → {} ({})",
                     percent_text(m_c.overall.before),
                     percent_text(m_c.overall.after),
                     change_text(m_c.overall.delta))},
        {"Rating", fmt::format("{} → {}", rating_words(m_b.overall), rating_words(m_a.overall))},
        {"Coverage",
         fmt::format(
             "{} → {}", percent_text(m_b.overall.coverage), percent_text(m_a.overall.coverage))},
        {"Items", change_counts(s)},
    });
  }

  void
  chart()
  {
    docx::BarChart chart;
    // No legend (docx::ChartSeries): the title names the periods.
    chart.title = fmt::format("Section scores: {} in rating colours, {} in grey", m_now, m_last);
    chart.axis_title = "Score (%)";
    docx::ChartSeries before{m_last, {}, "#a6b2be"};
    docx::ChartSeries after{m_now, {}, "#005eb8"};
    for (std::size_t i = 0; i < m_c.sections.size(); ++i) {
      const auto& sec = m_c.sections[i];
      chart.categories.push_back(fmt::format("{}. {}", i + 1, sec.title));
      before.values.push_back(sec.score.before);
      after.values.push_back(sec.score.after);
      const core::ScoreSummary* now = diff_docx_section(m_a, sec.id);
      after.bar_colours.push_back(
          band_colour(*m_a.checklist, now != nullptr ? now->rating : nullptr));
    }
    chart.series.push_back(std::move(before));
    chart.series.push_back(std::move(after));
    m_doc.chart(chart);
    m_doc.paragraph(fmt::format("Each section's score in {} (grey) and {} (in the colour of its "
                                "rating now); the table below has the figures and the ratings "
                                "in words.",
                                m_last,
                                m_now),
                    docx::Style::caption);
  }

  void
  sections()
  {
    m_doc.heading(1, "Sections");
    chart();
    const docx::Column columns[] = {{"#", 5, true},
                                    {"Section", 36},
                                    {m_last, 11, true},
                                    {m_now, 11, true},
                                    {"Change (points)", 12, true},
                                    {"Rating now", 25}};
    DiffDocxRows rows;
    rows.reserve(m_c.sections.size());
    for (std::size_t i = 0; i < m_c.sections.size(); ++i) {
      const auto& sec = m_c.sections[i];
      const core::ScoreSummary* now = diff_docx_section(m_a, sec.id);
      docx::Cell rating = docx::cell(now != nullptr ? rating_words(*now) : "not in this version");
      if (now != nullptr && now->rating != nullptr) {
        rating.fill = band_background(rating_rank(*m_a.checklist, now->rating),
                                      m_a.checklist->ratings.size());
      }
      rows.push_back({docx::cell(fmt::format("{}", i + 1)),
                      docx::cell(sec.title),
                      docx::cell(score_text(sec.score.before)),
                      docx::cell(score_text(sec.score.after)),
                      docx::cell(delta_text(sec.score.delta)),
                      std::move(rating)});
    }
    m_doc.table(columns, rows);
  }

  void
  items()
  {
    static const std::pair<core::Change, std::string_view> k_groups[] = {
        {core::Change::regressed, "Regressed"},
        {core::Change::improved, "Improved"},
        {core::Change::added, "Added by the checklist change"},
        {core::Change::removed, "Removed by the checklist change"},
        {core::Change::not_comparable, "Not comparable"},
        {core::Change::unanswered, "Not yet answered"},
    };
    const docx::Column columns[] = {
        {"Item", 16}, {"Statement", 32}, {m_last, 12}, {m_now, 12}, {"Evidence now", 28}};
    for (const auto& [change, title] : k_groups) {
      std::vector<const core::ItemChange*> listed;
      for (const auto& item : m_c.items) {
        if (item.change == change) {
          listed.push_back(&item);
        }
      }
      m_doc.heading(1, fmt::format("{} ({})", title, listed.size()));
      if (listed.empty()) {
        m_doc.paragraph("None.");
        continue;
      }
      DiffDocxRows rows;
      rows.reserve(listed.size());
      for (const auto* item : listed) {
        const core::ItemScore* latest = item->after != nullptr ? item->after : item->before;
        std::vector<docx::Run> id = {docx::Run{item->id}};
        if (item->before_id && *item->before_id != item->id) {
          id.push_back(docx::Run{"\nwas " + *item->before_id, false, true, "#425563"});
        }
        const core::AnswerEntry* entry = item->after != nullptr ? item->after->entry : nullptr;
        std::vector<docx::Run> evidence;
        if (entry != nullptr && entry->evidence) {
          evidence.push_back(docx::Run{*entry->evidence});
          if (!carried_note(entry).empty()) {
            evidence.push_back(docx::Run{"\n" + carried_note(entry), false, true, "#425563"});
          }
        }
        rows.push_back({docx::Cell{id},
                        docx::cell(latest->item->text),
                        docx::cell(side_answer(item->before, *m_b.checklist)),
                        docx::cell(side_answer(item->after, *m_a.checklist)),
                        docx::Cell{evidence}});
      }
      m_doc.table(columns, rows);
    }
  }

  void
  completed()
  {
    const auto done = core::completed_actions(m_c);
    m_doc.heading(1, fmt::format("Actions completed since {} ({})", m_last, done.size()));
    if (done.empty()) {
      m_doc.paragraph("None.");
      return;
    }
    static const docx::Column k_done_columns[] = {
        {"Item", 16}, {"Action", 40}, {"Owner", 22}, {"How we know", 22}};
    DiffDocxRows rows;
    rows.reserve(done.size());
    for (const auto* item : done) {
      const core::AnswerEntry* now = item->after->entry;
      const bool marked = now != nullptr && now->action && now->status == core::ActionStatus::done;
      const core::AnswerEntry* source = marked ? now : item->before->entry;
      rows.push_back({docx::cell(item->id),
                      docx::cell(source->action.value_or("")),
                      docx::cell(source->owner.value_or("")),
                      docx::cell(marked ? "marked done" : "item now met")});
    }
    m_doc.table(k_done_columns, rows);
  }

  const core::Comparison& m_c;
  const core::Assessment& m_b;
  const core::Assessment& m_a;
  const CompareOptions& m_options;
  std::string m_last;
  std::string m_now;
  docx::Document m_doc;
};

} // namespace

std::string
diff_docx(const core::Comparison& comparison, const CompareOptions& options)
{
  return DiffDocx(comparison, options).render();
}

} // namespace ftsu::report
