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

std::string
join_words(std::span<const std::string> parts, std::string_view conjunction)
{
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) {
      out += i + 1 == parts.size() ? fmt::format(" {} ", conjunction) : ", ";
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

// Returns `text` without trailing spaces.
std::string_view
trim_end(std::string_view text)
{
  while (!text.empty() && text.back() == ' ') {
    text.remove_suffix(1);
  }
  return text;
}

// The fewest columns a hanging indent leaves for text before the lines
// after the first fall back to a shallower indent.
constexpr std::size_t k_min_room = 20;

// Lays `tokens` out greedily on lines, one space between tokens: the first
// line holds `first_width` columns, the others `rest_width`. A token is
// never split: one too long for its line gets a line of its own (and when
// the first line follows a lead, `after_lead`, that first line is left
// empty).
void
wrap_tokens(std::vector<std::string>& lines,
            const std::vector<std::string>& tokens,
            std::size_t first_width,
            std::size_t rest_width,
            bool after_lead)
{
  std::string line;
  std::size_t line_width = 0;
  bool started = false;
  std::size_t room = lines.empty() ? first_width : rest_width;
  for (const auto& token : tokens) {
    const std::size_t w = display_width(token);
    if (started && line_width + 1 + w <= room) {
      line += ' ';
      line += token;
      line_width += 1 + w;
      continue;
    }
    if (started || (w > room && after_lead && lines.empty())) {
      lines.push_back(std::move(line));
      room = rest_width;
    }
    line = token;
    line_width = w;
    started = true;
  }
  lines.push_back(std::move(line));
}

// Wraps `text` as `wrap` does, with `first_width` columns on its first line
// (after a lead when `after_lead`) and `rest_width` on the others.
std::vector<std::string>
wrap_text(std::string_view text, std::size_t first_width, std::size_t rest_width, bool after_lead)
{
  std::vector<std::string> lines;
  const auto parts = paragraphs(text);
  for (std::size_t p = 0; p < parts.size(); ++p) {
    if (p > 0) {
      lines.emplace_back();
    }
    for (const auto& line : split(parts[p], '\n')) {
      std::vector<std::string> words;
      for (auto& word : split(line, ' ')) {
        if (!word.empty()) {
          words.push_back(std::move(word));
        }
      }
      wrap_tokens(lines, words, first_width, rest_width, after_lead);
    }
  }
  if (lines.empty()) {
    lines.emplace_back();
  }
  return lines;
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
  return wrap_text(text, width, width, false);
}

namespace {

// How hang_wrap lays a text out after a lead of `hang` columns (the indent
// and the lead) in `width` columns.
struct Hang
{
  std::size_t first_width;
  std::size_t rest_indent;
  std::size_t rest_width;
};

Hang
hang_for(std::size_t indent, std::size_t hang, std::size_t width)
{
  // Lines after the first hang under the text when that leaves room enough;
  // otherwise they go back to a little past the indent.
  const std::size_t rest_indent = width >= hang + k_min_room ? hang : std::min(hang, indent + 4);
  return {width > hang ? width - hang : 0,
          rest_indent,
          std::max<std::size_t>(width > rest_indent ? width - rest_indent : 1, 8)};
}

// Returns the indent of a line of `line_width` columns that should start at
// `indent` in `width` columns, for a text whose first line is indented by
// `base`: less when the line is a word too long for it (alone on it), so it
// ends at `width`, or at most `base` + 4 when even that is too wide.
std::size_t
indent_for(std::size_t line_width, std::size_t indent, std::size_t base, std::size_t width)
{
  if (indent + line_width <= width) {
    return indent;
  }
  const std::size_t shallow = std::min(indent, base + 4);
  return line_width <= width ? std::max(width - line_width, std::min(base, indent)) : shallow;
}

// Writes `lines` after `indent` spaces and `lead` (the first line) or the
// hanging indent (the others), in `width` columns; an empty first line is
// the lead alone, and an empty line after it (between paragraphs) has no
// spaces.
std::string
hang_lines(const std::vector<std::string>& lines,
           std::size_t indent,
           std::string_view lead,
           std::size_t rest_indent,
           std::size_t width)
{
  std::string out;
  bool first = true;
  for (const auto& line : lines) {
    const std::size_t line_width = display_width(line);
    if (first && !lead.empty()) {
      std::string head = std::string(indent, ' ') + std::string(lead);
      out += line.empty() ? std::string(trim_end(head)) : head;
    } else if (!line.empty()) {
      out.append(indent_for(line_width, first ? indent : rest_indent, indent, width), ' ');
    }
    out += line;
    out += '\n';
    first = false;
  }
  return out;
}

} // namespace

std::string
hang_wrap(std::string_view text, std::size_t indent, std::size_t width, std::string_view lead)
{
  const std::string safe_lead = for_terminal_line(lead);
  const Hang h = hang_for(indent, indent + display_width(safe_lead), width);
  return hang_lines(wrap_text(for_terminal(text), h.first_width, h.rest_width, !safe_lead.empty()),
                    indent,
                    safe_lead,
                    h.rest_indent,
                    width);
}

std::string
hang_wrap_parts(std::span<const std::string> parts,
                std::string_view separator,
                std::size_t indent,
                std::size_t width,
                std::string_view lead)
{
  const std::string safe_lead = for_terminal_line(lead);
  const Hang h = hang_for(indent, indent + display_width(safe_lead), width);
  // The separator's text stays with the part before it; the line may break
  // at its trailing space. A part that fits a line is one token.
  const std::string_view glue = trim_end(separator);
  std::vector<std::string> tokens;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    std::string part = for_terminal_line(parts[i]);
    if (i + 1 < parts.size()) {
      part += glue;
    }
    if (display_width(part) <= h.rest_width) {
      tokens.push_back(std::move(part));
      continue;
    }
    for (auto& word : split(part, ' ')) {
      if (!word.empty()) {
        tokens.push_back(std::move(word));
      }
    }
  }
  std::vector<std::string> lines;
  wrap_tokens(lines, tokens, h.first_width, h.rest_width, !safe_lead.empty());
  return hang_lines(lines, indent, safe_lead, h.rest_indent, width);
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
