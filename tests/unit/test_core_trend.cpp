// Tests for src/ftsu/core/trend.cpp: period labels, the rows of sections
// matched by id, and the order of the periods.
#include <ftsu/core/trend.hpp>

#include "compare_fixture.hpp"

using namespace ftsu::core;
using ftsu::test::Fixture;

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
