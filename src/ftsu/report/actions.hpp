#pragma once

#include <ftsu/core/actions.hpp>
#include <ftsu/report/format.hpp>
#include <ftsu/util/date.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace ftsu::util {
class JsonWriter;
}

// Renderers for `actions`, the director's list: pure functions from an
// ActionList to the whole output, one file per format.
namespace ftsu::report {

namespace docx {
struct Reference;
} // namespace docx

// How the list is laid out: the text list's layout, and for the Word
// document the day it is made and the reference document whose styles it
// takes.
struct ActionsOptions : Layout
{
  // The day the output is generated, shown in the Word document.
  util::Date generated;
  // The styles, header and footer the Word document takes from a reference
  // document (`--reference-docx`), or nullptr for the built-in ones.
  const docx::Reference* reference_docx = nullptr;
};

// The heading of the actions that have no owner.
inline constexpr std::string_view k_no_owner = "(no owner)";

// The formats `actions` writes, text first.
FormatTable<core::ActionList, ActionsOptions> actions_formats();

std::string actions_text(const core::ActionList& list, const ActionsOptions& options);
// A heading and a table per owner.
std::string actions_markdown(const core::ActionList& list);
// The JSON list (format ftsu-gap/actions/v1): every key always present.
std::string actions_json(const core::ActionList& list);
// One row per action: RFC 4180, UTF-8 with a BOM, CRLF line ends, formula
// injection neutralised.
std::string actions_csv(const core::ActionList& list);
// A Word document (.docx): the headline and the files, then a heading and
// a table per owner, overdue first; binary.
std::string actions_docx(const core::ActionList& list, const ActionsOptions& options);

// Writes an action's dated progress notes as JSON: "progress_notes", a
// list of {date, note}, empty without an entry (actions_json and
// report_json alike).
void write_progress_notes_json(util::JsonWriter& json, const core::AnswerEntry* entry);

// Writes an action's due-date moves as JSON: "due_history", a list of
// {from, to, date, why}, empty without an entry.
void write_due_history_json(util::JsonWriter& json, const core::AnswerEntry* entry);

// An iCalendar file (RFC 5545): one all-day event per listed action with a
// due date, on that date, with a stable UID per action (organisation,
// checklist, item and respondent) so a calendar importing it again updates
// the event, and an alarm a week before; lines folded at 75 octets.
std::string actions_ics(const core::ActionList& list);

// Returns the list's headline, naming its filters: "Open actions: 7 (2
// overdue) across 2 files", "Overdue actions for Director of People: 2
// across 1 file" (the owner as the files spell it, when one matched; "due
// by 6 January 2027" after it with --due-within), or a
// sentence such as "No open actions across 2 files." when it is empty.
std::string actions_headline(const core::ActionList& list);

// Returns the owner a group is shown under: its owner, or "(no owner)".
std::string group_owner_text(const core::OwnerGroup& group);

// Returns a group's heading: "FTSU guardian: 9 open, 1 overdue" (or "...: 1
// overdue" when the list holds only overdue actions).
std::string group_heading(const core::ActionList& list, const core::OwnerGroup& group);

// Returns where an action comes from, for people: "Example Trust, 2025/26"
// (the organisation, or "(organisation not given)", and period_text).
std::string organisation_period(const core::AnswersFile& answers);

// Returns the owner as written on `action` (trimmed) when it differs from
// its group's (in case or spacing only), else nullopt.
std::optional<std::string> owner_as_written(const core::OpenAction& action,
                                            const core::OwnerGroup& group);

} // namespace ftsu::report
