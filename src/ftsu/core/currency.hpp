#pragma once

#include <ftsu/core/checklist.hpp>
#include <ftsu/util/date.hpp>

#include <optional>
#include <vector>

// How current a checklist's content is (docs/checklist-format.md, "How
// current a checklist is"): the status and check date of its sources.
namespace ftsu::core {

// How long a checklist's sources may go unchecked before `list` and `show`
// flag it.
constexpr int k_content_check_months = 12;

// Returns true for a status an item should not rest on alone: superseded
// or withdrawn.
bool is_outdated(SourceStatus status);

// Returns the sources `item` cites when every one of them is superseded or
// withdrawn (each once, in the order cited); an empty list when one is
// current or historical, when it cites none, or when one is not in
// `checklist`.
std::vector<const Source*> outdated_only_sources(const Checklist& checklist, const Item& item);

// Returns the checklist's content date: the earliest day on which one of its
// current sources was last confirmed (its `checked`, or the checklist's
// `published` for a source without one). Superseded, withdrawn and
// historical sources do not count, as their status is final; without a
// current source it is `published`. Nullopt when a current source has no
// date to go by, or there are no sources and no `published`.
std::optional<util::Date> content_date(const Checklist& checklist);

// Returns true when the content date is more than k_content_check_months
// before `today` (false without a content date).
bool content_is_stale(const Checklist& checklist, util::Date today);

} // namespace ftsu::core
