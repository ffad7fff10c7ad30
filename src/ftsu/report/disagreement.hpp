#pragma once

#include <ftsu/core/disagreement.hpp>
#include <ftsu/report/format.hpp>
#include <ftsu/util/json.hpp>

#include <span>
#include <string>
#include <string_view>

// "Where you disagree", the part `report` adds for a merged answers file
// (docs/respondents.md): one renderer per format, each appended to that
// format's report, and the words they share.
namespace ftsu::report {

// Returns how far apart an item's answers are: "2 steps apart", "1 step
// apart", with "; not applicable to some" when one said not applicable
// and another answered ("Not applicable to some" alone, without steps).
std::string steps_words(const core::Disagreement& disagreement);

// Returns true when some respondent left unanswered an item that others
// answered, so their scores count fewer items and each shows its coverage.
bool partly_answered(const core::Disagreements& disagreements);

// Returns a respondent's score with their coverage beside it when below
// 100 ("61.5 (80%)"), else the score alone.
std::string score_with_coverage(const std::optional<double>& score,
                                const std::optional<double>& coverage);

// Returns the sentence that says each score counts only what its
// respondent answered, for files where partly_answered() holds.
std::string coverage_note();

// Returns "Not answered by NAME, NAME" for `blank`, an item some
// respondents left unanswered.
std::string not_answered_words(const core::Disagreements& disagreements,
                               const core::NotAnswered& blank);

// Returns a respondent's answer in words: the option's label, or "Not
// answered" (no entry, or one without an answer).
std::string view_answer(const core::RespondentView& view);

// Returns respondent `respondent`'s (an index in `disagreements.respondents`)
// own entry for the item of `score`, one of `assessment`'s items, or nullptr.
const core::AnswerEntry* respondent_entry(const core::Disagreements& disagreements,
                                          const core::Assessment& assessment,
                                          const core::ItemScore& score,
                                          std::size_t respondent);

// Returns, for each item of `assessment` in order, the disagreement about
// it, or nullptr where its respondents agree.
std::vector<const core::Disagreement*>
disagreement_of_items(const core::Disagreements& disagreements, const core::Assessment& assessment);

// The columns the CSV action plan and the spreadsheet's "All items" sheet
// add for a merged file: the item's steps apart and whether it splits on
// not applicable, then per respondent ("answer: NAME", "evidence: NAME").
// Each column is a header and a cell from (item, its disagreement or nullptr,
// the respondent's entry or nullptr, checklist); the renderers read this one
// table.
struct RespondentColumn
{
  // The CSV header (a key, as the action plan's columns).
  std::string_view name;
  // The spreadsheet's header, in words.
  std::string_view label;
  // True for a column per respondent ("answer: NAME"), false for one column.
  bool per_respondent;
  // Returns the cell's value as plain text (empty for none); numbers as
  // their digits.
  std::string (*value)(const core::Disagreement* disagreement,
                       const core::AnswerEntry* entry,
                       const core::Checklist& checklist);
};

// The columns of a merged file, in order.
std::span<const RespondentColumn> respondent_columns();

// Returns the CSV header of `column` for respondent `name` ("answer: FTSU
// guardian"), or its name alone for a column that is not per respondent;
// with `words`, the spreadsheet's ("Answer: FTSU guardian").
std::string
respondent_column_header(const RespondentColumn& column, std::string_view name, bool words = false);

// Returns the heading's sentence under "Where you disagree": how many items
// differ, how many by two steps or more, and the rule that merged them.
std::string disagreement_summary(const core::Disagreements& disagreements);

// Returns the rule with a few words of what it does ("lowest (the most
// cautious answer given)").
std::string rule_words(core::MergeRule rule);

// Returns the short name of respondent `index`'s column ("R1"), which the
// tables of scores use with a key beneath.
std::string respondent_column(std::size_t index);

// The part for the text report: wrapped to `layout.width`, terminal-safe,
// headings painted when `layout.color`.
std::string disagreement_text(const core::Disagreements& disagreements,
                              const core::Checklist& checklist,
                              const Layout& layout);

// The part for the Markdown report: each respondent's score per section and
// the spread, then each item with everyone's answer and evidence.
std::string disagreement_markdown(const core::Disagreements& disagreements,
                                  const core::Checklist& checklist);

// The part for the HTML report, inside the shared page shell: a small chart
// of each respondent's score per section, the table of the same, and each
// item with everyone's answer, evidence and action side by side.
std::string disagreement_html(const core::Disagreements& disagreements,
                              const core::Checklist& checklist);

// Writes the JSON report's "disagreements" value: an object, or null
// without `disagreements` (a file that is not merged).
void write_disagreement_json(util::JsonWriter& json, const core::Disagreements* disagreements);

} // namespace ftsu::report
