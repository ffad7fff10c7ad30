#pragma once

#include <ftsu/core/checklist.hpp>
#include <ftsu/report/format.hpp>

#include <cstddef>
#include <string>

// Renderers for `show`: a checklist made readable by a person (text,
// Markdown) or a program (JSON). Pure functions returning the whole output.
namespace ftsu::report {

// The formats `show` writes, text first.
FormatTable<core::Checklist, Layout> show_formats();

std::string show_text(const core::Checklist& checklist, std::size_t width);
std::string show_markdown(const core::Checklist& checklist);
// The checklist as JSON with the keys of the checklist format, so the output
// is itself a valid checklist file.
std::string show_json(const core::Checklist& checklist);

} // namespace ftsu::report
