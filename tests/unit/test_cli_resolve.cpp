#include <ftsu/cli/platform.hpp>
#include <ftsu/cli/resolve.hpp>
#include <ftsu/core/catalog.hpp>
#include <ftsu/core/error.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <string>

#include "memory_file_system.hpp"
#include "testutil.hpp"

namespace {

using ftsu::test::MemoryFileSystem;

// A checklist file with `id`, `version` and `title`, else as small_checklist.
std::string
checklist_text(const std::string& id, const std::string& version, const std::string& title)
{
  std::string text = ftsu::test::small_checklist();
  const auto replace = [&text](const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
  };
  replace("id: small\n", "id: " + id + "\n");
  replace("version: \"1.0\"\n", "version: \"" + version + "\"\n");
  replace("title: Small\n", "title: " + title + "\n");
  return text;
}

std::string
origin(const ftsu::core::Catalog& catalog, const std::string& id, const std::string& version)
{
  const auto* entry = catalog.find(id, version);
  REQUIRE(entry != nullptr);
  return entry->origin;
}

std::ptrdiff_t
count(const std::vector<std::string>& paths, const std::string& path)
{
  return std::count(paths.begin(), paths.end(), path);
}

} // namespace

TEST_CASE("read_catalog: bundled checklists by id and id@version")
{
  MemoryFileSystem fs;
  const auto catalog = ftsu::cli::read_catalog(fs, {}, std::nullopt);
  const auto* newest = catalog.find("ftsu-policy-2022", std::nullopt);
  REQUIRE(newest != nullptr);
  CHECK(newest->bundled);
  CHECK(newest->version == "2027.1");
  const auto [id, version] = ftsu::core::split_checklist_spec("ftsu-policy-2022@2026.1");
  const auto* older = catalog.find(id, version);
  REQUIRE(older != nullptr);
  CHECK(older->version == "2026.1");
  CHECK(older->origin == "bundled:ftsu-policy-2022@2026.1");
  CHECK(catalog.find("ftsu-policy-2022", std::string_view("1999.1")) == nullptr);
  CHECK(fs.reads.empty());
  CHECK(fs.lists.empty());
}

TEST_CASE("read_catalog: --checklist-dir before FTSU_GAP_CHECKLISTS before bundled")
{
  // The separator of FTSU_GAP_CHECKLISTS: ':', or ';' on Windows.
  const char sep = ftsu::cli::path_list_separator();
  MemoryFileSystem fs;
  fs.add_file("/dir/a.yaml", checklist_text("local", "1.0", "From dir"));
  fs.add_file("/dir/policy.yaml", checklist_text("ftsu-policy-2022", "2026.1", "Dir policy"));
  fs.add_file("/env/b.yaml", checklist_text("local", "1.0", "From env"));
  fs.add_file("/env/c.yaml", checklist_text("env-only", "2.0", "Env only"));
  fs.add_file("/env2/d.yaml", checklist_text("env-two", "1.0", "Second env folder"));

  SUBCASE("both")
  {
    const auto catalog =
        ftsu::cli::read_catalog(fs, {"/dir"}, std::string("/env") + sep + sep + "/env2");
    CHECK(origin(catalog, "local", "1.0") == "/dir/a.yaml");
    CHECK(origin(catalog, "env-only", "2.0") == "/env/c.yaml");
    CHECK(origin(catalog, "env-two", "1.0") == "/env2/d.yaml");
    // A folder's file shadows the bundled checklist of the same id and version.
    CHECK(origin(catalog, "ftsu-policy-2022", "2026.1") == "/dir/policy.yaml");
    CHECK(catalog.find("ftsu-policy-2022", std::string_view("2026.2"))->bundled);
  }
  SUBCASE("environment only")
  {
    const auto catalog = ftsu::cli::read_catalog(fs, {}, std::string("/env"));
    CHECK(origin(catalog, "local", "1.0") == "/env/b.yaml");
    CHECK(catalog.find("env-two", std::nullopt) == nullptr);
    CHECK(catalog.find("ftsu-policy-2022", std::string_view("2026.1"))->bundled);
  }
  SUBCASE("a missing folder in FTSU_GAP_CHECKLISTS is skipped")
  {
    const auto catalog = ftsu::cli::read_catalog(fs, {}, std::string("/nowhere") + sep + "/env2");
    CHECK(origin(catalog, "env-two", "1.0") == "/env2/d.yaml");
  }
  SUBCASE("a missing --checklist-dir is refused")
  {
    try {
      (void)ftsu::cli::read_catalog(fs, {"/nowhere"}, std::nullopt);
      FAIL("no error");
    } catch (const ftsu::core::Error& error) {
      CHECK(error.code() == ftsu::core::ExitCode::io_error);
      CHECK(std::string(error.what()) == "/nowhere: --checklist-dir must be a folder");
    }
    CHECK_THROWS_AS((void)ftsu::cli::read_catalog(fs, {"/dir/a.yaml"}, std::nullopt),
                    ftsu::core::Error);
  }
}

