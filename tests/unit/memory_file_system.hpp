#pragma once

#include <ftsu/cli/file_system.hpp>
#include <ftsu/core/error.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ftsu::test {

// An in-memory file system for the cli's unit tests, as ninja's
// VirtualFileSystem: files and folders in maps, every read and write
// recorded. Folders are implied by the files in them; add_folder makes an
// empty one. Standard input is the file "-"; standard output is kept in
// `standard_output`. Safe to read from several threads (validate,
// aggregate).
class MemoryFileSystem final : public cli::FileSystem
{
public:
  // Creates (or replaces) the file `path` with `content`.
  void
  add_file(const std::string& path, std::string content)
  {
    m_files[path] = std::move(content);
    ++m_versions[path];
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
  // Makes listing the folder `path` fail, as a folder without read
  // permission does.
  void
  make_unlistable(const std::string& path)
  {
    m_unlistable.insert(path);
  }
  // Makes the file `path` read-only: check_writable refuses it.
  void
  make_read_only(const std::string& path)
  {
    m_read_only.insert(path);
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
    const std::lock_guard<std::mutex> lock(m_mutex);
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
    ++m_versions[path];
    writes.push_back(path);
  }
  std::vector<std::string>
  list(const std::string& folder) override
  {
    lists.push_back(folder);
    if (m_unlistable.count(folder) != 0 || stat(folder) != cli::FileKind::directory) {
      throw core::Error(core::ExitCode::io_error, folder + ": cannot list the folder");
    }
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

  bool
  is_symlink(const std::string&) override
  {
    return false;
  }
  // A path with its "./" parts dropped.
  std::optional<std::string>
  canonical(const std::string& path) override
  {
    std::string out = path;
    for (auto at = out.find("/./"); at != std::string::npos; at = out.find("/./")) {
      out.erase(at, 2);
    }
    while (out.rfind("./", 0) == 0) {
      out.erase(0, 2);
    }
    return stat(out) ? std::optional<std::string>(out) : std::nullopt;
  }
  // A file's stamp: its size and how many times it was written.
  std::optional<cli::FileStamp>
  stamp(const std::string& path) override
  {
    const auto it = m_files.find(path);
    if (it == m_files.end()) {
      return std::nullopt;
    }
    cli::FileStamp stamp;
    stamp.size = static_cast<std::int64_t>(it->second.size());
    stamp.modified_ns = m_versions[path];
    return stamp;
  }
  void
  check_writable(const std::string& path) override
  {
    if (m_read_only.count(path) != 0) {
      throw core::Error(core::ExitCode::io_error, path + ": read-only");
    }
  }
  // No lock: no other run sees these files. Records the path.
  std::unique_ptr<cli::FileLock>
  lock(const std::string& path) override
  {
    locks.push_back(path);
    return nullptr;
  }
  void
  write_stdout(std::string_view content) override
  {
    const std::lock_guard<std::mutex> lock(m_mutex);
    standard_output += content;
  }

  // Every path read, written, listed, locked and every temporary name
  // used, in order.
  std::vector<std::string> reads;
  std::vector<std::string> writes;
  std::vector<std::string> lists;
  std::vector<std::string> temps;
  std::vector<std::string> locks;
  // What was written to standard output.
  std::string standard_output;

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
  std::set<std::string> m_unlistable;
  std::set<std::string> m_read_only;
  std::map<std::string, std::int64_t> m_versions;
  std::mutex m_mutex;
  bool m_fail_writes = false;
};

} // namespace ftsu::test
