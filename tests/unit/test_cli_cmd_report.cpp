#include <doctest/doctest.h>

#include "cli_run.hpp"

namespace {

using ftsu::test::has;
using ftsu::test::MemoryFileSystem;
using ftsu::test::run_cli;

// Fills `fs` with last year's and this year's example answers.
void
two_years(MemoryFileSystem& fs)
{
  fs.add_file("in/last.yaml", ftsu::test::example("example-trust-2023-24.yaml"));
  fs.add_file("in/this.yaml", ftsu::test::example("example-trust-2024-25.yaml"));
  REQUIRE(fs.content("in/this.yaml")->size() > 1000);
}

} // namespace

TEST_CASE("report: -o writes the report into the file system")
{
  MemoryFileSystem fs;
  two_years(fs);
  SUBCASE("markdown, chosen by the name")
  {
    const auto ran = run_cli(fs, {"report", "in/this.yaml", "-o", "out/report.md"});
    CHECK(ran.code == 0);
    CHECK(ran.error.empty());
    const auto text = fs.content("out/report.md");
    REQUIRE(text);
    CHECK(text->rfind("# Example Community Health NHS Trust: Learning from NGO case reviews", 0)
          == 0);
    CHECK(has(*text, "`ngo-case-reviews` version 2026.1"));
    CHECK(fs.standard_output.empty());
    CHECK(fs.writes == std::vector<std::string>{"out/report.md"});
  }
  SUBCASE("json to standard output")
  {
    const auto ran = run_cli(fs, {"report", "in/this.yaml", "--format", "json"});
    CHECK(ran.code == 0);
    CHECK(has(fs.standard_output, "\"format\": \"ftsu-gap/report/v1\""));
    CHECK(has(fs.standard_output, "\"period\": \"2024/25\""));
    CHECK(fs.writes.empty());
  }
  SUBCASE("xlsx: a zip archive, through the file system")
  {
    const auto ran = run_cli(fs, {"report", "in/this.yaml", "-o", "out/plan.xlsx"});
    CHECK(ran.code == 0);
    const auto bytes = fs.content("out/plan.xlsx");
    REQUIRE(bytes);
    CHECK(bytes->rfind("PK", 0) == 0);
  }
  SUBCASE("--compare reads both files")
  {
    const auto ran = run_cli(
        fs, {"report", "in/this.yaml", "--compare", "in/last.yaml", "-o", "out/report.html"});
    CHECK(ran.code == 0);
    CHECK(has(*fs.content("out/report.html"), "2023/24"));
    CHECK(fs.reads == std::vector<std::string>{"in/this.yaml", "in/last.yaml"});
  }
}

TEST_CASE("report: failures and gates")
{
  MemoryFileSystem fs;
  two_years(fs);
  SUBCASE("a missing answers file is an input/output error naming it")
  {
    const auto ran = run_cli(fs, {"report", "in/missing.yaml", "-o", "out.md"});
    CHECK(ran.code == ftsu::test::k_io_error);
    CHECK(has(ran.error, "in/missing.yaml"));
    CHECK_FALSE(fs.content("out.md"));
  }
  SUBCASE("a failed gate exits 1 after writing the report")
  {
    const auto ran = run_cli(fs, {"report", "in/this.yaml", "--fail-under", "99", "-o", "r.md"});
    CHECK(ran.code == ftsu::test::k_gate_failed);
    CHECK(fs.content("r.md"));
  }
  SUBCASE("--compare with text is a usage error naming diff")
  {
    const auto ran =
        run_cli(fs, {"report", "in/this.yaml", "--compare", "in/last.yaml", "--format", "text"});
    CHECK(ran.code == ftsu::test::k_usage);
    CHECK(has(ran.error, "ftsu-gap diff in/last.yaml in/this.yaml --format text"));
  }
  SUBCASE("LAST newer than ANSWERS is refused")
  {
    const auto ran =
        run_cli(fs, {"report", "in/last.yaml", "--compare", "in/this.yaml", "-o", "r.md"});
    CHECK(ran.code == ftsu::test::k_usage);
    CHECK(has(ran.error, "--allow-reverse"));
  }
  SUBCASE("a write that fails leaves nothing")
  {
    fs.fail_writes();
    const auto ran = run_cli(fs, {"report", "in/this.yaml", "-o", "r.md"});
    CHECK(ran.code == ftsu::test::k_io_error);
    CHECK_FALSE(fs.content("r.md"));
  }
  SUBCASE("an answers file that does not load is invalid input, with its line")
  {
    fs.add_file("bad.yaml", "format: ftsu-gap/answers/v1\nchecklist: [\n");
    const auto ran = run_cli(fs, {"report", "bad.yaml"});
    CHECK(ran.code == ftsu::test::k_invalid_input);
    CHECK(has(ran.error, "bad.yaml:"));
  }
}
