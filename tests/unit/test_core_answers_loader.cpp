// Tests for src/ftsu/core/answers_loader.cpp: the rules of
// docs/spec.md#answers-format and their diagnostics.
#include <ftsu/core/answers.hpp>
#include <ftsu/core/yaml.hpp>
#include <ftsu/util/strings.hpp>

#include "testutil.hpp"

using ftsu::core::DiagnosticSink;
using ftsu::test::load_from_string;
using ftsu::test::small_checklist;

namespace {

struct Checked : ftsu::test::Messages
{
  std::optional<ftsu::core::AnswersFile> answers;
  bool ok = false;
};

// Loads answers from inline YAML (as "a.yaml") and checks them against the
// small checklist of testutil.hpp.
Checked
check(std::string_view text)
{
  static const auto checklist = load_from_string(small_checklist()).checklist;
  DiagnosticSink sink("a.yaml");
  Checked out;
  out.answers = ftsu::core::load_answers(text, sink);
  if (out.answers) {
    out.ok = ftsu::core::check_answers(*out.answers, *checklist, sink) && !sink.has_errors();
  }
  out.messages = ftsu::test::formatted(sink);
  return out;
}

std::string
answers_file(std::string_view answers, std::string_view extra = {})
{
  return fmt::format("format: ftsu-gap/answers/v1\nchecklist: small\nchecklist_version: \"1.0\"\n{}"
                     "answers:\n{}",
                     extra,
                     answers);
}

} // namespace

