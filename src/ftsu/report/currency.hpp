#pragma once

#include <ftsu/core/checklist.hpp>
#include <ftsu/util/date.hpp>

#include <string>

// The words every output uses for how current a checklist's content is
// (core/currency.hpp): `list`, `show` and every report's footer say the same.
// Plain text: each renderer escapes it for its format.
namespace ftsu::report {

// Returns the checklist's content date as people read it ("30 November 2026"), or "not given".
std::string content_date_text(const core::Checklist& checklist);

// Returns the content date for a table cell: "27 Nov 2026", or "not given".
std::string content_date_cell(const core::Checklist& checklist);

// Returns "Checklist ngo-case-reviews 2026.1, content date 2026-11-30.": the
// line every report's footer ends with.
std::string content_footer(const core::Checklist& checklist);

// Returns the warning `list` and `show` give for a checklist whose content
// date is more than 12 months before `today`, or an empty string when it
// is not.
std::string stale_note(const core::Checklist& checklist, util::Date today);

// Returns a source's status and check date in words ("withdrawn, checked
// 2026-11-30"; "checked 2026-11-30" for an unwritten status), or an empty
// string when neither is written.
std::string source_currency_text(const core::Source& source);

} // namespace ftsu::report
