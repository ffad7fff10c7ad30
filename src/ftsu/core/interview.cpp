#include <ftsu/core/interview.hpp>
#include <ftsu/core/scoring.hpp>
#include <ftsu/core/yaml.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <unordered_map>

namespace ftsu::core {

namespace {

// Returns the entry that counts for `item`, or nullptr.
AnswerEntry*
find_entry(AnswersFile& answers, const Item& item)
{
  for (auto& entry : answers.answers) {
    if (entry.item_id == item.id) {
      return &entry;
    }
  }
  for (const auto& old_id : item.replaces) {
    for (auto& entry : answers.answers) {
      if (entry.item_id == old_id) {
        return &entry;
      }
    }
  }
  return nullptr;
}

// Returns how many items of `checklist` replace `old_id`.
std::size_t
replacing_items(const Checklist& checklist, const std::string& old_id)
{
  std::size_t count = 0;
  for (const auto& section : checklist.sections) {
    for (const auto& item : section.items) {
      count +=
          static_cast<std::size_t>(std::count(item.replaces.begin(), item.replaces.end(), old_id));
    }
  }
  return count;
}

// Returns the entry to write `item`'s answer into: its own; an old id's,
// renamed to the item's id (or copied, when the old item was split between
// several); or a new one.
AnswerEntry&
entry_for(AnswersFile& answers, const Checklist& checklist, const Item& item)
{
  AnswerEntry* found = find_entry(answers, item);
  if (found != nullptr && found->item_id == item.id) {
    return *found;
  }
  if (found != nullptr && replacing_items(checklist, found->item_id) == 1) {
    found->item_id = item.id;
    return *found;
  }
  AnswerEntry entry = found != nullptr ? *found : AnswerEntry{};
  entry.item_id = item.id;
  answers.answers.push_back(std::move(entry));
  return answers.answers.back();
}

// Text typed at the prompt, made safe to keep, within the loaders' limit.
std::string
clean_text(std::string_view typed)
{
  std::string out = clean_typed_text(typed).text;
  if (out.size() > yaml::k_max_scalar_size) {
    out = util::repair_utf8(out.substr(0, yaml::k_max_scalar_size));
  }
  return out;
}

// Which of the items that apply have an answer, kept up to date as the
// interview answers them, so the share done costs nothing per question.
class Progress
{
public:
  Progress(const Checklist& checklist, const AnswersFile& answers)
  {
    const auto matched = match_answers(answers, checklist);
    for (const auto& section : checklist.sections) {
      for (const auto& item : section.items) {
        if (!item.applies_to(answers.profile)) {
          continue;
        }
        ++m_applicable;
        const auto it = matched.find(item.id);
        if (it != matched.end()) {
          const auto& answer = answers.answers[it->second].answer;
          if (answer && checklist.find_option(*answer) != nullptr) {
            m_done.insert(item.id);
          }
        }
      }
    }
  }

  void
  answered(const Item& item)
  {
    m_done.insert(item.id);
  }