TEST_CASE("short and long forms, and what counts as not yet answered")
{
  const auto r = check(answers_file(R"(  a: met
  b:
    answer: partial
    evidence: Board paper 2025-01, item 7
    action: Re-launch the register
    owner: Company secretary
    due: 2026-09-30
    note: checked
  c:
)"));
  REQUIRE_MESSAGE(r.ok, r.all());
  CHECK(r.messages.empty());
  const auto& file = *r.answers;
  REQUIRE(file.answers.size() == 3);
  CHECK(file.answers[0].answer == "met");
  CHECK_FALSE(file.answers[0].long_form);
  CHECK(file.answers[1].long_form);
  CHECK(file.answers[1].answer == "partial");
  CHECK(file.answers[1].owner == "Company secretary");
  CHECK(file.answers[1].due == ftsu::util::Date{2026, 9, 30});
  CHECK_FALSE(file.answers[2].answer.has_value());
}

TEST_CASE("a long form without answer is not yet answered")
{
  const auto r = check(answers_file("  a:\n    evidence: none yet\n"));
  REQUIRE(r.ok);
  CHECK_FALSE(r.answers->answers[0].answer.has_value());
  CHECK(r.answers->answers[0].evidence == "none yet");
}

TEST_CASE("an answer key not on the scale names the allowed keys")
{
  const auto r = check(answers_file("  a: yes\n  b: {answer: mett}\n"));
  CHECK_FALSE(r.ok);
  CHECK_MESSAGE(r.has("a.yaml:5:6: answer 'yes' for 'a' is not on the checklist's scale (allowed: "
                      "met, partial, not-met, na; or leave it empty while unanswered)"),
                r.all());
  CHECK_MESSAGE(r.has("a.yaml:6:15: answer 'mett' for 'b' is not on the checklist's scale; did you "
                      "mean 'met'?"),
                r.all());
}

TEST_CASE("an unknown item id is an error with a suggestion")
{
  const auto r = check(answers_file("  aa: met\n  zzzzzz: met\n"));
  CHECK_MESSAGE(r.has("a.yaml:5:3: checklist 'small' 1.0 has no item 'aa'; did you mean 'a'?"),
                r.all());
  CHECK_MESSAGE(r.has("a.yaml:6:3: checklist 'small' 1.0 has no item 'zzzzzz'; see 'ftsu-gap show "
                      "small' for its items"),
                r.all());
}

TEST_CASE("an id that an item replaces counts for that item, with a warning")
{
  const auto r = check(answers_file("  old-c: met\n"));
  REQUIRE_MESSAGE(r.ok, r.all());
  CHECK(r.all()
        == "ftsu-gap: warning: a.yaml:5:3: item 'old-c' is now 'c' in version 1.0; this "
           "answer counts for it\n");
  static const auto checklist = load_from_string(small_checklist()).checklist;
  const auto matched = ftsu::core::match_answers(*r.answers, *checklist);
  REQUIRE(matched.count("c") == 1);
  CHECK(r.answers->answers[matched.at("c")].item_id == "old-c");
}

TEST_CASE("an item's own answer wins over its old id's")
{
  const auto r = check(answers_file("  old-c: met\n  c: not-met\n"));
  REQUIRE(r.ok);
  CHECK(r.has("warning: a.yaml:5:3: 'old-c' and 'c' both answer item 'c' (version 1.0); the answer "
              "under 'c' is used and this one is not"));
  static const auto checklist = load_from_string(small_checklist()).checklist;
  const auto matched = ftsu::core::match_answers(*r.answers, *checklist);
  CHECK(r.answers->answers[matched.at("c")].answer == "not-met");
}

TEST_CASE("answers match their items in the checklist's order, out of it, and under old ids")
{
  static const auto checklist = load_from_string(small_checklist()).checklist;
  const auto index_of = [](const std::string& text, std::string_view item) {
    DiagnosticSink sink("a.yaml");
    const auto answers = ftsu::core::load_answers(text, sink);
    REQUIRE(answers);
    const auto matched = ftsu::core::match_answers(*answers, *checklist);
    const auto it = matched.find(item);
    return it == matched.end() ? std::string("none")
                               : fmt::format("{}={}",
                                             it->second,
                                             answers->answers[it->second].answer.value_or("?"));
  };
  // In step with the checklist.
  const auto in_order = answers_file("  a: met\n  b: partial\n  c: not-met\n");
  CHECK(index_of(in_order, "a") == "0=met");
  CHECK(index_of(in_order, "b") == "1=partial");
  CHECK(index_of(in_order, "c") == "2=not-met");
  // Reversed: every item found by id.
  const auto reversed = answers_file("  c: not-met\n  b: partial\n  a: met\n");
  CHECK(index_of(reversed, "a") == "2=met");
  CHECK(index_of(reversed, "b") == "1=partial");
  CHECK(index_of(reversed, "c") == "0=not-met");
  // Only the last item answered, and item 'a' missing before it.
  const auto gap = answers_file("  b: partial\n  old-c: met\n");
  CHECK(index_of(gap, "a") == "none");
  CHECK(index_of(gap, "b") == "0=partial");
  CHECK(index_of(gap, "c") == "1=met");
  // The old id first and the own id last: the own id still wins.
  const auto both = answers_file("  old-c: met\n  a: met\n  b: met\n  c: not-met\n");
  CHECK(index_of(both, "a") == "1=met");
  CHECK(index_of(both, "c") == "3=not-met");
}

TEST_CASE("two merged old ids both answered: the first in replaces is used, the other is named")
{
  const auto merged = load_from_string(R"(format: ftsu-gap/checklist/v1
id: small
version: "1.0"
title: S
sections:
  - id: s
    title: S
    items:
      - {id: e, text: E, replaces: [old-e1, old-e2]}
)")
                          .checklist;
  REQUIRE(merged);
  DiagnosticSink sink("a.yaml");
  const auto answers =
      ftsu::core::load_answers(answers_file("  old-e2: not-met\n  old-e1: met\n"), sink);
  REQUIRE(answers);
  CHECK(ftsu::core::check_answers(*answers, *merged, sink));
  const auto messages = ftsu::test::formatted(sink);
  REQUIRE(messages.size() == 2);
  CHECK(messages[0]
        == "ftsu-gap: warning: a.yaml:5:3: 'old-e2' and 'old-e1' both answer item 'e' (version "
           "1.0); the answer under 'old-e1' is used and this one is not");
  CHECK(messages[1]
        == "ftsu-gap: warning: a.yaml:6:3: item 'old-e1' is now 'e' in version 1.0; this answer "
           "counts for it");
}

TEST_CASE("an empty string is unanswered, as an empty value is")
{
  const auto r = check(answers_file("  a: \"\"\n  b: {answer: ''}\n"));
  REQUIRE_MESSAGE(r.ok, r.all());
  CHECK_FALSE(r.answers->answers[0].answer.has_value());
  CHECK_FALSE(r.answers->answers[1].answer.has_value());
}

TEST_CASE("an answer outside the chosen profile is kept and warned about")
{
  const auto r = check(answers_file("  c: met\n", "profile: primary-care\n"));
  REQUIRE(r.ok);
  CHECK(r.all()
        == "ftsu-gap: warning: a.yaml:6:3: item 'c' does not apply to profile "
           "'primary-care'; its answer is kept but not scored\n");
  CHECK(r.answers->answers[0].answer == "met");
}

TEST_CASE("the profile must be one of the checklist's")
{
  const auto r = check(answers_file("  a: met\n", "profile: hospice\n"));
  CHECK_FALSE(r.ok);
  CHECK(r.has("a.yaml:4:10: profile 'hospice' is not a profile of checklist 'small'; expected one "
              "of: trust, primary-care"));
}

TEST_CASE("another checklist version is a warning")
{
  const auto r = check(
      "format: ftsu-gap/answers/v1\nchecklist: small\nchecklist_version: \"0.9\"\nanswers: {}\n");
  REQUIRE(r.ok);
  CHECK(r.all()
        == "ftsu-gap: warning: a.yaml:3:20: these answers were written for version 0.9 of "
           "'small'; they are read against version 1.0\n");
}

TEST_CASE("answers for another checklist id are an error")
{
  const auto r = check(
      "format: ftsu-gap/answers/v1\nchecklist: other\nchecklist_version: \"1.0\"\nanswers: {}\n");
  CHECK_FALSE(r.ok);
  CHECK(r.has(
      "a.yaml:2:12: these answers are for checklist 'other', but checklist 'small' was given"));
}

TEST_CASE("a shape error does not hide the other problems of the file")
{
  const auto r =
      check(answers_file("  a: mett\n  zz: met\n  b:\n    anwser: met\n", "profile: nope\n"));
  CHECK_FALSE(r.ok);
  CHECK(r.has("a.yaml:4:10: profile 'nope' is not a profile"));
  CHECK(r.has("a.yaml:6:6: answer 'mett' for 'a' is not on the checklist's scale"));
  CHECK(r.has("a.yaml:7:3: checklist 'small' 1.0 has no item 'zz'"));
  CHECK(r.has("a.yaml:9:5: unknown key 'anwser' in the answer for 'b'"));
}

TEST_CASE("a typo in a long-form key is an error, never a silent unanswered item")
{
  const auto r = check(answers_file("  a:\n    anwser: met\n"));
  CHECK_FALSE(r.ok);
  CHECK(r.has("a.yaml:6:5: unknown key 'anwser' in the answer for 'a'; did you mean 'answer'?"));
}

TEST_CASE("required keys and shapes")
{
  SUBCASE("no answers mapping")
  {
    const auto r =
        check("format: ftsu-gap/answers/v1\nchecklist: small\nchecklist_version: \"1\"\n");
    CHECK(r.has("a.yaml:1:1: the answers file has no 'answers:'; it needs one (it may be empty: "
                "'answers: {}')"));
  }
  SUBCASE("answers as a list")
  {
    const auto r = check(answers_file("  - a\n"));
    CHECK(r.has("a.yaml:5:3: 'answers' must be a mapping of item ids to answers"));
  }
  SUBCASE("no checklist id")
  {
    const auto r = check("format: ftsu-gap/answers/v1\nchecklist_version: \"1\"\nanswers: {}\n");
    CHECK(r.has("a.yaml:1:1: the answers file has no 'checklist'"));
  }
  SUBCASE("a due date that is not a real date")
  {
    const auto r = check(answers_file("  a:\n    answer: met\n    due: 2026-02-30\n"));
    CHECK(r.has("a.yaml:7:10: 'due' in the answer for 'a' must be a real date written YYYY-MM-DD, "
                "not '2026-02-30'"));
  }
  SUBCASE("an answer given as a list")
  {
    const auto r = check(answers_file("  a: [met]\n"));
    CHECK(
        r.has("a.yaml:5:6: the answer for 'a' must be a scale key (such as met) or a mapping with "
              "'answer:', not a list"));
  }
}

TEST_CASE("x- keys are accepted at every level and kept")
{
  const auto r = check(
      answers_file("  x-batch: 3\n  a:\n    answer: met\n    x-ward: 4B\n", "x-trust-code: RXX\n"));
  REQUIRE_MESSAGE(r.ok, r.all());
  CHECK(r.messages.empty());
  REQUIRE(r.answers->extensions.size() == 1);
  CHECK(r.answers->extensions[0].key == "x-trust-code");
  REQUIRE(r.answers->answers_extensions.size() == 1);
  CHECK(r.answers->answers_extensions[0].key == "x-batch");
  REQUIRE(r.answers->answers.size() == 1);
  REQUIRE(r.answers->answers[0].extensions.size() == 1);
  CHECK(r.answers->answers[0].extensions[0].value.text == "4B");
}

TEST_CASE("a checklist where answers are expected is told as exactly that")
{
  const auto r = check(small_checklist());
  CHECK(
      r.has("a.yaml:1:9: this is a checklist (format: ftsu-gap/checklist/v1), but an answers file "
            "is expected here"));
}

TEST_CASE("an action's status is open, in-progress, done or dropped")
{
  const auto good = check(answers_file("  a:\n    answer: partial\n    action: A\n    status: "
                                       "in-progress\n    progress: P\n"));
  CHECK_MESSAGE(good.ok, good.all());
  CHECK(good.answers->answers[0].status == ftsu::core::ActionStatus::in_progress);
  CHECK(good.answers->answers[0].progress == "P");
  const auto bad = check(answers_file("  a:\n    answer: partial\n    status: in-progres\n"));
  CHECK_FALSE(bad.ok);
  INFO(bad.all());
  CHECK(bad.has(
      "ftsu-gap: error: a.yaml:7:13: 'status' in the answer for 'a' is 'in-progres'; it must be "
      "one of open, in-progress, done, dropped (did you mean 'in-progress'?)"));
}

TEST_CASE("answers built from a moved tree, which is freed as it is read, are the same")
{
  const std::string text = answers_file("  a: met\n"
                                        "  b:\n"
                                        "    answer: partial\n"
                                        "    evidence: Minutes\n"
                                        "    x-ref: [1, \"two\", {k: v}]\n"
                                        "  x-batch: 7\n"
                                        "  c:\n",
                                        "x-board-paper: BP-1\n");
  DiagnosticSink sink("a.yaml");
  auto root = ftsu::core::yaml::parse(text, sink);
  REQUIRE(root);
  const auto kept = ftsu::core::build_answers(*root, sink);
  const auto moved = ftsu::core::build_answers(std::move(*root), sink);
  DiagnosticSink text_sink("a.yaml");
  const auto from_text = ftsu::core::load_answers(std::string(text), text_sink);
  CHECK_FALSE(sink.has_errors());
  CHECK_FALSE(text_sink.has_errors());
  for (const auto* file : {&*moved, &*from_text}) {
    REQUIRE(file->answers.size() == kept->answers.size());
    for (std::size_t i = 0; i < kept->answers.size(); ++i) {
      CAPTURE(i);
      CHECK(file->answers[i].item_id == kept->answers[i].item_id);
      CHECK(file->answers[i].answer == kept->answers[i].answer);
      CHECK(file->answers[i].evidence == kept->answers[i].evidence);
      CHECK(file->answers[i].mark.line == kept->answers[i].mark.line);
      CHECK(file->answers[i].extensions.size() == kept->answers[i].extensions.size());
    }
    REQUIRE(file->extensions.size() == 1);
    CHECK(file->extensions[0].value.text == "BP-1");
    REQUIRE(file->answers_extensions.size() == 1);
    CHECK(file->answers_extensions[0].value.text == "7");
    REQUIRE(file->answers[1].extensions.size() == 1);
    CHECK(file->answers[1].extensions[0].value.items[2].find("k")->text == "v");
  }
}

TEST_CASE("the cover sheet: a purpose not one of the four is an error naming them")
{
  const auto good =
      check(answers_file("  a: met\n", "cover:\n  purpose: information\n  agenda_item: 7\n"));
  CHECK(good.ok);
  REQUIRE(good.answers);
  CHECK(good.answers->cover.purpose == ftsu::core::Purpose::information);
  CHECK(good.answers->cover.agenda_item == "7");
  const auto bad = check(answers_file("  a: met\n", "cover:\n  purpose: noting\n  metting: x\n"));
  CHECK_FALSE(bad.ok);
  const std::string all = ftsu::util::join(bad.messages, "\n");
  CHECK(all.find("'purpose' is 'noting'; it must be one of assurance, approval, information, "
                 "discussion")
        != std::string::npos);
  CHECK(all.find("metting") != std::string::npos);
  CHECK_FALSE(check(answers_file("  a: met\n", "cover: [a]\n")).ok);
}
