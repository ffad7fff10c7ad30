#pragma once

#include <ftsu/core/response.hpp>

#include <string>
#include <string_view>

namespace ftsu::core {

// Reads `text`, a CSV file, into a table named `sheet` (cells named as a
// spreadsheet would show them: record 14, field 4 is D14): quoted fields
// with doubled quotes and line breaks inside, CRLF or LF line ends, a UTF-8
// byte-order mark, and Excel's ';' variant (taken when the first record
// has more semicolons than commas outside quotes, or after a `sep=;` line).
// Throws core::Error (invalid_input) for text that is not UTF-8 (with how
// to save it as UTF-8), a quote left open, or more than k_max_xlsx_rows
// records; fields beyond k_max_xlsx_columns are not kept.
ResponseTable read_csv(std::string_view text, std::string sheet);

} // namespace ftsu::core
