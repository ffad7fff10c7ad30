#include <doctest/doctest.h>

#include "cli_run.hpp"

using ftsu::test::has;
using ftsu::test::MemoryFileSystem;
using ftsu::test::run_cli;

TEST_CASE("__complete: candidates from the catalog and the file system")
{
  MemoryFileSystem fs;
  SUBCASE("a checklist id")
  {
    CHECK(run_cli(fs, {"__complete", "show", "ngo"}).code == 0);
    CHECK(fs.standard_output == "ngo-case-reviews\n:files\n");
  }
  SUBCASE("the sections of the checklist the answers file in -o names")
  {
    fs.add_file("a.yaml", ftsu::test::example("example-trust-2024-25.yaml"));
    CHECK(run_cli(fs, {"__complete", "assess", "-o", "a.yaml", "--section", ""}).code == 0);
    CHECK(has(fs.standard_output, "barriers\n"));
    CHECK(fs.reads == std::vector<std::string>{"a.yaml"});
  }
  SUBCASE("an answers file that is not there: every checklist's sections, no error")
  {
    const auto ran = run_cli(fs, {"__complete", "assess", "-o", "gone.yaml", "--section", "barr"});
    CHECK(ran.code == 0);
    CHECK(ran.error.empty());
    CHECK(fs.standard_output == "barriers\n");
  }
}

TEST_CASE("__complete: a command's own commands and their options (actions update)")
{
  MemoryFileSystem fs;
  SUBCASE("the commands of actions, then files")
  {
    CHECK(run_cli(fs, {"__complete", "actions", ""}).code == 0);
    CHECK(fs.standard_output == "done\nnote\ndue\ndrop\nstart\nupdate\n:files\n");
  }
  SUBCASE("a command's options")
  {
    CHECK(run_cli(fs, {"__complete", "actions", "due", "a.yaml", "x", "--r"}).code == 0);
    CHECK(fs.standard_output == "--reason\n");
  }
  SUBCASE("after a file, no commands")
  {
    CHECK(run_cli(fs, {"__complete", "actions", "a.yaml", "u"}).code == 0);
    CHECK(fs.standard_output == ":files\n");
  }
}
