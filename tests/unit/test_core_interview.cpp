// Tests for src/ftsu/core/interview.cpp: the interview logic of `assess`,
// driven by a scripted prompter.
#include <ftsu/core/answers_writer.hpp>
#include <ftsu/core/interview.hpp>
#include <ftsu/util/strings.hpp>

#include "testutil.hpp"

using namespace ftsu::core;
using ftsu::test::load_from_string;
using ftsu::test::ScriptedPrompter;

namespace {

// Two sections: one {a, b}, two {c (trust only), d}; c replaces old-c.
const char* const k_interview_checklist = R"(format: ftsu-gap/checklist/v1
id: iv
version: "1"
title: Interview
profiles:
  - {key: trust, label: Trust}
  - {key: primary-care, label: Primary care}
sections:
  - id: one
    title: One
    items:
      - {id: a, text: A, guidance: Good A}
      - {id: b, text: B}
  - id: two
    title: Two
    items:
      - {id: c, text: C, profiles: [trust], replaces: [old-c]}
      - {id: d, text: D}
)";

struct Session
{
  ChecklistPtr checklist;
  AnswersFile answers;
  std::vector<std::string> saves; // each save's text
  InterviewResult result;
};

AnswersFile
answers_from(std::string_view lines, std::string_view header = {})
{
  DiagnosticSink sink("a.yaml");
  auto file =
      load_answers(fmt::format("format: ftsu-gap/answers/v1\nchecklist: iv\nchecklist_version: "
                               "\"1\"\n{}answers:\n{}",
                               header,
                               lines.empty() ? "  x-none: 0\n" : lines),
                   sink);
  REQUIRE(file);
  return std::move(*file);
}

std::unique_ptr<Session>
interview(ScriptedPrompter& prompter,
          AnswersFile answers,
          bool review = false,
          std::optional<std::string> section = std::nullopt)
{
  auto s = std::make_unique<Session>();
  s->checklist = load_from_string(k_interview_checklist).checklist;
  REQUIRE(s->checklist);
  s->answers = std::move(answers);
  const auto items = interview_items(*s->checklist, s->answers, section);
  REQUIRE(items);
  s->result = run_interview(
      *s->checklist,
      s->answers,
      *items,
      InterviewOptions{review, std::nullopt, ftsu::util::Date{2026, 6, 1}},
      prompter,
      [&](const AnswersFile& a) { s->saves.push_back(write_answers(a, s->checklist.get())); });
  return s;
}

std::optional<std::string>
answer_of(const AnswersFile& answers, std::string_view id)
{
  const AnswerEntry* entry = answers.find(id);
  return entry != nullptr ? entry->answer : std::nullopt;
}

} // namespace

TEST_CASE("replies: digits, shortcuts, keys, labels and the kept keys")
{
  const auto c = load_from_string(k_interview_checklist).checklist;
  CHECK(parse_reply("1", *c, false).key == "met");
  CHECK(parse_reply("4", *c, false).key == "na");
  CHECK(parse_reply("5", *c, false).kind == Reply::Kind::invalid);
  CHECK(parse_reply("0", *c, false).kind == Reply::Kind::invalid);
  CHECK(parse_reply("p", *c, false).key == "partial");
  CHECK(parse_reply("P", *c, false).key == "partial");
  CHECK(parse_reply("x", *c, false).key == "na");
  CHECK(parse_reply("not-met", *c, false).key == "not-met");
  CHECK(parse_reply("Partially met", *c, false).key == "partial");
  CHECK(parse_reply(" s ", *c, false).kind == Reply::Kind::skip);
  CHECK(parse_reply("b", *c, false).kind == Reply::Kind::back);
  CHECK(parse_reply("?", *c, false).kind == Reply::Kind::help);
  CHECK(parse_reply("q", *c, false).kind == Reply::Kind::quit);
  CHECK(parse_reply("", *c, false).kind == Reply::Kind::invalid);
  CHECK(parse_reply("", *c, true).kind == Reply::Kind::keep);
  CHECK(parse_reply("maybe", *c, false).kind == Reply::Kind::invalid);
  CHECK(keys_line(*c)
        == "1 m Met  2 p Partially met  3 n Not met  4 x Not applicable  s skip  b back  ? help  q "
           "quit");
}

