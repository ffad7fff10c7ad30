#include <ftsu/cli/file_system.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <chrono>

// The parts of io.hpp that are the same on every platform; io.cpp (POSIX)
// and io_windows.cpp hold the rest.
namespace ftsu::cli {

using core::Error;
using core::ExitCode;

void
write_output(FileSystem& file_system, const std::string& path, std::string_view content)
{
  if (path.empty()) {
    throw Error(ExitCode::usage, "-o needs a file name ('-' for standard output)");
  }
  if (path == "-") {
    write_stdout(content);
    return;
  }
  file_system.write_atomic(path, content);
}

void
write_output(const std::string& path, std::string_view content)
{
  write_output(real_file_system(), path, content);
}

bool
is_yaml_name(const std::filesystem::path& path)
{
  const std::string ext = path.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

core::Error
locked_error(const std::string& path, const std::string& lock, const std::string& owner)
{
  return Error(ExitCode::io_error,
               fmt::format("{} is locked by another assessment ({} exists, {}). If no other "
                           "assessment of this file is running, remove {} and try again.",
                           util::for_terminal(path),
                           util::for_terminal(lock),
                           owner,
                           util::for_terminal(lock)));
}

std::string
lock_file_text(unsigned long pid, const std::string& host)
{
  const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  return fmt::format("pid {} on {} since {}\n", pid, host, now);
}

} // namespace ftsu::cli
