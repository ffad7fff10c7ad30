#include <ftsu/core/response.hpp>
#include <ftsu/core/yaml.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>
#include <unordered_set>

// Reading a response workbook's sheets (or a CSV's rows) back into an
// answers file, with every problem named by its cell.
namespace ftsu::core {

namespace {

// The keys of an entry's "Other fields" cell that the answers loader reads
// as written under the item: accepted findings and the action's record.
constexpr std::array<std::string_view, 5> k_response_entry_yaml_keys{"publish_ok",
                                                                     "progress_notes",
                                                                     "completed_on",
                                                                     "dropped_reason",
                                                                     "due_history"};

// Returns `text` with Windows line ends made plain.
std::string
plain_lines(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      continue;
    }
    out += text[i];
  }
  return out;
}

// Returns a header as compared: trimmed, lower case, spaces as underscores.
std::string
header_key(std::string_view text)
{
  std::string key = util::to_lower(util::trim(text));
  std::replace(key.begin(), key.end(), ' ', '_');
  return key;
}

std::optional<ResponseColumn>
column_for(std::string_view header)
{
  const std::string key = header_key(header);
  if (key == "evidence_from") {
    return ResponseColumn::evidence_from;
  }
  for (const auto& info : k_response_columns) {
    if (header_key(info.header) == key) {
      return info.column;
    }
  }
  return std::nullopt;
}

std::string_view
cell(const ResponseTable& table, std::size_t row, std::size_t col)
{
  if (row >= table.cells.size() || col >= table.cells[row].size()) {
    return {};
  }
  return table.cells[row][col];
}

// The first sheet's details, by field.
std::map<ResponseField, std::string>
details_of(const ResponseTable& first)
{
  std::map<ResponseField, std::string> details;
  bool in_details = false;
  for (std::size_t row = 0; row < first.cells.size(); ++row) {
    const std::string_view label = util::trim(cell(first, row, 0));
    if (label == k_response_details_label) {
      in_details = true;
      continue;
    }
    if (!in_details) {
      continue;
    }
    for (const auto& info : k_response_fields) {
      if (label == info.label) {
        details[info.field] = std::string(cell(first, row, 1));
      }
    }
  }
  return details;
}

std::optional<std::string>
present(std::string_view text)
{
  const std::string_view trimmed = util::trim(text);
  return trimmed.empty() ? std::nullopt : std::optional<std::string>(trimmed);
}

// One sheet's reading: where its cells are and what is wrong with them.
class ItemsReader
{
public:
  ItemsReader(const ResponseTable& table, const Checklist& checklist, DiagnosticSink& sink)
      : m_table(table)
      , m_checklist(checklist)
      , m_sink(sink)
  {
  }

  std::vector<AnswerEntry>
  read(const std::optional<std::string>& profile)
  {
    if (!find_header()) {
      m_sink.error({},
                   fmt::format("{}: no header row with the columns Id and Answer (the first row of "
                               "the Items sheet of a response workbook)",
                               m_table.sheet.empty() ? "the file" : m_table.sheet));
      return {};
    }
    std::map<std::string, AnswerEntry> entries;
    for (std::size_t row = m_header + 1; row < m_table.cells.size(); ++row) {
      read_row(row, entries);
    }
    std::vector<AnswerEntry> ordered;
    for (const auto& id : m_checklist.item_ids()) {
      const auto found = entries.find(id);
      if (found != entries.end()) {
        ordered.push_back(std::move(found->second));
      } else if (m_checklist.find_item(id)->applies_to(profile)) {
        m_sink.error({},
                     fmt::format("{}: item '{}' has no row (deleted?); put its row back, blank "
                                 "if it is not answered",
                                 sheet_name(),
                                 id));
      }
    }
    return ordered;
  }

private:
  std::string
  sheet_name() const
  {
    return m_table.sheet.empty() ? "the file" : m_table.sheet;
  }

  std::string
  where(std::size_t row, ResponseColumn column, std::string_view id) const
  {
    const std::string name = cell_name(row, m_columns.at(column));
    const std::string sheet = m_table.sheet.empty() ? name : m_table.sheet + "!" + name;
    return id.empty() ? sheet : fmt::format("{} ({})", sheet, util::for_terminal_line(id));
  }