TEST_CASE("answer with evidence, saving after the answer and after the evidence")
{
  // After partial and not met come action, owner and due (Enter skips each).
  ScriptedPrompter p({"m", "Board paper 7", "2", "", "", "", "", "n", "", "", "", "", "x", ""});
  const auto s = interview(p, answers_from(""));
  CHECK(s->result.end == InterviewResult::End::finished);
  CHECK(s->result.answered == 3);
  CHECK(s->result.not_applicable == 1);
  CHECK(p.asked == std::vector<std::string>{"a", "b", "c", "d"});
  CHECK(answer_of(s->answers, "a") == "met");
  CHECK(s->answers.find("a")->evidence == "Board paper 7");
  CHECK(answer_of(s->answers, "d") == "na");
  // a: answer (marked unfinished) + evidence + the end of its follow-ups
  // = 3 saves; b, c, d: 2 each.
  CHECK(s->saves.size() == 9);
  CHECK(s->saves[0].find("answer: met\n    unfinished: true\n") != std::string::npos);
  CHECK(s->saves[0].find("Board paper 7") == std::string::npos);
  CHECK(s->saves[1].find("Board paper 7") != std::string::npos);
  CHECK(s->saves[1].find("unfinished") != std::string::npos);
  CHECK(s->saves[2].find("unfinished") == std::string::npos);
  CHECK(s->saves.back().find("unfinished") == std::string::npos);
  CHECK(p.headers[0] == "[1/4] Section 1 of 2: One · 0% done");
  CHECK(p.headers[2] == "[3/4] Section 2 of 2: Two · 50% done");
}

TEST_CASE("skip moves on without answering")
{
  ScriptedPrompter p({"s", "m", "", "s", "s"});
  const auto s = interview(p, answers_from(""));
  CHECK(s->result.skipped == 3);
  CHECK(s->result.answered == 1);
  CHECK_FALSE(answer_of(s->answers, "a").has_value());
  CHECK(answer_of(s->answers, "b") == "met");
}

TEST_CASE("back goes to the previous item, across a section boundary")
{
  ScriptedPrompter p({"m", "", "p", "", "", "", "", "b", "b", "n", "", "", "", "", "", "m", ""});
  const auto s = interview(p, answers_from(""));
  // a, b, (c) back -> b, back -> a, a: n, b: keep (Enter), c: m, d: eof.
  CHECK(p.asked == std::vector<std::string>{"a", "b", "c", "b", "a", "b", "c", "d"});
  CHECK(answer_of(s->answers, "a") == "not-met");
  CHECK(answer_of(s->answers, "b") == "partial");
  CHECK(answer_of(s->answers, "c") == "met");
  CHECK(s->result.end == InterviewResult::End::end_of_input);
}

TEST_CASE("back at the first item says so")
{
  ScriptedPrompter p({"b", "q"});
  interview(p, answers_from(""));
  REQUIRE(p.messages.size() == 1);
  CHECK(p.messages[0].find("first item") != std::string::npos);
  CHECK(p.asked == std::vector<std::string>{"a", "a"});
}

TEST_CASE("help shows the guidance and asks again")
{
  ScriptedPrompter p({"?", "m", "", "q"});
  const auto s = interview(p, answers_from(""));
  CHECK(p.helped == std::vector<std::string>{"a"});
  CHECK(p.asked == std::vector<std::string>{"a", "a", "b"});
  CHECK(answer_of(s->answers, "a") == "met");
}

TEST_CASE("quit stops at once, keeping what was saved")
{
  ScriptedPrompter p({"m", "", "q"});
  const auto s = interview(p, answers_from(""));
  CHECK(s->result.end == InterviewResult::End::quit);
  CHECK(s->saves.size() == 2);
  CHECK(answer_of(s->answers, "a") == "met");
  CHECK_FALSE(answer_of(s->answers, "b").has_value());
}

TEST_CASE("an interrupt while typing evidence keeps the answer already saved")
{
  ScriptedPrompter p({"p", "<int>"});
  const auto s = interview(p, answers_from(""));
  CHECK(s->result.end == InterviewResult::End::interrupted);
  REQUIRE(s->saves.size() == 1);
  CHECK(s->saves[0].find("answer: partial\n    unfinished: true\n") != std::string::npos);
  CHECK(s->result.unfinished == "a");
}

