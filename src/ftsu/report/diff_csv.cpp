#include <ftsu/report/compare.hpp>
#include <ftsu/util/markup.hpp>

#include <fmt/format.h>

namespace ftsu::report {

namespace {

std::string
cell(const std::optional<std::string>& text)
{
  return text ? util::csv_cell(*text) : std::string();
}

std::string
number(const std::optional<double>& value)
{
  return value ? fmt::format("{}", *value) : std::string();
}

} // namespace

std::string
diff_csv(const core::Comparison& comparison)
{
  std::string out = "\xEF\xBB\xBF";
  out +=
      "id,before_id,section,statement,change,before,after,before_value,after_value,evidence,action,"
      "owner,due\r\n";
  for (const auto& item : comparison.items) {
    const core::ItemScore* latest = item.after != nullptr ? item.after : item.before;
    const core::AnswerEntry* entry = item.after != nullptr ? item.after->entry : nullptr;
    const auto field = [&](std::optional<std::string> core::AnswerEntry::*member) {
      return entry != nullptr ? cell(entry->*member) : std::string();
    };
    std::vector<std::string> cells{
        util::csv_cell(item.id),
        cell(item.before_id),
        util::csv_cell(latest->section->id),
        util::csv_cell(latest->item->text),
        util::csv_cell(core::to_string(item.change)),
        cell(item.before != nullptr ? item.before->answer : std::nullopt),
        cell(item.after != nullptr ? item.after->answer : std::nullopt),
        number(item.before != nullptr ? item.before->value : std::nullopt),
        number(item.after != nullptr ? item.after->value : std::nullopt),
        field(&core::AnswerEntry::evidence),
        field(&core::AnswerEntry::action),
        field(&core::AnswerEntry::owner),
        entry != nullptr && entry->due ? util::csv_cell(util::to_string(*entry->due))
                                       : std::string(),
    };
    out += fmt::format("{}\r\n", fmt::join(cells, ","));
  }
  return out;
}

} // namespace ftsu::report