  double
  percent() const
  {
    return m_applicable == 0
               ? 100.0
               : 100.0 * static_cast<double>(m_done.size()) / static_cast<double>(m_applicable);
  }

private:
  std::size_t m_applicable = 0;
  std::set<std::string> m_done;
};

// Returns the date an action is overdue against during the session: the
// date `assessed_on` will hold once an answer is saved, as report judges
// it (docs/spec.md, "Today"): `options.answered_on` (today) when answers
// record it, else the file's `assessed_on` (given with --assessed-on or
// already there), else `options.today`.
util::Date
overdue_as_of(const AnswersFile& answers, const InterviewOptions& options)
{
  if (options.answered_on) {
    return *options.answered_on;
  }
  return answers.assessed_on.value_or(options.today);
}

Question
make_question(const Checklist& checklist,
              AnswersFile& answers,
              const std::vector<const Item*>& items,
              std::size_t index,
              const Progress& progress,
              util::Date today)
{
  Question q;
  q.item = items[index];
  q.position = index + 1;
  q.total = items.size();
  q.section_count = checklist.sections.size();
  if (const auto it = checklist.item_index.find(q.item->id); it != checklist.item_index.end()) {
    q.section_number = it->second.first + 1;
  } else {
    for (std::size_t s = 0; s < checklist.sections.size() && q.section_number == 0; ++s) {
      for (const auto& item : checklist.sections[s].items) {
        if (&item == q.item) {
          q.section_number = s + 1;
        }
      }
    }
  }
  q.section = &checklist.sections[q.section_number - 1];
  q.percent_done = progress.percent();
  if (const AnswerEntry* entry = find_entry(answers, *q.item)) {
    q.answer = entry->answer;
    q.evidence = entry->evidence;
    q.evidence_from = entry->evidence ? entry->evidence_from : std::nullopt;
    if (entry->action_open()) {
      q.open_action = entry->action;
      q.due = entry->due;
      q.overdue = entry->due && *entry->due < today;
    }
  }
  return q;
}

bool
is_word(std::string_view line, std::string_view letter, std::string_view word)
{
  const std::string lower = util::to_lower(line);
  return lower == letter || lower == word;
}

// The words that ask one field of an answered item (and `note`, the
// private note, of any item).
constexpr std::array<std::string_view, 5> k_field_words{"evidence",
                                                        "action",
                                                        "owner",
                                                        "due",
                                                        "note"};

} // namespace

CleanText
clean_typed_text(std::string_view typed)
{
  const std::string text = util::repair_utf8(util::trim(typed));
  CleanText out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte != 0x7F) {
      out.text += c;
    } else if (c == '\t') {
      out.text += ' ';
    } else {
      ++out.removed;
    }
  }
  return out;
}

Reply
parse_reply(std::string_view line, const Checklist& checklist, bool has_current)
{
  line = util::trim(line);
  if (line.empty()) {
    return {has_current ? Reply::Kind::keep : Reply::Kind::invalid, {}};
  }
  const auto& scale = checklist.scale;
  // A digit chooses by position.
  if (line.size() <= 2
      && std::all_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    const std::size_t n = std::stoul(std::string(line));
    if (n >= 1 && n <= scale.size()) {
      return {Reply::Kind::answer, scale[n - 1].key};
    }
    return {Reply::Kind::invalid, {}};
  }
  for (const auto& option : scale) {
    if (option.shortcut && *option.shortcut == line) {
      return {Reply::Kind::answer, option.key};
    }
  }
  if (line == "?" || is_word(line, "h", "help")) {
    return {Reply::Kind::help, {}};
  }
  if (is_word(line, "s", "skip")) {
    return {Reply::Kind::skip, {}};
  }
  if (is_word(line, "b", "back")) {
    return {Reply::Kind::back, {}};
  }
  if (is_word(line, "q", "quit")) {
    return {Reply::Kind::quit, {}};
  }
  for (const std::string_view word : k_field_words) {
    if (util::to_lower(line) == word && (has_current || word == "note")) {
      return {Reply::Kind::field, std::string(word)};
    }
  }
  const std::string lower = util::to_lower(line);
  for (const auto& option : scale) {
    if ((option.shortcut && util::to_lower(*option.shortcut) == lower) || option.key == lower
        || util::to_lower(option.label) == lower) {
      return {Reply::Kind::answer, option.key};
    }
  }
  return {Reply::Kind::invalid, {}};
}

std::string
keys_line(const Checklist& checklist)
{
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < checklist.scale.size(); ++i) {
    const auto& option = checklist.scale[i];
    parts.push_back(option.shortcut ? fmt::format("{} {} {}", i + 1, *option.shortcut, option.label)
                                    : fmt::format("{} {}", i + 1, option.label));
  }
  parts.emplace_back("s skip");
  parts.emplace_back("b back");
  parts.emplace_back("? help");
  parts.emplace_back("q quit");
  return util::join(parts, "  ");
}