TEST_CASE("an interrupted follow-up is resumed at its follow-ups, with what was saved shown")
{
  ScriptedPrompter first({"p", "Activity log", "<int>"});
  const auto s = interview(first, answers_from(""));
  CHECK(s->result.end == InterviewResult::End::interrupted);
  CHECK(s->result.unfinished == "a");
  // The file as saved (what kill -9 would leave) carries the mark.
  DiagnosticSink sink("a.yaml");
  auto saved = load_answers(s->saves.back(), sink);
  REQUIRE(saved);
  CHECK_FALSE(sink.has_errors());
  REQUIRE(saved->find("a") != nullptr);
  CHECK(saved->find("a")->unfinished);
  CHECK(saved->find("a")->evidence == "Activity log");

  ScriptedPrompter second({"", "Chase the declarations", "", "", "q"});
  const auto t = interview(second, std::move(*saved));
  // a's menu is not shown again: its follow-ups come first, then b.
  CHECK(second.asked == std::vector<std::string>{"b"});
  CHECK(
      second.prompts
      == std::vector<std::string>{"Evidence", "Action", "Owner", "Due (YYYY-MM-DD or DD/MM/YYYY)"});
  CHECK(second.currents[0] == "Activity log");
  REQUIRE_FALSE(second.messages.empty());
  CHECK(second.messages[0].find("[1/4]") != std::string::npos);
  CHECK(second.messages[0].find("Answered Partially met in an earlier session")
        != std::string::npos);
  const AnswerEntry* a = t->answers.find("a");
  REQUIRE(a != nullptr);
  CHECK(a->answer == "partial");
  CHECK(a->evidence == "Activity log");
  CHECK(a->action == "Chase the declarations");
  CHECK_FALSE(a->unfinished);
  CHECK(t->saves.back().find("unfinished") == std::string::npos);
  CHECK(t->result.answered == 0);
}

TEST_CASE("an end of input in the follow-ups leaves the item unfinished too")
{
  ScriptedPrompter first({"m", "<eof>"});
  const auto s = interview(first, answers_from(""));
  CHECK(s->result.end == InterviewResult::End::end_of_input);
  CHECK(s->answers.find("a")->unfinished);
  ScriptedPrompter second({"Board paper", "q"});
  const auto t = interview(second, s->answers);
  CHECK(second.asked == std::vector<std::string>{"b"});
  CHECK(t->answers.find("a")->evidence == "Board paper");
  CHECK_FALSE(t->answers.find("a")->unfinished);
}

TEST_CASE("back goes past where a resumed run started, to items answered in an earlier run")
{
  ScriptedPrompter first({"m", "", "n", "", "", "", "", "q"});
  const auto s = interview(first, answers_from(""));
  ScriptedPrompter second({"b", "b", "b", "", "", "q"});
  const auto t = interview(second, s->answers);
  // Starts at c; back to b, to a, "first item" at a; Enter keeps a and b.
  CHECK(second.asked == std::vector<std::string>{"c", "b", "a", "a", "b", "c"});
  CHECK(second.headers[0] == "[3/4] Section 2 of 2: Two · 50% done");
  CHECK(second.headers[1] == "[2/4] Section 1 of 2: One · 50% done");
  REQUIRE(second.messages.size() == 1);
  CHECK(second.messages[0].find("first item") != std::string::npos);
  CHECK(answer_of(t->answers, "a") == "met");
  CHECK(answer_of(t->answers, "b") == "not-met");
}

TEST_CASE("going forward passes over items answered before the run")
{
  ScriptedPrompter first({"s", "m", "", "m", "", "q"});
  const auto s = interview(first, answers_from(""));
  ScriptedPrompter second({"n", "", "", "", "", "q"});
  interview(second, s->answers);
  CHECK(second.asked == std::vector<std::string>{"a", "d"});
}

TEST_CASE("resume: a second run asks only what is unanswered")
{
  ScriptedPrompter first({"m", "", "s", "n", ""});
  const auto s = interview(first, answers_from(""));
  ScriptedPrompter second({"q"});
  interview(second, s->answers);
  CHECK(second.asked == std::vector<std::string>{"b"});
}

