#pragma once

#include <ftsu/core/scoring.hpp>

#include <optional>
#include <string>
#include <string_view>

// Words shared by the human-facing renderers (text and Markdown), so every
// format says the same: ratings and answers by their labels, never their
// keys (keys are for JSON and the key columns of CSV), "capped" wherever a
// rating is capped, and gaps and changes in points.
namespace ftsu::report {

// What a human format shows instead of a score and a rating where items
// count but none of them is answered yet.
inline constexpr std::string_view k_not_yet_answered = "Not yet answered";

// Returns true when items of `summary` count and none of them is answered:
// its score (0) says nothing yet, so human formats show k_not_yet_answered.
bool nothing_answered(const core::ScoreSummary& summary);

// Returns "Draft: 12 of 48 items answered" for an assessment with items
// still unanswered, or an empty string when every item that counts is
// answered.
std::string draft_text(const core::Assessment& assessment);

// Returns the sentence that follows draft_text: why the figures are
// provisional.
std::string draft_note();

// Returns the label of answer `key` on the checklist's scale ("Partially
// met"), "Not answered" when absent, or the key itself when unknown.
std::string answer_label(const core::Checklist& checklist, const std::optional<std::string>& key);

// Returns the label of an assessment's period: `period:`, else
// `assessed_on`, else "(no period)".
std::string period_text(const core::AnswersFile& answers);

// Returns one side's answer in a comparison: the answer's label, "Out of
// profile", or "(absent)" for nullptr.
std::string side_answer(const core::ItemScore* score, const core::Checklist& checklist);

// Returns the rows an item takes in a plan (CSV, xlsx): one per action
// (ItemScore::actions), or one nullptr when it has none.
std::vector<const core::ItemAction*> action_rows(const core::ItemScore& score);

// Returns who wrote `action` ("by Alice"), or an empty string when it is
// not a respondent's (not a merged file).
std::string action_by(const core::ItemAction& action);

// Returns the spelling of `entry`'s action status: its `status`, else
// "open".
std::string action_status(const core::AnswerEntry& entry);

// Returns how long an action due on `due` is overdue on `as_of`, in
// words: "overdue by 3 weeks" (util::elapsed_text; at least "1 day").
std::string overdue_by_text(const util::Date& due, const util::Date& as_of);

// Returns "carried from 2025/26, not reviewed" for evidence carried forward
// and not yet reviewed, else an empty string.
std::string carried_note(const core::AnswerEntry* entry);

// Returns the rating's key for JSON, or nullopt (null) for nullptr.
std::optional<std::string> rating_key(const core::Rating* rating);

// Returns a score with one decimal place, or "—" for a null score.
std::string score_text(const std::optional<double>& score);

// Returns a rating in words: its label, followed by " (capped)" when
// `capped` ("Limited assurance (capped)"), or "no rating" for nullptr.
std::string rating_words(const core::Rating* rating, bool capped);

// Returns the rating of `summary` (a section's or the whole assessment's)
// in words, as rating_words ("no rating" when nothing counts, so there is
// no score), or k_not_yet_answered when nothing is answered. Every format
// says these words (tests/e2e/format_figures.py), the trend chart too.
std::string rating_words(const core::ScoreSummary& summary);

// Returns the score of `summary` with one decimal, or "—" for a null score
// or when nothing is answered (its rating then says so).
std::string score_text(const core::ScoreSummary& summary);

// Returns the score of `summary` as percent_text does, or
// k_not_yet_answered when nothing is answered.
std::string percent_text(const core::ScoreSummary& summary);

// Returns a score as a percentage with one decimal ("75.5%"), or "—" for a
// null score.
std::string percent_text(const std::optional<double>& score);

// Returns a sentence saying why the overall rating is capped (mandatory
// items not fully met, and those not yet answered, counted apart), or an
// empty string when it is not or nothing is answered.
std::string cap_reason(const core::Assessment& assessment);

// Returns points the score would gain: "+3.2 points".
std::string points_text(double gain);

// Returns "+3.2 points if met".
std::string gain_text(double gain);

// Returns a change of score in points: "+15.2 points", "-2.0 points",
// "0.0 points", or "—" when either side has no score.
std::string change_text(const std::optional<double>& delta);

// Returns an action's status in words: "open", "in progress" or "done".
std::string_view action_status_text(core::ActionStatus status);

// Returns how often an action's due date moved, for a plan: "due date moved
// once", "due date moved twice", "due date moved 3 times"; empty when it
// never moved.
std::string due_moves_text(std::size_t moves);

// Returns an action's latest dated progress note as "2 May 2026: TEXT", or
// nullopt when it has none.
std::optional<std::string> latest_note_text(const core::AnswerEntry& entry);

// Returns what a plan shows of an action's record, each a short phrase, in
// this order: its status unless open ("in progress", "done on 12 May 2026"
// or "done", "dropped: REASON"), "latest note, 2 May 2026: TEXT" and the
// due_moves_text. Empty for an action that is open with no record.
std::vector<std::string> action_record_facts(const core::AnswerEntry& entry);

// Returns the position of `rating` among the checklist's bands: 0 for the
// highest, bands-1 for the lowest; used to choose a colour.
std::size_t rating_rank(const core::Checklist& checklist, const core::Rating* rating);

// Returns the pale fill of rating band number `rank` (0: the highest) of a
// checklist's `bands`, for chart backgrounds: green, amber, red.
std::string_view band_background(std::size_t rank, std::size_t bands);

// Returns the strong colour of the band `rating` of `checklist` (grey for
// nullptr), for bars and marks.
std::string_view band_colour(const core::Checklist& checklist, const core::Rating* rating);

// Returns the strong colour of band number `rank` (0: the highest) of
// `bands`: green, amber, red.
std::string_view band_colour(std::size_t rank, std::size_t bands);

// Returns a one-line summary of the coverage: "95.8% (46 of 48 answered;
// 2 unanswered, 1 not applicable, 0 out of profile)".
std::string coverage_text(const core::ScoreSummary& summary);

} // namespace ftsu::report
