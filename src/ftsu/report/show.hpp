#pragma once

#include <ftsu/core/checklist.hpp>
#include <ftsu/report/format.hpp>
#include <ftsu/util/date.hpp>

#include <cstddef>
#include <optional>
#include <string>

// Renderers for `show`: a checklist made readable by a person (text,
// Markdown) or a program (JSON). Pure functions returning the whole output.
namespace ftsu::report {

// How `show` lays out a checklist, and the day a stale one is judged
// against (the command line passes today, or SOURCE_DATE_EPOCH's day).
struct ShowOptions : Layout
{
  util::Date today;
};

// The formats `show` writes, text first.
FormatTable<core::Checklist, ShowOptions> show_formats();

// The checklist for reading, wrapped to `width`; with `today`, a note when
// its content date is more than 12 months before it.
std::string show_text(const core::Checklist& checklist,
                      std::size_t width,
                      std::optional<util::Date> today = std::nullopt);
// The checklist as a Markdown handout; with `today`, as show_text.
std::string show_markdown(const core::Checklist& checklist,
                          std::optional<util::Date> today = std::nullopt);
// The checklist as JSON with the keys of the checklist format, so the output
// is itself a valid checklist file.
std::string show_json(const core::Checklist& checklist);

} // namespace ftsu::report
