#include <ftsu/core/currency.hpp>
#include <ftsu/report/actions.hpp>
#include <ftsu/report/disagreement.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/report/report.hpp>
#include <ftsu/report/summary.hpp>
#include <ftsu/util/json.hpp>

#include <utility>

namespace ftsu::report {

namespace {

void
write_tally(util::JsonWriter& json, const core::Tally& tally)
{
  json.key("items").integer(static_cast<std::int64_t>(tally.items));
  json.key("answered").integer(static_cast<std::int64_t>(tally.answered));
  json.key("unanswered").integer(static_cast<std::int64_t>(tally.unanswered));
  json.key("not_applicable").integer(static_cast<std::int64_t>(tally.not_applicable));
  json.key("out_of_profile").integer(static_cast<std::int64_t>(tally.out_of_profile));
}

std::optional<std::string>
date_or_null(const std::optional<util::Date>& date)
{
  return date ? std::optional<std::string>(util::to_string(*date)) : std::nullopt;
}

// Writes an action's record after its progress: "progress_notes" ([{date,
// note}]), "completed_on", "dropped_reason" and "due_history" ([{from, to,
// date, why}]); empty lists and nulls without an entry.
void
write_action_record(util::JsonWriter& json, const core::AnswerEntry* e)
{
  write_progress_notes_json(json, e);
  json.key("completed_on")
      .string_or_null(e != nullptr ? date_or_null(e->completed_on) : std::nullopt);
  json.key("dropped_reason").string_or_null(e != nullptr ? e->dropped_reason.get() : nullptr);
  write_due_history_json(json, e);
}

// Returns the bytes of an action's record in JSON, roughly.
std::size_t
record_size(const core::AnswerEntry& e)
{
  std::size_t size = 120 + (e.dropped_reason ? e.dropped_reason->size() : 0);
  for (const auto& n : e.progress_notes) {
    size += 40 + n.note.size();
  }
  for (const auto& c : e.due_history) {
    size += 80 + c.why.size();
  }
  return size;
}

// Writes one of an item's actions (ItemScore::actions).
void
write_action(util::JsonWriter& json, const core::ItemAction& action)
{
  const core::AnswerEntry& e = *action.entry;
  json.begin_object();
  json.key("respondent").string_or_null(action.respondent);
  json.key("action").string_or_null(e.action.get());
  json.key("owner").string_or_null(e.owner.get());
  json.key("due").string_or_null(date_or_null(e.due));
  json.key("action_status")
      .string_or_null(e.action ? std::optional<std::string>(action_status(e)) : std::nullopt);
  json.key("progress").string_or_null(e.progress.get());
  write_action_record(json, &e);
  json.key("overdue").boolean(action.overdue);
  json.end_object();
}

void
write_item(util::JsonWriter& json, const core::ItemScore& score)
{
  const core::AnswerEntry* entry = score.entry;
  const auto field = [&](util::OptionalText core::AnswerEntry::*member) {
    return entry != nullptr ? (entry->*member).get() : nullptr;
  };
  json.begin_object();
  json.key("id").string(score.item->id);
  json.key("section").string(score.section->id);
  json.key("status").string(core::to_string(score.status));
  json.key("answer").string_or_null(score.answer);
  json.key("value").number_or_null(score.value);
  json.key("weight").number(score.item->weight);
  json.key("mandatory").boolean(score.item->mandatory);
  json.key("gap").number(score.gap);
  json.key("gain").number_or_null(score.gain);
  json.key("evidence").string_or_null(field(&core::AnswerEntry::evidence));
  json.key("evidence_from").string_or_null(field(&core::AnswerEntry::evidence_from));
  json.key("action").string_or_null(field(&core::AnswerEntry::action));
  json.key("owner").string_or_null(field(&core::AnswerEntry::owner));
  json.key("due").string_or_null(entry != nullptr ? date_or_null(entry->due) : std::nullopt);
  json.key("action_status")
      .string_or_null(entry != nullptr && entry->action
                          ? std::optional<std::string>(action_status(*entry))
                          : std::nullopt);
  json.key("progress").string_or_null(field(&core::AnswerEntry::progress));
  write_action_record(json, entry);
  json.key("overdue").boolean(score.overdue);
  json.key("note").string_or_null(field(&core::AnswerEntry::note));
  json.key("actions").begin_array();
  for (const auto& action : score.actions) {
    write_action(json, action);
  }
  json.end_array();
  json.end_object();
}

// Returns a generous estimate of the JSON's size in bytes: the keys and
// numbers of each item and section, and their texts.
std::size_t
estimated_size(const core::Assessment& assessment)
{
  std::size_t size = 4096;
  for (const auto& section : assessment.sections) {
    size += 400 + section.section->id.size() + section.section->title.size();
  }
  const auto length = [](const auto& text) -> std::size_t { return text ? text->size() : 0; };
  for (const auto& score : assessment.items) {
    size += 700 + score.item->id.size() + score.section->id.size() + length(score.answer);
    if (const core::AnswerEntry* e = score.entry) {
      size += length(e->evidence) + length(e->evidence_from) + length(e->action) + length(e->owner)
              + length(e->progress) + length(e->note) + record_size(*e);
    }
    for (const auto& action : score.actions) {
      const core::AnswerEntry* e = action.entry;
      size += 200 + length(e->action) + length(e->owner) + length(e->progress) + record_size(*e)
              + (action.respondent != nullptr ? action.respondent->size() : 0);
    }
  }
  return size;
}

// Writes the executive summary (report/summary.hpp) as "summary": the
// figures every board format's first page shows.
void
write_summary(util::JsonWriter& json, const ExecutiveSummary& s)
{
  const auto text_or_null = [](const std::string& text) {
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
  };
  json.begin_object();
  const core::CoverSheet& cover = s.cover_fields;
  json.key("cover").begin_object();
  json.key("meeting").string_or_null(cover.meeting);
  json.key("meeting_date").string_or_null(date_or_null(cover.meeting_date));
  json.key("agenda_item").string_or_null(cover.agenda_item);
  json.key("title").string_or_null(cover.title);
  json.key("purpose").string_or_null(
      cover.purpose ? std::optional<std::string>(core::to_string(*cover.purpose)) : std::nullopt);
  json.key("sponsor").string_or_null(cover.sponsor);
  json.key("author").string_or_null(cover.author);
  json.key("presenter").string_or_null(cover.presenter);
  json.key("recommendation").string_or_null(cover.recommendation);
  json.key("risks").strings(cover.risks);
  json.end_object();
  json.key("score").number_or_null(s.score);
  json.key("rating").string_or_null(rating_key(s.rating));
  json.key("rating_capped").boolean(s.rating_capped);
  json.key("cap_reason").string_or_null(text_or_null(s.cap_reason));
  json.key("coverage").number_or_null(s.coverage);
  json.key("answered").integer(static_cast<std::int64_t>(s.answered));
  json.key("answerable").integer(static_cast<std::int64_t>(s.answerable));
  json.key("draft").boolean(!s.draft.empty());
  json.key("gaps").integer(static_cast<std::int64_t>(s.gaps));
  json.key("top_gaps").begin_array();
  for (const auto& gap : s.top_gaps) {
    json.begin_object();
    json.key("id").string(gap.item->item->id);
    json.key("owner").string_or_null(text_or_null(gap.owner));
    json.key("due").string_or_null(date_or_null(gap.due));
    json.key("overdue").boolean(gap.overdue);
    json.end_object();
  }
  json.end_array();
  json.key("overdue_actions").begin_array();
  for (const auto& overdue : s.overdue) {
    json.begin_object();
    json.key("id").string(overdue.item->item->id);
    json.key("respondent").string_or_null(overdue.action->respondent);
    json.key("owner").string_or_null(text_or_null(overdue.owner));
    json.key("due").string(util::to_string(overdue.due));
    json.key("days_overdue").integer(overdue.days_overdue);
    json.end_object();
  }
  json.end_array();
  json.key("disagreements");
  if (!s.disagreements) {
    json.null();
  } else {
    json.begin_object();
    json.key("items").integer(static_cast<std::int64_t>(s.disagreements->items));
    json.key("wide").integer(static_cast<std::int64_t>(s.disagreements->wide));
    json.key("widest").begin_array();
    for (const core::Disagreement* d : s.disagreements->widest) {
      json.begin_object();
      json.key("id").string(d->item->item->id);
      json.key("steps").integer(d->steps);
      json.key("applicability").boolean(d->applicability);
      json.end_object();
    }
    json.end_array();
    json.end_object();
  }
  json.end_object();
}

} // namespace

std::string
report_json(const core::Assessment& assessment,
            const core::Disagreements* disagreements,
            const core::CoverSheet& cover)
{
  const core::Checklist& checklist = *assessment.checklist;
  const core::AnswersFile& answers = *assessment.answers;
  const core::ScoreSummary& overall = assessment.overall;
  util::JsonWriter json;
  // A little more than the document's size, so a large report is written
  // without being copied as it grows (room never written costs no memory).
  json.reserve(estimated_size(assessment));
  json.begin_object();
  json.key("format").string("ftsu-gap/report/v1");
  json.key("checklist").begin_object();
  json.key("id").string(checklist.id);
  json.key("version").string(checklist.version);
  json.key("title").string(checklist.title);
  if (const auto date = core::content_date(checklist)) {
    json.key("content_date").string(util::to_string(*date));
  } else {
    json.key("content_date").null();
  }
  json.end_object();
  json.key("organisation").string_or_null(answers.organisation);
  json.key("period").string_or_null(answers.period);
  json.key("profile").string_or_null(answers.profile);
  json.key("assessed_on").string_or_null(date_or_null(answers.assessed_on));
  json.key("assessors").strings(answers.assessors);
  json.key("overall").begin_object();
  json.key("score").number_or_null(overall.score);
  json.key("rating").string_or_null(rating_key(overall.rating));
  json.key("rating_label")
      .string_or_null(overall.rating != nullptr ? std::optional<std::string>(overall.rating->label)
                                                : std::nullopt);
  json.key("rating_capped").boolean(overall.rating_capped);
  write_tally(json, overall.tally);
  json.key("coverage").number_or_null(overall.coverage);
  json.key("mandatory_unmet").strings(assessment.mandatory_unmet);
  json.key("mandatory_unanswered").strings(assessment.mandatory_unanswered);
  json.key("overdue_actions").strings(assessment.overdue_actions);
  json.key("evidence_not_reviewed").strings(assessment.evidence_not_reviewed);
  json.end_object();
  json.key("sections").begin_array();
  for (const auto& section : assessment.sections) {
    json.begin_object();
    json.key("id").string(section.section->id);
    json.key("title").string(section.section->title);
    json.key("score").number_or_null(section.summary.score);
    json.key("rating").string_or_null(rating_key(section.summary.rating));
    json.key("rating_capped").boolean(section.summary.rating_capped);
    write_tally(json, section.summary.tally);
    json.key("gap").number(section.summary.gap);
    json.key("gain").number_or_null(section.summary.gain);
    json.end_object();
  }
  json.end_array();
  json.key("items").begin_array();
  for (const auto& item : assessment.items) {
    write_item(json, item);
  }
  json.end_array();
  json.key("gaps").begin_array();
  for (const auto index : assessment.gaps) {
    json.string(assessment.items[index].item->id);
  }
  json.end_array();
  json.key("disagreements");
  write_disagreement_json(json, disagreements);
  ReportOptions options;
  options.disagreements = disagreements;
  options.cover = cover;
  json.key("summary");
  write_summary(json, executive_summary(assessment, options));
  json.end_object();
  return std::move(json).str();
}

} // namespace ftsu::report
