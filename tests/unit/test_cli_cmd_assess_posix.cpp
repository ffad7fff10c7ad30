#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "cli_run.hpp"
#include "testutil.hpp"
#include <fcntl.h>
#include <unistd.h>

// assess reads its answers from standard input, one line per prompt, when
// that is not a terminal: these tests give it a file there (and take its
// prompts from standard output into another), while the answers file it
// reads and writes is in memory.

namespace {

using ftsu::test::has;
using ftsu::test::MemoryFileSystem;
using ftsu::test::run_cli;

// Standard input read from a file holding `typed`, and standard output
// written to a file, for as long as the object lives.
class PipedSession
{
public:
  explicit PipedSession(const std::string& typed)
  {
    static int serial = 0; // NOLINT: one counter for the whole test binary
    const std::string stem = "assess-session-" + std::to_string(++serial);
    m_in = stem + ".in";
    m_out = stem + ".out";
    std::ofstream(m_in, std::ios::binary) << typed;
    std::fflush(stdout);
    m_saved_in = ::dup(0);
    m_saved_out = ::dup(1);
    const int in = ::open(m_in.c_str(), O_RDONLY);
    const int out = ::open(m_out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    REQUIRE(in >= 0);
    REQUIRE(out >= 0);
    ::dup2(in, 0);
    ::dup2(out, 1);
    ::close(in);
    ::close(out);
    std::clearerr(stdin);
    std::cin.clear();
  }
  PipedSession(const PipedSession&) = delete;
  PipedSession& operator=(const PipedSession&) = delete;
  ~PipedSession()
  {
    std::fflush(stdout);
    ::dup2(m_saved_in, 0);
    ::dup2(m_saved_out, 1);
    ::close(m_saved_in);
    ::close(m_saved_out);
    std::clearerr(stdin);
    std::cin.clear();
  }

  // Returns what was printed to standard output so far.
  std::string
  printed() const
  {
    std::fflush(stdout);
    std::ifstream in(m_out, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  }

private:
  std::string m_in;
  std::string m_out;
  int m_saved_in = -1;
  int m_saved_out = -1;
};

} // namespace

TEST_CASE("assess: piped answers start a file in the file system")
{
  MemoryFileSystem fs;
  fs.add_file("lists/small.yaml", ftsu::test::small_checklist());
  std::string prompts;
  ftsu::test::Ran ran;
  {
    const PipedSession session("1\n\n\n2\n\n\n");
    ran = run_cli(fs, {"assess", "lists/small.yaml", "-o", "y/mine.yaml", "--profile", "trust"});
    prompts = session.printed();
  }
  CHECK(ran.code == 0);
  CHECK(ran.error.empty());
  const auto saved = fs.content("y/mine.yaml");
  REQUIRE(saved);
  CHECK(has(*saved, "checklist: small"));
  CHECK(has(*saved, "  a: met"));
  CHECK(has(*saved, "answer: partial"));
  CHECK(has(*saved, "unfinished: true"));
  CHECK(has(prompts, "B is done."));
  CHECK(has(fs.standard_output, "This session: 2 items answered"));
  CHECK(has(fs.standard_output, "Saved y/mine.yaml. Next: ftsu-gap report y/mine.yaml"));
  CHECK(fs.locks == std::vector<std::string>{"y/mine.yaml"});
  // Saved after every answer: the new file, then each answer.
  CHECK(fs.writes.size() >= 3);
}

TEST_CASE("assess: resuming a file asks only what is unanswered")
{
  MemoryFileSystem fs;
  fs.add_file("lists/small.yaml", ftsu::test::small_checklist());
  fs.add_file("mine.yaml",
              "format: ftsu-gap/answers/v1\nchecklist: small\nchecklist_version: \"1.0\"\n"
              "profile: trust\nanswers:\n  a: met\n  b: met\n");
  ftsu::test::Ran ran;
  {
    const PipedSession session("3\n\n\n\n");
    ran = run_cli(fs, {"assess", "--checklist-dir", "lists", "-o", "mine.yaml", "-q"});
  }
  CHECK(ran.code == 0);
  const auto saved = fs.content("mine.yaml");
  REQUIRE(saved);
  CHECK(has(*saved, "  a: met"));
  CHECK(has(*saved, "  b: met"));
  CHECK(has(*saved, "not-met"));
  CHECK(has(fs.standard_output, "This session: 1 item answered"));
}

TEST_CASE("assess: what it refuses before asking anything")
{
  MemoryFileSystem fs;
  fs.add_file("lists/small.yaml", ftsu::test::small_checklist());
  SUBCASE("a new file without a checklist")
  {
    const auto ran = run_cli(fs, {"assess", "-o", "new.yaml"});
    CHECK(ran.code == ftsu::test::k_usage);
    CHECK(has(ran.error, "new.yaml does not exist yet: name the checklist"));
    CHECK(fs.writes.empty());
  }
  SUBCASE("a file that cannot be written")
  {
    fs.add_file("mine.yaml", "format: ftsu-gap/answers/v1\nchecklist: small\n");
    fs.make_read_only("mine.yaml");
    const auto ran = run_cli(fs, {"assess", "lists/small.yaml", "-o", "mine.yaml"});
    CHECK(ran.code == ftsu::test::k_io_error);
    CHECK(ran.error == "mine.yaml: read-only");
  }
  SUBCASE("another checklist's file")
  {
    fs.add_file("policy.yaml", ftsu::test::example("example-trust-policy-2025-26.yaml"));
    const auto ran = run_cli(fs, {"assess", "lists/small.yaml", "-o", "policy.yaml"});
    CHECK(ran.code == ftsu::test::k_invalid_input);
    CHECK(has(ran.error, "policy.yaml holds answers to checklist 'ftsu-policy-2022', not 'small'"));
    CHECK(fs.writes.empty());
  }
  SUBCASE("a merged file")
  {
    fs.add_file("m.yaml", ftsu::test::example("example-trust-2025-26-merged.yaml"));
    const auto ran = run_cli(fs, {"assess", "-o", "m.yaml"});
    CHECK(ran.code == ftsu::test::k_usage);
    CHECK(has(ran.error, "is a merged file of"));
  }
  SUBCASE("a --section that is not there")
  {
    const auto ran =
        run_cli(fs, {"assess", "lists/small.yaml", "-o", "new.yaml", "--section", "three"});
    CHECK(ran.code == ftsu::test::k_usage);
    CHECK(has(ran.error, "--section three: no such section in 'small'; sections: one, two"));
  }
}
