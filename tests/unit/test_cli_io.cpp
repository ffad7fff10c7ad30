#include <ftsu/cli/file_system.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/core/yaml.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "io_test_helpers.hpp"
#include "memory_file_system.hpp"

using namespace ftsu::test::io; // NOLINT: the helpers of these tests
namespace fs = std::filesystem;
using ftsu::core::Error;
using ftsu::core::ExitCode;

TEST_CASE("write_output: '' and '-' never reach the file system")
{
  ftsu::test::MemoryFileSystem mem;
  try {
    ftsu::cli::write_output(mem, "", "text");
    FAIL("no error");
  } catch (const Error& error) {
    CHECK(error.code() == ExitCode::usage);
    CHECK(std::string(error.what()) == "-o needs a file name ('-' for standard output)");
  }
  ftsu::cli::write_output(mem, "-", ""); // standard output, with nothing to write
  CHECK(mem.writes.empty());
  CHECK(mem.temps.empty());
  CHECK(mem.paths().empty());
}

TEST_CASE("write_output: a file name goes through the file system's atomic write")
{
  ftsu::test::MemoryFileSystem mem;
  mem.add_file("/out/report.txt", "old");
  ftsu::cli::write_output(mem, "/out/report.txt", "new");
  CHECK(mem.content("/out/report.txt") == "new");
  CHECK(mem.writes == std::vector<std::string>{"/out/report.txt"});
  CHECK(mem.temps == std::vector<std::string>{"/out/.ftsu-tmp-memory"});
  CHECK(mem.paths() == std::vector<std::string>{"/out/report.txt"});

  SUBCASE("a failed write keeps the old file")
  {
    mem.fail_writes();
    CHECK_THROWS_AS(ftsu::cli::write_output(mem, "/out/report.txt", "newer"), Error);
    CHECK(mem.content("/out/report.txt") == "new");
    CHECK(mem.paths() == std::vector<std::string>{"/out/report.txt"});
  }
}

TEST_CASE("read_input: the kind and size checks")
{
  const fs::path dir = fresh_folder("io-read");
  put(dir / "a.yaml", "id: a\n");
  CHECK(ftsu::cli::read_input((dir / "a.yaml").string()) == "id: a\n");

  SUBCASE("a folder")
  {
    try {
      (void)ftsu::cli::read_input(dir.string());
      FAIL("no error");
    } catch (const Error& error) {
      CHECK(error.code() == ExitCode::io_error);
      CHECK(std::string(error.what()).find("is a directory") != std::string::npos);
    }
  }
  SUBCASE("a missing file")
  {
    try {
      (void)ftsu::cli::read_input((dir / "missing.yaml").string());
      FAIL("no error");
    } catch (const Error& error) {
      CHECK(error.code() == ExitCode::io_error);
      CHECK(std::string(error.what())
            == (dir / "missing.yaml").string() + ": cannot open: No such file or directory");
    }
  }
  SUBCASE("reading stops just past the limit")
  {
    const std::size_t limit = ftsu::core::yaml::k_max_file_size;
    put(dir / "big.yaml", std::string(limit + 100000, 'x'));
    // Past the limit, so the loader reports the size; at most one 64 KiB
    // read further, so the rest of the file is never read.
    const std::size_t got = ftsu::cli::read_input((dir / "big.yaml").string()).size();
    CHECK(got > limit);
    CHECK(got <= limit + 1 + std::size_t{64} * 1024);
  }
}

