#include <ftsu/core/version.hpp>
#include <ftsu/report/compare_html.hpp>
#include <ftsu/report/currency.hpp>
#include <ftsu/report/disagreement.hpp>
#include <ftsu/report/docx.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/report/movement.hpp>
#include <ftsu/report/report.hpp>
#include <ftsu/report/summary.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace ftsu::report {

namespace {

using DocxRows = std::vector<std::vector<docx::Cell>>;

// Returns an item's statement with its id and, when mandatory, the word.
docx::Cell
statement_cell(const core::Item& item)
{
  return docx::Cell{{docx::Run{item.text + "  "}, docx::Run{item.id, false, true, "#425563"}},
                    {}}; // NOLINT(readability-redundant-member-init)
}

// The Word board paper: the first page (title block and the summary), then
// the detail in the order a board reads it: the section scores and their
// chart, every gap, where the respondents disagree (a merged file), the
// changes since last year (--compare) and the action plan.
class DocxReport
{
public:
  DocxReport(const core::Assessment& a, const ReportOptions& options)
      : m_a(a)
      , m_c(*a.checklist)
      , m_options(options)
      , m_compare(options.compare)
  {
  }

  std::string
  render()
  {
    const auto& answers = *m_a.answers;
    const std::string org = answers.organisation.value_or("Gap analysis");
    first_page(org);
    sections();
    gaps();
    if (m_options.disagreements != nullptr) {
      disagreements(*m_options.disagreements);
    }
    if (m_compare != nullptr) {
      changes();
      movement();
    }
    plan();
    lists();
    m_doc.paragraph(fmt::format("Produced with ftsu-gap {} from the checklist {} {}, content date "
                                "{}. Scores: 100 × the weighted share of counting items met "
                                "(Partially met counts half; unanswered items count as not met).",
                                core::k_version,
                                m_c.id,
                                m_c.version,
                                content_date_text(m_c)),
                    docx::Style::small);
    docx::Properties properties;
    properties.title = fmt::format("{}: {}", org, m_c.title);
    properties.subject = fmt::format("Freedom to Speak Up gap analysis, {}", period_text(answers));
    properties.created = m_options.generated;
    properties.header = fmt::format("{}{} · {}\t{} {} · {}",
                                    draft_text(m_a).empty() ? "" : "Draft · ",
                                    org,
                                    m_c.title,
                                    m_c.id,
                                    m_c.version,
                                    period_text(answers));
    return m_doc.finish(properties, m_options.reference_docx);
  }

private:
  // The first page, which stands alone: the title, the cover sheet (when
  // one is given), who, what and when, then the executive summary
  // (report/summary.hpp, the figures every board format shows): the score,
  // its rating and why it is capped, the change since last year, coverage,
  // a merged file's disagreements, the top gaps with their owners and due
  // dates, and the overdue actions. The detail follows straight after.
  void
  first_page(const std::string& org)
  {
    const auto& answers = *m_a.answers;
    const ExecutiveSummary s = executive_summary(m_a, m_options);
    m_doc.paragraph(org, docx::Style::title);
    m_doc.paragraph("Freedom to Speak Up gap analysis: " + m_c.title, docx::Style::subtitle);
    if (!s.draft.empty()) {
      m_doc.paragraph({docx::Run{s.draft + ". ", true}, docx::Run{draft_note()}},
                      docx::Style::note);
    }
    if (!s.cover.empty()) {
      std::vector<std::pair<std::string, std::string>> cover;
      for (const CoverRow& row : s.cover) {
        cover.emplace_back(row.label, row.value);
      }
      m_doc.fields(cover);
    }
    std::vector<std::pair<std::string, std::string>> rows = {
        {"Period", answers.period.value_or("not given")},
        {"Checklist", fmt::format("{} version {}", m_c.id, m_c.version)},
        {"Assessed on",
         answers.assessed_on ? util::long_date(*answers.assessed_on) : std::string("not given")},
    };
    if (answers.profile) {
      const core::Profile* profile = m_c.find_profile(*answers.profile);
      rows.emplace_back("Profile", profile != nullptr ? profile->label : *answers.profile);
    }
    rows.emplace_back("Assessors",
                      answers.assessors.empty() ? std::string("not given")
                                                : util::join(answers.assessors, ", "));
    if (m_compare != nullptr) {
      rows.emplace_back("Compared with", period_text(*m_compare->before->answers));
    }
    rows.emplace_back("Generated", util::long_date(m_options.generated));
    m_doc.fields(rows);
    summary(s);
  }