TEST_CASE("--review walks every item, showing and keeping current answers and evidence")
{
  ScriptedPrompter p({"", "n", "", "", "", "", "", "p", "-"});
  const auto s = interview(
      p,
      answers_from(
          "  a: met\n  b:\n    answer: partial\n    evidence: Old note\n  c: met\n  d: na\n"),
      true);
  CHECK(p.asked == std::vector<std::string>{"a", "b", "c", "d"});
  CHECK(answer_of(s->answers, "a") == "met");          // Enter kept it
  CHECK(answer_of(s->answers, "b") == "not-met");      // changed
  CHECK(s->answers.find("b")->evidence == "Old note"); // Enter kept the note
  REQUIRE(p.currents.size() >= 2);
  CHECK(p.prompts[0] == "Evidence");
  CHECK(p.currents[0] == "Old note");
  CHECK(answer_of(s->answers, "d") == "partial");
  CHECK_FALSE(s->answers.find("d")->evidence.has_value()); // "-" cleared (there was none)
}

TEST_CASE("replies: the field words change one field of an answered item; note at any item")
{
  const auto c = load_from_string(k_interview_checklist).checklist;
  for (const char* word : {"evidence", "action", "owner", "due", "note", "Evidence"}) {
    CAPTURE(word);
    const Reply reply = parse_reply(word, *c, true);
    CHECK(reply.kind == Reply::Kind::field);
    CHECK(reply.key == ftsu::util::to_lower(word));
  }
  // Without an answer there is no field to change, but a private note can
  // be written.
  CHECK(parse_reply("evidence", *c, false).kind == Reply::Kind::invalid);
  CHECK(parse_reply("note", *c, false).kind == Reply::Kind::field);
  // One letter stays a shortcut: n is Not met.
  CHECK(parse_reply("n", *c, true).key == "not-met");
}

TEST_CASE("--review: one field alone, without answering the item again")
{
  // a: "evidence" changes its evidence; the item is asked again and Enter
  // keeps its answer. b: "due" sets a date, "owner" clears the owner.
  // c: "note" writes a private note. d: Enter.
  ScriptedPrompter p({"evidence",
                      "New note",
                      "",
                      "due",
                      "31/03/2027",
                      "owner",
                      "-",
                      "",
                      "note",
                      "Met the chair",
                      "",
                      ""});
  const auto s = interview(
      p,
      answers_from("  a:\n    answer: met\n    evidence: Old note\n  b:\n    answer: partial\n"
                   "    action: Write it\n    owner: Chair\n  c: met\n  d: na\n"),
      true);
  CHECK(s->result.end == InterviewResult::End::finished);
  CHECK(p.asked == std::vector<std::string>{"a", "a", "b", "b", "b", "c", "c", "d"});
  CHECK(answer_of(s->answers, "a") == "met");
  CHECK(s->answers.find("a")->evidence == "New note");
  CHECK(answer_of(s->answers, "b") == "partial");
  CHECK(s->answers.find("b")->due == ftsu::util::Date{2027, 3, 31});
  CHECK_FALSE(s->answers.find("b")->owner.has_value());
  CHECK(s->answers.find("b")->action == "Write it");
  CHECK(s->answers.find("c")->private_note == "Met the chair");
  CHECK(s->result.answered == 0); // nothing was answered again
  // Each field was saved as it was given, and the item never marked
  // unfinished.
  CHECK(s->saves.size() == 4);
  for (const auto& save : s->saves) {
    CHECK(save.find("unfinished") == std::string::npos);
  }
}

TEST_CASE("a private note on an item not yet answered is kept, and the item still asked")
{
  ScriptedPrompter p({"note", "Ask HR first", "s", "q"});
  const auto s = interview(p, answers_from(""));
  CHECK(p.asked == std::vector<std::string>{"a", "a", "b"});
  REQUIRE(s->answers.find("a") != nullptr);
  CHECK(s->answers.find("a")->private_note == "Ask HR first");
  CHECK_FALSE(s->answers.find("a")->answer.has_value());
  REQUIRE_FALSE(s->saves.empty());
  CHECK(s->saves.back().find("private_note: Ask HR first") != std::string::npos);
}

