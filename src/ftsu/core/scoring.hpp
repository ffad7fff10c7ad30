#pragma once

#include <ftsu/core/answers.hpp>
#include <ftsu/core/checklist.hpp>
#include <ftsu/util/date.hpp>
#include <ftsu/util/spelling.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// Scoring, exactly as docs/spec.md#scoring: pure functions, no I/O.
namespace ftsu::core {

// How an item stands in an assessment.
enum class ItemStatus {
  answered,
  unanswered,
  not_applicable,
  out_of_profile,
  last_ = out_of_profile
};

// How every item status is spelled in JSON and CSV, in order.
inline constexpr util::Spelling<ItemStatus> k_item_statuses[] = {
    {ItemStatus::answered, "answered"},
    {ItemStatus::unanswered, "unanswered"},
    {ItemStatus::not_applicable, "not-applicable"},
    {ItemStatus::out_of_profile, "out-of-profile"},
};
static_assert(util::spells_every(k_item_statuses, ItemStatus::last_));

// Returns the status's spelling in JSON and CSV ("not-applicable").
constexpr std::string_view
to_string(ItemStatus status)
{
  return util::spelling_of(k_item_statuses, status);
}

// Returns true when an item with `status` counts in the denominator.
bool counts(ItemStatus status);

// One action on an item: the entry that holds it (its action, owner, due
// date, status and progress) and, in a merged file, whose it is.
struct ItemAction
{
  // The item's own entry, or in a merged file one respondent's entry.
  const AnswerEntry* entry = nullptr;
  // The respondent who wrote it (a merged file); nullptr otherwise.
  const std::string* respondent = nullptr;
  // True when the item still has a gap, this action's `due` is before the
  // assessment date and it is not marked done.
  bool overdue = false;
};

// One item's result.
struct ItemScore
{
  const Item* item = nullptr;
  const Section* section = nullptr;
  // The answers entry that counts for the item (its own id or one it
  // replaces), or nullptr.
  const AnswerEntry* entry = nullptr;
  ItemStatus status = ItemStatus::unanswered;
  // The answer key as written (kept even out of profile), or nullopt.
  std::optional<std::string> answer;
  // 0 for unanswered; nullopt for not-applicable and out-of-profile.
  std::optional<double> value;
  // w × (1 − v) for items that count; 0 otherwise.
  double gap = 0;
  // Points the overall score rises if this item alone were fully met;
  // nullopt for items that don't count.
  std::optional<double> gain;
  // The item's actions: in a merged file each respondent's own (those with
  // an action, owner or due date), else the entry's when it has one.
  std::vector<ItemAction> actions;
  // True when one of `actions` is overdue.
  bool overdue = false;
};

// Counts of items by status.
struct Tally
{
  std::size_t items = 0;
  std::size_t answered = 0;
  std::size_t unanswered = 0;
  std::size_t not_applicable = 0;
  std::size_t out_of_profile = 0;
};

// A score over a set of items (a section, or the whole checklist).
struct ScoreSummary
{
  // 100 × Σ w·v ÷ Σ w over the items that count; nullopt when none counts.
  std::optional<double> score;
  // The band earned (after the mandatory cap); nullptr for a null score.
  const Rating* rating = nullptr;
  // True when a mandatory item in scope that counts has v < 1.
  bool rating_capped = false;
  Tally tally;
  // Σ of the items' gaps.
  double gap = 0;
  // Points the overall score rises if every item here were fully met (Σ of
  // the items' gains); nullopt when no item of the checklist counts.
  std::optional<double> gain;
  // answered ÷ (answered + unanswered) × 100; nullopt when both are 0.
  std::optional<double> coverage;
};

// One section's result.
struct SectionScore
{
  const Section* section = nullptr;
  ScoreSummary summary;
};

// The whole result of scoring an answers file against a checklist.
struct Assessment
{
  const Checklist* checklist = nullptr;
  const AnswersFile* answers = nullptr;
  // Every item, in checklist order.
  std::vector<ItemScore> items;
  // Item id (a view of the checklist's) -> its index in `items`, so
  // per-item lookups are constant time.
  std::unordered_map<std::string_view, std::size_t> item_positions;
  std::vector<SectionScore> sections;
  ScoreSummary overall;
  // Ids in checklist order of mandatory items answered with v < 1.
  std::vector<std::string> mandatory_unmet;
  // Ids in checklist order of mandatory items not yet answered (they cap
  // the rating as v = 0 does, but are never called "not met").
  std::vector<std::string> mandatory_unanswered;
  // Ids in checklist order of items with a gap whose due date has passed.
  std::vector<std::string> overdue_actions;
  // Ids in checklist order of items (in the profile) whose evidence was
  // carried forward from an earlier period and not reviewed in this one.
  std::vector<std::string> evidence_not_reviewed;
  // Indexes into `items`: every counting item with gap > 0, mandatory
  // first, then gap descending, then checklist order.
  std::vector<std::size_t> gaps;
  // The date overdue actions are judged against: assessed_on, else today.
  util::Date as_of;
};

// Returns the score of item `id` in `assessment`, or nullptr.
const ItemScore* find_score(const Assessment& assessment, std::string_view id);

// Returns the band for `score`: the one with the greatest min <= score
// (`ratings` is ordered highest first); nullptr when none.
const Rating* rating_for(const std::vector<Rating>& ratings, double score);

// Scores `answers` against `checklist` (which the answers should already
// have been checked against). `today` is used for overdue actions when the
// answers have no `assessed_on`. The result points into both arguments.
Assessment score_answers(const Checklist& checklist, const AnswersFile& answers, util::Date today);

} // namespace ftsu::core
