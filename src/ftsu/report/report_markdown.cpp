#include <ftsu/report/currency.hpp>
#include <ftsu/report/disagreement.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/report/report.hpp>
#include <ftsu/report/summary.hpp>
#include <ftsu/util/markup.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace ftsu::report {

namespace {

using util::markdown_cell;
using util::markdown_escape;

// Returns a gap's due date, and how long it is overdue (judged on `as_of`).
std::string
due_cell(const core::ItemAction& action, const util::Date& as_of)
{
  if (!action.entry->due) {
    return {};
  }
  const util::Date& due = *action.entry->due;
  return util::short_date(due)
         + (action.overdue ? " **(" + overdue_by_text(due, as_of) + ")**" : std::string());
}

// Returns a cell of `s`'s actions: `cell` of each, one a line, each led by
// who wrote it in a merged file.
template<class Cell>
std::string
actions_cell(const core::ItemScore& s, const Cell& cell)
{
  std::vector<std::string> lines;
  for (const auto& action : s.actions) {
    std::string text = cell(action);
    if (action.respondent != nullptr) {
      text = markdown_cell(*action.respondent) + ": " + (text.empty() ? "—" : text);
    }
    lines.push_back(std::move(text));
  }
  return util::join(lines, "<br>");
}

// Returns a cell of the text `member` of each of `s`'s actions.
std::string
action_cell(const core::ItemScore& s, util::OptionalText core::AnswerEntry::*member)
{
  return actions_cell(s, [&](const core::ItemAction& action) {
    return action.entry->*member ? markdown_cell(*(action.entry->*member)) : std::string();
  });
}

void
header(std::string& out, const core::Assessment& a)
{
  const auto& c = *a.checklist;
  const auto& answers = *a.answers;
  out += fmt::format("# {}: {}\n\n",
                     markdown_escape(answers.organisation.value_or("Gap analysis")),
                     markdown_escape(c.title));
  if (const std::string draft = draft_text(a); !draft.empty()) {
    out += fmt::format("> **{}.** {}\n\n", draft, draft_note());
  }
  out += "| | |\n|---|---|\n";
  out += fmt::format("| Checklist | `{}` version {} |\n", c.id, markdown_cell(c.version));
  out += fmt::format("| Period | {} |\n", markdown_cell(answers.period.value_or("—")));
  if (answers.assessed_on) {
    out += fmt::format("| Assessed on | {} |\n", util::long_date(*answers.assessed_on));
  }
  if (answers.profile) {
    const core::Profile* profile = c.find_profile(*answers.profile);
    out += fmt::format("| Profile | {} |\n",
                       markdown_cell(profile != nullptr ? profile->label : *answers.profile));
  }
  if (!answers.assessors.empty()) {
    out += fmt::format("| Assessors | {} |\n", markdown_cell(util::join(answers.assessors, ", ")));
  }
  out += '\n';
}

void
sections(std::string& out, const core::Assessment& a)
{
  out += "## Sections\n\n| # | Section | Score | Rating | Answered | If all met "
         "|\n|---:|---|---:|---|---:|---:|\n";
  for (std::size_t i = 0; i < a.sections.size(); ++i) {
    const auto& s = a.sections[i].summary;
    const auto& t = s.tally;
    out += fmt::format("| {} | {} | {} | {} | {} of {} | {} |\n",
                       i + 1,
                       markdown_cell(a.sections[i].section->title),
                       score_text(s),
                       markdown_cell(rating_words(s)),
                       t.answered,
                       t.answered + t.unanswered,
                       s.gain ? points_text(*s.gain) : std::string("—"));
  }
  out += '\n';
}

void
gaps(std::string& out, const core::Assessment& a, std::size_t top)
{
  const std::size_t total = a.gaps.size();
  const std::size_t shown = top == 0 ? total : std::min(top, total);
  out += shown == total ? fmt::format("## Gaps ({})\n\n", total)
                        : fmt::format("## Top {} gaps (of {})\n\n", shown, total);
  if (total == 0) {
    out += "None: every item that counts is fully met.\n\n";
    return;
  }
  out += "| # | Item | Statement | Answer | If met | Action | Owner | Due |\n"
         "|---:|---|---|---|---:|---|---|---|\n";
  for (std::size_t n = 0; n < shown; ++n) {
    const core::ItemScore& s = a.items[a.gaps[n]];
    out += fmt::format(
        "| {} | `{}`{} | {} | {} | {} | {} | {} | {} |\n",
        n + 1,
        s.item->id,
        s.item->mandatory ? " **mandatory**" : "",
        markdown_cell(s.item->text),
        markdown_cell(answer_label(*a.checklist, s.answer)),
        points_text(s.gain.value_or(0)),
        actions_cell(s,
                     [](const core::ItemAction& action) {
                       std::string text = action.entry->action
                                              ? markdown_cell(*action.entry->action)
                                              : std::string();
                       for (const auto& fact : action_record_facts(*action.entry)) {
                         text += std::string(text.empty() ? "" : "<br>") + "_" + markdown_cell(fact)
                                 + "_";
                       }
                       return text;
                     }),
        action_cell(s, &core::AnswerEntry::owner),
        actions_cell(s, [&](const core::ItemAction& action) { return due_cell(action, a.as_of); }));
  }
  out += '\n';
}

void
lists(std::string& out, const core::Assessment& a)
{
  out += fmt::format("## Mandatory items not fully met ({})\n\n", a.mandatory_unmet.size());
  for (const auto& id : a.mandatory_unmet) {
    const auto& s = *core::find_score(a, id);
    out += fmt::format("- `{}` {} — {}\n",
                       id,
                       markdown_escape(s.item->text),
                       markdown_escape(answer_label(*a.checklist, s.answer)));
  }
  out += a.mandatory_unmet.empty() ? "None.\n\n" : "\n";
  if (!a.mandatory_unanswered.empty()) {
    out +=
        fmt::format("## Mandatory items not yet answered ({})\n\n", a.mandatory_unanswered.size());
    for (const auto& id : a.mandatory_unanswered) {
      out += fmt::format("- `{}` {}\n", id, markdown_escape(core::find_score(a, id)->item->text));
    }
    out += "\n";
  }
  out += fmt::format("## Overdue actions ({})\n\n", a.overdue_actions.size());
  for (const auto& id : a.overdue_actions) {
    for (const auto& action : core::find_score(a, id)->actions) {
      if (!action.overdue) {
        continue;
      }
      const core::AnswerEntry& e = *action.entry;
      out +=
          fmt::format("- `{}` due {}, {}{}{}{}\n",
                      id,
                      util::long_date(*e.due),
                      overdue_by_text(*e.due, a.as_of),
                      e.owner ? ", " + markdown_escape(*e.owner) : std::string(),
                      action.respondent != nullptr ? " (" + markdown_escape(action_by(action)) + ")"
                                                   : std::string(),
                      e.action ? ": " + markdown_escape(*e.action) : std::string());
    }
  }
  out += a.overdue_actions.empty() ? "None.\n\n" : "\n";
  if (!a.evidence_not_reviewed.empty()) {
    out += fmt::format("## Evidence carried forward, not reviewed this period ({})\n\n",
                       a.evidence_not_reviewed.size());
    for (const auto& s : a.items) {
      if (const std::string note = carried_note(s.entry);
          !note.empty() && s.status != core::ItemStatus::out_of_profile) {
        out += fmt::format("- `{}` {}: {}\n",
                           s.item->id,
                           markdown_escape(note),
                           markdown_escape(*s.entry->evidence));
      }
    }
    out += "\n";
  }
  std::vector<const core::ItemScore*> unanswered;
  for (const auto& s : a.items) {
    if (s.status == core::ItemStatus::unanswered) {
      unanswered.push_back(&s);
    }
  }
  out += fmt::format("## Unanswered ({})\n\n", unanswered.size());
  for (const auto* s : unanswered) {
    out += fmt::format("- `{}` {}\n", s->item->id, markdown_escape(s->item->text));
  }
  out += unanswered.empty() ? "None.\n" : "";
}

} // namespace

std::string
report_footer_markdown(const core::Checklist& checklist)
{
  return "\n---\n\n*" + markdown_escape(content_footer(checklist)) + "*\n";
}

std::string
report_markdown(const core::Assessment& assessment, const ReportOptions& options)
{
  std::string out;
  header(out, assessment);
  out += summary_markdown(executive_summary(assessment, options), *assessment.checklist);
  sections(out, assessment);
  gaps(out, assessment, options.top);
  if (options.disagreements != nullptr) {
    out += disagreement_markdown(*options.disagreements, *assessment.checklist);
  }
  lists(out, assessment);
  return out;
}

} // namespace ftsu::report
