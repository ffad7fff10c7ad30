#include <ftsu/cli/file_system.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/core/error.hpp>
#include <ftsu/util/strings.hpp>
#include <ftsu/util/utf8.hpp>

#include <fmt/format.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <optional>

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
    file_system.write_stdout(content);
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

namespace {

// The process and computer a lock file's text names.
struct LockOwner
{
  unsigned long pid = 0;
  std::string host;
};

std::optional<LockOwner>
parse_lock_text(std::string_view text)
{
  const std::string copy(text.substr(0, 1024));
  unsigned long pid = 0;
  std::array<char, 256> host{};
  if (std::sscanf(copy.c_str(), "pid %lu on %255s", &pid, host.data()) != 2) {
    return std::nullopt;
  }
  return LockOwner{pid, host.data()};
}

} // namespace

std::string
lock_owner(std::string_view text)
{
  const auto owner = parse_lock_text(text);
  if (!owner) {
    return "its owner is unknown";
  }
  return fmt::format("held by process {} on {}", owner->pid, util::for_terminal_line(owner->host));
}

core::Error
locked_error(const std::string& path,
             const std::string& lock,
             const std::string& owner,
             LockUse use)
{
  if (use == LockUse::write) {
    return Error(ExitCode::io_error,
                 fmt::format("{}: is being assessed ({} exists, {}); not written. If no "
                             "assessment of this file is running, remove {} and try again.",
                             util::for_terminal(path),
                             util::for_terminal(lock),
                             owner,
                             util::for_terminal(lock)));
  }
  return Error(ExitCode::io_error,
               fmt::format("{} is locked by another assessment ({} exists, {}). If no other "
                           "assessment of this file is running, remove {} and try again.",
                           util::for_terminal(path),
                           util::for_terminal(lock),
                           owner,
                           util::for_terminal(lock)));
}

core::Error
stdin_twice_error()
{
  return Error(ExitCode::usage,
               "'-' (standard input) is given more than once; it can be read only once");
}

core::Error
lock_not_a_file_error(const std::string& path, const std::string& lock)
{
  return Error(ExitCode::io_error,
               fmt::format("{}: its lock file {} is a symbolic link or not a regular file, so no "
                           "lock of ftsu-gap's; nothing was written. Remove {} and try again.",
                           util::for_terminal(path),
                           util::for_terminal(lock),
                           util::for_terminal(lock)));
}

void
judge_free_lock(const std::string& path,
                const std::string& lock,
                std::string_view text,
                LockUse use)
{
  if (util::trim(text).empty()) {
    return; // created by a run that has not written it yet, or never did
  }
  const auto owner = parse_lock_text(text);
  if (!owner) {
    throw locked_error(path, lock, "its owner is unknown", use);
  }
  if (owner->host != host_name()) {
    throw locked_error(path,
                       lock,
                       fmt::format("held by process {} on {}, another computer, where ftsu-gap "
                                   "cannot tell whether it still runs",
                                   owner->pid,
                                   util::for_terminal_line(owner->host)),
                       use);
  }
  write_stderr(fmt::format(
      "ftsu-gap: note: {} was left by process {} on this computer, which is no longer running "
      "(a crash or a power cut); {}\n",
      util::for_terminal_line(lock),
      owner->pid,
      use == LockUse::hold
          ? "this session takes the lock over."
          : fmt::format("it does not stop this write of {}.", util::for_terminal_line(path))));
}

std::string
lock_file_text(unsigned long pid, const std::string& host)
{
  const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  return fmt::format("pid {} on {} since {}\n", pid, host, now);
}

} // namespace ftsu::cli