  void
  summary(const ExecutiveSummary& s)
  {
    m_doc.heading(1, "Summary");
    std::string score =
        s.nothing_answered
            ? std::string(k_not_yet_answered)
            : (s.score ? percent_text(s.score) : std::string("no score")) + ": " + s.rating_text;
    std::vector<std::pair<std::string, std::string>> rows = {{"Overall score", score}};
    if (s.change) {
      rows.emplace_back("Change since last year",
                        fmt::format("{}; {} item{} regressed, {} action{} completed",
                                    s.change->words,
                                    s.change->regressions,
                                    s.change->regressions == 1 ? "" : "s",
                                    s.change->actions_completed,
                                    s.change->actions_completed == 1 ? "" : "s"));
    }
    rows.emplace_back("Coverage", s.coverage_words);
    std::string gaps = fmt::format("{} ({} mandatory not met", s.gaps, s.mandatory_unmet);
    if (s.mandatory_unanswered != 0) {
      gaps += fmt::format(", {} mandatory not yet answered", s.mandatory_unanswered);
    }
    rows.emplace_back("Gaps", gaps + ")");
    rows.emplace_back("Overdue actions", fmt::format("{}", s.overdue.size()));
    m_doc.fields(rows);
    if (!s.cap_reason.empty()) {
      m_doc.paragraph(s.cap_reason, docx::Style::note);
    }
    if (s.disagreements) {
      std::vector<std::string> widest;
      for (const core::Disagreement* item : s.disagreements->widest) {
        widest.push_back(fmt::format("{} ({})", item->item->item->id, steps_words(*item)));
      }
      m_doc.paragraph(
          fmt::format("The respondents disagree on {} item{} ({} by two steps or more){}.",
                      s.disagreements->items,
                      s.disagreements->items == 1 ? "" : "s",
                      s.disagreements->wide,
                      widest.empty() ? "" : "; widest first: " + util::join(widest, ", ")));
    }
    top_gaps(s);
    overdue(s);
  }

  void
  top_gaps(const ExecutiveSummary& s)
  {
    m_doc.heading(2,
                  s.top_gaps.size() == s.gaps
                      ? fmt::format("Gaps ({})", s.gaps)
                      : fmt::format("Top {} gaps (of {})", s.top_gaps.size(), s.gaps));
    if (s.top_gaps.empty()) {
      m_doc.paragraph("None: every item that counts is fully met.");
      return;
    }
    const std::vector<docx::Column> columns = {
        {"#", 4, true}, {"Item", 50}, {"Answer", 14}, {"Owner", 17}, {"Due", 15}};
    DocxRows rows;
    for (std::size_t n = 0; n < s.top_gaps.size(); ++n) {
      const SummaryGap& gap = s.top_gaps[n];
      rows.push_back({docx::cell(fmt::format("{}", n + 1)),
                      statement_cell(*gap.item->item),
                      docx::cell(answer_label(m_c, gap.item->answer)),
                      docx::cell(gap.owner.empty() ? "—" : gap.owner),
                      docx::cell((gap.due ? util::short_date(*gap.due) : std::string("—"))
                                 + (gap.overdue ? " (overdue)" : ""))});
    }
    m_doc.table(columns, rows);
  }

