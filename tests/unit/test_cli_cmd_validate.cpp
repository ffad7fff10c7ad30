#include <doctest/doctest.h>

#include "cli_run.hpp"
#include "testutil.hpp"

using ftsu::test::has;
using ftsu::test::MemoryFileSystem;
using ftsu::test::run_cli;

TEST_CASE("validate: files from the file system, each reported in order")
{
  MemoryFileSystem fs;
  fs.add_file("a.yaml", ftsu::test::example("example-trust-2024-25.yaml"));
  fs.add_file("list.yaml", ftsu::test::small_checklist());
  fs.add_file("-", ftsu::test::example("example-trust-2023-24.yaml"));
  SUBCASE("valid files, one read from standard input")
  {
    CHECK(run_cli(fs, {"validate", "a.yaml", "list.yaml", "-", "--jobs", "2"}).code == 0);
    CHECK(fs.standard_output
          == "a.yaml: ok: answers for ngo-case-reviews 2026.1 (48 of 48 items answered)\n"
             "list.yaml: ok: checklist small 1.0 (3 items in 2 sections)\n"
             "<stdin>: ok: answers for ngo-case-reviews 2026.1 (38 of 48 items answered)\n");
  }
  SUBCASE("an invalid file exits 3; the valid one is still reported")
  {
    fs.add_file("bad.yaml",
                "format: ftsu-gap/answers/v1\nchecklist: ngo-case-reviews\n"
                "answers: 3\n");
    CHECK(run_cli(fs, {"validate", "bad.yaml", "a.yaml"}).code == ftsu::test::k_invalid_input);
    CHECK(has(fs.standard_output, "a.yaml: ok:"));
    CHECK_FALSE(has(fs.standard_output, "bad.yaml"));
  }
  SUBCASE("a file that cannot be read exits 4")
  {
    CHECK(run_cli(fs, {"validate", "a.yaml", "gone.yaml"}).code == ftsu::test::k_io_error);
    CHECK(fs.standard_output.rfind("a.yaml: ok:", 0) == 0);
  }
}
