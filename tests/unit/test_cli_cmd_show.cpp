#include <doctest/doctest.h>

#include "cli_run.hpp"
#include "testutil.hpp"

using ftsu::test::has;
using ftsu::test::MemoryFileSystem;
using ftsu::test::run_cli;

TEST_CASE("show: a bundled checklist, and a checklist file in the file system")
{
  MemoryFileSystem fs;
  SUBCASE("a bundled id, text")
  {
    CHECK(run_cli(fs, {"show", "ngo-case-reviews@2026.1", "--format", "text"}).code == 0);
    CHECK(has(fs.standard_output, "Learning from NGO case reviews"));
    CHECK(has(fs.standard_output, "ngo-case-reviews 2026.1"));
    CHECK(fs.reads.empty());
  }
  SUBCASE("a file, into -o as markdown")
  {
    fs.add_file("lists/small.yaml", ftsu::test::small_checklist());
    CHECK(run_cli(fs, {"show", "lists/small.yaml", "-o", "small.md"}).code == 0);
    REQUIRE(fs.content("small.md"));
    CHECK(has(*fs.content("small.md"), "A is done."));
  }
  SUBCASE("an unknown id is a usage error with a suggestion")
  {
    const auto ran = run_cli(fs, {"show", "ngo-case-review"});
    CHECK(ran.code == ftsu::test::k_usage);
    CHECK(has(ran.error, "did you mean 'ngo-case-reviews'?"));
  }
  SUBCASE("a broken checklist file is invalid input")
  {
    fs.add_file("broken.yaml", "format: ftsu-gap/checklist/v1\nid: [\n");
    const auto ran = run_cli(fs, {"show", "broken.yaml"});
    CHECK(ran.code == ftsu::test::k_invalid_input);
    CHECK(has(ran.error, "broken.yaml:"));
  }
}
