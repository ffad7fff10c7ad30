#pragma once

#include <ftsu/core/answers.hpp>
#include <ftsu/core/checklist.hpp>

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
  std::size_t answered = 0;
  std::size_t skipped = 0;
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
  // Asks for free text after `prompt` (the current value, if any, is shown
  // and kept on Enter); returns the line typed.
  virtual Input ask(std::string_view prompt, const std::optional<std::string>& current) = 0;
  // Shows the item's guidance, evidence examples and sources.
  virtual void show_help(const Question& question, const Checklist& checklist) = 0;
  // Shows a short message (a hint after invalid input, a notice).
  virtual void show_message(std::string_view message) = 0;
};

// What a line typed at a question means.
struct Reply
{
  enum class Kind { answer, keep, skip, back, help, quit, invalid };
  Kind kind = Kind::invalid;
  // The scale key, for Kind::answer.
  std::string key;
};

// Interprets `line` against `checklist`'s scale: an option's digit (1..k),
// shortcut or key; s / skip, b / back, ? / help, q / quit; an empty line
// keeps `current` when there is one. Anything else is invalid.
Reply parse_reply(std::string_view line, const Checklist& checklist, bool has_current);

// Returns the keys line: "1 m Met  2 p Partially met  ...  s skip  b back
// ? help  q quit".
std::string keys_line(const Checklist& checklist);

// Returns the header: "[12/47] Section 3 of 8: Conflicts of interest · 25% done".
std::string header_line(const Question& question);

// Returns the hint shown after invalid input.
std::string invalid_hint(const Checklist& checklist);

// The items an interview asks about: those that apply to the profile, in
// checklist order, only in `section` when given, and only the unanswered
// ones unless `review`. Returns nullopt when `section` names no section.
std::optional<std::vector<const Item*>> interview_items(const Checklist& checklist,
                                                        const AnswersFile& answers,
                                                        const std::optional<std::string>& section,
                                                        bool review);

// Runs the interview over `items`, writing answers into `answers` and
// calling `save` after every change (an answer, then its evidence), so an
// interruption loses at most the reply being typed. Throws whatever `save`
// throws.
InterviewResult run_interview(const Checklist& checklist,
                              AnswersFile& answers,
                              const std::vector<const Item*>& items,
                              bool review,
                              Prompter& prompter,
                              const std::function<void(const AnswersFile&)>& save);

// Puts `answers`' entries in checklist order (entries for ids the checklist
// does not have keep their order, at the end).
void order_entries(AnswersFile& answers, const Checklist& checklist);

} // namespace ftsu::core
