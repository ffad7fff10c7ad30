#include <ftsu/report/labels.hpp>
#include <ftsu/report/report.hpp>
#include <ftsu/report/summary.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace ftsu::report {

namespace {

// Returns the distinct owners of `score`'s actions, in order, and the
// earliest due date among them.
SummaryGap
summary_gap(const core::ItemScore& score)
{
  SummaryGap gap{&score, {}, std::nullopt, score.overdue};
  std::vector<std::string> owners;
  for (const auto& action : score.actions) {
    const core::AnswerEntry& e = *action.entry;
    if (e.owner && std::find(owners.begin(), owners.end(), *e.owner) == owners.end()) {
      owners.push_back(*e.owner);
    }
    if (e.due && (!gap.due || *e.due < *gap.due)) {
      gap.due = e.due;
    }
  }
  gap.owner = util::join(owners, ", ");
  return gap;
}

// Returns the words of a change of the overall score: "up 4.2 points from
// 61.0% in 2025/26".
std::string
change_words(const core::ScoreChange& score, const std::string& before_period)
{
  if (!score.delta || !score.before) {
    return fmt::format("no change can be given: {} or this period has no score", before_period);
  }
  const std::string from = fmt::format("from {} in {}", percent_text(score.before), before_period);
  const double rounded = std::round(*score.delta * 10) / 10;
  if (rounded == 0) {
    return "unchanged " + from;
  }
  return fmt::format(
      "{} {} points {}", rounded > 0 ? "up" : "down", util::one_decimal(std::fabs(rounded)), from);
}

SummaryChange
summary_change(const core::Comparison& comparison)
{
  SummaryChange change;
  change.before_period = period_text(*comparison.before->answers);
  change.before = comparison.overall.before;
  change.delta = comparison.overall.delta;
  change.words = change_words(comparison.overall, change.before_period);
  change.regressions = comparison.summary.regressed;
  change.actions_completed = core::completed_actions(comparison).size();
  return change;
}

void
add_overdue(ExecutiveSummary& summary, const core::Assessment& a)
{
  for (const auto& id : a.overdue_actions) {
    const core::ItemScore* score = core::find_score(a, id);
    for (const auto& action : score->actions) {
      if (!action.overdue || !action.entry->due) {
        continue;
      }
      const core::AnswerEntry& e = *action.entry;
      const int days = std::max(util::days_between(*e.due, a.as_of), 1);
      summary.overdue.push_back(
          {score, &action, e.owner.value_or(""), *e.due, days, util::elapsed_text(days)});
    }
  }
}

SummaryDisagreements
summary_disagreements(const core::Disagreements& d)
{
  SummaryDisagreements out{d.items.size(), d.wide, {}};
  for (std::size_t i = 0; i < d.items.size() && i < k_summary_top; ++i) {
    out.widest.push_back(&d.items[i]);
  }
  return out;
}

std::vector<CoverRow>
cover_rows(const core::CoverSheet& cover, const core::Checklist& checklist)
{
  std::vector<CoverRow> rows;
  if (cover.empty()) {
    return rows;
  }
  const auto add = [&](std::string label, const std::optional<std::string>& value) {
    if (value) {
      rows.push_back({std::move(label), *value});
    }
  };
  add("Meeting", cover.meeting);
  if (cover.meeting_date) {
    rows.push_back({"Date of meeting", util::long_date(*cover.meeting_date)});
  }
  add("Agenda item", cover.agenda_item);
  rows.push_back({"Title of paper",
                  cover.title.value_or("Freedom to Speak Up gap analysis: " + checklist.title)});
  if (cover.purpose) {
    rows.push_back({"Purpose", purpose_words(*cover.purpose)});
  }
  add("Executive sponsor", cover.sponsor);
  if (cover.author || cover.presenter) {
    std::vector<std::string> people;
    if (cover.author) {
      people.push_back(*cover.author + (cover.presenter ? " (author)" : ""));
    }
    if (cover.presenter) {
      people.push_back(*cover.presenter + (cover.author ? " (presenter)" : ""));
    }
    rows.push_back({"Author / presenter", util::join(people, "; ")});
  }
  add("Recommendation", cover.recommendation);
  if (!cover.risks.empty()) {
    rows.push_back({"Links to the BAF and risks", util::join(cover.risks, "; ")});
  }
  return rows;
}

} // namespace

std::string
purpose_words(core::Purpose purpose)
{
  return fmt::format("For {}", core::to_string(purpose));
}

ExecutiveSummary
executive_summary(const core::Assessment& assessment, const ReportOptions& options)
{
  const core::Checklist& c = *assessment.checklist;
  const core::AnswersFile& answers = *assessment.answers;
  const core::ScoreSummary& o = assessment.overall;
  ExecutiveSummary s;
  s.cover_fields = answers.cover.overridden_by(options.cover);
  s.cover = cover_rows(s.cover_fields, c);
  s.organisation = answers.organisation.value_or("Gap analysis");
  s.period = period_text(answers);
  s.checklist_title = c.title;
  s.checklist_id = c.id;
  s.checklist_version = c.version;
  s.score = o.score;
  s.rating = o.rating;
  s.rating_capped = o.rating_capped;
  s.nothing_answered = nothing_answered(o);
  s.rating_text = rating_words(o);
  s.cap_reason = cap_reason(assessment);
  s.coverage = o.coverage;
  s.answered = o.tally.answered;
  s.answerable = o.tally.answered + o.tally.unanswered;
  s.tally = o.tally;
  s.coverage_words = coverage_text(o);
  s.mandatory_unmet = assessment.mandatory_unmet.size();
  s.mandatory_unanswered = assessment.mandatory_unanswered.size();
  s.draft = draft_text(assessment);
  if (options.compare != nullptr) {
    s.change = summary_change(*options.compare);
  }
  s.gaps = assessment.gaps.size();
  for (std::size_t n = 0; n < assessment.gaps.size() && n < k_summary_top; ++n) {
    s.top_gaps.push_back(summary_gap(assessment.items[assessment.gaps[n]]));
  }
  add_overdue(s, assessment);
  if (options.disagreements != nullptr) {
    s.disagreements = summary_disagreements(*options.disagreements);
  }
  s.as_of = assessment.as_of;
  return s;
}

} // namespace ftsu::report
