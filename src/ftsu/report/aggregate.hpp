#pragma once

#include <ftsu/core/aggregate.hpp>
#include <ftsu/report/format.hpp>

#include <cstddef>
#include <string>

// Renderers for `aggregate`: text, JSON (docs/spec.md#outputs) and CSV.
namespace ftsu::report {

// The formats `aggregate` writes, text first.
FormatTable<core::Aggregate, Layout> aggregate_formats();

std::string aggregate_text(const core::Aggregate& aggregate, std::size_t width);
std::string aggregate_json(const core::Aggregate& aggregate);
// One row per item: id, section, a count per answer key, unanswered,
// out_of_profile, mean_value.
std::string aggregate_csv(const core::Aggregate& aggregate);

} // namespace ftsu::report
