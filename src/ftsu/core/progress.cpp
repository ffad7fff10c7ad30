#include <ftsu/core/progress.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace ftsu::core {

namespace {

bool
is_finished(const AnswerEntry& entry)
{
  return entry.status == ActionStatus::done || entry.status == ActionStatus::dropped;
}

// Returns the text kept for what was typed, trimmed and without control
// characters.
std::string
progress_text(std::string_view typed)
{
  return clean_typed_text(typed).text;
}

} // namespace

std::optional<std::string>
apply_progress(AnswerEntry& entry, const ProgressChange& change)
{
  if (!entry.action) {
    return "there is no action to update";
  }
  const std::string text = progress_text(change.text);
  if (change.kind != ProgressKind::note && is_finished(entry)) {
    return fmt::format("the action is already {}; it takes notes only", to_string(*entry.status));
  }
  switch (change.kind) {
  case ProgressKind::note:
    if (text.empty()) {
      return "a note needs its text";
    }
    entry.progress_notes.push_back({change.on, text});
    break;
  case ProgressKind::start:
    if (entry.status == ActionStatus::in_progress) {
      return "the action is already in progress";
    }
    entry.status = ActionStatus::in_progress;
    break;
  case ProgressKind::done:
    entry.status = ActionStatus::done;
    entry.completed_on = change.on;
    break;
  case ProgressKind::due:
    if (!change.due) {
      return "a new due date is needed";
    }
    if (entry.due == change.due) {
      return fmt::format("the action is already due on {}", util::to_string(*change.due));
    }
    if (entry.due) {
      if (text.empty()) {
        return "moving a due date needs the reason";
      }
      entry.due_history.push_back({*entry.due, *change.due, change.on, text});
    }
    entry.due = change.due;
    break;
  case ProgressKind::drop:
    if (text.empty()) {
      return "dropping an action needs the reason";
    }
    entry.status = ActionStatus::dropped;
    entry.dropped_reason = text;
    break;
  }
  entry.long_form = true;
  return std::nullopt;
}

FoundAction
find_action(AnswersFile& answers, std::string_view item_id, const std::optional<std::string>& by)
{
  const std::string id = util::for_terminal(item_id);
  AnswerEntry* item = nullptr;
  for (auto& entry : answers.answers) {
    if (entry.item_id == item_id) {
      item = &entry;
      break;
    }
  }
  if (item == nullptr) {
    return {nullptr, fmt::format("the file has no entry for '{}'", id)};
  }
  if (by) {
    const std::string key = respondent_key(*by);
    for (auto& own : item->respondents) {
      if (respondent_key(own.respondent) == key) {
        return own.entry.action ? FoundAction{&own.entry, {}}
                                : FoundAction{nullptr,
                                              fmt::format("{} wrote no action for '{}'",
                                                          util::for_terminal(own.respondent),
                                                          id)};
      }
    }
    return {nullptr, fmt::format("no respondent '{}' answered '{}'", util::for_terminal(*by), id)};
  }
  std::vector<RespondentEntry*> with_action;
  for (auto& own : item->respondents) {
    if (own.entry.action) {
      with_action.push_back(&own);
    }
  }
  if (with_action.size() == 1) {
    return {&with_action.front()->entry, {}};
  }
  if (with_action.size() > 1) {
    std::vector<std::string> names;
    names.reserve(with_action.size());
    for (const auto* own : with_action) {
      names.push_back(util::for_terminal(own->respondent));
    }
    return {nullptr,
            fmt::format("several respondents wrote an action for '{}': {}; say whose with --by",
                        id,
                        util::join(names, ", "))};
  }
  if (!item->action) {
    return {nullptr, fmt::format("'{}' has no action", id)};
  }
  return {item, {}};
}

