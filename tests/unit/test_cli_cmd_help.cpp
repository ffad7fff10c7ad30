#include <doctest/doctest.h>

#include "cli_run.hpp"

using ftsu::test::has;
using ftsu::test::MemoryFileSystem;
using ftsu::test::run_cli;

TEST_CASE("help: the commands, or one command's options, on standard output")
{
  MemoryFileSystem fs;
  SUBCASE("all")
  {
    CHECK(run_cli(fs, {"help"}).code == 0);
    CHECK(has(fs.standard_output, "aggregate"));
    CHECK(has(fs.standard_output, "Exit codes: 0 done"));
  }
  SUBCASE("one command")
  {
    CHECK(run_cli(fs, {"help", "report"}).code == 0);
    CHECK(has(fs.standard_output, "--fail-under"));
  }
  SUBCASE("an unknown command")
  {
    const auto ran = run_cli(fs, {"help", "nope"});
    CHECK(ran.code == ftsu::test::k_usage);
    CHECK(has(ran.error, "unknown command 'nope'"));
    CHECK(fs.standard_output.empty());
  }
}