TEST_CASE("--section limits the interview to one section")
{
  ScriptedPrompter p({"m", "", "m", ""});
  const auto s = interview(p, answers_from(""), false, std::string("two"));
  CHECK(p.asked == std::vector<std::string>{"c", "d"});
  const auto c = load_from_string(k_interview_checklist).checklist;
  CHECK_FALSE(interview_items(*c, s->answers, std::string("three")).has_value());
}

TEST_CASE("items outside the profile are not asked")
{
  ScriptedPrompter p({"q"});
  const auto s = interview(p, answers_from("", "profile: primary-care\n"), true);
  ScriptedPrompter all({"m", "", "m", "", "m", ""});
  const auto t = interview(all, answers_from("", "profile: primary-care\n"));
  CHECK(all.asked == std::vector<std::string>{"a", "b", "d"});
}

TEST_CASE("invalid input gets a hint and the same question")
{
  ScriptedPrompter p({"7", "yes", "", "m", ""});
  const auto s = interview(p, answers_from(""));
  CHECK(p.asked == std::vector<std::string>{"a", "a", "a", "a", "b"});
  REQUIRE(p.messages.size() == 3);
  CHECK(
      p.messages[0]
      == "Type 1-4 or m p n x to answer, s to skip, b to go back, ? for help, q to save and quit.");
  CHECK(answer_of(s->answers, "a") == "met");
}

TEST_CASE("an answer under an old id is shown, and moves to the new id when answered")
{
  ScriptedPrompter p({"", "n", ""});
  const auto s =
      interview(p,
                answers_from("  old-c:\n    answer: met\n    evidence: From last version\n"),
                true,
                std::string("two"));
  CHECK(p.asked == std::vector<std::string>{"c", "d"});
  // Enter kept the answer as it was, under its old id (it still counts for c).
  CHECK(answer_of(s->answers, "old-c") == "met");
  CHECK(s->saves.size() == 1); // only d's answer was saved
  ScriptedPrompter q({"p", ""});
  const auto t = interview(q,
                           answers_from("  old-c:\n    answer: met\n    evidence: Carried\n"),
                           true,
                           std::string("two"));
  CHECK(answer_of(t->answers, "c") == "partial");
  CHECK(t->answers.find("c")->evidence == "Carried");
  CHECK(t->answers.find("old-c") == nullptr);
}

TEST_CASE("x- keys and other items' data survive every save")
{
  ScriptedPrompter p({"m", "typed note", "q"});
  const auto s =
      interview(p,
                answers_from("  x-batch: 3\n  b:\n    action: Act\n    owner: O\n    x-ward: 4B\n",
                             "x-trust-code: RXX\n"));
  const std::string& last = s->saves.back();
  CHECK(last.find("x-trust-code: RXX") != std::string::npos);
  CHECK(last.find("x-batch: 3") != std::string::npos);
  CHECK(last.find("x-ward: 4B") != std::string::npos);
  CHECK(last.find("action: Act") != std::string::npos);
  CHECK(last.find("evidence: typed note") != std::string::npos);
}

TEST_CASE("typed text is cleaned: control characters dropped, UTF-8 repaired")
{
  ScriptedPrompter p({"m", "note \x1b[2J with \xff byte", "q"});
  const auto s = interview(p, answers_from(""));
  CHECK(s->answers.find("a")->evidence == "note [2J with \xEF\xBF\xBD byte");
}

TEST_CASE("the plan after a partial answer: action, owner and a UK date saved as ISO")
{
  ScriptedPrompter p({"p", "Half done", "Train the rest", "Guardian", "31/03/2027", "q"});
  const auto s = interview(p, answers_from(""));
  CHECK(
      p.prompts
      == std::vector<std::string>{"Evidence", "Action", "Owner", "Due (YYYY-MM-DD or DD/MM/YYYY)"});
  const AnswerEntry* a = s->answers.find("a");
  REQUIRE(a != nullptr);
  CHECK(a->action == "Train the rest");
  CHECK(a->owner == "Guardian");
  CHECK(a->due == ftsu::util::Date{2027, 3, 31});
  // Saved after the answer, the evidence, the action, the owner, the due
  // date and, the follow-ups done, without the unfinished mark.
  CHECK(s->saves.size() == 6);
  CHECK(s->saves[4].find("due: 2027-03-31\n    unfinished: true") != std::string::npos);
  CHECK(s->saves.back().find("due: 2027-03-31") != std::string::npos);
  CHECK(s->saves.back().find("unfinished") == std::string::npos);
}