std::vector<ActionKey>
actions_to_update(const Assessment& assessment, const std::optional<std::string>& owner)
{
  struct Listed
  {
    bool overdue = false;
    std::optional<util::Date> due;
    ActionKey key;
  };
  std::vector<Listed> listed;
  for (const ItemScore& score : assessment.items) {
    for (const ItemAction& action : score.actions) {
      if (!is_open_action(score, action)) {
        continue;
      }
      if (owner && owner_key(action.entry->owner) != owner_key(owner)) {
        continue;
      }
      listed.push_back(
          {action.overdue,
           action.entry->due,
           {action.entry->item_id,
            action.respondent != nullptr ? std::optional<std::string>(*action.respondent)
                                         : std::nullopt}});
    }
  }
  std::stable_sort(listed.begin(), listed.end(), [](const Listed& a, const Listed& b) {
    if (a.overdue != b.overdue) {
      return a.overdue;
    }
    if (a.due.has_value() != b.due.has_value()) {
      return a.due.has_value();
    }
    return a.due && *a.due < *b.due;
  });
  std::vector<ActionKey> out;
  out.reserve(listed.size());
  for (auto& l : listed) {
    out.push_back(std::move(l.key));
  }
  return out;
}

namespace {

// One action's turn in the walk.
class ActionTurn
{
public:
  ActionTurn(AnswersFile& answers,
             const ActionKey& key,
             util::Date today,
             Prompter& prompter,
             const std::function<void(const AnswersFile&)>& save,
             WalkResult& result)
      : m_answers(answers)
      , m_key(key)
      , m_today(today)
      , m_prompter(prompter)
      , m_save(save)
      , m_result(result)
  {
  }

  // Offers the menu until the action is left; returns what ended the walk
  // (quit, end of input, interruption), or nullopt to go on.
  std::optional<WalkResult::End>
  run()
  {
    while (true) {
      const Input input =
          ask({"What now?", std::nullopt, "Current", std::string(k_walk_keys), false});
      if (const auto end = ended(input)) {
        return end;
      }
      const std::string reply = util::to_lower(progress_text(input.text));
      if (reply.empty() || reply == "s") {
        return std::nullopt;
      }
      if (reply == "q") {
        return WalkResult::End::quit;
      }
      std::optional<WalkResult::End> end;
      bool leave = false;
      if (reply == "n") {
        end = note();
      } else if (reply == "i") {
        apply({ProgressKind::start, m_today, {}, {}});
      } else if (reply == "d") {
        end = done(leave);
      } else if (reply == "m") {
        end = move_due();
      } else if (reply == "x") {
        end = drop(leave);
      } else {
        m_prompter.show_message("Type one of: " + std::string(k_walk_keys) + ".");
        continue;
      }
      if (end || leave) {
        return end;
      }
    }
  }

private:
  AnswerEntry&
  entry()
  {
    // Found afresh each time: the file's entries are never moved during a
    // walk, but a key is the one stable name of an action.
    return *find_action(m_answers, m_key.item_id, m_key.respondent).entry;
  }

  Input
  ask(const TextPrompt& prompt)
  {
    return m_prompter.ask(prompt);
  }

  static std::optional<WalkResult::End>
  ended(const Input& input)
  {
    switch (input.kind) {
    case Input::Kind::end_of_input:
      return WalkResult::End::end_of_input;
    case Input::Kind::interrupted:
      return WalkResult::End::interrupted;
    case Input::Kind::line:
      break;
    }
    return std::nullopt;
  }

  // Applies and saves `change`; returns true when it was applied.
  bool
  apply(const ProgressChange& change)
  {
    if (const auto problem = apply_progress(entry(), change)) {
      m_prompter.show_message("Not changed: " + *problem + ".");
      return false;
    }
    m_save(m_answers);
    ++m_result.changes;
    m_prompter.show_message("Saved.");
    return true;
  }

  std::optional<WalkResult::End>
  note()
  {
    const Input input =
        ask({"Progress note, dated today", std::nullopt, "Current", "Enter alone adds none", true});
    if (const auto end = ended(input)) {
      return end;
    }
    if (!progress_text(input.text).empty()) {
      apply({ProgressKind::note, m_today, input.text, {}});
    }
    return std::nullopt;
  }

