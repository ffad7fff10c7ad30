// Tests for src/ftsu/core/aggregate.cpp: running totals per item, the
// spread of overall scores, section medians and the rankings.
#include <ftsu/core/aggregate.hpp>

#include "testutil.hpp"

using namespace ftsu::core;

namespace {

AnswersFile
load_small(std::string_view lines, std::string_view header = {})
{
  DiagnosticSink sink("a.yaml");
  auto file =
      load_answers(fmt::format("format: ftsu-gap/answers/v1\nchecklist: small\nchecklist_version: "
                               "\"1.0\"\n{}answers:\n{}",
                               header,
                               lines),
                   sink);
  REQUIRE(file);
  REQUIRE_FALSE(sink.has_errors());
  return std::move(*file);
}

} // namespace

TEST_CASE("per item: how many gave each answer, and the mean where it counts")
{
  const auto checklist = ftsu::test::load_from_string(ftsu::test::small_checklist()).checklist;
  REQUIRE(checklist);
  const AnswersFile one = load_small("  a: met\n  b: partial\n  c: met\n");
  const AnswersFile two = load_small("  a: not-met\n  b: na\n", "profile: primary-care\n");
  const AnswersFile three = load_small("  a: met\n");
  const ftsu::util::Date today{2026, 1, 1};
  AggregateBuilder builder(*checklist);
  builder.add(summarise_file("1", score_answers(*checklist, one, today)));
  builder.add(summarise_file("2", score_answers(*checklist, two, today)));
  builder.add(summarise_file("3", score_answers(*checklist, three, today)));
  CHECK(builder.added() == 3);
  const Aggregate agg = builder.finish();
  REQUIRE(agg.items.size() == 3);
  REQUIRE(agg.files.size() == 3);
  CHECK(agg.files[1].file == "2");
  const AggregateItem& a = agg.items[0];
  CHECK(a.answer_counts == std::vector<std::size_t>{2, 0, 1, 0});
  CHECK(a.unanswered == 0);
  CHECK(a.counted == 3);
  CHECK(a.not_met == 1);
  CHECK(a.partly_met == 0);
  CHECK(*a.mean_value == doctest::Approx(2.0 / 3));
  const AggregateItem& b = agg.items[1];
  CHECK(b.answer_counts == std::vector<std::size_t>{0, 1, 0, 1});
  CHECK(b.unanswered == 1);
  CHECK(b.partly_met == 1);
  CHECK(*b.mean_value == doctest::Approx(0.25)); // (0.5 + 0) over the two where it counts
  const AggregateItem& c = agg.items[2];
  CHECK(c.out_of_profile == 1);
  CHECK(c.unanswered == 1);
  CHECK(*c.mean_value == doctest::Approx(0.5));
  // b (one partly met of two) and a (one not met of three) fall short.
  CHECK(agg.most_unmet == std::vector<std::size_t>{1, 0});
  // The lowest score first; every file has one here.
  REQUIRE(agg.lowest.size() == 3);
  CHECK(*agg.files[agg.lowest[0]].overall.score <= *agg.files[agg.lowest[1]].overall.score);
  CHECK(agg.spread.has_value());

  AggregateBuilder only_two(*checklist);
  only_two.add(summarise_file("2", score_answers(*checklist, two, today)));
  only_two.leave_out();
  const Aggregate none = only_two.finish();
  CHECK_FALSE(none.items[2].mean_value.has_value());
  CHECK(none.left_out == 1);
  CHECK(none.files.size() == 1);
}

TEST_CASE("an empty roll-up has no spread, no medians and no rankings")
{
  const auto checklist = ftsu::test::load_from_string(ftsu::test::small_checklist()).checklist;
  REQUIRE(checklist);
  const Aggregate agg = AggregateBuilder(*checklist).finish();
  CHECK_FALSE(agg.spread.has_value());
  CHECK(agg.lowest.empty());
  CHECK(agg.most_unmet.empty());
  for (const auto& s : agg.sections) {
    CHECK_FALSE(s.median.has_value());
    CHECK(s.scored == 0);
  }
}

