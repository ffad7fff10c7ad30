#include <ftsu/core/schema.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <charconv>
#include <cmath>

namespace ftsu::core::schema {

namespace {

std::string
shown(std::string_view text)
{
  return util::for_terminal(text.size() > 60 ? std::string(text.substr(0, 60)) + "..."
                                             : std::string(text));
}

std::string
slug_message(std::string_view what, std::string_view value)
{
  return fmt::format("{} '{}' is not a valid id; use 1 to 64 lowercase letters, digits, '.', '_' "
                     "or '-', starting with a letter or digit",
                     what,
                     shown(value));
}

} // namespace

bool
is_extension_key(std::string_view key)
{
  return key.starts_with("x-");
}

std::optional<double>
parse_number(std::string_view text)
{
  if (text.empty()) {
    return std::nullopt;
  }
  std::size_t pos = 0;
  if (text[pos] == '+' || text[pos] == '-') {
    ++pos;
  }
  const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  const std::size_t int_start = pos;
  while (pos < text.size() && is_digit(text[pos])) {
    ++pos;
  }
  bool has_digits = pos > int_start;
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    const std::size_t frac_start = pos;
    while (pos < text.size() && is_digit(text[pos])) {
      ++pos;
    }
    has_digits = has_digits || pos > frac_start;
  }
  if (!has_digits) {
    return std::nullopt;
  }
  if (pos < text.size() && (text[pos] == 'e' || text[pos] == 'E')) {
    ++pos;
    if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
      ++pos;
    }
    const std::size_t exp_start = pos;
    while (pos < text.size() && is_digit(text[pos])) {
      ++pos;
    }
    if (pos == exp_start) {
      return std::nullopt;
    }
  }
  if (pos != text.size()) {
    return std::nullopt;
  }
  std::string_view digits = text;
  if (digits.front() == '+') {
    digits.remove_prefix(1);
  }
  double value = 0;
  const auto result = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (result.ec != std::errc() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

bool
expect_mapping(const yaml::Node& node, std::string_view what, DiagnosticSink& sink)
{
  if (node.is_mapping()) {
    return true;
  }
  sink.error(node.mark,
             fmt::format(
                 "{} must be a mapping of 'key: value' lines, not {}", what, yaml::describe(node)));
  return false;
}

std::optional<std::string>
scalar_text(const yaml::Node& node, std::string_view what, DiagnosticSink& sink)
{
  if (node.is_null()) {
    return std::nullopt;
  }
  if (!node.is_scalar()) {
    sink.error(node.mark, fmt::format("{} must be text, not {}", what, yaml::describe(node)));
    return std::nullopt;
  }
  return node.text;
}

std::optional<std::string>
scalar_slug(const yaml::Node& node, std::string_view what, DiagnosticSink& sink)
{
  auto text = scalar_text(node, what, sink);
  if (text && !util::is_slug(*text)) {
    sink.error(node.mark, slug_message(what, *text));
    return std::nullopt;
  }
  return text;
}

Fields::Fields(const yaml::Node& map,
               std::string context,
               DiagnosticSink& sink,
               std::initializer_list<std::string_view> known)
    : m_map(map)
    , m_context(std::move(context))
    , m_sink(sink)
{
  for (const auto& entry : map.entries) {
    const std::string& key = entry.key.text;
    if (is_extension_key(key)) {
      continue;
    }
    bool found = false;
    for (const auto k : known) {
      found = found || k == key;
    }
    if (found) {
      continue;
    }
    const std::vector<std::string> candidates(known.begin(), known.end());
    if (const auto suggestion = util::closest_match(key, candidates)) {
      m_sink.error(
          entry.key.mark,
          fmt::format(
              "unknown key '{}' in {}; did you mean '{}'?", shown(key), m_context, *suggestion));
    } else {
      m_sink.error(entry.key.mark,
                   fmt::format("unknown key '{}' in {}; expected one of: {} (or an 'x-' "
                               "extension key)",
                               shown(key),
                               m_context,
                               util::join(candidates, ", ")));
    }
  }
}

const yaml::Node*
Fields::get(std::string_view key) const
{
  const yaml::Node* node = m_map.find(key);
  return node == nullptr || node->is_null() ? nullptr : node;
}

bool
Fields::has(std::string_view key) const
{
  return m_map.find(key) != nullptr;
}

Mark
Fields::mark_of(std::string_view key) const
{
  const yaml::Node* node = m_map.find(key);
  return node != nullptr ? node->mark : m_map.mark;
}

void
Fields::missing(std::string_view key, std::string_view what) const
{
  if (has(key)) {
    m_sink.error(mark_of(key),
                 fmt::format("'{}' in {} is empty; it needs {}", key, m_context, what));
  } else {
    m_sink.error(m_map.mark, fmt::format("{} has no '{}'; it needs {}", m_context, key, what));
  }
}

std::optional<std::string>
Fields::text(std::string_view key, Need need) const
{
  const yaml::Node* node = get(key);
  if (node == nullptr) {
    if (need == Need::required) {
      missing(key, "some text");
    }
    return std::nullopt;
  }
  auto value = scalar_text(*node, fmt::format("'{}' in {}", key, m_context), m_sink);
  if (value && need == Need::required && util::trim(*value).empty()) {
    m_sink.error(node->mark,
                 fmt::format("'{}' in {} is empty; it needs some text", key, m_context));
    return std::nullopt;
  }
  return value;
}

std::optional<std::string>
Fields::slug(std::string_view key, Need need) const
{
  const yaml::Node* node = get(key);
  if (node == nullptr) {
    if (need == Need::required) {
      missing(key, "an id (lowercase letters, digits, '.', '_' or '-')");
    }
    return std::nullopt;
  }
  return scalar_slug(*node, fmt::format("'{}'", key), m_sink);
}

std::optional<double>
Fields::number(std::string_view key) const
{
  const yaml::Node* node = get(key);
  if (node == nullptr) {
    return std::nullopt;
  }
  if (node->is_scalar() && !node->quoted) {
    if (const auto value = parse_number(node->text)) {
      return value;
    }
  }
  m_sink.error(node->mark,
               fmt::format("'{}' in {} must be a number (such as 1 or 0.5), not {}{}",
                           key,
                           m_context,
                           yaml::describe(*node),
                           node->quoted ? " in quotes" : ""));
  return std::nullopt;
}

std::optional<bool>
Fields::boolean(std::string_view key) const
{
  const yaml::Node* node = get(key);
  if (node == nullptr) {
    return std::nullopt;
  }
  if (node->is_scalar() && !node->quoted) {
    const std::string lower = util::to_lower(node->text);
    if (lower == "true") {
      return true;
    }
    if (lower == "false") {
      return false;
    }
  }
  m_sink.error(
      node->mark,
      fmt::format(
          "'{}' in {} must be true or false, not {}", key, m_context, yaml::describe(*node)));
  return std::nullopt;
}

std::optional<util::Date>
Fields::date(std::string_view key) const
{
  const yaml::Node* node = get(key);
  if (node == nullptr) {
    return std::nullopt;
  }
  if (node->is_scalar()) {
    if (const auto date = util::parse_date(util::trim(node->text))) {
      return date;
    }
  }
  m_sink.error(node->mark,
               fmt::format("'{}' in {} must be a real date written YYYY-MM-DD, not {}",
                           key,
                           m_context,
                           yaml::describe(*node)));
  return std::nullopt;
}

const yaml::Node*
Fields::list(std::string_view key, Need need) const
{
  const yaml::Node* node = get(key);
  if (node == nullptr) {
    if (need == Need::required) {
      missing(key, "a list");
    }
    return nullptr;
  }
  if (!node->is_sequence()) {
    m_sink.error(node->mark,
                 fmt::format("'{}' in {} must be a list (lines starting with '- ', "
                             "or [a, b]), not {}",
                             key,
                             m_context,
                             yaml::describe(*node)));
    return nullptr;
  }
  return node;
}

std::vector<std::string>
Fields::text_list(std::string_view key) const
{
  std::vector<std::string> out;
  const yaml::Node* node = list(key);
  if (node == nullptr) {
    return out;
  }
  const std::string what = fmt::format("each entry of '{}' in {}", key, m_context);
  for (const auto& item : node->items) {
    if (item.is_null()) {
      m_sink.error(item.mark, fmt::format("{} needs some text; this one is empty", what));
    } else if (auto text = scalar_text(item, what, m_sink)) {
      out.push_back(std::move(*text));
    }
  }
  return out;
}

std::vector<std::string>
Fields::slug_list(std::string_view key) const
{
  std::vector<std::string> out;
  const yaml::Node* node = list(key);
  if (node == nullptr) {
    return out;
  }
  const std::string what = fmt::format("entry of '{}'", key);
  for (const auto& item : node->items) {
    if (item.is_null()) {
      m_sink.error(item.mark, fmt::format("an {} in {} is empty", what, m_context));
    } else if (auto slug = scalar_slug(item, what, m_sink)) {
      out.push_back(std::move(*slug));
    }
  }
  return out;
}

} // namespace ftsu::core::schema
