// Tests for an action's record in the answers file (docs/spec.md#answers-format):
// status dropped with a reason, dated progress notes, completed_on and the
// due-date history; loaded, written byte-stable, merged, carried by init
// --from and shown by the report's labels.
#include <ftsu/core/answers_writer.hpp>
#include <ftsu/core/merge.hpp>
#include <ftsu/report/labels.hpp>

#include "testutil.hpp"

using namespace ftsu::core;
using ftsu::test::load_from_string;
using ftsu::test::small_checklist;

namespace {

const std::string k_record_header = "format: ftsu-gap/answers/v1\nchecklist: small\n"
                                    "checklist_version: \"1.0\"\norganisation: Trust\n"
                                    "period: 2025/26\n";

struct LoadedRecord : ftsu::test::Messages
{
  std::optional<AnswersFile> answers;
  bool errors = false;
};

LoadedRecord
load_record(std::string_view answers, std::string_view header = k_record_header)
{
  DiagnosticSink sink("r.yaml");
  LoadedRecord out;
  out.answers = load_answers(fmt::format("{}answers:\n{}", header, answers), sink);
  out.errors = sink.has_errors();
  out.messages = ftsu::test::formatted(sink);
  return out;
}

const char* const k_full_record = R"(  a:
    answer: partial
    action: "Train managers: all wards, \"listening up\""
    owner: Director of People
    due: 2026-12-31
    status: in-progress
    progress: Half the wards
    progress_notes:
      - date: 2026-05-02
        note: Went to the executive; approved
      - date: 2026-04-10
        note: "Paper drafted\nsecond line, café"
    due_history:
      - from: 2026-06-30
        to: 2026-09-30
        date: 2026-05-02
        why: "Committee moved: July"
      - from: 2026-09-30
        to: 2026-12-31
        date: 2026-09-01
        why: Trainer on leave
  b:
    answer: not-met
    action: Write the policy
    status: dropped
    dropped_reason: Superseded by the national policy
  c:
    answer: partial
    action: Audit the register
    status: done
    completed_on: 2026-06-15
)";

} // namespace

TEST_CASE("an action's record loads: notes, history, completion and a dropped reason")
{
  const LoadedRecord r = load_record(k_full_record);
  REQUIRE_MESSAGE(!r.errors, (r.messages.empty() ? std::string() : r.messages.front()));
  const AnswersFile& f = *r.answers;
  const AnswerEntry& a = f.answers[0];
  REQUIRE(a.progress_notes.size() == 2);
  CHECK(a.progress_notes[0].on == *ftsu::util::parse_date("2026-05-02"));
  CHECK(a.progress_notes[1].note == "Paper drafted\nsecond line, café");
  REQUIRE(a.due_history.size() == 2);
  CHECK(a.due_history[0].from == *ftsu::util::parse_date("2026-06-30"));
  CHECK(a.due_history[0].to == *ftsu::util::parse_date("2026-09-30"));
  CHECK(a.due_history[0].why == "Committee moved: July");
  CHECK(a.action_open());
  // The latest by date, not the last written.
  REQUIRE(a.latest_note() != nullptr);
  CHECK(a.latest_note()->note == "Went to the executive; approved");
  const AnswerEntry& b = f.answers[1];
  CHECK(b.status == ActionStatus::dropped);
  CHECK(b.dropped_reason == "Superseded by the national policy");
  CHECK_FALSE(b.action_open());
  const AnswerEntry& c = f.answers[2];
  CHECK(c.completed_on == ftsu::util::parse_date("2026-06-15"));
  CHECK_FALSE(c.action_open());
  CHECK(parse_action_status("dropped") == ActionStatus::dropped);
  CHECK(action_status_keys() == std::vector<std::string>{"open", "in-progress", "done", "dropped"});
}

