#include <ftsu/report/currency.hpp>
#include <ftsu/report/disagreement.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/report/report.hpp>
#include <ftsu/report/text_table.hpp>
#include <ftsu/report/text_writer.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace ftsu::report {

namespace {

using util::for_terminal_line;

// Writes the text report: a terminal-safe, wrapped, optionally coloured page.
class TextReport : private TextWriter
{
public:
  TextReport(const core::Assessment& assessment, const ReportOptions& options)
      : TextWriter(options.width, options.color)
      , m_a(assessment)
      , m_c(*assessment.checklist)
      , m_options(options)
  {
  }

  std::string
  render()
  {
    header();
    overall();
    sections();
    if (m_options.disagreements != nullptr) {
      m_out += disagreement_text(*m_options.disagreements, m_c, m_options);
    }
    gaps();
    mandatory();
    overdue();
    not_reviewed();
    unanswered();
    m_out += '\n';
    wrapped(util::for_terminal_line(content_footer(m_c)), 0);
    return std::move(m_out);
  }

private:
  // Writes `text` wrapped as `wrapped` does, each line's text (not its
  // indent or `lead`) painted with `code`.
  void
  wrapped_painted(std::string_view text,
                  std::size_t indent,
                  std::string_view lead,
                  const char* code)
  {
    bool first = true;
    for (const auto& line : util::split(util::hang_wrap(text, indent, m_width, lead), '\n')) {
      if (line.empty()) {
        continue;
      }
      const std::size_t start =
          first ? std::min(line.size(), indent + lead.size()) : line.find_first_not_of(' ');
      m_out += line.substr(0, start) + paint(line.substr(start), code) + '\n';
      first = false;
    }
  }

  const char*
  rating_colour(const core::Rating* rating) const
  {
    const std::size_t rank = report::rating_rank(m_c, rating);
    if (rating == nullptr) {
      return "2";
    }
    if (rank == 0) {
      return "32";
    }
    return rank + 1 >= m_c.ratings.size() ? "31" : "33";
  }

  std::string
  bar(const std::optional<double>& score, const core::Rating* rating) const
  {
    constexpr int k_cells = 10;
    const int full = score ? static_cast<int>(std::lround(*score / 10.0)) : 0;
    std::string filled;
    std::string empty;
    for (int i = 0; i < k_cells; ++i) {
      (i < full ? filled : empty) +=
          m_options.unicode ? (i < full ? "█" : "░") : (i < full ? "#" : ".");
    }
    return paint(filled, rating_colour(rating)) + empty;
  }

  void
  header()
  {
    const auto& answers = *m_a.answers;
    wrapped_painted(for_terminal_line(m_c.title), 0, {}, "1");
    if (const std::string draft = draft_text(m_a); !draft.empty()) {
      wrapped_painted(draft + ".", 0, {}, "1;33");
      wrapped(draft_note(), 0);
    }
    const auto field = [&](std::string_view label, const std::string& value) {
      wrapped(value, 0, fmt::format("{:<14}", label));
    };
    field("Checklist", fmt::format("{} {}", m_c.id, m_c.version));
    field("Organisation", answers.organisation.value_or("(not given)"));
    std::string period = answers.period.value_or("(not given)");
    if (answers.assessed_on) {
      period += fmt::format(", assessed {}", util::long_date(*answers.assessed_on));
    }
    field("Period", period);
    if (answers.profile) {
      const core::Profile* profile = m_c.find_profile(*answers.profile);
      field("Profile", profile != nullptr ? profile->label : *answers.profile);
    }
    if (!answers.assessors.empty()) {
      field("Assessors", util::join(answers.assessors, ", "));
    }
    m_out += '\n';
  }

  void
  overall()
  {
    const auto& o = m_a.overall;
    wrapped(percent_text(o), 0, fmt::format("{:<14}", "Overall score"));
    wrapped_painted(rating_words(o), 0, fmt::format("{:<14}", "Rating"), rating_colour(o.rating));
    if (const std::string reason = cap_reason(m_a); !reason.empty()) {
      wrapped(reason, 14);
    }
    wrapped(coverage_text(o), 0, fmt::format("{:<14}", "Coverage"));
    m_out += '\n';
  }

  // Writes the sections: a row each with the title, the score and a bar,
  // and the rating in words on the line after the title.
  void
  sections()
  {
    constexpr std::size_t k_cells = 19; // "  " score(5) "  " bar(10)
    std::string heading = table_heading("Sections", "  Score", 7, m_width - 12);
    m_out += paint(heading, "1") + '\n';
    for (std::size_t i = 0; i < m_a.sections.size(); ++i) {
      const auto& s = m_a.sections[i];
      const bool blank = nothing_answered(s.summary);
      const std::string cells =
          fmt::format("  {:>5}  {}",
                      score_text(s.summary),
                      bar(blank ? std::nullopt : s.summary.score, s.summary.rating));
      m_out += table_row(fmt::format("{}.", i + 1), s.section->title, cells, k_cells, m_width);
      // The rating, then the points the overall score would gain were the
      // whole section met (the sum of its items' gains), as every format.
      const std::string rating = rating_words(s.summary);
      std::string words = rating;
      if (s.summary.score && s.summary.gain) {
        words += " · " + points_text(*s.summary.gain) + " if all met";
      }
      std::string lines = util::hang_wrap(words, 4, m_width);
      if (lines.compare(4, rating.size(), rating) == 0) {
        lines.replace(
            4,
            rating.size(),
            paint(rating, blank ? rating_colour(nullptr) : rating_colour(s.summary.rating)));
      }
      m_out += lines;
    }
    m_out += '\n';
  }

