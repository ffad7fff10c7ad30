#pragma once

#include <ftsu/core/answers.hpp>
#include <ftsu/core/checklist.hpp>

#include <string>

namespace ftsu::core {

// Returns `answers` as the text of an answers file (docs/spec.md#answers-format),
// starting with the line that names its JSON Schema. Every string that
// another YAML reader could take for something else is quoted; long-form
// answers stay long, `x-` keys are kept where they were. When
// `checklist` is given, each section starts with a comment naming it and
// each item carries its statement as a comment beside it, so the file can be
// filled in an editor. One rule for every writer: nothing is returned that
// ftsu-gap's own loader would refuse. Throws core::Error (invalid_input),
// saying why, when the text would be larger than 16 MiB, hold a text over
// 64 KiB (merged evidence, say) or otherwise not load back.
std::string write_answers(const AnswersFile& answers, const Checklist* checklist);

// Returns the label carried-forward evidence is marked with: `previous`'s
// period, else its assessed_on date, else "the last assessment".
std::string carried_from_label(const AnswersFile& previous);

// Returns a new answers file for `checklist` listing every item that applies
// to `profile`, unanswered. With `previous` (last year's file), organisation
// and profile (unless given) are carried forward, and per item (mapped
// through `replaces`) the evidence, marked `evidence_from` with the period it
// came from, and an action that is not done, with its owner, due, status and
// progress; answers, notes and done actions are not. From a merged file
// (several respondents), the evidence and the action are `respondent`'s own
// where they were one of its respondents (names compared by
// respondent_key); anyone else carries the merged evidence and the one open
// action its respondents wrote (none when they wrote several).
AnswersFile start_answers(const Checklist& checklist,
                          const std::optional<std::string>& organisation,
                          const std::optional<std::string>& period,
                          const std::optional<std::string>& profile,
                          const AnswersFile* previous,
                          const std::optional<std::string>& respondent = std::nullopt);

// Returns the YAML of `answers`'s `cover:` and top-level `publish_ok:` as
// write_answers writes them (empty when neither is given): the response
// workbook carries them in its "Other fields" cell.
std::string header_extras_yaml(const AnswersFile& answers);

// Returns the YAML of `entry`'s `publish_ok:` as write_answers writes it at
// the top level (empty when none): the response workbook's "Other fields"
// column carries it. The private note is never exported.
std::string entry_extras_yaml(const AnswerEntry& entry);

} // namespace ftsu::core
