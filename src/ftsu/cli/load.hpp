#pragma once

#include <ftsu/cli/app.hpp>
#include <ftsu/cli/output.hpp>
#include <ftsu/cli/resolve.hpp>
#include <ftsu/core/answers.hpp>
#include <ftsu/core/checklist.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace ftsu::cli {

// An answers file with the checklist it is scored against.
struct LoadedAnswers
{
  std::string name;
  core::AnswersFile answers;
  core::ChecklistPtr checklist;
};

// Returns the name `path` is shown by in messages ("<stdin>" for "-").
std::string display_name(const std::string& path);

// Throws core::Error (usage) when "-" (standard input) is among `paths`
// more than once: it can be read only once.
void check_stdin_once(const std::vector<std::string>& paths);

// Throws core::Error (invalid_input) with `message` located at the
// `checklist:` line of `loaded`'s file, for files that do not belong
// together (another checklist, another version).
[[noreturn]] void refuse_mismatch(const LoadedAnswers& loaded, const std::string& message);

// Throws core::Error (usage) when `older`, the file that should be the
// earlier of two, is newer than `newer` (core::reversed_order): the message
// begins with `what` the command expects, names both files, says why, and
// names --allow-reverse.
// Does nothing when `allow_reverse` (--allow-reverse was given).
void check_order(const LoadedAnswers& older,
                 const LoadedAnswers& newer,
                 std::string_view what,
                 bool allow_reverse);

// Reads `path` ("-": standard input) through `context`'s file system as an
// answers file, finds its checklist (docs/cli.md#naming-a-checklist) with
// `options` and checks the answers against it. Warnings are printed (unless
// --quiet); problems throw core::Error with every diagnostic.
LoadedAnswers
load_answers_file(Context& context, const std::string& path, const ChecklistOptions& options);

} // namespace ftsu::cli
