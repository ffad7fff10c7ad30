#include <ftsu/report/csv.hpp>
#include <ftsu/util/markup.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

namespace ftsu::report::csv {

std::string
text(const std::optional<std::string>& value)
{
  return value ? util::csv_cell(*value) : std::string();
}

std::string
number(const std::optional<double>& value)
{
  return value ? fmt::format("{}", *value) : std::string();
}

std::string
date(const std::optional<util::Date>& value)
{
  return value ? util::csv_cell(util::to_string(*value)) : std::string();
}

std::string
action_status(const core::AnswerEntry& entry)
{
  return entry.action
             ? util::csv_cell(core::to_string(entry.status.value_or(core::ActionStatus::open)))
             : std::string();
}

std::vector<std::string>
plan_cells(const core::AnswerEntry* entry)
{
  if (entry == nullptr) {
    return std::vector<std::string>(k_plan_columns.size());
  }
  return {text(entry->evidence),
          text(entry->evidence_from),
          text(entry->action),
          text(entry->owner),
          date(entry->due),
          action_status(*entry),
          text(entry->progress)};
}

std::string
row(const std::vector<std::string>& cells)
{
  return util::join(cells, ",") + "\r\n";
}

} // namespace ftsu::report::csv
