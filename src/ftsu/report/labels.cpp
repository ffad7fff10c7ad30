#include <ftsu/report/compare.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace ftsu::report {

bool
nothing_answered(const core::ScoreSummary& summary)
{
  return summary.tally.answered == 0 && summary.tally.unanswered > 0;
}

std::string
draft_text(const core::Assessment& assessment)
{
  const auto& t = assessment.overall.tally;
  if (t.unanswered == 0) {
    return {};
  }
  return fmt::format("Draft: {} of {} items answered", t.answered, t.answered + t.unanswered);
}

std::string
overdue_by_text(const util::Date& due, const util::Date& as_of)
{
  return "overdue by " + util::elapsed_text(std::max(util::days_between(due, as_of), 1));
}

std::string
draft_note()
{
  return "The figures are provisional: an item not yet answered counts as 0 until it is answered.";
}

std::string
answer_label(const core::Checklist& checklist, const std::optional<std::string>& key)
{
  if (!key) {
    return "Not answered";
  }
  const core::ScaleOption* option = checklist.find_option(*key);
  return option != nullptr ? option->label : *key;
}

std::string
period_text(const core::AnswersFile& answers)
{
  if (answers.period) {
    return *answers.period;
  }
  return answers.assessed_on ? util::short_date(*answers.assessed_on) : std::string("(no period)");
}

std::string
side_answer(const core::ItemScore* score, const core::Checklist& checklist)
{
  if (score == nullptr) {
    return "(absent)";
  }
  if (score->status == core::ItemStatus::out_of_profile) {
    return "Out of profile";
  }
  return answer_label(checklist, score->answer);
}

std::string
action_status(const core::AnswerEntry& entry)
{
  return std::string(core::to_string(entry.status.value_or(core::ActionStatus::open)));
}

std::string
carried_note(const core::AnswerEntry* entry)
{
  if (entry == nullptr || !entry->evidence || !entry->evidence_from) {
    return {};
  }
  return fmt::format("carried from {}, not reviewed", *entry->evidence_from);
}

std::optional<std::string>
rating_key(const core::Rating* rating)
{
  return rating != nullptr ? std::optional<std::string>(rating->key) : std::nullopt;
}

std::string
score_text(const std::optional<double>& score)
{
  return score ? util::one_decimal(*score) : std::string("—");
}

std::string
rating_words(const core::Rating* rating, bool capped)
{
  if (rating == nullptr) {
    return "no rating";
  }
  return capped ? rating->label + " (capped)" : rating->label;
}

std::string
rating_words(const core::ScoreSummary& summary)
{
  if (nothing_answered(summary)) {
    return std::string(k_not_yet_answered);
  }
  return rating_words(summary.rating, summary.rating_capped);
}

std::string
score_text(const core::ScoreSummary& summary)
{
  return nothing_answered(summary) ? std::string("—") : score_text(summary.score);
}

std::string
percent_text(const core::ScoreSummary& summary)
{
  return nothing_answered(summary) ? std::string(k_not_yet_answered) : percent_text(summary.score);
}

std::string
percent_text(const std::optional<double>& score)
{
  return score ? util::one_decimal(*score) + "%" : std::string("—");
}

std::string
cap_reason(const core::Assessment& assessment)
{
  if (!assessment.overall.rating_capped || nothing_answered(assessment.overall)) {
    return {};
  }
  const std::size_t n = assessment.mandatory_unmet.size();
  const std::size_t blank = assessment.mandatory_unanswered.size();
  if (blank == 0) {
    return fmt::format("Rating capped at the lowest band: {} mandatory item{} not fully met, and "
                       "an unmet mandatory item caps the rating whatever the score.",
                       n,
                       n == 1 ? " is" : "s are");
  }
  const std::string blanks =
      n == 0
          ? fmt::format("{} mandatory item{} not yet answered", blank, blank == 1 ? " is" : "s are")
          : fmt::format("{} mandatory item{} not fully met and {} {} not yet answered",
                        n,
                        n == 1 ? " is" : "s are",
                        blank,
                        blank == 1 ? "is" : "are");
  return fmt::format("Rating capped at the lowest band: {}, and a mandatory item not fully met or "
                     "not yet answered caps the rating whatever the score.",
                     blanks);
}

