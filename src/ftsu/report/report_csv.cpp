#include <ftsu/report/csv.hpp>
#include <ftsu/report/report.hpp>
#include <ftsu/util/markup.hpp>

namespace ftsu::report {

std::string
report_csv(const core::Assessment& assessment)
{
  std::string out(csv::k_bom);
  std::vector<std::string> header{
      "id", "section", "statement", "answer", "status", "value", "weight", "gap", "mandatory"};
  header.insert(header.end(), csv::k_plan_columns.begin(), csv::k_plan_columns.end());
  out += csv::row(header);
  for (const auto& score : assessment.items) {
    std::vector<std::string> cells{
        util::csv_cell(score.item->id),
        util::csv_cell(score.section->id),
        util::csv_cell(score.item->text),
        csv::text(score.answer),
        util::csv_cell(core::to_string(score.status)),
        csv::number(score.value),
        csv::number(score.item->weight),
        csv::number(score.gap),
        score.item->mandatory ? "true" : "false",
    };
    const auto plan = csv::plan_cells(score.entry);
    cells.insert(cells.end(), plan.begin(), plan.end());
    out += csv::row(cells);
  }
  return out;
}

} // namespace ftsu::report
