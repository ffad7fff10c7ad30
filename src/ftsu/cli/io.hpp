#pragma once

#include <ftsu/core/error.hpp>

#include <compare>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

// Reading input files and writing output files safely: the only place that
// touches file descriptors.
namespace ftsu::cli {

// Reads the whole of `path` ("-" is standard input). Refuses what is not a
// regular file (a directory, a FIFO, a device) without blocking, and stops
// reading a little past the 16 MiB limit so the loader can report the size.
// Throws core::Error (io_error) with the reason when it cannot read.
std::string read_input(const std::string& path);

// Returns whether `path` names a YAML file by its ending (.yaml or .yml),
// as the folders of checklists and of answers files are read.
bool is_yaml_name(const std::filesystem::path& path);

// Writes `content` to `path` atomically: a temporary file in the same folder
// (named .ftsu-tmp-PID-XXXXXX; stale ones of dead runs are removed),
// flushed to disk and renamed over the target, whose mode and (where
// permitted) owner are kept; a symlink, even a dangling one, is written
// through to its target. "-" writes to standard output. Refuses, leaving
// any existing file untouched: an empty path (usage); a file this run read
// as an input (usage), unless this run holds its lock; a read-only file and
// a file another run has locked (io_error). Throws core::Error on failure.
void write_output(const std::string& path, std::string_view content);

class FileSystem;

// Writes `content` to `path` as write_output does, through `file_system`
// for a file name: "" is refused (usage) and "-" is standard output.
void write_output(FileSystem& file_system, const std::string& path, std::string_view content);

// Replaces the file `path` (a name, not "" or "-") atomically, with every
// check write_output describes; RealFileSystem::write_atomic is this.
void replace_file(const std::string& path, std::string_view content);

// The error for a FileLock whose lock file `lock` exists: `path` is locked,
// `owner` says by whom (each platform reads the lock file its own way), and
// how to clear a stale lock. Shared by io.cpp and io_windows.cpp.
core::Error
locked_error(const std::string& path, const std::string& lock, const std::string& owner);

// What a FileLock writes into its lock file: the process `pid` on `host`,
// and the time now.
std::string lock_file_text(unsigned long pid, const std::string& host);

// A lock on one file for as long as the object lives: FILE.lock beside the
// file (through a symlink, beside its target), created with O_EXCL and
// naming its owner's pid and host, as git's index.lock. While a run holds
// it, other runs' write_output to the file is refused, and this run may
// write the file it read.
class FileLock
{
public:
  // Takes the lock. Throws core::Error (io_error) when the lock file exists,
  // naming its owner, saying whether it is stale (its process is gone) and
  // how to clear it.
  explicit FileLock(const std::string& path);
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;
  ~FileLock();

private:
  std::string m_target;
  std::string m_lock;
};

// What identifies one version of a file on disk: device, inode, size and
// modification time.
struct FileStamp
{
  std::uint64_t device = 0;
  std::uint64_t inode = 0;
  std::int64_t size = 0;
  std::int64_t modified_ns = 0;

  auto operator<=>(const FileStamp&) const = default;
};

// Returns the stamp of the file `path` names (through symlinks), or nullopt
// when there is none.
std::optional<FileStamp> file_stamp(const std::string& path);

// Writes `content` to standard output; a closed pipe ends quietly.
void write_stdout(std::string_view content);

// Writes `content` to standard error.
void write_stderr(std::string_view content);

} // namespace ftsu::cli