  void
  overdue(const ExecutiveSummary& s)
  {
    m_doc.heading(2, fmt::format("Overdue actions ({})", s.overdue.size()));
    if (s.overdue.empty()) {
      m_doc.paragraph("None.");
      return;
    }
    const std::vector<docx::Column> columns = {
        {"Item", 40}, {"Owner", 25}, {"Due", 15}, {"Overdue by", 20}};
    DocxRows rows;
    for (const SummaryOverdue& o : s.overdue) {
      std::string item = o.item->item->id;
      if (o.action->respondent != nullptr) {
        item += " (" + action_by(*o.action) + ")";
      }
      rows.push_back({docx::cell(item),
                      docx::cell(o.owner.empty() ? "—" : o.owner),
                      docx::cell(util::short_date(o.due)),
                      docx::cell(o.overdue_by)});
    }
    m_doc.table(columns, rows);
  }

  // Returns last year's score of section `id`, or nullopt.
  const core::SectionChange*
  change_of(const std::string& id) const
  {
    for (const auto& change : m_compare->sections) {
      if (change.id == id) {
        return &change;
      }
    }
    return nullptr;
  }

  void
  chart()
  {
    docx::BarChart chart;
    chart.title = "Section scores";
    chart.axis_title = "Score (%)";
    docx::ChartSeries now{period_text(*m_a.answers), {}, "#005eb8"};
    docx::ChartSeries last;
    if (m_compare != nullptr) {
      last = {period_text(*m_compare->before->answers), {}, "#a6b2be"};
    }
    for (std::size_t i = 0; i < m_a.sections.size(); ++i) {
      const auto& s = m_a.sections[i];
      chart.categories.push_back(fmt::format("{}. {}", i + 1, s.section->title));
      now.values.push_back(nothing_answered(s.summary) ? std::nullopt : s.summary.score);
      now.bar_colours.push_back(band_colour(m_c, s.summary.rating));
      if (m_compare != nullptr) {
        const core::SectionChange* change = change_of(s.section->id);
        last.values.push_back(change != nullptr ? change->score.before : std::nullopt);
      }
    }
    if (m_compare != nullptr) {
      // No legend (docx::ChartSeries): the title names the periods.
      chart.title =
          fmt::format("Section scores: {} in rating colours, {} in grey", now.name, last.name);
      chart.series.push_back(std::move(last));
    }
    chart.series.push_back(std::move(now));
    m_doc.chart(chart);
    m_doc.paragraph("Each bar is a section's score, in its rating's colour; the table below has "
                    "the figures and the ratings in words.",
                    docx::Style::caption);
  }

  void
  sections()
  {
    m_doc.heading(1, "Section scores");
    chart();
    std::vector<docx::Column> columns = {
        {"#", 5, true}, {"Section", 35}, {"Score", 10, true}, {"Rating", 20}};
    if (m_compare != nullptr) {
      columns = {{"#", 4, true}, {"Section", 23}, {"Score", 10, true}, {"Rating", 17}};
      columns.push_back({period_text(*m_compare->before->answers), 11, true});
      columns.push_back({"Change (points)", 11, true});
    }
    const unsigned rest = m_compare != nullptr ? 12 : 15;
    columns.push_back({"Answered", rest, true});
    columns.push_back({"If all met", rest, true});
    DocxRows rows;
    for (std::size_t i = 0; i < m_a.sections.size(); ++i) {
      const auto& s = m_a.sections[i].summary;
      std::vector<docx::Cell> row = {
          docx::cell(fmt::format("{}", i + 1)),
          docx::cell(m_a.sections[i].section->title),
          docx::cell(score_text(s)),
          docx::Cell{{docx::Run{rating_words(s)}},
                     band_background(rating_rank(m_c, s.rating), m_c.ratings.size())}};
      if (s.rating == nullptr) {
        row.back().fill = {};
      }
      if (m_compare != nullptr) {
        const core::SectionChange* change = change_of(m_a.sections[i].section->id);
        row.push_back(docx::cell(change != nullptr ? score_text(change->score.before) : "—"));
        // "+11.1", as change_text says it but without " points" (the header says so).
        std::string delta = change != nullptr ? change_text(change->score.delta) : "—";
        if (delta.ends_with(" points")) {
          delta.resize(delta.size() - 7);
        }
        row.push_back(docx::cell(delta));
      }
      row.push_back(docx::cell(
          fmt::format("{} of {}", s.tally.answered, s.tally.answered + s.tally.unanswered)));
      row.push_back(docx::cell(s.gain ? "+" + util::one_decimal(*s.gain) : "—"));
      rows.push_back(std::move(row));
    }
    m_doc.table(columns, rows);
  }

