#include <ftsu/core/answers.hpp>
#include <ftsu/core/document.hpp>
#include <ftsu/core/publication.hpp>
#include <ftsu/core/schema.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace ftsu::core {

namespace {

using schema::Fields;
using schema::Need;

// Returns the `x-` entries of `map`: copied, or moved out of `owned` (the
// same mapping, when the loader owns the tree).
std::vector<Extension>
extensions_of(const yaml::Node& map, yaml::Node* owned = nullptr)
{
  std::vector<Extension> out;
  for (std::size_t i = 0; i < map.entries.size(); ++i) {
    const yaml::MapEntry& entry = map.entries[i];
    if (!schema::is_extension_key(entry.key.text)) {
      continue;
    }
    if (owned != nullptr) {
      out.push_back({entry.key.text, std::move(owned->entries[i].value)});
    } else {
      out.push_back({entry.key.text, entry.value});
    }
  }
  return out;
}

// Reads `publish_ok:` of `f`'s mapping: a list of {text, by}, both given.
std::vector<PublishOk>
read_publish_ok(const schema::Fields& f)
{
  std::vector<PublishOk> out;
  const yaml::Node* list = f.list("publish_ok");
  if (list == nullptr) {
    return out;
  }
  const std::string what = fmt::format("'publish_ok' in {}", f.context());
  for (const yaml::Node& node : list->items) {
    if (!schema::expect_mapping(node, fmt::format("an entry of {}", what), f.sink())) {
      continue;
    }
    const schema::Fields entry(node, fmt::format("an entry of {}", what), f.sink(), {"text", "by"});
    const auto text = entry.text("text", schema::Need::required);
    const auto by = entry.text("by", schema::Need::required);
    if (text && by) {
      out.push_back({*text, *by});
    }
  }
  return out;
}

// Reads a required date of an entry of a list; reports it when absent.
std::optional<util::Date>
required_date(const schema::Fields& entry, std::string_view key)
{
  auto date = entry.date(key);
  if (!date && !entry.has(key)) {
    entry.sink().error(
        entry.mark_of(key),
        fmt::format("{} needs '{}' (a date, such as 2027-03-31)", entry.context(), key));
  }
  return date;
}

// Reads `progress_notes:` of `f`'s mapping: a list of {date, note}, both given.
std::vector<ProgressNote>
read_progress_notes(const schema::Fields& f)
{
  std::vector<ProgressNote> out;
  const yaml::Node* list = f.list("progress_notes");
  if (list == nullptr) {
    return out;
  }
  const std::string what = fmt::format("an entry of 'progress_notes' in {}", f.context());
  out.reserve(list->items.size());
  for (const yaml::Node& node : list->items) {
    if (!schema::expect_mapping(node, what, f.sink())) {
      continue;
    }
    const schema::Fields entry(node, what, f.sink(), {"date", "note"});
    const auto on = required_date(entry, "date");
    const auto note = entry.text("note", schema::Need::required);
    if (on && note) {
      out.push_back({*on, *note});
    }
  }
  return out;
}

// Reads `due_history:` of `f`'s mapping: a list of {from, to, date, why}, all
// given.
std::vector<DueChange>
read_due_history(const schema::Fields& f)
{
  std::vector<DueChange> out;
  const yaml::Node* list = f.list("due_history");
  if (list == nullptr) {
    return out;
  }
  const std::string what = fmt::format("an entry of 'due_history' in {}", f.context());
  out.reserve(list->items.size());
  for (const yaml::Node& node : list->items) {
    if (!schema::expect_mapping(node, what, f.sink())) {
      continue;
    }
    const schema::Fields entry(node, what, f.sink(), {"from", "to", "date", "why"});
    const auto from = required_date(entry, "from");
    const auto to = required_date(entry, "to");
    const auto on = required_date(entry, "date");
    const auto why = entry.text("why", schema::Need::required);
    if (from && to && on && why) {
      out.push_back({*from, *to, *on, *why});
    }
  }
  return out;
}

// Whether an entry is an item's own or one respondent's inside it, which
// may not list respondents of its own.
enum class EntryLevel { item, respondent };

void read_entry_value(const yaml::Node& value,
                      const std::string& context,
                      EntryLevel level,
                      DiagnosticSink& sink,
                      AnswerEntry& answer);

// Reads an item's `respondents:` mapping (respondent name -> that person's
// entry, short or long form) into `answer.respondents`.
void
read_respondents(const yaml::Node& node, DiagnosticSink& sink, AnswerEntry& answer)
{
  const std::string what =
      fmt::format("'respondents' in the answer for '{}'", util::for_terminal(answer.item_id));
  if (!schema::expect_mapping(node, what, sink)) {
    return;
  }
  for (const auto& entry : node.entries) {
    RespondentEntry own;
    own.respondent = std::string(util::trim(entry.key.text));
    own.entry.item_id = answer.item_id;
    own.entry.mark = entry.key.mark;
    own.entry.answer_mark = entry.value.mark;
    if (own.respondent.empty()) {
      sink.error(entry.key.mark, fmt::format("{} has an empty respondent name", what));
      continue;
    }
    const std::string context = fmt::format("{}'s answer for '{}'",
                                            util::for_terminal(own.respondent),
                                            util::for_terminal(answer.item_id));
    read_entry_value(entry.value, context, EntryLevel::respondent, sink, own.entry);
    answer.respondents.push_back(std::move(own));
  }
}

void
read_entry(const yaml::MapEntry& entry, DiagnosticSink& sink, AnswerEntry& answer)
{
  answer.item_id = entry.key.text;
  answer.mark = entry.key.mark;
  answer.answer_mark = entry.value.mark;
  const std::string context =
      fmt::format("the answer for '{}'", util::for_terminal(entry.key.text));
  read_entry_value(entry.value, context, EntryLevel::item, sink, answer);
}

void
read_entry_value(const yaml::Node& value,
                 const std::string& context,
                 EntryLevel level,
                 DiagnosticSink& sink,
                 AnswerEntry& answer)
{
  if (value.is_null()) {
    return;
  }
  if (value.is_scalar()) {
    // An empty string ('' or "") is unanswered too, as an empty value is.
    if (!util::trim(value.text).empty()) {
      answer.answer = value.text;
    }
    return;
  }
  if (!value.is_mapping()) {
    sink.error(value.mark,
               fmt::format("{} must be a scale key (such as met) or a mapping with "
                           "'answer:', not {}",
                           context,
                           yaml::describe(value)));
    return;
  }
  answer.long_form = true;
  const Fields f(value,
                 context,
                 sink,
                 level == EntryLevel::item
                     ? std::initializer_list<std::string_view>{"answer",
                                                               "evidence",
                                                               "evidence_from",
                                                               "action",
                                                               "owner",
                                                               "due",
                                                               "status",
                                                               "progress",
                                                               "progress_notes",
                                                               "completed_on",
                                                               "dropped_reason",
                                                               "due_history",
                                                               "note",
                                                               "private_note",
                                                               "publish_ok",
                                                               "unfinished",
                                                               "respondents"}
                     : std::initializer_list<std::string_view>{"answer",
                                                               "evidence",
                                                               "evidence_from",
                                                               "action",
                                                               "owner",
                                                               "due",
                                                               "status",
                                                               "progress",
                                                               "progress_notes",
                                                               "completed_on",
                                                               "dropped_reason",
                                                               "due_history",
                                                               "note",
                                                               "private_note",
                                                               "publish_ok"});
  if (const yaml::Node* node = f.get("answer")) {
    answer.answer = schema::scalar_text(*node, fmt::format("'answer' in {}", context), sink);
    if (answer.answer && util::trim(*answer.answer).empty()) {
      answer.answer.reset();
    }
    answer.answer_mark = node->mark;
  }
  answer.evidence = f.text("evidence");
  answer.evidence_from = f.text("evidence_from");
  answer.action = f.text("action");
  answer.owner = f.text("owner");
  answer.due = f.date("due");
  if (const auto status = f.text("status")) {
    answer.status = parse_action_status(util::trim(*status));
    if (!answer.status) {
      std::string message = fmt::format("'status' in {} is '{}'; it must be one of {}",
                                        context,
                                        util::for_terminal(*status),
                                        util::join(action_status_keys(), ", "));
      if (const auto suggestion = util::closest_match(*status, action_status_keys())) {
        message += fmt::format(" (did you mean '{}'?)", *suggestion);
      }
      sink.error(f.mark_of("status"), message);
    }
  }
  answer.progress = f.text("progress");
  answer.progress_notes = read_progress_notes(f);
  answer.completed_on = f.date("completed_on");
  answer.dropped_reason = f.text("dropped_reason");
  answer.due_history = read_due_history(f);
  if (answer.status == ActionStatus::dropped
      && (!answer.dropped_reason || util::trim(*answer.dropped_reason).empty())) {
    sink.error(f.mark_of("status"),
               fmt::format("{} is dropped without a reason: give 'dropped_reason'", context));
  }
  answer.note = f.text("note");
  answer.private_note = f.text("private_note");
  answer.publish_ok = read_publish_ok(f);
  answer.unfinished = level == EntryLevel::item && f.boolean("unfinished").value_or(false);
  answer.extensions = extensions_of(value);
  if (const yaml::Node* node = f.get("respondents"); node != nullptr && level == EntryLevel::item) {
    read_respondents(*node, sink, answer);
  }
}

// Maps each id that some item `replaces` to those items, in checklist order.
std::unordered_map<std::string, std::vector<const Item*>>
replacements(const Checklist& checklist)
{
  std::unordered_map<std::string, std::vector<const Item*>> out;
  for (const auto& section : checklist.sections) {
    for (const auto& item : section.items) {
      for (const auto& old_id : item.replaces) {
        out[old_id].push_back(&item);
      }
    }
  }
  return out;
}

// Reports an answer key that is not on the scale; `respondent` names whose
// it is in a merged file.
void
check_answer_key(const AnswerEntry& entry,
                 const Checklist& checklist,
                 DiagnosticSink& sink,
                 const std::string* respondent = nullptr)
{
  if (!entry.answer || checklist.find_option(*entry.answer) != nullptr) {
    return;
  }
  const auto keys = checklist.option_keys();
  std::string message =
      fmt::format("answer '{}' for '{}'{} is not on the checklist's scale",
                  util::for_terminal(*entry.answer),
                  util::for_terminal(entry.item_id),
                  respondent != nullptr ? fmt::format(" (by {})", util::for_terminal(*respondent))
                                        : std::string());
  if (const auto suggestion = util::closest_match(*entry.answer, keys)) {
    message += fmt::format("; did you mean '{}'?", *suggestion);
  }
  message +=
      fmt::format(" (allowed: {}; or leave it empty while unanswered)", util::join(keys, ", "));
  sink.error(entry.answer_mark, message);
}

} // namespace