TEST_CASE("quartiles interpolate between the closest ranks")
{
  SUBCASE("empty")
  {
    std::vector<double> v;
    CHECK_FALSE(quartiles_of(v).has_value());
    CHECK_FALSE(median_of(v).has_value());
  }
  SUBCASE("one value")
  {
    std::vector<double> v{42};
    const auto q = quartiles_of(v);
    REQUIRE(q);
    CHECK(q->min == 42);
    CHECK(q->q1 == 42);
    CHECK(q->median == 42);
    CHECK(q->q3 == 42);
    CHECK(q->max == 42);
  }
  SUBCASE("unsorted, odd count")
  {
    std::vector<double> v{50, 10, 40, 20, 30};
    const auto q = quartiles_of(v);
    REQUIRE(q);
    CHECK(q->min == 10);
    CHECK(q->q1 == 20);
    CHECK(q->median == 30);
    CHECK(q->q3 == 40);
    CHECK(q->max == 50);
  }
  SUBCASE("even count, as numpy.percentile and QUARTILE.INC")
  {
    std::vector<double> v{1, 2, 3, 4};
    const auto q = quartiles_of(v);
    REQUIRE(q);
    CHECK(q->q1 == doctest::Approx(1.75));
    CHECK(q->median == doctest::Approx(2.5));
    CHECK(q->q3 == doctest::Approx(3.25));
    std::vector<double> w{7, 3};
    CHECK(*median_of(w) == doctest::Approx(5));
  }
}

TEST_CASE("the histogram counts scores by tenths, 100 in the last")
{
  const Histogram h = histogram_of({0, 9.99, 10, 55, 99.9, 100});
  CHECK(h[0] == 2);
  CHECK(h[1] == 1);
  CHECK(h[5] == 1);
  CHECK(h[9] == 2);
  std::size_t total = 0;
  for (const auto n : h) {
    total += n;
  }
  CHECK(total == 6);
}

TEST_CASE("section medians over the files where the section has a score")
{
  const auto checklist = ftsu::test::load_from_string(ftsu::test::small_checklist()).checklist;
  REQUIRE(checklist);
  const ftsu::util::Date today{2026, 1, 1};
  AggregateBuilder builder(*checklist);
  for (const char* answer : {"met", "not-met", "partial"}) {
    const AnswersFile f =
        load_small(fmt::format("  a: {}\n  b: {}\n  c: {}\n", answer, answer, answer));
    builder.add(summarise_file("f", score_answers(*checklist, f, today)));
  }
  const Aggregate agg = builder.finish();
  REQUIRE_FALSE(agg.sections.empty());
  for (const auto& s : agg.sections) {
    REQUIRE(s.median.has_value());
    CHECK(*s.median == doctest::Approx(50.0));
    CHECK(s.scored == 3);
  }
  REQUIRE(agg.spread);
  CHECK(agg.spread->min == doctest::Approx(0));
  CHECK(agg.spread->median == doctest::Approx(50));
  CHECK(agg.spread->max == doctest::Approx(100));
  CHECK(agg.histogram[0] == 1);
  CHECK(agg.histogram[5] == 1);
  CHECK(agg.histogram[9] == 1);
  // Most short of full first: every item has one not met and one partly met.
  CHECK(agg.most_unmet == std::vector<std::size_t>{0, 1, 2});
}

namespace {

// Returns the outcome of a file named `name` for `organisation` and
// `period`, merged from `respondents` respondents (0: a respondent's own).
FileOutcome
outcome_of(const std::string& name,
           const std::string& organisation,
           const std::string& period,
           std::size_t respondents = 0)
{
  FileOutcome out;
  out.row.file = name;
  out.row.organisation = organisation;
  out.row.period = period;
  out.row.respondents = respondents;
  return out;
}

std::vector<std::string>
files_of(const Aggregate& aggregate)
{
  std::vector<std::string> out;
  for (const auto& file : aggregate.files) {
    out.push_back(file.file);
  }
  return out;
}

} // namespace

