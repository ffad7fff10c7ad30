#pragma once

#include <ftsu/core/answers.hpp>
#include <ftsu/core/scoring.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The director's list (`actions`): every open action across several scored
// answers files, grouped by owner and sorted by due date. Pure: no I/O.
namespace ftsu::core {

// One scored answers file, and the name it is shown by.
struct ActionFile
{
  std::string name;
  const Assessment* assessment = nullptr;
};

// Which actions to keep.
struct ActionFilter
{
  // Only the actions of this owner, compared by owner_key (so an empty name
  // keeps the actions with no owner); nullopt keeps every owner.
  std::optional<std::string> owner;
  // Only the overdue actions.
  bool overdue_only = false;
  // Only the actions due on or before this date (overdue ones included);
  // nullopt keeps them all (`--due-within`).
  std::optional<util::Date> due_by;
};

// One open action: one of an item's actions (ItemScore::actions) in one
// file; in a merged file, one respondent's.
struct OpenAction
{
  // The index in ActionList::files of the file it comes from.
  std::size_t file = 0;
  // The item's score.
  const ItemScore* score = nullptr;
  // The action, one of `score->actions`; its `entry` is never nullptr.
  const ItemAction* action = nullptr;
  // The action's status, open when the file gives none.
  ActionStatus status = ActionStatus::open;

  // Returns the answers entry that holds the action (a respondent's own
  // in a merged file).
  const AnswerEntry&
  entry() const
  {
    return *action->entry;
  }
  // Returns the respondent who wrote the action (a merged file), or nullptr.
  const std::string*
  respondent() const
  {
    return action->respondent;
  }
  // Returns true when this action is overdue (ItemAction::overdue).
  bool
  overdue() const
  {
    return action->overdue;
  }
};

// The open actions of one owner.
struct OwnerGroup
{
  // The owner, trimmed, as first written (file order, then checklist
  // order); nullopt for the actions that have no owner.
  std::optional<std::string> owner;
  // Overdue first, then by due date (none last), then file and checklist
  // order.
  std::vector<OpenAction> actions;
  std::size_t overdue = 0;
};

// The director's list.
struct ActionList
{
  std::vector<ActionFile> files;
  // The filter the list was made with.
  ActionFilter filter;
  // Ordered by their first action (overdue groups first, then the earliest
  // due date), ties by owner name; the group with no owner is last.
  std::vector<OwnerGroup> owners;
  // How many actions are listed, and how many of them are overdue.
  std::size_t open = 0;
  std::size_t overdue = 0;
};

// Returns true when `action`, one of `score`'s actions, is open to list: it
// has an action that is not done, the item is in the file's profile, and
// either the item still has a gap or the status is explicitly open or
// in-progress (an action with no status on an item now fully met is taken
// as finished).
bool is_open_action(const ItemScore& score, const ItemAction& action);

// Returns the key owners are grouped and matched by: `owner` trimmed and in
// ASCII lower case; an empty string when there is no owner (or only
// spaces).
std::string owner_key(const std::optional<std::string>& owner);

// Collects the open actions of `files` (in the order given) that pass
// `filter`, grouped by owner and sorted as ActionList describes.
ActionList collect_actions(std::vector<ActionFile> files, const ActionFilter& filter);

} // namespace ftsu::core
