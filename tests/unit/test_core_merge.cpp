// Tests for src/ftsu/core/merge.cpp: each rule, the refusals, idempotence
// byte for byte, and each respondent's evidence and actions kept.
#include <ftsu/core/answers_writer.hpp>
#include <ftsu/core/merge.hpp>
#include <ftsu/core/scoring.hpp>

#include "testutil.hpp"

using namespace ftsu::core;
using ftsu::test::load_from_string;
using ftsu::test::small_checklist;

namespace {

// Loads an answers file from `header` (lines after `format:`) and `answers`
// (lines under `answers:`), checked against `checklist`.
AnswersFile
merge_answers_from(const Checklist& checklist, std::string_view header, std::string_view answers)
{
  const std::string text = fmt::format("format: ftsu-gap/answers/v1\nchecklist: small\n"
                                       "checklist_version: \"1.0\"\n{}answers:\n{}",
                                       header,
                                       answers);
  DiagnosticSink sink("a.yaml");
  auto file = load_answers(text, sink);
  REQUIRE(file);
  check_answers(*file, checklist, sink);
  REQUIRE_MESSAGE(!sink.has_errors(), text, "\n", ftsu::test::formatted(sink).front());
  return std::move(*file);
}

AnswersFile
respondent(const Checklist& checklist, std::string_view name, std::string_view answers)
{
  return merge_answers_from(
      checklist,
      fmt::format("organisation: Trust\nperiod: 2025/26\nrespondent: {}\n", name),
      answers);
}

MergeOutcome
merge(const Checklist& checklist,
      const std::vector<const AnswersFile*>& files,
      std::optional<MergeRule> rule = std::nullopt)
{
  std::vector<MergeInput> inputs;
  for (std::size_t i = 0; i < files.size(); ++i) {
    inputs.push_back({fmt::format("f{}.yaml", i + 1), files[i]});
  }
  return merge_answers(checklist, inputs, rule);
}

std::string
problems_of(const MergeOutcome& outcome)
{
  std::string out;
  for (const auto& problem : outcome.problems) {
    out += format_diagnostic(problem) + "\n";
  }
  return out;
}

const AnswerEntry&
entry_of(const AnswersFile& file, std::string_view id)
{
  const AnswerEntry* entry = file.find(id);
  REQUIRE(entry != nullptr);
  return *entry;
}

// Reads a written merged file back, as every other command would.
AnswersFile
reload_merged(const std::string& text)
{
  DiagnosticSink sink("m.yaml");
  auto file = load_answers(text, sink);
  REQUIRE_MESSAGE((file && !sink.has_errors()), text);
  return std::move(*file);
}

} // namespace

TEST_CASE("each rule derives the answer from the scored answers")
{
  const auto loaded = load_from_string(small_checklist());
  REQUIRE(loaded.checklist);
  const Checklist& c = *loaded.checklist;
  using Answers = std::vector<std::string>;
  SUBCASE("lowest is the most cautious")
  {
    CHECK(merged_answer(c, Answers{"met", "partial", "met"}, MergeRule::lowest) == "partial");
    CHECK(merged_answer(c, Answers{"met", "not-met"}, MergeRule::lowest) == "not-met");
  }
  SUBCASE("majority, with a tie going to the lower")
  {
    CHECK(merged_answer(c, Answers{"met", "partial", "met"}, MergeRule::majority) == "met");
    CHECK(merged_answer(c, Answers{"met", "partial"}, MergeRule::majority) == "partial");
    CHECK(merged_answer(c, Answers{"met", "met", "not-met", "not-met"}, MergeRule::majority)
          == "not-met");
  }
  SUBCASE("median, the lower middle for an even count")
  {
    CHECK(merged_answer(c, Answers{"met", "not-met", "partial"}, MergeRule::median) == "partial");
    CHECK(merged_answer(c, Answers{"met", "met", "not-met"}, MergeRule::median) == "met");
    CHECK(merged_answer(c, Answers{"met", "not-met"}, MergeRule::median) == "not-met");
    CHECK(merged_answer(c, Answers{"met", "met", "partial", "not-met"}, MergeRule::median)
          == "partial");
  }
  SUBCASE("not applicable is left out of the rule")
  {
    CHECK(merged_answer(c, Answers{"na", "met"}, MergeRule::lowest) == "met");
    CHECK(merged_answer(c, Answers{"na", "na", "partial"}, MergeRule::majority) == "partial");
    CHECK(merged_answer(c, Answers{"na", "na"}, MergeRule::lowest) == "na");
    CHECK_FALSE(merged_answer(c, Answers{}, MergeRule::lowest).has_value());
  }
}

