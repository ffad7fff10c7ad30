// Tests for src/ftsu/core/answers_writer.cpp: what the tool writes reads
// back as exactly what it wrote, x- keys included.
#include <ftsu/core/answers_writer.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/core/merge.hpp>
#include <ftsu/core/yaml.hpp>
#include <ftsu/util/utf8.hpp>

#include "testutil.hpp"

using namespace ftsu::core;
using ftsu::test::load_from_string;
using ftsu::test::small_checklist;

namespace {

AnswersFile
reload(const std::string& text)
{
  DiagnosticSink sink("w.yaml");
  auto file = load_answers(text, sink);
  REQUIRE_MESSAGE(file, text, "\n", ftsu::test::formatted(sink).front());
  return std::move(*file);
}

} // namespace

TEST_CASE("tricky strings survive a write and a read")
{
  const std::vector<std::string> tricky{"yes",
                                        "No",
                                        "null",
                                        "~",
                                        "0123",
                                        "0x1F",
                                        "2026-01-01",
                                        "1e3",
                                        ".inf",
                                        "-",
                                        "- item",
                                        "a: b",
                                        "#hash",
                                        "x #y",
                                        "trailing:",
                                        " leading",
                                        "trailing ",
                                        "'single'",
                                        "\"double\"",
                                        "back\\slash",
                                        "line\nbreak",
                                        "tab\there",
                                        "=SUM(A1)",
                                        "@at",
                                        "`tick`",
                                        "%pct",
                                        "!bang",
                                        "&amp",
                                        "*star",
                                        "[list]",
                                        "{map}",
                                        "a, b",
                                        "café ünïcödé",
                                        "日本語",
                                        "emoji 😀",
                                        "esc \x1b[2J",
                                        "bell\x07",
                                        "c1 \xC2\x85",
                                        "bidi \xE2\x80\xAE",
                                        "2025/26",
                                        "",
                                        std::string(3000, 'x')};
  AnswersFile file;
  file.checklist = "small";
  file.checklist_version = "1.0";
  for (std::size_t i = 0; i < tricky.size(); ++i) {
    AnswerEntry entry;
    entry.item_id = fmt::format("item-{}", i);
    entry.evidence = tricky[i];
    entry.owner = tricky[i];
    file.answers.push_back(entry);
  }
  file.organisation = "Yes";
  file.period = "2025/26";
  file.assessors = {"no", "FTSU guardian"};
  const AnswersFile back = reload(write_answers(file, nullptr));
  CHECK(back.organisation == "Yes");
  CHECK(back.period == "2025/26");
  CHECK(back.assessors == file.assessors);
  REQUIRE(back.answers.size() == tricky.size());
  for (std::size_t i = 0; i < tricky.size(); ++i) {
    CAPTURE(tricky[i]);
    CHECK(back.answers[i].evidence == tricky[i]);
    CHECK(back.answers[i].owner == tricky[i]);
  }
}

TEST_CASE("ambiguous words are quoted, plain words are not")
{
  CHECK(yaml::scalar("met") == "met");
  CHECK(yaml::scalar("Example Trust") == "Example Trust");
  CHECK(yaml::scalar("yes") == "\"yes\"");
  CHECK(yaml::scalar("Off") == "\"Off\"");
  CHECK(yaml::scalar("0123") == "\"0123\"");
  CHECK(yaml::scalar("2026-01-01") == "\"2026-01-01\"");
  CHECK(yaml::scalar("null") == "\"null\"");
  CHECK(yaml::scalar("") == "\"\"");
}

