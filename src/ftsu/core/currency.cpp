#include <ftsu/core/currency.hpp>

#include <algorithm>

namespace ftsu::core {

bool
is_outdated(SourceStatus status)
{
  return status == SourceStatus::superseded || status == SourceStatus::withdrawn;
}

std::vector<const Source*>
outdated_only_sources(const Checklist& checklist, const Item& item)
{
  std::vector<const Source*> cited;
  for (const auto& ref : item.sources) {
    const Source* source = checklist.find_source(ref.source);
    if (source == nullptr || !is_outdated(source->status_of())) {
      return {};
    }
    if (std::find(cited.begin(), cited.end(), source) == cited.end()) {
      cited.push_back(source);
    }
  }
  return cited;
}

std::optional<util::Date>
content_date(const Checklist& checklist)
{
  std::optional<util::Date> earliest;
  for (const auto& source : checklist.sources) {
    if (source.status_of() != SourceStatus::current) {
      continue;
    }
    const std::optional<util::Date> confirmed =
        source.checked ? source.checked : checklist.published;
    if (!confirmed) {
      return std::nullopt;
    }
    if (!earliest || *confirmed < *earliest) {
      earliest = confirmed;
    }
  }
  return earliest ? earliest : checklist.published;
}

bool
content_is_stale(const Checklist& checklist, util::Date today)
{
  const auto date = content_date(checklist);
  return date && *date < util::months_before(today, k_content_check_months);
}

} // namespace ftsu::core
