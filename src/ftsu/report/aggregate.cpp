#include <ftsu/core/error.hpp>
#include <ftsu/report/aggregate.hpp>
#include <ftsu/report/csv.hpp>
#include <ftsu/report/labels.hpp>
#include <ftsu/util/json.hpp>
#include <ftsu/util/markup.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <algorithm>

namespace ftsu::report {

std::string
share_text(std::size_t part, std::size_t whole)
{
  return whole == 0
             ? std::string("—")
             : util::one_decimal(100.0 * static_cast<double>(part) / static_cast<double>(whole))
                   + "%";
}

std::string
exclusion_text(const core::ExcludedFile& excluded)
{
  std::string who = excluded.organisation.value_or("(no organisation)");
  if (excluded.period) {
    who.append(" ").append(*excluded.period);
  }
  switch (excluded.reason) {
  case core::Exclusion::same_file:
    return fmt::format("the same file as {}, given twice", excluded.counted);
  case core::Exclusion::merged_counts:
    return fmt::format("{} is counted through the merged file {}", who, excluded.counted);
  case core::Exclusion::already_counted:
    break;
  }
  return fmt::format("{} is counted already, from {} (each organisation counts once a period; "
                     "merge respondents' files with ftsu-gap merge to count every respondent)",
                     who,
                     excluded.counted);
}

namespace {

void
write_aggregate(util::JsonWriter& json, const core::Aggregate& aggregate)
{
  const core::Checklist& c = *aggregate.checklist;
  json.begin_object();
  json.key("format").string("ftsu-gap/aggregate/v1");
  json.key("checklist").begin_object();
  json.key("id").string(c.id);
  json.key("version").string(c.version);
  json.key("title").string(c.title);
  json.end_object();
  if (aggregate.period) {
    json.key("period").string(*aggregate.period);
  }
  json.key("files").begin_array();
  for (const auto& file : aggregate.files) {
    json.begin_object();
    json.key("file").string(file.file);
    json.key("organisation").string_or_null(file.organisation);
    json.key("period").string_or_null(file.period);
    json.key("score").number_or_null(file.overall.score);
    json.key("rating").string_or_null(rating_key(file.overall.rating));
    if (file.respondents > 0) {
      json.key("respondents").integer(static_cast<std::int64_t>(file.respondents));
    } else {
      json.key("respondents").null();
    }
    json.end_object();
  }
  json.end_array();
  json.key("items").begin_array();
  for (const auto& item : aggregate.items) {
    json.begin_object();
    json.key("id").string(item.item->id);
    json.key("section").string(item.section->id);
    json.key("counts").begin_object();
    for (std::size_t k = 0; k < c.scale.size(); ++k) {
      json.key(c.scale[k].key).integer(static_cast<std::int64_t>(item.answer_counts[k]));
    }
    json.key("unanswered").integer(static_cast<std::int64_t>(item.unanswered));
    json.key("out_of_profile").integer(static_cast<std::int64_t>(item.out_of_profile));
    json.end_object();
    json.key("mean_value").number_or_null(item.mean_value);
    json.end_object();
  }
  json.end_array();
  json.key("excluded").begin_array();
  for (const auto& excluded : aggregate.excluded) {
    json.begin_object();
    json.key("file").string(excluded.file);
    json.key("organisation").string_or_null(excluded.organisation);
    json.key("period").string_or_null(excluded.period);
    json.key("reason").string(core::to_string(excluded.reason));
    json.key("counted").string(excluded.counted);
    json.end_object();
  }
  json.end_array();
  json.end_object();
}

// Appends the CSV rows of `aggregate`'s items to `out`, each after
// `lead` (the period column, or nothing).
void
append_item_rows(std::string& out,
                 const core::Aggregate& aggregate,
                 const std::vector<std::string>& lead)
{
  for (const auto& item : aggregate.items) {
    std::vector<std::string> cells = lead;
    cells.push_back(util::csv_cell(item.item->id));
    cells.push_back(util::csv_cell(item.section->id));
    for (const auto count : item.answer_counts) {
      cells.push_back(fmt::format("{}", count));
    }
    cells.push_back(fmt::format("{}", item.unanswered));
    cells.push_back(fmt::format("{}", item.out_of_profile));
    cells.push_back(csv::number(item.mean_value));
    out += csv::row(cells);
  }
}

std::vector<std::string>
csv_header(const core::Checklist& c, std::vector<std::string> header)
{
  header.insert(header.end(), {"id", "section"});
  for (const auto& option : c.scale) {
    header.push_back(option.key); // a slug: nothing to quote or neutralise
  }
  header.insert(header.end(), {"unanswered", "out_of_profile", "mean_value"});
  return header;
}

} // namespace

std::string
aggregate_json(const core::Aggregate& aggregate)
{
  util::JsonWriter json;
  write_aggregate(json, aggregate);
  return json.str();
}

std::string
aggregate_periods_json(const std::vector<core::Aggregate>& rollups)
{
  util::JsonWriter json;
  json.begin_object();
  json.key("format").string("ftsu-gap/aggregate-periods/v1");
  json.key("periods").begin_array();
  for (const auto& rollup : rollups) {
    write_aggregate(json, rollup);
  }
  json.end_array();
  json.end_object();
  return json.str();
}

std::string
aggregate_periods_csv(const std::vector<core::Aggregate>& rollups)
{
  std::string out(csv::k_bom);
  if (rollups.empty()) {
    return out;
  }
  out += csv::row(csv_header(*rollups.front().checklist, {"period"}));
  for (const auto& rollup : rollups) {
    append_item_rows(out, rollup, {util::csv_cell(rollup.period.value_or(""))});
  }
  return out;
}

std::string
aggregate_csv(const core::Aggregate& aggregate)
{
  std::string out(csv::k_bom);
  out += csv::row(csv_header(*aggregate.checklist, {}));
  append_item_rows(out, aggregate, {});
  return out;
}

FormatTable<core::Aggregate, AggregateLayout>
aggregate_formats()
{
  static constexpr FormatEntry<core::Aggregate, AggregateLayout> k_table[] = {
      {{.name = "text",
        .extensions = ".txt",
        .help = "for a terminal",
        .audience = Audience::own_use},
       [](const core::Aggregate& a, const AggregateLayout& layout) {
         return aggregate_text(a, layout.width, layout.unicode);
       }},
      {{.name = "json",
        .extensions = ".json",
        .help = "for programs",
        .audience = Audience::own_use},
       [](const core::Aggregate& a, const AggregateLayout&) { return aggregate_json(a); }},
      {{"csv", ".csv", "a spreadsheet"},
       [](const core::Aggregate& a, const AggregateLayout&) { return aggregate_csv(a); }},
      {{"html", ".html .htm", "a printable page"},
       [](const core::Aggregate& a, const AggregateLayout& layout) {
         return aggregate_html(a, layout);
       }},
  };
  return k_table;
}

FormatTable<std::vector<core::Aggregate>, AggregateLayout>
aggregate_period_formats()
{
  using Rollups = std::vector<core::Aggregate>;
  static constexpr FormatEntry<Rollups, AggregateLayout> k_table[] = {
      {{.name = "text",
        .extensions = ".txt",
        .help = "for a terminal",
        .audience = Audience::own_use},
       [](const Rollups& r, const AggregateLayout& layout) {
         return aggregate_periods_text(r, layout.width, layout.unicode);
       }},
      {{.name = "json",
        .extensions = ".json",
        .help = "for programs",
        .audience = Audience::own_use},
       [](const Rollups& r, const AggregateLayout&) { return aggregate_periods_json(r); }},
      {{"csv", ".csv", "a spreadsheet"},
       [](const Rollups& r, const AggregateLayout&) { return aggregate_periods_csv(r); }},
      {{"html", ".html .htm", "a printable page"},
       [](const Rollups& r, const AggregateLayout& layout) {
         return aggregate_periods_html(r, layout);
       }},
  };
  return k_table;
}

} // namespace ftsu::report