std::string
field_keys_line(const Question& question)
{
  if (!question.answer) {
    return {};
  }
  return "evidence, action, owner or due: change that alone  note: your private note";
}

std::string
header_line(const Question& q)
{
  return fmt::format("[{}/{}] Section {} of {}: {} · {:.0f}% done",
                     q.position,
                     q.total,
                     q.section_number,
                     q.section_count,
                     q.section != nullptr ? q.section->title : std::string(),
                     q.percent_done);
}

std::string
invalid_hint(const Checklist& checklist)
{
  std::vector<std::string> shortcuts;
  for (const auto& option : checklist.scale) {
    if (option.shortcut) {
      shortcuts.push_back(*option.shortcut);
    }
  }
  std::string hint = fmt::format("Type 1-{}", checklist.scale.size());
  if (!shortcuts.empty()) {
    hint += fmt::format(" or {}", util::join(shortcuts, " "));
  }
  return hint + " to answer, s to skip, b to go back, ? for help, q to save and quit.";
}

std::optional<std::vector<const Item*>>
interview_items(const Checklist& checklist,
                const AnswersFile& answers,
                const std::optional<std::string>& section)
{
  std::vector<const Item*> items;
  bool section_found = !section;
  for (const auto& s : checklist.sections) {
    if (section && s.id != *section) {
      continue;
    }
    section_found = true;
    for (const auto& item : s.items) {
      if (item.applies_to(answers.profile)) {
        items.push_back(&item);
      }
    }
  }
  if (!section_found) {
    return std::nullopt;
  }
  return items;
}

bool
needs_asking(const Checklist& checklist, const AnswersFile& answers, const Item& item)
{
  const auto matched = match_answers(answers, checklist);
  const auto it = matched.find(item.id);
  if (it == matched.end()) {
    return true;
  }
  const AnswerEntry& entry = answers.answers[it->second];
  return !entry.answer || checklist.find_option(*entry.answer) == nullptr || entry.unfinished;
}

namespace {

// What a free-text reply means: keep the current value, clear it, or a new
// value.
struct TextReply
{
  enum class Kind { keep, clear, set };
  Kind kind = Kind::keep;
  std::string text;
};

TextReply
text_reply(const Input& input)
{
  const std::string text = clean_text(input.text);
  if (text.empty()) {
    return {TextReply::Kind::keep, {}};
  }
  if (text == "-") {
    return {TextReply::Kind::clear, {}};
  }
  return {TextReply::Kind::set, text};
}

bool
stopped(const Input& input)
{
  return input.kind != Input::Kind::line;
}

// One answered item's follow-up questions: evidence, then the plan or the
// action's completion. Each reply is saved as soon as it is given.
class FollowUp
{
public:
  FollowUp(const Checklist& checklist,
           AnswersFile& answers,
           const Item& item,
           Prompter& prompter,
           const std::function<void(const AnswersFile&)>& save,
           util::Date today)
      : m_checklist(checklist)
      , m_answers(answers)
      , m_item(item)
      , m_prompter(prompter)
      , m_save(save)
      , m_today(today)
  {
  }

  // Asks the follow-ups for an answer scoring `score` on an item whose open
  // action (before this answer) is `open_action`; returns what stopped it.
  std::optional<Input::Kind>
  run(const std::optional<double>& score, const std::optional<std::string>& open_action)
  {
    if (auto end = evidence()) {
      return end;
    }
    if (score && *score < 1) {
      return plan();
    }
    if (score && open_action) {
      return done();
    }
    return std::nullopt;
  }

