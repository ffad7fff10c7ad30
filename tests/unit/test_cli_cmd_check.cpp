#include <doctest/doctest.h>

#include "cli_run.hpp"

using ftsu::test::has;
using ftsu::test::MemoryFileSystem;
using ftsu::test::run_cli;

namespace {

// The example's 2025/26 file with an email address and a listed name
// planted in an item's note.
std::string
planted_answers()
{
  std::string text = ftsu::test::example("example-trust-2025-26.yaml");
  const std::string note = "    note: The vacancy control panel deferred the post in December 2025 "
                           "and again in February 2026.\n";
  const auto at = text.find(note);
  REQUIRE(at != std::string::npos);
  text.replace(at, note.size(), "    note: Ask jane.smith@nhs.net; Oluwaseun Adeyemi raised it.\n");
  return text;
}

} // namespace

TEST_CASE("check: findings from the file system, their text never in a file")
{
  MemoryFileSystem fs;
  fs.add_file("planted.yaml", planted_answers());
  fs.add_file("clean.yaml", ftsu::test::example("example-trust-2025-26.yaml"));
  fs.add_file("names.txt", "# who spoke up\nOluwaseun Adeyemi\n");
  SUBCASE("a finding: exit 1, where it is, not what")
  {
    const auto ran = run_cli(fs, {"check", "planted.yaml", "-o", "found.txt"});
    CHECK(ran.code == ftsu::test::k_gate_failed);
    REQUIRE(fs.content("found.txt"));
    CHECK(has(*fs.content("found.txt"), "guardian-ring-fenced-time, note: an email address"));
    CHECK_FALSE(has(*fs.content("found.txt"), "jane.smith"));
  }
  SUBCASE("the names file is read through the file system")
  {
    const auto ran =
        run_cli(fs, {"check", "planted.yaml", "--names", "names.txt", "--format", "json"});
    CHECK(ran.code == ftsu::test::k_gate_failed);
    CHECK(has(fs.standard_output, "\"listed-name\""));
    CHECK(has(fs.standard_output, "\"findings\": 2"));
    CHECK_FALSE(has(fs.standard_output, "Oluwaseun"));
  }
  SUBCASE("a clean file: exit 0")
  {
    const auto ran = run_cli(fs, {"check", "clean.yaml"});
    CHECK(ran.code == 0);
    CHECK(has(fs.standard_output, "No findings in 1 file"));
  }
  SUBCASE("a names file that cannot be read")
  {
    fs.make_unreadable("names.txt");
    const auto ran = run_cli(fs, {"check", "planted.yaml", "--names", "names.txt"});
    CHECK(ran.code == ftsu::test::k_io_error);
  }
}

TEST_CASE("report, diff, trend, actions: the publication check before writing")
{
  MemoryFileSystem fs;
  fs.add_file("planted.yaml", planted_answers());
  fs.add_file("last.yaml", ftsu::test::example("example-trust-2024-25.yaml"));
  SUBCASE("--public: exit 1 and nothing written")
  {
    const auto ran = run_cli(fs, {"report", "planted.yaml", "-o", "board.html", "--public"});
    CHECK(ran.code == ftsu::test::k_gate_failed);
    CHECK(has(ran.error, "1 finding could identify a person"));
    CHECK_FALSE(fs.content("board.html"));
  }
  SUBCASE("--redact: written with [removed]")
  {
    const auto ran = run_cli(fs, {"report", "planted.yaml", "-o", "board.json", "--redact"});
    CHECK(ran.code == 0);
    REQUIRE(fs.content("board.json"));
    CHECK(has(*fs.content("board.json"), "Ask [removed]; Oluwaseun Adeyemi raised it."));
  }
  SUBCASE("a warning only: the paper is written")
  {
    const auto ran = run_cli(fs, {"diff", "last.yaml", "planted.yaml", "-o", "changes.md"});
    CHECK(ran.code == 0);
    CHECK(fs.content("changes.md"));
  }
  SUBCASE("trend does not print the note: nothing to refuse")
  {
    const auto ran =
        run_cli(fs, {"trend", "last.yaml", "planted.yaml", "-o", "trend.html", "--public"});
    CHECK(ran.code == 0);
    CHECK(fs.content("trend.html"));
  }
  SUBCASE("actions with --names: the listed name in an action")
  {
    std::string text = planted_answers();
    const std::string action = "    action: Release the associate guardian post";
    const auto at = text.find(action);
    REQUIRE(at != std::string::npos);
    text.insert(at + action.size(), " (ask Oluwaseun Adeyemi)");
    fs.add_file("named.yaml", text);
    fs.add_file("names.txt", "Oluwaseun Adeyemi\n");
    const auto ran = run_cli(
        fs, {"actions", "named.yaml", "--names", "names.txt", "-o", "plan.csv", "--public"});
    CHECK(ran.code == ftsu::test::k_gate_failed);
    CHECK_FALSE(fs.content("plan.csv"));
  }
}
