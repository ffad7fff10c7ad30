#pragma once

#include <ftsu/core/answers.hpp>
#include <ftsu/core/checklist.hpp>
#include <ftsu/core/diagnostic.hpp>
#include <ftsu/util/date.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The response workbook's layout (docs/spec.md#response-workbook), shared by
// `export`, which writes it, and `import`, which reads it back: one table of
// the item sheet's columns and one of the first sheet's details, so the two
// cannot drift apart.
namespace ftsu::core {

// A column of the Items sheet.
enum class ResponseColumn {
  section,
  id,
  statement,
  guidance,
  answer,
  evidence,
  evidence_from,
  action,
  owner,
  due,
  status,
  progress,
  note,
  other,
  last_ = other
};

// How a column is headed, how wide it is (in characters) and whether the
// respondent fills it (unlocked) or reads it (locked).
struct ResponseColumnInfo
{
  ResponseColumn column;
  std::string_view header;
  double width;
  bool filled;
};

// The Items sheet's columns, in order.
inline constexpr ResponseColumnInfo k_response_columns[] = {
    {ResponseColumn::section, "Section", 14, false},
    {ResponseColumn::id, "Id", 18, false},
    {ResponseColumn::statement, "Statement", 40, false},
    {ResponseColumn::guidance, "Guidance", 30, false},
    {ResponseColumn::answer, "Answer", 13, true},
    {ResponseColumn::evidence, "Evidence", 40, true},
    {ResponseColumn::evidence_from, "Evidence carried forward from", 12, true},
    {ResponseColumn::action, "Action", 30, true},
    {ResponseColumn::owner, "Owner", 14, true},
    {ResponseColumn::due, "Due", 12, true},
    {ResponseColumn::status, "Action status", 11, true},
    {ResponseColumn::progress, "Progress", 20, true},
    {ResponseColumn::note, "Note", 24, true},
    {ResponseColumn::other, "Other fields (YAML)", 14, true},
};
static_assert(std::size(k_response_columns) == static_cast<std::size_t>(ResponseColumn::last_) + 1);

// Returns the 0-based index of `column` on the Items sheet.
constexpr std::size_t
column_index(ResponseColumn column)
{
  return static_cast<std::size_t>(column);
}

// A detail of the first sheet's table (its label in column A, its value in
// column B).
enum class ResponseField {
  respondent,
  organisation,
  period,
  profile,
  checklist,
  checklist_version,
  assessed_on,
  assessors,
  other,
  last_ = other
};

// The first sheet's details, in order, by label.
struct ResponseFieldInfo
{
  ResponseField field;
  std::string_view label;
};

inline constexpr ResponseFieldInfo k_response_fields[] = {
    {ResponseField::respondent, "Respondent"},
    {ResponseField::organisation, "Organisation"},
    {ResponseField::period, "Period"},
    {ResponseField::profile, "Profile"},
    {ResponseField::checklist, "Checklist"},
    {ResponseField::checklist_version, "Checklist version"},
    {ResponseField::assessed_on, "Assessed on"},
    {ResponseField::assessors, "Assessors"},
    {ResponseField::other, "Other fields (YAML)"},
};
static_assert(std::size(k_response_fields) == static_cast<std::size_t>(ResponseField::last_) + 1);

// The names of the workbook's two sheets.
inline constexpr std::string_view k_response_first_sheet = "Instructions";
inline constexpr std::string_view k_response_items_sheet = "Items";
// The label above the details table on the first sheet.
inline constexpr std::string_view k_response_details_label = "Details";

// One item's row as the workbook shows it: every cell's text, by column.
struct ResponseRow
{
  std::vector<std::string> cells;
  // The due date, written as a date cell.
  std::optional<util::Date> due;
};

// The text of the details (first sheet) and the rows of the Items sheet for
// `answers`, each item of `checklist` in its profile once, in checklist
// order. Answers show the scale's labels. Refuses (core::Error,
// invalid_input) a merged file: each respondent's own file is exported.
struct ResponseContent
{
  std::vector<std::pair<std::string_view, std::string>> details;
  std::vector<ResponseRow> rows;
};
ResponseContent response_content(const AnswersFile& answers, const Checklist& checklist);

// A sheet read back as text: `cells[row][col]`, rows and columns from 0
// (missing cells are empty), with the name cells are reported by ("Items").
// A number cell is its number as written in the file ("46477").
struct ResponseTable
{
  std::string sheet;
  std::vector<std::vector<std::string>> cells;
  // True when read from a CSV file: cells are named by line and field,
  // and a number is never taken for an Excel date serial.
  bool csv = false;
};

// Returns the cell reference of 0-based `row`, `col` ("D14").
std::string cell_name(std::size_t row, std::size_t col);

// Parses a date as people type it or a spreadsheet stores it: YYYY-MM-DD,
// DD/MM/YYYY, 31-Mar-2027, 31 Mar 2027, 31 March 2027, or (unless
// `csv`) an Excel date serial (46477 is 2027-03-31). nullopt otherwise.
std::optional<util::Date> parse_response_date(std::string_view text, bool serials);

// Values given on the command line that override the first sheet's.
struct ResponseOverrides
{
  std::optional<std::string> organisation;
  std::optional<std::string> period;
  std::optional<std::string> profile;
  std::optional<std::string> respondent;
};

// Reads the checklist reference (id and version) from `first`, the
// workbook's first sheet; empty texts when it has none.
std::pair<std::string, std::string> response_checklist(const ResponseTable& first);

// Builds an answers file from `first` (the first sheet, or an empty table
// for a CSV) and `items` (the Items sheet or the CSV's rows, with a header
// row), checking every answer, date and status against `checklist` as
// `validate` does: each problem goes to `sink` named by sheet, cell and item
// ("Items!D14 (guardian-ring-fenced-time): 'Mostly' is not one of Met,
// ..."). Items of the profile that have no row, and rows whose id is not an
// item, are reported too (errors). Returns the file even with errors, so
// every problem is found in one run; callers check `sink.has_errors()`.
AnswersFile read_response(const ResponseTable& first,
                          const ResponseTable& items,
                          const Checklist& checklist,
                          const ResponseOverrides& overrides,
                          DiagnosticSink& sink);

// Merges `imported` into `existing` (import --update): the header of
// `existing` is kept, each imported entry that holds anything replaces the
// existing one; `changes` receives one line per answer that was replaced by
// a different one ("item: met -> partial"). Returns the merged file.
AnswersFile update_answers(const AnswersFile& existing,
                           const AnswersFile& imported,
                           std::vector<std::string>& changes);

} // namespace ftsu::core
