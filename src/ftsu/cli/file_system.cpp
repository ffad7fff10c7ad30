#include <ftsu/cli/file_system.hpp>
#include <ftsu/cli/io.hpp>

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
  std::vector<fs::path> entries;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    entries.push_back(it->path());
  }
  std::sort(entries.begin(), entries.end());
  std::vector<std::string> out;
  out.reserve(entries.size());
  for (const auto& entry : entries) {
    out.push_back(entry.string());
  }
  return out;
}

std::optional<FileKind>
RealFileSystem::stat(const std::string& path)
{
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
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
