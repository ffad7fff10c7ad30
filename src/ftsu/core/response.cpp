#include <ftsu/core/answers_writer.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/core/response.hpp>
#include <ftsu/core/yaml.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <unordered_map>
#include <unordered_set>

namespace ftsu::core {

namespace {

// Returns `list` as YAML lines (`key: value`), empty when there is none.
std::string
extensions_text(const std::vector<Extension>& list)
{
  std::string out;
  for (const auto& ext : list) {
    out += yaml::key(ext.key, 0);
    yaml::emit_value(ext.value, 0, out);
  }
  return out;
}

// Returns the text of an entry's fields that have no column of their own.
std::string
other_text(const AnswerEntry& entry)
{
  std::string out = entry.unfinished ? "unfinished: true\n" : "";
  out += entry_extras_yaml(entry);
  out += extensions_text(entry.extensions);
  if (!out.empty() && out.back() == '\n') {
    out.pop_back();
  }
  return out;
}

// Returns the label of the scale option `key`, or the key when none has it.
std::string
answer_label(const Checklist& checklist, const std::optional<std::string>& key)
{
  if (!key) {
    return {};
  }
  const ScaleOption* option = checklist.find_option(*key);
  return option != nullptr ? option->label : *key;
}

std::string
text_of(const util::OptionalText& text)
{
  const std::optional<std::string> value = text;
  return value.value_or("");
}

ResponseRow
row_for(const Section& section,
        const Item& item,
        const AnswerEntry* entry,
        const Checklist& checklist)
{
  ResponseRow row;
  row.cells.resize(std::size(k_response_columns));
  auto set = [&row](ResponseColumn column, std::string text) {
    row.cells[column_index(column)] = std::move(text);
  };
  set(ResponseColumn::section, section.title);
  set(ResponseColumn::id, item.id);
  set(ResponseColumn::statement, item.text);
  set(ResponseColumn::guidance, item.guidance.value_or(""));
  if (entry == nullptr) {
    return row;
  }
  set(ResponseColumn::answer, answer_label(checklist, entry->answer));
  set(ResponseColumn::evidence, text_of(entry->evidence));
  set(ResponseColumn::evidence_from, text_of(entry->evidence_from));
  set(ResponseColumn::action, text_of(entry->action));
  set(ResponseColumn::owner, text_of(entry->owner));
  row.due = entry->due;
  set(ResponseColumn::status, entry->status ? std::string(to_string(*entry->status)) : "");
  set(ResponseColumn::progress, text_of(entry->progress));
  set(ResponseColumn::note, text_of(entry->note));
  set(ResponseColumn::other, other_text(*entry));
  return row;
}

} // namespace

ResponseContent
response_content(const AnswersFile& answers, const Checklist& checklist)
{
  if (answers.merged()) {
    throw Error(ExitCode::invalid_input,
                "a merged file holds several respondents' answers; export each respondent's own "
                "file (init --respondent) instead");
  }
  ResponseContent content;
  std::string top = header_extras_yaml(answers) + extensions_text(answers.extensions);
  if (!answers.answers_extensions.empty()) {
    top += "answers:\n";
    for (const auto& ext : answers.answers_extensions) {
      top += "  " + yaml::key(ext.key, 2);
      yaml::emit_value(ext.value, 2, top);
    }
  }
  if (!top.empty()) {
    top.pop_back();
  }
  const auto value = [&](ResponseField field) -> std::string {
    switch (field) {
    case ResponseField::respondent:
      return answers.respondent.value_or("");
    case ResponseField::organisation:
      return answers.organisation.value_or("");
    case ResponseField::period:
      return answers.period.value_or("");
    case ResponseField::profile:
      return answers.profile.value_or("");
    case ResponseField::checklist:
      return answers.checklist;
    case ResponseField::checklist_version:
      return answers.checklist_version;
    case ResponseField::assessed_on:
      return answers.assessed_on ? util::to_string(*answers.assessed_on) : "";
    case ResponseField::assessors:
      return util::join(answers.assessors, "\n");
    case ResponseField::other:
      return top;
    }
    return {};
  };
  for (const auto& info : k_response_fields) {
    content.details.emplace_back(info.label, value(info.field));
  }
  const auto matched = match_answers(answers, checklist);
  for (const auto& section : checklist.sections) {
    for (const auto& item : section.items) {
      if (!item.applies_to(answers.profile)) {
        continue;
      }
      const auto found = matched.find(item.id);
      const AnswerEntry* entry = found == matched.end() ? nullptr : &answers.answers[found->second];
      content.rows.push_back(row_for(section, item, entry, checklist));
    }
  }
  return content;
}

std::string
cell_name(std::size_t row, std::size_t col)
{
  std::string letters;
  std::size_t n = col + 1;
  while (n > 0) {
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    n = (n - 1) / 26;
  }
  return fmt::format("{}{}", letters, row + 1);
}

namespace {

std::optional<int>
whole_number(std::string_view text)
{
  int value = 0;
  const auto* end = text.data() + text.size();
  const auto [ptr, error] = std::from_chars(text.data(), end, value);
  if (text.empty() || error != std::errc() || ptr != end) {
    return std::nullopt;
  }
  return value;
}

// Parses 31-Mar-2027, 31 Mar 2027 or 31 March 2027.
std::optional<util::Date>
parse_named_month(std::string_view text)
{
  const auto first = text.find_first_of(" -");
  const auto last = text.find_last_of(" -");
  if (first == std::string_view::npos || first == last) {
    return std::nullopt;
  }
  const auto day = whole_number(text.substr(0, first));
  const auto year = whole_number(text.substr(last + 1));
  const std::string month = util::to_lower(text.substr(first + 1, last - first - 1));
  if (!day || !year || month.size() < 3 || text.substr(last + 1).size() != 4) {
    return std::nullopt;
  }
  for (std::size_t m = 0; m < util::month_names().size(); ++m) {
    const std::string full = util::to_lower(util::month_names()[m]);
    if (month == full.substr(0, 3) || month == full || (m == 8 && month == "sept")) {
      return util::parse_date(fmt::format("{:04}-{:02}-{:02}", *year, m + 1, *day));
    }
  }
  return std::nullopt;
}

// Parses an Excel date serial (days since 1899-12-30, as Excel counts past
// its 1900 leap-year bug): a whole number, or one with a time of day.
std::optional<util::Date>
parse_serial(std::string_view text)
{
  const auto dot = text.find('.');
  const auto whole = whole_number(text.substr(0, dot));
  if (!whole || *whole < 61 || *whole > 2958465) {
    return std::nullopt;
  }
  if (dot != std::string_view::npos
      && !std::all_of(text.begin() + static_cast<std::ptrdiff_t>(dot) + 1, text.end(), [](char c) {
           return c >= '0' && c <= '9';
         })) {
    return std::nullopt;
  }
  using namespace std::chrono;
  const sys_days epoch = year{1899} / December / day{30};
  const year_month_day date{epoch + days{*whole}};
  return util::Date{static_cast<int>(date.year()),
                    static_cast<int>(static_cast<unsigned>(date.month())),
                    static_cast<int>(static_cast<unsigned>(date.day()))};
}

} // namespace

std::optional<util::Date>
parse_response_date(std::string_view text, bool serials)
{
  text = util::trim(text);
  if (const auto typed = util::parse_typed_date(text)) {
    return typed;
  }
  // A spreadsheet's date and time (2027-03-31 00:00:00, 2027-03-31T00:00:00).
  if (text.size() > 10 && (text[10] == ' ' || text[10] == 'T')) {
    if (const auto date = util::parse_date(text.substr(0, 10))) {
      return date;
    }
  }
  if (const auto named = parse_named_month(text)) {
    return named;
  }
  return serials ? parse_serial(text) : std::nullopt;
}

} // namespace ftsu::core
