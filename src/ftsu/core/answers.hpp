#pragma once

#include <ftsu/core/checklist.hpp>
#include <ftsu/core/diagnostic.hpp>
#include <ftsu/core/yaml.hpp>
#include <ftsu/util/date.hpp>
#include <ftsu/util/optional_text.hpp>
#include <ftsu/util/spelling.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ftsu::core {

// A user's own `x-` key and its value, kept so rewrites preserve it.
struct Extension
{
  std::string key;
  yaml::Node value;
};

// Where an item's action stands. An action with no status is open; a
// dropped one is no longer pursued (its `dropped_reason:` says why).
enum class ActionStatus { open, in_progress, done, dropped, last_ = dropped };

// How every action status is spelled in files, JSON and CSV, in order.
inline constexpr util::Spelling<ActionStatus> k_action_statuses[] = {
    {ActionStatus::open, "open"},
    {ActionStatus::in_progress, "in-progress"},
    {ActionStatus::done, "done"},
    {ActionStatus::dropped, "dropped"},
};
static_assert(util::spells_every(k_action_statuses, ActionStatus::last_));

// Returns the status's spelling in files, JSON and CSV ("in-progress").
constexpr std::string_view
to_string(ActionStatus status)
{
  return util::spelling_of(k_action_statuses, status);
}

// Parses a status's spelling; nullopt when it is not one.
constexpr std::optional<ActionStatus>
parse_action_status(std::string_view text)
{
  return util::parse_spelling(k_action_statuses, text);
}

// The spellings of every action status, in order ("open", "in-progress",
// "done", "dropped").
inline std::vector<std::string>
action_status_keys()
{
  return util::spelling_keys(k_action_statuses);
}

// How `merge` derives an item's answer from its respondents' answers
// (docs/respondents.md): the most cautious (`lowest`), the most given
// (`majority`, ties to the lower) or the `median` (of an even count, the
// lower of the two middle answers).
enum class MergeRule { lowest, majority, median, last_ = median };

// How every merge rule is spelled in files, JSON and on the command line,
// the default first.
inline constexpr util::Spelling<MergeRule> k_merge_rules[] = {
    {MergeRule::lowest, "lowest"},
    {MergeRule::majority, "majority"},
    {MergeRule::median, "median"},
};
static_assert(util::spells_every(k_merge_rules, MergeRule::last_));

// Returns the rule's spelling in files, JSON and on the command line.
constexpr std::string_view
to_string(MergeRule rule)
{
  return util::spelling_of(k_merge_rules, rule);
}

// Parses a rule's spelling; nullopt when it is not one.
constexpr std::optional<MergeRule>
parse_merge_rule(std::string_view text)
{
  return util::parse_spelling(k_merge_rules, text);
}

// The spellings of every merge rule, the default first.
inline std::vector<std::string>
merge_rule_keys()
{
  return util::spelling_keys(k_merge_rules);
}

// What a board paper asks of the board (NHS cover sheets' "purpose").
enum class Purpose { assurance, approval, information, discussion, last_ = discussion };

// How every purpose is spelled in files, JSON and on the command line (the
// cover sheet says "For assurance").
inline constexpr util::Spelling<Purpose> k_purposes[] = {
    {Purpose::assurance, "assurance"},
    {Purpose::approval, "approval"},
    {Purpose::information, "information"},
    {Purpose::discussion, "discussion"},
};
static_assert(util::spells_every(k_purposes, Purpose::last_));

// Returns the purpose's spelling ("assurance").
constexpr std::string_view
to_string(Purpose purpose)
{
  return util::spelling_of(k_purposes, purpose);
}

// Parses a purpose's spelling; nullopt when it is not one.
constexpr std::optional<Purpose>
parse_purpose(std::string_view text)
{
  return util::parse_spelling(k_purposes, text);
}

// The spellings of every purpose, in order.
inline std::vector<std::string>
purpose_keys()
{
  return util::spelling_keys(k_purposes);
}