TEST_CASE("a due date that is not a date is asked again with a hint")
{
  ScriptedPrompter p({"n", "", "Act", "", "next March", "2027-02-30", "2027-03-01", "q"});
  const auto s = interview(p, answers_from(""));
  REQUIRE(p.messages.size() == 2);
  CHECK(p.messages[0].find("2027-03-31 or 31/03/2027") != std::string::npos);
  CHECK(s->answers.find("a")->due == ftsu::util::Date{2027, 3, 1});
}

TEST_CASE("plan prompts show current values: Enter keeps, - clears, a new action starts open")
{
  ScriptedPrompter p({"p", "", "New action", "-", "", "q"});
  const auto s = interview(p,
                           answers_from("  a:\n    answer: not-met\n    action: Old\n    owner: "
                                        "O\n    due: 2026-01-01\n    status: in-progress\n    "
                                        "progress: Some\n"),
                           true);
  const AnswerEntry* a = s->answers.find("a");
  CHECK(p.currents[1] == "Old");
  CHECK(p.currents[2] == "O");
  CHECK(p.currents[3] == "2026-01-01");
  CHECK(a->action == "New action");
  CHECK_FALSE(a->owner.has_value());
  CHECK(a->due == ftsu::util::Date{2026, 1, 1});
  CHECK_FALSE(a->status.has_value());
  CHECK_FALSE(a->progress.has_value());
}

TEST_CASE("overdue is judged as report judges it: against the file's assessed_on when given")
{
  const auto lines = "  a:\n    answer: partial\n    action: Fix a\n    due: 2026-03-31\n";
  SUBCASE("assessed_on (from --assessed-on or the file) before the due date: not overdue")
  {
    ScriptedPrompter p({"q"});
    interview(p, answers_from(lines, "assessed_on: 2025-04-01\n"), true);
    REQUIRE(p.overdue.size() == 1);
    CHECK_FALSE(p.overdue[0]);
  }
  SUBCASE("no assessed_on: today (2026-06-01), after the due date")
  {
    ScriptedPrompter p({"q"});
    interview(p, answers_from(lines), true);
    REQUIRE(p.overdue.size() == 1);
    CHECK(p.overdue[0]);
  }
  SUBCASE("answers that record today in assessed_on: today, whatever the file said")
  {
    ScriptedPrompter p({"q"});
    const auto checklist = load_from_string(k_interview_checklist).checklist;
    AnswersFile answers = answers_from(lines, "assessed_on: 2025-04-01\n");
    const auto items = interview_items(*checklist, answers, std::nullopt);
    REQUIRE(items);
    run_interview(
        *checklist,
        answers,
        *items,
        InterviewOptions{true, ftsu::util::Date{2026, 6, 1}, ftsu::util::Date{2026, 6, 1}},
        p,
        [](const AnswersFile&) {});
    REQUIRE(p.overdue.size() == 1);
    CHECK(p.overdue[0]);
  }
}

TEST_CASE("an item with an open action answered met: is the action done?")
{
  const auto lines = "  a:\n    action: Carried action\n    due: 2026-03-31\n";
  SUBCASE("y marks it done")
  {
    ScriptedPrompter p({"m", "", "y", "q"});
    const auto s = interview(p, answers_from(lines));
    CHECK(p.prompts.back().find("Is this action done?") == 0);
    CHECK(p.currents.back() == "Carried action");
    CHECK(s->answers.find("a")->status == ActionStatus::done);
    // Done today (the session's local date).
    CHECK(s->answers.find("a")->completed_on == ftsu::util::Date{2026, 6, 1});
  }
  SUBCASE("Enter leaves it open, anything else is asked again")
  {
    ScriptedPrompter p({"m", "", "maybe", "", "q"});
    const auto s = interview(p, answers_from(lines));
    CHECK(p.messages.size() == 1);
    CHECK_FALSE(s->answers.find("a")->status.has_value());
  }
  SUBCASE("a done action is not asked about")
  {
    ScriptedPrompter p({"m", "", "q"});
    interview(p, answers_from("  a:\n    action: X\n    status: done\n"));
    CHECK(p.prompts == std::vector<std::string>{"Evidence"});
  }
}