  // Asks the one field `word` names (see k_field_words); returns what
  // stopped it.
  std::optional<Input::Kind>
  one(std::string_view word)
  {
    if (word == "evidence") {
      return evidence();
    }
    if (word == "action") {
      return field("Action", &AnswerEntry::action, fresh_action);
    }
    if (word == "owner") {
      return field("Owner", &AnswerEntry::owner);
    }
    if (word == "due") {
      return due();
    }
    return field("Private note (kept in this file, never in a report)", &AnswerEntry::private_note);
  }

private:
  // A new action starts open: its old status, progress and record were
  // about the old one.
  static void
  fresh_action(AnswerEntry& e)
  {
    e.status.reset();
    e.progress.reset();
    e.progress_notes.clear();
    e.completed_on.reset();
    e.dropped_reason.reset();
    e.due_history.clear();
  }

  AnswerEntry&
  entry()
  {
    return entry_for(m_answers, m_checklist, m_item);
  }

  std::optional<Input::Kind>
  evidence()
  {
    const AnswerEntry& e = entry();
    TextPrompt prompt{"Evidence", e.evidence, "Current", "Enter to skip"};
    if (e.evidence && e.evidence_from) {
      prompt.current_label = fmt::format("Evidence from {}", *e.evidence_from);
      prompt.keys = "Enter confirms it for this period, - clears it, or type new";
      prompt.enter_does = "confirms it for this period";
    } else if (e.evidence) {
      prompt.keys = "Enter keeps it, - clears it, or type new";
    }
    const Input input = m_prompter.ask(prompt);
    if (stopped(input)) {
      return input.kind;
    }
    const TextReply reply = text_reply(input);
    AnswerEntry& same = entry();
    if (reply.kind == TextReply::Kind::keep && !same.evidence_from) {
      return std::nullopt;
    }
    if (reply.kind == TextReply::Kind::clear) {
      same.evidence.reset();
    } else if (reply.kind == TextReply::Kind::set) {
      same.evidence = reply.text;
    }
    same.evidence_from.reset();
    m_save(m_answers);
    return std::nullopt;
  }

  // Asks one text field of the plan; `on_set` runs when a new value is typed.
  std::optional<Input::Kind>
  field(std::string_view label,
        util::OptionalText AnswerEntry::*member,
        const std::function<void(AnswerEntry&)>& on_change = {})
  {
    const std::optional<std::string> current = entry().*member;
    const Input input = m_prompter.ask({std::string(label),
                                        current,
                                        "Current",
                                        current ? "Enter keeps it, - clears it" : "Enter to skip"});
    if (stopped(input)) {
      return input.kind;
    }
    const TextReply reply = text_reply(input);
    if (reply.kind == TextReply::Kind::keep
        || (reply.kind == TextReply::Kind::set && reply.text == current)) {
      return std::nullopt;
    }
    AnswerEntry& e = entry();
    if (reply.kind == TextReply::Kind::clear) {
      (e.*member).reset();
    } else {
      e.*member = reply.text;
    }
    if (on_change) {
      on_change(e);
    }
    m_save(m_answers);
    return std::nullopt;
  }

  std::optional<Input::Kind>
  due()
  {
    while (true) {
      const std::optional<util::Date> current = entry().due;
      const Input input = m_prompter.ask(
          {"Due (YYYY-MM-DD or DD/MM/YYYY)",
           current ? std::optional<std::string>(util::to_string(*current)) : std::nullopt,
           "Current",
           current ? "Enter keeps it, - clears it" : "Enter to skip"});
      if (stopped(input)) {
        return input.kind;
      }
      const TextReply reply = text_reply(input);
      if (reply.kind == TextReply::Kind::keep) {
        return std::nullopt;
      }
      std::optional<util::Date> date;
      if (reply.kind == TextReply::Kind::set) {
        date = util::parse_typed_date(reply.text);
        if (!date) {
          m_prompter.show_message(current
                                      ? "Not a date: type it as 2027-03-31 or 31/03/2027; Enter "
                                        "keeps the date there, - clears it."
                                      : "Not a date: type it as 2027-03-31 or 31/03/2027, or "
                                        "Enter to leave it empty.");
          continue;
        }
      }
      entry().due = date;
      m_save(m_answers);
      return std::nullopt;
    }
  }