std::string
respondent_key(std::string_view name)
{
  return util::to_lower(util::trim(name));
}

bool
CoverSheet::empty() const
{
  return !meeting && !meeting_date && !agenda_item && !title && !purpose && !sponsor && !author
         && !presenter && !recommendation && risks.empty();
}

CoverSheet
CoverSheet::overridden_by(const CoverSheet& over) const
{
  CoverSheet out = *this;
  const auto take = [](auto& field, const auto& given) {
    if (given) {
      field = given;
    }
  };
  take(out.meeting, over.meeting);
  take(out.meeting_date, over.meeting_date);
  take(out.agenda_item, over.agenda_item);
  take(out.title, over.title);
  take(out.purpose, over.purpose);
  take(out.sponsor, over.sponsor);
  take(out.author, over.author);
  take(out.presenter, over.presenter);
  take(out.recommendation, over.recommendation);
  if (!over.risks.empty()) {
    out.risks = over.risks;
  }
  return out;
}

const ProgressNote*
AnswerEntry::latest_note() const
{
  const ProgressNote* latest = nullptr;
  for (const auto& n : progress_notes) {
    if (latest == nullptr || !(n.on < latest->on)) {
      latest = &n;
    }
  }
  return latest;
}

const AnswerEntry*
AnswersFile::find(std::string_view item_id) const
{
  for (const auto& entry : answers) {
    if (entry.item_id == item_id) {
      return &entry;
    }
  }
  return nullptr;
}

