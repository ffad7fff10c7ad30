#include <ftsu/report/actions.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/util/markup.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

namespace ftsu::report {

namespace {

using util::markdown_cell;
using util::markdown_escape;

void
files(std::string& out, const core::ActionList& list)
{
  if (list.files.empty()) {
    return;
  }
  out += "| File | Organisation | Period | Checklist | Overdue as of |\n"
         "|---|---|---|---|---|\n";
  for (const auto& file : list.files) {
    const core::Assessment& a = *file.assessment;
    out += fmt::format("| {} | {} | {} | `{}` {} | {} |\n",
                       markdown_cell(file.name),
                       markdown_cell(a.answers->organisation.value_or("—")),
                       markdown_cell(period_text(*a.answers)),
                       a.checklist->id,
                       markdown_cell(a.checklist->version),
                       util::short_date(a.as_of));
  }
  out += '\n';
}

// Returns an action's due date, and how long it is overdue on `as_of`.
std::string
actions_due_cell(const core::OpenAction& action, const util::Date& as_of)
{
  const auto& due = action.entry().due;
  return (due ? util::short_date(*due) : std::string("—"))
         + (action.overdue() && due ? " **(" + overdue_by_text(*due, as_of) + ")**"
                                    : std::string());
}

// Returns an action's progress, its latest note and how often its due date
// moved, one a line.
std::string
progress_cell(const core::AnswerEntry& entry)
{
  std::vector<std::string> lines;
  if (entry.progress) {
    lines.push_back(markdown_cell(*entry.progress));
  }
  if (const auto note = latest_note_text(entry)) {
    lines.push_back("Latest note: " + markdown_cell(*note));
  }
  if (const std::string moved = due_moves_text(entry.due_history.size()); !moved.empty()) {
    lines.push_back("_" + markdown_cell(moved) + "_");
  }
  return util::join(lines, "<br>");
}

std::string
action_row(const core::ActionList& list,
           const core::OpenAction& action,
           const core::OwnerGroup& group)
{
  const core::AnswerEntry& entry = action.entry();
  const core::ActionFile& file = list.files[action.file];
  const core::Assessment& a = *file.assessment;
  std::string what = markdown_cell(*entry.action);
  if (action.respondent() != nullptr) {
    what += "<br>" + markdown_cell(action_by(*action.action));
  }
  if (const auto owner = owner_as_written(action, group)) {
    what += "<br>Owner: " + markdown_cell(*owner);
  }
  return fmt::format("| {} | {} | `{}` | {} | {} | {} | {} | {} · `{}` · {} |\n",
                     actions_due_cell(action, a.as_of),
                     action_status_text(action.status),
                     action.score->item->id,
                     markdown_cell(action.score->item->text),
                     markdown_cell(answer_label(*a.checklist, action.score->answer)),
                     what,
                     progress_cell(entry),
                     markdown_cell(organisation_period(*a.answers)),
                     a.checklist->id,
                     markdown_cell(file.name));
}

} // namespace

std::string
actions_markdown(const core::ActionList& list)
{
  std::string out = list.filter.overdue_only ? "# Overdue actions\n\n" : "# Open actions\n\n";
  out += markdown_escape(actions_headline(list));
  out += list.open == 0 ? "\n\n" : ".\n\n";
  files(out, list);
  for (const auto& group : list.owners) {
    out += fmt::format("## {}\n\n", markdown_escape(group_heading(list, group)));
    out += "| Due | Status | Item | Statement | Answer | Action | Progress | From |\n"
           "|---|---|---|---|---|---|---|---|\n";
    for (const auto& action : group.actions) {
      out += action_row(list, action, group);
    }
    out += '\n';
  }
  out.pop_back();
  return out;
}

} // namespace ftsu::report
