#include <ftsu/report/compare.hpp>
#include <ftsu/report/csv.hpp>
#include <ftsu/util/markup.hpp>

namespace ftsu::report {

std::string
diff_csv(const core::Comparison& comparison)
{
  std::string out(csv::k_bom);
  std::vector<std::string> header{"id",
                                  "before_id",
                                  "section",
                                  "statement",
                                  "change",
                                  "before",
                                  "after",
                                  "before_value",
                                  "after_value"};
  header.insert(header.end(), csv::k_plan_columns.begin(), csv::k_plan_columns.end());
  out += csv::row(header);
  for (const auto& item : comparison.items) {
    const core::ItemScore* latest = item.after != nullptr ? item.after : item.before;
    std::vector<std::string> cells{
        util::csv_cell(item.id),
        csv::text(item.before_id),
        util::csv_cell(latest->section->id),
        util::csv_cell(latest->item->text),
        util::csv_cell(core::to_string(item.change)),
        csv::text(item.before != nullptr ? item.before->answer : std::nullopt),
        csv::text(item.after != nullptr ? item.after->answer : std::nullopt),
        csv::number(item.before != nullptr ? item.before->value : std::nullopt),
        csv::number(item.after != nullptr ? item.after->value : std::nullopt),
    };
    const auto plan = csv::plan_cells(item.after != nullptr ? item.after->entry : nullptr);
    cells.insert(cells.end(), plan.begin(), plan.end());
    out += csv::row(cells);
  }
  return out;
}

} // namespace ftsu::report
