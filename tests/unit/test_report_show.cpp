// Tests for src/ftsu/report/show*.cpp: the checklist made readable.
#include <ftsu/core/checklist_loader.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/report/show.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include "testutil.hpp"


namespace {

ftsu::core::ChecklistPtr
hostile_checklist()
{
  const auto r = ftsu::test::load_from_string(R"Y(format: ftsu-gap/checklist/v1
id: h
version: "1"
title: "Title with <b>bold</b> and a | pipe"
sources:
  - {id: s, title: "Source *star*", url: "javascript:alert(1)"}
sections:
  - id: s1
    title: "# heading?"
    items:
      - id: a
        text: "Escape \e[2J here | and <script>x</script>"
        guidance: "line one\nline two"
        evidence: ["=HYPERLINK(\"http://x\")"]
        sources: [{source: s, ref: "p. 4"}]
)Y");
  REQUIRE_MESSAGE(r.checklist, r.all());
  return r.checklist;
}

} // namespace

TEST_CASE("show text wraps and makes control characters visible")
{
  const auto c = hostile_checklist();
  const std::string out = ftsu::report::show_text(*c, 60);
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(out.find("\\x1b[2J") != std::string::npos);
  for (const auto& line : ftsu::util::split(out, '\n')) {
    CHECK(ftsu::util::display_width(line) <= 60);
  }
}

TEST_CASE("show markdown escapes what Markdown and HTML would interpret")
{
  const auto c = hostile_checklist();
  const std::string out = ftsu::report::show_markdown(*c);
  CHECK(out.find("<script>") == std::string::npos);
  CHECK(out.find("<b>") == std::string::npos);
  CHECK(out.find("&lt;script&gt;") != std::string::npos);
  CHECK(out.find("\\| and") != std::string::npos);
  CHECK(out.find("## 1. \\# heading?") != std::string::npos);
  CHECK(out.find("javascript:") != std::string::npos);  // shown as text
  CHECK(out.find("<javascript:") == std::string::npos); // never as a link
}

TEST_CASE("show json is itself a valid checklist")
{
  const auto c = ftsu::test::load_from_string(ftsu::test::small_checklist()).checklist;
  REQUIRE(c);
  const std::string json = ftsu::report::show_json(*c);
  const auto again = ftsu::test::load_from_string(json);
  REQUIRE_MESSAGE(again.checklist, again.all());
  CHECK(again.checklist->item_ids() == c->item_ids());
  CHECK(again.checklist->find_item("b")->weight == 2.0);
  CHECK(again.checklist->find_item("b")->mandatory);
}

TEST_CASE("show writes text, markdown and json, and no other format")
{
  const auto table = ftsu::report::show_formats();
  REQUIRE(table.size() == 3);
  CHECK(table[0].name == "text");
  CHECK(ftsu::report::find_format(table, "csv") == nullptr);
  CHECK(ftsu::report::find_format(table, "markdown") != nullptr);
}

TEST_CASE("show marks an item tagged inferred, in text and Markdown, and only that item")
{
  const auto r = ftsu::test::load_from_string(R"Y(format: ftsu-gap/checklist/v1
id: t
version: "1"
title: T
profiles: [{key: primary-care, label: Primary care}]
sources: [{id: s, title: S, url: "https://example.org/"}]
sections:
  - id: s1
    title: One
    items:
      - id: inferred-from-a-finding-with-a-rather-long-identifier
        text: An inferred item.
        sources: [{source: s, ref: "inferred good practice"}]
        profiles: [primary-care]
        tags: [x, inferred]
      - id: checked
        text: A checked item.
        sources: [{source: s, ref: "p. 1"}]
        weight: 3
)Y");
  REQUIRE_MESSAGE(r.checklist, r.all());
  const std::string wide = ftsu::report::show_text(*r.checklist, 200);
  CHECK(wide.find("rather-long-identifier  (weight 1 · inferred good practice · only for "
                  "primary-care)")
        != std::string::npos);
  CHECK(wide.find("checked  (weight 3)\n") != std::string::npos);
  const std::string text = ftsu::report::show_text(*r.checklist, 60);
  CHECK(text.find("rather-long-identifier\n      (weight 1 · inferred good practice")
        != std::string::npos);
  for (const auto& line : ftsu::util::split(text, '\n')) {
    CHECK(ftsu::util::display_width(line) <= 60); // long facts go to their own line
  }
  const std::string md = ftsu::report::show_markdown(*r.checklist);
  CHECK(md.find("*inferred good practice*") != std::string::npos);
  CHECK(md.find("`checked` · weight 3\n") != std::string::npos);
}
