#include <doctest/doctest.h>

#include "cli_run.hpp"

using ftsu::test::has;
using ftsu::test::MemoryFileSystem;
using ftsu::test::run_cli;

TEST_CASE("merge: respondents' files into one, through the file system")
{
  MemoryFileSystem fs;
  fs.add_file("g.yaml", ftsu::test::example("example-trust-2025-26-guardian.yaml"));
  fs.add_file("e.yaml", ftsu::test::example("example-trust-2025-26-exec-lead.yaml"));
  fs.add_file("n.yaml", ftsu::test::example("example-trust-2025-26-ned.yaml"));
  fs.add_file("policy.yaml", ftsu::test::example("example-trust-policy-2025-26.yaml"));
  SUBCASE("the merged file, then a report of it")
  {
    const auto ran =
        run_cli(fs, {"merge", "g.yaml", "e.yaml", "n.yaml", "--rule", "median", "-o", "m.yaml"});
    CHECK(ran.code == 0);
    const auto merged = fs.content("m.yaml");
    REQUIRE(merged);
    CHECK(has(*merged, "merge_rule: median"));
    CHECK(has(*merged, "respondents:"));
    CHECK(run_cli(fs, {"report", "m.yaml", "--format", "json"}).code == 0);
    CHECK(has(fs.standard_output, "\"disagreements\""));
  }
  SUBCASE("files of two checklists are refused; nothing is written")
  {
    const auto ran = run_cli(fs, {"merge", "g.yaml", "policy.yaml", "-o", "m.yaml"});
    CHECK(ran.code == ftsu::test::k_invalid_input);
    CHECK(has(ran.error, "merge takes the answers of one checklist version"));
    CHECK_FALSE(fs.content("m.yaml"));
  }
  SUBCASE("-o is required")
  {
    CHECK(run_cli(fs, {"merge", "g.yaml", "e.yaml"}).code == ftsu::test::k_usage);
  }
}
