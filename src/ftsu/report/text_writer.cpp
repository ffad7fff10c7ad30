#include <ftsu/report/text_writer.hpp>
#include <ftsu/util/strings.hpp>

#include <algorithm>

namespace ftsu::report {

std::size_t
wrap_width(std::size_t terminal_width)
{
  return std::max<std::size_t>(terminal_width, 40);
}

std::string
heading_lines(std::string_view text, std::size_t width, const char* code, bool color)
{
  std::string lines;
  for (const auto& line : util::split(util::hang_wrap(text, 0, width), '\n')) {
    if (!line.empty()) {
      lines += util::ansi(line, code, color && std::string_view(code) != "0") + '\n';
    }
  }
  return lines;
}

TextWriter::TextWriter(std::size_t width, bool color)
    : m_width(wrap_width(width))
    , m_color(color)
{
}

void
TextWriter::wrapped(std::string_view text, std::size_t indent, std::string_view lead)
{
  m_out += util::hang_wrap(text, indent, m_width, lead);
}

std::string
TextWriter::paint(std::string_view text, const char* code) const
{
  return util::ansi(text, code, m_color && std::string_view(code) != "0");
}

void
TextWriter::heading(std::string_view text, const char* code)
{
  m_out += heading_lines(text, m_width, code, m_color);
}

} // namespace ftsu::report
