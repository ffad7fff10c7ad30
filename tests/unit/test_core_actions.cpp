// Tests for src/ftsu/core/actions.cpp: which actions are open, how they are
// grouped and ordered, and the --owner and --overdue filters.
#include <ftsu/core/actions.hpp>

#include <memory>

#include "testutil.hpp"

using namespace ftsu::core;
using ftsu::util::Date;

namespace {

// Six items of weight 1; c is for trusts only.
const char* const k_actions_checklist = R"(format: ftsu-gap/checklist/v1
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
      - {id: b, text: B}
      - {id: c, text: C, profiles: [trust]}
  - id: two
    title: Two
    items:
      - {id: d, text: D}
      - {id: e, text: E}
      - {id: f, text: F}
)";

// Several answers files scored against k_actions_checklist (today: 2026-01-01).
class Files
{
public:
  Files()
  {
    const auto loaded = ftsu::test::load_from_string(k_actions_checklist);
    REQUIRE_MESSAGE(loaded.checklist, loaded.all());
    m_checklist = loaded.checklist;
  }

  // Adds a file: `lines` go under `answers:`, `header` above it.
  void
  add(std::string_view lines, std::string_view header = {})
  {
    DiagnosticSink sink("a.yaml");
    auto answers = load_answers(
        fmt::format("format: ftsu-gap/answers/v1\nchecklist: s\nchecklist_version: \"1\"\n{}"
                    "answers:\n{}",
                    header,
                    lines),
        sink);
    REQUIRE_MESSAGE(answers, ftsu::test::formatted(sink).front());
    REQUIRE_MESSAGE(!sink.has_errors(), ftsu::test::formatted(sink).front());
    m_answers.push_back(std::make_unique<AnswersFile>(std::move(*answers)));
    m_scores.push_back(std::make_unique<Assessment>(
        score_answers(*m_checklist, *m_answers.back(), Date{2026, 1, 1})));
  }

  ActionList
  collect(const ActionFilter& filter = {}) const
  {
    std::vector<ActionFile> files;
    for (std::size_t i = 0; i < m_scores.size(); ++i) {
      files.push_back({fmt::format("file{}.yaml", i + 1), m_scores[i].get()});
    }
    return collect_actions(std::move(files), filter);
  }

private:
  ChecklistPtr m_checklist;
  std::vector<std::unique_ptr<AnswersFile>> m_answers;
  std::vector<std::unique_ptr<Assessment>> m_scores;
};

// Returns "file:item" for every listed action, group by group.
std::vector<std::string>
rows(const ActionList& list)
{
  std::vector<std::string> out;
  for (const auto& group : list.owners) {
    for (const auto& action : group.actions) {
      out.push_back(fmt::format("{}:{}", action.file + 1, action.score->item->id));
    }
  }
  return out;
}

// Returns each group's owner ("-" for none).
std::vector<std::string>
owners(const ActionList& list)
{
  std::vector<std::string> out;
  for (const auto& group : list.owners) {
    out.push_back(group.owner.value_or("-"));
  }
  return out;
}

std::string
action(std::string_view answer, std::string_view extra = {})
{
  return fmt::format("    answer: {}\n    action: Do it\n{}", answer, extra);
}

} // namespace

TEST_CASE("an action is listed while it is open on an item that counts")
{
  Files files;
  files.add(fmt::format("  a:\n{}  b:\n{}  c:\n{}  d:\n{}  e:\n{}  f:\n{}",
                        action("partial"),
                        action("partial", "    status: done\n"),
                        action("not-met", "    status: in-progress\n"),
                        action("met"),
                        action("met", "    status: in-progress\n"),
                        action("na", "    status: open\n")),
            "profile: primary-care\n");
  const ActionList list = files.collect();
  // a: a gap and no status. b: done. c: out of the profile, whatever its
  // status. d: met with no
  // status, taken as finished. e: met but explicitly in progress. f: not
  // applicable but explicitly open.
  CHECK(rows(list) == std::vector<std::string>{"1:a", "1:e", "1:f"});
  CHECK(list.open == 3);
  REQUIRE(list.owners.size() == 1);
  CHECK(list.owners[0].actions[0].status == ActionStatus::open);
  CHECK(list.owners[0].actions[1].status == ActionStatus::in_progress);
}

