#include <ftsu/report/disagreement.hpp>

namespace ftsu::report {

namespace {

void
numbers(util::JsonWriter& json,
        std::string_view key,
        const std::vector<std::optional<double>>& values)
{
  json.key(key).begin_array();
  for (const auto& value : values) {
    json.number_or_null(value);
  }
  json.end_array();
}

void
scores(util::JsonWriter& json,
       const std::vector<std::optional<double>>& values,
       const std::vector<std::optional<double>>& coverage,
       const std::optional<double>& spread)
{
  numbers(json, "scores", values);
  numbers(json, "coverage", coverage);
  json.key("spread").number_or_null(spread);
}

void
item(util::JsonWriter& json, const core::Disagreement& d, const std::vector<std::string>& names)
{
  const core::ItemScore& s = *d.item;
  json.begin_object();
  json.key("id").string(s.item->id);
  json.key("section").string(s.section->id);
  json.key("steps").integer(d.steps);
  json.key("applicability").boolean(d.applicability);
  json.key("answer").string_or_null(s.answer);
  json.key("answers").begin_array();
  for (std::size_t r = 0; r < names.size(); ++r) {
    const core::RespondentView& view = d.answers[r];
    const core::AnswerEntry* e = view.entry;
    json.begin_object();
    json.key("respondent").string(names[r]);
    json.key("answer").string_or_null(
        view.option != nullptr ? std::optional<std::string>(view.option->key) : std::nullopt);
    json.key("value").number_or_null(view.option != nullptr ? view.option->score : std::nullopt);
    json.key("evidence").string_or_null(e != nullptr ? e->evidence.get() : nullptr);
    json.key("action").string_or_null(e != nullptr ? e->action.get() : nullptr);
    json.key("owner").string_or_null(e != nullptr ? e->owner.get() : nullptr);
    json.end_object();
  }
  json.end_array();
  json.end_object();
}

} // namespace

void
write_disagreement_json(util::JsonWriter& json, const core::Disagreements* d)
{
  if (d == nullptr) {
    json.null();
    return;
  }
  json.begin_object();
  json.key("rule").string(core::to_string(d->rule));
  json.key("respondents").strings(d->respondents);
  json.key("overall").begin_object();
  scores(json, d->overall, d->overall_coverage, d->overall_spread);
  json.end_object();
  json.key("sections").begin_array();
  for (const auto& s : d->sections) {
    json.begin_object();
    json.key("id").string(s.section->id);
    json.key("title").string(s.section->title);
    scores(json, s.scores, s.coverage, s.spread);
    json.end_object();
  }
  json.end_array();
  json.key("items").begin_array();
  for (const auto& one : d->items) {
    item(json, one, d->respondents);
  }
  json.end_array();
  json.key("unanswered").begin_array();
  for (const auto& blank : d->unanswered) {
    json.begin_object();
    json.key("id").string(blank.item->item->id);
    json.key("section").string(blank.item->section->id);
    json.key("respondents").begin_array();
    for (const std::size_t r : blank.respondents) {
      json.string(d->respondents[r]);
    }
    json.end_array();
    json.end_object();
  }
  json.end_array();
  json.key("wide").integer(static_cast<std::int64_t>(d->wide));
  json.end_object();
}

} // namespace ftsu::report
