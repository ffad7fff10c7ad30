// Tests for src/ftsu/core/progress.cpp: each change to an action's record,
// finding an action, the order `actions update` walks, and the walk itself
// with a scripted prompter (every change saved at once, an interruption
// losing nothing saved).
#include <ftsu/core/answers_writer.hpp>
#include <ftsu/core/progress.hpp>
#include <ftsu/core/scoring.hpp>

#include "testutil.hpp"

using namespace ftsu::core;
using ftsu::test::load_from_string;
using ftsu::test::ScriptedPrompter;
using ftsu::test::small_checklist;
using ftsu::util::Date;

namespace {

AnswersFile
progress_file(std::string_view answers, std::string_view header = {})
{
  DiagnosticSink sink("p.yaml");
  auto file = load_answers(fmt::format("format: ftsu-gap/answers/v1\nchecklist: small\n"
                                       "checklist_version: \"1.0\"\n{}answers:\n{}",
                                       header,
                                       answers),
                           sink);
  REQUIRE(file);
  REQUIRE_FALSE(sink.has_errors());
  return std::move(*file);
}

const char* const k_three_actions = R"(  a:
    answer: partial
    action: Train managers
    owner: Director of People
    due: 2026-09-30
  b:
    answer: not-met
    action: Write the policy
    owner: FTSU guardian
    due: 2026-03-31
  c:
    answer: partial
    action: Audit the register
    owner: director of people
)";

const Date k_progress_today{2026, 6, 1};

// Returns true when some message shown contains `text`.
bool
message_shown(const ScriptedPrompter& p, std::string_view text)
{
  return std::any_of(p.messages.begin(), p.messages.end(), [&](const std::string& m) {
    return m.find(text) != std::string::npos;
  });
}

} // namespace

TEST_CASE("each change to an action's record, and what is refused")
{
  AnswersFile f = progress_file(k_three_actions);
  AnswerEntry& a = f.answers[0];
  SUBCASE("a note is dated and kept in order; an empty one is refused")
  {
    CHECK_FALSE(apply_progress(a, {ProgressKind::note, Date{2026, 5, 1}, "  First\x1b  ", {}}));
    CHECK_FALSE(apply_progress(a, {ProgressKind::note, Date{2026, 5, 2}, "Second", {}}));
    REQUIRE(a.progress_notes.size() == 2);
    CHECK(a.progress_notes[0] == ProgressNote{Date{2026, 5, 1}, "First"});
    CHECK(apply_progress(a, {ProgressKind::note, k_progress_today, "   ", {}})
          == "a note needs its text");
    CHECK(a.progress_notes.size() == 2);
  }
  SUBCASE("start, then done with its date; done again is refused, a note is not")
  {
    CHECK_FALSE(apply_progress(a, {ProgressKind::start, k_progress_today, {}, {}}));
    CHECK(a.status == ActionStatus::in_progress);
    CHECK(apply_progress(a, {ProgressKind::start, k_progress_today, {}, {}})
          == "the action is already in progress");
    CHECK_FALSE(apply_progress(a, {ProgressKind::done, Date{2026, 5, 20}, {}, {}}));
    CHECK(a.status == ActionStatus::done);
    CHECK(a.completed_on == Date{2026, 5, 20});
    CHECK(apply_progress(a, {ProgressKind::done, k_progress_today, {}, {}})
          == "the action is already done; it takes notes only");
    CHECK(apply_progress(a, {ProgressKind::start, k_progress_today, {}, {}}).has_value());
    CHECK_FALSE(apply_progress(a, {ProgressKind::note, k_progress_today, "Signed off", {}}));
  }
  SUBCASE("a due date moves with its history; the same date and no reason are refused")
  {
    CHECK(apply_progress(a, {ProgressKind::due, k_progress_today, "", Date{2026, 12, 31}})
          == "moving a due date needs the reason");
    CHECK(apply_progress(a, {ProgressKind::due, k_progress_today, "x", Date{2026, 9, 30}})
              .has_value());
    CHECK_FALSE(
        apply_progress(a, {ProgressKind::due, k_progress_today, "Committee", Date{2026, 12, 31}}));
    CHECK_FALSE(
        apply_progress(a, {ProgressKind::due, Date{2026, 7, 1}, "Again", Date{2027, 1, 31}}));
    CHECK(a.due == Date{2027, 1, 31});
    REQUIRE(a.due_history.size() == 2);
    CHECK(a.due_history[0]
          == DueChange{Date{2026, 9, 30}, Date{2026, 12, 31}, k_progress_today, "Committee"});
    CHECK(a.due_history[1].from == Date{2026, 12, 31});
  }
  SUBCASE("a first due date is set without history")
  {
    AnswerEntry& c = f.answers[2];
    CHECK_FALSE(apply_progress(c, {ProgressKind::due, k_progress_today, "", Date{2026, 8, 31}}));
    CHECK(c.due == Date{2026, 8, 31});
    CHECK(c.due_history.empty());
  }
  SUBCASE("drop needs its reason and closes the action")
  {
    CHECK(apply_progress(a, {ProgressKind::drop, k_progress_today, " ", {}})
          == "dropping an action needs the reason");
    CHECK_FALSE(apply_progress(a, {ProgressKind::drop, k_progress_today, "Superseded", {}}));
    CHECK(a.status == ActionStatus::dropped);
    CHECK(a.dropped_reason == "Superseded");
    CHECK_FALSE(a.action_open());
  }
  SUBCASE("an entry without an action is refused")
  {
    AnswerEntry none;
    CHECK(apply_progress(none, {ProgressKind::note, k_progress_today, "x", {}})
          == "there is no action to update");
  }
}