TEST_CASE("an unanswered item's action is open, a not-applicable one's only with a status")
{
  Files files;
  files.add(
      "  a:\n    action: Find out\n  d:\n    answer: na\n    action: Check it really is N/A\n");
  CHECK(rows(files.collect()) == std::vector<std::string>{"1:a"});
}

TEST_CASE("an action with no text is not an action")
{
  Files files;
  files.add("  a:\n    answer: partial\n    owner: Someone\n    due: 2025-01-01\n");
  CHECK(files.collect().open == 0);
}

TEST_CASE("actions are grouped by owner whatever the case and spacing")
{
  Files files;
  files.add(fmt::format("  a:\n{}  b:\n{}",
                        action("partial", "    owner: FTSU guardian\n"),
                        action("partial", "    owner: \"  ftsu GUARDIAN \"\n")));
  files.add(fmt::format("  d:\n{}", action("partial", "    owner: Ftsu Guardian\n")));
  const ActionList list = files.collect();
  REQUIRE(list.owners.size() == 1);
  // The first spelling met, trimmed.
  CHECK(list.owners[0].owner == "FTSU guardian");
  CHECK(rows(list) == std::vector<std::string>{"1:a", "1:b", "2:d"});
}

TEST_CASE("actions with no owner are grouped last")
{
  Files files;
  files.add(fmt::format("  a:\n{}  b:\n{}  d:\n{}",
                        action("partial", "    due: 2025-01-01\n"),
                        action("partial", "    owner: \" \"\n    due: 2025-02-01\n"),
                        action("partial", "    owner: Zed\n    due: 2027-01-01\n")));
  const ActionList list = files.collect();
  // The unowned group has the earliest (overdue) actions, and still comes last.
  CHECK(owners(list) == std::vector<std::string>{"Zed", "-"});
  CHECK(rows(list) == std::vector<std::string>{"1:d", "1:a", "1:b"});
  CHECK(list.owners[1].overdue == 2);
}

TEST_CASE("groups are ordered overdue first, then by earliest due date, then by owner")
{
  Files files;
  files.add(fmt::format("  a:\n{}  b:\n{}  d:\n{}  e:\n{}  f:\n{}",
                        action("partial", "    owner: Later\n    due: 2026-06-01\n"),
                        action("partial", "    owner: Sooner\n    due: 2026-02-01\n"),
                        action("partial", "    owner: Beta\n    due: 2025-12-01\n"),
                        action("partial", "    owner: alpha\n    due: 2025-12-01\n"),
                        action("partial", "    owner: Undated\n")));
  // Overdue (before 2026-01-01): Beta and alpha on the same day, by name;
  // then by due date; a group with no due date last of the owned ones.
  CHECK(owners(files.collect())
        == std::vector<std::string>{"alpha", "Beta", "Sooner", "Later", "Undated"});
}

TEST_CASE("a group's place comes from its overdue action, not its earliest date")
{
  Files files;
  // The first file was assessed in 2024, so its 2025 action is not overdue,
  // though it is due before the second file's overdue one.
  files.add(fmt::format("  a:\n{}", action("partial", "    owner: Early\n    due: 2025-01-01\n")),
            "assessed_on: 2024-06-01\n");
  files.add(fmt::format("  a:\n{}  b:\n{}",
                        action("partial", "    owner: Late\n    due: 2025-11-01\n"),
                        action("partial", "    owner: Early\n    due: 2026-03-01\n")));
  const ActionList list = files.collect();
  CHECK(owners(list) == std::vector<std::string>{"Late", "Early"});
  CHECK(rows(list) == std::vector<std::string>{"2:a", "1:a", "2:b"});
  CHECK_FALSE(list.owners[1].actions[0].overdue());
  CHECK(list.overdue == 1);
}