TEST_CASE("long forms, short forms and x- keys are kept on a rewrite")
{
  const std::string original = R"(format: ftsu-gap/answers/v1
checklist: small
checklist_version: "1.0"
organisation: Example
x-trust-code: RXX
x-list: [1, "2", {k: v}]
answers:
  x-batch: 3
  a: met
  b:
    answer: partial
    evidence: Board paper
    due: 2026-09-30
    x-ward: 4B
    x-nested:
      deep: [yes, "no"]
  c:
)";
  const AnswersFile first = reload(original);
  const std::string written = write_answers(first, nullptr);
  const AnswersFile second = reload(written);
  CHECK(write_answers(second, nullptr) == written);
  REQUIRE(second.extensions.size() == 2);
  CHECK(second.extensions[0].key == "x-trust-code");
  CHECK(second.extensions[0].value.text == "RXX");
  const auto& list = second.extensions[1].value;
  REQUIRE(list.items.size() == 3);
  CHECK_FALSE(list.items[0].quoted); // a number stays a number
  CHECK(list.items[1].quoted);       // a string stays a string
  CHECK(list.items[2].find("k")->text == "v");
  REQUIRE(second.answers_extensions.size() == 1);
  CHECK(second.answers_extensions[0].key == "x-batch");
  CHECK_FALSE(second.answers[0].long_form);
  CHECK(second.answers[1].long_form);
  REQUIRE(second.answers[1].extensions.size() == 2);
  const auto* deep = second.answers[1].extensions[1].value.find("deep");
  REQUIRE(deep != nullptr);
  CHECK_FALSE(deep->items[0].quoted);
  CHECK(deep->items[1].quoted);
  CHECK_FALSE(second.answers[2].answer.has_value());
}

TEST_CASE("init lists every item of the profile, with statements as comments")
{
  const auto checklist = load_from_string(small_checklist()).checklist;
  REQUIRE(checklist);
  const AnswersFile file = start_answers(
      *checklist, std::string("Org"), std::string("2026/27"), std::string("primary-care"), nullptr);
  REQUIRE(file.answers.size() == 2); // c is for trusts only
  const std::string text = write_answers(file, checklist.get());
  CHECK(text.find("  a:  # A is done.\n") != std::string::npos);
  CHECK(text.find("  # One\n") != std::string::npos);
  const AnswersFile back = reload(text);
  CHECK(back.profile == "primary-care");
  CHECK_FALSE(back.answers[0].answer.has_value());
}

TEST_CASE("init --from carries action, owner, due and evidence through replaces, not answers")
{
  const auto checklist = load_from_string(small_checklist()).checklist;
  const AnswersFile last = reload(R"(format: ftsu-gap/answers/v1
checklist: small
checklist_version: "0.9"
organisation: Org
profile: trust
period: 2025/26
answers:
  a:
    answer: partial
    evidence: E
    action: Act
    owner: O
    due: 2026-01-31
    note: not carried
  old-c:
    answer: not-met
    action: Renamed item's action
)");
  const AnswersFile next =
      start_answers(*checklist, std::nullopt, std::string("2026/27"), std::nullopt, &last);
  CHECK(next.organisation == "Org");
  CHECK(next.profile == "trust");
  CHECK(next.period == "2026/27");
  REQUIRE(next.answers.size() == 3);
  CHECK_FALSE(next.answers[0].answer.has_value());
  CHECK(next.answers[0].evidence == "E");
  CHECK(next.answers[0].action == "Act");
  CHECK(next.answers[0].owner == "O");
  CHECK(next.answers[0].due == ftsu::util::Date{2026, 1, 31});
  CHECK_FALSE(next.answers[0].note.has_value());
  CHECK(next.answers[2].item_id == "c");
  CHECK(next.answers[2].action == "Renamed item's action");
  CHECK_FALSE(next.answers[2].answer.has_value());
}

TEST_CASE("init --from marks carried evidence with its period and drops done actions")
{
  const auto checklist = load_from_string(small_checklist()).checklist;
  const AnswersFile last = reload(R"(format: ftsu-gap/answers/v1
checklist: small
checklist_version: "0.9"
profile: trust
period: 2025/26
answers:
  a:
    answer: partial
    evidence: Checked this year
    action: Still going
    owner: O
    status: in-progress
    progress: Half the wards done
  b:
    answer: met
    evidence: Carried twice
    evidence_from: 2024/25
    action: Finished
    owner: P
    due: 2025-06-30
    status: done
)");
  const AnswersFile next =
      start_answers(*checklist, std::nullopt, std::string("2026/27"), std::nullopt, &last);
  REQUIRE(next.answers.size() >= 2);
  CHECK(next.answers[0].evidence_from == "2025/26");
  CHECK(next.answers[0].status == ActionStatus::in_progress);
  CHECK(next.answers[0].progress == "Half the wards done");
  CHECK(next.answers[1].evidence == "Carried twice");
  CHECK(next.answers[1].evidence_from == "2024/25");
  CHECK_FALSE(next.answers[1].action.has_value());
  CHECK_FALSE(next.answers[1].owner.has_value());
  CHECK_FALSE(next.answers[1].due.has_value());
  CHECK_FALSE(next.answers[1].status.has_value());

  SUBCASE("without a period, the date of the last assessment names it")
  {
    AnswersFile undated = last;
    undated.period.reset();
    undated.assessed_on = ftsu::util::Date{2026, 3, 1};
    CHECK(carried_from_label(undated) == "2026-03-01");
    undated.assessed_on.reset();
    CHECK(carried_from_label(undated) == "the last assessment");
  }
  SUBCASE("status, progress and evidence_from survive a write and a read")
  {
    const AnswersFile back = reload(write_answers(next, checklist.get()));
    CHECK(back.answers[0].status == ActionStatus::in_progress);
    CHECK(back.answers[0].progress == "Half the wards done");
    CHECK(back.answers[0].evidence_from == "2025/26");
    CHECK(back.answers[1].evidence_from == "2024/25");
  }
}

