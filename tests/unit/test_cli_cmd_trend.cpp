#include <doctest/doctest.h>

#include "cli_run.hpp"

using ftsu::test::has;
using ftsu::test::MemoryFileSystem;
using ftsu::test::run_cli;

TEST_CASE("trend: periods from the file system")
{
  MemoryFileSystem fs;
  fs.add_file("a.yaml", ftsu::test::example("example-trust-2023-24.yaml"));
  fs.add_file("b.yaml", ftsu::test::example("example-trust-2024-25.yaml"));
  fs.add_file("policy.yaml", ftsu::test::example("example-trust-policy-2025-26.yaml"));
  SUBCASE("text with both periods")
  {
    const auto ran = run_cli(fs, {"trend", "b.yaml", "a.yaml", "--format", "text", "-q"});
    CHECK(ran.code == 0);
    const auto& out = fs.standard_output;
    CHECK(has(out, "2023/24  2024/25"));
    CHECK(has(out, "39.2     60.3"));
  }
  SUBCASE("csv into -o")
  {
    CHECK(run_cli(fs, {"trend", "a.yaml", "b.yaml", "-o", "t.csv"}).code == 0);
    REQUIRE(fs.content("t.csv"));
    CHECK(has(*fs.content("t.csv"), "2024/25"));
  }
  SUBCASE("another checklist is refused")
  {
    const auto ran = run_cli(fs, {"trend", "a.yaml", "policy.yaml"});
    CHECK(ran.code == ftsu::test::k_invalid_input);
    CHECK(has(ran.error, "a trend follows one checklist"));
  }
  SUBCASE("a missing file")
  {
    const auto ran = run_cli(fs, {"trend", "a.yaml", "gone.yaml"});
    CHECK(ran.code == ftsu::test::k_io_error);
    CHECK(has(ran.error, "gone.yaml"));
  }
}