TEST_CASE("write_output: the atomic replace on disk")
{
  const fs::path dir = fresh_folder("io-write");
  const std::string target = (dir / "out.txt").string();

  SUBCASE("a new file, then a replaced one, no temporary file left")
  {
    ftsu::cli::write_output(target, "one");
    CHECK(get(target) == "one");
    ftsu::cli::write_output(target, "two");
    CHECK(get(target) == "two");
    CHECK(temp_files_in(dir) == 0);
  }
  SUBCASE("an input of this run is refused, and kept")
  {
    put(target, "input");
    (void)ftsu::cli::read_input(target);
    CHECK(code_of_write(target, "output") == ExitCode::usage);
    CHECK(get(target) == "input");
  }
  SUBCASE("a read-only file is refused, and kept")
  {
    put(target, "keep");
    fs::permissions(target, fs::perms::owner_read);
    CHECK(code_of_write(target, "lost") == ExitCode::io_error);
    CHECK(get(target) == "keep");
  }
  SUBCASE("a folder is refused")
  {
    CHECK(code_of_write(dir.string(), "x") == ExitCode::io_error);
  }
  SUBCASE("a locked file is refused")
  {
    put(target, "locked");
    put(target + ".lock", "pid 1 on elsewhere since 0\n");
    CHECK(code_of_write(target, "other") == ExitCode::io_error);
    CHECK(get(target) == "locked");
    try {
      const ftsu::cli::FileLock lock(target);
      FAIL("no error");
    } catch (const Error& error) {
      CHECK(std::string(error.what()).find("held by process 1 on elsewhere") != std::string::npos);
    }
  }
  SUBCASE("a lock held by a running session is refused, and free again once it ends")
  {
    put(target, "x");
    {
      const ftsu::cli::FileLock first(target);
      try {
        const ftsu::cli::FileLock second(target);
        FAIL("no error");
      } catch (const Error& error) {
        CHECK(error.code() == ExitCode::io_error);
        CHECK(std::string(error.what()).find("is locked by another assessment")
              != std::string::npos);
        CHECK(std::string(error.what()).find("stale") == std::string::npos);
      }
    }
    CHECK_FALSE(fs::exists(target + ".lock"));
    const ftsu::cli::FileLock again(target);
    CHECK(fs::exists(target + ".lock"));
  }
  SUBCASE("a lock left by a process of this computer that is gone is taken over")
  {
    // A crash (kill -9, a power cut) leaves the file; no running process
    // holds it, whatever pid it names (pids are reused after a restart).
    put(target, "x");
    put(target + ".lock", "pid 1 on " + ftsu::cli::host_name() + " since 0\n");
    {
      const ftsu::cli::FileLock lock(target);
      CHECK(get(target + ".lock").find("pid 1 on") == std::string::npos);
      ftsu::cli::write_output(target, "mine");
    }
    CHECK_FALSE(fs::exists(target + ".lock"));
    CHECK(get(target) == "mine");
  }
  SUBCASE("a stale lock of this computer does not stop another writer")
  {
    put(target, "x");
    put(target + ".lock", "pid 1 on " + ftsu::cli::host_name() + " since 0\n");
    CHECK(code_of_write(target, "written") == ExitCode::ok);
    CHECK(get(target) == "written");
  }
  SUBCASE("the lock's holder may write its file")
  {
    put(target, "read");
    (void)ftsu::cli::read_input(target);
    {
      const ftsu::cli::FileLock lock(target);
      CHECK(fs::exists(target + ".lock"));
      ftsu::cli::write_output(target, "holder");
    }
    CHECK_FALSE(fs::exists(target + ".lock"));
    CHECK(get(target) == "holder");
  }
}

TEST_CASE("file_stamp: changes when the file does")
{
  const fs::path dir = fresh_folder("io-stamp");
  CHECK_FALSE(ftsu::cli::file_stamp((dir / "none").string()));
  put(dir / "f", "1");
  const auto first = ftsu::cli::file_stamp((dir / "f").string());
  REQUIRE(first);
  CHECK(first->size == 1);
  ftsu::cli::write_output((dir / "f").string(), "22");
  const auto second = ftsu::cli::file_stamp((dir / "f").string());
  REQUIRE(second);
  CHECK(second->size == 2);
  CHECK(*first != *second);
}

TEST_CASE("RealFileSystem: list and stat")
{
  const fs::path dir = fresh_folder("io-list");
  put(dir / "b.yaml", "");
  put(dir / "a.yaml", "");
  fs::create_directories(dir / "sub");
  auto& real = ftsu::cli::real_file_system();
  const std::string d = dir.string();
  CHECK(real.list(d) == std::vector<std::string>{d + "/a.yaml", d + "/b.yaml", d + "/sub"});
  CHECK_THROWS_WITH_AS((void)real.list(d + "/missing"),
                       doctest::Contains("/missing: cannot list the folder: "),
                       ftsu::core::Error);
  CHECK(real.stat(d) == ftsu::cli::FileKind::directory);
  CHECK(real.stat(d + "/a.yaml") == ftsu::cli::FileKind::regular);
  CHECK_FALSE(real.stat(d + "/missing"));
  CHECK(ftsu::cli::is_yaml_name("x.yml"));
  CHECK_FALSE(ftsu::cli::is_yaml_name("x.yaml.txt"));
}
