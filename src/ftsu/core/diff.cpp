#include <ftsu/core/diff.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace ftsu::core {

namespace {

// Returns the four-digit year `period` begins with ("2024/25": 2024), or
// nullopt.
std::optional<int>
leading_year(const std::optional<std::string>& period)
{
  if (!period || period->size() < 4
      || !std::all_of(
          period->begin(), period->begin() + 4, [](char ch) { return ch >= '0' && ch <= '9'; })) {
    return std::nullopt;
  }
  return std::stoi(period->substr(0, 4));
}

ScoreChange
score_change(const std::optional<double>& before, const std::optional<double>& after)
{
  ScoreChange change{before, after, std::nullopt};
  if (before && after) {
    change.delta = *after - *before;
  }
  return change;
}

// Returns `summary`'s score for a comparison: none when items count but
// none is answered yet, as a report shows "not yet answered" there.
std::optional<double>
comparable_score(const ScoreSummary& summary)
{
  if (summary.tally.answered == 0 && summary.tally.unanswered > 0) {
    return std::nullopt;
  }
  return summary.score;
}

void
count(ChangeSummary& summary, Change change)
{
  switch (change) {
  case Change::improved:
    ++summary.improved;
    break;
  case Change::regressed:
    ++summary.regressed;
    break;
  case Change::unchanged:
    ++summary.unchanged;
    break;
  case Change::added:
    ++summary.added;
    break;
  case Change::removed:
    ++summary.removed;
    break;
  case Change::not_comparable:
    ++summary.not_comparable;
    break;
  case Change::unanswered:
    ++summary.unanswered;
    break;
  }
}

std::vector<SectionChange>
compare_sections(const Assessment& before, const Assessment& after)
{
  std::unordered_map<std::string_view, const SectionScore*> old_sections;
  for (const auto& s : before.sections) {
    old_sections.emplace(s.section->id, &s);
  }
  std::vector<SectionChange> out;
  std::unordered_set<std::string_view> seen;
  for (const auto& s : after.sections) {
    const auto it = old_sections.find(s.section->id);
    const std::optional<double> old_score =
        it == old_sections.end() ? std::nullopt : comparable_score(it->second->summary);
    out.push_back(
        {s.section->id, s.section->title, score_change(old_score, comparable_score(s.summary))});
    seen.insert(s.section->id);
  }
  for (const auto& s : before.sections) {
    if (seen.count(s.section->id) == 0) {
      out.push_back({s.section->id,
                     s.section->title,
                     score_change(comparable_score(s.summary), std::nullopt)});
    }
  }
  return out;
}

} // namespace

Change
classify(const std::optional<double>& before, const std::optional<double>& after)
{
  if (!before && !after) {
    return Change::unchanged;
  }
  if (!before || !after) {
    return Change::not_comparable;
  }
  if (*after > *before) {
    return Change::improved;
  }
  if (*after < *before) {
    return Change::regressed;
  }
  return Change::unchanged;
}

Change
classify(const ItemScore& before, const ItemScore& after)
{
  if (before.status == ItemStatus::unanswered || after.status == ItemStatus::unanswered) {
    return Change::unanswered;
  }
  return classify(before.value, after.value);
}