  void
  gaps()
  {
    m_doc.heading(1, fmt::format("Gaps ({})", m_a.gaps.size()));
    if (m_a.gaps.empty()) {
      m_doc.paragraph("None: every item that counts is fully met.");
      return;
    }
    m_doc.paragraph("Every item not fully met, the largest gain first: the points the overall "
                    "score rises by when the item is fully met.",
                    docx::Style::small);
    static const docx::Column k_gap_columns[] = {
        {"#", 5, true}, {"Statement", 57}, {"Answer", 14}, {"Mandatory", 13}, {"If met", 11, true}};
    DocxRows rows;
    for (std::size_t n = 0; n < m_a.gaps.size(); ++n) {
      const core::ItemScore& s = m_a.items[m_a.gaps[n]];
      rows.push_back({docx::cell(fmt::format("{}", n + 1)),
                      statement_cell(*s.item),
                      docx::cell(answer_label(m_c, s.answer)),
                      docx::cell(s.item->mandatory ? "Mandatory" : ""),
                      docx::cell("+" + util::one_decimal(s.gain.value_or(0)))});
    }
    m_doc.table(k_gap_columns, rows);
  }

  void
  disagreements(const core::Disagreements& d)
  {
    m_doc.heading(1, "Where you disagree");
    m_doc.paragraph(disagreement_summary(d));
    m_doc.heading(2, "Each respondent's score");
    std::vector<docx::Column> columns = {{"Section", 40}};
    const unsigned each =
        static_cast<unsigned>(std::max<std::size_t>(6, 48 / (d.respondents.size() + 1)));
    for (const auto& name : d.respondents) {
      columns.push_back({name, each, true});
    }
    columns.push_back({"Spread", each, true});
    const bool coverage = partly_answered(d);
    const auto row = [&](std::string title,
                         const std::vector<std::optional<double>>& scores,
                         const std::vector<std::optional<double>>& covered,
                         const std::optional<double>& spread) {
      std::vector<docx::Cell> cells = {docx::cell(std::move(title))};
      for (std::size_t r = 0; r < scores.size(); ++r) {
        cells.push_back(docx::cell(coverage ? score_with_coverage(scores[r], covered[r])
                                            : score_text(scores[r])));
      }
      cells.push_back(docx::cell(score_text(spread)));
      return cells;
    };
    DocxRows rows;
    for (std::size_t i = 0; i < d.sections.size(); ++i) {
      const auto& s = d.sections[i];
      rows.push_back(
          row(fmt::format("{}. {}", i + 1, s.section->title), s.scores, s.coverage, s.spread));
    }
    rows.push_back(row("Overall", d.overall, d.overall_coverage, d.overall_spread));
    m_doc.table(columns, rows);
    if (coverage) {
      m_doc.paragraph(coverage_note(), docx::Style::small);
    }
    m_doc.heading(2, fmt::format("Items answered differently ({})", d.items.size()));
    static const docx::Column k_items[] = {
        {"Statement", 40}, {"Merged answer", 15}, {"How far apart", 15}, {"Each respondent", 30}};
    rows.clear();
    for (const auto& item : d.items) {
      std::vector<std::string> views;
      for (std::size_t r = 0; r < d.respondents.size() && r < item.answers.size(); ++r) {
        views.push_back(fmt::format("{}: {}", d.respondents[r], view_answer(item.answers[r])));
      }
      rows.push_back({statement_cell(*item.item->item),
                      docx::cell(answer_label(m_c, item.item->answer)),
                      docx::cell(steps_words(item)),
                      docx::cell(util::join(views, "\n"))});
    }
    m_doc.table(k_items, rows);
    if (!d.unanswered.empty()) {
      m_doc.heading(2, fmt::format("Answered by some only ({})", d.unanswered.size()));
      for (const auto& blank : d.unanswered) {
        m_doc.paragraph(fmt::format("{} ({}): {}",
                                    blank.item->item->text,
                                    blank.item->item->id,
                                    not_answered_words(d, blank)));
      }
    }
  }