  std::optional<Input::Kind>
  plan()
  {
    if (auto end = field("Action", &AnswerEntry::action, fresh_action)) {
      return end;
    }
    if (auto end = field("Owner", &AnswerEntry::owner)) {
      return end;
    }
    return due();
  }

  std::optional<Input::Kind>
  done()
  {
    while (true) {
      TextPrompt prompt{"Is this action done? (y: mark it done, n or Enter: leave it open)",
                        entry().action,
                        "Action",
                        "y or n"};
      prompt.editable = false;
      const Input input = m_prompter.ask(prompt);
      if (stopped(input)) {
        return input.kind;
      }
      const std::string reply = util::to_lower(clean_text(input.text));
      if (reply.empty() || reply == "n" || reply == "no") {
        return std::nullopt;
      }
      if (reply == "y" || reply == "yes") {
        entry().status = ActionStatus::done;
        entry().completed_on = m_today;
        m_save(m_answers);
        return std::nullopt;
      }
      m_prompter.show_message("Type y if the action is done, n or Enter if not.");
    }
  }

  const Checklist& m_checklist;
  AnswersFile& m_answers;
  const Item& m_item;
  Prompter& m_prompter;
  const std::function<void(const AnswersFile&)>& m_save;
  // The local date: when an action marked done was done.
  util::Date m_today;
};

} // namespace

bool
profiles_matter(const Checklist& checklist)
{
  return std::any_of(checklist.sections.begin(), checklist.sections.end(), [](const auto& s) {
    return std::any_of(
        s.items.begin(), s.items.end(), [](const auto& item) { return !item.profiles.empty(); });
  });
}

void
apply_header(AnswersFile& answers, const HeaderOptions& options)
{
  const auto given = [](const std::optional<std::string>& value) {
    return value && !util::trim(*value).empty();
  };
  if (given(options.organisation)) {
    answers.organisation = std::string(util::trim(*options.organisation));
  }
  if (given(options.period)) {
    answers.period = std::string(util::trim(*options.period));
  }
  if (options.profile) {
    answers.profile = options.profile;
  }
  if (options.assessed_on) {
    answers.assessed_on = options.assessed_on;
  }
  if (!options.assessors.empty()) {
    answers.assessors = options.assessors;
  }
  if (given(options.respondent)) {
    answers.respondent = std::string(util::trim(*options.respondent));
  }
}

std::optional<Input::Kind>
ask_header(const Checklist& checklist, AnswersFile& answers, bool new_file, Prompter& prompter)
{
  const auto ask_text = [&](std::string_view label,
                            std::optional<std::string>& value) -> std::optional<Input::Kind> {
    if (value) {
      return std::nullopt;
    }
    const Input input =
        prompter.ask({std::string(label), std::nullopt, "Current", "Enter to skip"});
    if (stopped(input)) {
      return input.kind;
    }
    const std::string text = clean_text(input.text);
    if (!text.empty()) {
      value = text;
    }
    return std::nullopt;
  };
  if (new_file) {
    if (auto end = ask_text("Organisation", answers.organisation)) {
      return end;
    }
    if (auto end = ask_text("Period assessed, such as 2026/27", answers.period)) {
      return end;
    }
  }
  if (answers.profile || !profiles_matter(checklist)) {
    return std::nullopt;
  }
  std::vector<std::string> choices;
  for (std::size_t i = 0; i < checklist.profiles.size(); ++i) {
    choices.push_back(
        fmt::format("{} {} ({})", i + 1, checklist.profiles[i].key, checklist.profiles[i].label));
  }
  prompter.show_message("Some items apply only to some kinds of organisation. Which is yours? "
                        + util::join(choices, "; "));
  while (true) {
    TextPrompt choice{"Profile (its number or key)", std::nullopt, "Current", ""};
    choice.editable = false; // a choice, not a text
    const Input input = prompter.ask(choice);
    if (stopped(input)) {
      return input.kind;
    }
    const std::string text = util::to_lower(clean_text(input.text));
    for (std::size_t i = 0; i < checklist.profiles.size(); ++i) {
      if (text == checklist.profiles[i].key || text == fmt::format("{}", i + 1)) {
        answers.profile = checklist.profiles[i].key;
        return std::nullopt;
      }
    }
    prompter.show_message("Choose one of the profiles: type its number (1-"
                          + fmt::format("{}", checklist.profiles.size()) + ") or its key ("
                          + util::join(checklist.profile_keys(), ", ") + ").");
  }
}