namespace {

// Returns the UTF-8 encoding of `cp`.
std::string
utf8_of(char32_t cp)
{
  std::string out;
  ftsu::util::append_utf8(out, cp);
  return out;
}

// Returns the answers of respondent `name` to item `a` of the small
// checklist, with `evidence`.
AnswersFile
respondent_file(const std::string& name, const std::string& evidence)
{
  AnswersFile file;
  file.checklist = "small";
  file.checklist_version = "1.0";
  file.organisation = "Trust";
  file.period = "2025/26";
  file.respondent = name;
  AnswerEntry entry;
  entry.item_id = "a";
  entry.answer = "met";
  entry.evidence = evidence;
  file.answers.push_back(entry);
  return file;
}

// Returns the merge of `files` (each loaded back first, as merge reads them).
AnswersFile
merged_file(const Checklist& checklist, const std::vector<AnswersFile>& files)
{
  std::vector<AnswersFile> loaded;
  for (const auto& file : files) {
    loaded.push_back(reload(write_answers(file, &checklist)));
  }
  std::vector<MergeInput> inputs;
  for (std::size_t i = 0; i < loaded.size(); ++i) {
    inputs.push_back({fmt::format("f{}.yaml", i + 1), &loaded[i]});
  }
  MergeOutcome outcome = merge_answers(checklist, inputs, std::nullopt);
  REQUIRE(outcome.merged);
  return std::move(*outcome.merged);
}

// Returns the message of the core::Error `write` throws, or "" when it
// throws none.
template<typename F>
std::string
refusal(F write)
{
  try {
    (void)write();
  } catch (const Error& error) {
    return error.what();
  }
  return {};
}

} // namespace

TEST_CASE("characters YAML forbids and hidden characters are escaped, and read back")
{
  // Round three: U+FFFE and U+FFFF were written raw, which YAML readers
  // refuse; tag characters and the rest of the one table must not be raw.
  std::vector<std::string> texts;
  for (const auto& range : ftsu::util::hidden_ranges()) {
    for (const char32_t cp : {range.first, range.last}) {
      if (cp != 0) {
        texts.push_back("x" + utf8_of(cp) + "y");
      }
    }
  }
  AnswersFile file;
  file.checklist = "small";
  file.checklist_version = "1.0";
  for (std::size_t i = 0; i < texts.size(); ++i) {
    AnswerEntry entry;
    entry.item_id = fmt::format("item-{}", i);
    entry.evidence = texts[i];
    entry.note = texts[i];
    file.answers.push_back(entry);
  }
  file.organisation = texts.back();
  const std::string text = write_answers(file, nullptr);
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto cp = ftsu::util::decode_utf8(text, pos);
    REQUIRE(cp);
    CHECK(!ftsu::util::is_hidden_control(*cp));
  }
  CHECK(text.find("\\ufffe") != std::string::npos);
  CHECK(text.find("\\U000e007f") != std::string::npos);
  const AnswersFile back = reload(text);
  CHECK(back.organisation == texts.back());
  REQUIRE(back.answers.size() == texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    CHECK(back.answers[i].evidence == texts[i]);
    CHECK(back.answers[i].note == texts[i]);
  }
}

