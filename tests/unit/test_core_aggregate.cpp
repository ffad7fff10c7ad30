// Tests for src/ftsu/core/aggregate.cpp: counts per answer and mean values.
#include <ftsu/core/aggregate.hpp>

#include "testutil.hpp"

using namespace ftsu::core;

TEST_CASE("per item: how many gave each answer, and the mean where it counts")
{
  const auto checklist = ftsu::test::load_from_string(ftsu::test::small_checklist()).checklist;
  REQUIRE(checklist);
  const auto load = [](std::string_view lines, std::string_view header = {}) {
    DiagnosticSink sink("a.yaml");
    auto file = load_answers(
        fmt::format("format: ftsu-gap/answers/v1\nchecklist: small\nchecklist_version: "
                    "\"1.0\"\n{}answers:\n{}",
                    header,
                    lines),
        sink);
    REQUIRE(file);
    return std::move(*file);
  };
  const AnswersFile one = load("  a: met\n  b: partial\n  c: met\n");
  const AnswersFile two = load("  a: not-met\n  b: na\n", "profile: primary-care\n");
  const AnswersFile three = load("  a: met\n");
  const ftsu::util::Date today{2026, 1, 1};
  const Assessment s1 = score_answers(*checklist, one, today);
  const Assessment s2 = score_answers(*checklist, two, today);
  const Assessment s3 = score_answers(*checklist, three, today);
  const Aggregate agg = build_aggregate(*checklist, {{"1", &s1}, {"2", &s2}, {"3", &s3}});
  REQUIRE(agg.items.size() == 3);
  const AggregateItem& a = agg.items[0];
  CHECK(a.answer_counts == std::vector<std::size_t>{2, 0, 1, 0});
  CHECK(a.unanswered == 0);
  CHECK(*a.mean_value == doctest::Approx(2.0 / 3));
  const AggregateItem& b = agg.items[1];
  CHECK(b.answer_counts == std::vector<std::size_t>{0, 1, 0, 1});
  CHECK(b.unanswered == 1);
  CHECK(*b.mean_value == doctest::Approx(0.25)); // (0.5 + 0) over the two where it counts
  const AggregateItem& c = agg.items[2];
  CHECK(c.out_of_profile == 1);
  CHECK(c.unanswered == 1);
  CHECK(*c.mean_value == doctest::Approx(0.5));
  const Aggregate none = build_aggregate(*checklist, {{"2", &s2}});
  CHECK_FALSE(none.items[2].mean_value.has_value());
}
