// Tests for src/ftsu/core/catalog.cpp and the bundled checklists it serves.
#include <ftsu/core/bundled.hpp>
#include <ftsu/core/catalog.hpp>

#include "testutil.hpp"

using namespace ftsu::core;

TEST_CASE("id@version specs")
{
  CHECK(split_checklist_spec("ngo-case-reviews").second == std::nullopt);
  CHECK(split_checklist_spec("ngo-case-reviews@2026.1").first == "ngo-case-reviews");
  CHECK(split_checklist_spec("ngo-case-reviews@2026.1").second == "2026.1");
}

TEST_CASE("the catalog finds an exact version or the highest")
{
  Catalog catalog;
  const auto file = [](std::string_view version) {
    return fmt::format(
        "format: ftsu-gap/checklist/v1\nid: loc\nversion: \"{}\"\ntitle: L\n"
        "sections:\n  - id: s\n    title: S\n    items:\n      - {{id: a, text: A}}\n",
        version);
  };
  CHECK(catalog.add_file("dir/a.yaml", file("2026.2")));
  CHECK(catalog.add_file("dir/b.yaml", file("2026.10")));
  CHECK_FALSE(catalog.add_file("dir/c.yaml", "format: ftsu-gap/answers/v1\n"));
  CHECK_FALSE(catalog.add_file("dir/d.yaml", "[not yaml"));
  CHECK(catalog.find("loc", std::nullopt)->version == "2026.10");
  CHECK(catalog.find("loc", "2026.2")->origin == "dir/a.yaml");
  CHECK(catalog.find("loc", "9") == nullptr);
  CHECK(catalog.versions("loc") == std::vector<std::string>{"2026.2", "2026.10"});
}

TEST_CASE("every bundled checklist loads and matches its path")
{
  Catalog catalog;
  catalog.add_bundled();
  REQUIRE(catalog.entries().size() == bundled_files().size());
  REQUIRE(catalog.entries().size() >= 3);
  for (const auto* entry : catalog.entries()) {
    CAPTURE(entry->origin);
    DiagnosticSink sink(entry->origin);
    const auto checklist = load_entry(*entry, sink);
    CHECK_MESSAGE(checklist, ftsu::test::formatted(sink).front());
  }
}
