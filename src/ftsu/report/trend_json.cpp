#include <ftsu/report/compare.hpp>
#include <ftsu/report/csv.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/util/json.hpp>
#include <ftsu/util/markup.hpp>

#include <fmt/format.h>

#include <utility>

namespace ftsu::report {

std::string
trend_json(const core::Trend& trend)
{
  util::JsonWriter json;
  json.begin_object();
  json.key("format").string("ftsu-gap/trend/v1");
  json.key("periods").begin_array();
  for (const auto& p : trend.periods) {
    const core::Assessment& a = *p.assessment;
    json.begin_object();
    json.key("file").string(p.file);
    json.key("period").string(p.label);
    json.key("organisation").string_or_null(a.answers->organisation);
    json.key("checklist").begin_object();
    json.key("id").string(a.checklist->id);
    json.key("version").string(a.checklist->version);
    json.end_object();
    json.key("score").number_or_null(a.overall.score);
    json.key("rating").string_or_null(rating_key(a.overall.rating));
    json.end_object();
  }
  json.end_array();
  json.key("sections").begin_array();
  for (const auto& row : trend.sections) {
    json.begin_object();
    json.key("id").string(row.id);
    json.key("title").string(row.title);
    json.key("scores").begin_array();
    for (const auto& score : row.scores) {
      json.number_or_null(score);
    }
    json.end_array();
    json.end_object();
  }
  json.end_array();
  json.end_object();
  return std::move(json).str();
}

std::string
trend_csv(const core::Trend& trend)
{
  std::string out(csv::k_bom);
  std::vector<std::string> header{"id", "title"};
  for (const auto& p : trend.periods) {
    header.push_back(util::csv_cell(p.label));
  }
  out += csv::row(header);
  const auto add = [&](const core::TrendRow& r) {
    std::vector<std::string> cells{util::csv_cell(r.id), util::csv_cell(r.title)};
    for (const auto& score : r.scores) {
      cells.push_back(csv::number(score));
    }
    out += csv::row(cells);
  };
  add(trend.overall);
  for (const auto& r : trend.sections) {
    add(r);
  }
  return out;
}

} // namespace ftsu::report