  void
  change_table(const std::vector<const core::ItemChange*>& items)
  {
    const core::Assessment& b = *m_compare->before;
    const docx::Column columns[] = {
        {"Statement", 52}, {period_text(*b.answers), 24}, {period_text(*m_a.answers), 24}};
    DocxRows rows;
    for (const auto* item : items) {
      const core::ItemScore* side = item->after != nullptr ? item->after : item->before;
      rows.push_back({statement_cell(*side->item),
                      docx::cell(side_answer(item->before, *b.checklist)),
                      docx::cell(side_answer(item->after, m_c))});
    }
    m_doc.table(columns, rows);
  }

  void
  changes()
  {
    const std::string last = period_text(*m_compare->before->answers);
    const auto regressed = html::items_with(*m_compare, core::Change::regressed);
    m_doc.heading(1, fmt::format("Regressed since {} ({})", last, regressed.size()));
    if (regressed.empty()) {
      m_doc.paragraph("None.");
    } else {
      change_table(regressed);
    }
    const auto done = core::completed_actions(*m_compare);
    m_doc.heading(1, fmt::format("Actions completed since {} ({})", last, done.size()));
    if (done.empty()) {
      m_doc.paragraph("None.");
      return;
    }
    static const docx::Column k_change_columns[] = {
        {"Statement", 38}, {"Action", 32}, {"Owner", 17}, {"Done", 13}};
    DocxRows rows;
    for (const auto* item : done) {
      const core::AnswerEntry* now = item->after->entry;
      const bool marked = now != nullptr && now->action && now->status == core::ActionStatus::done;
      const core::AnswerEntry* source = marked ? now : item->before->entry;
      rows.push_back({statement_cell(*item->after->item),
                      docx::cell(source->action.value_or("")),
                      docx::cell(source->owner.value_or("")),
                      docx::cell(completed_text(*item))});
    }
    m_doc.table(k_change_columns, rows);
  }

  // The plan's movement: in progress, dropped, due dates moved.
  void
  movement()
  {
    for (const MovementTable& table : movement_tables(*m_compare)) {
      m_doc.heading(1, table.title);
      if (table.rows.empty()) {
        m_doc.paragraph("None.");
        continue;
      }
      std::vector<docx::Column> columns;
      columns.reserve(table.headers.size());
      const auto width = static_cast<unsigned>(100 / table.headers.size());
      for (const auto& header : table.headers) {
        columns.push_back({header, width, false});
      }
      DocxRows rows;
      rows.reserve(table.rows.size());
      for (const auto& row : table.rows) {
        std::vector<docx::Cell> cells;
        cells.reserve(row.size());
        for (const auto& cell : row) {
          cells.push_back(docx::cell(cell));
        }
        rows.push_back(std::move(cells));
      }
      m_doc.table(columns, rows);
    }
  }

  // Returns an action's status in the plan: its record's facts, one a
  // line, or "open".
  static std::string
  plan_status_text(const core::AnswerEntry& e)
  {
    const std::vector<std::string> facts = action_record_facts(e);
    return facts.empty() ? std::string(action_status_text(core::ActionStatus::open))
                         : util::join(facts, "\n");
  }

