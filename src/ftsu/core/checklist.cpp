#include <ftsu/core/checklist.hpp>
#include <ftsu/util/strings.hpp>

#include <algorithm>
#include <charconv>

namespace ftsu::core {

SourceStatus
Source::status_of() const
{
  return status.value_or(SourceStatus::current);
}

bool
Item::applies_to(const std::optional<std::string>& profile) const
{
  return !profile || profiles.empty()
         || std::find(profiles.begin(), profiles.end(), *profile) != profiles.end();
}

std::size_t
Checklist::item_count() const
{
  std::size_t count = 0;
  for (const auto& section : sections) {
    count += section.items.size();
  }
  return count;
}

const Item*
Checklist::find_item(std::string_view item_id) const
{
  if (!item_index.empty()) {
    const auto it = item_index.find(std::string(item_id));
    return it == item_index.end() ? nullptr : &sections[it->second.first].items[it->second.second];
  }
  for (const auto& section : sections) {
    for (const auto& item : section.items) {
      if (item.id == item_id) {
        return &item;
      }
    }
  }
  return nullptr;
}

const ScaleOption*
Checklist::find_option(std::string_view key) const
{
  const auto it =
      std::find_if(scale.begin(), scale.end(), [&](const auto& o) { return o.key == key; });
  return it == scale.end() ? nullptr : &*it;
}

const Source*
Checklist::find_source(std::string_view source_id) const
{
  const auto it = std::find_if(
      sources.begin(), sources.end(), [&](const auto& s) { return s.id == source_id; });
  return it == sources.end() ? nullptr : &*it;
}

const Profile*
Checklist::find_profile(std::string_view key) const
{
  const auto it =
      std::find_if(profiles.begin(), profiles.end(), [&](const auto& p) { return p.key == key; });
  return it == profiles.end() ? nullptr : &*it;
}

std::vector<std::string>
Checklist::item_ids() const
{
  std::vector<std::string> ids;
  for (const auto& section : sections) {
    for (const auto& item : section.items) {
      ids.push_back(item.id);
    }
  }
  return ids;
}

std::vector<std::string>
Checklist::option_keys() const
{
  std::vector<std::string> keys;
  for (const auto& option : scale) {
    keys.push_back(option.key);
  }
  return keys;
}

std::vector<std::string>
Checklist::profile_keys() const
{
  std::vector<std::string> keys;
  for (const auto& profile : profiles) {
    keys.push_back(profile.key);
  }
  return keys;
}

std::vector<ScaleOption>
default_scale()
{
  return {
      {"met", "Met", 1.0, "m"},
      {"partial", "Partially met", 0.5, "p"},
      {"not-met", "Not met", 0.0, "n"},
      {"na", "Not applicable", std::nullopt, "x"},
  };
}

std::vector<Rating>
default_ratings()
{
  return {
      {"green", "Good assurance", 80},
      {"amber", "Partial assurance", 50},
      {"red", "Limited assurance", 0},
  };
}

int
compare_versions(std::string_view a, std::string_view b)
{
  const auto pa = util::split(a, '.');
  const auto pb = util::split(b, '.');
  for (std::size_t i = 0; i < std::max(pa.size(), pb.size()); ++i) {
    if (i >= pa.size()) {
      return -1;
    }
    if (i >= pb.size()) {
      return 1;
    }
    unsigned long long na = 0;
    unsigned long long nb = 0;
    const auto ra = std::from_chars(pa[i].data(), pa[i].data() + pa[i].size(), na);
    const auto rb = std::from_chars(pb[i].data(), pb[i].data() + pb[i].size(), nb);
    const bool a_numeric = ra.ec == std::errc() && ra.ptr == pa[i].data() + pa[i].size();
    const bool b_numeric = rb.ec == std::errc() && rb.ptr == pb[i].data() + pb[i].size();
    if (a_numeric && b_numeric) {
      if (na != nb) {
        return na < nb ? -1 : 1;
      }
    } else if (pa[i] != pb[i]) {
      return pa[i] < pb[i] ? -1 : 1;
    }
  }
  return 0;
}

} // namespace ftsu::core