  bool
  find_header()
  {
    for (std::size_t row = 0; row < m_table.cells.size() && row < 20; ++row) {
      std::map<ResponseColumn, std::size_t> columns;
      for (std::size_t col = 0; col < m_table.cells[row].size(); ++col) {
        if (const auto column = column_for(m_table.cells[row][col])) {
          columns.emplace(*column, col);
        }
      }
      if (columns.contains(ResponseColumn::id) && columns.contains(ResponseColumn::answer)) {
        m_columns = std::move(columns);
        m_header = row;
        return true;
      }
    }
    return false;
  }

  std::string_view
  value(std::size_t row, ResponseColumn column) const
  {
    const auto found = m_columns.find(column);
    return found == m_columns.end() ? std::string_view() : cell(m_table, row, found->second);
  }

  bool
  blank_row(std::size_t row) const
  {
    return std::all_of(m_columns.begin(), m_columns.end(), [&](const auto& column) {
      return util::trim(cell(m_table, row, column.second)).empty();
    });
  }

  void
  read_row(std::size_t row, std::map<std::string, AnswerEntry>& entries)
  {
    const std::string id(util::trim(value(row, ResponseColumn::id)));
    if (id.empty()) {
      if (!blank_row(row)) {
        m_sink.error({},
                     fmt::format("{}: a row without an item id (added?); answers go in the row "
                                 "of their item",
                                 where(row, ResponseColumn::id, "")));
      }
      return;
    }
    if (m_checklist.find_item(id) == nullptr) {
      m_sink.error({},
                   fmt::format("{}: '{}' is not an item of checklist {} {} (a row added, or its "
                               "id changed?)",
                               where(row, ResponseColumn::id, ""),
                               util::for_terminal_line(id),
                               m_checklist.id,
                               m_checklist.version));
      return;
    }
    if (entries.contains(id)) {
      m_sink.error({},
                   fmt::format("{}: item '{}' has a second row; keep one",
                               where(row, ResponseColumn::id, ""),
                               id));
      return;
    }
    entries.emplace(id, read_entry(row, id));
  }

  AnswerEntry
  read_entry(std::size_t row, const std::string& id)
  {
    AnswerEntry entry;
    entry.item_id = id;
    entry.answer = answer(row, id);
    const auto text = [&](ResponseColumn column) -> util::OptionalText {
      const std::string_view raw = value(row, column);
      return util::trim(raw).empty() ? util::OptionalText() : util::OptionalText(plain_lines(raw));
    };
    entry.evidence = text(ResponseColumn::evidence);
    entry.evidence_from = text(ResponseColumn::evidence_from);
    entry.action = text(ResponseColumn::action);
    entry.owner = text(ResponseColumn::owner);
    entry.progress = text(ResponseColumn::progress);
    entry.note = text(ResponseColumn::note);
    if (const auto due = present(value(row, ResponseColumn::due))) {
      entry.due = parse_response_date(*due, !m_table.csv);
      if (!entry.due) {
        m_sink.error({},
                     fmt::format("{}: '{}' is not a date (type one as 31/03/2027, 2027-03-31 or "
                                 "31-Mar-2027)",
                                 where(row, ResponseColumn::due, id),
                                 util::for_terminal_line(*due)));
      }
    }
    if (const auto status = present(value(row, ResponseColumn::status))) {
      entry.status = parse_action_status(util::to_lower(*status));
      if (!entry.status) {
        m_sink.error({},
                     fmt::format("{}: '{}' is not one of {}",
                                 where(row, ResponseColumn::status, id),
                                 util::for_terminal_line(*status),
                                 util::join(action_status_keys(), ", ")));
      }
    }
    if (const auto other = present(value(row, ResponseColumn::other))) {
      read_other(plain_lines(*other), where(row, ResponseColumn::other, id), entry);
    }
    if (entry.status == ActionStatus::dropped
        && (!entry.dropped_reason || util::trim(*entry.dropped_reason).empty())) {
      m_sink.error({},
                   fmt::format("{}: a dropped action needs its reason: write 'dropped_reason: "
                               "WHY' in the Other fields column",
                               where(row, ResponseColumn::status, id)));
    }
    return entry;
  }