TEST_CASE("an action's record is written byte-stable, also inside a respondent's entry")
{
  const LoadedRecord r = load_record(k_full_record);
  REQUIRE(r.answers);
  const std::string written = write_answers(*r.answers, nullptr);
  CHECK(written.find("progress_notes:\n      - date: 2026-05-02\n        note: ")
        != std::string::npos);
  CHECK(
      written.find("due_history:\n      - from: 2026-06-30\n        to: 2026-09-30\n        date: "
                   "2026-05-02\n        why: \"Committee moved: July\"\n")
      != std::string::npos);
  CHECK(written.find("completed_on: 2026-06-15\n") != std::string::npos);
  CHECK(written.find("dropped_reason: Superseded by the national policy\n") != std::string::npos);
  DiagnosticSink sink("w.yaml");
  const auto again = load_answers(written, sink);
  REQUIRE(again);
  REQUIRE_FALSE(sink.has_errors());
  CHECK(again->answers[0].progress_notes == r.answers->answers[0].progress_notes);
  CHECK(again->answers[0].due_history == r.answers->answers[0].due_history);
  CHECK(write_answers(*again, nullptr) == written);

  // A respondent's own entry in a merged file keeps its record too.
  const std::string merged_header =
      k_record_header + "respondents: [Guardian]\nmerge_rule: lowest\n";
  const LoadedRecord m = load_record(R"(  a:
    answer: partial
    respondents:
      Guardian:
        answer: partial
        action: Train managers
        status: dropped
        dropped_reason: Done by HR instead
        progress_notes:
          - {date: 2026-04-10, note: Asked HR}
        due_history:
          - {from: 2026-06-30, to: 2026-09-30, date: 2026-05-02, why: Committee}
)",
                                     merged_header);
  REQUIRE_MESSAGE(!m.errors, (m.messages.empty() ? std::string() : m.messages.front()));
  const std::string merged_written = write_answers(*m.answers, nullptr);
  DiagnosticSink sink2("m.yaml");
  const auto merged_again = load_answers(merged_written, sink2);
  REQUIRE(merged_again);
  const AnswerEntry& own = merged_again->answers[0].respondents.at(0).entry;
  CHECK(own.dropped_reason == "Done by HR instead");
  CHECK(own.progress_notes.size() == 1);
  CHECK(own.due_history.size() == 1);
  CHECK(write_answers(*merged_again, nullptr) == merged_written);
}

TEST_CASE("an action's record is checked: a reason to drop, dates and texts in every entry")
{
  SUBCASE("dropped without a reason")
  {
    const LoadedRecord r = load_record("  a:\n    action: X\n    status: dropped\n");
    CHECK(r.errors);
    CHECK(r.has("dropped without a reason: give 'dropped_reason'"));
  }
  SUBCASE("a note without its date")
  {
    const LoadedRecord r =
        load_record("  a:\n    action: X\n    progress_notes:\n      - note: Y\n");
    CHECK(r.errors);
    CHECK(r.has("needs 'date'"));
  }
  SUBCASE("a due change without why")
  {
    const LoadedRecord r = load_record(
        "  a:\n    action: X\n    due_history:\n      - {from: 2026-01-01, to: 2026-02-01, on: "
        "2026-01-01}\n");
    CHECK(r.errors);
    CHECK(r.has("'why'"));
  }
  SUBCASE("an unknown key in a note")
  {
    const LoadedRecord r =
        load_record("  a:\n    action: X\n    progress_notes:\n      - {date: 2026-01-01, note: Y, "
                    "by: Z}\n");
    CHECK(r.errors);
  }
  SUBCASE("completed_on that is no date")
  {
    const LoadedRecord r = load_record("  a:\n    action: X\n    completed_on: June\n");
    CHECK(r.errors);
  }
  SUBCASE("progress_notes that is text")
  {
    const LoadedRecord r = load_record("  a:\n    action: X\n    progress_notes: Went well\n");
    CHECK(r.errors);
  }
}

