// Tests for src/ftsu/core/scoring.cpp: one test per rule of
// docs/spec.md#scoring.
#include <ftsu/core/scoring.hpp>

#include <cmath>
#include <numeric>

#include "testutil.hpp"

using namespace ftsu::core;
using ftsu::test::load_from_string;
using ftsu::util::Date;

namespace {

// Checklist: section one {a (w1), b (w2, mandatory)}, section two {c (w1,
// trust only)}, section three {d (w3), e (w1)}.
const char* const k_checklist = R"(format: ftsu-gap/checklist/v1
id: s
version: "1"
title: S
profiles:
  - {key: trust, label: Trust}
  - {key: primary-care, label: Primary care}
sections:
  - id: one
    title: One
    items:
      - {id: a, text: A}
      - {id: b, text: B, weight: 2, mandatory: true}
  - id: two
    title: Two
    items:
      - {id: c, text: C, profiles: [trust]}
  - id: three
    title: Three
    items:
      - {id: d, text: D, weight: 3}
      - {id: e, text: E}
)";

struct Scored
{
  ChecklistPtr checklist;
  AnswersFile answers;
  Assessment result;

  const ItemScore&
  item(std::string_view id) const
  {
    for (const auto& score : result.items) {
      if (score.item->id == id) {
        return score;
      }
    }
    FAIL("no item ", id);
    return result.items.front();
  }
};

// Scores answers (the lines under `answers:`, plus optional header lines).
std::unique_ptr<Scored>
score(std::string_view answer_lines,
      std::string_view header = {},
      const char* checklist = k_checklist)
{
  auto out = std::make_unique<Scored>();
  const auto loaded = load_from_string(checklist);
  REQUIRE_MESSAGE(loaded.checklist, loaded.all());
  out->checklist = loaded.checklist;
  DiagnosticSink sink("a.yaml");
  const auto text = fmt::format(
      "format: ftsu-gap/answers/v1\nchecklist: {}\nchecklist_version: \"1\"\n{}answers:\n{}",
      out->checklist->id,
      header,
      answer_lines);
  auto answers = load_answers(text, sink);
  REQUIRE_MESSAGE(answers, ftsu::test::formatted(sink).front());
  out->answers = std::move(*answers);
  out->result = score_answers(*out->checklist, out->answers, Date{2026, 1, 1});
  return out;
}

} // namespace

TEST_CASE("item status and value")
{
  const auto s = score("  a: met\n  b: partial\n  d: na\n", "profile: primary-care\n");
  CHECK(s->item("a").status == ItemStatus::answered);
  CHECK(s->item("a").value == 1.0);
  CHECK(s->item("b").value == 0.5);
  CHECK(s->item("c").status == ItemStatus::out_of_profile);
  CHECK_FALSE(s->item("c").value.has_value());
  CHECK(s->item("d").status == ItemStatus::not_applicable);
  CHECK_FALSE(s->item("d").value.has_value());
  CHECK(s->item("e").status == ItemStatus::unanswered);
  CHECK(s->item("e").value == 0.0);
}

TEST_CASE("N/A and out-of-profile leave the denominator")
{
  // Counting: a (1×1), b (2×0.5), e (1×0): 2 / 4 = 50.
  const auto s = score("  a: met\n  b: partial\n  c: met\n  d: na\n", "profile: primary-care\n");
  REQUIRE(s->result.overall.score);
  CHECK(*s->result.overall.score == doctest::Approx(50.0));
  CHECK(s->item("c").gap == 0);
  CHECK(s->item("d").gap == 0);
  CHECK_FALSE(s->item("c").gain.has_value());
  CHECK_FALSE(s->item("d").gain.has_value());
}

TEST_CASE("with no profile, items limited to a profile still count")
{
  const auto s = score("  c: met\n");
  CHECK(s->item("c").status == ItemStatus::answered);
}

TEST_CASE("unanswered counts as 0")
{
  const auto s = score("  a: met\n  b: met\n  c: met\n  d: met\n");
  // e unanswered: 7 of 8.
  CHECK(*s->result.overall.score == doctest::Approx(87.5));
  CHECK(s->item("e").gap == 1.0);
}

TEST_CASE("item gap is weight × (1 − value)")
{
  const auto s = score("  b: partial\n  d: not-met\n");
  CHECK(s->item("b").gap == 1.0);
  CHECK(s->item("d").gap == 3.0);
}

