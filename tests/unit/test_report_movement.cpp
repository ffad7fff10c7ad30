// Tests for core::plan_movement and src/ftsu/report/movement.cpp: what
// `report --compare` shows of the plan's movement since last year.
#include <ftsu/core/diff.hpp>
#include <ftsu/core/scoring.hpp>
#include <ftsu/report/movement.hpp>

#include "testutil.hpp"

using namespace ftsu::core;
using ftsu::test::load_from_string;
using ftsu::test::small_checklist;
using ftsu::util::Date;

namespace {

AnswersFile
movement_file(std::string_view period, std::string_view assessed_on, std::string_view answers)
{
  DiagnosticSink sink("m.yaml");
  auto file = load_answers(fmt::format("format: ftsu-gap/answers/v1\nchecklist: small\n"
                                       "checklist_version: \"1.0\"\nprofile: trust\nperiod: {}\n"
                                       "assessed_on: {}\nanswers:\n{}",
                                       period,
                                       assessed_on,
                                       answers),
                           sink);
  REQUIRE(file);
  REQUIRE_FALSE(sink.has_errors());
  return std::move(*file);
}

} // namespace

TEST_CASE("report --compare: completed with dates, in progress, dropped, due dates moved")
{
  const auto checklist = load_from_string(small_checklist()).checklist;
  const AnswersFile last = movement_file("2025/26", "2026-03-31", R"(  a:
    answer: partial
    action: Train managers
  b:
    answer: partial
    action: Write the policy
  c:
    answer: partial
    action: Audit the register
)");
  const AnswersFile now = movement_file("2026/27", "2027-03-31", R"(  a:
    answer: partial
    action: Train managers
    owner: Director of People
    status: done
    completed_on: 2027-02-01
  b:
    answer: partial
    action: Write the policy
    owner: FTSU guardian
    due: 2027-06-30
    status: in-progress
    progress_notes:
      - {date: 2027-01-10, note: Draft out for comment}
    due_history:
      - {from: 2026-01-31, to: 2026-06-30, date: 2026-01-10, why: Before last year's assessment}
      - {from: 2026-06-30, to: 2027-06-30, date: 2026-09-01, why: Waiting for the national template}
  c:
    answer: partial
    action: Audit the register
    owner: Company secretary
    status: dropped
    dropped_reason: The register moved to the new HR system
)");
  const Assessment before = score_answers(*checklist, last, Date{2026, 3, 31});
  const Assessment after = score_answers(*checklist, now, Date{2027, 3, 31});
  const Comparison c = compare(before, after);
  const auto done = completed_actions(c);
  REQUIRE(done.size() == 1);
  CHECK(ftsu::report::completed_text(*done.front()) == "done on 1 February 2027");
  const PlanMovement m = plan_movement(c);
  REQUIRE(m.in_progress.size() == 1);
  CHECK(m.in_progress[0].item->id == "b");
  REQUIRE(m.dropped.size() == 1);
  CHECK(m.dropped[0].item->id == "c");
  REQUIRE(m.due_moved.size() == 1);
  // Only the move after last year's assessment counts.
  CHECK(due_moves_since(*m.due_moved[0].action->entry, Date{2026, 3, 31}).size() == 1);
  const auto tables = ftsu::report::movement_tables(c);
  REQUIRE(tables.size() == 3);
  CHECK(tables[0].title == "Actions in progress (1)");
  CHECK(tables[0].rows.at(0)
        == std::vector<std::string>{"b",
                                    "Write the policy",
                                    "FTSU guardian",
                                    "30 Jun 2027",
                                    "10 January 2027: Draft out for comment"});
  CHECK(tables[1].title == "Actions dropped since 2025/26 (1)");
  CHECK(tables[1].rows.at(0).back() == "The register moved to the new HR system");
  CHECK(tables[2].title == "Due dates moved since 2025/26 (1)");
  CHECK(tables[2].rows.at(0)
        == std::vector<std::string>{"b",
                                    "Write the policy",
                                    "FTSU guardian",
                                    "30 Jun 2026",
                                    "30 Jun 2027",
                                    "Waiting for the national template (1 Sep 2026)"});
}
