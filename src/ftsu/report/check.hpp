#pragma once

#include <ftsu/core/publication.hpp>
#include <ftsu/report/format.hpp>

#include <string>
#include <vector>

// Renderers for `check`: what the publication check found in each answers
// file (docs/security.md, "Publishing board papers"). Pure functions
// returning the whole output.
namespace ftsu::report {

// One file checked: its name as given and its findings, in file order.
struct CheckedFile
{
  std::string name;
  std::vector<core::PublicationFinding> findings;
};

// What `check` found, the files in the order given.
struct CheckResult
{
  std::vector<CheckedFile> files;

  // Returns how many findings there are in all the files.
  std::size_t finding_count() const;
};

// How `check` shows its findings. The text found is shown only when
// `show_text` (standard output is a terminal): it never goes into a file.
struct CheckOptions : Layout
{
  bool show_text = false;
};

// The formats `check` writes, text first.
FormatTable<CheckResult, CheckOptions> check_formats();

// Each finding on a line (where, what kind, which characters), under its
// file, then a line that counts them and says what to do.
std::string check_text(const CheckResult& result, const CheckOptions& options);
// The findings for programs: where each is and its kind, never its text.
std::string check_json(const CheckResult& result);

} // namespace ftsu::report