TEST_CASE("scale steps count the distinct scores between two answers")
{
  const auto loaded = load_from_string(small_checklist());
  REQUIRE(loaded.checklist);
  const Checklist& c = *loaded.checklist;
  CHECK(scale_steps(c, *c.find_option("met"), *c.find_option("partial")) == 1);
  CHECK(scale_steps(c, *c.find_option("not-met"), *c.find_option("met")) == 2);
  CHECK(scale_steps(c, *c.find_option("met"), *c.find_option("met")) == 0);
}

TEST_CASE("merge keeps each respondent's answer, evidence and action beside the merged one")
{
  const auto loaded = load_from_string(small_checklist());
  REQUIRE(loaded.checklist);
  const Checklist& c = *loaded.checklist;
  const AnswersFile guardian =
      respondent(c,
                 "FTSU guardian",
                 "  a:\n    answer: partial\n    evidence: Staff survey\n"
                 "    action: Train managers\n    owner: Director of People\n"
                 "    due: 2026-09-30\n  b: not-met\n  c: met\n");
  const AnswersFile exec =
      respondent(c,
                 "Executive lead",
                 "  a:\n    answer: met\n    evidence: Board paper\n"
                 "    action: Train managers\n    owner: Director of People\n"
                 "    due: 2026-06-30\n    status: in-progress\n  b: met\n  c: na\n");
  const MergeOutcome outcome = merge(c, {&guardian, &exec});
  REQUIRE_MESSAGE(outcome.merged, problems_of(outcome));
  const AnswersFile& m = *outcome.merged;
  CHECK(m.respondents == std::vector<std::string>{"FTSU guardian", "Executive lead"});
  CHECK(m.merge_rule == MergeRule::lowest);
  CHECK_FALSE(m.respondent.has_value());
  const AnswerEntry& a = entry_of(m, "a");
  CHECK(a.answer == "partial");
  REQUIRE(a.respondents.size() == 2);
  CHECK(a.respondents[0].respondent == "FTSU guardian");
  CHECK(a.respondents[0].entry.evidence == "Staff survey");
  CHECK(a.respondents[1].entry.answer == "met");
  CHECK(a.respondents[1].entry.evidence == "Board paper");
  // Different evidence is all kept, with who wrote it; each action stays
  // its respondent's own, with its own due date and status, never joined.
  CHECK(a.evidence == "Staff survey (FTSU guardian)\nBoard paper (Executive lead)");
  CHECK_FALSE(a.action.has_value());
  CHECK_FALSE(a.owner.has_value());
  CHECK_FALSE(a.due.has_value());
  CHECK_FALSE(a.status.has_value());
  CHECK(a.respondents[0].entry.due == ftsu::util::parse_date("2026-09-30"));
  CHECK(a.respondents[1].entry.due == ftsu::util::parse_date("2026-06-30"));
  CHECK(a.respondents[1].entry.status == ActionStatus::in_progress);
  CHECK(entry_of(m, "b").answer == "not-met");
  CHECK(entry_of(m, "c").answer == "met");

  SUBCASE("different actions stay separate actions, each with its owner and due date")
  {
    const AnswersFile ned = respondent(
        c, "NED", "  a:\n    answer: partial\n    action: Audit the log\n    owner: Audit chair\n");
    const MergeOutcome three = merge(c, {&guardian, &exec, &ned});
    REQUIRE(three.merged);
    const AnswerEntry& a3 = entry_of(*three.merged, "a");
    CHECK_FALSE(a3.action.has_value());
    REQUIRE(a3.respondents.size() == 3);
    CHECK(a3.respondents[2].entry.action == "Audit the log");
    CHECK(a3.respondents[2].entry.owner == "Audit chair");
    const Assessment scored = score_answers(c, *three.merged, ftsu::util::Date{2026, 8, 1});
    const ItemScore* sa = find_score(scored, "a");
    REQUIRE(sa != nullptr);
    REQUIRE(sa->actions.size() == 3);
    CHECK(*sa->actions[0].respondent == "FTSU guardian");
    CHECK(sa->actions[0].entry->owner == "Director of People");
    CHECK_FALSE(sa->actions[0].overdue);
    CHECK(*sa->actions[1].respondent == "Executive lead");
    CHECK(sa->actions[1].overdue);
    CHECK(*sa->actions[2].respondent == "NED");
    CHECK_FALSE(sa->actions[2].overdue);
    CHECK(sa->overdue);
  }
  SUBCASE("the written file reads back with every respondent's entry")
  {
    const std::string text = write_answers(m, &c);
    CHECK(text.find("respondents:\n  - FTSU guardian\n  - Executive lead\nmerge_rule: lowest\n")
          != std::string::npos);
    const AnswersFile back = reload_merged(text);
    CHECK(back.respondents == m.respondents);
    const AnswerEntry& ba = entry_of(back, "a");
    REQUIRE(ba.respondents.size() == 2);
    CHECK(ba.respondents[1].entry.status == ActionStatus::in_progress);
    CHECK(ba.respondents[1].entry.due == ftsu::util::parse_date("2026-06-30"));
    CHECK(entry_of(back, "c").respondents[1].entry.answer == "na");
  }
}

