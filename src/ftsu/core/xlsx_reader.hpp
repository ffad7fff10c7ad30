#pragma once

#include <ftsu/core/response.hpp>

#include <cstddef>
#include <string>
#include <string_view>

// A reader of .xlsx workbooks that trusts nothing in them
// (docs/security.md#reading-a-workbook): minizip for the zip container,
// expat for the XML, and limits on everything that could grow.
namespace ftsu::core {

// The largest .xlsx file read.
inline constexpr std::size_t k_max_xlsx_file = std::size_t{16} * 1024 * 1024;
// The most bytes any one part may inflate to (counted while inflating).
inline constexpr std::size_t k_max_xlsx_part = std::size_t{32} * 1024 * 1024;
// The most bytes all the parts read may inflate to together.
inline constexpr std::size_t k_max_xlsx_total = std::size_t{64} * 1024 * 1024;
// A part larger than 1 MiB may inflate to at most this many times its
// compressed size (a zip bomb's ratio is in the thousands).
inline constexpr std::size_t k_max_xlsx_ratio = 250;
// The most entries the zip's directory may list.
inline constexpr std::size_t k_max_xlsx_entries = 10'000;
// The most rows and columns of a sheet kept; rows beyond are refused,
// columns beyond are not read.
inline constexpr std::size_t k_max_xlsx_rows = 20'000;
inline constexpr std::size_t k_max_xlsx_columns = 32;
// The most shared strings, and the most bytes of text all the cells kept
// may hold together.
inline constexpr std::size_t k_max_xlsx_strings = 1'000'000;
inline constexpr std::size_t k_max_xlsx_text = std::size_t{64} * 1024 * 1024;

// The sheets of a workbook `import` reads.
struct XlsxSheets
{
  // The first sheet (the instructions and details of a response workbook).
  ResponseTable first;
  // The sheet named `items` (the first sheet when there is none so named).
  ResponseTable items;
};

// Reads the first sheet and the sheet named `items` of the .xlsx file
// `bytes`. Reads only the parts that needs (the workbook, its relations,
// the shared strings and those sheets). Throws core::Error (invalid_input)
// naming what it refused: not a zip, a truncated or damaged one, an
// encrypted part, macros (xl/vbaProject.bin), external links, a part over
// its size or ratio limit (a zip bomb), XML with a DOCTYPE, entities or
// external references, a missing part, too many rows, strings or text.
XlsxSheets read_xlsx(std::string_view bytes, std::string_view items);

} // namespace ftsu::core