  void
  gaps()
  {
    const std::size_t total = m_a.gaps.size();
    const std::size_t shown = m_options.top == 0 ? total : std::min(m_options.top, total);
    if (total == 0) {
      m_out += paint("Gaps", "1") + "\n  None: every item that counts is fully met.\n\n";
      return;
    }
    m_out += paint(shown == total ? fmt::format("Gaps ({})", total)
                                  : fmt::format("Top {} gaps (of {})", shown, total),
                   "1")
             + '\n';
    for (std::size_t n = 0; n < shown; ++n) {
      const core::ItemScore& s = m_a.items[m_a.gaps[n]];
      std::string head = fmt::format("{}{}  {}",
                                     for_terminal_line(s.item->id),
                                     s.item->mandatory ? "  [mandatory]" : "",
                                     gain_text(s.gain.value_or(0)));
      wrapped(head, 0, fmt::format("{:>3}. ", n + 1));
      wrapped(s.item->text, 5);
      std::vector<std::string> facts{"Answer: " + answer_label(m_c, s.answer)};
      const bool own = s.actions.size() == 1 && s.actions.front().respondent == nullptr;
      if (own) {
        action_facts(s.actions.front(), facts);
      }
      m_out += util::hang_wrap_parts(facts, " · ", 5, m_width);
      for (const auto& action : s.actions) {
        if (!own) {
          std::vector<std::string> by{"Action by " + *action.respondent};
          action_facts(action, by);
          m_out += util::hang_wrap_parts(by, " · ", 5, m_width);
        }
        if (action.entry->action) {
          wrapped(*action.entry->action, 5, "Action: ");
        }
        if (const auto record = action_record_facts(*action.entry); !record.empty()) {
          m_out += util::hang_wrap_parts(record, " · ", 5, m_width, "Status: ");
        }
      }
    }
    m_out += '\n';
  }

  // Appends `action`'s owner and due date to `facts`.
  void
  action_facts(const core::ItemAction& action, std::vector<std::string>& facts) const
  {
    if (action.entry->owner) {
      facts.push_back("Owner: " + *action.entry->owner);
    }
    if (action.entry->due) {
      facts.push_back("Due: " + util::long_date(*action.entry->due)
                      + (action.overdue
                             ? " (" + overdue_by_text(*action.entry->due, m_a.as_of) + ")"
                             : std::string()));
    }
  }

  void
  id_list(std::string_view title, const std::vector<std::string>& ids, bool with_action)
  {
    m_out += paint(fmt::format("{} ({})", title, ids.size()), "1") + '\n';
    if (ids.empty()) {
      m_out += "  None.\n\n";
      return;
    }
    for (const auto& id : ids) {
      const core::ItemScore& s = *core::find_score(m_a, id);
      if (!with_action) {
        wrapped(fmt::format("{}: {}", id, answer_label(m_c, s.answer)), 2, "- ");
        continue;
      }
      for (const auto& action : s.actions) {
        if (!action.overdue) {
          continue;
        }
        std::string line = fmt::format("{}: due {}, {}",
                                       id,
                                       util::long_date(*action.entry->due),
                                       overdue_by_text(*action.entry->due, m_a.as_of));
        if (action.entry->owner) {
          line += ", " + *action.entry->owner;
        }
        if (action.respondent != nullptr) {
          line += " (" + action_by(action) + ")";
        }
        if (action.entry->action) {
          line += ": " + *action.entry->action;
        }
        wrapped(line, 2, "- ");
      }
    }
    m_out += '\n';
  }

  void
  mandatory()
  {
    id_list("Mandatory items not fully met", m_a.mandatory_unmet, false);
    if (!m_a.mandatory_unanswered.empty()) {
      id_list("Mandatory items not yet answered", m_a.mandatory_unanswered, false);
    }
  }

  void
  overdue()
  {
    id_list("Overdue actions", m_a.overdue_actions, true);
  }

  void
  not_reviewed()
  {
    if (m_a.evidence_not_reviewed.empty()) {
      return;
    }
    m_out += paint(fmt::format("Evidence carried forward, not reviewed this period ({})",
                               m_a.evidence_not_reviewed.size()),
                   "1")
             + '\n';
    for (const auto& s : m_a.items) {
      if (const std::string note = carried_note(s.entry);
          !note.empty() && s.status != core::ItemStatus::out_of_profile) {
        wrapped(fmt::format("{} ({})", s.item->id, note), 2, "- ");
      }
    }
    m_out += '\n';
  }

  void
  unanswered()
  {
    std::vector<const core::ItemScore*> items;
    for (const auto& s : m_a.items) {
      if (s.status == core::ItemStatus::unanswered) {
        items.push_back(&s);
      }
    }
    m_out += paint(fmt::format("Unanswered ({})", items.size()), "1") + '\n';
    if (items.empty()) {
      m_out += "  None.\n";
      return;
    }
    for (const auto* s : items) {
      wrapped(fmt::format("{}: {}", s->item->id, s->item->text), 2, "- ");
    }
  }

  const core::Assessment& m_a;
  const core::Checklist& m_c;
  const ReportOptions& m_options;
};

} // namespace

std::string
report_text(const core::Assessment& assessment, const ReportOptions& options)
{
  return TextReport(assessment, options).render();
}

} // namespace ftsu::report
