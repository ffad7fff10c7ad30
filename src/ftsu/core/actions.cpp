#include <ftsu/core/actions.hpp>
#include <ftsu/util/strings.hpp>

#include <algorithm>
#include <unordered_map>

namespace ftsu::core {

namespace {

// Returns true when action `a` comes before `b`: overdue first, then by due
// date, those with none last. Equal ones keep their order (stable sorts).
bool
sooner(const OpenAction& a, const OpenAction& b)
{
  if (a.overdue() != b.overdue()) {
    return a.overdue();
  }
  const auto& x = a.entry().due;
  const auto& y = b.entry().due;
  if (x.has_value() != y.has_value()) {
    return x.has_value();
  }
  return x && *x < *y;
}

// Returns true when group `a` comes before `b`: by their first action, then
// by owner name; the group with no owner is last.
bool
group_before(const OwnerGroup& a, const OwnerGroup& b)
{
  if (a.owner.has_value() != b.owner.has_value()) {
    return a.owner.has_value();
  }
  if (sooner(a.actions.front(), b.actions.front())) {
    return true;
  }
  if (sooner(b.actions.front(), a.actions.front())) {
    return false;
  }
  const std::string x = owner_key(a.owner);
  const std::string y = owner_key(b.owner);
  return x != y ? x < y : a.owner < b.owner;
}

bool
passes(const OpenAction& action, const ActionFilter& filter)
{
  if (filter.overdue_only && !action.overdue()) {
    return false;
  }
  if (filter.due_by && !(action.entry().due && *action.entry().due <= *filter.due_by)) {
    return false;
  }
  return !filter.owner || owner_key(action.entry().owner) == owner_key(filter.owner);
}

// Adds `action` to the group of its owner, starting one when needed;
// `index` maps each owner's key to its group in `groups`.
void
add_to_group(std::vector<OwnerGroup>& groups,
             std::unordered_map<std::string, std::size_t>& index,
             const OpenAction& action)
{
  const std::string key = owner_key(action.entry().owner);
  const auto [found, added_key] = index.emplace(key, groups.size());
  if (added_key) {
    OwnerGroup added;
    if (!key.empty()) {
      added.owner = std::string(util::trim(*action.entry().owner));
    }
    groups.push_back(std::move(added));
  }
  OwnerGroup* group = &groups[found->second];
  group->actions.push_back(action);
  if (action.overdue()) {
    ++group->overdue;
  }
}

} // namespace

bool
is_open_action(const ItemScore& score, const ItemAction& action)
{
  const AnswerEntry* entry = action.entry;
  if (entry == nullptr || !entry->action_open() || score.status == ItemStatus::out_of_profile) {
    return false;
  }
  return score.gap > 0 || entry->status.has_value();
}

std::string
owner_key(const std::optional<std::string>& owner)
{
  return owner ? util::to_lower(util::trim(*owner)) : std::string();
}

ActionList
collect_actions(std::vector<ActionFile> files, const ActionFilter& filter)
{
  ActionList list;
  std::unordered_map<std::string, std::size_t> group_of;
  list.files = std::move(files);
  list.filter = filter;
  for (std::size_t f = 0; f < list.files.size(); ++f) {
    for (const ItemScore& score : list.files[f].assessment->items) {
      for (const ItemAction& held : score.actions) {
        if (!is_open_action(score, held)) {
          continue;
        }
        const OpenAction action{f, &score, &held, held.entry->status.value_or(ActionStatus::open)};
        if (passes(action, filter)) {
          add_to_group(list.owners, group_of, action);
          ++list.open;
          if (action.overdue()) {
            ++list.overdue;
          }
        }
      }
    }
  }
  for (auto& group : list.owners) {
    std::stable_sort(group.actions.begin(), group.actions.end(), sooner);
  }
  std::stable_sort(list.owners.begin(), list.owners.end(), group_before);
  return list;
}

} // namespace ftsu::core
