#include <ftsu/report/compare.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/util/json.hpp>

#include <utility>

namespace ftsu::report {

namespace {

void
side(util::JsonWriter& json, const core::Assessment& a)
{
  json.begin_object();
  json.key("checklist").begin_object();
  json.key("id").string(a.checklist->id);
  json.key("version").string(a.checklist->version);
  json.end_object();
  json.key("organisation").string_or_null(a.answers->organisation);
  json.key("period").string_or_null(a.answers->period);
  json.key("score").number_or_null(a.overall.score);
  json.key("rating").string_or_null(rating_key(a.overall.rating));
  json.end_object();
}

void
change(util::JsonWriter& json, const core::ScoreChange& c)
{
  json.key("before").number_or_null(c.before);
  json.key("after").number_or_null(c.after);
  json.key("delta").number_or_null(c.delta);
}

} // namespace

std::string
diff_json(const core::Comparison& comparison)
{
  util::JsonWriter json;
  // A little more than the document's size, so a large diff is written
  // without being copied as it grows (room never written costs no memory).
  std::size_t size = 4096;
  for (const auto& s : comparison.sections) {
    size += 200 + s.id.size() + s.title.size();
  }
  for (const auto& item : comparison.items) {
    const core::AnswerEntry* entry = item.after != nullptr ? item.after->entry : nullptr;
    size += 400 + 2 * item.id.size();
    if (entry != nullptr) {
      size += (entry->evidence ? entry->evidence->size() : 0)
              + (entry->evidence_from ? entry->evidence_from->size() : 0);
    }
  }
  json.reserve(size);
  json.begin_object();
  json.key("format").string("ftsu-gap/diff/v1");
  json.key("before");
  side(json, *comparison.before);
  json.key("after");
  side(json, *comparison.after);
  json.key("overall").begin_object();
  change(json, comparison.overall);
  json.end_object();
  json.key("sections").begin_array();
  for (const auto& s : comparison.sections) {
    json.begin_object();
    json.key("id").string(s.id);
    json.key("title").string(s.title);
    change(json, s.score);
    json.end_object();
  }
  json.end_array();
  json.key("items").begin_array();
  for (const auto& item : comparison.items) {
    json.begin_object();
    json.key("id").string(item.id);
    json.key("before_id").string_or_null(item.before_id);
    json.key("change").string(core::to_string(item.change));
    json.key("before").string_or_null(item.before != nullptr ? item.before->answer : std::nullopt);
    json.key("after").string_or_null(item.after != nullptr ? item.after->answer : std::nullopt);
    json.key("before_value")
        .number_or_null(item.before != nullptr ? item.before->value : std::nullopt);
    json.key("after_value")
        .number_or_null(item.after != nullptr ? item.after->value : std::nullopt);
    const core::AnswerEntry* entry = item.after != nullptr ? item.after->entry : nullptr;
    json.key("evidence").string_or_null(entry != nullptr ? entry->evidence : std::nullopt);
    json.key("evidence_from")
        .string_or_null(entry != nullptr && entry->evidence ? entry->evidence_from : std::nullopt);
    json.end_object();
  }
  json.end_array();
  const auto& s = comparison.summary;
  json.key("summary").begin_object();
  json.key("improved").integer(static_cast<std::int64_t>(s.improved));
  json.key("regressed").integer(static_cast<std::int64_t>(s.regressed));
  json.key("unchanged").integer(static_cast<std::int64_t>(s.unchanged));
  json.key("added").integer(static_cast<std::int64_t>(s.added));
  json.key("removed").integer(static_cast<std::int64_t>(s.removed));
  json.key("not_comparable").integer(static_cast<std::int64_t>(s.not_comparable));
  json.key("unanswered").integer(static_cast<std::int64_t>(s.unanswered));
  json.end_object();
  json.end_object();
  return std::move(json).str();
}

} // namespace ftsu::report
