#include <doctest/doctest.h>

#include "cli_run.hpp"
#include "testutil.hpp"

using ftsu::test::has;
using ftsu::test::MemoryFileSystem;
using ftsu::test::run_cli;

TEST_CASE("list: the bundled checklists and those of --checklist-dir")
{
  MemoryFileSystem fs;
  SUBCASE("bundled")
  {
    CHECK(run_cli(fs, {"list"}).code == 0);
    CHECK(fs.standard_output.rfind("ID ", 0) == 0);
    CHECK(has(fs.standard_output, "ftsu-policy-2022    2026.1      44"));
  }
  SUBCASE("a folder's checklist comes first")
  {
    fs.add_file("mine/small.yaml", ftsu::test::small_checklist());
    CHECK(run_cli(fs, {"list", "--checklist-dir", "mine"}).code == 0);
    CHECK(has(fs.standard_output, "\nsmall "));
    CHECK(fs.lists == std::vector<std::string>{"mine"});
  }
  SUBCASE("a --checklist-dir that is not a folder")
  {
    const auto ran = run_cli(fs, {"list", "--checklist-dir", "nowhere"});
    CHECK(ran.code == ftsu::test::k_io_error);
    CHECK(ran.error == "nowhere: --checklist-dir must be a folder");
  }
}
