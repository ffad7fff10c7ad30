#include <doctest/doctest.h>

#include "cli_run.hpp"

using ftsu::test::has;
using ftsu::test::MemoryFileSystem;
using ftsu::test::run_cli;

namespace {

// Fills `fs` with a folder of three organisations' files and a hidden one.
void
region(MemoryFileSystem& fs)
{
  std::string text = ftsu::test::example("example-trust-2024-25.yaml");
  const std::string name = "organisation: Example Community Health NHS Trust";
  REQUIRE(text.find(name) != std::string::npos);
  for (const std::string org : {"North", "South", "West"}) {
    std::string copy = text;
    copy.replace(copy.find(name), name.size(), "organisation: " + org);
    fs.add_file("region/" + org + "/answers.yaml", copy);
  }
  fs.add_file("region/.hidden/old.yaml", "not even YAML: [");
  fs.add_file("region/notes.txt", "not read");
}

} // namespace

TEST_CASE("aggregate: a folder in the file system rolled up")
{
  MemoryFileSystem fs;
  region(fs);
  SUBCASE("every YAML file below the folder, hidden ones left out")
  {
    CHECK(run_cli(fs, {"aggregate", "region", "--format", "json", "--jobs", "2"}).code == 0);
    CHECK(has(fs.standard_output, "North/answers.yaml"));
    CHECK(has(fs.standard_output, "West/answers.yaml"));
    CHECK_FALSE(has(fs.standard_output, "old.yaml"));
    CHECK(fs.reads.size() >= 3);
  }
  SUBCASE("paths from standard input, into -o")
  {
    fs.add_file("-", "region/North/answers.yaml\r\n\nregion/South\n");
    CHECK(run_cli(fs, {"aggregate", "-", "-o", "roll.json"}).code == 0);
    REQUIRE(fs.content("roll.json"));
    CHECK(has(*fs.content("roll.json"), "North"));
    CHECK(has(*fs.content("roll.json"), "South"));
    CHECK_FALSE(has(*fs.content("roll.json"), "West"));
  }
}

TEST_CASE("aggregate: failures")
{
  MemoryFileSystem fs;
  region(fs);
  SUBCASE("a folder below that cannot be listed stops the run")
  {
    fs.make_unlistable("region/West");
    const auto ran = run_cli(fs, {"aggregate", "region", "-o", "roll.json"});
    CHECK(ran.code == ftsu::test::k_io_error);
    CHECK(has(ran.error, "region/West: cannot list the folder"));
    CHECK_FALSE(fs.content("roll.json"));
  }
  SUBCASE("--keep-going skips it and exits 4 after writing")
  {
    fs.make_unlistable("region/West");
    const auto ran = run_cli(fs, {"aggregate", "region", "--keep-going", "-o", "roll.json"});
    CHECK(ran.code == ftsu::test::k_io_error);
    REQUIRE(fs.content("roll.json"));
    CHECK_FALSE(has(*fs.content("roll.json"), "West"));
  }
  SUBCASE("a folder with no answers files")
  {
    fs.add_folder("empty");
    const auto ran = run_cli(fs, {"aggregate", "empty"});
    CHECK(ran.code == ftsu::test::k_usage);
    CHECK(has(ran.error, "no answers files found"));
  }
  SUBCASE("an invalid file: exit 3, nothing written")
  {
    fs.add_file("region/East/answers.yaml", "format: ftsu-gap/answers/v1\nanswers: 3\n");
    CHECK(run_cli(fs, {"aggregate", "region", "-o", "roll.json"}).code
          == ftsu::test::k_invalid_input);
    CHECK_FALSE(fs.content("roll.json"));
  }
}
