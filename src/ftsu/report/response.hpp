#pragma once

#include <ftsu/core/answers.hpp>
#include <ftsu/core/checklist.hpp>
#include <ftsu/util/date.hpp>

#include <optional>
#include <string>

namespace ftsu::report {

// What `export` is asked for beyond the answers file.
struct ResponseOptions
{
  // The day the workbook is made (its creation time, for the same bytes on
  // the same day).
  util::Date today;
  // The day the answers are wanted back (--by), if given.
  std::optional<util::Date> by;
};

// Returns a response workbook (.xlsx) for `answers`, one respondent's file
// of `checklist` (docs/spec.md#response-workbook): an Instructions sheet
// saying what to do, by when, for whom, with the details and the scale,
// then an Items sheet of every item in the profile, its answer a drop-down
// of the scale's labels and its due a date cell, the statement columns
// locked and the respondent's columns not. Throws core::Error
// (invalid_input) for a merged file, (io_error) when the workbook cannot be
// assembled.
std::string response_xlsx(const core::AnswersFile& answers,
                          const core::Checklist& checklist,
                          const ResponseOptions& options);

} // namespace ftsu::report