  // Asks for a date until one is typed; Enter gives `fallback` when set.
  // Returns the date, or what ended the walk, or neither when Enter was
  // typed without a fallback (the change is abandoned).
  std::pair<std::optional<util::Date>, std::optional<WalkResult::End>>
  ask_date(const std::string& label,
           const std::optional<util::Date>& current,
           bool enter_is_current)
  {
    while (true) {
      TextPrompt prompt{label,
                        current ? std::optional<std::string>(util::to_string(*current))
                                : std::nullopt,
                        "Current",
                        "2027-03-31 or 31/03/2027",
                        true};
      prompt.enter_does = enter_is_current ? "takes it" : "keeps it";
      const Input input = ask(prompt);
      if (const auto end = ended(input)) {
        return {std::nullopt, end};
      }
      const std::string typed = progress_text(input.text);
      if (typed.empty()) {
        return {enter_is_current ? current : std::nullopt, std::nullopt};
      }
      if (const auto date = util::parse_typed_date(typed)) {
        return {date, std::nullopt};
      }
      m_prompter.show_message("Type a date as 2027-03-31 or 31/03/2027.");
    }
  }

  // Asks for a reason; empty when none was typed.
  std::pair<std::string, std::optional<WalkResult::End>>
  ask_reason(const std::string& label)
  {
    const Input input = ask({label, std::nullopt, "Current", "Enter alone: no change", true});
    if (const auto end = ended(input)) {
      return {{}, end};
    }
    return {progress_text(input.text), std::nullopt};
  }

  std::optional<WalkResult::End>
  done(bool& leave)
  {
    const auto [on, end] = ask_date("Done on (Enter: today)", m_today, true);
    if (end || !on) {
      return end;
    }
    leave = apply({ProgressKind::done, *on, {}, {}});
    return std::nullopt;
  }

  std::optional<WalkResult::End>
  move_due()
  {
    const auto [to, end] = ask_date("New due date", entry().due, false);
    if (end || !to || to == entry().due) {
      if (!end) {
        m_prompter.show_message("The due date is unchanged.");
      }
      return end;
    }
    if (!entry().due) {
      apply({ProgressKind::due, m_today, {}, to});
      return std::nullopt;
    }
    const auto [why, stop] = ask_reason("Why does it move?");
    if (stop) {
      return stop;
    }
    if (why.empty()) {
      m_prompter.show_message("The due date is unchanged: a move needs its reason.");
      return std::nullopt;
    }
    apply({ProgressKind::due, m_today, why, to});
    return std::nullopt;
  }

  std::optional<WalkResult::End>
  drop(bool& leave)
  {
    const auto [why, end] = ask_reason("Why is it dropped?");
    if (end) {
      return end;
    }
    if (why.empty()) {
      m_prompter.show_message("Not dropped: dropping needs the reason.");
      return std::nullopt;
    }
    leave = apply({ProgressKind::drop, m_today, why, {}});
    return std::nullopt;
  }

  AnswersFile& m_answers;
  const ActionKey& m_key;
  util::Date m_today;
  Prompter& m_prompter;
  const std::function<void(const AnswersFile&)>& m_save;
  WalkResult& m_result;
};

} // namespace

WalkResult
walk_actions(AnswersFile& answers,
             const std::vector<ActionKey>& keys,
             util::Date today,
             const std::function<std::string(const ActionKey&, const AnswerEntry&)>& describe,
             Prompter& prompter,
             const std::function<void(const AnswersFile&)>& save)
{
  WalkResult result;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const FoundAction found = find_action(answers, keys[i].item_id, keys[i].respondent);
    if (found.entry == nullptr) {
      continue;
    }
    ++result.visited;
    prompter.show_message(
        fmt::format("\n[{}/{}] {}", i + 1, keys.size(), describe(keys[i], *found.entry)));
    ActionTurn turn(answers, keys[i], today, prompter, save, result);
    if (const auto end = turn.run()) {
      result.end = *end;
      return result;
    }
  }
  return result;
}

} // namespace ftsu::core