Comparison
compare(const Assessment& before, const Assessment& after)
{
  Comparison result;
  result.before = &before;
  result.after = &after;
  result.overall = score_change(comparable_score(before.overall), comparable_score(after.overall));
  result.sections = compare_sections(before, after);
  // Keyed by views of the checklists' item ids, which outlive the result.
  std::unordered_map<std::string_view, const ItemScore*> old_items;
  old_items.reserve(before.items.size());
  for (const auto& score : before.items) {
    old_items.emplace(score.item->id, &score);
  }
  std::unordered_set<std::string_view> new_ids;
  new_ids.reserve(after.items.size());
  for (const auto& score : after.items) {
    new_ids.insert(score.item->id);
  }
  std::unordered_set<std::string_view> matched;
  matched.reserve(before.items.size());
  result.items.reserve(after.items.size() + before.items.size());
  for (const auto& score : after.items) {
    ItemChange change;
    change.id = score.item->id;
    change.after = &score;
    auto it = old_items.find(score.item->id);
    if (it == old_items.end()) {
      for (const auto& old_id : score.item->replaces) {
        if (new_ids.count(old_id) == 0 && old_items.count(old_id) != 0) {
          it = old_items.find(old_id);
          break;
        }
      }
    }
    if (it == old_items.end()) {
      change.change = Change::added;
    } else {
      change.before_id = std::string(it->first);
      change.before = it->second;
      change.change = classify(*it->second, score);
      matched.insert(it->first);
    }
    count(result.summary, change.change);
    result.items.push_back(std::move(change));
  }
  for (const auto& score : before.items) {
    if (matched.count(score.item->id) == 0) {
      ItemChange change;
      change.id = score.item->id;
      change.before_id = score.item->id;
      change.before = &score;
      change.change = Change::removed;
      count(result.summary, change.change);
      result.items.push_back(std::move(change));
    }
  }
  return result;
}

std::vector<const ItemChange*>
completed_actions(const Comparison& comparison)
{
  std::vector<const ItemChange*> out;
  for (const auto& change : comparison.items) {
    const ItemScore* now = change.after;
    if (now == nullptr) {
      continue;
    }
    const bool marked_done =
        now->entry != nullptr && now->entry->action && now->entry->status == ActionStatus::done;
    const ItemScore* then = change.before;
    const bool met_since = then != nullptr && then->entry != nullptr && then->entry->action_open()
                           && now->value && *now->value >= 1.0;
    if (marked_done || met_since) {
      out.push_back(&change);
    }
  }
  return out;
}

std::vector<const DueChange*>
due_moves_since(const AnswerEntry& entry, const std::optional<util::Date>& since)
{
  std::vector<const DueChange*> out;
  for (const DueChange& change : entry.due_history) {
    if (!since || *since < change.on) {
      out.push_back(&change);
    }
  }
  return out;
}

PlanMovement
plan_movement(const Comparison& comparison)
{
  PlanMovement out;
  const std::optional<util::Date> since = comparison.before->answers->assessed_on;
  for (const auto& change : comparison.items) {
    if (change.after == nullptr) {
      continue;
    }
    for (const ItemAction& action : change.after->actions) {
      const AnswerEntry& entry = *action.entry;
      if (!entry.action) {
        continue;
      }
      const MovedAction moved{&change, &action};
      if (entry.status == ActionStatus::in_progress) {
        out.in_progress.push_back(moved);
      } else if (entry.status == ActionStatus::dropped) {
        out.dropped.push_back(moved);
      }
      if (!due_moves_since(entry, since).empty()) {
        out.due_moved.push_back(moved);
      }
    }
  }
  return out;
}

std::vector<std::string>
comparison_warnings(const Comparison& comparison)
{
  std::vector<std::string> out;
  const AnswersFile& old_file = *comparison.before->answers;
  const AnswersFile& new_file = *comparison.after->answers;
  if (old_file.organisation && new_file.organisation
      && *old_file.organisation != *new_file.organisation) {
    out.push_back(fmt::format("the two files are for different organisations ('{}' and '{}')",
                              *old_file.organisation,
                              *new_file.organisation));
  }
  if (old_file.period && new_file.period && *old_file.period == *new_file.period) {
    out.push_back(fmt::format("both files are for the same period ('{}')", *new_file.period));
  }
  return out;
}

std::optional<std::string>
reversed_order(const AnswersFile& before, const AnswersFile& after)
{
  const std::optional<int> before_year = leading_year(before.period);
  const std::optional<int> after_year = leading_year(after.period);
  if (before_year && after_year && *before_year != *after_year) {
    if (*before_year < *after_year) {
      return std::nullopt;
    }
    return fmt::format("period {} is after {}", *before.period, *after.period);
  }
  if (before.assessed_on && after.assessed_on && *after.assessed_on < *before.assessed_on) {
    return fmt::format("assessed on {}, after {}",
                       util::to_string(*before.assessed_on),
                       util::to_string(*after.assessed_on));
  }
  return std::nullopt;
}

} // namespace ftsu::core
