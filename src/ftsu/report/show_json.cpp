#include <ftsu/report/show.hpp>
#include <ftsu/util/json.hpp>

#include <utility>

namespace ftsu::report {

namespace {

void
write_checklist_item(util::JsonWriter& json, const core::Item& item)
{
  json.begin_object();
  json.key("id").string(item.id);
  json.key("text").string(item.text);
  json.key("guidance").string_or_null(item.guidance);
  json.key("evidence").strings(item.evidence);
  json.key("sources").begin_array();
  for (const auto& ref : item.sources) {
    json.begin_object();
    json.key("source").string(ref.source);
    json.key("ref").string_or_null(ref.ref);
    json.end_object();
  }
  json.end_array();
  json.key("weight").number(item.weight);
  json.key("mandatory").boolean(item.mandatory);
  json.key("profiles").strings(item.profiles);
  json.key("replaces").strings(item.replaces);
  json.key("tags").strings(item.tags);
  json.end_object();
}

} // namespace

std::string
show_json(const core::Checklist& checklist)
{
  util::JsonWriter json;
  json.begin_object();
  json.key("format").string("ftsu-gap/checklist/v1");
  json.key("id").string(checklist.id);
  json.key("version").string(checklist.version);
  json.key("title").string(checklist.title);
  json.key("description").string_or_null(checklist.description);
  if (checklist.published) {
    json.key("published").string(util::to_string(*checklist.published));
  } else {
    json.key("published").null();
  }
  json.key("sources").begin_array();
  for (const auto& source : checklist.sources) {
    json.begin_object();
    json.key("id").string(source.id);
    json.key("title").string(source.title);
    json.key("publisher").string_or_null(source.publisher);
    json.key("date").string_or_null(source.date);
    json.key("url").string_or_null(source.url);
    if (source.status) {
      json.key("status").string(core::to_string(*source.status));
    } else {
      json.key("status").null();
    }
    if (source.checked) {
      json.key("checked").string(util::to_string(*source.checked));
    } else {
      json.key("checked").null();
    }
    json.end_object();
  }
  json.end_array();
  json.key("scale").begin_array();
  for (const auto& option : checklist.scale) {
    json.begin_object();
    json.key("key").string(option.key);
    json.key("label").string(option.label);
    json.key("score").number_or_null(option.score);
    json.key("shortcut").string_or_null(option.shortcut);
    json.end_object();
  }
  json.end_array();
  json.key("ratings").begin_array();
  for (const auto& rating : checklist.ratings) {
    json.begin_object();
    json.key("key").string(rating.key);
    json.key("label").string(rating.label);
    json.key("min").number(rating.min);
    json.end_object();
  }
  json.end_array();
  json.key("profiles").begin_array();
  for (const auto& profile : checklist.profiles) {
    json.begin_object();
    json.key("key").string(profile.key);
    json.key("label").string(profile.label);
    json.end_object();
  }
  json.end_array();
  json.key("sections").begin_array();
  for (const auto& section : checklist.sections) {
    json.begin_object();
    json.key("id").string(section.id);
    json.key("title").string(section.title);
    json.key("description").string_or_null(section.description);
    json.key("items").begin_array();
    for (const auto& item : section.items) {
      write_checklist_item(json, item);
    }
    json.end_array();
    json.end_object();
  }
  json.end_array();
  json.end_object();
  return std::move(json).str();
}

} // namespace ftsu::report
