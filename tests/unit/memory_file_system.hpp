#pragma once

#include <ftsu/cli/file_system.hpp>
#include <ftsu/core/error.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ftsu::test {

// An in-memory file system for the cli's unit tests, as ninja's
// VirtualFileSystem: files and folders in maps, every read and write
// recorded. Folders are implied by the files in them; add_folder makes an
// empty one.
class MemoryFileSystem final : public cli::FileSystem
{
public:
  // Creates (or replaces) the file `path` with `content`.
  void
  add_file(const std::string& path, std::string content)
  {
    m_files[path] = std::move(content);
  }
  // Creates the empty folder `path`.
  void
  add_folder(const std::string& path)
  {
    m_folders.insert(path);
  }
  // Makes reading `path` fail, as an unreadable file does.
  void
  make_unreadable(const std::string& path)
  {
    m_unreadable.insert(path);
  }
  // Makes every write fail, as a full disk does.
  void
  fail_writes()
  {
    m_fail_writes = true;
  }
  // Returns the content of `path`, or nullopt when there is no such file.
  std::optional<std::string>
  content(const std::string& path) const
  {
    const auto it = m_files.find(path);
    return it == m_files.end() ? std::nullopt : std::optional<std::string>(it->second);
  }
  // Returns every file's path, sorted.
  std::vector<std::string>
  paths() const
  {
    std::vector<std::string> out;
    for (const auto& [path, text] : m_files) {
      out.push_back(path);
    }
    return out;
  }

  std::string
  read(const std::string& path) override
  {
    reads.push_back(path);
    const auto it = m_files.find(path);
    if (it == m_files.end() || m_unreadable.count(path) != 0) {
      throw core::Error(core::ExitCode::io_error, path + ": cannot open");
    }
    return it->second;
  }
  // Writes a temporary file beside `path` and renames it over `path`; a
  // failed write leaves `path` as it was and no temporary file.
  void
  write_atomic(const std::string& path, std::string_view content) override
  {
    if (stat(path) == cli::FileKind::directory) {
      throw core::Error(core::ExitCode::io_error, path + ": is a directory");
    }
    const std::string temp = parent(path) + "/.ftsu-tmp-memory";
    temps.push_back(temp);
    if (m_fail_writes) {
      throw core::Error(core::ExitCode::io_error, path + ": cannot write");
    }
    m_files[temp] = std::string(content);
    m_files[path] = std::move(m_files[temp]);
    m_files.erase(temp);
    writes.push_back(path);
  }
  std::vector<std::string>
  list(const std::string& folder) override
  {
    lists.push_back(folder);
    std::set<std::string> entries;
    const std::string prefix = folder + "/";
    auto add = [&](const std::string& path) {
      if (path.rfind(prefix, 0) == 0) {
        const auto slash = path.find('/', prefix.size());
        entries.insert(slash == std::string::npos ? path : path.substr(0, slash));
      }
    };
    for (const auto& [path, text] : m_files) {
      add(path);
    }
    for (const auto& path : m_folders) {
      add(path);
    }
    return {entries.begin(), entries.end()};
  }
  std::optional<cli::FileKind>
  stat(const std::string& path) override
  {
    if (m_files.count(path) != 0) {
      return cli::FileKind::regular;
    }
    const std::string prefix = path + "/";
    const auto inside = [&](const std::string& other) { return other.rfind(prefix, 0) == 0; };
    if (m_folders.count(path) != 0
        || std::any_of(
            m_files.begin(), m_files.end(), [&](const auto& file) { return inside(file.first); })
        || std::any_of(m_folders.begin(), m_folders.end(), inside)) {
      return cli::FileKind::directory;
    }
    return std::nullopt;
  }

  // Every path read, written, listed and every temporary name used, in order.
  std::vector<std::string> reads;
  std::vector<std::string> writes;
  std::vector<std::string> lists;
  std::vector<std::string> temps;

private:
  static std::string
  parent(const std::string& path)
  {
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
  }

  std::map<std::string, std::string> m_files;
  std::set<std::string> m_folders;
  std::set<std::string> m_unreadable;
  bool m_fail_writes = false;
};

} // namespace ftsu::test