TEST_CASE("a key longer than YAML's simple keys allow is written in the explicit form")
{
  // Round three: a respondent name over 1,024 bytes became a plain key that
  // nothing could read. Around the limit, quoted or not.
  const auto loaded = load_from_string(small_checklist());
  REQUIRE(loaded.checklist);
  for (const std::size_t size : {999U, 1000U, 1001U, 1022U, 1023U, 1024U, 1025U, 2000U, 60000U}) {
    for (const std::string fill : {"n", "\xE2\x80\xAE", "\""}) {
      std::string name = "N";
      while (name.size() < size) {
        name += fill;
      }
      CAPTURE(size);
      CAPTURE(fill);
      const AnswersFile m = merged_file(
          *loaded.checklist, {respondent_file(name, "one"), respondent_file("B", "two")});
      const std::string text = write_answers(m, loaded.checklist.get());
      const AnswersFile back = reload(text);
      CHECK(back.respondents == m.respondents);
      REQUIRE(back.find("a") != nullptr);
      REQUIRE(back.find("a")->respondents.size() == 2);
      CHECK(back.find("a")->respondents[0].respondent == name);
      CHECK(back.find("a")->respondents[0].entry.evidence == "one");
      // Merged again, byte for byte the same.
      CHECK(write_answers(merged_file(*loaded.checklist, {back}), loaded.checklist.get()) == text);
    }
  }
  CHECK(yaml::key("short", 4) == "short:");
  CHECK(yaml::key(std::string(1001, 'k'), 4) == "? " + std::string(1001, 'k') + "\n    :");
}

TEST_CASE("nothing is written that the loader would refuse: the reason is given instead")
{
  const auto loaded = load_from_string(small_checklist());
  REQUIRE(loaded.checklist);
  SUBCASE("merged evidence over 64 KiB")
  {
    // Two respondents' evidence of 40 KB each is 80 KB merged.
    const AnswersFile m = merged_file(*loaded.checklist,
                                      {respondent_file("A", std::string(40000, 'a')),
                                       respondent_file("B", std::string(40000, 'b'))});
    const std::string why = refusal([&] { return write_answers(m, loaded.checklist.get()); });
    CHECK(why.find("not written") != std::string::npos);
    CHECK(why.find("evidence") != std::string::npos);
    CHECK(why.find("64 KiB") != std::string::npos);
  }
  SUBCASE("a file over 16 MiB")
  {
    AnswersFile file;
    file.checklist = "small";
    file.checklist_version = "1.0";
    for (std::size_t i = 0; i < 300; ++i) {
      AnswerEntry entry;
      entry.item_id = fmt::format("item-{}", i);
      entry.evidence = std::string(60000, 'e');
      file.answers.push_back(entry);
    }
    const std::string why = refusal([&] { return write_answers(file, nullptr); });
    CHECK(why.find("not written") != std::string::npos);
    CHECK(why.find("16 MiB") != std::string::npos);
    CHECK(why.find("18.0 MB") != std::string::npos);
  }
}

TEST_CASE("the cover sheet survives a write and a read, in its own order")
{
  const std::string original = R"(format: ftsu-gap/answers/v1
checklist: small
checklist_version: "1.0"
cover:
  risks: [BAF 3.2, "Risk: 12"]
  purpose: approval
  meeting_date: 2027-05-06
  meeting: "Board: public"
  recommendation: Approve the plan.
answers:
  a: met
)";
  const AnswersFile first = reload(original);
  CHECK(first.cover.purpose == ftsu::core::Purpose::approval);
  CHECK(first.cover.meeting_date == ftsu::util::Date{2027, 5, 6});
  const std::string written = write_answers(first, nullptr);
  CHECK(written.find("cover:\n  meeting: \"Board: public\"\n  meeting_date: 2027-05-06\n"
                     "  purpose: approval\n  recommendation: Approve the plan.\n  risks:\n"
                     "    - BAF 3.2\n")
        != std::string::npos);
  const AnswersFile second = reload(written);
  CHECK(write_answers(second, nullptr) == written);
  CHECK(second.cover.risks == std::vector<std::string>{"BAF 3.2", "Risk: 12"});
  CHECK(write_answers(reload("format: ftsu-gap/answers/v1\nchecklist: small\n"
                             "checklist_version: \"1.0\"\nanswers: {}\n"),
                      nullptr)
            .find("cover")
        == std::string::npos);
}
