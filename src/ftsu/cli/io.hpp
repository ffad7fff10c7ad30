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

// Refuses, as write_output would, an existing file `path` that is
// read-only (io_error), so a command that will write it says so before
// its work rather than at its first save. Returns when it is writable or
// does not exist.
void check_writable(const std::string& path);

class FileSystem;

// Writes `content` to `path` as write_output does, through `file_system`:
// "" is refused (usage) and "-" is its standard output.
void write_output(FileSystem& file_system, const std::string& path, std::string_view content);

// Replaces the file `path` (a name, not "" or "-") atomically, with every
// check write_output describes; RealFileSystem::write_atomic is this.
void replace_file(const std::string& path, std::string_view content);

// Who meets a lock file: a FileLock taking it (`assess`), or a write of
// the file it guards (`report -o`, `merge -o`, ...).
enum class LockUse { hold, write };

// Returns who holds a lock file that reads `text`: "held by process 12 on
// laptop", or "its owner is unknown".
std::string lock_owner(std::string_view text);

// The error for a lock file `lock` on `path` that stops `use`: `owner` says
// who holds it; the hint says how to clear a lock nobody holds. Shared by
// io.cpp and io_windows.cpp.
core::Error locked_error(const std::string& path,
                         const std::string& lock,
                         const std::string& owner,
                         LockUse use);

// The error for a lock file `lock` on `path` that is a symbolic link (even
// a dangling one), a folder or anything but a regular file: no lock of
// ours, and never followed; it stops every use.
core::Error lock_not_a_file_error(const std::string& path, const std::string& lock);

// The error for '-' (standard input) given more than once, in one option
// or several: it can be read only once (a usage error).
core::Error stdin_twice_error();

// Judges the lock file `lock` on `path` that no running process holds
// (this run could take its operating-system lock) and that reads `text`.
// An empty one, or one left by a process of this computer (a crash, a
// power cut), does not stop `use`: the latter is named in a note on
// standard error. One that names another computer (a shared folder), or
// no owner, throws locked_error: whether its owner runs cannot be known.
void judge_free_lock(const std::string& path,
                     const std::string& lock,
                     std::string_view text,
                     LockUse use);

// The name of this computer, as a lock file names it.
std::string host_name();

// What a FileLock writes into its lock file: the process `pid` on `host`,
// and the time now.
std::string lock_file_text(unsigned long pid, const std::string& host);

// A lock on one file for as long as the object lives: FILE.lock beside the
// file (through a symlink, beside its target), naming its owner's pid and
// host, as git's index.lock, and held open under an operating-system lock
// that ends with the process (flock on POSIX, the share mode on Windows),
// so a lock left by a crash is known to be free. While a run holds it,
// other runs' write_output to the file is refused, and this run may write
// the file it read.
class FileLock
{
public:
  // Takes the lock, taking over one a process of this computer left when
  // it died (with a note on standard error). Throws core::Error (io_error)
  // when a running process holds it, when it names another computer or no
  // owner, or when it is not a regular file; the message names its owner
  // and how to clear it.
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
