// Tests for src/ftsu/core/checklist_loader.cpp: one input per rule of
// docs/checklist-format.md and the exact diagnostic it gives (file, line, column, words).
#include <ftsu/core/checklist.hpp>
#include <ftsu/core/checklist_loader.hpp>
#include <ftsu/core/yaml.hpp>

#include "testutil.hpp"

using ftsu::test::load_from_string;
using ftsu::test::small_checklist;

namespace {

// A checklist header followed by `body` (which holds sections etc.).
std::string
with_header(std::string_view body)
{
  return fmt::format("format: ftsu-gap/checklist/v1\nid: t\nversion: \"1\"\ntitle: T\n{}", body);
}

constexpr std::string_view k_one_section = R"(sections:
  - id: s
    title: S
    items:
      - id: a
        text: A
)";

} // namespace

TEST_CASE("a valid checklist loads with its defaults")
{
  const auto r = load_from_string(small_checklist());
  REQUIRE_MESSAGE(r.checklist, r.all());
  CHECK(r.messages.empty());
  const auto& c = *r.checklist;
  CHECK(c.id == "small");
  CHECK(c.version == "1.0");
  CHECK(c.item_count() == 3);
  REQUIRE(c.scale.size() == 4);
  CHECK(c.scale[0].key == "met");
  CHECK(c.scale[0].shortcut == "m");
  CHECK(c.scale[3].key == "na");
  CHECK_FALSE(c.scale[3].score.has_value());
  CHECK(c.scale[3].shortcut == "x");
  REQUIRE(c.ratings.size() == 3);
  CHECK(c.ratings[0].key == "green");
  CHECK(c.ratings[2].min == 0);
  const auto* b = c.find_item("b");
  REQUIRE(b != nullptr);
  CHECK(b->mandatory);
  CHECK(b->weight == 2.0);
  CHECK(c.find_item("c")->profiles == std::vector<std::string>{"trust"});
  CHECK(c.find_item("c")->replaces == std::vector<std::string>{"old-c"});
}

