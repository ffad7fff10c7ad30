#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <cstdint>

namespace ftsu::util {

namespace {

unsigned char
byte_at(std::string_view text, std::size_t pos)
{
  return static_cast<unsigned char>(text[pos]);
}

bool
is_continuation(unsigned char byte)
{
  return (byte & 0xC0U) == 0x80U;
}

bool
is_wide(char32_t cp)
{
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
         || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
         || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
         || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF)
         || (cp >= 0x20000 && cp <= 0x3FFFD);
}

bool
is_zero_width(char32_t cp)
{
  return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x200B && cp <= 0x200F)
         || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF;
}

// The one table of characters never shown raw (see hidden_ranges). Newline
// and tab are not in it: multi-line text keeps them, and one-line fields
// show them as escapes (for_terminal_line).
constexpr HiddenRange k_hidden[] = {
    {0x0000, 0x0008, "C0 control characters"},
    {0x000B, 0x001F, "C0 control characters (CR, ESC...)"},
    {0x007F, 0x009F, "DEL and the C1 control characters (U+009B is an 8-bit CSI)"},
    {0x00AD, 0x00AD, "the soft hyphen, invisible unless a line breaks at it"},
    {0x061C, 0x061C, "the Arabic letter mark (bidirectional)"},
    {0x180E, 0x180E, "the Mongolian vowel separator (invisible)"},
    {0x200B, 0x200F, "zero-width space, non-joiner and joiner, directional marks"},
    {0x2028, 0x202E, "line and paragraph separators, bidirectional embeddings, overrides"},
    {0x2060, 0x206F, "word joiner, invisible operators, bidirectional isolates, and more"},
    {0xFEFF, 0xFEFF, "the byte-order mark (zero-width no-break space)"},
    {0xFFF9, 0xFFFB, "interlinear annotation characters"},
    {0xFFFE, 0xFFFF, "noncharacters, which YAML and XML forbid"},
    {0xE0000, 0xE007F, "tag characters (invisible)"},
};

} // namespace

std::span<const HiddenRange>
hidden_ranges()
{
  return k_hidden;
}

bool
is_hidden_control(char32_t cp)
{
  // The table is short and sorted: stop at the first range that ends at or
  // after `cp`.
  for (const auto& range : k_hidden) {
    if (cp <= range.last) {
      return cp >= range.first;
    }
  }
  return false;
}

std::string
visible_escape(char32_t cp)
{
  const auto value = static_cast<std::uint32_t>(cp);
  if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
    return fmt::format("\\x{:02x}", value);
  }
  return cp <= 0xFFFF ? fmt::format("\\u{:04x}", value) : fmt::format("\\U{:08x}", value);
}

std::optional<char32_t>
decode_utf8(std::string_view text, std::size_t& pos)
{
  const unsigned char lead = byte_at(text, pos);
  if (lead < 0x80U) {
    ++pos;
    return lead;
  }
  std::size_t length = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if ((lead & 0xE0U) == 0xC0U) {
    length = 2;
    cp = lead & 0x1FU;
    min = 0x80;
  } else if ((lead & 0xF0U) == 0xE0U) {
    length = 3;
    cp = lead & 0x0FU;
    min = 0x800;
  } else if ((lead & 0xF8U) == 0xF0U) {
    length = 4;
    cp = lead & 0x07U;
    min = 0x10000;
  } else {
    ++pos;
    return std::nullopt;
  }
  if (pos + length > text.size()) {
    ++pos;
    return std::nullopt;
  }
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char byte = byte_at(text, pos + i);
    if (!is_continuation(byte)) {
      ++pos;
      return std::nullopt;
    }
    cp = (cp << 6U) | (byte & 0x3FU);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++pos;
    return std::nullopt;
  }
  pos += length;
  return cp;
}

void
append_utf8(std::string& out, char32_t cp)
{
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0U | (cp >> 6U));
    out += static_cast<char>(0x80U | (cp & 0x3FU));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0U | (cp >> 12U));
    out += static_cast<char>(0x80U | ((cp >> 6U) & 0x3FU));
    out += static_cast<char>(0x80U | (cp & 0x3FU));
  } else {
    out += static_cast<char>(0xF0U | (cp >> 18U));
    out += static_cast<char>(0x80U | ((cp >> 12U) & 0x3FU));
    out += static_cast<char>(0x80U | ((cp >> 6U) & 0x3FU));
    out += static_cast<char>(0x80U | (cp & 0x3FU));
  }
}

std::optional<std::size_t>
first_invalid_utf8(std::string_view text)
{
  std::size_t pos = 0;
  while (pos < text.size()) {
    // Fast path for ASCII runs.
    if (byte_at(text, pos) < 0x80U) {
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    if (!decode_utf8(text, pos)) {
      return start;
    }
  }
  return std::nullopt;
}

bool
is_valid_utf8(std::string_view text)
{
  return !first_invalid_utf8(text).has_value();
}

std::string
repair_utf8(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    if (decode_utf8(text, pos)) {
      out.append(text.substr(start, pos - start));
    } else {
      append_utf8(out, 0xFFFD);
    }
  }
  return out;
}

std::size_t
count_code_points(std::string_view text)
{
  std::size_t count = 0;
  for (const char c : text) {
    if (!is_continuation(static_cast<unsigned char>(c))) {
      ++count;
    }
  }
  return count;
}

std::size_t
display_width(std::string_view text)
{
  std::size_t width = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto cp = decode_utf8(text, pos);
    if (!cp) {
      width += 4; // shown as \xNN
    } else if (is_wide(*cp)) {
      width += 2;
    } else if (!is_zero_width(*cp)) {
      width += 1;
    }
  }
  return width;
}

std::string
for_terminal_line(std::string_view text)
{
  std::string out;
  for (const char c : for_terminal(text)) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else {
      out += c;
    }
  }
  return out;
}

std::string
for_terminal(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const unsigned char byte = byte_at(text, pos);
    if (byte >= 0x20U && byte < 0x7FU) {
      out += static_cast<char>(byte); // printable ASCII, the usual case
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    const auto cp = decode_utf8(text, pos);
    if (!cp) {
      out += fmt::format("\\x{:02x}", byte);
    } else if (is_hidden_control(*cp)) {
      out += visible_escape(*cp);
    } else {
      out.append(text.substr(start, pos - start));
    }
  }
  return out;
}

} // namespace ftsu::util
