#pragma once

#include <ftsu/cli/io.hpp>
#include <ftsu/core/error.hpp>

#include <filesystem>
#include <fstream>
#include <string>

// Helpers of the tests of cli/io.cpp and cli/io_windows.cpp
// (test_cli_io*.cpp).
// These tests write only relative paths, in the runner's scratch folder
// (tests/unit/main.cpp).
namespace ftsu::test::io {

namespace fs = std::filesystem;
using ftsu::core::Error;
using ftsu::core::ExitCode;

// Creates a new folder named `name` and a number in the scratch folder. No
// file is removed: a file this run has read is remembered by its inode,
// which a removed file would free for another.
inline fs::path
fresh_folder(const std::string& name)
{
  static int serial = 0; // NOLINT: one counter for the whole test binary
  fs::path folder = name + "-" + std::to_string(++serial);
  fs::create_directories(folder);
  return folder;
}

inline void
put(const fs::path& path, const std::string& text)
{
  std::ofstream(path, std::ios::binary) << text;
}

inline std::string
get(const fs::path& path)
{
  std::ifstream in(path, std::ios::binary);
  std::string text(static_cast<std::size_t>(fs::file_size(path)), '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  return text;
}

inline ExitCode
code_of_write(const std::string& path, const std::string& text)
{
  try {
    ftsu::cli::write_output(path, text);
  } catch (const Error& error) {
    return error.code();
  }
  return ExitCode::ok;
}

inline int
temp_files_in(const fs::path& folder)
{
  int count = 0;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (entry.path().filename().string().rfind(".ftsu-tmp-", 0) == 0) {
      ++count;
    }
  }
  return count;
}

} // namespace ftsu::test::io
