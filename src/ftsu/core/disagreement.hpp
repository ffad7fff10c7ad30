#pragma once

#include <ftsu/core/scoring.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

// Where the respondents of a merged file disagree (docs/respondents.md):
// what `report` shows as "Where you disagree". Pure, like scoring.
namespace ftsu::core {

// One respondent's answer to an item, as they gave it.
struct RespondentView
{
  // The respondent's entry, or nullptr when their file had none.
  const AnswerEntry* entry = nullptr;
  // The option they chose, or nullptr when unanswered.
  const ScaleOption* option = nullptr;
};

// One item the respondents answered differently.
struct Disagreement
{
  const ItemScore* item = nullptr;
  // The widest distance in scale steps between two scored answers.
  int steps = 0;
  // True when one said not applicable and another gave a scored answer.
  bool applicability = false;
  // Per respondent, in the order of `Disagreements::respondents`.
  std::vector<RespondentView> answers;
};

// One section's score by each respondent.
struct SectionSpread
{
  const Section* section = nullptr;
  // Per respondent: their score over the items they answered (unanswered
  // is left out, not counted as 0); nullopt when they answered none that
  // counts.
  std::vector<std::optional<double>> scores;
  // Per respondent: the share of the section's items (not applicable and
  // out of profile aside) they answered, 0 to 100; nullopt when none counts.
  std::vector<std::optional<double>> coverage;
  // The highest score less the lowest; nullopt with fewer than two scores.
  std::optional<double> spread;
};

// An item some respondents answered and others left unanswered.
struct NotAnswered
{
  const ItemScore* item = nullptr;
  // The indexes (in `Disagreements::respondents`) of those who did not
  // answer it.
  std::vector<std::size_t> respondents;
};

// Every disagreement of a merged assessment.
struct Disagreements
{
  MergeRule rule = MergeRule::lowest;
  std::vector<std::string> respondents;
  // Each respondent's overall score, and the spread of those.
  std::vector<std::optional<double>> overall;
  std::vector<std::optional<double>> overall_coverage;
  std::optional<double> overall_spread;
  std::vector<SectionSpread> sections;
  // The items answered differently: widest first (steps, then a split on
  // applicability), then checklist order.
  std::vector<Disagreement> items;
  // The items (in the profile) that some respondents answered and others
  // did not, in checklist order: a blank is shown, never counted as a
  // disagreement.
  std::vector<NotAnswered> unanswered;
  // Per item of the assessment (same order), each respondent's view.
  std::vector<std::vector<RespondentView>> views;
  // How many items differ by two steps or more (report --fail-on-disagreement).
  std::size_t wide = 0;
};

// The steps from which an item counts for `report --fail-on-disagreement`.
inline constexpr int k_wide_steps = 2;

// Returns where the respondents of `assessment`'s merged answers file
// disagree: items whose scored answers are a step or more apart, or where
// one said not applicable and another answered (a blank is no answer and
// never a disagreement), the items some left unanswered, and each
// respondent's section and overall scores over the items they answered,
// with their coverage. Items out of the profile are left out. Linear in
// respondents and items. Returns nullopt when the answers file is not a
// merged one.
std::optional<Disagreements> find_disagreements(const Assessment& assessment);

} // namespace ftsu::core