TEST_CASE("merge is idempotent, byte for byte")
{
  const auto loaded = load_from_string(small_checklist());
  REQUIRE(loaded.checklist);
  const Checklist& c = *loaded.checklist;
  const AnswersFile one = respondent(
      c, "One", "  a:\n    answer: met\n    evidence: \"yes\"\n    x-ward: 4B\n  b: partial\n");
  const AnswersFile two = respondent(c, "Two", "  a: not-met\n  b:\n  c: na\n");
  const MergeOutcome first = merge(c, {&one, &two}, MergeRule::median);
  REQUIRE(first.merged);
  const std::string text = write_answers(*first.merged, &c);
  const AnswersFile merged = reload_merged(text);
  DiagnosticSink sink("m.yaml");
  REQUIRE(check_answers(merged, c, sink));

  SUBCASE("a merged file alone")
  {
    const MergeOutcome again = merge(c, {&merged});
    REQUIRE_MESSAGE(again.merged, problems_of(again));
    CHECK(write_answers(*again.merged, &c) == text);
  }
  SUBCASE("a merged file with the same respondents' files again")
  {
    const MergeOutcome again = merge(c, {&merged, &one, &two});
    REQUIRE_MESSAGE(again.merged, problems_of(again));
    CHECK(write_answers(*again.merged, &c) == text);
  }
  SUBCASE("a merged file and a new respondent: the answers are derived afresh")
  {
    const AnswersFile three = respondent(c, "Three", "  b: not-met\n");
    const MergeOutcome again = merge(c, {&merged, &three});
    REQUIRE_MESSAGE(again.merged, problems_of(again));
    CHECK(again.merged->respondents == std::vector<std::string>{"One", "Two", "Three"});
    CHECK(again.merged->merge_rule == MergeRule::median);
    CHECK(entry_of(*again.merged, "b").answer == "not-met");
    CHECK(entry_of(*again.merged, "a").extensions.empty());
    CHECK(entry_of(*again.merged, "a").respondents[0].entry.extensions.size() == 1);
  }
  SUBCASE("another rule re-derives every answer")
  {
    const MergeOutcome again = merge(c, {&merged}, MergeRule::lowest);
    REQUIRE(again.merged);
    CHECK(entry_of(*again.merged, "a").answer == "not-met");
  }
}

