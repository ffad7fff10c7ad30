#pragma once

#include <ftsu/core/aggregate.hpp>
#include <ftsu/report/format.hpp>
#include <ftsu/util/date.hpp>

#include <cstddef>
#include <string>
#include <vector>

// Renderers for `aggregate`: text, JSON (docs/spec.md#outputs), CSV and HTML.
namespace ftsu::report {

// How a roll-up is laid out: the layout, and the date shown in the HTML page.
struct AggregateLayout : Layout
{
  util::Date generated;
};

// The formats `aggregate` writes, text first.
FormatTable<core::Aggregate, AggregateLayout> aggregate_formats();

// The same formats for `aggregate --by-period`: one roll-up per period (each
// with its `period`), in the order given. Text and HTML show each roll-up
// in turn; JSON is `ftsu-gap/aggregate-periods/v1`, a list of the roll-ups;
// CSV has a first column, `period`.
FormatTable<std::vector<core::Aggregate>, AggregateLayout> aggregate_period_formats();

// Returns why `excluded` was not counted, in words, naming the file counted
// in its place ("Example NHS Trust 2025/26 is counted through the merged
// file m.yaml").
std::string exclusion_text(const core::ExcludedFile& excluded);

// For a terminal: the spread of overall scores with a histogram, the items
// most often not met, the lowest-scoring files, the median per section,
// then every file and every item, wrapped at `width`. Bars are ASCII unless
// `unicode`.
std::string
aggregate_text(const core::Aggregate& aggregate, std::size_t width, bool unicode = true);
std::string aggregate_json(const core::Aggregate& aggregate);
// Each roll-up's text in turn, a blank line between.
std::string aggregate_periods_text(const std::vector<core::Aggregate>& rollups,
                                   std::size_t width,
                                   bool unicode);
std::string aggregate_periods_json(const std::vector<core::Aggregate>& rollups);
std::string aggregate_periods_csv(const std::vector<core::Aggregate>& rollups);
// One page with each roll-up in turn.
std::string aggregate_periods_html(const std::vector<core::Aggregate>& rollups,
                                   const AggregateLayout& layout);

// Returns `part` as a percentage of `whole` with one decimal ("12.5%"), or
// "—" when `whole` is 0; the text and HTML national views share it.
std::string share_text(std::size_t part, std::size_t whole);
// One row per item: id, section, a count per answer key, unanswered,
// out_of_profile, mean_value.
std::string aggregate_csv(const core::Aggregate& aggregate);
// One self-contained, printable HTML page with what the text shows, the
// histogram and the section medians drawn as charts.
std::string aggregate_html(const core::Aggregate& aggregate, const AggregateLayout& layout);

} // namespace ftsu::report
