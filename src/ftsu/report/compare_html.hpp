#pragma once

#include <ftsu/core/diff.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// HTML parts shared by `report --compare` and `diff --format html`.
namespace ftsu::report::html {

// Returns a change in points as HTML: "+8.4 (up)" in green, "-2.0 (down)"
// in red, "0.0", or "—"; the words say it without the colour.
std::string delta_html(const std::optional<double>& delta);

// Returns the items of `comparison` whose change is `change`.
std::vector<const core::ItemChange*> items_with(const core::Comparison& comparison,
                                                core::Change change);

// Returns an `<h2>` titled `title` with the count, then a table of `items`:
// the statement and id, both answers, and the evidence and plan now; "None."
// when there are none.
std::string change_section(const core::Comparison& comparison,
                           std::string_view title,
                           const std::vector<const core::ItemChange*>& items);

// Returns an `<h2>` and a table of the actions completed since last year
// (core::completed_actions): the action, its owner and how it was done.
std::string completed_section(const core::Comparison& comparison);

// Returns an `<h2>` and a table (or "None.") for each of movement_tables:
// the actions in progress, dropped and whose due date moved.
std::string movement_sections(const core::Comparison& comparison);

} // namespace ftsu::report::html
