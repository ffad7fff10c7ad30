#include <ftsu/cli/io.hpp>
#include <ftsu/core/error.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "io_test_helpers.hpp"
#include <sys/stat.h>
#include <sys/types.h>

// cli/io.cpp on what only POSIX has: FIFOs, symlinks, modes.
using namespace ftsu::test::io; // NOLINT: the helpers of these tests
namespace fs = std::filesystem;
using ftsu::core::Error;
using ftsu::core::ExitCode;

TEST_CASE("read_input (POSIX): a FIFO")
{
  const fs::path dir = fresh_folder("io-posix-read");
  SUBCASE("a FIFO is refused without waiting for a writer")
  {
    const fs::path fifo = dir / "pipe.yaml";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    try {
      (void)ftsu::cli::read_input(fifo.string());
      FAIL("no error");
    } catch (const Error& error) {
      CHECK(error.code() == ExitCode::io_error);
      CHECK(std::string(error.what()).find("is not a regular file") != std::string::npos);
    }
  }
}

TEST_CASE("write_output (POSIX): modes and symlinks")
{
  const fs::path dir = fresh_folder("io-posix-write");
  const std::string target = (dir / "out.txt").string();

  SUBCASE("a replaced file keeps its mode")
  {
    ftsu::cli::write_output(target, "one");
    fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write);
    ftsu::cli::write_output(target, "two");
    CHECK(get(target) == "two");
    CHECK(fs::status(target).permissions() == (fs::perms::owner_read | fs::perms::owner_write));
  }
  SUBCASE("a lock that is a symlink, even a dangling one, stops every writer")
  {
    put(target, "kept");
    fs::create_symlink("elsewhere.lock", target + ".lock");
    CHECK(code_of_write(target, "lost") == ExitCode::io_error);
    try {
      const ftsu::cli::FileLock lock(target);
      FAIL("no error");
    } catch (const Error& error) {
      CHECK(error.code() == ExitCode::io_error);
      CHECK(std::string(error.what()).find("is a symbolic link") != std::string::npos);
    }
    CHECK(get(target) == "kept");
    CHECK_FALSE(fs::exists(dir / "elsewhere.lock"));
    CHECK(fs::is_symlink(fs::symlink_status(target + ".lock")));
  }
  SUBCASE("a symlink is written through to its target, even a dangling one")
  {
    fs::create_symlink("real.txt", dir / "link.txt");
    ftsu::cli::write_output((dir / "link.txt").string(), "through");
    CHECK(fs::is_symlink(fs::symlink_status(dir / "link.txt")));
    CHECK(get(dir / "real.txt") == "through");
  }
}
