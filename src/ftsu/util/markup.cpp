#include <ftsu/util/markup.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

namespace ftsu::util {

std::string
html_escape(std::string_view text)
{
  const std::string safe = for_terminal(repair_utf8(text));
  std::string out;
  out.reserve(safe.size());
  for (const char c : safe) {
    switch (c) {
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '"':
      out += "&quot;";
      break;
    case '\'':
      out += "&#39;";
      break;
    default:
      out += c;
    }
  }
  return out;
}

namespace {

std::string
escape_markdown(std::string_view text, std::string_view line_break)
{
  const std::string safe = for_terminal(repair_utf8(text));
  std::string out;
  out.reserve(safe.size() + 8);
  bool line_start = true;
  for (std::size_t i = 0; i < safe.size(); ++i) {
    const char c = safe[i];
    switch (c) {
    case '\n':
      out += line_break;
      line_start = true;
      continue;
    case '\r':
      continue;
    case '&':
      out += "&amp;";
      break;
    case '<':
      out += "&lt;";
      break;
    case '>':
      out += "&gt;";
      break;
    case '\\':
    case '`':
    case '*':
    case '_':
    case '[':
    case ']':
    case '|':
    case '~':
      out += '\\';
      out += c;
      break;
    case '#':
    case '+':
    case '-':
    case '=':
    case '!':
      if (line_start || c == '!') {
        out += '\\';
      }
      out += c;
      break;
    default:
      out += c;
    }
    line_start = false;
  }
  return out;
}

} // namespace

std::string
markdown_escape(std::string_view text)
{
  return escape_markdown(trim(text), " ");
}

std::string
markdown_paragraphs(std::string_view text)
{
  std::vector<std::string> parts;
  for (const auto& paragraph : paragraphs(text)) {
    std::string escaped;
    for (const auto& line : split(paragraph, '\n')) {
      if (!escaped.empty()) {
        escaped += '\n';
      }
      // A list line keeps its marker; the rest is escaped.
      if (line.starts_with("- ") || line.starts_with("* ")) {
        escaped += "- " + markdown_escape(std::string_view(line).substr(2));
      } else {
        escaped += markdown_escape(line);
      }
    }
    parts.push_back(std::move(escaped));
  }
  return join(parts, "\n\n");
}

std::string
markdown_cell(std::string_view text)
{
  return escape_markdown(trim(text), "<br>");
}

std::string
csv_cell(std::string_view text)
{
  // No NUL or other control byte is ever written into a cell: they are
  // shown as visible escapes (`\x1b`), as on a terminal.
  const std::string safe = for_terminal(repair_utf8(text));
  std::string out = "\"";
  if (!safe.empty()) {
    const char first = safe.front();
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
        || first == '\r' || first == '\0') {
      out += '\'';
    }
  }
  for (const char c : safe) {
    if (c == '"') {
      out += "\"\"";
    } else {
      out += c;
    }
  }
  out += '"';
  return out;
}

std::string
safe_url(std::string_view url)
{
  url = trim(url);
  if (!(url.starts_with("https://") || url.starts_with("http://"))) {
    return {};
  }
  for (const char c : url) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7F || c == '"' || c == '\'' || c == '<' || c == '>' || c == '('
        || c == ')' || c == '\\' || c == '`') {
      return {};
    }
  }
  return std::string(url);
}

} // namespace ftsu::util
