#include <doctest/doctest.h>

#include "cli_run.hpp"

using ftsu::test::has;
using ftsu::test::MemoryFileSystem;
using ftsu::test::run_cli;

TEST_CASE("init: writes a new answers file into the file system")
{
  MemoryFileSystem fs;
  SUBCASE("a bundled checklist")
  {
    const auto ran = run_cli(
        fs,
        {"init", "ngo-case-reviews@2026.1", "-o", "y/new.yaml", "--organisation", "Trust", "-q"});
    CHECK(ran.code == 0);
    const auto text = fs.content("y/new.yaml");
    REQUIRE(text);
    CHECK(has(*text, "format: ftsu-gap/answers/v1"));
    CHECK(has(*text, "checklist: ngo-case-reviews"));
    CHECK(has(*text, "organisation: Trust"));
    CHECK(fs.writes == std::vector<std::string>{"y/new.yaml"});
  }
  SUBCASE("--from last year's file, to standard output")
  {
    fs.add_file("last.yaml", ftsu::test::example("example-trust-2024-25.yaml"));
    CHECK(run_cli(fs, {"init", "--from", "last.yaml", "-o", "-"}).code == 0);
    CHECK(has(fs.standard_output, "organisation: Example Community Health NHS Trust"));
    CHECK(has(fs.standard_output, "checklist: ngo-case-reviews"));
  }
}

TEST_CASE("init: what it refuses")
{
  MemoryFileSystem fs;
  fs.add_file("have.yaml", "kept\n");
  SUBCASE("an existing file is never overwritten")
  {
    const auto ran = run_cli(fs, {"init", "ngo-case-reviews", "-o", "have.yaml"});
    CHECK(ran.code == ftsu::test::k_io_error);
    CHECK(has(ran.error, "have.yaml: already exists; init never overwrites a file"));
    CHECK(fs.content("have.yaml") == "kept\n");
  }
  SUBCASE("no checklist and no --from")
  {
    const auto ran = run_cli(fs, {"init", "-o", "new.yaml"});
    CHECK(ran.code == ftsu::test::k_usage);
    CHECK(has(ran.error, "name the checklist"));
  }
  SUBCASE("--from a file that is not there")
  {
    const auto ran = run_cli(fs, {"init", "--from", "gone.yaml", "-o", "new.yaml"});
    CHECK(ran.code == ftsu::test::k_io_error);
    CHECK(has(ran.error, "gone.yaml"));
    CHECK_FALSE(fs.content("new.yaml"));
  }
  SUBCASE("--from another checklist's file")
  {
    fs.add_file("policy.yaml", ftsu::test::example("example-trust-policy-2025-26.yaml"));
    const auto ran =
        run_cli(fs, {"init", "ngo-case-reviews", "--from", "policy.yaml", "-o", "new.yaml"});
    CHECK(ran.code == ftsu::test::k_invalid_input);
    CHECK(has(ran.error, "--from holds answers to checklist 'ftsu-policy-2022'"));
  }
}
