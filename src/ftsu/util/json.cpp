#include <ftsu/util/json.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <cmath>

namespace ftsu::util {

std::string
json_quote(std::string_view value)
{
  const std::string text = repair_utf8(value);
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    case '\t':
      out += "\\t";
      break;
    default: {
      // Every character of util::hidden_ranges() (controls, C1 (U+009B is
      // an 8-bit CSI), bidi, zero-width and tag characters, U+2028/2029) is
      // escaped, so JSON printed on a terminal cannot drive it, and JSON
      // pasted into a script is valid. Above U+FFFF, as a surrogate pair.
      std::size_t pos = i;
      const auto cp = decode_utf8(text, pos);
      if (cp && is_hidden_control(*cp) && *cp > 0xFFFF) {
        const auto offset = static_cast<unsigned>(*cp) - 0x10000U;
        out += fmt::format(
            "\\u{:04x}\\u{:04x}", 0xD800U + (offset >> 10U), 0xDC00U + (offset & 0x3FFU));
      } else if (cp && is_hidden_control(*cp)) {
        out += fmt::format("\\u{:04x}", static_cast<unsigned>(*cp));
      } else {
        out.append(text, i, pos - i);
      }
      i = pos - 1;
    }
    }
  }
  out += '"';
  return out;
}

void
JsonWriter::before_value()
{
  if (m_after_key) {
    m_after_key = false;
    return;
  }
  if (!m_empty.empty()) {
    if (!m_empty.back()) {
      m_out += ',';
    }
    m_empty.back() = false;
    m_out += '\n';
    m_out.append(m_empty.size() * 2, ' ');
  }
}

void
JsonWriter::close(char bracket)
{
  const bool was_empty = m_empty.back();
  m_empty.pop_back();
  if (!was_empty) {
    m_out += '\n';
    m_out.append(m_empty.size() * 2, ' ');
  }
  m_out += bracket;
}

JsonWriter&
JsonWriter::begin_object()
{
  before_value();
  m_out += '{';
  m_empty.push_back(true);
  return *this;
}

JsonWriter&
JsonWriter::end_object()
{
  close('}');
  return *this;
}

JsonWriter&
JsonWriter::begin_array()
{
  before_value();
  m_out += '[';
  m_empty.push_back(true);
  return *this;
}

JsonWriter&
JsonWriter::end_array()
{
  close(']');
  return *this;
}

JsonWriter&
JsonWriter::key(std::string_view name)
{
  before_value();
  m_out += json_quote(name);
  m_out += ": ";
  m_after_key = true;
  return *this;
}

JsonWriter&
JsonWriter::string(std::string_view value)
{
  before_value();
  m_out += json_quote(value);
  return *this;
}

JsonWriter&
JsonWriter::number(double value)
{
  if (!std::isfinite(value)) {
    return null();
  }
  before_value();
  m_out += fmt::format("{}", value);
  return *this;
}

JsonWriter&
JsonWriter::integer(std::int64_t value)
{
  before_value();
  m_out += fmt::format("{}", value);
  return *this;
}

JsonWriter&
JsonWriter::boolean(bool value)
{
  before_value();
  m_out += value ? "true" : "false";
  return *this;
}

JsonWriter&
JsonWriter::null()
{
  before_value();
  m_out += "null";
  return *this;
}

JsonWriter&
JsonWriter::string_or_null(const std::optional<std::string>& value)
{
  return value ? string(*value) : null();
}

JsonWriter&
JsonWriter::string_or_null(const std::string* value)
{
  return value != nullptr ? string(*value) : null();
}

JsonWriter&
JsonWriter::number_or_null(const std::optional<double>& value)
{
  return value ? number(*value) : null();
}

JsonWriter&
JsonWriter::strings(const std::vector<std::string>& values)
{
  begin_array();
  for (const auto& value : values) {
    string(value);
  }
  return end_array();
}

std::string
JsonWriter::str() const&
{
  return m_out + '\n';
}

std::string
JsonWriter::str() &&
{
  m_out += '\n';
  return std::move(m_out);
}

void
JsonWriter::reserve(std::size_t bytes)
{
  m_out.reserve(bytes);
}

} // namespace ftsu::util
