#pragma once

#include <ftsu/core/diff.hpp>

#include <string>
#include <vector>

// How the action plan moved since last year, as `report --compare` shows it
// in Markdown, HTML and the docx: one set of tables, rendered by each.
namespace ftsu::report {

// One table of the movement: a heading with the count, and plain-text
// cells (each renderer escapes them).
struct MovementTable
{
  std::string title;
  std::vector<std::string> headers;
  std::vector<std::vector<std::string>> rows;
};

// Returns how an item's completed action (core::completed_actions) was
// done: "done on 20 February 2026" (its completed_on), "marked done", or
// "item now met".
std::string completed_text(const core::ItemChange& item);

// Returns the tables after "Actions completed": the actions in progress
// (item, action, owner, due, latest note), dropped (item, action, owner,
// why) and whose due date moved since last year (item, action, owner,
// from, to now, the moves with their reasons), headed "Actions in progress
// (2)", "Actions dropped since 2025/26 (1)", "Due dates moved since
// 2025/26 (3)". A merged file's action names who wrote it.
std::vector<MovementTable> movement_tables(const core::Comparison& comparison);

} // namespace ftsu::report