InterviewResult
run_interview(const Checklist& checklist,
              AnswersFile& answers,
              const std::vector<const Item*>& items,
              const InterviewOptions& options,
              Prompter& prompter,
              const std::function<void(const AnswersFile&)>& save)
{
  InterviewResult result;
  std::map<std::string, bool> answered; // item id -> counts (not N/A)
  std::set<std::string> skipped;
  Progress progress(checklist, answers);
  // The items shown in this run: going forward asks them again, with the
  // ones that still need an answer; the others (answered in an earlier
  // run) are passed over unless `b` comes back to them.
  std::vector<bool> visited(items.size(), false);
  const auto asks = [&](std::size_t j) {
    return options.review || visited[j] || needs_asking(checklist, answers, *items[j]);
  };
  const auto next_from = [&](std::size_t j) {
    while (j < items.size() && !asks(j)) {
      ++j;
    }
    return j;
  };
  std::size_t i = next_from(0);
  const auto stop = [&](InterviewResult::End end) {
    result.end = end;
    for (const auto& [id, counts] : answered) {
      ++(counts ? result.answered : result.not_applicable);
    }
    result.skipped = skipped.size();
    return result;
  };
  const auto stop_on = [&](Input::Kind kind, const Item* unfinished) {
    if (unfinished != nullptr) {
      result.unfinished = unfinished->id;
    }
    return stop(kind == Input::Kind::interrupted ? InterviewResult::End::interrupted
                                                 : InterviewResult::End::end_of_input);
  };
  // Asks the follow-ups of `item`'s answer (saved, with its `unfinished`
  // mark) and removes the mark once they are done.
  const auto follow_up = [&](const Item& item,
                             const std::optional<double>& score,
                             const std::optional<std::string>& open_action) {
    FollowUp questions(checklist, answers, item, prompter, save, options.today);
    if (const auto end = questions.run(score, open_action)) {
      return end;
    }
    entry_for(answers, checklist, item).unfinished = false;
    save(answers);
    return std::optional<Input::Kind>();
  };
  while (i < items.size()) {
    visited[i] = true;
    const Question q =
        make_question(checklist, answers, items, i, progress, overdue_as_of(answers, options));
    if (const AnswerEntry* entry = find_entry(answers, *q.item);
        entry != nullptr && entry->unfinished && entry->answer) {
      // An earlier run stopped in this item's follow-ups: they come again,
      // each showing what was saved.
      const ScaleOption* option = checklist.find_option(*entry->answer);
      if (option != nullptr) {
        prompter.show_message(
            fmt::format("{}\n  {}\nAnswered {} in an earlier session, which stopped before its "
                        "follow-up questions were finished; they continue here.",
                        header_line(q),
                        q.item->text,
                        option->label));
        if (const auto end = follow_up(*q.item, option->score, q.open_action)) {
          return stop_on(*end, q.item);
        }
        i = next_from(i + 1);
        continue;
      }
    }
    const Input input = prompter.choose(q, checklist);
    if (stopped(input)) {
      return stop_on(input.kind, nullptr);
    }
    const Reply reply = parse_reply(input.text, checklist, q.answer.has_value());
    switch (reply.kind) {
    case Reply::Kind::help:
      prompter.show_help(q, checklist);
      continue;
    case Reply::Kind::invalid:
      prompter.show_message(invalid_hint(checklist));
      continue;
    case Reply::Kind::quit:
      return stop(InterviewResult::End::quit);
    case Reply::Kind::skip:
      if (!q.answer) {
        skipped.insert(q.item->id);
      }
      i = next_from(i + 1);
      continue;
    case Reply::Kind::back:
      if (i == 0) {
        prompter.show_message("This is the first item; there is nothing before it.");
      } else {
        --i;
      }
      continue;
    case Reply::Kind::keep:
      i = next_from(i + 1);
      continue;
    case Reply::Kind::field: {
      // One field alone; the item is asked again afterwards, showing it.
      FollowUp questions(checklist, answers, *q.item, prompter, save, options.today);
      const std::size_t entries = answers.answers.size();
      if (const auto end = questions.one(reply.key)) {
        return stop_on(*end, nullptr);
      }
      if (answers.answers.size() != entries) {
        // A note on an item without an entry made one: it takes its place.
        order_entries(answers, checklist);
        save(answers);
      }
      continue;
    }
    case Reply::Kind::answer:
      break;
    }
    AnswerEntry& entry = entry_for(answers, checklist, *q.item);
    entry.answer = reply.key;
    entry.unfinished = true;
    if (options.answered_on) {
      answers.assessed_on = options.answered_on;
    }
    const std::optional<double> score = checklist.find_option(reply.key)->score;
    answered[q.item->id] = score.has_value();
    skipped.erase(q.item->id);
    progress.answered(*q.item);
    order_entries(answers, checklist);
    save(answers);
    if (const auto end = follow_up(*q.item, score, q.open_action)) {
      return stop_on(*end, q.item);
    }
    i = next_from(i + 1);
  }
  return stop(InterviewResult::End::finished);
}

