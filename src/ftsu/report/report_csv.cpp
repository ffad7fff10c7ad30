#include <ftsu/report/report.hpp>
#include <ftsu/util/markup.hpp>

#include <fmt/format.h>

namespace ftsu::report {

namespace {

constexpr std::string_view k_bom = "\xEF\xBB\xBF";
constexpr std::string_view k_header =
    "id,section,statement,answer,status,value,weight,gap,mandatory,evidence,action,owner,due";

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
report_csv(const core::Assessment& assessment)
{
  std::string out(k_bom);
  out += k_header;
  out += "\r\n";
  for (const auto& score : assessment.items) {
    const core::AnswerEntry* entry = score.entry;
    const auto field = [&](std::optional<std::string> core::AnswerEntry::*member) {
      return entry != nullptr ? cell(entry->*member) : std::string();
    };
    std::vector<std::string> cells{
        util::csv_cell(score.item->id),
        util::csv_cell(score.section->id),
        util::csv_cell(score.item->text),
        cell(score.answer),
        util::csv_cell(core::to_string(score.status)),
        number(score.value),
        number(score.item->weight),
        number(score.gap),
        score.item->mandatory ? "true" : "false",
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