// The board paper's cover sheet (the answers file's `cover:`, or report's
// options): every field optional; a report shows only those given.
struct CoverSheet
{
  // The meeting the paper goes to ("Trust Board (public)") and its date.
  std::optional<std::string> meeting;
  std::optional<util::Date> meeting_date;
  std::optional<std::string> agenda_item;
  // The paper's title; reports default it to the checklist's.
  std::optional<std::string> title;
  std::optional<Purpose> purpose;
  // The executive sponsor (director), the author and who presents it.
  std::optional<std::string> sponsor;
  std::optional<std::string> author;
  std::optional<std::string> presenter;
  // What the board is asked to do.
  std::optional<std::string> recommendation;
  // Links to the board assurance framework and the risk register.
  std::vector<std::string> risks;

  // Returns true when no field is given.
  bool empty() const;
  // Returns this cover with each field `over` gives replaced by its.
  CoverSheet overridden_by(const CoverSheet& over) const;
};

// Returns the key respondent names are compared by everywhere (merge,
// the loader, init --from, the report): trimmed, letters A to Z in lower
// case, so "Alice" and "alice" are one respondent.
std::string respondent_key(std::string_view name);

struct RespondentEntry;

// A finding of the publication check that someone judged safe to publish
// (`publish_ok:`, docs/security.md): the exact text the check found, and
// who accepted it.
struct PublishOk
{
  std::string text;
  std::string by;
};

// A dated note on an action's progress (an entry of `progress_notes:`).
struct ProgressNote
{
  util::Date on;
  std::string note;

  bool operator==(const ProgressNote&) const = default;
};

// One change of an action's due date (an entry of `due_history:`): from
// which date to which, when it was agreed and why.
struct DueChange
{
  util::Date from;
  util::Date to;
  util::Date on;
  std::string why;

  bool operator==(const DueChange&) const = default;
};

// One entry of an answers file's `answers:` mapping.
struct AnswerEntry
{
  std::string item_id;
  Mark mark;
  // True when written as a mapping (answer:, evidence:, ...), so a rewrite
  // keeps that form.
  bool long_form = false;
  // The scale key; nullopt means not yet answered.
  std::optional<std::string> answer;
  Mark answer_mark;
  util::OptionalText evidence;
  // The period whose evidence this is, when it was carried forward by
  // `init --from` and not yet confirmed or replaced this period.
  util::OptionalText evidence_from;
  util::OptionalText action;
  util::OptionalText owner;
  std::optional<util::Date> due;
  std::optional<ActionStatus> status;
  // A short note on the action's progress.
  util::OptionalText progress;
  // When the action was done (`completed_on:`).
  std::optional<util::Date> completed_on;
  // Why the action was dropped (`dropped_reason:`).
  util::OptionalText dropped_reason;
  // Dated notes on the action's progress, in the order written.
  std::vector<ProgressNote> progress_notes;
  // Every change of the due date, in the order made.
  std::vector<DueChange> due_history;
  util::OptionalText note;
  // The guardian's own note (`private_note:`): kept in this file, and never
  // in a report, an export, a merged file or JSON.
  util::OptionalText private_note;
  // Findings of the publication check accepted for this item's texts.
  std::vector<PublishOk> publish_ok;
  // True while `assess` has saved the answer but not yet finished its
  // follow-up questions (`unfinished: true`): the next `assess` resumes there.
  bool unfinished = false;

  // Returns true when the entry has an action that is neither done nor
  // dropped.
  bool
  action_open() const
  {
    return action.has_value() && status != ActionStatus::done && status != ActionStatus::dropped;
  }
  // Returns the latest dated progress note (the last of the latest date),
  // or nullptr when there is none.
  const ProgressNote* latest_note() const;
  // Returns true when the entry holds any of the action's record (status,
  // progress, completion, drop reason, notes or due-date history).
  bool
  has_action_record() const
  {
    return status.has_value() || progress.has_value() || completed_on.has_value()
           || dropped_reason.has_value() || !progress_notes.empty() || !due_history.empty();
  }
  std::vector<Extension> extensions;
  // In a merged file: each respondent's own entry for the item (the
  // `respondents:` key), in the order of the file's `respondents:` list.
  // Empty in a respondent's own file.
  std::vector<RespondentEntry> respondents;
};

