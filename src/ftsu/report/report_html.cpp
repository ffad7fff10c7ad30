#include <ftsu/report/compare.hpp>
#include <ftsu/report/compare_html.hpp>
#include <ftsu/report/currency.hpp>
#include <ftsu/report/disagreement.hpp>
#include <ftsu/report/html_page.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/report/report.hpp>
#include <ftsu/report/report_chart.hpp>
#include <ftsu/report/summary.hpp>
#include <ftsu/util/markup.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace ftsu::report {

namespace {

using html::pill;
using util::html_escape;

// Returns a section's gain with its sign ("+3.3"). Built by format, not
// `"+" + text`: GCC 12 at -O3 (a Release build) takes that for an
// overlapping memcpy inside std::string and warns (-Wrestrict, a false
// positive; docs/testing.md).
std::string
gain_cell(double gain)
{
  return fmt::format("+{}", util::one_decimal(gain));
}

class HtmlReport
{
public:
  HtmlReport(const core::Assessment& a, const ReportOptions& options)
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
    m_out = html::page_start({fmt::format("{}: {}", org, m_c.title),
                              fmt::format("{}{} · {} {} · {}",
                                          draft_text(m_a).empty() ? "" : "Draft · ",
                                          org,
                                          m_c.id,
                                          m_c.version,
                                          period_text(answers))});
    header(org);
    m_out += summary_html(executive_summary(m_a, m_options), m_c);
    m_out += "<h2 class=\"detail\">Section scores</h2>\n<figure>\n"
             + html::section_chart(m_a, m_compare)
             + "<figcaption>Each bar is a section's score, with its rating in words beside it; "
               "the figures are also in the table below.</figcaption>\n</figure>\n";
    sections();
    gaps();
    if (m_options.disagreements != nullptr) {
      m_out += disagreement_html(*m_options.disagreements, m_c);
    }
    if (m_compare != nullptr) {
      m_out += html::change_section(
          *m_compare,
          fmt::format("Regressed since {}", period_text(*m_compare->before->answers)),
          html::items_with(*m_compare, core::Change::regressed));
      m_out += html::completed_section(*m_compare);
      m_out += html::movement_sections(*m_compare);
    }
    lists();
    m_out +=
        "<footer>Produced with ftsu-gap from the checklist "
        + html_escape(fmt::format("{} {}", m_c.id, m_c.version)) + ", content date "
        + html_escape(content_date_text(m_c))
        + ". Scores: 100 × the weighted share of counting items met (Partially met counts half); "
          "not-applicable and out-of-profile items do not count; unanswered items count as not "
          "met.</footer>\n";
    return std::move(m_out) + html::page_end();
  }

private:
  void
  header(const std::string& org)
  {
    const auto& answers = *m_a.answers;
    m_out += fmt::format("<header>\n<h1>{}</h1>\n<p class=\"subtitle\">Freedom to Speak Up gap "
                         "analysis: {}</p>\n",
                         html_escape(org),
                         html_escape(m_c.title));
    // A draft says so above everything else (the running header too).
    if (const std::string draft = draft_text(m_a); !draft.empty()) {
      m_out += fmt::format(
          "<p class=\"draft\"><strong>{}.</strong> {}</p>\n", draft, html_escape(draft_note()));
    }
    m_out += "<dl class=\"meta\">\n";
    m_out += html::meta_row("Period", answers.period.value_or("not given"));
    m_out += html::meta_row("Checklist", fmt::format("{} version {}", m_c.id, m_c.version));
    m_out += html::meta_row("Assessed on",
                            answers.assessed_on ? util::long_date(*answers.assessed_on)
                                                : std::string("not given"));
    if (answers.profile) {
      const core::Profile* profile = m_c.find_profile(*answers.profile);
      m_out += html::meta_row("Profile", profile != nullptr ? profile->label : *answers.profile);
    }
    m_out += html::meta_row("Assessors",
                            answers.assessors.empty() ? std::string("not given")
                                                      : util::join(answers.assessors, ", "));
    if (m_compare != nullptr) {
      const auto& last = *m_compare->before->answers;
      m_out += html::meta_row("Compared with",
                              last.assessed_on ? fmt::format("{} (assessed on {})",
                                                             period_text(last),
                                                             util::long_date(*last.assessed_on))
                                               : period_text(last));
    }
    m_out += html::generated_rows(m_options.generated);
    m_out += "</dl>\n</header>\n";
  }