TEST_CASE("read_catalog: what a folder holds besides checklists")
{
  MemoryFileSystem fs;
  fs.add_file("/dir/good.yml", checklist_text("good", "1.0", "Good"));
  fs.add_file("/dir/broken.yaml", "format: ftsu-gap/checklist/v1\nid: [unclosed\n");
  fs.add_file("/dir/answers.yaml", "format: ftsu-gap/answers/v1\nchecklist: good\n");
  fs.add_file("/dir/unreadable.yaml", checklist_text("unreadable", "1.0", "Unreadable"));
  fs.make_unreadable("/dir/unreadable.yaml");
  fs.add_file("/dir/notes.txt", checklist_text("text", "1.0", "Not YAML by name"));
  fs.add_file("/dir/sub/nested.yaml", checklist_text("nested", "1.0", "One level down"));
  fs.add_file("/dir/sub/deeper/too-deep.yaml", checklist_text("deep", "1.0", "Two down"));

  const auto catalog = ftsu::cli::read_catalog(fs, {"/dir"}, std::nullopt);
  CHECK(origin(catalog, "good", "1.0") == "/dir/good.yml");
  CHECK(origin(catalog, "nested", "1.0") == "/dir/sub/nested.yaml");
  CHECK(catalog.find("unreadable", std::nullopt) == nullptr);
  CHECK(catalog.find("text", std::nullopt) == nullptr);
  CHECK(catalog.find("deep", std::nullopt) == nullptr);
  // Only YAML names are read, each once; the folder too deep is not listed.
  CHECK(count(fs.reads, "/dir/good.yml") == 1);
  CHECK(count(fs.reads, "/dir/broken.yaml") == 1);
  CHECK(count(fs.reads, "/dir/notes.txt") == 0);
  CHECK(count(fs.reads, "/dir/sub/deeper/too-deep.yaml") == 0);
  CHECK(count(fs.lists, "/dir") == 1);
  CHECK(count(fs.lists, "/dir/sub") == 1);
  CHECK(count(fs.lists, "/dir/sub/deeper") == 0);
}

TEST_CASE("read_catalog: a broken checklist in a folder is found, and fails when loaded")
{
  MemoryFileSystem fs;
  // Well-formed YAML with the checklist's format, id and version, but an item
  // without its text: listed in the catalog, refused by the loader.
  std::string text = checklist_text("half", "1.0", "Half");
  const auto at = text.find("        text: A is done.\n");
  REQUIRE(at != std::string::npos);
  text.erase(at, std::string("        text: A is done.\n").size());
  fs.add_file("/dir/half.yaml", text);
  const auto catalog = ftsu::cli::read_catalog(fs, {"/dir"}, std::nullopt);
  const auto* entry = catalog.find("half", std::nullopt);
  REQUIRE(entry != nullptr);
  ftsu::core::DiagnosticSink sink(entry->origin);
  CHECK(ftsu::core::load_entry(*entry, sink) == nullptr);
  const auto messages = ftsu::test::formatted(sink);
  REQUIRE_FALSE(messages.empty());
  CHECK(messages.front()
        == "ftsu-gap: error: /dir/half.yaml:15:9: item 'a' has no 'text'; it needs some text");
}

