#pragma once

#include <ftsu/util/date.hpp>
#include <ftsu/util/spelling.hpp>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace ftsu::core {

// Whether a source still says what a checklist relies on it for
// (docs/checklist-format.md, "How current a checklist is"): `current` is in
// force; `superseded` was replaced by a newer source; `withdrawn` was
// withdrawn with no replacement; `historical` is a record of its time (a
// closed body's reports) that stays valid learning.
enum class SourceStatus { current, superseded, withdrawn, historical, last_ = historical };

// How every source status is spelled in files and JSON, in order.
inline constexpr util::Spelling<SourceStatus> k_source_statuses[] = {
    {SourceStatus::current, "current"},
    {SourceStatus::superseded, "superseded"},
    {SourceStatus::withdrawn, "withdrawn"},
    {SourceStatus::historical, "historical"},
};
static_assert(util::spells_every(k_source_statuses, SourceStatus::last_));

// Returns the status's spelling in files and JSON ("superseded").
constexpr std::string_view
to_string(SourceStatus status)
{
  return util::spelling_of(k_source_statuses, status);
}

// Parses a status's spelling; nullopt when it is not one.
constexpr std::optional<SourceStatus>
parse_source_status(std::string_view text)
{
  return util::parse_spelling(k_source_statuses, text);
}

// The spellings of every source status, in order.
inline std::vector<std::string>
source_status_keys()
{
  return util::spelling_keys(k_source_statuses);
}

// A published source a checklist derives from.
struct Source
{
  std::string id;
  std::string title;
  std::optional<std::string> publisher;
  // YYYY, YYYY-MM or YYYY-MM-DD, as written.
  std::optional<std::string> date;
  std::optional<std::string> url;
  // As written; absent means current (status_of).
  std::optional<SourceStatus> status;
  // The day someone last confirmed the source and its status.
  std::optional<util::Date> checked;

  // Returns `status`, or current when none is written.
  SourceStatus status_of() const;
};

// An item's citation of a source, with an optional pointer into it.
struct SourceRef
{
  std::string source;
  std::optional<std::string> ref;
};

// One option of the answer scale.
struct ScaleOption
{
  std::string key;
  std::string label;
  // The option's value in [0, 1]; nullopt means "not applicable".
  std::optional<double> score;
  // The key `assess` accepts for it (one character), if any.
  std::optional<std::string> shortcut;
};

// One rating band: a score of at least `min` earns it.
struct Rating
{
  std::string key;
  std::string label;
  double min = 0;
};

// A kind of organisation some items apply to.
struct Profile
{
  std::string key;
  std::string label;
};

// One statement of good practice.
struct Item
{
  std::string id;
  std::string text;
  std::optional<std::string> guidance;
  std::vector<std::string> evidence;
  std::vector<SourceRef> sources;
  double weight = 1.0;
  bool mandatory = false;
  // Profile keys the item applies to; empty means every profile.
  std::vector<std::string> profiles;
  std::vector<std::string> replaces;
  std::vector<std::string> tags;

  // Returns true when the item applies to `profile` (no profile: every item).
  bool applies_to(const std::optional<std::string>& profile) const;
};

// A titled group of items.
struct Section
{
  std::string id;
  std::string title;
  std::optional<std::string> description;
  std::vector<Item> items;
};

// A whole checklist, as loaded and checked; immutable once loaded.
struct Checklist
{
  std::string id;
  // Kept as the text written ("2026.10" stays "2026.10").
  std::string version;
  std::string title;
  std::optional<std::string> description;
  std::optional<util::Date> published;
  std::vector<Source> sources;
  std::vector<ScaleOption> scale;
  // Ordered by `min`, highest first.
  std::vector<Rating> ratings;
  std::vector<Profile> profiles;
  std::vector<Section> sections;
  // Where it came from: a path, or "bundled:<id>@<version>".
  std::string origin;
  // Item id -> (section index, item index), filled by the loader.
  std::unordered_map<std::string, std::pair<std::size_t, std::size_t>> item_index;

  std::size_t item_count() const;
  const Item* find_item(std::string_view item_id) const;
  const ScaleOption* find_option(std::string_view key) const;
  const Source* find_source(std::string_view source_id) const;
  const Profile* find_profile(std::string_view key) const;
  // Returns every item id, in checklist order.
  std::vector<std::string> item_ids() const;
  // Returns the scale's keys, in scale order.
  std::vector<std::string> option_keys() const;
  // Returns the profiles' keys, in order.
  std::vector<std::string> profile_keys() const;
};

using ChecklistPtr = std::shared_ptr<const Checklist>;

// Returns the default answer scale of docs/spec.md#checklist-format.
std::vector<ScaleOption> default_scale();

// Returns the default rating bands of docs/spec.md#checklist-format, highest
// first.
std::vector<Rating> default_ratings();

// Compares two version texts: dot-separated parts, numeric parts as numbers,
// others as text. Returns <0, 0 or >0.
int compare_versions(std::string_view a, std::string_view b);

} // namespace ftsu::core