TEST_CASE("inside a group: overdue first, by due date, undated last, then file and checklist order")
{
  Files files;
  const std::string_view owner = "    owner: Pat\n";
  files.add(
      fmt::format("  a:\n{}  b:\n{}  d:\n{}  e:\n{}",
                  action("partial", owner),
                  action("partial", fmt::format("{}    due: 2026-05-01\n", owner)),
                  action("partial", fmt::format("{}    due: 2025-10-01\n", owner)),
                  action("met", fmt::format("{}    due: 2025-09-01\n    status: open\n", owner))));
  files.add(fmt::format("  a:\n{}  b:\n{}",
                        action("not-met", fmt::format("{}    due: 2026-05-01\n", owner)),
                        action("partial", owner)));
  const ActionList list = files.collect();
  // d is overdue; e is due earlier but has no gap, so it is not overdue.
  CHECK(rows(list) == std::vector<std::string>{"1:d", "1:e", "1:b", "2:a", "1:a", "2:b"});
  CHECK(list.owners[0].overdue == 1);
}

TEST_CASE("overdue is exactly the item score's overdue, judged per file")
{
  Files files;
  const std::string lines = fmt::format("  a:\n{}", action("partial", "    due: 2025-06-01\n"));
  files.add(lines, "assessed_on: 2025-05-01\n");
  files.add(lines);
  const ActionList list = files.collect();
  REQUIRE(list.open == 2);
  for (const auto& a : list.owners[0].actions) {
    CHECK(a.overdue() == a.score->overdue);
  }
  CHECK(rows(list) == std::vector<std::string>{"2:a", "1:a"});
}

TEST_CASE("the owner filter matches the whole trimmed name in any case")
{
  Files files;
  files.add(fmt::format("  a:\n{}  b:\n{}  d:\n{}",
                        action("partial", "    owner: Director of People\n"),
                        action("partial", "    owner: Deputy Director of People\n"),
                        action("partial")));
  SUBCASE("the whole name")
  {
    const ActionList list =
        files.collect({std::string("  director of PEOPLE "), false, std::nullopt});
    CHECK(rows(list) == std::vector<std::string>{"1:a"});
    CHECK(list.open == 1);
  }
  SUBCASE("part of a name matches nothing")
  {
    CHECK(files.collect({std::string("Director"), false, std::nullopt}).open == 0);
    CHECK(files.collect({std::string("People"), false, std::nullopt}).owners.empty());
  }
  SUBCASE("the list keeps its filter")
  {
    CHECK(files.collect({std::string("x"), true, std::nullopt}).filter.owner == "x");
    CHECK(files.collect({std::string("x"), true, std::nullopt}).filter.overdue_only);
  }
}

TEST_CASE("the overdue filter keeps only overdue actions")
{
  Files files;
  files.add(
      fmt::format("  a:\n{}  b:\n{}  d:\n{}  e:\n{}",
                  action("partial", "    owner: A\n    due: 2025-06-01\n"),
                  action("partial", "    owner: A\n    due: 2026-06-01\n"),
                  action("partial", "    owner: B\n    due: 2025-06-01\n"),
                  action("partial", "    owner: C\n    due: 2025-06-01\n    status: done\n")));
  SUBCASE("alone")
  {
    const ActionList list = files.collect({std::nullopt, true, std::nullopt});
    CHECK(rows(list) == std::vector<std::string>{"1:a", "1:d"});
    CHECK(list.open == 2);
    CHECK(list.overdue == 2);
  }
  SUBCASE("with an owner")
  {
    const ActionList list = files.collect({std::string("b"), true, std::nullopt});
    CHECK(rows(list) == std::vector<std::string>{"1:d"});
    CHECK(owners(list) == std::vector<std::string>{"B"});
  }
  SUBCASE("unfiltered, for comparison")
  {
    const ActionList list = files.collect();
    CHECK(list.open == 3);
    CHECK(list.overdue == 2);
  }
}

