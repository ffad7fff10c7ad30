#include <ftsu/report/actions.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/util/json.hpp>

#include <utility>

namespace ftsu::report {

namespace {

std::optional<std::string>
action_date_or_null(const std::optional<util::Date>& date)
{
  return date ? std::optional<std::string>(util::to_string(*date)) : std::nullopt;
}

void
write_file(util::JsonWriter& json, const core::ActionFile& file)
{
  const core::Assessment& a = *file.assessment;
  json.begin_object();
  json.key("file").string(file.name);
  json.key("organisation").string_or_null(a.answers->organisation);
  json.key("period").string_or_null(a.answers->period);
  json.key("checklist").string(a.checklist->id);
  json.key("checklist_version").string(a.checklist->version);
  json.key("assessed_on").string_or_null(action_date_or_null(a.answers->assessed_on));
  json.key("as_of").string(util::to_string(a.as_of));
  json.end_object();
}

void
write_listed_action(util::JsonWriter& json,
                    const core::ActionList& list,
                    const core::OpenAction& action)
{
  const core::AnswerEntry& entry = action.entry();
  const core::ActionFile& file = list.files[action.file];
  const core::Assessment& a = *file.assessment;
  json.begin_object();
  json.key("owner").string_or_null(entry.owner);
  json.key("due").string_or_null(action_date_or_null(entry.due));
  json.key("overdue").boolean(action.overdue());
  json.key("status").string(core::to_string(action.status));
  json.key("organisation").string_or_null(a.answers->organisation);
  json.key("period").string_or_null(a.answers->period);
  json.key("checklist").string(a.checklist->id);
  json.key("item").string(action.score->item->id);
  json.key("statement").string(action.score->item->text);
  json.key("answer").string_or_null(action.score->answer);
  json.key("answer_label").string(answer_label(*a.checklist, action.score->answer));
  json.key("action").string_or_null(entry.action);
  json.key("progress").string_or_null(entry.progress);
  write_progress_notes_json(json, &entry);
  write_due_history_json(json, &entry);
  json.key("file").string(file.name);
  json.key("respondent").string_or_null(action.respondent());
  json.end_object();
}

} // namespace

std::string
actions_json(const core::ActionList& list)
{
  util::JsonWriter json;
  json.begin_object();
  json.key("format").string("ftsu-gap/actions/v1");
  json.key("files").begin_array();
  for (const auto& file : list.files) {
    write_file(json, file);
  }
  json.end_array();
  json.key("summary").begin_object();
  json.key("open").integer(static_cast<std::int64_t>(list.open));
  json.key("overdue").integer(static_cast<std::int64_t>(list.overdue));
  json.end_object();
  json.key("owners").begin_array();
  for (const auto& group : list.owners) {
    json.begin_object();
    json.key("owner").string_or_null(group.owner);
    json.key("actions").begin_array();
    for (const auto& action : group.actions) {
      write_listed_action(json, list, action);
    }
    json.end_array();
    json.end_object();
  }
  json.end_array();
  json.end_object();
  return std::move(json).str();
}

void
write_progress_notes_json(util::JsonWriter& json, const core::AnswerEntry* entry)
{
  json.key("progress_notes").begin_array();
  if (entry != nullptr) {
    for (const core::ProgressNote& n : entry->progress_notes) {
      json.begin_object();
      json.key("date").string(util::to_string(n.on));
      json.key("note").string(n.note);
      json.end_object();
    }
  }
  json.end_array();
}

void
write_due_history_json(util::JsonWriter& json, const core::AnswerEntry* entry)
{
  json.key("due_history").begin_array();
  if (entry != nullptr) {
    for (const core::DueChange& c : entry->due_history) {
      json.begin_object();
      json.key("from").string(util::to_string(c.from));
      json.key("to").string(util::to_string(c.to));
      json.key("date").string(util::to_string(c.on));
      json.key("why").string(c.why);
      json.end_object();
    }
  }
  json.end_array();
}

} // namespace ftsu::report
