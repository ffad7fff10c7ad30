// Tests for src/ftsu/core/diff.cpp: every change class, `replaces`
// (renamed, merged, split), added and removed sections, deltas with null
// scores and completed actions.
#include <ftsu/core/diff.hpp>
#include <ftsu/core/scoring.hpp>

#include "compare_fixture.hpp"

using namespace ftsu::core;
using ftsu::test::Fixture;

TEST_CASE("classify follows the table of docs/spec.md#diff-and-trend")
{
  CHECK(classify(0.5, 1.0) == Change::improved);
  CHECK(classify(1.0, 0.5) == Change::regressed);
  CHECK(classify(0.5, 0.5) == Change::unchanged);
  CHECK(classify(std::nullopt, std::nullopt) == Change::unchanged);
  CHECK(classify(std::nullopt, 1.0) == Change::not_comparable);
  CHECK(classify(0.0, std::nullopt) == Change::not_comparable);
  CHECK(to_string(Change::not_comparable) == "not-comparable");
}

TEST_CASE("every change class, matched by id")
{
  const Fixture f("  a: partial\n  b: met\n  c: partial\n  d: na\n  e: na\n",
                  "  a: met\n  b: partial\n  c: partial\n  d: na\n  e: met\n");
  CHECK(f.item("a").change == Change::improved);
  CHECK(f.item("b").change == Change::regressed);
  CHECK(f.item("c").change == Change::unchanged);
  CHECK(f.item("d").change == Change::unchanged);      // both without value
  CHECK(f.item("e").change == Change::not_comparable); // one without value
  CHECK(f.item("f").change == Change::unanswered);     // both unanswered: never "unchanged"
  CHECK(f.item("x").change == Change::added);
  CHECK_FALSE(f.item("x").before_id.has_value());
  CHECK(f.item("a").before_id == "a");
}

TEST_CASE("an item unanswered on one side is not yet answered, never improved or regressed")
{
  const Fixture f("  b: met\n  c: partial\n  e: na\n", "  a: partial\n  d: na\n  e: met\n");
  CHECK(f.item("a").change == Change::unanswered); // answered only now: not "improved"
  CHECK(f.item("b").change == Change::unanswered); // not answered now: not "regressed"
  CHECK(f.item("c").change == Change::unanswered);
  CHECK(f.item("d").change == Change::unanswered); // unanswered, then not applicable
  CHECK(f.item("e").change == Change::not_comparable);
  CHECK(f.comparison.summary.improved == 0);
  CHECK(f.comparison.summary.regressed == 0);
  // a, b, c, d, and f, n1, m, s1a, s1b (unanswered on both sides).
  CHECK(f.comparison.summary.unanswered == 9);
  CHECK(to_string(Change::unanswered) == "unanswered");
  // The value is still 0, as the scores count it.
  REQUIRE(f.item("b").after != nullptr);
  CHECK(f.item("b").after->value == 0.0);
}

TEST_CASE("out of profile on one side is not comparable")
{
  const Fixture f("  f: met\n", "  f: met\n", "profile: pc\n");
  CHECK(f.item("f").change == Change::not_comparable);
}

TEST_CASE("a renamed item is matched through replaces")
{
  const Fixture f("  o1: partial\n", "  n1: met\n");
  CHECK(f.item("n1").before_id == "o1");
  CHECK(f.item("n1").change == Change::improved);
  for (const auto& change : f.comparison.items) {
    CHECK_FALSE((change.change == Change::removed && change.id == "o1"));
  }
}

TEST_CASE("two old ids folded into one: the first is matched, the other is removed")
{
  const Fixture f("  m1: met\n  m2: not-met\n", "  m: met\n");
  CHECK(f.item("m").before_id == "m1");
  CHECK(f.item("m").change == Change::unchanged);
  const ItemChange& m2 = f.item("m2");
  CHECK(m2.change == Change::removed);
  CHECK(m2.before_id == "m2");
  CHECK(m2.after == nullptr);
}

TEST_CASE("a split item compares each new item with the old one")
{
  const Fixture f("  s1: partial\n", "  s1a: met\n  s1b: not-met\n");
  CHECK(f.item("s1a").before_id == "s1");
  CHECK(f.item("s1a").change == Change::improved);
  CHECK(f.item("s1b").before_id == "s1");
  CHECK(f.item("s1b").change == Change::regressed);
}

TEST_CASE("order: NEW's checklist order, then what only OLD has")
{
  const Fixture f("", "");
  std::vector<std::string> ids;
  for (const auto& change : f.comparison.items) {
    ids.push_back(change.id);
  }
  CHECK(ids
        == std::vector<std::string>{
            "a", "b", "c", "d", "e", "f", "n1", "m", "s1a", "s1b", "x", "m2"});
  CHECK(f.comparison.summary.added == 1);
  CHECK(f.comparison.summary.removed == 1);
}

