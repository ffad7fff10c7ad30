#include <ftsu/report/text_writer.hpp>
#include <ftsu/util/strings.hpp>

#include <algorithm>

namespace ftsu::report {

TextWriter::TextWriter(std::size_t width, bool color)
    : m_width(std::max<std::size_t>(width, 40))
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
  for (const auto& line : util::split(util::hang_wrap(text, 0, m_width), '\n')) {
    if (!line.empty()) {
      m_out += paint(line, code) + '\n';
    }
  }
}

} // namespace ftsu::report