TEST_CASE("no open actions make an empty list, not an error")
{
  Files files;
  files.add("  a: met\n  b: partial\n");
  files.add("");
  const ActionList list = files.collect();
  CHECK(list.files.size() == 2);
  CHECK(list.owners.empty());
  CHECK(list.open == 0);
  CHECK(list.overdue == 0);
}

TEST_CASE("owner keys are trimmed and in lower case")
{
  CHECK(owner_key(std::string(" FTSU Guardian\t")) == "ftsu guardian");
  CHECK(owner_key(std::string("   ")).empty());
  CHECK(owner_key(std::nullopt).empty());
}

TEST_CASE("a merged file's actions are each respondent's own: owner and overdue per action")
{
  // Issue 22: the guardian's and the executive lead's actions on one item
  // were joined into one, owned by both, with the earliest due date.
  Files files;
  files.add("  a:\n    answer: partial\n    respondents:\n"
            "      Guardian:\n        answer: partial\n"
            "        action: Train managers\n        owner: Director of People\n"
            "        due: 2025-10-31\n"
            "      Lead:\n        answer: met\n"
            "        action: Board paper\n        owner: Chief Executive\n"
            "        due: 2027-03-31\n"
            "  b:\n    answer: not-met\n    respondents:\n"
            "      Guardian: not-met\n"
            "      Lead:\n        answer: not-met\n"
            "        action: Audit the log\n        owner: chief executive\n",
            "respondents: [Guardian, Lead]\n");
  const ActionList all = files.collect();
  CHECK(all.open == 3);
  CHECK(all.overdue == 1);
  const ActionList chief = files.collect({std::string("Chief Executive"), false, std::nullopt});
  REQUIRE(chief.owners.size() == 1);
  REQUIRE(chief.owners[0].actions.size() == 2);
  CHECK(rows(chief) == std::vector<std::string>{"1:a", "1:b"});
  const OpenAction& board = chief.owners[0].actions[0];
  CHECK(board.entry().action == "Board paper");
  CHECK(board.entry().due == Date{2027, 3, 31});
  CHECK_FALSE(board.overdue());
  REQUIRE(board.respondent() != nullptr);
  CHECK(*board.respondent() == "Lead");
  const ActionList people = files.collect({std::string("Director of People"), true, std::nullopt});
  REQUIRE(people.open == 1);
  CHECK(people.owners[0].actions[0].overdue());
  CHECK(*people.owners[0].actions[0].respondent() == "Guardian");
}

TEST_CASE("a merged file written before actions were kept apart: the respondents' own count")
{
  // Old merges joined the actions on the item and kept each respondent's
  // own beside it; the joined one is ignored when the respondents' are there.
  Files files;
  files.add("  a:\n    answer: partial\n    action: \"Fix (Guardian)\\nAudit (Lead)\"\n"
            "    owner: Director of People; Chief Executive\n    due: 2025-10-31\n"
            "    respondents:\n"
            "      Guardian:\n        answer: partial\n"
            "        action: Fix\n        owner: Director of People\n        due: 2025-10-31\n"
            "      Lead:\n        answer: partial\n"
            "        action: Audit\n        owner: Chief Executive\n        due: 2027-03-31\n"
            "  b:\n    answer: partial\n    action: Hand-written\n    owner: Chair\n"
            "    respondents:\n"
            "      Guardian: partial\n",
            "respondents: [Guardian, Lead]\n");
  const ActionList all = files.collect();
  CHECK(owners(all) == std::vector<std::string>{"Director of People", "Chief Executive", "Chair"});
  CHECK(all.open == 3);
  CHECK(all.overdue == 1);
}