  std::optional<std::string>
  answer(std::size_t row, const std::string& id)
  {
    const auto text = present(value(row, ResponseColumn::answer));
    if (!text) {
      return std::nullopt;
    }
    const std::string lower = util::to_lower(*text);
    std::vector<std::string> labels;
    for (const auto& option : m_checklist.scale) {
      if (util::to_lower(option.label) == lower || option.key == lower) {
        return option.key;
      }
      labels.push_back(option.label);
    }
    m_sink.error({},
                 fmt::format("{}: '{}' is not one of {}",
                             where(row, ResponseColumn::answer, id),
                             util::for_terminal_line(*text),
                             util::join(labels, ", ")));
    return std::nullopt;
  }

  // Reads an entry's other fields: `unfinished: true` and `x-` keys.
  void
  read_other(const std::string& text, const std::string& at, AnswerEntry& entry)
  {
    DiagnosticSink yaml_sink(at);
    auto node = yaml::parse(text, yaml_sink);
    if (!node || !node->is_mapping()) {
      m_sink.error({}, fmt::format("{}: not YAML lines of 'x-key: value'", at));
      return;
    }
    for (auto& e : node->entries) {
      if (e.key.text == "unfinished" && e.value.is_scalar() && e.value.text == "true") {
        entry.unfinished = true;
      } else if (std::ranges::find(k_response_entry_yaml_keys, e.key.text)
                 != k_response_entry_yaml_keys.end()) {
        // Read by the answers loader, from the YAML as written under the item.
        std::string doc = "format: ftsu-gap/answers/v1\nchecklist: x\nchecklist_version: "
                          "\"0\"\nanswers:\n  item:\n";
        for (const std::string& line : util::split(text, '\n')) {
          doc += "    " + line + "\n";
        }
        DiagnosticSink sub(at);
        if (auto loaded = load_answers(doc, sub);
            loaded && !loaded->answers.empty() && !sub.has_errors()) {
          AnswerEntry& read = loaded->answers.front();
          entry.publish_ok = std::move(read.publish_ok);
          entry.progress_notes = std::move(read.progress_notes);
          entry.completed_on = read.completed_on;
          entry.dropped_reason = std::move(read.dropped_reason);
          entry.due_history = std::move(read.due_history);
        } else {
          m_sink.error({},
                       fmt::format("{}: '{}' is not written as in an answers file",
                                   at,
                                   util::for_terminal_line(e.key.text)));
        }
      } else if (e.key.text.starts_with("x-")) {
        entry.extensions.push_back({e.key.text, std::move(e.value)});
      } else {
        m_sink.error({},
                     fmt::format("{}: '{}' is not a key this column takes (x- keys, "
                                 "'unfinished: true', publish_ok and the action's record)",
                                 at,
                                 util::for_terminal_line(e.key.text)));
      }
    }
  }

  const ResponseTable& m_table;
  const Checklist& m_checklist;
  DiagnosticSink& m_sink;
  std::map<ResponseColumn, std::size_t> m_columns;
  std::size_t m_header = 0;
};

// Reads the first sheet's other fields into `answers`'s extensions.
void
read_top_other(const std::string& text, AnswersFile& answers, DiagnosticSink& sink)
{
  const std::string at = fmt::format("{}: {}", k_response_first_sheet, "Other fields (YAML)");
  DiagnosticSink yaml_sink(at);
  auto node = yaml::parse(plain_lines(text), yaml_sink);
  if (!node || !node->is_mapping()) {
    sink.error({}, fmt::format("{}: not YAML lines of 'x-key: value'", at));
    return;
  }
  bool extras = false;
  bool has_answers = false;
  for (auto& e : node->entries) {
    if (e.key.text == "cover" || e.key.text == "publish_ok") {
      extras = true;
    } else if (e.key.text.starts_with("x-")) {
      answers.extensions.push_back({e.key.text, std::move(e.value)});
    } else if (e.key.text == "answers" && e.value.is_mapping()) {
      has_answers = true;
      for (auto& inner : e.value.entries) {
        answers.answers_extensions.push_back({inner.key.text, std::move(inner.value)});
      }
    } else {
      sink.error({}, fmt::format("{}: '{}' is not an x- key", at, e.key.text));
    }
  }
  if (extras) {
    // The cover sheet and accepted findings, read by the answers loader
    // from the YAML as written at the top of an answers file.
    std::string doc = "format: ftsu-gap/answers/v1\nchecklist: x\nchecklist_version: \"0\"\n"
                      + plain_lines(text) + "\n" + (has_answers ? "" : "answers: {}\n");
    DiagnosticSink sub(at);
    if (auto loaded = load_answers(doc, sub)) {
      answers.cover = std::move(loaded->cover);
      answers.publish_ok = std::move(loaded->publish_ok);
    } else {
      sink.error({},
                 fmt::format("{}: 'cover' or 'publish_ok' is not as an answers file holds it", at));
    }
  }
}