TEST_CASE("versions and ids are kept as the text written")
{
  SUBCASE("unquoted 2026.10 stays 2026.10")
  {
    const auto r =
        load_from_string("format: ftsu-gap/checklist/v1\nid: t\nversion: 2026.10\ntitle: T\n"
                         + std::string(k_one_section));
    REQUIRE_MESSAGE(r.checklist, r.all());
    CHECK(r.checklist->version == "2026.10");
  }
  SUBCASE("an id of digits stays text")
  {
    const auto r = load_from_string(with_header(R"(sections:
  - id: 010
    title: S
    items:
      - {id: 007, text: A}
)"));
    REQUIRE_MESSAGE(r.checklist, r.all());
    CHECK(r.checklist->sections[0].id == "010");
    CHECK(r.checklist->sections[0].items[0].id == "007");
  }
}

TEST_CASE("required keys are reported where they are missing")
{
  SUBCASE("checklist id")
  {
    const auto r = load_from_string("format: ftsu-gap/checklist/v1\nversion: \"1\"\ntitle: T\n"
                                    + std::string(k_one_section));
    CHECK_MESSAGE(r.has("t.yaml:1:1: the checklist has no 'id'; it needs an id"), r.all());
  }
  SUBCASE("version")
  {
    const auto r = load_from_string("format: ftsu-gap/checklist/v1\nid: t\ntitle: T\n"
                                    + std::string(k_one_section));
    CHECK_MESSAGE(r.has("t.yaml:1:1: the checklist has no 'version'; it needs some text"), r.all());
  }
  SUBCASE("an empty title")
  {
    const auto r = load_from_string("format: ftsu-gap/checklist/v1\nid: t\nversion: \"1\"\ntitle:\n"
                                    + std::string(k_one_section));
    CHECK_MESSAGE(r.has("t.yaml:4:1: 'title' in the checklist is empty; it needs some text"),
                  r.all());
  }
  SUBCASE("sections")
  {
    const auto r = load_from_string(with_header(""));
    CHECK_MESSAGE(r.has("t.yaml:1:1: the checklist has no 'sections'; it needs a list"), r.all());
  }
  SUBCASE("an item's text")
  {
    const auto r = load_from_string(with_header(R"(sections:
  - id: s
    title: S
    items:
      - id: a
)"));
    CHECK_MESSAGE(r.has("t.yaml:9:9: item 'a' has no 'text'; it needs some text"), r.all());
    CHECK_FALSE(r.checklist);
  }
  SUBCASE("a section's title")
  {
    const auto r = load_from_string(with_header(R"(sections:
  - id: s
    items:
      - {id: a, text: A}
)"));
    CHECK_MESSAGE(r.has("t.yaml:6:5: section 's' has no 'title'; it needs some text"), r.all());
  }
  SUBCASE("a source's title")
  {
    const auto r =
        load_from_string(with_header("sources:\n  - id: src\n" + std::string(k_one_section)));
    CHECK_MESSAGE(r.has("t.yaml:6:5: source 'src' has no 'title'; it needs some text"), r.all());
  }
}

TEST_CASE("types are checked")
{
  SUBCASE("sections given as a mapping")
  {
    const auto r = load_from_string(with_header("sections:\n  s: 1\n"));
    CHECK_MESSAGE(r.has("t.yaml:6:3: 'sections' in the checklist must be a list"), r.all());
  }
  SUBCASE("a weight that is text")
  {
    const auto r = load_from_string(with_header(R"(sections:
  - id: s
    title: S
    items:
      - {id: a, text: A, weight: heavy}
)"));
    CHECK_MESSAGE(r.has("t.yaml:9:34: 'weight' in item 'a' must be a number (such as 1 or 0.5), "
                        "not 'heavy'"),
                  r.all());
  }
  SUBCASE("a quoted weight")
  {
    const auto r = load_from_string(with_header(R"(sections:
  - id: s
    title: S
    items:
      - {id: a, text: A, weight: "2"}
)"));
    CHECK_MESSAGE(r.has("must be a number (such as 1 or 0.5), not '2' in quotes"), r.all());
  }
  SUBCASE("an octal-looking weight reads as decimal")
  {
    const auto r = load_from_string(with_header(R"(sections:
  - id: s
    title: S
    items:
      - {id: a, text: A, weight: 010}
)"));
    REQUIRE_MESSAGE(r.checklist, r.all());
    CHECK(r.checklist->find_item("a")->weight == 10.0);
  }
  SUBCASE("a weight too small to count, or not finite, is refused")
  {
    for (const char* weight : {"4.9e-324", "0.009", "0", "1e999", ".nan", ".inf"}) {
      const auto r = load_from_string(with_header(fmt::format(R"(sections:
  - id: s
    title: S
    items:
      - {{id: a, text: A, weight: {}}}
)",
                                                              weight)));
      CHECK_MESSAGE(!r.checklist, weight);
    }
    const auto ok = load_from_string(with_header(R"(sections:
  - id: s
    title: S
    items:
      - {id: a, text: A, weight: 0.01}
)"));
    CHECK_MESSAGE(ok.checklist, ok.all());
  }
  SUBCASE("mandatory: yes is not a boolean here")
  {
    const auto r = load_from_string(with_header(R"(sections:
  - id: s
    title: S
    items:
      - {id: a, text: A, mandatory: yes}
)"));
    CHECK_MESSAGE(r.has("t.yaml:9:37: 'mandatory' in item 'a' must be true or false, not 'yes'"),
                  r.all());
  }
  SUBCASE("evidence as a single string")
  {
    const auto r = load_from_string(with_header(R"(sections:
  - id: s
    title: S
    items:
      - id: a
        text: A
        evidence: board minutes
)"));
    CHECK_MESSAGE(r.has("t.yaml:11:19: 'evidence' in item 'a' must be a list"), r.all());
  }
  SUBCASE("text as a list")
  {
    const auto r = load_from_string(with_header(R"(sections:
  - id: s
    title: S
    items:
      - id: a
        text: [A, B]
)"));
    CHECK_MESSAGE(r.has("t.yaml:10:15: 'text' in item 'a' must be text, not a list"), r.all());
  }
  SUBCASE("published is not a real date")
  {
    const auto r =
        load_from_string(with_header("published: 2025-02-29\n" + std::string(k_one_section)));
    CHECK_MESSAGE(r.has("t.yaml:5:12: 'published' in the checklist must be a real date written "
                        "YYYY-MM-DD, not '2025-02-29'"),
                  r.all());
  }
  SUBCASE("a source date of the wrong shape")
  {
    const auto r = load_from_string(with_header("sources:\n  - {id: s1, title: S, date: 2018-13}\n"
                                                + std::string(k_one_section)));
    CHECK_MESSAGE(r.has("t.yaml:6:30: 'date' in source 's1' must be YYYY, YYYY-MM or YYYY-MM-DD, "
                        "not '2018-13'"),
                  r.all());
  }
}

TEST_CASE("slugs must be well formed")
{
  const auto r = load_from_string(with_header(R"(sections:
  - id: Conflicts
    title: S
    items:
      - {id: a b, text: A}
)"));
  CHECK_MESSAGE(r.has("t.yaml:6:9: 'id' 'Conflicts' is not a valid id; use 1 to 64 lowercase "
                      "letters, digits, '.', '_' or '-', starting with a letter or digit"),
                r.all());
  CHECK_MESSAGE(r.has("t.yaml:9:14: 'id' 'a b' is not a valid id"), r.all());
}

TEST_CASE("ids are unique where the spec says so")
{
  SUBCASE("items across sections")
  {
    const auto r = load_from_string(with_header(R"(sections:
  - id: s
    title: S
    items:
      - {id: a, text: A}
  - id: t
    title: T
    items:
      - {id: a, text: A again}
)"));
    CHECK_MESSAGE(r.has("t.yaml:13:14: item id 'a' is used twice (first at line 9); each must be "
                        "unique"),
                  r.all());
  }
  SUBCASE("sections")
  {
    const auto r = load_from_string(with_header(R"(sections:
  - id: s
    title: S
    items:
      - {id: a, text: A}
  - id: s
    title: S2
    items:
      - {id: b, text: B}
)"));
    CHECK_MESSAGE(r.has("t.yaml:10:9: section id 's' is used twice (first at line 6)"), r.all());
  }
  SUBCASE("sources")
  {
    const auto r = load_from_string(with_header(
        "sources:\n  - {id: x, title: X}\n  - {id: x, title: Y}\n" + std::string(k_one_section)));
    CHECK_MESSAGE(r.has("t.yaml:7:10: source id 'x' is used twice (first at line 6)"), r.all());
  }
  SUBCASE("profiles")
  {
    const auto r =
        load_from_string(with_header("profiles:\n  - {key: p, label: P}\n  - {key: p, label: Q}\n"
                                     + std::string(k_one_section)));
    CHECK_MESSAGE(r.has("t.yaml:7:11: profile key 'p' is used twice (first at line 6)"), r.all());
  }
}

TEST_CASE("unknown keys are errors with a suggestion, x- keys are accepted")
{
  const auto r = load_from_string(with_header(R"(x-owner: governance team
sections:
  - id: s
    title: S
    x-note: anything
    items:
      - id: a
        text: A
        wieght: 2
        x-ward: [4B]
      - id: b
        text: B
        colour: red
)"));
  CHECK_MESSAGE(r.has("t.yaml:13:9: unknown key 'wieght' in item 'a'; did you mean 'weight'?"),
                r.all());
  CHECK_MESSAGE(
      r.has("t.yaml:17:9: unknown key 'colour' in item 'b'; expected one of: id, text, "
            "guidance, evidence, sources, weight, mandatory, profiles, replaces, tags (or "
            "an 'x-' extension key)"),
      r.all());
  CHECK(r.messages.size() == 2);
}

TEST_CASE("a key given twice in one mapping is an error")
{
  const auto r = load_from_string(with_header(R"(sections:
  - id: s
    title: S
    items:
      - id: a
        text: A
        text: B
)"));
  CHECK_MESSAGE(r.has("t.yaml:11:9: duplicate key 'text' (first given at line 10); each key may "
                      "appear once in a mapping"),
                r.all());
  CHECK_FALSE(r.checklist);
}

TEST_CASE("the scale's rules")
{
  const auto scale = [](std::string_view options) {
    return load_from_string(with_header(fmt::format("scale:\n{}{}", options, k_one_section)));
  };
  SUBCASE("at least two options")
  {
    const auto r = scale("  - {key: met, label: Met, score: 1}\n");
    CHECK_MESSAGE(r.has("t.yaml:6:3: 'scale' needs at least two options"), r.all());
  }
  SUBCASE("keys unique")
  {
    const auto r =
        scale("  - {key: met, label: Met, score: 1}\n  - {key: met, label: M2, score: 0}\n");
    CHECK_MESSAGE(r.has("t.yaml:7:11: scale key 'met' is used twice (first at line 6)"), r.all());
  }
  SUBCASE("score within 0 and 1")
  {
    const auto r =
        scale("  - {key: met, label: Met, score: 1}\n  - {key: no, label: No, score: -0.5}\n");
    CHECK_MESSAGE(
        r.has("t.yaml:7:33: 'score' in scale option 'no' must be between 0 and 1, not -0.5"),
        r.all());
  }
  SUBCASE("one option has score 1")
  {
    const auto r =
        scale("  - {key: some, label: Some, score: 0.5}\n  - {key: none, label: None, score: 0}\n");
    CHECK_MESSAGE(r.has("t.yaml:6:3: no option of 'scale' has score 1; one must mean fully met"),
                  r.all());
  }
  SUBCASE("a shortcut is one character")
  {
    const auto r = scale(
        "  - {key: met, label: Met, score: 1, shortcut: ok}\n  - {key: no, label: No, score: 0}\n");
    CHECK_MESSAGE(r.has("t.yaml:6:48: 'shortcut' in scale option 'met' must be exactly one "
                        "visible character, not 'ok'"),
                  r.all());
  }
  SUBCASE("a shortcut is a visible character")
  {
    const auto r = scale("  - {key: met, label: Met, score: 1, shortcut: \"\\e\"}\n  - {key: no, "
                         "label: No, score: 0, shortcut: \"\\u200b\"}\n");
    CHECK_MESSAGE(r.has("t.yaml:6:48: 'shortcut' in scale option 'met' must be exactly one visible "
                        "character, not '\\x1b'"),
                  r.all());
    CHECK_MESSAGE(r.has("t.yaml:7:46: 'shortcut' in scale option 'no' must be exactly one visible"),
                  r.all());
  }
  SUBCASE("a shortcut is not a digit of any script")
  {
    const auto r = scale("  - {key: met, label: Met, score: 1, shortcut: \"\u0661\"}\n  - {key: "
                         "no, label: No, score: 0}\n");
    CHECK_MESSAGE(r.has("t.yaml:6:48: 'shortcut' in scale option 'met' must not be a digit"),
                  r.all());
  }
  SUBCASE("a shortcut is not a digit")
  {
    const auto r = scale(
        "  - {key: met, label: Met, score: 1, shortcut: 1}\n  - {key: no, label: No, score: 0}\n");
    CHECK_MESSAGE(r.has("t.yaml:6:48: 'shortcut' in scale option 'met' must not be a digit"),
                  r.all());
  }
  SUBCASE("a shortcut is not kept by assess")
  {
    const auto r = scale(
        "  - {key: met, label: Met, score: 1}\n  - {key: no, label: No, score: 0, shortcut: q}\n");
    CHECK_MESSAGE(r.has("t.yaml:7:46: 'shortcut' 'q' in scale option 'no' is kept by 'assess'"),
                  r.all());
  }
  SUBCASE("shortcuts unique")
  {
    const auto r = scale("  - {key: met, label: Met, score: 1, shortcut: y}\n  - {key: no, label: "
                         "No, score: 0, shortcut: y}\n");
    CHECK_MESSAGE(r.has("t.yaml:7:46: shortcut 'y' is used twice (first at line 6)"), r.all());
  }
  SUBCASE("default shortcuts: first character where unique and not kept")
  {
    const auto r = scale("  - {key: yes, label: Yes, score: 1}\n"
                         "  - {key: skipped, label: Skipped}\n"
                         "  - {key: no, label: No, score: 0}\n"
                         "  - {key: none, label: None, score: 0}\n");
    REQUIRE_MESSAGE(r.checklist, r.all());
    const auto& s = r.checklist->scale;
    CHECK(s[0].shortcut == "y");
    CHECK_FALSE(s[1].shortcut.has_value()); // 's' is kept for skip
    CHECK_FALSE(s[2].shortcut.has_value()); // 'n' is shared by no and none
    CHECK_FALSE(s[3].shortcut.has_value());
  }
}

TEST_CASE("the ratings' rules")
{
  const auto ratings = [](std::string_view bands) {
    return load_from_string(with_header(fmt::format("ratings:\n{}{}", bands, k_one_section)));
  };
  SUBCASE("one band has min 0")
  {
    const auto r = ratings("  - {key: good, label: Good, min: 50}\n");
    CHECK_MESSAGE(r.has("t.yaml:6:3: no band of 'ratings' has 'min: 0'"), r.all());
  }
  SUBCASE("min within 0 and 100")
  {
    const auto r =
        ratings("  - {key: good, label: Good, min: 101}\n  - {key: bad, label: Bad, min: 0}\n");
    CHECK_MESSAGE(r.has("t.yaml:6:35: 'min' in rating 'good' must be between 0 and 100, not 101"),
                  r.all());
  }
  SUBCASE("mins unique")
  {
    const auto r =
        ratings("  - {key: good, label: Good, min: 0}\n  - {key: bad, label: Bad, min: 0}\n");
    CHECK_MESSAGE(r.has("t.yaml:7:33: rating min '0' is used twice (first at line 6)"), r.all());
  }
  SUBCASE("keys unique")
  {
    const auto r =
        ratings("  - {key: good, label: Good, min: 50}\n  - {key: good, label: Bad, min: 0}\n");
    CHECK_MESSAGE(r.has("t.yaml:7:11: rating key 'good' is used twice (first at line 6)"), r.all());
  }
  SUBCASE("bands are kept highest first")
  {
    const auto r =
        ratings("  - {key: low, label: Low, min: 0}\n  - {key: high, label: High, min: 75}\n");
    REQUIRE_MESSAGE(r.checklist, r.all());
    CHECK(r.checklist->ratings[0].key == "high");
  }
}

TEST_CASE("items name existing sources and profiles")
{
  const auto r = load_from_string(with_header(R"(sources:
  - {id: ngo-cr-2018, title: Case review}
profiles:
  - {key: trust, label: Trust}
sections:
  - id: s
    title: S
    items:
      - id: a
        text: A
        sources: [ngo-cr-2019, {source: nope, ref: "p. 4"}]
        profiles: [trusts]
)"));
  CHECK_MESSAGE(r.has("t.yaml:15:19: source 'ngo-cr-2019' of item 'a' is not in the checklist's "
                      "'sources'; did you mean 'ngo-cr-2018'?"),
                r.all());
  CHECK_MESSAGE(
      r.has("t.yaml:15:41: source 'nope' of item 'a' is not in the checklist's 'sources'; "
            "expected one of: ngo-cr-2018"),
      r.all());
  CHECK_MESSAGE(r.has("t.yaml:16:20: profile 'trusts' of item 'a' is not in the checklist's "
                      "'profiles'; did you mean 'trust'?"),
                r.all());
}

TEST_CASE("weights are greater than 0 and at most 100")
{
  const auto r = load_from_string(with_header(R"(sections:
  - id: s
    title: S
    items:
      - {id: a, text: A, weight: 0}
      - {id: b, text: B, weight: 100.5}
      - {id: c, text: C, weight: 100}
)"));
  CHECK_MESSAGE(r.has("t.yaml:9:34: 'weight' in item 'a' must be from 0.01 to 100, not 0"),
                r.all());
  CHECK_MESSAGE(r.has("t.yaml:10:34: 'weight' in item 'b' must be from 0.01 to 100, "
                      "not 100.5"),
                r.all());
  CHECK(r.messages.size() == 2);
}

TEST_CASE("an id listed twice in replaces is an error")
{
  const auto r = load_from_string(with_header(R"(sections:
  - id: s
    title: S
    items:
      - {id: a, text: A, replaces: [old, old]}
)"));
  CHECK_MESSAGE(r.has("t.yaml:9:36: id in 'replaces' 'old' is used twice"), r.all());
}

TEST_CASE("replaces may not name an id the checklist still has")
{
  const auto r = load_from_string(with_header(R"(sections:
  - id: s
    title: S
    items:
      - {id: a, text: A}
      - id: b
        text: B
        replaces: [old-b, a]
)"));
  CHECK_MESSAGE(r.has("t.yaml:12:19: item 'b' replaces 'a', but this checklist still has an item "
                      "'a'; an old id cannot be reused"),
                r.all());
  CHECK(r.messages.size() == 1);
}

TEST_CASE("empty lists where one entry is needed")
{
  SUBCASE("no sections")
  {
    const auto r = load_from_string(with_header("sections: []\n"));
    CHECK_MESSAGE(r.has("t.yaml:5:11: 'sections' is empty; a checklist needs at least one section"),
                  r.all());
  }
  SUBCASE("a section with no items")
  {
    const auto r = load_from_string(with_header("sections:\n  - {id: s, title: S, items: []}\n"));
    CHECK_MESSAGE(r.has("t.yaml:6:30: 'items' of section 's' is empty"), r.all());
  }
}

TEST_CASE("every problem is reported in one run, in file order")
{
  const auto r = load_from_string(R"(format: ftsu-gap/checklist/v1
id: Bad
title: T
sections:
  - id: s
    title: S
    items:
      - {id: a, text: A, weight: -1}
      - {id: b, text: B, mandatory: maybe}
)");
  REQUIRE(r.messages.size() == 4);
  CHECK(r.messages[0].starts_with("ftsu-gap: error: t.yaml:1:1: the checklist has no 'version'"));
  CHECK(r.messages[1].starts_with("ftsu-gap: error: t.yaml:2:5: 'id' 'Bad' is not a valid id"));
  CHECK(r.messages[2].starts_with("ftsu-gap: error: t.yaml:8:34: 'weight'"));
  CHECK(r.messages[3].starts_with("ftsu-gap: error: t.yaml:9:37: 'mandatory'"));
}

TEST_CASE("at most 50 errors are listed, then a count of the rest")
{
  std::string items;
  for (int i = 0; i < 60; ++i) {
    items += fmt::format("      - {{id: i{}, text: T, weight: 0}}\n", i);
  }
  const auto r =
      load_from_string(with_header("sections:\n  - id: s\n    title: S\n    items:\n" + items));
  REQUIRE(r.messages.size() == 51);
  CHECK(r.messages.back()
        == "ftsu-gap: error: t.yaml: 10 more errors not shown (the first 50 are "
           "above); fix those and run again");
}

TEST_CASE("the kind of file is told from format")
{
  SUBCASE("an answers file where a checklist is expected")
  {
    const auto r = load_from_string("format: ftsu-gap/answers/v1\nchecklist: x\n");
    CHECK_MESSAGE(r.has("t.yaml:1:9: this is an answers file (format: ftsu-gap/answers/v1), but a "
                        "checklist is expected here"),
                  r.all());
  }
  SUBCASE("another major version")
  {
    const auto r = load_from_string("format: ftsu-gap/checklist/v2\n");
    CHECK_MESSAGE(r.has("t.yaml:1:9: format 'ftsu-gap/checklist/v2' is a version this build cannot "
                        "read; this build reads ftsu-gap/checklist/v1 and ftsu-gap/answers/v1"),
                  r.all());
  }
  SUBCASE("no format, but sections")
  {
    const auto r = load_from_string("id: t\nsections: []\n");
    CHECK_MESSAGE(r.has("t.yaml:1:1: no 'format:' given; this looks like a checklist: add 'format: "
                        "ftsu-gap/checklist/v1'"),
                  r.all());
  }
  SUBCASE("a JSON report")
  {
    const auto r = load_from_string("{\"format\": \"ftsu-gap/report/v1\"}");
    CHECK_MESSAGE(r.has("t.yaml:1:12: this is a JSON report written by 'ftsu-gap report'"),
                  r.all());
  }
}

TEST_CASE("a checklist built from a moved tree, which is freed as it is read, is the same")
{
  const std::string text = with_header("sections:\n"
                                       "  - id: s\n"
                                       "    title: S\n"
                                       "    items:\n"
                                       "      - {id: a, text: A, tags: [x]}\n"
                                       "      - {id: b, text: B, replaces: [old-b]}\n"
                                       "  - id: t\n"
                                       "    title: T\n"
                                       "    items:\n"
                                       "      - {id: c, text: C}\n");
  ftsu::core::DiagnosticSink sink("c.yaml");
  auto root = ftsu::core::yaml::parse(text, sink);
  REQUIRE(root);
  const auto kept = ftsu::core::build_checklist(*root, sink, "c.yaml");
  const auto moved = ftsu::core::build_checklist(std::move(*root), sink, "c.yaml");
  const auto from_text = ftsu::core::load_checklist(std::string(text), sink, "c.yaml");
  REQUIRE(kept);
  for (const auto& checklist : {moved, from_text}) {
    REQUIRE(checklist);
    CHECK(checklist->item_ids() == kept->item_ids());
    REQUIRE(checklist->sections.size() == 2);
    CHECK(checklist->sections[1].title == "T");
    CHECK(checklist->find_item("b")->replaces == std::vector<std::string>{"old-b"});
    CHECK(checklist->find_item("c")->text == "C");
    CHECK(checklist->item_index.size() == 3);
  }
}

TEST_CASE("errors in later sections are reported the same when the tree is freed as it is read")
{
  // A repeated id names the line of the first, in a section already freed.
  const std::string text = with_header("sections:\n"
                                       "  - id: s\n"
                                       "    title: S\n"
                                       "    items:\n"
                                       "      - {id: a, text: A}\n"
                                       "  - id: s\n"
                                       "    title: \"\"\n"
                                       "    items:\n"
                                       "      - {id: a, text: A, bogus: 1}\n");
  const auto messages = [&](bool moved) {
    ftsu::core::DiagnosticSink sink("c.yaml");
    auto root = ftsu::core::yaml::parse(text, sink);
    REQUIRE(root);
    const auto checklist = moved ? ftsu::core::build_checklist(std::move(*root), sink, "c.yaml")
                                 : ftsu::core::build_checklist(*root, sink, "c.yaml");
    CHECK_FALSE(checklist);
    return ftsu::test::formatted(sink);
  };
  const auto kept = messages(false);
  CHECK(kept.size() >= 4);
  CHECK(messages(true) == kept);
}
