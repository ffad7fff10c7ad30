#pragma once

#include <ftsu/core/answers.hpp>
#include <ftsu/core/checklist.hpp>
#include <ftsu/core/diagnostic.hpp>

#include <optional>
#include <span>
#include <string>
#include <vector>

// `ftsu-gap merge`: several respondents' answers to one checklist, for one
// organisation and period, merged into one answers file that keeps each
// respondent's own answers beside the merged one (docs/respondents.md).
namespace ftsu::core {

// One file given to `merge`: the name messages call it by, and its answers
// (already checked against the checklist).
struct MergeInput
{
  std::string name;
  const AnswersFile* answers = nullptr;
};

// What `merge` made: the merged file, or nothing and the problems that
// refused it, each naming its file.
struct MergeOutcome
{
  std::optional<AnswersFile> merged;
  std::vector<Diagnostic> problems;
  // What the merge notes without refusing: one line per respondent who
  // left items unanswered that others answered, naming the items.
  std::vector<std::string> warnings;
};

// Merges `inputs`, each one respondent's own file (with `respondent:`) or a
// merged file, for `checklist`. Refused, with a problem naming the files:
// files of another checklist, version, organisation, period or profile; a
// respondent's file without `respondent:`; one respondent given twice with
// different answers (given twice with the same, they are kept once); merged
// files of different rules when `rule` is not given. Each item's answer is
// derived afresh from the respondents' own answers by `rule` (else the
// inputs' rule, else lowest); evidence and notes keep each different text
// once with who wrote it; actions (action, owner, due date, status,
// progress) stay each respondent's own, on their entry, never joined. A
// respondent who left unanswered an item that
// others answered is kept on it with no answer, and named in `warnings`.
// Respondent names are compared by respondent_key. Linear in respondents
// and items.
MergeOutcome merge_answers(const Checklist& checklist,
                           std::span<const MergeInput> inputs,
                           std::optional<MergeRule> rule);

// Returns the answer `rule` derives from `answers` (scale keys of
// `checklist`, one per respondent who answered): among the scored answers
// (not applicable is left out), the lowest, the most given (a tie goes to
// the lower) or the median (the lower of the two middle ones for an even
// count); when none is scored, the first of `checklist`'s unscored options
// given; nullopt when `answers` is empty.
std::optional<std::string>
merged_answer(const Checklist& checklist, const std::vector<std::string>& answers, MergeRule rule);

// Returns the steps between two scored options of `checklist`'s scale: the
// distance between their places among the scale's distinct scores, highest
// first (met, partially met and not met are one step apart each).
int scale_steps(const Checklist& checklist, const ScaleOption& a, const ScaleOption& b);

} // namespace ftsu::core
