#pragma once

#include <ftsu/core/answers.hpp>
#include <ftsu/util/date.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Pieces shared by the CSV renderers (the report's action plan, the diff).
namespace ftsu::report::csv {

// The UTF-8 byte-order mark that makes spreadsheet programs read UTF-8.
inline constexpr std::string_view k_bom = "\xEF\xBB\xBF";

// A text cell (see util::csv_cell), or an empty cell when absent.
std::string text(const std::optional<std::string>& value);

// A number cell with full precision, or an empty cell when absent.
std::string number(const std::optional<double>& value);

// A date cell (YYYY-MM-DD), or an empty cell when absent.
std::string date(const std::optional<util::Date>& value);

// The action status cell of `entry` ("in-progress"; "open" when it gives
// none), or an empty cell when it has no action.
std::string action_status(const core::AnswerEntry& entry);

// The column names of an answer's action plan in the diff's CSV, in order.
// (The report's action plan lists its own columns, with overdue beside due:
// report_csv.cpp.)
inline const std::vector<std::string> k_plan_columns{"evidence",
                                                     "evidence_from",
                                                     "action",
                                                     "owner",
                                                     "due",
                                                     "action_status",
                                                     "progress"};

// The cells of an answer's action plan, one per k_plan_columns (empty cells
// when `entry` is nullptr; action_status is empty without an action).
std::vector<std::string> plan_cells(const core::AnswerEntry* entry);

// Joins `cells` with commas and ends the row with CRLF (RFC 4180).
std::string row(const std::vector<std::string>& cells);

} // namespace ftsu::report::csv
