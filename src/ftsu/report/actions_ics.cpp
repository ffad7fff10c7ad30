#include <ftsu/core/version.hpp>
#include <ftsu/report/actions.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/util/strings.hpp>

#include <fmt/format.h>

#include <cstdint>

namespace ftsu::report {

namespace {

// Returns `text` as an iCalendar TEXT value (RFC 5545 3.3.11): backslash,
// semicolon, comma and line breaks escaped; carriage returns dropped.
std::string
ics_text(std::string_view text)
{
  std::string out;
  out.reserve(text.size() + 8);
  for (const char c : text) {
    switch (c) {
    case '\\':
      out += "\\\\";
      break;
    case ';':
      out += "\\;";
      break;
    case ',':
      out += "\\,";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      break;
    default:
      // Other control characters are not allowed in a TEXT value.
      if (static_cast<unsigned char>(c) < 0x20 || c == '\x7f') {
        out += ' ';
      } else {
        out += c;
      }
    }
  }
  return out;
}

// Appends `line` folded as RFC 5545 3.1 asks: at most 75 octets a line,
// each continuation starting with a space, never inside a UTF-8 sequence;
// every line ends with CRLF.
void
ics_line(std::string& out, std::string_view line)
{
  std::size_t limit = 75;
  while (line.size() > limit) {
    std::size_t cut = limit;
    // Back up to the start of a UTF-8 sequence (not a continuation byte).
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) {
      --cut;
    }
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = 74; // the leading space counts
  }
  out.append(line);
  out += "\r\n";
}

// Returns a date as iCalendar writes a DATE value (20270331).
std::string
ics_date(const util::Date& date)
{
  return fmt::format("{:04}{:02}{:02}", date.year, date.month, date.day);
}

// Returns the FNV-1a hash of `text`, 64 bits.
std::uint64_t
ics_hash(std::string_view text)
{
  std::uint64_t h = 14695981039346656037ULL;
  for (const char c : text) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

// Returns the action's UID: the same for the same organisation, checklist,
// item and respondent in every export, so a calendar that imports the file
// again updates the event instead of adding a second.
std::string
ics_uid(const core::ActionList& list, const core::OpenAction& action)
{
  const core::Assessment& a = *list.files[action.file].assessment;
  const std::string key = fmt::format("{}\x1f{}\x1f{}\x1f{}",
                                      a.answers->organisation.value_or(""),
                                      a.checklist->id,
                                      action.entry().item_id,
                                      action.respondent() != nullptr ? *action.respondent() : "");
  return fmt::format("{}-{:016x}@ftsu-gap", action.entry().item_id, ics_hash(key));
}

void
ics_event(std::string& out, const core::ActionList& list, const core::OpenAction& action)
{
  const core::AnswerEntry& entry = action.entry();
  const core::ActionFile& file = list.files[action.file];
  const core::Assessment& a = *file.assessment;
  const util::Date& due = *entry.due;
  std::vector<std::string> lines{
      "Item: " + action.score->item->id + ": " + action.score->item->text,
      "Owner: " + entry.owner.value_or(std::string(k_no_owner)),
      "Action: " + entry.action.value_or(""),
      fmt::format("Status: {}", action_status_text(action.status)),
  };
  if (action.respondent() != nullptr) {
    lines.push_back("Written by: " + *action.respondent());
  }
  if (const auto note = latest_note_text(entry)) {
    lines.push_back("Latest note: " + *note);
  }
  if (std::string moved = due_moves_text(entry.due_history.size()); !moved.empty()) {
    moved.front() = 'D';
    lines.push_back(moved);
  }
  lines.push_back(fmt::format(
      "From: {} · {} · {}", organisation_period(*a.answers), a.checklist->id, file.name));
  const std::string summary = fmt::format("FTSU action due: {} ({})",
                                          entry.action.value_or(action.score->item->id),
                                          entry.owner.value_or(std::string(k_no_owner)));
  ics_line(out, "BEGIN:VEVENT");
  ics_line(out, "UID:" + ics_uid(list, action));
  ics_line(out, "DTSTAMP:" + ics_date(a.as_of) + "T000000Z");
  ics_line(out, "DTSTART;VALUE=DATE:" + ics_date(due));
  ics_line(out, "DTEND;VALUE=DATE:" + ics_date(util::add_days(due, 1)));
  ics_line(out, "SUMMARY:" + ics_text(summary));
  ics_line(out, "DESCRIPTION:" + ics_text(util::join(lines, "\n")));
  ics_line(out, "TRANSP:TRANSPARENT");
  ics_line(out, "BEGIN:VALARM");
  ics_line(out, "ACTION:DISPLAY");
  ics_line(out, "DESCRIPTION:" + ics_text("Due in a week: " + summary));
  ics_line(out, "TRIGGER:-P7D");
  ics_line(out, "END:VALARM");
  ics_line(out, "END:VEVENT");
}

} // namespace

std::string
actions_ics(const core::ActionList& list)
{
  std::string out;
  ics_line(out, "BEGIN:VCALENDAR");
  ics_line(out, "VERSION:2.0");
  ics_line(out, fmt::format("PRODID:-//ftsu-gap//ftsu-gap {}//EN", core::k_version));
  ics_line(out, "CALSCALE:GREGORIAN");
  // The owner as the files spell it when their actions matched, else as asked.
  std::string name = "FTSU actions";
  if (list.owners.size() == 1 && list.filter.owner && list.owners.front().owner) {
    name += ": " + *list.owners.front().owner;
  } else if (list.filter.owner) {
    name += ": " + std::string(util::trim(*list.filter.owner));
  }
  ics_line(out, "X-WR-CALNAME:" + ics_text(name));
  for (const auto& group : list.owners) {
    for (const auto& action : group.actions) {
      if (action.entry().due) {
        ics_event(out, list, action);
      }
    }
  }
  ics_line(out, "END:VCALENDAR");
  return out;
}

} // namespace ftsu::report