TEST_CASE("ChecklistResolver::looks_like_path: a file name, not an id")
{
  MemoryFileSystem fs;
  fs.add_file("plain", "");
  ftsu::cli::ChecklistResolver checklists(fs, std::nullopt);
  CHECK(checklists.looks_like_path("dir/x"));
  CHECK(checklists.looks_like_path("x.yaml"));
  CHECK(checklists.looks_like_path("x.yml"));
  CHECK(checklists.looks_like_path("-"));
  CHECK(checklists.looks_like_path("plain"));
  CHECK_FALSE(checklists.looks_like_path("ftsu-policy-2022"));
  CHECK_FALSE(checklists.looks_like_path("ftsu-policy-2022@2026.1"));
}

TEST_CASE("ChecklistResolver::resolve: a bundled id, id@version and an unknown id")
{
  MemoryFileSystem fs;
  ftsu::cli::ChecklistResolver checklists(fs, std::nullopt);
  CHECK(checklists.resolve("ftsu-policy-2022", {})->version == "2027.1");
  CHECK(checklists.resolve("ftsu-policy-2022@2026.1", {})->version == "2026.1");
  try {
    (void)checklists.resolve("ftsu-policy-2021", {});
    FAIL("no error");
  } catch (const ftsu::core::Error& error) {
    CHECK(error.code() == ftsu::core::ExitCode::usage);
    CHECK(std::string(error.what()).find("did you mean 'ftsu-policy-2022'?") != std::string::npos);
  }
  try {
    (void)checklists.resolve("ftsu-policy-2022@1999.1", {});
    FAIL("no error");
  } catch (const ftsu::core::Error& error) {
    CHECK(error.code() == ftsu::core::ExitCode::usage);
    CHECK(std::string(error.what())
          == "checklist 'ftsu-policy-2022' has no version '1999.1'; known versions: 2026.1, "
             "2026.2, 2027.1");
  }
}

TEST_CASE("ChecklistResolver::resolve: a checklist file is loaded once per run")
{
  // diff, trend and report --compare resolve --checklist FILE for every
  // answers file; one load serves them all (and standard input, which can
  // be read only once). Another run (another resolver) reads it afresh.
  MemoryFileSystem fs;
  fs.add_file("dir/once.yaml", checklist_text("once", "1", "Once"));
  ftsu::cli::ChecklistResolver checklists(fs, std::nullopt);
  const auto first = checklists.resolve("dir/once.yaml", {});
  const auto second = checklists.resolve("dir/once.yaml", {});
  CHECK(first == second);
  CHECK(first->title == "Once");
  CHECK(count(fs.reads, "dir/once.yaml") == 1);
  fs.add_file("dir/once.yaml", checklist_text("once", "1", "Changed, so longer"));
  ftsu::cli::ChecklistResolver next_run(fs, std::nullopt);
  const auto third = next_run.resolve("dir/once.yaml", {});
  CHECK(third != first);
  CHECK(third->title == "Changed, so longer");
}

TEST_CASE("ChecklistResolver: the catalog of each --checklist-dir list is read once per run")
{
  MemoryFileSystem fs;
  fs.add_file("/dir/a.yaml", checklist_text("local", "1.0", "From dir"));
  ftsu::cli::ChecklistResolver checklists(fs, std::nullopt);
  CHECK(checklists.resolve("local", {"/dir"})->title == "From dir");
  CHECK(checklists.resolve("local@1.0", {"/dir"})->title == "From dir");
  CHECK(&checklists.catalog({"/dir"}) == &checklists.catalog({"/dir"}));
  CHECK(count(fs.lists, "/dir") == 1);
  CHECK(count(fs.reads, "/dir/a.yaml") == 1);
  CHECK_THROWS_AS((void)checklists.resolve("local", {}), ftsu::core::Error);
}
