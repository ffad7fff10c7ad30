#include <ftsu/cli/file_system.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/platform.hpp>
#include <ftsu/core/error.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>

#include "io_test_helpers.hpp"
#include <windows.h>

// cli/io_windows.cpp and cli/platform_windows.cpp on what only Windows has:
// UTF-16 names, share modes, the environment in UTF-16.
using namespace ftsu::test::io; // NOLINT: the helpers of these tests
namespace fs = std::filesystem;
using ftsu::core::Error;
using ftsu::core::ExitCode;

namespace {

// Opens `path` as an editor or a scanner might: reading, sharing reads
// only, so it can be neither replaced nor removed while open.
HANDLE
hold(const fs::path& path)
{
  return ::CreateFileW(path.c_str(),
                       GENERIC_READ,
                       FILE_SHARE_READ,
                       nullptr,
                       OPEN_EXISTING,
                       FILE_ATTRIBUTE_NORMAL,
                       nullptr);
}

} // namespace

TEST_CASE("io (Windows): names in UTF-8 reach the disk in UTF-16")
{
  const fs::path dir = fresh_folder("io-win-names");
  const std::string name =
      ftsu::cli::from_path(dir) + "/Zo\xc3\xab \xe2\x80\x93 r\xc3\xa9sum\xc3\xa9.yaml";
  ftsu::cli::write_output(name, "id: z\n");
  CHECK(fs::exists(dir / L"Zo\u00eb \u2013 r\u00e9sum\u00e9.yaml"));
  CHECK(ftsu::cli::read_input(name) == "id: z\n");
  const auto listed = ftsu::cli::real_file_system().list(ftsu::cli::from_path(dir));
  REQUIRE(listed.size() == 1);
  CHECK(listed.front() == name);
  CHECK(ftsu::cli::real_file_system().stat(name) == ftsu::cli::FileKind::regular);
  CHECK(ftsu::cli::file_stamp(name));
}

TEST_CASE("io (Windows): a file another program holds for a moment is replaced")
{
  const fs::path dir = fresh_folder("io-win-held");
  const fs::path target = dir / "out.txt";
  put(target, "old");
  const HANDLE held = hold(target);
  REQUIRE(held != INVALID_HANDLE_VALUE);

  SUBCASE("held for 300 ms: the replace waits and succeeds")
  {
    std::thread release([held] {
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
      ::CloseHandle(held);
    });
    ftsu::cli::write_output(target.string(), "new");
    release.join();
    CHECK(get(target) == "new");
    CHECK(temp_files_in(dir) == 0);
  }
  SUBCASE("held throughout: an error, the old file kept, no temporary file left")
  {
    try {
      ftsu::cli::write_output(target.string(), "new");
      FAIL("no error");
    } catch (const Error& error) {
      CHECK(error.code() == ExitCode::io_error);
      CHECK(std::string(error.what()).find("cannot replace") != std::string::npos);
    }
    ::CloseHandle(held);
    CHECK(get(target) == "old");
    CHECK(temp_files_in(dir) == 0);
  }
}

TEST_CASE("platform (Windows): the environment in UTF-8, ';' between folders")
{
  REQUIRE(::_wputenv(L"FTSU_GAP_TEST_VALUE=Zo\u00eb") == 0);
  CHECK(ftsu::cli::environment_value("FTSU_GAP_TEST_VALUE") == std::string("Zo\xc3\xab"));
  CHECK_FALSE(ftsu::cli::environment_value("FTSU_GAP_TEST_UNSET_VALUE"));
  CHECK(ftsu::cli::path_list_separator() == ';');
}
