#include <doctest/doctest.h>

#include "cli_run.hpp"

using ftsu::test::has;
using ftsu::test::MemoryFileSystem;
using ftsu::test::run_cli;

TEST_CASE("export: a response workbook into the file system")
{
  MemoryFileSystem fs;
  fs.add_file("guardian.yaml", ftsu::test::example("example-trust-2025-26-guardian.yaml"));
  fs.add_file("merged.yaml", ftsu::test::example("example-trust-2025-26-merged.yaml"));
  SUBCASE("a workbook: a zip file")
  {
    const auto ran =
        run_cli(fs, {"export", "guardian.yaml", "-o", "reply.xlsx", "--by", "2026-05-01"});
    CHECK(ran.code == 0);
    REQUIRE(fs.content("reply.xlsx"));
    CHECK(fs.content("reply.xlsx")->starts_with("PK"));
  }
  SUBCASE("a merged file is refused: nothing written")
  {
    const auto ran = run_cli(fs, {"export", "merged.yaml", "-o", "reply.xlsx"});
    CHECK(ran.code == ftsu::test::k_invalid_input);
    CHECK(has(ran.error, "export each respondent's own"));
    CHECK_FALSE(fs.content("reply.xlsx"));
  }
  SUBCASE("a date that is not one")
  {
    const auto ran = run_cli(fs, {"export", "guardian.yaml", "-o", "reply.xlsx", "--by", "soon"});
    CHECK(ran.code == ftsu::test::k_usage);
    CHECK_FALSE(fs.content("reply.xlsx"));
  }
  SUBCASE("a missing answers file")
  {
    const auto ran = run_cli(fs, {"export", "none.yaml", "-o", "reply.xlsx"});
    CHECK(ran.code == ftsu::test::k_io_error);
  }
}
