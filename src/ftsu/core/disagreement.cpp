#include <ftsu/core/disagreement.hpp>
#include <ftsu/core/merge.hpp>

#include <algorithm>
#include <unordered_map>

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

// One respondent's sums over one section (or the whole checklist): what
// they answered with a score, and what they left unanswered.
struct OwnTally
{
  double weighted_value = 0;
  double weight = 0;
  std::size_t answered = 0;
  std::size_t unanswered = 0;

  void
  add(const Item& item, const RespondentView& view)
  {
    if (view.option == nullptr) {
      ++unanswered;
    } else if (view.option->score) {
      ++answered;
      weighted_value += item.weight * *view.option->score;
      weight += item.weight;
    }
  }

  std::optional<double>
  score() const
  {
    return weight > 0 ? std::optional<double>(100.0 * weighted_value / weight) : std::nullopt;
  }

  std::optional<double>
  coverage() const
  {
    const std::size_t asked = answered + unanswered;
    return asked > 0 ? std::optional<double>(100.0 * static_cast<double>(answered)
                                             / static_cast<double>(asked))
                     : std::nullopt;
  }
};

// Returns each respondent's view of `item`: their entry (the loader keeps
// an item's respondents in the file's order, so one pass finds them all).
std::vector<RespondentView>
views_of(const Checklist& checklist,
         const ItemScore& item,
         const std::unordered_map<std::string, std::size_t>& place)
{
  std::vector<RespondentView> views(place.size());
  if (item.entry == nullptr) {
    return views;
  }
  for (const auto& own : item.entry->respondents) {
    const auto found = place.find(respondent_key(own.respondent));
    if (found == place.end()) {
      continue;
    }
    RespondentView& view = views[found->second];
    view.entry = &own.entry;
    view.option = own.entry.answer ? checklist.find_option(*own.entry.answer) : nullptr;
  }
  return views;
}

// Returns how `item` was answered by each respondent (`views`), or nullopt
// when the answers given agree (blanks are no answer).
std::optional<Disagreement>
compare_item(const Checklist& checklist,
             const ItemScore& item,
             const std::vector<RespondentView>& views)
{
  const ScaleOption* lowest = nullptr;
  const ScaleOption* highest = nullptr;
  bool unscored = false;
  for (const auto& view : views) {
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
  }
  Disagreement out;
  out.item = &item;
  if (lowest != nullptr && highest != nullptr) {
    out.steps = scale_steps(checklist, *lowest, *highest);
    out.applicability = unscored;
  }
  if (out.steps == 0 && !out.applicability) {
    return std::nullopt;
  }
  out.answers = views;
  return out;
}

// Returns the indexes of the respondents who left `item` unanswered, when
// at least one other answered it; empty otherwise.
std::vector<std::size_t>
blanks_of(const std::vector<RespondentView>& views)
{
  std::vector<std::size_t> blank;
  bool any_answer = false;
  for (std::size_t r = 0; r < views.size(); ++r) {
    if (views[r].option == nullptr) {
      blank.push_back(r);
    } else {
      any_answer = true;
    }
  }
  return any_answer ? blank : std::vector<std::size_t>();
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
  std::unordered_map<std::string, std::size_t> place;
  place.reserve(out.respondents.size());
  for (std::size_t r = 0; r < out.respondents.size(); ++r) {
    place.emplace(respondent_key(out.respondents[r]), r);
  }
  const std::size_t n = out.respondents.size();
  std::vector<std::vector<OwnTally>> by_section(assessment.sections.size(),
                                                std::vector<OwnTally>(n));
  std::vector<OwnTally> overall(n);
  std::unordered_map<const Section*, std::size_t> section_of;
  for (std::size_t i = 0; i < assessment.sections.size(); ++i) {
    section_of.emplace(assessment.sections[i].section, i);
  }
  out.views.reserve(assessment.items.size());
  for (const auto& item : assessment.items) {
    out.views.push_back(views_of(checklist, item, place));
    const auto& views = out.views.back();
    if (item.status == ItemStatus::out_of_profile) {
      continue;
    }
    const std::size_t s = section_of.at(item.section);
    for (std::size_t r = 0; r < n; ++r) {
      by_section[s][r].add(*item.item, views[r]);
      overall[r].add(*item.item, views[r]);
    }
    if (auto blank = blanks_of(views); !blank.empty()) {
      out.unanswered.push_back({&item, std::move(blank)});
    }
    if (auto found = compare_item(checklist, item, views)) {
      if (found->steps >= k_wide_steps) {
        ++out.wide;
      }
      out.items.push_back(std::move(*found));
    }
  }
  for (std::size_t i = 0; i < assessment.sections.size(); ++i) {
    SectionSpread spread{assessment.sections[i].section, {}, {}, std::nullopt};
    for (const auto& own : by_section[i]) {
      spread.scores.push_back(own.score());
      spread.coverage.push_back(own.coverage());
    }
    spread.spread = spread_of(spread.scores);
    out.sections.push_back(std::move(spread));
  }
  for (const auto& own : overall) {
    out.overall.push_back(own.score());
    out.overall_coverage.push_back(own.coverage());
  }
  out.overall_spread = spread_of(out.overall);
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
