#include <ftsu/cli/file_system.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/platform.hpp>
#include <ftsu/core/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace ftsu::cli {

std::string
RealFileSystem::read(const std::string& path)
{
  return read_input(path);
}

void
RealFileSystem::write_atomic(const std::string& path, std::string_view content)
{
  replace_file(path, content);
}

std::vector<std::string>
RealFileSystem::list(const std::string& folder)
{
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<fs::path> names;
  const fs::path base = to_path(folder);
  for (fs::directory_iterator it(base, ec), end; !ec && it != end; it.increment(ec)) {
    names.push_back(it->path().filename());
  }
  if (ec) {
    throw core::Error(core::ExitCode::io_error,
                      fmt::format("{}: cannot list the folder: {}", folder, ec.message()));
  }
  std::sort(names.begin(), names.end());
  // "folder/name" on every platform ('/' works on Windows too), so messages
  // name a file the same way everywhere.
  const std::string prefix = base.has_filename() ? folder + "/" : folder;
  std::vector<std::string> out;
  out.reserve(names.size());
  for (const auto& name : names) {
    out.push_back(prefix + from_path(name));
  }
  return out;
}

std::optional<FileKind>
RealFileSystem::stat(const std::string& path)
{
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status status = fs::status(to_path(path), ec);
  if (ec || !fs::exists(status)) {
    return std::nullopt;
  }
  if (fs::is_directory(status)) {
    return FileKind::directory;
  }
  return fs::is_regular_file(status) ? FileKind::regular : FileKind::other;
}

bool
RealFileSystem::is_symlink(const std::string& path)
{
  std::error_code ec;
  return std::filesystem::is_symlink(to_path(path), ec);
}

std::optional<std::string>
RealFileSystem::canonical(const std::string& path)
{
  std::error_code ec;
  const std::filesystem::path found = std::filesystem::canonical(to_path(path), ec);
  return ec ? std::nullopt : std::optional<std::string>(from_path(found));
}

std::optional<FileStamp>
RealFileSystem::stamp(const std::string& path)
{
  return file_stamp(path);
}

void
RealFileSystem::check_writable(const std::string& path)
{
  cli::check_writable(path);
}

std::unique_ptr<FileLock>
RealFileSystem::lock(const std::string& path)
{
  return std::make_unique<FileLock>(path);
}

void
RealFileSystem::write_stdout(std::string_view content)
{
  cli::write_stdout(content);
}

FileSystem&
real_file_system()
{
  static RealFileSystem file_system;
  return file_system;
}

} // namespace ftsu::cli
