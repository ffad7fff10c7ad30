#include <doctest/doctest.h>

#include "cli_run.hpp"

using ftsu::test::has;
using ftsu::test::MemoryFileSystem;
using ftsu::test::run_cli;

TEST_CASE("diff: two years from the file system")
{
  MemoryFileSystem fs;
  fs.add_file("last.yaml", ftsu::test::example("example-trust-2023-24.yaml"));
  fs.add_file("this.yaml", ftsu::test::example("example-trust-2024-25.yaml"));
  fs.add_file("policy.yaml", ftsu::test::example("example-trust-policy-2025-26.yaml"));
  SUBCASE("text to standard output")
  {
    const auto ran = run_cli(fs, {"diff", "last.yaml", "this.yaml", "--format", "text"});
    CHECK(ran.code == 0);
    CHECK(has(fs.standard_output, "2023/24 -> 2024/25"));
    CHECK(has(fs.standard_output, "39.2% -> 60.3% (+21.1 points)"));
  }
  SUBCASE("json into -o")
  {
    const auto ran = run_cli(fs, {"diff", "last.yaml", "this.yaml", "-o", "d/changes.json"});
    CHECK(ran.code == 0);
    REQUIRE(fs.content("d/changes.json"));
    CHECK(has(*fs.content("d/changes.json"), "\"regressed\""));
  }
  SUBCASE("the files in the wrong order are refused")
  {
    const auto ran = run_cli(fs, {"diff", "this.yaml", "last.yaml"});
    CHECK(ran.code == ftsu::test::k_usage);
    CHECK(has(ran.error, "diff takes the older file first"));
  }
  SUBCASE("two checklists are refused")
  {
    const auto ran = run_cli(fs, {"diff", "last.yaml", "policy.yaml"});
    CHECK(ran.code == ftsu::test::k_invalid_input);
    CHECK(has(ran.error, "diff compares two assessments against the same checklist"));
  }
  SUBCASE("'-' twice is a usage error")
  {
    CHECK(run_cli(fs, {"diff", "-", "-"}).code == ftsu::test::k_usage);
  }
}
