#include <ftsu/report/text_table.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace ftsu::report {

namespace {

constexpr std::size_t k_number_width = 4;

// Returns `cells` preceded by the spaces that make it end at column `width`.
std::string
right_aligned(std::string_view cells, std::size_t cells_width, std::size_t width)
{
  return std::string(width > cells_width ? width - cells_width : 0, ' ') + std::string(cells);
}

// Returns `line` without trailing spaces, and a line break.
std::string
line_of(std::string line)
{
  while (!line.empty() && line.back() == ' ') {
    line.pop_back();
  }
  return line + '\n';
}

} // namespace

std::size_t
title_width(std::size_t width, std::size_t cells_width)
{
  const std::size_t used = k_number_width + cells_width;
  return width >= used + k_min_title_width ? width - used : 0;
}

std::string
table_heading(std::string_view title,
              std::string_view cells,
              std::size_t cells_width,
              std::size_t width)
{
  const std::string safe = util::for_terminal_line(title);
  const std::size_t title_columns = util::display_width(safe);
  const std::size_t room = width > cells_width ? width - cells_width : 0;
  std::string out = title_columns > room
                        ? safe + '\n' + right_aligned(cells, cells_width, width)
                        : safe + std::string(room - title_columns, ' ') + std::string(cells);
  out = line_of(std::move(out));
  out.pop_back();
  return out;
}

std::string
table_row(std::string_view number,
          std::string_view title,
          std::string_view cells,
          std::size_t cells_width,
          std::size_t width)
{
  const std::string safe = util::for_terminal_line(title);
  const std::string head = fmt::format("{:>3} ", number);
  const std::size_t columns = title_width(width, cells_width);
  std::string out;
  if (columns > 0) {
    const auto lines = util::wrap(safe, columns);
    const bool fits = std::all_of(lines.begin(), lines.end(), [&](const std::string& line) {
      return util::display_width(line) <= columns;
    });
    if (fits) {
      for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i == 0) {
          out += line_of(head + lines[i] + std::string(columns - util::display_width(lines[i]), ' ')
                         + std::string(cells));
        } else {
          out += std::string(k_number_width, ' ') + lines[i] + '\n';
        }
      }
      return out;
    }
  }
  out += util::hang_wrap(safe, 0, width, head);
  return out + line_of(right_aligned(cells, cells_width, width));
}

} // namespace ftsu::report
