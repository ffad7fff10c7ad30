#include <ftsu/core/response.hpp>
#include <ftsu/report/response.hpp>
#include <ftsu/report/xlsx.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

#include <array>
#include <string>
#include <vector>

// The response workbook `export` writes and `import` reads back
// (docs/spec.md#response-workbook). Every text is a string cell, never a
// formula; the layout is core's (core/response.hpp), shared with import.
namespace ftsu::report {

namespace {

using core::ResponseColumn;
using xlsx::Style;

// The fill of the columns the respondent reads but does not change.
constexpr std::string_view k_locked_fill = "#f1f3f4";
// The fill of evidence carried forward from an earlier period.
constexpr std::string_view k_carried_fill = "#fff4ce";

Style
locked_style()
{
  Style s;
  s.wrap = true;
  s.fill = k_locked_fill;
  return s;
}

Style
filled_style()
{
  Style s;
  s.wrap = true;
  s.left = true;
  s.unlocked = true;
  return s;
}

Style
bold_style()
{
  Style s;
  s.bold = true;
  s.wrap = true;
  return s;
}

Style
wrap_style()
{
  Style s;
  s.wrap = true;
  return s;
}

// The instructions, one (label, text) row each.
std::vector<std::pair<std::string, std::string>>
instructions(const core::AnswersFile& answers,
             const core::Checklist& checklist,
             const ResponseOptions& options)
{
  const std::string scale = util::join_words(
      [&] {
        std::vector<std::string> labels;
        for (const auto& option : checklist.scale) {
          labels.push_back(option.label);
        }
        return labels;
      }(),
      "or");
  return {
      {"For", answers.respondent.value_or("The person this workbook was sent to")},
      {"What to do",
       fmt::format("On the Items sheet, for each statement choose your answer in the Answer "
                   "column ({}) and say what shows it in Evidence. Where the answer is short of "
                   "met, write the Action that would close the gap, its Owner and the date it is "
                   "Due (type a date such as 31/03/2027). Leave an answer blank if you cannot "
                   "judge it. Save the workbook as it is (.xlsx) and send it back.",
                   scale)},
      {"By when",
       options.by ? fmt::format("Please send it back by {}.", util::long_date(*options.by))
                  : std::string("By the date you were given when it was sent to you.")},
      {"Carried forward",
       "Evidence with a yellow fill was written for an earlier period (the column beside it "
       "says which): confirm it by clearing that period, or replace the evidence."},
      {"Locked columns",
       "The grey columns are the checklist's own words and are locked so they are not changed "
       "by mistake. The lock has no password: nothing is hidden (Review, Unprotect Sheet)."},
      {"Checklist",
       fmt::format("{} ({} version {})", checklist.title, checklist.id, checklist.version)},
  };
}

// Writes the Instructions sheet; returns the ranges of the scale's labels
// and the action statuses, for the drop-downs.
std::pair<std::string, std::string>
write_instructions(xlsx::Workbook& book,
                   const core::AnswersFile& answers,
                   const core::Checklist& checklist,
                   const core::ResponseContent& content,
                   const ResponseOptions& options)
{
  xlsx::Sheet sheet = book.add_sheet(std::string(core::k_response_first_sheet));
  sheet.column_width(0, 26);
  sheet.column_width(1, 90);
  sheet.page_setup_readable(true);
  Style header;
  header.header = true;
  std::size_t row = 0;
  Style title;
  title.bold = true;
  sheet.text(row, 0, "Freedom to Speak Up self-assessment: your answers", title);
  row += 2;
  for (const auto& [label, text] : instructions(answers, checklist, options)) {
    sheet.text(row, 0, label, bold_style());
    sheet.text(row++, 1, text, wrap_style());
  }
  ++row;
  sheet.text(row, 0, "Answer", header);
  sheet.text(row++, 1, "What it means", header);
  const std::size_t scale_first = row;
  for (const auto& option : checklist.scale) {
    sheet.text(row, 0, option.label, wrap_style());
    sheet.text(row++,
               1,
               option.score ? fmt::format("Counts {:.0f}% towards the score.", *option.score * 100)
                            : std::string("Not counted: the statement does not apply."),
               wrap_style());
  }
  const std::string scale_range =
      fmt::format("={}!$A${}:$A${}", core::k_response_first_sheet, scale_first + 1, row);
  ++row;
  sheet.text(row, 0, "Action status", header);
  sheet.text(row++, 1, "What it means", header);
  const std::size_t status_first = row;
  // What each status means, in the order of core::k_action_statuses.
  static constexpr std::array<std::string_view, std::size(core::k_action_statuses)> k_meanings{
      "Not started.",
      "Under way.",
      "Done: the gap is closed (Other fields may give completed_on: YYYY-MM-DD).",
      "Dropped: no longer pursued (Other fields must give dropped_reason: WHY)."};
  std::size_t i = 0;
  for (const auto& status : core::k_action_statuses) {
    sheet.text(row, 0, status.text, wrap_style());
    sheet.text(row++, 1, k_meanings[i++], wrap_style());
  }
  const std::string status_range =
      fmt::format("={}!$A${}:$A${}", core::k_response_first_sheet, status_first + 1, row);
  ++row;
  sheet.text(row, 0, core::k_response_details_label, header);
  sheet.text(row++, 1, "Read back by ftsu-gap import: change only if they are wrong", header);
  for (const auto& [label, value] : content.details) {
    sheet.text(row, 0, label, bold_style());
    if (value.empty()) {
      sheet.write(row++, 1, xlsx::Cell{}, wrap_style());
    } else {
      sheet.text(row++, 1, value, wrap_style());
    }
  }
  return {scale_range, status_range};
}

void
write_items(xlsx::Workbook& book,
            const core::Checklist& checklist,
            const core::ResponseContent& content,
            const std::pair<std::string, std::string>& ranges)
{
  xlsx::Sheet sheet = book.add_sheet(std::string(core::k_response_items_sheet));
  Style header;
  header.header = true;
  std::size_t col = 0;
  for (const auto& info : core::k_response_columns) {
    sheet.column_width(col, info.width);
    sheet.text(0, col++, info.header, header);
  }
  std::size_t row = 1;
  for (const auto& r : content.rows) {
    const bool carried = !r.cells[core::column_index(ResponseColumn::evidence_from)].empty();
    col = 0;
    for (const auto& info : core::k_response_columns) {
      Style style = info.filled ? filled_style() : locked_style();
      xlsx::Cell cell;
      if (info.column == ResponseColumn::due) {
        cell = xlsx::date_cell(r.due);
      } else if (!r.cells[col].empty()) {
        cell = xlsx::text_cell(r.cells[col]);
      }
      if (carried
          && (info.column == ResponseColumn::evidence
              || info.column == ResponseColumn::evidence_from)) {
        style.fill = k_carried_fill;
      }
      sheet.write(row, col++, cell, style);
    }
    ++row;
  }
  const std::size_t last = std::max<std::size_t>(row - 1, 1);
  std::vector<std::string> labels;
  for (const auto& option : checklist.scale) {
    labels.push_back(option.label);
  }
  sheet.list_validation(1,
                        last,
                        core::column_index(ResponseColumn::answer),
                        labels,
                        ranges.first,
                        "Choose one of: " + util::join(labels, ", "));
  sheet.list_validation(1,
                        last,
                        core::column_index(ResponseColumn::status),
                        core::action_status_keys(),
                        ranges.second,
                        "Choose one of: " + util::join(core::action_status_keys(), ", "));
  sheet.date_validation(
      1, last, core::column_index(ResponseColumn::due), "Type a date, such as 31/03/2027.");
  sheet.freeze_rows(1);
  sheet.autofilter(0, last, std::size(core::k_response_columns) - 1);
  // At a size that can be read, across pages: the statements first, then
  // the respondent's columns, each page with the ids.
  sheet.page_setup_readable(
      true,
      std::pair<std::size_t, std::size_t>{core::column_index(ResponseColumn::id),
                                          core::column_index(ResponseColumn::id)});
  sheet.protect();
}

} // namespace

std::string
response_xlsx(const core::AnswersFile& answers,
              const core::Checklist& checklist,
              const ResponseOptions& options)
{
  const core::ResponseContent content = core::response_content(answers, checklist);
  xlsx::Workbook book(options.today,
                      fmt::format("Response: {}", checklist.title),
                      answers.respondent.value_or(answers.organisation.value_or("")));
  const auto ranges = write_instructions(book, answers, checklist, content, options);
  write_items(book, checklist, content, ranges);
  return book.finish();
}

} // namespace ftsu::report
