#include <ftsu/report/actions.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/report/text_writer.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace ftsu::report {

namespace {

// Writes the text list: a terminal-safe, wrapped, optionally coloured page.
class TextActions : private TextWriter
{
public:
  TextActions(const core::ActionList& list, const ActionsOptions& options)
      : TextWriter(options.width, options.color)
      , m_list(list)
  {
  }

  std::string
  render()
  {
    heading(actions_headline(m_list));
    files();
    for (const auto& group : m_list.owners) {
      owner(group);
    }
    return std::move(m_out);
  }

private:
  void
  files()
  {
    if (m_list.files.empty()) {
      return;
    }
    m_out += '\n';
    for (const auto& file : m_list.files) {
      const core::Assessment& a = *file.assessment;
      const std::vector<std::string> parts{
          fmt::format("{}: {}", file.name, organisation_period(*a.answers)),
          fmt::format("{} {}", a.checklist->id, a.checklist->version),
          "overdue as of " + util::long_date(a.as_of)};
      m_out += util::hang_wrap_parts(parts, " · ", 0, m_width, "- ");
    }
  }

  void
  owner(const core::OwnerGroup& group)
  {
    m_out += '\n';
    heading(group_heading(m_list, group));
    for (const auto& action : group.actions) {
      item(action, group);
    }
  }

  // Writes the first line of an action: its due date (painted red when
  // overdue), then its item and status, wrapped after the date.
  void
  action_head(const core::OpenAction& action)
  {
    const auto& due = action.entry().due;
    std::string date = due ? util::short_date(*due) : std::string("no due date");
    if (action.overdue() && due) {
      date += " (" + overdue_by_text(*due, m_list.files[action.file].assessment->as_of) + ")";
    }
    const std::size_t indent = 2;
    const std::vector<std::string> parts{action.score->item->id,
                                         std::string(action_status_text(action.status))};
    std::string lines = util::hang_wrap_parts(parts, " · ", indent, m_width, "- " + date + "  ");
    if (action.overdue()) {
      lines.replace(indent + 2, date.size(), paint(date, "31"));
    }
    m_out += lines;
  }

  void
  item(const core::OpenAction& action, const core::OwnerGroup& group)
  {
    const core::AnswerEntry& entry = action.entry();
    const core::Assessment& a = *m_list.files[action.file].assessment;
    action_head(action);
    wrapped(action.score->item->text, 4);
    std::vector<std::string> answer{answer_label(*a.checklist, action.score->answer)};
    if (const auto owner = owner_as_written(action, group)) {
      answer.push_back("Owner: " + *owner);
    }
    m_out += util::hang_wrap_parts(answer, " · ", 4, m_width, "Answer: ");
    wrapped(*entry.action,
            4,
            action.respondent() != nullptr ? fmt::format("Action ({}): ", action_by(*action.action))
                                           : std::string("Action: "));
    if (entry.progress) {
      wrapped(*entry.progress, 4, "Progress: ");
    }
    if (const auto note = latest_note_text(entry)) {
      wrapped(*note, 4, "Latest note: ");
    }
    if (const std::string moved = due_moves_text(entry.due_history.size()); !moved.empty()) {
      const core::DueChange& last = entry.due_history.back();
      std::string line =
          fmt::format("{} (last from {}: {})", moved, util::short_date(last.from), last.why);
      line.front() = 'D';
      wrapped(line, 4);
    }
    const std::vector<std::string> from{
        organisation_period(*a.answers), a.checklist->id, m_list.files[action.file].name};
    m_out += util::hang_wrap_parts(from, " · ", 4, m_width, "From: ");
  }

  const core::ActionList& m_list;
};

} // namespace

std::string
actions_text(const core::ActionList& list, const ActionsOptions& options)
{
  return TextActions(list, options).render();
}

} // namespace ftsu::report