TEST_CASE("section and overall scores are weighted over the items that count")
{
  const auto s = score("  a: met\n  b: not-met\n  c: partial\n  d: met\n  e: partial\n");
  // one: (1 + 0) / 3; two: 0.5 / 1; three: (3 + 0.5) / 4.
  CHECK(*s->result.sections[0].summary.score == doctest::Approx(100.0 / 3));
  CHECK(*s->result.sections[1].summary.score == doctest::Approx(50.0));
  CHECK(*s->result.sections[2].summary.score == doctest::Approx(87.5));
  // Overall is over all items (5 of 8 = 62.5), not the mean of sections (57.0).
  CHECK(*s->result.overall.score == doctest::Approx(62.5));
}

TEST_CASE("a section with nothing that counts has a null score and rating")
{
  const auto s = score("  d: na\n  e: na\n");
  const auto& three = s->result.sections[2].summary;
  CHECK_FALSE(three.score.has_value());
  CHECK(three.rating == nullptr);
  CHECK_FALSE(three.rating_capped);
  CHECK_FALSE(three.coverage.has_value());
}

TEST_CASE("a checklist with nothing that counts has a null overall score")
{
  const auto s = score("  a: na\n  b: na\n  c: na\n  d: na\n  e: na\n");
  CHECK_FALSE(s->result.overall.score.has_value());
  CHECK(s->result.overall.rating == nullptr);
  CHECK_FALSE(s->result.overall.rating_capped);
  CHECK(s->result.gaps.empty());
}

TEST_CASE("rating is the band with the greatest min at or below the score")
{
  const auto s = score("  a: met\n  b: met\n  c: met\n  d: met\n  e: not-met\n");
  CHECK(*s->result.overall.score == doctest::Approx(87.5));
  CHECK(s->result.overall.rating->key == "green");
  CHECK_FALSE(s->result.overall.rating_capped);
}

TEST_CASE("a score exactly on a band's min earns that band")
{
  const auto s = score("  a: met\n  b: met\n  c: met\n  d: met\n  e: not-met\n");
  // section three: 3 / 4 = 75 -> amber (min 50), not green (min 80).
  CHECK(*s->result.sections[2].summary.score == doctest::Approx(75.0));
  CHECK(s->result.sections[2].summary.rating->key == "amber");
  const auto half = score("  d: partial\n  e: partial\n");
  CHECK(*half->result.sections[2].summary.score == doctest::Approx(50.0));
  CHECK(half->result.sections[2].summary.rating->key == "amber");
}

TEST_CASE("the mandatory cap sets the lowest band")
{
  // b (mandatory) partial; everything else met: 7 / 8 = 87.5, would be green.
  const auto s = score("  a: met\n  b: partial\n  c: met\n  d: met\n  e: met\n");
  CHECK(*s->result.overall.score == doctest::Approx(87.5));
  CHECK(s->result.overall.rating->key == "red");
  CHECK(s->result.overall.rating_capped);
  CHECK(s->result.sections[0].summary.rating->key == "red");
  CHECK(s->result.sections[0].summary.rating_capped);
  // The cap is scoped: section three has no mandatory item.
  CHECK(s->result.sections[2].summary.rating->key == "green");
  CHECK_FALSE(s->result.sections[2].summary.rating_capped);
  CHECK(s->result.mandatory_unmet == std::vector<std::string>{"b"});
}

TEST_CASE("the mandatory cap applies even when the band is already the lowest")
{
  const auto s = score("  a: not-met\n  b: not-met\n");
  CHECK(s->result.overall.rating->key == "red");
  CHECK(s->result.overall.rating_capped);
}

TEST_CASE("an unanswered mandatory item caps too, a not-applicable one does not")
{
  const auto unanswered = score("  a: met\n  c: met\n  d: met\n  e: met\n");
  CHECK(unanswered->result.overall.rating_capped);
  // Unanswered is never "not met": it is counted apart (issue 22, item 4).
  CHECK(unanswered->result.mandatory_unmet.empty());
  CHECK(unanswered->result.mandatory_unanswered == std::vector<std::string>{"b"});
  const auto na = score("  a: met\n  b: na\n  c: met\n  d: met\n  e: met\n");
  CHECK_FALSE(na->result.overall.rating_capped);
  CHECK(na->result.overall.rating->key == "green");
  CHECK(na->result.mandatory_unmet.empty());
}