  // Returns last year's score and the change of section `id`, as two cells.
  std::string
  change_cells(const std::string& id) const
  {
    for (const auto& change : m_compare->sections) {
      if (change.id == id) {
        return fmt::format("<td class=\"num\">{}</td><td class=\"num\">{}</td>",
                           score_text(change.score.before),
                           html::delta_html(change.score.delta));
      }
    }
    return "<td class=\"num\">—</td><td class=\"num\">—</td>";
  }

  void
  sections()
  {
    m_out += "<table class=\"sections\">\n<thead><tr><th scope=\"col\" class=\"num\">#</th><th "
             "scope=\"col\">Section</th><th scope=\"col\" class=\"num\">Score</th><th "
             "scope=\"col\">Rating</th>";
    if (m_compare != nullptr) {
      m_out += fmt::format("<th scope=\"col\" class=\"num\">{}</th><th scope=\"col\" "
                           "class=\"num\">Change</th>",
                           html_escape(period_text(*m_compare->before->answers)));
    }
    m_out += "<th scope=\"col\" class=\"num\">Answered</th><th scope=\"col\" "
             "class=\"num\">If all met</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < m_a.sections.size(); ++i) {
      const auto& s = m_a.sections[i].summary;
      m_out += fmt::format("<tr><td class=\"num\">{}</td><th scope=\"row\">{}</th><td "
                           "class=\"num\">{}</td><td>{}</td>{}"
                           "<td class=\"num\">{} of {}</td><td class=\"num\">{}</td></tr>\n",
                           i + 1,
                           html_escape(m_a.sections[i].section->title),
                           score_text(s),
                           pill(m_c, s),
                           m_compare != nullptr ? change_cells(m_a.sections[i].section->id) : "",
                           s.tally.answered,
                           s.tally.answered + s.tally.unanswered,
                           s.gain ? gain_cell(*s.gain) : std::string("—"));
    }
    m_out += "</tbody>\n</table>\n";
  }

  // Returns the plan of a gap: each action, then its owner and due date
  // (in a merged file, each respondent's, led by their name).
  std::string
  plan_cell(const core::ItemScore& s) const
  {
    std::vector<std::string> plans;
    for (const auto& action : s.actions) {
      plans.push_back(action_plan(action));
    }
    return util::join(plans, "<br>");
  }

  // Returns one action, then its owner and due date.
  std::string
  action_plan(const core::ItemAction& action) const
  {
    const core::AnswerEntry& e = *action.entry;
    std::string out = e.action ? html_escape(*e.action) : std::string();
    if (action.respondent != nullptr) {
      out = fmt::format("<strong>{}:</strong> {}", html_escape(*action.respondent), out);
    }
    std::vector<std::string> details;
    if (e.owner) {
      details.push_back(html_escape(*e.owner));
    }
    if (e.due) {
      details.push_back(fmt::format(
          "due <span class=\"date\">{}</span>{}",
          util::short_date(*e.due),
          action.overdue ? " <span class=\"tag\">" + overdue_by_text(*e.due, m_a.as_of) + "</span>"
                         : std::string()));
    }
    if (!details.empty()) {
      out += fmt::format("{}<span class=\"muted\">{}</span>",
                         out.empty() ? "" : "<br>",
                         util::join(details, ", "));
    }
    std::vector<std::string> record;
    for (const auto& fact : action_record_facts(e)) {
      record.push_back(html_escape(fact));
    }
    if (!record.empty()) {
      out += fmt::format("{}<span class=\"muted\">{}</span>",
                         out.empty() ? "" : "<br>",
                         util::join(record, " · "));
    }
    return out;
  }

  void
  gaps()
  {
    const std::size_t total = m_a.gaps.size();
    const std::size_t top = m_options.top;
    const std::size_t shown = top == 0 ? total : std::min(top, total);
    m_out += shown == total ? fmt::format("<h2>Gaps ({})</h2>\n", total)
                            : fmt::format("<h2>Top {} gaps (of {})</h2>\n", shown, total);
    if (total == 0) {
      m_out += "<p>None: every item that counts is fully met.</p>\n";
      return;
    }
    m_out += "<table class=\"gaps\">\n<colgroup><col class=\"n\"><col class=\"statement\"><col "
             "class=\"answer\"><col class=\"gain\"><col class=\"plan\"></colgroup>\n<thead><tr><th "
             "scope=\"col\" class=\"num\">#</th><th scope=\"col\">Statement</th><th "
             "scope=\"col\">Answer</th><th scope=\"col\" class=\"num\">If met</th><th "
             "scope=\"col\">Action, owner and due date</th></tr></thead>\n<tbody>\n";
    for (std::size_t n = 0; n < shown; ++n) {
      const core::ItemScore& s = m_a.items[m_a.gaps[n]];
      m_out +=
          fmt::format("<tr><td class=\"num\">{}</td><td>{}<br><code>{}</code>{}</td><td>{}</td><td "
                      "class=\"num\">+{}</td><td>{}</td></tr>\n",
                      n + 1,
                      html_escape(s.item->text),
                      html_escape(s.item->id),
                      s.item->mandatory ? " <span class=\"tag\">mandatory</span>" : "",
                      html_escape(answer_label(m_c, s.answer)),
                      util::one_decimal(s.gain.value_or(0)),
                      plan_cell(s));
    }
    m_out += "</tbody>\n</table>\n";
  }

  void
  lists()
  {
    m_out +=
        fmt::format("<h2>Mandatory items not fully met ({})</h2>\n", m_a.mandatory_unmet.size());
    list(m_a.mandatory_unmet, [&](const core::ItemScore& s) {
      return fmt::format("{} <code>{}</code> — {}",
                         html_escape(s.item->text),
                         html_escape(s.item->id),
                         html_escape(answer_label(m_c, s.answer)));
    });
    if (!m_a.mandatory_unanswered.empty()) {
      m_out += fmt::format("<h2>Mandatory items not yet answered ({})</h2>\n",
                           m_a.mandatory_unanswered.size());
      list(m_a.mandatory_unanswered, [&](const core::ItemScore& s) {
        return fmt::format(
            "{} <code>{}</code>", html_escape(s.item->text), html_escape(s.item->id));
      });
    }
    m_out += fmt::format("<h2>Overdue actions ({})</h2>\n", m_a.overdue_actions.size());
    list(m_a.overdue_actions, [&](const core::ItemScore& s) {
      std::vector<std::string> lines;
      for (const auto& action : s.actions) {
        if (!action.overdue) {
          continue;
        }
        const core::AnswerEntry& e = *action.entry;
        std::string text = fmt::format("<code>{}</code> due {}, {}",
                                       html_escape(s.item->id),
                                       util::long_date(*e.due),
                                       overdue_by_text(*e.due, m_a.as_of));
        if (e.owner) {
          text += ", " + html_escape(*e.owner);
        }
        if (action.respondent != nullptr) {
          text += " (" + html_escape(action_by(action)) + ")";
        }
        if (e.action) {
          text += ": " + html_escape(*e.action);
        }
        lines.push_back(std::move(text));
      }
      return util::join(lines, "<br>");
    });
    if (!m_a.evidence_not_reviewed.empty()) {
      m_out += fmt::format("<h2>Evidence carried forward, not reviewed this period ({})</h2>\n",
                           m_a.evidence_not_reviewed.size());
      list(m_a.evidence_not_reviewed, [&](const core::ItemScore& s) {
        return fmt::format("<code>{}</code> {}: {}",
                           html_escape(s.item->id),
                           html_escape(carried_note(s.entry)),
                           html_escape(*s.entry->evidence));
      });
    }
    std::vector<std::string> unanswered;
    for (const auto& s : m_a.items) {
      if (s.status == core::ItemStatus::unanswered) {
        unanswered.push_back(s.item->id);
      }
    }
    m_out += fmt::format("<h2>Unanswered ({})</h2>\n", unanswered.size());
    list(unanswered, [&](const core::ItemScore& s) {
      return fmt::format("{} <code>{}</code>", html_escape(s.item->text), html_escape(s.item->id));
    });
  }

  template<typename Describe>
  void
  list(const std::vector<std::string>& ids, Describe describe)
  {
    if (ids.empty()) {
      m_out += "<p class=\"muted\">None.</p>\n";
      return;
    }
    m_out += "<ul class=\"items\">\n";
    for (const auto& id : ids) {
      m_out += "<li>" + describe(*core::find_score(m_a, id)) + "</li>\n";
    }
    m_out += "</ul>\n";
  }

  const core::Assessment& m_a;
  const core::Checklist& m_c;
  const ReportOptions& m_options;
  const core::Comparison* m_compare;
  std::string m_out;
};

} // namespace

std::string
report_html(const core::Assessment& assessment, const ReportOptions& options)
{
  return HtmlReport(assessment, options).render();
}

} // namespace ftsu::report
