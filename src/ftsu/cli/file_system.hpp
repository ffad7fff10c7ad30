#pragma once

#include <ftsu/cli/io.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The seam between the command line and the disk, as ninja's DiskInterface:
// every command reads, writes, lists, locks and stamps files through it (the
// file system of its Context, cli/app.hpp), so unit tests can run the
// commands on an in-memory file system (tests/unit/memory_file_system.hpp).
namespace ftsu::cli {

// What a path names, following symlinks.
enum class FileKind { regular, directory, other };

// The file system as the command line uses it.
class FileSystem
{
public:
  FileSystem() = default;
  FileSystem(const FileSystem&) = delete;
  FileSystem& operator=(const FileSystem&) = delete;
  virtual ~FileSystem() = default;

  // Returns the whole of `path`, as read_input does (size limit, only a
  // regular file). Throws core::Error (io_error) when it cannot read.
  virtual std::string read(const std::string& path) = 0;
  // Replaces the file `path` with `content` atomically, as write_output does
  // for a file name (not "" or "-"). Throws core::Error on failure.
  virtual void write_atomic(const std::string& path, std::string_view content) = 0;
  // Returns the paths of the entries of the folder `folder` ("folder/name"),
  // sorted. Throws core::Error (io_error), "FOLDER: cannot list the folder:
  // why", when it cannot be listed.
  virtual std::vector<std::string> list(const std::string& folder) = 0;
  // Returns what `path` names, or nullopt when nothing is there.
  virtual std::optional<FileKind> stat(const std::string& path) = 0;
  // Returns whether `path` itself is a symbolic link (not followed).
  virtual bool is_symlink(const std::string& path) = 0;
  // Returns the one name of the file `path` names (the absolute path, with
  // no "." or ".." and no symlink), or nullopt when nothing is there.
  virtual std::optional<std::string> canonical(const std::string& path) = 0;
  // Returns the stamp of the file `path` names, as file_stamp does, or
  // nullopt when there is none.
  virtual std::optional<FileStamp> stamp(const std::string& path) = 0;
  // Refuses, as check_writable does, an existing file `path` that cannot be
  // written (io_error).
  virtual void check_writable(const std::string& path) = 0;
  // Takes the lock on `path` as FileLock does, held until the returned
  // object goes; nullptr where no other run can see the files. Throws
  // core::Error (io_error) when another run holds it.
  virtual std::unique_ptr<FileLock> lock(const std::string& path) = 0;
  // Writes `content` to standard output ("-" for -o).
  virtual void write_stdout(std::string_view content) = 0;
};

// The disk, through cli/io.cpp.
class RealFileSystem final : public FileSystem
{
public:
  std::string read(const std::string& path) override;
  void write_atomic(const std::string& path, std::string_view content) override;
  std::vector<std::string> list(const std::string& folder) override;
  std::optional<FileKind> stat(const std::string& path) override;
  bool is_symlink(const std::string& path) override;
  std::optional<std::string> canonical(const std::string& path) override;
  std::optional<FileStamp> stamp(const std::string& path) override;
  void check_writable(const std::string& path) override;
  std::unique_ptr<FileLock> lock(const std::string& path) override;
  void write_stdout(std::string_view content) override;
};

// Returns the one RealFileSystem of the program.
FileSystem& real_file_system();

} // namespace ftsu::cli
