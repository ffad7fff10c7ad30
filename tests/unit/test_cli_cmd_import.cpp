#include <doctest/doctest.h>

#include "cli_run.hpp"

using ftsu::test::has;
using ftsu::test::MemoryFileSystem;
using ftsu::test::run_cli;

TEST_CASE("import: a workbook back into an answers file, on the file system")
{
  MemoryFileSystem fs;
  fs.add_file("guardian.yaml", ftsu::test::example("example-trust-2025-26-guardian.yaml"));
  REQUIRE(run_cli(fs, {"export", "guardian.yaml", "-o", "reply.xlsx"}).code == 0);
  REQUIRE(fs.content("reply.xlsx"));
  SUBCASE("the round trip keeps the answers")
  {
    const auto ran = run_cli(fs, {"import", "reply.xlsx", "-o", "back.yaml"});
    CHECK(ran.code == 0);
    REQUIRE(fs.content("back.yaml"));
    CHECK(has(*fs.content("back.yaml"), "format: ftsu-gap/answers/v1"));
    // The file read back scores as the original does.
    fs.standard_output.clear();
    REQUIRE(run_cli(fs, {"report", "guardian.yaml", "--format", "json"}).code == 0);
    const std::string before = fs.standard_output;
    fs.standard_output.clear();
    REQUIRE(run_cli(fs, {"report", "back.yaml", "--format", "json"}).code == 0);
    const auto overall = [](const std::string& json) {
      const auto at = json.find("\"overall\"");
      return at == std::string::npos ? std::string() : json.substr(at, 200);
    };
    CHECK(!overall(before).empty());
    CHECK(overall(fs.standard_output) == overall(before));
  }
  SUBCASE("an existing -o without --update is refused, and left as it was")
  {
    fs.add_file("back.yaml", "keep me\n");
    const auto ran = run_cli(fs, {"import", "reply.xlsx", "-o", "back.yaml"});
    CHECK(ran.code == ftsu::test::k_usage);
    CHECK(*fs.content("back.yaml") == "keep me\n");
  }
  SUBCASE("--update into the file it came from changes nothing")
  {
    const auto ran = run_cli(fs, {"import", "reply.xlsx", "-o", "guardian.yaml", "--update"});
    CHECK(ran.code == 0);
  }
  SUBCASE("a file that is not a workbook: invalid input, nothing written")
  {
    fs.add_file("broken.xlsx", "PK\x03\x04 not really a zip");
    const auto ran = run_cli(fs, {"import", "broken.xlsx", "-o", "back.yaml"});
    CHECK(ran.code == ftsu::test::k_invalid_input);
    CHECK_FALSE(fs.content("back.yaml"));
  }
  SUBCASE("a CSV reply with a wrong answer is named by row and column")
  {
    fs.add_file("reply.csv", "id,answer\nguardian-ring-fenced-time,perhaps\n");
    const auto ran = run_cli(
        fs, {"import", "reply.csv", "-o", "back.yaml", "--checklist", "ngo-case-reviews@2026.1"});
    CHECK(ran.code == ftsu::test::k_invalid_input);
    CHECK(has(ran.error, "perhaps"));
    CHECK_FALSE(fs.content("back.yaml"));
  }
}
