#include <ftsu/core/error.hpp>
#include <ftsu/report/actions.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

namespace ftsu::report {

FormatTable<core::ActionList, ActionsOptions>
actions_formats()
{
  static constexpr FormatEntry<core::ActionList, ActionsOptions> k_table[] = {
      {{.name = "text",
        .extensions = ".txt",
        .help = "for a terminal",
        .audience = Audience::own_use},
       &actions_text},
      {{"markdown", ".md .markdown", "a heading and a table per owner"},
       [](const core::ActionList& l, const ActionsOptions&) { return actions_markdown(l); }},
      {{.name = "json",
        .extensions = ".json",
        .help = "for programs",
        .audience = Audience::own_use},
       [](const core::ActionList& l, const ActionsOptions&) { return actions_json(l); }},
      {{"csv", ".csv", "a spreadsheet"},
       [](const core::ActionList& l, const ActionsOptions&) { return actions_csv(l); }},
      {{"docx",
        ".docx",
        "a Word document, a table per owner: binary, so -o FILE or a pipe",
        GapsOnly::not_offered,
        CompareSupport::refused,
        Encoding::binary,
        "markdown"},
       &actions_docx},
      {{.name = "ics",
        .extensions = ".ics",
        .help = "a calendar: one event per action on its due date",
        .audience = Audience::own_use},
       [](const core::ActionList& l, const ActionsOptions&) { return actions_ics(l); }},
  };
  return k_table;
}

std::string
actions_headline(const core::ActionList& list)
{
  const std::string_view kind = list.filter.overdue_only ? "overdue" : "open";
  // The owner as the files spell it when some action matched, else as asked.
  std::string owner;
  if (list.owners.size() == 1 && list.filter.owner && list.owners.front().owner) {
    owner = " for " + *list.owners.front().owner;
  } else if (list.filter.owner) {
    owner = fmt::format(" for {}", util::trim(*list.filter.owner));
  }
  if (list.filter.due_by) {
    owner += " due by " + util::long_date(*list.filter.due_by);
  }
  const std::size_t files = list.files.size();
  const std::string across = fmt::format("across {} file{}", files, files == 1 ? "" : "s");
  if (list.open == 0) {
    return fmt::format("No {} actions{} {}.", kind, owner, across);
  }
  if (list.filter.overdue_only) {
    return fmt::format("Overdue actions{}: {} {}", owner, list.open, across);
  }
  const std::string overdue =
      list.overdue == 0 ? std::string("none overdue") : fmt::format("{} overdue", list.overdue);
  return fmt::format("Open actions{}: {} ({}) {}", owner, list.open, overdue, across);
}

std::string
group_owner_text(const core::OwnerGroup& group)
{
  return group.owner.value_or(std::string(k_no_owner));
}

std::string
group_heading(const core::ActionList& list, const core::OwnerGroup& group)
{
  if (list.filter.overdue_only) {
    return fmt::format("{}: {} overdue", group_owner_text(group), group.actions.size());
  }
  return fmt::format(
      "{}: {} open, {} overdue", group_owner_text(group), group.actions.size(), group.overdue);
}

std::string
organisation_period(const core::AnswersFile& answers)
{
  return fmt::format(
      "{}, {}", answers.organisation.value_or("(organisation not given)"), period_text(answers));
}

std::optional<std::string>
owner_as_written(const core::OpenAction& action, const core::OwnerGroup& group)
{
  const auto& owner = action.entry().owner;
  if (!owner || !group.owner || util::trim(*owner) == *group.owner) {
    return std::nullopt;
  }
  return std::string(util::trim(*owner));
}

} // namespace ftsu::report
