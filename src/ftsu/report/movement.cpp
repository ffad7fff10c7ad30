#include <ftsu/report/labels.hpp>
#include <ftsu/report/movement.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

namespace ftsu::report {

namespace {

// The item and, in a merged file, who wrote the action.
std::string
moved_item_text(const core::MovedAction& moved)
{
  return moved.action->respondent != nullptr
             ? fmt::format("{} ({})", moved.item->id, action_by(*moved.action))
             : moved.item->id;
}

std::string
moved_due_text(const core::AnswerEntry& entry)
{
  return entry.due ? util::short_date(*entry.due) : std::string("—");
}

} // namespace

std::string
completed_text(const core::ItemChange& item)
{
  const core::AnswerEntry* now = item.after != nullptr ? item.after->entry : nullptr;
  if (now != nullptr && now->action && now->status == core::ActionStatus::done) {
    return now->completed_on ? "done on " + util::long_date(*now->completed_on)
                             : std::string("marked done");
  }
  return "item now met";
}

std::vector<MovementTable>
movement_tables(const core::Comparison& comparison)
{
  const std::string last = period_text(*comparison.before->answers);
  const core::PlanMovement movement = core::plan_movement(comparison);
  std::vector<MovementTable> out;
  MovementTable going{fmt::format("Actions in progress ({})", movement.in_progress.size()),
                      {"Item", "Action", "Owner", "Due", "Latest note"},
                      {}};
  for (const auto& moved : movement.in_progress) {
    const core::AnswerEntry& e = *moved.action->entry;
    going.rows.push_back({moved_item_text(moved),
                          e.action.value_or(""),
                          e.owner.value_or(""),
                          moved_due_text(e),
                          latest_note_text(e).value_or("")});
  }
  out.push_back(std::move(going));
  MovementTable dropped{fmt::format("Actions dropped since {} ({})", last, movement.dropped.size()),
                        {"Item", "Action", "Owner", "Why"},
                        {}};
  for (const auto& moved : movement.dropped) {
    const core::AnswerEntry& e = *moved.action->entry;
    dropped.rows.push_back({moved_item_text(moved),
                            e.action.value_or(""),
                            e.owner.value_or(""),
                            e.dropped_reason.value_or("")});
  }
  out.push_back(std::move(dropped));
  MovementTable due{fmt::format("Due dates moved since {} ({})", last, movement.due_moved.size()),
                    {"Item", "Action", "Owner", "From", "Now", "Why"},
                    {}};
  for (const auto& moved : movement.due_moved) {
    const core::AnswerEntry& e = *moved.action->entry;
    const auto moves = core::due_moves_since(e, comparison.before->answers->assessed_on);
    std::vector<std::string> why;
    why.reserve(moves.size());
    for (const core::DueChange* change : moves) {
      why.push_back(fmt::format("{} ({})", change->why, util::short_date(change->on)));
    }
    due.rows.push_back({moved_item_text(moved),
                        e.action.value_or(""),
                        e.owner.value_or(""),
                        util::short_date(moves.front()->from),
                        moved_due_text(e),
                        util::join(why, "; ")});
  }
  out.push_back(std::move(due));
  return out;
}

} // namespace ftsu::report
