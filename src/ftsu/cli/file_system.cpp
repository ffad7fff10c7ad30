#include <ftsu/cli/file_system.hpp>
#include <ftsu/cli/io.hpp>
#include <ftsu/cli/platform.hpp>

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

FileSystem&
real_file_system()
{
  static RealFileSystem file_system;
  return file_system;
}

} // namespace ftsu::cli