TEST_CASE("carried evidence: Enter confirms it for this period, typing replaces it")
{
  const auto lines = "  a:\n    evidence: Old\n    evidence_from: 2025/26\n  b:\n    evidence: "
                     "Older\n    evidence_from: 2025/26\n";
  ScriptedPrompter p({"m", "", "m", "Fresh", "q"});
  const auto s = interview(p, answers_from(lines));
  CHECK(p.current_labels[0] == "Evidence from 2025/26");
  CHECK(s->answers.find("a")->evidence == "Old");
  CHECK_FALSE(s->answers.find("a")->evidence_from.has_value());
  CHECK(s->answers.find("b")->evidence == "Fresh");
  CHECK_FALSE(s->answers.find("b")->evidence_from.has_value());
}

TEST_CASE("each answer records its date in assessed_on")
{
  auto checklist = load_from_string(k_interview_checklist).checklist;
  AnswersFile answers = answers_from("");
  ScriptedPrompter p({"m", "", "q"});
  const auto items = interview_items(*checklist, answers, std::nullopt);
  run_interview(
      *checklist,
      answers,
      *items,
      InterviewOptions{false, ftsu::util::Date{2026, 11, 30}, ftsu::util::Date{2026, 11, 30}},
      p,
      [](const AnswersFile&) {});
  CHECK(answers.assessed_on == ftsu::util::Date{2026, 11, 30});
}

TEST_CASE("the header: organisation and period for a new file, and the profile must be chosen")
{
  const auto checklist = load_from_string(k_interview_checklist).checklist;
  CHECK(profiles_matter(*checklist));
  AnswersFile answers;
  ScriptedPrompter p({"My Trust", "", "", "nurses", "2"});
  CHECK_FALSE(ask_header(*checklist, answers, true, p).has_value());
  CHECK(answers.organisation == "My Trust");
  CHECK_FALSE(answers.period.has_value());
  CHECK(answers.profile == "primary-care");
  // Enter and a wrong word are both refused with the list.
  CHECK(p.messages.size() == 3);
  CHECK(p.messages[0].find("1 trust (Trust); 2 primary-care (Primary care)") != std::string::npos);

  SUBCASE("what options gave is not asked")
  {
    AnswersFile given;
    apply_header(
        given,
        HeaderOptions{"Org", "2026/27", "trust", std::nullopt, {"Guardian"}, "FTSU guardian"});
    ScriptedPrompter none({});
    CHECK_FALSE(ask_header(*checklist, given, true, none).has_value());
    CHECK(none.prompts.empty());
    CHECK(given.assessors == std::vector<std::string>{"Guardian"});
    CHECK(given.respondent == "FTSU guardian");
  }
  SUBCASE("an existing file is asked only its missing profile")
  {
    AnswersFile existing;
    ScriptedPrompter q({"trust"});
    ask_header(*checklist, existing, false, q);
    CHECK(q.prompts == std::vector<std::string>{"Profile (its number or key)"});
  }
}

TEST_CASE("the session summary: no score before anything counts, the section's own score")
{
  const auto checklist = load_from_string(k_interview_checklist).checklist;
  AnswersFile empty = answers_from("");
  InterviewResult none;
  const std::string before =
      session_summary(none, *checklist, empty, std::nullopt, ftsu::util::Date{2026, 1, 1});
  CHECK(before.find("no score yet") != std::string::npos);
  CHECK(before.find("score so far") == std::string::npos);
  AnswersFile some = answers_from("  a: met\n  b: na\n  c: not-met\n");
  InterviewResult result;
  result.answered = 2;
  result.not_applicable = 1;
  const std::string overall =
      session_summary(result, *checklist, some, std::nullopt, ftsu::util::Date{2026, 1, 1});
  CHECK(overall
        == "This session: 2 items answered, 1 not applicable, 0 skipped.\n"
           "Overall score so far: 33.3% (Limited assurance); coverage 66.7% (2 of 3 answered).\n");
  const std::string one =
      session_summary(result, *checklist, some, std::string("one"), ftsu::util::Date{2026, 1, 1});
  CHECK(one.find("Section 'One' score so far: 100.0% (Good assurance); coverage 100.0% (1 of 1 "
                 "answered)")
        != std::string::npos);
}
