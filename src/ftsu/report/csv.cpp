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

std::vector<std::string>
plan_cells(const core::AnswerEntry* entry)
{
  if (entry == nullptr) {
    return {"", "", "", ""};
  }
  return {text(entry->evidence),
          text(entry->action),
          text(entry->owner),
          entry->due ? util::csv_cell(util::to_string(*entry->due)) : std::string()};
}

std::string
row(const std::vector<std::string>& cells)
{
  return util::join(cells, ",") + "\r\n";
}

} // namespace ftsu::report::csv