namespace {

// Reads `respondent:` (one person's file) and `respondents:` with
// `merge_rule:` (a merged file) into `file`.
void
read_respondent_fields(const Fields& f, AnswersFile& file)
{
  DiagnosticSink& sink = f.sink();
  if (auto respondent = f.text("respondent")) {
    const std::string name(util::trim(*respondent));
    if (!name.empty()) {
      file.respondent = name;
    }
  }
  file.respondent_mark = f.mark_of("respondent");
  file.respondents_mark = f.mark_of("respondents");
  std::unordered_set<std::string> keys;
  for (const auto& name : f.text_list("respondents")) {
    const std::string trimmed(util::trim(name));
    if (trimmed.empty()) {
      sink.error(file.respondents_mark, "'respondents' has an empty name");
    } else if (!keys.insert(respondent_key(trimmed)).second) {
      sink.error(file.respondents_mark,
                 fmt::format("'respondents' lists '{}' twice (names are compared without "
                             "regard to case)",
                             util::for_terminal(trimmed)));
    } else {
      file.respondents.push_back(trimmed);
    }
  }
  if (const auto rule = f.text("merge_rule")) {
    file.merge_rule = parse_merge_rule(util::trim(*rule));
    if (!file.merge_rule) {
      sink.error(f.mark_of("merge_rule"),
                 fmt::format("'merge_rule' is '{}'; it must be one of {}",
                             util::for_terminal(*rule),
                             util::join(merge_rule_keys(), ", ")));
    }
  }
  if (file.respondent && f.has("respondents")) {
    sink.error(file.respondent_mark,
               "a file has either 'respondent:' (one person's answers) or 'respondents:' (a "
               "merged file), not both");
  }
  if (file.merge_rule && file.respondents.empty()) {
    sink.error(f.mark_of("merge_rule"),
               "'merge_rule' belongs to a merged file, which lists its 'respondents:'");
  }
}

// Checks that every respondent an item names is in the file's
// `respondents:` list (compared without regard to case), once, and puts
// each item's respondents in the list's order and spelling. Linear in the
// respondents: one lookup per entry.
void
check_respondents(AnswersFile& file, DiagnosticSink& sink)
{
  std::unordered_map<std::string, std::size_t> place;
  place.reserve(file.respondents.size());
  for (std::size_t i = 0; i < file.respondents.size(); ++i) {
    place.emplace(respondent_key(file.respondents[i]), i);
  }
  std::vector<std::size_t> seen_in(file.respondents.size(), file.answers.size());
  for (std::size_t e = 0; e < file.answers.size(); ++e) {
    AnswerEntry& entry = file.answers[e];
    std::vector<std::pair<std::size_t, std::size_t>> order;
    for (std::size_t k = 0; k < entry.respondents.size(); ++k) {
      RespondentEntry& own = entry.respondents[k];
      const auto found = place.find(respondent_key(own.respondent));
      if (found == place.end()) {
        sink.error(own.entry.mark,
                   file.respondents.empty()
                       ? fmt::format("the answer for '{}' lists respondents, but the file has no "
                                     "'respondents:' list (ftsu-gap merge writes one)",
                                     util::for_terminal(entry.item_id))
                       : fmt::format("respondent '{}' in the answer for '{}' is not in the "
                                     "file's 'respondents:' list ({})",
                                     util::for_terminal(own.respondent),
                                     util::for_terminal(entry.item_id),
                                     util::for_terminal(util::join(file.respondents, ", "))));
        continue;
      }
      if (seen_in[found->second] == e) {
        sink.error(own.entry.mark,
                   fmt::format("respondent '{}' answers '{}' twice (names are compared without "
                               "regard to case)",
                               util::for_terminal(own.respondent),
                               util::for_terminal(entry.item_id)));
        continue;
      }
      seen_in[found->second] = e;
      own.respondent = file.respondents[found->second];
      order.emplace_back(found->second, k);
    }
    if (sink.has_errors()) {
      continue;
    }
    std::sort(order.begin(), order.end());
    std::vector<RespondentEntry> sorted;
    sorted.reserve(order.size());
    for (const auto& [unused, k] : order) {
      sorted.push_back(std::move(entry.respondents[k]));
    }
    entry.respondents = std::move(sorted);
  }
}

// Reads the cover sheet (`cover:`, docs/spec.md#answers-format) into `file`.
void
read_cover(const Fields& f, AnswersFile& file)
{
  const yaml::Node* node = f.get("cover");
  if (node == nullptr || !schema::expect_mapping(*node, "'cover'", f.sink())) {
    return;
  }
  const Fields c(*node,
                 "'cover'",
                 f.sink(),
                 {"meeting",
                  "meeting_date",
                  "agenda_item",
                  "title",
                  "purpose",
                  "sponsor",
                  "author",
                  "presenter",
                  "recommendation",
                  "risks"});
  CoverSheet& cover = file.cover;
  cover.meeting = c.text("meeting");
  cover.meeting_date = c.date("meeting_date");
  cover.agenda_item = c.text("agenda_item");
  cover.title = c.text("title");
  if (const auto purpose = c.text("purpose")) {
    cover.purpose = parse_purpose(util::trim(*purpose));
    if (!cover.purpose) {
      f.sink().error(c.mark_of("purpose"),
                     fmt::format("'purpose' is '{}'; it must be one of {}",
                                 util::for_terminal(*purpose),
                                 util::join(purpose_keys(), ", ")));
    }
  }
  cover.sponsor = c.text("sponsor");
  cover.author = c.text("author");
  cover.presenter = c.text("presenter");
  cover.recommendation = c.text("recommendation");
  cover.risks = c.text_list("risks");
}

// Reads an answers file from `root`; with `owned` (the same tree, owned by
// the caller) every answer is freed from the tree once it is read.
std::optional<AnswersFile>
read_answers(const yaml::Node& root, yaml::Node* owned, DiagnosticSink& sink)
{
  if (!expect_kind(root, DocumentKind::answers, sink)) {
    return std::nullopt;
  }
  const Fields f(root,
                 "the answers file",
                 sink,
                 {"format",
                  "checklist",
                  "checklist_version",
                  "organisation",
                  "profile",
                  "period",
                  "assessed_on",
                  "assessors",
                  "cover",
                  "respondent",
                  "respondents",
                  "merge_rule",
                  "publish_ok",
                  "answers"});
  AnswersFile file;
  file.checklist = f.slug("checklist", Need::required).value_or("");
  file.checklist_mark = f.mark_of("checklist");
  file.checklist_version = f.text("checklist_version", Need::required).value_or("");
  file.version_mark = f.mark_of("checklist_version");
  file.organisation = f.text("organisation");
  file.profile = f.slug("profile");
  file.profile_mark = f.mark_of("profile");
  file.period = f.text("period");
  file.assessed_on = f.date("assessed_on");
  file.assessors = f.text_list("assessors");
  read_cover(f, file);
  read_respondent_fields(f, file);
  file.publish_ok = read_publish_ok(f);
  file.extensions = extensions_of(root, owned);
  const yaml::Node* answers = f.get("answers");
  if (answers == nullptr && !f.has("answers")) {
    sink.error(root.mark,
               "the answers file has no 'answers:'; it needs one (it may be empty: "
               "'answers: {}')");
  } else if (answers != nullptr && !answers->is_mapping()) {
    sink.error(answers->mark,
               fmt::format("'answers' must be a mapping of item ids to answers "
                           "(such as 'policy-adopted: met'), not {}",
                           yaml::describe(*answers)));
  } else if (answers != nullptr) {
    yaml::Node* owned_answers = owned != nullptr ? owned->find("answers") : nullptr;
    file.answers.reserve(answers->entries.size());
    file.answers_extensions = extensions_of(*answers, owned_answers);
    for (std::size_t i = 0; i < answers->entries.size(); ++i) {
      const yaml::MapEntry& entry = answers->entries[i];
      if (schema::is_extension_key(entry.key.text)) {
        continue;
      }
      AnswerEntry answer;
      read_entry(entry, sink, answer);
      file.answers.push_back(std::move(answer));
      if (owned_answers != nullptr) {
        owned_answers->entries[i].value.release();
      }
    }
    file.answers.shrink_to_fit();
  }
  check_respondents(file, sink);
  // Returned even with errors (they are in `sink`), so the answers can still
  // be checked against the checklist and every problem reported at once.
  return file;
}

} // namespace