// One respondent's own answer to an item, kept in a merged file.
struct RespondentEntry
{
  // The respondent's name or role, as in the file's `respondents:` list.
  std::string respondent;
  // The entry as the respondent wrote it (never with respondents of its own).
  AnswerEntry entry;
};

// A whole answers file, as written (not yet checked against a checklist).
struct AnswersFile
{
  std::string checklist;
  Mark checklist_mark;
  std::string checklist_version;
  Mark version_mark;
  std::optional<std::string> organisation;
  std::optional<std::string> profile;
  Mark profile_mark;
  std::optional<std::string> period;
  std::optional<util::Date> assessed_on;
  std::vector<std::string> assessors;
  // The board paper's cover sheet (`cover:`); empty when not given.
  CoverSheet cover;
  // Who answered (a name or role): one respondent's own file.
  std::optional<std::string> respondent;
  Mark respondent_mark;
  // A merged file (`ftsu-gap merge`): who answered, in order, and the rule
  // that derived each item's answer from theirs. Empty otherwise.
  std::vector<std::string> respondents;
  Mark respondents_mark;
  std::optional<MergeRule> merge_rule;
  // Findings of the publication check accepted for the file's own fields
  // (organisation, assessors, respondents).
  std::vector<PublishOk> publish_ok;
  std::vector<AnswerEntry> answers;
  // `x-` keys at the top level, and those inside `answers:`.
  std::vector<Extension> extensions;
  std::vector<Extension> answers_extensions;

  // Returns the entry written under `item_id`, or nullptr.
  const AnswerEntry* find(std::string_view item_id) const;
  // Returns true for a merged file (one with `respondents:`).
  bool
  merged() const
  {
    return !respondents.empty();
  }
};

// Builds an answers file from a parsed document, enforcing the shape of
// docs/spec.md#answers-format. Problems go to `sink`; the file is returned even then (with what
// could be read), so it can still be checked against its checklist and every
// problem reported in one run. Returns nullopt only when the document is not
// an answers file at all. Callers must check `sink.has_errors()`.
std::optional<AnswersFile> build_answers(const yaml::Node& root, DiagnosticSink& sink);

// The same, taking the tree: each answer is freed from it once read, so the
// tree and the answers are never both held whole.
std::optional<AnswersFile> build_answers(yaml::Node&& root, DiagnosticSink& sink);

// Parses `text` and builds an answers file from it (see build_answers: check
// `sink.has_errors()`); a checklist given here is reported as exactly that.
std::optional<AnswersFile> load_answers(std::string_view text, DiagnosticSink& sink);

// The same, taking the file's bytes, which are freed once they are parsed.
std::optional<AnswersFile> load_answers(std::string&& text, DiagnosticSink& sink);

// The same, for a literal (which would otherwise match both of the above).
inline std::optional<AnswersFile>
load_answers(const char* text, DiagnosticSink& sink)
{
  return load_answers(std::string_view(text), sink);
}

// Checks `answers` against `checklist`: the checklist id, the version (a
// warning), the profile, every answer key against the scale, every item id
// (with a suggestion, or a warning when an item `replaces` it), and answers
// outside the profile (a warning). Returns true when there was no error.
bool check_answers(const AnswersFile& answers, const Checklist& checklist, DiagnosticSink& sink);

// For each checklist item, the index in `answers.answers` of the entry that
// counts for it: the entry under its own id, else the first entry under an
// id it `replaces`. The keys are views of the checklist's item ids.
std::unordered_map<std::string_view, std::size_t> match_answers(const AnswersFile& answers,
                                                                const Checklist& checklist);

} // namespace ftsu::core