TEST_CASE("merge keeps each respondent's record on their own entry")
{
  const auto checklist = load_from_string(small_checklist()).checklist;
  const auto own = [&](std::string_view name, std::string_view answers) {
    const LoadedRecord r =
        load_record(answers, k_record_header + fmt::format("respondent: {}\n", name));
    REQUIRE_MESSAGE(!r.errors, (r.messages.empty() ? std::string() : r.messages.front()));
    return *r.answers;
  };
  const AnswersFile guardian = own("Guardian", R"(  a:
    answer: partial
    action: Train managers
    due: 2026-09-30
    status: in-progress
    progress_notes:
      - {date: 2026-04-10, note: Asked HR}
    due_history:
      - {from: 2026-06-30, to: 2026-09-30, date: 2026-05-02, why: Committee}
)");
  const AnswersFile ned = own("NED", R"(  a:
    answer: not-met
    action: Board seminar
    status: dropped
    dropped_reason: Covered by the away day
)");
  const std::vector<MergeInput> inputs{{"g.yaml", &guardian}, {"n.yaml", &ned}};
  const MergeOutcome outcome = merge_answers(*checklist, inputs, std::nullopt);
  REQUIRE(outcome.merged);
  const AnswerEntry& item = outcome.merged->answers.at(0);
  CHECK(item.progress_notes.empty());
  CHECK(item.due_history.empty());
  REQUIRE(item.respondents.size() == 2);
  CHECK(item.respondents[0].entry.progress_notes == guardian.answers[0].progress_notes);
  CHECK(item.respondents[0].entry.due_history == guardian.answers[0].due_history);
  CHECK(item.respondents[1].entry.dropped_reason == "Covered by the away day");
  // Merging the merged file with nothing new changes nothing.
  const std::string written = write_answers(*outcome.merged, nullptr);
  const std::vector<MergeInput> again{{"m.yaml", &*outcome.merged}};
  const MergeOutcome twice = merge_answers(*checklist, again, std::nullopt);
  REQUIRE(twice.merged);
  CHECK(write_answers(*twice.merged, nullptr) == written);
  // The same respondent given twice with a different record is refused.
  AnswersFile newer = guardian;
  newer.answers[0].progress_notes.push_back({*ftsu::util::parse_date("2026-06-01"), "More"});
  const std::vector<MergeInput> clash{{"m.yaml", &*outcome.merged}, {"g2.yaml", &newer}};
  CHECK_FALSE(merge_answers(*checklist, clash, std::nullopt).merged);
}

TEST_CASE("init --from carries an open action's notes and history, not a dropped one")
{
  const auto checklist = load_from_string(small_checklist()).checklist;
  const LoadedRecord last = load_record(R"(  a:
    answer: partial
    action: Train managers
    due: 2026-09-30
    status: in-progress
    progress_notes:
      - {date: 2026-04-10, note: Asked HR}
    due_history:
      - {from: 2026-06-30, to: 2026-09-30, date: 2026-05-02, why: Committee}
  b:
    answer: not-met
    action: Write the policy
    status: dropped
    dropped_reason: National policy
)",
                                        k_record_header + "profile: trust\n");
  REQUIRE(last.answers);
  const AnswersFile next =
      start_answers(*checklist, std::nullopt, std::string("2026/27"), std::nullopt, &*last.answers);
  CHECK(next.answers[0].progress_notes.size() == 1);
  CHECK(next.answers[0].due_history.size() == 1);
  CHECK_FALSE(next.answers[1].action.has_value());
  CHECK_FALSE(next.answers[1].dropped_reason.has_value());
}

TEST_CASE("a plan shows the status, the latest note and how often the due date moved")
{
  using ftsu::report::action_record_facts;
  using ftsu::report::due_moves_text;
  CHECK(due_moves_text(0).empty());
  CHECK(due_moves_text(1) == "due date moved once");
  CHECK(due_moves_text(2) == "due date moved twice");
  CHECK(due_moves_text(3) == "due date moved 3 times");
  const LoadedRecord r = load_record(k_full_record);
  REQUIRE(r.answers);
  CHECK(action_record_facts(r.answers->answers[0])
        == std::vector<std::string>{"in progress",
                                    "latest note, 2 May 2026: Went to the executive; approved",
                                    "due date moved twice"});
  CHECK(action_record_facts(r.answers->answers[1])
        == std::vector<std::string>{"dropped: Superseded by the national policy"});
  CHECK(action_record_facts(r.answers->answers[2])
        == std::vector<std::string>{"done on 15 June 2026"});
  AnswerEntry plain;
  plain.action = "X";
  CHECK(action_record_facts(plain).empty());
}
