#pragma once

#include <ftsu/core/actions.hpp>
#include <ftsu/core/answers.hpp>
#include <ftsu/core/interview.hpp>
#include <ftsu/core/scoring.hpp>
#include <ftsu/util/date.hpp>
#include <ftsu/util/spelling.hpp>

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Keeping the plan alive between assessments (`actions done`, `note`,
// `due`, `drop`, `start` and `update`): each change to one action's record,
// and the walk over the open actions. Pure but for the Prompter and the
// save callback.
namespace ftsu::core {

// What a change does to an action.
enum class ProgressKind { note, start, done, due, drop, last_ = drop };

// How every change is spelled: the names of its `actions` commands.
inline constexpr util::Spelling<ProgressKind> k_progress_kinds[] = {
    {ProgressKind::note, "note"},
    {ProgressKind::start, "start"},
    {ProgressKind::done, "done"},
    {ProgressKind::due, "due"},
    {ProgressKind::drop, "drop"},
};
static_assert(util::spells_every(k_progress_kinds, ProgressKind::last_));

// Returns the change's spelling ("done").
constexpr std::string_view
to_string(ProgressKind kind)
{
  return util::spelling_of(k_progress_kinds, kind);
}

// One change to an action's record.
struct ProgressChange
{
  ProgressKind kind = ProgressKind::note;
  // When the change was made (a note's date, the date done, when a due date
  // moved); for `done` also the completion date.
  util::Date on;
  // The note (note), or why (due, drop).
  std::string text;
  // The new due date (due).
  std::optional<util::Date> due;
};

// Applies `change` to `entry`, which must hold an action. Returns why it
// was refused, or nullopt when applied:
// - note: adds {on, text} to progress_notes (text needed);
// - start: status in-progress (refused when it already is, and for a done
//   or dropped action);
// - done: status done, completed_on = on (refused when already done);
// - due: due = the new date; when there was one, adds {from, to, date, why}
//   to due_history (why needed; the same date is refused);
// - drop: status dropped with the reason (needed).
// A done or dropped action takes notes only.
std::optional<std::string> apply_progress(AnswerEntry& entry, const ProgressChange& change);

// Where one action lives in an answers file: the entry under `item_id`, or
// in a merged file its respondent `respondent`'s own entry.
struct ActionKey
{
  std::string item_id;
  std::optional<std::string> respondent;
};

// The entry that holds `item_id`'s action, or why there is none.
struct FoundAction
{
  AnswerEntry* entry = nullptr;
  std::string problem;
};

// Finds the action of `item_id` (an id as written under `answers:`). In a
// merged file the action is a respondent's own: `by` names whose (compared
// by respondent_key); without it, the one respondent entry that holds an
// action. A problem names what is missing ("no entry for 'x'", "'x' has no
// action", "several respondents wrote an action for 'x': A, B; give --by").
FoundAction
find_action(AnswersFile& answers, std::string_view item_id, const std::optional<std::string>& by);

// Returns the keys of `assessment`'s open actions (is_open_action) of
// `owner` (owner_key; every owner when nullopt), overdue first, then by due
// date (none last), then checklist order: the order `actions update` walks.
std::vector<ActionKey> actions_to_update(const Assessment& assessment,
                                         const std::optional<std::string>& owner);

// How a walk ended, and what it did.
struct WalkResult
{
  enum class End { finished, quit, end_of_input, interrupted };
  End end = End::finished;
  // How many changes were saved, and how many actions were visited.
  std::size_t changes = 0;
  std::size_t visited = 0;
};

// The keys of the walk's menu, shown at every action.
inline constexpr std::string_view k_walk_keys =
    "n note, i in progress, d done, m move the due date, x drop, s skip (Enter), q quit";

// Walks `keys` in order: shows each action (`describe` gives its text) and
// offers the menu of k_walk_keys; a note or in progress stays at the action,
// done, drop and skip go on; each change is applied to `answers` and
// `save`d at once, so an interruption loses nothing saved. Dates are typed
// as parse_typed_date reads them; done takes `today` on Enter.
WalkResult
walk_actions(AnswersFile& answers,
             const std::vector<ActionKey>& keys,
             util::Date today,
             const std::function<std::string(const ActionKey&, const AnswerEntry&)>& describe,
             Prompter& prompter,
             const std::function<void(const AnswersFile&)>& save);

} // namespace ftsu::core
