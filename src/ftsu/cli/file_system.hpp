#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The seam between the command line and the disk, as narrow as ninja's
// DiskInterface: what checklist lookup and -o need, so unit tests can give
// them an in-memory file system (tests/unit/memory_file_system.hpp).
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
  // sorted; empty when it cannot be read.
  virtual std::vector<std::string> list(const std::string& folder) = 0;
  // Returns what `path` names, or nullopt when nothing is there.
  virtual std::optional<FileKind> stat(const std::string& path) = 0;
};

// The disk, through cli/io.cpp.
class RealFileSystem final : public FileSystem
{
public:
  std::string read(const std::string& path) override;
  void write_atomic(const std::string& path, std::string_view content) override;
  std::vector<std::string> list(const std::string& folder) override;
  std::optional<FileKind> stat(const std::string& path) override;
};

// Returns the one RealFileSystem of the program.
FileSystem& real_file_system();

} // namespace ftsu::cli