std::optional<AnswersFile>
build_answers(const yaml::Node& root, DiagnosticSink& sink)
{
  return read_answers(root, nullptr, sink);
}

std::optional<AnswersFile>
build_answers(yaml::Node&& root, DiagnosticSink& sink)
{
  yaml::Node tree = std::move(root);
  return read_answers(tree, &tree, sink);
}

std::optional<AnswersFile>
load_answers(std::string_view text, DiagnosticSink& sink)
{
  auto root = yaml::parse(text, sink);
  if (!root) {
    return std::nullopt;
  }
  return build_answers(std::move(*root), sink);
}

std::optional<AnswersFile>
load_answers(std::string&& text, DiagnosticSink& sink)
{
  auto root = yaml::parse(text, sink);
  // The tree holds everything the loader needs: free the file's bytes first.
  std::string().swap(text);
  if (!root) {
    return std::nullopt;
  }
  return build_answers(std::move(*root), sink);
}

bool
check_answers(const AnswersFile& answers, const Checklist& checklist, DiagnosticSink& sink)
{
  const std::size_t errors_before = sink.error_count();
  if (!answers.checklist.empty() && answers.checklist != checklist.id) {
    sink.error(answers.checklist_mark,
               fmt::format("these answers are for checklist '{}', but checklist '{}' was given",
                           util::for_terminal(answers.checklist),
                           checklist.id));
    return false;
  }
  if (answers.checklist_version != checklist.version) {
    sink.warning(answers.version_mark,
                 fmt::format("these answers were written for version {} of '{}'; they are read "
                             "against version {}",
                             util::for_terminal(answers.checklist_version),
                             checklist.id,
                             checklist.version));
  }
  if (answers.profile && checklist.find_profile(*answers.profile) == nullptr) {
    const auto keys = checklist.profile_keys();
    sink.error(
        answers.profile_mark,
        keys.empty()
            ? fmt::format("profile '{}' is given, but checklist '{}' has no profiles; remove "
                          "'profile:'",
                          util::for_terminal(*answers.profile),
                          checklist.id)
            : fmt::format("profile '{}' is not a profile of checklist '{}'; expected one of: {}",
                          util::for_terminal(*answers.profile),
                          checklist.id,
                          util::join(keys, ", ")));
  }
  const auto replaced = replacements(checklist);
  // Every item id, for suggestions: listed only when an id is unknown.
  std::optional<std::vector<std::string>> ids;
  const auto matched = match_answers(answers, checklist);
  for (const auto& entry : answers.answers) {
    check_answer_key(entry, checklist, sink);
    for (const auto& own : entry.respondents) {
      check_answer_key(own.entry, checklist, sink, &own.respondent);
    }
    if (const Item* item = checklist.find_item(entry.item_id)) {
      if (entry.answer && !item->applies_to(answers.profile)) {
        sink.warning(entry.mark,
                     fmt::format("item '{}' does not apply to profile '{}'; its answer is kept but "
                                 "not scored",
                                 item->id,
                                 util::for_terminal(*answers.profile)));
      }
      continue;
    }
    const auto it = replaced.find(entry.item_id);
    if (it != replaced.end()) {
      for (const Item* item : it->second) {
        const auto used = matched.find(item->id);
        if (used == matched.end()) {
          continue;
        }
        const std::string& used_id = answers.answers[used->second].item_id;
        if (used_id == entry.item_id) {
          sink.warning(entry.mark,
                       fmt::format("item '{}' is now '{}' in version {}; this answer counts for it",
                                   entry.item_id,
                                   item->id,
                                   checklist.version));
        } else {
          sink.warning(entry.mark,
                       fmt::format("'{}' and '{}' both answer item '{}' (version {}); the answer "
                                   "under '{}' is used and this one is not",
                                   entry.item_id,
                                   used_id,
                                   item->id,
                                   checklist.version,
                                   used_id));
        }
      }
      continue;
    }
    std::string message = fmt::format("checklist '{}' {} has no item '{}'",
                                      checklist.id,
                                      checklist.version,
                                      util::for_terminal(entry.item_id));
    if (sink.full()) {
      // Not shown: skip the suggestion.
    } else if (const auto suggestion = util::closest_match(
                   entry.item_id, ids ? *ids : ids.emplace(checklist.item_ids()))) {
      message += fmt::format("; did you mean '{}'?", *suggestion);
    } else {
      message += "; see 'ftsu-gap show " + checklist.id + "' for its items";
    }
    sink.error(entry.mark, message);
  }
  for (const PrivateNoteCopy& copy : private_note_copies(answers)) {
    const AnswerEntry* entry = answers.find(copy.item);
    sink.warning(entry != nullptr ? entry->mark : Mark{},
                 fmt::format("the private note of '{}' seems to be copied into its {}, which "
                             "reports print; a private note never leaves this file "
                             "(docs/security.md, Publishing board papers)",
                             util::for_terminal(copy.item),
                             copy.field));
  }
  return sink.error_count() == errors_before;
}