std::string
session_summary(const InterviewResult& result,
                const Checklist& checklist,
                const AnswersFile& answers,
                const std::optional<std::string>& section,
                util::Date today)
{
  const Assessment assessment = score_answers(checklist, answers, today);
  const ScoreSummary* summary = &assessment.overall;
  std::string scope = "Overall";
  if (section) {
    for (const auto& s : assessment.sections) {
      if (s.section->id == *section) {
        summary = &s.summary;
        scope = fmt::format("Section '{}'", s.section->title);
      }
    }
  }
  const auto plural = [](std::size_t n, std::string_view word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
  };
  std::string out = fmt::format("This session: {} answered, {} not applicable, {} skipped.\n",
                                plural(result.answered, "item"),
                                result.not_applicable,
                                result.skipped);
  const Tally& t = summary->tally;
  const std::string coverage = fmt::format(
      "coverage {} ({} of {} answered)",
      summary->coverage ? util::one_decimal(*summary->coverage) + "%" : std::string("—"),
      t.answered,
      t.answered + t.unanswered);
  if (!summary->score || t.answered == 0) {
    out +=
        fmt::format("{}: no score yet (no item that counts is answered); {}.\n", scope, coverage);
  } else {
    out +=
        fmt::format("{} score so far: {}% ({}{}); {}.\n",
                    scope,
                    util::one_decimal(*summary->score),
                    summary->rating != nullptr ? summary->rating->label : std::string("no rating"),
                    summary->rating_capped ? ", capped" : "",
                    coverage);
  }
  return out;
}

void
order_entries(AnswersFile& answers, const Checklist& checklist)
{
  std::unordered_map<std::string, std::size_t> position;
  std::size_t n = 0;
  for (const auto& section : checklist.sections) {
    for (const auto& item : section.items) {
      position.emplace(item.id, n++);
    }
  }
  std::stable_sort(answers.answers.begin(),
                   answers.answers.end(),
                   [&](const AnswerEntry& a, const AnswerEntry& b) {
                     const auto pa = position.find(a.item_id);
                     const auto pb = position.find(b.item_id);
                     const std::size_t ka = pa == position.end() ? n : pa->second;
                     const std::size_t kb = pb == position.end() ? n : pb->second;
                     return ka < kb;
                   });
}

} // namespace ftsu::core
