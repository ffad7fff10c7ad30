#pragma once

#include <ftsu/core/scoring.hpp>
#include <ftsu/util/spelling.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Comparing two assessments (docs/spec.md#diff-and-trend): items matched by id and
// through `replaces`, each classified; sections matched by id; deltas.
namespace ftsu::core {

// How an item changed between two assessments. `unanswered`: the item is
// not yet answered on one side (or both), so it neither improved nor
// regressed.
enum class Change {
  improved,
  regressed,
  unchanged,
  added,
  removed,
  not_comparable,
  unanswered,
  last_ = unanswered
};

// How every change is spelled in JSON and CSV, in order.
inline constexpr util::Spelling<Change> k_changes[] = {
    {Change::improved, "improved"},
    {Change::regressed, "regressed"},
    {Change::unchanged, "unchanged"},
    {Change::added, "added"},
    {Change::removed, "removed"},
    {Change::not_comparable, "not-comparable"},
    {Change::unanswered, "unanswered"},
};
static_assert(util::spells_every(k_changes, Change::last_));

// Returns the change's spelling ("not-comparable", "unanswered").
constexpr std::string_view
to_string(Change change)
{
  return util::spelling_of(k_changes, change);
}

// One item's comparison.
struct ItemChange
{
  // NEW's id (OLD's for a removed item).
  std::string id;
  // The OLD id it was matched with; nullopt for an added item.
  std::optional<std::string> before_id;
  Change change = Change::unchanged;
  // The two sides' scores; nullptr where the item is absent.
  const ItemScore* before = nullptr;
  const ItemScore* after = nullptr;
};

// A score before and after, and the delta (after − before, null if either
// is). A side where items count but none is answered has no score here.
struct ScoreChange
{
  std::optional<double> before;
  std::optional<double> after;
  std::optional<double> delta;
};

// One section's comparison, matched by id.
struct SectionChange
{
  std::string id;
  std::string title;
  ScoreChange score;
};

// Counts of item changes.
struct ChangeSummary
{
  std::size_t improved = 0;
  std::size_t regressed = 0;
  std::size_t unchanged = 0;
  std::size_t added = 0;
  std::size_t removed = 0;
  std::size_t not_comparable = 0;
  std::size_t unanswered = 0;
};

// The comparison of two assessments.
struct Comparison
{
  const Assessment* before = nullptr;
  const Assessment* after = nullptr;
  ScoreChange overall;
  // NEW's sections in order, then those only OLD has.
  std::vector<SectionChange> sections;
  // NEW's checklist order, then what only OLD has, in OLD's order.
  std::vector<ItemChange> items;
  ChangeSummary summary;
};

// Returns the change from value `before` to value `after`
// (docs/spec.md#diff-and-trend).
Change classify(const std::optional<double>& before, const std::optional<double>& after);

// Returns the change from item score `before` to `after`: `unanswered` when
// either side is not yet answered, else as the values' classify.
Change classify(const ItemScore& before, const ItemScore& after);

// Compares `before` (OLD) with `after` (NEW); the result points into both.
Comparison compare(const Assessment& before, const Assessment& after);

// Returns the items whose action was completed between the two
// assessments, in the comparison's order: NEW marks the item's action done,
// or OLD had an action not done on an item NEW fully meets.
std::vector<const ItemChange*> completed_actions(const Comparison& comparison);

// One of NEW's actions on an item of a comparison.
struct MovedAction
{
  const ItemChange* item = nullptr;
  const ItemAction* action = nullptr;
};

// How the action plan moved since OLD (`report --compare`), each list in
// the comparison's order: NEW's actions in progress, those dropped, and
// those whose due date moved since OLD (due_moves_since).
struct PlanMovement
{
  std::vector<MovedAction> in_progress;
  std::vector<MovedAction> dropped;
  std::vector<MovedAction> due_moved;
};

// Returns `entry`'s due-date changes made after `since` (every change when
// nullopt), in order.
std::vector<const DueChange*> due_moves_since(const AnswerEntry& entry,
                                              const std::optional<util::Date>& since);

// Returns how the plan moved between the comparison's two files; a move
// counts when it is dated after OLD's `assessed_on` (every move when OLD
// has none).
PlanMovement plan_movement(const Comparison& comparison);

// Returns the warnings a comparison deserves: different organisations, the
// same period.
std::vector<std::string> comparison_warnings(const Comparison& comparison);

// Returns why `before` is newer than `after`, so they cannot be last year's
// and this year's in that order ("period 2025/26 is after 2024/25"), or
// nullopt when it is not newer or cannot be told: by the year each file's
// `period:` begins with when both begin with one and the years differ,
// else by `assessed_on` when both have one (docs/spec.md#diff-and-trend).
std::optional<std::string> reversed_order(const AnswersFile& before, const AnswersFile& after);

} // namespace ftsu::core
