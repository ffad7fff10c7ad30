#pragma once

#include <ftsu/core/answers.hpp>
#include <ftsu/core/checklist.hpp>
#include <ftsu/util/date.hpp>

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The guided assessment behind `assess`: which items to ask, in what order,
// what each reply means, when to save. The terminal lives behind Prompter,
// so the logic is tested with a scripted prompter.
namespace ftsu::core {

// One question as the prompter should show it.
struct Question
{
  const Item* item = nullptr;
  const Section* section = nullptr;
  // 1-based position among this run's items, and their number.
  std::size_t position = 0;
  std::size_t total = 0;
  // 1-based number of the section in the checklist, and how many there are.
  std::size_t section_number = 0;
  std::size_t section_count = 0;
  // Share of the applicable items that have an answer, 0 to 100.
  double percent_done = 0;
  // The item's current answer and evidence (shown with --review, and when
  // the user comes back to an item).
  std::optional<std::string> answer;
  std::optional<std::string> evidence;
  // The period the evidence was carried from, when not yet reviewed.
  std::optional<std::string> evidence_from;
  // The item's action, when it has one that is not done, and its due date.
  std::optional<std::string> open_action;
  std::optional<util::Date> due;
  // True when that action is overdue against today.
  bool overdue = false;
};

// A free-text question: the organisation, the evidence, an action's owner.
struct TextPrompt
{
  // What is asked: "Owner".
  std::string label;
  // The value now, shown before the prompt, and what it is called there
  // ("Current", "Evidence from 2025/26").
  std::optional<std::string> current;
  std::string current_label = "Current";
  // What the keys do: "Enter keeps it, - clears it".
  std::string keys;
  // True when the reply replaces `current`, so that at a terminal the line
  // starts as `current`, ready to edit; false when `current` is only shown
  // (a yes/no question about it).
  bool editable = true;
  // What Enter on the unchanged value does, for the keys shown with an
  // editable line: "keeps it", "confirms it for this period".
  std::string enter_does = "keeps it";
};

// What came back from the user.
struct Input
{
  enum class Kind { line, end_of_input, interrupted };
  Kind kind = Kind::line;
  std::string text;
};

// The outcome of an interview, with what the summary shows.
struct InterviewResult
{
  enum class End { finished, quit, end_of_input, interrupted };
  End end = End::finished;
  // Items given an answer this session that counts (a scale option with a
  // score), items answered not applicable, and items skipped unanswered.
  std::size_t answered = 0;
  std::size_t not_applicable = 0;
  std::size_t skipped = 0;
  // The item whose follow-up questions the end interrupted (it keeps its
  // `unfinished` mark, so the next run resumes there).
  std::optional<std::string> unfinished;
};

// The user's side of an interview. The terminal prompter (cli/) and a
// scripted one (tests) implement it.
class Prompter
{
public:
  virtual ~Prompter() = default;
  // Shows `question` with the checklist's scale and the keys, and returns
  // the line typed.
  virtual Input choose(const Question& question, const Checklist& checklist) = 0;
  // Asks for free text as `prompt` says (showing the current value, if
  // any); returns the line typed.
  virtual Input ask(const TextPrompt& prompt) = 0;
  // Shows the item's guidance, evidence examples and sources.
  virtual void show_help(const Question& question, const Checklist& checklist) = 0;
  // Shows a short message (a hint after invalid input, a notice).
  virtual void show_message(std::string_view message) = 0;
};

// Text typed at a prompt (or saved in the editor) as an answers file keeps
// it, and how many control characters were left out of it.
struct CleanText
{
  std::string text;
  std::size_t removed = 0;
};

// Returns `typed` as it is kept: trimmed, valid UTF-8 (invalid bytes
// replaced), tabs as spaces, without control characters (ESC, BEL, NUL,
// ...), which it counts. The interview also cuts a text at the loaders'
// 64 KiB limit; the editor refuses a longer one instead.
CleanText clean_typed_text(std::string_view typed);

// What a line typed at a question means.
struct Reply
{
  enum class Kind { answer, keep, skip, back, help, quit, field, invalid };
  Kind kind = Kind::invalid;
  // The scale key, for Kind::answer.
  std::string key;
};

// Interprets `line` against `checklist`'s scale: an option's digit (1..k),
// shortcut or key; s / skip, b / back, ? / help, q / quit; an empty line
// keeps `current` when there is one; for an answered item (`has_current`)
// the words evidence, action, owner and due ask that field alone
// (Kind::field, with the word as the key), and at any item note asks for
// the private note. A scale option's exact shortcut comes first, then
// these words, then options' keys and labels. Anything else is invalid.
Reply parse_reply(std::string_view line, const Checklist& checklist, bool has_current);

// Returns the keys line: "1 m Met  2 p Partially met  ...  s skip  b back
// ? help  q quit".
std::string keys_line(const Checklist& checklist);

// Returns the line, under the keys line, that offers an answered item's
// fields one at a time; empty for an item without an answer.
std::string field_keys_line(const Question& question);

// Returns the header: "[12/47] Section 3 of 8: Conflicts of interest · 25% done".
std::string header_line(const Question& question);

// Returns the hint shown after invalid input.
std::string invalid_hint(const Checklist& checklist);

// The items of an interview: those that apply to the profile, in checklist
// order, only in `section` when given. Returns nullopt when `section` names
// no section.
std::optional<std::vector<const Item*>> interview_items(const Checklist& checklist,
                                                        const AnswersFile& answers,
                                                        const std::optional<std::string>& section);

// Returns true when `item` still needs asking: it has no answer on the
// scale, or its follow-up questions were not finished (`unfinished`).
bool needs_asking(const Checklist& checklist, const AnswersFile& answers, const Item& item);

// Returns true when some item of `checklist` is limited to profiles, so an
// answers file must name its profile for the right items to be asked.
bool profiles_matter(const Checklist& checklist);

// The header of an answers file as the command line gave it.
struct HeaderOptions
{
  std::optional<std::string> organisation;
  std::optional<std::string> period;
  std::optional<std::string> profile;
  std::optional<util::Date> assessed_on;
  std::vector<std::string> assessors;
  // Who answers this file (a name or role), for `merge`.
  std::optional<std::string> respondent;
};

// Writes what `options` gives into `answers`' header (a given value
// replaces the file's; assessors given replace the file's list).
void apply_header(AnswersFile& answers, const HeaderOptions& options);

// Asks, through `prompter`, for what a header still lacks: for a new file
// (`new_file`) the organisation and the period, each skipped with Enter;
// and, for any file, the profile when profiles matter and none is set (the
// profiles are listed and one must be chosen). Returns the end of input or
// interruption that stopped it, or nullopt when the header is settled.
std::optional<Input::Kind>
ask_header(const Checklist& checklist, AnswersFile& answers, bool new_file, Prompter& prompter);

// How a session runs.
struct InterviewOptions
{
  // Ask every item, showing its answer (--review).
  bool review = false;
  // The date recorded in `assessed_on` with every answer; nullopt leaves
  // `assessed_on` alone (it was given on the command line).
  std::optional<util::Date> answered_on;
  // Today (the local date): overdue actions are judged against
  // `answered_on` when set, else the file's `assessed_on`, else this.
  util::Date today;
};

// Runs the interview over `items`, writing answers into `answers` and
// calling `save` after every change, so an interruption loses at most the
// reply being typed. It starts at the first item that needs asking (every
// item with `review`), and going forward passes over those answered
// before this run; `b` goes back to any item of `items`. After each answer
// come, in this order: the evidence; for an answer scoring below 1, the
// action, its owner and its due date; for a fully met item with an open
// action, whether that action is done. The answer is saved marked
// `unfinished` until they are done, and an item so marked is resumed at
// its follow-ups. Throws whatever `save` throws.
InterviewResult run_interview(const Checklist& checklist,
                              AnswersFile& answers,
                              const std::vector<const Item*>& items,
                              const InterviewOptions& options,
                              Prompter& prompter,
                              const std::function<void(const AnswersFile&)>& save);

// Returns the summary shown at the end of a session: what was answered,
// answered not applicable and skipped, then the score with its rating and
// the coverage so far (of `section` alone when given; no score while no
// item that counts is answered).
std::string session_summary(const InterviewResult& result,
                            const Checklist& checklist,
                            const AnswersFile& answers,
                            const std::optional<std::string>& section,
                            util::Date today);

// Puts `answers`' entries in checklist order (entries for ids the checklist
// does not have keep their order, at the end).
void order_entries(AnswersFile& answers, const Checklist& checklist);

} // namespace ftsu::core