TEST_CASE("gain is the points the overall score would rise, and sums to 100 − score")
{
  const auto s = score("  a: met\n  b: partial\n  c: not-met\n  d: partial\n");
  // Σw = 8; gaps: b 1, c 1, d 1.5, e 1.
  CHECK(*s->item("d").gain == doctest::Approx(100.0 * 1.5 / 8));
  CHECK(*s->item("a").gain == doctest::Approx(0.0));
  double total = 0;
  for (const auto& item : s->result.items) {
    total += item.gain.value_or(0);
  }
  CHECK(total == doctest::Approx(100.0 - *s->result.overall.score));
}

TEST_CASE("a section's gain is its items' gains, in points of the overall score")
{
  const auto s = score("  a: met\n  b: partial\n  c: not-met\n  d: partial\n");
  // Σw = 8; section one's gap is b's 1, two's c's 1, three's d 1.5 + e 1.
  CHECK(*s->result.sections[0].summary.gain == doctest::Approx(100.0 * 1 / 8));
  CHECK(*s->result.sections[2].summary.gain == doctest::Approx(100.0 * 2.5 / 8));
  CHECK(*s->result.overall.gain == doctest::Approx(100.0 - *s->result.overall.score));
  const auto none = score("  a: na\n  b: na\n  c: na\n  d: na\n  e: na\n");
  CHECK_FALSE(none->result.overall.gain.has_value());
  CHECK_FALSE(none->result.sections[0].summary.gain.has_value());
}

TEST_CASE("coverage is answered ÷ (answered + unanswered)")
{
  const auto s = score("  a: met\n  b: na\n  c: partial\n", "profile: trust\n");
  // answered a, c; unanswered d, e; b not applicable.
  CHECK(*s->result.overall.coverage == doctest::Approx(50.0));
  CHECK(s->result.overall.tally.items == 5);
  CHECK(s->result.overall.tally.answered == 2);
  CHECK(s->result.overall.tally.unanswered == 2);
  CHECK(s->result.overall.tally.not_applicable == 1);
  CHECK(s->result.overall.tally.out_of_profile == 0);
}

TEST_CASE("the gap list: mandatory first, then gap descending, ties in checklist order")
{
  const auto s = score("  a: not-met\n  b: partial\n  c: not-met\n  d: met\n  e: not-met\n");
  // gaps: a 1, b 1 (mandatory), c 1, e 1; d none.
  std::vector<std::string> ids;
  for (const auto index : s->result.gaps) {
    ids.push_back(s->result.items[index].item->id);
  }
  CHECK(ids == std::vector<std::string>{"b", "a", "c", "e"});
  const auto t = score("  a: partial\n  b: met\n  c: not-met\n  d: partial\n  e: not-met\n");
  ids.clear();
  for (const auto index : t->result.gaps) {
    ids.push_back(t->result.items[index].item->id);
  }
  // d 1.5, c 1, e 1, a 0.5.
  CHECK(ids == std::vector<std::string>{"d", "c", "e", "a"});
}

TEST_CASE("overdue actions: a gap and a due date before assessed_on, else today")
{
  const auto s = score(R"(  a:
    answer: partial
    due: 2025-03-30
  b:
    answer: met
    due: 2025-01-01
  d:
    answer: not-met
    due: 2025-03-31
  e:
    due: 2025-02-01
)",
                       "assessed_on: 2025-03-31\n");
  // b has no gap; d is due on the day (not before it).
  CHECK(s->result.overdue_actions == std::vector<std::string>{"a", "e"});
  CHECK(s->item("a").overdue);
  const auto today = score("  a:\n    answer: partial\n    due: 2025-12-31\n");
  // No assessed_on: judged against the `today` given (2026-01-01).
  CHECK(today->result.overdue_actions == std::vector<std::string>{"a"});
}

TEST_CASE("a done action is never overdue, open and in-progress ones are")
{
  const auto s = score(R"(  a:
    answer: partial
    action: Done already
    due: 2025-01-30
    status: done
  d:
    answer: not-met
    action: Under way
    due: 2025-01-30
    status: in-progress
  e:
    answer: not-met
    action: Not started
    due: 2025-01-30
    status: open
)",
                       "assessed_on: 2025-03-31\n");
  CHECK(s->result.overdue_actions == std::vector<std::string>{"d", "e"});
  CHECK_FALSE(s->item("a").overdue);
}

TEST_CASE("an answer given under a replaced id is scored for its new item")
{
  const auto s = score("  old-c: met\n", {}, R"(format: ftsu-gap/checklist/v1
id: r
version: "1"
title: R
sections:
  - id: one
    title: One
    items:
      - {id: c, text: C, replaces: [old-c]}
)");
  CHECK(s->item("c").status == ItemStatus::answered);
  CHECK(*s->result.overall.score == doctest::Approx(100.0));
}
