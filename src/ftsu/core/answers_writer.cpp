#include <ftsu/core/answers_writer.hpp>
#include <ftsu/core/document.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/core/yaml.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

namespace ftsu::core {

namespace {

// A comment's text: one line, no control characters.
std::string
comment(std::string_view text)
{
  std::string line = util::join(util::paragraphs(text), " ");
  for (char& c : line) {
    if (c == '\n' || c == '\r' || c == '\t') {
      c = ' ';
    }
  }
  return util::for_terminal(line);
}

void
field(std::string& out,
      std::size_t indent,
      std::string_view key,
      const std::optional<std::string>& value)
{
  if (value) {
    out.append(indent, ' ');
    out += fmt::format("{}: {}\n", key, yaml::scalar(*value));
  }
}

void
extensions(std::string& out, std::size_t indent, const std::vector<Extension>& list)
{
  for (const auto& ext : list) {
    out.append(indent, ' ');
    out += yaml::key(ext.key, indent);
    yaml::emit_value(ext.value, indent, out);
  }
}

// Writes the cover sheet (`cover:`) when it has a field.
void
cover_fields(std::string& out, const CoverSheet& cover)
{
  if (cover.empty()) {
    return;
  }
  out += "cover:\n";
  field(out, 2, "meeting", cover.meeting);
  if (cover.meeting_date) {
    out += fmt::format("  meeting_date: {}\n", util::to_string(*cover.meeting_date));
  }
  field(out, 2, "agenda_item", cover.agenda_item);
  field(out, 2, "title", cover.title);
  if (cover.purpose) {
    out += fmt::format("  purpose: {}\n", to_string(*cover.purpose));
  }
  field(out, 2, "sponsor", cover.sponsor);
  field(out, 2, "author", cover.author);
  field(out, 2, "presenter", cover.presenter);
  field(out, 2, "recommendation", cover.recommendation);
  if (!cover.risks.empty()) {
    out += "  risks:\n";
    for (const auto& risk : cover.risks) {
      out += "    - " + yaml::scalar(risk) + '\n';
    }
  }
}

// Returns true when `e` must be written as a mapping: it was one, or it
// holds more than an answer.
bool
needs_long_form(const AnswerEntry& e)
{
  return e.long_form || e.evidence || e.evidence_from || e.action || e.owner || e.due || e.status
         || e.has_action_record() || e.note || e.private_note || !e.publish_ok.empty()
         || e.unfinished || !e.extensions.empty() || !e.respondents.empty();
}

// Writes `publish_ok:` (the accepted findings) at `indent`, when any.
void
publish_ok(std::string& out, std::size_t indent, const std::vector<PublishOk>& list)
{
  if (list.empty()) {
    return;
  }
  out.append(indent, ' ');
  out += "publish_ok:\n";
  for (const PublishOk& ok : list) {
    out.append(indent + 2, ' ');
    out += "- text: " + yaml::scalar(ok.text) + '\n';
    out.append(indent + 4, ' ');
    out += "by: " + yaml::scalar(ok.by) + '\n';
  }
}

// Writes an action's record after `progress:`: its dated notes, when it
// was done, why it was dropped and how its due date moved.
void
action_record(std::string& out, const AnswerEntry& e, std::size_t indent)
{
  if (!e.progress_notes.empty()) {
    out.append(indent, ' ');
    out += "progress_notes:\n";
    for (const ProgressNote& n : e.progress_notes) {
      out.append(indent + 2, ' ');
      out += fmt::format("- date: {}\n", util::to_string(n.on));
      out.append(indent + 4, ' ');
      out += "note: " + yaml::scalar(n.note) + '\n';
    }
  }
  if (e.completed_on) {
    out.append(indent, ' ');
    out += fmt::format("completed_on: {}\n", util::to_string(*e.completed_on));
  }
  field(out, indent, "dropped_reason", e.dropped_reason);
  if (!e.due_history.empty()) {
    out.append(indent, ' ');
    out += "due_history:\n";
    for (const DueChange& c : e.due_history) {
      out.append(indent + 2, ' ');
      out += fmt::format("- from: {}\n", util::to_string(c.from));
      out.append(indent + 4, ' ');
      out += fmt::format("to: {}\n", util::to_string(c.to));
      out.append(indent + 4, ' ');
      out += fmt::format("date: {}\n", util::to_string(c.on));
      out.append(indent + 4, ' ');
      out += "why: " + yaml::scalar(c.why) + '\n';
    }
  }
}

// Writes the fields of a long-form entry at `indent`.
void
entry_fields(std::string& out, const AnswerEntry& e, std::size_t indent)
{
  field(out, indent, "answer", e.answer);
  field(out, indent, "evidence", e.evidence);
  field(out, indent, "evidence_from", e.evidence_from);
  field(out, indent, "action", e.action);
  field(out, indent, "owner", e.owner);
  if (e.due) {
    out.append(indent, ' ');
    out += fmt::format("due: {}\n", util::to_string(*e.due));
  }
  if (e.status) {
    out.append(indent, ' ');
    out += fmt::format("status: {}\n", to_string(*e.status));
  }
  field(out, indent, "progress", e.progress);
  action_record(out, e, indent);
  field(out, indent, "note", e.note);
  field(out, indent, "private_note", e.private_note);
  publish_ok(out, indent, e.publish_ok);
  if (e.unfinished) {
    out.append(indent, ' ');
    out += "unfinished: true\n";
  }
  extensions(out, indent, e.extensions);
  if (e.respondents.empty()) {
    return;
  }
  out.append(indent, ' ');
  out += "respondents:\n";
  for (const auto& own : e.respondents) {
    out.append(indent + 2, ' ');
    out += yaml::key(own.respondent, indent + 2);
    if (!needs_long_form(own.entry)) {
      out += own.entry.answer ? ' ' + yaml::scalar(*own.entry.answer) + '\n' : std::string("\n");
      continue;
    }
    out += '\n';
    entry_fields(out, own.entry, indent + 4);
  }
}

void
entry(std::string& out, const AnswerEntry& e, const Item* item)
{
  out += "  " + yaml::key(e.item_id, 2);
  if (!needs_long_form(e)) {
    if (e.answer) {
      out += ' ' + yaml::scalar(*e.answer);
    }
    if (item != nullptr) {
      out += "  # " + comment(item->text);
    }
    out += '\n';
    return;
  }
  if (item != nullptr) {
    out += "  # " + comment(item->text);
  }
  out += '\n';
  entry_fields(out, e, 4);
}

std::string answers_text(const AnswersFile& answers, const Checklist* checklist);

// Throws core::Error (invalid_input) when ftsu-gap's own loader would
// refuse `text`, saying why: no writer writes a file that nothing can read
// (docs/security.md, "One rule for every writer"). The characters and keys
// are right by construction (yaml::scalar, yaml::key); what is checked is
// what the input decides: the size of the whole and of each text (merged
// evidence grows with each respondent), and the rest by loading it back.
void
check_loadable(const std::string& text)
{
  const auto refuse = [](const std::string& why) {
    throw Error(ExitCode::invalid_input, fmt::format("the answers file was not written: {}", why));
  };
  if (text.size() > yaml::k_max_file_size) {
    refuse(fmt::format("it would be {:.1f} MB, and ftsu-gap reads files of at most 16 MiB "
                       "(16.8 MB); merge fewer files into one",
                       static_cast<double>(text.size()) / 1e6));
  }
  DiagnosticSink sink("the file to be written");
  (void)load_answers(std::string_view(text), sink);
  if (!sink.has_errors()) {
    return;
  }
  const auto diagnostics = sink.diagnostics();
  const Diagnostic& first =
      *std::find_if(diagnostics.begin(), diagnostics.end(), [](const auto& d) {
        return d.severity == Severity::error;
      });
  std::string_view line = text;
  for (int n = 1; n < first.mark.line && !line.empty(); ++n) {
    const auto end = line.find('\n');
    line = end == std::string_view::npos ? std::string_view{} : line.substr(end + 1);
  }
  line = util::trim(line.substr(0, std::min<std::size_t>(line.find('\n'), 80)));
  refuse(fmt::format("ftsu-gap could not read it back: line {}{}: {}",
                     first.mark.line,
                     line.empty() ? "" : fmt::format(" ({})", util::for_terminal_line(line)),
                     first.message));
}

} // namespace

std::string
write_answers(const AnswersFile& answers, const Checklist* checklist)
{
  std::string out = answers_text(answers, checklist);
  check_loadable(out);
  return out;
}

namespace {

// Returns `answers` as write_answers does, unchecked.
std::string
answers_text(const AnswersFile& answers, const Checklist* checklist)
{
  std::string out = fmt::format("# yaml-language-server: $schema={}\n", k_answers_schema_path);
  if (checklist != nullptr) {
    out += fmt::format("# Answers to \"{}\" ({} {}).\n",
                       comment(checklist->title),
                       checklist->id,
                       comment(checklist->version));
    out += fmt::format("# Answer each item with one of: {}.\n",
                       util::join(checklist->option_keys(), ", "));
    out += "# Leave it empty while unanswered. Check with: ftsu-gap validate FILE\n";
  }
  out += fmt::format("format: {}\n", to_string(DocumentKind::answers));
  out += fmt::format("checklist: {}\n", yaml::scalar(answers.checklist));
  out += fmt::format("checklist_version: {}\n", yaml::double_quoted(answers.checklist_version));
  field(out, 0, "organisation", answers.organisation);
  field(out, 0, "profile", answers.profile);
  field(out, 0, "period", answers.period);
  if (answers.assessed_on) {
    out += fmt::format("assessed_on: {}\n", util::to_string(*answers.assessed_on));
  }
  if (!answers.assessors.empty()) {
    out += "assessors:\n";
    for (const auto& assessor : answers.assessors) {
      out += "  - " + yaml::scalar(assessor) + '\n';
    }
  }
  cover_fields(out, answers.cover);
  field(out, 0, "respondent", answers.respondent);
  if (!answers.respondents.empty()) {
    out += "respondents:\n";
    for (const auto& name : answers.respondents) {
      out += "  - " + yaml::scalar(name) + '\n';
    }
  }
  if (answers.merge_rule) {
    out += fmt::format("merge_rule: {}\n", to_string(*answers.merge_rule));
  }
  publish_ok(out, 0, answers.publish_ok);
  extensions(out, 0, answers.extensions);
  if (answers.answers.empty() && answers.answers_extensions.empty()) {
    out += "answers: {}\n";
    return out;
  }
  out += "answers:\n";
  extensions(out, 2, answers.answers_extensions);
  std::unordered_map<std::string, const Section*> section_of;
  if (checklist != nullptr) {
    for (const auto& section : checklist->sections) {
      for (const auto& item : section.items) {
        section_of.emplace(item.id, &section);
      }
    }
  }
  const Section* current = nullptr;
  for (const auto& e : answers.answers) {
    const Item* item = checklist != nullptr ? checklist->find_item(e.item_id) : nullptr;
    const auto it = section_of.find(e.item_id);
    if (it != section_of.end() && it->second != current) {
      current = it->second;
      out += fmt::format("  # {}\n", comment(current->title));
    }
    entry(out, e, item);
  }
  return out;
}

} // namespace

namespace {

// Returns the entry whose open action carries from `last` for
// `respondent`: in a merged file, the respondent's own (names compared by
// respondent_key); for anyone else the one open action its respondents
// wrote, none when they wrote several (each stays its writer's); else
// `last` itself. Returns nullptr when no open action carries.
const AnswerEntry*
action_to_carry(const AnswerEntry& last, const AnswerEntry* own)
{
  if (own != nullptr) {
    return own->action_open() ? own : nullptr;
  }
  const AnswerEntry* found = nullptr;
  for (const auto& theirs : last.respondents) {
    if (theirs.entry.action_open()) {
      if (found != nullptr) {
        return nullptr;
      }
      found = &theirs.entry;
    }
  }
  if (found != nullptr) {
    return found;
  }
  return last.action_open() ? &last : nullptr;
}

// Copies what carries from last year's `last` into `entry`: the evidence,
// marked with the period it came from (an older mark is kept), and the
// action with its owner, due date, status and progress unless it is done.
void
carry_forward(const AnswerEntry& last,
              const std::string& from,
              const std::optional<std::string>& respondent,
              AnswerEntry& entry)
{
  // From a merged file, a respondent who answered it carries their own
  // evidence and action (names compared without regard to case).
  const AnswerEntry* own = nullptr;
  if (respondent) {
    const std::string key = respondent_key(*respondent);
    for (const auto& theirs : last.respondents) {
      if (respondent_key(theirs.respondent) == key) {
        own = &theirs.entry;
      }
    }
  }
  const AnswerEntry* evidence_of = own != nullptr ? own : &last;
  if (evidence_of->evidence) {
    entry.evidence = evidence_of->evidence;
    entry.evidence_from = evidence_of->evidence_from.value_or(from);
  }
  if (const AnswerEntry* action = action_to_carry(last, own)) {
    entry.action = action->action;
    entry.owner = action->owner;
    entry.due = action->due;
    entry.status = action->status;
    entry.progress = action->progress;
    entry.progress_notes = action->progress_notes;
    entry.due_history = action->due_history;
  }
}

} // namespace

std::string
carried_from_label(const AnswersFile& previous)
{
  if (previous.period) {
    return *previous.period;
  }
  return previous.assessed_on ? util::to_string(*previous.assessed_on)
                              : std::string("the last assessment");
}

AnswersFile
start_answers(const Checklist& checklist,
              const std::optional<std::string>& organisation,
              const std::optional<std::string>& period,
              const std::optional<std::string>& profile,
              const AnswersFile* previous,
              const std::optional<std::string>& respondent)
{
  AnswersFile file;
  file.checklist = checklist.id;
  file.checklist_version = checklist.version;
  file.organisation = organisation;
  file.period = period;
  file.profile = profile;
  std::unordered_map<std::string_view, std::size_t> carried;
  const std::string from = previous != nullptr ? carried_from_label(*previous) : std::string();
  if (previous != nullptr) {
    if (!file.organisation) {
      file.organisation = previous->organisation;
    }
    if (!file.profile) {
      file.profile = previous->profile;
    }
    carried = match_answers(*previous, checklist);
  }
  for (const auto& section : checklist.sections) {
    for (const auto& item : section.items) {
      if (!item.applies_to(file.profile)) {
        continue;
      }
      AnswerEntry entry;
      entry.item_id = item.id;
      if (const auto it = carried.find(item.id); it != carried.end()) {
        carry_forward(previous->answers[it->second], from, respondent, entry);
      }
      file.answers.push_back(std::move(entry));
    }
  }
  return file;
}

std::string
header_extras_yaml(const AnswersFile& answers)
{
  std::string out;
  cover_fields(out, answers.cover);
  publish_ok(out, 0, answers.publish_ok);
  return out;
}

std::string
entry_extras_yaml(const AnswerEntry& entry)
{
  std::string out;
  publish_ok(out, 0, entry.publish_ok);
  AnswerEntry record;
  record.progress_notes = entry.progress_notes;
  record.completed_on = entry.completed_on;
  record.dropped_reason = entry.dropped_reason;
  record.due_history = entry.due_history;
  action_record(out, record, 0);
  return out;
}

} // namespace ftsu::core
