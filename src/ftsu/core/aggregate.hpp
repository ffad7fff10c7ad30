#pragma once

#include <ftsu/core/scoring.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

// The national or regional roll-up (docs/spec.md#aggregate): many assessments of one
// checklist version, per file and per item.
namespace ftsu::core {

// One file's row.
struct AggregateFile
{
  std::string file;
  const Assessment* assessment = nullptr;
};

// One item across all files.
struct AggregateItem
{
  const Item* item = nullptr;
  const Section* section = nullptr;
  // How many files gave each answer key, in scale order.
  std::vector<std::size_t> answer_counts;
  std::size_t unanswered = 0;
  std::size_t out_of_profile = 0;
  // Mean value over the files where the item counts (unanswered is 0);
  // nullopt when it counts in none.
  std::optional<double> mean_value;
};

struct Aggregate
{
  const Checklist* checklist = nullptr;
  std::vector<AggregateFile> files;
  std::vector<AggregateItem> items;
};

// Rolls up `files`, all scored against `checklist`.
Aggregate build_aggregate(const Checklist& checklist, std::vector<AggregateFile> files);

} // namespace ftsu::core
