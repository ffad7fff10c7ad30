// Tests for src/ftsu/core/currency.cpp and the loader's source `status` and
// `checked`: the warning for an item resting only on outdated sources, the
// content date and when a checklist is stale.
#include <ftsu/core/currency.hpp>

#include <algorithm>

#include "testutil.hpp"

using ftsu::test::load_from_string;

namespace {

std::string
checklist_with(std::string_view sources, std::string_view item_sources)
{
  return fmt::format(R"(format: ftsu-gap/checklist/v1
id: t
version: "1"
title: T
published: 2026-11-30
sources:
{}
sections:
  - id: s
    title: S
    items:
      - id: a
        text: A
        sources: {}
)",
                     sources,
                     item_sources);
}

constexpr std::string_view k_sources =
    R"(  - {id: old, title: Old, status: withdrawn, checked: 2026-06-01}
  - {id: older, title: Older, status: superseded}
  - {id: now, title: Now, status: current, checked: 2025-10-01}
  - {id: past, title: Past, status: historical, checked: 2020-01-01})";

bool
has_warning(const ftsu::test::LoadResult& r, std::string_view words)
{
  return std::any_of(r.messages.begin(), r.messages.end(), [&](const std::string& m) {
    return m.find("warning") != std::string::npos && m.find(words) != std::string::npos;
  });
}

} // namespace

TEST_CASE("an item resting only on withdrawn or superseded sources is warned about")
{
  SUBCASE("withdrawn and superseded only: a warning, the checklist still loads")
  {
    const auto r = load_from_string(checklist_with(k_sources, "[old, older]"));
    REQUIRE(r.checklist);
    CHECK(has_warning(r,
                      "item 'a' rests only on superseded or withdrawn sources: "
                      "'old' (withdrawn), 'older' (superseded)"));
  }
  SUBCASE("a current source beside them: no warning")
  {
    const auto r = load_from_string(checklist_with(k_sources, "[old, now]"));
    REQUIRE(r.checklist);
    CHECK(r.messages.empty());
  }
  SUBCASE("a historical source is a sound basis")
  {
    const auto r = load_from_string(checklist_with(k_sources, "[past]"));
    CHECK(r.messages.empty());
  }
}

TEST_CASE("a source's status must be one of four words")
{
  const auto r =
      load_from_string(checklist_with("  - {id: x, title: X, status: withdrawen}", "[x]"));
  CHECK_FALSE(r.checklist);
  REQUIRE(r.messages.size() == 1);
  CHECK(r.messages[0].find("must be one of current, superseded, withdrawn, historical "
                           "(did you mean 'withdrawn'?)")
        != std::string::npos);
}

TEST_CASE("the content date is the earliest confirmation of a current source")
{
  using ftsu::util::Date;
  SUBCASE("current sources' checked dates; others do not count")
  {
    const auto r = load_from_string(checklist_with(k_sources, "[now]"));
    REQUIRE(r.checklist);
    CHECK(ftsu::core::content_date(*r.checklist) == Date{2025, 10, 1});
    CHECK_FALSE(ftsu::core::content_is_stale(*r.checklist, Date{2026, 10, 1}));
    CHECK(ftsu::core::content_is_stale(*r.checklist, Date{2026, 10, 2}));
  }
  SUBCASE("a current source without checked counts from published")
  {
    const auto r = load_from_string(
        checklist_with("  - {id: x, title: X}\n  - {id: y, title: Y, checked: 2027-01-01}", "[x]"));
    REQUIRE(r.checklist);
    CHECK(ftsu::core::content_date(*r.checklist) == Date{2026, 11, 30});
  }
}

TEST_CASE("months_before keeps the day, or the month's last")
{
  using ftsu::util::Date;
  CHECK(ftsu::util::months_before(Date{2026, 12, 6}, 12) == Date{2025, 12, 6});
  CHECK(ftsu::util::months_before(Date{2028, 2, 29}, 12) == Date{2027, 2, 28});
  CHECK(ftsu::util::months_before(Date{2026, 3, 31}, 1) == Date{2026, 2, 28});
  CHECK(ftsu::util::months_before(Date{2026, 1, 15}, 1) == Date{2025, 12, 15});
}
