#include <ftsu/core/version.hpp>
#include <ftsu/report/actions.hpp>
#include <ftsu/report/docx.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

#include <set>

namespace ftsu::report {

namespace {

// The organisations of the list's files, each once, in file order, joined
// ("Example Trust, Primary Care Network"); empty when none gives one.
std::string
actions_organisations(const core::ActionList& list)
{
  std::vector<std::string> names;
  std::set<std::string> seen;
  for (const auto& file : list.files) {
    const auto& organisation = file.assessment->answers->organisation;
    if (organisation && seen.insert(*organisation).second) {
      names.push_back(*organisation);
    }
  }
  return util::join(names, ", ");
}

// The table of the files the list was made from, with the day each counts
// overdue from.
void
actions_files_table(docx::Document& doc, const core::ActionList& list)
{
  static const docx::Column k_file_columns[] = {
      {"File", 30}, {"Organisation", 30}, {"Period", 12}, {"Checklist", 14}, {"Overdue as of", 14}};
  std::vector<std::vector<docx::Cell>> rows;
  rows.reserve(list.files.size());
  for (const auto& file : list.files) {
    const core::Assessment& a = *file.assessment;
    rows.push_back({docx::cell(file.name),
                    docx::cell(a.answers->organisation.value_or("—")),
                    docx::cell(period_text(*a.answers)),
                    docx::cell(fmt::format("{} {}", a.checklist->id, a.checklist->version)),
                    docx::cell(util::short_date(a.as_of))});
  }
  doc.table(k_file_columns, rows);
}

// One action's row: its due date (and how long overdue, in red), status,
// the item it is for, the action itself and where it comes from.
std::vector<docx::Cell>
actions_docx_row(const core::ActionList& list,
                 const core::OpenAction& action,
                 const core::OwnerGroup& group)
{
  const core::AnswerEntry& entry = action.entry();
  const core::ActionFile& file = list.files[action.file];
  const core::Assessment& a = *file.assessment;
  std::vector<docx::Run> due = {
      docx::Run{entry.due ? util::short_date(*entry.due) : std::string("—")}};
  if (action.overdue() && entry.due) {
    due.push_back(docx::Run{"\n" + overdue_by_text(*entry.due, a.as_of), true, false, "#c62828"});
  }
  const core::Item& item = *action.score->item;
  const std::vector<docx::Run> statement = {
      docx::Run{item.text + "  "},
      docx::Run{item.id, false, true, "#425563"},
      docx::Run{"\nAnswer: " + answer_label(*a.checklist, action.score->answer),
                false,
                false,
                "#425563"}};
  std::vector<docx::Run> what;
  if (action.respondent() != nullptr) {
    what.push_back(docx::Run{action_by(*action.action) + ": ", true});
  }
  what.push_back(docx::Run{entry.action.value_or("")});
  if (const auto owner = owner_as_written(action, group)) {
    what.push_back(docx::Run{"\nOwner: " + *owner, false, true});
  }
  if (entry.progress) {
    what.push_back(docx::Run{"\nProgress: " + *entry.progress, false, false, "#425563"});
  }
  return {docx::Cell{due},
          docx::cell(std::string(action_status_text(action.status))),
          docx::Cell{statement},
          docx::Cell{what},
          docx::cell(organisation_period(*a.answers))};
}

} // namespace

std::string
actions_docx(const core::ActionList& list, const ActionsOptions& options)
{
  docx::Document doc;
  const std::string title = list.filter.overdue_only ? "Overdue actions" : "Open actions";
  const std::string organisations = actions_organisations(list);
  doc.paragraph(title, docx::Style::title);
  doc.paragraph(organisations.empty() ? "Freedom to Speak Up actions" : organisations,
                docx::Style::subtitle);
  doc.paragraph({docx::Run{actions_headline(list) + (list.open == 0 ? "" : "."), true}});
  std::vector<std::pair<std::string, std::string>> fields;
  if (list.filter.owner) {
    fields.emplace_back("Owner", std::string(util::trim(*list.filter.owner)));
  }
  fields.emplace_back("Generated", util::long_date(options.generated));
  doc.fields(fields);
  doc.heading(1, fmt::format("Files ({})", list.files.size()));
  actions_files_table(doc, list);
  static const docx::Column k_action_columns[] = {
      {"Due", 15}, {"Status", 11}, {"Item", 32}, {"Action", 28}, {"From", 14}};
  for (const auto& group : list.owners) {
    doc.heading(1, group_heading(list, group));
    std::vector<std::vector<docx::Cell>> rows;
    rows.reserve(group.actions.size());
    for (const auto& action : group.actions) {
      rows.push_back(actions_docx_row(list, action, group));
    }
    doc.table(k_action_columns, rows);
  }
  doc.paragraph(fmt::format("Produced with ftsu-gap {}. An action is overdue when it is not done "
                            "and its due date is before its file's \"overdue as of\" date (the "
                            "table of files).",
                            core::k_version),
                docx::Style::small);
  docx::Properties properties;
  properties.title = organisations.empty() ? title : fmt::format("{}: {}", organisations, title);
  properties.subject = actions_headline(list);
  properties.created = options.generated;
  properties.header =
      fmt::format("{}\t{}", organisations.empty() ? "Freedom to Speak Up" : organisations, title);
  return doc.finish(properties, options.reference_docx);
}

} // namespace ftsu::report