TEST_CASE("merge refuses files that do not belong together, naming them")
{
  const auto loaded = load_from_string(small_checklist());
  REQUIRE(loaded.checklist);
  const Checklist& c = *loaded.checklist;
  const AnswersFile one = respondent(c, "One", "  a: met\n");
  SUBCASE("another period")
  {
    const AnswersFile other = merge_answers_from(
        c, "organisation: Trust\nperiod: 2024/25\nrespondent: Two\n", "  a: met\n");
    const MergeOutcome outcome = merge(c, {&one, &other});
    CHECK_FALSE(outcome.merged);
    CHECK(problems_of(outcome).find("f2.yaml names period '2024/25' but f1.yaml names "
                                    "'2025/26'")
          != std::string::npos);
  }
  SUBCASE("another organisation")
  {
    const AnswersFile other = merge_answers_from(
        c, "organisation: Other\nperiod: 2025/26\nrespondent: Two\n", "  a: met\n");
    const MergeOutcome outcome = merge(c, {&one, &other});
    CHECK_FALSE(outcome.merged);
    CHECK(problems_of(outcome).find("organisation 'Other'") != std::string::npos);
  }
  SUBCASE("another checklist version")
  {
    AnswersFile other = respondent(c, "Two", "  a: met\n");
    other.checklist_version = "0.9";
    const MergeOutcome outcome = merge(c, {&one, &other});
    CHECK_FALSE(outcome.merged);
    CHECK(problems_of(outcome).find("f2.yaml answers small 0.9 but f1.yaml answers small 1.0")
          != std::string::npos);
  }
  SUBCASE("a file without its respondent")
  {
    const AnswersFile other =
        merge_answers_from(c, "organisation: Trust\nperiod: 2025/26\n", "  a: met\n");
    const MergeOutcome outcome = merge(c, {&one, &other});
    CHECK_FALSE(outcome.merged);
    CHECK(problems_of(outcome).find("f2.yaml does not name its respondent") != std::string::npos);
  }
  SUBCASE("one respondent twice with different answers")
  {
    const AnswersFile again = respondent(c, "one ", "  a: partial\n");
    const MergeOutcome outcome = merge(c, {&one, &again});
    CHECK_FALSE(outcome.merged);
    CHECK_MESSAGE(
        problems_of(outcome).find("respondents 'One' and 'one' (one respondent: names are compared "
                                  "without regard to case) are in both f1.yaml and f2.yaml")
            != std::string::npos,
        problems_of(outcome));
  }
  SUBCASE("merged files of different rules, without --rule")
  {
    const AnswersFile two = respondent(c, "Two", "  a: partial\n");
    const MergeOutcome low = merge(c, {&one}, MergeRule::lowest);
    const MergeOutcome mid = merge(c, {&two}, MergeRule::median);
    REQUIRE(low.merged);
    REQUIRE(mid.merged);
    const MergeOutcome outcome = merge(c, {&*low.merged, &*mid.merged});
    CHECK_FALSE(outcome.merged);
    CHECK(problems_of(outcome).find("choose one with --rule") != std::string::npos);
    CHECK(merge(c, {&*low.merged, &*mid.merged}, MergeRule::majority).merged);
  }
}

TEST_CASE("the loader checks a merged file's respondents")
{
  const auto check = [](std::string_view text) {
    DiagnosticSink sink("m.yaml");
    (void)load_answers(text, sink);
    return ftsu::test::formatted(sink);
  };
  const auto has = [](const std::vector<std::string>& messages, std::string_view text) {
    for (const auto& message : messages) {
      if (message.find(text) != std::string::npos) {
        return true;
      }
    }
    return false;
  };
  const std::string head =
      "format: ftsu-gap/answers/v1\nchecklist: small\nchecklist_version: \"1.0\"\n";
  CHECK(has(check(head + "respondents: [A]\nanswers:\n  a:\n    respondents:\n      B: met\n"),
            "respondent 'B' in the answer for 'a' is not in the file's 'respondents:' list"));
  CHECK(has(check(head + "answers:\n  a:\n    respondents:\n      B: met\n"),
            "no 'respondents:' list"));
  CHECK(has(check(head + "respondent: A\nrespondents: [A]\nanswers: {}\n"), "not both"));
  CHECK(has(check(head + "respondents: [A, A]\nanswers: {}\n"), "lists 'A' twice"));
  CHECK(has(check(head + "respondents: [A]\nmerge_rule: mean\nanswers: {}\n"),
            "'merge_rule' is 'mean'"));
  CHECK(has(check(head
                  + "respondents: [A]\nanswers:\n  a:\n    respondents:\n      A:\n"
                    "        respondents: {}\n"),
            "unknown key 'respondents'"));
  CHECK(check(head
              + "respondents: [A]\nmerge_rule: majority\nanswers:\n  a:\n    answer: met\n"
                "    respondents:\n      A: met\n")
            .empty());
}

