// Tests for src/ftsu/core/diff.cpp and trend.cpp: every change class,
// `replaces` (renamed, merged, split), added and removed sections, deltas
// with null scores, completed actions, and the trend's rows and order.
#include <ftsu/core/diff.hpp>
#include <ftsu/core/scoring.hpp>
#include <ftsu/core/trend.hpp>

#include "testutil.hpp"

using namespace ftsu::core;
using ftsu::test::load_from_string;

namespace {

// Version 1: sections keep {a, b, c, d, e, f}, old {o1, o2, m1, m2, s1}.
const char* const k_v1 = R"(format: ftsu-gap/checklist/v1
id: cmp
version: "1"
title: Compare
profiles:
  - {key: trust, label: Trust}
  - {key: pc, label: Primary care}
sections:
  - id: keep
    title: Kept
    items:
      - {id: a, text: A}
      - {id: b, text: B}
      - {id: c, text: C}
      - {id: d, text: D}
      - {id: e, text: E}
      - {id: f, text: F, profiles: [trust]}
  - id: old
    title: Dropped section
    items:
      - {id: o1, text: O1}
      - {id: m1, text: M1}
      - {id: m2, text: M2}
      - {id: s1, text: S1}
)";

// Version 2: a..f kept; o1 renamed n1; m1 and m2 merged into m; s1 split
// into s1a and s1b; section "old" removed; section "new" added with x.
const char* const k_v2 = R"(format: ftsu-gap/checklist/v1
id: cmp
version: "2"
title: Compare
profiles:
  - {key: trust, label: Trust}
  - {key: pc, label: Primary care}
sections:
  - id: keep
    title: Kept
    items:
      - {id: a, text: A}
      - {id: b, text: B}
      - {id: c, text: C}
      - {id: d, text: D}
      - {id: e, text: E}
      - {id: f, text: F, profiles: [trust]}
      - {id: n1, text: N1, replaces: [o1]}
      - {id: m, text: M, replaces: [m1, m2]}
      - {id: s1a, text: S1a, replaces: [s1]}
      - {id: s1b, text: S1b, replaces: [s1]}
  - id: new
    title: New section
    items:
      - {id: x, text: X}
)";

struct Fixture
{
  ChecklistPtr v1 = load_from_string(k_v1).checklist;
  ChecklistPtr v2 = load_from_string(k_v2).checklist;
  AnswersFile old_answers;
  AnswersFile new_answers;
  Assessment before;
  Assessment after;
  Comparison comparison;

  Fixture(std::string_view old_lines, std::string_view new_lines, std::string_view new_header = {})
  {
    REQUIRE(v1);
    REQUIRE(v2);
    old_answers = load(old_lines, "1", {});
    new_answers = load(new_lines, "2", new_header);
    before = score_answers(*v1, old_answers, ftsu::util::Date{2026, 1, 1});
    after = score_answers(*v2, new_answers, ftsu::util::Date{2026, 1, 1});
    comparison = compare(before, after);
  }

  static AnswersFile
  load(std::string_view lines, std::string_view version, std::string_view header)
  {
    DiagnosticSink sink("a.yaml");
    auto file =
        load_answers(fmt::format("format: ftsu-gap/answers/v1\nchecklist: cmp\nchecklist_version: "
                                 "\"{}\"\n{}answers:\n{}",
                                 version,
                                 header,
                                 lines),
                     sink);
    REQUIRE(file);
    return std::move(*file);
  }

  const ItemChange&
  item(std::string_view id, std::optional<std::string_view> before_id = std::nullopt) const
  {
    for (const auto& change : comparison.items) {
      if (change.id == id && (!before_id || change.before_id == *before_id)) {
        return change;
      }
    }
    FAIL("no item change ", id);
    return comparison.items.front();
  }
};

} // namespace

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
  CHECK(f.item("f").change == Change::unchanged);      // both unanswered: 0 and 0
  CHECK(f.item("x").change == Change::added);
  CHECK_FALSE(f.item("x").before_id.has_value());
  CHECK(f.item("a").before_id == "a");
}

TEST_CASE("unanswered counts as 0, so answering improves")
{
  const Fixture f("", "  a: partial\n");
  CHECK(f.item("a").change == Change::improved);
  REQUIRE(f.item("b").before != nullptr);
  CHECK(f.item("b").before->value == 0.0);
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

TEST_CASE("trend: periods labelled by period, assessed_on or file name, sections by id")
{
  const Fixture f("  a: met\n  o1: met\n", "  a: met\n  x: met\n");
  AnswersFile dated = f.old_answers;
  dated.assessed_on = ftsu::util::Date{2025, 3, 31};
  CHECK(period_label(dated, "dir/x.yaml") == "2025-03-31");
  CHECK(period_label(f.old_answers, "dir/x.yaml") == "x.yaml");
  dated.period = "2024/25";
  CHECK(period_label(dated, "dir/x.yaml") == "2024/25");
  const Trend trend = build_trend({{"one.yaml", "one", &f.before}, {"two.yaml", "two", &f.after}});
  CHECK(trend.overall.scores[0] == f.before.overall.score);
  REQUIRE(trend.sections.size() == 3);
  CHECK(trend.sections[0].id == "keep");
  CHECK(trend.sections[1].id == "old");
  CHECK_FALSE(trend.sections[1].scores[1].has_value());
  CHECK(trend.sections[2].id == "new");
  CHECK_FALSE(trend.sections[2].scores[0].has_value());
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

TEST_CASE("trend: periods put in period order, and said so")
{
  Fixture f("  a: met\n", "  a: not-met\n");
  f.old_answers.assessed_on = ftsu::util::Date{2025, 3, 31};
  f.new_answers.assessed_on = ftsu::util::Date{2026, 3, 31};
  SUBCASE("by assessed_on")
  {
    const Trend trend =
        build_trend({{"new.yaml", "new", &f.after}, {"old.yaml", "old", &f.before}});
    CHECK(trend.reordered);
    CHECK(trend.periods[0].label == "old");
    CHECK(trend.overall.scores[0] == f.before.overall.score);
  }
  SUBCASE("already in order")
  {
    const Trend trend =
        build_trend({{"old.yaml", "old", &f.before}, {"new.yaml", "new", &f.after}});
    CHECK_FALSE(trend.reordered);
  }
  SUBCASE("by period when a date is missing")
  {
    f.old_answers.assessed_on.reset();
    f.old_answers.period = "2024/25";
    f.new_answers.period = "2025/26";
    const Trend trend =
        build_trend({{"new.yaml", "new", &f.after}, {"old.yaml", "old", &f.before}});
    CHECK(trend.reordered);
    CHECK(trend.periods[0].label == "old");
  }
  SUBCASE("as given when neither orders them")
  {
    f.old_answers.assessed_on.reset();
    f.old_answers.period = "Spring";
    const Trend trend =
        build_trend({{"new.yaml", "new", &f.after}, {"old.yaml", "old", &f.before}});
    CHECK_FALSE(trend.reordered);
    CHECK(trend.periods[0].label == "new");
  }
}