TEST_CASE("finding an item's action, in a plain and a merged file")
{
  AnswersFile f = progress_file(k_three_actions + std::string("  old-c: met\n"));
  CHECK(find_action(f, "b", std::nullopt).entry == &f.answers[1]);
  CHECK(find_action(f, "zz", std::nullopt).problem == "the file has no entry for 'zz'");
  CHECK(find_action(f, "old-c", std::nullopt).problem == "'old-c' has no action");
  AnswersFile m = progress_file(R"(  a:
    answer: partial
    respondents:
      Alice:
        answer: partial
        action: One
      Bob:
        answer: partial
        action: Two
      Carol: met
)",
                                "respondents: [Alice, Bob, Carol]\nmerge_rule: lowest\n");
  CHECK(find_action(m, "a", std::nullopt).problem
        == "several respondents wrote an action for 'a': Alice, Bob; say whose with --by");
  CHECK(find_action(m, "a", std::string("bob")).entry == &m.answers[0].respondents[1].entry);
  CHECK(find_action(m, "a", std::string("Carol")).problem == "Carol wrote no action for 'a'");
}

TEST_CASE("actions update walks the open actions, overdue first, then by due date")
{
  const auto checklist = load_from_string(small_checklist()).checklist;
  AnswersFile f = progress_file(k_three_actions, "profile: trust\n");
  const Assessment scored = score_answers(*checklist, f, k_progress_today);
  const auto keys = actions_to_update(scored, std::nullopt);
  REQUIRE(keys.size() == 3);
  CHECK(keys[0].item_id == "b"); // overdue
  CHECK(keys[1].item_id == "a"); // due 30 September
  CHECK(keys[2].item_id == "c"); // no due date
  const auto mine = actions_to_update(scored, std::string(" Director of People"));
  REQUIRE(mine.size() == 2);
  CHECK(mine[0].item_id == "a");
  CHECK(mine[1].item_id == "c");
  // Done and dropped actions are not walked.
  f.answers[1].status = ActionStatus::done;
  f.answers[0].status = ActionStatus::dropped;
  f.answers[0].dropped_reason = "x";
  const auto left = actions_to_update(score_answers(*checklist, f, k_progress_today), std::nullopt);
  REQUIRE(left.size() == 1);
  CHECK(left[0].item_id == "c");
}

TEST_CASE("the walk: each change saved at once, an interruption loses nothing saved")
{
  const auto checklist = load_from_string(small_checklist()).checklist;
  AnswersFile f = progress_file(k_three_actions, "profile: trust\n");
  const auto keys = actions_to_update(score_answers(*checklist, f, k_progress_today), std::nullopt);
  std::vector<std::string> saves;
  const auto save = [&](const AnswersFile& now) { saves.push_back(write_answers(now, nullptr)); };
  const auto describe = [](const ActionKey& key, const AnswerEntry&) { return key.item_id; };
  SUBCASE("note, in progress, move, done with Enter, drop")
  {
    ScriptedPrompter p({"n",
                        "Chased twice",
                        "i",
                        "s",
                        "m",
                        "31/12/2026",
                        "Committee moved",
                        "d",
                        "",
                        "x",
                        "Covered elsewhere"});
    const WalkResult r = walk_actions(f, keys, k_progress_today, describe, p, save);
    CHECK(r.end == WalkResult::End::finished);
    CHECK(r.changes == 5);
    CHECK(r.visited == 3);
    CHECK(saves.size() == 5);
    const AnswerEntry& b = *f.find("b");
    CHECK(b.status == ActionStatus::in_progress);
    CHECK(b.progress_notes == std::vector<ProgressNote>{{k_progress_today, "Chased twice"}});
    const AnswerEntry& a = *f.find("a");
    CHECK(a.due == Date{2026, 12, 31});
    CHECK(a.due_history.size() == 1);
    CHECK(a.status == ActionStatus::done);
    CHECK(a.completed_on == k_progress_today); // Enter takes today
    const AnswerEntry& c = *f.find("c");
    CHECK(c.status == ActionStatus::dropped);
    CHECK(c.dropped_reason == "Covered elsewhere");
  }
  SUBCASE("an interruption at a prompt keeps what was saved before it")
  {
    ScriptedPrompter p({"n", "Saved first", "d", "<int>"});
    const WalkResult r = walk_actions(f, keys, k_progress_today, describe, p, save);
    CHECK(r.end == WalkResult::End::interrupted);
    REQUIRE(saves.size() == 1);
    CHECK(saves.back().find("note: Saved first") != std::string::npos);
    CHECK(f.find("b")->status != ActionStatus::done);
  }
  SUBCASE("a wrong key, a bad date and a move without a reason change nothing")
  {
    ScriptedPrompter p({"z", "m", "soon", "2027-02-28", "", "q"});
    const WalkResult r = walk_actions(f, keys, k_progress_today, describe, p, save);
    CHECK(r.end == WalkResult::End::quit);
    CHECK(saves.empty());
    CHECK(message_shown(p, "Type one of:"));
    CHECK(message_shown(p, "Type a date as 2027-03-31 or 31/03/2027."));
    CHECK(message_shown(p, "The due date is unchanged: a move needs its reason."));
    CHECK(f.find("b")->due == Date{2026, 3, 31});
  }
  SUBCASE("end of input ends the walk cleanly")
  {
    ScriptedPrompter p({"i"});
    const WalkResult r = walk_actions(f, keys, k_progress_today, describe, p, save);
    CHECK(r.end == WalkResult::End::end_of_input);
    CHECK(saves.size() == 1);
  }
}