std::unordered_map<std::string_view, std::size_t>
match_answers(const AnswersFile& answers, const Checklist& checklist)
{
  // Files that init and assess write list the answers in the checklist's
  // order, so most are found by walking both in step; the map of every
  // answer's id is built only when an item's answer is elsewhere. The entry
  // at the cursor is the first under its id: every entry before it was
  // taken by another item, and item ids are unique.
  std::unordered_map<std::string_view, std::size_t> by_id;
  const auto find = [&](std::string_view id) -> const std::size_t* {
    if (by_id.empty()) {
      by_id.reserve(answers.answers.size());
      for (std::size_t i = 0; i < answers.answers.size(); ++i) {
        by_id.emplace(answers.answers[i].item_id, i);
      }
    }
    const auto it = by_id.find(id);
    return it == by_id.end() ? nullptr : &it->second;
  };
  std::unordered_map<std::string_view, std::size_t> out;
  out.reserve(answers.answers.size());
  std::size_t cursor = 0;
  for (const auto& section : checklist.sections) {
    for (const auto& item : section.items) {
      if (cursor < answers.answers.size() && answers.answers[cursor].item_id == item.id) {
        out.emplace(item.id, cursor++);
        continue;
      }
      if (const std::size_t* own = find(item.id)) {
        out.emplace(item.id, *own);
        continue;
      }
      for (const auto& old_id : item.replaces) {
        if (const std::size_t* old = find(old_id)) {
          out.emplace(item.id, *old);
          break;
        }
      }
    }
  }
  return out;
}

} // namespace ftsu::core
