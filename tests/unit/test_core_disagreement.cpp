// Tests for src/ftsu/core/disagreement.cpp: which items differ and by how
// many steps, the order, not applicable against an answer, each
// respondent's section scores and the count the gate reads.
#include <ftsu/core/disagreement.hpp>
#include <ftsu/core/merge.hpp>

#include "testutil.hpp"

using namespace ftsu::core;
using ftsu::test::load_from_string;
using ftsu::test::small_checklist;

namespace {

AnswersFile
respondent_answers(std::string_view name, std::string_view answers)
{
  const std::string text = fmt::format("format: ftsu-gap/answers/v1\nchecklist: small\n"
                                       "checklist_version: \"1.0\"\nprofile: trust\n"
                                       "respondent: {}\nanswers:\n{}",
                                       name,
                                       answers);
  DiagnosticSink sink("r.yaml");
  auto file = load_answers(text, sink);
  REQUIRE((file && !sink.has_errors()));
  return std::move(*file);
}

} // namespace

TEST_CASE("disagreements of a merged file, widest first")
{
  const auto loaded = load_from_string(small_checklist());
  REQUIRE(loaded.checklist);
  const Checklist& c = *loaded.checklist;
  const AnswersFile one =
      respondent_answers("One", "  a: met\n  b:\n    answer: met\n    evidence: E1\n  c: na\n");
  const AnswersFile two = respondent_answers(
      "Two", "  a: partial\n  b:\n    answer: not-met\n    evidence: E2\n  c: met\n");
  const AnswersFile three = respondent_answers("Three", "  a: partial\n  b: met\n");
  const std::vector<MergeInput> inputs{{"1", &one}, {"2", &two}, {"3", &three}};
  const MergeOutcome outcome = merge_answers(c, inputs, std::nullopt);
  REQUIRE(outcome.merged);
  const Assessment assessment =
      score_answers(c, *outcome.merged, *ftsu::util::parse_date("2026-03-31"));
  const auto found = find_disagreements(assessment);
  REQUIRE(found);
  CHECK(found->respondents == std::vector<std::string>{"One", "Two", "Three"});
  REQUIRE(found->items.size() == 3);
  CHECK(found->items[0].item->item->id == "b");
  CHECK(found->items[0].steps == 2);
  CHECK(found->items[0].answers[1].entry->evidence == "E2");
  CHECK(found->items[1].item->item->id == "a");
  CHECK(found->items[1].steps == 1);
  // Not applicable against met: shown, with no steps between scored answers.
  CHECK(found->items[2].item->item->id == "c");
  CHECK(found->items[2].steps == 0);
  CHECK(found->items[2].applicability);
  // Three left c blank: the merged file records it, with no answer.
  REQUIRE(found->items[2].answers[2].entry != nullptr);
  CHECK_FALSE(found->items[2].answers[2].entry->answer);
  CHECK(found->items[2].answers[2].option == nullptr);
  REQUIRE(found->unanswered.size() == 1);
  CHECK(found->unanswered[0].item->item->id == "c");
  CHECK(found->unanswered[0].respondents == std::vector<std::size_t>{2});
  CHECK(found->wide == 1);
  // Section one (a weight 1, b weight 2): One 100, Two (0.5 + 0) / 3, Three 100.
  REQUIRE(found->sections.size() == 2);
  CHECK(found->sections[0].scores[0] == doctest::Approx(100.0));
  CHECK(found->sections[0].scores[1] == doctest::Approx(50.0 / 3));
  CHECK(found->sections[0].spread == doctest::Approx(100.0 - 50.0 / 3));
  // Section two: One said not applicable (nothing counts), Two met, Three
  // did not answer: their score leaves the blank out (none, coverage 0),
  // so there is no spread with one score.
  CHECK_FALSE(found->sections[1].scores[0].has_value());
  CHECK(found->sections[1].scores[1] == doctest::Approx(100.0));
  CHECK_FALSE(found->sections[1].scores[2].has_value());
  CHECK(found->sections[1].coverage[2] == doctest::Approx(0.0));
  CHECK(found->sections[1].coverage[1] == doctest::Approx(100.0));
  CHECK_FALSE(found->sections[1].spread.has_value());
}

TEST_CASE("a file that is not merged has no disagreements; agreeing respondents have none")
{
  const auto loaded = load_from_string(small_checklist());
  REQUIRE(loaded.checklist);
  const Checklist& c = *loaded.checklist;
  const AnswersFile one = respondent_answers("One", "  a: met\n  b: partial\n");
  const ftsu::util::Date day = *ftsu::util::parse_date("2026-03-31");
  CHECK_FALSE(find_disagreements(score_answers(c, one, day)).has_value());
  const AnswersFile two = respondent_answers("Two", "  a: met\n  b: partial\n  c:\n");
  const std::vector<MergeInput> inputs{{"1", &one}, {"2", &two}};
  const MergeOutcome outcome = merge_answers(c, inputs, std::nullopt);
  REQUIRE(outcome.merged);
  const auto found = find_disagreements(score_answers(c, *outcome.merged, day));
  REQUIRE(found);
  CHECK(found->items.empty());
  CHECK(found->wide == 0);
  CHECK(found->overall_spread == doctest::Approx(0.0));
}