void
read_header(const std::map<ResponseField, std::string>& details,
            const Checklist& checklist,
            const ResponseOverrides& overrides,
            AnswersFile& answers,
            DiagnosticSink& sink)
{
  const auto detail = [&](ResponseField field) -> std::optional<std::string> {
    const auto found = details.find(field);
    return found == details.end() ? std::nullopt : present(found->second);
  };
  answers.checklist = checklist.id;
  answers.checklist_version = detail(ResponseField::checklist_version).value_or(checklist.version);
  answers.organisation =
      overrides.organisation ? overrides.organisation : detail(ResponseField::organisation);
  answers.period = overrides.period ? overrides.period : detail(ResponseField::period);
  answers.profile = overrides.profile ? overrides.profile : detail(ResponseField::profile);
  answers.respondent =
      overrides.respondent ? overrides.respondent : detail(ResponseField::respondent);
  if (answers.profile && checklist.find_profile(*answers.profile) == nullptr) {
    sink.error({},
               fmt::format("{}: profile '{}' is not one of {}",
                           k_response_first_sheet,
                           util::for_terminal_line(*answers.profile),
                           checklist.profiles.empty()
                               ? std::string("this checklist's (it has none)")
                               : util::join(checklist.profile_keys(), ", ")));
  }
  if (const auto on = detail(ResponseField::assessed_on)) {
    answers.assessed_on = parse_response_date(*on, true);
    if (!answers.assessed_on) {
      sink.error({},
                 fmt::format("{}: Assessed on: '{}' is not a date",
                             k_response_first_sheet,
                             util::for_terminal_line(*on)));
    }
  }
  if (const auto assessors = detail(ResponseField::assessors)) {
    for (const auto& line : util::split(plain_lines(*assessors), '\n')) {
      if (const auto name = present(line)) {
        answers.assessors.push_back(*name);
      }
    }
  }
  if (const auto other = detail(ResponseField::other)) {
    read_top_other(*other, answers, sink);
  }
}

} // namespace

std::pair<std::string, std::string>
response_checklist(const ResponseTable& first)
{
  auto details = details_of(first);
  return {std::string(util::trim(details[ResponseField::checklist])),
          std::string(util::trim(details[ResponseField::checklist_version]))};
}

AnswersFile
read_response(const ResponseTable& first,
              const ResponseTable& items,
              const Checklist& checklist,
              const ResponseOverrides& overrides,
              DiagnosticSink& sink)
{
  AnswersFile answers;
  read_header(details_of(first), checklist, overrides, answers, sink);
  ItemsReader reader(items, checklist, sink);
  answers.answers = reader.read(answers.profile);
  return answers;
}

namespace {

bool
holds_anything(const AnswerEntry& e)
{
  return e.answer || e.evidence || e.evidence_from || e.action || e.owner || e.due
         || e.has_action_record() || e.note || e.unfinished || !e.publish_ok.empty()
         || !e.extensions.empty();
}

} // namespace

AnswersFile
update_answers(const AnswersFile& existing,
               const AnswersFile& imported,
               std::vector<std::string>& changes)
{
  AnswersFile merged = existing;
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < merged.answers.size(); ++i) {
    index.emplace(merged.answers[i].item_id, i);
  }
  for (const auto& entry : imported.answers) {
    if (!holds_anything(entry)) {
      continue;
    }
    const auto found = index.find(entry.item_id);
    if (found == index.end()) {
      merged.answers.push_back(entry);
      continue;
    }
    AnswerEntry& old = merged.answers[found->second];
    if (old.answer && old.answer != entry.answer) {
      changes.push_back(fmt::format(
          "{}: {} -> {}", entry.item_id, *old.answer, entry.answer.value_or("(no answer)")));
    }
    const bool long_form = old.long_form;
    // The guardian's private note is never in a workbook: the file keeps it.
    util::OptionalText private_note = std::move(old.private_note);
    old = entry;
    old.long_form = long_form;
    old.private_note = std::move(private_note);
  }
  return merged;
}

} // namespace ftsu::core