std::string
points_text(double gain)
{
  return fmt::format("+{} points", util::one_decimal(gain));
}

std::string
gain_text(double gain)
{
  return points_text(gain) + " if met";
}

std::string
change_text(const std::optional<double>& delta)
{
  return delta ? delta_text(delta) + " points" : std::string("—");
}

std::vector<const core::ItemAction*>
action_rows(const core::ItemScore& score)
{
  std::vector<const core::ItemAction*> out;
  for (const auto& action : score.actions) {
    out.push_back(&action);
  }
  if (out.empty()) {
    out.push_back(nullptr);
  }
  return out;
}

std::string
action_by(const core::ItemAction& action)
{
  return action.respondent != nullptr ? "by " + *action.respondent : std::string();
}

std::string_view
action_status_text(core::ActionStatus status)
{
  return status == core::ActionStatus::in_progress ? "in progress" : core::to_string(status);
}

std::string
due_moves_text(std::size_t moves)
{
  switch (moves) {
  case 0:
    return {};
  case 1:
    return "due date moved once";
  case 2:
    return "due date moved twice";
  default:
    return fmt::format("due date moved {} times", moves);
  }
}

std::optional<std::string>
latest_note_text(const core::AnswerEntry& entry)
{
  const core::ProgressNote* note = entry.latest_note();
  if (note == nullptr) {
    return std::nullopt;
  }
  return fmt::format("{}: {}", util::long_date(note->on), note->note);
}

std::vector<std::string>
action_record_facts(const core::AnswerEntry& entry)
{
  std::vector<std::string> facts;
  const core::ActionStatus status = entry.status.value_or(core::ActionStatus::open);
  if (status == core::ActionStatus::done && entry.completed_on) {
    facts.push_back("done on " + util::long_date(*entry.completed_on));
  } else if (status == core::ActionStatus::dropped && entry.dropped_reason) {
    facts.push_back("dropped: " + *entry.dropped_reason);
  } else if (status != core::ActionStatus::open) {
    facts.emplace_back(action_status_text(status));
  }
  if (const auto note = latest_note_text(entry)) {
    facts.push_back("latest note, " + *note);
  }
  if (std::string moved = due_moves_text(entry.due_history.size()); !moved.empty()) {
    facts.push_back(std::move(moved));
  }
  return facts;
}

std::size_t
rating_rank(const core::Checklist& checklist, const core::Rating* rating)
{
  for (std::size_t i = 0; i < checklist.ratings.size(); ++i) {
    if (&checklist.ratings[i] == rating) {
      return i;
    }
  }
  return checklist.ratings.size();
}

std::string_view
band_background(std::size_t rank, std::size_t bands)
{
  if (rank == 0) {
    return "#e3f1e4";
  }
  return rank + 1 >= bands ? "#fbe4e4" : "#fdf1d8";
}

std::string_view
band_colour(const core::Checklist& checklist, const core::Rating* rating)
{
  if (rating == nullptr) {
    return "#8a94a0";
  }
  return band_colour(rating_rank(checklist, rating), checklist.ratings.size());
}

std::string_view
band_colour(std::size_t rank, std::size_t bands)
{
  if (rank == 0) {
    return "#2e7d32";
  }
  return rank + 1 >= bands ? "#c62828" : "#b7791f";
}

std::string
coverage_text(const core::ScoreSummary& summary)
{
  const auto& t = summary.tally;
  const std::size_t asked = t.answered + t.unanswered;
  return fmt::format("{} ({} of {} answered; {} unanswered, {} not applicable, {} out of profile)",
                     percent_text(summary.coverage),
                     t.answered,
                     asked,
                     t.unanswered,
                     t.not_applicable,
                     t.out_of_profile);
}

} // namespace ftsu::report
