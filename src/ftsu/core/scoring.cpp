#include <ftsu/core/scoring.hpp>

#include <algorithm>

namespace ftsu::core {

namespace {

// Accumulates the sums a ScoreSummary is made of.
struct Accumulator
{
  double weighted_value = 0;
  double weight = 0;
  bool mandatory_short = false;
  ScoreSummary summary;

  void
  add(const ItemScore& score)
  {
    Tally& t = summary.tally;
    ++t.items;
    switch (score.status) {
    case ItemStatus::answered:
      ++t.answered;
      break;
    case ItemStatus::unanswered:
      ++t.unanswered;
      break;
    case ItemStatus::not_applicable:
      ++t.not_applicable;
      return;
    case ItemStatus::out_of_profile:
      ++t.out_of_profile;
      return;
    }
    const double v = score.value.value_or(0);
    weighted_value += score.item->weight * v;
    weight += score.item->weight;
    summary.gap += score.gap;
    mandatory_short = mandatory_short || (score.item->mandatory && v < 1);
  }

  ScoreSummary
  finish(const std::vector<Rating>& ratings)
  {
    if (weight > 0) {
      summary.score = 100.0 * weighted_value / weight;
      summary.rating_capped = mandatory_short;
      summary.rating = mandatory_short && !ratings.empty() ? &ratings.back()
                                                           : rating_for(ratings, *summary.score);
    }
    const std::size_t asked = summary.tally.answered + summary.tally.unanswered;
    if (asked > 0) {
      summary.coverage =
          100.0 * static_cast<double>(summary.tally.answered) / static_cast<double>(asked);
    }
    return summary;
  }
};

ItemScore
score_item(const Checklist& checklist,
           const AnswersFile& answers,
           const Section& section,
           const Item& item,
           const AnswerEntry* entry)
{
  ItemScore score;
  score.item = &item;
  score.section = &section;
  score.entry = entry;
  if (entry != nullptr) {
    score.answer = entry->answer;
  }
  const ScaleOption* option = score.answer ? checklist.find_option(*score.answer) : nullptr;
  if (!item.applies_to(answers.profile)) {
    score.status = ItemStatus::out_of_profile;
  } else if (option == nullptr) {
    score.status = ItemStatus::unanswered;
    score.value = 0.0;
  } else if (!option->score) {
    score.status = ItemStatus::not_applicable;
  } else {
    score.status = ItemStatus::answered;
    score.value = *option->score;
  }
  if (counts(score.status)) {
    score.gap = item.weight * (1.0 - *score.value);
  }
  return score;
}

// Returns true when `entry` says something of an action.
bool
has_action(const AnswerEntry& entry)
{
  return entry.action.has_value() || entry.owner.has_value() || entry.due.has_value();
}

// Returns the actions of `entry` (see ItemScore::actions): a merged
// file's respondents' own, else the entry's (a merged file written before
// actions were kept apart has only the joined one when its respondents'
// entries carry none). `gap` says whether the item still has a gap.
std::vector<ItemAction>
actions_of(const AnswerEntry* entry, bool gap, util::Date as_of)
{
  std::vector<ItemAction> out;
  if (entry == nullptr) {
    return out;
  }
  const auto add = [&](const AnswerEntry& holder, const std::string* respondent) {
    const bool overdue =
        gap && holder.due && *holder.due < as_of && holder.status != ActionStatus::done;
    out.push_back({&holder, respondent, overdue});
  };
  for (const auto& own : entry->respondents) {
    if (has_action(own.entry)) {
      add(own.entry, &own.respondent);
    }
  }
  if (out.empty() && has_action(*entry)) {
    add(*entry, nullptr);
  }
  return out;
}

} // namespace

bool
counts(ItemStatus status)
{
  return status == ItemStatus::answered || status == ItemStatus::unanswered;
}

const ItemScore*
find_score(const Assessment& assessment, std::string_view id)
{
  const auto it = assessment.item_positions.find(id);
  return it == assessment.item_positions.end() ? nullptr : &assessment.items[it->second];
}

const Rating*
rating_for(const std::vector<Rating>& ratings, double score)
{
  for (const auto& rating : ratings) {
    if (rating.min <= score) {
      return &rating;
    }
  }
  return nullptr;
}

Assessment
score_answers(const Checklist& checklist, const AnswersFile& answers, util::Date today)
{
  Assessment result;
  result.checklist = &checklist;
  result.answers = &answers;
  result.as_of = answers.assessed_on.value_or(today);
  const auto matched = match_answers(answers, checklist);
  result.items.reserve(checklist.item_count());
  result.sections.reserve(checklist.sections.size());
  Accumulator overall;
  for (const auto& section : checklist.sections) {
    Accumulator in_section;
    for (const auto& item : section.items) {
      const auto it = matched.find(item.id);
      const AnswerEntry* entry = it == matched.end() ? nullptr : &answers.answers[it->second];
      ItemScore score = score_item(checklist, answers, section, item, entry);
      score.actions = actions_of(entry, score.gap > 0, result.as_of);
      score.overdue = std::any_of(score.actions.begin(),
                                  score.actions.end(),
                                  [](const ItemAction& action) { return action.overdue; });
      in_section.add(score);
      overall.add(score);
      result.items.push_back(std::move(score));
    }
    result.sections.push_back({&section, in_section.finish(checklist.ratings)});
  }
  result.overall = overall.finish(checklist.ratings);
  if (overall.weight > 0) {
    result.overall.gain = 100.0 * result.overall.gap / overall.weight;
    for (auto& section : result.sections) {
      section.summary.gain = 100.0 * section.summary.gap / overall.weight;
    }
  }
  result.item_positions.reserve(result.items.size());
  for (std::size_t i = 0; i < result.items.size(); ++i) {
    ItemScore& score = result.items[i];
    result.item_positions.emplace(score.item->id, i);
    if (score.status != ItemStatus::out_of_profile && score.entry != nullptr
        && score.entry->evidence && score.entry->evidence_from) {
      result.evidence_not_reviewed.push_back(score.item->id);
    }
    if (!counts(score.status)) {
      continue;
    }
    score.gain = 100.0 * score.gap / overall.weight;
    if (score.item->mandatory && *score.value < 1) {
      (score.status == ItemStatus::unanswered ? result.mandatory_unanswered
                                              : result.mandatory_unmet)
          .push_back(score.item->id);
    }
    if (score.overdue) {
      result.overdue_actions.push_back(score.item->id);
    }
    if (score.gap > 0) {
      result.gaps.push_back(i);
    }
  }
  std::stable_sort(result.gaps.begin(), result.gaps.end(), [&](std::size_t a, std::size_t b) {
    const ItemScore& x = result.items[a];
    const ItemScore& y = result.items[b];
    if (x.item->mandatory != y.item->mandatory) {
      return x.item->mandatory;
    }
    return x.gap > y.gap;
  });
  return result;
}

} // namespace ftsu::core