  void
  plan()
  {
    m_doc.heading(1, "Action plan");
    if (m_a.gaps.empty()) {
      m_doc.paragraph("None: no item has a gap.");
      return;
    }
    m_doc.paragraph("Each gap's actions, by the gap's number in the table of gaps.",
                    docx::Style::small);
    static const docx::Column k_plan_columns[] = {
        {"Gap", 7, true}, {"Action", 40}, {"Owner", 20}, {"Due", 13}, {"Status", 20}};
    DocxRows rows;
    for (std::size_t n = 0; n < m_a.gaps.size(); ++n) {
      const core::ItemScore& s = m_a.items[m_a.gaps[n]];
      const std::string gap = fmt::format("{}", n + 1);
      for (const core::ItemAction* action : action_rows(s)) {
        if (action == nullptr) {
          rows.push_back({docx::cell(gap),
                          docx::Cell{{docx::Run{"No action recorded", false, true}}},
                          docx::cell(""),
                          docx::cell(""),
                          docx::cell("")});
          continue;
        }
        const core::AnswerEntry& e = *action->entry;
        std::vector<docx::Run> what;
        if (action->respondent != nullptr) {
          what.push_back(docx::Run{*action->respondent + ": ", true});
        }
        what.push_back(docx::Run{e.action.value_or("")});
        std::vector<docx::Run> due = {docx::Run{e.due ? util::short_date(*e.due) : std::string()}};
        if (action->overdue && e.due) {
          due.push_back(
              docx::Run{"\n" + overdue_by_text(*e.due, m_a.as_of), true, false, "#c62828"});
        }
        rows.push_back({docx::cell(gap),
                        docx::Cell{what},
                        docx::cell(e.owner.value_or("")),
                        docx::Cell{due},
                        docx::cell(plan_status_text(e))});
      }
    }
    m_doc.table(k_plan_columns, rows);
  }

  // Adds a heading and a paragraph per item of `ids`, or "None.".
  template<typename Describe>
  void
  list(std::string_view title, const std::vector<std::string>& ids, Describe describe)
  {
    m_doc.heading(2, fmt::format("{} ({})", title, ids.size()));
    for (const auto& id : ids) {
      m_doc.paragraph(describe(*core::find_score(m_a, id)));
    }
  }

  // The items a board should know of beyond the gaps (whose table marks
  // the mandatory ones): mandatory items not yet answered, evidence not
  // reviewed this period, items not answered; nothing when there are none.
  void
  lists()
  {
    if (m_a.mandatory_unanswered.empty() && m_a.evidence_not_reviewed.empty()
        && std::none_of(m_a.items.begin(), m_a.items.end(), [](const core::ItemScore& s) {
             return s.status == core::ItemStatus::unanswered;
           })) {
      return;
    }
    m_doc.heading(1, "Items to note");
    const auto statement = [](const core::ItemScore& s) {
      return fmt::format("{} ({})", s.item->text, s.item->id);
    };
    if (!m_a.mandatory_unanswered.empty()) {
      list("Mandatory items not yet answered", m_a.mandatory_unanswered, statement);
    }
    if (!m_a.evidence_not_reviewed.empty()) {
      list("Evidence carried forward, not reviewed this period",
           m_a.evidence_not_reviewed,
           [](const core::ItemScore& s) {
             return fmt::format("{} {}: {}", s.item->id, carried_note(s.entry), *s.entry->evidence);
           });
    }
    std::vector<std::string> unanswered;
    for (const auto& s : m_a.items) {
      if (s.status == core::ItemStatus::unanswered) {
        unanswered.push_back(s.item->id);
      }
    }
    if (!unanswered.empty()) {
      list("Unanswered", unanswered, statement);
    }
  }

  const core::Assessment& m_a;
  const core::Checklist& m_c;
  const ReportOptions& m_options;
  const core::Comparison* m_compare;
  docx::Document m_doc;
};

} // namespace

std::string
report_docx(const core::Assessment& assessment, const ReportOptions& options)
{
  return DocxReport(assessment, options).render();
}

} // namespace ftsu::report
