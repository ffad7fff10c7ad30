#pragma once

#include <ftsu/core/diff.hpp>
#include <ftsu/core/disagreement.hpp>
#include <ftsu/core/scoring.hpp>
#include <ftsu/util/date.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

// The executive summary that opens every board format of `report` (HTML,
// Markdown, the xlsx's first sheet, the docx) and the JSON's "summary":
// computed once here, as data, so every renderer shows the same figures
// and none computes one of them again (docs/reports.md, "The first page").
namespace ftsu::report {

struct ReportOptions;

// How many gaps, and how many disagreements, the summary names.
inline constexpr std::size_t k_summary_top = 5;

// One of the top gaps: the item, who owns its action and when it is due.
struct SummaryGap
{
  // The item's score (its statement, id, answer, gain and mandatory mark).
  const core::ItemScore* item = nullptr;
  // The owners of the item's actions, distinct, in order, joined with ", "
  // (each respondent's in a merged file); empty when none is named.
  std::string owner;
  // The earliest due date of the item's actions; nullopt when none has one.
  std::optional<util::Date> due;
  // True when one of the item's actions is overdue.
  bool overdue = false;
};

// One overdue action: the item, the action's owner, due date and how long
// it is overdue.
struct SummaryOverdue
{
  const core::ItemScore* item = nullptr;
  // The action (its entry: action text, owner, due; its respondent).
  const core::ItemAction* action = nullptr;
  // The action's owner; empty when none is named.
  std::string owner;
  util::Date due;
  // Days from `due` to the assessment's as_of date (at least 1).
  int days_overdue = 0;
  // "3 weeks" (util::elapsed_text of days_overdue): said "overdue by 3 weeks".
  std::string overdue_by;
};

// The change since last year (`report --compare`).
struct SummaryChange
{
  // Last year's period label ("2025/26") and overall score (nullopt: none).
  std::string before_period;
  std::optional<double> before;
  // This year's score less last year's; nullopt when either has none.
  std::optional<double> delta;
  // "up 4.2 points from 61.0% in 2025/26", "down ...", "unchanged from
  // ...", or "no change can be given ..." when either score is missing.
  std::string words;
  // How many items regressed (core::ChangeSummary::regressed).
  std::size_t regressions = 0;
  // How many actions were completed (core::completed_actions).
  std::size_t actions_completed = 0;
};

// The disagreements of a merged file, as the summary counts them.
struct SummaryDisagreements
{
  // How many items the respondents answered differently (every width).
  std::size_t items = 0;
  // How many of those are two scale steps or more apart.
  std::size_t wide = 0;
  // The widest k_summary_top of them, widest first (core order).
  std::vector<const core::Disagreement*> widest;
};

// One row of the board paper's cover table: "Purpose", "For assurance".
struct CoverRow
{
  std::string label;
  std::string value;
};

// Everything the first page says, in the order it says it.
struct ExecutiveSummary
{
  // The cover table, in the order NHS trusts' cover sheets use: meeting,
  // date, agenda item, title, purpose, executive sponsor, author /
  // presenter, recommendation, links to the board assurance framework and
  // risks. Only the fields given (the answers file's `cover:`, each
  // replaced by report's option); empty when none is, so no empty rows.
  // The title defaults to "Freedom to Speak Up gap analysis: CHECKLIST".
  std::vector<CoverRow> cover;
  // The same fields as given (answers file, then options), for JSON.
  core::CoverSheet cover_fields;
  // The organisation as written, or "Gap analysis" when the file names none.
  std::string organisation;
  // The period label (period_text: `period:`, else assessed_on, else "(no
  // period)").
  std::string period;
  // The checklist's title, id and version.
  std::string checklist_title;
  std::string checklist_id;
  std::string checklist_version;
  // The overall score (nullopt: none counts) and rating (nullptr: none).
  std::optional<double> score;
  const core::Rating* rating = nullptr;
  bool rating_capped = false;
  // True when items count and none is answered: human formats then show
  // k_not_yet_answered instead of the score and rating.
  bool nothing_answered = false;
  // The rating in words (rating_words of the overall summary).
  std::string rating_text;
  // Why the rating is capped (cap_reason); empty when it is not.
  std::string cap_reason;
  // Coverage in percent (nullopt: nothing to answer), and its counts.
  std::optional<double> coverage;
  std::size_t answered = 0;
  std::size_t answerable = 0;
  // The overall counts of items by status.
  core::Tally tally;
  // The coverage in words with every count (coverage_text): "95.8% (46 of
  // 48 answered; 2 unanswered, 1 not applicable, 0 out of profile)".
  std::string coverage_words;
  // How many mandatory items are answered and not fully met, and how many
  // are not yet answered (both cap the rating).
  std::size_t mandatory_unmet = 0;
  std::size_t mandatory_unanswered = 0;
  // "Draft: 12 of 48 items answered" (draft_text); empty when complete.
  std::string draft;
  // Last year's comparison; nullopt without --compare.
  std::optional<SummaryChange> change;
  // The first k_summary_top gaps in the report's order, and how many there
  // are in all.
  std::vector<SummaryGap> top_gaps;
  std::size_t gaps = 0;
  // Every overdue action, in checklist order (each respondent's in a merged
  // file).
  std::vector<SummaryOverdue> overdue;
  // The respondents' disagreements; nullopt unless the file is merged.
  std::optional<SummaryDisagreements> disagreements;
  // The date overdue actions are judged against (Assessment::as_of).
  util::Date as_of;
};

// Returns a purpose as a cover sheet says it: "For assurance".
std::string purpose_words(core::Purpose purpose);

// Returns the executive summary of `assessment` with `options.compare` and
// `options.disagreements` (either may be nullptr). Pure; never throws.
ExecutiveSummary executive_summary(const core::Assessment& assessment,
                                   const ReportOptions& options);

// Returns the summary as the HTML report's first page shows it (after the
// header): the cards, why the rating is capped, the disagreements of a
// merged file, the top gaps and the overdue actions.
std::string summary_html(const ExecutiveSummary& summary, const core::Checklist& checklist);

// Returns the summary as the Markdown report's opening shows it.
std::string summary_markdown(const ExecutiveSummary& summary, const core::Checklist& checklist);

} // namespace ftsu::report