TEST_CASE("an organisation and period counts once: the merged file when there is one")
{
  const auto checklist = ftsu::test::load_from_string(ftsu::test::small_checklist()).checklist;
  REQUIRE(checklist);
  AggregateBuilder builder(*checklist);
  builder.add(outcome_of("guardian.yaml", "Example Trust", "2025/26"));
  builder.add(outcome_of("other.yaml", "Other Trust", "2025/26"));
  builder.add(outcome_of("ned.yaml", "  example   TRUST ", "2025/26"));
  builder.add(outcome_of("merged.yaml", "Example Trust", "2025/26", 3));
  builder.add(outcome_of("exec.yaml", "Example Trust", "2025/26"));
  builder.add(outcome_of("copy.yaml", "Example Trust", "2025/26", 3));
  builder.add(outcome_of("none-1.yaml", "", "2025/26"));
  builder.exclude_same_file("./other.yaml", "other.yaml");
  CHECK(builder.added() == 3);
  const Aggregate agg = builder.finish();
  CHECK(files_of(agg) == std::vector<std::string>{"other.yaml", "merged.yaml", "none-1.yaml"});
  CHECK(agg.merged == 1);
  CHECK(agg.clashes.empty());
  REQUIRE(agg.excluded.size() == 5);
  CHECK(agg.excluded[0].file == "ned.yaml");
  CHECK(agg.excluded[0].reason == Exclusion::merged_counts);
  CHECK(agg.excluded[0].counted == "merged.yaml");
  CHECK(agg.excluded[1].file == "guardian.yaml");
  CHECK(agg.excluded[1].reason == Exclusion::merged_counts);
  CHECK(agg.excluded[1].counted == "merged.yaml");
  CHECK(agg.excluded[2].file == "exec.yaml");
  CHECK(agg.excluded[2].reason == Exclusion::merged_counts);
  CHECK(agg.excluded[3].file == "copy.yaml");
  CHECK(agg.excluded[3].reason == Exclusion::already_counted);
  CHECK(agg.excluded[3].counted == "merged.yaml");
  CHECK(agg.excluded[4].reason == Exclusion::same_file);
  CHECK(agg.excluded[4].counted == "other.yaml");
  CHECK(to_string(Exclusion::merged_counts) == "merged-counts");
}

TEST_CASE("without a merged file the first file counts; a larger merge replaces a smaller")
{
  const auto checklist = ftsu::test::load_from_string(ftsu::test::small_checklist()).checklist;
  REQUIRE(checklist);
  AggregateBuilder builder(*checklist);
  builder.add(outcome_of("a.yaml", "T", "P"));
  builder.add(outcome_of("b.yaml", "T", "P"));
  builder.add(outcome_of("m2.yaml", "U", "P", 2));
  builder.add(outcome_of("m3.yaml", "U", "P", 3));
  const Aggregate agg = builder.finish();
  CHECK(files_of(agg) == std::vector<std::string>{"a.yaml", "m3.yaml"});
  REQUIRE(agg.excluded.size() == 2);
  CHECK(agg.excluded[0].file == "b.yaml");
  CHECK(agg.excluded[0].reason == Exclusion::already_counted);
  CHECK(agg.excluded[1].file == "m2.yaml");
  CHECK(agg.excluded[1].counted == "m3.yaml");
}

TEST_CASE("an organisation in two periods is a clash, named once")
{
  const auto checklist = ftsu::test::load_from_string(ftsu::test::small_checklist()).checklist;
  REQUIRE(checklist);
  AggregateBuilder builder(*checklist);
  builder.add(outcome_of("23.yaml", "T", "2023/24"));
  builder.add(outcome_of("24.yaml", "T", "2024/25"));
  builder.add(outcome_of("25.yaml", "T", "2025/26"));
  builder.add(outcome_of("u.yaml", "U", "2025/26"));
  const Aggregate agg = builder.finish();
  REQUIRE(agg.clashes.size() == 1);
  CHECK(agg.clashes[0].organisation == "T");
  CHECK(agg.clashes[0].first_file == "23.yaml");
  CHECK(agg.clashes[0].file == "24.yaml");
  CHECK(*agg.clashes[0].period == "2024/25");
}

TEST_CASE("identity keys: trimmed, spaces folded, any case")
{
  CHECK(identity_key(std::string("  Example   NHS\tTrust ")) == "example nhs trust");
  CHECK(identity_key(std::nullopt).empty());
}
