#include <ftsu/core/interview.hpp>
#include <ftsu/core/yaml.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>
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

// Text typed at the prompt, made safe to keep: valid UTF-8, no control
// characters, within the loaders' limit.
std::string
clean_text(std::string_view typed)
{
  std::string text = util::repair_utf8(util::trim(typed));
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte != 0x7F) {
      out += c;
    } else if (c == '\t') {
      out += ' ';
    }
  }
  if (out.size() > yaml::k_max_scalar_size) {
    out = util::repair_utf8(out.substr(0, yaml::k_max_scalar_size));
  }
  return out;
}

double
percent_done(const Checklist& checklist, AnswersFile& answers)
{
  std::size_t applicable = 0;
  std::size_t done = 0;
  for (const auto& section : checklist.sections) {
    for (const auto& item : section.items) {
      if (!item.applies_to(answers.profile)) {
        continue;
      }
      ++applicable;
      const AnswerEntry* entry = find_entry(answers, item);
      if (entry != nullptr && entry->answer && checklist.find_option(*entry->answer) != nullptr) {
        ++done;
      }
    }
  }
  return applicable == 0 ? 100.0
                         : 100.0 * static_cast<double>(done) / static_cast<double>(applicable);
}

Question
make_question(const Checklist& checklist,
              AnswersFile& answers,
              const std::vector<const Item*>& items,
              std::size_t index)
{
  Question q;
  q.item = items[index];
  q.position = index + 1;
  q.total = items.size();
  q.section_count = checklist.sections.size();
  for (std::size_t s = 0; s < checklist.sections.size(); ++s) {
    for (const auto& item : checklist.sections[s].items) {
      if (&item == q.item) {
        q.section = &checklist.sections[s];
        q.section_number = s + 1;
      }
    }
  }
  q.percent_done = percent_done(checklist, answers);
  if (const AnswerEntry* entry = find_entry(answers, *q.item)) {
    q.answer = entry->answer;
    q.evidence = entry->evidence;
  }
  return q;
}

bool
is_word(std::string_view line, std::string_view letter, std::string_view word)
{
  const std::string lower = util::to_lower(line);
  return lower == letter || lower == word;
}

} // namespace

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
                const std::optional<std::string>& section,
                bool review)
{
  const auto matched = match_answers(answers, checklist);
  std::vector<const Item*> items;
  bool section_found = !section;
  for (const auto& s : checklist.sections) {
    if (section && s.id != *section) {
      continue;
    }
    section_found = true;
    for (const auto& item : s.items) {
      if (!item.applies_to(answers.profile)) {
        continue;
      }
      const auto it = matched.find(item.id);
      const bool answered =
          it != matched.end() && answers.answers[it->second].answer
          && checklist.find_option(*answers.answers[it->second].answer) != nullptr;
      if (review || !answered) {
        items.push_back(&item);
      }
    }
  }
  if (!section_found) {
    return std::nullopt;
  }
  return items;
}

InterviewResult
run_interview(const Checklist& checklist,
              AnswersFile& answers,
              const std::vector<const Item*>& items,
              bool review,
              Prompter& prompter,
              const std::function<void(const AnswersFile&)>& save)
{
  InterviewResult result;
  std::set<std::string> answered;
  std::set<std::string> skipped;
  std::size_t i = 0;
  const auto stop = [&](InterviewResult::End end) {
    result.end = end;
    result.answered = answered.size();
    result.skipped = skipped.size();
    return result;
  };
  while (i < items.size()) {
    const Question q = make_question(checklist, answers, items, i);
    const Input input = prompter.choose(q, checklist);
    if (input.kind == Input::Kind::end_of_input) {
      return stop(InterviewResult::End::end_of_input);
    }
    if (input.kind == Input::Kind::interrupted) {
      return stop(InterviewResult::End::interrupted);
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
      ++i;
      continue;
    case Reply::Kind::back:
      if (i == 0) {
        prompter.show_message("This is the first item; there is nothing before it.");
      } else {
        --i;
      }
      continue;
    case Reply::Kind::keep:
      ++i;
      continue;
    case Reply::Kind::answer:
      break;
    }
    AnswerEntry& entry = entry_for(answers, checklist, *q.item);
    entry.answer = reply.key;
    answered.insert(q.item->id);
    skipped.erase(q.item->id);
    order_entries(answers, checklist);
    save(answers);
    const Input note = prompter.ask(review || q.evidence ? "Evidence (Enter keeps it, - clears it)"
                                                         : "Evidence (Enter to skip)",
                                    q.evidence);
    if (note.kind == Input::Kind::end_of_input) {
      return stop(InterviewResult::End::end_of_input);
    }
    if (note.kind == Input::Kind::interrupted) {
      return stop(InterviewResult::End::interrupted);
    }
    const std::string text = clean_text(note.text);
    AnswerEntry& same = entry_for(answers, checklist, *q.item);
    if (text == "-" && same.evidence) {
      same.evidence.reset();
      save(answers);
    } else if (!text.empty() && text != "-") {
      same.evidence = text;
      save(answers);
    }
    ++i;
  }
  return stop(InterviewResult::End::finished);
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
