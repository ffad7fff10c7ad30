#pragma once

#include <cstddef>
#include <string>
#include <string_view>

// The tables of the text renderers (the report's sections, the diff's, the
// trend's): a numbered title column that wraps, and cells on the right.
namespace ftsu::report {

// The fewest columns a title column is given before each title is put on
// lines of its own, above its cells.
inline constexpr std::size_t k_min_title_width = 20;

// Returns the columns left for the titles of a table `width` wide whose
// cells take `cells_width` columns (and 4 for the numbers), or 0 when that is
// fewer than k_min_title_width.
std::size_t title_width(std::size_t width, std::size_t cells_width);

// Returns a table's heading line, without a line break: `title` (made safe
// as one line), then `cells` (`cells_width` columns) ending at column
// `width` (on a line of their own when the title is too long), trailing
// spaces dropped.
std::string table_heading(std::string_view title,
                          std::string_view cells,
                          std::size_t cells_width,
                          std::size_t width);

// Returns the lines of one row: `number` right-aligned in 3 columns and a
// space, then `title` (made safe as one line) wrapped to the title column
// (title_width), and `cells` (`cells_width` display columns, possibly
// painted) after the first line of the title, ending at column `width`.
// When the title column is too narrow, or the title holds a word longer
// than it, the title takes whole lines and the cells a line of their own,
// still ending at column `width`. Words are never split.
std::string table_row(std::string_view number,
                      std::string_view title,
                      std::string_view cells,
                      std::size_t cells_width,
                      std::size_t width);

} // namespace ftsu::report