TEST_CASE("sections matched by id: a removed and an added section have null sides and deltas")
{
  const Fixture f("  a: met\n  o1: met\n", "  a: met\n  x: met\n");
  REQUIRE(f.comparison.sections.size() == 3);
  const auto& keep = f.comparison.sections[0];
  const auto& added = f.comparison.sections[1];
  const auto& removed = f.comparison.sections[2];
  CHECK(keep.id == "keep");
  REQUIRE(keep.score.delta);
  CHECK(*keep.score.delta == doctest::Approx(*keep.score.after - *keep.score.before));
  CHECK(added.id == "new");
  CHECK_FALSE(added.score.before.has_value());
  CHECK(added.score.after == 100.0);
  CHECK_FALSE(added.score.delta.has_value());
  CHECK(removed.id == "old");
  CHECK(removed.score.before == 25.0);
  CHECK_FALSE(removed.score.after.has_value());
  CHECK_FALSE(removed.score.delta.has_value());
}

TEST_CASE("a null overall score gives a null delta")
{
  const Fixture f("  a: na\n  b: na\n  c: na\n  d: na\n  e: na\n  f: na\n  o1: na\n  m1: na\n  m2: "
                  "na\n  s1: na\n",
                  "  a: met\n");
  CHECK_FALSE(f.comparison.overall.before.has_value());
  CHECK(f.comparison.overall.after.has_value());
  CHECK_FALSE(f.comparison.overall.delta.has_value());
}

TEST_CASE("warnings: different organisations, the same period")
{
  const Fixture f("", "", "organisation: Other Trust\nperiod: 2025/26\n");
  CHECK(comparison_warnings(f.comparison).empty()); // OLD has neither: nothing to compare
  Fixture g("", "");
  g.old_answers.organisation = "Trust A";
  g.old_answers.period = "2025/26";
  g.new_answers.organisation = "Trust B";
  g.new_answers.period = "2025/26";
  const auto warnings = comparison_warnings(compare(g.before, g.after));
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[0].find("different organisations") != std::string::npos);
  CHECK(warnings[1].find("same period") != std::string::npos);
}

TEST_CASE("reversed_order: by the period's year, else by assessed_on")
{
  AnswersFile older;
  AnswersFile newer;
  CHECK_FALSE(reversed_order(older, newer)); // nothing to tell them apart
  older.period = "2024/25";
  newer.period = "2025/26";
  CHECK_FALSE(reversed_order(older, newer));
  const auto why = reversed_order(newer, older);
  REQUIRE(why);
  CHECK(*why == "period 2025/26 is after 2024/25");
  // The period decides even when the dates say otherwise.
  older.assessed_on = ftsu::util::Date{2026, 4, 1};
  newer.assessed_on = ftsu::util::Date{2026, 3, 1};
  CHECK_FALSE(reversed_order(older, newer));
  // The same year, or a period missing or not starting with a year: the dates.
  newer.period = "2024-25 re-run";
  CHECK(reversed_order(older, newer) == "assessed on 2026-04-01, after 2026-03-01");
  newer.period = "Spring";
  CHECK(reversed_order(older, newer) == "assessed on 2026-04-01, after 2026-03-01");
  newer.period.reset();
  CHECK(reversed_order(older, newer).has_value());
  CHECK_FALSE(reversed_order(newer, older));
  newer.assessed_on = older.assessed_on; // the same day: not reversed
  CHECK_FALSE(reversed_order(older, newer));
}

TEST_CASE("completed actions: marked done, or last year's open action on an item now met")
{
  const Fixture f("  a: {answer: partial, action: Fix a, owner: Pat}\n"
                  "  b: {answer: partial, action: Fix b}\n"
                  "  c: {answer: partial, action: Fix c, status: done}\n"
                  "  d: not-met\n",
                  "  a: met\n"
                  "  b: {answer: partial, action: Fix b}\n"
                  "  c: met\n"
                  "  d: {answer: met, action: Fix d, status: done}\n"
                  "  e: {answer: partial, action: Fix e, status: done}\n");
  std::vector<std::string> ids;
  for (const auto* change : completed_actions(f.comparison)) {
    ids.push_back(change->id);
  }
  // a: met now, open action last year; b: still partial; c: done last
  // year already; d and e: marked done this year (even while not met).
  CHECK(ids == std::vector<std::string>{"a", "d", "e"});
}
