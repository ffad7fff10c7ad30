#include <ftsu/core/disagreement.hpp>
#include <ftsu/core/merge.hpp>

#include <algorithm>

namespace ftsu::core {

namespace {

// Returns the highest of `scores` less the lowest; nullopt with fewer than
// two.
std::optional<double>
spread_of(const std::vector<std::optional<double>>& scores)
{
  std::vector<double> known;
  for (const auto& score : scores) {
    if (score) {
      known.push_back(*score);
    }
  }
  if (known.size() < 2) {
    return std::nullopt;
  }
  const auto [low, high] = std::minmax_element(known.begin(), known.end());
  return *high - *low;
}

// Returns respondent `name`'s own answers, alone, as an answers file with
// `merged`'s header.
AnswersFile
own_answers(const AnswersFile& merged, const std::string& name)
{
  AnswersFile out;
  out.checklist = merged.checklist;
  out.checklist_version = merged.checklist_version;
  out.organisation = merged.organisation;
  out.profile = merged.profile;
  out.period = merged.period;
  out.assessed_on = merged.assessed_on;
  out.respondent = name;
  for (const auto& entry : merged.answers) {
    for (const auto& own : entry.respondents) {
      if (own.respondent == name) {
        AnswerEntry copy;
        copy.item_id = entry.item_id;
        copy.answer = own.entry.answer;
        out.answers.push_back(std::move(copy));
      }
    }
  }
  return out;
}

// Returns how `item` was answered by each of `respondents`, or nullopt when
// they agree.
std::optional<Disagreement>
compare_item(const Checklist& checklist,
             const ItemScore& item,
             const std::vector<std::string>& respondents)
{
  if (item.status == ItemStatus::out_of_profile || item.entry == nullptr) {
    return std::nullopt;
  }
  Disagreement out;
  out.item = &item;
  const ScaleOption* lowest = nullptr;
  const ScaleOption* highest = nullptr;
  bool unscored = false;
  for (const auto& name : respondents) {
    RespondentView view;
    for (const auto& own : item.entry->respondents) {
      if (own.respondent == name) {
        view.entry = &own.entry;
        view.option = own.entry.answer ? checklist.find_option(*own.entry.answer) : nullptr;
      }
    }
    if (view.option != nullptr && view.option->score) {
      if (lowest == nullptr || *view.option->score < *lowest->score) {
        lowest = view.option;
      }
      if (highest == nullptr || *view.option->score > *highest->score) {
        highest = view.option;
      }
    } else if (view.option != nullptr) {
      unscored = true;
    }
    out.answers.push_back(view);
  }
  if (lowest != nullptr && highest != nullptr) {
    out.steps = scale_steps(checklist, *lowest, *highest);
    out.applicability = unscored;
  }
  if (out.steps == 0 && !out.applicability) {
    return std::nullopt;
  }
  return out;
}

} // namespace

std::optional<Disagreements>
find_disagreements(const Assessment& assessment)
{
  if (assessment.answers == nullptr || !assessment.answers->merged()) {
    return std::nullopt;
  }
  const AnswersFile& merged = *assessment.answers;
  const Checklist& checklist = *assessment.checklist;
  Disagreements out;
  out.rule = merged.merge_rule.value_or(MergeRule::lowest);
  out.respondents = merged.respondents;
  for (const auto& section : assessment.sections) {
    out.sections.push_back({section.section, {}, std::nullopt});
  }
  for (const auto& name : out.respondents) {
    const AnswersFile own = own_answers(merged, name);
    const Assessment scored = score_answers(checklist, own, assessment.as_of);
    out.overall.push_back(scored.overall.score);
    for (std::size_t i = 0; i < scored.sections.size() && i < out.sections.size(); ++i) {
      out.sections[i].scores.push_back(scored.sections[i].summary.score);
    }
  }
  out.overall_spread = spread_of(out.overall);
  for (auto& section : out.sections) {
    section.spread = spread_of(section.scores);
  }
  for (const auto& item : assessment.items) {
    if (auto found = compare_item(checklist, item, out.respondents)) {
      if (found->steps >= k_wide_steps) {
        ++out.wide;
      }
      out.items.push_back(std::move(*found));
    }
  }
  // Widest first; a split on applicability ranks after the stepped ones of
  // its steps; stable, so checklist order within.
  std::stable_sort(out.items.begin(), out.items.end(), [](const auto& a, const auto& b) {
    if (a.steps != b.steps) {
      return a.steps > b.steps;
    }
    return !a.applicability && b.applicability;
  });
  return out;
}

} // namespace ftsu::core
