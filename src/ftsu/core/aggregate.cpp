#include <ftsu/core/aggregate.hpp>

namespace ftsu::core {

Aggregate
build_aggregate(const Checklist& checklist, std::vector<AggregateFile> files)
{
  Aggregate result;
  result.checklist = &checklist;
  result.files = std::move(files);
  for (const auto& section : checklist.sections) {
    for (const auto& item : section.items) {
      result.items.push_back(
          {&item, &section, std::vector<std::size_t>(checklist.scale.size()), 0, 0, std::nullopt});
    }
  }
  std::vector<double> sums(result.items.size());
  std::vector<std::size_t> counted(result.items.size());
  for (const auto& file : result.files) {
    const auto& scores = file.assessment->items;
    for (std::size_t i = 0; i < scores.size() && i < result.items.size(); ++i) {
      const ItemScore& score = scores[i];
      AggregateItem& row = result.items[i];
      if (score.status == ItemStatus::out_of_profile) {
        ++row.out_of_profile;
        continue;
      }
      if (score.status == ItemStatus::unanswered) {
        ++row.unanswered;
      } else {
        for (std::size_t k = 0; k < checklist.scale.size(); ++k) {
          if (score.answer && checklist.scale[k].key == *score.answer) {
            ++row.answer_counts[k];
          }
        }
      }
      if (counts(score.status)) {
        sums[i] += *score.value;
        ++counted[i];
      }
    }
  }
  for (std::size_t i = 0; i < result.items.size(); ++i) {
    if (counted[i] > 0) {
      result.items[i].mean_value = sums[i] / static_cast<double>(counted[i]);
    }
  }
  return result;
}

} // namespace ftsu::core
