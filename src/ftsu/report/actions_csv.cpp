#include <ftsu/report/actions.hpp>
#include <ftsu/report/csv.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/util/markup.hpp>

namespace ftsu::report {

std::string
actions_csv(const core::ActionList& list)
{
  std::string out(csv::k_bom);
  out += csv::row({"owner",
                   "due",
                   "overdue",
                   "status",
                   "organisation",
                   "period",
                   "checklist",
                   "item",
                   "statement",
                   "answer",
                   "answer_label",
                   "action",
                   "progress",
                   "latest_note_on",
                   "latest_note",
                   "due_moves",
                   "file",
                   "respondent"});
  for (const auto& group : list.owners) {
    for (const auto& action : group.actions) {
      const core::AnswerEntry& entry = action.entry();
      const core::ActionFile& file = list.files[action.file];
      const core::Assessment& a = *file.assessment;
      out += csv::row({
          csv::text(entry.owner),
          entry.due ? util::csv_cell(util::to_string(*entry.due)) : std::string(),
          action.overdue() ? "yes" : "no",
          util::csv_cell(core::to_string(action.status)),
          csv::text(a.answers->organisation),
          csv::text(a.answers->period),
          util::csv_cell(a.checklist->id),
          util::csv_cell(action.score->item->id),
          util::csv_cell(action.score->item->text),
          csv::text(action.score->answer),
          util::csv_cell(answer_label(*a.checklist, action.score->answer)),
          csv::text(entry.action),
          csv::text(entry.progress),
          entry.latest_note() != nullptr ? csv::date(entry.latest_note()->on) : std::string(),
          entry.latest_note() != nullptr ? util::csv_cell(entry.latest_note()->note)
                                         : std::string(),
          std::to_string(entry.due_history.size()),
          util::csv_cell(file.name),
          action.respondent() != nullptr ? util::csv_cell(*action.respondent()) : std::string(),
      });
    }
  }
  return out;
}

} // namespace ftsu::report