TEST_CASE("the worked example of docs/respondents.md")
{
  const auto loaded = load_from_string(small_checklist());
  REQUIRE(loaded.checklist);
  const Checklist& c = *loaded.checklist;
  using Answers = std::vector<std::string>;
  const Answers ring{"not-met", "met", "partial", "met"};
  const Answers board{"partial", "met", "met", "na"};
  const Answers policy{"met", "partial", "not-met"};
  CHECK(merged_answer(c, ring, MergeRule::lowest) == "not-met");
  CHECK(merged_answer(c, board, MergeRule::lowest) == "partial");
  CHECK(merged_answer(c, policy, MergeRule::lowest) == "not-met");
  CHECK(merged_answer(c, ring, MergeRule::majority) == "met");
  CHECK(merged_answer(c, board, MergeRule::majority) == "met");
  CHECK(merged_answer(c, policy, MergeRule::majority) == "not-met");
  CHECK(merged_answer(c, ring, MergeRule::median) == "partial");
  CHECK(merged_answer(c, board, MergeRule::median) == "met");
  CHECK(merged_answer(c, policy, MergeRule::median) == "partial");
}

TEST_CASE("init --from a merged file: one respondent's own evidence and action")
{
  const auto loaded = load_from_string(small_checklist());
  REQUIRE(loaded.checklist);
  const Checklist& c = *loaded.checklist;
  const AnswersFile one =
      respondent(c, "One", "  a:\n    answer: partial\n    evidence: Mine\n    action: Fix it\n");
  const AnswersFile two =
      respondent(c, "Two", "  a:\n    answer: met\n    evidence: Theirs\n    action: Audit it\n");
  const MergeOutcome outcome = merge(c, {&one, &two});
  REQUIRE(outcome.merged);
  const AnswersFile next = start_answers(
      c, std::nullopt, std::string("2026/27"), std::nullopt, &*outcome.merged, std::string("Two"));
  const AnswerEntry& a = entry_of(next, "a");
  CHECK(a.evidence == "Theirs");
  CHECK(a.evidence_from == "2025/26");
  CHECK(a.action == "Audit it");
  CHECK_FALSE(a.answer.has_value());
  CHECK(a.respondents.empty());
  SUBCASE("the respondent's name in any case carries their own (issue 29 item 8)")
  {
    for (const char* name : {"TWO", "two", " Two "}) {
      const AnswersFile again = start_answers(
          c, std::nullopt, std::nullopt, std::nullopt, &*outcome.merged, std::string(name));
      CHECK(entry_of(again, "a").evidence == "Theirs");
      CHECK(entry_of(again, "a").action == "Audit it");
    }
  }
  SUBCASE("someone who was not a respondent carries the merged evidence, not two actions")
  {
    const AnswersFile other = start_answers(
        c, std::nullopt, std::nullopt, std::nullopt, &*outcome.merged, std::string("New"));
    CHECK(entry_of(other, "a").evidence == "Mine (One)\nTheirs (Two)");
    CHECK_FALSE(entry_of(other, "a").action.has_value());
  }
  SUBCASE("one open action among the respondents carries to anyone")
  {
    const AnswersFile three = respondent(c, "Three", "  a: met\n");
    const MergeOutcome single = merge(c, {&one, &three});
    REQUIRE(single.merged);
    const AnswersFile other =
        start_answers(c, std::nullopt, std::nullopt, std::nullopt, &*single.merged, std::nullopt);
    CHECK(entry_of(other, "a").action == "Fix it");
  }
}

TEST_CASE("check_answers checks each respondent's answer against the scale, with its place")
{
  const auto loaded = load_from_string(small_checklist());
  REQUIRE(loaded.checklist);
  DiagnosticSink sink("m.yaml");
  const auto file = load_answers("format: ftsu-gap/answers/v1\nchecklist: small\n"
                                 "checklist_version: \"1.0\"\nrespondents: [A, B]\nanswers:\n"
                                 "  a:\n    answer: met\n    respondents:\n      A: met\n"
                                 "      B: mett\n",
                                 sink);
  REQUIRE(file);
  CHECK_FALSE(check_answers(*file, *loaded.checklist, sink));
  const auto messages = ftsu::test::formatted(sink);
  REQUIRE(messages.size() == 1);
  CHECK(messages[0]
        == "ftsu-gap: error: m.yaml:10:10: answer 'mett' for 'a' (by B) is not on the checklist's "
           "scale; did you mean 'met'? (allowed: met, partial, not-met, na; or leave it empty "
           "while unanswered)");
}
