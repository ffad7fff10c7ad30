#include <doctest/doctest.h>

#include "cli_run.hpp"

using ftsu::test::has;
using ftsu::test::MemoryFileSystem;
using ftsu::test::run_cli;

TEST_CASE("actions: the open actions of files in the file system")
{
  MemoryFileSystem fs;
  fs.add_file("y/a.yaml", ftsu::test::example("example-trust-2024-25.yaml"));
  SUBCASE("text to standard output")
  {
    CHECK(run_cli(fs, {"actions", "y/a.yaml", "--format", "text"}).code == 0);
    CHECK(has(fs.standard_output, "Open actions: 35 (none overdue) across 1 file"));
  }
  SUBCASE("the same file given twice counts once")
  {
    CHECK(run_cli(fs, {"actions", "y/a.yaml", "./y/a.yaml", "--format", "text", "-q"}).code == 0);
    CHECK(has(fs.standard_output, "across 1 file"));
    CHECK(fs.reads == std::vector<std::string>{"y/a.yaml"});
  }
  SUBCASE("csv into -o")
  {
    CHECK(run_cli(fs, {"actions", "y/a.yaml", "-o", "plan.csv"}).code == 0);
    REQUIRE(fs.content("plan.csv"));
    CHECK(fs.content("plan.csv")->size() > 100);
  }
  SUBCASE("--owner needs a name")
  {
    const auto ran = run_cli(fs, {"actions", "y/a.yaml", "--owner", " "});
    CHECK(ran.code == ftsu::test::k_usage);
    CHECK(ran.error == "--owner needs a name");
  }
  SUBCASE("an unreadable file")
  {
    fs.make_unreadable("y/a.yaml");
    CHECK(run_cli(fs, {"actions", "y/a.yaml"}).code == ftsu::test::k_io_error);
  }
}
