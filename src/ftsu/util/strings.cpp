#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace ftsu::util {

std::string_view
trim(std::string_view text)
{
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && is_space(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && is_space(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

std::string
to_lower(std::string_view text)
{
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

std::string
join(std::span<const std::string> parts, std::string_view separator)
{
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) {
      out += separator;
    }
    out += parts[i];
  }
  return out;
}

std::vector<std::string>
split(std::string_view text, char separator)
{
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const auto end = text.find(separator, start);
    if (end == std::string_view::npos) {
      parts.emplace_back(text.substr(start));
      return parts;
    }
    parts.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
}

std::size_t
edit_distance(std::string_view a, std::string_view b)
{
  const std::string la = to_lower(a);
  const std::string lb = to_lower(b);
  std::vector<std::size_t> row(lb.size() + 1);
  for (std::size_t j = 0; j <= lb.size(); ++j) {
    row[j] = j;
  }
  for (std::size_t i = 1; i <= la.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= lb.size(); ++j) {
      const std::size_t above = row[j];
      const std::size_t cost = la[i - 1] == lb[j - 1] ? 0 : 1;
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
      diagonal = above;
    }
  }
  return row[lb.size()];
}

std::optional<std::string>
closest_match(std::string_view word, std::span<const std::string> candidates)
{
  const std::size_t limit = std::min<std::size_t>(3, std::max<std::size_t>(1, word.size() / 3));
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  for (const auto& candidate : candidates) {
    // Cheap bound: the distance is at least the difference in length.
    const std::size_t length_gap = candidate.size() > word.size() ? candidate.size() - word.size()
                                                                  : word.size() - candidate.size();
    if (length_gap >= best_distance) {
      continue;
    }
    const std::size_t distance = edit_distance(word, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

namespace {

// Splits `word` into pieces of at most `width` columns.
void
push_long_word(std::vector<std::string>& lines, std::string_view word, std::size_t width)
{
  std::string piece;
  std::size_t piece_width = 0;
  std::size_t pos = 0;
  while (pos < word.size()) {
    const std::size_t start = pos;
    decode_utf8(word, pos);
    const std::string_view cp = word.substr(start, pos - start);
    const std::size_t w = display_width(cp);
    if (piece_width + w > width && !piece.empty()) {
      lines.push_back(piece);
      piece.clear();
      piece_width = 0;
    }
    piece += cp;
    piece_width += w;
  }
  if (!piece.empty()) {
    lines.push_back(piece);
  }
}

void
wrap_paragraph(std::vector<std::string>& lines, std::string_view text, std::size_t width)
{
  std::string line;
  std::size_t line_width = 0;
  for (const auto& word : split(text, ' ')) {
    if (word.empty()) {
      continue;
    }
    const std::size_t w = display_width(word);
    if (line_width > 0 && line_width + 1 + w <= width) {
      line += ' ';
      line += word;
      line_width += 1 + w;
      continue;
    }
    if (line_width > 0) {
      lines.push_back(line);
      line.clear();
      line_width = 0;
    }
    if (w > width) {
      push_long_word(lines, word, width);
      line = lines.back();
      line_width = display_width(line);
      lines.pop_back();
    } else {
      line = word;
      line_width = w;
    }
  }
  lines.push_back(line);
}

} // namespace

std::vector<std::string>
paragraphs(std::string_view text)
{
  std::vector<std::string> out;
  std::string current;
  for (auto line : split(text, '\n')) {
    std::replace(line.begin(), line.end(), '\t', ' ');
    const std::string_view trimmed = trim(line);
    if (trimmed.empty()) {
      if (!current.empty()) {
        out.push_back(std::move(current));
        current.clear();
      }
      continue;
    }
    const bool list_line = trimmed.starts_with("- ") || trimmed.starts_with("* ");
    if (!current.empty()) {
      current += list_line ? '\n' : ' ';
    }
    current += trimmed;
  }
  if (!current.empty()) {
    out.push_back(std::move(current));
  }
  return out;
}

std::vector<std::string>
wrap(std::string_view text, std::size_t width)
{
  width = std::max<std::size_t>(width, 8);
  std::vector<std::string> lines;
  const auto parts = paragraphs(text);
  for (std::size_t p = 0; p < parts.size(); ++p) {
    if (p > 0) {
      lines.emplace_back();
    }
    for (const auto& line : split(parts[p], '\n')) {
      wrap_paragraph(lines, line, width);
    }
  }
  if (lines.empty()) {
    lines.emplace_back();
  }
  return lines;
}

std::string
hang_wrap(std::string_view text, std::size_t indent, std::size_t width, std::string_view lead)
{
  const std::string safe_lead = for_terminal_line(lead);
  const std::size_t hang = indent + display_width(safe_lead);
  const std::size_t avail = width > hang + 20 ? width - hang : 20;
  std::string out;
  bool first = true;
  for (const auto& line : wrap(for_terminal(text), avail)) {
    out.append(first ? indent : hang, ' ');
    if (first) {
      out += safe_lead;
    }
    out += line;
    out += '\n';
    first = false;
  }
  return out;
}

std::string
ansi(std::string_view text, std::string_view code, bool color)
{
  // The one place our own escape sequences are written: what they wrap is
  // made safe first, so a value cannot bring its own.
  std::string safe = for_terminal(text);
  return color ? fmt::format("\x1b[{}m{}\x1b[0m", code, safe) : safe;
}

bool
is_slug(std::string_view text)
{
  if (text.empty() || text.size() > 64) {
    return false;
  }
  const auto lower_or_digit = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  };
  if (!lower_or_digit(text.front())) {
    return false;
  }
  return std::all_of(text.begin(), text.end(), [&](char c) {
    return lower_or_digit(c) || c == '.' || c == '_' || c == '-';
  });
}

std::string
one_decimal(double value)
{
  // Half away from zero (81.25 is 81.3), as a reader of a board paper
  // expects, not the round-half-even of printf.
  const double rounded = std::round(value * 10.0) / 10.0;
  std::string out = fmt::format("{:.1f}", rounded);
  if (out == "-0.0") {
    out = "0.0";
  }
  return out;
}

} // namespace ftsu::util
